#include "recognise.h"

#include <string.h>

#include "fold.h"
#include "stem.h"

int sentence_is_main(const document *d, size_t s) {
  return doc_block(d, doc_sentence(d, s)->block)->kind != BLOCK_BOILERPLATE;
}

/* Lower numbers win when one phrase has several readings. */
static int priority(lex_type t) {
  switch (t) {
  case LX_NAME: return 0;
  case LX_MONTH: return 1;
  case LX_SEAT: return 2;
  case LX_ADJECTIVE: return 3;
  case LX_DEMONYM: return 4;
  case LX_MINISTRY_NAME: return 5;
  case LX_TITLE: return 6;
  case LX_SURNAME: return 7;
  case LX_CAPITAL: return 8;
  default: return 10 + (int)t;
  }
}

/* Types that mark a span of text; the rest (event cues, articles, organisation
 * heads, particles) are only looked up around other spans. */
static int span_type(lex_type t) {
  switch (t) {
  case LX_NAME: case LX_ADJECTIVE: case LX_DEMONYM: case LX_SEAT:
  case LX_CAPITAL: case LX_TITLE: case LX_MINISTRY_NAME: case LX_SURNAME:
  case LX_PERSON_CUE: case LX_SPEECH: case LX_COUNTERPART: case LX_FORMER:
  case LX_PREDECESSOR:
  case LX_MISSION: case LX_GOVERNMENT: case LX_MINISTRY_WORD: case LX_PRONOUN:
  case LX_MONTH:
    return 1;
  default:
    return 0;
  }
}

static int any_language(lex_type t) {
  return t == LX_NAME || t == LX_SEAT || t == LX_CAPITAL || t == LX_SURNAME;
}

static int name_like(lex_type t) {
  return t == LX_NAME || t == LX_SEAT || t == LX_CAPITAL;
}

static int casing_ok(const document *d, const lex_entry *e, size_t first,
                     size_t last) {
  if (e->casing == CASE_ANY) return 1;
  if (e->casing == CASE_CAPITALISED) return doc_token(d, first)->flags & TF_CAP;
  size_t s = doc_token(d, first)->start, end = doc_token(d, last)->end;
  return text_is_all_caps(d->text + s, end - s);
}

/* "Hans Hækkerup", "Jan Egeland": a given name that is also a pronoun or
 * a month starts a name when a capitalised word follows. */
static int pronoun_opens_name(const document *d, size_t i);

static int starts_name(const document *d, size_t first, size_t last) {
  if (first != last || !(doc_token(d, first)->flags & TF_CAP)) return 0;
  if (!kb_is_given_name(d->kb, doc_token(d, first)->key)) return pronoun_opens_name(d, first);
  size_t next = last + 1;
  if (next >= d->tokens.len ||
      doc_token(d, next)->sentence != doc_token(d, first)->sentence)
    return 0;
  const token *t = doc_token(d, next);
  /* "Jan van Berg", "Jan de la Cruz": particles before the surname */
  for (size_t k = 0; k < 2 && t->kind == TOK_WORD && !(t->flags & TF_CAP) &&
                     kb_has(d->kb, t->key, LX_PARTICLE) && next + 1 < d->tokens.len &&
                     same_sentence(d, next + 1, first);
       k++)
    t = doc_token(d, ++next);
  return t->kind == TOK_WORD && t->flags & TF_CAP && !(t->flags & TF_ALLCAPS) &&
         !kb_is_stopword(d->kb, t->key, d->lang);
}

/* "Hun Sen", "He Lifeng", "Han Duck-soo": a capitalised personal pronoun
 * before a capitalised word the lexicon does not know is a family name
 * opening a name, since in prose a verb or a lower-case word follows the
 * pronoun; not in a headline, where every word is capitalised. */
