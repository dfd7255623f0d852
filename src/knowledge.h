/*
 * knowledge — the gazetteer and lexicons, loaded from the Turtle files under
 * ontology/ with raptor and indexed for token-level longest match: folded
 * phrase keys ("da|..." is not needed: entries carry their language) map to
 * lexicon entries; trigger phrases are indexed by their Snowball stems.
 * Owns every string and entry it holds (one arena); read-only after load,
 * so one knowledge base can serve many threads.
 */
#ifndef ATTACHE_KNOWLEDGE_H
#define ATTACHE_KNOWLEDGE_H

#include <stddef.h>

#include "arena.h"
#include "attache.h"
#include "strmap.h"

#define DIP_NS "https://w3id.org/attache/ns#"
#define LEX_NS "https://w3id.org/attache/lexicon#"
#define ID_NS "https://w3id.org/attache/id/"

typedef enum {
  KB_OTHER,
  KB_STATE,
  KB_TERRITORY,
  KB_ORG,
  KB_INTL_ORG,
  KB_MINISTRY,
  KB_PERSON,
  KB_ROLE,
  KB_MINISTRY_FUNCTION,
  KB_EVENT_CLASS,
  KB_REGION /* a part of the world no state owns: a name, never an entity */
} kb_kind;

typedef enum { DIR_SYMMETRIC, DIR_ACTOR_TARGET, DIR_ACTOR_ONLY } kb_direction;

typedef struct kb_entity kb_entity;
struct kb_entity {
  const char *iri;
  const char *local;        /* IRI part after ID_NS, or NULL */
  kb_kind kind;
  const char *label_en, *label_da;
  const char *iso;
  vec same_as;              /* const char * (IRIs) */
  const kb_entity *part_of; /* territory, ministry: its state; person: the
                               state of all their known offices */
  const kb_entity *function;/* named ministry: its function */
  const kb_entity *broader; /* event class: the class it is a kind of, other
                               than dip:Event (rdfs:subClassOf) */
  const char *key;          /* ministry function: IRI key */
  const char *template_en, *template_da;
  const kb_entity *minister_role;
  const char *language;     /* state: official language code ("da") */
  const char *capital_en, *capital_da;
  int historical;
  int monarchy;             /* state: its head of state is a monarch
                             * (lex:monarchy) */
  int founded, dissolved;   /* years, 0 when unknown */
  kb_direction direction;   /* event class */
  int venue;                /* event class: held at one place (lex:venue) */
  int from_source;          /* event class: who follows "from" right after a
                             * trigger acts ("criticism from Norway",
                             * lex:fromSource) */
  int with_organisation;    /* event class: an event only with an
                             * international organisation taking part
                             * ("joined NATO", lex:withOrganisation) */
  vec cameo;                /* event class: const char * */
};

