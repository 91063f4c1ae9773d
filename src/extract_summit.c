/* extract_summit.c - which summit the report is about, and when it met.

   A summit is named by an organization (or one of its summit bodies) next to
   a meeting word: "the 24th meeting of the Council of Heads of State of the
   Shanghai Cooperation Organization", "the 13th BRICS summit", "the VIII
   Summit of Heads of State of the Cooperation Council of Turkic Speaking
   States", "the CIS Heads of State Council meeting".  Mentions of a next or
   previous meeting, or inside quotations, do not choose the report's summit.
   The report's summit is the organization named most often that way, with
   the edition its mentions agree on (its date: extract_dates.c). */
#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const meeting_words[] = {"summit", "meeting", "session", "conference",
                                            "forum", "sitting", "retreat"};

/* Is there a meeting word in norm [from, to)?  Returns its offset or -1. */
static size_t
meeting_word(const skg_analysis *an, size_t from, size_t to)
{
  size_t best = (size_t)-1;
  for (size_t i = 0; i < SKG_COUNT(meeting_words); ++i) {
    size_t at = skg_find_phrase(an, from, to, meeting_words[i]);
    if (at < best)
      best = at;
    /* plurals: "summits" speaks of many meetings, not one */
  }
  if (best != (size_t)-1) {
    const char *s = an->text.norm.data;
    size_t e = best;
    while (e < to && s[e] != ' ' && s[e] != ',' && s[e] != '.')
      ++e;
    if (s[e - 1] == 's' && (e - best) > 6 && strncmp(s + best, "session", 7) == 0 && e - best == 8)
      return (size_t)-1;
    if (e - best == 7 && !strncmp(s + best, "summits", 7))
      return (size_t)-1;
  }
  return best;
}

/* Does a time unit follow at `at` ("next week", "last Tuesday"): a
   time of the meeting, not another meeting ("next summit"), unless it owns
   the meeting ("last year's summit")? */
static int
time_of_this_meeting(const skg_analysis *an, size_t at)
{
  /* not "next year": a yearly meeting's next one ("the presidency next year
     and the 17th summit") */
  static const char *const units[] = {"week", "month", "weekend", "day", "days", "weeks", "Monday",
                                      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const char *t = an->text.norm.data;
  size_t len = an->text.norm.len;
  if (at >= len || t[at] != ' ')
    return 0;
  for (size_t i = 0; i < SKG_COUNT(units); ++i) {
    size_t n = strlen(units[i]);
    if (at + 1 + n <= len && !strncasecmp(t + at + 1, units[i], n) &&
        (at + 1 + n == len || !isalnum((unsigned char)t[at + 1 + n])))
      return t[at + 1 + n] != '\'';
  }
  return 0;
}

/* "following the second EU-Central Asia Summit": after it, not "the
   following summit" */
static int
preposition_following(const skg_analysis *an, size_t at, const char *cue)
{
  static const char *const next[] = {"the ", "a ", "its ", "his ", "her ", "their ", "this "};
  if (strcmp(cue, "following"))
    return 0;
  for (size_t i = 0; i < SKG_COUNT(next); ++i)
    if (!strncmp(an->text.lower + at + 10, next[i], strlen(next[i])))
      return 1;
  return 0;
}

/* A mention of some earlier or later meeting rather than this one. */
static int
other_meeting(const skg_analysis *an, size_t s, size_t at, size_t until)
{
  static const char *const cues[] = {"next", "previous", "last", "upcoming", "forthcoming",
                                     "following", "future", "earlier", "past", "former", "again",
                                     "later this", "later in the"};
  size_t from = an->text.sentences[s].start;
  size_t window = at > from + 40 ? at - 40 : from;
  /* the cue belongs to the meeting's own phrase: "the next SCO summit", not
     "the future of South Asia, the 18th SAARC summit" */
  const char *t = an->text.norm.data;
  for (size_t i = at; i > window; --i)
    if (t[i - 1] == ',' || t[i - 1] == ';' || t[i - 1] == ':' || t[i - 1] == '(') {
      window = i;
      break;
    }
  size_t end = until > at ? until : at;
  /* "The summit was preceded on Thursday by the 41st session of ...": what
     came before or after it; "ahead of the 41st summit" is this one */
  static const char *const sequels[] = {"preceded", "followed by"};
  size_t clause = from;
  for (size_t i = at; i > from; --i)
    if (t[i - 1] == ',' || t[i - 1] == ';' || t[i - 1] == ':') {
      clause = i;
      break;
    }
  if (skg_find_any(an, clause, at, sequels, SKG_COUNT(sequels)))
    return 1;
  for (size_t i = 0; i < SKG_COUNT(cues); ++i)
    for (size_t from_here = window, hit; (hit = skg_find_phrase(an, from_here, end, cues[i])) != (size_t)-1;
         from_here = hit + 1)
      if (strchr(cues[i], ' ') || (!time_of_this_meeting(an, hit + strlen(cues[i])) &&
                                   !preposition_following(an, hit, cues[i])))
        return 1;
  return 0;
}

static int other_meeting_words(const skg_analysis *an, skg_span sent);

typedef struct {
  int      org, edition, other, quoted;
  int      body;     /* the mention, when a body's name no organization beside it settles; else -1 */
  int      held;     /* "was held", "convened" right after its naming */
  int      planned;  /* named in a sentence of plans */
  size_t   sentence;
  skg_span span;
} candidate;

/* Does the meeting word at w end a count among some meetings rather than an
   edition ("the first Summit to be held in a partner country", "the second
   summit ever held in Africa", "its first summit in three years", "the
   first summit since 2019")? */
static int
counted_meeting(const skg_analysis *an, size_t w, skg_span sent)
{
  static const char *const counts[] = {" to be ", " to take place", " ever ", " of its kind", " outside ",
                                       " since ", " under the ", " under its "};
  const char *t = an->text.norm.data;
  size_t e = w;
  while (e < sent.end && isalpha((unsigned char)t[e]))
    ++e;
  for (size_t i = 0; i < SKG_COUNT(counts); ++i)
    if (skg_find_text(an, e, e + strlen(counts[i]) <= sent.end ? e + strlen(counts[i]) : e, counts[i]) == e)
      return 1;
  static const char *const gaps[] = {"year", "years", "months", "decade", "decades"};
  size_t gap_end = e + 28 < sent.end ? e + 28 : sent.end;
  return e + 4 <= sent.end && !strncmp(t + e, " in ", 4) && skg_find_any(an, e, gap_end, gaps, SKG_COUNT(gaps));
}

/* The edition stated before the meeting word or the organization: an
   ordinal mention among the few tokens before `at`. */
static int
edition_before(const skg_analysis *an, size_t first, size_t m, size_t from)
{
  for (size_t k = m; k-- > first;) {
    const skg_mention *o = &an->mentions.items[k];
    if (o->span.end < from)
      break;
    /* not "For the first time, an X Summit was held" */
    if (o->kind == SKG_M_ORDINAL && o->value < 200 && strncmp(an->text.lower + o->span.end, " time", 5))
      return (int)o->value;
  }
  return 0;
}

/* Does norm [at, ...) start with `word` as a whole word?  Returns the
   offset after it and the spaces that follow, or `at`. */
static size_t
skip_word(const skg_analysis *an, size_t at, size_t to, const char *word)
{
  const char *t = an->text.norm.data;
  size_t n = strlen(word);
  if (at + n > to || strncasecmp(t + at, word, n) || (at + n < to && isalnum((unsigned char)t[at + n])))
    return at;
  at += n;
  while (at < to && t[at] == ' ')
    ++at;
  return at;
}

/* The edition said of the meeting named at [from, ...): "The meeting of the
   IORA was only the second at leaders' level", "The Budapest summit is the
   14th".  0 if none. */
static int
edition_after(const skg_analysis *an, size_t s, size_t from)
{
  static const char *const verbs[] = {"was", "is", "will be", "marked", "marks", "became"};
  static const char *const adverbs[] = {"only", "just", "also", "thus", "therefore"};
  skg_span sent = an->text.sentences[s];
  const char *t = an->text.norm.data;
  size_t at = from;
  while (at < sent.end && t[at] == ' ')
    ++at;
  if (at < sent.end && t[at] == '(') { /* "(IORA)" */
    const char *close = memchr(t + at, ')', sent.end - at);
    if (!close)
      return 0;
    at = (size_t)(close - t) + 1;
    while (at < sent.end && t[at] == ' ')
      ++at;
  }
  size_t v = at;
  for (size_t i = 0; i < SKG_COUNT(verbs) && v == at; ++i)
    v = skip_word(an, at, sent.end, verbs[i]);
  if (v == at)
    return 0;
  for (size_t i = 0; i < SKG_COUNT(adverbs); ++i)
    v = skip_word(an, v, sent.end, adverbs[i]);
  size_t o = skip_word(an, v, sent.end, "the");
  if (o == v)
    return 0;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k)
    if (an->mentions.items[k].kind == SKG_M_ORDINAL && an->mentions.items[k].span.start == o &&
        an->mentions.items[k].value < 200)
      return (int)an->mentions.items[k].value;
  return 0;
}

