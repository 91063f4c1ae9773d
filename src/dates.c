/* dates.c - parse the calendar dates of news reports.  Only the date itself:
   which date is the summit's is the extractors' business. */
#include "dates.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

int
skg_month_from_name(const char *s, size_t len)
{
  if (len && s[len - 1] == '.')
    --len;
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; ++m) {
    /* the first letters first: every word the mention stage meets is asked
       (c | 0x20 folds a letter, and maps no other byte to one) */
    if ((s[0] | 0x20) != (months[m][0] | 0x20))
      continue;
    size_t full = strlen(months[m]);
    if (len == full && !strncasecmp(s, months[m], len))
      return m + 1;
    /* abbreviations: "Jan", "Sept", but not "Mar" for "Marc" */
    if (len < full && !strncasecmp(s, months[m], len) && (len == 3 || (m == 8 && len == 4)))
      return m + 1;
  }
  return 0;
}

int
skg_date_valid(int y, int m, int d)
{
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
    return 0;
  if (m == 2 && d == 29 && y && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 0;
  return y == 0 || (y >= 1900 && y <= 2200);
}

/* Digits at s: their value in *v, the count returned (at most `max`). */
static size_t
digits(const char *s, size_t len, size_t max, int *v)
{
  size_t i = 0;
  *v = 0;
  while (i < len && i < max && isdigit((unsigned char)s[i]))
    *v = *v * 10 + (s[i++] - '0');
  return (i < len && isdigit((unsigned char)s[i])) ? 0 : i;
}

static size_t
word(const char *s, size_t len)
{
  size_t i = 0;
  while (i < len && isalpha((unsigned char)s[i]))
    ++i;
  /* the dot of an abbreviation ("Oct."), not the full stop after "September." */
  int month = skg_month_from_name(s, i);
  if (i < len && s[i] == '.' && month && i < strlen(months[month - 1]))
    ++i;
  return i;
}

static size_t
spaces(const char *s, size_t len, size_t i)
{
  while (i < len && s[i] == ' ')
    ++i;
  return i;
}

/* After a day's digits: past "st", "nd", "rd", "th" ("12th"). */
static size_t
ordinal_suffix(const char *s, size_t len, size_t i)
{
  if (i + 2 <= len && (!strncmp(s + i, "st", 2) || !strncmp(s + i, "nd", 2) || !strncmp(s + i, "rd", 2) ||
                       !strncmp(s + i, "th", 2)) &&
      (i + 2 == len || !isalpha((unsigned char)s[i + 2])))
    return i + 2;
  return i;
}

/* "-24", "–24", " to 24", " and 16" after a day: the last day of a range. */
static size_t
day_range(const char *s, size_t len, size_t i, int *end_day)
{
  size_t j = i;
  if (j + 1 < len && s[j] == ' ' && (s[j + 1] == '-' || (j + 4 <= len && !memcmp(s + j + 1, "\xE2\x80\x93", 3))))
    ++j; /* "3 - 5 July" */
  if (j < len && s[j] == '-')
    ++j;
  else if (j + 3 <= len && !memcmp(s + j, "\xE2\x80\x93", 3))
    j += 3;
  else if (j + 4 <= len && !memcmp(s + j, " to ", 4))
    j += 4;
  else if (j + 5 <= len && !memcmp(s + j, " and ", 5))
    j += 5;
  else
    return i;
  if (j > i && j < len && s[j] == ' ' && s[j - 1] != ' ')
    ++j; /* "3- 5 July" */
  int d;
  size_t n = digits(s + j, len - j, 2, &d);
  if (!n || d < 1 || d > 31)
    return i;
  *end_day = d;
  return ordinal_suffix(s, len, j + n);
}

static size_t
year_after(const char *s, size_t len, size_t i, int *year)
{
  size_t j = i;
  if (j < len && s[j] == ',')
    ++j;
  j = spaces(s, len, j);
  int y;
  size_t n = digits(s + j, len - j, 4, &y);
  if (n != 4 || y < 1900 || y > 2200)
    return i;
  *year = y;
  return j + n;
}

/* "first" ... "thirty-first" at s: its length, and the day in *day; 0 if none. */
size_t
skg_day_word(const char *s, size_t len, int *day)
{
  static const char *const units[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                      "seventh", "eighth", "ninth"};
  static const char *const teens[] = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                      "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                      "nineteenth"};
  /* every word above, "twenty-" and "thirty-" begin with one of these: the
     mention stage asks of every token */
  if (!len || !strchr("fstenFSTEN", s[0]))
    return 0;
  size_t w = 0;
  while (w < len && (isalpha((unsigned char)s[w]) || s[w] == '-'))
    ++w;
  int tens = 0;
  size_t at = 0;
  if (w > 7 && !strncasecmp(s, "twenty-", 7))
    tens = 20, at = 7;
  else if (w > 7 && !strncasecmp(s, "thirty-", 7))
    tens = 30, at = 7;
  if (w == 9 && !strncasecmp(s, "twentieth", 9))
    return *day = 20, 9;
  if (w == 9 && !strncasecmp(s, "thirtieth", 9))
    return *day = 30, 9;
  for (size_t i = 0; i < 9; ++i)
    if (w - at == strlen(units[i]) && !strncasecmp(s + at, units[i], w - at) && tens + (int)i + 1 <= 31)
      return *day = tens + (int)i + 1, w;
  for (size_t i = 0; !tens && i < 10; ++i)
    if (w == strlen(teens[i]) && !strncasecmp(s, teens[i], w))
      return *day = 10 + (int)i, w;
  return 0;
}

/* A month in Roman numerals at s ("V", "XII"): its length, the month in *m; 0 if none. */
static size_t
roman_month(const char *s, size_t len, int *m)
{
  static const char *const romans[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  size_t w = 0;
  while (w < len && w < 5 && strchr("IVX", s[w]))
    ++w;
  for (int k = 0; w && k < 12; ++k)
    if (strlen(romans[k]) == w && !strncmp(s, romans[k], w))
      return *m = k + 1, w;
  return 0;
}

/* "14.V.2026", "14-15.V.2026": day (or days), month in Roman numerals and
   year, with dots, as Latin America and Eastern Europe date a document.
   The day's n digits are read (its value v); returns the length or 0. */
static size_t
roman_dotted(const char *s, size_t len, size_t n, int v, skg_date *out)
{
  skg_date d = {0, 0, v, 0};
  size_t i = n;
  if (i < len && s[i] == '-') {
    size_t e = digits(s + i + 1, len - i - 1, 2, &d.end_day);
    if (!e)
      return 0;
    i += 1 + e;
  }
  size_t r = i + 1 < len && s[i] == '.' ? roman_month(s + i + 1, len - i - 1, &d.month) : 0;
  if (!r || i + 1 + r >= len || s[i + 1 + r] != '.')
    return 0;
  i += 2 + r;
  if (digits(s + i, len - i, 4, &d.year) != 4 || !skg_date_valid(d.year, d.month, d.day) ||
      (d.end_day && d.end_day <= d.day))
    return 0;
  *out = d;
  return i + 4;
}

size_t
skg_date_parse(const char *s, size_t len, skg_date *out)
{
  skg_date d = {0, 0, 0, 0};
  int v;
  size_t n = digits(s, len, 4, &v);
  /* "twenty-third of September 2026": the day in words, then "of" */
  int word_day;
  size_t wn = skg_day_word(s, len, &word_day);
  if (wn && wn + 4 < len && !strncmp(s + wn, " of ", 4)) {
    size_t i = wn + 4, w = word(s + i, len - i);
    int month = w ? skg_month_from_name(s + i, w) : 0, year = 0;
    size_t end = month ? year_after(s, len, i + w, &year) : 0;
    if (!month || !skg_date_valid(year, month, word_day))
      return 0;
    *out = (skg_date){year, month, word_day, 0};
    return end;
  }
  if (n == 4 && len >= 10 && (s[4] == '-' || s[4] == '.' || s[4] == '/') && isdigit((unsigned char)s[5]) &&
      s[7] == s[4]) {
    /* ISO: 2024-07-04; "2027.11.11", "2027/11/11" as East Asia writes it */
    int m, day;
    if (digits(s + 5, 2, 2, &m) == 2 && digits(s + 8, len - 8, 2, &day) == 2 &&
        skg_date_valid(v, m, day)) {
      *out = (skg_date){v, m, day, 0};
      return 10;
    }
    return 0;
  }
  size_t roman = n >= 1 && n <= 2 ? roman_dotted(s, len, n, v, out) : 0;
  if (roman)
    return roman;
  if (n >= 1 && n <= 2 && n + 7 <= len && (s[n] == '.' || s[n] == '/') && isdigit((unsigned char)s[n + 1])) {
    /* 05.11.2026: day, month, year, as Europe writes them; with slashes only
       when the order shows (14/12/2026, 12/14/2026), as America writes the month first */
    int m, y;
    char sep = s[n];
    size_t nm = digits(s + n + 1, len - n - 1, 2, &m);
    if (!nm || n + 1 + nm >= len || s[n + 1 + nm] != sep ||
        digits(s + n + 2 + nm, len - n - 2 - nm, 4, &y) != 4 || y < 1900)
      return 0;
    int day = v;
    if (sep == '/' && v <= 12 && m > 12)
      day = m, m = v;
    else if (sep == '/' && v <= 12)
      return 0;
    if (!skg_date_valid(y, m, day))
      return 0;
    *out = (skg_date){y, m, day, 0};
    return n + 2 + nm + 4;
  }
  if (n >= 1 && n <= 2) {
    /* 4 July 2024, 15-16 September 2022, 12th July, 23rd of September */
    d.day = v;
    size_t i = day_range(s, len, ordinal_suffix(s, len, n), &d.end_day);
    i = spaces(s, len, i);
    if (i > n && i + 3 < len && !strncmp(s + i, "of ", 3))
      i = spaces(s, len, i + 3);
    size_t w = word(s + i, len - i);
    if (!w || !(d.month = skg_month_from_name(s + i, w)))
      return 0;
    i = year_after(s, len, i + w, &d.year);
    if (!skg_date_valid(d.year, d.month, d.day))
      return 0;
    *out = d;
    return i;
  }
  size_t w = word(s, len);
  if (!w || !(d.month = skg_month_from_name(s, w)))
    return 0;
  size_t i = spaces(s, len, w);
  n = digits(s + i, len - i, 2, &d.day);
  if (!n)
    return 0;
  i = day_range(s, len, ordinal_suffix(s, len, i + n), &d.end_day);
  i = year_after(s, len, i, &d.year);
  if (!skg_date_valid(d.year, d.month, d.day))
    return 0;
  *out = d;
  return i;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long
days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, int *y, int *m, int *d)
{
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int
skg_weekday(int y, int m, int d)
{
  long z = days_from_civil(y, m, d);  /* 1970-01-01 was a Thursday (3) */
  return (int)(((z % 7) + 7 + 3) % 7);
}

int
skg_weekday_from_name(const char *s, size_t len)
{
  static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i)
    if (strlen(names[i]) == len && !strncmp(names[i], s, len))
      return i;
  return -1;
}

long
skg_next_weekday(int y, int m, int d, int weekday)
{
  long z = days_from_civil(y, m, d);
  z += (weekday - skg_weekday(y, m, d) + 7) % 7;
  int yy, mm, dd;
  civil_from_days(z, &yy, &mm, &dd);
  return (long)yy * 10000 + mm * 100 + dd;
}

long
skg_add_days(long ymd, int days)
{
  long z = days_from_civil((int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100)) + days;
  int yy, mm, dd;
  civil_from_days(z, &yy, &mm, &dd);
  return (long)yy * 10000 + mm * 100 + dd;
}

long
skg_last_weekday(int y, int m, int d, int weekday)
{
  long z = days_from_civil(y, m, d);
  z -= (skg_weekday(y, m, d) - weekday + 7) % 7;
  int yy, mm, dd;
  civil_from_days(z, &yy, &mm, &dd);
  return (long)yy * 10000 + mm * 100 + dd;
}
