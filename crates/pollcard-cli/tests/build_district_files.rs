//! District boundaries in their own bundle file, end to end: `pollcard build` writes
//! them to `districts/{COUNCIL}.{hash}.json` (named by `bundle.json`, which keeps
//! none), the same inputs give the same bytes, and `pollcard sign` / `verify` cover
//! the file like any other, refusing it once changed.

mod build_support;

use std::fs;
use std::path::Path;

use build_support::{build, pollcard, read_json, sign_demo_release};

const INPUTS: [&str; 4] =
    ["valid/council.toml", "valid/stations.csv", "valid/addresses.csv", "districts/districts.geojson"];

fn every_file(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("lists") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path.strip_prefix(root).expect("inside").display().to_string();
                found.push((name, fs::read(&path).expect("reads")));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn boundaries_go_to_their_own_content_named_file_and_build_identically() {
    let (first, second) = (tempfile::tempdir().expect("temp"), tempfile::tempdir().expect("temp"));
    let (run, _) = build(first.path(), &INPUTS);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let (run, _) = build(second.path(), &INPUTS);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(every_file(first.path()), every_file(second.path()), "the same inputs give the same bytes");

    let index = read_json(&first.path().join("bundle.json"));
    let path = index["district_boundaries"].as_str().expect("the index names the boundaries file");
    let name = path.strip_prefix("districts/").expect("in districts/");
    let (council, rest) = name.split_once('.').expect("COUNCIL.HASH.json");
    assert_eq!(council, index["council"]["id"].as_str().unwrap_or_default());
    assert_eq!(rest.len(), "0123456789abcdef.json".len(), "{name}");
    let boundaries = read_json(&first.path().join(path));
    assert_eq!(boundaries["format"], "pollcard-districts");
    assert_eq!(boundaries["format_version"], 1);
    let ids: Vec<&str> =
        boundaries["districts"].as_array().expect("districts").iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(ids, ["AD1", "AD2", "AD3"]);
    assert!(!String::from_utf8_lossy(&fs::read(first.path().join("bundle.json")).expect("index")).contains("boundary"));
}

#[test]
fn the_boundaries_file_is_signed_and_verified_with_the_rest() {
    let root = tempfile::tempdir().expect("temp");
    let (release, keys) = (root.path().join("release"), root.path().join("keys"));
    let (run, _) = build(&release, &INPUTS);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let verify = sign_demo_release(&release, &keys);
    let index = read_json(&release.join("bundle.json"));
    let path = index["district_boundaries"].as_str().expect("boundaries file").to_owned();
    let manifest = fs::read_to_string(release.join("release.json")).expect("manifest");
    assert!(manifest.contains(&format!("\"{path}\"")), "{manifest}");
    let run = verify();
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);

    let file = release.join(&path);
    let mut bytes = fs::read(&file).expect("boundaries");
    let digit = bytes.iter().position(|byte| *byte == b'4').expect("a digit 4");
    bytes[digit] = b'5';
    fs::write(&file, bytes).expect("writes");
    let run = verify();
    assert_eq!(run.code, Some(4), "a changed boundary is refused: {}{}", run.stdout, run.stderr);
}

#[test]
fn a_national_bundle_keeps_each_councils_boundaries_in_its_own_file() {
    let root = tempfile::tempdir().expect("temp");
    let councils = root.path().join("councils");
    for council in ["north-test", "south-test"] {
        let from = build_support::fixtures().join("national").join(council);
        fs::create_dir_all(councils.join(council)).expect("mkdir");
        for entry in fs::read_dir(&from).expect("lists") {
            let path = entry.expect("entry").path();
            fs::copy(&path, councils.join(council).join(path.file_name().expect("name"))).expect("copies");
        }
    }
    let geojson = build_support::fixtures().join("districts/districts.geojson");
    fs::copy(geojson, councils.join("north-test/districts.geojson")).expect("copies");
    let out = root.path().join("bundle");
    let run = pollcard(["build", "--out", &out.display().to_string(), "--councils", &councils.display().to_string()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    let index = read_json(&out.join("bundle.json"));
    let entries = index["councils"].as_array().expect("councils");
    let north = entries.iter().find(|entry| entry["council"]["id"] == "north-test").expect("north");
    let south = entries.iter().find(|entry| entry["council"]["id"] == "south-test").expect("south");
    assert!(south.get("districts").is_none(), "south-test gave no boundaries");
    let path = north["districts"].as_str().expect("north-test's boundaries file");
    assert!(path.starts_with("districts/north-test."), "{path}");
    let boundaries = read_json(&out.join(path));
    assert_eq!(
        (boundaries["format"].as_str(), boundaries["council"].as_str()),
        (Some("pollcard-districts"), Some("north-test"))
    );
    assert_eq!(boundaries["districts"].as_array().map(Vec::len), Some(3));
}
