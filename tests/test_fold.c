/* fold: the folded keys every lexicon lookup uses, IRI slugs, case tests
 * and code-point helpers. */
#include "support.h"

#include <string.h>

#include "arena.h"
#include "fold.h"

/* Folds a NUL-terminated string and compares it with `want`. */
#define FOLDS_TO(in, want)                                    \
  do {                                                        \
    arena a_;                                                 \
    arena_init(&a_);                                          \
    const char *in_ = (in);                                   \
    char *got_ = fold_key(&a_, in_, strlen(in_));             \
    assert_non_null(got_);                                    \
    assert_string_equal(got_, (want));                        \
    arena_release(&a_);                                       \
  } while (0)

#define SLUGS_TO(in, want)                                    \
  do {                                                        \
    arena a_;                                                 \
    arena_init(&a_);                                          \
    const char *in_ = (in);                                   \
    char *got_ = fold_slug(&a_, in_, strlen(in_));            \
    assert_non_null(got_);                                    \
    assert_string_equal(got_, (want));                        \
    arena_release(&a_);                                       \
  } while (0)

#define CAPITALISED(s) text_is_capitalised((s), strlen(s))
#define ALL_CAPS(s) text_is_all_caps((s), strlen(s))
#define COUNT(s) utf8_count((s), strlen(s))

/* ---- fold_key ------------------------------------------------------------ */

static void fold_key_lowercases_ascii(void **state) {
  (void)state;
  FOLDS_TO("Zelenskyj", "zelenskyj");
  FOLDS_TO("NATO", "nato");
  FOLDS_TO("already lower 123", "already lower 123");
  FOLDS_TO("", "");
}

static void fold_key_danish_letters(void **state) {
  (void)state;
  FOLDS_TO("Løkke", "lokke");
  FOLDS_TO("ÆRØ", "aero");
  FOLDS_TO("Ærø", "aero");
  FOLDS_TO("Ålborg", "aalborg");
  FOLDS_TO("Århus", "aarhus");
  FOLDS_TO("udenrigsministeriet på Asiatisk Plads",
           "udenrigsministeriet paa asiatisk plads");
  FOLDS_TO("Færøerne", "faeroerne");
  FOLDS_TO("Grønland", "gronland");
}

static void fold_key_strips_accents(void **state) {
  (void)state;
  FOLDS_TO("Osmańczyk", "osmanczyk");
  FOLDS_TO("Erdoğan", "erdogan");
  FOLDS_TO("Macron à l'Élysée", "macron a l'elysee");
  FOLDS_TO("Müller", "muller");
  FOLDS_TO("Šefčovič", "sefcovic");
  FOLDS_TO("São Tomé", "sao tome");
  FOLDS_TO("Straße", "strasse");
  /* already decomposed: e + combining acute */
  FOLDS_TO("Ele\xCC\x81onore", "eleonore");
}

static void fold_key_typographic_punctuation(void **state) {
  (void)state;
  FOLDS_TO("Russia\xE2\x80\x99s", "russia's");              /* ’ */
  FOLDS_TO("\xE2\x80\x98quoted\xE2\x80\x99", "'quoted'");   /* ‘ ’ */
  FOLDS_TO("\xE2\x80\x9CQuote\xE2\x80\x9D", "\"quote\"");   /* “ ” */
  FOLDS_TO("\xE2\x80\x9E" "bund\xE2\x80\x9C", "\"bund\"");  /* „ “ */
  FOLDS_TO("\xC2\xABguillemets\xC2\xBB", "\"guillemets\""); /* « » */
  FOLDS_TO("1939\xE2\x80\x93" "1952", "1939-1952");         /* – */
  FOLDS_TO("war\xE2\x80\x94peace", "war-peace");            /* — */
  FOLDS_TO("Jyllands\xE2\x80\x90Posten", "jyllands-posten"); /* ‐ */
  FOLDS_TO("a\xC2\xA0" "b", "a b");                          /* NBSP */
}

static void fold_key_keeps_non_latin_letters(void **state) {
  (void)state;
  /* Cyrillic is case folded but not transliterated */
  FOLDS_TO("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",  /* Москва */
           "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"); /* москва */
}

static void fold_key_of_prefix_only(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  const char *s = "Løkke Rasmussen";
  char *k = fold_key(&a, s, strlen("Løkke"));
  assert_string_equal(k, "lokke");
  arena_release(&a);
}

