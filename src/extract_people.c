/* extract_people.c - who chaired the report's summit, who attended it and on
   whose behalf, and every office the report says someone holds.

   Chair: "chaired by PERSON", "presided over by PERSON", "under the
   chairmanship of PERSON", "PERSON chaired", "PERSON will chair".
   Attendance, in a sentence about the summit: "attended by ... A, B and C",
   "A attended / took part in / participated in ...", "A, B ... are in
   attendance", "was also attended by ...".  A sentence that announces
   ("will attend", "expected to") gives planned participations, which are
   not attendance.  People named as hosts of a visit ("at the invitation of")
   are not attendees.  "representative of India" makes India a participating
   state without a name.  Offices: every person named with an office and a
   country or organization ("President X of Y", "Kazakh President X"). */
#include "extract.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static skg_value
jurisdiction_of(const skg_mention *m)
{
  if (m->jur_kind == SKG_M_COUNTRY)
    return skg_value_ref(SKG_V_COUNTRY, m->jur_ref);
  if (m->jur_kind == SKG_M_ORG)
    return skg_value_ref(SKG_V_ORG, m->jur_ref);
  return skg_value_ref(SKG_V_NONE, -1);
}

static const skg_value no_value = {SKG_V_NONE, -1, 0, {0, 0}};

/* A meeting word in the sentence itself. */
static int
names_meeting_word(const skg_analysis *an, skg_span sent)
{
  static const char *const words[] = {"summit", "meeting", "session", "conference", "forum"};
  return skg_find_any(an, sent.start, sent.end, words, SKG_COUNT(words));
}

/* Is the chair cue `h` about another event than the meeting: "a dinner
   hosted by A", "he had chaired the Goa summit in 2016"? */
static int
chair_elsewhere(const skg_analysis *an, size_t s, skg_span sent, const skg_mention *m)
{
  static const char *const events[] = {"dinner", "reception", "banquet", "lunch", "breakfast",
                                       "second time", "ministerial", "ministers' meeting",
                                       "foreign ministers", "council of ministers"};
  return skg_clause_other_meeting(an, s, m->span.start) ||
         skg_find_any(an, sent.start, sent.end, events, SKG_COUNT(events));
}

/* The chair of the meeting said by apposition: "the chairman of this 15th
   Summit, Gambian President A", "Chair of the Conference, A, presided". */
static int
chair_apposition(const skg_analysis *an, skg_span sent, const skg_mention *m)
{
  static const char *const heads[] = {"chairman of", "chairperson of", "chair of", "chairwoman of",
                                      "president of", "host of"};
  static const char *const meetings[] = {"summit", "session", "meeting", "conference", "assembly"};
  const char *t = an->text.norm.data;
  size_t pre = m->extent.start;
  while (pre > sent.start && t[pre - 1] == ' ')
    --pre;
  if (pre == sent.start || t[pre - 1] != ',')
    return 0;
  size_t from = pre > sent.start + 48 ? pre - 48 : sent.start;
  for (size_t i = 0; i < SKG_COUNT(heads); ++i) {
    size_t at = skg_find_phrase(an, from, pre, heads[i]);
    if (at == (size_t)-1 || memchr(t + at, ',', pre - 1 - at))
      continue;
    if (skg_find_any(an, at, pre, meetings, SKG_COUNT(meetings)))
      return 1;
  }
  return 0;
}

/* The end of an office, organization, body or country mention that starts at
   norm offset `at` (before `to`), or `at` if none does. */
static size_t
mention_end_at(const skg_analysis *an, size_t at, size_t to)
{
  size_t s = skg_text_sentence_at(&an->text, at), first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->span.start == at && m->span.end <= to &&
        (m->kind == SKG_M_OFFICE || m->kind == SKG_M_ORG || m->kind == SKG_M_BODY || m->kind == SKG_M_COUNTRY))
      return m->span.end;
  }
  return at;
}

/* Only "the", or an apposition that names the role ("the host,", "its
   host,"), between a cue ending at `from` and a person at `to`? */
static int
apposed_after(const skg_analysis *an, size_t from, size_t to)
{
  /* ... "the Chadian head of state, President A", "the head of government, B" */
  static const char *const words[] = {"the", "host", "hosts", "its", "his", "her", "their", "of",
                                      "head", "state", "government"};
  const char *t = an->text.norm.data;
  if (to < from || to - from > 96)
    return 0;
  for (size_t i = from; i < to;) {
    if (t[i] == ' ' || t[i] == ',') {
      ++i;
      continue;
    }
    /* "chaired by the Chairman of the CSTO Collective Security Council, Prime
       Minister A": an office and whose it is, in apposition */
    size_t past = mention_end_at(an, i, to);
    if (past > i) {
      i = past;
      continue;
    }
    size_t e = i;
    while (e < to && isalpha((unsigned char)t[e]))
      ++e;
    int known = 0;
    for (size_t k = 0; k < SKG_COUNT(words) && !known; ++k)
      known = strlen(words[k]) == e - i && !strncmp(t + i, words[k], e - i);
    /* whose head of state: "the Chadian head of state" */
    known |= e > i && isupper((unsigned char)t[i]) && e + 8 <= to && !strncmp(t + e, " head of", 8);
    if (!known)
      return 0;
    i = e;
  }
  return 1;
}

/* The offset after an adverb at `at` ("then", "also", "later"), or `at`. */
static size_t
skip_adverb(const skg_analysis *an, size_t at, size_t end)
{
  static const char *const adverbs[] = {"then", "also", "later", "subsequently", "formally",
                                        "officially", "jointly", "personally", "briefly", "again",
                                        "today", "yesterday"};
  const char *t = an->text.norm.data;
  size_t i = at;
  while (i < end && t[i] == ' ')
    ++i;
  for (size_t k = 0; k < SKG_COUNT(adverbs); ++k) {
    size_t n = strlen(adverbs[k]);
    if (i + n < end && !strncmp(t + i, adverbs[k], n) && t[i + n] == ' ')
      return i + n;
  }
  return at;
}

static int summit_yet_to_come(const skg_analysis *an);
static int summit_started_by_report(const skg_analysis *an);

/* Does a person mention of [first, last) start in norm [from, to)? */
static int
person_between(const skg_analysis *an, size_t first, size_t last, size_t from, size_t to)
{
  for (size_t j = first; j < last; ++j) {
    const skg_mention *p = &an->mentions.items[j];
    if (p->kind == SKG_M_PERSON && p->span.start >= from && p->span.start < to)
      return 1;
  }
  return 0;
}

/* Is person k of the sentence the chair by cue: "chaired by A", "A presided
   over", "chaired respectively by A and B", "A, who chaired the meeting"? */
