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

void strmap_init(strmap *m) { memset(m, 0, sizeof *m); }

void strmap_free(strmap *m) {
  free(m->keys);
  free(m->values);
  memset(m, 0, sizeof *m);
}

static size_t slot(const strmap *m, const char *key) {
  size_t i = (size_t)strmap_hash(key, strlen(key)) & (m->cap - 1);
  while (m->keys[i] && strcmp(m->keys[i], key) != 0) i = (i + 1) & (m->cap - 1);
  return i;
}

void *strmap_get(const strmap *m, const char *key) {
  if (!m->cap) return NULL;
  size_t i = slot(m, key);
  return m->keys[i] ? m->values[i] : NULL;
}

static int grow(strmap *m) {
  size_t cap = m->cap ? m->cap * 2 : 64;
  strmap bigger = {calloc(cap, sizeof(char *)), calloc(cap, sizeof(void *)),
                   cap, 0};
  if (!bigger.keys || !bigger.values) {
    free(bigger.keys);
    free(bigger.values);
    return -1;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    size_t j = slot(&bigger, m->keys[i]);
    bigger.keys[j] = m->keys[i];
    bigger.values[j] = m->values[i];
    bigger.count++;
  }
  free(m->keys);
  free(m->values);
  *m = bigger;
  return 0;
}

int strmap_put(strmap *m, const char *key, void *value) {
  if ((m->count + 1) * 2 > m->cap && grow(m) != 0) return -1;
  size_t i = slot(m, key);
  if (!m->keys[i]) {
    m->keys[i] = key;
    m->count++;
  }
  m->values[i] = value;
  return 0;
}
