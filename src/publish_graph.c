/*
 * publish_graph — reads a graph with raptor into sorted arrays and indexes
 * it by resource (see publish_graph.h). The index is two sorted arrays and
 * binary search: a site is written once, so nothing is ever inserted after
 * loading.
 */
#include "publish_graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pub_graph {
  raptor_world *world;
  char *from_base, *to_base;
  raptor_statement **triples;
  size_t n, cap;
  raptor_statement **incoming; /* statements whose object is a resource */
  size_t n_in;
  pub_resource *resources;
  size_t n_res;
  pub_report report;
  void *handle;
  const char *file;
  int errors; /* parse errors seen */
  int oom;
};

const char *pub_iri(const raptor_term *t) {
  return t && t->type == RAPTOR_TERM_TYPE_URI
             ? (const char *)raptor_uri_as_string(t->value.uri)
             : NULL;
}

const char *pub_literal(const raptor_term *t) {
  return t && t->type == RAPTOR_TERM_TYPE_LITERAL
             ? (const char *)t->value.literal.string
             : NULL;
}

int pub_is(const raptor_statement *st, const char *predicate) {
  const char *p = pub_iri(st->predicate);
  return p && !strcmp(p, predicate);
}

static int str_cmp(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "");
}

int pub_term_cmp(const raptor_term *a, const raptor_term *b) {
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  switch (a->type) {
  case RAPTOR_TERM_TYPE_URI: return strcmp(pub_iri(a), pub_iri(b));
  case RAPTOR_TERM_TYPE_LITERAL: {
    const raptor_term_literal_value *x = &a->value.literal, *y = &b->value.literal;
    size_t n = x->string_len < y->string_len ? x->string_len : y->string_len;
    int c = memcmp(x->string, y->string, n);
    if (c) return c;
    if (x->string_len != y->string_len) return x->string_len < y->string_len ? -1 : 1;
    c = str_cmp((const char *)x->language, (const char *)y->language);
    if (c) return c;
    return str_cmp(x->datatype ? (const char *)raptor_uri_as_string(x->datatype) : NULL,
                   y->datatype ? (const char *)raptor_uri_as_string(y->datatype) : NULL);
  }
  case RAPTOR_TERM_TYPE_BLANK:
    return strcmp((const char *)a->value.blank.string, (const char *)b->value.blank.string);
  default: return 0;
  }
}

/* Length of an IRI without its fragment. */
static size_t stem_len(const char *iri) {
  const char *hash = strchr(iri, '#');
  return hash ? (size_t)(hash - iri) : strlen(iri);
}

/* Compares the fragment-less parts of two IRIs (NULL sorts last). */
static int stem_cmp(const char *a, const char *b) {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  size_t la = stem_len(a), lb = stem_len(b);
  int c = memcmp(a, b, la < lb ? la : lb);
  return c ? c : la == lb ? 0 : la < lb ? -1 : 1;
}

static int by_subject(const void *x, const void *y) {
  const raptor_statement *a = *(raptor_statement *const *)x;
  const raptor_statement *b = *(raptor_statement *const *)y;
  int c = stem_cmp(pub_iri(a->subject), pub_iri(b->subject));
  if (!c) c = pub_term_cmp(a->subject, b->subject);
  if (!c) c = pub_term_cmp(a->predicate, b->predicate);
  if (!c) c = pub_term_cmp(a->object, b->object);
  return c;
}

static int by_object(const void *x, const void *y) {
  const raptor_statement *a = *(raptor_statement *const *)x;
  const raptor_statement *b = *(raptor_statement *const *)y;
  int c = stem_cmp(pub_iri(a->object), pub_iri(b->object));
  if (!c) c = pub_term_cmp(a->object, b->object);
  if (!c) c = pub_term_cmp(a->subject, b->subject);
  if (!c) c = pub_term_cmp(a->predicate, b->predicate);
  return c;
}

/* ---- loading --------------------------------------------------------------- */

static void on_log(void *user, raptor_log_message *m) {
  pub_graph *g = user;
  if (m->level < RAPTOR_LOG_LEVEL_WARN) return;
  char where[4096];
  int line = m->locator ? raptor_locator_line(m->locator) : -1;
  if (line > 0) snprintf(where, sizeof where, "%s:%d", g->file, line);
  else snprintf(where, sizeof where, "%s", g->file);
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) g->errors++;
  g->report(g->handle, where, m->text);
}

