/*
 * extract — the pipeline of one document, top to bottom: read → segment →
 * recognise → resolve → events → emit. An extractor owns the document
 * arena (emptied, not freed, after each document) and the stem cache; of a
 * document nothing survives but the triples sent out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* XXH3 (libxxhash-dev, header only): a document's bytes hashed fast and
 * with a value fixed by the format, since it ends up in IRIs */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "attache.h"
#include "emit.h"
#include "dates.h"
#include "events.h"
#include "fold.h"
#include "read.h"
#include "recognise.h"
#include "resolve.h"
#include "segment.h"
#include "stem.h"

struct attache_extractor {
  const attache_knowledge *kb;
  stem_cache *stems;
  arena mem; /* the document arena, its blocks kept between documents */
};

const char *const ATTACHE_DEFAULT_BASE = "https://w3id.org/attache/id/";

const char *attache_strerror(attache_status status) {
  switch (status) {
  case ATTACHE_SUCCESS: return "success";
  case ATTACHE_ERR_NOMEM: return "out of memory";
  case ATTACHE_ERR_IO: return "input/output error";
  case ATTACHE_ERR_BAD_INPUT: return "unusable document";
  case ATTACHE_ERR_BAD_DATA: return "bad knowledge file";
  case ATTACHE_ERR_BAD_ARG: return "invalid argument";
  case ATTACHE_ERR_WRITE: return "cannot write RDF";
  }
  return "unknown error";
}

static void document_init(document *d, attache_extractor *ex) {
  memset(d, 0, sizeof *d);
  d->mem = ex->mem;
  d->kb = ex->kb;
  d->stems = ex->stems;
  vec_init(&d->blocks, sizeof(block));
  vec_init(&d->sentences, sizeof(sentence));
  vec_init(&d->tokens, sizeof(token));
  vec_init(&d->entities, sizeof(entity *));
  vec_init(&d->posts, sizeof(post));
  vec_init(&d->spans, sizeof(span));
  vec_init(&d->events, sizeof(event *));
  strmap_init(&d->by_iri);
  strmap_init(&d->speakers);
}

static void document_release(document *d, attache_extractor *ex) {
  for (size_t i = 0; i < d->entities.len; i++) {
    entity *e = doc_entity(d, i);
    vec_free(&e->alt_labels);
    vec_free(&e->mentions);
  }
  events_free(d);
  vec_free(&d->blocks);
  vec_free(&d->sentences);
  vec_free(&d->tokens);
  vec_free(&d->entities);
  vec_free(&d->posts);
  vec_free(&d->spans);
  vec_free(&d->events);
  strmap_free(&d->by_iri);
  strmap_free(&d->speakers);
  arena_reset(&d->mem);
  ex->mem = d->mem;
  stem_cache_trim(ex->stems);
}

/* The document IRI: the file name's stem and a hash of the file's bytes,
 * "doc/index-3fa9c2d1e4b5a697". The stem keeps it readable; the hash tells
 * apart documents of the same name (every crawled "index.html", or "x.txt"
 * beside "x.html") while the same file still gets the same IRI from any
 * folder, in any run, so separately built graphs merge by union. It hashes
 * the bytes read, not the text analysed, so that better text extraction in
 * a later version does not rename the document. stdin is "stdin-HASH". */
static const char *document_iri(document *d, const char *name,
                                const char *bytes, size_t length) {
  unsigned long long h = XXH3_64bits(bytes, length);
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  if (!strcmp(name, "-") || !*base)
    return arena_printf(&d->mem, "%sdoc/stdin-%016llx", d->base, h);
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
  const char *slug = fold_slug(&d->mem, base, n);
  if (!slug || !*slug) return arena_printf(&d->mem, "%sdoc/%016llx", d->base, h);
  return arena_printf(&d->mem, "%sdoc/%s-%016llx", d->base, slug, h);
}

