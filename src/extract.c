/* extract.c - run the text and mention stages and then each extractor over
   one report, and the helpers the extractors share.  Each relation has its
   own file (extract_*.c); this one knows none of their rules. */
#define _GNU_SOURCE /* memmem(): glibc's is much faster than a memchr loop on the short phrases cues are */
#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void
skg_analysis_init(skg_analysis *an, skg_ctx *ctx, const skg_doc *doc)
{
  memset(an, 0, sizeof *an);
  an->ctx = ctx;
  an->doc = doc;
  skg_text_init(&an->text);
}

void
skg_analysis_release(skg_analysis *an)
{
  skg_text_release(&an->text);
  skg_tokens_release(&an->tokens);
  skg_mentions_release(&an->mentions);
  free(an->summits);
  free(an->facts);
  free(an->sentence_mentions);
  free(an->about_summit);
  free(an->section);
  skg_meeting_memo_free(an->other_meeting);
  memset(an, 0, sizeof *an);
}

skg_value
skg_value_ref(skg_value_kind kind, int ref)
{
  return (skg_value){kind, ref, 0, {0, 0}};
}

skg_value
skg_value_span(skg_value_kind kind, skg_span span)
{
  return (skg_value){kind, -1, 0, span};
}

skg_value
skg_value_num(skg_value_kind kind, long num)
{
  return (skg_value){kind, -1, num, {0, 0}};
}

skg_status
skg_add_fact(skg_analysis *an, skg_fact f)
{
  if (an->n_facts == an->cap_facts) {
    size_t cap = an->cap_facts ? 2 * an->cap_facts : 64;
    skg_fact *p = realloc(an->facts, cap * sizeof *p);
    if (!p)
      return SKG_ERR_NOMEM;
    an->facts = p;
    an->cap_facts = cap;
  }
  /* the evidence stays inside its sentence, whatever a phrase's extent took in */
  skg_span sent = an->text.sentences[f.sentence];
  if (f.evidence.start < sent.start)
    f.evidence.start = sent.start;
  if (f.evidence.end > sent.end)
    f.evidence.end = sent.end;
  if (f.evidence.end < f.evidence.start)
    f.evidence.end = f.evidence.start;
  if (f.kind != SKG_F_OFFICE)
    f.summit = (int)an->focus;
  an->facts[an->n_facts++] = f;
  return SKG_OK;
}

void
skg_sentence_mentions(const skg_analysis *an, size_t s, size_t *first, size_t *last)
{
  *first = an->sentence_mentions[s];
  *last = an->sentence_mentions[s + 1];
}

/* isalnum() as the C locale has it (summitkg never sets another), or a
   byte of UTF-8, without a call into the locale: phrase searches ask it of
   every byte of their first word, thousands of times a report. */
static int
word_char(char c)
{
  unsigned char u = (unsigned char)c, letter = u | 0x20;
  return (u >= '0' && u <= '9') || (letter >= 'a' && letter <= 'z') || u >= 0x80;
}

/* A phrase as its searches want it: lowercased (ASCII letters only, as
   text.lower is) and measured, folded once for all of its hits.  `len` is 0
   for the empty phrase and for one too long for `folded`: neither is ever
   found. */
typedef struct {
  char   folded[256];
  size_t len;
} folded_phrase;

static char
ascii_lower(char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* Fold `phrase` into fp from byte `from` on (the bytes before are folded). */
static void
fold_phrase(const char *phrase, size_t from, folded_phrase *fp)
{
  size_t n = from;
  for (; phrase[n] && n < sizeof fp->folded; ++n)
    fp->folded[n] = ascii_lower(phrase[n]);
  fp->len = phrase[n] ? 0 : n;
}

/* The first `n` bytes of `needle` in h[0, len), or NULL: memmem(), but
   where SSE2 is there, 16 positions a step are tested on the needle's first
   two bytes at once and only those that pass are compared (glibc's memmem()
   is a byte-a-step loop: 4% of a run, on 70,000 searches of 50 reports). */
static const char *
find_bytes(const char *h, size_t len, const char *needle, size_t n)
{
#if defined __SSE2__ && defined __GNUC__
  if (n >= 2) {
    const __m128i c0 = _mm_set1_epi8(needle[0]), c1 = _mm_set1_epi8(needle[1]);
    size_t i = 0;
    /* each step reads h[i, i + 17): never past the end */
    for (; i + 17 <= len; i += 16) {
      __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(h + i));
      __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(h + i + 1));
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, c0), _mm_cmpeq_epi8(b, c1)));
      for (; m; m &= m - 1) {
        size_t at = i + (size_t)__builtin_ctz(m);
        if (at + n <= len && !memcmp(h + at + 2, needle + 2, n - 2))
          return h + at;
      }
    }
    /* the positions from i on, fewer than 17 bytes: memmem()'s set-up
       would cost more than the loop */
    for (; i + n <= len; ++i)
      if (h[i] == needle[0] && h[i + 1] == needle[1] && !memcmp(h + i + 2, needle + 2, n - 2))
        return h + i;
    return NULL;
  }