static int pronoun_opens_name(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || t->flags & TF_ALLCAPS) return 0;
  const lex_entry *e = token_lex(d, i);
  for (; e && e->type != LX_NAME_PRONOUN; e = e->next) {}
  if (!e || i + 1 >= d->tokens.len || !same_sentence(d, i, i + 1)) return 0;
  const token *next = doc_token(d, i + 1);
  const sentence *sen = doc_sentence(d, t->sentence);
  /* (a third capitalised word after them is a title-case line: "He
   * Pressed Beijing On Taiwan") */
  const token *third = i + 2 < d->tokens.len && same_sentence(d, i, i + 2)
                           ? doc_token(d, i + 2) : NULL;
  return next->kind == TOK_WORD && next->flags & TF_CAP && !(next->flags & TF_ALLCAPS) &&
         !token_lex(d, i + 1) && !kb_is_stopword(d->kb, next->key, d->lang) &&
         !(third && third->kind == TOK_WORD && third->flags & TF_CAP) &&
         doc_block(d, sen->block)->kind != BLOCK_TITLE;
}

static const lex_entry *choose(const document *d, const lex_entry *list,
                               size_t first, size_t last, int names_only) {
  const lex_entry *best = NULL;
  for (const lex_entry *e = list; e; e = e->next) {
    if (!span_type(e->type)) continue;
    /* genitives of names and of ministries: "Ruslands", "udenrigsministeriets",
     * "ministeriets" */
    if (names_only && !name_like(e->type) && e->type != LX_MINISTRY_NAME &&
        e->type != LX_MINISTRY_WORD)
      continue;
    if ((e->type == LX_PRONOUN || e->type == LX_MONTH) &&
        starts_name(d, first, last))
      continue;
    /* a lower-case cue word does not match an acronym: "DR" is no "dr." */
    if (e->casing == CASE_ANY && !name_like(e->type) &&
        doc_token(d, first)->flags & TF_ALLCAPS)
      continue;
    if (!any_language(e->type) && e->lang && strcmp(e->lang, d->lang) != 0)
      continue;
    if (!casing_ok(d, e, first, last)) continue;
    if (!best || priority(e->type) < priority(best->type)) best = e;
  }
  return best;
}

/* Is token i a one-word title of the lexicon ("spokesperson")? */
static int title_at(const document *d, size_t i) {
  if (i >= d->tokens.len) return 0;
  for (const lex_entry *e = token_lex(d, i); e; e = e->next)
    if (e->type == LX_TITLE) return 1;
  return 0;
}

/* "Socialist Congress" is not the US Congress, nor "National Security
 * Council" the UN's: an organisation's name of n words at token i, right
 * after a capitalised word of no known meaning, is the tail of a longer
 * name (a state's adjective is not such a word: "French Security Council
 * diplomats" are the UN's). A sentence's first word is capitalised whatever it is
 * ("Yesterday EU leaders agreed", "Afterwards NATO foreign ministers
 * met"): there only a name of several words with a title after it counts
 * ("National Security Council spokesperson X"). */
static int inside_longer_name(const document *d, size_t i, size_t n, const lex_entry *e) {
  if (e->type != LX_NAME ||
      (e->target->kind != KB_ORG && e->target->kind != KB_INTL_ORG))
    return 0;
  if (i == 0) return 0;
  const token *prev = doc_token(d, i - 1);
  if (prev->sentence != doc_token(d, i)->sentence) return 0;
  if (!(prev->kind == TOK_WORD && prev->flags & TF_CAP && d->span_at[i - 1] < 0 &&
        !kb_is_stopword(d->kb, prev->key, d->lang)))
    return 0;
  if (doc_sentence(d, prev->sentence)->first != i - 1) return 1;
  return n > 1 && title_at(d, i + n);
}

static span *add_span(document *d, size_t first, size_t last, span_kind kind) {
  span *s = vec_push(&d->spans);
  if (!s) return NULL;
  s->first = first;
  s->last = last;
  s->kind = kind;
  for (size_t i = first; i <= last; i++)
    d->span_at[i] = (long)(d->spans.len - 1);
  return s;
}

/* Longest lexicon match starting at token i; returns tokens consumed.
 * The key grows one token at a time while it is still the start of some
 * phrase, so a token that starts nothing costs one or two lookups. */