static const skg_cue_hit *
chaired_by_cue(const skg_analysis *an, skg_span sent, size_t first, size_t last, size_t k,
               const skg_cue_hit *hits, size_t n, int *planned)
{
  const skg_mention *m = &an->mentions.items[k];
  const char *t = an->text.norm.data;
  for (size_t i = 0; i < n; ++i) {
    const skg_cue_hit *h = &hits[i];
    int hit = 0;
    if (h->cue->side == SKG_SIDE_AFTER) {
      /* right after the cue, or further on in the list it opens */
      for (size_t j = first; j < last && !hit; ++j) {
        const skg_mention *p = &an->mentions.items[j];
        if (p->kind != SKG_M_PERSON || p->extent.start < h->end)
          continue;
        if (!apposed_after(an, h->end, p->extent.start))
          break;
        for (size_t q = j, prev = j; q < last; ++q) {
          if (an->mentions.items[q].kind != SKG_M_PERSON || (q != j && !skg_same_list(an, &an->mentions.items[prev], &an->mentions.items[q])))
            continue;
          if (q == k)
            hit = 1;
          prev = q;
        }
        break;
      }
      /* "co-chaired by A, on behalf of the northern co-presidency, and by B" */
      if (!hit && h->cue->len > 3 && !strcmp(h->cue->phrase + h->cue->len - 3, " by") && m->extent.start > h->end) {
        size_t at = m->extent.start;
        if (at >= 4 && !strncmp(t + at - 4, "the ", 4))
          at -= 4;
        hit = at >= h->end + 8 && !strncmp(t + at - 8, " and by ", 8);
      }
    } else if (h->cue->side == SKG_SIDE_BEFORE) {
      /* "A chaired", "A, whose country chairs the organization this year, presided over" */
      size_t verb_at = m->extent.end;
      if (verb_at + 2 < sent.end && t[verb_at] == ',' &&
          (skg_find_phrase(an, verb_at, verb_at + 8, "who") == verb_at + 2 ||
           skg_find_phrase(an, verb_at, verb_at + 8, "whose") == verb_at + 2)) {
        const char *comma = memchr(t + verb_at + 1, ',', sent.end - verb_at - 1);
        if (comma && (size_t)(comma - t) < h->at)
          verb_at = (size_t)(comma - t) + 1;
        else if (skg_find_phrase(an, verb_at, verb_at + 8, "who") == verb_at + 2)
          verb_at += 6; /* "A, who chaired" */
        else if (h->at >= verb_at + 5 && h->at - verb_at < 120 && !strncmp(t + h->at - 5, " and ", 5) &&
                 !strncmp(t + h->at, "who ", 4))
          verb_at = h->at; /* "A, whose country holds the presidency and who chaired the talks" */
      }
      /* "A, the outgoing chairman of the Union, presided over": an apposition */
      /* ... "A, in his capacity as Chair of ASEAN for 2026, presided over" */
      if (verb_at == m->extent.end && verb_at + 6 < sent.end && t[verb_at] == ',' &&
          (skg_find_phrase(an, verb_at, verb_at + 6, "the") == verb_at + 2 ||
           skg_find_phrase(an, verb_at, verb_at + 6, "a") == verb_at + 2 ||
           skg_find_phrase(an, verb_at, verb_at + 6, "its") == verb_at + 2 ||
           skg_find_phrase(an, verb_at, verb_at + 18, "in his capacity") == verb_at + 2 ||
           skg_find_phrase(an, verb_at, verb_at + 18, "in her capacity") == verb_at + 2)) {
        const char *comma = memchr(t + verb_at + 1, ',', sent.end - verb_at - 1);
        if (comma && (size_t)(comma - t) < h->at && (size_t)(comma - t) - verb_at < 80)
          verb_at = (size_t)(comma - t) + 1;
      }
      /* "to thank A for his warm hospitality and for chairing": the thanks'
         one "for ..." after another, no other person between */
      if (verb_at == m->extent.end && !strncmp(h->cue->phrase, "for ", 4) && h->at > verb_at &&
          h->at - verb_at < 100 && skg_find_phrase(an, verb_at, verb_at + 7, "for") != (size_t)-1 &&
          !strncmp(t + h->at - 5, " and ", 5) && !person_between(an, first, last, verb_at, h->at))
        verb_at = h->at;
      /* "A chaired", "A, chaired", "A then chaired", "A, who chaired" */
      size_t at = skip_adverb(an, verb_at, sent.end);
      hit = (h->at >= at && h->at <= at + 2) ||
            (h->at >= m->extent.end && h->at <= m->extent.end + 2 && t[m->extent.end] == ',');
      /* "A and B co-chaired": the list that ends right before the cue */
      for (size_t q = k + 1, prev = k; !hit && q < last; ++q) {
        const skg_mention *p = &an->mentions.items[q];
        if (p->kind != SKG_M_PERSON)
          continue;
        if (!skg_same_list(an, &an->mentions.items[prev], p))
          break;
        hit = h->at >= p->extent.end && h->at <= p->extent.end + 1;
        prev = q;
      }
    }
    if (hit) {
      *planned = h->cue->planned;
      return h;
    }
  }
  return NULL;
}

/* "The host, Prime Minister A of X, opened proceedings. He will chair the
   summit.": a sentence opening with "He" or "She" and a chair cue, whose
   person is the first one named in the sentence before, the subject there.
   The index of that mention, or -1. */
static long
pronoun_chair(const skg_analysis *an, size_t s, const skg_cue_hit *hits, size_t n, skg_span *pronoun)
{
  skg_span sent = an->text.sentences[s];
  const char *t = an->text.norm.data;
  size_t at = sent.start;
  while (at < sent.end && (isdigit((unsigned char)t[at]) || t[at] == ':' || t[at] == ' '))
    ++at; /* a live blog's timestamp */
  size_t len = !strncmp(t + at, "He ", 3) ? 2 : !strncmp(t + at, "She ", 4) ? 3 : 0;
  if (!len || s == 0)
    return -1;
  size_t verb = skip_adverb(an, at + len + 1, sent.end);
  int cued = 0;
  for (size_t i = 0; i < n && !cued; ++i)
    cued = hits[i].cue->side == SKG_SIDE_BEFORE && hits[i].at == verb;
  if (!cued)
    return -1;
  size_t first, last;
  skg_sentence_mentions(an, s - 1, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind == SKG_M_PERSON) {
      /* the subject: nothing but a timestamp and an apposition ("The host, ") before it */
      skg_span prev = an->text.sentences[s - 1];
      size_t p = prev.start;
      while (p < m->extent.start && (isdigit((unsigned char)t[p]) || t[p] == ':' || t[p] == ' '))
        ++p;
      if (p < m->extent.start) {
        size_t q = p + 4;
        if (strncmp(t + p, "The ", 4) || q + 3 > m->extent.start || m->extent.start - q > 24 ||
            t[m->extent.start - 2] != ',' ||
            memchr(t + q, ' ', m->extent.start - 2 - q))
          return -1;
      }
      *pronoun = (skg_span){at, at + len};
      return (long)k;
    }
  }
  return -1;
}

