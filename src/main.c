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
#include "cmd_query.h"
#include "store.h"

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
enum { MAX_DOCUMENT = 256 * 1024 * 1024 };

typedef struct {
  attache_options opt;
  const char *format;
  const char *output;
  const char *ontology;
  int quiet;
  int progress;
} settings;

typedef struct {
  size_t read, failed;
  attache_stats total;
} summary;

static volatile sig_atomic_t interrupted;
static char *pending_tmp; /* temporary output to remove on a signal */
static char *pending_quads_tmp; /* build: graph.nq.tmp.XXXXXX */
static attache_store *pending_store; /* build: the store's temporary folder */

static void on_signal(int sig) {
  interrupted = 1;
  if (pending_tmp) unlink(pending_tmp);
  if (pending_quads_tmp) unlink(pending_quads_tmp);
  store_abandon_from_signal(pending_store);
  signal(sig, SIG_DFL);
  raise(sig);
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

/* Reads a whole file; NULL with errno-based *why on failure. */
static char *slurp(const char *path, size_t *len, const char **why) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) {
    *why = strerror(errno);
    return NULL;
  }
  struct stat st;
  if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    *why = "is a directory";
    return NULL;
  }
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (n == cap) {
      if (cap >= MAX_DOCUMENT) {
        free(buf);
        buf = NULL;
        *why = "larger than 256 MB";
        break;
      }
      char *bigger = realloc(buf, cap * 2);
      if (!bigger) {
        free(buf);
        buf = NULL;
        *why = "out of memory";
        break;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) {
        *why = strerror(errno ? errno : EIO);
        free(buf);
        buf = NULL;
      }
      break;
    }
  }
  if (!buf && !*why) *why = "out of memory";
  if (f != stdin) fclose(f);
  *len = n;
  return buf;
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

/* Extracts one file into `w`; 0 on success. */
static int extract_file(const attache_knowledge *kb, settings *s,
                        const char *path, attache_writer *w, summary *sum) {
  const char *why = NULL;
  size_t len = 0;
  char *bytes = slurp(path, &len, &why);
  sum->read++;
  if (!bytes) {
    message(s, ATTACHE_ERROR, path, why);
    sum->failed++;
    return -1;
  }
  attache_stats stats;
  attache_status st = attache_extract(kb, &s->opt, path, bytes, len,
                                      attache_writer_sink, w, message, s, &stats);
  free(bytes);
  if (st) {
    if (st != ATTACHE_ERR_BAD_INPUT) message(s, ATTACHE_ERROR, path, attache_strerror(st));
    sum->failed++;
    return -1;
  }
  add_stats(&sum->total, &stats);
  return 0;
}

/* Opens PATH.tmp.XXXXXX beside `path`; the caller renames it. */
static FILE *open_temporary(const char *path, char **tmp) {
  size_t n = strlen(path) + 16;
  *tmp = malloc(n);
  if (!*tmp) return NULL;
  snprintf(*tmp, n, "%s.tmp.XXXXXX", path);
  int fd = mkstemp(*tmp);
  if (fd < 0) {
    free(*tmp);
    *tmp = NULL;
    return NULL;
  }
  fchmod(fd, 0644);
  FILE *f = fdopen(fd, "wb");
  if (!f) {
    close(fd);
    unlink(*tmp);
    free(*tmp);
    *tmp = NULL;
  }
  return f;
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
  attache_status rc = attache_knowledge_load(dir, generated, message, s, kb);
  if (rc) {
    message(s, ATTACHE_ERROR, dir, attache_strerror(rc));
    return -1;
  }
  return 0;
}

/* An output file written under a temporary name and renamed when done, so
 * no reader ever sees half a graph. */
typedef struct {
  const char *path; /* NULL: stdout */
  char *tmp;
  FILE *stream;
  attache_writer *writer;
  int direct; /* written in place: not a regular file */
} output;

static int output_open(settings *s, output *o, const char *path,
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
    o->stream = open_temporary(o->path, &o->tmp);
    if (!o->stream) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      return -1;
    }
    pending_tmp = o->tmp;
  } else {
    o->stream = stdout;
  }
  attache_status st = attache_writer_new(format, s->opt.base, o->stream,
                                         &o->writer);
  if (st) {
    message(s, ATTACHE_ERROR, o->path ? o->path : "stdout", attache_strerror(st));
    return -1;
  }
  return 0;
}

