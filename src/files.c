#include "files.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int files_make_dirs(const char *path) {
  char *copy = strdup(path);
  if (!copy) return -1;
  for (char *p = copy + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(copy, 0755) && errno != EEXIST) {
        free(copy);
        return -1;
      }
      *p = '/';
    }
  int rc = mkdir(copy, 0755) && errno != EEXIST ? -1 : 0;
  free(copy);
  return rc;
}

FILE *files_open_temporary(const char *path, char **tmp) {
  size_t n = strlen(path) + 16;
  *tmp = malloc(n);
  if (!*tmp) {
    errno = ENOMEM;
    return NULL;
  }
  snprintf(*tmp, n, "%s.tmp.XXXXXX", path);
  int fd = mkstemp(*tmp);
  FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
  if (!f) {
    int err = errno;
    if (fd >= 0) {
      close(fd);
      unlink(*tmp);
    }
    free(*tmp);
    *tmp = NULL;
    errno = err;
    return NULL;
  }
  fchmod(fd, 0644);
  return f;
}
