#!/usr/bin/env bash
# Installs the Debian packages attache needs to build, run and test.
# Idempotent and non-interactive; does nothing when all are present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git
  libraptor2-dev librdf0-dev librasqal3-dev libxml2-dev libjson-c-dev
  libutf8proc-dev libstemmer-dev libcmocka-dev iso-codes
  raptor2-utils rasqal-utils redland-utils serdi python3 valgrind
)
# Node for Oxigraph, the SPARQL engine tests/query.sh checks attache query
# against: Debian's nodejs and npm, unless a node with its own npm is
# installed (NodeSource's nodejs conflicts with Debian's npm package)
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
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
