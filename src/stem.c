#include "stem.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <utf8proc.h>

#include "fold.h"

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
  return fold_key(a, (const char *)st, (size_t)sb_stemmer_length(s->sb));
}
