/* knowledge: loading the real ontology and the lexicon lookups the
 * recognisers rely on; knowledge-file errors; extending the lexicon with an
 * extra directory at run time. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "fold.h"
#include "knowledge.h"
#include "stem.h"

#define STATE_DK ID_NS "state/DK"

static const attache_knowledge *kb(void) { return test_knowledge(); }

/* The first entry for `key` of `type`, or NULL. */
static const lex_entry *entry(const char *key, lex_type type) {
  for (const lex_entry *e = kb_lookup(kb(), key); e; e = e->next)
    if (e->type == type) return e;
  return NULL;
}

/* The entry for `key` of `type` whose target has IRI `iri`, or NULL. */
static const lex_entry *entry_to(const char *key, lex_type type,
                                 const char *iri) {
  for (const lex_entry *e = kb_lookup(kb(), key); e; e = e->next)
    if (e->type == type && e->target && !strcmp(e->target->iri, iri)) return e;
  return NULL;
}

/* ---- lookups ------------------------------------------------------------ */

static void state_names_in_both_languages(void **state) {
  (void)state;
  const lex_entry *en = entry_to("denmark", LX_NAME, STATE_DK);
  const lex_entry *da = entry_to("danmark", LX_NAME, STATE_DK);
  assert_non_null(en);
  assert_non_null(da);
  assert_int_equal(en->target->kind, KB_STATE);
  assert_string_equal(en->target->iso, "DK");
  assert_string_equal(en->target->label_en, "Denmark");
  assert_string_equal(en->target->label_da, "Danmark");
  assert_ptr_equal(en->target, da->target);
  assert_ptr_equal(kb_entity_by_iri(kb(), STATE_DK), en->target);
  assert_int_equal(en->casing, CASE_CAPITALISED);
  assert_int_equal(en->ntokens, 1);
}

static void adjectives_and_demonyms(void **state) {
  (void)state;
  const lex_entry *e = entry("russiske", LX_ADJECTIVE);
  assert_non_null(e);
  assert_string_equal(e->target->iri, ID_NS "state/RU");
  assert_string_equal(e->lang, "da");
  assert_int_equal(e->casing, CASE_ANY);
  e = entry("russian", LX_ADJECTIVE);
  assert_non_null(e);
  assert_string_equal(e->target->iri, ID_NS "state/RU");
  assert_int_equal(e->casing, CASE_CAPITALISED);
  e = entry("danskerne", LX_DEMONYM);
  assert_non_null(e);
  assert_string_equal(e->target->iri, STATE_DK);
  e = entry("danes", LX_DEMONYM);
  assert_non_null(e);
  assert_string_equal(e->target->iri, STATE_DK);
}

static void seats_and_capitals(void **state) {
  (void)state;
  const lex_entry *e = entry("the kremlin", LX_SEAT);
  assert_non_null(e);
  assert_string_equal(e->target->iri, ID_NS "state/RU");
  assert_int_equal(e->ntokens, 2);
  assert_true(kb_max_tokens(kb()) >= 2);
  assert_non_null(entry_to("washington", LX_SEAT, ID_NS "state/US"));
  assert_non_null(entry_to("washington", LX_CAPITAL, ID_NS "state/US"));
  assert_non_null(entry_to("kobenhavn", LX_CAPITAL, STATE_DK));
}

/* The first capital listed per language names the city in labels such as
 * "Embassy of France in Oslo" (ontology/gazetteer/states.ttl, header). */
static void capital_label_is_the_first_listed(void **state) {
  (void)state;
  static const struct {
    const char *local, *en, *da;
  } want[] = {
      {"state/NO", "Oslo", "Oslo"},           /* not "Kristiania" */
      {"state/UA", "Kyiv", "Kyiv"},           /* not "Kiev" */
      {"state/KZ", "Astana", "Astana"},       /* not "Nur-Sultan" */
      {"state/GE", "Tbilisi", "Tbilisi"},     /* not "Tiflis" */
      {"state/GL", "Nuuk", "Nuuk"},           /* not "Godthåb" */
      {"state/US", "Washington", "Washington"},
  };
  int wrong = 0;
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    char iri[128];
    snprintf(iri, sizeof iri, "%s%s", ID_NS, want[i].local);
    const kb_entity *e = kb_entity_by_iri(kb(), iri);
    assert_non_null(e);
    const char *en = e->capital_en ? e->capital_en : "(none)";
    const char *da = e->capital_da ? e->capital_da : "(none)";
    if (strcmp(en, want[i].en) || strcmp(da, want[i].da)) {
      fprintf(stderr, "%s: capital %s / %s, want %s / %s\n", want[i].local,
              en, da, want[i].en, want[i].da);
      wrong++;
    }
  }
  assert_int_equal(wrong, 0);
}

