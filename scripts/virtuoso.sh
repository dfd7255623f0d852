#!/usr/bin/env bash
# A throwaway Virtuoso server for attache's graphs: Debian's
# virtuoso-opensource-7-bin (virtuoso-t, isql-vt), in its own folder, on
# 127.0.0.1 only, on free ports, with a random dba password.
#
#   virtuoso.sh start [DIR] [--foreground]   create DIR (or a temporary one),
#                                 start, wait until SQL and HTTP answer, print
#                                 VIRTUOSO_* variables (also in DIR/env)
#   virtuoso.sh stop DIR          stop the server started in DIR, and only it
#   virtuoso.sh load TARGET FILE [GRAPH]
#                                 bulk-load FILE (.nq .nt .ttl .trig .rdf,
#                                 optionally .gz) with ld_dir/rdf_loader_run/
#                                 checkpoint; triples (not quads) go to GRAPH
#                                 (default: urn:attache:graph)
#   virtuoso.sh password DIR     set the random dba password of DIR/env (after
#                                 start --foreground; start does it itself)
#   virtuoso.sh sparql TARGET [-g GRAPH] (-e QUERY | -f FILE.rq) [ACCEPT]
#                                 run a query over the SPARQL HTTP endpoint
#                                 (on GRAPH as the default graph, else on
#                                 all graphs); results on stdout as ACCEPT
#                                 (default application/sparql-results+xml)
#
# TARGET is a DIR made by `start`, or HOST:PORT of a Virtuoso server you run
# yourself (SQL port; the user and password come from VIRTUOSO_USER and
# VIRTUOSO_PASSWORD, default dba/dba, its HTTP port from VIRTUOSO_HTTP; the
# file must then be readable by that server and inside its DirsAllowed).
set -euo pipefail

die() { echo "attache: $1" >&2; exit "${2:-3}"; }
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
help() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0; }

server_bin=virtuoso-t
isql_bin=isql-vt

