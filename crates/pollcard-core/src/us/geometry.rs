//! Precinct boundaries and the point-in-polygon test that finds a voter's precinct.
//!
//! Written here rather than taken from a geometry crate because it is twenty lines,
//! compiles for the app's wasm without pulling in a geometry library, and its one
//! rule (even–odd, with holes) is what precinct files need: shapefile rings and
//! GeoJSON polygons both describe holes as inner rings.

use serde::{Deserialize, Serialize};

/// Polygons, each an outer ring followed by its holes; a ring is `[lon, lat]`
/// points, closed or not.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MultiPolygon(pub Vec<Vec<Vec<[f64; 2]>>>);

impl MultiPolygon {
    /// True when `(lon, lat)` is inside: inside an outer ring and not in one of its
    /// holes. Points exactly on an edge may fall either way.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        self.0.iter().any(|polygon| {
            let mut rings = polygon.iter();
            rings.next().is_some_and(|outer| ring_contains(outer, lon, lat))
                && !rings.any(|hole| ring_contains(hole, lon, lat))
        })
    }

    /// `(min_lon, min_lat, max_lon, max_lat)`, or `None` with no points.
    pub fn bounds(&self) -> Option<[f64; 4]> {
        let points = self.0.iter().flatten().flatten();
        points.fold(None, |bounds, &[lon, lat]| {
            let [a, b, c, d] = bounds.unwrap_or([lon, lat, lon, lat]);
            Some([a.min(lon), b.min(lat), c.max(lon), d.max(lat)])
        })
    }

    /// Rounds every coordinate to 7 decimal places (about 1 cm), so bundles stay
    /// small and byte-identical whatever the input's float noise.
    pub fn rounded(mut self) -> MultiPolygon {
        for point in self.0.iter_mut().flatten().flatten() {
            for value in point.iter_mut() {
                *value = (*value * 1e7).round() / 1e7;
            }
        }
        self
    }
}

/// Even–odd ray casting towards +x: whether `(x, y)` is inside one ring.
pub fn ring_contains(ring: &[[f64; 2]], x: f64, y: f64) -> bool {
    let mut inside = false;
    let Some(&last) = ring.last() else { return false };
    let mut previous = last;
    for &point in ring {
        let ([x1, y1], [x2, y2]) = (previous, point);
        if (y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1) {
            inside = !inside;
        }
        previous = point;
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, size: f64) -> Vec<[f64; 2]> {
        vec![[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
    }

    #[test]
    fn holes_and_separate_parts() {
        let shape =
            MultiPolygon(vec![vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)], vec![square(20.0, 0.0, 1.0)]]);
        assert!(shape.contains(1.0, 1.0));
        assert!(!shape.contains(5.0, 5.0), "in the hole");
        assert!(shape.contains(20.5, 0.5), "second part");
        assert!(!shape.contains(15.0, 5.0));
        assert!(!shape.contains(-1.0, 5.0));
        assert_eq!(shape.bounds(), Some([0.0, 0.0, 21.0, 10.0]));
        assert_eq!(MultiPolygon::default().bounds(), None);
    }

    #[test]
    fn concave_ring_unclosed() {
        // A U shape, its closing point left out as GeoJSON writers sometimes do.
        let u = MultiPolygon(vec![vec![vec![
            [0.0, 0.0],
            [3.0, 0.0],
            [3.0, 3.0],
            [2.0, 3.0],
            [2.0, 1.0],
            [1.0, 1.0],
            [1.0, 3.0],
            [0.0, 3.0],
        ]]]);
        assert!(u.contains(0.5, 2.0) && u.contains(2.5, 2.0) && u.contains(1.5, 0.5));
        assert!(!u.contains(1.5, 2.0), "in the notch");
    }
}
