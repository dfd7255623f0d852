/* dates: finding and parsing English and Danish date expressions in the
 * tokens of a small document, and the date arithmetic and formatting. */
#include "support.h"

#include <string.h>

#include "arena.h"
#include "dates.h"
#include "document.h"
#include "segment.h"

/* A document with just text and tokens: all dates_find needs. */
typedef struct {
  document d;
  char text[512];
} mini_doc;

static void make_doc(mini_doc *m, const char *text) {
  document *d = &m->d;
  memset(d, 0, sizeof *d);
  arena_init(&d->mem);
  vec_init(&d->tokens, sizeof(token));
  d->kb = test_knowledge();
  snprintf(m->text, sizeof m->text, "%s", text);
  d->text = m->text;
  d->len = strlen(m->text);
  assert_int_equal(tokenize(&d->mem, d->text, 0, d->len, &d->tokens), 0);
}

static void free_doc(mini_doc *m) {
  vec_free(&m->d.tokens);
  arena_release(&m->d.mem);
}

/* Finds the first date in `text`; 1 if found. */
static int find(const char *text, int year, date_span *out) {
  mini_doc m;
  make_doc(&m, text);
  int r = dates_find(&m.d, 0, m.d.tokens.len, year, out);
  free_doc(&m);
  return r;
}

static void expect_date(const date_value *v, int y, int mo, int d,
                        date_precision p) {
  assert_int_equal(v->precision, p);
  assert_int_equal(v->year, y);
  if (p >= DATE_MONTH) assert_int_equal(v->month, mo);
  if (p == DATE_DAY) assert_int_equal(v->day, d);
}

/* Finds one date in `text` and checks its start (no range). */
static void finds(const char *text, int year, int y, int mo, int d,
                  date_precision p) {
  date_span s;
  if (!find(text, year, &s)) fail_msg("no date found in \"%s\"", text);
  if (s.start.precision != p || s.start.year != y ||
      (p >= DATE_MONTH && s.start.month != mo) ||
      (p == DATE_DAY && s.start.day != d))
    fail_msg("in \"%s\": found %04d-%02d-%02d precision %d, want "
             "%04d-%02d-%02d precision %d", text, s.start.year, s.start.month,
             s.start.day, (int)s.start.precision, y, mo, d, (int)p);
  assert_int_equal(s.end.precision, DATE_NONE);
}

static void finds_nothing(const char *text, int year) {
  date_span s;
  if (find(text, year, &s)) {
    char buf[16];
    date_format(&s.start, buf, sizeof buf);
    fail_msg("found %s in \"%s\"", buf, text);
  }
}

/* ---- English -------------------------------------------------------------- */

static void day_month_year_en(void **state) {
  (void)state;
  finds("He was born on 18 June 1924 in Oslo.", 0, 1924, 6, 18, DATE_DAY);
  finds("Signed 7 December 1941 at dawn.", 0, 1941, 12, 7, DATE_DAY);
}

static void abbreviated_month_with_dot_en(void **state) {
  (void)state;
  /* dates.ttl lists "Sept" and "Sept." */
  finds("The treaty of 3 Sept 1783 ended it.", 0, 1783, 9, 3, DATE_DAY);
  finds("The treaty of 3 Sept. 1783 ended it.", 0, 1783, 9, 3, DATE_DAY);
  finds("Signed Dec. 7, 1941 at dawn.", 0, 1941, 12, 7, DATE_DAY);
}

static void month_day_year_en(void **state) {
  (void)state;
  finds("On June 18, 1924, he was born.", 0, 1924, 6, 18, DATE_DAY);
  finds("Signed December 7 1941 at dawn.", 0, 1941, 12, 7, DATE_DAY);
}

static void month_year_en(void **state) {
  (void)state;
  finds("The treaty was signed in March 1957 in Rome.", 0, 1957, 3, 0,
        DATE_MONTH);
}

static void year_alone(void **state) {
  (void)state;
  finds("Norway declared independence in 1907.", 0, 1907, 0, 0, DATE_YEAR);
}

static void decade(void **state) {
  (void)state;
  finds("Relations thawed in the 1950s.", 0, 1950, 0, 0, DATE_DECADE);
}

