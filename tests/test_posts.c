/* posts: the offices people hold, from titles next to names, counterparts,
 * consorts, titles of one place and titles alone, on sentences written for
 * these tests, in English and Danish. */
#include "support.h"

#include <stdio.h>

static void title_before_name_en(void **state) {
  (void)state;
  test_graph *g = extract("Talks in Oslo\n\nForeign minister Anna Berg met "
                          "the Swedish ambassador Per Lind on Tuesday.\n", "en");
  CHECK(has_entity(g, "#Person", "Anna Berg"), g);
  CHECK(has_entity(g, "#Person", "Per Lind"), g);
  CHECK(has_role(g, "Per Lind", "#Ambassador", "Sweden"), g);
  graph_free(g);
}

static void title_before_name_da(void **state) {
  (void)state;
  test_graph *g = extract("Udenrigsminister Mette Holm mødtes i går med den "
                          "nye tyske udenrigsminister Klaus Weber.\n", "da");
  CHECK(has_role(g, "Klaus Weber", "#ForeignMinister", "Germany"), g);
  CHECK(has_role(g, "Mette Holm", "#ForeignMinister", "Denmark"), g);
  graph_free(g);
}

static void apposition_and_counterpart(void **state) {
  (void)state;
  test_graph *g = extract(
      "Danish minister meets Norwegian colleague\n\n"
      "The foreign minister, Erik Dahl, said he would talk to his Norwegian "
      "counterpart, Ola Nordmann, next week.\n", "en");
  CHECK(has_role(g, "Erik Dahl", "#ForeignMinister", "Denmark"), g);
  CHECK(has_role(g, "Ola Nordmann", "#ForeignMinister", "Norway"), g);
  graph_free(g);
}

/* an office without its state in the text is that of the state a known
 * person serves, not the document's */
/* A rank between the title's comma and the name: the holder still. */
/* "Jorge Ruiz, Chile's foreign minister, ...": the office after a name,
 * its state in the genitive */
static void apposition_with_a_genitive_state(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\nJorge Ruiz, Chile's foreign minister, met Pablo "
                          "Rojas on Monday.\n", "en");
  CHECK(has_role(g, "Jorge Ruiz", "ForeignMinister", "Chile"), g);
  CHECK(!has_role(g, "Pablo Rojas", "ForeignMinister", "Chile"), g);
  graph_free(g);
  g = extract("Samtale\n\nJorge Ruiz, Chiles udenrigsminister, mødtes mandag med "
              "Pablo Rojas.\n", "da");
  CHECK(has_role(g, "Jorge Ruiz", "ForeignMinister", "Chile"), g);
  graph_free(g);
}

static void rank_between_title_and_name(void **state) {
  (void)state;
  test_graph *g = extract("Border talks\n\nChile's defence minister, Gen. Luis "
                          "Soto, met the press.\n", "en");
  CHECK(has_role(g, "Luis Soto", "#Minister", "Chile"), g);
  graph_free(g);
  g = extract("Grænsesamtaler\n\nChiles udenrigsminister, dr. Luis Soto, "
              "mødte pressen i går.\n", "da");
  CHECK(has_role(g, "Luis Soto", "#ForeignMinister", "Chile"), g);
  graph_free(g);
  /* forms of address one after the other */
  const char *addressed[][2] = {
      {"en", "Visit\n\nThe Foreign Minister of Chile, H.E. Mr. Luis Soto, paid an "
             "official visit to Oslo.\n"},
      {"en", "Visit\n\nThe Foreign Minister of Chile, His Excellency Dr. Luis "
             "Soto, paid an official visit to Oslo.\n"},
      {"da", "Besøg\n\nChiles udenrigsminister, hans excellence dr. Luis Soto, "
             "aflagde officielt besøg i Oslo.\n"},
  };
  for (size_t i = 0; i < 3; i++) {
    g = extract(addressed[i][1], addressed[i][0]);
    CHECK(has_role(g, "Luis Soto", "#ForeignMinister", "Chile"), g);
    CHECK(count_typed(g, "#Person") == 1, g);
    graph_free(g);
  }
}

/* A former's word joined to a title by a hyphen is that title. */
static void hyphenated_former_title(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Row\n\nIt came after Chile's then-president, Luis Soto, recognised "
             "the new government.\n"},
      {"da", "Strid\n\nDet skete, efter at Chiles eks-præsident, Luis Soto, "
             "anerkendte den nye regering.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Luis Soto", "#HeadOfState", "Chile"), g);
    graph_free(g);
  }
  /* not any hyphenated word before a title's word */
  test_graph *g = extract("Row\n\nThe anti-president protests in Chile grew, and "
                          "Luis Soto left.\n", "en");
  CHECK(!has(g, NULL, "heldBy", NULL), g);
  graph_free(g);
}

