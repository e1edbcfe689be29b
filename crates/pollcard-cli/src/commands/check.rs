//! `pollcard check [--out DIR] [--format [PATH=]NAME] INPUT...`: the same import and
//! checks as `pollcard build`, writing only the integrity report (`report.json` and
//! `report.html`) and no bundle.
//!
//! An officer runs it on a fresh export to see what would be imported, repaired or
//! rejected before anything is built or published; the exit status says whether a
//! build would stop (3, as for `build`) so scripts can gate on it.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use pollcard_core::import::{import_files, InputFile, Severity};

use super::build::output::write_beside;
use super::build::{log_files, plural, report_files, EXIT_FATAL};

/// Check council files without building: writes report.json and report.html, exits 3
/// when a fatal problem would stop a build.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The folder to write report.json and report.html into (created if needed;
    /// nothing else in it is touched).
    #[arg(long, value_name = "DIR", default_value = ".")]
    out: PathBuf,
    /// Read inputs as this format instead of recognising it: NAME for every input, or
    /// PATH=NAME for the input given as PATH. May be repeated.
    #[arg(long = "format", value_name = "[PATH=]NAME")]
    formats: Vec<pollcard_core::import::FormatOverride>,
    /// The input files.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
}

pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let inputs: Vec<InputFile> = args
        .inputs
        .iter()
        .map(|path| InputFile::new(path.display().to_string(), fs::read(path).map_err(|error| error.to_string())))
        .collect();
    let outcome = import_files(&inputs, &args.formats);
    log_files(&outcome.report);
    write_beside(&args.out, &report_files(&outcome.report))?;

    let report = &outcome.report;
    let fatal = report.count(Severity::Fatal);
    let verdict =
        if fatal == 0 { "a build would succeed".to_owned() } else { format!("a build would stop ({fatal} fatal)") };
    eprintln!(
        "pollcard: checked {}: {verdict}; {}, {} (report: {}, {})",
        plural(report.files().len(), "file", "files"),
        plural(report.count(Severity::Error), "error", "errors"),
        plural(report.count(Severity::Warning), "warning", "warnings"),
        args.out.join("report.html").display(),
        args.out.join("report.json").display(),
    );
    Ok(if fatal == 0 { ExitCode::SUCCESS } else { ExitCode::from(EXIT_FATAL) })
}
