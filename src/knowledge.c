#include "knowledge.h"
#include "knowledge_image.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <raptor2.h>

#include "document.h"
#include "fold.h"
#include "segment.h"
#include "stem.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define RDFS_SUBCLASS "http://www.w3.org/2000/01/rdf-schema#subClassOf"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define OWL_SAMEAS "http://www.w3.org/2002/07/owl#sameAs"
#define ORG_ROLE "http://www.w3.org/ns/org#role"
#define ORG_POSTIN "http://www.w3.org/ns/org#postIn"

/* One parsed triple, strings in the knowledge arena. */
typedef struct {
  const char *s, *p, *o, *lang, *datatype;
  int o_kind;   /* attache_term_kind */
  size_t order; /* position in the files: "first listed" means something */
} kb_triple;

typedef struct {
  attache_knowledge *kb;
  vec triples;
  attache_message_func on_message;
  void *handle;
  const char *file;
  int errors;
} loader;

static char marker; /* value stored in string sets */

/* ---- reading Turtle ------------------------------------------------------ */

static const char *term_string(arena *a, raptor_term *t, int *kind) {
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    *kind = ATTACHE_IRI;
    return arena_strdup(a, (const char *)raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_BLANK:
    *kind = ATTACHE_BLANK;
    return arena_strndup(a, (const char *)t->value.blank.string,
                         t->value.blank.string_len);
  case RAPTOR_TERM_TYPE_LITERAL:
    *kind = ATTACHE_LITERAL;
    return arena_strndup(a, (const char *)t->value.literal.string,
                         t->value.literal.string_len);
  default:
    *kind = ATTACHE_LITERAL;
    return arena_strdup(a, "");
  }
}

static void on_statement(void *user, raptor_statement *st) {
  loader *l = user;
  kb_triple *t = vec_push(&l->triples);
  if (!t) return;
  t->order = l->triples.len;
  arena *a = &l->kb->mem;
  int kind;
  t->s = term_string(a, st->subject, &kind);
  if (kind == ATTACHE_BLANK) t->s = arena_printf(a, "_:%s", t->s);
  t->p = term_string(a, st->predicate, &kind);
  t->o = term_string(a, st->object, &t->o_kind);
  if (t->o_kind == ATTACHE_BLANK) t->o = arena_printf(a, "_:%s", t->o);
  if (st->object->type == RAPTOR_TERM_TYPE_LITERAL) {
    if (st->object->value.literal.language)
      t->lang = arena_strndup(a, (const char *)st->object->value.literal.language,
                              st->object->value.literal.language_len);
    if (st->object->value.literal.datatype)
      t->datatype = arena_strdup(
          a, (const char *)raptor_uri_as_string(st->object->value.literal.datatype));
  }
}

static void on_log(void *user, raptor_log_message *m) {
  loader *l = user;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;
  l->errors++;
  if (!l->on_message) return;
  char where[4096];
  snprintf(where, sizeof where, "%s:%d", l->file,
           m->locator ? m->locator->line : 0);
  l->on_message(l->handle, ATTACHE_ERROR, where, m->text);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int kb_list_turtle(const char *dir, vec *out, int depth) {
  if (depth > 8) return 0;
  DIR *d = opendir(dir);
  if (!d) return -1;
  vec names;
  vec_init(&names, sizeof(char *));
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *path = malloc(n);
    if (!path) break;
    snprintf(path, n, "%s/%s", dir, e->d_name);
    char **slot = vec_push(&names);
    if (!slot) {
      free(path);
      break;
    }
    *slot = path;
  }
  closedir(d);
  if (names.len) qsort(names.data, names.len, sizeof(char *), cmp_str);
  for (size_t i = 0; i < names.len; i++) {
    char *path = *VEC_AT(&names, char *, i);
    struct stat st;
    size_t n = strlen(path);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
      kb_list_turtle(path, out, depth + 1);
      free(path);
    } else if (n > 4 && strcmp(path + n - 4, ".ttl") == 0) {
      char **slot = vec_push(out);
      if (slot) *slot = path;
      else free(path);
    } else {
      free(path);
    }
  }
  vec_free(&names);
  return 0;
}

static int parse_file(raptor_world *world, loader *l, const char *path) {
  raptor_parser *p = raptor_new_parser(world, "turtle");
  if (!p) return -1;
  raptor_parser_set_statement_handler(p, l, on_statement);
  unsigned char *uri_str = raptor_uri_filename_to_uri_string(path);
  raptor_uri *uri = uri_str ? raptor_new_uri(world, uri_str) : NULL;
  l->file = path;
  int before = l->errors;
  int rc = uri ? raptor_parser_parse_file(p, uri, uri) : -1;
  if (uri) raptor_free_uri(uri);
  if (uri_str) raptor_free_memory(uri_str);
  raptor_free_parser(p);
  return (rc || l->errors > before) ? -1 : 0;
}

/* ---- indexing ------------------------------------------------------------ */

