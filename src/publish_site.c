/*
 * publish_site — Turtle, VoID and nginx files of a published site (see
 * publish_site.h). All RDF goes through raptor's Turtle serializer; the
 * nginx files are plain text written here, with every path and IRI checked
 * for characters nginx would read as syntax.
 */
#include "publish_site.h"

#include "files.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- files ----------------------------------------------------------------- */

static int make_parents(char *file) {
  for (char *p = file + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      int rc = mkdir(file, 0755);
      *p = '/';
      if (rc && errno != EEXIST) return -1;
    }
  return 0;
}

char *pub_site_file(const pub_site *s, const char *path, const char *ext) {
  size_t n = strlen(s->outdir) + strlen(path) + (ext ? strlen(ext) : 0) + 3;
  char *file = malloc(n);
  if (!file) {
    s->report(s->handle, s->outdir, "out of memory");
    return NULL;
  }
  snprintf(file, n, "%s/%s%s%s", s->outdir, path, ext ? "." : "", ext ? ext : "");
  if (make_parents(file)) {
    s->report(s->handle, file, strerror(errno));
    free(file);
    return NULL;
  }
  return file;
}

FILE *pub_site_open(const pub_site *s, const char *file, char **tmp) {
  FILE *f = files_open_temporary(file, tmp);
  if (!f) s->report(s->handle, file, strerror(errno));
  return f;
}

int pub_site_commit(const pub_site *s, FILE *f, char *tmp, const char *file, int ok) {
  int rc = ok ? 0 : -1;
  if (f && fclose(f) && !rc) {
    s->report(s->handle, file, strerror(errno));
    rc = -1;
  }
  if (!rc && rename(tmp, file)) {
    s->report(s->handle, file, strerror(errno));
    rc = -1;
  }
  if (rc) unlink(tmp);
  free(tmp);
  return rc;
}

/* ---- Turtle through raptor -------------------------------------------------- */

static const struct { const char *prefix, *ns; } namespaces[] = {
    {"rdf", PUB_RDF},   {"rdfs", PUB_RDFS}, {"xsd", PUB_XSD},   {"owl", PUB_OWL},
    {"skos", PUB_SKOS}, {"org", PUB_ORG},   {"prov", PUB_PROV}, {"dcterms", PUB_DCT},
    {"void", PUB_VOID}, {"foaf", PUB_FOAF}, {"dip", PUB_DIP},   {"wd", PUB_WD}};

typedef struct {
  const pub_site *site;
  const char *file;
  char *tmp;
  FILE *f;
  raptor_serializer *ser;
  int failed;
} turtle_out;

static int turtle_open(turtle_out *t, const pub_site *s, const char *file) {
  memset(t, 0, sizeof *t);
  t->site = s;
  t->file = file;
  t->f = pub_site_open(s, file, &t->tmp);
  if (!t->f) return -1;
  raptor_world *w = pub_graph_world(s->graph);
  t->ser = raptor_new_serializer(w, "turtle");
  if (!t->ser || raptor_serializer_start_to_file_handle(t->ser, NULL, t->f)) {
    s->report(s->handle, file, "cannot start raptor's Turtle serializer");
    t->failed = 1;
    return -1;
  }
  for (size_t i = 0; i < sizeof namespaces / sizeof namespaces[0]; i++) {
    raptor_uri *ns = raptor_new_uri(w, (const unsigned char *)namespaces[i].ns);
    if (ns) {
      raptor_serializer_set_namespace(t->ser, ns, (const unsigned char *)namespaces[i].prefix);
      raptor_free_uri(ns);
    }
  }
  return 0;
}

static void turtle_add(turtle_out *t, const raptor_statement *st) {
  if (!t->failed && raptor_serializer_serialize_statement(t->ser, (raptor_statement *)st))
    t->failed = 1;
}

/* Adds a statement made of new terms, which it frees. */
static void turtle_add_new(turtle_out *t, raptor_term *s, raptor_term *p, raptor_term *o) {
  raptor_statement st = {0};
  st.world = pub_graph_world(t->site->graph);
  st.subject = s;
  st.predicate = p;
  st.object = o;
  if (s && p && o) turtle_add(t, &st);
  else t->failed = 1;
  if (s) raptor_free_term(s);
  if (p) raptor_free_term(p);
  if (o) raptor_free_term(o);
}

static int turtle_close(turtle_out *t) {
  if (t->ser) {
    if (raptor_serializer_serialize_end(t->ser)) t->failed = 1;
    raptor_free_serializer(t->ser);
  }
  if (!t->f) return -1;
  if (t->failed) t->site->report(t->site->handle, t->file, "raptor could not write Turtle");
  return pub_site_commit(t->site, t->f, t->tmp, t->file, !t->failed && !ferror(t->f));
}

