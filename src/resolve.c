#include "resolve.h"

#include "segment.h"

#include "posts.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "recognise.h"

/* ---- entities ------------------------------------------------------------ */

static entity *entity_get(document *d, entity_kind kind, const char *iri) {
  entity *e = strmap_get(&d->by_iri, iri);
  if (e) return e;
  e = arena_alloc(&d->mem, sizeof *e);
  if (!e) return NULL;
  e->kind = kind;
  e->iri = arena_strdup(&d->mem, iri);
  vec_init(&e->alt_labels, sizeof(const char *));
  vec_init(&e->mentions, sizeof(mention));
  e->order = d->entities.len;
  entity **slot = vec_push(&d->entities);
  if (!slot || !e->iri || strmap_put(&d->by_iri, e->iri, e)) return NULL;
  *slot = e;
  return e;
}

static entity_kind kind_of(const kb_entity *k) {
  switch (k->kind) {
  case KB_STATE: return ENT_STATE;
  case KB_TERRITORY: return ENT_TERRITORY;
  case KB_INTL_ORG: return ENT_INTL_ORG;
  case KB_MINISTRY: return ENT_MINISTRY;
  case KB_PERSON: return ENT_PERSON;
  default: return ENT_ORG;
  }
}

static int entity_kb_kind(const kb_entity *k) {
  return k && (k->kind == KB_STATE || k->kind == KB_TERRITORY ||
               k->kind == KB_ORG || k->kind == KB_INTL_ORG ||
               k->kind == KB_MINISTRY || k->kind == KB_PERSON);
}

entity *entity_from_kb(document *d, const kb_entity *k) {
  if (!entity_kb_kind(k)) return NULL; /* a region, a role, a lexicon word */
  const char *iri = k->local ? arena_printf(&d->mem, "%s%s", d->base, k->local)
                             : k->iri;
  if (!iri) return NULL;
  entity *e = entity_get(d, kind_of(k), iri);
  if (!e || e->known) return e;
  e->known = k;
  e->label_en = k->label_en;
  e->label_da = k->label_da;
  if (k->kind == KB_MINISTRY && k->part_of) e->of = entity_from_kb(d, k->part_of);
  return e;
}

void entity_add_mention(entity *e, size_t first, size_t last) {
  mention *m = vec_push(&e->mentions);
  if (m) {
    m->first = first;
    m->last = last;
    m->target = e;
  }
}

static void add_alt_label(document *d, entity *e, size_t first, size_t last) {
  const char *text = arena_strndup(&d->mem, d->text + doc_token(d, first)->start,
                                   doc_token(d, last)->end -
                                       doc_token(d, first)->start);
  if (!text) return;
  for (size_t i = 0; i < e->alt_labels.len; i++)
    if (!strcmp(*VEC_AT(&e->alt_labels, const char *, i), text)) return;
  const char **slot = vec_push(&e->alt_labels);
  if (slot) *slot = text;
}

/* ---- the year of a sentence, and the state around a span ------------------ */

int sentence_year(const document *d, size_t si) {
  const sentence *s = doc_sentence(d, si);
  for (int pass = 0; pass < 2; pass++) {
    size_t first = s->first, count = s->count;
    if (pass == 1) {
      long h = doc_block(d, s->block)->heading;
      if (h < 0) break;
      /* the heading's first sentence: sentences are in block order */
      size_t lo = 0, hi = d->sentences.len;
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc_sentence(d, mid)->block < (size_t)h) lo = mid + 1;
        else hi = mid;
      }
      first = count = 0;
      if (lo < d->sentences.len && doc_sentence(d, lo)->block == (size_t)h) {
        first = doc_sentence(d, lo)->first;
        count = doc_sentence(d, lo)->count;
      }
    }
    for (size_t i = first; i < first + count; i++) {
      const token *t = doc_token(d, i);
      if (t->kind != TOK_NUMBER || t->end - t->start != 4) continue;
      int y = atoi(d->text + t->start);
      if (y >= 1000 && y <= 2100) return y;
    }
  }
  return d->year;
}

/* An adjective or demonym for a state that did not exist yet at the time
 * the sentence speaks of ("Russian" in 1907 is not the Russian Federation). */
static int anachronistic(const document *d, const span *s) {
  const kb_entity *k = span_kb(s);
  if (!k || !k->founded) return 0;
  int year = sentence_year(d, doc_token(d, s->first)->sentence);
  return year && year < k->founded;
}

int modifier_word(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  if (t->kind != TOK_WORD || (t->flags & TF_CAP && !(t->flags & TF_POSSESSIVE)))
    return 0;
  span *s = span_of(d, i);
  if (s && !lex_is(s, LX_FORMER)) return 0;
  return 1;
}

/* The state or territory a span ending at token k names, or NULL. */
static entity *state_ending(document *d, size_t k) {
  span *s = span_ending(d, k);
  const kb_entity *kb = span_kb(s);
  if (s && s->target && (s->target->kind == ENT_STATE || s->target->kind == ENT_TERRITORY))
    return s->target;
  return s && kb && is_state_kb(kb) ? entity_from_kb(d, kb) : NULL;
}

/* The first state named in tokens [from, to). */
static entity *first_state_in(document *d, size_t from, size_t to) {
  for (size_t k = from; k < to; k++) {
    entity *e = state_ending(d, k);
    if (e) return e;
  }
  return NULL;
}

