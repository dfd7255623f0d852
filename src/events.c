#include "events.h"
#include "event_dates.h"
#include "quotes.h"
#include "roles.h"
#include "strmap.h"
#include "triggers.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "recognise.h"
#include "resolve.h"
#include "stem.h"

static event *event_new(document *d, const kb_entity *cls, size_t where,
                        size_t first, size_t last) {
  event *e = arena_alloc(&d->mem, sizeof *e);
  if (!e) return NULL;
  e->cls = cls;
  e->sentence = where;
  e->last_sentence = where;
  e->trigger_first = first;
  e->trigger_last = last;
  vec_init(&e->actors, sizeof(entity *));
  vec_init(&e->targets, sizeof(entity *));
  vec_init(&e->participants, sizeof(entity *));
  vec_init(&e->topics, sizeof(entity *));
  vec_init(&e->places, sizeof(entity *));
  return e;
}

static void event_free(event *e) {
  vec_free(&e->actors);
  vec_free(&e->targets);
  vec_free(&e->participants);
  vec_free(&e->topics);
  vec_free(&e->places);
}

void events_free(document *d) {
  for (size_t i = 0; i < d->events.len; i++)
    event_free(*VEC_AT(&d->events, event *, i));
}

/* "Samtalen", "the meeting", "mødet": an event already told. */
/* A trigger phrase that holds a function word names its object as well
 * ("the closure of the consulate", "the lifting of sanctions"): it tells
 * something new, not an event told before. */
static int names_its_object(const document *d, const trigger *t) {
  for (size_t k = t->first + 1; k < t->last; k++)
    if (kb_is_stopword(d->kb, doc_token(d, k)->key, d->lang)) return 1;
  return 0;
}

static int article_before(const document *d, const trigger *t) {
  return t->first > 0 &&
         doc_token(d, t->first - 1)->sentence == doc_token(d, t->first)->sentence &&
         lex_at(d, t->first - 1, LX_DEFINITE);
}

/* Danish suffixed article: "samtale" + "n", "møde" + "t", "udvisning" +
 * "en", against every form listed for the trigger's stem */
static int danish_definite_suffix(const document *d, const trigger *t) {
  if (strcmp(d->lang, "da") || t->first != t->last) return 0;
  const char *word = doc_token(d, t->first)->key;
  arena scratch;
  arena_init(&scratch);
  int def = 0;
  for (const lex_entry *e = t->lex; e && !def; e = e->next) {
    if (e->target != t->cls || strchr(e->form, ' ')) continue;
    const char *form = fold_key(&scratch, e->form, strlen(e->form));
    if (!form) break;
    size_t n = strlen(form), m = strlen(word);
    if (n > 0 && m > n && !strncmp(word, form, n)) {
      const char *rest = word + n;
      /* after a short vowel the consonant doubles: "kritik" + "ken" */
      if (rest[0] == form[n - 1] && rest[1] && strchr("bdfgklmnprstv", rest[0]))
        rest++;
      def = !strcmp(rest, "n") || !strcmp(rest, "en") || !strcmp(rest, "t") ||
            !strcmp(rest, "et") || !strcmp(rest, "ne") || !strcmp(rest, "ene") ||
            !strcmp(rest, "erne") || !strcmp(rest, "rne");
    }
  }
  arena_release(&scratch);
  return def;
}

/* "har ... orienteret": a participle after an auxiliary, not a noun */
static int after_auxiliary(const document *d, const trigger *t) {
  for (size_t k = t->first, steps = 0; k-- > 0 && steps < 5; steps++)
    if (doc_token(d, k)->sentence == doc_token(d, t->first)->sentence &&
        lex_at(d, k, LX_AUXILIARY))
      return 1;
  return 0;
}

/* "NATO-topmødet", "EU-mødet": the compound's name says whose event it is,
 * as a genitive does ("NATO's summit"), so it tells an event of its own */
static int named_by_compound(const document *d, const trigger *t) {
  return (doc_token(d, t->first)->flags & TF_COMPOUND) != 0;
}

static int definite(const document *d, const trigger *t) {
  if (names_its_object(d, t) || named_by_compound(d, t)) return 0;
  return article_before(d, t) ||
         (danish_definite_suffix(d, t) && !after_auxiliary(d, t));
}

/* ---- modality ------------------------------------------------------------ */

typedef enum { MOD_NONE, MOD_NEGATED, MOD_HYPOTHETICAL, MOD_PLANNED, MOD_REJECTED } modality;

/* "since the invasion", "since Russia's invasion", "siden tronskiftet":
 * an event named a few words after a background cue in its clause is the
 * time another is measured from. Named, that is, as a noun: after an
 * article, a possessive or a genitive, or in the Danish definite form;
 * "For en uge siden besøgte Frederiksen Kyiv" ("a week ago") tells a
 * visit. */
