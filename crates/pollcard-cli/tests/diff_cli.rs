//! `pollcard diff` on two versions of the demo data: `demo/` and `fixtures/diff/`,
//! where postcode AA1 1AA's 18 addresses move from station S1 to S2.

mod build_support;

use std::path::Path;

use build_support::{build, pollcard};
use serde_json::Value;

/// The demo council's inputs, as paths from the fixtures folder the binary runs in.
const DEMO: [&str; 4] = [
    "../../../../demo/council.toml",
    "../../../../demo/stations.csv",
    "../../../../demo/addresses.csv",
    "../../../../demo/dc-survey.csv",
];
const NEXT_ELECTION: [&str; 4] = [
    "../../../../demo/council.toml",
    "../../../../demo/stations.csv",
    "diff/addresses.csv",
    "../../../../demo/dc-survey.csv",
];

fn built(root: &Path, name: &str, inputs: &[&str]) -> String {
    let out = root.join(name);
    let (run, _) = build(&out, inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    out.display().to_string()
}

#[test]
fn the_next_election_moves_one_postcode() {
    let root = tempfile::tempdir().expect("temp dir");
    let old = built(root.path(), "old", &DEMO);
    let new = built(root.path(), "new", &NEXT_ELECTION);

    let text = pollcard(["diff", &old, &new]);
    assert_eq!(text.code, Some(0), "{}", text.stderr);
    assert!(text.stdout.starts_with("18 address(es) change station; stations: 0 added, 0 removed"), "{}", text.stdout);
    assert!(text.stdout.contains("Addresses whose station changed (18):"), "{}", text.stdout);
    assert!(
        text.stdout.contains("AA11AA 1 Heol y Castell, Llanffug (UPRN 9900000001): \"S1\" -> \"S2\""),
        "{}",
        text.stdout
    );

    let json = pollcard(["diff", &old, &new, "--json"]);
    let diff: Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(diff["format"], "pollcard-diff/1");
    assert_eq!(diff["addresses"]["station_changed_count"], 18);
    let changed = diff["addresses"]["station_changed"].as_array().expect("list");
    assert!(changed.iter().all(|change| change["postcode"] == "AA11AA"
        && change["old_station"] == "S1"
        && change["new_station"] == "S2"));
    for kind in ["added", "removed", "renamed", "moved", "accessibility_changed"] {
        assert_eq!(diff["stations"][kind], Value::Array(Vec::new()), "{kind}");
    }
}

#[test]
fn a_bundle_against_itself_has_no_changes() {
    let root = tempfile::tempdir().expect("temp dir");
    let old = built(root.path(), "old", &DEMO);
    let run = pollcard(["diff", &old, &old]);
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stdout, "No changes: every address votes at the same, unchanged station.\n");
}

#[test]
fn a_folder_that_is_not_a_bundle_is_refused() {
    let root = tempfile::tempdir().expect("temp dir");
    let old = built(root.path(), "old", &DEMO);
    let run = pollcard(["diff", &old, &root.path().display().to_string()]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("bundle folder written by `pollcard build`"), "{}", run.stderr);
}

#[test]
fn build_with_previous_records_the_changed_addresses_in_their_shard() {
    let root = tempfile::tempdir().expect("temp dir");
    let old = built(root.path(), "old", &DEMO);
    let out = root.path().join("new");
    let mut args =
        vec!["build".to_owned(), "--out".to_owned(), out.display().to_string(), "--previous".to_owned(), old.clone()];
    args.extend(NEXT_ELECTION.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("18 addresses whose polling station has changed (0 stations moved"), "{}", run.stderr);

    let shard = build_support::read_json(&out.join("postcodes/AA.json"));
    let changed = shard["station_changed"].as_object().expect("station_changed");
    assert_eq!(changed.keys().collect::<Vec<_>>(), ["AA11AA"]);
    assert_eq!(changed["AA11AA"].as_array().map(Vec::len), Some(18));
    assert!(changed["AA11AA"].as_array().is_some_and(|uprns| uprns.iter().any(|uprn| uprn == "9900000001")));

    // Against itself: nothing changed, and the bundle is byte for byte a plain build.
    let same = root.path().join("same");
    let mut args =
        vec!["build".to_owned(), "--out".to_owned(), same.display().to_string(), "--previous".to_owned(), old.clone()];
    args.extend(DEMO.iter().map(|input| (*input).to_owned()));
    assert_eq!(pollcard(&args).code, Some(0));
    for file in ["bundle.json", "postcodes/AA.json"] {
        let (a, b) =
            (std::fs::read(same.join(file)).expect("same"), std::fs::read(Path::new(&old).join(file)).expect("old"));
        assert!(a == b, "{file} differs from a build without --previous");
    }
}

#[test]
fn build_with_an_unusable_previous_bundle_stops_before_writing() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = root.path().join("new");
    let missing = root.path().join("missing").display().to_string();
    let mut args =
        vec!["build".to_owned(), "--out".to_owned(), out.display().to_string(), "--previous".to_owned(), missing];
    args.extend(DEMO.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("bundle folder written by `pollcard build`"), "{}", run.stderr);
    assert!(!out.exists());
}
