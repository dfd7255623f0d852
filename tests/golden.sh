#!/usr/bin/env bash
# Golden end-to-end tests: each tests/golden/NAME.txt (or .html) beside its
# expected graph NAME.nt, compared as graphs (sorted N-Triples; attache
# writes no blank nodes). Set ATTACHE_UPDATE_GOLDEN=1 to rewrite them.
set -u
bin=$1
src=$2
dir=$src/tests/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for doc in "$dir"/*.txt "$dir"/*.html; do
  [ -e "$doc" ] || continue
  name=${doc%.*}
  opts=()
  [ -f "$name.date" ] && opts+=(--date "$(cat "$name.date")")
  "$bin" -q extract "${opts[@]}" --format ntriples "$doc" | LC_ALL=C sort -u >"$tmp/got.nt"
  if [ "${ATTACHE_UPDATE_GOLDEN:-0}" = 1 ]; then cp "$tmp/got.nt" "$name.nt"; fi
  LC_ALL=C sort -u "$name.nt" >"$tmp/want.nt"
  if cmp -s "$tmp/got.nt" "$tmp/want.nt"; then pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $(basename "$doc")"
    diff "$tmp/want.nt" "$tmp/got.nt" | head -20
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
