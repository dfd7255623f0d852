#include "posts.h"

#include <string.h>

#include "recognise.h"
#include "resolve.h"

/* Records that holder holds role in of (once per document: a later plain
 * mention clears "former" and "guessed"); out of memory is left in the
 * vector's failed flag. */
static void post_for(document *d, entity *holder, const kb_entity *role,
                     entity *of, int former, int guessed, size_t tok) {
  for (size_t i = 0; i < d->posts.len; i++) {
    post *p = VEC_AT(&d->posts, post, i);
    if (p->holder == holder && p->role == role && p->of == of) {
      if (!former) p->former = 0;
      if (!guessed) p->guessed = 0;
      return;
    }
  }
  post *p = vec_push(&d->posts);
  if (!p) return;
  p->holder = holder;
  p->role = role;
  p->of = of;
  p->former = former;
  p->guessed = guessed;
  p->token = tok;
}

static int former_before(const document *d, size_t first) {
  for (size_t k = first, steps = 0; k-- > 0 && steps < 3; steps++) {
    if (!same_sentence(d, k, first)) break;
    span *s = span_of(d, k);
    if (lex_is(s, LX_FORMER)) return 1;
    if (doc_token(d, k)->kind == TOK_PUNCT) break;
  }
  return 0;
}

static entity *person_at(const document *d, size_t i) {
  span *s = i < d->tokens.len ? span_starting(d, i) : NULL;
  return s && s->target && s->target->kind == ENT_PERSON ? s->target : NULL;
}

/* "Jeppe Kofod, the foreign minister": at most a few words between the
 * comma and the title ("the former", "den nye"), or the comma belongs to
 * another clause ("Dronning Margrethe, og besøget skulle have omfattet et
 * møde med statsministeren") */
enum { APPOSITION_WORDS = 3 };

static entity *person_before(const document *d, size_t first) {
  size_t k = first;
  while (k > 0 && first - k < APPOSITION_WORDS && same_sentence(d, k - 1, first) &&
         modifier_word(d, k - 1))
    k--;
  span *adj = k > 0 ? span_ending(d, k - 1) : NULL;
  if (lex_is(adj, LX_ADJECTIVE)) k = adj->first;
  /* "Yoko Kamikawa, Japan's foreign minister", "Jorge Ruiz, Chiles
   * udenrigsminister": a state in the genitive */
  else if (k >= 2 && (doc_token(d, k - 1)->flags & TF_POSSESSIVE)) {
    span *owner = span_ending(d, k - 2);
    if (lex_is(owner, LX_NAME) && is_state_kb(span_kb(owner))) k = owner->first;
  } else if (adj && adj->genitive && lex_is(adj, LX_NAME) && is_state_kb(span_kb(adj))) {
    k = adj->first;
  }
  if (k >= 2 && tok_is(d, k - 1, ",") && same_sentence(d, k - 2, first)) {
    span *p = span_ending(d, k - 2);
    if (p && p->target && p->target->kind == ENT_PERSON) return p->target;
  }
  return NULL;
}

/* Tokens of a copula phrase of one or two words ending at token k
 * ("became", "appointed as", "udnævnt til"), or 0. */
static size_t copula_ending(const document *d, size_t k, int *participle) {
  for (size_t n = 2; n >= 1; n--) {
    if (k + 1 < n || !same_sentence(d, k + 1 - n, k)) continue;
    const lex_entry *e = n == 1 ? token_lex(d, k) : doc_pair_lex(d, k - 1, k);
    for (; e; e = e->next)
      if ((e->type == LX_COPULA || e->type == LX_PARTICIPLE_COPULA) &&
          (!e->lang || !strcmp(e->lang, d->lang))) {
        if (participle) *participle = e->type == LX_PARTICIPLE_COPULA;
        return n;
      }
  }
  return 0;
}

/* A Danish title in the genitive ("udenrigsministerens"): its word less
 * the -s is a title too. */
static int danish_genitive_title(const document *d, const span *title) {
  const char *key = doc_token(d, title->last)->key;
  size_t n = strlen(key);
  if (strcmp(d->lang, "da") != 0 || n < 4 || key[n - 1] != 's') return 0;
  char bare[64];
  if (n > sizeof bare) return 0;
  memcpy(bare, key, n - 1);
  bare[n - 1] = '\0';
  return kb_has(d->kb, bare, LX_TITLE);
}

/* "Zoran Zaev became prime minister of Macedonia", "Yair Lapid became the
 * first Israeli foreign minister to ...", "Kofod, der blev udnævnt til
 * udenrigsminister": the person before a copula holds the title after it
 * (across articles, adjectives and words such as "first"). */
