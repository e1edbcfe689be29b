use crate::import::test_support::{build, problems, COUNCIL};

const EXPORT: &str = r#"[
  {
    "id": 101, "stationId": "P1", "name": "Aberdyfi Village Hall",
    "addressLine1": "Sea View Terrace", "addressLine2": "Aberdyfi", "addressPostCode": "AA1 9AA",
    "addressUprn": "900001", "latitude": 52.544, "longitude": -4.052,
    "properties": [
      {"addressLine1": "1 Sea View Terrace", "addressLine2": "Aberdyfi", "addressPostCode": "AA1 1AA", "addressUprn": "1001"},
      {"addressLine1": "2 Sea View Terrace", "addressPostCode": "AA1 1A@", "addressUprn": 1002},
      {"addressLine1": "3 Sea View Terrace", "addressPostCode": "AA1 1AA", "addressUprn": ""}
    ],
    "pollingDistricts": [{"id": "AD1", "name": "Sea View"}]
  },
  {
    "id": 102, "stationId": "P2", "name": "", "addressLine1": "Lôn Capel",
    "latitude": 0, "longitude": 0,
    "properties": [
      {"addressLine1": "1 Lôn Capel", "addressPostCode": "AA1 1AB", "addressUprn": "2001"}
    ],
    "pollingDistricts": [{"id": "AD2", "name": "Capel"}, {"id": "AD3", "name": "Harbour"}]
  },
  {
    "id": 103, "stationId": "P3", "name": "Scout Hut", "addressLine1": "Penhelig Road",
    "properties": [],
    "pollingDistricts": []
  },
  "not a station"
]
"#;

#[test]
fn stations_and_their_properties_are_separate_records() {
    let outcome = build(&[("council.toml", COUNCIL), ("export.json", EXPORT)]);
    let file = &outcome.report.files()[1];
    assert_eq!(file.format, "fcs-electionspro");
    // Four elements and four properties: P1 and its 1001; 1001's neighbours dropped;
    // P2 without a name dropped but its property kept; P3 kept; the string dropped.
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (8, 4, 4));
    let found: Vec<_> = problems(&outcome).into_iter().filter(|p| p.1 == "export.json").map(|p| (p.0, p.2)).collect();
    assert_eq!(
        found,
        [
            ("invalid_postcode", Some(8)),
            ("missing_uprn", Some(9)),
            ("blank_field", Some(13)),
            ("unknown_station", Some(17)),
            ("no_location", Some(21)),
            ("station_without_addresses", Some(21)),
            ("blank_field", Some(26)),
        ]
    );
    let bundle = outcome.bundle.expect("builds");
    let hall = &bundle.stations[0];
    assert_eq!((hall.id.as_str(), hall.address.as_str()), ("P1", "Sea View Terrace, Aberdyfi"));
    assert_eq!(hall.postcode.as_deref(), Some("AA1 9AA"));
    assert!(hall.location.is_some());
    let address = &bundle.addresses.iter().find(|(_, a)| a.uprn == "1001").expect("1001").1;
    assert_eq!(address.label, "1 Sea View Terrace, Aberdyfi");
    assert_eq!(address.district.as_deref(), Some("AD1"), "the station's only district");
    let capel = &bundle.addresses.iter().find(|(_, a)| a.uprn == "2001").expect("2001").1;
    assert_eq!((capel.station_id.as_ref(), capel.district.as_deref()), (None, None), "two districts: none chosen");
    let district = bundle.districts.iter().find(|d| d.id == "AD1").expect("AD1");
    assert_eq!(district.name.as_deref(), Some("Sea View"), "named from pollingDistricts");
}

#[test]
fn a_json_object_is_not_an_export() {
    let outcome = build(&[("council.toml", COUNCIL), ("export.json", "{\"stationId\": 1, \"properties\": []}")]);
    assert!(outcome.bundle.is_none(), "not recognised: {:?}", problems(&outcome));
    let cut = &EXPORT[..200];
    let outcome = build(&[("council.toml", COUNCIL), ("export.json", cut)]);
    let found = problems(&outcome);
    assert!(found.iter().any(|p| p.0 == "unreadable_file"), "{found:?}");
    assert!(outcome.bundle.is_none());
}

/// What a JSON object read into a map gives: a key given twice takes its last value;
/// strings are unescaped and trimmed, numbers written as they were; a value that is
/// not text or a number is blank; a list where an object belongs is named.
const QUIRKS: &str = r#"[
  {"stationId": "P1", "stationId": "P9", "name": "Hall \"A\"", "addressLine1": " Mill\u0020Lane ",
   "addressLine2": ["x"], "addressPostCode": "AA1 9AA", "latitude": "52.5", "longitude": -4.05,
   "pollingDistricts": [{"id": "D1", "name": "One"}, "D2", {"id": 7, "name": null}],
   "properties": [
     {"addressLine1": "1 Mill Lane", "addressUprn": 12345, "addressPostCode": "AA1 1AA", "addressUprn": "2001"},
     5,
     [1, {"a": 2}]
   ]},
  {"id": 3, "name": "Chapel", "addressLine1": "Chapel Row", "properties": {"not": "a list"}, "pollingDistricts": "D3"},
  null, true, 1.5
]
"#;

#[test]
fn fields_read_as_a_json_object_reads_them() {
    let outcome = build(&[("council.toml", COUNCIL), ("export.json", QUIRKS)]);
    let file = &outcome.report.files()[1];
    // Five elements and three properties: P9, 2001 and station 3 kept.
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (8, 3, 5));
    let messages: Vec<(&str, Option<u64>, &str)> = outcome
        .report
        .problems()
        .into_iter()
        .filter(|problem| problem.file.as_deref() == Some("export.json"))
        .map(|problem| (problem.code.key(), problem.line, problem.message.as_str()))
        .collect();
    let not_objects: Vec<_> = messages.iter().filter(|m| m.2.contains(", not an object")).map(|m| (m.1, m.2)).collect();
    assert_eq!(
        not_objects,
        [
            (Some(7), "this property is 5, not an object with the property's details, so it cannot be used"),
            (
                Some(8),
                "this property is [1,{\"a\":2}], not an object with the property's details, so it cannot be used"
            ),
            (Some(11), "this station is null, not an object with the station's details, so it cannot be used"),
            (Some(11), "this station is true, not an object with the station's details, so it cannot be used"),
            (Some(11), "this station is 1.5, not an object with the station's details, so it cannot be used"),
        ]
    );
    let bundle = outcome.bundle.expect("builds");
    let hall = bundle.stations.iter().find(|s| s.id.as_str() == "P9").expect("P9, the last stationId");
    assert_eq!((hall.name.as_str(), hall.address.as_str()), ("Hall \"A\"", "Mill Lane"));
    assert!(hall.location.is_some(), "latitude as text, longitude as a number");
    assert!(bundle.stations.iter().any(|s| s.id.as_str() == "3"), "a numeric id");
    let address = &bundle.addresses.iter().find(|(_, a)| a.uprn == "2001").expect("the last addressUprn").1;
    assert_eq!((address.label.as_str(), address.district.as_deref()), ("1 Mill Lane", None), "two districts");
}
