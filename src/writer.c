/*
 * writer — the one place raptor serialises RDF: triples from the sink are
 * copied, de-duplicated and sorted (so output is byte-identical for the
 * same input), then written with raptor's serializer for the chosen format.
 */
#include <stdlib.h>
#include <string.h>

#include <raptor2.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "arena.h"
#include "attache.h"
#include "emit.h"
#include "strmap.h"

typedef struct {
  attache_term s, p, o;
  const char *graph;
  /* for a predicate or object IRI of the vocabulary (outside the base):
   * its raptor term, and then the term's value is the vocabulary's key */
  raptor_term *p_term, *o_term;
} quad;

struct attache_writer {
  raptor_world *world;
  char *format;
  char *base;
  FILE *stream;
  arena mem;
  vec quads;
  /* Turtle's duplicate check (drop_duplicates), kept between documents */
  struct seen_quad *seen;
  size_t seen_cap;
  size_t written; /* statements serialised so far */
  int quads_wanted;
  strmap datatypes;  /* IRI -> raptor_uri *, keys in `lasting` */
  /* raptor terms of predicate and object IRIs, made once: those outside
   * the base (properties, classes, Wikidata) for the writer's life, up to
   * a bound; the document's own (under the base) until the end of each
   * serialisation */
  strmap vocabulary; /* IRI -> raptor_term *, keys in `lasting` */
  strmap own;        /* IRI -> raptor_term *, keys in `mem` */
  size_t base_len;
  int streaming;     /* N-Triples or N-Quads: see borrowed_term() */
  arena lasting;
  int raptor_errors; /* raptor reports through us, never on stderr */
  int serializing;
};

/* raptor also installs this handler as libxml2's error handler (for the
 * thread that opened the world), so the HTML reader's parse errors arrive
 * here too: only errors raised while serialising count. */
static void on_raptor_log(void *user, raptor_log_message *m) {
  attache_writer *w = user;
  if (w->serializing && m->level >= RAPTOR_LOG_LEVEL_ERROR) w->raptor_errors++;
}

static const char *const formats[][2] = {
    {"turtle", "turtle"}, {"ntriples", "ntriples"}, {"nquads", "nquads"},
    {"rdfxml", "rdfxml-abbrev"}};

static const char *raptor_name(const char *format) {
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
    if (!strcmp(formats[i][0], format)) return formats[i][1];
  return NULL;
}

int attache_format_known(const char *format) {
  return format && raptor_name(format) != NULL;
}

attache_status attache_writer_new(const char *format, const char *base,
                                  FILE *stream, attache_writer **out) {
  *out = NULL;
  if (!attache_format_known(format)) return ATTACHE_ERR_BAD_ARG;
  attache_writer *w = calloc(1, sizeof *w);
  if (!w) return ATTACHE_ERR_NOMEM;
  w->world = raptor_new_world();
  w->format = strdup(format);
  w->base = strdup(base ? base : ATTACHE_DEFAULT_BASE);
  if (!w->world || !w->format || !w->base) {
    attache_writer_free(w);
    return ATTACHE_ERR_NOMEM;
  }
  /* raptor interns every IRI in a tree by default, and adding and deleting
   * there cost as much as extraction's event stage; nothing here compares
   * IRIs by pointer, so each term keeps its own copy */
  raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  /* the writer fetches nothing: no libcurl global set-up (libssh2's, then
   * OpenSSL's), 40 page faults at every start */
  raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_WWW_SKIP_INIT_FINISH, 1);
  raptor_world_set_log_handler(w->world, w, on_raptor_log);
  w->stream = stream;
  w->quads_wanted = !strcmp(format, "nquads");
  arena_init(&w->mem);
  arena_init(&w->lasting);
  strmap_init(&w->datatypes);
  strmap_init(&w->vocabulary);
  strmap_init(&w->own);
  w->base_len = strlen(w->base);
  w->streaming = !strcmp(format, "ntriples") || !strcmp(format, "nquads");
  vec_init(&w->quads, sizeof(quad));
  *out = w;
  return ATTACHE_SUCCESS;
}

