#include "roles.h"

#include <string.h>

#include "recognise.h"

/* The entity a span stands for in an event: people, states, organisations;
 * "the government" is its state, "he" the last person named. */
static entity *span_entity(const span *s) {
  return s ? s->target : NULL;
}

/* Whom "he" or "hun" stands for: the nearest person before it in its own
 * sentence; else the first person of the nearest sentence before that
 * names one, since a sentence's first person is mostly its subject and a
 * pronoun opening the next sentence mostly carries the subject on (the
 * left-to-right search of Hobbs's algorithm): "Frederiksen talked to
 * Zelenskyy. She will visit Kyiv." Not further back than a pronoun
 * reaches. */
enum { PRONOUN_REACH = 400 };

static entity *last_person_before(const document *d, size_t tok) {
  size_t own = doc_token(d, tok)->sentence, found = (size_t)-1;
  for (size_t i = tok; i-- > 0 && tok - i <= PRONOUN_REACH;) {
    span *s = span_of(d, i);
    if (!s || !s->target || s->target->kind != ENT_PERSON) continue;
    size_t where = doc_token(d, i)->sentence;
    if (where == own) return s->target;
    if (found != (size_t)-1 && where != doc_token(d, found)->sentence) break;
    found = i; /* walking back: the last one kept is the sentence's first */
  }
  return found == (size_t)-1 ? NULL : span_of(d, found)->target;
}

entity *entity_at(document *d, size_t i, size_t *last) {
  span *s = span_of(d, i);
  *last = s ? s->last : i;
  if (s && s->first == i && s->kind == SPAN_LEXICON && s->type == LX_PRONOUN)
    return last_person_before(d, i); /* "he", "han" */
  if (s && s->first == i) return span_entity(s);
  return NULL;
}

/* What a participant brings along: a person's office state (or union,
 * for an EU ambassador), a ministry's state, an embassy's sending state. */
void add_with_state(document *d, vec *v, entity *e) {
  push_entity(v, e);
  if (e->kind == ENT_MINISTRY || e->kind == ENT_EMBASSY) push_entity(v, e->of);
  if (e->kind == ENT_PERSON)
    for (size_t i = 0; i < d->posts.len; i++) {
      post *p = VEC_AT(&d->posts, post, i);
      if (p->holder == e && !p->former &&
          (p->of->kind == ENT_STATE || p->of->kind == ENT_TERRITORY ||
           p->of->kind == ENT_INTL_ORG))
        push_entity(v, p->of);
    }
}

/* ---- the clause and its subject ------------------------------------------ */

/* Where a short clause ending the sentence that names who reports it
 * begins (", the Polish foreign ministry said.", ", oplyser
 * Udenrigsministeriet."), or `end`: the reporter takes no part in what is
 * reported. */
enum { REPORTING_WORDS = 8 };

static size_t reporting_clause(const document *d, size_t from, size_t end) {
  size_t last = end;
  while (last > from && doc_token(d, last - 1)->kind == TOK_PUNCT &&
         !separator(d, last - 1))
    last--; /* the full stop */
  size_t start = last;
  while (start > from && !separator(d, start - 1)) start--;
  if (start == from || last - start > REPORTING_WORDS) return end;
  for (size_t i = start; i < last; i++)
    if (lex_is(span_of(d, i), LX_SPEECH)) return start - 1;
  return end;
}

/* A comma between a title and its holder ("spoke with India's foreign
 * minister, S. Jaishankar, on Monday", "med Indiens udenrigsminister,
 * dr. S. Jaishankar, som ...") does not end the clause: the holder takes
 * part in what the title does. */
static int apposition_comma(document *d, size_t i, size_t end) {
  if (strcmp(doc_token(d, i)->key, ",") != 0 || i == 0 || i + 1 >= end) return 0;
  span *title = span_ending(d, i - 1);
  /* the title's body after it: "formanden for AU-Kommissionen, NAME" */
  if (title && title->target && !title->genitive &&
      (title->target->kind == ENT_INTL_ORG || title->target->kind == ENT_ORG ||
       title->target->kind == ENT_STATE) &&
      title->first >= 2) {
    size_t k = title->first - 1;
    if (doc_cue_word(d, k, LX_ARTICLE) && k > 0) k--;
    title = k > 0 && (tok_is(d, k, "for") || tok_is(d, k, "of")) ? span_ending(d, k - 1) : NULL;
  }
  if (!title || !(lex_is(title, LX_TITLE) || lex_is(title, LX_COUNTERPART))) return 0;
  size_t j = i + 1;
  span *cue = span_of(d, j);
  if (cue && cue->first == j && lex_is(cue, LX_PERSON_CUE)) j = cue->last + 1;
  span *holder = j < end ? span_of(d, j) : NULL;
  if (!holder || holder->first != j || !holder->target ||
      holder->target->kind != ENT_PERSON || holder->genitive)
    return 0;
  /* set off: a comma or the clause's end after the name, not a verb
   * ("expelled the Canadian envoy, Wang Yi told reporters") */
  size_t after = holder->last + 1;
  return after >= end || (doc_token(d, after)->kind == TOK_PUNCT &&
                          !(doc_token(d, after)->flags & TF_POSSESSIVE));
}