/* The end of the meeting word at w. */
static size_t
w_end_of(const skg_analysis *an, skg_span sent, size_t w)
{
  while (w < sent.end && isalpha((unsigned char)an->text.norm.data[w]))
    ++w;
  return w;
}

/* Is organization mention m named for its meetings: does its name end in a
   meeting word ("the Asia-Europe Meeting", "the East Asia Summit")?  Not a
   forum or a conference: "the Pacific Islands Forum", "the International
   Conference on the Great Lakes Region" are organizations that meet. */
static int
named_for_meetings(const skg_analysis *an, const skg_mention *m)
{
  if (m->kind != SKG_M_ORG)
    return 0;
  /* "the ASEAN Summit"; "the Summit on Peace in Ukraine" */
  size_t w = meeting_word(an, m->span.start, m->span.end);
  if (w == (size_t)-1 || (w_end_of(an, m->span, w) != m->span.end && w != m->span.start))
    return 0;
  const char *word = an->text.lower + w;
  return strncmp(word, "forum", 5) && strncmp(word, "conference", 10);
}

/* "The Seventieth Ordinary Session of the Authority": a numbered session of
   a body named by its head word alone, which in a report of one
   organization is that organization's. */
static int
session_of_own_body(const skg_analysis *an)
{
  static const char *const bodies[] = {"Authority", "Assembly", "Conference", "Council", "Summit"};
  const char *t = an->text.norm.data;
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_ORDINAL || m->value >= 200)
      continue;
    size_t s = skg_text_sentence_at(&an->text, m->span.start);
    skg_span sent = an->text.sentences[s];
    size_t at = m->span.end + 1;
    at = skip_word(an, at, sent.end, "Ordinary");
    at = skip_word(an, at, sent.end, "Extraordinary");
    size_t session = skip_word(an, at, sent.end, "Session");
    size_t of = session > at ? skip_word(an, session, sent.end, "of") : session;
    size_t the = of > session ? skip_word(an, of, sent.end, "the") : of;
    if (the == of || other_meeting_words(an, sent))
      continue;
    of = the;
    for (size_t b = 0; b < SKG_COUNT(bodies); ++b) {
      size_t n = strlen(bodies[b]);
      if (of + n <= sent.end && !strncmp(t + of, bodies[b], n) &&
          (of + n == sent.end || !isalpha((unsigned char)t[of + n])) &&
          !(of + n + 3 < sent.end && !strncmp(t + of + n, " of ", 4)))
        return (int)m->value;
    }
  }
  return 0;
}

/* "The Gambia, Chair of the Fifteenth Session of the Islamic Summit": a
   meeting named in its chair's office, the last one, not the one reported.
   Only its edition and "Session of the" may stand between office and meeting. */
static int
chair_of_meeting(const skg_analysis *an, skg_span sent, size_t start)
{
  static const char *const offices[] = {"chair of the ", "chairman of the ", "chairperson of the "};
  const char *t = an->text.lower;
  size_t from = start > sent.start + 48 ? start - 48 : sent.start;
  for (size_t i = 0; i < SKG_COUNT(offices); ++i) {
    size_t n = strlen(offices[i]), at = (size_t)-1;
    for (size_t p = from, hit; (hit = skg_find_text(an, p, start, offices[i])) != (size_t)-1; p = hit + 1)
      at = hit;
    if (at == (size_t)-1)
      continue;
    size_t words = 0, k = at + n;
    for (; k < start && t[k] != ',' && t[k] != ';' && t[k] != '.'; ++k)
      words += t[k] == ' ';
    int numbered = 0; /* "Chair of the Council" is the organization's own chair */
    for (size_t m = 0; m < an->mentions.count && !numbered; ++m)
      numbered = an->mentions.items[m].kind == SKG_M_ORDINAL && an->mentions.items[m].span.start >= at + n &&
                 an->mentions.items[m].span.end <= start + 1;
    if (k == start && words <= 4 && numbered)
      return 1;
  }
  return 0;
}

/* Is the name of body mention m also a body of organization `org`? */
static int
body_of(const skg_analysis *an, const skg_mention *m, int org)
{
  skg_name_ref refs[16];
  size_t n = skg_tables_lookup(an->ctx->tables, an->text.norm.data + m->span.start, m->span.end - m->span.start,
                               refs, 16);
  for (size_t i = 0; i < n && i < 16; ++i)
    if (refs[i].kind == SKG_NAME_BODY && refs[i].row == org)
      return 1;
  return 0;
}

/* "the VI Meeting of Presidents of the States Parties to the Amazon
   Cooperation Treaty": the name of body mention k goes on with "of" and
   capitalised words that are not its own organization ("the Council of
   Heads of State of the SCO" is the SCO's), so it is another body's name
   that only begins like it.  `last` ends the sentence's mentions. */
static int
body_name_goes_on(const skg_analysis *an, size_t k, size_t last)
{
  const skg_mention *m = &an->mentions.items[k];
  const char *t = an->text.norm.data;
  size_t at = m->span.end, len = an->text.norm.len;
  if (at + 4 > len || strncmp(t + at, " of ", 4))
    return 0;
  at += 4;
  if (at + 4 <= len && !strncmp(t + at, "the ", 4))
    at += 4;
  if (at >= len || !isupper((unsigned char)t[at]))
    return 0;
  for (size_t j = k + 1; j < last; ++j) {
    const skg_mention *o = &an->mentions.items[j];
    if (o->span.start == at)
      return !((o->kind == SKG_M_ORG || o->kind == SKG_M_BODY) && o->ref == m->ref);
  }
  return 1;
}

