/* mentions_orgs.c - organizations the tables do not know, recognised by the
   way the genre names them and their meetings:

     "the Intergovernmental Authority on Development (IGAD)"  a name and its acronym
     "the 33rd Ordinary Session of the Assembly of Heads of State and Government
      of the Andean Community"                                a meeting of a named body
     "the ninth Summit of the Americas"                       a summit named for a region
     "the 28th Ibero-American Summit", "the first China-Arab States Summit",
     "the C5+1 Presidential Summit"                           a summit series
     "the 14th Ordinary Session of the IGAD Assembly"         an unknown acronym at a meeting

   Each becomes an organization of the report (skg_found_org) whose IRI is
   minted from its acronym or its name, so the same organization gets the
   same IRI in every report; then every other mention of that acronym or name
   is an ORG mention too.  Organizations the tables know were found before
   and are left as they are: the tables add names and links, the shapes here
   decide what is seen where the tables are silent. */
#include "mentions_find.h"
#include "dates.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Words that end or carry the name of an organization. */
static const char *const org_heads[] = {
  "Community", "Organization", "Organisation", "Union", "Association", "Forum", "Movement",
  "Conference", "Council", "Group", "Alliance", "Cooperation", "Co-operation", "Dialogue",
  "Initiative", "Commission", "Authority", "League", "Partnership", "Pact", "System", "Market",
  "Commonwealth", "Process", "Format", "Mechanism", "Bloc", "Grouping", "Summit", "Treaty",
  "Triangle", "Platform", "Coalition"};

/* Words that qualify a meeting rather than name a series: "the Extraordinary
   Summit", "the Leaders' Summit", "the 2024 Special Summit". */
static const char *const meeting_qualifiers[] = {
  "The", "Extraordinary", "Special", "Annual", "Informal", "Emergency", "Joint", "Inaugural",
  "Historic", "Virtual", "Ordinary", "Regular", "Leaders'", "Leaders", "Presidential", "Heads",
  "Plenary", "Full", "Mini", "High-Level", "High-level", "Online", "Hybrid", "Video", "Next",
  "Last", "Previous", "Upcoming", "This", "That", "Its", "Their", "Our"};

/* Capitals that are not organizations however they are placed. */
static const char *const not_acronyms[] = {"COVID", "COP", "AI", "GDP", "CEO", "TV", "PM", "MP",
                                           "AFP", "AP", "EFE", "PTI", "IANS", "BBC", "CNN", "RT",
                                           "HE", "HRH", "VIP", "OK", "ID", "IT", "ICT", "SDG",
                                           "SDGS", "NGO", "NGOS", "MOU", "GMT", "UTC", "AM", "PM"};

static int
is_joiner(const finder *f, size_t i)
{
  static const char *const words[] = {"of", "on", "for", "and", "the", "in", "de", "la", "del",
                                      "des", "&"};
  return word_in(f, i, words, SKG_COUNT(words));
}

static int
is_dash(const finder *f, size_t i)
{
  return tok_is(f, i, "-") || tok_is(f, i, "\xE2\x80\x93") || tok_is(f, i, "\xE2\x80\x94");
}

/* A capitalised word, or one starting with a digit ("77" in "Group of 77"). */
static int
cap_word(const finder *f, size_t i)
{
  const skg_token *t = &f->toks->items[i];
  return t->word && (t->cap || t->upper || isdigit((unsigned char)tok_text(f, i)[0]));
}

/* Taken already by a place, which an organization's name may contain
   ("Southern African", "Latin American", "Central Asia-China"). */
static int
place_claimed(const finder *f, size_t i)
{
  int o = f->owner[i];
  if (o < 0)
    return 0;
  skg_mention_kind k = f->out->items[o].kind;
  return k == SKG_M_COUNTRY || k == SKG_M_ADJECTIVE || k == SKG_M_CITY;
}

static int
free_or_place(const finder *f, size_t i)
{
  return f->owner[i] < 0 || place_claimed(f, i);
}

/* "PetroCaribe", "ParlAmericas": one word with a capital after a small
   letter, a group's name as an acronym is (not "McKenzie", "MacArthur"). */
static int
camel_token(const finder *f, size_t i)
{
  const char *s = tok_text(f, i);
  size_t len = tok_len(f, i);
  if (len < 6 || !isupper((unsigned char)s[0]) || !strncmp(s, "Mc", 2) || !strncmp(s, "Mac", 3) ||
      !strncmp(s, "De", 2))
    return 0;
  int inner = 0;
  for (size_t k = 1; k < len; ++k) {
    if (!isalpha((unsigned char)s[k]))
      return 0;
    inner |= isupper((unsigned char)s[k]) && islower((unsigned char)s[k - 1]) && k >= 3;
  }
  return inner;
}

/* "IGAD", "CoE", "G77", "ALBA-TCP": two capitals or more, letters, digits and hyphens. */
static int
acronym_token(const finder *f, size_t i)
{
  const char *s = tok_text(f, i);
  size_t len = tok_len(f, i), uppers = 0, letters = 0, digits = 0;
  if (len < 2 || len > 10 || !isupper((unsigned char)s[0]))
    return 0;
  for (size_t k = 0; k < len; ++k) {
    unsigned char c = (unsigned char)s[k];
    if (!isalnum(c) && c != '-')
      return 0;
    uppers += isupper(c) != 0;
    letters += isalpha(c) != 0;
    digits += isdigit(c) != 0;
  }
  /* "B9", "G5": one capital and a number name a group too */
  if ((uppers < 2 && !(uppers == 1 && letters == 1 && digits && len <= 4)) || uppers * 2 < letters)
    return 0;
  char up[12];
  for (size_t k = 0; k < len; ++k)
    up[k] = (char)toupper((unsigned char)s[k]);
  up[len] = '\0';
  for (size_t k = 0; k < SKG_COUNT(not_acronyms); ++k)
    if (!strcmp(up, not_acronyms[k]))
      return 0;
  return 1;
}

