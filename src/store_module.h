/*
 * store_module — the triple store (redland) and SPARQL (rasqal) parts of
 * the command line, built as a module (attache-store.so) that `attache
 * build` and `attache query` load when they start. `attache extract` never
 * loads it: redland, rasqal and the four libraries only they need (libdb,
 * ltdl, mhash, uuid) cost a process 52 page faults to map and relocate,
 * about 1.3 ms of extract's start-up here, for nothing it uses.
 *
 * The module exports one table, ATTACHE_STORE_MODULE_SYMBOL; its version
 * must be ATTACHE_STORE_MODULE_VERSION, so that a stale module left by an
 * older build is refused rather than called.
 */
#ifndef ATTACHE_STORE_MODULE_H
#define ATTACHE_STORE_MODULE_H

#include <stddef.h>

#include "attache.h"

typedef struct attache_store attache_store;

#define ATTACHE_STORE_MODULE_SYMBOL "attache_store_module"
#define ATTACHE_STORE_MODULE_FILE "attache-store.so"
/** Folder name of the store inside a build's output folder. */
#define STORE_DIR_NAME "store"
enum { ATTACHE_STORE_MODULE_VERSION = 1 };

typedef struct {
  int version;
  /* store.h: the store `attache build` writes into OUTDIR/store */
  attache_store *(*create)(const char *outdir, const char **why);
  attache_status (*add_nquads)(attache_store *store, const char *bytes,
                               size_t len);
  int (*commit)(attache_store *store, const char **why);
  void (*free)(attache_store *store);
  /* cmd_query.h: `attache query`; argv[0] is "query" */
  int (*cmd_query)(int argc, char **argv);
} store_module;

/* The module's table, loaded on first call (from $ATTACHE_MODULE_DIR when
 * set, else from beside the program, as in the build tree, else from the
 * installed library folder); NULL, with the
 * module's path in `*path` and what is wrong in `*why`, when it cannot be
 * loaded. The module stays loaded until exit. */
const store_module *store_module_load(const char **path, const char **why);

#endif