/* By subject, then predicate, then the order the data was written in. */
static int cmp_triple(const void *a, const void *b) {
  const kb_triple *x = a, *y = b;
  int c = strcmp(x->s, y->s);
  if (c) return c;
  c = strcmp(x->p, y->p);
  if (c) return c;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The folded token keys of `text` joined by spaces. */
static char *phrase_key(attache_knowledge *kb, const char *text,
                        unsigned char *ntokens, unsigned char *casing) {
  vec toks;
  vec_init(&toks, sizeof(token));
  arena scratch;
  arena_init(&scratch);
  char *key = NULL;
  size_t len = strlen(text);
  if (tokenize(&scratch, text, 0, len, &toks) == 0 && toks.len &&
      toks.len < 256) {
    strbuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < toks.len; i++) {
      if (i) strbuf_putc(&b, ' ');
      strbuf_puts(&b, VEC_AT(&toks, token, i)->key);
    }
    if (!b.failed) key = arena_strndup(&kb->mem, b.data, b.len);
    strbuf_free(&b);
    *ntokens = (unsigned char)toks.len;
    *casing = text_is_all_caps(text, len)     ? CASE_EXACT_CAPS
              : text_is_capitalised(text, len) ? CASE_CAPITALISED
                                               : CASE_ANY;
  }
  arena_release(&scratch);
  vec_free(&toks);
  return key;
}

static char *stem_phrase(attache_knowledge *kb, stemmer *st, const char *text,
                         unsigned char *ntokens) {
  vec toks;
  vec_init(&toks, sizeof(token));
  arena scratch;
  arena_init(&scratch);
  char *key = NULL;
  if (tokenize(&scratch, text, 0, strlen(text), &toks) == 0 && toks.len &&
      toks.len < 256) {
    strbuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < toks.len; i++) {
      token *t = VEC_AT(&toks, token, i);
      char *s = stemmer_key(st, &scratch, text + t->start, t->end - t->start);
      if (!s) continue;
      if (b.len) strbuf_putc(&b, ' ');
      strbuf_puts(&b, s);
    }
    if (!b.failed && b.len) key = arena_strndup(&kb->mem, b.data, b.len);
    strbuf_free(&b);
    *ntokens = (unsigned char)toks.len;
  }
  arena_release(&scratch);
  vec_free(&toks);
  return key;
}

static int prefix_marker;

/* Proper token prefixes of a phrase key, so the recogniser can tell
 * whether a match may still grow (stem keys are indexed after loading, by
 * kb_build_indexes). */
static int note_prefixes(attache_knowledge *kb, const strmap *map,
                         const char *key) {
  if (map != &kb->phrases) return 0;
  for (const char *sp = strchr(key, ' '); sp; sp = strchr(sp + 1, ' ')) {
    char *prefix = arena_strndup(&kb->mem, key, (size_t)(sp - key));
    if (!prefix || strmap_put(&kb->phrase_prefixes, prefix, &prefix_marker) != 0)
      return -1;
  }
  return 0;
}

static int add_entry(attache_knowledge *kb, strmap *map, const char *key,
                     lex_type type, const kb_entity *target, const char *lang,
                     const char *form, unsigned char ntokens,
                     unsigned char casing, int value) {
  if (!key || !*key) return 0;
  lex_entry *head = strmap_get(map, key);
  for (lex_entry *e = head; e; e = e->next)
    if (e->type == type && e->target == target && e->casing == casing &&
        e->value == value && !strcmp(e->form, form) &&
        (e->lang == lang || (e->lang && lang && !strcmp(e->lang, lang))))
      return 0; /* same entry twice (e.g. a label repeated as altLabel) */
  lex_entry *e = arena_alloc(&kb->mem, sizeof *e);
  if (!e) return -1;
  e->type = type;
  e->target = target;
  e->lang = lang;
  e->form = form;
  e->ntokens = ntokens;
  e->casing = casing;
  e->value = value;
  if (note_prefixes(kb, map, key) != 0) return -1;
  /* append, keeping data order stable */
  if (!head) return strmap_put(map, key, e);
  while (head->next) head = head->next;
  head->next = e;
  if (ntokens > kb->max_tokens) kb->max_tokens = ntokens;
  return 0;
}

static int add_phrase(attache_knowledge *kb, const kb_triple *t,
                      lex_type type, const kb_entity *target, int value) {
  unsigned char n = 0, casing = 0;
  char *key = phrase_key(kb, t->o, &n, &casing);
  if (!key) return 0;
  if (n > kb->max_tokens) kb->max_tokens = n;
  return add_entry(kb, &kb->phrases, key, type, target, t->lang, t->o, n,
                   casing, value);
}

static kb_entity *entity_for(attache_knowledge *kb, const char *iri) {
  kb_entity *e = strmap_get(&kb->entities, iri);
  if (e) return e;
  e = arena_alloc(&kb->mem, sizeof *e);
  if (!e) return NULL;
  e->iri = iri;
  size_t nl = strlen(ID_NS);
  if (strncmp(iri, ID_NS, nl) == 0) e->local = iri + nl;
  vec_init(&e->same_as, sizeof(char *));
  vec_init(&e->cameo, sizeof(char *));
  return strmap_put(&kb->entities, iri, e) ? NULL : e;
}

