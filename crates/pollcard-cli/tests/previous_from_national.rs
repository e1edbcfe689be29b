//! `pollcard build --previous OLD_NATIONAL_BUNDLE` for a single council, end to end.
//!
//! The old country is the three councils of `tests/fixtures/national/`, built as a
//! national bundle (cut by area, then by council). The new build is `north-test`
//! alone, with addresses 101, 102 (AA1 1AA) and 104 (the split AA1 1AB) sent from
//! station N1 to N2. Its changes must be marked exactly as when the previous bundle
//! is north-test's own single-council bundle: the two builds are compared byte for
//! byte. A council the national bundle does not hold is refused, naming the ids it
//! has on either side.

mod build_support;

use std::fs;
use std::path::{Path, PathBuf};

use build_support::{fixtures, pollcard, read_json, Run};
use serde_json::json;

const FILES: [&str; 3] = ["council.toml", "stations.csv", "addresses.csv"];

/// A copy of fixture council `name` under `root/{folder}`.
fn copy_council(name: &str, root: &Path, folder: &str) -> PathBuf {
    let to = root.join(folder);
    fs::create_dir_all(&to).expect("mkdir");
    for file in FILES {
        fs::copy(fixtures().join("national").join(name).join(file), to.join(file)).expect("copies");
    }
    to
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("reads");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, text.replace(from, to)).expect("writes");
}

/// `pollcard build --out OUT [--previous PREVIOUS] COUNCIL/…` (a single council).
fn build_council(out: &Path, council: &Path, previous: Option<&Path>) -> Run {
    let mut args = vec!["build".to_owned(), "--out".to_owned(), out.display().to_string()];
    if let Some(previous) = previous {
        args.extend(["--previous".to_owned(), previous.display().to_string()]);
    }
    args.extend(FILES.iter().map(|file| council.join(file).display().to_string()));
    pollcard(args)
}

fn build_national(out: &Path, shard: &str) {
    let councils = fixtures().join("national").display().to_string();
    let run = pollcard(["build", "--out", &out.display().to_string(), "--councils", &councils, "--shard", shard]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

/// The bundle's files (north-test's addresses are all in area AA), as bytes.
fn bundle_files(folder: &Path) -> Vec<Vec<u8>> {
    ["bundle.json", "postcodes/AA.json"].iter().map(|file| fs::read(folder.join(file)).expect("reads")).collect()
}

#[test]
fn a_council_built_alone_is_compared_with_itself_in_a_national_previous_bundle() {
    let root = tempfile::tempdir().expect("temp dir");
    let old = copy_council("north-test", root.path(), "old-north");
    let new = copy_council("north-test", root.path(), "new-north");
    let addresses = new.join("addresses.csv");
    edit(&addresses, "101,1 High Street,AA1 1AA,N1", "101,1 High Street,AA1 1AA,N2");
    edit(&addresses, "102,2 High Street,AA1 1AA,N1", "102,2 High Street,AA1 1AA,N2");
    edit(&addresses, "104,2 Mill Lane,AA1 1AB,N1", "104,2 Mill Lane,AA1 1AB,N2");

    // The reference: the previous bundle is north-test's own.
    let old_single = root.path().join("old-single");
    assert_eq!(build_council(&old_single, &old, None).code, Some(0));
    let from_single = root.path().join("from-single");
    let run = build_council(&from_single, &new, Some(&old_single));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let shard = read_json(&from_single.join("postcodes/AA.json"));
    assert_eq!(shard["station_changed"], json!({"AA11AA": ["101", "102"], "AA11AB": ["104"]}));

    for shard in ["area", "council"] {
        let national = root.path().join(format!("national-{shard}"));
        build_national(&national, shard);
        let out = root.path().join(format!("from-national-{shard}"));
        let run = build_council(&out, &new, Some(&national));
        assert_eq!(run.code, Some(0), "{shard}: {}", run.stderr);
        assert!(
            run.stderr.contains("3 addresses whose polling station has changed (0 stations moved more than 50 m)"),
            "{shard}: {}",
            run.stderr
        );
        assert!(bundle_files(&out) == bundle_files(&from_single), "{shard}: differs from a single-council previous");

        // Unchanged since the national bundle: nothing marked, a plain build's bytes.
        let same = root.path().join(format!("same-{shard}"));
        let run = build_council(&same, &old, Some(&national));
        assert_eq!(run.code, Some(0), "{shard}: {}", run.stderr);
        assert!(run.stderr.contains("0 addresses whose polling station has changed"), "{shard}: {}", run.stderr);
        assert!(bundle_files(&same) == bundle_files(&old_single), "{shard}: differs from a plain build");
    }
}

#[test]
fn a_council_the_national_previous_bundle_lacks_is_refused_by_name() {
    let root = tempfile::tempdir().expect("temp dir");
    let national = root.path().join("national");
    build_national(&national, "area");
    let council = copy_council("north-test", root.path(), "rural");
    edit(&council.join("council.toml"), "id = \"north-test\"", "id = \"rural-test\"");
    let out = root.path().join("new");
    let run = build_council(&out, &council, Some(&national));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for expected in [
        format!("{} is a national bundle without the council rural-test", national.display()),
        "the nearest ids it has are north-test and south-test".to_owned(),
    ] {
        assert!(run.stderr.contains(&expected), "{expected:?} not in {}", run.stderr);
    }
    assert!(!out.exists(), "nothing written");

    // Past either end of the national bundle's ids, the one nearest.
    edit(&council.join("council.toml"), "id = \"rural-test\"", "id = \"zz-test\"");
    let run = build_council(&out, &council, Some(&national));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("the nearest id it has is west-test"), "{}", run.stderr);
}
