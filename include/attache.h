/*
 * attache — a knowledge-graph builder for diplomacy.
 *
 * The public API: load the knowledge (ontology, gazetteer, lexicons) once,
 * then extract documents one at a time; every triple goes out through a
 * caller-supplied sink.  A raptor-backed writer is provided as one such sink.
 *
 * Conventions: every `_new`/`_load` has a `_free` that accepts NULL; no
 * function prints; errors and warnings reach the caller as values or through
 * an attache_message_func.  Strings are UTF-8, owned by the caller unless a
 * comment says otherwise.
 */
#ifndef ATTACHE_H
#define ATTACHE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ATTACHE_VERSION "0.1.0"

/** Status codes. ATTACHE_SUCCESS is 0; everything else is a failure. */
typedef enum {
  ATTACHE_SUCCESS = 0,
  ATTACHE_ERR_NOMEM,      /**< out of memory */
  ATTACHE_ERR_IO,         /**< a file could not be read or written */
  ATTACHE_ERR_BAD_INPUT,  /**< a document could not be used (binary, empty) */
  ATTACHE_ERR_BAD_DATA,   /**< a knowledge file is missing or malformed */
  ATTACHE_ERR_BAD_ARG,    /**< an invalid argument (unknown format, bad IRI) */
  ATTACHE_ERR_WRITE       /**< the RDF writer failed */
} attache_status;

/** A static English description of `status`; never NULL. */
const char *attache_strerror(attache_status status);

/** Severity of a message sent to an attache_message_func. */
typedef enum { ATTACHE_WARNING, ATTACHE_ERROR } attache_severity;

/**
 * Receives warnings and errors. `where` is a file name or document name
 * (may be NULL), `message` a sentence without the trailing newline.
 */
typedef void (*attache_message_func)(void *handle, attache_severity severity,
                                     const char *where, const char *message);

/* ---- Knowledge: ontology, gazetteer and lexicons ------------------------ */

typedef struct attache_knowledge attache_knowledge;

/**
 * Loads every `*.ttl` file below `ontology_dir` (recursively, in sorted
 * order) and, when `extra_dir` is non-NULL, below it too (the build writes
 * the iso-codes part of the gazetteer there). On success `*out` owns the
 * result; free it with attache_knowledge_free().
 */
attache_status attache_knowledge_load(const char *ontology_dir,
                                      const char *extra_dir,
                                      attache_message_func on_message,
                                      void *handle, attache_knowledge **out);

/**
 * As attache_knowledge_load(), but through a compiled image kept in
 * `cache_dir` (created by the caller; NULL: no cache): when an image made
 * from the same files (names, sizes, modification times) by the same build
 * of attache is there, it is read instead of parsing Turtle; otherwise the
 * files are parsed and the image written for the next start. A missing,
 * stale or damaged image is never an error.
 */
attache_status attache_knowledge_load_cached(const char *ontology_dir,
                                             const char *extra_dir,
                                             const char *cache_dir,
                                             attache_message_func on_message,
                                             void *handle,
                                             attache_knowledge **out);

/** Frees `knowledge`; NULL is allowed. */
void attache_knowledge_free(attache_knowledge *knowledge);

/* ---- Terms and triples --------------------------------------------------- */

typedef enum {
  ATTACHE_IRI,
  ATTACHE_BLANK,
  ATTACHE_LITERAL
} attache_term_kind;

/** An RDF term. For literals `lang` or `datatype` may be set (not both). */
typedef struct {
  attache_term_kind kind;
  const char *value;
  const char *lang;     /**< language tag or NULL */
  const char *datatype; /**< datatype IRI or NULL */
} attache_term;

/**
 * A triple sink. `graph` is the IRI of the document the triple comes from.
 * Return non-zero to stop the extraction (the status is passed back).
 */
typedef attache_status (*attache_triple_func)(void *handle,
                                              const attache_term *subject,
                                              const attache_term *predicate,
                                              const attache_term *object,
                                              const char *graph);

/* ---- Extraction ---------------------------------------------------------- */

typedef enum { ATTACHE_LANG_AUTO, ATTACHE_LANG_EN, ATTACHE_LANG_DA } attache_lang;

typedef enum {
  ATTACHE_INPUT_AUTO,  /**< HTML when it looks like HTML, else text */
  ATTACHE_INPUT_TEXT,
  ATTACHE_INPUT_HTML
} attache_input_kind;

