#include "segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "strmap.h"

/* Lines longer than this are not analysed (reported as skipped). */
enum { MAX_LINE = 1 << 20 };

/* ---- blocks and boilerplate ---------------------------------------------- */

static size_t word_count(const char *s, size_t n) {
  size_t words = 0;
  int in = 0;
  for (size_t i = 0; i < n; i++) {
    int space = isspace((unsigned char)s[i]);
    if (!space && !in) words++;
    in = !space;
  }
  return words;
}

/* The most words of a headline in a list of links, and of a line after a
 * credit line ("Our Standards: The Thomson Reuters Trust Principles."). */
enum { LIST_ITEM_WORDS = 16, CREDIT_TAIL_WORDS = 8 };

static int starts_with_bullet(const char *s, size_t n) {
  static const char *const bullets[] = {"\xE2\x80\xA2", "\xC2\xB7",
                                        "\xE2\x96\xAA", "\xE2\x96\xBA",
                                        "* ", "- ", "\xE2\x80\x93 "};
  for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
    size_t l = strlen(bullets[i]);
    if (n >= l && memcmp(s, bullets[i], l) == 0) return (int)l;
  }
  return 0;
}

/* A numbered or caret-marked reference: "^ ...", "12. ^ ...", "[3] ..." */
static int reference_line(const char *s, size_t n) {
  size_t i = 0;
  if (n && s[0] == '^') return 1;
  while (i < n && isdigit((unsigned char)s[i])) i++;
  if (i > 0 && i < n && (s[i] == '.' || s[i] == ')')) {
    i++;
    while (i < n && s[i] == ' ') i++;
    return i < n && s[i] == '^';
  }
  return 0;
}

/* "READ MORE: ...", "LÆS OGSÅ: ..." — a capitalised label and a colon. */
static int label_line(const char *s, size_t n) {
  const char *colon = memchr(s, ':', n < 40 ? n : 40);
  if (!colon || colon == s) return 0;
  size_t len = (size_t)(colon - s);
  size_t words = word_count(s, len);
  if (!text_is_all_caps(s, len) || words > 4) return 0;
  /* every letter upper case; need two words or one long one */
  if (words >= 2) return 1;
  return utf8_count(s, len) >= 5;
}

/* "Copyright 2022 The Associated Press. All rights reserved.", "© Ritzau":
 * a short line holding the copyright sign or opening with a word of
 * lex:copyrightWord. */
static int copyright_line(document *d, const char *s, size_t n) {
  if (word_count(s, n) > LIST_ITEM_WORDS) return 0;
  for (size_t i = 0; i + 1 < n; i++)
    if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA9) return 1;
  size_t w = 0;
  while (w < n && w < 32 && isalpha((unsigned char)s[w])) w++;
  if (!w || w == 32) return 0;
  /* not a sentence about copyright: "Copyright disputes grew" */
  size_t next = w;
  while (next < n && s[next] == ' ') next++;
  if (next < n && islower((unsigned char)s[next])) return 0;
  char *key = fold_key(&d->mem, s, w);
  return key && kb_has(d->kb, key, LX_COPYRIGHT);
}

/* "Associated Press writer Ana Berg in Oslo contributed to this report.":
 * a short line naming someone and ending with a phrase of
 * lex:creditPhrase (not "Several agencies contributed to this report."). */
enum { CREDIT_LINE_WORDS = 30, CREDIT_PHRASE_WORDS = 6 };

static int holds_name(const char *s, size_t n);

static int contributors_line(document *d, const char *s, size_t n) {
  if (!d->kb || word_count(s, n) > CREDIT_LINE_WORDS || !holds_name(s, n)) return 0;
  vec toks;
  vec_init(&toks, sizeof(token));
  arena scratch;
  arena_init(&scratch);
  int found = 0;
  if (tokenize(&scratch, s, 0, n, &toks) == 0) {
    size_t end = toks.len;
    while (end > 0 && VEC_AT(&toks, token, end - 1)->kind == TOK_PUNCT) end--;
    strbuf key;
    strbuf_init(&key);
    for (size_t k = 2; !found && k <= CREDIT_PHRASE_WORDS && k <= end; k++) {
      strbuf_clear(&key);
      for (size_t i = end - k; i < end; i++) {
        if (i > end - k) strbuf_putc(&key, ' ');
        strbuf_puts(&key, VEC_AT(&toks, token, i)->key);
      }
      found = !key.failed && kb_has(d->kb, key.data, LX_CREDIT);
    }
    strbuf_free(&key);
  }
  vec_free(&toks);
  arena_release(&scratch);
  return found;
}

