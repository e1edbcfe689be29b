//! Recording in a new bundle which voters' polling station has changed since the
//! previous one (`pollcard build --previous`), so the app can tell them.
//!
//! The record lives in each postcode shard (`station_changed`: compact postcode →
//! UPRNs), beside the addresses it is about: the app already holds the shard when it
//! shows a voter their station, and no other file reveals anything finer than the
//! postcode area. It is written after the bundle's files, through the public reader
//! and the same serialisation as the writer, so the bundle writer need not know about
//! previous bundles and a build without `--previous` is byte for byte what it was.

use std::collections::BTreeMap;

use crate::bundle::{BundleError, BundleFile, BundleIndex, PostcodeShard, INDEX_FILE};

use super::BundleContents;

/// Reads a bundle from the files a [`BundleWriter`](crate::bundle::BundleWriter) made.
pub fn contents_of(files: &[BundleFile]) -> Result<BundleContents, BundleError> {
    let bytes_of = |path: &str| files.iter().find(|file| file.path == path).map(|file| file.bytes.as_slice());
    let index = BundleIndex::from_json(bytes_of(INDEX_FILE).unwrap_or_default())?;
    let mut shards = Vec::with_capacity(index.postcode_areas.len());
    for (area, shard_ref) in &index.postcode_areas {
        let bytes = bytes_of(&shard_ref.path).unwrap_or_default();
        shards.push(PostcodeShard::from_json(&shard_ref.path, area, bytes)?);
    }
    Ok(BundleContents { index, shards })
}

/// Fills the `station_changed` field of every shard among `files` that holds one of
/// the `changed` postcodes (compact postcode → UPRNs). Returns how many UPRNs were
/// recorded; postcodes the bundle does not hold are left out.
pub fn record_station_changes(
    files: &mut [BundleFile],
    changed: &BTreeMap<String, Vec<String>>,
) -> Result<usize, BundleError> {
    if changed.is_empty() {
        return Ok(0);
    }
    let index_bytes = files.iter().find(|file| file.path == INDEX_FILE).map(|file| file.bytes.clone());
    let index = BundleIndex::from_json(index_bytes.as_deref().unwrap_or_default())?;
    let mut recorded = 0;
    for (area, shard_ref) in &index.postcode_areas {
        let Some(file) = files.iter_mut().find(|file| file.path == shard_ref.path) else { continue };
        let mut shard = PostcodeShard::from_json(&shard_ref.path, area, &file.bytes)?;
        shard.station_changed = changed
            .iter()
            .filter(|(postcode, uprns)| !uprns.is_empty() && shard.postcodes.contains_key(*postcode))
            .map(|(postcode, uprns)| (postcode.clone(), uprns.clone()))
            .collect();
        if shard.station_changed.is_empty() {
            continue;
        }
        recorded += shard.station_changed.values().map(Vec::len).sum::<usize>();
        // The writer's own serialisation: compact JSON and a final newline.
        let mut bytes = serde_json::to_vec(&shard).unwrap_or_default();
        bytes.push(b'\n');
        file.bytes = bytes;
    }
    Ok(recorded)
}
