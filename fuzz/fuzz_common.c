/* fuzz_common — the shared part of the fuzz targets (see fuzz.h). */
#include "fuzz.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#ifndef ATTACHE_FUZZ_ONTOLOGY
#define ATTACHE_FUZZ_ONTOLOGY "ontology"
#endif
#ifndef ATTACHE_FUZZ_GENERATED
#define ATTACHE_FUZZ_GENERATED "generated"
#endif

static attache_knowledge *knowledge;

static void on_message(void *handle, attache_severity severity,
                       const char *where, const char *message) {
  (void)handle;
  if (severity == ATTACHE_ERROR)
    fprintf(stderr, "fuzz: knowledge: %s: %s\n", where ? where : "", message);
}

static void release(void) { attache_knowledge_free(knowledge); }

const attache_knowledge *fuzz_knowledge(void) {
  if (knowledge) return knowledge;
  const char *dir = getenv("ATTACHE_ONTOLOGY");
  const char *generated = getenv("ATTACHE_GENERATED");
  attache_status st = attache_knowledge_load(
      dir ? dir : ATTACHE_FUZZ_ONTOLOGY,
      generated ? generated : ATTACHE_FUZZ_GENERATED, on_message, NULL,
      &knowledge);
  if (st) {
    fprintf(stderr, "fuzz: cannot load the knowledge: %s\n",
            attache_strerror(st));
    exit(1);
  }
  atexit(release); /* leak-free exit under LeakSanitizer */
  return knowledge;
}

void fuzz_fail(const char *file, int line, const char *what) {
  fprintf(stderr, "fuzz: %s:%d: invariant broken: %s\n", file, line, what);
  abort();
}

int fuzz_valid_utf8(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(
        (const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (len <= 0) return 0;
    i += (size_t)len;
  }
  return 1;
}

static int digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i])) return 0;
  return 1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int fuzz_valid_xsd(const char *type, const char *v) {
  size_t n = strlen(v);
  if (!strcmp(type, "integer"))
    return n > 0 && digits(v + (*v == '-' || *v == '+'), n - (*v == '-' || *v == '+')) &&
           n > (size_t)(*v == '-' || *v == '+');
  if (!strcmp(type, "nonNegativeInteger")) return n > 0 && digits(v, n);
  /* attache writes four-digit years without a time zone */
  if (n < 4 || !digits(v, 4) || !strncmp(v, "0000", 4)) return 0;
  if (!strcmp(type, "gYear")) return n == 4;
  if (n < 7 || v[4] != '-' || !digits(v + 5, 2)) return 0;
  int month = atoi(v + 5);
  if (month < 1 || month > 12) return 0;
  if (!strcmp(type, "gYearMonth")) return n == 7;
  if (strcmp(type, "date") || n != 10 || v[7] != '-' || !digits(v + 8, 2))
    return 0;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int day = atoi(v + 8), year = atoi(v);
  return day >= 1 && day <= days[month - 1] + (month == 2 && leap(year));
}
