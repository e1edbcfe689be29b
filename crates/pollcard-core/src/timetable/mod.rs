//! Election timetables: every deadline of a UK poll, from rules kept as data.
//!
//! Deadlines count working days back from polling day, and what a working day is
//! differs between England and Wales, Scotland and Northern Ireland (their bank
//! holidays), between election types (some Scottish timetables also skip Easter
//! Monday) and over time (one-off holidays, days of mourning). So the rules are data
//! (`rules.json`, each rule with the legislation it comes from), a bundle can adjust
//! the calendar and override a rule (`timetable.json`, see [`member`]), and this
//! module only computes. No time-zone database: dates and times are Europe/London
//! local, and [`london`] gives the UTC offset by the UK's last-Sunday rule; [`ics`]
//! writes key dates as an iCalendar file with a fixed Europe/London time zone.
//! Documented in `docs/timetable.md`.

pub mod date;
mod engine;
pub mod holidays;
pub mod ics;
pub mod kinds;
pub mod london;
pub mod member;
pub mod rules;

#[cfg(test)]
mod tests;

pub use date::{Date, Time, Weekday};
pub use engine::{Deadline, Timetable, TimetableRequest};
pub use holidays::{AddedDay, CalendarAdjustments, Holiday, RemovedDay, WorkingDays};
pub use kinds::{uk_nation, ElectionType, Event, UK_NATIONS};
pub use member::{LocalTimetable, RuleOverride, TIMETABLE_FILE, TIMETABLE_FORMAT, TIMETABLE_VERSION};
pub use rules::{CalendarScope, ElectionRules, EventRule, HolidayDate, HolidayRule, Rules, When};

/// Why a timetable could not be computed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimetableError {
    #[error("there are no {election_type} elections in {nation}: {reason}")]
    NotHeld { election_type: ElectionType, nation: &'static str, reason: String },
    #[error("{0} is not part of the UK; timetables are for England, Wales, Scotland and Northern Ireland")]
    NotUkNation(&'static str),
    #[error("the timetable rules are not valid: {0}")]
    Rules(String),
    #[error("{file} is not a valid timetable file: {reason}")]
    Member { file: String, reason: String },
}
