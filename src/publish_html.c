/*
 * publish_html — the frame every page of a published site shares (head with
 * an embedded style sheet, header, footer), links between pages, and the
 * index page. Pages are libxml2 trees: xmlNewTextChild and xmlNewProp escape
 * whatever text the graph holds.
 */
#include "publish_html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define X(s) ((const xmlChar *)(s))

/* Small on purpose: one screen of rules, no selectors that need escaping. */
static const char style[] =
    "body{font:15px/1.5 'DejaVu Sans',system-ui,sans-serif;margin:0;color:#1d2330;"
    "background:#eef1f5}"
    "header{background:#1f3a5f;padding:.7rem 2rem;display:flex;gap:1.5rem;align-items:baseline}"
    "header a{color:#fff;text-decoration:none}"
    "header a.home{font-weight:bold;font-size:1.1rem}"
    "main{max-width:64rem;margin:1.5rem auto;padding:1.2rem 2rem 1.5rem;background:#fff;"
    "border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15)}"
    "h1{margin:.2rem 0;font-size:1.7rem;line-height:1.25}"
    "h2{font-size:1.1rem;color:#1f3a5f;border-bottom:2px solid #e3e6eb;padding-bottom:.2rem;"
    "margin:1.6rem 0 .6rem}"
    "a{color:#1a5fb4;text-decoration:none}"
    "a:hover{text-decoration:underline}"
    ".iri{font-family:'DejaVu Sans Mono',monospace;font-size:.8rem;color:#5a6473;"
    "word-break:break-all;margin:.2rem 0 .5rem}"
    ".badge{display:inline-block;background:#e3ebf6;color:#1f3a5f;border-radius:3px;"
    "padding:0 .45rem;margin:0 .3rem .2rem 0;font-size:.8rem}"
    ".subtitle{color:#4a5462;margin:0}"
    "table{border-collapse:collapse;width:100%;font-size:.9rem}"
    "th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e3e6eb}"
    "th{background:#f3f5f8;font-weight:600;color:#4a5462}"
    "td.date{white-space:nowrap;font-family:'DejaVu Sans Mono',monospace;font-size:.82rem}"
    "td.num{text-align:right}"
    "blockquote{margin:0 0 .2rem;padding:0 .6rem;border-left:3px solid #9bb3d4;color:#333}"
    ".lang,.role,.muted{color:#7a8390;font-size:.78rem}"
    ".lang,.role{margin-left:.25rem}"
    ".planned{color:#a05a00;font-size:.78rem}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1.2rem;margin:.4rem 0}"
    "dt{font-weight:600;color:#4a5462}"
    "dd{margin:0}"
    "ul.names{columns:3 14rem;padding-left:1.1rem;margin:.3rem 0}"
    "ul.plain{padding-left:1.1rem;margin:.3rem 0}"
    "nav.kinds a{margin-right:1rem}"
    "footer{max-width:64rem;margin:0 auto 2rem;padding:0 2rem;color:#6b7480;font-size:.82rem}"
    "footer a{margin-right:1rem}";

static const struct { const char *prefix, *ns; } known[] = {
    {"rdf", PUB_RDF},   {"rdfs", PUB_RDFS},    {"xsd", PUB_XSD},   {"owl", PUB_OWL},
    {"skos", PUB_SKOS}, {"org", PUB_ORG},      {"prov", PUB_PROV}, {"dcterms", PUB_DCT},
    {"dip", PUB_DIP},   {"wd", PUB_WD},        {"void", PUB_VOID}, {"foaf", PUB_FOAF}};

const char *pub_curie(const char *iri, char *buf, size_t size) {
  for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
    size_t n = strlen(known[i].ns);
    if (!strncmp(iri, known[i].ns, n) && iri[n] && !strpbrk(iri + n, "/#")) {
      snprintf(buf, size, "%s:%s", known[i].prefix, iri + n);
      return buf;
    }
  }
  return iri;
}