static entity *person_by_copula(const document *d, const span *title, int *later) {
  if (danish_genitive_title(d, title)) return NULL;
  size_t k = title->first;
  size_t n = 0;
  int participle = 0;
  for (int steps = 0; k > 0 && same_sentence(d, k - 1, title->first) && steps < 4;
       steps++) {
    if ((n = copula_ending(d, k - 1, &participle))) break;
    span *adj = span_ending(d, k - 1);
    /* "Colombia" "'s" */
    span *owner = !adj && k > 1 && doc_token(d, k - 1)->flags & TF_POSSESSIVE
                      ? span_ending(d, k - 2)
                      : NULL;
    /* "the first Israeli foreign minister", "Norges statsminister",
     * "Colombia's foreign minister" */
    if (lex_is(adj, LX_ADJECTIVE) || (lex_is(adj, LX_NAME) && adj->genitive &&
                                      is_state_kb(span_kb(adj))))
      k = adj->first;
    else if (lex_is(owner, LX_NAME) && is_state_kb(span_kb(owner)))
      k = owner->first;
    else if (lex_is(adj, LX_FORMER)) k = adj->first;
    /* not any word: "Frederiksen is meeting the Swedish prime minister" */
    else if (!adj && (doc_cue_word(d, k - 1, LX_ARTICLE) ||
                      doc_cue_word(d, k - 1, LX_TITLE_MODIFIER)))
      k--;
    else return NULL;
  }
  if (!n) return NULL;
  k -= n;
  /* "was appointed", "var blevet", "who later became": more of the verb
   * before it; a participle needs it ("Putin appointed a new defence
   * minister") */
  int passive = 0; /* a form of "be" before a participle */
  for (int steps = 0; k > 0 && steps < 3; steps++) {
    int inner = 0;
    size_t m = copula_ending(d, k - 1, &inner);
    if (m && !inner) passive = 1;
    if (!m) m = doc_cue_word(d, k - 1, LX_AUXILIARY);
    if (!m && (m = doc_cue_word(d, k - 1, LX_COPULA_ADVERB))) *later = 1;
    /* "som i 2019 blev" */
    if (!m && k > 1 && doc_token(d, k - 1)->kind == TOK_NUMBER &&
        doc_cue_word(d, k - 2, LX_IN))
      m = 2;
    if (!m) break;
    k -= m;
  }
  if (participle && !passive) return NULL;
  /* ", who", ", der": the relative tells of the name right before it */
  int relative = k > 1 && doc_cue_word(d, k - 1, LX_RELATIVE) && tok_is(d, k - 2, ",");
  if (relative) k -= 2;
  if (k == 0 || !same_sentence(d, k - 1, title->first)) return NULL;
  span *p = span_ending(d, k - 1);
  if (!p || !p->target || p->target->kind != ENT_PERSON || p->genitive) return NULL;
  if (relative) return p->target;
  /* the person is the clause's subject: it opens the sentence or follows
   * a comma ("In 2021, Lapid became") or a word opening a clause ("after
   * Zaev became"), not a preposition or a verb ("Next to Joe Biden was
   * the Japanese prime minister") */
  const sentence *sen = doc_sentence(d, doc_token(d, p->first)->sentence);
  return p->first == sen->first || tok_is(d, p->first - 1, ",") ||
                 doc_token(d, p->first - 1)->kind == TOK_NUMBER || /* "In 2021 Lapid" */
                 doc_cue_word(d, p->first - 1, LX_CLAUSE_OPENER)
             ? p->target
             : NULL;
}

static const post *last_post(const document *d, const kb_entity *role,
                             const entity *of, const entity *not_holder) {
  for (size_t i = d->posts.len; i-- > 0;) {
    const post *p = VEC_AT(&d->posts, post, i);
    if ((!role || p->role == role) && (!of || p->of == of) &&
        p->holder != not_holder)
      return p;
  }
  return NULL;
}

/* "Villy Søvndal ... med sin kinesiske kollega, Yang Jiechi": the post of
 * the person named last before token `at` in its sentence (who has the
 * counterpart), else the post named last. */
static const post *subject_post(const document *d, size_t at, const entity *not_holder) {
  for (size_t k = at; k-- > 0 && same_sentence(d, k, at);) {
    const span *s = span_of(d, k);
    const entity *who = s && s->target && s->target->kind == ENT_PERSON ? s->target : NULL;
    if (!who || who == not_holder) continue;
    for (size_t i = d->posts.len; i-- > 0;) {
      const post *p = VEC_AT(&d->posts, post, i);
      if (p->holder == who) return p;
    }
  }
  return last_post(d, NULL, NULL, not_holder);
}

