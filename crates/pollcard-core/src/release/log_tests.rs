use super::super::test_support::signed;
use super::*;

fn log_of(versions: &[u64]) -> PublicationLog {
    let mut log = PublicationLog::default();
    for &version in versions {
        let (bytes, _) = signed(version);
        let manifest = ReleaseManifest::from_bytes(&bytes).unwrap_or_else(|error| panic!("{error}"));
        log.append(&bytes, &manifest).unwrap_or_else(|error| panic!("{error}"));
    }
    log
}

fn head(version: u64) -> (Vec<u8>, ReleaseManifest) {
    let (bytes, _) = signed(version);
    let manifest = ReleaseManifest::from_bytes(&bytes).unwrap_or_else(|error| panic!("{error}"));
    (bytes, manifest)
}

#[test]
fn appended_entries_chain_and_round_trip() {
    let log = log_of(&[1, 2, 5]);
    assert_eq!(log.entries[0].previous_entry_sha256, "0".repeat(64));
    assert_eq!(log.entries[1].previous_entry_sha256, log.entries[0].sha256());
    assert_eq!(log.entries[2].previous_entry_sha256, log.entries[1].sha256());
    assert_eq!(PublicationLog::from_bytes(&log.to_bytes()), Ok(log.clone()));
    let (bytes, manifest) = head(5);
    assert_eq!(log.verify_chain(&bytes, &manifest), Ok(()));
    assert_eq!(log_of(&[1, 2, 5]).to_bytes(), log.to_bytes());
}

#[test]
fn refuses_to_append_a_version_that_is_not_newer() {
    let mut log = log_of(&[1, 2]);
    for version in [1, 2] {
        let (bytes, manifest) = head(version);
        assert_eq!(log.append(&bytes, &manifest), Err(ReleaseError::VersionNotNewer { found: version, last: 2 }));
    }
    assert_eq!(log.entries.len(), 2);
}

#[test]
fn detects_an_edited_entry() {
    let (bytes, manifest) = head(3);
    let mut log = log_of(&[1, 2, 3]);
    log.entries[0].created_at = "2026-03-01T00:00:00Z".to_owned();
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::BrokenChain { index: 1, bundle_version: 2 }));
    let mut log = log_of(&[1, 2, 3]);
    log.entries[2].manifest_sha256 = "ab".repeat(32);
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::LogHeadMismatch));
    let mut log = log_of(&[1, 2, 3]);
    log.entries[2].bundle_version = 4;
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::LogHeadMismatch));
}

#[test]
fn detects_a_removed_entry() {
    let (bytes, manifest) = head(3);
    let mut log = log_of(&[1, 2, 3]);
    log.entries.remove(1);
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::BrokenChain { index: 1, bundle_version: 3 }));
    let mut log = log_of(&[1, 2, 3]);
    log.entries.remove(0);
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::BrokenChain { index: 0, bundle_version: 2 }));
    let mut log = log_of(&[1, 2, 3]);
    log.entries.pop();
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::LogHeadMismatch));
    assert_eq!(PublicationLog::default().verify_chain(&bytes, &manifest), Err(ReleaseError::LogHeadMismatch));
}

#[test]
fn detects_reordered_entries() {
    let (bytes, manifest) = head(3);
    let mut log = log_of(&[1, 2, 3]);
    log.entries.swap(0, 1);
    assert_eq!(log.verify_chain(&bytes, &manifest), Err(ReleaseError::BrokenChain { index: 0, bundle_version: 2 }));
}

#[test]
fn detects_a_fork_against_a_copy_seen_before() {
    let seen = log_of(&[1, 2]);
    assert_eq!(log_of(&[1, 2, 3]).check_extends(&seen), Ok(()));
    assert_eq!(seen.check_extends(&seen), Ok(()));
    // A valid chain, but a different history: version 2 was replaced by version 3.
    let forked = log_of(&[1, 3]);
    assert_eq!(forked.check_links(), Ok(()));
    assert_eq!(forked.check_extends(&seen), Err(ReleaseError::LogFork { index: 1 }));
    assert_eq!(log_of(&[1]).check_extends(&seen), Err(ReleaseError::LogFork { index: 1 }));
}

#[test]
fn refuses_a_malformed_log() {
    for bad in [
        &b"{}"[..],
        b"[]",
        b"{\"entries\":[],\"schema\":\"other\"}",
        b"{\"entries\":[],\"schema\":\"pollcard-publication-log/1\",\"x\":1}",
    ] {
        assert!(matches!(PublicationLog::from_bytes(bad), Err(ReleaseError::MalformedLog(_))));
    }
    let mut log = log_of(&[1]);
    log.entries[0].manifest_sha256 = "nothex".to_owned();
    assert!(matches!(PublicationLog::from_bytes(&log.to_bytes()), Err(ReleaseError::MalformedLog(_))));
    let altered = String::from_utf8(log_of(&[1, 2]).to_bytes()).unwrap_or_default().replacen(
        "\"bundle_version\": 1",
        "\"bundle_version\": 0",
        1,
    );
    assert!(matches!(PublicationLog::from_bytes(altered.as_bytes()), Err(ReleaseError::BrokenChain { index: 1, .. })));
}
