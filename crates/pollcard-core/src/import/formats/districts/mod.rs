//! Polling district boundaries, as GeoJSON ([`geojson`]) or KML ([`kml`]) polygons.
//!
//! Councils publish their polling districts as maps drawn in a GIS. Each feature or
//! Placemark is one district: its id and name come from its properties, its area from
//! a `Polygon` or `MultiPolygon` (holes included). What both formats share is here:
//! turning positions into WGS84 (British National Grid is converted), rounding them to
//! six decimal places (about 10 cm, far finer than any boundary is drawn), closing
//! rings and refusing ones that enclose nothing.

use crate::geo::bng::bng_to_wgs84;
use crate::import::dataset::DistrictBoundary;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::Problem;
use crate::model::{Boundary, Ring};

pub mod geojson;
pub mod kml;

/// The coordinate system a file's positions are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Crs {
    /// Longitude and latitude in degrees (EPSG:4326, CRS84).
    Wgs84,
    /// British National Grid easting and northing in metres (EPSG:27700).
    BritishNationalGrid,
}

/// Property names that hold a district's id, tried in order (any case).
pub(crate) const ID_KEYS: [&str; 6] =
    ["id", "district_id", "polling_district_id", "polling_district", "district", "code"];
/// Property names that hold a district's name, tried in order (any case).
pub(crate) const NAME_KEYS: [&str; 3] = ["name", "district_name", "polling_district_name"];

/// A polygon as read: rings of `[x, y]` in the file's coordinate system.
pub(crate) type RawPolygon = Vec<Vec<[f64; 2]>>;

/// Whether positions that do not say their system are metres on the National Grid:
/// any coordinate outside the range of degrees is.
pub(crate) fn looks_like_metres<'p>(mut positions: impl Iterator<Item = &'p [f64; 2]>) -> bool {
    positions.any(|[x, y]| x.abs() > 180.0 || y.abs() > 90.0)
}

/// The district's boundary in WGS84, or why it cannot be used.
pub(crate) fn boundary(polygons: Vec<RawPolygon>, crs: Crs) -> Result<Boundary, String> {
    if polygons.is_empty() {
        return Err("it has no polygon".to_owned());
    }
    let mut converted = Vec::with_capacity(polygons.len());
    for (index, polygon) in polygons.into_iter().enumerate() {
        if polygon.is_empty() {
            return Err(format!("polygon {} has no outer ring", index + 1));
        }
        let mut rings = Vec::with_capacity(polygon.len());
        for (ring_index, ring) in polygon.into_iter().enumerate() {
            let which = if ring_index == 0 { "outer ring".to_owned() } else { format!("hole {ring_index}") };
            rings.push(ring_in_wgs84(ring, crs).map_err(|why| format!("the {which} of polygon {} {why}", index + 1))?);
        }
        converted.push(rings);
    }
    Ok(Boundary(converted))
}

fn ring_in_wgs84(ring: Vec<[f64; 2]>, crs: Crs) -> Result<Ring, String> {
    let mut out: Ring = Vec::with_capacity(ring.len() + 1);
    for [x, y] in ring {
        let (lat, lon) = match crs {
            Crs::Wgs84 if (-180.0..=180.0).contains(&x) && (-90.0..=90.0).contains(&y) => (y, x),
            Crs::Wgs84 => return Err(format!("has the position {x}, {y}, which is not longitude and latitude")),
            Crs::BritishNationalGrid => bng_to_wgs84(x, y)
                .ok_or_else(|| format!("has the position {x}, {y}, which is outside the British National Grid"))?,
        };
        out.push([round6(lon), round6(lat)]);
    }
    // Rings are closed in both formats; an open one is closed rather than refused,
    // as the area it means is plain.
    if let (Some(first), Some(last)) = (out.first().copied(), out.last().copied()) {
        if first != last {
            out.push(first);
        }
    }
    // Three distinct positions are enough to enclose something; stop looking there,
    // as a detailed district has thousands.
    let mut distinct: Vec<[f64; 2]> = Vec::with_capacity(3);
    for position in &out {
        if !distinct.contains(position) {
            distinct.push(*position);
            if distinct.len() == 3 {
                break;
            }
        }
    }
    if distinct.len() < 3 {
        return Err("has fewer than three distinct positions, so it encloses nothing".to_owned());
    }
    Ok(out)
}

/// Rounds to six decimal places (about 10 cm), so the bundle does not carry digits
/// that mean nothing.
pub(crate) fn round6(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// The error for a feature or Placemark whose geometry cannot be used.
pub(crate) fn invalid_boundary(what: &str, id: &str, why: &str) -> Problem {
    Problem::new(
        ProblemCode::InvalidBoundary,
        Action::Dropped,
        format!("the boundary of polling district \"{id}\" cannot be used: {why}; the {what} was dropped"),
        "Export the district again from the GIS as a Polygon or MultiPolygon in WGS84 (EPSG:4326) or British \
         National Grid (EPSG:27700).",
    )
}

/// The error for a district with no id.
pub(crate) fn missing_district_id(what: &str) -> Problem {
    Problem::new(
        ProblemCode::BlankField,
        Action::Dropped,
        format!(
            "this {what} has no polling district id (looked for the properties {}), so it cannot be used",
            ID_KEYS.join(", ")
        ),
        "Give every district an \"id\" property holding the council's polling district reference.",
    )
}

/// The warning for positions taken to be British National Grid because they are
/// too large to be degrees.
pub(crate) fn assumed_grid() -> Problem {
    Problem::new(
        ProblemCode::AssumedGridCoordinates,
        Action::Kept,
        "the file does not say which coordinate system it uses, and its numbers are too large to be degrees, so \
         they were read as British National Grid easting and northing (EPSG:27700) and converted",
        "Check the districts land where they should on a map; export with an explicit coordinate system if not.",
    )
}

/// Builds the record the dataset keeps.
pub(crate) fn district(id: String, name: Option<String>, boundary: Boundary) -> DistrictBoundary {
    DistrictBoundary { id, name, boundary }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_are_rounded_closed_and_checked() {
        let open = vec![vec![[-2.123_456_78, 52.0], [-2.0, 52.0], [-2.0, 52.5]]];
        let boundary = boundary(vec![open], Crs::Wgs84).expect("usable");
        assert_eq!(boundary.0[0][0], [[-2.123457, 52.0], [-2.0, 52.0], [-2.0, 52.5], [-2.123457, 52.0]]);
        let line = vec![vec![[1.0, 1.0], [2.0, 2.0], [1.0, 1.0]]];
        assert!(super::boundary(vec![line], Crs::Wgs84).expect_err("encloses nothing").contains("outer ring"));
        let metres = vec![vec![[389_394.0, 324_659.0], [389_494.0, 324_659.0], [389_494.0, 324_759.0]]];
        assert!(super::boundary(vec![metres.clone()], Crs::Wgs84).is_err());
        let converted = super::boundary(vec![metres], Crs::BritishNationalGrid).expect("on the grid");
        let [lon, lat] = converted.0[0][0][0];
        assert!((lat - 52.82).abs() < 0.01 && (lon + 2.16).abs() < 0.01, "{lat} {lon}");
    }

    #[test]
    fn metres_are_recognised() {
        assert!(looks_like_metres([[389_394.0, 324_659.0]].iter()));
        assert!(!looks_like_metres([[-2.3, 52.6], [1.2, 53.1]].iter()));
    }
}
