//! Postal and proxy votes: every rule Pollcard's "ways to vote" pages and its
//! application flows follow, kept here so the pages only ask and display.
//!
//! Why a module of its own: the rules differ by nation (Northern Ireland's absent
//! votes need a reason and are handled by EONI; Scottish and Welsh devolved polls
//! let 16-year-olds vote and keep the close-family proxy exception) and by poll, and
//! they must be tested natively, not through a browser. Everything is pure: the
//! caller passes the poll (a [`TimetableRequest`]), the answers and the local date
//! and time; nothing is read from a clock, a file or the network. Messages are keys
//! (`absent-…`), not prose: the prose lives in the app's Fluent catalogues, in
//! English and Welsh. Rules and their sources: `docs/absent-voting.md`.
//!
//! - [`ni_number`]: National Insurance numbers, and "I cannot provide it".
//! - [`date_input`]: GOV.UK day / month / year inputs, checked part by part.
//! - [`age`]: age on a date, and the minimum ages to register and to vote.
//! - [`rules`]: what differs by nation and poll (reasons, limits, attestation).
//! - [`questions`]: which questions an application asks, in order.
//! - [`answers`]: the answers of a postal or proxy vote application.
//! - [`validate`]: every error of an application, each with its question.
//! - [`deadlines`]: which ways to vote are open at a moment, and what is left after.
//! - [`emergency`]: whether the grounds for an emergency proxy apply.
//! - [`emergency_steps`]: the emergency proxy wizard's questions and their order.
//! - [`polls`]: a bundle's elections as polls with their absent-voting deadlines.

pub mod age;
pub mod answers;
pub mod date_input;
pub mod deadlines;
pub mod emergency;
pub mod emergency_steps;
pub mod ni_number;
pub mod polls;
pub mod questions;
pub mod rules;
pub mod validate;

#[cfg(test)]
mod tests;

pub use age::{age_on, minimum_registration_age, old_enough_to_vote, voting_age};
pub use answers::{
    Address, Application, BallotDestination, ContactDetails, Ground, GroundAnswer, NiNumberAnswer, ProxyAnswers,
    ProxyLoad, Relationship, ScopeAnswer, SignatureAnswer, WaiverReason,
};
pub use date_input::{DateInput, DateInputError, DatePart, DateProblem};
pub use deadlines::{LocalDateTime, PollDeadlines, StillPossible, Way, WayStatus, WayToVote, WaysToVote};
pub use emergency::{emergency_proxy, EmergencyDecision, EmergencyGround, Happening};
pub use ni_number::{NiNumber, NiNumberError};
pub use questions::{questions, Question};
pub use rules::{
    asks_family_relationship, attester_for, ground_allows_long_term_proxy, handled_by, is_devolved_scottish_or_welsh,
    maximum_scope, online_service, proxy_limit, reason_required, Attester, Authority, MaximumScope, OnlineService,
    ProxyLimit,
};
pub use validate::{latest_period_end, validate, validate_question, FieldError};

use crate::model::Nation;

/// Which absent vote an application is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// The ballot pack is posted to the voter, who returns it by post or by hand.
    Postal,
    /// Someone the voter trusts votes on their behalf.
    Proxy,
}

impl Method {
    /// A stable key: `postal` or `proxy`.
    pub fn key(self) -> &'static str {
        match self {
            Method::Postal => "postal",
            Method::Proxy => "proxy",
        }
    }
}

/// Whether `nation` is Northern Ireland, whose absent-voting rules differ from Great
/// Britain's (England, Wales and Scotland).
pub fn is_northern_ireland(nation: Nation) -> bool {
    nation == Nation::NorthernIreland
}
