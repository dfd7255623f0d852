/* read: bytes of one input to clean document text — plain text clean-up,
 * rejection of unusable input, and HTML (metadata and main content). */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "read.h"

#define REPLACEMENT "\xEF\xBF\xBD"

static int setup(void **state) {
  arena *a = malloc(sizeof *a);
  if (!a) return -1;
  arena_init(a);
  *state = a;
  return 0;
}

static int teardown(void **state) {
  arena_release(*state);
  free(*state);
  return 0;
}

/* ---- read_clean_text ------------------------------------------------------ */

static char *clean(arena *a, const char *bytes, size_t len, size_t *out_len,
                   size_t *replaced) {
  char *t = read_clean_text(a, bytes, len, out_len, replaced);
  assert_non_null(t);
  assert_int_equal(strlen(t), *out_len); /* NUL-terminated, no inner NUL */
  return t;
}

static void clean_drops_bom(void **state) {
  size_t n, bad;
  char *t = clean(*state, "\xEF\xBB\xBFHello", 8, &n, &bad);
  assert_string_equal(t, "Hello");
  assert_int_equal(n, 5);
  assert_int_equal(bad, 0);
  /* a BOM elsewhere is an ordinary (zero-width) character and stays */
  t = clean(*state, "a\xEF\xBB\xBF" "b", 5, &n, &bad);
  assert_string_equal(t, "a\xEF\xBB\xBF" "b");
}

static void clean_bom_only(void **state) {
  size_t n = 99, bad = 99;
  char *t = clean(*state, "\xEF\xBB\xBF", 3, &n, &bad);
  assert_string_equal(t, "");
  assert_int_equal(n, 0);
  assert_int_equal(bad, 0);
}

static void clean_normalises_line_ends(void **state) {
  size_t n, bad;
  const char in[] = "one\r\ntwo\rthree\n\r\nfour\r";
  char *t = clean(*state, in, sizeof in - 1, &n, &bad);
  assert_string_equal(t, "one\ntwo\nthree\n\nfour\n");
}

static void clean_makes_controls_spaces(void **state) {
  size_t n, bad;
  const char in[] = "a\0b\x01" "c\x1B[0m\x7F" "d\te\nf\f";
  char *t = clean(*state, in, sizeof in - 1, &n, &bad);
  assert_string_equal(t, "a b c [0m d\te\nf ");
  assert_int_equal(n, sizeof in - 1); /* one byte each */
  assert_int_equal(bad, 0);
}

static void clean_replaces_invalid_utf8(void **state) {
  size_t n, bad;
  /* stray 0xFF, truncated "ø", overlong "/", surrogate, valid "ø" */
  const char in[] = "x\xFFy\xC3z\xC0\xAF\xED\xA0\x80\xC3\xB8";
  char *t = clean(*state, in, sizeof in - 1, &n, &bad);
  assert_string_equal(t, "x" REPLACEMENT "y" REPLACEMENT "z" REPLACEMENT
                         REPLACEMENT REPLACEMENT REPLACEMENT REPLACEMENT
                         "\xC3\xB8");
  assert_int_equal(bad, 7);
}

/* U+FFFE and U+FFFF are valid UTF-8 but no characters: XML cannot hold
 * them, and one in the text made the whole RDF/XML output fail */
static void clean_replaces_noncharacters(void **state) {
  size_t n, bad;
  const char in[] = "a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD";
  char *t = clean(*state, in, sizeof in - 1, &n, &bad);
  assert_string_equal(t, "a" REPLACEMENT REPLACEMENT REPLACEMENT "b" REPLACEMENT
                         REPLACEMENT REPLACEMENT "c" REPLACEMENT);
  assert_int_equal(bad, 6);
}

static void clean_keeps_valid_utf8(void **state) {
  size_t n, bad;
  const char *in = "Løkke – “Ærø” 😀 Москва";
  char *t = clean(*state, in, strlen(in), &n, &bad);
  assert_string_equal(t, in);
  assert_int_equal(bad, 0);
}

