#include "tokenize.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_joining_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
static int is_wordish(int32_t cp) {
  return cp_is_letter(cp) || cp_is_digit(cp) || cp_is_mark(cp);
}

static size_t peek(const char *t, size_t i, size_t end, int32_t *cp) {
  if (i >= end) {
    *cp = 0;
    return 0;
  }
  return utf8_next(t + i, end - i, cp);
}

static int push_token(arena *a, vec *out, const char *text, size_t s,
                      size_t e, int kind, unsigned flags) {
  token *t = vec_push(out);
  if (!t) return -1;
  t->start = s;
  t->end = e;
  t->kind = (unsigned char)kind;
  if (kind == TOK_WORD) {
    if (text_is_capitalised(text + s, e - s)) flags |= TF_CAP;
    if (text_is_all_caps(text + s, e - s)) flags |= TF_ALLCAPS;
  }
  t->flags = (unsigned char)flags;
  t->key = fold_key(a, text + s, e - s);
  return t->key ? 0 : -1;
}

int tokenize(arena *a, const char *text, size_t start, size_t end, vec *out) {
  size_t i = start;
  while (i < end) {
    int32_t cp;
    size_t n = peek(text, i, end, &cp);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x202F ||
        cp == 0x2009) {
      i += n;
      continue;
    }
    /* citation markers: [12], [sic], [a] */
    if (cp == '[') {
      size_t j = i + 1;
      while (j < end && j - i < 12 && text[j] != ']' && text[j] != ' ' &&
             text[j] != '\n')
        j++;
      if (j < end && text[j] == ']' && j > i + 1) {
        if (push_token(a, out, text, i, j + 1, TOK_CITATION, 0)) return -1;
        i = j + 1;
        continue;
      }
    }
    /* possessive 's after a word */
    if (is_apostrophe(cp) && out->len) {
      int32_t c2, c3;
      size_t n2 = peek(text, i + n, end, &c2);
      peek(text, i + n + n2, end, &c3);
      token *prev = VEC_AT(out, token, out->len - 1);
      if ((c2 == 's' || c2 == 'S') && !is_wordish(c3) && prev->end == i &&
          prev->kind == TOK_WORD) {
        if (push_token(a, out, text, i, i + n + n2, TOK_WORD, TF_POSSESSIVE))
          return -1;
        i += n + n2;
        continue;
      }
      /* the apostrophe alone after a name ending in s, x or z, before the
       * next word: "OAS' generalsekretær", "the Philippines' envoy" (not
       * a closing single quote before a comma or a full stop) */
      char last = prev->end > prev->start ? text[prev->end - 1] : 0;
      if ((last == 's' || last == 'x' || last == 'z' || last == 'S' || last == 'X' ||
           last == 'Z') &&
          prev->end == i && prev->kind == TOK_WORD && c2 == ' ' && cp_is_letter(c3)) {
        if (push_token(a, out, text, i, i + n, TOK_WORD, TF_POSSESSIVE)) return -1;
        i += n;
        continue;
      }
    }
    if (is_wordish(cp)) {
      int number = cp_is_digit(cp);
      size_t j = i + n, letters = cp_is_letter(cp) ? 1 : 0;
      for (;;) {
        int32_t c, c2;
        size_t m = peek(text, j, end, &c);
        if (!m) break;
        if (is_wordish(c)) {
          if (cp_is_letter(c)) letters++;
          j += m;
          continue;
        }
        size_t m2 = peek(text, j + m, end, &c2);
        if (m2 && is_joining_hyphen(c) && is_wordish(c2)) {
          j += m;
          continue;
        }
        if (m2 && is_apostrophe(c) && cp_is_letter(c2) && !number) {
          /* "don't" joins; "Russia's" splits (handled above) */
          int32_t c3;
          peek(text, j + m + m2, end, &c3);
          if ((c2 == 's' || c2 == 'S') && !is_wordish(c3)) break;
          j += m;
          continue;
        }
        if (number && m2 && (c == '.' || c == ',' || c == ':') &&
            cp_is_digit(c2)) {
          j += m;
          continue;
        }
        /* initials and dotted abbreviations: "S.", "U.S.S.R." */
        if (c == '.' && !number && letters == 1 && j - i <= 4) {
          j += m;
          unsigned flags = TF_INITIAL;
          for (;;) { /* U.S.S.R. */
            int32_t d1, d2;
            size_t k1 = peek(text, j, end, &d1);
            size_t k2 = peek(text, j + k1, end, &d2);
            if (k1 && cp_is_letter(d1) && k2 && d2 == '.') {
              j += k1 + k2;
              continue;
            }
            break;
          }
          if (push_token(a, out, text, i, j, TOK_WORD, flags)) return -1;
          goto next_token;
        }
        break;
      }
      if (push_token(a, out, text, i, j, number ? TOK_NUMBER : TOK_WORD, 0))
        return -1;
    next_token:
      i = VEC_AT(out, token, out->len - 1)->end;
      continue;
    }
    if (push_token(a, out, text, i, i + n, TOK_PUNCT, 0)) return -1;
    i += n;
  }
  return 0;
}

/* "NATO-topmødet", "EU-landene", "India-Maldives": a word whose part
 * before a hyphen names an organisation before a Danish noun, or a state
 * or an organisation before another, is split into that name, the hyphen
 * and the rest, so that the name is a mention with its own offsets and
 * the rest is read as a word of its own ("topmødet" a meeting). Not when
 * the whole word, or its genitive's stem, is in the lexicon
 * ("Guinea-Bissau", "EU-Kommissionen"); not when the rest is a title
 * ("EU-kommissær", "FN-chefen": the posts stage reads the organisation in
 * the word), an adjective or a participle ("EU-kritiske", "UN-backed");
 * and not after a state before a common word, where the state is mostly
 * no party ("Pakistan-born", "Kina-kritiske", "Ukraine-besøget": the
 * place visited). */
