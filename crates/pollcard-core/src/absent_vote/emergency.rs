//! The emergency proxy: after the proxy deadline, until 5 pm on polling day, for a
//! voter whose circumstances changed too late for an ordinary proxy.
//!
//! The wizard asks what happened and when; this decides whether the grounds apply,
//! who must attest, and by when. The grounds (Electoral Commission guidance, the
//! Representation of the People Regulations as amended for voter ID): a disability
//! or medical emergency, detention under mental-health law, or work or service
//! reasons, arising after the proxy deadline; and, at polls that require photo ID,
//! ID lost, stolen, destroyed or damaged after the Voter Authority Certificate
//! deadline, ID sent away and not returned, or ID or a certificate applied for and
//! not arrived. Medical and work grounds need an attester.

use super::deadlines::{LocalDateTime, PollDeadlines};
use super::is_northern_ireland;
use super::rules::Attester;
use crate::timetable::Event;

/// What happened to the voter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmergencyGround {
    /// A disability or medical emergency.
    MedicalEmergency,
    /// Detained as a patient under mental-health law.
    DetainedPatient,
    /// Work or service that keeps the voter away on polling day.
    WorkOrService,
    /// Photo ID lost, stolen, destroyed or damaged.
    IdLostStolenOrDamaged,
    /// Photo ID sent away (to renew it, to a visa office) and not back.
    IdSentAwayNotReturned,
    /// Photo ID or a Voter Authority Certificate applied for and not arrived.
    IdOrCertificateNotArrived,
}

impl EmergencyGround {
    pub const ALL: [EmergencyGround; 6] = [
        EmergencyGround::MedicalEmergency,
        EmergencyGround::DetainedPatient,
        EmergencyGround::WorkOrService,
        EmergencyGround::IdLostStolenOrDamaged,
        EmergencyGround::IdSentAwayNotReturned,
        EmergencyGround::IdOrCertificateNotArrived,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EmergencyGround::MedicalEmergency => "medical-emergency",
            EmergencyGround::DetainedPatient => "detained-patient",
            EmergencyGround::WorkOrService => "work-or-service",
            EmergencyGround::IdLostStolenOrDamaged => "id-lost-stolen-or-damaged",
            EmergencyGround::IdSentAwayNotReturned => "id-sent-away-not-returned",
            EmergencyGround::IdOrCertificateNotArrived => "id-or-certificate-not-arrived",
        }
    }

    /// A voter-ID ground (only at polls that require photo ID).
    pub fn is_voter_id(self) -> bool {
        matches!(
            self,
            EmergencyGround::IdLostStolenOrDamaged
                | EmergencyGround::IdSentAwayNotReturned
                | EmergencyGround::IdOrCertificateNotArrived
        )
    }

    /// Who must attest the application on this ground.
    pub fn attester(self) -> Option<Attester> {
        match self {
            EmergencyGround::MedicalEmergency => Some(Attester::HealthProfessional),
            EmergencyGround::WorkOrService => Some(Attester::Employer),
            _ => None,
        }
    }
}

/// What happened, and when the voter learned of it (local time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Happening {
    pub ground: EmergencyGround,
    pub when: LocalDateTime,
}

/// Whether an emergency proxy is possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmergencyDecision {
    /// The grounds apply: apply by `closes`, attested by `attester` if any.
    Applies { attester: Option<Attester>, closes: LocalDateTime },
    /// The ordinary proxy deadline has not passed yet: apply for a proxy instead.
    UseOrdinaryProxy { closes: LocalDateTime },
    /// It happened before `deadline`, when an ordinary proxy (or a Voter Authority
    /// Certificate) could still be applied for, so it is not an emergency ground.
    HappenedBeforeDeadline { deadline: LocalDateTime },
    /// The poll does not require photo ID, so ID grounds do not arise.
    PhotoIdNotRequired,
    /// Pollcard's facts do not settle this (voter-ID grounds in Northern Ireland,
    /// whose Electoral Identity Card is EONI's): ask the electoral office.
    AskElectoralOffice,
    /// The answer says it happened after `now`: the page asks again.
    WhenIsInTheFuture,
    /// 5 pm on polling day has passed.
    TooLate { closed: LocalDateTime },
}

impl EmergencyDecision {
    pub fn message_key(self) -> &'static str {
        match self {
            EmergencyDecision::Applies { .. } => "absent-emergency-applies",
            EmergencyDecision::UseOrdinaryProxy { .. } => "absent-emergency-use-ordinary-proxy",
            EmergencyDecision::HappenedBeforeDeadline { .. } => "absent-emergency-before-deadline",
            EmergencyDecision::PhotoIdNotRequired => "absent-emergency-photo-id-not-required",
            EmergencyDecision::AskElectoralOffice => "absent-emergency-ask-electoral-office",
            EmergencyDecision::WhenIsInTheFuture => "absent-emergency-when-in-future",
            EmergencyDecision::TooLate { .. } => "absent-emergency-too-late",
        }
    }
}

/// Whether `happening` gives grounds for an emergency proxy at the poll of
/// `deadlines`, asked at `now`.
pub fn emergency_proxy(deadlines: &PollDeadlines, happening: &Happening, now: LocalDateTime) -> EmergencyDecision {
    let (Some(proxy), Some(closes)) = (deadlines.at(Event::ProxyApplication), deadlines.at(Event::EmergencyProxy))
    else {
        return EmergencyDecision::AskElectoralOffice;
    };
    if now >= closes {
        return EmergencyDecision::TooLate { closed: closes };
    }
    if happening.when > now {
        return EmergencyDecision::WhenIsInTheFuture;
    }
    if now < proxy {
        return EmergencyDecision::UseOrdinaryProxy { closes: proxy };
    }
    let ground = happening.ground;
    let applies = EmergencyDecision::Applies { attester: ground.attester(), closes };
    if !ground.is_voter_id() {
        // "After the deadline": from the moment it passed.
        return if happening.when >= proxy {
            applies
        } else {
            EmergencyDecision::HappenedBeforeDeadline { deadline: proxy }
        };
    }
    if !deadlines.photo_id {
        return EmergencyDecision::PhotoIdNotRequired;
    }
    if is_northern_ireland(deadlines.nation()) {
        return EmergencyDecision::AskElectoralOffice;
    }
    match (ground, deadlines.at(Event::VacApplication)) {
        (EmergencyGround::IdLostStolenOrDamaged, Some(vac)) if happening.when < vac => {
            EmergencyDecision::HappenedBeforeDeadline { deadline: vac }
        }
        (_, None) => EmergencyDecision::AskElectoralOffice,
        _ => applies,
    }
}
