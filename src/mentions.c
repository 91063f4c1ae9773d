/* mentions.c - the third stage: find what the sentences name.

   Tokens come first (words, with inner hyphens, apostrophes and dots kept:
   "Kassym-Jomart", "People's", "U.S.").  Then, in this order, so that a
   later reading never takes a word an earlier one explains:
     1. dates (dates.c) and ordinals (PCRE2 JIT: "24th", "19-th",
        "twenty-fourth", "XXIV" before a capitalised word);
     2. names from the tables: countries, adjectives, organizations, summit
        bodies, offices - the longest run of tokens that is a known name;
     3. people: a run of capitalised words beside an office ("President X of
        Y", "Kazakh President X", "X, President of Y", "the President of Y,
        X") or after a possessive country ("Brazil's X Y"), then every other
        occurrence of a name already found;
     4. cities, only in what is left, so "Milan" in "President Milan X" is a
        person's name, not a city.
   It does not decide what a mention means for a summit: extractors do. */
#include "mentions_find.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct skg_patterns {
  pcre2_code       *ordinal;
  pcre2_match_data *match;
};

/* Ordinals as reports write them.  Roman numerals only before a capitalised
   word or a meeting word ("VIII Summit", "XV BRICS Summit", "the XIV ordinary
   session"), as "I" and "V" are letters too. */
static const char ordinal_pattern[] =
  "\\b(?:"
  "(?<num>\\d{1,3})-?(?:st|nd|rd|th)"
  "|(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?<unit>first|second|third|"
  "fourth|fifth|sixth|seventh|eighth|ninth)"
  "|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
  "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
  "thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
  "|(?-i:(?<roman>[XVIL]{2,8}|X|V))(?=\\s+(?-i:[A-Z])|\\s+(?:summit|meeting|session|ordinary|extraordinary|"
  "regular|special|annual|conference|assembly|plenary)\\b)"
  ")\\b";

skg_patterns *
skg_patterns_new(void)
{
  skg_patterns *p = calloc(1, sizeof *p);
  if (!p)
    return NULL;
  int err;
  PCRE2_SIZE off;
  p->ordinal = pcre2_compile((PCRE2_SPTR)ordinal_pattern, PCRE2_ZERO_TERMINATED,
                             PCRE2_CASELESS | PCRE2_UTF, &err, &off, NULL);
  if (!p->ordinal)
    goto fail;
  pcre2_jit_compile(p->ordinal, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
  if (!(p->match = pcre2_match_data_create_from_pattern(p->ordinal, NULL)))
    goto fail;
  return p;
fail:
  skg_patterns_free(p);
  return NULL;
}

void
skg_patterns_free(skg_patterns *p)
{
  if (!p)
    return;
  pcre2_match_data_free(p->match);
  pcre2_code_free(p->ordinal);
  free(p);
}

/* ---- tokens -------------------------------------------------------------- */

static int
is_dash_or_punct_utf8(const unsigned char *s, size_t len)
{
  /* U+2010..U+2027 (dashes, bullets, ellipsis) and U+00AB/BB, U+00B7 */
  return (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0xA7) ||
         (len >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB || s[1] == 0xB7));
}

static size_t
word_char_len(const unsigned char *s, size_t len)
{
  if (isalnum(s[0]))
    return 1;
  if (s[0] < 0x80 || is_dash_or_punct_utf8(s, len))
    return 0;
  size_t n = skg_utf8_valid_seq(s, len);
  return n ? n : 1;
}

static int
starts_upper(const unsigned char *s, size_t len)
{
  if (s[0] < 0x80)
    return isupper(s[0]) != 0;
  size_t n;
  uint32_t cp = skg_utf8_decode(s, len, &n);
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
    return 1;
  /* Latin Extended-A pairs capital and small letters, capital first, but the
     pairs shift by one at U+0138 and at U+0178 ("Ł", "Ž" are odd) */
  if (cp >= 0x100 && cp <= 0x137)
    return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148)
    return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177)
    return cp % 2 == 0;
  if (cp >= 0x178 && cp <= 0x17E)
    return cp == 0x178 || cp % 2 == 1;
  /* "Ș", "Ț" (Romanian); Vietnamese "Ấ", "Ệ"... (Latin Extended Additional) */
  if ((cp >= 0x218 && cp <= 0x21B) || (cp >= 0x1E00 && cp <= 0x1EFF))
    return cp % 2 == 0;
  /* Greek and Cyrillic capitals */
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

