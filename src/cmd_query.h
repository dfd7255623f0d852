/*
 * cmd_query — `attache query`: SPARQL over the store `attache build` wrote,
 * or over graph files loaded into memory, with redland/rasqal; refuses the
 * constructs rasqal 0.9.33 answers wrongly (see query_check.h).
 */
#ifndef ATTACHE_CMD_QUERY_H
#define ATTACHE_CMD_QUERY_H

/** Runs `attache query`; argv[0] is "query". Returns the exit status. */
int attache_cmd_query(int argc, char **argv);

#endif
