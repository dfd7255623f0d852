/* fuzz_extract — the whole path on arbitrary bytes: attache_extract with
 * the real knowledge, every triple into a real raptor writer, the output
 * parsed back with raptor. Extraction either succeeds or refuses the
 * document; what is written is RDF that raptor reads back in full, and
 * every typed literal is valid for its datatype.
 *
 * raptor 2.0.15's N-Triples and N-Quads parser leaks a datatype URI
 * (valgrind shows it with `rapper -i ntriples -c` on the single line
 * `<http://a/s> <http://a/p> "0"^^<http://a/t> .`), which LeakSanitizer
 * cannot tell from a leak of ours. So N-Triples is read back with the
 * Turtle parser (N-Triples is a subset of Turtle) and N-Quads lines are
 * counted (they come from the same serializer code as N-Triples); strict
 * N-Triples and N-Quads parsing is tests/escaping.sh's, with serdi. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <raptor2.h>

#include "fuzz.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

static raptor_world *world;

static void quiet(void *user, raptor_log_message *m) {
  (void)m;
  ++*(int *)user;
}

static void release(void) { raptor_free_world(world); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fuzz_knowledge();
  world = raptor_new_world();
  FUZZ_CHECK(world && raptor_world_open(world) == 0, "raptor_new_world failed");
  atexit(release);
  return 0;
}

/* Checks the literal and passes the triple on to the writer. */
static attache_status checked_sink(void *writer, const attache_term *s,
                                   const attache_term *p, const attache_term *o,
                                   const char *graph) {
  FUZZ_CHECK(s->kind == ATTACHE_IRI && p->kind == ATTACHE_IRI,
             "subject or predicate is not an IRI");
  FUZZ_CHECK(fuzz_valid_utf8(o->value, strlen(o->value)),
             "object is not valid UTF-8");
  if (o->kind == ATTACHE_LITERAL && o->datatype &&
      !strncmp(o->datatype, XSD, strlen(XSD))) {
    const char *type = o->datatype + strlen(XSD);
    if (strcmp(type, "string") && strcmp(type, "anyURI")) {
      if (!fuzz_valid_xsd(type, o->value))
        fprintf(stderr, "fuzz: \"%s\"^^xsd:%s\n", o->value, type);
      FUZZ_CHECK(fuzz_valid_xsd(type, o->value),
                 "typed literal invalid for its datatype");
    }
  }
  return attache_writer_sink(writer, s, p, o, graph);
}

static void count_statement(void *user, raptor_statement *st) {
  (void)st;
  ++*(size_t *)user;
}

/* Parses `text` as `syntax` with raptor; returns the number of triples. */
static size_t parse_back(const char *syntax, const char *text, size_t len,
                         int *errors) {
  size_t n = 0;
  raptor_world_set_log_handler(world, errors, quiet);
  raptor_parser *parser = raptor_new_parser(world, syntax);
  FUZZ_CHECK(parser != NULL, "no raptor parser");
  raptor_parser_set_statement_handler(parser, &n, count_statement);
  raptor_uri *base =
      raptor_new_uri(world, (const unsigned char *)"https://example.org/");
  raptor_parser_parse_start(parser, base);
  raptor_parser_parse_chunk(parser, (const unsigned char *)text, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* the options come from the bytes without taking any of them away from
   * the document, so seed files stay plain documents */
  unsigned sum = 0;
  for (size_t i = 0; i < size; i++) sum = sum * 31 + data[i];
  static const char *const formats[] = {"ntriples", "nquads", "turtle",
                                        "rdfxml"};
  static const char *const syntaxes[] = {"turtle", NULL, "turtle", "rdfxml"};
  size_t f = sum % 4;
  attache_options opt = {0};
  opt.lang = (attache_lang)((sum >> 2) % 3);
  opt.date = (sum >> 4) & 1 ? "2025-09-12" : NULL;

  char *out = NULL;
  size_t out_len = 0;
  FILE *stream = open_memstream(&out, &out_len);
  FUZZ_CHECK(stream != NULL, "open_memstream failed");
  attache_writer *w = NULL;
  FUZZ_CHECK(attache_writer_new(formats[f], NULL, stream, &w) == 0,
             "attache_writer_new failed");
  attache_stats stats;
  attache_status st =
      attache_extract(fuzz_knowledge(), &opt, "fuzz/input.txt",
                      (const char *)data, size, checked_sink, w, NULL, NULL,
                      &stats);
  FUZZ_CHECK(st == ATTACHE_SUCCESS || st == ATTACHE_ERR_BAD_INPUT,
             "extraction failed other than by refusing the document");
  if (st == ATTACHE_SUCCESS) {
    FUZZ_CHECK(attache_writer_finish(w) == ATTACHE_SUCCESS,
               "the writer failed");
    size_t written = attache_writer_count(w);
    fflush(stream);
    int errors = 0;
    size_t read = 0;
    if (syntaxes[f]) {
      read = parse_back(syntaxes[f], out, out_len, &errors);
    } else { /* one quad a line */
      for (size_t i = 0; i < out_len; i++) read += out[i] == '\n';
    }
    if (errors || read != written)
      fprintf(stderr, "fuzz: %s: wrote %zu triples, read back %zu, %d errors\n",
              formats[f], written, read, errors);
    FUZZ_CHECK(errors == 0, "raptor cannot read attache's output back");
    FUZZ_CHECK(read == written, "raptor read back a different number of triples");
  }
  attache_writer_free(w);
  fclose(stream);
  free(out);
  return 0;
}
