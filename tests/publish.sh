#!/usr/bin/env bash
# attache publish: the site of the sample corpus, served by a real nginx on
# loopback with the configuration attache writes: content negotiation, every
# internal link and #fragment resolves, every Turtle file parses, void.ttl
# describes the dataset, pages escape what the graph says, output is
# deterministic; then headless Chromium screenshots the index and a person
# page into output/publish-index.png and output/publish-person.png.
# usage: publish.sh ATTACHE SOURCE_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null
    wait "$nginx_pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# nginx's workers run as 'nobody' when the test runs as root: they must be
# able to read the site
chmod 755 "$tmp"
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { # name, expected status, command...
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then ok
  else no "$name: exit $got, wanted $want"; sed 's/^/  /' "$tmp/err" | head -5; fi
}
has() { # name, file, fixed string
  if grep -qF -- "$3" "$2"; then ok; else no "$1: '$3' not in $(basename "$2")"; fi
}
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit
}
for tool in nginx chromium curl rapper xmllint python3; do
  command -v "$tool" >/dev/null || { no "$tool is not installed (scripts/install-deps.sh)"; finish; }
done

"$bin" -q build "$src/corpus" -o "$tmp/graph" || { no "attache build"; finish; }
graph=$tmp/graph/graph.ttl
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
site=$tmp/site
base=https://example.org/kg/

# ---- the command line ------------------------------------------------------
check "publish" 0 "$bin" publish --base "$base" --graph "$graph" \
  --license https://creativecommons.org/licenses/by/4.0/ \
  --sparql-endpoint https://example.org/sparql --nginx-listen "127.0.0.1:$port" "$site"
has "summary" "$tmp/err" "resources published to $site"
check "help" 0 "$bin" publish --help
has "help text" "$tmp/out" "Usage: attache publish --base IRI"
check "no base" 2 "$bin" publish --graph "$graph" "$tmp/x"
check "base without slash" 2 "$bin" publish --base https://example.org/kg --graph "$graph" "$tmp/x"
check "base not an IRI" 2 "$bin" publish --base "not an iri/" --graph "$graph" "$tmp/x"
check "no outdir" 2 "$bin" publish --base "$base" --graph "$graph"
check "bad listen" 2 "$bin" publish --base "$base" --graph "$graph" --nginx-listen 'x;y' "$tmp/x"
check "missing graph" 3 "$bin" publish --base "$base" --graph "$tmp/nope.ttl" "$tmp/x"
has "missing graph message" "$tmp/err" "attache: $tmp/nope.ttl: No such file"
printf '<a> <b> "unterminated .\n' >"$tmp/bad.ttl"
check "broken graph" 3 "$bin" publish --base "$base" --graph "$tmp/bad.ttl" "$tmp/x"
has "broken graph message" "$tmp/err" "attache: $tmp/bad.ttl:1: "
check "foreign graph base" 3 "$bin" publish --base "$base" --graph "$graph" \
  --graph-base https://elsewhere.example/id/ "$tmp/x"
has "foreign graph base message" "$tmp/err" "no resources under https://elsewhere.example/id/"

# ---- the files ---------------------------------------------------------------
for f in index.html void.ttl graph.ttl nginx/nginx.conf nginx/attache-http.conf \
  nginx/attache-server.conf person/marco-rubio.html person/marco-rubio.ttl; do
  [ -s "$site/$f" ] && ok || no "$f missing"
done
if grep -rq "w3id.org/attache/id/" "$site" --include='*.ttl' --include='*.html'; then
  no "IRIs of the graph's base left in the site"; else ok; fi
ttl_bad=0
ttl_count=0
while IFS= read -r -d '' f; do
  ttl_count=$((ttl_count + 1))
  rapper -q -i turtle -c "$f" >/dev/null 2>"$tmp/rapper" || { ttl_bad=$((ttl_bad + 1)); no "rapper: $f"; head -3 "$tmp/rapper"; }
done < <(find "$site" -name '*.ttl' -print0)
[ "$ttl_count" -gt 90 ] && [ "$ttl_bad" -eq 0 ] && ok || no "$ttl_bad of $ttl_count Turtle files do not parse"
# libxml2's HTML parser knows HTML 4: the HTML5 sectioning elements are the
# only complaints allowed
html_bad=0
while IFS= read -r -d '' f; do
  xmllint --html --noout "$f" 2>&1 | grep 'error' |
    grep -vE 'Tag (header|main|section|nav|footer) invalid' >"$tmp/xmllint"
  [ ! -s "$tmp/xmllint" ] ||
    { html_bad=$((html_bad + 1)); no "xmllint --html: $f"; head -3 "$tmp/xmllint"; }
