/* recognise: what the text names — states by name, adjective, demonym,
 * possessive and seat of government; organisations and territories; people
 * by name shape, title and speech verb — and what it does not. Sentences
 * written for these tests, in English and Danish. */
#include "support.h"

#define US_IRI "https://w3id.org/attache/id/state/US"

/* ---- states ------------------------------------------------------------- */

static void state_names(void **state) {
  (void)state;
  test_graph *g = extract("Border talks\n\nDenmark and Norway signed a border "
                          "agreement on Monday.\n", "en");
  CHECK(has_entity(g, "#State", "Denmark"), g);
  CHECK(has_entity(g, "#State", "Norway"), g);
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Grænseaftale\n\nSverige og Finland underskrev en aftale om "
              "fiskeri.\n", "da");
  CHECK(has_entity(g, "#State", "Sverige"), g);
  CHECK(has_entity(g, "#State", "Finland"), g);
  graph_free(g);
}

static void adjectives(void **state) {
  (void)state;
  test_graph *g = extract("Naval news\n\nTwo Russian warships anchored off "
                          "the coast.\n", "en");
  CHECK(has_entity(g, "#State", "Russia"), g);
  graph_free(g);
  g = extract("Flådenyt\n\nTo russiske krigsskibe lå for anker ud for "
              "kysten.\n", "da");
  CHECK(has_entity(g, "#State", "Rusland"), g);
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
}

/* Danish transliterations of Slavic given names start a name as the
 * English ones do ("Sergej" as "Sergei") */
static void transliterated_given_names(void **state) {
  (void)state;
  test_graph *g = extract("Ifølge avisen har Sergej Volkov forladt landet.\n", "da");
  CHECK(has_entity(g, "#Person", "Sergej Volkov"), g);
  graph_free(g);
  g = extract("Aleksej Volkov og Jurij Petrov rejste til Moskva.\n", "da");
  CHECK(has_entity(g, "#Person", "Aleksej Volkov"), g);
  CHECK(has_entity(g, "#Person", "Jurij Petrov"), g);
  graph_free(g);
}

/* armed movements that are parties to truces and talks */
static void armed_movements(void **state) {
  (void)state;
  test_graph *g = extract("Israel and Hamas agreed to a truce.\n", "en");
  CHECK(has_entity(g, "#Organization", "Hamas"), g);
  graph_free(g);
  g = extract("Qatar var vært for forhandlinger med Taliban.\n", "da");
  CHECK(has_entity(g, "#Organization", "Taliban"), g);
  graph_free(g);
}

static void demonyms(void **state) {
  (void)state;
  test_graph *g = extract("Opinion poll\n\nMost Danes support the new "
                          "defence pact.\n", "en");
  CHECK(has_entity(g, "#State", "Denmark"), g);
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Måling\n\nFlertallet af danskerne støtter den nye "
              "forsvarsaftale.\n", "da");
  CHECK(has_entity(g, "#State", "Danmark"), g);
  graph_free(g);
}

static void possessives(void **state) {
  (void)state;
  test_graph *g = extract("Fleets\n\nRussia's navy and USA\xE2\x80\x99s air force "
                          "held exercises.\n", "en");
  CHECK(has_entity(g, "#State", "Russia"), g);
  CHECK(has_entity(g, "#State", "United States"), g);
  graph_free(g);
  g = extract("Flåder\n\nRuslands flåde og Danmarks hær holdt øvelse i "
              "Østersøen.\n", "da");
  CHECK(has_entity(g, "#State", "Rusland"), g);
  CHECK(has_entity(g, "#State", "Danmark"), g);
  /* the genitive is no new name */
  CHECK(!has_entity(g, "#Person", "Ruslands"), g);
  graph_free(g);
}

