#!/usr/bin/env bash
# The extraction score on the sample documents, against ../shared/gold, with
# the thresholds the issues set: entities and roles (person, state,
# ministry >= 0.90, role >= 0.85) overall and in English and Danish
# documents alike; events >= 0.75 with event dates >= 0.90.
# Skips (exit 77) where ../shared is absent.
#
# The official scorer's events query trips a rasqal 0.9.33 join bug on
# dated events (tests/eval/queries/events-dated.rq says how), so the
# thresholds are checked with tests/eval/score-rasqal-safe, which is the
# official scorer with only the events query split in two; the official
# table is printed too.
set -u
bin=$1
src=$2
shared=$src/../shared
if [ ! -x "$shared/eval/score" ] || [ ! -d "$shared/gold" ]; then
  echo "score: $shared not found: skipped"
  exit 77
fi
command -v roqet >/dev/null || { echo "score: roqet (rasqal-utils) missing"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/pred" "$tmp/gold-en" "$tmp/gold-da"
for f in "$shared"/seeds/*.txt; do
  stem=$(basename "$f" .txt)
  "$bin" -q extract "$f" >"$tmp/pred/$stem.ttl"
  lang=$(grep -o 'dip:language "[a-z]*"' "$tmp/pred/$stem.ttl" | head -1 | cut -d'"' -f2)
  [ -f "$shared/gold/$stem.tsv" ] && cp "$shared/gold/$stem.tsv" "$tmp/gold-${lang:-en}/"
done
status=0
check() { # label gold-dir kinds...
  local label=$1 gold=$2
  shift 2
  "$src/tests/eval/score-rasqal-safe" "$shared/eval/score" "$gold" "$tmp/pred" \
    --json "$tmp/$label.json" >"$tmp/$label.txt" || return 1
  echo "== $label"
  cat "$tmp/$label.txt"
  python3 - "$tmp/$label.json" "$label" "$@" <<'PY' || status=1
import json, sys
res = json.load(open(sys.argv[1]))
label = sys.argv[2]
bad = []
for spec in sys.argv[3:]:
    kind, floor = spec.split("=")
    if res[kind]["gold"] and res[kind]["F1"] < float(floor):
        bad.append(f"{kind} F1 {res[kind]['F1']:.3f} < {floor}")
if bad:
    print(f"score ({label}): " + "; ".join(bad))
    sys.exit(1)
PY
}
echo "== official scorer (events affected by the rasqal join bug)"
"$shared/eval/score" "$shared/gold" "$tmp/pred" | tail -n 10
floors="person=0.90 state=0.90 ministry=0.90 role=0.85 event=0.75 event_date=0.90"
check all "$shared/gold" $floors
check english "$tmp/gold-en" $floors
check danish "$tmp/gold-da" $floors
# Danish documents not worse than English ones on events
python3 - "$tmp/english.json" "$tmp/danish.json" <<'PY' || status=1
import json, sys
en, da = (json.load(open(p))["event"]["F1"] for p in sys.argv[1:3])
if da + 1e-9 < en:
    print(f"score: Danish event F1 {da:.3f} below English {en:.3f}")
    sys.exit(1)
PY
if [ $status -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $status