entity *state_noun_before(document *d, size_t first) {
  if (first == 0) return NULL;
  size_t cue = first - 1;
  if (cue > 0 && doc_token(d, cue)->flags & TF_POSSESSIVE) cue--; /* "country" "'s" */
  if (!same_sentence(d, cue, first) || !doc_cue_word(d, cue, LX_STATE_NOUN)) return NULL;
  /* the state the sentence is about, named first: "France will keep
   * supporting Ukraine. The country's president ..." is France's */
  const sentence *own = doc_sentence(d, doc_token(d, first)->sentence);
  entity *e = first_state_in(d, own->first, cue);
  if (e || doc_token(d, first)->sentence == 0) return e;
  const sentence *before = doc_sentence(d, doc_token(d, first)->sentence - 1);
  return before->block == own->block || before->block + 1 == own->block
             ? first_state_in(d, before->first, before->first + before->count)
             : NULL;
}

entity *state_near(document *d, size_t first, size_t last, size_t *after) {
  if (after) *after = last;
  /* forward: "of (the) STATE" */
  size_t j = last + 1;
  if (tok_is(d, j, "of") && same_sentence(d, j, last)) {
    size_t k = j + 1;
    if (tok_is(d, k, "the")) k++;
    span *s = k < d->tokens.len ? span_starting(d, k) : NULL;
    const kb_entity *kb = span_kb(s);
    if (s && lex_is(s, LX_NAME) && kb &&
        (is_state_kb(kb) || kb->kind == KB_INTL_ORG || kb->kind == KB_ORG)) {
      if (after) *after = s->last;
      return entity_from_kb(d, kb);
    }
  }
  /* "its ambassador", "sin ambassadør": the state named last before it in
   * the sentence */
  if (first > 0 && same_sentence(d, first - 1, first) &&
      doc_cue_word(d, first - 1, LX_POSSESSIVE)) {
    for (size_t k = first - 1; k-- > 0 && same_sentence(d, k, first);) {
      entity *e = state_ending(d, k);
      if (e) return e;
    }
  }
  /* backward: adjective, demonym or genitive name, past a few modifiers.
   * A name or ministry that is no genitive modifies the title right
   * before it ("US President", "Kremlin spokesman"), or past up to two
   * words that are no verb when it is an abbreviation or a genitive
   * ministry ("US national security spokesman", "EU foreign policy
   * chief", "udenrigsministeriets nye talsmand"): "Danmark indkaldte
   * ambassadør X" and "Denmark gets new ambassador X" name no office of
   * Denmark. */
  size_t i = first;
  int verb_between = 0;
  for (int steps = 0; i > 0 && steps < 4; steps++) {
    i--;
    if (!same_sentence(d, i, first)) break;
    const token *t = doc_token(d, i);
    if (t->flags & TF_POSSESSIVE) continue;
    span *s = span_ending(d, i);
    /* the spokesman of a ministry serves its state: "Chinese Foreign
     * Ministry spokesman", "Udenrigsministeriets talsmand" */
    if (s && s->target && s->target->kind == ENT_MINISTRY && s->target->of &&
        (steps == 0 || (steps <= 2 && s->genitive && !verb_between)))
      return s->target->of;
    if (s && s->kind == SPAN_LEXICON) {
      const kb_entity *kb = span_kb(s);
      if ((s->type == LX_ADJECTIVE || s->type == LX_DEMONYM) && is_state_kb(kb))
        return anachronistic(d, s) ? NULL : entity_from_kb(d, kb);
      if ((s->type == LX_NAME || s->type == LX_SEAT) && s->genitive && kb &&
          entity_kb_kind(kb) && kb->kind != KB_PERSON)
        return entity_from_kb(d, kb);
      /* a name used as a modifier: "US President", "NATO Secretary
       * General", "Kremlin spokesman" */
      int abbreviation = doc_token(d, s->first)->flags & TF_ALLCAPS;
      if ((s->type == LX_NAME || s->type == LX_SEAT) &&
          (steps == 0 || (steps <= 2 && abbreviation && !verb_between)) && kb &&
          kb->kind != KB_PERSON && entity_kb_kind(kb))
        return entity_from_kb(d, kb);
      if (s->type != LX_FORMER) break;
      continue;
    }
    if (!modifier_word(d, i)) break;
    if (recognise_may_be_verb(d, i)) verb_between = 1;
  }
  return NULL;
}

/* ---- the document's own state -------------------------------------------- */

/* An adjective at the head of a title names the document's own state only
 * when it qualifies a government, a ministry or an office ("Danish
 * government wants ...", "Danish foreign minister ..."), not a thing the
 * story is about ("Russian warship violates Danish waters"). */
static int qualifies_government(document *d, const span *adjective) {
  size_t next = adjective->last + 1;
  if (next >= d->tokens.len) return 0;
  if (doc_cue_word(d, next, LX_GOVERNMENT)) return 1;
  const span *s = span_starting(d, next);
  return s && s->kind == SPAN_LEXICON &&
         (s->type == LX_TITLE || s->type == LX_MINISTRY_NAME);
}

static void find_home(document *d) {
  /* a state at the head of the title: "Denmark expels ...", "Danish
   * government wants ..." */
  if (d->blocks.len && doc_block(d, 0)->kind == BLOCK_TITLE) {
    size_t seen = 0;
    for (size_t i = 0; i < d->tokens.len && seen < 2; i++) {
      const token *t = doc_token(d, i);
      if (t->start >= doc_block(d, 0)->end) break;
      if (t->kind != TOK_WORD) continue;
      seen++;
      span *s = span_starting(d, i);
      const kb_entity *kb = span_kb(s);
      if (kb && kb->kind == KB_STATE &&
          (s->type == LX_NAME || (s->type == LX_ADJECTIVE && qualifies_government(d, s)))) {
        d->home = entity_from_kb(d, kb);
        d->home_from_title = 1;
        return;
      }
    }
  }
  const kb_entity *lang = kb_state_for_language(d->kb, d->lang);
  if (lang) {
    d->home = entity_from_kb(d, lang);
    return;
  }
}

