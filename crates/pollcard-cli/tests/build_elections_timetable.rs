//! `pollcard build` puts each election's timetable into `elections.json`, exactly as
//! `pollcard timetable --bundle` prints it for the election's type, nation and poll
//! date (so the bundle's `timetable.json` adjustments and overrides apply), and the
//! nation's non-working days the pages count working days with.

mod build_support;

use build_support::{build, pollcard, read_json};
use serde_json::Value;

const INPUTS: [&str; 7] = [
    "valid/council.toml",
    "valid/stations.csv",
    "valid/addresses.csv",
    "elections/wards.csv",
    "elections/ballots.csv",
    "elections/candidates.csv",
    "timetable/adjustments.json",
];

fn dates(value: &Value) -> Vec<&str> {
    value.as_array().expect("a list").iter().filter_map(Value::as_str).collect()
}

#[test]
fn every_election_has_the_timetable_pollcard_timetable_prints() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, _) = build(out.path(), &INPUTS);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let elections = read_json(&out.path().join("elections.json"));
    let list = elections["elections"].as_array().expect("elections");
    assert_eq!(list.len(), 2);
    let bundle = out.path().display().to_string();
    for election in list {
        let (poll_date, kind, nation) = (&election["poll_date"], &election["type"], &election["nation"]);
        let args = [
            "timetable",
            "--poll-date",
            poll_date.as_str().expect("poll date"),
            "--type",
            kind.as_str().expect("type"),
            "--nation",
            nation.as_str().expect("nation"),
            "--bundle",
            bundle.as_str(),
        ];
        let printed = pollcard(args);
        assert_eq!(printed.code, Some(0), "{}", printed.stderr);
        let printed: Value = serde_json::from_str(&printed.stdout).expect("JSON");
        assert_eq!(election["timetable"], printed, "{}", election["id"]);
    }
    // The override: the statement on the day nominations close (7 May 2026 poll only).
    let may = &list[0]["timetable"];
    assert_eq!(may["sopn_publication"], serde_json::json!({"date": "2026-04-09", "time": "18:00"}));
    assert_eq!(may["count"], serde_json::json!({"date": "2026-05-08", "time": "09:30"}));
    assert!(may.get("vac_application").is_none(), "no photo ID at Welsh local elections");
    assert_eq!(may["registration"]["date"], "2026-04-20", "12 working days back, past 27 April and not 4 May");

    let wales = dates(&elections["non_working_days"]["wales"]);
    assert_eq!(wales.first(), Some(&"2026-01-01"), "from 1 January of the earliest event's year");
    assert!(wales.contains(&"2026-04-27"), "the added day of mourning");
    assert!(!wales.contains(&"2026-05-04"), "the early May holiday removed for Wales");
    assert!(wales.contains(&"2026-05-25") && !wales.iter().any(|day| *day > "2026-06-18"), "{wales:?}");
    assert_eq!(elections["non_working_days"].as_object().map(|nations| nations.len()), Some(1));
}
