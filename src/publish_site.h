/*
 * publish_site — the files of a published site other than the HTML pages:
 * each resource's Turtle (raptor), the whole graph as one dump, the VoID
 * description of the dataset, and the nginx configuration that serves
 * Turtle or HTML at the extension-less resource URLs. Also the helpers every
 * writer shares: the file name of a page, temporary files renamed into
 * place so a reader never sees a half-written file.
 */
#ifndef ATTACHE_PUBLISH_SITE_H
#define ATTACHE_PUBLISH_SITE_H

#include <stdio.h>

#include "publish_graph.h"

typedef struct {
  const pub_graph *graph;
  const char *outdir;    /* absolute, no trailing slash */
  const char *base;      /* the site's base IRI, ends with '/' */
  const char *base_path; /* its path: "/kg/" */
  const char *license;   /* IRI or NULL */
  const char *sparql;    /* endpoint IRI or NULL */
  const char *listen;    /* nginx test config: ADDR:PORT */
  pub_report report;     /* problems writing: (file, what) */
  void *handle;
} pub_site;

/* OUTDIR/PATH.EXT (ext NULL: OUTDIR/PATH), its folders created; NULL on
 * failure (reported). The caller frees it. */
char *pub_site_file(const pub_site *s, const char *path, const char *ext);

/* A temporary file beside `file`, to be renamed by pub_site_commit(). */
FILE *pub_site_open(const pub_site *s, const char *file, char **tmp);
/* Closes and renames (ok = 1) or removes (ok = 0); 0 on success. */
int pub_site_commit(const pub_site *s, FILE *f, char *tmp, const char *file, int ok);

/* Writes PATH.ttl: what the resource says and what is said about it. */
int pub_write_turtle(const pub_site *s, const pub_resource *r);
/* Writes graph.ttl: every statement of the site. */
int pub_write_dump(const pub_site *s);
/* Writes void.ttl. */
int pub_write_void(const pub_site *s);
/* Writes nginx/attache-http.conf, nginx/attache-server.conf, nginx/nginx.conf. */
int pub_write_nginx(const pub_site *s);

#endif