/* A line of its own that is no sentence of prose: one sentence fills its
 * block and ends in no full stop ("OTTAWA (Reuters) - August 6, 2018",
 * "4 August 2023", "28.5.2008 | Pressemeddelelse"). */
enum { HEADER_LINE_WORDS = 16 };

static int header_line(const document *d, size_t s) {
  const sentence *sen = doc_sentence(d, s);
  /* not the title: "What we know about the talks that began on 24
   * February 2022" */
  if (sen->count == 0 || sen->count > HEADER_LINE_WORDS ||
      doc_block(d, sen->block)->kind == BLOCK_TITLE)
    return 0;
  if (s > 0 && doc_sentence(d, s - 1)->block == sen->block) return 0;
  if (s + 1 < d->sentences.len && doc_sentence(d, s + 1)->block == sen->block)
    return 0;
  const token *last = doc_token(d, sen->first + sen->count - 1);
  return !(last->kind == TOK_PUNCT &&
           (!strcmp(last->key, ".") || !strcmp(last->key, "!") ||
            !strcmp(last->key, "?")));
}

/* Does a header line hold little prose beside its date: at most two
 * words in lower case outside it ("Press release, March 16, 2023",
 * "OTTAWA (Reuters) - August 6, 2018"), not "Background: the crisis of 14
 * March 2014"? */
enum { HEADER_LINE_PROSE = 2 };

static int little_prose(const document *d, const sentence *sen, const date_span *when) {
  size_t prose = 0;
  for (size_t k = sen->first; k < sen->first + sen->count; k++) {
    if (k >= when->first && k <= when->last) continue;
    const token *t = doc_token(d, k);
    if (t->kind == TOK_WORD && !(t->flags & TF_CAP)) prose++;
  }
  return prose <= HEADER_LINE_PROSE;
}

/* A date line near the top ("12. september 2025", "Friday 12 September
 * 2025 09:00", "OSLO, 16 June 2022 — ...") dates the document when nothing
 * else does; a dateline opening a sentence is marked either way, so that
 * the sentence's events do not take it. A line of its own may stand
 * lower, after a press release's names and titles. */
static void header_date(document *d) {
  for (size_t s = 0; s < d->sentences.len; s++) {
    const sentence *sen = doc_sentence(d, s);
    if (sen->block > 5) break;
    if (doc_block(d, sen->block)->kind == BLOCK_BOILERPLATE) continue;
    int line = header_line(d, s);
    if (sen->block > 3 && !line) continue;
    /* a dateline opening the first paragraph: "WASHINGTON, 23 February
     * 2024 — The United States ...", "TOKYO, 16 March 2023 (Reuters) -" */
    int dateline = 0;
    date_span when;
    if (sen->count > 8 && !line) {
      if (!dates_find(d, sen->first, 8, 0, &when)) continue;
      size_t next = when.last + 1;
      const token *t = next < sen->first + sen->count ? doc_token(d, next) : NULL;
      dateline = t && t->kind == TOK_PUNCT &&
                 (!strcmp(t->key, "-") || !strcmp(t->key, "("));
      if (!dateline) continue;
      d->after_dateline = next; /* the sentence's events are not its date */
    }
    if ((dateline || dates_find(d, sen->first, sen->count, 0, &when)) &&
        when.start.precision == DATE_DAY &&
        (dateline || !line || little_prose(d, sen, &when))) {
      if (d->date) return; /* given: a dateline is only marked */
      char buf[16];
      date_format(&when.start, buf, sizeof buf);
      d->date = arena_strdup(&d->mem, buf);
      d->year = when.start.year;
      return;
    }
  }
}

static const char *language_of(const char *tag) {
  if (!tag) return NULL;
  if (!strncasecmp(tag, "da", 2)) return "da";
  if (!strncasecmp(tag, "en", 2)) return "en";
  return NULL;
}

