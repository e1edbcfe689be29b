//! `pollcard precache`: writes the app's service worker, `sw.js`, with this build's
//! precache list (every app and data file to keep offline, with its SHA-256 and size)
//! and the publisher keys the build trusts. It runs inside `pollcard finalize-dist`
//! (trunk's post_build hook) and on its own after a data-only update, before
//! `pollcard sign`. Because the list carries every file's hash, any change to any file
//! changes `sw.js`, which is how browsers learn there is a new release.
//!
//! The worker itself is hand-written JavaScript (`sw.js` beside this file); only the
//! `BUILD` object is generated. See `docs/offline.md`.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use pollcard_core::bundle::national::AnyIndex;
use pollcard_core::bundle::BundleIndex;
use pollcard_core::http_headers::{HEADERS_FILE, NGINX_SNIPPET_FILE};
use pollcard_core::release::build_config::{BuildConfig, BuildKind, BUILD_CONFIG_ENV, BUILD_CONFIG_FILE};
use pollcard_core::release::{sha256_hex, LOG_FILE, MANIFEST_FILE, SIGNATURE_FILE};
use serde::Serialize;

use crate::finalize::compact;
use thiserror::Error;

/// The service worker's file name at the root of the site.
pub const SERVICE_WORKER_FILE: &str = "sw.js";
/// The hand-written worker; `/*@BUILD@*/ {…}` is replaced by the generated object.
const TEMPLATE: &str = include_str!("sw.js");
const PLACEHOLDER_START: &str = "/*@BUILD@*/";
/// Where the data bundle sits inside the site.
const DATA_FOLDER: &str = "data/";

/// Why the service worker could not be written.
#[derive(Debug, Error)]
pub enum PrecacheError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error(
        "no build configuration: set {BUILD_CONFIG_ENV}=FILE or put {BUILD_CONFIG_FILE} in this folder or a parent \
         (it names the keys the app trusts; see docs/release-signing.md)"
    )]
    NoConfig,
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{path}: {message}")]
    Bundle { path: String, message: String },
    #[error("offline_postcode_areas names {0:?}, which the data bundle does not have")]
    UnknownArea(String),
    #[error("{0} is a symbolic link; a release folder must hold real files")]
    SymbolicLink(String),
}

/// A build configuration and where it was read from.
#[derive(Debug)]
pub struct LoadedConfig {
    pub path: PathBuf,
    pub config: BuildConfig,
}

/// Reads the build configuration: `explicit`, else `$POLLCARD_BUILD_CONFIG`, else
/// `pollcard-build.toml` in the current folder or the nearest parent that has one.
pub fn load_build_config(explicit: Option<&Path>) -> Result<LoadedConfig, PrecacheError> {
    let path = match explicit.map(Path::to_path_buf).or_else(|| std::env::var_os(BUILD_CONFIG_ENV).map(PathBuf::from)) {
        Some(path) => path,
        None => {
            let start = std::env::current_dir().map_err(|source| PrecacheError::Io { path: ".".into(), source })?;
            start
                .ancestors()
                .map(|folder| folder.join(BUILD_CONFIG_FILE))
                .find(|candidate| candidate.is_file())
                .ok_or(PrecacheError::NoConfig)?
        }
    };
    let text = fs::read_to_string(&path).map_err(|source| PrecacheError::Io { path: path.clone(), source })?;
    let config = BuildConfig::from_toml(&text)
        .map_err(|error| PrecacheError::Config { path: path.clone(), message: error.to_string() })?;
    Ok(LoadedConfig { path, config })
}

/// What was written.
#[derive(Debug, PartialEq, Eq)]
pub struct PrecacheReport {
    /// Files in the precache list.
    pub files: usize,
    /// Their total size in bytes.
    pub bytes: u64,
    /// Data shards left out of the list (kept after their first lookup instead).
    pub deferred_shards: usize,
    /// The build's id: the first 16 hex digits of the list's SHA-256.
    pub build_id: String,
    /// The size of `sw.js`.
    pub worker_bytes: usize,
}

#[derive(Serialize)]
struct BuildObject<'a> {
    id: String,
    kind: &'static str,
    trusted_keys: Vec<String>,
    /// `[path, sha256, size]`, sorted by path.
    precache: &'a [(String, String, u64)],
}

/// Writes `DIR/sw.js` for the files now in `dir`.
pub fn write_service_worker(dir: &Path, config: &BuildConfig) -> Result<PrecacheReport, PrecacheError> {
    let deferred = deferred_files(dir, config)?;
    let mut precache = Vec::new();
    for path in release_files(dir)? {
        if deferred.contains(&path) {
            continue;
        }
        let full = dir.join(&path);
        let bytes = fs::read(&full).map_err(|source| PrecacheError::Io { path: full, source })?;
        precache.push((path, sha256_hex(&bytes), bytes.len() as u64));
    }
    let list = serde_json::to_string(&precache).unwrap_or_default();
    // Names the release's cache: any change to the files, the keys or the worker's own
    // code gives a new cache, so a new worker never touches the one in use.
    let build_id = sha256_hex(format!("{list}{:?}{TEMPLATE}", config.trusted_keys_hex()).as_bytes())[..16].to_owned();
    let object = BuildObject {
        id: build_id.clone(),
        kind: match config.kind {
            BuildKind::Demo => "demo",
            BuildKind::Release => "release",
        },
        trusted_keys: config.trusted_keys_hex(),
        precache: &precache,
    };
    let worker = render_worker(&serde_json::to_string(&object).unwrap_or_default());
    let target = dir.join(SERVICE_WORKER_FILE);
    let unchanged = fs::read(&target).is_ok_and(|existing| existing == worker.as_bytes());
    if !unchanged {
        fs::write(&target, worker.as_bytes()).map_err(|source| PrecacheError::Io { path: target, source })?;
    }
    Ok(PrecacheReport {
        files: precache.len(),
        bytes: precache.iter().map(|(_, _, size)| size).sum(),
        deferred_shards: deferred.len(),
        build_id,
        worker_bytes: worker.len(),
    })
}

