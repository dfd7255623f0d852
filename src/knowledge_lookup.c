/*
 * knowledge_lookup — the questions the pipeline asks the knowledge base
 * (a phrase's lexicon entries, a stem's triggers, whether a word is a stop
 * word, a given name, an abbreviation) and the indexes derived after
 * loading that answer them fast: the longest trigger starting with each
 * stem and the maps' presence filters. The same for a knowledge base
 * parsed from Turtle and one restored from its image.
 */
#include "knowledge.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "document.h"

const lex_entry *kb_lookup(const attache_knowledge *kb, const char *key) {
  return strmap_get(&kb->phrases, key);
}

const lex_entry *kb_lookup_person(const attache_knowledge *kb, const char *key) {
  for (const lex_entry *e = kb_lookup(kb, key); e; e = e->next)
    if (e->type == LX_NAME && e->target && e->target->kind == KB_PERSON) return e;
  return NULL;
}

const lex_entry *kb_lookup_stem(const attache_knowledge *kb, const char *key) {
  return strmap_get(&kb->stems, key);
}

const lex_entry *kb_lookup_word(const attache_knowledge *kb, const char *key,
                               int *starts_phrase) {
  unsigned long long h = strmap_key_hash(key);
  const strmap_slot *s = strmap_find_hashed(&kb->phrases, key, h);
  *starts_phrase = strmap_find_hashed(&kb->phrase_prefixes, key, h) != NULL;
  return s ? s->value : NULL;
}

int kb_phrase_continues(const attache_knowledge *kb, const char *key) {
  return strmap_get(&kb->phrase_prefixes, key) != NULL;
}

size_t kb_trigger_note(const attache_knowledge *kb, const char *stem) {
  return (size_t)(uintptr_t)strmap_get(&kb->trigger_lengths, stem);
}

size_t kb_trigger_longest(const attache_knowledge *kb, const char *stem) {
  return kb_trigger_note(kb, stem) & (KB_SEPARABLE_START - 1);
}

/* Presence filters on the maps the extractor asks most often for words
 * they lack (two in three lookups in the phrases, four in five in the
 * phrase prefixes and stop words): sampling by wall time showed extraction
 * waiting on those probes more than on anything else. */
static size_t filtered_maps(attache_knowledge *kb, strmap **maps) {
  strmap *all[] = {&kb->phrases,     &kb->stems,         &kb->stop_en,
                   &kb->stop_da,     &kb->abbreviations, &kb->given_names,
                   &kb->phrase_prefixes, &kb->trigger_lengths};
  memcpy(maps, all, sizeof all);
  return sizeof all / sizeof *all;
}

size_t kb_filter_words(size_t count) { return strmap_filter_bits(count) / 64; }

void kb_filter_maps(attache_knowledge *kb, unsigned long long *words) {
  strmap *maps[KB_FILTERED_MAPS];
  size_t n = filtered_maps(kb, maps);
  for (size_t i = 0; i < n; i++) {
    strmap_filter(maps[i], words);
    words += kb_filter_words(maps[i]->count);
  }
}

static int filter_maps(attache_knowledge *kb) {
  strmap *maps[KB_FILTERED_MAPS];
  size_t n = filtered_maps(kb, maps), words = 0;
  for (size_t i = 0; i < n; i++) words += kb_filter_words(maps[i]->count);
  unsigned long long *bits = arena_alloc(&kb->mem, words * sizeof *bits); /* zeroed */
  if (!bits) return -1;
  kb_filter_maps(kb, bits);
  return 0;
}

int kb_build_indexes(attache_knowledge *kb) {
  for (size_t i = 0; i < kb->stems.cap; i++) {
    const char *key = kb->stems.slots[i].key;
    if (!key) continue;
    size_t first_len = strcspn(key, " "), stems = 1;
    for (const char *sp = strchr(key, ' '); sp; sp = strchr(sp + 1, ' ')) stems++;
    char first[256];
    if (first_len >= sizeof first) continue; /* no stem is that long */
    memcpy(first, key, first_len);
    first[first_len] = '\0';
    size_t separable = 0;
    for (const lex_entry *e = kb->stems.slots[i].value; e; e = e->next)
      if (e->value & TRIGGER_SEPARABLE) separable = KB_SEPARABLE_START;
    size_t note = kb_trigger_note(kb, first), known = note & (KB_SEPARABLE_START - 1);
    size_t updated = (stems > known ? stems : known) | (note & KB_SEPARABLE_START) | separable;
    if (updated == note) continue;
    /* a known first stem keeps its stored key; a new one needs a copy */
    const char *stored = note ? first : arena_strndup(&kb->mem, first, first_len);
    if (!stored || strmap_put(&kb->trigger_lengths, stored, (void *)(uintptr_t)updated) != 0)
      return -1;
  }
  return filter_maps(kb);
}

