/* fuzz_dates — the date finder and parser (dates.h) on the tokens of
 * arbitrary text, with and without a document year: every date found lies
 * inside the tokens asked about and formats to a valid xsd:date, gYearMonth
 * or gYear; date arithmetic keeps dates valid. */
#include <string.h>

#include "dates.h"
#include "document.h"
#include "fuzz.h"
#include "read.h"
#include "segment.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fuzz_knowledge();
  return 0;
}

static void check_value(const date_value *v) {
  char buf[32];
  const char *type = date_format(v, buf, sizeof buf);
  FUZZ_CHECK(type != NULL, "a found date has no precision");
  FUZZ_CHECK(fuzz_valid_xsd(type, buf), "date formats to an invalid literal");
}

static void check_arithmetic(date_value v) {
  static const int steps[] = {1, -1, 7, -7, 366, -366};
  for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
    date_value w = v;
    if (date_add_days(&w, steps[i])) check_value(&w);
  }
}

/* Every date in tokens [0, n), left to right, as the pipeline asks. */
static void find_all(const document *d, int year) {
  size_t n = d->tokens.len;
  for (size_t i = 0; i < n;) {
    date_span s;
    if (!dates_find(d, i, n - i, year, &s)) break;
    FUZZ_CHECK(s.first >= i && s.first <= s.last && s.last < n,
               "date span outside the tokens");
    check_value(&s.start);
    if (s.end.precision != DATE_NONE) check_value(&s.end);
    if (s.start.precision == DATE_DAY) check_arithmetic(s.start);
    i = s.last + 1;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  document d;
  memset(&d, 0, sizeof d);
  arena_init(&d.mem);
  vec_init(&d.tokens, sizeof(token));
  d.kb = fuzz_knowledge();
  /* the pipeline tokenises only cleaned text */
  size_t replaced;
  d.text = read_clean_text(&d.mem, (const char *)data, size, &d.len, &replaced);
  FUZZ_CHECK(d.text != NULL, "read_clean_text failed");
  if (tokenize(&d.mem, d.text, 0, d.len, &d.tokens) == 0) {
    find_all(&d, 0);
    find_all(&d, 2025);
  }
  /* the document date from HTML metadata or --date goes through here */
  date_value v;
  if (date_parse_iso(d.text, &v)) {
    check_value(&v);
    check_arithmetic(v);
  }
  vec_free(&d.tokens);
  arena_release(&d.mem);
  return 0;
}