static int names_state_or_org(const document *d, const char *text, size_t s, size_t e,
                              const char *key, int orgs_only) {
  for (const lex_entry *x = kb_lookup(d->kb, key); x; x = x->next) {
    if (x->type != LX_NAME || !x->target) continue;
    int kind = x->target->kind;
    if (kind != KB_ORG && kind != KB_INTL_ORG &&
        (orgs_only || (kind != KB_STATE && kind != KB_TERRITORY)))
      continue;
    if (x->casing == CASE_ANY ||
        (x->casing == CASE_CAPITALISED ? text_is_capitalised(text + s, e - s)
                                       : text_is_all_caps(text + s, e - s)))
      return 1;
  }
  return 0;
}

static int in_lexicon(const attache_knowledge *kb, const char *key) {
  if (kb_lookup(kb, key) || kb_phrase_continues(kb, key)) return 1;
  char stem[128];
  size_t n = strlen(key);
  if (n < 5 || n >= sizeof stem || key[n - 1] != 's') return 0;
  memcpy(stem, key, n - 1);
  stem[n - 1] = '\0';
  return kb_lookup(kb, stem) != NULL;
}

/* Where token t's name part ends (the hyphen's byte) and the rest starts;
 * 0 when t is no such compound. */
static size_t name_compound_hyphen(document *d, const token *t, size_t *rest) {
  if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || !d->kb) return 0;
  const char *text = d->text;
  size_t h = t->start;
  int32_t cp = 0;
  while (h < t->end) {
    size_t n = peek(text, h, t->end, &cp);
    if (is_joining_hyphen(cp)) {
      *rest = h + n;
      break;
    }
    h += n;
  }
  if (h >= t->end || h == t->start || *rest >= t->end) return 0;
  if (in_lexicon(d->kb, t->key)) return 0;
  char *name = fold_key(&d->mem, text + t->start, h - t->start);
  char *after = fold_key(&d->mem, text + *rest, t->end - *rest);
  int32_t first;
  peek(text, *rest, t->end, &first);
  if (cp_is_upper(first))
    return name && after && names_state_or_org(d, text, t->start, h, name, 0) &&
                   names_state_or_org(d, text, *rest, t->end, after, 0)
               ? h
               : 0;
  if (!name || !after || !cp_is_letter(first) ||
      !names_state_or_org(d, text, t->start, h, name, 1) ||
      kb_has(d->kb, after, LX_TITLE) || kb_title_suffix(d->kb, after))
    return 0;
  /* a Danish noun's endings: "-mødet", "-landene", "-sanktioner",
   * "-lande", "-topmøde"; not "-kritiske", "-backed" */
  size_t n = strlen(after);
  static const char *const noun_endings[] = {"et", "en", "ne", "er", "de"};
  for (size_t k = 0; n > 3 && k < sizeof noun_endings / sizeof *noun_endings; k++)
    if (!strcmp(after + n - 2, noun_endings[k])) return h;
  return 0;
}

static int is_punct(const document *d, const token *t, char c) {
  return t->kind == TOK_PUNCT && t->end == t->start + 1 && d->text[t->start] == c;
}

void tokens_join_name_suffixes(document *d, size_t first) {
  if (!d->kb) return;
  size_t out = first;
  for (size_t k = first; k < d->tokens.len; k++) {
    token *t = doc_token(d, k);
    int suffix = t->kind == TOK_WORD && (t->flags & TF_CAP) &&
                 kb_has(d->kb, t->key, LX_NAME_SUFFIX);
    /* the comma before: "Biden, Jr." (after a capitalised word) */
    if (suffix && out >= first + 2 && is_punct(d, doc_token(d, out - 1), ',') &&
        doc_token(d, out - 2)->kind == TOK_WORD && (doc_token(d, out - 2)->flags & TF_CAP))
      out--;
    token kept = *t;
    /* its full stop, when a comma follows: "Jr., President" */
    if (suffix && k + 2 < d->tokens.len && is_punct(d, doc_token(d, k + 1), '.') &&
        is_punct(d, doc_token(d, k + 2), ',')) {
      kept.end = doc_token(d, k + 1)->end;
      k++;
    }
    *doc_token(d, out++) = kept;
  }
  d->tokens.len = out;
}

int tokens_split_compounds(document *d, size_t first) {
  size_t rest = 0, h = 0, from = first;
  while (from < d->tokens.len && !(h = name_compound_hyphen(d, doc_token(d, from), &rest)))
    from++;
  if (from == d->tokens.len) return 0;
  /* the tokens from the first compound on are pushed again, split */
  size_t count = d->tokens.len - from;
  token *copy = malloc(count * sizeof *copy);
  if (!copy) return -1;
  memcpy(copy, doc_token(d, from), count * sizeof *copy);
  d->tokens.len = from;
  int failed = 0;
  for (size_t k = 0; k < count && !failed; k++) {
    if (k > 0) h = name_compound_hyphen(d, &copy[k], &rest);
    if (!h) {
      token *t = vec_push(&d->tokens);
      if (!t) failed = 1;
      else *t = copy[k];
      continue;
    }
    failed = push_token(&d->mem, &d->tokens, d->text, copy[k].start, h, TOK_WORD,
                        TF_COMPOUND) ||
             push_token(&d->mem, &d->tokens, d->text, h, rest, TOK_PUNCT, 0) ||
             push_token(&d->mem, &d->tokens, d->text, rest, copy[k].end, TOK_WORD,
                        TF_COMPOUND);
  }
  free(copy);
  return failed ? -1 : 0;
}

