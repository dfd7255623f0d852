/* resolve: ministries, embassies, organisations, the document's state and
 * coreference, on sentences written for these tests, in English and
 * Danish (people: test_people.c; the offices people hold: test_posts.c). */
#include "support.h"

/* A press release's sender under a title headed by another state: the
 * sender's state is the document's. */
static void sender_before_the_title(void **state) {
  (void)state;
  test_graph *g = extract_dated("Chile removes duties on Norwegian salmon\n\n"
                                "Joint media release\n\nEspen Barth Eide, "
                                "Minister of Foreign Affairs\n\nThe government "
                                "welcomes the decision of Chile. The trade "
                                "minister, Anna Berg, thanked Santiago.\n",
                                "en", "2024-05-02");
  CHECK(has_role(g, "Anna Berg", "#Minister", "Norway"), g);
  graph_free(g);
  g = extract_dated("Chile fjerner told på norsk laks\n\nPressemeddelelse\n\n"
                    "Espen Barth Eide, udenriksminister\n\nRegeringen glæder "
                    "sig over Chiles beslutning. Handelsministeren, Anna Berg, "
                    "takkede Santiago.\n", "da", "2024-05-02");
  CHECK(has_role(g, "Anna Berg", "#Minister", "Norway"), g);
  graph_free(g);
  /* a standfirst is no sender */
  g = extract_dated("Chile hosts peace talks\n\nEspen Barth Eide to attend the "
                    "talks in Santiago\n\nThe trade minister, Anna Berg, said "
                    "the talks would start on Monday.\n", "en", "2024-05-02");
  CHECK(!has_role(g, "Anna Berg", "#Minister", "Norway"), g);
  graph_free(g);
}

/* The rest of a ministry's name after "and" is no person; a word after a
 * state's genitive names a body, not a person, even after a title. */
static void ministry_name_continued_and_bodies(void **state) {
  (void)state;
  test_graph *g = extract("Row\n\nChile's Ministry of Foreign Affairs and "
                          "International Cooperation said in a statement that "
                          "talks were over. The Department of Foreign Affairs "
                          "and Trade said so too.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  CHECK(has(g, "ministry", "altLabel", "Ministry of Foreign Affairs and International Cooperation"), g);
  graph_free(g);
  g = extract("Strid\n\nDanmark anerkender i dag formanden for Chiles "
              "Nationalforsamling, Luis Soto, som landets præsident.\n", "da");
  CHECK(has_entity(g, "#Person", "Luis Soto"), g);
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
}

/* A news agency in parentheses before the dateline's dash is a byline;
 * named in the text it is an organisation. */
static void agency_byline_is_no_mention(void **state) {
  (void)state;
  test_graph *g = extract("Ties cut\n\nLIMA, March 18 (Reuters) - Peru cut ties "
                          "with Chile on Monday.\n", "en");
  CHECK(!has(g, "org/reuters", NULL, NULL), g);
  graph_free(g);
  g = extract("Brud\n\nLIMA (Ritzau) \xE2\x80\x93 Peru afbrød i går forbindelserne "
              "til Chile, skriver Reuters.\n", "da");
  CHECK(!has(g, "org/ritzau", NULL, NULL), g);
  CHECK(has(g, "org/reuters", NULL, NULL), g);
  graph_free(g);
}

static void intelligence_ministry(void **state) {
  (void)state;
  test_graph *g = extract("The EU imposed sanctions on Iran's Ministry of "
                          "Intelligence.\n", "en");
  CHECK(has(g, "ministry/IR-intelligence", "type", "ns#Ministry"), g);
  graph_free(g);
  g = extract("EU indførte sanktioner mod det iranske efterretningsministerium.\n",
              "da");
  CHECK(has(g, "ministry/IR-intelligence", "type", "ns#Ministry"), g);
  CHECK(has(g, "ministry/IR-intelligence", "altLabel", "Ministry of Intelligence"), g);
  graph_free(g);
}

/* a ministry with no state of its own in a sentence opening "In Moscow,"
 * is that state's; a Danish generic name in the genitive is a ministry */
static void ministry_of_the_place_opening_the_sentence(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Norway expels Russian diplomat\n\nNorway expelled a Russian diplomat on "
             "Monday. In Moscow, Foreign Ministry spokeswoman Olga Petrova called the "
             "decision a provocation.\n"},
      {"da", "Norge udviser russisk diplomat\n\nNorge udviste mandag en russisk "
             "diplomat. I Moskva kaldte udenrigsministeriets talskvinde, Olga Petrova, "
             "beslutningen en provokation.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has(g, "ministry/RU-foreign-affairs", "ministryOf", "state/RU"), g);
    CHECK(has_role(g, "Olga Petrova", "#Official", "Russia"), g);
    CHECK(!has(g, "ministry/NO-", NULL, NULL), g);
    graph_free(g);
  }
}

