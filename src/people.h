/*
 * people — the resolve stage's part for people: which person each name
 * span names, within one document (see people.c).
 */
#ifndef ATTACHE_PEOPLE_H
#define ATTACHE_PEOPLE_H

#include "document.h"

/* Sets the targets of the document's person names and mints their
 * entities; runs after the gazetteer's names are resolved, so that a name
 * run already taken by a state or organisation is left alone. */
void people_resolve(document *d);

#endif
