//! One side of a national diff, read council by council.
//!
//! A national bundle spreads a council's addresses over postcode-area shards. Opening
//! a side reads each shard once, cuts it by council
//! ([`pollcard_core::bundle_diff::addresses_by_council`]) and parks each council's
//! addresses on disk as JSON lines; a council is then read back alone. Memory holds
//! one shard while parking and one council while comparing, never the country.

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context};
use pollcard_core::bundle::national::{AddressListShard, LookupShard, NationalIndex, StationsFile};
use pollcard_core::bundle_diff::{addresses_by_council, council_contents, BundleContents, CouncilAddress};

/// A national bundle opened for comparing, its addresses parked by council.
#[derive(Debug)]
pub struct NationalSide {
    folder: PathBuf,
    pub index: NationalIndex,
    parked: PathBuf,
    /// Council id → its number in the index, which names its parked file.
    numbers: BTreeMap<String, usize>,
}

impl NationalSide {
    /// Reads `folder`'s shards one at a time, parking addresses under `parked` (a
    /// folder created empty, and removed when the side is dropped).
    pub fn open(folder: &Path, index: NationalIndex, parked: PathBuf) -> anyhow::Result<NationalSide> {
        if parked.exists() {
            fs::remove_dir_all(&parked).with_context(|| format!("could not clear {}", parked.display()))?;
        }
        fs::create_dir_all(&parked).with_context(|| format!("could not create {}", parked.display()))?;
        let numbers = index.councils.iter().enumerate().map(|(n, entry)| (entry.council.id.clone(), n)).collect();
        let side = NationalSide { folder: folder.to_path_buf(), index, parked, numbers };
        for (key, summary) in &side.index.lookup {
            let bytes = side.read(&summary.path, "lookup shard")?;
            let lookup = LookupShard::from_json(&summary.path, key, &bytes)
                .with_context(|| format!("{} is not a usable bundle", folder.display()))?;
            let list = match side.index.address_lists.get(key) {
                Some(list) => Some(
                    AddressListShard::from_json(&list.path, key, &side.read(&list.path, "address list")?)
                        .with_context(|| format!("{} is not a usable bundle", folder.display()))?,
                ),
                None => None,
            };
            for (council, addresses) in addresses_by_council(&lookup, list.as_ref()) {
                side.park(&council, &addresses)?;
            }
        }
        Ok(side)
    }

    /// Every council id, in the index's order.
    pub fn council_ids(&self) -> impl Iterator<Item = &str> {
        self.index.councils.iter().map(|entry| entry.council.id.as_str())
    }

    /// One council as a single-council bundle, or `None` when the bundle has no
    /// council with this id.
    pub fn council(&self, id: &str) -> anyhow::Result<Option<BundleContents>> {
        let Some(entry) = self.index.council(id) else { return Ok(None) };
        let bytes = self.read(&entry.stations, "stations file")?;
        let stations = StationsFile::from_json(&entry.stations, id, &bytes)
            .with_context(|| format!("{} is not a usable bundle", self.folder.display()))?;
        let mut addresses = Vec::new();
        if let Some(path) = self.parked_path(id).filter(|path| path.exists()) {
            let file = fs::File::open(&path).with_context(|| format!("could not read {}", path.display()))?;
            for line in BufReader::new(file).lines() {
                let line = line.with_context(|| format!("could not read {}", path.display()))?;
                let address: CouncilAddress =
                    serde_json::from_str(&line).with_context(|| format!("could not read back {}", path.display()))?;
                addresses.push(address);
            }
        }
        Ok(Some(council_contents(entry.council.clone(), self.index.fictional, stations.stations, addresses)))
    }

    fn park(&self, council: &str, addresses: &[CouncilAddress]) -> anyhow::Result<()> {
        let Some(path) = self.parked_path(council) else {
            bail!("{} has a shard naming the council {council:?}, which its index does not list", self.folder.display())
        };
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .with_context(|| format!("could not write {}", path.display()))?;
        let mut out = BufWriter::new(file);
        for address in addresses {
            serde_json::to_writer(&mut out, address).context("could not park an address")?;
            out.write_all(b"\n").with_context(|| format!("could not write {}", path.display()))?;
        }
        out.flush().with_context(|| format!("could not write {}", path.display()))
    }

    fn parked_path(&self, council: &str) -> Option<PathBuf> {
        self.numbers.get(council).map(|number| self.parked.join(format!("{number}.jsonl")))
    }

    /// A file the index names, never outside the bundle folder.
    fn read(&self, relative: &str, what: &str) -> anyhow::Result<Vec<u8>> {
        let path = Path::new(relative);
        if !path.components().all(|component| matches!(component, Component::Normal(_))) {
            bail!(
                "{}'s index names the {what} {relative:?}, which is outside the bundle folder",
                self.folder.display()
            );
        }
        let full = self.folder.join(path);
        fs::read(&full).with_context(|| format!("cannot read the {what} {}", full.display()))
    }
}

impl Drop for NationalSide {
    fn drop(&mut self) {
        // A temporary folder: failing to remove it leaves litter, nothing worse.
        let _ = fs::remove_dir_all(&self.parked);
    }
}