static skg_status
push_token(skg_tokens *out, skg_token tok)
{
  if (out->count == out->cap) {
    size_t cap = out->cap ? 2 * out->cap : 256;
    skg_token *p = realloc(out->items, cap * sizeof *p);
    if (!p)
      return SKG_ERR_NOMEM;
    out->items = p;
    out->cap = cap;
  }
  out->items[out->count++] = tok;
  return SKG_OK;
}

skg_status
skg_tokens_find(const skg_text *t, skg_tokens *out)
{
  const unsigned char *s = (const unsigned char *)t->norm.data;
  size_t len = t->norm.len;
  for (size_t i = 0; i < len;) {
    if (s[i] == ' ' || s[i] == '\n') {
      ++i;
      continue;
    }
    size_t n = word_char_len(s + i, len - i);
    if (!n) {
      size_t k = skg_utf8_valid_seq(s + i, len - i);
      skg_status st = push_token(out, (skg_token){{i, i + (k ? k : 1)}, 0, 0, 0});
      if (st)
        return st;
      i += k ? k : 1;
      continue;
    }
    size_t start = i, letters = 0, uppers = 0;
    while (i < len) {
      n = word_char_len(s + i, len - i);
      if (n) {
        letters += isalpha(s[i]) || s[i] >= 0x80;
        uppers += isupper(s[i]) || (s[i] >= 0x80 && starts_upper(s + i, len - i));
        i += n;
        continue;
      }
      /* inner hyphens, apostrophes and dots join word characters */
      if ((s[i] == '-' || s[i] == '\'' || s[i] == '.') && i + 1 < len &&
          word_char_len(s + i + 1, len - i - 1)) {
        /* but a dot joins only single letters: "U.S", "Japan-U.S.-ROK", not "Silva.Leaders" */
        if (s[i] == '.' && !(i - start == 1 || (i >= 2 && (s[i - 2] == '.' || s[i - 2] == '-'))))
          break;
        ++i;
        continue;
      }
      break;
    }
    /* "U.S." keeps its last dot */
    if (i < len && s[i] == '.' && i - start >= 3 && s[i - 2] == '.')
      ++i;
    skg_token tok = {{start, i}, starts_upper(s + start, len - start), 0, 1};
    tok.upper = letters >= 2 && uppers == letters;
    skg_status st = push_token(out, tok);
    if (st)
      return st;
  }
  return SKG_OK;
}

void
skg_tokens_release(skg_tokens *toks)
{
  free(toks->items);
  memset(toks, 0, sizeof *toks);
}

/* ---- mentions ------------------------------------------------------------ */

void
skg_mentions_release(skg_mentions *ms)
{
  free(ms->items);
  for (size_t i = 0; i < ms->n_orgs; ++i) {
    free(ms->orgs[i].id);
    free(ms->orgs[i].name);
    free(ms->orgs[i].acronym);
    free(ms->orgs[i].alt);
  }
  free(ms->orgs);
  memset(ms, 0, sizeof *ms);
}

skg_org_names
skg_org_names_of(const skg_tables *t, const skg_mentions *ms, int ref)
{
  if (ref >= 0 && (size_t)ref < t->n_orgs)
    return (skg_org_names){t->orgs[ref].id, t->orgs[ref].name, t->orgs[ref].acronym, NULL};
  const skg_found_org *o = &ms->orgs[ref - ms->org_base];
  return (skg_org_names){o->id, o->name, o->acronym, o->alt};
}

static skg_status
push_mention(skg_mentions *out, skg_mention m)
{
  if (out->count == out->cap) {
    size_t cap = out->cap ? 2 * out->cap : 64;
    skg_mention *p = realloc(out->items, cap * sizeof *p);
    if (!p)
      return SKG_ERR_NOMEM;
    out->items = p;
    out->cap = cap;
  }
  out->items[out->count++] = m;
  return SKG_OK;
}

skg_mention
finder_new_mention(skg_mention_kind kind, int ref, skg_span span)
{
  skg_mention m;
  memset(&m, 0, sizeof m);
  m.kind = kind;
  m.ref = ref;
  m.span = span;
  m.office = -1;
  m.jur_kind = -1;
  m.jur_ref = -1;
  m.extent = span;
  return m;
}

/* Capitalised words that begin a sentence or a title more often than they
   name anything (skg_is_common_capitalized() below). */
