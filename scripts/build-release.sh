#!/usr/bin/env bash
# Builds the demo data bundle through the same `pollcard build` path as real council
# data, then the release app (trunk, size-optimised wasm profile, wasm-opt -Oz) into
# dist/. Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== pollcard CLI (release)"
cargo build --release --quiet -p pollcard-cli

echo "== demo data bundle -> build/data"
target/release/pollcard build --out build/data --report build/demo-report.json \
  demo/council.toml demo/stations.csv demo/addresses.csv demo/dc-survey.csv

echo "== release app -> dist/"
started=$(date +%s)
trunk build --release --offline
echo "trunk build took $(( $(date +%s) - started )) s"
