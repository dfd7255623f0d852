/*
 * query_usage — what `attache query` accepts and its help text: shared by
 * the store module, which runs queries, and the program, which answers
 * --help itself so that help never depends on the module loading.
 */
#include "cmd_query.h"

const struct option attache_query_options[] = {
    {"expression", required_argument, 0, 'e'},
    {"file", required_argument, 0, 'f'},
    {"store", required_argument, 0, 's'},
    {"results", required_argument, 0, 'r'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0}};

void attache_query_usage(FILE *f) {
  fputs(
      "Usage: attache query [--store DIR] (-e SPARQL | -f FILE.rq) [--results FMT]\n"
      "       attache query GRAPH... (-e SPARQL | -f FILE.rq) [--results FMT]\n"
      "Answer a SPARQL query over the store attache build wrote (default\n"
      ATTACHE_QUERY_DEFAULT_STORE ") or over graph files (.ttl, .nq, .nt, .rdf).\n"
      "\n"
      "  -e, --expression SPARQL  the query\n"
      "  -f, --file FILE.rq       the query, from a file ('-' reads stdin)\n"
      "      --store DIR          the store to ask (default " ATTACHE_QUERY_DEFAULT_STORE ")\n"
      "  -r, --results FMT        table (default), tsv, csv, json, xml;\n"
      "                           CONSTRUCT/DESCRIBE: turtle (default), ntriples\n"
      "  -h, --help               this help\n"
      "\n"
      "The default graph is every document's graph together; GRAPH ?g { ... }\n"
      "names the document. Constructs rasqal 0.9.33 answers wrongly are refused\n"
      "with a rewrite that works.\n"
      "Exit status: 0 answered, 2 usage error, 3 nothing answered.\n",
      f);
}

int attache_query_wants_help(int argc, char **argv) {
  /* the same parse the command makes, so "-e -h" is a query, not help */
  int c, help = 0;
  optind = 0;
  opterr = 0;
  while (!help && (c = getopt_long(argc, argv, ATTACHE_QUERY_SHORT_OPTIONS,
                                    attache_query_options, NULL)) != -1) {
    if (c == 'h') help = 1;
    else if (c == '?' || c == ':') break; /* the command reports it */
  }
  optind = 0;
  return help;
}