static char *
dup_span(const finder *f, size_t a, size_t b)
{
  size_t start = f->toks->items[a].span.start, end = f->toks->items[b - 1].span.end;
  char *s = malloc(end - start + 1);
  if (s) {
    memcpy(s, f->text->norm.data + start, end - start);
    s[end - start] = '\0';
  }
  return s;
}

static char *
slug_of(const char *text)
{
  skg_buf b;
  skg_buf_init(&b, 0);
  if (skg_slug_append(&b, text, strlen(text)) || skg_buf_putc(&b, '\0')) {
    skg_buf_release(&b);
    return NULL;
  }
  if (b.len <= 1) { /* nothing left to name it by */
    skg_buf_release(&b);
    return NULL;
  }
  return b.data;
}

static int
same_or_null(const char *a, const char *b)
{
  return a && b && !strcmp(a, b);
}

/* Does `longer` go on from all of `shorter`, a name of three words or more,
   by more words: "Amazon Cooperation Treaty" and "Amazon Cooperation Treaty
   Organization" are one organization. */
static int
name_extends(const char *shorter, const char *longer)
{
  size_t n = strlen(shorter), spaces = 0;
  for (size_t i = 0; i < n; ++i)
    spaces += shorter[i] == ' ';
  return spaces >= 2 && strlen(longer) > n && !strncmp(shorter, longer, n) && longer[n] == ' ';
}

/* Add the organization named `name` (owned by the call), with `acronym` and
   `alt` (owned too, or NULL); *ref gets its reference.  One already found by
   the same id, name or acronym is that one (completed with what it lacked). */
/* Do the capitalised words of the name `name` begin with the letters of
   `acronym`, three or more, in order and no others ("Pacific Islands
   Development Forum", "PIDF")?  Then the report names one group two ways. */
static int
name_spells(const char *name, const char *acronym)
{
  if (!name || !acronym || strlen(acronym) < 3)
    return 0;
  size_t k = 0;
  for (const char *p = name; *p; ++p) {
    if ((p != name && p[-1] != ' ' && p[-1] != '-') || !isupper((unsigned char)*p))
      continue;
    if (!acronym[k] || toupper((unsigned char)acronym[k]) != *p)
      return 0;
    ++k;
  }
  return k >= 3 && !acronym[k];
}

static skg_status
add_found_org(finder *f, char *name, char *acronym, char *alt, int *ref)
{
  skg_mentions *ms = f->out;
  char *id = name ? slug_of(acronym ? acronym : alt ? alt : name) : NULL;
  if (!id) {
    free(name), free(acronym), free(alt);
    return name ? SKG_ERR_NOMEM : SKG_OK;
  }
  for (size_t i = 0; i < ms->n_orgs; ++i) {
    skg_found_org *o = &ms->orgs[i];
    if (strcmp(o->id, id) && strcmp(o->name, name) && !same_or_null(o->acronym, acronym) &&
        !same_or_null(o->alt, name) && !name_extends(o->name, name) && !name_extends(name, o->name) &&
        !name_spells(name, o->acronym) && !name_spells(o->name, acronym))
      continue;
    if (acronym && !*o->acronym) { /* named first, its acronym given later */
      free(o->acronym);
      o->acronym = acronym;
      acronym = NULL;
    }
    free(id), free(name), free(acronym), free(alt);
    *ref = ms->org_base + (int)i;
    return SKG_OK;
  }
  if (ms->n_orgs == ms->cap_orgs) {
    size_t cap = ms->cap_orgs ? 2 * ms->cap_orgs : 4;
    skg_found_org *p = realloc(ms->orgs, cap * sizeof *p);
    if (!p) {
      free(id), free(name), free(acronym), free(alt);
      return SKG_ERR_NOMEM;
    }
    ms->orgs = p;
    ms->cap_orgs = cap;
  }
  if (!acronym && !(acronym = calloc(1, 1))) {
    free(id), free(name), free(alt);
    return SKG_ERR_NOMEM;
  }
  ms->orgs[ms->n_orgs] = (skg_found_org){id, name, acronym, alt};
  *ref = ms->org_base + (int)ms->n_orgs++;
  return SKG_OK;
}

/* Claim tokens [a, b) for an ORG mention of `ref`; places inside the name
   ("Southern African" in "Southern African Customs Union") give way to it. */
static skg_status
take_org(finder *f, size_t a, size_t b, int ref)
{
  for (size_t i = a; i < b; ++i)
    if (f->owner[i] >= 0)
      f->out->items[f->owner[i]].span.end = 0; /* dropped by compact() */
  skg_span span = {f->toks->items[a].span.start, f->toks->items[b - 1].span.end};
  return finder_claim(f, a, b, finder_new_mention(SKG_M_ORG, ref, span));
}

static int
has_org_head(const finder *f, size_t a, size_t b)
{
  for (size_t i = a; i < b; ++i)
    if (word_in(f, i, org_heads, SKG_COUNT(org_heads)))
      return 1;
  return 0;
}

/* Are the letters of `acr` in order among the letters of tokens [a, b),
   the first one opening the first word? */
static int
acronym_fits(const finder *f, size_t a, size_t b, const char *acr, size_t acr_len)
{
  const char *s = tok_text(f, a);
  size_t len = f->toks->items[b - 1].span.end - f->toks->items[a].span.start, k = 0;
  if (tolower((unsigned char)s[0]) != tolower((unsigned char)acr[0]))
    return 0;
  for (size_t i = 0; i < len && k < acr_len; ++i) {
    if (!isalpha((unsigned char)acr[k])) {
      ++k;
      continue;
    }
    k += tolower((unsigned char)s[i]) == tolower((unsigned char)acr[k]);
  }
  while (k < acr_len && !isalpha((unsigned char)acr[k]))
    ++k;
  return k == acr_len;
}