static const char *const common_words[] = {
    "A", "About", "According", "Acting", "Additionally", "After", "Ahead", "Also", "Although",
    "Among", "An", "And", "Any", "Apart", "As", "At", "Before", "Both", "But", "By", "Chairman",
    "Chinese", "Council", "Declaration", "Deputy", "During", "Earlier", "Either", "Executive",
    "Following", "For", "Foreign", "Former", "From", "Furthermore", "General", "Government",
    "He", "Head", "Heads", "Her", "His", "However", "If", "In", "It", "Its", "King", "Later",
    "Leaders", "Leader", "Meanwhile", "Meeting", "Member", "Minister", "Ministry", "Moreover",
    "Mr", "Mrs", "Ms", "My", "News", "No", "Not", "Noting", "On", "Once", "Our", "Over", "Photo",
    "Premier", "President", "Presidents", "Prime", "Reporter", "Republic", "Secretary", "She",
    "Since", "So", "Source", "Speaking", "State", "States", "Summit", "Still", "Such", "That",
    "The", "Their", "Then", "There", "These", "They", "This", "Those", "Through", "To", "Today",
    "Together", "Under", "Union", "Vice", "We", "What", "When", "Where", "While", "Who", "With",
    "Yesterday", "You", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Session", "Forum", "Organization",
    "Organisation", "Cooperation", "Committee", "Assembly", "Conference", "Agency", "Office",
    "Palace", "Hall", "Centre", "Center", "Day", "Year", "Spirit", "Road", "Belt", "Global",
    "South", "North", "East", "West", "Central", "International", "National", "United",
    "Nations", "Group", "Bank", "Fund", "Agreement", "Treaty", "Charter", "Program", "Programme",
    "Plan", "Strategy", "Initiative", "Statement", "Joint", "Communique", "Reuters", "Xinhua",
    "Twitter", "Facebook", "Telegram", "Instagram", "Report", "Reports", "Daily", "Times",
    "Post", "Press", "Media", "Topics", "Date", "Chairmanship", "Presidency", "Chair", "Host",
    "Parliament", "Senate", "Congress", "Cabinet", "Embassy", "Airport", "Hotel", "Street",
    "Square", "Avenue", "Building", "Tower", "Park", "House", "Residence", "Museum",
    "University", "Institute", "Council's", "Heads'", "Leaders'", "Ukrainian", "Cold", "War",
    "Revolution", "Velvet", "Caravan", "Friendship", "Family", "Earth", "One", "Future",
    "Every", "All", "Each", "Many", "Several", "Some", "Other", "Others", "Speaker", "Official",
    "Officials", "Analysts", "Observers", "Sources", "Editor", "By", "Via", "Online", "Video",
    "Live", "Update", "Breaking", "Exclusive", "Opinion", "Analysis", "Economy", "Business",
    "Politics", "World", "Asia", "Europe", "Africa", "America", "Americas", "Oceania",
    "Middle", "Near", "Far", "Caspian", "Black", "Sea", "Ocean", "Gulf", "Pacific", "Atlantic",
    "Arctic", "Indian", "Islamic", "People's", "Federal", "Democratic", "Kingdom", "Emirates",
    "Arab", "Supreme", "Collective", "Security", "Economic", "Eurasian", "Commonwealth",
    "Independent", "Turkic", "Speaking", "Shanghai", "Council", "Secretariat", "Commission",
    "Parliamentary", "Heads", "Prosecutor", "Ambassador", "Envoy", "Special", "Representative",
    "Spokesperson", "Spokesman", "Spokeswoman", "Minister's", "President's", "PM", "Dr",
    "Sir", "Madam", "Lady", "Lord", "His", "Her", "Majesty", "Excellency", "Highness",
    "Acting", "Interim", "Elect", "Crown", "Prince", "Princess", "Sheikh", "Emir", "Sultan",
    "Queen", "Affairs", "Ministers", "Staff", "Executive", "Presidential", "Revolutionary",
    "Trade", "Finance", "Defence", "Defense", "Interior", "Integration", "Relations",
    "Development", "Customs", "Revenue", "Planning", "Justice", "Health", "Education",
    "Agriculture", "Energy", "Transport", "Environment", "Labour", "Industry", "Investment",
    "Tourism", "Culture", "Information", "Communications", "Economy", "Treasury", "Delegate",
    "Designate", "Permanent", "Plenipotentiary", "Extraordinary", "Overseas",
};

/* common_words hashed once, on first use, behind pthread_once(): a scan of
   the list was 3% of a run, the mention stage asking of every capitalised
   word.  Immutable once built, so threads may share it.  A slot holds a
   word's index + 1, 0 when empty; the table is at least twice the list. */
