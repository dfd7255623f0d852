/*
 * files — small file-system helpers the commands share (build, publish,
 * the knowledge cache folder). Owns nothing.
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

#endif
