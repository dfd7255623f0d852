/*
 * attache — the command line. Parses options, reads files and folders,
 * writes graphs atomically (temporary file + rename), prints errors as
 * "attache: PATH: what is wrong" and a summary on stderr. Exit status:
 * 0 all documents done, 1 some documents failed, 2 usage error,
 * 3 nothing could be done.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attache.h"
#include "batch.h"
#include "files.h"
#include "cmd_publish.h"
#include "cmd_query.h"
#include "store_module.h"

#ifndef ATTACHE_ONTOLOGY_DIR
#define ATTACHE_ONTOLOGY_DIR "/usr/local/share/attache/ontology"
#endif
#ifndef ATTACHE_GENERATED_DIR
#define ATTACHE_GENERATED_DIR "/usr/local/share/attache/generated"
#endif
#ifndef ATTACHE_INSTALLED_ONTOLOGY_DIR
#define ATTACHE_INSTALLED_ONTOLOGY_DIR ATTACHE_ONTOLOGY_DIR
#endif
#ifndef ATTACHE_INSTALLED_GENERATED_DIR
#define ATTACHE_INSTALLED_GENERATED_DIR ATTACHE_GENERATED_DIR
#endif

enum { EXIT_PARTLY = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };
enum { MAX_JOBS = 256 };

typedef struct {
  attache_options opt;
  const char *format;
  const char *output;
  const char *ontology;
  int quiet;
  int progress;
  int jobs;
} settings;

typedef struct {
  size_t read, failed;
  attache_stats total;
} summary;

/* the signal that stops us, or 0: atomic rather than volatile sig_atomic_t
 * because the -j workers read it too (C11 lets a handler store to a
 * lock-free atomic) */
static atomic_int interrupted;
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "a signal handler may only store to a lock-free atomic");

/* The first SIGINT/SIGTERM only asks to stop: documents under way finish or
 * are dropped, temporary files are removed, and main() then dies of the
 * same signal. A second one kills at once. */
static void on_signal(int sig) {
  interrupted = sig;
  signal(sig, SIG_DFL);
}

static void catch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; /* no SA_RESTART: a read from a terminal is interrupted */
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
}

static void message(void *handle, attache_severity severity, const char *where,
                    const char *text) {
  const settings *s = handle;
  if (severity == ATTACHE_WARNING && s && s->quiet) return;
  fprintf(stderr, "attache: %s%s%s%s\n", where ? where : "", where ? ": " : "",
          severity == ATTACHE_WARNING ? "warning: " : "", text);
}

static void usage(FILE *f) {
  fputs(
      "Usage: attache extract [OPTION]... FILE...\n"
      "       attache build [OPTION]... DIR -o OUTDIR\n"
      "       attache publish --base IRI [OPTION]... OUTDIR\n"
      "       attache query [--store DIR | GRAPH...] -e SPARQL | -f FILE.rq\n"
      "Build a knowledge graph of diplomacy (people, states, ministries,\n"
      "organisations, offices, events) from English and Danish documents.\n"
      "\n"
      "  extract FILE...   the graph of the given documents ('-' reads stdin)\n"
      "                    to stdout, or to -o FILE\n"
      "  build DIR         every .txt/.html/.htm document under DIR: one graph\n"
      "                    per document, the merged graph.EXT, graph.nq (one\n"
      "                    named graph per document) and the store OUTDIR/store\n"
      "  query             SPARQL over a store or graph files (attache query -h)\n"
      "  publish OUTDIR    a linked-data site of a graph (attache publish --help)\n"
      "\n"
      "Options:\n"
      "  -o, --output PATH      output file (extract) or folder (build)\n"
      "  -f, --format FORMAT    turtle (default), ntriples, nquads, rdfxml\n"
      "  -b, --base IRI         base IRI of extracted resources\n"
      "                         (default https://w3id.org/attache/id/)\n"
      "  -l, --lang LANG        en, da or auto (default: detect per document)\n"
      "  -d, --date YYYY-MM-DD  document date for relative dates when the\n"
      "                         document has none\n"
      "      --html, --text     read input as HTML / plain text (default: guess)\n"
      "      --ontology DIR     knowledge files (default: the installed ones)\n"
      "  -j, --jobs N           extract N documents at a time (0: one per\n"
      "                         processor); the output is the same for any N\n"
      "  -q, --quiet            no warnings, no progress, no summary\n"
      "  -h, --help             this help\n"
      "  -V, --version          version\n"
      "\n"
      "Exit status: 0 all documents done, 1 some failed, 2 usage error,\n"
      "3 nothing could be done.\n",
      f);
}

