/*
 * read — turns the bytes of one input into clean document text: UTF-8 with
 * invalid bytes replaced by U+FFFD (counted, not fatal), BOM dropped, CRLF
 * made LF, control characters made spaces; HTML through libxml2's HTML
 * parser (title, lang, publication date, text of the main content).
 * Owns nothing: all results live in the caller's arena.
 */
#ifndef ATTACHE_READ_H
#define ATTACHE_READ_H

#include <stddef.h>

#include "arena.h"
#include "attache.h"

typedef struct {
  char *text;       /* NUL-terminated, valid UTF-8 */
  size_t len;
  char *title;      /* HTML <title> or NULL (text: segment finds it) */
  char *lang;       /* HTML lang attribute or NULL */
  char *date;       /* YYYY-MM-DD from HTML metadata or NULL */
  size_t replaced;  /* invalid bytes replaced */
  int is_html;
} doc_source;

/* Reads `bytes`. Fails with ATTACHE_ERR_BAD_INPUT for binary data and for
 * documents without any text; `*why` then says what is wrong. */
attache_status read_document(arena *a, const char *bytes, size_t len,
                             attache_input_kind kind, doc_source *out,
                             const char **why);

/* Cleans `len` bytes into valid UTF-8 text as described above. */
char *read_clean_text(arena *a, const char *bytes, size_t len,
                      size_t *out_len, size_t *replaced);

#endif