/* "X's predecessor, NAME": NAME held X's office, before. */
static void predecessor_held_the_office(void **state) {
  (void)state;
  test_graph *g = extract("Treaty\n\nThe treaty was signed by the Prime "
                          "Minister of Chile, the Hon Luis Soto, and Mr Soto's "
                          "predecessor, Ana Vidal, in 2023.\n", "en");
  CHECK(has_role(g, "Luis Soto", "#PrimeMinister", "Chile"), g);
  CHECK(has_role(g, "Ana Vidal", "#PrimeMinister", "Chile"), g);
  graph_free(g);
  g = extract("Møde\n\nChiles premierminister Luis Soto mødte i går sin "
              "forgænger, Ana Vidal, i Santiago.\n", "da");
  CHECK(has_role(g, "Ana Vidal", "#PrimeMinister", "Chile"), g);
  graph_free(g);
  /* whose predecessor must hold an office told in the text */
  g = extract("Talks\n\nPrime Minister Anna Berg met Luis Soto and his "
              "predecessor, Ana Vidal, in Oslo.\n", "en");
  CHECK(!has_role(g, "Ana Vidal", "#PrimeMinister", "Norway"), g);
  graph_free(g);
  g = extract("Samtaler\n\nStatsminister Anna Berg mødte Luis Soto og hans "
              "forgænger, Ana Vidal, i Oslo.\n", "da");
  CHECK(!has_role(g, "Ana Vidal", "#PrimeMinister", "Denmark"), g);
  graph_free(g);
  /* a sheikh's title before his name */
  g = extract("Topmøde\n\nChiles emir, sheik Luis Soto, landede i går.\n", "da");
  CHECK(has_role(g, "Luis Soto", "#HeadOfState", "Chile"), g);
  graph_free(g);
}

/* "X became prime minister": the person before a copula holds the title
 * after it, across articles and words such as "first", not across
 * another verb, a negation or a genitive. */
static void office_after_a_copula(void **state) {
  (void)state;
  const char *yes[][4] = {
      {"en", "Luis Soto became prime minister of Chile in 2017.", "Luis Soto", "#PrimeMinister"},
      {"en", "In 2021 Luis Soto became the first Chilean foreign minister to visit Oslo.",
       "Luis Soto", "#ForeignMinister"},
      {"da", "Luis Soto blev udnævnt til Chiles udenrigsminister i 2019.", "Luis Soto",
       "#ForeignMinister"},
      {"da", "Luis Soto er Chiles nye statsminister.", "Luis Soto", "#PrimeMinister"},
      {"en", "Talks began after Luis Soto was appointed foreign minister of Chile.",
       "Luis Soto", "#ForeignMinister"},
      {"da", "Forhandlingerne begyndte, da Luis Soto blev udnævnt til Chiles "
             "udenrigsminister.", "Luis Soto", "#ForeignMinister"},
      /* a relative clause tells of the name before it, whatever that
       * name's place in the sentence; an adverb may stand before the verb */
      {"en", "Talks began with Luis Soto, who later became Chile's foreign minister.",
       "Luis Soto", "#ForeignMinister"},
      {"da", "Forhandlingerne begyndte med Luis Soto, der senere blev Chiles "
             "udenrigsminister.", "Luis Soto", "#ForeignMinister"},
      {"en", "Ana Berg and Luis Soto, who became Chile's prime minister in 2019, met "
             "in Oslo.", "Luis Soto", "#PrimeMinister"},
      {"da", "Ana Berg og Luis Soto, som i 2019 blev Chiles statsminister, mødtes i "
             "Oslo.", "Luis Soto", "#PrimeMinister"},
  };
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
    char text[256];
    snprintf(text, sizeof text, "T\n\n%s\n", yes[i][1]);
    test_graph *g = extract(text, yes[i][0]);
    CHECK(has_role(g, yes[i][2], yes[i][3], "Chile"), g);
    graph_free(g);
  }
  const char *no[][2] = {
      {"en", "Luis Soto is meeting the Chilean prime minister today."},
      {"en", "Luis Soto is the Chilean foreign minister's adviser."},
      {"da", "Luis Soto er ikke Chiles udenrigsminister."},
      {"da", "Luis Soto var udenrigsministerens rådgiver i Chile."},
      /* the person is no subject of the copula */
      {"en", "Next to Luis Soto was the Chilean prime minister."},
      {"da", "Ved siden af Luis Soto var Chiles premierminister."},
      /* an active participle appoints */
      {"en", "Luis Soto has named a new Chilean foreign minister."},
      {"da", "Luis Soto har udnævnt en ny chilensk udenrigsminister."},
      /* an office taken later, with no state named */
      {"da", "Ana Berg mødte Luis Soto, som i 2019 blev udenrigsminister."},
      /* a relative clause whose verb is no copula */
      {"en", "Ana Berg met Luis Soto, who is meeting the Chilean foreign minister."},
      {"da", "Ana Berg mødte Luis Soto, som i dag mødes med Chiles udenrigsminister."},
  };
  for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
    char text[256];
    snprintf(text, sizeof text, "T\n\n%s\n", no[i][1]);
    test_graph *g = extract(text, no[i][0]);
    CHECK(!has(g, NULL, "heldBy", NULL) && !has(g, NULL, "holds", NULL), g);
    graph_free(g);
  }
  /* an office taken later is held at another time: its state takes no
   * part in the story's meeting */
  const char *later[][2] = {
      {"en", "T\n\nAna Berg met Luis Soto, who later became Chile's prime "
             "minister, in 1970.\n"},
      {"da", "T\n\nAna Berg mødte i 1970 Luis Soto, der senere blev Chiles "
             "statsminister.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(later[i][1], later[i][0]);
    CHECK(has(g, NULL, "formerHolder", "person/luis-soto"), g);
    CHECK(!has_event(g, "#Meeting", "Chile", NULL), g);
    graph_free(g);
  }
}

/* An office of an international organisation, with no body named beside
 * its title, is the organisation's the text names, never the document's
 * own state's; none is told when the text names no organisation. */
