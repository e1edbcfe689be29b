//! `pollcard build` on every sample in Democracy Club's importer tests and
//! format-sniffing set (`../shared/fixtures/democracyclub/importers/` and
//! `ems-sniffing/`), read in place beside the project (never copied in). Each file is
//! built on its own with a council and is either imported — in the right format, with
//! every record accounted for and the problems it should have — or rejected with the
//! specific fatal problem that says why. A file added to those folders without an
//! expectation here fails the test. Each test says it was skipped when the folder is
//! absent.

mod build_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use build_support::{build, counts, file, problems, with_code};
use serde_json::Value;

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

/// What building one sample must give.
enum Outcome {
    /// Built: the format, encoding, counts (read, imported, repaired, dropped) and how
    /// many of each error and row warning (cross-file warnings are tested elsewhere).
    Imported(&'static str, &'static str, (u64, u64, u64, u64), &'static [(&'static str, usize)]),
    /// Stopped by one fatal problem, with no bundle written: its code, the format the
    /// file was read as (`unknown` when none), words its message must hold, and the
    /// counts (a file refused whole has every record dropped, or none read).
    Rejected(&'static str, &'static str, &'static str, (u64, u64, u64, u64)),
}

use Outcome::{Imported, Rejected};

/// Warnings an importer itself gives about a row.
const ROW_WARNINGS: [&str; 7] = [
    "no_location",
    "invalid_location",
    "invalid_station_postcode",
    "postcode_from_address",
    "unknown_columns",
    "duplicate_row",
    "blank_row",
];

