/* people: which person a name names — full names, surnames, unknown
 * names by their shape and context, monarchs by first name — on sentences
 * written for these tests, in English and Danish. */
#include "support.h"

static void later_surname_is_same_person(void **state) {
  (void)state;
  test_graph *g = extract("Sofie Kragh visited Berlin.\n\nLater, Kragh said the "
                          "talks had gone well.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
}

/* An unknown Danish name in the genitive is the name without its -s when
 * the text writes that form too; a name ending in -s of its own keeps it. */
static void unknown_name_in_the_danish_genitive(void **state) {
  (void)state;
  test_graph *g = extract("Strid\n\nEn erklæring fra præsident Tomas Ruvalo"
                          "s kontor kom i går. Ruvalo sagde, at han var "
                          "vred.\n", "da");
  CHECK(has_entity(g, "#Person", "Tomas Ruvalo"), g);
  CHECK(!has(g, NULL, "label", "Tomas Ruvalos"), g);
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
  g = extract("Strid\n\nPræsident Evo Morales sagde i går, at han var vred. "
              "Morales rejste hjem.\n", "da");
  CHECK(has_entity(g, "#Person", "Evo Morales"), g);
  graph_free(g);
  /* a weekday opening a sentence before a speech verb is its time */
  g = extract("Strid\n\nTorsdag erklærede Peru ambassadøren for persona non "
              "grata.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Row\n\nThursday said it all: Peru declared the ambassador "
              "persona non grata.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
}

/* A monarch's first name after a monarch's title is the gazetteer's
 * monarch of that name reigning at the time; of several, the one whose
 * state the sentence names; else no one known. */
static void monarch_by_first_name(void **state) {
  (void)state;
  test_graph *g = extract_dated("Visit\n\nKing Charles met the French "
                                "president in Paris.\n", "en", "2023-09-20");
  CHECK(has_role(g, "Charles III", "#HeadOfState", "United Kingdom"), g);
  graph_free(g);
  g = extract_dated("Besøg\n\nKong Frederik tog i går imod den franske "
                    "præsident.\n", "da", "2024-08-29");
  CHECK(has_entity(g, "#Person", "Frederik X"), g);
  graph_free(g);
  g = extract_dated("Besøg\n\nKong Frederik tog i går imod den franske "
                    "præsident.\n", "da", "1960-05-02");
  CHECK(has_entity(g, "#Person", "Frederik IX"), g);
  graph_free(g);
  /* two kings Abdullah in 2010: the state decides */
  g = extract_dated("Talks\n\nJordan's King Abdullah met the Egyptian "
                    "president.\n", "en", "2010-03-01");
  CHECK(has_entity(g, "#Person", "Abdullah II"), g);
  graph_free(g);
  g = extract_dated("Talks\n\nKing Abdullah met the Egyptian president.\n",
                    "en", "2010-03-01");
  CHECK(!has_entity(g, "#Person", "Abdullah II"), g);
  CHECK(!has_entity(g, "#Person", "Abdullah bin Abdulaziz"), g);
  graph_free(g);
  /* a given name "Ben" is no particle */
  g = extract_dated("Visit\n\nDefence Secretary Ben Wallace visited Kyiv. "
                    "Wallace thanked Ukraine.\n", "en", "2023-03-01");
  CHECK(has(g, "Criticism", NULL, NULL) || has(g, "Praise", "actor", "ben-wallace"), g);
  graph_free(g);
  /* the name after "bin" is the father's */
  g = extract_dated("Topmøde\n\nKronprins Mohammed bin Salman ledede "
                    "topmødet for sin far, kong Salman.\n", "da", "2021-01-05");
  CHECK(has_entity(g, "#Person", "Mohammed bin Salman"), g);
  CHECK(has_entity(g, "#Person", "Salman bin Abdulaziz"), g);
  CHECK(!has_role(g, "Mohammed bin Salman", "#HeadOfState", "Saudi Arabia"), g);
  graph_free(g);
}

/* a known surname after a title, opening an unknown name, is another
 * person, and so is the surname alone later on */
static void surname_opening_another_name(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Chinese Foreign Ministry spokesperson Mao Lin said on Monday that "
             "the talks were useful. Mao added that more talks would follow.\n"},
      {"da", "Talsmand for Kinas udenrigsministerium Mao Lin sagde mandag, at "
             "samtalerne var nyttige. Mao tilføjede, at flere samtaler ville "
             "følge.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", "Mao Lin"), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    graph_free(g);
  }
  /* after the title's comma too */
  const char *apposed[][2] = {
      {"en", "Norway summoned Canada's ambassador, Cameron Blake, on Monday.\n"},
      {"da", "Norge indkaldte Canadas ambassadør, Cameron Blake, mandag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(apposed[i][1], apposed[i][0]);
    CHECK(has_entity(g, "#Person", "Cameron Blake"), g);
    CHECK(has_role(g, "Cameron Blake", "#Ambassador", "Canada"), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    graph_free(g);
  }
}

/* a name nothing showed to be a person is one when its surname alone
 * later is: "alongside Wang Yi ... Wang said" */
static void full_name_before_its_surname(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Deal in Oslo\n\nThe envoys signed a plan alongside Tao Lin, the "
             "mediator. \"This is a victory,\" Tao said.\n"},
      {"da", "Aftale i Oslo\n\nUdsendingene underskrev en plan sammen med Tao Lin, "
             "mægleren. \"Det er en sejr,\" sagde Tao.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", "Tao Lin"), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    CHECK(has_event(g, "#Statement", "Tao Lin", NULL), g);
    graph_free(g);
  }
  /* a sentence's first word is no given name of itself */
  const char *openers[][2] = {
      {"en", "Talks\n\nYesterday Tao met the envoys. \"We are friends,\" Tao said.\n"},
      {"da", "Samtaler\n\nAlligevel Tao mødte udsendingene. \"Vi er venner,\" sagde Tao.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(openers[i][1], openers[i][0]);
    CHECK(!has(g, "person/yesterday", NULL, NULL) && !has(g, "person/alligevel", NULL, NULL), g);
    graph_free(g);
  }
  /* the first word of a known person's two-word name alone, as the
   * speaker: the person (surname first) */
  const char *known[][2] = {
      {"en", "Deal in Oslo\n\nThe envoys met Wang Yi on Monday. \"This is a victory,\" "
             "Wang said.\n"},
      {"da", "Aftale i Oslo\n\nUdsendingene mødte Wang Yi mandag. \"Det er en sejr,\" "
             "sagde Wang.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(known[i][1], known[i][0]);
    CHECK(count_typed(g, "#Person") == 1, g);
    CHECK(has_event(g, "#Statement", "Wang Yi", NULL), g);
    graph_free(g);
  }
}

/* a state's name after a title, before an unknown capitalised word, is
 * a given name */
static void state_name_as_given_name(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Foreign Minister Jordan Hale visited Oslo on Monday.\n"},
      {"da", "Udenrigsminister Jordan Hale besøgte Oslo mandag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", "Jordan Hale"), g);
    CHECK(count_typed(g, "#State") == 1, g); /* Norway, by its capital */
    graph_free(g);
  }
}

