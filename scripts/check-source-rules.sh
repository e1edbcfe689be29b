#!/usr/bin/env bash
# The strict CSP (style-src 'self') blocks style attributes set with setAttribute and
# <style> elements, SVG ones included; inner_html would let data become markup.
# Fail if the app's sources contain any of them.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
if grep -rnE '(^|[^:a-z_])style=|<style' src index.html public style --include='*.rs' --include='*.html' --include='*.svg'; then
  echo "FAIL: style attribute or <style> element found (use classes or style:prop=)" >&2; status=1
fi
if grep -rn 'inner_html' src; then
  echo "FAIL: inner_html found: render data only as text" >&2; status=1
fi
if grep -rnE '<script[^>]*>[^<[:space:]]' index.html; then
  echo "FAIL: inline script in index.html" >&2; status=1
fi
[ "$status" = 0 ] && echo "no style attributes, <style> elements, inner_html or inline scripts in the sources"
exit "$status"
