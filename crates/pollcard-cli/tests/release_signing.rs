//! `pollcard keygen`, `sign` and `verify` end to end, on small release folders built
//! in temporary directories: a good release verifies; a flipped byte, an edited
//! manifest, a replayed older release, an expired one and a tampered log are each
//! refused with exit 4 and their own message; signing is byte-for-byte repeatable.

mod build_support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use build_support::DEMO_RELEASE_DETAILS;

const CREATED: &str = "2026-04-01T00:00:00Z";
const DURING: &str = "2026-04-15T00:00:00Z";
const AFTER_EXPIRY: &str = "2026-07-01T00:00:00Z";

fn pollcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pollcard"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run pollcard")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// A key pair and a small release folder: an app shell, data, and host config.
struct Fixture {
    root: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        let fixture = Fixture { root };
        let out = pollcard(&["keygen", "--out", s(&fixture.keys()), "--name", "council"]);
        assert!(out.status.success(), "{}", text(&out));
        fixture.write_release(&fixture.release(), "1");
        fixture
    }

    fn keys(&self) -> PathBuf {
        self.root.path().join("keys")
    }

    fn key(&self) -> PathBuf {
        self.keys().join("council.key")
    }

    fn public(&self) -> PathBuf {
        self.keys().join("council.pub")
    }

    fn release(&self) -> PathBuf {
        self.root.path().join("release")
    }

    fn write_release(&self, dir: &Path, data_version: &str) {
        fs::create_dir_all(dir.join("postcodes")).expect("mkdir");
        fs::write(dir.join("index.html"), "<!doctype html><title>Pollcard</title>\n").expect("write");
        fs::write(dir.join("bundle.json"), format!("{{\"version\":{data_version}}}\n")).expect("write");
        fs::write(dir.join("postcodes/AA.json"), "{\"area\":\"AA\",\"postcodes\":{}}\n").expect("write");
        fs::write(dir.join("_headers"), "/*\n  X-Content-Type-Options: nosniff\n").expect("write");
        fs::write(dir.join("nginx-pollcard.conf"), "# host config\n").expect("write");
    }

    fn sign(&self, dir: &Path, version: &str, extra: &[&str]) -> Output {
        let key = self.key();
        let mut args = vec!["sign", s(dir), "--key", s(&key), "--bundle-version", version, "--created", CREATED];
        args.extend(DEMO_RELEASE_DETAILS);
        args.extend_from_slice(extra);
        pollcard(&args)
    }

    fn verify(&self, dir: &Path, extra: &[&str]) -> Output {
        let public = self.public();
        let mut args = vec!["verify", s(dir), "--public-key", s(&public)];
        if !extra.contains(&"--now") {
            args.extend_from_slice(&["--now", DURING]);
        }
        args.extend_from_slice(extra);
        pollcard(&args)
    }
}

fn assert_signed(output: &Output) {
    assert!(output.status.success(), "{}", text(output));
}

fn assert_invalid(output: &Output, expected: &str) {
    assert_eq!(output.status.code(), Some(4), "{}", text(output));
    assert!(text(output).contains(expected), "expected {expected:?} in:\n{}", text(output));
}

#[test]
fn keygen_writes_a_private_key_only_its_owner_can_read_and_never_overwrites() {
    let fixture = Fixture::new();
    let private = fs::read_to_string(fixture.key()).expect("key");
    assert_eq!(private.trim_end().len(), 64);
    assert_eq!(fs::read_to_string(fixture.public()).expect("pub").trim_end().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(fixture.key()).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = pollcard(&["keygen", "--out", s(&fixture.keys()), "--name", "council"]);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again));
    assert!(text(&again).contains("refusing to overwrite"));
    assert_eq!(fs::read_to_string(fixture.key()).expect("key"), private);
}

#[test]
fn a_signed_release_verifies_and_lists_every_file_but_host_config() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    let output = fixture.verify(&fixture.release(), &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("is a valid release"), "{}", text(&output));
    let manifest = fs::read_to_string(fixture.release().join("release.json")).expect("manifest");
    for listed in ["\"bundle.json\"", "\"index.html\"", "\"postcodes/AA.json\""] {
        assert!(manifest.contains(listed), "{manifest}");
    }
    for unlisted in ["_headers", "nginx-pollcard.conf", "release.sig", "publication-log.json"] {
        assert!(!manifest.contains(unlisted), "{manifest}");
    }
}

#[test]
fn a_flipped_byte_in_a_file_is_named() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    let path = fixture.release().join("postcodes/AA.json");
    let mut bytes = fs::read(&path).expect("read");
    bytes[3] ^= 0x01;
    fs::write(&path, bytes).expect("write");
    assert_invalid(&fixture.verify(&fixture.release(), &[]), "postcodes/AA.json: the contents do not match");
}

#[test]
fn missing_and_unlisted_files_are_reported() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    fs::remove_file(fixture.release().join("index.html")).expect("remove");
    fs::write(fixture.release().join("postcodes/ZZ.json"), "{}").expect("write");
    let output = fixture.verify(&fixture.release(), &[]);
    assert_invalid(&output, "index.html: listed in the release manifest but missing");
    assert_invalid(&output, "postcodes/ZZ.json: not listed in the release manifest");
}

#[test]
fn an_edited_manifest_has_a_bad_signature() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    let path = fixture.release().join("release.json");
    let edited = fs::read_to_string(&path).expect("read").replace("\"bundle_version\":1", "\"bundle_version\":9");
    fs::write(&path, edited).expect("write");
    assert_invalid(&fixture.verify(&fixture.release(), &[]), "release signature does not match the manifest");
}

