//! A national bundle carries each council's elections in its own file,
//! `elections/{COUNCIL}.{hash}.json`, named by the council's entry in the index: the
//! same bytes a single-council build writes as `elections.json` (so each council's
//! timetable adjustments apply to its own file only), checked on their lines in the
//! council's report, and signed and verified like every other file. Fixtures:
//! `tests/fixtures/national/` plus `tests/fixtures/national_elections/`.

mod build_support;

use std::fs;
use std::path::{Path, PathBuf};

use build_support::{build, fixtures, pollcard, read_json, sign_demo_release};
use serde_json::Value;

/// Copies the three national council folders, with their election inputs, under `root`.
fn councils(root: &Path) -> PathBuf {
    let councils = root.join("councils");
    for council in ["north-test", "south-test", "west-test"] {
        fs::create_dir_all(councils.join(council)).expect("mkdir");
        for source in [fixtures().join("national").join(council), fixtures().join("national_elections").join(council)] {
            let Ok(entries) = fs::read_dir(&source) else { continue };
            for entry in entries {
                let path = entry.expect("entry").path();
                fs::copy(&path, councils.join(council).join(path.file_name().expect("name"))).expect("copies");
            }
        }
    }
    councils
}

fn build_national(councils: &Path, out: &Path) {
    let run = pollcard(["build", "--out", &out.display().to_string(), "--councils", &councils.display().to_string()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

fn entry<'i>(index: &'i Value, council: &str) -> &'i Value {
    let entries = index["councils"].as_array().expect("councils");
    entries.iter().find(|entry| entry["council"]["id"] == council).expect("the council's entry")
}

fn non_working_days<'f>(file: &'f Value, nation: &str) -> Vec<&'f str> {
    file["non_working_days"][nation].as_array().expect("days").iter().filter_map(Value::as_str).collect()
}

#[test]
fn each_council_has_its_own_elections_file() {
    let root = tempfile::tempdir().expect("temp");
    let councils = councils(root.path());
    let out = root.path().join("bundle");
    build_national(&councils, &out);
    let index = read_json(&out.join("bundle.json"));

    let north_path = entry(&index, "north-test")["elections"].as_str().expect("north-test's elections file");
    let (council, rest) = north_path.strip_prefix("elections/").expect("in elections/").split_once('.').expect("name");
    assert_eq!((council, rest.len()), ("north-test", "0123456789abcdef.json".len()), "{north_path}");
    assert!(entry(&index, "west-test").get("elections").is_none(), "west-test gave no elections");
    assert!(!out.join("elections.json").exists(), "no single-council member in a national bundle");

    // The same bytes as north-test's own single-council build.
    let single = root.path().join("single");
    let inputs: Vec<String> = fs::read_dir(councils.join("north-test"))
        .expect("lists")
        .map(|entry| entry.expect("entry").path().display().to_string())
        .collect();
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let (run, _) = build(&single, &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let national_bytes = fs::read(out.join(north_path)).expect("north-test's file");
    assert_eq!(national_bytes, fs::read(single.join("elections.json")).expect("elections.json"));

    let north = read_json(&out.join(north_path));
    assert_eq!((north["format"].as_str(), north["format_version"].as_u64()), (Some("pollcard-elections"), Some(1)));
    assert_eq!(north["ballots"].as_array().map(Vec::len), Some(2));
    assert_eq!(north["districts"]["ND2"][0], "local.north-test.mill.2026-05-07");
    // North-test's day of mourning counts in its file, and pushes registration back.
    assert!(non_working_days(&north, "england").contains(&"2026-04-20"));
    assert_eq!(north["elections"][0]["timetable"]["registration"]["date"], "2026-04-17");

    let south_path = entry(&index, "south-test")["elections"].as_str().expect("south-test's elections file");
    assert!(south_path.starts_with("elections/south-test."), "{south_path}");
    let south = read_json(&out.join(south_path));
    let ids: Vec<&str> =
        south["elections"].as_array().expect("elections").iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(ids, ["local.south-test.2026-05-07"], "the Assembly ballot is dropped");
    assert!(!non_working_days(&south, "wales").contains(&"2026-04-20"), "not south-test's adjustment");
    assert_eq!(south["elections"][0]["timetable"]["registration"]["date"], "2026-04-20");
    assert!(south["elections"][0]["timetable"].get("vac_application").is_none(), "no photo ID, Welsh local");

    let report = read_json(&out.join("reports/south-test.json"));
    let not_held: Vec<(&str, u64)> = report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter(|problem| problem["code"] == "election_not_held")
        .map(|problem| (problem["file"].as_str().unwrap_or_default(), problem["line"].as_u64().unwrap_or_default()))
        .collect();
    // The election, then its ballot, both on the line that named them.
    assert_eq!(not_held.len(), 2, "{not_held:?}");
    assert!(not_held.iter().all(|(file, line)| file.ends_with("south-test/ballots.csv") && *line == 3), "{not_held:?}");
}

#[test]
fn elections_files_are_signed_and_verified_with_the_rest() {
    let root = tempfile::tempdir().expect("temp");
    let councils = councils(root.path());
    let (release, keys) = (root.path().join("release"), root.path().join("keys"));
    build_national(&councils, &release);
    let verify = sign_demo_release(&release, &keys);
    let index = read_json(&release.join("bundle.json"));
    let path = entry(&index, "north-test")["elections"].as_str().expect("elections file").to_owned();
    let manifest = fs::read_to_string(release.join("release.json")).expect("manifest");
    assert!(manifest.contains(&format!("\"{path}\"")), "{manifest}");
    let run = verify();
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);

    let file = release.join(&path);
    let text = fs::read_to_string(&file).expect("elections file").replace("Ada North", "Ada Nortz");
    fs::write(&file, text).expect("writes");
    let run = verify();
    assert_eq!(run.code, Some(4), "a changed elections file is refused: {}{}", run.stdout, run.stderr);
}
