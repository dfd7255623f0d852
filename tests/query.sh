#!/usr/bin/env bash
# attache query and the store attache build writes: the store and graph.nq
# are there and replaced whole; every example query in queries/ and a set
# of allowed query shapes answer as Oxigraph (npm, tests/node) answers;
# every construct rasqal 0.9.33 gets wrong is refused, one test each, and
# the rewrite each refusal suggests runs and answers right; errors and exit
# codes. Usage: query.sh ATTACHE SOURCE_DIR
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
node_dir="$src/tests/node"
sparql() { node "$node_dir/sparql.cjs" "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

if [ ! -d "$node_dir/node_modules/oxigraph" ]; then
  echo "FAIL: Oxigraph missing: run scripts/install-node-deps.sh"
  exit 1
fi

# ---- the build writes the store and graph.nq ---------------------------------
out="$tmp/out"
"$bin" -q build "$src/corpus" -o "$out" || { echo "FAIL: build"; exit 1; }
[ -f "$out/graph.nq" ] && [ -d "$out/store" ] && ok || bad "no graph.nq or store"
ls "$out" | grep -q 'tmp' && bad "temporary files left: $(ls "$out")" || ok
ls "$out/store"/merged-sp2o.db "$out/store"/documents-contexts.db >/dev/null 2>&1 &&
  ok || bad "store files: $(ls "$out/store")"
# a second build replaces the store in one exchange
"$bin" -q build "$src/corpus" -o "$out" && [ -d "$out/store" ] &&
  ! ls "$out" | grep -q tmp && ok || bad "rebuild: $(ls "$out")"

# agree NAME QUERY_FILE ATTACHE_ARGS... -- ORACLE_DATA...: attache's answer
# (JSON results, or Turtle for graphs) equals Oxigraph's, as sorted rows
agree() {
  local name=$1 query=$2
  shift 2
  local args=()
  while [ "$1" != "--" ]; do args+=("$1"); shift; done
  shift
  local kind=json
  grep -qiE '\b(CONSTRUCT|DESCRIBE)\b' "$query" && kind=rdf
  local results=json answer="$tmp/answer.json"
  [ $kind = rdf ] && results=turtle answer="$tmp/answer.ttl"
  if ! "$bin" query "${args[@]}" -f "$query" --results $results >"$answer" 2>"$tmp/err"; then
    bad "$name: attache query failed: $(cat "$tmp/err")"
    return
  fi
  sparql $kind "$answer" >"$tmp/got" 2>"$tmp/err" || { bad "$name: unreadable answer: $(cat "$tmp/err")"; return; }
  sparql run "$query" "$@" >"$tmp/want" 2>"$tmp/err" || { bad "$name: oxigraph: $(cat "$tmp/err")"; return; }
  if cmp -s "$tmp/got" "$tmp/want"; then ok
  else bad "$name differs from Oxigraph (< attache, > Oxigraph)"; diff "$tmp/got" "$tmp/want" | head -10; fi
}

# ---- the example queries, over the store and over the files ------------------
for q in "$src"/queries/*.rq; do
  agree "$(basename "$q") (store)" "$q" --store "$out/store" -- "$out/graph.ttl"
  agree "$(basename "$q") (graph.ttl)" "$q" "$out/graph.ttl" -- "$out/graph.ttl"
done
# the default store is output/store below the working folder
(cd "$tmp" && mkdir -p output && cp -r "$out/store" output/ &&
  "$bin" query -f "$src/queries/offices.rq" >"$tmp/table") && ok || bad "default store"
grep -q '^(1[0-9] rows)$' "$tmp/table" && head -2 "$tmp/table" | grep -q '^?person  *?role  *?of$' &&
  ok || bad "table: $(head -3 "$tmp/table")"

# ---- named graphs: which document says what ------------------------------------
q="$tmp/q.rq"
cat >"$q" <<'EOF'
PREFIX dip: <https://w3id.org/attache/ns#>
SELECT ?doc ?event WHERE { GRAPH ?doc { ?event a dip:Expulsion } }
EOF
agree "GRAPH ?doc (store)" "$q" --store "$out/store" -- "$out/graph.nq"
agree "GRAPH ?doc (graph.nq)" "$q" "$out/graph.nq" -- "$out/graph.nq"
cat >"$q" <<'EOF'
SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }
EOF
agree "quads in the store = graph.nq" "$q" --store "$out/store" -- "$out/graph.nq"
cat >"$q" <<'EOF'
SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }
EOF
agree "default graph = graph.ttl" "$q" --store "$out/store" -- "$out/graph.ttl"

# ---- allowed shapes on a small graph --------------------------------------------
data="$src/tests/data/query.ttl"
n=0
while IFS= read -r body; do
  [ -z "$body" ] && continue
  n=$((n + 1))
  printf 'PREFIX : <http://example.org/q/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n%s\n' "$body" >"$tmp/allowed$n.rq"
  agree "allowed: $body" "$tmp/allowed$n.rq" "$data" -- "$data"
done <<'EOF'
SELECT * { ?e a ?t ; :p ?x }
SELECT * { ?e :p ?x . OPTIONAL { ?e :d ?d } }
SELECT * { ?e a ?t . OPTIONAL { ?e :d ?d } ?e :p ?x ; :n ?n }
SELECT * { ?e a ?t ; :p ?x . OPTIONAL { ?x :q ?v } }
SELECT * { ?e a ?t . OPTIONAL { ?e :d ?d } OPTIONAL { ?e :p ?x } }
SELECT * { ?e a ?t . { ?e :p ?x } UNION { ?e :n ?x } }
SELECT * { ?e a ?t . FILTER(?t = :T) ?e :p ?x . OPTIONAL { ?e :d ?d } }
SELECT * { ?e a ?t ; :p ?x . BIND(STR(?e) AS ?s) }
SELECT * { ?e :d ?d . FILTER(?e IN (:e1, :e2)) }
SELECT (COUNT(?x) AS ?n) (MIN(?name) AS ?m) (MAX(?name) AS ?k) { ?e :p ?x ; :n ?name }
SELECT ?e (COUNT(*) AS ?c) { ?e :p ?x } GROUP BY ?e HAVING (COUNT(*) > 1)
SELECT (CONCAT(?n, "-", ?s) AS ?c) { ?e :n ?n . BIND(STR(?e) AS ?s) }
SELECT ?e (GROUP_CONCAT(?n) AS ?c) { ?e :n ?n } GROUP BY ?e
SELECT (STRLEN(?n) AS ?l) (UCASE(?n) AS ?u) (SUBSTR(?n, 2, 2) AS ?s) (REPLACE(?n, "o", "0") AS ?r) { ?e :n ?n }
SELECT (IF(?n = "one", 1, 2) AS ?i) (COALESCE(?zz, ?n) AS ?c) { ?e :n ?n }
SELECT ?e { ?e :d ?d . FILTER(?d > "2000-01-01"^^xsd:date) }
SELECT (xsd:integer(SUBSTR(STR(?d), 1, 4)) AS ?year) { ?e :d ?d }
SELECT DISTINCT ?t { ?e a ?t } ORDER BY ?t
ASK { ?e :n "one" }
CONSTRUCT { ?e :label ?n } WHERE { ?e :n ?n }
EOF

# ---- refused constructs, one each, with the rewrite they suggest ---------------
# refused NAME WORDS QUERY: attache refuses with exit 3 and names WORDS
refused() {
  local name=$1 words=$2 body=$3
  printf 'PREFIX : <http://example.org/q/>\n%s\n' "$body" >"$tmp/refused.rq"
  "$bin" query "$data" -f "$tmp/refused.rq" >"$tmp/out.txt" 2>"$tmp/err"
  local rc=$?
  if [ $rc -eq 3 ] && grep -q "^attache: $tmp/refused.rq: refused: $words" "$tmp/err" &&
     [ ! -s "$tmp/out.txt" ]; then ok
  else bad "$name not refused (exit $rc): $(cat "$tmp/err")"; fi
}
refused "OPTIONAL after 2 triple patterns" "a group of two or more triple patterns" \
  'SELECT * { ?e a ?t ; :p ?x . OPTIONAL { ?e :d ?d } }'
refused "UNION after 2 triple patterns" "a group of two or more triple patterns" \
  'SELECT * { ?e a ?t ; :p ?x . { ?e :d ?d } UNION { ?e a :U } }'
refused "triple patterns after a FILTER" "a group of two or more triple patterns" \
  'SELECT * { ?e a ?t ; :p ?x . FILTER(?t = :T) ?e :d ?d }'
refused "MINUS" "MINUS" 'SELECT * { ?e :d ?d . MINUS { ?e :n "one" } }'
refused "VALUES" "VALUES" 'SELECT * { ?e :d ?d . VALUES ?e { :e1 :e2 } }'
refused "trailing VALUES" "VALUES" 'SELECT * { ?e :d ?d } VALUES ?e { :e1 }'
refused "COUNT of an OPTIONAL value" "COUNT of a value that may be unbound" \
  'SELECT (COUNT(?d) AS ?n) { ?e a ?t . OPTIONAL { ?e :d ?d } }'
refused "COUNT DISTINCT" "DISTINCT inside an aggregate" \
  'SELECT (COUNT(DISTINCT ?e) AS ?m) { ?e :p ?x }'
refused "DISTINCT among several aggregates" "DISTINCT inside an aggregate" \
  'SELECT (COUNT(?x) AS ?n) (COUNT(DISTINCT ?e) AS ?m) { ?e :p ?x }'
refused "subquery" "subquery" \
  'SELECT ?e ?n { { SELECT DISTINCT ?e { ?e :p ?x } } ?e :n ?n }'
refused "CONCAT of STR()" "CONCAT of a computed value" \
  'SELECT (CONCAT(STR(?e), "-") AS ?c) { ?e :d ?d }'
refused "CONCAT in BIND" "CONCAT of a computed value" \
  'SELECT ?c { ?e :n ?n . BIND(CONCAT(UCASE(?n), "!") AS ?c) }'
refused "GROUP_CONCAT SEPARATOR" "GROUP_CONCAT with a SEPARATOR" \
  'SELECT (GROUP_CONCAT(?n; SEPARATOR=", ") AS ?c) { ?e :n ?n }'
refused "YEAR of a date" "YEAR, MONTH or DAY" 'SELECT (YEAR(?d) AS ?y) { ?e :d ?d }'
refused "property path /" "property path" 'SELECT * { ?e :p/:q ?v }'
refused "property path |" "property path" 'SELECT * { ?e :p|:d ?v }'
refused "property path ^" "property path" 'SELECT * { ?v ^:p ?e }'
refused "property path +" "property path" 'SELECT * { ?e :p+ ?v }'
refused "property path *" "property path" 'SELECT * { ?e :p* ?v }'
refused "property path ?" "property path" 'SELECT * { ?e :p? ?v }'
refused "property path !" "property path" 'SELECT * { ?e !:p ?v }'
refused "FILTER NOT EXISTS" "FILTER NOT EXISTS" \
  'SELECT * { ?e :d ?d . FILTER NOT EXISTS { ?e :n "one" } }'
refused "FILTER EXISTS" "FILTER EXISTS" 'SELECT * { ?e :d ?d . FILTER EXISTS { ?e :n "one" } }'
# the rewrites the messages suggest: right answers
n=0
while IFS= read -r body; do
  [ -z "$body" ] && continue
  n=$((n + 1))
  printf 'PREFIX : <http://example.org/q/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n%s\n' "$body" >"$tmp/rewrite$n.rq"
  agree "rewrite: $body" "$tmp/rewrite$n.rq" "$data" -- "$data"
done <<'EOF'
SELECT * { ?e a ?t . OPTIONAL { ?e :d ?d } ?e :p ?x . }
SELECT * { ?e a ?t . { ?e :d ?d } UNION { ?e a :U } ?e :p ?x . }
SELECT * { ?e a ?t ; :p ?x ; :d ?d . FILTER(?t = :T) }
SELECT * { ?e :d ?d . OPTIONAL { ?e :n ?m . FILTER(?m = "one") } FILTER(!BOUND(?m)) }
SELECT * { ?e :d ?d . FILTER(?e IN (:e1, :e2)) }
SELECT (SUM(IF(BOUND(?d), 1, 0)) AS ?n) { ?e a ?t . OPTIONAL { ?e :d ?d } }
SELECT DISTINCT ?e { ?e :p ?x }
SELECT (CONCAT(?s, "-") AS ?c) { ?e :d ?d . BIND(STR(?e) AS ?s) }
SELECT (xsd:integer(SUBSTR(STR(?d), 1, 4)) AS ?y) { ?e :d ?d }
SELECT * { ?e :p ?mid . ?mid :q ?v }
SELECT DISTINCT ?e ?d { ?e :d ?d ; :n "one" }
EOF

# ---- results formats ---------------------------------------------------------------
q="$tmp/formats.rq"
printf 'PREFIX : <http://example.org/q/>\nSELECT ?e ?n { ?e :n ?n } ORDER BY ?n\n' >"$q"
"$bin" query "$data" -f "$q" --results tsv >"$tmp/r.tsv" && head -1 "$tmp/r.tsv" | grep -q $'^?e\t?n$' &&
  [ "$(wc -l <"$tmp/r.tsv")" -eq 4 ] && ok || bad "tsv: $(cat "$tmp/r.tsv")"
"$bin" query "$data" -f "$q" --results csv >"$tmp/r.csv" && head -1 "$tmp/r.csv" | grep -q '^e,n' &&
  ok || bad "csv: $(cat "$tmp/r.csv")"
"$bin" query "$data" -f "$q" --results xml >"$tmp/r.xml" && grep -q '<sparql' "$tmp/r.xml" &&
  grep -q '<literal>three</literal>' "$tmp/r.xml" && ok || bad "xml: $(head -5 "$tmp/r.xml")"
"$bin" query "$data" -f "$q" >"$tmp/r.txt" && grep -q '^:e3  *three$' "$tmp/r.txt" &&
  grep -q '^(3 rows)$' "$tmp/r.txt" && ok || bad "table: $(cat "$tmp/r.txt")"
[ "$("$bin" query "$data" -e 'ASK { ?s ?p "one" }')" = true ] &&
  [ "$("$bin" query "$data" -e 'ASK { ?s ?p "none" }')" = false ] && ok || bad "ASK"
"$bin" query "$data" -e 'CONSTRUCT { ?e <http://example.org/q/label> ?n } WHERE { ?e <http://example.org/q/n> ?n }' \
  --results ntriples | grep -c ' \.$' | grep -qx 3 && ok || bad "CONSTRUCT as N-Triples"

# ---- errors and exit codes ---------------------------------------------------------
expect() { # expect CODE MESSAGE-REGEX ARGS...
  local code=$1 re=$2
  shift 2
  "$bin" query "$@" >/dev/null 2>"$tmp/err"
  local rc=$?
  if [ $rc -eq "$code" ] && grep -qE "$re" "$tmp/err"; then ok
  else bad "query $* -> exit $rc, '$(cat "$tmp/err")' (wanted $code, /$re/)"; fi
}
expect 2 'needs one query' "$data"
expect 2 'needs one query' -e 'ASK {}' -f x.rq
expect 2 "unknown results format 'yaml'" -e 'ASK {}' --results yaml
expect 2 'unknown option' --frobnicate -e 'ASK {}'
expect 2 'not both' --store "$out/store" "$data" -e 'ASK {}'
expect 2 'is for SELECT and ASK' "$data" -e 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' --results csv
expect 3 "^attache: $tmp/nowhere: no such store" --store "$tmp/nowhere" -e 'ASK {}'
expect 3 "^attache: $tmp: not an attache store" --store "$tmp" -e 'ASK {}'
expect 3 '^attache: -e: line 1: .*syntax error' "$data" -e 'SELEC ?x'
expect 3 "^attache: $tmp/missing.rq: No such file" "$data" -f "$tmp/missing.rq"
expect 3 "^attache: $tmp/missing.ttl: No such file" "$tmp/missing.ttl" -e 'ASK {}'
printf '<a> <b> .\n' >"$tmp/broken.ttl"
expect 3 "^attache: $tmp/broken.ttl: line 1: " "$tmp/broken.ttl" -e 'ASK {}'
"$bin" query --help | grep -q 'attache query' && ok || bad "--help"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
