/*
 * publish_page — the HTML page of one resource: its names and types, then
 * what fits its kind (offices held or holders, the events it takes part in
 * as a dated timeline, an event's participants and evidence, a document's
 * events and mentions), owl:sameAs links out, and every other statement
 * about it or pointing at it, so that nothing in its Turtle is missing from
 * its page. Also the event tables the index uses.
 */
#include "publish_html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define X(s) ((const xmlChar *)(s))

/* ---- events ------------------------------------------------------------------ */

typedef struct {
  const char *iri;
  const char *date; /* NULL: undated, or in buf */
  unsigned long at; /* where its sentence starts in its document */
  char buf[64];     /* a made-up range "start/end" */
} dated;

static const char *date_of(const dated *d) { return d->date ? d->date : d->buf[0] ? d->buf : NULL; }

static int by_date(const void *x, const void *y) {
  const char *a = date_of(x), *b = date_of(y);
  if (!a != !b) return a ? -1 : 1;
  int c = a ? strcmp(a, b) : 0;
  if (c) return c;
  const dated *p = x, *q = y;
  if (p->at != q->at) return p->at < q->at ? -1 : 1;
  return strcmp(p->iri, q->iri);
}

void pub_sort_events(const pub_graph *g, const char **events, size_t n) {
  if (n < 2) return;
  dated *d = malloc(n * sizeof *d);
  if (!d) return;
  for (size_t i = 0; i < n; i++) {
    d[i].iri = events[i];
    d[i].buf[0] = '\0';
    d[i].date = pub_event_date(g, events[i], d[i].buf, sizeof d[i].buf);
    /* qsort moves the structs: a date in buf is found there again */
    if (d[i].date == d[i].buf) d[i].date = NULL;
    const char *at = pub_literal(pub_object(g, events[i], PUB_DIP "beginIndex"));
    d[i].at = at ? strtoul(at, NULL, 10) : 0;
  }
  qsort(d, n, sizeof *d, by_date);
  for (size_t i = 0; i < n; i++) events[i] = d[i].iri;
  free(d);
}

/* The id of an event's row on its document's page: "ev-PhoneCall-0". */
static void event_anchor(const char *event, char *buf, size_t size) {
  const char *last = strrchr(event, '/');
  snprintf(buf, size, "ev-%s", last ? last + 1 : event);
}

static const char *role_of(const pub_graph *g, const char *event, const char *who) {
  const raptor_term *t[64];
  size_t n = pub_objects(g, event, PUB_DIP "actor", t, 64);
  for (size_t i = 0; i < n && i < 64; i++)
    if (pub_iri(t[i]) && !strcmp(pub_iri(t[i]), who)) return "actor";
  n = pub_objects(g, event, PUB_DIP "target", t, 64);
  for (size_t i = 0; i < n && i < 64; i++)
    if (pub_iri(t[i]) && !strcmp(pub_iri(t[i]), who)) return "target";
  return NULL;
}

static void participants(pub_page *pg, xmlNodePtr td, const char *event) {
  const pub_graph *g = pg->site->graph;
  const raptor_term *t[64];
  size_t n = pub_objects(g, event, PUB_DIP "participant", t, 64);
  for (size_t i = 0; i < n && i < 64; i++) {
    if (i) xmlNodeAddContent(td, X(", "));
    pub_term(pg, td, t[i]);
    const char *role = pub_iri(t[i]) ? role_of(g, event, pub_iri(t[i])) : NULL;
    if (role) pub_el(td, "span", role, "role");
  }
  n = pub_objects(g, event, PUB_DIP "topic", t, 64);
  for (size_t i = 0; i < n && i < 64; i++) {
    xmlNodeAddContent(td, X(i ? ", " : " \u2014 about "));
    pub_term(pg, td, t[i]);
  }
}