# A TCP port nobody listens on now (the kernel's choice for port 0).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Reads DIR/env (written by start) or HOST:PORT into VIRTUOSO_* variables.
target() {
  local t=$1
  if [ -d "$t" ]; then
    [ -f "$t/env" ] || die "$t: not a folder made by 'virtuoso.sh start'"
    # shellcheck disable=SC1091
    . "$t/env"
  elif [[ $t == *:* ]]; then
    VIRTUOSO_DIR=
    VIRTUOSO_HOST=${t%:*}
    VIRTUOSO_PORT=${t##*:}
    VIRTUOSO_USER=${VIRTUOSO_USER:-dba}
    VIRTUOSO_PASSWORD=${VIRTUOSO_PASSWORD:-dba}
    VIRTUOSO_HTTP=${VIRTUOSO_HTTP:-8890}
    VIRTUOSO_SPARQL=${VIRTUOSO_SPARQL:-http://$VIRTUOSO_HOST:$VIRTUOSO_HTTP/sparql}
  else
    die "$t: neither a server folder nor HOST:PORT" 2
  fi
}

isql() { # SQL statements...
  "$isql_bin" "$VIRTUOSO_HOST:$VIRTUOSO_PORT" "$VIRTUOSO_USER" "$VIRTUOSO_PASSWORD" \
    VERBOSE=OFF BANNER=OFF PROMPT=OFF ERRORS=STDOUT "exec=$*"
}

# The pid in DIR/virtuoso.pid, if it is still the virtuoso-t of DIR's ini
# (a pid alone could have been reused by another program).
our_pid() {
  local dir=$1 pid
  pid=$(cat "$dir/virtuoso.pid" 2>/dev/null) || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$dir/virtuoso.ini" || return 1
  echo "$pid"
}

# Has process PID ended? (A zombie has: it waits only for its parent, which
# for a daemon is init, to collect its status.)
gone() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 0
  [[ $state == Z* ]]
}

write_ini() { # dir sqlport httpport
  local d=$1
  cat >"$d/virtuoso.ini" <<EOF
; Written by attache's scripts/virtuoso.sh: a throwaway server on loopback.
[Database]
DatabaseFile       = $d/db/virtuoso.db
ErrorLogFile       = $d/virtuoso.log
LockFile           = $d/db/virtuoso.lck
TransactionFile    = $d/db/virtuoso.trx
xa_persistent_file = $d/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $d/db/virtuoso-temp.db
TransactionFile    = $d/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
; SQL (isql) port, bound to loopback only; no Unix socket in /tmp
ServerPort           = 127.0.0.1:$2
DisableUnixSocket    = 1
MaxClientConnections = 8
CheckpointInterval   = 0
; about 85 MB of buffers: enough for millions of triples, small for a test
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
; the bulk loader reads files only from here ('load' links them into load/)
DirsAllowed          = ., $d/load
VADInstallDir        = $d/vad

[HTTPServer]
ServerPort           = 127.0.0.1:$3
ServerRoot           = $d/www
MaxClientConnections = 4
ServerThreads        = 4
EnabledDavVSP        = 0

[SPARQL]
ResultSetMaxRows       = 1000000
MaxQueryExecutionTime  = 120
MaxQueryCostEstimationTime = 0
EOF
}

start() {
  local dir="" foreground=0
  for a in "$@"; do
    case $a in
      --foreground) foreground=1 ;;
      -*) usage ;;
      *) dir=$a ;;
    esac
  done
  command -v "$server_bin" >/dev/null ||
    die "$server_bin: not found (Debian package virtuoso-opensource-7-bin)"
  if [ -z "$dir" ]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/attache-virtuoso.XXXXXX")
  else mkdir -p "$dir"; fi
  dir=$(cd "$dir" && pwd)
  [ -e "$dir/virtuoso.ini" ] && die "$dir: already holds a server; stop it or use another folder" 2
  mkdir -p "$dir/db" "$dir/load" "$dir/www" "$dir/vad"
  local password sql http
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  sql=$(free_port)
  http=$(free_port)
  while [ "$http" = "$sql" ]; do http=$(free_port); done
  write_ini "$dir" "$sql" "$http"
  (umask 077
   cat >"$dir/env" <<EOF
VIRTUOSO_DIR=$dir
VIRTUOSO_HOST=127.0.0.1
VIRTUOSO_PORT=$sql
VIRTUOSO_HTTP=$http
VIRTUOSO_SPARQL=http://127.0.0.1:$http/sparql
VIRTUOSO_USER=dba
VIRTUOSO_PASSWORD=$password
EOF
  )
  if [ "$foreground" = 1 ]; then
    grep -v PASSWORD "$dir/env"
    echo "$$" >"$dir/virtuoso.pid" # exec keeps this pid
    cd "$dir"
    # the password is set by `virtuoso.sh password DIR` from another shell
    echo "attache: virtuoso: dba password is 'dba' until you run: $0 password $dir" >&2
    exec "$server_bin" +foreground +configfile "$dir/virtuoso.ini"
  fi
  # +wait: the server forks into the background and this returns when it
  # is up (or has failed); its pid is in the lock file as VIRT_PID=N
  (cd "$dir" && "$server_bin" +wait +configfile "$dir/virtuoso.ini" >"$dir/start.log" 2>&1) || {
    tail -5 "$dir/virtuoso.log" >&2 2>/dev/null
    die "$dir: virtuoso-t did not start"
  }
  local pid
  pid=$(sed -n 's/^VIRT_PID=//p' "$dir/db/virtuoso.lck" 2>/dev/null)
  [ -n "$pid" ] || die "$dir: no pid in virtuoso.lck"
  echo "$pid" >"$dir/virtuoso.pid"
  target "$dir"
  local i
  for i in $(seq 1 120); do
    if curl -fsS -o /dev/null -G "$VIRTUOSO_SPARQL" --data-urlencode 'query=ASK {}' 2>/dev/null; then
      set_password "$dir" || { stop "$dir"; die "$dir: could not set the dba password"; }
      grep -v PASSWORD "$dir/env"
      return 0
    fi
    our_pid "$dir" >/dev/null || { tail -5 "$dir/virtuoso.log" >&2; die "$dir: virtuoso-t exited"; }
    sleep 0.5
  done
  stop "$dir"
  die "$dir: virtuoso-t did not answer within 60 s"
}

