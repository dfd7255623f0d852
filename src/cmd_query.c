/*
 * cmd_query — `attache query`: runs one SPARQL query with redland (rasqal
 * 0.9.33) over the store `attache build` wrote (default output/store), or
 * over graph files loaded into an in-memory store, and prints the answer:
 * an aligned table (default) or rasqal's tsv/csv/json/xml formatters for
 * SELECT and ASK, Turtle (or N-Triples) through raptor for CONSTRUCT and
 * DESCRIBE. Before running, the query is parsed with rasqal and checked by
 * query_check, which refuses what rasqal would answer wrongly.
 *
 * Exit status: 0 answered; 2 usage error (options); 3 nothing answered (an
 * unreadable query or graph, a syntax error, a refused construct, no store).
 */
#include "cmd_query.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <librdf.h>
#include <utf8proc.h>

#include "emit.h"
#include "query_check.h"
#include "store.h"

enum { EXIT_USAGE = 2, EXIT_FATAL = 3 };

#define QUERY_LANGUAGE "sparql11-query"

typedef struct {
  const char *expression; /* -e */
  const char *file;       /* -f */
  const char *store;      /* --store */
  const char *results;    /* --results, NULL: table */
  char **graphs;          /* graph files, instead of the store */
  int ngraphs;
} query_args;

/* The first error redland, rasqal or raptor reported, with its line. */
typedef struct {
  char text[1024];
  int line;
  int errors;
} log_capture;

static int on_log(void *handle, librdf_log_message *m) {
  log_capture *c = handle;
  if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR) return 1;
  if (c->errors++ == 0) {
    const char *text = librdf_log_message_message(m);
    snprintf(c->text, sizeof c->text, "%s", text ? text : "error");
    raptor_locator *where = librdf_log_message_locator(m);
    c->line = where ? where->line : -1;
  }
  return 1; /* handled: nothing on stderr from the libraries */
}

static void fail(const char *where, const char *what) {
  fprintf(stderr, "attache: %s: %s\n", where, what);
}

/* "what" with the captured library message and line, if any. */
static void fail_logged(const char *where, const char *what,
                        const log_capture *c) {
  if (!c->errors) fail(where, what);
  else if (c->line > 0)
    fprintf(stderr, "attache: %s: line %d: %s\n", where, c->line, c->text);
  else fprintf(stderr, "attache: %s: %s\n", where, c->text);
}

static int parse_args(int argc, char **argv, query_args *a) {
  int c;
  optind = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ATTACHE_QUERY_SHORT_OPTIONS, attache_query_options, NULL)) != -1) {
    switch (c) {
    case 'e': a->expression = optarg; break;
    case 'f': a->file = optarg; break;
    case 's': a->store = optarg; break;
    case 'r': a->results = optarg; break;
    case 'h': attache_query_usage(stdout); return fclose(stdout) ? EXIT_FATAL : EXIT_SUCCESS;
    default:
      fprintf(stderr, "attache: unknown option or missing argument: '%s'\n"
                      "Try 'attache query --help'.\n", argv[optind - 1]);
      return EXIT_USAGE;
    }
  }
  if (!a->expression == !a->file) {
    fputs("attache: query needs one query: -e SPARQL or -f FILE.rq\n", stderr);
    return EXIT_USAGE;
  }
  static const char *const formats[] = {"table", "tsv", "csv", "json", "xml",
                                        "turtle", "ntriples", NULL};
  int known = !a->results;
  for (int i = 0; formats[i] && !known; i++) known = !strcmp(a->results, formats[i]);
  if (!known) {
    fprintf(stderr, "attache: unknown results format '%s' (table, tsv, csv, "
                    "json, xml; turtle, ntriples)\n", a->results);
    return EXIT_USAGE;
  }
  a->graphs = argv + optind;
  a->ngraphs = argc - optind;
  if (a->store && a->ngraphs) {
    fputs("attache: query takes --store DIR or graph files, not both\n", stderr);
    return EXIT_USAGE;
  }
  return -1;
}

/* The whole of a file ('-': stdin) as a string; NULL with errno. */
static char *read_text(const char *path) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) return NULL;
  struct stat st;
  if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    errno = EISDIR;
    return NULL;
  }
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (cap - n < 2) {
      char *bigger = cap < (64u << 20) ? realloc(buf, cap * 2) : NULL;
      if (!bigger) {
        free(buf);
        buf = NULL;
        errno = ENOMEM;
        break;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) {
        free(buf);
        buf = NULL;
        errno = EIO;
      }
      break;
    }
  }
  if (buf) buf[n] = '\0';
  if (f != stdin) fclose(f);
  return buf;
}

