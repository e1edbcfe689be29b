#!/usr/bin/env bash
# National-scale benchmark (not a test, not run in CI): synthesises a country with
# `pollcard synth`, builds it council by council with `pollcard build --councils`,
# and prints the figures recorded in docs/performance.md — rows per second (and per
# CPU second), peak memory, bundle size, shard sizes (median and max gzipped) and
# bytes fetched for one lookup. Native lookup latency is the criterion bench:
#   cargo bench -p pollcard-core --bench lookup
#
# Usage: scripts/bench-national.sh [ADDRESSES] [COUNCILS] [WORK_DIR]
# (defaults: 30000000 360 /tmp/pollcard-bench). The synthetic input is kept in
# WORK_DIR and reused by later runs of the same size.
set -euo pipefail
cd "$(dirname "$0")/.."
addresses="${1:-30000000}"
councils="${2:-360}"
work="${3:-/tmp/pollcard-bench}"
pollcard="${CARGO_TARGET_DIR:-target}/release/pollcard"

echo "== pollcard CLI (release)"
cargo build --release --quiet -p pollcard-cli

input="$work/councils-$addresses-$councils"
if [ ! -f "$input/.complete" ]; then
  rm -rf "$input"
  mkdir -p "$work"
  started=$(date +%s.%N)
  if "$pollcard" synth --help >/dev/null 2>&1; then
    echo "== pollcard synth --addresses $addresses --councils $councils (vendor export formats)"
    "$pollcard" synth --addresses "$addresses" --councils "$councils" --out "$input"
  else
    echo "== no pollcard synth: scripts/bench_synth_fallback.py (Pollcard's own CSV formats)"
    python3 scripts/bench_synth_fallback.py "$addresses" "$councils" "$input"
  fi
  echo "synth took $(echo "$(date +%s.%N) - $started" | bc) s ($(du -sh "$input" | cut -f1) of exports)"
  touch "$input/.complete"
fi

bundle="$work/bundle"
echo "== pollcard build --councils (council by council, one process)"
/usr/bin/time -v "$pollcard" build --out "$bundle" --councils "$input" 2>"$work/build.log" || {
  tail -20 "$work/build.log" >&2
  exit 1
}
grep '^pollcard: built' "$work/build.log"
python3 scripts/bench_national_figures.py "$bundle" "$work/build.log"