static void fold_key_is_idempotent(void **state) {
  (void)state;
  static const char *const inputs[] = {
      "Lars Løkke Rasmussen", "ÆRØ", "Osmańczyk", "Russia\xE2\x80\x99s",
      "Zelenskyj", "Straße"};
  arena a;
  arena_init(&a);
  for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
    char *once = fold_key(&a, inputs[i], strlen(inputs[i]));
    char *twice = fold_key(&a, once, strlen(once));
    assert_string_equal(once, twice);
  }
  arena_release(&a);
}

/* ---- fold_slug ------------------------------------------------------------ */

static void fold_slug_names(void **state) {
  (void)state;
  SLUGS_TO("Lars Løkke Rasmussen", "lars-lokke-rasmussen");
  SLUGS_TO("Harry S. Truman", "harry-s-truman");
  SLUGS_TO("Jyllands-Posten", "jyllands-posten");
  SLUGS_TO("Osmańczyk", "osmanczyk");
  SLUGS_TO("Ærø", "aero");
}

static void fold_slug_collapses_and_trims_punctuation(void **state) {
  (void)state;
  SLUGS_TO("  --Hello,   World!--  ", "hello-world");
  SLUGS_TO("U.S.S.R.", "u-s-s-r");
  SLUGS_TO("Russia\xE2\x80\x99s   foreign\xE2\x80\x94minister",
           "russia-s-foreign-minister");
  SLUGS_TO("...", "");
  SLUGS_TO("", "");
}

/* found by tests/escaping.sh: a file name with invalid bytes gave a
 * document IRI with U+FFFD, which RFC 3987 does not allow in an IRI */
static void fold_slug_keeps_only_iri_characters(void **state) {
  (void)state;
  SLUGS_TO("bad-\xFF\xFE-name", "bad-name");
  SLUGS_TO("a\xEF\xBF\xBD" "b", "a-b");              /* U+FFFD */
  SLUGS_TO("x\xEE\x80\x80y", "x-y");                 /* private use */
  SLUGS_TO("\xE2\x80\xAE" "abc", "abc");             /* bidi override */
  SLUGS_TO("\xF0\x9F\x98\x80 Ukraine", "\xF0\x9F\x98\x80-ukraine"); /* emoji */
  SLUGS_TO("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
           "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"); /* Москва */
}

