//! Addresses (the properties on the register) and polling districts.

use serde::{Deserialize, Serialize};

use super::StationId;

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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollingDistrict {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_id: Option<StationId>,
}
