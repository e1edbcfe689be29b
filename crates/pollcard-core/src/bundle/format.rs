//! The bundle's file types and their (de)serialisation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::{Council, PollingDistrict, PollingStation, StationId};
use crate::postcode::Postcode;

/// The `format` value of `bundle.json`.
pub const BUNDLE_FORMAT: &str = "pollcard-bundle";
/// The `format` value of a postcode shard.
pub const SHARD_FORMAT: &str = "pollcard-postcodes";
/// The format version this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// The index file's name, at the root of the bundle folder.
pub const INDEX_FILE: &str = "bundle.json";

/// Why a bundle file could not be used.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum BundleError {
    #[error("{file} is not valid bundle JSON: {source}")]
    Json { file: String, source: serde_json::Error },
    #[error("{file} is a {found:?} file, expected {expected:?}")]
    WrongFormat { file: String, found: String, expected: &'static str },
    #[error("{file} uses bundle format version {found}; this version of Pollcard reads version {FORMAT_VERSION}")]
    UnsupportedVersion { file: String, found: u32 },
    #[error("{file} holds postcode area {found:?}, expected {expected:?}")]
    WrongArea { file: String, found: String, expected: String },
    #[error("{file} holds the shard {found:?}, but the index lists it as {expected:?}")]
    WrongKey { file: String, found: String, expected: String },
}

/// Where one postcode area's addresses are. The app reads it with
/// `read::ShardRefFields`, a smaller reader than the derived one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct ShardRef {
    /// Path relative to the bundle root, e.g. `postcodes/AA.json`.
    pub path: String,
    /// How many postcodes the shard holds.
    pub postcodes: u32,
    /// How many addresses the shard holds.
    pub addresses: u32,
}

/// `bundle.json`: everything but the addresses. The app reads it with
/// `read::IndexFields`, a smaller reader than the derived one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct BundleIndex {
    pub format: String,
    pub format_version: u32,
    /// Demo or test data: every page must say it is fictional.
    #[serde(default)]
    pub fictional: bool,
    pub council: Council,
    pub stations: Vec<PollingStation>,
    /// The app reads them for "use my location" and the station map: which station a
    /// district votes at.
    #[serde(default)]
    pub districts: Vec<PollingDistrict>,
    /// `districts/{COUNCIL}.{hash}.json`: the districts' boundaries
    /// ([`super::DistrictBoundaries`]), fetched only when an area is needed; absent
    /// when no district has one. Older bundles carry boundaries on `districts` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district_boundaries: Option<String>,
    /// Postcode area (`AA`) → its shard.
    pub postcode_areas: BTreeMap<String, ShardRef>,
    /// The US files (precincts and places to vote), in a bundle built from a VIP
    /// feed; absent otherwise. Like `districts`, skipped when the wasm reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub us: Option<crate::us::bundle::UsIndexRef>,
    /// `voting-places.json`: the council's advance voting places and polling-day
    /// hubs ([`crate::voting_places`]); absent when it has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voting_places: Option<String>,
}

impl BundleIndex {
    /// A version-1 index of these parts; optional fields start empty.
    pub fn new(
        council: Council,
        fictional: bool,
        stations: Vec<PollingStation>,
        districts: Vec<PollingDistrict>,
        postcode_areas: BTreeMap<String, ShardRef>,
    ) -> BundleIndex {
        BundleIndex {
            format: BUNDLE_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            fictional,
            council,
            stations,
            districts,
            district_boundaries: None,
            postcode_areas,
            us: None,
            voting_places: None,
        }
    }

    /// Reads and checks `bundle.json`.
    pub fn from_json(bytes: &[u8]) -> Result<BundleIndex, BundleError> {
        let file = INDEX_FILE;
        let header: FormatHeader = parse(file, bytes)?;
        header.check(file, BUNDLE_FORMAT)?;
        parse(file, bytes)
    }

    /// The station with this id.
    pub fn station(&self, id: &str) -> Option<&PollingStation> {
        self.stations.iter().find(|station| station.id.as_str() == id)
    }

    /// The shard that would hold this postcode, if the bundle covers its area.
    pub fn shard_for(&self, postcode: &Postcode) -> Option<&ShardRef> {
        self.postcode_areas.get(postcode.area())
    }
}

