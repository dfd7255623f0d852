#!/usr/bin/env bash
# SHACL validation: the graphs attache writes conform to ontology/shapes.ttl
# and broken graphs do not, checked by two independent engines: Apache
# Jena's shacl (Debian's libapache-jena-java, through scripts/jena.sh; the
# reference: SHACL Core and SHACL-SPARQL) and rdf-validate-shacl (npm,
# tests/node; SHACL Core only), which must agree.
#
# Checked: the sample corpus built now, output/graph.ttl when present, the
# golden documents, tests/data/shacl/valid.ttl, and each variant of it in
# tests/data/shacl/broken.txt (one mistake each), which must be reported.
# Also: shapes.ttl sits in ontology/, which attache loads at start-up; the
# corpus built without it must be byte-identical.
set -euo pipefail
attache=$1
src=$2
shapes=$src/ontology/shapes.ttl
data=$src/tests/data/shacl
node_dir=$src/tests/node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the Xerces resources Jena needs are extracted once into the build folder
export ATTACHE_JENA_DIR=${ATTACHE_JENA_DIR:-$(cd "$(dirname "$attache")" && pwd)/jena}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

if [ ! -d "$node_dir/node_modules/rdf-validate-shacl" ]; then
  echo "FAIL: $node_dir/node_modules: npm packages missing; run scripts/install-node-deps.sh"
  exit 1
fi

# jena DATA REPORT: Jena's validation report (Turtle) of DATA; status 0
# when Jena ran, whatever the verdict (Jena's shacl exits 0 on violations).
jena() {
  "$src/scripts/jena.sh" shacl.shacl validate --shapes "$shapes" --data "$1" >"$2" 2>"$2.err" &&
    grep -Eq 'sh:conforms +(true|false)' "$2"
}
# node DATA REPORT: rdf-validate-shacl's results, one per line, then
# "conforms: true|false"; status 0 when it ran.
node_shacl() {
  local rc=0
  node "$node_dir/shacl.mjs" "$shapes" "$1" >"$2" 2>"$2.err" || rc=$?
  [ "$rc" -le 1 ] && grep -Eq '^conforms: (true|false)$' "$2"
}

# check_conforms NAME FILE: both engines find no violation.
check_conforms() {
  local name=$1 file=$2
  if ! jena "$file" "$work/jena.ttl"; then
    fail "$name: Jena could not validate $file"; cat "$work/jena.ttl.err"
  elif ! grep -Eq 'sh:conforms +true' "$work/jena.ttl"; then
    fail "$name: Jena finds violations in $file"
    "$src/scripts/jena.sh" shacl.shacl validate --text --shapes "$shapes" --data "$file" | head -40
  else
    pass "$name conforms (Jena, $(grep -c . "$file") lines)"
  fi
  if ! node_shacl "$file" "$work/node.txt"; then
    fail "$name: rdf-validate-shacl could not validate $file"; cat "$work/node.txt.err"
  elif ! grep -q '^conforms: true$' "$work/node.txt"; then
    fail "$name: rdf-validate-shacl finds violations in $file"; head -20 "$work/node.txt"
  else
    pass "$name conforms (rdf-validate-shacl)"
  fi
}

# 1. Real output
"$attache" -q build "$src/corpus" -o "$work/corpus"
check_conforms "sample corpus graph" "$work/corpus/graph.ttl"
if [ -f "$src/output/graph.ttl" ]; then
  check_conforms "output/graph.ttl" "$src/output/graph.ttl"
fi
"$attache" -q build "$src/tests/golden" -o "$work/golden"
check_conforms "golden documents' graph" "$work/golden/graph.ttl"
check_conforms "tests/data/shacl/valid.ttl" "$data/valid.ttl"

# 2. Broken variants. All go into one graph, each variant's IRIs moved
# under id/NAME/ so that a violation names the variant it belongs to: one
# run of each engine instead of one per variant. Variants that bring in a
# blank node are validated on their own (a report does not keep its label).
names=() engines=()
: >"$work/broken.ttl"
while IFS=$'\t' read -r name engine expr; do
  case $name in '' | '#'*) continue ;; esac
  if ! EXPR=$expr perl -0777 -ne '
      my $n = eval "\$_ =~ $ENV{EXPR}"; die "bad substitution: $@" if $@;
      die "substitution does not match valid.ttl\n" unless $n; print' \
      "$data/valid.ttl" >"$work/$name.ttl"; then
    fail "broken variant $name: $expr"; continue
  fi
  NAME=$name perl -pi -e 's{https://w3id\.org/attache/id/}{https://w3id.org/attache/id/$ENV{NAME}/}g' \
    "$work/$name.ttl"
  names+=("$name") engines+=("$engine")
  if grep -q '_:' "$work/$name.ttl"; then continue; fi
  cat "$work/$name.ttl" >>"$work/broken.ttl"
done <"$data/broken.txt"

# caught ENGINE REPORT NAME: the engine reported a node of variant NAME
caught() {
  local engine=$1 report=$2 name=$3
  if grep -q '_:' "$work/$name.ttl"; then
    if [ "$engine" = jena ]; then
      jena "$work/$name.ttl" "$work/$name.jena" && grep -Eq 'sh:conforms +false' "$work/$name.jena"
    else
      node_shacl "$work/$name.ttl" "$work/$name.node" && grep -q '^conforms: false$' "$work/$name.node"
    fi
  elif [ "$engine" = jena ]; then
    grep -Eq "sh:focusNode +<https://w3id.org/attache/id/$name/" "$report"
  else
    grep -q "^https://w3id.org/attache/id/$name/" "$report"
  fi
}

jena "$work/broken.ttl" "$work/broken.jena" || { fail "Jena could not validate the broken graphs"; cat "$work/broken.jena.err"; }
node_shacl "$work/broken.ttl" "$work/broken.node" || { fail "rdf-validate-shacl could not validate the broken graphs"; cat "$work/broken.node.err"; }
caught_jena=0 caught_node=0
for i in "${!names[@]}"; do
  name=${names[$i]} engine=${engines[$i]}
  if caught jena "$work/broken.jena" "$name"; then caught_jena=$((caught_jena + 1))
  else fail "Jena does not report broken variant $name"; fi
  if caught node "$work/broken.node" "$name"; then
    caught_node=$((caught_node + 1))
    [ "$engine" = jena ] && echo "note: rdf-validate-shacl also reports $name"
  elif [ "$engine" = all ]; then
    fail "rdf-validate-shacl does not report broken variant $name (Jena does)"
  fi
done
# nothing but the broken nodes: a violation elsewhere is a mistake in the test
stray=$(grep -Eo 'sh:focusNode +<[^>]*>' "$work/broken.jena" | grep -Fv -f <(
  printf 'https://w3id.org/attache/id/%s/\n' "${names[@]}") || true)
[ -z "$stray" ] || fail "Jena reports nodes outside the broken variants: $stray"
pass "${#names[@]} broken variants: Jena reports $caught_jena, rdf-validate-shacl $caught_node"

# 3. The shapes in ontology/ change nothing in extraction.
mkdir "$work/ontology"
cp -r "$src/ontology/." "$work/ontology/"
rm "$work/ontology/shapes.ttl"
"$attache" -q build --ontology "$work/ontology" "$src/corpus" -o "$work/corpus-without-shapes"
# (the store is a Berkeley DB database, not output: its bytes may differ)
if diff -r --exclude=store "$work/corpus" "$work/corpus-without-shapes" >/dev/null; then
  pass "the corpus built without shapes.ttl in ontology/ is identical"
else
  fail "ontology/shapes.ttl changes what attache extracts"
fi

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all SHACL checks passed"
