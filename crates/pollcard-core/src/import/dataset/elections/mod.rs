//! Elections, ballots and candidates from every file, checked together and turned
//! into the bundle's `elections.json`.
//!
//! Ballots come from `pollcard-ballots/1` rows, or are made from the ballot fields of
//! Democracy Club candidate rows when no ballot row names them; a council's own
//! ballot row wins. Elections are made from their ballots (an id's election part
//! names it), with the nation from the council file and the photo-ID rule from the
//! timetable rules, unless a row states it. What needs every file — an election type
//! the nation does not hold, candidates of unknown ballots, statuses the statement
//! of persons nominated has not yet decided, which polling districts vote in which
//! ballot — is checked in [`finish`].

use crate::elections::{BallotResults, Cancellation, Candidate, VotingSystem};
use crate::import::report::Origin;
use crate::model::LocalizedText;

use super::Dataset;

mod build;
mod guidance;
mod link;
#[cfg(test)]
mod tests;
mod timetables;

pub(in crate::import) use build::finish;

/// One ballot as a file gives it. `None` fields were not given; `finish` defaults them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BallotInput {
    /// A checked Democracy Club ballot paper id.
    pub id: String,
    pub election_name: LocalizedText,
    pub name: LocalizedText,
    pub ward_id: Option<String>,
    pub voting_system: Option<VotingSystem>,
    pub seats: Option<u8>,
    pub sopn_date: Option<String>,
    pub sopn_published: Option<bool>,
    pub photo_id_required: Option<bool>,
    pub voting_age: Option<u8>,
    pub cancelled: Option<Cancellation>,
    pub results: Option<BallotResults>,
}

/// A candidate on a ballot, as a file gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct CandidateInput {
    pub ballot_id: String,
    pub candidate: Candidate,
    /// Whether the record was settled as repaired (for the report's counts).
    pub repaired: bool,
}

#[derive(Clone, Debug)]
struct BallotEntry {
    ballot: BallotInput,
    origin: Origin,
    /// A `pollcard-ballots/1` row (one record of its own), rather than the ballot
    /// fields of a candidate row.
    own_record: bool,
}

#[derive(Clone, Debug)]
struct CandidateEntry {
    input: CandidateInput,
    origin: Origin,
}

/// Everything election-related read so far.
#[derive(Clone, Debug, Default)]
pub struct ElectionInputs {
    ballots: Vec<BallotEntry>,
    candidates: Vec<CandidateEntry>,
}

impl ElectionInputs {
    fn is_empty(&self) -> bool {
        self.ballots.is_empty() && self.candidates.is_empty()
    }
}

impl Dataset {
    /// Adds a ballot row (one record, settled as imported).
    pub fn add_ballot(&mut self, ballot: BallotInput, origin: Origin) {
        self.elections.ballots.push(BallotEntry { ballot, origin, own_record: true });
    }

    /// Adds a candidate; `ballot` is the ballot as the candidate's row describes it,
    /// used when no ballot row gives that ballot.
    pub fn add_candidate(&mut self, input: CandidateInput, ballot: Option<BallotInput>, origin: Origin) {
        if let Some(ballot) = ballot {
            self.elections.ballots.push(BallotEntry { ballot, origin, own_record: false });
        }
        self.elections.candidates.push(CandidateEntry { input, origin });
    }
}
