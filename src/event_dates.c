/*
 * event_dates — when each event happened: a date in its clause or
 * sentence, a time counted from the document's date ("on Tuesday", "i
 * går") or from the last day told ("the next day", "four days later"), the
 * running date of the text for an event told without a time, and the time
 * of a report of the sentence before ("Det oplyser ministeriet mandag").
 * Writes the events' `when`; owns the per-sentence cache of named days,
 * in the document's arena.
 */
#include "event_dates.h"

#include <stdlib.h>
#include <string.h>

#include "recognise.h"
#include "triggers.h"

static size_t token_distance(size_t a, size_t b) { return a < b ? b - a : a - b; }

/* Token i is the time of another verb before the trigger: inside a plan
 * phrase ("agreed on Tuesday to resume talks") it dates the plan, after a
 * speech verb ("said on Tuesday it will expel") the saying, not the event
 * planned. */
static int plan_time_before(const document *d, size_t i, const event *ev) {
  unsigned char f = doc_token(d, i)->flags;
  return i < ev->trigger_first &&
         ((f & TF_PLAN_TIME) || ((f & TF_SPEECH_TIME) && ev->status == STATUS_PLANNED));
}

/* The day a sentence of the running text names in full ("The Security
 * Council adopted the resolution on 25 March 2024."), though it tells no
 * event; not a heading's or a dateline's. */
struct named_day {
  signed char known; /* 0 not yet asked, 1 named, -1 none */
  date_span when;
};

int event_dates_begin(document *d) {
  d->named_days = arena_alloc(&d->mem, sizeof *d->named_days * (d->sentences.len + 1));
  return d->named_days ? 0 : -1;
}

static int sentence_day(const document *d, size_t si, date_span *out) {
  /* asked of the same sentences for event after event: once each */
  struct named_day *n = d->named_days ? &d->named_days[si] : NULL;
  if (n && n->known) {
    if (n->known > 0) *out = n->when;
    return n->known > 0;
  }
  const sentence *s = doc_sentence(d, si);
  block_kind kind = doc_block(d, s->block)->kind;
  int named = kind != BLOCK_HEADING && kind != BLOCK_BOILERPLATE &&
              !(d->after_dateline > s->first && d->after_dateline <= s->first + s->count) &&
              dates_find(d, s->first, s->count, 0, out) && out->start.precision == DATE_DAY;
  if (n) {
    n->known = named ? 1 : -1;
    if (named) n->when = *out;
  }
  return named;
}

/* How far back a day named in a sentence without an event is looked
 * for: the events' days reach back as far as they go. */
enum { NAMED_DAY_REACH = 8 };

/* The last day told before the sentence: of an event, or named in a
 * sentence after it. What "the next day" and "samme dag" count from. */
static int last_day_told(const document *d, size_t before_sentence,
                         date_value *out) {
  size_t told_in = 0;
  int found = 0;
  for (size_t i = d->events.len; i-- > 0 && !found;) {
    const event *x = *VEC_AT(&d->events, event *, i);
    if (x->sentence < before_sentence && x->when.start.precision == DATE_DAY) {
      *out = x->when.start;
      told_in = x->last_sentence < before_sentence ? x->last_sentence : x->sentence;
      found = 1;
    }
  }
  for (size_t k = before_sentence; k-- > 0 && before_sentence - k <= NAMED_DAY_REACH;) {
    if (found && k <= told_in) break;
    date_span named;
    if (sentence_day(d, k, &named)) {
      *out = named.start;
      return 1;
    }
  }
  return found;
}

/* Does a day phrase ending at `from` govern the clause of the trigger at
 * `trigger_at`: a subject between them and no comma ("a day after Abiy
 * visited", "dagen efter at Løkke mødtes")? Not "Dagen efter mødtes Løkke",
 * "Dagen før havde X besøgt" nor "The day before, Lula had arrived". */
static int clause_governed(document *d, size_t from, size_t trigger_at) {
  /* a verb right after it opens the main clause: "Dagen før havde X
   * besøgt" */
  if (from >= trigger_at || lex_at(d, from, LX_AUXILIARY) ||
      recognise_may_be_verb(d, from))
    return 0;
  for (size_t k = from; k < trigger_at; k++)
    if (separator(d, k)) return 0;
  return 1;
}

