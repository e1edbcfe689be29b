//! Signed releases: the manifest that lists every app and data file of a release,
//! its Ed25519 signature, the checks a release must pass before it is adopted, and
//! the hash-chained publication log (documented in `docs/release-signing.md`).
//!
//! Everything here works on bytes and numbers handed in by the caller — no clock, no
//! file system, no randomness — so the CLI (`pollcard sign`, `pollcard verify`) and
//! the app in the browser run exactly the same checks.
//!
//! - [`ReleaseManifest`]: the manifest and its canonical bytes (what is signed).
//! - [`sign_manifest`] / [`verify_release`]: signature → schema → version → expiry.
//! - [`check_file`]: one file's SHA-256 and size against the manifest.
//! - [`freshness`]: whether a bundle already held is still in date.
//! - [`PublicationLog`]: the append-only, hash-chained history of releases.
//! - `build_config` (feature `build-config`): what an app build trusts (`pollcard-build.toml`).
//! - [`time`]: the strict RFC 3339 UTC timestamps the manifest uses.

#[cfg(feature = "build-config")]
pub mod build_config;
mod error;
pub mod hex;
mod log;
mod manifest;
// The wasm's reader of `release.json` (natives derive theirs).
#[cfg(any(target_arch = "wasm32", test))]
mod manifest_read;
mod signature;
pub mod time;
mod verify;

#[cfg(test)]
mod test_support;

pub use error::ReleaseError;
pub use log::{LogEntry, PublicationLog, LOG_FILE, LOG_SCHEMA};
pub use manifest::{sha256_hex, FileEntry, ReleaseManifest, SourceInput, SourceRecord, MANIFEST_FILE, SCHEMA};
pub use signature::{public_key_from_seed, sign_manifest, ReleaseSignature, SIGNATURE_FILE};
pub use verify::{
    accept_signed, check_adoptable, check_file, check_version, freshness, open_signed, verify_release, Freshness,
    CLOCK_SKEW_SECONDS,
};
