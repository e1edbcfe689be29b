//! `pollcard diff` and `pollcard build --previous` on national bundles, end to end.
//!
//! The old country is the `north-test` and `south-test` councils of
//! `tests/fixtures/national/`; the new one has `west-test` too, north-test sends
//! addresses 101, 102 (AA1 1AA) and 104 (AA1 1AB) to station N2, and south-test's only
//! station S1 moves about a kilometre, so its voters (201 in the split postcode AA2
//! 2AA, 202 and 203 in AA3 3AA) go somewhere else as well.

mod build_support;

use std::fs;
use std::path::{Path, PathBuf};

use build_support::{fixtures, pollcard, read_json, Run};
use serde_json::{json, Value};

fn copy_council(from: &str, to: &Path) {
    let source = fixtures().join("national").join(from);
    fs::create_dir_all(to.join(from)).expect("mkdir");
    for entry in fs::read_dir(&source).expect("lists") {
        let path = entry.expect("entry").path();
        fs::copy(&path, to.join(from).join(path.file_name().expect("name"))).expect("copies");
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("reads");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, text.replace(from, to)).expect("writes");
}

/// The two countries' council folders, under `root/old` and `root/new`.
fn countries(root: &Path) -> (PathBuf, PathBuf) {
    let (old, new) = (root.join("old-councils"), root.join("new-councils"));
    for council in ["north-test", "south-test"] {
        copy_council(council, &old);
    }
    for council in ["north-test", "south-test", "west-test"] {
        copy_council(council, &new);
    }
    let addresses = new.join("north-test/addresses.csv");
    edit(&addresses, "101,1 High Street,AA1 1AA,N1", "101,1 High Street,AA1 1AA,N2");
    edit(&addresses, "102,2 High Street,AA1 1AA,N1", "102,2 High Street,AA1 1AA,N2");
    edit(&addresses, "104,2 Mill Lane,AA1 1AB,N1", "104,2 Mill Lane,AA1 1AB,N2");
    edit(&new.join("south-test/stations.csv"), "52.4,-1.6", "52.41,-1.6");
    (old, new)
}

fn build(out: &Path, councils: &Path, shard: &str, previous: Option<&Path>) -> Run {
    let mut args = vec![
        "build".to_owned(),
        "--out".to_owned(),
        out.display().to_string(),
        "--councils".to_owned(),
        councils.display().to_string(),
        "--shard".to_owned(),
        shard.to_owned(),
    ];
    if let Some(previous) = previous {
        args.extend(["--previous".to_owned(), previous.display().to_string()]);
    }
    pollcard(args)
}

/// Every lookup shard's `station_changed`, merged (keys are postcodes; in council
/// shards, prefixed by the shard's key).
fn station_changed(bundle: &Path) -> Value {
    let index = read_json(&bundle.join("bundle.json"));
    let mut all = serde_json::Map::new();
    for (key, shard) in index["lookup"].as_object().expect("lookup") {
        let shard = read_json(&bundle.join(shard["path"].as_str().expect("path")));
        for (postcode, uprns) in shard["station_changed"].as_object().into_iter().flatten() {
            let name = if index["shard_by"] == "council" { format!("{key}/{postcode}") } else { postcode.clone() };
            all.insert(name, uprns.clone());
        }
    }
    Value::Object(all)
}

