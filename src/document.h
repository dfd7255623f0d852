/*
 * document — the state of one document as it flows through the pipeline:
 * text, blocks (lines), sentences and tokens from `segment`, mentions from
 * `recognise`, entities and posts from `resolve`, events from `events`.
 * Everything is allocated in the document's arena and refers to the text
 * by byte offsets (spans, not copies); `emit` turns it into triples.
 */
#ifndef ATTACHE_DOCUMENT_H
#define ATTACHE_DOCUMENT_H

#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "attache.h"
#include "knowledge.h"
#include "strmap.h"

typedef enum {
  BLOCK_TITLE,
  BLOCK_TEXT,
  BLOCK_HEADING,
  BLOCK_BOILERPLATE
} block_kind;

typedef struct {
  size_t start, end;  /* byte span of the trimmed line */
  block_kind kind;
  long heading;       /* index of the governing heading block, or -1 */
} block;

typedef struct {
  size_t start, end;
  size_t block;
  size_t first, count; /* tokens */
} sentence;

enum {
  TOK_WORD = 1,
  TOK_NUMBER,
  TOK_PUNCT,
  TOK_CITATION  /* "[12]", "[sic]": ignored by recognisers */
};

enum {
  TF_CAP = 1 << 0,       /* first letter upper case */
  TF_ALLCAPS = 1 << 1,
  TF_INITIAL = 1 << 2,   /* "S." */
  TF_POSSESSIVE = 1 << 3, /* the "'s" token */
  TF_PLAN_TIME = 1 << 4,  /* the time inside a plan phrase: "agreed on
                             Tuesday to": it dates the plan, not what is
                             planned (set by triggers_index_cues) */
  TF_SPEECH_TIME = 1 << 5, /* the time right after a speech verb: "said on
                             Tuesday it will expel": when it was said, not
                             when what is planned will be */
  TF_COMPOUND = 1 << 6    /* a word split from a compound, either side of
                             its hyphen ("Russia-Ukraine", "NATO-topmødet"):
                             a name there names the compound's subject, not
                             the document's own state (tokenize.c) */
};

typedef struct {
  size_t start, end;
  unsigned char kind;
  unsigned char flags;
  unsigned char lexicon; /* TL_* once looked up, 0 before: see token_lex() */
  const char *key;    /* folded text */
  const lex_entry *lex; /* the lexicon's entries for key alone */
  size_t sentence;
} token;

enum { TL_LOOKED_UP = 1, TL_STARTS_PHRASE = 2 };

typedef enum {
  ENT_PERSON,
  ENT_STATE,
  ENT_TERRITORY,
  ENT_MINISTRY,
  ENT_ORG,
  ENT_INTL_ORG,
  ENT_EMBASSY,
  ENT_KIND_COUNT
} entity_kind;

typedef struct entity entity;
typedef struct post post;

/* A span of text naming an entity (or a role, for titles). */
typedef struct {
  size_t first, last;  /* token range, inclusive */
  entity *target;
} mention;

struct entity {
  entity_kind kind;
  const char *iri;             /* full IRI under the base */
  const char *label;           /* preferred label in the document language */
  const char *label_en, *label_da;
  const kb_entity *known;      /* gazetteer entry or NULL */
  entity *of;                  /* ministry: state; embassy: sending state */
  entity *host;                /* embassy: host state */
  const char *name;            /* surface name as first seen (alt label) */
  vec alt_labels;              /* const char *: other names seen */
  const char *generic_en;      /* ministry minted from a generic name: its
                                * function's English name ("Ministry of
                                * Foreign Affairs"), an altLabel */
  vec mentions;                /* mention */
  size_t order;                /* first appearance */
};

struct post {
  entity *holder;
  const kb_entity *role;       /* dip:ForeignMinister ... */
  entity *of;                  /* state or organisation */
  int former;
  int guessed;                 /* `of` is the home state by default */
  int superseded;              /* a guess the text later corrected */
  size_t token;                /* where the title was */
};

typedef struct event event;