static const char *parser_for(const char *path) {
  const char *dot = strrchr(path, '.');
  if (!dot) return "turtle";
  if (!strcmp(dot, ".nq")) return "nquads";
  if (!strcmp(dot, ".nt")) return "ntriples";
  if (!strcmp(dot, ".trig")) return "trig";
  if (!strcmp(dot, ".rdf") || !strcmp(dot, ".xml") || !strcmp(dot, ".owl"))
    return "rdfxml";
  return "turtle";
}

/* Loading a file: raptor parses it (redland's own parser drops the graph
 * of a quad), every statement goes into the model, quads into their
 * context when contexts are wanted, else each distinct triple once. */
typedef struct {
  librdf_world *world;
  store_model *m;
  int contexts;
  int failed;
} loader;

static librdf_node *term_node(librdf_world *w, const raptor_term *t) {
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return librdf_new_node_from_uri_string(w, raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_BLANK:
    return librdf_new_node_from_blank_identifier(w, t->value.blank.string);
  case RAPTOR_TERM_TYPE_LITERAL: {
    librdf_uri *dt = t->value.literal.datatype
        ? librdf_new_uri(w, raptor_uri_as_string(t->value.literal.datatype))
        : NULL;
    librdf_node *n = librdf_new_node_from_typed_literal(
        w, t->value.literal.string, (const char *)t->value.literal.language, dt);
    if (dt) librdf_free_uri(dt);
    return n;
  }
  default: return NULL;
  }
}

static void on_statement(void *handle, raptor_statement *rs) {
  loader *l = handle;
  if (l->failed) return;
  librdf_node *s = term_node(l->world, rs->subject);
  librdf_node *p = term_node(l->world, rs->predicate);
  librdf_node *o = term_node(l->world, rs->object);
  librdf_node *g = l->contexts && rs->graph ? term_node(l->world, rs->graph) : NULL;
  librdf_statement *st = s && p && o ? librdf_new_statement_from_nodes(l->world, s, p, o)
                                     : NULL;
  if (!st) {
    if (s) librdf_free_node(s);
    if (p) librdf_free_node(p);
    if (o) librdf_free_node(o);
    if (g) librdf_free_node(g);
    l->failed = 1;
    return;
  }
  int rc;
  if (!g) {
    rc = librdf_model_add_statement(l->m->model, st); /* adds a triple once */
  } else { /* but a quad as often as it is added */
    librdf_stream *found = librdf_model_find_statements_in_context(l->m->model, st, g);
    rc = !found;
    if (found && librdf_stream_end(found))
      rc = librdf_model_context_add_statement(l->m->model, g, st);
    if (found) librdf_free_stream(found);
    librdf_free_node(g);
  }
  librdf_free_statement(st);
  if (rc) l->failed = 1;
}

static void on_raptor_log(void *handle, raptor_log_message *m) {
  log_capture *c = handle;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;
  if (c->errors++ == 0) {
    snprintf(c->text, sizeof c->text, "%s", m->text ? m->text : "error");
    c->line = m->locator ? m->locator->line : -1;
  }
}

/* Loads graph files into an in-memory store, like the store attache build
 * writes: merged, or with the graphs of quads as contexts. */
static int load_graphs(librdf_world *world, const query_args *a, int contexts,
                       store_model *m, log_capture *log) {
  if (store_memory(world, contexts, m)) {
    fail("memory", "redland cannot create an in-memory store");
    return -1;
  }
  raptor_world *rw = librdf_world_get_raptor(world);
  raptor_world_set_log_handler(rw, log, on_raptor_log);
  int rc = 0;
  for (int i = 0; i < a->ngraphs && !rc; i++) {
    const char *path = a->graphs[i];
    struct stat st;
    if (stat(path, &st) != 0 || S_ISDIR(st.st_mode)) {
      fail(path, stat(path, &st) != 0 ? strerror(errno) : "is a directory");
      rc = -1;
      break;
    }
    raptor_parser *parser = raptor_new_parser(rw, parser_for(path));
    unsigned char *uri_string = raptor_uri_filename_to_uri_string(path);
    raptor_uri *uri = uri_string ? raptor_new_uri(rw, uri_string) : NULL;
    loader l = {world, m, contexts, 0};
    memset(log, 0, sizeof *log);
    if (parser) raptor_parser_set_statement_handler(parser, &l, on_statement);
    rc = !parser || !uri || raptor_parser_parse_file(parser, uri, uri) ||
         l.failed || log->errors;
    if (uri) raptor_free_uri(uri);
    raptor_free_memory(uri_string);
    if (parser) raptor_free_parser(parser);
    if (rc) fail_logged(path, "cannot be read as RDF", log);
  }
  raptor_world_set_log_handler(rw, NULL, NULL);
  return rc ? -1 : 0;
}