static int is(const char *s, const char *ns, const char *local) {
  size_t n = strlen(ns);
  return strncmp(s, ns, n) == 0 && strcmp(s + n, local) == 0;
}

static kb_kind kind_of_class(const char *cls) {
  if (is(cls, DIP_NS, "State")) return KB_STATE;
  if (is(cls, DIP_NS, "Territory")) return KB_TERRITORY;
  if (is(cls, DIP_NS, "Organization") || is(cls, DIP_NS, "Embassy"))
    return KB_ORG;
  if (is(cls, DIP_NS, "InternationalOrganization")) return KB_INTL_ORG;
  if (is(cls, DIP_NS, "Ministry")) return KB_MINISTRY;
  if (is(cls, DIP_NS, "Person")) return KB_PERSON;
  if (is(cls, LEX_NS, "MinistryFunction")) return KB_MINISTRY_FUNCTION;
  if (is(cls, LEX_NS, "Region")) return KB_REGION;
  return KB_OTHER;
}

static void set_label(const char **slot, const char *value) {
  if (!*slot) *slot = value;
}

/* First pass over one subject: kind and scalar properties. */
static int describe(attache_knowledge *kb, const kb_triple *t, size_t n) {
  kb_entity *e = entity_for(kb, t[0].s);
  if (!e) return -1;
  int iso_only = 0, historical_iso = 0;
  for (size_t i = 0; i < n; i++) {
    const char *p = t[i].p;
    if (strcmp(p, RDF_TYPE) == 0) {
      kb_kind k = kind_of_class(t[i].o);
      if (k != KB_OTHER && (e->kind == KB_OTHER || k == KB_INTL_ORG))
        e->kind = k;
    } else if (strcmp(p, RDFS_LABEL) == 0 && t[i].lang) {
      if (!strcmp(t[i].lang, "en")) set_label(&e->label_en, t[i].o);
      if (!strcmp(t[i].lang, "da")) set_label(&e->label_da, t[i].o);
    } else if (is(p, LEX_NS, "iso3166")) {
      e->iso = t[i].o;
    } else if (is(p, LEX_NS, "isoSection")) {
      iso_only = 1;
      if (!strcmp(t[i].o, "3166-3")) historical_iso = 1;
    } else if (strcmp(p, OWL_SAMEAS) == 0) {
      const char **slot = vec_push(&e->same_as);
      if (slot) *slot = t[i].o;
    } else if (is(p, LEX_NS, "historical")) {
      e->historical = !strcmp(t[i].o, "true") || !strcmp(t[i].o, "1");
    } else if (is(p, LEX_NS, "founded")) {
      e->founded = atoi(t[i].o);
    } else if (is(p, LEX_NS, "dissolved")) {
      e->dissolved = atoi(t[i].o);
    } else if (is(p, LEX_NS, "key")) {
      e->key = t[i].o;
    } else if (is(p, LEX_NS, "labelTemplate") && t[i].lang) {
      if (!strcmp(t[i].lang, "en")) e->template_en = t[i].o;
      if (!strcmp(t[i].lang, "da")) e->template_da = t[i].o;
    } else if (is(p, LEX_NS, "language")) {
      e->language = t[i].o;
    } else if (is(p, LEX_NS, "trigger") || is(p, LEX_NS, "passiveTrigger") ||
               is(p, LEX_NS, "contentTrigger") || is(p, LEX_NS, "judgement") ||
               is(p, LEX_NS, "carrierTrigger")) {
      e->kind = KB_EVENT_CLASS;
    } else if (is(p, LEX_NS, "title") || is(p, LEX_NS, "titleSuffix")) {
      e->kind = KB_ROLE;
    } else if (is(p, DIP_NS, "cameoCode")) {
      const char **slot = vec_push(&e->cameo);
      if (slot) *slot = t[i].o;
    } else if (is(p, LEX_NS, "direction")) {
      e->direction = is(t[i].o, LEX_NS, "ActorTarget") ? DIR_ACTOR_TARGET
                     : is(t[i].o, LEX_NS, "ActorOnly") ? DIR_ACTOR_ONLY
                                                       : DIR_SYMMETRIC;
    } else if (is(p, LEX_NS, "venue")) {
      e->venue = !strcmp(t[i].o, "true") || !strcmp(t[i].o, "1");
    } else if (is(p, LEX_NS, "monarchy")) {
      e->monarchy = !strcmp(t[i].o, "true") || !strcmp(t[i].o, "1");
    } else if (is(p, LEX_NS, "fromSource")) {
      e->from_source = !strcmp(t[i].o, "true") || !strcmp(t[i].o, "1");
    } else if (is(p, LEX_NS, "withOrganisation")) {
      e->with_organisation = !strcmp(t[i].o, "true") || !strcmp(t[i].o, "1");
    } else if (is(p, LEX_NS, "capital") && t[i].lang) {
      /* the first listed is the current name */
      if (!strcmp(t[i].lang, "en")) set_label(&e->capital_en, t[i].o);
      if (!strcmp(t[i].lang, "da")) set_label(&e->capital_da, t[i].o);
    } else if (is(p, LEX_NS, "isoCommonName") && t[i].lang) {
      /* preferred fallback labels when the overlay gives none */
      if (!strcmp(t[i].lang, "en") && !e->label_en) e->label_en = t[i].o;
    }
  }
  /* an iso-codes entry nobody typed as a state is a territory; withdrawn
   * codes without an overlay entry are not used */
  if (iso_only && e->kind == KB_OTHER && !historical_iso) e->kind = KB_TERRITORY;
  return 0;
}