/* A copy of `t` with an IRI under from_base moved under to_base. */
static raptor_term *moved(pub_graph *g, raptor_term *t) {
  const char *iri = pub_iri(t);
  size_t n = strlen(g->from_base);
  if (!iri || strncmp(iri, g->from_base, n)) return raptor_term_copy(t);
  size_t m = strlen(g->to_base) + strlen(iri + n) + 1;
  char *s = malloc(m);
  if (!s) return NULL;
  snprintf(s, m, "%s%s", g->to_base, iri + n);
  raptor_term *r = raptor_new_term_from_uri_string(g->world, (unsigned char *)s);
  free(s);
  return r;
}

static void on_statement(void *user, raptor_statement *st) {
  pub_graph *g = user;
  if (g->oom) return;
  if (g->n == g->cap) {
    size_t cap = g->cap ? g->cap * 2 : 4096;
    raptor_statement **t = realloc(g->triples, cap * sizeof *t);
    if (!t) {
      g->oom = 1;
      return;
    }
    g->triples = t;
    g->cap = cap;
  }
  raptor_term *s = moved(g, st->subject), *p = moved(g, st->predicate),
              *o = moved(g, st->object);
  raptor_statement *copy =
      s && p && o ? raptor_new_statement_from_nodes(g->world, s, p, o, NULL) : NULL;
  if (!copy) {
    if (s) raptor_free_term(s);
    if (p) raptor_free_term(p);
    if (o) raptor_free_term(o);
    g->oom = 1;
    return;
  }
  g->triples[g->n++] = copy;
}

static int parse(pub_graph *g, const char *file) {
  unsigned char *uri_str = raptor_uri_filename_to_uri_string(file);
  raptor_uri *uri = uri_str ? raptor_new_uri(g->world, uri_str) : NULL;
  const char *name = raptor_world_guess_parser_name(g->world, NULL, NULL, NULL, 0,
                                                    (const unsigned char *)file);
  raptor_parser *p = raptor_new_parser(g->world, name ? name : "turtle");
  int rc = -1;
  if (p && uri) {
    raptor_parser_set_statement_handler(p, g, on_statement);
    rc = raptor_parser_parse_file(p, uri, uri);
  }
  if (p) raptor_free_parser(p);
  if (uri) raptor_free_uri(uri);
  if (uri_str) raptor_free_memory(uri_str);
  if (g->oom) g->report(g->handle, file, "out of memory");
  return rc || g->errors || g->oom ? -1 : 0;
}

/* Whether a resource path can be a file name and a URL path as it is:
 * segments of [A-Za-z0-9._~-], none empty, "." or "..", and not one of the
 * site's own files at the top. */
static const char *unfit_path(const char *path) {
  static const char *reserved[] = {"index", "void", "graph", "nginx", NULL};
  if (!*path) return "it is the base itself";
  for (int i = 0; reserved[i]; i++) {
    size_t n = strlen(reserved[i]);
    if (!strncmp(path, reserved[i], n) && (path[n] == '\0' || path[n] == '/' ||
                                           path[n] == '.'))
      return "its name is one of the site's own files";
  }
  const char *seg = path;
  for (const char *c = path;; c++) {
    if (*c == '/' || *c == '\0') {
      size_t len = (size_t)(c - seg);
      if (len == 0 || (len == 1 && seg[0] == '.') ||
          (len == 2 && seg[0] == '.' && seg[1] == '.'))
        return "its path has an empty, '.' or '..' segment";
      if (*c == '\0') break;
      seg = c + 1;
    } else if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                 (*c >= '0' && *c <= '9') || strchr("._~-", *c))) {
      return "its path has characters other than A-Z a-z 0-9 . _ ~ - /";
    }
  }
  return NULL;
}

