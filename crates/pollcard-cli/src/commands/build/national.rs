//! `pollcard build --out DIR --councils ROOT [--shard area|council]`: a national
//! bundle from one folder per council.
//!
//! Each folder under ROOT holds one council's inputs, exactly what a single-council
//! build takes (its `council.toml` and export files, and its ballots, candidates,
//! ward mapping and timetable adjustments when it has elections: those become its
//! own `elections/{COUNCIL}.{hash}.json`). Councils are read one at a time, in order
//! of folder name, through the same import pipeline and report as a single-council
//! build; each council's report is written to `DIR/reports/`.
//! Addresses are parked on disk by postcode area (see [`super::spill`]) and each area
//! becomes its shards once every council has been read, so memory holds one council
//! or one area at a time. With `--shard council` each council's shards are written as
//! soon as it has been read. Any fatal problem in any council stops the build after
//! every council has been checked, and no bundle is written.
//!
//! Councils are imported on every core at once ([`Imports`]) but handed to the
//! bundle in folder order, so the output is the same however the threads ran.
//!
//! The bundle is assembled in `DIR.partial` and moved into place only when complete.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::Instant;

use anyhow::{bail, Context};
use pollcard_core::bundle::national::{NationalBuilder, ShardAddress, ShardBy};
use pollcard_core::bundle::{BundleFile, BundleWriter};
use pollcard_core::import::{import_owned, FormatOverride, ImportOutcome, InputFile, Severity};
use pollcard_core::model::Address;
use pollcard_core::postcode::Postcode;

use super::output::write_atomically;
use super::spill::Spill;
use super::EXIT_FATAL;

/// What a national build was asked to do.
#[derive(Debug)]
pub struct NationalBuild<'a> {
    pub out: &'a Path,
    pub root: &'a Path,
    pub shard_by: ShardBy,
    pub formats: &'a [FormatOverride],
    /// `--previous`: the national bundle of the last election.
    pub previous: Option<&'a Path>,
}

/// Figures for the summary line (and the benchmark).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct NationalSummary {
    pub councils: usize,
    pub stations: usize,
    pub addresses: usize,
    /// Records read from every input file.
    pub records: u64,
    pub failed_councils: Vec<String>,
}