/** Per-run options. Zero-initialise, then set what you need. */
typedef struct {
  const char *base;        /**< base IRI of minted resources; NULL: default */
  attache_lang lang;       /**< language, or auto-detect per document */
  attache_input_kind input;
  const char *date;        /**< YYYY-MM-DD document date when none is found */
} attache_options;

/** Default base IRI: https://w3id.org/attache/id/ */
extern const char *const ATTACHE_DEFAULT_BASE;

/** What one extraction found, for the summary line. */
typedef struct {
  size_t persons, states, territories, ministries, organizations, events,
      posts, triples;
  const char *lang;        /**< "en" or "da"; static storage */
  size_t replaced_bytes;   /**< invalid UTF-8 bytes replaced by U+FFFD */
} attache_stats;

/**
 * Extracts the graph of one document. `name` is the source file name used
 * for provenance ("-" for stdin); the document IRI is BASE"doc/" + the
 * name's stem + "-" + 16 hex digits of XXH3-64 of `bytes`, so the same bytes
 * under the same name get the same IRI anywhere. `bytes` need not be
 * NUL-terminated. Triples go to `sink` in a deterministic order; `stats`
 * may be NULL. Warnings (replaced bytes) go to `on_message`.
 */
attache_status attache_extract(const attache_knowledge *knowledge,
                               const attache_options *options,
                               const char *name, const char *bytes,
                               size_t length, attache_triple_func sink,
                               void *sink_handle, attache_message_func on_message,
                               void *message_handle, attache_stats *stats);

/**
 * An extractor: attache_extract() that keeps what can be kept between
 * documents (stemmers and the stems of the words seen so far, the
 * document's memory), for programs that read many documents. Output is
 * the same as attache_extract()'s. One thread at a time per extractor;
 * `knowledge` must outlive it.
 */
typedef struct attache_extractor attache_extractor;

attache_status attache_extractor_new(const attache_knowledge *knowledge,
                                     attache_extractor **out);
/** As attache_extract(), with the extractor's knowledge. */
attache_status attache_extractor_run(attache_extractor *extractor,
                                     const attache_options *options,
                                     const char *name, const char *bytes,
                                     size_t length, attache_triple_func sink,
                                     void *sink_handle,
                                     attache_message_func on_message,
                                     void *message_handle, attache_stats *stats);
void attache_extractor_free(attache_extractor *extractor);

/* ---- Writing RDF through raptor ------------------------------------------ */

typedef struct attache_writer attache_writer;

/**
 * A writer serialising triples with raptor in `format` ("turtle",
 * "ntriples", "nquads", "rdfxml") to `stream` (borrowed, not closed; may be
 * NULL when only attache_writer_serialize() is used). Triples are buffered,
 * de-duplicated and sorted, then written by attache_writer_finish() or
 * attache_writer_serialize(), so output is byte-identical for identical
 * input. Calling either after each document keeps memory bounded by the
 * largest document (N-Triples and N-Quads chunks concatenate into one valid
 * file; Turtle chunks too, each with its own prefix lines).
 */
attache_status attache_writer_new(const char *format, const char *base,
                                  FILE *stream, attache_writer **out);

/** The sink to pass to attache_extract() with the writer as handle. */
attache_status attache_writer_sink(void *writer, const attache_term *subject,
                                   const attache_term *predicate,
                                   const attache_term *object,
                                   const char *graph);

/** Serialises everything collected so far to the stream and flushes it;
 * the writer can collect again afterwards. */
attache_status attache_writer_finish(attache_writer *writer);

/** Serialises everything collected so far into `*bytes` (`*len` bytes,
 * NUL-terminated, free() it) instead of the stream; then collects afresh. */
attache_status attache_writer_serialize(attache_writer *writer, char **bytes,
                                        size_t *len);

/** Number of statements serialised so far (each chunk de-duplicated). */
size_t attache_writer_count(const attache_writer *writer);

/** Frees `writer`; NULL is allowed. Does not close the stream. */
void attache_writer_free(attache_writer *writer);

/** 1 when `format` is one attache_writer_new() accepts. */
int attache_format_known(const char *format);

#ifdef __cplusplus
}
#endif

#endif /* ATTACHE_H */