void pub_humanise(const char *local, char *buf, size_t size) {
  size_t o = 0;
  for (size_t i = 0; local[i] && o + 2 < size; i++) {
    char c = local[i];
    if (c >= 'A' && c <= 'Z' && i > 0) {
      buf[o++] = ' ';
      c = (char)(c - 'A' + 'a');
    }
    buf[o++] = c;
  }
  buf[o] = '\0';
}

xmlNodePtr pub_el(xmlNodePtr parent, const char *tag, const char *text, const char *cls) {
  xmlNodePtr n = xmlNewTextChild(parent, NULL, X(tag), X(text));
  if (n && cls) xmlNewProp(n, X("class"), X(cls));
  return n;
}

xmlNodePtr pub_a(xmlNodePtr parent, const char *href, const char *text, const char *cls) {
  xmlNodePtr a = pub_el(parent, "a", text, cls);
  if (a) xmlNewProp(a, X("href"), X(href));
  return a;
}

xmlNodePtr pub_section(pub_page *pg, const char *id, const char *title) {
  xmlNodePtr s = pub_el(pg->main, "section", NULL, NULL);
  if (s) {
    xmlNewProp(s, X("id"), X(id));
    pub_el(s, "h2", title, NULL);
  }
  return s;
}

char *pub_href(const pub_page *pg, const char *iri) {
  const pub_resource *r = pub_graph_find(pg->site->graph, iri);
  if (!r || !r->published) return NULL;
  size_t depth = 0;
  for (const char *c = pg->path; *c; c++) depth += *c == '/';
  const char *fragment = strchr(iri, '#');
  size_t n = 3 * depth + strlen(r->path) + (fragment ? strlen(fragment) : 0) + 1;
  char *href = malloc(n);
  if (!href) return NULL;
  href[0] = '\0';
  for (size_t i = 0; i < depth; i++) strcat(href, "../");
  strcat(href, r->path);
  if (fragment) strcat(href, fragment);
  return href;
}

const char *pub_event_class(const pub_graph *g, const char *event) {
  const raptor_term *types[16];
  size_t n = pub_objects(g, event, PUB_RDF "type", types, 16);
  const char *other = NULL; /* dip:OtherEvent, unless a kind of it is named */
  for (size_t i = 0; i < n && i < 16; i++) {
    const char *t = pub_iri(types[i]);
    if (!t || strncmp(t, PUB_DIP, strlen(PUB_DIP)) || !strcmp(t, PUB_DIP "Event"))
      continue;
    if (!strcmp(t, PUB_DIP "OtherEvent")) other = t + strlen(PUB_DIP);
    else return t + strlen(PUB_DIP);
  }
  return other;
}

const char *pub_event_date(const pub_graph *g, const char *event, char *buf, size_t size) {
  const char *date = pub_literal(pub_object(g, event, PUB_DIP "date"));
  if (date) return date;
  const char *start = pub_literal(pub_object(g, event, PUB_DIP "startDate"));
  const char *end = pub_literal(pub_object(g, event, PUB_DIP "endDate"));
  if (!start && !end) return NULL;
  snprintf(buf, size, "%s/%s", start ? start : "..", end ? end : "..");
  return buf;
}

const char *pub_name(const pub_graph *g, const char *iri, char *buf, size_t size) {
  const char *label = pub_label(g, iri);
  if (label) return label;
  if (strchr(iri, '#')) {
    const char *anchor = pub_text(g, iri, PUB_DIP "anchorOf", NULL);
    if (anchor) {
      snprintf(buf, size, "\u201c%s\u201d", anchor);
      return buf;
    }
  }
  const pub_resource *r = pub_graph_find(g, iri);
  if (r && r->kind == PUB_EVENT) {
    const char *cls = pub_event_class(g, iri);
    char kind[64], when[64];
    pub_humanise(cls ? cls : "Event", kind, sizeof kind);
    kind[0] = (char)(kind[0] >= 'a' && kind[0] <= 'z' ? kind[0] - 'a' + 'A' : kind[0]);
    const char *date = pub_event_date(g, iri, when, sizeof when);
    if (date) snprintf(buf, size, "%s, %s", kind, date);
    else snprintf(buf, size, "%s", kind);
    return buf;
  }
  return r && !strchr(iri, '#') ? r->path : iri;
}