/* The first (or the last) " | " of a line, or NULL. */
static const char *find_bar(const char *s, size_t n, int last) {
  const char *bar = NULL;
  for (size_t i = 0; i + 2 < n && (last || !bar); i++)
    if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ') bar = s + i;
  return bar;
}

/* "13.10.2025 11:50:04" or "| Pressemeddelelse": items of a listing. */
static int listing_item_line(const char *s, size_t n) {
  for (size_t i = 0; i + 8 < n; i++) {
    size_t j = i, d1 = 0, d2 = 0, d3 = 0;
    while (j < n && isdigit((unsigned char)s[j]) && d1 < 3) j++, d1++;
    if (!d1 || d1 > 2 || j >= n || s[j] != '.') continue;
    j++;
    while (j < n && isdigit((unsigned char)s[j]) && d2 < 3) j++, d2++;
    if (!d2 || d2 > 2 || j >= n || s[j] != '.') continue;
    j++;
    while (j < n && isdigit((unsigned char)s[j]) && d3 < 5) j++, d3++;
    if (d3 != 4) continue;
    while (j < n && s[j] == ' ') j++;
    if (j + 4 < n && isdigit((unsigned char)s[j]) &&
        (s[j + 1] == ':' || s[j + 2] == ':'))
      return 1;
  }
  const char *bar = find_bar(s, n, 1);
  return bar && word_count(bar + 3, n - (size_t)(bar + 3 - s)) <= 2;
}

static int contact_line(const char *s, size_t n) {
  /* an e-mail address or a phone number with a country code */
  for (size_t i = 1; i + 3 < n; i++) {
    if (s[i] == '@' && isalnum((unsigned char)s[i - 1]) &&
        isalnum((unsigned char)s[i + 1])) {
      const char *dot = memchr(s + i, '.', n - i);
      if (dot) return 1;
    }
  }
  for (size_t i = 0; i + 8 < n; i++) {
    if (s[i] != '+' || !isdigit((unsigned char)s[i + 1])) continue;
    size_t digits = 0, j = i + 1;
    while (j < n && (isdigit((unsigned char)s[j]) || s[j] == ' ')) {
      if (isdigit((unsigned char)s[j])) digits++;
      j++;
    }
    if (digits >= 8) return 1;
  }
  return 0;
}

static int ends_sentence(const char *s, size_t n) {
  while (n && (s[n - 1] == ' ')) n--;
  if (!n) return 0;
  char c = s[n - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
      c == '"')
    return 1;
  /* closing typographic quotes */
  if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
      (unsigned char)s[n - 2] == 0x80 &&
      ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
    return 1;
  return 0;
}


/* the fewest words of a paragraph of running text */
enum { BODY_WORDS = 5 };

static int prose_block(const char *s, size_t n) {
  return word_count(s, n) >= BODY_WORDS && ends_sentence(s, n) && s[n - 1] != ':';
}

/* A whole line in parentheses: "(Reporting by ...; Editing by ...)". */
static int parenthesised(const char *s, size_t n) {
  return n > 2 && s[0] == '(' && s[n - 1] == ')' && !memchr(s + 1, ')', n - 2);
}

/* Whether s[0,n) holds two capitalised words in a row: a name. */
static int holds_name(const char *s, size_t n) {
  int run = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && isspace((unsigned char)s[i])) i++;
    size_t w = i;
    while (i < n && !isspace((unsigned char)s[i])) i++;
    if (i == w) break;
    run = text_is_capitalised(s + w, i - w) ? run + 1 : 0;
    if (run >= 2) return 1;
  }
  return 0;
}

/* A credit line after the text: in parentheses, or parts joined by
 * semicolons with no sentence's end, each naming someone ("Reporting by
 * Ana Berg in Oslo; Editing by Ola Lind"; not "Timeline: 2022 invasion;
 * 2023 agreement"). */
