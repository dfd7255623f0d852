/*
 * store — the embedded redland triple store written by `attache build` and
 * read by `attache query`.
 *
 * Why Berkeley DB "hashes": Debian's librdf0 (1.0.17) is linked with
 * libdb5.3 and has the hashes storage with hash-type 'bdb' built in —
 * checked with a small program creating one with contexts, adding a
 * quad and reading it back — so the store needs no further package (the
 * sqlite storage would need the loadable librdf-storage-sqlite module). It
 * keeps contexts, which give every document its named graph, and indexes
 * subject-predicate, predicate-object and subject-object, which are what
 * rasqal's triple patterns look up.
 *
 * Two storages in the folder: "merged" holds every distinct triple once (the
 * graph of graph.ttl) and "documents" every document's triples in its own
 * context (the quads of graph.nq). Two, because redland matches a
 * default-graph pattern against every context: in the documents storage a
 * triple three documents state (an entity's type, its label) matches three
 * times, and a query without GRAPH would count it three times. So a query
 * without GRAPH reads the merged storage and answers exactly as over
 * graph.ttl; a query with GRAPH reads the documents storage.
 *
 * The store is built in OUTDIR/store.tmp.XXXXXX and swapped with
 * OUTDIR/store by renameat2(RENAME_EXCHANGE) at the end, so a reader sees
 * either the old store or the new one, never half of one.
 */
#define _GNU_SOURCE /* renameat2, RENAME_EXCHANGE */
#include "store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The storage names: the files are merged-sp2o.db and so on. */
#define MERGED "merged"
#define DOCUMENTS "documents"
static const char *const store_files[] = {
    MERGED "-sp2o.db",    MERGED "-po2s.db",    MERGED "-so2p.db",
    DOCUMENTS "-sp2o.db", DOCUMENTS "-po2s.db", DOCUMENTS "-so2p.db",
    DOCUMENTS "-contexts.db", NULL};
enum { STORE_FILES = 7 };

struct attache_store {
  librdf_world *world;
  store_model merged, documents;
  char *tmp;      /* the temporary folder */
  char *final;    /* OUTDIR/store */
  char *tmp_files[STORE_FILES]; /* for store_abandon_from_signal */
  char *graph;    /* the context last used, and its node */
  librdf_node *context;
  int committed;
};

static char *join(const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *path = malloc(n);
  if (path) snprintf(path, n, "%s/%s", dir, name);
  return path;
}

/* Removes a folder holding only files (a store). */
static int remove_flat_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return errno == ENOENT ? 0 : -1;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    unlinkat(dirfd(d), e->d_name, 0);
  }
  closedir(d);
  return rmdir(dir);
}

/* Hashes storage options through librdf_hash, so that no folder name can
 * break an option string. */
static librdf_storage *open_hashes(librdf_world *world, const char *dir,
                                   const char *name, int create) {
  librdf_hash *options = librdf_new_hash(world, NULL);
  if (!options) return NULL;
  librdf_hash_put_strings(options, "hash-type", "bdb");
  librdf_hash_put_strings(options, "dir", dir);
  librdf_hash_put_strings(options, "contexts", strcmp(name, MERGED) ? "yes" : "no");
  librdf_hash_put_strings(options, "new", create ? "yes" : "no");
  librdf_hash_put_strings(options, "write", create ? "yes" : "no");
  librdf_storage *storage =
      librdf_new_storage_with_options(world, "hashes", name, options);
  librdf_free_hash(options);
  return storage;
}

static void close_model(attache_store *s) {
  if (s->context) librdf_free_node(s->context);
  s->context = NULL;
  free(s->graph);
  s->graph = NULL;
  store_close(&s->merged);
  store_close(&s->documents);
}

void store_free(attache_store *s) {
  if (!s) return;
  close_model(s);
  if (s->tmp && !s->committed) remove_flat_dir(s->tmp);
  if (s->world) librdf_free_world(s->world);
  for (int i = 0; i < STORE_FILES; i++) free(s->tmp_files[i]);
  free(s->tmp);
  free(s->final);
  free(s);
}