int pub_write_turtle(const pub_site *s, const pub_resource *r) {
  char *file = pub_site_file(s, r->path, "ttl");
  if (!file) return -1;
  turtle_out t;
  int rc = turtle_open(&t, s, file);
  for (size_t i = 0; !rc && i < r->n_out; i++)
    turtle_add(&t, pub_graph_triple(s->graph, r->out + i));
  for (size_t i = 0; !rc && i < r->n_in; i++) {
    const raptor_statement *st = pub_graph_incoming(s->graph, r->in + i);
    /* a statement about the resource itself is already there */
    if (pub_graph_find(s->graph, pub_iri(st->subject) ? pub_iri(st->subject) : "") != r)
      turtle_add(&t, st);
  }
  rc = turtle_close(&t) || rc;
  free(file);
  return rc ? -1 : 0;
}

int pub_write_dump(const pub_site *s) {
  char *file = pub_site_file(s, "graph", "ttl");
  if (!file) return -1;
  turtle_out t;
  int rc = turtle_open(&t, s, file);
  for (size_t i = 0; !rc && i < pub_graph_size(s->graph); i++)
    turtle_add(&t, pub_graph_triple(s->graph, i));
  rc = turtle_close(&t) || rc;
  free(file);
  return rc ? -1 : 0;
}

/* ---- VoID ------------------------------------------------------------------ */

static raptor_term *iri(const pub_site *s, const char *a, const char *b) {
  size_t n = strlen(a) + (b ? strlen(b) : 0) + 1;
  char *v = malloc(n);
  if (!v) return NULL;
  snprintf(v, n, "%s%s", a, b ? b : "");
  raptor_term *t = raptor_new_term_from_uri_string(pub_graph_world(s->graph),
                                                   (const unsigned char *)v);
  free(v);
  return t;
}

static raptor_term *literal(const pub_site *s, const char *text, const char *lang) {
  return raptor_new_term_from_literal(pub_graph_world(s->graph),
                                      (const unsigned char *)text, NULL,
                                      (const unsigned char *)lang);
}

static raptor_term *integer(const pub_site *s, size_t n) {
  char text[32];
  snprintf(text, sizeof text, "%zu", n);
  raptor_uri *dt = raptor_new_uri(pub_graph_world(s->graph),
                                  (const unsigned char *)PUB_XSD "integer");
  raptor_term *t = dt ? raptor_new_term_from_literal(pub_graph_world(s->graph),
                                                     (const unsigned char *)text, dt, NULL)
                      : NULL;
  if (dt) raptor_free_uri(dt);
  return t;
}

/* A readable, unique fragment for a class or property partition:
 * "class-dip-Person"; "class-N" for IRIs outside the known namespaces. */
static void partition_id(char *out, size_t size, const char *what, const char *term,
                         size_t index) {
  for (size_t i = 0; i < sizeof namespaces / sizeof namespaces[0]; i++) {
    size_t n = strlen(namespaces[i].ns);
    const char *local = term + n;
    if (strncmp(term, namespaces[i].ns, n) || !*local ||
        strspn(local, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") !=
            strlen(local))
      continue;
    snprintf(out, size, "%s-%s-%s", what, namespaces[i].prefix, local);
    return;
  }
  snprintf(out, size, "%s-%zu", what, index + 1);
}

static int cmp_string(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Writes one partition per distinct value of `terms` (sorted in place):
 * the class or property and how many statements have it. */
static void write_partitions(turtle_out *t, const pub_site *s, raptor_term *dataset,
                             const char **terms, size_t n, int classes) {
  const char *what = classes ? "class" : "property";
  if (n) qsort(terms, n, sizeof *terms, cmp_string);
  size_t index = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && !strcmp(terms[j], terms[i])) j++;
    char id[256];
    partition_id(id, sizeof id, what, terms[i], index++);
    char frag[300];
    snprintf(frag, sizeof frag, "void.ttl#%s", id);
    turtle_add_new(t, raptor_term_copy(dataset),
                   iri(s, PUB_VOID, classes ? "classPartition" : "propertyPartition"),
                   iri(s, s->base, frag));
    turtle_add_new(t, iri(s, s->base, frag), iri(s, PUB_VOID, what), iri(s, terms[i], NULL));
    /* statements are unique, so for rdf:type each one is one entity */
    turtle_add_new(t, iri(s, s->base, frag),
                   iri(s, PUB_VOID, classes ? "entities" : "triples"), integer(s, j - i));
    i = j;
  }
}

