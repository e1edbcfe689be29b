//! Answering a lookup from a national bundle with the single-council code.
//!
//! A lookup needs one council, its stations and one postcode's addresses. Rather than
//! a second lookup implementation, a national lookup shard is turned into exactly
//! that — a small single-council [`BundleIndex`] and [`PostcodeShard`] — so the
//! answers (and the app's pages, which show one council) are the same whichever kind
//! of bundle they came from.

use std::collections::BTreeMap;

use super::super::format::{AddressRecord, BundleIndex, PostcodeShard, ShardRef, FORMAT_VERSION, SHARD_FORMAT};
use super::format::{LookupShard, NationalIndex};
use crate::model::PollingStation;
use crate::postcode::Postcode;

/// One postcode of a national bundle, as a single-council bundle.
#[derive(Clone, Debug, PartialEq)]
pub struct CouncilView {
    /// The postcode's council and the stations its addresses vote at.
    pub index: BundleIndex,
    /// The postcode's addresses (only the one postcode).
    pub shard: PostcodeShard,
}

impl CouncilView {
    /// The view of `postcode`, or `None` when `shard` does not hold it (or names a
    /// council the index does not have). A split postcode can cross a council
    /// boundary: the view's council is then that of the address with `uprn`, if
    /// given, else of the first address.
    pub fn of(
        index: &NationalIndex,
        shard: &LookupShard,
        postcode: &Postcode,
        uprn: Option<&str>,
    ) -> Option<CouncilView> {
        let compact = postcode.compact();
        let station = |number: u32| shard.stations.get(number as usize);
        let (council, stations, records): (u32, Vec<&PollingStation>, Vec<AddressRecord>) =
            if let Some(&number) = shard.postcodes.get(compact) {
                let (council, station) = station(number)?;
                let record = AddressRecord(String::new(), String::new(), Some(station.id.clone()), None);
                (*council, vec![station], vec![record])
            } else if let Some(&council) = shard.unassigned.get(compact) {
                (council, Vec::new(), vec![AddressRecord(String::new(), String::new(), None, None)])
            } else {
                let addresses = shard.split.get(compact)?;
                let chosen = uprn.and_then(|uprn| addresses.iter().find(|address| address.0 == uprn.trim()));
                let council = chosen.or(addresses.first())?.3;
                let mut stations = Vec::new();
                let mut records = Vec::with_capacity(addresses.len());
                for address in addresses {
                    let found = address.2.and_then(station).map(|(_, station)| station);
                    if let Some(found) = found {
                        if !stations.iter().any(|known: &&PollingStation| known.id == found.id) {
                            stations.push(found);
                        }
                    }
                    let id = found.map(|station| station.id.clone());
                    records.push(AddressRecord(address.0.clone(), address.1.clone(), id, None));
                }
                (council, stations, records)
            };
        let council_id = shard.councils.get(council as usize)?;
        let entry = index.council(council_id)?;
        let area = postcode.area().to_owned();
        let shard_ref = ShardRef { path: String::new(), postcodes: 1, addresses: count(records.len()) };
        Some(CouncilView {
            index: BundleIndex::new(
                entry.council.clone(),
                index.fictional,
                stations.into_iter().cloned().collect(),
                Vec::new(),
                BTreeMap::from([(area.clone(), shard_ref)]),
            ),
            shard: PostcodeShard {
                format: SHARD_FORMAT.to_owned(),
                format_version: FORMAT_VERSION,
                area,
                postcodes: BTreeMap::from([(compact.to_owned(), records)]),
                station_changed: BTreeMap::new(),
            },
        })
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
