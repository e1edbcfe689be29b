//! `pollcard build --out DIR [--report PATH] [--format [PATH=]NAME] INPUT...`: council
//! data files in, a bundle folder and its integrity report out.
//!
//! Reading, checking and shaping the data all happen in `pollcard_core::import`; this
//! command reads the input files, writes what comes back, and tells the officer on
//! stderr what it did. The report is written even when the build fails, because that
//! is when the officer needs it most.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use pollcard_core::bundle::{BundleFile, BundleWriter};
use pollcard_core::bundle_diff::{self, BundleContents};
use pollcard_core::import::{import_owned, ChosenBy, FormatOverride, ImportOutcome, InputFile, Report, Severity};

mod national;
pub(crate) mod output;
mod previous;
mod spill;

/// Exit status when a fatal problem stopped the build (2 is clap's usage error).
pub(crate) const EXIT_FATAL: u8 = 3;

/// Build a data bundle from council files: council details (pollcard-council/1),
/// stations, addresses and accessibility surveys, in any order. Each file's format is
/// recognised from its content.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The folder to write the bundle, report.json and report.html into. It is replaced
    /// whole, and only when the build succeeds; a stopped build updates only the reports.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Also write the report here.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,
    /// Read inputs as this format instead of recognising it: NAME for every input, or
    /// PATH=NAME for the input given as PATH. May be repeated.
    #[arg(long = "format", value_name = "[PATH=]NAME")]
    formats: Vec<FormatOverride>,
    /// The bundle published for the last election. The new bundle records which
    /// addresses' polling station has changed since, and the app tells their voters.
    /// With --councils, a national bundle, compared council by council; without, this
    /// council's bundle or a national bundle that holds it.
    #[arg(long, value_name = "OLD_BUNDLE")]
    previous: Option<PathBuf>,
    /// The input files.
    #[arg(value_name = "INPUT", required_unless_present = "councils", conflicts_with = "councils")]
    inputs: Vec<PathBuf>,
    /// Build a national bundle from ROOT, which holds one folder per council (each with
    /// its council.toml and export files), read one council at a time.
    #[arg(long, value_name = "ROOT")]
    councils: Option<PathBuf>,
    /// How a national bundle is split: one shard per postcode area (the default), or
    /// per council.
    #[arg(long = "shard", value_name = "area|council", requires = "councils", value_parser = parse_shard_by)]
    shard_by: Option<pollcard_core::bundle::national::ShardBy>,
}

fn parse_shard_by(text: &str) -> Result<pollcard_core::bundle::national::ShardBy, String> {
    match text {
        "area" => Ok(pollcard_core::bundle::national::ShardBy::Area),
        "council" => Ok(pollcard_core::bundle::national::ShardBy::Council),
        other => Err(format!("{other:?} is not a way to shard: use area (the default) or council")),
    }
}

pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    if args.shard_by.is_some() && args.councils.is_none() {
        eprintln!("pollcard: --shard splits a national bundle; it needs --councils ROOT");
        return Ok(ExitCode::from(2));
    }
    if let Some(root) = &args.councils {
        let build = national::NationalBuild {
            out: &args.out,
            root,
            shard_by: args.shard_by.unwrap_or(pollcard_core::bundle::national::ShardBy::Area),
            formats: &args.formats,
            previous: args.previous.as_deref(),
        };
        return national::run(&build);
    }
    let inputs: Vec<InputFile> = args
        .inputs
        .iter()
        .map(|path| InputFile::new(path.display().to_string(), fs::read(path).map_err(|error| error.to_string())))
        .collect();
    // Read first, so that an unusable previous bundle stops the build before anything.
    let mut previous = args.previous.as_deref().map(previous::CouncilPrevious::open).transpose()?;
    let outcome = import_owned(inputs, &args.formats);
    log_files(&outcome.report);

    // The report goes out even when the build stopped or writing the bundle failed,
    // because that is when the officer needs it most; a stopped build leaves the
    // previous bundle untouched beside it.
    let reports = report_files(&outcome.report);
    let bundle_written = match &outcome.bundle {
        Some(bundle) => {
            let mut files = bundle.files();
            if let (Some(old), Some(path)) = (previous.take(), args.previous.as_deref()) {
                record_changes_since(&old.of(&bundle.council)?, path, &mut files)?;
            }
            files.extend(reports.iter().cloned());
            output::replace_folder(&args.out, &files)
        }
        None => Ok(()),
    };
    if outcome.bundle.is_none() || bundle_written.is_err() {
        output::write_beside(&args.out, &reports)?;
    }
    let report_path = args.out.join("report.json");
    if let Some(extra) = args.report.as_deref() {
        write_report_copy(&outcome.report, extra)?;
    }
    bundle_written.with_context(|| format!("could not write the bundle to {}", args.out.display()))?;

    eprintln!("pollcard: {}", summary(&outcome, &args.out, &report_path));
    Ok(if outcome.bundle.is_some() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_FATAL) })
}

