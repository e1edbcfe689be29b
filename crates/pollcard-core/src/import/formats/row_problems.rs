//! For the council-export importers' tests: the problems an importer reports about its
//! own rows, without the dataset's cross-file warnings (which grow as checks are
//! added, and are tested where they are made).

use crate::import::problems::Severity;
use crate::import::test_support::ImportOutcome;

/// Warnings an importer itself gives about a row.
const ROW_WARNINGS: [&str; 8] = [
    "no_location",
    "invalid_location",
    "invalid_station_postcode",
    "postcode_from_address",
    "unknown_columns",
    "duplicate_row",
    "blank_row",
    "unrecognised_answer",
];

/// `(code, line)` of every fatal problem, error and row warning about `file`, in order.
pub(crate) fn row_problems(outcome: &ImportOutcome, file: &str) -> Vec<(&'static str, Option<u64>)> {
    outcome
        .report
        .problems()
        .into_iter()
        .filter(|problem| problem.file.as_deref() == Some(file))
        .filter(|problem| problem.severity != Severity::Warning || ROW_WARNINGS.contains(&problem.code.key()))
        .map(|problem| (problem.code.key(), problem.line))
        .collect()
}
