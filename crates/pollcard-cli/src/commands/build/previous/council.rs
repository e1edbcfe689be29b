//! `pollcard build --previous OLD_BUNDLE` for one council: the old bundle may be the
//! council's own or a national bundle that held it (the council was published as
//! part of the country last time and is built alone now).
//!
//! From a national bundle only the council being built is read: its stations file,
//! and its addresses cut out of the lookup shards (with their address lists) that
//! name it, one shard at a time — the same rebuilding as `pollcard diff` does for
//! national bundles ([`council_contents`]). Memory holds one shard and one council,
//! never the country; nothing is parked on disk since one council is kept. The
//! council is found by its id, known only once the new inputs have been read; a
//! national bundle without it is refused, naming the ids it has nearest to it.

use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context};
use pollcard_core::bundle::national::{
    AddressListShard, AnyIndex, CouncilEntry, LookupShard, NationalIndex, ShardBy, StationsFile,
};
use pollcard_core::bundle_diff::{addresses_by_council, council_contents, BundleContents};
use pollcard_core::model::Council;
use pollcard_core::natural_order;

use crate::commands::diff::{read_bundle, read_index};

/// The previous bundle of a single-council build, read before the new inputs.
#[derive(Debug)]
pub enum CouncilPrevious {
    /// A single council's bundle, read whole.
    Council(Box<BundleContents>),
    /// A national bundle: only its index so far.
    National { folder: PathBuf, index: NationalIndex },
}

impl CouncilPrevious {
    /// Reads `folder`'s index (and a single council's shards), so that an unusable
    /// previous bundle stops the build before anything is read.
    pub fn open(folder: &Path) -> anyhow::Result<CouncilPrevious> {
        match read_index(folder)? {
            AnyIndex::Council(_) => Ok(CouncilPrevious::Council(Box::new(read_bundle(folder)?))),
            AnyIndex::National(index) => Ok(CouncilPrevious::National { folder: folder.to_path_buf(), index }),
        }
    }

    /// The previous bundle of `council`, as a single council's. A single council's
    /// bundle is compared whoever its council is (as `pollcard diff` does); a
    /// national one must hold `council`.
    pub fn of(self, council: &Council) -> anyhow::Result<BundleContents> {
        match self {
            CouncilPrevious::Council(contents) => Ok(*contents),
            CouncilPrevious::National { folder, index } => {
                let Some(entry) = index.council(&council.id) else { bail!(missing_council(&folder, &index, council)) };
                council_of_national(&folder, &index, entry)
                    .with_context(|| format!("could not read the previous bundle {}", folder.display()))
            }
        }
    }
}

/// The council of `entry` as it was in the national bundle at `folder`.
fn council_of_national(folder: &Path, index: &NationalIndex, entry: &CouncilEntry) -> anyhow::Result<BundleContents> {
    let id = entry.council.id.as_str();
    let stations = StationsFile::from_json(&entry.stations, id, &read_in(folder, &entry.stations, "stations file")?)?;
    let mut addresses = Vec::new();
    for (key, summary) in &index.lookup {
        // With council shards, a council's addresses are all in its own shard.
        if index.shard_by == ShardBy::Council && key != id {
            continue;
        }
        let lookup = LookupShard::from_json(&summary.path, key, &read_in(folder, &summary.path, "lookup shard")?)?;
        if !lookup.councils.iter().any(|named| named == id) {
            continue;
        }
        let list = match index.address_lists.get(key) {
            Some(list) => {
                Some(AddressListShard::from_json(&list.path, key, &read_in(folder, &list.path, "address list")?)?)
            }
            None => None,
        };
        addresses.extend(addresses_by_council(&lookup, list.as_ref()).remove(id).unwrap_or_default());
    }
    Ok(council_contents(entry.council.clone(), index.fictional, stations.stations, addresses))
}

/// Why a national bundle cannot be this council's previous one, with the ids it has
/// on either side of `council`'s (in natural order), to catch a mistyped id.
fn missing_council(folder: &Path, index: &NationalIndex, council: &Council) -> String {
    let id = council.id.as_str();
    let ids: Vec<&str> = index.councils.iter().map(|entry| entry.council.id.as_str()).collect();
    let after = ids.partition_point(|known| natural_order::compare(known, id).is_lt());
    let nearby: Vec<&str> = ids[after.saturating_sub(1)..(after + 1).min(ids.len())].to_vec();
    let nearby = match nearby.as_slice() {
        [] => "it holds no council at all".to_owned(),
        [one] => format!("the nearest id it has is {one}"),
        [below, above, ..] => format!("the nearest ids it has are {below} and {above}"),
    };
    format!(
        "{} is a national bundle without the council {id} that is being built ({nearby}); give as --previous \
         the bundle this council was last published in, or check the id in its council.toml",
        folder.display()
    )
}

/// A file a national index names, never outside the bundle folder.
fn read_in(folder: &Path, relative: &str, what: &str) -> anyhow::Result<Vec<u8>> {
    let path = Path::new(relative);
    if !path.components().all(|component| matches!(component, Component::Normal(_))) {
        bail!("{}'s index names the {what} {relative:?}, which is outside the bundle folder", folder.display());
    }
    let full = folder.join(path);
    std::fs::read(&full).with_context(|| format!("cannot read the {what} {}", full.display()))
}
