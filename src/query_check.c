/*
 * query_check — the SPARQL that rasqal 0.9.33 answers wrongly, found before
 * the query runs. Every rule below was measured with rasqal against
 * Oxigraph on small graphs (tests/query.sh keeps one case of each):
 *
 * - A basic graph pattern of two or more triple patterns, followed in the
 *   same group by a pattern rasqal joins to it (OPTIONAL, UNION, a
 *   subquery, GRAPH, or triple patterns after a FILTER or BIND) that shares
 *   a variable the basic pattern binds before its last triple pattern:
 *   when the later triple patterns give several rows, the join resets the
 *   shared variable and the following rows are joined with every match
 *   (rasqal_reset_triple_meta). A one-triple basic pattern, or a shared
 *   variable first bound in the last triple pattern, is answered right.
 * - MINUS fails at execution.
 * - VALUES keeps only its first row (and crashes after a pattern); even a
 *   one-row VALUES with a FILTER in its group gives nothing.
 * - COUNT(?x) counts the rows where ?x is unbound; COUNT(DISTINCT ?x)
 *   counts "unbound" as a value. Right when ?x is bound in every row.
 * - CONCAT of a computed argument (STR(?x), UCASE(...)) returns garbage;
 *   of variables and constants it is right.
 * - GROUP_CONCAT ignores SEPARATOR (always a space).
 * - YEAR, MONTH, DAY return nothing on xsd:date and xsd:gYear values (the
 *   dates attache writes); only xsd:dateTime works.
 * - Aggregates with DISTINCT: COUNT(DISTINCT ?e) gave 5 for 4 values, and
 *   DISTINCT leaks between the aggregates of one query.
 * - Subqueries give no rows when joined or aggregated over.
 * - Property paths and EXISTS / NOT EXISTS are syntax errors (recognised in
 *   the text by query_check_syntax, since rasqal cannot parse them).
 */
#include "query_check.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int refuse(query_refusal *out, const char *construct, const char *why,
                  const char *instead) {
  out->construct = construct;
  out->why = why;
  out->instead = instead;
  return 1;
}

/* ---- variables ------------------------------------------------------------- */

/* A small set of variables (pointers; rasqal shares one per name). */
typedef struct {
  rasqal_variable **items;
  size_t len, cap;
} var_set;

static int has_var(const var_set *s, const rasqal_variable *v) {
  for (size_t i = 0; i < s->len; i++)
    if (s->items[i] == v) return 1;
  return 0;
}

static void add_var(var_set *s, rasqal_variable *v) {
  if (!v || has_var(s, v)) return;
  if (s->len == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 16;
    rasqal_variable **grown = realloc(s->items, cap * sizeof *grown);
    if (!grown) return; /* a missed variable only makes the check laxer */
    s->items = grown;
    s->cap = cap;
  }
  s->items[s->len++] = v;
}

static void add_triple_vars(var_set *s, rasqal_triple *t) {
  add_var(s, rasqal_literal_as_variable(t->subject));
  add_var(s, rasqal_literal_as_variable(t->predicate));
  add_var(s, rasqal_literal_as_variable(t->object));
  if (t->origin) add_var(s, rasqal_literal_as_variable(t->origin));
}

static int triple_count(rasqal_graph_pattern *gp) {
  int n = 0;
  while (rasqal_graph_pattern_get_triple(gp, n)) n++;
  return n;
}

/* Every variable the triple patterns under `gp` mention. */
static void pattern_vars(rasqal_graph_pattern *gp, var_set *s) {
  rasqal_graph_pattern_operator op = rasqal_graph_pattern_get_operator(gp);
  if (op == RASQAL_GRAPH_PATTERN_OPERATOR_BASIC) {
    for (int i = 0; rasqal_graph_pattern_get_triple(gp, i); i++)
      add_triple_vars(s, rasqal_graph_pattern_get_triple(gp, i));
  }
  if (op == RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH || op == RASQAL_GRAPH_PATTERN_OPERATOR_LET)
    add_var(s, rasqal_graph_pattern_get_variable(gp));
  rasqal_graph_pattern *sub;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
    pattern_vars(sub, s);
}

/* ---- the join of a multi-triple basic pattern -------------------------------- */

