//! `pollcard build` on real council exports and Democracy Club's format-sniffing
//! samples, read in place from `../shared/fixtures/democracyclub` beside the project
//! (never copied in). Xpress exports are imported, every row accounted for; until an
//! importer exists for another vendor's format, the build must stop with a fatal
//! problem that names the format, not fail obscurely or import garbage. Each test
//! says it was skipped when the folder is absent.

mod build_support;

use std::path::{Path, PathBuf};

use build_support::{at, build, counts, file, problems, with_code};

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

/// What importing one Xpress sample gives: its format, encoding, counts (read,
/// imported, repaired, dropped) and `(code, line)` of its problems.
type XpressCase = (&'static str, &'static str, &'static str, (u64, u64, u64, u64), &'static [(&'static str, u64)]);

#[test]
fn xpress_exports_are_imported_with_every_row_accounted_for() {
    let Some(dir) = shared() else { return };
    let cases: [XpressCase; 6] = [
        (
            "importers/xpress_importer/test_democlub.csv",
            "xpress-democracyclub",
            "utf-8",
            (5, 4, 0, 1),
            // Line 4 has no postcode in Post_Code or any address line.
            &[("no_location", 2), ("blank_field", 4), ("no_location", 5)],
        ),
        (
            "importers/xpress_importer/test_weblookup.csv",
            "xpress-weblookup",
            "utf-8",
            (6, 5, 0, 1),
            &[("no_location", 2), ("no_location", 5), ("blank_field", 6)],
        ),
        ("ems-sniffing/ems-xpress-weblookup.CSV", "xpress-weblookup", "utf-8", (9, 9, 0, 0), &[("no_location", 2)]),
        (
            // Duplicated columns with a glued header, tab-separated.
            "ems-sniffing/encoding-windows1252.tsv",
            "xpress-democracyclub",
            "windows-1252",
            (9, 9, 0, 0),
            &[("no_location", 2), ("no_location", 4), ("no_location", 5), ("no_location", 10)],
        ),
        ("ems-sniffing/ext-tsv-with-csv-ext.csv", "xpress-democracyclub", "utf-8", (9, 9, 0, 0), &[("no_location", 2)]),
        (
            // A "Street Record" row without a postcode, then the cut-off last row.
            "ems-sniffing/incomplete-file.CSV",
            "xpress-democracyclub",
            "utf-8",
            (9, 7, 0, 2),
            &[("no_location", 2), ("blank_field", 9), ("wrong_field_count", 10)],
        ),
    ];
    for (name, format, encoding, expected_counts, expected_problems) in cases {
        let out = tempfile::tempdir().expect("temp dir");
        let path = dir.join(name).display().to_string();
        let (run, report) = build(out.path(), &["valid/council.toml", &path]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        assert_eq!(file(&report, &path)["format"], format, "{name}");
        assert_eq!(file(&report, &path)["encoding"], encoding, "{name}");
        assert_eq!(counts(&report, &path), expected_counts, "{name}");
        let found: Vec<_> = problems(&report).into_iter().filter(|p| p.2 == path).collect();
        let expected: Vec<_> = expected_problems
            .iter()
            .map(|(code, line)| {
                let severity = if *code == "no_location" { "warning" } else { "error" };
                at(severity, code, &path, *line, if severity == "warning" { "kept" } else { "dropped" })
            })
            .collect();
        assert_eq!(found, expected, "{name}");
        assert!(out.path().join("bundle.json").is_file(), "{name}");
    }
}

#[test]
fn council_exports_are_named_as_not_yet_importable() {
    let Some(dir) = shared() else { return };
    let cases = [("importers/csv_importer/stations.csv", "Democracy Club generic stations", "utf-8")];
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
