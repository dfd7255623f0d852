#include "triggers.h"

#include "dates.h"
#include "recognise.h"

/* ---- the cue index ------------------------------------------------------- */

static unsigned long long cue_bits(const lex_entry *e) {
  unsigned long long bits = 0;
  for (; e; e = e->next)
    if (e->type < LX_FIRST_UNINDEXED) bits |= 1ULL << e->type;
  return bits;
}

/* Where a time said right at token j ends ("on Tuesday", "today", "i
 * går", "on 3 May"): the token after it, or j when none starts there. A
 * word may stand before it ("on", "i"). Asks the cue index, so every
 * token's one- and two-word cues must be in it. */
static size_t time_end(document *d, size_t j, size_t end) {
  for (size_t k = j; k < end && k <= j + 1; k++) {
    size_t day = lex_at(d, k, LX_WEEKDAY);
    if (!day) day = lex_at(d, k, LX_RELDAY);
    if (day && k + day <= end) return k + day;
    if (doc_token(d, k)->kind == TOK_NUMBER || lex_at(d, k, LX_MONTH)) {
      date_span when;
      size_t n = end - k < 5 ? end - k : 5;
      /* any year: only where the date ends matters */
      if (dates_find(d, k, n, 2000, &when) && when.first == k) return when.last + 1;
    }
  }
  return j;
}

int triggers_index_cues(document *d) {
  size_t n = d->tokens.len + 1;
  d->cues1 = arena_alloc(&d->mem, n * sizeof *d->cues1);
  d->cues2 = arena_alloc(&d->mem, n * sizeof *d->cues2);
  if (!d->cues1 || !d->cues2) return -1;
  for (size_t i = 0; i < d->tokens.len; i++) {
    d->cues1[i] = cue_bits(token_lex(d, i));
    if (i + 1 < d->tokens.len &&
        doc_token(d, i)->sentence == doc_token(d, i + 1)->sentence &&
        token_starts_phrase(d, i))
      d->cues2[i] = cue_bits(doc_pair_lex(d, i, i + 1));
  }
  for (size_t i = 0; i + 2 < d->tokens.len; i++) {
    span *sp = span_of(d, i);
    int speech = lex_is(sp, LX_SPEECH) && sp->first == i;
    if (!speech && !token_starts_phrase(d, i)) continue;
    size_t end = i + 1;
    while (end < d->tokens.len && end < i + 8 &&
           doc_token(d, end)->sentence == doc_token(d, i)->sentence)
      end++;
    /* a plan phrase split by its time: "agreed on Tuesday to resume
     * talks", "aftalte i går at holde forhandlinger" (every two-word cue
     * is indexed first: a relative day may be one) */
    if (token_starts_phrase(d, i)) {
      size_t k = time_end(d, i + 1, end);
      unsigned long long plan =
          k > i + 1 && k < end ? cue_bits(doc_pair_lex(d, i, k)) & 1ULL << LX_PLANNED : 0;
      d->cues2[i] |= plan;
      for (size_t j = i + 1; plan && j < k; j++) doc_token(d, j)->flags |= TF_PLAN_TIME;
    }
    /* the time of a speech verb: "said on Tuesday it will expel" */
    if (speech && sp->last + 1 < end) {
      size_t k = time_end(d, sp->last + 1, end);
      for (size_t j = sp->last + 1; j < k; j++) doc_token(d, j)->flags |= TF_SPEECH_TIME;
    }
  }
  return 0;
}

/* ---- trigger matching ---------------------------------------------------- */

/* the most tokens a date inside a trigger phrase takes ("15. april 2024") */
enum { DATE_WORDS = 6 };

/* The stemmed key of n trigger words from token i, stepping over up to
 * five adjectives, names, people, titles, pronouns, articles, fillers,
 * days and whole dates inside the phrase ("entering Danish airspace",
 * "lifted its remaining sanctions", "rejste præsident Stubb videre til",
 * "rejser mandag den 15. april til"), and over `gap` words after the
 * first (Danish word order: "trak sovjetiske tropper sig tilbage").
 * Returns the last token used, or (size_t)-1. */

