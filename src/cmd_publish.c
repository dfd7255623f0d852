/*
 * cmd_publish — `attache publish`: reads a graph written by attache and
 * writes a static linked-data site: for every resource minted by attache
 * (moved from the graph's base to --base) a Turtle file and an HTML page,
 * an index page, void.ttl, the whole graph as graph.ttl, and nginx
 * configuration for content negotiation. Only the command line lives here;
 * publish_graph, publish_site, publish_html and publish_page do the work.
 * Exit status: 0 done, 1 some files could not be written, 2 usage error,
 * 3 nothing could be done.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cmd_publish.h"

#include "files.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "publish_html.h"

enum { EXIT_PARTLY = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

#define DEFAULT_GRAPH "output/graph.ttl"
#define DEFAULT_GRAPH_BASE "https://w3id.org/attache/id/"
#define DEFAULT_LISTEN "127.0.0.1:8080"

typedef struct {
  int quiet;
  size_t problems;
} reporter;

static void report(void *handle, const char *where, const char *what) {
  reporter *r = handle;
  r->problems++;
  if (!r->quiet || strncmp(what, "not published", 13))
    fprintf(stderr, "attache: %s: %s\n", where, what);
}

static void usage(FILE *f) {
  fputs("Usage: attache publish --base IRI [OPTION]... OUTDIR\n"
        "Write a static linked-data site of a graph built by attache: a Turtle file\n"
        "and an HTML page per resource, an index page, void.ttl, graph.ttl and an\n"
        "nginx configuration for content negotiation (OUTDIR/nginx/).\n"
        "\n"
        "  -b, --base IRI            where the site is published, ending in '/'\n"
        "                            (e.g. https://example.org/kg/); attache's IRIs\n"
        "                            are moved under it\n"
        "  -g, --graph FILE          the graph (default " DEFAULT_GRAPH ")\n"
        "      --graph-base IRI      base of the graph's IRIs\n"
        "                            (default " DEFAULT_GRAPH_BASE ")\n"
        "      --sparql-endpoint URL a SPARQL endpoint serving the graph, for VoID\n"
        "      --license IRI         the data's licence, for VoID and the pages\n"
        "      --nginx-listen ADDR:PORT  where nginx/nginx.conf listens\n"
        "                            (default " DEFAULT_LISTEN ")\n"
        "  -q, --quiet               no summary, no warnings\n"
        "  -h, --help                this help\n"
        "\n"
        "Exit status: 0 done, 1 some files failed, 2 usage error, 3 nothing done.\n",
        f);
}

/* An absolute IRI without characters that IRIs cannot hold. */
static int iri_ok(const char *iri) {
  return strstr(iri, "://") && !strpbrk(iri, " <>\"{}|\\^`\t\r\n");
}


static const struct option options[] = {
    {"base", required_argument, 0, 'b'},
    {"graph", required_argument, 0, 'g'},
    {"graph-base", required_argument, 0, 256},
    {"sparql-endpoint", required_argument, 0, 257},
    {"license", required_argument, 0, 258},
    {"licence", required_argument, 0, 258},
    {"nginx-listen", required_argument, 0, 259},
    {"quiet", no_argument, 0, 'q'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0}};

typedef struct {
  const char *base, *graph, *graph_base, *sparql, *license, *listen, *outdir;
  int quiet;
} settings;

