//! Writing a build's output folder so that it is never half old, half new.
//!
//! The new bundle and its report are written whole into a staging folder beside the
//! output folder (`DIR.partial`), and only when every file is written is the staging
//! folder renamed to `DIR`, the old folder having been renamed out of the way first.
//! A build that stops (a fatal problem, a full disk, a crash) therefore leaves the
//! previous bundle exactly as it was: the worst case, a crash between the two
//! renames, leaves the previous bundle intact as `DIR.old`. A server previewing the
//! folder never serves a mix of two builds.
//!
//! Because the whole folder is replaced, `pollcard build` refuses to replace a folder
//! that does not look like its own output (one holding neither `bundle.json` nor
//! `report.json`), so that `--out .` cannot throw away someone's files.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context};
use pollcard_core::bundle::BundleFile;

/// Files a folder written by `pollcard build` or `pollcard check` always holds one of.
const OWN_FILES: [&str; 2] = ["bundle.json", "report.json"];

/// Writes `files` (relative paths) as the whole new content of `out`, replacing the
/// previous content only once every file has been written.
pub fn replace_folder(out: &Path, files: &[BundleFile]) -> anyhow::Result<()> {
    refuse_foreign_folder(out)?;
    let staging = sibling(out, "partial");
    remove_if_present(&staging)?;
    let written = write_files(&staging, files);
    if let Err(error) = written {
        // Best effort: the error that matters is the one that stopped the write.
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    swap_into_place(&staging, out)
}

/// Writes `files` into an existing or new folder `out`, each file whole, leaving
/// everything else in it alone. Used for the report when no bundle was built.
pub fn write_beside(out: &Path, files: &[BundleFile]) -> anyhow::Result<()> {
    for file in files {
        let path = out.join(checked_relative(&file.path)?);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
        }
        write_atomically(&path, &file.bytes).with_context(|| format!("could not write {}", path.display()))?;
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

/// `DIR.suffix`, beside `DIR`.
fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = out.file_name().map(|name| name.to_os_string()).unwrap_or_else(|| "bundle".into());
    name.push(format!(".{suffix}"));
    out.with_file_name(name)
}

/// A path from the writer must stay inside the folder, whatever produced it.
fn checked_relative(path: &str) -> anyhow::Result<&Path> {
    let relative = Path::new(path);
    if !relative.components().all(|component| matches!(component, Component::Normal(_))) {
        bail!("refusing to write the file {path:?}: it is not a plain relative path");
    }
    Ok(relative)
}

fn refuse_foreign_folder(out: &Path) -> anyhow::Result<()> {
    if out.file_name().is_none() {
        bail!("--out {} names no folder; give the bundle a folder of its own", out.display());
    }
    let mut entries = match fs::read_dir(out) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error).with_context(|| format!("could not list {}", out.display())),
    };
    let empty = entries.next().is_none();
    if empty || OWN_FILES.iter().any(|name| out.join(name).is_file()) {
        return Ok(());
    }
    bail!(
        "{} is not empty and holds no bundle.json or report.json, so it is not a Pollcard output folder; the build \
         replaces its output folder whole, so give it an empty or new folder",
        out.display()
    )
}

fn remove_if_present(folder: &Path) -> anyhow::Result<()> {
    match fs::remove_dir_all(folder) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error).with_context(|| format!("could not remove the leftover {}", folder.display())),
    }
}

fn write_files(root: &Path, files: &[BundleFile]) -> anyhow::Result<()> {
    fs::create_dir_all(root).with_context(|| format!("could not create {}", root.display()))?;
    for file in files {
        let path = root.join(checked_relative(&file.path)?);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
        }
        fs::write(&path, &file.bytes).with_context(|| format!("could not write {}", path.display()))?;
    }
    Ok(())
}

/// Renames `staging` to `out`, moving any previous `out` aside first and removing it
/// once the new folder is in place.
fn swap_into_place(staging: &Path, out: &Path) -> anyhow::Result<()> {
    if let Some(parent) = out.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
    }
    if !out.exists() {
        return fs::rename(staging, out).with_context(|| format!("could not move the new bundle to {}", out.display()));
    }
    let old = sibling(out, "old");
    remove_if_present(&old)?;
    fs::rename(out, &old).with_context(|| format!("could not move the previous {} aside", out.display()))?;
    if let Err(error) = fs::rename(staging, out) {
        // Put the previous bundle back; if even that fails it is still in `old`.
        let _ = fs::rename(&old, out);
        return Err(error).with_context(|| format!("could not move the new bundle to {}", out.display()));
    }
    fs::remove_dir_all(&old).with_context(|| format!("could not remove the previous bundle, now {}", old.display()))
}
