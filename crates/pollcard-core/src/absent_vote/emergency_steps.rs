//! The emergency proxy wizard's questions: which it asks, in what order, and how
//! its answers become the [`Happening`] that [`emergency_proxy`] decides on.
//!
//! Why: a voter knows the day something happened, rarely the minute. The wizard
//! asks what happened; then, for the grounds whose timing decides (medical, mental
//! health detention, work, ID lost or damaged), the day; and only when that day is
//! the deadline's own day, whether it was before or after its time (5 pm). Grounds
//! that apply whenever they arose (ID sent away, ID applied for and not arrived)
//! skip the day. So the page asks no more than the rules need, and the rules stay
//! in [`emergency_proxy`].

use super::deadlines::{LocalDateTime, PollDeadlines};
use super::emergency::{emergency_proxy, EmergencyDecision, EmergencyGround, Happening};
use crate::timetable::{Date, Event, Time};

/// A question page of the wizard, or its answer page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// What happened (one of the grounds, or something else).
    What,
    /// The day it happened, or the voter learned of it.
    When,
    /// Before or after the deadline's time, on the deadline's day.
    TimeOfDay,
    /// The decision, who must attest, by when, what to do next.
    Outcome,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::What, Step::When, Step::TimeOfDay, Step::Outcome];

    /// The step's path segment under `/emergency-proxy`; the first question has none.
    pub fn key(self) -> &'static str {
        match self {
            Step::What => "",
            Step::When => "when",
            Step::TimeOfDay => "time",
            Step::Outcome => "outcome",
        }
    }

    pub fn from_key(key: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.key() == key)
    }
}

/// What happened: a ground, or none of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhatHappened {
    Ground(EmergencyGround),
    /// None of the grounds: an emergency proxy is not possible for it.
    SomethingElse,
}

impl WhatHappened {
    /// Every choice, in the order the question lists them.
    pub fn choices() -> impl Iterator<Item = WhatHappened> {
        EmergencyGround::ALL.into_iter().map(WhatHappened::Ground).chain([WhatHappened::SomethingElse])
    }

    /// The choice's key (a ground's key, or `something-else`).
    pub fn key(self) -> &'static str {
        match self {
            WhatHappened::Ground(ground) => ground.key(),
            WhatHappened::SomethingElse => "something-else",
        }
    }
}

/// The wizard's answers so far. Changing an answer clears the ones after it
/// ([`EmergencyAnswers::set_what`], [`EmergencyAnswers::set_date`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmergencyAnswers {
    pub what: Option<WhatHappened>,
    pub date: Option<Date>,
    /// On the deadline's day: whether it was at or after the deadline's time.
    pub at_or_after_time: Option<bool>,
}

impl EmergencyAnswers {
    pub fn set_what(&mut self, what: WhatHappened) {
        if self.what != Some(what) {
            *self = EmergencyAnswers { what: Some(what), ..EmergencyAnswers::default() };
        }
    }

    pub fn set_date(&mut self, date: Date) {
        if self.date != Some(date) {
            self.date = Some(date);
            self.at_or_after_time = None;
        }
    }
}

/// Whether the day `ground` arose decides it: every ground but ID sent away and
/// not returned, and ID (or a certificate) applied for and not arrived.
pub fn asks_when(ground: EmergencyGround) -> bool {
    !matches!(ground, EmergencyGround::IdSentAwayNotReturned | EmergencyGround::IdOrCertificateNotArrived)
}

/// The moment `ground` must have arisen at or after: the proxy deadline, or for ID
/// lost, stolen or damaged the Voter Authority Certificate deadline.
pub fn cutoff(deadlines: &PollDeadlines, ground: EmergencyGround) -> Option<LocalDateTime> {
    match ground {
        EmergencyGround::IdLostStolenOrDamaged => deadlines.at(Event::VacApplication),
        EmergencyGround::IdSentAwayNotReturned | EmergencyGround::IdOrCertificateNotArrived => None,
        _ => deadlines.at(Event::ProxyApplication),
    }
}

/// The questions `answers` lead through, in order: every answered one, then the
/// first unanswered (or the outcome once all are answered).
pub fn steps(deadlines: &PollDeadlines, answers: &EmergencyAnswers) -> Vec<Step> {
    let mut steps = vec![Step::What];
    let Some(what) = answers.what else { return steps };
    if let WhatHappened::Ground(ground) = what {
        if asks_when(ground) {
            steps.push(Step::When);
            let Some(date) = answers.date else { return steps };
            if cutoff(deadlines, ground).is_some_and(|cutoff| cutoff.date == date) {
                steps.push(Step::TimeOfDay);
                if answers.at_or_after_time.is_none() {
                    return steps;
                }
            }
        }
    }
    steps.push(Step::Outcome);
    steps
}

/// Why a day given for "when did it happen" is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenError {
    /// After today.
    InFuture,
}

impl WhenError {
    pub fn message_key(self) -> &'static str {
        match self {
            WhenError::InFuture => EmergencyDecision::WhenIsInTheFuture.message_key(),
        }
    }
}

/// Checks the day it happened against today.
pub fn check_when(date: Date, now: LocalDateTime) -> Result<Date, WhenError> {
    if date > now.date {
        Err(WhenError::InFuture)
    } else {
        Ok(date)
    }
}

/// The moment it happened, as precisely as the answers say: on the deadline's day,
/// just before or at its time; on any other day, its start (which compares the same
/// with every deadline); without a day, now. Never after `now`.
pub fn moment(
    deadlines: &PollDeadlines,
    ground: EmergencyGround,
    answers: &EmergencyAnswers,
    now: LocalDateTime,
) -> LocalDateTime {
    let Some(date) = answers.date.filter(|_| asks_when(ground)) else { return now };
    let moment = match cutoff(deadlines, ground).filter(|cutoff| cutoff.date == date) {
        Some(cutoff) if answers.at_or_after_time == Some(true) => cutoff,
        _ => LocalDateTime::new(date, Time::MIDNIGHT),
    };
    moment.min(now)
}

/// The decision for complete `answers`: `None` for "something else" (no ground
/// applies) or while a question is unanswered.
pub fn decide(deadlines: &PollDeadlines, answers: &EmergencyAnswers, now: LocalDateTime) -> Option<EmergencyDecision> {
    let Some(WhatHappened::Ground(ground)) = answers.what else { return None };
    if steps(deadlines, answers).last() != Some(&Step::Outcome) {
        return None;
    }
    let when = moment(deadlines, ground, answers, now);
    Some(emergency_proxy(deadlines, &Happening { ground, when }, now))
}