#[test]
fn diff_compares_two_national_bundles_council_by_council() {
    let root = tempfile::tempdir().expect("temp dir");
    let (old_councils, new_councils) = countries(root.path());
    let (old, new) = (root.path().join("old"), root.path().join("new"));
    for (out, councils) in [(&old, &old_councils), (&new, &new_councils)] {
        let run = build(out, councils, "area", None);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let (old_s, new_s) = (old.display().to_string(), new.display().to_string());

    let text = pollcard(["diff", &old_s, &new_s]);
    assert_eq!(text.code, Some(0), "{}", text.stderr);
    for expected in [
        "== north-test ==\n3 address(es) change station",
        "101",
        "\"N1\" -> \"N2\"",
        "== south-test ==",
        "\"S1\" South Hall: 1112 m",
        "== west-test (new in this bundle) ==",
        "3 councils compared: 3 with changes (1 added, 0 removed), 0 without.",
    ] {
        assert!(text.stdout.contains(expected), "{expected:?} not in:\n{}", text.stdout);
    }

    let json = pollcard(["diff", "--json", &old_s, &new_s]);
    assert_eq!(json.code, Some(0), "{}", json.stderr);
    let diff: Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(diff["format"], "pollcard-national-diff/1");
    let councils = diff["councils"].as_array().expect("councils");
    let summary: Vec<(&str, &str, u64)> = councils
        .iter()
        .map(|council| {
            let changed = council["diff"]["addresses"]["station_changed_count"].as_u64().unwrap_or(99);
            (council["council"].as_str().unwrap_or(""), council["presence"].as_str().unwrap_or(""), changed)
        })
        .collect();
    assert_eq!(summary, [("north-test", "both", 3), ("south-test", "both", 0), ("west-test", "added", 0)]);
    assert_eq!(councils[1]["diff"]["stations"]["moved"][0]["id"], "S1");
    assert_eq!(councils[2]["diff"]["addresses"]["added"], 3);

    // The other way round, west-test is a council removed.
    let reversed = pollcard(["diff", &new_s, &old_s]);
    assert!(reversed.stdout.contains("== west-test (no longer in this bundle) =="), "{}", reversed.stdout);
    assert!(reversed.stdout.contains("(0 added, 1 removed)"), "{}", reversed.stdout);

    // A bundle against itself, and bundles of different kinds.
    let same = pollcard(["diff", &new_s, &new_s]);
    assert!(same.stdout.contains("3 councils compared: 0 with changes"), "{}", same.stdout);
    let single = root.path().join("single");
    let (run, _) = build_support::build(&single, &["valid/council.toml", "valid/stations.csv", "valid/addresses.csv"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mixed = pollcard(["diff", &old_s, &single.display().to_string()]);
    assert_eq!(mixed.code, Some(1));
    assert!(mixed.stderr.contains("compare two bundles of the same kind"), "{}", mixed.stderr);
}

#[test]
fn build_with_a_national_previous_marks_the_voters_sent_elsewhere() {
    let root = tempfile::tempdir().expect("temp dir");
    let (old_councils, new_councils) = countries(root.path());
    for shard in ["area", "council"] {
        let (old, new) = (root.path().join(format!("old-{shard}")), root.path().join(format!("new-{shard}")));
        let run = build(&old, &old_councils, shard, None);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let run = build(&new, &new_councils, shard, Some(&old));
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(
            run.stderr.contains("6 addresses whose polling station has changed (1 station moved more than 50 m)"),
            "{}",
            run.stderr
        );
        let expected = if shard == "area" {
            json!({"AA11AA": [], "AA11AB": [], "AA22AA": ["201"], "AA33AA": []})
        } else {
            // AA2 2AA is split only across councils: within south-test's shard it
            // votes in one place, and north-test's 105 did not change.
            json!({"north-test/AA11AA": [], "north-test/AA11AB": [], "south-test/AA22AA": [], "south-test/AA33AA": []})
        };
        assert_eq!(station_changed(&new), expected, "{shard}");

        // Against itself nothing is marked, and the bundle is that of a plain build.
        let same = root.path().join(format!("same-{shard}"));
        let run = build(&same, &old_councils, shard, Some(&old));
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(run.stderr.contains("0 addresses whose polling station has changed"), "{}", run.stderr);
        assert_eq!(fs::read(same.join("bundle.json")).ok(), fs::read(old.join("bundle.json")).ok(), "{shard}");
    }
}

#[test]
fn a_national_build_needs_a_national_previous_bundle() {
    let root = tempfile::tempdir().expect("temp dir");
    let single = root.path().join("single");
    let (run, _) = build_support::build(&single, &["valid/council.toml", "valid/stations.csv", "valid/addresses.csv"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let out = root.path().join("new");
    let run = build(&out, &fixtures().join("national"), "area", Some(&single));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("is a single council's bundle"), "{}", run.stderr);
    assert!(!out.exists(), "nothing written");
}
