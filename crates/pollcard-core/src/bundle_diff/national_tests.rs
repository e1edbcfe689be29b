//! National diffs from the core's side: cutting shards by council and rebuilding a
//! council, and the "station changed" marks reaching the app through [`CouncilView`].

use std::collections::BTreeMap;

use super::national::{addresses_by_council, council_contents, CouncilAddress};
use super::{diff, BundleContents};
use crate::bundle::national::{
    AddressListShard, AnyIndex, CouncilView, LookupShard, NationalBuilder, NationalIndex, ShardAddress, ShardBy,
};
use crate::bundle::INDEX_FILE;
use crate::model::{Council, LocalizedText, Nation, OpeningHours, PollingStation, StationId};
use crate::postcode::Postcode;

fn station(id: &str) -> PollingStation {
    PollingStation {
        id: StationId::from(id),
        name: format!("{id} Hall"),
        address: "Hall Road".into(),
        postcode: None,
        location: None,
        opening_hours: OpeningHours::default(),
        accessibility: Default::default(),
    }
}

fn council(id: &str) -> Council {
    Council { id: id.into(), name: LocalizedText::english(id), nation: Nation::Wales, contact: Default::default() }
}

/// Councils `one` (S1, S2) and `two` (T1): AA11AA votes at S1; AA11AB is split
/// between S1 and S2; AA22AA is split across the councils; AA33AA has no station.
fn national(changed: BTreeMap<String, Vec<String>>) -> (NationalIndex, LookupShard, AddressListShard) {
    let mut builder = NationalBuilder::new(ShardBy::Area, true);
    let one = builder.table.add_council(council("one"), vec![station("S1"), station("S2")]).expect("new");
    let two = builder.table.add_council(council("two"), vec![station("T1")]).expect("new");
    builder.station_changed = changed;
    let rows = [
        ("AA11AA", "1", one, Some("S1")),
        ("AA11AA", "2", one, Some("S1")),
        ("AA11AB", "3", one, Some("S1")),
        ("AA11AB", "4", one, Some("S2")),
        ("AA22AA", "5", one, Some("S2")),
        ("AA22AA", "6", two, Some("T1")),
        ("AA33AA", "7", two, None),
    ];
    let addresses: Vec<ShardAddress> = rows
        .iter()
        .map(|&(postcode, uprn, council, station)| ShardAddress {
            postcode: postcode.into(),
            uprn: uprn.into(),
            label: format!("{uprn} Road").into(),
            council,
            station: station.and_then(|id| builder.table.station_number(council, id)),
        })
        .collect();
    let shard = builder.shard("AA", addresses);
    let files = builder.finish();
    let bytes = &files.iter().find(|file| file.path == INDEX_FILE).expect("index").bytes;
    let AnyIndex::National(index) = AnyIndex::from_json(bytes).expect("reads") else { panic!("national") };
    let lookup = LookupShard::from_json(&shard.lookup.path, "AA", &shard.lookup.bytes).expect("reads");
    let list = AddressListShard::from_json(&shard.address_list.path, "AA", &shard.address_list.bytes).expect("reads");
    (index, lookup, list)
}

fn uprns_by_council(lookup: &LookupShard, list: &AddressListShard) -> BTreeMap<String, Vec<(String, Option<String>)>> {
    addresses_by_council(lookup, Some(list))
        .into_iter()
        .map(|(council, addresses)| {
            let mut found: Vec<(String, Option<String>)> = addresses
                .into_iter()
                .map(|address| (address.uprn, address.station.map(|station| station.as_str().to_owned())))
                .collect();
            found.sort();
            (council, found)
        })
        .collect()
}

#[test]
fn a_shard_is_cut_into_each_councils_addresses_with_their_stations() {
    let (_, lookup, list) = national(BTreeMap::new());
    let by_council = uprns_by_council(&lookup, &list);
    let with = |uprn: &str, station: Option<&str>| (uprn.to_owned(), station.map(str::to_owned));
    assert_eq!(
        by_council["one"],
        [
            with("1", Some("S1")),
            with("2", Some("S1")),
            with("3", Some("S1")),
            with("4", Some("S2")),
            with("5", Some("S2"))
        ]
    );
    assert_eq!(by_council["two"], [with("6", Some("T1")), with("7", None)]);
    assert!(addresses_by_council(&lookup, None)["one"].iter().all(|address| address.postcode != "AA11AA"));
}

#[test]
fn a_council_rebuilt_from_its_addresses_diffs_like_a_single_bundle() {
    let address = |uprn: &str, station: &str| CouncilAddress {
        postcode: "AA11AA".into(),
        uprn: uprn.into(),
        label: format!("{uprn} Road"),
        station: Some(StationId::from(station)),
    };
    let contents = |station_of_2: &str| -> BundleContents {
        council_contents(
            council("one"),
            true,
            vec![station("S1"), station("S2")],
            [address("1", "S1"), address("2", station_of_2)],
        )
    };
    let (old, new) = (contents("S1"), contents("S2"));
    assert_eq!(new.index.postcode_areas["AA"].addresses, 2);
    let changes = diff(&old, &new);
    assert_eq!(changes.addresses.station_changed_count, 1);
    assert_eq!(
        changes.voters_sent_elsewhere(&old, &new),
        BTreeMap::from([("AA11AA".to_owned(), vec!["2".to_owned()])])
    );
}

#[test]
fn the_app_sees_a_changed_station_in_a_national_bundle() {
    let changed = BTreeMap::from([
        ("AA11AA".to_owned(), vec!["2".to_owned()]),
        ("AA11AB".to_owned(), vec!["4".to_owned()]),
        ("AA22AA".to_owned(), vec!["9".to_owned()]),
    ]);
    let (index, lookup, _) = national(changed);
    assert_eq!(
        lookup.station_changed,
        BTreeMap::from([("AA11AA".to_owned(), Vec::new()), ("AA11AB".to_owned(), vec!["4".to_owned()])]),
        "a one-station postcode is marked without its UPRNs; an unknown UPRN marks nothing"
    );
    let view = |postcode: &str| {
        let postcode = Postcode::parse(postcode).expect("valid");
        (CouncilView::of(&index, &lookup, &postcode, None).expect("held"), postcode)
    };
    let (whole, postcode) = view("AA1 1AA");
    assert!(whole.shard.station_changed_at(&postcode, &StationId::from("S1")));
    let (split, postcode) = view("AA1 1AB");
    assert!(split.shard.station_changed(&postcode, "4"));
    assert!(!split.shard.station_changed(&postcode, "3"));
    assert!(split.shard.station_changed_at(&postcode, &StationId::from("S2")));
    assert!(!split.shard.station_changed_at(&postcode, &StationId::from("S1")));
    let (across, postcode) = view("AA2 2AA");
    assert!(!across.shard.station_changed_at(&postcode, &StationId::from("S2")));

    let (index, lookup, _) = national(BTreeMap::new());
    assert!(lookup.station_changed.is_empty());
    let postcode = Postcode::parse("AA1 1AA").expect("valid");
    let view = CouncilView::of(&index, &lookup, &postcode, None).expect("held");
    assert!(!view.shard.station_changed_at(&postcode, &StationId::from("S1")));
}