static size_t count_distinct(const char **terms, size_t n) {
  size_t d = 0;
  for (size_t i = 0; i < n; i++)
    if (!i || strcmp(terms[i], terms[i - 1])) d++;
  return d;
}

int pub_write_void(const pub_site *s) {
  const pub_graph *g = s->graph;
  size_t size = pub_graph_size(g);
  const char **classes = malloc((size ? size : 1) * sizeof *classes);
  const char **properties = malloc((size ? size : 1) * sizeof *properties);
  char *file = classes && properties ? pub_site_file(s, "void", "ttl") : NULL;
  if (!file) {
    if (!classes || !properties) s->report(s->handle, s->outdir, "out of memory");
    free(classes);
    free(properties);
    return -1;
  }
  size_t n_classes = 0, subjects = 0;
  for (size_t i = 0; i < size; i++) {
    const raptor_statement *st = pub_graph_triple(g, i);
    properties[i] = pub_iri(st->predicate);
    if (pub_is(st, PUB_RDF "type") && pub_iri(st->object))
      classes[n_classes++] = pub_iri(st->object);
    if (!i || pub_term_cmp(st->subject, pub_graph_triple(g, i - 1)->subject)) subjects++;
  }
  size_t entities = 0;
  const pub_resource *example[PUB_KINDS] = {0};
  for (size_t i = 0; i < pub_graph_resources(g); i++) {
    const pub_resource *r = pub_graph_resource(g, i);
    if (!r->published) continue;
    entities++;
    if (!example[r->kind]) example[r->kind] = r;
  }
  turtle_out t;
  int rc = turtle_open(&t, s, file);
  if (!rc) {
    raptor_term *ds = iri(s, s->base, "void.ttl#dataset");
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_RDF, "type"), iri(s, PUB_VOID, "Dataset"));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_DCT, "title"),
                   literal(s, "attache knowledge graph of diplomacy", "en"));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_DCT, "description"),
                   literal(s, "People, states, ministries, organisations, offices and "
                              "diplomatic events read from English and Danish documents "
                              "by attache, each event with the sentence it came from.",
                           "en"));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_FOAF, "homepage"), iri(s, s->base, NULL));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "uriSpace"), literal(s, s->base, NULL));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "dataDump"), iri(s, s->base, "graph.ttl"));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "feature"),
                   iri(s, "http://www.w3.org/ns/formats/Turtle", NULL));
    if (s->license)
      turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_DCT, "license"), iri(s, s->license, NULL));
    if (s->sparql)
      turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "sparqlEndpoint"),
                     iri(s, s->sparql, NULL));
    static const char *vocabularies[] = {PUB_DIP, PUB_ORG, PUB_PROV, PUB_SKOS, PUB_DCT};
    for (size_t i = 0; i < sizeof vocabularies / sizeof *vocabularies; i++)
      turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "vocabulary"),
                     iri(s, vocabularies[i], NULL));
    for (int k = 0; k < PUB_KINDS; k++)
      if (example[k])
        turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "exampleResource"),
                       iri(s, example[k]->iri, NULL));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "triples"), integer(s, size));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "entities"), integer(s, entities));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "distinctSubjects"),
                   integer(s, subjects));
    qsort(classes, n_classes, sizeof *classes, cmp_string);
    qsort(properties, size, sizeof *properties, cmp_string);
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "classes"),
                   integer(s, count_distinct(classes, n_classes)));
    turtle_add_new(&t, raptor_term_copy(ds), iri(s, PUB_VOID, "properties"),
                   integer(s, count_distinct(properties, size)));
    write_partitions(&t, s, ds, classes, n_classes, 1);
    write_partitions(&t, s, ds, properties, size, 0);
    raptor_free_term(ds);
  }
  rc = turtle_close(&t) || rc;
  free(file);
  free(classes);
  free(properties);
  return rc ? -1 : 0;
}

/* ---- nginx ------------------------------------------------------------------ */

/* Whether `text` can stand inside double quotes in an nginx file: nginx
 * reads '$' as a variable and '\' and '"' as escapes. */
static int nginx_safe(const char *text) {
  for (const unsigned char *c = (const unsigned char *)text; *c; c++)
    if (*c < 0x20 || *c == 0x7f || *c == '"' || *c == '\\' || *c == '$' ||
        *c == '{' || *c == '}' || *c == ';')
      return 0;
  return 1;
}