static void office_of_an_organisation(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Talks in Brussels\n\nDenmark's foreign minister met NATO ministers on "
             "Monday. Alliance Secretary-General Karen Holm said the talks were "
             "useful.\n"},
      {"da", "Møde i Bruxelles\n\nDanmarks udenrigsminister mødtes mandag med "
             "NATO's ministre. Generalsekretær Karen Holm sagde, at samtalerne var "
             "nyttige.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Karen Holm", "Official", "NATO"), g);
    CHECK(!has_role(g, "Karen Holm", "Official", "Denmark"), g);
    graph_free(g);
  }
  const char *alone[][2] = {
      {"en", "Talks in Copenhagen\n\nPrime Minister Mette Frederiksen met "
             "Secretary-General Karen Holm on Monday.\n"},
      {"da", "Møde i København\n\nStatsminister Mette Frederiksen mødtes mandag "
             "med generalsekretær Karen Holm.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(alone[i][1], alone[i][0]);
    CHECK(!has_role(g, "Karen Holm", "Official", "Denmark"), g);
    graph_free(g);
  }
  /* not a body's own secretary-general, nor a party's; an organisation
   * named far before or only after a known person's title is none of his */
  const char *bodies[][2] = {
      {"da", "Kritik\n\nNATO's ministre mødtes mandag. Red Barnets generalsekretær "
             "Karen Holm kritiserede Rusland.\n"},
      {"da", "Kritik\n\nPartiets generalsekretær Karen Holm kritiserede regeringen, "
             "efter at EU havde indført sanktioner.\n"},
      {"en", "Criticism\n\nNATO ministers met on Monday. Save the Children "
             "Secretary General Karen Holm criticised Russia.\n"},
  };
  for (size_t i = 0; i < 3; i++) {
    test_graph *g = extract(bodies[i][1], bodies[i][0]);
    CHECK(!has_role(g, "Karen Holm", "Official", "NATO"), g);
    CHECK(!has_role(g, "Karen Holm", "Official", "European Union"), g);
    graph_free(g);
  }
  /* the organisation a title's word opens */
  test_graph *eu = extract("Møde\n\nNATO's generalsekretær mødtes med "
                           "EU-kommissær Karen Holm.\n", "da");
  CHECK(has_role(eu, "Karen Holm", "Official", "European Union"), eu);
  graph_free(eu);
  /* an organisation's name ending in s takes the bare apostrophe of the
   * genitive, as do states' */
  test_graph *g = extract("Brev\n\nBrevet blev sendt til OAS' generalsekretær, "
                          "Karen Holm, i går.\n", "da");
  CHECK(has_role(g, "Karen Holm", "Official", "Organization of American States"), g);
  graph_free(g);
  g = extract("Talks\n\nThe Philippines' foreign minister, Luis Soto, met "
              "Norway's foreign minister in Oslo.\n", "en");
  CHECK(has_role(g, "Luis Soto", "ForeignMinister", "Philippines"), g);
  graph_free(g);
}

/* A known person's office named by its title alone is where the gazetteer
 * says they held it that year, though they held others elsewhere. */
static void known_person_office_by_role(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Sweden and NATO\n\nSweden's bid will go ahead, Secretary-General "
             "Jens Stoltenberg said on 10 July 2023.\n"},
      {"da", "Sverige og NATO\n\nSveriges ansøgning går videre, sagde "
             "generalsekretær Jens Stoltenberg den 10. juli 2023.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Jens Stoltenberg", "Official", "NATO"), g);
    CHECK(!has_role(g, "Jens Stoltenberg", "Official", "Sweden"), g);
    graph_free(g);
  }
}

/* "Minister Kamikawa": a bare "minister" for a person the gazetteer makes
 * foreign minister that year is that office; a portfolio named is not */
static void bare_minister_title_of_a_foreign_minister(void **state) {
  (void)state;
  test_graph *g = extract("Talks in Manila\n\nOn 8 July 2024 Minister Kamikawa met "
                          "Pablo Rojas.\n", "en");
  CHECK(has_role(g, "Yoko Kamikawa", "ForeignMinister", "Japan"), g);
  CHECK(!has_role(g, "Yoko Kamikawa", "#Minister", "Japan"), g);
  graph_free(g);
  g = extract("Møde i Manila\n\nDen 8. juli 2024 mødtes minister Kamikawa med "
              "Pablo Rojas.\n", "da");
  CHECK(has_role(g, "Yoko Kamikawa", "ForeignMinister", "Japan"), g);
  graph_free(g);
  g = extract("Talks in Manila\n\nOn 8 July 2024 Trade Minister Kamikawa met "
              "Pablo Rojas.\n", "en");
  CHECK(!has_role(g, "Yoko Kamikawa", "ForeignMinister", "Japan"), g);
  graph_free(g);
  /* "the minister" after it is still that person */
  g = extract("Talks in Tokyo\n\nOn 8 July 2024 Minister Kamikawa met Pablo Rojas "
              "in Tokyo. The minister praised Chile for its help.\n", "en");
  CHECK(event_role(g, "#Praise", "actor", "Yoko Kamikawa"), g);
  graph_free(g);
  g = extract("Møde i Tokyo\n\nDen 8. juli 2024 mødtes minister Kamikawa med Pablo "
              "Rojas i Tokyo. Ministeren roste Chile for hjælpen.\n", "da");
  CHECK(event_role(g, "#Praise", "actor", "Yoko Kamikawa"), g);
  graph_free(g);
}