static void fallback_labels(kb_entity *e, const kb_triple *t, size_t n) {
  for (size_t i = 0; i < n && (!e->label_en || !e->label_da); i++) {
    if (!t[i].lang) continue;
    if (!(is(t[i].p, LEX_NS, "isoName") || strcmp(t[i].p, SKOS_ALT) == 0))
      continue;
    if (!strcmp(t[i].lang, "en")) set_label(&e->label_en, t[i].o);
    if (!strcmp(t[i].lang, "da")) set_label(&e->label_da, t[i].o);
  }
  if (!e->label_en) e->label_en = e->label_da;
  if (!e->label_da) e->label_da = e->label_en;
}

static const struct {
  const char *local;
  lex_type type;
} cue_properties[] = {
    {"personCue", LX_PERSON_CUE},   {"speechVerb", LX_SPEECH},
    {"counterpart", LX_COUNTERPART}, {"former", LX_FORMER},
    {"predecessor", LX_PREDECESSOR}, {"copula", LX_COPULA},
    {"titleModifier", LX_TITLE_MODIFIER},
    {"participleCopula", LX_PARTICIPLE_COPULA},
    {"clauseOpener", LX_CLAUSE_OPENER}, {"copulaAdverb", LX_COPULA_ADVERB},
    {"copyrightWord", LX_COPYRIGHT},
    {"missionWord", LX_MISSION},     {"governmentWord", LX_GOVERNMENT},
    {"ministryWord", LX_MINISTRY_WORD}, {"pronoun", LX_PRONOUN}, {"namePronoun", LX_NAME_PRONOUN},
    {"nameSuffix", LX_NAME_SUFFIX},  {"creditPhrase", LX_CREDIT},
    {"bareMinisterTitle", LX_BARE_TITLE},
    {"orgHead", LX_ORG_HEAD},        {"particle", LX_PARTICLE},
    {"negation", LX_NEGATION},       {"planned", LX_PLANNED},
    {"hypothetical", LX_HYPOTHETICAL}, {"rejected", LX_REJECTED},
    {"topicCue", LX_TOPIC_CUE},      {"withCue", LX_WITH},
    {"toCue", LX_TO},                {"fromCue", LX_FROM},
    {"inCue", LX_IN},                {"andCue", LX_AND},
    {"conditional", LX_CONDITIONAL}, {"auxiliary", LX_AUXILIARY},
    {"article", LX_ARTICLE},                {"contrast", LX_CONTRAST},
    {"except", LX_EXCEPT},           {"future", LX_FUTURE},
    {"relative", LX_RELATIVE},       {"filler", LX_FILLER},
    {"passive", LX_PASSIVE},         {"byCue", LX_BY},
    {"backReference", LX_BACK_REFERENCE}, {"pastPerfect", LX_PAST_PERFECT},
    {"possessive", LX_POSSESSIVE}, {"stateNoun", LX_STATE_NOUN},
    {"infinitive", LX_INFINITIVE},
    {"cancelled", LX_CANCELLED}, {"judgingVerb", LX_JUDGING},
    {"background", LX_BACKGROUND}, {"definite", LX_DEFINITE},
    {"guestWord", LX_GUEST}, {"dayPreposition", LX_DAY_PREPOSITION}};

static int add_to_set(attache_knowledge *kb, strmap *set, const char *text) {
  unsigned char n, c;
  char *key = phrase_key(kb, text, &n, &c);
  return key ? strmap_put(set, key, &marker) : 0;
}

/* A capitalised abbreviation ("Maj") only holds for a capitalised
 * token: the lower-case word may end a sentence (Danish "i maj."). Its
 * key is the folded one behind a '^', which no folded word begins with. */
static int add_abbreviation(attache_knowledge *kb, const char *text) {
  unsigned char n, c;
  char *key = phrase_key(kb, text, &n, &c);
  if (!key) return 0;
  if (!isupper((unsigned char)text[0])) return strmap_put(&kb->abbreviations, key, &marker);
  char *capital = arena_alloc_bytes(&kb->mem, strlen(key) + 2);
  if (!capital) return -1;
  capital[0] = '^';
  strcpy(capital + 1, key);
  return strmap_put(&kb->abbreviations, capital, &marker);
}

