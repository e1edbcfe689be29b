//! Answering a lookup from a national bundle with the single-council code.
//!
//! A lookup needs one council, its stations and one postcode's addresses. Rather than
//! a second lookup implementation, a national lookup shard is turned into exactly
//! that — a small single-council [`BundleIndex`] and [`PostcodeShard`] — so the
//! answers (and the app's pages, which show one council) are the same whichever kind
//! of bundle they came from.

use std::collections::BTreeMap;

use super::super::format::{AddressRecord, BundleIndex, PostcodeShard, ShardRef, FORMAT_VERSION, SHARD_FORMAT};
use super::format::{CouncilEntry, LookupShard, NationalIndex, StationsFile};
use crate::model::{PollingStation, StationId};
use crate::postcode::Postcode;

/// One postcode of a national bundle, as a single-council bundle.
#[derive(Clone, Debug, PartialEq)]
pub struct CouncilView {
    /// The postcode's council and the stations its addresses vote at.
    pub index: BundleIndex,
    /// The postcode's addresses (only the one postcode).
    pub shard: PostcodeShard,
    /// The council id of each of `index.stations`, in the same order: a split
    /// postcode can vote in two councils, and station ids are only unique within one.
    pub station_councils: Vec<String>,
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
        let (council, stations, records): (u32, Vec<&(u32, PollingStation)>, Vec<AddressRecord>) =
            if let Some(&number) = shard.postcodes.get(compact) {
                let found = station(number)?;
                let record = AddressRecord(String::new(), String::new(), Some(found.1.id.clone()), None);
                (found.0, vec![found], vec![record])
            } else if let Some(&council) = shard.unassigned.get(compact) {
                (council, Vec::new(), vec![AddressRecord(String::new(), String::new(), None, None)])
            } else {
                let addresses = shard.split.get(compact)?;
                let chosen = uprn.and_then(|uprn| addresses.iter().find(|address| address.0 == uprn.trim()));
                let council = chosen.or(addresses.first())?.3;
                let mut stations = Vec::new();
                let mut records = Vec::with_capacity(addresses.len());
                for address in addresses {
                    let found = address.2.and_then(station);
                    if let Some(found) = found {
                        if !stations.iter().any(|known: &&(u32, PollingStation)| std::ptr::eq(*known, found)) {
                            stations.push(found);
                        }
                    }
                    let id = found.map(|(_, station)| station.id.clone());
                    records.push(AddressRecord(address.0.clone(), address.1.clone(), id, None));
                }
                (council, stations, records)
            };
        // `--previous`: a postcode that votes in one place is one record without a
        // UPRN here, so its mark (an empty list) becomes that record's.
        let station_changed = match shard.station_changed.get(compact) {
            Some(uprns) if uprns.is_empty() => BTreeMap::from([(compact.to_owned(), vec![String::new()])]),
            Some(uprns) => BTreeMap::from([(compact.to_owned(), uprns.clone())]),
            None => BTreeMap::new(),
        };
        let council_id = shard.councils.get(council as usize)?;
        let entry = index.council(council_id)?;
        let area = postcode.area().to_owned();
        let shard_ref = ShardRef { path: String::new(), postcodes: 1, addresses: count(records.len()) };
        let station_councils = stations
            .iter()
            .map(|(council, _)| shard.councils.get(*council as usize).cloned())
            .collect::<Option<_>>()?;
        Some(CouncilView {
            station_councils,
            index: BundleIndex::new(
                entry.council.clone(),
                index.fictional,
                stations.into_iter().map(|(_, station)| station.clone()).collect(),
                Vec::new(),
                BTreeMap::from([(area.clone(), shard_ref)]),
            ),
            shard: PostcodeShard {
                format: SHARD_FORMAT.to_owned(),
                format_version: FORMAT_VERSION,
                area,
                postcodes: BTreeMap::from([(compact.to_owned(), records)]),
                station_changed,
            },
        })
    }
}

