/*
 * isocodes2ttl — build-time generator of the country part of attache's
 * gazetteer from Debian's iso-codes package: ISO 3166-1 (current) and
 * 3166-3 (withdrawn) names in English, with the Danish names from the
 * package's translations (gettext domain "iso_3166-1"/"iso_3166-3").
 * Writes Turtle through raptor; the overlay in ontology/gazetteer/ adds
 * common names, adjectives and types under the same subject IRIs.
 *
 * usage: isocodes2ttl ISO_JSON_DIR OUTPUT.ttl
 */
#define _POSIX_C_SOURCE 200809L
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <raptor2.h>

#define LEX "https://w3id.org/attache/lexicon#"
#define ID "https://w3id.org/attache/id/"

static raptor_world *world;
static raptor_serializer *ser;

static void emit(const char *s, const char *p, const char *value,
                 const char *lang) {
  raptor_statement *st = raptor_new_statement(world);
  st->subject = raptor_new_term_from_uri_string(world, (const unsigned char *)s);
  st->predicate = raptor_new_term_from_uri_string(world, (const unsigned char *)p);
  st->object = raptor_new_term_from_literal(world, (const unsigned char *)value,
                                            NULL, (const unsigned char *)lang);
  raptor_serializer_serialize_statement(ser, st);
  raptor_free_statement(st);
}

/* "Korea, Republic of" is an index form; keep it, but also "Republic of Korea". */
static void emit_names(const char *subject, const char *prop, const char *name,
                       const char *domain) {
  emit(subject, prop, name, "en");
  setenv("LANGUAGE", "da", 1);
  const char *da = dgettext(domain, name);
  if (da && strcmp(da, name) != 0) emit(subject, prop, da, "da");
}

static const char *field(json_object *o, const char *key) {
  json_object *v;
  return json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : NULL;
}

static int generate(const char *dir, const char *file, const char *array,
                    const char *domain, const char *code_key, const char *section) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  json_object *root = json_object_from_file(path);
  if (!root) {
    fprintf(stderr, "isocodes2ttl: %s: cannot read JSON\n", path);
    return -1;
  }
  json_object *list;
  if (!json_object_object_get_ex(root, array, &list)) {
    fprintf(stderr, "isocodes2ttl: %s: no \"%s\" array\n", path, array);
    json_object_put(root);
    return -1;
  }
  size_t n = json_object_array_length(list);
  for (size_t i = 0; i < n; i++) {
    json_object *c = json_object_array_get_idx(list, i);
    const char *code = field(c, code_key), *name = field(c, "name");
    if (!code || !name) continue;
    char subject[256];
    snprintf(subject, sizeof subject, "%sstate/%s", ID, code);
    emit(subject, LEX "iso3166", code, NULL);
    emit(subject, LEX "isoSection", section, NULL);
    emit_names(subject, LEX "isoName", name, domain);
    const char *official = field(c, "official_name");
    if (official) emit_names(subject, LEX "isoOfficialName", official, domain);
    const char *common = field(c, "common_name");
    if (common) emit_names(subject, LEX "isoCommonName", common, domain);
  }
  json_object_put(root);
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fputs("usage: isocodes2ttl ISO_JSON_DIR OUTPUT.ttl\n", stderr);
    return 2;
  }
  /* gettext needs a non-C locale for LANGUAGE to apply; C.UTF-8 is always
   * there on Debian */
  if (!setlocale(LC_ALL, "C.UTF-8")) setlocale(LC_ALL, "");
  bindtextdomain("iso_3166-1", "/usr/share/locale");
  bindtextdomain("iso_3166-3", "/usr/share/locale");
  bind_textdomain_codeset("iso_3166-1", "UTF-8");
  bind_textdomain_codeset("iso_3166-3", "UTF-8");
  world = raptor_new_world();
  ser = raptor_new_serializer(world, "turtle");
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
  FILE *out = fopen(tmp, "w");
  if (!world || !ser || !out) {
    fprintf(stderr, "isocodes2ttl: %s: cannot write\n", tmp);
    return 1;
  }
  raptor_uri *lex = raptor_new_uri(world, (const unsigned char *)LEX);
  raptor_uri *id = raptor_new_uri(world, (const unsigned char *)ID);
  raptor_serializer_set_namespace(ser, lex, (const unsigned char *)"lex");
  raptor_serializer_set_namespace(ser, id, (const unsigned char *)"id");
  raptor_serializer_start_to_file_handle(ser, NULL, out);
  int rc = generate(argv[1], "iso_3166-1.json", "3166-1", "iso_3166-1",
                    "alpha_2", "3166-1");
  if (!rc)
    rc = generate(argv[1], "iso_3166-3.json", "3166-3", "iso_3166-3",
                  "alpha_4", "3166-3");
  raptor_serializer_serialize_end(ser);
  raptor_free_serializer(ser);
  raptor_free_uri(lex);
  raptor_free_uri(id);
  raptor_free_world(world);
  if (fclose(out) != 0 || rc != 0 || rename(tmp, argv[2]) != 0) {
    remove(tmp);
    fprintf(stderr, "isocodes2ttl: %s: not written\n", argv[2]);
    return 1;
  }
  return 0;
}
