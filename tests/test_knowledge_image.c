/* knowledge_image: the compiled knowledge gives the same graphs as the
 * Turtle it came from; stale or damaged images are never used. */
#include "support.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "knowledge.h"

static const char *const texts[] = {
    "Foreign Minister Kristian Jensen met his Russian counterpart, Sergey "
    "Lavrov, in Moscow on 12 March 2016. Jensen said Denmark would not lift "
    "the sanctions.",
    "Udenrigsminister Lars Løkke Rasmussen har i dag haft en telefonsamtale "
    "med den nye amerikanske udenrigsminister Marco Rubio. Danmark udviser "
    "to russiske diplomater.",
    NULL};

/* Every text's graph as N-Triples, concatenated. */
static char *graphs(const attache_knowledge *kb) {
  attache_writer *w;
  assert_int_equal(attache_writer_new("ntriples", NULL, NULL, &w), ATTACHE_SUCCESS);
  size_t total = 0;
  char *all = calloc(1, 1);
  for (size_t i = 0; texts[i]; i++) {
    attache_options opt = {0};
    assert_int_equal(attache_extract(kb, &opt, "t.txt", texts[i], strlen(texts[i]),
                                     attache_writer_sink, w, NULL, NULL, NULL),
                     ATTACHE_SUCCESS);
    char *bytes;
    size_t len;
    assert_int_equal(attache_writer_serialize(w, &bytes, &len), ATTACHE_SUCCESS);
    all = realloc(all, total + len + 1);
    memcpy(all + total, bytes, len + 1);
    total += len;
    free(bytes);
  }
  attache_writer_free(w);
  assert_true(total > 1000);
  return all;
}

static char *cache_dir(void) {
  char *dir = strdup("/tmp/attache-image-XXXXXX");
  assert_non_null(mkdtemp(dir));
  return dir;
}

static int image_files(const char *dir, char *first, size_t size) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strncmp(e->d_name, "knowledge-", 10) == 0) {
      if (!n && first) snprintf(first, size, "%s/%s", dir, e->d_name);
      n++;
    }
  if (d) closedir(d);
  return n;
}

static void remove_dir(const char *dir) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

static attache_knowledge *load(const char *ontology, const char *cache) {
  attache_knowledge *kb = NULL;
  assert_int_equal(attache_knowledge_load_cached(ontology, ATTACHE_TEST_GENERATED,
                                                 cache, NULL, NULL, &kb),
                   ATTACHE_SUCCESS);
  return kb;
}

static void image_gives_the_same_graphs(void **state) {
  (void)state;
  char *dir = cache_dir();
  char *expected = graphs(test_knowledge());
  attache_knowledge *parsed = load(ATTACHE_TEST_ONTOLOGY, dir);
  assert_null(parsed->image); /* first start: parsed, image written */
  assert_int_equal(image_files(dir, NULL, 0), 1);
  attache_knowledge *restored = load(ATTACHE_TEST_ONTOLOGY, dir);
  assert_non_null(restored->image); /* second start: from the image */
  char *a = graphs(parsed), *b = graphs(restored);
  assert_string_equal(a, expected);
  assert_string_equal(b, expected);
  free(a);
  free(b);
  free(expected);
  attache_knowledge_free(parsed);
  attache_knowledge_free(restored);
  remove_dir(dir);
  free(dir);
}

/* The indexes built after parsing come back from the image as they were:
 * every trigger length, and presence filters that hide no key. */
static void image_keeps_the_indexes(void **state) {
  (void)state;
  char *dir = cache_dir();
  attache_knowledge *parsed = load(ATTACHE_TEST_ONTOLOGY, dir);
  attache_knowledge *restored = load(ATTACHE_TEST_ONTOLOGY, dir);
  assert_non_null(restored->image);
  assert_true(parsed->trigger_lengths.count > 10);
  assert_int_equal(restored->trigger_lengths.count, parsed->trigger_lengths.count);
  for (size_t i = 0; i < parsed->trigger_lengths.cap; i++) {
    const strmap_slot *s = &parsed->trigger_lengths.slots[i];
    if (!s->key) continue;
    assert_int_equal(kb_trigger_note(restored, s->key), (uintptr_t)s->value);
  }
  assert_int_equal(kb_trigger_longest(restored, "qqqxyzzy"), 0);
  const strmap *maps[] = {&restored->phrases, &restored->stems,
                          &restored->stop_en, &restored->stop_da,
                          &restored->given_names, &restored->phrase_prefixes,
                          &restored->trigger_lengths};
  for (size_t m = 0; m < sizeof maps / sizeof *maps; m++) {
    assert_non_null(maps[m]->filter);
    for (size_t i = 0; i < maps[m]->cap; i++)
      if (maps[m]->slots[i].key)
        assert_ptr_equal(strmap_get(maps[m], maps[m]->slots[i].key),
                         maps[m]->slots[i].value);
  }
  attache_knowledge_free(parsed);
  attache_knowledge_free(restored);
  remove_dir(dir);
  free(dir);
}

