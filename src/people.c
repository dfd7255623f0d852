/*
 * people — decides which person each name names: the gazetteer's office
 * holders by full name, variant, name less middle initials or name ending
 * in a known surname; unknown people by the shape and context of their
 * name (a given name, a title or speech verb beside it); later surnames,
 * single names and regnal first names ("King Salman") resolved to a
 * person told earlier in the document or to the one gazetteer holder of
 * the name. Part of the resolve stage: sets the name spans' targets, mints
 * person entities and records their mentions and labels.
 */
#include "people.h"

#include <string.h>

#include "fold.h"
#include "recognise.h"
#include "resolve.h"

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
  const char *text = tokens_text(d, s->first, s->last);
  if (text && s->genitive && s->kind == SPAN_NAME_RUN)
    return arena_strndup(&d->mem, text, strlen(text) - 1);
  return text;
}

/* The folded key of a span's name, less a genitive -s as name_text. */
static const char *name_key(document *d, const span *s) {
  const char *key = tokens_key(d, s->first, s->last);
  if (key && s->genitive && s->kind == SPAN_NAME_RUN)
    return arena_strndup(&d->mem, key, strlen(key) - 1);
  return key;
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
  entity *p = entity_for_iri(d, ENT_PERSON, arena_printf(a, "%sperson/%s", d->base, slug));
  if (p && !p->label) p->label = name;
  return p;
}