static int write_text(const pub_site *s, const char *name, const char *text) {
  char *file = pub_site_file(s, name, NULL);
  if (!file) return -1;
  char *tmp;
  FILE *f = pub_site_open(s, file, &tmp);
  int rc = f ? 0 : -1;
  if (f) {
    fputs(text, f);
    rc = pub_site_commit(s, f, tmp, file, !ferror(f));
  }
  free(file);
  return rc;
}

static const char http_conf[] =
    "# attache publish: content negotiation between HTML and Turtle.\n"
    "# Include in the http context. A client that asks for Turtle (text/turtle\n"
    "# or application/x-turtle, before or without text/html) gets the .ttl file\n"
    "# of a resource, every other client its .html page.\n"
    "map $http_accept $attache_ext {\n"
    "    default html;\n"
    "    \"~*^ *(text/turtle|application/x-turtle)\" ttl;\n"
    "    \"~*text/html|application/xhtml\\+xml\" html;\n"
    "    \"~*text/turtle|application/x-turtle\" ttl;\n"
    "}\n";

int pub_write_nginx(const pub_site *s) {
  if (!nginx_safe(s->outdir) || !nginx_safe(s->base_path) || !nginx_safe(s->listen)) {
    s->report(s->handle, s->outdir,
              "no nginx configuration written: the folder's path or the base has "
              "characters nginx reads as syntax ($ \\ \" ; { } or control characters)");
    return -1;
  }
  const char *p = s->base_path;
  size_t n = 4096 + 3 * strlen(s->outdir) + 4 * strlen(p);
  char *server = malloc(n), *full = malloc(n), redirect[1024] = "";
  if (strcmp(p, "/")) /* "/kg" is the site too */
    snprintf(redirect, sizeof redirect, "location = \"%.*s\" {\n    return 301 \"%s\";\n}\n",
             (int)strlen(p) - 1, p, p);
  if (!server || !full) {
    free(server);
    free(full);
    s->report(s->handle, s->outdir, "out of memory");
    return -1;
  }
  snprintf(server, n,
           "# attache publish: the site under %s, served from %s.\n"
           "# Include in a server context; needs attache-http.conf in the http context.\n"
           "# Resource URLs have no extension: /kg/person/x answers with x.ttl to\n"
           "# Accept: text/turtle and with x.html otherwise; x.ttl and x.html are\n"
           "# served as they are.\n"
           "%s"
           "location ^~ \"%snginx/\" {\n"
           "    return 404;\n"
           "}\n"
           "location ^~ \"%s\" {\n"
           "    alias \"%s/\";\n"
           "    index index.html;\n"
           "    types {\n"
           "        text/html html;\n"
           "        text/turtle ttl;\n"
           "    }\n"
           "    default_type application/octet-stream;\n"
           "    charset utf-8;\n"
           "    charset_types text/turtle;\n"
           "    add_header Vary Accept always;\n"
           "    try_files $uri.$attache_ext $uri $uri/ =404;\n"
           "}\n",
           p, s->outdir, redirect, p, p, s->outdir);
  snprintf(full, n,
           "# attache publish: a complete nginx configuration that serves the site\n"
           "# alone on %s, for trying it out and for tests. Run it from a\n"
           "# folder RUN of your own (pid, logs and temporary files go there):\n"
           "#   nginx -p RUN -e RUN/error.log -c %s/nginx/nginx.conf\n"
           "# and stop it with: nginx -p RUN -e RUN/error.log -c ... -s quit\n"
           "worker_processes 1;\n"
           "pid nginx.pid;\n"
           "error_log error.log;\n"
           "events {\n"
           "    worker_connections 64;\n"
           "}\n"
           "http {\n"
           "    access_log access.log;\n"
           "    client_body_temp_path client_body_temp;\n"
           "    proxy_temp_path proxy_temp;\n"
           "    fastcgi_temp_path fastcgi_temp;\n"
           "    uwsgi_temp_path uwsgi_temp;\n"
           "    scgi_temp_path scgi_temp;\n"
           "    sendfile on;\n"
           "    include attache-http.conf;\n"
           "    server {\n"
           "        listen %s;\n"
           "        server_name localhost;\n"
           "        include attache-server.conf;\n"
           "    }\n"
           "}\n",
           s->listen, s->outdir, s->listen);
  int rc = write_text(s, "nginx/attache-http.conf", http_conf);
  rc |= write_text(s, "nginx/attache-server.conf", server);
  rc |= write_text(s, "nginx/nginx.conf", full);
  free(server);
  free(full);
  return rc ? -1 : 0;
}