/* The post named last before token `at`. */
static const post *post_before(const document *d, size_t at) {
  const post *best = NULL;
  for (size_t i = 0; i < d->posts.len; i++) {
    const post *p = VEC_AT(&d->posts, post, i);
    if (p->token < at && (!best || p->token > best->token)) best = p;
  }
  return best;
}

/* The post of `holder` with `role` whose state the text gave, named
 * last. */
static const post *holder_post(const document *d, const entity *holder,
                               const kb_entity *role) {
  for (size_t i = d->posts.len; i-- > 0;) {
    const post *p = VEC_AT(&d->posts, post, i);
    if (p->holder == holder && p->role == role && !p->guessed) return p;
  }
  return NULL;
}

/* The post with `role` (and `of`) named last before token `at`, else the
 * first named after it. */
static const post *nearest_post(const document *d, const kb_entity *role,
                                const entity *of, size_t at) {
  const post *before = NULL, *after = NULL;
  for (size_t i = 0; i < d->posts.len; i++) {
    const post *p = VEC_AT(&d->posts, post, i);
    if (p->role != role || (of && p->of != of)) continue;
    if (p->token < at && (!before || p->token > before->token)) before = p;
    if (p->token > at && (!after || p->token < after->token)) after = p;
  }
  return before ? before : after;
}

/* Offices a state has one holder of at a time. Written here, not in the
 * lexicon, because it is what these three dip:Roles mean; every other role
 * (ministers, ambassadors, officials) has many holders. */
static int single_holder(const kb_entity *role) {
  return role && (!strcmp(role->iri, DIP_NS "PrimeMinister") ||
                  !strcmp(role->iri, DIP_NS "HeadOfState") ||
                  !strcmp(role->iri, DIP_NS "ForeignMinister"));
}

/* The state named in the sentence of token `at`, other than `not`,
 * nearest to it. */
static entity *other_state_in_sentence(document *d, size_t at, const entity *not) {
  const sentence *sen = doc_sentence(d, doc_token(d, at)->sentence);
  entity *best = NULL;
  size_t best_distance = (size_t)-1;
  for (size_t i = sen->first; i < sen->first + sen->count; i++) {
    span *s = span_starting(d, i);
    entity *e = s ? s->target : NULL; /* named, so it has its mention */
    if (!e || e == not || (e->kind != ENT_STATE && e->kind != ENT_TERRITORY))
      continue;
    size_t distance = i < at ? at - i : i - at;
    if (distance < best_distance) best = e, best_distance = distance;
  }
  return best;
}

/* The lexicon entry of this type that a span's words have besides the
 * reading the span was made from, or NULL. */
static const lex_entry *span_entry(const document *d, const span *s, lex_type type) {
  enum { MAX_WORDS = 8 };
  size_t n = s->last - s->first + 1;
  if (n > MAX_WORDS) return NULL;
  size_t idx[MAX_WORDS];
  for (size_t k = 0; k < n; k++) idx[k] = s->first + k;
  const lex_entry *e = n == 1 ? token_lex(d, s->first) : doc_phrase_lex(d, idx, n);
  for (; e && e->type != type; e = e->next) {}
  return e;
}

/* The one state or territory whose title the span is ("Lagmand X": the
 * Faroe Islands' prime minister), or NULL. */
static entity *own_title_state(document *d, const span *s) {
  const lex_entry *e = span_entry(d, s, LX_OWN_TITLE);
  if (!e || !e->target) return NULL;
  /* not after a word of no known meaning naming another of that title
   * ("Coptic Pope Tawadros II") */
  size_t before = s->first - 1;
  const span *word = s->first > 0 ? span_of(d, before) : NULL;
  if (s->first > 0 && same_sentence(d, before, s->first) &&
      doc_token(d, before)->kind == TOK_WORD && doc_token(d, before)->flags & TF_CAP &&
      (!word || (word->kind == SPAN_NAME_RUN && !word->target)) && !token_lex(d, before))
    return NULL;
  return entity_from_kb(d, e->target);
}

/* Can the state a title with no state was given by default hold that
 * office? "præsident" is no Danish office and "king" no French one
 * (lex:monarchTitle, lex:republicTitle, lex:monarchy). */
static int title_fits(const document *d, const span *s, const entity *state) {
  if (state->kind != ENT_STATE || !state->known) return 1;
  if (span_entry(d, s, LX_MONARCH_TITLE)) return state->known->monarchy;
  if (span_entry(d, s, LX_REPUBLIC_TITLE)) return !state->known->monarchy;
  return 1;
}

/* How many sentences before an organisation's office its organisation
 * may be named. */
