/* segment: tokens, and main text told from boilerplate by its shape — both
 * as block kinds and as names that must (not) reach the graph. Sentences
 * written for these tests, in English and Danish. */
#include "support.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "document.h"
#include "segment.h"

/* ---- tokenize ------------------------------------------------------------- */

typedef struct {
  arena mem;
  vec toks;
  const char *text;
} toks;

static void lex(toks *t, const char *text) {
  arena_init(&t->mem);
  vec_init(&t->toks, sizeof(token));
  t->text = text;
  assert_int_equal(tokenize(&t->mem, text, 0, strlen(text), &t->toks), 0);
}

static void unlex(toks *t) {
  vec_free(&t->toks);
  arena_release(&t->mem);
}

static const token *tok(const toks *t, size_t i) {
  assert_true(i < t->toks.len);
  return VEC_AT(&t->toks, token, i);
}

/* Token i has exactly the surface text `s`. */
static void surface(const toks *t, size_t i, const char *s) {
  const token *k = tok(t, i);
  char buf[128];
  snprintf(buf, sizeof buf, "%.*s", (int)(k->end - k->start), t->text + k->start);
  assert_string_equal(buf, s);
}

static void words_and_punctuation(void **state) {
  (void)state;
  toks t;
  lex(&t, "The minister said: \xE2\x80\x9CNo.\xE2\x80\x9D");
  assert_int_equal(t.toks.len, 8);
  surface(&t, 0, "The");
  assert_int_equal(tok(&t, 0)->kind, TOK_WORD);
  assert_true(tok(&t, 0)->flags & TF_CAP);
  assert_string_equal(tok(&t, 0)->key, "the");
  surface(&t, 3, ":");
  assert_int_equal(tok(&t, 3)->kind, TOK_PUNCT);
  surface(&t, 4, "\xE2\x80\x9C");
  assert_string_equal(tok(&t, 4)->key, "\"");
  surface(&t, 5, "No");
  surface(&t, 6, ".");
  assert_false(tok(&t, 1)->flags & TF_CAP);
  unlex(&t);
}

static void possessives_split(void **state) {
  (void)state;
  toks t;
  lex(&t, "Russia's army and USA\xE2\x80\x99s fleet");
  assert_int_equal(t.toks.len, 7);
  surface(&t, 0, "Russia");
  assert_false(tok(&t, 0)->flags & TF_POSSESSIVE);
  surface(&t, 1, "'s");
  assert_int_equal(tok(&t, 1)->kind, TOK_WORD);
  assert_true(tok(&t, 1)->flags & TF_POSSESSIVE);
  surface(&t, 4, "USA");
  assert_true(tok(&t, 4)->flags & TF_ALLCAPS);
  surface(&t, 5, "\xE2\x80\x99s");
  assert_true(tok(&t, 5)->flags & TF_POSSESSIVE);
  assert_string_equal(tok(&t, 5)->key, "'s");
  unlex(&t);
  /* a name ending in s, x or z takes the apostrophe alone before the next
   * word; before a comma or a full stop it closes a single quote */
  lex(&t, "OAS' generalsekretær and the Philippines\xE2\x80\x99 envoy met 'the Swiss'.");
  surface(&t, 0, "OAS");
  surface(&t, 1, "'");
  assert_true(tok(&t, 1)->flags & TF_POSSESSIVE);
  surface(&t, 5, "Philippines");
  assert_true(tok(&t, 6)->flags & TF_POSSESSIVE);
  assert_string_equal(tok(&t, 6)->key, "'");
  surface(&t, 11, "Swiss");
  assert_false(tok(&t, 12)->flags & TF_POSSESSIVE);
  unlex(&t);
}

static void hyphenated_name_is_one_token(void **state) {
  (void)state;
  toks t;
  lex(&t, "Jyllands-Posten and Anne-Marie, but not - this");
  surface(&t, 0, "Jyllands-Posten");
  assert_string_equal(tok(&t, 0)->key, "jyllands-posten");
  surface(&t, 2, "Anne-Marie");
  surface(&t, 6, "-");
  assert_int_equal(tok(&t, 6)->kind, TOK_PUNCT);
  unlex(&t);
}