static int credit_line(const char *s, size_t n) {
  if (parenthesised(s, n)) return 1;
  if (!n || !memchr(s, ';', n) || ends_sentence(s, n)) return 0;
  for (const char *part = s, *e = s + n; part < e;) {
    const char *semi = memchr(part, ';', (size_t)(e - part));
    const char *stop = semi ? semi : e;
    if (!holds_name(part, (size_t)(stop - part))) return 0;
    part = semi ? semi + 1 : e;
  }
  return 1;
}

size_t segment_first_prose(const document *d) {
  for (size_t k = 1; k < d->blocks.len; k++) {
    const block *b = doc_block(d, k);
    if (b->kind != BLOCK_BOILERPLATE && prose_block(d->text + b->start, b->end - b->start))
      return k;
  }
  return d->blocks.len;
}

/* "News", "Press Releases", "Pressemeddelelser": at most three words,
 * each capitalised, ending no sentence; not a short headline ("Samtale
 * med Blinken") */
static int section_label(const char *s, size_t n) {
  if (word_count(s, n) > 3 || ends_sentence(s, n)) return 0;
  for (size_t i = 0; i < n; i++)
    if ((i == 0 || s[i - 1] == ' ') && s[i] != ' ' && !text_is_capitalised(s + i, n - i))
      return 0;
  return 1;
}

/* The site header above a press release's headline: "Udenrigsministeriet",
 * "Ministry of Foreign Affairs, Republic of Korea", "Government of Iceland
 * | Ministry for Foreign Affairs". Every word of the line is a ministry's
 * name or word, a state's or organisation's name, a government word, a
 * function word or punctuation, and a ministry is among them (in the
 * lines under the first, "Government of India", none need be); a headline
 * says something more ("Ministry of Foreign Affairs Statement on ...",
 * "Foreign Ministry Spokesperson's Remarks"). */
enum { MASTHEAD_PHRASE = 6 };

/* 2: a ministry's name or word; 1: a state's, an organisation's or a
 * government's; 0: neither. *state: the state it names, a ministry's
 * state for a ministry; *government set for a government word. */
static int masthead_word(const lex_entry *e, const kb_entity **state, int *government) {
  int found = 0;
  for (const lex_entry *x = e; x; x = x->next)
    if (x->type == LX_NAME && x->target &&
        (x->target->kind == KB_STATE ||
         (x->target->kind == KB_MINISTRY && x->target->part_of &&
          x->target->part_of->kind == KB_STATE))) {
      *state = x->target->kind == KB_STATE ? x->target : x->target->part_of;
      break;
    }
  for (; e; e = e->next) {
    if (e->type == LX_GOVERNMENT) *government = 1;
    if (e->type == LX_MINISTRY_NAME || e->type == LX_MINISTRY_WORD ||
        (e->type == LX_NAME && e->target && e->target->kind == KB_MINISTRY))
      return 2;
    if (e->type == LX_GOVERNMENT || (e->type == LX_NAME && e->target && e->target->kind != KB_PERSON))
      found = 1;
  }
  return found;
}

/* Notes a state a site header names (document.header_state). */
static void note_header_state(document *d, const kb_entity *state) {
  if (!state || state == d->header_state) return;
  d->header_state = state;
  d->header_states++;
}

static int masthead_line(document *d, size_t start, size_t end, int need_ministry,
                         const kb_entity **named, int *two_states) {
  if (!d->kb || word_count(d->text + start, end - start) > 12 ||
      ends_sentence(d->text + start, end - start))
    return 0;
  vec toks;
  vec_init(&toks, sizeof(token));
  arena scratch;
  arena_init(&scratch);
  int ok = tokenize(&scratch, d->text, start, end, &toks) == 0 && toks.len > 0, ministry = 0,
      government = 0;
  strbuf key;
  strbuf_init(&key);
  for (size_t i = 0; ok && i < toks.len;) {
    const token *t = VEC_AT(&toks, token, i);
    if (t->kind == TOK_PUNCT || (!(t->flags & TF_CAP) && (kb_is_stopword(d->kb, t->key, "en") ||
                                                         kb_is_stopword(d->kb, t->key, "da")))) {
      i++;
      continue;
    }
    size_t best = 0;
    const kb_entity *best_state = NULL;
    strbuf_clear(&key);
    for (size_t n = 1; n <= MASTHEAD_PHRASE && i + n <= toks.len; n++) {
      if (n > 1) strbuf_putc(&key, ' ');
      strbuf_puts(&key, VEC_AT(&toks, token, i + n - 1)->key);
      if (key.failed) break;
      const kb_entity *state = NULL;
      int kind = masthead_word(kb_lookup(d->kb, key.data), &state, &government);
      if (kind) {
        best = n;
        best_state = state;
        if (kind == 2) ministry = 1;
      }
    }
    if (!best || !(t->flags & TF_CAP)) ok = 0;
    if (best_state && named) {
      if (*named && *named != best_state) *two_states = 1;
      *named = best_state;
    }
    i += best;
  }
  strbuf_free(&key);
  vec_free(&toks);
  arena_release(&scratch);
  /* a state alone under the header is a section ("Russia"), not the
   * sender: the sender's state stands with a ministry or a government */
  if (named && !ministry && !government) *named = NULL, *two_states = 0;
  return ok && (ministry || !need_ministry);
}

