//! Election data: Pollcard's own ballots and candidates files, and Democracy Club's
//! candidate export. Each row is checked on its own here (ids, numbers, yes/no
//! answers, statuses); how rows fit together is checked in the dataset.

pub mod ballots;
pub mod candidates;
pub mod dc_candidates;

use std::str::FromStr;

use crate::elections::{ids, Candidate, CandidateStatus};
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Origin, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::LocalizedText;

use super::rows::{self, Columns};

/// Reads every row of an election CSV: `read` checks one row (its error drops it,
/// reported on its line) and `add` takes what it read, with where it came from.
pub(crate) fn import_rows<T>(
    source: &SourceFile,
    report: &mut FileReport,
    (format, what): (&str, &'static str),
    required: &[&str],
    is_known: impl Fn(&str) -> bool,
    read: impl Fn(&Row) -> Result<T, Problem>,
    mut add: impl FnMut(T, Origin),
) {
    let Some((table, columns)) = rows::open_table(source, report, format, required, is_known) else { return };
    rows::for_each_row(&table, report, |record, report| match read(&Row::new(&columns, record, what)) {
        Ok(value) => {
            add(value, report.origin(record.line));
            Fate::Imported
        }
        Err(problem) => {
            report.push(problem.at_line(record.line));
            Fate::Dropped
        }
    });
}

/// One row's fields, found by the first of several column names that the file has
/// (exports name the same field differently).
pub(crate) struct Row<'a> {
    columns: &'a Columns,
    record: &'a CsvRow<'a>,
    /// "ballot" or "candidate", for messages.
    what: &'static str,
}

impl<'a> Row<'a> {
    pub(crate) fn new(columns: &'a Columns, record: &'a CsvRow<'a>, what: &'static str) -> Row<'a> {
        Row { columns, record, what }
    }

    /// The first of `names` the file has, and its value if not blank.
    pub(crate) fn field(&self, names: &[&'static str]) -> (&'static str, Option<String>) {
        let name = names.iter().copied().find(|name| self.columns.has(name)).unwrap_or(names[0]);
        (name, self.columns.optional(self.record, name))
    }

    pub(crate) fn text(&self, names: &[&'static str]) -> Option<String> {
        self.field(names).1
    }

    /// A required field; blank is the error that drops the row.
    pub(crate) fn required(&self, names: &[&'static str]) -> Result<String, Problem> {
        let (name, value) = self.field(names);
        value.ok_or_else(|| rows::blank_field(name, self.what))
    }

    pub(crate) fn localized(&self, en: &[&'static str], cy: &[&'static str]) -> LocalizedText {
        LocalizedText::new(self.text(en), self.text(cy))
    }

    /// A number in `range`, if given.
    pub(crate) fn number<T: FromStr + PartialOrd + std::fmt::Display>(
        &self,
        names: &[&'static str],
        range: std::ops::RangeInclusive<T>,
    ) -> Result<Option<T>, Problem> {
        let (name, Some(value)) = self.field(names) else { return Ok(None) };
        match value.replace(',', "").parse::<T>() {
            Ok(number) if range.contains(&number) => Ok(Some(number)),
            _ => Err(self.invalid(name, &value, &format!("a whole number from {} to {}", range.start(), range.end()))),
        }
    }

    /// A percentage such as `34.5` or `34.5%`.
    pub(crate) fn percent(&self, names: &[&'static str]) -> Result<Option<f32>, Problem> {
        let (name, Some(value)) = self.field(names) else { return Ok(None) };
        match value.trim_end_matches('%').trim().parse::<f32>() {
            Ok(percent) if (0.0..=100.0).contains(&percent) => Ok(Some(percent)),
            _ => Err(self.invalid(name, &value, "a percentage from 0 to 100, such as 34.5")),
        }
    }

    /// `yes`/`no` (also `y`, `true`, `t`, `1` and their opposites), if given.
    pub(crate) fn yes_no(&self, names: &[&'static str]) -> Result<Option<bool>, Problem> {
        let (name, Some(value)) = self.field(names) else { return Ok(None) };
        match value.to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "t" | "1" => Ok(Some(true)),
            "no" | "n" | "false" | "f" | "0" => Ok(Some(false)),
            _ => Err(self.invalid(name, &value, "yes or no")),
        }
    }

    /// A date written `YYYY-MM-DD`, if given.
    pub(crate) fn date(&self, names: &[&'static str]) -> Result<Option<String>, Problem> {
        let (name, Some(value)) = self.field(names) else { return Ok(None) };
        if ids::is_date(&value) {
            Ok(Some(value))
        } else {
            Err(self.invalid(name, &value, "a date written YYYY-MM-DD, such as 2026-04-09"))
        }
    }

    /// A required ballot paper id, checked for shape.
    pub(crate) fn ballot_id(&self, names: &[&'static str]) -> Result<String, Problem> {
        let id = self.required(names)?;
        let (name, _) = self.field(names);
        self.checked_ballot_id(name, id)
    }

    pub(crate) fn checked_ballot_id(&self, name: &str, id: String) -> Result<String, Problem> {
        match ids::parse_ballot(&id) {
            Ok(_) => Ok(id),
            Err(error) => Err(Problem::new(
                ProblemCode::InvalidElectionId,
                Action::Dropped,
                format!("\"{id}\" in \"{name}\" is not a ballot id: {error}; the {} was dropped", self.what),
                "Write the ballot's Democracy Club id: type, organisation, ward or division and poll date, as in \
                 local.example-borough.north-ward.2026-05-07.",
            )),
        }
    }

    pub(crate) fn invalid(&self, column: &str, value: &str, expected: &str) -> Problem {
        Problem::new(
            ProblemCode::InvalidElectionValue,
            Action::Dropped,
            format!("\"{value}\" in \"{column}\" is not {expected}; the {} was dropped", self.what),
            format!("Write \"{column}\" as {expected}, or leave it blank if it is not known."),
        )
    }
}

/// The parts of a candidate every candidate format has, under each format's names.
pub(crate) struct CandidateColumns {
    pub name: &'static [&'static str],
    pub surname: &'static [&'static str],
    pub person_id: &'static [&'static str],
    pub party: &'static [&'static str],
    pub party_description: &'static [&'static str],
    pub list_position: &'static [&'static str],
    pub ballot_position: &'static [&'static str],
    pub statement: &'static [&'static str],
    pub statement_cy: &'static [&'static str],
    pub votes: &'static [&'static str],
}

