//! British National Grid (OSGB36 easting and northing in metres, EPSG:27700) to WGS84
//! latitude and longitude, in three steps:
//!
//! 1. the inverse transverse Mercator projection on the Airy 1830 ellipsoid with the
//!    National Grid's constants, giving OSGB36 latitude and longitude;
//! 2. the Ordnance Survey's published 7-parameter Helmert transformation from OSGB36
//!    to WGS84 (the inverse of its WGS84→OSGB36 parameters), applied to geocentric
//!    Cartesian coordinates;
//! 3. back to latitude and longitude on the GRS80/WGS84 ellipsoid.
//!
//! Accuracy: the OS states that this Helmert transformation is good to about 5 m
//! (often 2–3 m) across Great Britain, against OSTN15, the OS's definitive grid-based
//! transformation; the projection itself is exact to well under a millimetre. The
//! tests measure the error at OS control points. OSTN15 is not used because it needs
//! the OS's 1 km grid of shifts (megabytes of data), which is not available as a
//! registry crate carrying the grid, and which would be heavy in the app's wasm. A few metres is well within what voters need to find a
//! polling station. ETRS89 and WGS84 are treated as the same, as the OS does for
//! mapping (they differ by under a metre in Great Britain).
//!
//! ```
//! use pollcard_core::geo::bng::bng_to_wgs84;
//!
//! // Edinburgh, at an OS control point.
//! let (lat, lon) = bng_to_wgs84(319_188.423, 670_947.532).expect("inside the grid");
//! assert!((lat - 55.9248).abs() < 0.0001 && (lon + 3.2948).abs() < 0.0001);
//! assert_eq!(bng_to_wgs84(-5.0, 100.0), None);
//! ```

/// The range of eastings the National Grid covers, in metres.
pub const EASTING_RANGE: std::ops::RangeInclusive<f64> = 0.0..=700_000.0;
/// The range of northings the National Grid covers, in metres.
pub const NORTHING_RANGE: std::ops::RangeInclusive<f64> = 0.0..=1_300_000.0;

/// An ellipsoid by its semi-major and semi-minor axes, in metres.
struct Ellipsoid {
    a: f64,
    b: f64,
}

impl Ellipsoid {
    /// The first eccentricity squared.
    fn e2(&self) -> f64 {
        (self.a * self.a - self.b * self.b) / (self.a * self.a)
    }
}

const AIRY_1830: Ellipsoid = Ellipsoid { a: 6_377_563.396, b: 6_356_256.909 };
const GRS80: Ellipsoid = Ellipsoid { a: 6_378_137.0, b: 6_356_752.314_140 };

/// The National Grid's transverse Mercator constants.
const F0: f64 = 0.999_601_271_7;
const LAT0_DEGREES: f64 = 49.0;
const LON0_DEGREES: f64 = -2.0;
const E0: f64 = 400_000.0;
const N0: f64 = -100_000.0;

/// OSGB36 → WGS84 Helmert parameters: the OS's WGS84 → OSGB36 ones (tx −446.448 m,
/// ty +125.157 m, tz −542.060 m, s +20.4894 ppm, rx −0.1502″, ry −0.2470″,
/// rz −0.8421″) with their signs reversed, as EPSG's "OSGB36 to WGS 84" does. That
/// differs from the exact inverse by about 2 cm (the rotations and scale are tiny),
/// far below the transformation's own error.
const TX: f64 = 446.448;
const TY: f64 = -125.157;
const TZ: f64 = 542.060;
const SCALE_PPM: f64 = -20.4894;
const RX_SECONDS: f64 = 0.1502;
const RY_SECONDS: f64 = 0.2470;
const RZ_SECONDS: f64 = 0.8421;

/// WGS84 latitude and longitude in degrees for a National Grid easting and northing
/// in metres, good to about 5 m (see the module docs). `None` for non-finite input or
/// a point outside the grid (easting 0 to 700 000, northing 0 to 1 300 000).
pub fn bng_to_wgs84(easting: f64, northing: f64) -> Option<(f64, f64)> {
    if !EASTING_RANGE.contains(&easting) || !NORTHING_RANGE.contains(&northing) {
        return None;
    }
    let (lat, lon) = grid_to_osgb36(easting, northing);
    let (x, y, z) = to_cartesian(&AIRY_1830, lat, lon);
    let (x, y, z) = osgb36_to_wgs84_cartesian(x, y, z);
    let (lat, lon) = from_cartesian(&GRS80, x, y, z);
    let (lat, lon) = (lat.to_degrees(), lon.to_degrees());
    (lat.is_finite() && lon.is_finite()).then_some((lat, lon))
}

