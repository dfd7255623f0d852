#!/usr/bin/env bash
# Every output format parses with an independent parser: rapper (raptor's
# own strict mode) and serdi where it reads the syntax; and a broken file
# proves the checks can fail.
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
docs=("$src"/corpus/*.txt)
for fmt in turtle ntriples nquads rdfxml; do
  out="$tmp/g.$fmt"
  if ! "$bin" -q extract --format "$fmt" -o "$out" "${docs[@]}"; then bad "extract $fmt"; continue; fi
  rapper -q -c -i "$fmt" "$out" 2>"$tmp/err" && ok || { bad "rapper rejects $fmt"; head -3 "$tmp/err"; }
  case $fmt in
    turtle|ntriples|nquads)
      if command -v serdi >/dev/null; then
        serdi -i "$fmt" "$out" >/dev/null 2>"$tmp/err" && ok || { bad "serdi rejects $fmt"; head -3 "$tmp/err"; }
      fi ;;
  esac
done
# the same triples in every format
n_nt=$(rapper -q -i ntriples -o ntriples "$tmp/g.ntriples" | sort -u | wc -l)
n_ttl=$(rapper -q -i turtle -o ntriples "$tmp/g.turtle" | sort -u | wc -l)
n_xml=$(rapper -q -i rdfxml -o ntriples "$tmp/g.rdfxml" | sort -u | wc -l)
[ "$n_nt" -gt 100 ] && [ "$n_nt" -eq "$n_ttl" ] && [ "$n_nt" -eq "$n_xml" ] && ok ||
  bad "triple counts differ: nt=$n_nt ttl=$n_ttl rdfxml=$n_xml"
# nquads: one named graph per document
graphs=$(cut -d' ' -f4 <"$tmp/g.nquads" | sort -u | grep -c doc/)
[ "$graphs" -eq "${#docs[@]}" ] && ok || bad "nquads graphs: $graphs"
# the checks can fail: a bad escape and an IRI with a space
printf '<http://a/b> <http://a/p> "bad \\q escape" .\n' >"$tmp/broken.nt"
printf '<http://a/b c> <http://a/p> "x" .\n' >"$tmp/broken2.nt"
for f in "$tmp/broken.nt" "$tmp/broken2.nt"; do
  rapper -q -c -i ntriples "$f" 2>/dev/null && bad "rapper accepted $f" || ok
  if command -v serdi >/dev/null; then
    serdi -i ntriples "$f" >/dev/null 2>&1 && bad "serdi accepted $f" || ok
  fi
done
# hostile text ends up escaped: quotes, angle brackets, control chars, emoji
printf 'Foreign minister Kristian "Kris" <Jensen> met\tRussia \xf0\x9f\x98\x80 today.\n' >"$tmp/hostile.txt"
for fmt in turtle ntriples rdfxml; do
  "$bin" -q extract --format "$fmt" "$tmp/hostile.txt" >"$tmp/h.$fmt" &&
    rapper -q -c -i "$fmt" "$tmp/h.$fmt" 2>/dev/null && ok || bad "hostile text in $fmt"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
