//! The app's reader of `release.json`: JSON objects only, read by hand. A derived
//! reader also reads each struct written as an array, with every field's type read
//! inline in both forms, which doubles its code in the wasm. Native builds (the CLI,
//! which writes and checks releases) keep the derived readers; the tests below hold
//! both to the same answers and the same words.
//!
//! As strict as the derived readers: an unknown field is refused in serde's words, and
//! so is a missing one (the first missing in declaration order). A duplicate field is
//! refused too, by the canonical-bytes check that follows every read
//! ([`super::ReleaseManifest::from_bytes`]), though not in serde's words.

use std::fmt;

use serde::de::{Error, MapAccess, Visitor};

use super::{FileEntry, ReleaseManifest, SourceInput, SourceRecord};
use crate::model::read::required;

const MANIFEST_FIELDS: &[&str] =
    &["bundle_version", "created_at", "elections", "expires_at", "files", "publisher", "schema", "sources"];
const FILE_FIELDS: &[&str] = &["path", "sha256", "size"];
const SOURCE_FIELDS: &[&str] = &["council", "inputs"];
const INPUT_FIELDS: &[&str] = &["name", "sha256"];

/// Reads a [`ReleaseManifest`] from a JSON object.
pub struct ManifestFields;

impl<'de> Visitor<'de> for ManifestFields {
    type Value = ReleaseManifest;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a release manifest")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ReleaseManifest, A::Error> {
        let (mut bundle_version, mut created_at, mut elections, mut expires_at) = (None, None, None, None);
        let (mut files, mut publisher, mut schema, mut sources) = (None, None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "bundle_version" => bundle_version = Some(map.next_value()?),
                "created_at" => created_at = Some(map.next_value()?),
                "elections" => elections = Some(map.next_value()?),
                "expires_at" => expires_at = Some(map.next_value()?),
                "files" => files = Some(map.next_value()?),
                "publisher" => publisher = Some(map.next_value()?),
                "schema" => schema = Some(map.next_value()?),
                "sources" => sources = Some(map.next_value()?),
                other => return Err(A::Error::unknown_field(other, MANIFEST_FIELDS)),
            }
        }
        Ok(ReleaseManifest {
            bundle_version: required(bundle_version, "bundle_version")?,
            created_at: required(created_at, "created_at")?,
            elections: required(elections, "elections")?,
            expires_at: required(expires_at, "expires_at")?,
            files: required(files, "files")?,
            publisher: required(publisher, "publisher")?,
            schema: required(schema, "schema")?,
            sources: required(sources, "sources")?,
        })
    }
}

/// Reads a [`FileEntry`] from a JSON object.
pub struct FileFields;

impl<'de> Visitor<'de> for FileFields {
    type Value = FileEntry;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a release file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FileEntry, A::Error> {
        let (mut path, mut sha256, mut size) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "path" => path = Some(map.next_value()?),
                "sha256" => sha256 = Some(map.next_value()?),
                "size" => size = Some(map.next_value()?),
                other => return Err(A::Error::unknown_field(other, FILE_FIELDS)),
            }
        }
        Ok(FileEntry {
            path: required(path, "path")?,
            sha256: required(sha256, "sha256")?,
            size: required(size, "size")?,
        })
    }
}

/// Reads a [`SourceRecord`] from a JSON object.
pub struct SourceFields;

impl<'de> Visitor<'de> for SourceFields {
    type Value = SourceRecord;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a council's sources")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SourceRecord, A::Error> {
        let (mut council, mut inputs) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "council" => council = Some(map.next_value()?),
                "inputs" => inputs = Some(map.next_value()?),
                other => return Err(A::Error::unknown_field(other, SOURCE_FIELDS)),
            }
        }
        Ok(SourceRecord { council: required(council, "council")?, inputs: required(inputs, "inputs")? })
    }
}

/// Reads a [`SourceInput`] from a JSON object.
pub struct InputFields;

impl<'de> Visitor<'de> for InputFields {
    type Value = SourceInput;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a source file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SourceInput, A::Error> {
        let (mut name, mut sha256) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "name" => name = Some(map.next_value()?),
                "sha256" => sha256 = Some(map.next_value()?),
                other => return Err(A::Error::unknown_field(other, INPUT_FIELDS)),
            }
        }
        Ok(SourceInput { name: required(name, "name")?, sha256: required(sha256, "sha256")? })
    }
}

#[cfg(target_arch = "wasm32")]
crate::model::read::read_as_object! {
    ReleaseManifest => ManifestFields,
    FileEntry => FileFields,
    SourceRecord => SourceFields,
    SourceInput => InputFields,
}

#[cfg(test)]
mod tests {
    use serde::de::{DeserializeOwned, Visitor};
    use serde::Serialize;

    use super::super::{FileEntry, ReleaseManifest, SourceInput, SourceRecord};
    use crate::model::read::compare::both;

    /// Both readers read `value` as written, and refuse it alike with a field added
    /// or with its first field taken out.
    fn agree<T, V>(value: &T, fields: impl Fn() -> V)
    where
        T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
        V: for<'de> Visitor<'de, Value = T>,
    {
        let json = serde_json::to_string(value).expect("written");
        let (derived, by_hand) = both(&json, fields());
        assert_eq!(derived.as_ref(), Ok(value));
        assert_eq!(by_hand, derived);
        let extra = json.replacen('{', r#"{"extra":1,"#, 1);
        let first_gone = match json.find(",\"") {
            Some(comma) => format!("{{{}", &json[comma + 1..]),
            None => "{}".to_owned(),
        };
        for case in [extra, first_gone] {
            let (derived, by_hand) = both(&case, fields());
            assert!(derived.is_err(), "{case}");
            assert_eq!(by_hand, derived, "{case}");
        }
    }

    #[test]
    fn a_manifest_is_read_by_hand_as_the_derived_reader_reads_it() {
        let files = vec![FileEntry::of("bundle.json", b"{}"), FileEntry::of("index.html", b"<!doctype html>")];
        let input = SourceInput { name: "stations.csv".to_owned(), sha256: "ab".repeat(32) };
        let sources = vec![SourceRecord { council: "demo".to_owned(), inputs: vec![input.clone()] }];
        let elections = vec!["local.demo.2026-05-07".to_owned()];
        let manifest = ReleaseManifest::new(
            3,
            "2026-04-01T09:00:00Z",
            "2027-04-01T09:00:00Z",
            "Demo",
            elections,
            sources.clone(),
            files.clone(),
        )
        .expect("a well-formed manifest");
        agree(&manifest, || super::ManifestFields);
        agree(&files[0], || super::FileFields);
        agree(&sources[0], || super::SourceFields);
        agree(&input, || super::InputFields);
        // A field missing in the middle is named as the derived reader names it.
        let json = String::from_utf8(manifest.to_canonical_bytes()).expect("UTF-8");
        let (derived, by_hand) = both(&json.replacen(r#""publisher":"Demo","#, "", 1), super::ManifestFields);
        assert_eq!(derived.as_ref().err().map(String::as_str), Some("missing field `publisher`"));
        assert_eq!(by_hand, derived);
    }
}
