#include "emit.h"

#include <stdio.h>
#include <string.h>

#include "events.h"
#include "fold.h"
#include "read.h"
#include "strmap.h"

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define ORG "http://www.w3.org/ns/org#"
#define DCT "http://purl.org/dc/terms/"
#define PROV "http://www.w3.org/ns/prov#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

const char *const emit_prefixes[] = {
    "dip", DIP_NS, "rdf", RDF, "rdfs", RDFS, "skos", SKOS, "owl", OWL,
    "org", ORG, "dcterms", DCT, "prov", PROV, "xsd", XSD,
    "wd", "http://www.wikidata.org/entity/", NULL, NULL};

typedef struct {
  document *d;
  attache_triple_func sink;
  void *handle;
  attache_status status;
  size_t count;
} emitter;

static attache_term iri(const char *v) {
  attache_term t = {ATTACHE_IRI, v, NULL, NULL};
  return t;
}

static void put(emitter *e, attache_term s, const char *p, attache_term o) {
  if (e->status || !s.value || !o.value) return;
  attache_term pt = iri(p);
  e->status = e->sink(e->handle, &s, &pt, &o, e->d->iri);
  e->count++;
}

static void put_iri(emitter *e, const char *s, const char *p, const char *o) {
  put(e, iri(s), p, iri(o));
}

static void put_lit(emitter *e, const char *s, const char *p, const char *v,
                    const char *lang) {
  attache_term o = {ATTACHE_LITERAL, v, lang, NULL};
  put(e, iri(s), p, o);
}

static void put_typed(emitter *e, const char *s, const char *p, const char *v,
                      const char *datatype) {
  attache_term o = {ATTACHE_LITERAL, v, NULL, datatype};
  put(e, iri(s), p, o);
}

/* Writes v in decimal ending just before `end`; returns its first digit.
 * Every mention writes three numbers (its IRI's offsets and the two index
 * literals), and formatting them through printf was 3 % of the
 * instructions of a run. */