enum { BACKGROUND_WORDS = 4 };

static int told_as_background(const document *d, const sentence *s, const trigger *t) {
  for (size_t i = t->first; i-- > s->first && t->first - i <= BACKGROUND_WORDS;) {
    if (separator(d, i)) return 0;
    size_t n = background_cue_at(d, i, t->first);
    if (!n) continue;
    if (danish_definite_suffix(d, t)) return 1;
    for (size_t k = i + n; k < t->first; k++) {
      const span *sp = span_of(d, k);
      if (lex_at(d, k, LX_ARTICLE) || lex_at(d, k, LX_POSSESSIVE) ||
          (sp && sp->genitive))
        return 1;
    }
    return 0;
  }
  return 0;
}

static modality modality_of(const document *d, const sentence *s,
                            const trigger *t) {
  modality m = MOD_NONE;
  /* negation reaches to the end of the sentence unless "but" turns it */
  for (size_t i = s->first; i < t->first; i++) {
    /* "but", or ", and Sweden ...": a new clause with its own subject */
    if (lex_at(d, i, LX_CONTRAST) ||
        (separator(d, i) && i + 1 < t->first && lex_at(d, i + 1, LX_AND)))
      m = m == MOD_NEGATED ? MOD_NONE : m;
    if (lex_at(d, i, LX_NEGATION)) m = MOD_NEGATED;
  }
  /* Danish puts the negation after the verb: "udviste ikke", "anerkendte
   * aldrig", "anerkendte Norge aldrig" */
  for (size_t i = t->last + 1; i < s->first + s->count && i <= t->last + 2; i++) {
    if (separator(d, i)) break;
    if (lex_at(d, i, LX_NEGATION)) m = MOD_NEGATED;
  }
  if (m == MOD_NEGATED) return m;
  if (told_as_background(d, s, t)) return MOD_NEGATED;
  /* hypotheticals and plans: within the clause before the trigger */
  size_t start = t->first;
  while (start > s->first && !separator(d, start - 1)) start--;
  /* conditions ("if", "ready to") reach the rest of the sentence, like
   * negation, until "but" turns it; modal verbs ("would") their clause */
  int conditional = 0;
  for (size_t i = s->first; i < t->first; i++) {
    if (lex_at(d, i, LX_CONTRAST)) conditional = 0;
    if (lex_at(d, i, LX_CONDITIONAL)) conditional = 1;
    if (i >= start && lex_at(d, i, LX_HYPOTHETICAL)) return MOD_HYPOTHETICAL;
  }
  if (conditional) return MOD_HYPOTHETICAL;
  /* "refused to recognise", "afviste at anerkende"; "cancelled a planned
   * visit", "aflyste sit besøg" (what would be refused stays hypothetical) */
  if (t->first > start + 1 && doc_cue_word(d, t->first - 1, LX_INFINITIVE))
    for (size_t i = t->first - 1; i-- > start && t->first - i <= 4;)
      if (doc_cue_word(d, i, LX_REJECTED)) return MOD_REJECTED;
  for (size_t i = t->first; i-- > start && t->first - i <= 4;)
    if (doc_cue_word(d, i, LX_CANCELLED)) return MOD_REJECTED;
  for (size_t i = start > 3 ? start - 3 : s->first; i < t->first; i++)
    if (i >= s->first && lex_at(d, i, LX_PLANNED)) m = MOD_PLANNED;
  /* "agreed to meet": a plan, wherever the clause broke */
  for (size_t i = s->first; i < t->first; i++)
    if (lex_at(d, i, LX_PLANNED) && t->first - i <= 12) m = MOD_PLANNED;
  /* a time to come in the trigger's clause: "besøger i næste uge Kyiv",
   * "visits Kyiv next week", "the upcoming summit"; a present tense tells
   * plans as well as facts, the time tells them apart. Not across a comma:
   * "Ahead of next week's summit, Rasmussen met Lavrov" met. */
  for (size_t i = start; i < t->first; i++)
    if (lex_at(d, i, LX_FUTURE)) m = MOD_PLANNED;
  size_t end = s->first + s->count;
  for (size_t i = t->last + 1; i < end && i <= t->last + 6 && !separator(d, i); i++)
    if (lex_at(d, i, LX_FUTURE)) m = MOD_PLANNED;
  return m;
}


static size_t participant_count(const event *e) {
  return e->actors.len + e->targets.len + e->participants.len;
}

/* lex:withOrganisation: an international organisation is the trigger's
 * object, named right after it (an article apart: "joined NATO", "blev
 * optaget i FN", "admitted to the United Nations"), not in the genitive
 * ("joined the EU's call") nor before a word of another name or noun
 * ("joined NATO foreign ministers"); and only states join: not a person
 * ("became a member of the European Commission" is an appointment) nor
 * another organisation ("the EU joined the UN in condemning"). */
