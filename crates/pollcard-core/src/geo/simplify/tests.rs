use std::collections::{BTreeMap, BTreeSet};

use geo::{Contains, Coord, LineString, MultiPolygon, Point, Polygon};

use super::mosaic::{mosaic, Random};
use super::{simplify_boundaries, Settings};
use crate::model::{Boundary, Ring};

fn boundaries(districts: &[(String, Boundary)]) -> Vec<Boundary> {
    districts.iter().map(|(_, boundary)| boundary.clone()).collect()
}

fn to_geo(boundary: &Boundary) -> MultiPolygon<f64> {
    let line = |ring: &Ring| LineString::from(ring.iter().map(|&[x, y]| Coord { x, y }).collect::<Vec<_>>());
    MultiPolygon(
        boundary.0.iter().map(|rings| Polygon::new(line(&rings[0]), rings[1..].iter().map(line).collect())).collect(),
    )
}

/// Metres on a local plane around the mosaic (52.5° N).
fn metres([lon, lat]: [f64; 2]) -> [f64; 2] {
    [lon * 111_250.0 * 52.5f64.to_radians().cos(), lat * 111_250.0]
}

fn distance_to_segment(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 { 0.0 } else { (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length).clamp(0.0, 1.0) };
    ((p[0] - a[0] - t * dx).powi(2) + (p[1] - a[1] - t * dy).powi(2)).sqrt()
}

/// Metres from `point` to the nearest boundary line of any district.
fn distance_to_boundaries(point: [f64; 2], all: &[Boundary]) -> f64 {
    let p = metres(point);
    let mut nearest = f64::INFINITY;
    for ring in all.iter().flat_map(|boundary| boundary.0.iter().flatten()) {
        for pair in ring.windows(2) {
            nearest = nearest.min(distance_to_segment(p, metres(pair[0]), metres(pair[1])));
        }
    }
    nearest
}

/// Which districts hold the point.
fn holders(point: [f64; 2], all: &[MultiPolygon<f64>]) -> Vec<usize> {
    let point = Point::new(point[0], point[1]);
    all.iter().enumerate().filter(|(_, area)| area.contains(&point)).map(|(n, _)| n).collect()
}

/// A random point inside the mosaic's frame, at least `margin` metres in.
fn random_point(random: &mut Random, cols: usize, rows: usize, cell: f64, margin: f64) -> [f64; 2] {
    let x = margin + (cols as f64 * cell - 2.0 * margin) * (random.signed() + 1.0) / 2.0;
    let y = margin + (rows as f64 * cell - 2.0 * margin) * (random.signed() + 1.0) / 2.0;
    [-2.4 + x / 67_700.0, 52.5 + y / 111_250.0]
}

#[test]
fn simplifying_drops_most_positions_but_keeps_every_district() {
    let districts = mosaic(4, 3, 300.0, 1);
    let before = boundaries(&districts);
    let after = simplify_boundaries(&before, Settings::BUNDLE);
    let count = |all: &[Boundary]| all.iter().map(Boundary::positions).sum::<usize>();
    assert_eq!(after.len(), before.len());
    assert!(count(&after) * 10 < count(&before), "{} of {} positions kept", count(&after), count(&before));
}

#[test]
fn shared_edges_stay_identical_so_no_point_falls_in_a_gap_or_an_overlap() {
    let (cols, rows, cell) = (4, 3, 300.0);
    let before = boundaries(&mosaic(cols, rows, cell, 2));
    let after = simplify_boundaries(&before, Settings::BUNDLE);
    // Every segment is used by at most two rings, and one used once lies on the frame:
    // no edge between two districts lost its twin.
    let mut uses: BTreeMap<([i64; 2], [i64; 2]), usize> = BTreeMap::new();
    let key = |p: [f64; 2]| [(p[0] * 1e6).round() as i64, (p[1] * 1e6).round() as i64];
    for ring in after.iter().flat_map(|boundary| boundary.0.iter().flatten()) {
        for pair in ring.windows(2) {
            let (a, b) = (key(pair[0]), key(pair[1]));
            *uses.entry((a.min(b), a.max(b))).or_default() += 1;
        }
    }
    assert!(uses.values().all(|&n| n <= 2), "a segment is used by three rings");
    let frame_margin = 60.0; // street swings are at most 25 m, nodes on the frame do not move
    for ((a, _), _) in uses.iter().filter(|(_, &n)| n == 1) {
        let x = (a[0] as f64 / 1e6 + 2.4) * 67_700.0;
        let y = (a[1] as f64 / 1e6 - 52.5) * 111_250.0;
        let near_frame = x < frame_margin
            || y < frame_margin
            || x > cols as f64 * cell - frame_margin
            || y > rows as f64 * cell - frame_margin;
        assert!(near_frame, "a segment at {x:.1}, {y:.1} m has only one side");
    }
    // Points anywhere inside (near boundaries too) are in exactly one district.
    let areas: Vec<MultiPolygon<f64>> = after.iter().map(to_geo).collect();
    let mut random = Random::new(3);
    for _ in 0..4000 {
        let point = random_point(&mut random, cols, rows, cell, frame_margin);
        let found = holders(point, &areas);
        assert_eq!(found.len(), 1, "{point:?} is in districts {found:?}");
    }
}

