//! Shared by the build and lookup end-to-end tests: running the built `pollcard`
//! binary on the fixtures beside these tests, and reading the report it wrote.

// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The valid test council's four files (UTF-8 TOML, Windows-1252 stations, a
/// tab-separated UTF-8-with-BOM addresses `.csv`, a UTF-16 LE survey).
pub const VALID: [&str; 4] = ["valid/council.toml", "valid/stations.csv", "valid/addresses.csv", "valid/dc-survey.csv"];

/// The release details `pollcard sign` needs besides the folder, key, version and
/// creation time, as the signing tests give them.
pub const DEMO_RELEASE_DETAILS: [&str; 6] =
    ["--valid-days", "60", "--election", "local.demo-county.2026-05-07", "--publisher", "Demo County Council"];

/// Makes a key pair in `keys` and signs the release folder `release` with it, as
/// the signing tests do; returns a check that runs `pollcard verify` on it (during
/// the release's validity) and gives what it did.
pub fn sign_demo_release(release: &Path, keys: &Path) -> impl Fn() -> Run {
    let (release_s, keys_s) = (release.display().to_string(), keys.display().to_string());
    let run = pollcard(["keygen", "--out", &keys_s, "--name", "council"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let key = keys.join("council.key").display().to_string();
    let public = keys.join("council.pub").display().to_string();
    let mut sign =
        vec!["sign", &release_s, "--key", &key, "--bundle-version", "1", "--created", "2026-04-01T00:00:00Z"];
    sign.extend(DEMO_RELEASE_DETAILS);
    let run = pollcard(sign);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    move || pollcard(["verify", &release_s, "--public-key", &public, "--now", "2026-04-15T00:00:00Z"])
}

/// `tests/fixtures`; the binary runs there, so reports name files as `valid/…`.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `pollcard ARGS…` in the fixtures folder.
pub fn pollcard<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let output = Command::new(env!("CARGO_BIN_EXE_pollcard"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .expect("the pollcard binary runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `pollcard build --out OUT INPUTS…` and returns the run and `OUT/report.json`.
pub fn build(out: &Path, inputs: &[&str]) -> (Run, Value) {
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.display().to_string()];
    args.extend(inputs.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    let report = read_json(&out.join("report.json"));
    assert_counts_add_up(&report);
    (run, report)
}

pub fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The report's promise: per file, imported + dropped = records_read, and repaired
/// records are among the imported ones.
pub fn assert_counts_add_up(report: &Value) {
    assert_eq!(report["schema"], "pollcard-report/1");
    for file in report["files"].as_array().expect("files") {
        let count = |key: &str| file[key].as_u64().unwrap_or_else(|| panic!("{key} in {file}"));
        assert_eq!(count("imported") + count("dropped"), count("records_read"), "{file}");
        assert!(count("repaired") <= count("imported"), "{file}");
    }
}

/// The report's entry for the file given as `path`.
pub fn file<'r>(report: &'r Value, path: &str) -> &'r Value {
    report["files"]
        .as_array()
        .and_then(|files| files.iter().find(|file| file["path"] == path))
        .unwrap_or_else(|| panic!("{path} is not in the report"))
}

/// `(records_read, imported, repaired, dropped)` of one file.
pub fn counts(report: &Value, path: &str) -> (u64, u64, u64, u64) {
    let file = file(report, path);
    let count = |key: &str| file[key].as_u64().unwrap_or(u64::MAX);
    (count("records_read"), count("imported"), count("repaired"), count("dropped"))
}

/// The whole-council warnings (`docs/data-formats.md`, "Checks across files"), which
/// [`problems`] leaves out so that each format's tests stay about that format;
/// [`all_problems`] and [`with_code`] include them.
pub const INTEGRITY_WARNINGS: [&str; 5] = [
    "address_without_station",
    "split_postcode",
    "no_accessibility_data",
    "stations_at_same_place",
    "station_far_from_others",
];

/// `(severity, code, file, line, action)` of every problem but the
/// [`INTEGRITY_WARNINGS`], in report order; a null file is "" and a null line is 0.
pub fn problems(report: &Value) -> Vec<(String, String, String, u64, String)> {
    all_problems(report).into_iter().filter(|problem| !INTEGRITY_WARNINGS.contains(&problem.1.as_str())).collect()
}

/// `(severity, code, file, line, action)` of every problem, in report order.
pub fn all_problems(report: &Value) -> Vec<(String, String, String, u64, String)> {
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                text(&p["severity"]),
                text(&p["code"]),
                text(&p["file"]),
                p["line"].as_u64().unwrap_or(0),
                text(&p["action"]),
            )
        })
        .collect()
}

/// The problems with this code.
pub fn with_code<'r>(report: &'r Value, code: &str) -> Vec<&'r Value> {
    report["problems"].as_array().expect("problems").iter().filter(|p| p["code"] == code).collect()
}

/// `(severity, code, file, line, action)` for comparisons.
pub fn at(severity: &str, code: &str, file: &str, line: u64, action: &str) -> (String, String, String, u64, String) {
    (severity.to_owned(), code.to_owned(), file.to_owned(), line, action.to_owned())
}

/// The keys of a JSON object, sorted.
pub fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> =
        value.as_object().unwrap_or_else(|| panic!("{value} is not an object")).keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}
