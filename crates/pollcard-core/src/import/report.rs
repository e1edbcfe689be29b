//! The integrity report (`pollcard-report/1`): what each input file held, what went
//! into the bundle, and every problem with its file, line, action and suggested fix.
//!
//! The report is the officer's proof that nothing was dropped silently, so the counts
//! are kept by construction: an importer settles every record it reads exactly once
//! ([`FileReport::settle`]), a later cross-check can only move a record from imported to
//! dropped ([`Report::retract`]), and [`Report::check_counts`] turns any mismatch into a
//! fatal problem rather than a quietly wrong report.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::problems::{Action, ProblemCode, Severity};
use super::source::Delimiter;

/// The `schema` value of a report.
pub const REPORT_SCHEMA: &str = "pollcard-report/1";

/// An input file's position in the build, in the order the files were given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// Where a record came from: its file and the 1-based line its first line is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    pub file: FileId,
    pub line: u64,
}

/// `line N of FILE`, for messages that point at another record.
pub fn describe_line(path: &str, line: u64) -> String {
    format!("line {line} of {path}")
}

/// One problem, as the report lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub code: ProblemCode,
    /// The input file, as given on the command line; `None` for build-wide problems.
    pub file: Option<String>,
    /// The line the record starts on; `None` for problems with a whole file.
    pub line: Option<u64>,
    pub action: Action,
    pub message: String,
    pub suggested_fix: String,
}

impl Problem {
    /// A problem not yet tied to a file or line; the severity comes from the code.
    pub fn new(code: ProblemCode, action: Action, message: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem {
            severity: code.severity(),
            code,
            file: None,
            line: None,
            action,
            message: message.into(),
            suggested_fix: fix.into(),
        }
    }

    /// The same problem, at `line`.
    pub fn at_line(mut self, line: u64) -> Problem {
        self.line = Some(line);
        self
    }
}

/// How one record ended up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    /// In the bundle as read.
    Imported,
    /// In the bundle, with something removed, defaulted or detached.
    Repaired,
    /// Not in the bundle.
    Dropped,
}

/// How the format of a file was chosen, for the build's stderr log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChosenBy {
    /// Recognised from the file's content.
    Content,
    /// Named with `--format`.
    Override,
}

/// What happened to one input file.
#[derive(Clone, Debug, Serialize)]
pub struct FileReport {
    /// The file, as given on the command line.
    pub path: String,
    /// The format it was read as (an importer's name), or `unknown`.
    pub format: String,
    /// The text encoding it was decoded from; `None` when it could not be read.
    pub encoding: Option<&'static str>,
    records_read: u64,
    imported: u64,
    repaired: u64,
    dropped: u64,
    #[serde(skip)]
    id: FileId,
    /// The field separator, for CSV files.
    #[serde(skip)]
    pub delimiter: Option<Delimiter>,
    #[serde(skip)]
    pub chosen_by: Option<ChosenBy>,
    #[serde(skip)]
    problems: Vec<Problem>,
}

impl FileReport {
    fn new(id: FileId, path: String) -> FileReport {
        FileReport {
            path,
            format: "unknown".to_owned(),
            encoding: None,
            records_read: 0,
            imported: 0,
            repaired: 0,
            dropped: 0,
            id,
            delimiter: None,
            chosen_by: None,
            problems: Vec::new(),
        }
    }

    pub fn id(&self) -> FileId {
        self.id
    }

    /// Where line `line` of this file is, for the dataset.
    pub fn origin(&self, line: u64) -> Origin {
        Origin { file: self.id, line }
    }

    pub fn records_read(&self) -> u64 {
        self.records_read
    }
    /// Records in the bundle, repaired ones included.
    pub fn imported(&self) -> u64 {
        self.imported
    }
    pub fn repaired(&self) -> u64 {
        self.repaired
    }
    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    /// Records how many records the file holds, before any is settled.
    pub fn set_records_read(&mut self, records: usize) {
        self.records_read = u64::try_from(records).unwrap_or(u64::MAX);
    }