static void initials_and_dotted_abbreviations(void **state) {
  (void)state;
  toks t;
  lex(&t, "Harry S. Truman and the U.S.S.R. met.");
  surface(&t, 0, "Harry");
  surface(&t, 1, "S.");
  assert_true(tok(&t, 1)->flags & TF_INITIAL);
  assert_true(tok(&t, 1)->flags & TF_CAP);
  surface(&t, 2, "Truman");
  assert_false(tok(&t, 2)->flags & TF_INITIAL);
  surface(&t, 5, "U.S.S.R.");
  assert_int_equal(tok(&t, 5)->kind, TOK_WORD);
  assert_true(tok(&t, 5)->flags & TF_ALLCAPS);
  surface(&t, 6, "met");
  surface(&t, 7, ".");
  assert_int_equal(t.toks.len, 8);
  unlex(&t);
}

static void numbers_stay_whole(void **state) {
  (void)state;
  toks t;
  lex(&t, "1496,3 kroner on 12.9.2025 at 11:50, in 1907.");
  surface(&t, 0, "1496,3");
  assert_int_equal(tok(&t, 0)->kind, TOK_NUMBER);
  surface(&t, 3, "12.9.2025");
  assert_int_equal(tok(&t, 3)->kind, TOK_NUMBER);
  surface(&t, 5, "11:50");
  surface(&t, 8, "1907");
  surface(&t, 9, ".");
  assert_int_equal(tok(&t, 9)->kind, TOK_PUNCT);
  unlex(&t);
}

static void citations(void **state) {
  (void)state;
  toks t;
  lex(&t, "He resigned.[12] Then [sic] a [long citation] came");
  surface(&t, 1, "resigned");
  surface(&t, 2, ".");
  surface(&t, 3, "[12]");
  assert_int_equal(tok(&t, 3)->kind, TOK_CITATION);
  surface(&t, 5, "[sic]");
  assert_int_equal(tok(&t, 5)->kind, TOK_CITATION);
  /* a bracket with a space inside is punctuation, not a citation */
  surface(&t, 7, "[");
  assert_int_equal(tok(&t, 7)->kind, TOK_PUNCT);
  unlex(&t);
}

/* ---- block kinds ---------------------------------------------------------- */

typedef struct {
  document d;
  char buf[4096];
} doc_fixture;

static void segment(doc_fixture *f, const char *text) {
  document *d = &f->d;
  memset(d, 0, sizeof *d);
  arena_init(&d->mem);
  vec_init(&d->blocks, sizeof(block));
  vec_init(&d->sentences, sizeof(sentence));
  vec_init(&d->tokens, sizeof(token));
  d->kb = test_knowledge();
  snprintf(f->buf, sizeof f->buf, "%s", text);
  d->text = f->buf;
  d->len = strlen(f->buf);
  assert_int_equal(segment_document(d), ATTACHE_SUCCESS);
}

static void unsegment(doc_fixture *f) {
  vec_free(&f->d.blocks);
  vec_free(&f->d.sentences);
  vec_free(&f->d.tokens);
  arena_release(&f->d.mem);
}

/* a state's or an organisation's name before a hyphen is a word of its
 * own; not inside a name the lexicon has whole, nor before a title */
static void name_before_a_hyphen_is_split(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, "NATO-topmødet og India-Maldives, men Guinea-Bissau, EU-kommissær og Jyllands-Posten.");
  const char *want[] = {"NATO", "-", "topmødet", "og", "India", "-", "Maldives", ",", "men",
                        "Guinea-Bissau", ",", "EU-kommissær", "og", "Jyllands-Posten", "."};
  assert_int_equal(f.d.tokens.len, sizeof want / sizeof *want);
  for (size_t i = 0; i < f.d.tokens.len; i++) {
    const token *t = doc_token(&f.d, i);
    assert_int_equal(t->end - t->start, strlen(want[i]));
    assert_memory_equal(f.d.text + t->start, want[i], strlen(want[i]));
  }
  unsegment(&f);
}

/* The kind of the first block containing `needle`. */
static block_kind kind_of(const doc_fixture *f, const char *needle) {
  const document *d = &f->d;
  for (size_t k = 0; k < d->blocks.len; k++) {
    const block *b = doc_block(d, k);
    char line[1024];
    snprintf(line, sizeof line, "%.*s", (int)(b->end - b->start), d->text + b->start);
    if (strstr(line, needle)) return b->kind;
  }
  fail_msg("no block contains \"%s\"", needle);
  return BLOCK_TEXT;
}

#define BOILER(f, s) assert_int_equal(kind_of(f, s), BLOCK_BOILERPLATE)
#define MAIN(f, s) assert_int_not_equal(kind_of(f, s), BLOCK_BOILERPLATE)

