//! `pollcard build` on real council exports and Democracy Club's format-sniffing
//! samples, read in place from `../shared/fixtures/democracyclub` beside the project
//! (never copied in). Until an importer exists for a vendor's format, the build must
//! stop with a fatal problem that names the format, not fail obscurely or import
//! garbage. Each test says it was skipped when the folder is absent.

mod build_support;

use std::path::{Path, PathBuf};

use build_support::{build, file, problems, with_code};

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/democracyclub");
    match dir.canonicalize() {
        Ok(dir) if dir.is_dir() => Some(dir),
        _ => {
            println!("skipped: ../shared not present ({} not found)", dir.display());
            None
        }
    }
}

/// Builds the valid council with one shared file and returns that file's fatal
/// problem's code and message, and its report entry.
fn build_with(shared_file: &Path) -> (String, String, serde_json::Value) {
    let out = tempfile::tempdir().expect("temp dir");
    let path = shared_file.display().to_string();
    let (run, report) = build(out.path(), &["valid/council.toml", &path]);
    assert_eq!(run.code, Some(3), "{path} must stop the build: {}", run.stderr);
    let fatal: Vec<_> = problems(&report).into_iter().filter(|p| p.0 == "fatal").collect();
    assert_eq!(fatal.len(), 1, "{path}: {fatal:?}");
    assert_eq!(fatal[0].2, path, "the problem names the file");
    let message = with_code(&report, &fatal[0].1)[0]["message"].as_str().unwrap_or_default().to_owned();
    (fatal[0].1.clone(), message, file(&report, &path).clone())
}

#[test]
fn council_exports_are_named_as_not_yet_importable() {
    let Some(dir) = shared() else { return };
    let cases = [
        ("importers/xpress_importer/test_democlub.csv", "Xpress \"DemocracyClub\"", "utf-8"),
        ("importers/xpress_importer/test_weblookup.csv", "Xpress WebLookup", "utf-8"),
        ("importers/halarose_importer/test.csv", "Idox Eros", "utf-8"),
        ("importers/dcounts_importer/stations.csv", "Democracy Counts", "utf-8"),
        ("importers/eoni_importer/eoni_export.csv", "EONI", "utf-8"),
        ("importers/csv_importer/stations.csv", "Democracy Club generic stations", "utf-8"),
        ("ems-sniffing/encoding-windows1252.tsv", "Xpress \"DemocracyClub\"", "windows-1252"),
        ("ems-sniffing/ext-csv-with-tsv-ext.tsv", "Idox Eros", "utf-8"),
    ];
    for (name, vendor, encoding) in cases {
        let (code, message, entry) = build_with(&dir.join(name));
        assert_eq!(code, "unknown_format", "{name}");
        assert!(message.contains(vendor) && message.contains("cannot import yet"), "{name}: {message}");
        assert_eq!(entry["encoding"], encoding, "{name}");
        assert_eq!(entry["format"], "unknown", "{name}");
    }
}

#[test]
fn damaged_and_empty_samples_are_fatal_with_the_reason() {
    let Some(dir) = shared() else { return };
    let (code, message, _) = build_with(&dir.join("ems-sniffing/not-a-csv.csv"));
    assert_eq!(code, "not_text");
    assert!(message.contains("ZIP"), "{message}");
    let (code, _, _) = build_with(&dir.join("ems-sniffing/small-files-empty.csv"));
    assert_eq!(code, "empty_file");
    let (code, message, _) = build_with(&dir.join("ems-sniffing/small-files-nearly_empty.csv"));
    assert_eq!(code, "unknown_format");
    assert!(message.contains("foo,bar,baz"), "{message}");
}
