//! Elections, ballots and candidates as the bundle carries them. Optional fields are
//! left out of the JSON when absent, to keep the file every visitor loads small.

use serde::{Deserialize, Serialize};

use super::{ElectionType, VotingSystem};
use crate::model::{LocalizedText, Nation};
use crate::timetable::Timetable;

/// One organisation's election on one day (`local.example-borough.2026-05-07`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Election {
    pub id: String,
    pub name: LocalizedText,
    #[serde(rename = "type")]
    pub election_type: ElectionType,
    pub nation: Nation,
    /// `YYYY-MM-DD`.
    pub poll_date: String,
    /// Whether voters must show photo ID at the polling station.
    pub photo_id_required: bool,
    /// The youngest a voter may be on polling day.
    pub voting_age: u8,
    /// When the statement of persons nominated was (or is due to be) published,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sopn_date: Option<String>,
    /// Whether it has been published: until then every candidate list is provisional.
    #[serde(default)]
    pub sopn_published: bool,
    /// Every deadline of the poll (Europe/London local dates and times), computed
    /// when the bundle was built from the timetable rules and the bundle's own
    /// `timetable.json`: what `pollcard timetable` prints for its type, nation and
    /// poll date. Events that do not apply are absent; empty in files built before
    /// timetables were added. See [`super::key_dates`].
    #[serde(default, skip_serializing_if = "Timetable::is_empty")]
    pub timetable: Timetable,
}

/// The paper voters in one ward or division receive.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Ballot {
    pub id: String,
    pub election_id: String,
    /// The ward or division, as in the polling district → ward mapping; `None` for a
    /// ballot of the election's whole area (a mayor, a PCC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ward_id: Option<String>,
    /// The ward's or post's name.
    pub name: LocalizedText,
    pub voting_system: VotingSystem,
    pub seats: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<Cancellation>,
    /// In the order they were read; [`order::ballot_paper`](super::order::ballot_paper)
    /// puts them in ballot-paper order.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<BallotResults>,
}

/// Why a poll was not held, and the poll that replaces it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Cancellation {
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub reason: LocalizedText,
    /// The replacement ballot's id; its date is the new poll date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
}

/// The count's totals for a ballot; each candidate's votes are on the candidate.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct BallotResults {
    /// Turnout as a percentage of the electorate, as declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnout_percent: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub electorate: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ballots_cast: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_ballots: Option<u32>,
}

/// Where a candidate stands in the election.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(target_arch = "wasm32", serde(try_from = "String"))]
pub enum CandidateStatus {
    /// Said to be standing; not confirmed until the statement of persons nominated.
    Standing,
    /// Validly nominated: on the statement of persons nominated.
    Nominated,
    /// The nomination was found invalid: not on the ballot.
    Invalid,
    /// Withdrew before the deadline: not on the ballot.
    Withdrawn,
    /// Dropped by their party after nominations closed: still on the ballot, with the
    /// party's name, as the papers are printed.
    Deselected,
    Elected,
    NotElected,
    /// Elected without a poll, because no more candidates stood than there were seats.
    ElectedUnopposed,
}

impl CandidateStatus {
    pub const ALL: [CandidateStatus; 8] = [
        CandidateStatus::Standing,
        CandidateStatus::Nominated,
        CandidateStatus::Invalid,
        CandidateStatus::Withdrawn,
        CandidateStatus::Deselected,
        CandidateStatus::Elected,
        CandidateStatus::NotElected,
        CandidateStatus::ElectedUnopposed,
    ];

    /// The stable key, e.g. `elected_unopposed`.
    pub fn key(self) -> &'static str {
        match self {
            CandidateStatus::Standing => "standing",
            CandidateStatus::Nominated => "nominated",
            CandidateStatus::Invalid => "invalid",
            CandidateStatus::Withdrawn => "withdrawn",
            CandidateStatus::Deselected => "deselected",
            CandidateStatus::Elected => "elected",
            CandidateStatus::NotElected => "not_elected",
            CandidateStatus::ElectedUnopposed => "elected_unopposed",
        }
    }

    pub fn from_key(key: &str) -> Option<CandidateStatus> {
        let key = key.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        CandidateStatus::ALL.into_iter().find(|status| status.key() == key)
    }

    /// Whether the candidate's name is (or, before the statement, would be) printed
    /// on the ballot paper.
    pub fn on_ballot_paper(self) -> bool {
        !matches!(self, CandidateStatus::Invalid | CandidateStatus::Withdrawn)
    }

    /// Whether the status is only known from the statement of persons nominated:
    /// validly nominated, and deselected-but-still-on-the-ballot. (A withdrawal or an
    /// invalid nomination is known before it; results come after it.)
    pub fn needs_sopn(self) -> bool {
        matches!(self, CandidateStatus::Nominated | CandidateStatus::Deselected)
    }

    /// Whether the status is a result of the count (or of no count being needed).
    pub fn is_result(self) -> bool {
        matches!(self, CandidateStatus::Elected | CandidateStatus::NotElected | CandidateStatus::ElectedUnopposed)
    }
}

impl TryFrom<String> for CandidateStatus {
    type Error = crate::model::UnknownKey;

    /// Exactly a key, as serde's derived reader accepts (see `model::keys`).
    fn try_from(key: String) -> Result<Self, crate::model::UnknownKey> {
        crate::model::keys::variant_with_key(key, &CandidateStatus::ALL, CandidateStatus::key)
    }
}