/* Drops the map's raptor terms and empties it. */
static void release_terms(strmap *m) {
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key) raptor_free_term(m->slots[i].value);
  strmap_free(m);
}

void attache_writer_free(attache_writer *w) {
  if (!w) return;
  release_terms(&w->vocabulary);
  release_terms(&w->own);
  for (size_t i = 0; i < w->datatypes.cap; i++)
    if (w->datatypes.slots[i].key) raptor_free_uri(w->datatypes.slots[i].value);
  strmap_free(&w->datatypes);
  arena_release(&w->lasting);
  if (w->world) raptor_free_world(w->world);
  free(w->format);
  free(w->base);
  arena_release(&w->mem);
  vec_free(&w->quads);
  free(w->seen);
  free(w);
}

static int copy_term(arena *a, attache_term *dst, const attache_term *src) {
  dst->kind = src->kind;
  dst->value = arena_strdup(a, src->value);
  dst->lang = src->lang ? arena_strdup(a, src->lang) : NULL;
  dst->datatype = src->datatype ? arena_strdup(a, src->datatype) : NULL;
  return dst->value && (!src->lang || dst->lang) &&
         (!src->datatype || dst->datatype);
}

/* The previous quad's string when it is the same text: a document's quads
 * share a graph and come in runs of one subject, and the sort then compares
 * pointers instead of long IRIs. */
static const char *same_as_before(const char *before, const char *now) {
  return before && now && strcmp(before, now) == 0 ? before : NULL;
}

static raptor_term *vocabulary_term(attache_writer *w, const char *iri,
                                    const char **key);

/* A predicate or object IRI outside the base (a property, a class, a
 * Wikidata item) becomes the vocabulary's own string and raptor term: no
 * copy, one lookup instead of one at serialisation, and the sort compares
 * equal ones by pointer. Returns 0 when the term is not one of those. */
static int take_vocabulary(attache_writer *w, attache_term *dst,
                           raptor_term **term, const attache_term *src) {
  *term = NULL;
  if (src->kind != ATTACHE_IRI || !strncmp(src->value, w->base, w->base_len))
    return 0;
  const char *key = NULL;
  *term = vocabulary_term(w, src->value, &key);
  if (!*term) return 0;
  dst->kind = ATTACHE_IRI;
  dst->value = key;
  dst->lang = dst->datatype = NULL;
  return 1;
}

attache_status attache_writer_sink(void *handle, const attache_term *s,
                                   const attache_term *p,
                                   const attache_term *o, const char *graph) {
  attache_writer *w = handle;
  const quad *last = w->quads.len ? VEC_AT(&w->quads, quad, w->quads.len - 1) : NULL;
  const char *last_s = last && last->s.kind == s->kind ? last->s.value : NULL;
  const char *last_g = last ? last->graph : NULL;
  quad *q = vec_push(&w->quads);
  if (!q) return ATTACHE_ERR_NOMEM;
  /* the subject of a run is copied once */
  const char *shared = same_as_before(last_s, s->value);
  if (shared && !s->lang && !s->datatype) {
    q->s = *s;
    q->s.value = shared;
  } else if (!copy_term(&w->mem, &q->s, s)) {
    return ATTACHE_ERR_NOMEM;
  }
  if ((!take_vocabulary(w, &q->p, &q->p_term, p) && !copy_term(&w->mem, &q->p, p)) ||
      (!take_vocabulary(w, &q->o, &q->o_term, o) && !copy_term(&w->mem, &q->o, o)))
    return ATTACHE_ERR_NOMEM;
  q->graph = NULL;
  if (w->quads_wanted && graph) {
    q->graph = same_as_before(last_g, graph);
    if (!q->graph) q->graph = arena_strdup(&w->mem, graph);
    if (!q->graph) return ATTACHE_ERR_NOMEM;
  }
  return ATTACHE_SUCCESS;
}