static const char *extension(const char *format) {
  if (!strcmp(format, "ntriples")) return "nt";
  if (!strcmp(format, "nquads")) return "nq";
  if (!strcmp(format, "rdfxml")) return "rdf";
  return "ttl";
}

static void add_stats(attache_stats *t, const attache_stats *s) {
  t->persons += s->persons;
  t->states += s->states;
  t->territories += s->territories;
  t->ministries += s->ministries;
  t->organizations += s->organizations;
  t->events += s->events;
  t->posts += s->posts;
}

static int load_knowledge(settings *s, attache_knowledge **kb) {
  const char *dir = s->ontology ? s->ontology : getenv("ATTACHE_ONTOLOGY");
  const char *generated = getenv("ATTACHE_GENERATED");
  struct stat st;
  if (!dir)
    dir = stat(ATTACHE_ONTOLOGY_DIR, &st) == 0 ? ATTACHE_ONTOLOGY_DIR
                                              : ATTACHE_INSTALLED_ONTOLOGY_DIR;
  if (!generated)
    generated = stat(ATTACHE_GENERATED_DIR, &st) == 0
                    ? ATTACHE_GENERATED_DIR
                    : ATTACHE_INSTALLED_GENERATED_DIR;
  if (stat(generated, &st) != 0) generated = NULL;
  /* the compiled knowledge lives in the user's cache folder */
  char cache[4096] = "";
  const char *env = getenv("ATTACHE_CACHE_DIR");
  const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
  if (env) snprintf(cache, sizeof cache, "%s", env);
  else if (xdg && *xdg) snprintf(cache, sizeof cache, "%s/attache", xdg);
  else if (home && *home) snprintf(cache, sizeof cache, "%s/.cache/attache", home);
  int use_cache = *cache && strcmp(cache, "none") && files_make_dirs(cache) == 0;
  attache_status rc = attache_knowledge_load_cached(
      dir, generated, use_cache ? cache : NULL, message, s, kb);
  if (rc) {
    message(s, ATTACHE_ERROR, dir, attache_strerror(rc));
    return -1;
  }
  return 0;
}

/* An output file written under a temporary name and renamed when done, so
 * no reader ever sees half a graph. Graphs arrive as serialised chunks, one
 * per document; RDF/XML, which cannot be written in chunks, goes through a
 * whole-graph writer instead. */
typedef struct {
  const char *path; /* NULL: stdout */
  char *tmp;
  FILE *stream;
  attache_writer *whole;
  int direct; /* written in place: not a regular file */
  int failed; /* a write failed: errno kept in `error` */
  int error;
} output;

static int whole_graph_format(const char *format) {
  return !strcmp(format, "rdfxml");
}

static int output_open_as(settings *s, output *o, const char *path,
                          const char *format) {
  memset(o, 0, sizeof *o);
  o->path = path && strcmp(path, "-") ? path : NULL;
  struct stat info;
  if (o->path && stat(o->path, &info) == 0 && !S_ISREG(info.st_mode)) {
    /* a device or pipe (/dev/stdout, a fifo): no rename possible */
    o->stream = fopen(o->path, "wb");
    if (!o->stream) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      return -1;
    }
    o->direct = 1;
  } else if (o->path) {
    /* a signal only sets a flag: the temporary file is removed by
     * output_close() when the run stops */
    o->stream = files_open_temporary(o->path, &o->tmp);
    if (!o->stream) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      return -1;
    }
  } else {
    o->stream = stdout;
  }
  if (whole_graph_format(format)) {
    attache_status st = attache_writer_new(format, s->opt.base, o->stream,
                                           &o->whole);
    if (st) {
      message(s, ATTACHE_ERROR, o->path ? o->path : "stdout",
              attache_strerror(st));
      return -1;
    }
  }
  return 0;
}

