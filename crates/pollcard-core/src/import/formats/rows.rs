//! What every CSV format does the same way: finding columns by name (any case),
//! refusing a file that lacks a required column, and the row checks that do not
//! depend on the format (wrong number of fields, blank rows, exact duplicates).
//!
//! Rows stream from the file (see [`SourceFile::rows`]): an importer's closure sees
//! each [`CsvRow`] while it is in the reader's buffer and keeps only what it builds
//! from it. Nothing holds every row at once, so the exact-duplicate check remembers a
//! hash of each row and where it started, and reads an earlier row again only when a
//! later one hashes the same.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, Joined, SourceFile, Truncation};
use crate::model::{AccessibilityFeature, Availability, StationAccessibility};
use crate::postcode::Postcode;

/// A table's columns, found by name in any case.
pub(crate) struct Columns {
    header: Vec<String>,
    /// Looked up for every field of every row, so FxHash (only looked up, never
    /// iterated: the hasher cannot change any output).
    index: FxHashMap<String, usize>,
}

impl Columns {
    fn new(header: &[String]) -> Columns {
        let mut index = FxHashMap::default();
        for (position, name) in header.iter().enumerate() {
            // The first of two same-named columns wins, as a reader's eye would.
            index.entry(name.to_ascii_lowercase()).or_insert(position);
        }
        Columns { header: header.to_vec(), index }
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    /// The value of column `name` in `record`, trimmed; empty when the column is absent.
    pub(crate) fn get<'r>(&self, record: &'r CsvRow<'_>, name: &str) -> &'r str {
        self.index.get(name).and_then(|&position| record.get(position)).unwrap_or_default()
    }

    /// Column `name`, found once so that reading it from each row is an index: an
    /// importer finds its columns when it opens a file, not for every field of every
    /// row (a hash and a string compare each, which was a fifteenth of a build's time).
    pub(crate) fn column(&self, name: &str) -> Column {
        Column(self.index.get(name).copied())
    }

    /// [`Columns::column`] for each of `names`, in order.
    pub(crate) fn columns<const N: usize>(&self, names: &[&str; N]) -> [Column; N] {
        names.map(|name| self.column(name))
    }

    /// The value, or `None` when blank or absent.
    pub(crate) fn optional(&self, record: &CsvRow<'_>, name: &str) -> Option<String> {
        Some(self.get(record, name)).filter(|value| !value.is_empty()).map(str::to_owned)
    }

    /// Warns once about columns the format does not use.
    fn warn_unknown(&self, is_known: impl Fn(&str) -> bool, format: &str, report: &mut FileReport) {
        let unknown: Vec<&str> =
            self.header.iter().map(String::as_str).filter(|name| !is_known(&name.to_ascii_lowercase())).collect();
        if unknown.is_empty() {
            return;
        }
        report.push(
            Problem::new(
                ProblemCode::UnknownColumns,
                Action::Ignored,
                format!("{format} does not use the column(s) {}; they were ignored", quoted_list(&unknown)),
                "Remove the columns, or check their spelling against docs/data-formats.md if they were meant \
                 to carry data.",
            )
            .at_line(1),
        );
    }
}

/// A column of a file, found by [`Columns::column`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Column(Option<usize>);

impl Column {
    /// The value in `record`, trimmed; empty when the file has no such column.
    pub(crate) fn get<'r>(self, record: &'r CsvRow<'_>) -> &'r str {
        self.0.and_then(|position| record.get(position)).unwrap_or_default()
    }
}

/// `"a", "b"` for messages.
pub(crate) fn quoted_list(names: &[&str]) -> String {
    names.iter().map(|name| format!("\"{name}\"")).collect::<Vec<_>>().join(", ")
}

/// Reads `source` as a table in `format`, checking its required columns. Returns `None`
/// (with a fatal problem reported and every record settled as dropped) when the file
/// cannot be used.
pub(crate) fn open_table<'s>(
    source: &'s SourceFile,
    report: &mut FileReport,
    format: &str,
    required: &[&str],
    is_known: impl Fn(&str) -> bool,
) -> Option<(Table<'s>, Columns)> {
    open_table_with_header(source, report, format, required, is_known, <[String]>::to_vec)
}

