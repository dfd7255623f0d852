/* emit: the shape of the graph — the document node, entities with labels in
 * both languages and a NIF-style first mention (code-point offsets), posts,
 * events with their evidence, links to Wikidata; deterministic order; the
 * base IRI. Sentences written for these tests. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ID "https://w3id.org/attache/id/"
#define DIP "https://w3id.org/attache/ns#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define ORG "http://www.w3.org/ns/org#"
#define XSD_NNI "^^http://www.w3.org/2001/XMLSchema#nonNegativeInteger"
/* The document IRI of test.txt: "doc/test-" and a hash of the text. */
#define DOC_PREFIX ID "doc/test-"

/* The graph's document IRI followed by `suffix` (static storage, one call
 * per expression). */
static const char *doc_at(const test_graph *g, const char *suffix) {
  static char iri[512];
  iri[0] = '\0';
  const char *want = " " RDF_TYPE " https://w3id.org/attache/ns#Document";
  for (size_t i = 0; i < g->len; i++) {
    const char *tail = strstr(g->lines[i], want);
    if (tail && !strcmp(tail, want) && !strncmp(g->lines[i], DOC_PREFIX, strlen(DOC_PREFIX))) {
      snprintf(iri, sizeof iri, "%.*s%s", (int)(tail - g->lines[i]), g->lines[i], suffix);
      break;
    }
  }
  return iri;
}
#define DOC doc_at(g, "")

/* English, with a non-ASCII name ("Løkke") before the names whose offsets
 * are checked: code-point and byte offsets differ after it. */
static const char *const TEXT_EN =
    "Talks in Oslo\n\n"
    "L\xC3\xB8kke met the Danish foreign minister Anna Berg at the Foreign "
    "Ministry. Denmark expelled two Russian diplomats on Monday. NATO, "
    "Greenland and the French embassy in Copenhagen were mentioned.\n";

/* 1 when the graph has exactly the line "s p o". */
static int line(const test_graph *g, const char *s, const char *p,
                const char *o) {
  size_t n = strlen(s) + strlen(p) + strlen(o) + 3;
  char *want = malloc(n);
  snprintf(want, n, "%s %s %s", s, p, o);
  int found = 0;
  for (size_t i = 0; i < g->len && !found; i++)
    found = !strcmp(g->lines[i], want);
  free(want);
  return found;
}