static void known_person_office_state(void **state) {
  (void)state;
  test_graph *g = extract("Denmark hosts talks\n\nForeign Minister Lars Løkke "
                          "Rasmussen met Secretary of State Antony Blinken.\n", "en");
  CHECK(has_role(g, "Antony Blinken", "ForeignMinister", "United States"), g);
  CHECK(has_role(g, "Lars Løkke Rasmussen", "ForeignMinister", "Denmark"), g);
  graph_free(g);
  g = extract("Udenrigsminister Antony Blinken mødtes med udenrigsminister Lars "
              "Løkke Rasmussen i København.\n", "da");
  CHECK(has_role(g, "Antony Blinken", "ForeignMinister", "United States"), g);
  CHECK(!has_role(g, "Antony Blinken", "ForeignMinister", "Denmark"), g);
  graph_free(g);
  /* leaders of other states named by a title alone ("President Claudia
   * Sheinbaum" in a story from Canada) */
  g = extract("Talks in Ottawa\n\nPresident Claudia Sheinbaum met Prime Minister "
              "Mark Carney.\n", "en");
  CHECK(has_role(g, "Claudia Sheinbaum", "HeadOfState", "Mexico"), g);
  CHECK(has_role(g, "Mark Carney", "PrimeMinister", "Canada"), g);
  graph_free(g);
  g = extract("Statsminister Mette Frederiksen mødtes med præsident Alexander "
              "Stubb og premierminister Dick Schoof.\n", "da");
  CHECK(has_role(g, "Alexander Stubb", "HeadOfState", "Finland"), g);
  CHECK(!has_role(g, "Alexander Stubb", "HeadOfState", "Denmark"), g);
  CHECK(has_role(g, "Dick Schoof", "PrimeMinister", "Netherlands"), g);
  CHECK(has_role(g, "Mette Frederiksen", "PrimeMinister", "Denmark"), g);
  graph_free(g);
  /* an unknown person's office stays at home */
  g = extract("Udenrigsminister Karen Holm mødtes med Sveriges ambassadør.\n", "da");
  CHECK(has_role(g, "Karen Holm", "ForeignMinister", "Denmark"), g);
  graph_free(g);
}

