#!/usr/bin/env bash
# Scale-out: scripts/scale-out.sh shards a folder over GNU parallel (-j 2,
# -n 5, and once through the --sshlogin path), the merged N-Quads equal the
# graph of one run over every document, and a real Virtuoso on loopback
# (--virtuoso) holds exactly the file's triples in each document's graph.
# usage: scaleout.sh ATTACHE SOURCE_DIR
set -u
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
for tool in parallel rsync serdi virtuoso-t isql-vt curl; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool missing: run scripts/install-deps.sh"; exit 1; }
done

# The folder: the sample corpus and the golden documents, three times under
# distinct names (a document's IRI is its file name's stem and a hash of its
# bytes: copies under one name would be one document), in subfolders
docs=$tmp/docs
for copy in 1 2 3; do
  mkdir -p "$docs/copy$copy"
  for f in "$src"/corpus/*.txt "$src"/tests/golden/*.txt "$src"/tests/golden/*.html; do
    b=$(basename "$f")
    cp "$f" "$docs/copy$copy/${b%.*}-$copy.${b##*.}"
  done
done
count=$(find "$docs" -type f | wc -l)

# canonical form of an N-Quads file: parsed and rewritten by serdi (not by
# raptor, which wrote it), one quad per line, sorted, duplicates dropped
canonical() { serdi -q -i nquads -o nquads "$1" | LC_ALL=C sort -u; }

find "$docs" -type f -print0 | xargs -0 "$bin" extract -q --format nquads >"$tmp/single.nq" ||
  bad "single run failed"
canonical "$tmp/single.nq" >"$tmp/single.canon"
[ -s "$tmp/single.canon" ] && ok || bad "single run wrote nothing"

# Virtuoso on loopback, for the bulk load at the end of the scale-out
virtuoso=()
if "$scripts/virtuoso.sh" start "$tmp/virtuoso" >"$tmp/venv" 2>"$tmp/err"; then
  ok
  virtuoso=(--virtuoso "$tmp/virtuoso")
else
  bad "Virtuoso did not start"; cat "$tmp/err"
fi

# locally, two jobs at a time, loaded into Virtuoso
start=$(date +%s%N)
"$scripts/scale-out.sh" "$docs" "$tmp/out" -j 2 --attache "$bin" "${virtuoso[@]}" 2>"$tmp/err"
status=$?
[ "$status" -eq 0 ] && ok || { bad "scale-out -j 2: exit $status"; head -5 "$tmp/err"; }
echo "scale-out -j 2: $count documents in $(( ($(date +%s%N) - start) / 1000000 )) ms"
shards=$(find "$tmp/out/shards" -name '*.nq' | wc -l)
[ "$shards" -gt 2 ] && ok || bad "only $shards shards"
[ -f "$tmp/out/shards/0001.nq" ] && ok || bad "shards are not named NNNN.nq"
[ "$(awk -F'\t' 'NR > 1 && $7 != 0' "$tmp/out/jobs.log" | wc -l)" -eq 0 ] && ok || bad "a shard failed"
canonical "$tmp/out/graph.nq" >"$tmp/merged.canon"
if cmp -s "$tmp/single.canon" "$tmp/merged.canon"; then ok
else bad "merged graph differs from the single run"; diff "$tmp/single.canon" "$tmp/merged.canon" | head -10; fi
# the merge is a sorted union of raptor's lines: it must already be canonical
# up to serdi's escaping; at least it must hold as many quads
[ "$(wc -l <"$tmp/out/graph.nq")" -eq "$(wc -l <"$tmp/merged.canon")" ] && ok ||
  bad "graph.nq has duplicate or missing lines"

# five documents per shard: a different cut, the same graph
"$scripts/scale-out.sh" "$docs" "$tmp/out1" -j 2 -n 5 -q --attache "$bin" 2>"$tmp/err" &&
  cmp -s "$tmp/out/graph.nq" "$tmp/out1/graph.nq" && ok || bad "-n 5 gives another graph"

# The --sshlogin path (documents rsynced to a work folder, shards rsynced
# back, work folder removed) with ssh replaced by a local shell, as there is
# no sshd here: GNU parallel runs whatever $PARALLEL_SSH names.
mkdir -p "$tmp/remote"
cat >"$tmp/ssh" <<'EOF'
#!/bin/sh
# ssh [options] HOST [--] COMMAND...: runs COMMAND in $FAKE_REMOTE_HOME
while [ $# -gt 0 ]; do
  case $1 in -l|-p|-o|-i|-S|-e|-F) shift 2 ;; -*) shift ;; *) break ;; esac
done
shift
[ "${1:-}" = "--" ] && shift
cd "$FAKE_REMOTE_HOME" || exit 255
# sshd gives the remote command the login shell in $SHELL, and GNU
# parallel's remote wrapper runs the job with it; CI may have none set
SHELL=$(getent passwd "$(id -u)" | cut -d: -f7)
export SHELL="${SHELL:-/bin/sh}"
# one command at a time on this worker: GNU parallel's remote wrapper
# makes and removes ./.parallel/tmp around every job, and two jobs at once
# in one folder raced there once in CI ("mkdir: cannot create directory
# ./.parallel/tmp/..."); what is tested is the graph, not the overlap
exec flock "$FAKE_SSH_LOCK" bash -c "$*"
EOF
chmod +x "$tmp/ssh"
FAKE_REMOTE_HOME=$tmp/remote FAKE_SSH_LOCK=$tmp/ssh.lock PARALLEL_SSH=$tmp/ssh \
  "$scripts/scale-out.sh" "$docs" "$tmp/outssh" -S 2/worker -n 8 -q --attache "$bin" 2>"$tmp/err"
status=$?
[ "$status" -eq 0 ] && ok || { bad "scale-out --sshlogin: exit $status"; head -5 "$tmp/err"; }
cmp -s "$tmp/out/graph.nq" "$tmp/outssh/graph.nq" && ok || bad "--sshlogin gives another graph"
[ -z "$(ls -A "$tmp/remote")" ] && ok || bad "--sshlogin left files on the worker"
grep -q "	worker	" "$tmp/outssh/jobs.log" && ok || bad "--sshlogin jobs did not run on the worker"

# a bad document: the others are still merged, exit 1
mkdir -p "$tmp/bad" && cp "$src"/corpus/*.txt "$tmp/bad/" && : >"$tmp/bad/empty.txt"
"$scripts/scale-out.sh" "$tmp/bad" "$tmp/outbad" -j 2 -q --attache "$bin" 2>"$tmp/err"
status=$?
[ "$status" -eq 1 ] && ok || bad "a bad document: exit $status, wanted 1"
grep -q "empty.txt: empty document" "$tmp/err" && ok || bad "a bad document is not named"
[ -s "$tmp/outbad/graph.nq" ] && ok || bad "good documents not merged"
# a shard with a blank node is refused: a union would not be a merge
cat >"$tmp/blank-attache" <<'EOF'
#!/bin/sh
# writes one quad with a blank node to the file after -o
while [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done
echo '_:b0 <http://example.org/p> "x" <http://example.org/g> .' >"$out"
EOF
chmod +x "$tmp/blank-attache"
"$scripts/scale-out.sh" "$tmp/bad" "$tmp/outblank" -q --attache "$tmp/blank-attache" 2>"$tmp/err"
status=$?
[ "$status" -eq 3 ] && grep -q "blank nodes" "$tmp/err" && [ ! -e "$tmp/outblank/graph.nq" ] && ok ||
  bad "a shard with a blank node: exit $status, wanted 3 and no graph.nq"
"$scripts/scale-out.sh" "$tmp/nope" "$tmp/outnope" -q --attache "$bin" 2>/dev/null
[ $? -eq 3 ] && ok || bad "missing folder: wanted exit 3"
"$scripts/scale-out.sh" "$docs" 2>/dev/null
[ $? -eq 2 ] && ok || bad "no OUTDIR: wanted exit 2"

# Virtuoso holds what the scale-out loaded: per graph, the file's triples
if [ ${#virtuoso[@]} -gt 0 ]; then
  . "$tmp/venv"
  case $VIRTUOSO_SPARQL in http://127.0.0.1:*) ok ;; *) bad "endpoint not on loopback" ;; esac
  if ss -ltnH 2>/dev/null | awk '{print $4}' | grep -E ":($VIRTUOSO_PORT|$VIRTUOSO_HTTP)\$" |
     grep -qv '^127\.0\.0\.1:'; then bad "Virtuoso listens beyond loopback"; else ok; fi
  # the graph name is the last IRI on each line
  awk '{ print substr($(NF-1), 2, length($(NF-1)) - 2) }' "$tmp/out/graph.nq" |
    LC_ALL=C sort | uniq -c | awk '{ print $2 "," $1 }' >"$tmp/want.csv"
  "$scripts/virtuoso.sh" sparql "$tmp/virtuoso" text/csv -e '
    SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
      FILTER(STRSTARTS(STR(?g), "https://w3id.org/attache/id/doc/")) } GROUP BY ?g' \
    2>"$tmp/err" | tail -n +2 | tr -d '"\r' | LC_ALL=C sort >"$tmp/got.csv"
  if [ -s "$tmp/want.csv" ] && cmp -s "$tmp/want.csv" "$tmp/got.csv"; then ok
  else bad "triples per graph in Virtuoso differ from graph.nq"; diff "$tmp/want.csv" "$tmp/got.csv" | head; cat "$tmp/err"; fi
  [ "$(wc -l <"$tmp/got.csv")" -eq "$count" ] && ok || bad "not one graph per document in Virtuoso"
  pid=$(cat "$tmp/virtuoso/virtuoso.pid")
  "$scripts/virtuoso.sh" stop "$tmp/virtuoso"
  state=$(ps -o stat= -p "$pid")
  [ -z "$state" ] || [[ $state == Z* ]] && ok || bad "Virtuoso still running after stop"
  # only this server's sockets: another test may now listen on a freed port
  ss -ltnpH 2>/dev/null | grep -E ":($VIRTUOSO_PORT|$VIRTUOSO_HTTP) " | grep -q "pid=$pid," &&
    bad "Virtuoso's ports still open after stop" || ok
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