/* The day of the last event told before in the same sentence: the main
 * clause's, for one told after "a day after" in it. */
static int sentence_event_day(const document *d, size_t si, date_value *out) {
  for (size_t i = d->events.len; i-- > 0;) {
    const event *x = *VEC_AT(&d->events, event *, i);
    if (x->sentence != si) return 0;
    if (x->when.start.precision == DATE_DAY) {
      *out = x->when.start;
      return 1;
    }
  }
  return 0;
}

/* A time nearest the trigger in [first, end) that counts from another
 * day: a relative day ("today", "i går", "the day before yesterday") from
 * the document date; a day after an event ("the next day", "samme aften")
 * or a shift ("four days later", "en uge senere") from the last event
 * told with a day; a weekday ("on Tuesday", "tirsdag") from the document
 * date, where news tells what happened on the last such weekday (the
 * document's own day included) and what is planned for the next one, or
 * without one the first such day from the last event told, as a story
 * goes on. Returns 1 with the date and its distance from the trigger;
 * 0 with *unplaced set when such a time is told but there is nothing to
 * count from, or its count is unknown ("a few days later"). */
enum time_kind { TIME_RELDAY, TIME_EVENTDAY, TIME_WEEKDAY, TIME_SHIFT, TIME_PERIOD };

/* Is the trigger a verb in the present tense: after its subject (or, in
 * Danish, before it) and ending as the present does ("rejser", "mødes",
 * "travels")? With a weekday the present tells what is to come that day:
 * "Statsministeren rejser onsdag til Estland", "The minister travels to
 * Estonia on Wednesday". Not a speech verb, whose present tells news. */
static int person_like(const span *s) {
  return (s->target && s->target->kind == ENT_PERSON) || lex_is(s, LX_TITLE) ||
         lex_is(s, LX_PRONOUN);
}

static int present_tense(const document *d, const event *ev) {
  const token *t = doc_token(d, ev->trigger_first);
  size_t n = t->end - t->start;
  const char *w = d->text + t->start;
  int da = !strcmp(d->lang, "da");
  /* (the Danish deponent's past ends in -dtes or -edes: "mødtes",
   * "enedes"; its present in -es: "mødes", "enes") */
  int ending = da ? n >= 5 && (!memcmp(w + n - 2, "er", 2) ||
                               (!memcmp(w + n - 2, "es", 2) && memcmp(w + n - 4, "dtes", 4) &&
                                memcmp(w + n - 4, "edes", 4)))
                  : n >= 5 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
  /* a speech verb's present tells the news ("oplyser ministeriet mandag",
   * "siger han") */
  if (!ending || ev->trigger_first == 0 || lex_is(span_of(d, ev->trigger_first), LX_SPEECH))
    return 0;
  /* a person as its subject: "New US sanctions" or "russiske
   * sanktioner" end like a verb too */
  const span *before = span_of(d, ev->trigger_first - 1);
  const span *after = da && ev->trigger_last + 1 < d->tokens.len
                          ? span_of(d, ev->trigger_last + 1) : NULL;
  int subject_before = before && before->last == ev->trigger_first - 1 && person_like(before);
  int subject_after = after && after->first == ev->trigger_last + 1 && person_like(after);
  return subject_before || subject_after;
}

static int separator_between(const document *d, size_t a, size_t b) {
  size_t lo = a < b ? a : b, hi = a < b ? b : a;
  for (size_t k = lo + 1; k < hi; k++)
    if (separator(d, k)) return 1;
  return 0;
}

