/*
 * dates — finds and parses dates in English and Danish text: "18 June 1924",
 * "June 18, 1924", "March 1957", "18. juni 1924", "den 12. september 2025",
 * "12.9.2025", "1950s", ranges ("16 June to 21 June 1964", "1939–1952"),
 * and relative days ("today", "i dag", "fredag den 12. september") against
 * the document date. Month, weekday and relative-day words come from the
 * lexicon. Pure functions over tokens: owns nothing.
 */
#ifndef ATTACHE_DATES_H
#define ATTACHE_DATES_H

#include <stddef.h>

#include "document.h"

typedef enum {
  DATE_NONE = 0,
  DATE_DECADE,  /* "1950s": year holds the first year */
  DATE_YEAR,
  DATE_MONTH,
  DATE_DAY
} date_precision;

typedef struct {
  int year, month, day;
  date_precision precision;
} date_value;

typedef struct {
  date_value start, end;  /* end.precision == DATE_NONE unless a range */
  size_t first, last;     /* tokens */
  int year_supplied;      /* start's year is the caller's, not the text's */
} date_span;

/* Time counted from another day: "four days later", "en uge senere",
 * "two months earlier". */
typedef struct {
  int count;      /* signed: earlier is negative; 0 when unknown ("a few") */
  int unit;       /* days: 1, 7; 30 a calendar month, 365 a calendar year */
  size_t first, last; /* tokens */
} date_shift;

/* The first date expression in tokens [first, first+count); 1 if found.
 * A day and month without a year take `year` when it is not 0. */
int dates_find(const document *d, size_t first, size_t count, int year,
               date_span *out);

/* A count, a time unit and a shift word at token i ("four days later",
 * "10 dage senere", "a few weeks later"); 1 if found, with its tokens. */
int dates_shift_at(const document *d, size_t i, size_t end, date_shift *out);

/* Moves a day-precision date by a shift: by days for days and weeks; a
 * month or a year counted gives a date of that precision. 1 on success,
 * 0 for an unknown count or a date that cannot move. */
int date_apply_shift(date_value *v, const date_shift *shift);

/* Adds `days` to a day-precision date; 1 on success. */
int date_add_days(date_value *v, int days);

/* The weekday of a valid day-precision date, Monday = 1 ... Sunday = 7;
 * 0 when it has none. */
int date_weekday(const date_value *v);

/* Writes an xsd lexical form ("1924-06-18", "1957-03", "1964") and returns
 * the datatype local name ("date", "gYearMonth", "gYear"), or NULL. */
const char *date_format(const date_value *v, char *buf, size_t size);

/* Parses "YYYY-MM-DD"; 1 on success. */
int date_parse_iso(const char *s, date_value *out);

#endif
