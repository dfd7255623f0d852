/*
 * quotes — reported speech: quoted tokens, quoting sentences and their
 * speakers (see quotes.c). Part of the events stage.
 */
#ifndef ATTACHE_QUOTES_H
#define ATTACHE_QUOTES_H

#include "document.h"

/* A speaker's quoted word ("said the evidence was \"unequivocal\"") makes
 * a statement; it takes a quotation of this many words to make an event
 * verb the verb introducing it, since "warned of \"countermeasures\"" is
 * still a warning. */
enum { QUOTES_EVENT_WORDS = 4 };

/* Whether token i starts or is inside a speech verb ("said", "siger"). */
int quotes_speech_at(const document *d, size_t i);

/* Finds the document's dash quotations (d->dash_ends); -1 out of memory. */
int quotes_find_dashes(document *d);

/* Per token, 1 when it is quoted; in the document's arena, NULL out of
 * memory. Needs quotes_find_dashes() first. */
unsigned char *quotes_tokens(document *d);

/* Does sentence s quote someone, with at least `min_words` words in one
 * pair of quote marks? An unpaired mark is part of a quotation running
 * over sentences. */
int quotes_in_sentence(const document *d, const sentence *s, size_t min_words);

/* The person a speech verb of s quotes, or NULL; *verb (when not NULL)
 * is where the verb starts. */
entity *quotes_speaker(document *d, const sentence *s, size_t *verb);

/* The speaker of a quotation that token `at` of s is in and that runs on
 * past s, named where it closes; or NULL. */
entity *quotes_closing_speaker(document *d, const sentence *s, size_t at);

#endif
