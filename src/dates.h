/* dates.h - calendar dates as the genre writes them. */
#ifndef SKG_DATES_H
#define SKG_DATES_H

#include <stddef.h>

typedef struct {
  int year, month, day;  /* year 0: not stated */
  int end_day;           /* "October 22-24": 24; 0 when a single day */
} skg_date;

/* Parse a date at the start of s[0..len): "July 4, 2024", "4 July 2024",
   "Oct. 14", "October 22-24", "15-16 September 2022", "2024-07-04",
   "July 4" (year 0).  Returns the bytes consumed, 0 if no date starts there. */
size_t skg_date_parse(const char *s, size_t len, skg_date *out);
/** A day written as an ordinal word at s ("third", "twenty-third", "thirtieth"):
    its length, and the day in *day; 0 if none. */
size_t skg_day_word(const char *s, size_t len, int *day);
/* Month number of an English month name or abbreviation ("Sept", "Oct."), 0 if none. */
int skg_month_from_name(const char *s, size_t len);
/* Day of the week of y-m-d: 0 Monday .. 6 Sunday. */
int skg_weekday(int y, int m, int d);
/* Weekday number (0 Monday) of an English day name, -1 if none. */
int skg_weekday_from_name(const char *s, size_t len);
/* The latest day on or before y-m-d that falls on `weekday`, as y*10000+m*100+d. */
long skg_last_weekday(int y, int m, int d, int weekday);
/* The earliest day on or after y-m-d that falls on `weekday`, as y*10000+m*100+d. */
long skg_next_weekday(int y, int m, int d, int weekday);
/* The day `days` after (before, when negative) the day ymd (y*10000+m*100+d). */
long skg_add_days(long ymd, int days);
/* 1 if y-m-d is a real calendar day. */
int skg_date_valid(int y, int m, int d);

#endif