/* The summit named around mention k of sentence s, if any. */
static int
summit_at(const skg_analysis *an, size_t s, size_t first, size_t k, candidate *out)
{
  const skg_mention *m = &an->mentions.items[k];
  if (m->kind != SKG_M_ORG && m->kind != SKG_M_BODY)
    return 0;
  skg_span sent = an->text.sentences[s];
  /* a body's name ("Council of Heads of State") is shared by several
     organizations: when the sentence names one, that one decides */
  if (m->kind == SKG_M_BODY) {
    size_t f2, l2;
    skg_sentence_mentions(an, s, &f2, &l2);
    for (size_t j = f2; j < l2; ++j)
      if (an->mentions.items[j].kind == SKG_M_ORG && an->mentions.items[j].ref != m->ref)
        return 0; /* its own organization named beside it leaves it its meeting */
    if (body_name_goes_on(an, k, l2))
      return 0;
  }
  /* after: "BRICS summit", "SCO (SCO) Heads of State Council meeting": a few words on */
  size_t after_end = m->span.end + 48 < sent.end ? m->span.end + 48 : sent.end;
  /* a body named for its meetings ("ASEAN Summit"), or an organization
     ("the Asia-Europe Meeting"), is a meeting itself */
  size_t w = meeting_word(an, m->kind == SKG_M_BODY || named_for_meetings(an, m) ? m->span.start : m->span.end,
                          after_end);
  size_t start = m->span.start;
  if (w == (size_t)-1) {
    /* before: "the 24th meeting of the Council of ... of the SCO" */
    size_t before_start = m->span.start > sent.start + 90 ? m->span.start - 90 : sent.start;
    w = meeting_word(an, before_start, m->span.start);
    if (w == (size_t)-1 || skg_find_phrase(an, w, m->span.start, "of") == (size_t)-1)
      return 0;
    /* nothing but names and "of the" between the meeting word and the org */
    for (size_t j = first; j < k; ++j) {
      const skg_mention *o = &an->mentions.items[j];
      if (o->span.start > w && (o->kind == SKG_M_PERSON || o->kind == SKG_M_COUNTRY))
        return 0;
    }
    if (memchr(an->text.norm.data + w, ',', m->span.start - w))
      return 0;
    /* "the meeting of EU-CELAC Ministers of Foreign Affairs": of its ministers */
    static const char *const ministers_after[] = {"ministers", "foreign ministers", "ministerial",
                                                  "senior officials", "national coordinators", "sherpas"};
    size_t next = m->span.end + 1;
    for (size_t i = 0; i < SKG_COUNT(ministers_after) && next < sent.end; ++i)
      if (skg_find_phrase(an, next, sent.end, ministers_after[i]) == next)
        return 0;
    start = w;
  } else {
    /* the words between the org and the meeting word carry no other name */
    for (size_t j = k + 1; j < an->mentions.count && an->mentions.items[j].span.start < w; ++j) {
      skg_mention_kind kd = an->mentions.items[j].kind;
      if (kd != SKG_M_ORG && kd != SKG_M_BODY && kd != SKG_M_ORDINAL)
        return 0;
    }
    /* "the ASEM Foreign Ministers' Meeting", "the SADC Ministerial Meeting":
       a meeting of ministers or officials, not a summit */
    static const char *const not_leaders[] = {"ministers", "minister's", "ministers'", "ministerial",
                                              "officials", "officials'", "experts", "parliamentary",
                                              "parliamentarians", "youth", "business", "investors",
                                              "investment", "civil society", "media", "women's",
                                              "deputies", "governors", "sherpas"};
    if (w > m->span.end && skg_find_any(an, m->span.end, w, not_leaders, SKG_COUNT(not_leaders)) &&
        skg_find_phrase(an, m->span.end, w, "prime ministers") == (size_t)-1)
      return 0; /* the Nordic prime ministers' meeting is a summit */
  }
  out->org = m->ref;
  out->body = m->kind == SKG_M_BODY ? (int)k : -1;
  out->edition = edition_before(an, first, k, start > sent.start + 40 ? start - 40 : sent.start);
  if (!out->edition && w < m->span.start)
    out->edition = edition_before(an, first, k, w > sent.start + 24 ? w - 24 : sent.start);
  /* "ASEAN opened the 47th ASEAN Summit": between the org and the meeting word */
  int counted = !out->edition && counted_meeting(an, w, sent);
  for (size_t j = k + 1; !out->edition && !counted && j < an->mentions.count && an->mentions.items[j].span.start < w; ++j)
    if (an->mentions.items[j].kind == SKG_M_ORDINAL && an->mentions.items[j].value < 200)
      out->edition = (int)an->mentions.items[j].value;
  size_t w_end = w_end_of(an, sent, w);
  if (!out->edition)
    out->edition = edition_after(an, s, m->span.end > w_end ? m->span.end : w_end);
  /* ... or its clause turns to another meeting before naming it ("agreed to
     meet again when Korea hosts the ASEAN-Korea Commemorative Summit") */
  skg_span clause = skg_clause_at(an, sent, start, 0);
  out->other = other_meeting(an, s, start, w) || other_meeting_words(an, (skg_span){clause.start, start}) ||
               chair_of_meeting(an, sent, start);
  /* a quotation names a meeting less surely than the report's own words */
  out->quoted = skg_in_quotes(an, s, start);
  out->sentence = s;
  out->span = (skg_span){start < w ? start : w, w_end};
  if (out->span.end < m->span.end)
    out->span.end = m->span.end;
  static const char *const held[] = {"was held", "were held", "convened", "took place", "opened",
                                     "is being held", "met in", "met at", "gathered"};
  /* ... right after its naming: "The first X summit was held in 2019, alongside a Y summit" is X's */
  size_t held_to = out->span.end + 40 < sent.end ? out->span.end + 40 : sent.end;
  out->held = skg_find_any(an, out->span.end, held_to, held, SKG_COUNT(held));
  /* a plan ("is expected to travel in November for the Y Summit") names a meeting less surely */
  out->planned = skg_sentence_is_plan(an, s, sent.start, sent.end);
  return 1;
}

/* The edition the namings of `org` agree on: the report's own words before
   a quotation's, the body's before its headline (where "1st U.S.-hosted
   Summit" may name no edition), the first of equals. */
static int
agreed_edition(const candidate *cands, size_t n, int org)
{
  int best = 0;
  double best_votes = 0;
  for (size_t i = 0; i < n; ++i) {
    if (cands[i].org != org || cands[i].other || !cands[i].edition)
      continue;
    double votes = 0;
    for (size_t j = 0; j < n; ++j)
      if (cands[j].org == org && !cands[j].other && cands[j].edition == cands[i].edition)
        votes += cands[j].quoted ? 0.1 : cands[j].sentence == 0 ? 1.0 : 2.0;
    if (votes > best_votes) {
      best = cands[i].edition;
      best_votes = votes;
    }
  }
  return best;
}

static skg_status
add_summit(skg_analysis *an, skg_summit sm)
{
  if (an->n_summits == an->cap_summits) {
    size_t cap = an->cap_summits ? 2 * an->cap_summits : 4;
    skg_summit *p = realloc(an->summits, cap * sizeof *p);
    if (!p)
      return SKG_ERR_NOMEM;
    an->summits = p;
    an->cap_summits = cap;
  }
  an->summits[an->n_summits++] = sm;
  return SKG_OK;
}

/* "Leaders of the BRICS group ... said they have invited six countries to
   join": an organization's leaders deciding together meet, even where no
   meeting word is written.  Returns the org row, or -1. */