static void decade_da(void **state) {
  (void)state;
  /* ontology/lexicon/dates.ttl: decade forms are parsed by the code */
  finds("Forholdet blev bedre i 1990'erne.", 0, 1990, 0, 0, DATE_DECADE);
}

static void day_range_en(void **state) {
  (void)state;
  date_span s;
  assert_true(find("From 16 June to 21 June 1964 the talks went on.", 0, &s));
  expect_date(&s.start, 1964, 6, 16, DATE_DAY);
  expect_date(&s.end, 1964, 6, 21, DATE_DAY);
  assert_true(s.last > s.first);
}

/* A range word that ends the tokens asked about: the second date is not
 * looked for past them (found by fuzz_dates: read past the token array). */
static void range_word_at_the_end(void **state) {
  (void)state;
  finds("The talks ran from 16 June to", 2025, 2025, 6, 16, DATE_DAY);
  mini_doc m;
  make_doc(&m, "They met from 16 June to 1964.");
  date_span s; /* only "They met from 16 June to": the sentence so far */
  assert_int_equal(dates_find(&m.d, 0, 6, 2025, &s), 1);
  expect_date(&s.start, 2025, 6, 16, DATE_DAY);
  assert_int_equal(s.end.precision, DATE_NONE);
  assert_int_equal(s.last, 4);
  free_doc(&m);
}

static void year_range_with_dash(void **state) {
  (void)state;
  date_span s;
  assert_true(find("He served 1939\xE2\x80\x93" "1952 as envoy.", 0, &s));
  expect_date(&s.start, 1939, 0, 0, DATE_YEAR);
  expect_date(&s.end, 1952, 0, 0, DATE_YEAR);
}

static void year_range_with_ascii_hyphen(void **state) {
  (void)state;
  date_span s;
  assert_true(find("He served 1939-1952 as envoy.", 0, &s));
  expect_date(&s.start, 1939, 0, 0, DATE_YEAR);
  expect_date(&s.end, 1952, 0, 0, DATE_YEAR);
}

static void token_span_of_date(void **state) {
  (void)state;
  mini_doc m;
  make_doc(&m, "Talks began on 18 June 1924 in Oslo.");
  date_span s;
  assert_true(dates_find(&m.d, 0, m.d.tokens.len, 0, &s));
  assert_int_equal(s.first, 3); /* "Talks began on" */
  assert_int_equal(s.last, 5);
  /* a search that starts after the date finds nothing */
  assert_false(dates_find(&m.d, 6, m.d.tokens.len - 6, 0, &s));
  free_doc(&m);
}

/* ---- Danish --------------------------------------------------------------- */

static void day_month_year_da(void **state) {
  (void)state;
  finds("Han blev født 18. juni 1924 i Oslo.", 0, 1924, 6, 18, DATE_DAY);
  finds("Mødet holdes den 12. september 2025 i Bruxelles.", 0, 2025, 9, 12,
        DATE_DAY);
  finds("Aftalen blev indgået 1. okt. 2020.", 0, 2020, 10, 1, DATE_DAY);
}

static void numeric_da(void **state) {
  (void)state;
  finds("Offentliggjort 12.9.2025 kl. 10.", 0, 2025, 9, 12, DATE_DAY);
  finds("Offentliggjort 01.02.2024.", 0, 2024, 2, 1, DATE_DAY);
}

static void month_year_da(void **state) {
  (void)state;
  finds("I august 2025 faldt tallet.", 0, 2025, 8, 0, DATE_MONTH);
}

static void day_without_year_takes_given_year(void **state) {
  (void)state;
  finds("Fredag den 12. september rejste hun til Kyiv.", 2025, 2025, 9, 12,
        DATE_DAY);
  finds("On Friday 12 September she flew to Kyiv.", 2025, 2025, 9, 12,
        DATE_DAY);
  finds("On September 12 she flew to Kyiv.", 2025, 2025, 9, 12, DATE_DAY);
}

static void day_without_year_alone_is_not_a_date(void **state) {
  (void)state;
  finds_nothing("Fredag den 12. september rejste hun til Kyiv.", 0);
  finds_nothing("On September 12 she flew to Kyiv.", 0);
}

/* ---- not dates ------------------------------------------------------------ */

