/* text.c - the second stage: normalise the report's text and split it into
   sentences, keeping for every normalised byte where it came from, so that
   each fact's evidence can point at the original bytes (and code points).
   It knows nothing of names or facts. */
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void
skg_text_init(skg_text *t)
{
  memset(t, 0, sizeof *t);
  skg_buf_init(&t->norm, 0);
}

void
skg_text_release(skg_text *t)
{
  skg_buf_release(&t->norm);
  free(t->lower);
  free(t->word_blocks);
  free(t->orig_start);
  free(t->orig_end);
  free(t->sentences);
  free(t->checkpoints);
  skg_text_init(t);
}

/* Whitespace: ASCII blanks, NBSP, the Unicode spaces, line and paragraph separators. */
static size_t
space_len(const unsigned char *s, size_t len, int *newline)
{
  if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\f' || s[0] == '\v')
    return 1;
  if (s[0] == '\n') {
    *newline = 1;
    return 1;
  }
  if (len >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
    return 2;
  if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
      ((s[2] >= 0x80 && s[2] <= 0x8B) || s[2] == 0xAF)) /* U+2000..200B, U+202F */
    return 3;
  if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
    *newline = 1;
    return 3;
  }
  if (len >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) /* ideographic space */
    return 3;
  return 0;
}

/* Curly quotes and primes become ASCII quotes: the patterns then need one form. */
static char
quote_replacement(const unsigned char *s, size_t len)
{
  if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
    switch (s[2]) {
    case 0x98: case 0x99: case 0x9B: case 0xB2: return '\'';
    case 0x9C: case 0x9D: case 0x9F: case 0xB3: return '"';
    }
  }
  if (len >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB))
    return '"';
  return 0;
}

static skg_status
emit(skg_text *t, const char *p, size_t n, size_t from, size_t to)
{
  /* most calls are of one byte with room to spare: no call for those */
  if (n == 1 && t->norm.len + 2 <= t->norm.cap && (!t->norm.max || t->norm.len + 1 <= t->norm.max)) {
    t->norm.data[t->norm.len++] = *p;
    t->norm.data[t->norm.len] = '\0';
  } else {
    skg_status st = skg_buf_append(&t->norm, p, n);
    if (st)
      return st;
  }
  for (size_t k = t->norm.len - n; k < t->norm.len; ++k) {
    t->orig_start[k] = from;
    t->orig_end[k] = to;
  }
  return SKG_OK;
}

/* A line of a page's furniture in text taken from a PDF: a rule
   ("-------") or a running header or footer with its page number ("ACTO -
   Report of the VI Meeting    Page 1 of 4").  Its length, or 0. */
static size_t
page_furniture(const unsigned char *s, size_t len)
{
  const unsigned char *nl = memchr(s, '\n', len);
  size_t n = nl ? (size_t)(nl - s) : len, rule = 0, other = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '-' || s[i] == '=' || s[i] == '_')
      ++rule;
    else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      ++other;
  }
  if (rule >= 5 && !other)
    return n;
  /* a web page's links to other pages: "Related: ...", "Read more: ...", "See also: ..." */
  static const char *const links[] = {"Related:", "Read more:", "Read also:", "See also:", "Related articles:"};
  for (size_t i = 0; i < sizeof links / sizeof *links; ++i)
    if (n >= strlen(links[i]) && !strncmp((const char *)s, links[i], strlen(links[i])))
      return n;
  for (size_t i = 0; i + 10 <= n; ++i) {
    /* to the line's next 'P' at once: a strncmp() at every byte was a call
       a byte of the report */
    const unsigned char *cap = memchr(s + i, 'P', n - 9 - i);
    if (!cap)
      break;
    i = (size_t)(cap - s);
    if (memcmp(s + i, "Page ", 5) || (i > 0 && isalnum(s[i - 1])))
      continue;
    size_t j = i + 5, d = 0;
    while (j < n && isdigit(s[j]))
      ++j, ++d;
    if (!d || j + 4 > n || strncmp((const char *)s + j, " of ", 4))
      continue;
    j += 4;
    size_t e = 0;
    while (j < n && isdigit(s[j]))
      ++j, ++e;
    while (j < n && (s[j] == ' ' || s[j] == '\r'))
      ++j;
    if (e && j == n)
      return n; /* the page number ends the line */
  }
  return 0;
}

