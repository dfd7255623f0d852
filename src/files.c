#include "files.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
