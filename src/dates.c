#include "dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int number_value(const document *d, size_t i, size_t *digits) {
  const token *t = doc_token(d, i);
  if (t->kind != TOK_NUMBER) return -1;
  int v = 0;
  size_t n = 0;
  for (size_t k = t->start; k < t->end; k++) {
    char c = d->text[k];
    if (c < '0' || c > '9') return -1;
    if (++n > 4) return -1;
    v = v * 10 + (c - '0');
  }
  *digits = n;
  return v;
}

static const lex_entry *lex_at(const document *d, size_t i, lex_type type) {
  if (i >= d->tokens.len || doc_token(d, i)->kind != TOK_WORD) return NULL;
  for (const lex_entry *e = token_lex(d, i); e; e = e->next)
    if (e->type == type) return e;
  return NULL;
}

static int is_dot_at(const document *d, size_t i, size_t end) {
  return i < end && !strcmp(doc_token(d, i)->key, ".");
}

/* A month name, with its optional abbreviation dot; returns tokens used. */
static size_t month_at(const document *d, size_t i, size_t end, int *month) {
  if (i >= end) return 0;
  const lex_entry *e = lex_at(d, i, LX_MONTH);
  if (!e) {
    /* "jan." is listed with its dot: try the two tokens together */
    if (i + 1 < end && !strcmp(doc_token(d, i + 1)->key, ".") &&
        token_starts_phrase(d, i)) {
      for (const lex_entry *x = doc_pair_lex(d, i, i + 1); x; x = x->next)
        if (x->type == LX_MONTH) {
          *month = x->value;
          return 2;
        }
    }
    return 0;
  }
  /* "May" as a capitalised modal verb at a sentence start is a risk only
   * without a day or year next to it; callers require one. "Sept." keeps
   * its dot. */
  *month = e->value;
  return is_dot_at(d, i + 1, end) && doc_token(d, i + 1)->start == doc_token(d, i)->end
             ? 2 : 1;
}

static int is_dot(const document *d, size_t i) {
  return i < d->tokens.len && !strcmp(doc_token(d, i)->key, ".");
}

static int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[m - 1];
}

static int valid(const date_value *v) {
  if (v->year < 1000 || v->year > 2200) return 0;
  if (v->precision >= DATE_MONTH && (v->month < 1 || v->month > 12)) return 0;
  if (v->precision == DATE_DAY &&
      (v->day < 1 || v->day > days_in_month(v->year, v->month)))
    return 0;
  return 1;
}

