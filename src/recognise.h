/*
 * recognise — finds what the text names, sentence by sentence in the main
 * text: longest lexicon matches over folded tokens (states, territories,
 * organisations, ministries, known people, adjectives, demonyms, seats of
 * government, titles, cue words; possessives "Russia's"/"Ruslands" folded
 * in), Danish title compounds ("forsvarsminister"), and runs of
 * capitalised words that may be names. Writes d->spans and d->span_at;
 * deciding what the runs are is `resolve`'s job.
 */
#ifndef ATTACHE_RECOGNISE_H
#define ATTACHE_RECOGNISE_H

#include "document.h"

attache_status recognise_document(document *d);

/* May the word at token i be the verb of its sentence? A word that starts
 * an event trigger ("indkaldte", "summoned", "Visits") or is a speech
 * verb. Uses the document's stem cache. */
int recognise_may_be_verb(document *d, size_t i);

/* 1 when the sentence's block is main text (not boilerplate). */
int sentence_is_main(const document *d, size_t sentence_index);

#endif