static int cmp_opt(const char *a, const char *b) {
  if (a == b) return 0;
  if (!a || !b) return (a != NULL) - (b != NULL);
  return strcmp(a, b);
}

static int cmp_term(const attache_term *a, const attache_term *b) {
  if (a->kind != b->kind) return (int)a->kind - (int)b->kind;
  int c = a->value == b->value ? 0 : strcmp(a->value, b->value);
  if (c) return c;
  c = cmp_opt(a->lang, b->lang);
  return c ? c : cmp_opt(a->datatype, b->datatype);
}

static int cmp_quad(const void *x, const void *y) {
  const quad *a = x, *b = y;
  int c = cmp_opt(a->graph, b->graph);
  if (c) return c;
  if ((c = cmp_term(&a->s, &b->s))) return c;
  if ((c = cmp_term(&a->p, &b->p))) return c;
  return cmp_term(&a->o, &b->o);
}

static void dedupe(attache_writer *w) {
  if (w->quads.len == 0) return; /* data may be NULL: not for qsort */
  qsort(w->quads.data, w->quads.len, sizeof(quad), cmp_quad);
  size_t out = 0;
  quad *q = w->quads.data;
  for (size_t i = 0; i < w->quads.len; i++)
    if (out == 0 || cmp_quad(&q[out - 1], &q[i]) != 0) q[out++] = q[i];
  w->quads.len = out;
}

/* A quad's place in drop_duplicates()'s table: its hash and its index + 1
 * (0: a free place). */
struct seen_quad {
  unsigned long long hash;
  size_t at;
};

static unsigned long long hash_text(const char *s, unsigned long long seed) {
  return s ? XXH3_64bits_withSeed(s, strlen(s), seed) : seed * 0x9E3779B97F4A7C15ULL + 1;
}

static unsigned long long hash_term(const attache_term *t, unsigned long long h) {
  h = hash_text(t->value, h + (unsigned long long)t->kind);
  return t->lang || t->datatype ? hash_text(t->datatype, hash_text(t->lang, h)) : h;
}

/* Drops repeated quads, keeping the first of each in the order they came.
 * For Turtle only: raptor's Turtle serializer files subjects and their
 * properties in its own sorted trees, so what it writes does not depend on
 * the order the statements arrive in, and sorting them first (dedupe()),
 * as the line formats need, was up to 4 % of a Turtle run. */
static int drop_duplicates(attache_writer *w) {
  size_t n = w->quads.len, cap = 16;
  while (cap < 2 * n) cap *= 2;
  if (cap > w->seen_cap) {
    struct seen_quad *bigger = realloc(w->seen, cap * sizeof *bigger);
    if (!bigger) return -1;
    w->seen = bigger;
    w->seen_cap = cap;
  }
  memset(w->seen, 0, cap * sizeof *w->seen);
  quad *q = w->quads.data;
  size_t out = 0;
  const quad *last = NULL;
  unsigned long long last_h = 0;
  for (size_t i = 0; i < n; i++) {
    /* a document's quads come in runs of one subject, one pointer: the
     * hash of the same graph and subject is the last one */
    unsigned long long h = last && cmp_opt(q[i].graph, last->graph) == 0 &&
                                   cmp_term(&q[i].s, &last->s) == 0
                               ? last_h
                               : hash_term(&q[i].s, hash_text(q[i].graph, 0));
    last_h = h;
    h = hash_term(&q[i].o, hash_term(&q[i].p, h));
    size_t slot = (size_t)h & (cap - 1);
    int repeated = 0;
    for (; w->seen[slot].at; slot = (slot + 1) & (cap - 1))
      if (w->seen[slot].hash == h && cmp_quad(&q[w->seen[slot].at - 1], &q[i]) == 0) {
        repeated = 1;
        break;
      }
    if (repeated) {
      last = &q[i];
      continue;
    }
    q[out] = q[i];
    last = &q[out];
    w->seen[slot].hash = h;
    w->seen[slot].at = ++out;
  }
  w->quads.len = out;
  return 0;
}

