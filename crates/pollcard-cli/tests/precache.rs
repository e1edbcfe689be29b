//! `pollcard precache` end to end: the service worker's precache list names every
//! release file with its SHA-256 and size and nothing else, follows any change to any
//! file, is byte-for-byte repeatable, keeps only the configured areas offline, and the
//! build configuration refuses a release build that would trust the demo key.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

const DEMO_KEY: &str = "5bf41fa342e8131cff9ca1e4bae1bba3d1bbe9af5d97ff3b747d427f1b96e2a1";
const OTHER_KEY: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

fn precache(dir: &Path, config: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pollcard"))
        .arg("precache")
        .arg(dir)
        .arg("--build-config")
        .arg(config)
        .output()
        .expect("run pollcard")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, bytes).expect("write");
}

/// A small site: app files, a two-area bundle, signing output and host config.
fn site(root: &Path) -> std::path::PathBuf {
    let dir = root.join("dist");
    write(&dir.join("index.html"), b"<!doctype html><title>Pollcard</title>");
    write(&dir.join("app-0123456789abcdef_bg.wasm"), b"\0asm");
    write(&dir.join("i18n/en.ftl"), b"service-name = Pollcard\n");
    let bundle = r#"{"format":"pollcard-bundle","format_version":1,"fictional":true,
        "council":{"id":"c","name":{"en":"C"},"nation":"wales","contact":{}},
        "stations":[],"districts":[],
        "postcode_areas":{"AA":{"path":"postcodes/AA.json","postcodes":1,"addresses":1},
                          "BB":{"path":"postcodes/BB.json","postcodes":1,"addresses":1}}}"#;
    write(&dir.join("data/bundle.json"), bundle.as_bytes());
    write(&dir.join("data/postcodes/AA.json"), b"{\"area\":\"AA\"}");
    write(&dir.join("data/postcodes/BB.json"), b"{\"area\":\"BB\"}");
    for excluded in ["release.json", "release.sig", "publication-log.json", "_headers", "nginx-pollcard.conf"] {
        write(&dir.join(excluded), b"not part of the list");
    }
    dir
}

fn config(root: &Path, body: &str) -> std::path::PathBuf {
    let path = root.join("pollcard-build.toml");
    fs::write(&path, body).expect("write config");
    path
}

/// The `BUILD` object the worker was given.
fn build_object(dir: &Path) -> serde_json::Value {
    let worker = fs::read_to_string(dir.join("sw.js")).expect("sw.js written");
    let line = worker.lines().find(|line| line.starts_with("const BUILD = ")).expect("BUILD line");
    let json = line.trim_start_matches("const BUILD = ").trim_end_matches(';');
    serde_json::from_str(json).expect("BUILD is JSON")
}

fn sha256(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

#[test]
fn lists_every_release_file_with_its_hash_and_nothing_else() {
    let root = tempfile::tempdir().expect("temp");
    let dir = site(root.path());
    let config = config(root.path(), &format!("kind = \"demo\"\ntrusted_keys = [\"{DEMO_KEY}\"]\n"));
    let out = precache(&dir, &config);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("6 files"), "{}", text(&out));
    let build = build_object(&dir);
    assert_eq!(build["kind"], "demo");
    assert_eq!(build["trusted_keys"], serde_json::json!([DEMO_KEY]));
    let listed: Vec<(String, String, u64)> = serde_json::from_value(build["precache"].clone()).expect("list");
    let paths: Vec<&str> = listed.iter().map(|(path, _, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "app-0123456789abcdef_bg.wasm",
            "data/bundle.json",
            "data/postcodes/AA.json",
            "data/postcodes/BB.json",
            "i18n/en.ftl",
            "index.html"
        ]
    );
    for (path, hash, size) in &listed {
        let bytes = fs::read(dir.join(path)).expect("file");
        assert_eq!(hash, &sha256(&bytes), "{path}");
        assert_eq!(*size, bytes.len() as u64, "{path}");
    }
    // The worker is the hand-written one, whole.
    let worker = fs::read_to_string(dir.join("sw.js")).expect("sw.js");
    assert!(worker.contains("self.addEventListener('install'"));
    assert!(!worker.contains("/*@BUILD@*/"));
}