/* Where the list of other articles or links closing a page begins ("Mere
 * om Latinamerika:" and two headlines, "Related news" and its items, a
 * credit line "(Reporting by ...)" and what follows), or nb: two or more
 * lines after the last paragraph of running text, none of them prose and
 * none longer than a headline; or a credit line after running text
 * followed by nothing but short lines and headlines. By shape, so in any
 * language. */
static size_t trailing_list(const document *d, size_t nb) {
  const char *t = d->text;
  size_t last_prose = nb;
  for (size_t k = nb; k-- > 1;) {
    const block *b = doc_block(d, k);
    if (prose_block(t + b->start, b->end - b->start)) {
      last_prose = k;
      break;
    }
  }
  if (last_prose == nb) return nb;
  size_t first_prose = segment_first_prose(d);
  /* a credit line after the text, then short lines and headlines at most
   * ("Our Standards: ...", "Read Next" and a headline), not a sentence of
   * text after a photo caption */
  for (size_t k = first_prose + 1; k < nb; k++) {
    const block *b = doc_block(d, k);
    if (!credit_line(t + b->start, b->end - b->start)) continue;
    size_t m = k + 1;
    for (; m < nb; m++) {
      const char *s = t + doc_block(d, m)->start;
      size_t n = doc_block(d, m)->end - doc_block(d, m)->start, words = word_count(s, n);
      if (words > LIST_ITEM_WORDS || (prose_block(s, n) && words > CREDIT_TAIL_WORDS)) break;
    }
    if (m == nb) return k;
  }
  if (nb - last_prose - 1 < 2) return nb;
  for (size_t k = last_prose + 1; k < nb; k++) {
    const block *b = doc_block(d, k);
    const char *s = t + b->start;
    size_t n = b->end - b->start;
    /* content, not links: a sentence ("Belarus condemned Poland."), a
     * list a sentence announces ("... signed by the foreign ministers
     * of:"), a timeline ("2023: Finland joins NATO") */
    if (word_count(s, n) > LIST_ITEM_WORDS || (n && strchr(".!?", s[n - 1])) ||
        (s[n - 1] == ':' && word_count(s, n) >= BODY_WORDS) || isdigit((unsigned char)s[0]))
      return nb;
  }
  return last_prose + 1;
}