enum { ORGANISATION_REACH = 2 };

/* The international organisation an organisation's office with no body
 * named beside its title belongs to: the one named last before token `at`
 * in its sentence or the ORGANISATION_REACH before, else (unless
 * only_before) the first named after it in its sentence; or NULL. */
static entity *organisation_around(const document *d, size_t at, int only_before) {
  size_t si = doc_token(d, at)->sentence;
  size_t from = doc_sentence(d, si > ORGANISATION_REACH ? si - ORGANISATION_REACH : 0)->first;
  for (size_t k = at; k-- > from;) {
    const span *sp = span_of(d, k);
    if (sp && sp->target && sp->target->kind == ENT_INTL_ORG) return sp->target;
  }
  for (size_t k = at; !only_before && k < d->tokens.len && same_sentence(d, k, at); k++) {
    const span *sp = span_of(d, k);
    if (sp && sp->target && sp->target->kind == ENT_INTL_ORG) return sp->target;
  }
  return NULL;
}

/* "EU-kommissær", "FN-generalsekretær": the organisation a title's word
 * opens, before a hyphen; or NULL. */
static entity *organisation_in_word(document *d, const span *s) {
  char prefix[16];
  if (!key_after_hyphen(doc_token(d, s->first)->key, prefix, sizeof prefix)) return NULL;
  for (const lex_entry *e = kb_lookup(d->kb, prefix); e; e = e->next)
    if (e->type == LX_NAME && e->target && e->target->kind == KB_INTL_ORG)
      return entity_from_kb(d, e->target);
  return NULL;
}

/* "the parliament's president", "parlamentets formand", "the bloc's
 * foreign policy chief": a common noun in the genitive, whose office the
 * title names; not a government's, a ministry's or a state's
 * ("regeringens talsmand", "ministeriets talsmand", "landets"), which are
 * the state's. The English genitive is the "'s" token; the Danish one the
 * word's own -s, read only in Danish text and never on a verb ("I dag
 * mødes forsvarsminister X"). */
static int body_in_genitive(document *d, size_t i) {
  const token *t = doc_token(d, i);
  size_t n = strlen(t->key);
  if (t->flags & TF_POSSESSIVE) {
    if (i == 0 || !same_sentence(d, i - 1, i)) return 0;
    t = doc_token(d, --i);
    n = strlen(t->key);
  } else if (!strcmp(d->lang, "da") && n >= 5 && t->key[n - 1] == 's' &&
             !recognise_may_be_verb(d, i)) {
    n--;
  } else {
    return 0;
  }
  /* the recogniser takes a sentence's capitalised first word for a name:
   * "Parlamentets formand" */
  const span *run = span_of(d, i);
  int opens = doc_sentence(d, t->sentence)->first == i &&
              (!run || (run->kind == SPAN_NAME_RUN && run->first == run->last && !run->target));
  char noun[64];
  if (t->kind != TOK_WORD || (t->flags & TF_CAP && !opens) || (run && !opens) ||
      n >= sizeof noun || kb_is_stopword(d->kb, t->key, d->lang) ||
      doc_cue_word(d, i, LX_STATE_NOUN))
    return 0;
  memcpy(noun, t->key, n); /* without the Danish -s, to look it up */
  noun[n] = '\0';
  return !kb_has(d->kb, noun, LX_GOVERNMENT) && !kb_has(d->kb, noun, LX_MINISTRY_WORD);
}

/* Does span s hold a day or a month ("On Tuesday", "In March")? */
static int names_a_time(const document *d, const span *s) {
  for (size_t k = s->first; k <= s->last; k++)
    if (doc_cue_word(d, k, LX_WEEKDAY) || doc_cue_word(d, k, LX_MONTH) ||
        doc_cue_word(d, k, LX_RELDAY))
      return 1;
  return 0;
}

/* "National Assembly President Jorge Rodriguez", "Senate Majority Leader":
 * a title right after a name the lexicon does not know, or after a common
 * noun in the genitive, is an office of that body, whose state the text
 * does not say. */
/* The place after a holder, "Senator Joe Manchin of West Virginia",
 * "udenrigsminister X fra Chile": a state it names is the office's (*state
 * set); a place the lexicon does not know as a state is one the holder
 * serves instead of the state the office would be guessed in (returns 1,
 * *state NULL). */
