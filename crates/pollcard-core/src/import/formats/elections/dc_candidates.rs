//! `democracy-club-candidates`: Democracy Club's (YourNextRepresentative's) candidate
//! CSV, one row per candidate and ballot.
//!
//! Exports name the same field differently over the years, so each field is read
//! from the first of its known column names. The export says nothing of withdrawn or
//! invalid nominations (those people are simply absent); a row's status comes from
//! `elected` (after the count), `deselected`, and `candidates_locked` (checked
//! against the statement of persons nominated: validly nominated) — else the
//! candidate is standing, not yet confirmed. Each row also describes its ballot,
//! which is used when no `pollcard-ballots/1` row gives it. Described in
//! `docs/data-formats.md`.

use crate::elections::{ids, BallotResults, Cancellation, CandidateStatus, VotingSystem};
use crate::import::dataset::{BallotInput, CandidateInput, Dataset};
use crate::import::report::{FileReport, Problem};
use crate::import::source::SourceFile;
use crate::model::LocalizedText;

use super::super::{Confidence, Importer};
use super::{import_rows, read_candidate, CandidateColumns, Row};

/// The format's name.
pub const NAME: &str = "democracy-club-candidates";

const BALLOT: &[&str] = &["ballot_paper_id"];
const NAMES: &[&str] = &["person_name", "name"];

const COLUMNS: CandidateColumns = CandidateColumns {
    name: NAMES,
    surname: &["surname", "last_name"],
    person_id: &["person_id"],
    party: &["party_name"],
    party_description: &["party_description", "party_description_text"],
    list_position: &["party_list_position"],
    ballot_position: &["ballot_paper_position", "sopn_position"],
    statement: &["statement_to_voters", "statement"],
    statement_cy: &["statement_to_voters_cy", "statement_cy"],
    votes: &["votes_cast", "votes"],
};

const SOPN_NAME: &[&str] = &["sopn_name", "name_on_sopn"];
const ELECTED: &[&str] = &["elected"];
const DESELECTED: &[&str] = &["deselected"];
const LOCKED: &[&str] = &["candidates_locked", "locked"];
const CANCELLED: &[&str] = &["cancelled_poll", "cancelled"];
const SEATS: &[&str] = &["seats_contested"];
const POST_LABEL: &[&str] = &["post_label"];
const POST_ID: &[&str] = &["post_id"];
const ELECTION_NAME: &[&str] = &["election_name"];
const VOTING_SYSTEM: &[&str] = &["voting_system"];
const TURNOUT: &[&str] = &["turnout_percentage", "turnout"];
const ELECTORATE: &[&str] = &["total_electorate", "electorate"];
const REJECTED: &[&str] = &["spoilt_ballots", "rejected_ballots"];
/// Read by nothing: known so that they are not reported as unknown columns.
const UNUSED: &[&str] = &[
    "election_id",
    "election_date",
    "election_current",
    "by_election",
    "by_election_reason",
    "party_id",
    "party_lists_in_use",
    "rank",
    "image",
    "image_url",
    "gss",
    "results_source",
    "theyworkforyou_url",
    "deselected_source",
];

/// Reads a Democracy Club candidate export.
#[derive(Clone, Copy, Debug)]
pub struct DemocracyClubCandidates;

impl Importer for DemocracyClubCandidates {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns ballot_paper_id and person_name (or person_id)"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let has_person = source.has_column("person_name") || source.has_column("person_id");
        match (source.has_column("ballot_paper_id"), has_person) {
            (true, true) => Confidence::Certain,
            (true, false) => Confidence::Possible,
            _ => Confidence::No,
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let candidate_columns = [COLUMNS.name, COLUMNS.surname, COLUMNS.person_id, COLUMNS.party];
        let more = [COLUMNS.party_description, COLUMNS.list_position, COLUMNS.ballot_position, COLUMNS.statement];
        let ballot_columns = [SOPN_NAME, ELECTED, DESELECTED, LOCKED, CANCELLED, SEATS, POST_LABEL, POST_ID];
        let rest = [ELECTION_NAME, VOTING_SYSTEM, TURNOUT, ELECTORATE, REJECTED, UNUSED, BALLOT];
        let known: Vec<&str> = candidate_columns
            .into_iter()
            .chain(more)
            .chain([COLUMNS.statement_cy, COLUMNS.votes])
            .chain(ballot_columns)
            .chain(rest)
            .flatten()
            .copied()
            .collect();
        let is_known = |column: &str| known.contains(&column);
        let add = |(input, ballot), origin| dataset.add_candidate(input, Some(ballot), origin);
        import_rows(source, report, (NAME, "candidate"), BALLOT, is_known, read_row, add);
    }
}

fn read_row(row: &Row) -> Result<(CandidateInput, BallotInput), Problem> {
    let ballot_id = row.ballot_id(BALLOT)?;
    let elected = row.yes_no(ELECTED)?;
    let locked = row.yes_no(LOCKED)?;
    let status = match (elected, row.yes_no(DESELECTED)?, locked) {
        (Some(true), _, _) => CandidateStatus::Elected,
        (_, Some(true), _) => CandidateStatus::Deselected,
        (Some(false), _, _) => CandidateStatus::NotElected,
        (None, _, Some(true)) => CandidateStatus::Nominated,
        _ => CandidateStatus::Standing,
    };
    let candidate = read_candidate(row, &COLUMNS, status, row.text(SOPN_NAME))?;
    let regional = ids::parse_ballot(&ballot_id).map(|id| id.is_regional()).unwrap_or(false);
    let voting_system = match row.field(VOTING_SYSTEM) {
        (name, Some(text)) => Some(
            VotingSystem::parse(&text, regional)
                .ok_or_else(|| row.invalid(name, &text, "a voting system such as FPTP, STV, AMS, sv or PR-CL"))?,
        ),
        (_, None) => None,
    };
    let results = BallotResults {
        turnout_percent: row.percent(TURNOUT)?,
        electorate: row.number(ELECTORATE, 0..=u32::MAX)?,
        ballots_cast: None,
        rejected_ballots: row.number(REJECTED, 0..=u32::MAX)?,
    };
    let ballot = BallotInput {
        id: ballot_id.clone(),
        election_name: LocalizedText::new(row.text(ELECTION_NAME), None),
        name: LocalizedText::new(row.text(POST_LABEL), None),
        ward_id: row.text(POST_ID),
        voting_system,
        seats: row.number(SEATS, 1u8..=99)?,
        sopn_published: locked,
        cancelled: row.yes_no(CANCELLED)?.filter(|&cancelled| cancelled).map(|_| Cancellation::default()),
        results: (results != BallotResults::default()).then_some(results),
        ..BallotInput::default()
    };
    Ok((CandidateInput { ballot_id, candidate, repaired: false }, ballot))
}
