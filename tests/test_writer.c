/* writer: de-duplication, deterministic order, valid output in every format
 * (checked with raptor's own rapper), escaping of awkward literals, graphs
 * in N-Quads, and argument checking. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EX "http://example.org/"
#define XSD_DATE "http://www.w3.org/2001/XMLSchema#date"

typedef struct {
  attache_term s, p, o;
  const char *g;
} quad;

#define IRI(v) {ATTACHE_IRI, (v), NULL, NULL}
#define BLANK(v) {ATTACHE_BLANK, (v), NULL, NULL}
#define LIT(v, lang, dt) {ATTACHE_LITERAL, (v), (lang), (dt)}

static const char *const formats[] = {"turtle", "ntriples", "nquads", "rdfxml"};
enum { NFORMATS = sizeof formats / sizeof *formats };

/* Literals that need escaping somewhere; no control characters (rdfxml). */
static const quad sample[] = {
    {IRI(EX "s1"), IRI(EX "label"), LIT("Lars Løkke Rasmussen", "da", NULL), EX "g1"},
    {IRI(EX "s1"), IRI(EX "label"), LIT("Lars Løkke Rasmussen", "en", NULL), EX "g1"},
    {IRI(EX "s1"), IRI(EX "quote"), LIT("He said \"no\" twice", NULL, NULL), EX "g1"},
    {IRI(EX "s1"), IRI(EX "lines"), LIT("line one\nline two\r\n", "en", NULL), EX "g1"},
    {IRI(EX "s1"), IRI(EX "markup"), LIT("a < b & c > d ]]> 'q' \\", NULL, NULL), EX "g1"},
    {IRI(EX "s1"), IRI(EX "emoji"), LIT("flag \xF0\x9F\x87\xA9\xF0\x9F\x87\xB0 \xF0\x9F\x98\x80", NULL, NULL), EX "g1"},
    {IRI(EX "s1"), IRI(EX "date"), LIT("2025-02-01", NULL, XSD_DATE), EX "g1"},
    {IRI(EX "s1"), IRI(EX "knows"), BLANK("b1"), EX "g1"},
    {BLANK("b1"), IRI(EX "label"), LIT("", NULL, NULL), EX "g1"},
    {IRI(EX "city/\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), IRI(EX "in"),
     IRI(EX "state/ru"), EX "g2"},
    {IRI(EX "s2"), IRI(EX "label"), LIT("Tab\there", "da", NULL), EX "g2"},
};
enum { NSAMPLE = sizeof sample / sizeof *sample };

/* Writes quads[order[i]] (or in order when `order` is NULL) in `format`;
 * returns the output (caller frees) and the distinct count. */
static char *write_quads(const char *format, const quad *q, size_t n,
                         const size_t *order, size_t *count) {
  FILE *f = tmpfile();
  assert_non_null(f);
  attache_writer *w = NULL;
  assert_int_equal(attache_writer_new(format, NULL, f, &w), ATTACHE_SUCCESS);
  assert_non_null(w);
  for (size_t i = 0; i < n; i++) {
    const quad *x = &q[order ? order[i] : i];
    assert_int_equal(attache_writer_sink(w, &x->s, &x->p, &x->o, x->g),
                     ATTACHE_SUCCESS);
  }
  assert_int_equal(attache_writer_finish(w), ATTACHE_SUCCESS);
  if (count) *count = attache_writer_count(w);
  attache_writer_free(w);
  long len = ftell(f);
  assert_true(len >= 0);
  rewind(f);
  char *out = malloc((size_t)len + 1);
  assert_non_null(out);
  assert_int_equal(fread(out, 1, (size_t)len, f), (size_t)len);
  out[len] = '\0';
  fclose(f);
  return out;
}

/* Saves `text` to a new temporary file; returns its path (caller frees). */
static char *save(const char *text) {
  char *path = strdup("/tmp/attache-writer-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  size_t n = strlen(text);
  assert_int_equal(write(fd, text, n), (ssize_t)n);
  close(fd);
  return path;
}

static int rapper_accepts(const char *format, const char *text) {
  char *path = save(text);
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rapper -q -c -i %s '%s' >/dev/null 2>&1", format,
           path);
  int rc = system(cmd);
  unlink(path);
  free(path);
  return rc == 0;
}

/* `text` parsed by rapper as `format`, re-serialised as sorted N-Triples
 * (caller frees). */
static char *as_ntriples(const char *format, const char *text) {
  char *in = save(text), *out = save("");
  char cmd[512];
  snprintf(cmd, sizeof cmd,
           "rapper -q -i %s -o ntriples '%s' 2>/dev/null | LC_ALL=C sort > '%s'",
           format, in, out);
  assert_int_equal(system(cmd), 0);
  FILE *f = fopen(out, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  rewind(f);
  char *s = malloc((size_t)len + 1);
  assert_non_null(s);
  assert_int_equal(fread(s, 1, (size_t)len, f), (size_t)len);
  s[len] = '\0';
  fclose(f);
  unlink(in);
  unlink(out);
  free(in);
  free(out);
  return s;
}

static size_t lines(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += *s == '\n';
  return n;
}

/* Renames every blank node "_:label" to "_:B" in place (parsers relabel). */
static void unblank(char *s) {
  char *o = s;
  while (*s) {
    if (s[0] == '_' && s[1] == ':') {
      memcpy(o, "_:B", 3);
      o += 3;
      s += 2;
      while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
             (*s >= '0' && *s <= '9'))
        s++;
    } else {
      *o++ = *s++;
    }
  }
  *o = '\0';
}

static void contains(const char *hay, const char *needle) {
  if (!strstr(hay, needle)) fail_msg("missing %s in:\n%s", needle, hay);
}

static int setup(void **state) {
  (void)state;
  if (system("rapper --version >/dev/null 2>&1") != 0) {
    fprintf(stderr, "rapper not found\n");
    return -1;
  }
  return 0;
}

/* ---- tests ---------------------------------------------------------------- */

static void duplicates_are_counted_once(void **state) {
  (void)state;
  /* the same triples as separate copies, and literals that differ only by
   * language or datatype, which are distinct */
  char s1[] = EX "a", s2[] = EX "a";
  quad q[] = {
      {IRI(s1), IRI(EX "p"), LIT("x", NULL, NULL), NULL},
      {IRI(s2), IRI(EX "p"), LIT("x", NULL, NULL), NULL},
      {IRI(EX "a"), IRI(EX "p"), LIT("x", "en", NULL), NULL},
      {IRI(EX "a"), IRI(EX "p"), LIT("x", "en", NULL), NULL},
      {IRI(EX "a"), IRI(EX "p"), LIT("x", NULL, XSD_DATE), NULL},
      {IRI(EX "a"), IRI(EX "p"), IRI(EX "x"), NULL},
      {IRI(EX "a"), IRI(EX "p"), LIT("x", NULL, NULL), NULL},
  };
  size_t n = sizeof q / sizeof *q, count = 0;
  char *out = write_quads("ntriples", q, n, NULL, &count);
  assert_int_equal(count, 4);
  assert_int_equal(lines(out), 4);
  free(out);
  /* Turtle drops them by hashing, in the order they came, not by sorting;
   * the count and the graph are the same */
  for (size_t f = 0; f < NFORMATS; f++) {
    count = 0;
    out = write_quads(formats[f], q, n, NULL, &count);
    assert_int_equal(count, 4);
    char *nt = as_ntriples(formats[f], out);
    if (lines(nt) != 4) fail_msg("%s: %s\n%s", formats[f], out, nt);
    free(nt);
    free(out);
  }
}

static void every_format_parses(void **state) {
  (void)state;
  for (size_t f = 0; f < NFORMATS; f++) {
    size_t count;
    char *out = write_quads(formats[f], sample, NSAMPLE, NULL, &count);
    assert_int_equal(count, NSAMPLE);
    if (!rapper_accepts(formats[f], out))
      fail_msg("rapper rejects %s output:\n%s", formats[f], out);
    free(out);
  }
}

static void empty_output_parses(void **state) {
  (void)state;
  for (size_t f = 0; f < NFORMATS; f++) {
    size_t count = 99;
    char *out = write_quads(formats[f], sample, 0, NULL, &count);
    assert_int_equal(count, 0);
    assert_true(rapper_accepts(formats[f], out));
    free(out);
  }
}

static void order_does_not_change_output(void **state) {
  (void)state;
  size_t reverse[NSAMPLE], shuffled[NSAMPLE], doubled[2 * NSAMPLE];
  for (size_t i = 0; i < NSAMPLE; i++) {
    reverse[i] = NSAMPLE - 1 - i;
    shuffled[i] = (i * 7 + 3) % NSAMPLE; /* 7 is prime to NSAMPLE (11) */
    doubled[2 * i] = doubled[2 * i + 1] = reverse[i];
  }
  for (size_t f = 0; f < NFORMATS; f++) {
    char *a = write_quads(formats[f], sample, NSAMPLE, NULL, NULL);
    char *b = write_quads(formats[f], sample, NSAMPLE, reverse, NULL);
    char *c = write_quads(formats[f], sample, NSAMPLE, shuffled, NULL);
    char *d = write_quads(formats[f], sample, 2 * NSAMPLE, doubled, NULL);
    assert_string_equal(a, b);
    assert_string_equal(a, c);
    assert_string_equal(a, d);
    free(a);
    free(b);
    free(c);
    free(d);
  }
}

static void awkward_literals_survive_turtle(void **state) {
  (void)state;
  quad q[NSAMPLE + 1];
  memcpy(q, sample, sizeof sample);
  q[NSAMPLE] = (quad){IRI(EX "s3"), IRI(EX "ctl"),
                      LIT("bell\x07 esc\x1B del\x7F unit\x1F end", NULL, NULL),
                      NULL};
  char *ttl = write_quads("turtle", q, NSAMPLE + 1, NULL, NULL);
  char *nt = as_ntriples("turtle", ttl);
  assert_int_equal(lines(nt), NSAMPLE + 1);
  contains(nt, "\"Lars L\\u00F8kke Rasmussen\"@da");
  contains(nt, "\"Lars L\\u00F8kke Rasmussen\"@en");
  contains(nt, "\"He said \\\"no\\\" twice\"");
  contains(nt, "\"line one\\nline two\\r\\n\"@en");
  contains(nt, "\"a < b & c > d ]]> 'q' \\\\\"");
  contains(nt, "\\U0001F1E9\\U0001F1F0 \\U0001F600\"");
  contains(nt, "\"2025-02-01\"^^<" XSD_DATE ">");
  contains(nt, "\"Tab\\there\"@da");
  contains(nt, "\"bell\\u0007 esc\\u001B del\\u007F unit\\u001F end\"");
  /* the same statements as written directly in N-Triples and N-Quads */
  char *direct = write_quads("ntriples", q, NSAMPLE + 1, NULL, NULL);
  char *nt2 = as_ntriples("ntriples", direct);
  unblank(nt);
  unblank(nt2);
  assert_string_equal(nt, nt2);
  free(ttl);
  free(nt);
  free(direct);
  free(nt2);
}

static void awkward_literals_survive_rdfxml(void **state) {
  (void)state;
  char *xml = write_quads("rdfxml", sample, NSAMPLE, NULL, NULL);
  char *ttl = write_quads("turtle", sample, NSAMPLE, NULL, NULL);
  char *a = as_ntriples("rdfxml", xml), *b = as_ntriples("turtle", ttl);
  /* blank node labels may differ: compare the lines without them */
  assert_int_equal(lines(a), NSAMPLE);
  contains(a, "\"He said \\\"no\\\" twice\"");
  contains(a, "\"line one\\nline two\\r\\n\"@en");
  contains(a, "\"a < b & c > d ]]> 'q' \\\\\"");
  contains(a, "\\U0001F600\"");
  contains(a, "\"2025-02-01\"^^<" XSD_DATE ">");
  contains(a, "\"Tab\\there\"@da");
  unblank(a);
  unblank(b);
  assert_string_equal(a, b);
  free(xml);
  free(ttl);
  free(a);
  free(b);
}

static void nquads_carry_the_graph(void **state) {
  (void)state;
  quad q[] = {
      {IRI(EX "a"), IRI(EX "p"), LIT("x", NULL, NULL), EX "doc/one"},
      {IRI(EX "a"), IRI(EX "p"), LIT("x", NULL, NULL), EX "doc/two"},
      {IRI(EX "a"), IRI(EX "p"), LIT("x", NULL, NULL), EX "doc/one"},
  };
  size_t count;
  char *out = write_quads("nquads", q, 3, NULL, &count);
  assert_int_equal(count, 2); /* one per graph */
  assert_int_equal(lines(out), 2);
  contains(out, "<" EX "a> <" EX "p> \"x\" <" EX "doc/one> .\n");
  contains(out, "<" EX "a> <" EX "p> \"x\" <" EX "doc/two> .\n");
  assert_true(rapper_accepts("nquads", out));
  free(out);
  /* formats without graphs merge them */
  for (size_t f = 0; f < NFORMATS; f++) {
    if (!strcmp(formats[f], "nquads")) continue;
    out = write_quads(formats[f], q, 3, NULL, &count);
    assert_int_equal(count, 1);
    assert_null(strstr(out, "doc/one"));
    free(out);
  }
}

static void writer_starts_afresh_after_finish(void **state) {
  (void)state;
  FILE *f = tmpfile();
  attache_writer *w;
  assert_int_equal(attache_writer_new("ntriples", NULL, f, &w), ATTACHE_SUCCESS);
  for (size_t i = 0; i < NSAMPLE; i++)
    attache_writer_sink(w, &sample[i].s, &sample[i].p, &sample[i].o, NULL);
  assert_int_equal(attache_writer_finish(w), ATTACHE_SUCCESS);
  assert_int_equal(attache_writer_count(w), NSAMPLE);
  long first = ftell(f);
  attache_term s = IRI(EX "late"), p = IRI(EX "p"), o = LIT("late", NULL, NULL);
  assert_int_equal(attache_writer_sink(w, &s, &p, &o, NULL), ATTACHE_SUCCESS);
  assert_int_equal(attache_writer_finish(w), ATTACHE_SUCCESS);
  /* the count is of everything written, chunk after chunk */
  assert_int_equal(attache_writer_count(w), NSAMPLE + 1);
  char buf[256] = {0};
  fseek(f, first, SEEK_SET);
  assert_true(fread(buf, 1, sizeof buf - 1, f) > 0);
  assert_string_equal(buf, "<" EX "late> <" EX "p> \"late\" .\n");
  attache_writer_free(w);
  fclose(f);
}

/* A writer without a stream serialises into memory, chunk by chunk; the
 * chunks are what -j workers hand back, so they must equal what the stream
 * gets. */
static void writer_serializes_to_memory(void **state) {
  (void)state;
  attache_writer *w;
  assert_int_equal(attache_writer_new("ntriples", NULL, NULL, &w), ATTACHE_SUCCESS);
  assert_int_equal(attache_writer_finish(w), ATTACHE_ERR_BAD_ARG);
  attache_term s = IRI(EX "a"), p = IRI(EX "p"), o = LIT("x\"y", "en", NULL);
  assert_int_equal(attache_writer_sink(w, &s, &p, &o, NULL), ATTACHE_SUCCESS);
  assert_int_equal(attache_writer_sink(w, &s, &p, &o, NULL), ATTACHE_SUCCESS);
  char *bytes = NULL;
  size_t len = 0;
  assert_int_equal(attache_writer_serialize(w, &bytes, &len), ATTACHE_SUCCESS);
  assert_string_equal(bytes, "<" EX "a> <" EX "p> \"x\\\"y\"@en .\n");
  assert_int_equal(len, strlen(bytes));
  free(bytes);
  /* nothing collected: an empty chunk */
  assert_int_equal(attache_writer_serialize(w, &bytes, &len), ATTACHE_SUCCESS);
  assert_int_equal(len, 0);
  free(bytes);
  assert_int_equal(attache_writer_count(w), 1);
  attache_writer_free(w);
}

/* Properties and classes (IRIs outside the base) are kept once per writer
 * up to a bound; past it, and for strings the caller rewrites after each
 * call, every triple still comes out as given. */
static void vocabulary_past_its_bound(void **state) {
  (void)state;
  enum { N = 5000 }; /* more than the writer keeps */
  attache_writer *w;
  assert_int_equal(attache_writer_new("ntriples", NULL, NULL, &w), ATTACHE_SUCCESS);
  char pbuf[64], obuf[64];
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < N; i++) {
      snprintf(pbuf, sizeof pbuf, EX "p%d", i);
      snprintf(obuf, sizeof obuf, "http://example.org/class/C%d", i);
      attache_term s = IRI(EX "s"), p = IRI(pbuf), o = IRI(obuf);
      assert_int_equal(attache_writer_sink(w, &s, &p, &o, NULL), ATTACHE_SUCCESS);
      strcpy(pbuf, "overwritten");
      strcpy(obuf, "overwritten");
    }
  char *bytes;
  size_t len;
  assert_int_equal(attache_writer_serialize(w, &bytes, &len), ATTACHE_SUCCESS);
  assert_int_equal(lines(bytes), N); /* the second round were duplicates */
  contains(bytes, "<" EX "s> <" EX "p0> <http://example.org/class/C0> .\n");
  contains(bytes, "<" EX "s> <" EX "p4999> <http://example.org/class/C4999> .\n");
  assert_null(strstr(bytes, "overwritten"));
  free(bytes);
  attache_writer_free(w);
}

