/* cues.c - the phrases by which reports say who attended and who chaired
   (data/cues.tsv), found in a sentence, and the people each points at.

   A cue points at people on one side of it ("attended by A, B and C": after
   it; "A and B attended": before it; "A and B are in attendance": anywhere),
   at the one person right after it ("sent Vice President A"), or at the
   list that starts right after it ("including A, B, ..., as well as C").  A
   list is people phrases joined only by list words: commas, semicolons,
   "and", "as well as", dashes. */
#include "extract.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

static int
word_char(char c)
{
  return isalnum((unsigned char)c) || (unsigned char)c >= 0x80 || c == '\'';
}

/* The words of a sentence as a 512-bit set of hashes: a cue whose first
   word is not in it cannot stand there, and most of the few hundred cues are
   ruled out without a scan of the sentence (words as skg_find_phrase bounds
   them: runs of word characters, in the lowercased text). */
typedef struct {
  uint64_t bits[8];
} word_set;

static void
sentence_words(const skg_analysis *an, skg_span sent, word_set *set)
{
  const char *lower = an->text.lower;
  memset(set, 0, sizeof *set);
  for (size_t i = sent.start; i < sent.end;) {
    if (!word_char(lower[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < sent.end && word_char(lower[e]))
      ++e;
    unsigned slot = skg_word_slot(lower + i, e - i);
    set->bits[slot >> 6] |= (uint64_t)1 << (slot & 63);
    i = e;
  }
}

/* May cue c stand in the sentence of `set`?  Yes unless its first word is
   surely absent. */
static int
in_words(const word_set *set, unsigned slot)
{
  return (set->bits[slot >> 6] >> (slot & 63)) & 1;
}

static int
cue_may_stand(const skg_cue *c, const word_set *set)
{
  return c->first_word < 0 || in_words(set, (unsigned)c->first_word);
}

/* Where cue c stands in norm [from, to), or -1; "also" may stand after its
   first word ("is also participating", "was also present"), and *len is
   then the length of what was found; `also_here`: "also" is a word of the
   sentence. */
/* A cue that ends in " by" ("represented by", "chaired by") with a short
   place or time put in before "by": "represented in the room by", "chaired
   at the summit by", "led on Friday by", "presided over jointly by" (not "there": whose place that is
   the sentence before tells).  Returns where the cue starts (its
   end in *len) or -1. */
static size_t
find_cue_with_insertion(const skg_analysis *an, size_t from, size_t to, const skg_cue *c, size_t *len)
{
  static const char *const openers[] = {"in", "at", "on"};
  if (c->len < 6 || strcmp(c->phrase + c->len - 3, " by") || c->len - 3 >= 96)
    return (size_t)-1;
  char head[96];
  memcpy(head, c->phrase, c->len - 3);
  head[c->len - 3] = '\0';
  const char *t = an->text.lower;
  for (size_t p = from, at; (at = skg_find_phrase(an, p, to, head)) != (size_t)-1; p = at + 1) {
    size_t i = at + c->len - 3;
    /* "co-chaired, on the EU side, by": a place put in between commas */
    if (i + 2 < to && t[i] == ',' && t[i + 1] == ' ') {
      int comma_opens = 0;
      for (size_t k = 0; k < SKG_COUNT(openers) && !comma_opens; ++k)
        comma_opens = skg_find_phrase(an, i + 2, to, openers[k]) == i + 2;
      size_t close = comma_opens ? skg_find_text(an, i + 2, i + 40 < to ? i + 40 : to, ", by ") : (size_t)-1;
      if (close != (size_t)-1 && !memchr(t + i + 2, ',', close - i - 2) && !memchr(t + i + 2, '.', close - i - 2)) {
        *len = close + 4 - at;
        return at;
      }
      continue;
    }
    if (i + 1 >= to || t[i] != ' ')
      continue;
    int opens = 0;
    for (size_t k = 0; k < SKG_COUNT(openers) && !opens; ++k)
      opens = skg_find_phrase(an, i + 1, to, openers[k]) == i + 1;
    /* ... or an adverb: "presided over jointly by", "chaired personally by" */
    size_t w = i + 1;
    while (w < to && isalpha((unsigned char)t[w]))
      ++w;
    if (!opens && w - (i + 1) > 3 && t[w - 2] == 'l' && t[w - 1] == 'y' && w + 3 < to && !strncmp(t + w, " by ", 4)) {
      *len = w + 3 - at;
      return at;
    }
    if (!opens)
      continue;
    /* at most five words, no punctuation, then "by" */
    size_t words = 0;
    for (size_t j = i + 1; j < to && words <= 5; ++j) {
      if (t[j] == ',' || t[j] == ';' || t[j] == '.' || t[j] == ':')
        break;
      if (t[j] == ' ') {
        ++words;
        if (j + 3 < to && !strncmp(t + j, " by ", 4)) {
          /* not "represented at that meeting by", "at the ministerial session by" */
          static const char *const elsewhere[] = {"that", "those", "ministerial", "ministers", "previous"};
          if (skg_find_any(an, i, j, elsewhere, SKG_COUNT(elsewhere)))
            break;
          *len = j + 3 - at;
          return at;
        }
      }
    }
  }
  return (size_t)-1;
}

static size_t
find_cue(const skg_analysis *an, size_t from, size_t to, const skg_cue *c, int also_here, size_t *len)
{
  size_t at = skg_find_phrase(an, from, to, c->phrase);
  if (at == (size_t)-1)
    at = find_cue_with_insertion(an, from, to, c, len);
  const char *space = memchr(c->phrase, ' ', c->len);
  if (!space || !also_here)
    return at;
  char with_also[128];
  size_t head = (size_t)(space - c->phrase);
  if (c->len + 5 >= sizeof with_also)
    return at;
  memcpy(with_also, c->phrase, head);
  memcpy(with_also + head, " also", 5);
  memcpy(with_also + head + 5, space, c->len - head);
  with_also[c->len + 5] = '\0';
  size_t also = skg_find_phrase(an, from, to, with_also);
  if (also < at) {
    *len = c->len + 5;
    return also;
  }
  return at;
}

/* Add to out[0..n) the hits of cue c in `sent` (up to `max` in all); returns
   the new count. */
static size_t
hits_of_cue(const skg_analysis *an, skg_span sent, const skg_cue *c, int also_here, skg_cue_hit *out,
            size_t n, size_t max)
{
  for (size_t from = sent.start; n < max;) {
    size_t len = c->len;
    size_t at = find_cue(an, from, sent.end, c, also_here, &len);
    if (at == (size_t)-1)
      break;
    from = at + 1;
    /* "attended" inside "attended by" is that cue's, not its own; a cue
       found with a word put in ("chaired jointly by") gives way to the cue
       that says so ("chaired jointly by") */
    int inner = 0;
    for (size_t k = 0; k < n && !inner; ++k)
      if (out[k].at == at && out[k].end == at + len) {
        if (len == c->len && out[k].end - out[k].at != out[k].cue->len)
          out[k].cue = c;
        inner = 1;
      }
    for (size_t k = 0; k < n && !inner; ++k)
      inner = out[k].at <= at && at + len <= out[k].end && out[k].end - out[k].at > len;
    for (size_t k = 0; k < n && !inner; ++k)
      if (at <= out[k].at && out[k].end <= at + len && out[k].end - out[k].at < len)
        out[k] = out[--n]; /* a shorter cue inside this one gives way */
    if (!inner)
      out[n++] = (skg_cue_hit){at, at + len, c};
  }
  return n;
}

/* The rows of the cues of `relation` whose first word is in `set` (or that
   start with none), in table order, as the scan of every cue met them;
   (size_t)-1 if more than `max`. */
/* The index of the lowest bit set in b (b != 0), by a de Bruijn sequence:
   the portable count of trailing zeros. */
static unsigned
lowest_bit(uint64_t b)
{
  static const unsigned char index64[64] = {
    0,  1,  48, 2,  57, 49, 28, 3,  61, 58, 50, 42, 38, 29, 17, 4,  62, 55, 59, 36, 53, 51,
    43, 22, 45, 39, 33, 30, 24, 18, 12, 5,  63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21,
    44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9,  13, 8,  7,  6};
  return index64[((b & (0 - b)) * 0x03f79d71b4cb0a89ULL) >> 58];
}

/* Append run `slot` of `runs` (tables.h) to out[0..*n), keeping out in table
   order; 0, or -1 if out would hold more than `max`. */
static int
add_run(const skg_tables *t, const size_t *runs, size_t slot, uint32_t *out, size_t *n, size_t max)
{
  if (*n + (runs[slot + 1] - runs[slot]) > max)
    return -1;
  for (size_t k = runs[slot]; k < runs[slot + 1]; ++k) {
    size_t j = (*n)++; /* insertion: the runs are few and short */
    for (; j > 0 && out[j - 1] > t->cue_order[k]; --j)
      out[j] = out[j - 1];
    out[j] = t->cue_order[k];
  }
  return 0;
}

/* The rows of the cues of `relation` whose first word is in `set` (or that
   start with none), in table order, as the scan of every cue met them;
   (size_t)-1 if more than `max`. */
static size_t
candidate_cues(const skg_tables *t, skg_cue_relation relation, const word_set *set, uint32_t *out,
               size_t max)
{
  const size_t *runs = t->cue_runs[relation];
  size_t n = 0;
  for (size_t w = 0; w < SKG_COUNT(set->bits); ++w)
    for (uint64_t bits = set->bits[w]; bits; bits &= bits - 1) {
      size_t slot = 64 * w + lowest_bit(bits);
      if (add_run(t, runs, slot, out, &n, max))
        return (size_t)-1;
    }
  return add_run(t, runs, SKG_CUE_NO_WORD, out, &n, max) ? (size_t)-1 : n;
}

size_t
skg_cue_hits(const skg_analysis *an, skg_span sent, skg_cue_relation relation, skg_cue_hit *out,
             size_t max)
{
  const skg_tables *t = an->ctx->tables;
  size_t n = 0;
  word_set words;
  sentence_words(an, sent, &words);
  int also_here = in_words(&words, skg_word_slot("also", 4));
  uint32_t rows[512];
  size_t n_rows = candidate_cues(t, relation, &words, rows, SKG_COUNT(rows));
  if (n_rows != (size_t)-1) {
    for (size_t k = 0; k < n_rows; ++k)
      n = hits_of_cue(an, sent, &t->cues[rows[k]], also_here, out, n, max);
    return n;
  }
  for (size_t i = 0; i < t->n_cues; ++i) /* more candidates than rows holds */
    if (t->cues[i].relation == relation && cue_may_stand(&t->cues[i], &words))
      n = hits_of_cue(an, sent, &t->cues[i], also_here, out, n, max);
  return n;
}

/* Is norm [from, to) only the words that join a list ("," ";" "and" "as
   well as" "the" dashes), with at least one of them? */
static int
list_glue(const skg_analysis *an, size_t from, size_t to)
{
  static const char *const words[] = {"and", "as", "well", "the", "also", "his", "her", "their",
                                      "counterpart", "counterparts", "plus", "together", "with",
                                      "host"}; /* "A, as host, and B" */
  const char *s = an->text.norm.data;
  if (to < from || to - from > 48)
    return 0;
  int joined = 0;
  for (size_t i = from; i < to;) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (c == ',' || c == ';' || c == '&' || c == '-' || c == ':' || c == '/') {
      joined = 1;
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < to && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
      joined = 1; /* en and em dashes */
      i += 3;
      continue;
    }
    size_t e = i;
    while (e < to && word_char(s[e]))
      ++e;
    if (e == i)
      return 0;
    int known = 0;
    for (size_t k = 0; k < SKG_COUNT(words) && !known; ++k)
      known = strlen(words[k]) == e - i && !strncasecmp(words[k], s + i, e - i);
    /* "co-chaired by A and by B": "by" after "and" only */
    known |= e - i == 2 && !strncmp(s + i, "by", 2) && i >= from + 4 && !strncmp(s + i - 4, "and ", 4);
    if (!known)
      return 0;
    joined |= (e - i == 3 && !strncasecmp(s + i, "and", 3)) || (e - i == 4 && !strncasecmp(s + i, "well", 4)) ||
              (e - i == 4 && !strncasecmp(s + i, "plus", 4));
    i = e;
  }
  return joined;
}

/* Only "of", "the" and spaces between `from` and `to` ("of the")? */
static int
list_glue_or_of(const skg_analysis *an, size_t from, size_t to)
{
  const char *s = an->text.norm.data;
  for (size_t i = from; i < to;) {
    if (s[i] == ' ')
      ++i;
    else if (to - i >= 2 && !strncmp(s + i, "of", 2) && (i + 2 == to || s[i + 2] == ' '))
      i += 2;
    else if (to - i >= 3 && !strncmp(s + i, "the", 3) && (i + 3 == to || s[i + 3] == ' '))
      i += 3;
    else
      return 0;
  }
  return 1;
}

/* "A, whose country holds the presidency, and B": a relative clause on A
   before the glue to B. */
static int
relative_clause_glue(const skg_analysis *an, size_t from, size_t to)
{
  const char *s = an->text.lower;
  if (to - from > 110 || to - from < 8 || (strncmp(s + from, ", who ", 6) && strncmp(s + from, ", whose ", 8)))
    return 0;
  const char *last_comma = NULL;
  for (const char *c = s + from + 1; c < s + to; ++c)
    if (*c == ',')
      last_comma = c;
  if (!last_comma || memchr(s + from, ';', to - from))
    return 0;
  size_t glue = (size_t)(last_comma - s);
  return list_glue(an, glue, to) && skg_find_phrase(an, glue, to, "and") != (size_t)-1;
}

/* "A and the Chairperson of the African Union, Mauritanian President B": the
   glue, then an office and whose it is in apposition before B. */
static int
apposed_office_glue(const skg_analysis *an, size_t from, size_t to)
{
  const char *s = an->text.norm.data;
  if (to - from > 120)
    return 0;
  size_t office = (size_t)-1, end = from;
  /* from the first mention of the sentence: a scan of all would cost the report's length each time */
  size_t k0 = an->sentence_mentions ? an->sentence_mentions[skg_text_sentence_at(&an->text, from)] : 0;
  for (size_t k = k0; k < an->mentions.count && an->mentions.items[k].span.start < to; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->span.start < from)
      continue;
    if (office == (size_t)-1) {
      if (m->kind != SKG_M_OFFICE)
        return 0;
      office = m->span.start;
    } else if (m->kind != SKG_M_ORG && m->kind != SKG_M_BODY && m->kind != SKG_M_COUNTRY) {
      return 0;
    } else if (!list_glue_or_of(an, end, m->span.start)) {
      return 0;
    }
    end = m->span.end;
  }
  if (office == (size_t)-1 || !list_glue(an, from, office) || skg_find_phrase(an, from, office, "and") == (size_t)-1)
    return 0;
  /* only ", " between whose office it is and B */
  while (end < to && (s[end] == ' ' || s[end] == ','))
    ++end;
  return end == to && memchr(s + office, ',', to - office);
}