/* a site header above the headline, with the breadcrumb and section
 * labels under it, is boilerplate; the headline is the title */
static void site_header_is_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, "Ministry of Foreign Affairs, Republic of Chile\nHome > Press > News\n\n"
              "Press Releases\n\nChile and Peru sign a fisheries treaty\n\nChile and Peru "
              "signed a fisheries treaty on Monday in Lima.\n");
  assert_int_equal(doc_block(&f.d, 0)->kind, BLOCK_BOILERPLATE);
  BOILER(&f, "Home > Press");
  BOILER(&f, "Press Releases");
  assert_string_equal(f.d.title, "Chile and Peru sign a fisheries treaty");
  unsegment(&f);
  segment(&f, "Udenrigsministeriet\n\nUdenrigsministeren i Lima: Danmark og Peru styrker "
              "samarbejdet\n\nUdenrigsministeren mødtes i dag med sin peruvianske kollega.\n");
  assert_int_equal(doc_block(&f.d, 0)->kind, BLOCK_BOILERPLATE);
  assert_string_equal(f.d.title, "Udenrigsministeren i Lima: Danmark og Peru styrker samarbejdet");
  unsegment(&f);
  /* a short headline under the header is the title, no section label */
  segment(&f, "Udenrigsministeriet\n\nSamtale med Blinken\n\nUdenrigsministeren talte i dag "
              "med sin amerikanske kollega.\n");
  assert_string_equal(f.d.title, "Samtale med Blinken");
  unsegment(&f);
  /* a headline that says something is the title */
  const char *titles[] = {"Ministry of Foreign Affairs Statement on Peru",
                          "Foreign Ministry Spokesperson's Remarks",
                          "Udenrigsministeriet indkalder Perus ambassadør"};
  for (size_t i = 0; i < 3; i++) {
    char text[256];
    snprintf(text, sizeof text, "%s\n\nThe ministry said on Monday that talks went well.\n",
             titles[i]);
    segment(&f, text);
    assert_int_equal(doc_block(&f.d, 0)->kind, BLOCK_TITLE);
    assert_string_equal(f.d.title, titles[i]);
    unsegment(&f);
  }
}


static const char *const read_more_en =
    "Nordic ministers meet in Oslo\n\n"
    "Foreign Minister Anna Berg of Norway welcomed her Finnish colleague on "
    "Monday.\n\n"
    "READ MORE: Chancellor Karl Weber of Austria flies to Portugal\n\n"
    "The two ministers discussed energy and the Arctic.\n";

static const char *const teaser_en =
    "Ministers agree on sanctions\n\n"
    "Foreign Minister Anna Berg said on Tuesday that Norway would support "
    "the new package.\n\n"
    "She will travel to Brussels next week.\n\n"
    "  \xE2\x80\xA2 Austrian chancellor goes to Lisbon\n\n"
    "    Austrian chancellor goes to Lisbon\n\n"
    "    Chancellor Karl Weber of Austria met the president of Portugal.\n\n"
    "  \xE2\x80\xA2 Tallinn opens a consulate\n\n"
    "    Tallinn opens a consulate\n\n"
    "    Estonia will open a consulate in Greenland.\n";

static const char *const references_en =
    "Treaty of the northern seas\n\n"
    "The treaty was signed by Norway and Finland after long talks between "
    "their foreign ministers.\n\n"
    "It entered into force two years later.\n\n"
    "References\n\n"
    "1. ^ Weber, Karl (1999). Austria and Portugal at sea. Vienna.\n"
    "2. ^ Chancellor Karl Weber, speech to the Estonian parliament.\n"
    "^ Notes on Greenland.\n"
    "Chancellor Karl Weber of Austria thanked Portugal.\n";

static const char *const listing_da =
    "Udenrigsministeren besøger Norge\n\n"
    "Udenrigsminister Mette Holm rejser i dag fra Danmark til Norge for at "
    "mødes med sin norske kollega.\n\n"
    "Ministrene vil drøfte energi og sikkerhed i Arktis.\n\n"
    "Flere nyheder fra ministeriet\n"
    "Kansler Karl Weber fra Østrig besøger Portugal13.10.2025 11:50:04 CEST | "
    "Nyhed\n"
    "Den østrigske kansler Karl Weber mødtes med Portugals præsident.\n"
    "Rusland lukker konsulat i Grønland8.10.2025 09:00:00 CEST | "
    "Pressemeddelelse\n"
    "Rusland vil lukke sit konsulat i Nuuk.\n";

