#!/usr/bin/env bash
# Prints the gzip -9 size of every file of the release app shell in dist/ (everything
# but the data bundle, icons and host configuration files) and fails when the total
# passes the budget.
set -euo pipefail
dist=${1:-dist}
budget=$(( 160 * 1024 ))
total=0
printf '%-48s %10s %10s\n' "file (app shell)" "bytes" "gzip -9"
while IFS= read -r file; do
  raw=$(wc -c < "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$(( total + gz ))
  printf '%-48s %10d %10d\n' "${file#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" -type f ! -path "$dist/data/*" ! -path "$dist/icons/*" \
           ! -name '_headers' ! -name 'nginx-pollcard.conf' | sort)
printf '%-48s %10s %10d  (%d.%d KB of %d KB budget)\n' "TOTAL" "" "$total" \
  $(( total / 1024 )) $(( (total % 1024) * 10 / 1024 )) $(( budget / 1024 ))
if [ "$total" -gt "$budget" ]; then
  echo "FAIL: the app shell is $total bytes gzipped, over the $budget byte budget" >&2
  exit 1
fi