/* -1 to go on, or an exit status. */
static int parse(settings *s, int argc, char **argv) {
  int c;
  optind = 0; /* glibc: full re-initialisation after main's own parse */
  opterr = 0;
  while ((c = getopt_long(argc, argv, "b:g:qh", options, NULL)) != -1) {
    switch (c) {
    case 'b': s->base = optarg; break;
    case 'g': s->graph = optarg; break;
    case 256: s->graph_base = optarg; break;
    case 257: s->sparql = optarg; break;
    case 258: s->license = optarg; break;
    case 259: s->listen = optarg; break;
    case 'q': s->quiet = 1; break;
    case 'h': usage(stdout); return fclose(stdout) ? EXIT_FATAL : EXIT_SUCCESS;
    default:
      fprintf(stderr, "attache: unknown option or missing argument: '%s'\n"
                      "Try 'attache publish --help'.\n", argv[optind - 1]);
      return EXIT_USAGE;
    }
  }
  if (optind != argc - 1) {
    fputs("attache: publish needs one OUTDIR\nTry 'attache publish --help'.\n", stderr);
    return EXIT_USAGE;
  }
  s->outdir = argv[optind];
  if (!s->base) {
    fputs("attache: publish needs --base IRI, the site's address\n", stderr);
    return EXIT_USAGE;
  }
  const char *checks[][2] = {{"--base", s->base}, {"--graph-base", s->graph_base},
                             {"--sparql-endpoint", s->sparql}, {"--license", s->license}};
  for (size_t i = 0; i < sizeof checks / sizeof *checks; i++)
    if (checks[i][1] && !iri_ok(checks[i][1])) {
      fprintf(stderr, "attache: %s needs an absolute IRI, not '%s'\n", checks[i][0],
              checks[i][1]);
      return EXIT_USAGE;
    }
  size_t n = strlen(s->base);
  const char *path = strchr(strstr(s->base, "://") + 3, '/');
  if (!n || s->base[n - 1] != '/' || !path || strpbrk(s->base, "#?") ||
      strspn(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-/") !=
          strlen(path)) {
    fprintf(stderr,
            "attache: --base must end with '/' and have a path of A-Z a-z 0-9 . _ ~ - /, "
            "not '%s'\n", s->base);
    return EXIT_USAGE;
  }
  if (strspn(s->listen, "0123456789.:[]abcdefABCDEF") != strlen(s->listen) ||
      !strchr(s->listen, ':')) {
    fprintf(stderr, "attache: --nginx-listen needs ADDR:PORT, not '%s'\n", s->listen);
    return EXIT_USAGE;
  }
  return -1;
}

/* Writes every file of the site; returns how many could not be written. */
static size_t write_site(const pub_site *site, size_t *pages) {
  size_t failed = 0;
  for (size_t i = 0; i < pub_graph_resources(site->graph); i++) {
    const pub_resource *r = pub_graph_resource(site->graph, i);
    if (!r->published) continue;
    int bad = pub_write_turtle(site, r) != 0;
    bad |= pub_write_page(site, r) != 0;
    failed += bad;
    *pages += !bad;
  }
  failed += pub_write_index(site) != 0;
  failed += pub_write_void(site) != 0;
  failed += pub_write_dump(site) != 0;
  failed += pub_write_nginx(site) != 0;
  return failed;
}

int attache_cmd_publish(int argc, char **argv) {
  settings s = {0};
  s.graph = DEFAULT_GRAPH;
  s.graph_base = DEFAULT_GRAPH_BASE;
  s.listen = DEFAULT_LISTEN;
  int rc = parse(&s, argc, argv);
  if (rc >= 0) return rc;
  reporter rep = {s.quiet, 0};
  struct stat st;
  if (stat(s.graph, &st) != 0 || !S_ISREG(st.st_mode)) {
    report(&rep, s.graph, stat(s.graph, &st) ? strerror(errno) : "not a regular file");
    return EXIT_FATAL;
  }
  if (files_make_dirs(s.outdir)) {
    report(&rep, s.outdir, strerror(errno));
    return EXIT_FATAL;
  }
  char outdir[PATH_MAX];
  if (!realpath(s.outdir, outdir)) {
    report(&rep, s.outdir, strerror(errno));
    return EXIT_FATAL;
  }
  xmlInitParser();
  pub_graph *g = pub_graph_load(s.graph, s.graph_base, s.base, report, &rep);
  if (!g) return EXIT_FATAL;
  size_t published = 0;
  for (size_t i = 0; i < pub_graph_resources(g); i++)
    published += pub_graph_resource(g, i)->published;
  if (!published) {
    char what[512];
    snprintf(what, sizeof what, "no resources under %.400s (see --graph-base)", s.graph_base);
    report(&rep, s.graph, what);
    pub_graph_free(g);
    return EXIT_FATAL;
  }
  const char *path = strchr(strstr(s.base, "://") + 3, '/');
  pub_site site = {g, outdir, s.base, path, s.license, s.sparql, s.listen, report, &rep};
  size_t pages = 0;
  size_t failed = write_site(&site, &pages);
  if (!s.quiet)
    fprintf(stderr,
            "attache: %zu statements, %zu resources published to %s (%zu pages and "
            "Turtle files, index.html, void.ttl, graph.ttl, nginx/)%s\n",
            pub_graph_size(g), pages, outdir, pages, failed ? "; some files failed" : "");
  pub_graph_free(g);
  xmlCleanupParser();
  return failed ? (pages ? EXIT_PARTLY : EXIT_FATAL) : EXIT_SUCCESS;
}