/* Without one (English), the document's own state is the one it names
 * most; a known office holder, found by name, counts for their state: a
 * story about Danish ministers is told from Denmark, however often it
 * names Russia. Run once the people are resolved. */
enum { PERSON_WEIGHT = 2 };

/* A known office holder in the header under the title is who sends a
 * press release ("Senator the Hon Penny Wong, Minister for Foreign
 * Affairs" under "China removes duties on Australian barley"): their
 * state is the document's, before the state heading the title. */
static const kb_entity *sender_state(document *d) {
  size_t first_prose = segment_first_prose(d);
  const kb_entity *found = NULL;
  for (size_t i = 0; i < d->spans.len; i++) {
    span *s = doc_span(d, i);
    if (!s->target || s->target->kind != ENT_PERSON || !s->target->known) continue;
    size_t b = doc_sentence(d, doc_token(d, s->first)->sentence)->block;
    if (b == 0 || b >= first_prose) continue;
    /* a sender's line is "NAME, TITLE", titles or a form of address
     * before the name allowed ("Senator the Hon Penny Wong, Minister for
     * Foreign Affairs"); not a standfirst ("Zelensky to attend talks") */
    size_t k = s->first;
    while (k > 0 && doc_token(d, k - 1)->start >= doc_block(d, b)->start) {
      span *before = span_ending(d, k - 1);
      if (!lex_is(before, LX_TITLE) && !lex_is(before, LX_PERSON_CUE)) break;
      k = before->first;
    }
    if (k > 0 && doc_token(d, k - 1)->start >= doc_block(d, b)->start) continue;
    size_t next = s->last + 1;
    span *title = next + 1 < d->tokens.len && tok_is(d, next, ",")
                      ? span_starting(d, next + 1)
                      : NULL;
    if (!lex_is(title, LX_TITLE) && !lex_is(title, LX_MINISTRY_NAME)) continue;
    const kb_entity *state = s->target->known->part_of;
    if (!state || state->kind != KB_STATE || (found && found != state)) return NULL;
    found = state;
  }
  return found;
}

static void find_home_by_count(document *d) {
  if (d->home_from_title) {
    const kb_entity *sender = sender_state(d);
    if (sender) d->home = entity_from_kb(d, sender);
  }
  if (d->home) return;
  strmap counts;
  strmap_init(&counts);
  const kb_entity *best = NULL;
  size_t best_n = 0;
  size_t *tally = arena_alloc(&d->mem, sizeof(size_t) * (d->spans.len + 1));
  size_t ntally = 0;
  for (size_t i = 0; tally && i < d->spans.len; i++) {
    span *s = doc_span(d, i);
    const kb_entity *kb = span_kb(s);
    size_t weight = s->type == LX_NAME ? 2 : 1;
    if (s->target && s->target->kind == ENT_PERSON) {
      kb = s->target->known ? s->target->known->part_of : NULL;
      weight = PERSON_WEIGHT;
    }
    if (!kb || kb->kind != KB_STATE) continue;
    size_t *n = strmap_get(&counts, kb->iri);
    if (!n) {
      n = &tally[ntally++];
      strmap_put(&counts, kb->iri, n);
    }
    *n += weight;
    if (*n > best_n) {
      best_n = *n;
      best = kb;
    }
  }
  strmap_free(&counts);
  if (best) d->home = entity_from_kb(d, best);
}

/* ---- people -------------------------------------------------------------- */

typedef struct {
  entity *e;
  const char *key; /* folded full name */
} person;

static int person_context(document *d, size_t first, size_t last) {
  size_t i = first;
  if (i > 0 && tok_is(d, i - 1, ",")) i--;
  if (i > 0 && same_sentence(d, i - 1, first)) {
    span *s = span_ending(d, i - 1);
    if (lex_is(s, LX_TITLE) || lex_is(s, LX_PERSON_CUE) ||
        lex_is(s, LX_COUNTERPART) || lex_is(s, LX_SPEECH))
      return 1;
    /* "Premier of the Soviet Union Nikolai Bulganin", "China's ambassador
     * to Denmark, Wang Xiaojian", "talsmanden for det iranske
     * udenrigsministerium, Bahram Qassemi": a title a few words before
     * the name or ministry that ends right before */
    /* (not a state in the genitive: "formanden for Venezuelas
     * Nationalforsamling, Juan Guaidó" names the body, not a person) */
    if (s && !s->genitive &&
        (lex_is(s, LX_NAME) || lex_is(s, LX_MINISTRY_NAME) ||
         (s->target && s->target->kind == ENT_MINISTRY))) {
      /* only function words and adjectives between: "The foreign
       * minister visited Ukraine, Bucha …" names no person Bucha */
      for (size_t k = s->first, steps = 0; k-- > 0 && steps < 4; steps++) {
        if (!same_sentence(d, k, first) || doc_token(d, k)->kind == TOK_PUNCT) break;
        span *before = span_ending(d, k);
        if (lex_is(before, LX_TITLE)) return 1;
        if (before ? !lex_is(before, LX_ADJECTIVE)
                   : !kb_is_stopword(d->kb, doc_token(d, k)->key, d->lang))
          break;
        if (before) k = before->first;
      }
    }
  }
  size_t j = last + 1;
  if (j < d->tokens.len && same_sentence(d, j, last) &&
      lex_is(span_starting(d, j), LX_SPEECH))
    return 1;
  return 0;
}

