//! `pollcard synth` end to end: a small synthetic country is the same bytes for the
//! same seed, has every export format, and each council folder builds with
//! `pollcard build`, its files read as the format written and its report showing
//! only the quirks the data was given.

mod build_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use build_support::{pollcard, read_json};

/// Each file `pollcard synth` writes, and the format `pollcard build` must read it as.
const FILES: [(&str, &str); 10] = [
    ("council.toml", "pollcard-council/1"),
    ("Democracy_Club__07May2026.csv", "xpress-democracyclub"),
    ("PropertyPostCodePollingStationWebLookup-2026-05-07.CSV", "xpress-weblookup"),
    ("dc-accessibility-survey.csv", "democracy-club-survey"),
    ("eros-polling-districts.csv", "idox-eros"),
    ("eros-polling-stations-export.csv", "idox-eros"),
    ("DemocracyCounts-addresses.csv", "democracy-counts-addresses"),
    ("DemocracyCounts-stations.csv", "democracy-counts-stations"),
    ("eoni-polling-stations.csv", "eoni"),
    ("ElectionsPro-polling-stations.json", "fcs-electionspro"),
];

/// The problems synthetic data is meant to have: its quirks (a dummy row, `n/a`
/// stations, a station without a location), the split postcodes at some station
/// boundaries, and stations without a survey. Anything else means the data is not
/// what real exports look like, or an importer misreads it.
const EXPECTED_PROBLEMS: [&str; 5] =
    ["test_record", "address_without_station", "no_location", "split_postcode", "no_accessibility_data"];

fn synth(root: &Path, seed: u64) {
    let root = root.display().to_string();
    let seed = seed.to_string();
    let args = ["synth", "--addresses", "24000", "--councils", "8", "--out", root.as_str(), "--seed", seed.as_str()];
    let run = pollcard(args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("wrote 8 councils") && run.stderr.contains("rows/s"), "{}", run.stderr);
}

/// Every file under `root`, by path relative to it, with its bytes.
fn tree(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for council in std::fs::read_dir(root).expect("root").map(|entry| entry.expect("entry").path()) {
        for file in std::fs::read_dir(&council).expect("council").map(|entry| entry.expect("entry").path()) {
            let relative = file.strip_prefix(root).expect("inside").to_path_buf();
            files.insert(relative, std::fs::read(&file).expect("readable"));
        }
    }
    files
}

#[test]
fn the_same_seed_writes_the_same_bytes() {
    let temp = tempfile::tempdir().expect("temp dir");
    let (first, again, other) = (temp.path().join("a"), temp.path().join("b"), temp.path().join("c"));
    synth(&first, 3);
    synth(&again, 3);
    synth(&other, 4);
    let first = tree(&first);
    assert!(first.len() >= 17, "8 councils, two files or more each: {:?}", first.keys());
    assert!(first == tree(&again), "same seed, same files and bytes");
    assert!(first != tree(&other), "another seed, other data");
}

#[test]
fn refuses_a_folder_that_is_not_empty() {
    let temp = tempfile::tempdir().expect("temp dir");
    std::fs::write(temp.path().join("old.txt"), "x").expect("write");
    let root = temp.path().display().to_string();
    let run = pollcard(["synth", "--addresses", "10", "--councils", "1", "--out", root.as_str()]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("is not empty"), "{}", run.stderr);
}

#[test]
fn every_format_is_written_and_each_council_builds() {
    let temp = tempfile::tempdir().expect("temp dir");
    let root = temp.path().join("country");
    synth(&root, 11);
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let councils: Vec<PathBuf> = std::fs::read_dir(&root).expect("root").map(|e| e.expect("entry").path()).collect();
    assert_eq!(councils.len(), 8);
    for council in &councils {
        let mut inputs: Vec<PathBuf> =
            std::fs::read_dir(council).expect("council").map(|entry| entry.expect("entry").path()).collect();
        inputs.sort();
        let names: Vec<String> =
            inputs.iter().map(|path| path.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect();
        for name in &names {
            let known = FILES.iter().find(|(file, _)| file == name);
            let (file, _) = known.unwrap_or_else(|| panic!("{name} is not a file synth is known to write"));
            *seen.entry(file).or_default() += 1;
            assert!(std::fs::metadata(council.join(name)).expect("exists").len() > 0, "{name} is empty");
        }
        build_council(council, &inputs, temp.path());
    }
    for (file, _) in FILES {
        assert!(seen.contains_key(file), "no council has {file}: {seen:?}");
    }
}

/// Builds one council folder and checks every file was read as the format written,
/// with only the problems the data is meant to have, and the export's rows are all
/// accounted for.
fn build_council(council: &Path, inputs: &[PathBuf], temp: &Path) {
    let out = temp.join("bundles").join(council.file_name().unwrap_or_default());
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.display().to_string()];
    args.extend(inputs.iter().map(|input| input.display().to_string()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(0), "{}: {}", council.display(), run.stderr);
    let report = read_json(&out.join("report.json"));
    build_support::assert_counts_add_up(&report);
    let problems = report["problems"].as_array().expect("problems");
    let unexpected: Vec<_> =
        problems.iter().filter(|p| !EXPECTED_PROBLEMS.iter().any(|code| p["code"] == *code)).collect();
    assert!(unexpected.is_empty(), "{}: {unexpected:#?}", council.display());
    for file in report["files"].as_array().expect("files") {
        let path = file["path"].as_str().unwrap_or_default();
        let name = Path::new(path).file_name().unwrap_or_default().to_string_lossy().into_owned();
        let expected = FILES.iter().find(|(file, _)| *file == name).map(|(_, format)| *format);
        assert_eq!(file["format"].as_str(), expected, "{path}");
        let (read, dropped) = (file["records_read"].as_u64().unwrap_or(0), file["dropped"].as_u64().unwrap_or(0));
        assert!(read > 0 && dropped <= 1, "{path}: only the dummy row may be dropped: {file}");
    }
}