/// [`open_table`] for formats whose header needs tidying first: `header` gives the
/// column names to use (one per column, in order), e.g. Xpress's duplicated and glued
/// names mapped back to the names they stand for.
pub(crate) fn open_table_with_header<'s>(
    source: &'s SourceFile,
    report: &mut FileReport,
    format: &str,
    required: &[&str],
    is_known: impl Fn(&str) -> bool,
    header: impl FnOnce(&[String]) -> Vec<String>,
) -> Option<(Table<'s>, Columns)> {
    report.delimiter = Some(source.delimiter());
    let shape = match source.shape() {
        Ok(table) => table,
        Err(error) => {
            report.push(Problem::new(
                ProblemCode::UnreadableFile,
                Action::Stopped,
                format!("{} could not be read as {format}: {error}", source.name()),
                "Check the file is a complete CSV export; open it in a text editor to look for damage.",
            ));
            return None;
        }
    };
    report.set_records_read(shape.records);
    if let Some(truncation) = &shape.truncated {
        report.push(truncated(source, truncation));
        for _ in 0..shape.records {
            report.settle(Fate::Dropped);
        }
        return None;
    }
    let columns = Columns::new(&header(&shape.header));
    let missing: Vec<&str> = required.iter().copied().filter(|name| !columns.has(name)).collect();
    if !missing.is_empty() {
        for name in &missing {
            report.push(
                Problem::new(
                    ProblemCode::MissingColumn,
                    Action::Stopped,
                    format!(
                        "{} has no \"{name}\" column, which {format} requires; its header line is: {}",
                        source.name(),
                        source.first_line()
                    ),
                    format!(
                        "Add a \"{name}\" column ({format} needs {}), or check the first line of the file is \
                         the header.",
                        quoted_list(required)
                    ),
                )
                .at_line(1),
            );
        }
        for _ in 0..shape.records {
            report.settle(Fate::Dropped);
        }
        return None;
    }
    columns.warn_unknown(is_known, format, report);
    Some((Table { source, width: shape.header.len(), records: shape.records }, columns))
}

/// A CSV file that passed [`open_table`]'s checks, ready to stream its rows.
pub(crate) struct Table<'s> {
    source: &'s SourceFile,
    /// How many fields the header has, and how many records follow it.
    width: usize,
    records: usize,
}

impl Table<'_> {
    /// How many data records the file has (each is settled by [`for_each_row`]).
    pub(crate) fn records(&self) -> usize {
        self.records
    }
}

/// The fatal problem for a file cut off in its last record: none of it is imported,
/// because a part of a council's addresses would look like the whole.
fn truncated(source: &SourceFile, truncation: &Truncation) -> Problem {
    Problem::new(
        ProblemCode::TruncatedFile,
        Action::Stopped,
        format!(
            "{} looks cut short: {truncation}; none of it was imported, because the rest of the file is missing",
            source.name()
        ),
        "Export the data again and check the new file is complete (its last line should be a whole row) before \
         building.",
    )
    .at_line(truncation.line)
}

