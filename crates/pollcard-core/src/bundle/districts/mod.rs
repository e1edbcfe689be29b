//! `districts/{COUNCIL}.{hash}.json`: a council's polling-district boundaries, kept
//! out of the index.
//!
//! Boundaries are most of a council's data by bytes (hundreds of kilobytes gzipped
//! even once simplified), and only a location search or a map needs them, so every
//! visitor downloading them with `bundle.json` would be waste. The index keeps each
//! district's id, name, ward and station, and names this file; a reader fetches it
//! only when it needs an area. The name carries a hash of the content, like a
//! national bundle's shards, so it can be cached for good and changes when a boundary
//! does. Positions are as [`crate::geo::simplify`] left them (the build simplifies
//! every council's boundaries together, after the checks that need full detail).

use serde::{Deserialize, Serialize};

use super::format::{check_header, parse, BundleError, FormatHeader, FORMAT_VERSION};
use super::national::content_path;
use super::writer::{to_json, BundleFile};
use crate::model::{Boundary, PollingDistrict};

/// The `format` value of a district boundaries file.
pub const DISTRICTS_FORMAT: &str = "pollcard-districts";
/// The folder district boundaries files are written to.
pub const DISTRICTS_FOLDER: &str = "districts";

/// A council's district boundaries, in natural order of district ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictBoundaries {
    pub format: String,
    pub format_version: u32,
    /// The council's id, as in the index.
    pub council: String,
    pub districts: Vec<DistrictArea>,
}

/// One district's area: GeoJSON `MultiPolygon` coordinates, as `[longitude, latitude]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictArea {
    pub id: String,
    pub boundary: Boundary,
}

impl DistrictBoundaries {
    /// Reads and checks a boundaries file; `expected_council` is the council whose
    /// index named it.
    pub fn from_json(file: &str, expected_council: &str, bytes: &[u8]) -> Result<DistrictBoundaries, BundleError> {
        let header: FormatHeader = parse(file, bytes)?;
        check_header(&header, file, DISTRICTS_FORMAT)?;
        let boundaries: DistrictBoundaries = parse(file, bytes)?;
        if boundaries.council != expected_council {
            return Err(BundleError::WrongKey {
                file: file.to_owned(),
                found: boundaries.council,
                expected: expected_council.to_owned(),
            });
        }
        Ok(boundaries)
    }

    /// The boundary of the district with this id.
    pub fn boundary(&self, id: &str) -> Option<&Boundary> {
        self.districts.iter().find(|district| district.id == id).map(|district| &district.boundary)
    }

    /// Puts the boundaries back on the districts of an index, for tools that want
    /// them together.
    pub fn restore(&self, districts: &mut [PollingDistrict]) {
        for district in districts {
            if let Some(boundary) = self.boundary(&district.id) {
                district.boundary = Some(boundary.clone());
            }
        }
    }
}

/// Takes the boundaries off `districts` (already in the order the index lists them)
/// and returns the file that holds them, or `None` when no district has one.
pub fn take_boundaries(council: &str, districts: &mut [PollingDistrict]) -> Option<BundleFile> {
    let areas: Vec<DistrictArea> = districts
        .iter_mut()
        .filter_map(|district| Some(DistrictArea { id: district.id.clone(), boundary: district.boundary.take()? }))
        .collect();
    if areas.is_empty() {
        return None;
    }
    let file = DistrictBoundaries {
        format: DISTRICTS_FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        council: council.to_owned(),
        districts: areas,
    };
    let bytes = to_json(&file);
    Some(BundleFile { path: content_path(DISTRICTS_FOLDER, &file_key(council), &bytes), bytes })
}

/// A council id made safe as a file name: letters, digits, `-` and `_` kept, anything
/// else `_` (council ids are normally ONS codes or plain slugs already).
pub(crate) fn file_key(council: &str) -> String {
    let key: String =
        council.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if key.is_empty() {
        "council".to_owned()
    } else {
        key
    }
}

#[cfg(test)]
mod tests;