static int
leaders_acting(const skg_analysis *an, skg_span *span, size_t *sentence)
{
  static const char *const decided[] = {"agreed", "decided", "invited", "adopted", "approved",
                                        "endorsed", "signed", "announced", "declared", "met",
                                        "gathered", "convened"};
  static const char *const heads[] = {"leaders of", "heads of state of", "heads of government of",
                                      "presidents of", "prime ministers of", "heads of state and government of"};
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    int acted = 0;
    for (size_t i = 0; i < SKG_COUNT(decided) && !acted; ++i)
      acted = skg_find_phrase(an, sent.start, sent.end, decided[i]) != (size_t)-1;
    if (!acted || skg_sentence_is_plan(an, s, sent.start, sent.end))
      continue;
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_ORG)
        continue;
      size_t from = m->span.start > sent.start + 40 ? m->span.start - 40 : sent.start;
      /* "leaders of the X", "the prime ministers of X": the heads right before it */
      size_t before = m->span.start;
      if (skg_ends_with_phrase(an, from, before, "the"))
        before = before - 4 > from ? before - 4 : from;
      int heads_before = 0;
      for (size_t h = 0; h < SKG_COUNT(heads) && !heads_before; ++h)
        heads_before = skg_ends_with_phrase(an, from, before, heads[h]);
      if (heads_before ||
          skg_find_phrase(an, m->span.end, m->span.end + 9 < sent.end ? m->span.end + 9 : sent.end,
                          "leaders") == m->span.end + 1) {
        *span = (skg_span){from, m->span.end};
        *sentence = s;
        return m->ref;
      }
    }
  }
  return -1;
}

/* "Heads of state of the 32 NATO allies are expected to gather in Ankara for
   the alliance's annual summit": the organization and a meeting word in one
   sentence, further apart than a name of the meeting.  The last resort when
   nothing names a meeting of an organization more closely.  Returns the org
   row, or -1. */
static int
org_with_meeting(const skg_analysis *an, skg_span *span, size_t *sentence)
{
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    size_t w = meeting_word(an, sent.start, sent.end);
    /* a sentence that turns to another meeting ("expected in St Petersburg
       later this month for an informal summit of X") names none */
    if (w == (size_t)-1 || skg_find_phrase(an, sent.start, sent.end, "summits") != (size_t)-1 ||
        other_meeting_words(an, sent))
      continue;
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_ORG || other_meeting(an, s, m->span.start, w))
        continue;
      *span = m->span;
      *sentence = s;
      return m->ref;
    }
  }
  return -1;
}

/* The year written after the organization's name ("CHOGM 2024", "the BRICS
   Summit 2024"), the one written most often (the latest on a tie), never
   after "since"; 0 if none.  It dates the summit of an undated report. */
static int
named_year(const skg_analysis *an, int org)
{
  int years[8], counts[8];
  size_t n = 0;
  const char *t = an->text.norm.data;
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if ((m->kind != SKG_M_ORG && m->kind != SKG_M_BODY) || m->ref != org)
      continue;
    size_t at = m->span.end, len = an->text.norm.len;
    /* "the BRICS Summit 2024": a meeting word may stand between */
    size_t w = at + 1;
    while (w < len && isalpha((unsigned char)t[w]))
      ++w;
    if (at < len && t[at] == ' ' && w > at + 1 && meeting_word(an, at + 1, w) == at + 1)
      at = w;
    if (at + 5 > len || t[at] != ' ' || !isdigit((unsigned char)t[at + 1]) ||
        (at + 5 < len && isalnum((unsigned char)t[at + 5])))
      continue;
    int y = atoi(t + at + 1);
    size_t s = skg_text_sentence_at(&an->text, m->span.start);
    if (y < 1950 || y > 2100 || skg_ends_with_phrase(an, an->text.sentences[s].start, m->span.start, "since"))
      continue;
    size_t i = 0;
    while (i < n && years[i] != y)
      ++i;
    if (i == n && n < 8)
      years[n] = y, counts[n++] = 0;
    if (i < n)
      ++counts[i];
  }
  int best = 0, best_count = 0;
  for (size_t i = 0; i < n; ++i)
    if (counts[i] > best_count || (counts[i] == best_count && years[i] > best))
      best = years[i], best_count = counts[i];
  return best;
}

static int paragraph_break(const skg_analysis *an, size_t a, size_t b);

static int year_in_sentence(const skg_analysis *an, size_t s);
static int day_in_sentence(const skg_analysis *an, size_t s);

/* Is sentence s a corpus's date stamp (" date 2026-05-17 ") or the wire's
   dateline ("NAIROBI, May 17 (Reuters) -"), what follows it the head of the
   first paragraph? */
static int
dateline_sentence(const skg_analysis *an, size_t s)
{
  const skg_doc *doc = an->doc;
  skg_span sent = an->text.sentences[s];
  size_t start = an->text.orig_start[sent.start], last = an->text.orig_start[sent.end - 1];
  return last < doc->body_start || (doc->dateline_end && start >= doc->dateline.start && last < doc->dateline_end);
}

/* Is candidate c a meeting reported as held at the head of a paragraph ("The
   11th Polynesian Leaders Group meeting was held in Avarua ...", "Almost a
   year later, ..., the 12th PLG meeting convened in Papeete"), in the
   report's own words? */
static int
held_at_paragraph_head(const skg_analysis *an, const candidate *c)
{
  static const char *const held[] = {"was held", "were held", "convened", "took place", "met in",
                                     "opened in", "gathered in", "was hosted", "met at", "gathered at",
                                     "met for", "hosted the", "co-hosted the", "chaired the",
                                     "co-chaired the", "got under way"};
  if (c->other || c->quoted ||
      (c->sentence > 0 && !paragraph_break(an, c->sentence - 1, c->sentence) && !dateline_sentence(an, c->sentence - 1)))
    return 0;
  skg_span sent = an->text.sentences[c->sentence];
  /* a meeting of an earlier year, told without its day ("The first summit
     was also held online, in 2021"), is recalled, not reported */
  return skg_find_any(an, sent.start, sent.end, held, SKG_COUNT(held)) && !other_meeting_words(an, sent) &&
         !(skg_year_before_in(an, sent, an->summits[0].year) && !day_in_sentence(an, c->sentence));
}

/* Does sentence s tell a day ("On Thursday, 14 May", "on 1 July 2025")? */
static int
day_in_sentence(const skg_analysis *an, size_t s)
{
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind == SKG_M_DATE && m->date.day)
      return 1;
  }
  return 0;
}

/* The year of the first full date in sentence s, or 0. */
static int
year_in_sentence(const skg_analysis *an, size_t s)
{
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k)
    if (an->mentions.items[k].kind == SKG_M_DATE && an->mentions.items[k].date.year)
      return an->mentions.items[k].date.year;
  return 0;
}

/* Several meetings reported one after another, each held at the head of a
   paragraph of its own and each of its own edition or organization: each a
   summit, and each paragraph from its head on (to the next one's) its part
   of the report.  The report's summit keeps what comes before the first. */