static int output_open(settings *s, output *o, const char *path) {
  return output_open_as(s, o, path, s->format);
}

static void output_write(output *o, const char *bytes, size_t len) {
  if (o->failed || !len) return;
  if (fwrite(bytes, 1, len, o->stream) != len) {
    o->failed = 1;
    o->error = errno ? errno : EIO;
  }
}

/* Finishes and closes; keep = 0 throws the output away. 0 on success. */
static int output_close(settings *s, output *o, int keep, size_t *triples) {
  int rc = 0;
  const char *name = o->path ? o->path : "stdout";
  if (keep && o->whole) {
    errno = 0; /* raptor refusing a term is no system error */
    attache_status st = attache_writer_finish(o->whole);
    if (triples) *triples = attache_writer_count(o->whole);
    if (st && !o->failed) {
      o->failed = 1;
      o->error = st == ATTACHE_ERR_WRITE ? (errno ? errno : EIO) : ENOMEM;
    }
  }
  attache_writer_free(o->whole);
  o->whole = NULL;
  if (keep && !o->failed && (fflush(o->stream) != 0 || ferror(o->stream))) {
    o->failed = 1;
    o->error = errno ? errno : EIO;
  }
  if (keep && o->failed) {
    message(s, ATTACHE_ERROR, name, strerror(o->error));
    rc = -1;
  }
  if (o->stream && o->stream != stdout && fclose(o->stream) != 0 && keep && !rc) {
    message(s, ATTACHE_ERROR, name, strerror(errno));
    rc = -1;
  }
  o->stream = NULL;
  if (o->tmp) {
    if (keep && !rc && rename(o->tmp, o->path) != 0) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      rc = -1;
    }
    if (!keep || rc) unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
  return keep ? rc : 0;
}

/* What every document's result does to the run: messages, progress, the
 * output, the summary. */
typedef struct {
  settings *s;
  output *out;
  char **outputs;        /* build: each document's file under OUTDIR */
  const unsigned char *moved; /* build: 1 where that is not SUB/STEM.EXT */
  output *quads;         /* build: graph.nq, unless `out` is it */
  const store_module *stores; /* build: the store module */
  attache_store *store;  /* build: OUTDIR/store */
  int store_failed;
  summary sum;
  size_t triples, total;
  int tty;
} run_state;

static void deliver(void *handle, size_t index, const batch_result *r) {
  run_state *run = handle;
  if (run->tty) fputs("\r\033[K", stderr);
  if (r->messages) fputs(r->messages, stderr);
  run->sum.read++;
  if (r->status) {
    run->sum.failed++;
  } else {
    add_stats(&run->sum.total, &r->stats);
    run->triples += r->triples;
    if (!run->out->whole) output_write(run->out, r->graph, r->graph_len);
    if (run->quads) output_write(run->quads, r->quads, r->quads_len);
    if (run->store && !run->store_failed &&
        run->stores->add_nquads(run->store, r->quads, r->quads_len) != ATTACHE_SUCCESS) {
      run->store_failed = 1;
      message(run->s, ATTACHE_ERROR, run->s->output, "cannot add to the store");
    }
  }
  if (run->tty)
    fprintf(stderr, "\rattache: [%zu/%zu] %.60s\033[K", index + 1, run->total,
            r->path);
}