pub fn run(build: &NationalBuild<'_>) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let summary = build_national(build)?;
    let seconds = started.elapsed().as_secs_f64();
    if !summary.failed_councils.is_empty() {
        eprintln!(
            "pollcard: national build stopped: fatal problems in {} (see {}); no bundle written",
            summary.failed_councils.join(", "),
            build.out.join("reports").display()
        );
        return Ok(ExitCode::from(EXIT_FATAL));
    }
    eprintln!(
        "pollcard: built {} ({} councils, {} stations, {} addresses from {} records, {:.1} s; reports in {})",
        build.out.display(),
        summary.councils,
        summary.stations,
        summary.addresses,
        summary.records,
        seconds,
        build.out.join("reports").display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Builds the bundle; the caller reports the outcome.
pub fn build_national(build: &NationalBuild<'_>) -> anyhow::Result<NationalSummary> {
    let folders = council_folders(build.root)?;
    if folders.is_empty() {
        bail!("{} holds no council folders (one folder per council, each with its council.toml)", build.root.display());
    }
    // Read first, so that an unusable previous bundle stops the build before anything.
    let mut previous = build
        .previous
        .map(|path| super::previous::NationalPrevious::open(path, sibling(build.out, "previous")))
        .transpose()?;
    let staging = sibling(build.out, "partial");
    let reports = build.out.join("reports");
    reset_folder(&staging)?;
    fs::create_dir_all(&reports).with_context(|| format!("could not create {}", reports.display()))?;
    let mut spill = Spill::new(sibling(build.out, "spill")).context("could not create the temporary address folder")?;
    let mut builder: Option<NationalBuilder> = None;
    let mut summary = NationalSummary::default();

    let imports = Imports::start(&folders, build.formats);
    // Each council's addresses are freed on a thread of their own once parked: freeing
    // millions of small strings was a tenth of the main thread's work, and the main
    // thread is the one the import threads wait for.
    let (freed, to_free) = mpsc::channel::<Vec<(Postcode, Address)>>();
    let freeing = thread::spawn(move || to_free.into_iter().for_each(drop));
    for (folder, imported) in folders.iter().zip(imports) {
        let name = folder.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let outcome = imported?;
        let report_path = reports.join(format!("{name}.json"));
        write_atomically(&report_path, &outcome.report.to_json())
            .with_context(|| format!("could not write {}", report_path.display()))?;
        summary.records += outcome.report.files().iter().map(|file| file.records_read()).sum::<u64>();
        let Some(bundle) = outcome.bundle else {
            let fatal = outcome.report.count(Severity::Fatal);
            eprintln!("pollcard: {name}: {fatal} fatal problem(s), see {}", report_path.display());
            summary.failed_councils.push(name);
            continue;
        };
        let builder = builder.get_or_insert_with(|| NationalBuilder::new(build.shard_by, bundle.fictional));
        if bundle.fictional != builder.fictional {
            bail!(
                "{name}: its council file says fictional = {}, unlike the councils before it; a bundle is all \
                 fictional or all real",
                bundle.fictional
            );
        }
        summary.addresses += bundle.addresses.len();
        summary.stations += bundle.stations.len();
        summary.councils += 1;
        if let Some(previous) = previous.as_mut() {
            previous
                .compare(&bundle, &mut builder.station_changed)
                .with_context(|| format!("{name}: could not compare with the previous bundle"))?;
        }
        let addresses = add_council(builder, &mut spill, &staging, &name, bundle)?;
        // If the thread has stopped, the addresses come back and are freed here.
        freed.send(addresses).ok();
    }
    drop(freed);
    freeing.join().ok();

    let Some(mut builder) = builder.filter(|_| summary.failed_councils.is_empty()) else {
        spill.remove().ok();
        fs::remove_dir_all(&staging).ok();
        return Ok(summary);
    };
    if let (Some(previous), Some(path)) = (previous, build.previous) {
        previous.finish(path);
    }
    let mut buffer = Vec::new();
    for area in spill.finish_writing().context("could not write the temporary address files")? {
        let text = spill.take(&area, buffer).with_context(|| format!("could not read back the {area} addresses"))?;
        let addresses = text.addresses().with_context(|| format!("could not read back the {area} addresses"))?;
        let shard = builder.shard(&area, addresses);
        write_file(&staging, &shard.lookup)?;
        write_file(&staging, &shard.address_list)?;
        // The next area's list and file are read and written into the same memory.
        builder.give_back(shard.address_list.bytes);
        buffer = text.into_buffer();
    }
    spill.remove().context("could not remove the temporary address folder")?;
    write_files(&staging, builder.finish())?;
    replace_bundle(&staging, build.out)?;
    Ok(summary)
}

/// Councils imported on every core at once, handed over in folder order (so the
/// output never depends on which thread finished first). At most a few councils'
/// data wait in memory at once.
struct Imports {
    results: mpsc::Receiver<(usize, anyhow::Result<ImportOutcome>)>,
    waiting: BTreeMap<usize, anyhow::Result<ImportOutcome>>,
    next: usize,
    total: usize,
}

impl Imports {
    fn start(folders: &[PathBuf], formats: &[FormatOverride]) -> Imports {
        let workers = thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
        let (sender, results) = mpsc::sync_channel(workers);
        let queue = Arc::new(Mutex::new(folders.iter().cloned().enumerate().collect::<Vec<_>>().into_iter()));
        for _ in 0..workers {
            let (queue, sender, formats) = (Arc::clone(&queue), sender.clone(), formats.to_vec());
            thread::spawn(move || loop {
                let next = queue.lock().ok().and_then(|mut queue| queue.next());
                let Some((number, folder)) = next else { break };
                let outcome = read_inputs(&folder).map(|inputs| import_owned(inputs, &formats));
                if sender.send((number, outcome)).is_err() {
                    break;
                }
            });
        }
        Imports { results, waiting: BTreeMap::new(), next: 0, total: folders.len() }
    }
}

impl Iterator for Imports {
    type Item = anyhow::Result<ImportOutcome>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.next == self.total {
            return None;
        }
        while !self.waiting.contains_key(&self.next) {
            match self.results.recv() {
                Ok((number, outcome)) => {
                    self.waiting.insert(number, outcome);
                }
                Err(_) => return Some(Err(anyhow::anyhow!("a council import thread stopped unexpectedly"))),
            }
        }
        let outcome = self.waiting.remove(&self.next);
        self.next += 1;
        outcome
    }
}

/// Registers a council's stations and sends its addresses to their shard; gives the
/// addresses back, to be freed off the main thread.
fn add_council(
    builder: &mut NationalBuilder,
    spill: &mut Spill,
    staging: &Path,
    name: &str,
    bundle: BundleWriter,
) -> anyhow::Result<Vec<(Postcode, Address)>> {
    let council_id = bundle.council.id.clone();
    let Some(council) = builder.table.add_council(bundle.council, bundle.stations) else {
        bail!("{name}: council id {council_id:?} is used by an earlier council folder; every council needs its own id");
    };
    let mut districts = bundle.districts;
    let bounds =
        pollcard_core::bundle::national::bounds(districts.iter().filter_map(|district| district.boundary.as_ref()));
    if let Some(boundaries) = pollcard_core::bundle::take_boundaries(&council_id, &mut districts) {
        builder.add_district_boundaries(&council_id, boundaries.path.clone(), bounds);
        builder.add_district_stations(&council_id, &districts);
        write_files(staging, [boundaries])?;
    }
    if let Some(elections) = &bundle.elections {
        let file = elections.national_file(&council_id);
        builder.add_elections(&council_id, file.path.clone());
        write_files(staging, [file])?;
    }
    let mut shard = Vec::new();
    // The texts are borrowed: an address is copied once, into the spill.
    // Neighbouring addresses mostly share a station, so the last one's number is
    // kept rather than hashing its id again for every address.
    let mut last: Option<(&str, Option<u32>)> = None;
    for (postcode, address) in &bundle.addresses {
        let station = address.station_id.as_ref().and_then(|id| match last {
            Some((known, number)) if known == id.as_str() => number,
            _ => {
                let number = builder.table.station_number(council, id.as_str());
                last = Some((id.as_str(), number));
                number
            }
        });
        let record = ShardAddress {
            postcode: Cow::Borrowed(postcode.compact()),
            uprn: Cow::Borrowed(&address.uprn),
            label: Cow::Borrowed(&address.label),
            council,
            station,
        };
        match builder.shard_by {
            ShardBy::Area => spill.push(postcode.area(), &record).context("could not park addresses on disk")?,
            ShardBy::Council => shard.push(record),
        }
    }
    if builder.shard_by == ShardBy::Council {
        let built = builder.shard(&council_id, shard);
        write_files(staging, [built.lookup, built.address_list])?;
    }
    Ok(bundle.addresses)
}

/// The council folders under `root`, in order of name (hidden ones skipped).
fn council_folders(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let entries =
        fs::read_dir(root).with_context(|| format!("could not list the council folders in {}", root.display()))?;
    let mut folders = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("could not list {}", root.display()))?;
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if !hidden && entry.file_type().is_ok_and(|kind| kind.is_dir()) {
            folders.push(entry.path());
        }
    }
    folders.sort();
    Ok(folders)
}

