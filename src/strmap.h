/*
 * strmap — an open-addressing hash map from NUL-terminated strings to
 * pointers. Keys are borrowed: the caller keeps them alive (usually in an
 * arena) for the map's lifetime. Iteration order is not defined; sort when
 * order matters for output.
 */
#ifndef ATTACHE_STRMAP_H
#define ATTACHE_STRMAP_H

#include <stddef.h>

typedef struct {
  const char **keys;
  void **values;
  unsigned long long *hashes;
  size_t cap, count;
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
void *strmap_get(const strmap *m, const char *key);
/* Inserts or replaces; returns 0, or -1 when out of memory. */
int strmap_put(strmap *m, const char *key, void *value);
/* FNV-1a, exposed for stable hashes elsewhere. */
unsigned long long strmap_hash(const char *s, size_t n);

#endif