attache_status segment_blocks(document *d) {
  const char *t = d->text;
  size_t i = 0;
  while (i < d->len) {
    size_t e = i;
    while (e < d->len && t[e] != '\n') e++;
    size_t s = i, f = e;
    while (s < f && isspace((unsigned char)t[s])) s++;
    while (f > s && isspace((unsigned char)t[f - 1])) f--;
    /* non-breaking spaces at the ends are whitespace too */
    while (f >= s + 2 && (unsigned char)t[f - 2] == 0xC2 &&
           (unsigned char)t[f - 1] == 0xA0)
      f -= 2;
    if (f > s) {
      block *b = vec_push(&d->blocks);
      if (!b) return ATTACHE_ERR_NOMEM;
      b->start = s;
      b->end = f;
      b->kind = BLOCK_TEXT;
      b->heading = -1;
    }
    i = e + 1;
  }
  size_t nb = d->blocks.len;
  if (!nb) return ATTACHE_SUCCESS;
  size_t tail = nb; /* first block of the trailing boilerplate */
  size_t contact_seen = 0;
  int body_seen = 0; /* a paragraph of running text came before */
  for (size_t k = 0; k < nb; k++) {
    block *b = doc_block(d, k);
    const char *s = t + b->start;
    size_t n = b->end - b->start;
    int bullet = starts_with_bullet(s, n);
    /* a listing line before any running text is the release's own
     * dateline ("12.6.2024 15:40:12 CEST | Pressemeddelelse" under the
     * title), not the list of other releases */
    /* ... whose labels after the time ("| Udenrigsministeriet |
     * Pressemeddelelse") name the sender and the kind of text, as a page's
     * navigation does: only its date is read */
    if (k > 0 && !body_seen && isdigit((unsigned char)s[0]) && listing_item_line(s, n)) {
      const char *bar = find_bar(s, n, 0);
      if (bar) b->end = b->start + (size_t)(bar - s);
    }
    if (k > 0 && (reference_line(s, n) || (body_seen && listing_item_line(s, n)))) {
      /* a reference list or a list of other releases runs to the end; the
       * short heading just above it belongs to it */
      if (tail > k) tail = k;
      if (k > 1 && word_count(t + doc_block(d, k - 1)->start,
                              doc_block(d, k - 1)->end -
                                  doc_block(d, k - 1)->start) <= 8 &&
          !ends_sentence(t + doc_block(d, k - 1)->start,
                         doc_block(d, k - 1)->end - doc_block(d, k - 1)->start))
        if (tail > k - 1) tail = k - 1;
      break;
    }
    if (bullet && k + 1 < nb) {
      /* teaser: "• Headline" followed by the same headline */
      block *next = doc_block(d, k + 1);
      size_t hl = n - (size_t)bullet;
      while (hl && s[bullet] == ' ') bullet++, hl--;
      if (next->end - next->start == hl &&
          memcmp(t + next->start, s + bullet, hl) == 0) {
        tail = k;
        break;
      }
    }
    /* (not the title: 'Frederiksen: "Vi står fast"' ends like a sentence) */
    if (k > 0 && word_count(s, n) >= BODY_WORDS && ends_sentence(s, n)) body_seen = 1;
    if (contact_line(s, n) && k * 2 >= nb / 2) {
      contact_seen = 1;
      tail = k;
      break;
    }
  }
  (void)contact_seen;
  size_t trailing = trailing_list(d, nb);
  if (trailing < tail) tail = trailing;
  for (size_t k = tail; k < nb; k++) doc_block(d, k)->kind = BLOCK_BOILERPLATE;
  long heading = -1;
  size_t first_line = 0;
  strmap seen; /* lines already read: a repeated line is navigation */
  strmap_init(&seen);
  for (size_t k = 0; k < tail; k++) {
    block *b = doc_block(d, k);
    const char *s = t + b->start;
    size_t n = b->end - b->start;
    if (n > MAX_LINE) {
      /* an enormous line is data, not prose */
      b->kind = BLOCK_BOILERPLATE;
      d->skipped_lines++;
      continue;
    }
    if (label_line(s, n) ||
        (k > 0 && (copyright_line(d, s, n) || contributors_line(d, s, n)))) {
      b->kind = BLOCK_BOILERPLATE;
      continue;
    }
    char *line = arena_strndup(&d->mem, s, n);
    if (!line || strmap_get(&seen, line)) {
      b->kind = BLOCK_BOILERPLATE;
      continue;
    }
    if (strmap_put(&seen, line, line)) {
      strmap_free(&seen);
      return ATTACHE_ERR_NOMEM;
    }
    /* a site header, and the breadcrumb and section labels under it */
    const kb_entity *named = NULL;
    int two_states = 0, masthead = 0;
    if (k == first_line && k + 1 < tail &&
        ((masthead = masthead_line(d, b->start, b->end, k == 0, &named, &two_states)) ||
         (k > 0 && (strstr(line, " > ") || strstr(line, " \xE2\x80\xBA ") ||
                    section_label(s, n))))) {
      b->kind = BLOCK_BOILERPLATE;
      first_line = k + 1;
      if (masthead) {
        note_header_state(d, named);
        if (two_states) d->header_states++;
      }
      continue;
    }
    if (k == first_line) {
      b->kind = BLOCK_TITLE;
    } else if (word_count(s, n) <= 10 && !ends_sentence(s, n) &&
               text_is_capitalised(s, n)) {
      b->kind = BLOCK_HEADING;
      heading = (long)k;
    }
    b->heading = b->kind == BLOCK_HEADING ? -1 : heading;
  }
  strmap_free(&seen);
  return ATTACHE_SUCCESS;
}

