/*
 * strmap — an open-addressing hash map from NUL-terminated strings to
 * pointers. Keys are borrowed: the caller keeps them alive (usually in an
 * arena) for the map's lifetime. Iteration order is not defined; sort when
 * order matters for output.
 */
#ifndef ATTACHE_STRMAP_H
#define ATTACHE_STRMAP_H

#include <stddef.h>

/* A slot keeps its key's hash, key and value side by side: a probe then
 * touches one cache line, where three arrays cost three misses in the
 * knowledge's large maps. An empty slot has no key. */
typedef struct {
  unsigned long long hash;
  const char *key;
  void *value;
} strmap_slot;

typedef struct {
  strmap_slot *slots;
  size_t cap, count;
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
void *strmap_get(const strmap *m, const char *key);
/* The slot holding key (its stored key and value), or NULL. */
const strmap_slot *strmap_find(const strmap *m, const char *key);
/* Inserts or replaces; returns 0, or -1 when out of memory. */
int strmap_put(strmap *m, const char *key, void *value);
/* FNV-1a, exposed for stable hashes elsewhere. */
unsigned long long strmap_hash(const char *s, size_t n);

#endif