/* The sentence an event was read from, and a link to it in its document. */
static void evidence(pub_page *pg, xmlNodePtr parent, const char *event) {
  const pub_graph *g = pg->site->graph;
  const raptor_term *sentence = pub_object(g, event, PUB_DIP "evidence");
  if (sentence) pub_term(pg, pub_el(parent, "blockquote", NULL, NULL), sentence);
  const char *doc = pub_iri(pub_object(g, event, PUB_PROV "wasDerivedFrom"));
  char *href = doc ? pub_href(pg, doc) : NULL;
  if (href) {
    char anchor[256], name[512];
    event_anchor(event, anchor, sizeof anchor);
    size_t n = strlen(href) + strlen(anchor) + 2;
    char *full = malloc(n);
    if (full) {
      snprintf(full, n, "%s#%s", href, anchor);
      xmlNodePtr p = pub_el(parent, "div", "source: ", "muted");
      pub_a(p, full, pub_name(g, doc, name, sizeof name), NULL);
      free(full);
    }
  }
  free(href);
}

void pub_event_table(pub_page *pg, xmlNodePtr parent, const char **events, size_t n,
                     int with_evidence, int anchors) {
  const pub_graph *g = pg->site->graph;
  xmlNodePtr table = pub_el(parent, "table", NULL, "events");
  xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
  pub_el(tr, "th", "Date", NULL);
  pub_el(tr, "th", "Event", NULL);
  pub_el(tr, "th", "Participants", NULL);
  if (with_evidence) pub_el(tr, "th", "Evidence", NULL);
  for (size_t i = 0; i < n; i++) {
    const char *e = events[i];
    tr = pub_el(table, "tr", NULL, NULL);
    if (anchors) {
      char id[256];
      event_anchor(e, id, sizeof id);
      xmlNewProp(tr, X("id"), X(id));
    }
    char when[64], kind[64];
    const char *date = pub_event_date(g, e, when, sizeof when);
    pub_el(tr, "td", date ? date : "\u2014", "date");
    const char *cls = pub_event_class(g, e);
    pub_humanise(cls ? cls : "Event", kind, sizeof kind);
    kind[0] = (char)(kind[0] >= 'a' && kind[0] <= 'z' ? kind[0] - 'a' + 'A' : kind[0]);
    xmlNodePtr td = pub_el(tr, "td", NULL, NULL);
    char *href = pub_href(pg, e);
    if (href) pub_a(td, href, kind, NULL);
    else xmlNodeAddContent(td, X(kind));
    free(href);
    const char *status = pub_iri(pub_object(g, e, PUB_DIP "status"));
    if (status && strcmp(status, PUB_DIP "Happened")) {
      char s[64];
      pub_humanise(status + (strncmp(status, PUB_DIP, strlen(PUB_DIP)) ? 0 : strlen(PUB_DIP)),
                   s, sizeof s);
      xmlNodeAddContent(td, X(" "));
      pub_el(td, "span", s, "planned");
    }
    participants(pg, pub_el(tr, "td", NULL, NULL), e);
    if (with_evidence) evidence(pg, pub_el(tr, "td", NULL, NULL), e);
  }
}

/* ---- sections ------------------------------------------------------------------ */

static int one_of(const raptor_statement *st, const char *const *predicates) {
  for (size_t i = 0; predicates[i]; i++)
    if (pub_is(st, predicates[i])) return 1;
  return 0;
}

static void dl_row(pub_page *pg, xmlNodePtr dl, const char *label, const char *subject,
                   const char *predicate) {
  const raptor_term *t[32];
  size_t n = pub_objects(pg->site->graph, subject, predicate, t, 32);
  if (!n) return;
  pub_el(dl, "dt", label, NULL);
  xmlNodePtr dd = pub_el(dl, "dd", NULL, NULL);
  for (size_t i = 0; i < n && i < 32; i++) {
    if (i) xmlNodeAddContent(dd, X("; "));
    pub_term(pg, dd, t[i]);
  }
}

