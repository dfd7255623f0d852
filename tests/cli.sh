#!/usr/bin/env bash
# The command line: options, exit codes, bad input, atomic output.
# usage: cli.sh ATTACHE SOURCE_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT
pass=0
fail=0
check() { # name, expected status, command...
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: $name: exit $got, wanted $want"; sed 's/^/  /' "$tmp/err" | head -5; fi
}
expect_err() { # name, pattern
  if grep -q -- "$2" "$tmp/err"; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: $1: stderr lacks '$2'"; sed 's/^/  /' "$tmp/err" | head -5; fi
}
doc=$src/corpus/002_ffc196d009b0024c.txt

check "help" 0 "$bin" --help
grep -q "Usage: attache extract" "$tmp/out" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: help text"; }
check "version" 0 "$bin" --version
grep -q "^attache [0-9]" "$tmp/out" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: version text"; }
check "no command" 2 "$bin"
check "unknown command" 2 "$bin" frobnicate
check "unknown option" 2 "$bin" extract --frobnicate "$doc"
expect_err "unknown option message" "attache: "
check "bad format" 2 "$bin" extract --format xml "$doc"
check "bad base" 2 "$bin" extract --base "not an iri" "$doc"
check "bad lang" 2 "$bin" extract --lang fr "$doc"
check "bad date" 2 "$bin" extract --date 2025-13-40 "$doc"
check "extract without files" 2 "$bin" extract
check "build without -o" 2 "$bin" build "$src/corpus"

check "extract one" 0 "$bin" extract "$doc"
grep -q "dip:Document" "$tmp/out" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: turtle on stdout"; }
check "extract stdin" 0 sh -c "\"$bin\" extract - < \"$doc\""
check "missing file" 3 "$bin" extract "$tmp/nope.txt"
expect_err "missing file message" "attache: $tmp/nope.txt: No such file"
check "directory" 3 "$bin" extract "$tmp"
expect_err "directory message" "is a directory"
: >"$tmp/empty.txt"
check "empty file" 3 "$bin" extract "$tmp/empty.txt"
expect_err "empty message" "empty document"
head -c 4096 /dev/urandom >"$tmp/binary.txt"
printf '\0\0\0' >>"$tmp/binary.txt"
check "binary file" 3 "$bin" extract "$tmp/binary.txt"
expect_err "binary message" "binary data"
printf 'Denmark and Russia met.\n\xff\xfe bad bytes here.\n' >"$tmp/invalid.txt"
check "invalid utf-8 is a warning" 0 "$bin" extract "$tmp/invalid.txt"
expect_err "invalid utf-8 message" "invalid UTF-8"
head -c 2000000 /dev/zero | tr '\0' 'a' >"$tmp/longline.txt"
printf '\nDenmark and Norway met.\n' >>"$tmp/longline.txt"
check "enormous line" 0 "$bin" extract "$tmp/longline.txt"
expect_err "enormous line message" "longer than 1 MB not analysed"
check "one bad of two" 1 "$bin" extract "$doc" "$tmp/nope.txt"
grep -q "dip:Document" "$tmp/out" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: good document still written"; }

