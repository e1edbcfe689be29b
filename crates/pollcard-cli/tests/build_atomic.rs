//! `pollcard build` output: written whole into `DIR.partial` and renamed into place
//! only on success, so a failed build leaves the previous bundle untouched; the same
//! inputs give byte-identical files; a folder that is not Pollcard's is not replaced.

mod build_support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use build_support::{build, pollcard, read_json, VALID};

/// Every file under `folder`, by relative path, with its bytes.
fn snapshot(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, folder: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(folder).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let relative = path.strip_prefix(root).expect("inside").to_path_buf();
                files.insert(relative, fs::read(&path).expect("read"));
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(folder, folder, &mut files);
    files
}

fn without_reports(mut files: BTreeMap<PathBuf, Vec<u8>>) -> BTreeMap<PathBuf, Vec<u8>> {
    files.retain(|path, _| !path.starts_with("report.json") && !path.starts_with("report.html"));
    files
}

/// The names beside `out` in its parent folder.
fn siblings(out: &Path) -> Vec<String> {
    let parent = out.parent().expect("parent");
    let mut names: Vec<String> = fs::read_dir(parent)
        .expect("list")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn building_twice_gives_byte_identical_files() {
    let root = tempfile::tempdir().expect("temp dir");
    let (first, second) = (root.path().join("first"), root.path().join("second"));
    assert_eq!(build(&first, &VALID).0.code, Some(0));
    assert_eq!(build(&second, &VALID).0.code, Some(0));
    let files = snapshot(&first);
    assert!(files.contains_key(Path::new("bundle.json")) && files.contains_key(Path::new("report.html")));
    assert_eq!(files, snapshot(&second));
    // And rebuilding in place changes nothing either.
    assert_eq!(build(&first, &VALID).0.code, Some(0));
    assert_eq!(snapshot(&first), snapshot(&second));
}

#[test]
fn a_stopped_build_leaves_the_previous_bundle_untouched() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = root.path().join("bundle");
    assert_eq!(build(&out, &VALID).0.code, Some(0));
    let before = without_reports(snapshot(&out));

    let (run, report) = build(&out, &["valid/stations.csv", "valid/addresses.csv"]);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert_eq!(report["problems"][0]["code"], "no_council", "the report says why");
    let html = fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(html.contains("<code>no_council</code>"));
    assert_eq!(without_reports(snapshot(&out)), before, "bundle files untouched");
    assert_eq!(siblings(&out), ["bundle"], "no staging folder left behind");
}

#[test]
fn a_build_that_cannot_write_leaves_the_previous_bundle_untouched() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = root.path().join("bundle");
    assert_eq!(build(&out, &VALID).0.code, Some(0));
    let before = without_reports(snapshot(&out));
    // A file where the staging folder must go makes writing the new bundle fail.
    fs::write(root.path().join("bundle.partial"), "in the way").expect("write");
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.display().to_string()];
    args.extend(VALID.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("bundle.partial"), "{}", run.stderr);
    assert_eq!(without_reports(snapshot(&out)), before);
    assert!(read_json(&out.join("report.json"))["files"].is_array(), "the report is still written");
}

#[test]
fn a_successful_build_replaces_the_whole_folder() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = root.path().join("bundle");
    assert_eq!(build(&out, &VALID).0.code, Some(0));
    fs::write(out.join("postcodes/ZZ.json"), "{}").expect("plant a stale shard");
    assert_eq!(build(&out, &VALID).0.code, Some(0));
    assert!(!out.join("postcodes/ZZ.json").exists(), "nothing of the old folder lingers");
    assert_eq!(siblings(&out), ["bundle"], "no staging or old folder left behind");
}

#[test]
fn a_folder_that_is_not_pollcard_output_is_not_replaced() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = root.path().join("documents");
    fs::create_dir(&out).expect("mkdir");
    fs::write(out.join("letter.txt"), "keep me").expect("write");
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.display().to_string()];
    args.extend(VALID.iter().map(|input| (*input).to_owned()));
    let run = pollcard(&args);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("not a Pollcard output folder"), "{}", run.stderr);
    assert_eq!(fs::read_to_string(out.join("letter.txt")).expect("letter"), "keep me");
    assert!(!out.join("bundle.json").exists());
}