static void unknown_format_is_bad_arg(void **state) {
  (void)state;
  attache_writer *w = (attache_writer *)&w;
  assert_int_equal(attache_writer_new("json-ld", NULL, stdout, &w),
                   ATTACHE_ERR_BAD_ARG);
  assert_null(w);
  w = (attache_writer *)&w;
  assert_int_equal(attache_writer_new("", NULL, stdout, &w), ATTACHE_ERR_BAD_ARG);
  assert_null(w);
  assert_int_equal(attache_writer_new(NULL, NULL, stdout, &w),
                   ATTACHE_ERR_BAD_ARG);
  assert_null(w);
  /* raptor's own name for a format is not ours */
  assert_int_equal(attache_writer_new("rdfxml-abbrev", NULL, stdout, &w),
                   ATTACHE_ERR_BAD_ARG);
  assert_int_equal(attache_writer_finish(NULL), ATTACHE_ERR_BAD_ARG);
  assert_int_equal(attache_writer_count(NULL), 0);
}

static void known_formats(void **state) {
  (void)state;
  for (size_t f = 0; f < NFORMATS; f++) assert_true(attache_format_known(formats[f]));
  assert_false(attache_format_known("json-ld"));
  assert_false(attache_format_known("rdfxml-abbrev"));
  assert_false(attache_format_known("turtle "));
  assert_false(attache_format_known(""));
  assert_false(attache_format_known(NULL));
}