enum { COMMON_SLOTS = 1024 };
_Static_assert(2 * SKG_COUNT(common_words) <= COMMON_SLOTS, "common_words outgrew its table");
static uint16_t common_slot[COMMON_SLOTS];
static uint8_t  common_len[SKG_COUNT(common_words)];
static pthread_once_t common_once = PTHREAD_ONCE_INIT;

static size_t
common_hash(const unsigned char *w, size_t len)
{
  size_t h = len * 131u + w[0] * 31u + w[len - 1] * 7u + (len > 1 ? w[1] * 17u : 0);
  return (h ^ h >> 5) & (COMMON_SLOTS - 1);
}

static void
common_build(void)
{
  for (size_t i = 0; i < SKG_COUNT(common_words); ++i) {
    size_t len = strlen(common_words[i]);
    common_len[i] = (uint8_t)len;
    size_t h = common_hash((const unsigned char *)common_words[i], len);
    while (common_slot[h])
      h = (h + 1) & (COMMON_SLOTS - 1);
    common_slot[h] = (uint16_t)(i + 1);
  }
}

int
skg_is_common_capitalized(const char *w, size_t len)
{
  if (len == 0 || len > UINT8_MAX)
    return 0;
  pthread_once(&common_once, common_build);
  for (size_t h = common_hash((const unsigned char *)w, len); common_slot[h]; h = (h + 1) & (COMMON_SLOTS - 1)) {
    size_t i = common_slot[h] - 1u;
    if (common_len[i] == len && !memcmp(common_words[i], w, len))
      return 1;
  }
  return 0;
}

/* Tokens [a, b) are joined by single spaces (or nothing, for "St." ".")? */
int
finder_contiguous(const finder *f, size_t a, size_t b)
{
  if (b > f->toks->count)
    b = f->toks->count; /* a range past the sentence's end is judged on what there is */
  for (size_t i = a + 1; i < b; ++i) {
    size_t gap = f->toks->items[i].span.start - f->toks->items[i - 1].span.end;
    if (gap > 1 || (gap == 1 && f->text->norm.data[f->toks->items[i - 1].span.end] != ' '))
      return 0;
  }
  return 1;
}

int
finder_free_run(const finder *f, size_t a, size_t b)
{
  for (size_t i = a; i < b; ++i)
    if (f->owner[i] >= 0)
      return 0;
  return 1;
}

skg_status
finder_claim(finder *f, size_t a, size_t b, skg_mention m)
{
  skg_status st = push_mention(f->out, m);
  if (st)
    return st;
  for (size_t i = a; i < b; ++i)
    f->owner[i] = (int)f->out->count - 1;
  return SKG_OK;
}

/* Preference when one name reads several ways: organizations and bodies,
   then countries, adjectives, offices, and cities last. */
static int
reading_rank(skg_name_kind k)
{
  switch (k) {
  case SKG_NAME_ORG: return 6;
  case SKG_NAME_BODY: return 5;
  case SKG_NAME_COUNTRY: return 4;
  case SKG_NAME_ADJECTIVE: return 3;
  case SKG_NAME_OFFICE: return 2;
  case SKG_NAME_CITY: return 1;
  }
  return 0;
}

