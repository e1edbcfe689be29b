//! Writing a bundle folder: each file written whole (a server previewing the folder
//! never serves half a file), and postcode shards from an earlier build cleared so
//! the folder holds exactly the new bundle.

use std::fs;
use std::io;
use std::path::{Component, Path};

use anyhow::{bail, Context};
use pollcard_core::bundle::BundleWriter;

/// The folder of postcode shards, relative to the bundle root.
const SHARD_FOLDER: &str = "postcodes";

/// Writes every file of `bundle` under `out`.
pub fn write_bundle(out: &Path, bundle: &BundleWriter) -> anyhow::Result<()> {
    fs::create_dir_all(out).with_context(|| format!("could not create {}", out.display()))?;
    clear_shards(&out.join(SHARD_FOLDER))?;
    for file in bundle.files() {
        // The writer names its own files, but a path that could leave the folder must
        // never be written, whatever produced it.
        let relative = Path::new(&file.path);
        if !relative.components().all(|component| matches!(component, Component::Normal(_))) {
            bail!("refusing to write the bundle file {:?}: it is not a plain relative path", file.path);
        }
        let path = out.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
        }
        write_atomically(&path, &file.bytes).with_context(|| format!("could not write {}", path.display()))?;
    }
    Ok(())
}

/// Removes the `.json` shards an earlier build left, so an area that has gone from
/// the data does not linger in the folder.
fn clear_shards(folder: &Path) -> anyhow::Result<()> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error).with_context(|| format!("could not list {}", folder.display())),
    };
    for entry in entries {
        let path = entry.with_context(|| format!("could not list {}", folder.display()))?.path();
        if path.is_file() && path.extension().is_some_and(|extension| extension == "json") {
            fs::remove_file(&path).with_context(|| format!("could not remove the old shard {}", path.display()))?;
        }
    }
    Ok(())
}

/// Writes `bytes` to a temporary file beside `path`, then renames it into place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    fs::write(&temporary, bytes)?;
    fs::rename(&temporary, path)
}
