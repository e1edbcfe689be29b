//! `pollcard build` end to end on Xpress exports written for these tests
//! (`tests/fixtures/xpress/`, fictional, in the `AA` area): each quirk the importers
//! handle shows in the report on the right line, and the bundle answers lookups.

mod build_support;

use std::path::Path;

use build_support::{at, build, counts, file, pollcard, problems, read_json};
use serde_json::Value;

fn lookup(bundle: &Path, postcode: &str) -> Value {
    let bundle = bundle.display().to_string();
    let run = pollcard(["lookup", bundle.as_str(), postcode]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout))
}

#[test]
fn a_democracy_club_export_with_every_quirk() {
    let out = tempfile::tempdir().expect("temp dir");
    let path = "xpress/democracy-club.tsv";
    let (run, report) = build(out.path(), &["valid/council.toml", path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!(
        "{path}: read as xpress-democracyclub (recognised from its content, windows-1252, tab-separated)"
    )));
    assert_eq!(file(&report, path)["format"], "xpress-democracyclub");
    assert_eq!(counts(&report, path), (7, 5, 2, 2));
    assert_eq!(
        problems(&report),
        [
            at("warning", "no_location", path, 2, "kept"),
            at("warning", "postcode_from_address", path, 3, "repaired"),
            at("error", "test_record", path, 5, "dropped"),
            at("error", "test_record", path, 7, "kept_as_no_station"),
            at("error", "blank_field", path, 8, "dropped"),
        ]
    );

    let index = read_json(&out.path().join("bundle.json"));
    let stations = index["stations"].as_array().expect("stations");
    assert_eq!(stations.len(), 2, "X3 is a test station");
    assert_eq!(stations[0]["address"], "Lôn Capel, Aberdyfi", "Windows-1252 ô decoded");
    assert!(stations[0].get("location").is_none(), "X1 is at 0,0: {}", stations[0]);
    // X2 is at grid reference 261500, 296000: Aberdyfi, converted to WGS84 and
    // rounded to six decimal places.
    assert_eq!(stations[1]["id"], "X2");
    assert_eq!(stations[1]["location"], serde_json::json!({ "lat": 52.544185, "lon": -4.043805 }));

    let hall = lookup(out.path(), "AA1 1AA");
    assert_eq!((hall["status"].as_str(), hall["station"]["id"].as_str()), (Some("station"), Some("X1")));
    assert_eq!(hall["station"]["name"], "Neuadd Bentref");
    let mill_lane = lookup(out.path(), "AA1 1AB");
    assert_eq!(mill_lane["status"], "address_picker");
    let picked: Vec<(&str, Option<&str>)> = mill_lane["addresses"]
        .as_array()
        .expect("addresses")
        .iter()
        .map(|address| (address["label"].as_str().unwrap_or_default(), address["station_id"].as_str()))
        .collect();
    assert_eq!(picked, [("3 Mill Lane, Aberdyfi", Some("X2")), ("5 Mill Lane, Aberdyfi", None)], "n/a: no station yet");
    let test_station = lookup(out.path(), "AA1 1AD");
    assert_eq!(test_station["status"], "no_station", "a test station is never shown: {test_station}");
}

#[test]
fn a_weblookup_export() {
    let out = tempfile::tempdir().expect("temp dir");
    let path = "xpress/weblookup.csv";
    let (run, report) = build(out.path(), &["valid/council.toml", path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, path)["format"], "xpress-weblookup");
    assert_eq!(counts(&report, path), (4, 2, 0, 2));
    assert_eq!(
        problems(&report),
        [
            at("warning", "no_location", path, 2, "kept"),
            at("error", "invalid_postcode", path, 4, "dropped"),
            at("error", "missing_uprn", path, 5, "dropped"),
        ]
    );
    let answer = lookup(out.path(), "AA1 1AA");
    assert_eq!(answer["status"], "station");
    let station = &answer["station"];
    assert_eq!((station["id"].as_str(), station["address"].as_str()), (Some("W1"), Some("Sea View Terrace, Aberdyfi")));
    let answers = station["accessibility"].as_object().expect("accessibility");
    assert!(answers.values().all(|answer| answer == "unknown"), "{answers:?}");
    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["stations"][0]["name"], "Aberdyfi Institute");
    assert_eq!(index["stations"][0]["postcode"], "AA1 9AA");
    assert!(index["stations"][0]["accessibility"].is_null(), "accessibility unknown: {}", index["stations"][0]);
}