# -o writes atomically; a failed run leaves no file behind
check "extract -o" 0 "$bin" extract -o "$tmp/g.ttl" "$doc"
[ -s "$tmp/g.ttl" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: -o file"; }
check "extract -o all bad" 3 "$bin" extract -o "$tmp/none.ttl" "$tmp/nope.txt"
[ ! -e "$tmp/none.ttl" ] && [ -z "$(ls "$tmp" | grep tmp\\.)" ] && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: no half-written output"; }
if [ -w /dev/full ]; then
  check "write error" 3 "$bin" extract -o /dev/full "$doc"
  check "stdout write error" 3 sh -c "\"$bin\" extract \"$doc\" > /dev/full"
fi
mkdir "$tmp/ro" && chmod 500 "$tmp/ro"
if [ "$(id -u)" -ne 0 ]; then
  check "unwritable output dir" 3 "$bin" extract -o "$tmp/ro/g.ttl" "$doc"
fi

# knowledge files: a broken one is named with its line, nothing is written
mkdir -p "$tmp/onto"
printf '@prefix lex: <https://w3id.org/attache/lexicon#> .\nlex:Cues lex:stopword "the"@en ;\n  this is not turtle .\n' >"$tmp/onto/broken.ttl"
check "broken knowledge file" 3 "$bin" extract --ontology "$tmp/onto" "$doc"
expect_err "broken knowledge message" "broken.ttl:3"
check "missing knowledge dir" 3 "$bin" extract --ontology "$tmp/no-such-dir" "$doc"
expect_err "missing knowledge message" "cannot read the ontology directory"

# build: a folder with good and bad documents
mkdir -p "$tmp/in/sub" "$tmp/in/dir.txt"
cp "$src"/corpus/*.txt "$tmp/in/"
cp "$tmp/empty.txt" "$tmp/in/sub/"
check "build partly failed" 1 "$bin" build "$tmp/in" -o "$tmp/out1"
[ -s "$tmp/out1/graph.ttl" ] && [ -s "$tmp/out1/002_ffc196d009b0024c.ttl" ] &&
  pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: build outputs"; }
expect_err "summary line" "documents read"
check "build missing dir" 3 "$bin" build "$tmp/nowhere" -o "$tmp/out2"
check "build quiet" 0 "$bin" -q build "$src/corpus" -o "$tmp/out3"
[ ! -s "$tmp/err" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: -q is quiet"; }
# the store module is loaded by build and query only: without it they say
# so and write nothing, and extract does not need it
check "build without the store module" 3 env ATTACHE_MODULE_DIR="$tmp/nowhere" \
  "$bin" -q build "$src/corpus" -o "$tmp/nomodule"
expect_err "store module message" "attache: $tmp/nowhere/attache-store.so: cannot load the store module"
[ ! -e "$tmp/nomodule/graph.ttl" ] && [ -z "$(ls -A "$tmp/nomodule" 2>/dev/null)" ] &&
  pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: build without the module wrote files"; ls -la "$tmp/nomodule"; }
check "query without the store module" 3 env ATTACHE_MODULE_DIR="$tmp/nowhere" \
  "$bin" query --store "$tmp/out3/store" -e 'ASK { ?s ?p ?o }'
expect_err "query module message" "attache: $tmp/nowhere/attache-store.so: cannot load the store module"
check "extract without the store module" 0 env ATTACHE_MODULE_DIR="$tmp/nowhere" \
  "$bin" -q extract "$doc"
# query's help lives in the program too: it answers where the module cannot load
env ATTACHE_MODULE_DIR="$tmp/nowhere" "$bin" query --store "$tmp/out3/store" --help \
  >"$tmp/qhelp" 2>&1 && head -1 "$tmp/qhelp" | grep -q '^Usage: attache query' &&
  pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: query --help without the module"; cat "$tmp/qhelp"; }
# ... and "-e -h" is a query whose text is "-h", not a request for help
check "query -e -h is a query" 3 "$bin" query --store "$tmp/out3/store" -e -h
check "a file that is not a store module" 3 env ATTACHE_MODULE_DIR="$tmp/fake" \
  sh -c 'mkdir -p "$1" && printf "not ELF" > "$1/attache-store.so" && "$2" query --store "$3" -e "ASK { ?s ?p ?o }"' \
  sh "$tmp/fake" "$bin" "$tmp/out3/store"
expect_err "bad module message" "attache: $tmp/fake/attache-store.so: cannot load the store module"

# determinism: same input, same bytes; separate runs merge by union
"$bin" -q extract "$doc" >"$tmp/a.ttl"
"$bin" -q extract "$doc" >"$tmp/b.ttl"
cmp -s "$tmp/a.ttl" "$tmp/b.ttl" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: deterministic"; }

# documents of the same name in different folders keep their own graphs
mkdir -p "$tmp/same/a" "$tmp/same/b"
cp "$src/corpus/000_fa211e18de0986d4.txt" "$tmp/same/a/x.txt"
cp "$src/corpus/001_2f5dc1a3df5a1a7c.txt" "$tmp/same/b/x.txt"
check "build sub-folders" 0 "$bin" -q build "$tmp/same" -o "$tmp/sameout"
[ -s "$tmp/sameout/a/x.ttl" ] && [ -s "$tmp/sameout/b/x.ttl" ] &&
  ! cmp -s "$tmp/sameout/a/x.ttl" "$tmp/sameout/b/x.ttl" && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: same names in sub-folders"; }
# ... and their own document IRIs: two documents, not one with both texts
docs=$(grep -c '^<[^>]*/doc/x-[0-9a-f]\{16\}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/attache/ns#Document>' \
  "$tmp/sameout/graph.nq")