static int joined(rasqal_graph_pattern_operator op) {
  return op != RASQAL_GRAPH_PATTERN_OPERATOR_FILTER &&
         op != RASQAL_GRAPH_PATTERN_OPERATOR_LET &&
         op != RASQAL_GRAPH_PATTERN_OPERATOR_VALUES;
}

/* 1 when a group under `gp` has the mis-joined shape. */
static int bad_join(rasqal_graph_pattern *gp) {
  rasqal_graph_pattern *sub, *later;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++) {
    if (bad_join(sub)) return 1;
    if (rasqal_graph_pattern_get_operator(sub) != RASQAL_GRAPH_PATTERN_OPERATOR_BASIC)
      continue;
    int n = triple_count(sub);
    if (n < 2) continue;
    var_set early = {0};
    for (int t = 0; t < n - 1; t++)
      add_triple_vars(&early, rasqal_graph_pattern_get_triple(sub, t));
    int found = 0;
    for (int j = i + 1; !found && (later = rasqal_graph_pattern_get_sub_graph_pattern(gp, j)); j++) {
      if (!joined(rasqal_graph_pattern_get_operator(later))) continue;
      var_set used = {0};
      pattern_vars(later, &used);
      for (size_t k = 0; k < used.len && !found; k++) found = has_var(&early, used.items[k]);
      free(used.items);
    }
    free(early.items);
    if (found) return 1;
  }
  return 0;
}

/* ---- operators ----------------------------------------------------------------- */

static int find_operator(rasqal_graph_pattern *gp, rasqal_graph_pattern_operator op) {
  if (rasqal_graph_pattern_get_operator(gp) == op) return 1;
  rasqal_graph_pattern *sub;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
    if (find_operator(sub, op)) return 1;
  return 0;
}

int query_uses_graph(rasqal_query *query) {
  rasqal_graph_pattern *root = rasqal_query_get_query_graph_pattern(query);
  return root && find_operator(root, RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH);
}

/* Variables bound in every row: those of triple patterns reached from the
 * top through groups and GRAPH only (not OPTIONAL, UNION, subqueries). */
static void certain_vars(rasqal_graph_pattern *gp, var_set *s) {
  rasqal_graph_pattern_operator op = rasqal_graph_pattern_get_operator(gp);
  if (op == RASQAL_GRAPH_PATTERN_OPERATOR_BASIC) {
    pattern_vars(gp, s);
    return;
  }
  if (op != RASQAL_GRAPH_PATTERN_OPERATOR_GROUP && op != RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH)
    return;
  if (op == RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH)
    add_var(s, rasqal_graph_pattern_get_variable(gp));
  rasqal_graph_pattern *sub;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
    certain_vars(sub, s);
}

/* ---- expressions ------------------------------------------------------------ */

typedef struct {
  const var_set *certain;
  query_refusal *out;
  int refused;
  rasqal_expression *aggregates[64]; /* other than COUNT(*), each once */
  int naggregates, distinct; /* kept: the measured DISTINCT mix-up */
} expr_walk;

static int is_aggregate(rasqal_op op) {
  return op == RASQAL_EXPR_COUNT || op == RASQAL_EXPR_SUM || op == RASQAL_EXPR_AVG ||
         op == RASQAL_EXPR_MIN || op == RASQAL_EXPR_MAX || op == RASQAL_EXPR_SAMPLE ||
         op == RASQAL_EXPR_GROUP_CONCAT;
}

static void note_aggregate(expr_walk *w, rasqal_expression *e) {
  if (e->op == RASQAL_EXPR_COUNT && (!e->arg1 || e->arg1->op == RASQAL_EXPR_VARSTAR))
    return;
  for (int i = 0; i < w->naggregates; i++)
    if (w->aggregates[i] == e) return;
  if (w->naggregates < 64) w->aggregates[w->naggregates++] = e;
  if (e->flags & RASQAL_EXPR_FLAG_DISTINCT) w->distinct = 1;
}