attache_status attache_extractor_new(const attache_knowledge *kb,
                                     attache_extractor **out) {
  *out = NULL;
  if (!kb) return ATTACHE_ERR_BAD_ARG;
  attache_extractor *ex = calloc(1, sizeof *ex);
  if (!ex) return ATTACHE_ERR_NOMEM;
  ex->kb = kb;
  arena_init(&ex->mem);
  if (!(ex->stems = stem_cache_new())) {
    free(ex);
    return ATTACHE_ERR_NOMEM;
  }
  *out = ex;
  return ATTACHE_SUCCESS;
}

void attache_extractor_free(attache_extractor *ex) {
  if (!ex) return;
  stem_cache_free(ex->stems);
  arena_release(&ex->mem);
  free(ex);
}

attache_status attache_extract(const attache_knowledge *kb,
                               const attache_options *options,
                               const char *name, const char *bytes,
                               size_t length, attache_triple_func sink,
                               void *sink_handle,
                               attache_message_func on_message,
                               void *message_handle, attache_stats *stats) {
  attache_extractor *ex;
  attache_status st = attache_extractor_new(kb, &ex);
  if (st) return st;
  st = attache_extractor_run(ex, options, name, bytes, length, sink,
                             sink_handle, on_message, message_handle, stats);
  attache_extractor_free(ex);
  return st;
}

attache_status attache_extractor_run(attache_extractor *ex,
                                     const attache_options *options,
                                     const char *name, const char *bytes,
                                     size_t length, attache_triple_func sink,
                                     void *sink_handle,
                                     attache_message_func on_message,
                                     void *message_handle,
                                     attache_stats *stats) {
  static const attache_options defaults = {0};
  if (!ex || !sink || (!bytes && length)) return ATTACHE_ERR_BAD_ARG;
  if (!options) options = &defaults;
  if (!name) name = "-";
  document d;
  document_init(&d, ex);
  d.options = options;
  d.name = name;
  d.base = options->base ? options->base : ATTACHE_DEFAULT_BASE;
  doc_source src;
  const char *why = NULL;
  attache_status st =
      read_document(&d.mem, bytes ? bytes : "", length, options->input, &src, &why);
  if (st) {
    if (on_message)
      on_message(message_handle, ATTACHE_ERROR, name,
                 why ? why : attache_strerror(st));
    document_release(&d, ex);
    return st;
  }
  if (src.replaced && on_message) {
    char msg[128];
    snprintf(msg, sizeof msg, "%zu invalid UTF-8 byte%s replaced by U+FFFD",
             src.replaced, src.replaced == 1 ? "" : "s");
    on_message(message_handle, ATTACHE_WARNING, name, msg);
  }
  d.text = src.text;
  d.len = src.len;
  d.title = src.title;
  d.lang = options->lang == ATTACHE_LANG_EN   ? "en"
           : options->lang == ATTACHE_LANG_DA ? "da"
                                              : language_of(src.lang);
  d.date = src.date ? src.date : options->date;
  date_value dv;
  if (d.date && date_parse_iso(d.date, &dv)) d.year = dv.year;
  else d.date = NULL;
  d.iri = document_iri(&d, name, bytes ? bytes : "", length);
  if (!d.iri) st = ATTACHE_ERR_NOMEM;
  if (!st) st = segment_document(&d);
  if (!st && d.skipped_lines && on_message) {
    char msg[128];
    snprintf(msg, sizeof msg, "%zu line%s longer than 1 MB not analysed",
             d.skipped_lines, d.skipped_lines == 1 ? "" : "s");
    on_message(message_handle, ATTACHE_WARNING, name, msg);
  }
  if (!st) header_date(&d);
  if (!st) st = recognise_document(&d);
  if (!st) st = resolve_document(&d);
  if (!st) st = events_document(&d);
  if (!st) {
    attache_stats local = {0};
    st = emit_document(&d, sink, sink_handle, &local);
    local.lang = !strcmp(d.lang, "da") ? "da" : "en";
    local.replaced_bytes = src.replaced;
    if (stats) *stats = local;
  }
  document_release(&d, ex);
  return st;
}