static void clean_truncated_at_end(void **state) {
  size_t n, bad;
  char *t = clean(*state, "abc\xE2\x80", 5, &n, &bad);
  assert_string_equal(t, "abc" REPLACEMENT REPLACEMENT);
  assert_int_equal(bad, 2);
}

/* ---- read_document: rejection --------------------------------------------- */

static void rejects(arena *a, const char *bytes, size_t len,
                    attache_input_kind kind) {
  doc_source src;
  const char *why = NULL;
  attache_status st = read_document(a, bytes, len, kind, &src, &why);
  assert_int_equal(st, ATTACHE_ERR_BAD_INPUT);
  assert_non_null(why);
  assert_true(strlen(why) > 0);
}

static void empty_input_is_bad(void **state) {
  rejects(*state, "", 0, ATTACHE_INPUT_AUTO);
  rejects(*state, "", 0, ATTACHE_INPUT_TEXT);
  rejects(*state, "", 0, ATTACHE_INPUT_HTML);
}

static void binary_input_is_bad(void **state) {
  const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10";
  rejects(*state, png, sizeof png - 1, ATTACHE_INPUT_AUTO);
  const char nul[] = "Plain words\0with a NUL in them";
  rejects(*state, nul, sizeof nul - 1, ATTACHE_INPUT_TEXT);
  /* mostly control bytes, no NUL */
  char junk[256];
  for (size_t i = 0; i < sizeof junk; i++) junk[i] = (char)(1 + i % 8);
  rejects(*state, junk, sizeof junk, ATTACHE_INPUT_AUTO);
}

static void whitespace_only_is_bad(void **state) {
  const char *ws = "   \n\t\r\n  \n";
  rejects(*state, ws, strlen(ws), ATTACHE_INPUT_AUTO);
  rejects(*state, "\xEF\xBB\xBF  \n", 6, ATTACHE_INPUT_TEXT);
  rejects(*state, "\xC2\xA0\xC2\xA0", 4, ATTACHE_INPUT_TEXT); /* NBSPs */
  rejects(*state, "... -- !!", 9, ATTACHE_INPUT_TEXT);
}

static void html_without_text_is_bad(void **state) {
  const char *h = "<html><head><title></title><script>var x = 1;</script>"
                  "</head><body><nav>Home</nav>   </body></html>";
  rejects(*state, h, strlen(h), ATTACHE_INPUT_AUTO);
}

/* ---- read_document: text -------------------------------------------------- */

static void plain_text_is_cleaned_and_counted(void **state) {
  doc_source src;
  const char *why = NULL;
  const char in[] = "\xEF\xBB\xBFMinisteren r\xE6jste\r\ntil Kiev.\r\n";
  attache_status st = read_document(*state, in, sizeof in - 1,
                                    ATTACHE_INPUT_AUTO, &src, &why);
  assert_int_equal(st, ATTACHE_SUCCESS);
  assert_false(src.is_html);
  assert_string_equal(src.text, "Ministeren r" REPLACEMENT "jste\ntil Kiev.\n");
  assert_int_equal(src.len, strlen(src.text));
  assert_int_equal(src.replaced, 1);
  assert_null(src.title);
  assert_null(src.lang);
  assert_null(src.date);
}

