//! `pollcard sign DIR --key FILE --bundle-version N ...`: hashes every file of a
//! release folder, writes the manifest (`release.json`), its signature
//! (`release.sig`) and the publication log (`publication-log.json`) into it.
//!
//! The output depends only on the inputs: the creation time comes from `--created` or
//! `SOURCE_DATE_EPOCH` (the wall clock only when neither is given), files are listed
//! in path order, and Ed25519 signatures are deterministic — so signing the same
//! folder again gives byte-identical files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use pollcard_core::release::{
    sha256_hex, sign_manifest, time, FileEntry, PublicationLog, ReleaseManifest, SourceInput, SourceRecord, LOG_FILE,
    MANIFEST_FILE, SIGNATURE_FILE,
};

use super::keygen::read_key_file;

/// Files at the root of a release folder that are not part of the release: the
/// signing output itself, and host configuration, which the host reads and never
/// serves.
pub const NOT_RELEASE_FILES: [&str; 5] = [MANIFEST_FILE, SIGNATURE_FILE, LOG_FILE, "_headers", "nginx-pollcard.conf"];

/// Sign a release folder: write release.json, release.sig and publication-log.json.
#[derive(Debug, clap::Args)]
pub struct SignArgs {
    /// The release folder: every app and data file, as it will be served.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// The private key file written by `pollcard keygen`.
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// This release's version: above every version published before.
    #[arg(long, value_name = "N")]
    bundle_version: u64,
    /// Creation time, YYYY-MM-DDTHH:MM:SSZ; defaults to SOURCE_DATE_EPOCH, then now.
    #[arg(long, value_name = "RFC3339", value_parser = parse_time)]
    created: Option<i64>,
    /// Expiry time, YYYY-MM-DDTHH:MM:SSZ.
    #[arg(long, value_name = "RFC3339", value_parser = parse_time, required_unless_present = "valid_days", conflicts_with = "valid_days")]
    expires: Option<i64>,
    /// Expire this many days after the creation time.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=3660))]
    valid_days: Option<u32>,
    /// An election the release covers, e.g. local.demo-county.2026-05-07 (repeatable).
    #[arg(long = "election", value_name = "ID")]
    elections: Vec<String>,
    /// Who publishes the release.
    #[arg(long, value_name = "NAME", default_value = "Pollcard")]
    publisher: String,
    /// A council's input file, recorded by name and SHA-256: COUNCIL=FILE (repeatable).
    #[arg(long = "source", value_name = "COUNCIL=FILE")]
    sources: Vec<String>,
    /// The publication log of the previous release, to extend.
    #[arg(long, value_name = "FILE")]
    log: Option<PathBuf>,
}

pub fn run(args: SignArgs) -> anyhow::Result<ExitCode> {
    let seed = read_key_file(&args.key)?;
    let created = match args.created {
        Some(created) => created,
        None => created_from_environment()?,
    };
    let expires = match (args.expires, args.valid_days) {
        (Some(expires), _) => expires,
        (None, Some(days)) => created + i64::from(days) * 86_400,
        (None, None) => bail!("give --expires or --valid-days"),
    };
    let created_at = time::format_utc(created).context("the creation time is outside 1970–9999")?;
    let expires_at = time::format_utc(expires).context("the expiry time is outside 1970–9999")?;

    let mut log = match &args.log {
        Some(path) => {
            let bytes = fs::read(path).with_context(|| format!("cannot read the log {}", path.display()))?;
            PublicationLog::from_bytes(&bytes).with_context(|| format!("{} is not a usable log", path.display()))?
        }
        None => PublicationLog::default(),
    };
    let files = release_files(&args.dir)?
        .into_iter()
        .map(|(name, path)| {
            let bytes = fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            Ok(FileEntry::of(&name, &bytes))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let manifest = ReleaseManifest::new(
        args.bundle_version,
        &created_at,
        &expires_at,
        &args.publisher,
        args.elections,
        read_sources(&args.sources)?,
        files,
    )?;
    let manifest_bytes = manifest.to_canonical_bytes();
    log.append(&manifest_bytes, &manifest)?;
    let signature = sign_manifest(&manifest_bytes, &seed);

    write(&args.dir.join(MANIFEST_FILE), &manifest_bytes)?;
    write(&args.dir.join(SIGNATURE_FILE), signature.to_text().as_bytes())?;
    write(&args.dir.join(LOG_FILE), &log.to_bytes())?;
    println!(
        "sign: release version {} of {} files, created {created_at}, expires {expires_at}; \
         wrote {MANIFEST_FILE}, {SIGNATURE_FILE} and {LOG_FILE} ({} entries)",
        manifest.bundle_version,
        manifest.files.len(),
        log.entries.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// Every file of the release under `dir`, as (`/`-separated relative path, full
/// path), sorted by relative path.
pub fn release_files(dir: &Path) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    collect(dir, "", &mut found)?;
    found.retain(|(name, _)| !NOT_RELEASE_FILES.contains(&name.as_str()));
    found.sort();
    Ok(found)
}

fn collect(dir: &Path, prefix: &str, found: &mut Vec<(String, PathBuf)>) -> anyhow::Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("cannot read the folder {}", dir.display()))? {
        let entry = entry.with_context(|| format!("cannot read the folder {}", dir.display()))?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            bail!("{} has a name that is not UTF-8, which a URL cannot carry", path.display());
        };
        let relative = format!("{prefix}{name}");
        let file_type = entry.file_type().with_context(|| format!("cannot read {}", path.display()))?;
        // A link could reach outside the folder (or loop), and a host may or may not
        // follow it, so what is served would not be what was signed.
        if file_type.is_symlink() {
            bail!("{} is a symbolic link: copy the file into the release folder instead", path.display());
        }
        if file_type.is_dir() {
            collect(&path, &format!("{relative}/"), found)?;
        } else {
            found.push((relative, path));
        }
    }
    Ok(())
}

fn read_sources(specs: &[String]) -> anyhow::Result<Vec<SourceRecord>> {
    let mut sources: Vec<SourceRecord> = Vec::new();
    for spec in specs {
        let Some((council, file)) = spec.split_once('=') else {
            bail!("--source {spec:?} must be COUNCIL=FILE");
        };
        let path = Path::new(file);
        let bytes = fs::read(path).with_context(|| format!("cannot read the source file {}", path.display()))?;
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or(file).to_owned();
        let input = SourceInput { name, sha256: sha256_hex(&bytes) };
        match sources.iter_mut().find(|source| source.council == council) {
            Some(source) => source.inputs.push(input),
            None => sources.push(SourceRecord { council: council.to_owned(), inputs: vec![input] }),
        }
    }
    Ok(sources)
}

fn created_from_environment() -> anyhow::Result<i64> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => text.trim().parse().with_context(|| format!("SOURCE_DATE_EPOCH={text:?} is not unix seconds")),
        Err(_) => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .context("the system clock is before 1970")?
            .as_secs()
            .try_into()?),
    }
}

/// Parses `YYYY-MM-DDTHH:MM:SSZ` for clap (a bad time is a usage error, exit 2).
pub fn parse_time(text: &str) -> Result<i64, String> {
    time::parse_utc(text).map_err(|error| error.to_string())
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