#[test]
fn points_farther_than_the_tolerance_from_a_boundary_keep_their_district() {
    let (cols, rows, cell) = (3, 3, 300.0);
    let before = boundaries(&mosaic(cols, rows, cell, 4));
    let after = simplify_boundaries(&before, Settings::BUNDLE);
    let (old, new): (Vec<_>, Vec<_>) = (before.iter().map(to_geo).collect(), after.iter().map(to_geo).collect());
    let shift = Settings::BUNDLE.max_shift_metres();
    let mut random = Random::new(5);
    let mut checked = 0;
    for _ in 0..3000 {
        let point = random_point(&mut random, cols, rows, cell, 0.0);
        if distance_to_boundaries(point, &before) <= shift + 0.1 {
            continue;
        }
        checked += 1;
        assert_eq!(holders(point, &old), holders(point, &new), "{point:?} changed district");
    }
    assert!(checked > 2000, "only {checked} points were away from boundaries");
    // And every position of the result is within the shift of the original lines.
    for position in after.iter().flat_map(|boundary| boundary.0.iter().flatten().flatten()) {
        let away = distance_to_boundaries(*position, &before);
        assert!(away <= shift + 0.1, "{position:?} is {away:.2} m from the original boundary");
    }
}

#[test]
fn holes_islands_and_multipolygons_survive() {
    let districts = mosaic(3, 3, 300.0, 6);
    let after = simplify_boundaries(&boundaries(&districts), Settings::BUNDLE);
    let by_id: BTreeMap<&str, &Boundary> = districts.iter().map(|(id, _)| id.as_str()).zip(after.iter()).collect();
    assert_eq!(by_id["D0"].0.len(), 2, "D0 keeps both its pieces");
    let holed: Vec<&&Boundary> = by_id.values().filter(|boundary| boundary.0[0].len() == 2).collect();
    assert_eq!(holed.len(), 1, "the middle district keeps its hole");
    // The island is exactly the hole it fills.
    let positions = |ring: &Ring| ring.iter().map(|&[x, y]| (x.to_bits(), y.to_bits())).collect::<BTreeSet<_>>();
    assert_eq!(positions(&holed[0].0[0][1]), positions(&by_id["ISLAND"].0[0][0]));
    for ring in after.iter().flat_map(|boundary| boundary.0.iter().flatten()) {
        assert!(ring.len() >= 4 && ring.first() == ring.last(), "every ring stays a closed polygon ring");
    }
}

#[test]
fn small_rings_are_never_collapsed() {
    // A thin triangle and a square far smaller than the tolerance.
    let triangle = Boundary(vec![vec![vec![[0.0, 51.0], [0.00001, 51.0], [0.0, 51.000002], [0.0, 51.0]]]]);
    let square =
        Boundary(vec![vec![vec![[1.0, 51.0], [1.00001, 51.0], [1.00001, 51.00001], [1.0, 51.00001], [1.0, 51.0]]]]);
    let after = simplify_boundaries(&[triangle.clone(), square.clone()], Settings::BUNDLE);
    for (before, after) in [triangle, square].iter().zip(&after) {
        assert_eq!(after.0.len(), 1);
        assert!(after.0[0][0].len() >= 4, "{before:?} became {after:?}");
    }
}

#[test]
fn the_same_input_gives_the_same_output() {
    let input = boundaries(&mosaic(3, 2, 300.0, 7));
    let once = serde_json::to_vec(&simplify_boundaries(&input, Settings::BUNDLE)).unwrap_or_default();
    let twice = serde_json::to_vec(&simplify_boundaries(&input, Settings::BUNDLE)).unwrap_or_default();
    assert!(!once.is_empty());
    assert_eq!(once, twice);
}

#[test]
fn coordinates_are_written_with_the_chosen_decimals() {
    let input = boundaries(&mosaic(2, 2, 300.0, 8));
    let after = simplify_boundaries(&input, Settings::BUNDLE);
    let text = String::from_utf8(serde_json::to_vec(&after).unwrap_or_default()).unwrap_or_default();
    for number in text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).filter(|n| n.contains('.')) {
        let decimals = number.split('.').nth(1).map_or(0, str::len);
        assert!(decimals <= 5, "{number} has more than five decimals");
    }
}