/* "the Intergovernmental Authority on Development (IGAD)" at the "(" token i. */
static skg_status
name_with_acronym(finder *f, size_t i)
{
  if (!tok_is(f, i, "(") || i == 0 || i + 2 >= f->toks->count || f->owner[i + 1] >= 0 ||
      !acronym_token(f, i + 1))
    return SKG_OK;
  /* "(TICAD 9)", "(CHOGM 2024)": an edition or year after the acronym */
  size_t close = i + 2;
  if (close + 1 < f->toks->count && isdigit((unsigned char)tok_text(f, close)[0]))
    ++close;
  if (!tok_is(f, close, ")") || !finder_contiguous(f, i + 1, close + 1))
    return SKG_OK;
  /* the run of capitalised words and joiners before the bracket */
  size_t start = i;
  /* ... and the apostrophe of a plural's possessive: "the Micronesian Presidents' Summit (MPS)" */
  while (start > 0 && i - start < 12 && free_or_place(f, start - 1) &&
         (cap_word(f, start - 1) || is_joiner(f, start - 1) || is_dash(f, start - 1) ||
          (tok_is(f, start - 1, "'") && start >= 2 && cap_word(f, start - 2) &&
           tok_text(f, start - 2)[tok_len(f, start - 2) - 1] == 's')))
    --start;
  const char *acr = tok_text(f, i + 1);
  size_t acr_len = tok_len(f, i + 1);
  for (size_t a = start; a < i; ++a) {
    if (!cap_word(f, a) || !finder_contiguous(f, a, i) || !has_org_head(f, a, i) ||
        !acronym_fits(f, a, i, acr, acr_len))
      continue;
    int ref = -1;
    skg_status st = add_found_org(f, dup_span(f, a, i), dup_span(f, i + 1, i + 2), NULL, &ref);
    if (!st && ref >= 0)
      st = take_org(f, a, i, ref);
    if (!st && ref >= 0)
      st = take_org(f, i + 1, i + 2, ref);
    return st;
  }
  return SKG_OK;
}

/* Does the token sequence at i spell `phrase` (words split by spaces)?
   Returns the token after it, or i. */
static size_t
spells(const finder *f, size_t i, const char *phrase)
{
  size_t j = i;
  const char *p = phrase;
  while (*p) {
    const char *e = strchr(p, ' ');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (j >= f->toks->count || tok_len(f, j) != n || memcmp(tok_text(f, j), p, n))
      return i;
    ++j;
    p += n + (e != NULL);
  }
  return j;
}

/* After "Summit of [the]": a body and whose heads meet, "[Assembly of] Heads
   of State and Government of [the]".  Returns the token after it, or i. */
static size_t
skip_summit_body(const finder *f, size_t i, int *skipped)
{
  static const char *const bodies[] = {"Assembly of", "Conference of", "Council of", "Authority of",
                                       "Summit of", "Meeting of", "Session of"};
  static const char *const heads[] = {"Heads of State and Government", "Heads of State or Government",
                                      "Heads of State and of Government", "Heads of State",
                                      "Heads of Government", "Leaders", "Presidents",
                                      "heads of state and government", "heads of state", "leaders"};
  size_t j = i;
  for (size_t k = 0; k < SKG_COUNT(bodies); ++k) {
    size_t e = spells(f, j, bodies[k]);
    if (e > j) {
      j = e;
      if (tok_is(f, j, "the"))
        ++j;
      break;
    }
  }
  for (size_t k = 0; k < SKG_COUNT(heads); ++k) {
    size_t e = spells(f, j, heads[k]);
    if (e > j) {
      j = e;
      if (tok_is(f, j, "of"))
        ++j;
      if (tok_is(f, j, "the"))
        ++j;
      break;
    }
  }
  /* "Presidents of the States Parties to the Amazon Cooperation Treaty",
     "Heads of State of the Member Countries of the Andean Community" */
  static const char *const members[] = {"States Parties to", "Member States of", "Member Countries of",
                                        "Member Nations of", "member states of", "member countries of"};
  for (size_t k = 0; k < SKG_COUNT(members); ++k) {
    size_t e = spells(f, j, members[k]);
    if (e > j) {
      j = e + tok_is(f, e, "the");
      break;
    }
  }
  *skipped = j > i;
  return j;
}

/* After "summit of the": "guarantor states of the", "founding members of
   the": who meet, in up to three lowercase words and "of [the]".  Returns
   the token after it, or i (setting *skipped when it skips). */
static size_t
skip_lowercase_members(const finder *f, size_t i, int *skipped)
{
  size_t j = i;
  while (j < f->toks->count && j - i < 3 && f->toks->items[j].word && !f->toks->items[j].cap &&
         !f->toks->items[j].upper && !is_joiner(f, j))
    ++j;
  if (j == i || !tok_is(f, j, "of"))
    return i;
  *skipped = 1;
  return j + 1 + tok_is(f, j + 1, "the");
}

static int names_one_place(const finder *f, size_t a, size_t b);

/* Do the tokens from i on begin with a place's name (one to three words)? */
static int
place_after(const finder *f, size_t i)
{
  for (size_t b = i + 3 < f->toks->count ? i + 3 : f->toks->count; b > i; --b)
    if (finder_contiguous(f, i, b) && names_one_place(f, i, b))
      return 1;
  return 0;
}

/* A name of capitalised words and joiners from token i; returns its end
   (joiners trimmed), i if none. */
static size_t
name_from(const finder *f, size_t i, size_t max_tokens)
{
  size_t e = i, end = i;
  while (e < f->toks->count && e - i < max_tokens && free_or_place(f, e) &&
         (cap_word(f, e) || (e > i && (is_joiner(f, e) || is_dash(f, e)))) &&
         finder_contiguous(f, i, e + 1)) {
    /* "the Andean Presidential Council in Quito": where it met is no part of the name */
    if (e > i && (tok_is(f, e, "in") || tok_is(f, e, "at")) && e + 1 < f->toks->count && place_after(f, e + 1))
      break;
    /* "the Tenth Summit of the Americas on Friday", "... in December": nor when */
    if (e > i && is_joiner(f, e) && e + 1 < f->toks->count &&
        (skg_weekday_from_name(tok_text(f, e + 1), tok_len(f, e + 1)) >= 0 ||
         skg_month_from_name(tok_text(f, e + 1), tok_len(f, e + 1))))
      break;
    if (cap_word(f, e))
      end = e + 1;
    ++e;
  }
  return end;
}