size_t attache_writer_count(const attache_writer *w) {
  return w ? w->written : 0;
}

static raptor_uri *datatype_uri(attache_writer *w, const char *iri);

static raptor_term *to_raptor(attache_writer *w, const attache_term *t) {
  switch (t->kind) {
  case ATTACHE_IRI:
    return raptor_new_term_from_uri_string(w->world,
                                           (const unsigned char *)t->value);
  case ATTACHE_BLANK:
    return raptor_new_term_from_blank(w->world, (const unsigned char *)t->value);
  default: {
    /* the term takes its own reference to the writer's datatype URI */
    raptor_uri *dt = t->datatype ? datatype_uri(w, t->datatype) : NULL;
    if (t->datatype && !dt) return NULL;
    return raptor_new_term_from_literal(w->world, (const unsigned char *)t->value,
                                        dt, (const unsigned char *)t->lang);
  }
  }
}

enum { VOCABULARY_BOUND = 4096 };

/* The vocabulary's (borrowed) term of an IRI outside the base, with its
 * lasting key; NULL when the vocabulary is full or memory runs out. */
static raptor_term *vocabulary_term(attache_writer *w, const char *iri,
                                    const char **key) {
  const strmap_slot *slot = strmap_find(&w->vocabulary, iri);
  if (slot) {
    *key = slot->key;
    return slot->value;
  }
  if (w->vocabulary.count >= VOCABULARY_BOUND) return NULL;
  char *copy = arena_strdup(&w->lasting, iri);
  raptor_term *t =
      copy ? raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri)
           : NULL;
  if (!t || strmap_put(&w->vocabulary, copy, t) != 0) {
    if (t) raptor_free_term(t);
    return NULL;
  }
  *key = copy;
  return t;
}

/* A new reference to the term of an IRI, made once per writer (outside
 * the base, up to the vocabulary's bound) or per serialisation (under
 * it): every document uses the same properties, and names its classes,
 * its states and itself over and over. */
static raptor_term *iri_term(attache_writer *w, const char *iri) {
  raptor_term *t;
  if (strncmp(iri, w->base, w->base_len) != 0) {
    const char *key;
    t = vocabulary_term(w, iri, &key);
    return t ? raptor_term_copy(t)
             : raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
  }
  if ((t = strmap_get(&w->own, iri))) return raptor_term_copy(t);
  t = raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
  /* the quad's own copy of the IRI lives until the end of serialisation */
  if (!t || strmap_put(&w->own, iri, t) != 0) return t;
  return raptor_term_copy(t);
}

/* The datatype's raptor URI, made once per writer (borrowed). */
static raptor_uri *datatype_uri(attache_writer *w, const char *iri) {
  raptor_uri *u = strmap_get(&w->datatypes, iri);
  if (u) return u;
  char *key = arena_strdup(&w->lasting, iri);
  u = raptor_new_uri(w->world, (const unsigned char *)iri);
  if (!key || !u || strmap_put(&w->datatypes, key, u) != 0) {
    if (u) raptor_free_uri(u);
    return NULL;
  }
  return u;
}

/* For N-Triples and N-Quads, a literal or blank node as a raptor_term on
 * the caller's stack, pointing at our strings: raptor's N-Triples and
 * N-Quads serializers write each statement as it comes and keep no term
 * (raptor_statement_ntriples_write), so nothing is copied or allocated.
 * The Turtle and RDF/XML serializers keep references to the terms until
 * the end, so they get real terms. Returns NULL for IRIs (real terms) and
 * when out of memory. */