static int organisation_joined(const document *d, const event *e, const trigger *t) {
  for (size_t i = 0; i < e->actors.len; i++) {
    entity_kind kind = (*VEC_AT(&e->actors, entity *, i))->kind;
    if (kind != ENT_STATE && kind != ENT_TERRITORY) return 0;
  }
  size_t k = t->last + 1;
  const span *org = k < d->tokens.len ? span_starting(d, k) : NULL;
  /* (an article may open the name itself: "Det Europæiske Økonomiske
   * Fællesskab") */
  if (!org && k + 1 < d->tokens.len && doc_cue_word(d, k, LX_ARTICLE))
    org = span_starting(d, ++k);
  if (!org || !org->target || org->target->kind != ENT_INTL_ORG || org->genitive ||
      doc_token(d, org->first)->sentence != doc_token(d, t->last)->sentence)
    return 0;
  size_t next = org->last + 1;
  if (next >= d->tokens.len || doc_token(d, next)->sentence != doc_token(d, k)->sentence)
    return 1;
  const token *n = doc_token(d, next);
  return n->kind == TOK_PUNCT || n->kind == TOK_NUMBER ||
         (n->kind == TOK_WORD && !(n->flags & TF_POSSESSIVE) &&
          kb_is_stopword(d->kb, n->key, d->lang));
}

static int takes_part(const event *e, const entity *x) {
  return contains(&e->actors, x) || contains(&e->targets, x) ||
         contains(&e->participants, x);
}

/* Every participant of a is in b, or stands for a state that is: an
 * embassy or ministry for its state. */
static int all_in(const event *a, const event *b) {
  const vec *lists[3] = {&a->actors, &a->targets, &a->participants};
  for (int k = 0; k < 3; k++)
    for (size_t i = 0; i < lists[k]->len; i++) {
      entity *x = *VEC_AT(lists[k], entity *, i);
      if (takes_part(b, x)) continue;
      if ((x->kind == ENT_EMBASSY || x->kind == ENT_MINISTRY) && x->of &&
          takes_part(b, x->of))
        continue;
      return 0;
    }
  return 1;
}

/* Each has its own actors, and one's actor is acted on in the other:
 * "Russia criticised the decision" and "Norway criticised Russia's attack"
 * are two criticisms. */
static int roles_clash(const event *a, const event *b) {
  if (!a->actors.len || !b->actors.len) return 0;
  for (size_t i = 0; i < a->actors.len; i++)
    if (contains(&b->actors, *VEC_AT(&a->actors, entity *, i))) return 0;
  for (size_t i = 0; i < a->actors.len; i++)
    if (contains(&b->targets, *VEC_AT(&a->actors, entity *, i))) return 1;
  for (size_t i = 0; i < b->actors.len; i++)
    if (contains(&a->targets, *VEC_AT(&b->actors, entity *, i))) return 1;
  return 0;
}

static void absorb(event *into, const event *from) {
  const vec *src[5] = {&from->actors, &from->targets, &from->participants,
                       &from->topics, &from->places};
  vec *dst[5] = {&into->actors, &into->targets, &into->participants,
                 &into->topics, &into->places};
  for (int k = 0; k < 5; k++)
    for (size_t i = 0; i < src[k]->len; i++) {
      entity *x = *VEC_AT(src[k], entity *, i);
      if (k < 3 && (contains(&into->actors, x) || contains(&into->targets, x) ||
                    contains(&into->participants, x)))
        continue;
      push_entity(dst[k], x);
    }
  /* "a day after the expulsion": a day counted from an event is not
   * that event's own */
  if (into->when.start.precision == DATE_NONE && !from->counted_from_event)
    into->when = from->when;
  if (into->status == STATUS_PLANNED && from->status == STATUS_HAPPENED)
    into->status = STATUS_HAPPENED;
  if (from->last_sentence > into->last_sentence)
    into->last_sentence = from->last_sentence;
}

static int same_date(const event *a, const event *b) {
  if (a->when.start.precision == DATE_NONE || b->when.start.precision == DATE_NONE)
    return 1;
  return a->when.start.year == b->when.start.year &&
         a->when.start.month == b->when.start.month &&
         a->when.start.day == b->when.start.day;
}

/* The same event told again: same class, compatible date, and one's
 * participants all among the other's. */
/* How far back to look for the same event told again: events nearby in the
 * text, plus the document's first events (its title). Bounded so that long
 * documents stay linear. */
enum { RECENT_EVENTS = 64, TITLE_EVENTS = 8 };

