//! Pins the publisher keys the app trusts into the wasm at compile time, from the
//! build configuration (`pollcard-build.toml`, or the file `POLLCARD_BUILD_CONFIG`
//! names). The same file gives the service worker its keys (`pollcard precache`), and
//! a release build that would trust the demo key fails here.

use std::path::PathBuf;
use std::{env, fs};

use pollcard_core::release::build_config::{BuildConfig, BUILD_CONFIG_ENV, BUILD_CONFIG_FILE};

fn main() {
    println!("cargo:rerun-if-env-changed={BUILD_CONFIG_ENV}");
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let path = match env::var_os(BUILD_CONFIG_ENV) {
        Some(path) => manifest_dir.join(path),
        None => manifest_dir.join(BUILD_CONFIG_FILE),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read the build configuration {}: {error}", path.display()));
    let config =
        BuildConfig::from_toml(&text).unwrap_or_else(|error| panic!("build configuration {}: {error}", path.display()));

    let keys: Vec<String> = config.trusted_keys.iter().map(|key| format!("{key:?}")).collect();
    let generated = format!(
        "/// The publisher keys this build trusts (current, then next), from {}.\n\
         pub const TRUSTED_KEYS: &[[u8; 32]] = &[{}];\n",
        path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
        keys.join(", ")
    );
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("trusted_keys.rs");
    fs::write(&out, generated).unwrap_or_else(|error| panic!("cannot write {}: {error}", out.display()));
}
