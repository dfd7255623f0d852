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

/* A map may carry a presence filter (strmap_filter): one bit per hash
 * bucket, set for every key, so that most lookups of absent keys end on a
 * bit in a few kilobytes instead of a probe of a large slot array. */
typedef struct {
  strmap_slot *slots;
  size_t cap, count;
  unsigned long long *filter; /* not owned; NULL: none */
  size_t filter_mask;         /* bits - 1 */
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
void *strmap_get(const strmap *m, const char *key);
/* The slot holding key (its stored key and value), or NULL. */
const strmap_slot *strmap_find(const strmap *m, const char *key);
/* The maps' hash of a key, and strmap_find() with it: a key asked of
 * several maps is hashed once. */
unsigned long long strmap_key_hash(const char *key);
const strmap_slot *strmap_find_hashed(const strmap *m, const char *key,
                                      unsigned long long hash);
/* Inserts or replaces; returns 0, or -1 when out of memory. */
int strmap_put(strmap *m, const char *key, void *value);
/* Bits of filter a map of `count` keys is given by strmap_filter(). */
size_t strmap_filter_bits(size_t count);
/* Gives the map a presence filter in `bits` (zeroed, caller-owned,
 * strmap_filter_bits(count) bits as 64-bit words, alive as long as the
 * map), set from its keys; later puts keep it true. For maps that are
 * mostly asked for keys they do not have. */
void strmap_filter(strmap *m, unsigned long long *bits);
/* FNV-1a, exposed for stable hashes elsewhere. */
unsigned long long strmap_hash(const char *s, size_t n);

#endif