static char *decimal_before(char *end, size_t v) {
  do {
    *--end = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return end;
}

static void put_int(emitter *e, const char *s, const char *p, size_t v) {
  char buf[24]; /* 20 digits of a 64-bit size_t and the NUL */
  buf[sizeof buf - 1] = '\0';
  put_typed(e, s, p, decimal_before(buf + sizeof buf - 1, v),
            XSD "nonNegativeInteger");
}

static const char *class_of(entity_kind k) {
  switch (k) {
  case ENT_PERSON: return DIP_NS "Person";
  case ENT_STATE: return DIP_NS "State";
  case ENT_TERRITORY: return DIP_NS "Territory";
  case ENT_MINISTRY: return DIP_NS "Ministry";
  case ENT_INTL_ORG: return DIP_NS "InternationalOrganization";
  case ENT_EMBASSY: return DIP_NS "Embassy";
  default: return DIP_NS "Organization";
  }
}

/* Byte offset -> code point offset (NIF counts characters). */
static size_t char_offset(const document *d, size_t byte) {
  return doc_char_offset(d, byte);
}

static const char *mention_node(emitter *e, size_t first, size_t last,
                                size_t *begin, size_t *end) {
  document *d = e->d;
  size_t b = doc_token(d, first)->start, f = doc_token(d, last)->end;
  *begin = char_offset(d, b);
  *end = *begin + utf8_count(d->text + b, f - b);
  /* "<document IRI>#char=<begin>,<end>" (RFC 5147) */
  char digits[48], *tail = digits + sizeof digits;
  tail = decimal_before(tail, *end);
  *--tail = ',';
  tail = decimal_before(tail, *begin);
  static const char fragment[] = "#char=";
  size_t iri_len = strlen(d->iri), digits_len = (size_t)(digits + sizeof digits - tail);
  char *node = arena_alloc_bytes(&d->mem, iri_len + sizeof fragment - 1 + digits_len + 1);
  if (!node) return NULL;
  memcpy(node, d->iri, iri_len);
  memcpy(node + iri_len, fragment, sizeof fragment - 1);
  memcpy(node + iri_len + sizeof fragment - 1, tail, digits_len);
  node[iri_len + sizeof fragment - 1 + digits_len] = '\0';
  return node;
}

static void emit_mention(emitter *e, const char *subject, size_t first,
                         size_t last) {
  document *d = e->d;
  size_t begin, end;
  const char *node = mention_node(e, first, last, &begin, &end);
  const char *text =
      arena_strndup(&d->mem, d->text + doc_token(d, first)->start,
                    doc_token(d, last)->end - doc_token(d, first)->start);
  put_iri(e, subject, DIP_NS "mention", node);
  put_iri(e, node, RDF "type", DIP_NS "Mention");
  put_iri(e, node, DIP_NS "inDocument", d->iri);
  put_int(e, node, DIP_NS "beginIndex", begin);
  put_int(e, node, DIP_NS "endIndex", end);
  put_lit(e, node, DIP_NS "anchorOf", text, NULL);
}

static int same_text(const char *a, const char *b) {
  return a && b && strcmp(a, b) == 0;
}

static void emit_entity(emitter *e, entity *x) {
  document *d = e->d;
  if (!x->mentions.len) {
    /* named only through another entity (the host state of an embassy in
     * its capital): its names, but no claim that the document mentions it */
    put_lit(e, x->iri, RDFS "label", x->label_en ? x->label_en : x->label, "en");
    put_lit(e, x->iri, RDFS "label", x->label_da ? x->label_da : x->label, "da");
    return;
  }
  put_iri(e, x->iri, RDF "type", class_of(x->kind));
  if (x->kind == ENT_INTL_ORG || x->kind == ENT_EMBASSY)
    put_iri(e, x->iri, RDF "type", DIP_NS "Organization");
  const char *en = x->label_en, *da = x->label_da;
  if (!en && !da) {
    /* a name found in the text: it is the same in either language */
    en = da = x->label;
  }
  put_lit(e, x->iri, RDFS "label", en, "en");
  put_lit(e, x->iri, RDFS "label", da, "da");
  for (size_t i = 0; i < x->alt_labels.len; i++) {
    const char *alt = *VEC_AT(&x->alt_labels, const char *, i);
    if (!same_text(alt, en) && !same_text(alt, da))
      put_lit(e, x->iri, SKOS "altLabel", alt, d->lang);
  }
  if (x->generic_en && !same_text(x->generic_en, en))
    put_lit(e, x->iri, SKOS "altLabel", x->generic_en, "en");
  if (x->known) {
    for (size_t i = 0; i < x->known->same_as.len; i++)
      put_iri(e, x->iri, OWL "sameAs",
              *VEC_AT(&x->known->same_as, const char *, i));
    if (x->known->kind == KB_TERRITORY && x->known->part_of &&
        x->known->part_of->local)
      put_iri(e, x->iri, DIP_NS "partOf",
              arena_printf(&d->mem, "%s%s", d->base, x->known->part_of->local));
  }
  if (x->kind == ENT_MINISTRY && x->of)
    put_iri(e, x->iri, DIP_NS "ministryOf", x->of->iri);
  if (x->kind == ENT_EMBASSY) {
    if (x->of) put_iri(e, x->iri, DIP_NS "embassyOf", x->of->iri);
    if (x->host) put_iri(e, x->iri, DIP_NS "locatedIn", x->host->iri);
  }
  put_iri(e, x->iri, DIP_NS "mentionedIn", d->iri);
  if (x->mentions.len) {
    const mention *m = VEC_AT(&x->mentions, mention, 0);
    for (size_t i = 1; i < x->mentions.len; i++)
      if (VEC_AT(&x->mentions, mention, i)->first < m->first)
        m = VEC_AT(&x->mentions, mention, i);
    emit_mention(e, x->iri, m->first, m->last);
  }
}

static const char *role_name(const kb_entity *role) {
  const char *hash = strrchr(role->iri, '#');
  return hash ? hash + 1 : role->iri;
}

static void emit_post(emitter *e, const post *p) {
  document *d = e->d;
  const char *of_local = p->of->iri + (strncmp(p->of->iri, d->base,
                                               strlen(d->base)) == 0
                                           ? strlen(d->base) : 0);
  const char *slug = fold_slug(&d->mem, of_local, strlen(of_local));
  const char *post_iri = arena_printf(&d->mem, "%spost/%s/%s", d->base,
                                      role_name(p->role), slug);
  if (!post_iri) return;
  put_iri(e, post_iri, RDF "type", ORG "Post");
  put_iri(e, post_iri, RDF "type", DIP_NS "Post");
  put_iri(e, post_iri, ORG "role", p->role->iri);
  put_iri(e, post_iri, ORG "postIn", p->of->iri);
  if (p->role->label_en && p->of->label_en)
    put_lit(e, post_iri, RDFS "label",
            arena_printf(&d->mem, "%s of %s", p->role->label_en, p->of->label_en),
            "en");
  if (p->role->label_da && p->of->label_da)
    put_lit(e, post_iri, RDFS "label",
            arena_printf(&d->mem, "%s, %s", p->role->label_da, p->of->label_da),
            "da");
  put_iri(e, p->holder->iri, ORG "holds", post_iri);
  if (p->former) put_iri(e, post_iri, DIP_NS "formerHolder", p->holder->iri);
}

static const char *status_iri(event_status s) {
  switch (s) {
  case STATUS_PLANNED: return DIP_NS "Planned";
  case STATUS_REJECTED: return DIP_NS "Rejected";
  default: return DIP_NS "Happened";
  }
}

static void put_date(emitter *e, const char *s, const char *p,
                     const date_value *v) {
  char buf[32];
  const char *type = date_format(v, buf, sizeof buf);
  if (type) put_typed(e, s, p, buf, arena_printf(&e->d->mem, "%s%s", XSD, type));
}

static void emit_event(emitter *e, const event *ev) {
  document *d = e->d;
  const char *s = ev->iri;
  put_iri(e, s, RDF "type", ev->cls->iri);
  /* the classes it is a kind of, as dip:Event: a query for other events
   * finds the diplomatic relations reduced too */
  int depth = 0; /* a loop in the ontology's subclasses ends here */
  for (const kb_entity *c = ev->cls->broader; c && depth < 8; c = c->broader, depth++)
    put_iri(e, s, RDF "type", c->iri);
  put_iri(e, s, RDF "type", DIP_NS "Event");
  const vec *lists[3] = {&ev->actors, &ev->targets, &ev->participants};
  const char *props[3] = {DIP_NS "actor", DIP_NS "target", DIP_NS "participant"};
  for (int k = 0; k < 3; k++)
    for (size_t i = 0; i < lists[k]->len; i++) {
      entity *x = *VEC_AT(lists[k], entity *, i);
      put_iri(e, s, props[k], x->iri);
      if (k < 2) put_iri(e, s, DIP_NS "participant", x->iri);
    }
  for (size_t i = 0; i < ev->topics.len; i++)
    put_iri(e, s, DIP_NS "topic", (*VEC_AT(&ev->topics, entity *, i))->iri);
  for (size_t i = 0; i < ev->places.len; i++)
    put_iri(e, s, DIP_NS "place", (*VEC_AT(&ev->places, entity *, i))->iri);
  if (ev->when.start.precision != DATE_NONE) {
    if (ev->when.end.precision != DATE_NONE) {
      put_date(e, s, DIP_NS "startDate", &ev->when.start);
      put_date(e, s, DIP_NS "endDate", &ev->when.end);
    }
    put_date(e, s, DIP_NS "date", &ev->when.start);
  }
  put_iri(e, s, DIP_NS "status", status_iri(ev->status));
  const sentence *sen = doc_sentence(d, ev->sentence);
  put_lit(e, s, DIP_NS "evidence",
          arena_strndup(&d->mem, d->text + sen->start, sen->end - sen->start),
          d->lang);
  put_int(e, s, DIP_NS "beginIndex", char_offset(d, sen->start));
  put_int(e, s, DIP_NS "endIndex", char_offset(d, sen->end));
  size_t tb = doc_token(d, ev->trigger_first)->start,
         te = doc_token(d, ev->trigger_last)->end;
  put_lit(e, s, DIP_NS "trigger", arena_strndup(&d->mem, d->text + tb, te - tb),
          d->lang);
  for (size_t i = 0; i < ev->cls->cameo.len; i++)
    put_lit(e, s, DIP_NS "cameoCode", *VEC_AT(&ev->cls->cameo, const char *, i),
            NULL);
  put_iri(e, s, PROV "wasDerivedFrom", d->iri);
}

static void mark(strmap *m, const entity *x) {
  if (x) strmap_put(m, x->iri, (void *)x);
}

static void mark_list(strmap *m, const vec *v) {
  for (size_t i = 0; i < v->len; i++) mark(m, *VEC_AT(v, entity *, i));
}

/* Entities the document mentions are always described; the others only
 * when a triple points at them (a ministry's state, an embassy's host). */
static void mark_references(const document *d, strmap *m) {
  for (size_t i = 0; i < d->entities.len; i++) {
    const entity *x = doc_entity(d, i);
    if (!x->mentions.len) continue;
    if (x->kind == ENT_MINISTRY || x->kind == ENT_EMBASSY) mark(m, x->of);
    if (x->kind == ENT_EMBASSY) mark(m, x->host);
  }
  for (size_t i = 0; i < d->posts.len; i++) {
    const post *p = VEC_AT(&d->posts, post, i);
    mark(m, p->of);
    mark(m, p->holder);
  }
  for (size_t i = 0; i < d->events.len; i++) {
    const event *ev = *VEC_AT(&d->events, event *, i);
    mark_list(m, &ev->actors);
    mark_list(m, &ev->targets);
    mark_list(m, &ev->participants);
    mark_list(m, &ev->topics);
    mark_list(m, &ev->places);
  }
}

attache_status emit_document(document *d, attache_triple_func sink,
                             void *handle, attache_stats *stats) {
  emitter e = {d, sink, handle, ATTACHE_SUCCESS, 0};
  put_iri(&e, d->iri, RDF "type", DIP_NS "Document");
  put_iri(&e, d->iri, RDF "type", PROV "Entity");
  if (d->title) put_lit(&e, d->iri, DCT "title", d->title, d->lang);
  put_typed(&e, d->iri, DCT "language", d->lang, NULL);
  put_lit(&e, d->iri, DIP_NS "language", d->lang, NULL);
  /* the file name without its folder: the same file built from anywhere
   * gives the same graph */
  const char *slash = strrchr(d->name, '/');
  const char *file = slash ? slash + 1 : d->name;
  /* a file name is any bytes: made valid UTF-8 without control characters
   * like the text, or raptor truncates it (N-Triples) or fails (RDF/XML) */
  size_t file_len, replaced;
  file = read_clean_text(&d->mem, file, strlen(file), &file_len, &replaced);
  if (file) put_lit(&e, d->iri, DIP_NS "sourceFile", file, NULL);
  else e.status = ATTACHE_ERR_NOMEM;
  if (d->date) put_typed(&e, d->iri, DCT "date", d->date, XSD "date");
  size_t counts[ENT_KIND_COUNT] = {0};
  strmap referenced; /* entities other triples point to */
  strmap_init(&referenced);
  mark_references(d, &referenced);
  for (size_t i = 0; i < d->entities.len; i++) {
    entity *x = doc_entity(d, i);
    if (!x->mentions.len && !strmap_get(&referenced, x->iri)) continue;
    emit_entity(&e, x);
    if (x->mentions.len) counts[x->kind]++;
  }
  strmap_free(&referenced);
  for (size_t i = 0; i < d->posts.len; i++)
    emit_post(&e, VEC_AT(&d->posts, post, i));
  for (size_t i = 0; i < d->events.len; i++)
    emit_event(&e, *VEC_AT(&d->events, event *, i));
  if (stats) {
    stats->persons = counts[ENT_PERSON];
    stats->states = counts[ENT_STATE];
    stats->territories = counts[ENT_TERRITORY];
    stats->ministries = counts[ENT_MINISTRY];
    stats->organizations = counts[ENT_ORG] + counts[ENT_INTL_ORG] +
                           counts[ENT_EMBASSY];
    stats->posts = d->posts.len;
    stats->events = d->events.len;
    stats->triples = e.count;
  }
  return e.status;
}