static raptor_term *borrowed_term(attache_writer *w, const attache_term *t,
                                  raptor_term *room) {
  if (!w->streaming || t->kind == ATTACHE_IRI) return NULL;
  memset(room, 0, sizeof *room);
  room->world = w->world;
  room->usage = 1;
  size_t n = strlen(t->value);
  if (t->kind == ATTACHE_BLANK) {
    room->type = RAPTOR_TERM_TYPE_BLANK;
    room->value.blank.string = (unsigned char *)t->value;
    room->value.blank.string_len = (unsigned int)n;
    return room;
  }
  room->type = RAPTOR_TERM_TYPE_LITERAL;
  room->value.literal.string = (unsigned char *)t->value;
  room->value.literal.string_len = (unsigned int)n;
  if (t->datatype && !(room->value.literal.datatype = datatype_uri(w, t->datatype)))
    return NULL;
  if (t->lang) {
    room->value.literal.language = (unsigned char *)t->lang;
    room->value.literal.language_len = (unsigned char)strlen(t->lang);
  }
  return room;
}

/* An iostream into a strbuf: raptor's own string iostream allocates a list
 * node for every write, which made serialising to memory twice as slow as
 * the whole extraction. */
/* Out of line, so that the common path below saves no registers. */
__attribute__((noinline)) static int buffer_put_growing(strbuf *b, int byte) {
  strbuf_putc(b, (char)byte);
  return b->failed;
}

static int buffer_write_byte(void *context, const int byte) {
  strbuf *b = context;
  /* raptor escapes literals a byte at a time: keep this path short */
  if (b->len + 1 < b->cap) { /* room for the NUL, written at the end */
    b->data[b->len++] = (char)byte;
    return 0;
  }
  return buffer_put_growing(b, byte);
}

static int buffer_write_bytes(void *context, const void *ptr, size_t size,
                              size_t nmemb) {
  strbuf *b = context;
  strbuf_append(b, ptr, size * nmemb);
  return b->failed ? 0 : (int)nmemb;
}

static const raptor_iostream_handler buffer_handler = {
    .version = 2, /* raptor 2.0.15 only writes to version 2 handlers */
    .write_byte = buffer_write_byte,
    .write_bytes = buffer_write_bytes};

/* Serialises the collected triples with a fresh serializer, either to the
 * writer's stream or, when `buffer` is set, into it. */