static size_t match_at(document *d, size_t i, size_t end, strbuf *key) {
  size_t max = kb_max_tokens(d->kb);
  if (max > end - i) max = end - i;
  enum { MAX_CANDIDATES = 16 };
  size_t lengths[MAX_CANDIDATES];
  size_t ncand = 0;
  strbuf_clear(key);
  for (size_t n = 1; n <= max && n <= MAX_CANDIDATES; n++) {
    const token *t = doc_token(d, i + n - 1);
    if (t->kind == TOK_CITATION || d->span_at[i + n - 1] >= 0) break;
    if (n > 1) strbuf_putc(key, ' ');
    strbuf_puts(key, t->key);
    if (key->failed) break;
    int candidate = (n == 1 ? token_lex(d, i) : kb_lookup(d->kb, key->data)) != NULL;
    if (!candidate && key->len > 4 && key->data[key->len - 1] == 's' &&
        t->kind == TOK_WORD) {
      key->data[key->len - 1] = '\0';
      candidate = kb_lookup(d->kb, key->data) != NULL;
      key->data[key->len - 1] = 's';
    }
    if (candidate) lengths[ncand++] = n;
    if (!(n == 1 ? token_starts_phrase(d, i) : kb_phrase_continues(d->kb, key->data)))
      break;
  }
  while (ncand > 0) {
    size_t n = lengths[--ncand];
    strbuf_clear(key);
    for (size_t k = i; k < i + n; k++) {
      if (k > i) strbuf_putc(key, ' ');
      strbuf_puts(key, doc_token(d, k)->key);
    }
    if (key->failed) continue;
    const lex_entry *e = choose(
        d, n == 1 ? token_lex(d, i) : kb_lookup(d->kb, key->data), i, i + n - 1, 0);
    int genitive = 0;
    if (!e && key->len > 4 && key->data[key->len - 1] == 's' &&
        doc_token(d, i + n - 1)->kind == TOK_WORD) {
      /* Danish genitive: "Ruslands", "Danmarks", "Folketingets" */
      key->data[--key->len] = '\0';
      e = choose(d, kb_lookup(d->kb, key->data), i, i + n - 1, 1);
      genitive = e != NULL;
    }
    if (!e) continue;
    if (inside_longer_name(d, i, n, e)) continue;
    span *s = add_span(d, i, i + n - 1, SPAN_LEXICON);
    if (!s) return 0;
    s->type = e->type;
    s->lex = e;
    s->role = e->type == LX_TITLE ? e->target : NULL;
    s->genitive = genitive;
    size_t next = i + n;
    if (next < end && doc_token(d, next)->flags & TF_POSSESSIVE) {
      s->genitive = 1;
      return n + 1;
    }
    return n;
  }
  const token *t = doc_token(d, i);
  /* "then-president", "ex-premier", "eks-præsident": a former's word
   * joined to a one-word title by a hyphen is that title */
  char prefix[16];
  const char *rest = t->kind == TOK_WORD ? key_after_hyphen(t->key, prefix, sizeof prefix) : NULL;
  if (rest) {
    const lex_entry *title = NULL;
    for (const lex_entry *e = kb_lookup(d->kb, rest); e && !title; e = e->next)
      if (e->type == LX_TITLE && e->ntokens == 1) title = e;
    if (title && kb_has(d->kb, prefix, LX_FORMER)) {
      span *s = add_span(d, i, i, SPAN_LEXICON);
      if (!s) return 0;
      s->type = LX_TITLE;
      s->lex = title;
      s->role = title->target;
      return 1;
    }
  }
  /* Danish compounds: "forsvarsministeren" is a minister */
  if (t->kind == TOK_WORD && !strcmp(d->lang, "da")) {
    const kb_entity *role = kb_title_suffix(d->kb, t->key);
    if (role) {
      span *s = add_span(d, i, i, SPAN_LEXICON);
      if (!s) return 0;
      s->type = LX_TITLE;
      s->role = role;
      return 1;
    }
  }
  return 0;
}

static int soft(const document *d, size_t i) {
  const span *s = span_of(d, i);
  if (!s) return 1;
  return s->kind == SPAN_LEXICON &&
         (s->type == LX_SURNAME || s->type == LX_MONTH ||
          (s->type == LX_NAME && s->lex->target->kind == KB_PERSON));
}

/* "al-Assad", "el-Sisi", "bin-Salman": a particle joined by a hyphen to
 * a capitalised name is part of a name */
