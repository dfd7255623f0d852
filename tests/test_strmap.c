/* strmap: the hash map under the knowledge and the writer, and its
 * presence filter. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

enum { WORDS = 5000 };

static char words[WORDS][16];

static void make_words(void) {
  for (int i = 0; i < WORDS; i++) snprintf(words[i], sizeof words[i], "w%d", i);
}

static void put_get_and_growth(void **state) {
  (void)state;
  strmap m;
  strmap_init(&m);
  assert_null(strmap_get(&m, "absent")); /* empty: no slots at all */
  for (int i = 0; i < WORDS; i++)
    assert_int_equal(strmap_put(&m, words[i], words[i]), 0);
  assert_int_equal(m.count, WORDS);
  for (int i = 0; i < WORDS; i++) assert_ptr_equal(strmap_get(&m, words[i]), words[i]);
  /* a key with the same text in another buffer finds the same entry */
  char copy[16];
  strcpy(copy, words[42]);
  assert_ptr_equal(strmap_get(&m, copy), words[42]);
  /* a second put replaces the value and keeps the count */
  assert_int_equal(strmap_put(&m, copy, words[7]), 0);
  assert_ptr_equal(strmap_get(&m, words[42]), words[7]);
  assert_int_equal(m.count, WORDS);
  assert_null(strmap_get(&m, "w5000"));
  assert_null(strmap_get(&m, ""));
  strmap_free(&m);
}

/* A filtered map answers exactly as an unfiltered one: every key it holds
 * is found, including keys put after the filter and through growth, and
 * absent keys are absent whether or not their bit is set. */
static void filter_changes_no_answer(void **state) {
  (void)state;
  strmap m;
  strmap_init(&m);
  for (int i = 0; i < WORDS / 2; i++) strmap_put(&m, words[i], words[i]);
  size_t bits = strmap_filter_bits(m.count);
  assert_true(bits >= m.count * 16);
  assert_int_equal(bits & (bits - 1), 0); /* a power of two */
  unsigned long long *filter = calloc(bits / 64, sizeof *filter);
  assert_non_null(filter);
  strmap_filter(&m, filter);
  for (int i = WORDS / 2; i < WORDS; i++) strmap_put(&m, words[i], words[i]);
  for (int i = 0; i < WORDS; i++) {
    assert_ptr_equal(strmap_get(&m, words[i]), words[i]);
    /* a key hashed once, asked with its hash: the same slot */
    assert_ptr_equal(strmap_find_hashed(&m, words[i], strmap_key_hash(words[i])),
                     strmap_find(&m, words[i]));
  }
  char absent[24];
  for (int i = 0; i < 20000; i++) {
    snprintf(absent, sizeof absent, "absent%d", i);
    assert_null(strmap_get(&m, absent));
    assert_null(strmap_find_hashed(&m, absent, strmap_key_hash(absent)));
  }
  strmap_free(&m); /* the filter is the caller's */
  free(filter);
}

int main(void) {
  make_words();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(put_get_and_growth),
      cmocka_unit_test(filter_changes_no_answer),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