static skg_status
several_meetings(skg_analysis *an, const candidate *cands, size_t n)
{
  size_t heads[8], n_heads = 0;
  int index[8];
  size_t main_head = (size_t)-1; /* the sentence of a head naming the report's summit without its edition */
  for (size_t i = 0; i < n && n_heads < 8; ++i) {
    if (!held_at_paragraph_head(an, &cands[i]))
      continue;
    const skg_summit *main = &an->summits[0];
    if (cands[i].org == main->org && (!cands[i].edition || !main->edition)) {
      /* one organization's meetings are told apart by their editions */
      if (main_head == (size_t)-1)
        main_head = cands[i].sentence;
      continue;
    }
    /* "The 24th Summit of the EAC was held on the 28th at the Arusha
       International Conference Centre": one meeting to a sentence */
    int dup = 0;
    for (size_t j = 0; j < n && !dup; ++j)
      dup = j != i && cands[j].sentence == cands[i].sentence;
    for (size_t h = 0; h < n_heads && !dup; ++h)
      dup = cands[heads[h]].org == cands[i].org && cands[heads[h]].edition == cands[i].edition;
    if (!dup)
      heads[n_heads++] = i;
  }
  int distinct = 0, main_among = 0;
  for (size_t h = 0; h < n_heads; ++h) {
    int other = cands[heads[h]].org != an->summits[0].org || cands[heads[h]].edition != an->summits[0].edition;
    distinct |= other;
    main_among |= !other;
  }
  /* "For the first time, an Africa-France Summit was held in ...", then a
     paragraph "President A hosted the first Korea-Central Asia Summit": the
     report's summit heads the paragraphs before the other's */
  int main_first = !main_among && n_heads && main_head < cands[heads[0]].sentence;
  if (n_heads + main_first < 2 || !distinct)
    return SKG_OK;
  for (size_t h = 0; h < n_heads; ++h) {
    const candidate *c = &cands[heads[h]];
    index[h] = -1;
    for (size_t k = 0; k < an->n_summits && index[h] < 0; ++k)
      if (an->summits[k].org == c->org && an->summits[k].edition == c->edition)
        index[h] = (int)k;
    int year = year_in_sentence(an, c->sentence);
    if (index[h] < 0) {
      skg_summit sm = {c->org, c->edition, year ? year : an->summits[0].year, 0, c->span, c->sentence};
      skg_status st = add_summit(an, sm);
      if (st)
        return st;
      index[h] = (int)an->n_summits - 1;
      an->focus = (size_t)index[h];
      skg_fact f = {SKG_F_SUMMIT, 0, skg_value_ref(SKG_V_ORG, c->org),
                    c->edition ? skg_value_num(SKG_V_INT, c->edition) : skg_value_ref(SKG_V_NONE, -1),
                    skg_value_ref(SKG_V_NONE, -1), 0, c->span, c->sentence, "summit.one-of-several", 0.85};
      st = skg_add_fact(an, f);
      an->focus = 0;
      if (st)
        return st;
    } else if (year)
      an->summits[index[h]].year = year;
  }
  an->section = malloc(an->text.n_sentences * sizeof *an->section);
  if (!an->section)
    return SKG_ERR_NOMEM;
  for (size_t s = 0, h = 0; s < an->text.n_sentences; ++s) {
    while (h < n_heads && cands[heads[h]].sentence <= s)
      ++h;
    an->section[s] = h ? index[h - 1] : 0;
  }
  return SKG_OK;
}

/* Is candidate c a naming in the report's first sentences, or an
   organization's (not a shared body's) in its header lines? */
static int
in_head(const skg_analysis *an, const candidate *c)
{
  return c->sentence < 2 || (c->body < 0 && c->span.end <= an->text.body_start);
}

skg_status
skg_extract_summits(skg_analysis *an)
{
  candidate *cands = NULL;
  size_t n = 0, cap = 0;
  skg_status st = SKG_OK;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    for (size_t k = first; k < last; ++k) {
      candidate c;
      if (!summit_at(an, s, first, k, &c))
        continue;
      /* "Shanghai Cooperation Organization (SCO) summit": one mention */
      if (n && cands[n - 1].sentence == s && cands[n - 1].org == c.org &&
          c.span.start <= cands[n - 1].span.end + 8) {
        if (!cands[n - 1].edition)
          cands[n - 1].edition = c.edition;
        continue;
      }
      if (n == cap) {
        cap = cap ? 2 * cap : 16;
        candidate *p = realloc(cands, cap * sizeof *p);
        if (!p) {
          free(cands);
          return SKG_ERR_NOMEM;
        }
        cands = p;
      }
      cands[n++] = c;
    }
  }
  /* the organization named most often as meeting, earlier mentions breaking ties;
     a naming in the first sentences or the header's lines counts twice */
  int best_org = -1;
  double best_score = 0;
  for (size_t i = 0; i < n; ++i) {
    if (cands[i].other)
      continue;
    double score = 0;
    for (size_t j = 0; j < n; ++j)
      if (cands[j].org == cands[i].org && !cands[j].other)
        score += (cands[j].quoted || cands[j].planned ? 0.5 : 1.0) + (in_head(an, &cands[j]) ? 1.0 : 0.0) +
                 (cands[j].edition ? 0.5 : 0) + (cands[j].held ? 0.5 : 0);
    score -= (double)i * 1e-3;
    if (best_org < 0 || score > best_score) {
      best_org = cands[i].org;
      best_score = score;
    }
  }
  /* "this 26th meeting of the Council of Heads of State": a body's name
     several organizations share is the one the report is about, when that
     one has a body so named */
  for (size_t i = 0; i < n && best_org >= 0; ++i)
    if (cands[i].body >= 0 && cands[i].org != best_org && body_of(an, &an->mentions.items[cands[i].body], best_org))
      cands[i].org = best_org;
  skg_span leaders_span = {0, 0};
  size_t leaders_sentence = 0;
  const char *fallback_rule = "summit.leaders-decided";
  if (best_org < 0)
    best_org = leaders_acting(an, &leaders_span, &leaders_sentence);
  if (best_org < 0) {
    best_org = org_with_meeting(an, &leaders_span, &leaders_sentence);
    fallback_rule = "summit.org-and-meeting-word";
  }
  /* the fallbacks may name an organization no candidate is about (all of
     them being other meetings): then it is as if none were named */
  int named = 0;
  for (size_t i = 0; i < n && best_org >= 0 && !named; ++i)
    named = cands[i].org == best_org && !cands[i].other;
  if (best_org >= 0 && !named) {
    /* no meeting named, but the organization's leaders decided together */
    skg_summit sm = {best_org, session_of_own_body(an), an->doc->date.year ? an->doc->date.year : named_year(an, best_org),
                     0, leaders_span, leaders_sentence};
    st = add_summit(an, sm);
    skg_fact f = {SKG_F_SUMMIT, 0, skg_value_ref(SKG_V_ORG, best_org),
                  sm.edition ? skg_value_num(SKG_V_INT, sm.edition) : skg_value_ref(SKG_V_NONE, -1),
                  skg_value_ref(SKG_V_NONE, -1), 0, leaders_span, leaders_sentence,
                  fallback_rule, 0.6};
    if (!st)
      st = skg_add_fact(an, f);
  } else if (best_org >= 0) {
    skg_summit sm = {best_org, 0, an->doc->date.year ? an->doc->date.year : named_year(an, best_org), 0,
                     {0, 0}, 0};
    size_t first = (size_t)-1;
    for (size_t i = 0; i < n && first == (size_t)-1; ++i)
      if (cands[i].org == best_org && !cands[i].other)
        first = i;
    sm.edition = agreed_edition(cands, n, best_org);
    if (!sm.edition)
      sm.edition = session_of_own_body(an);
    sm.mention = cands[first].span;
    sm.sentence = cands[first].sentence;
    st = add_summit(an, sm);
    /* one fact per naming, each its own evidence; "the 12th summit" in a
       report of the 13th names another one */
    for (size_t i = 0; i < n && !st; ++i) {
      if (cands[i].org != best_org || cands[i].other ||
          (cands[i].edition && sm.edition && cands[i].edition != sm.edition))
        continue;
      skg_fact f = {SKG_F_SUMMIT, 0, skg_value_ref(SKG_V_ORG, best_org),
                    sm.edition ? skg_value_num(SKG_V_INT, sm.edition) : skg_value_ref(SKG_V_NONE, -1),
                    skg_value_ref(SKG_V_NONE, -1), 0, cands[i].span, cands[i].sentence,
                    cands[i].edition ? "summit.named-with-edition" : "summit.named",
                    cands[i].edition ? 0.95 : 0.85};
      st = skg_add_fact(an, f);
    }
  }
  if (!st && an->n_summits)
    st = several_meetings(an, cands, n);
  free(cands);
  return st;
}

