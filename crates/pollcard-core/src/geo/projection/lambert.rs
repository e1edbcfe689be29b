//! Lambert conformal conic, with one standard parallel (EPSG method 9801) or two
//! (method 9802), by the formulas of IOGP Guidance Note 7-2 §1.3.1. Most northern
//! state-plane zones use the two-parallel form.

use std::f64::consts::FRAC_PI_2;

use super::{wrap_radians, Ellipsoid};

/// A Lambert conformal conic projection, reduced to its cone constants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LambertConic {
    ellipsoid: Ellipsoid,
    /// Longitude of the origin, radians.
    lon0: f64,
    /// The cone constant n, the mapping constant F (times a and k0), and the radius
    /// of the parallel through the false origin.
    n: f64,
    a_f: f64,
    r_origin: f64,
    false_easting: f64,
    false_northing: f64,
}

/// Guidance Note 7-2's m: cos φ / √(1 − e² sin² φ).
fn m(ellipsoid: &Ellipsoid, lat: f64) -> f64 {
    lat.cos() / (1.0 - ellipsoid.e2() * lat.sin().powi(2)).sqrt()
}

/// Guidance Note 7-2's t: the isometric latitude's exponential form.
fn t(ellipsoid: &Ellipsoid, lat: f64) -> f64 {
    let e = ellipsoid.e();
    let es = e * lat.sin();
    (std::f64::consts::FRAC_PI_4 - lat / 2.0).tan() / ((1.0 - es) / (1.0 + es)).powf(e / 2.0)
}

impl LambertConic {
    /// The one-standard-parallel form: natural origin (degrees) with scale factor
    /// `k0` there; false easting and northing (metres) at the natural origin.
    pub fn one_standard_parallel(
        ellipsoid: Ellipsoid,
        lat0_degrees: f64,
        lon0_degrees: f64,
        k0: f64,
        false_easting: f64,
        false_northing: f64,
    ) -> LambertConic {
        let lat0 = lat0_degrees.to_radians();
        let n = lat0.sin();
        let f = m(&ellipsoid, lat0) / (n * t(&ellipsoid, lat0).powf(n));
        let a_f = ellipsoid.semi_major_axis * f * k0;
        let r_origin = a_f * t(&ellipsoid, lat0).powf(n);
        LambertConic { ellipsoid, lon0: lon0_degrees.to_radians(), n, a_f, r_origin, false_easting, false_northing }
    }

    /// The two-standard-parallel form: the false origin (degrees), the two standard
    /// parallels (degrees), and the false easting and northing there (metres).
    pub fn two_standard_parallels(
        ellipsoid: Ellipsoid,
        lat_origin_degrees: f64,
        lon_origin_degrees: f64,
        parallel_1_degrees: f64,
        parallel_2_degrees: f64,
        false_easting: f64,
        false_northing: f64,
    ) -> LambertConic {
        let (lat1, lat2) = (parallel_1_degrees.to_radians(), parallel_2_degrees.to_radians());
        let (m1, m2) = (m(&ellipsoid, lat1), m(&ellipsoid, lat2));
        let (t1, t2) = (t(&ellipsoid, lat1), t(&ellipsoid, lat2));
        // Equal parallels make the formula 0/0; the cone is then the tangent one.
        let n = if (lat1 - lat2).abs() < 1e-12 { lat1.sin() } else { (m1.ln() - m2.ln()) / (t1.ln() - t2.ln()) };
        let f = m1 / (n * t1.powf(n));
        let a_f = ellipsoid.semi_major_axis * f;
        let r_origin = a_f * t(&ellipsoid, lat_origin_degrees.to_radians()).powf(n);
        LambertConic {
            ellipsoid,
            lon0: lon_origin_degrees.to_radians(),
            n,
            a_f,
            r_origin,
            false_easting,
            false_northing,
        }
    }

    /// Easting and northing (metres) of a latitude and longitude (degrees).
    pub fn forward(&self, lat_degrees: f64, lon_degrees: f64) -> (f64, f64) {
        let r = self.a_f * t(&self.ellipsoid, lat_degrees.to_radians()).powf(self.n);
        let theta = self.n * wrap_radians(lon_degrees.to_radians() - self.lon0);
        (self.false_easting + r * theta.sin(), self.false_northing + self.r_origin - r * theta.cos())
    }

    /// Latitude and longitude (degrees) of an easting and northing (metres).
    pub fn inverse(&self, easting: f64, northing: f64) -> (f64, f64) {
        let dx = easting - self.false_easting;
        let dy = self.r_origin - (northing - self.false_northing);
        let sign = self.n.signum();
        let r = sign * dx.hypot(dy);
        let theta = (sign * dx).atan2(sign * dy);
        let t = (r / self.a_f).powf(1.0 / self.n);
        let e = self.ellipsoid.e();
        // φ = π/2 − 2 atan(t ((1 − e sin φ)/(1 + e sin φ))^(e/2)), iterated from the
        // spherical value; it converges to 1e-12 rad in a handful of rounds.
        let mut lat = FRAC_PI_2 - 2.0 * t.atan();
        for _ in 0..15 {
            let es = e * lat.sin();
            let next = FRAC_PI_2 - 2.0 * (t * ((1.0 - es) / (1.0 + es)).powf(e / 2.0)).atan();
            let done = (next - lat).abs() < 1e-14;
            lat = next;
            if done {
                break;
            }
        }
        let lon = theta / self.n + self.lon0;
        (lat.to_degrees(), wrap_radians(lon).to_degrees())
    }
}
