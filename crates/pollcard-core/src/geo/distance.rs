//! Distances on the Earth's surface between WGS84 points, for the integrity checks
//! (stations far from the others, two stations at one spot) and the bundle diff
//! (a station that moved more than 50 m).
//!
//! The haversine formula on a sphere of the mean Earth radius is within about 0.5 %
//! of the ellipsoidal distance, far finer than any threshold Pollcard applies.

use crate::model::Location;

/// The mean Earth radius (IUGG), in metres.
pub const EARTH_RADIUS_METRES: f64 = 6_371_008.8;

/// The great-circle distance between two points, in metres.
pub fn haversine_metres(a: Location, b: Location) -> f64 {
    let (lat_a, lat_b) = (a.lat.to_radians(), b.lat.to_radians());
    let half_dlat = (lat_b - lat_a) / 2.0;
    let half_dlon = (b.lon - a.lon).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + lat_a.cos() * lat_b.cos() * half_dlon.sin().powi(2);
    2.0 * EARTH_RADIUS_METRES * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Location {
        Location { lat, lon }
    }

    #[test]
    fn known_distances() {
        assert_eq!(haversine_metres(at(51.5, -3.2), at(51.5, -3.2)), 0.0);
        // One degree of latitude is about 111.2 km on the mean sphere.
        let degree = haversine_metres(at(52.0, -1.0), at(53.0, -1.0));
        assert!((degree - 111_195.0).abs() < 5.0, "{degree}");
        // Cardiff Castle to Cardiff Central station: about 800 m.
        let cardiff = haversine_metres(at(51.4822, -3.1812), at(51.4755, -3.1791));
        assert!((700.0..800.0).contains(&cardiff), "{cardiff}");
        // London to Edinburgh: about 534 km.
        let far = haversine_metres(at(51.5074, -0.1278), at(55.9533, -3.1883));
        assert!((530_000.0..540_000.0).contains(&far), "{far}");
    }

    #[test]
    fn symmetric() {
        let (a, b) = (at(50.1, -5.5), at(58.6, -3.1));
        assert!((haversine_metres(a, b) - haversine_metres(b, a)).abs() < 1e-6);
    }
}
