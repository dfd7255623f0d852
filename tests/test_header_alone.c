/* The public header compiles on its own, before anything else. */
#include "attache.h"
#include "support.h"

static void header_is_self_contained(void **state) {
  (void)state;
  attache_options o = {0};
  assert_null(o.base);
  assert_string_equal(ATTACHE_VERSION, "0.1.0");
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(header_is_self_contained)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
