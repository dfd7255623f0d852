#!/usr/bin/env bash
# The example queries in queries/ answer as queries/NAME.expected says on
# the graph of the sample corpus (roqet, rows sorted). Set
# ATTACHE_UPDATE_QUERIES=1 to rewrite the expected answers.
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" -q build "$src/corpus" -o "$tmp/out" || { echo "0 passed, 1 failed"; exit 1; }
pass=0
fail=0
for q in "$src"/queries/*.rq; do
  name=${q%.rq}
  roqet -q -i sparql -r tsv -D "$tmp/out/graph.ttl" "$q" >"$tmp/got" 2>"$tmp/err" || {
    fail=$((fail + 1)); echo "FAIL: $(basename "$q"): roqet failed"; cat "$tmp/err"; continue; }
  if [ "${ATTACHE_UPDATE_QUERIES:-0}" = 1 ]; then cp "$tmp/got" "$name.expected"; fi
  if cmp -s "$tmp/got" "$name.expected"; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: $(basename "$q")"; diff "$name.expected" "$tmp/got" | head -20; fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