void pub_resource_link(pub_page *pg, xmlNodePtr parent, const char *iri) {
  char buf[512];
  const char *name = pub_name(pg->site->graph, iri, buf, sizeof buf);
  char *href = pub_href(pg, iri);
  if (href) pub_a(parent, href, name, NULL);
  else pub_el(parent, "span", name, NULL);
  free(href);
}

void pub_term(pub_page *pg, xmlNodePtr parent, const raptor_term *t) {
  const char *iri = pub_iri(t);
  if (iri) {
    if (pub_graph_find(pg->site->graph, iri)) {
      pub_resource_link(pg, parent, iri);
      return;
    }
    char buf[512];
    const char *curie = pub_curie(iri, buf, sizeof buf);
    size_t dip = strlen(PUB_DIP);
    if (!strncmp(iri, PUB_DIP, dip) && iri[dip] && strlen(iri + dip) < 128) {
      /* a term of attache's ontology: its name in words */
      pub_humanise(iri + dip, buf, sizeof buf);
      if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
      curie = buf;
    } else if (!strncmp(iri, PUB_WD, strlen(PUB_WD))) {
      snprintf(buf, sizeof buf, "Wikidata %s", iri + strlen(PUB_WD));
      curie = buf;
    }
    pub_a(parent, iri, curie, NULL);
    return;
  }
  if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
    xmlNodeAddContent(parent, X(pub_literal(t)));
    if (t->value.literal.language)
      pub_el(parent, "span", (const char *)t->value.literal.language, "lang");
    return;
  }
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    xmlNodeAddContent(parent, X("_:"));
    xmlNodeAddContent(parent, t->value.blank.string);
  }
}

/* ---- the frame -------------------------------------------------------------- */

int pub_page_open(pub_page *pg, const pub_site *s, const char *path, const char *title) {
  memset(pg, 0, sizeof *pg);
  pg->site = s;
  pg->path = path;
  pg->doc = htmlNewDocNoDtD(NULL, NULL);
  if (!pg->doc) return -1;
  xmlCreateIntSubset(pg->doc, X("html"), NULL, NULL); /* <!DOCTYPE html> */
  xmlNodePtr html = xmlNewNode(NULL, X("html"));
  xmlDocSetRootElement(pg->doc, html);
  xmlNewProp(html, X("lang"), X("en"));
  xmlNodePtr head = pub_el(html, "head", NULL, NULL);
  /* htmlSaveFileFormat adds the meta element naming the encoding */
  xmlNodePtr meta = pub_el(head, "meta", NULL, NULL);
  xmlNewProp(meta, X("name"), X("viewport"));
  xmlNewProp(meta, X("content"), X("width=device-width, initial-scale=1"));
  pub_el(head, "title", title, NULL);
  pub_el(head, "style", style, NULL);
  size_t depth = 0;
  for (const char *c = path; *c; c++) depth += *c == '/';
  char up[3 * 64 + 16] = "";
  for (size_t i = 0; i < depth && i < 64; i++) strcat(up, "../");
  char href[3 * 64 + 32];
  if (*path) {
    /* the same resource as Turtle, for clients that read <link> */
    const char *last = strrchr(path, '/');
    snprintf(href, sizeof href, "%.200s.ttl", last ? last + 1 : path);
    xmlNodePtr link = pub_el(head, "link", NULL, NULL);
    xmlNewProp(link, X("rel"), X("alternate"));
    xmlNewProp(link, X("type"), X("text/turtle"));
    xmlNewProp(link, X("href"), X(href));
  }
  xmlNodePtr body = pub_el(html, "body", NULL, NULL);
  xmlNodePtr header = pub_el(body, "header", NULL, NULL);
  snprintf(href, sizeof href, "%s", depth ? up : "./");
  pub_a(header, href, "attache knowledge graph", "home");
  snprintf(href, sizeof href, "%s#kinds", depth ? up : "./");
  pub_a(header, href, "Index", NULL);
  snprintf(href, sizeof href, "%svoid.ttl", up);
  pub_a(header, href, "Dataset (VoID)", NULL);
  snprintf(href, sizeof href, "%sgraph.ttl", up);
  pub_a(header, href, "Download (Turtle)", NULL);
  pg->main = pub_el(body, "main", NULL, NULL);
  return pg->main ? 0 : -1;
}