static int place_after_holder(document *d, size_t holder_first, entity **state) {
  *state = NULL;
  const span *h = span_starting(d, holder_first);
  size_t k = h ? h->last + 1 : d->tokens.len;
  if (k + 1 >= d->tokens.len || !same_sentence(d, k + 1, holder_first) ||
      !(tok_is(d, k, "of") || tok_is(d, k, "from") || tok_is(d, k, "fra")))
    return 0;
  const token *t = doc_token(d, k + 1);
  if (t->kind != TOK_WORD || !(t->flags & TF_CAP)) return 0;
  const span *place = span_starting(d, k + 1);
  const kb_entity *kb = span_kb(place);
  if (kb && is_state_kb(kb) && lex_is(place, LX_NAME)) {
    *state = entity_from_kb(d, kb);
    return 1;
  }
  /* (not a day or a month: "from Monday") */
  return (!place || place->kind == SPAN_NAME_RUN) && !doc_cue_word(d, k + 1, LX_WEEKDAY) &&
         !doc_cue_word(d, k + 1, LX_MONTH) && !doc_cue_word(d, k + 1, LX_RELDAY) &&
         !(place && place->target && place->target->kind != ENT_PERSON);
}

static int office_of_unknown_body(document *d, const span *s) {
  if (s->first == 0 || !same_sentence(d, s->first - 1, s->first)) return 0;
  if (body_in_genitive(d, s->first - 1)) return 1;
  const span *before = span_of(d, s->first - 1);
  if (!before || before->kind != SPAN_NAME_RUN || before->last != s->first - 1 ||
      (before->target && before->target->kind != ENT_ORG) || names_a_time(d, before))
    return 0;
  /* one capitalised word opening the sentence may be any word:
   * "Fungerende forsvarsminister X" */
  const sentence *sen = doc_sentence(d, doc_token(d, s->first)->sentence);
  return before->first != sen->first || before->last > before->first;
}

/* Is the title span s a consort's, right after a holder of the same
 * office and "and": "King Charles III and Queen Camilla", "kong Frederik
 * og dronning Mary"? */
static int consort_title(document *d, const span *s) {
  if (s->first < 3) return 0;
  const lex_entry *e = token_lex(d, s->first - 1);
  for (; e && e->type != LX_AND; e = e->next) {}
  if (!e) return 0;
  e = span_entry(d, s, LX_CONSORT_TITLE);
  if (!e || e->target != s->role) return 0;
  const span *before = span_ending(d, s->first - 2);
  entity *partner = before ? person_at(d, before->first) : NULL;
  if (!partner) return 0;
  for (size_t i = 0; i < d->posts.len; i++) {
    const post *p = VEC_AT(&d->posts, post, i);
    if (p->holder == partner && p->role == s->role &&
        same_sentence(d, p->token, s->first))
      return 1;
  }
  return 0;
}

/* "Mr Teo's predecessor, Kausea Natano", "hans forgænger, X": the holder
 * named after it held the office of the person named before it, before. */
static void predecessor_post(document *d, const span *s) {
  size_t j = s->last + 1;
  if (tok_is(d, j, ",")) j++;
  entity *holder = person_at(d, j);
  if (!holder || s->first == 0) return;
  /* whose predecessor: the person in the genitive right before ("Mr
   * Teo's predecessor"), or for "his", "sin" the person named last before
   * in the sentence; only an office told in this document */
  const entity *owner = NULL;
  size_t before = s->first - 1;
  int apostrophe = doc_token(d, before)->flags & TF_POSSESSIVE && before > 0;
  span *g = span_ending(d, apostrophe ? before - 1 : before);
  if (g && (g->genitive || apostrophe) && g->target && g->target->kind == ENT_PERSON) {
    owner = g->target;
  } else if (lex_is(g, LX_PRONOUN) || doc_cue_word(d, s->first - 1, LX_POSSESSIVE)) {
    for (size_t k = s->first - 1; k-- > 0 && same_sentence(d, k, s->first) && !owner;) {
      span *p = span_of(d, k);
      if (p && p->target && p->target->kind == ENT_PERSON && p->target != holder)
        owner = p->target;
    }
  }
  const post *other = NULL;
  for (size_t i = d->posts.len; owner && i-- > 0 && !other;) {
    const post *p = VEC_AT(&d->posts, post, i);
    if (p->holder == owner && !p->former) other = p;
  }
  if (other) post_for(d, holder, other->role, other->of, 1, other->guessed, s->first);
}

/* "Dmitry Peskov, spokesman for President Vladimir Putin", "talsmand for
 * præsident X": the person a title serves,
 * past up to three titles or forms of address; NULL for none. */