static void names(pub_page *pg, const pub_resource *r) {
  xmlNodePtr dl = pub_el(pg->main, "dl", NULL, NULL);
  const raptor_term *t[32];
  size_t n = pub_objects(pg->site->graph, r->iri, PUB_RDFS "label", t, 32);
  /* English, then Danish, then the others */
  for (int pass = 0; pass < 3; pass++)
    for (size_t i = 0; i < n && i < 32; i++) {
      const char *lang = (const char *)t[i]->value.literal.language;
      int en = lang && !strcmp(lang, "en"), da = lang && !strcmp(lang, "da");
      if ((pass == 0) != en || (pass == 1) != da) continue;
      const char *what = en ? "English" : da ? "Danish" : lang ? lang : "Name";
      pub_el(dl, "dt", what, NULL);
      pub_term(pg, pub_el(dl, "dd", NULL, NULL), t[i]);
    }
  dl_row(pg, dl, "Also called", r->iri, PUB_SKOS "altLabel");
  if (r->kind == PUB_DOCUMENT) {
    dl_row(pg, dl, "Title", r->iri, PUB_DCT "title");
    dl_row(pg, dl, "Date", r->iri, PUB_DCT "date");
    dl_row(pg, dl, "Language", r->iri, PUB_DCT "language");
    dl_row(pg, dl, "Source file", r->iri, PUB_DIP "sourceFile");
  }
  if (r->kind == PUB_POST) {
    dl_row(pg, dl, "Role", r->iri, PUB_ORG "role");
    dl_row(pg, dl, "State", r->iri, PUB_ORG "postIn");
  }
  if (r->kind == PUB_EVENT) {
    char when[64];
    const char *date = pub_event_date(pg->site->graph, r->iri, when, sizeof when);
    if (date) {
      pub_el(dl, "dt", "Date", NULL);
      pub_el(dl, "dd", date, NULL);
    }
    dl_row(pg, dl, "Status", r->iri, PUB_DIP "status");
    dl_row(pg, dl, "CAMEO code", r->iri, PUB_DIP "cameoCode");
    dl_row(pg, dl, "Trigger", r->iri, PUB_DIP "trigger");
    const char *b = pub_literal(pub_object(pg->site->graph, r->iri, PUB_DIP "beginIndex"));
    const char *e = pub_literal(pub_object(pg->site->graph, r->iri, PUB_DIP "endIndex"));
    if (b && e) {
      char span[128];
      snprintf(span, sizeof span, "%.40s\u2013%.40s of its document", b, e);
      pub_el(dl, "dt", "Characters", NULL);
      pub_el(dl, "dd", span, NULL);
    }
  }
  if (!dl->children) {
    xmlUnlinkNode(dl);
    xmlFreeNode(dl);
  }
}

/* Offices a person holds or held: office, role, state. */
static void offices(pub_page *pg, const pub_resource *r) {
  const pub_graph *g = pg->site->graph;
  const raptor_term *held[32];
  size_t n = pub_objects(g, r->iri, PUB_ORG "holds", held, 32);
  const char *former[32];
  size_t m = 0;
  for (size_t i = r->in; i < r->in + r->n_in && m < 32; i++) {
    const raptor_statement *st = pub_graph_incoming(g, i);
    if (pub_is(st, PUB_DIP "formerHolder") && pub_iri(st->subject)) former[m++] = pub_iri(st->subject);
  }
  if (!n && !m) return;
  xmlNodePtr table = pub_el(pub_section(pg, "offices", "Offices"), "table", NULL, NULL);
  xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
  pub_el(tr, "th", "Office", NULL);
  pub_el(tr, "th", "Role", NULL);
  pub_el(tr, "th", "State", NULL);
  for (size_t i = 0; i < n + m && i < 64; i++) {
    const char *post = i < n ? pub_iri(held[i]) : former[i - n];
    if (!post) continue;
    tr = pub_el(table, "tr", NULL, NULL);
    xmlNodePtr td = pub_el(tr, "td", NULL, NULL);
    pub_resource_link(pg, td, post);
    if (i >= n) pub_el(td, "span", " (former holder)", "role");
    const raptor_term *role = pub_object(g, post, PUB_ORG "role");
    const raptor_term *state = pub_object(g, post, PUB_ORG "postIn");
    td = pub_el(tr, "td", NULL, NULL);
    if (role) pub_term(pg, td, role);
    td = pub_el(tr, "td", NULL, NULL);
    if (state) pub_term(pg, td, state);
  }
}

