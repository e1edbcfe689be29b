//! `pollcard synth --addresses N --councils M --out ROOT [--seed S]`: writes a made-up
//! country's council exports, one folder per council (`ROOT/<council-id>/council.toml`
//! and that council's export files), for benchmarks and tests.
//!
//! Generation lives in [`crate::synth`]; this command plans the country, writes the
//! councils on every core (each council is independent, so the bytes do not depend on
//! the order they finish in) and prints what it wrote and how fast.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{bail, Context};

use crate::synth::{self, CouncilPlan, CouncilTotals, FileSink, SynthOptions};

/// Write synthetic council exports in the real vendors' formats (fictional data).
#[derive(Debug, clap::Args)]
pub struct SynthArgs {
    /// Addresses in the whole country.
    #[arg(long, value_name = "N")]
    addresses: u64,
    /// Councils to spread them over.
    #[arg(long, value_name = "M")]
    councils: u32,
    /// The folder to write into: it must be empty or not exist yet.
    #[arg(long, value_name = "ROOT")]
    out: PathBuf,
    /// The same seed always writes the same bytes.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
}

/// Writes a council's files into its folder.
struct FolderSink {
    folder: PathBuf,
}

impl FileSink for FolderSink {
    fn create(&mut self, name: &str) -> io::Result<Box<dyn Write + Send>> {
        // The writers gather rows into large chunks themselves.
        Ok(Box::new(File::create(self.folder.join(name))?))
    }
}

pub fn run(args: SynthArgs) -> anyhow::Result<ExitCode> {
    if args.councils == 0 {
        bail!("--councils must be at least 1");
    }
    prepare_root(&args.out)?;
    let options = SynthOptions { addresses: args.addresses, councils: args.councils, seed: args.seed };
    let plans = synth::plan(&options);
    let started = Instant::now();
    let totals = write_councils(&plans, &args.out)?;
    let seconds = started.elapsed().as_secs_f64().max(1e-9);

    let addresses: u64 = totals.iter().map(|totals| totals.addresses).sum();
    let records: u64 = totals.iter().map(|totals| totals.records).sum();
    let stations: u64 = totals.iter().map(|totals| totals.stations).sum();
    let mut by_format: BTreeMap<&str, usize> = BTreeMap::new();
    for plan in &plans {
        *by_format.entry(plan.format.key()).or_default() += 1;
    }
    let formats: Vec<String> = by_format.iter().map(|(format, count)| format!("{format} {count}")).collect();
    let surveys = plans.iter().filter(|plan| plan.survey).count();
    eprintln!(
        "pollcard: wrote {} councils to {} (seed {}): {addresses} address rows, {stations} stations, {records} records \
         in all",
        plans.len(),
        args.out.display(),
        args.seed
    );
    eprintln!("pollcard: formats: {}; {surveys} with an accessibility survey", formats.join(", "));
    eprintln!("pollcard: {seconds:.2} s, {:.0} rows/s on {} threads", records as f64 / seconds, threads(plans.len()));
    Ok(ExitCode::SUCCESS)
}

/// Creates `root`, refusing one that already holds anything: councils from an earlier
/// run would be read along with the new ones.
fn prepare_root(root: &Path) -> anyhow::Result<()> {
    match fs::read_dir(root) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                bail!("{} is not empty; give an empty or new folder to --out", root.display());
            }
            Ok(())
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(root).with_context(|| format!("could not create {}", root.display()))
        }
        Err(error) => Err(error).with_context(|| format!("could not read {}", root.display())),
    }
}

fn threads(councils: usize) -> usize {
    std::thread::available_parallelism().map_or(1, usize::from).min(councils).max(1)
}

/// Writes every council, on as many threads as there are cores; each thread takes the
/// next council not yet started.
fn write_councils(plans: &[CouncilPlan], root: &Path) -> anyhow::Result<Vec<CouncilTotals>> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<anyhow::Result<CouncilTotals>>>> =
        Mutex::new((0..plans.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads(plans.len()) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(plan) = plans.get(index) else { break };
                let result = write_one(plan, root);
                let failed = result.is_err();
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(result);
                }
                if failed {
                    // Let the other threads stop after their current council.
                    next.store(plans.len(), Ordering::Relaxed);
                    break;
                }
            });
        }
    });
    let results = results.into_inner().map_err(|_| anyhow::anyhow!("a writer thread panicked"))?;
    results.into_iter().flatten().collect()
}

fn write_one(plan: &CouncilPlan, root: &Path) -> anyhow::Result<CouncilTotals> {
    let folder = root.join(&plan.id);
    fs::create_dir_all(&folder).with_context(|| format!("could not create {}", folder.display()))?;
    let mut sink = FolderSink { folder: folder.clone() };
    synth::write_council(plan, &mut sink).with_context(|| format!("could not write {}", folder.display()))
}
