use super::super::test_support::{manifest, FILES};
use super::*;

#[test]
fn canonical_bytes_round_trip() {
    let original = manifest(3);
    let bytes = original.to_canonical_bytes();
    assert_eq!(ReleaseManifest::from_bytes(&bytes), Ok(original));
}

#[test]
fn the_same_inputs_give_byte_identical_manifests_in_any_order() {
    let mut reversed_files: Vec<FileEntry> = FILES.iter().map(|(path, bytes)| FileEntry::of(path, bytes)).collect();
    reversed_files.reverse();
    let again = ReleaseManifest::new(
        3,
        "2026-04-01T00:00:00Z",
        "2026-06-01T00:00:00Z",
        "Demo County Council",
        vec!["local.demo-county.2026-05-07".to_owned(), "local.demo-county.2026-05-07".to_owned()],
        manifest(3)
            .sources
            .into_iter()
            .map(|mut s| {
                s.inputs.reverse();
                s
            })
            .collect(),
        reversed_files,
    );
    assert_eq!(again.map(|m| m.to_canonical_bytes()), Ok(manifest(3).to_canonical_bytes()));
}

#[test]
fn bytes_are_compact_sorted_json() {
    let text = String::from_utf8(manifest(1).to_canonical_bytes()).unwrap_or_default();
    assert!(
        text.starts_with("{\"bundle_version\":1,\"created_at\":\"2026-04-01T00:00:00Z\",\"elections\":["),
        "{text}"
    );
    assert!(!text.replace("Demo County Council", "").contains(' '), "{text}");
    assert!(!text.contains('\n'));
    let order: Vec<usize> = ["\"bundle.json\"", "\"index.html\"", "\"postcodes/AA.json\""]
        .iter()
        .filter_map(|path| text.find(path))
        .collect();
    assert!(order.len() == 3 && order.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
}

#[test]
fn refuses_non_canonical_spellings_and_unknown_fields() {
    let bytes = manifest(1).to_canonical_bytes();
    let text = String::from_utf8(bytes).unwrap_or_default();
    let pretty = serde_json::to_vec_pretty(&manifest(1)).unwrap_or_default();
    for bad in [
        pretty,
        format!("{text}\n").into_bytes(),
        text.replacen("{", "{\"extra\":1,", 1).into_bytes(),
        text.replacen("\"bundle_version\":1,", "", 1).into_bytes(),
        b"[]".to_vec(),
        b"not json".to_vec(),
    ] {
        assert!(
            matches!(ReleaseManifest::from_bytes(&bad), Err(ReleaseError::MalformedManifest(_))),
            "{}",
            String::from_utf8_lossy(&bad)
        );
    }
}

#[test]
fn reports_a_schema_it_does_not_read() {
    let text = String::from_utf8(manifest(1).to_canonical_bytes()).unwrap_or_default();
    let later =
        text.replace("pollcard-release/1", "pollcard-release/2").replace("\"publisher\"", "\"new\":0,\"publisher\"");
    assert_eq!(
        ReleaseManifest::from_bytes(later.as_bytes()),
        Err(ReleaseError::UnsupportedSchema { found: "pollcard-release/2".to_owned(), expected: SCHEMA })
    );
}

#[test]
fn refuses_inconsistent_contents() {
    let base = manifest(1);
    let mut cases: Vec<ReleaseManifest> = Vec::new();
    let mut unsorted = base.clone();
    unsorted.files.swap(0, 1);
    cases.push(unsorted);
    let mut duplicate = base.clone();
    duplicate.files.insert(1, duplicate.files[0].clone());
    cases.push(duplicate);
    for path in ["", "/etc/passwd", "../x", "a//b", "a/./b", "a\\b"] {
        let mut escaping = base.clone();
        escaping.files = vec![FileEntry { path: path.to_owned(), ..base.files[0].clone() }];
        cases.push(escaping);
    }
    let mut bad_hash = base.clone();
    bad_hash.files[0].sha256 = bad_hash.files[0].sha256.to_uppercase();
    cases.push(bad_hash);
    let mut backwards = base.clone();
    backwards.expires_at = backwards.created_at.clone();
    cases.push(backwards);
    let mut bad_time = base.clone();
    bad_time.created_at = "2026-04-01".to_owned();
    cases.push(bad_time);
    let mut no_publisher = base.clone();
    no_publisher.publisher = " ".to_owned();
    cases.push(no_publisher);
    let mut bad_source = base.clone();
    bad_source.sources[0].inputs[0].sha256 = "zz".to_owned();
    cases.push(bad_source);
    for case in cases {
        let bytes = serde_json::to_vec(&case).unwrap_or_default();
        assert!(matches!(ReleaseManifest::from_bytes(&bytes), Err(ReleaseError::MalformedManifest(_))), "{case:?}");
    }
}

#[test]
fn finds_files_by_path() {
    let manifest = manifest(1);
    assert_eq!(manifest.file("bundle.json").map(|f| f.size), Some(28));
    assert_eq!(manifest.file("missing.json"), None);
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" // FIPS 180-2 example
    );
}
