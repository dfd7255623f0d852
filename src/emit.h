/*
 * emit — turns a resolved document into triples under the attache ontology
 * and hands them to a sink: the document node with its provenance, every
 * entity with its type, labels, links and first mention (offsets in code
 * points, NIF style), the posts people hold, and the events. The only
 * place that knows the output vocabulary.
 */
#ifndef ATTACHE_EMIT_H
#define ATTACHE_EMIT_H

#include "document.h"

attache_status emit_document(document *d, attache_triple_func sink,
                             void *handle, attache_stats *stats);

/* Prefixes the writer declares (NULL-terminated pairs prefix, IRI). */
extern const char *const emit_prefixes[];

#endif