/* Writes and closes; keep = 0 throws the output away. Returns 0 on success. */
static int output_close(settings *s, output *o, int keep, size_t *triples) {
  int rc = 0;
  if (keep && o->writer) {
    attache_status st = attache_writer_finish(o->writer);
    if (triples) *triples = attache_writer_count(o->writer);
    if (st) {
      message(s, ATTACHE_ERROR, o->path ? o->path : "stdout",
              st == ATTACHE_ERR_WRITE ? strerror(errno ? errno : EIO)
                                      : attache_strerror(st));
      rc = -1;
    }
  }
  attache_writer_free(o->writer);
  o->writer = NULL;
  if (o->direct) {
    if (fclose(o->stream) != 0 && keep && !rc) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      rc = -1;
    }
  } else if (o->path) {
    if (fclose(o->stream) != 0 && keep && !rc) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      rc = -1;
    }
    if (keep && !rc && rename(o->tmp, o->path) != 0) {
      message(s, ATTACHE_ERROR, o->path, strerror(errno));
      rc = -1;
    }
    if (!keep || rc) unlink(o->tmp);
    pending_tmp = NULL;
    free(o->tmp);
  } else if ((fflush(stdout) != 0 || ferror(stdout)) && !rc) {
    if (keep) message(s, ATTACHE_ERROR, "stdout", strerror(errno ? errno : EIO));
    rc = -1;
  }
  return keep ? rc : 0;
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
  if (output_open(s, &o, s->output, s->format)) {
    output_close(s, &o, 0, NULL);
    return EXIT_FATAL;
  }
  summary sum = {0};
  for (int i = 0; i < argc && !interrupted; i++)
    extract_file(kb, s, argv[i], o.writer, &sum);
  int any = sum.failed < sum.read;
  size_t triples = 0;
  if (output_close(s, &o, any, &triples)) return EXIT_FATAL;
  if (sum.read > 1 || s->output)
    print_summary(s, &sum, triples, o.path ? o.path : "stdout");
  return exit_status(&sum);
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

typedef struct {
  attache_writer *a, *b, *quads; /* quads: graph.nq, NULL when it is a */
  attache_store *store;
} tee;

static attache_status tee_sink(void *handle, const attache_term *s,
                               const attache_term *p, const attache_term *o,
                               const char *g) {
  tee *t = handle;
  attache_status st = attache_writer_sink(t->a, s, p, o, g);
  if (!st) st = attache_writer_sink(t->b, s, p, o, g);
  if (!st && t->quads) st = attache_writer_sink(t->quads, s, p, o, g);
  return st ? st : store_sink(t->store, s, p, o, g);
}