static const char *span_text(document *d, size_t first, size_t last) {
  return arena_strndup(&d->mem, d->text + doc_token(d, first)->start,
                       doc_token(d, last)->end - doc_token(d, first)->start);
}

/* "præsident Daniel Noboas kontor" ... "Noboa": a Danish name of no
 * known person ending in -s is a genitive when the document also writes
 * its last word without the -s, capitalised. (The gazetteer's names are
 * read in the genitive by recognise; an unknown name has only the text to
 * go by, and "Evo Morales", "Tobias" end in -s of their own.) */
static int unknown_danish_genitive(document *d, strmap *capitalised,
                                   const span *s) {
  if (strcmp(d->lang, "da") != 0 || s->kind != SPAN_NAME_RUN) return 0;
  const token *tail = doc_token(d, s->last);
  size_t n = strlen(tail->key);
  if (n < 4 || tail->key[n - 1] != 's' || tail->key[n - 2] == 's') return 0;
  /* a genitive stands before its noun, not before a verb ("Jens Williams
   * mødte prins William") */
  size_t next = s->last + 1;
  if (next >= d->tokens.len || doc_token(d, next)->kind != TOK_WORD ||
      doc_token(d, next)->flags & TF_CAP || recognise_may_be_verb(d, next))
    return 0;
  if (!capitalised->count) /* once per document: its capitalised words */
    for (size_t i = 0; i < d->tokens.len; i++) {
      const token *t = doc_token(d, i);
      if (t->kind == TOK_WORD && t->flags & TF_CAP &&
          strmap_put(capitalised, t->key, (void *)t))
        return 0;
    }
  char *bare = arena_strndup(&d->mem, tail->key, n - 1);
  return bare && strmap_get(capitalised, bare) != NULL;
}

/* The name a span gives: its text, less a genitive -s of an unknown
 * Danish name. */
static const char *name_text(document *d, const span *s) {
  const char *text = span_text(d, s->first, s->last);
  if (text && s->genitive && s->kind == SPAN_NAME_RUN)
    return arena_strndup(&d->mem, text, strlen(text) - 1);
  return text;
}

static const char *span_key(document *d, size_t first, size_t last);

/* The folded key of a span's name, less a genitive -s as name_text. */
static const char *name_key(document *d, const span *s) {
  const char *key = span_key(d, s->first, s->last);
  if (key && s->genitive && s->kind == SPAN_NAME_RUN)
    return arena_strndup(&d->mem, key, strlen(key) - 1);
  return key;
}

static const char *span_key(document *d, size_t first, size_t last) {
  strbuf b;
  strbuf_init(&b);
  for (size_t i = first; i <= last; i++) {
    if (i > first) strbuf_putc(&b, ' ');
    strbuf_puts(&b, doc_token(d, i)->key);
  }
  const char *r = b.failed ? NULL : arena_strndup(&d->mem, b.data, b.len);
  strbuf_free(&b);
  return r;
}

/* "jensen" or "lokke rasmussen" names the person "kristian jensen" /
 * "lars lokke rasmussen": a word-aligned tail of the full name. */
/* "Mohammed bin Salman": the name after "bin" is the father's, so "kong
 * Salman" is another person. */
static int after_patronymic(const char *full, const char *at) {
  static const char *const particles[] = {"bin ", "ibn ", "bint ", "ben ", "ould "};
  for (size_t i = 0; i < sizeof particles / sizeof *particles; i++) {
    size_t l = strlen(particles[i]);
    /* after a given name: "Ben Wallace" opens with a name, not a particle */
    if ((size_t)(at - full) > l && !strncmp(at - l, particles[i], l) &&
        at[-(long)l - 1] == ' ')
      return 1;
  }
  return 0;
}

static int names_tail(const char *full, const char *part) {
  size_t n = strlen(full), m = strlen(part);
  if (m >= n) return 0;
  if (strcmp(full + n - m, part) == 0 && full[n - m - 1] == ' ')
    return !after_patronymic(full, full + n - m);
  /* a middle name used alone: "Løkke" */
  const char *p = strstr(full, part);
  return p && p > full && p[-1] == ' ' && (p[m] == ' ' || p[m] == '\0') &&
         !strchr(part, ' ') && !after_patronymic(full, p);
}

static entity *person_entity(document *d, const char *name, const char *key,
                             const kb_entity *known) {
  if (known) return entity_from_kb(d, known);
  /* a known office holder by full name or variant */
  for (const lex_entry *e = kb_lookup(d->kb, key); e; e = e->next)
    if (e->type == LX_NAME && e->target->kind == KB_PERSON)
      return entity_from_kb(d, e->target);
  arena *a = &d->mem;
  const char *slug = fold_slug(a, name, strlen(name));
  if (!slug || !*slug) return NULL;
  entity *p = entity_get(d, ENT_PERSON, arena_printf(a, "%sperson/%s", d->base, slug));
  if (p && !p->label) p->label = name;
  return p;
}

/* Whether a title span is one only a monarch bears ("King", "kong"). */
static int monarch_title(document *d, const span *title) {
  const char *key = span_key(d, title->first, title->last);
  for (const lex_entry *e = key ? kb_lookup(d->kb, key) : NULL; e; e = e->next)
    if (e->type == LX_MONARCH_TITLE) return 1;
  return 0;
}

