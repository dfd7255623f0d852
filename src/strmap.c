#include "strmap.h"

#include <stdlib.h>
#include <string.h>

unsigned long long strmap_hash(const char *s, size_t n) {
  unsigned long long h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* The map's own hash, never stored outside a map (IRIs use strmap_hash):
 * eight bytes per step, because hashing keys byte by byte was most of a
 * lookup and lookups are the recogniser's and the event stage's main work.
 * A multiply-rotate round per word and a final avalanche, as in FxHash and
 * MurmurHash3's finaliser, so the low bits that pick the slot depend on
 * every byte. */
static unsigned long long hash_cstr(const char *s) {
  const unsigned long long k = 0x9E3779B97F4A7C15ULL;
  size_t n = strlen(s);
  unsigned long long h = n * k;
  for (; n >= 8; n -= 8, s += 8) {
    unsigned long long w;
    memcpy(&w, s, 8);
    h = ((h << 5 | h >> 59) ^ w) * k;
  }
  if (n) {
    unsigned long long w = 0;
    memcpy(&w, s, n);
    h = ((h << 5 | h >> 59) ^ w) * k;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return h;
}

void strmap_init(strmap *m) { memset(m, 0, sizeof *m); }

void strmap_free(strmap *m) {
  free(m->slots);
  memset(m, 0, sizeof *m);
}

/* A probe compares strings only when the hashes agree: lookups of absent
 * phrases (most of them, in the recogniser) then cost one hash and a few
 * integer compares. */
static strmap_slot *slot(const strmap *m, const char *key, unsigned long long h) {
  size_t i = (size_t)h & (m->cap - 1);
  while (m->slots[i].key &&
         (m->slots[i].hash != h || strcmp(m->slots[i].key, key) != 0))
    i = (i + 1) & (m->cap - 1);
  return &m->slots[i];
}

/* the filter takes bits the slot index does not use */
static size_t filter_bit(const strmap *m, unsigned long long h) {
  return (size_t)(h >> 32) & m->filter_mask;
}

static int filtered_out(const strmap *m, unsigned long long h) {
  size_t b = filter_bit(m, h);
  return m->filter && !(m->filter[b / 64] >> (b % 64) & 1);
}

unsigned long long strmap_key_hash(const char *key) { return hash_cstr(key); }

const strmap_slot *strmap_find_hashed(const strmap *m, const char *key,
                                      unsigned long long hash) {
  if (!m->count || filtered_out(m, hash)) return NULL;
  const strmap_slot *s = slot(m, key, hash);
  return s->key ? s : NULL;
}

/* strmap_find_hashed() spelled out again rather than called: every
 * lookup goes through here, and the call changed how much of the rest the
 * compiler inlined */
const strmap_slot *strmap_find(const strmap *m, const char *key) {
  if (!m->count) return NULL;
  unsigned long long h = hash_cstr(key);
  if (filtered_out(m, h)) return NULL;
  const strmap_slot *s = slot(m, key, h);
  return s->key ? s : NULL;
}

size_t strmap_filter_bits(size_t count) {
  /* 16 bits a key: about one absent key in sixteen gets past the filter */
  size_t bits = 1024;
  while (bits < count * 16) bits *= 2;
  return bits;
}

static void filter_set(strmap *m, unsigned long long h) {
  size_t b = filter_bit(m, h);
  m->filter[b / 64] |= 1ULL << (b % 64);
}

void strmap_filter(strmap *m, unsigned long long *bits) {
  m->filter = bits;
  m->filter_mask = strmap_filter_bits(m->count) - 1;
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key) filter_set(m, m->slots[i].hash);
}

void *strmap_get(const strmap *m, const char *key) {
  const strmap_slot *s = strmap_find(m, key);
  return s ? s->value : NULL;
}

static int grow(strmap *m) {
  size_t cap = m->cap ? m->cap * 2 : 64;
  strmap bigger = {calloc(cap, sizeof(strmap_slot)), cap, 0, m->filter,
                   m->filter_mask};
  if (!bigger.slots) return -1;
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->slots[i].key) continue;
    size_t j = (size_t)m->slots[i].hash & (cap - 1);
    while (bigger.slots[j].key) j = (j + 1) & (cap - 1);
    bigger.slots[j] = m->slots[i];
    bigger.count++;
  }
  strmap_free(m);
  *m = bigger;
  return 0;
}

int strmap_put(strmap *m, const char *key, void *value) {
  if ((m->count + 1) * 2 > m->cap && grow(m) != 0) return -1;
  unsigned long long h = hash_cstr(key);
  strmap_slot *s = slot(m, key, h);
  if (!s->key) {
    s->key = key;
    s->hash = h;
    m->count++;
    if (m->filter) filter_set(m, h);
  }
  s->value = value;
  return 0;
}