/// OSGB36 latitude and longitude in radians for a grid position: the OS's inverse
/// transverse Mercator series ("A guide to coordinate systems in Great Britain",
/// annex C.2), exact to well under a millimetre within the grid.
fn grid_to_osgb36(easting: f64, northing: f64) -> (f64, f64) {
    let a = AIRY_1830.a;
    let e2 = AIRY_1830.e2();
    let lat0 = LAT0_DEGREES.to_radians();
    let mut lat = lat0;
    let mut meridional = 0.0;
    // Converges in a handful of steps; the cap only guards against a bug looping forever.
    for _ in 0..100 {
        lat += (northing - N0 - meridional) / (a * F0);
        meridional = meridional_arc(lat);
        if (northing - N0 - meridional).abs() < 0.000_01 {
            break;
        }
    }
    let sin_lat = lat.sin();
    let nu = a * F0 / (1.0 - e2 * sin_lat * sin_lat).sqrt();
    let rho = a * F0 * (1.0 - e2) / (1.0 - e2 * sin_lat * sin_lat).powf(1.5);
    let eta2 = nu / rho - 1.0;
    let (tan, sec) = (lat.tan(), 1.0 / lat.cos());
    let (tan2, tan4, tan6) = (tan * tan, tan.powi(4), tan.powi(6));
    let vii = tan / (2.0 * rho * nu);
    let viii = tan / (24.0 * rho * nu.powi(3)) * (5.0 + 3.0 * tan2 + eta2 - 9.0 * tan2 * eta2);
    let ix = tan / (720.0 * rho * nu.powi(5)) * (61.0 + 90.0 * tan2 + 45.0 * tan4);
    let x = sec / nu;
    let xi = sec / (6.0 * nu.powi(3)) * (nu / rho + 2.0 * tan2);
    let xii = sec / (120.0 * nu.powi(5)) * (5.0 + 28.0 * tan2 + 24.0 * tan4);
    let xiia = sec / (5040.0 * nu.powi(7)) * (61.0 + 662.0 * tan2 + 1320.0 * tan4 + 720.0 * tan6);
    let de = easting - E0;
    let lat = lat - vii * de.powi(2) + viii * de.powi(4) - ix * de.powi(6);
    let lon = LON0_DEGREES.to_radians() + x * de - xi * de.powi(3) + xii * de.powi(5) - xiia * de.powi(7);
    (lat, lon)
}

/// The meridional arc from the true origin's latitude to `lat` (radians), scaled by F0.
fn meridional_arc(lat: f64) -> f64 {
    let Ellipsoid { a, b } = AIRY_1830;
    let n = (a - b) / (a + b);
    let (n2, n3) = (n * n, n * n * n);
    let lat0 = LAT0_DEGREES.to_radians();
    let (d, s) = (lat - lat0, lat + lat0);
    b * F0
        * ((1.0 + n + 1.25 * n2 + 1.25 * n3) * d - (3.0 * n + 3.0 * n2 + 21.0 / 8.0 * n3) * d.sin() * s.cos()
            + (15.0 / 8.0 * n2 + 15.0 / 8.0 * n3) * (2.0 * d).sin() * (2.0 * s).cos()
            - 35.0 / 24.0 * n3 * (3.0 * d).sin() * (3.0 * s).cos())
}

/// Geocentric Cartesian coordinates (metres) of a point on the ellipsoid's surface;
/// heights are unknown and ignored, which moves the horizontal position by millimetres.
fn to_cartesian(ellipsoid: &Ellipsoid, lat: f64, lon: f64) -> (f64, f64, f64) {
    let e2 = ellipsoid.e2();
    let nu = ellipsoid.a / (1.0 - e2 * lat.sin().powi(2)).sqrt();
    (nu * lat.cos() * lon.cos(), nu * lat.cos() * lon.sin(), (1.0 - e2) * nu * lat.sin())
}

/// The Helmert transformation (position-vector convention, small-angle rotations).
fn osgb36_to_wgs84_cartesian(x: f64, y: f64, z: f64) -> (f64, f64, f64) {
    let seconds = |value: f64| (value / 3600.0).to_radians();
    let (rx, ry, rz) = (seconds(RX_SECONDS), seconds(RY_SECONDS), seconds(RZ_SECONDS));
    let s = 1.0 + SCALE_PPM * 1e-6;
    (TX + s * (x - rz * y + ry * z), TY + s * (rz * x + y - rx * z), TZ + s * (-ry * x + rx * y + z))
}

/// Latitude and longitude (radians) on the ellipsoid of a geocentric point, by
/// iterating the latitude until it settles (a few steps near the surface).
fn from_cartesian(ellipsoid: &Ellipsoid, x: f64, y: f64, z: f64) -> (f64, f64) {
    let e2 = ellipsoid.e2();
    let p = x.hypot(y);
    let mut lat = z.atan2(p * (1.0 - e2));
    for _ in 0..100 {
        let nu = ellipsoid.a / (1.0 - e2 * lat.sin().powi(2)).sqrt();
        let next = (z + e2 * nu * lat.sin()).atan2(p);
        let settled = (next - lat).abs() < 1e-12;
        lat = next;
        if settled {
            break;
        }
    }
    (lat, y.atan2(x))
}

#[cfg(test)]
mod tests;
