/* fuzz_read_text — the plain-text reader (read.h) on arbitrary bytes: it
 * must accept or refuse them, and what it accepts is valid UTF-8 without
 * control characters, NUL-terminated at its stated length. */
#include <string.h>

#include "fuzz.h"
#include "read.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  return 0;
}

static void check_text(const char *text, size_t len) {
  FUZZ_CHECK(text[len] == '\0', "text not NUL-terminated at its length");
  FUZZ_CHECK(strlen(text) == len, "NUL inside the text");
  FUZZ_CHECK(fuzz_valid_utf8(text, len), "text is not valid UTF-8");
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    FUZZ_CHECK(c >= 0x20 || c == '\n' || c == '\t', "control character left");
    FUZZ_CHECK(c != '\r' && c != 0x7F, "CR or DEL left");
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *bytes = (const char *)data;
  arena a;
  arena_init(&a);
  size_t len = 0, replaced = 0;
  char *clean = read_clean_text(&a, bytes, size, &len, &replaced);
  FUZZ_CHECK(clean != NULL, "read_clean_text failed");
  check_text(clean, len);
  FUZZ_CHECK(replaced <= size, "more bytes replaced than read");

  doc_source src;
  const char *why = NULL;
  attache_status st = read_document(&a, bytes, size, ATTACHE_INPUT_TEXT, &src, &why);
  if (st == ATTACHE_SUCCESS) {
    FUZZ_CHECK(!src.is_html, "text read as HTML");
    check_text(src.text, src.len);
  } else {
    FUZZ_CHECK(st == ATTACHE_ERR_BAD_INPUT && why && *why,
               "refusal without a reason");
  }
  arena_release(&a);
  return 0;
}
