//! A realistic mosaic of polling districts for tests and measurements: a grid of
//! cells whose edges wander like streets (corners every hundred metres or so) and are
//! drawn as a GIS exports them, a vertex every two metres with a little digitising
//! noise. Neighbouring cells share their edges point for point, as a council's
//! boundary layer does. One cell has a hole filled exactly by an island district, and
//! one district is two cells apart (a multipolygon).

use crate::model::{Boundary, Ring};

/// A deterministic pseudo-random source (xorshift), so fixtures never change.
pub(crate) struct Random(u64);

impl Random {
    pub(crate) fn new(seed: u64) -> Random {
        Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// A number in `[-1, 1)`.
    pub(crate) fn signed(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }
}

/// Metres to degrees near 52.5° N.
const DEG_PER_M_LAT: f64 = 1.0 / 111_250.0;
const DEG_PER_M_LON: f64 = 1.0 / 67_700.0;
const ORIGIN: [f64; 2] = [-2.4, 52.5];

/// `cols × rows` districts of about `cell` metres; ids are `D{n}` plus the island
/// `ISLAND`, and `D0` is the multipolygon (it also has cell `D{last}`'s place).
pub(crate) fn mosaic(cols: usize, rows: usize, cell: f64, seed: u64) -> Vec<(String, Boundary)> {
    let mut random = Random::new(seed);
    let nodes: Vec<Vec<[f64; 2]>> = (0..=rows)
        .map(|row| {
            (0..=cols)
                .map(|col| {
                    let inner = |i: usize, n: usize| if i == 0 || i == n { 0.0 } else { 1.0 };
                    let jitter = cell * 0.2 * inner(col, cols) * inner(row, rows);
                    [col as f64 * cell + jitter * random.signed(), row as f64 * cell + jitter * random.signed()]
                })
                .collect()
        })
        .collect();
    // Edges between neighbouring nodes, each drawn once: horizontal then vertical.
    let horizontal: Vec<Vec<Vec<[f64; 2]>>> =
        (0..=rows).map(|r| (0..cols).map(|c| street(nodes[r][c], nodes[r][c + 1], &mut random)).collect()).collect();
    let vertical: Vec<Vec<Vec<[f64; 2]>>> =
        (0..rows).map(|r| (0..=cols).map(|c| street(nodes[r][c], nodes[r + 1][c], &mut random)).collect()).collect();
    let mut cells: Vec<Vec<[f64; 2]>> = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let mut ring: Vec<[f64; 2]> = horizontal[r][c].clone();
            ring.extend(vertical[r][c + 1].iter().skip(1));
            ring.extend(horizontal[r + 1][c].iter().rev().skip(1));
            ring.extend(vertical[r][c].iter().rev().skip(1));
            cells.push(ring);
        }
    }
    let mut districts: Vec<(String, Boundary)> =
        cells.iter().enumerate().map(|(n, ring)| (format!("D{n}"), Boundary(vec![vec![to_degrees(ring)]]))).collect();
    // The middle cell gets a hole, and the island district fills it exactly.
    let middle = (rows / 2) * cols + cols / 2;
    let centre = centroid(&cells[middle]);
    let island: Vec<[f64; 2]> = (0..=400)
        .map(|step| {
            let angle = f64::from(step % 400) / 400.0 * std::f64::consts::TAU;
            let radius = cell * 0.15 + 0.3 * random.signed();
            [centre[0] + radius * angle.cos(), centre[1] + radius * angle.sin()]
        })
        .collect();
    let mut island = to_degrees(&island);
    let closing = island[0];
    *island.last_mut().unwrap_or(&mut [0.0, 0.0]) = closing;
    districts[middle].1 .0[0].push(island.iter().rev().copied().collect());
    districts.push(("ISLAND".to_owned(), Boundary(vec![vec![island]])));
    // The last cell belongs to D0 too: one district in two pieces.
    if let Some((_, last)) = districts.get(cells.len() - 1).cloned() {
        districts[0].1 .0.extend(last.0);
        districts.remove(cells.len() - 1);
    }
    districts
}

/// A boundary from `from` to `to` along a few straight runs, with a vertex every two
/// metres and up to 0.3 m of noise; both ends exact.
fn street(from: [f64; 2], to: [f64; 2], random: &mut Random) -> Vec<[f64; 2]> {
    let runs = 4;
    let corners: Vec<[f64; 2]> = (0..=runs)
        .map(|k| {
            let t = k as f64 / runs as f64;
            let swing = if k == 0 || k == runs { 0.0 } else { 25.0 };
            [
                from[0] + (to[0] - from[0]) * t + swing * random.signed(),
                from[1] + (to[1] - from[1]) * t + swing * random.signed(),
            ]
        })
        .collect();
    let mut points = vec![from];
    for pair in corners.windows(2) {
        let length = ((pair[1][0] - pair[0][0]).powi(2) + (pair[1][1] - pair[0][1]).powi(2)).sqrt();
        let steps = (length / 2.0).ceil().max(1.0) as usize;
        for step in 1..=steps {
            let t = step as f64 / steps as f64;
            let noise = if step == steps { 0.0 } else { 0.3 };
            points.push([
                pair[0][0] + (pair[1][0] - pair[0][0]) * t + noise * random.signed(),
                pair[0][1] + (pair[1][1] - pair[0][1]) * t + noise * random.signed(),
            ]);
        }
    }
    points
}

fn centroid(ring: &[[f64; 2]]) -> [f64; 2] {
    let n = ring.len() as f64;
    [ring.iter().map(|p| p[0]).sum::<f64>() / n, ring.iter().map(|p| p[1]).sum::<f64>() / n]
}

/// Metres from the origin to six-decimal degrees, as the importers store them.
fn to_degrees(ring: &[[f64; 2]]) -> Ring {
    let round = |value: f64| (value * 1e6).round() / 1e6;
    ring.iter().map(|&[x, y]| [round(ORIGIN[0] + x * DEG_PER_M_LON), round(ORIGIN[1] + y * DEG_PER_M_LAT)]).collect()
}