static const char *const contact_da =
    "Ny aftale med Norge\n\n"
    "Udenrigsminister Mette Holm underskrev i dag en aftale med Norge om "
    "fiskeri.\n\n"
    "Aftalen træder i kraft til sommer.\n\n"
    "Den skal godkendes af Folketinget.\n\n"
    "Yderligere oplysninger: pressechef Karl Weber, karl.weber@example.dk, "
    "+45 33 92 00 00\n"
    "Østrigs ambassade i Portugal er lukket mandag.\n";

/* Headlines after the last paragraph, and a credit line in parentheses,
 * close the page; a short line inside the text does not. */
static void trailing_headlines_are_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, "Ny aftale med Norge\n\nUdenrigsminister Mette Holm underskrev "
              "i dag en aftale med Norge.\n\nAftalen træder i kraft til "
              "sommer.\n\n/ritzau/\n\nMere om Europa:\nØstrigs kansler "
              "Karl Weber besøger Portugal\nEstland åbner konsulat i Nuuk\n");
  MAIN(&f, "Aftalen træder");
  BOILER(&f, "Mere om Europa");
  BOILER(&f, "Karl Weber");
  BOILER(&f, "Estland");
  unsegment(&f);
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\nSecurity talks\n\nThey discussed the "
              "Arctic and energy.\n\n(Reporting by Karl Weber in Vienna; "
              "Editing by Ola Lind)\n\nOur Standards: the trust principles "
              "of this agency.\n");
  MAIN(&f, "Security talks");
  MAIN(&f, "They discussed");
  BOILER(&f, "(Reporting");
  BOILER(&f, "Our Standards");
  unsegment(&f);
  /* a credit line without parentheses: parts joined by semicolons, no
   * full stop; after it only short lines and headlines */
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\nThey discussed the Arctic and energy."
              "\n\nReporting by Karl Weber in Vienna and Ola Lind in Oslo; "
              "Editing by Eva Moe\n\nOur Standards: the trust principles of "
              "this agency.\n\nRead Next\nEstonia opens a consulate in Nuuk "
              "as Arctic ties grow\n");
  MAIN(&f, "They discussed");
  BOILER(&f, "Reporting by");
  BOILER(&f, "Read Next");
  BOILER(&f, "Estonia opens");
  unsegment(&f);
  segment(&f, "Ny aftale\n\nUdenrigsminister Anna Berg mødtes mandag med sin "
              "finske kollega.\n\nDe drøftede Arktis og energi.\n\nTekst: "
              "Karl Weber; Redigering: Ola Lind\n");
  MAIN(&f, "De drøftede");
  BOILER(&f, "Tekst: Karl");
  unsegment(&f);
  /* a copyright notice, however it is written */
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\nCopyright 2024 The Example Press. All "
              "rights reserved.\n\nThey also discussed the Arctic and energy at "
              "length.\n");
  BOILER(&f, "Copyright 2024");
  MAIN(&f, "They also discussed");
  unsegment(&f);
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\nCopyright disputes were also on the "
              "agenda.\n");
  MAIN(&f, "Copyright disputes");
  unsegment(&f);
  segment(&f, "Ny aftale\n\nUdenrigsminister Anna Berg mødtes mandag med sin "
              "finske kollega.\n\n\xC2\xA9 Eksempel Bureau 2024\n\nOphavsret: "
              "Eksempel Bureau\n");
  BOILER(&f, "Eksempel Bureau 2024");
  BOILER(&f, "Ophavsret");
  unsegment(&f);
  /* nor lines whose parts name no one, nor the short sentences after them */
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\nTimeline: 2022 invasion; 2023 coalition; "
              "2024 agreement\n\nRussia condemned the agreement.\n\nSweden "
              "signed a similar deal.\n");
  MAIN(&f, "Russia condemned");
  MAIN(&f, "Sweden signed");
  unsegment(&f);
  segment(&f, "Ny aftale\n\nUdenrigsminister Anna Berg mødtes mandag med sin "
              "finske kollega.\n\nDeltagere: Danmark; Ukraine; Sverige\n\n"
              "Rusland fordømte aftalen.\n");
  MAIN(&f, "Rusland fordømte");
  unsegment(&f);
  /* a paragraph with a semicolon that ends a sentence is text */
  segment(&f, "Ny aftale\n\nUdenrigsminister Anna Berg mødtes mandag med sin "
              "finske kollega.\n\nDe drøftede Arktis; de drøftede også "
              "energi.\n");
  MAIN(&f, "De drøftede Arktis");
  unsegment(&f);
  /* short sentences, an announced list, a timeline, text after a caption
   * are content */
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\nAustria condemned Peru.\n\nChile "
              "praised Oslo.\n");
  MAIN(&f, "Austria condemned");
  MAIN(&f, "Chile praised");
  unsegment(&f);
  segment(&f, "Erklæring\n\nErklæringen blev i dag underskrevet i Oslo af "
              "flere lande.\n\nDen blev underskrevet af udenrigsministrene "
              "fra:\nDanmark\nFinland\nNorge\n");
  MAIN(&f, "Finland");
  unsegment(&f);
  segment(&f, "Timeline\n\nThe alliance grew over the years after the war "
              "ended.\n\nTimeline\n2023: Finland joins\n2024: Sweden joins\n");
  MAIN(&f, "2023: Finland");
  unsegment(&f);
  segment(&f, "Ministers agree\n\nForeign Minister Anna Berg met her Finnish "
              "colleague on Monday.\n\n(Photo: Karl Weber)\n\nThe two "
              "ministers also discussed energy and the Arctic in detail.\n");
  MAIN(&f, "The two ministers");
  unsegment(&f);
}