/* The person mention whose name ends with the word [at, at + len) of the
   text, case aside ("MOE" of "Ingrid Bjørnstad Moe"), the longest form;
   -1 if none or if two people share it. */
static long
person_by_last_word(const skg_analysis *an, size_t at, size_t len)
{
  const char *t = an->text.norm.data;
  long found = -1;
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_PERSON || m->span.end - m->span.start < len ||
        strncasecmp(t + m->span.end - len, t + at, len) ||
        (m->span.end - len > m->span.start && t[m->span.end - len - 1] != ' '))
      continue;
    if (found < 0) {
      found = (long)k;
      continue;
    }
    /* "Moe" and "Ingrid Bjørnstad Moe" are one; the longer names her */
    const skg_mention *f = &an->mentions.items[found];
    size_t fl = f->span.end - f->span.start, ml = m->span.end - m->span.start;
    const skg_mention *lo = fl >= ml ? f : m, *sh = fl >= ml ? m : f;
    size_t sl = fl >= ml ? ml : fl;
    if (strncmp(t + lo->span.end - sl, t + sh->span.start, sl))
      return -1;
    if (ml > fl)
      found = (long)k;
  }
  return found;
}

static int label_of(const skg_analysis *an, size_t p, long *person);
static long signatory(const skg_analysis *an);

/* Who speaks in sentence s: the speaker label that opens its paragraph
   ("PRIME MINISTER MOE: ...", "PRESIDENT A (in Hindi):"), else the person of
   a report that is one speech ("Speech by the President of X, A, at ...").
   The person mention, or -1. */
static long
speaker_of(const skg_analysis *an, size_t s)
{
  /* the label of the turn: the nearest paragraph before that opens with one */
  for (size_t p = s + 1, paragraphs = 0; p-- > 0 && paragraphs < 6;) {
    if (p > 0 && an->text.sentences[p].start > 0 && an->text.norm.data[an->text.sentences[p].start - 1] != '\n')
      continue;
    ++paragraphs;
    long k = -2;
    if (label_of(an, p, &k))
      return k;
  }
  /* "Speech by", "Closing address by", "Opening remarks by" */
  static const char *const speeches[] = {"Speech by", "Address by", "Remarks by", "Statement by", "Statements by",
                                         "speech by", "address by", "remarks by", "statement by", "statements by"};
  for (size_t q = 0; q < an->text.n_sentences && q < 8; ++q) {
    skg_span sent = an->text.sentences[q];
    if (!skg_find_any(an, sent.start, sent.start + 24 < sent.end ? sent.start + 24 : sent.end, speeches,
                      SKG_COUNT(speeches)))
      continue;
    size_t first, last;
    skg_sentence_mentions(an, q, &first, &last);
    for (size_t k = first; k < last; ++k)
      if (an->mentions.items[k].kind == SKG_M_PERSON)
        return (long)k;
  }
  return signatory(an);
}

/* A release signed at its end: a line that is only a person's name, near
   the last lines ("Callum Whitaker" over "Prime Minister of Australia").
   The person mention, or -1. */
static long
signatory(const skg_analysis *an)
{
  size_t n = an->text.n_sentences;
  for (size_t q = n; q-- > 0 && n - q <= 5;) {
    skg_span line = an->text.sentences[q];
    const char *t = an->text.norm.data;
    if ((line.start > 0 && t[line.start - 1] != '\n') || (line.end < an->text.norm.len && t[line.end] != '\n'))
      continue; /* a line of its own */
    size_t first, last;
    skg_sentence_mentions(an, q, &first, &last);
    if (last == first + 1 && an->mentions.items[first].kind == SKG_M_PERSON &&
        an->mentions.items[first].span.start == line.start && an->mentions.items[first].span.end == line.end)
      return (long)first;
  }
  return -1;
}

/* Does sentence p open with a speaker label ("PRIME MINISTER MOE:",
   "PRESIDENT A (in Hindi, interpreted):")?  Then *person is the person it
   names (-1 if none) and it returns 1. */
static int
label_of(const skg_analysis *an, size_t p, long *person)
{
  const char *t = an->text.norm.data;
  size_t at = an->text.sentences[p].start, end = an->text.sentences[p].end, e = at;
  while (e < end && e - at < 60 && (isupper((unsigned char)t[e]) || t[e] == ' ' || t[e] == '.' ||
                                    t[e] == '-' || t[e] == '\'' || (unsigned char)t[e] >= 0x80))
    ++e;
  size_t label_end = e;
  if (e < end && t[e] == '(') {
    const char *close = memchr(t + e, ')', end - e);
    e = close ? (size_t)(close - t) + 1 : e;
  }
  if (!(e > at && e < end && t[e] == ':' && label_end > at + 2))
    return 0;
  while (label_end > at && t[label_end - 1] == ' ')
    --label_end;
  size_t w = label_end;
  while (w > at && t[w - 1] != ' ')
    --w;
  *person = label_end > w ? person_by_last_word(an, w, label_end - w) : -1;
  return 1;
}

/* "It has been an honour for me to chair this XVIII Summit", "As chair of
   today's meeting, I ...": the speaker chairs.  Not in quotes (whose words
   those are the quotation says). */
static skg_status
first_person_chair(skg_analysis *an, size_t s)
{
  static const char *const cues[] = {"for me to chair", "I chaired", "I have chaired", "As chair of today's",
                                     "As chair of this", "under my chairmanship", "under my presidency",
                                     "I presided", "I have presided", "honour to chair", "privilege to chair",
                                     "honour to preside", "privilege to preside", "and to chair the"};
  skg_span sent = an->text.sentences[s];
  size_t at = (size_t)-1, len = 0;
  for (size_t i = 0; i < SKG_COUNT(cues) && at == (size_t)-1; ++i)
    if ((at = skg_find_phrase(an, sent.start, sent.end, cues[i])) != (size_t)-1)
      len = strlen(cues[i]);
  if (at == (size_t)-1 || skg_in_quotes(an, s, at) || skg_sentence_other_meeting(an, s) ||
      skg_sentence_is_plan(an, s, sent.start, sent.end))
    return SKG_OK;
  long k = speaker_of(an, s);
  if (k < 0)
    return SKG_OK;
  const skg_mention *m = &an->mentions.items[k];
  skg_fact f = {SKG_F_CHAIR, 0, skg_value_span(SKG_V_PERSON, m->span), no_value, no_value, 0,
                (skg_span){at, at + len}, s, "chair.first-person", 0.7};
  return skg_add_fact(an, f);
}

/* "The event was moderated by A", "The panel was chaired by B": a sentence
   about the report's own event (a think tank's panel on the summit), not the
   summit. */