/* Does the last line of norm [0, len) hold dot leaders ("Belarus ......... President A")? */
static int
dot_leaders(const char *n, size_t len)
{
  for (size_t i = len; i > 0 && n[i - 1] != '\n'; --i)
    if (i >= 3 && n[i - 1] == '.' && n[i - 2] == '.' && n[i - 3] == '.')
      return 1;
  return 0;
}

/* Does the line that ends the text so far go on in the next one, which
   opens with a capital?  A hard-wrapped page breaks a sentence anywhere:
   after "of" or "the" ("... Republic of / Suriname"), or after a comma on a
   long line of the page, `line_len` bytes ("... in Paramaribo, / Republic of
   Suriname, on 12 ..."); not a
   speech's salutations, one to a line ("..., President of X, / Your
   Excellency B"). */
static int
wrapped_line_goes_on(const skg_text *t, size_t line_len, size_t indent, const unsigned char *next, size_t next_len)
{
  static const char *const open_ended[] = {" of", " the", " and", " to", " in", " at", " on", " for",
                                           " by", " with", " from", " a", " an"};
  static const char *const salutations[] = {"Your ", "Excellenc", "Honourable", "Honorable", "Distinguished",
                                            "Ladies", "Dear ", "Mr", "Madam", "His ", "Her ", "Friends",
                                            "Colleagues", "Brothers", "Sisters", "Members"};
  const char *n = t->norm.data;
  size_t len = t->norm.len;
  /* each word is led by its space, so it cannot reach back over a line break */
  for (size_t i = 0; i < SKG_COUNT(open_ended); ++i) {
    size_t w = strlen(open_ended[i]);
    if (len > w && !memcmp(n + len - w, open_ended[i], w))
      return 1;
  }
  /* a long line that ends in a word, over an indented one: a paragraph of
     a PDF's text laid out with a hanging indent ("... President of the Euro
     /         Summit and ..."), not a list's rows with dot leaders */
  if (line_len >= 75 && indent >= 4 && isalnum((unsigned char)n[len - 1]) && !dot_leaders(n, len))
    return 1;
  if (line_len < 55 || n[len - 1] != ',')
    return 0; /* the line as the page lays it out, with its columns' spaces */
  for (size_t i = 0; i < SKG_COUNT(salutations); ++i)
    if (next_len >= strlen(salutations[i]) && !memcmp(next, salutations[i], strlen(salutations[i])))
      return 0;
  return 1;
}

/* Does the text so far end in a letter and a hyphen ("Ama-")? */
static int
line_end_hyphen(const skg_text *t)
{
  size_t n = t->norm.len;
  return n >= 2 && t->norm.data[n - 1] == '-' && isalpha((unsigned char)t->norm.data[n - 2]);
}