static int run_batch(settings *s, attache_knowledge *kb, run_state *run,
                     char *const *paths, size_t n,
                     int (*write_copy)(void *, const batch_result *, char *,
                                       size_t)) {
  run->s = s;
  run->total = n;
  run->tty = s->progress && n > 1 && isatty(STDERR_FILENO);
  batch_config c = {.kb = kb, .options = &s->opt, .format = s->format,
                    .jobs = s->jobs, .quiet = s->quiet,
                    .whole = run->out->whole, .nquads_too = run->store != NULL,
                    .write_copy = write_copy,
                    .deliver = deliver, .handle = run, .stop = &interrupted};
  long done = batch_run(&c, paths, n);
  if (run->tty) fputs("\r\033[K", stderr);
  if (done < 0) {
    message(s, ATTACHE_ERROR, NULL, "cannot start the worker threads");
    return -1;
  }
  return 0;
}

static void print_summary(const settings *s, const summary *sum, size_t triples,
                          const char *where) {
  if (s->quiet) return;
  const attache_stats *t = &sum->total;
  fprintf(stderr,
          "attache: %zu document%s read, %zu failed; %zu persons, %zu states, "
          "%zu territories, %zu ministries, %zu organisations, %zu posts, "
          "%zu events; %zu triples written to %s\n",
          sum->read, sum->read == 1 ? "" : "s", sum->failed, t->persons,
          t->states, t->territories, t->ministries, t->organizations, t->posts,
          t->events, triples, where);
}

static int exit_status(const summary *sum) {
  if (sum->failed == 0) return EXIT_SUCCESS;
  return sum->failed == sum->read ? EXIT_FATAL : EXIT_PARTLY;
}

static int cmd_extract(settings *s, attache_knowledge *kb, int argc,
                       char **argv) {
  if (argc == 0) {
    fputs("attache: extract needs at least one FILE ('-' for stdin)\n", stderr);
    return EXIT_USAGE;
  }
  output o;
  if (output_open(s, &o, s->output)) {
    output_close(s, &o, 0, NULL);
    return EXIT_FATAL;
  }
  run_state run = {.out = &o};
  if (run_batch(s, kb, &run, argv, (size_t)argc, NULL)) {
    output_close(s, &o, 0, NULL);
    return EXIT_FATAL;
  }
  int any = run.sum.failed < run.sum.read && !interrupted;
  size_t triples = run.triples;
  if (output_close(s, &o, any, &triples)) return EXIT_FATAL;
  if (run.sum.read > 1 || s->output)
    print_summary(s, &run.sum, triples, o.path ? o.path : "stdout");
  return exit_status(&run.sum);
}

/* ---- build: a folder -------------------------------------------------------- */

static int wanted(const char *name) {
  const char *dot = strrchr(name, '.');
  return dot && (!strcmp(dot, ".txt") || !strcmp(dot, ".html") ||
                 !strcmp(dot, ".htm"));
}

static int cmp_path(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct {
  char **items;
  size_t len, cap;
} paths;

static int push_path(paths *p, char *path) {
  if (p->len == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 64;
    char **items = realloc(p->items, cap * sizeof *items);
    if (!items) return -1;
    p->items = items;
    p->cap = cap;
  }
  p->items[p->len++] = path;
  return 0;
}

/* Every document under `dir`, depth-first, sorted; directories that end in
 * .txt are listed too, so that reading them reports the problem. */
static void list_documents(settings *s, const char *dir, paths *out, int depth) {
  if (depth > 32) return;
  DIR *d = opendir(dir);
  if (!d) {
    message(s, ATTACHE_ERROR, dir, strerror(errno));
    return;
  }
  paths here = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *path = malloc(n);
    if (!path) break;
    snprintf(path, n, "%s/%s", dir, e->d_name);
    if (push_path(&here, path)) {
      free(path);
      break;
    }
  }
  closedir(d);
  if (here.len) qsort(here.items, here.len, sizeof(char *), cmp_path);
  for (size_t i = 0; i < here.len; i++) {
    struct stat st;
    char *path = here.items[i];
    if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && !wanted(path)) {
      list_documents(s, path, out, depth + 1);
      free(path);
    } else if (wanted(path)) {
      if (push_path(out, path)) free(path);
    } else {
      free(path);
    }
  }
  free(here.items);
}