static void seats_of_government(void **state) {
  (void)state;
  test_graph *g = extract("Reactions\n\nThe Kremlin said the exercise was "
                          "routine, while Washington disagreed.\n", "en");
  CHECK(has_entity(g, "#State", "Russia"), g);
  CHECK(has_entity(g, "#State", "United States"), g);
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Reaktioner\n\nKreml afviste kritikken fra Washington.\n", "da");
  CHECK(has_entity(g, "#State", "Rusland"), g);
  CHECK(has_entity(g, "#State", "USA"), g);
  graph_free(g);
}

/* "the Swedish embassy in Oslo": Oslo is where the embassy is, not a
 * mention of the Norwegian government. */
static void capital_after_embassy_is_a_place(void **state) {
  (void)state;
  test_graph *g = extract("Closed\n\nThe Swedish embassy in Oslo was closed "
                          "on Friday.\n", "en");
  CHECK(has_entity(g, "#State", "Sweden"), g);
  CHECK(!has_entity(g, "#State", "Norway"), g);
  CHECK(!has(g, "state/NO", "#mentionedIn", NULL), g);
  CHECK(has(g, "embassy/SE-in-NO", "#locatedIn", "state/NO"), g);
  graph_free(g);
}

/* The embassy's label names the capital as listed first in the gazetteer. */
static void embassy_label_names_the_capital(void **state) {
  (void)state;
  test_graph *g = extract("Closed\n\nThe Swedish embassy in Oslo was closed "
                          "on Friday.\n", "en");
  CHECK(has(g, "embassy/SE-in-NO", "#label", "\"Embassy of Sweden in Oslo\"@en"),
        g);
  graph_free(g);
}

/* One embassy, one label per language, whichever language the text is in:
 * merged graphs must not carry two English names for the same IRI. */
static void embassy_labels_agree_across_languages(void **state) {
  (void)state;
  test_graph *en = extract("Closed\n\nThe Swedish embassy in Astana was "
                           "closed on Friday.\n", "en");
  test_graph *da = extract("Lukket\n\nDen svenske ambassade i Astana blev "
                           "lukket fredag.\n", "da");
  const char *en_label = "\"Embassy of Sweden in Astana\"@en";
  const char *da_label = "\"Sveriges ambassade i Astana\"@da";
  int ok = has(en, "embassy/SE-in-KZ", "#label", en_label) &&
           has(en, "embassy/SE-in-KZ", "#label", da_label) &&
           has(da, "embassy/SE-in-KZ", "#label", en_label) &&
           has(da, "embassy/SE-in-KZ", "#label", da_label);
  if (!ok) {
    graph_dump(en);
    graph_dump(da);
  }
  graph_free(en);
  graph_free(da);
  assert_true(ok);
}

static void acronyms_only_in_capitals(void **state) {
  (void)state;
  test_graph *g = extract("Trade\n\nThe EU and US officials met, but they told "
                          "us nothing.\n", "en");
  CHECK(has_entity(g, "#InternationalOrganization", "European Union"), g);
  CHECK(has_entity(g, "#State", "United States"), g);
  graph_free(g);
  g = extract("Trade\n\nThe officials told us nothing about the eu plans.\n",
              "en");
  CHECK(!has(g, US_IRI, NULL, NULL), g);
  assert_int_equal(count_typed(g, "#State"), 0);
  assert_int_equal(count_typed(g, "#InternationalOrganization"), 0);
  graph_free(g);
}

/* ---- organisations and territories ---------------------------------------- */

static void organisations(void **state) {
  (void)state;
  test_graph *g = extract("Alliance\n\nNATO held a summit in Brussels.\n", "en");
  CHECK(has_entity(g, "#InternationalOrganization", "NATO"), g);
  graph_free(g);
  g = extract("Debat\n\nFolketinget drøftede sagen, og FN fulgte med.\n", "da");
  CHECK(has_entity(g, "#Organization", "Folketinget"), g);
  CHECK(has_entity(g, "#InternationalOrganization", "Forenede Nationer"), g);
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
}

