//! The US part of a bundle: `us/precincts.json` (precincts with their WGS84
//! boundaries) and `us/places.json` (locations, localities, the state, the election
//! and the election offices), named from `bundle.json`'s optional `us` field
//! ([`UsIndexRef`]). A bundle without US data has no `us` field and no `us/` folder,
//! so UK bundles are unchanged. Described in `docs/bundle-format.md`.
//!
//! Output is deterministic: every list is sorted by id in natural order and
//! coordinates are rounded, so the same feed gives byte-identical files.

use serde::{Deserialize, Serialize};

use super::{Election, ElectionAdministration, Locality, Precinct, State, StreetSegment, VotingLocation};
use crate::bundle::{BundleError, BundleFile};
use crate::natural_order;

/// The `format` of `us/precincts.json`.
pub const PRECINCTS_FORMAT: &str = "pollcard-us-precincts";
/// The `format` of `us/places.json`.
pub const PLACES_FORMAT: &str = "pollcard-us-places";
/// The version of both files this code reads and writes.
pub const US_FORMAT_VERSION: u32 = 1;
pub const PRECINCTS_FILE: &str = "us/precincts.json";
pub const PLACES_FILE: &str = "us/places.json";

/// `bundle.json`'s `us` field: where the US files are and what they hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsIndexRef {
    pub precincts: String,
    pub places: String,
    pub precinct_count: u32,
    /// Precincts with a boundary, which a location lookup can find.
    pub precincts_with_boundary: u32,
    pub location_count: u32,
}

/// `us/precincts.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsPrecinctsFile {
    pub format: String,
    pub format_version: u32,
    pub precincts: Vec<Precinct>,
}

/// `us/places.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsPlacesFile {
    pub format: String,
    pub format_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub election: Option<Election>,
    pub localities: Vec<Locality>,
    pub administrations: Vec<ElectionAdministration>,
    pub locations: Vec<VotingLocation>,
    /// Not read by the wasm: the app finds precincts by position, not by address.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub street_segments: Vec<StreetSegment>,
}

impl UsPlacesFile {
    pub fn location(&self, id: &str) -> Option<&VotingLocation> {
        self.locations.iter().find(|location| location.id == id)
    }

    pub fn locality(&self, id: &str) -> Option<&Locality> {
        self.localities.iter().find(|locality| locality.id == id)
    }

    pub fn administration(&self, id: &str) -> Option<&ElectionAdministration> {
        self.administrations.iter().find(|administration| administration.id == id)
    }

    /// Reads and checks the file; the app reads only what it shows ([`super::read`]).
    pub fn from_json(bytes: &[u8]) -> Result<UsPlacesFile, BundleError> {
        #[cfg(target_arch = "wasm32")]
        return super::read::places(bytes);
        #[cfg(not(target_arch = "wasm32"))]
        parse_checked(PLACES_FILE, PLACES_FORMAT, bytes)
    }
}

impl UsPrecinctsFile {
    /// Reads and checks the file; the app reads only what it shows ([`super::read`]).
    pub fn from_json(bytes: &[u8]) -> Result<UsPrecinctsFile, BundleError> {
        #[cfg(target_arch = "wasm32")]
        return super::read::precincts(bytes);
        #[cfg(not(target_arch = "wasm32"))]
        parse_checked(PRECINCTS_FILE, PRECINCTS_FORMAT, bytes)
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Deserialize)]
struct Header {
    format: String,
    format_version: u32,
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_checked<T: for<'a> Deserialize<'a>>(
    file: &str,
    expected: &'static str,
    bytes: &[u8],
) -> Result<T, BundleError> {
    let json = |source| BundleError::Json { file: file.to_owned(), source };
    let header: Header = serde_json::from_slice(bytes).map_err(json)?;
    if header.format != expected {
        return Err(BundleError::WrongFormat { file: file.to_owned(), found: header.format, expected });
    }
    if header.format_version != US_FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion { file: file.to_owned(), found: header.format_version });
    }
    serde_json::from_slice(bytes).map_err(json)
}

/// Everything a VIP import produced, checked, ready to write.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsBundle {
    pub state: Option<State>,
    pub election: Option<Election>,
    pub localities: Vec<Locality>,
    pub administrations: Vec<ElectionAdministration>,
    pub locations: Vec<VotingLocation>,
    pub precincts: Vec<Precinct>,
    pub street_segments: Vec<StreetSegment>,
}

fn by_id<T>(items: &mut [T], id: fn(&T) -> &str) {
    items.sort_by(|a, b| natural_order::compare(id(a), id(b)));
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl UsBundle {
    /// The `us` field for `bundle.json`.
    pub fn index_ref(&self) -> UsIndexRef {
        UsIndexRef {
            precincts: PRECINCTS_FILE.to_owned(),
            places: PLACES_FILE.to_owned(),
            precinct_count: count(self.precincts.len()),
            precincts_with_boundary: count(self.precincts.iter().filter(|p| p.boundary.is_some()).count()),
            location_count: count(self.locations.len()),
        }
    }

    /// The two files, sorted and rounded for byte-identical output.
    pub fn files(&self) -> Vec<BundleFile> {
        let mut precincts = self.precincts.clone();
        by_id(&mut precincts, |p| &p.id);
        for precinct in &mut precincts {
            precinct.boundary = precinct.boundary.take().map(super::MultiPolygon::rounded);
        }
        let mut places = UsPlacesFile {
            format: PLACES_FORMAT.to_owned(),
            format_version: US_FORMAT_VERSION,
            state: self.state.clone(),
            election: self.election.clone(),
            localities: self.localities.clone(),
            administrations: self.administrations.clone(),
            locations: self.locations.clone(),
            street_segments: self.street_segments.clone(),
        };
        by_id(&mut places.localities, |l| &l.id);
        by_id(&mut places.administrations, |a| &a.id);
        by_id(&mut places.locations, |l| &l.id);
        by_id(&mut places.street_segments, |s| &s.id);
        let precincts =
            UsPrecinctsFile { format: PRECINCTS_FORMAT.to_owned(), format_version: US_FORMAT_VERSION, precincts };
        vec![
            BundleFile { path: PRECINCTS_FILE.to_owned(), bytes: to_json(&precincts) },
            BundleFile { path: PLACES_FILE.to_owned(), bytes: to_json(&places) },
        ]
    }
}

fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    // Plain data with string keys: serialising cannot fail.
    let mut bytes = serde_json::to_vec(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