static int
names_one_place(const finder *f, size_t a, size_t b)
{
  int o = f->owner[a];
  if (o >= 0 && place_claimed(f, a) && finder_end_token(f, o) == b)
    return 1;
  skg_name_ref ref;
  int possessive;
  return finder_best_reading(f, a, b, (1u << SKG_NAME_CITY) | (1u << SKG_NAME_COUNTRY) |
                                          (1u << SKG_NAME_ADJECTIVE), &possessive, &ref);
}

/* After "summit of [the]": an organization, "and", and another side ("the
   Gulf Cooperation Council (GCC) and Central Asian states", "the European
   Union and China"): a series of the two, named as written, its
   IRI from the acronym and the other side ("GCC-Central Asian states"). */
static skg_status
two_sides(finder *f, size_t j, int *ref, size_t *end)
{
  static const char *const plurals[] = {"states", "countries", "nations", "republics"};
  /* an organization first: "the summit of Kenya and Uganda" is of two states, no series */
  int o = f->owner[j];
  if (o < 0 || f->out->items[o].kind != SKG_M_ORG)
    return SKG_OK;
  size_t e1 = finder_end_token(f, o), bracket = e1, acr = 0;
  if (tok_is(f, e1, "(") && e1 + 2 < f->toks->count && tok_is(f, e1 + 2, ")") && acronym_token(f, e1 + 1)) {
    acr = e1 + 1;
    e1 += 3;
  }
  if (!tok_is(f, e1, "and") || e1 + 1 >= f->toks->count)
    return SKG_OK;
  size_t k = e1 + 1 + tok_is(f, e1 + 1, "the");
  size_t e2 = name_from(f, k, 6);
  if (e2 == k || !finder_contiguous(f, j, e2))
    return SKG_OK;
  if (e2 < f->toks->count && word_in(f, e2, plurals, SKG_COUNT(plurals)))
    ++e2;
  /* the first side without its bracketed acronym: "Gulf Cooperation Council" */
  char *first = dup_span(f, j, bracket), *second = dup_span(f, k, e2);
  char *name = first && second ? malloc(strlen(first) + strlen(second) + 6) : NULL;
  const char *lead = acr ? tok_text(f, acr) : first;
  size_t lead_len = acr ? tok_len(f, acr) : (first ? strlen(first) : 0);
  char *alt = second ? malloc(lead_len + strlen(second) + 2) : NULL;
  if (!name || !alt) {
    free(first), free(second), free(name), free(alt);
    return SKG_ERR_NOMEM;
  }
  sprintf(name, "%s and %s", first, second);
  memcpy(alt, lead, lead_len);
  alt[lead_len] = '-';
  strcpy(alt + lead_len + 1, second);
  free(first), free(second);
  *end = e2;
  return add_found_org(f, name, NULL, alt, ref);
}

/* "Summit of the Heads of State of the Andean Community", "the Summit of the
   Americas" at the meeting word i. */
static skg_status
meeting_of_name(finder *f, size_t i)
{
  static const char *const meetings[] = {"Summit", "Session", "Meeting", "Conference", "Assembly",
                                         "summit", "session", "meeting"};
  if (!word_in(f, i, meetings, SKG_COUNT(meetings)) || !tok_is(f, i + 1, "of"))
    return SKG_OK;
  size_t j = i + 2;
  if (tok_is(f, j, "the"))
    ++j;
  if (tok_is(f, j, "so-called"))
    ++j; /* "the annual summit of the so-called MED9" */
  int skipped = 0;
  j = skip_summit_body(f, j, &skipped);
  j = skip_lowercase_members(f, j, &skipped);
  if (j >= f->toks->count)
    return SKG_OK;
  if (tok_is(f, i, "summit") || tok_is(f, i, "Summit")) {
    int ref = -1;
    size_t end = 0;
    skg_status st = two_sides(f, j, &ref, &end);
    if (st || ref >= 0)
      return st ? st : take_org(f, j, end, ref);
  }
  size_t e = name_from(f, j, 10);
  if (e == j)
    return SKG_OK;
  int ref = -1;
  skg_status st = SKG_OK;
  /* "the meeting of the Nordic prime ministers": a group named by its
     region's word and the heads who meet */
  size_t heads_end = spells(f, e, "prime ministers");
  if (heads_end == e)
    heads_end = spells(f, e, "heads of government");
  if (heads_end > e && e == j + 1 && f->owner[j] < 0 && !f->toks->items[j].upper &&
      !skg_is_common_capitalized(tok_text(f, j), tok_len(f, j))) {
    st = add_found_org(f, dup_span(f, j, heads_end), NULL, NULL, &ref);
    return !st && ref >= 0 ? take_org(f, j, heads_end, ref) : st;
  }
  /* "the summit of the Slavkov format", "of the Astana process": a format
     named by a place and a common noun */
  if (e < f->toks->count && f->owner[e] < 0 && (tok_is(f, e, "format") || tok_is(f, e, "process")) &&
      finder_contiguous(f, j, e + 1)) {
    st = add_found_org(f, dup_span(f, j, e + 1), NULL, dup_span(f, j, e), &ref);
    return !st && ref >= 0 ? take_org(f, j, e + 1, ref) : st;
  }
  /* one word that is itself a body ("the Summit of the Council") names none */
  if (e == j + 1 && f->owner[j] < 0 && (acronym_token(f, j) || camel_token(f, j)) && !names_one_place(f, j, e)) {
    /* "a summit of the MED9": an acronym the tables lack */
    st = add_found_org(f, dup_span(f, j, e), dup_span(f, j, e), NULL, &ref);
  } else if (has_org_head(f, j, e) && !names_one_place(f, j, e) &&
             !(e == j + 1 && word_in(f, j, org_heads, SKG_COUNT(org_heads)))) {
    st = add_found_org(f, dup_span(f, j, e), NULL, NULL, &ref);
  } else if (tok_is(f, i, "Summit") && !skipped && tok_is(f, i + 2, "the") && e - j <= 2 &&
             !names_one_place(f, j, e)) {
    /* "the Summit of the Americas": the series is its name */
    char *name = dup_span(f, i, e);
    st = name ? add_found_org(f, name, NULL, NULL, &ref) : SKG_ERR_NOMEM;
  }
  size_t named_from = j;
  if (!st && ref < 0 && skipped) {
    /* "the Eighth Consultative Meeting of the Heads of State of Central
       Asia": a series named by its own words before the meeting word and
       the heads and region after it; the words before are its short name */
    size_t a = i;
    while (a > 0 && i - a < 3 && f->owner[a - 1] < 0 && cap_word(f, a - 1) && f->toks->items[a - 1].word &&
           !word_in(f, a - 1, meeting_qualifiers, SKG_COUNT(meeting_qualifiers)) &&
           !isdigit((unsigned char)tok_text(f, a - 1)[0]) && !f->headline[a - 1] &&
           !skg_is_common_capitalized(tok_text(f, a - 1), tok_len(f, a - 1)))
      --a;
    if (a < i && !has_org_head(f, j, e)) {
      /* its IRI from the whole name: "Consultative Meeting" alone names many */
      char *name = dup_span(f, a, e), *alt = dup_span(f, a, i + 1);
      st = name && alt ? add_found_org(f, name, NULL, NULL, &ref) : (free(name), SKG_ERR_NOMEM);
      skg_found_org *o = !st && ref >= 0 ? &f->out->orgs[ref - f->out->org_base] : NULL;
      if (o && !o->alt) {
        o->alt = alt;
        alt = NULL;
      }
      free(alt);
      named_from = a;
      e = i + 1;
    }
  }
  if (!st && ref >= 0)
    st = take_org(f, named_from, e, ref);
  return st;
}