/* Does sentence s itself speak of a meeting: the report's organization with
   a meeting word, or "the summit", "the talks", "the gathering"?  Whatever
   summit is in focus. */
static int
names_meeting(const skg_analysis *an, size_t s)
{
  skg_span sent = an->text.sentences[s];
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  /* "Leaders of the Southern African Customs Union met in Windhoek today":
     the organization's leaders meeting are its meeting */
  static const char *const heads[] = {"leaders", "heads of state", "heads of government", "presidents",
                                      "prime ministers"};
  static const char *const met[] = {"met", "gathered", "convened", "meet in", "are meeting"};
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if ((m->kind == SKG_M_ORG || m->kind == SKG_M_BODY) && m->ref == an->summits[an->focus].org &&
        (meeting_word(an, sent.start, sent.end) != (size_t)-1 ||
         (skg_find_any(an, sent.start, sent.end, heads, SKG_COUNT(heads)) &&
          skg_find_any(an, sent.start, sent.end, met, SKG_COUNT(met)))))
      return 1;
  }
  static const char *const refs[] = {"the summit", "the meeting", "the session", "this summit",
                                     "the conference", "the event", "the forum", "the sitting",
                                     "the talks", "the gathering", "the plenary", "the call",
                                     "the assembly", "the council", "the videoconference"};
  for (size_t i = 0; i < SKG_COUNT(refs); ++i)
    if (skg_find_phrase(an, sent.start, sent.end, refs[i]) != (size_t)-1)
      return 1;
  /* "The October 1 summit was attended": a date, then the meeting word */
  return meeting_word(an, sent.start, sent.end) != (size_t)-1 &&
         skg_find_phrase(an, sent.start, sent.end, "summits") == (size_t)-1;
}

static int names_meeting_memo(const skg_analysis *an, size_t s);

int
skg_sentence_names_meeting(const skg_analysis *an, size_t s)
{
  return skg_sentence_in_focus(an, s) && names_meeting_memo(an, s);
}

/* Is there a paragraph break between sentences a and b (a < b)? */
static int
paragraph_break(const skg_analysis *an, size_t a, size_t b)
{
  const char *s = an->text.norm.data;
  return memchr(s + an->text.sentences[a].end, '\n',
                an->text.sentences[b].start - an->text.sentences[a].end) != NULL;
}

int
skg_sentence_about_summit(const skg_analysis *an, size_t s)
{
  if (!an->n_summits || !skg_sentence_in_focus(an, s))
    return 0;
  if (an->about_summit)
    return an->about_summit[s];
  if (names_meeting(an, s))
    return 1;
  /* a report goes on about the meeting it named: the rest of that paragraph
     speaks of it too ("Around the table were ...") */
  for (size_t p = s; p-- > 0;) {
    if (paragraph_break(an, p, p + 1))
      break;
    if (names_meeting(an, p))
      return 1;
  }
  return 0;
}

skg_status
skg_index_about_summit(skg_analysis *an)
{
  free(an->about_summit);
  an->about_summit = NULL;
  size_t n = an->text.n_sentences;
  if (!an->n_summits || !n)
    return SKG_OK;
  unsigned char *about = malloc(n);
  if (!about)
    return SKG_ERR_NOMEM;
  /* as above: it names the meeting, or an earlier sentence of its paragraph does */
  for (size_t s = 0; s < n; ++s)
    about[s] = names_meeting(an, s) || (s > 0 && about[s - 1] && !paragraph_break(an, s - 1, s));
  an->about_summit = about;
  return SKG_OK;
}

/* Does ordinal m number a meeting ("the 11th summit", "the 11th Ordinary
   Session of the Assembly"), not a day ("held on the 28th at the ...
   Conference Centre")?  Only capitalised words, qualifiers and "of the" may
   stand between it and the meeting word. */
static int
ordinal_of_meeting(const skg_analysis *an, const skg_mention *m, skg_span sent)
{
  static const char *const between[] = {"ordinary", "extraordinary", "regular", "annual", "special",
                                        "informal", "the", "of", "and"};
  size_t to = m->span.end + 60 < sent.end ? m->span.end + 60 : sent.end;
  size_t w = meeting_word(an, m->span.end, to);
  if (w == (size_t)-1)
    return 0;
  /* "attending his first Arab summit as president": someone's count, no edition */
  static const char *const owners[] = {"his", "her", "my"}; /* not "their first summit": the group's */
  for (size_t i = 0; i < SKG_COUNT(owners); ++i)
    if (skg_ends_with_phrase(an, sent.start, m->span.start, owners[i]))
      return 0;
  const char *t = an->text.norm.data;
  for (size_t i = m->span.end; i < w;) {
    while (i < w && !isalnum((unsigned char)t[i]))
      ++i;
    size_t e = i;
    while (e < w && (isalnum((unsigned char)t[e]) || t[e] == '-' || t[e] == '\''))
      ++e;
    if (e > i && islower((unsigned char)t[i])) {
      int ok = 0;
      for (size_t k = 0; k < SKG_COUNT(between) && !ok; ++k)
        ok = strlen(between[k]) == e - i && !strncmp(t + i, between[k], e - i);
      if (!ok)
        return 0;
    }
    i = e;
  }
  return !counted_meeting(an, w, sent);
}

/* "next" of the next meeting ("the next summit", "next year in Brasilia"),
   not of a span of time or of what follows ("for the next year", "over the
   next five years", "the next day", "next steps", "next week"). */
size_t
skg_find_next_meeting(const skg_analysis *an, skg_span sent)
{
  static const char *const spans_before[] = {"for the ", "over the ", "in the ", "during the ",
                                             "within the ", "throughout the "};
  /* "next to him", "next door": a place, not a meeting */
  static const char *const not_meetings[] = {" steps", " step", " generation", " day", " morning",
                                             " afternoon", " evening", " phase", " stage", " to",
                                             " door"};
  const char *t = an->text.lower;
  for (size_t at = sent.start, hit; (hit = skg_find_phrase(an, at, sent.end, "next")) != (size_t)-1;
       at = hit + 1) {
    int time_span = 0;
    for (size_t i = 0; i < SKG_COUNT(spans_before) && !time_span; ++i) {
      size_t n = strlen(spans_before[i]);
      time_span = hit >= sent.start + n && !strncmp(t + hit - n, spans_before[i], n);
    }
    for (size_t i = 0; i < SKG_COUNT(not_meetings) && !time_span; ++i) {
      size_t n = strlen(not_meetings[i]);
      time_span = hit + 4 + n <= sent.end && !strncmp(t + hit + 4, not_meetings[i], n) &&
                  (hit + 4 + n == sent.end || !isalpha((unsigned char)t[hit + 4 + n]));
    }
    /* "next week", "next Tuesday": when this meeting meets */
    if (!time_span && !time_of_this_meeting(an, hit + 4))
      return hit;
  }
  return (size_t)-1;
}

