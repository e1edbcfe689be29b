#!/usr/bin/env bash
# Installs everything Pollcard needs to build and test, on a fresh machine or an old
# one: idempotent, and it skips whatever is already present at the right version.
# Only package registries are used (rustup's dist server for the wasm target,
# crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
step() { printf '\n== %s\n' "$*"; }

step "Rust toolchain and wasm target (rust-toolchain.toml)"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
else
  echo "wasm32-unknown-unknown already installed"
fi

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
else
  echo "trunk $TRUNK_VERSION already installed"
fi

# The CLI must match the wasm-bindgen crate exactly, so read the version from Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (= Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # --locked fails for this crate: one of its pinned dependencies is gone from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
else
  echo "wasm-bindgen $WASM_BINDGEN_VERSION already installed"
fi

step "cargo-fuzz $CARGO_FUZZ_VERSION (only with a nightly toolchain, which fuzzing needs)"
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "no nightly toolchain: cargo-fuzz not installed, scripts/fuzz.sh will skip fuzzing"
elif [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
else
  echo "cargo-fuzz $CARGO_FUZZ_VERSION already installed"
fi

step "Chromium and ChromeDriver (Debian)"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
else
  echo "$(/usr/bin/chromium --version 2>/dev/null | head -n 1) already installed"
fi

step "npm packages: Playwright, axe, wasm-opt (binaryen) from package-lock.json"
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.pollcard-lock-sha256 2>/dev/null || true)" != "$lock_sum" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.pollcard-lock-sha256
else
  echo "node_modules matches package-lock.json"
fi
echo "wasm-opt: $(node_modules/.bin/wasm-opt --version)"