/// One address as stored in a shard: `[uprn, label, station_id, district]`, a tuple so
/// that thousands of them stay small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressRecord(pub String, pub String, pub Option<StationId>, pub Option<String>);

impl AddressRecord {
    pub fn uprn(&self) -> &str {
        &self.0
    }
    pub fn label(&self) -> &str {
        &self.1
    }
    pub fn station_id(&self) -> Option<&StationId> {
        self.2.as_ref()
    }
    pub fn district(&self) -> Option<&str> {
        self.3.as_deref()
    }
}

/// `postcodes/{AREA}.json`: the addresses of one postcode area. The app reads it with
/// `read::PostcodeShardFields`, a smaller reader than the derived one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct PostcodeShard {
    pub format: String,
    pub format_version: u32,
    pub area: String,
    /// Compact postcode (`AA11AA`) → its addresses, in natural order.
    pub postcodes: BTreeMap<String, Vec<AddressRecord>>,
    /// Compact postcode → the UPRNs in it whose voters' polling station has changed
    /// since the previous bundle (`pollcard build --previous`), sorted. Empty, and
    /// absent from the file, when nothing changed or no previous bundle was given.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub station_changed: BTreeMap<String, Vec<String>>,
}

impl PostcodeShard {
    /// Reads and checks a shard; `file` names it in errors, `expected_area` is the area
    /// the index said it holds.
    pub fn from_json(file: &str, expected_area: &str, bytes: &[u8]) -> Result<PostcodeShard, BundleError> {
        let header: FormatHeader = parse(file, bytes)?;
        header.check(file, SHARD_FORMAT)?;
        let shard: PostcodeShard = parse(file, bytes)?;
        if shard.area != expected_area {
            return Err(BundleError::WrongArea {
                file: file.to_owned(),
                found: shard.area,
                expected: expected_area.to_owned(),
            });
        }
        Ok(shard)
    }

    /// The addresses in this postcode, if any.
    pub fn addresses(&self, postcode: &Postcode) -> &[AddressRecord] {
        self.postcodes.get(postcode.compact()).map(Vec::as_slice).unwrap_or_default()
    }

    /// Whether the polling station of the address `uprn` in `postcode` has changed
    /// since the previous bundle.
    pub fn station_changed(&self, postcode: &Postcode, uprn: &str) -> bool {
        self.station_changed.get(postcode.compact()).is_some_and(|uprns| uprns.iter().any(|changed| changed == uprn))
    }

    /// Whether an address in `postcode` that votes at `station` has had its polling
    /// station changed since the previous bundle: what the app asks before showing
    /// "your polling station has changed" on that station's page.
    pub fn station_changed_at(&self, postcode: &Postcode, station: &StationId) -> bool {
        self.addresses(postcode)
            .iter()
            .any(|address| address.station_id() == Some(station) && self.station_changed(postcode, address.uprn()))
    }
}

/// The two fields every bundle file starts with, read first so that a file of the
/// wrong kind or a newer version gets a clear message rather than a field error. The
/// app reads it with `read::HeaderFields`, a smaller reader than the derived one.
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(test, derive(Debug))]
pub(crate) struct FormatHeader {
    pub(super) format: String,
    pub(super) format_version: u32,
}

/// Checks a header read with [`parse`]: the file's kind, then its version.
pub(crate) fn check_header(header: &FormatHeader, file: &str, expected: &'static str) -> Result<(), BundleError> {
    header.check(file, expected)
}

impl FormatHeader {
    fn check(&self, file: &str, expected: &'static str) -> Result<(), BundleError> {
        if self.format != expected {
            return Err(BundleError::WrongFormat { file: file.to_owned(), found: self.format.clone(), expected });
        }
        if self.format_version != FORMAT_VERSION {
            return Err(BundleError::UnsupportedVersion { file: file.to_owned(), found: self.format_version });
        }
        Ok(())
    }
}

pub(crate) fn parse<'a, T: Deserialize<'a>>(file: &str, bytes: &'a [u8]) -> Result<T, BundleError> {
    serde_json::from_slice(bytes).map_err(|source| BundleError::Json { file: file.to_owned(), source })
}
