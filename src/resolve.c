#include "resolve.h"

#include "segment.h"

#include "people.h"
#include "posts.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "recognise.h"

/* ---- entities ------------------------------------------------------------ */

entity *entity_for_iri(document *d, entity_kind kind, const char *iri) {
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
  entity *e = entity_for_iri(d, kind_of(k), iri);
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

void entity_add_alt_label(document *d, entity *e, size_t first, size_t last) {
  const char *text = tokens_text(d, first, last);
  if (!text) return;
  for (size_t i = 0; i < e->alt_labels.len; i++)
    if (!strcmp(*VEC_AT(&e->alt_labels, const char *, i), text)) return;
  const char **slot = vec_push(&e->alt_labels);
  if (slot) *slot = text;
}

const char *tokens_text(document *d, size_t first, size_t last) {
  return arena_strndup(&d->mem, d->text + doc_token(d, first)->start,
                       doc_token(d, last)->end - doc_token(d, first)->start);
}

const char *tokens_key(document *d, size_t first, size_t last) {
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

int org_name_run(const document *d, const span *s) {
  return s->last > s->first &&
         kb_has(d->kb, doc_token(d, s->last)->key, LX_ORG_HEAD);
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
      /* ("Russia-Ukraine war: Denmark sends jets" is told from Denmark) */
      if (kb && kb->kind == KB_STATE && !(t->flags & TF_COMPOUND) &&
          (s->type == LX_NAME || (s->type == LX_ADJECTIVE && qualifies_government(d, s)))) {
        d->home = entity_from_kb(d, kb);
        d->home_from_title = 1;
        return;
      }
    }
  }
  /* the one state of a site header: "Ministry of Foreign Affairs of
   * Japan", "Government of India" above the headline */
  if (d->header_state && d->header_states == 1) {
    d->home = entity_from_kb(d, d->header_state);
    return;
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
    if (!kb || kb->kind != KB_STATE || doc_token(d, s->first)->flags & TF_COMPOUND) continue;
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

/* ---- organisations named by their shape ---------------------------------- */

static void resolve_org_runs(document *d) {
  for (size_t i = 0; i < d->spans.len; i++) {
    span *s = doc_span(d, i);
    if (s->kind != SPAN_NAME_RUN || s->target || s->last == s->first ||
        !org_name_run(d, s))
      continue;
    const char *name = tokens_text(d, s->first, s->last);
    const char *slug = name ? fold_slug(&d->mem, name, strlen(name)) : NULL;
    if (!slug) continue;
    entity *e = entity_for_iri(d, ENT_ORG, arena_printf(&d->mem, "%sorg/%s",
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
                        : entity_for_iri(d, ENT_MINISTRY,
                                     arena_printf(&d->mem, "%s%s", d->base, local));
      if (!m) continue;
      if (!m->label_en) m->label_en = fill_template(d, kb->template_en, state, 0);
      if (!m->label_da) m->label_da = fill_template(d, kb->template_da, state, 1);
      if (!m->of) m->of = state;
      if (!named) m->generic_en = kb->label_en;
      s->target = m;
      entity_add_mention(m, s->first, s->last);
      entity_add_alt_label(d, m, s->first, s->last);
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
        e = entity_for_iri(d, ENT_EMBASSY,
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
      if (end > s->last || first < s->first) entity_add_alt_label(d, e, first, end);
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
      if (s->type == LX_NAME) entity_add_alt_label(d, s->target, s->first, s->last);
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
  people_resolve(d);
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
