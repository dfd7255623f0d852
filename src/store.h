/*
 * store — the embedded redland triple store. `attache build` fills one
 * beside the graph files (OUTDIR/store), one context (named graph) per
 * document, so `attache query` answers without re-reading Turtle and can
 * say which document says what. Owns the librdf world, storage and model
 * of the store it writes; opening a store for reading is a separate call.
 *
 * Storage: redland's "hashes" storage on Berkeley DB (hash-type 'bdb'),
 * see store.c for why.
 */
#ifndef ATTACHE_STORE_H
#define ATTACHE_STORE_H

#include <librdf.h>

#include "attache.h"
#include "store_module.h" /* STORE_DIR_NAME */

typedef struct attache_store attache_store;

/** A store or in-memory graph: a redland model and its storage. */
typedef struct {
  librdf_storage *storage;
  librdf_model *model;
} store_model;


/**
 * Starts a new store for OUTDIR/store, written in a temporary folder
 * OUTDIR/store.tmp.XXXXXX until store_commit(). NULL on failure, with a
 * static reason in *why.
 */
attache_store *store_create(const char *outdir, const char **why);

/** An attache_triple_func adding the triple to the document's context. */
attache_status store_sink(void *store, const attache_term *subject,
                          const attache_term *predicate,
                          const attache_term *object, const char *graph);

/** Adds a document's graph serialised as N-Quads (its context from the
 * quads' graph names). */
attache_status store_add_nquads(attache_store *store, const char *bytes,
                                size_t len);

/**
 * Closes the store and puts it in place of OUTDIR/store in one atomic
 * exchange (the previous store, if any, is then removed). 0 on success;
 * otherwise -1 with a static reason in *why and the temporary folder gone.
 */
int store_commit(attache_store *store, const char **why);

/** Frees `store`, removing its temporary folder unless committed. NULL ok. */
void store_free(attache_store *store);

/**
 * Removes the temporary folder of `store` with async-signal-safe calls only
 * (unlink, rmdir on names computed beforehand): for a signal handler.
 */
void store_abandon_from_signal(const attache_store *store);


/**
 * Opens the store in `dir` read-only in `world`: the merged graph (every
 * distinct triple once, no contexts), or with `documents` set the
 * documents' graphs (one context each; the default graph is then their
 * union, a triple once per document stating it). -1 with a static reason
 * in *why when `dir` holds no store.
 */
int store_open(librdf_world *world, const char *dir, int documents,
               store_model *out, const char **why);

/** An empty in-memory model, with contexts or without, for graph files. */
int store_memory(librdf_world *world, int contexts, store_model *out);

/** Frees the model and its storage. */
void store_close(store_model *m);

#endif
