#!/usr/bin/env bash
# Builds the graph of a large folder on many cores or many machines with GNU
# parallel: the documents are cut into shards, each shard is one
# `attache extract --format nquads` run writing OUTDIR/shards/NNNN.nq, and
# the shards are merged into OUTDIR/graph.nq (optionally bulk-loaded into
# Virtuoso).
#
# usage: scale-out.sh DIR OUTDIR [OPTION]... [-- ATTACHE-OPTION...]
#   -j, --jobs N          jobs at a time (per machine with --sshlogin;
#                         default: the number of cores)
#   -n, --per-shard N     documents per shard (default: enough for about
#                         4 shards per job, at most 500)
#   -S, --sshlogin LOGINS run the shards on these machines (GNU parallel's
#                         syntax: "host1,4/user@host2,:" where ':' is this
#                         one); documents go there and shards come back with
#                         rsync; attache must be installed on each
#       --attache PATH    the attache program (default: $ATTACHE or attache)
#       --virtuoso TARGET bulk-load OUTDIR/graph.nq into Virtuoso: a folder
#                         made by scripts/virtuoso.sh start, or HOST:PORT
#   -q, --quiet           no summary
# Options after -- go to every `attache extract` (e.g. -- --lang da).
# Exit status as attache's: 0 all done, 1 some documents or shards failed,
# 2 usage, 3 nothing done.
#
# Why a sorted union of lines is a correct merge: merging RDF graphs differs
# from the set union of their triples only through blank nodes, and attache
# writes none (this script refuses to merge a shard that has one). Every
# other term is an IRI or literal minted from the document alone
# (deterministic IRIs: the same entity is the same IRI in every shard), and
# every shard is serialised by the same raptor N-Quads writer, so one quad
# is always the same line of bytes. Each document's quads carry its own
# graph name and are written from that document alone, so sharding cannot
# change them. tests/scaleout.sh checks all of this: the merged graph equals
# the graph of one run over all documents, compared after canonicalising
# both with serdi.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
die() { echo "attache: $1" >&2; exit "${2:-3}"; }
usage() {
  sed -n '/^# usage:/,/^# 2 usage/p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

jobs=""
per_shard=""
sshlogin=""
attache=${ATTACHE:-attache}
virtuoso=""
quiet=0
positional=()
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    -j|--jobs) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -n|--per-shard) [ $# -ge 2 ] || usage; per_shard=$2; shift 2 ;;
    -S|--sshlogin) [ $# -ge 2 ] || usage; sshlogin=$2; shift 2 ;;
    --attache) [ $# -ge 2 ] || usage; attache=$2; shift 2 ;;
    --virtuoso) [ $# -ge 2 ] || usage; virtuoso=$2; shift 2 ;;
    -q|--quiet) quiet=1; shift ;;
    -h|--help) sed -n '/^# usage:/,/^# 2 usage/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    -*) echo "attache: $1: unknown option" >&2; usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -eq 2 ] || usage
dir=${positional[0]}
out=${positional[1]}
[[ -z $jobs || $jobs =~ ^[1-9][0-9]*$ ]] || die "$jobs: -j needs a positive number" 2
[[ -z $per_shard || $per_shard =~ ^[1-9][0-9]*$ ]] || die "$per_shard: -n needs a positive number" 2
[ -d "$dir" ] || die "$dir: not a directory"
command -v parallel >/dev/null || die "parallel: not found (Debian package parallel)"
if [ -z "$sshlogin" ]; then
  command -v "$attache" >/dev/null || die "$attache: not found (use --attache PATH)"
fi
[[ $attache == /* ]] || [[ $attache != */* ]] || attache=$(cd "$(dirname "$attache")" && pwd)/$(basename "$attache")

mkdir -p "$out" || die "$out: cannot create"
dir=$(cd "$dir" && pwd)
out=$(cd "$out" && pwd)
shards=$out/shards
rm -rf "$shards"
mkdir "$shards"
list=$out/documents.list
trap 'rm -f "$out/.graph.nq.tmp"' EXIT

# The documents `attache build` would read: .txt, .html and .htm under DIR,
# names starting with a dot skipped, sorted bytewise; relative to DIR (the
# same path on every machine), NUL-separated (names may hold newlines).
(cd "$dir" && find . -mindepth 1 -name '.*' -prune -o \
   \( -type f -o -type l \) \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 |
   LC_ALL=C sort -z) >"$list"
