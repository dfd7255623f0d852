#include "stem.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <utf8proc.h>

#include "fold.h"
#include "strmap.h"

struct stemmer {
  struct sb_stemmer *sb;
  strbuf lower;
};

stemmer *stemmer_new(const char *lang) {
  stemmer *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->sb = sb_stemmer_new(strcmp(lang, "da") == 0 ? "danish" : "english",
                         "UTF_8");
  if (!s->sb) {
    free(s);
    return NULL;
  }
  strbuf_init(&s->lower);
  return s;
}

void stemmer_free(stemmer *s) {
  if (!s) return;
  sb_stemmer_delete(s->sb);
  strbuf_free(&s->lower);
  free(s);
}

char *stemmer_key(stemmer *s, arena *a, const char *text, size_t n) {
  /* lower-case with diacritics kept: the Danish stemmer needs æ, ø, å */
  strbuf_clear(&s->lower);
  int32_t cp;
  size_t len;
  for (size_t i = 0; (len = utf8_next(text + i, n - i, &cp)) > 0; i += len) {
    if (cp == 0x2019) cp = '\'';
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
    strbuf_append(&s->lower, (const char *)enc, (size_t)el);
  }
  if (s->lower.failed) return NULL;
  const sb_symbol *st = sb_stemmer_stem(
      s->sb, (const sb_symbol *)(s->lower.data ? s->lower.data : ""),
      (int)s->lower.len);
  if (!st) return NULL;
  /* ø stays apart from o: fold_key() equates them, as readers of names do
   * ("Lokke" for "Løkke"), but in Danish words they differ, and the stem
   * of "møde" (meeting) folded to "mod" would be the preposition "mod"
   * (against). "oe" is ø's ASCII spelling and no Danish stem's. The input
   * in `lower` is used up, so the stem is rewritten there. */
  const char *stem = (const char *)st;
  size_t len_stem = (size_t)sb_stemmer_length(s->sb);
  strbuf_clear(&s->lower);
  for (size_t i = 0; i < len_stem; i++) {
    if (i + 1 < len_stem && (unsigned char)stem[i] == 0xC3 &&
        (unsigned char)stem[i + 1] == 0xB8) {
      strbuf_append(&s->lower, "oe", 2);
      i++;
    } else {
      strbuf_putc(&s->lower, stem[i]);
    }
  }
  if (s->lower.failed) return NULL;
  return fold_key(a, s->lower.data ? s->lower.data : "", s->lower.len);
}

/* Bound on the words remembered: a few MB, far more than a year of news
 * uses often, and a trim merely costs re-stemming. */
enum { STEM_CACHE_WORDS = 1 << 17, STEM_CACHE_KEY = 64 };

typedef struct {
  stemmer *stemmer; /* made on first use */
  strmap stems;     /* word as written -> stem_word, both in `mem` */
} stem_language;

struct stem_cache {
  stem_language en, da;
  size_t long_words; /* stemmed into `mem` without an entry: they count too */
  arena mem;
};

stem_cache *stem_cache_new(void) {
  stem_cache *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  strmap_init(&c->en.stems);
  strmap_init(&c->da.stems);
  arena_init(&c->mem);
  return c;
}

void stem_cache_free(stem_cache *c) {
  if (!c) return;
  stemmer_free(c->en.stemmer);
  stemmer_free(c->da.stemmer);
  strmap_free(&c->en.stems);
  strmap_free(&c->da.stems);
  arena_release(&c->mem);
  free(c);
}

void stem_cache_trim(stem_cache *c) {
  if (c->en.stems.count + c->da.stems.count + c->long_words < STEM_CACHE_WORDS)
    return;
  strmap_free(&c->en.stems);
  strmap_free(&c->da.stems);
  c->long_words = 0;
  arena_reset(&c->mem);
}

/* A new word in the cache's memory, its note unset; NULL when out of
 * memory. */
static stem_word *new_word(stem_cache *c, stemmer *s, const char *text,
                           size_t n) {
  stem_word *w = arena_alloc(&c->mem, sizeof *w);
  if (!w || !(w->stem = stemmer_key(s, &c->mem, text, n))) return NULL;
  w->note = -1;
  return w;
}

stem_word *stem_cache_word(stem_cache *c, const char *lang, const char *text,
                           size_t n) {
  stem_language *l = strcmp(lang, "da") == 0 ? &c->da : &c->en;
  if (!l->stemmer && !(l->stemmer = stemmer_new(lang))) return NULL;
  if (n >= STEM_CACHE_KEY) { /* rare and long: not worth remembering */
    c->long_words++;
    return new_word(c, l->stemmer, text, n);
  }
  char word[STEM_CACHE_KEY];
  memcpy(word, text, n);
  word[n] = '\0';
  stem_word *w = strmap_get(&l->stems, word);
  if (w) return w;
  char *key = arena_strndup(&c->mem, word, n);
  if (!key || !(w = new_word(c, l->stemmer, text, n))) return NULL;
  return strmap_put(&l->stems, key, w) == 0 ? w : NULL;
}