void pub_page_discard(pub_page *pg) {
  if (pg->doc) xmlFreeDoc(pg->doc);
  pg->doc = NULL;
}

int pub_page_save(pub_page *pg, const char *file) {
  const pub_site *s = pg->site;
  xmlNodePtr body = pg->main->parent;
  xmlNodePtr footer = pub_el(body, "footer", NULL, NULL);
  if (*pg->path) {
    const char *last = strrchr(pg->path, '/');
    char href[256];
    snprintf(href, sizeof href, "%.200s.ttl", last ? last + 1 : pg->path);
    pub_a(footer, href, "This resource as Turtle", NULL);
  }
  if (s->license) pub_a(footer, s->license, "Licence", NULL);
  if (s->sparql) pub_a(footer, s->sparql, "SPARQL endpoint", NULL);
  pub_el(footer, "span", "Written by attache publish from a graph extracted by attache.", NULL);
  /* htmlSaveFileFormat wants a name: a unique one beside the page, renamed */
  char *tmp = NULL;
  int rc = -1;
  FILE *f = pub_site_open(s, file, &tmp);
  if (f) {
    fclose(f);
    int saved = htmlSaveFileFormat(tmp, pg->doc, "UTF-8", 1) >= 0;
    if (!saved) s->report(s->handle, file, "libxml2 could not save the page");
    rc = pub_site_commit(s, NULL, tmp, file, saved);
  }
  pub_page_discard(pg);
  return rc;
}

/* ---- the index --------------------------------------------------------------- */

typedef struct {
  const char *name;
  const char *iri;
} named;

static int by_name(const void *x, const void *y) {
  const named *a = x, *b = y;
  int c = strcmp(a->name, b->name);
  return c ? c : strcmp(a->iri, b->iri);
}

static const struct { pub_kind kind; const char *id, *title; } sections[] = {
    {PUB_PERSON, "persons", "People"},
    {PUB_STATE, "states", "States and territories"},
    {PUB_MINISTRY, "ministries", "Ministries"},
    {PUB_ORGANIZATION, "organisations", "Organisations and embassies"},
    {PUB_POST, "offices", "Offices"},
    {PUB_EVENT, "events", "Events"},
    {PUB_DOCUMENT, "documents", "Documents"},
    {PUB_OTHER, "other", "Other resources"}};

