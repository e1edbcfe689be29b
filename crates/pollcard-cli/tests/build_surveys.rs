//! `pollcard build` end to end with Pollcard's own accessibility survey
//! (`tests/fixtures/surveys/pollcard-survey.csv`) over the valid test council: the
//! answers, notes, parking and door details and the survey date reach the bundle and
//! the lookup, and bad rows are reported on their lines.

mod build_support;

use build_support::{at, build, counts, pollcard, problems, read_json};
use serde_json::{json, Value};

const PATH: &str = "surveys/pollcard-survey.csv";

#[test]
fn the_survey_reaches_the_bundle_and_the_lookup() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, report) = build(out.path(), &["valid/council.toml", "valid/stations.csv", "valid/addresses.csv", PATH]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{PATH}: read as pollcard-survey/1 (recognised from its content, utf-8")));
    assert_eq!(counts(&report, PATH), (3, 2, 1, 1));
    let found: Vec<_> = problems(&report).into_iter().filter(|p| p.2 == PATH).collect();
    assert_eq!(
        found,
        [
            at("warning", "invalid_survey_date", PATH, 3, "repaired"),
            at("error", "survey_unknown_station", PATH, 4, "dropped")
        ]
    );

    let index = read_json(&out.path().join("bundle.json"));
    let chapel = &index["stations"][1];
    assert_eq!(chapel["id"], "S2");
    let access = &chapel["accessibility"];
    assert_eq!(access["surveyed_on"], "2026-03-14");
    assert_eq!((access["door_width_cm"].as_u64(), access["disabled_parking_bays"].as_u64()), (Some(85), Some(1)));
    assert_eq!(access["disabled_parking_distance_m"], 20);
    assert_eq!(access["features"]["steps_at_entrance"], "yes", "a temporary ramp is laid over steps");
    assert_eq!(access["features"]["ballot_brought_outside"], "yes");
    assert_eq!(
        access["notes"]["temporary_ramp"],
        json!({"en": "Ramp over the two steps at the front", "cy": "Ramp dros y ddau ris yn y blaen"})
    );
    assert_eq!(index["stations"][2]["accessibility"]["features"]["step_free_route"], "no");
    assert!(index["stations"][2]["accessibility"].get("surveyed_on").is_none(), "31/02 is no date");

    let bundle = out.path().display().to_string();
    let run = pollcard(["lookup", bundle.as_str(), "AA1 1AB", "--uprn", "2010"]);
    let answer: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout));
    let features = &answer["station"]["accessibility"];
    assert_eq!(features["quiet_time"], "yes");
    assert_eq!(features["bsl_interpreter"], "no");
    assert_eq!(features["accessible_toilet"], "no");
    assert_eq!(features["level_access"], "no");
}