/* A capitalised rank abbreviation does not end the sentence; the same
 * word in lower case does (the Danish month). */
static void capitalised_abbreviation_ends_no_sentence(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, "The spokesman, Maj. Gen. Tun Aye, denied it. Talks went on.\n");
  assert_int_equal(f.d.sentences.len, 2);
  unsegment(&f);
  segment(&f, "Mødet blev holdt i maj. Ministeren kom hjem i juni.\n");
  assert_int_equal(f.d.sentences.len, 2);
  unsegment(&f);
  segment(&f, "Det skete i maj. Maj. Gen. Tun Aye afviste det.\n");
  assert_int_equal(f.d.sentences.len, 2);
  unsegment(&f);
}

/* an abbreviation's full stop before a capitalised function word ends the
 * sentence: no abbreviated title stands before one */
static void abbreviation_before_a_function_word(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, "Mødet var med Hun Sen. Senere sagde han, at det gik godt.\n");
  assert_int_equal(f.d.sentences.len, 2);
  unsegment(&f);
  segment(&f, "The prize went to Amartya Sen. The committee praised him.\n");
  assert_int_equal(f.d.sentences.len, 2);
  unsegment(&f);
  segment(&f, "Republican Sen. Lindsey Graham met Gen. de Gaulle's heir.\n");
  assert_int_equal(f.d.sentences.len, 1);
  unsegment(&f);
}

static void read_more_line_is_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, read_more_en);
  assert_int_equal(kind_of(&f, "Nordic ministers"), BLOCK_TITLE);
  BOILER(&f, "READ MORE");
  MAIN(&f, "Anna Berg");
  MAIN(&f, "discussed energy"); /* the text goes on after it */
  unsegment(&f);
}

static void teaser_list_and_rest_are_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, teaser_en);
  MAIN(&f, "Anna Berg");
  MAIN(&f, "Brussels");
  BOILER(&f, "\xE2\x80\xA2 Austrian chancellor");
  BOILER(&f, "Karl Weber");
  BOILER(&f, "Tallinn opens");
  BOILER(&f, "Estonia will");
  unsegment(&f);
}

static void reference_list_and_rest_are_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, references_en);
  MAIN(&f, "The treaty was signed");
  MAIN(&f, "entered into force");
  BOILER(&f, "References"); /* its short heading goes with it */
  BOILER(&f, "1. ^ Weber");
  BOILER(&f, "^ Notes");
  BOILER(&f, "thanked Portugal");
  unsegment(&f);
}

static void press_release_listing_is_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, listing_da);
  MAIN(&f, "Mette Holm");
  MAIN(&f, "Arktis");
  BOILER(&f, "Flere nyheder");
  BOILER(&f, "CEST | Nyhed");
  BOILER(&f, "Den østrigske kansler");
  BOILER(&f, "Pressemeddelelse");
  BOILER(&f, "Nuuk");
  unsegment(&f);
}

/* a listing line under the title, before any running text, is the
 * release's own dateline */
