//! The file types of a national bundle and their checked reading.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::super::format::{
    check_header, parse, BundleError, BundleIndex, FormatHeader, ShardRef, BUNDLE_FORMAT, INDEX_FILE,
};
use crate::model::{Council, PollingDistrict, PollingStation};
use crate::postcode::Postcode;

/// The `format` value of a national `bundle.json`.
pub const NATIONAL_FORMAT: &str = "pollcard-national-bundle";
/// The `format` value of a station-lookup shard.
pub const LOOKUP_SHARD_FORMAT: &str = "pollcard-lookup";
/// The `format` value of an address-list shard.
pub const ADDRESS_LIST_FORMAT: &str = "pollcard-addresses";
/// The `format` value of a council's stations file.
pub const STATIONS_FORMAT: &str = "pollcard-stations";

/// How a national bundle's shards are cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShardBy {
    /// One shard per postcode area (`AA`, `CF`): the default.
    Area,
    /// One shard per council.
    Council,
}

/// One shard as the index lists it: `path` (relative to the bundle root; the name
/// carries a hash of the content), and how many `postcodes` and `addresses` it covers.
/// The same fields as a single-council index's [`ShardRef`], and so the same type: the
/// app then carries one reader for both rather than two copies of it.
pub type ShardSummary = ShardRef;

/// A council of a national bundle, and where its stations are.
/// The app reads it with `bundle::read::CouncilEntryFields`, a smaller reader than the derived
/// one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct CouncilEntry {
    pub council: Council,
    /// `stations/{id}.{hash}.json`.
    pub stations: String,
    /// How many stations it has.
    pub station_count: u32,
    /// `districts/{id}.{hash}.json`: the council's polling-district boundaries
    /// ([`crate::bundle::DistrictBoundaries`]), fetched only when an area is needed;
    /// absent when the council gave none. The app fetches it for "use my location"
    /// when `bounds` holds the position, and for a station's map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub districts: Option<String>,
    /// `[[west, south], [east, north]]`: the box holding every district of `districts`,
    /// rounded outward to a thousandth of a degree ([`super::bounds`]), so that "use
    /// my location" fetches only the boundaries of councils whose box holds the
    /// position. Absent without boundaries, and in bundles built before it was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<super::Bounds>,
    /// `elections/{id}.{hash}.json`: the council's elections, ballots and candidates
    /// ([`crate::elections::ElectionsFile`], the format of a single council's
    /// `elections.json`); absent when it gave none. The app fetches it for the
    /// council of the voter's lookup or of the station page shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elections: Option<String>,
}

/// A national `bundle.json`.
/// The app reads it with `bundle::read::NationalIndexFields`, a smaller reader than the derived
/// one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct NationalIndex {
    pub format: String,
    pub format_version: u32,
    #[serde(default)]
    pub fictional: bool,
    pub shard_by: ShardBy,
    /// Every council, in natural order of their ids.
    pub councils: Vec<CouncilEntry>,
    /// Area (or council id) → its station-lookup shard.
    pub lookup: BTreeMap<String, ShardSummary>,
    /// Area (or council id) → its address-list shard.
    pub address_lists: BTreeMap<String, ShardSummary>,
    /// With `shard_by: council` only: outward code (`AA1`) → the councils with
    /// addresses in it, whose shards a lookup there fetches in turn.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outward_codes: BTreeMap<String, Vec<String>>,
}

impl NationalIndex {
    /// The keys of the lookup shards that may hold `postcode`, in the order to try.
    pub fn shard_keys(&self, postcode: &Postcode) -> Vec<&str> {
        match self.shard_by {
            ShardBy::Area => {
                self.lookup.get_key_value(postcode.area()).map(|(key, _)| key.as_str()).into_iter().collect()
            }
            ShardBy::Council => self
                .outward_codes
                .get(postcode.outward())
                .map(|keys| keys.iter().map(String::as_str).filter(|key| self.lookup.contains_key(*key)).collect())
                .unwrap_or_default(),
        }
    }

    /// The shard keys a postcode area needs for "download all data for this area":
    /// the area itself, or every council with addresses in it.
    pub fn area_keys(&self, area: &str) -> Vec<&str> {
        match self.shard_by {
            ShardBy::Area => self.lookup.get_key_value(area).map(|(key, _)| key.as_str()).into_iter().collect(),
            ShardBy::Council => {
                let mut keys: Vec<&str> = self
                    .outward_codes
                    .iter()
                    .filter(|(outward, _)| outward_area(outward) == area)
                    .flat_map(|(_, keys)| keys.iter().map(String::as_str))
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                keys
            }
        }
    }

    /// The council with this id.
    pub fn council(&self, id: &str) -> Option<&CouncilEntry> {
        self.councils.iter().find(|entry| entry.council.id == id)
    }
}

fn outward_area(outward: &str) -> &str {
    let letters = outward.chars().take_while(char::is_ascii_alphabetic).count();
    &outward[..letters]
}

/// One address of a split postcode: `[uprn, label, station or null, council]`, the
/// numbers indexing the shard's `stations` and `councils`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SplitAddress(pub String, pub String, pub Option<u32>, pub u32);