/* What `recognise` found at a token range: a lexicon match or a run of
 * capitalised words that may be a name. */
typedef enum {
  SPAN_LEXICON,  /* lex says what it is */
  SPAN_NAME_RUN  /* capitalised words not in the lexicon */
} span_kind;

typedef struct {
  size_t first, last;      /* token range, inclusive */
  span_kind kind;
  lex_type type;           /* for SPAN_LEXICON */
  const lex_entry *lex;    /* the chosen entry */
  const kb_entity *role;   /* titles: the role concept */
  int genitive;            /* "Russia's", "Ruslands" */
  entity *target;          /* set by resolve */
} span;

typedef struct {
  arena mem;
  const attache_knowledge *kb;
  const attache_options *options;
  struct stem_cache *stems; /* the extractor's, kept across documents */
  const char *name;     /* source file name */
  const char *base;     /* base IRI */
  const char *iri;      /* document IRI */
  char *text;
  size_t len;
  const char *title;
  const char *lang;     /* "en" / "da" */
  const char *date;     /* YYYY-MM-DD or NULL */
  int year;             /* year of d->date, or 0 */
  size_t after_dateline; /* the token after a dateline's date, or 0 */
  vec blocks;           /* block */
  vec sentences;        /* sentence */
  vec tokens;           /* token */
  size_t *token_chars;  /* code-point offset of each token's start */
  vec entities;         /* entity *, in order of first appearance */
  strmap by_iri;        /* IRI -> entity */
  vec posts;            /* post */
  vec spans;            /* span, in text order */
  long *span_at;        /* token -> span index or -1 */
  /* token -> bit (1 << lex_type) for the cue phrases of one token starting
   * there, and of two tokens: the event stage asks these for every token
   * before each trigger, so it looks them up once */
  unsigned long long *cues1, *cues2;
  vec events;           /* event * */
  struct named_day *named_days; /* events: per sentence, the day it names */
  size_t *dash_ends;    /* per block: the comma ending the dash quotation
                         * that opens it, or 0 (events.c) */
  strmap speakers;      /* person IRI -> event: the person's statement
                         * (read only while events are found; a statement
                         * dropped afterwards may stay in it) */
  entity *home;         /* the document's own state */
  int home_from_title;  /* home is the state heading the title */
  const kb_entity *header_state; /* the one state a site header names
                                  * ("Ministry of Foreign Affairs of
                                  * Japan"), or NULL (segment) */
  int header_states;    /* how many different ones it names */
  size_t skipped_lines; /* lines too long to analyse */
} document;

/* Code-point offset of a byte offset that starts or ends a token (NIF
 * offsets count characters). Defined in segment.c. */
size_t doc_char_offset(const document *d, size_t byte);

static inline token *doc_token(const document *d, size_t i) {
  return VEC_AT(&d->tokens, token, i);
}
/* The lexicon's entries for token i's key alone, and (token_starts_phrase)
 * whether some longer phrase starts with it: the recogniser, the event
 * cues and the date parser all ask this of the same tokens, and hash
 * lookups were the largest part of extraction, so each token asks once. */
static inline token *token_lex_memo(const document *d, size_t i) {
  token *t = doc_token(d, i);
  if (!t->lexicon) {
    int starts_phrase;
    t->lex = kb_lookup_word(d->kb, t->key, &starts_phrase);
    t->lexicon = (unsigned char)(TL_LOOKED_UP | (starts_phrase ? TL_STARTS_PHRASE : 0));
  }
  return t;
}
static inline const lex_entry *token_lex(const document *d, size_t i) {
  return token_lex_memo(d, i)->lex;
}
static inline int token_starts_phrase(const document *d, size_t i) {
  return (token_lex_memo(d, i)->lexicon & TL_STARTS_PHRASE) != 0;
}
/* The lexicon's entries for the phrase of the n tokens at idx, joined by
 * spaces; NULL for none or a phrase too long to be one. */
