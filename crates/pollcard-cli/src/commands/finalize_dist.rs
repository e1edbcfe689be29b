//! `pollcard finalize-dist [DIR]`: the trunk `post_build` hook that makes the app's
//! output CSP-clean and writes its host configuration. The work is in
//! [`crate::finalize`]; this is the command-line edge.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::finalize::{finalize_dist, NoscriptOutcome, HEADERS_FILE_NAMES};
use crate::precache::load_build_config;

/// Move trunk's inline loader script into a content-addressed file, refuse inline
/// code, write the web app manifests, PNG icons and `<noscript>` fallback, and write
/// `_headers` and `nginx-pollcard.conf` into the output folder.
#[derive(Debug, clap::Args)]
pub struct FinalizeDistArgs {
    /// The output folder; defaults to trunk's `TRUNK_STAGING_DIR`.
    #[arg(value_name = "DIR")]
    dir: Option<PathBuf>,
    /// The URL prefix the files are served under; defaults to trunk's
    /// `TRUNK_PUBLIC_URL`, else `/`.
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
    /// The build configuration (trusted keys, offline data); defaults to
    /// `$POLLCARD_BUILD_CONFIG`, else `pollcard-build.toml` here or in a parent folder.
    #[arg(long, value_name = "FILE")]
    build_config: Option<PathBuf>,
}

pub fn run(args: FinalizeDistArgs) -> anyhow::Result<ExitCode> {
    let dir = match args.dir.or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from)) {
        Some(dir) => dir,
        None => anyhow::bail!(
            "finalize-dist needs the output folder: pass DIR, or run it as a trunk post_build hook \
             (which sets TRUNK_STAGING_DIR)"
        ),
    };
    let public_url = args.public_url.or_else(|| std::env::var("TRUNK_PUBLIC_URL").ok()).unwrap_or_default();
    let loaded = load_build_config(args.build_config.as_deref())?;
    let report =
        finalize_dist(&dir, &public_url, &loaded.config).with_context(|| format!("finalize-dist {}", dir.display()))?;
    let moved = match report.loaders.as_slice() {
        [] => "no inline script to move".to_owned(),
        names => format!("moved inline script to {}", names.join(", ")),
    };
    println!("finalize-dist: {moved}; wrote {HEADERS_FILE_NAMES} for {} files", report.files);
    println!("finalize-dist: {}", crate::commands::precache::describe(&report.precache, &loaded));
    println!("finalize-dist: installable app: {}", report.install_files.join(", "));
    if !report.manifest_linked {
        println!("finalize-dist: note: index.html has no <link rel=\"manifest\">, so the app cannot be installed");
    }
    match &report.noscript {
        NoscriptOutcome::Council(name) => println!("finalize-dist: <noscript> fallback with the contact of {name}"),
        NoscriptOutcome::NoBundle => println!(
            "finalize-dist: note: no data/bundle.json, so the <noscript> fallback explains without a council contact"
        ),
        NoscriptOutcome::NoElement => println!("finalize-dist: note: index.html has no <noscript>; none was written"),
    }
    Ok(ExitCode::SUCCESS)
}