/* iso-codes names the Republic of the Congo "Congo" and DR Congo "Congo,
 * The Democratic Republic of the": a name another state's ISO name opens
 * before a comma names both, so it names neither. (Names written in the
 * overlays are checked for clashes when written; these come from
 * iso-codes at build time.) */
static int ambiguous_iso_name(const attache_knowledge *kb, const kb_entity *e,
                              const char *name) {
  const kb_entity *other = kb->inverted_iso ? strmap_get(kb->inverted_iso, name) : NULL;
  return other && other != e;
}

static int note_inverted_iso_names(attache_knowledge *kb, strmap *inverted,
                                   const kb_triple *t, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (!is(t[i].p, LEX_NS, "isoName")) continue;
    const char *comma = strstr(t[i].o, ", ");
    if (!comma) continue;
    char *head = arena_strndup(&kb->mem, t[i].o, (size_t)(comma - t[i].o));
    kb_entity *e = strmap_get(&kb->entities, t[i].s);
    if (!head || !e || strmap_put(inverted, head, e)) return -1;
  }
  kb->inverted_iso = inverted;
  return 0;
}

/* Second pass: lexicon entries of one subject. */
static int index_subject(attache_knowledge *kb, stemmer *st_en,
                         stemmer *st_da, const kb_triple *t, size_t n) {
  kb_entity *e = strmap_get(&kb->entities, t[0].s);
  int rc = 0;
  int named = e->kind == KB_STATE || e->kind == KB_TERRITORY ||
              e->kind == KB_ORG || e->kind == KB_INTL_ORG ||
              e->kind == KB_MINISTRY || e->kind == KB_PERSON ||
              e->kind == KB_REGION;
  int month = strstr(t[0].s, LEX_NS "month-") == t[0].s;
  int weekday = strstr(t[0].s, LEX_NS "weekday-") == t[0].s;
  int relday = strstr(t[0].s, LEX_NS "rel-") == t[0].s;
  int eventday = strstr(t[0].s, LEX_NS "after-event-") == t[0].s;
  int count = strstr(t[0].s, LEX_NS "count-") == t[0].s;
  int unit = strstr(t[0].s, LEX_NS "unit-") == t[0].s;
  int shift = strstr(t[0].s, LEX_NS "shift-") == t[0].s;
  int period = strstr(t[0].s, LEX_NS "period-") == t[0].s;
  int number = 0, count_of = 0, days = 0;
  for (size_t i = 0; i < n; i++) {
    if (is(t[i].p, LEX_NS, "number")) number = count_of = atoi(t[i].o);
    if (is(t[i].p, LEX_NS, "offsetDays")) number = days = atoi(t[i].o);
  }
  /* a period has both: its count (lex:number) and unit (lex:offsetDays,
   * 30 or 365) */
  if (period) number = count_of * 1000 + days;
  for (size_t i = 0; i < n && rc == 0; i++) {
    const char *p = t[i].p;
    if (t[i].o_kind != ATTACHE_LITERAL) {
      if (is(p, LEX_NS, "partOf") || is(p, DIP_NS, "ministryOf"))
        e->part_of = strmap_get(&kb->entities, t[i].o);
      else if (is(p, LEX_NS, "function"))
        e->function = strmap_get(&kb->entities, t[i].o);
      else if (is(p, LEX_NS, "minister"))
        e->minister_role = strmap_get(&kb->entities, t[i].o);
      else if (!strcmp(p, RDFS_SUBCLASS) && strcmp(t[i].o, DIP_NS "Event") &&
               !strncmp(t[i].o, DIP_NS, strlen(DIP_NS)))
        e->broader = strmap_get(&kb->entities, t[i].o);
      continue;
    }
    if (is(p, LEX_NS, "isoName") && ambiguous_iso_name(kb, e, t[i].o)) continue;
    if (named && (strcmp(p, RDFS_LABEL) == 0 || strcmp(p, SKOS_ALT) == 0 ||
                  is(p, LEX_NS, "isoName") || is(p, LEX_NS, "isoCommonName") ||
                  is(p, LEX_NS, "isoOfficialName") ||
                  (e->kind == KB_MINISTRY && is(p, LEX_NS, "name"))))
      rc = add_phrase(kb, &t[i], LX_NAME, e, 0);
    else if (is(p, LEX_NS, "adjective"))
      rc = add_phrase(kb, &t[i], LX_ADJECTIVE, e, 0);
    else if (is(p, LEX_NS, "demonym"))
      rc = add_phrase(kb, &t[i], LX_DEMONYM, e, 0);
    else if (is(p, LEX_NS, "seat"))
      rc = add_phrase(kb, &t[i], LX_SEAT, e, 0);
    else if (is(p, LEX_NS, "capital"))
      rc = add_phrase(kb, &t[i], LX_CAPITAL, e, 0);
    else if (is(p, LEX_NS, "title"))
      rc = add_phrase(kb, &t[i], LX_TITLE, e, 0);
    else if (is(p, LEX_NS, "monarchTitle") || is(p, LEX_NS, "republicTitle") ||
             is(p, LEX_NS, "organisationTitle")) {
      /* a title, and what kind of body it belongs to */
      rc = add_phrase(kb, &t[i], LX_TITLE, e, 0);
      if (rc == 0)
        rc = add_phrase(kb, &t[i],
                        is(p, LEX_NS, "monarchTitle")    ? LX_MONARCH_TITLE
                        : is(p, LEX_NS, "republicTitle") ? LX_REPUBLIC_TITLE
                                                         : LX_ORG_TITLE,
                        e, 0);
    }
    else if (is(p, LEX_NS, "consortTitle"))
      rc = add_phrase(kb, &t[i], LX_CONSORT_TITLE, e, 0);
    else if (is(p, LEX_NS, "ownTitle") && named)
      rc = add_phrase(kb, &t[i], LX_OWN_TITLE, e, 0);
    else if (is(p, LEX_NS, "titleSuffix")) {
      title_suffix *ts = vec_push(&kb->suffixes);
      if (ts) {
        ts->key = fold_key(&kb->mem, t[i].o, strlen(t[i].o));
        ts->role = e;
      }
    } else if (is(p, LEX_NS, "name") && e->kind == KB_MINISTRY_FUNCTION)
      rc = add_phrase(kb, &t[i], LX_MINISTRY_NAME, e, 0);
    else if (is(p, LEX_NS, "name") &&
             (month || weekday || relday || eventday || count || unit || shift ||
              period))
      rc = add_phrase(kb, &t[i],
                      month      ? LX_MONTH
                      : weekday  ? LX_WEEKDAY
                      : relday   ? LX_RELDAY
                      : eventday ? LX_EVENTDAY
                      : count    ? LX_COUNT
                      : unit     ? LX_TIME_UNIT
                      : period   ? LX_RELPERIOD
                                 : LX_TIME_SHIFT,
                      e, number);
    else if (is(p, LEX_NS, "surname"))
      rc = add_phrase(kb, &t[i], LX_SURNAME, e, 0);
    else if (is(p, LEX_NS, "stopword"))
      rc = add_to_set(kb, t[i].lang && !strcmp(t[i].lang, "da") ? &kb->stop_da
                                                                : &kb->stop_en,
                      t[i].o);
    else if (is(p, LEX_NS, "abbreviation"))
      rc = add_abbreviation(kb, t[i].o);
    else if (is(p, LEX_NS, "givenName"))
      rc = add_to_set(kb, &kb->given_names, t[i].o);
    else if (is(p, LEX_NS, "trigger") || is(p, LEX_NS, "passiveTrigger") ||
             is(p, LEX_NS, "contentTrigger") || is(p, LEX_NS, "judgement") ||
             is(p, LEX_NS, "carrierTrigger")) {
      int da = t[i].lang && !strcmp(t[i].lang, "da");
      unsigned char nt = 0;
      /* "hilste … velkommen": the words, and that others may stand between */
      char *words = arena_strdup(&kb->mem, t[i].o);
      char *gap = words ? strstr(words, "\xE2\x80\xA6") : NULL;
      if (gap) memset(gap, ' ', 3);
      char *key = words ? stem_phrase(kb, da ? st_da : st_en, words, &nt) : NULL;
      int value = is(p, LEX_NS, "passiveTrigger")   ? TRIGGER_PASSIVE
                  : is(p, LEX_NS, "contentTrigger") ? TRIGGER_CONTENT
                  : is(p, LEX_NS, "judgement")      ? TRIGGER_JUDGEMENT
                  : is(p, LEX_NS, "carrierTrigger") ? TRIGGER_CARRIER
                                                    : 0;
      rc = add_entry(kb, &kb->stems, key, LX_TRIGGER, e, t[i].lang, t[i].o,
                     nt, CASE_ANY, value | (gap ? TRIGGER_SEPARABLE : 0));
      if (nt > kb->max_tokens) kb->max_tokens = nt;
    } else {
      for (size_t c = 0; c < sizeof cue_properties / sizeof *cue_properties; c++)
        if (is(p, LEX_NS, cue_properties[c].local)) {
          rc = add_phrase(kb, &t[i], cue_properties[c].type, NULL, 0);
          break;
        }
    }
  }
  return rc;
}