    /// Records what became of one record; call exactly once per record read.
    pub fn settle(&mut self, fate: Fate) {
        match fate {
            Fate::Imported => self.imported += 1,
            Fate::Repaired => {
                self.imported += 1;
                self.repaired += 1;
            }
            Fate::Dropped => self.dropped += 1,
        }
    }

    /// Adds a problem found in this file.
    pub fn push(&mut self, mut problem: Problem) {
        problem.file = Some(self.path.clone());
        self.problems.push(problem);
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn has_fatal(&self) -> bool {
        self.problems.iter().any(|problem| problem.severity == Severity::Fatal)
    }
}

/// The whole report.
#[derive(Clone, Debug, Default)]
pub struct Report {
    files: Vec<FileReport>,
    /// Problems that belong to no single file, such as "no council file".
    general: Vec<Problem>,
}

impl Report {
    pub fn new() -> Report {
        Report::default()
    }

    /// Adds an input file; files are reported in the order they are added.
    pub fn add_file(&mut self, path: impl Into<String>) -> FileId {
        let id = FileId(self.files.len());
        self.files.push(FileReport::new(id, path.into()));
        id
    }

    pub fn files(&self) -> &[FileReport] {
        &self.files
    }

    /// The file with this id. Ids only come from [`Report::add_file`].
    pub fn file(&self, id: FileId) -> &FileReport {
        &self.files[id.0]
    }

    pub fn file_mut(&mut self, id: FileId) -> &mut FileReport {
        &mut self.files[id.0]
    }

    /// `line N of FILE` for a record's origin.
    pub fn describe(&self, origin: Origin) -> String {
        describe_line(&self.file(origin.file).path, origin.line)
    }

    /// Adds a problem that belongs to no single file.
    pub fn push_general(&mut self, problem: Problem) {
        self.general.push(problem);
    }

    /// Adds a problem about the record at `origin`.
    pub fn push_at(&mut self, origin: Origin, problem: Problem) {
        self.file_mut(origin.file).push(problem.at_line(origin.line));
    }

    /// A record counted as imported turns out to be unusable: count it as dropped and
    /// say why. `was_repaired` must be what the record was settled as.
    pub fn retract(&mut self, origin: Origin, was_repaired: bool, problem: Problem) {
        let file = self.file_mut(origin.file);
        file.imported = file.imported.saturating_sub(1);
        if was_repaired {
            file.repaired = file.repaired.saturating_sub(1);
        }
        file.dropped += 1;
        self.push_at(origin, problem);
    }

    /// An imported record turns out to need a repair; `was_repaired` must be what the
    /// record was settled as, so that it is not counted as repaired twice.
    pub fn mark_repaired(&mut self, origin: Origin, was_repaired: bool, problem: Problem) {
        if !was_repaired {
            self.file_mut(origin.file).repaired += 1;
        }
        self.push_at(origin, problem);
    }

    /// Every problem: build-wide ones first, then each file's in line order.
    pub fn problems(&self) -> Vec<&Problem> {
        let mut problems: Vec<&Problem> = self.general.iter().collect();
        for file in &self.files {
            let mut in_file: Vec<&Problem> = file.problems.iter().collect();
            // Stable, so problems on one line keep the order they were found in.
            in_file.sort_by_key(|problem| problem.line);
            problems.extend(in_file);
        }
        problems
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.problems().into_iter().filter(|problem| problem.severity == severity).count()
    }

    pub fn has_fatal(&self) -> bool {
        self.count(Severity::Fatal) > 0
    }