/// `--previous`: records in the new bundle's shards which addresses' station changed
/// since `old`, and says how many on stderr.
fn record_changes_since(old: &BundleContents, path: &Path, files: &mut [BundleFile]) -> anyhow::Result<()> {
    let new = bundle_diff::contents_of(files).context("could not read back the new bundle")?;
    let diff = bundle_diff::diff(old, &new);
    let changed = diff.voters_sent_elsewhere(old, &new);
    let recorded = bundle_diff::record_station_changes(files, &changed).context("could not record the changes")?;
    eprintln!(
        "pollcard: compared with {}: {} whose polling station has changed ({} moved more than 50 m); \
         `pollcard diff` lists every change",
        path.display(),
        plural(recorded, "address", "addresses"),
        plural(diff.stations.moved.len(), "station", "stations"),
    );
    Ok(())
}

/// `report.json` and `report.html`, as files for an output folder.
pub(crate) fn report_files(report: &Report) -> Vec<BundleFile> {
    vec![
        BundleFile { path: "report.json".to_owned(), bytes: report.to_json() },
        BundleFile { path: "report.html".to_owned(), bytes: report.to_html().into_bytes() },
    ]
}

/// Says which format each file was read as, and prints fatal problems in full.
pub(crate) fn log_files(report: &Report) {
    for file in report.files() {
        let mut details: Vec<&str> = Vec::new();
        if let Some(chosen_by) = file.chosen_by {
            details.push(match chosen_by {
                ChosenBy::Content => "recognised from its content",
                ChosenBy::Override => "named by --format",
            });
        }
        details.extend(file.encoding);
        details.extend(file.delimiter.map(|delimiter| delimiter.describe()));
        let details = if details.is_empty() { String::new() } else { format!(" ({})", details.join(", ")) };
        if file.chosen_by.is_some() {
            eprintln!("pollcard: {}: read as {}{details}", file.path, file.format);
        } else {
            eprintln!("pollcard: {}: not read{details}", file.path);
        }
    }
    for problem in report.problems().into_iter().filter(|problem| problem.severity == Severity::Fatal) {
        let place = match (&problem.file, problem.line) {
            (Some(file), Some(line)) => format!("{file}:{line}: "),
            (Some(file), None) => format!("{file}: "),
            _ => String::new(),
        };
        eprintln!("pollcard: fatal: {place}{} ({})", problem.message, problem.code.key());
        eprintln!("pollcard:   fix: {}", problem.suggested_fix);
    }
}

/// `--report PATH`: a copy of `report.json` somewhere else.
fn write_report_copy(report: &Report, path: &Path) -> anyhow::Result<()> {
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
    }
    output::write_atomically(path, &report.to_json())
        .with_context(|| format!("could not write the report to {}", path.display()))
}

pub(crate) fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The one-line summary: files, addresses, stations, errors, warnings.
fn summary(outcome: &ImportOutcome, out: &Path, report_path: &Path) -> String {
    let report = &outcome.report;
    let files = plural(report.files().len(), "file", "files");
    let errors = plural(report.count(Severity::Error), "error", "errors");
    let warnings = plural(report.count(Severity::Warning), "warning", "warnings");
    match &outcome.bundle {
        Some(BundleWriter { addresses, stations, .. }) => format!(
            "built {} from {files}: {}, {}, {errors}, {warnings} (report: {})",
            out.display(),
            plural(addresses.len(), "address", "addresses"),
            plural(stations.len(), "station", "stations"),
            report_path.display()
        ),
        None => format!(
            "build stopped by {}; no bundle written ({files}, {errors}, {warnings}; report: {})",
            plural(report.count(Severity::Fatal), "fatal problem", "fatal problems"),
            report_path.display()
        ),
    }
}