/* Look up s[0..len) as written, then (for "BISHKEK", "NEW DELHI") title-cased. */
static size_t
lookup(const finder *f, const char *s, size_t len, int upper, skg_name_ref *refs, size_t max)
{
  size_t n = skg_tables_lookup(f->ctx->tables, s, len, refs, max);
  if (n || !upper || len > 127)
    return n;
  char title[128];
  for (size_t i = 0; i < len; ++i)
    title[i] = (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-') ? s[i] : (char)tolower((unsigned char)s[i]);
  return skg_tables_lookup(f->ctx->tables, title, len, refs, max);
}

/* "Saarc", "Asean", "Nato": an organization's acronym written as a word.
   Only organizations read so, and only words of four letters or more
   ("Nam" is a name). */
static size_t
title_case_acronym(const finder *f, size_t i, skg_name_ref *refs, size_t max)
{
  const char *s = tok_text(f, i);
  size_t len = tok_len(f, i);
  char up[16];
  if (len < 4 || len >= sizeof up || !isupper((unsigned char)s[0]))
    return 0;
  for (size_t k = 0; k < len; ++k) {
    if (k && !islower((unsigned char)s[k]))
      return 0;
    up[k] = (char)toupper((unsigned char)s[k]);
  }
  skg_name_ref all[8];
  size_t n = skg_tables_lookup(f->ctx->tables, up, len, all, 8), kept = 0;
  for (size_t k = 0; k < n && k < 8 && kept < max; ++k)
    if (all[k].kind == SKG_NAME_ORG)
      refs[kept++] = all[k];
  return kept;
}

/* The best reading of tokens [a, b) among `kinds` (a bit set of skg_name_kind). */
int
finder_best_reading(const finder *f, size_t a, size_t b, unsigned kinds, int *possessive, skg_name_ref *best)
{
  const char *s = tok_text(f, a);
  size_t len = f->toks->items[b - 1].span.end - f->toks->items[a].span.start;
  int upper = 1;
  for (size_t i = a; i < b; ++i)
    upper &= f->toks->items[i].upper || !f->toks->items[i].word;
  skg_name_ref refs[32];
  *possessive = 0;
  size_t n = lookup(f, s, len, upper, refs, 32);
  if (!n && len > 2 && s[len - 2] == '\'' && s[len - 1] == 's') {
    n = lookup(f, s, len - 2, upper, refs, 32);
    *possessive = n > 0;
  } else if (!n && len > 1 && s[len - 1] == '\'') {
    n = lookup(f, s, len - 1, upper, refs, 32);
    *possessive = n > 0;
  }
  if (!n && b == a + 1)
    n = title_case_acronym(f, a, refs, 32);
  int found = 0;
  for (size_t i = 0; i < n && i < 32; ++i) {
    if (!(kinds & (1u << refs[i].kind)))
      continue;
    /* among cities of one name, the most populous */
    if (found && refs[i].kind == SKG_NAME_CITY && best->kind == SKG_NAME_CITY &&
        f->ctx->tables->cities[refs[i].row].population > f->ctx->tables->cities[best->row].population) {
      *best = refs[i];
      continue;
    }
    if (!found || reading_rank(refs[i].kind) > reading_rank(best->kind)) {
      *best = refs[i];
      found = 1;
    }
  }
  return found;
}

static skg_mention_kind
mention_kind_of(skg_name_kind k)
{
  switch (k) {
  case SKG_NAME_COUNTRY: return SKG_M_COUNTRY;
  case SKG_NAME_ADJECTIVE: return SKG_M_ADJECTIVE;
  case SKG_NAME_CITY: return SKG_M_CITY;
  case SKG_NAME_ORG: return SKG_M_ORG;
  case SKG_NAME_BODY: return SKG_M_BODY;
  case SKG_NAME_OFFICE: return SKG_M_OFFICE;
  }
  return SKG_M_COUNTRY;
}

/* Longest known names first, left to right, among `kinds`. */
/* Is the body name at tokens [a, b) only part of a longer name that is not
   its organization's: "the Andean Presidential Council" (not the Maghreb
   Union's Presidential Council), "the Meeting of Presidents of the States
   Parties to the Amazon Cooperation Treaty"?  "the CSTO Collective Security
   Council" and "the Council of Heads of State of the SCO" are its own. */
static int
body_inside_longer_name(const finder *f, size_t a, size_t b, int org)
{
  skg_name_ref ref;
  int possessive;
  if (a > 0 && f->toks->items[a - 1].word && f->toks->items[a - 1].cap && finder_contiguous(f, a - 1, b) &&
      f->owner[a - 1] < 0 && !tok_is(f, a - 1, "The") && f->toks->items[a - 1].span.start > 0) {
    /* a capitalised word before it, unless that word opens the sentence */
    const char *t = f->text->norm.data;
    size_t at = f->toks->items[a - 1].span.start;
    while (at > 0 && t[at - 1] == ' ')
      --at;
    if (at > 0 && t[at - 1] != '.' && t[at - 1] != '\n' && t[at - 1] != ':' && t[at - 1] != '"')
      return 1;
  }
  if (!tok_is(f, b, "of") || b + 1 >= f->toks->count)
    return 0;
  size_t w = b + 1 + tok_is(f, b + 1, "the");
  if (w >= f->toks->count || !f->toks->items[w].cap)
    return 0;
  for (size_t e = w + 1; e <= f->toks->count && e <= w + 8; ++e)
    if (finder_contiguous(f, w, e) && finder_best_reading(f, w, e, 1u << SKG_NAME_ORG, &possessive, &ref) &&
        ref.row == org)
      return 0;
  return 1;
}

static skg_status
find_names(finder *f, unsigned kinds)
{
  size_t max_words = f->ctx->tables->max_words;
  for (size_t i = 0; i < f->toks->count; ++i) {
    const skg_token *t = &f->toks->items[i];
    if (!t->word || (!t->cap && !isdigit((unsigned char)tok_text(f, i)[0])) || f->owner[i] >= 0)
      continue;
    /* a name spans at most max_words words, and the punctuation between them */
    size_t limit = i, words = 0;
    while (limit < f->toks->count && words < max_words + 2 && f->owner[limit] < 0) {
      words += f->toks->items[limit].word;
      ++limit;
    }
    for (size_t b = limit; b > i; --b) {
      if (!f->toks->items[b - 1].word || !finder_contiguous(f, i, b))
        continue;
      skg_name_ref ref = {SKG_NAME_COUNTRY, -1};
      int possessive;
      if (!finder_best_reading(f, i, b, kinds, &possessive, &ref))
        continue;
      /* a lone common word ("Union", "Mission") is not a city */
      if (ref.kind == SKG_NAME_CITY && b - i == 1 && skg_is_common_capitalized(tok_text(f, i), tok_len(f, i)))
        continue;
      if (ref.kind == SKG_NAME_BODY && body_inside_longer_name(f, i, b, ref.row))
        break;
      skg_mention m = finder_new_mention(mention_kind_of(ref.kind), ref.row,
                                  (skg_span){t->span.start, f->toks->items[b - 1].span.end});
      m.possessive = possessive;
      skg_status st = finder_claim(f, i, b, m);
      if (st)
        return st;
      i = b - 1;
      break;
    }
  }
  return SKG_OK;
}

static skg_status
find_dates(finder *f)
{
  const char *s = f->text->norm.data;
  for (size_t i = 0; i < f->toks->count; ++i) {
    const skg_token *t = &f->toks->items[i];
    if (!t->word || f->owner[i] >= 0)
      continue;
    const char *p = s + t->span.start;
    int word_day;
    if (!isdigit((unsigned char)*p) && !skg_month_from_name(p, tok_len(f, i)) &&
        !skg_day_word(p, f->text->norm.len - t->span.start, &word_day))
      continue;
    skg_date d;
    size_t n = skg_date_parse(p, f->text->norm.len - t->span.start, &d);
    if (!n)
      continue;
    size_t end = t->span.start + n, b = i;
    while (b < f->toks->count && f->toks->items[b].span.start < end)
      ++b;
    skg_mention m = finder_new_mention(SKG_M_DATE, -1, (skg_span){t->span.start, end});
    m.date = d;
    skg_status st = finder_claim(f, i, b, m);
    if (st)
      return st;
    i = b - 1;
  }
  return SKG_OK;
}

static long
roman_value(const char *s, size_t len)
{
  long total = 0, prev = 0;
  for (size_t i = len; i-- > 0;) {
    long v = s[i] == 'I' ? 1 : s[i] == 'V' ? 5 : s[i] == 'X' ? 10 : s[i] == 'L' ? 50 : 0;
    if (!v)
      return 0;
    total += v < prev ? -v : v;
    if (v > prev)
      prev = v;
  }
  return total;
}

static long
ordinal_word_value(const char *s, size_t len)
{
  static const char *const words[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  static const char *const tens[] = {"twent", "thirt", "fort", "fift", "sixt", "sevent",
                                     "eight", "ninet"};
  for (size_t i = 0; i < sizeof words / sizeof *words; ++i)
    if (strlen(words[i]) == len && !strncasecmp(words[i], s, len))
      return (long)i + 1;
  for (size_t i = 0; i < sizeof tens / sizeof *tens; ++i)
    if (!strncasecmp(tens[i], s, strlen(tens[i])))
      return 20 + 10 * (long)i;
  return 0;
}

static long
group_value(pcre2_match_data *md, pcre2_code *re, const char *s, const char *group,
            long (*value)(const char *, size_t))
{
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)group);
  if (n < 0 || ov[2 * n] == PCRE2_UNSET)
    return -1;
  return value(s + ov[2 * n], ov[2 * n + 1] - ov[2 * n]);
}

