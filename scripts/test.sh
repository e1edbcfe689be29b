#!/usr/bin/env bash
# Runs every check CI runs: set-up, formatting, lints, the native tests (pollcard-core
# and the CLI end to end), the demo data check, fuzzing (with a nightly toolchain), the release build, the
# size report and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n== %s\n' "$*"; }
started=$(date +%s)

bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets) and (app on wasm32)"
cargo clippy --workspace --all-targets --all-features -- -D warnings
cargo clippy -p pollcard --target wasm32-unknown-unknown -- -D warnings

step "source rules: no inline style attributes or <style> elements"
bash scripts/check-source-rules.sh

if [ -d ../shared/fixtures ]; then
  echo "../shared/fixtures present: the shared-fixture test layer runs too"
else
  echo "../shared/fixtures not present: the shared-fixture test layer will report itself skipped"
fi

step "native tests (pollcard-core, pollcard CLI end to end)"
cargo test --workspace --all-features

step "demo data: build with the CLI, check every test postcode against demo/expected.json"
cargo build --quiet -p pollcard-cli
python3 demo/verify.py --pollcard "${CARGO_TARGET_DIR:-target}/debug/pollcard"

step "fuzzing (cargo fuzz, ~8 s per target)"
# A smoke run that keeps the suite well inside CI's time: every target starts from
# the fixtures' seeds, so 8 s reaches past parsing into each importer's checks.
# Longer runs: FUZZ_SECONDS=300 bash scripts/fuzz.sh [TARGET...].
FUZZ_SECONDS="${FUZZ_SECONDS:-8}" bash scripts/fuzz.sh

step "release build"
bash scripts/build-release.sh

step "app shell size (gzip -9)"
bash scripts/size-report.sh dist

step "browser tests (Playwright in Debian Chromium, axe)"
# Every test has its own time limit; this bound is for the run as a whole, so a
# process that failed to exit can never hold CI until its own limit. Two files run
# at once (each has its own server on a free port and its own browser, and copies
# what it changes into a temporary folder): the accessibility matrix alone takes
# about 8 minutes, and the other files run beside it.
status=0
timeout --kill-after=30 1800 node --test --test-concurrency=2 tests/browser/ || status=$?
if [ "$status" -eq 124 ]; then
  echo "the browser tests did not finish within 30 minutes; stopped" >&2
fi
[ "$status" -eq 0 ] || exit "$status"

echo
echo "All checks passed in $(( $(date +%s) - started )) s"
