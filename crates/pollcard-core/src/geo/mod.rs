//! Geography: converting the coordinates councils export into the WGS84 latitude and
//! longitude that maps and the bundle use.
//!
//! - [`bng`]: British National Grid (OSGB36 easting/northing, EPSG:27700) to WGS84.
//! - [`distance`]: great-circle distances between WGS84 points.
//! - [`projection`]: transverse Mercator and Lambert conic (US state plane) and `.prj` files.
//! - [`simplify`]: simplifying district boundaries so that neighbours still meet
//!   (native tools only).
//! - [`locate`]: which polling district a point is in ("use my location").
//! - [`bearing`]: how far and which way a place is, rounded for a sentence.
//! - [`nearest`]: places to choose between, nearest first, with accessibility filters.
//! - [`places`]: which places a voter may choose between (postal-vote hand-in in Great
//!   Britain, US vote centres, early voting and drop boxes), listed with directions.
//! - [`map`]: the offline map's SVG geometry: outline, markers, scale bar, zoom.

pub mod bearing;
pub mod bng;
pub mod distance;
pub mod locate;
pub mod map;
pub mod nearest;
pub mod places;
pub mod projection;
#[cfg(feature = "import")]
pub mod simplify;
