#!/usr/bin/env python3
"""Crawls a site published by `attache publish` through a real web server.

usage: publish_crawl.py START_URL SITE_DIR

From START_URL, follows every link and stylesheet of every HTML page that
stays on the server; each must answer 200, and each #fragment must name an
element id on its target page. Every resource URL reached (no extension) is
also asked for with Accept: text/turtle and must answer Turtle. At the end,
every .html file of SITE_DIR must have been reached (no page is orphaned).
Prints one line per problem and a closing "N passed, N failed" line; exits
non-zero on any problem.
"""
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])


def fetch(url, accept):
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as e:
        return e.code, "", b""


def main():
    start, site = sys.argv[1], sys.argv[2]
    origin = urllib.parse.urlsplit(start)
    prefix = origin.path  # the site's path: "/kg/"
    passed = failed = 0
    pages = {}  # url without fragment -> set of ids (HTML) or None
    wanted_fragments = []  # (url, fragment, from page)
    queue = [start]
    while queue:
        url = queue.pop()
        if url in pages:
            continue
        status, ctype, body = fetch(url, "text/html")
        if status != 200:
            failed += 1
            print(f"FAIL: {url}: HTTP {status}")
            pages[url] = set()
            continue
        passed += 1
        if not ctype.startswith("text/html"):
            pages[url] = None
            continue
        page = Page()
        page.feed(body.decode("utf-8"))
        pages[url] = page.ids
        for href in page.links:
            target = urllib.parse.urljoin(url, href)
            parts = urllib.parse.urlsplit(target)
            if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
                continue  # a link out (Wikidata, the ontology, the licence)
            if not parts.path.startswith(prefix):
                failed += 1
                print(f"FAIL: {url}: link {href} leaves the site's path {prefix}")
                continue
            bare = urllib.parse.urlunsplit(parts._replace(fragment=""))
            if parts.fragment:
                wanted_fragments.append((bare, urllib.parse.unquote(parts.fragment), url))
            queue.append(bare)
    for bare, fragment, source in wanted_fragments:
        ids = pages.get(bare)
        if ids is None or fragment in ids:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {source}: no id '{fragment}' on {bare}")
    # content negotiation on every resource URL (no extension) that was reached
    resources = [u for u in pages if not os.path.splitext(urllib.parse.urlsplit(u).path)[1]
                 and not u.endswith("/")]
    for url in sorted(resources):
        status, ctype, body = fetch(url, "text/turtle")
        if status == 200 and ctype.startswith("text/turtle") and b"@prefix" in body:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {url} with Accept: text/turtle: HTTP {status} {ctype}")
    # every page of the site is reachable from the index
    reached = {urllib.parse.urlsplit(u).path[len(prefix):] for u in pages}
    for root, _, files in os.walk(site):
        for name in files:
            if not name.endswith(".html"):
                continue
            rel = os.path.relpath(os.path.join(root, name), site)[: -len(".html")]
            if rel == "index" or rel in reached:
                passed += 1
            else:
                failed += 1
                print(f"FAIL: {rel}.html is not linked from any page")
    print(f"crawled {len(pages)} URLs, {len(resources)} resources negotiated",
          file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