static void own_dateline_is_no_listing(void **state) {
  (void)state;
  const char *texts[] = {
      "Holm: \"Vi står ved Norge\"\n"
      "12.6.2024 15:40:12 CEST | Pressemeddelelse\n"
      "Udenrigsminister Mette Holm rejser i dag fra Danmark til Norge for at "
      "mødes med sin norske kollega.\n"
      "Ministrene vil drøfte energi og sikkerhed i Arktis.\n",
      "Holm: \"We stand by Norway\"\n"
      "12.6.2024 15:40:12 CEST | Press release\n"
      "Foreign Minister Mette Holm travels today from Denmark to Norway to meet "
      "her Norwegian counterpart.\n"
      "The ministers will discuss energy and security in the Arctic.\n",
  };
  for (size_t i = 0; i < 2; i++) {
    doc_fixture f;
    segment(&f, texts[i]);
    MAIN(&f, "Mette Holm");
    MAIN(&f, i == 0 ? "Arktis" : "Arctic");
    unsegment(&f);
  }
}

static void contact_footer_is_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, contact_da);
  MAIN(&f, "Mette Holm");
  MAIN(&f, "Folketinget");
  BOILER(&f, "karl.weber@example.dk");
  BOILER(&f, "ambassade i Portugal");
  unsegment(&f);
}

static void repeated_line_is_boilerplate(void **state) {
  (void)state;
  doc_fixture f;
  segment(&f, "Forside\n\nMinisteren taler i dag.\n\nDel artiklen\n\n"
              "Hun taler om Norge.\n\nDel artiklen\n");
  MAIN(&f, "Ministeren taler");
  MAIN(&f, "Hun taler");
  /* the first copy is read; the second is navigation */
  size_t boiler = 0;
  for (size_t k = 0; k < f.d.blocks.len; k++)
    boiler += doc_block(&f.d, k)->kind == BLOCK_BOILERPLATE;
  assert_int_equal(boiler, 1);
  assert_int_equal(doc_block(&f.d, f.d.blocks.len - 1)->kind,
                   BLOCK_BOILERPLATE);
  unsegment(&f);
}

/* ---- names in boilerplate stay out of the graph --------------------------- */

/* `text` has boilerplate naming Karl Weber, Austria/Østrig and Portugal;
 * `control` carries the same names as main text, so they are recognised. */
static void boilerplate_names_absent(const char *text, const char *control,
                                     const char *lang, const char *main_person,
                                     const char *main_state) {
  test_graph *g = extract(text, lang);
  assert_int_equal(g->status, ATTACHE_SUCCESS);
  CHECK(has_entity(g, "#Person", main_person), g);
  CHECK(has_entity(g, "#State", main_state), g);
  CHECK(!has_entity(g, "#Person", "Karl Weber"), g);
  CHECK(!has_entity(g, "#State", "Austria"), g);
  CHECK(!has_entity(g, "#State", "Portugal"), g);
  graph_free(g);
  g = extract(control, lang);
  CHECK(has_entity(g, "#Person", "Karl Weber"), g);
  CHECK(has_entity(g, "#State", "Austria"), g);
  CHECK(has_entity(g, "#State", "Portugal"), g);
  graph_free(g);
}

static void read_more_names_not_in_graph(void **state) {
  (void)state;
  boilerplate_names_absent(
      read_more_en,
      "Nordic ministers meet in Oslo\n\nForeign Minister Anna Berg of Norway "
      "welcomed her Finnish colleague on Monday.\n\nChancellor Karl Weber of "
      "Austria flies to Portugal.\n",
      "en", "Anna Berg", "Norway");
}

static void read_more_names_not_in_graph_da(void **state) {
  (void)state;
  boilerplate_names_absent(
      "Nordisk møde i Oslo\n\nUdenrigsminister Mette Holm mødtes mandag med "
      "sin norske kollega i Oslo.\n\nLÆS OGSÅ: Kansler Karl Weber fra Østrig "
      "rejser til Portugal\n\nDe to ministre talte om energi.\n",
      "Nordisk møde i Oslo\n\nUdenrigsminister Mette Holm mødtes mandag med "
      "sin norske kollega i Oslo.\n\nKansler Karl Weber fra Østrig rejser i "
      "dag til Portugal.\n",
      "da", "Mette Holm", "Norway");
}

/* "Associated Press writer Karl Weber in Vienna contributed to this
 * report.": a line crediting reporters (lex:creditPhrase) is no text;
 * one naming no one is */
