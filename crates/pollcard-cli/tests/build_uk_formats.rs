//! `pollcard build` end to end on the UK council exports other than Xpress — Idox Eros
//! (current and older header sets), EONI, Democracy Counts (two files) and Democracy
//! Club's generic stations and addresses CSVs — written for these tests
//! (`tests/fixtures/uk_formats/`, fictional, in the `AA` area). Each is imported with
//! every row accounted for; and whatever a file is named, whatever its encoding, it is
//! read the same; a file cut short is refused whole.

mod build_support;

use std::path::{Path, PathBuf};

use build_support::{build, counts, file, fixtures, pollcard, read_json};
use serde_json::Value;

/// Warnings an importer itself gives about a row (the cross-file checks' warnings are
/// tested where they are made).
const ROW_WARNINGS: [&str; 6] =
    ["no_location", "invalid_location", "postcode_from_address", "unknown_columns", "duplicate_row", "blank_row"];

/// `(code, line, action)` of the fatal problems, errors and row warnings about `path`.
fn row_problems(report: &Value, path: &str) -> Vec<(String, u64, String)> {
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter(|p| p["file"] == path)
        .filter(|p| p["severity"] != "warning" || ROW_WARNINGS.contains(&p["code"].as_str().unwrap_or_default()))
        .map(|p| (text(&p["code"]), p["line"].as_u64().unwrap_or(0), text(&p["action"])))
        .collect()
}

fn row(code: &str, line: u64, action: &str) -> (String, u64, String) {
    (code.to_owned(), line, action.to_owned())
}

/// One format's fixture: the file under test, the files built with it, the format it
/// must be read as, its counts (read, imported, repaired, dropped) and row problems.
struct Case {
    path: &'static str,
    with: &'static [&'static str],
    format: &'static str,
    counts: (u64, u64, u64, u64),
    problems: &'static [(&'static str, u64, &'static str)],
}

const CASES: [Case; 7] = [
    Case {
        path: "uk_formats/idox-eros.csv",
        with: &[],
        format: "idox-eros",
        counts: (6, 5, 1, 1),
        problems: &[
            ("postcode_from_address", 5, "repaired"),
            ("test_record", 6, "dropped"),
            ("no_location", 7, "kept"),
        ],
    },
    Case {
        path: "uk_formats/idox-eros-older.csv",
        with: &[],
        format: "idox-eros",
        counts: (3, 3, 0, 0),
        problems: &[("no_location", 2, "kept")],
    },
    Case {
        path: "uk_formats/eoni.csv",
        with: &[],
        format: "eoni",
        counts: (4, 3, 1, 1),
        problems: &[
            ("postcode_from_address", 4, "repaired"),
            ("no_location", 4, "kept"),
            ("missing_uprn", 5, "dropped"),
        ],
    },
    Case {
        path: "uk_formats/democracy-counts-stations.csv",
        with: &["uk_formats/democracy-counts-addresses.csv"],
        format: "democracy-counts-stations",
        counts: (3, 2, 0, 1),
        problems: &[("no_location", 3, "kept"), ("duplicate_row", 4, "dropped")],
    },
    Case {
        path: "uk_formats/democracy-counts-addresses.csv",
        with: &["uk_formats/democracy-counts-stations.csv"],
        format: "democracy-counts-addresses",
        counts: (4, 3, 1, 1),
        problems: &[
            ("test_record", 4, "dropped"),
            ("postcode_from_address", 5, "repaired"),
            ("unknown_station", 5, "kept_as_no_station"),
        ],
    },
    Case {
        path: "uk_formats/dc-stations.csv",
        with: &["uk_formats/dc-addresses.csv"],
        format: "democracy-club-stations",
        counts: (2, 2, 0, 0),
        problems: &[("no_location", 3, "kept")],
    },
    Case {
        path: "uk_formats/dc-addresses.csv",
        with: &["uk_formats/dc-stations.csv"],
        format: "democracy-club-addresses",
        counts: (3, 3, 0, 0),
        problems: &[],
    },
];

/// Builds the valid council with `inputs` and checks the run succeeded.
fn built(out: &Path, inputs: &[&str]) -> Value {
    let mut all = vec!["valid/council.toml"];
    all.extend_from_slice(inputs);
    let (run, report) = build(out, &all);
    assert_eq!(run.code, Some(0), "{inputs:?}: {}", run.stderr);
    report
}

fn inputs(case: &Case, path: &str) -> Vec<String> {
    std::iter::once(path.to_owned()).chain(case.with.iter().map(|other| (*other).to_owned())).collect()
}

fn lookup(bundle: &Path, postcode: &str) -> Value {
    let bundle = bundle.display().to_string();
    let run = pollcard(["lookup", bundle.as_str(), postcode]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout))
}