static entity *served_person(const document *d, const span *s) {
  size_t k = s->last + 1;
  if (k >= d->tokens.len || !same_sentence(d, k, s->first) ||
      !(tok_is(d, k, "for") || tok_is(d, k, "of")))
    return NULL; /* (not "to": an ambassador to a president is accredited to them) */
  k++;
  if (doc_cue_word(d, k, LX_ARTICLE)) k++;
  /* (the titles' state before them: "Chile's", "Chiles", "the Chilean") */
  for (int steps = 0; steps < 4 && k < d->tokens.len; steps++) {
    const span *t = span_starting(d, k);
    int state_before = t && !person_at(d, k) &&
                       (t->genitive || lex_is(t, LX_ADJECTIVE) ||
                        (t->last + 1 < d->tokens.len &&
                         doc_token(d, t->last + 1)->flags & TF_POSSESSIVE));
    if (!lex_is(t, LX_TITLE) && !lex_is(t, LX_PERSON_CUE) && !state_before) break;
    k = t->last + 1;
    if (k < d->tokens.len && doc_token(d, k)->flags & TF_POSSESSIVE) k++;
  }
  return k < d->tokens.len && same_sentence(d, k, s->first) ? person_at(d, k) : NULL;
}

/* The office of a person's aide is an office of what the person serves:
 * the state or organisation of the served person's post, else of the
 * state the gazetteer says they serve; with neither, no office (rather
 * than one guessed at home). Run once the named posts are known. */
static void aide_posts(document *d) {
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (!lex_is(s, LX_TITLE) || !s->role) continue;
    entity *served = served_person(d, s);
    entity *holder = served ? person_before(d, s->first) : NULL;
    if (!holder || holder == served) continue;
    entity *of = NULL;
    for (size_t k = 0; k < d->posts.len && !of; k++) {
      const post *p = VEC_AT(&d->posts, post, k);
      if (p->holder == served && !p->former && !p->guessed) of = p->of;
    }
    if (!of && served->known && served->known->kind == KB_PERSON && served->known->part_of)
      of = entity_from_kb(d, served->known->part_of);
    if (of) post_for(d, holder, s->role, of, former_before(d, s->first), 0, s->first);
  }
}

/* dip:ForeignMinister when the title is a bare minister's
 * (lex:bareMinisterTitle: one word, not "Minister of Defence"), else NULL */
static const kb_entity *generic_minister(document *d, const span *s, const kb_entity *role) {
  if (s->first != s->last || strcmp(role->iri, DIP_NS "Minister") ||
      !lex_is(s, LX_TITLE) || !kb_has(d->kb, doc_token(d, s->first)->key, LX_BARE_TITLE))
    return NULL;
  return kb_entity_by_iri(d->kb, DIP_NS "ForeignMinister");
}

