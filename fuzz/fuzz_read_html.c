/* fuzz_read_html — the HTML reader (read.h, libxml2 underneath) on
 * arbitrary bytes, forced and guessed: no crash, no unbounded recursion,
 * and the text, title, lang and date it returns are clean and valid. */
#include <ctype.h>
#include <string.h>

#include "fuzz.h"
#include "read.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  return 0;
}

static void check_string(const char *s, const char *what) {
  if (s) FUZZ_CHECK(fuzz_valid_utf8(s, strlen(s)), what);
}

static void check(const doc_source *src) {
  FUZZ_CHECK(src->text && src->text[src->len] == '\0' &&
                 strlen(src->text) == src->len,
             "text not NUL-terminated at its length");
  FUZZ_CHECK(fuzz_valid_utf8(src->text, src->len), "text is not valid UTF-8");
  check_string(src->title, "title is not valid UTF-8");
  check_string(src->lang, "lang is not valid UTF-8");
  if (src->date) {
    FUZZ_CHECK(strlen(src->date) == 10, "date is not YYYY-MM-DD");
    for (int i = 0; i < 10; i++)
      FUZZ_CHECK(i == 4 || i == 7 ? src->date[i] == '-'
                                  : isdigit((unsigned char)src->date[i]),
                 "date is not YYYY-MM-DD");
  }
}

static void run(const uint8_t *data, size_t size, attache_input_kind kind) {
  arena a;
  arena_init(&a);
  doc_source src;
  const char *why = NULL;
  attache_status st = read_document(&a, (const char *)data, size, kind, &src, &why);
  if (st == ATTACHE_SUCCESS) check(&src);
  else FUZZ_CHECK(st == ATTACHE_ERR_BAD_INPUT && why, "refusal without a reason");
  arena_release(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  run(data, size, ATTACHE_INPUT_HTML);
  run(data, size, ATTACHE_INPUT_AUTO);
  return 0;
}
