#include "files.h"

#include "strmap.h"

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

static int is_reserved(const char *const *reserved, const char *name, size_t n) {
  for (; reserved && *reserved; reserved++)
    if (strlen(*reserved) == n && !strncmp(*reserved, name, n)) return 1;
  return 0;
}

/* The k-th candidate for a document: DIR/STEM.EXT, DIR/BASE.EXT, then
 * DIR/BASE-k.EXT. */
static char *candidate(const char *dir, size_t dir_len, const char *base,
                       size_t stem_len, const char *ext, size_t k) {
  size_t n = dir_len + strlen(base) + strlen(ext) + 32;
  char *out = malloc(n);
  if (!out) return NULL;
  const char *sep = dir_len ? "/" : "";
  if (k == 0)
    snprintf(out, n, "%.*s%s%.*s.%s", (int)dir_len, dir, sep, (int)stem_len, base, ext);
  else if (k == 1)
    snprintf(out, n, "%.*s%s%s.%s", (int)dir_len, dir, sep, base, ext);
  else
    snprintf(out, n, "%.*s%s%s-%zu.%s", (int)dir_len, dir, sep, base, k, ext);
  return out;
}

char **files_output_names(const char *indir, char *const *paths, size_t n,
                          const char *ext, const char *const *reserved,
                          unsigned char *moved) {
  char **names = calloc(n ? n : 1, sizeof *names);
  if (!names) return NULL;
  strmap taken; /* keys borrowed from names */
  strmap_init(&taken);
  size_t in = strlen(indir);
  while (in > 1 && indir[in - 1] == '/') in--;
  for (size_t i = 0; i < n; i++) {
    const char *path = paths[i];
    const char *rel = !strncmp(path, indir, in) && path[in] == '/' ? path + in + 1 : path;
    while (*rel == '/') rel++;
    const char *slash = strrchr(rel, '/');
    const char *base = slash ? slash + 1 : rel;
    const char *dot = strrchr(base, '.');
    size_t stem_len = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    /* a top-level folder named like the output folder's own files moves
     * aside, or its graphs would be replaced by them */
    size_t dir_len = slash ? (size_t)(slash - rel) : 0;
    size_t first = slash ? strcspn(rel, "/") : 0;
    int aside = slash && is_reserved(reserved, rel, first);
    char *dir = malloc(dir_len + 2);
    if (!dir) goto fail;
    snprintf(dir, dir_len + 2, "%s%.*s", aside ? "_" : "", (int)dir_len, rel);
    dir_len += (size_t)aside;
    for (size_t k = 0; !names[i]; k++) {
      char *name = candidate(dir, dir_len, base, stem_len, ext, k);
      if (!name) {
        free(dir);
        goto fail;
      }
      if (strmap_get(&taken, name) || (!dir_len && is_reserved(reserved, name, strlen(name)))) {
        free(name);
        continue;
      }
      if (strmap_put(&taken, name, name)) {
        free(name);
        free(dir);
        goto fail;
      }
      names[i] = name;
      if (moved) moved[i] = aside || k > 0;
    }
    free(dir);
  }
  strmap_free(&taken);
  return names;
fail:
  strmap_free(&taken);
  files_free_names(names, n);
  return NULL;
}

void files_free_names(char **names, size_t n) {
  if (!names) return;
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
}
