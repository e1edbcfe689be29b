//! District outlines as SVG path data.
//!
//! Numbers are written to a tenth of a unit (a map a few hundred units wide needs no
//! more), positions that round onto the one before are left out (at zoom 0 a detailed
//! boundary has many), and a ring left with fewer than three corners is not drawn.
//! Each ring is `M` followed by its corners (SVG reads further pairs after `M` as
//! lines) and `Z`, so a path is about as short as SVG allows without relative moves.

use super::MapFrame;
use crate::geo::bearing::write_tenths;
use crate::model::{Boundary, Location};

/// The path `d` string of a boundary: every polygon's outer ring and holes.
pub fn boundary_path(frame: &MapFrame, boundary: &Boundary) -> String {
    let mut d = String::new();
    for ring in boundary.0.iter().flatten() {
        let mut corners: Vec<[i64; 2]> = Vec::with_capacity(ring.len());
        for &[lon, lat] in ring {
            let [x, y] = frame.project(Location { lat, lon });
            let corner = [tenths(x), tenths(y)];
            if corners.last() != Some(&corner) {
                corners.push(corner);
            }
        }
        // The closing position repeats the first; `Z` draws that edge.
        if corners.len() > 1 && corners.first() == corners.last() {
            corners.pop();
        }
        if corners.len() < 3 {
            continue;
        }
        d.push('M');
        for (n, [x, y]) in corners.iter().enumerate() {
            if n > 0 {
                d.push(' ');
            }
            write_tenths(&mut d, *x);
            d.push(' ');
            write_tenths(&mut d, *y);
        }
        d.push('Z');
    }
    d
}

/// A coordinate in whole tenths of a unit.
fn tenths(value: f64) -> i64 {
    (value * 10.0).round() as i64
}
