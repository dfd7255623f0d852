/*
 * arena — bump allocation for everything that lives as long as one document
 * or one knowledge base; freed all at once. Also a growable byte buffer.
 * No allocation in attache outlives its arena or has two owners.
 */
#ifndef ATTACHE_ARENA_H
#define ATTACHE_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct {
  arena_block *head;
  arena_block *spare; /* emptied blocks kept by arena_reset() */
} arena;

void arena_init(arena *a);
void arena_release(arena *a);
/* Forgets every allocation but keeps the memory for the next ones. */
void arena_reset(arena *a);
/* Zeroed memory, aligned for any type; NULL when out of memory. */
void *arena_alloc(arena *a, size_t size);
/* Uninitialised memory, for a buffer the caller fills at once. */
void *arena_alloc_bytes(arena *a, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
char *arena_printf(arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A heap-owned growable byte string, always NUL-terminated. */
typedef struct {
  char *data;
  size_t len, cap;
  int failed; /* set once an allocation failed; later appends are no-ops */
} strbuf;

void strbuf_init(strbuf *b);
void strbuf_free(strbuf *b);
void strbuf_append(strbuf *b, const char *s, size_t n);
void strbuf_puts(strbuf *b, const char *s);
void strbuf_putc(strbuf *b, char c);
void strbuf_clear(strbuf *b);

/* A heap-owned growable array of fixed-size elements. */
typedef struct {
  void *data;
  size_t len, cap, elem;
  int failed;
} vec;

void vec_init(vec *v, size_t elem);
void vec_free(vec *v);
/* Appends one zeroed element; returns it or NULL when out of memory. */
void *vec_push(vec *v);
#define VEC_AT(v, type, i) (&((type *)(v)->data)[i])

#endif
