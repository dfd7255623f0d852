#include "knowledge_image.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

/* Written by hand rather than with a serialisation library: the image is a
 * private cache of in-memory indexes, not an exchange format, and no Debian
 * library writes C structures with their pointers. */

#define MAGIC "ATTKBIMG" /* 2: strings padded to 8 bytes; 3: strmap's word-at-a-time hash; 4: no trigger_starts; 5: XXH3 checksum; 6: trigger_lengths; 7: an event class's venue; 8: the map hash's probe; 9: counts, time units, shifts, consort titles, back references, past perfects, possessives, infinitives, cancellations and an event class's broader class; A: judgements, judging verbs, background cues and own titles; B: an event class's fromSource; C: monarchies, monarch and republic titles, carrier triggers, state nouns; D: definite determiners, guest words, day prepositions; E: regnal names, capitalised abbreviations; F: held offices, organisation titles, copula adverbs, copyright words; G: office holders by place and role, name pronouns; H: an event class's withOrganisation */
enum { NMAPS = 9 };

typedef struct {
  char magic[8];
  uint64_t key;
  uint64_t checksum; /* of everything after the header */
  uint64_t strings_len;
  uint32_t entities, entries, lists, suffixes, sorted, max_tokens;
  uint32_t map_cap[NMAPS], map_count[NMAPS];
  /* the maps' hash of a fixed string: the maps are stored slot by slot,
   * so an image from a build whose hash differs would answer no lookup */
  uint64_t hash_probe;
} header;

static uint64_t hash_probe(void) { return strmap_key_hash("attache knowledge image"); }

/* Every string or index is stored +1, so 0 means NULL. */
typedef struct {
  uint32_t iri, local, label_en, label_da, iso, key, template_en, template_da,
      language, capital_en, capital_da;
  uint32_t part_of, function, minister_role, broader;
  uint32_t same_as_at, same_as_n, cameo_at, cameo_n;
  int32_t kind, historical, founded, dissolved, direction, venue, from_source, monarchy,
      with_organisation;
} entity_record;

typedef struct {
  uint32_t type, target, lang, form, next;
  int32_t value;
  uint8_t casing, ntokens, pad[2];
} entry_record;

static strmap *map_at(attache_knowledge *kb, int i) {
  strmap *maps[NMAPS] = {&kb->phrases,      &kb->stems,       &kb->entities,
                         &kb->stop_en,      &kb->stop_da,     &kb->abbreviations,
                         &kb->given_names,  &kb->phrase_prefixes, &kb->trigger_lengths};
  return maps[i];
}

/* Map values: lexicon entry lists (0, 1), entities (2), set markers,
 * counts (8: trigger lengths, never 0). */
enum { VALUE_ENTRY, VALUE_ENTITY, VALUE_MARK, VALUE_COUNT };
static int value_kind(int map) {
  return map <= 1    ? VALUE_ENTRY
         : map == 2 ? VALUE_ENTITY
         : map == 8 ? VALUE_COUNT
                    : VALUE_MARK;
}

/* XXH3 from Debian's libxxhash-dev, inlined, rather than a hash of our
 * own: damage anywhere in the image changes it (but for a 2^-64 chance).
 * What checking costs is reading the image's memory once (see
 * huge_room()), not the hash. */
static uint64_t checksum(const char *p, size_t n) { return XXH3_64bits(p, n); }

/* ---- writing ----------------------------------------------------------------- */

typedef struct {
  strmap offsets; /* string -> offset + 1 */
  strbuf strings;
  const void **entities, **entries; /* sorted by address, for indexes */
  size_t nentities, nentries;
  vec lists; /* uint32_t string refs */
} writer_state;

static uint32_t string_ref(writer_state *w, const char *s) {
  if (!s) return 0;
  void *known = strmap_get(&w->offsets, s);
  if (known) return (uint32_t)(uintptr_t)known;
  uint32_t ref = (uint32_t)w->strings.len + 1;
  strbuf_append(&w->strings, s, strlen(s) + 1);
  /* the key must outlive the map: it is the caller's string, which the
   * knowledge keeps alive while we write */
  if (strmap_put(&w->offsets, s, (void *)(uintptr_t)ref) != 0) w->strings.failed = 1;
  return ref;
}