static void invalid_dates_not_found(void **state) {
  (void)state;
  finds_nothing("Ref. 31.13.2025 is not a date.", 0);
  finds_nothing("Ref. 0.5.2025 is not a date.", 0);
  finds_nothing("No date here at all.", 0);
  finds_nothing("", 0);
}

/* The month may still be found ("February 2024"), but not the day. */
static void no_day_found(const char *text) {
  date_span s;
  if (find(text, 0, &s) && s.start.precision == DATE_DAY)
    fail_msg("found %04d-%02d-%02d in \"%s\"", s.start.year, s.start.month,
             s.start.day, text);
}

static void impossible_day_of_month_not_found(void **state) {
  (void)state;
  finds_nothing("Ref. 31.2.2025 is not a date.", 0);
  no_day_found("It was 30 February 2024.");
  no_day_found("It was 29 February 2023.");
  no_day_found("On 31 April 1949 nothing happened.");
  finds("It was 29 February 2024.", 0, 2024, 2, 29, DATE_DAY);
}

static void numbers_that_are_not_years(void **state) {
  (void)state;
  finds_nothing("It cost 1496,3 million kroner and 250 jobs.", 0);
  finds_nothing("Some 12000 troops and 999 tanks.", 0);
}

/* ---- formatting and arithmetic -------------------------------------------- */

static void formats(void **state) {
  (void)state;
  char buf[32];
  date_value day = {1924, 6, 18, DATE_DAY};
  assert_string_equal(date_format(&day, buf, sizeof buf), "date");
  assert_string_equal(buf, "1924-06-18");
  date_value month = {1957, 3, 0, DATE_MONTH};
  assert_string_equal(date_format(&month, buf, sizeof buf), "gYearMonth");
  assert_string_equal(buf, "1957-03");
  date_value year = {1964, 0, 0, DATE_YEAR};
  assert_string_equal(date_format(&year, buf, sizeof buf), "gYear");
  assert_string_equal(buf, "1964");
  date_value dec = {1950, 0, 0, DATE_DECADE};
  assert_string_equal(date_format(&dec, buf, sizeof buf), "gYear");
  assert_string_equal(buf, "1950");
  date_value none = {0, 0, 0, DATE_NONE};
  assert_null(date_format(&none, buf, sizeof buf));
  /* a short buffer is truncated, never overrun */
  char small[5] = "xxxx";
  date_format(&day, small, sizeof small);
  assert_string_equal(small, "1924");
}

static void expect_add(int y, int m, int d, int days, int y2, int m2, int d2) {
  date_value v = {y, m, d, DATE_DAY};
  assert_true(date_add_days(&v, days));
  if (v.year != y2 || v.month != m2 || v.day != d2)
    fail_msg("%04d-%02d-%02d %+d = %04d-%02d-%02d, want %04d-%02d-%02d", y, m,
             d, days, v.year, v.month, v.day, y2, m2, d2);
  assert_int_equal(v.precision, DATE_DAY);
}

static void add_days(void **state) {
  (void)state;
  expect_add(2025, 9, 12, 0, 2025, 9, 12);
  expect_add(2025, 9, 12, 1, 2025, 9, 13);
  expect_add(2025, 9, 30, 1, 2025, 10, 1);   /* month end */
  expect_add(2025, 10, 1, -1, 2025, 9, 30);
  expect_add(2024, 12, 31, 1, 2025, 1, 1);   /* year end */
  expect_add(2025, 1, 1, -1, 2024, 12, 31);
  expect_add(2024, 2, 28, 1, 2024, 2, 29);   /* leap year */
  expect_add(2023, 2, 28, 1, 2023, 3, 1);
  expect_add(2024, 3, 1, -1, 2024, 2, 29);
  expect_add(2000, 2, 28, 1, 2000, 2, 29);   /* divisible by 400 */
  expect_add(1900, 2, 28, 1, 1900, 3, 1);    /* divisible by 100 */
  expect_add(2025, 9, 12, -7, 2025, 9, 5);   /* "last Friday" */
  expect_add(2024, 1, 1, 366, 2025, 1, 1);
  expect_add(2025, 1, 1, -365, 2024, 1, 2);
}

