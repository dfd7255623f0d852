#!/usr/bin/env bash
# The end-to-end path under valgrind: no leaks, no memory errors.
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
run() {
  valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --suppressions="$src/tests/valgrind.supp" \
    "$bin" -q "$@" >/dev/null 2>"$tmp/vg"
  local rc=$?
  if [ $rc -eq 99 ]; then fail=$((fail + 1)); echo "FAIL: valgrind: $*"; head -40 "$tmp/vg"; fi
}
run build "$src/corpus" -o "$tmp/out"
run query --store "$tmp/out/store" -f "$src/queries/who-met-whom.rq"
run query "$tmp/out/graph.nq" -e 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g' --results json
run query "$tmp/out/graph.ttl" -e 'CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }'
run query "$tmp/out/graph.ttl" -e 'SELECT * { ?s <p>/<q> ?o }'
run extract --format nquads "$src"/corpus/*.txt
printf '<html><head><title>T</title></head><body><p>Foreign minister Kristian Jensen met Sergey Lavrov.</p></body></html>' >"$tmp/a.html"
run extract "$tmp/a.html"
printf 'x\xff\xfe\n' >"$tmp/bad.txt"
run extract "$tmp/bad.txt" "$tmp/missing.txt"
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
[ $fail -eq 0 ]
