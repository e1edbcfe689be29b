#!/usr/bin/env bash
# Fuzzes every importer and format detection with cargo-fuzz (libFuzzer), about
# FUZZ_SECONDS (default 20) per target, and prints each target's executions. Fails on
# a crash (the input is kept in fuzz/artifacts/TARGET/). Without a nightly toolchain
# it says so and exits 0: fuzzing needs nightly, everything else does not.
#
# Usage: scripts/fuzz.sh [TARGET...]   (default: every target in fuzz/fuzz_targets)
#
# Pollcard forbids unsafe code, so the targets are built without a sanitizer (which
# would only slow them): a crash is a panic, such as a failed accounting assertion.
#
# Seeds come from the repository's fixtures (and ../shared/fixtures when present) and
# a small `pollcard synth` country, gathered at run time: no corpus is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${FUZZ_SECONDS:-20}"

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "nightly toolchain not found: fuzzing skipped"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz not installed (scripts/setup.sh installs it when nightly is present): fuzzing skipped"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seeds: small text fixtures of every format Pollcard reads.
mkdir -p "$work/seeds"
for dir in crates/pollcard-cli/tests/fixtures demo ../shared/fixtures/democracyclub ../shared/fixtures/vip; do
  [ -d "$dir" ] || continue
  find "$dir" -type f -size -16k -print0 | while IFS= read -r -d '' file; do
    cp "$file" "$work/seeds/$(printf '%s' "$file" | tr '/' '_')"
  done
done
pollcard="${CARGO_TARGET_DIR:-target}/debug/pollcard"
if [ -x "$pollcard" ] && "$pollcard" synth --addresses 140 --councils 7 --seed 5 --out "$work/synth" >/dev/null 2>&1; then
  for file in "$work"/synth/*/*; do
    cp "$file" "$work/seeds/synth_$(basename "$(dirname "$file")")_$(basename "$file")"
  done
fi
echo "seeds: $(find "$work/seeds" -type f | wc -l) files"

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(find fuzz/fuzz_targets -name '*.rs' -printf '%f\n' | sed 's/\.rs$//' | sort)
fi

# Every importer should have a target: import_<its name, other characters as _>.
if [ -x "$pollcard" ]; then
  formats=$("$pollcard" build --out "$work/x" --format '?' x 2>&1 | sed -n 's/.*the formats are: //p' | tr -d ',' || true)
  for format in $formats; do
    target="import_$(printf '%s' "$format" | tr -c 'a-z0-9' '_')"
    [ -f "fuzz/fuzz_targets/$target.rs" ] ||
      echo "warning: the importer $format has no fuzz target; copy a file in fuzz/fuzz_targets to $target.rs, change the name, and add its [[bin]] to fuzz/Cargo.toml"
  done
fi

echo "building the fuzz targets (nightly, cargo-fuzz)"
if ! (cd fuzz && cargo +nightly fuzz build -O --sanitizer none) >"$work/build.log" 2>&1; then
  tail -n 40 "$work/build.log" >&2
  echo "the fuzz targets did not build" >&2
  exit 1
fi
failed=()
printf '%-40s %12s  %s\n' target executions result
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target"
  mkdir -p "$corpus"
  cp "$work"/seeds/* "$corpus"/
  log="$work/$target.log"
  status=0
  (cd fuzz && timeout $((seconds + 600)) cargo +nightly fuzz run -O --sanitizer none "$target" "$corpus" -- \
    -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 -rss_limit_mb=2048) >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -eq 0 ]; then
    printf '%-40s %12s  %s\n' "$target" "${execs:-?}" ok
  else
    printf '%-40s %12s  %s\n' "$target" "${execs:-?}" "CRASH (exit $status)"
    grep -E "panicked at|^Test unit written|SUMMARY|ERROR: libFuzzer|error\[|error:" "$log" | head -n 12 | sed 's/^/    /'
    failed+=("$target")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzzing found crashes in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, ${seconds} s each, no crash"