impl CouncilView {
    /// The id of the council that `station` (one of this view's) belongs to.
    pub fn council_of(&self, station: &StationId) -> Option<&str> {
        let position = self.index.stations.iter().position(|known| &known.id == station)?;
        self.station_councils.get(position).map(String::as_str)
    }
}

/// A whole council of a national bundle, as a single-council index with every
/// station of its stations file (read with [`StationsFile::from_json`], which checks
/// it is `entry`'s), its districts' stations and no postcodes: what a station page
/// opened by its address, or a location search in that council, needs.
pub fn council_index(national: &NationalIndex, entry: &CouncilEntry, file: StationsFile) -> BundleIndex {
    BundleIndex::new(entry.council.clone(), national.fictional, file.stations, file.districts, BTreeMap::new())
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::super::tests::council;
    use super::super::{AnyIndex, NationalBuilder, ShardAddress, ShardBy, STATIONS_FORMAT};
    use super::*;
    use crate::bundle::INDEX_FILE;

    /// Station `id`, called `name`.
    fn station(id: &str, name: &str) -> PollingStation {
        PollingStation { name: name.into(), ..super::super::tests::station(id) }
    }

    /// Two councils whose stations are both called S1; AA11AA is split between them.
    fn built() -> (NationalIndex, LookupShard, Vec<crate::bundle::BundleFile>) {
        let mut builder = NationalBuilder::new(ShardBy::Area, true);
        let one = builder.table.add_council(council("one"), vec![station("S1", "One Hall")]).expect("new");
        let two = builder.table.add_council(council("two"), vec![station("S1", "Two Hall")]).expect("new");
        let address = |uprn: &str, council: u32| ShardAddress {
            postcode: "AA11AA".into(),
            uprn: uprn.to_owned().into(),
            label: format!("{uprn} Border Road").into(),
            council,
            station: builder.table.station_number(council, "S1"),
        };
        let addresses = vec![address("1", one), address("2", two)];
        let shard = builder.shard("AA", addresses);
        let files = builder.finish();
        let bytes = &files.iter().find(|file| file.path == INDEX_FILE).expect("index").bytes;
        let AnyIndex::National(index) = AnyIndex::from_json(bytes).expect("reads") else { panic!("national") };
        let lookup = LookupShard::from_json(&shard.lookup.path, "AA", &shard.lookup.bytes).expect("reads");
        (index, lookup, files)
    }

    #[test]
    fn a_split_view_knows_each_stations_council_even_when_their_ids_collide() {
        let (index, shard, _) = built();
        let postcode = Postcode::parse("AA1 1AA").expect("valid");
        let view = CouncilView::of(&index, &shard, &postcode, None).expect("held");
        let names: Vec<&str> = view.index.stations.iter().map(|station| station.name.as_str()).collect();
        assert_eq!(names, ["One Hall", "Two Hall"], "both stations, not one per id");
        assert_eq!(view.station_councils, ["one", "two"]);
        assert_eq!(view.council_of(&StationId::from("S1")), Some("one"));
        assert_eq!(view.council_of(&StationId::from("S9")), None);
    }

    #[test]
    fn a_stations_file_becomes_its_whole_councils_index() {
        let (index, _, files) = built();
        let entry = index.council("two").expect("listed");
        let bytes = &files.iter().find(|file| file.path == entry.stations).expect("written").bytes;
        let file = StationsFile::from_json(&entry.stations, "two", bytes).expect("reads");
        assert_eq!(file.format, STATIONS_FORMAT);
        assert!(StationsFile::from_json(&entry.stations, "one", bytes).is_err(), "another council's file");
        let council = council_index(&index, entry, file);
        assert_eq!(council.council.id, "two");
        assert!(council.fictional);
        assert_eq!(council.station("S1").map(|station| station.name.as_str()), Some("Two Hall"));
        assert!(council.postcode_areas.is_empty());
    }
}