#[test]
fn repeatable_and_changed_by_any_file() {
    let root = tempfile::tempdir().expect("temp");
    let dir = site(root.path());
    let config = config(root.path(), &format!("kind = \"demo\"\ntrusted_keys = [\"{DEMO_KEY}\"]\n"));
    assert!(precache(&dir, &config).status.success());
    let first = fs::read(dir.join("sw.js")).expect("sw.js");
    assert!(precache(&dir, &config).status.success());
    assert_eq!(fs::read(dir.join("sw.js")).expect("sw.js"), first, "same files, same worker");
    write(&dir.join("data/postcodes/BB.json"), b"{\"area\":\"BB\",\"x\":1}");
    assert!(precache(&dir, &config).status.success());
    let second = fs::read(dir.join("sw.js")).expect("sw.js");
    assert_ne!(second, first, "a data-only change changes sw.js");
}

#[test]
fn only_the_configured_areas_are_kept_at_install() {
    let root = tempfile::tempdir().expect("temp");
    let dir = site(root.path());
    let config = config(
        root.path(),
        &format!("kind = \"release\"\ntrusted_keys = [\"{OTHER_KEY}\"]\noffline_postcode_areas = [\"aa\"]\n"),
    );
    let out = precache(&dir, &config);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 other postcode-area files kept after their first lookup"), "{}", text(&out));
    let listed = build_object(&dir)["precache"].to_string();
    assert!(listed.contains("data/postcodes/AA.json") && !listed.contains("data/postcodes/BB.json"), "{listed}");

    let unknown = config_with(root.path(), "offline_postcode_areas = [\"ZZ\"]");
    let out = precache(&dir, &unknown);
    assert!(!out.status.success());
    assert!(text(&out).contains("offline_postcode_areas names \"ZZ\""), "{}", text(&out));
}

fn config_with(root: &Path, extra: &str) -> std::path::PathBuf {
    let path = root.join("other.toml");
    fs::write(&path, format!("kind = \"release\"\ntrusted_keys = [\"{OTHER_KEY}\"]\n{extra}\n")).expect("write");
    path
}

#[test]
fn a_release_build_trusting_the_demo_key_fails() {
    let root = tempfile::tempdir().expect("temp");
    let dir = site(root.path());
    let config = config(root.path(), &format!("kind = \"release\"\ntrusted_keys = [\"{DEMO_KEY}\"]\n"));
    let out = precache(&dir, &config);
    assert!(!out.status.success());
    assert!(text(&out).contains("a release build may not trust the demo key"), "{}", text(&out));
    assert!(!dir.join("sw.js").exists(), "nothing written");
}

#[test]
fn the_demo_key_constant_is_the_committed_demo_key() {
    let committed = include_str!("../../../demo/keys/demo-publisher.pub").trim();
    assert_eq!(committed, DEMO_KEY);
    assert_eq!(committed, pollcard_core_demo_key());
}

fn pollcard_core_demo_key() -> &'static str {
    pollcard_core::release::build_config::DEMO_PUBLIC_KEY_HEX
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_refused() {
    let root = tempfile::tempdir().expect("temp");
    let dir = site(root.path());
    std::os::unix::fs::symlink(dir.join("index.html"), dir.join("linked.html")).expect("symlink");
    let config = config(root.path(), &format!("kind = \"demo\"\ntrusted_keys = [\"{DEMO_KEY}\"]\n"));
    let out = precache(&dir, &config);
    assert!(!out.status.success());
    assert!(text(&out).contains("linked.html is a symbolic link"), "{}", text(&out));
}