static void contributors_names_not_in_graph(void **state) {
  (void)state;
  boilerplate_names_absent(
      "Ministers meet in Oslo\n\nForeign Minister Anna Berg of Norway met her "
      "Finnish colleague on Monday.\n\nAssociated Press writer Karl Weber in "
      "Austria and Portugal contributed to this report.\n",
      "Ministers meet in Oslo\n\nForeign Minister Anna Berg of Norway met her "
      "Finnish colleague on Monday.\n\nChancellor Karl Weber of Austria flies "
      "to Portugal.\n",
      "en", "Anna Berg", "Norway");
  boilerplate_names_absent(
      "Møde i Oslo\n\nUdenrigsminister Mette Holm mødtes mandag med sin "
      "norske kollega.\n\nKorrespondent Karl Weber i Østrig og Portugal bidrog "
      "til denne artikel.\n",
      "Møde i Oslo\n\nUdenrigsminister Mette Holm mødtes mandag med sin "
      "norske kollega.\n\nKansler Karl Weber fra Østrig rejser i dag til "
      "Portugal.\n",
      "da", "Mette Holm", "Norway");
  test_graph *g = extract("Report\n\nThe foreign ministers met in Oslo on Monday.\n\n"
                          "Norway and Sweden contributed to this report.\n", "en");
  CHECK(has_entity(g, "#State", "Sweden"), g);
  graph_free(g);
}

static void teaser_names_not_in_graph(void **state) {
  (void)state;
  boilerplate_names_absent(
      teaser_en,
      "Ministers agree on sanctions\n\nForeign Minister Anna Berg said on "
      "Tuesday that Norway would support the new package.\n\nChancellor Karl "
      "Weber of Austria met the president of Portugal.\n",
      "en", "Anna Berg", "Norway");
}

static void reference_names_not_in_graph(void **state) {
  (void)state;
  test_graph *g = extract(references_en, "en");
  CHECK(has_entity(g, "#State", "Norway"), g);
  CHECK(has_entity(g, "#State", "Finland"), g);
  CHECK(!has_entity(g, "#Person", "Karl Weber"), g);
  CHECK(!has_entity(g, "#State", "Austria"), g);
  CHECK(!has_entity(g, "#State", "Portugal"), g);
  CHECK(!has_entity(g, "#State", "Estonia"), g);
  graph_free(g);
}

static void listing_names_not_in_graph(void **state) {
  (void)state;
  boilerplate_names_absent(
      listing_da,
      "Udenrigsministeren besøger Norge\n\nUdenrigsminister Mette Holm rejser "
      "i dag til Norge for at mødes med sin norske kollega.\n\nDen østrigske "
      "kansler Karl Weber fra Østrig mødtes med Portugals præsident.\n",
      "da", "Mette Holm", "Norway");
  test_graph *g = extract(listing_da, "da");
  CHECK(has_entity(g, "#State", "Denmark"), g);
  CHECK(!has_entity(g, "#State", "Russia"), g);
  graph_free(g);
  g = extract("Rusland vil lukke sit konsulat i Nuuk.\n", "da");
  CHECK(has_entity(g, "#State", "Russia"), g);
  graph_free(g);
}

static void contact_names_not_in_graph(void **state) {
  (void)state;
  boilerplate_names_absent(
      contact_da,
      "Ny aftale med Norge\n\nUdenrigsminister Mette Holm underskrev i dag en "
      "aftale med Norge om fiskeri.\n\nPressechef Karl Weber sagde, at "
      "Østrigs ambassade i Portugal er lukket mandag.\n",
      "da", "Mette Holm", "Norway");
}

static void contact_names_not_in_graph_en(void **state) {
  (void)state;
  boilerplate_names_absent(
      "Agreement with Norway\n\nForeign Minister Anna Berg signed a fisheries "
      "agreement with Norway today.\n\nIt takes effect in the summer.\n\n"
      "Parliament must approve it.\n\n"
      "Media contact: Karl Weber, Austria desk, press@example.org\n"
      "The embassy of Portugal is closed on Monday.\n",
      "Agreement with Norway\n\nForeign Minister Anna Berg signed a fisheries "
      "agreement with Norway today.\n\nKarl Weber of the Austria desk said "
      "the embassy of Portugal is closed on Monday.\n",
      "en", "Anna Berg", "Norway");
}

/* ---- language ------------------------------------------------------------ */

static int says_language(const char *text, const char *lang) {
  test_graph *g = extract(text, NULL);
  char want[8];
  snprintf(want, sizeof want, "\"%s\"", lang);
  int yes = has(g, NULL, "http://purl.org/dc/terms/language", want);
  if (!yes) graph_dump(g);
  graph_free(g);
  return yes;
}

/* The language is the one whose function words lead, with the lexicon's
 * words of one language as lesser votes; a decided lead at the start is
 * not undone by a quotation in the other language later. */
