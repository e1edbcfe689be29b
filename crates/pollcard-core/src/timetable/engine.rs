//! Computing a poll's timetable from the rules, a bundle's adjustments and overrides.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::{Date, Time};
use super::holidays::WorkingDays;
use super::kinds::{ElectionType, Event, UK_NATIONS};
use super::member::LocalTimetable;
use super::rules::{CalendarScope, EventRule, Rules, When};
use super::TimetableError;
use crate::model::Nation;

/// Which poll to compute a timetable for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimetableRequest {
    pub poll_date: Date,
    pub election_type: ElectionType,
    pub nation: Nation,
    /// A UK Parliament by-election counts only its own nation's bank holidays; a
    /// general election counts those of every part of the UK.
    pub by_election: bool,
}

/// When one event happens: a local (Europe/London) date and time of day; `time` is
/// `None` where the law sets only the day (the latest day a notice is published).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub date: Date,
    pub time: Option<Time>,
}

/// A poll's timetable: every event that applies, in the order they happen.
pub type Timetable = BTreeMap<Event, Deadline>;

impl Rules {
    /// The event rules for `request` after `local`'s overrides.
    pub fn rules_for(
        &self,
        request: &TimetableRequest,
        local: &LocalTimetable,
    ) -> Result<BTreeMap<Event, EventRule>, TimetableError> {
        if !UK_NATIONS.contains(&request.nation) {
            return Err(TimetableError::NotUkNation(request.nation.key()));
        }
        let election = self.election(request.election_type, request.nation)?;
        let mut events = self.event_rules(election);
        for entry in &local.overrides {
            if !entry.matches(request.election_type, request.nation, request.poll_date) {
                continue;
            }
            match &entry.rule {
                Some(rule) => {
                    events.insert(entry.event, rule.clone());
                }
                None => {
                    events.remove(&entry.event);
                }
            }
        }
        Ok(events)
    }

    /// The timetable of `request`, with `local`'s calendar adjustments and overrides.
    pub fn timetable(&self, request: &TimetableRequest, local: &LocalTimetable) -> Result<Timetable, TimetableError> {
        let events = self.rules_for(request, local)?;
        let default_scope = self.election(request.election_type, request.nation)?.calendar;
        // Two years back covers any timetable (the longest is 35 working days).
        let year = request.poll_date.year();
        let years = (year - 1)..=year;
        let own = WorkingDays::new(self, &[request.nation], years.clone(), &local.calendar);
        let whole_uk =
            if request.by_election { own.clone() } else { WorkingDays::new(self, &UK_NATIONS, years, &local.calendar) };
        let timetable = events
            .into_iter()
            .map(|(event, rule)| {
                let calendar = match rule.calendar.unwrap_or(default_scope) {
                    CalendarScope::Nation => &own,
                    CalendarScope::UnitedKingdom => &whole_uk,
                };
                let date = match rule.when {
                    When::WorkingDaysBefore(n) => {
                        calendar.working_days_before(request.poll_date, n, rule.disregard_easter_monday)
                    }
                    When::DaysAfterPoll(n) => request.poll_date.add_days(i64::from(n)),
                    When::Date(date) => date,
                };
                (event, Deadline { date, time: rule.time })
            })
            .collect();
        Ok(timetable)
    }
}
