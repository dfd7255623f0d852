#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static attache_knowledge *kb;

static void on_message(void *h, attache_severity s, const char *w,
                       const char *m) {
  (void)h;
  (void)s;
  fprintf(stderr, "knowledge: %s: %s\n", w ? w : "", m);
}

static void release(void) { attache_knowledge_free(kb); }

const attache_knowledge *test_knowledge(void) {
  if (!kb) {
    attache_status st = attache_knowledge_load(
        ATTACHE_TEST_ONTOLOGY, ATTACHE_TEST_GENERATED, on_message, NULL, &kb);
    if (st) {
      fprintf(stderr, "cannot load knowledge: %s\n", attache_strerror(st));
      exit(1);
    }
    atexit(release);
  }
  return kb;
}

static char *term_text(const attache_term *t) {
  size_t n = strlen(t->value) + (t->lang ? strlen(t->lang) : 0) +
             (t->datatype ? strlen(t->datatype) : 0) + 8;
  char *s = malloc(n);
  if (t->kind == ATTACHE_LITERAL)
    snprintf(s, n, "\"%s\"%s%s%s%s", t->value, t->lang ? "@" : "",
             t->lang ? t->lang : "", t->datatype ? "^^" : "",
             t->datatype ? t->datatype : "");
  else
    snprintf(s, n, "%s", t->value);
  return s;
}

static attache_status collect(void *h, const attache_term *s,
                              const attache_term *p, const attache_term *o,
                              const char *g) {
  (void)g;
  test_graph *gr = h;
  char *a = term_text(s), *b = term_text(p), *c = term_text(o);
  size_t n = strlen(a) + strlen(b) + strlen(c) + 3;
  char *line = malloc(n);
  snprintf(line, n, "%s %s %s", a, b, c);
  free(a);
  free(b);
  free(c);
  if (gr->len == gr->cap) {
    gr->cap = gr->cap ? gr->cap * 2 : 64;
    gr->lines = realloc(gr->lines, gr->cap * sizeof *gr->lines);
  }
  gr->lines[gr->len++] = line;
  return ATTACHE_SUCCESS;
}

test_graph *extract_dated(const char *text, const char *lang,
                          const char *date) {
  test_graph *g = calloc(1, sizeof *g);
  attache_options opt = {0};
  opt.lang = !lang ? ATTACHE_LANG_AUTO
             : !strcmp(lang, "da") ? ATTACHE_LANG_DA
                                   : ATTACHE_LANG_EN;
  opt.date = date;
  g->status = attache_extract(test_knowledge(), &opt, "test.txt", text,
                              strlen(text), collect, g, NULL, NULL, NULL);
  return g;
}

test_graph *extract(const char *text, const char *lang) {
  return extract_dated(text, lang, NULL);
}

void graph_free(test_graph *g) {
  if (!g) return;
  for (size_t i = 0; i < g->len; i++) free(g->lines[i]);
  free(g->lines);
  free(g);
}

void graph_dump(const test_graph *g) {
  for (size_t i = 0; i < g->len; i++) fprintf(stderr, "  %s\n", g->lines[i]);
}

/* Splits "S P O" (S and P have no spaces). */
static void parts(const char *line, char *s, char *p, const char **o) {
  const char *a = strchr(line, ' ');
  const char *b = strchr(a + 1, ' ');
  memcpy(s, line, (size_t)(a - line));
  s[a - line] = '\0';
  memcpy(p, a + 1, (size_t)(b - a - 1));
  p[b - a - 1] = '\0';
  *o = b + 1;
}

int has(const test_graph *g, const char *s, const char *p, const char *o) {
  char sb[4096], pb[4096];
  const char *ob;
  for (size_t i = 0; i < g->len; i++) {
    if (strlen(g->lines[i]) >= sizeof sb) continue;
    parts(g->lines[i], sb, pb, &ob);
    if ((!s || strstr(sb, s)) && (!p || strstr(pb, p)) && (!o || strstr(ob, o)))
      return 1;
  }
  return 0;
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !strcmp(s + n - m, suffix);
}

/* Subjects whose type ends with `cls` (caller frees the array). */
static char **typed(const test_graph *g, const char *cls, size_t *n) {
  char **out = calloc(g->len + 1, sizeof *out);
  char sb[4096], pb[4096];
  const char *ob;
  *n = 0;
  for (size_t i = 0; i < g->len; i++) {
    if (strlen(g->lines[i]) >= sizeof sb) continue;
    parts(g->lines[i], sb, pb, &ob);
    if (!ends_with(pb, "#type") || !ends_with(ob, cls)) continue;
    int seen = 0;
    for (size_t k = 0; k < *n; k++) seen |= !strcmp(out[k], sb);
    if (!seen) out[(*n)++] = strdup(sb);
  }
  return out;
}