static int cmp_entity(const void *a, const void *b) {
  return strcmp((*(const kb_entity *const *)a)->iri,
                (*(const kb_entity *const *)b)->iri);
}

/* A known person's state: the one state (or territory) all their offices
 * in the gazetteer (lex:heldOffice [ org:postIn ... ]) are in, kept in
 * part_of; none when they held offices in several. An office named in text
 * without its state is then that person's, not the document's. `t` is
 * sorted by subject. */
/* A monarch's first name as used after a title ("King Salman", "kong
 * Frederik"): the first word of each label, with the years of the reign.
 * Derived from the gazetteer, so that every monarch added there has it. */
static int add_regnal_names(attache_knowledge *kb, const kb_entity *person,
                            int first_year, int last_year) {
  const char *labels[] = {person->label_en, person->label_da};
  for (size_t i = 0; i < 2; i++) {
    if (!labels[i] || !strchr(labels[i], ' ')) continue;
    char *word = arena_strndup(&kb->mem, labels[i], strcspn(labels[i], " "));
    unsigned char n = 0, casing = 0;
    if (!word) return -1;
    char *key = phrase_key(kb, word, &n, &casing);
    if (!key) continue; /* no word to match ("(Harald)") */
    if (add_entry(kb, &kb->phrases, key, LX_REGNAL_NAME, person, NULL, word, n,
                  casing, first_year * 10000 + last_year))
      return -1;
  }
  return 0;
}