static event *same_event(document *d, const event *e) {
  for (size_t i = d->events.len; i-- > 0;) {
    if (d->events.len - i > RECENT_EVENTS && i >= TITLE_EVENTS) {
      i = TITLE_EVENTS;
      continue;
    }
    event *x = *VEC_AT(&d->events, event *, i);
    if (x->cls != e->cls || !same_date(x, e)) continue;
    /* told again nearby, or told again with the same date */
    int dated = x->when.start.precision != DATE_NONE &&
                e->when.start.precision != DATE_NONE;
    if (!dated && e->sentence - x->last_sentence > 3 &&
        doc_block(d, doc_sentence(d, x->sentence)->block)->kind != BLOCK_TITLE)
      continue;
    if (roles_clash(e, x)) continue;
    if (all_in(e, x) || all_in(x, e)) return x;
  }
  return NULL;
}

static event *last_event(document *d, const kb_entity *cls, int with_people) {
  for (size_t i = d->events.len; i-- > 0 && d->events.len - i <= RECENT_EVENTS;) {
    event *x = *VEC_AT(&d->events, event *, i);
    if (cls && x->cls != cls) continue;
    if (with_people) {
      int people = 0;
      const vec *lists[3] = {&x->actors, &x->targets, &x->participants};
      for (int k = 0; k < 3; k++)
        for (size_t j = 0; j < lists[k]->len; j++)
          if ((*VEC_AT(lists[k], entity *, j))->kind == ENT_PERSON) people = 1;
      if (!people) continue;
    }
    return x;
  }
  return NULL;
}

/* ---- the pass ------------------------------------------------------------ */

/* Adds ev, or merges it into the event it tells again; returns the event
 * that now holds it, or NULL when it is dropped. */
static event *add_event(document *d, event *ev, int is_definite) {
  if (is_definite) {
    /* "the talks", "Samtalen": the event already told */
    event *same = last_event(d, ev->cls, 0);
    if (same) absorb(same, ev);
    event_free(ev);
    return same;
  }
  if (participant_count(ev) == 0) {
    /* "agreed to meet as soon as possible": the people of the event just
     * told, or the same kind of event just told */
    event *prev = last_event(d, NULL, 1);
    if (prev && ev->sentence - prev->last_sentence <= 3) {
      const vec *lists[3] = {&prev->actors, &prev->targets, &prev->participants};
      for (int k = 0; k < 3; k++)
        for (size_t j = 0; j < lists[k]->len; j++)
          push_entity(&ev->participants, *VEC_AT(lists[k], entity *, j));
    } else {
      event *same = last_event(d, ev->cls, 0);
      if (same && ev->sentence - same->last_sentence <= 3) absorb(same, ev);
      else same = NULL;
      event_free(ev);
      return same;
    }
  }
  event *same = same_event(d, ev);
  if (same) {
    absorb(same, ev);
    event_free(ev);
    return same;
  }
  event **slot = vec_push(&d->events);
  if (slot) {
    *slot = ev;
    return ev;
  }
  event_free(ev);
  return NULL;
}

static const kb_entity *statement_class(const document *d) {
  return kb_entity_by_iri(d->kb, DIP_NS "Statement");
}

static void speech_events(document *d, size_t si) {
  const sentence *s = doc_sentence(d, si);
  if (!quotes_in_sentence(d, s, 1)) return;
  const kb_entity *cls = statement_class(d);
  if (!cls) return;
  size_t i;
  entity *who = quotes_speaker(d, s, &i);
  if (!who) return;
  /* one statement event per speaker per document */
  if (strmap_get(&d->speakers, who->iri)) return;
  event *ev = event_new(d, cls, si, i, span_of(d, i)->last);
  if (!ev) return;
  add_with_state(d, &ev->actors, who);
  event_dates_assign(d, s, ev);
  event **slot = vec_push(&d->events);
  if (!slot) {
    event_free(ev);
    return;
  }
  *slot = ev;
  strmap_put(&d->speakers, who->iri, ev); /* out of memory: a second one */
}

/* The person who makes a statement, or NULL. */
static entity *speaking_person(const event *ev) {
  for (size_t k = 0; k < ev->actors.len; k++) {
    entity *x = *VEC_AT(&ev->actors, entity *, k);
    if (x->kind == ENT_PERSON) return x;
  }
  return NULL;
}

/* A judgement ("illegal", "a milestone") is a criticism or a praise only
 * when someone passes it: said in a quotation with its speaker, or after a
 * speech or judging verb of its clause ("called the decision illegal",
 * "sagde, at beslutningen var ulovlig",
 * "said the move was unacceptable"). Said by no one, it is the writer's
 * word ("the illegal annexation"). In a quotation *speaker is who says it. */
enum { JUDGING_REACH = 12 };