count=$(tr -cd '\0' <"$list" | wc -c)
[ "$count" -gt 0 ] || die "$dir: no .txt or .html documents found"

workers=${jobs:-$(nproc)}
if [ -z "$per_shard" ]; then
  per_shard=$(( (count + 4 * workers - 1) / (4 * workers) ))
  [ "$per_shard" -gt 500 ] && per_shard=500
fi

# {0#}: the job's number, zero-padded (the leading 1 makes GNU parallel
# replace it once per job, not once per document)
pargs=(-0 -N "$per_shard" --halt never --joblog "$out/jobs.log"
       --rpl '{0#} 1 $_=sprintf("%04d",$job->seq())')
[ -n "$jobs" ] && pargs+=(-j "$jobs")
run=$(printf '%q ' "$attache" extract --format nquads -q "${extra[@]}")
if [ -z "$sshlogin" ]; then
  # here: documents read in place, shards written straight into OUTDIR
  command=(parallel "${pargs[@]}" "$run -o $(printf %q "$shards")/{0#}.nq -- {}")
else
  # remote: each job gets its documents in a temporary work folder (same
  # relative paths), writes shards/NNNN.nq there, which comes back to
  # OUTDIR/shards/NNNN.nq ('/./' marks where the relative part begins)
  command=(parallel "${pargs[@]}" --sshlogin "$sshlogin" --workdir ... \
           --transferfile {} --return "$out/./shards/{0#}.nq" --cleanup \
           "mkdir -p shards && $run -o shards/{0#}.nq -- {}")
fi
(cd "$dir" && "${command[@]}" :::: "$list") || true

# Shards by the job log (Exitval is column 7): 0 done, 1 written but some
# documents failed (named on stderr by attache), anything else: none.
read -r ok partial failed < <(awk -F'\t' 'NR > 1 {
    if ($7 == 0 && $8 == 0) ok++; else if ($7 == 1 && $8 == 0) partial++; else failed++ }
  END { print ok + 0, partial + 0, failed + 0 }' "$out/jobs.log")
shard_count=$((ok + partial + failed))
# a job can succeed and its shard still not arrive (a failed --return)
arrived=$(find "$shards" -name '*.nq' | wc -l)
if [ "$arrived" -lt $((ok + partial)) ]; then
  echo "attache: $shards: $((ok + partial - arrived)) shards did not come back from the workers" >&2
  failed=$((failed + ok + partial - arrived))
fi
[ "$arrived" -gt 0 ] || die "$dir: no shard was written (see $out/jobs.log)"

# A blank node is a subject, object or graph label starting with _: (IRIs
# cannot hold spaces or '>', and a literal ends in ", @lang or ^^<...>).
blank='^_:|^<[^>]*> <[^>]*> _:|_:[^ "<>]+ \.$'
find "$shards" -name '*.nq' -print0 >"$out/shards.list"
xargs -0 -r grep -lE -- "$blank" <"$out/shards.list" >"$out/blank.list" || true
if [ -s "$out/blank.list" ]; then
  die "$(head -1 "$out/blank.list"): blank nodes: a union of shards would not be their merge"
fi
rm -f "$out/blank.list"
LC_ALL=C sort -u -T "$out" --files0-from="$out/shards.list" -o "$out/.graph.nq.tmp"
mv "$out/.graph.nq.tmp" "$out/graph.nq"
rm -f "$out/shards.list"
quads=$(wc -l <"$out/graph.nq")
[ "$quiet" = 1 ] || echo "attache: $count documents in $shard_count shards of up to $per_shard:" \
  "$quads quads in $out/graph.nq" >&2
[ "$failed" -gt 0 ] && echo "attache: $out/jobs.log: $failed shards failed" >&2

if [ -n "$virtuoso" ]; then
  "$here/virtuoso.sh" load "$virtuoso" "$out/graph.nq" || exit 3
  [ "$quiet" = 1 ] || echo "attache: $out/graph.nq: loaded into Virtuoso ($virtuoso)" >&2
fi
[ $((partial + failed)) -eq 0 ] || exit 1
exit 0