/* Whether the sentence of token i names state k. */
static int sentence_names(document *d, size_t i, const kb_entity *k) {
  const sentence *sen = doc_sentence(d, doc_token(d, i)->sentence);
  for (size_t j = sen->first; k && j < sen->first + sen->count; j++) {
    span *s = span_starting(d, j);
    if (s && s->target && s->target->known == k) return 1;
    if (s && s->kind == SPAN_LEXICON && span_kb(s) == k) return 1;
  }
  return 0;
}

/* "King Salman", "kong Frederik", "Jordans kong Abdullah": a first name
 * after a monarch's title is the gazetteer's monarch of that name who
 * reigned in the sentence's year; of several, the one whose state the
 * sentence names; else none. */
static const kb_entity *monarch_by_first_name(document *d, const span *s,
                                              const char *key) {
  span *title = s->first > 0 ? span_ending(d, s->first - 1) : NULL;
  if (!title || !lex_is(title, LX_TITLE) || !monarch_title(d, title)) return NULL;
  int year = sentence_year(d, doc_token(d, s->first)->sentence);
  const kb_entity *any = NULL, *named = NULL;
  int n_any = 0, n_named = 0;
  for (const lex_entry *e = kb_lookup(d->kb, key); e; e = e->next) {
    if (e->type != LX_REGNAL_NAME || e->target == any) continue;
    int from = e->value / 10000, to = e->value % 10000;
    if (year && ((from && year < from) || (to && year > to))) continue;
    any = e->target;
    n_any++;
    if (sentence_names(d, s->first, e->target->part_of)) {
      named = e->target;
      n_named++;
    }
  }
  return n_any == 1 ? any : n_named == 1 ? named : NULL;
}

/* A surname known from the gazetteer, when it names exactly one person. */
static const kb_entity *known_surname(const document *d, const char *key) {
  const kb_entity *found = NULL;
  for (const lex_entry *e = kb_lookup(d->kb, key); e; e = e->next) {
    if (e->type != LX_SURNAME) continue;
    if (found && found != e->target) return NULL;
    found = e->target;
  }
  return found;
}

static void record(vec *people, entity *e, const char *key) {
  if (!e || !key) return; /* out of memory: not remembered */
  for (size_t i = 0; i < people->len; i++)
    if (VEC_AT(people, person, i)->e == e) {
      /* keep the longest form */
      if (strlen(key) > strlen(VEC_AT(people, person, i)->key))
        VEC_AT(people, person, i)->key = key;
      return;
    }
  person *p = vec_push(people);
  if (p) {
    p->e = e;
    p->key = key;
  }
}

static entity *by_tail(const vec *people, const char *key) {
  entity *found = NULL;
  for (size_t i = 0; i < people->len; i++) {
    const person *p = VEC_AT(people, person, i);
    if (!strcmp(p->key, key) || names_tail(p->key, key)) {
      if (found && found != p->e) return NULL; /* ambiguous */
      found = p->e;
    }
  }
  return found;
}

/* "Mao" after "Mao Ning": a known surname that opens a two-word name
 * told earlier (surname first, as in Chinese names) is that person, not
 * the gazetteer's holder of the surname. */
static entity *by_head(const vec *people, const char *key) {
  entity *found = NULL;
  size_t n = strlen(key);
  for (size_t i = 0; i < people->len; i++) {
    const person *p = VEC_AT(people, person, i);
    if (strncmp(p->key, key, n) || p->key[n] != ' ' || strchr(p->key + n + 1, ' '))
      continue;
    if (found && found != p->e) return NULL; /* ambiguous */
    found = p->e;
  }
  return found;
}

/* "Antony J. Blinken": a name run with middle initials that, without
 * them, is a known person's name. */
static const kb_entity *known_without_initials(document *d, const span *s) {
  int initials = 0;
  for (size_t i = s->first + 1; i < s->last && !initials; i++)
    initials = (doc_token(d, i)->flags & TF_INITIAL) != 0;
  if (!initials) return NULL;
  strbuf b;
  strbuf_init(&b);
  for (size_t i = s->first; i <= s->last; i++) {
    const token *t = doc_token(d, i);
    if (i > s->first && i < s->last && (t->flags & TF_INITIAL)) continue;
    if (b.len) strbuf_putc(&b, ' ');
    strbuf_puts(&b, t->key);
  }
  const kb_entity *found = NULL;
  if (!b.failed)
    for (const lex_entry *e = kb_lookup(d->kb, b.data); e && !found; e = e->next)
      if (e->type == LX_NAME && e->target && e->target->kind == KB_PERSON)
        found = e->target;
  strbuf_free(&b);
  return found;
}

/* "Tayyip Erdogan": a name run of two words or more that ends in the
 * surname of one known person and with which that person's full name
 * ends ("Recep Tayyip Erdoğan") is that person. */
static const kb_entity *known_by_tail(document *d, const span *s, const char *key) {
  if (!key || s->last == s->first) return NULL;
  const kb_entity *k = known_surname(d, doc_token(d, s->last)->key);
  const char *labels[2] = {k ? k->label_en : NULL, k ? k->label_da : NULL};
  for (int i = 0; i < 2; i++) {
    const char *full = labels[i] ? fold_key(&d->mem, labels[i], strlen(labels[i])) : NULL;
    if (full && names_tail(full, key)) return k; /* a key of two words or more: the tail */
  }
  return NULL;
}

