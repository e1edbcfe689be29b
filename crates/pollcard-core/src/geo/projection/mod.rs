//! Map projections that US precinct boundary files use, back to latitude and longitude.
//!
//! Counties publish precinct shapefiles in their state-plane coordinate system: a
//! transverse Mercator or a Lambert conformal conic projection on the NAD83 datum
//! (GRS80 ellipsoid), with coordinates in metres or US survey feet, described by the
//! shapefile's `.prj` (Well-Known Text, read by [`wkt`]). This module is the pure
//! arithmetic: the formulas of IOGP's Guidance Note 7-2 (EPSG methods 9807, 9801 and
//! 9802), forward and inverse. No I/O.
//!
//! NAD83 and WGS84 differ by one to two metres in the contiguous US; Pollcard treats
//! them as the same, which is far finer than a precinct boundary needs. NAD27 would
//! need a grid shift (NADCON) of up to about 100 m, so [`wkt`] refuses it.
//!
//! ```
//! use pollcard_core::geo::projection::{Ellipsoid, LambertConic, LinearUnit, ProjectedCrs, Projection};
//!
//! // NAD83 / Virginia North (ftUS), EPSG:2283.
//! let crs = ProjectedCrs {
//!     projection: Projection::LambertConic(LambertConic::two_standard_parallels(
//!         Ellipsoid::GRS80, 37.0 + 2.0 / 3.0, -78.5, 38.0 + 2.0 / 60.0, 39.2, 11_482_916.667 * 0.304_800_609_6, 6_561_666.667 * 0.304_800_609_6,
//!     )),
//!     unit: LinearUnit::US_SURVEY_FOOT,
//! };
//! let (x, y) = crs.from_wgs84(38.9, -77.0);
//! let (lat, lon) = crs.to_wgs84(x, y);
//! assert!((lat - 38.9).abs() < 1e-9 && (lon + 77.0).abs() < 1e-9);
//! ```

mod lambert;
mod transverse_mercator;
pub mod wkt;

pub use lambert::LambertConic;
pub use transverse_mercator::TransverseMercator;

/// An ellipsoid by its semi-major axis (metres) and inverse flattening.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ellipsoid {
    pub semi_major_axis: f64,
    pub inverse_flattening: f64,
}

impl Ellipsoid {
    /// GRS 1980, the ellipsoid of NAD83 (and, to within 0.1 mm, of WGS84).
    pub const GRS80: Ellipsoid = Ellipsoid { semi_major_axis: 6_378_137.0, inverse_flattening: 298.257_222_101 };
    /// WGS 84.
    pub const WGS84: Ellipsoid = Ellipsoid { semi_major_axis: 6_378_137.0, inverse_flattening: 298.257_223_563 };

    /// The first eccentricity squared.
    pub fn e2(&self) -> f64 {
        let f = 1.0 / self.inverse_flattening;
        f * (2.0 - f)
    }

    /// The first eccentricity.
    pub fn e(&self) -> f64 {
        self.e2().sqrt()
    }
}

/// A unit of length, as metres per unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearUnit {
    pub metres: f64,
}

impl LinearUnit {
    pub const METRE: LinearUnit = LinearUnit { metres: 1.0 };
    /// The US survey foot, 1200/3937 m, in which most state-plane files are written.
    pub const US_SURVEY_FOOT: LinearUnit = LinearUnit { metres: 1200.0 / 3937.0 };
    /// The international foot, 0.3048 m (some states' legislated unit).
    pub const INTERNATIONAL_FOOT: LinearUnit = LinearUnit { metres: 0.3048 };
}

/// A projection, with its parameters in degrees and metres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Projection {
    TransverseMercator(TransverseMercator),
    LambertConic(LambertConic),
}

impl Projection {
    /// Projected easting and northing in metres for a latitude and longitude in degrees.
    pub fn forward(&self, lat: f64, lon: f64) -> (f64, f64) {
        match self {
            Projection::TransverseMercator(tm) => tm.forward(lat, lon),
            Projection::LambertConic(lcc) => lcc.forward(lat, lon),
        }
    }

    /// Latitude and longitude in degrees for an easting and northing in metres.
    pub fn inverse(&self, easting: f64, northing: f64) -> (f64, f64) {
        match self {
            Projection::TransverseMercator(tm) => tm.inverse(easting, northing),
            Projection::LambertConic(lcc) => lcc.inverse(easting, northing),
        }
    }
}

/// A projected coordinate system: a projection whose coordinates are in `unit`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProjectedCrs {
    /// The projection, with false easting and northing in metres.
    pub projection: Projection,
    /// The unit the file's coordinates are in.
    pub unit: LinearUnit,
}

impl ProjectedCrs {
    /// WGS84 (taken as NAD83) latitude and longitude for coordinates in the file's unit.
    pub fn to_wgs84(&self, x: f64, y: f64) -> (f64, f64) {
        self.projection.inverse(x * self.unit.metres, y * self.unit.metres)
    }

    /// Coordinates in the file's unit for a latitude and longitude.
    pub fn from_wgs84(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (easting, northing) = self.projection.forward(lat, lon);
        (easting / self.unit.metres, northing / self.unit.metres)
    }
}

/// Longitude difference wrapped into −π..π, so a central meridian near ±180° works.
fn wrap_radians(angle: f64) -> f64 {
    use std::f64::consts::{PI, TAU};
    (angle + PI).rem_euclid(TAU) - PI
}

#[cfg(test)]
pub(crate) mod tests;
