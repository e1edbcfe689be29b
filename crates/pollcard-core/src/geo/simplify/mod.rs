//! Simplifying polling-district boundaries without opening gaps between neighbours.
//!
//! Councils draw district boundaries in a GIS at survey detail: a vertex every metre
//! or two along every street and garden wall. The bundle does not need that: the app
//! answers "which district am I in" and draws a small map, and a polling district is
//! streets wide. Simplifying each polygon on its own would move the two copies of an
//! edge that neighbours share in different ways, opening slivers of no district and
//! of two districts along every boundary. So the rings are first cut into *arcs* at
//! the points where the set of neighbouring rings changes ([`arcs`]), each arc is
//! simplified once (Ramer–Douglas–Peucker, [`geo::SimplifyIdx`]), and the rings are put
//! back together from the simplified arcs: an edge two districts share is the same
//! points in both afterwards, exactly.
//!
//! Guarantees:
//! - every position of the result is within [`Settings::tolerance_metres`] plus half a
//!   quantisation step of the original boundary, and the other way round, so a point
//!   farther than that from every boundary is in the same district before and after;
//! - junctions (where three or more districts meet, or a boundary leaves another) are
//!   never moved other than by quantisation, and never dropped;
//! - no ring falls below a polygon (four positions, some area), holes and every
//!   polygon of a multipolygon are kept, and a polygon that was valid stays valid
//!   ([`geo::Validation`]): where simplifying or rounding would break one, the arcs of
//!   that polygon are kept at full detail instead (for every district that shares them);
//! - the same input gives the same output, whatever the machine.

use geo::{Coord, LineString, Polygon, SimplifyIdx, Validation};

use crate::model::{Boundary, Ring};

mod arcs;
#[cfg(test)]
pub(crate) mod mosaic;
#[cfg(test)]
mod tests;

use arcs::{ArcRing, Point};

/// How far simplification may move a boundary, and how finely positions are kept.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Douglas–Peucker tolerance, metres.
    pub tolerance_metres: f64,
    /// Decimal places kept in each coordinate (at most 6, the input's precision).
    pub decimals: u32,
}

impl Settings {
    /// What the bundle uses: 3 m, and five decimal places (at most 0.56 m of
    /// rounding north–south, less east–west in Britain). See `docs/performance.md`.
    pub const BUNDLE: Settings = Settings { tolerance_metres: 3.0, decimals: 5 };

    /// How far any position may end up from the original boundary, in metres.
    pub fn max_shift_metres(&self) -> f64 {
        let step_degrees = 10f64.powi(-i32::try_from(self.decimals.min(6)).unwrap_or(6));
        self.tolerance_metres + step_degrees * METRES_PER_DEGREE_LAT * std::f64::consts::FRAC_1_SQRT_2
    }
}

/// Metres per degree of latitude (mean over Britain's latitudes; within 0.2 %).
const METRES_PER_DEGREE_LAT: f64 = 111_250.0;
/// Bundle coordinates are whole millionths of a degree.
const MICRO: f64 = 1_000_000.0;

/// How much of an arc's detail is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Detail {
    /// Simplified and rounded to [`Settings::decimals`].
    Simplified,
    /// Every point, rounded to [`Settings::decimals`].
    Rounded,
    /// Every point as given.
    Exact,
}

/// Simplifies a council's district boundaries together, so that shared edges stay
/// shared; the result is in the same order as `boundaries`.
pub fn simplify_boundaries(boundaries: &[Boundary], settings: Settings) -> Vec<Boundary> {
    let points: Vec<Vec<Vec<Vec<Point>>>> = boundaries
        .iter()
        .map(|boundary| boundary.0.iter().map(|polygon| polygon.iter().map(open_ring).collect()).collect())
        .collect();
    // Rings too small to cut (which the importers refuse) are passed through as given.
    let usable = |boundary: &Vec<Vec<Vec<Point>>>| boundary.iter().flatten().all(|ring| ring.len() >= 3);
    let topology = arcs::topology(&points.iter().filter(|boundary| usable(boundary)).cloned().collect::<Vec<_>>());
    // Whether each polygon was valid as drawn, worked out only for polygons whose
    // simplified shape is not (validating thousands of positions is slow).
    let mut was_valid: Vec<Vec<Option<bool>>> =
        topology.rings.iter().map(|polygons| vec![None; polygons.len()]).collect();

    let mut detail = vec![Detail::Simplified; topology.arcs.len()];
    let mut shaped: Vec<Vec<Point>> =
        topology.arcs.iter().map(|arc| shape(arc, Detail::Simplified, settings)).collect();
    // Arcs whose shape changed in the last pass: only their polygons are checked again.
    let mut changed = vec![true; topology.arcs.len()];
    // Each pass raises the detail of some arcs and never lowers any, so this ends.
    loop {
        let mut raise: Vec<usize> = Vec::new();
        for (b, polygons) in topology.rings.iter().enumerate() {
            for (p, rings) in polygons.iter().enumerate() {
                if !rings.iter().flatten().any(|&(number, _)| changed[number]) {
                    continue;
                }
                let rings_now: Vec<Vec<Point>> = rings.iter().map(|ring| join(ring, &shaped)).collect();
                let drawn_valid =
                    || *was_valid[b][p].get_or_insert_with(|| to_polygon(&assemble(rings, &topology.arcs)).is_valid());
                if !polygon_ok(&rings_now, drawn_valid) {
                    raise.extend(rings.iter().flatten().map(|&(number, _)| number));
                }
            }
        }
        changed.iter_mut().for_each(|flag| *flag = false);
        for number in raise {
            if detail[number] < Detail::Exact && !changed[number] {
                detail[number] = if detail[number] == Detail::Simplified { Detail::Rounded } else { Detail::Exact };
                shaped[number] = shape(&topology.arcs[number], detail[number], settings);
                changed[number] = true;
            }
        }
        if !changed.contains(&true) {
            break;
        }
    }

    let mut simplified = topology.rings.iter().map(|polygons| {
        Boundary(
            polygons.iter().map(|rings| rings.iter().map(|ring| to_ring(&join(ring, &shaped))).collect()).collect(),
        )
    });
    boundaries
        .iter()
        .zip(&points)
        .map(|(boundary, points)| if usable(points) { simplified.next().unwrap_or_default() } else { boundary.clone() })
        .collect()
}

