//! `pollcard diff OLD_BUNDLE NEW_BUNDLE [--json]`: what changed between two bundle
//! folders of one council, as readable text or as JSON (`pollcard-diff/1`), or
//! between two national bundles, council by council (`pollcard-national-diff/1`).
//!
//! Run before publishing, so that a change of polling station is never published by
//! accident. The comparison is `pollcard_core::bundle_diff`; this command only reads
//! the two folders through the bundle reader. National bundles are read one council
//! at a time ([`national`]), so comparing two countries needs the memory of one
//! council, not of the country.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use pollcard_core::bundle::national::{AnyIndex, NationalIndex};
use pollcard_core::bundle::{BundleIndex, PostcodeShard, INDEX_FILE};
use pollcard_core::bundle_diff::{diff, BundleContents};

pub(crate) mod national;
mod national_output;

/// Compare two bundle folders: stations added, removed, renamed, moved more than
/// 50 m or with changed accessibility, and addresses whose station changed. Two
/// national bundles are compared council by council.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The earlier bundle folder (for example, the last election's).
    #[arg(value_name = "OLD_BUNDLE")]
    old: PathBuf,
    /// The new bundle folder.
    #[arg(value_name = "NEW_BUNDLE")]
    new: PathBuf,
    /// Print the diff as JSON (pollcard-diff/1) instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: DiffArgs) -> anyhow::Result<ExitCode> {
    match (read_index(&args.old)?, read_index(&args.new)?) {
        (AnyIndex::National(old), AnyIndex::National(new)) => {
            return national_output::run(&args.old, old, &args.new, new, args.json);
        }
        (AnyIndex::Council(_), AnyIndex::Council(_)) => {}
        (old, _) => {
            let (national, single) =
                if matches!(old, AnyIndex::National(_)) { (&args.old, &args.new) } else { (&args.new, &args.old) };
            bail!(
                "{} is a national bundle and {} a single council's: compare two bundles of the same kind",
                national.display(),
                single.display()
            );
        }
    }
    let old = read_bundle(&args.old)?;
    let new = read_bundle(&args.new)?;
    let diff = diff(&old, &new);
    let output = if args.json { diff.to_json() } else { diff.to_text().into_bytes() };
    std::io::stdout().lock().write_all(&output).context("could not write the diff")?;
    Ok(ExitCode::SUCCESS)
}

/// Reads a bundle folder's `bundle.json`, of either kind.
pub fn read_index(folder: &Path) -> anyhow::Result<AnyIndex> {
    AnyIndex::from_json(&index_bytes(folder)?).with_context(|| format!("{} is not a usable bundle", folder.display()))
}

/// Reads a national bundle folder's index, refusing a single council's.
pub fn read_national_index(folder: &Path) -> anyhow::Result<NationalIndex> {
    match read_index(folder)? {
        AnyIndex::National(index) => Ok(index),
        AnyIndex::Council(_) => {
            bail!(
                "{} is a single council's bundle; a national build needs a national previous bundle",
                folder.display()
            )
        }
    }
}

fn index_bytes(folder: &Path) -> anyhow::Result<Vec<u8>> {
    let index_path = folder.join(INDEX_FILE);
    fs::read(&index_path).with_context(|| {
        format!(
            "cannot read {}: is {} a bundle folder written by `pollcard build`?",
            index_path.display(),
            folder.display()
        )
    })
}

/// Reads a bundle folder's index and every postcode shard it lists.
pub fn read_bundle(folder: &Path) -> anyhow::Result<BundleContents> {
    let index_path = folder.join(INDEX_FILE);
    let bytes = index_bytes(folder)?;
    let index =
        BundleIndex::from_json(&bytes).with_context(|| format!("{} is not a usable bundle", folder.display()))?;
    let mut shards = Vec::with_capacity(index.postcode_areas.len());
    for (area, shard_ref) in &index.postcode_areas {
        // The index names each shard's path; never follow one out of the folder.
        let relative = Path::new(&shard_ref.path);
        if !relative.components().all(|component| matches!(component, Component::Normal(_))) {
            bail!("{} names the shard {:?}, which is outside the bundle folder", index_path.display(), shard_ref.path);
        }
        let path = folder.join(relative);
        let bytes = fs::read(&path).with_context(|| format!("cannot read the {area} shard {}", path.display()))?;
        let shard = PostcodeShard::from_json(&shard_ref.path, area, &bytes)
            .with_context(|| format!("{} is not a usable bundle", folder.display()))?;
        shards.push(shard);
    }
    Ok(BundleContents { index, shards })
}