int
skg_same_list(const skg_analysis *an, const skg_mention *a, const skg_mention *b)
{
  return a->extent.end <= b->extent.start &&
         (list_glue(an, a->extent.end, b->extent.start) || relative_clause_glue(an, a->extent.end, b->extent.start) ||
          apposed_office_glue(an, a->extent.end, b->extent.start));
}

/* Only spaces, a colon, a comma, "the" or a possessive ("sent its
   Minister ...") between `from` and `to`? */
static int
right_after(const skg_analysis *an, size_t from, size_t to)
{
  static const char *const words[] = {"the", "its", "his", "her", "their"};
  const char *s = an->text.norm.data;
  if (to < from || to - from > 7)
    return 0;
  for (size_t i = from; i < to; ++i) {
    if (s[i] == ' ' || s[i] == ':' || s[i] == ',')
      continue;
    size_t n = 0;
    for (size_t w = 0; w < SKG_COUNT(words) && !n; ++w)
      if (to - i >= strlen(words[w]) && !strncasecmp(s + i, words[w], strlen(words[w])) &&
          (i + strlen(words[w]) == to || s[i + strlen(words[w])] == ' '))
        n = strlen(words[w]);
    if (!n)
      return 0;
    i += n - 1;
  }
  return 1;
}

/* Only spaces, a comma or one adverb between a subject ending at `from` and
   its verb at `to`: "A said", "A, however, said" is too far. */