/* ---- the readable table ----------------------------------------------------- */

typedef struct {
  const char *const *pairs; /* prefix, IRI, ...: the query's, then emit's */
  size_t n;
} prefixes;

/* A term as the table shows it: IRIs shortened by a prefix, literals as
 * their text (with @lang when not English or Danish would be ambiguous,
 * kept short: the tsv/csv/json/xml formats give exact terms). */
static char *cell_text(librdf_node *node, const prefixes *p) {
  if (!node) return strdup("");
  char *out = NULL;
  if (librdf_node_is_resource(node)) {
    const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
    for (size_t i = 0; i + 1 < p->n; i += 2) {
      size_t len = strlen(p->pairs[i + 1]);
      if (len && !strncmp(iri, p->pairs[i + 1], len) &&
          !strpbrk(iri + len, "/#?:")) {
        size_t n = strlen(p->pairs[i]) + strlen(iri + len) + 2;
        if ((out = malloc(n))) snprintf(out, n, "%s:%s", p->pairs[i], iri + len);
        return out;
      }
    }
    size_t n = strlen(iri) + 3;
    if ((out = malloc(n))) snprintf(out, n, "<%s>", iri);
    return out;
  }
  if (librdf_node_is_blank(node)) {
    const char *id = (const char *)librdf_node_get_blank_identifier(node);
    size_t n = strlen(id) + 3;
    if ((out = malloc(n))) snprintf(out, n, "_:%s", id);
    return out;
  }
  const char *value = (const char *)librdf_node_get_literal_value(node);
  out = strdup(value ? value : "");
  /* one line per row: control characters become spaces */
  for (char *c = out; c && *c; c++)
    if ((unsigned char)*c < 0x20) *c = ' ';
  return out;
}

/* Columns on a terminal: wide characters count two. */
static size_t display_width(const char *s) {
  size_t width = 0;
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
    if (n <= 0) {
      p++;
      width++;
      continue;
    }
    int w = utf8proc_charwidth(cp);
    width += w > 0 ? (size_t)w : 0;
    p += n;
  }
  return width;
}

static void pad(FILE *f, size_t n) {
  while (n--) fputc(' ', f);
}

/* Rows are kept to align the columns: the answer is read once. */
static int print_table(librdf_query_results *r, const prefixes *p, FILE *f) {
  int cols = librdf_query_results_get_bindings_count(r);
  if (cols <= 0) cols = 0;
  /* redland gives the names only through get_bindings */
  const char **names = NULL;
  librdf_query_results_get_bindings(r, &names, NULL);
  size_t rows = 0, cap = 0;
  char **cells = NULL;
  size_t *width = calloc((size_t)cols + 1, sizeof *width);
  if (!width) return -1;
  for (int c = 0; c < cols; c++) {
    const char *name = names ? names[c] : NULL;
    width[c] = display_width(name ? name : "") + 1;
  }
  int rc = 0;
  while (!librdf_query_results_finished(r)) {
    if ((rows + 1) * (size_t)cols > cap) {
      size_t bigger = cap ? cap * 2 : 64 * (size_t)(cols ? cols : 1);
      char **grown = realloc(cells, bigger * sizeof *grown);
      if (!grown) {
        rc = -1;
        break;
      }
      cells = grown;
      cap = bigger;
    }
    for (int c = 0; c < cols; c++) {
      librdf_node *value = librdf_query_results_get_binding_value(r, c);
      char *text = cell_text(value, p);
      if (value) librdf_free_node(value);
      cells[rows * (size_t)cols + (size_t)c] = text;
      size_t w = text ? display_width(text) : 0;
      if (w > width[c]) width[c] = w;
    }
    rows++;
    librdf_query_results_next(r);
  }
  for (int c = 0; c < cols; c++) {
    const char *name = names ? names[c] : NULL;
    fprintf(f, "%s?%s", c ? "  " : "", name ? name : "");
    if (c + 1 < cols) pad(f, width[c] - display_width(name ? name : "") - 1);
  }
  fputc('\n', f);
  for (int c = 0; c < cols; c++) {
    fputs(c ? "  " : "", f);
    for (size_t i = 0; i < width[c]; i++) fputc('-', f);
  }
  fputc('\n', f);
  for (size_t i = 0; i < rows; i++) {
    for (int c = 0; c < cols; c++) {
      const char *text = cells[i * (size_t)cols + (size_t)c];
      fprintf(f, "%s%s", c ? "  " : "", text ? text : "");
      if (c + 1 < cols) pad(f, width[c] - display_width(text ? text : ""));
    }
    fputc('\n', f);
  }
  fprintf(f, "(%zu row%s)\n", rows, rows == 1 ? "" : "s");
  for (size_t i = 0; i < rows * (size_t)cols; i++) free(cells[i]);
  free(cells);
  free(width);
  return rc;
}