/// `lookup/{KEY}.{hash}.json`: what a lookup needs for one area or council. The app
/// reads it with `bundle::read::LookupShardFields`, a smaller reader than the derived
/// one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct LookupShard {
    pub format: String,
    pub format_version: u32,
    /// The area or council id the index lists it under.
    pub key: String,
    /// The ids of the councils its stations and postcodes belong to.
    pub councils: Vec<String>,
    /// `[council, station]`: every station a postcode here votes at.
    pub stations: Vec<(u32, PollingStation)>,
    /// Compact postcode → its one station, for postcodes that all vote in one place.
    pub postcodes: BTreeMap<String, u32>,
    /// Compact postcode → its council, for postcodes whose station is not known.
    #[serde(default)]
    pub unassigned: BTreeMap<String, u32>,
    /// Compact postcode → its addresses, for split postcodes, in natural order.
    #[serde(default)]
    pub split: BTreeMap<String, Vec<SplitAddress>>,
    /// Compact postcode → the UPRNs whose polling station has changed since the
    /// previous bundle (`pollcard build --previous`), sorted. A postcode that votes in
    /// one place lists none (this shard never lists its addresses): it is there when
    /// any of its addresses changed. Absent when nothing changed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub station_changed: BTreeMap<String, Vec<String>>,
}

impl LookupShard {
    /// Reads and checks a lookup shard; `expected_key` is the key the index gave.
    pub fn from_json(file: &str, expected_key: &str, bytes: &[u8]) -> Result<LookupShard, BundleError> {
        let header: FormatHeader = parse(file, bytes)?;
        check_header(&header, file, LOOKUP_SHARD_FORMAT)?;
        let shard: LookupShard = parse(file, bytes)?;
        check_key(file, &shard.key, expected_key)?;
        Ok(shard)
    }

    /// Whether the shard knows this postcode.
    pub fn holds(&self, postcode: &Postcode) -> bool {
        let compact = postcode.compact();
        self.postcodes.contains_key(compact)
            || self.unassigned.contains_key(compact)
            || self.split.contains_key(compact)
    }
}

/// `addresses/{KEY}.{hash}.json`: every address, `[uprn, label]`, by postcode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AddressListShard {
    pub format: String,
    pub format_version: u32,
    pub key: String,
    pub postcodes: BTreeMap<String, Vec<(String, String)>>,
}

impl AddressListShard {
    /// Reads and checks an address list; `expected_key` is the key the index gave.
    pub fn from_json(file: &str, expected_key: &str, bytes: &[u8]) -> Result<AddressListShard, BundleError> {
        let header: FormatHeader = parse(file, bytes)?;
        check_header(&header, file, ADDRESS_LIST_FORMAT)?;
        let shard: AddressListShard = parse(file, bytes)?;
        check_key(file, &shard.key, expected_key)?;
        Ok(shard)
    }

    /// Whether `uprn` is an address of `postcode` in this list.
    pub fn holds_address(&self, postcode: &Postcode, uprn: &str) -> bool {
        let wanted = uprn.trim();
        self.postcodes.get(postcode.compact()).is_some_and(|list| list.iter().any(|(known, _)| known == wanted))
    }
}

/// `stations/{COUNCIL}.{hash}.json`: one council's stations, in natural order of ids.
/// The app reads it with `bundle::read::StationsFileFields`, a smaller reader than the derived
/// one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct StationsFile {
    pub format: String,
    pub format_version: u32,
    pub council: String,
    pub stations: Vec<PollingStation>,
    /// The council's polling districts that have a station (all their addresses vote
    /// there), as `id` and `station_id` only: what "use my location" needs to go from
    /// a district to its station. Absent when none has, and in older bundles (the app
    /// then offers the stations located inside the district).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<PollingDistrict>,
}

impl StationsFile {
    /// Reads and checks a stations file; `expected_council` is the council's id.
    pub fn from_json(file: &str, expected_council: &str, bytes: &[u8]) -> Result<StationsFile, BundleError> {
        let header: FormatHeader = parse(file, bytes)?;
        check_header(&header, file, STATIONS_FORMAT)?;
        let stations: StationsFile = parse(file, bytes)?;
        check_key(file, &stations.council, expected_council)?;
        Ok(stations)
    }
}

fn check_key(file: &str, found: &str, expected: &str) -> Result<(), BundleError> {
    if found == expected {
        Ok(())
    } else {
        Err(BundleError::WrongKey { file: file.to_owned(), found: found.to_owned(), expected: expected.to_owned() })
    }
}

/// A `bundle.json` of either kind.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyIndex {
    Council(Box<BundleIndex>),
    National(NationalIndex),
}

impl AnyIndex {
    /// Reads `bundle.json`, whichever kind it is.
    pub fn from_json(bytes: &[u8]) -> Result<AnyIndex, BundleError> {
        let file = INDEX_FILE;
        let header: FormatHeader = parse(file, bytes)?;
        if header.format == NATIONAL_FORMAT {
            check_header(&header, file, NATIONAL_FORMAT)?;
            return Ok(AnyIndex::National(parse(file, bytes)?));
        }
        check_header(&header, file, BUNDLE_FORMAT)?;
        Ok(AnyIndex::Council(Box::new(parse(file, bytes)?)))
    }
}

#[cfg(test)]
mod address_list_tests {
    use super::*;

    #[test]
    fn an_address_list_answers_whether_a_uprn_is_in_a_postcode() {
        let list = AddressListShard {
            format: ADDRESS_LIST_FORMAT.to_owned(),
            format_version: 1,
            key: "AA".into(),
            postcodes: BTreeMap::from([("AA11AA".to_owned(), vec![("101".to_owned(), "1 High Street".to_owned())])]),
        };
        let postcode = |text: &str| Postcode::parse(text).expect("valid");
        assert!(list.holds_address(&postcode("aa1 1aa"), " 101 "));
        assert!(!list.holds_address(&postcode("AA1 1AA"), "102"));
        assert!(!list.holds_address(&postcode("AA1 1AB"), "101"));
    }
}
