#!/usr/bin/env bash
# Builds the demo data bundle through the same `pollcard build` path as real council
# data, then the release app (trunk, size-optimised wasm profile, wasm-opt -Oz) into
# dist/. Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== pollcard CLI (release)"
cargo build --release --quiet -p pollcard-cli

echo "== demo data bundle -> build/bundle, published files -> build/data"
target/release/pollcard build --out build/bundle \
  demo/council.toml demo/stations.csv demo/addresses.csv demo/dc-survey.csv
# The integrity report is for the council's officers, not for the public site: copy
# only the bundle's own files into build/data, which trunk publishes as dist/data.
rm -rf build/data
mkdir -p build/data
cp -R build/bundle/. build/data/
rm -f build/data/report.json

echo "== release app -> dist/"
started=$(date +%s)
trunk build --release --offline
echo "trunk build took $(( $(date +%s) - started )) s"
