//! Key dates for the pages, from the timetables the CLI put into `elections.json`.
//!
//! The timetable engine ([`crate::timetable`]) runs when the bundle is built, not in
//! the browser: each [`Election`] carries its computed deadlines and the file carries
//! each nation's non-working days ([`ElectionsFile::non_working_days`]). What is left
//! for the device is small and allocation-free: picking the dates a voter or a
//! candidate needs, counting working days to a deadline, and writing them as an
//! `.ics` file with [`crate::timetable::ics`] (texts come from the caller, as they
//! live in the app's catalogues).

use super::{Election, ElectionsFile};
use crate::model::Nation;
use crate::timetable::ics::{self, IcsEvent};
use crate::timetable::{Date, Deadline, Event, Time};

/// The deadlines a voter acts on, in the order the pages show them.
pub const VOTER_EVENTS: [Event; 9] = [
    Event::Registration,
    Event::PostalApplication,
    Event::PostalChange,
    Event::PostalProxy,
    Event::ProxyApplication,
    Event::VacApplication,
    Event::EmergencyProxy,
    Event::PollOpen,
    Event::PollClose,
];

/// The steps a candidate goes through, in the order the pages show them.
pub const CANDIDATE_EVENTS: [Event; 6] = [
    Event::NoticeOfElection,
    Event::CloseOfNominations,
    Event::Withdrawal,
    Event::SopnPublication,
    Event::PollOpen,
    Event::PollClose,
];

/// `events` that `election`'s timetable has, in the order of `events`.
pub fn key_dates<'e>(election: &'e Election, events: &'e [Event]) -> impl Iterator<Item = (Event, Deadline)> + 'e {
    events.iter().filter_map(|event| election.timetable.get(event).map(|deadline| (*event, *deadline)))
}

/// A voter's deadlines ([`VOTER_EVENTS`]) that apply to `election`: registration,
/// postal vote (new, change, postal proxy), proxy, Voter Authority Certificate,
/// emergency proxy, poll open and close.
pub fn key_dates_for_voter(election: &Election) -> impl Iterator<Item = (Event, Deadline)> + '_ {
    key_dates(election, &VOTER_EVENTS)
}

/// A candidate's timetable ([`CANDIDATE_EVENTS`]) for `election`: notice of
/// election, close of nominations, withdrawal, statement of persons nominated, poll
/// open and close.
pub fn key_dates_for_candidate(election: &Election) -> impl Iterator<Item = (Event, Deadline)> + '_ {
    key_dates(election, &CANDIDATE_EVENTS)
}

impl ElectionsFile {
    /// The working days left to act before `deadline` in `nation`: the number of
    /// working days from `today` through the deadline's day, both included. So on
    /// the deadline's day itself it is 1 (if that day is a working day), the working
    /// day before it 2, and a weekend or holiday `today` is not counted.
    ///
    /// `None` when the deadline's day is before `today` (it has passed; a deadline
    /// later today is still `Some`, the page compares the time), or when the file's
    /// calendar does not cover both days: it has no list for `nation`, or `today` is
    /// before 1 January of the year of the earliest timetable event, or the deadline
    /// after the latest poll date (see [`ElectionsFile::non_working_days`]).
    pub fn working_days_left(&self, nation: Nation, today: Date, deadline: Date) -> Option<u32> {
        if deadline < today {
            return None;
        }
        let holidays = self.non_working_days.get(nation.key())?;
        let (start, end) = self.calendar_coverage()?;
        if today < start || deadline > end {
            return None;
        }
        let mut day = today;
        let mut count = 0;
        while day <= deadline {
            if !day.weekday().is_weekend() && holidays.binary_search(&day).is_err() {
                count += 1;
            }
            day = day.succ();
        }
        Some(count)
    }

    /// The days [`ElectionsFile::non_working_days`] covers: 1 January of the year of
    /// the earliest timetable event through the latest poll date; `None` when no
    /// election has a timetable.
    pub fn calendar_coverage(&self) -> Option<(Date, Date)> {
        let earliest = self.elections.iter().filter_map(|election| election.timetable.values().map(|d| d.date).min());
        let start = Date::new(earliest.min()?.year(), 1, 1)?;
        let end = self.elections.iter().filter_map(|election| election.poll_date.parse::<Date>().ok()).max()?;
        Some((start, end))
    }
}

/// Calendar entries for `dates` of `election` (e.g. [`key_dates_for_voter`]), with
/// the summary and optional description `text` gives each event (`None` leaves the
/// event out). Ids are `{election id}/{event key}`, so importing the file again
/// updates the entries rather than duplicating them. An event with a time is a timed
/// entry at that Europe/London time; one without (only where a bundle's rule gives no
/// time) is an all-day entry.
pub fn ics_events(
    election: &Election,
    dates: impl IntoIterator<Item = (Event, Deadline)>,
    mut text: impl FnMut(Event) -> Option<(String, Option<String>)>,
) -> Vec<IcsEvent> {
    dates
        .into_iter()
        .filter_map(|(event, deadline)| {
            let (summary, description) = text(event)?;
            Some(IcsEvent {
                id: format!("{}/{}", election.id, event.key()),
                summary,
                description,
                date: deadline.date,
                time: deadline.time,
            })
        })
        .collect()
}

/// The `.ics` text of [`ics_events`], with the fixed Europe/London `VTIMEZONE`;
/// `stamp` is the UTC date and time the file is made (every entry's `DTSTAMP`).
pub fn key_dates_ics(
    election: &Election,
    dates: impl IntoIterator<Item = (Event, Deadline)>,
    text: impl FnMut(Event) -> Option<(String, Option<String>)>,
    stamp: (Date, Time),
) -> String {
    ics::calendar(&ics_events(election, dates, text), stamp)
}

#[cfg(test)]
mod tests;