typedef enum {
  LX_NAME,          /* target: state, territory, org, ministry, person */
  LX_ADJECTIVE,     /* target: state */
  LX_DEMONYM,       /* target: state */
  LX_SEAT,          /* target: state (metonymy for its government) */
  LX_CAPITAL,       /* target: state (a place) */
  LX_TITLE,         /* target: role */
  LX_MINISTRY_NAME, /* target: ministry function */
  LX_SURNAME,       /* target: person */
  LX_PERSON_CUE,
  LX_SPEECH,
  LX_COUNTERPART,
  LX_FORMER,
  LX_MISSION,
  LX_GOVERNMENT,
  LX_MINISTRY_WORD,
  LX_PRONOUN,
  LX_ORG_HEAD,
  LX_PARTICLE,
  LX_TRIGGER,       /* stem-indexed; target: event class */
  LX_NEGATION,
  LX_PLANNED,
  LX_HYPOTHETICAL,
  LX_REJECTED,
  LX_TOPIC_CUE,
  LX_WITH,
  LX_TO,
  LX_FROM,
  LX_IN,
  LX_AND,           /* "and", "og" */
  LX_CONDITIONAL,   /* "if": no event for the rest of the sentence */
  LX_AUXILIARY,     /* "har", "has": a participle follows */
  LX_ARTICLE,       /* "the", "den": skipped inside trigger phrases */
  LX_CONTRAST,      /* "but": ends a negation's reach */
  LX_EXCEPT,        /* "aside from": what follows takes no part */
  LX_FUTURE,        /* "next week", "i morgen": a plan, either side of it */
  LX_RELATIVE,      /* "which", "som": a clause about the name before it */
  LX_PASSIVE,       /* "was", "blev" before a participle: acted on */
  LX_BY,            /* "by", "af": the actor of a passive */
  LX_FILLER,        /* "its", "new", "videre": skipped inside trigger phrases */
  LX_MONTH,         /* value: 1..12 */
  LX_WEEKDAY,       /* value: 1..7 */
  LX_RELDAY,        /* value: day offset from the document's date */
  LX_EVENTDAY,      /* value: day offset from the event told before */
  LX_COUNT,         /* value: how many ("a", "four", "fire"); 0: unknown ("a few") */
  LX_TIME_UNIT,     /* value: its days: 1, 7; 30 a calendar month, 365 a year */
  LX_TIME_SHIFT,    /* value: +1 "later", "senere"; -1 "earlier", "tidligere" */
  LX_CONSORT_TITLE, /* "queen", "dronning" after "King X and": a consort */
  LX_BACK_REFERENCE, /* "Det", "This" opening a report of the sentence before */
  LX_PAST_PERFECT,  /* "had", "havde": what happened before the time told */
  LX_POSSESSIVE,    /* "its", "sin": a state's own, named before */
  LX_STATE_NOUN,    /* "country('s)", "landets": the state named before */
  LX_INFINITIVE,    /* "to", "at" before a verb */
  LX_CANCELLED,     /* "cancelled", "aflyste": the event after it is called off */
  LX_JUDGING,       /* "called", "kaldte": names what follows a judgement */
  LX_BACKGROUND,    /* "since", "siden": the event after it dates another */
  LX_OWN_TITLE,     /* target: the one state or territory with this title
                     * ("lagmand": the Faroe Islands) */
  LX_MONARCH_TITLE, /* "king", "dronning": only a monarchy has this office */
  LX_REPUBLIC_TITLE, /* "president", "præsident": only a republic has it */
  LX_DEFINITE,      /* "the", "its", "denne": an event named as one known */
  LX_GUEST,         /* "delegation", "gæster": whom a carrier trigger meets */
  LX_DAY_PREPOSITION, /* "after", "efter" ending "a day after": it governs
                       * what follows */
  LX_RELPERIOD,     /* "last month", "i fjor": a month or year counted from
                     * the publication date; value: count * 1000 + unit
                     * (30: month, 365: year) */
  /* The types above are in the cue index (one bit each, triggers.h); those
   * below are asked of the lexicon directly. */
  LX_PREDECESSOR,   /* "predecessor", "forgænger": the same office, held
                     * before */
  LX_COPULA,        /* "became", "blev udnævnt til": the title after it is
                     * the office of the person before it */
  LX_TITLE_MODIFIER, /* "first", "new", "nye": between a copula and its
                      * title */
  LX_CLAUSE_OPENER, /* "after", "when", "da": opens a clause whose subject
                     * follows */
  LX_PARTICIPLE_COPULA, /* "appointed", "udnævnt til": a copula only after
                         * an auxiliary ("was appointed", not "Putin
                         * appointed") */
  LX_COPULA_ADVERB, /* "later", "senere": between a copula's subject and
                     * its verb ("who later became") */
  LX_REGNAL_NAME,   /* "salman": the first name of a monarch in the
                     * gazetteer, as after "King"; target: person; value:
                     * first year * 10000 + last year of the reign (0:
                     * reigns still). Derived, not read; never a span */
  LX_COPYRIGHT,     /* "copyright", "ophavsret": a line opening with it is
                     * the copyright notice (segment) */
  LX_HELD_OFFICE,   /* keyed "office|PERSON-IRI|ROLE-IRI": where the
                     * gazetteer's person held that office; target: state
                     * or organisation; value: first year * 10000 + last
                     * year (0: unknown or still). Derived; never a span */
  LX_ORG_TITLE,     /* "secretary-general", "generalsekretær": a title (as
                     * LX_TITLE) of an office in an international
                     * organisation, never the document's own state's */
  LX_NAME_PRONOUN,  /* "he", "hun": a pronoun that is also a family name,
                     * opening a name before an unknown capitalised word */
  LX_NAME_SUFFIX,   /* "jr", "sr": a generational suffix ending a name,
                     * after a comma or not ("Joseph R. Biden, Jr.") */
  LX_BARE_TITLE,    /* "minister", "ministeren": a minister's title naming
                     * no portfolio, which a foreign minister is called
                     * by too ("Minister Kamikawa") */
  LX_CREDIT,        /* "contributed to this report": a short line ending
                     * with it credits reporters, boilerplate (segment) */
  LX_TYPE_COUNT
} lex_type;
#define LX_FIRST_UNINDEXED LX_PREDECESSOR

