/*
 * files — small file-system helpers the commands share (build, publish,
 * the knowledge cache folder), and the naming of build's output files.
 * Owns nothing.
 */
#ifndef ATTACHE_FILES_H
#define ATTACHE_FILES_H

#include <stdio.h>

/* mkdir -p: 0, or -1 with errno set. */
int files_make_dirs(const char *path);

/* Opens PATH.tmp.XXXXXX beside `path` for writing (mode 0644) and stores
 * its name in *tmp (free() it); the caller renames it into place. NULL
 * with errno set on failure. */
FILE *files_open_temporary(const char *path, char **tmp);

/* The output file of each document `paths[i]` under `indir`, as a path
 * relative to the output folder: SUB/STEM.EXT for INDIR/SUB/STEM.txt, so
 * that documents of the same name in different folders get different
 * files. Names are unique across the n documents, which must come in a
 * fixed order (build's sorted listing) since later ones yield: a stem taken
 * already ("x.txt" after "x.html") keeps its extension (SUB/x.txt.EXT),
 * then gets a number (SUB/x.txt-2.EXT). `reserved` (NULL-terminated) are
 * names of the output folder itself (the merged graph, the store): none is
 * given, and a top-level folder of that name becomes "_NAME". Returns n
 * malloc'd strings (files_free_names() frees them), or NULL when out of
 * memory; `moved`, if not NULL, gets n flags: 1 where the name is not
 * SUB/STEM.EXT. */
char **files_output_names(const char *indir, char *const *paths, size_t n,
                          const char *ext, const char *const *reserved,
                          unsigned char *moved);
void files_free_names(char **names, size_t n);

#endif
