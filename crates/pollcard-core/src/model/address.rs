//! Addresses (the properties on the register) and polling districts, with the ward
//! and ballot a district belongs to and, when the council publishes it, its boundary.

use serde::{Deserialize, Serialize};

use super::{LocalizedText, StationId};

/// A property and the station its electors vote at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Unique Property Reference Number, kept as text (exports pad and prefix them).
    pub uprn: String,
    /// The address as one line, without the postcode.
    pub label: String,
    /// Normalised postcode, e.g. `AA1 1AA`.
    pub postcode: String,
    /// `None` when the council has not (yet) said where this address votes.
    pub station_id: Option<StationId>,
    pub district: Option<String>,
}

/// A polling district: the unit a council assigns to a station.
///
/// Every field but `id` is optional and added over time; version 1 readers ignore the
/// ones they do not know, so bundles stay readable both ways.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PollingDistrict {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_id: Option<StationId>,
    /// The ward (electoral division) the district is part of. Council exports carry
    /// polling districts only, so this comes from a separate mapping file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ward: Option<Ward>,
    /// The ballot voters in this district receive, as a Democracy Club ballot paper id
    /// (`local.cardiff.pontprennau.2026-05-07`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ballot_id: Option<String>,
    /// The district's area, when the council published its boundary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundary: Option<Boundary>,
}

/// A ward (or electoral division): its identifier and name in each language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ward {
    pub id: String,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub name: LocalizedText,
}

/// One ring of a polygon: `[longitude, latitude]` positions in WGS84 degrees, first and
/// last the same, as in GeoJSON.
pub type Ring = Vec<[f64; 2]>;

/// An area as GeoJSON `MultiPolygon` coordinates: polygons, each an outer ring followed
/// by its holes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Boundary(pub Vec<Vec<Ring>>);

impl Boundary {
    /// How many positions the boundary holds, for reports and size checks.
    pub fn positions(&self) -> usize {
        self.0.iter().flatten().map(Vec::len).sum()
    }
}
