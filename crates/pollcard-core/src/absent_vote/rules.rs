//! What differs between nations and polls: who handles an application, whether it
//! needs a reason, how long it may last, how many people a proxy may act for, who
//! must attest, and whether an official online service takes it.
//!
//! Each answer comes from the facts in `docs/absent-voting.md`, one function per
//! rule, so a change in the law is a change in one place.

use super::answers::Ground;
use super::Method;
use crate::model::Nation;
use crate::timetable::ElectionType;

/// Whether a poll is a Scottish or Welsh devolved or local poll: the Scottish
/// Parliament, the Senedd, and council (and Welsh community council) elections in
/// Scotland and Wales. There the voting age is 16 and a proxy may act for any number
/// of close relatives.
pub fn is_devolved_scottish_or_welsh(election_type: ElectionType, nation: Nation) -> bool {
    matches!(
        (election_type, nation),
        (ElectionType::ScottishParliament, Nation::Scotland)
            | (ElectionType::Local, Nation::Scotland)
            | (ElectionType::Senedd, Nation::Wales)
            | (ElectionType::Local, Nation::Wales)
            | (ElectionType::Parish, Nation::Wales)
    )
}

/// Who receives and decides an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Authority {
    /// The council's electoral registration officer (electoral services), in Great Britain.
    Council,
    /// The Electoral Office for Northern Ireland.
    Eoni,
}

impl Authority {
    pub fn message_key(self) -> &'static str {
        match self {
            Authority::Council => "absent-authority-council",
            Authority::Eoni => "absent-authority-eoni",
        }
    }
}

/// Who handles absent-vote applications in `nation`.
pub fn handled_by(nation: Nation) -> Authority {
    if super::is_northern_ireland(nation) {
        Authority::Eoni
    } else {
        Authority::Council
    }
}

/// Whether the voter must give a reason (grounds): always in Northern Ireland, where
/// absent votes are not on demand; in Great Britain only for a proxy.
pub fn reason_required(method: Method, nation: Nation) -> bool {
    super::is_northern_ireland(nation) || method == Method::Proxy
}

/// How long "the maximum allowed" is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaximumScope {
    /// At most this many years, then the voter applies again.
    Years(u8),
    /// The facts give no fixed limit: the page says "the longest the office allows".
    NotStated,
}

/// The longest an absent vote lasts in `nation`: 3 years in Great Britain (Elections
/// Act 2022); no figure is in Pollcard's facts for Northern Ireland.
pub fn maximum_scope(nation: Nation) -> MaximumScope {
    if super::is_northern_ireland(nation) {
        MaximumScope::NotStated
    } else {
        MaximumScope::Years(3)
    }
}

/// How many electors one proxy may act for at one poll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProxyLimit {
    /// Electors living in the UK, this voter included.
    pub uk_resident: u8,
    /// All electors, counting overseas and service electors.
    pub total: u8,
    /// Close relatives (spouse or civil partner, parent, grandparent, brother,
    /// sister, child, grandchild) do not count towards the limit.
    pub close_family_exempt: bool,
}

/// The proxy limit of a poll: at Scottish and Welsh devolved and local polls 2
/// electors who are not close relatives (overseas electors do not vote there);
/// elsewhere 2 living in the UK and 4 in all, with no family exception.
pub fn proxy_limit(election_type: ElectionType, nation: Nation) -> ProxyLimit {
    if is_devolved_scottish_or_welsh(election_type, nation) {
        ProxyLimit { uk_resident: 2, total: 2, close_family_exempt: true }
    } else {
        ProxyLimit { uk_resident: 2, total: 4, close_family_exempt: false }
    }
}

/// Whether a proxy application asks how the proxy is related to the voter: at the
/// polls where close relatives do not count towards the proxy limit.
pub fn asks_family_relationship(election_type: ElectionType, nation: Nation) -> bool {
    proxy_limit(election_type, nation).close_family_exempt
}

/// Someone who must sign an application to confirm the voter's grounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attester {
    /// A doctor, nurse or other registered health or social care professional.
    HealthProfessional,
    /// The voter's employer (or, for the self-employed, someone who knows them and
    /// is not related to them).
    Employer,
    /// The director or tutor of the voter's course.
    CourseTutor,
}

impl Attester {
    pub fn message_key(self) -> &'static str {
        match self {
            Attester::HealthProfessional => "absent-attester-health-professional",
            Attester::Employer => "absent-attester-employer",
            Attester::CourseTutor => "absent-attester-course-tutor",
        }
    }
}

/// Who must attest a Great Britain proxy application that lasts longer than one poll
/// (a period or the maximum), on `ground`: disability (not for a registered-blind
/// voter), work and education grounds need an attester. A single-poll proxy needs
/// none; Northern Ireland's rules for attestation are EONI's form's business.
pub fn attester_for(
    method: Method,
    nation: Nation,
    long_term: bool,
    ground: Ground,
    registered_blind: bool,
) -> Option<Attester> {
    if method != Method::Proxy || super::is_northern_ireland(nation) || !long_term {
        return None;
    }
    match ground {
        Ground::Disability if registered_blind => None,
        Ground::Disability => Some(Attester::HealthProfessional),
        Ground::Work => Some(Attester::Employer),
        Ground::Education => Some(Attester::CourseTutor),
        Ground::Other => None,
    }
}

/// Whether `ground` can support a long-term (period or maximum) proxy in Great
/// Britain: disability, work or education; other reasons (a holiday) are for one poll.
pub fn ground_allows_long_term_proxy(ground: Ground) -> bool {
    ground != Ground::Other
}

/// An official online service a voter may use instead of the paper form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnlineService {
    /// GOV.UK's "Apply for a postal vote".
    GovUkPostalVote,
    /// GOV.UK's "Apply for a proxy vote".
    GovUkProxyVote,
}

impl OnlineService {
    /// The service's address (an outbound link the voter chooses to follow).
    pub fn url(self) -> &'static str {
        match self {
            OnlineService::GovUkPostalVote => "https://www.gov.uk/apply-postal-vote",
            OnlineService::GovUkProxyVote => "https://www.gov.uk/apply-proxy-vote",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            OnlineService::GovUkPostalVote => "absent-online-postal",
            OnlineService::GovUkProxyVote => "absent-online-proxy",
        }
    }
}

/// The online service for an application, if there is one: in Great Britain for a
/// postal vote, and for a proxy for a single poll (a long-term proxy on disability
/// or work grounds needs a paper form with an attestation). Northern Ireland's
/// applications go to EONI on paper.
pub fn online_service(method: Method, nation: Nation, long_term: bool) -> Option<OnlineService> {
    if super::is_northern_ireland(nation) {
        return None;
    }
    match method {
        Method::Postal => Some(OnlineService::GovUkPostalVote),
        Method::Proxy if !long_term => Some(OnlineService::GovUkProxyVote),
        Method::Proxy => None,
    }
}