/// Every sample, with what it must give. `XX1 1XX` and `ZZ1 1ZZ` in Democracy Club's
/// generic stations files are not postcodes (no area starts with X, and Z is never a
/// second letter), so those stations are kept without one.
const EXPECTED: [(&str, Outcome); 39] = [
    ("importers/csv_helper/test.csv", Rejected("unknown_format", "unknown", "FOO,B A.R   ,bAz", (0, 0, 0, 0))),
    (
        "importers/csv_importer/addresses.csv",
        Imported("democracy-club-addresses", "utf-8", (10, 5, 5, 5), &[("uprn_conflict", 5), ("unknown_station", 5)]),
    ),
    (
        "importers/csv_importer/duplicate_uprns.csv",
        Imported("democracy-club-addresses", "utf-8", (3, 1, 1, 2), &[("uprn_conflict", 2), ("unknown_station", 1)]),
    ),
    (
        "importers/csv_importer/postcode_mismatch.csv",
        Imported("democracy-club-addresses", "utf-8", (2, 2, 2, 0), &[("unknown_station", 2)]),
    ),
    (
        "importers/csv_importer/stations.csv",
        Imported("democracy-club-stations", "utf-8", (3, 3, 2, 0), &[("invalid_station_postcode", 2)]),
    ),
    (
        "importers/csv_importer/uprn_missing.csv",
        Imported("democracy-club-addresses", "utf-8", (2, 2, 2, 0), &[("unknown_station", 2)]),
    ),
    (
        "importers/dcounts_importer/districts.csv",
        Imported(
            "democracy-counts-addresses",
            "utf-8",
            (6, 4, 4, 2),
            &[("unknown_station", 4), ("blank_field", 1), ("test_record", 1)],
        ),
    ),
    (
        "importers/dcounts_importer/stations.csv",
        Imported("democracy-counts-stations", "utf-8", (2, 2, 0, 0), &[("no_location", 2)]),
    ),
    (
        "importers/duplicate_district/test.csv",
        Imported("democracy-club-stations", "utf-8", (3, 3, 2, 0), &[("invalid_station_postcode", 2)]),
    ),
    (
        "importers/duplicate_district/test.geojson",
        Imported("districts-geojson", "utf-8", (2, 0, 0, 2), &[("duplicate_district", 2)]),
    ),
    (
        "importers/duplicate_station/test.csv",
        Rejected("duplicate_station", "democracy-club-stations", "two different", (2, 1, 1, 1)),
    ),
    ("importers/duplicate_station/test.geojson", Imported("districts-geojson", "utf-8", (2, 2, 0, 0), &[])),
    (
        // BT99 9CC: C is never in the last part of a postcode.
        "importers/eoni_importer/eoni_export.csv",
        Imported("eoni", "utf-8", (3, 2, 0, 1), &[("invalid_postcode", 1)]),
    ),
    ("importers/halarose_importer/test.csv", Imported("idox-eros", "utf-8", (5, 4, 0, 1), &[("blank_field", 1)])),
    ("importers/json_importer/test.geojson", Imported("districts-geojson", "utf-8", (2, 2, 0, 0), &[])),
    (
        "importers/json_importer/test_27700.csv",
        Imported("democracy-club-stations", "utf-8", (3, 3, 2, 0), &[("invalid_station_postcode", 2)]),
    ),
    (
        "importers/json_importer/test_4326.csv",
        Imported("democracy-club-stations", "utf-8", (3, 3, 2, 0), &[("invalid_station_postcode", 2)]),
    ),
    ("importers/kml_importer/test.kml", Imported("districts-kml", "utf-8", (2, 2, 0, 0), &[])),
    (
        "importers/kml_importer/test_27700.csv",
        Imported("democracy-club-stations", "utf-8", (3, 3, 2, 0), &[("invalid_station_postcode", 2)]),
    ),
    (
        "importers/kml_importer/test_4326.csv",
        Imported("democracy-club-stations", "utf-8", (3, 3, 2, 0), &[("invalid_station_postcode", 2)]),
    ),
    (
        // The districts column is for Democracy Club's own district mapping.
        "importers/special_cases/test.csv",
        Imported(
            "democracy-club-stations",
            "utf-8",
            (2, 2, 1, 0),
            &[("unknown_columns", 1), ("invalid_station_postcode", 1)],
        ),
    ),
    ("importers/special_cases/test.geojson", Imported("districts-geojson", "utf-8", (3, 3, 0, 0), &[])),
    (
        "importers/xpress_importer/test_democlub.csv",
        Imported("xpress-democracyclub", "utf-8", (5, 4, 0, 1), &[("no_location", 2), ("blank_field", 1)]),
    ),
    (
        "importers/xpress_importer/test_weblookup.csv",
        Imported("xpress-weblookup", "utf-8", (6, 5, 0, 1), &[("no_location", 2), ("blank_field", 1)]),
    ),
    (
        // An addresses file, despite its name; its stations are in another file.
        "ems-sniffing/ems-dcounts-districts.csv",
        Imported("democracy-counts-addresses", "utf-8", (19, 19, 19, 0), &[("unknown_station", 19)]),
    ),
    (
        "ems-sniffing/ems-dcounts-stations-small.csv",
        Imported("democracy-counts-stations", "utf-8", (6, 6, 0, 0), &[("no_location", 6)]),
    ),
    (
        "ems-sniffing/ems-dcounts-stations.csv",
        Imported("democracy-counts-stations", "utf-8", (19, 19, 0, 0), &[("no_location", 19)]),
    ),
    ("ems-sniffing/ems-other.csv", Rejected("unknown_format", "unknown", "STRAND_ID,WARD,CODE", (0, 0, 0, 0))),
    // A JSON file that is not an FCS export.
    ("ems-sniffing/ems-other.json", Rejected("unknown_format", "unknown", "ems-other.json", (0, 0, 0, 0))),
    (
        "ems-sniffing/ems-xpress-weblookup.CSV",
        Imported("xpress-weblookup", "utf-8", (9, 9, 0, 0), &[("no_location", 1)]),
    ),
    (
        // Duplicated columns with a glued header, tab-separated.
        "ems-sniffing/encoding-windows1252.tsv",
        Imported("xpress-democracyclub", "windows-1252", (9, 9, 0, 0), &[("no_location", 4)]),
    ),
    // The older Idox Eros header set, comma-separated in a .tsv.
    ("ems-sniffing/ext-csv-with-tsv-ext.tsv", Imported("idox-eros", "utf-8", (9, 9, 0, 0), &[("no_location", 1)])),
    (
        "ems-sniffing/ext-tsv-with-csv-ext.csv",
        Imported("xpress-democracyclub", "utf-8", (9, 9, 0, 0), &[("no_location", 1)]),
    ),
    (
        // Cut off inside a quoted field of its last row: none of it is imported.
        "ems-sniffing/incomplete-file.CSV",
        Rejected(
            "truncated_file",
            "xpress-democracyclub",
            "ends inside a quoted field that starts on line 10",
            (9, 0, 0, 9),
        ),
    ),
    ("ems-sniffing/invalid.json", Rejected("unknown_format", "unknown", "not a json file", (0, 0, 0, 0))),
    ("ems-sniffing/not-a-csv.csv", Rejected("not_text", "unknown", "ZIP archive", (0, 0, 0, 0))),
    ("ems-sniffing/small-files-empty.csv", Rejected("empty_file", "unknown", "is empty", (0, 0, 0, 0))),
    ("ems-sniffing/small-files-empty2.csv", Rejected("empty_file", "unknown", "is empty", (0, 0, 0, 0))),
    (
        "ems-sniffing/small-files-nearly_empty.csv",
        Rejected("unknown_format", "unknown", "its first line is: foo,bar,baz", (0, 0, 0, 0)),
    ),
];

