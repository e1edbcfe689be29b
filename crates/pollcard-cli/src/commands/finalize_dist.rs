//! `pollcard finalize_dist` (being written).

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct FinalizeDistArgs {}

pub fn run(_args: FinalizeDistArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet available")
}