/// Reads a candidate with `status`; `sopn_name` ("SURNAME, Forenames", as Democracy
/// Club copies it from the statement) gives the surname when present.
pub(crate) fn read_candidate(
    row: &Row,
    columns: &CandidateColumns,
    status: CandidateStatus,
    sopn_name: Option<String>,
) -> Result<Candidate, Problem> {
    let name = row.required(columns.name)?;
    let surname = row.text(columns.surname).or_else(|| surname_from_sopn(sopn_name.as_deref()?, &name));
    Ok(Candidate {
        person_id: row.text(columns.person_id),
        // Only kept when the last word would be wrong.
        surname: surname.filter(|surname| name.rsplit(' ').next() != Some(surname.as_str())),
        party: row.text(columns.party),
        party_description: row.text(columns.party_description),
        list_position: row.number(columns.list_position, 1..=999)?,
        ballot_position: row.number(columns.ballot_position, 1..=999)?,
        status,
        statement: row.localized(columns.statement, columns.statement_cy),
        votes: row.number(columns.votes, 0..=u32::MAX)?,
        name,
    })
}

/// The surname in a statement's "SURNAME, Forenames" form, in the name's own case.
fn surname_from_sopn(sopn_name: &str, name: &str) -> Option<String> {
    let (surname, _) = sopn_name.split_once(',')?;
    let surname = surname.trim();
    let start = name.to_lowercase().rfind(&surname.to_lowercase())?;
    name.get(start..start + surname.len()).map(str::to_owned).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_from_the_statement() {
        assert_eq!(surname_from_sopn("VAN DER BERG, Anna", "Anna van der Berg").as_deref(), Some("van der Berg"));
        assert_eq!(surname_from_sopn("Anna van der Berg", "Anna van der Berg"), None);
        assert_eq!(surname_from_sopn("SMITH, Jo", "Jo Jones"), None);
    }
}