static void titles(void **state) {
  (void)state;
  const lex_entry *en = entry("foreign minister", LX_TITLE);
  const lex_entry *da = entry("udenrigsminister", LX_TITLE);
  assert_non_null(en);
  assert_non_null(da);
  assert_string_equal(en->target->iri, DIP_NS "ForeignMinister");
  assert_int_equal(en->target->kind, KB_ROLE);
  assert_ptr_equal(en->target, da->target);
  assert_string_equal(en->lang, "en");
  assert_string_equal(da->lang, "da");
  assert_int_equal(en->ntokens, 2);
  assert_true(kb_has(kb(), "foreign minister", LX_TITLE));
  assert_false(kb_has(kb(), "foreign minister", LX_ADJECTIVE));
}

static void acronyms_need_capitals(void **state) {
  (void)state;
  const lex_entry *eu = entry_to("eu", LX_NAME, ID_NS "org/eu");
  assert_non_null(eu);
  assert_int_equal(eu->casing, CASE_EXACT_CAPS);
  assert_int_equal(eu->target->kind, KB_INTL_ORG);
  const lex_entry *us = entry_to("us", LX_NAME, ID_NS "state/US");
  assert_non_null(us);
  assert_int_equal(us->casing, CASE_EXACT_CAPS);
  /* every reading of "us" that names the United States needs capitals */
  for (const lex_entry *e = kb_lookup(kb(), "us"); e; e = e->next)
    if (e->target && !strcmp(e->target->iri, ID_NS "state/US"))
      assert_int_equal(e->casing, CASE_EXACT_CAPS);
  const lex_entry *nato = entry_to("nato", LX_NAME, ID_NS "org/nato");
  assert_non_null(nato);
}

static void organisations_and_territories(void **state) {
  (void)state;
  const lex_entry *f = entry_to("folketinget", LX_NAME, ID_NS "org/folketing");
  assert_non_null(f);
  assert_int_equal(f->target->kind, KB_ORG);
  const lex_entry *fn = entry_to("fn", LX_NAME, ID_NS "org/un");
  assert_non_null(fn);
  assert_int_equal(fn->casing, CASE_EXACT_CAPS);
  const lex_entry *gl = entry_to("gronland", LX_NAME, ID_NS "state/GL");
  assert_non_null(gl);
  assert_int_equal(gl->target->kind, KB_TERRITORY);
  assert_non_null(gl->target->part_of);
  assert_string_equal(gl->target->part_of->iri, STATE_DK);
}

static void word_sets(void **state) {
  (void)state;
  assert_true(kb_is_stopword(kb(), "the", "en"));
  assert_true(kb_is_stopword(kb(), "og", "da"));
  assert_false(kb_is_stopword(kb(), "og", "en"));
  assert_false(kb_is_stopword(kb(), "denmark", "en"));
  assert_true(kb_is_given_name(kb(), "kristian"));
  assert_true(kb_is_given_name(kb(), "hans"));
  assert_false(kb_is_given_name(kb(), "denmark"));
}

static void danish_title_compounds(void **state) {
  (void)state;
  const kb_entity *r = kb_title_suffix(kb(), "forsvarsministeren");
  assert_non_null(r);
  assert_string_equal(r->iri, DIP_NS "Minister");
  /* the suffix alone is no compound */
  assert_null(kb_title_suffix(kb(), "minister"));
  assert_null(kb_title_suffix(kb(), "forsvaret"));
}

static void home_state_by_language(void **state) {
  (void)state;
  const kb_entity *dk = kb_state_for_language(kb(), "da");
  assert_non_null(dk);
  assert_string_equal(dk->iri, STATE_DK);
  assert_null(kb_state_for_language(kb(), "xx"));
}

