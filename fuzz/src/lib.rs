//! The harness every fuzz target calls: arbitrary bytes go through Pollcard's public
//! import API as one input file, and the properties that must hold for any input are
//! checked — nothing panics, and every file's records add up (imported + dropped =
//! records read), which [`Report::check_counts`] turns into a `report_inconsistent`
//! problem when they do not.
//!
//! A target is three lines naming an importer (see `fuzz_targets/`), so a new importer
//! gets one by copying a target and changing the name (and adding its `[[bin]]` to
//! `Cargo.toml`); `scripts/fuzz.sh` warns about importers without one.

use pollcard_core::import::{
    import_files, importer_named, Dataset, ImportOutcome, InputFile, ProblemCode, Report, SourceFile,
};

/// A valid council, so that imports reach the cross-file checks and the bundle writer
/// rather than stopping at "no council".
const COUNCIL: &str = "format = \"pollcard-council/1\"\nid = \"fuzz-council\"\nnation = \"wales\"\n\
                       fictional = true\n[name]\nen = \"Fuzz Council\"\n";

/// Feeds `data` as a file through the importer called `format`, after a council file,
/// then runs the cross-file checks, writes the bundle (when there is one) and checks
/// the report's counts.
pub fn import_as(format: &str, data: &[u8]) {
    let importer = importer_named(format).unwrap_or_else(|| panic!("no importer is called {format}"));
    let council_importer = importer_named("pollcard-council/1").expect("the council importer exists");
    let Ok(source) = SourceFile::decode("fuzz.input", data) else { return };
    let council = SourceFile::decode("council.toml", COUNCIL.as_bytes()).expect("the council file decodes");

    let mut report = Report::new();
    let mut dataset = Dataset::new(vec!["council.toml".to_owned(), "fuzz.input".to_owned()]);
    let council_id = report.add_file("council.toml");
    council_importer.import(&council, &mut dataset, report.file_mut(council_id));
    let id = report.add_file("fuzz.input");
    importer.import(&source, &mut dataset, report.file_mut(id));
    let bundle = dataset.finish(&mut report);
    report.check_counts();
    assert_accounted(&report);
    if let Some(bundle) = bundle {
        let _ = bundle.files();
    }
    let _ = report.to_json();
}

/// Feeds `data` through the whole pipeline, format detection included, as the
/// second of two inputs after a council file.
pub fn detect_and_import(data: &[u8]) {
    let inputs = [
        InputFile::new("council.toml", Ok(COUNCIL.as_bytes().to_vec())),
        InputFile::new("fuzz.input", Ok(data.to_vec())),
    ];
    let outcome: ImportOutcome = import_files(&inputs, &[]);
    assert_accounted(&outcome.report);
    if let Some(bundle) = &outcome.bundle {
        let _ = bundle.files();
    }
}

/// Panics (a crash for libFuzzer) when a file's records do not add up.
fn assert_accounted(report: &Report) {
    for file in report.files() {
        assert_eq!(
            file.imported() + file.dropped(),
            file.records_read(),
            "records of {} ({}) do not add up",
            file.path,
            file.format
        );
        assert!(file.repaired() <= file.imported(), "{} repaired more records than it imported", file.path);
    }
    let inconsistent = report.problems().iter().any(|problem| problem.code == ProblemCode::ReportInconsistent);
    assert!(!inconsistent, "the report flagged its own counts as inconsistent");
}
