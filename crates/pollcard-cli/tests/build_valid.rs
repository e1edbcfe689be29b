//! `pollcard build` end to end on a small valid council: every encoding and separator
//! the importers must handle, the bundle and report it writes, and its command line.

mod build_support;

use build_support::{all_problems, at, build, counts, file, pollcard, problems, read_json, VALID};

#[test]
fn builds_the_valid_council_and_reports_what_it_read() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, report) = build(out.path(), &VALID);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    let expected = [
        ("valid/council.toml", "pollcard-council/1", "utf-8", (1, 1, 0, 0)),
        ("valid/stations.csv", "pollcard-stations/1", "windows-1252", (3, 3, 0, 0)),
        ("valid/addresses.csv", "pollcard-addresses/1", "utf-8-bom", (5, 5, 0, 0)),
        ("valid/dc-survey.csv", "democracy-club-survey", "utf-16le", (2, 2, 0, 0)),
    ];
    for (path, format, encoding, expected_counts) in expected {
        assert_eq!(file(&report, path)["format"], format, "{path}");
        assert_eq!(file(&report, path)["encoding"], encoding, "{path}");
        assert_eq!(counts(&report, path), expected_counts, "{path}");
    }
    assert_eq!(
        all_problems(&report),
        [
            at("warning", "no_location", "valid/stations.csv", 4, "kept"),
            at("warning", "no_accessibility_data", "valid/stations.csv", 4, "kept"),
            at("warning", "station_without_addresses", "valid/stations.csv", 4, "kept"),
            at("warning", "split_postcode", "valid/addresses.csv", 4, "kept"),
            at("warning", "address_without_station", "valid/addresses.csv", 6, "kept_as_no_station"),
            at("warning", "survey_conflict", "valid/dc-survey.csv", 2, "kept"),
        ]
    );
    let conflict = &report["problems"][5]["message"];
    assert!(conflict
        .as_str()
        .is_some_and(|m| m.contains("hearing_loop") && m.contains("line 2 of valid/stations.csv")));

    assert!(out.path().join("bundle.json").is_file());
    assert!(out.path().join("postcodes/AA.json").is_file());
    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["fictional"], true);
    assert_eq!(index["stations"][1]["name"], "Capel y Lôn", "Windows-1252 ô decoded");
}

#[test]
fn says_on_stderr_which_format_each_file_was_read_as() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, _) = build(out.path(), &VALID);
    for line in [
        "pollcard: valid/council.toml: read as pollcard-council/1 (recognised from its content, utf-8)",
        "pollcard: valid/stations.csv: read as pollcard-stations/1 (recognised from its content, windows-1252, \
         comma-separated)",
        "pollcard: valid/addresses.csv: read as pollcard-addresses/1 (recognised from its content, utf-8-bom, \
         tab-separated)",
        "pollcard: valid/dc-survey.csv: read as democracy-club-survey (recognised from its content, utf-16le, \
         comma-separated)",
    ] {
        assert!(run.stderr.lines().any(|l| l == line), "missing {line:?} in\n{}", run.stderr);
    }
    let summary = run.stderr.lines().last().unwrap_or_default();
    assert!(summary.contains("from 4 files: 5 addresses, 3 stations, 0 errors, 6 warnings"), "summary line: {summary}");
}

#[test]
fn the_report_is_also_written_where_asked() {
    let out = tempfile::tempdir().expect("temp dir");
    let copy = out.path().join("reports/latest.json");
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.path().join("bundle").display().to_string()];
    args.extend(["--report".to_owned(), copy.display().to_string()]);
    args.extend(VALID.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(read_json(&copy), read_json(&out.path().join("bundle/report.json")));
}

#[test]
fn rebuilding_clears_old_shards_and_gives_identical_files() {
    let out = tempfile::tempdir().expect("temp dir");
    let (first, _) = build(out.path(), &VALID);
    assert_eq!(first.code, Some(0));
    std::fs::write(out.path().join("postcodes/ZZ.json"), "{}").expect("stale shard");
    let (again, _) = build(out.path(), &VALID);
    assert_eq!(again.code, Some(0));
    assert!(!out.path().join("postcodes/ZZ.json").exists(), "stale shard cleared");
    let index = std::fs::read(out.path().join("bundle.json")).expect("index");
    let shard = std::fs::read(out.path().join("postcodes/AA.json")).expect("shard");
    let (second, _) = build(out.path(), &VALID);
    assert_eq!(second.code, Some(0));
    assert_eq!(std::fs::read(out.path().join("bundle.json")).expect("index"), index);
    assert_eq!(std::fs::read(out.path().join("postcodes/AA.json")).expect("shard"), shard);
}

#[test]
fn format_can_be_named_per_file() {
    let out = tempfile::tempdir().expect("temp dir");
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.path().display().to_string()];
    args.extend(["--format".to_owned(), "valid/addresses.csv=pollcard-addresses/1".to_owned()]);
    args.extend(VALID.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("valid/addresses.csv: read as pollcard-addresses/1 (named by --format"));
    assert!(run.stderr.contains("valid/stations.csv: read as pollcard-stations/1 (recognised from its content"));
}

#[test]
fn forcing_the_wrong_format_stops_with_the_missing_columns() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = pollcard([
        "build",
        "--out",
        &out.path().display().to_string(),
        "--format",
        "pollcard-addresses/1",
        "valid/council.toml",
        "valid/stations.csv",
    ]);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    let report = read_json(&out.path().join("report.json"));
    let missing: Vec<_> = problems(&report).into_iter().filter(|p| p.1 == "missing_column").collect();
    assert!(missing.iter().any(|p| p.2 == "valid/stations.csv" && p.3 == 1), "{missing:?}");
}

#[test]
fn usage_errors_exit_2() {
    let unknown_format = pollcard(["build", "--out", "x", "--format", "xpress", "valid/council.toml"]);
    assert_eq!(unknown_format.code, Some(2));
    assert!(unknown_format.stderr.contains("unknown format \"xpress\""), "{}", unknown_format.stderr);
    assert!(unknown_format.stderr.contains("pollcard-stations/1"), "lists the formats");
    assert_eq!(pollcard(["build", "--out", "x"]).code, Some(2), "no inputs");
    assert_eq!(pollcard(["build", "valid/council.toml"]).code, Some(2), "no --out");
}

#[test]
fn failing_to_write_the_output_exits_1() {
    let out = tempfile::tempdir().expect("temp dir");
    let blocker = out.path().join("not-a-folder");
    std::fs::write(&blocker, "a file where the bundle folder should go").expect("write");
    let mut args = vec!["build".to_owned(), "--out".to_owned(), blocker.display().to_string()];
    args.extend(VALID.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("not-a-folder"), "{}", run.stderr);
}
