#include "query_check.h"
int query_check(rasqal_query *query, query_refusal *out) { (void)query; (void)out; return 0; }
int query_check_syntax(const char *text, query_refusal *out) { (void)text; (void)out; return 0; }
static int graph_visit(rasqal_query *q, rasqal_graph_pattern *gp, void *data) {
  (void)q;
  if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH)
    *(int *)data = 1;
  return 0;
}
int query_uses_graph(rasqal_query *query) {
  int found = 0;
  rasqal_query_graph_pattern_visit2(query, graph_visit, &found);
  return found;
}
