//! Writing a national bundle, one shard at a time.
//!
//! The caller (the CLI) reads councils one by one, registers each council's stations
//! in a [`StationTable`], and hands this module one shard's addresses at a time as
//! [`ShardAddress`]es; nothing here needs every address at once, so a country's worth
//! of data never has to be in memory together. Output is deterministic: addresses are
//! sorted by postcode, then natural order of their labels, then UPRN, whatever order
//! they arrived in, and the index's maps are sorted.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::super::format::FORMAT_VERSION;
use super::super::writer::{to_json, BundleFile};
use super::super::INDEX_FILE;
use super::address_list::write_address_list;
use super::format::{
    CouncilEntry, LookupShard, NationalIndex, ShardBy, ShardSummary, SplitAddress, StationsFile, LOOKUP_SHARD_FORMAT,
    NATIONAL_FORMAT, STATIONS_FORMAT,
};
use super::position::Bounds;
use crate::model::{Council, PollingDistrict, PollingStation};
use crate::natural_order;
use crate::release::sha256_hex;

/// How many hex digits of the SHA-256 a content-addressed name carries (64 bits).
const HASH_DIGITS: usize = 16;

/// `{folder}/{key}.{hash}.json`: a name that changes whenever the content does.
pub fn content_path(folder: &str, key: &str, bytes: &[u8]) -> String {
    format!("{folder}/{key}.{}.json", &sha256_hex(bytes)[..HASH_DIGITS])
}

/// One address on its way into a shard. `council` and `station` are numbers from
/// the [`StationTable`].
///
/// The texts may borrow: a national build reads an area's addresses back from one
/// spill file and a council's from its imported data, and copying every text into
/// its own `String` (three allocations an address, freed again after the shard) was
/// most of reading the spill back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardAddress<'a> {
    /// Compact postcode, `AA11AA`.
    pub postcode: Cow<'a, str>,
    pub uprn: Cow<'a, str>,
    pub label: Cow<'a, str>,
    pub council: u32,
    pub station: Option<u32>,
}

/// `addresses` sorted by postcode, then natural order of their labels, then UPRN
/// (addresses equal in all three keep the order they came in).
///
/// A shard sorts hundreds of thousands of addresses, and following each address to
/// its postcode's string for every comparison (a cache miss, then a `memcmp`) was
/// most of a build's sorting time. So the positions are sorted first on a number that
/// orders as the postcode does ([`postcode_key`]), sixteen bytes a position and no
/// string touched; then each run of equal numbers (one postcode, nearly always) is
/// sorted on the strings. The addresses themselves stay where they are: the shard is
/// written through references in that order (moving every address into a new vector,
/// twice, cost a copy of the shard in fresh memory).
fn in_shard_order<'s, 'a>(addresses: &'s [ShardAddress<'a>]) -> Vec<&'s ShardAddress<'a>> {
    let mut order: Vec<(u64, usize)> =
        addresses.iter().enumerate().map(|(position, address)| (postcode_key(&address.postcode), position)).collect();
    // Positions are unique, so any sort gives the same order; the stable one merges
    // the runs already in order (each council's addresses arrive sorted, nearly
    // always) instead of sorting every position afresh.
    order.sort();
    for run in order.chunk_by_mut(|a, b| a.0 == b.0) {
        if run.len() > 1 {
            // Stable, and the run is in arrival order: equal addresses keep it.
            run.sort_by(|&(_, a), &(_, b)| {
                let (a, b) = (&addresses[a], &addresses[b]);
                a.postcode
                    .cmp(&b.postcode)
                    .then_with(|| natural_order::compare(&a.label, &b.label))
                    .then_with(|| a.uprn.cmp(&b.uprn))
            });
        }
    }
    order.iter().map(|&(_, position)| &addresses[position]).collect()
}

/// A number that orders as postcodes do: the first eight bytes (all of a compact
/// postcode's), padded with zeros, read big-endian. A smaller key means a smaller
/// string; equal keys leave the strings to be compared.
fn postcode_key(postcode: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let prefix = &postcode.as_bytes()[..postcode.len().min(8)];
    bytes[..prefix.len()].copy_from_slice(prefix);
    u64::from_be_bytes(bytes)
}

