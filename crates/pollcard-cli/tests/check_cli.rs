//! `pollcard check`: the same import as `build`, writing report.json and report.html
//! and no bundle; exit 0 when a build would succeed, 3 when it would stop.

mod build_support;

use build_support::{assert_counts_add_up, pollcard, read_json, VALID};

fn check(out: &std::path::Path, inputs: &[&str]) -> build_support::Run {
    let mut args = vec!["check".to_owned(), "--out".to_owned(), out.display().to_string()];
    args.extend(inputs.iter().map(|input| (*input).to_owned()));
    pollcard(&args)
}

#[test]
fn checks_a_valid_council_without_building() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = check(out.path(), &VALID);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("valid/stations.csv: read as pollcard-stations/1"), "{}", run.stderr);
    assert!(run.stderr.contains("checked 4 files: a build would succeed"), "{}", run.stderr);

    let report = read_json(&out.path().join("report.json"));
    assert_counts_add_up(&report);
    assert!(!out.path().join("bundle.json").exists(), "check builds nothing");
    assert!(!out.path().join("postcodes").exists());

    let html = std::fs::read_to_string(out.path().join("report.html")).expect("report.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for file in VALID {
        assert!(html.contains(&format!("<th scope=\"row\">{file}</th>")), "{file} in the table");
    }
    for problem in report["problems"].as_array().expect("problems") {
        let code = problem["code"].as_str().expect("code");
        assert!(html.contains(&format!("<code>{code}</code>")), "{code} on the page");
    }
}

#[test]
fn a_fatal_problem_exits_3_and_is_on_the_page() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = check(out.path(), &["valid/stations.csv", "valid/addresses.csv"]);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("a build would stop (1 fatal)"), "{}", run.stderr);
    let report = read_json(&out.path().join("report.json"));
    assert_eq!(report["problems"][0]["code"], "no_council");
    let html = std::fs::read_to_string(out.path().join("report.html")).expect("report.html");
    assert!(html.contains("<h3>Fatal problems (1)</h3>"));
    assert!(html.contains("<code>no_council</code>"));
    assert!(html.contains("The data cannot be published"));
}

#[test]
fn leaves_the_rest_of_the_folder_alone() {
    let out = tempfile::tempdir().expect("temp dir");
    std::fs::write(out.path().join("notes.txt"), "mine").expect("write");
    let run = check(out.path(), &VALID);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(out.path().join("notes.txt")).expect("notes"), "mine");
}
