/*
 * fold — Unicode helpers on top of utf8proc: the folded keys every lexicon
 * lookup uses (case folded, accents stripped, æ→ae, ø→o, å→aa, typographic
 * quotes and dashes made ASCII), IRI slugs, case tests and code-point counts.
 */
#ifndef ATTACHE_FOLD_H
#define ATTACHE_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Folded copy of s[0..n) in the arena; NULL when out of memory. */
char *fold_key(arena *a, const char *s, size_t n);
/* Appends the folded form of s[0..n) to `out`. */
void fold_append(strbuf *out, const char *s, size_t n);
/* ASCII slug: folded, runs of non-alphanumerics become one '-'. */
char *fold_slug(arena *a, const char *s, size_t n);

size_t utf8_next_multibyte(const char *s, size_t n, int32_t *cp);
/* Decodes one code point; returns its byte length (>= 1) or 0 at the end.
 * Invalid bytes decode as U+FFFD of length 1. Inline because every stage
 * walks the text with it and most of it is ASCII. */
static inline size_t utf8_next(const char *s, size_t n, int32_t *cp) {
  if (n && (unsigned char)*s < 0x80) {
    *cp = (unsigned char)*s;
    return 1;
  }
  return utf8_next_multibyte(s, n, cp);
}
/* Number of code points in s[0..n) (NIF offsets count code points). */
size_t utf8_count(const char *s, size_t n);

int cp_is_letter_nonascii(int32_t cp);
int cp_is_upper_nonascii(int32_t cp);
int cp_is_digit_nonascii(int32_t cp);
int cp_is_mark_nonascii(int32_t cp);
static inline int cp_is_letter(int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return cp_is_letter_nonascii(cp);
}
static inline int cp_is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return cp_is_upper_nonascii(cp);
}
static inline int cp_is_digit(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return cp_is_digit_nonascii(cp);
}
static inline int cp_is_mark(int32_t cp) {
  return cp >= 0x80 && cp_is_mark_nonascii(cp);
}
/* First letter of s[0..n) is upper case. */
int text_is_capitalised(const char *s, size_t n);
/* At least two letters and all letters upper case ("EU", "U.S.S.R."). */
int text_is_all_caps(const char *s, size_t n);

#endif