static int check_expression(void *data, rasqal_expression *e) {
  expr_walk *w = data;
  if (w->refused) return 1;
  if (is_aggregate(e->op)) note_aggregate(w, e);
  switch (e->op) {
  case RASQAL_EXPR_CONCAT:
    for (int i = 0; e->args && i < raptor_sequence_size(e->args); i++) {
      rasqal_expression *arg = raptor_sequence_get_at(e->args, i);
      if (arg && arg->op != RASQAL_EXPR_LITERAL)
        w->refused = refuse(w->out, "CONCAT of a computed value",
            "rasqal 0.9.33 returns garbage for CONCAT(STR(?x), ...) and other "
            "function results (variables and constants are fine)",
            "compute the part first, BIND(STR(?x) AS ?s), then CONCAT(?s, ...)");
    }
    break;
  case RASQAL_EXPR_GROUP_CONCAT:
    if (e->literal) {
      const char *sep = (const char *)rasqal_literal_as_string(e->literal);
      if (!sep || strcmp(sep, " "))
        w->refused = refuse(w->out, "GROUP_CONCAT with a SEPARATOR",
            "rasqal 0.9.33 ignores the separator and always joins with a space",
            "leave out SEPARATOR and split on spaces, or ask for the values "
            "row by row (SELECT without GROUP_CONCAT)");
    }
    break;
  case RASQAL_EXPR_COUNT: {
    rasqal_expression *arg = e->arg1;
    if (!arg || arg->op == RASQAL_EXPR_VARSTAR) break;
    rasqal_variable *v = arg->op == RASQAL_EXPR_LITERAL && arg->literal
                             ? rasqal_literal_as_variable(arg->literal) : NULL;
    if (!v || !has_var(w->certain, v))
      w->refused = refuse(w->out, "COUNT of a value that may be unbound",
          "rasqal 0.9.33 counts the rows where it is unbound too (after "
          "OPTIONAL, UNION or BIND), and COUNT(DISTINCT ...) counts "
          "\"unbound\" as one more value",
          "count bound values with SUM(IF(BOUND(?x), 1, 0)), or add "
          "FILTER(BOUND(?x)) and COUNT(?x) / COUNT(*)");
    break;
  }
  case RASQAL_EXPR_YEAR:
  case RASQAL_EXPR_MONTH:
  case RASQAL_EXPR_DAY:
    w->refused = refuse(w->out, "YEAR, MONTH or DAY",
        "rasqal 0.9.33 returns nothing for xsd:date, xsd:gYearMonth and "
        "xsd:gYear values, the dates attache writes (only xsd:dateTime works)",
        "take the digits of the date: xsd:integer(SUBSTR(STR(?date), 1, 4)) "
        "is the year, SUBSTR(STR(?date), 6, 2) the month; compare dates "
        "directly (FILTER(?date >= \"2020-01-01\"^^xsd:date)) or as strings");
    break;
  default:
    break;
  }
  return w->refused;
}

static void walk_expression(expr_walk *w, rasqal_expression *e) {
  if (e && !w->refused) rasqal_expression_visit(e, check_expression, w);
}

static void walk_pattern_expressions(expr_walk *w, rasqal_graph_pattern *gp) {
  rasqal_graph_pattern_operator op = rasqal_graph_pattern_get_operator(gp);
  if (op == RASQAL_GRAPH_PATTERN_OPERATOR_FILTER || op == RASQAL_GRAPH_PATTERN_OPERATOR_LET)
    walk_expression(w, rasqal_graph_pattern_get_filter_expression(gp));
  rasqal_graph_pattern *sub;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
    walk_pattern_expressions(w, sub);
}

static void walk_sequence(expr_walk *w, raptor_sequence *seq) {
  for (int i = 0; seq && i < raptor_sequence_size(seq); i++)
    walk_expression(w, raptor_sequence_get_at(seq, i));
}