static attache_status serialize(attache_writer *w, strbuf *buffer) {
  if (w->quads.failed) return ATTACHE_ERR_NOMEM;
  if (strcmp(w->format, "turtle") != 0) dedupe(w);
  else if (drop_duplicates(w) != 0) return ATTACHE_ERR_NOMEM;
  w->raptor_errors = 0;
  w->serializing = 1;
  raptor_serializer *ser =
      raptor_new_serializer(w->world, raptor_name(w->format));
  if (!ser) {
    w->serializing = 0;
    return ATTACHE_ERR_WRITE;
  }
  attache_status st = ATTACHE_SUCCESS;
  if (strcmp(w->format, "ntriples") && strcmp(w->format, "nquads")) {
    for (size_t i = 0; emit_prefixes[i]; i += 2) {
      raptor_uri *ns = raptor_new_uri(w->world,
                                      (const unsigned char *)emit_prefixes[i + 1]);
      if (ns) {
        raptor_serializer_set_namespace(ser, ns,
                                        (const unsigned char *)emit_prefixes[i]);
        raptor_free_uri(ns);
      }
    }
  }
  raptor_iostream *to_buffer =
      buffer ? raptor_new_iostream_from_handler(w->world, buffer,
                                                &buffer_handler)
             : NULL;
  int started = buffer ? !to_buffer || raptor_serializer_start_to_iostream(
                                           ser, NULL, to_buffer)
                       : raptor_serializer_start_to_file_handle(ser, NULL,
                                                                w->stream);
  if (started) {
    raptor_free_serializer(ser);
    if (to_buffer) raptor_free_iostream(to_buffer);
    w->serializing = 0;
    return ATTACHE_ERR_WRITE;
  }
  quad *q = w->quads.data;
  raptor_statement rs;
  raptor_statement_init(&rs, w->world);
  /* the quads are sorted: subjects repeat, and a document's graph */
  raptor_term *subject = NULL, *graph = NULL;
  for (size_t i = 0; i < w->quads.len && !st; i++) {
    if (!subject || cmp_term(&q[i].s, &q[i - 1].s) != 0) {
      if (subject) raptor_free_term(subject);
      /* through the cache too: a resource that is also an object is then
       * one raptor term, and raptor's Turtle serializer, which looks nodes
       * up in trees, compares it by pointer */
      subject = q[i].s.kind == ATTACHE_IRI ? iri_term(w, q[i].s.value)
                                           : to_raptor(w, &q[i].s);
    }
    if (q[i].graph && (!graph || cmp_opt(q[i].graph, q[i - 1].graph) != 0)) {
      if (graph) raptor_free_term(graph);
      graph = raptor_new_term_from_uri_string(
          w->world, (const unsigned char *)q[i].graph);
    }
    raptor_term room;
    raptor_term *borrowed = borrowed_term(w, &q[i].o, &room);
    rs.subject = subject ? raptor_term_copy(subject) : NULL;
    rs.predicate = q[i].p_term                 ? raptor_term_copy(q[i].p_term)
                   : q[i].p.kind == ATTACHE_IRI ? iri_term(w, q[i].p.value)
                                                : to_raptor(w, &q[i].p);
    rs.object = borrowed                       ? borrowed
                : q[i].o_term                  ? raptor_term_copy(q[i].o_term)
                : q[i].o.kind == ATTACHE_IRI ? iri_term(w, q[i].o.value)
                                             : to_raptor(w, &q[i].o);
    rs.graph = q[i].graph && graph ? raptor_term_copy(graph) : NULL;
    if (!rs.subject || !rs.predicate || !rs.object ||
        (q[i].graph && !rs.graph))
      st = ATTACHE_ERR_BAD_ARG;
    else if (raptor_serializer_serialize_statement(ser, &rs))
      st = ATTACHE_ERR_WRITE;
    if (borrowed) rs.object = NULL; /* not raptor's to free */
    raptor_statement_clear(&rs);
  }
  if (subject) raptor_free_term(subject);
  if (graph) raptor_free_term(graph);
  if (raptor_serializer_serialize_end(ser) && !st) st = ATTACHE_ERR_WRITE;
  w->serializing = 0;
  if (w->raptor_errors && !st) st = ATTACHE_ERR_WRITE;
  raptor_free_serializer(ser);
  if (to_buffer) raptor_free_iostream(to_buffer);
  if (buffer && buffer->failed && !st) st = ATTACHE_ERR_NOMEM;
  if (buffer && buffer->data) buffer->data[buffer->len] = '\0';
  w->written += w->quads.len;
  /* the collected triples are written: start afresh, keeping the memory */
  release_terms(&w->own);
  w->quads.len = 0;
  arena_reset(&w->mem);
  return st;
}

attache_status attache_writer_finish(attache_writer *w) {
  if (!w || !w->stream) return ATTACHE_ERR_BAD_ARG;
  attache_status st = serialize(w, NULL);
  if (fflush(w->stream) || ferror(w->stream)) st = ATTACHE_ERR_WRITE;
  return st;
}

attache_status attache_writer_serialize(attache_writer *w, char **bytes,
                                        size_t *len) {
  *bytes = NULL;
  *len = 0;
  if (!w) return ATTACHE_ERR_BAD_ARG;
  strbuf buffer;
  strbuf_init(&buffer);
  attache_status st = serialize(w, &buffer);
  if (!st && !buffer.data) {
    buffer.data = calloc(1, 1); /* an empty graph is an empty string */
    if (!buffer.data) st = ATTACHE_ERR_NOMEM;
  }
  if (st) {
    strbuf_free(&buffer);
    return st;
  }
  *bytes = buffer.data; /* handed over */
  *len = buffer.len;
  return ATTACHE_SUCCESS;
}