static skg_status
normalise(const skg_doc *doc, skg_text *t)
{
  const unsigned char *s = (const unsigned char *)doc->text.data;
  size_t len = doc->text.len;
  /* the normalised text is never longer than the original */
  t->orig_start = malloc((len + 1) * sizeof *t->orig_start);
  t->orig_end = malloc((len + 1) * sizeof *t->orig_end);
  if (!t->orig_start || !t->orig_end)
    return SKG_ERR_NOMEM;
  t->body_start = (size_t)-1;
  skg_status st = SKG_OK;
  size_t line_start = 0; /* where the line being read began, in the original */
  for (size_t i = 0; i < len && !st;) {
    if (i >= doc->body_start && t->body_start == (size_t)-1)
      t->body_start = t->norm.len;
    /* the first line of page furniture; the others are met after a line break below */
    size_t furniture = i == 0 ? page_furniture(s, len) : 0;
    if (furniture) {
      i += furniture; /* the line break after it stays */
      continue;
    }
    int newline = 0;
    size_t n = space_len(s + i, len - i, &newline);
    if (n) {
      size_t from = i, run_line_start = line_start;
      int newlines = 0;
      while (i < len && (n = space_len(s + i, len - i, &newline))) {
        newlines += newline;
        i += n;
        /* an indented line of page furniture is blank too */
        if (newline && s[i - 1] == '\n' && i < len) {
          line_start = i;
          i += page_furniture(s + i, len - i);
        }
        newline = 0;
      }
      if (!t->norm.len || i >= len)
        continue; /* no leading or trailing blanks */
      if (newlines == 1 && line_end_hyphen(t) && isalpha(s[i])) {
        /* a word a hard-wrapped page breaks at the line's end: "Ama-/zon" is
           "Amazon", "Ruiz-/Tagle" is "Ruiz-Tagle" */
        if (islower(s[i]))
          --t->norm.len;
        continue;
      }
      /* One line break ends a sentence unless the next line goes on in
         lowercase: hard-wrapped paragraphs read on, headings and list lines do not. */
      char c = newlines >= 2 || (newlines == 1 && !islower(s[i]) &&
                                 !wrapped_line_goes_on(t, from - run_line_start, i - line_start, s + i, len - i))
                 ? '\n'
                 : ' ';
      if (t->norm.data[t->norm.len - 1] == '\n')
        continue; /* the break before a line of page furniture dropped */
      st = emit(t, &c, 1, from, i);
      continue;
    }
    char q = quote_replacement(s + i, len - i);
    if (q) {
      st = emit(t, &q, 1, i, i + 3 - (s[i] == 0xC2));
      i += 3 - (s[i] == 0xC2);
      continue;
    }
    size_t k = skg_utf8_valid_seq(s + i, len - i);
    if (!k)
      k = 1;
    for (size_t b = 0; b < k && !st; ++b)
      st = emit(t, (const char *)s + i + b, 1, i, i + k);
    i += k;
  }
  if (t->body_start == (size_t)-1)
    t->body_start = t->norm.len;
  t->orig_start[t->norm.len] = t->orig_end[t->norm.len] = len;
  return st;
}