static int relative_date(document *d, size_t first, size_t end, const event *ev,
                         date_value *out, size_t *distance,
                         int *counted_from_event, int *unplaced, int *to_come) {
  const unsigned long long days =
      1ULL << LX_RELDAY | 1ULL << LX_EVENTDAY | 1ULL << LX_RELPERIOD;
  enum time_kind best = TIME_RELDAY;
  int best_value = 0, found = 0;
  date_shift best_shift = {0};
  size_t best_distance = (size_t)-1;
  size_t best_at = 0, best_len = 0;
  for (size_t i = first; i < end; i++) {
    if (plan_time_before(d, i, ev)) continue;
    const lex_entry *hit = NULL;
    size_t len = 1;
    date_shift shift;
    int shifted = (doc_token(d, i)->kind == TOK_NUMBER ||
                   (d->cues1[i] & 1ULL << LX_COUNT)) &&
                  dates_shift_at(d, i, end, &shift);
    /* the cue index says which two-word days there are: building and
     * looking up every pair of the sentence for every event was 3 % of a
     * run; a three-word day starts with a listed pair */
    if (!shifted && i + 1 < end && (d->cues2[i] & days)) {
      if (i + 2 < end)
        for (const lex_entry *e = doc_triple_lex(d, i); e && !hit; e = e->next)
          if (e->type == LX_RELDAY || e->type == LX_EVENTDAY || e->type == LX_RELPERIOD)
            hit = e, len = 3;
      for (const lex_entry *e = doc_pair_lex(d, i, i + 1); e && !hit; e = e->next)
        if (e->type == LX_RELDAY || e->type == LX_EVENTDAY || e->type == LX_RELPERIOD)
          hit = e, len = 2;
    }
    for (const lex_entry *e = shifted ? NULL : token_lex(d, i); e && !hit; e = e->next)
      if (e->type == LX_RELDAY || (e->type == LX_WEEKDAY && e->value >= 1 && e->value <= 7))
        hit = e;
    if (!hit && !shifted) continue;
    /* "agreed to hold an election next year": a period to come dates
     * only what is planned */
    /* (nor is "i år 1949" this year; and a period dates its own clause:
     * "Kristersson, who took office last year, visited Kyiv") */
    if (hit && hit->type == LX_RELPERIOD &&
        ((hit->value > 500 && ev->status != STATUS_PLANNED) ||
         (i + len < end && doc_token(d, i + len)->kind == TOK_NUMBER) ||
         separator_between(d, i, ev->trigger_first))) {
      i += len - 1;
      continue;
    }
    if (token_distance(i, ev->trigger_first) < best_distance) {
      found = 1;
      /* whether a day phrase governs the trigger's clause is asked once,
       * of the nearest: asking it of every nearer hit made a long
       * sentence slow */
      best_at = i;
      best_len = hit ? len : 0;
      best_distance = token_distance(i, ev->trigger_first);
      best = shifted                     ? TIME_SHIFT
             : hit->type == LX_RELDAY    ? TIME_RELDAY
             : hit->type == LX_EVENTDAY  ? TIME_EVENTDAY
             : hit->type == LX_RELPERIOD ? TIME_PERIOD
                                         : TIME_WEEKDAY;
      best_value = shifted ? 0 : hit->value;
      if (shifted) best_shift = shift;
    }
    i += (shifted ? 3 : len) - 1; /* the words of a phrase are not times of their own */
  }
  if (!found) return 0;
  /* "a day after Abiy visited Asmara" after the sentence's own event
   * ("signed it on Monday, ..."): the visit is a day before it */
  date_value told;
  int governed = best == TIME_EVENTDAY && best_len > 1 &&
                 lex_at(d, best_at + best_len - 1, LX_DAY_PREPOSITION) == 1 &&
                 clause_governed(d, best_at + best_len, ev->trigger_first) &&
                 sentence_event_day(d, ev->sentence, &told);
  date_value today;
  int has_date = d->date && date_parse_iso(d->date, &today);
  int has_told = governed || last_day_told(d, ev->sentence, &told);
  if (governed) best_value = -best_value;
  *unplaced = 1;
  /* (a weekday or "this year" in a text without a date: of the last day
   * told) */
  *counted_from_event = best == TIME_EVENTDAY || best == TIME_SHIFT ||
                        ((best == TIME_WEEKDAY || best == TIME_PERIOD) && !has_date);
  if (*counted_from_event ? !has_told : !has_date) return 0;
  date_value day = *counted_from_event ? told : today;
  int offset = best_value;
  if (best == TIME_SHIFT) {
    if (!date_apply_shift(&day, &best_shift)) return 0;
    offset = 0;
  } else if (best == TIME_PERIOD) {
    /* "last month", "i fjor", "earlier this year": a month or a year
     * counted from the publication date */
    int unit = ((best_value % 1000) + 1000) % 1000;
    date_shift period = {(best_value - unit) / 1000, unit};
    if (period.count) {
      if (!date_apply_shift(&day, &period)) return 0;
    } else {
      day.precision = unit == 30 ? DATE_MONTH : DATE_YEAR;
      if (unit != 30) day.month = 0;
      day.day = 0;
    }
    offset = 0;
  } else if (best == TIME_WEEKDAY) {
    int weekday = date_weekday(&day);
    if (!weekday) return 0;
    int forward = ev->status == STATUS_PLANNED || !has_date ||
                  (ev->status == STATUS_HAPPENED && present_tense(d, ev));
    offset = forward ? (best_value - weekday + 7) % 7 : -((weekday - best_value + 7) % 7);
    *to_come = has_date && offset > 0;
  }
  if (offset && !date_add_days(&day, offset)) return 0;
  *unplaced = 0;
  *out = day;
  *distance = best_distance;
  return 1;
}

