#!/usr/bin/env bash
# A real triple store: the sample corpus's graph.ttl bulk-loaded into
# Virtuoso on loopback (scripts/virtuoso.sh), every query in queries/ asked
# over its SPARQL HTTP endpoint, and the answers equal the embedded engine's.
# usage: virtuoso.sh ATTACHE SOURCE_DIR
set -u -o pipefail
bin=$1
src=$2
scripts=$src/scripts
tmp=$(mktemp -d)
cleanup() {
  [ -f "$tmp/virtuoso/env" ] && "$scripts/virtuoso.sh" stop "$tmp/virtuoso"
  rm -rf "$tmp"
}
trap cleanup EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
for tool in roqet virtuoso-t isql-vt curl; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool missing: run scripts/install-deps.sh"; exit 1; }
done
graph=urn:attache:test

# The embedded engine's answer to query file $1 on Turtle file $2, as SPARQL
# XML results. The one place to switch when `attache query` exists, e.g.:
#   "$bin" query "$2" -f "$1" --results xml
embedded_answer() {
  roqet -q -i sparql -r xml -D "$2" "$1"
}

# Virtuoso's answer to query file $1, as SPARQL XML results.
virtuoso_answer() {
  "$scripts/virtuoso.sh" sparql "$tmp/virtuoso" -g "$graph" -f "$1"
}

# SPARQL XML results (stdin) as sorted rows of N-Triples-like terms. Both
# engines' answers go through the same reader and writer (rasqal's, via
# roqet -t), so the syntax of a term is the same whoever produced it. Then
# only what RDF 1.1 itself says is one term is made one: "x"^^xsd:string
# is "x", and language tags are case-insensitive, so they are lowercased.
# Nothing else: a value Virtuoso rewrites (a gYear as a date, a
# nonNegativeInteger as an integer) stays different and fails the test.
# Rows are compared as a bag: sorted, duplicates kept.
normalise() {
  roqet -q -t /dev/stdin -R xml -r tsv | tail -n +2 |
    sed -E 's/"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#string>(\t|$)/"\1/g;
            s/"@([A-Za-z0-9-]+)(\t|$)/"@\L\1\E\2/g' |
    LC_ALL=C sort
}

# the normalisation itself: equal terms made equal, different ones kept apart
srx() { # one row of bindings ?a ?b, each given as an XML element
  printf '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">
<head><variable name="a"/><variable name="b"/></head><results><result>
<binding name="a">%s</binding><binding name="b">%s</binding></result></results></sparql>\n' "$1" "$2"
}
xsd=http://www.w3.org/2001/XMLSchema#
[ "$(srx '<literal>x</literal>' '<literal xml:lang="en">y</literal>' | normalise)" = \
  "$(srx "<literal datatype=\"${xsd}string\">x</literal>" '<literal xml:lang="EN">y</literal>' | normalise)" ] &&
  ok || bad "xsd:string or a language tag's case not normalised"
[ "$(srx "<literal datatype=\"${xsd}gYear\">1981</literal>" '<uri>http://x/</uri>' | normalise)" != \
  "$(srx "<literal datatype=\"${xsd}date\">1981-01-01</literal>" '<uri>http://x/</uri>' | normalise)" ] &&
  ok || bad "a gYear and a date normalised alike"

"$bin" -q build "$src/corpus" -o "$tmp/out" && [ -s "$tmp/out/graph.ttl" ] && ok ||
  { bad "attache build"; echo "$pass passed, $fail failed"; exit 1; }

if ! "$scripts/virtuoso.sh" start "$tmp/virtuoso" >"$tmp/venv" 2>"$tmp/err"; then
  bad "Virtuoso did not start"; cat "$tmp/err"
  echo "$pass passed, $fail failed"; exit 1
fi
ok
"$scripts/virtuoso.sh" load "$tmp/virtuoso" "$tmp/out/graph.ttl" "$graph" 2>"$tmp/err" && ok ||
  { bad "bulk load of graph.ttl"; cat "$tmp/err"; }
# all triples arrived: the distinct statements of the file (graph.ttl is
# written one document at a time, so a state described by two documents is
# described twice; a store keeps one copy)
want=$(rapper -q -i turtle -o ntriples "$tmp/out/graph.ttl" | LC_ALL=C sort -u | wc -l)
got=$("$scripts/virtuoso.sh" sparql "$tmp/virtuoso" -g "$graph" text/csv \
        -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n +2 | tr -d '"\r')
[ -n "$want" ] && [ "$want" = "$got" ] && ok || bad "Virtuoso holds $got triples, graph.ttl $want"

for q in "$src"/queries/*.rq; do
  name=$(basename "$q" .rq)
  embedded_answer "$q" "$tmp/out/graph.ttl" 2>"$tmp/err" | normalise >"$tmp/$name.embedded" ||
    { bad "$name: embedded engine failed"; cat "$tmp/err"; continue; }
  virtuoso_answer "$q" 2>"$tmp/err" | normalise >"$tmp/$name.virtuoso" ||
    { bad "$name: Virtuoso failed"; cat "$tmp/err"; continue; }
  # an empty answer on both sides would prove nothing
  [ -s "$tmp/$name.embedded" ] || { bad "$name: no rows from the embedded engine"; continue; }
  if cmp -s "$tmp/$name.embedded" "$tmp/$name.virtuoso"; then ok
  else
    bad "$name: Virtuoso and the embedded engine differ (< embedded, > Virtuoso)"
    diff "$tmp/$name.embedded" "$tmp/$name.virtuoso" | head -10
  fi
done

# the comparison can fail: a changed answer is noticed
printf '%s\n' 'SELECT ?s WHERE { ?s a <https://w3id.org/attache/ns#Person> }' >"$tmp/people.rq"
embedded_answer "$tmp/people.rq" "$tmp/out/graph.ttl" | normalise | sed 1d >"$tmp/fewer"
virtuoso_answer "$tmp/people.rq" | normalise >"$tmp/all"
[ -s "$tmp/all" ] && ! cmp -s "$tmp/fewer" "$tmp/all" && ok || bad "a missing row goes unnoticed"

"$scripts/virtuoso.sh" stop "$tmp/virtuoso" && ok || bad "stop"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