/// Every (non-hidden) file in a council folder, in order of name.
fn read_inputs(folder: &Path) -> anyhow::Result<Vec<InputFile>> {
    let mut paths = Vec::new();
    for entry in fs::read_dir(folder).with_context(|| format!("could not list {}", folder.display()))? {
        let entry = entry.with_context(|| format!("could not list {}", folder.display()))?;
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if !hidden && entry.file_type().is_ok_and(|kind| kind.is_file()) {
            paths.push(entry.path());
        }
    }
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|path| InputFile::new(path.display().to_string(), fs::read(&path).map_err(|error| error.to_string())))
        .collect())
}

fn write_files(root: &Path, files: impl IntoIterator<Item = BundleFile>) -> anyhow::Result<()> {
    for file in files {
        write_file(root, &file)?;
    }
    Ok(())
}

fn write_file(root: &Path, file: &BundleFile) -> anyhow::Result<()> {
    let relative = Path::new(&file.path);
    if !relative.components().all(|component| matches!(component, Component::Normal(_))) {
        bail!("refusing to write the bundle file {:?}: it is not a plain relative path", file.path);
    }
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
    }
    fs::write(&path, &file.bytes).with_context(|| format!("could not write {}", path.display()))
}

/// `DIR.suffix`, beside `DIR`.
fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let mut name = out.file_name().map(|name| name.to_os_string()).unwrap_or_else(|| "bundle".into());
    name.push(format!(".{suffix}"));
    out.with_file_name(name)
}

fn reset_folder(folder: &Path) -> anyhow::Result<()> {
    if folder.exists() {
        fs::remove_dir_all(folder).with_context(|| format!("could not clear {}", folder.display()))?;
    }
    fs::create_dir_all(folder).with_context(|| format!("could not create {}", folder.display()))
}

/// Moves the finished bundle into `out`, keeping `out/reports`: the bundle's own
/// folders and index are replaced whole.
fn replace_bundle(staging: &Path, out: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(out).with_context(|| format!("could not create {}", out.display()))?;
    for name in ["bundle.json", "lookup", "addresses", "stations", "districts", "elections", "postcodes"] {
        let old = out.join(name);
        if old.is_dir() {
            fs::remove_dir_all(&old).with_context(|| format!("could not remove the old {}", old.display()))?;
        } else if old.exists() {
            fs::remove_file(&old).with_context(|| format!("could not remove the old {}", old.display()))?;
        }
    }
    // Folders first, the index last: a server previewing `out` never sees an index
    // naming shards that are not there yet.
    for name in ["stations", "districts", "elections", "lookup", "addresses", "bundle.json"] {
        let from = staging.join(name);
        if from.exists() {
            fs::rename(&from, out.join(name))
                .with_context(|| format!("could not move {} into place", from.display()))?;
        }
    }
    fs::remove_dir_all(staging).with_context(|| format!("could not remove {}", staging.display()))
}