done < <(find "$site" -name '*.html' -print0)
[ "$html_bad" -eq 0 ] && ok
# one page and one Turtle file per resource, the same resources
[ "$(find "$site" -name '*.html' | wc -l)" -eq "$(($(find "$site" -name '*.ttl' | wc -l) - 1))" ] &&
  ok || no "pages and Turtle files differ in number"
has "person's Turtle" "$site/person/marco-rubio.ttl" "<https://example.org/kg/person/marco-rubio>"
has "person's offices" "$site/person/marco-rubio.html" "Foreign minister of United States"
has "person's timeline" "$site/person/marco-rubio.html" 'id="timeline"'
has "evidence links to its document" "$site/person/marco-rubio.html" 'href="../doc/001-2f5dc1a3df5a1a7c-a26ea000a482c35a#ev-PhoneCall-0"'
has "sameAs out" "$site/state/DK.html" 'href="http://www.wikidata.org/entity/Q35"'
has "Danish label" "$site/state/DK.html" "Danmark"

# VoID: parses, and its counts are the site's
rapper -q -i turtle -o ntriples "$site/void.ttl" >"$tmp/void.nt" 2>"$tmp/err" && ok || no "void.ttl does not parse"
triples=$(rapper -i turtle -c "$site/graph.ttl" 2>&1 | sed -n "s/.*returned \([0-9]*\) triples.*/\1/p")
# distinct statements: attache writes graph.ttl one document at a time, so a
# state two documents describe is described twice in the file
source_triples=$(rapper -q -i turtle -o ntriples "$graph" | LC_ALL=C sort -u | wc -l)
[ "$triples" = "$source_triples" ] && ok || no "graph.ttl has $triples statements, the graph $source_triples"
XSD='<http://www.w3.org/2001/XMLSchema#integer>'
DS="<${base}void.ttl#dataset>"
has "void:Dataset" "$tmp/void.nt" "$DS <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://rdfs.org/ns/void#Dataset> ."
has "void:triples" "$tmp/void.nt" "$DS <http://rdfs.org/ns/void#triples> \"$triples\"^^$XSD ."
has "void:entities" "$tmp/void.nt" "$DS <http://rdfs.org/ns/void#entities> \"$(find "$site" -name '*.html' ! -name index.html | wc -l)\"^^$XSD ."
has "void:classPartition" "$tmp/void.nt" "<${base}void.ttl#class-dip-Person> <http://rdfs.org/ns/void#entities> \"17\"^^$XSD ."
has "void licence" "$tmp/void.nt" "$DS <http://purl.org/dc/terms/license> <https://creativecommons.org/licenses/by/4.0/> ."
has "void endpoint" "$tmp/void.nt" "$DS <http://rdfs.org/ns/void#sparqlEndpoint> <https://example.org/sparql> ."
has "void example" "$tmp/void.nt" "$DS <http://rdfs.org/ns/void#exampleResource> <${base}person/"
has "void dump" "$tmp/void.nt" "$DS <http://rdfs.org/ns/void#dataDump> <${base}graph.ttl> ."

# deterministic: a second run writes the same site (nginx files name the folder)
"$bin" publish -q --base "$base" --graph "$graph" --license https://creativecommons.org/licenses/by/4.0/ \
  --sparql-endpoint https://example.org/sparql --nginx-listen "127.0.0.1:$port" "$tmp/site2"
diff -r -x nginx "$site" "$tmp/site2" >/dev/null && ok || no "two runs differ"

# what the graph says is escaped in pages, never markup
cat >"$tmp/evil.ttl" <<'EOF'
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dip: <https://w3id.org/attache/ns#> .
<https://w3id.org/attache/id/person/evil> a dip:Person ;
  rdfs:label "<script>alert(1)</script> & \"Bobby\""@en ;
  dip:knows <https://w3id.org/attache/id/person/with%20space> .
