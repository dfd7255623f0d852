/* extract: an extractor reused for many documents gives each the graph a
 * fresh extraction gives it, in English and in Danish, after a document
 * that fails, and with the memory of the previous document reused. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  char *text;
  size_t len, cap;
} lines;

static void add(lines *l, const char *s) {
  size_t n = strlen(s);
  if (l->len + n + 2 > l->cap) {
    l->cap = (l->len + n + 2) * 2;
    l->text = realloc(l->text, l->cap);
    assert_non_null(l->text);
  }
  memcpy(l->text + l->len, s, n);
  l->len += n;
  l->text[l->len] = '\0';
}

static attache_status collect(void *handle, const attache_term *s,
                              const attache_term *p, const attache_term *o,
                              const char *g) {
  lines *l = handle;
  add(l, s->value);
  add(l, " ");
  add(l, p->value);
  add(l, " ");
  add(l, o->value);
  add(l, o->lang ? o->lang : "");
  add(l, o->datatype ? o->datatype : "");
  add(l, g ? g : "");
  add(l, "\n");
  return ATTACHE_SUCCESS;
}

static const char *const documents[][2] = {
    {"en1.txt", "Foreign Minister Lars Løkke Rasmussen met Russia's foreign "
                "minister Sergey Lavrov in Moscow on 12 September 2025. "
                "Denmark expelled two Russian diplomats."},
    {"da1.txt", "Udenrigsminister Lars Løkke Rasmussen mødtes den 12. "
                "september 2025 med Ruslands udenrigsminister. Danmark "
                "udviste to russiske diplomater."},
    {"empty.txt", ""},
    {"en2.txt", "Prime Minister Mette Frederiksen visited Kyiv. The United "
                "States imposed sanctions on Russia."},
    {"en1-again.txt", "Foreign Minister Lars Løkke Rasmussen met Russia's "
                      "foreign minister Sergey Lavrov in Moscow on 12 "
                      "September 2025. Denmark expelled two Russian "
                      "diplomats."},
};

static void reuse_gives_fresh_graphs(void **state) {
  (void)state;
  attache_extractor *ex = NULL;
  assert_int_equal(attache_extractor_new(test_knowledge(), &ex), ATTACHE_SUCCESS);
  for (int round = 0; round < 2; round++)
    for (size_t i = 0; i < sizeof documents / sizeof *documents; i++) {
      const char *name = documents[i][0], *text = documents[i][1];
      attache_options opt = {0};
      lines fresh = {0}, reused = {0};
      attache_status a = attache_extract(test_knowledge(), &opt, name, text,
                                         strlen(text), collect, &fresh, NULL,
                                         NULL, NULL);
      attache_status b = attache_extractor_run(ex, &opt, name, text, strlen(text),
                                               collect, &reused, NULL, NULL, NULL);
      assert_int_equal(a, b);
      if (*text) {
        assert_int_equal(a, ATTACHE_SUCCESS);
        assert_non_null(fresh.text);
        assert_non_null(strstr(fresh.text, "Event") ? fresh.text : NULL);
      } else {
        assert_int_not_equal(a, ATTACHE_SUCCESS);
      }
      assert_string_equal(fresh.text ? fresh.text : "", reused.text ? reused.text : "");
      free(fresh.text);
      free(reused.text);
    }
  attache_extractor_free(ex);
}

static void bad_arguments(void **state) {
  (void)state;
  attache_extractor *ex = (attache_extractor *)1;
  assert_int_equal(attache_extractor_new(NULL, &ex), ATTACHE_ERR_BAD_ARG);
  assert_null(ex);
  lines l = {0};
  assert_int_equal(attache_extractor_run(NULL, NULL, "x.txt", "a", 1, collect, &l,
                                         NULL, NULL, NULL),
                   ATTACHE_ERR_BAD_ARG);
  assert_int_equal(attache_extractor_new(test_knowledge(), &ex), ATTACHE_SUCCESS);
  assert_int_equal(attache_extractor_run(ex, NULL, "x.txt", NULL, 3, collect, &l,
                                         NULL, NULL, NULL),
                   ATTACHE_ERR_BAD_ARG);
  attache_extractor_free(ex);
  attache_extractor_free(NULL);
}

/* The IRI the graph of `bytes`, read from `name`, gives its document. */
static char *document_of(const char *name, const char *bytes) {
  lines l = {0};
  attache_options opt = {0};
  assert_int_equal(attache_extract(test_knowledge(), &opt, name, bytes, strlen(bytes),
                                   collect, &l, NULL, NULL, NULL),
                   ATTACHE_SUCCESS);
  const char *type = strstr(l.text, " http://www.w3.org/1999/02/22-rdf-syntax-ns#type "
                                    "https://w3id.org/attache/ns#Document");
  assert_non_null(type);
  const char *start = type;
  while (start > l.text && start[-1] != '\n') start--;
  char *iri = strndup(start, (size_t)(type - start));
  free(l.text);
  return iri;
}

/* A document is named by its file's stem and a hash of its bytes: the same
 * file from any folder is the same document, two files of the same name
 * (crawled index.html pages, x.txt beside x.html) are not. */
static void document_iris(void **state) {
  (void)state;
  const char *en = "Prime Minister Mette Frederiksen visited Kyiv.";
  const char *da = "Statsminister Mette Frederiksen besøgte Kyiv.";
  char *a = document_of("crawl/a/index.html", en);
  char *b = document_of("crawl/b/index.html", da);
  char *a_again = document_of("elsewhere/index.html", en);
  char *txt = document_of("x.txt", en);
  char *html = document_of("x.html", da);
  assert_string_equal(a, a_again);
  assert_string_not_equal(a, b);
  assert_string_not_equal(txt, html);
  const char *prefix = "https://w3id.org/attache/id/doc/index-";
  assert_int_equal(strncmp(a, prefix, strlen(prefix)), 0);
  assert_int_equal(strlen(a), strlen(prefix) + 16);
  assert_int_equal(strspn(a + strlen(prefix), "0123456789abcdef"), 16);
  assert_int_equal(strncmp(txt, "https://w3id.org/attache/id/doc/x-", 34), 0);
  char *stdin_doc = document_of("-", da);
  assert_int_equal(strncmp(stdin_doc, "https://w3id.org/attache/id/doc/stdin-", 38), 0);
  assert_string_equal(stdin_doc + 38, b + strlen(prefix));
  free(a), free(b), free(a_again), free(txt), free(html), free(stdin_doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(reuse_gives_fresh_graphs),
      cmocka_unit_test(document_iris),
      cmocka_unit_test(bad_arguments),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
