/*
 * stem — Snowball stemming (libstemmer, English and Danish) of single words
 * into folded keys, so "udviser", "udvise" and "expels", "expelled" meet
 * their trigger. A stemmer is not thread-safe: one per document or thread.
 */
#ifndef ATTACHE_STEM_H
#define ATTACHE_STEM_H

#include <stddef.h>

#include "arena.h"

typedef struct stemmer stemmer;

/* lang: "en" or "da"; NULL when libstemmer lacks it or memory runs out. */
stemmer *stemmer_new(const char *lang);
void stemmer_free(stemmer *s);
/* Folded stem of text[0..n) in the arena; NULL when out of memory. */
char *stemmer_key(stemmer *s, arena *a, const char *text, size_t n);

#endif
