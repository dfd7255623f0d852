#!/usr/bin/env bash
# A folder of 1,000 documents with 20 hostile ones: every good document's
# graph is written and parses, every hostile one is named on exactly one
# line, the exit status says "partly failed", no temporary file is left;
# then a run stopped by SIGINT or SIGTERM leaves no corrupt or half-written
# file. usage: robustness.sh ATTACHE SOURCE_DIR
#
# The 20 hostile documents are of three kinds (decided here, documented in
# docs/README-robustness.md):
#   refused  - one error line "attache: PATH: why", no graph
#   odd      - usable after repair: one warning line "attache: PATH:
#              warning: ...", graph written (invalid UTF-8 replaced, a line
#              over 1 MB not analysed)
#   survived - usable as they are, no line, graph written (an HTML bomb of
#              100,000 nested <div>s around real text)
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
for tool in serdi rapper; do
  command -v $tool >/dev/null || { echo "robustness: $tool missing"; exit 1; }
done
start=$SECONDS

# ---- the folder -------------------------------------------------------------
in=$tmp/in
mkdir -p "$in/nested/deeper" "$in/Nyheder 2025"
sources=("$src"/corpus/*.txt "$src"/tests/golden/*.txt "$src"/tests/golden/*.html)
texts=()
for f in "${sources[@]}"; do texts+=("$(<"$f")"); done
good=() # paths of the documents whose graph must be written
# names: plain, spaces, non-ASCII, quotes and brackets, subfolders, .htm
n_good=980
for ((i = 0; i < n_good; i++)); do
  k=$((i % ${#sources[@]}))
  ext=${sources[$k]##*.}
  case $((i % 8)) in
    0) path="$in/doc-$i.$ext" ;;
    1) path="$in/Nyheder 2025/pressemeddelelse $i.$ext" ;;
    2) path="$in/nested/deeper/udenrigsministeriet-ø-$i.$ext" ;;
    3) path="$in/it's \"quoted\" <$i>.$ext" ;;
    4) path="$in/nested/UPPER_Case_$i.$ext" ;;
    5) path="$in/emoji-🇩🇰-$i.$ext" ;;
    6) path="$in/$i.${ext/html/htm}" ;;
    7) path="$in/a.b.c-$i.$ext" ;;
  esac
  printf '%s\n' "${texts[$k]}" >"$path"
  good+=("$path")
done

# the hostile twenty, with what is expected of each
declare -A expect # path -> refused:PATTERN | odd:PATTERN | survived
hostile() { expect[$1]=$2; }
head -c 8192 /dev/urandom >"$in/binary.txt"
printf '\0\0\0' >>"$in/binary.txt"
hostile "$in/binary.txt" "refused:binary data"
# random high bytes without a NUL: mostly invalid UTF-8
head -c 8192 /dev/urandom | tr '\000-\177' '\200-\377' >"$in/binary-no-nul.html"
hostile "$in/binary-no-nul.html" "refused:binary data"
head -c 1048576 /dev/zero >"$in/nul-filled.txt"
hostile "$in/nul-filled.txt" "refused:binary data"
for _ in {1..100}; do printf 'Denmark\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10 '; done >"$in/controls.txt"
hostile "$in/controls.txt" "refused:binary data"
printf 'D\0e\0n\0m\0a\0r\0k\0' >"$in/utf16-without-bom.txt"
hostile "$in/utf16-without-bom.txt" "refused:binary data"
: >"$in/empty.txt"
hostile "$in/empty.txt" "refused:empty document"
: >"$in/empty.html"
hostile "$in/empty.html" "refused:empty document"
printf '  \n\t\n   \n' >"$in/whitespace.txt"
hostile "$in/whitespace.txt" "refused:no text in document"
printf '<html><body><script>var a = "Denmark";</script></body></html>\n' >"$in/script-only.html"
hostile "$in/script-only.html" "refused:no text in document"
mkdir "$in/folder.txt" "$in/folder.html"
printf 'Denmark and Norway met.\n' >"$in/folder.txt/inside.txt"
hostile "$in/folder.txt" "refused:is a directory"
hostile "$in/folder.html" "refused:is a directory"
ln -s loop.txt "$in/loop.txt"
hostile "$in/loop.txt" "refused:Too many levels of symbolic links"
ln -s "$tmp/nowhere.txt" "$in/dangling.txt"
hostile "$in/dangling.txt" "refused:No such file or directory"
mkfifo "$in/fifo.txt" # a reader that opened it would wait forever
hostile "$in/fifo.txt" "refused:not a regular file"
printf 'Denmark and Norway met in Oslo.\n' >"$in/unreadable.txt"
chmod 000 "$in/unreadable.txt"
if [ "$(id -u)" -eq 0 ]; then
  # root reads a file whatever its mode: it is a good document then
  echo "robustness: running as root, so chmod 000 does not stop reading;" \
    "unreadable.txt is expected to be read"
  hostile "$in/unreadable.txt" "survived"
else
  hostile "$in/unreadable.txt" "refused:Permission denied"
fi
# bombs: 100,000 nested <div>s, with and without text inside
bomb() { # text inside
  printf '<html><body><p>Denmark and Sweden signed an agreement.</p>'
  local open close
  open=$(printf '<div>%.0s' {1..1000}) close=$(printf '</div>%.0s' {1..1000})
  for _ in {1..100}; do printf '%s' "$open"; done
  printf '%s' "$1"
  for _ in {1..100}; do printf '%s' "$close"; done
  printf '</body></html>\n'
}
bomb '<p>Norway recognised Palestine.</p>' >"$in/bomb-nested.html"
hostile "$in/bomb-nested.html" "survived"
{ printf '<html><body>'; printf '<div>%.0s' {1..100000}; printf '</body></html>\n'; } >"$in/bomb-empty.html"
hostile "$in/bomb-empty.html" "refused:no text in document"
printf 'Denmark and Russia met.\n\xff\xfe\xc0\xaf bad bytes here.\n' >"$in/invalid-utf8.txt"
hostile "$in/invalid-utf8.txt" "odd:invalid UTF-8 bytes replaced"
printf 'K\xf8benhavn og \xc5rhus: Danmarks og Norges udenrigsministre m\xf8dtes i g\xe5r i K\xf8benhavn for at tale om Ukraine og Rusland.\n' >"$in/latin1.txt"
hostile "$in/latin1.txt" "odd:invalid UTF-8 bytes replaced"
# a 50 MB single line: read, but a line over 1 MB is not analysed
{ head -c 52428800 /dev/zero | tr '\0' 'a'; printf '\n'; } >"$in/one-line-50mb.txt"
hostile "$in/one-line-50mb.txt" "odd:longer than 1 MB not analysed"
[ ${#expect[@]} -eq 20 ] || bad "there are ${#expect[@]} hostile documents, not 20"
for path in "${!expect[@]}"; do
  [ "${expect[$path]}" = survived ] && good+=("$path")
  case ${expect[$path]} in odd:*) good+=("$path") ;; esac
done

# ---- the build ----------------------------------------------------------------
out=$tmp/out
"$bin" build "$in" -o "$out" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
[ "$status" -eq 1 ] && ok || bad "build exit status $status, wanted 1 (partly failed)"
[ -s "$tmp/stdout" ] && bad "build wrote on stdout" || ok

# every line on stderr is "attache: ..." and names at most one document
grep -v '^attache: ' "$tmp/stderr" | head -3 | sed 's/^/unexpected stderr: /'
grep -qv '^attache: ' "$tmp/stderr" && bad "stderr has lines not starting 'attache: '" || ok
summary=$(grep -c '^attache: [0-9]* documents read' "$tmp/stderr")
[ "$summary" -eq 1 ] && ok || bad "no summary line"
lines=$(($(wc -l <"$tmp/stderr") - summary))
[ "$lines" -eq "$(grep -vc survived <(printf '%s\n' "${expect[@]}"))" ] && ok ||
  bad "$lines message lines, wanted one per refused or odd document"
for path in "${!expect[@]}"; do
  want=${expect[$path]}
  got=$(grep -cF "attache: $path: " "$tmp/stderr")
  case $want in
    survived)
      [ "$got" -eq 0 ] && ok || bad "$path: $got lines, wanted none" ;;
    refused:*)
      if [ "$got" -eq 1 ] && grep -F "attache: $path: " "$tmp/stderr" | grep -q "${want#refused:}" &&
        ! grep -F "attache: $path: " "$tmp/stderr" | grep -q 'warning:'; then ok
      else bad "$path: wanted one error line with '${want#refused:}', got: $(grep -F "attache: $path: " "$tmp/stderr")"; fi ;;
    odd:*)
      if [ "$got" -eq 1 ] && grep -F "attache: $path: warning: " "$tmp/stderr" | grep -q "${want#odd:}"; then ok
      else bad "$path: wanted one warning line with '${want#odd:}', got: $(grep -F "attache: $path: " "$tmp/stderr")"; fi ;;
  esac
done

# every good document's graph is there and parses; refused ones have none
missing=0 # OUT/SUB/STEM.ttl for IN/SUB/STEM.EXT: build mirrors the folders
for path in "${good[@]}"; do
  b=${path#"$in"/}
  [ -s "$out/${b%.*}.ttl" ] || missing=$((missing + 1))
done
[ "$missing" -eq 0 ] && ok || bad "$missing of ${#good[@]} good documents have no graph"
for path in "${!expect[@]}"; do
  b=${path#"$in"/}
  case ${expect[$path]} in
    refused:*) [ -e "$out/${b%.*}.ttl" ] && bad "refused $path has a graph" || ok ;;
  esac
done
n_out=$(find "$out" -path "$out/store" -prune -o -type f -print | wc -l)
[ "$n_out" -eq $((${#good[@]} + 2)) ] && ok || bad "$n_out files in OUT, wanted ${#good[@]} graphs + graph.ttl + graph.nq"
leftover=$(find "$out" "$in" -name '*.tmp.*' | head -3)
[ -z "$leftover" ] && ok || bad "temporary files left: $leftover"

# strict parsing: every graph with serdi (all at once: Turtle allows a
# @prefix anywhere, so the files one after another are one document; file
# by file only to name the culprits), the merged one with rapper too
parses() { serdi -i turtle -o ntriples -q "$@" >/dev/null 2>"$tmp/serdi.err" && [ ! -s "$tmp/serdi.err" ]; }
if find "$out" -type f -name '*.ttl' ! -name graph.ttl -print0 | xargs -0 cat | parses - && parses "$out/graph.ttl"; then ok
else
  bad "output files do not parse with serdi:"
  while IFS= read -r -d '' f; do parses "$f" || echo "  $f: $(head -1 "$tmp/serdi.err")"; done < <(find "$out" -type f -print0) | head -5
fi
rapper -q -i turtle -c "$out/graph.ttl" 2>"$tmp/rapper.err" && [ ! -s "$tmp/rapper.err" ] && ok ||
  bad "rapper cannot parse graph.ttl: $(head -1 "$tmp/rapper.err")"
build_time=$((SECONDS - start))

# ---- interrupted runs ---------------------------------------------------------
# the hostile documents out of the way: what is tested is the stop itself
rm -rf "${!expect[@]}"
interrupt() { # signal, expected status
  local sig=$1 want=$2 dir=$tmp/out-$1
  "$bin" build -q "$in" -o "$dir" 2>"$tmp/stderr-$sig" &
  local pid=$!
  # stop it midway: once some graphs are written, long before the 980th
  for _ in $(seq 1 400); do
    [ "$(find "$dir" -name '*.ttl' 2>/dev/null | wc -l)" -ge 50 ] && break
    sleep 0.02
  done
  kill -"$sig" "$pid" 2>/dev/null
  wait "$pid"
  local got=$?
  [ "$got" -eq "$want" ] && ok || bad "SIG$sig: exit status $got, wanted $want (killed by the signal)"
  local n
  n=$(find "$dir" -name '*.ttl' | wc -l)
  [ "$n" -ge 50 ] && [ "$n" -lt "$n_good" ] && ok ||
    bad "SIG$sig: $n graphs written: the run was not stopped midway"
  [ -e "$dir/graph.ttl" ] && bad "SIG$sig: merged graph.ttl written by an interrupted run" || ok
  leftover=$(find "$dir" -name '*.tmp.*' | head -3)
  [ -z "$leftover" ] && ok || bad "SIG$sig: temporary files left: $leftover"
  # every graph there is whole: byte for byte the one the full run wrote
  local differ
  differ=$(diff -rq "$dir" "$out" | grep -v "^Only in $out: " | head -3)
  [ -z "$differ" ] && ok || bad "SIG$sig: files differ from the full run: $differ"
}
interrupt INT 130
interrupt TERM 143

echo "robustness: build of $((n_good + 20)) documents checked in ${build_time}s, all in $((SECONDS - start))s"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