static long
decimal_value(const char *s, size_t len)
{
  long v = 0;
  for (size_t i = 0; i < len; ++i)
    v = v * 10 + (s[i] - '0');
  return v;
}

static skg_status
find_ordinals(finder *f)
{
  skg_patterns *p = f->ctx->patterns;
  const char *s = f->text->norm.data;
  size_t len = f->text->norm.len, at = 0, tok = 0;
  while (at < len) {
    int rc = pcre2_match(p->ordinal, (PCRE2_SPTR)s, len, at, 0, p->match, NULL);
    if (rc < 0)
      break; /* no match, or a limit hit: either way no more ordinals */
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->match);
    size_t start = ov[0], end = ov[1];
    at = end > start ? end : start + 1;
    long v;
    if ((v = group_value(p->match, p->ordinal, s, "num", decimal_value)) < 0 &&
        (v = group_value(p->match, p->ordinal, s, "roman", roman_value)) < 0 &&
        (v = group_value(p->match, p->ordinal, s, "word", ordinal_word_value)) < 0) {
      long tens = group_value(p->match, p->ordinal, s, "tens", ordinal_word_value);
      long unit = group_value(p->match, p->ordinal, s, "unit", ordinal_word_value);
      v = tens > 0 && unit > 0 ? tens + unit : 0;
    }
    if (v <= 0)
      continue;
    while (tok < f->toks->count && f->toks->items[tok].span.end <= start)
      ++tok;
    size_t b = tok;
    while (b < f->toks->count && f->toks->items[b].span.start < end)
      ++b;
    if (b == tok || !finder_free_run(f, tok, b))
      continue;
    /* "First Vice President", "First Deputy Prime Minister": part of an office */
    if (b < f->toks->count && isupper((unsigned char)s[start]) && isalpha((unsigned char)s[start]) &&
        (tok_is(f, b, "Vice") || tok_is(f, b, "Deputy") || tok_is(f, b, "Lady") ||
         tok_is(f, b, "Secretary") || tok_is(f, b, "Minister") || tok_is(f, b, "Vice-President")))
      continue;
    skg_mention m = finder_new_mention(SKG_M_ORDINAL, -1, (skg_span){start, end});
    m.value = v;
    skg_status st = finder_claim(f, tok, b, m);
    if (st)
      return st;
  }
  return SKG_OK;
}

