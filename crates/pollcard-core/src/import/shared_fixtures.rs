//! Tests against real council exports and Democracy Club's format-sniffing samples,
//! read in place from `../shared/fixtures/democracyclub` beside the project (never
//! copied into it). Each test says it was skipped when that folder is absent.

use std::path::PathBuf;

use super::detect::detect;
use super::source::{Delimiter, SourceError, SourceFile, TextEncoding};

fn shared_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/democracyclub");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: ../shared not present ({} not found)", dir.display());
        None
    }
}

fn read(dir: &std::path::Path, file: &str) -> Vec<u8> {
    std::fs::read(dir.join(file)).unwrap_or_else(|error| panic!("{file}: {error}"))
}

fn decode(dir: &std::path::Path, file: &str) -> SourceFile {
    SourceFile::decode(file, &read(dir, file)).unwrap_or_else(|error| panic!("{file}: {error}"))
}

#[test]
fn windows_1252_export_decodes() {
    let Some(dir) = shared_dir() else { return };
    let source = decode(&dir, "ems-sniffing/encoding-windows1252.tsv");
    assert_eq!(source.encoding(), TextEncoding::Windows1252);
    assert_eq!(source.delimiter(), Delimiter::Tab);
    assert!(source.text().contains("Lôn Capel"), "0xF4 is ô in Windows-1252");
    assert!(source.has_column("Polling_Place_Id"));
}

#[test]
fn separators_come_from_content_not_extension() {
    let Some(dir) = shared_dir() else { return };
    assert_eq!(decode(&dir, "ems-sniffing/ext-tsv-with-csv-ext.csv").delimiter(), Delimiter::Tab);
    let csv_named_tsv = decode(&dir, "ems-sniffing/ext-csv-with-tsv-ext.tsv");
    assert_eq!(csv_named_tsv.delimiter(), Delimiter::Comma);
    assert_eq!(csv_named_tsv.header().first().map(String::as_str), Some("HouseID"));
}

#[test]
fn files_that_cannot_be_read_say_why() {
    let Some(dir) = shared_dir() else { return };
    let zip = SourceFile::decode("not-a-csv.csv", &read(&dir, "ems-sniffing/not-a-csv.csv")).err();
    assert!(matches!(zip, Some(SourceError::NotText(reason)) if reason.contains("ZIP")));
    for empty in ["ems-sniffing/small-files-empty.csv", "ems-sniffing/small-files-empty2.csv"] {
        assert_eq!(SourceFile::decode(empty, &read(&dir, empty)).err(), Some(SourceError::Empty), "{empty}");
    }
}

#[test]
fn a_truncated_export_is_found_by_its_last_row() {
    let Some(dir) = shared_dir() else { return };
    let table = decode(&dir, "ems-sniffing/incomplete-file.CSV").table().expect("reads as CSV");
    let truncation = table.truncated.expect("the cut-off last row shows the file is incomplete");
    assert_eq!((truncation.line, truncation.open_quote), (10, true), "it stops inside a quoted field");
    assert!(truncation.fields < truncation.expected, "{truncation:?}");
}

#[test]
fn council_exports_are_recognised() {
    let Some(dir) = shared_dir() else { return };
    let cases = [
        ("importers/xpress_importer/test_democlub.csv", "xpress-democracyclub"),
        ("ems-sniffing/encoding-windows1252.tsv", "xpress-democracyclub"),
        ("ems-sniffing/ext-tsv-with-csv-ext.csv", "xpress-democracyclub"),
        ("ems-sniffing/incomplete-file.CSV", "xpress-democracyclub"),
        ("importers/xpress_importer/test_weblookup.csv", "xpress-weblookup"),
        ("ems-sniffing/ems-xpress-weblookup.CSV", "xpress-weblookup"),
        ("importers/halarose_importer/test.csv", "idox-eros"),
        ("ems-sniffing/ext-csv-with-tsv-ext.tsv", "idox-eros"),
        ("importers/eoni_importer/eoni_export.csv", "eoni"),
        ("importers/dcounts_importer/stations.csv", "democracy-counts-stations"),
        ("importers/dcounts_importer/districts.csv", "democracy-counts-addresses"),
        ("ems-sniffing/ems-dcounts-stations.csv", "democracy-counts-stations"),
        ("ems-sniffing/ems-dcounts-stations-small.csv", "democracy-counts-stations"),
        ("ems-sniffing/ems-dcounts-districts.csv", "democracy-counts-addresses"),
        ("importers/csv_importer/stations.csv", "democracy-club-stations"),
        ("importers/csv_importer/addresses.csv", "democracy-club-addresses"),
    ];
    for (file, expected) in cases {
        let importer = detect(&decode(&dir, file)).unwrap_or_else(|problem| panic!("{file}: {}", problem.message));
        assert_eq!(importer.name(), expected, "{file}");
    }
}

#[test]
fn council_exports_are_named_until_their_importers_exist() {
    let Some(dir) = shared_dir() else { return };
    let cases: [(&str, &str); 0] = [];
    for (file, expected) in cases {
        let problem = detect(&decode(&dir, file)).err().unwrap_or_else(|| panic!("{file} should not be importable"));
        assert_eq!(problem.code.key(), "unknown_format", "{file}");
        assert!(problem.message.contains(expected), "{file}: {}", problem.message);
        assert!(problem.message.contains("cannot import yet"), "{file}: {}", problem.message);
    }
    for file in [
        "ems-sniffing/ems-other.csv",
        "ems-sniffing/small-files-nearly_empty.csv",
        "ems-sniffing/invalid.json",
        "ems-sniffing/ems-other.json",
    ] {
        let problem = detect(&decode(&dir, file)).err().unwrap_or_else(|| panic!("{file} should not be importable"));
        assert!(problem.message.contains("not recognised"), "{file}: {}", problem.message);
    }
}