#[test]
fn each_format_is_imported_with_every_row_accounted_for() {
    for case in &CASES {
        let out = tempfile::tempdir().expect("temp dir");
        let all = inputs(case, case.path);
        let report = built(out.path(), &all.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(file(&report, case.path)["format"], case.format, "{}", case.path);
        assert_eq!(counts(&report, case.path), case.counts, "{}", case.path);
        let expected: Vec<_> = case.problems.iter().map(|(code, line, action)| row(code, *line, action)).collect();
        assert_eq!(row_problems(&report, case.path), expected, "{}", case.path);
    }
}

#[test]
fn an_idox_venue_hosting_two_stations_gives_two_stations() {
    let out = tempfile::tempdir().expect("temp dir");
    built(out.path(), &["uk_formats/idox-eros.csv"]);
    let index = read_json(&out.path().join("bundle.json"));
    let ids: Vec<&str> =
        index["stations"].as_array().expect("stations").iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids, ["19-3", "19-4", "20-5"], "venue 19 hosts stations 3 and 4");
    assert_eq!(index["stations"][0]["address"], "Lôn Capel, Aberdyfi");
    assert_eq!(index["stations"][0]["location"], serde_json::json!({ "lat": 52.544185, "lon": -4.043805 }));
    let split = lookup(out.path(), "AA1 1AA");
    assert_eq!(split["status"], "address_picker", "{split}");
    let stations: Vec<&str> =
        split["addresses"].as_array().expect("addresses").iter().filter_map(|a| a["station_id"].as_str()).collect();
    assert_eq!(stations, ["19-3", "19-4"]);
    let chapel = lookup(out.path(), "AA1 1AD");
    assert_eq!((chapel["status"].as_str(), chapel["station"]["name"].as_str()), (Some("station"), Some("Chapel")));
}

#[test]
fn eoni_locations_are_kept_as_wgs84() {
    let out = tempfile::tempdir().expect("temp dir");
    built(out.path(), &["uk_formats/eoni.csv"]);
    let answer = lookup(out.path(), "AA1 1AA");
    assert_eq!(answer["station"]["id"], "111");
    assert_eq!(answer["station"]["address"], "LÔN CAPEL, ABERDYFI", "the repeated postcode is not in the address");
    assert_eq!(
        (answer["station"]["lat"].as_f64(), answer["station"]["lon"].as_f64()),
        (Some(52.544185), Some(-4.043805))
    );
}

/// A temporary copy of a fixture, with these bytes, named `name`.
fn temp_copy(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path.display().to_string()
}

fn fixture_bytes(path: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn formats_are_recognised_from_content_whatever_the_file_is_called() {
    let names = ["export.json", "districts.kml", "stations.tsv", "addresses.xlsx", "README"];
    for (case, name) in CASES.iter().zip(names.iter().cycle()) {
        let temp = tempfile::tempdir().expect("temp dir");
        let renamed = temp_copy(temp.path(), name, &fixture_bytes(case.path));
        let out = tempfile::tempdir().expect("temp dir");
        let all = inputs(case, &renamed);
        let mut args = vec!["valid/council.toml"];
        args.extend(all.iter().map(String::as_str));
        let (run, report) = build(out.path(), &args);
        assert_eq!(run.code, Some(0), "{}: {}", case.path, run.stderr);
        assert!(
            run.stderr.contains(&format!("{renamed}: read as {} (recognised from its content", case.format)),
            "{}: {}",
            case.path,
            run.stderr
        );
        assert_eq!(counts(&report, &renamed), case.counts, "{} as {name}", case.path);
    }
}

/// `text` in UTF-16 with a byte-order mark.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

/// `text` in Windows-1252; the fixtures only hold characters it shares with Latin-1.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match u8::try_from(u32::from(c)) {
            Ok(byte) if !(0x80..0xA0).contains(&byte) => byte,
            _ => panic!("{c} is not written the same in Windows-1252 and Latin-1"),
        })
        .collect()
}

