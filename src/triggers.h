/*
 * triggers — event trigger words and phrases, and the cue words around
 * them. Owns the document's cue index (d->cues1, d->cues2: the cue types of
 * the one- and two-word phrases starting at each token) and finds the
 * longest stemmed lexicon trigger at a token, stepping over the words a
 * phrase may hold (articles, fillers, adjectives, names, titled people,
 * days) and over a gap in Danish word order. Used by events and roles.
 */
#ifndef ATTACHE_TRIGGERS_H
#define ATTACHE_TRIGGERS_H

#include <string.h>

#include "document.h"
#include "knowledge.h"
#include "stem.h"

static inline int is_quote(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  return t->kind == TOK_PUNCT && !strcmp(t->key, "\"");
}

/* Clause boundaries inside a sentence. */
static inline int separator(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  if (t->kind != TOK_PUNCT) return 0;
  if (!strcmp(t->key, "-"))
    /* the hyphen of a split compound ("India-Maldives", "NATO-topmødet"),
     * touching the words either side, joins them */
    return !(i > 0 && i + 1 < d->tokens.len && doc_token(d, i - 1)->end == t->start &&
             doc_token(d, i + 1)->start == t->end);
  return !strcmp(t->key, ",") || !strcmp(t->key, ";") || !strcmp(t->key, ":") ||
         !strcmp(t->key, "(") || !strcmp(t->key, ")") || !strcmp(t->key, "\"");
}

_Static_assert(LX_FIRST_UNINDEXED <= 64, "cue bits must fit in 64 bits");

static inline int lex_at(const document *d, size_t i, lex_type type) {
  /* one- and two-token cue phrases, found by index_cues() */
  unsigned long long bit = 1ULL << type;
  if (d->cues1[i] & bit) return 1;
  if (d->cues2[i] & bit) return 2;
  return 0;
}

/* A background cue at i ("since", "siden", lex:background) that names an
 * event, before `end`: not "since then", "since 2014", "since we met",
 * which give a time or a clause of their own. Its length, or 0. */
static inline size_t background_cue_at(const document *d, size_t i, size_t end) {
  size_t n = (size_t)lex_at(d, i, LX_BACKGROUND);
  if (!n || i + n >= end) return 0;
  size_t next = i + n;
  const token *w = doc_token(d, next);
  if (w->kind == TOK_NUMBER || lex_is(span_of(d, next), LX_MONTH) ||
      lex_at(d, next, LX_WEEKDAY) || lex_at(d, next, LX_RELDAY) ||
      (kb_is_stopword(d->kb, w->key, d->lang) && !lex_at(d, next, LX_ARTICLE) &&
       !lex_at(d, next, LX_POSSESSIVE)))
    return 0;
  return n;
}

typedef struct {
  const kb_entity *cls;
  size_t first, last;
  const lex_entry *lex;
  size_t gap; /* words after the first that belong to no trigger word */
} trigger;

/* Fills d->cues1 and d->cues2; -1 when out of memory. */
int triggers_index_cues(document *d);

/* The longest stemmed trigger at token i before `end`. words[k] is token
 * k's stem (NULL for no word); words[i]->note the most stems of a trigger
 * starting with the word's stem, with KB_SEPARABLE_START (kb_trigger_note). */
int trigger_at(document *d, const stem_word **words, size_t i, size_t end,
               trigger *out);

#endif