/* A day and month told without a year take the year that puts them
 * nearest the day they are counted from: "on December 28" in a text of
 * 5 January 2025 is 2024-12-28. */
static void nearest_year(date_value *v, const date_value *from) {
  long target = (long)from->year * 372 + (from->month - 1) * 31 + from->day;
  int best = v->year;
  long best_gap = -1;
  for (int y = from->year - 1; y <= from->year + 1; y++) {
    date_value c = *v;
    c.year = y;
    if (!date_add_days(&c, 0)) continue; /* no 29 February that year */
    long gap = labs((long)y * 372 + (c.month - 1) * 31 + c.day - target);
    if (best_gap < 0 || gap < best_gap) {
      best_gap = gap;
      best = y;
    }
  }
  v->year = best;
}

/* dates_find() for an event: a date after "since", "siden" ("the first
 * visit since 2003") starts a stretch of time, not the event's day, so
 * the search goes on after it. */
static int event_date_find(const document *d, size_t first, size_t count, int year,
                           date_span *out) {
  size_t end = first + count;
  while (first < end && dates_find(d, first, end - first, year, out)) {
    if (out->first == 0 || !doc_cue_word(d, out->first - 1, LX_BACKGROUND)) return 1;
    first = out->last + 1;
  }
  return 0;
}

void event_dates_assign(document *d, const sentence *s, event *ev) {
  /* a dateline ("OSLO, Friday 16 June 2022 —") dates the document, not
   * the events of its sentence */
  size_t first = s->first, count = s->count;
  if (d->after_dateline > first && d->after_dateline < first + count) {
    count -= d->after_dateline - first;
    first = d->after_dateline;
  }
  /* a date in the trigger's own clause first: "occupied Estonia in June
   * 1940, and German troops invaded it in 1941"; a day and month without
   * their year there ("on June 18, 1924") are left to the whole sentence */
  int dated = 0;
  size_t cs = ev->trigger_first, ce = ev->trigger_last + 1;
  if (cs >= first && ce <= first + count) {
    while (cs > first && !separator(d, cs - 1)) cs--;
    while (ce < first + count && !separator(d, ce)) ce++;
    dated = (cs > first || ce < first + count) &&
            event_date_find(d, cs, ce - cs, 0, &ev->when);
  }
  if (!dated) {
    /* a day and month alone: the year of the document's date, or in a
     * text without one, of the last event told ("Nixon arrived on
     * February 21, 1972. The visit ended on February 28") */
    date_value from;
    int anchored = (d->date && date_parse_iso(d->date, &from)) ||
                   last_day_told(d, ev->sentence, &from);
    dated = event_date_find(d, first, count, anchored ? from.year : d->year, &ev->when);
    if (dated && anchored && ev->when.year_supplied) nearest_year(&ev->when.start, &from);
  }
  /* "agreed on Tuesday to resume talks": Tuesday dates the agreement */
  if (dated && plan_time_before(d, ev->when.first, ev)) {
    memset(&ev->when, 0, sizeof ev->when);
    dated = 0;
  }
  /* "today", "on Tuesday" against the document date, unless a date stands
   * nearer the trigger: "expelled 18 diplomats on Saturday after linking
   * them to a 2014 explosion" */
  date_value relative;
  size_t distance;
  int from_event = 0, unplaced = 0, to_come = 0;
  if (relative_date(d, first, first + count, ev, &relative, &distance, &from_event,
                    &unplaced, &to_come) &&
      (!dated || distance < token_distance(ev->when.first, ev->trigger_first))) {
    memset(&ev->when, 0, sizeof ev->when);
    ev->when.start = relative;
    ev->counted_from_event = from_event;
    if (to_come && ev->status == STATUS_HAPPENED) ev->status = STATUS_PLANNED;
  }
  /* "On Tuesday" with nothing to count from: not the last event's day */
  ev->time_unplaced = !dated && unplaced;
}

