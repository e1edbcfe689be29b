#!/usr/bin/env bash
# Checks that a deployed Pollcard sends the production headers and routing.
#
#   deploy/check-site.sh https://pollcard.example.org [DIST]
#
# The expected values come from DIST/_headers (default: dist/_headers), which
# `pollcard finalize-dist` writes from the one header table in pollcard-core, so this
# script holds no copy of the table. Needs bash and curl. Exit status 1 on any mismatch.
set -euo pipefail

site="${1:?usage: deploy/check-site.sh URL [DIST]}"
site="${site%/}"
dist="${2:-dist}"
rules="$dist/_headers"
[[ -f "$rules" ]] || { echo "no $rules: build first (trunk build runs pollcard finalize-dist)" >&2; exit 2; }

failures=0
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }

# The value of header $2 in the `_headers` rule for path $1 (exact path or folder/*).
expected() {
    awk -v path="$1" -v name="$2" '
        /^\// { rule = $0; next }
        /^  / {
            line = substr($0, 3); split(line, parts, ": ")
            if (parts[1] == name && (rule == path || (rule ~ /\*$/ && index(path, substr(rule, 1, length(rule) - 1)) == 1)))
                { sub("^[^:]*: ", "", line); print line; exit }
        }' "$rules"
}

# Fetches $1 (GET, headers only kept) into the global `headers` and `status`.
fetch() {
    headers="$(curl -s -o /dev/null -D - --max-time 20 "$site$1" | tr -d '\r')"
    status="$(head -n 1 <<<"$headers" | cut -d' ' -f2)"
}

header() { grep -i "^$1:" <<<"$headers" | head -n 1 | cut -d' ' -f2-; }

check_security() {
    local name
    for name in Content-Security-Policy X-Content-Type-Options Referrer-Policy Cross-Origin-Opener-Policy \
        Permissions-Policy Strict-Transport-Security; do
        [[ "$(header "$name")" == "$(expected "/*" "$name")" ]] || fail "$1: $name is '$(header "$name")'"
    done
}

# check PATH STATUS CACHE-CONTROL CONTENT-TYPE
check() {
    local before=$failures
    fetch "$1"
    [[ "$status" == "$2" ]] || fail "$1: status $status, expected $2"
    [[ "$(header Cache-Control)" == "$3" ]] || fail "$1: Cache-Control '$(header Cache-Control)', expected '$3'"
    [[ -z "$4" || "$(header Content-Type)" == "$4" ]] || fail "$1: Content-Type '$(header Content-Type)', expected '$4'"
    check_security "$1"
    ((failures > before)) || echo "ok   $1 $status"
}

html_cache="$(expected /index.html Cache-Control)"
html_type="$(expected /index.html Content-Type)"
check / 200 "$html_cache" "$html_type"
check /station/S1 200 "$html_cache" "$html_type"
check /cy/privacy 200 "$html_cache" "$html_type"

# The hashed files the page names (the loader, and the wasm the loader imports).
page="$(curl -s --max-time 20 "$site/")"
loader="$(grep -o '/loader-[0-9a-f]\{16\}\.js' <<<"$page" | head -n 1 || true)"
[[ -n "$loader" ]] || fail "/: no loader-<hash>.js in the page (was finalize-dist run?)"
for file in "$loader" $(cd "$dist" && ls -- *_bg.wasm 2>/dev/null | sed 's|^|/|'); do
    check "$file" 200 "$(expected "$file" Cache-Control)" "$(expected "$file" Content-Type)"
done

# A missing data file is a 404, never the app's HTML.
before=$failures
fetch /data/postcodes/ZZ.json
[[ "$status" == 404 ]] || fail "/data/postcodes/ZZ.json: status $status, expected 404"
[[ "$(header Content-Type)" != text/html* ]] || fail "/data/postcodes/ZZ.json: answered with HTML"
check_security /data/postcodes/ZZ.json
((failures > before)) || echo "ok   /data/postcodes/ZZ.json $status"

if ((failures > 0)); then
    echo "$failures check(s) failed for $site" >&2
    exit 1
fi
echo "all checks passed for $site"
