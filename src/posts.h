/*
 * posts — the offices people hold, one post per holder × role × state:
 * from a title next to a name ("Foreign Minister Jeppe Kofod", "Jeppe
 * Kofod, the foreign minister"), with the state the title names, the one
 * place a title belongs to (lex:ownTitle), the office already given to the
 * holder, the state a known person serves, or the document's own state;
 * a counterpart's office; and, on a second pass, a title alone ("the
 * foreign minister") as the holder named elsewhere. Writes d->posts and
 * the targets of title spans without a name. Part of resolve.
 */
#ifndef ATTACHE_POSTS_H
#define ATTACHE_POSTS_H

#include "document.h"

/* Titles with a named holder (anaphors 0), or titles alone that stand for
 * a holder named elsewhere (anaphors 1). */
void posts_resolve(document *d, int anaphors);

/* One holder at a time of a single office: a guessed home office that
 * another person holds moves to the other state of its sentence; a guess
 * gives way to the state the text names later. */
void posts_settle(document *d);

#endif