attache_store *store_create(const char *outdir, const char **why) {
  attache_store *s = calloc(1, sizeof *s);
  *why = "out of memory";
  if (!s) return NULL;
  s->final = join(outdir, STORE_DIR_NAME);
  s->tmp = join(outdir, STORE_DIR_NAME ".tmp.XXXXXX");
  if (!s->final || !s->tmp) goto fail;
  for (int i = 0; i < STORE_FILES; i++)
    if (!(s->tmp_files[i] = join(s->tmp, store_files[i]))) goto fail;
  if (!mkdtemp(s->tmp)) {
    *why = strerror(errno);
    free(s->tmp);
    s->tmp = NULL;
    goto fail;
  }
  chmod(s->tmp, 0755);
  /* mkdtemp filled in the X's: the file names follow */
  for (int i = 0; i < STORE_FILES; i++) {
    free(s->tmp_files[i]);
    if (!(s->tmp_files[i] = join(s->tmp, store_files[i]))) goto fail;
  }
  s->world = librdf_new_world();
  if (!s->world) goto fail;
  librdf_world_open(s->world);
  static const char *const names[] = {MERGED, DOCUMENTS};
  store_model *models[] = {&s->merged, &s->documents};
  for (int i = 0; i < 2; i++) {
    models[i]->storage = open_hashes(s->world, s->tmp, names[i], 1);
    if (models[i]->storage)
      models[i]->model = librdf_new_model(s->world, models[i]->storage, NULL);
  }
  if (!s->merged.model || !s->documents.model) {
    *why = "redland cannot create a Berkeley DB hashes store there";
    goto fail;
  }
  return s;
fail:
  store_free(s);
  return NULL;
}

static librdf_node *to_node(librdf_world *w, const attache_term *t) {
  const unsigned char *value = (const unsigned char *)t->value;
  switch (t->kind) {
  case ATTACHE_IRI: return librdf_new_node_from_uri_string(w, value);
  case ATTACHE_BLANK: return librdf_new_node_from_blank_identifier(w, value);
  default: {
    librdf_uri *dt = t->datatype ? librdf_new_uri(w, (const unsigned char *)
                                                         t->datatype)
                                 : NULL;
    librdf_node *n = librdf_new_node_from_typed_literal(w, value, t->lang, dt);
    if (dt) librdf_free_uri(dt);
    return n;
  }
  }
}

attache_status store_sink(void *handle, const attache_term *subject,
                          const attache_term *predicate,
                          const attache_term *object, const char *graph) {
  attache_store *s = handle;
  if (graph && (!s->graph || strcmp(s->graph, graph))) {
    if (s->context) librdf_free_node(s->context);
    free(s->graph);
    s->graph = strdup(graph);
    s->context = librdf_new_node_from_uri_string(s->world,
                                                 (const unsigned char *)graph);
    if (!s->graph || !s->context) return ATTACHE_ERR_NOMEM;
  }
  librdf_node *sn = to_node(s->world, subject);
  librdf_node *pn = to_node(s->world, predicate);
  librdf_node *on = to_node(s->world, object);
  if (!sn || !pn || !on) {
    if (sn) librdf_free_node(sn);
    if (pn) librdf_free_node(pn);
    if (on) librdf_free_node(on);
    return ATTACHE_ERR_BAD_ARG;
  }
  /* the statement owns the three nodes */
  librdf_statement *st = librdf_new_statement_from_nodes(s->world, sn, pn, on);
  if (!st) return ATTACHE_ERR_NOMEM;
  /* the hashes storage adds a triple once, but not a quad: a triple told
   * twice in one document must be looked for in its context first */
  int rc = librdf_model_add_statement(s->merged.model, st);
  if (!rc && graph) {
    librdf_stream *found = librdf_model_find_statements_in_context(
        s->documents.model, st, s->context);
    if (!found) rc = -1;
    else if (librdf_stream_end(found))
      rc = librdf_model_context_add_statement(s->documents.model, s->context, st);
    if (found) librdf_free_stream(found);
  }
  librdf_free_statement(st);
  return rc ? ATTACHE_ERR_WRITE : ATTACHE_SUCCESS;
}

/* ---- N-Quads chunks (build hands over each document's serialised graph) -- */

typedef struct {
  attache_store *store;
  attache_status status;
} quads_reader;