#endif
  return memmem(h, len, needle, n);
}

/* Where fp first occurs in lower [from, to), or (size_t)-1. */
static size_t
find_folded(const skg_analysis *an, size_t from, size_t to, const folded_phrase *fp)
{
  const char *lower = an->text.lower;
  size_t n = fp->len;
  if (n == 0 || to > an->text.norm.len || from >= to || to - from < n)
    return (size_t)-1;
  const char *hit = find_bytes(lower + from, to - from, fp->folded, n);
  return hit ? (size_t)(hit - lower) : (size_t)-1;
}

size_t
skg_find_text(const skg_analysis *an, size_t from, size_t to, const char *text)
{
  folded_phrase fp;
  fold_phrase(text, 0, &fp);
  return find_folded(an, from, to, &fp);
}

/* Can `phrase` stand in [from, to)?  Not if its first word starts in no
   block of the range: a phrase found at word boundaries begins with that
   whole word.  Folds that word into fp and says in *folded how far. */
static int
first_word_may_stand(const skg_analysis *an, size_t from, size_t to, const char *phrase,
                     folded_phrase *fp, size_t *folded)
{
  size_t n = 0;
  uint32_t h = SKG_WORD_SLOT_SEED;
  while (n < 64 && phrase[n] && word_char(phrase[n])) {
    fp->folded[n] = ascii_lower(phrase[n]);
    h = skg_word_slot_step(h, (unsigned char)fp->folded[n]);
    ++n;
  }
  *folded = n;
  if (!n || n == 64)
    return 1;
  return skg_text_may_hold_word(&an->text, from, to, skg_word_slot_of(h));
}

size_t
skg_find_phrase(const skg_analysis *an, size_t from, size_t to, const char *phrase)
{
  const char *s = an->text.norm.data;
  folded_phrase fp;
  size_t done;
  /* most phrases of a table are ruled out by their first word alone: fold
     the rest only for those that are not */
  if (!first_word_may_stand(an, from, to, phrase, &fp, &done))
    return (size_t)-1;
  fold_phrase(phrase, done, &fp);
  size_t n = fp.len;
  for (size_t i = from; (i = find_folded(an, i, to, &fp)) != (size_t)-1; ++i)
    if (!((i > 0 && word_char(s[i - 1]) && word_char(phrase[0])) ||
          (i + n < an->text.norm.len && word_char(s[i + n]) && word_char(phrase[n - 1]))))
      return i;
  return (size_t)-1;
}

int
skg_find_any(const skg_analysis *an, size_t from, size_t to, const char *const *phrases, size_t n)
{
  for (size_t i = 0; i < n; ++i)
    if (skg_find_phrase(an, from, to, phrases[i]) != (size_t)-1)
      return 1;
  return 0;
}

int
skg_ends_with_phrase(const skg_analysis *an, size_t from, size_t to, const char *phrase)
{
  const char *s = an->text.norm.data;
  while (to > from && s[to - 1] == ' ')
    --to;
  size_t n = strlen(phrase);
  if (to - from < n || strncasecmp(s + to - n, phrase, n))
    return 0;
  return to - n == from || !word_char(s[to - n - 1]);
}

int
skg_ends_with_any(const skg_analysis *an, size_t from, size_t to, const char *const *phrases, size_t n)
{
  for (size_t i = 0; i < n; ++i)
    if (skg_ends_with_phrase(an, from, to, phrases[i]))
      return 1;
  return 0;
}

int
skg_in_quotes(const skg_analysis *an, size_t s, size_t at)
{
  const char *t = an->text.norm.data;
  int inside = 0;
  for (size_t i = an->text.sentences[s].start; i < at; ++i)
    inside ^= t[i] == '"';
  return inside;
}

