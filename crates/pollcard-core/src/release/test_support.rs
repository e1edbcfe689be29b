//! A small fixed release for the tests: fixed seeds, fixed times, no randomness.

use super::{sign_manifest, FileEntry, ReleaseManifest, SourceInput, SourceRecord};

/// The publisher's seed (RFC 8032 section 7.1, TEST 1).
pub const SEED: [u8; 32] = [
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4, 0x44, 0x49, 0xc5,
    0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60,
];
/// Another key nobody trusts.
pub const OTHER_SEED: [u8; 32] = [7; 32];
/// 2026-04-01T00:00:00Z and 2026-06-01T00:00:00Z.
pub const CREATED: i64 = 1_775_001_600;
pub const EXPIRES: i64 = 1_780_272_000;

pub const FILES: [(&str, &[u8]); 3] = [
    ("postcodes/AA.json", b"{\"area\":\"AA\"}"),
    ("bundle.json", b"{\"format\":\"pollcard-bundle\"}"),
    ("index.html", b"<!doctype html><title>Pollcard</title>"),
];

pub fn manifest(version: u64) -> ReleaseManifest {
    let files = FILES.iter().map(|(path, bytes)| FileEntry::of(path, bytes)).collect();
    let sources = vec![SourceRecord {
        council: "demo-county".to_owned(),
        inputs: vec![
            SourceInput { name: "stations.csv".to_owned(), sha256: "ab".repeat(32) },
            SourceInput { name: "addresses.csv".to_owned(), sha256: "cd".repeat(32) },
        ],
    }];
    let result = ReleaseManifest::new(
        version,
        "2026-04-01T00:00:00Z",
        "2026-06-01T00:00:00Z",
        "Demo County Council",
        vec!["local.demo-county.2026-05-07".to_owned()],
        sources,
        files,
    );
    result.unwrap_or_else(|error| panic!("the fixture manifest is valid: {error}"))
}

/// Manifest bytes and `release.sig` text, signed with [`SEED`].
pub fn signed(version: u64) -> (Vec<u8>, Vec<u8>) {
    let bytes = manifest(version).to_canonical_bytes();
    let signature = sign_manifest(&bytes, &SEED).to_text().into_bytes();
    (bytes, signature)
}

pub fn trusted() -> [u8; 32] {
    super::public_key_from_seed(&SEED)
}