static int
is_abbreviation(const char *s, size_t dot)
{
  static const char *const abbrev[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "Jr",
    "Sr", "vs", "etc", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Mt", "Sgt", "Rt", "Hon", "Excy", "Engr", "Hon'ble", "Capt", "Adm", "Pres", "Amb", "approx", "Inc", "Ltd",
    "Co", "Corp", "Nos", "Art", "para", "Vol", "e.g", "i.e", "a.m", "p.m"};
  size_t b = dot;
  while (b > 0 && (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.'))
    --b;
  size_t n = dot - b;
  if (n == 1 && isupper((unsigned char)s[b]))
    return 1; /* an initial: "U.S.", "J. Smith" */
  if (n >= 3 && s[dot - 2] == '.')
    return 1; /* "U.S", "e.g" */
  for (size_t i = 0; i < sizeof abbrev / sizeof *abbrev; ++i)
    if (strlen(abbrev[i]) == n && !memcmp(s + b, abbrev[i], n))
      return 1;
  return 0;
}

/* Past this many bytes a "sentence" is cut at a comma or a space: real
   sentences are shorter, and the extractors' work on each sentence must stay
   bounded so that a megabyte on one line costs linear time. */
#define LONG_SENTENCE 1200
#define MAX_SENTENCE 2400

static skg_status add_sentence(skg_text *t, size_t start, size_t end);

static skg_status
add_long_sentence(skg_text *t, size_t start, size_t end)
{
  const char *s = t->norm.data;
  while (end - start > MAX_SENTENCE) {
    size_t cut = 0;
    for (size_t i = start + LONG_SENTENCE; i < start + MAX_SENTENCE && !cut; ++i)
      if ((s[i] == ',' || s[i] == ';') && s[i + 1] == ' ')
        cut = i + 1;
    for (size_t i = start + MAX_SENTENCE; !cut && i > start + LONG_SENTENCE; --i)
      if (s[i] == ' ')
        cut = i;
    if (!cut)
      cut = start + MAX_SENTENCE;
    /* never inside a UTF-8 sequence */
    while (cut > start + 1 && ((unsigned char)s[cut] & 0xC0) == 0x80)
      --cut;
    skg_status st = add_sentence(t, start, cut);
    if (st)
      return st;
    start = cut;
  }
  return add_sentence(t, start, end);
}

static skg_status
add_sentence(skg_text *t, size_t start, size_t end)
{
  const char *s = t->norm.data;
  if (end - start > MAX_SENTENCE)
    return add_long_sentence(t, start, end);
  while (start < end && (s[start] == ' ' || s[start] == '\n'))
    ++start;
  while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n'))
    --end;
  if (start == end)
    return SKG_OK;
  if (t->n_sentences == t->cap_sentences) {
    size_t cap = t->cap_sentences ? 2 * t->cap_sentences : 32;
    skg_span *p = realloc(t->sentences, cap * sizeof *p);
    if (!p)
      return SKG_ERR_NOMEM;
    t->sentences = p;
    t->cap_sentences = cap;
  }
  t->sentences[t->n_sentences++] = (skg_span){start, end};
  return SKG_OK;
}

/* Where the sentence ending at the terminator s[i] really ends (after closing
   quotes and brackets), or 0 if s[i] does not end a sentence. */
static size_t
sentence_end(const char *s, size_t len, size_t i)
{
  size_t j = i + 1;
  while (j < len && (s[j] == '"' || s[j] == '\'' || s[j] == ')'))
    ++j;
  /* an encyclopedia's footnote marks after the stop: "in March 2027.[2][3] The" */
  while (j + 2 < len && s[j] == '[' && isdigit((unsigned char)s[j + 1])) {
    size_t k = j + 1;
    while (k < len && isdigit((unsigned char)s[k]))
      ++k;
    if (k >= len || s[k] != ']')
      break;
    j = k + 1;
  }
  if (j >= len)
    return j;
  if (s[i] == '.' && is_abbreviation(s, i))
    return 0;
  if (s[j] == ' ') {
    size_t k = j + 1;
    unsigned char c = (unsigned char)s[k];
    if (k < len && (isupper(c) || isdigit(c) || c == '"' || c == '\'' || c == '(' || c >= 0x80))
      return j;
    return 0;
  }
  /* "da Silva.Leaders of": a scraped text lost the space */
  if (s[i] == '.' && j == i + 1 && i > 0 && islower((unsigned char)s[i - 1]) &&
      isupper((unsigned char)s[j]) && j + 1 < len && islower((unsigned char)s[j + 1]))
    return j;
  return 0;
}

static skg_status
split(skg_text *t)
{
  const char *s = t->norm.data;
  size_t len = t->norm.len, start = 0;
  for (size_t i = 0; i < len; ++i) {
    size_t end = 0;
    if (s[i] == '\n')
      end = i;
    else if (s[i] == '.' || s[i] == '!' || s[i] == '?')
      end = sentence_end(s, len, i);
    /* a header line ends where the body starts */
    else if (i == t->body_start && i > start)
      end = i;
    if (!end)
      continue;
    skg_status st = add_sentence(t, start, end);
    if (st)
      return st;
    start = end;
    i = end > i ? end - 1 : i;
  }
  return add_sentence(t, start, len);
}

/* Evidence counts code points from the start of the report: one count per
   block, so that each offset costs a block, not the whole report. */
static skg_status
index_codepoints(const skg_doc *doc, skg_text *t)
{
  size_t n = doc->text.len / SKG_CP_STEP + 1;
  t->orig = doc->text.data;
  t->checkpoints = malloc(n * sizeof *t->checkpoints);
  if (!t->checkpoints)
    return SKG_ERR_NOMEM;
  size_t cp = 0;
  for (size_t i = 0; i < n; ++i) {
    t->checkpoints[i] = cp;
    size_t from = i * SKG_CP_STEP, to = from + SKG_CP_STEP;
    if (to > doc->text.len)
      to = doc->text.len;
    cp += skg_utf8_count(doc->text.data + from, to - from);
  }
  return SKG_OK;
}

size_t
skg_text_codepoint(const skg_text *t, size_t at)
{
  size_t block = at / SKG_CP_STEP;
  return t->checkpoints[block] + skg_utf8_count(t->orig + block * SKG_CP_STEP, at - block * SKG_CP_STEP);
}

static skg_status
fold_case(skg_text *t)
{
  t->lower = malloc(t->norm.len + 1);
  if (!t->lower)
    return SKG_ERR_NOMEM;
  for (size_t i = 0; i <= t->norm.len; ++i) {
    unsigned char c = (unsigned char)t->norm.data[i];
    t->lower[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  return SKG_OK;
}

static int
phrase_word_char(unsigned char c)
{
  return isalnum(c) || c >= 0x80;
}

unsigned
skg_text_word_slot(const char *lower_word, size_t len)
{
  uint32_t h = SKG_WORD_SLOT_SEED;
  for (size_t i = 0; i < len; ++i)
    h = skg_word_slot_step(h, (unsigned char)lower_word[i]);
  return skg_word_slot_of(h);
}

static skg_status
index_words(skg_text *t)
{
  size_t n_blocks = t->norm.len / SKG_WORD_BLOCK + 1;
  t->word_blocks = calloc(n_blocks, sizeof *t->word_blocks);
  if (!t->word_blocks)
    return SKG_ERR_NOMEM;
  const unsigned char *s = (const unsigned char *)t->lower;
  for (size_t i = 0; i < t->norm.len;) {
    if (!phrase_word_char(s[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < t->norm.len && phrase_word_char(s[e]))
      ++e;
    unsigned slot = skg_text_word_slot(t->lower + i, e - i);
    t->word_blocks[i / SKG_WORD_BLOCK][slot >> 6] |= (uint64_t)1 << (slot & 63);
    i = e;
  }
  return SKG_OK;
}

int
skg_text_may_hold_word(const skg_text *t, size_t from, size_t to, unsigned slot)
{
  if (!t->word_blocks || from >= to)
    return 1;
  size_t last = (to - 1) / SKG_WORD_BLOCK;
  for (size_t b = from / SKG_WORD_BLOCK; b <= last; ++b)
    if ((t->word_blocks[b][slot >> 6] >> (slot & 63)) & 1)
      return 1;
  return 0;
}

skg_status
skg_text_build(skg_ctx *ctx, const skg_doc *doc, skg_text *t)
{
  skg_status st = index_codepoints(doc, t);
  if (!st)
    st = normalise(doc, t);
  if (!st)
    st = fold_case(t);
  if (!st)
    st = index_words(t);
  if (!st)
    st = split(t);
  if (st)
    return skg_err(ctx, st, "cannot split the report into sentences: %s", skg_status_string(st));
  return SKG_OK;
}

skg_span
skg_text_orig_span(const skg_text *t, skg_span s)
{
  if (s.end <= s.start)
    return (skg_span){t->orig_start[s.start], t->orig_start[s.start]};
  return (skg_span){t->orig_start[s.start], t->orig_end[s.end - 1]};
}

size_t
skg_text_sentence_at(const skg_text *t, size_t at)
{
  size_t lo = 0, hi = t->n_sentences;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->sentences[mid].start <= at)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}