static int make_dirs(const char *path) {
  char *copy = strdup(path);
  if (!copy) return -1;
  for (char *p = copy + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(copy, 0755) && errno != EEXIST) {
        free(copy);
        return -1;
      }
      *p = '/';
    }
  int rc = mkdir(copy, 0755) && errno != EEXIST ? -1 : 0;
  free(copy);
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
  if (make_dirs(s->output)) {
    message(s, ATTACHE_ERROR, s->output, strerror(errno));
    return EXIT_FATAL;
  }
  paths docs = {0};
  list_documents(s, argv[0], &docs, 0);
  const char *ext = extension(s->format);
  size_t n = strlen(s->output) + 16;
  char *merged_path = malloc(n);
  if (!merged_path) return EXIT_FATAL;
  snprintf(merged_path, n, "%s/graph.%s", s->output, ext);
  output merged;
  int rc = EXIT_SUCCESS;
  if (output_open(s, &merged, merged_path, s->format)) {
    output_close(s, &merged, 0, NULL);
    rc = EXIT_FATAL;
  }
  char *merged_tmp = merged.tmp;
  /* the named graphs: graph.nq (unless graph.EXT is it) and the store */
  output quads = {0};
  char *quads_path = NULL;
  if (rc == EXIT_SUCCESS && strcmp(s->format, "nquads")) {
    quads_path = malloc(n);
    if (quads_path) snprintf(quads_path, n, "%s/graph.nq", s->output);
    if (!quads_path || output_open(s, &quads, quads_path, "nquads")) {
      output_close(s, &quads, 0, NULL);
      output_close(s, &merged, 0, NULL);
      rc = EXIT_FATAL;
    } else {
      pending_quads_tmp = quads.tmp;
      pending_tmp = merged_tmp; /* output_open pointed it at graph.nq's */
    }
  }
  const char *store_why = NULL;
  attache_store *store = rc == EXIT_SUCCESS ? store_create(s->output, &store_why) : NULL;
  if (rc == EXIT_SUCCESS && !store) {
    size_t m = strlen(s->output) + sizeof "/" STORE_DIR_NAME;
    char *store_path = malloc(m);
    if (store_path) snprintf(store_path, m, "%s/" STORE_DIR_NAME, s->output);
    message(s, ATTACHE_ERROR, store_path ? store_path : s->output, store_why);
    free(store_path);
    if (quads.writer) output_close(s, &quads, 0, NULL);
    pending_quads_tmp = NULL;
    output_close(s, &merged, 0, NULL);
    rc = EXIT_FATAL;
  }
  pending_store = store;
  summary sum = {0};
  int tty = s->progress && isatty(STDERR_FILENO);
  for (size_t i = 0; i < docs.len && rc == EXIT_SUCCESS && !interrupted; i++) {
    const char *path = docs.items[i];
    if (tty) fprintf(stderr, "\rattache: [%zu/%zu] %.60s\033[K", i + 1, docs.len, path);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t stem = dot ? (size_t)(dot - base) : strlen(base);
    size_t m = strlen(s->output) + stem + strlen(ext) + 3;
    char *one_path = malloc(m);
    if (!one_path) break;
    snprintf(one_path, m, "%s/%.*s.%s", s->output, (int)stem, base, ext);
    output one;
    if (output_open(s, &one, one_path, s->format)) {
      output_close(s, &one, 0, NULL);
      free(one_path);
      sum.read++;
      sum.failed++;
      continue;
    }
    /* the per-document temporary file is the one a signal must remove; the
     * merged one is removed by the cleanup below */
    tee t = {merged.writer, one.writer, quads.writer, store};
    const char *why = NULL;
    size_t len = 0;
    char *bytes = slurp(path, &len, &why);
    sum.read++;
    attache_status es = ATTACHE_ERR_IO;
    attache_stats stats;
    if (!bytes) {
      message(s, ATTACHE_ERROR, path, why);
    } else {
      es = attache_extract(kb, &s->opt, path, bytes, len, tee_sink, &t,
                           message, s, &stats);
      if (es && es != ATTACHE_ERR_BAD_INPUT)
        message(s, ATTACHE_ERROR, path, attache_strerror(es));
    }
    free(bytes);
    if (es) sum.failed++;
    else add_stats(&sum.total, &stats);
    if (output_close(s, &one, es == ATTACHE_SUCCESS, NULL)) sum.failed++;
    pending_tmp = merged_tmp;
    free(one_path);
  }
  if (tty) fputs("\r\033[K", stderr);
  size_t triples = 0;
  if (rc == EXIT_SUCCESS) {
    int keep = sum.read > sum.failed && !interrupted;
    int failed = output_close(s, &merged, keep, &triples);
    pending_quads_tmp = NULL; /* output_close frees it */
    if (quads.writer) failed |= output_close(s, &quads, keep && !failed, NULL);
    if (keep && !failed && store_commit(store, &store_why)) {
      message(s, ATTACHE_ERROR, s->output, store_why);
      failed = 1;
    }
    if (failed) rc = EXIT_FATAL;
    else rc = docs.len == 0 ? EXIT_FATAL : exit_status(&sum);
    if (docs.len == 0) message(s, ATTACHE_ERROR, argv[0], "no .txt or .html documents found");
    print_summary(s, &sum, triples, merged_path);
  }
  pending_store = NULL;
  store_free(store);
  free(quads_path);
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
  while ((c = getopt_long(argc, argv, stop ? "+o:f:b:l:d:qhV" : "o:f:b:l:d:qhV",
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
  int rc = parse_options(&s, argc, argv, 1);
  if (rc >= 0) return rc;
  if (optind >= argc) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *command = argv[optind];
  int (*run)(settings *, attache_knowledge *, int, char **) = NULL;
  /* query has options of its own and needs no knowledge files */
  if (!strcmp(command, "query"))
    return attache_cmd_query(argc - optind, argv + optind);
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
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  attache_knowledge *kb = NULL;
  if (load_knowledge(&s, &kb)) return EXIT_FATAL;
  rc = run(&s, kb, sub_argc - optind, sub_argv + optind);
  attache_knowledge_free(kb);
  return rc;
}
