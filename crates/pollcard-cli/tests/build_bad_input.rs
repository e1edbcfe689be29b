//! `pollcard build` end to end on bad input: what stops the build (exit 3, report
//! still written, no bundle), what drops or detaches a record, and the exact file,
//! line, code and severity the report gives each problem.

mod build_support;

use build_support::{at, build, counts, file, pollcard, problems, read_json, with_code, VALID};
use serde_json::Value;

const COUNCIL: &str = "valid/council.toml";
const STATIONS: &str = "valid/stations.csv";
const ADDRESSES: &str = "valid/addresses.csv";

fn message(problem: &Value) -> &str {
    problem["message"].as_str().unwrap_or_default()
}

/// A fatal build: exit 3, no bundle, and the report on disk.
fn build_fatal(inputs: &[&str]) -> Value {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, report) = build(out.path(), inputs);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(!out.path().join("bundle.json").exists(), "no bundle on a fatal build");
    assert!(run.stderr.contains("no bundle written"), "{}", run.stderr);
    report
}

#[test]
fn a_missing_column_is_fatal_and_named_with_the_file_and_its_header() {
    let out = tempfile::tempdir().expect("temp dir");
    let copy = out.path().join("copy.json");
    let bundle = out.path().join("bundle");
    let run = pollcard([
        "build",
        "--out",
        &bundle.display().to_string(),
        "--report",
        &copy.display().to_string(),
        COUNCIL,
        "bad/stations-missing-name.csv",
        ADDRESSES,
    ]);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(!bundle.join("bundle.json").exists());
    let report = read_json(&bundle.join("report.json"));
    assert_eq!(read_json(&copy), report, "--report gets the same report");
    assert_eq!(problems(&report), [at("fatal", "missing_column", "bad/stations-missing-name.csv", 1, "stopped")]);
    let problem = &report["problems"][0];
    assert!(message(problem).contains("\"name\" column"), "{problem}");
    assert!(message(problem).contains("bad/stations-missing-name.csv"), "{problem}");
    assert!(message(problem).contains("station_id,address,postcode,lat,lon"), "header line shown: {problem}");
    assert!(problem["suggested_fix"].as_str().is_some_and(|fix| fix.contains("Add a \"name\" column")));
    assert_eq!(counts(&report, "bad/stations-missing-name.csv"), (2, 0, 0, 2));
    assert!(run.stderr.contains("fatal: bad/stations-missing-name.csv:1:"), "{}", run.stderr);
}

#[test]
fn address_errors_are_reported_with_file_and_line() {
    let out = tempfile::tempdir().expect("temp dir");
    let bad = "bad/addresses-with-errors.csv";
    let (run, report) = build(out.path(), &[COUNCIL, STATIONS, bad]);
    assert_eq!(run.code, Some(0), "errors do not stop the build: {}", run.stderr);
    let in_file: Vec<_> = problems(&report).into_iter().filter(|p| p.2 == bad).collect();
    assert_eq!(
        in_file,
        [
            at("error", "invalid_postcode", bad, 5, "dropped"),
            at("error", "unknown_station", bad, 6, "kept_as_no_station"),
            at("error", "uprn_conflict", bad, 7, "dropped"),
            at("error", "uprn_conflict", bad, 9, "dropped"),
            at("error", "missing_uprn", bad, 10, "dropped"),
        ],
        "line 3's address spans two lines, so later rows keep their real line numbers"
    );
    // 8 records: 4 in the bundle (one of them detached from its station), 4 dropped.
    assert_eq!(counts(&report, bad), (8, 4, 1, 4));
    assert!(run.stderr.contains("4 addresses, 3 stations, 5 errors"), "{}", run.stderr);
}

#[test]
fn an_invalid_postcode_message_gives_the_value_and_the_reason() {
    let out = tempfile::tempdir().expect("temp dir");
    let (_, report) = build(out.path(), &[COUNCIL, STATIONS, "bad/addresses-with-errors.csv"]);
    let problem = with_code(&report, "invalid_postcode")[0];
    assert!(message(problem).contains("\"AA1 1A@\""), "{problem}");
    assert!(message(problem).contains("invalid_character"), "{problem}");
    assert!(message(problem).contains("remove “@”"), "{problem}");
}