static void every_state_has_both_labels(void **state) {
  (void)state;
  size_t n, states = 0;
  const kb_entity *const *all = kb_entities(kb(), &n);
  assert_true(n > 0);
  for (size_t i = 0; i < n; i++) {
    if (i) assert_true(strcmp(all[i - 1]->iri, all[i]->iri) < 0);
    if (all[i]->kind != KB_STATE) continue;
    states++;
    if (!all[i]->label_en || !*all[i]->label_en || !all[i]->label_da ||
        !*all[i]->label_da)
      fprintf(stderr, "state without both labels: %s\n", all[i]->iri);
    assert_true(all[i]->label_en && *all[i]->label_en);
    assert_true(all[i]->label_da && *all[i]->label_da);
  }
  assert_true(states > 150);
}

static void triggers_by_stem(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  stemmer *st = stemmer_new("en");
  assert_non_null(st);
  char *key = stemmer_key(st, &a, "expelled", strlen("expelled"));
  assert_non_null(key);
  const lex_entry *e = kb_lookup_stem(kb(), key);
  int found = 0;
  for (; e; e = e->next)
    found |= e->type == LX_TRIGGER && e->target &&
             !strcmp(e->target->iri, DIP_NS "Expulsion");
  assert_true(found);
  const kb_entity *cls = kb_entity_by_iri(kb(), DIP_NS "Expulsion");
  assert_non_null(cls);
  assert_int_equal(cls->kind, KB_EVENT_CLASS);
  assert_true(cls->cameo.len > 0);
  stemmer_free(st);
  arena_release(&a);
}

/* The text's articles and fillers are stepped over inside a trigger
 * phrase, so a trigger that holds one after its first word never matches:
 * none may. */
static void no_trigger_holds_a_skipped_word(void **state) {
  (void)state;
  const attache_knowledge *k = kb();
  arena a;
  arena_init(&a);
  int bad = 0;
  for (size_t i = 0; i < k->stems.cap; i++) {
    if (!k->stems.slots[i].key) continue;
    for (const lex_entry *e = k->stems.slots[i].value; e; e = e->next) {
      if (e->type != LX_TRIGGER) continue;
      const char *w = strchr(e->form, ' ');
      while (w) {
        w++;
        size_t n = strcspn(w, " ");
        const char *key = fold_key(&a, w, n);
        if (key && (kb_has(k, key, LX_ARTICLE) || kb_has(k, key, LX_FILLER))) {
          fprintf(stderr, "trigger \"%s\" holds \"%s\"\n", e->form, key);
          bad++;
        }
        w = strchr(w, ' ');
      }
    }
  }
  arena_release(&a);
  assert_int_equal(bad, 0);
}

/* The event stage tries no trigger longer than the longest one starting
 * with the token's stem: "sit down with" (three stems) starts with "sit",
 * "expel" starts only one-word triggers, a plain word starts none. */
static void longest_trigger_per_first_stem(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  stemmer *en = stemmer_new("en"), *da = stemmer_new("da");
  assert_true(kb_trigger_longest(kb(), stemmer_key(en, &a, "sit", 3)) >= 3);
  assert_int_equal(kb_trigger_longest(kb(), stemmer_key(en, &a, "expelled", 8)), 1);
  assert_true(kb_trigger_longest(kb(), stemmer_key(da, &a, "være", strlen("være"))) >= 3);
  assert_int_equal(kb_trigger_longest(kb(), stemmer_key(en, &a, "banana", 6)), 0);
  stemmer_free(en);
  stemmer_free(da);
  arena_release(&a);
}

/* ---- errors ------------------------------------------------------------- */

typedef struct {
  int count;
  attache_severity severity;
  char where[4096];
  char message[1024];
} messages;

static void remember(void *h, attache_severity s, const char *where,
                     const char *message) {
  messages *m = h;
  if (m->count++) return; /* keep the first */
  m->severity = s;
  snprintf(m->where, sizeof m->where, "%s", where ? where : "");
  snprintf(m->message, sizeof m->message, "%s", message ? message : "");
}

static char *temp_dir(void) {
  char *dir = strdup("/tmp/attache-kb-XXXXXX");
  assert_non_null(dir);
  assert_non_null(mkdtemp(dir));
  return dir;
}

