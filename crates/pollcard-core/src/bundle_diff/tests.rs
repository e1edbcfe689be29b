use serde_json::json;

use super::*;

/// A one-area bundle read back through the reader API, from stations (as JSON) and
/// addresses `(uprn, postcode, label, station)`.
fn bundle(stations: serde_json::Value, addresses: &[(&str, &str, &str, Option<&str>)]) -> BundleContents {
    let index = json!({
        "format": "pollcard-bundle", "format_version": 1, "fictional": true,
        "council": {"id": "demo", "name": {"en": "Demo"}, "nation": "wales", "contact": {}},
        "stations": stations,
        "postcode_areas": {"AA": {"path": "postcodes/AA.json", "postcodes": 1, "addresses": addresses.len()}}
    });
    let mut postcodes: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for (uprn, postcode, label, station) in addresses {
        postcodes.entry((*postcode).to_owned()).or_default().push(json!([uprn, label, station, null]));
    }
    let shard = json!({"format": "pollcard-postcodes", "format_version": 1, "area": "AA", "postcodes": postcodes});
    BundleContents {
        index: BundleIndex::from_json(index.to_string().as_bytes()).expect("index"),
        shards: vec![PostcodeShard::from_json("postcodes/AA.json", "AA", shard.to_string().as_bytes()).expect("shard")],
    }
}

fn station(id: &str, name: &str, lat: f64, features: serde_json::Value) -> serde_json::Value {
    json!({"id": id, "name": name, "address": "Mill Lane", "location": {"lat": lat, "lon": -4.0},
           "accessibility": {"features": features}})
}

fn old() -> BundleContents {
    bundle(
        json!([
            station("S1", "Village Hall", 52.5, json!({"level_access": "yes"})),
            station("S2", "Chapel", 52.6, json!({"hearing_loop": "no"})),
            station("S3", "School", 52.7, json!({})),
        ]),
        &[
            ("1", "AA11AA", "1 High St", Some("S1")),
            ("2", "AA11AA", "2 High St", Some("S1")),
            ("3", "AA11AB", "1 Mill Lane", Some("S3")),
            ("4", "AA11AB", "2 Mill Lane", None),
            ("5", "AA11AB", "3 Mill Lane", Some("S2")),
        ],
    )
}

#[test]
fn identical_bundles_have_no_changes() {
    let diff = diff(&old(), &old());
    assert!(diff.is_empty());
    assert!(diff.to_text().starts_with("No changes"));
}

#[test]
fn every_kind_of_change_is_found() {
    // S1 renamed; S2 moved 0.0009° (~100 m) and gained a hearing loop; S3 removed; S4
    // added; address 3 moves to S4, 4 gets S2, 2 is gone, 6 is new.
    let new = bundle(
        json!([
            station("S1", "Village Hall (Main Room)", 52.5, json!({"level_access": "yes"})),
            station("S2", "Chapel", 52.6009, json!({"hearing_loop": "yes"})),
            station("S4", "Scout Hut", 52.8, json!({})),
        ]),
        &[
            ("1", "AA11AA", "1 High St", Some("S1")),
            ("3", "AA11AB", "1 Mill Lane", Some("S4")),
            ("4", "AA11AB", "2 Mill Lane", Some("S2")),
            ("5", "AA11AB", "3 Mill Lane", Some("S2")),
            ("6", "AA11AB", "4 Mill Lane", Some("S2")),
        ],
    );
    let diff = diff(&old(), &new);
    let ids = |refs: &[StationRef]| refs.iter().map(|s| s.id.as_str().to_owned()).collect::<Vec<_>>();
    assert_eq!(ids(&diff.stations.added), ["S4"]);
    assert_eq!(ids(&diff.stations.removed), ["S3"]);
    assert_eq!(diff.stations.renamed[0].new_name, "Village Hall (Main Room)");
    assert_eq!(diff.stations.moved.len(), 1);
    assert!((95..=105).contains(&diff.stations.moved[0].metres), "{}", diff.stations.moved[0].metres);
    let access = &diff.stations.accessibility_changed;
    assert_eq!(access.len(), 1);
    assert_eq!(
        access[0].features,
        [FeatureChange { feature: AccessibilityFeature::HearingLoop, old: Availability::No, new: Availability::Yes }]
    );
    assert_eq!((diff.addresses.added, diff.addresses.removed, diff.addresses.station_changed_count), (1, 1, 2));
    let changed: Vec<(&str, Option<&str>, Option<&str>)> = diff
        .addresses
        .station_changed
        .iter()
        .map(|c| {
            (
                c.uprn.as_str(),
                c.old_station.as_ref().map(StationId::as_str),
                c.new_station.as_ref().map(StationId::as_str),
            )
        })
        .collect();
    assert_eq!(changed, [("3", Some("S3"), Some("S4")), ("4", None, Some("S2"))]);

    // Sent elsewhere: 3 (another station) and 5 (S2 moved); not 4, which had no
    // station before, nor 6, which is new.
    let elsewhere = diff.voters_sent_elsewhere(&old(), &new);
    assert_eq!(elsewhere.get("AA11AB").map(Vec::as_slice), Some(&["3".to_owned(), "5".to_owned()][..]));
    assert_eq!(elsewhere.get("AA11AA"), None);

    let text = diff.to_text();
    for expected in [
        "2 address(es) change station",
        "Stations added (1):\n  \"S4\" Scout Hut",
        "Stations removed (1):\n  \"S3\" School",
        "\"S1\" Village Hall -> Village Hall (Main Room)",
        "Stations moved more than 50 m (1):",
        "hearing_loop no -> yes",
        "AA11AB 1 Mill Lane (UPRN 3): \"S3\" -> \"S4\"",
        "AA11AB 2 Mill Lane (UPRN 4): no station -> \"S2\"",
    ] {
        assert!(text.contains(expected), "{expected:?} in:\n{text}");
    }
    let json: serde_json::Value = serde_json::from_slice(&diff.to_json()).expect("JSON");
    assert_eq!(json["format"], "pollcard-diff/1");
    assert_eq!(json["stations"]["moved"][0]["id"], "S2");
    assert_eq!(json["addresses"]["station_changed"][0]["old_station"], "S3");
}

