/*
 * events — finds diplomatic events: a trigger per event class (triggers.h),
 * its participants (roles.h), its date from its clause or sentence, its
 * status (happened, planned, rejected) and negation, and the sentence as
 * evidence; the same event told again is one node. Writes d->events.
 */
#ifndef ATTACHE_EVENTS_H
#define ATTACHE_EVENTS_H

#include "dates.h"
#include "document.h"

typedef enum {
  STATUS_HAPPENED,
  STATUS_PLANNED,
  STATUS_REJECTED
} event_status;

struct event {
  const kb_entity *cls;   /* event class */
  vec actors, targets, participants, topics; /* entity * */
  vec places;             /* entity *: where it was held (lex:venue) */
  size_t sentence;
  size_t last_sentence;  /* where it was last told */
  size_t trigger_first, trigger_last;
  date_span when;         /* when.start.precision == DATE_NONE: undated */
  int counted_from_event; /* when is "the next day" after another event */
  int time_unplaced;      /* a time is told that could not be placed ("on
                           * Tuesday" with no date to count from) */
  int date_inherited;     /* the date is the event's before it */
  event_status status;
  const char *iri;
};

attache_status events_document(document *d);
void events_free(document *d);

#endif
