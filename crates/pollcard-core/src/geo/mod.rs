//! Geography: converting the coordinates councils export into the WGS84 latitude and
//! longitude that maps and the bundle use.
//!
//! - [`bng`]: British National Grid (OSGB36 easting/northing, EPSG:27700) to WGS84.

pub mod bng;
