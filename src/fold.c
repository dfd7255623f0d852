#include "fold.h"

#include <string.h>
#include <utf8proc.h>

size_t utf8_next_multibyte(const char *s, size_t n, int32_t *cp) {
  if (n == 0) return 0;
  utf8proc_int32_t c;
  utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)n, &c);
  if (len <= 0) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = c;
  return (size_t)len;
}

size_t utf8_count(const char *s, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
  return count;
}

/* The ASCII cases are answered inline in fold.h without a table lookup:
 * most of an English or Danish text is ASCII, and utf8proc's property
 * lookup was a tenth of the run. */
int cp_is_letter_nonascii(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int cp_is_upper_nonascii(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int cp_is_digit_nonascii(int32_t cp) {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int cp_is_mark_nonascii(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
}

int text_is_capitalised(const char *s, size_t n) {
  int32_t cp;
  size_t len;
  for (size_t i = 0; (len = utf8_next(s + i, n - i, &cp)) > 0; i += len)
    if (cp_is_letter(cp)) return cp_is_upper(cp);
  return 0;
}

int text_is_all_caps(const char *s, size_t n) {
  int32_t cp;
  size_t len, letters = 0;
  for (size_t i = 0; (len = utf8_next(s + i, n - i, &cp)) > 0; i += len) {
    if (!cp_is_letter(cp)) continue;
    if (!cp_is_upper(cp)) return 0;
    letters++;
  }
  return letters >= 2;
}

/* Letters that Unicode does not decompose but Danish readers equate with
 * ASCII spellings; the rest is utf8proc's case fold and mark stripping. */
static const char *special_fold(int32_t cp) {
  switch (cp) {
  case 0xE6: case 0xC6: return "ae";            /* æ Æ */
  case 0xF8: case 0xD8: return "o";             /* ø Ø */
  case 0xE5: case 0xC5: return "aa";            /* å Å */
  case 0xDF: return "ss";                       /* ß */
  case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x60:
  case 0xB4: return "'";
  case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB: return "\"";
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
  case 0x2212: return "-";
  case 0xA0: case 0x202F: case 0x2009: return " ";
  default: return NULL;
  }
}

void fold_append(strbuf *out, const char *s, size_t n) {
  int32_t cp;
  size_t len;
  for (size_t i = 0; (len = utf8_next(s + i, n - i, &cp)) > 0; i += len) {
    if (cp < 0x80) {
      char c = (char)cp;
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      strbuf_putc(out, c);
      continue;
    }
    const char *special = special_fold(cp);
    if (special) {
      strbuf_puts(out, special);
      continue;
    }
    utf8proc_int32_t buf[8];
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 8, UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK,
        NULL);
    if (m < 0 || m > 8) continue;
    for (utf8proc_ssize_t k = 0; k < m; k++) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t el = utf8proc_encode_char(buf[k], enc);
      strbuf_append(out, (const char *)enc, (size_t)el);
    }
  }
}

char *fold_key(arena *a, const char *s, size_t n) {
  /* ASCII, the common case: lower-cased straight into the arena (the
   * general path below goes through a heap buffer a byte at a time) */
  size_t i = 0;
  while (i < n && (unsigned char)s[i] < 0x80) i++;
  if (i == n) {
    char *r = arena_alloc_bytes(a, n + 1);
    if (!r) return NULL;
    for (i = 0; i < n; i++)
      r[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
    r[n] = '\0';
    return r;
  }
  strbuf b;
  strbuf_init(&b);
  fold_append(&b, s, n);
  char *r = b.failed ? NULL : arena_strndup(a, b.data ? b.data : "", b.len);
  strbuf_free(&b);
  return r;
}

/* RFC 3987 ucschar, less the bidi formatting characters its section 4.1
 * forbids in IRIs. */
static int iri_char(int32_t cp) {
  if (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E))
    return 0;
  if (cp >= 0xA0 && cp <= 0xD7FF) return 1;
  if ((cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF)) return 1;
  return cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD;
}

char *fold_slug(arena *a, const char *s, size_t n) {
  strbuf folded, slug;
  strbuf_init(&folded);
  strbuf_init(&slug);
  fold_append(&folded, s, n);
  int dash = 0;
  for (size_t i = 0; i < folded.len; i++) {
    unsigned char c = (unsigned char)folded.data[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && slug.len) strbuf_putc(&slug, '-');
      dash = 0;
      strbuf_putc(&slug, (char)c);
    } else if (c < 0x80) {
      dash = 1;
    } else {
      /* non-Latin letters survive folding: keep them, IRIs allow UTF-8,
       * but only the code points RFC 3987 allows (not U+FFFD from invalid
       * bytes, private use, non-characters, bidi controls) */
      int32_t cp;
      size_t len = utf8_next(folded.data + i, folded.len - i, &cp);
      if (iri_char(cp)) {
        if (dash && slug.len) strbuf_putc(&slug, '-');
        dash = 0;
        strbuf_append(&slug, folded.data + i, len);
      } else {
        dash = 1;
      }
      i += len - 1;
    }
  }
  char *r = (folded.failed || slug.failed)
                ? NULL
                : arena_strndup(a, slug.data ? slug.data : "", slug.len);
  strbuf_free(&folded);
  strbuf_free(&slug);
  return r;
}