static int particle_joined(const document *d, const token *t) {
  const char *w = d->text + t->start;
  size_t n = t->end - t->start;
  const char *hyphen = memchr(w, '-', n);
  if (!hyphen || hyphen == w || (size_t)(hyphen - w) > 4 || hyphen + 1 >= w + n ||
      !(hyphen[1] >= 'A' && hyphen[1] <= 'Z'))
    return 0;
  char prefix[5];
  size_t k = (size_t)(hyphen - w);
  for (size_t j = 0; j < k; j++) {
    if (!(w[j] >= 'a' && w[j] <= 'z')) return 0;
    prefix[j] = w[j];
  }
  prefix[k] = '\0';
  return kb_has(d->kb, prefix, LX_PARTICLE);
}

static int name_word(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  if (t->kind != TOK_WORD || t->flags & TF_POSSESSIVE) return 0;
  if (t->flags & TF_INITIAL) return 1;
  if (!(t->flags & TF_CAP)) return particle_joined(d, t);
  /* all-capital words are acronyms or shouting, not names */
  return !(t->flags & TF_ALLCAPS);
}

/* "J.D. Vance", "JD Vance": initials before a capitalised name open it
 * as a given name does. Two capital letters unknown to the lexicon count
 * as initials only right before such a name. */
static int opens_with_initials(const document *d, size_t i, size_t end) {
  const token *t = doc_token(d, i);
  if (t->kind != TOK_WORD) return 0;
  if (t->flags & TF_INITIAL) return 1;
  if (t->end - t->start != 2 || !(t->flags & TF_ALLCAPS) || d->span_at[i] >= 0 ||
      i + 1 >= end)
    return 0;
  const token *next = doc_token(d, i + 1);
  return next->kind == TOK_WORD && (next->flags & TF_CAP) && !(next->flags & TF_ALLCAPS);
}

static int particle(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  return t->kind == TOK_WORD && !(t->flags & TF_CAP) &&
         kb_has(d->kb, t->key, LX_PARTICLE);
}

int recognise_may_be_verb(document *d, size_t i) {
  const token *t = doc_token(d, i);
  if (lex_is(span_of(d, i), LX_SPEECH)) return 1;
  if (t->kind != TOK_WORD || !d->stems) return 0;
  stem_word *w = stem_cache_word(d->stems, d->lang, d->text + t->start, t->end - t->start);
  if (!w) return 1; /* out of memory: the careful answer */
  if (w->note < 0) w->note = (long)kb_trigger_note(d->kb, w->stem);
  return w->note != 0;
}

/* "spokesperson Mao Ning", "Mao Ning sagde", "Foreign Minister Israel
 * Katz": a known surname after a title (and its comma) or before a speech
 * verb, or a
 * state's name after a title, followed by a capitalised word of no known
 * meaning, begins another person's full name. */
static int known_word_opens_name(document *d, size_t first, size_t i, size_t end) {
  const span *s = span_of(d, i);
  if (!s || s->kind != SPAN_LEXICON || s->first != i || s->last != i ||
      i == first || i + 1 >= end)
    return 0;
  int surname = s->type == LX_SURNAME;
  int state = s->type == LX_NAME && s->lex && is_state_kb(s->lex->target);
  if (!surname && !state) return 0;
  /* a title-case headline: "Minister Frederiksen Visits Kyiv" */
  if (!name_word(d, i + 1) || d->span_at[i + 1] >= 0 ||
      kb_is_stopword(d->kb, doc_token(d, i + 1)->key, d->lang) ||
      recognise_may_be_verb(d, i + 1))
    return 0;
  /* the title right before, or before a comma: "High Commissioner,
   * Cameron MacKay" */
  const span *before = span_of(d, i - 1);
  if (!before && i - 1 > first && !strcmp(doc_token(d, i - 1)->key, ","))
    before = span_of(d, i - 2);
  int titled = before && before->kind == SPAN_LEXICON &&
               (before->type == LX_TITLE || before->type == LX_PERSON_CUE ||
                before->type == LX_COUNTERPART);
  int speaks = 0;
  if (i + 2 < end) {
    const span *after = span_of(d, i + 2);
    speaks = after && after->first == i + 2 && after->kind == SPAN_LEXICON &&
             after->type == LX_SPEECH;
  }
  return titled || (surname && speaks);
}

/* "KAMIKAWA Yoko, Minister for Foreign Affairs": a known surname in
 * capitals before a given name, as Japan's foreign ministry writes names,
 * opens a name written family name first (people.c finds whose). */