static int judgement_passed(document *d, const sentence *s, const trigger *t,
                            int quoted, entity **speaker, size_t *verb) {
  *speaker = NULL;
  *verb = (size_t)-1;
  if (quoted) {
    *speaker = quotes_speaker(d, s, NULL);
    if (!*speaker) *speaker = quotes_closing_speaker(d, s, t->first);
    return *speaker != NULL;
  }
  for (size_t k = t->first; k-- > s->first && t->first - k <= JUDGING_REACH;) {
    /* the clause ends at a comma, but for one right after the verb
     * ("sagde, at beslutningen var ulovlig") */
    int comma = separator(d, k);
    size_t at = comma ? k - 1 : k;
    if (comma && k == s->first) return 0;
    if (doc_cue_word(d, at, LX_JUDGING) || lex_is(span_of(d, at), LX_SPEECH)) {
      *verb = at;
      return 1;
    }
    if (comma) return 0;
  }
  return 0;
}

static void drop_from(vec *v, const entity *x) {
  size_t out = 0;
  for (size_t k = 0; k < v->len; k++)
    if (*VEC_AT(v, entity *, k) != x) *VEC_AT(v, entity *, out++) = *VEC_AT(v, entity *, k);
  v->len = out;
}

/* Who passes a judgement acts; what it is passed on is judged: the
 * speaker of a quotation, and the names between a judging verb and its
 * judgement ("called Russia's decision illegal"). */
static void judgement_sides(document *d, event *ev, entity *speaker, size_t verb,
                            const trigger *t) {
  if (speaker) {
    drop_from(&ev->targets, speaker);
    drop_from(&ev->participants, speaker);
    add_with_state(d, &ev->actors, speaker);
    return;
  }
  if (verb == (size_t)-1) return;
  for (size_t k = verb + 1; k < t->first; k++) {
    size_t last;
    entity *x = entity_at(d, k, &last);
    if (x && contains(&ev->actors, x)) {
      drop_from(&ev->actors, x);
      push_entity(&ev->targets, x);
    }
    if (last > k) k = last;
  }
}

/* A speaker whose words are a criticism, warning or praise already made
 * no separate statement. */
static void drop_voiced_statements(document *d) {
  const kb_entity *stmt = statement_class(d);
  size_t out = 0;
  for (size_t i = 0; i < d->events.len; i++) {
    event *e = *VEC_AT(&d->events, event *, i);
    int voiced = 0;
    if (e->cls == stmt)
      for (size_t k = i > RECENT_EVENTS ? i - RECENT_EVENTS : 0;
           k < d->events.len && k <= i + RECENT_EVENTS && !voiced; k++) {
        event *x = *VEC_AT(&d->events, event *, k);
        if (x == e || x->cls == stmt) continue;
        const char *local = strrchr(x->cls->iri, '#');
        if (!local || !(strcmp(local, "#Criticism") == 0 ||
                        strcmp(local, "#Warning") == 0 ||
                        strcmp(local, "#Praise") == 0))
          continue;
        size_t gap = e->sentence > x->sentence ? e->sentence - x->sentence
                                                : x->sentence - e->sentence;
        if (gap > 1) continue;
        for (size_t a = 0; a < e->actors.len; a++) {
          entity *who = *VEC_AT(&e->actors, entity *, a);
          if (who->kind == ENT_PERSON && contains(&x->actors, who)) voiced = 1;
        }
      }
    if (voiced) event_free(e);
    else *VEC_AT(&d->events, event *, out++) = e;
  }
  d->events.len = out;
}

static const char *event_iri(document *d, const event *e) {
  /* deterministic: class, document, sentence and trigger position */
  const char *local = strrchr(e->cls->iri, '#');
  local = local ? local + 1 : "Event";
  const char *doc = d->iri + strlen(d->base);
  const char *slug = fold_slug(&d->mem, doc, strlen(doc));
  return arena_printf(&d->mem, "%sevent/%s/%s-%zu", d->base, slug ? slug : "doc",
                      local, d->token_chars[e->trigger_first]);
}

/* "Ministrene drøftede …", "The two leaders discussed …" right after a
 * meeting or call: what that event was about, not another meeting (what
 * is to be discussed is a meeting to come). True
 * when no name stands before the trigger in its sentence and the event
 * just told, at most two sentences back, has equal participants. */
static int content_of_last(document *d, const sentence *s, const trigger *t) {
  /* a bare title is no name ("De to ministre drøftede"), nor is the
   * source next to a speech verb ("Ifølge Udenrigsministeriet drøftede",
   * "Rasmussen said the two ministers discussed") */
  for (size_t k = s->first; k < t->first; k++) {
    const span *sp = span_of(d, k);
    if (!sp || !sp->target || sp->first != k || lex_is(sp, LX_TITLE)) continue;
    if (quotes_speech_at(d, sp->first - 1) || quotes_speech_at(d, sp->last + 1)) continue;
    return 0;
  }
  if (!d->events.len) return 0;
  const event *last = *VEC_AT(&d->events, event *, d->events.len - 1);
  size_t here = doc_token(d, t->first)->sentence;
  return last->cls->direction == DIR_SYMMETRIC && here - last->last_sentence <= 2;
}