static void one_holder_at_a_time(void **state) {
  (void)state;
  test_graph *g = extract("Denmark and Iceland\n\nPrime Minister Karen Holm "
                          "visited Iceland, where she met Prime Minister Anna "
                          "Sigurdardottir.\n", "en");
  CHECK(has_role(g, "Karen Holm", "PrimeMinister", "Denmark"), g);
  CHECK(has_role(g, "Anna Sigurdardottir", "PrimeMinister", "Iceland"), g);
  graph_free(g);
  /* the known holder named later still keeps the office at home */
  g = extract("Lars Løkke Rasmussen besøgte Berlin, hvor han mødtes med "
              "udenrigsminister Karin Weber. Udenrigsminister Lars Løkke "
              "Rasmussen sagde, at mødet var godt.\n", "da");
  CHECK(has_role(g, "Karin Weber", "ForeignMinister", "Germany"), g);
  CHECK(has_role(g, "Lars Løkke Rasmussen", "ForeignMinister", "Denmark"), g);
  graph_free(g);
  /* ministers are many: two at home stay at home */
  g = extract("Handelsminister Karen Holm og forsvarsminister Per Lind besøgte "
              "Island.\n", "da");
  CHECK(!has_role(g, "Per Lind", "Minister", "Iceland"), g);
  graph_free(g);
  /* with no other state named, the office held at home by another is
   * nobody's guess */
  g = extract("Statsminister Mette Frederiksen mødte i går premierminister Jorge Ruiz.\n",
              "da");
  CHECK(!has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
  graph_free(g);
  /* the gazetteer knows who held the office at home that year: the
   * unknown holder's guessed office is dropped, not moved to the state
   * visited; a known holder of that office keeps it */
  g = extract_dated("Møde\n\nUdenrigsministeren rejser til Malaysia, hvor han mødes med "
                    "premierminister Jorge Ruiz.\n", "da", "2023-05-02");
  CHECK(has_entity(g, "#Person", "Jorge Ruiz"), g);
  CHECK(!has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
  graph_free(g);
  g = extract_dated("Møde\n\nStatsminister Anders Fogh Rasmussen besøgte Irak.\n", "da",
                    "2024-05-02");
  CHECK(has_role(g, "Anders Fogh Rasmussen", "PrimeMinister", "Denmark"), g);
  graph_free(g);
  g = extract_dated("Meeting\n\nThe Danish foreign minister will meet Foreign Minister "
                    "Jorge Ruiz in Copenhagen.\n", "en", "2023-05-02");
  CHECK(!has_role(g, "Jorge Ruiz", "ForeignMinister", "Denmark"), g);
  graph_free(g);
}

/* A queen right after a king and "and" is his consort and holds no
 * office; alone the title names the office. "kong" is the Danish title
 * before a name. */
static void consorts_hold_no_office(void **state) {
  (void)state;
  const char *pairs[][2] = {
      {"en", "Norway's King Olav Berg and Queen Sonja Lind visited Sweden.\n"},
      {"da", "Norges kong Olav Berg og dronning Sonja Lind besøgte Sverige.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(pairs[i][1], pairs[i][0]);
    CHECK(has_role(g, "Olav Berg", "#HeadOfState", "Norway"), g);
    CHECK(has_entity(g, "#Person", "Sonja Lind"), g);
    CHECK(!has_role(g, "Sonja Lind", "#HeadOfState", "Norway") &&
              !has_role(g, "Sonja Lind", "#HeadOfState", "Sweden"), g);
    graph_free(g);
  }
  const char *alone[][2] = {
      {"en", "Norway's Queen Sonja Lind received the Swedish prime minister.\n"},
      {"da", "Norges dronning Sonja Lind modtog den svenske statsminister.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(alone[i][1], alone[i][0]);
    CHECK(has_role(g, "Sonja Lind", "#HeadOfState", "Norway"), g);
    graph_free(g);
  }
}

/* one prime minister per state: a second one without a state is the
 * other state's of the sentence */
/* "ambassador to Chile, NAME", "ambassadør i Chile, NAME": the host
 * between the title and its holder */
static void ambassador_host_then_holder(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Norway's ambassador to Chile, Kari Nordby, presented her credentials.\n"},
      {"da", "Norges ambassadør i Chile, Kari Nordby, overrakte sine akkreditiver.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Kari Nordby", "#Ambassador", "Norway"), g);
    graph_free(g);
  }
}

/* the state of a title right after a ministry's name is the ministry's;
 * a state before a verb gives no office to the name after the verb */
static void state_past_the_office_words(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Peru hosted the talks. Chilean Foreign Ministry spokesman Pablo Rojas "
             "criticised Bolivia.\n"},
      {"da", "Peru var vært for forhandlingerne. Det chilenske udenrigsministeriums "
             "talsmand Pablo Rojas kritiserede Bolivia.\n"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Pablo Rojas", "#Official", "Chile"), g);
    CHECK(!has_role(g, "Pablo Rojas", "#Official", "Peru"), g);
    graph_free(g);
  }
  /* a name or ministry past modifiers that are no verb */
  const char *modified[][2] = {
      {"en", "Peru hosted the talks. Chilean national security spokesman Pablo "
             "Rojas criticised Bolivia.\n"},
      {"en", "Peru hosted the talks. US national security spokesman Pablo Rojas "
             "criticised Bolivia.\n"},
      {"da", "Peru var vært for forhandlingerne. Det chilenske udenrigsministeriums "
             "nye talsmand Pablo Rojas kritiserede Bolivia.\n"},
  };
  const char *modified_of[] = {"Chile", "United States", "Chile"};
  for (size_t i = 0; i < 3; i++) {
    test_graph *g = extract(modified[i][1], modified[i][0]);
    CHECK(has_role(g, "Pablo Rojas", "#Official", modified_of[i]), g);
    graph_free(g);
  }
  /* a verb between: no office of the state named before it */
  const char *gets[][3] = {
      {"en", "Chile gets new ambassador Ana Quispe.\n", "Chile"},
      {"da", "Chile får ny ambassadør Ana Quispe.\n", "Chile"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(gets[i][1], gets[i][0]);
    CHECK(!has_role(g, "Ana Quispe", "#Ambassador", gets[i][2]), g);
    graph_free(g);
  }
  const char *summoned[][2] = {
      {"en", "Chile summoned ambassador Ana Quispe on Monday.\n"},
      {"da", "Udenrigsministeriet i Chile indkaldte ambassadør Ana Quispe mandag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(summoned[i][1], summoned[i][0]);
    CHECK(!has_role(g, "Ana Quispe", "#Ambassador", "Chile"), g);
    graph_free(g);
  }
}

/* "its ambassador, NAME": the state named before it in the sentence */
static void possessive_office(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Chile sent its ambassador, Pablo Rojas, to Lima.\n"},
      {"da", "Chile sendte sin ambassadør, Pablo Rojas, til Lima.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Pablo Rojas", "#Ambassador", "Chile"), g);
    graph_free(g);
  }
}

/* "his Peruvian counterpart" alone: the holder of the same office in
 * that state, named elsewhere in the text */
static void counterpart_named_elsewhere(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Chile's Foreign Minister Pablo Rojas met his Peruvian counterpart on "
             "Monday. Peru's Foreign Minister Ana Quispe called the talks useful.\n"},
      {"da", "Chiles udenrigsminister Pablo Rojas mødtes mandag med sin peruvianske "
             "kollega. Perus udenrigsminister Ana Quispe kaldte mødet nyttigt.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_event(g, "#Meeting", "Pablo Rojas", "Ana Quispe", NULL), g);
    graph_free(g);
  }
}

/* a title without its state names the office the text gave the holder,
 * before or after it */
static void title_again_is_the_same_office(void **state) {
  (void)state;
  const char *told[][2] = {
      {"Talks in Oslo\n\nFinland's President Aino Virta arrived in Oslo on "
       "Monday. President Virta later met the Norwegian prime minister.\n", "en"},
      {"Besøg i Oslo\n\nFinlands præsident Aino Virta ankom mandag til Oslo. "
       "Præsident Virta mødtes senere med den norske statsminister.\n", "da"},
      {"Talks in Oslo\n\nPresident Virta arrived in Oslo on Monday. Finland's "
       "President Aino Virta later met the Norwegian prime minister.\n", "en"},
      {"Besøg i Oslo\n\nPræsident Virta ankom mandag til Oslo. Finlands "
       "præsident Aino Virta mødtes senere med den norske statsminister.\n", "da"},
  };
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    test_graph *g = extract(told[i][0], told[i][1]);
    CHECK(has_role(g, "Aino Virta", "HeadOfState", "Finland"), g);
    CHECK(!has_role(g, "Aino Virta", "HeadOfState", "Norway"), g);
    CHECK(!has_role(g, "Aino Virta", "HeadOfState", "Denmark"), g);
    graph_free(g);
  }
}

