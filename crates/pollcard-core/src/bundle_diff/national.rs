//! Diffs of national bundles, one council at a time.
//!
//! A national bundle keeps a council's addresses spread over postcode-area shards
//! (or in its own shard), without their stations for postcodes that vote in one
//! place. To compare two of them without holding a country in memory, each side's
//! shards are read one at a time and cut into per-council address lists
//! ([`addresses_by_council`]), which the caller parks on disk; each council is then
//! rebuilt as a single-council [`BundleContents`] ([`council_contents`]) and compared
//! with [`super::diff`], exactly as two single-council bundles are.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::BundleContents;
use crate::bundle::national::{AddressListShard, LookupShard};
use crate::bundle::{AddressRecord, BundleIndex, PostcodeShard, ShardRef, FORMAT_VERSION, SHARD_FORMAT};
use crate::model::{Council, PollingStation, StationId};
use crate::postcode::Postcode;

/// The `format` value of a national diff's JSON.
pub const NATIONAL_DIFF_FORMAT: &str = "pollcard-national-diff/1";

/// One address as a diff needs it: where it is, what it is called, where it votes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilAddress {
    /// Compact postcode, `AA11AA`.
    pub postcode: String,
    pub uprn: String,
    pub label: String,
    pub station: Option<StationId>,
}

/// Cuts one shard's addresses by council: `lookup` says who votes where, `list` (the
/// address list of the same key) names the addresses of postcodes that vote in one
/// place, which the lookup shard does not list. Without the list those postcodes'
/// addresses are unknown and left out.
pub fn addresses_by_council(
    lookup: &LookupShard,
    list: Option<&AddressListShard>,
) -> BTreeMap<String, Vec<CouncilAddress>> {
    let mut by_council: BTreeMap<String, Vec<CouncilAddress>> = BTreeMap::new();
    let council_id = |number: u32| lookup.councils.get(number as usize);
    let mut push = |council: Option<&String>, address: CouncilAddress| {
        if let Some(council) = council {
            by_council.entry(council.clone()).or_default().push(address);
        }
    };
    let listed = |postcode: &str| list.and_then(|list| list.postcodes.get(postcode)).into_iter().flatten();
    for (postcode, &number) in &lookup.postcodes {
        let Some((council, station)) = lookup.stations.get(number as usize) else { continue };
        for (uprn, label) in listed(postcode) {
            push(
                council_id(*council),
                CouncilAddress {
                    postcode: postcode.clone(),
                    uprn: uprn.clone(),
                    label: label.clone(),
                    station: Some(station.id.clone()),
                },
            );
        }
    }
    for (postcode, &council) in &lookup.unassigned {
        for (uprn, label) in listed(postcode) {
            let address =
                CouncilAddress { postcode: postcode.clone(), uprn: uprn.clone(), label: label.clone(), station: None };
            push(council_id(council), address);
        }
    }
    for (postcode, addresses) in &lookup.split {
        for address in addresses {
            let station = address.2.and_then(|number| lookup.stations.get(number as usize));
            let address_council = council_id(address.3);
            push(
                address_council,
                CouncilAddress {
                    postcode: postcode.clone(),
                    uprn: address.0.clone(),
                    label: address.1.clone(),
                    station: station.map(|(_, station)| station.id.clone()),
                },
            );
        }
    }
    by_council
}

/// One council of a national bundle as a single-council bundle: its stations (from
/// its stations file) and its addresses, in postcode-area shards.
pub fn council_contents(
    council: Council,
    fictional: bool,
    stations: Vec<PollingStation>,
    addresses: impl IntoIterator<Item = CouncilAddress>,
) -> BundleContents {
    let mut areas: BTreeMap<String, BTreeMap<String, Vec<AddressRecord>>> = BTreeMap::new();
    for address in addresses {
        let area = Postcode::parse(&address.postcode)
            .map(|postcode| postcode.area().to_owned())
            .unwrap_or_else(|_| address.postcode.chars().take_while(char::is_ascii_alphabetic).collect());
        areas.entry(area).or_default().entry(address.postcode).or_default().push(AddressRecord(
            address.uprn,
            address.label,
            address.station,
            None,
        ));
    }
    let postcode_areas = areas
        .iter()
        .map(|(area, postcodes)| {
            let shard = ShardRef {
                path: String::new(),
                postcodes: count(postcodes.len()),
                addresses: count(postcodes.values().map(Vec::len).sum()),
            };
            (area.clone(), shard)
        })
        .collect();
    let shards = areas
        .into_iter()
        .map(|(area, postcodes)| PostcodeShard {
            format: SHARD_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            area,
            postcodes,
            station_changed: BTreeMap::new(),
        })
        .collect();
    BundleContents { index: BundleIndex::new(council, fictional, stations, Vec::new(), postcode_areas), shards }
}

/// A council that is in only one of the two bundles, compared with nothing.
pub fn empty_like(council: &Council, fictional: bool) -> BundleContents {
    council_contents(council.clone(), fictional, Vec::new(), Vec::new())
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether a council is in both bundles or only one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CouncilPresence {
    /// In both: `diff` compares its two versions.
    Both,
    /// Only in the new bundle: every station and address is added.
    Added,
    /// Only in the old bundle: every station and address is removed.
    Removed,
}

/// One council's part of a national diff, as `pollcard diff --json` writes it in the
/// `councils` list of a `pollcard-national-diff/1` document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CouncilDiff {
    pub council: String,
    pub presence: CouncilPresence,
    pub diff: super::BundleDiff,
}