void posts_resolve(document *d, int anaphors) {
  for (size_t i = 0; i < d->tokens.len; i++) {
    span *s = span_starting(d, i);
    if (lex_is(s, LX_PREDECESSOR) && !anaphors) predecessor_post(d, s);
    if (!lex_is(s, LX_TITLE) && !lex_is(s, LX_COUNTERPART)) continue;
    if (lex_is(s, LX_TITLE) && consort_title(d, s)) continue;
    /* (an aide's office: aide_posts) */
    if (lex_is(s, LX_TITLE) && served_person(d, s) && person_before(d, s->first)) continue;
    size_t after;
    entity *of = state_near(d, s->first, s->last, &after);
    if (!of && lex_is(s, LX_TITLE)) of = own_title_state(d, s);
    size_t j = after + 1;
    /* "ambassador to Denmark, NAME", "ambassadør i USA, NAME": the host,
     * then the holder */
    if ((doc_cue_word(d, j, LX_TO) || doc_cue_word(d, j, LX_IN)) && j + 1 < d->tokens.len) {
      size_t k = j + 1;
      if (doc_cue_word(d, k, LX_ARTICLE)) k++;
      span *host = k < d->tokens.len ? span_starting(d, k) : NULL;
      if (host && lex_is(host, LX_NAME) && is_state_kb(span_kb(host)))
        j = host->last + 1;
    }
    /* "spokesman for the Russian Foreign Ministry, NAME", "talskvinde for
     * Ruslands udenrigsministerium, NAME": the ministry's state, then the
     * holder */
    /* ("for" and "of" are written here as "of" is in state_near: the same
     * words in both languages) */
    if (!of && (tok_is(d, j, "for") || tok_is(d, j, "of")) && j + 1 < d->tokens.len) {
      size_t k = j + 1;
      if (doc_cue_word(d, k, LX_ARTICLE)) k++;
      for (int steps = 0; k < d->tokens.len && steps < 3; steps++) {
        span *m = span_starting(d, k);
        if (m && m->target && m->target->kind == ENT_MINISTRY && m->target->of) {
          of = m->target->of;
          j = m->last + 1;
          break;
        }
        /* "formanden for AU-Kommissionen, NAME", "chairman of the
         * African Union Commission, NAME": the organisation's */
        if (steps == 0 && m && m->target && !m->genitive &&
            (m->target->kind == ENT_INTL_ORG || m->target->kind == ENT_ORG)) {
          of = m->target;
          j = m->last + 1;
          break;
        }
        /* the ministry's state before it: "the Russian", "Ruslands" */
        if (!m || !(lex_is(m, LX_ADJECTIVE) || (m->genitive && m->target))) break;
        k = m->last + 1;
      }
    }
    int comma = tok_is(d, j, ",");
    if (comma) j++;
    /* a rank or form of address before the name: "spokesman, Maj. Gen.
     * NAME", "talsmand, generalmajor NAME" */
    /* ("His Excellency Mr. NAME": one after the other) */
    for (int cues = 0; cues < 3 && j < d->tokens.len; cues++) {
      span *cue = span_starting(d, j);
      if (!lex_is(cue, LX_PERSON_CUE)) break;
      j = cue->last + 1;
    }
    entity *holder = person_at(d, j), *by_copula = NULL;
    int later = 0;
    /* after a comma, the name is the holder when set off, not the subject
     * of a speech verb ("expelled the Canadian envoy, Wang Yi told
     * reporters") */
    if (holder && comma) {
      span *h = span_starting(d, j);
      size_t next = h->last + 1;
      if (next < d->tokens.len && same_sentence(d, next, j) &&
          lex_is(span_of(d, next), LX_SPEECH))
        holder = NULL;
    }
    if (!holder) holder = person_before(d, s->first);
    /* (not a title in the genitive: "is the foreign minister's adviser") */
    if (!holder && !s->genitive && !(j < d->tokens.len && doc_token(d, j)->flags & TF_POSSESSIVE))
      holder = by_copula = person_by_copula(d, s, &later);
    const kb_entity *role = s->role;
    int guessed = 0; /* the state is the home one by default */
    if (lex_is(s, LX_COUNTERPART)) {
      /* "his Russian counterpart, Sergey Lavrov": the office of the person
       * he is the counterpart of; "sin norske kollega" alone: the holder
       * of that office in that state, named elsewhere in the text */
      const post *other = holder ? subject_post(d, s->first, holder) : post_before(d, s->first);
      if (!other || !of || other->of == of) continue;
      if (!holder) {
        if (!anaphors) continue;
        const post *p = nearest_post(d, other->role, of, s->first);
        if (p) {
          s->target = p->holder;
          entity_add_mention(p->holder, s->first, s->last);
        }
        continue;
      }
      role = other->role;
    }
    if (!holder != !!anaphors) continue;
    if (!holder) {
      /* "the foreign minister" alone: the holder named anywhere in the
       * document, at home unless the title says otherwise */
      if (!of) of = state_noun_before(d, s->first);
      const post *p = nearest_post(d, role, of ? of : d->home, s->first);
      if (!p && !of) p = nearest_post(d, role, NULL, s->first);
      /* "the minister" after "Minister Kamikawa", whose office is the
       * foreign minister's (see generic_minister) */
      const kb_entity *foreign = role ? generic_minister(d, s, role) : NULL;
      if (!p && foreign) p = nearest_post(d, foreign, of ? of : d->home, s->first);
      if (!p && foreign && !of) p = nearest_post(d, foreign, NULL, s->first);
      if (p) {
        s->target = p->holder;
        entity_add_mention(p->holder, s->first, s->last);
      }
      continue;
    }
    if (!of && role) {
      /* "President Stubb" after "Finland's President Alexander Stubb": the
       * office already named for this holder */
      const post *known = holder_post(d, holder, role);
      if (known) of = known->of;
    }
    /* an office the gazetteer says this person held in the sentence's
     * year: "Secretary-General Jens Stoltenberg" is NATO's, though he
     * served Norway too */
    int known = holder->known && holder->known->kind == KB_PERSON;
    /* "Minister Kamikawa", "ministeren" for a person the gazetteer makes
     * foreign minister that year: the office is that one, the bare title
     * only its holder's form of address */
    if (!of && known && role && !former_before(d, s->first)) {
      const kb_entity *foreign = generic_minister(d, s, role);
      int year = sentence_year(d, doc_token(d, s->first)->sentence);
      /* (not one who held another ministry that year too: the day is
       * not known here) */
      if (foreign && kb_office_place(d->kb, holder->known, foreign, year) &&
          !kb_office_place(d->kb, holder->known, role, year))
        role = foreign;
    }
    /* (a former holder's at any time: "Former Secretary-General X") */
    const kb_entity *held =
        !of && known
            ? kb_office_place(d->kb, holder->known, role,
                              former_before(d, s->first)
                                  ? 0
                                  : sentence_year(d, doc_token(d, s->first)->sentence))
            : NULL;
    if (held) of = entity_from_kb(d, held);
    /* an organisation's office: the one its word names ("EU-kommissær"),
     * else the one the text names nearby, else none ("alliance
     * Secretary-General X", "EU's udenrigsrepræsentant"); not an office of
     * a body named beside it ("Red Barnets generalsekretær") nor one of a
     * known person's but after the organisation's name (the gazetteer
     * tells its state: "Generalsekretær Xi Jinping mødte Putin, efter at
     * FN ...") */
    if (!of && span_entry(d, s, LX_ORG_TITLE)) {
      if (office_of_unknown_body(d, s)) continue;
      of = organisation_in_word(d, s);
      if (!of) of = organisation_around(d, s->first, known);
      if (!of && !known) continue;
    }
    if (!of) {
      /* an ambassador's state cannot be guessed; other offices are those
       * of the state a known person serves ("Foreign Secretary David
       * Cameron" in an American story), else at home */
      if (role && !strcmp(role->iri, DIP_NS "Ambassador")) continue;
      const kb_entity *serves = holder->known && holder->known->kind == KB_PERSON
                                    ? holder->known->part_of
                                    : NULL;
      entity *named = serves ? NULL : state_noun_before(d, s->first), *place = NULL;
      int after_holder = !serves && !named && person_at(d, j) == holder &&
                         place_after_holder(d, j, &place);
      if (after_holder && !place) continue;
      if (!named) named = place;
      of = serves ? entity_from_kb(d, serves) : named ? named : d->home;
      guessed = !serves && !named;
      /* "den tidligere præsident Bashar al-Assad" in a Danish release:
       * whose president the text does not say, so no office */
      if (guessed && of && !title_fits(d, s, of)) continue;
      if (guessed && office_of_unknown_body(d, s)) continue;
    }
    if (!of || !role) continue;
    /* (an office the holder took later is not theirs in the story's
     * events; one told by a copula alone needs its state named) */
    if (by_copula && guessed) continue;
    post_for(d, holder, role, of, former_before(d, s->first) || later, guessed, s->first);
  }
}