static char *write_file(const char *dir, const char *name, const char *text) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *path = malloc(n);
  assert_non_null(path);
  snprintf(path, n, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  return path;
}

static void remove_all(char *dir, char *file) {
  if (file) unlink(file);
  rmdir(dir);
  free(file);
  free(dir);
}

static void malformed_file(void **state) {
  (void)state;
  char *dir = temp_dir();
  char *file = write_file(
      dir, "bad.ttl",
      "@prefix lex: <https://w3id.org/attache/lexicon#> .\n"
      "<https://w3id.org/attache/id/state/XX> lex:iso3166 \"XX\" .\n"
      "<https://w3id.org/attache/id/state/XX> lex:adjective \"broken ;\n"
      "this is not turtle at all\n");
  messages m = {0};
  attache_knowledge *k = (attache_knowledge *)1;
  assert_int_equal(attache_knowledge_load(dir, NULL, remember, &m, &k),
                   ATTACHE_ERR_BAD_DATA);
  assert_null(k);
  assert_true(m.count >= 1);
  assert_int_equal(m.severity, ATTACHE_ERROR);
  assert_true(strlen(m.message) > 0);
  /* "FILE:LINE" with the file's path and a line number */
  const char *at = strstr(m.where, "bad.ttl:");
  if (!at) fprintf(stderr, "where: %s\n", m.where);
  assert_non_null(at);
  assert_true(atoi(at + strlen("bad.ttl:")) >= 3);
  remove_all(dir, file);
}

static void missing_directory(void **state) {
  (void)state;
  messages m = {0};
  attache_knowledge *k = NULL;
  assert_int_equal(attache_knowledge_load("/nonexistent/attache/ontology", NULL,
                                          remember, &m, &k),
                   ATTACHE_ERR_BAD_DATA);
  assert_null(k);
  assert_int_equal(m.count, 1);
  assert_int_equal(m.severity, ATTACHE_ERROR);
  assert_string_equal(m.where, "/nonexistent/attache/ontology");
  assert_true(strlen(m.message) > 0);
  /* no callback: still an error, no crash */
  assert_int_equal(attache_knowledge_load("/nonexistent/attache/ontology", NULL,
                                          NULL, NULL, &k),
                   ATTACHE_ERR_BAD_DATA);
}

static void empty_directory(void **state) {
  (void)state;
  char *dir = temp_dir();
  /* a file that is not Turtle is not read */
  char *file = write_file(dir, "README.md", "nothing here\n");
  messages m = {0};
  attache_knowledge *k = NULL;
  assert_int_equal(attache_knowledge_load(dir, NULL, remember, &m, &k),
                   ATTACHE_ERR_BAD_DATA);
  assert_null(k);
  assert_int_equal(m.count, 1);
  assert_string_equal(m.message, "no knowledge files found");
  remove_all(dir, file);
}

static void free_null(void **state) {
  (void)state;
  attache_knowledge_free(NULL);
  attache_knowledge *k = (attache_knowledge *)1;
  assert_int_equal(attache_knowledge_load(NULL, NULL, NULL, NULL, &k),
                   ATTACHE_ERR_BAD_ARG);
  assert_null(k);
}

/* ---- extending without recompiling --------------------------------------- */

static void extra_directory_extends_lexicon(void **state) {
  (void)state;
  assert_null(kb_lookup(kb(), "dannebrogland"));
  char *dir = temp_dir();
  char *file = write_file(
      dir, "local.ttl",
      "<https://w3id.org/attache/id/state/DK> "
      "<http://www.w3.org/2004/02/skos/core#altLabel> \"Dannebrogland\"@en .\n");
  messages m = {0};
  attache_knowledge *k = NULL;
  assert_int_equal(
      attache_knowledge_load(ATTACHE_TEST_ONTOLOGY, dir, remember, &m, &k),
      ATTACHE_SUCCESS);
  assert_int_equal(m.count, 0);
  assert_non_null(k);
  const lex_entry *e = kb_lookup(k, "dannebrogland");
  while (e && e->type != LX_NAME) e = e->next;
  assert_non_null(e);
  assert_string_equal(e->target->iri, STATE_DK);
  assert_int_equal(e->target->kind, KB_STATE);
  assert_int_equal(e->casing, CASE_CAPITALISED);
  /* the rest of DK is still there */
  assert_string_equal(e->target->label_en, "Denmark");
  assert_non_null(kb_lookup(k, "danmark"));
  attache_knowledge_free(k);
  remove_all(dir, file);
}

