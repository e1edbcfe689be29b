//! Whether a point is inside one ring, with a rule for points exactly on an edge that
//! neighbouring districts agree on.
//!
//! Even–odd ray casting eastwards, made half-open in both directions: a point on a
//! boundary is treated as if moved an infinitesimal step east (and a far smaller step
//! north). So a point on an edge belongs to the area east of it, or north of it when
//! the edge runs exactly east–west; a point on a corner belongs to the area just
//! north-east of it.
//!
//! For that to give a shared edge to exactly one of the two districts on either side,
//! both must reach the same answer for the same edge. Each edge is therefore always
//! taken from its southern end to its northern end, whatever direction the ring runs
//! in, so the one floating-point test below is the same calculation, bit for bit, in
//! both districts. The bundle's boundaries share edges position for position
//! (`geo::simplify` rebuilds rings from shared arcs), which is what this needs.

/// True when `(x, y)` is inside `ring` (`[x, y]` positions, closed or not) under the
/// rule above.
pub(crate) fn ring_contains(ring: &[[f64; 2]], x: f64, y: f64) -> bool {
    let Some(&last) = ring.last() else { return false };
    let mut inside = false;
    let mut previous = last;
    for &point in ring {
        let (south, north) = if previous[1] <= point[1] { (previous, point) } else { (point, previous) };
        // Half-open in y: a corner at the point's own latitude counts as south of it,
        // as if the point were a little further north. An east–west edge never counts.
        if south[1] <= y && y < north[1] {
            // Positive when the point is west of the edge (left of it, going north),
            // so a ray eastwards crosses it; zero on the edge, which then does not
            // count, as if the point were a little further east.
            let west = (north[0] - south[0]) * (y - south[1]) - (north[1] - south[1]) * (x - south[0]);
            if west > 0.0 {
                inside = !inside;
            }
        }
        previous = point;
    }
    inside
}