/* "alongside Wang Yi, China's most senior diplomat ... Wang said": a name
 * of two or three words that nothing showed to be a person, told before
 * the single word that is, and beginning or ending with it, is that
 * person's full name. Pass 2 indexes such runs by their first and last
 * words as it passes them (runs_by_word), so the nearest one before is
 * one lookup. Not a run opened by the sentence's first word that is no
 * given name: that word may be any word ("Yesterday Wang met ...; Wang
 * said"). */
static void index_untold_run(document *d, strmap *runs_by_word, span *r) {
  if (r->kind != SPAN_NAME_RUN || r->target || r->last == r->first || r->last - r->first > 2)
    return;
  const token *head = doc_token(d, r->first);
  if (doc_sentence(d, head->sentence)->first == r->first &&
      !kb_is_given_name(d->kb, head->key))
    return;
  strmap_put(runs_by_word, head->key, r);
  strmap_put(runs_by_word, doc_token(d, r->last)->key, r);
}

static int org_run(const document *d, const span *s) {
  return s->last > s->first &&
         kb_has(d->kb, doc_token(d, s->last)->key, LX_ORG_HEAD);
}

static void resolve_people(document *d) {
  vec people;
  vec_init(&people, sizeof(person));
  strmap capitalised; /* for unknown_danish_genitive() */
  strmap_init(&capitalised);
  /* pass 1: full names */
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (!s) continue;
    const kb_entity *kb = span_kb(s);
    if (s->kind == SPAN_LEXICON && s->type == LX_NAME && kb &&
        kb->kind == KB_PERSON) {
      s->target = entity_from_kb(d, kb);
      record(&people, s->target, span_key(d, s->first, s->last));
      /* the text's own form of the name: "George Shultz" for the
       * gazetteer's "George P. Shultz" */
      add_alt_label(d, s->target, s->first, s->last);
      continue;
    }
    if (s->kind != SPAN_NAME_RUN || s->last == s->first) continue;
    if (org_run(d, s)) continue;
    /* a full name ends in a word, not in one letter: "Hans Ø" (Hans
     * Island) is a place, "George W." is cut short */
    const token *tail = doc_token(d, s->last);
    if (tail->flags & TF_INITIAL ||
        utf8_count(d->text + tail->start, tail->end - tail->start) < 2)
      continue;
    if (unknown_danish_genitive(d, &capitalised, s)) s->genitive = 1;
    const char *key = name_key(d, s);
    const kb_entity *known_person = known_without_initials(d, s);
    if (!known_person) known_person = known_by_tail(d, s, key);
    if (known_person) {
      s->target = entity_from_kb(d, known_person);
      record(&people, s->target, key);
      add_alt_label(d, s->target, s->first, s->last);
      continue;
    }
    int given = kb_is_given_name(d->kb, doc_token(d, s->first)->key);
    if (!key || !(given || person_context(d, s->first, s->last) ||
                  known_surname(d, doc_token(d, s->last)->key)))
      continue;
    entity *known = by_tail(&people, key);
    s->target = known ? known : person_entity(d, name_text(d, s), key, NULL);
    record(&people, s->target, key);
  }
  /* pass 2: surnames and single names */
  strmap runs_by_word;
  strmap_init(&runs_by_word);
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (s) index_untold_run(d, &runs_by_word, s);
    if (!s || s->target) continue;
    int single_run = s->kind == SPAN_NAME_RUN && s->first == s->last;
    int surname = lex_is(s, LX_SURNAME);
    if (!single_run && !surname) continue;
    const char *key = span_key(d, s->first, s->last);
    if (!key) continue;
    entity *e = by_tail(&people, key);
    if (!e && surname) e = by_head(&people, key);
    if (!e) {
      const kb_entity *k = surname ? span_kb(s) : known_surname(d, key);
      if (k && known_surname(d, key)) e = entity_from_kb(d, k);
    }
    if (!e && single_run) {
      const kb_entity *monarch = monarch_by_first_name(d, s, key);
      if (monarch) e = entity_from_kb(d, monarch);
    }
    /* (a weekday opening a sentence is its time: "Torsdag erklærede
     * Ecuador ...") */
    if (!e && single_run && person_context(d, s->first, s->last) &&
        !kb_is_stopword(d->kb, key, d->lang) && !kb_has(d->kb, key, LX_WEEKDAY)) {
      /* "Wang said" after the gazetteer's "Wang Yi" */
      e = by_head(&people, key);
      span *full = e ? NULL : strmap_get(&runs_by_word, key);
      if (full && !full->target && !org_run(d, full)) {
        const char *full_key = span_key(d, full->first, full->last);
        e = person_entity(d, span_text(d, full->first, full->last), full_key, NULL);
        full->target = e;
        if (full_key) record(&people, e, full_key);
      } else if (!e) {
        e = person_entity(d, span_text(d, s->first, s->last), key, NULL);
      }
    }
    if (e) {
      s->target = e;
      record(&people, e, key);
    }
  }
  for (size_t i = 0; i < d->spans.len; i++) {
    span *s = doc_span(d, i);
    if (s->target && s->target->kind == ENT_PERSON) {
      entity_add_mention(s->target, s->first, s->last);
      if (!s->target->known) {
        const char *text = name_text(d, s);
        /* the longest form seen is the label */
        if (text && (!s->target->label ||
                     strlen(text) > strlen(s->target->label)))
          s->target->label = text;
      }
    }
  }
  strmap_free(&runs_by_word);
  strmap_free(&capitalised);
  vec_free(&people);
}

/* ---- organisations named by their shape ---------------------------------- */

