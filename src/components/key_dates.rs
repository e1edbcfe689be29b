//! An election's key dates as a list: each date in words ("By 5pm on Tuesday 20
//! April 2027"), what it is for, and for a deadline a countdown in the working days
//! of the election's nation ("5 working days left to apply for a postal vote", "Today
//! is the last day…", "The deadline… has passed", then what is still possible when
//! the timetable has a later way to vote).
//!
//! Reusable: the voter pages pass [`VOTER_EVENTS`](pollcard_core::elections::VOTER_EVENTS),
//! a candidate's page [`CANDIDATE_EVENTS`](pollcard_core::elections::CANDIDATE_EVENTS).
//! Today comes from the device clock in Europe/London ([`now_in_london`]); the
//! working days from the calendar the bundle carries
//! ([`ElectionsFile::working_days_left`]), so no time-zone or holiday rules run here.

use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::elections::key_dates::key_dates;
use pollcard_core::elections::{Election, ElectionsFile};
use pollcard_core::timetable::{Date, Deadline, Event, Time};

use crate::components::markup::Markup;
use crate::election_dates::now_in_london;
use crate::i18n::{use_i18n, I18n};

/// Whether `event` is a deadline someone acts by (it gets "By …" and a countdown),
/// rather than something that happens (polls open, the statement is published).
pub fn is_deadline(event: Event) -> bool {
    matches!(
        event,
        Event::Registration
            | Event::PostalApplication
            | Event::PostalChange
            | Event::PostalProxy
            | Event::ProxyApplication
            | Event::VacApplication
            | Event::EmergencyProxy
            | Event::CloseOfNominations
            | Event::Withdrawal
            | Event::ReplacementPostalPackUntil
            | Event::PostalReturn
    )
}

/// What a voter can still do once `event`'s deadline has passed.
fn still_possible(event: Event) -> Option<Event> {
    match event {
        Event::PostalApplication | Event::PostalProxy => Some(Event::ProxyApplication),
        Event::ProxyApplication | Event::VacApplication => Some(Event::EmergencyProxy),
        Event::PostalChange => Some(Event::PostalReturn),
        _ => None,
    }
}

/// Whether `deadline` is over at `now` (a deadline without a time lasts all day).
fn passed(deadline: Deadline, now: (Date, Time)) -> bool {
    deadline.date < now.0 || (deadline.date == now.0 && deadline.time.is_some_and(|time| time < now.1))
}

/// The title of `event`, e.g. "Apply for a postal vote".
pub fn event_title(i18n: I18n, event: Event) -> String {
    i18n.t_with("key-date-title", &[("event", event.key().into())])
}

/// The countdown line for a deadline at `now`, and what is still possible once it has
/// passed (unless `offered` already holds that: each alternative is offered once).
fn countdown(
    i18n: I18n,
    file: &ElectionsFile,
    election: &Election,
    (event, deadline): (Event, Deadline),
    now: (Date, Time),
    offered: &mut Vec<Event>,
) -> Vec<String> {
    let action = || ("action", i18n.t_with("key-date-action", &[("event", event.key().into())]).into());
    if passed(deadline, now) {
        let mut lines = vec![i18n.t_with("key-date-passed", &[action()])];
        let later = still_possible(event)
            .and_then(|later| Some((later, *election.timetable.get(&later)?)))
            .filter(|(later, at)| !passed(*at, now) && !offered.contains(later));
        if let Some((later, at)) = later {
            offered.push(later);
            let when = i18n.deadline_in_words(at.date, at.time);
            lines.push(i18n.t_with("key-date-still", &[("event", later.key().into()), ("when", when.into())]));
        }
        return lines;
    }
    if deadline.date == now.0 {
        return vec![i18n.t_with("key-date-today", &[action()])];
    }
    file.working_days_left(election.nation, now.0, deadline.date)
        .map(|days| i18n.t_with("key-date-left", &[("days", days.into()), action()]))
        .into_iter()
        .collect()
}

/// The key dates of `election` among `events`, in that order.
#[component]
pub fn KeyDates(
    /// The elections file: its calendar counts the working days.
    file: Arc<ElectionsFile>,
    election: Election,
    /// Which of the timetable's events to list.
    events: &'static [Event],
) -> impl IntoView {
    let i18n = use_i18n();
    let now = now_in_london();
    let mut offered = Vec::new();
    let mut list = Markup::new();
    list.open("ul", "key-dates");
    for (event, deadline) in key_dates(&election, events) {
        let when = i18n.deadline_in_words(deadline.date, deadline.time);
        let (when, lines) = if is_deadline(event) {
            let lines = now
                .map(|now| countdown(i18n, &file, &election, (event, deadline), now, &mut offered))
                .unwrap_or_default();
            (i18n.t_with("key-date-by", &[("when", when.into())]), lines)
        } else {
            (when, Vec::new())
        };
        list.open("li", "key-date").element("p", "key-date-title", &event_title(i18n, event)).element(
            "p",
            "key-date-when",
            &when,
        );
        for line in lines {
            list.element("p", "key-date-countdown", &line);
        }
        list.close("li");
    }
    list.close("ul");
    list.into_view()
}

/// The key dates of `election` among `events` as sentences to read aloud: each
/// event's title and when it is ("Apply for a postal vote: by 5pm on …").
pub fn key_dates_text(i18n: I18n, election: &Election, events: &'static [Event]) -> String {
    let mut text = String::new();
    for (event, deadline) in key_dates(election, events) {
        let mut when = i18n.deadline_in_words(deadline.date, deadline.time);
        if is_deadline(event) {
            when = i18n.t_with("key-date-by", &[("when", when.into())]);
        }
        text.push_str(&format!("{}: {when}.\n", event_title(i18n, event)));
    }
    text
}
