/*
 * events — finds diplomatic events: trigger words per event class (stemmed,
 * from the lexicon), participants from the clause around the trigger
 * (subject → actor, object → target, "with"/"med", "to"/"til"), dates from
 * the sentence, status (happened, planned, rejected), negation, topics, and
 * the sentence as evidence. Writes d->events.
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
  size_t sentence;
  size_t last_sentence;  /* where it was last told */
  size_t trigger_first, trigger_last;
  date_span when;         /* when.start.precision == DATE_NONE: undated */
  event_status status;
  const char *iri;
};

attache_status events_document(document *d);
void events_free(document *d);

#endif