/* A state has one prime minister at a time: an office given the home
 * state by default while another person holds it there (named with the
 * state, or earlier) is the office of the other state of its sentence
 * ("Frederiksen visited Iceland, where she met Prime Minister Katrín
 * Jakobsdóttir"). */
void posts_settle(document *d) {
  aide_posts(d);
  for (size_t i = 0; i < d->posts.len; i++) {
    post *p = VEC_AT(&d->posts, post, i);
    p->superseded = 0;
    if (!p->guessed || p->former || !single_holder(p->role)) continue;
    int taken = 0;
    for (size_t k = 0; k < d->posts.len && !taken; k++) {
      const post *q = VEC_AT(&d->posts, post, k);
      taken = q != p && q->role == p->role && q->of == p->of &&
              q->holder != p->holder && !q->former &&
              (!q->guessed || q->token < p->token);
    }
    /* or the gazetteer names another holder there that year ("mødes med
     * premierminister Jorge Ruiz" in a Danish release of 2024 is no
     * Danish office): then the guess is dropped, not moved, as the other
     * state of the sentence may be the one visited; a gazetteer person
     * who held the office there at some time keeps it */
    const kb_entity *who = p->holder->known;
    int known_taken =
        !taken && p->of && p->of->known &&
        !(who && who->kind == KB_PERSON && kb_office_place(d->kb, who, p->role, 0) == p->of->known) &&
        kb_office_held_by_another(d->kb, p->of->known, p->role,
                                  sentence_year(d, doc_token(d, p->token)->sentence), who);
    entity *other = taken ? other_state_in_sentence(d, p->token, p->of) : NULL;
    if (other) p->of = other;
    else if (taken || known_taken) p->superseded = 1;
  }
  /* "President Stubb ... Finland's President Alexander Stubb": a guess
   * made before the text named the state gives way to it */
  for (size_t i = 0; i < d->posts.len; i++) {
    post *p = VEC_AT(&d->posts, post, i);
    const post *stated = p->guessed ? holder_post(d, p->holder, p->role) : NULL;
    if (stated && stated->of != p->of) p->superseded = 1;
  }
  size_t out = 0;
  for (size_t i = 0; i < d->posts.len; i++) {
    const post *p = VEC_AT(&d->posts, post, i);
    if (!p->superseded) *VEC_AT(&d->posts, post, out++) = *p;
  }
  d->posts.len = out;
}