/* "China criticised the agreement", "Rusland kritiserede aftalen": an
 * event told again as what another trigger of its clause acts on. The
 * names of that clause are the other event's, not this one's. */
static int object_of(const document *d, const trigger *verb, const trigger *t) {
  if (verb->last >= t->first) return 0;
  for (size_t k = verb->last + 1; k < t->first; k++)
    if (separator(d, k)) return 0;
  return definite(d, t);
}

/* Triggers within a few words after `t`, in its clause: does one of them
 * pass `wanted`? */
static int trigger_follows(document *d, const stem_word **words, const trigger *t,
                           size_t end, int (*wanted)(const trigger *t, const trigger *next)) {
  trigger next;
  for (size_t k = t->last + 1; k < end && k <= t->last + 8 && !separator(d, k); k++)
    if (words[k] && trigger_at(d, words, k, end, &next) &&
        next.cls->kind == KB_EVENT_CLASS && wanted(t, &next))
      return 1;
  return 0;
}

/* "hosted the meeting", "var vært for mødet": a verb whose object is the
 * same kind of event told again tells that event again too. */
enum { OBJECT_WORDS = 4 };

static int object_told_again(document *d, const stem_word **words, const trigger *t,
                             size_t end) {
  trigger next;
  for (size_t k = t->last + 1; k < end && k <= t->last + OBJECT_WORDS && !separator(d, k);
       k++)
    if (words[k] && trigger_at(d, words, k, end, &next) && next.cls == t->cls)
      /* the object is a noun, whatever auxiliary came before the verb */
      return !names_its_object(d, &next) &&
             (article_before(d, &next) || danish_definite_suffix(d, &next)) &&
             last_event(d, t->cls, 0) != NULL;
  return 0;
}

/* A carrier trigger ("receive", "host", "orientere") is its own event
 * only with a guest: a name, a pronoun, a title or a guest word
 * (lex:guestWord) as its object ("received the ambassador", "orienterede
 * ambassadøren", "received a delegation"), or told in the passive
 * ("blev modtaget af kongen"). With another kind of event as its object it
 * only carries that event ("received aid from Norway", "hosted the
 * signing"); with a thing ("modtager flygtninge", "orienterede om
 * lækagerne") it is none. True when it makes no event of its own. */
static int carries_object(document *d, const stem_word **words, const trigger *t,
                          size_t end) {
  size_t before = t->first;
  if (before > 0 && same_sentence(d, before - 1, before) && lex_at(d, before - 1, LX_PASSIVE))
    return 0;
  trigger next;
  int past_head = 0; /* a word other than an article seen */
  size_t reach = t->last + OBJECT_WORDS;
  for (size_t k = t->last + 1; k < end && k <= reach && !separator(d, k); k++) {
    /* a time between verb and object: "modtog i dag Ukraines præsident" */
    size_t time = (size_t)lex_at(d, k, LX_RELDAY);
    if (!time) time = (size_t)lex_at(d, k, LX_WEEKDAY);
    if (time) {
      reach += time;
      k += time - 1;
      continue;
    }
    /* a state's adjective names no guest of itself: "ukrainske flygtninge",
     * but "den ukrainske præsident" */
    const span *sp = span_of(d, k);
    if (lex_is(sp, LX_ADJECTIVE) || lex_is(sp, LX_DEMONYM)) continue;
    size_t last;
    if (entity_at(d, k, &last) || lex_is(sp, LX_TITLE) ||
        (lex_at(d, k, LX_GUEST) && !past_head))
      return 0;
    /* a guest word is the object only as its head: "received a
     * delegation", not "received 12 million foreign visitors" nor
     * "received complaints about the delegation" */
    if (doc_token(d, k)->kind != TOK_PUNCT && !lex_at(d, k, LX_ARTICLE) &&
        !lex_at(d, k, LX_DEFINITE) && !lex_at(d, k, LX_POSSESSIVE))
      past_head = 1;
    if (words[k] && trigger_at(d, words, k, end, &next) &&
        next.cls->kind == KB_EVENT_CLASS)
      return next.cls != t->cls;
    /* the object ends at a preposition: "refugees evacuated from Peru" */
    if (lex_at(d, k, LX_FROM) || lex_at(d, k, LX_TO) || lex_at(d, k, LX_IN) ||
        lex_at(d, k, LX_WITH))
      return 1;
  }
  return 1;
}

/* Another kind of event's trigger: "announced new sanctions" carries the
 * sanctions. */
static int other_kind(const trigger *t, const trigger *next) { return next->cls != t->cls; }

static int carries_event(document *d, const stem_word **words, const trigger *t,
                         size_t end) {
  return trigger_follows(d, words, t, end, other_kind);
}

/* Is t within the few words after a discussion trigger that say what
 * was discussed, before a clause boundary or "and"? */
enum { TOPIC_WORDS = 4 };

