//! The iCalendar text: parsed back (unfolded, unescaped) and compared with what went in.

use super::{date, timetable};
use crate::timetable::ics::{calendar, timetable_events, IcsEvent};
use crate::timetable::london::to_utc;
use crate::timetable::{Event, Time};

/// One property: name, parameters, value (unescaped).
type Property = (String, Vec<String>, String);

/// Undoes folding and escaping; checks every physical line's length and ending.
fn parse(text: &str) -> Vec<Property> {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    let unfolded = text.replace("\r\n ", "");
    unfolded
        .split("\r\n")
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (head, value) = line.split_once(':').expect("name:value");
            let mut parts = head.split(';');
            let name = parts.next().unwrap_or_default().to_owned();
            (name, parts.map(str::to_owned).collect(), unescape(value))
        })
        .collect()
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn values<'p>(properties: &'p [Property], name: &str) -> Vec<&'p str> {
    properties.iter().filter(|(own, _, _)| own == name).map(|(_, _, value)| value.as_str()).collect()
}

fn stamp() -> (crate::timetable::Date, Time) {
    (date("2026-03-01"), "09:15".parse().expect("time"))
}

#[test]
fn round_trips_text_and_folds_long_lines() {
    let summary = "Cau enwebiadau; close of nominations, \\ 4 pm\nPleidlais bost ŵ ŷ – a long line that must be folded at seventy-five octets, twice over, without splitting ŵ";
    let events = [IcsEvent {
        id: "local.example.2026-05-07/close_of_nominations".to_owned(),
        summary: summary.to_owned(),
        description: Some("Line one\nLine two, with; punctuation".to_owned()),
        date: date("2026-04-09"),
        time: Some("16:00".parse().expect("time")),
    }];
    let text = calendar(&events, stamp());
    let properties = parse(&text);
    assert_eq!(values(&properties, "SUMMARY"), [summary]);
    assert_eq!(values(&properties, "DESCRIPTION"), ["Line one\nLine two, with; punctuation"]);
    assert_eq!(values(&properties, "UID"), ["local.example.2026-05-07/close_of_nominations@pollcard"]);
    assert_eq!(values(&properties, "DTSTAMP"), ["20260301T091500Z"]);
    let start = properties.iter().find(|(name, _, _)| name == "DTSTART" && !properties.is_empty()).expect("start");
    assert_eq!(values(&properties, "DTSTART").last(), Some(&"20260409T160000"));
    assert!(
        properties.iter().any(|(name, params, _)| name == "DTSTART" && params == &["TZID=Europe/London"]),
        "{start:?}"
    );
    assert!(text.lines().any(|line| line.starts_with(' ')), "folded");
    assert_eq!(text, calendar(&events, stamp()), "deterministic");
}

#[test]
fn has_a_fixed_london_time_zone_and_balanced_components() {
    let t = timetable("local", "england", "2026-05-07");
    let events = timetable_events(&t, "local.example.2026-05-07", |event| match event {
        Event::Registration => Some("Last day to register to vote".to_owned()),
        Event::NoticeOfElection => Some("Notice of election".to_owned()),
        Event::PollOpen => Some("Polling stations open".to_owned()),
        _ => None,
    });
    assert_eq!(events.len(), 3);
    let properties = parse(&calendar(&events, stamp()));
    let begins = values(&properties, "BEGIN");
    assert_eq!(begins, ["VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT", "VEVENT", "VEVENT"]);
    assert_eq!(values(&properties, "END").len(), begins.len());
    assert_eq!(values(&properties, "TZID"), ["Europe/London"]);
    assert_eq!(values(&properties, "RRULE"), ["FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]);
    assert_eq!(values(&properties, "TZOFFSETTO"), ["+0100", "+0000"]);
    // Every event the engine gives has a time of day, so every entry is timed.
    assert_eq!(
        values(&properties, "DTSTART"),
        ["19810329T010000", "19961027T020000", "20260330T235900", "20260420T235900", "20260507T070000"]
    );
    assert!(values(&properties, "DTEND").is_empty(), "timed entries have no end");
    let uids = values(&properties, "UID");
    assert_eq!(
        uids,
        [
            "local.example.2026-05-07/notice_of_election@pollcard",
            "local.example.2026-05-07/registration@pollcard",
            "local.example.2026-05-07/poll_open@pollcard",
        ]
    );
    // 7 am on 7 May 2026 is BST: 06:00 UTC, as a calendar applying the VTIMEZONE would show.
    assert_eq!(to_utc(date("2026-05-07"), "07:00".parse().expect("time")).1.to_string(), "06:00");
}

#[test]
fn unsafe_id_characters_become_dashes() {
    let event = IcsEvent {
        id: "ballot id: a,b;c".to_owned(),
        summary: "x".to_owned(),
        description: None,
        date: date("2026-05-07"),
        time: None,
    };
    let properties = parse(&calendar(&[event], stamp()));
    assert_eq!(values(&properties, "UID"), ["ballot-id--a-b-c@pollcard"]);
    // With no time of day, an all-day entry: it starts on the day and ends the next.
    assert_eq!(values(&properties, "DTSTART"), ["19810329T010000", "19961027T020000", "20260507"]);
    assert_eq!(values(&properties, "DTEND"), ["20260508"]);
}