/* A comma inside a list of names ("USA, Danmark og Grønland") does not end
 * the clause. */
static int list_comma(document *d, size_t i, size_t end) {
  if (strcmp(doc_token(d, i)->key, ",") != 0) return 0;
  size_t before;
  span *prev = i > 0 ? span_of(d, i - 1) : NULL;
  entity *a = prev ? prev->target : NULL;
  size_t j = i + 1;
  /* ", and" closes a list of three or more ("Denmark, Norway, and
   * Sweden"); after a single name it starts a clause ("solidarity with
   * Prague, and NATO allies condemned …") */
  int closing = 0;
  if (j < end && lex_at(d, j, LX_AND)) {
    if (!prev || prev->first == 0 || strcmp(doc_token(d, prev->first - 1)->key, ","))
      return 0;
    j++;
    closing = 1;
    /* "France's president, Emmanuel Macron, and Germany's chancellor,
     * Olaf Scholz": after a holder set off by commas, the list goes on
     * when another holder so set off follows */
    if (a && a->kind == ENT_PERSON && prev->first >= 2) {
      size_t comma = prev->first - 1;
      span *cue = span_ending(d, comma);
      if (lex_is(cue, LX_PERSON_CUE) && cue->first > 0) comma = cue->first - 1;
      if (apposition_comma(d, comma, end))
        for (size_t k = j; k < end && k <= j + 8; k++)
          if (separator(d, k)) {
            if (apposition_comma(d, k, end)) return 1;
            break;
          }
    }
  }
  if (j < end && !strcmp(doc_token(d, j)->key, "the")) j++;
  entity *b = j < end ? entity_at(d, j, &before) : NULL;
  /* people as well as states ("Støre, Kristersson and Orpo met"); a
   * person's apposition is no name of the same kind ("Kofod, Denmark's
   * foreign minister") */
  if (!a || !b || (a->kind == ENT_PERSON) != (b->kind == ENT_PERSON)) return 0;
  /* "According to Peskov, Putin and Xi met": the source is no member */
  if (prev->first > 0 && lex_is(span_of(d, prev->first - 1), LX_SPEECH)) return 0;
  /* the list goes on after the second name ("Denmark, Norway and
   * Sweden", "Danmark, Norge, Sverige"); else the comma ends a clause
   * and a new one begins with its subject ("after the invasion of
   * Ukraine, Finland applied") */
  size_t k = before + 1;
  /* the rest of a name only partly known: "Panama Canal Zone" */
  while (k < end && doc_token(d, k)->kind == TOK_WORD && doc_token(d, k)->flags & TF_CAP)
    k++;
  return closing ||
         (k < end && (!strcmp(doc_token(d, k)->key, ",") || lex_at(d, k, LX_AND)));
}

/* The comma closing such an apposition: "Ecuador erklærede Mexicos
 * ambassadør, Raquel Serur Smeke, for persona non grata". */
static int closes_apposition(document *d, size_t i, size_t end, const trigger *t) {
  size_t trigger_at = t->first;
  if (strcmp(doc_token(d, i)->key, ",") != 0 || i == 0 || trigger_at > i + 5) return 0;
  /* a Danish verb with its subject after it opens a clause of its own:
   * "Efter samtaler med X, Y, fordømte Peru angrebet" */
  span *after = t->last + 1 < end ? span_of(d, t->last + 1) : NULL;
  if (!strcmp(d->lang, "da") && after && after->first == t->last + 1 && after->target)
    return 0;
  /* only inside the trigger's own clause: the trigger a few words after
   * the comma, nothing named and no relative word between ("After talks with Russia's
   * foreign minister, Sergey Lavrov, India condemned ...", "..., Wang Yi,
   * who criticised Japan") */
  for (size_t k = i + 1; k < trigger_at; k++) {
    span *sp = span_of(d, k);
    if ((sp && sp->target) || doc_cue_word(d, k, LX_RELATIVE) ||
        lex_is(sp, LX_PRONOUN))
      return 0;
  }
  span *holder = span_ending(d, i - 1);
  if (!holder || !holder->target || holder->target->kind != ENT_PERSON) return 0;
  size_t k = holder->first;
  span *cue = k > 0 ? span_ending(d, k - 1) : NULL;
  if (lex_is(cue, LX_PERSON_CUE)) k = cue->first;
  return k > 0 && apposition_comma(d, k - 1, end);
}