static int cmp_address(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (const void *const *)a;
  uintptr_t y = (uintptr_t) * (const void *const *)b;
  return (x > y) - (x < y);
}

static uint32_t index_of(const void **sorted, size_t n, const void *p) {
  if (!p) return 0;
  const void **hit = bsearch(&p, sorted, n, sizeof *sorted, cmp_address);
  return hit ? (uint32_t)(hit - sorted) + 1 : UINT32_MAX;
}

static int collect(writer_state *w, attache_knowledge *kb) {
  strmap *ents = &kb->entities;
  w->entities = calloc(ents->count + 1, sizeof *w->entities);
  size_t nentries = 0;
  for (int m = 0; m < 2; m++) {
    strmap *map = map_at(kb, m);
    for (size_t i = 0; i < map->cap; i++)
      if (map->slots[i].key)
        for (const lex_entry *e = map->slots[i].value; e; e = e->next) nentries++;
  }
  w->entries = calloc(nentries + 1, sizeof *w->entries);
  if (!w->entities || !w->entries) return -1;
  for (size_t i = 0; i < ents->cap; i++)
    if (ents->slots[i].key) w->entities[w->nentities++] = ents->slots[i].value;
  for (int m = 0; m < 2; m++) {
    strmap *map = map_at(kb, m);
    for (size_t i = 0; i < map->cap; i++)
      if (map->slots[i].key)
        for (const lex_entry *e = map->slots[i].value; e; e = e->next)
          w->entries[w->nentries++] = e;
  }
  qsort(w->entities, w->nentities, sizeof *w->entities, cmp_address);
  qsort(w->entries, w->nentries, sizeof *w->entries, cmp_address);
  return 0;
}

static uint32_t list_ref(writer_state *w, const vec *v, uint32_t *n) {
  uint32_t at = (uint32_t)w->lists.len;
  *n = (uint32_t)v->len;
  for (size_t i = 0; i < v->len; i++) {
    uint32_t *slot = vec_push(&w->lists);
    if (slot) *slot = string_ref(w, *VEC_AT(v, const char *, i));
  }
  return at;
}

static int write_all(FILE *f, const void *p, size_t n) {
  return n == 0 || fwrite(p, 1, n, f) == n ? 0 : -1;
}

