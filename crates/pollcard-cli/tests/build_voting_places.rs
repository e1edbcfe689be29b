//! `pollcard build` end to end with a `pollcard-voting-places/1` file
//! (`tests/fixtures/voting_places/`, fictional, with the `valid/` council): advance
//! voting places and a polling-day hub reach `voting-places.json`, named by
//! `bundle.json`; bad rows are reported on their lines; the format is recognised
//! from the content of a file whatever its name; a council without places gets no
//! member at all.

mod build_support;

use build_support::{at, build, counts, file, problems, read_json, with_code};

const COUNCIL: [&str; 3] = ["valid/council.toml", "valid/stations.csv", "valid/addresses.csv"];

#[test]
fn places_reach_their_own_bundle_member() {
    let out = tempfile::tempdir().expect("temp dir");
    let path = "voting_places/places.csv";
    let inputs = [COUNCIL.as_slice(), &["districts/wards.csv", path]].concat();
    let (run, report) = build(out.path(), &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{path}: read as pollcard-voting-places/1 (recognised from its content")));
    assert_eq!(counts(&report, path), (3, 3, 0, 0));
    let mine: Vec<_> = problems(&report).into_iter().filter(|problem| problem.2 == path).collect();
    assert!(mine.is_empty(), "the ward (by name) and district are known: {mine:?}");

    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["voting_places"], "voting-places.json");
    let places = read_json(&out.path().join("voting-places.json"));
    assert_eq!(
        (places["format"].as_str(), places["format_version"].as_u64()),
        (Some("pollcard-voting-places"), Some(1))
    );
    let ids: Vec<&str> = places["places"].as_array().expect("places").iter().filter_map(|p| p["id"].as_str()).collect();
    assert_eq!(ids, ["ADV1", "ADV2", "HUB1"]);
    let first = &places["places"][0];
    assert_eq!(first["kind"], "advance");
    assert_eq!(first["name"]["cy"], "Llyfrgell Aberdyfi");
    assert_eq!(first["address"]["cy"], "Teras Golwg y Môr, Aberdyfi");
    assert_eq!(first["postcode"], "AA1 9AF");
    assert_eq!(first["days"][1], serde_json::json!({ "date": "2026-05-01", "opens": "10:00", "closes": "16:00" }));
    assert_eq!(first["accessibility"]["features"]["step_free_route"], "yes");
    assert_eq!(places["places"][1]["days"][0]["date"], "2026-05-02", "DD/MM/YYYY read");
    assert_eq!(places["places"][1]["wards"], serde_json::json!(["Aberdyfi North"]));
    assert_eq!(places["places"][2]["districts"], serde_json::json!(["AD3"]));
}

#[test]
fn bad_rows_are_reported_on_their_lines() {
    let out = tempfile::tempdir().expect("temp dir");
    let path = "voting_places/bad-places.csv";
    let inputs = [COUNCIL.as_slice(), &[path]].concat();
    let (run, report) = build(out.path(), &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(counts(&report, path), (5, 2, 1, 3), "every row accounted for");
    let mine: Vec<_> = problems(&report).into_iter().filter(|problem| problem.2 == path).collect();
    assert_eq!(
        mine,
        [
            at("error", "invalid_place_kind", path, 3, "dropped"),
            at("error", "invalid_opening_days", path, 4, "repaired"),
            at("error", "invalid_opening_days", path, 4, "dropped"),
            at("error", "blank_field", path, 5, "dropped"),
            at("error", "invalid_opening_days", path, 6, "repaired"),
            at("warning", "unknown_place_area", path, 6, "kept"),
        ]
    );
    let days = with_code(&report, "invalid_opening_days");
    assert!(days[0]["message"].as_str().is_some_and(|m| m.contains("\"2026-04-31 10:00-16:00\"")), "{}", days[0]);
    assert!(days[2]["message"].as_str().is_some_and(|m| m.contains("\"2026-05-08 9am-5pm\"")), "{}", days[2]);
    let kind = with_code(&report, "invalid_place_kind");
    assert!(kind[0]["message"].as_str().is_some_and(|m| m.contains("\"early\"")), "{}", kind[0]);
    assert!(with_code(&report, "blank_field")[0]["message"].as_str().is_some_and(|m| m.contains("name_en")));
}

#[test]
fn a_renamed_file_is_recognised_from_its_content() {
    let out = tempfile::tempdir().expect("temp dir");
    let renamed = out.path().join("export 7.dat");
    std::fs::copy(build_support::fixtures().join("voting_places/places.csv"), &renamed).expect("copy");
    let renamed = renamed.display().to_string();
    let bundle = out.path().join("bundle");
    let inputs = [COUNCIL.as_slice(), &[renamed.as_str()]].concat();
    let (run, report) = build(&bundle, &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, &renamed)["format"], "pollcard-voting-places/1");
    assert!(bundle.join("voting-places.json").is_file());
}

#[test]
fn a_council_without_places_has_no_member() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, _) = build(out.path(), &COUNCIL);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!out.path().join("voting-places.json").exists());
    let index = std::fs::read_to_string(out.path().join("bundle.json")).expect("index");
    assert!(!index.contains("voting_places"), "bundle.json as before places existed");
}