[ "$docs" -eq 2 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: same names, $docs document IRIs"; }
# ... while the same file from another folder is the same document
"$bin" -q extract --format ntriples "$tmp/same/a/x.txt" | grep -o '/doc/x-[0-9a-f]*>' | sort -u >"$tmp/iri1"
mkdir -p "$tmp/elsewhere" && cp "$tmp/same/a/x.txt" "$tmp/elsewhere/x.txt"
"$bin" -q extract --format ntriples "$tmp/elsewhere/x.txt" | grep -o '/doc/x-[0-9a-f]*>' | sort -u >"$tmp/iri2"
[ -s "$tmp/iri1" ] && cmp -s "$tmp/iri1" "$tmp/iri2" && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: the same file, another document IRI"; }
# stems that meet, and names of the output folder's own files: every
# document keeps a graph of its own, the merged graph and the store stay
mkdir -p "$tmp/clash/store"
cp "$src/corpus/000_fa211e18de0986d4.txt" "$tmp/clash/x.txt"
printf '<p>Danmark og Norge mødtes i Oslo.</p>\n' >"$tmp/clash/x.html"
cp "$src/corpus/001_2f5dc1a3df5a1a7c.txt" "$tmp/clash/graph.txt"
cp "$src/corpus/002_ffc196d009b0024c.txt" "$tmp/clash/store/y.txt"
check "build clashing names" 0 "$bin" build "$tmp/clash" -o "$tmp/clashout"
expect_err "clashing names say where" "x.txt: warning: graph written to $tmp/clashout/x.txt.ttl"
[ -s "$tmp/clashout/x.ttl" ] && [ -s "$tmp/clashout/x.txt.ttl" ] &&
  [ -s "$tmp/clashout/graph.txt.ttl" ] && [ -s "$tmp/clashout/_store/y.ttl" ] &&
  [ -f "$tmp/clashout/store/merged-sp2o.db" ] &&
  [ "$(grep -c 'ns#Document> <' "$tmp/clashout/graph.nq")" -eq 4 ] &&
  [ "$(grep -c 'dip:Document ;' "$tmp/clashout/graph.ttl")" -eq 4 ] && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: clashing names"; ls -R "$tmp/clashout" | head -20; }

# -j: the same bytes for any number of threads, for every format and for
# build's per-document files; bad documents fail the same way
mkdir -p "$tmp/many"
for i in 1 2 3 4; do
  for f in "$src"/corpus/*.txt "$src"/tests/golden/*.txt "$src"/tests/golden/*.html; do
    b=$(basename "$f"); cp "$f" "$tmp/many/$i-$b"
  done
done
cp "$tmp/empty.txt" "$tmp/many/"
for fmt in turtle ntriples nquads rdfxml; do
  "$bin" -q extract -j 1 -f $fmt "$tmp"/many/* >"$tmp/j1" 2>/dev/null
  "$bin" -q extract -j 3 -f $fmt "$tmp"/many/* >"$tmp/j3" 2>/dev/null
  cmp -s "$tmp/j1" "$tmp/j3" && [ -s "$tmp/j1" ] && pass=$((pass + 1)) ||
    { fail=$((fail + 1)); echo "FAIL: -j 3 differs from -j 1 ($fmt)"; }
done
check "build -j 1" 1 "$bin" -q build -j 1 "$tmp/many" -o "$tmp/bj1"
check "build -j 2" 1 "$bin" -q build -j 2 "$tmp/many" -o "$tmp/bj2"
# (the store's Berkeley DB files are a database, not output: not compared)
diff -r --exclude=store "$tmp/bj1" "$tmp/bj2" >/dev/null && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: build -j 2 differs from -j 1"; }
check "bad jobs" 2 "$bin" extract -j many "$doc"
check "jobs 0 is one per processor" 0 "$bin" -q extract -j 0 "$doc"
# every N-Triples chunk concatenates into one valid document
"$bin" -q extract -j 2 -f ntriples "$tmp"/many/*.txt >"$tmp/all.nt" 2>/dev/null
rapper -q -i ntriples -c "$tmp/all.nt" 2>/dev/null && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: concatenated N-Triples"; }
"$bin" -q extract -j 2 "$tmp"/many/*.txt >"$tmp/all.ttl" 2>/dev/null
rapper -q -i turtle -c "$tmp/all.ttl" 2>/dev/null && pass=$((pass + 1)) ||
  { fail=$((fail + 1)); echo "FAIL: concatenated Turtle"; }

# an interrupted build leaves no temporary and no half-written file
mkdir -p "$tmp/big"
for i in $(seq 1 150); do mkdir "$tmp/big/$i"; ln "$tmp"/many/*-0*.txt "$tmp/big/$i/"; done
# a FIFO named like a document neither hangs the build nor stops the others
mkfifo "$tmp/big/fifo.txt"
for sig in INT TERM; do
  rm -rf "$tmp/bi"
  "$bin" -q build -j 2 "$tmp/big" -o "$tmp/bi" 2>/dev/null &
  pid=$!
  sleep 0.5
  kill -$sig $pid
  wait $pid
  st=$?
  [ "$st" -gt 128 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: SIG$sig exit status $st"; }
  if ls "$tmp/bi" 2>/dev/null | grep -q '\.tmp\.'; then
    fail=$((fail + 1)); echo "FAIL: SIG$sig left a temporary file"
  else pass=$((pass + 1)); fi
  bad=0
  for f in "$tmp"/bi/*.ttl "$tmp"/bi/*/*.ttl; do
    [ -e "$f" ] || continue
    rapper -q -i turtle -c "$f" >/dev/null 2>&1 || bad=1
  done
  [ "$bad" -eq 0 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: SIG$sig left a broken file"; }
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
