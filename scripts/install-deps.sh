#!/usr/bin/env bash
# Installs the Debian packages attache needs to build, run and test.
# Idempotent and non-interactive; does nothing when all are present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git
  libraptor2-dev librdf0-dev librasqal3-dev libxml2-dev libjson-c-dev
  libutf8proc-dev libstemmer-dev libcmocka-dev iso-codes
  libxxhash-dev # the knowledge image checksum, compiled in (XXH_INLINE_ALL)
  raptor2-utils rasqal-utils redland-utils serdi python3 valgrind
  parallel rsync # scale-out: GNU parallel, rsync to --sshlogin workers
  virtuoso-opensource-7-bin curl procps iproute2 # Virtuoso on loopback (scripts/virtuoso.sh, its tests)
  default-jre-headless libapache-jena-java # output checkers: Jena's shacl and riot (tests/shacl.sh, tests/parsers.sh)
  nginx chromium fonts-dejavu-core libxml2-utils # attache publish: tests/publish.sh serves the site and screenshots it
  clang libclang-rt-14-dev # fuzzing: clang and its libFuzzer (scripts/fuzz.sh)
)
# Node for the npm checkers (rdf-validate-shacl, N3.js, Oxigraph): Debian's
# nodejs and npm, unless a node with its own npm is installed (NodeSource's
# nodejs conflicts with Debian's npm package)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "attache: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Packages with a service (nginx) must not start it: the tests run their own
# servers on loopback. Debian's invoke-rc.d asks /usr/sbin/policy-rc.d; when
# there is none, one that refuses every start (exit 101) is put there for the
# install and removed after.
policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  policy=/usr/sbin/policy-rc.d
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  trap '$sudo rm -f "$policy"' EXIT
fi
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
