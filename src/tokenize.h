/*
 * tokenize — splits a stretch of text into tokens: words (with their
 * joining hyphens and apostrophes, initials, dotted abbreviations),
 * numbers, punctuation, citation markers and the possessive "'s"; each
 * token a span of byte offsets with its folded key. Then splits the
 * compounds whose first part names an organisation or a state
 * ("NATO-topmødet", "India-Maldives") into name, hyphen and rest.
 * Owns nothing: keys live in the caller's arena, tokens in its vector.
 */
#ifndef ATTACHE_TOKENIZE_H
#define ATTACHE_TOKENIZE_H

#include "document.h"

/* Tokenises text[start..end) into `out` (token), with folded keys in `a`.
 * Sentence indices are left 0. Returns 0 or -1 when out of memory. */
int tokenize(arena *a, const char *text, size_t start, size_t end, vec *out);

/* Splits the compounds among d's tokens from `first` on (see above),
 * marking their names TF_COMPOUND. Returns 0 or -1 when out of memory. */
int tokens_split_compounds(document *d, size_t first);

/* "Joseph R. Biden, Jr., President of ...": drops the comma between a
 * name and its generational suffix (lex:nameSuffix), and joins the
 * suffix's full stop to it when a comma follows, so that the name runs on
 * into the suffix and the apposition after it is the name's. */
void tokens_join_name_suffixes(document *d, size_t first);

#endif