/* The query's prefixes first, then those attache writes. */
static const char **collect_prefixes(rasqal_query *q, prefixes *p) {
  raptor_sequence *seq = rasqal_query_get_prefix_sequence(q);
  int nq = seq ? raptor_sequence_size(seq) : 0;
  size_t ne = 0;
  while (emit_prefixes[ne]) ne += 2;
  const char **pairs = malloc(((size_t)nq * 2 + ne + 2) * sizeof *pairs);
  if (!pairs) return NULL;
  size_t n = 0;
  for (int i = 0; i < nq; i++) {
    rasqal_prefix *px = raptor_sequence_get_at(seq, i);
    if (!px || !px->uri) continue;
    pairs[n++] = px->prefix ? (const char *)px->prefix : ""; /* ':' */
    pairs[n++] = (const char *)raptor_uri_as_string(px->uri);
  }
  for (size_t i = 0; i < ne; i++) pairs[n++] = emit_prefixes[i];
  p->pairs = pairs;
  p->n = n;
  return pairs;
}

/* ---- running ---------------------------------------------------------------- */

static int write_graph(librdf_world *world, librdf_query_results *r,
                       const char *format, const prefixes *p) {
  librdf_serializer *ser = librdf_new_serializer(world, format, NULL, NULL);
  librdf_stream *stream = librdf_query_results_as_stream(r);
  int rc = -1;
  if (ser && stream) {
    for (size_t i = 0; i + 1 < p->n && strcmp(format, "ntriples"); i += 2) {
      librdf_uri *ns = librdf_new_uri(world, (const unsigned char *)p->pairs[i + 1]);
      if (ns) {
        librdf_serializer_set_namespace(ser, ns, p->pairs[i]);
        librdf_free_uri(ns);
      }
    }
    rc = librdf_serializer_serialize_stream_to_file_handle(ser, stdout, NULL, stream);
  }
  if (stream) librdf_free_stream(stream);
  if (ser) librdf_free_serializer(ser);
  return rc;
}

static int write_answer(librdf_world *world, librdf_query_results *r,
                        const char *format, const prefixes *p) {
  if (librdf_query_results_is_graph(r)) {
    if (strcmp(format, "table") && strcmp(format, "turtle") &&
        strcmp(format, "ntriples")) {
      fprintf(stderr, "attache: --results %s is for SELECT and ASK; CONSTRUCT "
                      "and DESCRIBE give turtle or ntriples\n", format);
      return EXIT_USAGE;
    }
    return write_graph(world, r, strcmp(format, "ntriples") ? "turtle" : "ntriples", p)
               ? EXIT_FATAL : EXIT_SUCCESS;
  }
  if (!strcmp(format, "turtle") || !strcmp(format, "ntriples")) {
    fprintf(stderr, "attache: --results %s is for CONSTRUCT and DESCRIBE; SELECT "
                    "and ASK give table, tsv, csv, json or xml\n", format);
    return EXIT_USAGE;
  }
  if (!strcmp(format, "table")) {
    if (librdf_query_results_is_boolean(r)) {
      puts(librdf_query_results_get_boolean(r) > 0 ? "true" : "false");
      return EXIT_SUCCESS;
    }
    return print_table(r, p, stdout) ? EXIT_FATAL : EXIT_SUCCESS;
  }
  /* rasqal's own formatters: xml, json, csv, tsv */
  return librdf_query_results_to_file_handle2(r, stdout, format, NULL, NULL, NULL)
             ? EXIT_FATAL : EXIT_SUCCESS;
}

