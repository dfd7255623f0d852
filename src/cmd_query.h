/*
 * cmd_query — `attache query`: SPARQL over the store `attache build` wrote,
 * or over graph files loaded into memory, with redland/rasqal; refuses the
 * constructs rasqal 0.9.33 answers wrongly (see query_check.h).
 */
#ifndef ATTACHE_CMD_QUERY_H
#define ATTACHE_CMD_QUERY_H

#include <getopt.h>
#include <stdio.h>

#include "store_module.h"

/* Where `attache query` looks without --store: `attache build`'s store in
 * the README's output folder. */
#define ATTACHE_QUERY_DEFAULT_STORE "output/" STORE_DIR_NAME

/** Runs `attache query`; argv[0] is "query". Returns the exit status. */
int attache_cmd_query(int argc, char **argv);

/* The help text and the question "does this command line ask for it?",
 * compiled into the program as well as the store module (query_usage.c):
 * `attache query --help` answers even where the module cannot load. */
void attache_query_usage(FILE *f);
int attache_query_wants_help(int argc, char **argv);
extern const struct option attache_query_options[];
#define ATTACHE_QUERY_SHORT_OPTIONS "e:f:r:h"

#endif