#[test]
fn an_unknown_station_leaves_the_address_asking_voters_to_contact_the_council() {
    let out = tempfile::tempdir().expect("temp dir");
    let (_, report) = build(out.path(), &[COUNCIL, STATIONS, "bad/addresses-with-errors.csv"]);
    let problem = with_code(&report, "unknown_station")[0];
    assert!(message(problem).contains("\"S99\"") && message(problem).contains("\"1005\""), "{problem}");
    let bundle = out.path().display().to_string();
    let answer: Value =
        serde_json::from_str(&pollcard(["lookup", &bundle, "AA1 1AA", "--uprn", "1005"]).stdout).expect("JSON");
    assert_eq!(answer["status"], "no_station");
}

#[test]
fn a_uprn_with_two_stations_loses_both_rows() {
    let out = tempfile::tempdir().expect("temp dir");
    let (_, report) = build(out.path(), &[COUNCIL, STATIONS, "bad/addresses-with-errors.csv"]);
    let conflicts = with_code(&report, "uprn_conflict");
    assert_eq!(conflicts.len(), 2);
    assert!(message(conflicts[0]).contains("station \"S2\" on line 9 of bad/addresses-with-errors.csv"));
    assert!(message(conflicts[1]).contains("station \"S1\" on line 7 of bad/addresses-with-errors.csv"));
    let bundle = out.path().display().to_string();
    for uprn in ["1006", "1007"] {
        let answer: Value =
            serde_json::from_str(&pollcard(["lookup", &bundle, "AA1 1AB", "--uprn", uprn]).stdout).expect("JSON");
        let expected = if uprn == "1006" { "not_found" } else { "station" };
        assert_eq!(answer["status"], expected, "UPRN {uprn}");
    }
}

#[test]
fn no_council_file_is_fatal() {
    let report = build_fatal(&[STATIONS, ADDRESSES]);
    assert_eq!(problems(&report)[0], at("fatal", "no_council", "", 0, "stopped"));
    assert_eq!(report["problems"][0]["file"], Value::Null);
    assert_eq!(report["problems"][0]["line"], Value::Null);
}

#[test]
fn two_council_files_are_fatal() {
    let report = build_fatal(&[COUNCIL, "bad/second-council.toml", STATIONS, ADDRESSES]);
    let fatal: Vec<_> = problems(&report).into_iter().filter(|p| p.0 == "fatal").collect();
    assert_eq!(fatal, [at("fatal", "multiple_councils", "bad/second-council.toml", 0, "stopped")]);
}

#[test]
fn duplicate_station_ids() {
    let path = "bad/stations-duplicate-id.csv";
    let report = build_fatal(&[COUNCIL, path, ADDRESSES]);
    assert_eq!(
        problems(&report),
        [at("warning", "duplicate_row", path, 4, "dropped"), at("fatal", "duplicate_station", path, 5, "stopped")]
    );
    let fatal = with_code(&report, "duplicate_station")[0];
    assert!(message(fatal).contains("\"Chapel Vestry\" here and \"Capel y Lôn\" on line 3"), "{fatal}");
    assert_eq!(counts(&report, path), (4, 2, 0, 2));
}

#[test]
fn empty_unknown_and_missing_files_are_fatal() {
    let report = build_fatal(&[COUNCIL, "bad/empty.csv", "bad/not-pollcard.csv", "bad/no-such-file.csv"]);
    assert_eq!(
        problems(&report),
        [
            at("fatal", "empty_file", "bad/empty.csv", 0, "stopped"),
            at("fatal", "unknown_format", "bad/not-pollcard.csv", 0, "stopped"),
            at("fatal", "unreadable_file", "bad/no-such-file.csv", 0, "stopped"),
        ]
    );
    assert!(message(&report["problems"][1]).contains("its first line is: name,colour"));
    assert_eq!(file(&report, "bad/not-pollcard.csv")["format"], "unknown");
    assert_eq!(file(&report, "bad/no-such-file.csv")["encoding"], Value::Null);
}

#[test]
fn a_fatal_build_leaves_an_earlier_bundle_alone() {
    let out = tempfile::tempdir().expect("temp dir");
    let (first, _) = build(out.path(), &VALID);
    assert_eq!(first.code, Some(0));
    let before = std::fs::read(out.path().join("bundle.json")).expect("index");
    let (second, report) = build(out.path(), &[STATIONS, ADDRESSES]);
    assert_eq!(second.code, Some(3));
    assert_eq!(problems(&report)[0].1, "no_council", "the new report describes the failed build");
    assert_eq!(std::fs::read(out.path().join("bundle.json")).expect("index"), before);
}