enum { CASE_ANY = 0, CASE_CAPITALISED = 1, CASE_EXACT_CAPS = 2 };

/* lex_entry.value of a trigger: told from the side of those acted on
 * (lex:passiveTrigger), or telling what an event just told was about
 * (lex:contentTrigger). */
/* Bits of a trigger's value. A separable trigger is written with "…"
 * where other words may stand ("hilste … velkommen"). */
/* A judgement ("illegal", "uacceptabelt", lex:judgement) is an event
 * only when someone says it or calls something so. A carrier
 * (lex:carrierTrigger: "received") whose object is another kind of event
 * ("received aid") only carries that event. */
enum {
  TRIGGER_PASSIVE = 1,
  TRIGGER_CONTENT = 2,
  TRIGGER_SEPARABLE = 4,
  TRIGGER_JUDGEMENT = 8,
  TRIGGER_CARRIER = 16
};

typedef struct lex_entry lex_entry;
struct lex_entry {
  lex_type type;
  const kb_entity *target;
  const char *lang;          /* "en", "da" or NULL */
  const char *form;          /* the string as written in the data */
  unsigned char casing;
  unsigned char ntokens;
  int value;
  lex_entry *next;
};

/* The layout of the knowledge, shared by knowledge.c (which builds it from
 * Turtle) and knowledge_image.c (which saves and restores it). */
struct attache_knowledge {
  arena mem;
  strmap phrases;       /* folded key -> lex_entry list */
  strmap stems;         /* stemmed key -> lex_entry list */
  strmap entities;      /* IRI -> kb_entity */
  strmap stop_en, stop_da, abbreviations, given_names;
  strmap *inverted_iso; /* while building: see ambiguous_iso_name() */
  /* Proper token prefixes of every phrase key: the recogniser extends a
   * match only while it can still grow into an entry, instead of trying
   * every length at every token. */
  strmap phrase_prefixes;
  /* first stem -> the most stems of a trigger starting with it (an
   * integer), so the event stage tries no longer phrases than exist;
   * derived from `stems` after loading (kb_build_indexes) */
  strmap trigger_lengths;
  vec suffixes;         /* title_suffix */
  vec sorted;           /* kb_entity * sorted by IRI */
  size_t max_tokens;
  /* restored from an image: the mapped file (strings point into it) and the
   * one mapping that holds entities, entries and the maps' arrays */
  char *image, *region;
  size_t image_len, region_len;
};

typedef struct {
  const char *key;
  const kb_entity *role;
} title_suffix;

/* The scheme of what the image holds (the keys of fold_key and
 * stemmer_key, what fields mean): raised whenever a change would make an
 * older knowledge image wrong. 2: stems keep ø apart from o; 3: persons'
 * part_of. */
enum { KB_KEYS = 3 };

/* Collects the *.ttl paths below dir, sorted, into `out` (heap strings
 * the caller frees); -1 when dir cannot be read. */
int kb_list_turtle(const char *dir, vec *out, int depth);

/* A hash of the knowledge files' names, sizes and times and of this build;
 * 0 when they cannot be listed (knowledge_image.c). */
