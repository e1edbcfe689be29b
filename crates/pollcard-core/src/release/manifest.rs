//! `release.json`: the manifest of one release, and its canonical bytes.
//!
//! The bytes are what is signed, so there is exactly one encoding of a manifest:
//! compact JSON (no whitespace), fields in the alphabetical order they are declared
//! in below, lists sorted. [`ReleaseManifest::from_bytes`] refuses any other
//! spelling, which keeps "same inputs, byte-identical output" checkable by anyone.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{hex, time, ReleaseError};

/// The `schema` value this code writes and reads.
pub const SCHEMA: &str = "pollcard-release/1";
/// The manifest's file name at the root of a release folder.
pub const MANIFEST_FILE: &str = "release.json";

/// One app or data file of the release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Relative to the release root, `/`-separated: `postcodes/AA.json`.
    pub path: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
}

impl FileEntry {
    /// The entry for a file with these bytes.
    pub fn of(path: &str, bytes: &[u8]) -> Self {
        FileEntry { path: path.to_owned(), sha256: sha256_hex(bytes), size: bytes.len() as u64 }
    }
}

/// One input file a council's data was built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct SourceInput {
    /// The file's name as the council supplied it (no folders).
    pub name: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

/// Where one council's data came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    /// The council's id, as in `bundle.json`.
    pub council: String,
    /// The exports it was built from, sorted by name.
    pub inputs: Vec<SourceInput>,
}

/// The signed description of a release. Fields are declared in alphabetical order
/// because serde writes them in declaration order and the bytes must be canonical.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct ReleaseManifest {
    /// Rises with every release; the app refuses anything lower than it has seen.
    pub bundle_version: u64,
    /// When the release was made, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_at: String,
    /// Election ids covered (`local.demo-county.2026-05-07`), sorted; may be empty.
    pub elections: Vec<String>,
    /// After this instant the release is not adopted, `YYYY-MM-DDTHH:MM:SSZ`.
    pub expires_at: String,
    /// Every app and data file of the release, sorted by path.
    pub files: Vec<FileEntry>,
    /// Who published it.
    pub publisher: String,
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Where each council's data came from, sorted by council.
    pub sources: Vec<SourceRecord>,
}

impl ReleaseManifest {
    /// Builds a manifest in canonical order (sorting every list) and checks it.
    pub fn new(
        bundle_version: u64,
        created_at: &str,
        expires_at: &str,
        publisher: &str,
        mut elections: Vec<String>,
        mut sources: Vec<SourceRecord>,
        mut files: Vec<FileEntry>,
    ) -> Result<Self, ReleaseError> {
        elections.sort();
        elections.dedup();
        for source in &mut sources {
            source.inputs.sort_by(|a, b| a.name.cmp(&b.name));
        }
        sources.sort_by(|a, b| a.council.cmp(&b.council));
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let manifest = ReleaseManifest {
            bundle_version,
            created_at: created_at.to_owned(),
            elections,
            expires_at: expires_at.to_owned(),
            files,
            publisher: publisher.to_owned(),
            schema: SCHEMA.to_owned(),
            sources,
        };
        manifest.check_well_formed()?;
        Ok(manifest)
    }

    /// The exact bytes that are signed and published.
    pub fn to_canonical_bytes(&self) -> Vec<u8> {
        // Serialising plain strings, integers and vectors cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Parses manifest bytes, refusing unknown fields, non-canonical spellings and
    /// inconsistent contents. The schema is checked separately (see `verify`), so a
    /// future schema is reported as such rather than as malformed.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ReleaseError> {
        let malformed = |error: serde_json::Error| ReleaseError::MalformedManifest(error.to_string());
        // The schema first, alone: a later schema may have other fields, and should
        // be reported as a schema this code does not read, not as malformed.
        let probe: SchemaProbe = serde_json::from_slice(bytes).map_err(malformed)?;
        if probe.schema != SCHEMA {
            return Err(ReleaseError::UnsupportedSchema { found: probe.schema, expected: SCHEMA });
        }
        let manifest: ReleaseManifest = serde_json::from_slice(bytes).map_err(malformed)?;
        manifest.check_well_formed()?;
        if manifest.to_canonical_bytes() != bytes {
            return Err(ReleaseError::MalformedManifest("not in canonical form (compact, sorted JSON)".to_owned()));
        }
        Ok(manifest)
    }

    /// Unix seconds of `created_at`.
    pub fn created_unix(&self) -> Result<i64, ReleaseError> {
        time::parse_utc(&self.created_at)
    }

    /// Unix seconds of `expires_at`.
    pub fn expires_unix(&self) -> Result<i64, ReleaseError> {
        time::parse_utc(&self.expires_at)
    }

    /// The entry for `path`, if the release has that file.
    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.files.binary_search_by(|entry| entry.path.as_str().cmp(path)).ok().map(|index| &self.files[index])
    }

    fn check_well_formed(&self) -> Result<(), ReleaseError> {
        fn malformed<T>(reason: String) -> Result<T, ReleaseError> {
            Err(ReleaseError::MalformedManifest(reason))
        }
        let created = self.created_unix().or_else(|error| malformed(format!("created_at: {error}")))?;
        let expires = self.expires_unix().or_else(|error| malformed(format!("expires_at: {error}")))?;
        if expires <= created {
            return malformed("expires_at is not after created_at".to_owned());
        }
        if self.publisher.trim().is_empty() {
            return malformed("no publisher".to_owned());
        }
        if !strictly_sorted(self.elections.iter()) || self.elections.iter().any(|id| id.trim().is_empty()) {
            return malformed("elections must be non-empty ids, sorted and unique".to_owned());
        }
        if !strictly_sorted(self.files.iter().map(|file| &file.path)) {
            return malformed("files must be sorted by path, each path once".to_owned());
        }
        for file in &self.files {
            if !is_release_path(&file.path) {
                return malformed(format!("{:?} is not a relative path inside the release", file.path));
            }
            if hex::decode_array::<32>(&file.sha256).is_none() {
                return malformed(format!("{}: sha256 is not 64 lower-case hex digits", file.path));
            }
        }
        if !strictly_sorted(self.sources.iter().map(|source| &source.council)) {
            return malformed("sources must be sorted by council, each council once".to_owned());
        }
        for source in &self.sources {
            if !strictly_sorted(source.inputs.iter().map(|input| &input.name)) {
                return malformed(format!("{}: inputs must be sorted by name, each once", source.council));
            }
            if source.inputs.iter().any(|input| hex::decode_array::<32>(&input.sha256).is_none()) {
                return malformed(format!("{}: an input's sha256 is not 64 lower-case hex digits", source.council));
            }
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct SchemaProbe {
    schema: String,
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(&Sha256::digest(bytes))
}

fn strictly_sorted<'a>(mut items: impl Iterator<Item = &'a String>) -> bool {
    let Some(mut previous) = items.next() else { return true };
    items.all(|item| {
        let ordered = previous < item;
        previous = item;
        ordered
    })
}

/// A path the app can fetch relative to the release root: no leading `/`, no empty,
/// `.` or `..` segment, no backslash (which some hosts treat as a separator).
fn is_release_path(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && path.split('/').all(|segment| !segment.is_empty() && segment != "." && segment != "..")
}

#[cfg(test)]
#[path = "manifest_tests.rs"]
mod tests;
