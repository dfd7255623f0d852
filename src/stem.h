/*
 * stem — Snowball stemming (libstemmer, English and Danish) of single words
 * into folded keys, so "udviser", "udvise" and "expels", "expelled" meet
 * their trigger. A stemmer is not thread-safe: one per document or thread.
 * A stem cache keeps the stems of the words seen so far across documents
 * (one per extractor, so one per thread): news repeats its vocabulary, and
 * Snowball costs twenty times a lookup.
 */
#ifndef ATTACHE_STEM_H
#define ATTACHE_STEM_H

#include <stddef.h>

#include "arena.h"

typedef struct stemmer stemmer;

/* lang: "en" or "da"; NULL when libstemmer lacks it or memory runs out. */
stemmer *stemmer_new(const char *lang);
void stemmer_free(stemmer *s);
/* Folded stem of text[0..n) in the arena, with ø kept apart from o (as
 * "oe"); NULL when out of memory. */
char *stemmer_key(stemmer *s, arena *a, const char *text, size_t n);

typedef struct stem_cache stem_cache;

stem_cache *stem_cache_new(void);
void stem_cache_free(stem_cache *c);
/* Forgets every stem once the cache has grown past its bound. Call it
 * between documents only: stems handed out stay valid until then. */
void stem_cache_trim(stem_cache *c);
/* A word's stem and a note its caller keeps beside it (-1 until set), for
 * an answer that depends on the stem alone: the event stage notes the
 * longest trigger starting with the stem, once per word rather than once
 * per occurrence. One cache serves one knowledge base (one extractor). */
typedef struct {
  const char *stem;
  long note;
} stem_word;

/* The word text[0..n) in lang ("en" or "da"): its folded stem and its
 * note; NULL when out of memory. Valid until the next stem_cache_trim(). */
stem_word *stem_cache_word(stem_cache *c, const char *lang, const char *text,
                           size_t n);

#endif
