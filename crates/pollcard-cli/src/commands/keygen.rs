//! `pollcard keygen --out DIR [--name NAME]`: a new Ed25519 key pair for signing
//! releases. `NAME.key` holds the private seed (hex, readable by its owner only) and
//! must stay offline with the publisher; `NAME.pub` holds the public key (hex) that
//! app builds trust. The randomness comes from the operating system, here at the
//! edge: `pollcard-core` only ever turns a given seed into a key.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use pollcard_core::release::{hex, public_key_from_seed};

/// Make a key pair for signing releases.
#[derive(Debug, clap::Args)]
pub struct KeygenArgs {
    /// The folder to write `NAME.key` and `NAME.pub` into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The key pair's file name, without extension.
    #[arg(long, value_name = "NAME", default_value = "publisher")]
    name: String,
}

pub fn run(args: KeygenArgs) -> anyhow::Result<ExitCode> {
    if args.name.is_empty() || args.name.contains(['/', '\\']) || args.name.starts_with('.') {
        bail!("--name {:?} must be a plain file name", args.name);
    }
    fs::create_dir_all(&args.out).with_context(|| format!("cannot create {}", args.out.display()))?;
    let private_path = args.out.join(format!("{}.key", args.name));
    let public_path = args.out.join(format!("{}.pub", args.name));
    // Check both first, so a refusal never leaves half a key pair behind.
    for path in [&private_path, &public_path] {
        if path.exists() {
            bail!("{} already exists: refusing to overwrite a key", path.display());
        }
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|error| anyhow::anyhow!("the operating system gave no randomness: {error}"))?;
    write_new(&private_path, &format!("{}\n", hex::encode(&seed)), true)?;
    let public_key = hex::encode(&public_key_from_seed(&seed));
    write_new(&public_path, &format!("{public_key}\n"), false)?;
    println!("keygen: wrote {} (private: keep it offline) and {}", private_path.display(), public_path.display());
    println!("public key: {public_key}");
    Ok(ExitCode::SUCCESS)
}

/// Reads a `.key` or `.pub` file: 64 lower-case hex digits, optionally a newline.
pub fn read_key_file(path: &Path) -> anyhow::Result<[u8; 32]> {
    let text = fs::read_to_string(path).with_context(|| format!("cannot read the key file {}", path.display()))?;
    hex::decode_array(text.trim_end_matches('\n'))
        .with_context(|| format!("{} is not a key file (expected 64 lower-case hex digits)", path.display()))
}

fn write_new(path: &Path, contents: &str, private: bool) -> anyhow::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if private { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut file = options.open(path).with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(contents.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
}
