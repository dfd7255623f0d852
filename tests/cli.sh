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

# determinism: same input, same bytes; separate runs merge by union
"$bin" -q extract "$doc" >"$tmp/a.ttl"
"$bin" -q extract "$doc" >"$tmp/b.ttl"
cmp -s "$tmp/a.ttl" "$tmp/b.ttl" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: deterministic"; }

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