/* A known person's state is that of all their offices in the gazetteer;
 * offices in several states give none. */
static void office_holders_serve_a_state(void **state) {
  (void)state;
  const kb_entity *blinken =
      kb_entity_by_iri(kb(), "https://w3id.org/attache/id/person/antony-blinken");
  assert_non_null(blinken);
  assert_non_null(blinken->part_of);
  assert_string_equal(blinken->part_of->iri, "https://w3id.org/attache/id/state/US");
  /* recent-office-holders.ttl: one state, or offices in a state and the
   * EU (no single state) */
  const kb_entity *stubb =
      kb_entity_by_iri(kb(), "https://w3id.org/attache/id/person/alexander-stubb");
  assert_non_null(stubb);
  assert_non_null(stubb->part_of);
  assert_string_equal(stubb->part_of->iri, "https://w3id.org/attache/id/state/FI");
  const kb_entity *tusk =
      kb_entity_by_iri(kb(), "https://w3id.org/attache/id/person/donald-tusk");
  assert_non_null(tusk);
  assert_null(tusk->part_of);
  char *dir = temp_dir();
  char *file = write_file(
      dir, "people.ttl",
      "@prefix dip: <https://w3id.org/attache/ns#> .\n"
      "@prefix lex: <https://w3id.org/attache/lexicon#> .\n"
      "@prefix org: <http://www.w3.org/ns/org#> .\n"
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "@prefix person: <https://w3id.org/attache/id/person/> .\n"
      "@prefix st: <https://w3id.org/attache/id/state/> .\n"
      "person:ada-two a dip:Person ; rdfs:label \"Ada Two\"@en ;\n"
      "  lex:heldOffice [ org:role dip:ForeignMinister ; org:postIn st:NO ] ,\n"
      "                 [ org:role dip:PrimeMinister ; org:postIn st:SE ] .\n"
      "person:bo-one a dip:Person ; rdfs:label \"Bo One\"@en ;\n"
      "  lex:heldOffice [ org:role dip:ForeignMinister ; org:postIn st:NO ] ,\n"
      "                 [ org:role dip:PrimeMinister ; org:postIn st:NO ] .\n");
  attache_knowledge *k = NULL;
  assert_int_equal(attache_knowledge_load(ATTACHE_TEST_ONTOLOGY, dir, NULL, NULL, &k),
                   ATTACHE_SUCCESS);
  const kb_entity *two = kb_entity_by_iri(k, "https://w3id.org/attache/id/person/ada-two");
  const kb_entity *one = kb_entity_by_iri(k, "https://w3id.org/attache/id/person/bo-one");
  assert_non_null(two);
  assert_non_null(one);
  assert_null(two->part_of);
  assert_non_null(one->part_of);
  assert_string_equal(one->part_of->iri, "https://w3id.org/attache/id/state/NO");
  attache_knowledge_free(k);
  remove_all(dir, file);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(office_holders_serve_a_state),
      cmocka_unit_test(state_names_in_both_languages),
      cmocka_unit_test(adjectives_and_demonyms),
      cmocka_unit_test(seats_and_capitals),
      cmocka_unit_test(capital_label_is_the_first_listed),
      cmocka_unit_test(titles),
      cmocka_unit_test(acronyms_need_capitals),
      cmocka_unit_test(organisations_and_territories),
      cmocka_unit_test(word_sets),
      cmocka_unit_test(danish_title_compounds),
      cmocka_unit_test(home_state_by_language),
      cmocka_unit_test(every_state_has_both_labels),
      cmocka_unit_test(triggers_by_stem),
      cmocka_unit_test(no_trigger_holds_a_skipped_word),
      cmocka_unit_test(longest_trigger_per_first_stem),
      cmocka_unit_test(malformed_file),
      cmocka_unit_test(missing_directory),
      cmocka_unit_test(empty_directory),
      cmocka_unit_test(free_null),
      cmocka_unit_test(extra_directory_extends_lexicon),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