/* Where the sentence's first verb we know of stands before `before`: an
 * event trigger or a speech verb. What comes before it is the sentence's
 * subject. */
static size_t first_verb(document *d, const stem_word **words, const sentence *s,
                         size_t before) {
  size_t end = s->first + s->count;
  for (size_t k = s->first; k < before; k++) {
    span *sp = span_of(d, k);
    if (sp && sp->first == k && sp->kind == SPAN_LEXICON && sp->type == LX_SPEECH)
      return k;
    trigger other;
    if (words[k] && trigger_at(d, words, k, end, &other) &&
        other.cls->kind == KB_EVENT_CLASS)
      return k;
  }
  return before;
}

/* "were expelled", "er erklæret uønsket": acted on. Not "was threatening",
 * which acts, nor a verb with its preposition ("er ankommet til Kyiv"),
 * which takes no object to be acted on and in Danish forms its perfect
 * with "er". */
static int passive_trigger(const document *d, const sentence *s, const trigger *t) {
  /* "the move was illegal" judges what comes before */
  if (t->first == s->first || (t->lex->value & TRIGGER_JUDGEMENT)) return 0;
  if (t->last > t->first && (lex_at(d, t->last, LX_TO) || lex_at(d, t->last, LX_IN)))
    return 0;
  size_t k = t->first - 1;
  for (int steps = 0; k > s->first && steps < 2 && lex_at(d, k, LX_FILLER) == 1; steps++)
    k--;
  const token *w = doc_token(d, t->first);
  int ing = w->end - w->start > 4 && !memcmp(d->text + w->end - 3, "ing", 3);
  return lex_at(d, k, LX_PASSIVE) == 1 && !ing;
}

/* how far after a trigger "from" names its source */
enum { FROM_WORDS = 2 };