/* ---- sentences ----------------------------------------------------------- */

static int is_terminal(const document *d, const token *tk) {
  if (tk->kind != TOK_PUNCT) return 0;
  char c = d->text[tk->start];
  return c == '.' || c == '!' || c == '?' ||
         (tk->end - tk->start == 3 && memcmp(d->text + tk->start, "\xE2\x80\xA6", 3) == 0);
}

static int is_closer(const document *d, const token *tk) {
  if (tk->kind == TOK_CITATION) return 1;
  if (tk->kind != TOK_PUNCT) return 0;
  const char *k = tk->key;
  return strcmp(k, "\"") == 0 || strcmp(k, "'") == 0 || strcmp(k, ")") == 0 ||
         strcmp(k, "]") == 0;
  (void)d;
}

/* "Hun Sen. Senere sagde han", "Amartya Sen. The prize": a capitalised
 * function word after an abbreviation's full stop opens a sentence, as no
 * name an abbreviated title stands before starts with one (the particles
 * of names aside: "Gen. de Gaulle", "Dr. Van Dijk"). The language is not
 * known yet: a function word of either counts. */
static int opens_sentence(const document *d, const token *next) {
  if (next->kind != TOK_WORD || !(next->flags & TF_CAP) || next->flags & TF_ALLCAPS ||
      !d->kb)
    return 0;
  if (kb_has(d->kb, next->key, LX_PARTICLE)) return 0;
  if (kb_is_stopword(d->kb, next->key, "en") || kb_is_stopword(d->kb, next->key, "da"))
    return 1;
  /* or a lower-case word of the lexicon's cues: "Senere", "Yesterday" */
  return lex_list_is_cue_word(kb_lookup(d->kb, next->key));
}

static attache_status split_sentences(document *d, size_t block_index,
                                      size_t first, size_t count) {
  size_t start = first;
  for (size_t i = first; i < first + count; i++) {
    token *tk = doc_token(d, i);
    int boundary = 0;
    size_t end = i;
    if (is_terminal(d, tk)) {
      while (end + 1 < first + count && is_closer(d, doc_token(d, end + 1)))
        end++;
      if (end + 1 >= first + count) {
        boundary = 0; /* the block end closes it anyway */
      } else {
        token *next = doc_token(d, end + 1);
        token *prev = i > start ? doc_token(d, i - 1) : NULL;
        /* (an abbreviation ending a name, "Hun Sen.", "Amartya Sen.",
         * before a function word ends the sentence; a title's, "Mr. To
         * Lam", "Gen. Min Aung Hlaing", never) */
        token *before = i >= start + 2 ? doc_token(d, i - 2) : NULL;
        int in_name = before && before->kind == TOK_WORD && before->flags & TF_CAP &&
                      !(before->flags & TF_POSSESSIVE) &&
                      !kb_is_abbreviation(d->kb, before->key, 1) && i - 2 > start;
        int abbrev = prev && prev->kind == TOK_WORD &&
                     kb_is_abbreviation(d->kb, prev->key, prev->flags & TF_CAP) &&
                     !(in_name && opens_sentence(d, next));
        boundary = !abbrev && (next->flags & TF_CAP || next->kind == TOK_NUMBER ||
                               next->kind == TOK_PUNCT);
      }
    }
    if (boundary || i + 1 == first + count) {
      if (!boundary) end = first + count - 1;
      sentence *s = vec_push(&d->sentences);
      if (!s) return ATTACHE_ERR_NOMEM;
      s->first = start;
      s->count = end + 1 - start;
      s->block = block_index;
      s->start = doc_token(d, start)->start;
      s->end = doc_token(d, end)->end;
      for (size_t k = start; k <= end; k++)
        doc_token(d, k)->sentence = d->sentences.len - 1;
      start = end + 1;
      i = end;
    }
  }
  return ATTACHE_SUCCESS;
}

/* The language the lexicon gives a word alone: 1 English ("Russia",
 * "Ukrainian"), -1 Danish ("Rusland", "ukrainske"), 0 none or both
 * ("Ukraine", "Oslo"). */