/// Runs `import` on every record that passes the checks common to all formats, and
/// settles each record with the fate it returns (or as dropped when a check fails).
pub(crate) fn for_each_row(
    table: &Table<'_>,
    report: &mut FileReport,
    mut import: impl FnMut(&CsvRow<'_>, &mut FileReport) -> Fate,
) {
    let mut first_seen = SeenRows::with_capacity(table.records);
    // `open_table` has read the same text with the same reader, so no record fails now.
    let Ok(mut rows) = table.source.rows() else { return };
    while let Some(Ok(record)) = rows.next_row() {
        let fate = match check_row(table, &record, &mut first_seen) {
            Some(problem) => {
                report.push(problem.at_line(record.line));
                Fate::Dropped
            }
            None => import(&record, report),
        };
        report.settle(fate);
    }
}

/// The rows read so far, to find exact copies: each row's hash, with the line it is
/// on and where the reader started it. Two rows are copies when their fields, trimmed,
/// are equal in number and text; a hash match is confirmed by reading the earlier row
/// again, so a collision can never drop a row. FxHash (the map is only looked up,
/// never iterated, so the hasher cannot change any output), sized for every row up
/// front so it never rehashes as it grows.
struct SeenRows {
    first: FxHashMap<u64, (u64, usize)>,
    /// Rows whose hash an earlier, different row already had (in practice none).
    collided: Vec<(u64, u64, usize)>,
    /// A row's trimmed fields joined, for the rare row with a field to trim.
    joined: Vec<u8>,
}

impl SeenRows {
    fn with_capacity(rows: usize) -> SeenRows {
        SeenRows {
            first: FxHashMap::with_capacity_and_hasher(rows, Default::default()),
            collided: Vec::new(),
            joined: Vec::new(),
        }
    }

    /// The line of an earlier copy of `row`; otherwise `None`, and `row` is remembered.
    fn copy_of(&mut self, source: &SourceFile, row: &CsvRow<'_>) -> Option<u64> {
        let hash = self.hash(row);
        let same = |byte: usize| source.fields_at_equal(byte, row.fields());
        match self.first.get(&hash) {
            None => {
                self.first.insert(hash, (row.line, row.byte()));
                None
            }
            Some(&(line, byte)) if same(byte) => Some(line),
            Some(_) => {
                let earlier = self.collided.iter().find(|&&(other, _, byte)| other == hash && same(byte));
                if let Some(&(_, line, _)) = earlier {
                    return Some(line);
                }
                self.collided.push((hash, row.line, row.byte()));
                None
            }
        }
    }

    /// A hash of the trimmed fields joined (see [`CsvRow::joined`]): rows of a file
    /// with equal trimmed fields hash the same. The joined text is hashed in one call
    /// (hashing field by field was most of the row checks' time); when no field needs
    /// trimming, nearly always, it is the line as it is in the text or the csv
    /// reader's buffer. A quote-free line's text says what its fields are; the csv
    /// reader's fields are joined without separators, so their number and lengths are
    /// hashed too. Rows that only hash the same are told apart by reading the earlier
    /// one again (`copy_of`).
    fn hash(&mut self, row: &CsvRow<'_>) -> u64 {
        let mut hasher = FxHasher::default();
        match row.joined() {
            Joined::Line(line) => hasher.write(line),
            Joined::Trimmed(separator) => {
                self.joined.clear();
                for (index, field) in row.fields().enumerate() {
                    if index > 0 {
                        self.joined.push(separator);
                    }
                    self.joined.extend_from_slice(field.as_bytes());
                }
                hasher.write(&self.joined);
            }
            Joined::Record(record) => {
                let mut lengths = u64::try_from(row.len()).unwrap_or(u64::MAX);
                let mut total = 0;
                for field in row.fields() {
                    lengths = lengths.wrapping_mul(31).wrapping_add(u64::try_from(field.len()).unwrap_or(u64::MAX));
                    total += field.len();
                }
                // Trimming only shortens a field, so equal totals mean nothing was trimmed.
                if total == record.len() {
                    hasher.write(record);
                } else {
                    self.joined.clear();
                    row.fields().for_each(|field| self.joined.extend_from_slice(field.as_bytes()));
                    hasher.write(&self.joined);
                }
                hasher.write_u64(lengths);
            }
        }
        hasher.finish()
    }
}

fn check_row(table: &Table<'_>, record: &CsvRow<'_>, first_seen: &mut SeenRows) -> Option<Problem> {
    let expected = table.width;
    if record.len() != expected {
        return Some(Problem::new(
            ProblemCode::WrongFieldCount,
            Action::Dropped,
            format!(
                "this row has {} fields but the header has {expected}, so its values cannot be matched to columns",
                record.len()
            ),
            "Look for a missing or extra separator, or an unclosed quote on this or the previous row; if this is \
             the last row, the file may have been cut short.",
        ));
    }
    if record.is_blank() {
        return Some(Problem::new(
            ProblemCode::BlankRow,
            Action::Dropped,
            "this row has no values",
            "Delete the empty row.",
        ));
    }
    first_seen.copy_of(table.source, record).map(|first| {
        Problem::new(
            ProblemCode::DuplicateRow,
            Action::Dropped,
            format!("this row is an exact copy of line {first}; the copy was skipped"),
            "Delete the repeated row.",
        )
    })
}

/// The error for a blank required field, dropping the record.
pub(crate) fn blank_field(column: &str, what: &str) -> Problem {
    Problem::new(
        ProblemCode::BlankField,
        Action::Dropped,
        format!("the \"{column}\" field is blank, so this {what} cannot be used"),
        format!("Fill in \"{column}\" on this row."),
    )
}

/// Reads an address's postcode; an invalid one is the error that drops the address,
/// with `fix` saying where to correct it.
pub(crate) fn address_postcode(text: &str, uprn: &str, fix: &str) -> Result<Postcode, Problem> {
    Postcode::parse(text).map_err(|error| {
        Problem::new(
            ProblemCode::InvalidPostcode,
            Action::Dropped,
            format!(
                "the postcode \"{text}\" of UPRN \"{uprn}\" is not valid ({}: {error}); the address was \
                 dropped, so voters there will not find it",
                error.code()
            ),
            fix,
        )
    })
}

/// The warning for an accessibility answer that is not yes, no or unknown.
pub(crate) fn unrecognised_answer(column: &str, value: &str, accepted: &str) -> Problem {
    Problem::new(
        ProblemCode::UnrecognisedAnswer,
        Action::Kept,
        format!("\"{value}\" in \"{column}\" is not an answer Pollcard understands, so it is shown as not known"),
        format!("Use {accepted}, or leave the cell blank if it is not known."),
    )
}

/// The warning for a station said to have both a level entrance and a temporary ramp,
/// which contradict each other (a ramp is put over a step).
pub(crate) fn level_access_and_ramp(access: &StationAccessibility) -> Option<Problem> {
    let yes = |feature| access.availability(feature) == Availability::Yes;
    (yes(AccessibilityFeature::LevelAccess) && yes(AccessibilityFeature::TemporaryRamp)).then(|| {
        Problem::new(
            ProblemCode::LevelAccessAndRamp,
            Action::Kept,
            "level_access and temporary_ramp are both \"yes\", but a level entrance needs no ramp; one of them is \
             probably wrong",
            "Check the entrance: level_access is yes only when there is no step; temporary_ramp is yes when a ramp \
             is put over a step on polling day.",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of the copy each row is, row by row, through `seen`.
    fn copies(source: &SourceFile, seen: &mut SeenRows) -> Vec<Option<u64>> {
        let mut rows = source.rows().expect("csv");
        let mut found = Vec::new();
        while let Some(Ok(row)) = rows.next_row() {
            found.push(seen.copy_of(source, &row));
        }
        found
    }

    #[test]
    fn exact_copies_are_found_by_their_trimmed_fields() {
        let source = SourceFile::decode("t.csv", b"a,b\n1,x\n1, x \n\"1\",x\n1,x,\n2,\"x\ny\"\n\n2,\"x\ny\"\n")
            .expect("decodes");
        let mut seen = SeenRows::with_capacity(8);
        assert_eq!(copies(&source, &mut seen), [None, Some(2), Some(2), None, None, Some(6)]);
    }

    #[test]
    fn exact_copies_in_a_file_without_quotes_are_found_by_their_trimmed_fields() {
        let source = SourceFile::decode("t.csv", b"a,b\n1,x\n1, x \n1,x,\n2,y\n\n2,y\n 2 ,y\n").expect("decodes");
        let mut seen = SeenRows::with_capacity(8);
        assert_eq!(copies(&source, &mut seen), [None, Some(2), None, None, Some(5), Some(5)]);
    }

    #[test]
    fn rows_whose_fields_only_join_the_same_are_not_copies() {
        let source = SourceFile::decode("t.csv", b"a,b,c\nab,c,\na,bc,\nab,,c\n, ab ,c\n").expect("decodes");
        let mut seen = SeenRows::with_capacity(4);
        assert_eq!(copies(&source, &mut seen), [None, None, None, None]);
    }

    #[test]
    fn a_hash_shared_by_different_rows_is_not_a_copy() {
        let source = SourceFile::decode("t.csv", b"a,b\n1,x\n2,y\n2,y\n").expect("decodes");
        let mut rows = source.rows().expect("csv");
        let mut seen = SeenRows::with_capacity(4);
        // Every row's hash is taken by a made-up earlier row: line 2, read again from
        // where line 2 starts.
        let mut earlier = None;
        while let Some(Ok(row)) = rows.next_row() {
            let (line, byte) = *earlier.get_or_insert((row.line, row.byte()));
            let hash = seen.hash(&row);
            seen.first.insert(hash, (line, byte));
        }
        assert_eq!(copies(&source, &mut seen), [Some(2), None, Some(3)]);
        assert_eq!(seen.collided.len(), 1);
    }
}