static void ambassador_to_host_then_name(void **state) {
  (void)state;
  test_graph *g = extract("Norway summoned Iran's ambassador to Norway, Reza "
                          "Zand, on Monday, the newspaper said.\n", "en");
  CHECK(has_role(g, "Reza Zand", "#Ambassador", "Iran"), g);
  graph_free(g);
}

/* a title only one state or territory has gives the office its place */
static void own_title_names_its_place(void **state) {
  (void)state;
  test_graph *g = extract("Lagmand Aksel Olsen besøgte mandag Oslo.\n", "da");
  CHECK(has_role(g, "Aksel Olsen", "#PrimeMinister", "Faroe Islands"), g);
  CHECK(!has_role(g, "Aksel Olsen", "#PrimeMinister", "Denmark"), g);
  graph_free(g);
  g = extract("Taoiseach Liam Byrne visited Oslo on Monday.\n", "en");
  CHECK(has_role(g, "Liam Byrne", "#PrimeMinister", "Ireland"), g);
  graph_free(g);
  /* the pope heads the Holy See wherever he is */
  g = extract("Pope Linus III met Chile's president in Rome on Monday.\n", "en");
  CHECK(has_role(g, "Linus III", "#HeadOfState", "Vatican City"), g);
  graph_free(g);
  g = extract("Pave Linus III mødte mandag Chiles præsident i Rom.\n", "da");
  CHECK(has_role(g, "Linus III", "#HeadOfState", "Vatican City"), g);
  graph_free(g);
  /* another church's pope is not */
  g = extract("Coptic Pope Linus III met Chile's president in Cairo on Monday.\n", "en");
  CHECK(!has_role(g, "Linus III", "#HeadOfState", "Vatican City"), g);
  graph_free(g);
  /* a title several states have names none of them: a known holder's
   * own state decides */
  g = extract("Foreign Secretary Philip Hammond met Chile's ambassador on "
              "Monday.\n", "en");
  CHECK(has_role(g, "Philip Hammond", "#ForeignMinister", "United Kingdom"), g);
  graph_free(g);
  g = extract("Udenrigsminister Philip Hammond mødtes mandag med Chiles "
              "ambassadør.\n", "da");
  CHECK(has_role(g, "Philip Hammond", "#ForeignMinister", "United Kingdom"), g);
  graph_free(g);
}

static void surname_before_full_name(void **state) {
  (void)state;
  test_graph *g = extract("Holst criticism\n\nThe former Danish foreign minister, "
                          "Jonas Holst, criticised the plan.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 1);
  CHECK(has_role(g, "Jonas Holst", "#ForeignMinister", "Denmark"), g);
  CHECK(has(g, "post/ForeignMinister", "formerHolder", "person/jonas-holst"), g);
  graph_free(g);
}

/* "spokesman for the Iranian Foreign Ministry, NAME": the ministry's state */
static void spokesperson_for_a_ministry(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "A spokesman for the Iranian Foreign Ministry, Reza Karimi, rejected "
             "the claims.\n"},
      {"da", "Talsmanden for det iranske udenrigsministerium, Reza Karimi, afviste "
             "anklagerne.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Reza Karimi", "#Official", "Iran"), g);
    graph_free(g);
  }
  /* "the ministry's spokesman", "ministeriets talsmand": the ministry
   * named before, whatever the document's own state */
  const char *again[][2] = {
      {"en", "\"We hope Norway will reconsider,\" the UN's spokesman, Anna Berg, "
             "told reporters in Geneva.\n\nIran's foreign ministry said at its "
             "briefing that the UN's role should be strengthened.\n\n\"Iran will "
             "keep supporting the UN,\" the ministry's spokesman, Reza Karimi, "
             "said.\n"},
      {"da", "– Vi håber, at Norge genovervejer beslutningen, sagde FN's "
             "talsmand, Anna Berg, til journalister i Genève.\n\nIrans "
             "udenrigsministerium sagde på sit pressemøde, at FN's rolle bør "
             "styrkes.\n\n– Iran vil fortsat støtte FN, sagde ministeriets "
             "talsmand, Reza Karimi.\n"},
  };

  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(again[i][1], again[i][0]);
    CHECK(has_role(g, "Reza Karimi", "#Official", "Iran"), g);
    CHECK(!has_role(g, "Reza Karimi", "#Official", "Denmark"), g);
    graph_free(g);
  }
}

/* a comma far before a title belongs to another clause */
static void comma_of_another_clause(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "The president was invited by Anna Berg, and the visit was to have "
             "included a meeting with the prime minister.\n"},
      {"da", "Præsidenten var inviteret af Anna Berg, og besøget skulle have "
             "omfattet et møde med statsministeren.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(!has(g, "person/anna-berg", "org#holds", "post/"), g);
    graph_free(g);
  }
}

/* a title with no state is not the office of a home state with the other
 * form of government: no president in a kingdom, no king in a republic */