# A new database has dba/dba (virtuoso-t's +pwddba does not change that
# here); replace it with the random one in DIR/env at once, so that other
# local users cannot log in to the loopback port.
set_password() {
  target "$1"
  "$isql_bin" "127.0.0.1:$VIRTUOSO_PORT" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
    ERRORS=STDOUT "exec=USER_SET_PASSWORD('dba', '$VIRTUOSO_PASSWORD');" >/dev/null &&
    isql "select 1;" >/dev/null
}

stop() {
  local dir=${1:?}
  dir=$(cd "$dir" 2>/dev/null && pwd) || die "$1: no such folder" 2
  local pid
  pid=$(our_pid "$dir") || { rm -f "$dir/virtuoso.pid"; return 0; } # not running
  target "$dir"
  # a clean shutdown checkpoints; SIGTERM only if that does not answer
  timeout 20 "$isql_bin" "127.0.0.1:$VIRTUOSO_PORT" dba "$VIRTUOSO_PASSWORD" \
    VERBOSE=OFF BANNER=OFF "exec=shutdown;" >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do
    gone "$pid" && { rm -f "$dir/virtuoso.pid"; return 0; }
    sleep 0.5
    [ "$i" = 40 ] && kill -TERM "$pid" 2>/dev/null
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$dir/virtuoso.pid"
}

load() {
  [ $# -ge 2 ] && [ $# -le 3 ] || usage
  target "$1"
  local file=$2 graph=${3:-urn:attache:graph}
  [ -r "$file" ] || die "$file: cannot read"
  local dir name
  if [ -n "$VIRTUOSO_DIR" ]; then
    # our own server reads only from its load/ folder: link (or copy) the
    # file there, in a folder of its own so ld_dir picks exactly this file
    dir=$(mktemp -d "$VIRTUOSO_DIR/load/XXXXXX")
    name=$(basename "$file")
    ln "$file" "$dir/$name" 2>/dev/null || cp "$file" "$dir/$name"
  else
    dir=$(cd "$(dirname "$file")" && pwd)
    name=$(basename "$file")
  fi
  local q="'"
  # quotes in SQL strings are doubled
  local sdir=${dir//$q/$q$q} sname=${name//$q/$q$q} sgraph=${graph//$q/$q$q}
  local out
  out=$(isql "ld_dir('$sdir', '$sname', '$sgraph'); rdf_loader_run(); checkpoint;
select ll_state, ll_error from DB.DBA.load_list where ll_file = '$sdir/$sname';") ||
    { [ -n "$VIRTUOSO_DIR" ] && rm -rf "$dir"; die "$file: isql failed: $(tr '\n' ' ' <<<"$out")"; }
  [ -n "$VIRTUOSO_DIR" ] && rm -rf "$dir"
  # the load list row: state 2 = done; ll_error NULL = no error
  grep -Eq '^2[[:space:]]+NULL[[:space:]]*$' <<<"$out" ||
    die "$file: not loaded: $(grep -v '^$' <<<"$out" | tail -3 | tr '\n' ' ')"
}

sparql() {
  [ $# -ge 3 ] || usage
  target "$1"
  shift
  local query="" graph="" accept=application/sparql-results+xml
  while [ $# -gt 0 ]; do
    case $1 in
      -e) [ $# -ge 2 ] || usage; query=$2; shift 2 ;;
      -f) [ $# -ge 2 ] || usage; query=$(cat "$2") || die "$2: cannot read"; shift 2 ;;
      -g) [ $# -ge 2 ] || usage; graph=$2; shift 2 ;;
      -*) usage ;;
      *) accept=$1; shift ;;
    esac
  done
  [ -n "$query" ] || usage
  local args=(--data-urlencode "query=$query")
  [ -n "$graph" ] && args+=(--data-urlencode "default-graph-uri=$graph")
  curl -fsS --max-time 120 -H "Accept: $accept" "${args[@]}" "$VIRTUOSO_SPARQL"
}

[ $# -ge 1 ] || usage
command=$1
shift
case $command in
  start) start "$@" ;;
  stop) [ $# -eq 1 ] || usage; stop "$1" ;;
  load) load "$@" ;;
  sparql) sparql "$@" ;;
  password) [ $# -eq 1 ] || usage; set_password "$1" ;;
  -h|--help) help ;;
  *) usage ;;
esac