size_t
finder_first_token(const finder *f, int m)
{
  /* tokens are in text order: the first at or after the mention's start,
     found by halving rather than by a scan from the report's first token */
  size_t at = f->out->items[m].span.start, lo = 0, hi = f->toks->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (f->toks->items[mid].span.start < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < f->toks->count && f->owner[lo] == m)
    return lo;
  for (lo = 0; lo < f->toks->count && f->owner[lo] != m; ++lo)
    ; /* a mention whose span was trimmed: look everywhere */
  return lo;
}

size_t
finder_end_token(const finder *f, int m)
{
  size_t i = finder_first_token(f, m);
  while (i < f->toks->count && f->owner[i] == m)
    ++i;
  return i;
}

static int
by_start(const void *a, const void *b)
{
  const skg_mention *x = a, *y = b;
  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return 0;
}

/* Drop the readings that a person's name replaced (marked with end 0). */
static void
compact(skg_mentions *ms)
{
  size_t w = 0;
  for (size_t r = 0; r < ms->count; ++r)
    if (ms->items[r].span.end != 0)
      ms->items[w++] = ms->items[r];
  ms->count = w;
}

/* Does the report name country row `country` (by name or adjective)? */
static int
report_names_country(const skg_mentions *ms, size_t first, int country)
{
  for (size_t k = first; k < ms->count; ++k)
    if ((ms->items[k].kind == SKG_M_COUNTRY || ms->items[k].kind == SKG_M_ADJECTIVE) &&
        ms->items[k].ref == country)
      return 1;
  return 0;
}

/* Which city a name of several cities stands for: the one of the country
   named right after it ("St. John's, Antigua and Barbuda"), else the most
   populous of those whose country the report names, else the most populous
   (the finder's choice).  Mentions are in text order. */