static void title_of_another_form_of_state(void **state) {
  (void)state;
  test_graph *g = extract("Udenrigsminister Karen Holm mødtes med den tidligere "
                          "præsident Omar Haddad i Aarhus.\n", "da");
  CHECK(has_role(g, "Karen Holm", "#ForeignMinister", "Denmark"), g);
  CHECK(has_entity(g, "#Person", "Omar Haddad"), g);
  CHECK(!has(g, "person/omar-haddad", "org#holds", "post/"), g);
  graph_free(g);
  /* a monarch's title at home in a kingdom */
  g = extract("Dronning Ingrid Berg åbnede mødet med præsident Omar Haddad.\n", "da");
  CHECK(has_role(g, "Ingrid Berg", "#HeadOfState", "Denmark"), g);
  CHECK(!has(g, "person/omar-haddad", "org#holds", "post/"), g);
  graph_free(g);
  g = extract("Danish minister meets envoy\n\nForeign Minister Karen Holm met "
              "President Omar Haddad in Aarhus.\n", "en");
  CHECK(has_role(g, "Karen Holm", "#ForeignMinister", "Denmark"), g);
  CHECK(!has(g, "person/omar-haddad", "org#holds", "post/"), g);
  graph_free(g);
  g = extract("French minister meets envoy\n\nKing Omar Haddad met President "
              "Claire Dubois in Lyon.\n", "en");
  CHECK(has_role(g, "Claire Dubois", "#HeadOfState", "France"), g);
  CHECK(!has(g, "person/omar-haddad", "org#holds", "post/"), g);
  graph_free(g);
  /* the state named with the title is never second-guessed */
  g = extract("Statsminister Karen Holm talte med Syriens præsident Omar Haddad.\n", "da");
  CHECK(has_role(g, "Omar Haddad", "#HeadOfState", "Syria"), g);
  graph_free(g);
}

/* "the country's prime minister", "landets premierminister": the state
 * named last, in the sentence or the one before */
static void the_countrys_office(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "The minister travelled to Chad. There he met the country's prime "
             "minister, Pierre Tomba.\n"},
      {"da", "Ministeren rejste til Tchad. Der mødtes han med landets "
             "premierminister, Pierre Tomba.\n"},
      {"en", "In Chad the minister met the country's prime minister Pierre Tomba.\n"},
      {"da", "I Tchad mødtes ministeren med landets premierminister Pierre Tomba.\n"},
  };
  for (size_t i = 0; i < 4; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Pierre Tomba", "#PrimeMinister", "Chad"), g);
    CHECK(!has_role(g, "Pierre Tomba", "#PrimeMinister", "Denmark"), g);
    graph_free(g);
  }
  /* the state the sentence before is about, not the last it names */
  const char *subjects[][2] = {
      {"en", "France will keep supporting Chad. The country's president, Jean Roux, "
             "said so on Monday.\n"},
      {"da", "Frankrig støtter fortsat Tchad. Landets præsident, Jean Roux, sagde det "
             "mandag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(subjects[i][1], subjects[i][0]);
    CHECK(has_role(g, "Jean Roux", "#HeadOfState", "France"), g);
    graph_free(g);
  }
  /* not two sentences back */
  test_graph *g = extract("Ministeren rejste til Tchad. Turen varede tre dage. Hun "
                          "mødtes med landets premierminister, Pierre Tomba.\n", "da");
  CHECK(!has_role(g, "Pierre Tomba", "#PrimeMinister", "Chad"), g);
  graph_free(g);
}

/* a counterpart is the one of the person named before it in its
 * sentence, not of the office named last */
static void counterpart_of_the_subject(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Danish talks\n\nForeign Minister Erik Dahl welcomed the guests. Later "
             "they met Prime Minister Anna Berg. Erik Dahl then met his Chinese "
             "counterpart, Li Wei.\n"},
      {"da", "Samtaler\n\nUdenrigsminister Erik Dahl tog imod gæsterne. Senere mødte "
             "de statsminister Anna Berg. Erik Dahl mødtes så med sin kinesiske "
             "kollega, Li Wei.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Li Wei", "#ForeignMinister", "China"), g);
    CHECK(!has_role(g, "Li Wei", "#PrimeMinister", "China"), g);
    graph_free(g);
  }
}

/* a title right after a name the lexicon does not know is an office of
 * that body, not of the home state */