static int cmp_string(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static pub_kind kind_of(const pub_graph *g, const char *iri) {
  static const struct { const char *cls; pub_kind kind; } order[] = {
      {PUB_DIP "Event", PUB_EVENT},       {PUB_DIP "Document", PUB_DOCUMENT},
      {PUB_DIP "Person", PUB_PERSON},     {PUB_DIP "Ministry", PUB_MINISTRY},
      {PUB_DIP "State", PUB_STATE},       {PUB_DIP "Territory", PUB_STATE},
      {PUB_DIP "Post", PUB_POST},         {PUB_DIP "Organization", PUB_ORGANIZATION},
      {PUB_DIP "Embassy", PUB_ORGANIZATION},
      {PUB_DIP "InternationalOrganization", PUB_ORGANIZATION}};
  for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
    if (pub_has_type(g, iri, order[i].cls)) return order[i].kind;
  return PUB_OTHER;
}

/* Collects the resources (subjects and objects under the base), then finds
 * each one's ranges of statements. */
static int index_resources(pub_graph *g) {
  size_t base_len = strlen(g->to_base), n = 0, cap = 0;
  char **iris = NULL;
  for (size_t i = 0; i < g->n; i++) {
    const char *terms[2] = {pub_iri(g->triples[i]->subject), pub_iri(g->triples[i]->object)};
    for (int k = 0; k < 2; k++) {
      const char *t = terms[k];
      if (!t || strncmp(t, g->to_base, base_len)) continue;
      size_t len = stem_len(t);
      if (n && strlen(iris[n - 1]) == len && !memcmp(iris[n - 1], t, len)) continue;
      if (n == cap) {
        cap = cap ? cap * 2 : 1024;
        char **more = realloc(iris, cap * sizeof *more);
        if (!more) goto fail;
        iris = more;
      }
      if (!(iris[n] = strndup(t, len))) goto fail;
      n++;
    }
  }
  if (n) qsort(iris, n, sizeof *iris, cmp_string);
  size_t unique = 0;
  for (size_t i = 0; i < n; i++) {
    if (unique && !strcmp(iris[unique - 1], iris[i])) free(iris[i]);
    else iris[unique++] = iris[i];
  }
  n = unique;
  g->resources = calloc(n ? n : 1, sizeof *g->resources);
  if (!g->resources) goto fail;
  g->n_res = n;
  size_t t = 0, in = 0;
  for (size_t i = 0; i < n; i++) {
    pub_resource *r = &g->resources[i];
    r->iri = iris[i];
    iris[i] = NULL;
    r->path = r->iri + base_len;
    /* both arrays are sorted by resource, and so are the resources */
    while (t < g->n && stem_cmp(pub_iri(g->triples[t]->subject), r->iri) < 0) t++;
    r->out = t;
    while (t < g->n && stem_cmp(pub_iri(g->triples[t]->subject), r->iri) == 0) t++;
    r->n_out = t - r->out;
    while (in < g->n_in && stem_cmp(pub_iri(g->incoming[in]->object), r->iri) < 0) in++;
    r->in = in;
    while (in < g->n_in && stem_cmp(pub_iri(g->incoming[in]->object), r->iri) == 0) in++;
    r->n_in = in - r->in;
  }
  for (size_t i = 0; i < n; i++) {
    pub_resource *r = &g->resources[i];
    r->kind = kind_of(g, r->iri);
    const char *why = unfit_path(r->path);
    r->published = why == NULL;
    if (why) {
      char what[160];
      snprintf(what, sizeof what, "not published: %s", why);
      g->report(g->handle, r->iri, what);
    }
  }
  free(iris);
  return 0;
fail:
  for (size_t i = 0; i < n; i++) free(iris[i]);
  free(iris);
  g->report(g->handle, g->file, "out of memory");
  return -1;
}

pub_graph *pub_graph_load(const char *file, const char *from_base,
                          const char *to_base, pub_report report, void *handle) {
  pub_graph *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  g->report = report;
  g->handle = handle;
  g->file = file;
  g->from_base = strdup(from_base);
  g->to_base = strdup(to_base);
  g->world = raptor_new_world();
  if (!g->from_base || !g->to_base || !g->world || raptor_world_open(g->world)) {
    report(handle, file, "out of memory");
    pub_graph_free(g);
    return NULL;
  }
  raptor_world_set_log_handler(g->world, g, on_log);
  if (parse(g, file)) {
    pub_graph_free(g);
    return NULL;
  }
  if (g->n) qsort(g->triples, g->n, sizeof *g->triples, by_subject);
  /* one statement may be read twice (two files merged by hand): keep one */
  size_t kept = 0;
  for (size_t i = 0; i < g->n; i++) {
    if (kept && !by_subject(&g->triples[kept - 1], &g->triples[i]))
      raptor_free_statement(g->triples[i]);
    else
      g->triples[kept++] = g->triples[i];
  }
  g->n = kept;
  g->incoming = malloc((g->n ? g->n : 1) * sizeof *g->incoming);
  if (!g->incoming) {
    report(handle, file, "out of memory");
    pub_graph_free(g);
    return NULL;
  }
  size_t base_len = strlen(to_base);
  for (size_t i = 0; i < g->n; i++) {
    const char *o = pub_iri(g->triples[i]->object);
    if (o && !strncmp(o, to_base, base_len)) g->incoming[g->n_in++] = g->triples[i];
  }
  if (g->n_in) qsort(g->incoming, g->n_in, sizeof *g->incoming, by_object);
  if (index_resources(g)) {
    pub_graph_free(g);
    return NULL;
  }
  g->file = NULL;
  return g;
}

void pub_graph_free(pub_graph *g) {
  if (!g) return;
  for (size_t i = 0; i < g->n; i++) raptor_free_statement(g->triples[i]);
  for (size_t i = 0; i < g->n_res; i++) free(g->resources[i].iri);
  free(g->resources);
  free(g->triples);
  free(g->incoming);
  free(g->from_base);
  free(g->to_base);
  if (g->world) raptor_free_world(g->world);
  free(g);
}

raptor_world *pub_graph_world(const pub_graph *g) { return g->world; }
const char *pub_graph_base(const pub_graph *g) { return g->to_base; }
size_t pub_graph_size(const pub_graph *g) { return g->n; }
const raptor_statement *pub_graph_triple(const pub_graph *g, size_t i) {
  return g->triples[i];
}
const raptor_statement *pub_graph_incoming(const pub_graph *g, size_t i) {
  return g->incoming[i];
}
size_t pub_graph_resources(const pub_graph *g) { return g->n_res; }
const pub_resource *pub_graph_resource(const pub_graph *g, size_t i) {
  return &g->resources[i];
}

const pub_resource *pub_graph_find(const pub_graph *g, const char *iri) {
  size_t lo = 0, hi = g->n_res;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = stem_cmp(g->resources[mid].iri, iri);
    if (c == 0) return &g->resources[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* ---- lookups ------------------------------------------------------------- */

size_t pub_objects(const pub_graph *g, const char *subject,
                   const char *predicate, const raptor_term **out, size_t cap) {
  const pub_resource *r = pub_graph_find(g, subject);
  size_t n = 0;
  if (!r) return 0;
  for (size_t i = r->out; i < r->out + r->n_out; i++) {
    const raptor_statement *st = g->triples[i];
    if (strcmp(pub_iri(st->subject), subject) || !pub_is(st, predicate)) continue;
    if (n < cap) out[n] = st->object;
    n++;
  }
  return n;
}

const raptor_term *pub_object(const pub_graph *g, const char *subject,
                              const char *predicate) {
  const raptor_term *t = NULL;
  return pub_objects(g, subject, predicate, &t, 1) ? t : NULL;
}

const char *pub_text(const pub_graph *g, const char *subject,
                     const char *predicate, const char *lang) {
  const pub_resource *r = pub_graph_find(g, subject);
  if (!r) return NULL;
  for (size_t i = r->out; i < r->out + r->n_out; i++) {
    const raptor_statement *st = g->triples[i];
    if (strcmp(pub_iri(st->subject), subject) || !pub_is(st, predicate) ||
        st->object->type != RAPTOR_TERM_TYPE_LITERAL)
      continue;
    const char *l = (const char *)st->object->value.literal.language;
    if (!lang || (l && !strcmp(l, lang))) return pub_literal(st->object);
  }
  return NULL;
}

int pub_has_type(const pub_graph *g, const char *subject, const char *cls) {
  const pub_resource *r = pub_graph_find(g, subject);
  if (!r) return 0;
  for (size_t i = r->out; i < r->out + r->n_out; i++) {
    const raptor_statement *st = g->triples[i];
    const char *o = pub_iri(st->object);
    if (o && !strcmp(o, cls) && pub_is(st, PUB_RDF "type") &&
        !strcmp(pub_iri(st->subject), subject))
      return 1;
  }
  return 0;
}

const char *pub_label(const pub_graph *g, const char *iri) {
  const char *s = pub_text(g, iri, PUB_RDFS "label", "en");
  if (!s) s = pub_text(g, iri, PUB_RDFS "label", "da");
  if (!s) s = pub_text(g, iri, PUB_RDFS "label", NULL);
  if (!s) s = pub_text(g, iri, PUB_DCT "title", NULL);
  return s;
}