/* Code points in s[0..n). */
static size_t code_points(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

static void document_node(void **state) {
  (void)state;
  test_graph *g = extract(TEXT_EN, "en");
  assert_int_equal(g->status, ATTACHE_SUCCESS);
  CHECK(line(g, DOC, RDF_TYPE, DIP "Document"), g);
  CHECK(line(g, DOC, "http://purl.org/dc/terms/title", "\"Talks in Oslo\"@en"), g);
  CHECK(line(g, DOC, "http://purl.org/dc/terms/language", "\"en\""), g);
  CHECK(line(g, DOC, DIP "sourceFile", "\"test.txt\""), g);
  graph_free(g);
  g = extract("Møde i Oslo\n\nDanmark og Norge mødtes.\n", "da");
  CHECK(line(g, DOC, "http://purl.org/dc/terms/title", "\"Møde i Oslo\"@da"), g);
  CHECK(line(g, DOC, "http://purl.org/dc/terms/language", "\"da\""), g);
  graph_free(g);
}

/* Every typed entity (anything with a mention) is labelled in English and
 * Danish. */
static void labels_in_both_languages(void **state) {
  (void)state;
  test_graph *g = extract(TEXT_EN, "en");
  size_t entities = 0;
  for (size_t i = 0; i < g->len; i++) {
    const char *l = g->lines[i];
    const char *sp = strchr(l, ' ');
    if (!strstr(l, " " DIP "mentionedIn ")) continue;
    char *s = strndup(l, (size_t)(sp - l));
    int en = 0, da = 0;
    size_t n = strlen(s);
    for (size_t k = 0; k < g->len; k++) {
      const char *m = g->lines[k];
      if (strncmp(m, s, n) || strncmp(m + n, " " RDFS_LABEL " \"",
                                      strlen(RDFS_LABEL) + 3))
        continue;
      size_t ml = strlen(m);
      en |= ml > 4 && !strcmp(m + ml - 4, "\"@en");
      da |= ml > 4 && !strcmp(m + ml - 4, "\"@da");
    }
    if (!en || !da) {
      fprintf(stderr, "missing label: %s (en %d, da %d)\n", s, en, da);
      graph_dump(g);
    }
    assert_true(en && da);
    assert_true(has(g, s, RDF_TYPE, DIP));
    free(s);
    entities++;
  }
  /* Løkke, Anna Berg, the ministry, DK, RU, NATO, Greenland, FR, embassy, NO */
  assert_true(entities >= 9);
  graph_free(g);
}

static void mentions_count_code_points(void **state) {
  (void)state;
  test_graph *g = extract(TEXT_EN, "en");
  const char *at = strstr(TEXT_EN, "Anna Berg");
  size_t byte = (size_t)(at - TEXT_EN);
  size_t begin = code_points(TEXT_EN, byte), end = begin + 9;
  assert_int_equal(begin, 53);
  assert_int_equal(byte, 54); /* "ø" is two bytes */
  char node[256], num[64];
  snprintf(node, sizeof node, "%s#char=%zu,%zu", DOC, begin, end);
  CHECK(line(g, ID "person/anna-berg", DIP "mention", node), g);
  CHECK(line(g, node, RDF_TYPE, DIP "Mention"), g);
  snprintf(num, sizeof num, "\"%zu\"" XSD_NNI, begin);
  CHECK(line(g, node, DIP "beginIndex", num), g);
  snprintf(num, sizeof num, "\"%zu\"" XSD_NNI, end);
  CHECK(line(g, node, DIP "endIndex", num), g);
  CHECK(line(g, node, DIP "anchorOf", "\"Anna Berg\""), g);
  CHECK(line(g, node, DIP "inDocument", DOC), g);
  CHECK(line(g, ID "person/anna-berg", DIP "mentionedIn", DOC), g);
  /* no byte-offset node */
  CHECK(!has(g, NULL, NULL, doc_at(g, "#char=54,")), g);
  /* the non-ASCII name itself: 5 code points, 6 bytes */
  snprintf(node, sizeof node, "%s#char=15,20", DOC);
  CHECK(line(g, ID "person/lars-lokke-rasmussen", DIP "mention", node), g);
  CHECK(line(g, node, DIP "anchorOf", "\"L\xC3\xB8kke\""), g);
  /* a later mention: every offset after "Løkke" is one less than its byte */
  at = strstr(TEXT_EN, "Greenland");
  byte = (size_t)(at - TEXT_EN);
  begin = code_points(TEXT_EN, byte);
  assert_int_equal(begin + 1, byte);
  snprintf(node, sizeof node, "%s#char=%zu,%zu", DOC, begin, begin + 9);
  CHECK(line(g, ID "state/GL", DIP "mention", node), g);
  CHECK(line(g, node, DIP "anchorOf", "\"Greenland\""), g);
  graph_free(g);
}

static void posts(void **state) {
  (void)state;
  test_graph *g = extract(TEXT_EN, "en");
  const char *post = ID "post/ForeignMinister/state-dk";
  CHECK(line(g, post, RDF_TYPE, ORG "Post"), g);
  CHECK(line(g, post, ORG "role", DIP "ForeignMinister"), g);
  CHECK(line(g, post, ORG "postIn", ID "state/DK"), g);
  CHECK(line(g, ID "person/anna-berg", ORG "holds", post), g);
  CHECK(has(g, post, RDFS_LABEL, "@en"), g);
  CHECK(has(g, post, RDFS_LABEL, "@da"), g);
  graph_free(g);
}

/* The subject of the first event of class `cls` (caller frees), or NULL. */
static char *event_of(const test_graph *g, const char *cls) {
  char want[256];
  snprintf(want, sizeof want, " %s %s%s", RDF_TYPE, DIP, cls);
  for (size_t i = 0; i < g->len; i++) {
    const char *l = g->lines[i];
    const char *sp = strchr(l, ' ');
    if (!strcmp(sp, want)) return strndup(l, (size_t)(sp - l));
  }
  return NULL;
}

static void events(void **state) {
  (void)state;
  test_graph *g = extract(TEXT_EN, "en");
  char *ev = event_of(g, "Expulsion");
  CHECK(ev != NULL, g);
  assert_true(!strncmp(ev, ID "event/", strlen(ID "event/")));
  CHECK(line(g, ev, RDF_TYPE, DIP "Event"), g);
  CHECK(has(g, ev, DIP "cameoCode", "\"1"), g);
  CHECK(line(g, ev, DIP "evidence",
             "\"Denmark expelled two Russian diplomats on Monday.\"@en"),
        g);
  CHECK(line(g, ev, DIP "trigger", "\"expelled\"@en"), g);
  CHECK(line(g, ev, "http://www.w3.org/ns/prov#wasDerivedFrom", DOC), g);
  CHECK(line(g, ev, DIP "status", DIP "Happened"), g);
  CHECK(line(g, ev, DIP "actor", ID "state/DK"), g);
  CHECK(line(g, ev, DIP "target", ID "state/RU"), g);
  CHECK(line(g, ev, DIP "participant", ID "state/DK"), g);
  /* the evidence span in code points */
  const char *at = strstr(TEXT_EN, "Denmark expelled");
  char num[64];
  snprintf(num, sizeof num, "\"%zu\"" XSD_NNI,
           code_points(TEXT_EN, (size_t)(at - TEXT_EN)));
  CHECK(line(g, ev, DIP "beginIndex", num), g);
  free(ev);
  graph_free(g);
}

static void wikidata_links(void **state) {
  (void)state;
  test_graph *g = extract(TEXT_EN, "en");
  CHECK(line(g, ID "state/DK", "http://www.w3.org/2002/07/owl#sameAs",
             "http://www.wikidata.org/entity/Q35"),
        g);
  /* a person found only in the text has no link */
  CHECK(!has(g, ID "person/anna-berg", "sameAs", NULL), g);
  graph_free(g);
}

static void deterministic(void **state) {
  (void)state;
  test_graph *a = extract(TEXT_EN, "en");
  test_graph *b = extract(TEXT_EN, "en");
  assert_int_equal(a->len, b->len);
  assert_true(a->len > 50);
  for (size_t i = 0; i < a->len; i++) assert_string_equal(a->lines[i], b->lines[i]);
  graph_free(a);
  graph_free(b);
}

/* ---- the base IRI --------------------------------------------------------- */

#define BASE "http://example.org/kg/"

typedef struct {
  size_t triples, subjects_outside, default_base, graphs_outside;
  int saw_state, saw_doc;
} base_check;

/* BASE"doc/test-" and 16 hex digits */
static int is_test_doc(const char *iri) {
  size_t n = strlen(BASE "doc/test-");
  return !strncmp(iri, BASE "doc/test-", n) && strlen(iri + n) == 16 &&
         strspn(iri + n, "0123456789abcdef") == 16;
}

static attache_status check_base(void *h, const attache_term *s,
                                 const attache_term *p, const attache_term *o,
                                 const char *graph) {
  (void)p;
  base_check *c = h;
  c->triples++;
  if (strncmp(s->value, BASE, strlen(BASE))) {
    fprintf(stderr, "subject outside the base: %s\n", s->value);
    c->subjects_outside++;
  }
  if (!graph || !is_test_doc(graph)) c->graphs_outside++;
  const attache_term *terms[2] = {s, o};
  for (int i = 0; i < 2; i++) {
    if (terms[i]->kind != ATTACHE_IRI) continue;
    if (strstr(terms[i]->value, "w3id.org/attache/id/")) {
      fprintf(stderr, "default base: %s\n", terms[i]->value);
      c->default_base++;
    }
    if (!strcmp(terms[i]->value, BASE "state/DK")) c->saw_state = 1;
    if (is_test_doc(terms[i]->value)) c->saw_doc = 1;
  }
  return ATTACHE_SUCCESS;
}

static void custom_base(void **state) {
  (void)state;
  attache_options opt = {0};
  opt.base = BASE;
  opt.lang = ATTACHE_LANG_EN;
  base_check c = {0};
  attache_stats stats;
  memset(&stats, 0, sizeof stats);
  assert_int_equal(attache_extract(test_knowledge(), &opt, "test.txt", TEXT_EN,
                                   strlen(TEXT_EN), check_base, &c, NULL, NULL,
                                   &stats),
                   ATTACHE_SUCCESS);
  assert_true(c.triples > 50);
  assert_int_equal(c.subjects_outside, 0);
  assert_int_equal(c.default_base, 0);
  assert_int_equal(c.graphs_outside, 0);
  assert_true(c.saw_state);
  assert_true(c.saw_doc);
  assert_int_equal(stats.triples, c.triples);
  assert_string_equal(stats.lang, "en");
  assert_true(stats.persons >= 2);
  assert_true(stats.states >= 3);
  assert_true(stats.events >= 1);
  assert_true(stats.posts >= 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(document_node),
      cmocka_unit_test(labels_in_both_languages),
      cmocka_unit_test(mentions_count_code_points),
      cmocka_unit_test(posts),
      cmocka_unit_test(events),
      cmocka_unit_test(wikidata_links),
      cmocka_unit_test(deterministic),
      cmocka_unit_test(custom_base),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
