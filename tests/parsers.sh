#!/usr/bin/env bash
# Every output format attache writes (through raptor) is read back by
# strict parsers that share no code with raptor:
#   Turtle, N-Triples, N-Quads  serd's serdi, N3.js (npm), Jena's riot
#   RDF/XML                     Jena's riot
# for the sample corpus and the golden documents, and all formats parse to
# the same graph. The broken files in tests/data/parsers (a bad escape, an
# IRI with a space, a bad language tag, invalid UTF-8, ...) prove that each
# parser does fail: every one of them must reject every broken file of its
# formats.
set -euo pipefail
attache=$1
src=$2
node_dir=$src/tests/node
broken=$src/tests/data/parsers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ATTACHE_JENA_DIR=${ATTACHE_JENA_DIR:-$(cd "$(dirname "$attache")" && pwd)/jena}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

command -v serdi >/dev/null || { echo "FAIL: serdi missing; run scripts/install-deps.sh"; exit 1; }
if [ ! -d "$node_dir/node_modules/n3" ]; then
  echo "FAIL: $node_dir/node_modules: npm packages missing; run scripts/install-node-deps.sh"
  exit 1
fi

declare -A ext=([turtle]=ttl [ntriples]=nt [nquads]=nq [rdfxml]=rdf)
declare -A serd_syntax=([turtle]=turtle [ntriples]=ntriples [nquads]=nquads)
declare -A riot_syntax=([turtle]=turtle [ntriples]=ntriples [nquads]=nquads [rdfxml]=rdfxml)

serd_parse() { serdi -i "${serd_syntax[$1]}" -o ntriples "$2" >/dev/null; }
n3_parse() { node "$node_dir/parse.mjs" "$1" "$2" >/dev/null; }
# riot exits 0 on warnings (a bad language tag in RDF/XML): count them too
riot_parse() {
  local log=$work/riot.log
  if ! "$src/scripts/jena.sh" riotcmd.riot --validate --strict --syntax="${riot_syntax[$1]}" \
       "${@:2}" >"$log" 2>&1 || grep -Eq ' (WARN|ERROR) ' "$log"; then
    cat "$log" >&2
    return 1
  fi
}

# 1. attache's output, every format, from the corpus and the golden documents
for format in turtle ntriples nquads rdfxml; do
  e=${ext[$format]}
  "$attache" -q build --format "$format" "$src/corpus" -o "$work/corpus-$format"
  "$attache" -q build --format "$format" "$src/tests/golden" -o "$work/golden-$format"
  files=("$work/corpus-$format"/*."$e" "$work/golden-$format"/*."$e")
  if [ -n "${serd_syntax[$format]:-}" ]; then
    ok=1
    for f in "${files[@]}"; do serd_parse "$format" "$f" || { fail "serdi rejects $format ${f#"$work"/}"; ok=0; }; done
    [ "$ok" = 1 ] && pass "serdi reads ${#files[@]} $format files"
    if n3_parse "$format" "${files[@]}"; then pass "N3.js reads ${#files[@]} $format files"
    else fail "N3.js rejects attache's $format"; fi
  fi
  if riot_parse "$format" "${files[@]}"; then pass "Jena riot reads ${#files[@]} $format files"
  else fail "Jena riot rejects attache's $format"; fi
done

# 2. The four formats are one graph: each read by a parser other than
# raptor, written as N-Triples by serdi (ASCII escapes), sorted, compared.
canon() { serdi -a -i ntriples -o ntriples - | LC_ALL=C sort -u; }
for set in corpus golden; do
  serdi -i ntriples -o ntriples "$work/$set-ntriples/graph.nt" | canon >"$work/$set.ntriples.nt"
  serdi -i turtle -o ntriples "$work/$set-turtle/graph.ttl" | canon >"$work/$set.turtle.nt"
  # N-Quads: the graph names dropped (each is the triple's document)
  serdi -i nquads -o ntriples "$work/$set-nquads/graph.nq" | canon >"$work/$set.nquads.nt"
  "$src/scripts/jena.sh" riotcmd.riot --output=nt "$work/$set-rdfxml/graph.rdf" 2>/dev/null |
    canon >"$work/$set.rdfxml.nt"
  n=$(wc -l <"$work/$set.ntriples.nt")
  [ "$n" -gt 100 ] || fail "$set: only $n triples"
  for format in turtle nquads rdfxml; do
    if cmp -s "$work/$set.ntriples.nt" "$work/$set.$format.nt"; then
      pass "$set: $format and N-Triples are the same graph ($n triples)"
    else
      fail "$set: $format and N-Triples differ"
      diff "$work/$set.ntriples.nt" "$work/$set.$format.nt" | head -10
    fi
  done
done
# every N-Quad is in a document's graph, and what is the document's own
# (the document, its mentions and events) is in that document's graph
stray=$(perl -ne '
  m{ <https://w3id\.org/attache/id/doc/([^ #>/]+)> \.$} or do { print; next };
  my $g = $1;
  print if m{^<https://w3id\.org/attache/id/(?:doc/|event/doc-)([^ #>/]+)} && $1 ne $g;
  ' "$work/corpus-nquads/graph.nq" | head -3)
if [ -z "$stray" ]; then pass "every N-Quad is in the graph of its document"
else fail "N-Quads in the wrong graph: $stray"; fi

# 3. Broken files: every parser rejects every broken file of its formats.
for format in turtle ntriples nquads rdfxml; do
  for f in "$broken"/*."${ext[$format]}"; do
    name=$(basename "$f")
    if [ -n "${serd_syntax[$format]:-}" ]; then
      if serd_parse "$format" "$f" 2>/dev/null; then fail "serdi accepts broken $name"
      else pass "serdi rejects $name"; fi
      if n3_parse "$format" "$f" 2>/dev/null; then fail "N3.js accepts broken $name"
      else pass "N3.js rejects $name"; fi
    fi
    if riot_parse "$format" "$f" 2>/dev/null; then fail "Jena riot accepts broken $name"
    else pass "Jena riot rejects $name"; fi
  done
done

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all parser checks passed"
