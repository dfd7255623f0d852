#!/usr/bin/env bash
# Runs an Apache Jena command from Debian's libapache-jena-java, which ships
# the jars but no launcher:
#   scripts/jena.sh shacl.shacl validate --shapes S.ttl --data D.ttl
#   scripts/jena.sh riotcmd.riot --validate FILE.rdf
#   scripts/jena.sh arq.sparql --data D.ttl --query Q.rq
# Jena 4.5's relocated Xerces (org.apache.jena.ext.xerces) looks for its
# message resources under xerces/impl/, where the jar does not have them,
# and every command dies at start-up with "internal error"; this copies
# them out of jena-core.jar into ATTACHE_JENA_DIR (default: a folder in
# the temporary directory) once and puts that folder on the class path.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 CLASS [ARG]..." >&2; exit 2; }
java_dir=/usr/share/java
if ! command -v java >/dev/null || [ ! -f "$java_dir/jena-core.jar" ]; then
  echo "attache: $java_dir/jena-core.jar: Jena is not installed (scripts/install-deps.sh)" >&2
  exit 3
fi
dir=${ATTACHE_JENA_DIR:-${TMPDIR:-/tmp}/attache-jena-$(id -u)}
stamp="$dir/xerces/.extracted"
if [ ! -f "$stamp" ] || [ "$java_dir/jena-core.jar" -nt "$stamp" ]; then
  # built aside and renamed into place: tests running in parallel may race
  mkdir -p "$dir"
  tmp=$(mktemp -d "$dir/extract.XXXXXX")
  python3 - "$java_dir/jena-core.jar" "$tmp" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        if n.startswith("org/apache/jena/ext/xerces/impl/") and not n.endswith((".class", "/")):
            z.extract(n, sys.argv[2])
PY
  mkdir "$tmp/xerces"
  mv "$tmp/org/apache/jena/ext/xerces/impl" "$tmp/xerces/impl"
  touch "$tmp/xerces/.extracted"
  [ -f "$stamp" ] && rm -rf "$dir/xerces"
  mv -T "$tmp/xerces" "$dir/xerces" 2>/dev/null || true # another run was first
  rm -rf "$tmp"
fi
# Jena's jars and those of the Debian packages it depends on, with one
# slf4j binding (the simple one: riot reports syntax errors as log lines on
# stderr).
cp="$dir"
for jar in jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index \
    jena-dboe-storage jena-dboe-trans-data jena-dboe-transaction jena-iri \
    jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2 commons-cli \
    commons-codec commons-compress commons-csv commons-io commons-lang3 \
    dexx.collection gson guava httpclient httpcore jackson-core jackson-databind \
    jsonld-java jakarta.json-api protobuf thrift titanium-json-ld slf4j-api slf4j-simple; do
  cp="$cp:$java_dir/$jar.jar"
done
exec java -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$cp" "$@"