int kb_image_write(const attache_knowledge *const_kb, const char *path,
                   unsigned long long key) {
  attache_knowledge *kb = (attache_knowledge *)const_kb; /* read only */
  writer_state w = {0};
  strmap_init(&w.offsets);
  strbuf_init(&w.strings);
  vec_init(&w.lists, sizeof(uint32_t));
  entity_record *er = NULL;
  entry_record *lr = NULL;
  uint32_t *suffix_refs = NULL, *sorted_refs = NULL, **slots = NULL;
  int rc = -1;
  FILE *f = NULL;
  char *tmp = NULL;
  if (collect(&w, kb) != 0) goto done;
  er = calloc(w.nentities + 1, sizeof *er);
  lr = calloc(w.nentries + 1, sizeof *lr);
  suffix_refs = calloc(2 * kb->suffixes.len + 1, sizeof *suffix_refs);
  sorted_refs = calloc(kb->sorted.len + 1, sizeof *sorted_refs);
  if (!er || !lr || !suffix_refs || !sorted_refs) goto done;
  for (size_t i = 0; i < w.nentities; i++) {
    const kb_entity *e = w.entities[i];
    entity_record *r = &er[i];
    r->iri = string_ref(&w, e->iri);
    r->local = e->local ? (uint32_t)(e->local - e->iri) + 1 : 0;
    r->label_en = string_ref(&w, e->label_en);
    r->label_da = string_ref(&w, e->label_da);
    r->iso = string_ref(&w, e->iso);
    r->key = string_ref(&w, e->key);
    r->template_en = string_ref(&w, e->template_en);
    r->template_da = string_ref(&w, e->template_da);
    r->language = string_ref(&w, e->language);
    r->capital_en = string_ref(&w, e->capital_en);
    r->capital_da = string_ref(&w, e->capital_da);
    r->part_of = index_of(w.entities, w.nentities, e->part_of);
    r->function = index_of(w.entities, w.nentities, e->function);
    r->minister_role = index_of(w.entities, w.nentities, e->minister_role);
    r->broader = index_of(w.entities, w.nentities, e->broader);
    r->same_as_at = list_ref(&w, &e->same_as, &r->same_as_n);
    r->cameo_at = list_ref(&w, &e->cameo, &r->cameo_n);
    r->kind = e->kind;
    r->historical = e->historical;
    r->founded = e->founded;
    r->dissolved = e->dissolved;
    r->direction = e->direction;
    r->venue = e->venue;
    r->from_source = e->from_source;
    r->with_organisation = e->with_organisation;
    r->monarchy = e->monarchy;
  }
  for (size_t i = 0; i < w.nentries; i++) {
    const lex_entry *e = w.entries[i];
    entry_record *r = &lr[i];
    r->type = e->type;
    r->target = index_of(w.entities, w.nentities, e->target);
    r->lang = string_ref(&w, e->lang);
    r->form = string_ref(&w, e->form);
    r->value = e->value;
    r->next = index_of(w.entries, w.nentries, e->next);
    r->casing = e->casing;
    r->ntokens = e->ntokens;
  }
  for (size_t i = 0; i < kb->suffixes.len; i++) {
    const title_suffix *s = VEC_AT(&kb->suffixes, title_suffix, i);
    suffix_refs[2 * i] = string_ref(&w, s->key);
    suffix_refs[2 * i + 1] = index_of(w.entities, w.nentities, s->role);
  }
  for (size_t i = 0; i < kb->sorted.len; i++)
    sorted_refs[i] =
        index_of(w.entities, w.nentities, *VEC_AT(&kb->sorted, kb_entity *, i));
  header h;
  memset(&h, 0, sizeof h);
  memcpy(h.magic, MAGIC, 8);
  h.key = key;
  h.hash_probe = hash_probe();
  h.entities = (uint32_t)w.nentities;
  h.entries = (uint32_t)w.nentries;
  h.suffixes = (uint32_t)kb->suffixes.len;
  h.sorted = (uint32_t)kb->sorted.len;
  h.max_tokens = (uint32_t)kb->max_tokens;
  /* per map: key refs, hashes, value refs, slot by slot */
  slots = calloc(NMAPS, sizeof *slots);
  if (!slots) goto done;
  for (int m = 0; m < NMAPS; m++) {
    strmap *map = map_at(kb, m);
    h.map_cap[m] = (uint32_t)map->cap;
    h.map_count[m] = (uint32_t)map->count;
    slots[m] = calloc(2 * map->cap + 1, sizeof **slots);
    if (!slots[m]) goto done;
    for (size_t i = 0; i < map->cap; i++) {
      const strmap_slot *s = &map->slots[i];
      if (!s->key) continue;
      slots[m][2 * i] = string_ref(&w, s->key);
      int kind = value_kind(m);
      slots[m][2 * i + 1] =
          kind == VALUE_ENTRY    ? index_of(w.entries, w.nentries, s->value)
          : kind == VALUE_ENTITY ? index_of(w.entities, w.nentities, s->value)
          : kind == VALUE_COUNT  ? (uint32_t)(uintptr_t)s->value
                                 : 1;
    }
  }
  if (w.strings.failed || w.lists.failed) goto done;
  /* NUL padding to a multiple of 8: the records after the strings are then
   * aligned for their 32-bit fields when the file is mapped */
  while (w.strings.len % 8) strbuf_putc(&w.strings, '\0');
  h.strings_len = w.strings.len;
  h.lists = (uint32_t)w.lists.len;
  strbuf payload;
  strbuf_init(&payload);
  strbuf_append(&payload, w.strings.data, w.strings.len);
  strbuf_append(&payload, (const char *)er, w.nentities * sizeof *er);
  strbuf_append(&payload, (const char *)lr, w.nentries * sizeof *lr);
  strbuf_append(&payload, w.lists.data, w.lists.len * sizeof(uint32_t));
  strbuf_append(&payload, (const char *)suffix_refs,
                2 * kb->suffixes.len * sizeof *suffix_refs);
  strbuf_append(&payload, (const char *)sorted_refs,
                kb->sorted.len * sizeof *sorted_refs);
  for (int m = 0; m < NMAPS; m++) {
    strmap *map = map_at(kb, m);
    strbuf_append(&payload, (const char *)slots[m], 2 * map->cap * sizeof **slots);
    for (size_t i = 0; i < map->cap; i++)
      strbuf_append(&payload, (const char *)&map->slots[i].hash,
                    sizeof map->slots[i].hash);
  }
  if (payload.failed) {
    strbuf_free(&payload);
    goto done;
  }
  h.checksum = checksum(payload.data, payload.len);
  size_t n = strlen(path) + 16;
  tmp = malloc(n);
  int fd = -1;
  if (tmp) {
    snprintf(tmp, n, "%s.tmp.XXXXXX", path);
    fd = mkstemp(tmp);
  }
  f = fd >= 0 ? fdopen(fd, "wb") : NULL;
  if (!f) {
    if (fd >= 0) {
      close(fd);
      unlink(tmp);
    }
    strbuf_free(&payload);
    goto done;
  }
  int bad = write_all(f, &h, sizeof h) || write_all(f, payload.data, payload.len);
  strbuf_free(&payload);
  if (fclose(f) != 0) bad = 1;
  f = NULL;
  if (bad || rename(tmp, path) != 0) unlink(tmp);
  else rc = 0;
done:
  if (slots)
    for (int m = 0; m < NMAPS; m++) free(slots[m]);
  free(slots);
  free(tmp);
  free(er);
  free(lr);
  free(suffix_refs);
  free(sorted_refs);
  free(w.entities);
  free(w.entries);
  vec_free(&w.lists);
  strbuf_free(&w.strings);
  strmap_free(&w.offsets);
  return rc;
}