static void office_of_an_unknown_body(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Danish talks\n\nThe plan was signed by National Assembly Chairman "
             "Jorge Ruiz on Tuesday.\n"},
      {"da", "Danske samtaler\n\nPlanen blev underskrevet af Nationalforsamlingens "
             "formand Jorge Ruiz tirsdag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", "Jorge Ruiz"), g);
    CHECK(!has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
    graph_free(g);
  }
  /* nor after a common noun in the genitive, but for a government's */
  const char *bodies[][2] = {
      {"en", "Danish talks\n\nThe parliament's president, Jorge Ruiz, signed the plan.\n"},
      {"da", "Danske samtaler\n\nParlamentets formand, Jorge Ruiz, underskrev planen.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(bodies[i][1], bodies[i][0]);
    CHECK(!has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
    graph_free(g);
  }
  const char *governments[][2] = {
      {"en", "Danish talks\n\nThe government's spokesman, Jorge Ruiz, signed the plan.\n"},
      {"da", "Danske samtaler\n\nRegeringens talsmand, Jorge Ruiz, underskrev planen.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(governments[i][1], governments[i][0]);
    CHECK(has_role(g, "Jorge Ruiz", "#Official", "Denmark"), g);
    graph_free(g);
  }
  /* no Danish verb in -s, no day, no ministry's genitive is a body */
  const char *no_bodies[][2] = {
      {"da", "Danske samtaler\n\nI dag mødes forsvarsminister Jorge Ruiz med sin "
             "svenske kollega.\n"},
      {"en", "Danish talks\n\nOn Tuesday Prime Minister Jorge Ruiz travelled to Oslo.\n"},
      {"da", "Danske samtaler\n\nMinisteriets talsmand, Jorge Ruiz, afviste kritikken.\n"},
      {"en", "Danish talks\n\nThe ministry's spokesman, Jorge Ruiz, rejected the "
             "criticism.\n"},
  };
  for (size_t i = 0; i < 4; i++) {
    test_graph *g = extract(no_bodies[i][1], no_bodies[i][0]);
    CHECK(has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
    graph_free(g);
  }
  /* a capitalised word opening the sentence is no body */
  const char *opening[][2] = {
      {"en", "Danish talks\n\nActing Chairman Jorge Ruiz signed the plan.\n"},
      {"da", "Danske samtaler\n\nFungerende forsvarsminister Jorge Ruiz underskrev "
             "planen.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(opening[i][1], opening[i][0]);
    CHECK(has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
    graph_free(g);
  }
  /* a known modifier still gives the state */
  test_graph *g = extract("Talks\n\nThe plan was signed by Danish Foreign Minister "
                          "Karen Holm on Tuesday.\n", "en");
  CHECK(has_role(g, "Karen Holm", "#ForeignMinister", "Denmark"), g);
  graph_free(g);
}

/* a holder of a place the lexicon does not know as a state serves that
 * place: no office is guessed; a state named there is the office's */
static void holder_of_an_unknown_place(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Danish talks\n\nSenator Jorge Ruiz of New Castile criticised China on "
             "Tuesday.\n"},
      {"da", "Danske samtaler\n\nSenator Jorge Ruiz fra Ny Kastilien kritiserede Kina "
             "tirsdag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", "Jorge Ruiz"), g);
    CHECK(!has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
    graph_free(g);
  }
  const char *states[][2] = {
      {"en", "Talks\n\nForeign Minister Jorge Ruiz of Chile criticised China on "
             "Tuesday.\n"},
      {"da", "Samtaler\n\nUdenrigsminister Jorge Ruiz fra Chile kritiserede Kina "
             "tirsdag.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(states[i][1], states[i][0]);
    CHECK(has_role(g, "Jorge Ruiz", "#ForeignMinister", "Chile"), g);
    graph_free(g);
  }
}

/* an aide serves what the person served serves: that person's state,
 * not the state guessed at home; with none known, no office */
static void aide_of_a_person(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Danish talks\n\nJorge Ruiz, spokesman for Chile's President Ana Lund, said "
             "on Tuesday that the talks went well.\n"},
      {"da", "Danske samtaler\n\nJorge Ruiz, talsmand for Chiles præsident Ana Lund, sagde "
             "tirsdag, at samtalerne gik godt.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_role(g, "Ana Lund", "#HeadOfState", "Chile"), g);
    CHECK(has_role(g, "Jorge Ruiz", "#Official", "Chile"), g);
    CHECK(!has_role(g, "Jorge Ruiz", "#Official", "Denmark"), g);
    graph_free(g);
  }
  test_graph *g = extract("Danske samtaler\n\nJorge Ruiz, talsmand for Ana Lund, sagde "
                          "tirsdag, at samtalerne gik godt.\n", "da");
  CHECK(!has(g, "person/jorge-ruiz", "org#holds", "post/"), g);
  graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(title_before_name_en),
      cmocka_unit_test(title_before_name_da),
      cmocka_unit_test(apposition_and_counterpart),
      cmocka_unit_test(apposition_with_a_genitive_state),
      cmocka_unit_test(rank_between_title_and_name),
      cmocka_unit_test(predecessor_held_the_office),
      cmocka_unit_test(office_after_a_copula),
      cmocka_unit_test(bare_minister_title_of_a_foreign_minister),
      cmocka_unit_test(known_person_office_state),
      cmocka_unit_test(office_of_an_organisation),
      cmocka_unit_test(hyphenated_former_title),
      cmocka_unit_test(known_person_office_by_role),
      cmocka_unit_test(one_holder_at_a_time),
      cmocka_unit_test(consorts_hold_no_office),
      cmocka_unit_test(ambassador_host_then_holder),
      cmocka_unit_test(state_past_the_office_words),
      cmocka_unit_test(possessive_office),
      cmocka_unit_test(counterpart_named_elsewhere),
      cmocka_unit_test(title_again_is_the_same_office),
      cmocka_unit_test(ambassador_to_host_then_name),
      cmocka_unit_test(own_title_names_its_place),
      cmocka_unit_test(spokesperson_for_a_ministry),
      cmocka_unit_test(comma_of_another_clause),
      cmocka_unit_test(surname_before_full_name),
      cmocka_unit_test(title_of_another_form_of_state),
      cmocka_unit_test(the_countrys_office),
      cmocka_unit_test(counterpart_of_the_subject),
      cmocka_unit_test(office_of_an_unknown_body),
      cmocka_unit_test(holder_of_an_unknown_place),
      cmocka_unit_test(aide_of_a_person),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
