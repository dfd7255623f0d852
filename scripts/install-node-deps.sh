#!/usr/bin/env bash
# Installs the npm packages the tests check attache against (tests/node:
# Oxigraph, the independent SPARQL engine of tests/query.sh) from the
# lockfile. Idempotent: does nothing when they are installed and current.
set -euo pipefail
cd "$(dirname "$0")/../tests/node"
if [ -f node_modules/.package-lock.json ] &&
   [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
echo "attache: installing npm packages in tests/node" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null
