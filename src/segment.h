/*
 * segment — splits document text into blocks (lines), tells main text from
 * boilerplate by its shape (reference lists, "READ MORE:" lines, teaser and
 * press-release lists, contact footers, repeated lines), splits blocks into
 * sentences (the tokens themselves: tokenize.c), and guesses the language.
 * Writes d->blocks, d->sentences, d->tokens, d->title, d->lang.
 */
#ifndef ATTACHE_SEGMENT_H
#define ATTACHE_SEGMENT_H

#include "document.h"
#include "tokenize.h"

attache_status segment_document(document *d);


/* The first block of running text after the title (a paragraph of
 * several words ending as a sentence), or d->blocks.len: what stands
 * between is the header (a press release's senders, a dateline). */
size_t segment_first_prose(const document *d);

/* Classifies the lines of `text` into blocks (exposed for tests). */
attache_status segment_blocks(document *d);

#endif