static int only_common_words(const finder *f, size_t a, size_t b);

/* "the Council of the Entente has held its first summit", "the League of
   Arab States ... summit": a group's head word, "of" or "for", and a name,
   with a summit named soon after it, or right before ("the summit of the
   Council of the Entente"), in the same sentence, at token i. */
static skg_status
headed_group(finder *f, size_t i)
{
  static const char *const heads[] = {"Council", "Union", "League", "Organization", "Organisation",
                                      "Community", "Association", "Alliance"};
  if (i == 0 || !(tok_is(f, i - 1, "the") || tok_is(f, i - 1, "The")) || f->owner[i] >= 0 ||
      !word_in(f, i, heads, SKG_COUNT(heads)) ||
      !(tok_is(f, i + 1, "of") || tok_is(f, i + 1, "for")))
    return SKG_OK;
  size_t j = i + 2 + tok_is(f, i + 2, "the");
  if (j >= f->toks->count)
    return SKG_OK;
  size_t e = name_from(f, j, 6);
  if (e == j || only_common_words(f, j, e) || names_one_place(f, j, e) || !finder_free_run(f, i, e))
    return SKG_OK;
  /* "... has held its first summit", "the summit of the Council of ..." */
  int summit = 0;
  for (size_t t = e; t < f->toks->count && t < e + 12 && !tok_is(f, t, ".") && !summit; ++t)
    summit = tok_is(f, t, "summit") || tok_is(f, t, "Summit");
  for (size_t t = i; t > 0 && t + 4 > i && !tok_is(f, t - 1, ".") && !summit; --t)
    summit = tok_is(f, t - 1, "summit") || tok_is(f, t - 1, "Summit");
  if (!summit)
    return SKG_OK;
  int ref = -1;
  skg_status st = add_found_org(f, dup_span(f, i, e), NULL, NULL, &ref);
  return !st && ref >= 0 ? take_org(f, i, e, ref) : st;
}

/* "Cyprus-Greece-Egypt" written as one word at token i: the `want` states
   it joins, their rows in rows[]; how many (want, or 0). */
static int
dashed_countries(const finder *f, size_t i, int *rows, int want)
{
  if (i >= f->toks->count || !memchr(tok_text(f, i), '-', tok_len(f, i)))
    return 0;
  const char *p = tok_text(f, i), *end = p + tok_len(f, i);
  int n = 0;
  while (p < end && n < want) {
    const char *dash = memchr(p, '-', (size_t)(end - p));
    size_t len = dash ? (size_t)(dash - p) : (size_t)(end - p);
    skg_name_ref refs[4];
    size_t found = skg_tables_lookup(f->ctx->tables, p, len, refs, 4);
    int row = -1;
    for (size_t k = 0; k < found && k < 4 && row < 0; ++k)
      if (refs[k].kind == SKG_NAME_COUNTRY)
        row = refs[k].row;
    if (row < 0)
      return 0;
    rows[n++] = row;
    p += len + (dash != NULL);
  }
  return n == want && p >= end ? n : 0;
}

/* "the 10th trilateral summit" of the leaders of Japan, China and South
   Korea: a format named by no name of its own is the states it brings
   together, the first few the report names ("Japan-China-South Korea
   Trilateral Summit"), at token i. */
