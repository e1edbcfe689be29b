//! US elections: precincts, the places to vote (election-day polling places, early
//! voting sites and ballot drop boxes), localities and the offices that run them, as
//! a Voting Information Project (VIP) feed describes them.
//!
//! This is the US counterpart of [`crate::model`]: UK voters are found by postcode,
//! US voters by the precinct whose boundary holds their location ([`lookup`]). The
//! data travels in the bundle's `us/` files ([`bundle`]), apart from the postcode
//! shards. Importing a feed is `import::formats::vip` (feature `import`).

pub mod bundle;
pub mod choice;
pub mod geometry;
pub mod hours;
pub mod lookup;
pub mod read;

use serde::{Deserialize, Serialize};

pub use geometry::MultiPolygon;

/// A precinct: the area whose voters share a ballot and their places to vote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Precinct {
    /// The feed's id, e.g. `pre90111`.
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub locality_id: String,
    /// The split's name, for a precinct split between districts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ward: Option<String>,
    /// Everyone votes by mail; the precinct has no polling place.
    #[serde(default)]
    pub is_mail_only: bool,
    /// True when the feed names no polling place for the precinct, so every location
    /// of its locality serves it (a vote-centre county).
    #[serde(default)]
    pub vote_centre: bool,
    /// The locations that serve the precinct, in the feed's order (or, for a vote
    /// centre, in id order).
    pub location_ids: Vec<String>,
    /// WGS84 boundary, `[lon, lat]` pairs; absent until a boundary file supplies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundary: Option<MultiPolygon>,
}

/// One span of opening hours (VIP `HoursOpen/Schedule`). Times keep the feed's UTC
/// offset (`07:00:00-04:00`), since a location's hours are in its own time zone.
/// The app reads it with `read::HoursFields`, a smaller reader than the derived one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct OpeningHours {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// `(start, end)` pairs; a schedule may list several, e.g. around a lunch break.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub only_by_appointment: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub or_by_appointment: bool,
}

/// A place to vote or to leave a ballot (VIP `PollingLocation`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VotingLocation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The address on one line, as the feed gives it.
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directions: Option<String>,
    /// WGS84 `[lat, lon]`, when the feed gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<[f64; 2]>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<OpeningHours>,
    #[serde(default)]
    pub is_drop_box: bool,
    #[serde(default)]
    pub is_early_voting: bool,
}

/// A county, city or town that runs part of the election (VIP `Locality`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locality {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub election_administration_id: Option<String>,
    /// Locations the feed lists for the whole locality (early voting, drop boxes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub location_ids: Vec<String>,
    #[serde(default)]
    pub is_mail_only: bool,
}

/// The state (VIP `State`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub election_administration_id: Option<String>,
}

/// The election the feed is for (VIP `Election`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Election {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO date, e.g. `2026-11-03`.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<String>,
}

/// An election office: who runs a state's or locality's elections and where voters
/// find out more (VIP `ElectionAdministration`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElectionAdministration {
    pub id: String,
    /// The department's name, from its contact information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `elections`, `registration`, `absentee`, `am_i_registered`,
    /// `where_do_i_vote`, `what_is_on_my_ballot`, `rules` → an http(s) address.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub links: std::collections::BTreeMap<String, String>,
}

/// A range of addresses on one street, and its precinct (VIP `StreetSegment`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreetSegment {
    pub id: String,
    pub precinct_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    pub city: String,
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// `odd`, `even` or `both` (the default).
    pub sides: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_house_number: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_house_number: Option<u64>,
    /// Every address in the city (and zip) is in the precinct.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub includes_all: bool,
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod voter_tests;