static void resolve_org_runs(document *d) {
  for (size_t i = 0; i < d->spans.len; i++) {
    span *s = doc_span(d, i);
    if (s->kind != SPAN_NAME_RUN || s->target || s->last == s->first ||
        !org_run(d, s))
      continue;
    const char *name = span_text(d, s->first, s->last);
    const char *slug = name ? fold_slug(&d->mem, name, strlen(name)) : NULL;
    if (!slug) continue;
    entity *e = entity_get(d, ENT_ORG, arena_printf(&d->mem, "%sorg/%s",
                                                      d->base, slug));
    if (!e) continue;
    if (!e->label) e->label = name;
    s->target = e;
    entity_add_mention(e, s->first, s->last);
  }
}

/* ---- ministries ---------------------------------------------------------- */

static const char *genitive_da(document *d, const char *name) {
  size_t n = strlen(name);
  char last = n ? name[n - 1] : 0;
  return arena_printf(&d->mem, "%s%s", name,
                      (last == 's' || last == 'x' || last == 'z') ? "'" : "s");
}

static const char *fill_template(document *d, const char *tpl, entity *state,
                                 int danish) {
  if (!tpl || !state) return NULL;
  const char *name = danish ? state->label_da : state->label_en;
  if (!name) name = state->label;
  if (!name) return NULL;
  strbuf b;
  strbuf_init(&b);
  for (const char *p = tpl; *p;) {
    if (!strncmp(p, "{state-genitive}", 16)) {
      strbuf_puts(&b, genitive_da(d, name));
      p += 16;
    } else if (!strncmp(p, "{state}", 7)) {
      strbuf_puts(&b, name);
      p += 7;
    } else {
      strbuf_putc(&b, *p++);
    }
  }
  const char *r = b.failed ? NULL : arena_strndup(&d->mem, b.data, b.len);
  strbuf_free(&b);
  /* a template at the start of a sentence keeps its capital */
  return r;
}

static entity *last_of_kind(document *d, entity_kind kind, size_t before) {
  /* "the ministry" names one named in the last few paragraphs */
  for (size_t i = before; i-- > 0 && before - i <= 2000;) {
    span *s = span_of(d, i);
    if (s && s->target && s->target->kind == kind) return s->target;
  }
  return NULL;
}

/* "In Moscow, Foreign Ministry spokeswoman Maria Zakharova ...", "I
 * Moskva siger udenrigsministeriet ...": a state, its capital or its seat
 * opening the sentence after "in" is where a ministry named in it with no
 * state of its own belongs. */
static entity *sentence_place(document *d, size_t at) {
  const sentence *sen = doc_sentence(d, doc_token(d, at)->sentence);
  size_t k = sen->first;
  if (k + 1 >= at || !doc_cue_word(d, k, LX_IN)) return NULL;
  const span *s = span_starting(d, k + 1);
  const kb_entity *kb = span_kb(s);
  if (!s || !kb || !is_state_kb(kb) || s->last + 1 >= at ||
      (s->type != LX_NAME && s->type != LX_CAPITAL && s->type != LX_SEAT))
    return NULL;
  return entity_from_kb(d, kb);
}

static void resolve_ministries(document *d) {
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (!s || s->kind != SPAN_LEXICON) continue;
    const kb_entity *kb = span_kb(s);
    if (s->type == LX_MINISTRY_NAME && kb) {
      entity *state = state_near(d, s->first, s->last, NULL);
      if (!state) state = state_noun_before(d, s->first);
      if (!state) state = sentence_place(d, s->first);
      if (!state) state = d->home;
      if (!state || !state->known || !state->known->local || !kb->key) continue;
      const char *iso = state->known->iso ? state->known->iso
                                          : state->known->local;
      const char *local = arena_printf(&d->mem, "ministry/%s-%s", iso, kb->key);
      const kb_entity *named = kb_entity_by_iri(
          d->kb, arena_printf(&d->mem, "%s%s", ID_NS, local));
      entity *m = named ? entity_from_kb(d, named)
                        : entity_get(d, ENT_MINISTRY,
                                     arena_printf(&d->mem, "%s%s", d->base, local));
      if (!m) continue;
      if (!m->label_en) m->label_en = fill_template(d, kb->template_en, state, 0);
      if (!m->label_da) m->label_da = fill_template(d, kb->template_da, state, 1);
      if (!m->of) m->of = state;
      if (!named) m->generic_en = kb->label_en;
      s->target = m;
      entity_add_mention(m, s->first, s->last);
      add_alt_label(d, m, s->first, s->last);
    } else if (s->type == LX_MINISTRY_WORD) {
      s->target = last_of_kind(d, ENT_MINISTRY, s->first);
    }
  }
}

/* ---- embassies ----------------------------------------------------------- */

