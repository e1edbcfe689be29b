//! The answers of a postal or proxy vote application, as the pages collect them.
//!
//! Everything is kept as typed (a National Insurance number, a date's boxes), so a
//! page can show the voter's own text back and [`super::validate`] can say what is
//! wrong with it. An unanswered question is `None` or empty. Serde lets the app keep
//! an opt-in draft on the device; nothing here is ever sent anywhere.

use serde::{Deserialize, Serialize};

use super::date_input::DateInput;
use super::Method;

/// A postal address in the GOV.UK address pattern's fields; from the postcode
/// lookup when there was one, typed otherwise.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub line_1: String,
    #[serde(default)]
    pub line_2: String,
    pub town: String,
    pub postcode: String,
}

/// The National Insurance number question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NiNumberAnswer {
    /// The number as typed.
    Number(String),
    /// "I do not have one or cannot provide it", and why.
    CannotProvide { reason: String },
}

/// The grounds for an absent vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    /// A disability or illness.
    Disability,
    /// Work or service (the armed forces, or a job that keeps the voter away).
    Work,
    /// A course of study.
    Education,
    /// Any other reason (a holiday, caring for someone): for one poll only in Great
    /// Britain.
    Other,
}

impl Ground {
    pub const ALL: [Ground; 4] = [Ground::Disability, Ground::Work, Ground::Education, Ground::Other];

    /// A stable key, e.g. `disability`.
    pub fn key(self) -> &'static str {
        match self {
            Ground::Disability => "disability",
            Ground::Work => "work",
            Ground::Education => "education",
            Ground::Other => "other",
        }
    }
}

/// The grounds question: which ground, in the voter's words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroundAnswer {
    pub ground: Option<Ground>,
    /// Why the voter cannot vote in person, in their own words.
    #[serde(default)]
    pub details: String,
    /// The voter is registered blind (then a disability proxy needs no attester).
    #[serde(default)]
    pub registered_blind: bool,
}

/// How long the absent vote is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScopeAnswer {
    /// The one poll the voter is applying for.
    OnePoll,
    /// Until a date the voter chooses.
    Period { until: DateInput },
    /// As long as the rules allow (see [`super::maximum_scope`]).
    Maximum,
}

impl ScopeAnswer {
    /// Longer than one poll (which, for a proxy, needs stronger grounds).
    pub fn is_long_term(&self) -> bool {
        !matches!(self, ScopeAnswer::OnePoll)
    }
}

/// Where the postal ballot pack goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BallotDestination {
    RegisteredAddress,
    /// Another address, and why it must go there.
    Other {
        address: Address,
        reason: String,
    },
}

/// Why a voter cannot give a signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WaiverReason {
    /// A disability stops them signing, or signing the same way each time.
    Disability,
    /// They cannot read or write.
    CannotReadOrWrite,
}

/// The signature question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureAnswer {
    /// The voter will sign the form (in black ink, on the white panel).
    WillSign,
    /// The voter asks for the signature to be waived, and why.
    Waiver { reason: Option<WaiverReason> },
}

/// Optional ways electoral services can reach the voter about the application.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDetails {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// How the proxy is related to the voter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    Spouse,
    CivilPartner,
    Parent,
    Grandparent,
    Sibling,
    Child,
    Grandchild,
    /// Not a close relative (a friend, a neighbour, another relative).
    NotClose,
}

impl Relationship {
    /// Whether the law counts the relationship as close family for the proxy limit.
    pub fn is_close_family(self) -> bool {
        self != Relationship::NotClose
    }
}

/// How many other electors the proxy already acts for at the poll (not counting
/// close relatives where they are exempt from the limit).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxyLoad {
    pub uk_resident: u8,
    #[serde(default)]
    pub overseas_or_service: u8,
}

/// The questions only a proxy application asks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxyAnswers {
    pub full_name: String,
    pub address: Option<Address>,
    #[serde(default)]
    pub relationship: Option<Relationship>,
    /// The voter confirms the proxy is able and willing to vote for them.
    #[serde(default)]
    pub able_and_willing: bool,
    #[serde(default)]
    pub others_acting_for: Option<ProxyLoad>,
}

/// A postal or proxy vote application, answered so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub method: Method,
    pub full_name: String,
    #[serde(default)]
    pub previous_name: String,
    pub registered_address: Option<Address>,
    #[serde(default)]
    pub date_of_birth: DateInput,
    pub ni_number: Option<NiNumberAnswer>,
    #[serde(default)]
    pub ground: GroundAnswer,
    pub scope: Option<ScopeAnswer>,
    pub ballot_destination: Option<BallotDestination>,
    pub signature: Option<SignatureAnswer>,
    #[serde(default)]
    pub contact: ContactDetails,
    #[serde(default)]
    pub proxy: ProxyAnswers,
}

impl Application {
    /// An application with nothing answered yet.
    pub fn new(method: Method) -> Application {
        Application {
            method,
            full_name: String::new(),
            previous_name: String::new(),
            registered_address: None,
            date_of_birth: DateInput::default(),
            ni_number: None,
            ground: GroundAnswer::default(),
            scope: None,
            ballot_destination: None,
            signature: None,
            contact: ContactDetails::default(),
            proxy: ProxyAnswers::default(),
        }
    }
}