#[test]
fn utf16_and_windows_1252_exports_read_the_same_as_utf8() {
    for case in &CASES {
        let reference = tempfile::tempdir().expect("temp dir");
        let all = inputs(case, case.path);
        built(reference.path(), &all.iter().map(String::as_str).collect::<Vec<_>>());
        let expected = read_json(&reference.path().join("bundle.json"));
        let text = String::from_utf8(fixture_bytes(case.path)).expect("UTF-8 fixture");
        assert!(!text.is_ascii(), "{} must hold a non-ASCII character to test encodings", case.path);
        let variants = [
            ("utf-16le", utf16(&text.replace('\n', "\r\n"), false)),
            ("utf-16be", utf16(&text, true)),
            ("windows-1252", windows_1252(&text)),
        ];
        for (encoding, bytes) in variants {
            let temp = tempfile::tempdir().expect("temp dir");
            let encoded = temp_copy(temp.path(), "export.csv", &bytes);
            let out = tempfile::tempdir().expect("temp dir");
            let report = built(out.path(), &inputs(case, &encoded).iter().map(String::as_str).collect::<Vec<_>>());
            let entry = file(&report, &encoded);
            assert_eq!((entry["format"].as_str(), entry["encoding"].as_str()), (Some(case.format), Some(encoding)));
            assert_eq!(counts(&report, &encoded), case.counts, "{} in {encoding}", case.path);
            let bundle = read_json(&out.path().join("bundle.json"));
            assert_eq!(bundle["stations"], expected["stations"], "{} in {encoding}", case.path);
            for postcode in ["AA1 1AA", "AA1 1AB"] {
                let (got, want) = (lookup(out.path(), postcode), lookup(reference.path(), postcode));
                assert_eq!(got, want, "{} in {encoding}: {postcode}", case.path);
            }
        }
    }
}

#[test]
fn a_file_cut_short_is_refused_whole() {
    // (fixture, bytes into its last line to cut at, line, records, what the message says)
    let cuts = [
        ("uk_formats/idox-eros.csv", 30, 7, 6, "its last row (line 7) stops after 7 of the header's 22 fields"),
        ("uk_formats/eoni.csv", 8, 5, 4, "it ends inside a quoted field that starts on line 5"),
    ];
    for (path, into_last_line, line, records, says) in cuts {
        let bytes = fixture_bytes(path);
        let body = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let last_line = body.iter().rposition(|&b| b == b'\n').map_or(0, |newline| newline + 1);
        let temp = tempfile::tempdir().expect("temp dir");
        let cut = temp_copy(temp.path(), "cut.csv", &bytes[..last_line + into_last_line]);
        let out = tempfile::tempdir().expect("temp dir");
        let (run, report) = build(out.path(), &["valid/council.toml", &cut]);
        assert_eq!(run.code, Some(3), "{path}: {}", run.stderr);
        assert_eq!(row_problems(&report, &cut), [row("truncated_file", line, "stopped")], "{path}");
        let problem = &report["problems"].as_array().expect("problems")[0];
        let message = problem["message"].as_str().unwrap_or_default();
        assert!(message.contains(says) && message.contains("none of it was imported"), "{path}: {message}");
        assert_eq!(problem["severity"], "fatal");
        assert_eq!(counts(&report, &cut), (records, 0, 0, records), "{path}: every record dropped");
        assert!(!out.path().join("bundle.json").exists(), "{path}: no bundle from a partial file");
    }
}

/// Rewrites a header and its rows as some exports do: every column again with a `1`
/// suffix, the first repeat glued onto the last original column's name (whose value
/// the field holds).
fn duplicate_columns(text: &str) -> String {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let (last, rest) = header.split_last().expect("columns");
    let mut new_header: Vec<String> = rest.iter().map(|name| (*name).to_owned()).collect();
    new_header.push(format!("{last}{}1", header[0]));
    new_header.extend(header[1..].iter().map(|name| format!("{name}1")));
    let mut out = new_header.join(",") + "\n";
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        out += &format!("{line},{}\n", fields[1..].join(","));
    }
    out
}

#[test]
fn the_duplicated_column_layout_reads_the_same() {
    // The simple Idox fixture has no quoted commas, so splitting at commas is safe.
    let path = "uk_formats/idox-eros.csv";
    let reference = tempfile::tempdir().expect("temp dir");
    built(reference.path(), &[path]);
    let text = String::from_utf8(fixture_bytes(path)).expect("UTF-8");
    let doubled = duplicate_columns(&text);
    assert!(doubled.starts_with("HouseID,UPRN,") && doubled.contains(",PollingDistrictNameHouseID1,UPRN1,"));
    let temp = tempfile::tempdir().expect("temp dir");
    let copy = temp_copy(temp.path(), "doubled.csv", doubled.as_bytes());
    let out = tempfile::tempdir().expect("temp dir");
    let report = built(out.path(), &[&copy]);
    assert_eq!(file(&report, &copy)["format"], "idox-eros");
    assert_eq!(counts(&report, &copy), CASES[0].counts);
    assert!(row_problems(&report, &copy).iter().all(|(code, _, _)| code != "unknown_columns"), "all columns known");
    let (got, want) = (read_json(&out.path().join("bundle.json")), read_json(&reference.path().join("bundle.json")));
    assert_eq!(got["stations"], want["stations"]);
    assert_eq!(lookup(out.path(), "AA1 1AA"), lookup(reference.path(), "AA1 1AA"));
}
