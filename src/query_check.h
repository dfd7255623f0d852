/*
 * query_check — finds, before a query runs, the SPARQL 1.1 constructs that
 * rasqal 0.9.33 (the engine redland queries with) answers wrongly or cannot
 * parse, so that `attache query` refuses them instead of printing a wrong
 * answer. Each finding names the construct and a rewrite that works here
 * (or another engine). What was measured is listed in query_check.c and
 * docs/README-query.md.
 */
#ifndef ATTACHE_QUERY_CHECK_H
#define ATTACHE_QUERY_CHECK_H

#include <rasqal.h>

typedef struct {
  const char *construct; /* what was found, e.g. "property path" */
  const char *why;       /* what rasqal does with it */
  const char *instead;   /* what to write instead */
} query_refusal;

/**
 * Walks a query rasqal has prepared (parsed). Returns 1 and fills `out`
 * when it holds a construct rasqal answers wrongly, else 0.
 */
int query_check(rasqal_query *query, query_refusal *out);

/** 1 when the prepared query has a GRAPH pattern (asks for named graphs). */
int query_uses_graph(rasqal_query *query);

/**
 * After rasqal failed to parse `text`: returns 1 and fills `out` when the
 * text uses SPARQL 1.1 syntax rasqal 0.9.33 does not know (property paths,
 * EXISTS / NOT EXISTS), else 0 (then it is an ordinary syntax error).
 */
int query_check_syntax(const char *text, query_refusal *out);

#endif