/// A person standing on one ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Candidate {
    /// Democracy Club's person id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    /// The name as on the ballot paper, forenames first.
    pub name: String,
    /// The surname, when it is not simply the last word of `name` ("van der Berg").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// The description the candidate chose for the ballot paper, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_position: Option<u16>,
    /// The position on the ballot paper, from the statement of persons nominated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ballot_position: Option<u16>,
    pub status: CandidateStatus,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub statement: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<u32>,
}

impl Candidate {
    /// The surname: as given, else the name's last word.
    pub fn surname(&self) -> &str {
        match &self.surname {
            Some(surname) => surname,
            None => self.name.rsplit(' ').next().unwrap_or(&self.name),
        }
    }

    /// The name without the surname.
    pub fn forenames(&self) -> &str {
        let surname = self.surname();
        self.name.strip_suffix(surname).map(str::trim_end).unwrap_or(&self.name)
    }
}

/// How many of a ballot's (or any set of) candidates have each status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts([usize; CandidateStatus::ALL.len()]);

impl StatusCounts {
    pub fn of<'c>(candidates: impl IntoIterator<Item = &'c Candidate>) -> StatusCounts {
        let mut counts = StatusCounts::default();
        for candidate in candidates {
            counts.0[candidate.status as usize] += 1;
        }
        counts
    }

    pub fn get(&self, status: CandidateStatus) -> usize {
        self.0[status as usize]
    }

    /// Candidates whose names are on the ballot paper.
    pub fn on_ballot_paper(&self) -> usize {
        CandidateStatus::ALL.into_iter().filter(|status| status.on_ballot_paper()).map(|status| self.get(status)).sum()
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }
}

impl Ballot {
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.is_some()
    }

    /// The poll date, from the id (`YYYY-MM-DD`).
    pub fn poll_date(&self) -> &str {
        self.id.rsplit('.').next().unwrap_or_default()
    }

    /// Whether the seats were filled without a poll: a candidate is elected
    /// unopposed, or, once the statement is published, no more candidates stand than
    /// there are seats.
    pub fn is_uncontested(&self, sopn_published: bool) -> bool {
        let counts = StatusCounts::of(&self.candidates);
        if counts.get(CandidateStatus::ElectedUnopposed) > 0 {
            return true;
        }
        let standing = counts.on_ballot_paper();
        sopn_published && !self.voting_system.uses_party_lists() && standing > 0 && standing <= usize::from(self.seats)
    }

    pub fn status_counts(&self) -> StatusCounts {
        StatusCounts::of(&self.candidates)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn candidate(name: &str, status: CandidateStatus) -> Candidate {
        Candidate {
            person_id: None,
            name: name.into(),
            surname: None,
            party: None,
            party_description: None,
            list_position: None,
            ballot_position: None,
            status,
            statement: LocalizedText::default(),
            votes: None,
        }
    }

    fn ballot(candidates: Vec<Candidate>, seats: u8) -> Ballot {
        Ballot {
            id: "local.x.north.2026-05-07".into(),
            election_id: "local.x.2026-05-07".into(),
            ward_id: None,
            name: LocalizedText::english("North"),
            voting_system: VotingSystem::Fptp,
            seats,
            cancelled: None,
            candidates,
            results: None,
        }
    }

    #[test]
    fn statuses_on_the_paper() {
        use CandidateStatus::*;
        let on: Vec<_> = CandidateStatus::ALL.into_iter().filter(|s| s.on_ballot_paper()).collect();
        assert_eq!(on, [Standing, Nominated, Deselected, Elected, NotElected, ElectedUnopposed]);
        assert!(!Standing.needs_sopn() && Deselected.needs_sopn() && !Withdrawn.needs_sopn() && !Elected.needs_sopn());
        assert_eq!(CandidateStatus::from_key("Not elected"), Some(NotElected));
        assert_eq!(CandidateStatus::from_key("elected-unopposed"), Some(ElectedUnopposed));
        assert_eq!(CandidateStatus::from_key("won"), None);
    }

    #[test]
    fn counts_and_uncontested() {
        use CandidateStatus::*;
        let b = ballot(vec![candidate("A B", Nominated), candidate("C D", Withdrawn), candidate("E F", Invalid)], 1);
        let counts = b.status_counts();
        assert_eq!(
            (counts.get(Nominated), counts.get(Withdrawn), counts.on_ballot_paper(), counts.total()),
            (1, 1, 1, 3)
        );
        assert!(b.is_uncontested(true), "one candidate left for one seat");
        assert!(!b.is_uncontested(false), "not before the statement is published");
        let two = ballot(vec![candidate("A B", Nominated), candidate("C D", Deselected)], 1);
        assert!(!two.is_uncontested(true));
        assert!(ballot(vec![candidate("A B", ElectedUnopposed)], 2).is_uncontested(false));
        assert!(!ballot(Vec::new(), 1).is_uncontested(true), "no candidates is not uncontested");
    }

    #[test]
    fn surname_and_forenames() {
        let mut c = candidate("Anna Maria van der Berg", CandidateStatus::Standing);
        assert_eq!((c.surname(), c.forenames()), ("Berg", "Anna Maria van der"));
        c.surname = Some("van der Berg".into());
        assert_eq!((c.surname(), c.forenames()), ("van der Berg", "Anna Maria"));
        assert_eq!(ballot(Vec::new(), 1).poll_date(), "2026-05-07");
    }
}