/// A ring as whole millionths of a degree, without its closing position or repeated
/// consecutive positions.
fn open_ring(ring: &Ring) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(ring.len());
    for &[lon, lat] in ring {
        // Bundle coordinates are degrees: far inside i64 once scaled.
        let point = ((lon * MICRO).round() as i64, (lat * MICRO).round() as i64);
        if out.last() != Some(&point) {
            out.push(point);
        }
    }
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// One arc at the given detail.
fn shape(arc: &[Point], detail: Detail, settings: Settings) -> Vec<Point> {
    let kept: Vec<Point> = match detail {
        Detail::Exact => return arc.to_vec(),
        Detail::Rounded => arc.to_vec(),
        Detail::Simplified => {
            // Metres on a local plane: exact enough over one arc for a tolerance.
            let lat = arc.first().map_or(0.0, |&(_, lat)| lat as f64 / MICRO);
            let x_scale = METRES_PER_DEGREE_LAT * lat.to_radians().cos() / MICRO;
            let y_scale = METRES_PER_DEGREE_LAT / MICRO;
            let line = LineString::from(
                arc.iter().map(|&(x, y)| Coord { x: x as f64 * x_scale, y: y as f64 * y_scale }).collect::<Vec<_>>(),
            );
            line.simplify_idx(settings.tolerance_metres).into_iter().map(|index| arc[index]).collect()
        }
    };
    let step = 10i64.pow(6 - settings.decimals.min(6));
    let round = |value: i64| (value as f64 / step as f64).round() as i64 * step;
    let mut out: Vec<Point> = Vec::with_capacity(kept.len());
    for (x, y) in kept {
        let point = (round(x), round(y));
        if out.last() != Some(&point) {
            out.push(point);
        }
    }
    out
}

/// A ring's points from its arcs, open (no closing point).
fn join(ring: &ArcRing, shaped: &[Vec<Point>]) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::new();
    for &(number, backwards) in ring {
        let arc = &shaped[number];
        let points: Box<dyn Iterator<Item = &Point>> =
            if backwards { Box::new(arc.iter().rev()) } else { Box::new(arc.iter()) };
        for &point in points {
            if out.last() != Some(&point) {
                out.push(point);
            }
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

fn assemble(rings: &[ArcRing], arcs: &[Vec<Point>]) -> Vec<Vec<Point>> {
    rings.iter().map(|ring| join(ring, arcs)).collect()
}

/// Whether a shaped polygon is good enough: every ring a polygon's worth of points
/// with some area, and valid unless the polygon as drawn was not.
fn polygon_ok(rings: &[Vec<Point>], drawn_valid: impl FnOnce() -> bool) -> bool {
    let rings_ok = rings.iter().all(|ring| ring.len() >= 3 && twice_area(ring) != 0);
    rings_ok && (to_polygon(rings).is_valid() || !drawn_valid())
}

/// Twice the signed area, in square millionths of a degree (exact).
fn twice_area(ring: &[Point]) -> i128 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let ((x1, y1), (x2, y2)) = (ring[i], ring[(i + 1) % n]);
            i128::from(x1) * i128::from(y2) - i128::from(x2) * i128::from(y1)
        })
        .sum()
}

fn to_polygon(rings: &[Vec<Point>]) -> Polygon<f64> {
    let line = |ring: &Vec<Point>| {
        let mut coords: Vec<Coord<f64>> = ring.iter().map(|&(x, y)| Coord { x: x as f64, y: y as f64 }).collect();
        coords.extend(coords.first().copied());
        LineString::from(coords)
    };
    let (outer, holes) = rings.split_first().map_or((LineString::new(Vec::new()), &[][..]), |(o, h)| (line(o), h));
    Polygon::new(outer, holes.iter().map(line).collect())
}

/// Back to a closed ring of degrees.
fn to_ring(points: &[Point]) -> Ring {
    let mut ring: Ring = points.iter().map(|&(x, y)| [x as f64 / MICRO, y as f64 / MICRO]).collect();
    ring.extend(ring.first().copied());
    ring
}
