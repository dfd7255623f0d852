/* Every _free accepts NULL (serd's test_free_null). */
#include "support.h"

static void frees_accept_null(void **state) {
  (void)state;
  attache_knowledge_free(NULL);
  attache_writer_free(NULL);
  attache_extractor_free(NULL);
}

static void strerror_covers_every_status(void **state) {
  (void)state;
  for (int s = ATTACHE_SUCCESS; s <= ATTACHE_ERR_WRITE; s++) {
    const char *m = attache_strerror((attache_status)s);
    assert_non_null(m);
    assert_string_not_equal(m, "unknown error");
  }
  assert_string_equal(attache_strerror((attache_status)999), "unknown error");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(frees_accept_null),
      cmocka_unit_test(strerror_covers_every_status),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
