/*
 * segment — splits document text into blocks (lines), tells main text from
 * boilerplate by its shape (reference lists, "READ MORE:" lines, teaser and
 * press-release lists, contact footers, repeated lines), splits blocks into
 * sentences and sentences into tokens, and guesses the language.
 * Writes d->blocks, d->sentences, d->tokens, d->title, d->lang.
 */
#ifndef ATTACHE_SEGMENT_H
#define ATTACHE_SEGMENT_H

#include "document.h"

attache_status segment_document(document *d);

/* Tokenises text[start..end) into `out` (token), with folded keys in `a`.
 * Sentence indices are left 0. Returns 0 or -1 when out of memory. */
int tokenize(arena *a, const char *text, size_t start, size_t end, vec *out);

/* The first block of running text after the title (a paragraph of
 * several words ending as a sentence), or d->blocks.len: what stands
 * between is the header (a press release's senders, a dateline). */
size_t segment_first_prose(const document *d);

/* Classifies the lines of `text` into blocks (exposed for tests). */
attache_status segment_blocks(document *d);

#endif
