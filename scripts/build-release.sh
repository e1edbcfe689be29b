#!/usr/bin/env bash
# Builds the demo data bundle through the same `pollcard build` path as real council
# data, then the release app (trunk, size-optimised wasm profile, wasm-opt -Oz) into
# dist/. Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== pollcard CLI (release)"
cargo build --release --quiet -p pollcard-cli
# Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
pollcard="${CARGO_TARGET_DIR:-target}/release/pollcard"

echo "== demo data bundle -> build/bundle, published files -> build/data"
"$pollcard" build --out build/bundle \
  demo/council.toml demo/stations.csv demo/addresses.csv demo/dc-survey.csv \
  demo/wards.csv demo/ballots.csv demo/candidates.csv demo/districts.geojson \
  demo/voting-places.csv
# The integrity report is for the council's officers, not for the public site: copy
# only the bundle's own files into build/data, which trunk publishes as dist/data.
rm -rf build/data
mkdir -p build/data
cp -R build/bundle/. build/data/
rm -f build/data/report.json build/data/report.html

echo "== release app -> dist/ (finalize-dist writes sw.js, manifests, icons, headers)"
started=$(date +%s)
trunk build --release --offline
echo "trunk build took $(( $(date +%s) - started )) s"

# Sign the demo release with the demo key (its private half is public: the demo build
# alone trusts it, see pollcard-build.toml). The creation time is the last commit's,
# so the same commit always gives byte-identical release files; the demo stays valid
# for a year from it. A council signs with its own offline key instead (docs/operations.md).
created_epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
echo "== signing the demo release (version 1, created $(date -u -d "@$created_epoch" +%Y-%m-%dT%H:%M:%SZ))"
SOURCE_DATE_EPOCH="$created_epoch" "$pollcard" sign dist \
  --key demo/keys/demo-publisher.key --bundle-version 1 --valid-days 365 \
  --publisher "Demo County Council" \
  --source demo-county=demo/council.toml --source demo-county=demo/stations.csv \
  --source demo-county=demo/addresses.csv --source demo-county=demo/dc-survey.csv \
  --source demo-county=demo/wards.csv --source demo-county=demo/ballots.csv \
  --source demo-county=demo/candidates.csv --source demo-county=demo/districts.geojson \
  --source demo-county=demo/voting-places.csv
"$pollcard" verify dist --public-key demo/keys/demo-publisher.pub
