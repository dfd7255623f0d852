/* event dates: when each event happened, from its clause or sentence, a
 * time counted from the document date or the last day told, the running
 * date of the text; English and Danish sentences written for these tests. */
#include <string.h>

#include "support.h"

/* A time inside a plan phrase ("agreed on Tuesday to") keeps the plan a
 * plan, and dates the plan, not what is planned; so does the time of a
 * speech verb that tells a plan ("said on Tuesday it will"). */
static void plan_split_by_its_time(void **state) {
  (void)state;
  const char *plans[][2] = {
      {"en", "Latvia and Lithuania agreed on Tuesday to hold talks."},
      {"da", "Letland og Litauen aftalte tirsdag at holde forhandlinger."},
      {"en", "Latvia and Lithuania agreed yesterday to hold talks."},
      {"da", "Letland og Litauen aftalte i går at holde forhandlinger."},
      {"en", "Latvia and Lithuania agreed on 3 May 2022 to hold a summit."},
      {"da", "Letland og Litauen aftalte den 3. maj 2022 at holde et topmøde."},
      /* the time of a speech verb dates the saying */
      {"en", "Latvia said on Tuesday it will hold talks with Lithuania."},
      {"da", "Letland sagde tirsdag, at landet vil holde forhandlinger med Litauen."},
  };
  for (size_t i = 0; i < sizeof plans / sizeof *plans; i++) {
    test_graph *g = extract_dated(plans[i][1], plans[i][0], "2022-05-12");
    CHECK(has_event(g, "#Meeting", "Latvia", "Lithuania", NULL), g);
    CHECK(has(g, "event/", "ns#status", "ns#Planned"), g);
    CHECK(!has(g, "event/", "ns#status", "ns#Happened"), g);
    CHECK(event_date(g, "#Meeting") == NULL, g);
    graph_free(g);
  }
  /* the same time after the event's own verb dates it, and what was said
   * to have happened may have happened that day */
  const char *held[][2] = {
      {"en", "Latvia and Lithuania held talks on Tuesday."},
      {"da", "Letland og Litauen holdt forhandlinger tirsdag."},
      {"en", "Latvia said on Tuesday it had held talks with Lithuania."},
      {"da", "Letland sagde tirsdag, at landet havde holdt forhandlinger med Litauen."},
  };
  for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
    test_graph *g = extract_dated(held[i][1], held[i][0], "2022-05-12");
    CHECK(has(g, "event/", "ns#status", "ns#Happened"), g);
    CHECK(event_date(g, "#Meeting") && !strcmp(event_date(g, "#Meeting"), "2022-05-10"), g);
    graph_free(g);
  }
}