static void term_of(const raptor_term *t, attache_term *out) {
  memset(out, 0, sizeof *out);
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    out->kind = ATTACHE_IRI;
    out->value = (const char *)raptor_uri_as_string(t->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    out->kind = ATTACHE_BLANK;
    out->value = (const char *)t->value.blank.string;
    break;
  default:
    out->kind = ATTACHE_LITERAL;
    out->value = (const char *)t->value.literal.string;
    out->lang = (const char *)t->value.literal.language;
    out->datatype = t->value.literal.datatype
                        ? (const char *)raptor_uri_as_string(t->value.literal.datatype)
                        : NULL;
  }
}

static void on_quad(void *user, raptor_statement *st) {
  quads_reader *r = user;
  if (r->status) return;
  attache_term s, p, o;
  term_of(st->subject, &s);
  term_of(st->predicate, &p);
  term_of(st->object, &o);
  const char *graph = st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI
                          ? (const char *)raptor_uri_as_string(st->graph->value.uri)
                          : NULL;
  r->status = store_sink(r->store, &s, &p, &o, graph);
}

attache_status store_add_nquads(attache_store *s, const char *bytes, size_t len) {
  if (!len) return ATTACHE_SUCCESS;
  raptor_world *rw = librdf_world_get_raptor(s->world);
  raptor_parser *p = raptor_new_parser(rw, "nquads");
  raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)"file:///");
  if (!p || !base) {
    if (p) raptor_free_parser(p);
    if (base) raptor_free_uri(base);
    return ATTACHE_ERR_NOMEM;
  }
  quads_reader r = {s, ATTACHE_SUCCESS};
  raptor_parser_set_statement_handler(p, &r, on_quad);
  if (raptor_parser_parse_start(p, base) ||
      raptor_parser_parse_chunk(p, (const unsigned char *)bytes, len, 1))
    if (!r.status) r.status = ATTACHE_ERR_WRITE;
  raptor_free_parser(p);
  raptor_free_uri(base);
  return r.status;
}

int store_commit(attache_store *s, const char **why) {
  close_model(s); /* flushes and closes the Berkeley DB files */
  struct stat info;
  int rc;
  if (lstat(s->final, &info) == 0) {
    rc = renameat2(AT_FDCWD, s->tmp, AT_FDCWD, s->final, RENAME_EXCHANGE);
    if (rc == 0) {
      s->committed = 1;
      remove_flat_dir(s->tmp); /* now the previous store */
      return 0;
    }
  } else {
    rc = rename(s->tmp, s->final);
    if (rc == 0) {
      s->committed = 1;
      return 0;
    }
  }
  *why = strerror(errno);
  remove_flat_dir(s->tmp);
  s->committed = 1; /* nothing left to remove */
  return -1;
}

void store_abandon_from_signal(const attache_store *s) {
  if (!s || s->committed || !s->tmp) return;
  for (int i = 0; i < STORE_FILES; i++) unlink(s->tmp_files[i]);
  rmdir(s->tmp);
}

int store_open(librdf_world *world, const char *dir, int documents,
               store_model *out, const char **why) {
  memset(out, 0, sizeof *out);
  struct stat info;
  char *probe = join(dir, store_files[documents ? 3 : 0]);
  int found = probe && stat(probe, &info) == 0;
  free(probe);
  if (stat(dir, &info) != 0) {
    *why = errno == ENOENT ? "no such store (attache build writes one in "
                             "OUTDIR/store)"
                           : strerror(errno);
    return -1;
  }
  if (!found) {
    *why = "not an attache store (no " MERGED "-sp2o.db, " DOCUMENTS "-sp2o.db)";
    return -1;
  }
  out->storage = open_hashes(world, dir, documents ? DOCUMENTS : MERGED, 0);
  if (out->storage) out->model = librdf_new_model(world, out->storage, NULL);
  if (!out->model) {
    store_close(out);
    *why = "redland cannot open the store";
    return -1;
  }
  return 0;
}

int store_memory(librdf_world *world, int contexts, store_model *out) {
  memset(out, 0, sizeof *out);
  out->storage = librdf_new_storage(
      world, "hashes", NULL,
      contexts ? "hash-type='memory',contexts='yes'" : "hash-type='memory'");
  if (out->storage) out->model = librdf_new_model(world, out->storage, NULL);
  if (!out->model) {
    store_close(out);
    return -1;
  }
  return 0;
}

void store_close(store_model *m) {
  if (m->model) librdf_free_model(m->model);
  if (m->storage) librdf_free_storage(m->storage);
  m->model = NULL;
  m->storage = NULL;
}