static void weekdays(void **state) {
  (void)state;
  const int cases[][4] = {{2022, 6, 16, 4}, {2022, 6, 19, 7}, {2000, 2, 29, 2},
                          {1900, 3, 1, 4},  {2024, 1, 1, 1},  {1814, 1, 14, 5}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    date_value v = {cases[i][0], cases[i][1], cases[i][2], DATE_DAY};
    assert_int_equal(date_weekday(&v), cases[i][3]);
  }
  date_value month = {2022, 6, 0, DATE_MONTH};
  assert_int_equal(date_weekday(&month), 0);
  date_value bad = {2022, 2, 30, DATE_DAY};
  assert_int_equal(date_weekday(&bad), 0);
}

static void add_days_refuses(void **state) {
  (void)state;
  date_value month = {1957, 3, 0, DATE_MONTH};
  assert_false(date_add_days(&month, 1));
  date_value year = {1957, 0, 0, DATE_YEAR};
  assert_false(date_add_days(&year, 1));
  date_value bad = {2025, 13, 1, DATE_DAY};
  assert_false(date_add_days(&bad, 1));
  date_value far = {2025, 1, 1, DATE_DAY};
  assert_false(date_add_days(&far, 100000));
  assert_int_equal(far.year, 2025); /* left unchanged */
  assert_int_equal(far.month, 1);
  assert_int_equal(far.day, 1);
}

static void parse_iso(void **state) {
  (void)state;
  date_value v;
  assert_true(date_parse_iso("2025-02-01", &v));
  expect_date(&v, 2025, 2, 1, DATE_DAY);
  assert_true(date_parse_iso("1924-06-18", &v));
  expect_date(&v, 1924, 6, 18, DATE_DAY);
  assert_true(date_parse_iso("2024-02-29", &v));
  assert_false(date_parse_iso("2025-13-01", &v));
  assert_false(date_parse_iso("2025-00-10", &v));
  assert_false(date_parse_iso("2025-01-32", &v));
  assert_false(date_parse_iso("2025-01-00", &v));
  assert_false(date_parse_iso("2025-02-01x", &v));
  assert_false(date_parse_iso("2025-02", &v));
  assert_false(date_parse_iso("12.9.2025", &v));
  assert_false(date_parse_iso("yesterday", &v));
  assert_false(date_parse_iso("", &v));
  assert_false(date_parse_iso(NULL, &v));
}

static void parse_iso_rejects_impossible_days(void **state) {
  (void)state;
  date_value v;
  assert_false(date_parse_iso("2025-02-30", &v));
  assert_false(date_parse_iso("2023-02-29", &v));
  assert_false(date_parse_iso("2025-04-31", &v));
}

static void format_parse_round_trip(void **state) {
  (void)state;
  date_value v = {2024, 2, 28, DATE_DAY}, w;
  char buf[16];
  for (int i = 0; i < 400; i++) {
    assert_true(date_add_days(&v, 1));
    date_format(&v, buf, sizeof buf);
    assert_true(date_parse_iso(buf, &w));
    assert_memory_equal(&v, &w, sizeof v);
  }
}

/* A count, a unit and a shift word, in both languages and in digits. */
static void shifts(void **state) {
  (void)state;
  const struct {
    const char *text;
    int count, unit;
  } cases[] = {
      {"Four days later the envoy left.", 4, 1},
      {"Fire dage senere rejste gesandten.", 4, 1},
      {"A week later the talks resumed.", 1, 7},
      {"En uge senere blev forhandlingerne genoptaget.", 1, 7},
      {"Two months earlier the border closed.", -2, 30},
      {"To måneder tidligere lukkede grænsen.", -2, 30},
      {"10 days later the envoy left.", 10, 1},
      {"A few weeks later the envoy left.", 0, 7},
      {"Nogle år senere lukkede ambassaden.", 0, 365},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    mini_doc m;
    make_doc(&m, cases[i].text);
    date_shift sh;
    int found = 0;
    for (size_t t = 0; t < m.d.tokens.len && !found; t++)
      found = dates_shift_at(&m.d, t, m.d.tokens.len, &sh);
    if (!found) fail_msg("no shift in \"%s\"", cases[i].text);
    assert_int_equal(sh.count, cases[i].count);
    assert_int_equal(sh.unit, cases[i].unit);
    assert_int_equal(sh.last - sh.first, 2);
    free_doc(&m);
  }
  /* a count and a unit alone, or a shift word that takes an object */
  const char *none[] = {"The envoy stayed four days.", "Fire dage efter mødet.",
                        "Two days before the summit."};
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    mini_doc m;
    make_doc(&m, none[i]);
    date_shift sh;
    for (size_t t = 0; t < m.d.tokens.len; t++)
      if (dates_shift_at(&m.d, t, m.d.tokens.len, &sh))
        fail_msg("a shift in \"%s\"", none[i]);
    free_doc(&m);
  }
}