static int discussed(const document *d, const trigger *discussion, const trigger *t) {
  if (t->first <= discussion->last || t->first - discussion->last > TOPIC_WORDS)
    return 0;
  for (size_t k = discussion->last + 1; k < t->first; k++)
    if (separator(d, k) || lex_at(d, k, LX_AND)) return 0;
  return 1;
}

/* "discussed trade in a phone call", "drøftede handel i en
 * telefonsamtale": a discussion with a meeting or call named after it in
 * its clause is what that event was about, not another meeting. */
static int held_in(const trigger *t, const trigger *next) {
  (void)t;
  return next->cls->direction == DIR_SYMMETRIC && !(next->lex->value & TRIGGER_CONTENT);
}

static int content_of_next(document *d, const stem_word **words, const trigger *t,
                           size_t end) {
  return trigger_follows(d, words, t, end, held_in);
}

/* Where the head of a compound joined to an abbreviation by a hyphen
 * begins ("NATO-topmødet", "EU-sanktioner", "G7-møde"): the head word
 * tells the event. 0 for any other word. */
static size_t compound_head(const char *word, size_t n) {
  size_t caps = 0, i = 0;
  for (; i < n && word[i] != '-'; i++) {
    if (!(word[i] >= 'A' && word[i] <= 'Z') && !(word[i] >= '0' && word[i] <= '9'))
      return 0;
    if (word[i] >= 'A' && word[i] <= 'Z') caps++;
  }
  if (caps == 0 || i < 2 || i + 1 >= n) return 0;
  /* the head is a lower-case word: "EU-sanktioner", not "Guinea-Bissau" */
  unsigned char c = (unsigned char)word[i + 1];
  if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return 0;
  return i + 1;
}

