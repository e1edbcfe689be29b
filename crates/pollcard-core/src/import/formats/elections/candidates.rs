//! `pollcard-candidates/1`: candidates, one row per candidate and ballot, with the
//! status Pollcard shows (Democracy Club's export has no withdrawn, invalid or
//! deselected statuses). The ballots come from `pollcard-ballots/1`. Described in
//! `docs/data-formats.md`.

use crate::elections::CandidateStatus;
use crate::import::dataset::{CandidateInput, Dataset};
use crate::import::report::{FileReport, Problem};
use crate::import::source::SourceFile;

use super::super::{Confidence, Importer};
use super::{import_rows, read_candidate, CandidateColumns, Row};

/// The format's name.
pub const NAME: &str = "pollcard-candidates/1";

const REQUIRED: [&str; 3] = ["ballot_id", "name", "status"];

const COLUMNS: CandidateColumns = CandidateColumns {
    name: &["name"],
    surname: &["surname"],
    person_id: &["person_id"],
    party: &["party"],
    party_description: &["party_description"],
    list_position: &["list_position"],
    ballot_position: &["ballot_position"],
    statement: &["statement"],
    statement_cy: &["statement_cy"],
    votes: &["votes"],
};

/// Reads a candidates file.
#[derive(Clone, Copy, Debug)]
pub struct PollcardCandidates;

impl Importer for PollcardCandidates {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns ballot_id, name and status"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if REQUIRED.iter().all(|column| source.has_column(column)) {
            Confidence::Certain
        } else if source.has_column("ballot_id") && source.has_column("party") {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let known = [COLUMNS.surname, COLUMNS.person_id, COLUMNS.party, COLUMNS.party_description]
            .into_iter()
            .chain([COLUMNS.list_position, COLUMNS.ballot_position, COLUMNS.statement, COLUMNS.statement_cy])
            .chain([COLUMNS.votes])
            .flatten()
            .copied()
            .chain(REQUIRED)
            .collect::<Vec<_>>();
        let is_known = |column: &str| known.contains(&column);
        let add = |input, origin| dataset.add_candidate(input, None, origin);
        import_rows(source, report, (NAME, "candidate"), &REQUIRED, is_known, read_row, add);
    }
}

fn read_row(row: &Row) -> Result<CandidateInput, Problem> {
    let ballot_id = row.ballot_id(&["ballot_id"])?;
    let status_text = row.required(&["status"])?;
    let status = CandidateStatus::from_key(&status_text).ok_or_else(|| {
        row.invalid(
            "status",
            &status_text,
            "one of standing, nominated, invalid, withdrawn, deselected, elected, not_elected, elected_unopposed",
        )
    })?;
    let candidate = read_candidate(row, &COLUMNS, status, None)?;
    Ok(CandidateInput { ballot_id, candidate, repaired: false })
}
