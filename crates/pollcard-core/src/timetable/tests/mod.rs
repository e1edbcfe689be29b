//! Timetable tests, one module per concern. The expected values are facts written
//! in by hand (published timetables, GOV.UK bank holiday lists), never computed by
//! the code under test.

mod bank_holiday_lists;
mod calendar;
mod dates;
mod ics;
mod matrix;
mod overrides;
mod published;
mod seasons;

use super::{Date, ElectionType, Event, LocalTimetable, Rules, Timetable, TimetableRequest};
use crate::model::Nation;

fn rules() -> Rules {
    Rules::builtin().expect("the built-in rules are valid")
}

fn date(text: &str) -> Date {
    text.parse().expect("a valid test date")
}

fn nation(key: &str) -> Nation {
    super::uk_nation(key).expect("a UK nation")
}

fn kind(key: &str) -> ElectionType {
    ElectionType::from_key(key).expect("an election type")
}

/// The timetable of a poll with the built-in rules and no bundle.
fn timetable(election_type: &str, nation_key: &str, poll: &str) -> Timetable {
    timetable_with(election_type, nation_key, poll, &LocalTimetable::default())
}

fn timetable_with(election_type: &str, nation_key: &str, poll: &str, local: &LocalTimetable) -> Timetable {
    let request = TimetableRequest {
        poll_date: date(poll),
        election_type: kind(election_type),
        nation: nation(nation_key),
        by_election: false,
    };
    rules().timetable(&request, local).expect("a timetable")
}

/// `YYYY-MM-DD HH:MM` (or `YYYY-MM-DD` when the law sets no time) of `event`.
fn at(timetable: &Timetable, event: Event) -> String {
    let deadline = timetable.get(&event).unwrap_or_else(|| panic!("{event} is in the timetable"));
    match deadline.time {
        Some(time) => format!("{} {time}", deadline.date),
        None => deadline.date.to_string(),
    }
}

/// The dates of `events`, for compact comparisons.
fn dates(timetable: &Timetable, events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|event| timetable.get(event).map(|deadline| deadline.date.to_string()).unwrap_or_default())
        .collect()
}