static void dates_in_both_languages(void **state) {
  (void)state;
  const char *cases[][3] = {
      {"en", "On 18 June 1924, Norway recognised Mexico.", "1924-06-18"},
      {"en", "On June 18, 1924, Norway recognised Mexico.", "1924-06-18"},
      {"en", "In March 1957, Norway recognised Mexico.", "1957-03"},
      {"da", "Den 18. juni 1924 anerkendte Norge Mexico.", "1924-06-18"},
      {"da", "Norge anerkendte Mexico den 12.9.2025.", "2025-09-12"},
      {"en", "In the 1950s Norway recognised Mexico.", "1950"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    test_graph *g = extract(cases[i][1], cases[i][0]);
    const char *date = event_date(g, "#Recognition");
    if (!date || strcmp(date, cases[i][2])) graph_dump(g);
    assert_non_null(date);
    assert_string_equal(date, cases[i][2]);
    graph_free(g);
  }
}


static void date_ranges(void **state) {
  (void)state;
  test_graph *g = extract("From 16 June to 21 June 1964, the Swedish king "
                          "visited Norway.", "en");
  CHECK(has(g, "event/", "ns#startDate", "1964-06-16"), g);
  CHECK(has(g, "event/", "ns#endDate", "1964-06-21"), g);
  graph_free(g);
}


static void relative_dates_need_a_document_date(void **state) {
  (void)state;
  test_graph *g = extract_dated("Norway's foreign minister met the Swedish "
                                "ambassador today.", "en", "2025-03-14");
  const char *date = event_date(g, "#Meeting");
  assert_non_null(date);
  assert_string_equal(date, "2025-03-14");
  graph_free(g);
  g = extract("Udenrigsministeren mødtes i dag med Sveriges ambassadør.", "da");
  CHECK(event_date(g, "#Meeting") == NULL, g);
  graph_free(g);
  g = extract_dated("Udenrigsministeren mødtes i går med Sveriges ambassadør.",
                    "da", "2025-03-01");
  date = event_date(g, "#Meeting");
  assert_non_null(date);
  assert_string_equal(date, "2025-02-28");
  graph_free(g);
}


/* "on Tuesday" against the document date (Thursday 16 June 2022): the
 * last Tuesday for what happened, the next Monday for what is planned, the
 * document's own day for its weekday; nothing without a document date */
static void weekdays_against_the_document_date(void **state) {
  (void)state;
  const char *cases[][4] = {
      {"en", "Norway and Canada signed an agreement on Tuesday.", "#Agreement", "2022-06-14"},
      {"da", "Norge og Canada underskrev tirsdag en aftale.", "#Agreement", "2022-06-14"},
      {"en", "Norway's prime minister will visit Canada on Monday.", "#Visit", "2022-06-20"},
      {"da", "Norges statsminister skal besøge Canada på mandag.", "#Visit", "2022-06-20"},
      {"en", "Norway expelled a Russian diplomat on Thursday.", "#Expulsion", "2022-06-16"},
      {"da", "Norge udviste torsdag en russisk diplomat.", "#Expulsion", "2022-06-16"},
      /* the deponent's past ("mødtes") against its present ("mødes") */
      {"da", "Norges statsminister mødtes mandag med Canadas premierminister.",
       "#Meeting", "2022-06-13"},
      {"da", "Norges statsminister mødes mandag med Canadas premierminister.",
       "#Meeting", "2022-06-20"},
      {"en", "Norway's prime minister met Canada's prime minister on Monday.",
       "#Meeting", "2022-06-13"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    test_graph *g = extract_dated(cases[i][1], cases[i][0], "2022-06-16");
    const char *date = event_date(g, cases[i][2]);
    if (!date || strcmp(date, cases[i][3])) graph_dump(g);
    assert_non_null(date);
    assert_string_equal(date, cases[i][3]);
    graph_free(g);
  }
  test_graph *g = extract("Norway expelled a Russian diplomat on Tuesday.", "en");
  CHECK(event_date(g, "#Expulsion") == NULL, g);
  graph_free(g);
  /* a weekday nearer the trigger than a year that dates something else */
  const char *nearer[][2] = {
      {"en", "Norway expelled two Russian diplomats on Tuesday after linking "
             "them to a 2014 explosion."},
      {"da", "Norge udviste tirsdag to russiske diplomater efter at have "
             "forbundet dem med en eksplosion i 2014."},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *n = extract_dated(nearer[i][1], nearer[i][0], "2022-06-16");
    const char *d = event_date(n, "#Expulsion");
    CHECK(d && !strcmp(d, "2022-06-14"), n);
    graph_free(n);
  }
  /* the weekday nearest the trigger */
  g = extract_dated("On Monday Norway said that Sweden had expelled a Russian "
                    "diplomat on Wednesday.", "en", "2022-06-16");
  const char *date = event_date(g, "#Expulsion");
  assert_non_null(date);
  assert_string_equal(date, "2022-06-15");
  graph_free(g);
}


/* a dateline opening the first paragraph dates the document */
static void datelines(void **state) {
  (void)state;
  const char *cases[][3] = {
      {"en", "Diplomat told to leave\n\nOSLO, 16 June 2022 — Norway expelled a "
             "Russian diplomat on Tuesday.", "2022-06-14"},
      {"en", "Diplomat told to leave\n\nOSLO, 16 June 2022 (Reuters) - Norway "
             "expelled a Russian diplomat on Tuesday.", "2022-06-14"},
      {"da", "Diplomat må rejse\n\nOSLO, 16. juni 2022 – Norge udviste tirsdag "
             "en russisk diplomat.", "2022-06-14"},
      /* a line of its own, however long its place names */
      {"en", "Diplomat told to leave\n\nBANDAR SERI BEGAWAN, Brunei (AP) — June "
             "16, 2022\n\nNorway expelled a Russian diplomat on Tuesday.",
       "2022-06-14"},
      {"da", "Diplomat må rejse\n\nBANDAR SERI BEGAWAN, Brunei (AP) – 16. juni "
             "2022\n\nNorge udviste tirsdag en russisk diplomat.", "2022-06-14"},
      /* below a press release's senders */
      {"en", "Diplomat told to leave\n\nJoint media release\n\nJane Roe, Minister "
             "for Foreign Affairs\n\nJohn Doe, Minister for Trade\n\n16 June "
             "2022\n\nNorway expelled a Russian diplomat on Tuesday.",
       "2022-06-14"},
      {"da", "Diplomat må rejse\n\nFælles pressemeddelelse\n\nJane Roe, "
             "udenrigsminister\n\nJohn Doe, handelsminister\n\n16. juni "
             "2022\n\nNorge udviste tirsdag en russisk diplomat.", "2022-06-14"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    test_graph *g = extract(cases[i][1], cases[i][0]);
    CHECK(has(g, "doc/", "terms/date", "2022-06-16"), g);
    const char *date = event_date(g, "#Expulsion");
    if (!date || strcmp(date, cases[i][2])) graph_dump(g);
    assert_non_null(date);
    assert_string_equal(date, cases[i][2]);
    graph_free(g);
  }
  /* a press release's dateline under the title dates the document; its
   * labels (sender, kind of text) name no ministry and tell no statement */
  const char *labelled[][2] = {
      {"da", "Aftale med Norge\n16.6.2022 13:40:12 CEST | Udenrigsministeriet | "
             "Pressemeddelelse\n\nNorge udviste tirsdag en russisk diplomat.\n"},
      {"en", "Deal with Norway\n16.6.2022 13:40:12 CEST | Ministry of Foreign "
             "Affairs | Press release\n\nNorway expelled a Russian diplomat on "
             "Tuesday.\n"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(labelled[i][1], labelled[i][0]);
    CHECK(has(g, "doc/", "terms/date", "2022-06-16"), g);
    CHECK(count_typed(g, "#Ministry") == 0, g);
    CHECK(count_typed(g, "#Statement") == 0, g);
    graph_free(g);
  }
  /* the sender before the date: the line is kept whole */
  test_graph *sender = extract("Aftale med Norge\nUdenrigsministeriet | 16.6.2022 "
                               "13:40:12 CEST | Pressemeddelelse\n\nNorge udviste "
                               "tirsdag en russisk diplomat.\n", "da");
  CHECK(has(sender, "doc/", "terms/date", "2022-06-16"), sender);
  graph_free(sender);
  /* a document date given beside a dateline stays; the dateline is still
   * not the event's date */
  test_graph *given = extract_dated("Diplomat told to leave\n\nOSLO, 16 June 2022 — "
                                    "Norway expelled a Russian diplomat.",
                                    "en", "2022-06-20");
  CHECK(has(given, "doc/", "terms/date", "2022-06-20"), given);
  CHECK(event_date(given, "#Expulsion") == NULL, given);
  graph_free(given);
  /* nor is a weekday in the dateline */
  test_graph *weekday = extract("Diplomat told to leave\n\nOSLO, Thursday 16 June "
                                "2022 — Norway expelled a Russian diplomat.", "en");
  CHECK(has(weekday, "doc/", "terms/date", "2022-06-16"), weekday);
  CHECK(event_date(weekday, "#Expulsion") == NULL, weekday);
  graph_free(weekday);
  /* a date in a sentence is no dateline */
  test_graph *g = extract("Norway expelled a Russian diplomat on 16 June 2022 and "
                          "a Belarusian one on Tuesday.", "en");
  CHECK(!has(g, "doc/", "terms/date", NULL), g);
  graph_free(g);
  g = extract("Norge udviste den 16. juni 2022 en russisk diplomat og tirsdag "
              "en hviderussisk.", "da");
  CHECK(!has(g, "doc/", "terms/date", NULL), g);
  graph_free(g);  /* nor is a title, or a subheading of prose */
  const char *prose[][2] = {
      {"en", "What we know about the talks that began in Oslo on 24 February "
             "2022\n\nNorway expelled a Russian diplomat yesterday."},
      {"da", "Det ved vi om de samtaler som begyndte i Oslo den 24. februar "
             "2022\n\nNorge udviste i går en russisk diplomat."},
      {"en", "Expulsion\n\nNorway acted.\n\nIt was quick.\n\nBackground: the "
             "crisis of 14 March 2014\n\nNorway expelled a Russian diplomat."},
      {"da", "Udvisning\n\nNorge handlede.\n\nDet gik hurtigt.\n\nBaggrund: "
             "krisen fra den 14. marts 2014\n\nNorge udviste en russisk diplomat."},
  };
  for (size_t i = 0; i < 4; i++) {
    g = extract(prose[i][1], prose[i][0]);
    CHECK(!has(g, "doc/", "terms/date", NULL), g);
    graph_free(g);
  }
  /* nor is a sentence of its own lower down */
  g = extract("Expulsion\n\nNorway acted.\n\nIt was quick.\n\nIt was "
              "firm.\n\nNorway expelled a Russian diplomat on 16 June 2022.", "en");
  CHECK(!has(g, "doc/", "terms/date", NULL), g);
  graph_free(g);
  g = extract("Udvisning\n\nNorge handlede.\n\nDet gik hurtigt.\n\nDet var "
              "fast.\n\nNorge udviste en russisk diplomat den 16. juni 2022.", "da");
  CHECK(!has(g, "doc/", "terms/date", NULL), g);
  graph_free(g);
}


/* a date in the trigger's own clause dates it */
static void date_of_the_triggers_clause(void **state) {
  (void)state;
  const char *told[][2] = {
      {"Sweden recognised Finland in January 1918, and Norway recognised "
       "Estonia in 1921.", "en"},
      {"Sverige anerkendte Finland i januar 1918, og Norge anerkendte Estland "
       "i 1921.", "da"},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract(told[i][0], told[i][1]);
    const char *date = event_date_of(g, "#Recognition", "Finland");
    CHECK(date && !strcmp(date, "1918-01"), g);
    date = event_date_of(g, "#Recognition", "Estonia");
    CHECK(date && !strcmp(date, "1921"), g);
    graph_free(g);
  }
}


/* "The next day", "samme dag": counted from the last event told with a
 * day, in an earlier sentence. */
static void days_after_an_event(void **state) {
  (void)state;
  const char *texts[][4] = {
      {"Sweden expelled two Russian diplomats on 3 March 2025. The next day "
       "Norway's foreign minister visited Kyiv.", "en", "#Visit", "2025-03-04"},
      {"Sverige udviste to russiske diplomater den 3. marts 2025. Dagen efter "
       "besøgte Norges udenrigsminister Kyiv.", "da", "#Visit", "2025-03-04"},
      {"Sweden expelled two Russian diplomats on 3 March 2025. On the same day "
       "Norway's prime minister spoke by phone with Ukraine's president.",
       "en", "#PhoneCall", "2025-03-03"},
      {"Sverige udviste to russiske diplomater den 3. marts 2025. Samme dag "
       "talte Norges statsminister i telefon med Ukraines præsident.", "da",
       "#PhoneCall", "2025-03-03"},
      {"Sweden expelled two Russian diplomats on 3 March 2025. The day before, "
       "Norway's foreign minister had visited Kyiv.", "en", "#Visit",
       "2025-03-02"},
      {"Sverige udviste to russiske diplomater den 3. marts 2025. Dagen før "
       "havde Norges udenrigsminister besøgt Kyiv.", "da", "#Visit",
       "2025-03-02"},
      /* a day phrase governing a clause (lex:dayPreposition) counts back
       * from the sentence's own event */
      {"Norway signed the agreement with Chile on 3 March 2025, a day after "
       "Sweden's foreign minister visited Kyiv.", "en", "#Visit", "2025-03-02"},
      {"Norge underskrev aftalen med Chile den 3. marts 2025, dagen efter at "
       "Sveriges udenrigsminister besøgte Kyiv.", "da", "#Visit", "2025-03-02"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    test_graph *g = extract(texts[i][0], texts[i][1]);
    const char *date = event_date(g, texts[i][2]);
    CHECK(date && !strcmp(date, texts[i][3]), g);
    graph_free(g);
  }
  /* with no day told before, there is nothing to count from */
  test_graph *g = extract("The next day Norway's foreign minister visited Kyiv.", "en");
  CHECK(count_typed(g, "#Visit") == 1 && !event_date(g, "#Visit"), g);
  graph_free(g);
  /* a day counted from an event told again ("a day after the expulsion")
   * is not that event's day */
  const char *again[][2] = {
      {"Norway's foreign minister met his Danish counterpart on 3 March 2025.\n\n"
       "Poland expelled a Belarusian diplomat.\n\nA day after the expulsion, "
       "Belarus summoned the Polish ambassador.", "en"},
      {"Norges udenrigsminister mødtes med sin danske kollega den 3. marts "
       "2025.\n\nPolen udviste en hviderussisk diplomat.\n\nDagen efter "
       "udvisningen indkaldte Hviderusland den polske ambassadør.", "da"},
  };
  for (size_t i = 0; i < 2; i++) {
    g = extract(again[i][0], again[i][1]);
    CHECK(count_typed(g, "#Expulsion") == 1 && !event_date(g, "#Expulsion"), g);
    graph_free(g);
  }
}


/* Times counted from the last event told with a day: a shift ("two weeks
 * later"), a part of that day ("that evening"), a weekday in a text with
 * no date of its own, a day and month without a year; a time that cannot
 * be placed dates nothing and does not take the day before either. */
static void times_counted_from_the_last_event(void **state) {
  (void)state;
  const char *en_first = "Finland expelled nine Russian diplomats on Monday, 5 June 2023. ";
  const char *da_first = "Finland udviste ni russiske diplomater mandag den 5. juni 2023. ";
  const char *cases[][4] = {
      {"en", "Two weeks later, Norway's foreign minister visited Helsinki.", "#Visit", "2023-06-19"},
      {"da", "To uger senere besøgte Norges udenrigsminister Helsinki.", "#Visit", "2023-06-19"},
      {"en", "Three days later, Norway's foreign minister visited Helsinki.", "#Visit", "2023-06-08"},
      {"da", "Tre dage senere besøgte Norges udenrigsminister Helsinki.", "#Visit", "2023-06-08"},
      {"en", "A month later, Norway's foreign minister visited Helsinki.", "#Visit", "2023-07"},
      {"da", "En måned senere besøgte Norges udenrigsminister Helsinki.", "#Visit", "2023-07"},
      {"en", "That evening, Norway's prime minister spoke by phone with Finland's president.",
       "#PhoneCall", "2023-06-05"},
      {"da", "Samme aften talte Norges statsminister i telefon med Finlands præsident.",
       "#PhoneCall", "2023-06-05"},
      {"en", "On Thursday, Norway's foreign minister visited Helsinki.", "#Visit", "2023-06-08"},
      {"da", "Torsdag besøgte Norges udenrigsminister Helsinki.", "#Visit", "2023-06-08"},
      {"en", "On 9 June, Norway's foreign minister visited Helsinki.", "#Visit", "2023-06-09"},
      {"da", "Den 9. juni besøgte Norges udenrigsminister Helsinki.", "#Visit", "2023-06-09"},
      {"en", "A few days later, Norway's foreign minister visited Helsinki.", "#Visit", NULL},
      {"da", "Nogle dage senere besøgte Norges udenrigsminister Helsinki.", "#Visit", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    int da = !strcmp(cases[i][0], "da");
    char text[512];
    snprintf(text, sizeof text, "%s%s", da ? da_first : en_first, cases[i][1]);
    test_graph *g = extract(text, cases[i][0]);
    const char *date = event_date(g, cases[i][2]);
    CHECK(count_typed(g, cases[i][2]) == 1, g);
    CHECK(cases[i][3] ? date && !strcmp(date, cases[i][3]) : date == NULL, g);
    graph_free(g);
  }
  /* against a document date, the day before yesterday */
  const char *before[][2] = {
      {"en", "Norway's foreign minister visited Helsinki the day before yesterday."},
      {"da", "Norges udenrigsminister besøgte i forgårs Helsinki."},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract_dated(before[i][1], before[i][0], "2023-06-10");
    const char *date = event_date(g, "#Visit");
    CHECK(date && !strcmp(date, "2023-06-08"), g);
    graph_free(g);
  }
  /* a weekday with no day at all to count from */
  test_graph *g = extract("Finland expelled nine Russian diplomats in 2023. "
                          "On Thursday, Norway's foreign minister visited Helsinki.", "en");
  CHECK(count_typed(g, "#Visit") == 1 && !event_date(g, "#Visit"), g);
  graph_free(g);
}


/* "Det oplyser ... mandag": a report of the sentence before dates its
 * events told without a time */
/* "last month", "i fjor", "earlier this year": a month or a year counted
 * from the document date; one to come dates only a plan. */
static void periods_counted_from_the_document_date(void **state) {
  (void)state;
  const char *cases[][3] = {
      {"en", "Last month Latvia expelled two Russian diplomats.", "2022-04"},
      {"da", "I sidste måned udviste Letland to russiske diplomater.", "2022-04"},
      {"en", "Latvia expelled two Russian diplomats last year.", "2021"},
      {"da", "Letland udviste i fjor to russiske diplomater.", "2021"},
      {"en", "Earlier this year Latvia expelled two Russian diplomats.", "2022"},
      {"da", "Tidligere i år udviste Letland to russiske diplomater.", "2022"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    test_graph *g = extract_dated(cases[i][1], cases[i][0], "2022-05-12");
    const char *date = event_date(g, "#Expulsion");
    CHECK(date && !strcmp(date, cases[i][2]), g);
    graph_free(g);
  }
  /* without a document date, from the last day told */
  test_graph *u = extract("Deal\n\nLatvia and Estonia signed an agreement on 3 "
                          "March 2022. Latvia will send aid to Estonia this year.\n",
                          "en");
  const char *when = event_date(u, "#Aid");
  CHECK(when && !strcmp(when, "2022"), u);
  graph_free(u);
  u = extract("Aftale\n\nLetland og Estland underskrev en aftale den 3. marts "
              "2022. Letland sender i år bistand til Estland.\n", "da");
  when = event_date(u, "#Aid");
  CHECK(when && !strcmp(when, "2022"), u);
  graph_free(u);
  const char *ahead[][2] = {
      {"en", "Latvia expelled two Russian diplomats who planned to meet officials next year."},
      {"da", "Letland udviste to russiske diplomater, der ville mødes med embedsmænd næste år."},
  };
  for (size_t i = 0; i < sizeof ahead / sizeof *ahead; i++) {
    test_graph *g = extract_dated(ahead[i][1], ahead[i][0], "2022-05-12");
    const char *date = event_date(g, "#Expulsion");
    CHECK(!date || strcmp(date, "2023") != 0, g);
    graph_free(g);
  }
}

/* "since 2003" starts a stretch of time: not the event's date. */
static void since_a_year_is_no_date(void **state) {
  (void)state;
  const char *cases[][2] = {
      {"en", "In August 2021, Anna Berg became the first Chilean minister to visit Peru since 2003."},
      {"da", "I august 2021 blev Anna Berg den første chilenske minister, der besøgte Peru siden 2003."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    test_graph *g = extract_dated(cases[i][1], cases[i][0], "2021-09-01");
    const char *date = event_date(g, "#Visit");
    CHECK(date && !strcmp(date, "2021-08"), g);
    graph_free(g);
  }
}

static void reported_the_day_after(void **state) {
  (void)state;
  const char *texts[][2] = {
      {"en", "Chile expelled two Norwegian diplomats. This was announced by Chile's "
             "foreign ministry on Monday."},
      {"da", "Chile har besluttet at udvise to norske diplomater. Det oplyser Chiles "
             "udenrigsministerium mandag."},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract_dated(texts[i][1], texts[i][0], "2023-05-10");
    const char *date = event_date(g, "#Expulsion");
    CHECK(date && !strcmp(date, "2023-05-08"), g);
    graph_free(g);
  }
  /* in time for what counts from it */
  const char *cascade[][2] = {
      {"en", "Chile expelled two Norwegian diplomats. This was announced by Chile's "
             "foreign ministry on Monday. The next day Norway's prime minister spoke "
             "by phone with Chile's president."},
      {"da", "Chile har besluttet at udvise to norske diplomater. Det oplyser Chiles "
             "udenrigsministerium mandag. Dagen efter talte Norges statsminister i "
             "telefon med Chiles præsident."},
  };
  for (size_t i = 0; i < 2; i++) {
    test_graph *g = extract_dated(cascade[i][1], cascade[i][0], "2023-05-10");
    const char *date = event_date(g, "#PhoneCall");
    CHECK(date && !strcmp(date, "2023-05-09"), g);
    graph_free(g);
  }
  /* a sentence that does not refer back dates nothing before it */
  test_graph *g = extract_dated("Chile expelled two Norwegian diplomats. Chile's "
                                "foreign ministry announced new visa rules on Monday.",
                                "en", "2023-05-10");
  CHECK(count_typed(g, "#Expulsion") == 1 && !event_date(g, "#Expulsion"), g);
  graph_free(g);
}


/* An event told without a time takes the date of the dated event told
 * just before it in its paragraph; not across paragraphs, not past an
 * undated event, not when told in the past perfect. A day named in a
 * sentence without an event is what "the next day" counts from. */
static void running_date(void **state) {
  (void)state;
  const char *cases[][4] = {
      {"en", "Chile's new government took office on 11 March 2022. The next day its "
             "foreign minister visited Bolivia.", "#Visit", "2022-03-12"},
      {"da", "Chiles nye regering tiltrådte den 11. marts 2022. Dagen efter besøgte "
             "landets udenrigsminister Bolivia.", "#Visit", "2022-03-12"},
      {"en", "Chile's president visited Bolivia on 12 March 2023. Chile and "
             "Bolivia signed a trade agreement.", "#Agreement", "2023-03-12"},
      {"da", "Chiles præsident besøgte Bolivia den 12. marts 2023. Chile og "
             "Bolivia underskrev en handelsaftale.", "#Agreement", "2023-03-12"},
      {"en", "Chile's president visited Bolivia on 12 March 2023.\n\nChile and "
             "Bolivia signed a trade agreement.", "#Agreement", NULL},
      {"da", "Chiles præsident besøgte Bolivia den 12. marts 2023.\n\nChile og "
             "Bolivia underskrev en handelsaftale.", "#Agreement", NULL},
      /* the event just before is the one told again in this sentence */
      {"en", "Chile expelled two Peruvian diplomats on 1 May 2024. Chile and Peru "
             "held talks on 3 May 2024. The talks ended and Chile and Peru signed an "
             "agreement.", "#Agreement", "2024-05-03"},
      {"da", "Chile udviste to peruvianske diplomater den 1. maj 2024. Chile og Peru "
             "holdt forhandlinger den 3. maj 2024. Forhandlingerne sluttede, og Chile "
             "og Peru underskrev en aftale.", "#Agreement", "2024-05-03"},
      /* a paragraph of its own after one of several sentences */
      {"en", "Chile's president visited Bolivia on 12 March 2023. It was a short "
             "trip.\n\nChile and Bolivia signed a trade agreement.", "#Agreement", NULL},
      {"da", "Chiles præsident besøgte Bolivia den 12. marts 2023. Det var en kort "
             "rejse.\n\nChile og Bolivia underskrev en handelsaftale.", "#Agreement", NULL},
      {"en", "Chile expelled a Bolivian diplomat on 12 March 2023. The diplomat "
             "had been spying on Chilean officials.", "#Espionage", NULL},
      {"da", "Chile udviste en boliviansk diplomat den 12. marts 2023. Diplomaten "
             "havde spioneret mod chilenske embedsmænd.", "#Espionage", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char text[600]; /* under a title, the first paragraph is one */
    snprintf(text, sizeof text, "Chile and Bolivia\n\n%s\n", cases[i][1]);
    test_graph *g = extract(text, cases[i][0]);
    const char *date = event_date(g, cases[i][2]);
    CHECK(count_typed(g, cases[i][2]) == 1, g);
    CHECK(cases[i][3] ? date && !strcmp(date, cases[i][3]) : date == NULL, g);
    graph_free(g);
  }
}


/* a verb in the present with a weekday tells what is to come that day;
 * in the past, what was */
static void present_tense_with_a_weekday(void **state) {
  (void)state;
  /* a plural noun that ends like a verb is no present tense */
  test_graph *n = extract_dated("New Chilean sanctions announced on Monday target "
                                "Peruvian banks.", "en", "2025-03-12");
  CHECK(!has(n, "event/", "ns#status", "ns#Planned"), n);
  graph_free(n);
  const char *cases[][4] = {
      {"en", "Chile's foreign minister travels to Peru on Wednesday.", "Planned", "2025-03-12"},
      {"da", "Chiles udenrigsminister rejser onsdag til Peru.", "Planned", "2025-03-12"},
      {"en", "Chile's foreign minister travelled to Peru on Wednesday.", "Happened", "2025-03-05"},
      {"da", "Chiles udenrigsminister rejste onsdag til Peru.", "Happened", "2025-03-05"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    test_graph *g = extract_dated(cases[i][1], cases[i][0], "2025-03-10");
    char status[32];
    snprintf(status, sizeof status, "ns#%s", cases[i][2]);
    const char *date = event_date(g, "#Visit");
    CHECK(has(g, "event/", "ns#status", status), g);
    CHECK(date && !strcmp(date, cases[i][3]), g);
    graph_free(g);
  }
}


int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(plan_split_by_its_time),
      cmocka_unit_test(dates_in_both_languages),
      cmocka_unit_test(date_ranges),
      cmocka_unit_test(relative_dates_need_a_document_date),
      cmocka_unit_test(weekdays_against_the_document_date),
      cmocka_unit_test(datelines),
      cmocka_unit_test(date_of_the_triggers_clause),
      cmocka_unit_test(days_after_an_event),
      cmocka_unit_test(times_counted_from_the_last_event),
      cmocka_unit_test(periods_counted_from_the_document_date),
      cmocka_unit_test(since_a_year_is_no_date),
      cmocka_unit_test(reported_the_day_after),
      cmocka_unit_test(running_date),
      cmocka_unit_test(present_tense_with_a_weekday),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
