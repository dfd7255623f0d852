/* quotes: reported speech — quotation marks, Nordic dash quotations,
 * scare quotes, who speaks and what a speaker does not do — on sentences
 * written for these tests, in English and Danish. */
#include "support.h"

/* a quoted word or two is the writer's, not a quotation that would make
 * "warned" the verb introducing it */
static void scare_quotes_are_no_quotation(void **state) {
  (void)state;
  const char *told[][2] = {
      {"Norway condemned the decision and warned of \"consequences\".", "en"},
      {"Norge fordømte beslutningen og advarede om \"konsekvenser\".", "da"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(told[i][0], told[i][1]);
    CHECK(count_typed(g, "#Warning") == 1, g);
    CHECK(count_typed(g, "#Criticism") == 1, g);
    graph_free(g);
  }
  /* a quotation still is one */
  test_graph *g = extract("\"We will answer every provocation with firmness and "
                          "unity,\" Norway warned.", "en");
  CHECK(count_typed(g, "#Warning") == 0, g);
  graph_free(g);
}

/* a judgement in a quotation of several sentences is its speaker's,
 * named where the quotation closes */
static void judgement_early_in_a_long_quotation(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Warship\n\n\"It is an unacceptable provocation from Russia. We will "
             "not be intimidated,\" Karen Holm wrote on Monday.\n"},
      {"da", "Krigsskib\n\n\"Det er en uacceptabel provokation fra Rusland. Vi lader "
             "os ikke skræmme,\" skrev Karen Holm mandag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_event(g, "#Criticism", "Karen Holm", "Russia", NULL), g);
    graph_free(g);
  }
  /* in a dash quotation too; a quotation closed before is not the next
   * speaker's */
  test_graph *g = extract("Krigsskib\n\n\xE2\x80\x93 Det er fuldstændig uacceptabelt. Vi "
                          "vil reagere, siger Karen Holm.\n", "da");
  CHECK(has_event(g, "#Criticism", "Karen Holm", NULL), g);
  graph_free(g);
  const char *closed[][2] = {
      {"en", "Crimea\n\nSweden called the annexation \"illegal\". \"We are calm,\" "
             "Karen Holm said.\n"},
      {"da", "Krim\n\nSverige kaldte annekteringen \"ulovlig\". \"Vi er rolige,\" "
             "sagde Karen Holm.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    g = extract(closed[i][1], closed[i][0]);
    CHECK(!has_event(g, "#Criticism", "Karen Holm", NULL), g);
    CHECK(has_event(g, "#Statement", "Karen Holm", NULL), g);
    graph_free(g);
  }
}

/* a paragraph opened by a dash is a quotation up to the comma before its
 * speech verb, as Danish and other Nordic news set off speech; a list item
 * opened by a dash or hyphen is none */
static void dash_quotation(void **state) {
  (void)state;
  const char *said[][2] = {
      {"da", "Besøg\n\n\xE2\x80\x93 Norge er en vigtig partner. Vi udviser ingen "
             "diplomater, sagde Karen Holm på et pressemøde.\n"},
      {"en", "Visit\n\n\xE2\x80\x94 Norway is an important partner. We expel no "
             "diplomats, said Karen Holm at a press conference.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(said[i][1], said[i][0]);
    CHECK(has_event(g, "#Statement", "Karen Holm", NULL), g);
    CHECK(count_typed(g, "#Expulsion") == 0, g);
    graph_free(g);
  }
  /* the speaker is named with the verb after the quotation, not with one
   * inside it; a hyphen opens a quotation too */
  const char *inner[][2] = {
      {"da", "Besøg\n\n\xE2\x80\x93 Jeg har talt med Olga Petrova, og hun sagde, at det "
             "var en fejl, siger Karen Holm.\n"},
      {"da", "Besøg\n\n- Jeg har talt med Olga Petrova, og hun sagde, at det var en "
             "fejl, siger Karen Holm.\n"},
      {"en", "Visit\n\n\xE2\x80\x94 I spoke with Olga Petrova, and she said it was a "
             "mistake, said Karen Holm.\n"},
  };
  for (size_t i = 0; i < 3; i++) {
    test_graph *g = extract(inner[i][1], inner[i][0]);
    CHECK(has_event(g, "#Statement", "Karen Holm", NULL), g);
    CHECK(!has_event(g, "#Statement", "Olga Petrova", NULL), g);
    graph_free(g);
  }
  /* a judgement in it is the speaker's; what follows the verb is told */
  test_graph *g = extract("Spionage\n\n\xE2\x80\x93 Det er uacceptabelt, sagde Karen "
                          "Holm efter et møde med Sveriges udenrigsminister.\n", "da");
  CHECK(has_event(g, "#Criticism", "Karen Holm", NULL), g);
  CHECK(count_typed(g, "#Meeting") == 1, g);
  graph_free(g);
  /* list items */
  const char *listed[][2] = {
      {"en", "Measures\n\nThe government announced measures:\n\n- expelling two "
             "Russian diplomats from Norway\n\n\xE2\x80\x93 restricting visas for "
             "Russian diplomats\n"},
      {"da", "Tiltag\n\nRegeringen meddelte tiltag:\n\n\xE2\x80\x93 Norge udviser "
             "to russiske diplomater\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    g = extract(listed[i][1], listed[i][0]);
    CHECK(count_typed(g, "#Expulsion") == 1, g);
    graph_free(g);
  }
}

/* what a speech verb reports after its comma has its own subject: the
 * speaker does not act in it */
static void speaker_does_not_act_in_what_is_reported(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"da", "Forsvarsminister Karen Holm siger, at skibet sejlede ind i svensk farvand."},
      {"en", "Defence Minister Karen Holm said, that the ship sailed into Swedish "
             "territorial waters."},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(count_typed(g, "#MilitaryIncursion") == 1, g);
    CHECK(!has(g, "MilitaryIncursion", "ns#actor", "person/karen-holm"), g);
    graph_free(g);
  }
}

/* one statement per speaker, however it is told */
static void one_statement_per_speaker(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Norway has expelled two Russian diplomats, Prime Minister Jonas Berg "
             "announced on 17 April 2021. Berg said there was \"well-founded "
             "suspicion\" of spying."},
      {"da", "Statsminister Jonas Berg meddelte den 17. april 2021, at Norge har "
             "udvist to russiske diplomater. Berg sagde, at der var "
             "\"velbegrundet mistanke\" om spionage."},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(count_typed(g, "#Statement") == 1, g);
    graph_free(g);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(scare_quotes_are_no_quotation),
      cmocka_unit_test(judgement_early_in_a_long_quotation),
      cmocka_unit_test(dash_quotation),
      cmocka_unit_test(speaker_does_not_act_in_what_is_reported),
      cmocka_unit_test(one_statement_per_speaker),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
