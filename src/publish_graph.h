/*
 * publish_graph — the graph `attache publish` works on: every statement of a
 * file read with raptor, the IRIs minted by attache moved from the graph's
 * base to the site's base, sorted, and indexed by resource. A resource is an
 * IRI under the site's base without its fragment ("doc/X#char=0,6" belongs
 * to "doc/X"); its outgoing statements are those whose subject is it or one
 * of its fragments, its incoming ones those whose object is. Owns the raptor
 * world, the statements and the resource table.
 */
#ifndef ATTACHE_PUBLISH_GRAPH_H
#define ATTACHE_PUBLISH_GRAPH_H

#include <raptor2.h>
#include <stddef.h>

#define PUB_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define PUB_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define PUB_XSD "http://www.w3.org/2001/XMLSchema#"
#define PUB_OWL "http://www.w3.org/2002/07/owl#"
#define PUB_SKOS "http://www.w3.org/2004/02/skos/core#"
#define PUB_ORG "http://www.w3.org/ns/org#"
#define PUB_PROV "http://www.w3.org/ns/prov#"
#define PUB_DCT "http://purl.org/dc/terms/"
#define PUB_VOID "http://rdfs.org/ns/void#"
#define PUB_FOAF "http://xmlns.com/foaf/0.1/"
#define PUB_DIP "https://w3id.org/attache/ns#"
#define PUB_WD "http://www.wikidata.org/entity/"

/* What a resource is, for the index and the page layout; the first class
 * in this order that it has decides. */
typedef enum {
  PUB_EVENT,
  PUB_DOCUMENT,
  PUB_PERSON,
  PUB_MINISTRY,
  PUB_STATE, /* states and territories */
  PUB_POST,
  PUB_ORGANIZATION, /* organisations, embassies, international ones */
  PUB_OTHER,
  PUB_KINDS
} pub_kind;

typedef struct {
  char *iri;        /* with the site's base, no fragment */
  const char *path; /* iri without the base: the page's path, no extension */
  size_t out, n_out; /* range of pub_graph_triple() */
  size_t in, n_in;   /* range of pub_graph_incoming() */
  pub_kind kind;
  int published; /* 0: its path is unfit for a file name (reported) */
} pub_resource;

typedef struct pub_graph pub_graph;

/* Called for problems with the input: where (file, file:line or IRI), what. */
typedef void (*pub_report)(void *handle, const char *where, const char *what);

/* Reads `file` (format guessed from its name, Turtle by default), moving
 * IRIs that start with `from_base` under `to_base`. Returns NULL when the
 * file cannot be read or parsed (reported). */
pub_graph *pub_graph_load(const char *file, const char *from_base,
                          const char *to_base, pub_report report, void *handle);
void pub_graph_free(pub_graph *g);

raptor_world *pub_graph_world(const pub_graph *g);
const char *pub_graph_base(const pub_graph *g);

/* All statements, sorted by subject resource, subject, predicate, object. */
size_t pub_graph_size(const pub_graph *g);
const raptor_statement *pub_graph_triple(const pub_graph *g, size_t i);
/* Statements whose object is a resource, sorted by that resource. */
const raptor_statement *pub_graph_incoming(const pub_graph *g, size_t i);

/* Resources sorted by IRI. */
size_t pub_graph_resources(const pub_graph *g);
const pub_resource *pub_graph_resource(const pub_graph *g, size_t i);
/* The resource an IRI belongs to (its fragment ignored), or NULL. */
const pub_resource *pub_graph_find(const pub_graph *g, const char *iri);

/* The IRI of a term, or NULL when it is not an IRI. */
const char *pub_iri(const raptor_term *t);
/* The lexical form of a literal, or NULL. */
const char *pub_literal(const raptor_term *t);
/* Whether a statement's predicate is `predicate`. */
int pub_is(const raptor_statement *st, const char *predicate);
/* Total order on terms (IRIs, then literals, then blank nodes). */
int pub_term_cmp(const raptor_term *a, const raptor_term *b);

/* Objects of `subject predicate ?o`, in order; returns how many there are
 * (at most `cap` stored). */
size_t pub_objects(const pub_graph *g, const char *subject,
                   const char *predicate, const raptor_term **out, size_t cap);
/* The first object, or NULL. */
const raptor_term *pub_object(const pub_graph *g, const char *subject,
                              const char *predicate);
/* A literal of `subject predicate` in language `lang` (NULL: any). */
const char *pub_text(const pub_graph *g, const char *subject,
                     const char *predicate, const char *lang);
/* Whether `subject a class`. */
int pub_has_type(const pub_graph *g, const char *subject, const char *cls);
/* The name to show: English label, Danish label, any label, title; NULL. */
const char *pub_label(const pub_graph *g, const char *iri);

#endif