/* Runs on a worker: the document's own graph file, written atomically. */
static int write_document_graph(void *handle, const batch_result *r,
                                char *error, size_t error_size) {
  const run_state *run = handle;
  const settings *s = run->s;
  size_t n = strlen(s->output) + strlen(run->outputs[r->index]) + 2;
  char *path = malloc(n);
  if (path) snprintf(path, n, "%s/%s", s->output, run->outputs[r->index]);
  char *tmp = NULL;
  char *slash = path ? strrchr(path, '/') : NULL;
  if (slash) { /* the document's sub-folder, made on demand */
    *slash = '\0';
    files_make_dirs(path);
    *slash = '/';
  }
  FILE *f = path ? files_open_temporary(path, &tmp) : NULL;
  int rc = -1;
  if (f) {
    rc = fwrite(r->graph, 1, r->graph_len, f) == r->graph_len ? 0 : -1;
    if (fclose(f) != 0) rc = -1;
    if (!rc && rename(tmp, path) != 0) rc = -1;
  }
  if (rc) {
    snprintf(error, error_size, "attache: %s: %s", path ? path : r->path,
             strerror(errno ? errno : EIO));
    if (tmp) unlink(tmp);
  } else if (run->moved[r->index] && !s->quiet) {
    snprintf(error, error_size,
             "attache: %s: warning: graph written to %s (the usual name is taken)",
             r->path, path);
  }
  free(tmp);
  free(path);
  return rc;
}

static int cmd_build(settings *s, attache_knowledge *kb, int argc, char **argv) {
  if (argc != 1 || !s->output) {
    fputs("attache: build needs one DIR and -o OUTDIR\n", stderr);
    return EXIT_USAGE;
  }
  struct stat st;
  if (stat(argv[0], &st) != 0 || !S_ISDIR(st.st_mode)) {
    message(s, ATTACHE_ERROR, argv[0],
            stat(argv[0], &st) != 0 ? strerror(errno) : "not a directory");
    return EXIT_FATAL;
  }
  if (files_make_dirs(s->output)) {
    message(s, ATTACHE_ERROR, s->output, strerror(errno));
    return EXIT_FATAL;
  }
  paths docs = {0};
  list_documents(s, argv[0], &docs, 0);
  size_t n = strlen(s->output) + 16;
  char *merged_path = malloc(n);
  if (!merged_path) return EXIT_FATAL;
  snprintf(merged_path, n, "%s/graph.%s", s->output, extension(s->format));
  /* the documents' files never take the names of the folder's own */
  char merged_name[16];
  snprintf(merged_name, sizeof merged_name, "graph.%s", extension(s->format));
  const char *const reserved[] = {merged_name, "graph.nq", "store", NULL};
  unsigned char *moved = calloc(docs.len ? docs.len : 1, 1);
  char **outputs = moved ? files_output_names(argv[0], docs.items, docs.len,
                                              extension(s->format), reserved, moved)
                         : NULL;
  output merged;
  int rc = EXIT_SUCCESS;
  if (docs.len == 0) {
    message(s, ATTACHE_ERROR, argv[0], "no .txt or .html documents found");
    rc = EXIT_FATAL;
  } else if (!outputs) {
    message(s, ATTACHE_ERROR, s->output, strerror(ENOMEM));
    rc = EXIT_FATAL;
  } else if (output_open(s, &merged, merged_path)) {
    output_close(s, &merged, 0, NULL);
    rc = EXIT_FATAL;
  }
  /* the named graphs: graph.nq (unless graph.EXT is it) and the store */
  output quads;
  memset(&quads, 0, sizeof quads);
  int with_quads = strcmp(s->format, "nquads") != 0;
  char *quads_path = malloc(n);
  if (quads_path) snprintf(quads_path, n, "%s/graph.nq", s->output);
  if (rc == EXIT_SUCCESS && with_quads &&
      (!quads_path || output_open_as(s, &quads, quads_path, "nquads"))) {
    output_close(s, &quads, 0, NULL);
    output_close(s, &merged, 0, NULL);
    rc = EXIT_FATAL;
  }
  const char *store_why = NULL, *module_path = NULL;
  const store_module *stores =
      rc == EXIT_SUCCESS ? store_module_load(&module_path, &store_why) : NULL;
  attache_store *store = stores ? stores->create(s->output, &store_why) : NULL;
  if (rc == EXIT_SUCCESS && !store) {
    message(s, ATTACHE_ERROR, stores ? s->output : module_path, store_why);
    if (with_quads) output_close(s, &quads, 0, NULL);
    output_close(s, &merged, 0, NULL);
    rc = EXIT_FATAL;
  }
  if (rc == EXIT_SUCCESS) {
    run_state run = {.out = &merged, .outputs = outputs, .moved = moved,
                     .quads = with_quads ? &quads : NULL, .stores = stores,
                     .store = store};
    int failed = run_batch(s, kb, &run, docs.items, docs.len, write_document_graph);
    int keep = !failed && run.sum.read > run.sum.failed && !interrupted &&
               !run.store_failed;
    size_t triples = run.triples;
    if (failed) rc = EXIT_FATAL;
    if (output_close(s, &merged, keep, &triples)) rc = EXIT_FATAL, keep = 0;
    if (with_quads && output_close(s, &quads, keep, NULL)) rc = EXIT_FATAL, keep = 0;
    const char *why = NULL;
    if (keep && stores->commit(store, &why) != 0) {
      message(s, ATTACHE_ERROR, s->output, why);
      rc = EXIT_FATAL;
    }
    if (rc == EXIT_SUCCESS) rc = keep ? exit_status(&run.sum) : EXIT_FATAL;
    print_summary(s, &run.sum, triples, merged_path);
  }
  if (stores) stores->free(store);
  free(quads_path);
  files_free_names(outputs, docs.len);
  free(moved);
  for (size_t i = 0; i < docs.len; i++) free(docs.items[i]);
  free(docs.items);
  free(merged_path);
  return rc;
}

