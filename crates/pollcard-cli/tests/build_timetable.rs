//! `pollcard build` with a `pollcard-timetable/1` file: each entry is a record on its
//! own line, bad ones are dropped with the reason, and the bundle's `timetable.json`
//! changes what `pollcard timetable --bundle` prints.

mod build_support;

use build_support::{at, build, counts, file, pollcard, problems, read_json, VALID};
use serde_json::json;

const ADJUSTMENTS: &str = "timetable/adjustments.json";

#[test]
fn adjustments_reach_the_bundle() {
    let out = tempfile::tempdir().expect("temp dir");
    let mut inputs = VALID.to_vec();
    inputs.push(ADJUSTMENTS);
    let (run, report) = build(out.path(), &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, ADJUSTMENTS)["format"], "pollcard-timetable/1");
    // 2 days added, 1 removed, 4 overrides: 7 records; 3 dropped.
    assert_eq!(counts(&report, ADJUSTMENTS), (7, 4, 0, 3));
    let mine: Vec<_> = problems(&report).into_iter().filter(|problem| problem.2 == ADJUSTMENTS).collect();
    assert_eq!(
        mine,
        [
            at("warning", "unknown_columns", ADJUSTMENTS, 0, "ignored"),
            at("error", "invalid_timetable_entry", ADJUSTMENTS, 5, "dropped"),
            at("error", "invalid_timetable_entry", ADJUSTMENTS, 20, "dropped"),
            at("error", "invalid_timetable_entry", ADJUSTMENTS, 21, "dropped"),
        ]
    );
    let messages: Vec<String> = report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter(|problem| problem["code"] == "invalid_timetable_entry")
        .map(|problem| problem["message"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(messages[0].contains("\"add_days\"") && messages[0].contains("YYYY-MM-DD"), "{}", messages[0]);
    assert!(messages[1].contains("no senedd elections in scotland"), "{}", messages[1]);
    assert!(messages[2].contains("neither a rule nor"), "{}", messages[2]);

    let member = read_json(&out.path().join("timetable.json"));
    assert_eq!(member["format"], "pollcard-timetable");
    assert_eq!(member["calendar"]["add"][0]["date"], "2026-04-27");
    assert_eq!(member["overrides"].as_array().map(Vec::len), Some(2));

    let bundle = out.path().display().to_string();
    let run = pollcard([
        "timetable",
        "--poll-date",
        "2026-05-07",
        "--type",
        "local",
        "--nation",
        "wales",
        "--bundle",
        &bundle,
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let t: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(t["sopn_publication"], json!({"date": "2026-04-09", "time": "18:00"}));
    assert_eq!(t["count"], json!({"date": "2026-05-08", "time": "09:30"}));
    // Wales: 27 April is not a working day and 4 May is; proxy 6 working days back.
    assert_eq!(t["proxy_application"]["date"], "2026-04-29");
}

#[test]
fn a_bundle_without_adjustments_has_no_member() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, _) = build(out.path(), &VALID);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!out.path().join("timetable.json").exists());
}

#[test]
fn a_file_that_is_not_json_stops_the_build() {
    let out = tempfile::tempdir().expect("temp dir");
    let path = "timetable/not-json.json";
    let mut inputs = VALID.to_vec();
    inputs.push(path);
    let run = pollcard(
        ["build", "--out", &out.path().display().to_string(), "--format", &format!("{path}=pollcard-timetable/1")]
            .into_iter()
            .map(str::to_owned)
            .chain(inputs.iter().map(|input| (*input).to_owned())),
    );
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    let report = read_json(&out.path().join("report.json"));
    let mine: Vec<_> = problems(&report).into_iter().filter(|problem| problem.2 == path).collect();
    assert_eq!(mine, [at("fatal", "invalid_timetable_file", path, 5, "stopped")]);
    assert!(!out.path().join("timetable.json").exists());
}