/* One date at token i; returns tokens used or 0. */
static size_t date_at(const document *d, size_t i, size_t end, date_value *v) {
  size_t dg, dg2, m;
  memset(v, 0, sizeof *v);
  if (i >= end) return 0; /* "16 June to" at the end: no second date */
  int n = number_value(d, i, &dg), month;
  if (n >= 0 && dg <= 2) {
    size_t j = i + 1;
    if (is_dot(d, j)) j++; /* Danish "18. juni" */
    if ((m = month_at(d, j, end, &month))) {
      size_t k = j + m;
      int y = k < end ? number_value(d, k, &dg2) : -1;
      if (y >= 0 && dg2 == 4) {
        *v = (date_value){y, month, n, DATE_DAY};
        return valid(v) ? k + 1 - i : 0;
      }
      /* day and month without a year: the caller supplies the year */
      *v = (date_value){0, month, n, DATE_DAY};
      return k - i;
    }
  }
  if (n >= 0 && dg == 4 && n >= 1000 && n <= 2200) {
    /* "1990'erne", "1990's": a decade */
    if (n % 10 == 0 && i + 1 < end && doc_token(d, i + 1)->start == doc_token(d, i)->end) {
      const char *k1 = doc_token(d, i + 1)->key;
      const char *k2 = i + 2 < end ? doc_token(d, i + 2)->key : "";
      if (!strcmp(k1, "'s") || (!strcmp(k1, "'") && !strcmp(k2, "erne"))) {
        *v = (date_value){n, 0, 0, DATE_DECADE};
        return !strcmp(k1, "'s") ? 2 : 3;
      }
    }
    /* "1950s" is a number token with letters: handled below */
    *v = (date_value){n, 0, 0, DATE_YEAR};
    return 1;
  }
  if ((m = month_at(d, i, end, &month))) {
    size_t j = i + m;
    int x = j < end ? number_value(d, j, &dg) : -1;
    if (x >= 0 && dg <= 2) {
      /* "June 18, 1924" */
      size_t k = j + 1;
      if (k < end && !strcmp(doc_token(d, k)->key, ",")) k++;
      int y = k < end ? number_value(d, k, &dg2) : -1;
      if (y >= 0 && dg2 == 4) {
        *v = (date_value){y, month, x, DATE_DAY};
        return valid(v) ? k + 1 - i : 0;
      }
    } else if (x >= 0 && dg == 4) {
      *v = (date_value){x, month, 0, DATE_MONTH};
      return valid(v) ? j + 1 - i : 0;
    }
    if (x >= 1 && dg <= 2) {
      /* "on February 28": the caller supplies the year */
      *v = (date_value){0, month, x, DATE_DAY};
      return j + 1 - i;
    }
    return 0;
  }
  /* "12.9.2025" */
  const token *t = doc_token(d, i);
  if (t->kind == TOK_NUMBER) {
    int a, b, c;
    char tail;
    size_t len = t->end - t->start;
    char buf[32];
    if (len < sizeof buf) {
      memcpy(buf, d->text + t->start, len);
      buf[len] = '\0';
      if (sscanf(buf, "%2d.%2d.%4d%c", &a, &b, &c, &tail) == 3 && c >= 1000) {
        *v = (date_value){c, b, a, DATE_DAY};
        return valid(v) ? 1 : 0;
      }
      int y, y2;
      if (len == 5 && buf[4] == 's' && sscanf(buf, "%4d", &y) == 1 &&
          y % 10 == 0) {
        *v = (date_value){y, 0, 0, DATE_DECADE};
        return valid(v) ? 1 : 0;
      }
      /* "1939-1952": one token, a range of years */
      if (len == 9 && buf[4] == '-' && sscanf(buf, "%4d-%4d", &y, &y2) == 2) {
        *v = (date_value){y, 0, 0, DATE_YEAR};
        return valid(v) ? 1 : 0;
      }
    }
  }
  return 0;
}

static int is_range_word(const document *d, size_t i) {
  if (i >= d->tokens.len) return 0;
  const char *k = doc_token(d, i)->key;
  return !strcmp(k, "to") || !strcmp(k, "til") || !strcmp(k, "-") ||
         !strcmp(k, "until") || !strcmp(k, "through");
}

int dates_find(const document *d, size_t first, size_t count, int year,
               date_span *out) {
  size_t end = first + count;
  memset(out, 0, sizeof *out);
  for (size_t i = first; i < end; i++) {
    date_value v;
    size_t used = date_at(d, i, end, &v);
    if (!used) continue;
    /* "the 2014 explosion", "a 2019 agreement": a year that qualifies a
     * noun says which one, not when the sentence's event was */
    if (v.precision == DATE_YEAR && used == 1 && i > 0 &&
        doc_token(d, i - 1)->end < doc_token(d, i)->start &&
        lex_at(d, i - 1, LX_ARTICLE))
      continue;
    /* a bare day and month takes the year of a range end or of the text */
    size_t last = i + used - 1;
    date_value second = {0, 0, 0, DATE_NONE};
    const token *t = doc_token(d, i);
    int y2;
    if (used == 1 && t->end - t->start == 9 && d->text[t->start + 4] == '-' &&
        sscanf(d->text + t->start + 5, "%4d", &y2) == 1) {
      second = (date_value){y2, 0, 0, DATE_YEAR}; /* "1939-1952" */
    } else if (last + 1 < end && is_range_word(d, last + 1)) {
      size_t used2 = date_at(d, last + 2, end, &second);
      if (used2) last = last + 1 + used2;
      else second.precision = DATE_NONE;
    }
    int supplied = 0;
    if (v.year == 0) {
      if (second.precision != DATE_NONE && second.year) v.year = second.year;
      else if (year && v.precision == DATE_DAY) v.year = supplied = year;
      else continue; /* no year: not placed in time by itself */
    }
    if (!valid(&v)) continue;
    if (second.precision != DATE_NONE && !valid(&second))
      second.precision = DATE_NONE;
    out->start = v;
    out->end = second;
    out->first = i;
    out->last = last;
    out->year_supplied = supplied != 0;
    return 1;
  }
  return 0;
}