static int lexicon_language(const document *d, size_t i) {
  int en = 0, da = 0;
  for (const lex_entry *e = token_lex(d, i); e; e = e->next) {
    /* counts and time words are short words the other language has too
     * ("to" is Danish for two) */
    if (!e->lang || e->type == LX_COUNT || e->type == LX_TIME_UNIT ||
        e->type == LX_TIME_SHIFT)
      continue;
    if (!strcmp(e->lang, "en")) en = 1;
    else if (!strcmp(e->lang, "da")) da = 1;
  }
  return en == da ? 0 : en ? 1 : -1;
}

/* Function words decide, two votes each; the names and adjectives of the
 * lexicon that belong to one language only, one vote each, decide a
 * sentence or two with few function words ("Rusland vil udvise to
 * ukrainske diplomater", where "to" is English too). */
static const char *guess_language(const document *d) {
  size_t en = 0, da = 0;
  for (size_t i = 0; i < d->tokens.len && i < 4000; i++) {
    const token *tk = doc_token(d, i);
    if (tk->kind != TOK_WORD) continue;
    if (doc_block(d, doc_sentence(d, tk->sentence)->block)->kind ==
        BLOCK_BOILERPLATE)
      continue;
    if (kb_is_stopword(d->kb, tk->key, "en")) en += 2;
    if (kb_is_stopword(d->kb, tk->key, "da")) da += 2;
    int by_lexicon = lexicon_language(d, i);
    en += by_lexicon > 0;
    da += by_lexicon < 0;
    /* a lead of 25 function words is decided: the rest cannot turn it
     * unless the document changes language, and then its start counts */
    if (en >= da + 50 || da >= en + 50) break;
  }
  return da > en ? "da" : "en";
}

/* Token start offsets in code points, counted once. */
static int count_chars(document *d) {
  d->token_chars = arena_alloc(&d->mem, sizeof(size_t) * (d->tokens.len + 1));
  if (!d->token_chars) return -1;
  size_t byte = 0, chars = 0;
  for (size_t i = 0; i < d->tokens.len; i++) {
    size_t start = doc_token(d, i)->start;
    chars += utf8_count(d->text + byte, start - byte);
    byte = start;
    d->token_chars[i] = chars;
  }
  return 0;
}

size_t doc_char_offset(const document *d, size_t byte) {
  /* binary search for the token starting or ending at `byte` */
  size_t lo = 0, hi = d->tokens.len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc_token(d, mid)->start < byte) lo = mid + 1;
    else hi = mid;
  }
  if (lo < d->tokens.len && doc_token(d, lo)->start == byte)
    return d->token_chars[lo];
  if (lo > 0) {
    const token *t = doc_token(d, lo - 1);
    if (t->start <= byte && byte - t->start <= t->end - t->start + 4096)
      return d->token_chars[lo - 1] + utf8_count(d->text + t->start, byte - t->start);
  }
  return utf8_count(d->text, byte);
}

attache_status segment_document(document *d) {
  attache_status st = segment_blocks(d);
  if (st) return st;
  for (size_t k = 0; k < d->blocks.len; k++) {
    block *b = doc_block(d, k);
    /* boilerplate is recognised by shape and never read further */
    if (b->kind == BLOCK_BOILERPLATE) continue;
    size_t first = d->tokens.len;
    if (tokenize(&d->mem, d->text, b->start, b->end, &d->tokens) ||
        tokens_split_compounds(d, first))
      return ATTACHE_ERR_NOMEM;
    tokens_join_name_suffixes(d, first);
    size_t count = d->tokens.len - first;
    if (count && (st = split_sentences(d, k, first, count))) return st;
  }
  if (d->tokens.failed || d->sentences.failed || count_chars(d))
    return ATTACHE_ERR_NOMEM;
  size_t head = 0; /* past a site header (masthead_line) */
  while (head + 1 < d->blocks.len && doc_block(d, head)->kind == BLOCK_BOILERPLATE) head++;
  if (!d->title && d->blocks.len && doc_block(d, head)->kind == BLOCK_TITLE) {
    block *b = doc_block(d, head);
    d->title = arena_strndup(&d->mem, d->text + b->start, b->end - b->start);
  }
  if (!d->lang) {
    switch (d->options ? d->options->lang : ATTACHE_LANG_AUTO) {
    case ATTACHE_LANG_EN: d->lang = "en"; break;
    case ATTACHE_LANG_DA: d->lang = "da"; break;
    default: d->lang = guess_language(d); break;
    }
  }
  return ATTACHE_SUCCESS;
}
