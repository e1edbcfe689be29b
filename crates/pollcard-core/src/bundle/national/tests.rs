//! National bundles in memory: shards, the index, reading them back, and lookups
//! through the one-council view.

use super::*;
use crate::bundle::{BundleError, BundleIndex, INDEX_FILE};
use crate::lookup::lookup_postcode;
use crate::model::{Council, CouncilContact, LocalizedText, Nation, OpeningHours, PollingStation, StationId};
use crate::postcode::Postcode;

pub(super) fn station(id: &str) -> PollingStation {
    PollingStation {
        id: StationId::from(id),
        name: format!("Hall {id}"),
        address: "Hall Road".into(),
        postcode: None,
        location: None,
        opening_hours: OpeningHours::default(),
        accessibility: Default::default(),
    }
}

pub(super) fn council(id: &str) -> Council {
    Council {
        id: id.into(),
        name: LocalizedText::english(id),
        nation: Nation::Wales,
        contact: CouncilContact::default(),
    }
}

fn address<'a>(
    postcode: &'a str,
    uprn: &'a str,
    label: &'a str,
    council: u32,
    station: Option<u32>,
) -> ShardAddress<'a> {
    ShardAddress { postcode: postcode.into(), uprn: uprn.into(), label: label.into(), council, station }
}

/// Two councils sharing area AA; both have a station called S1.
fn built() -> (NationalIndex, LookupShard) {
    let mut builder = NationalBuilder::new(ShardBy::Area, true);
    let one = builder.table.add_council(council("one"), vec![station("S1"), station("S2")]).expect("new");
    let two = builder.table.add_council(council("two"), vec![station("S1")]).expect("new");
    assert!(builder.table.add_council(council("one"), Vec::new()).is_none(), "a council id is used once");
    let s1 = builder.table.station_number(one, "S1");
    let s2 = builder.table.station_number(one, "S2");
    let other_s1 = builder.table.station_number(two, "S1");
    let shard = builder.shard(
        "AA",
        vec![
            address("AA11AB", "3", "10 Mill Lane", one, s2),
            address("AA11AA", "1", "1 High Street", one, s1),
            address("AA11AB", "4", "2 Mill Lane", one, s1),
            address("AA22AA", "5", "1 Farm", two, None),
            address("AA33AA", "6", "1 Other Road", two, other_s1),
        ],
    );
    let files = builder.finish();
    let index_bytes = &files.iter().find(|file| file.path == INDEX_FILE).expect("index").bytes;
    let AnyIndex::National(index) = AnyIndex::from_json(index_bytes).expect("reads") else { panic!("national") };
    let lookup = LookupShard::from_json(&shard.lookup.path, "AA", &shard.lookup.bytes).expect("reads");
    (index, lookup)
}

#[test]
fn shards_hold_stations_by_number_and_only_split_postcodes_list_addresses() {
    let (index, shard) = built();
    assert_eq!(shard.councils, ["one", "two"]);
    assert_eq!(shard.postcodes.len(), 2, "AA11AA and AA33AA vote in one place each");
    assert_eq!(shard.unassigned.get("AA22AA"), Some(&1));
    let split: Vec<&str> = shard.split["AA11AB"].iter().map(|address| address.1.as_str()).collect();
    assert_eq!(split, ["2 Mill Lane", "10 Mill Lane"], "natural order");
    assert!(
        index.lookup["AA"].path.starts_with("lookup/AA.")
            && index.address_lists["AA"].path.starts_with("addresses/AA.")
    );
    assert_eq!(index.lookup["AA"].addresses, 5);
}

#[test]
fn a_lookup_answers_with_the_postcodes_own_council_and_station() {
    let (index, shard) = built();
    let postcode = Postcode::parse("AA3 3AA").expect("valid");
    let view = CouncilView::of(&index, &shard, &postcode, None).expect("held");
    assert_eq!(view.index.council.id, "two");
    let outcome = lookup_postcode(&view.index, Some(&view.shard), &postcode);
    assert_eq!(outcome.status(), "station");
    assert_eq!(view.index.stations[0].name, "Hall S1");

    let split = Postcode::parse("AA1 1AB").expect("valid");
    let view = CouncilView::of(&index, &shard, &split, None).expect("held");
    assert_eq!(lookup_postcode(&view.index, Some(&view.shard), &split).status(), "address_picker");
    let unassigned = Postcode::parse("AA2 2AA").expect("valid");
    let view = CouncilView::of(&index, &shard, &unassigned, None).expect("held");
    assert_eq!(lookup_postcode(&view.index, Some(&view.shard), &unassigned).status(), "no_station");
    assert!(CouncilView::of(&index, &shard, &Postcode::parse("AA9 9ZZ").expect("valid"), None).is_none());
}

#[test]
fn a_single_council_reader_refuses_a_national_index_clearly() {
    let (index, _) = built();
    let bytes = serde_json::to_vec(&index).expect("serialises");
    let error = BundleIndex::from_json(&bytes).expect_err("not a single-council index");
    assert!(matches!(error, BundleError::WrongFormat { .. }));
    assert!(error.to_string().contains("pollcard-national-bundle"), "{error}");
    let error = LookupShard::from_json("lookup/BB.json", "BB", &serde_json::to_vec(&built().1).expect("json"))
        .expect_err("wrong key");
    assert!(error.to_string().contains("\"AA\""), "{error}");
}