int dates_shift_at(const document *d, size_t i, size_t end, date_shift *out) {
  if (i + 2 >= end) return 0;
  size_t digits;
  int count = number_value(d, i, &digits);
  if (count < 0 || digits > 3) {
    const lex_entry *c = lex_at(d, i, LX_COUNT);
    if (!c) return 0;
    count = c->value;
  }
  const lex_entry *unit = lex_at(d, i + 1, LX_TIME_UNIT);
  const lex_entry *shift = unit ? lex_at(d, i + 2, LX_TIME_SHIFT) : NULL;
  if (!shift) return 0;
  out->count = count * (shift->value < 0 ? -1 : 1);
  out->unit = unit->value;
  out->first = i;
  out->last = i + 2;
  return 1;
}

int date_apply_shift(date_value *v, const date_shift *shift) {
  if (shift->count == 0 || v->precision != DATE_DAY || !valid(v)) return 0;
  if (shift->unit == 30) {
    int months = v->year * 12 + (v->month - 1) + shift->count;
    *v = (date_value){months / 12, months % 12 + 1, 0, DATE_MONTH};
    return valid(v);
  }
  if (shift->unit == 365) {
    *v = (date_value){v->year + shift->count, 0, 0, DATE_YEAR};
    return valid(v);
  }
  date_value moved = *v;
  if (!date_add_days(&moved, shift->count * shift->unit)) return 0;
  *v = moved;
  return 1;
}

const char *date_format(const date_value *v, char *buf, size_t size) {
  switch (v->precision) {
  case DATE_DAY:
    snprintf(buf, size, "%04d-%02d-%02d", v->year, v->month, v->day);
    return "date";
  case DATE_MONTH:
    snprintf(buf, size, "%04d-%02d", v->year, v->month);
    return "gYearMonth";
  case DATE_YEAR:
  case DATE_DECADE:
    snprintf(buf, size, "%04d", v->year);
    return "gYear";
  default:
    return NULL;
  }
}

int date_parse_iso(const char *s, date_value *out) {
  int y, m, d;
  char tail;
  if (!s || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return 0;
  *out = (date_value){y, m, d, DATE_DAY};
  return valid(out);
}

int date_weekday(const date_value *v) {
  if (v->precision != DATE_DAY || !valid(v)) return 0;
  /* Sakamoto's method on the proleptic Gregorian calendar: 0 = Sunday */
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = v->year - (v->month < 3);
  int w = (y + y / 4 - y / 100 + y / 400 + t[v->month - 1] + v->day) % 7;
  return w == 0 ? 7 : w;
}

int date_add_days(date_value *v, int days) {
  if (v->precision != DATE_DAY || !valid(v) || days < -366 || days > 366)
    return 0;
  while (days > 0) {
    if (++v->day > days_in_month(v->year, v->month)) {
      v->day = 1;
      if (++v->month > 12) {
        v->month = 1;
        v->year++;
      }
    }
    days--;
  }
  while (days < 0) {
    if (--v->day < 1) {
      if (--v->month < 1) {
        v->month = 12;
        v->year--;
      }
      v->day = days_in_month(v->year, v->month);
    }
    days++;
  }
  return 1;
}
