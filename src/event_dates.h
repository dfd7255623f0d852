/*
 * event_dates — when each event happened: see event_dates.c. Used by the
 * event stage (events.c) as it reads sentence after sentence.
 */
#ifndef ATTACHE_EVENT_DATES_H
#define ATTACHE_EVENT_DATES_H

#include "events.h"

/* Before the first sentence of a document; -1 when out of memory. */
int event_dates_begin(document *d);

/* The date of a new event from its sentence s: its clause's date, else
 * the sentence's, or a relative time nearer the trigger. */
void event_dates_assign(document *d, const sentence *s, event *ev);

/* An event of sentence si told with no time: the running date of the
 * text, when there is one. */
void event_dates_inherit(document *d, size_t si, event *ev);

/* Before the events of sentence si: when it reports the sentence before
 * ("Det oplyser Udenrigsministeriet mandag"), its time dates the events
 * told there without one. */
void event_dates_reported(document *d, size_t si);

#endif
