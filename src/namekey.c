/* namekey.c - the identity key of a person's name.

   Reports spell one person several ways: English and Russian
   transliterations (Aleksandr/Alexander Lukashenko, Sadyr Zhaparov/Japarov,
   Dmitriy/Dmitry, Zelenskyy/Zelensky, Tokaev/Tokayev), Arabic names
   (Mohammad/Muhammad), diacritics (Erdoğan/Erdogan) and hyphens
   (Kassym-Jomart/Kassym Jomart).  The key folds each word of the name on
   its own, by a few spelling rules and a short table of given names, so
   that the person gets one IRI whichever report names them and in whatever
   order reports come.

   What it does not do: decide that two different names are one person.
   Initials, nicknames and dropped words are the resolver's business, and
   only within one report (resolve.c).  The rules are code, not a data
   table, because they are part of the identity contract: changing them
   changes IRIs, so they change with the program's version. */
#include "namekey.h"

#include <string.h>

#include "skg.h"

/* Given names whose spellings differ by more than the rules below fold.
   Each row: a variant, and the one spelling every variant becomes. */
static const struct {
  const char *variant, *key;
} given_names[] = {
  {"aleksander", "alexander"}, {"aleksandr", "alexander"}, {"alexandr", "alexander"},
  {"aleksei", "alexey"},       {"aleksey", "alexey"},      {"alexei", "alexey"},
  {"andrei", "andrey"},        {"dmitri", "dmitry"},       {"dmitrii", "dmitry"},
  {"kasym", "kassym"},         {"kassim", "kassym"},       {"qasym", "kassym"},
  {"mohamad", "muhammad"},     {"mohamed", "muhammad"},    {"mohammad", "muhammad"},
  {"mohammed", "muhammad"},    {"muhamad", "muhammad"},    {"muhammed", "muhammad"},
  {"nikolai", "nikolay"},      {"sergei", "sergey"},       {"yuri", "yury"},
  {"yurii", "yury"},
};

/* Written pinyin: a syllable is an initial (or none) and a final.  Some
   pairs are no syllable, but accepting them only keeps a few more words as
   they are, which is the safe side. */
static const char *const pinyin_initials[] = {"zh", "ch", "sh", "b", "c", "d", "f", "g", "h", "j", "k", "l",
                                              "m",  "n",  "p",  "q", "r", "s", "t", "w", "x", "y", "z", ""};
static const char *const pinyin_finals[] = {
  "iang", "iong", "uang", "ang", "eng", "ian", "iao", "ing", "ong", "uai", "uan", "ai", "an", "ao",
  "ei",   "en",   "er",   "ia",  "ie",  "in",  "iu",  "ou",  "ua",  "ue",  "ui",  "un", "uo", "a",
  "e",    "i",    "o",    "u"};

/* Does w[0, n) start with the string s?  Its length, or 0. */
static size_t
starts(const char *w, size_t n, const char *s)
{
  size_t k = strlen(s);
  return k <= n && !memcmp(w, s, k) ? k : 0;
}

/* Can the word be read as pinyin syllables ("zhiqiang" = zhi-qiang)?  A
   Chinese name is never written with a "j" for its "zh". */
static int
is_pinyin(const char *w, size_t n)
{
  unsigned char ok[64] = {1};
  if (n >= sizeof ok)
    return 0;
  for (size_t i = 0; i < n; ++i) {
    if (!ok[i])
      continue;
    for (size_t a = 0; a < sizeof pinyin_initials / sizeof *pinyin_initials; ++a) {
      size_t ia = *pinyin_initials[a] ? starts(w + i, n - i, pinyin_initials[a]) : 0;
      if (!ia && *pinyin_initials[a])
        continue;
      for (size_t f = 0; f < sizeof pinyin_finals / sizeof *pinyin_finals; ++f) {
        size_t fb = starts(w + i + ia, n - i - ia, pinyin_finals[f]);
        if (fb)
          ok[i + ia + fb] = 1;
      }
    }
  }
  return ok[n];
}

static int
is_vowel(char c)
{
  return c && strchr("aeiou", c) != NULL;
}

static int
word_is(const char *w, size_t n, const char *s)
{
  return strlen(s) == n && !memcmp(w, s, n);
}

static const char *
given_name_key(const char *w, size_t n)
{
  for (size_t i = 0; i < sizeof given_names / sizeof *given_names; ++i)
    if (word_is(w, n, given_names[i].variant))
      return given_names[i].key;
  return NULL;
}

/* Does the word start with a Russian or Turkic "zh" that English writes
   "j" (Zhaparov/Japarov, Zhomart/Jomart)? */
static int
foldable_zh(const char *w, size_t n)
{
  return n >= 3 && !memcmp(w, "zh", 2) && is_vowel(w[2]) && !is_pinyin(w, n);
}

static int
ends_with(const char *w, size_t n, const char *s)
{
  size_t k = strlen(s);
  return n >= k && !memcmp(w + n - k, s, k);
}

/* Append the folded spelling of one slug word (lowercase ASCII): w[0, keep)
   with a "j" for a leading "zh", a "y" after it, then w[from, n). */
static skg_status
fold_word(skg_buf *b, const char *w, size_t n)
{
  const char *key = given_name_key(w, n);
  if (key)
    return skg_buf_puts(b, key);
  int zh = foldable_zh(w, n);
  size_t start = zh ? 2 : 0, keep = n, from = n, tail;
  /* Dmitriy/Dmitry, Zelenskyy/Zelensky: the final "y" written twice */
  if (n - start > 3 && (ends_with(w, n, "iy") || ends_with(w, n, "yy")))
    keep = n - 2;
  /* Tokaev/Tokayev, Alieva/Aliyeva: the "y" of a Russian "e" after a vowel */
  else if ((tail = ends_with(w, n, "ev") ? 2 : ends_with(w, n, "eva") ? 3 : 0) &&
           n - start > tail + 1 && is_vowel(w[n - tail - 1]))
    keep = from = n - tail;
  skg_status st = zh ? skg_buf_putc(b, 'j') : SKG_OK;
  if (!st)
    st = skg_buf_append(b, w + start, keep - start);
  if (!st && keep < n)
    st = skg_buf_putc(b, 'y');
  if (!st && from < n)
    st = skg_buf_append(b, w + from, n - from);
  return st;
}

skg_status
skg_namekey_append(skg_buf *b, const char *name, size_t len)
{
  skg_buf slug;
  skg_buf_init(&slug, 0);
  skg_status st = skg_slug_append(&slug, name, len);
  const char *p = slug.data, *end = slug.data + slug.len;
  while (!st && p < end) {
    const char *dash = memchr(p, '-', (size_t)(end - p));
    const char *stop = dash ? dash : end;
    st = fold_word(b, p, (size_t)(stop - p));
    if (!st && dash)
      st = skg_buf_putc(b, '-');
    p = stop + 1;
  }
  skg_buf_release(&slug);
  return st;
}
