#!/usr/bin/env bash
# Literal and IRI validity: documents whose names and text hold quotes,
# angle brackets, backslashes, spaces, control characters, emoji and invalid
# UTF-8. Every output format parses strictly (serdi for Turtle, N-Triples
# and N-Quads, rapper for RDF/XML), all formats hold the same triples, every
# IRI is a valid IRIREF, every typed literal (found with a SPARQL query by
# roqet) is valid for its datatype. usage: escaping.sh ATTACHE SOURCE_DIR
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
for tool in serdi rapper roqet python3; do
  command -v $tool >/dev/null || { echo "escaping: $tool missing"; exit 1; }
done

docs=$tmp/docs
mkdir -p "$docs"
printf 'Foreign Minister Lars Løkke Rasmussen said "Denmark <stands> with Ukraine" \\o/ on 12 September 2025.\n\nHe met Sergey Lavrov in "Moscow" \\ \\\\ 🇩🇰🇺🇦 😀 \x01\x02\x1b[31m red \xff\xfe end.\n' \
  >"$docs/say \"hello\" <b>\\back\\slash.txt"
printf 'Udenrigsminister Lars Løkke Rasmussen mødtes i dag med Marco Rubio 😀.\n\nDanmark og USA underskrev en aftale den 3. marts 2024 \x7f\x0b om <Grønland>.\n' \
  >"$docs/emoji 😀 "$'\x01'" tab"$'\t'"here.txt"
printf 'Denmark expelled a Russian diplomat on 5 November 2024. The "diplomat" was a spy.\n' \
  >"$docs/bad-"$'\xff\xfe'"-name.txt"
printf 'Norway recognised Palestine in May 2024 and in the 1990s.\n' >"$docs/🇩🇰.txt"
printf 'Sweden and Finland joined NATO in 2023.\n' >"$docs/<>\"{}|^\`.txt"
cat >"$docs/quotes.html" <<'EOF'
<!doctype html><html lang="en-GB&quot; x=&lt;y&gt;"><head>
<meta property="article:published_time" content="2024-11-05T08:30:00Z">
<title>&quot;Estonia&quot; &lt;expels&gt; a \ diplomat &#x1F600; &#1; &#xD800;</title></head>
<body><article><p>Estonia expelled a Russian diplomat today, &quot;foreign minister&quot; Margus Tsahkna said &lt;here&gt; \ &#x1F1EA;&#x1F1EA;.</p>
<p>Latvia and Lithuania praised the decision on Tuesday 5 November 2024.</p></article></body></html>
EOF

