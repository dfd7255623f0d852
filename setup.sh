#!/usr/bin/env bash
# One command: install what attache needs, build it, and build the graph of
# the bundled sample corpus into output/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
build/attache build corpus -o output