static int
side_event_subject(const skg_analysis *an, skg_span sent)
{
  static const char *const events[] = {"The event ", "The panel ", "The discussion ", "The webinar ",
                                       "The roundtable ", "The round table ", "The seminar ", "The briefing ",
                                       "The launch ", "The side event ", "The debate "};
  const char *t = an->text.norm.data;
  for (size_t i = 0; i < SKG_COUNT(events); ++i)
    if (sent.end - sent.start > strlen(events[i]) && !strncmp(t + sent.start, events[i], strlen(events[i])))
      return 1;
  return 0;
}

skg_status
skg_extract_chairs(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    skg_cue_hit hits[16];
    size_t n = skg_cue_hits(an, sent, SKG_CUE_CHAIR, hits, 16);
    skg_status fst = first_person_chair(an, s);
    if (fst)
      return fst;
    skg_span pronoun;
    long earlier = n ? pronoun_chair(an, s, hits, n, &pronoun) : -1;
    if (earlier >= 0 && !skg_sentence_other_meeting(an, s)) {
      const skg_mention *m = &an->mentions.items[earlier];
      skg_fact f = {SKG_F_CHAIR, 0, skg_value_span(SKG_V_PERSON, m->span), no_value, no_value,
                    skg_sentence_is_plan(an, s, sent.start, sent.end) && summit_started_by_report(an) != 1, pronoun, s,
                    "chair.pronoun", 0.75};
      skg_status st = skg_add_fact(an, f);
      if (st)
        return st;
    }
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_PERSON)
        continue;
      const char *rule = NULL;
      int planned = 0;
      const skg_cue_hit *by = chaired_by_cue(an, sent, first, last, k, hits, n, &planned);
      if (by)
        rule = by->cue->rule;
      /* "was chaired from Nuku'alofa by A": a place between the verb and "by" */
      if (!rule && skg_ends_with_phrase(an, sent.start, m->extent.start, "by")) {
        size_t from = m->extent.start > sent.start + 40 ? m->extent.start - 40 : sent.start;
        size_t at = skg_find_phrase(an, from, m->extent.start, "chaired from");
        if (at == (size_t)-1)
          at = skg_find_phrase(an, from, m->extent.start, "presided over from");
        /* only a place between: "chaired from Kazan, was attended by A" is no chair */
        if (at != (size_t)-1 && !memchr(an->text.norm.data + at, ',', m->extent.start - at))
          rule = "chair.chaired-from-by";
      }
      /* "the summit, hosted by President A": the host leader chairs */
      if (!rule && skg_ends_with_phrase(an, sent.start, m->extent.start, "hosted by") &&
          names_meeting_word(an, sent))
        rule = "chair.hosted-by";
      if (!rule && chair_apposition(an, sent, m))
        rule = "chair.chair-of-the-meeting";
      if (!rule || chair_elsewhere(an, s, sent, m) || side_event_subject(an, sent))
        continue;
      skg_fact f = {SKG_F_CHAIR, 0, skg_value_span(SKG_V_PERSON, m->span), no_value, no_value,
                    planned || skg_sentence_is_plan(an, s, sent.start, sent.end), m->extent, s, rule, 0.9};
      skg_status st = skg_add_fact(an, f);
      if (st)
        return st;
    }
  }
  return SKG_OK;
}

static int
speech_or_meeting_with(const skg_analysis *an, skg_span sent)
{
  static const char *const cues[] = {"said", "says", "told", "according to", "met with", "meet with",
                                     "talks with", "held talks", "phone", "called", "congratulat",
                                     "message", "invitation", "letter", "visit", "recalled", "noted"};
  return skg_find_any(an, sent.start, sent.end, cues, SKG_COUNT(cues));
}

/* The country named last before `at` in sentence s: "Australia was
   represented by its minister, A, and New Zealand by its deputy, B". */
static skg_value
country_before(const skg_analysis *an, size_t first, size_t at)
{
  skg_value v = no_value;
  for (size_t k = first; k < an->mentions.count && an->mentions.items[k].span.start < at; ++k)
    if (an->mentions.items[k].kind == SKG_M_COUNTRY)
      v = skg_value_ref(SKG_V_COUNTRY, an->mentions.items[k].ref);
  return v;
}

/* How many people of sentence s are named with an office and whose it is. */
static size_t
titled_people(const skg_analysis *an, size_t first, size_t last)
{
  size_t n = 0;
  for (size_t k = first; k < last; ++k)
    n += an->mentions.items[k].kind == SKG_M_PERSON && an->mentions.items[k].office >= 0 &&
         an->mentions.items[k].jur_kind >= 0;
  return n;
}

/* How many people of sentence s are named with whose they are (a country
   or organization), office or not. */
static size_t
placed_people(const skg_analysis *an, size_t first, size_t last)
{
  size_t n = 0;
  for (size_t k = first; k < last; ++k)
    n += an->mentions.items[k].kind == SKG_M_PERSON && an->mentions.items[k].jur_kind >= 0;
  return n;
}

/* People named as someone's hosts or partners are not attendees. */
static int
excluded_person(const skg_analysis *an, skg_span sent, const skg_mention *m)
{
  static const char *const cues[] = {"invitation of", "talks with", "met with", "meeting with",
                                     "hosted by", "welcomed by", "received by", "phone call with",
                                     "on behalf of", "representing", "message from", "congratulated", "talks with",
                                     /* "B, who represented President A", "standing in for A" */
                                     "who represented", "standing in for", "stood in for", "in place of",
                                     "deputising for", "deputizing for"};
  size_t from = m->extent.start > sent.start + 30 ? m->extent.start - 30 : sent.start;
  for (size_t i = 0; i < SKG_COUNT(cues); ++i)
    if (skg_find_phrase(an, from, m->extent.start, cues[i]) != (size_t)-1)
      return 1;
  return 0;
}

/* States represented without a name: "as well as representative of India",
   "the leaders of Australia, Brazil, Vietnam and South Korea joined". */