static void
prefer_cities_of_named_countries(const finder *f, skg_mentions *ms, size_t first)
{
  const skg_tables *t = f->ctx->tables;
  for (size_t k = first; k < ms->count; ++k) {
    skg_mention *m = &ms->items[k];
    if (m->kind != SKG_M_CITY)
      continue;
    const char *s = f->text->norm.data + m->span.start;
    size_t len = m->span.end - m->span.start;
    if (m->possessive)
      len -= s[len - 1] == '\'' ? 1 : 2;
    skg_name_ref refs[16];
    size_t n = skg_tables_lookup(t, s, len, refs, 16);
    if (n > 16)
      n = 16;
    int next_country = -1;
    if (k + 1 < ms->count && ms->items[k + 1].kind == SKG_M_COUNTRY) {
      size_t gap = ms->items[k + 1].span.start - m->span.end;
      const char *g = f->text->norm.data + m->span.end;
      if ((gap == 2 && g[0] == ',' && g[1] == ' ') || (gap == 2 && g[0] == ' ' && g[1] == '('))
        next_country = ms->items[k + 1].ref;
    }
    int best = -1, best_named = 0;
    for (size_t i = 0; i < n; ++i) {
      if (refs[i].kind != SKG_NAME_CITY)
        continue;
      const skg_city *c = &t->cities[refs[i].row];
      if (c->country >= 0 && c->country == next_country) {
        best = refs[i].row;
        break;
      }
      int named = c->country >= 0 && report_names_country(ms, first, c->country);
      if (best < 0 || named > best_named ||
          (named == best_named && c->population > t->cities[best].population)) {
        best = refs[i].row;
        best_named = named;
      }
    }
    if (best >= 0)
      m->ref = best;
  }
}

/* A line without a full stop whose words, other than the names the tables
   know, are nearly all capitalised is a headline. */
static void
mark_headlines(finder *f)
{
  size_t i = 0;
  int in_list = 0; /* the lines after "Participating were:" are a list, not headlines */
  for (size_t s = 0; s < f->text->n_sentences; ++s) {
    skg_span sent = f->text->sentences[s];
    while (i < f->toks->count && f->toks->items[i].span.start < sent.start)
      ++i;
    char before = s > 0 ? f->text->norm.data[f->text->sentences[s - 1].end - 1] : '\0';
    in_list = before == ':' || (in_list && sent.end - sent.start < 90);
    size_t j = i, words = 0, caps = 0;
    char last = f->text->norm.data[sent.end - 1];
    /* a clause of a declaration ends in ";" or ","; a headline is short */
    int stops = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' || last == ';' ||
                last == ',' || sent.end - sent.start > 160;
    for (; j < f->toks->count && f->toks->items[j].span.start < sent.end; ++j) {
      const skg_token *t = &f->toks->items[j];
      if (!t->word || (tok_len(f, j) <= 3 && !t->cap) || f->owner[j] >= 0)
        continue; /* "of", "the", "and" stay lowercase in headlines */
      ++words;
      caps += t->cap || isdigit((unsigned char)tok_text(f, j)[0]);
    }
    if (!stops && !in_list && words >= 4 && caps * 10 >= words * 8)
      for (size_t k = i; k < j; ++k)
        f->headline[k] = 1;
    i = j;
  }
}

skg_status
skg_mentions_find(skg_ctx *ctx, const skg_text *t, const skg_tokens *toks, skg_mentions *out)
{
  finder f = {ctx, t, toks, NULL, NULL, out};
  f.owner = malloc((toks->count + 1) * sizeof *f.owner);
  f.headline = calloc(toks->count + 1, 1);
  if (!f.owner || !f.headline) {
    free(f.owner);
    free(f.headline);
    return skg_err(ctx, SKG_ERR_NOMEM, "out of memory finding names");
  }
  for (size_t i = 0; i < toks->count; ++i)
    f.owner[i] = -1;
  size_t first = out->count;
  unsigned names = (1u << SKG_NAME_COUNTRY) | (1u << SKG_NAME_ADJECTIVE) | (1u << SKG_NAME_ORG) |
                   (1u << SKG_NAME_BODY) | (1u << SKG_NAME_OFFICE);
  skg_status st = find_dates(&f);
  if (!st)
    st = find_ordinals(&f);
  out->org_base = (int)ctx->tables->n_orgs;
  if (!st)
    st = find_names(&f, names);
  if (!st) {
    mark_headlines(&f);
    st = skg_find_shaped_orgs(&f);
  }
  if (!st)
    st = skg_find_lowercase_offices(&f);
  if (!st)
    st = skg_find_people(&f);
  if (!st)
    st = find_names(&f, 1u << SKG_NAME_CITY);
  free(f.owner);
  free(f.headline);
  if (st)
    return skg_err(ctx, st, "out of memory finding names");
  compact(out);
  if (out->count > first) /* items is NULL when nothing was ever found */
    qsort(out->items + first, out->count - first, sizeof *out->items, by_start);
  prefer_cities_of_named_countries(&f, out, first);
  return SKG_OK;
}
