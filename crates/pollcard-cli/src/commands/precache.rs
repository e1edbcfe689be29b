//! `pollcard precache [DIR]`: (re)writes the service worker's precache list after the
//! files of a release folder changed — a data-only update copies a new bundle into
//! `dist/data/`, runs this, then `pollcard sign`. `finalize-dist` does the same step
//! during the trunk build. The work is in [`crate::precache`].

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::precache::{load_build_config, write_service_worker, LoadedConfig, PrecacheReport, SERVICE_WORKER_FILE};

/// Write sw.js with every app and data file of the folder and its SHA-256, and the
/// publisher keys the build trusts.
#[derive(Debug, clap::Args)]
pub struct PrecacheArgs {
    /// The release folder (trunk's output, e.g. dist).
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// The build configuration; defaults to `$POLLCARD_BUILD_CONFIG`, else
    /// `pollcard-build.toml` here or in a parent folder.
    #[arg(long, value_name = "FILE")]
    build_config: Option<PathBuf>,
}

pub fn run(args: PrecacheArgs) -> anyhow::Result<ExitCode> {
    let loaded = load_build_config(args.build_config.as_deref())?;
    let report =
        write_service_worker(&args.dir, &loaded.config).with_context(|| format!("precache {}", args.dir.display()))?;
    println!("precache: {}", describe(&report, &loaded));
    Ok(ExitCode::SUCCESS)
}

/// One line saying what the worker keeps offline and whom it trusts.
pub fn describe(report: &PrecacheReport, loaded: &LoadedConfig) -> String {
    let deferred = match report.deferred_shards {
        0 => String::new(),
        n => format!(", {n} other postcode-area files kept after their first lookup"),
    };
    format!(
        "wrote {SERVICE_WORKER_FILE} ({} bytes, build {}): {} files ({} bytes) kept offline{deferred}; {} build trusting {} key(s) from {}",
        report.worker_bytes,
        report.build_id,
        report.files,
        report.bytes,
        match loaded.config.kind {
            pollcard_core::release::build_config::BuildKind::Demo => "demo",
            pollcard_core::release::build_config::BuildKind::Release => "release",
        },
        loaded.config.trusted_keys.len(),
        loaded.path.display()
    )
}