static int
subject_gap(const skg_analysis *an, size_t from, size_t to)
{
  static const char *const adverbs[] = {"also", "likewise", "then", "later", "further", "again",
                                        "earlier", "meanwhile", "himself", "herself", "rightly", "just",
                                        "rightly also", "has", "had", "has just", "had just", "has also"};
  const char *s = an->text.norm.data;
  while (from < to && (s[from] == ' ' || s[from] == ','))
    ++from;
  while (to > from && s[to - 1] == ' ')
    --to;
  if (from == to)
    return 1;
  for (size_t k = 0; k < SKG_COUNT(adverbs); ++k)
    if (strlen(adverbs[k]) == to - from && !strncmp(s + from, adverbs[k], to - from))
      return 1;
  return 0;
}

/* "Addressing the leaders by video, A asked ...", "Speaking at the summit,
   President A said": a participle clause opening the sentence with the cue,
   and the person right after its comma is its subject. */
static int
opening_clause_subject(const skg_analysis *an, const skg_cue_hit *h, size_t first, size_t last, size_t k)
{
  const char *t = an->text.norm.data;
  const skg_mention *m = &an->mentions.items[k];
  size_t s = skg_text_sentence_at(&an->text, h->at), start = an->text.sentences[s].start;
  while (start < h->at && !isalpha((unsigned char)t[start]))
    ++start; /* a bullet */
  if (start != h->at || m->extent.start <= h->end)
    return 0;
  const char *comma = memchr(t + h->end, ',', m->extent.start - h->end);
  if (!comma || !right_after(an, (size_t)(comma - t) + 1, m->extent.start))
    return 0;
  /* the first person after the comma, nobody between the cue and it */
  for (size_t j = first; j < last; ++j) {
    const skg_mention *p = &an->mentions.items[j];
    if (p->kind == SKG_M_PERSON && p->extent.start > h->end && p->extent.start < m->extent.start)
      return 0;
  }
  return 1;
}