static skg_status
trilateral_summit(finder *f, size_t i)
{
  static const char *const kinds[] = {"trilateral", "Trilateral", "three-way", "quadrilateral", "Quadrilateral"};
  size_t want = tok_is(f, i, "quadrilateral") || tok_is(f, i, "Quadrilateral") ? 4 : 3;
  if (!word_in(f, i, kinds, SKG_COUNT(kinds)) || !(tok_is(f, i + 1, "summit") || tok_is(f, i + 1, "Summit")) ||
      f->owner[i] >= 0 || (i > 0 && f->owner[i - 1] >= 0 && f->out->items[f->owner[i - 1]].kind == SKG_M_ORG))
    return SKG_OK;
  int rows[4], n = 0;
  /* "the 12th Trilateral Summit Cyprus-Greece-Egypt": the states it names itself, in its order */
  for (size_t t = i + 2; t < f->toks->count && n < (int)want; t += 2) {
    int o = f->owner[t];
    if (o < 0 || finder_first_token(f, o) != t || f->out->items[o].kind != SKG_M_COUNTRY)
      break;
    rows[n++] = f->out->items[o].ref;
    t = finder_end_token(f, o) - 1;
    if (!is_dash(f, t + 1) && n < (int)want)
      break;
  }
  if (n < (int)want)
    n = dashed_countries(f, i + 2, rows, (int)want);
  for (size_t t = 0; t < f->toks->count && n < (int)want; ++t) {
    int o = f->owner[t];
    if (o < 0 || finder_first_token(f, o) != t ||
        (f->out->items[o].kind != SKG_M_COUNTRY && f->out->items[o].kind != SKG_M_ADJECTIVE))
      continue;
    int row = f->out->items[o].ref, seen = 0;
    for (int k = 0; k < n; ++k)
      seen |= rows[k] == row;
    if (!seen && row >= 0)
      rows[n++] = row;
  }
  if (n < (int)want)
    return SKG_OK;
  /* its IRI from the states' names, so that two formats never share one */
  skg_buf name;
  skg_buf_init(&name, 0);
  int failed = 0;
  for (int k = 0; k < n; ++k)
    failed |= (k && skg_buf_putc(&name, '-')) || skg_buf_puts(&name, f->ctx->tables->countries[rows[k]].name);
  failed |= skg_buf_puts(&name, want == 4 ? " Quadrilateral Summit" : " Trilateral Summit");
  char *full = failed ? NULL : skg_buf_detach(&name, NULL);
  skg_buf_release(&name);
  if (!full)
    return SKG_ERR_NOMEM;
  int ref = -1;
  skg_status st = add_found_org(f, full, NULL, NULL, &ref);
  return !st && ref >= 0 ? take_org(f, i, i + 1, ref) : st;
}

/* "Ibero-American" -> "Ibero-American Summit": the series' name, a new
   string (NULL for a NULL core or no memory). */
static char *
series_summit_name(const char *core)
{
  static const char suffix[] = " Summit";
  size_t n = core ? strlen(core) : 0;
  char *name = core ? malloc(n + sizeof suffix) : NULL;
  if (name) {
    memcpy(name, core, n);
    memcpy(name + n, suffix, sizeof suffix);
  }
  return name;
}

/* A token the name of a summit series is made of: a capitalised word not
   taken, "+" ("C5+1"), a dash ("Central Asia – China"), or a place or
   organization joined to the rest by a dash ("EU–China"). */
static int
series_token(const finder *f, size_t i)
{
  if (tok_is(f, i, "+") || is_dash(f, i))
    return 1;
  if (!f->toks->items[i].word)
    return 0;
  /* "the Mekong-Republic of Korea Summit": "of" inside a name of the series */
  if (tok_is(f, i, "of") && i > 0 && i + 1 < f->toks->count && cap_word(f, i - 1) && cap_word(f, i + 1) &&
      memchr(tok_text(f, i - 1), '-', tok_len(f, i - 1)))
    return 1;
  int dashed = (i > 0 && is_dash(f, i - 1)) || (i + 1 < f->toks->count && is_dash(f, i + 1));
  int o = f->owner[i];
  if (o >= 0) {
    /* a place's or organization's whole name beside the dash: "Mekong-Republic of Korea" */
    size_t first = finder_first_token(f, o), end = finder_end_token(f, o);
    dashed |= (first > 0 && is_dash(f, first - 1)) || (end < f->toks->count && is_dash(f, end));
    return dashed && (place_claimed(f, i) || f->out->items[o].kind == SKG_M_ORG);
  }
  return cap_word(f, i) || (i > 0 && tok_is(f, i - 1, "+"));
}

static int
is_compound(const finder *f, size_t a, size_t b)
{
  for (size_t i = a; i < b; ++i)
    if (tok_is(f, i, "+") || is_dash(f, i) || memchr(tok_text(f, i), '-', tok_len(f, i)))
      return 1;
  return 0;
}

/* Is every word of [a, b) a common word, a month or a year? */
static int
only_common_words(const finder *f, size_t a, size_t b)
{
  for (size_t i = a; i < b; ++i) {
    const char *s = tok_text(f, i);
    if (f->toks->items[i].word && !isdigit((unsigned char)s[0]) &&
        !skg_is_common_capitalized(s, tok_len(f, i)))
      return 0;
  }
  return 1;
}

/* Is the one word at token a used elsewhere in the report as a group's name
   ("Benelux leaders", "the rotating Benelux presidency", "Benelux
   cooperation")?  Then "the Benelux summit" is that group's; "the Ghent
   summit", "the Kremlin summit" are not. */
static int
group_word_elsewhere(const finder *f, size_t a)
{
  static const char *const group_words[] = {"leaders", "presidency", "chairmanship", "cooperation",
                                            "countries", "partners", "members", "secretariat",
                                            "member"};
  /* not the first word of an organization named in the report: "the Arab
     summit" of the Arab League, "the Amazon Summit" of the Amazon
     Cooperation Treaty Organization */
  const char *word = tok_text(f, a);
  size_t len = tok_len(f, a);
  for (size_t k = 0; k < f->out->count; ++k) {
    const skg_mention *m = &f->out->items[k];
    if (m->kind == SKG_M_ORG && m->span.end - m->span.start > len &&
        !memcmp(f->text->norm.data + m->span.start, word, len) && f->text->norm.data[m->span.start + len] == ' ')
      return 0;
  }
  for (size_t i = 0; i + 1 < f->toks->count; ++i)
    if (i != a && tok_len(f, i) == tok_len(f, a) && !memcmp(tok_text(f, i), tok_text(f, a), tok_len(f, a)) &&
        word_in(f, i + 1, group_words, SKG_COUNT(group_words)))
      return 1;
  return 0;
}

/* Is the one word at token a, then "Summit", written so at another place of
   the report too ("the Euro Summit met ... the President of the Euro Summit")? */
static int
summit_named_again(const finder *f, size_t a)
{
  for (size_t j = 0; j + 1 < f->toks->count; ++j)
    if (j != a && tok_len(f, j) == tok_len(f, a) && !memcmp(tok_text(f, j), tok_text(f, a), tok_len(f, a)) &&
        tok_is(f, j + 1, "Summit"))
      return 1;
  return 0;
}