# one run per format over all the documents, with a document date so that
# relative dates ("today", "i dag") give typed literals too
status_all=0
for fmt in turtle ntriples nquads rdfxml; do
  "$bin" extract -q -f $fmt -d 2025-09-12 "$docs"/* >"$tmp/all.$fmt" 2>"$tmp/err.$fmt"
  st=$?
  [ $st -eq 0 ] && ok || { bad "extract -f $fmt: exit $st"; sed 's/^/  /' "$tmp/err.$fmt" | head -3; status_all=1; }
done
"$bin" build -q -d 2025-09-12 "$docs" -o "$tmp/built" 2>"$tmp/err.build"
st=$?
[ $st -eq 0 ] && ok || { bad "build: exit $st"; sed 's/^/  /' "$tmp/err.build" | head -3; }

# strict parsing; each to sorted N-Triples (graph names dropped) to compare
strict() { # syntax file -> N-Triples on stdout; fails on any message
  local syntax=$1 file=$2
  if [ "$syntax" = rdfxml ]; then # serdi reads no RDF/XML; it writes the
    # N-Triples here too, so that all formats compare alike
    rapper -q -i rdfxml -o ntriples "$file" 2>"$tmp/parse.err" |
      serdi -i ntriples -o ntriples -q - 2>>"$tmp/parse.err"
  else
    serdi -i "$syntax" -o ntriples -q "$file" 2>"$tmp/parse.err"
  fi
  local st=$?
  [ $st -eq 0 ] && [ ! -s "$tmp/parse.err" ]
}
for fmt in turtle ntriples nquads rdfxml; do
  if strict $fmt "$tmp/all.$fmt" >"$tmp/parsed.$fmt"; then ok
  else bad "$fmt output does not parse: $(head -2 "$tmp/parse.err")"; fi
  sed -E 's/ <[^>]*> \.$/ ./' "$tmp/parsed.$fmt" | sort -u >"$tmp/triples.$fmt"
done
# N-Quads: serdi keeps the graph; the graph of each quad is an IRI
sort -u "$tmp/triples.nquads" -o "$tmp/triples.nquads"
for fmt in ntriples nquads rdfxml; do
  cmp -s "$tmp/triples.turtle" "$tmp/triples.$fmt" && ok ||
    bad "$fmt holds other triples than turtle ($(wc -l <"$tmp/triples.$fmt") vs $(wc -l <"$tmp/triples.turtle"))"
done
n=$(wc -l <"$tmp/triples.turtle")
[ "$n" -gt 100 ] && ok || bad "only $n triples extracted"
for f in "$tmp/built"/*.ttl; do
  strict turtle "$f" >/dev/null && ok || bad "build output $(basename "$f") does not parse: $(head -1 "$tmp/parse.err")"
done
[ "$(find "$tmp/built" -name '*.ttl' | wc -l)" -eq 7 ] && ok ||
  bad "build wrote $(find "$tmp/built" -name '*.ttl' | wc -l) graphs, wanted 6 and graph.ttl"

# every IRI (subject, predicate, IRI object, graph) is an absolute IRI of
# RFC 3987's characters, every line valid UTF-8 without raw controls
python3 - "$tmp/parsed.nquads" <<'EOF' && ok || bad "invalid IRIs or literals (above)"
import re, sys
def ucschar(c):  # RFC 3987, less the bidi controls its section 4.1 forbids
    if c in (0x200E, 0x200F) or 0x202A <= c <= 0x202E: return False
    return (0xA0 <= c <= 0xD7FF or 0xF900 <= c <= 0xFDCF or 0xFDF0 <= c <= 0xFFEF
            or (0x10000 <= c <= 0xEFFFD and (c & 0xFFFF) <= 0xFFFD))
ascii_ok = set(map(ord, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "0123456789-._~:/?#[]@!$&'()*+,;=%"))
unescape = re.compile(r'\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})')
bad = n = 0
for line in open(sys.argv[1], 'rb'):
    text = line.decode('utf-8')  # raises on invalid UTF-8
    if any(ord(ch) < 0x20 for ch in text.rstrip('\n')):
        print('raw control character in', text[:80]); bad += 1
    literal = re.search(r'"(?:[^"\\]|\\.)*"\S*', text)  # IRIs are outside it
    outside = text[:literal.start()] + text[literal.end():] if literal else text
    for ref in re.findall(r'<([^>]*)>', outside):
        n += 1
        value = unescape.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), ref)
        if not re.match(r'[A-Za-z][A-Za-z0-9+.-]*:', value) or \
           not all(ord(c) in ascii_ok or ucschar(ord(c)) for c in value):
            print('invalid IRI:', ascii(value)); bad += 1
print(f'escaping: {n} IRIs checked')
sys.exit(1 if bad or not n else 0)
EOF

# typed literals, found by a SPARQL engine, checked against their datatype
cat >"$tmp/typed.rq" <<'EOF'
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?o WHERE { ?s ?p ?o . FILTER(isLiteral(?o) && LANG(?o) = "" && DATATYPE(?o) != xsd:string) }
EOF
roqet -q -i sparql -r tsv -D "$tmp/all.ntriples" "$tmp/typed.rq" >"$tmp/typed.tsv" 2>"$tmp/roqet.err"
[ -s "$tmp/typed.tsv" ] && ok || bad "roqet found no typed literals: $(head -1 "$tmp/roqet.err")"
python3 - "$tmp/typed.tsv" <<'EOF' && ok || bad "typed literals invalid for their datatype (above)"
import datetime, re, sys
XSD = 'http://www.w3.org/2001/XMLSchema#'
rules = {
    'date': r'\d{4}-\d{2}-\d{2}', 'gYearMonth': r'\d{4}-(0[1-9]|1[0-2])',
    'gYear': r'\d{4}', 'integer': r'[+-]?\d+', 'nonNegativeInteger': r'\+?\d+',
}
bad = seen = 0
kinds = set()
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.startswith('"'):
        continue  # the header
    m = re.fullmatch(r'"(.*)"\^\^<(.*)>', line)
    if not m:
        print('unparsed row:', line); bad += 1; continue
    value, dt = m.groups()
    seen += 1
    name = dt[len(XSD):] if dt.startswith(XSD) else None
    kinds.add(name or dt)
    ok = name in rules and re.fullmatch(rules[name], value) is not None
    if ok and name == 'date':
        try: datetime.date.fromisoformat(value)
        except ValueError: ok = False
    if ok and name in ('date', 'gYearMonth', 'gYear'):
        ok = value[:4] != '0000'
    if not ok:
        print(f'invalid or unchecked literal: "{value}"^^<{dt}>'); bad += 1
print(f'escaping: {seen} typed literals checked ({", ".join(sorted(kinds))})')
sys.exit(1 if bad or not seen else 0)
EOF
grep -q '"2025-09-12"^^<http://www.w3.org/2001/XMLSchema#date>' "$tmp/parsed.ntriples" && ok ||
  bad "no relative date resolved against --date"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
