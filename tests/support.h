/*
 * Test support: the real knowledge files (loaded once), extraction of a
 * string into an in-memory set of triples, and queries on that set.
 */
#ifndef ATTACHE_TEST_SUPPORT_H
#define ATTACHE_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "attache.h"

/* The knowledge of ontology/ and the generated iso-codes part. */
const attache_knowledge *test_knowledge(void);

typedef struct {
  char **lines; /* "S P O" with IRIs bare and literals as "text"@lang */
  size_t len, cap;
  attache_status status;
} test_graph;

/* Extracts `text` (lang "en", "da" or NULL for auto) into a new graph. */
test_graph *extract(const char *text, const char *lang);
/* Like extract() with a document date (YYYY-MM-DD). */
test_graph *extract_dated(const char *text, const char *lang, const char *date);
void graph_free(test_graph *g);

/* 1 when a triple has a subject containing `s`, a predicate containing `p`
 * and an object containing `o` (NULL matches anything). */
int has(const test_graph *g, const char *s, const char *p, const char *o);
/* Number of distinct subjects typed with a class whose IRI ends in `cls`. */
size_t count_typed(const test_graph *g, const char *cls);
/* 1 when an entity with a label containing `label` has type ending `cls`. */
int has_entity(const test_graph *g, const char *cls, const char *label);
/* 1 when `person_label` holds a post with role `role` in an entity whose
 * label is `of_label`. */
int has_role(const test_graph *g, const char *person_label, const char *role,
             const char *of_label);
/* 1 when an event of class `cls` has participants with all the labels in
 * the NULL-terminated list. */
int has_event(const test_graph *g, const char *cls, ...) __attribute__((sentinel));
/* The xsd lexical date of the first event of `cls`, or NULL. */
const char *event_date(const test_graph *g, const char *cls);
/* 1 when an event of `cls` has, as its `role` ("actor", "target"), an
 * entity labelled `label`. */
int event_role(const test_graph *g, const char *cls, const char *role,
               const char *label);
/* The date of the first dated event of `cls` in which `label` takes part
 * (any event for a NULL label), or NULL. */
const char *event_date_of(const test_graph *g, const char *cls, const char *label);
/* Prints the graph (for failing tests). */
void graph_dump(const test_graph *g);

/* Asserts `cond`, printing graph `g` first when it fails. */
#define CHECK(cond, g)          \
  do {                          \
    if (!(cond)) graph_dump(g); \
    assert_true(cond);          \
  } while (0)

#endif