/* An event told without a time happened on the day of the event told
 * just before it, when that one is dated and told at most INHERIT_REACH
 * sentences before in the same paragraph: the story goes on. No further:
 * annotators date an event by what the text says of it, and a date
 * carried across paragraphs or past an undated event is a guess (tried:
 * on the 46 probe texts it dated a few more events right, and mixed up
 * rasqal's answers to the official scorer's events query, which pairs
 * dated events wrongly, far more). An event told in the past perfect
 * ("had been spying") happened before. A day named in a sentence without
 * an event dates what counts from it ("the next day"), not what tells no
 * time at all. */
enum { INHERIT_REACH = 2 };

static int same_paragraph(const document *d, size_t si, size_t k) {
  const sentence *here = doc_sentence(d, si), *there = doc_sentence(d, k);
  return here->block == there->block && doc_block(d, here->block)->kind == BLOCK_TEXT;
}

static int past_perfect(const document *d, const event *ev) {
  size_t first = doc_sentence(d, ev->sentence)->first;
  for (size_t k = ev->trigger_first, steps = 0; k-- > first && steps < 3; steps++)
    if (lex_at(d, k, LX_PAST_PERFECT) == 1) return 1;
  return 0;
}

void event_dates_inherit(document *d, size_t si, event *ev) {
  if (past_perfect(d, ev)) return;
  for (size_t i = d->events.len; i-- > 0;) {
    const event *x = *VEC_AT(&d->events, event *, i);
    if (x->sentence >= si) continue; /* new in this sentence */
    if (x->when.start.precision == DATE_NONE || si - x->last_sentence > INHERIT_REACH ||
        !same_paragraph(d, si, x->last_sentence))
      return;
    ev->when = x->when;
    ev->counted_from_event = x->counted_from_event;
    ev->date_inherited = 1;
    return;
  }
}

/* "Danmark udviser to russiske diplomater. Det oplyser Udenrigsministeriet
 * mandag.", "This was announced by the ministry on Monday.": a sentence
 * that opens with a back reference and a speech verb reports the one
 * before, and the time of the report dates its events told without one. */
enum { REPORT_VERB_REACH = 3 };

void event_dates_reported(document *d, size_t si) {
  const sentence *s = doc_sentence(d, si);
  if (si == 0 || s->count < 3 || !lex_at(d, s->first, LX_BACK_REFERENCE) ||
      doc_sentence(d, si - 1)->block != s->block)
    return;
  size_t verb = s->first + 1;
  while (verb < s->first + s->count && verb <= s->first + REPORT_VERB_REACH &&
         !(lex_is(span_of(d, verb), LX_SPEECH) && span_of(d, verb)->first == verb))
    verb++;
  if (verb >= s->first + s->count || verb > s->first + REPORT_VERB_REACH) return;
  event report = {0};
  report.sentence = si;
  report.trigger_first = report.trigger_last = verb;
  report.status = STATUS_HAPPENED;
  event_dates_assign(d, s, &report);
  if (report.when.start.precision == DATE_NONE) return;
  for (size_t i = 0; i < d->events.len; i++) {
    event *x = *VEC_AT(&d->events, event *, i);
    /* told there, or told there again ("Danmark udviser ..." above it) */
    if ((x->sentence == si - 1 || x->last_sentence == si - 1) && !x->time_unplaced &&
        (x->when.start.precision == DATE_NONE || x->date_inherited)) {
      x->when = report.when;
      x->counted_from_event = report.counted_from_event;
      x->date_inherited = 0;
    }
  }
}

