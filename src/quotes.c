/*
 * quotes — reported speech, for the events stage: which tokens are quoted
 * (between quote marks, or in a paragraph opened by a dash up to the
 * comma before its speech verb, as Nordic news sets off speech), whether
 * a sentence quotes someone, and who speaks. Owns d->dash_ends.
 */
#include "quotes.h"

#include <string.h>

#include "roles.h"
#include "triggers.h"

/* how many sentences a quotation left open may run on */
enum { QUOTATION_SENTENCES = 3 };

int quotes_speech_at(const document *d, size_t i) {
  return i < d->tokens.len && lex_is(span_of(d, i), LX_SPEECH);
}

/* "– Det er ikke acceptabelt, sagde Macron.": a paragraph opened by a dash
 * (an en or em dash, or a hyphen, as Danish and other Nordic news set off
 * speech) is a quotation up to the comma before its last speech verb.
 * d->dash_ends gets, per block, that comma's token, or 0 when the block is
 * none (a list item: no speech verb). One pass over the tokens. */
int quotes_find_dashes(document *d) {
  d->dash_ends = arena_alloc(&d->mem, sizeof(size_t) * (d->blocks.len + 1));
  if (!d->dash_ends) return -1;
  size_t current = (size_t)-1;
  int open = 0;
  for (size_t k = 0; k < d->tokens.len; k++) {
    const token *t = doc_token(d, k);
    size_t b = doc_sentence(d, t->sentence)->block;
    if (b != current) {
      current = b;
      open = t->kind == TOK_PUNCT && !strcmp(t->key, "-");
      continue;
    }
    if (open && k + 1 < d->tokens.len && !strcmp(t->key, ",") && quotes_speech_at(d, k + 1))
      d->dash_ends[b] = k;
  }
  return 0;
}

static size_t dash_quotation_end(const document *d, size_t b) {
  return d->dash_ends ? d->dash_ends[b] : 0;
}

/* Does sentence s hold the comma that ends its paragraph's dash
 * quotation? */
static int ends_dash_quotation(const document *d, const sentence *s) {
  size_t end = dash_quotation_end(d, s->block);
  return end && end >= s->first && end < s->first + s->count;
}

int quotes_in_sentence(const document *d, const sentence *s, size_t min_words) {
  if (ends_dash_quotation(d, s)) return 1;
  size_t marks = 0, words = 0;
  for (size_t i = s->first; i < s->first + s->count; i++) {
    if (is_quote(d, i)) {
      if (++marks % 2 == 0 && words >= min_words) return 1;
      words = 0;
    } else if (marks % 2 == 1 && doc_token(d, i)->kind == TOK_WORD) {
      words++;
    }
  }
  if (marks % 2 == 1) return 1;
  /* "Han udtaler:" followed by the quotation */
  const token *last = doc_token(d, s->first + s->count - 1);
  if (!strcmp(last->key, ":")) {
    size_t next = s->first + s->count;
    return next < d->tokens.len && is_quote(d, next);
  }
  return 0;
}

/* The person a speech verb of the sentence quotes: within eight words
 * after the verb ("said Jensen", "siger udenrigsminister Jensen") or four
 * before it ("Jensen said"). *verb is where the verb starts. */
entity *quotes_speaker(document *d, const sentence *s, size_t *verb) {
  /* "– Jeg talte med Lavrov, og han sagde …, siger Løkke": the verb after
   * the dash quotation's comma */
  size_t from = ends_dash_quotation(d, s) ? dash_quotation_end(d, s->block) + 1 : s->first;
  for (size_t i = from; i < s->first + s->count; i++) {
    span *sp = span_of(d, i);
    if (!sp || sp->type != LX_SPEECH || sp->kind != SPAN_LEXICON) continue;
    entity *who = NULL;
    size_t last;
    for (size_t k = i + 1; k < s->first + s->count && k <= i + 8 && !who; k++) {
      entity *e = entity_at(d, k, &last);
      if (e && e->kind == ENT_PERSON) who = e;
      if (doc_token(d, k)->kind == TOK_PUNCT && strcmp(doc_token(d, k)->key, ","))
        break;
    }
    for (size_t k = i; k-- > s->first && k + 4 >= i && !who;) {
      entity *e = entity_at(d, k, &last);
      if (!e && span_of(d, k)) e = span_of(d, k)->target;
      if (e && e->kind == ENT_PERSON) who = e;
    }
    if (!who) continue;
    if (verb) *verb = i;
    return who;
  }
  return NULL;
}

/* The speaker of a quotation that token `at` of sentence s is in and that
 * runs on past s: the one named with the speech verb where it closes, in
 * s's paragraph ("“It is unacceptable ... Folkemødet. Russia's warmongering
 * ...,” Kofod wrote"; "– Det er uacceptabelt. Vi vil reagere, siger
 * Løkke"). A quotation closed within s ("called it \"illegal\". \"We are
 * calm,\" Lavrov said") has no speaker here. */
entity *quotes_closing_speaker(document *d, const sentence *s, size_t at) {
  if (ends_dash_quotation(d, s)) return NULL; /* its speaker is in s */
  for (size_t k = at + 1; k < s->first + s->count; k++)
    if (is_quote(d, k)) return NULL;
  size_t si = doc_token(d, s->first)->sentence;
  for (size_t n = 1; n <= QUOTATION_SENTENCES && si + n < d->sentences.len; n++) {
    const sentence *next = doc_sentence(d, si + n);
    if (next->block != s->block) return NULL;
    if (ends_dash_quotation(d, next)) return quotes_speaker(d, next, NULL);
    for (size_t k = next->first; k < next->first + next->count; k++)
      if (is_quote(d, k)) return quotes_speaker(d, next, NULL); /* the closing mark */
  }
  return NULL;
}

/* Tokens inside quotation marks, or in a paragraph opened by a dash before
 * its speech verb: reported speech tells opinions, not the events the text
 * itself reports. A quotation may run over several paragraphs when each of
 * them holds a quote mark. */
unsigned char *quotes_tokens(document *d) {
  unsigned char *in = arena_alloc(&d->mem, d->tokens.len + 1);
  if (!in) return NULL;
  int open = 0;
  size_t current = (size_t)-1;
  for (size_t i = 0; i < d->tokens.len; i++) {
    size_t b = doc_sentence(d, doc_token(d, i)->sentence)->block;
    if (b != current) {
      /* a quotation left open carries on only into a block with a quote */
      if (open) {
        int has = 0;
        for (size_t k = i; k < d->tokens.len &&
                           doc_sentence(d, doc_token(d, k)->sentence)->block == b;
             k++)
          has |= is_quote(d, k);
        open = has;
      }
      current = b;
      size_t dash_end = dash_quotation_end(d, b);
      for (size_t k = i; k < dash_end; k++) in[k] = 1;
      if (dash_end) {
        i = dash_end;
        continue;
      }
    }
    if (is_quote(d, i)) {
      open = !open;
      continue;
    }
    in[i] = (unsigned char)open;
  }
  return in;
}