/* Parses the query with rasqal alone (no data) and checks it. */
static int check_query(librdf_world *world, const char *where, const char *text,
                       librdf_uri *base, log_capture *log, rasqal_query **out) {
  rasqal_world *rw = librdf_world_get_rasqal(world);
  rasqal_query *q = rasqal_new_query(rw, QUERY_LANGUAGE, NULL);
  /* rasqal reports to its own handler, which prints warnings ("variable
   * bound but unused"): errors are captured, warnings dropped */
  rasqal_world_set_log_handler(rw, log, on_raptor_log);
  if (!q) {
    fail(where, "rasqal cannot create a SPARQL query");
    return -1;
  }
  memset(log, 0, sizeof *log);
  query_refusal refusal;
  raptor_uri *base_uri = base ? raptor_new_uri(rasqal_world_get_raptor(rw),
                                               librdf_uri_as_string(base))
                              : NULL;
  int bad = rasqal_query_prepare(q, (const unsigned char *)text, base_uri) ||
            log->errors;
  if (base_uri) raptor_free_uri(base_uri);
  int refused = bad ? query_check_syntax(text, &refusal) : query_check(q, &refusal);
  if (refused) {
    fprintf(stderr, "attache: %s: refused: %s: %s; %s\n", where,
            refusal.construct, refusal.why, refusal.instead);
  } else if (bad) {
    fail_logged(where, "syntax error", log);
  }
  if (bad || refused) {
    rasqal_free_query(q);
    return -1;
  }
  *out = q;
  return 0;
}

int attache_cmd_query(int argc, char **argv) {
  query_args a = {0};
  int rc = parse_args(argc, argv, &a);
  if (rc >= 0) return rc;
  const char *where = a.file ? a.file : "-e";
  char *text = a.file ? read_text(a.file) : strdup(a.expression);
  if (!text) {
    fail(where, strerror(errno));
    return EXIT_FATAL;
  }
  librdf_world *world = librdf_new_world();
  if (!world) {
    free(text);
    fail("redland", "cannot start");
    return EXIT_FATAL;
  }
  librdf_world_open(world);
  log_capture log = {0};
  librdf_world_set_logger(world, &log, on_log);
  librdf_uri *base = a.file && strcmp(a.file, "-")
                         ? librdf_new_uri_from_filename(world, a.file) : NULL;
  rasqal_query *parsed = NULL;
  store_model m = {0};
  librdf_query *query = NULL;
  librdf_query_results *results = NULL;
  const char **pairs = NULL;
  prefixes p = {0};
  rc = EXIT_FATAL;
  if (check_query(world, where, text, base, &log, &parsed)) goto done;
  pairs = collect_prefixes(parsed, &p);
  if (!pairs) goto done;
  /* GRAPH asks for the documents' graphs; without it the merged graph
   * answers, each triple once (see store.c) */
  int documents = query_uses_graph(parsed);
  if (a.ngraphs) {
    if (load_graphs(world, &a, documents, &m, &log)) goto done;
  } else {
    const char *dir = a.store ? a.store : ATTACHE_QUERY_DEFAULT_STORE;
    const char *why = NULL;
    if (store_open(world, dir, documents, &m, &why)) {
      fail(dir, why);
      goto done;
    }
  }
  memset(&log, 0, sizeof log);
  query = librdf_new_query(world, QUERY_LANGUAGE, NULL,
                           (const unsigned char *)text, base);
  if (query) results = librdf_query_execute(query, m.model);
  if (!results || log.errors) {
    fail_logged(where, "the query failed", &log);
    goto done;
  }
  rc = write_answer(world, results, a.results ? a.results : "table", &p);
  if (rc == EXIT_SUCCESS && log.errors) {
    fail_logged(where, "the query failed", &log);
    rc = EXIT_FATAL;
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fail("stdout", strerror(errno ? errno : EIO));
    rc = EXIT_FATAL;
  }
done:
  if (results) librdf_free_query_results(results);
  if (query) librdf_free_query(query);
  store_close(&m);
  if (parsed) rasqal_free_query(parsed);
  free(pairs);
  if (base) librdf_free_uri(base);
  librdf_free_world(world);
  free(text);
  return rc;
}
