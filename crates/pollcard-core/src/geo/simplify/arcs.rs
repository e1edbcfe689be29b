//! Cutting rings into arcs that neighbouring rings share.
//!
//! A point is a *junction* when the rings through it do not all arrive from and
//! leave to the same two points: there the set of neighbouring rings changes. Between
//! two junctions every ring that passes follows the same points (in one direction or
//! the other), so the stretch is one arc, stored once and simplified once. A ring
//! with fewer than three junctions is also cut at three anchors chosen from its points alone (the
//! smallest point, then a third and two thirds of the way round in a fixed direction),
//! so that the same ring met twice — a district's outer edge and the hole it fills in
//! the district around it — is cut the same way both times.

use std::collections::{HashMap, HashSet};

/// A position in millionths of a degree, `(longitude, latitude)`: positions equal in
/// the bundle (six decimal places) are equal here, and hash and order exactly.
pub(super) type Point = (i64, i64);

/// One ring as arcs: `(arc number, traversed backwards)`, in the ring's order.
pub(super) type ArcRing = Vec<(usize, bool)>;

/// Every ring of every boundary as arcs, and the arcs themselves.
#[derive(Debug, Default)]
pub(super) struct Topology {
    /// Each arc's points, junction to junction (both ends included).
    pub arcs: Vec<Vec<Point>>,
    /// Boundary → polygon → ring (outer first), as arcs.
    pub rings: Vec<Vec<Vec<ArcRing>>>,
}

/// Builds the topology of open rings (no repeated closing point, no repeated
/// consecutive points, at least three points each).
pub(super) fn topology(boundaries: &[Vec<Vec<Vec<Point>>>]) -> Topology {
    let all_rings = || boundaries.iter().flatten().flatten();
    let found = junctions(all_rings());
    let mut junctions = found.clone();
    for ring in all_rings() {
        // A ring cut in fewer than three places could simplify to a line; anchors
        // keep at least a triangle.
        if ring.iter().filter(|point| found.contains(*point)).count() < 3 {
            junctions.extend(anchors(ring));
        }
    }
    let mut topology = Topology::default();
    let mut numbers: HashMap<Vec<Point>, usize> = HashMap::new();
    for boundary in boundaries {
        let mut polygons = Vec::with_capacity(boundary.len());
        for polygon in boundary {
            let rings = polygon.iter().map(|ring| split(ring, &junctions, &mut numbers, &mut topology.arcs)).collect();
            polygons.push(rings);
        }
        topology.rings.push(polygons);
    }
    topology
}

/// The points whose neighbours differ from one ring to another (or within a ring
/// that passes through them twice).
fn junctions<'r>(rings: impl Iterator<Item = &'r Vec<Point>>) -> HashSet<Point> {
    let mut neighbours: HashMap<Point, Vec<Point>> = HashMap::new();
    for ring in rings {
        let n = ring.len();
        for (index, &point) in ring.iter().enumerate() {
            let seen = neighbours.entry(point).or_default();
            for next in [ring[(index + n - 1) % n], ring[(index + 1) % n]] {
                if !seen.contains(&next) {
                    seen.push(next);
                }
            }
        }
    }
    neighbours.into_iter().filter(|(_, seen)| seen.len() > 2).map(|(point, _)| point).collect()
}

/// Three points of a ring chosen from the ring's points alone, whatever its start
/// and direction.
fn anchors(ring: &[Point]) -> [Point; 3] {
    let n = ring.len();
    let start = (0..n).min_by_key(|&index| ring[index]).unwrap_or(0);
    let forward = ring[(start + 1) % n] <= ring[(start + n - 1) % n];
    let at = |steps: usize| if forward { ring[(start + steps) % n] } else { ring[(start + n - steps % n) % n] };
    [at(0), at(n / 3), at(2 * n / 3)]
}

/// Cuts one ring at its junctions, numbering arcs not seen before.
fn split(
    ring: &[Point],
    junctions: &HashSet<Point>,
    numbers: &mut HashMap<Vec<Point>, usize>,
    arcs: &mut Vec<Vec<Point>>,
) -> ArcRing {
    let n = ring.len();
    let cuts: Vec<usize> = (0..n).filter(|&index| junctions.contains(&ring[index])).collect();
    let mut out = Vec::with_capacity(cuts.len());
    for (k, &from) in cuts.iter().enumerate() {
        let to = cuts[(k + 1) % cuts.len()];
        let steps = if to > from { to - from } else { to + n - from };
        let arc: Vec<Point> = (0..=steps).map(|step| ring[(from + step) % n]).collect();
        let reversed: Vec<Point> = arc.iter().rev().copied().collect();
        let (key, backwards) = if reversed < arc { (reversed, true) } else { (arc, false) };
        let number = *numbers.entry(key).or_insert_with_key(|key| {
            arcs.push(key.clone());
            arcs.len() - 1
        });
        out.push((number, backwards));
    }
    out
}
