/* stem: the Snowball stems of English and Danish words, and the stem cache
 * that keeps them across documents: a cached stem is the stemmer's stem,
 * the same word asks Snowball once, long words pass through, and the cache
 * forgets everything past its bound without breaking later lookups. */
#include "support.h"

#include <stdio.h>
#include <string.h>

#include "stem.h"

static char *direct(const char *lang, arena *a, const char *word) {
  stemmer *s = stemmer_new(lang);
  assert_non_null(s);
  char *key = stemmer_key(s, a, word, strlen(word));
  stemmer_free(s);
  return key;
}

/* The cached stem of a word (stem_cache_word's), or NULL. */
static const char *stem_cache_key(stem_cache *c, const char *lang,
                                  const char *text, size_t n) {
  const stem_word *w = stem_cache_word(c, lang, text, n);
  return w ? w->stem : NULL;
}

static void forms_meet_one_stem(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  const char *en = direct("en", &a, "expels");
  assert_string_equal(en, direct("en", &a, "expelled"));
  assert_string_equal(en, direct("en", &a, "Expelling"));
  const char *da = direct("da", &a, "udviser");
  assert_string_equal(da, direct("da", &a, "udvise"));
  arena_release(&a);
}

/* ø is not o in a stem: "møde" (meeting) and "mod" (against), "før"
 * (before) and "for"; other diacritics still fold. */
static void o_slash_stays_apart(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  const char *meeting = direct("da", &a, "møde");
  assert_string_not_equal(meeting, direct("da", &a, "mod"));
  assert_string_equal(meeting, direct("da", &a, "Møder"));
  assert_string_not_equal(direct("da", &a, "før"), direct("da", &a, "for"));
  assert_string_equal(direct("da", &a, "fordømte"), direct("da", &a, "FORDØMTE"));
  assert_string_not_equal(direct("en", &a, "Møller"), direct("en", &a, "moller"));
  assert_string_equal(direct("en", &a, "café"), direct("en", &a, "cafe"));
  assert_string_equal(direct("da", &a, "ændre"), direct("da", &a, "aendre"));
  arena_release(&a);
}

static void cache_gives_the_stemmer_s_stem(void **state) {
  (void)state;
  static const char *const words[][2] = {
      {"en", "meetings"}, {"en", "Sanctions"}, {"en", "recognised"},
      {"da", "mødtes"},   {"da", "Udvisningen"}, {"da", "sanktionerne"},
      {"en", "don't"},    {"da", "Ruslands"}};
  arena a;
  arena_init(&a);
  stem_cache *c = stem_cache_new();
  assert_non_null(c);
  for (int round = 0; round < 2; round++)
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
      const char *lang = words[i][0], *word = words[i][1];
      const char *cached = stem_cache_key(c, lang, word, strlen(word));
      assert_non_null(cached);
      assert_string_equal(cached, direct(lang, &a, word));
    }
  stem_cache_free(c);
  arena_release(&a);
}

static void same_word_same_stem_per_language(void **state) {
  (void)state;
  stem_cache *c = stem_cache_new();
  /* a repeated word is answered from the cache: the very same string */
  const char *first = stem_cache_key(c, "en", "visited", 7);
  assert_ptr_equal(first, stem_cache_key(c, "en", "visited", 7));
  /* one spelling, two languages: each language has its own stemmer and
   * its own entries */
  const char *en = stem_cache_key(c, "en", "besøgte", 8);
  const char *da = stem_cache_key(c, "da", "besøgte", 8);
  assert_non_null(en);
  assert_non_null(da);
  assert_ptr_not_equal(en, da);
  stem_cache_free(c);
}

/* The note beside a word: unset (-1) when the word is first seen, kept
 * for its later occurrences in any document, separate per language, and
 * forgotten with the word when the cache is trimmed. */
static void a_word_keeps_its_note(void **state) {
  (void)state;
  stem_cache *c = stem_cache_new();
  stem_word *w = stem_cache_word(c, "en", "expelled", 8);
  assert_non_null(w);
  assert_int_equal(w->note, -1);
  assert_string_equal(w->stem, stem_cache_key(c, "en", "expelled", 8));
  w->note = 3;
  assert_ptr_equal(stem_cache_word(c, "en", "expelled", 8), w);
  assert_int_equal(stem_cache_word(c, "en", "expelled", 8)->note, 3);
  stem_word *da = stem_cache_word(c, "da", "udviste", 7);
  assert_non_null(da);
  assert_int_equal(da->note, -1);
  assert_int_equal(stem_cache_word(c, "en", "udviste", 7)->note, -1);
  stem_cache_free(c);
}

static void long_words_pass_through(void **state) {
  (void)state;
  char word[200];
  memset(word, 'a', sizeof word - 1);
  memcpy(word, "recognitions", 12);
  word[sizeof word - 1] = '\0';
  arena a;
  arena_init(&a);
  stem_cache *c = stem_cache_new();
  const char *cached = stem_cache_key(c, "en", word, strlen(word));
  assert_non_null(cached);
  assert_string_equal(cached, direct("en", &a, word));
  stem_cache_free(c);
  arena_release(&a);
}

/* Long words are not remembered, but their stems take memory until the
 * next trim all the same: they count towards the bound. */
static void long_words_count_towards_the_bound(void **state) {
  (void)state;
  stem_cache *c = stem_cache_new();
  char word[80];
  memset(word, 'x', sizeof word - 1);
  word[sizeof word - 1] = '\0';
  for (int i = 0; i < 200000; i++) {
    snprintf(word, sizeof word, "%07d", i);
    word[7] = 'x';
    assert_non_null(stem_cache_key(c, "en", word, sizeof word - 1));
    if (i % 1000 == 999) stem_cache_trim(c);
  }
  stem_cache_free(c);
}

static void trim_forgets_past_the_bound(void **state) {
  (void)state;
  stem_cache *c = stem_cache_new();
  char word[32];
  /* more distinct words than the bound: trimming between "documents"
   * keeps the cache bounded and lookups right */
  for (int i = 0; i < 300000; i++) {
    int n = snprintf(word, sizeof word, "word%dings", i);
    assert_non_null(stem_cache_key(c, i % 2 ? "da" : "en", word, (size_t)n));
    if (i % 1000 == 999) stem_cache_trim(c);
  }
  const char *after = stem_cache_key(c, "en", "meetings", 8);
  assert_non_null(after);
  assert_string_equal(after, "meet");
  stem_cache_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(forms_meet_one_stem),
      cmocka_unit_test(o_slash_stays_apart),
      cmocka_unit_test(cache_gives_the_stemmer_s_stem),
      cmocka_unit_test(same_word_same_stem_per_language),
      cmocka_unit_test(a_word_keeps_its_note),
      cmocka_unit_test(long_words_pass_through),
      cmocka_unit_test(trim_forgets_past_the_bound),
      cmocka_unit_test(long_words_count_towards_the_bound),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