/* "the Summit on Peace in Ukraine", "the Summit for Democracy": a summit
   named by its subject, capitalised words after "Summit on" or "Summit
   for", at token i. */
static skg_status
subject_summit(finder *f, size_t i)
{
  if (!tok_is(f, i, "Summit") || f->owner[i] >= 0 || !(tok_is(f, i + 1, "on") || tok_is(f, i + 1, "for")))
    return SKG_OK;
  size_t e = i + 2;
  while (e < f->toks->count && e < i + 10 && free_or_place(f, e) &&
         (cap_word(f, e) || (is_joiner(f, e) && e + 1 < f->toks->count && cap_word(f, e + 1))))
    ++e;
  while (e > i + 2 && is_joiner(f, e - 1))
    --e;
  if (e == i + 2 || only_common_words(f, i + 2, e))
    return SKG_OK;
  int ref = -1;
  skg_status st = add_found_org(f, dup_span(f, i, e), NULL, NULL, &ref);
  return !st && ref >= 0 ? take_org(f, i, e, ref) : st;
}

/* "the 28th Ibero-American Summit", "the C5+1 Presidential Summit", "the
   Central Asia – China summit", "the 14th IGAD Summit" at the meeting word i. */
static skg_status
series_summit(finder *f, size_t i)
{
  /* "the NB8 meeting": at a plain meeting word, only an acronym names a group */
  int plain = tok_is(f, i, "meeting") || tok_is(f, i, "Meeting") || tok_is(f, i, "leaders") ||
              tok_is(f, i, "Leaders");
  /* "the Third Indonesia–Africa Forum": a forum of two sides is a summit series */
  int forum = tok_is(f, i, "Forum") && f->owner[i] < 0; /* not the Pacific Islands Forum's */
  /* "the second Australia-Pacific Islands Leaders' Retreat": a retreat of two sides too */
  int retreat = tok_is(f, i, "Retreat") && f->owner[i] < 0;
  if (!tok_is(f, i, "Summit") && !tok_is(f, i, "summit") && !tok_is(f, i, "Assembly") &&
      !tok_is(f, i, "Council") && !plain && !forum && !retreat)
    return SKG_OK;
  int summit = tok_is(f, i, "Summit") || tok_is(f, i, "summit");
  size_t b = i;
  /* "the Second Nile Basin Heads of State and Government Summit": the heads
     who meet stand between the series and the meeting word */
  static const char *const heads[] = {"Heads of State and Government", "Heads of State and of Government",
                                      "Heads of State or Government", "Heads of State", "Heads of Government"};
  for (size_t k = 0; k < SKG_COUNT(heads); ++k) {
    size_t words = 1;
    for (const char *c = heads[k]; *c; ++c)
      words += *c == ' ';
    if (b >= words + 1 && spells(f, b - words, heads[k]) == b) {
      b -= words;
      break;
    }
  }
  while (b > 0 && f->owner[b - 1] < 0 &&
         (word_in(f, b - 1, meeting_qualifiers, SKG_COUNT(meeting_qualifiers)) ||
          (tok_is(f, b - 1, "'") && b > 1 && tok_is(f, b - 2, "Leaders")))) /* "Leaders' Summit" */
    --b;
  size_t a = b;
  /* "the second "Central Asia plus Japan" summit": a quoted name */
  if (b >= 3 && tok_is(f, b - 1, "\"")) {
    size_t q = b - 1;
    while (q > 0 && b - q < 10 && !tok_is(f, q - 1, "\"") && (cap_word(f, q - 1) || is_joiner(f, q - 1) ||
                                                             tok_is(f, q - 1, "plus") || is_dash(f, q - 1)))
      --q;
    int free_or_places = 1;
    for (size_t z = q; z < b - 1; ++z)
      free_or_places &= free_or_place(f, z);
    if (q > 0 && tok_is(f, q - 1, "\"") && q < b - 1 && cap_word(f, q) && cap_word(f, b - 2) && free_or_places) {
      char *core = dup_span(f, q, b - 1);
      char *name = series_summit_name(core);
      int ref = -1;
      skg_status st = name ? add_found_org(f, name, NULL, core, &ref) : (free(core), SKG_ERR_NOMEM);
      return !st && ref >= 0 ? take_org(f, q, b - 1, ref) : st;
    }
  }
  while (a > 0 && b - a < 8 && series_token(f, a - 1) && finder_contiguous(f, a - 1, b + 1))
    --a;
  while (a < b && (word_in(f, a, meeting_qualifiers, SKG_COUNT(meeting_qualifiers)) ||
                   is_dash(f, a) || tok_is(f, a, "+")))
    ++a;
  /* "the third China-Pacific Island Countries Leaders' Meeting": two sides and their leaders' Meeting */
  int leaders_meeting = tok_is(f, i, "Meeting") && b < i && a < b && is_compound(f, a, b);
  if (a == b || is_dash(f, b - 1) || tok_is(f, b - 1, "+") ||
      (plain && !leaders_meeting && !(b == a + 1 && f->owner[a] < 0 && acronym_token(f, a))) ||
      ((forum || retreat) && !((is_compound(f, a, b) || (b - a >= 2 && !only_common_words(f, a, b))) && a > 0 &&
                               mention_at(f, a - 1, SKG_M_ORDINAL) >= 0)))
    return SKG_OK;
  /* "the second Global Gateway Forum", "the Third Indonesia–Africa Forum", "the
     second Australia-Pacific Islands Leaders' Retreat": numbered, two words or
     two sides; named as written up to the meeting word */
  if (forum || retreat) {
    char *core = dup_span(f, a, b), *name = dup_span(f, a, i + 1);
    int ref = -1;
    skg_status st = core && name ? add_found_org(f, name, NULL, core, &ref) : (free(core), free(name), SKG_ERR_NOMEM);
    return !st && ref >= 0 ? take_org(f, a, b, ref) : st;
  }
  int ref = -1;
  skg_status st = SKG_OK;
  if (b == a + 1 && f->owner[a] < 0 && (acronym_token(f, a) || (summit && camel_token(f, a))) &&
      !names_one_place(f, a, b)) {
    /* an acronym the tables lack, at a meeting: "the IGAD Assembly"; two
       sides joined ("the EU-AU summit") are the series "EU-AU Summit" too */
    char *alt = NULL;
    if (summit && memchr(tok_text(f, a), '-', tok_len(f, a))) {
      char *core = dup_span(f, a, b);
      alt = series_summit_name(core);
      free(core);
      if (!alt)
        return SKG_ERR_NOMEM;
    }
    st = add_found_org(f, dup_span(f, a, b), dup_span(f, a, b), alt, &ref);
  } else if (!names_one_place(f, a, b) &&
             ((!only_common_words(f, a, b) &&
               (((summit || leaders_meeting) && is_compound(f, a, b)) ||
                (tok_is(f, i, "Summit") && b - a >= 2 && !f->headline[a]) ||
                /* "the Weimar Triangle summit": a group's name before the meeting word */
                (summit && b - a >= 2 && has_org_head(f, a, b) && !f->headline[a]) ||
                /* "the Euro Summit" named so again in the report */
                (tok_is(f, i, "Summit") && b == a + 1 && f->owner[a] < 0 && !f->headline[a] &&
                 summit_named_again(f, a)))) ||
              /* "the Benelux summit" of "Benelux leaders" */
              (summit && b == a + 1 && f->owner[a] < 0 && f->toks->items[a].cap && !f->headline[a] &&
               group_word_elsewhere(f, a)) ||
              /* "the Seventh Caspian Summit": an edition makes one word a series */
              (tok_is(f, i, "Summit") && b == a + 1 && a > 0 && mention_at(f, a - 1, SKG_M_ORDINAL) >= 0 &&
               f->toks->items[a].cap && !f->toks->items[a].upper))) {
    /* "Ibero-American", "China-Arab States", "C5+1"; "the Three Seas Summit" */
    char *core = dup_span(f, a, b);
    char *name = series_summit_name(core);
    st = name ? add_found_org(f, name, NULL, core, &ref) : (free(core), SKG_ERR_NOMEM);
  }
  if (!st && ref >= 0)
    st = take_org(f, a, b, ref);
  return st;
}