/// Every council and station of the bundle, numbered in the order they were added.
#[derive(Debug, Default)]
pub struct StationTable {
    councils: Vec<Council>,
    stations: Vec<(u32, PollingStation)>,
    /// Per council: station id → station number.
    numbers: Vec<HashMap<String, u32>>,
}

impl StationTable {
    /// Adds a council and its stations; returns the council's number, or `None` when
    /// a council with this id was added before.
    pub fn add_council(&mut self, council: Council, stations: Vec<PollingStation>) -> Option<u32> {
        if self.councils.iter().any(|known| known.id == council.id) {
            return None;
        }
        let number = count(self.councils.len());
        self.councils.push(council);
        let mut numbers = HashMap::with_capacity(stations.len());
        for station in stations {
            numbers.insert(station.id.as_str().to_owned(), count(self.stations.len()));
            self.stations.push((number, station));
        }
        self.numbers.push(numbers);
        Some(number)
    }

    /// The number of council `council`'s station `id`.
    pub fn station_number(&self, council: u32, id: &str) -> Option<u32> {
        self.numbers.get(council as usize)?.get(id).copied()
    }

    /// How many councils and stations have been added.
    pub fn len(&self) -> (usize, usize) {
        (self.councils.len(), self.stations.len())
    }

    pub fn is_empty(&self) -> bool {
        self.councils.is_empty()
    }
}

/// A shard's two files and what the index says of them.
#[derive(Debug)]
pub struct ShardBuild {
    pub lookup: BundleFile,
    pub address_list: BundleFile,
    pub summary: ShardSummary,
}

/// Builds a national bundle: shards as they come, then the index and stations files.
#[derive(Debug)]
pub struct NationalBuilder {
    pub shard_by: ShardBy,
    pub fictional: bool,
    pub table: StationTable,
    lookup: BTreeMap<String, ShardSummary>,
    address_lists: BTreeMap<String, ShardSummary>,
    outward_codes: BTreeMap<String, Vec<String>>,
    /// Council id → its district boundaries file and their box.
    pub(super) district_files: BTreeMap<String, (String, Option<Bounds>)>,
    /// Council id → its districts that have a station (id and station only).
    pub(super) district_stations: BTreeMap<String, Vec<PollingDistrict>>,
    /// Council id → its elections file.
    election_files: BTreeMap<String, String>,
    /// `--previous`: compact postcode → the UPRNs whose station changed (sorted), to
    /// be marked in the lookup shards; filled before the shards that hold them are built.
    pub station_changed: BTreeMap<String, Vec<String>>,
    /// An address list's buffer handed back by the caller ([`Self::give_back`]), for
    /// the next shard's list.
    spare: Vec<u8>,
}

impl NationalBuilder {
    pub fn new(shard_by: ShardBy, fictional: bool) -> NationalBuilder {
        NationalBuilder {
            shard_by,
            fictional,
            table: StationTable::default(),
            lookup: BTreeMap::new(),
            address_lists: BTreeMap::new(),
            outward_codes: BTreeMap::new(),
            district_files: BTreeMap::new(),
            district_stations: BTreeMap::new(),
            election_files: BTreeMap::new(),
            station_changed: BTreeMap::new(),
            spare: Vec::new(),
        }
    }

    /// Hands back a shard's address-list bytes once written, to be the next shard's
    /// buffer: each list is megabytes, and a fresh buffer for each had its pages
    /// faulted in and cleared by the kernel every time.
    pub fn give_back(&mut self, bytes: Vec<u8>) {
        if bytes.capacity() > self.spare.capacity() {
            self.spare = bytes;
        }
    }