/// Every file under `dir/sub`, as a path relative to `dir`.
fn files_under(dir: &Path, sub: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.join(sub)];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display())) {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("under dir");
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found
}

/// `(code, count)` of the errors and row warnings about `path`, in order of first
/// appearance.
fn code_counts(report: &Value, path: &str) -> Vec<(String, usize)> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (severity, code, file, _, _) in problems(report) {
        if file != path || (severity == "warning" && !ROW_WARNINGS.contains(&code.as_str())) {
            continue;
        }
        match seen.iter_mut().find(|(known, _)| *known == code) {
            Some((_, count)) => *count += 1,
            None => seen.push((code, 1)),
        }
    }
    seen
}

fn check(dir: &Path, name: &str, expected: &Outcome) {
    let out = tempfile::tempdir().expect("temp dir");
    let path = dir.join(name).display().to_string();
    let (run, report) = build(out.path(), &["valid/council.toml", &path]);
    match *expected {
        Imported(format, encoding, expected_counts, codes) => {
            assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
            assert_eq!(file(&report, &path)["format"], format, "{name}");
            assert_eq!(file(&report, &path)["encoding"], encoding, "{name}");
            assert_eq!(counts(&report, &path), expected_counts, "{name}");
            let codes: Vec<(String, usize)> = codes.iter().map(|(code, n)| ((*code).to_owned(), *n)).collect();
            assert_eq!(code_counts(&report, &path), codes, "{name}");
            assert!(out.path().join("bundle.json").is_file(), "{name}");
        }
        Rejected(code, format, says, expected_counts) => {
            assert_eq!(run.code, Some(3), "{name} must stop the build: {}", run.stderr);
            let fatal: Vec<_> = problems(&report).into_iter().filter(|p| p.0 == "fatal").collect();
            assert_eq!(fatal.len(), 1, "{name}: {fatal:?}");
            assert_eq!((fatal[0].1.as_str(), fatal[0].2.as_str()), (code, path.as_str()), "{name}");
            let message = with_code(&report, code)[0]["message"].as_str().unwrap_or_default().to_owned();
            assert!(message.contains(says), "{name}: {message}");
            assert_eq!(file(&report, &path)["format"], format, "{name}");
            assert_eq!(counts(&report, &path), expected_counts, "{name}");
            assert!(!out.path().join("bundle.json").exists(), "{name}");
        }
    }
}

#[test]
fn every_sample_is_imported_or_rejected_with_the_right_message() {
    let Some(dir) = shared() else { return };
    let on_disk: BTreeSet<String> =
        ["importers", "ems-sniffing"].iter().flat_map(|sub| files_under(&dir, sub)).collect();
    let expected: BTreeSet<String> = EXPECTED.iter().map(|(name, _)| (*name).to_owned()).collect();
    assert_eq!(on_disk, expected, "every sample needs an expectation here, and every expectation a sample");
    for (name, outcome) in &EXPECTED {
        check(&dir, name, outcome);
    }
}

#[test]
fn the_two_file_samples_build_together() {
    let Some(dir) = shared() else { return };
    let pairs = [
        ("importers/dcounts_importer/stations.csv", "importers/dcounts_importer/districts.csv", 2, 4),
        ("importers/csv_importer/stations.csv", "importers/csv_importer/uprn_missing.csv", 3, 2),
    ];
    for (stations, addresses, station_count, address_count) in pairs {
        let out = tempfile::tempdir().expect("temp dir");
        let (stations, addresses) =
            (dir.join(stations).display().to_string(), dir.join(addresses).display().to_string());
        let (run, report) = build(out.path(), &["valid/council.toml", &stations, &addresses]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(with_code(&report, "unknown_station").is_empty(), "every station is in the stations file");
        let (_, stations_imported, _, _) = counts(&report, &stations);
        let (_, addresses_imported, _, _) = counts(&report, &addresses);
        assert_eq!((stations_imported, addresses_imported), (station_count, address_count), "{addresses}");
    }
}