static int family_name_first(const document *d, size_t i, size_t end) {
  const token *t = doc_token(d, i);
  const span *s = span_of(d, i);
  return i + 1 < end && (t->flags & TF_ALLCAPS) && s && s->kind == SPAN_LEXICON &&
         s->type == LX_SURNAME && s->first == i && s->last == i &&
         name_word(d, i + 1) && d->span_at[i + 1] < 0 &&
         kb_is_given_name(d->kb, doc_token(d, i + 1)->key);
}

/* "Palestine Liberation Organization", "Danish Refugee Council": a
 * state's name or adjective right before a run of several words ending
 * in an organisation's head noun opens the organisation's name; so does a
 * known person's name before one or more ("Jawaharlal Nehru University",
 * "Konrad Adenauer Foundation"). Not a genitive ("Russia's Security
 * Council"). The opening span, or NULL. */
static span *name_opening_org(document *d, size_t first, size_t i, size_t j) {
  if (i == first || !kb_has(d->kb, doc_token(d, j)->key, LX_ORG_HEAD)) return NULL;
  long at = d->span_at[i - 1];
  if (at < 0) return NULL;
  span *s = doc_span(d, (size_t)at);
  const kb_entity *kb = span_kb(s);
  if (s->last != i - 1 || s->genitive || !kb ||
      !(doc_token(d, s->first)->flags & TF_CAP))
    return NULL;
  /* a full name, not a surname alone: "Macron Party officials" */
  if (kb->kind == KB_PERSON && s->type == LX_NAME && s->last > s->first) return s;
  if (j > i && kb->kind == KB_STATE && (s->type == LX_NAME || s->type == LX_ADJECTIVE))
    return s;
  /* a region is no party of its own, so its head noun alone makes the
   * name: "Atlantic Council", "Asia Foundation" */
  if (kb->kind == KB_REGION && s->type == LX_NAME) return s;
  return NULL;
}

/* Whether the name run [i, j] after "and" ends the ministry's name: a
 * name of the form "Ministry of ..." ("... of Foreign Affairs and
 * Trade"), a run of at most three words that opens with no given name and
 * ends in no organisation's head ("The Foreign Ministry and Maria
 * Zakharova", "... and Amnesty International"). */
static int continues_ministry(document *d, const span *ministry, size_t i, size_t j) {
  int of = 0;
  for (size_t k = ministry->first; k <= ministry->last; k++)
    if (tok_is(d, k, "of") || tok_is(d, k, "for")) of = 1;
  return of && j - i < 3 && !kb_is_given_name(d->kb, doc_token(d, i)->key) &&
         !kb_has(d->kb, doc_token(d, j)->key, LX_ORG_HEAD);
}

/* Frees a span's tokens and leaves the span dead (spans are not removed:
 * span_at holds their indexes). */
static void drop_span(document *d, span *s) {
  for (size_t m = s->first; m <= s->last; m++) d->span_at[m] = -1;
  s->kind = SPAN_NAME_RUN;
  s->first = s->last = 0;
  s->lex = NULL;
  s->type = LX_TYPE_COUNT;
}

/* "II", "XVI": a Roman number up to 39, written in capitals */
static int roman_numeral(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  size_t n = t->end - t->start;
  if (t->kind != TOK_WORD || !(t->flags & TF_ALLCAPS) || n > 6) return 0;
  const char *s = d->text + t->start, *end = s + n;
  while (s < end && *s == 'X') s++;
  if (s - (d->text + t->start) > 3) return 0;
  static const char *const units[] = {"IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"};
  for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
    size_t m = strlen(units[k]);
    if ((size_t)(end - s) == m && !memcmp(s, units[k], m)) return 1;
  }
  return s == end && n > 0;
}

/* Does token i end in a hyphen and a lower-case word of five letters or
 * more in the Danish definite form ("-pladsen", "-regimet", "-sagen")?
 * Syllables of Korean and Chinese given names ("Il-sung", "Jae-myung",
 * "Ing-wen") are shorter or end otherwise. */
