/*
 * publish_html — HTML pages of a published site, built as libxml2 trees
 * (text and attribute values are escaped by libxml2, never pasted into
 * markup) and saved with htmlSaveFileFormat. publish_html.c owns the page
 * frame (head, embedded style sheet, header, footer), links and the index
 * page; publish_page.c the page of one resource and the event tables both
 * use.
 */
#ifndef ATTACHE_PUBLISH_HTML_H
#define ATTACHE_PUBLISH_HTML_H

#include <libxml/HTMLtree.h>
#include <stddef.h>

#include "publish_site.h"

typedef struct {
  const pub_site *site;
  const char *path; /* the page's resource path; "" for the index */
  xmlDocPtr doc;
  xmlNodePtr main;
} pub_page;

/* Starts a page with its <head>, header and <main>; -1 when out of memory. */
int pub_page_open(pub_page *pg, const pub_site *s, const char *path, const char *title);
/* Adds the footer, saves to `file` (via a temporary file) and frees. */
int pub_page_save(pub_page *pg, const char *file);
/* Frees a page that is not saved. */
void pub_page_discard(pub_page *pg);

/* <tag class=cls>text</tag> under `parent` (text and cls may be NULL). */
xmlNodePtr pub_el(xmlNodePtr parent, const char *tag, const char *text, const char *cls);
/* <section><h2>title</h2></section> under <main>, with id. */
xmlNodePtr pub_section(pub_page *pg, const char *id, const char *title);
/* <a href=href class=cls>text</a>. */
xmlNodePtr pub_a(xmlNodePtr parent, const char *href, const char *text, const char *cls);
/* The relative link from this page to a published resource, or NULL; the
 * caller frees it. */
char *pub_href(const pub_page *pg, const char *iri);
/* An IRI, a literal or a blank node, as a link with its label where it is
 * one of ours, the compact IRI otherwise, a literal with its language. */
void pub_term(pub_page *pg, xmlNodePtr parent, const raptor_term *t);
/* A link to a resource of the site with its name. */
void pub_resource_link(pub_page *pg, xmlNodePtr parent, const char *iri);

/* "dip:Person" for known namespaces, else the IRI itself. */
const char *pub_curie(const char *iri, char *buf, size_t size);
/* "PhoneCall" -> "Phone call". */
void pub_humanise(const char *local, char *buf, size_t size);
/* The name of a resource for people: label, title, or for an event its
 * type and date; `buf` holds it when made up. */
const char *pub_name(const pub_graph *g, const char *iri, char *buf, size_t size);

/* The event's kind, e.g. "PhoneCall" (NULL when it has none but dip:Event). */
const char *pub_event_class(const pub_graph *g, const char *event);
/* The event's date as written ("1952-07-26", "1983-03", "1939/1945"), or NULL. */
const char *pub_event_date(const pub_graph *g, const char *event, char *buf, size_t size);
/* Sorts event IRIs by date (undated last), then by IRI. */
void pub_sort_events(const pub_graph *g, const char **events, size_t n);
/* A table of events: date, kind, participants and (evidence = 1) the
 * sentence with a link to its document. Rows get ids when anchors = 1. */
void pub_event_table(pub_page *pg, xmlNodePtr parent, const char **events, size_t n,
                     int evidence, int anchors);

/* index.html. */
int pub_write_index(const pub_site *s);
/* PATH.html of one resource. */
int pub_write_page(const pub_site *s, const pub_resource *r);

#endif