static size_t phrase_at(document *d, const stem_word **words, size_t i, size_t end,
                        size_t n, size_t gap, strbuf *key) {
  strbuf_clear(key);
  size_t k = i, used = 0, skipped = 0;
  while (used < n && k < end) {
    if (used == 1 && gap) {
      for (size_t g = 0; g < gap; g++, k++) /* "ordered 20 diplomats to leave" */
        if (k >= end || (!words[k] && doc_token(d, k)->kind != TOK_NUMBER))
          return (size_t)-1;
      gap = 0;
      continue;
    }
    /* ... and over a whole date: "rejser mandag den 15. april 2024 til
     * Estland", "travelled on 3 May to Kyiv" */
    if (used > 0 && skipped < 5 &&
        (doc_token(d, k)->kind == TOK_NUMBER || lex_is(span_of(d, k), LX_MONTH))) {
      date_span date;
      size_t reach = end - k < DATE_WORDS ? end - k : DATE_WORDS;
      /* only its extent counts here: any year lets "April 15" be found */
      if (dates_find(d, k, reach, 2000, &date) && date.first == k) {
        k = date.last + 1;
        skipped++;
        continue;
      }
    }
    if (!words[k]) return (size_t)-1;
    span *s = span_of(d, k);
    /* a title only before its holder's name: "recalled its ambassador"
     * has the title word in the trigger */
    span *holder = s && s->kind == SPAN_LEXICON && s->type == LX_TITLE &&
                           s->last + 1 < end
                       ? span_of(d, s->last + 1)
                       : NULL;
    int titled = holder && holder->first == s->last + 1 && holder->target &&
                 holder->target->kind == ENT_PERSON;
    /* ... or standing for a person named before: "rejser
     * udenrigsministeren til Kyiv" after "Udenrigsminister Lars Løkke
     * Rasmussen" */
    if (lex_is(s, LX_TITLE) && s->target && s->target->kind == ENT_PERSON)
      titled = 1;
    if (used > 0 && skipped < 5 && s &&
        ((s->kind == SPAN_LEXICON &&
          (s->type == LX_ADJECTIVE || s->type == LX_NAME || titled ||
           s->type == LX_SURNAME || s->type == LX_PRONOUN)) ||
         (s->kind == SPAN_NAME_RUN && s->target))) {
      k = s->last + 1;
      skipped++;
      continue;
    }
    /* ... and over a day inside it: "rejser torsdag til Bruxelles",
     * "travelled yesterday to Kyiv" */
    int day = lex_at(d, k, LX_RELDAY);
    if (!day) day = lex_at(d, k, LX_EVENTDAY);
    if (!day) day = lex_at(d, k, LX_WEEKDAY);
    /* a filler may be two words: "lifted a large part of the economic
     * sanctions", "ophævede en stor del af de økonomiske sanktioner" */
    int filler = lex_at(d, k, LX_FILLER);
    if (used > 0 && skipped < 5 && k + (size_t)filler <= end &&
        (day || lex_at(d, k, LX_ARTICLE) == 1 || filler)) {
      k += day ? (size_t)day : filler ? (size_t)filler : 1;
      skipped++;
      continue;
    }
    if (used) strbuf_putc(key, ' ');
    strbuf_puts(key, words[k]->stem);
    used++;
    k++;
  }
  return used == n && !key->failed ? k - 1 : (size_t)-1;
}

/* words[i]->note is noted once per word in the stem cache. */
int trigger_at(document *d, const stem_word **words, size_t i, size_t end,
               trigger *out) {
  /* every phrase tried below starts with this token's stem */
  size_t note = words[i] ? (size_t)words[i]->note : 0;
  size_t max = note & (KB_SEPARABLE_START - 1);
  if (!max) return 0;
  strbuf key;
  strbuf_init(&key);
  int found = 0;
  for (size_t n = max < 6 ? max : 6; n >= 1 && !found; n--) {
    /* up to four words between a long phrase's first word and the rest:
     * "ordered 20 Czech embassy staff to leave"; up to three in a
     * two-word phrase written as separable: "hilste beslutningen
     * velkommen" */
    size_t gaps = n >= 3 ? 4 : n == 2 && (note & KB_SEPARABLE_START) ? 3 : 0;
    for (size_t gap = 0; gap <= gaps && !found; gap++) {
      size_t last = phrase_at(d, words, i, end, n, gap, &key);
      if (last == (size_t)-1) continue;
      for (const lex_entry *e = kb_lookup_stem(d->kb, key.data); e; e = e->next) {
        if (e->lang && strcmp(e->lang, d->lang)) continue;
        if (n == 2 && gap && !(e->value & TRIGGER_SEPARABLE)) continue;
        out->cls = e->target;
        out->first = i;
        out->last = last;
        out->lex = e;
        out->gap = gap;
        found = 1;
        break;
      }
    }
  }
  strbuf_free(&key);
  return found;
}

