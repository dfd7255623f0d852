/*
 * roles — who takes part in an event and how. From the clause around a
 * trigger it takes the actors (the subject before the verb, after a Danish
 * verb that follows another part of the clause, before a relative clause,
 * the agent of a passive, the owner of a noun trigger, or the sentence's
 * subject for a clause without one), the targets and the participants of
 * symmetric events, and the topics; a person brings the state of their
 * office, a ministry or embassy its state. Writes the event's lists.
 */
#ifndef ATTACHE_ROLES_H
#define ATTACHE_ROLES_H

#include "document.h"
#include "events.h"
#include "triggers.h"

static inline void push_entity(vec *v, entity *e) {
  if (!e) return;
  for (size_t i = 0; i < v->len; i++)
    if (*VEC_AT(v, entity *, i) == e) return;
  entity **slot = vec_push(v);
  if (slot) *slot = e;
}

static inline int contains(const vec *v, const entity *e) {
  for (size_t i = 0; i < v->len; i++)
    if (*VEC_AT(v, entity *, i) == e) return 1;
  return 0;
}

/* The entity at token i where a span starts there (the last person named
 * for a pronoun), and in *last the span's last token. */
entity *entity_at(document *d, size_t i, size_t *last);

/* Adds e to v with what it brings: a person's office state, a ministry's
 * state, an embassy's sending state. */
void add_with_state(document *d, vec *v, entity *e);

/* Fills ev's actors, targets, participants and topics from its sentence. */
void collect_arguments(document *d, const stem_word **words, const sentence *s,
                       event *ev, const trigger *t);

#endif