/* The offices of a state and who holds them. */
static void state_offices(pub_page *pg, const pub_resource *r) {
  const pub_graph *g = pg->site->graph;
  xmlNodePtr table = NULL;
  for (size_t i = r->in; i < r->in + r->n_in; i++) {
    const raptor_statement *st = pub_graph_incoming(g, i);
    const char *post = pub_iri(st->subject);
    if (!post || !pub_is(st, PUB_ORG "postIn")) continue;
    if (!table) {
      table = pub_el(pub_section(pg, "offices", "Offices"), "table", NULL, NULL);
      xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
      pub_el(tr, "th", "Office", NULL);
      pub_el(tr, "th", "Holders", NULL);
    }
    xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
    pub_resource_link(pg, pub_el(tr, "td", NULL, NULL), post);
    const pub_resource *office = pub_graph_find(g, post);
    xmlNodePtr td = pub_el(tr, "td", NULL, NULL);
    int k = 0;
    for (size_t j = office ? office->in : 0; office && j < office->in + office->n_in; j++) {
      const raptor_statement *h = pub_graph_incoming(g, j);
      if (!pub_is(h, PUB_ORG "holds") || !pub_iri(h->subject)) continue;
      if (k++) xmlNodeAddContent(td, X(", "));
      pub_resource_link(pg, td, pub_iri(h->subject));
    }
  }
}

