//! Importing council data into a bundle, with an integrity report (feature `import`).
//!
//! [`import_files`] is the whole pipeline, minus the file system: the CLI reads the
//! input files and writes what comes back.
//!
//! 1. [`source`] decodes each file's bytes (UTF-8 with or without BOM, UTF-16, or
//!    Windows-1252) and reads CSV records with their line numbers.
//! 2. [`detect`] picks the importer from the content (or `--format` names it).
//! 3. The importer in [`formats`] reads the records into the [`Dataset`], settling each
//!    one in the file's [`FileReport`](report::FileReport).
//! 4. [`Dataset::finish`] checks across files and yields a
//!    [`BundleWriter`](crate::bundle::BundleWriter).
//!
//! Problems carry a stable code from [`problems`]; the report format is described in
//! `docs/data-formats.md`.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use crate::bundle::BundleWriter;

pub mod dataset;
pub mod detect;
pub mod formats;
pub mod problems;
pub mod report;
pub mod report_html;
pub mod source;

pub use dataset::{Dataset, DistrictBoundary, SurveyAnswers, SurveyDetails};
pub use formats::{importer_named, registry, Confidence, Importer};
pub use problems::{Action, ProblemCode, Severity};
pub use report::{ChosenBy, Fate, FileId, FileReport, Origin, Problem, Report, REPORT_SCHEMA};
pub use source::{CsvRecord, CsvTable, Delimiter, SourceError, SourceFile, TextEncoding};

/// One input file as the caller read it.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// The path as given, used to name the file in the report.
    pub path: String,
    /// The file's bytes, or why they could not be read.
    pub contents: Result<Vec<u8>, String>,
}

impl InputFile {
    pub fn new(path: impl Into<String>, contents: Result<Vec<u8>, String>) -> InputFile {
        InputFile { path: path.into(), contents }
    }
}

/// `--format NAME` (every input) or `--format PATH=NAME` (the input given as PATH).
#[derive(Clone)]
pub struct FormatOverride {
    path: Option<String>,
    importer: &'static dyn Importer,
}

/// A `--format` value naming no importer.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("unknown format \"{name}\"; the formats are: {}", formats::names().join(", "))]
pub struct UnknownFormatName {
    pub name: String,
}

impl FormatOverride {
    /// The importer this override chooses.
    pub fn importer(&self) -> &'static dyn Importer {
        self.importer
    }

    fn applies_to(&self, path: &str) -> bool {
        self.path.as_deref().is_none_or(|wanted| wanted == path)
    }
}

impl FromStr for FormatOverride {
    type Err = UnknownFormatName;

    /// Parses `NAME` or `PATH=NAME` (the last `=` splits, so paths may contain one).
    fn from_str(value: &str) -> Result<FormatOverride, UnknownFormatName> {
        let (path, name) = match value.rsplit_once('=') {
            Some((path, name)) => (Some(path.to_owned()), name),
            None => (None, value),
        };
        let importer = importer_named(name).ok_or_else(|| UnknownFormatName { name: name.to_owned() })?;
        Ok(FormatOverride { path, importer })
    }
}

impl fmt::Debug for FormatOverride {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FormatOverride").field("path", &self.path).field("format", &self.importer.name()).finish()
    }
}

/// What an import produced.
#[derive(Debug)]
pub struct ImportOutcome {
    pub report: Report,
    /// The bundle to write; `None` when a fatal problem stopped the build.
    pub bundle: Option<BundleWriter>,
}

/// Reads every input into one bundle. Overrides are tried in order; the first that
/// applies to a file wins, and a file no override names is recognised by content.
pub fn import_files(inputs: &[InputFile], overrides: &[FormatOverride]) -> ImportOutcome {
    let borrowed = inputs
        .iter()
        .map(|input| (input.path.clone(), input.contents.as_deref().map(Cow::Borrowed).map_err(String::clone)));
    import_all(borrowed.collect(), overrides)
}

/// [`import_files`], taking the inputs: a file that is UTF-8 becomes its own text
/// without being copied.
pub fn import_owned(inputs: Vec<InputFile>, overrides: &[FormatOverride]) -> ImportOutcome {
    let owned = inputs.into_iter().map(|input| (input.path, input.contents.map(Cow::Owned)));
    import_all(owned.collect(), overrides)
}

/// One input: its path, and its bytes or why they could not be read.
type Input<'a> = (String, Result<Cow<'a, [u8]>, String>);

fn import_all(inputs: Vec<Input<'_>>, overrides: &[FormatOverride]) -> ImportOutcome {
    let mut report = Report::new();
    let mut dataset = Dataset::new(inputs.iter().map(|(path, _)| path.clone()).collect());
    for (path, contents) in inputs {
        let id = report.add_file(path.clone());
        let forced = overrides.iter().find(|o| o.applies_to(&path)).map(|o| o.importer);
        import_one(&path, contents, forced, &mut dataset, report.file_mut(id));
    }
    let bundle = dataset.finish(&mut report);
    report.check_counts();
    let bundle = bundle.filter(|_| !report.has_fatal());
    ImportOutcome { report, bundle }
}

fn import_one(
    path: &str,
    contents: Result<Cow<'_, [u8]>, String>,
    forced: Option<&'static dyn Importer>,
    dataset: &mut Dataset,
    file: &mut FileReport,
) {
    let bytes = match contents {
        Ok(bytes) => bytes,
        Err(reason) => {
            file.push(Problem::new(
                ProblemCode::UnreadableFile,
                Action::Stopped,
                format!("{path} could not be read: {reason}"),
                "Check the path and that the file can be read.",
            ));
            return;
        }
    };
    // Shapefile parts are binary: recognised by their headers, never decoded as text.
    if formats::vip::boundaries::import_binary(path, &bytes, dataset, file) {
        file.chosen_by = Some(ChosenBy::Content);
        return;
    }
    let decoded = match bytes {
        Cow::Borrowed(bytes) => SourceFile::decode(path, bytes),
        Cow::Owned(bytes) => SourceFile::decode_owned(path, bytes),
    };
    let source = match decoded {
        Ok(source) => source,
        Err(error) => {
            file.push(source_problem(path, &error));
            return;
        }
    };
    file.encoding = Some(source.encoding().key());
    let importer = match forced {
        Some(importer) => {
            file.chosen_by = Some(ChosenBy::Override);
            importer
        }
        None => match detect::detect(&source) {
            Ok(importer) => {
                file.chosen_by = Some(ChosenBy::Content);
                importer
            }
            Err(problem) => {
                file.push(problem);
                return;
            }
        },
    };
    file.format = importer.name().to_owned();
    importer.import(&source, dataset, file);
}

fn source_problem(path: &str, error: &SourceError) -> Problem {
    match error {
        SourceError::Empty => Problem::new(
            ProblemCode::EmptyFile,
            Action::Stopped,
            format!("{path} is empty"),
            "Export the data again; the file may not have been saved completely.",
        ),
        SourceError::NotText(_) => Problem::new(
            ProblemCode::NotText,
            Action::Stopped,
            format!("{path} cannot be used: {error}"),
            "Export the data as CSV (comma- or tab-separated text) and use that file.",
        ),
        _ => Problem::new(
            ProblemCode::UnreadableFile,
            Action::Stopped,
            format!("{path} cannot be used: {error}"),
            "Export the data again as CSV.",
        ),
    }
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod shared_fixtures;

#[cfg(test)]
mod properties;
