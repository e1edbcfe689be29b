//! A bundle's `timetable.json`: reading it, its calendar adjustments and rule overrides.

use super::{at, timetable, timetable_with};
use crate::timetable::{Event, LocalTimetable, TimetableError};

fn member(json: &str) -> Result<LocalTimetable, TimetableError> {
    LocalTimetable::from_json("timetable.json", json.as_bytes())
}

const EXAMPLE: &str = r#"{
  "format": "pollcard-timetable",
  "format_version": 1,
  "calendar": {
    "add": [{"date": "2026-04-27", "name": "Day of national mourning", "source": "Royal proclamation"}],
    "remove": [{"date": "2026-05-04", "nations": ["england"]}]
  },
  "overrides": [
    {"type": "local", "nation": "england", "poll_date": "2026-05-07", "event": "sopn_publication",
     "rule": {"date": "2026-04-09", "time": "18:00"}, "reason": "Published on the day of close of nominations"},
    {"event": "count", "rule": {"days_after_poll": 1, "time": "09:30"}},
    {"type": "senedd", "event": "postal_return", "remove": true}
  ]
}"#;

#[test]
fn reads_and_applies_a_bundle_member() {
    let local = member(EXAMPLE).expect("valid");
    let plain = timetable("local", "england", "2026-05-07");
    let adjusted = timetable_with("local", "england", "2026-05-07", &local);
    // The statement is on the day the override says.
    assert_eq!(at(&adjusted, Event::SopnPublication), "2026-04-09 18:00");
    assert_eq!(at(&plain, Event::SopnPublication), "2026-04-10 16:00");
    // The count appears only when the bundle gives it.
    assert!(!plain.contains_key(&Event::Count));
    assert_eq!(at(&adjusted, Event::Count), "2026-05-08 09:30");
    // 27 April becomes a non-working day and 4 May a working day: the proxy
    // deadline (6 working days) moves from 28 April to 29 April.
    assert_eq!(at(&plain, Event::ProxyApplication), "2026-04-28 17:00");
    assert_eq!(at(&adjusted, Event::ProxyApplication), "2026-04-29 17:00");
    // Another poll date keeps the rule statement day but gets the calendar.
    let other = timetable_with("local", "england", "2026-06-04", &local);
    assert_eq!(at(&other, Event::SopnPublication), "2026-05-08 16:00");
    // The removal applies to Senedd polls only.
    assert!(!timetable_with("senedd", "wales", "2026-05-07", &local).contains_key(&Event::PostalReturn));
    assert!(adjusted.contains_key(&Event::PostalReturn));
}

#[test]
fn the_member_round_trips() {
    let local = member(EXAMPLE).expect("valid");
    let bytes = local.to_json();
    assert_eq!(LocalTimetable::from_json("again", &bytes).expect("round trip"), local);
}

#[test]
fn bad_members_say_what_is_wrong() {
    let cases = [
        (r#"{"format": "pollcard-bundle", "format_version": 1}"#, "expected \"pollcard-timetable\""),
        (r#"{"format": "pollcard-timetable", "format_version": 2}"#, "version 2"),
        (
            r#"{"format": "pollcard-timetable", "format_version": 1, "overrides": [{"event": "count"}]}"#,
            "neither a rule",
        ),
        (
            r#"{"format": "pollcard-timetable", "format_version": 1, "overrides": [{"event": "count", "remove": true, "rule": {"days_after_poll": 1, "time": null}}]}"#,
            "both a rule",
        ),
        (
            r#"{"format": "pollcard-timetable", "format_version": 1, "overrides": [{"event": "vote", "remove": true}]}"#,
            "unknown variant",
        ),
        (
            r#"{"format": "pollcard-timetable", "format_version": 1, "calendar": {"add": [{"date": "2026-02-30", "name": "x"}]}}"#,
            "YYYY-MM-DD",
        ),
        (
            r#"{"format": "pollcard-timetable", "format_version": 1, "calendar": {"add": [{"date": "2026-02-03", "name": "x", "nations": ["united-states"]}]}}"#,
            "not a UK nation",
        ),
        (
            r#"{"format": "pollcard-timetable", "format_version": 1, "overrides": [{"event": "count", "rule": {"days_after_poll": 1, "time": "9.30"}}]}"#,
            "HH:MM",
        ),
        ("not json", "timetable.json"),
    ];
    for (json, expected) in cases {
        let error = member(json).expect_err(json).to_string();
        assert!(error.contains(expected), "{json}: {error}");
        assert!(error.starts_with("timetable.json"), "{error}");
    }
}
