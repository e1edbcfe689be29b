//! `pollcard-ballots/1`: a council's elections and ballots, one row per ballot.
//!
//! Election details (name, statement date, photo ID, voting age) sit on every ballot
//! row of the election, so the file is one flat table a spreadsheet can keep; the
//! dataset warns when two rows of one election disagree. Described in
//! `docs/data-formats.md`.

use crate::elections::{ids, BallotResults, Cancellation, VotingSystem};
use crate::import::dataset::{BallotInput, Dataset};
use crate::import::report::{FileReport, Problem};
use crate::import::source::SourceFile;

use super::super::{Confidence, Importer};
use super::{import_rows, Row};

/// The format's name.
pub const NAME: &str = "pollcard-ballots/1";

const REQUIRED: [&str; 4] = ["ballot_id", "ballot_name", "voting_system", "seats"];
const OPTIONAL: [&str; 17] = [
    "ballot_name_cy",
    "ward_id",
    "election_name",
    "election_name_cy",
    "sopn_date",
    "sopn_published",
    "photo_id_required",
    "voting_age",
    "cancelled",
    "cancelled_reason",
    "cancelled_reason_cy",
    "replaced_by",
    "turnout_percent",
    "electorate",
    "ballots_cast",
    "rejected_ballots",
    "notes",
];

/// Reads a ballots file.
#[derive(Clone, Copy, Debug)]
pub struct PollcardBallots;

impl Importer for PollcardBallots {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns ballot_id, ballot_name, voting_system and seats"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if REQUIRED.iter().all(|column| source.has_column(column)) {
            Confidence::Certain
        } else if source.has_column("ballot_id") && source.has_column("voting_system") {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let is_known = |column: &str| REQUIRED.contains(&column) || OPTIONAL.contains(&column);
        let add = |ballot, origin| dataset.add_ballot(ballot, origin);
        import_rows(source, report, (NAME, "ballot"), &REQUIRED, is_known, read_ballot, add);
    }
}

fn read_ballot(row: &Row) -> Result<BallotInput, Problem> {
    let id = row.ballot_id(&["ballot_id"])?;
    let regional = ids::parse_ballot(&id).map(|parsed| parsed.is_regional()).unwrap_or(false);
    let system_text = row.required(&["voting_system"])?;
    let voting_system = VotingSystem::parse(&system_text, regional).ok_or_else(|| {
        row.invalid("voting_system", &system_text, "one of fptp, stv, ams_constituency, ams_regional, sv, closed_list")
    })?;
    let seats = row.number(&["seats"], 1u8..=99)?;
    let reason = row.localized(&["cancelled_reason"], &["cancelled_reason_cy"]);
    let replaced_by = match row.text(&["replaced_by"]) {
        Some(replacement) => Some(row.checked_ballot_id("replaced_by", replacement)?),
        None => None,
    };
    let cancelled = row.yes_no(&["cancelled"])?.unwrap_or(!reason.is_empty() || replaced_by.is_some());
    let results = BallotResults {
        turnout_percent: row.percent(&["turnout_percent"])?,
        electorate: row.number(&["electorate"], 0..=u32::MAX)?,
        ballots_cast: row.number(&["ballots_cast"], 0..=u32::MAX)?,
        rejected_ballots: row.number(&["rejected_ballots"], 0..=u32::MAX)?,
    };
    Ok(BallotInput {
        election_name: row.localized(&["election_name"], &["election_name_cy"]),
        name: row.localized(&["ballot_name"], &["ballot_name_cy"]),
        ward_id: row.text(&["ward_id"]),
        voting_system: Some(voting_system),
        seats,
        sopn_date: row.date(&["sopn_date"])?,
        sopn_published: row.yes_no(&["sopn_published"])?,
        photo_id_required: row.yes_no(&["photo_id_required"])?,
        voting_age: row.number(&["voting_age"], 16u8..=18)?,
        cancelled: cancelled.then_some(Cancellation { reason, replaced_by }),
        results: (results != BallotResults::default()).then_some(results),
        id,
    })
}
