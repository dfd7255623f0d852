/*
 * Loads attache-store.so for the program: see store_module.h.
 */
#include "store_module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef ATTACHE_MODULE_DIR
#define ATTACHE_MODULE_DIR "/usr/local/lib/attache"
#endif
#ifndef ATTACHE_INSTALLED_MODULE_DIR
#define ATTACHE_INSTALLED_MODULE_DIR ATTACHE_MODULE_DIR
#endif

const store_module *store_module_load(const char **path_out, const char **why) {
  static const store_module *loaded;
  static char path[4096], reason[512];
  if (loaded) return loaded;
  /* $ATTACHE_MODULE_DIR for a moved installation; else the build tree's
   * module while the build tree is there, as for the ontology, so that a
   * freshly built attache never runs an old module */
  const char *dir = getenv("ATTACHE_MODULE_DIR");
  struct stat st;
  snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : ATTACHE_MODULE_DIR,
           ATTACHE_STORE_MODULE_FILE);
  if (!(dir && *dir) && stat(path, &st) != 0)
    snprintf(path, sizeof path, "%s/%s", ATTACHE_INSTALLED_MODULE_DIR,
             ATTACHE_STORE_MODULE_FILE);
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