static skg_status
unnamed_representatives(skg_analysis *an, size_t s, size_t first, size_t last)
{
  static const char *const heads[] = {"representative of", "representatives of", "delegation of",
                                      "delegations of", "leaders of", "heads of state of",
                                      "presidents of", "heads of government of", "leader of"};
  skg_span sent = an->text.sentences[s];
  const char *t = an->text.norm.data;
  int in_list = 0;      /* inside a list that began with one of the heads */
  size_t list_end = 0;  /* where the previous country of the list ended */
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_COUNTRY)
      continue;
    int head = 0;
    for (size_t i = 0; i < SKG_COUNT(heads) && !head; ++i)
      head = skg_ends_with_phrase(an, sent.start, m->span.start, heads[i]) ||
             (skg_ends_with_phrase(an, sent.start, m->span.start, "the") &&
              skg_ends_with_phrase(an, sent.start, m->span.start - 4 > sent.start ? m->span.start - 4 : sent.start,
                                   heads[i]));
    /* the list goes on over ", ", " and ", ", and the " */
    int next_in_list = 0;
    if (in_list && m->span.start > list_end) {
      size_t gap = m->span.start - list_end;
      const char *g = t + list_end;
      next_in_list = (gap == 2 && !strncmp(g, ", ", 2)) || (gap == 5 && !strncmp(g, " and ", 5)) ||
                     (gap == 6 && !strncmp(g, ", and ", 6)) || (gap == 6 && !strncmp(g, ", the ", 6)) ||
                     (gap == 9 && !strncmp(g, " and the ", 9)) || (gap == 10 && !strncmp(g, ", and the ", 10));
    }
    in_list = head || next_in_list;
    list_end = m->span.end;
    if (!in_list)
      continue;
    skg_fact f = {SKG_F_PARTICIPATING_STATE, 0, skg_value_ref(SKG_V_COUNTRY, m->ref), no_value,
                  no_value, 0, m->span, s, "participating-state.representative-of", 0.8};
    skg_status st = skg_add_fact(an, f);
    if (st)
      return st;
  }
  return SKG_OK;
}

/* Is the attendance cue `h` about another event: "attended a football
   match", "attended the funeral", "took part in the ministerial meeting"? */
static int
cue_of_other_event(const skg_analysis *an, skg_span sent, const skg_cue_hit *h)
{
  static const char *const events[] = {"funeral", "dinner", "banquet", "reception", "wedding",
                                       "concert", "match", "ministerial", "ministers' meeting",
                                       "ministers meeting", "foreign ministers", "lunch", "breakfast",
                                       "inauguration", "swearing-in", "business forum", "exhibition",
                                       "parade", "election", "elections", "message", "letter",
                                       "family photo"};
  /* the event is the cue's object: after "attended", before "attended by" */
  size_t from = h->at > sent.start + 32 ? h->at - 32 : sent.start, to = h->at;
  if (h->cue->side == SKG_SIDE_BEFORE || h->cue->side == SKG_SIDE_AROUND) {
    from = h->at;
    to = h->end + 48 < sent.end ? h->end + 48 : sent.end;
  }
  return skg_find_any(an, from, to, events, SKG_COUNT(events));
}

/* A line that is only a heading of the people who came: "Participants",
   "Heads of delegation". */
static int
list_heading(const skg_analysis *an, skg_span line)
{
  static const char *const headings[] = {"participants", "attendees", "participating leaders",
                                         "heads of delegation", "delegations", "leaders present",
                                         "in attendance", "who came", "who was there", "who is there",
                                         "who was in the room", "who is in the room", "in the room",
                                         "who attended", "those present", "participating states",
                                         "list of participants", "leaders attending"};
  const char *t = an->text.norm.data;
  size_t end = line.end;
  while (end > line.start && (t[end - 1] == ':' || t[end - 1] == '.' || t[end - 1] == ' '))
    --end;
  /* a numbered section heading: "2. Who was in the room" */
  size_t d = line.start;
  while (d < end && isdigit((unsigned char)t[d]))
    ++d;
  if (d > line.start && d + 2 < end && t[d] == '.' && t[d + 1] == ' ')
    line.start = d + 2;
  for (size_t k = 0; k < SKG_COUNT(headings); ++k)
    if (strlen(headings[k]) == end - line.start && !strncasecmp(t + line.start, headings[k], end - line.start))
      return 1;
  /* a short caption that says so: "Heads of selected delegations", "List of
     participating leaders" (not a sentence: no verb's full stop, no comma) */
  static const char *const caption_words[] = {"delegations", "participants", "heads of delegation",
                                              "attendees", "participating leaders"};
  return end - line.start < 60 && t[line.end - 1] != '.' && !memchr(t + line.start, ',', end - line.start) &&
         skg_find_any(an, line.start, end, caption_words, SKG_COUNT(caption_words));
}

/* Does the line open with a bullet ("-", "*", a dash, "•")? */
static int
list_bullet(const skg_analysis *an, skg_span line)
{
  const unsigned char *t = (const unsigned char *)an->text.norm.data + line.start;
  return line.end > line.start && (t[0] == '-' || t[0] == '*' ||
                                   (t[0] == 0xE2 && (t[1] == 0x80 || t[1] == 0x96 || t[1] == 0x97)));
}

/* "A, B and C are in attendance" after a heading "Participating in the
   summit were:": the lines after a sentence that ends in a colon, each a
   person phrase, are the list the cue points at.  Returns the last such
   sentence (s itself when none). */
static size_t
colon_list_end(const skg_analysis *an, size_t s)
{
  skg_span sent = an->text.sentences[s];
  if (an->text.norm.data[sent.end - 1] != ':' && !list_heading(an, sent))
    return s;
  size_t end = s;
  for (size_t t = s + 1; t < an->text.n_sentences; ++t) {
    skg_span line = an->text.sentences[t];
    size_t first, last;
    skg_sentence_mentions(an, t, &first, &last);
    int person_first = 0, bullet = list_bullet(an, line);
    /* "Denmark - Prime Minister A": a line that starts with its country */
    int country_first = first < last && an->mentions.items[first].span.start <= line.start + 3 &&
                        (an->mentions.items[first].kind == SKG_M_COUNTRY ||
                         an->mentions.items[first].kind == SKG_M_ORG);
    for (size_t k = first; k < last && !person_first; ++k)
      if (an->mentions.items[k].kind == SKG_M_PERSON)
        person_first = an->mentions.items[k].extent.start <= line.start + 3 || bullet || country_first;
    /* a subheading ("For Spain and Portugal:") goes on with the list; one
       sentence may stand between a heading and its list */
    int subheading = an->text.norm.data[line.end - 1] == ':' && line.end - line.start < 60;
    /* a table's header and rule lines ("| Country | Represented by |", "|---|") */
    subheading |= an->text.norm.data[line.start] == '|' && first == last;
    /* a note in brackets under a line ("(on behalf of the President)") */
    subheading |= an->text.norm.data[line.start] == '(' && an->text.norm.data[line.end - 1] == ')';
    /* a bullet of an unnamed delegation ("- the Ambassador of Angola;") goes on with the list */
    if (!person_first && !subheading && !bullet && !(end == s && t == s + 1 && list_heading(an, sent)))
      break;
    if (person_first || subheading)
      end = t;
  }
  return end;
}