#[test]
fn a_release_signed_by_another_key_is_untrusted() {
    let fixture = Fixture::new();
    let out = pollcard(&["keygen", "--out", s(&fixture.keys()), "--name", "stranger"]);
    assert!(out.status.success(), "{}", text(&out));
    let stranger = fixture.keys().join("stranger.key");
    let signed = pollcard(&[
        "sign",
        s(&fixture.release()),
        "--key",
        s(&stranger),
        "--bundle-version",
        "1",
        "--created",
        CREATED,
        "--expires",
        "2026-06-01T00:00:00Z",
    ]);
    assert_signed(&signed);
    assert_invalid(&fixture.verify(&fixture.release(), &[]), "which is not one of the trusted keys");
    // Trusting both the current and the next key lets keys rotate.
    let both = pollcard(&[
        "verify",
        s(&fixture.release()),
        "--public-key",
        s(&fixture.public()),
        "--public-key",
        s(&fixture.keys().join("stranger.pub")),
        "--now",
        DURING,
    ]);
    assert!(both.status.success(), "{}", text(&both));
}

#[test]
fn an_older_release_is_a_rollback() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "3", &[]));
    assert_invalid(&fixture.verify(&fixture.release(), &["--highest-seen", "4"]), "refusing to roll back");
    let same = fixture.verify(&fixture.release(), &["--highest-seen", "3"]);
    assert!(same.status.success(), "{}", text(&same));
}

#[test]
fn an_expired_release_is_refused() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    assert_invalid(
        &fixture.verify(&fixture.release(), &["--now", AFTER_EXPIRY]),
        "the release expired at 2026-05-31T00:00:00Z",
    );
}

#[test]
fn signing_again_gives_identical_bytes() {
    let fixture = Fixture::new();
    let names = ["release.json", "release.sig", "publication-log.json"];
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    let first: Vec<Vec<u8>> = names.iter().map(|name| fs::read(fixture.release().join(name)).expect("read")).collect();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    let second: Vec<Vec<u8>> = names.iter().map(|name| fs::read(fixture.release().join(name)).expect("read")).collect();
    assert_eq!(first, second);
    // SOURCE_DATE_EPOCH stands in for --created (2026-04-01T00:00:00Z).
    let copy = fixture.root.path().join("copy");
    fixture.write_release(&copy, "1");
    let by_epoch = Command::new(env!("CARGO_BIN_EXE_pollcard"))
        .args(["sign", s(&copy), "--key", s(&fixture.key()), "--bundle-version", "1", "--valid-days", "60"])
        .args(["--election", "local.demo-county.2026-05-07", "--publisher", "Demo County Council"])
        .env("SOURCE_DATE_EPOCH", "1775001600")
        .output()
        .expect("run pollcard");
    assert_signed(&by_epoch);
    let third: Vec<Vec<u8>> = names.iter().map(|name| fs::read(copy.join(name)).expect("read")).collect();
    assert_eq!(first, third);
}

#[test]
fn successive_releases_chain_in_the_log_and_a_tampered_log_is_caught() {
    let fixture = Fixture::new();
    assert_signed(&fixture.sign(&fixture.release(), "1", &[]));
    let first_log = fixture.root.path().join("log-1.json");
    fs::copy(fixture.release().join("publication-log.json"), &first_log).expect("copy log");

    let second = fixture.root.path().join("release-2");
    fixture.write_release(&second, "2");
    assert_signed(&fixture.sign(&second, "2", &["--log", s(&first_log)]));
    let output = fixture.verify(&second, &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("2 log entries"), "{}", text(&output));

    // The log refuses a version that is not newer than its last.
    let stale = fixture.sign(&second, "2", &["--log", s(&second.join("publication-log.json"))]);
    assert_eq!(stale.status.code(), Some(1), "{}", text(&stale));
    assert!(text(&stale).contains("is not newer than version 2"), "{}", text(&stale));

    let log_path = second.join("publication-log.json");
    let log = fs::read_to_string(&log_path).expect("log");
    let edited =
        log.replacen("\"created_at\": \"2026-04-01T00:00:00Z\"", "\"created_at\": \"2026-03-01T00:00:00Z\"", 1);
    assert_ne!(edited, log);
    fs::write(&log_path, edited).expect("write");
    assert_invalid(&fixture.verify(&second, &[]), "publication log entry 1 (version 2) does not follow");

    // A log that ends with some other release.
    fs::copy(&first_log, &log_path).expect("copy log");
    assert_invalid(&fixture.verify(&second, &[]), "last entry is not this release's manifest");
}

#[test]
fn bad_usage_exits_2_and_unreadable_input_exits_1() {
    let fixture = Fixture::new();
    let bad_time = fixture.verify(&fixture.release(), &["--now", "tomorrow"]);
    assert_eq!(bad_time.status.code(), Some(2), "{}", text(&bad_time));
    assert!(text(&bad_time).contains("is not a UTC time"), "{}", text(&bad_time));
    assert_eq!(pollcard(&["verify", s(&fixture.release())]).status.code(), Some(2));
    let unsigned = fixture.verify(&fixture.release(), &[]);
    assert_eq!(unsigned.status.code(), Some(1), "{}", text(&unsigned));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_in_the_release_is_refused() {
    let fixture = Fixture::new();
    std::os::unix::fs::symlink(fixture.key(), fixture.release().join("key.txt")).expect("symlink");
    let output = fixture.sign(&fixture.release(), "1", &[]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(text(&output).contains("is a symbolic link"), "{}", text(&output));
    assert!(!fixture.release().join("release.json").exists());
}
