#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
  arena_block *next;
  size_t used, size;
  max_align_t data[];
};

enum { ARENA_BLOCK = 64 * 1024 };

void arena_init(arena *a) {
  a->head = NULL;
  a->spare = NULL;
}

static void free_blocks(arena_block *b) {
  while (b) {
    arena_block *next = b->next;
    free(b);
    b = next;
  }
}

void arena_release(arena *a) {
  free_blocks(a->head);
  free_blocks(a->spare);
  a->head = a->spare = NULL;
}

void arena_reset(arena *a) {
  /* blocks of the standard size are kept for reuse (a writer or a worker
   * reuses the same memory for every document instead of faulting in fresh
   * pages); oversized ones go back to the system */
  arena_block *b = a->head;
  while (b) {
    arena_block *next = b->next;
    if (b->size == ARENA_BLOCK) {
      b->used = 0;
      b->next = a->spare;
      a->spare = b;
    } else {
      free(b);
    }
    b = next;
  }
  a->head = NULL;
}

/* Uninitialised memory, aligned for any type. */
static void *alloc_raw(arena *a, size_t size) {
  const size_t align = sizeof(max_align_t);
  size = (size + align - 1) / align * align;
  if (size == 0) size = align;
  arena_block *b = a->head;
  if (!b || b->size - b->used < size) {
    if (size <= ARENA_BLOCK && a->spare) {
      b = a->spare;
      a->spare = b->next;
    } else {
      size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
      b = malloc(sizeof(arena_block) + cap);
      if (!b) return NULL;
      b->size = cap;
    }
    b->used = 0;
    if (a->head && size > ARENA_BLOCK) {
      /* keep the partly used head block current */
      b->next = a->head->next;
      a->head->next = b;
    } else {
      b->next = a->head;
      a->head = b;
    }
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  return p;
}

void *arena_alloc_bytes(arena *a, size_t size) { return alloc_raw(a, size); }

void *arena_alloc(arena *a, size_t size) {
  void *p = alloc_raw(a, size);
  if (p) memset(p, 0, size);
  return p;
}

char *arena_strndup(arena *a, const char *s, size_t n) {
  char *p = alloc_raw(a, n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_strdup(arena *a, const char *s) {
  return arena_strndup(a, s, strlen(s));
}

char *arena_printf(arena *a, const char *fmt, ...) {
  /* most results are IRIs that fit the stack buffer: format once */
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return NULL;
  if ((size_t)n < sizeof small) return arena_strndup(a, small, (size_t)n);
  char *p = alloc_raw(a, (size_t)n + 1);
  if (!p) return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

void strbuf_init(strbuf *b) { memset(b, 0, sizeof *b); }

void strbuf_free(strbuf *b) {
  free(b->data);
  memset(b, 0, sizeof *b);
}

void strbuf_append(strbuf *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + n + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) {
      b->failed = 1;
      return;
    }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void strbuf_puts(strbuf *b, const char *s) { strbuf_append(b, s, strlen(s)); }
void strbuf_putc(strbuf *b, char c) { strbuf_append(b, &c, 1); }

void strbuf_clear(strbuf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

void vec_init(vec *v, size_t elem) {
  memset(v, 0, sizeof *v);
  v->elem = elem;
}

void vec_free(vec *v) {
  free(v->data);
  size_t elem = v->elem;
  memset(v, 0, sizeof *v);
  v->elem = elem;
}

void *vec_push(vec *v) {
  if (v->failed) return NULL;
  if (v->len == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 16;
    if (cap > SIZE_MAX / v->elem) {
      v->failed = 1;
      return NULL;
    }
    void *d = realloc(v->data, cap * v->elem);
    if (!d) {
      v->failed = 1;
      return NULL;
    }
    v->data = d;
    v->cap = cap;
  }
  void *p = (char *)v->data + v->len * v->elem;
  memset(p, 0, v->elem);
  v->len++;
  return p;
}