static skg_status
add_attendance(skg_analysis *an, size_t s, size_t first, const skg_mention *m, int represented,
               int planned, const char *rule, double conf)
{
  if (skg_clause_other_meeting(an, s, m->span.start))
    return SKG_OK;
  skg_value whom = jurisdiction_of(m);
  if (represented && whom.kind == SKG_V_NONE)
    whom = country_before(an, first, m->extent.start);
  skg_value office = m->office >= 0 ? skg_value_ref(SKG_V_OFFICE, m->office) : no_value;
  skg_fact f = {SKG_F_ATTENDANCE, 0, skg_value_span(SKG_V_PERSON, m->span), whom, office, planned,
                m->extent, s, rule, planned ? 0.6 : conf};
  return skg_add_fact(an, f);
}

/* Is m a leader whose words at a meeting say they took part: a head of state
   or government, a monarch, or an officer of the meeting's organization
   (its Secretary General)?  A minister or an adviser who "said" briefed. */
static int
speaks_for_a_party(const skg_analysis *an, const skg_mention *m)
{
  if (m->office < 0)
    return 0;
  const char *kind = an->ctx->tables->offices[m->office].kind;
  if (!strcmp(kind, "head_of_state") || !strcmp(kind, "head_of_government") || !strcmp(kind, "royal"))
    return 1;
  return !strcmp(kind, "official") && m->jur_kind == SKG_M_ORG && m->jur_ref == an->summits[an->focus].org;
}

/* Does the report's summit start after the report's date (a preview)? */
static int
summit_yet_to_come(const skg_analysis *an)
{
  return summit_started_by_report(an) == 0;
}

/* Did the report's summit start on or before the report's date (1), after
   it (0), or is either date unknown (-1)? */
static int
summit_started_by_report(const skg_analysis *an)
{
  const skg_date *d = &an->doc->date;
  if (!d->year || !d->month || !d->day)
    return -1;
  long published = (long)d->year * 10000 + d->month * 100 + d->day;
  for (size_t i = 0; i < an->n_facts; ++i)
    if (an->facts[i].kind == SKG_F_START_DATE && an->facts[i].summit == (int)an->focus)
      return an->facts[i].a.num <= published;
  return -1;
}

/* Is `at` inside a relative clause (", who stayed home") that follows
   another noun than mention m ("sent its deputy, A, on behalf of the
   president, who stayed home": the president stayed, A came)? */
static int
whose_relative_clause(const skg_analysis *an, const skg_mention *m, size_t at)
{
  if (at <= m->extent.end)
    return 0;
  size_t who = (size_t)-1;
  for (size_t p = m->extent.end, hit; (hit = skg_find_text(an, p, at, ", who ")) != (size_t)-1; p = hit + 1)
    who = hit;
  return who != (size_t)-1 && who > m->extent.end + 1;
}

/* The people the cues of sentence s point at attended (or will). */
/* Does one of the `n` "did not attend" cues stand in the clause of mention m,
   not before the attendance cue h that points at m ("A skipped the meeting,
   sending B in his place": B came)? */
static int
absent_in_clause(const skg_analysis *an, skg_span sent, const skg_mention *m, const skg_cue_hit *absent,
                 size_t n, const skg_cue_hit *h)
{
  skg_span c = skg_clause_at(an, sent, m->extent.start, 1);
  for (size_t i = 0; i < n; ++i) {
    /* "as A was recovering": the one person right before the cue */
    if (absent[i].cue->side == SKG_SIDE_BEFORE &&
        !(m->extent.end <= absent[i].at && absent[i].at - m->extent.end <= 2))
      continue;
    if (absent[i].at >= c.start && absent[i].at < c.end &&
        !(absent[i].end <= h->at && h->end <= m->extent.start) && !whose_relative_clause(an, m, absent[i].at))
      return 1;
    /* "A had been due to attend but stayed at home" */
    if (h->cue->planned && absent[i].at >= h->end && !memchr(an->text.norm.data + h->end, ';', absent[i].at - h->end))
      return 1;
  }
  return 0;
}

/* Is one of the `n` "did not attend" cues the next thing said after person
   k of [first, last), no other person between ("| Premier A | President B did
   not attend |": B stayed away, A came; "B cancelled his trip")? */
static int
absent_next(const skg_analysis *an, size_t first, size_t last, size_t k, const skg_cue_hit *absent, size_t n)
{
  const skg_mention *m = &an->mentions.items[k];
  for (size_t i = 0; i < n; ++i)
    if (absent[i].at >= m->extent.end && !person_between(an, first, last, m->extent.end, absent[i].at))
      return 1;
  return 0;
}

static skg_status listed_attendees(skg_analysis *an, size_t s, int planned);

static skg_status
attendees_by_cue(skg_analysis *an, size_t s, int about, const skg_cue_hit *absent, size_t n_absent,
                 int *any)
{
  skg_span sent = an->text.sentences[s];
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  skg_cue_hit hits[24];
  size_t n = skg_cue_hits(an, sent, SKG_CUE_ATTEND, hits, 24);
  n += skg_cue_hits(an, sent, SKG_CUE_REPRESENT, hits + n, 24 - n);
  n += skg_cue_hits(an, sent, SKG_CUE_SPEAK, hits + n, 24 - n);
  int sentence_planned = skg_sentence_is_plan(an, s, sent.start, sent.end);
  for (size_t i = 0; i < n; ++i) {
    const skg_cue_hit *h = &hits[i];
    if ((!about && !h->cue->anywhere) || cue_of_other_event(an, sent, h))
      continue;
    int planned = h->cue->planned || sentence_planned;
    int represented = h->cue->relation == SKG_CUE_REPRESENT;
    /* a speaker attended when named with an office, in a report of a meeting
       held: a leader's words before the meeting are no attendance */
    int speech = h->cue->relation == SKG_CUE_SPEAK;
    if (speech && (planned || summit_yet_to_come(an)))
      continue;
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_PERSON || !skg_cue_points_at(an, h, first, last, k) ||
          excluded_person(an, sent, m) || skg_in_quotes(an, s, m->span.start) ||
          absent_in_clause(an, sent, m, absent, n_absent, h) || (speech && !speaks_for_a_party(an, m)))
        continue;
      skg_status st = add_attendance(an, s, first, m, represented, planned, h->cue->rule, speech ? 0.7 : 0.85);
      if (st)
        return st;
      *any = 1;
    }
    /* a heading ending in a colon: the lines after it ("The following took
       part in the session:" points at its list whatever the cue's side) */
    if (!speech && ((h->cue->side != SKG_SIDE_BEFORE && h->cue->side != SKG_SIDE_NEXT) ||
                    an->text.norm.data[sent.end - 1] == ':')) {
      skg_status st = listed_attendees(an, s, planned);
      if (st)
        return st;
    }
  }
  return SKG_OK;
}

/* The people of the list lines after sentence s (a heading, or a cue
   ending in a colon) attended. */