int query_check(rasqal_query *query, query_refusal *out) {
  rasqal_graph_pattern *root = rasqal_query_get_query_graph_pattern(query);
  if (root && find_operator(root, RASQAL_GRAPH_PATTERN_OPERATOR_MINUS))
    return refuse(out, "MINUS", "rasqal 0.9.33 fails when it runs MINUS",
        "write OPTIONAL { the MINUS part . FILTER(...) } FILTER(!BOUND(?v)) "
        "with a variable ?v of that part, the OPTIONAL right after a single "
        "triple pattern binding the shared variable");
  if ((root && find_operator(root, RASQAL_GRAPH_PATTERN_OPERATOR_VALUES)) ||
      rasqal_query_get_bindings_rows_sequence(query))
    return refuse(out, "VALUES",
        "rasqal 0.9.33 keeps only the first row of VALUES (and crashes when "
        "VALUES follows a pattern); even one row gives nothing with a FILTER "
        "beside it",
        "write FILTER(?x IN (value1, value2, ...)) for the values of one "
        "variable, or BIND(value AS ?x) for a single one");
  if (root && find_operator(root, RASQAL_GRAPH_PATTERN_OPERATOR_SELECT))
    return refuse(out, "subquery",
        "rasqal 0.9.33 answers subqueries wrongly: joined with a pattern or "
        "counted by an outer aggregate they give no rows",
        "flatten the subquery into the query, or run it as a query of its "
        "own; Oxigraph and Virtuoso answer subqueries");
  if (root && bad_join(root))
    return refuse(out,
        "a group of two or more triple patterns followed by OPTIONAL, UNION, "
        "a subquery or more triple patterns after a FILTER or BIND, sharing a "
        "variable",
        "rasqal 0.9.33 mis-joins this shape: once the triple patterns give "
        "several rows, the shared variable is reset and the rows after the "
        "first are joined with every match in the graph",
        "put the OPTIONAL (or UNION) right after one triple pattern that binds "
        "every variable it shares and the other triple patterns after it "
        "(?e a ?type . OPTIONAL { ?e dip:date ?date } ?e dip:participant ?p .), "
        "keep FILTER and BIND after all triple patterns, or ask the optional "
        "part in a second query");
  var_set certain = {0};
  if (root) certain_vars(root, &certain);
  expr_walk w = {&certain, out, 0};
  if (root) walk_pattern_expressions(&w, root);
  raptor_sequence *vars = rasqal_query_get_all_variable_sequence(query);
  for (int i = 0; vars && i < raptor_sequence_size(vars) && !w.refused; i++) {
    rasqal_variable *v = raptor_sequence_get_at(vars, i);
    if (v) walk_expression(&w, v->expression);
  }
  walk_sequence(&w, rasqal_query_get_order_conditions_sequence(query));
  walk_sequence(&w, rasqal_query_get_group_conditions_sequence(query));
  walk_sequence(&w, rasqal_query_get_having_conditions_sequence(query));
  free(certain.items);
  if (!w.refused && w.distinct)
    refuse(out, "DISTINCT inside an aggregate",
        "rasqal 0.9.33 miscounts COUNT(DISTINCT ?x) (5 for 4 distinct "
        "values in one measured case) and mixes DISTINCT up between the "
        "aggregates of a query",
        "SELECT DISTINCT the values themselves and count the rows (the "
        "table ends with the count); subqueries do not work either");
  return w.refused || w.distinct;
}

/* ---- syntax rasqal does not know ------------------------------------------------ */

typedef enum { TOK_END, TOK_TERM, TOK_IRI, TOK_VAR, TOK_WORD, TOK_PUNCT } tok_kind;

typedef struct {
  tok_kind kind;
  char punct;       /* TOK_PUNCT */
  char word[16];    /* TOK_WORD, upper case, truncated */
} token;

/* The next token of SPARQL text: strings, IRIs and comments skipped as
 * units so that nothing inside them is mistaken for syntax. */
