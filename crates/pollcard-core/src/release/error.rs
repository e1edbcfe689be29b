//! Why a release, one of its files, or the publication log was refused.

use thiserror::Error;

/// Every refusal has its own variant so the app can say plainly what happened.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReleaseError {
    #[error("the release signature does not match the manifest: the manifest or its signature was altered")]
    BadSignature,
    #[error("the release is signed with key {key}, which is not one of the trusted keys")]
    UntrustedKey { key: String },
    #[error("the signature file is malformed: {0}")]
    MalformedSignature(String),
    #[error("the release manifest is malformed: {0}")]
    MalformedManifest(String),
    #[error("the release manifest has schema {found:?}; this version of Pollcard reads {expected:?}")]
    UnsupportedSchema { found: String, expected: &'static str },
    #[error("release version {found} is older than version {highest_seen}, already seen: refusing to roll back")]
    Rollback { found: u64, highest_seen: u64 },
    #[error("the release expired at {expires_at}")]
    Expired { expires_at: String },
    #[error("the release says it was created at {created_at}, which is still in the future")]
    NotYetValid { created_at: String },
    #[error("{path}: the contents do not match the release manifest (expected SHA-256 {expected_sha256} and {expected_size} bytes, found {found_sha256} and {found_size} bytes)")]
    TamperedFile { path: String, expected_sha256: String, expected_size: u64, found_sha256: String, found_size: u64 },
    #[error("{path}: not listed in the release manifest")]
    UnknownFile { path: String },
    #[error("{path}: listed in the release manifest but missing")]
    MissingFile { path: String },
    #[error("not a usable key: {0}")]
    InvalidKey(String),
    #[error("{0:?} is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ")]
    InvalidTime(String),
    #[error("the publication log is malformed: {0}")]
    MalformedLog(String),
    #[error("publication log entry {index} (version {bundle_version}) does not follow the entry before it: an entry was edited, removed or reordered")]
    BrokenChain { index: usize, bundle_version: u64 },
    #[error("the publication log's last entry is not this release's manifest")]
    LogHeadMismatch,
    #[error(
        "the publication log differs from the one seen before at entry {index}: the history was rewritten (a fork)"
    )]
    LogFork { index: usize },
    #[error("release version {found} is not newer than version {last}, the last one published")]
    VersionNotNewer { found: u64, last: u64 },
}