/* a ministry found by its generic name is also called by its function's
 * English name; a named one keeps its own names */
static void generic_name_of_a_ministry(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Norway's foreign ministry summoned the ambassador.\n"},
      {"da", "Det norske udenrigsministerium indkaldte ambassadøren.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has(g, "ministry/NO-foreign-affairs", "altLabel", "\"Ministry of Foreign Affairs\"@en"), g);
    graph_free(g);
  }
  test_graph *g = extract("Ambassadøren blev kaldt til møde i Udenrigsministeriet i går.\n", "da");
  CHECK(!has(g, "ministry/DK-", "altLabel", "\"Ministry of Foreign Affairs\"@en"), g);
  graph_free(g);
}

static void generic_ministry_is_home_ministry(void **state) {
  (void)state;
  test_graph *g = extract("Denmark summons envoy\n\nThe Foreign Ministry "
                          "summoned the ambassador. According to the ministry, "
                          "the meeting was short.\n", "en");
  CHECK(has(g, "ministry/DK-", "ministryOf", "state/DK"), g);
  assert_int_equal(count_typed(g, "#Ministry"), 1);
  graph_free(g);
  /* an adjective at the head of the title names the home state when it
   * qualifies a government or an office, not a thing */
  const char *homes[][3] = {
      {"en", "Norwegian government summons envoy\n\nThe Foreign Ministry summoned "
             "Sweden's ambassador on Monday.\n", "ministry/NO-"},
      {"da", "Norsk regering indkalder ambassadør\n\nMandag indkaldte "
             "udenrigsministeriet Sveriges ambassadør.\n", "ministry/NO-"},
      {"en", "Swedish warship enters Norwegian waters\n\nThe Foreign Ministry "
             "summoned Norway's ambassador. Norway's navy and Norway's coast guard "
             "followed the ship.\n", "ministry/NO-"},
  };
  for (size_t i = 0; i < 3; i++) {
    g = extract(homes[i][1], homes[i][0]);
    CHECK(has(g, homes[i][2], "type", "ns#Ministry"), g);
    graph_free(g);
  }
}

/* Where neither the title nor the language names the home state, a
 * known office holder counts for theirs: a story about Swedish ministers
 * is told from Sweden, however often it names Russia. In Danish the
 * language still decides. */