void collect_arguments(document *d, const stem_word **words, const sentence *s,
                       event *ev, const trigger *t) {
  size_t end = s->first + s->count;
  /* the clause around the trigger, widened to the sentence subject when
   * the clause has none */
  size_t cs = t->first, ce = t->last + 1;
  while (cs > s->first && (!separator(d, cs - 1) || list_comma(d, cs - 1, end) ||
                           apposition_comma(d, cs - 1, end) ||
                           closes_apposition(d, cs - 1, end, t)))
    cs--;
  while (ce < end && (!separator(d, ce) || list_comma(d, ce, end) ||
                      apposition_comma(d, ce, end)))
    ce++;
  int has_before = 0;
  for (size_t i = cs; i < t->first; i++)
    if (span_of(d, i) && span_of(d, i)->target) has_before = 1;
  /* Danish puts the subject right after the verb when something else
   * opens the clause: "I 1940 besatte Storbritannien Island"; but a
   * relative word opening it is its subject ("Wang Yi, som kritiserede
   * Japan") */
  size_t inverted = (size_t)-1;
  if (!has_before && t->first > cs && t->first == t->last &&
      !strcmp(d->lang, "da") && ev->cls->direction == DIR_ACTOR_TARGET &&
      !(cs > s->first && lex_at(d, cs, LX_RELATIVE))) {
    span *subject = span_of(d, t->last + 1);
    if (subject && subject->first == t->last + 1 && subject->target &&
        !subject->genitive &&
        !(subject->kind == SPAN_LEXICON &&
          (subject->type == LX_ADJECTIVE || subject->type == LX_CAPITAL ||
           subject->type == LX_SEAT)))
      inverted = t->last + 1;
  }
  int passive = ev->cls->direction == DIR_ACTOR_TARGET && passive_trigger(d, s, t);
  /* a trigger told by those acted on ("gave Lenin 12 hours to leave
   * Denmark", "de skal forlade landet"): who leaves is the name right
   * before it; the rest act */
  size_t leaver = (size_t)-1;
  entity *apposed_leaver = NULL;
  if ((t->lex->value & TRIGGER_PASSIVE) && ev->cls->direction == DIR_ACTOR_TARGET) {
    for (size_t k = t->first; k-- > cs;) {
      span *sp = span_of(d, k);
      if (sp && sp->target && !(sp->kind == SPAN_LEXICON && sp->type == LX_CAPITAL)) {
        leaver = sp->first;
        break;
      }
    }
    /* ... or the person set off by commas just before the clause: "asked
     * the EU ambassador, Dirk Schuebel, to leave the country" */
    span *apposed = leaver == (size_t)-1 && cs >= s->first + 3 && separator(d, cs - 1)
                        ? span_of(d, cs - 2)
                        : NULL;
    if (apposed && apposed->last == cs - 2 && apposed->target &&
        apposed->target->kind == ENT_PERSON && apposed->first > s->first &&
        separator(d, apposed->first - 1))
      apposed_leaver = apposed->target;
  }
  /* the sentence's subject stands in for a clause without one, skipping
   * what lies between its first verb and the clause; but not for what a
   * speech verb reports ("X siger, at skibet sejlede ind i dansk farvand":
   * the ship, not X, sailed) */
  size_t skip_from = 0, skip_to = 0;
  size_t verb_at = cs >= s->first + 2 && separator(d, cs - 1) ? cs - 2 : cs - 1;
  int reported = cs > s->first && lex_is(span_of(d, verb_at), LX_SPEECH);
  if (!has_before && inverted == (size_t)-1 && !passive && !reported) {
    /* "..., which had occupied Estonia": the name before the comma */
    span *antecedent = cs >= s->first + 2 && lex_at(d, cs, LX_RELATIVE)
                           ? span_of(d, cs - 2)
                           : NULL;
    if (antecedent && antecedent->target) {
      cs = antecedent->first;
    } else {
      skip_from = first_verb(d, words, s, cs);
      skip_to = cs;
      cs = s->first;
    }
  }
  int has_after = 0;
  for (size_t i = t->last + 1; i < ce; i++)
    if (span_of(d, i) && span_of(d, i)->target) has_after = 1;
  if (!has_after) ce = reporting_clause(d, t->last + 1, end);
  /* "Russia's invasion of Ukraine", "Ruslands gentagne krænkelser af
   * luftrummet": a name in the genitive just before a noun trigger is its
   * one actor; the sentence's subject acts in another event */
  size_t owner = (size_t)-1;
  /* (a judgement is no noun: "called Russia's decision illegal") */
  if (ev->cls->direction != DIR_SYMMETRIC && !(t->lex->value & TRIGGER_JUDGEMENT))
    for (size_t k = t->first, words_between = 0; k-- > s->first && words_between <= 3;) {
      span *sp = span_of(d, k);
      if (sp && sp->target) {
        if (sp->genitive) owner = sp->first;
        break;
      }
      if (doc_token(d, k)->kind != TOK_WORD) break;
      words_between++;
    }
  int topic = 0, excluded = 0, source = 0, agent = 0;
  /* "drew sharp criticism from Peru": who follows "from" right after the
   * trigger acts, and who stands before it is acted on */
  int source_acts = 0;
  size_t early_actors = (size_t)-1; /* actors [0, early_actors) came before */
  for (size_t i = cs; i < ce; i++) {
    if (i >= skip_from && i < skip_to) continue;
    if (owner != (size_t)-1 && i < owner) continue;
    /* the trigger's own words, but for a name inside it ("entered Finnish
     * airspace") */
    span *own = i >= t->first && i <= t->last ? span_of(d, i) : NULL;
    int pronoun = own && own->kind == SPAN_LEXICON && own->type == LX_PRONOUN;
    if (i >= t->first && i <= t->last && !(own && (own->target || pronoun)))
      continue;
    /* ... and, when no subject stands before it, a person inside it is
     * its subject ("rejste præsident Stubb videre til Stockholm"), with the
     * state of the person's title ("rejste Norges statsminister ... til"),
     * as is what stands in its gap ("trak de amerikanske styrker sig ud";
     * but "Moscow ordered two Czech diplomats to leave") */
    span *next = own && own->last + 1 <= t->last ? span_of(d, own->last + 1) : NULL;
    int inside_subject =
        own && !has_before &&
        ((!own->genitive &&
          (pronoun || (own->target && own->target->kind == ENT_PERSON) ||
           (i > t->first && i <= t->first + t->gap))) ||
         (own->genitive && next && next->first == own->last + 1 &&
          next->kind == SPAN_LEXICON && next->type == LX_TITLE));
    if (separator(d, i)) excluded = agent = 0;
    if (passive && i > t->last && lex_at(d, i, LX_BY)) agent = 1;
    /* "criticism from X": X acts */
    if (i > t->last && lex_at(d, i, LX_FROM)) {
      source = 1;
      if (i <= t->last + FROM_WORDS && ev->cls->from_source) source_acts = 1;
    }
    if (i > t->last && early_actors == (size_t)-1) early_actors = ev->actors.len;
    size_t n;
    if ((n = lex_at(d, i, LX_EXCEPT))) {
      excluded = 1;
      i += n - 1;
      continue;
    }
    if (i > t->last && lex_at(d, i, LX_TOPIC_CUE)) topic = 1;
    /* "his first visit since Russia's invasion of Ukraine": who is
     * named in the background takes no part */
    if (i > t->last && background_cue_at(d, i, ce)) excluded = 1;
    size_t last;
    entity *e = entity_at(d, i, &last);
    if (e && !excluded) {
      span *sp = span_of(d, i);
      int capital_place = sp && sp->kind == SPAN_LEXICON && sp->type == LX_CAPITAL;
      /* "met in Berlin", "a summit in Singapore", "mødtes i Oslo": where a
       * meeting or an agreement is held takes no part in it. A call has no
       * one place: "spoke with his counterpart in Kyiv" names the other
       * side, so classes say whether they have a venue (lex:venue). */
      /* ("in the Netherlands": an article may stand between) */
      size_t in_at = i - 1;
      if (in_at > t->last + 1 && doc_cue_word(d, in_at, LX_ARTICLE)) in_at--;
      int venue = ev->cls->venue && !topic && i > t->last &&
                  lex_at(d, in_at, LX_IN) &&
                  (e->kind == ENT_STATE || e->kind == ENT_TERRITORY);
      if (venue) {
        push_entity(&ev->places, e);
      } else if (!capital_place) {
        if (topic) {
          push_entity(&ev->topics, e);
        } else if (ev->cls->direction == DIR_SYMMETRIC) {
          add_with_state(d, &ev->participants, e);
        } else if (i == leaver) {
          add_with_state(d, &ev->targets, e);
        } else if ((t->lex->value & TRIGGER_PASSIVE) ||
                   (passive ? agent
                            : i < t->first || i == inverted || inside_subject ||
                                  (source && (e->kind == ENT_PERSON || source_acts)))) {
          add_with_state(d, &ev->actors, e);
        } else if (ev->cls->direction == DIR_ACTOR_ONLY) {
          add_with_state(d, &ev->participants, e);
        } else if (!contains(&ev->actors, e)) {
          /* "gave Lenin 12 hours to leave Denmark": the actor's own
           * country is no target */
          add_with_state(d, &ev->targets, e);
        }
      }
    }
    if (last > i) i = last;
  }
  if (source_acts && early_actors != (size_t)-1 && early_actors < ev->actors.len) {
    for (size_t k = 0; k < early_actors; k++)
      push_entity(&ev->targets, *VEC_AT(&ev->actors, entity *, k));
    memmove(ev->actors.data, VEC_AT(&ev->actors, entity *, early_actors),
            (ev->actors.len - early_actors) * sizeof(entity *));
    ev->actors.len -= early_actors;
  }
  /* "Lithuania recalled its ambassador, NAME": the state of a person
   * acted on that acts itself is no target of its own act */
  if (ev->cls->direction == DIR_ACTOR_TARGET && leaver == (size_t)-1 && !apposed_leaver) {
    size_t out = 0;
    for (size_t k = 0; k < ev->targets.len; k++) {
      entity *x = *VEC_AT(&ev->targets, entity *, k);
      if (!contains(&ev->actors, x) || x->kind == ENT_PERSON)
        *VEC_AT(&ev->targets, entity *, out++) = x;
    }
    ev->targets.len = out;
  }
  if (apposed_leaver) add_with_state(d, &ev->targets, apposed_leaver);
  if (leaver != (size_t)-1 || apposed_leaver) {
    /* "den iranske ambassade ... skal forlade landet": the state of who
     * leaves does not act */
    size_t out = 0;
    for (size_t k = 0; k < ev->actors.len; k++) {
      entity *x = *VEC_AT(&ev->actors, entity *, k);
      if (!contains(&ev->targets, x)) *VEC_AT(&ev->actors, entity *, out++) = x;
    }
    ev->actors.len = out;
  }
}