static void index_section(pub_page *pg, pub_kind kind, const char *id, const char *title,
                          const pub_resource **list, size_t n) {
  const pub_graph *g = pg->site->graph;
  char heading[128];
  snprintf(heading, sizeof heading, "%s (%zu)", title, n);
  xmlNodePtr sec = pub_section(pg, id, heading);
  if (kind == PUB_EVENT) {
    const char **events = malloc((n ? n : 1) * sizeof *events);
    if (!events) return;
    for (size_t i = 0; i < n; i++) events[i] = list[i]->iri;
    pub_sort_events(g, events, n);
    pub_event_table(pg, sec, events, n, 0, 0);
    free(events);
    return;
  }
  named *names = malloc((n ? n : 1) * sizeof *names);
  char (*bufs)[256] = malloc((n ? n : 1) * sizeof *bufs);
  if (!names || !bufs) {
    free(names);
    free(bufs);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    names[i].iri = list[i]->iri;
    names[i].name = pub_name(g, list[i]->iri, bufs[i], sizeof bufs[i]);
  }
  qsort(names, n, sizeof *names, by_name);
  if (kind == PUB_DOCUMENT) {
    xmlNodePtr table = pub_el(sec, "table", NULL, NULL);
    xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
    pub_el(tr, "th", "Title", NULL);
    pub_el(tr, "th", "Date", NULL);
    pub_el(tr, "th", "Language", NULL);
    pub_el(tr, "th", "File", NULL);
    for (size_t i = 0; i < n; i++) {
      tr = pub_el(table, "tr", NULL, NULL);
      pub_resource_link(pg, pub_el(tr, "td", NULL, NULL), names[i].iri);
      pub_el(tr, "td", pub_literal(pub_object(g, names[i].iri, PUB_DCT "date")), "date");
      pub_el(tr, "td", pub_literal(pub_object(g, names[i].iri, PUB_DCT "language")), NULL);
      pub_el(tr, "td", pub_literal(pub_object(g, names[i].iri, PUB_DIP "sourceFile")), "muted");
    }
  } else {
    xmlNodePtr ul = pub_el(sec, "ul", NULL, "names");
    for (size_t i = 0; i < n; i++)
      pub_resource_link(pg, pub_el(ul, "li", NULL, NULL), names[i].iri);
  }
  free(names);
  free(bufs);
}

int pub_write_index(const pub_site *s) {
  const pub_graph *g = s->graph;
  size_t total = pub_graph_resources(g);
  const pub_resource **list = malloc((total ? total : 1) * sizeof *list);
  char *file = list ? pub_site_file(s, "index", "html") : NULL;
  pub_page pg;
  if (!file || pub_page_open(&pg, s, "", "attache knowledge graph")) {
    if (file) s->report(s->handle, file, "out of memory");
    free(list);
    free(file);
    return -1;
  }
  size_t count[PUB_KINDS] = {0}, published = 0;
  for (size_t i = 0; i < total; i++) {
    const pub_resource *r = pub_graph_resource(g, i);
    if (r->published) count[r->kind]++, published++;
  }
  pub_el(pg.main, "h1", "attache knowledge graph", NULL);
  char text[512];
  snprintf(text, sizeof text,
           "People, states, ministries, organisations, offices and diplomatic events "
           "read from English and Danish documents: %zu resources, %zu statements. "
           "Every resource below has a page and a Turtle description at its IRI "
           "under %s.",
           published, pub_graph_size(g), s->base);
  pub_el(pg.main, "p", text, "subtitle");
  xmlNodePtr nav = pub_el(pg.main, "nav", NULL, "kinds");
  xmlNewProp(nav, X("id"), X("kinds"));
  for (size_t k = 0; k < sizeof sections / sizeof *sections; k++) {
    if (!count[sections[k].kind]) continue;
    char href[64], label[128];
    snprintf(href, sizeof href, "#%s", sections[k].id);
    snprintf(label, sizeof label, "%s (%zu)", sections[k].title, count[sections[k].kind]);
    pub_a(nav, href, label, NULL);
  }
  for (size_t k = 0; k < sizeof sections / sizeof *sections; k++) {
    size_t n = 0;
    for (size_t i = 0; i < total; i++) {
      const pub_resource *r = pub_graph_resource(g, i);
      if (r->published && r->kind == sections[k].kind) list[n++] = r;
    }
    if (n) index_section(&pg, sections[k].kind, sections[k].id, sections[k].title, list, n);
  }
  int rc = pub_page_save(&pg, file);
  free(list);
  free(file);
  return rc;
}
