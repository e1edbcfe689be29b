//! `voting-places.json`: places where a council's voters may vote other than their
//! own polling station — **advance voting places**, open on set days before polling
//! day (Wales has run advance voting pilots), and **polling-day hubs**, which voters
//! may use on polling day as well as their own station.
//!
//! A file of its own beside `bundle.json` (named by its `voting_places` field), like
//! `elections.json`: most councils have no such places, and their bundles then have
//! no file and are byte-identical to bundles built before it existed. Each place says
//! who may use it — the whole council, or the voters of listed wards or polling
//! districts — when it is open (dates and times; an advance place may open on several
//! days), and the same accessibility answers a polling station has, so the list of
//! places ([`choose`]) is filtered exactly as stations are.

mod choose;
#[cfg(any(target_arch = "wasm32", test))]
mod read;

use serde::{Deserialize, Serialize};

use crate::bundle::{BundleError, BundleFile, FORMAT_VERSION};
use crate::model::{Language, LocalizedText, Location, StationAccessibility};
use crate::natural_order;
use crate::timetable::{Date, Time};

pub use choose::{choose, district_of_station, voter_may_use, Listed, MayUse};

/// The `format` value of `voting-places.json`.
pub const VOTING_PLACES_FORMAT: &str = "pollcard-voting-places";
/// The member's path, relative to the bundle root.
pub const VOTING_PLACES_FILE: &str = "voting-places.json";

/// What kind of place it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// Open on set days before polling day; any voter it covers may vote there.
    Advance,
    /// Open on polling day; any voter it covers may vote there instead of at their
    /// own station.
    Hub,
}

impl PlaceKind {
    /// Both kinds, in the order the app shows their groups.
    pub const ALL: [PlaceKind; 2] = [PlaceKind::Advance, PlaceKind::Hub];

    /// `advance` or `hub`: the input value and the catalogue key.
    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::Advance => "advance",
            PlaceKind::Hub => "hub",
        }
    }

    /// The kind written as `key` (any case).
    pub fn from_key(key: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|kind| kind.key().eq_ignore_ascii_case(key.trim()))
    }
}

/// The app reads the kind as a string and matches it (the same values the derive
/// reads natively, no less strict): a derived enum reader is larger code.
#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for PlaceKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<PlaceKind, D::Error> {
        let key = String::deserialize(deserializer)?;
        PlaceKind::ALL
            .into_iter()
            .find(|kind| kind.key() == key)
            .ok_or_else(|| serde::de::Error::unknown_variant(&key, &["advance", "hub"]))
    }
}

/// One day a place is open, and its hours that day (local time). The app reads it
/// with `read::DayFields`, a smaller reader than the derived one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct OpeningDay {
    pub date: Date,
    pub opens: Time,
    pub closes: Time,
}

impl OpeningDay {
    /// Whether the day is over at local `today` `now`: an earlier date, or today after
    /// closing time (a place closing at 4pm is over at 4:00pm). The app lists only the
    /// days still to come, so a voter is never sent to a place on a day it has shut.
    pub fn is_over(&self, today: Date, now: Time) -> bool {
        self.date < today || (self.date == today && now >= self.closes)
    }
}

/// An advance voting place or a polling-day hub. The app reads it with
/// `read::PlaceFields`, a smaller reader than the derived one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct VotingPlace {
    /// The council's id for it, unique in the file (not read by the app).
    pub id: String,
    pub kind: PlaceKind,
    pub name: LocalizedText,
    /// Address lines joined with `, `, without the postcode.
    pub address: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Ward ids (or names) whose voters may use it. With `districts`, empty means the
    /// whole council's voters may.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wards: Vec<String>,
    /// Polling district ids whose voters may use it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<String>,
    /// The days it is open, in order; never empty.
    pub days: Vec<OpeningDay>,
    #[serde(default, skip_serializing_if = "StationAccessibility::is_empty")]
    pub accessibility: StationAccessibility,
}

impl VotingPlace {
    /// The days still to come at local `today` `now`, in order: the ones the app lists.
    pub fn days_to_come(&self, today: Date, now: Time) -> impl Iterator<Item = &OpeningDay> {
        self.days.iter().filter(move |day| !day.is_over(today, now))
    }

    /// Whether every voter of the council may use it.
    pub fn open_to_whole_council(&self) -> bool {
        self.wards.is_empty() && self.districts.is_empty()
    }

    /// Its name in `language`, or else in the other one.
    pub fn name_in(&self, language: Language) -> &str {
        self.name.best(language).map_or("", |(text, _)| text)
    }

    /// Its address in `language`, or else in the other one.
    pub fn address_in(&self, language: Language) -> &str {
        self.address.best(language).map_or("", |(text, _)| text)
    }
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for OpeningDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<OpeningDay, D::Error> {
        deserializer.deserialize_map(read::DayFields)
    }
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for VotingPlace {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<VotingPlace, D::Error> {
        deserializer.deserialize_map(read::PlaceFields)
    }
}

/// A reference, so that a group's places are chosen from without copying them.
impl crate::geo::nearest::Place for &VotingPlace {
    fn location(&self) -> Option<Location> {
        self.location
    }
    fn accessibility(&self) -> Option<&StationAccessibility> {
        Some(&self.accessibility)
    }
}

/// `voting-places.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VotingPlacesFile {
    /// Checked on its own before the rest is read, so not read again by the app.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub format: String,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub format_version: u32,
    /// The council's id: a file is never used for another council.
    pub council: String,
    /// In natural order of id.
    pub places: Vec<VotingPlace>,
}

impl VotingPlacesFile {
    /// The file for `council`'s places, sorted by id (so output is deterministic).
    pub fn new(council: &str, mut places: Vec<VotingPlace>) -> VotingPlacesFile {
        places.sort_by(|a, b| natural_order::compare(&a.id, &b.id));
        VotingPlacesFile {
            format: VOTING_PLACES_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            council: council.to_owned(),
            places,
        }
    }

    /// Reads and checks the file: its kind, then its version, then its fields.
    pub fn from_json(bytes: &[u8]) -> Result<VotingPlacesFile, BundleError> {
        let file = VOTING_PLACES_FILE;
        let header: crate::bundle::FormatHeader = crate::bundle::parse(file, bytes)?;
        crate::bundle::check_header(&header, file, VOTING_PLACES_FORMAT)?;
        crate::bundle::parse(file, bytes)
    }

    /// The bundle member, ending with a newline.
    pub fn bundle_file(&self) -> BundleFile {
        let mut bytes = serde_json::to_vec(self).unwrap_or_default();
        bytes.push(b'\n');
        BundleFile { path: VOTING_PLACES_FILE.to_owned(), bytes }
    }

    /// Whether the file holds any place of `kind`.
    pub fn has(&self, kind: PlaceKind) -> bool {
        self.places.iter().any(|place| place.kind == kind)
    }
}

#[cfg(test)]
mod tests;
