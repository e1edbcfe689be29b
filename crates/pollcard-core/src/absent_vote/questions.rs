//! Which questions a postal or proxy vote application asks, in page order, for the
//! voter's nation and poll.
//!
//! The pages follow this list (one question per page, then "check your answers"),
//! so a rule such as "Northern Ireland's postal votes need a reason" or "Welsh and
//! Scottish devolved polls ask the proxy's family relationship" is decided here once.

use super::rules::{asks_family_relationship, reason_required};
use super::Method;
use crate::timetable::TimetableRequest;

/// One question page of an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    FullName,
    /// Optional: a name the voter was registered under before.
    PreviousName,
    RegisteredAddress,
    DateOfBirth,
    /// Great Britain only: the number, or why it cannot be given.
    NiNumber,
    /// One poll, a period, or the maximum allowed.
    Scope,
    /// The grounds: for a proxy, and for any absent vote in Northern Ireland.
    Ground,
    /// Postal only: where to send the ballot pack, and why if not home.
    BallotAddress,
    ProxyName,
    ProxyAddress,
    /// Only where close relatives do not count towards the proxy limit.
    ProxyRelationship,
    /// How many other electors the proxy acts for.
    ProxyLimit,
    /// The voter confirms the proxy is able and willing.
    ProxyAbleAndWilling,
    /// A signature, or a waiver with its reason.
    Signature,
    /// Optional: email and phone.
    Contact,
}

impl Question {
    /// The stable key, used in page addresses and input ids, e.g. `date-of-birth`.
    pub fn key(self) -> &'static str {
        match self {
            Question::FullName => "full-name",
            Question::PreviousName => "previous-name",
            Question::RegisteredAddress => "registered-address",
            Question::DateOfBirth => "date-of-birth",
            Question::NiNumber => "ni-number",
            Question::Scope => "scope",
            Question::Ground => "ground",
            Question::BallotAddress => "ballot-address",
            Question::ProxyName => "proxy-name",
            Question::ProxyAddress => "proxy-address",
            Question::ProxyRelationship => "proxy-relationship",
            Question::ProxyLimit => "proxy-limit",
            Question::ProxyAbleAndWilling => "proxy-able-and-willing",
            Question::Signature => "signature",
            Question::Contact => "contact",
        }
    }

    /// The message key of the question's heading, e.g. `absent-q-date-of-birth`.
    pub fn title_key(self) -> String {
        format!("absent-q-{}", self.key())
    }

    /// Whether the voter may leave the question unanswered.
    pub fn is_optional(self) -> bool {
        matches!(self, Question::PreviousName | Question::Contact)
    }

    /// The question with this key, if any.
    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|question| question.key() == key)
    }

    const ALL: [Question; 15] = [
        Question::FullName,
        Question::PreviousName,
        Question::RegisteredAddress,
        Question::DateOfBirth,
        Question::NiNumber,
        Question::Scope,
        Question::Ground,
        Question::BallotAddress,
        Question::ProxyName,
        Question::ProxyAddress,
        Question::ProxyRelationship,
        Question::ProxyLimit,
        Question::ProxyAbleAndWilling,
        Question::Signature,
        Question::Contact,
    ];
}

/// The questions of a `method` application for `poll`, in page order.
pub fn questions(method: Method, poll: &TimetableRequest) -> Vec<Question> {
    let great_britain = !super::is_northern_ireland(poll.nation);
    let mut list = vec![Question::FullName, Question::PreviousName, Question::RegisteredAddress, Question::DateOfBirth];
    if great_britain {
        list.push(Question::NiNumber);
    }
    list.push(Question::Scope);
    if reason_required(method, poll.nation) {
        list.push(Question::Ground);
    }
    match method {
        Method::Postal => list.push(Question::BallotAddress),
        Method::Proxy => {
            list.extend([Question::ProxyName, Question::ProxyAddress]);
            if asks_family_relationship(poll.election_type, poll.nation) {
                list.push(Question::ProxyRelationship);
            }
            list.extend([Question::ProxyLimit, Question::ProxyAbleAndWilling]);
        }
    }
    list.extend([Question::Signature, Question::Contact]);
    list
}