static void known_people_count_for_the_home_state(void **state) {
  (void)state;
  const char *texts[][3] = {
      {"en", "Jets near Gotland\n\nRussian jets flew near Gotland, and "
             "Russia's ambassador was summoned. Ann Linde called it a "
             "provocation, and Linde said it must stop. The defence minister, "
             "Sven Olsson, said that the jets had flown there before.\n",
       "Sweden"},
      {"da", "Fly ved Gotland\n\nRussiske fly fløj ved Gotland, og Ruslands "
             "ambassadør blev kaldt ind. Ann Linde kaldte det en provokation, "
             "og Linde sagde, at det må stoppe. Forsvarsministeren, Sven "
             "Olsson, sagde, at flyene havde fløjet der før.\n", "Denmark"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Sven Olsson", "#Minister", texts[i][2]), g);
    graph_free(g);
  }
}

/* A site header naming one state ("Ministry of Foreign Affairs of
 * Japan", "Government of Norway") makes it the home state, over the
 * language and the count of names; two states in it make none */
static void site_header_names_the_home_state(void **state) {
  (void)state;
  const char *texts[][3] = {
      {"en", "Ministry of Foreign Affairs of Japan\nHome > Press\n\nTalks with "
             "Chile\n\nMinister of Trade Sven Olsson met Chile's foreign "
             "minister, Pablo Rojas, and Chile's trade minister in Santiago.\n",
       "Japan"},
      {"da", "Norges regering | Udenrigsministeriet\nForside > Presse\n\nSamtale med Chile\n\n"
             "Handelsminister Sven Olsson mødtes med Chiles udenrigsminister, "
             "Pablo Rojas, i Santiago.\n", "Norway"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Sven Olsson", "#Minister", texts[i][2]), g);
    graph_free(g);
  }
}

static void danish_ministry(void **state) {
  (void)state;
  test_graph *g = extract("Ambassadøren blev kaldt til møde i "
                          "Udenrigsministeriet i går.\n", "da");
  CHECK(has(g, "ministry/DK-", "ministryOf", "state/DK"), g);
  graph_free(g);
}

static void embassy_by_adjective_and_city(void **state) {
  (void)state;
  test_graph *g = extract("Police guarded the French embassy in Oslo.\n", "en");
  CHECK(has(g, "embassy/FR-in-NO", "embassyOf", "state/FR"), g);
  graph_free(g);
}

static void embassy_in_danish(void **state) {
  (void)state;
  test_graph *g = extract("Der var demonstration foran den kinesiske ambassade i "
                          "København.\n", "da");
  CHECK(has(g, "embassy/CN-in-DK", "locatedIn", "state/DK"), g);
  graph_free(g);
}

static void genitive_state(void **state) {
  (void)state;
  test_graph *g = extract("Ruslands udenrigsminister Igor Petrov og Norway's "
                          "ambassador Kari Lunde.\n", "da");
  CHECK(has_role(g, "Igor Petrov", "#ForeignMinister", "Russia"), g);
  graph_free(g);
}

static void historical_adjective_is_not_modern_state(void **state) {
  (void)state;
  test_graph *g = extract("In 1905, Russian sailors came ashore in Denmark.\n", "en");
  CHECK(!has_entity(g, "#State", "Russia"), g);
  graph_free(g);
}

static void same_iri_across_documents(void **state) {
  (void)state;
  test_graph *a = extract("Danish foreign minister Kristian Jensen spoke.\n", "en");
  test_graph *b = extract("Udenrigsminister Kristian Jensen talte.\n", "da");
  assert_true(has(a, "person/kristian-jensen", "#type", NULL));
  assert_true(has(b, "person/kristian-jensen", "#type", NULL));
  assert_true(has(a, "post/ForeignMinister/state-dk", "#postIn", "state/DK"));
  assert_true(has(b, "post/ForeignMinister/state-dk", "#postIn", "state/DK"));
  graph_free(a);
  graph_free(b);
}

static void acronym_is_not_a_cue(void **state) {
  (void)state;
  /* "dr." is a title cue, "DR" the Danish broadcaster */
  test_graph *g = extract("The minister told DR.\n", "en");
  CHECK(has_entity(g, "#Organization", "DR"), g);
  graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sender_before_the_title),
      cmocka_unit_test(ministry_name_continued_and_bodies),
      cmocka_unit_test(agency_byline_is_no_mention),
      cmocka_unit_test(intelligence_ministry),
      cmocka_unit_test(generic_name_of_a_ministry),
      cmocka_unit_test(ministry_of_the_place_opening_the_sentence),
      cmocka_unit_test(generic_ministry_is_home_ministry),
      cmocka_unit_test(known_people_count_for_the_home_state),
      cmocka_unit_test(site_header_names_the_home_state),
      cmocka_unit_test(danish_ministry),
      cmocka_unit_test(embassy_by_adjective_and_city),
      cmocka_unit_test(embassy_in_danish),
      cmocka_unit_test(genitive_state),
      cmocka_unit_test(historical_adjective_is_not_modern_state),
      cmocka_unit_test(same_iri_across_documents),
      cmocka_unit_test(acronym_is_not_a_cue),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