static void language_by_function_words(void **state) {
  (void)state;
  assert_true(says_language("Denmark and Norway met in Oslo on Monday.\n", "en"));
  assert_true(says_language("Danmark og Norge mødtes i Oslo i mandags.\n", "da"));
  /* few function words, and "to" is English too: the lexicon's names and
   * adjectives of one language decide */
  assert_true(says_language("Rusland vil udvise to ukrainske diplomater.\n", "da"));
  assert_true(says_language("Russia will expel two Ukrainian diplomats.\n", "en"));
  /* Danish names in an English sentence do not outvote its function words */
  assert_true(says_language("The ministry said that Danmark and Sverige will "
                            "send aid to the people of Ukraine.\n", "en"));
  char text[8192] = "";
  for (int i = 0; i < 12; i++)
    strcat(text, "The minister said that the talks with the ambassador of "
                 "Norway were held in the capital and that it was a good day.\n");
  for (int i = 0; i < 3; i++)
    strcat(text, "Ministeren sagde, at det var en god dag, og at han er glad for "
                 "at det er sket.\n");
  assert_true(says_language(text, "en"));
  strcpy(text, "");
  for (int i = 0; i < 12; i++)
    strcat(text, "Ministeren sagde, at det var en god dag, og at han er glad for "
                 "at det er sket med de andre.\n");
  strcat(text, "The minister said that it was a good day.\n");
  assert_true(says_language(text, "da"));
}

/* A token's own lexicon entries and phrase-start flag, asked once and kept:
 * the same answers as the lexicon itself, for words that start phrases,
 * words that are phrases, and words that are neither. */
static void token_lexicon_is_the_lexicons(void **state) {
  (void)state;
  const char *texts[] = {
      "The United States and New Zealand met the Danish foreign minister.\n",
      "Det Forenede Kongerige og Danmarks udenrigsminister mødtes i Oslo.\n"};
  for (size_t k = 0; k < 2; k++) {
    doc_fixture f;
    segment(&f, texts[k]);
    const document *d = &f.d;
    int lexicon_words = 0, phrase_starts = 0;
    for (size_t i = 0; i < d->tokens.len; i++) {
      const char *key = doc_token(d, i)->key;
      for (int again = 0; again < 2; again++) {
        assert_ptr_equal(token_lex(d, i), kb_lookup(d->kb, key));
        assert_int_equal(token_starts_phrase(d, i), kb_phrase_continues(d->kb, key));
      }
      lexicon_words += token_lex(d, i) != NULL;
      phrase_starts += token_starts_phrase(d, i);
    }
    assert_true(lexicon_words > 0);
    assert_true(phrase_starts > 0);
    unsegment(&f);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(words_and_punctuation),
      cmocka_unit_test(possessives_split),
      cmocka_unit_test(hyphenated_name_is_one_token),
      cmocka_unit_test(name_before_a_hyphen_is_split),
      cmocka_unit_test(site_header_is_boilerplate),
      cmocka_unit_test(initials_and_dotted_abbreviations),
      cmocka_unit_test(numbers_stay_whole),
      cmocka_unit_test(citations),
      cmocka_unit_test(capitalised_abbreviation_ends_no_sentence),
      cmocka_unit_test(abbreviation_before_a_function_word),
      cmocka_unit_test(trailing_headlines_are_boilerplate),
      cmocka_unit_test(read_more_line_is_boilerplate),
      cmocka_unit_test(teaser_list_and_rest_are_boilerplate),
      cmocka_unit_test(reference_list_and_rest_are_boilerplate),
      cmocka_unit_test(press_release_listing_is_boilerplate),
      cmocka_unit_test(own_dateline_is_no_listing),
      cmocka_unit_test(contact_footer_is_boilerplate),
      cmocka_unit_test(repeated_line_is_boilerplate),
      cmocka_unit_test(read_more_names_not_in_graph),
      cmocka_unit_test(read_more_names_not_in_graph_da),
      cmocka_unit_test(teaser_names_not_in_graph),
      cmocka_unit_test(reference_names_not_in_graph),
      cmocka_unit_test(listing_names_not_in_graph),
      cmocka_unit_test(contact_names_not_in_graph),
      cmocka_unit_test(contact_names_not_in_graph_en),
      cmocka_unit_test(contributors_names_not_in_graph),
      cmocka_unit_test(language_by_function_words),
      cmocka_unit_test(token_lexicon_is_the_lexicons),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
