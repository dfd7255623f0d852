#!/usr/bin/env bash
# Installs the npm packages the test suite checks attache's output with
# (tests/node/package.json: rdf-validate-shacl, N3.js, Oxigraph), exactly as locked in
# tests/node/package-lock.json. Idempotent: does nothing when node_modules
# is already what the lockfile says.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/tests/node"
installed="$dir/node_modules/.package-lock.json"
if [ -f "$installed" ] && [ "$installed" -nt "$dir/package-lock.json" ] &&
   [ "$installed" -nt "$dir/package.json" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "attache: npm missing (scripts/install-deps.sh)" >&2; exit 1; }
echo "attache: installing the npm packages of tests/node" >&2
npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
