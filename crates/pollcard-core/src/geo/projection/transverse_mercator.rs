//! Transverse Mercator (EPSG method 9807), the series of IOGP Guidance Note 7-2
//! §1.3.5.1 (after Snyder), accurate to well under a millimetre within a state-plane
//! zone's few degrees of the central meridian.

use super::{wrap_radians, Ellipsoid};

/// A transverse Mercator projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TransverseMercator {
    ellipsoid: Ellipsoid,
    /// Latitude of natural origin, radians.
    lat0: f64,
    /// Longitude of natural origin (the central meridian), radians.
    lon0: f64,
    /// Scale factor on the central meridian.
    k0: f64,
    /// False easting and northing, metres.
    false_easting: f64,
    false_northing: f64,
}

impl TransverseMercator {
    /// A projection from its parameters: origin in degrees, false origin in metres.
    pub fn new(
        ellipsoid: Ellipsoid,
        lat0_degrees: f64,
        lon0_degrees: f64,
        k0: f64,
        false_easting: f64,
        false_northing: f64,
    ) -> TransverseMercator {
        TransverseMercator {
            ellipsoid,
            lat0: lat0_degrees.to_radians(),
            lon0: lon0_degrees.to_radians(),
            k0,
            false_easting,
            false_northing,
        }
    }

    /// Meridian arc length from the equator to latitude `lat` (radians), metres.
    fn meridian_arc(&self, lat: f64) -> f64 {
        let e2 = self.ellipsoid.e2();
        let (e4, e6) = (e2 * e2, e2 * e2 * e2);
        self.ellipsoid.semi_major_axis
            * ((1.0 - e2 / 4.0 - 3.0 * e4 / 64.0 - 5.0 * e6 / 256.0) * lat
                - (3.0 * e2 / 8.0 + 3.0 * e4 / 32.0 + 45.0 * e6 / 1024.0) * (2.0 * lat).sin()
                + (15.0 * e4 / 256.0 + 45.0 * e6 / 1024.0) * (4.0 * lat).sin()
                - (35.0 * e6 / 3072.0) * (6.0 * lat).sin())
    }

    /// Easting and northing (metres) of a latitude and longitude (degrees).
    pub fn forward(&self, lat_degrees: f64, lon_degrees: f64) -> (f64, f64) {
        let (lat, e2) = (lat_degrees.to_radians(), self.ellipsoid.e2());
        let ep2 = e2 / (1.0 - e2);
        let t = lat.tan().powi(2);
        let c = ep2 * lat.cos().powi(2);
        let a = wrap_radians(lon_degrees.to_radians() - self.lon0) * lat.cos();
        let nu = self.ellipsoid.semi_major_axis / (1.0 - e2 * lat.sin().powi(2)).sqrt();
        let m = self.meridian_arc(lat);
        let m0 = self.meridian_arc(self.lat0);
        let easting = self.false_easting
            + self.k0
                * nu
                * (a + (1.0 - t + c) * a.powi(3) / 6.0
                    + (5.0 - 18.0 * t + t * t + 72.0 * c - 58.0 * ep2) * a.powi(5) / 120.0);
        let northing = self.false_northing
            + self.k0
                * (m - m0
                    + nu * lat.tan()
                        * (a * a / 2.0
                            + (5.0 - t + 9.0 * c + 4.0 * c * c) * a.powi(4) / 24.0
                            + (61.0 - 58.0 * t + t * t + 600.0 * c - 330.0 * ep2) * a.powi(6) / 720.0));
        (easting, northing)
    }

    /// Latitude and longitude (degrees) of an easting and northing (metres).
    pub fn inverse(&self, easting: f64, northing: f64) -> (f64, f64) {
        let (a_axis, e2) = (self.ellipsoid.semi_major_axis, self.ellipsoid.e2());
        let ep2 = e2 / (1.0 - e2);
        let m1 = self.meridian_arc(self.lat0) + (northing - self.false_northing) / self.k0;
        let mu = m1 / (a_axis * (1.0 - e2 / 4.0 - 3.0 * e2 * e2 / 64.0 - 5.0 * e2.powi(3) / 256.0));
        let e1 = (1.0 - (1.0 - e2).sqrt()) / (1.0 + (1.0 - e2).sqrt());
        let lat1 = mu
            + (3.0 * e1 / 2.0 - 27.0 * e1.powi(3) / 32.0) * (2.0 * mu).sin()
            + (21.0 * e1 * e1 / 16.0 - 55.0 * e1.powi(4) / 32.0) * (4.0 * mu).sin()
            + (151.0 * e1.powi(3) / 96.0) * (6.0 * mu).sin()
            + (1097.0 * e1.powi(4) / 512.0) * (8.0 * mu).sin();
        let sin2 = lat1.sin().powi(2);
        let nu1 = a_axis / (1.0 - e2 * sin2).sqrt();
        let rho1 = a_axis * (1.0 - e2) / (1.0 - e2 * sin2).powf(1.5);
        let t1 = lat1.tan().powi(2);
        let c1 = ep2 * lat1.cos().powi(2);
        let d = (easting - self.false_easting) / (nu1 * self.k0);
        let lat = lat1
            - (nu1 * lat1.tan() / rho1)
                * (d * d / 2.0 - (5.0 + 3.0 * t1 + 10.0 * c1 - 4.0 * c1 * c1 - 9.0 * ep2) * d.powi(4) / 24.0
                    + (61.0 + 90.0 * t1 + 298.0 * c1 + 45.0 * t1 * t1 - 252.0 * ep2 - 3.0 * c1 * c1) * d.powi(6)
                        / 720.0);
        let lon = self.lon0
            + (d - (1.0 + 2.0 * t1 + c1) * d.powi(3) / 6.0
                + (5.0 - 2.0 * c1 + 28.0 * t1 - 3.0 * c1 * c1 + 8.0 * ep2 + 24.0 * t1 * t1) * d.powi(5) / 120.0)
                / lat1.cos();
        (lat.to_degrees(), wrap_radians(lon).to_degrees())
    }
}
