//! `pollcard lookup` (being written).

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct LookupArgs {}

pub fn run(_args: LookupArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet available")
}
