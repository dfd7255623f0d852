/*
 * knowledge_image — the knowledge compiled into one binary file, so that a
 * start does not parse half a megabyte of Turtle and rebuild every index
 * (about 30 ms) but reads one file and ties its pointers (about 2 ms).
 *
 * The image is private to one build of attache on one machine: it holds the
 * strings, entities, lexicon entries, the hash maps slot by slot (same
 * capacity, same hashes, so every entry stays where it was) and the sorted
 * lists, with indexes instead of pointers. A key made from the knowledge
 * files' names, sizes and times and from this build says whether an image
 * is still good; every index is checked on reading, so a damaged image is
 * refused, never trusted.
 */
#ifndef ATTACHE_KNOWLEDGE_IMAGE_H
#define ATTACHE_KNOWLEDGE_IMAGE_H

#include "knowledge.h"

/* Writes `kb` to `path` (through a temporary file and rename); 0 or -1. */
int kb_image_write(const attache_knowledge *kb, const char *path,
                   unsigned long long key);

/* The knowledge restored from `path`, or NULL when the file is missing,
 * made for another key, or damaged. */
attache_knowledge *kb_image_read(const char *path, unsigned long long key);

#endif