static const char *next_token(const char *p, token *t) {
  memset(t, 0, sizeof *t);
  for (;;) {
    while (*p && isspace((unsigned char)*p)) p++;
    if (*p != '#') break;
    while (*p && *p != '\n') p++;
  }
  if (!*p) return p;
  if (*p == '"' || *p == '\'') {
    char q = *p;
    int longq = p[1] == q && p[2] == q;
    p += longq ? 3 : 1;
    while (*p) {
      if (*p == '\\' && p[1]) p += 2;
      else if (*p == q && (!longq || (p[1] == q && p[2] == q))) {
        p += longq ? 3 : 1;
        break;
      } else p++;
    }
    t->kind = TOK_TERM;
    return p;
  }
  if (*p == '<') { /* an IRI, or the operator < / <= */
    const char *e = p + 1;
    while (*e && *e != '>' && !isspace((unsigned char)*e) && !strchr("<\"{}|^`\\", *e)) e++;
    if (*e == '>') {
      t->kind = TOK_IRI;
      return e + 1;
    }
  }
  if ((*p == '?' || *p == '$') && (isalnum((unsigned char)p[1]) || p[1] == '_')) {
    p++;
    while (isalnum((unsigned char)*p) || *p == '_') p++;
    t->kind = TOK_VAR;
    return p;
  }
  if (isalnum((unsigned char)*p) || *p == '_' || *p == ':' || (unsigned char)*p >= 0x80) {
    const char *s = p;
    int colon = 0;
    while (isalnum((unsigned char)*p) || *p == '_' || *p == '-' || *p == ':' ||
           (unsigned char)*p >= 0x80 || (*p == '.' && (isalnum((unsigned char)p[1]) || p[1] == '_'))) {
      if (*p == ':') colon = 1;
      p++;
    }
    if (colon) t->kind = TOK_IRI;
    else if (isdigit((unsigned char)*s)) t->kind = TOK_TERM;
    else {
      t->kind = TOK_WORD;
      size_t n = (size_t)(p - s) < sizeof t->word - 1 ? (size_t)(p - s) : sizeof t->word - 1;
      for (size_t i = 0; i < n; i++) t->word[i] = (char)toupper((unsigned char)s[i]);
      if (!strcmp(t->word, "A")) t->kind = TOK_IRI; /* rdf:type */
    }
    return p;
  }
  if ((*p == '!' || *p == '<' || *p == '>') && p[1] == '=') { /* != <= >= */
    t->kind = TOK_PUNCT;
    t->punct = '=';
    return p + 2;
  }
  if ((*p == '&' && p[1] == '&') || (*p == '|' && p[1] == '|')) {
    t->kind = TOK_PUNCT;
    t->punct = 'L'; /* a logical operator */
    return p + 2;
  }
  if (*p == '^' && p[1] == '^') { /* datatype marker: part of the literal */
    t->kind = TOK_PUNCT;
    t->punct = 'D';
    return p + 2;
  }
  t->kind = TOK_PUNCT;
  t->punct = *p;
  return p + 1;
}

int query_check_syntax(const char *text, query_refusal *out) {
  token prev = {0}, cur, next;
  const char *p = next_token(text, &cur);
  while (cur.kind != TOK_END) {
    const char *after = next_token(p, &next);
    if (cur.kind == TOK_WORD && !strcmp(cur.word, "EXISTS"))
      return refuse(out,
          prev.kind == TOK_WORD && !strcmp(prev.word, "NOT") ? "FILTER NOT EXISTS"
                                                              : "FILTER EXISTS",
          "rasqal 0.9.33 cannot parse EXISTS and NOT EXISTS",
          "for NOT EXISTS write OPTIONAL { the pattern } FILTER(!BOUND(?v)) "
          "with a variable ?v of the pattern, the OPTIONAL right after a "
          "single triple pattern binding the shared variable; for EXISTS add "
          "the pattern itself and SELECT DISTINCT");
    /* a path operator right after a predicate, or ^ ! before one */
    int path = 0;
    if (cur.kind == TOK_IRI && next.kind == TOK_PUNCT &&
        strchr("/|*+?", next.punct))
      path = 1;
    if (cur.kind == TOK_PUNCT && cur.punct == '^' &&
        (next.kind == TOK_IRI || (next.kind == TOK_PUNCT && next.punct == '(')))
      path = 1;
    if (cur.kind == TOK_PUNCT && cur.punct == '!' &&
        (prev.kind == TOK_VAR || prev.kind == TOK_IRI) &&
        (next.kind == TOK_IRI || (next.kind == TOK_PUNCT && next.punct == '(')))
      path = 1;
    if (path)
      return refuse(out, "property path",
          "rasqal 0.9.33 cannot parse property paths (p/q, p|q, ^p, p*, p+, p?, !p)",
          "write each step as its own triple pattern with a variable between "
          "them (?a p ?mid . ?mid q ?b), alternatives as UNION; repetition "
          "(p*, p+) needs Oxigraph or Virtuoso: load output/graph.ttl there");
    prev = cur;
    cur = next;
    p = after;
  }
  return 0;
}