/* ---- whole documents with awkward names and text --------------------- */

/* A file name and a text with control characters, invalid UTF-8, a
 * non-character, quotes, angle brackets, backslashes and emoji: every
 * format is written and read back by rapper with all its triples. Found by
 * tests/escaping.sh: the name went into dip:sourceFile raw, so N-Triples
 * truncated it and RDF/XML failed; U+FFFE in the text failed RDF/XML. */
static void awkward_document_in_every_format(void **state) {
  (void)state;
  static const char name[] = "dir/say \"hi\" <b>\\\x01\xFF\xFE \xF0\x9F\x98\x80.txt";
  static const char text[] =
      "Foreign Minister Lars L\xC3\xB8kke Rasmussen said \"Denmark <stands> "
      "with Ukraine\" \\o/ \xEF\xBF\xBE \x01\x1B[31m \xFF on 12 September 2025.\n";
  for (size_t f = 0; f < NFORMATS; f++) {
    FILE *out = tmpfile();
    assert_non_null(out);
    attache_writer *w = NULL;
    assert_int_equal(attache_writer_new(formats[f], NULL, out, &w), ATTACHE_SUCCESS);
    attache_options opt = {0};
    assert_int_equal(attache_extract(test_knowledge(), &opt, name, text,
                                     sizeof text - 1, attache_writer_sink, w,
                                     NULL, NULL, NULL),
                     ATTACHE_SUCCESS);
    if (attache_writer_finish(w) != ATTACHE_SUCCESS)
      fail_msg("%s: the writer failed", formats[f]);
    size_t written = attache_writer_count(w);
    attache_writer_free(w);
    long len = ftell(out);
    rewind(out);
    char *bytes = malloc((size_t)len + 1);
    assert_non_null(bytes);
    assert_int_equal(fread(bytes, 1, (size_t)len, out), (size_t)len);
    bytes[len] = '\0';
    fclose(out);
    const char *syntax = !strcmp(formats[f], "rdfxml") ? "rdfxml" : formats[f];
    if (!rapper_accepts(syntax, bytes)) fail_msg("rapper refuses %s", formats[f]);
    char *nt = as_ntriples(syntax, bytes);
    if (lines(nt) != written)
      fail_msg("%s: %zu triples written, %zu read back", formats[f], written,
               lines(nt));
    /* the name, cleaned like text: control characters made spaces, invalid
     * bytes U+FFFD; raptor's N-Triples escapes the rest */
    assert_non_null(strstr(nt, "sourceFile> \"say \\\"hi\\\" <b>\\\\ "
                               "\\uFFFD\\uFFFD \\U0001F600.txt\""));
    free(nt);
    free(bytes);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(duplicates_are_counted_once),
      cmocka_unit_test(every_format_parses),
      cmocka_unit_test(empty_output_parses),
      cmocka_unit_test(order_does_not_change_output),
      cmocka_unit_test(awkward_literals_survive_turtle),
      cmocka_unit_test(awkward_literals_survive_rdfxml),
      cmocka_unit_test(nquads_carry_the_graph),
      cmocka_unit_test(writer_starts_afresh_after_finish),
      cmocka_unit_test(writer_serializes_to_memory),
      cmocka_unit_test(vocabulary_past_its_bound),
      cmocka_unit_test(unknown_format_is_bad_arg),
      cmocka_unit_test(known_formats),
      cmocka_unit_test(awkward_document_in_every_format),
  };
  return cmocka_run_group_tests(tests, setup, NULL);
}