#[test]
fn a_small_shift_is_not_a_move() {
    let mut new = old();
    if let Some(location) = new.index.stations[0].location.as_mut() {
        location.lat += 0.0004; // about 44 m
    }
    assert!(diff(&old(), &new).stations.moved.is_empty());
}

/// Compact JSON with a final newline, as the bundle writer writes.
fn json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(value).expect("serialises");
    bytes.push(b'\n');
    bytes
}

/// The files a writer would make for `contents`.
fn files_of(contents: &BundleContents) -> Vec<crate::bundle::BundleFile> {
    let mut files = vec![crate::bundle::BundleFile { path: "bundle.json".to_owned(), bytes: json(&contents.index) }];
    for shard in &contents.shards {
        files.push(crate::bundle::BundleFile { path: format!("postcodes/{}.json", shard.area), bytes: json(shard) });
    }
    files
}

#[test]
fn changes_are_recorded_in_the_shards_and_read_back() {
    let mut files = files_of(&old());
    let untouched = files.clone();
    assert_eq!(record_station_changes(&mut files, &BTreeMap::new()).expect("records"), 0);
    assert_eq!(files, untouched, "no changes, no difference in bytes");

    let changed = BTreeMap::from([
        ("AA11AB".to_owned(), vec!["3".to_owned(), "5".to_owned()]),
        ("ZZ99ZZ".to_owned(), vec!["99".to_owned()]),
    ]);
    assert_eq!(record_station_changes(&mut files, &changed).expect("records"), 2, "ZZ99ZZ is not in the bundle");
    assert_eq!(files[0], untouched[0], "the index is unchanged");
    let contents = contents_of(&files).expect("reads back");
    let shard = &contents.shards[0];
    let postcode = |text: &str| crate::postcode::Postcode::parse(text).expect("postcode");
    assert!(shard.station_changed(&postcode("AA1 1AB"), "3"));
    assert!(!shard.station_changed(&postcode("AA1 1AB"), "4"));
    assert!(!shard.station_changed(&postcode("AA1 1AA"), "1"));
    let at = |text: &str, station: &str| shard.station_changed_at(&postcode(text), &StationId::from(station));
    assert!(at("AA1 1AB", "S3") && at("AA1 1AB", "S2"), "3 votes at S3, 5 at S2");
    assert!(!at("AA1 1AB", "S1") && !at("AA1 1AA", "S1"));
    assert_eq!(shard.postcodes, old().shards[0].postcodes, "addresses as they were");
    let text = String::from_utf8(files[1].bytes.clone()).expect("UTF-8");
    assert!(text.ends_with(",\"station_changed\":{\"AA11AB\":[\"3\",\"5\"]}}\n"), "{text}");
}