static void org_inside_a_longer_name(void **state) {
  (void)state;
  test_graph *g = extract("Party meeting\n\nDelegates attended the Eighth "
                          "Socialist Congress on Monday.\n", "en");
  CHECK(!has(g, "org/us-congress", NULL, NULL), g);
  graph_free(g);
  /* on its own the word is the organisation */
  g = extract("Vote\n\nCongress approved the treaty on Monday.\n", "en");
  CHECK(has(g, "org/us-congress", "#type", NULL), g);
  graph_free(g);
  /* a name of several words too */
  g = extract("Talks\n\nThe Supreme National Security Council met on Monday.\n", "en");
  CHECK(!has(g, "org/un-security-council", NULL, NULL), g);
  graph_free(g);
  g = extract("Møde\n\nDet Nationale Sikkerhedsrådet mødtes mandag.\n", "da");
  CHECK(!has(g, "org/un-security-council", NULL, NULL), g);
  graph_free(g);
  g = extract("Vote\n\nThe Security Council met on Monday.\n", "en");
  CHECK(has(g, "org/un-security-council", "#type", NULL), g);
  graph_free(g);
  /* a sentence's first word is capitalised whatever it is */
  g = extract("Talks\n\nNational Security Council spokesperson Jane Roe spoke.\n", "en");
  CHECK(!has(g, "org/un-security-council", NULL, NULL), g);
  graph_free(g);
  const char *opening[][2] = {
      {"en", "Talks\n\nYesterday NATO foreign ministers met in Oslo.\n"},
      {"da", "Møde\n\nAlligevel mødtes NATO's udenrigsministre i Oslo.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    g = extract(opening[i][1], opening[i][0]);
    CHECK(has(g, "org/nato", "#type", NULL), g);
    graph_free(g);
  }
}

/* a state's name or adjective opening an organisation's name of several
 * words ending in a head noun is part of it, and so is a known person's
 * name before one or more; a genitive is not */
static void name_opening_an_org_name(void **state) {
  (void)state;
  const char *texts[][3] = {
      {"en", "Talks\n\nThe Palestine Liberation Organization criticised Chile.\n",
       "Palestine Liberation Organization"},
      {"en", "Talks\n\nThe Russian Workers Council criticised Chile.\n",
       "Russian Workers Council"},
      {"da", "Møde\n\nDet Palæstinensiske Nationale Råd kritiserede Chile.\n",
       "Palæstinensiske Nationale Råd"},
      {"da", "Møde\n\nDen Russiske Nationale Garde Organisation kritiserede "
             "Chile.\n", "Russiske Nationale Garde Organisation"},
  };
  for (size_t i = 0; i < 4; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Organization", texts[i][2]), g);
    CHECK(count_typed(g, "#State") == 1, g); /* Chile alone */
    graph_free(g);
  }
  test_graph *g = extract("Talks\n\nRussia's Security Council met.\n", "en");
  CHECK(has_entity(g, "#State", "Russia"), g);
  graph_free(g);
  /* a state's adjective before a known body of several states is no part
   * of its name, nor is a surname alone before a head noun */
  const char *not_names[][2] = {
      {"en", "Talks\n\nFrench Security Council diplomats said Chile had "
             "blocked it.\n"},
      {"da", "Møde\n\nFranske diplomater i FN's Sikkerhedsråd sagde, at Chile "
             "blokerede det.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    g = extract(not_names[i][1], not_names[i][0]);
    CHECK(has(g, "org/un-security-council", "#type", NULL), g);
    CHECK(has_entity(g, "#State", "France") || has_entity(g, "#State", "Frankrig"), g);
    graph_free(g);
  }
  g = extract("Talks\n\nAhead of the vote Macron Party officials met.\n", "en");
  CHECK(!has_entity(g, "#Organization", "Macron Party"), g);
  graph_free(g);
  const char *people[][3] = {
      {"en", "Talks\n\nThe Konrad Adenauer Foundation criticised Chile.\n",
       "Konrad Adenauer Foundation"},
      {"da", "Møde\n\nKonrad Adenauer Fonden kritiserede Chile.\n",
       "Konrad Adenauer Fonden"},
  };
  for (size_t i = 0; i < 2; i++) {
    g = extract(people[i][1], people[i][0]);
    CHECK(has_entity(g, "#Organization", people[i][2]), g);
    CHECK(count_typed(g, "#Person") == 0, g);
    graph_free(g);
  }
}

static void territories(void **state) {
  (void)state;
  test_graph *g = extract("Arctic\n\nGreenland wants a seat at the table.\n", "en");
  CHECK(has_entity(g, "#Territory", "Greenland"), g);
  CHECK(!has_entity(g, "#State", "Greenland"), g);
  graph_free(g);
  g = extract("Arktis\n\nGrønland ønsker en plads ved bordet.\n", "da");
  CHECK(has_entity(g, "#Territory", "Grønland"), g);
  CHECK(!has_entity(g, "#State", "Grønland"), g);
  graph_free(g);
}

/* ---- people --------------------------------------------------------------- */

static void names_with_particles(void **state) {
  (void)state;
  test_graph *g = extract("Dinner\n\nPedro de Almeida attended the dinner "
                          "on Friday.\n", "en");
  CHECK(has_entity(g, "#Person", "Pedro de Almeida"), g);
  graph_free(g);
  g = extract("Middag\n\nAnne de Vries og Lotte von Holstein deltog i "
              "middagen.\n", "da");
  CHECK(has_entity(g, "#Person", "Anne de Vries"), g);
  CHECK(has_entity(g, "#Person", "Lotte von Holstein"), g);
  graph_free(g);
  /* two particles */
  g = extract("Dinner\n\nPieter van der Hoek and Ana de la Cruz attended the "
              "dinner.\n", "en");
  CHECK(has_entity(g, "#Person", "Pieter van der Hoek"), g);
  CHECK(has_entity(g, "#Person", "Ana de la Cruz"), g);
  graph_free(g);
  g = extract("Middag\n\nEU's ambassadør, Pieter van de Hoek, deltog i "
              "middagen.\n", "da");
  CHECK(has_entity(g, "#Person", "Pieter van de Hoek"), g);
  graph_free(g);
  /* a particle joined by a hyphen: "al-Hamid" */
  g = extract("Talks\n\nForeign Minister Karim al-Hamid visited Oslo on "
              "Friday.\n", "en");
  CHECK(has_entity(g, "#Person", "Karim al-Hamid"), g);
  graph_free(g);
  g = extract("Samtaler\n\nUdenrigsminister Karim al-Hamid besøgte Oslo "
              "fredag.\n", "da");
  CHECK(has_entity(g, "#Person", "Karim al-Hamid"), g);
  graph_free(g);
}

/* initials before a known statesman's surname make somebody else */
static void initials_open_a_name(void **state) {
  (void)state;
  const char *texts[][3] = {
      {"en", "Visit\n\nVice President J.D. Vance visited the base on Friday.\n", "J.D. Vance"},
      {"en", "Visit\n\nVice President JD Vance visited the base on Friday.\n", "JD Vance"},
      {"da", "Besøg\n\nVicepræsident J.D. Vance besøgte basen fredag.\n", "J.D. Vance"},
      {"da", "Besøg\n\nUSA's vicepræsident, JD Vance, besøgte basen fredag.\n", "JD Vance"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    test_graph *g = extract(texts[i][1], texts[i][0]);
    CHECK(has_entity(g, "#Person", texts[i][2]), g);
    CHECK(!has_entity(g, "#Person", "Cyrus Vance"), g);
    graph_free(g);
  }
}

/* The last word is the surname of a known statesman; with a given name and a
 * particle in front it is somebody else. */
static void particle_name_ending_in_known_surname(void **state) {
  (void)state;
  test_graph *g = extract("Dinner\n\nKarl von Brandt attended the dinner "
                          "on Friday.\n", "en");
  CHECK(has_entity(g, "#Person", "Karl von Brandt"), g);
  CHECK(!has_entity(g, "#Person", "Willy Brandt"), g);
  graph_free(g);
}

static void given_name_that_is_also_a_month_or_pronoun(void **state) {
  (void)state;
  test_graph *g = extract("Geneva\n\nJan Egeland arrived in Geneva on "
                          "Tuesday.\n", "en");
  CHECK(has_entity(g, "#Person", "Jan Egeland"), g);
  graph_free(g);
  g = extract("Samtale\n\nHans Hækkerup og Jan Egeland talte sammen i "
              "går.\n", "da");
  CHECK(has_entity(g, "#Person", "Hans Hækkerup"), g);
  CHECK(has_entity(g, "#Person", "Jan Egeland"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
  /* particles before the surname */
  g = extract("Geneva\n\nJan van Dijk arrived in Geneva on Tuesday.\n", "en");
  CHECK(has_entity(g, "#Person", "Jan van Dijk"), g);
  graph_free(g);
  g = extract("Samtale\n\nHans van der Berg talte med pressen i går.\n", "da");
  CHECK(has_entity(g, "#Person", "Hans van der Berg"), g);
  graph_free(g);
}

static void unknown_person_after_title(void **state) {
  (void)state;
  test_graph *g = extract("Samtale\n\nDen danske ambassadør Erik Nielsen talte "
                          "med pressen.\n", "da");
  CHECK(has_entity(g, "#Person", "Erik Nielsen"), g);
  CHECK(has_role(g, "Erik Nielsen", "#Ambassador", "Danmark"), g);
  graph_free(g);
  g = extract("Samtale\n\nAmbassadør Erik Nielsen talte med pressen.\n", "da");
  CHECK(has_entity(g, "#Person", "Erik Nielsen"), g);
  graph_free(g);
}

/* A rank abbreviated before a name is no name of its own. */
static void rank_abbreviation_is_no_name(void **state) {
  (void)state;
  test_graph *g = extract("Border row\n\nThe army's spokesman, Maj. Gen. Ola "
                          "Tunde, denied the report on Monday.\n", "en");
  CHECK(has_entity(g, "#Person", "Ola Tunde"), g);
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
  g = extract("Grænsestrid\n\nHærens talsmand, generalmajor Ola Tunde, "
              "afviste rapporten i maj. Karen Hansen svarede i juni.\n", "da");
  CHECK(has_entity(g, "#Person", "Ola Tunde"), g);
  CHECK(has_entity(g, "#Person", "Karen Hansen"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
}

/* A region is never a person, an organisation or a party; its name
 * before a head noun makes an organisation's. */
static void regions_are_no_party(void **state) {
  (void)state;
  test_graph *g = extract("War\n\nThe minister warned the West against "
                          "sending arms and warned Europe against new "
                          "sanctions. The Atlantic Council agreed.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  CHECK(has_entity(g, "#Organization", "Atlantic Council"), g);
  CHECK(!has(g, "Warning", "participant", NULL), g);
  graph_free(g);
  g = extract("Krig\n\nMinisteren advarede Vesten mod at sende våben og "
              "advarede Europa mod nye sanktioner.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 0);
  CHECK(!has(g, "Warning", "participant", NULL), g);
  graph_free(g);
  /* places, not the gazetteer's territories, and no organisation "West
   * Bank" */
  g = extract("Aid\n\nNorway sent aid to Gaza and to the West Bank.\n", "en");
  assert_int_equal(count_typed(g, "#Territory"), 0);
  assert_int_equal(count_typed(g, "#Organization"), 0);
  graph_free(g);
}

/* The government of Greenland or the Faroes is the territory's. */
static void home_rule_government(void **state) {
  (void)state;
  test_graph *g = extract("Møde\n\nFormanden for Grønlands Landsstyre, Hans "
                          "Enoksen, mødtes i går med Færøernes landsstyre.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 1);
  CHECK(has_event(g, "#Meeting", "Hans Enoksen", "Faroe Islands", NULL), g);
  graph_free(g);
}

static void speaker_after_speech_verb(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\n\"We will not move,\" said Olsen on "
                          "Friday.\n", "en");
  CHECK(has_entity(g, "#Person", "Olsen"), g);
  graph_free(g);
  g = extract("Forhandlinger\n\n\"Vi giver ikke op,\" sagde Olsen i går.\n",
              "da");
  CHECK(has_entity(g, "#Person", "Olsen"), g);
  graph_free(g);
}

static void given_name_and_surname(void **state) {
  (void)state;
  test_graph *g = extract("Nordic talks\n\nMargrethe Vestergaard met Tove "
                          "Lindqvist in Stockholm.\n", "en");
  CHECK(has_entity(g, "#Person", "Margrethe Vestergaard"), g);
  CHECK(has_entity(g, "#Person", "Tove Lindqvist"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
}

static void sentence_start_is_no_name(void **state) {
  (void)state;
  test_graph *g = extract("Summit\n\nFrosty ties dominated the summit. "
                          "Yesterday the delegations left early.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  CHECK(!has_entity(g, "#Person", "Frosty"), g);
  CHECK(!has_entity(g, "#Person", "Yesterday"), g);
  graph_free(g);
  g = extract("Topmøde\n\nKolde forbindelser prægede topmødet. I går rejste "
              "delegationerne hjem.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
}

/* a regnal number after a given name or a title ends the name */
static void regnal_number_ends_a_name(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\nPope Linus III met Jorge Ruiz. John Paul II "
                          "came too. World War II was over.\n", "en");
  CHECK(has_entity(g, "#Person", "Linus III"), g);
  CHECK(has_entity(g, "#Person", "John Paul II"), g);
  graph_free(g);
  g = extract("Samtale\n\nPave Linus III mødte Jorge Ruiz.\n", "da");
  CHECK(has_entity(g, "#Person", "Linus III"), g);
  graph_free(g);
}

/* a name joined to a common noun in the Danish definite form is the
 * noun: a square, an administration, named after someone */
static void name_joined_to_a_noun_is_no_person(void **state) {
  (void)state;
  test_graph *g = extract("Samtale\n\nGæsten blev modtaget på Jorge Ruiz-pladsen af "
                          "præsident Moon Jae-in.\n", "da");
  CHECK(has_entity(g, "#Person", "Moon Jae-in"), g);
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
}

/* breakaway regions are territories, not persons nor states */
static void breakaway_regions_are_territories(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\nSomaliland's president met Russia's envoy to "
                          "Transnistria.\n", "en");
  CHECK(has_entity(g, "#Territory", "Somaliland"), g);
  CHECK(has_entity(g, "#Territory", "Transnistria"), g);
  assert_int_equal(count_typed(g, "#Person"), 0);
  graph_free(g);
  g = extract("Samtale\n\nRusland støtter Abkhasien og Sydossetien.\n", "da");
  CHECK(has_entity(g, "#Territory", "Abkhasien"), g);
  CHECK(has_entity(g, "#Territory", "Sydossetien"), g);
  graph_free(g);
}

/* an adverb opening the sentence is no speaker: "Senere sagde X" */
static void adverb_before_a_speech_verb_is_no_name(void **state) {
  (void)state;
  test_graph *g = extract("Samtale\n\nSenere sagde Jorge Ruiz, at samtalen gik godt.\n", "da");
  CHECK(has_entity(g, "#Person", "Jorge Ruiz"), g);
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
  g = extract("Talks\n\nLater said Jorge Ruiz: the talks went well.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
}

/* "Hun Sen", "He Lifeng": a capitalised personal pronoun before an
 * unknown capitalised word is a family name; the pronoun before a verb
 * stays one */
static void pronoun_that_is_a_family_name(void **state) {
  (void)state;
  test_graph *g = extract("Samtale\n\nHun Tavy mødte i går Jorge Ruiz. Hun sagde, at "
                          "mødet gik godt.\n", "da");
  CHECK(has_entity(g, "#Person", "Hun Tavy"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
  g = extract("Talks\n\nHe Wenli met Jorge Ruiz on Monday. He said the talks went "
              "well.\n", "en");
  CHECK(has_entity(g, "#Person", "He Wenli"), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
  /* forms of address are no names */
  g = extract("Samtale\n\nI går modtog Hans Majestæt Kongen Jorge Ruiz.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
  g = extract("Talks\n\nYesterday Her Majesty received Jorge Ruiz.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 1);
  graph_free(g);
}

/* "Jorge Ruiz, Jr., Minister of ...": a generational suffix, after a
 * comma or not, ends the name it follows and is no name of its own; the
 * apposition after it is that name's */
static void generational_suffix_ends_a_name(void **state) {
  (void)state;
  test_graph *g = extract("Talks\n\nJorge E. Ruiz, Jr., Minister of Trade of Chile, met "
                          "Pablo Rojas on Monday.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 2);
  CHECK(has_role(g, "Jorge E. Ruiz, Jr.", "#Minister", "Chile"), g);
  graph_free(g);
  g = extract("Samtale\n\nPræsident Jorge Ruiz Jr. mødtes i går med Pablo Rojas.\n", "da");
  assert_int_equal(count_typed(g, "#Person"), 2);
  CHECK(has_entity(g, "#Person", "Jorge Ruiz Jr"), g);
  graph_free(g);
  /* the gazetteer's "Ferdinand Marcos Jr.", not his father */
  g = extract("Talks\n\nFerdinand R. Marcos, Jr., President of the Philippines, met "
              "Pablo Rojas.\n", "en");
  CHECK(has_entity(g, "#Person", "Ferdinand Marcos Jr."), g);
  assert_int_equal(count_typed(g, "#Person"), 2);
  graph_free(g);
}

static void shouting_is_no_name(void **state) {
  (void)state;
  test_graph *g = extract("Summit\n\nBREAKING NEWS: the summit ended without "
                          "agreement.\n", "en");
  assert_int_equal(count_typed(g, "#Person"), 0);
  CHECK(!has_entity(g, "#Organization", "BREAKING"), g);
  graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(state_names),
      cmocka_unit_test(initials_open_a_name),
      cmocka_unit_test(adjectives),
      cmocka_unit_test(demonyms),
      cmocka_unit_test(possessives),
      cmocka_unit_test(seats_of_government),
      cmocka_unit_test(capital_after_embassy_is_a_place),
      cmocka_unit_test(embassy_label_names_the_capital),
      cmocka_unit_test(embassy_labels_agree_across_languages),
      cmocka_unit_test(acronyms_only_in_capitals),
      cmocka_unit_test(organisations),
      cmocka_unit_test(org_inside_a_longer_name),
      cmocka_unit_test(name_opening_an_org_name),
      cmocka_unit_test(territories),
      cmocka_unit_test(names_with_particles),
      cmocka_unit_test(particle_name_ending_in_known_surname),
      cmocka_unit_test(given_name_that_is_also_a_month_or_pronoun),
      cmocka_unit_test(unknown_person_after_title),
      cmocka_unit_test(rank_abbreviation_is_no_name),
      cmocka_unit_test(regions_are_no_party),
      cmocka_unit_test(home_rule_government),
      cmocka_unit_test(speaker_after_speech_verb),
      cmocka_unit_test(given_name_and_surname),
      cmocka_unit_test(transliterated_given_names),
      cmocka_unit_test(armed_movements),
      cmocka_unit_test(sentence_start_is_no_name),
      cmocka_unit_test(shouting_is_no_name),
      cmocka_unit_test(generational_suffix_ends_a_name),
      cmocka_unit_test(adverb_before_a_speech_verb_is_no_name),
      cmocka_unit_test(pronoun_that_is_a_family_name),
      cmocka_unit_test(regnal_number_ends_a_name),
      cmocka_unit_test(name_joined_to_a_noun_is_no_person),
      cmocka_unit_test(breakaway_regions_are_territories),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