/* a name set off after a title and its ministry is a person */
static void name_after_title_and_ministry(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "A spokesman for the Iranian Foreign Ministry, Reza Karimi, rejected "
             "the claims.\n"},
      {"da", "Talsmanden for det iranske udenrigsministerium, Reza Karimi, afviste "
             "anklagerne.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", "Reza Karimi"), g);
    graph_free(g);
  }
}

/* a ministry of intelligence is a ministry of its state */
/* a place listed after a state is no person, nor is a headline's verb a
 * name */
static void no_person_from_a_place_or_a_verb(void **state) {
  (void)state;
  const char *texts[][3] = {
      {"en", "The foreign minister visited Ukraine, Bucha and Irpin on Monday.\n", "Bucha"},
      {"da", "Udenrigsministeren besøgte Ukraine, Butja og Irpin mandag.\n", "Butja"},
      {"en", "Minister Frederiksen Visits Kyiv\n\nThe minister arrived on Monday.\n",
       "Frederiksen Visits"},
      {"da", "Statsminister Frederiksen Besøger Kyiv\n\nMinisteren ankom mandag.\n",
       "Frederiksen Besøger"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(!has_entity(g, "#Person", texts[i][2]), g);
    graph_free(g);
  }
}

/* a known person keeps the text's form of the name beside the gazetteer's */
static void text_form_of_a_known_name(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "In 1985 George Shultz met the Soviet foreign minister in Geneva.\n"},
      {"da", "I 1985 mødtes George Shultz med den sovjetiske udenrigsminister i "
             "Genève.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has(g, "person/george-p-shultz", "altLabel", "George Shultz"), g);
    graph_free(g);
  }
  /* ... and with a middle initial the gazetteer's name lacks */
  const char *initialled[][2] = {
      {"en", "In 2023 Antony J. Blinken met the Norwegian foreign minister.\n"},
      {"da", "I 2023 mødtes Antony J. Blinken med den norske udenrigsminister.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(initialled[i][1], initialled[i][0]);
    CHECK(has(g, "person/antony-blinken", "altLabel", "Antony J. Blinken"), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    graph_free(g);
  }
  /* ... and without a first given name */
  const char *shortened[][2] = {
      {"en", "In 2023 Tayyip Erdogan met the Norwegian foreign minister.\n"},
      {"da", "I 2023 mødtes Tayyip Erdoğan med den norske udenrigsminister.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(shortened[i][1], shortened[i][0]);
    CHECK(has(g, "person/recep-tayyip-erdogan", "altLabel", "Tayyip Erdo"), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    graph_free(g);
  }
  /* another given name with a known surname is another person */
  test_graph *g = extract("In 2023 Emine Erdogan met the Norwegian foreign minister.\n", "en");
  CHECK(!has(g, "person/recep-tayyip-erdogan", NULL, NULL), g);
  graph_free(g);
}

static void known_office_holder_by_surname(void **state) {
  (void)state;
  test_graph *g = extract("If the allies waver, Putin will be pleased.\n", "en");
  CHECK(has_entity(g, "#Person", "Vladimir Putin"), g);
  graph_free(g);
}

/* a known name written family name first is that person */
static void known_name_family_name_first(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\nThe prime minister, Kishida Fumio, met Jorge Ruiz.\n", "en");
  CHECK(has_entity(g, "#Person", "Fumio Kishida"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
  g = extract("Samtale\n\nPremierminister Kishida Fumio mødte Jorge Ruiz.\n", "da");
  CHECK(has_entity(g, "#Person", "Fumio Kishida"), g);
  graph_free(g);
  /* the family name in capitals, as Japan's foreign ministry writes it,
   * with the office after it */
  g = extract("Talks\n\nOn 8 July 2024, KAMIKAWA Yoko, Minister for Foreign Affairs, "
              "met Jorge Ruiz.\n", "en");
  CHECK(has_role(g, "Yoko Kamikawa", "ForeignMinister", "Japan"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
  g = extract("Samtale\n\nDen 8. juli 2024 mødtes KAMIKAWA Yoko, Japans "
              "udenrigsminister, med Jorge Ruiz.\n", "da");
  CHECK(has_role(g, "Yoko Kamikawa", "ForeignMinister", "Japan"), g);
  graph_free(g);
}

/* "A. Blinken": an initial before a known surname stands for the known
 * person's given name when it begins it; another initial is another
 * person */
static void initial_before_a_known_surname(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\nSecretary of State A. Blinken met Pablo Rojas "
                          "in 2023.\n", "en");
  CHECK(has_entity(g, "#Person", "Antony Blinken"), g);
  CHECK(has_role(g, "Antony Blinken", "ForeignMinister", "United States"), g);
  graph_free(g);
  g = extract("Samtale\n\nUdenrigsminister A. Blinken mødtes i 2023 med Pablo "
              "Rojas.\n", "da");
  CHECK(has_entity(g, "#Person", "Antony Blinken"), g);
  graph_free(g);
  g = extract("Talks\n\nMr. K. Blinken met Pablo Rojas.\n", "en");
  CHECK(!has_entity(g, "#Person", "Antony Blinken"), g);
  graph_free(g);
}

static void name_with_particle_and_initial(void **state) {
  (void)state;
  test_graph *g = extract("In 1950, Karl Heinrich von Berg met President Harry "
                          "S. Truman in Washington.\n", "en");
  CHECK(has_entity(g, "#Person", "Karl Heinrich von Berg"), g);
  CHECK(has_entity(g, "#Person", "Harry S. Truman"), g);
  graph_free(g);
}

/* capitalised words the lexicon does not know before a given name and a
 * surname are a title: the name starts at the given name */
static void unknown_title_before_a_name(void **state) {
  (void)state;
  const char *texts[][4] = {
      {"The Norwegian Trade Envoy Ingrid Haugland met Swedish officials.", "en",
       "Ingrid Haugland", "Envoy"},
      {"Norway's Fisheries Commissioner Erik Dahl visited Reykjavik.", "en",
       "Erik Dahl", "Commissioner"},
      {"Den norske Handelsudsending Ingrid Haugland besøgte Stockholm.", "da",
       "Ingrid Haugland", "Handelsudsending"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    test_graph *g = extract(texts[i][0], texts[i][1]);
    CHECK(has_entity(g, "#Person", texts[i][2]), g);
    CHECK(!has_entity(g, "#Person", texts[i][3]), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    graph_free(g);
  }
}

/* a given name before one letter is no full name: "Hans Ø" is an island */
static void name_ending_in_one_letter(void **state) {
  (void)state;
  test_graph *g = extract("Denmark and Canada agreed to divide Hans Ø.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Danmark og Canada blev enige om at dele Hans Ø mellem sig.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Premierminister Múte B. Egede mødtes med Canadas "
              "udenrigsminister.\n", "da");
  CHECK(has_entity(g, "#Person", "Múte B. Egede"), g);
  graph_free(g);
}

static void non_ascii_names(void **state) {
  (void)state;
  test_graph *g = extract("Statsminister Lars Løkke Rasmussen talte med "
                          "præsident Volodymyr Zelenskyj.\n", "da");
  CHECK(has_entity(g, "#Person", "Lars Løkke Rasmussen"), g);
  CHECK(has_entity(g, "#Person", "Volodymyr Zelenskyj"), g);
  graph_free(g);
}

static void adjective_of_a_thing_is_no_person(void **state) {
  (void)state;
  test_graph *g = extract("Russian fighters were seen near Danish waters, "
                          "the Russian Embassy said.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  CHECK(has_entity(g, "#State", "Russia"), g);
  graph_free(g);
}

static void sentence_start_is_no_name(void **state) {
  (void)state;
  test_graph *g = extract("Frosty relations are thawing. Yesterday Denmark "
                          "and Norway agreed.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(later_surname_is_same_person),
      cmocka_unit_test(known_office_holder_by_surname),
      cmocka_unit_test(unknown_name_in_the_danish_genitive),
      cmocka_unit_test(monarch_by_first_name),
      cmocka_unit_test(surname_opening_another_name),
      cmocka_unit_test(text_form_of_a_known_name),
      cmocka_unit_test(state_name_as_given_name),
      cmocka_unit_test(full_name_before_its_surname),
      cmocka_unit_test(name_after_title_and_ministry),
      cmocka_unit_test(no_person_from_a_place_or_a_verb),
      cmocka_unit_test(name_with_particle_and_initial),
      cmocka_unit_test(initial_before_a_known_surname),
      cmocka_unit_test(known_name_family_name_first),
      cmocka_unit_test(unknown_title_before_a_name),
      cmocka_unit_test(name_ending_in_one_letter),
      cmocka_unit_test(non_ascii_names),
      cmocka_unit_test(adjective_of_a_thing_is_no_person),
      cmocka_unit_test(sentence_start_is_no_name),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
