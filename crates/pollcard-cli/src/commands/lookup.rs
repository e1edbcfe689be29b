//! `pollcard lookup BUNDLE POSTCODE [--uprn UPRN]`: where the electors of a postcode
//! (or one address in it) vote, answered from a bundle folder exactly as the app
//! answers it, printed as JSON for people and scripts.
//!
//! The lookup itself and the JSON shape are `pollcard_core::lookup`; this command
//! only reads the bundle's files. Every answer, "not a postcode" included, exits 0;
//! only an unreadable bundle exits 1.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use pollcard_core::bundle::{BundleIndex, PostcodeShard, ShardRef, INDEX_FILE};
use pollcard_core::lookup::{self, LookupAnswer};

/// Look up where a postcode votes in a bundle folder, as JSON.
#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// A bundle folder written by `pollcard build`.
    #[arg(value_name = "BUNDLE")]
    bundle: PathBuf,
    /// The postcode, in any case and spacing.
    #[arg(value_name = "POSTCODE")]
    postcode: String,
    /// One address within the postcode, by its UPRN.
    #[arg(long, value_name = "UPRN")]
    uprn: Option<String>,
}

pub fn run(args: LookupArgs) -> anyhow::Result<ExitCode> {
    let index = read_index(&args.bundle)?;
    let parsed = lookup::parse_postcode(&args.postcode);
    let shard = match &parsed {
        Ok(postcode) => index
            .shard_for(postcode)
            .map(|shard_ref| read_shard(&args.bundle, postcode.area(), shard_ref))
            .transpose()?,
        Err(_) => None,
    };
    let outcome = match parsed {
        Err(invalid) => invalid,
        Ok(postcode) => match &args.uprn {
            Some(uprn) => lookup::lookup_uprn(&index, shard.as_ref(), &postcode, uprn),
            None => lookup::lookup_postcode(&index, shard.as_ref(), &postcode),
        },
    };
    let json = serde_json::to_string_pretty(&LookupAnswer::new(&index, &outcome))?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{json}").context("could not write the answer")?;
    Ok(ExitCode::SUCCESS)
}

fn read_index(bundle: &Path) -> anyhow::Result<BundleIndex> {
    let path = bundle.join(INDEX_FILE);
    let bytes = fs::read(&path).with_context(|| {
        format!("cannot read {}: is {} a bundle folder written by `pollcard build`?", path.display(), bundle.display())
    })?;
    BundleIndex::from_json(&bytes).with_context(|| format!("{} is not a usable bundle", bundle.display()))
}

fn read_shard(bundle: &Path, area: &str, shard_ref: &ShardRef) -> anyhow::Result<PostcodeShard> {
    // The index names the shard's path; never follow one out of the bundle folder.
    let relative = Path::new(&shard_ref.path);
    if !relative.components().all(|component| matches!(component, Component::Normal(_))) {
        bail!("{} names the shard {:?}, which is outside the bundle folder", INDEX_FILE, shard_ref.path);
    }
    let path = bundle.join(relative);
    let bytes = fs::read(&path).with_context(|| format!("cannot read the {area} postcode shard {}", path.display()))?;
    PostcodeShard::from_json(&shard_ref.path, area, &bytes)
        .with_context(|| format!("{} is not a usable bundle", bundle.display()))
}