unsigned long long kb_source_key(const char *ontology_dir, const char *extra_dir);

/* The state or organisation where the gazetteer's `person` held the office
 * `role` in `year` (0: at any time), when that is one place; else NULL. */
const kb_entity *kb_office_place(const attache_knowledge *kb, const kb_entity *person,
                                 const kb_entity *role, int year);
/* Does the gazetteer give the office of `role` in `in` (a state or an
 * organisation) in `year` to someone other than `person` (which may be
 * NULL)? A term without a start year counts for no year. */
/* Does the entry list of a word hold a lower-case reading (a cue, a
 * trigger word, a date word) and no name, surname, title or form of
 * address? Such a word capitalised is so only because it opens a
 * sentence ("Senere", "Yesterday"). */
int lex_list_is_cue_word(const lex_entry *list);

int kb_office_held_by_another(const attache_knowledge *kb, const kb_entity *in,
                              const kb_entity *role, int year, const kb_entity *person);

/* Entries for a folded phrase key (tokens' keys joined by one space). */
const lex_entry *kb_lookup(const attache_knowledge *kb, const char *key);
/* The entry naming a gazetteer person by a folded phrase key, or NULL. */
const lex_entry *kb_lookup_person(const attache_knowledge *kb, const char *key);
/* Entries for a stemmed phrase key (triggers). */
const lex_entry *kb_lookup_stem(const attache_knowledge *kb, const char *key);
size_t kb_max_tokens(const attache_knowledge *kb);
/* kb_lookup() and kb_phrase_continues() of one key at once, hashing it
 * once: every token asks both. */
const lex_entry *kb_lookup_word(const attache_knowledge *kb, const char *key,
                               int *starts_phrase);
/* 1 when some phrase key starts with `key` followed by more tokens. */
int kb_phrase_continues(const attache_knowledge *kb, const char *key);
/* The most stems of a trigger phrase starting with `stem`; 0 when none. */
size_t kb_trigger_longest(const attache_knowledge *kb, const char *stem);
/* The same note with KB_SEPARABLE_START set when a separable two-word
 * trigger ("hilse … velkommen") starts with the stem. */
enum { KB_SEPARABLE_START = 0x100 };
size_t kb_trigger_note(const attache_knowledge *kb, const char *stem);
/* After loading: trigger_lengths from the stem lexicon, and the presence
 * filters of the maps mostly asked for words they lack; 0 or -1 (out of
 * memory). */
int kb_build_indexes(attache_knowledge *kb);
/* The presence filters' room: kb_filter_words() 64-bit words for a map of
 * `count` keys, at most KB_FILTERED_MAPS maps; kb_filter_maps() gives the
 * filtered maps theirs from `words` (zeroed, enough for every filtered
 * map's count, alive as long as the maps), as kb_build_indexes() does from
 * the knowledge's arena. */
enum { KB_FILTERED_MAPS = 8 };
size_t kb_filter_words(size_t count);
void kb_filter_maps(attache_knowledge *kb, unsigned long long *words);
int kb_has(const attache_knowledge *kb, const char *key, lex_type type);
int kb_is_stopword(const attache_knowledge *kb, const char *key,
                   const char *lang);
/* Whether the word ending in a full stop abbreviates (and so ends no
 * sentence); some only when capitalised ("Maj." but "i maj."). */
int kb_is_abbreviation(const attache_knowledge *kb, const char *key,
                       int capitalised);
int kb_is_given_name(const attache_knowledge *kb, const char *key);
const kb_entity *kb_entity_by_iri(const attache_knowledge *kb,
                                  const char *iri);
/* Danish title suffix role for a compound like "forsvarsminister". */
const kb_entity *kb_title_suffix(const attache_knowledge *kb, const char *key);
/* The state whose official language is `lang`, if exactly one. */
const kb_entity *kb_state_for_language(const attache_knowledge *kb,
                                       const char *lang);
/* All entities of one kind (sorted by IRI). */
const kb_entity *const *kb_entities(const attache_knowledge *kb, size_t *n);

#endif