static skg_status
listed_attendees(skg_analysis *an, size_t s, int planned)
{
  size_t end = colon_list_end(an, s);
  for (size_t t = s + 1; t <= end; ++t) {
    size_t f2, l2;
    skg_sentence_mentions(an, t, &f2, &l2);
    skg_cue_hit absent[4];
    size_t n_absent = skg_cue_hits(an, an->text.sentences[t], SKG_CUE_ABSENT, absent, 4);
    for (size_t k = f2; k < l2; ++k)
      if (an->mentions.items[k].kind == SKG_M_PERSON &&
          !excluded_person(an, an->text.sentences[t], &an->mentions.items[k]) &&
          !absent_next(an, f2, l2, k, absent, n_absent)) {
        /* "Azerbaijan – President A": the line's country first; not "representing A" */
        skg_status st = add_attendance(an, t, f2, &an->mentions.items[k], 1, planned,
                                       "attendee.listed-after-colon", 0.8);
        if (st)
          return st;
      }
  }
  return SKG_OK;
}

/* Do the list lines after sentence s name leaders, each with an office
   ("Barbados - Prime Minister A", "President B (Colombia)"), two lines or
   more and most of the list, under words that speak of a list of who is
   there ("Who's here?  From the official list:", "The line-up:")?  Not
   "The speakers thanked:". */
static const char *const roll_words[] = {"list", "line-up", "lineup", "roster", "who's here",
                                         "who is here", "in the room", "arrivals", "around the table",
                                         "at the table",
                                         "family photo", "heads of delegation", "delegations",
                                         "participants", "welcomed", "were present", "attending were",
                                         "who came", "everyone there", "who was there", "who else was there"};

/* Does sentence s, or the one before it, speak of who is there ("Who's in
   the room?", "The line-up:")? */
static int
roll_call_at(const skg_analysis *an, size_t s)
{
  skg_span lead = an->text.sentences[s];
  return skg_find_any(an, s > 0 ? an->text.sentences[s - 1].start : lead.start, lead.end, roll_words,
                      SKG_COUNT(roll_words));
}

/* A question, heading or short line of who is there, before the list:
   "Who's in the room?", "Arrivals continue at the Congress Center." */
static int
roll_call_lead(const skg_analysis *an, size_t s)
{
  skg_span lead = an->text.sentences[s];
  char last = an->text.norm.data[lead.end - 1];
  return (last == '?' || last == ':' || lead.end - lead.start < 64) && roll_call_at(an, s);
}

static int
leader_list_follows(const skg_analysis *an, size_t s)
{
  if (!roll_call_at(an, s))
    return 0;
  size_t end = colon_list_end(an, s), lines = 0, leaders = 0;
  for (size_t t = s + 1; t <= end; ++t) {
    size_t f2, l2;
    skg_sentence_mentions(an, t, &f2, &l2);
    ++lines;
    for (size_t k = f2; k < l2; ++k)
      if (an->mentions.items[k].kind == SKG_M_PERSON &&
          (an->mentions.items[k].office >= 0 || an->mentions.items[k].jur_kind == SKG_M_COUNTRY)) {
        ++leaders;
        break;
      }
  }
  return leaders >= 2 && 2 * leaders > lines;
}

/* A signature line of a declaration: "For the Argentine Republic: A,
   President". */
static int
signature_line(const skg_analysis *an, size_t s)
{
  skg_span line = an->text.sentences[s];
  const char *t = an->text.norm.data;
  if (line.end - line.start < 8 || strncmp(t + line.start, "For ", 4))
    return 0;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  if (first == last || (an->mentions.items[first].kind != SKG_M_COUNTRY && an->mentions.items[first].kind != SKG_M_ORG))
    return 0;
  size_t after = an->mentions.items[first].span.end;
  if (after >= line.end || t[after] != ':')
    return 0;
  for (size_t k = first + 1; k < last; ++k)
    if (an->mentions.items[k].kind == SKG_M_PERSON)
      return 1;
  return 0;
}

/* A line of a speech's salutations: "Your Excellency A, President of X,",
   "Your Excellency the President of Angola,", "Prime Minister of Belize, A;". */
static int
salutation_opens(const skg_analysis *an, size_t s)
{
  static const char *const forms[] = {"Your Excellency ", "Your Excellencies", "Your Majesty ",
                                      "Your Highness ", "Honourable ", "Excellency "};
  skg_span line = an->text.sentences[s];
  const char *t = an->text.norm.data;
  for (size_t i = 0; i < SKG_COUNT(forms); ++i)
    if (line.end - line.start > strlen(forms[i]) && !strncmp(t + line.start, forms[i], strlen(forms[i])))
      return 1;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  /* "President of the Republic of Guatemala, A, dear friend;": an office
     opens the line, a semicolon ends it */
  return first < last && t[line.end - 1] == ';' && an->mentions.items[first].span.start == line.start &&
         (an->mentions.items[first].kind == SKG_M_OFFICE || an->mentions.items[first].kind == SKG_M_PERSON);
}

/* ... and names someone by name and office. */
static int
salutation_line(const skg_analysis *an, size_t s)
{
  if (!salutation_opens(an, s))
    return 0;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k)
    if (an->mentions.items[k].kind == SKG_M_PERSON && an->mentions.items[k].office >= 0)
      return 1;
  return 0;
}

/* The people of sentence s when it and a neighbour are lines of one kind
   (`line`): a block of signature lines ("For the Argentine Republic: A,
   President"), who signed for their countries, or of a speech's salutations
   ("Your Excellency A, President of X,"), who are in the room. */
static skg_status
line_block_attendees(skg_analysis *an, size_t s, int (*line)(const skg_analysis *, size_t),
                     int (*neighbour)(const skg_analysis *, size_t), int represented, const char *rule, double conf)
{
  if (!line(an, s) || !((s > 0 && neighbour(an, s - 1)) || (s + 1 < an->text.n_sentences && neighbour(an, s + 1))))
    return SKG_OK;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k)
    if (an->mentions.items[k].kind == SKG_M_PERSON) {
      skg_status st = add_attendance(an, s, first, &an->mentions.items[k], represented, 0, rule, conf);
      if (st)
        return st;
    }
  return SKG_OK;
}

/* A TV script's caption, a line in brackets: "[VO, ARRIVALS CONTINUE]". */
static int
caption_line(const skg_analysis *an, size_t s)
{
  skg_span line = an->text.sentences[s];
  const char *t = an->text.norm.data;
  return line.end - line.start >= 2 && t[line.start] == '[' && t[line.end - 1] == ']';
}

/* "First through the gates: A and B.": a short lead, a colon, and after it
   nothing but people and their titles, joined by commas and "and". */
