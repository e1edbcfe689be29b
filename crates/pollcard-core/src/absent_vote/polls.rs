//! The polls a voter's ways to vote are counted for, from a bundle's
//! `elections.json`.
//!
//! Why here and not in the app: the browser does not run the timetable engine. Each
//! election in `elections.json` carries the timetable computed when the bundle was
//! built, and the file carries the weekdays that were not working days; this turns
//! them into [`PollDeadlines`], so the "ways to vote" page and the emergency proxy
//! wizard ask the same questions of a bundle's poll as the tests ask of the engine's.
//! Elections on the same polling day with the same absent-voting deadlines (a
//! council election combined with a police and crime commissioner's) are one poll:
//! one set of deadlines, every election named.

use super::deadlines::{LocalDateTime, PollDeadlines};
use crate::elections::{Election, ElectionsFile};
use crate::timetable::{Date, Event, TimetableRequest};

/// Elections on one polling day that share their absent-voting deadlines.
#[derive(Clone, Debug)]
pub struct Poll<'f> {
    /// In the file's order.
    pub elections: Vec<&'f Election>,
    /// The deadlines, of the election that requires photo ID if any does (so the
    /// Voter Authority Certificate deadline is there), else of the first.
    pub deadlines: PollDeadlines,
}

/// The deadlines of `election`, from its bundled timetable and `file`'s calendar;
/// `None` when the election has no timetable or no valid polling day.
pub fn election_deadlines(file: &ElectionsFile, election: &Election) -> Option<PollDeadlines> {
    if election.timetable.is_empty() {
        return None;
    }
    let request = TimetableRequest {
        poll_date: election.poll_date.parse::<Date>().ok()?,
        election_type: election.election_type,
        nation: election.nation,
        by_election: election.id.contains(".by."),
    };
    let days_off = file.non_working_days.get(election.nation.key()).map(Vec::as_slice).unwrap_or_default();
    Some(PollDeadlines::from_timetable(request, election.timetable.clone(), election.photo_id_required, days_off))
}

/// The polls still to come at `now` (their polling stations not yet closed), soonest
/// first. `ballots` limits them to the elections of those ballots (the voter's);
/// `None` takes every election in the file. Cancelled ballots do not count, nor
/// elections without a timetable.
pub fn polls_to_come<'f>(file: &'f ElectionsFile, ballots: Option<&[String]>, now: LocalDateTime) -> Vec<Poll<'f>> {
    let counts = |election: &Election| {
        let mut own = file.ballots.iter().filter(|ballot| ballot.election_id == election.id);
        match ballots {
            Some(ids) => own.any(|ballot| !ballot.is_cancelled() && ids.contains(&ballot.id)),
            // An election whose every ballot was cancelled is not held.
            None => {
                let own: Vec<_> = own.collect();
                own.is_empty() || own.iter().any(|ballot| !ballot.is_cancelled())
            }
        }
    };
    let mut polls: Vec<Poll<'f>> = Vec::new();
    for election in file.elections.iter().filter(|election| counts(election)) {
        let Some(deadlines) = election_deadlines(file, election) else { continue };
        let closes = deadlines
            .at(Event::PollClose)
            .unwrap_or(LocalDateTime::of(crate::timetable::Deadline { date: deadlines.request.poll_date, time: None }));
        if now >= closes {
            continue;
        }
        match polls.iter_mut().find(|poll| same_poll(&poll.deadlines, &deadlines)) {
            Some(poll) => {
                poll.elections.push(election);
                if deadlines.photo_id && !poll.deadlines.photo_id {
                    poll.deadlines = deadlines;
                }
            }
            None => polls.push(Poll { elections: vec![election], deadlines }),
        }
    }
    polls.sort_by_key(|poll| poll.deadlines.request.poll_date);
    polls
}

/// Whether two elections' absent-voting deadlines are the same poll's.
fn same_poll(a: &PollDeadlines, b: &PollDeadlines) -> bool {
    const SHARED: [Event; 4] =
        [Event::PostalApplication, Event::ProxyApplication, Event::EmergencyProxy, Event::PollClose];
    a.request.poll_date == b.request.poll_date
        && a.nation() == b.nation()
        && SHARED.iter().all(|event| a.at(*event) == b.at(*event))
}
