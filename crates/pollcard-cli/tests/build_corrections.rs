//! `pollcard build` end to end with a corrections file
//! (`tests/fixtures/corrections/corrections.csv`) over the valid test council: each
//! correction shows in the report on the record it changed, with its reason and line,
//! and the bundle answers lookups as corrected.

mod build_support;

use build_support::{at, build, counts, pollcard, problems, read_json, with_code, VALID};
use serde_json::Value;

const PATH: &str = "corrections/corrections.csv";

#[test]
fn corrections_are_applied_and_reported() {
    let out = tempfile::tempdir().expect("temp dir");
    let mut inputs = VALID.to_vec();
    inputs.push(PATH);
    let (run, report) = build(out.path(), &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{PATH}: read as pollcard-corrections/1 (recognised from its content")));
    assert_eq!(counts(&report, PATH), (6, 5, 0, 1));
    let codes = ["correction_applied", "correction_unmatched", "invalid_correction"];
    let found: Vec<_> = problems(&report).into_iter().filter(|p| codes.contains(&p.1.as_str())).collect();
    assert_eq!(
        found,
        [
            at("warning", "correction_applied", "valid/stations.csv", 3, "repaired"),
            at("warning", "correction_applied", "valid/stations.csv", 4, "repaired"),
            at("warning", "correction_applied", "valid/addresses.csv", 3, "dropped"),
            at("warning", "correction_applied", "valid/addresses.csv", 6, "repaired"),
            at("warning", "correction_unmatched", PATH, 6, "ignored"),
            at("error", "invalid_correction", PATH, 7, "dropped"),
        ]
    );
    let excluded = with_code(&report, "correction_applied")[2]["message"].as_str().unwrap_or_default();
    assert!(excluded.contains(&format!("line 2 of {PATH}")) && excluded.contains("Demolished in March 2026"));

    let index = read_json(&out.path().join("bundle.json"));
    let chapel = &index["stations"][1];
    assert_eq!(chapel["name"], "Capel y Lôn (festri)");
    assert_eq!(index["stations"][2]["location"], serde_json::json!({"lat": 52.5452, "lon": -4.0431}));

    let lookup = |postcode: &str| -> Value {
        let bundle = out.path().display().to_string();
        let run = pollcard(["lookup", bundle.as_str(), postcode]);
        serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout))
    };
    let new_road = lookup("AA1 1AD");
    assert_eq!((new_road["status"].as_str(), new_road["station"]["id"].as_str()), (Some("station"), Some("S3")));
    let sea_view = lookup("AA1 1AA");
    assert_eq!(sea_view["status"], "station", "1002 is gone, so the postcode has one address: {sea_view}");
}