/* Does a subordinate clause open between a cue and a person: "led by its
   ambassador after Prime Minister A's flight was grounded" (A did not lead it)? */
static int
clause_turns(const skg_analysis *an, size_t from, size_t to)
{
  static const char *const turns[] = {" after ", " but ", " because ", " when "};
  for (size_t i = 0; i < SKG_COUNT(turns); ++i)
    if (skg_find_text(an, from, to, turns[i]) != (size_t)-1)
      return 1;
  return 0;
}

/* The person mentions of [first, last) as a chain from `k` back (or on) over list glue. */
static int
in_list_from(const skg_analysis *an, size_t first, size_t last, size_t head, size_t k)
{
  const skg_mention *ms = an->mentions.items;
  size_t prev = head;
  if (prev == k)
    return 1;
  for (size_t j = head + 1; j < last; ++j) {
    if (ms[j].kind != SKG_M_PERSON || ms[j].extent.start < ms[prev].extent.end)
      continue;
    if (!skg_same_list(an, &ms[prev], &ms[j]))
      return 0;
    if (j == k)
      return 1;
    prev = j;
  }
  (void)first;
  return 0;
}

int
skg_cue_points_at(const skg_analysis *an, const skg_cue_hit *h, size_t first, size_t last, size_t k)
{
  const skg_mention *m = &an->mentions.items[k];
  const char *t = an->text.norm.data;
  switch (h->cue->side) {
  case SKG_SIDE_AFTER:
    return h->end <= m->extent.start && !clause_turns(an, h->end, m->extent.start);
  case SKG_SIDE_BEFORE:
    /* "Leaders took part by video from their capitals: A, B and C" */
    return h->at >= m->extent.end ||
           (h->end <= m->extent.start && memchr(t + h->end, ':', m->extent.start - h->end)) ||
           opening_clause_subject(an, h, first, last, k);
  case SKG_SIDE_AROUND:
    return 1;
  case SKG_SIDE_NEXT:
    return h->end <= m->extent.start && right_after(an, h->end, m->extent.start);
  case SKG_SIDE_SUBJECT:
    /* "A said", "A likewise stated", "...,\" said A" */
    return (m->extent.end <= h->at && subject_gap(an, m->extent.end, h->at)) ||
           (h->end <= m->extent.start && right_after(an, h->end, m->extent.start));
  case SKG_SIDE_LIST:
    for (size_t j = first; j < last; ++j) {
      const skg_mention *p = &an->mentions.items[j];
      if (p->kind != SKG_M_PERSON || p->extent.start < h->end)
        continue;
      /* the first person after the cue opens the list */
      return right_after(an, h->end, p->extent.start) && in_list_from(an, first, last, j, k);
    }
    return 0;
  }
  return 0;
}
