/*
 * batch — runs many documents through extraction, on the caller's thread or
 * on N worker threads, and hands every document's serialised graph back in
 * input order, so that the output of -j N is byte-identical to -j 1.
 *
 * Each worker owns one attache_writer (and its raptor world) and serialises
 * its document into memory; at most a few documents per worker wait for the
 * caller, so memory stays bounded by the largest documents, not the corpus.
 * The batch owns every result until deliver() has returned.
 * Part of the command line program, not of the library.
 */
#ifndef ATTACHE_BATCH_H
#define ATTACHE_BATCH_H

#include <stdatomic.h>
#include <stddef.h>

#include "attache.h"

typedef struct {
  const char *path;
  size_t index;          /* of path in the batch's list */
  attache_status status; /* ATTACHE_SUCCESS, or why the document failed */
  char *graph;           /* the serialised graph; NULL when it failed */
  size_t graph_len;
  char *quads;           /* with batch_config.nquads_too: as N-Quads */
  size_t quads_len;
  size_t triples;
  attache_stats stats;
  char *messages; /* "attache: PATH: ..." lines for stderr, or NULL */
} batch_result;

typedef struct {
  const attache_knowledge *kb;
  const attache_options *options;
  const char *format; /* as for attache_writer_new() */
  int jobs;           /* worker threads; 1 runs on the caller's thread */
  int quiet;          /* drop warnings */
  /* With a whole-graph writer (RDF/XML cannot be written in chunks), every
   * triple also goes there and the batch runs on one thread. */
  attache_writer *whole;
  /* Also serialise every document as N-Quads (build's graph.nq and its
   * store), unless the format already is N-Quads. */
  int nquads_too;
  /* Called on a worker for each document that succeeded, to write a copy
   * of its graph somewhere (build's per-document file). Returns 0, or
   * non-zero with an "attache: ..." line in `error`; a line left there
   * with 0 is a warning. May be NULL. */
  int (*write_copy)(void *handle, const batch_result *r, char *error,
                    size_t error_size);
  /* Receives each result in input order, on the caller's thread. */
  void (*deliver)(void *handle, size_t index, const batch_result *r);
  void *handle;
  atomic_int *stop; /* set by a signal: start no new document */
} batch_config;

/* Reads a whole file ("-": stdin); NULL with a static reason on failure. */
char *batch_read_file(const char *path, size_t *len, const char **why);

/* Runs every path through extraction. Returns the number of documents
 * delivered (fewer than n only when stopped), or -1 when the workers
 * could not be started. */
long batch_run(const batch_config *config, char *const *paths, size_t n);

#endif