static void text_that_mentions_tags_is_not_html(void **state) {
  doc_source src;
  const char *why;
  const char *in = "The <html> element starts a page.\n";
  assert_int_equal(read_document(*state, in, strlen(in), ATTACHE_INPUT_AUTO,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  assert_false(src.is_html);
  assert_string_equal(src.text, in);
}

static void long_single_line(void **state) {
  size_t len = 10u << 20;
  char *big = malloc(len);
  assert_non_null(big);
  for (size_t i = 0; i < len; i++) big[i] = "word "[i % 5];
  doc_source src;
  const char *why;
  attache_status st =
      read_document(*state, big, len, ATTACHE_INPUT_AUTO, &src, &why);
  assert_int_equal(st, ATTACHE_SUCCESS);
  assert_int_equal(src.len, len);
  assert_int_equal(src.replaced, 0);
  int same = memcmp(src.text, big, len) == 0;
  free(big);
  assert_true(same);
}

static void long_single_line_through_extract(void **state) {
  (void)state;
  size_t len = 10u << 20;
  char *big = malloc(len + 1);
  assert_non_null(big);
  for (size_t i = 0; i < len; i++) big[i] = "Norway "[i % 7];
  big[len] = '\0';
  test_graph *g = extract(big, "en");
  free(big);
  attache_status st = g->status;
  graph_free(g);
  assert_int_equal(st, ATTACHE_SUCCESS);
}

/* ---- read_document: HTML -------------------------------------------------- */

static const char *const page =
    "<!DOCTYPE html>\n"
    "<html lang=\"da-DK\">\n<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<title>Ministeren i  Vilnius</title>\n"
    "<meta property=\"article:published_time\" "
    "content=\"2025-02-01T10:00:00Z\">\n"
    "<script>var tracker = 'SCRIPTTEXT';</script>\n"
    "<style>body { color: red } /* STYLETEXT */</style>\n"
    "</head>\n<body>\n"
    "<nav><a href=\"/\">NAVTEXT Forside</a></nav>\n"
    "<header>HEADERTEXT</header>\n"
    "<div class=\"promo\">OUTSIDETEXT Læs også om vejret</div>\n"
    "<article>\n<h1>Besøg i Litauen</h1>\n"
    "<p>Udenrigsministeren   mødte i dag sin litauiske kollega.</p>\n"
    "<p>De talte om <b>sikkerhed</b> i\nØstersøen &amp; om handel.</p>\n"
    "<ul><li>Første punkt</li><li>Andet punkt</li></ul>\n"
    "<script>document.write('INLINESCRIPT')</script>\n"
    "</article>\n"
    "<aside>ASIDETEXT</aside>\n"
    "<footer>FOOTERTEXT Kontakt os</footer>\n"
    "</body></html>\n";

static void html_metadata(void **state) {
  doc_source src;
  const char *why;
  attache_status st = read_document(*state, page, strlen(page),
                                    ATTACHE_INPUT_AUTO, &src, &why);
  assert_int_equal(st, ATTACHE_SUCCESS);
  assert_true(src.is_html);
  assert_non_null(src.title);
  assert_string_equal(src.title, "Ministeren i Vilnius");
  assert_non_null(src.lang);
  assert_string_equal(src.lang, "da-DK");
  assert_non_null(src.date);
  assert_string_equal(src.date, "2025-02-01");
}

static void html_main_content(void **state) {
  doc_source src;
  const char *why;
  assert_int_equal(read_document(*state, page, strlen(page),
                                 ATTACHE_INPUT_AUTO, &src, &why),
                   ATTACHE_SUCCESS);
  const char *t = src.text;
  /* the title leads, then the article */
  assert_true(strncmp(t, "Ministeren i Vilnius\n", 21) == 0);
  assert_non_null(strstr(t, "Besøg i Litauen\n"));
  assert_non_null(strstr(t, "Udenrigsministeren mødte i dag sin litauiske "
                            "kollega."));
  assert_non_null(strstr(t, "sikkerhed i Østersøen & om handel."));
  assert_non_null(strstr(t, "Første punkt"));
  assert_non_null(strstr(t, "Andet punkt"));
  /* list items are separate lines */
  assert_non_null(strstr(t, "Første punkt\n"));
  static const char *const excluded[] = {
      "SCRIPTTEXT", "STYLETEXT", "NAVTEXT", "HEADERTEXT", "ASIDETEXT",
      "FOOTERTEXT", "INLINESCRIPT", "OUTSIDETEXT", "tracker", "<p>", "&amp;"};
  for (size_t i = 0; i < sizeof excluded / sizeof *excluded; i++)
    if (strstr(t, excluded[i])) fail_msg("\"%s\" in text:\n%s", excluded[i], t);
}

static void html_body_without_article(void **state) {
  const char *h =
      "<html><head><title>T</title></head><body>"
      "<nav>Menu</nav><div><p>First paragraph.</p><p>Second one.</p></div>"
      "<footer>Copyright</footer></body></html>";
  doc_source src;
  const char *why;
  assert_int_equal(read_document(*state, h, strlen(h), ATTACHE_INPUT_AUTO,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  assert_non_null(strstr(src.text, "First paragraph.\nSecond one."));
  assert_null(strstr(src.text, "Menu"));
  assert_null(strstr(src.text, "Copyright"));
  assert_null(src.date);
  assert_null(src.lang);
}

static void html_time_element_and_other_meta(void **state) {
  const char *h =
      "<html xml:lang=\"en\"><head>"
      "<meta name=\"description\" content=\"2020-01-01 is not a date key\">"
      "<meta name=\"dcterms.date\" content=\"2023-11-30\">"
      "</head><body><main><p>Talks in <i>Geneva</i>.</p></main></body></html>";
  doc_source src;
  const char *why;
  assert_int_equal(read_document(*state, h, strlen(h), ATTACHE_INPUT_AUTO,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  assert_string_equal(src.date, "2023-11-30");
  assert_non_null(strstr(src.text, "Talks in Geneva."));

  const char *h2 = "<html><body><article><time datetime=\"2019-05-07T08:00\">"
                   "7 May</time><p>News.</p></article></body></html>";
  assert_int_equal(read_document(*state, h2, strlen(h2), ATTACHE_INPUT_AUTO,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  assert_string_equal(src.date, "2019-05-07");
}

static void html_forced_kind(void **state) {
  /* a fragment is not detected as HTML, but can be forced */
  const char *h = "<p>Tekst om <b>Danmark</b>.</p>";
  doc_source src;
  const char *why;
  assert_int_equal(read_document(*state, h, strlen(h), ATTACHE_INPUT_HTML,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  assert_true(src.is_html);
  assert_non_null(strstr(src.text, "Tekst om Danmark."));
  assert_null(strstr(src.text, "<b>"));
  /* and HTML-looking input can be read as text */
  assert_int_equal(read_document(*state, page, strlen(page),
                                 ATTACHE_INPUT_TEXT, &src, &why),
                   ATTACHE_SUCCESS);
  assert_false(src.is_html);
  assert_non_null(strstr(src.text, "<article>"));
}

static void html_invalid_utf8_is_replaced(void **state) {
  const char h[] = "<html><head><meta charset=\"utf-8\"></head><body>"
                   "<p>Caf\xE9 au lait in Kiev.</p></body></html>";
  doc_source src;
  const char *why;
  assert_int_equal(read_document(*state, h, sizeof h - 1, ATTACHE_INPUT_AUTO,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  /* whatever the parser made of the byte, the result is valid UTF-8 */
  size_t n, bad;
  read_clean_text(*state, src.text, src.len, &n, &bad);
  assert_int_equal(bad, 0);
  assert_non_null(strstr(src.text, "au lait in Kiev."));
}

/* <html><body><p>Intro words.</p>, `depth` nested <div>s around a paragraph,
 * then <p>Closing words.</p>; caller frees. */
static char *nested_page(int depth, size_t *len) {
  const char *head = "<html><body><p>Intro words.</p>";
  const char *inner = "<p>Deep text here.</p>";
  const char *tail = "<p>Closing words.</p></body></html>";
  size_t cap = strlen(head) + strlen(inner) + strlen(tail) + (size_t)depth * 11 + 1;
  char *h = malloc(cap);
  assert_non_null(h);
  char *p = h;
  p += sprintf(p, "%s", head);
  for (int i = 0; i < depth; i++) p += sprintf(p, "<div>");
  p += sprintf(p, "%s", inner);
  for (int i = 0; i < depth; i++) p += sprintf(p, "</div>");
  p += sprintf(p, "%s", tail);
  *len = (size_t)(p - h);
  return h;
}

static void html_deeply_nested(void **state) {
  size_t len;
  char *h = nested_page(100000, &len);
  doc_source src;
  const char *why = NULL;
  attache_status st =
      read_document(*state, h, len, ATTACHE_INPUT_AUTO, &src, &why);
  free(h);
  /* it finishes without a crash and keeps at least what came before */
  assert_int_equal(st, ATTACHE_SUCCESS);
  assert_true(src.is_html);
  assert_int_equal(src.len, strlen(src.text));
  assert_non_null(strstr(src.text, "Intro words."));
}

static void html_nesting_within_limits_keeps_all_text(void **state) {
  size_t len;
  char *h = nested_page(100, &len);
  doc_source src;
  const char *why = NULL;
  attache_status st =
      read_document(*state, h, len, ATTACHE_INPUT_AUTO, &src, &why);
  free(h);
  assert_int_equal(st, ATTACHE_SUCCESS);
  assert_non_null(strstr(src.text, "Intro words.\nDeep text here.\n"
                                   "Closing words."));
}

static void html_text_after_deep_nesting_is_kept(void **state) {
  /* a few hundred levels occur in generated pages; the text that follows
   * the deep part must not be silently dropped */
  size_t len;
  char *h = nested_page(300, &len);
  doc_source src;
  const char *why = NULL;
  attache_status st =
      read_document(*state, h, len, ATTACHE_INPUT_AUTO, &src, &why);
  free(h);
  assert_int_equal(st, ATTACHE_SUCCESS);
  if (!strstr(src.text, "Closing words."))
    fail_msg("text after 300 nested <div> lost; got:\n%s", src.text);
}

/* found by fuzz_read_html: after an "&", a truncated UTF-8 sequence comes
 * out of libxml2 as a lone continuation byte; the title becomes a literal
 * and must be valid UTF-8 */
static void html_title_is_valid_utf8(void **state) {
  const char *h = "<html><head><title>Talks &\xE2\x87" "D800; in Oslo</title>"
                  "</head><body><p>Norway and Denmark met.</p></body></html>";
  doc_source src;
  const char *why = NULL;
  assert_int_equal(read_document(*state, h, strlen(h), ATTACHE_INPUT_AUTO,
                                 &src, &why),
                   ATTACHE_SUCCESS);
  assert_non_null(src.title);
  size_t n, bad;
  read_clean_text(*state, src.title, strlen(src.title), &n, &bad);
  assert_int_equal(bad, 0);
  assert_non_null(strstr(src.title, "Talks &"));
  assert_non_null(strstr(src.title, " in Oslo"));
}

/* found by fuzz_read_html: bytes that do not match a page's declared
 * charset made libxml2 print "encoding error" lines on stderr */
static void html_encoding_errors_stay_quiet(void **state) {
  const char *h = "<html><head><meta charset=\"euc-jp\"><title>x</title>"
                  "</head><body><p>Denmark \x8F\xFF\xFF met Norway.</p>"
                  "</body></html>";
  fflush(stderr);
  FILE *capture = tmpfile();
  assert_non_null(capture);
  int saved = dup(2);
  dup2(fileno(capture), 2);
  doc_source src;
  const char *why = NULL;
  read_document(*state, h, strlen(h), ATTACHE_INPUT_AUTO, &src, &why);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  long printed = (long)lseek(fileno(capture), 0, SEEK_END);
  fclose(capture);
  assert_int_equal(printed, 0);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(clean_drops_bom),
      T(clean_bom_only),
      T(clean_normalises_line_ends),
      T(clean_makes_controls_spaces),
      T(clean_replaces_invalid_utf8),
      T(clean_replaces_noncharacters),
      T(clean_keeps_valid_utf8),
      T(clean_truncated_at_end),
      T(empty_input_is_bad),
      T(binary_input_is_bad),
      T(whitespace_only_is_bad),
      T(html_without_text_is_bad),
      T(plain_text_is_cleaned_and_counted),
      T(text_that_mentions_tags_is_not_html),
      T(long_single_line),
      T(long_single_line_through_extract),
      T(html_metadata),
      T(html_main_content),
      T(html_body_without_article),
      T(html_time_element_and_other_meta),
      T(html_forced_kind),
      T(html_invalid_utf8_is_replaced),
      T(html_deeply_nested),
      T(html_nesting_within_limits_keeps_all_text),
      T(html_text_after_deep_nesting_is_kept),
      T(html_title_is_valid_utf8),
      T(html_encoding_errors_stay_quiet),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
