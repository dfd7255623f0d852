#!/usr/bin/env bash
# Fuzzes every libFuzzer target in fuzz/ for a bounded time from a copy of
# its committed seed corpus (fuzz/corpus/NAME), so the repository is never
# modified. usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [NAME...]
# Builds build-fuzz/ with clang. Exit status 1 when a target crashed, leaked,
# timed out or ran out of memory; the input that did it is kept under
# build-fuzz/crashes/NAME/ and its path printed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(read_text read_html dates extract)
build=build-fuzz
CC=clang cmake -S . -B "$build" -DATTACHE_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${names[@]/#/fuzz_}" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for name in "${names[@]}"; do
  # the longest input worth mutating: a long article, a short phrase for dates
  max_len=65536
  [ "$name" = dates ] && max_len=1024
  cp -r "fuzz/corpus/$name" "$work/$name"
  crashes="$build/crashes/$name"
  mkdir -p "$crashes"
  log="$build/fuzz_$name.log"
  status=0
  "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$work/$name" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "fuzz_$name: FAILED (exit $status) after ${runs:-?} runs; log: $log" >&2
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: )' "$log" | head -5 >&2 || true
    sed -n 's/.*Test unit written to \(.*\)$/crashing input: \1/p' "$log" >&2
  else
    echo "fuzz_$name: ok, ${runs:-?} runs in ${seconds}s (${speed:-?} exec/s, $cov)"
  fi
done
exit "$failed"