<https://w3id.org/attache/id/person/with%20space> rdfs:label "Odd"@en .
EOF
check "odd graph" 0 "$bin" publish --base "$base" --graph "$tmp/evil.ttl" "$tmp/evil"
has "unfit path reported" "$tmp/err" "person/with%20space: not published"
has "label escaped" "$tmp/evil/person/evil.html" "&lt;script&gt;alert(1)&lt;/script&gt; &amp;"
if grep -q "<script>" "$tmp/evil/person/evil.html"; then no "markup from the graph in a page"; else ok; fi
[ ! -e "$tmp/evil/person/with%20space.html" ] && ok || no "unfit path published"

# ---- a real nginx with the generated configuration ----------------------------
mkdir -p "$tmp/run"
nginx -p "$tmp/run" -e "$tmp/run/error.log" -c "$site/nginx/nginx.conf" -g 'daemon off;' \
  2>>"$tmp/run/stderr" &
nginx_pid=$!
url=http://127.0.0.1:$port/kg
for _ in $(seq 50); do
  curl -s -o /dev/null "$url/" && break
  sleep 0.1
done
curl -s -o /dev/null "$url/" && ok || { no "nginx did not start"; cat "$tmp/run/stderr" "$tmp/run/error.log"; finish; }

negotiate() { # name, accept, path, wanted content type
  local got
  got=$(curl -s -o "$tmp/body" -w '%{http_code} %{content_type}' -H "Accept: $2" "$url/$3")
  [ "$got" = "200 $4; charset=utf-8" ] && ok || no "$1: $3 with Accept: $2 gave '$got'"
}
negotiate "turtle" "text/turtle" person/marco-rubio text/turtle
rapper -q -i turtle -I "${base}person/marco-rubio" -c - <"$tmp/body" >/dev/null 2>&1 && ok || no "negotiated Turtle does not parse"
cmp -s "$tmp/body" "$site/person/marco-rubio.ttl" && ok || no "negotiated Turtle is not the .ttl file"
negotiate "html" "text/html" person/marco-rubio text/html
cmp -s "$tmp/body" "$site/person/marco-rubio.html" && ok || no "negotiated HTML is not the .html file"
negotiate "browser" "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" person/marco-rubio text/html
negotiate "anything" "*/*" person/marco-rubio text/html
negotiate "turtle first" "application/x-turtle, text/html;q=0.5" state/DK text/turtle
negotiate "html first" "text/html, text/turtle;q=0.5" state/DK text/html
negotiate "explicit .ttl" "text/html" person/marco-rubio.ttl text/turtle
negotiate "explicit .html" "text/turtle" person/marco-rubio.html text/html
negotiate "index" "text/html" "" text/html
negotiate "void" "*/*" void.ttl text/turtle
negotiate "nested path" "text/turtle" post/ForeignMinister/state-us text/turtle
curl -s -D "$tmp/headers" -o /dev/null -H 'Accept: text/turtle' "$url/state/DK"
grep -qi '^Vary: Accept' "$tmp/headers" && ok || no "no Vary: Accept header"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/person/nobody")" = 404 ] && ok || no "unknown resource is not 404"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/nginx/nginx.conf")" = 404 ] && ok || no "nginx files are served"
[ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$url")" = "301 $url/" ] && ok || no "/kg does not redirect to /kg/"

python3 "$src/tests/publish_crawl.py" "$url/" "$site" >"$tmp/crawl" 2>&1
crawl_status=$?
grep FAIL "$tmp/crawl" | head -20
tail -2 "$tmp/crawl"
[ "$crawl_status" -eq 0 ] && ok || no "crawler found broken links"

# ---- screenshots in headless Chromium -------------------------------------------------
mkdir -p "$src/output"
shoot() { # page, file
  rm -f "$2"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$tmp/chromium" --screenshot="$2" --window-size=1200,900 "$url/$1" \
    >"$tmp/chromium.log" 2>&1
  if [ -s "$2" ] && [ "$(head -c 8 "$2" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] &&
    [ "$(stat -c %s "$2")" -gt 20000 ]; then ok
  else no "screenshot of /$1 ($2)"; tail -5 "$tmp/chromium.log"; fi
}
shoot "" "$src/output/publish-index.png"
shoot person/lars-lokke-rasmussen "$src/output/publish-person.png"
grep -q "GET /kg/person/lars-lokke-rasmussen HTTP/1.1\" 200" "$tmp/run/access.log" && ok ||
  no "Chromium's request is not in nginx's log"
finish