static inline const lex_entry *doc_phrase_lex(const document *d, const size_t *idx,
                                              size_t n) {
  char key[256];
  size_t len = 0;
  for (size_t k = 0; k < n; k++) {
    const char *word = doc_token(d, idx[k])->key;
    size_t w = strlen(word);
    if (len + w + 2 > sizeof key) return NULL;
    if (k) key[len++] = ' ';
    memcpy(key + len, word, w);
    len += w;
  }
  key[len] = '\0';
  return kb_lookup(d->kb, key);
}
/* The phrase of tokens i and j, usually i + 1 ("next day", "jan ."). */
static inline const lex_entry *doc_pair_lex(const document *d, size_t i, size_t j) {
  const size_t idx[2] = {i, j};
  return doc_phrase_lex(d, idx, 2);
}
/* The three-word phrase at token i ("day before yesterday"). */
static inline const lex_entry *doc_triple_lex(const document *d, size_t i) {
  const size_t idx[3] = {i, i + 1, i + 2};
  return doc_phrase_lex(d, idx, 3);
}
/* The gazetteer entry a lexicon span names, or NULL. */
static inline const kb_entity *span_kb(const span *s) {
  return s && s->kind == SPAN_LEXICON && s->lex ? s->lex->target : NULL;
}

static inline int is_state_kb(const kb_entity *k) {
  return k && (k->kind == KB_STATE || k->kind == KB_TERRITORY);
}

/* Is token i a one-word cue of this type in the document's language? A
 * token's entries hold both languages' cues ("at" is Danish for "to" and
 * an English preposition). */
static inline int doc_cue_word(const document *d, size_t i, lex_type type) {
  if (i >= d->tokens.len || doc_token(d, i)->kind != TOK_WORD) return 0;
  for (const lex_entry *e = token_lex(d, i); e; e = e->next)
    if (e->type == type && (!e->lang || !strcmp(e->lang, d->lang))) return 1;
  return 0;
}
static inline sentence *doc_sentence(const document *d, size_t i) {
  return VEC_AT(&d->sentences, sentence, i);
}
static inline block *doc_block(const document *d, size_t i) {
  return VEC_AT(&d->blocks, block, i);
}
static inline span *doc_span(const document *d, size_t i) {
  return VEC_AT(&d->spans, span, i);
}
static inline span *span_of(const document *d, size_t tok) {
  return d->span_at[tok] < 0 ? NULL : doc_span(d, (size_t)d->span_at[tok]);
}

/* The span starting or ending at token i, or NULL. */
static inline span *span_starting(const document *d, size_t i) {
  span *s = span_of(d, i);
  return s && s->first == i ? s : NULL;
}

static inline span *span_ending(const document *d, size_t i) {
  span *s = span_of(d, i);
  return s && s->last == i ? s : NULL;
}

/* A folded key joined by a hyphen ("then-president", "eu-kommissaer"):
 * copies the part before the first hyphen into prefix (cap bytes at most,
 * NUL included) and returns the part after it; NULL when there is no such
 * part or the prefix does not fit. */
static inline const char *key_after_hyphen(const char *key, char *prefix, size_t cap) {
  const char *hyphen = strchr(key, '-');
  if (!hyphen || hyphen == key || (size_t)(hyphen - key) >= cap || !hyphen[1]) return NULL;
  memcpy(prefix, key, (size_t)(hyphen - key));
  prefix[hyphen - key] = '\0';
  return hyphen + 1;
}

static inline int tok_is(const document *d, size_t i, const char *key) {
  return i < d->tokens.len && !strcmp(doc_token(d, i)->key, key);
}

static inline int same_sentence(const document *d, size_t a, size_t b) {
  return doc_token(d, a)->sentence == doc_token(d, b)->sentence;
}

/* A lexicon span of type t ("said", "udenrigsministeren"); NULL is none. */
static inline int lex_is(const span *s, lex_type t) {
  return s && s->kind == SPAN_LEXICON && s->type == t;
}
static inline entity *doc_entity(const document *d, size_t i) {
  return *VEC_AT(&d->entities, entity *, i);
}

#endif
