//! The checks a release must pass, in the order the app applies them:
//! signature → schema → version → expiry, then each file before it is used.
//!
//! Each step is public on its own so `pollcard verify` can list every problem of a
//! release at once; [`verify_release`] is the all-or-nothing gate the app uses.

use super::{sha256_hex, time, ReleaseError, ReleaseManifest, ReleaseSignature};

/// How far ahead of the verifier's clock a release's `created_at` may be: a phone's
/// clock is often a little wrong, and refusing a fresh release for that helps no one.
pub const CLOCK_SKEW_SECONDS: i64 = 300;

/// Whether a release is in date at some instant. Used for a bundle the app already
/// holds: an expired one stays visible, with a "may be out of date" warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// Within its validity period.
    Current,
    /// Past `expires_at`.
    Expired { expires_at: String },
    /// `created_at` is later than the clock allows (the device clock is probably wrong).
    NotYetValid { created_at: String },
}

/// Checks the signature (by any of `trusted_keys`, strictly) and then the schema, and
/// returns the parsed manifest. Nothing in the manifest is read before the signature
/// has been checked.
pub fn open_signed(
    manifest_bytes: &[u8],
    signature_bytes: &[u8],
    trusted_keys: &[[u8; 32]],
) -> Result<ReleaseManifest, ReleaseError> {
    let signature = ReleaseSignature::from_bytes(signature_bytes)?;
    let signature_valid = signature.verify(manifest_bytes).is_ok();
    accept_signed(manifest_bytes, &signature, signature_valid, trusted_keys)
}

/// The rest of [`open_signed`] for a verifier whose Ed25519 primitive lives elsewhere:
/// the browser checks the signature with its own WebCrypto (keeping about 40 KB of
/// curve arithmetic out of the app's wasm) and hands the answer in as
/// `signature_valid`. The refusals, their order and the manifest checks are the same
/// code as everywhere else.
pub fn accept_signed(
    manifest_bytes: &[u8],
    signature: &ReleaseSignature,
    signature_valid: bool,
    trusted_keys: &[[u8; 32]],
) -> Result<ReleaseManifest, ReleaseError> {
    if !signature_valid {
        return Err(ReleaseError::BadSignature);
    }
    if !trusted_keys.contains(&signature.public_key) {
        return Err(ReleaseError::UntrustedKey { key: super::hex::encode(&signature.public_key) });
    }
    ReleaseManifest::from_bytes(manifest_bytes)
}

/// Refuses a release older than the highest version already seen. An equal version
/// passes: it is the release in use, being checked again.
pub fn check_version(manifest: &ReleaseManifest, highest_seen: Option<u64>) -> Result<(), ReleaseError> {
    match highest_seen {
        Some(highest_seen) if manifest.bundle_version < highest_seen => {
            Err(ReleaseError::Rollback { found: manifest.bundle_version, highest_seen })
        }
        _ => Ok(()),
    }
}

/// Whether a release may be adopted now: not expired, and not created in the future.
pub fn check_adoptable(manifest: &ReleaseManifest, now_unix: i64) -> Result<(), ReleaseError> {
    match freshness(manifest, now_unix)? {
        Freshness::Current => Ok(()),
        Freshness::Expired { expires_at } => Err(ReleaseError::Expired { expires_at }),
        Freshness::NotYetValid { created_at } => Err(ReleaseError::NotYetValid { created_at }),
    }
}

/// Whether a release is in date at `now_unix`. The release expires at the instant
/// `expires_at` itself; `created_at` may be up to [`CLOCK_SKEW_SECONDS`] ahead.
pub fn freshness(manifest: &ReleaseManifest, now_unix: i64) -> Result<Freshness, ReleaseError> {
    let created = time::parse_utc(&manifest.created_at)?;
    let expires = time::parse_utc(&manifest.expires_at)?;
    Ok(if now_unix >= expires {
        Freshness::Expired { expires_at: manifest.expires_at.clone() }
    } else if created > now_unix.saturating_add(CLOCK_SKEW_SECONDS) {
        Freshness::NotYetValid { created_at: manifest.created_at.clone() }
    } else {
        Freshness::Current
    })
}

/// The gate a release passes before it is adopted: signature (by a trusted key),
/// schema, version, expiry — in that order, stopping at the first refusal. The files
/// are then checked one by one with [`check_file`] before any is used.
pub fn verify_release(
    manifest_bytes: &[u8],
    signature_bytes: &[u8],
    trusted_keys: &[[u8; 32]],
    highest_seen_version: Option<u64>,
    now_unix: i64,
) -> Result<ReleaseManifest, ReleaseError> {
    let manifest = open_signed(manifest_bytes, signature_bytes, trusted_keys)?;
    check_version(&manifest, highest_seen_version)?;
    check_adoptable(&manifest, now_unix)?;
    Ok(manifest)
}

/// Checks one file's bytes against the manifest: it must be listed, with this size
/// and SHA-256.
pub fn check_file(manifest: &ReleaseManifest, path: &str, bytes: &[u8]) -> Result<(), ReleaseError> {
    let entry = manifest.file(path).ok_or_else(|| ReleaseError::UnknownFile { path: path.to_owned() })?;
    let found_sha256 = sha256_hex(bytes);
    let found_size = bytes.len() as u64;
    if found_sha256 != entry.sha256 || found_size != entry.size {
        return Err(ReleaseError::TamperedFile {
            path: path.to_owned(),
            expected_sha256: entry.sha256.clone(),
            expected_size: entry.size,
            found_sha256,
            found_size,
        });
    }
    Ok(())
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