static void free_list(char **l, size_t n) {
  for (size_t i = 0; i < n; i++) free(l[i]);
  free(l);
}

size_t count_typed(const test_graph *g, const char *cls) {
  size_t n;
  char **subjects = typed(g, cls, &n);
  free_list(subjects, n);
  return n;
}

static int labelled(const test_graph *g, const char *subject,
                    const char *label) {
  char needle[1024];
  snprintf(needle, sizeof needle, "\"%s", label);
  char sb[4096], pb[4096];
  const char *ob;
  for (size_t i = 0; i < g->len; i++) {
    if (strlen(g->lines[i]) >= sizeof sb) continue;
    parts(g->lines[i], sb, pb, &ob);
    if (strcmp(sb, subject)) continue;
    if ((ends_with(pb, "#label") || ends_with(pb, "#altLabel")) &&
        strstr(ob, label))
      return 1;
  }
  return 0;
}

int has_entity(const test_graph *g, const char *cls, const char *label) {
  size_t n;
  char **subjects = typed(g, cls, &n);
  int found = 0;
  for (size_t i = 0; i < n && !found; i++) found = labelled(g, subjects[i], label);
  free_list(subjects, n);
  return found;
}

/* The object IRIs of (subject, predicate-suffix). */
static char **objects(const test_graph *g, const char *subject,
                      const char *pred, size_t *n) {
  char **out = calloc(g->len + 1, sizeof *out);
  char sb[4096], pb[4096];
  const char *ob;
  *n = 0;
  for (size_t i = 0; i < g->len; i++) {
    if (strlen(g->lines[i]) >= sizeof sb) continue;
    parts(g->lines[i], sb, pb, &ob);
    if (!strcmp(sb, subject) && ends_with(pb, pred)) out[(*n)++] = strdup(ob);
  }
  return out;
}

int has_role(const test_graph *g, const char *person_label, const char *role,
             const char *of_label) {
  size_t np;
  char **people = typed(g, "#Person", &np);
  int found = 0;
  for (size_t i = 0; i < np && !found; i++) {
    if (!labelled(g, people[i], person_label)) continue;
    size_t nposts;
    char **posts = objects(g, people[i], "#holds", &nposts);
    for (size_t k = 0; k < nposts && !found; k++) {
      size_t nr, no;
      char **roles = objects(g, posts[k], "#role", &nr);
      char **ofs = objects(g, posts[k], "#postIn", &no);
      if (nr && ends_with(roles[0], role) && no && labelled(g, ofs[0], of_label))
        found = 1;
      free_list(roles, nr);
      free_list(ofs, no);
    }
    free_list(posts, nposts);
  }
  free_list(people, np);
  return found;
}

int has_event(const test_graph *g, const char *cls, ...) {
  size_t ne;
  char **events = typed(g, cls, &ne);
  int found = 0;
  for (size_t i = 0; i < ne && !found; i++) {
    size_t np;
    char **parts_ = objects(g, events[i], "#participant", &np);
    va_list ap;
    va_start(ap, cls);
    int all = 1;
    for (const char *label; (label = va_arg(ap, const char *));) {
      int hit = 0;
      for (size_t k = 0; k < np && !hit; k++) hit = labelled(g, parts_[k], label);
      all &= hit;
    }
    va_end(ap);
    found = all;
    free_list(parts_, np);
  }
  free_list(events, ne);
  return found;
}

const char *event_date(const test_graph *g, const char *cls) {
  return event_date_of(g, cls, NULL);
}

int event_role(const test_graph *g, const char *cls, const char *role,
               const char *label) {
  char pred[64];
  snprintf(pred, sizeof pred, "ns#%s", role);
  size_t ne;
  char **events = typed(g, cls, &ne);
  int found = 0;
  for (size_t i = 0; i < ne && !found; i++) {
    size_t n;
    char **who = objects(g, events[i], pred, &n);
    for (size_t k = 0; k < n && !found; k++) found = labelled(g, who[k], label);
    free_list(who, n);
  }
  free_list(events, ne);
  return found;
}

const char *event_date_of(const test_graph *g, const char *cls, const char *label) {
  static char buf[64];
  size_t ne;
  char **events = typed(g, cls, &ne);
  const char *r = NULL;
  for (size_t i = 0; i < ne && !r; i++) {
    size_t np, nd;
    char **parts_ = objects(g, events[i], "#participant", &np);
    int takes_part = !label;
    for (size_t k = 0; k < np && !takes_part; k++) takes_part = labelled(g, parts_[k], label);
    free_list(parts_, np);
    if (!takes_part) continue;
    char **dates = objects(g, events[i], "ns#date", &nd);
    if (nd) {
      snprintf(buf, sizeof buf, "%s", dates[0] + 1);
      char *q = strchr(buf, '"');
      if (q) *q = '\0';
      r = buf;
    }
    free_list(dates, nd);
  }
  free_list(events, ne);
  return r;
}