/* "the meeting of EU-CELAC Ministers of Foreign Affairs", "a meeting of the
   bloc's finance ministers": ministers within a few words of "meeting of",
   not prime ministers. */
static int
ministers_meeting(const skg_analysis *an, skg_span sent)
{
  const char *t = an->text.lower;
  /* "a meeting of the foreign ministers", "a conference of foreign ministers held in ..." */
  static const char *const of_whom[] = {"meeting of", "conference of", "session of"};
  for (size_t w = 0; w < SKG_COUNT(of_whom); ++w)
    for (size_t at = sent.start, hit; (hit = skg_find_phrase(an, at, sent.end, of_whom[w])) != (size_t)-1;
         at = hit + 1) {
      size_t from = hit + strlen(of_whom[w]), near = hit + 50 < sent.end ? hit + 50 : sent.end;
      size_t m = skg_find_phrase(an, from, near, "ministers");
      if (m == (size_t)-1 || memchr(t + hit, ',', m - hit) || (m >= 6 && !strncmp(t + m - 6, "prime ", 6)))
        continue;
      return 1;
    }
  /* "Yesterday's ministerial review conference", "the ministers' session" */
  static const char *const of_ministers[] = {"ministerial", "ministers'", "ministers"};
  for (size_t i = 0; i < SKG_COUNT(of_ministers); ++i)
    for (size_t at = sent.start, hit; (hit = skg_find_phrase(an, at, sent.end, of_ministers[i])) != (size_t)-1;
         at = hit + 1) {
      size_t from = hit + strlen(of_ministers[i]), near = from + 22 < sent.end ? from + 22 : sent.end;
      size_t w = meeting_word(an, from, near);
      if ((hit < sent.start + 6 || strncmp(t + hit - 6, "prime ", 6)) && w != (size_t)-1 &&
          !memchr(t + from, ',', w - from))
        return 1;
    }
  /* "ministers of the five member states had met in Abidjan on Wednesday" */
  for (size_t at = sent.start, hit; (hit = skg_find_phrase(an, at, sent.end, "ministers")) != (size_t)-1;
       at = hit + 1) {
    size_t near = hit + 60 < sent.end ? hit + 60 : sent.end, met = skg_find_phrase(an, hit, near, "met");
    if (met != (size_t)-1 && (hit < sent.start + 6 || strncmp(t + hit - 6, "prime ", 6)) &&
        !memchr(t + hit, ',', met - hit))
      return 1;
  }
  /* "the Council of Ministers, which met in Rubavu on 2 July", not the
     office "the President of the Council of Ministers" */
  static const char *const bodies[] = {"council of ministers", "committee of ministers",
                                       "executive council"};
  static const char *const offices[] = {"president of the ", "chairman of the ", "chair of the ",
                                        "chairperson of the "};
  for (size_t i = 0; i < SKG_COUNT(bodies); ++i)
    for (size_t at = sent.start, hit; (hit = skg_find_phrase(an, at, sent.end, bodies[i])) != (size_t)-1;
         at = hit + 1) {
      int office = 0;
      for (size_t k = 0; k < SKG_COUNT(offices) && !office; ++k) {
        size_t n = strlen(offices[k]);
        office = hit >= sent.start + n && !strncmp(t + hit - n, offices[k], n);
      }
      if (!office && skg_find_phrase(an, hit, sent.end, "met") != (size_t)-1)
        return 1;
    }
  return 0;
}

/* Words that turn a sentence (or part of one) to another meeting than the
   one it names: "next", "previous", "last year", "Separately", ... */
static int
other_meeting_words(const skg_analysis *an, skg_span sent)
{
  static const char *const cues[] = {"previous", "last year", "last month", "earlier",
                                     "upcoming", "forthcoming", "following meeting",
                                     "following summit", "last november", "last december",
                                     "last october", "last september", "last june", "last july",
                                     "reconvene", "meet again", "will meet in", "last met",
                                     "aim to meet", "aims to meet", "hope to meet",
                                     /* a report turning to something else */
                                     "separately", "later this month", "later this year",
                                     "later in the year",
                                     /* a meeting of ministers or officials, not of leaders */
                                     "meeting of foreign ministers", "meeting of national security",
                                     "meeting of senior officials", "ministers' meeting", "deputies",
                                     "deputy foreign ministers", "had prepared", "level of deputy",
                                     "sherpas met", "sherpas' meeting",
                                     "ministerial meeting", "ministerial conference",
                                     "preparatory meeting", "preparatory session", "was preceded",
                                     "were preceded", "separate ceremony", "separate conference",
                                     "separate meeting", "separate summit",
                                     /* "as it did when it hosted the sixth summit of ..." */
                                     "as it did when", "as it did in", "as they did when", "as they did in",
                                     /* the side events of business and society */
                                     "business forum", "investors forum", "investors' forum",
                                     "investment forum", "business leaders", "business council", "civil society forum",
                                     "youth forum", "media forum"};
  return skg_find_any(an, sent.start, sent.end, cues, SKG_COUNT(cues)) || skg_find_next_meeting(an, sent) != (size_t)-1 ||
         ministers_meeting(an, sent);
}

/* Does a date mention of [first, last) hold norm offset `at`? */
static int
in_date_mention(const skg_analysis *an, size_t first, size_t last, size_t at)
{
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind == SKG_M_DATE && m->date.year && m->span.start <= at && at < m->span.end)
      return 1;
  }
  return 0;
}