/* ---- reading ----------------------------------------------------------------- */

typedef struct {
  const char *data;
  size_t len, at;
  int bad;
} cursor;

static const void *take(cursor *c, size_t n) {
  if (c->bad || n > c->len - c->at) {
    c->bad = 1;
    return NULL;
  }
  const void *p = c->data + c->at;
  c->at += n;
  return p;
}

static int mark; /* the value of every set member */

enum { HUGE_PAGE = 2u << 20 };

/* Zeroed anonymous memory of at least *len bytes (set to what was mapped),
 * 2 MB-aligned and advised into 2 MB pages. On this kind of VM the first
 * touch of each 4 KB page costs about 2 µs even when it is mapped and
 * populated, and a start touched some 700 of them in the image and its
 * indexes, more than everything else it did with the image; in one or two
 * large pages the same work is a fraction of that. Without transparent
 * huge pages the kernel quietly gives small ones. */
static char *huge_room(size_t *len) {
  size_t want = (*len + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
  char *raw = mmap(NULL, want + HUGE_PAGE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return NULL;
  char *at = (char *)(((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
  if (at > raw) munmap(raw, (size_t)(at - raw));
  size_t tail = (size_t)(raw + want + HUGE_PAGE - (at + want));
  if (tail) munmap(at + want, tail);
  madvise(at, want, MADV_HUGEPAGE); /* advice: failing changes nothing */
  *len = want;
  return at;
}

/* The whole file into huge_room() memory; NULL when it cannot be read. */
static char *read_image(int fd, size_t size, size_t *mapped) {
  *mapped = size;
  char *data = huge_room(mapped);
  if (!data) return NULL;
  size_t got = 0;
  while (got < size) {
    ssize_t n = read(fd, data + got, size - got);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      munmap(data, *mapped);
      return NULL;
    }
    got += (size_t)n;
  }
  return data;
}

attache_knowledge *kb_image_read(const char *path, unsigned long long key) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat st;
  char *data = NULL;
  size_t data_len = 0;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
      (size_t)st.st_size >= sizeof(header) && st.st_size < (1 << 30))
    data = read_image(fd, (size_t)st.st_size, &data_len);
  close(fd);
  if (!data) return NULL;
  cursor c = {data, (size_t)st.st_size, 0, 0};
  header h;
  memcpy(&h, take(&c, sizeof h), sizeof h);
  if (memcmp(h.magic, MAGIC, 8) != 0 || h.key != key || h.strings_len == 0 ||
      h.hash_probe != hash_probe() ||
      checksum(data + sizeof h, (size_t)st.st_size - sizeof h) != h.checksum) {
    munmap(data, data_len);
    return NULL;
  }
  const char *strings = take(&c, h.strings_len);
  const entity_record *er = take(&c, (size_t)h.entities * sizeof *er);
  const entry_record *lr = take(&c, (size_t)h.entries * sizeof *lr);
  const uint32_t *lists = take(&c, (size_t)h.lists * sizeof *lists);
  const uint32_t *suffix_refs = take(&c, 2 * (size_t)h.suffixes * sizeof *suffix_refs);
  const uint32_t *sorted_refs = take(&c, (size_t)h.sorted * sizeof *sorted_refs);
  size_t region = ((size_t)h.entities + 1) * sizeof(kb_entity) +
                  ((size_t)h.entries + 1) * sizeof(lex_entry);
  for (int m = 0; m < NMAPS; m++)
    region += (size_t)h.map_cap[m] * sizeof(strmap_slot);
  /* the presence filters (kb_filter_maps), after the maps: room for one
   * per map is more than enough */
  size_t filter_words = 0;
  for (int m = 0; m < NMAPS; m++) filter_words += kb_filter_words(h.map_count[m]);
  region += filter_words * sizeof(unsigned long long);
  if (c.bad || strings[h.strings_len - 1] != '\0' || region > (1u << 30)) {
    munmap(data, data_len);
    return NULL;
  }
  attache_knowledge *kb = calloc(1, sizeof *kb);
  char *room = huge_room(&region);
  if (!kb || !room) {
    free(kb);
    if (room) munmap(room, region);
    munmap(data, data_len);
    return NULL;
  }
  kb->image = data;
  kb->image_len = data_len;
  kb->region = room;
  kb->region_len = region;
  arena_init(&kb->mem);
  vec_init(&kb->suffixes, sizeof(title_suffix));
  vec_init(&kb->sorted, sizeof(kb_entity *));
  kb->max_tokens = h.max_tokens;
  /* every array below is carved from `room` (zeroed by the kernel), in
   * decreasing alignment: entities and entries first, then the maps */
  kb_entity *ents = (kb_entity *)room;
  room += ((size_t)h.entities + 1) * sizeof *ents;
  lex_entry *entries = (lex_entry *)room;
  room += ((size_t)h.entries + 1) * sizeof *entries;
  int bad = 0;
  /* a string ref, an entity ref, an entry ref: checked, NULL for 0 */
#define STR(ref) ((ref) == 0 ? NULL : (ref) <= h.strings_len ? strings + (ref) - 1 : (bad = 1, NULL))
#define ENT(ref) ((ref) == 0 ? NULL : (ref) <= h.entities ? &ents[(ref) - 1] : (bad = 1, NULL))
#define ENTRY(ref) ((ref) == 0 ? NULL : (ref) <= h.entries ? &entries[(ref) - 1] : (bad = 1, NULL))
  for (uint32_t i = 0; !bad && i < h.entities; i++) {
    const entity_record *r = &er[i];
    kb_entity *e = &ents[i];
    e->iri = STR(r->iri);
    if (!e->iri || (r->local && r->local - 1 > strlen(e->iri))) {
      bad = 1;
      break;
    }
    e->local = r->local ? e->iri + r->local - 1 : NULL;
    e->label_en = STR(r->label_en);
    e->label_da = STR(r->label_da);
    e->iso = STR(r->iso);
    e->key = STR(r->key);
    e->template_en = STR(r->template_en);
    e->template_da = STR(r->template_da);
    e->language = STR(r->language);
    e->capital_en = STR(r->capital_en);
    e->capital_da = STR(r->capital_da);
    e->part_of = ENT(r->part_of);
    e->function = ENT(r->function);
    e->minister_role = ENT(r->minister_role);
    e->broader = ENT(r->broader);
    e->kind = (kb_kind)r->kind;
    e->historical = r->historical;
    e->founded = r->founded;
    e->dissolved = r->dissolved;
    e->direction = (kb_direction)r->direction;
    e->venue = r->venue;
    e->from_source = r->from_source;
    e->with_organisation = r->with_organisation;
    e->monarchy = r->monarchy;
    vec_init(&e->same_as, sizeof(char *));
    vec_init(&e->cameo, sizeof(char *));
    if ((uint64_t)r->same_as_at + r->same_as_n > h.lists ||
        (uint64_t)r->cameo_at + r->cameo_n > h.lists) {
      bad = 1;
      break;
    }
    for (uint32_t k = 0; k < r->same_as_n; k++) {
      const char **slot = vec_push(&e->same_as);
      if (slot) *slot = STR(lists[r->same_as_at + k]);
    }
    for (uint32_t k = 0; k < r->cameo_n; k++) {
      const char **slot = vec_push(&e->cameo);
      if (slot) *slot = STR(lists[r->cameo_at + k]);
    }
    if (e->same_as.failed || e->cameo.failed) bad = 1;
  }
  for (uint32_t i = 0; !bad && i < h.entries; i++) {
    const entry_record *r = &lr[i];
    lex_entry *e = &entries[i];
    if (r->type >= LX_TYPE_COUNT) bad = 1;
    e->type = (lex_type)r->type;
    e->target = ENT(r->target);
    e->lang = STR(r->lang);
    e->form = STR(r->form);
    e->value = r->value;
    e->next = ENTRY(r->next);
    e->casing = r->casing;
    e->ntokens = r->ntokens;
  }
  for (uint32_t i = 0; !bad && i < h.suffixes; i++) {
    title_suffix *s = vec_push(&kb->suffixes);
    if (!s) {
      bad = 1;
      break;
    }
    s->key = STR(suffix_refs[2 * i]);
    s->role = ENT(suffix_refs[2 * i + 1]);
  }
  for (uint32_t i = 0; !bad && i < h.sorted; i++) {
    const kb_entity **slot = vec_push(&kb->sorted);
    if (!slot) {
      bad = 1;
      break;
    }
    *slot = ENT(sorted_refs[i]);
    if (!*slot) bad = 1;
  }
  for (int m = 0; !bad && m < NMAPS; m++) {
    size_t cap = h.map_cap[m];
    const uint32_t *slots = take(&c, 2 * cap * sizeof *slots);
    /* the hashes may sit at any multiple of 4: copied, never loaded in place */
    const char *hashes = take(&c, cap * sizeof(uint64_t));
    /* the capacity must be one the map could have had: a power of two */
    if (c.bad || (cap & (cap - 1)) != 0 || h.map_count[m] > cap) {
      bad = 1;
      break;
    }
    strmap *map = map_at(kb, m);
    if (!cap) continue;
    map->slots = (strmap_slot *)room;
    room += cap * sizeof *map->slots;
    map->cap = cap;
    map->count = h.map_count[m];
    int kind = value_kind(m);
    size_t used = 0;
    for (size_t i = 0; i < cap && !bad; i++) {
      if (!slots[2 * i]) continue;
      strmap_slot *s = &map->slots[i];
      s->key = STR(slots[2 * i]);
      memcpy(&s->hash, hashes + i * sizeof(uint64_t), sizeof(uint64_t));
      uint32_t v = slots[2 * i + 1];
      s->value = kind == VALUE_ENTRY    ? (void *)ENTRY(v)
                 : kind == VALUE_ENTITY ? (void *)ENT(v)
                 : kind == VALUE_COUNT  ? (void *)(uintptr_t)v
                                        : (void *)&mark;
      if (!s->value) bad = 1;
      used++;
    }
    if (used != map->count) bad = 1;
  }
  if (bad || c.at != c.len) {
    for (uint32_t i = 0; ents && i < h.entities; i++) {
      vec_free(&ents[i].same_as); /* twice is harmless: vec_free clears */
      vec_free(&ents[i].cameo);
    }
    attache_knowledge_free(kb);
    return NULL;
  }
  kb_filter_maps(kb, (unsigned long long *)room);
  return kb;
#undef STR
#undef ENT
#undef ENTRY
}

/* ---- the cache of images ---------------------------------------------------- */

unsigned long long kb_source_key(const char *ontology_dir, const char *extra_dir) {
  vec files;
  vec_init(&files, sizeof(char *));
  unsigned long long key = 0;
  if (kb_list_turtle(ontology_dir, &files, 0) == 0) {
    if (extra_dir) kb_list_turtle(extra_dir, &files, 0);
    strbuf b;
    strbuf_init(&b);
    char line[128];
    /* KB_KEYS: how keys are folded and stemmed; an image of older keys
     * would match nothing it should */
    snprintf(line, sizeof line, "attache %s|%d|%zu|%zu|%d\n", ATTACHE_VERSION,
             KB_KEYS, sizeof(kb_entity), sizeof(lex_entry), (int)LX_TYPE_COUNT);
    strbuf_puts(&b, line);
    for (size_t i = 0; i < files.len; i++) {
      const char *path = *VEC_AT(&files, char *, i);
      struct stat st;
      if (stat(path, &st) != 0) {
        b.failed = 1;
        break;
      }
      strbuf_puts(&b, path);
      snprintf(line, sizeof line, "|%lld|%lld.%09ld\n", (long long)st.st_size,
               (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
      strbuf_puts(&b, line);
    }
    if (!b.failed && files.len) key = strmap_hash(b.data, b.len) | 1;
    strbuf_free(&b);
  }
  for (size_t i = 0; i < files.len; i++) free(*VEC_AT(&files, char *, i));
  vec_free(&files);
  return key;
}

/* Keeps the newest few images: every edit of the knowledge files makes a
 * new one, and a user may switch between ontology folders. */
static void prune_images(const char *cache_dir) {
  enum { KEEP = 8 };
  DIR *d = opendir(cache_dir);
  if (!d) return;
  struct image { char name[64]; long long mtime; } images[64];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < sizeof images / sizeof *images) {
    size_t len = strlen(e->d_name);
    if (strncmp(e->d_name, "knowledge-", 10) || len < 5 || len >= 64 ||
        strcmp(e->d_name + len - 4, ".bin"))
      continue;
    char path[4200];
    struct stat st;
    snprintf(path, sizeof path, "%.4000s/%.63s", cache_dir, e->d_name);
    if (stat(path, &st) != 0) continue;
    snprintf(images[n].name, sizeof images[n].name, "%.63s", e->d_name);
    images[n++].mtime = (long long)st.st_mtime;
  }
  closedir(d);
  while (n > KEEP) {
    size_t oldest = 0;
    for (size_t i = 1; i < n; i++)
      if (images[i].mtime < images[oldest].mtime) oldest = i;
    char path[4200];
    snprintf(path, sizeof path, "%.4000s/%.63s", cache_dir, images[oldest].name);
    unlink(path);
    images[oldest] = images[--n];
  }
}

attache_status attache_knowledge_load_cached(const char *ontology_dir,
                                             const char *extra_dir,
                                             const char *cache_dir,
                                             attache_message_func on_message,
                                             void *handle,
                                             attache_knowledge **out) {
  *out = NULL;
  if (!ontology_dir) return ATTACHE_ERR_BAD_ARG;
  unsigned long long key = cache_dir ? kb_source_key(ontology_dir, extra_dir) : 0;
  char *path = NULL;
  if (key) {
    size_t n = strlen(cache_dir) + 48;
    path = malloc(n);
    if (path) snprintf(path, n, "%s/knowledge-%016llx.bin", cache_dir, key);
  }
  if (path) {
    /* the image holds the indexes too: nothing to build */
    *out = kb_image_read(path, key);
    if (*out) {
      free(path);
      return ATTACHE_SUCCESS;
    }
  }
  attache_status st = attache_knowledge_load(ontology_dir, extra_dir,
                                             on_message, handle, out);
  /* a cache that cannot be written only costs the next start its time */
  if (!st && path && kb_image_write(*out, path, key) == 0)
    prune_images(cache_dir);
  free(path);
  return st;
}
