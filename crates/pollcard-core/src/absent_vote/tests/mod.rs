//! Absent-vote tests, one module per concern. Expected values are facts written in
//! by hand (published timetables, HMRC's prefix rules, counted calendars), never
//! computed by the code under test.

mod dates;
mod deadlines;
mod emergency;
mod keys;
mod nations;
mod ni_number;
mod validate;
mod wizard;

use super::deadlines::{LocalDateTime, PollDeadlines};
use crate::model::Nation;
use crate::timetable::{Date, ElectionType, LocalTimetable, Rules, Time, TimetableRequest};

fn date(text: &str) -> Date {
    text.parse().expect("a valid test date")
}

/// `YYYY-MM-DD HH:MM`, local time.
fn at(text: &str) -> LocalDateTime {
    let (day, time) = text.split_once(' ').expect("date and time");
    LocalDateTime::new(date(day), time.parse::<Time>().expect("a valid test time"))
}

fn poll(election_type: ElectionType, nation: Nation, poll_date: &str) -> TimetableRequest {
    TimetableRequest { poll_date: date(poll_date), election_type, nation, by_election: false }
}

fn deadlines(election_type: ElectionType, nation: Nation, poll_date: &str) -> PollDeadlines {
    let rules = Rules::builtin().expect("the built-in rules are valid");
    PollDeadlines::compute(&rules, &poll(election_type, nation, poll_date), &LocalTimetable::default())
        .expect("a timetable")
}

/// England's council elections of Thursday 7 May 2026 (Easter 3–6 April, early May
/// bank holiday 4 May): postal 21 April, proxy and VAC 28 April, all at 5 pm.
fn england_local_2026() -> PollDeadlines {
    deadlines(ElectionType::Local, Nation::England, "2026-05-07")
}