static int
colon_list_of_people(const skg_analysis *an, size_t s, size_t first, size_t last)
{
  skg_span sent = an->text.sentences[s];
  const char *t = an->text.norm.data;
  const char *colon = memchr(t + sent.start, ':', sent.end - sent.start);
  if (!colon || (size_t)(colon - t) - sent.start > 40)
    return 0;
  size_t at = (size_t)(colon - t) + 1;
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->extent.end <= at)
      continue;
    if (m->kind != SKG_M_PERSON && m->kind != SKG_M_OFFICE && m->kind != SKG_M_ADJECTIVE &&
        m->kind != SKG_M_COUNTRY)
      return 0;
    /* between the mentions: only spaces, commas, brackets ("A (Latvia)"), "and", "the" */
    for (size_t i = at; i < m->extent.start;) {
      if (t[i] == ' ' || t[i] == ',' || t[i] == '(' || t[i] == ')') {
        ++i;
        continue;
      }
      if (!strncmp(t + i, "and ", 4))
        i += 4;
      else if (!strncmp(t + i, "the ", 4))
        i += 4;
      else
        return 0;
    }
    if (m->extent.end > at)
      at = m->extent.end;
  }
  while (at < sent.end && (t[at] == ' ' || t[at] == '.' || t[at] == ')'))
    ++at;
  return at == sent.end;
}

skg_status
skg_extract_attendees(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  size_t attended_in = (size_t)-1; /* the last sentence that named attendees */
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    skg_cue_hit absent[4];
    size_t n_absent = skg_cue_hits(an, sent, SKG_CUE_ABSENT, absent, 4);
    /* "A, B and C are in attendance." or "Among those at the table were ..."
       right after the sentence about the meeting, even in a new paragraph */
    /* the sentence before, over a TV script's captions ("[VO, ARRIVALS CONTINUE]") */
    size_t prev = s;
    while (prev > 0 && caption_line(an, prev - 1))
      --prev;
    int about = skg_sentence_about_summit(an, s) || (prev > 0 && skg_sentence_about_summit(an, prev - 1)) ||
                skg_mentions_name_summit_org(an, first, last) ||
                (s > 0 && skg_mentions_name_summit_org(an, an->sentence_mentions[s - 1], first)) ||
                (an->n_summits == 1 && s > 0 && roll_call_lead(an, s - 1)) ||
                /* "Among those present were A and B. Nigeria sent C." */
                (prev > 0 && attended_in == prev - 1);
    /* another meeting in every clause of it; a clause of its own ("..., and
       Morocco will host the next summit") leaves the others to this one */
    if (skg_sentence_other_meeting(an, s) && skg_clause_other_meeting(an, s, sent.start) &&
        skg_clause_other_meeting(an, s, sent.end))
      continue;
    int any = 0;
    skg_status st = attendees_by_cue(an, s, about, absent, n_absent, &any);
    if (!st && !any)
      st = line_block_attendees(an, s, signature_line, signature_line, 1, "attendee.signed-for", 0.8);
    if (!st && !any)
      st = line_block_attendees(an, s, salutation_line, salutation_opens, 0, "attendee.greeted", 0.7);
    /* "Participants" over a list of the leaders */
    if (!st && list_heading(an, sent))
      st = listed_attendees(an, s, skg_sentence_is_plan(an, s, sent.start, sent.end));
    else if (!st && !any && !n_absent && (about || an->n_summits == 1) && !skg_sentence_other_meeting(an, s) &&
             leader_list_follows(an, s))
      st = listed_attendees(an, s, skg_sentence_is_plan(an, s, sent.start, sent.end));
    if (st)
      return st;
    /* a list of leaders, each with office and country, in a sentence about the
       meeting that is neither a speech nor a bilateral meeting */
    /* ... or three of them or more right after it ("The summit ... was chaired by A.
       Germany's chancellor, B, French President C and D all backed the text") */
    size_t titled = titled_people(an, first, last);
    /* "First through the gates: French President A and Italian Prime Minister B.";
       "Front row, left to right: A (Norway), B (Estonia), ...": whose each is says enough */
    int listed = !any && !n_absent && about && colon_list_of_people(an, s, first, last);
    if (listed)
      titled = placed_people(an, first, last);
    if (!any && !n_absent && about && (skg_sentence_about_summit(an, s) || listed ? titled >= 2 : titled >= 3) &&
        !speech_or_meeting_with(an, sent)) {
      int planned = skg_sentence_is_plan(an, s, sent.start, sent.end);
      for (size_t k = first; k < last && !st; ++k) {
        const skg_mention *m = &an->mentions.items[k];
        if (m->kind == SKG_M_PERSON && !excluded_person(an, sent, m) && !skg_in_quotes(an, s, m->span.start))
          st = add_attendance(an, s, first, m, 0, planned, "attendee.leader-list", 0.7);
      }
      any = 1;
    }
    if (any)
      attended_in = s;
    if (!st && any && !skg_sentence_is_plan(an, s, sent.start, sent.end))
      st = unnamed_representatives(an, s, first, last);
    if (st)
      return st;
  }
  return SKG_OK;
}

/* "Fiji – Prime Minister A", "Republic of Belarus ...... President B": the
   country that opens the list line of person mention k, right before the
   person's phrase with only a dash, a colon or dot leaders between; else none. */
static skg_value
line_country(const skg_analysis *an, size_t k)
{
  const skg_mention *m = &an->mentions.items[k];
  size_t s = skg_text_sentence_at(&an->text, m->span.start), first, last;
  skg_sentence_mentions(an, s, &first, &last);
  skg_span line = an->text.sentences[s];
  const char *t = an->text.norm.data;
  if (first >= k || an->mentions.items[first].kind != SKG_M_COUNTRY ||
      an->mentions.items[first].span.start > line.start + 3 || t[line.end - 1] == '.')
    return no_value;
  for (size_t j = first + 1; j < k; ++j)
    if (an->mentions.items[j].kind == SKG_M_PERSON || an->mentions.items[j].kind == SKG_M_COUNTRY)
      return no_value;
  for (size_t i = an->mentions.items[first].span.end; i < m->extent.start; ++i)
    if (t[i] != ' ' && t[i] != '.' && t[i] != ':' && t[i] != '-' && (unsigned char)t[i] < 0x80)
      return no_value;
  return skg_value_ref(SKG_V_COUNTRY, an->mentions.items[first].ref);
}

skg_status
skg_extract_offices(skg_analysis *an)
{
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_PERSON || m->office < 0)
      continue;
    skg_value whose = m->jur_kind >= 0 ? jurisdiction_of(m) : line_country(an, k);
    if (whose.kind == SKG_V_NONE)
      continue;
    skg_fact f = {SKG_F_OFFICE, -1, skg_value_span(SKG_V_PERSON, m->span),
                  skg_value_ref(SKG_V_OFFICE, m->office), whose, 0, m->extent,
                  skg_text_sentence_at(&an->text, m->span.start),
                  m->jur_kind >= 0 ? "office.title-name-jurisdiction" : "office.list-line-country", 0.9};
    skg_status st = skg_add_fact(an, f);
    if (st)
      return st;
  }
  return SKG_OK;
}