static void apply_shifts(void **state) {
  (void)state;
  date_value v = {2023, 6, 6, DATE_DAY};
  date_shift days = {3, 1, 0, 0}, weeks = {-2, 7, 0, 0}, months = {7, 30, 0, 0},
             years = {-3, 365, 0, 0}, unknown = {0, 7, 0, 0};
  date_value x = v;
  assert_true(date_apply_shift(&x, &days));
  expect_date(&x, 2023, 6, 9, DATE_DAY);
  x = v;
  assert_true(date_apply_shift(&x, &weeks));
  expect_date(&x, 2023, 5, 23, DATE_DAY);
  x = v; /* a month counted is a month, across the year's end */
  assert_true(date_apply_shift(&x, &months));
  expect_date(&x, 2024, 1, 0, DATE_MONTH);
  x = v;
  assert_true(date_apply_shift(&x, &years));
  expect_date(&x, 2020, 0, 0, DATE_YEAR);
  x = v;
  assert_false(date_apply_shift(&x, &unknown));
  x = (date_value){2023, 6, 0, DATE_MONTH}; /* only a day moves */
  assert_false(date_apply_shift(&x, &days));
}

/* A year after an article qualifies a noun: no date */
static void year_qualifying_a_noun(void **state) {
  (void)state;
  finds_nothing("Norway expelled two diplomats over the 2014 explosion.", 0);
  finds_nothing("Norge henviste til en 2014-aftale og til den 2019 indgåede pagt.", 0);
  finds("Norway expelled two diplomats in 2014.", 0, 2014, 0, 0, DATE_YEAR);
  finds("Norge udviste to diplomater i 2014.", 0, 2014, 0, 0, DATE_YEAR);
}

/* The caller's year is marked as such: the text's own is not. */
static void supplied_year_is_marked(void **state) {
  (void)state;
  date_span s;
  assert_true(find("on 28 February", 1972, &s));
  assert_true(s.year_supplied);
  assert_true(find("den 28. februar 1972", 1990, &s));
  assert_false(s.year_supplied);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(day_month_year_en),
      cmocka_unit_test(abbreviated_month_with_dot_en),
      cmocka_unit_test(month_day_year_en),
      cmocka_unit_test(month_year_en),
      cmocka_unit_test(year_alone),
      cmocka_unit_test(decade),
      cmocka_unit_test(decade_da),
      cmocka_unit_test(day_range_en),
      cmocka_unit_test(range_word_at_the_end),
      cmocka_unit_test(year_range_with_dash),
      cmocka_unit_test(year_range_with_ascii_hyphen),
      cmocka_unit_test(token_span_of_date),
      cmocka_unit_test(day_month_year_da),
      cmocka_unit_test(numeric_da),
      cmocka_unit_test(month_year_da),
      cmocka_unit_test(day_without_year_takes_given_year),
      cmocka_unit_test(day_without_year_alone_is_not_a_date),
      cmocka_unit_test(invalid_dates_not_found),
      cmocka_unit_test(impossible_day_of_month_not_found),
      cmocka_unit_test(numbers_that_are_not_years),
      cmocka_unit_test(formats),
      cmocka_unit_test(add_days),
      cmocka_unit_test(add_days_refuses),
      cmocka_unit_test(weekdays),
      cmocka_unit_test(parse_iso),
      cmocka_unit_test(parse_iso_rejects_impossible_days),
      cmocka_unit_test(format_parse_round_trip),
      cmocka_unit_test(shifts),
      cmocka_unit_test(apply_shifts),
      cmocka_unit_test(supplied_year_is_marked),
      cmocka_unit_test(year_qualifying_a_noun),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
