/*
 * The table attache-store.so exports: see store_module.h. Built into the
 * module only, never into the attache program.
 */
#include "store_module.h"

#include "cmd_query.h"
#include "store.h"

__attribute__((visibility("default"))) const store_module attache_store_module = {
    .version = ATTACHE_STORE_MODULE_VERSION,
    .create = store_create,
    .add_nquads = store_add_nquads,
    .commit = store_commit,
    .free = store_free,
    .cmd_query = attache_cmd_query,
};