static int common_noun_tail(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  const char *key = t->key, *hyphen = strrchr(key, '-');
  if (t->kind != TOK_WORD || !hyphen || hyphen == key || strlen(hyphen + 1) < 5) return 0;
  size_t h = t->end;
  while (h > t->start && d->text[h - 1] != '-') h--;
  if (h <= t->start || h >= t->end) return 0;
  int32_t cp;
  if (!utf8_next(d->text + h, t->end - h, &cp) || !cp_is_letter(cp) || cp_is_upper(cp))
    return 0;
  size_t n = strlen(key);
  return !strcmp(key + n - 2, "en") || !strcmp(key + n - 2, "et") ||
         !strcmp(key + n - 2, "ne");
}

/* "Jr", "Sr" (lex:nameSuffix), capitalised */
static int name_suffix(const document *d, size_t i) {
  const token *t = doc_token(d, i);
  return t->kind == TOK_WORD && (t->flags & TF_CAP) && kb_has(d->kb, t->key, LX_NAME_SUFFIX);
}

/* The gazetteer's person named by tokens first..suffix as it writes them,
 * with the suffix's full stop ("ferdinand marcos jr ."), or NULL. */
static const lex_entry *suffixed_person(const document *d, size_t first, size_t suffix) {
  strbuf key;
  strbuf_init(&key);
  for (size_t k = first; k <= suffix; k++) {
    if (k > first) strbuf_putc(&key, ' ');
    strbuf_puts(&key, doc_token(d, k)->key);
  }
  strbuf_puts(&key, " .");
  const lex_entry *found = key.failed ? NULL : kb_lookup_person(d->kb, key.data);
  strbuf_free(&key);
  return found;
}

/* Is token i right after a title or a form of address ("Pope", "King")? */
static int after_title(const document *d, size_t first, size_t i) {
  const span *s = i > first ? span_ending(d, i - 1) : NULL;
  return lex_is(s, LX_TITLE) || lex_is(s, LX_PERSON_CUE);
}

/* Is token i a word the lexicon knows in lower case (a cue, a trigger
 * word, a date word), capitalised only because it opens a sentence? Not
 * one that is also a name ("Major said"). */
static int lower_case_word(const document *d, size_t i) {
  return lex_list_is_cue_word(token_lex(d, i));
}

/* Runs of capitalised words outside lexicon matches. A run may swallow a
 * surname or month reading ("Theresa May") when it starts with a given name. */