size_t kb_max_tokens(const attache_knowledge *kb) {
  return kb->max_tokens ? kb->max_tokens : 1;
}

int kb_has(const attache_knowledge *kb, const char *key, lex_type type) {
  for (const lex_entry *e = kb_lookup(kb, key); e; e = e->next)
    if (e->type == type) return 1;
  return 0;
}

int kb_is_stopword(const attache_knowledge *kb, const char *key,
                   const char *lang) {
  const strmap *set = !strcmp(lang, "da") ? &kb->stop_da : &kb->stop_en;
  return strmap_get(set, key) != NULL;
}

int kb_is_abbreviation(const attache_knowledge *kb, const char *key,
                       int capitalised) {
  if (strmap_get(&kb->abbreviations, key)) return 1;
  char capital[32];
  size_t n = strlen(key);
  if (!capitalised || n + 2 > sizeof capital) return 0;
  capital[0] = '^';
  memcpy(capital + 1, key, n + 1);
  return strmap_get(&kb->abbreviations, capital) != NULL;
}

int kb_is_given_name(const attache_knowledge *kb, const char *key) {
  return strmap_get(&kb->given_names, key) != NULL;
}

const kb_entity *kb_entity_by_iri(const attache_knowledge *kb,
                                  const char *iri) {
  return strmap_get(&kb->entities, iri);
}

const kb_entity *kb_title_suffix(const attache_knowledge *kb,
                                 const char *key) {
  size_t n = strlen(key);
  for (size_t i = 0; i < kb->suffixes.len; i++) {
    const title_suffix *s = VEC_AT(&kb->suffixes, title_suffix, i);
    size_t m = strlen(s->key);
    if (n > m + 2 && strcmp(key + n - m, s->key) == 0) return s->role;
  }
  return NULL;
}

const kb_entity *kb_state_for_language(const attache_knowledge *kb,
                                       const char *lang) {
  const kb_entity *found = NULL;
  for (size_t i = 0; i < kb->sorted.len; i++) {
    const kb_entity *e = *VEC_AT(&kb->sorted, const kb_entity *, i);
    if (e->kind == KB_STATE && e->language && !strcmp(e->language, lang)) {
      if (found) return NULL;
      found = e;
    }
  }
  return found;
}

const kb_entity *const *kb_entities(const attache_knowledge *kb, size_t *n) {
  *n = kb->sorted.len;
  return kb->sorted.data;
}

const kb_entity *kb_office_place(const attache_knowledge *kb, const kb_entity *person,
                                 const kb_entity *role, int year) {
  if (!person || !role) return NULL;
  char key[512];
  int n = snprintf(key, sizeof key, "office|%s|%s", person->iri, role->iri);
  if (n < 0 || (size_t)n >= sizeof key) return NULL;
  const kb_entity *found = NULL;
  for (const lex_entry *e = kb_lookup(kb, key); e; e = e->next) {
    if (e->type != LX_HELD_OFFICE) continue;
    int from = e->value / 10000, to = e->value % 10000;
    if (year && ((from && year < from) || (to && year > to))) continue;
    if (found && found != e->target) return NULL;
    found = e->target;
  }
  return found;
}

int kb_office_held_by_another(const attache_knowledge *kb, const kb_entity *in,
                              const kb_entity *role, int year, const kb_entity *person) {
  if (!in || !role || !year) return 0;
  char key[512];
  int n = snprintf(key, sizeof key, "holders|%s|%s", in->iri, role->iri);
  if (n < 0 || (size_t)n >= sizeof key) return 0;
  for (const lex_entry *e = kb_lookup(kb, key); e; e = e->next) {
    if (e->type != LX_HELD_OFFICE || e->target == person) continue;
    int from = e->value / 10000, to = e->value % 10000;
    if (from && from <= year && (!to || year <= to)) return 1;
  }
  return 0;
}

int lex_list_is_cue_word(const lex_entry *list) {
  int cue = 0;
  for (const lex_entry *e = list; e; e = e->next) {
    if (e->type == LX_NAME || e->type == LX_SEAT || e->type == LX_CAPITAL ||
        e->type == LX_SURNAME)
      return 0;
    if (e->casing == CASE_ANY && e->type != LX_TITLE && e->type != LX_PERSON_CUE) cue = 1;
  }
  return cue;
}