static void fold_slug_is_ascii_for_latin_script(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  const char *s = "Šefčovič – Ærø – São Tomé – Straße";
  char *slug = fold_slug(&a, s, strlen(s));
  assert_non_null(slug);
  for (const char *p = slug; *p; p++) {
    assert_true((unsigned char)*p < 0x80);
    assert_true((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
                *p == '-');
  }
  assert_string_equal(slug, "sefcovic-aero-sao-tome-strasse");
  arena_release(&a);
}

/* ---- case tests ----------------------------------------------------------- */

static void capitalised(void **state) {
  (void)state;
  assert_true(CAPITALISED("Løkke"));
  assert_true(CAPITALISED("Ærø"));
  assert_true(CAPITALISED("Østerbro"));
  assert_true(CAPITALISED("EU"));
  assert_true(CAPITALISED("\xE2\x80\x9CQuote"));  /* first *letter* counts */
  assert_false(CAPITALISED("1st Battalion")); /* "st" is lower case */
  assert_false(CAPITALISED("løkke"));
  assert_false(CAPITALISED("ærø"));
  assert_false(CAPITALISED("eU"));
  assert_false(CAPITALISED("1234"));
  assert_false(CAPITALISED(""));
  assert_false(CAPITALISED("..."));
}

static void all_caps(void **state) {
  (void)state;
  assert_true(ALL_CAPS("EU"));
  assert_true(ALL_CAPS("NATO"));
  assert_true(ALL_CAPS("U.S.S.R."));
  assert_true(ALL_CAPS("ÆRØ"));
  assert_true(ALL_CAPS("READ MORE"));
  assert_false(ALL_CAPS("Eu"));
  assert_false(ALL_CAPS("eu"));
  assert_false(ALL_CAPS("NATO's"));
  assert_false(ALL_CAPS("Ærø"));
  assert_false(ALL_CAPS("A"));   /* one letter is not enough */
  assert_false(ALL_CAPS("S."));
  assert_false(ALL_CAPS("1234"));
  assert_false(ALL_CAPS(""));
}

/* ---- UTF-8 ---------------------------------------------------------------- */

static void count_code_points(void **state) {
  (void)state;
  assert_int_equal(COUNT(""), 0);
  assert_int_equal(COUNT("abc"), 3);
  assert_int_equal(COUNT("Løkke"), 5);
  assert_int_equal(COUNT("ÆRØ"), 3);
  assert_int_equal(COUNT("\xE2\x80\x93"), 1);        /* – */
  assert_int_equal(COUNT("\xF0\x9F\x87\xA9\xF0\x9F\x87\xB0"), 2); /* 🇩🇰 */
  assert_int_equal(utf8_count("Løkke", 3), 2);         /* "Lø" */
}

static void next_decodes_valid_sequences(void **state) {
  (void)state;
  int32_t cp = -1;
  assert_int_equal(utf8_next("A", 1, &cp), 1);
  assert_int_equal(cp, 'A');
  assert_int_equal(utf8_next("\xC3\xB8", 2, &cp), 2); /* ø */
  assert_int_equal(cp, 0xF8);
  assert_int_equal(utf8_next("\xE2\x80\x99x", 4, &cp), 3); /* ’ */
  assert_int_equal(cp, 0x2019);
  assert_int_equal(utf8_next("\xF0\x9F\x98\x80", 4, &cp), 4); /* 😀 */
  assert_int_equal(cp, 0x1F600);
  assert_int_equal(utf8_next("", 0, &cp), 0);
}

static void next_replaces_invalid_bytes(void **state) {
  (void)state;
  static const struct {
    const char *bytes;
    size_t len;
  } bad[] = {
      {"\xFF", 1},              /* never valid */
      {"\x80" "abc", 4},        /* lone continuation byte */
      {"\xC3", 1},              /* truncated two-byte sequence */
      {"\xC3" "A", 2},          /* lead byte without its continuation */
      {"\xE2\x80", 2},          /* truncated three-byte sequence */
      {"\xC0\xAF", 2},          /* overlong "/" */
      {"\xED\xA0\x80", 3},      /* UTF-16 surrogate */
      {"\xF4\x90\x80\x80", 4},  /* above U+10FFFF */
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    int32_t cp = 0;
    size_t n = utf8_next(bad[i].bytes, bad[i].len, &cp);
    assert_int_equal(n, 1);
    assert_int_equal(cp, 0xFFFD);
  }
}

static void next_walks_mixed_input_to_the_end(void **state) {
  (void)state;
  /* "a", bad, "ø", bad, "b": every byte is consumed, nothing loops */
  const char s[] = "a\xFF\xC3\xB8\x80" "b";
  size_t n = sizeof s - 1, i = 0, steps = 0, len;
  int32_t cps[8], cp;
  while ((len = utf8_next(s + i, n - i, &cp)) > 0) {
    assert_true(steps < 8);
    cps[steps++] = cp;
    i += len;
  }
  assert_int_equal(i, n);
  assert_int_equal(steps, 5);
  assert_int_equal(cps[0], 'a');
  assert_int_equal(cps[1], 0xFFFD);
  assert_int_equal(cps[2], 0xF8);
  assert_int_equal(cps[3], 0xFFFD);
  assert_int_equal(cps[4], 'b');
}

static void code_point_classes(void **state) {
  (void)state;
  assert_true(cp_is_letter('a'));
  assert_true(cp_is_letter(0xF8));  /* ø */
  assert_false(cp_is_letter('1'));
  assert_true(cp_is_upper(0xC6));   /* Æ */
  assert_false(cp_is_upper(0xE6));  /* æ */
  assert_true(cp_is_digit('7'));
  assert_false(cp_is_digit('x'));
  assert_true(cp_is_mark(0x301));   /* combining acute */
  assert_false(cp_is_mark('e'));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(fold_key_lowercases_ascii),
      cmocka_unit_test(fold_key_danish_letters),
      cmocka_unit_test(fold_key_strips_accents),
      cmocka_unit_test(fold_key_typographic_punctuation),
      cmocka_unit_test(fold_key_keeps_non_latin_letters),
      cmocka_unit_test(fold_key_of_prefix_only),
      cmocka_unit_test(fold_key_is_idempotent),
      cmocka_unit_test(fold_slug_names),
      cmocka_unit_test(fold_slug_collapses_and_trims_punctuation),
      cmocka_unit_test(fold_slug_keeps_only_iri_characters),
      cmocka_unit_test(fold_slug_is_ascii_for_latin_script),
      cmocka_unit_test(capitalised),
      cmocka_unit_test(all_caps),
      cmocka_unit_test(count_code_points),
      cmocka_unit_test(next_decodes_valid_sequences),
      cmocka_unit_test(next_replaces_invalid_bytes),
      cmocka_unit_test(next_walks_mixed_input_to_the_end),
      cmocka_unit_test(code_point_classes),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
