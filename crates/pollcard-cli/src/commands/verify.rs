//! `pollcard verify DIR --public-key FILE...`: checks a signed release folder the way
//! the app will — signature by a trusted key, schema, version, expiry, then every
//! file's SHA-256 and size — plus files the manifest does not list and the
//! publication log's chain. Prints a plain summary and lists every problem.
//!
//! Exit codes: 0 valid, 4 invalid (each problem listed), 2 usage, 1 unreadable input.

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use pollcard_core::release::{
    check_adoptable, check_file, check_version, hex, open_signed, PublicationLog, ReleaseError, ReleaseSignature,
    LOG_FILE, MANIFEST_FILE, SIGNATURE_FILE,
};

use super::keygen::read_key_file;
use super::sign::{parse_time, release_files};

/// The exit code of a release that fails verification.
const INVALID: u8 = 4;

/// Verify a signed release folder.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The release folder, with release.json, release.sig and publication-log.json.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// A trusted public key file (`NAME.pub`); give the current and next key to rotate.
    #[arg(long = "public-key", value_name = "FILE", required = true)]
    public_keys: Vec<PathBuf>,
    /// The highest release version already seen; anything lower is a rollback.
    #[arg(long, value_name = "N")]
    highest_seen: Option<u64>,
    /// Check expiry at this time, YYYY-MM-DDTHH:MM:SSZ, instead of now.
    #[arg(long, value_name = "RFC3339", value_parser = parse_time)]
    now: Option<i64>,
}

pub fn run(args: VerifyArgs) -> anyhow::Result<ExitCode> {
    let trusted = args.public_keys.iter().map(|path| read_key_file(path)).collect::<anyhow::Result<Vec<_>>>()?;
    let now = match args.now {
        Some(now) => now,
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .context("the system clock is before 1970")?
            .as_secs()
            .try_into()?,
    };
    let read = |name: &str| {
        let path = args.dir.join(name);
        fs::read(&path).with_context(|| format!("cannot read {}", path.display()))
    };
    let manifest_bytes = read(MANIFEST_FILE)?;
    let signature_bytes = read(SIGNATURE_FILE)?;

    // Nothing in an unsigned or wrongly signed manifest can be trusted, so a
    // signature or schema refusal is the only problem reported.
    let manifest = match open_signed(&manifest_bytes, &signature_bytes, &trusted) {
        Ok(manifest) => manifest,
        Err(error) => return Ok(report_invalid(&args.dir, &[error.to_string()])),
    };
    let mut problems: Vec<String> = Vec::new();
    let mut note = |result: Result<(), ReleaseError>| {
        if let Err(error) = result {
            problems.push(error.to_string());
        }
    };
    note(check_version(&manifest, args.highest_seen));
    note(check_adoptable(&manifest, now));

    for entry in &manifest.files {
        let path = args.dir.join(&entry.path);
        match fs::read(&path) {
            Ok(bytes) => note(check_file(&manifest, &entry.path, &bytes)),
            Err(error) if error.kind() == ErrorKind::NotFound => {
                note(Err(ReleaseError::MissingFile { path: entry.path.clone() }))
            }
            Err(error) => return Err(error).with_context(|| format!("cannot read {}", path.display())),
        }
    }
    let listed: BTreeSet<&str> = manifest.files.iter().map(|entry| entry.path.as_str()).collect();
    for (name, _) in release_files(&args.dir)? {
        if !listed.contains(name.as_str()) {
            note(Err(ReleaseError::UnknownFile { path: name }));
        }
    }

    let log_entries = match fs::read(args.dir.join(LOG_FILE)) {
        Ok(bytes) => match PublicationLog::from_bytes(&bytes) {
            Ok(log) => {
                note(log.verify_chain(&manifest_bytes, &manifest));
                log.entries.len()
            }
            Err(error) => {
                note(Err(error));
                0
            }
        },
        Err(error) if error.kind() == ErrorKind::NotFound => {
            problems.push(format!("{LOG_FILE} is missing: the release has no publication history"));
            0
        }
        Err(error) => return Err(error).with_context(|| format!("cannot read {LOG_FILE}")),
    };

    let signer = ReleaseSignature::from_bytes(&signature_bytes).map(|s| hex::encode(&s.public_key)).unwrap_or_default();
    println!(
        "release version {} by {}, created {}, expires {}; {} files; signed by key {signer}; {log_entries} log entries",
        manifest.bundle_version,
        manifest.publisher,
        manifest.created_at,
        manifest.expires_at,
        manifest.files.len()
    );
    if problems.is_empty() {
        println!("verify: {} is a valid release", args.dir.display());
        Ok(ExitCode::SUCCESS)
    } else {
        Ok(report_invalid(&args.dir, &problems))
    }
}

fn report_invalid(dir: &std::path::Path, problems: &[String]) -> ExitCode {
    println!("verify: {} is NOT a valid release ({} problems):", dir.display(), problems.len());
    for problem in problems {
        println!("  - {problem}");
    }
    ExitCode::from(INVALID)
}