/* Does the part `sent` of sentence s speak of another meeting than the summit? */
static int
other_meeting_in(const skg_analysis *an, size_t s, skg_span sent)
{
  if (!skg_sentence_in_focus(an, s))
    return 1; /* another summit's part of the report */
  if (other_meeting_words(an, sent))
    return 1;
  if (!an->n_summits)
    return 0;
  const skg_summit *sm = &an->summits[an->focus];
  const char *t = an->text.norm.data;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->span.start < sent.start || m->span.end > sent.end)
      continue;
    /* "the 11th summit" in a report of the 12th */
    if (m->kind == SKG_M_ORDINAL && sm->edition && m->value != sm->edition &&
        ordinal_of_meeting(an, m, sent))
      return 1;
    /* "in September" in a report of a March meeting */
    if (m->kind == SKG_M_DATE && sm->month && m->date.month != sm->month &&
        (!m->date.year || m->date.year == sm->year))
      return 1;
  }
  /* "in September" alone, in a report of a March meeting */
  for (size_t i = sent.start; sm->month && i < sent.end; ++i) {
    if (!isupper((unsigned char)t[i]) || (i > sent.start && isalpha((unsigned char)t[i - 1])))
      continue;
    size_t len = 0;
    while (i + len < sent.end && isalpha((unsigned char)t[i + len]))
      ++len;
    int month = len >= 5 || len == 3 || len == 4 ? skg_month_from_name(t + i, len) : 0;
    /* "May" is also a verb: only full names other than it; a month inside a
       full date was weighed above ("on 1 January 2026" of another year) */
    if (month && month != sm->month && len > 3 && !(i + len < sent.end && t[i + len] == '.') &&
        !in_date_mention(an, first, last, i))
      return 1;
    i += len;
  }
  /* "in 2016", but not the range "2024-2025" of a presidency's term */
  for (size_t i = sent.start; sm->year && i + 4 <= sent.end; ++i) {
    if ((i > sent.start && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '-')) ||
        (i + 4 < sent.end && (isalnum((unsigned char)t[i + 4]) || t[i + 4] == '-')))
      continue;
    if (!isdigit((unsigned char)t[i]) || !isdigit((unsigned char)t[i + 1]) ||
        !isdigit((unsigned char)t[i + 2]) || !isdigit((unsigned char)t[i + 3]))
      continue;
    int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    /* a later year is a target ("set 2028 as the target year") unless a
       meeting is to be held then */
    /* the year must date a meeting ("the 2016 summit", "met in Goa in 2016"),
       not a membership or an office ("joined in 2023", "chair since 2024") */
    size_t near_from = i > sent.start + 40 ? i - 40 : sent.start;
    size_t near_to = i + 44 < sent.end ? i + 44 : sent.end;
    int dates_meeting = meeting_word(an, near_from, near_to) != (size_t)-1 &&
                        !(i >= sent.start + 6 && !strncmp(t + i - 6, "since ", 6));
    if (y >= 1900 && y <= 2200 && dates_meeting &&
        (y < sm->year || (y > sm->year && skg_find_phrase(an, sent.start, sent.end, "will") != (size_t)-1)))
      return 1;
  }
  return 0;
}

int
skg_other_meeting_words(const skg_analysis *an, skg_span part)
{
  return other_meeting_words(an, part);
}

/* The answers hold for the summit in focus as it stood when they were
   given: the summits' list while it grows, and their year and month, which
   the dates extractor sets after asking, are part of the question. */
struct skg_meeting_memo {
  unsigned char *answer;  /* per sentence: 0 not asked yet, else 1 + the answer */
  size_t         n_sentences;
  size_t         focus, n_summits;
  int            sections, edition, year, month;
  /* names_meeting()'s answers, the same way; they hold for the organization
     of the summit in focus and the mentions as they were */
  unsigned char *names;
  size_t         names_focus, names_mentions;
  int            names_org;
  /* the last clause asked of (people of one list share theirs), while the
     answers above hold: sentence, span, 1 + the answer (0: none yet) */
  size_t         clause_sentence;
  skg_span       clause;
  int            clause_answer;
};

skg_meeting_memo *
skg_meeting_memo_new(size_t n_sentences)
{
  skg_meeting_memo *memo = calloc(1, sizeof *memo);
  if (memo && (!(memo->answer = calloc(n_sentences ? n_sentences : 1, 1)) ||
               !(memo->names = calloc(n_sentences ? n_sentences : 1, 1)))) {
    free(memo->answer);
    free(memo);
    return NULL;
  }
  if (memo)
    memo->n_sentences = n_sentences;
  return memo;
}

void
skg_meeting_memo_free(skg_meeting_memo *memo)
{
  if (memo) {
    free(memo->answer);
    free(memo->names);
  }
  free(memo);
}

/* Forget the answers if they were given of another summit, or of this one
   as it was. */
static void
memo_for_focus(const skg_analysis *an, skg_meeting_memo *memo)
{
  const skg_summit *sm = an->n_summits ? &an->summits[an->focus] : NULL;
  skg_meeting_memo now = *memo;
  now.focus = an->focus;
  now.n_summits = an->n_summits;
  now.sections = an->section != NULL;
  now.edition = sm ? sm->edition : 0;
  now.year = sm ? sm->year : 0;
  now.month = sm ? sm->month : 0;
  if (now.focus != memo->focus || now.n_summits != memo->n_summits || now.sections != memo->sections ||
      now.edition != memo->edition || now.year != memo->year || now.month != memo->month) {
    memset(memo->answer, 0, memo->n_sentences);
    now.clause_answer = 0;
    *memo = now;
  }
}

/* names_meeting(), asked again and again of the same sentences by the
   dates extractor, answered once for the summit in focus. */
static int
names_meeting_memo(const skg_analysis *an, size_t s)
{
  skg_meeting_memo *memo = an->other_meeting;
  if (!memo || s >= memo->n_sentences || !an->n_summits)
    return names_meeting(an, s);
  int org = an->summits[an->focus].org;
  if (memo->names_focus != an->focus || memo->names_org != org || memo->names_mentions != an->mentions.count) {
    memset(memo->names, 0, memo->n_sentences);
    memo->names_focus = an->focus;
    memo->names_org = org;
    memo->names_mentions = an->mentions.count;
  }
  if (!memo->names[s])
    memo->names[s] = (unsigned char)(1 + names_meeting(an, s));
  return memo->names[s] - 1;
}

int
skg_sentence_other_meeting(const skg_analysis *an, size_t s)
{
  skg_meeting_memo *memo = an->other_meeting;
  if (!memo || s >= memo->n_sentences)
    return other_meeting_in(an, s, an->text.sentences[s]);
  memo_for_focus(an, memo);
  if (!memo->answer[s])
    memo->answer[s] = (unsigned char)(1 + other_meeting_in(an, s, an->text.sentences[s]));
  return memo->answer[s] - 1;
}

skg_span
skg_clause_at(const skg_analysis *an, skg_span sent, size_t at, int narrow)
{
  /* the narrow ones first: ";", " but ", " after " part what was done from
     what was not ("A attended after B cancelled his trip") */
  static const char *const breaks[] = {";", " but ", " after ", ", as ", ", and ", ", while ", ", whereas ", ": ",
                                       " - ", ", on the eve of ", ", ahead of ", ", following ",
                                       /* "..., the first held face to face since the sixth summit in 2018" */
                                       ", the first ", ", whose "};
  skg_span clause = sent;
  for (size_t i = 0; i < (narrow ? 4 : SKG_COUNT(breaks)); ++i) {
    size_t n = strlen(breaks[i]);
    for (size_t from = sent.start; (from = skg_find_text(an, from, sent.end, breaks[i])) != (size_t)-1; ++from) {
      if (breaks[i][1] == 'a' && breaks[i][2] == 's' && skg_find_text(an, from, sent.end, ", as well as") == from)
        continue; /* ", as well as B" goes on with a list */
      if (from + n <= at && from + n > clause.start)
        clause.start = from + n;
      if (from >= at && from < clause.end)
        clause.end = from;
    }
  }
  return clause;
}

int
skg_clause_other_meeting(const skg_analysis *an, size_t s, size_t at)
{
  skg_span clause = skg_clause_at(an, an->text.sentences[s], at, 0);
  skg_meeting_memo *memo = an->other_meeting;
  if (!memo)
    return other_meeting_in(an, s, clause);
  memo_for_focus(an, memo);
  if (!memo->clause_answer || memo->clause_sentence != s || memo->clause.start != clause.start ||
      memo->clause.end != clause.end) {
    memo->clause_sentence = s;
    memo->clause = clause;
    memo->clause_answer = 1 + other_meeting_in(an, s, clause);
  }
  return memo->clause_answer - 1;
}