static void resolve_embassies(document *d) {
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (!lex_is(s, LX_MISSION)) continue;
    size_t after;
    entity *sender = state_near(d, s->first, s->last, &after);
    if (!sender) {
      /* "Denmark had an embassy in Moscow": the state named before it in
       * the clause */
      for (size_t k = s->first; k-- > 0 && same_sentence(d, k, s->first);) {
        if (tok_is(d, k, ",") || tok_is(d, k, ";")) break;
        span *p = span_ending(d, k);
        if (p && lex_is(p, LX_NAME) && p->kind == SPAN_LEXICON &&
            is_state_kb(span_kb(p))) {
          sender = entity_from_kb(d, span_kb(p));
          break;
        }
      }
    }
    /* host: "in Copenhagen", "i København", "in Denmark" */
    entity *host = NULL;
    const char *city_en = NULL, *city_da = NULL;
    size_t j = after + 1, end = after;
    if (j < d->tokens.len && same_sentence(d, j, s->first) &&
        kb_has(d->kb, doc_token(d, j)->key, LX_IN)) {
      span *h = j + 1 < d->tokens.len ? span_starting(d, j + 1) : NULL;
      const kb_entity *hk = span_kb(h);
      if (h && is_state_kb(hk) &&
          (h->type == LX_CAPITAL || h->type == LX_SEAT || h->type == LX_NAME)) {
        host = entity_from_kb(d, hk);
        if (h->type != LX_NAME) {
          /* the gazetteer's name, so every document labels the embassy
           * alike; the words of the text become an alternative label */
          city_en = hk->capital_en;
          city_da = hk->capital_da;
          h->target = NULL;
          h->type = LX_CAPITAL; /* a place here, not the government */
        } else {
          entity_add_mention(host, h->first, h->last);
          h->target = host;
        }
        end = h->last;
      }
    }
    entity *e = NULL;
    if (!sender) {
      /* "the embassy in Copenhagen": the one already named */
      for (size_t k = 0; k < d->entities.len; k++) {
        entity *c = doc_entity(d, k);
        if (c->kind == ENT_EMBASSY && (!host || c->host == host)) e = c;
      }
      if (!e) continue;
    } else {
      if (sender == host || !sender->known) continue;
      const char *siso = sender->known->iso ? sender->known->iso : "x";
      const char *hiso = host && host->known && host->known->iso
                             ? host->known->iso : NULL;
      if (!host) {
        for (size_t k = 0; k < d->entities.len; k++) {
          entity *c = doc_entity(d, k);
          if (c->kind == ENT_EMBASSY && c->of == sender) e = c;
        }
      }
      if (!e) {
        e = entity_get(d, ENT_EMBASSY,
                       hiso ? arena_printf(&d->mem, "%sembassy/%s-in-%s",
                                           d->base, siso, hiso)
                            : arena_printf(&d->mem, "%sembassy/%s", d->base,
                                           siso));
        if (!e) continue;
      }
      if (!e->of) {
        e->of = sender;
        e->host = host;
        const char *where_en = city_en ? city_en : host ? host->label_en : NULL;
        const char *where_da = city_da ? city_da : host ? host->label_da : NULL;
        e->label_en = where_en ? arena_printf(&d->mem, "Embassy of %s in %s",
                                              sender->label_en, where_en)
                               : arena_printf(&d->mem, "Embassy of %s",
                                              sender->label_en);
        e->label_da = where_da
                          ? arena_printf(&d->mem, "%s ambassade i %s",
                                         genitive_da(d, sender->label_da),
                                         where_da)
                          : arena_printf(&d->mem, "%s ambassade",
                                         genitive_da(d, sender->label_da));
      }
      /* the words as written: "Legation of the Soviet Union in Copenhagen" */
      size_t first = s->first;
      span *adj = first > 0 ? span_ending(d, first - 1) : NULL;
      if (lex_is(adj, LX_ADJECTIVE)) first = adj->first;
      if (end > s->last || first < s->first) add_alt_label(d, e, first, end);
    }
    s->target = e;
    entity_add_mention(e, s->first, s->last);
  }
}

/* ---- gazetteer names, adjectives, governments ------------------------------ */

/* "OTTAWA (Reuters) - ...", "ASMARA, Eritrea (AP) — July 9": an
 * organisation alone in parentheses before a dash is the news agency's
 * byline, not a mention. */
static int agency_byline(const document *d, const span *s) {
  /* (every dash folds to "-") */
  return s->first > 0 && s->last + 2 < d->tokens.len && tok_is(d, s->first - 1, "(") &&
         tok_is(d, s->last + 1, ")") && tok_is(d, s->last + 2, "-");
}

static void resolve_names(document *d) {
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (!s || s->kind != SPAN_LEXICON || s->target) continue;
    const kb_entity *kb = span_kb(s);
    switch (s->type) {
    case LX_NAME:
      if (!kb || kb->kind == KB_PERSON || !entity_kb_kind(kb)) break;
      if ((kb->kind == KB_ORG || kb->kind == KB_INTL_ORG) && agency_byline(d, s)) break;
      s->target = entity_from_kb(d, kb);
      break;
    case LX_SEAT:
    case LX_ADJECTIVE:
    case LX_DEMONYM:
      if (!is_state_kb(kb) || anachronistic(d, s)) break;
      s->target = entity_from_kb(d, kb);
      break;
    default:
      break;
    }
    if (s->target) {
      entity_add_mention(s->target, s->first, s->last);
      if (s->type == LX_NAME) add_alt_label(d, s->target, s->first, s->last);
    }
  }
}

static void resolve_governments(document *d) {
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (!lex_is(s, LX_GOVERNMENT)) continue;
    entity *state = state_near(d, s->first, s->last, NULL);
    s->target = state ? state : d->home;
  }
}

attache_status resolve_document(document *d) {
  find_home(d);
  resolve_embassies(d); /* first: a capital after "embassy in" is a place */
  resolve_names(d);
  resolve_people(d);
  find_home_by_count(d);
  resolve_governments(d);
  resolve_ministries(d);
  resolve_org_runs(d);
  posts_resolve(d, 0);
  posts_settle(d);
  posts_resolve(d, 1);
  if (d->entities.failed || d->posts.failed) return ATTACHE_ERR_NOMEM;
  return ATTACHE_SUCCESS;
}