attache_status events_document(document *d) {
  if (triggers_index_cues(d) != 0 || quotes_find_dashes(d) != 0) return ATTACHE_ERR_NOMEM;
  unsigned char *quoted = quotes_tokens(d);
  if (!quoted) return ATTACHE_ERR_NOMEM;
  if (event_dates_begin(d) != 0) return ATTACHE_ERR_NOMEM;
  /* each main-sentence word's stem, and its note (see trigger_at) */
  const stem_word **words =
      arena_alloc(&d->mem, sizeof *words * (d->tokens.len + 1));
  if (!words) return ATTACHE_ERR_NOMEM;
  for (size_t i = 0; i < d->tokens.len; i++) {
    const token *t = doc_token(d, i);
    if (t->kind != TOK_WORD || !sentence_is_main(d, t->sentence)) continue;
    size_t head = compound_head(d->text + t->start, t->end - t->start);
    stem_word *w = stem_cache_word(d->stems, d->lang, d->text + t->start + head,
                                   t->end - t->start - head);
    if (!w) continue; /* out of memory: the word is no trigger */
    if (w->note < 0) w->note = (long)kb_trigger_note(d->kb, w->stem);
    words[i] = w;
  }
  for (size_t si = 0; si < d->sentences.len; si++) {
    if (!sentence_is_main(d, si)) continue;
    const sentence *s = doc_sentence(d, si);
    /* a short heading announces what follows ("Lidegaard warning"); a
     * longer one is a sentence ("Jensen agrees to sit down with Lavrov") */
    if (doc_block(d, s->block)->kind == BLOCK_HEADING && s->count <= 4)
      continue;
    size_t end = s->first + s->count;
    /* before this sentence's events, which may count from those dates */
    event_dates_reported(d, si);
    speech_events(d, si);
    /* the last trigger read in this sentence, for told-again events that
     * are its object */
    trigger previous = {0};
    int has_previous = 0;
    for (size_t i = s->first; i < end; i++) {
      trigger t;
      if (!words[i] || !trigger_at(d, words, i, end, &t)) continue;
      int judgement = (t.lex->value & TRIGGER_JUDGEMENT) != 0;
      entity *speaker = NULL;
      size_t judging_verb = (size_t)-1;
      if ((quoted[i] && !judgement) ||
          (judgement && !judgement_passed(d, s, &t, quoted[i], &speaker, &judging_verb))) {
        i = t.last;
        continue;
      }
      span *sp = span_of(d, i);
      if (sp && ((sp->target && sp->kind == SPAN_NAME_RUN) ||
                 (sp->kind == SPAN_LEXICON &&
                  (sp->type == LX_TITLE || sp->type == LX_MINISTRY_NAME ||
                   (sp->type == LX_NAME && sp->first < sp->last))))) {
        i = sp->last;
        continue; /* part of a name or title: "World Trade Organization",
                   * "Trade Minister" */
      }
      if (!strcmp(t.cls->iri, LEX_NS "NotAnEvent")) {
        i = t.last;
        continue; /* "trade war": the word inside tells of no event */
      }
      /* "discussed trade", "drøftede sanktionerne": what is discussed is
       * its topic, no event (a call or meeting it was discussed in is) */
      if (has_previous && (previous.lex->value & TRIGGER_CONTENT) &&
          t.cls->direction != DIR_SYMMETRIC && discussed(d, &previous, &t)) {
        i = t.last;
        continue;
      }
      /* what a statement announces is still told ("announced the
       * sanctions"), see carries_event */
      int object = has_previous && previous.cls != t.cls &&
                   previous.cls != statement_class(d) && object_of(d, &previous, &t);
      previous = t;
      has_previous = 1;
      if (object) {
        i = t.last;
        continue;
      }
      /* "..., Lidegaard warned": a verb introducing a quotation */
      if (lex_is(sp, LX_SPEECH) && quotes_in_sentence(d, s, QUOTES_EVENT_WORDS)) {
        i = t.last;
        continue;
      }
      /* a plan word followed by its event ("agreed to a meeting") is
       * modality, not an agreement */
      if (lex_at(d, i, LX_PLANNED)) {
        int later = 0;
        trigger t2;
        for (size_t k = t.last + 1; k < end && !later; k++)
          if (words[k] && trigger_at(d, words, k, end, &t2)) later = 1;
        if (later) {
          i = t.last;
          continue;
        }
      }
      /* an announcement of an event in its own clause ("announced new
       * sanctions", "declared the consul persona non grata") is that
       * event; as in CAMEO, the content is coded, not its vehicle */
      if ((t.cls == statement_class(d) && carries_event(d, words, &t, end)) ||
          ((t.lex->value & TRIGGER_CARRIER) && carries_object(d, words, &t, end))) {
        i = t.last;
        continue;
      }
      modality m = modality_of(d, s, &t);
      if (m == MOD_NEGATED || m == MOD_HYPOTHETICAL) {
        i = t.last;
        continue;
      }
      const kb_entity *cls = t.cls;
      event *anaphor_of = NULL;
      if (cls->kind != KB_EVENT_CLASS || !strcmp(cls->iri, LEX_NS "Similar")) {
        /* "similar actions": the event this document is about */
        anaphor_of = d->events.len ? *VEC_AT(&d->events, event *, 0) : NULL;
        if (!anaphor_of) {
          i = t.last;
          continue;
        }
        cls = anaphor_of->cls;
      }
      if ((t.lex->value & TRIGGER_CONTENT) &&
          (content_of_next(d, words, &t, end) ||
           (m != MOD_PLANNED && content_of_last(d, s, &t)))) {
        i = t.last;
        continue;
      }
      event *ev = event_new(d, cls, si, t.first, t.last);
      if (!ev) return ATTACHE_ERR_NOMEM;
      ev->status = m == MOD_PLANNED    ? STATUS_PLANNED
                   : m == MOD_REJECTED ? STATUS_REJECTED
                                       : STATUS_HAPPENED;
      collect_arguments(d, words, s, ev, &t);
      if (cls->with_organisation && !organisation_joined(d, ev, &t)) {
        event_free(ev); /* "joined the talks": no accession */
        i = t.last;
        continue;
      }
      if (judgement) judgement_sides(d, ev, speaker, judging_verb, &t);
      if (anaphor_of) {
        for (size_t k = 0; k < anaphor_of->targets.len; k++)
          push_entity(&ev->targets, *VEC_AT(&anaphor_of->targets, entity *, k));
        /* the actors of this sentence act */
        for (size_t k = 0; k < ev->participants.len; k++)
          push_entity(&ev->actors, *VEC_AT(&ev->participants, entity *, k));
        ev->participants.len = 0;
      }
      event_dates_assign(d, s, ev);
      if (ev->when.start.precision == DATE_NONE && !ev->time_unplaced)
        event_dates_inherit(d, si, ev);
      /* one statement per speaker: "Babiš announced ...", then "Babiš
       * said ..." */
      entity *who = cls == statement_class(d) ? speaking_person(ev) : NULL;
      event *told = who ? strmap_get(&d->speakers, who->iri) : NULL;
      if (told) {
        absorb(told, ev);
        event_free(ev);
        i = t.last;
        continue;
      }
      /* a judgement ("the illegal decision") never tells an event again */
      int again = !anaphor_of && !judgement &&
                  (definite(d, &t) || object_told_again(d, words, &t, end));
      event *kept = add_event(d, ev, again);
      if (who && kept) strmap_put(&d->speakers, who->iri, kept);
      i = t.last;
    }
  }
  drop_voiced_statements(d);
  for (size_t i = 0; i < d->events.len; i++) {
    event *e = *VEC_AT(&d->events, event *, i);
    e->iri = event_iri(d, e);
    if (!e->iri) return ATTACHE_ERR_NOMEM;
  }
  return d->events.failed ? ATTACHE_ERR_NOMEM : ATTACHE_SUCCESS;
}
