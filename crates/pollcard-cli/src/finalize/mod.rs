//! Finishing trunk's output for production (`pollcard finalize-dist`): the inline
//! loader trunk writes into `index.html` moves into a content-addressed file, the
//! page is checked for any inline code the CSP would block, and the host
//! configuration (`_headers`, `nginx-pollcard.conf`) is written from the one header
//! table in `pollcard_core::http_headers`. It also makes the app installable (PNG
//! icons from the SVG sources, one web app manifest per language, the page's links to
//! them), writes the page's `<noscript>` fallback with the council's contact, and
//! strips the JavaScript's comment lines and indentation.
//!
//! Running it again on its own output changes nothing.

mod catalogues;
mod html_scan;
mod icons;
mod inline_code;
mod js_compact;
mod module_preload;
mod noscript;
mod web_manifest;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use pollcard_core::http_headers::{netlify_headers_file, nginx_snippet, HEADERS_FILE, NGINX_SNIPPET_FILE};
use pollcard_core::release::build_config::BuildConfig;
use thiserror::Error;

use crate::precache::{write_service_worker, PrecacheError, PrecacheReport};

pub use catalogues::CatalogueFileError;
pub use html_scan::ScanError;
pub use icons::IconError;
pub use inline_code::Violation;
pub use js_compact::compact;
pub use noscript::{NoscriptError, NoscriptOutcome};

/// The page trunk writes, relative to the output folder.
pub const INDEX_FILE: &str = "index.html";

/// The host configuration files written, for messages.
pub const HEADERS_FILE_NAMES: &str = "_headers and nginx-pollcard.conf";