static const struct option long_options[] = {
    {"output", required_argument, 0, 'o'},
    {"format", required_argument, 0, 'f'},
    {"base", required_argument, 0, 'b'},
    {"lang", required_argument, 0, 'l'},
    {"date", required_argument, 0, 'd'},
    {"ontology", required_argument, 0, 256},
    {"html", no_argument, 0, 257},
    {"text", no_argument, 0, 258},
    {"jobs", required_argument, 0, 'j'},
    {"quiet", no_argument, 0, 'q'},
    {"help", no_argument, 0, 'h'},
    {"version", no_argument, 0, 'V'},
    {0, 0, 0, 0}};

/* Parses options into `s`; returns -1 to go on, or an exit status. With
 * `stop` set, stops at the first operand (the command). */
static int parse_options(settings *s, int argc, char **argv, int stop) {
  int c;
  optind = 0; /* glibc: full re-initialisation */
  opterr = 0;
  while ((c = getopt_long(argc, argv, stop ? "+o:f:b:l:d:j:qhV" : "o:f:b:l:d:j:qhV",
                          long_options, NULL)) != -1) {
    switch (c) {
    case 'o': s->output = optarg; break;
    case 'f':
      if (!attache_format_known(optarg)) {
        fprintf(stderr, "attache: unknown format '%s' (turtle, ntriples, nquads, rdfxml)\n", optarg);
        return EXIT_USAGE;
      }
      s->format = optarg;
      break;
    case 'b':
      if (!strstr(optarg, "://") || strpbrk(optarg, " <>\"{}|\\^`")) {
        fprintf(stderr, "attache: --base needs an absolute IRI, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      s->opt.base = optarg;
      break;
    case 'l':
      if (!strcmp(optarg, "en")) s->opt.lang = ATTACHE_LANG_EN;
      else if (!strcmp(optarg, "da")) s->opt.lang = ATTACHE_LANG_DA;
      else if (!strcmp(optarg, "auto")) s->opt.lang = ATTACHE_LANG_AUTO;
      else {
        fprintf(stderr, "attache: unknown language '%s' (en, da, auto)\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case 'd': {
      int y, m, dd;
      char tail;
      if (sscanf(optarg, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 || m < 1 ||
          m > 12 || dd < 1 || dd > 31) {
        fprintf(stderr, "attache: --date needs YYYY-MM-DD, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      s->opt.date = optarg;
      break;
    }
    case 'j': {
      char *end;
      long j = strtol(optarg, &end, 10);
      if (*end || end == optarg || j < 0 || j > MAX_JOBS) {
        fprintf(stderr, "attache: --jobs needs a number from 0 to %d, not '%s'\n",
                MAX_JOBS, optarg);
        return EXIT_USAGE;
      }
      if (j == 0) j = sysconf(_SC_NPROCESSORS_ONLN);
      s->jobs = j < 1 ? 1 : (int)j;
      break;
    }
    case 256: s->ontology = optarg; break;
    case 257: s->opt.input = ATTACHE_INPUT_HTML; break;
    case 258: s->opt.input = ATTACHE_INPUT_TEXT; break;
    case 'q': s->quiet = 1; s->progress = 0; break;
    case 'h': usage(stdout); return fclose(stdout) ? EXIT_FATAL : EXIT_SUCCESS;
    case 'V':
      puts("attache " ATTACHE_VERSION);
      return fclose(stdout) ? EXIT_FATAL : EXIT_SUCCESS;
    default:
      fprintf(stderr, "attache: unknown option or missing argument: '%s'\n"
                      "Try 'attache --help'.\n", argv[optind - 1]);
      return EXIT_USAGE;
    }
  }
  return -1;
}

int main(int argc, char **argv) {
  settings s = {0};
  s.format = "turtle";
  s.progress = 1;
  s.jobs = 1;
  int rc = parse_options(&s, argc, argv, 1);
  if (rc >= 0) return rc;
  if (optind >= argc) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *command = argv[optind];
  if (!strcmp(command, "publish")) return attache_cmd_publish(argc - optind, argv + optind);
  int (*run)(settings *, attache_knowledge *, int, char **) = NULL;
  /* query has options of its own and needs no knowledge files */
  if (!strcmp(command, "query")) {
    int at = optind; /* the query's own parse starts getopt over */
    if (attache_query_wants_help(argc - at, argv + at)) {
      attache_query_usage(stdout);
      return fclose(stdout) ? EXIT_FATAL : EXIT_SUCCESS;
    }
    const char *module_path = NULL, *why = NULL;
    const store_module *stores = store_module_load(&module_path, &why);
    if (!stores) {
      fprintf(stderr, "attache: %s: %s\n", module_path, why);
      return EXIT_FATAL;
    }
    return stores->cmd_query(argc - at, argv + at);
  }
  if (!strcmp(command, "extract")) run = cmd_extract;
  else if (!strcmp(command, "build")) run = cmd_build;
  else {
    fprintf(stderr, "attache: unknown command '%s'\nTry 'attache --help'.\n", command);
    return EXIT_USAGE;
  }
  /* options may also follow the command: parse what follows it */
  int sub_argc = argc - optind;
  char **sub_argv = argv + optind;
  rc = parse_options(&s, sub_argc, sub_argv, 0);
  if (rc >= 0) return rc;
  catch_signals();
  attache_knowledge *kb = NULL;
  if (load_knowledge(&s, &kb)) return EXIT_FATAL;
  rc = run(&s, kb, sub_argc - optind, sub_argv + optind);
  attache_knowledge_free(kb);
  if (interrupted) {
    /* every temporary file is gone: now die of the signal, as asked */
    signal(interrupted, SIG_DFL);
    raise(interrupted);
  }
  return rc;
}