/* LX_HELD_OFFICE: one entry per office the gazetteer gives a person, so
 * that "Secretary-General Jens Stoltenberg" is NATO's though he also
 * served Norway (see kb_office_place). */
static int add_held_office(attache_knowledge *kb, const kb_entity *person,
                           const char *role, const kb_entity *in, int from, int to) {
  char *key = arena_printf(&kb->mem, "office|%s|%s", person->iri, role);
  if (!key) return -1;
  if (add_entry(kb, &kb->phrases, key, LX_HELD_OFFICE, in, NULL, role, 1, CASE_ANY,
                from * 10000 + to))
    return -1;
  /* and the other way, who held it there (kb_office_held_by_another) */
  key = arena_printf(&kb->mem, "holders|%s|%s", in->iri, role);
  if (!key) return -1;
  return add_entry(kb, &kb->phrases, key, LX_HELD_OFFICE, person, NULL, role, 1, CASE_ANY,
                   from * 10000 + to);
}

static int year_of(const char *literal) {
  return literal ? atoi(literal) : 0;
}

static int office_states(attache_knowledge *kb, const kb_triple *t, size_t n) {
  strmap post_in; /* office node -> its state's IRI */
  strmap role, start, end; /* office node -> role IRI, start, end */
  strmap_init(&post_in);
  strmap_init(&role);
  strmap_init(&start);
  strmap_init(&end);
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    strmap *m = !strcmp(t[i].p, ORG_POSTIN)           ? &post_in
                : !strcmp(t[i].p, ORG_ROLE)           ? &role
                : is(t[i].p, LEX_NS, "start")         ? &start
                : is(t[i].p, LEX_NS, "end")           ? &end
                                                      : NULL;
    if (m && strmap_put(m, t[i].s, (void *)t[i].o)) rc = -1;
  }
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && strcmp(t[j].s, t[i].s) == 0) j++;
    kb_entity *person = strmap_get(&kb->entities, t[i].s);
    const kb_entity *state = NULL;
    int several = 0, reign_from = 0, reign_to = 0, reigns = 0, reigning = 0;
    for (size_t k = i; !rc && person && person->kind == KB_PERSON && k < j; k++) {
      if (!is(t[k].p, LEX_NS, "heldOffice")) continue;
      const char *where = strmap_get(&post_in, t[k].o);
      const kb_entity *in = where ? strmap_get(&kb->entities, where) : NULL;
      if (in && state && in != state) several = 1;
      if (in) state = in;
      const char *r = strmap_get(&role, t[k].o);
      if (in && in->monarchy && r && is(r, DIP_NS, "HeadOfState")) {
        int from = year_of(strmap_get(&start, t[k].o));
        int to = year_of(strmap_get(&end, t[k].o));
        if (from && (!reign_from || from < reign_from)) reign_from = from;
        if (!to) reigning = 1;
        else if (to > reign_to) reign_to = to;
        reigns++;
      }
    }
    if (state && !several) person->part_of = state;
    for (size_t k = i; !rc && person && person->kind == KB_PERSON && k < j; k++) {
      if (!is(t[k].p, LEX_NS, "heldOffice")) continue;
      const char *where = strmap_get(&post_in, t[k].o);
      const kb_entity *in = where ? strmap_get(&kb->entities, where) : NULL;
      const char *r = strmap_get(&role, t[k].o);
      if (in && r && add_held_office(kb, person, r, in, year_of(strmap_get(&start, t[k].o)),
                                     year_of(strmap_get(&end, t[k].o))))
        rc = -1;
    }
    if (!rc && reigns &&
        add_regnal_names(kb, person, reign_from, reigning ? 0 : reign_to))
      rc = -1;
    i = j;
  }
  strmap_free(&post_in);
  strmap_free(&role);
  strmap_free(&start);
  strmap_free(&end);
  return rc;
}

