/*
 * files — small file-system helpers the commands share (build, publish,
 * the knowledge cache folder). Owns nothing.
 */
#ifndef ATTACHE_FILES_H
#define ATTACHE_FILES_H

/* mkdir -p: 0, or -1 with errno set. */
int files_make_dirs(const char *path);

#endif
