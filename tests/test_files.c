/* files: the names build gives its output files mirror the input folders,
 * and stay unique when stems meet or a name is the output folder's own. */
#include "support.h"

#include "files.h"

#include <stdlib.h>
#include <string.h>

static const char *const reserved[] = {"graph.ttl", "graph.nq", "store", NULL};

static char **names_of(char *const *paths, size_t n, unsigned char *moved) {
  char **names = files_output_names("in/", paths, n, "ttl", reserved, moved);
  assert_non_null(names);
  return names;
}

static void mirrors_the_folders(void **state) {
  (void)state;
  char *paths[] = {"in/a/index.html", "in/b/index.html", "in/nyhed.txt",
                   "in/.hidden/x.txt", "in/README"};
  unsigned char moved[5];
  char **names = names_of(paths, 5, moved);
  assert_string_equal(names[0], "a/index.ttl");
  assert_string_equal(names[1], "b/index.ttl");
  assert_string_equal(names[2], "nyhed.ttl");
  assert_string_equal(names[3], ".hidden/x.ttl");
  assert_string_equal(names[4], "README.ttl");
  for (int i = 0; i < 5; i++) assert_int_equal(moved[i], 0);
  files_free_names(names, 5);
}

static void stems_that_meet(void **state) {
  (void)state;
  /* x.html is listed first (sorted), so x.txt yields; a third document
   * whose full name is taken too gets a number */
  char *paths[] = {"in/x.html", "in/x.txt", "in/x.txt.txt", "in/x.txt.html"};
  unsigned char moved[4];
  char **names = names_of(paths, 4, moved);
  assert_string_equal(names[0], "x.ttl");
  assert_string_equal(names[1], "x.txt.ttl");
  assert_string_equal(names[2], "x.txt.txt.ttl");
  assert_string_equal(names[3], "x.txt.html.ttl");
  assert_int_equal(moved[0], 0);
  assert_int_equal(moved[1], 1);
  char *again[] = {"in/y.html", "in/y.txt", "in/y.txt.html"};
  char **more = names_of(again, 3, NULL);
  assert_string_equal(more[0], "y.ttl");
  assert_string_equal(more[1], "y.txt.ttl");
  /* y.txt.html's stem "y.txt" gives y.txt.ttl, taken: its full name */
  assert_string_equal(more[2], "y.txt.html.ttl");
  files_free_names(more, 3);
  /* the order is the caller's: here z.html comes after a z.html.txt that
   * took its full name, so it gets a number */
  char *thrice[] = {"in/z.htm", "in/z.html.txt", "in/z.html", "in/z.txt"};
  char **third = names_of(thrice, 4, NULL);
  assert_string_equal(third[0], "z.ttl");
  assert_string_equal(third[1], "z.html.ttl");
  assert_string_equal(third[2], "z.html-2.ttl");
  assert_string_equal(third[3], "z.txt.ttl");
  files_free_names(third, 4);
  files_free_names(names, 4);
}

static void the_output_folders_own_names(void **state) {
  (void)state;
  char *paths[] = {"in/graph.txt", "in/graph.html", "in/store/nyhed.txt",
                   "in/a/store/x.txt", "in/graph.nq/y.txt"};
  unsigned char moved[5];
  char **names = names_of(paths, 5, moved);
  assert_string_equal(names[0], "graph.txt.ttl");
  assert_string_equal(names[1], "graph.html.ttl");
  assert_string_equal(names[2], "_store/nyhed.ttl");
  assert_string_equal(names[3], "a/store/x.ttl"); /* only the top level */
  assert_string_equal(names[4], "_graph.nq/y.ttl");
  assert_int_equal(moved[0] && moved[1] && moved[2] && moved[4], 1);
  assert_int_equal(moved[3], 0);
  files_free_names(names, 5);
}

static void paths_outside_the_folder(void **state) {
  (void)state;
  char *paths[] = {"other/x.txt", "in//y.txt"};
  char **names = names_of(paths, 2, NULL);
  assert_string_equal(names[0], "other/x.ttl");
  assert_string_equal(names[1], "y.ttl");
  files_free_names(names, 2);
  files_free_names(NULL, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(mirrors_the_folders),
      cmocka_unit_test(stems_that_meet),
      cmocka_unit_test(the_output_folders_own_names),
      cmocka_unit_test(paths_outside_the_folder),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