static attache_status build(attache_knowledge *kb, vec *triples) {
  qsort(triples->data, triples->len, sizeof(kb_triple), cmp_triple);
  kb_triple *t = triples->data;
  size_t n = triples->len;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && strcmp(t[j].s, t[i].s) == 0) j++;
    if (describe(kb, t + i, j - i)) return ATTACHE_ERR_NOMEM;
    fallback_labels(strmap_get(&kb->entities, t[i].s), t + i, j - i);
    i = j;
  }
  stemmer *en = stemmer_new("en"), *da = stemmer_new("da");
  attache_status st = (en && da) ? ATTACHE_SUCCESS : ATTACHE_ERR_NOMEM;
  strmap inverted;
  strmap_init(&inverted);
  if (!st && note_inverted_iso_names(kb, &inverted, t, n)) st = ATTACHE_ERR_NOMEM;
  for (size_t i = 0; i < n && !st;) {
    size_t j = i;
    while (j < n && strcmp(t[j].s, t[i].s) == 0) j++;
    if (index_subject(kb, en, da, t + i, j - i)) st = ATTACHE_ERR_NOMEM;
    i = j;
  }
  stemmer_free(en);
  stemmer_free(da);
  strmap_free(&inverted);
  kb->inverted_iso = NULL;
  if (!st && office_states(kb, t, n)) st = ATTACHE_ERR_NOMEM;
  if (st) return st;
  for (size_t i = 0; i < kb->entities.cap; i++) {
    kb_entity *e = kb->entities.slots[i].value;
    if (!kb->entities.slots[i].key || e->kind == KB_OTHER) continue;
    const kb_entity **slot = vec_push(&kb->sorted);
    if (!slot) return ATTACHE_ERR_NOMEM;
    *slot = e;
  }
  if (kb->sorted.len)
    qsort(kb->sorted.data, kb->sorted.len, sizeof(kb_entity *), cmp_entity);
  return ATTACHE_SUCCESS;
}

attache_status attache_knowledge_load(const char *ontology_dir,
                                      const char *extra_dir,
                                      attache_message_func on_message,
                                      void *handle, attache_knowledge **out) {
  *out = NULL;
  if (!ontology_dir) return ATTACHE_ERR_BAD_ARG;
  attache_knowledge *kb = calloc(1, sizeof *kb);
  if (!kb) return ATTACHE_ERR_NOMEM;
  arena_init(&kb->mem);
  vec_init(&kb->suffixes, sizeof(title_suffix));
  vec_init(&kb->sorted, sizeof(kb_entity *));
  loader l = {kb, {0}, on_message, handle, NULL, 0};
  vec_init(&l.triples, sizeof(kb_triple));
  vec files;
  vec_init(&files, sizeof(char *));
  attache_status st = ATTACHE_SUCCESS;
  if (kb_list_turtle(ontology_dir, &files, 0) != 0) {
    if (on_message)
      on_message(handle, ATTACHE_ERROR, ontology_dir,
                 "cannot read the ontology directory");
    st = ATTACHE_ERR_BAD_DATA;
  }
  if (!st && extra_dir) kb_list_turtle(extra_dir, &files, 0);
  raptor_world *world = st ? NULL : raptor_new_world();
  if (!st && !world) st = ATTACHE_ERR_NOMEM;
  if (world) {
    raptor_world_set_log_handler(world, &l, on_log);
    for (size_t i = 0; i < files.len; i++)
      if (parse_file(world, &l, *VEC_AT(&files, char *, i)) != 0)
        st = ATTACHE_ERR_BAD_DATA;
    raptor_free_world(world);
  }
  for (size_t i = 0; i < files.len; i++) free(*VEC_AT(&files, char *, i));
  vec_free(&files);
  if (!st && l.triples.failed) st = ATTACHE_ERR_NOMEM;
  if (!st && l.triples.len == 0) {
    if (on_message)
      on_message(handle, ATTACHE_ERROR, ontology_dir, "no knowledge files found");
    st = ATTACHE_ERR_BAD_DATA;
  }
  if (!st) st = build(kb, &l.triples);
  if (!st && kb_build_indexes(kb) != 0) st = ATTACHE_ERR_NOMEM;
  vec_free(&l.triples);
  if (st) {
    attache_knowledge_free(kb);
    return st;
  }
  *out = kb;
  return ATTACHE_SUCCESS;
}

void attache_knowledge_free(attache_knowledge *kb) {
  if (!kb) return;
  for (size_t i = 0; i < kb->entities.cap; i++)
    if (kb->entities.slots[i].key && kb->entities.slots[i].value) {
      kb_entity *e = kb->entities.slots[i].value;
      vec_free(&e->same_as);
      vec_free(&e->cameo);
    }
  if (kb->region) {
    /* the maps' arrays live in the region: nothing to free one by one */
    strmap *maps[] = {&kb->phrases, &kb->stems, &kb->entities, &kb->stop_en,
                      &kb->stop_da, &kb->abbreviations, &kb->given_names,
                      &kb->phrase_prefixes, &kb->trigger_lengths};
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++) strmap_init(maps[i]);
    munmap(kb->region, kb->region_len);
  }
  if (kb->image) munmap(kb->image, kb->image_len);
  strmap_free(&kb->phrases);
  strmap_free(&kb->stems);
  strmap_free(&kb->entities);
  strmap_free(&kb->stop_en);
  strmap_free(&kb->stop_da);
  strmap_free(&kb->abbreviations);
  strmap_free(&kb->given_names);
  strmap_free(&kb->phrase_prefixes);
  strmap_free(&kb->trigger_lengths);
  vec_free(&kb->suffixes);
  vec_free(&kb->sorted);
  arena_release(&kb->mem);
  free(kb);
}