    /// Marks the shard's postcodes whose voters' station changed (those of its
    /// `addresses` listed in `station_changed`): a split postcode with those UPRNs,
    /// any other just by its presence.
    fn mark_station_changes(&self, lookup: &mut LookupShard, addresses: &[&ShardAddress<'_>]) {
        if self.station_changed.is_empty() {
            return;
        }
        for address in addresses {
            let Some(uprns) = self.station_changed.get(address.postcode.as_ref()) else { continue };
            if uprns.binary_search_by(|uprn| uprn.as_str().cmp(&address.uprn)).is_err() {
                continue;
            }
            let marked = lookup.station_changed.entry(address.postcode.to_string()).or_default();
            if lookup.split.contains_key(address.postcode.as_ref()) {
                marked.push(address.uprn.to_string());
            }
        }
        for uprns in lookup.station_changed.values_mut() {
            uprns.sort();
            uprns.dedup();
        }
    }

    /// Records where a council's elections file is (the caller writes it, see
    /// [`crate::elections::ElectionsFile::national_file`]), for the council's entry
    /// in the index.
    pub fn add_elections(&mut self, council: &str, path: String) {
        self.election_files.insert(council.to_owned(), path);
    }

    /// Builds the shard `key` (an area, or a council id) from its addresses and
    /// returns its files for the caller to write.
    pub fn shard(&mut self, key: &str, addresses: Vec<ShardAddress<'_>>) -> ShardBuild {
        let addresses = in_shard_order(&addresses);
        let mut lookup = LookupShard {
            format: LOOKUP_SHARD_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            key: key.to_owned(),
            councils: Vec::new(),
            stations: Vec::new(),
            postcodes: BTreeMap::new(),
            unassigned: BTreeMap::new(),
            split: BTreeMap::new(),
            station_changed: BTreeMap::new(),
        };
        let mut postcodes = 0;
        let mut local = LocalNumbers::default();
        let mut start = 0;
        while start < addresses.len() {
            let postcode: &str = &addresses[start].postcode;
            let end = start + addresses[start..].iter().take_while(|address| address.postcode == postcode).count();
            let group = &addresses[start..end];
            if self.shard_by == ShardBy::Council {
                let outward = &postcode[..postcode.len() - 3];
                let keys = self.outward_codes.entry(outward.to_owned()).or_default();
                if !keys.iter().any(|known| known == key) {
                    keys.push(key.to_owned());
                    keys.sort_unstable_by(|a, b| natural_order::compare(a, b));
                }
            }
            self.add_postcode(&mut lookup, &mut local, group);
            postcodes += 1;
            start = end;
        }
        self.mark_station_changes(&mut lookup, &addresses);
        let summary =
            ShardSummary { path: String::new(), postcodes: count(postcodes), addresses: count(addresses.len()) };
        let lookup_bytes = to_json(&lookup);
        let mut list_bytes = std::mem::take(&mut self.spare);
        write_address_list(&mut list_bytes, key, FORMAT_VERSION, &addresses);
        let lookup_file = BundleFile { path: content_path("lookup", key, &lookup_bytes), bytes: lookup_bytes };
        let list_file = BundleFile { path: content_path("addresses", key, &list_bytes), bytes: list_bytes };
        self.lookup.insert(key.to_owned(), ShardSummary { path: lookup_file.path.clone(), ..summary.clone() });
        self.address_lists.insert(key.to_owned(), ShardSummary { path: list_file.path.clone(), ..summary.clone() });
        ShardBuild { lookup: lookup_file, address_list: list_file, summary }
    }

    fn add_postcode(&self, lookup: &mut LookupShard, local: &mut LocalNumbers, group: &[&ShardAddress<'_>]) {
        let first = group[0];
        let postcode = first.postcode.to_string();
        let same = group.iter().all(|address| address.station == first.station && address.council == first.council);
        if same {
            match first.station {
                Some(station) => {
                    let number = local.station(lookup, &self.table, station);
                    lookup.postcodes.insert(postcode, number);
                }
                None => {
                    let council = local.council(lookup, &self.table, first.council);
                    lookup.unassigned.insert(postcode, council);
                }
            }
            return;
        }
        let split = group
            .iter()
            .map(|address| {
                let station = address.station.map(|station| local.station(lookup, &self.table, station));
                let council = local.council(lookup, &self.table, address.council);
                SplitAddress(address.uprn.to_string(), address.label.to_string(), station, council)
            })
            .collect();
        lookup.split.insert(postcode, split);
    }

    /// The stations files and, last, the index. Consumes the builder.
    pub fn finish(self) -> Vec<BundleFile> {
        let mut files = Vec::new();
        let mut by_council: Vec<Vec<PollingStation>> = vec![Vec::new(); self.table.councils.len()];
        for (council, station) in self.table.stations {
            by_council[council as usize].push(station);
        }
        let mut councils = Vec::with_capacity(self.table.councils.len());
        for (council, mut stations) in self.table.councils.into_iter().zip(by_council) {
            stations.sort_by(|a, b| natural_order::compare(a.id.as_str(), b.id.as_str()));
            let station_count = count(stations.len());
            let file = StationsFile {
                format: STATIONS_FORMAT.to_owned(),
                format_version: FORMAT_VERSION,
                council: council.id.clone(),
                stations,
                districts: self.district_stations.get(&council.id).cloned().unwrap_or_default(),
            };
            let bytes = to_json(&file);
            let path = content_path("stations", &council.id, &bytes);
            let (districts, bounds) = self.district_files.get(&council.id).cloned().unzip();
            let elections = self.election_files.get(&council.id).cloned();
            let bounds = bounds.flatten();
            councils.push(CouncilEntry {
                council,
                stations: path.clone(),
                station_count,
                districts,
                bounds,
                elections,
            });
            files.push(BundleFile { path, bytes });
        }
        councils.sort_by(|a, b| natural_order::compare(&a.council.id, &b.council.id));
        let index = NationalIndex {
            format: NATIONAL_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            fictional: self.fictional,
            shard_by: self.shard_by,
            councils,
            lookup: self.lookup,
            address_lists: self.address_lists,
            outward_codes: self.outward_codes,
        };
        files.push(BundleFile { path: INDEX_FILE.to_owned(), bytes: to_json(&index) });
        files
    }
}

/// Global council and station numbers → the shard's own, assigned in first-use order
/// (which is deterministic, as the addresses are sorted).
#[derive(Default)]
struct LocalNumbers {
    councils: HashMap<u32, u32>,
    stations: HashMap<u32, u32>,
}

impl LocalNumbers {
    fn council(&mut self, shard: &mut LookupShard, table: &StationTable, global: u32) -> u32 {
        *self.councils.entry(global).or_insert_with(|| {
            shard.councils.push(table.councils[global as usize].id.clone());
            count(shard.councils.len() - 1)
        })
    }

    fn station(&mut self, shard: &mut LookupShard, table: &StationTable, global: u32) -> u32 {
        if let Some(&number) = self.stations.get(&global) {
            return number;
        }
        let (council, station) = &table.stations[global as usize];
        let council = self.council(shard, table, *council);
        shard.stations.push((council, station.clone()));
        let number = count(shard.stations.len() - 1);
        self.stations.insert(global, number);
        number
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod order_tests {
    use super::*;

    #[test]
    fn a_smaller_postcode_key_is_a_smaller_postcode() {
        let texts: Vec<&str> =
            "|A|A1|A11AA|A111AA|AA11AA|AB101AA|AB11AA|Z|A\0|A\0\0|LONGER1234|LONGER12|LONGER120".split('|').collect();
        for &a in &texts {
            for &b in &texts {
                if postcode_key(a) != postcode_key(b) {
                    assert_eq!(postcode_key(a).cmp(&postcode_key(b)), a.cmp(b), "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn a_shard_is_in_postcode_label_and_uprn_order() {
        fn address<'a>(postcode: &'a str, label: &'a str, uprn: &'a str, council: u32) -> ShardAddress<'a> {
            ShardAddress { postcode: postcode.into(), uprn: uprn.into(), label: label.into(), council, station: None }
        }
        let addresses = vec![
            address("AB11AA", "10 Mill Lane", "5", 0),
            address("AB101AA", "1 Mill Lane", "4", 0),
            address("AB11AA", "2 Mill Lane", "3", 0),
            address("AB11AA", "2 mill lane", "2", 0),
            address("A11AA", "9 High Street", "1", 1),
            address("LONGER1234", "9 High Street", "1", 1),
            address("LONGER12", "9 High Street", "1", 1),
            // Equal but for the council: kept in the order they came.
            address("AB11AA", "2 Mill Lane", "3", 2),
            address("AB11AA", "2 Mill Lane", "3", 1),
        ];
        // A stable sort: equal addresses keep their order.
        let mut expected = addresses.clone();
        expected.sort_by(|a, b| {
            a.postcode
                .cmp(&b.postcode)
                .then_with(|| natural_order::compare(&a.label, &b.label))
                .then_with(|| a.uprn.cmp(&b.uprn))
        });
        assert_eq!(in_shard_order(&addresses).into_iter().cloned().collect::<Vec<_>>(), expected);
    }
}