/* Whether a title span is one only a monarch bears ("King", "kong"). */
static int monarch_title(document *d, const span *title) {
  const char *key = tokens_key(d, title->first, title->last);
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

/* The known person a name run names without its middle initials, with
 * `tail` after the last word's key. */
static const kb_entity *known_less_initials(document *d, const span *s, const char *tail) {
  strbuf b;
  strbuf_init(&b);
  for (size_t i = s->first; i <= s->last; i++) {
    const token *t = doc_token(d, i);
    if (i > s->first && i < s->last && (t->flags & TF_INITIAL)) continue;
    if (b.len) strbuf_putc(&b, ' ');
    strbuf_puts(&b, t->key);
  }
  strbuf_puts(&b, tail);
  const lex_entry *e = b.failed ? NULL : kb_lookup_person(d->kb, b.data);
  strbuf_free(&b);
  return e ? e->target : NULL;
}

/* "Antony J. Blinken": a name run with middle initials that, without
 * them, is a known person's name. */
static const kb_entity *known_without_initials(document *d, const span *s) {
  int initials = 0;
  for (size_t i = s->first + 1; i < s->last && !initials; i++)
    initials = (doc_token(d, i)->flags & TF_INITIAL) != 0;
  return initials ? known_less_initials(d, s, "") : NULL;
}

/* "Ferdinand R. Marcos, Jr.": a name run ending in a generational suffix
 * (lex:nameSuffix) that, without its middle initials, is a known
 * person's name as the gazetteer writes it, with the suffix's full stop
 * ("Ferdinand Marcos Jr.", whose key ends in that stop's token). */
static const kb_entity *known_with_suffix(document *d, const span *s) {
  if (s->last == s->first || !kb_has(d->kb, doc_token(d, s->last)->key, LX_NAME_SUFFIX))
    return NULL;
  return known_less_initials(d, s, " .");
}

/* "Hayashi Yoshimasa", "KISHIDA Fumio": a name of two words written
 * family name first, as Japanese and Hungarian names often are, that is
 * a known person's full name the other way round. */
static const kb_entity *known_reversed(document *d, const span *s) {
  if (s->kind != SPAN_NAME_RUN || s->last != s->first + 1) return NULL;
  const char *family = doc_token(d, s->first)->key, *given = doc_token(d, s->last)->key;
  char key[256];
  int n = snprintf(key, sizeof key, "%s %s", given, family);
  if (n < 0 || (size_t)n >= sizeof key) return NULL;
  const lex_entry *e = kb_lookup_person(d->kb, key);
  return e ? e->target : NULL;
}

/* Do the run's words name the end of `full` word for word, an initial
 * standing for a word it begins ("A. Blinken" for "antony blinken")? */
static int initials_name_tail(const document *d, const span *s, const char *full) {
  const char *end = full + strlen(full);
  for (size_t i = s->last + 1; i-- > s->first;) {
    const char *word = end;
    while (word > full && word[-1] != ' ') word--;
    if (word == end) return 0; /* the run is longer than the name */
    const token *t = doc_token(d, i);
    size_t n = strlen(t->key);
    if ((t->flags & TF_INITIAL) ? t->key[0] != word[0]
                                : (size_t)(end - word) != n || strncmp(word, t->key, n))
      return 0;
    end = word > full ? word - 1 : word;
  }
  return 1;
}

/* "Tayyip Erdogan": a name run of two words or more that ends in the
 * surname of one known person and with which that person's full name
 * ends ("Recep Tayyip Erdoğan") is that person; so is "A. Blinken". */
static const kb_entity *known_by_tail(document *d, const span *s, const char *key) {
  if (!key || s->last == s->first) return NULL;
  const kb_entity *k = known_surname(d, doc_token(d, s->last)->key);
  const char *labels[2] = {k ? k->label_en : NULL, k ? k->label_da : NULL};
  int initials = 0;
  for (size_t i = s->first; i < s->last; i++)
    initials |= (doc_token(d, i)->flags & TF_INITIAL) != 0;
  for (int i = 0; i < 2; i++) {
    const char *full = labels[i] ? fold_key(&d->mem, labels[i], strlen(labels[i])) : NULL;
    if (full && names_tail(full, key)) return k; /* a key of two words or more: the tail */
    if (full && initials && initials_name_tail(d, s, full)) return k;
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

void people_resolve(document *d) {
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
      record(&people, s->target, tokens_key(d, s->first, s->last));
      /* the text's own form of the name: "George Shultz" for the
       * gazetteer's "George P. Shultz" */
      entity_add_alt_label(d, s->target, s->first, s->last);
      continue;
    }
    if (s->kind != SPAN_NAME_RUN || s->last == s->first) continue;
    if (org_name_run(d, s)) continue;
    /* a full name ends in a word, not in one letter: "Hans Ø" (Hans
     * Island) is a place, "George W." is cut short */
    const token *tail = doc_token(d, s->last);
    if (tail->flags & TF_INITIAL ||
        utf8_count(d->text + tail->start, tail->end - tail->start) < 2)
      continue;
    if (unknown_danish_genitive(d, &capitalised, s)) s->genitive = 1;
    const char *key = name_key(d, s);
    const kb_entity *known_person = known_with_suffix(d, s);
    if (!known_person) known_person = known_without_initials(d, s);
    if (!known_person) known_person = known_by_tail(d, s, key);
    if (!known_person) known_person = known_reversed(d, s);
    if (known_person) {
      s->target = entity_from_kb(d, known_person);
      record(&people, s->target, key);
      entity_add_alt_label(d, s->target, s->first, s->last);
      continue;
    }
    /* (a run the recogniser let a pronoun open, "Hun Sen", "He Lifeng",
     * opens with a family name as a given name opens others) */
    int given = kb_is_given_name(d->kb, doc_token(d, s->first)->key) ||
                (s->kind == SPAN_NAME_RUN && s->last > s->first &&
                 kb_has(d->kb, doc_token(d, s->first)->key, LX_NAME_PRONOUN));
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
    const char *key = tokens_key(d, s->first, s->last);
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
      if (full && !full->target && !org_name_run(d, full)) {
        const char *full_key = tokens_key(d, full->first, full->last);
        e = person_entity(d, tokens_text(d, full->first, full->last), full_key, NULL);
        full->target = e;
        if (full_key) record(&people, e, full_key);
      } else if (!e) {
        e = person_entity(d, tokens_text(d, s->first, s->last), key, NULL);
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

