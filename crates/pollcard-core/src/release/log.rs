//! `publication-log.json`: the append-only, hash-chained history of every release.
//!
//! Each entry records one release (its version, creation time and manifest hash) and
//! the SHA-256 of the entry before it, so an entry cannot be edited, removed or
//! reordered without breaking the chain, and anyone holding an older copy of the log
//! can check a newer one extends it rather than rewriting history (a fork, or a
//! "split view" shown to some people only). The log is shipped with every release;
//! the signature covers the manifest, and the manifest's hash is the log's last entry.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{hex, sha256_hex, time, ReleaseError, ReleaseManifest};

/// The log's file name at the root of a release folder.
pub const LOG_FILE: &str = "publication-log.json";
/// The `schema` value this code writes and reads.
pub const LOG_SCHEMA: &str = "pollcard-publication-log/1";
/// What the first entry names as the entry before it.
const NO_PREVIOUS_ENTRY: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One published release. Fields in alphabetical order: the hashed bytes are canonical.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    pub bundle_version: u64,
    pub created_at: String,
    /// SHA-256 of the release's exact `release.json` bytes.
    pub manifest_sha256: String,
    /// SHA-256 of the previous entry's canonical bytes; 64 zeros for the first entry.
    pub previous_entry_sha256: String,
}

impl LogEntry {
    /// SHA-256 of the entry's canonical (compact JSON) bytes: what the next entry names.
    pub fn sha256(&self) -> String {
        // Serialising plain strings and integers cannot fail.
        hex::encode(&Sha256::digest(serde_json::to_vec(self).unwrap_or_default()))
    }
}

/// The whole log, oldest entry first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicationLog {
    pub entries: Vec<LogEntry>,
    pub schema: String,
}

impl Default for PublicationLog {
    fn default() -> Self {
        PublicationLog { entries: Vec::new(), schema: LOG_SCHEMA.to_owned() }
    }
}

impl PublicationLog {
    /// Parses a log and checks its chain (not yet which release it ends with).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ReleaseError> {
        let log: PublicationLog =
            serde_json::from_slice(bytes).map_err(|error| ReleaseError::MalformedLog(error.to_string()))?;
        if log.schema != LOG_SCHEMA {
            return Err(ReleaseError::MalformedLog(format!("schema {:?}, expected {LOG_SCHEMA:?}", log.schema)));
        }
        log.check_links()?;
        Ok(log)
    }

    /// The file's bytes: indented for people reading the history, newline-terminated.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// The latest entry.
    pub fn last(&self) -> Option<&LogEntry> {
        self.entries.last()
    }

    /// Records a new release; its version must be above every one published before.
    pub fn append(&mut self, manifest_bytes: &[u8], manifest: &ReleaseManifest) -> Result<(), ReleaseError> {
        let previous_entry_sha256 = match self.last() {
            Some(last) if manifest.bundle_version <= last.bundle_version => {
                return Err(ReleaseError::VersionNotNewer { found: manifest.bundle_version, last: last.bundle_version })
            }
            Some(last) => last.sha256(),
            None => NO_PREVIOUS_ENTRY.to_owned(),
        };
        self.entries.push(LogEntry {
            bundle_version: manifest.bundle_version,
            created_at: manifest.created_at.clone(),
            manifest_sha256: sha256_hex(manifest_bytes),
            previous_entry_sha256,
        });
        Ok(())
    }

    /// Checks the whole chain and that its last entry is this release.
    pub fn verify_chain(&self, manifest_bytes: &[u8], manifest: &ReleaseManifest) -> Result<(), ReleaseError> {
        self.check_links()?;
        match self.last() {
            Some(last)
                if last.manifest_sha256 == sha256_hex(manifest_bytes)
                    && last.bundle_version == manifest.bundle_version
                    && last.created_at == manifest.created_at =>
            {
                Ok(())
            }
            _ => Err(ReleaseError::LogHeadMismatch),
        }
    }

    /// Checks each entry names the one before it, and versions only rise.
    pub fn check_links(&self) -> Result<(), ReleaseError> {
        let mut expected_previous = NO_PREVIOUS_ENTRY.to_owned();
        let mut previous_version = None;
        for (index, entry) in self.entries.iter().enumerate() {
            let broken = || ReleaseError::BrokenChain { index, bundle_version: entry.bundle_version };
            if entry.previous_entry_sha256 != expected_previous
                || previous_version.is_some_and(|version| entry.bundle_version <= version)
            {
                return Err(broken());
            }
            if hex::decode_array::<32>(&entry.manifest_sha256).is_none() || time::parse_utc(&entry.created_at).is_err()
            {
                return Err(ReleaseError::MalformedLog(format!("entry {index} has a malformed hash or time")));
            }
            expected_previous = entry.sha256();
            previous_version = Some(entry.bundle_version);
        }
        Ok(())
    }

    /// Checks this log continues `earlier` (a copy seen before): every earlier entry
    /// is still here, unchanged and in place.
    pub fn check_extends(&self, earlier: &PublicationLog) -> Result<(), ReleaseError> {
        for (index, entry) in earlier.entries.iter().enumerate() {
            if self.entries.get(index) != Some(entry) {
                return Err(ReleaseError::LogFork { index });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "log_tests.rs"]
mod tests;
