#!/usr/bin/env bash
# Prints the gzip -9 size of every file of the release app shell in dist/ (everything
# but the data bundle, icons, the release's signing files and host configuration),
# compares it with the 150 KB target, and fails when it passes the regression limit.
#
# The shell is over the target since the signed-release work (docs/offline.md,
# "Figures"): the limit stops it growing unnoticed while that is worked down.
set -euo pipefail
dist=${1:-dist}
target=$(( 150 * 1024 ))
budget=$(( 200 * 1024 ))
total=0
printf '%-48s %10s %10s\n' "file (app shell)" "bytes" "gzip -9"
while IFS= read -r file; do
  raw=$(wc -c < "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$(( total + gz ))
  printf '%-48s %10d %10d\n' "${file#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" -type f ! -path "$dist/data/*" ! -path "$dist/icons/*" \
           ! -name '_headers' ! -name 'nginx-pollcard.conf' \
           ! -name 'release.json' ! -name 'release.sig' ! -name 'publication-log.json' | sort)
printf '%-48s %10s %10d  (%d.%d KB; target %d KB, regression limit %d KB)\n' "TOTAL" "" "$total" \
  $(( total / 1024 )) $(( (total % 1024) * 10 / 1024 )) $(( target / 1024 )) $(( budget / 1024 ))
if [ "$total" -gt "$target" ]; then
  echo "NOTE: the app shell is $(( (total - target) / 1024 )) KB over the 150 KB target"
fi
if [ "$total" -gt "$budget" ]; then
  echo "FAIL: the app shell is $total bytes gzipped, over the $budget byte budget" >&2
  exit 1
fi