static attache_status name_runs(document *d, size_t first, size_t end) {
  for (size_t i = first; i < end; i++) {
    /* "Joseph R. Biden Jr." after a known name: the suffix ends that name,
     * and is never a name of its own */
    if (name_suffix(d, i)) {
      span *before = i > first ? span_ending(d, i - 1) : NULL;
      if (before && d->span_at[i] < 0 &&
          (before->kind == SPAN_NAME_RUN ||
           (before->kind == SPAN_LEXICON && before->type == LX_NAME && before->lex &&
            before->lex->target && before->lex->target->kind == KB_PERSON))) {
        /* "Ferdinand Marcos Jr.," (its full stop joined to it before the
         * comma): the gazetteer's "Ferdinand Marcos Jr.", not his father */
        if (before->kind == SPAN_LEXICON) {
          const lex_entry *junior = suffixed_person(d, before->first, i);
          if (junior) before->lex = junior;
        }
        before->last = i;
        d->span_at[i] = d->span_at[i - 1];
      }
      continue;
    }
    int opening = opens_with_initials(d, i, end), reversed = family_name_first(d, i, end);
    if ((d->span_at[i] >= 0 && !reversed && !known_word_opens_name(d, first, i, end)) ||
        !(name_word(d, i) || opening || reversed))
      continue;
    if (kb_is_stopword(d->kb, doc_token(d, i)->key, d->lang) && !pronoun_opens_name(d, i))
      continue;
    if (i == first && !(i + 1 < end && (name_word(d, i + 1) || particle(d, i + 1))) &&
        lower_case_word(d, i))
      continue; /* "Senere sagde X": an adverb opening the sentence */
    size_t j = i;
    int given = opening || kb_is_given_name(d->kb, doc_token(d, i)->key);
    if (!given) {
      /* "(U.S. Treasury) Secretary Scott Bessent", "Press Secretary
       * Karoline Leavitt": words of no known meaning before a given name
       * and a surname are a title the lexicon lacks; the name starts at
       * the given name */
      size_t k = i + 1;
      while (k + 1 < end && name_word(d, k) && d->span_at[k] < 0 &&
             !kb_is_given_name(d->kb, doc_token(d, k)->key))
        k++;
      if (k + 1 < end && name_word(d, k) && d->span_at[k] < 0 &&
          kb_is_given_name(d->kb, doc_token(d, k)->key) && name_word(d, k + 1) &&
          d->span_at[k + 1] < 0) {
        i = k - 1;
        continue;
      }
    }
    for (;;) {
      if (common_noun_tail(d, j)) break;
      if (j + 1 < end && name_word(d, j + 1) &&
          (d->span_at[j + 1] < 0 || (given && soft(d, j + 1)))) {
        j++;
      } else if (j + 2 < end && particle(d, j + 1) && name_word(d, j + 2) &&
                 (d->span_at[j + 2] < 0 || (given && soft(d, j + 2)))) {
        j += 2;
      } else if (j + 3 < end && particle(d, j + 1) && particle(d, j + 2) &&
                 name_word(d, j + 3) &&
                 (d->span_at[j + 3] < 0 || (given && soft(d, j + 3)))) {
        j += 3; /* "van de Geer", "von der Leyen", "de la Fuente" */
      } else {
        break;
      }
    }
    /* "John Paul II", "Benedict XVI": a regnal number ends a name */
    if (j + 1 < end && roman_numeral(d, j + 1) && (given || after_title(d, first, i))) j++;
    /* "Kim Il-sung-pladsen", "Trump-administrationen": a name joined to a
     * common noun is the noun, named after someone, not the person */
    if (common_noun_tail(d, j)) {
      i = j;
      continue;
    }
    /* drop what the run swallowed, and a name opening an organisation's */
    for (size_t k = i; k <= j; k++)
      if (d->span_at[k] >= 0) drop_span(d, doc_span(d, (size_t)d->span_at[k]));
    /* "Ministry of Foreign Affairs and Trade", "... and International
     * Cooperation": the rest of the ministry's name */
    span *ministry = i >= first + 2 && doc_cue_word(d, i - 1, LX_AND) &&
                             d->span_at[i - 2] >= 0
                         ? doc_span(d, (size_t)d->span_at[i - 2])
                         : NULL;
    if (ministry && ministry->last == i - 2 && !ministry->genitive &&
        lex_is(ministry, LX_MINISTRY_NAME) && continues_ministry(d, ministry, i, j)) {
      for (size_t k = i - 1; k <= j; k++) d->span_at[k] = d->span_at[i - 2];
      ministry->last = j;
      i = j;
      continue;
    }
    size_t start = i;
    span *opener = name_opening_org(d, first, i, j);
    if (opener) {
      start = opener->first;
      drop_span(d, opener);
    }
    if (!add_span(d, start, j, SPAN_NAME_RUN)) return ATTACHE_ERR_NOMEM;
    i = j;
  }
  return ATTACHE_SUCCESS;
}

attache_status recognise_document(document *d) {
  d->span_at = arena_alloc(&d->mem, (d->tokens.len + 1) * sizeof(long));
  if (!d->span_at) return ATTACHE_ERR_NOMEM;
  for (size_t i = 0; i <= d->tokens.len; i++) d->span_at[i] = -1; /* and one past */
  strbuf key;
  strbuf_init(&key);
  for (size_t s = 0; s < d->sentences.len; s++) {
    if (!sentence_is_main(d, s)) continue;
    const sentence *sen = doc_sentence(d, s);
    size_t end = sen->first + sen->count;
    for (size_t i = sen->first; i < end;) {
      size_t used = doc_token(d, i)->kind == TOK_WORD ||
                            doc_token(d, i)->kind == TOK_NUMBER
                        ? match_at(d, i, end, &key)
                        : 0;
      if (d->spans.failed) break;
      i += used ? used : 1;
    }
    attache_status st = name_runs(d, sen->first, end);
    if (st) {
      strbuf_free(&key);
      return st;
    }
  }
  int failed = key.failed || d->spans.failed;
  strbuf_free(&key);
  return failed ? ATTACHE_ERR_NOMEM : ATTACHE_SUCCESS;
}