static int cmp_string(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Events pointing at the resource through one of `predicates`, once each. */
static size_t events_about(const pub_graph *g, const pub_resource *r,
                           const char *const *predicates, const char ***out) {
  *out = malloc((r->n_in ? r->n_in : 1) * sizeof **out);
  if (!*out) return 0;
  size_t n = 0;
  for (size_t i = r->in; i < r->in + r->n_in; i++) {
    const raptor_statement *st = pub_graph_incoming(g, i);
    const pub_resource *e = pub_iri(st->subject) ? pub_graph_find(g, pub_iri(st->subject)) : NULL;
    if (e && e->kind == PUB_EVENT && e->published && one_of(st, predicates))
      (*out)[n++] = e->iri;
  }
  if (n) qsort(*out, n, sizeof **out, cmp_string);
  size_t unique = 0;
  for (size_t i = 0; i < n; i++)
    if (!unique || strcmp((*out)[unique - 1], (*out)[i])) (*out)[unique++] = (*out)[i];
  pub_sort_events(g, *out, unique);
  return unique;
}

static const char *const taking_part[] = {PUB_DIP "participant", PUB_DIP "actor",
                                          PUB_DIP "target", PUB_DIP "topic", NULL};
static const char *const reported_in[] = {PUB_PROV "wasDerivedFrom", NULL};

static void timeline(pub_page *pg, const pub_resource *r) {
  const char **events = NULL;
  int doc = r->kind == PUB_DOCUMENT;
  size_t n = events_about(pg->site->graph, r, doc ? reported_in : taking_part, &events);
  if (n) {
    char title[64];
    snprintf(title, sizeof title, "%s (%zu)", doc ? "Events reported" : "Timeline", n);
    pub_event_table(pg, pub_section(pg, "timeline", title), events, n, 1, doc);
  }
  free(events);
}

static void event_details(pub_page *pg, const pub_resource *r) {
  const pub_graph *g = pg->site->graph;
  const raptor_term *t[64];
  size_t n = pub_objects(g, r->iri, PUB_DIP "participant", t, 64);
  if (n) {
    xmlNodePtr ul = pub_el(pub_section(pg, "participants", "Participants"), "ul", NULL, "plain");
    for (size_t i = 0; i < n && i < 64; i++) {
      xmlNodePtr li = pub_el(ul, "li", NULL, NULL);
      pub_term(pg, li, t[i]);
      const char *role = pub_iri(t[i]) ? role_of(g, r->iri, pub_iri(t[i])) : NULL;
      if (role) pub_el(li, "span", role, "role");
    }
  }
  dl_row(pg, pub_el(pg->main, "dl", NULL, NULL), "About", r->iri, PUB_DIP "topic");
  evidence(pg, pub_section(pg, "evidence", "Evidence"), r->iri);
}

typedef struct {
  const char *iri;
  unsigned long begin, end;
} mention;

static int by_offset(const void *x, const void *y) {
  const mention *a = x, *b = y;
  if (a->begin != b->begin) return a->begin < b->begin ? -1 : 1;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  return strcmp(a->iri, b->iri);
}

static unsigned long offset(const pub_graph *g, const char *m, const char *predicate) {
  const char *v = pub_literal(pub_object(g, m, predicate));
  return v ? strtoul(v, NULL, 10) : 0;
}

/* A document's mentions in text order, each row with the id of its IRI's
 * fragment, so that the mention's IRI opens the page at its row. */
static void mentions(pub_page *pg, const pub_resource *r) {
  const pub_graph *g = pg->site->graph;
  mention *list = malloc((r->n_out ? r->n_out : 1) * sizeof *list);
  if (!list) return;
  size_t n = 0;
  for (size_t i = r->out; i < r->out + r->n_out; i++) {
    const raptor_statement *st = pub_graph_triple(g, i);
    const char *m = pub_iri(st->subject);
    if (!m || !strchr(m, '#') || !pub_is(st, PUB_RDF "type") || !pub_iri(st->object) ||
        strcmp(pub_iri(st->object), PUB_DIP "Mention"))
      continue;
    list[n].iri = m;
    list[n].begin = offset(g, m, PUB_DIP "beginIndex");
    list[n].end = offset(g, m, PUB_DIP "endIndex");
    n++;
  }
  if (n) qsort(list, n, sizeof *list, by_offset);
  xmlNodePtr table = NULL;
  for (size_t i = 0; i < n; i++) {
    const char *m = list[i].iri;
    if (!table) {
      table = pub_el(pub_section(pg, "mentions", "Mentions"), "table", NULL, NULL);
      xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
      pub_el(tr, "th", "Text", NULL);
      pub_el(tr, "th", "Characters", NULL);
      pub_el(tr, "th", "Names", NULL);
    }
    xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
    xmlNewProp(tr, X("id"), X(strchr(m, '#') + 1));
    pub_el(tr, "td", pub_text(g, m, PUB_DIP "anchorOf", NULL), NULL);
    char span[64];
    snprintf(span, sizeof span, "%lu\u2013%lu", list[i].begin, list[i].end);
    pub_el(tr, "td", span, "date");
    xmlNodePtr td = pub_el(tr, "td", NULL, NULL);
    int k = 0;
    for (size_t j = r->in; j < r->in + r->n_in; j++) {
      const raptor_statement *in = pub_graph_incoming(g, j);
      if (!pub_is(in, PUB_DIP "mention") || strcmp(pub_iri(in->object), m)) continue;
      if (k++) xmlNodeAddContent(td, X(", "));
      pub_term(pg, td, in->subject);
    }
  }
  free(list);
}

/* Subjects of `?x predicate <r>` as a list of links. */
static void pointing(pub_page *pg, const pub_resource *r, const char *predicate,
                     const char *id, const char *title) {
  const pub_graph *g = pg->site->graph;
  xmlNodePtr ul = NULL;
  for (size_t i = r->in; i < r->in + r->n_in; i++) {
    const raptor_statement *st = pub_graph_incoming(g, i);
    if (!pub_is(st, predicate) || !pub_iri(st->subject)) continue;
    if (!ul) ul = pub_el(pub_section(pg, id, title), "ul", NULL, "names");
    pub_resource_link(pg, pub_el(ul, "li", NULL, NULL), pub_iri(st->subject));
  }
}

static void list_objects(pub_page *pg, const pub_resource *r, const char *predicate,
                         const char *id, const char *title) {
  const raptor_term *t[256];
  size_t n = pub_objects(pg->site->graph, r->iri, predicate, t, 256);
  if (!n) return;
  xmlNodePtr ul = pub_el(pub_section(pg, id, title), "ul", NULL, "plain");
  for (size_t i = 0; i < n && i < 256; i++) pub_term(pg, pub_el(ul, "li", NULL, NULL), t[i]);
}

/* Everything about the resource not shown above: property and value. */
static const char *const shown_out[] = {
    PUB_RDF "type", PUB_RDFS "label", PUB_SKOS "altLabel", PUB_OWL "sameAs",
    PUB_DIP "mentionedIn", PUB_ORG "holds", PUB_ORG "role", PUB_ORG "postIn",
    PUB_DIP "participant", PUB_DIP "actor", PUB_DIP "target", PUB_DIP "topic",
    PUB_DIP "date", PUB_DIP "status", PUB_DIP "evidence", PUB_DIP "trigger",
    PUB_DIP "cameoCode", PUB_PROV "wasDerivedFrom", PUB_DCT "title", PUB_DCT "date",
    PUB_DCT "language", PUB_DIP "sourceFile", PUB_DIP "formerHolder",
    PUB_DIP "beginIndex", PUB_DIP "endIndex", NULL};
/* Statements pointing at it that sections above already show. */
static const char *const shown_in[] = {
    PUB_DIP "participant", PUB_DIP "actor", PUB_DIP "target", PUB_DIP "topic",
    PUB_ORG "holds", PUB_ORG "postIn", PUB_DIP "formerHolder", PUB_DIP "mentionedIn",
    PUB_PROV "wasDerivedFrom", PUB_DIP "mention", PUB_DIP "inDocument", NULL};

static void statements(pub_page *pg, const pub_resource *r) {
  const pub_graph *g = pg->site->graph;
  xmlNodePtr table = NULL;
  char buf[512];
  for (size_t i = r->out; i < r->out + r->n_out; i++) {
    const raptor_statement *st = pub_graph_triple(g, i);
    if (strcmp(pub_iri(st->subject), r->iri) || one_of(st, shown_out)) continue;
    if (!table) table = pub_el(pub_section(pg, "statements", "Other statements"), "table", NULL, NULL);
    xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
    const char *p = pub_iri(st->predicate);
    pub_a(pub_el(tr, "td", NULL, NULL), p, pub_curie(p, buf, sizeof buf), NULL);
    pub_term(pg, pub_el(tr, "td", NULL, NULL), st->object);
  }
  table = NULL;
  for (size_t i = r->in; i < r->in + r->n_in; i++) {
    const raptor_statement *st = pub_graph_incoming(g, i);
    const char *s = pub_iri(st->subject);
    if (one_of(st, shown_in) || (s && pub_graph_find(g, s) == r)) continue;
    if (!table) table = pub_el(pub_section(pg, "references", "Referred to by"), "table", NULL, NULL);
    xmlNodePtr tr = pub_el(table, "tr", NULL, NULL);
    pub_term(pg, pub_el(tr, "td", NULL, NULL), st->subject);
    const char *p = pub_iri(st->predicate);
    pub_a(pub_el(tr, "td", NULL, NULL), p, pub_curie(p, buf, sizeof buf), NULL);
  }
}

int pub_write_page(const pub_site *s, const pub_resource *r) {
  const pub_graph *g = s->graph;
  char *file = pub_site_file(s, r->path, "html");
  if (!file) return -1;
  char buf[512];
  const char *name = pub_name(g, r->iri, buf, sizeof buf);
  pub_page pg;
  if (pub_page_open(&pg, s, r->path, name)) {
    s->report(s->handle, file, "out of memory");
    pub_page_discard(&pg);
    free(file);
    return -1;
  }
  pub_el(pg.main, "h1", name, NULL);
  pub_el(pg.main, "div", r->iri, "iri");
  const raptor_term *types[32];
  size_t n = pub_objects(g, r->iri, PUB_RDF "type", types, 32);
  xmlNodePtr badges = pub_el(pg.main, "div", NULL, NULL);
  for (size_t i = 0; i < n && i < 32; i++) {
    const char *t = pub_iri(types[i]);
    if (t) pub_a(badges, t, pub_curie(t, buf, sizeof buf), "badge");
  }
  names(&pg, r);
  switch (r->kind) {
  case PUB_EVENT: event_details(&pg, r); break;
  case PUB_DOCUMENT:
    timeline(&pg, r);
    mentions(&pg, r);
    pointing(&pg, r, PUB_DIP "mentionedIn", "entities", "Names found in it");
    break;
  case PUB_POST:
    pointing(&pg, r, PUB_ORG "holds", "holders", "Holders");
    list_objects(&pg, r, PUB_DIP "formerHolder", "former", "Former holders");
    break;
  default:
    offices(&pg, r);
    if (r->kind == PUB_STATE) state_offices(&pg, r);
    timeline(&pg, r);
    break;
  }
  list_objects(&pg, r, PUB_OWL "sameAs", "sameas", "Same as");
  list_objects(&pg, r, PUB_DIP "mentionedIn", "documents", "Documents");
  statements(&pg, r);
  int rc = pub_page_save(&pg, file);
  free(file);
  return rc;
}