int
skg_sentence_is_plan(const skg_analysis *an, size_t s, size_t from, size_t to)
{
  static const char *const cues[] = {
    "will attend", "will be attended", "will participate", "will take part", "will be held",
    "will chair", "will be chaired", "will join", "will gather", "will be visiting",
    "will visit", "will travel", "expected to", "expected at", "are expected", "is expected",
    "likely to", "set to", "plans to", "planned to", "scheduled to", "due to",
    "attending the event will be", "will be present", "would attend", "would participate",
    "invited to", "is to attend", "are to attend", "supposed to"};
  (void)s;
  return skg_find_any(an, from, to, cues, SKG_COUNT(cues));
}

static skg_status
index_sentences(skg_analysis *an)
{
  size_t n = an->text.n_sentences;
  an->sentence_mentions = malloc((n + 1) * sizeof *an->sentence_mentions);
  if (!an->sentence_mentions)
    return SKG_ERR_NOMEM;
  size_t m = 0;
  for (size_t s = 0; s < n; ++s) {
    while (m < an->mentions.count && an->mentions.items[m].span.start < an->text.sentences[s].start)
      ++m;
    an->sentence_mentions[s] = m;
  }
  an->sentence_mentions[n] = an->mentions.count;
  return SKG_OK;
}

skg_status
skg_extract(skg_analysis *an)
{
  skg_ctx *ctx = an->ctx;
  skg_status st = skg_text_build(ctx, an->doc, &an->text);
  if (st)
    return st;
  if ((st = skg_tokens_find(&an->text, &an->tokens)) ||
      (st = skg_mentions_find(ctx, &an->text, &an->tokens, &an->mentions)) ||
      (st = index_sentences(an)))
    return skg_err(ctx, st, "cannot find names: %s", skg_status_string(st));
  if (!(an->other_meeting = skg_meeting_memo_new(an->text.n_sentences)))
    return skg_err(ctx, SKG_ERR_NOMEM, "cannot extract facts: %s", skg_status_string(SKG_ERR_NOMEM));
  /* the summits first; then, for each summit in turn (one but for reports
     of several meetings), the extractors of its facts; offices once */
  typedef skg_status (*extractor)(skg_analysis *);
  static const extractor per_summit[] = {
    skg_extract_dates,  skg_extract_places,    skg_extract_chairs,
    skg_extract_attendees, skg_extract_documents, skg_extract_membership,
  };
  if ((st = skg_extract_summits(an)) || (st = skg_index_about_summit(an)))
    return skg_err(ctx, st, "cannot extract facts: %s", skg_status_string(st));
  for (an->focus = 0; an->focus < (an->n_summits ? an->n_summits : 1); ++an->focus)
    for (size_t i = 0; i < sizeof per_summit / sizeof *per_summit; ++i)
      if ((st = per_summit[i](an)))
        return skg_err(ctx, st, "cannot extract facts: %s", skg_status_string(st));
  an->focus = 0;
  if ((st = skg_extract_offices(an)))
    return skg_err(ctx, st, "cannot extract facts: %s", skg_status_string(st));
  return SKG_OK;
}

int
skg_mentions_name_summit_org(const skg_analysis *an, size_t first, size_t last)
{
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if ((m->kind == SKG_M_ORG || m->kind == SKG_M_BODY) && m->ref == an->summits[an->focus].org)
      return 1;
  }
  return 0;
}

int
skg_sentence_names_summit_org(const skg_analysis *an, size_t s)
{
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  return skg_mentions_name_summit_org(an, first, last);
}

int
skg_year_before_in(const skg_analysis *an, skg_span part, int year)
{
  const char *t = an->text.norm.data;
  for (size_t i = part.start; year && i + 4 <= part.end; ++i) {
    if ((i > part.start && isalnum((unsigned char)t[i - 1])) || (i + 4 < part.end && isalnum((unsigned char)t[i + 4])))
      continue;
    if (!isdigit((unsigned char)t[i]) || !isdigit((unsigned char)t[i + 1]) || !isdigit((unsigned char)t[i + 2]) ||
        !isdigit((unsigned char)t[i + 3]))
      continue;
    int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    if (y >= 1900 && y < year)
      return 1;
  }
  return 0;
}
