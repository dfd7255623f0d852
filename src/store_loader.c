/*
 * Loads attache-store.so for the program: see store_module.h.
 */
#include "store_module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ATTACHE_INSTALLED_MODULE_DIR
#define ATTACHE_INSTALLED_MODULE_DIR "/usr/local/lib/attache"
#endif

/* The folder of the running program, with its final slash; "" when
 * /proc/self/exe cannot be read. */
static void program_folder(char *out, size_t size) {
  out[0] = '\0';
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash) return;
  slash[1] = '\0';
  snprintf(out, size, "%s", exe);
}

const store_module *store_module_load(const char **path_out, const char **why) {
  static const store_module *loaded;
  static char path[4096], reason[512];
  if (loaded) return loaded;
  /* $ATTACHE_MODULE_DIR for a moved installation; else the module beside
   * the program, which is where the build tree has it (so a freshly built
   * attache never runs an old module) and which only whoever may replace
   * the program can write; else the installed one. Never a folder named at
   * build time: an installed program would trust whoever later creates it. */
  const char *dir = getenv("ATTACHE_MODULE_DIR");
  struct stat st;
  int written;
  if (dir && *dir) {
    written = snprintf(path, sizeof path, "%s/%s", dir, ATTACHE_STORE_MODULE_FILE);
  } else {
    char folder[4096];
    program_folder(folder, sizeof folder);
    written = snprintf(path, sizeof path, "%s%s", folder, ATTACHE_STORE_MODULE_FILE);
    if (!*folder || written < 0 || (size_t)written >= sizeof path ||
        stat(path, &st) != 0)
      written = snprintf(path, sizeof path, "%s/%s", ATTACHE_INSTALLED_MODULE_DIR,
                         ATTACHE_STORE_MODULE_FILE);
  }
  if (written < 0 || (size_t)written >= sizeof path) {
    snprintf(reason, sizeof reason, "cannot load the store module (%s)",
             "its path is too long");
    *path_out = dir && *dir ? dir : ATTACHE_INSTALLED_MODULE_DIR;
    *why = reason;
    return NULL;
  }
  *path_out = path;
  void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    /* dlerror() says "PATH: what": keep the what */
    const char *e = dlerror();
    size_t n = strlen(path);
    if (e && !strncmp(e, path, n) && !strncmp(e + n, ": ", 2)) e += n + 2;
    snprintf(reason, sizeof reason, "cannot load the store module (%s)",
             e ? e : "unknown error");
    *why = reason;
    return NULL;
  }
  const store_module *m = dlsym(handle, ATTACHE_STORE_MODULE_SYMBOL);
  if (!m || m->version != ATTACHE_STORE_MODULE_VERSION) {
    snprintf(reason, sizeof reason, "%s",
             m ? "the store module is from another version of attache"
               : "not an attache store module");
    dlclose(handle);
    *why = reason;
    return NULL;
  }
  loaded = m;
  return loaded;
}