    /// Checks that every file's records add up (imported + dropped = read, repaired ≤
    /// imported). A mismatch is a bug in an importer; it stops the build, because a
    /// report that cannot be trusted is worse than no bundle.
    pub fn check_counts(&mut self) {
        let mut broken = Vec::new();
        for file in &self.files {
            let adds_up = file.imported + file.dropped == file.records_read && file.repaired <= file.imported;
            if !adds_up {
                broken.push((file.id, file.records_read, file.imported, file.repaired, file.dropped));
            }
        }
        for (id, read, imported, repaired, dropped) in broken {
            self.file_mut(id).push(Problem::new(
                ProblemCode::ReportInconsistent,
                Action::Stopped,
                format!(
                    "the record counts do not add up: {read} read, {imported} imported ({repaired} repaired), \
                     {dropped} dropped; the report cannot be trusted"
                ),
                "This is a bug in Pollcard: please report it with the input file.",
            ));
        }
    }

    /// The report as pretty-printed JSON, ending in a newline.
    pub fn to_json(&self) -> Vec<u8> {
        // Serialising plain strings and numbers cannot fail.
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut report = serializer.serialize_struct("Report", 3)?;
        report.serialize_field("schema", REPORT_SCHEMA)?;
        report.serialize_field("files", &self.files)?;
        report.serialize_field("problems", &self.problems())?;
        report.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warning(line: u64) -> Problem {
        Problem::new(ProblemCode::NoLocation, Action::Kept, "no location", "add lat and lon").at_line(line)
    }

    #[test]
    fn json_has_exactly_the_schema_keys() {
        let mut report = Report::new();
        let id = report.add_file("stations.csv");
        let file = report.file_mut(id);
        file.set_records_read(2);
        file.settle(Fate::Imported);
        file.settle(Fate::Dropped);
        file.push(warning(3));
        report.push_general(Problem::new(ProblemCode::NoCouncil, Action::Stopped, "no council", "add one"));
        let json: serde_json::Value = serde_json::from_slice(&report.to_json()).expect("valid JSON");
        assert_eq!(json["schema"], "pollcard-report/1");
        let file = json["files"][0].as_object().expect("file object");
        let keys: Vec<_> = file.keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 7, "{keys:?}");
        for key in ["path", "format", "encoding", "records_read", "imported", "repaired", "dropped"] {
            assert!(file.contains_key(key), "{key}");
        }
        let problems = json["problems"].as_array().expect("problems");
        assert_eq!(problems[0]["code"], "no_council");
        assert_eq!(problems[0]["file"], serde_json::Value::Null);
        assert_eq!(problems[0]["line"], serde_json::Value::Null);
        assert_eq!(problems[1]["file"], "stations.csv");
        assert_eq!(problems[1]["line"], 3);
        assert_eq!(problems[1]["severity"], "warning");
        assert_eq!(problems[1]["suggested_fix"], "add lat and lon");
    }

    #[test]
    fn problems_are_in_line_order_within_a_file() {
        let mut report = Report::new();
        let id = report.add_file("a.csv");
        report.file_mut(id).push(warning(9));
        report.file_mut(id).push(warning(2));
        let lines: Vec<_> = report.problems().iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(2), Some(9)]);
    }

    #[test]
    fn retract_moves_a_record_to_dropped() {
        let mut report = Report::new();
        let id = report.add_file("a.csv");
        report.file_mut(id).set_records_read(1);
        report.file_mut(id).settle(Fate::Repaired);
        let origin = report.file(id).origin(2);
        report.retract(origin, true, warning(0));
        let file = report.file(id);
        assert_eq!((file.imported(), file.repaired(), file.dropped()), (0, 0, 1));
        report.check_counts();
        assert!(!report.has_fatal());
    }

    #[test]
    fn counts_that_do_not_add_up_are_fatal() {
        let mut report = Report::new();
        let id = report.add_file("a.csv");
        report.file_mut(id).set_records_read(2);
        report.file_mut(id).settle(Fate::Imported);
        report.check_counts();
        assert!(report.has_fatal());
        assert_eq!(report.problems()[0].code, ProblemCode::ReportInconsistent);
    }
}
