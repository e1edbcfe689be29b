#!/usr/bin/env bash
# Installs everything, builds the demo bundle and the release app, and serves Pollcard
# on http://127.0.0.1:8080 with the production headers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-release.sh
exec "${CARGO_TARGET_DIR:-target}/release/pollcard" serve dist --port "${PORT:-8080}"