/* Does the text at token i spell `name`, ending where a token ends?  A
   heading in capitals spells it in any case ("XXI MEETING OF THE ANDEAN
   PRESIDENTIAL COUNCIL").  Returns the token after it, or i. */
static size_t
spells_name(const finder *f, size_t i, const char *name)
{
  size_t n = strlen(name), start = f->toks->items[i].span.start;
  if (!n || start + n > f->text->norm.len)
    return i;
  const char *at = f->text->norm.data + start;
  if (memcmp(at, name, n) && !(f->toks->items[i].upper && !strncasecmp(at, name, n)))
    return i;
  size_t j = i;
  while (j < f->toks->count && f->toks->items[j].span.end < start + n)
    ++j;
  return j < f->toks->count && f->toks->items[j].span.end == start + n ? j + 1 : i;
}

/* Do the capitalised words of tokens [a, b) begin with the letters of the
   acronym `acr`, one a word ("Southern African Customs Union", "SACU")? */
static int
initials_spell(const finder *f, size_t a, size_t b, const char *acr)
{
  size_t k = 0;
  for (size_t i = a; i < b; ++i) {
    if (!cap_word(f, i))
      continue;
    if (!acr[k] || toupper((unsigned char)tok_text(f, i)[0]) != (unsigned char)acr[k])
      return 0;
    ++k;
  }
  return k >= 3 && !acr[k];
}

/* An organization found by its acronym alone ("the SACU Summit"), named in
   full elsewhere without the acronym beside it. */
static int
spelled_out_acronym(const finder *f, size_t i, size_t *end)
{
  const skg_mentions *ms = f->out;
  size_t e = name_from(f, i, 8);
  if (e < i + 3 || !has_org_head(f, i, e))
    return -1;
  for (size_t k = 0; k < ms->n_orgs; ++k) {
    const skg_found_org *o = &ms->orgs[k];
    if (*o->acronym && !strcmp(o->name, o->acronym) && initials_spell(f, i, e, o->acronym)) {
      *end = e;
      return (int)k;
    }
  }
  return -1;
}

/* Every other mention of an organization found: its acronym, its name, or
   the name of its series without "Summit". */
static skg_status
mention_found_orgs(finder *f)
{
  const skg_mentions *ms = f->out;
  for (size_t i = 0; i < f->toks->count; ++i) {
    if (f->owner[i] >= 0 || !cap_word(f, i))
      continue;
    size_t spelled_end;
    int spelled = spelled_out_acronym(f, i, &spelled_end);
    if (spelled >= 0 && finder_free_run(f, i, spelled_end)) {
      skg_status st = take_org(f, i, spelled_end, ms->org_base + spelled);
      if (st)
        return st;
      i = spelled_end - 1;
      continue;
    }
    for (size_t k = 0; k < ms->n_orgs; ++k) {
      const skg_found_org *o = &ms->orgs[k];
      const char *forms[] = {o->name, o->acronym, o->alt};
      size_t e = i;
      for (size_t v = 0; v < SKG_COUNT(forms) && e == i; ++v)
        if (forms[v])
          e = spells_name(f, i, forms[v]);
      if (e == i || !finder_free_run(f, i, e))
        continue;
      skg_status st = take_org(f, i, e, ms->org_base + (int)k);
      if (st)
        return st;
      i = e - 1;
      break;
    }
  }
  return SKG_OK;
}

skg_status
skg_find_shaped_orgs(finder *f)
{
  typedef skg_status (*shape)(finder *, size_t);
  static const shape shapes[] = {name_with_acronym, trilateral_summit, meeting_of_name, series_summit,
                                  subject_summit, headed_group};
  for (size_t s = 0; s < SKG_COUNT(shapes); ++s)
    for (size_t i = 0; i < f->toks->count; ++i) {
      skg_status st = shapes[s](f, i);
      if (st)
        return st;
    }
  return f->out->n_orgs ? mention_found_orgs(f) : SKG_OK;
}