/// The worker's source with `build` in place of the template's placeholder object.
fn render_worker(build: &str) -> String {
    let start = TEMPLATE.find(PLACEHOLDER_START).unwrap_or(0);
    let object_start = start + PLACEHOLDER_START.len();
    // The placeholder object ends at the `;` closing its line.
    let end = TEMPLATE[object_start..].find(";\n").map_or(TEMPLATE.len(), |offset| object_start + offset);
    let worker = format!("{}{build}{}", &TEMPLATE[..start], &TEMPLATE[end..]);
    // The template is written so that it always compacts (a unit test keeps it so).
    compact(&worker).unwrap_or(worker)
}

/// Every file a release of `dir` consists of, except the worker itself, the signed
/// manifest, its signature and log (which the worker fetches and checks on its own)
/// and the host configuration. Relative, `/`-separated, sorted.
pub fn release_files(dir: &Path) -> Result<Vec<String>, PrecacheError> {
    let excluded = [SERVICE_WORKER_FILE, MANIFEST_FILE, SIGNATURE_FILE, LOG_FILE, HEADERS_FILE, NGINX_SNIPPET_FILE];
    let mut files = Vec::new();
    let mut pending = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = pending.pop() {
        let entries = fs::read_dir(&folder).map_err(|source| PrecacheError::Io { path: folder.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| PrecacheError::Io { path: folder.clone(), source })?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let relative = format!("{prefix}{name}");
            let kind = entry.file_type().map_err(|source| PrecacheError::Io { path: entry.path(), source })?;
            if kind.is_symlink() {
                return Err(PrecacheError::SymbolicLink(relative));
            } else if kind.is_dir() {
                pending.push((entry.path(), format!("{relative}/")));
            } else if !(prefix.is_empty() && excluded.contains(&name.as_str())) {
                files.push(relative);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The data files not kept offline at install: in a single-council bundle the shards
/// of postcode areas the configuration does not list; in a national bundle every
/// shard, stations file and district boundaries file (only the index is kept) except
/// the listed areas' shards.
fn deferred_files(dir: &Path, config: &BuildConfig) -> Result<BTreeSet<String>, PrecacheError> {
    let index_path = format!("{DATA_FOLDER}{}", pollcard_core::bundle::INDEX_FILE);
    let full_index_path = dir.join(&index_path);
    let national = match (&config.offline_postcode_areas, full_index_path.is_file()) {
        (None, false) => return Ok(BTreeSet::new()),
        _ => {
            let bytes =
                fs::read(&full_index_path).map_err(|source| PrecacheError::Io { path: full_index_path, source })?;
            match AnyIndex::from_json(&bytes) {
                Ok(AnyIndex::National(national)) => national,
                Ok(AnyIndex::Council(index)) => return council_deferred(&index, config),
                // A folder whose data is not a bundle is not ours to judge unless the
                // configuration relies on it.
                Err(_) if config.offline_postcode_areas.is_none() => return Ok(BTreeSet::new()),
                Err(error) => return Err(PrecacheError::Bundle { path: index_path, message: error.to_string() }),
            }
        }
    };
    let areas = config.offline_postcode_areas.clone().unwrap_or_default();
    let mut kept = BTreeSet::new();
    for area in &areas {
        let keys = national.area_keys(area);
        if keys.is_empty() {
            return Err(PrecacheError::UnknownArea(area.clone()));
        }
        kept.extend(keys.into_iter().map(str::to_owned));
    }
    let shards = national.lookup.iter().chain(&national.address_lists);
    let deferred_shards = shards.filter(|(key, _)| !kept.contains(*key)).map(|(_, shard)| shard.path.as_str());
    let stations = national.councils.iter().map(|entry| entry.stations.as_str());
    // Each council's boundaries too: a location search fetches only those it needs.
    let districts = national.councils.iter().filter_map(|entry| entry.districts.as_deref());
    Ok(deferred_shards.chain(stations).chain(districts).map(|path| format!("{DATA_FOLDER}{path}")).collect())
}

fn council_deferred(index: &BundleIndex, config: &BuildConfig) -> Result<BTreeSet<String>, PrecacheError> {
    let Some(areas) = &config.offline_postcode_areas else { return Ok(BTreeSet::new()) };
    if let Some(unknown) = areas.iter().find(|area| !index.postcode_areas.contains_key(*area)) {
        return Err(PrecacheError::UnknownArea(unknown.clone()));
    }
    Ok(index
        .postcode_areas
        .iter()
        .filter(|(area, _)| !areas.contains(area))
        .map(|(_, shard)| format!("{DATA_FOLDER}{}", shard.path))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_has_exactly_one_placeholder_line() {
        assert_eq!(TEMPLATE.matches(PLACEHOLDER_START).count(), 1);
        let rendered = render_worker("{\"id\":\"x\"}");
        assert!(rendered.contains("const BUILD = {\"id\":\"x\"};\n"), "{}", &rendered[..900.min(rendered.len())]);
        assert!(!rendered.contains("unbuilt"));
    }

    #[test]
    fn the_worker_ships_compacted() {
        let rendered = render_worker("{}");
        assert!(compact(TEMPLATE).is_some(), "sw.js has a string that may span lines; compact would leave it whole");
        assert!(rendered.len() < TEMPLATE.len() * 3 / 4, "{} of {} bytes", rendered.len(), TEMPLATE.len());
        assert!(!rendered.lines().any(|line| line.starts_with("//") || line.starts_with(' ')));
    }
}