/// Why the output could not be finalised.
#[derive(Debug, Error)]
pub enum FinalizeError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("index.html could not be read: {0}")]
    Scan(#[from] ScanError),
    #[error(
        "index.html line {line}: an inline <script type=\"{script_type}\"> cannot be moved to a file; \
         remove it or load it with src"
    )]
    UnmovableScript { line: usize, script_type: String },
    #[error("the public URL {0:?} cannot be used in a src attribute (no quotes, spaces or angle brackets)")]
    BadPublicUrl(String),
    #[error(
        "index.html still has inline code, which the Content-Security-Policy blocks:\n{}",
        .0.iter().map(|v| format!("  {v}")).collect::<Vec<_>>().join("\n")
    )]
    InlineCode(Vec<Violation>),
    #[error(transparent)]
    Icon(#[from] IconError),
    #[error(transparent)]
    Catalogue(#[from] CatalogueFileError),
    #[error(transparent)]
    Noscript(#[from] NoscriptError),
    #[error("writing the service worker: {0}")]
    Precache(#[from] PrecacheError),
}

/// What finalising did.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Loader files written (names), in page order.
    pub loaders: Vec<String>,
    /// Whether `index.html` was rewritten.
    pub index_changed: bool,
    /// How many files `_headers` describes.
    pub files: usize,
    /// The installable app's files: manifests and PNG icons (relative names).
    pub install_files: Vec<String>,
    /// Whether the page links a web app manifest (without one it cannot be installed).
    pub manifest_linked: bool,
    /// What the `<noscript>` fallback says about the council.
    pub noscript: NoscriptOutcome,
    /// What the service worker's precache list holds.
    pub precache: PrecacheReport,
}

/// Finalises the output folder `dir`, whose files will be served under `public_url`
/// (trunk's `public_url`, e.g. `/`), for a build configured by `config`.
pub fn finalize_dist(dir: &Path, public_url: &str, config: &BuildConfig) -> Result<Report, FinalizeError> {
    let public_url = normalize_public_url(public_url)?;
    let index_path = dir.join(INDEX_FILE);
    let html = fs::read_to_string(&index_path).map_err(|source| io_error(&index_path, source))?;

    let mut externalized = inline_code::externalize_scripts(&html, &public_url)?;
    externalized.html = module_preload::without_module_preloads(&externalized.html);
    // Everything the installable app and the page without JavaScript need is made
    // before anything is written, so a missing icon or message leaves nothing half done.
    let catalogues = catalogues::Catalogues::read(dir)?;
    let bundle = noscript::read_bundle(dir)?;
    let (page, noscript) = noscript::with_fallback(&externalized.html, &catalogues, bundle.as_ref())?;
    let (page, manifest_linked) = web_manifest::point_head_links(&page, &public_url)?;
    let mut install_files = web_manifest::web_manifests(&catalogues, &public_url)?
        .into_iter()
        .map(|(name, json)| (name, json.into_bytes()))
        .collect::<Vec<_>>();
    install_files.extend(icons::render_icons(dir)?.into_iter().map(|icon| (icon.icon.name.to_owned(), icon.png)));
    // Judge the page as written, so messages give the lines the author sees; the
    // inline scripts found there have just been moved (or refused).
    let mut violations = inline_code::inline_code_violations(&html)?;
    violations.retain(|violation| !matches!(violation, Violation::InlineScript { .. }));
    if violations.is_empty() {
        // Belt and braces: the rewritten page itself must be clean.
        violations = inline_code::inline_code_violations(&page)?;
    }
    if !violations.is_empty() {
        // Nothing is written: a failed build leaves the staging folder as trunk made it.
        return Err(FinalizeError::InlineCode(violations));
    }
    for loader in &externalized.loaders {
        write_if_changed(&dir.join(&loader.name), loader.contents.as_bytes())?;
    }
    let index_changed = page != html;
    if index_changed {
        write_if_changed(&index_path, page.as_bytes())?;
    }
    for (name, bytes) in &install_files {
        write_if_changed(&dir.join(name), bytes)?;
    }

    compact_scripts(dir)?;

    // Last of the files: the service worker lists every other file with its hash.
    let precache = write_service_worker(dir, config)?;

    let files = list_files(dir)?;
    write_if_changed(&dir.join(HEADERS_FILE), netlify_headers_file(&files).as_bytes())?;
    write_if_changed(&dir.join(NGINX_SNIPPET_FILE), nginx_snippet().as_bytes())?;
    Ok(Report {
        loaders: externalized.loaders.into_iter().map(|loader| loader.name).collect(),
        index_changed,
        files: files.iter().filter(|f| *f != HEADERS_FILE && *f != NGINX_SNIPPET_FILE).count(),
        install_files: install_files.into_iter().map(|(name, _)| name).collect(),
        manifest_linked,
        noscript,
        precache,
    })
}

/// Compacts every JavaScript file trunk wrote (the wasm-bindgen glue and the snippets
/// it imports), before the service worker lists their hashes. The loaders moved out of
/// the page are left as they are: each is named by the hash of its content, and they
/// are a few lines long.
fn compact_scripts(dir: &Path) -> Result<(), FinalizeError> {
    let compactable = |name: &&String| name.ends_with(".js") && !inline_code::is_loader_name(name);
    for name in list_files(dir)?.iter().filter(compactable) {
        let path = dir.join(name);
        let script = fs::read_to_string(&path).map_err(|source| io_error(&path, source))?;
        if let Some(compacted) = compact(&script) {
            write_if_changed(&path, compacted.as_bytes())?;
        }
    }
    Ok(())
}

/// `""` → `/`; anything else gets exactly one trailing `/`.
fn normalize_public_url(public_url: &str) -> Result<String, FinalizeError> {
    let trimmed = public_url.trim();
    if trimmed.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`')) {
        return Err(FinalizeError::BadPublicUrl(public_url.to_owned()));
    }
    Ok(format!("{}/", trimmed.trim_end_matches('/')))
}

/// Every file under `dir`, relative, `/`-separated and sorted; hidden entries (trunk's
/// own `.stage` folder and the like) are skipped, and so are symbolic links, which a
/// static host would not follow the same way.
fn list_files(dir: &Path) -> Result<Vec<String>, FinalizeError> {
    let mut files = Vec::new();
    let mut pending = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = pending.pop() {
        let entries = fs::read_dir(&folder).map_err(|source| io_error(&folder, source))?;
        for entry in entries {
            let entry = entry.map_err(|source| io_error(&folder, source))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let kind = entry.file_type().map_err(|source| io_error(&entry.path(), source))?;
            if kind.is_dir() {
                pending.push((entry.path(), format!("{prefix}{name}/")));
            } else if kind.is_file() {
                files.push(format!("{prefix}{name}"));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Writes `bytes` unless the file already holds exactly them, so a second run leaves
/// every file (and its modification time) alone.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), FinalizeError> {
    match fs::read(path) {
        Ok(existing) if existing == bytes => Ok(()),
        _ => fs::write(path, bytes).map_err(|source| io_error(path, source)),
    }
}

fn io_error(path: &Path, source: io::Error) -> FinalizeError {
    FinalizeError::Io { path: path.to_path_buf(), source }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_normalised() {
        assert_eq!(normalize_public_url("").expect("ok"), "/");
        assert_eq!(normalize_public_url("/").expect("ok"), "/");
        assert_eq!(normalize_public_url("/pollcard").expect("ok"), "/pollcard/");
        assert_eq!(normalize_public_url("./").expect("ok"), "./");
        assert!(normalize_public_url("/a\"b/").is_err());
    }
}