static void damaged_image_is_not_used(void **state) {
  (void)state;
  char *dir = cache_dir();
  attache_knowledge_free(load(ATTACHE_TEST_ONTOLOGY, dir));
  char path[512];
  assert_int_equal(image_files(dir, path, sizeof path), 1);
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  char *expected = graphs(test_knowledge());
  /* cut short, then bytes overwritten all through the file */
  for (int round = 0; round < 6; round++) {
    if (round == 0) {
      assert_int_equal(truncate(path, st.st_size / 2), 0);
    } else {
      FILE *f = fopen(path, "r+b");
      assert_non_null(f);
      for (long at = 8 + round * 997; at < st.st_size; at += st.st_size / 7) {
        fseek(f, at, SEEK_SET);
        fputc(0xA5 ^ round, f);
        fputc(0xFF, f);
      }
      fclose(f);
    }
    attache_knowledge *kb = load(ATTACHE_TEST_ONTOLOGY, dir);
    char *got = graphs(kb);
    assert_string_equal(got, expected);
    free(got);
    attache_knowledge_free(kb);
  }
  free(expected);
  remove_dir(dir);
  free(dir);
}

static void edited_knowledge_makes_a_new_image(void **state) {
  (void)state;
  char *dir = cache_dir();
  char onto[512], cmd[1024];
  snprintf(onto, sizeof onto, "%s/ontology", dir);
  snprintf(cmd, sizeof cmd, "cp -r '%s' '%s'", ATTACHE_TEST_ONTOLOGY, onto);
  assert_int_equal(system(cmd), 0);
  char cache[512];
  snprintf(cache, sizeof cache, "%s/cache", dir);
  assert_int_equal(mkdir(cache, 0755), 0);
  attache_knowledge_free(load(onto, cache));
  assert_int_equal(image_files(cache, NULL, 0), 1);
  /* a user adds a title to the lexicon: the old image no longer applies */
  char extra[600];
  snprintf(extra, sizeof extra, "%s/lexicon/extra.ttl", onto);
  FILE *f = fopen(extra, "w");
  assert_non_null(f);
  fputs("@prefix lex: <https://w3id.org/attache/lexicon#> .\n"
        "lex:Cues lex:stopword \"blorp\"@en .\n", f);
  fclose(f);
  attache_knowledge *kb = load(onto, cache);
  assert_null(kb->image);
  assert_int_equal(image_files(cache, NULL, 0), 2);
  assert_true(kb_is_stopword(kb, "blorp", "en"));
  attache_knowledge_free(kb);
  kb = load(onto, cache);
  assert_non_null(kb->image);
  assert_true(kb_is_stopword(kb, "blorp", "en"));
  attache_knowledge_free(kb);
  remove_dir(dir);
  free(dir);
}

static void no_cache_dir_parses(void **state) {
  (void)state;
  attache_knowledge *kb = load(ATTACHE_TEST_ONTOLOGY, NULL);
  assert_null(kb->image);
  attache_knowledge_free(kb);
  /* an unwritable cache folder is no error either */
  kb = load(ATTACHE_TEST_ONTOLOGY, "/proc/no-such-dir");
  assert_null(kb->image);
  attache_knowledge_free(kb);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(image_gives_the_same_graphs),
      cmocka_unit_test(image_keeps_the_indexes),
      cmocka_unit_test(damaged_image_is_not_used),
      cmocka_unit_test(edited_knowledge_makes_a_new_image),
      cmocka_unit_test(no_cache_dir_parses),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
