//! Helpers for the importer tests: build from in-memory files and look at the report.

pub(crate) use super::ImportOutcome;
use super::{import_files, InputFile, Problem, ProblemCode};

/// A valid council details file.
pub(crate) const COUNCIL: &str = r#"format = "pollcard-council/1"
id = "test-council"
nation = "wales"
fictional = true
[name]
en = "Test Council"
[contact]
phone = "01234 567890"
"#;

/// Builds from `(path, text)` files, as UTF-8.
pub(crate) fn build(files: &[(&str, &str)]) -> ImportOutcome {
    build_bytes(&files.iter().map(|(path, text)| (*path, text.as_bytes().to_vec())).collect::<Vec<_>>())
}

/// Builds from `(path, bytes)` files.
pub(crate) fn build_bytes(files: &[(&str, Vec<u8>)]) -> ImportOutcome {
    let inputs: Vec<InputFile> = files.iter().map(|(path, bytes)| InputFile::new(*path, Ok(bytes.clone()))).collect();
    let outcome = import_files(&inputs, &[]);
    for file in outcome.report.files() {
        assert_eq!(file.imported() + file.dropped(), file.records_read(), "counts of {}", file.path);
    }
    outcome
}

/// A problem's code, file (blank for none) and line.
pub(crate) type ProblemAt = (&'static str, String, Option<u64>);

/// The whole-council warnings of `dataset/integrity.rs`. [`problems`] leaves them out
/// so that each importer's tests stay about its own format; `with_code` still finds
/// them, and the integrity checks have their own tests.
pub(crate) const INTEGRITY_WARNINGS: [ProblemCode; 5] = [
    ProblemCode::AddressWithoutStation,
    ProblemCode::StationFarFromOthers,
    ProblemCode::StationsAtSamePlace,
    ProblemCode::SplitPostcode,
    ProblemCode::NoAccessibilityData,
];

/// `(code, file, line)` of every problem but the [`INTEGRITY_WARNINGS`], in report order.
pub(crate) fn problems(outcome: &ImportOutcome) -> Vec<ProblemAt> {
    outcome
        .report
        .problems()
        .into_iter()
        .filter(|problem| !INTEGRITY_WARNINGS.contains(&problem.code))
        .map(|p: &Problem| (p.code.key(), p.file.clone().unwrap_or_default(), p.line))
        .collect()
}

/// The problems with this code.
pub(crate) fn with_code<'o>(outcome: &'o ImportOutcome, code: &str) -> Vec<&'o Problem> {
    outcome.report.problems().into_iter().filter(|problem| problem.code.key() == code).collect()
}
