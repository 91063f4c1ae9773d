/* extract_dates.c - when the report's summit met.

   Its date is a date stated in a sentence that names the meeting, best one
   the meeting's own verb governs ("opened on June 26", "was held on"), not a
   trip's ("From July 2 to 6"), not the dateline's and not a plan for the next
   one; else a weekday against the report's date ("met in Bishkek on
   Thursday"). */
#include "extract.h"

#include <ctype.h>
#include <string.h>

/* "closed on", "ended on", "concluded on", "wrapped up on" just before `at`. */
static int
closing_before(const skg_analysis *an, size_t sent_start, size_t at)
{
  size_t from = at > sent_start + 40 ? at - 40 : sent_start;
  static const char *const cues[] = {"closed on", "ended on", "concluded on", "wrapped up on",
                                     "closes on", "ends on", "came to a close on"};
  return skg_find_any(an, from, at, cues, SKG_COUNT(cues));
}

static long
yyyymmdd(int y, int m, int d)
{
  return (long)y * 10000 + m * 100 + d;
}

/* "took place in Bishkek on Thursday": the last such day up to the report's
   date, when the report is dated and the sentence names the meeting in the
   past.  Returns 1 and fills *f if found. */
/* "chaired today's talks", "at yesterday's opening ceremony": the day
   against the report's, in a sentence naming the meeting or right before a
   meeting word.  Returns 1 and fills *f if found. */
static int
relative_date(const skg_analysis *an, skg_fact *f)
{
  static const struct {
    const char *word;
    int days;
    int present; /* a tense, not a day: only right after a meeting word */
  } relative[] = {{"today", 0, 0}, {"today's", 0, 0}, {"yesterday", -1, 0}, {"yesterday's", -1, 0},
                  {"this afternoon", 0, 0}, {"this morning", 0, 0}, {"this evening", 0, 0}, {"tonight", 0, 0},
                  /* the present of a dated report: "the summit, which is getting under way" */
                  {"getting under way", 0, 1}, {"is under way", 0, 1}, {"are under way", 0, 1}};
  static const char *const events[] = {"talks", "summit", "meeting", "session", "opening", "gathering"};
  const skg_date *d = &an->doc->date;
  if (!d->year || !d->month || !d->day)
    return 0; /* a stamp's year alone ("05/04/2026"), a dateline without one */
  /* first a day the meeting's own verb governs ("The summit took place
     yesterday"), over "Our top story tonight: ... has held its summit" */
  static const char *const held[] = {"took place", "was held", "were held", "met", "opened", "convened",
                                     "gathered", "was opened"};
  for (int governed = 1; governed >= 0; --governed)
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    if (skg_sentence_other_meeting(an, s) || (governed && !skg_sentence_names_meeting(an, s)))
      continue;
    for (size_t r = 0; r < SKG_COUNT(relative); ++r) {
      size_t at = skg_find_phrase(an, sent.start, sent.end, relative[r].word);
      /* the day of a meeting done or to be done ("are expected in the capital
         today"), in the report's own words */
      if (at == (size_t)-1 || skg_in_quotes(an, s, at) ||
          (governed && !skg_ends_with_any(an, sent.start, at, held, SKG_COUNT(held))))
        continue;
      size_t after = at + strlen(relative[r].word), near = after + 12 < sent.end ? after + 12 : sent.end;
      if (relative[r].present) {
        /* only of the meeting itself, right before it */
        static const char *const meetings[] = {"summit", "meeting", "session", "conference", "forum"};
        size_t from = at > sent.start + 32 ? at - 32 : sent.start;
        if (!skg_find_any(an, from, at, meetings, SKG_COUNT(meetings)))
          continue;
      }
      /* "the prime ministers met today at Bratislava Castle" */
      /* ... "meet today for the first Tripartite Summit", "agreed today to build" */
      static const char *const verbs[] = {"met", "gathered", "opened", "convened", "assembled", "meet",
                                          "agreed", "signed", "adopted", "decided"};
      size_t before = at > sent.start + 10 ? at - 10 : sent.start;
      /* "Leaders of the Southern African Customs Union met in Windhoek today":
         the summit's organization, its leaders and their meeting */
      static const char *const met[] = {"met", "gathered", "convened", "meet", "are meeting"};
      int org_met = skg_sentence_names_summit_org(an, s) && skg_find_any(an, sent.start, at, met, SKG_COUNT(met));
      /* "Heads of state ... are expected in the Colombian capital today", after
         a sentence naming the meeting */
      static const char *const leaders[] = {"heads of state", "heads of government", "leaders",
                                            "delegations"};
      int leaders_there = skg_sentence_about_summit(an, s) &&
                          skg_find_any(an, sent.start, sent.end, leaders, SKG_COUNT(leaders));
      if (!skg_sentence_names_meeting(an, s) && !leaders_there && !org_met &&
          !skg_find_any(an, after, near, events, SKG_COUNT(events)) && !skg_find_any(an, before, at, verbs, SKG_COUNT(verbs)))
        continue;
      *f = (skg_fact){SKG_F_START_DATE, 0,
                      skg_value_num(SKG_V_DATE, skg_add_days(yyyymmdd(d->year, d->month, d->day), relative[r].days)),
                      skg_value_ref(SKG_V_NONE, -1), skg_value_ref(SKG_V_NONE, -1), 0,
                      (skg_span){at, after}, s, "date.relative-to-report", 0.6};
      return 1;
    }
  }
  return 0;
}

static int recalls_another_meeting(const skg_analysis *an, skg_span sent);
static int closing_weekday(const skg_analysis *an, skg_fact *f);

/* "was held on the 28th", "opened in Siem Reap, Cambodia, on the 14th": a
   day of the report's month (or of the month before, for a day after the
   report's), in a sentence naming the meeting.  Returns 1 and fills *f. */
static int
ordinal_day(const skg_analysis *an, skg_fact *f)
{
  const skg_date *d = &an->doc->date;
  if (!d->year || !d->month || !d->day)
    return 0;
  const char *t = an->text.norm.data;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    if (!skg_sentence_names_meeting(an, s) || skg_sentence_other_meeting(an, s) ||
        recalls_another_meeting(an, sent))
      continue;
    for (size_t from = sent.start;;) {
      size_t at = skg_find_phrase(an, from, sent.end, "on the");
      if (at == (size_t)-1)
        break;
      from = at + 1;
      size_t i = at + 7;
      int day = 0;
      while (i < sent.end && isdigit((unsigned char)t[i]) && day < 100)
        day = day * 10 + (t[i++] - '0');
      if (day < 1 || day > 31 || i + 2 > sent.end ||
          (strncmp(t + i, "th", 2) && strncmp(t + i, "st", 2) && strncmp(t + i, "nd", 2) && strncmp(t + i, "rd", 2)) ||
          (i + 2 < sent.end && isalpha((unsigned char)t[i + 2])) || skg_sentence_is_plan(an, s, sent.start, i))
        continue;
      int y = d->year, m = d->month;
      if (day > d->day && --m == 0)
        m = 12, --y;
      if (!skg_date_valid(y, m, day))
        continue;
      *f = (skg_fact){SKG_F_START_DATE, 0, skg_value_num(SKG_V_DATE, yyyymmdd(y, m, day)),
                      skg_value_ref(SKG_V_NONE, -1), skg_value_ref(SKG_V_NONE, -1), 0,
                      (skg_span){at + 7, i + 2}, s, "date.day-of-report-month", 0.65};
      return 1;
    }
  }
  return 0;
}

/* A wire whose dateline gives the day ("MINSK, December 11. /TASS/. A
   meeting of the Supreme Council ... approved"): the meeting's day when its
   own sentence, or the next, names the meeting done that day.  Returns 1. */
static int
dateline_day(const skg_analysis *an, skg_fact *f)
{
  const skg_doc *doc = an->doc;
  static const char *const done[] = {"opened", "met", "held", "gathered", "convened", "approved",
                                     "adopted", "took place", "began", "kicked off", "agreed", "under way",
                                     "underway", "is being held", "are meeting"};
  skg_fact closing;
  if (!doc->dateline_end || !doc->date.year || !doc->date.day || closing_weekday(an, &closing))
    return 0; /* "wrapped up ... on Sunday" tells the day better */
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    size_t orig = an->text.orig_start[m->span.start];
    if (m->kind != SKG_M_DATE || orig < doc->dateline.start || orig >= doc->dateline_end)
      continue;
    size_t s = skg_text_sentence_at(&an->text, m->span.start);
    for (size_t t = s; t < an->text.n_sentences && t <= s + 1; ++t) {
      skg_span sent = an->text.sentences[t];
      if (skg_sentence_names_meeting(an, t) && !skg_sentence_other_meeting(an, t) &&
          !skg_sentence_is_plan(an, t, sent.start, sent.end) && skg_find_any(an, sent.start, sent.end, done, SKG_COUNT(done))) {
        *f = (skg_fact){SKG_F_START_DATE, 0,
                        skg_value_num(SKG_V_DATE, yyyymmdd(doc->date.year, doc->date.month, doc->date.day)),
                        skg_value_ref(SKG_V_NONE, -1), skg_value_ref(SKG_V_NONE, -1), 0, m->span, s,
                        "date.dateline-day", 0.6};
        return 1;
      }
    }
    return 0;
  }
  return 0;
}

static int
weekday_date(const skg_analysis *an, skg_fact *f)
{
  const skg_date *d = &an->doc->date;
  if (!d->year || !d->month || !d->day)
    return 0;
  /* "a two-day summit that began on Wednesday" first (the first day, said
     so), then "ran from Thursday 12th to Saturday 14th", then "on Thursday" */
  static const char *const preps[] = {"began on", "opened on", "started on", "kicked off on", "met on",
                                      "convened on", "gathered on", "from", "on"};
  static const char *const closing[] = {"closed", "came to a close", "ended", "concluded",
                                        "wrapped up", "wrapping up", "closing"};
  for (size_t p = 0; p < SKG_COUNT(preps); ++p)
    for (size_t s = 0; s < an->text.n_sentences; ++s) {
      skg_span sent = an->text.sentences[s];
      int first_day = p < 7;
      /* "closed the summit on Tuesday" is its last day, not its first */
      if (!skg_sentence_names_meeting(an, s) ||
          (!first_day && skg_find_any(an, sent.start, sent.end, closing, SKG_COUNT(closing))))
        continue;
      for (size_t from = sent.start;;) {
        size_t at = skg_find_phrase(an, from, sent.end, preps[p]);
        if (at == (size_t)-1)
          break;
        from = at + 2;
        size_t w_at = at + strlen(preps[p]) + 1;
        const char *w = an->text.norm.data + w_at;
        size_t len = 0;
        while (w_at + len < sent.end && isalpha((unsigned char)w[len]))
          ++len;
        int wd = skg_weekday_from_name(w, len);
        /* another meeting in the day's clause ("..., on the eve of the 39th
           Session, which opens there on 14 February" leaves "on Friday" to it) */
        if (wd < 0 || skg_clause_other_meeting(an, s, w_at) ||
            skg_other_meeting_words(an, skg_clause_at(an, sent, w_at, 0)))
          continue; /* "ministers ... had met in Abidjan on Wednesday to prepare the summit" */
        /* a plan before the day ("will be held on Friday"): the next such day;
           the day done ("met on Thursday"): the last one */
        /* "The summit runs from Thursday to Friday", "opens on Monday": the present of a preview */
        static const char *const present[] = {"runs from", "run from", "opens on", "begins on", "starts on",
                                              "takes place from", "take place from"};
        int planned = skg_sentence_is_plan(an, s, sent.start, w_at + len) ||
                      skg_find_any(an, sent.start, w_at, present, SKG_COUNT(present));
        long day = planned ? skg_next_weekday(d->year, d->month, d->day, wd)
                           : skg_last_weekday(d->year, d->month, d->day, wd);
        *f = (skg_fact){SKG_F_START_DATE, 0, skg_value_num(SKG_V_DATE, day), skg_value_ref(SKG_V_NONE, -1),
                        skg_value_ref(SKG_V_NONE, -1), 0, (skg_span){w_at, w_at + len}, s,
                        planned ? "date.weekday-after-report" : "date.weekday-before-report", planned ? 0.6 : 0.7};
        return 1;
      }
    }
  return relative_date(an, f) || ordinal_day(an, f) || dateline_day(an, f);
}

static const char *const meeting_words[] = {"summit", "meeting", "session", "conference", "forum",
                                            "council", "assembly", "gathering", "Summit", "Meeting",
                                            "Session", "Conference", "Forum", "Council", "Assembly"};

/* Does a meeting word stand in norm [from, to)? */
static int
meeting_word_in(const skg_analysis *an, size_t from, size_t to)
{
  return skg_find_any(an, from, to, meeting_words, SKG_COUNT(meeting_words));
}

/* Is mention k an organization other than the summit's, named with a
   meeting ("the NATO summit", "the ordinary session of the ECOWAS Authority",
   "the Union for the Mediterranean's Regional Forum")? */
static int
other_org_meeting(const skg_analysis *an, size_t k, skg_span sent)
{
  const skg_mention *o = &an->mentions.items[k];
  if ((o->kind != SKG_M_ORG && o->kind != SKG_M_BODY) || o->ref == an->summits[an->focus].org)
    return 0;
  size_t after = o->span.end + 32 < sent.end ? o->span.end + 32 : sent.end;
  size_t before = o->span.start > sent.start + 40 ? o->span.start - 40 : sent.start;
  return meeting_word_in(an, o->span.end, after) ||
         (skg_ends_with_phrase(an, sent.start, o->span.start, "of the") && meeting_word_in(an, before, o->span.start));
}

/* Is the date mention k the day of another organization's meeting: is the
   meeting named last before it (in its sentence) another's, not the summit's
   ("The summit comes a month before the session of the ECOWAS Authority,
   scheduled in Abuja on 13 December")? */
static int
dates_other_meeting(const skg_analysis *an, size_t first, size_t k)
{
  static const char *const ours[] = {"the summit", "this summit", "the meeting", "this meeting",
                                     "the session", "the talks", "the gathering"};
  const skg_mention *d = &an->mentions.items[k];
  size_t s = skg_text_sentence_at(&an->text, d->span.start);
  skg_span sent = an->text.sentences[s];
  size_t other = 0, own = 0;
  for (size_t j = first; j < k; ++j) {
    const skg_mention *o = &an->mentions.items[j];
    if (other_org_meeting(an, j, sent))
      other = o->span.start + 1;
    else if ((o->kind == SKG_M_ORG || o->kind == SKG_M_BODY) && o->ref == an->summits[an->focus].org)
      own = o->span.start + 1;
  }
  if (!other) {
    /* "On 18 March the Chancellor will travel to Brussels for the meeting of
       the European Council": another's meeting after the date, and none of ours */
    for (size_t j = k + 1; j < an->mentions.count && an->mentions.items[j].span.start < sent.end && !other; ++j)
      if (other_org_meeting(an, j, sent))
        other = 1;
    if (!other || own || skg_sentence_names_summit_org(an, s))
      return 0;
    for (size_t i = 0; i < SKG_COUNT(ours); ++i)
      for (size_t from = sent.start, at; (at = skg_find_phrase(an, from, sent.end, ours[i])) != (size_t)-1;
           from = at + 1)
        if (strncmp(an->text.norm.data + at + strlen(ours[i]), " of ", 4))
          return 0; /* ours, not "the meeting of the European Council" */
    return 1;
  }
  for (size_t i = 0; i < SKG_COUNT(ours); ++i) {
    size_t from = sent.start;
    for (size_t at; (at = skg_find_phrase(an, from, d->span.start, ours[i])) != (size_t)-1; from = at + 1)
      if (at + 1 > own)
        own = at + 1;
  }
  return other > own;
}

/* A sentence that recalls or looks ahead to another meeting: "He recalled
   the extraordinary summit held in Managua on 19 July 2025", "The summit
   follows the fifth Summit ... held in April 2025", "will meet again ... from
   28 to 30 October". */
static int
recalls_another_meeting(const skg_analysis *an, skg_span sent)
{
  static const char *const cues[] = {"recalled", "follows the", "followed the", "comes a", "comes two",
                                     "comes after", "comes before", "last met", "meet again",
                                     "met again", "previous",
                                     /* "The Summit was preceded on 17 June by a meeting of ..." */
                                     "was preceded", "preceded by", "the day before", "on the eve",
                                     "ahead of the summit"};
  return skg_find_any(an, sent.start, sent.end, cues, SKG_COUNT(cues));
}

/* The number of days the meeting lasts, when a sentence naming it says so:
   "the two-day summit", "the three-day meeting"; 0 if none does. */
static int
meeting_length(const skg_analysis *an)
{
  static const struct {
    const char *phrase;
    int days;
  } lengths[] = {{"two-day", 2}, {"three-day", 3}, {"four-day", 4}, {"five-day", 5}, {"2-day", 2},
                 {"3-day", 3},   {"4-day", 4},     {"two day", 2},  {"three day", 3}};
  static const char *const words[] = {"summit", "meeting", "session", "conference", "forum", "talks",
                                      "gathering"};
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    if (!skg_sentence_names_meeting(an, s) || skg_sentence_other_meeting(an, s))
      continue;
    for (size_t i = 0; i < SKG_COUNT(lengths); ++i) {
      size_t at = skg_find_phrase(an, sent.start, sent.end, lengths[i].phrase);
      if (at == (size_t)-1)
        continue;
      size_t after = at + strlen(lengths[i].phrase), near = after + 32 < sent.end ? after + 32 : sent.end;
      if (skg_find_any(an, after, near, words, SKG_COUNT(words)))
        return lengths[i].days;
    }
  }
  return 0;
}

/* The meeting's last day by a closing verb and the weekday after it, against
   the report's date: "came to a close on Wednesday", "concluded ... by
   adopting a declaration on Wednesday" (the last such day up to the report),
   "which formally ends Wednesday" (the next one).  Returns 1 and fills *f. */
static int
closing_weekday(const skg_analysis *an, skg_fact *f)
{
  static const char *const past[] = {"came to a close", "closed", "ended", "concluded", "wrapped up"};
  static const char *const coming[] = {"ends", "closes", "concludes", "wraps up", "will end", "will close"};
  const skg_date *d = &an->doc->date;
  if (!d->year || !d->month || !d->day)
    return 0;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    if (!skg_sentence_names_meeting(an, s) || skg_sentence_other_meeting(an, s))
      continue;
    for (int tense = 0; tense < 2; ++tense) {
      const char *const *verbs = tense ? coming : past;
      size_t n_verbs = tense ? SKG_COUNT(coming) : SKG_COUNT(past);
      for (size_t v = 0; v < n_verbs; ++v) {
        size_t at = skg_find_phrase(an, sent.start, sent.end, verbs[v]);
        if (at == (size_t)-1)
          continue;
        const char *t = an->text.norm.data;
        size_t end = at + 120 < sent.end ? at + 120 : sent.end;
        for (size_t i = at + strlen(verbs[v]); i < end; ++i) {
          if (t[i - 1] != ' ' || !isupper((unsigned char)t[i]))
            continue;
          size_t len = 0;
          while (i + len < end && isalpha((unsigned char)t[i + len]))
            ++len;
          int wd = skg_weekday_from_name(t + i, len);
          if (wd < 0)
            continue;
          long day = tense ? skg_next_weekday(d->year, d->month, d->day, wd)
                           : skg_last_weekday(d->year, d->month, d->day, wd);
          *f = (skg_fact){SKG_F_END_DATE, 0, skg_value_num(SKG_V_DATE, day), skg_value_ref(SKG_V_NONE, -1),
                          skg_value_ref(SKG_V_NONE, -1), 0, (skg_span){i, i + len}, s,
                          "date.closing-weekday", 0.7};
          return 1;
        }
      }
    }
  }
  return 0;
}

/* "XXI MEETING OF THE ANDEAN PRESIDENTIAL COUNCIL / Quito, 14-15.V.2026",
   "Speech by A at the closing session of the XVIII Summit ... / Polyforum
   Chiapas, Tuxtla Gutiérrez, March 9, 2028": sentence s is a short line
   naming a city before its date, right under a title line that is the
   summit's name or a speech given at it (not "Statement by A on the Meeting
   of ...", a paper dated after the meeting), so its date is the meeting's. */
static int
under_title(const skg_analysis *an, size_t s)
{
  const skg_summit *sm = &an->summits[an->focus];
  if (s == 0 || sm->sentence != s - 1)
    return 0;
  skg_span title = an->text.sentences[s - 1], line = an->text.sentences[s];
  const char *t = an->text.norm.data;
  if (title.end <= title.start || t[title.end - 1] == '.' || line.start <= title.end ||
      !memchr(t + title.end, '\n', line.start - title.end) || line.end - line.start > 100)
    return 0;
  if (sm->mention.start > title.start + 12 &&
      skg_find_phrase(an, title.start, sm->mention.start, "at the") == (size_t)-1)
    return 0;
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind == SKG_M_DATE)
      return 0;
    if (m->kind == SKG_M_CITY && t[m->span.end] != ':') /* not "DATE: FRI 09 OCT 2026" */
      return 1;
  }
  return 0;
}

skg_status
skg_extract_dates(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  skg_summit *sm = &an->summits[an->focus];
  int best_rank = 0;
  skg_fact best, end;
  memset(&best, 0, sizeof best);
  memset(&end, 0, sizeof end);
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    /* the day it met is told where the meeting is named, not further on */
    int titled = under_title(an, s);
    if (!skg_sentence_names_meeting(an, s) && !titled)
      continue;
    skg_span sent = an->text.sentences[s];
    if (skg_find_next_meeting(an, sent) != (size_t)-1 ||
        skg_find_phrase(an, sent.start, sent.end, "anniversary") != (size_t)-1)
      continue;
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    if (recalls_another_meeting(an, sent))
      continue;
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_DATE || dates_other_meeting(an, first, k))
        continue;
      /* "the Council of Ministers, which met in Bangui on 18 March", "business
         leaders met at the Investors Forum": words of another meeting in its clause */
      if (skg_other_meeting_words(an, skg_clause_at(an, sent, m->span.start, 0)))
        continue;
      /* "From July 2 to 6" is a trip; "since", "until", "by" are not the day it met */
      size_t before = m->span.start > sent.start + 8 ? m->span.start - 8 : sent.start;
      /* someone's travel, not the meeting's days */
      int trip = skg_find_phrase(an, sent.start, sent.end, "visit") != (size_t)-1 ||
                 skg_find_phrase(an, sent.start, sent.end, "attend") != (size_t)-1 ||
                 skg_find_phrase(an, sent.start, sent.end, "will travel") != (size_t)-1 ||
                 skg_find_phrase(an, sent.start, sent.end, "trip") != (size_t)-1 ||
                 skg_find_phrase(an, sent.start, sent.end, "tour") != (size_t)-1 ||
                 skg_find_phrase(an, sent.start, sent.end, "visits") != (size_t)-1;
      if ((trip && skg_find_phrase(an, before, m->span.start, "from") != (size_t)-1) ||
          skg_find_phrase(an, before, m->span.start, "since") != (size_t)-1 ||
          skg_find_phrase(an, before, m->span.start, "until") != (size_t)-1 ||
          skg_find_phrase(an, before, m->span.start, "by") != (size_t)-1 ||
          skg_in_quotes(an, s, m->span.start))
        continue;
      /* "Broadcast Saturday, 24 April 2027", "Posted 26 May 2026": the page's stamp */
      static const char *const stamps[] = {"Broadcast", "broadcast", "Posted", "posted", "Published",
                                           "published", "Updated", "updated", "Aired", "aired"};
      if (skg_find_any(an, m->span.start > sent.start + 24 ? m->span.start - 24 : sent.start, m->span.start,
                       stamps, SKG_COUNT(stamps)))
        continue;
      /* the dateline's date is the report's, not the meeting's, unless it
         stands on the line under the meeting's title */
      size_t orig = an->text.orig_start[m->span.start];
      if (an->doc->dateline_end && orig >= an->doc->dateline.start && orig < an->doc->dateline_end && !titled)
        continue;
      int year = m->date.year ? m->date.year : an->doc->date.year ? an->doc->date.year : sm->year;
      /* "took place on 3-4 December" in a report of 15 January: the December
         before it, as a meeting done cannot come months after the report */
      static const char *const done[] = {"took place", "was held", "were held", "met", "convened",
                                         "gathered", "was opened", "ended", "closed", "concluded"};
      const skg_date *rd = &an->doc->date;
      if (!m->date.year && year == rd->year && rd->month && m->date.month >= rd->month + 3 &&
          skg_find_any(an, sent.start, sent.end, done, SKG_COUNT(done)) &&
          skg_find_phrase(an, sent.start, sent.end, "will") == (size_t)-1 &&
          !skg_sentence_is_plan(an, s, sent.start, sent.end))
        --year;
      /* "before the meeting closed on Sunday, July 6": its last day (the
         year, if unstated, is the first day's) */
      if (closing_before(an, sent.start, m->span.start)) {
        if (!end.kind)
          end = (skg_fact){SKG_F_END_DATE, 0, skg_value_num(SKG_V_DATE, yyyymmdd(year, m->date.month, m->date.day)),
                           skg_value_ref(SKG_V_NONE, -1), skg_value_ref(SKG_V_NONE, -1), 0, m->span, s,
                           "date.closed-on", 0.8};
        continue;
      }
      if (!year)
        continue;
      /* the sentence that names the summit first, then a range of days (the
         whole meeting: "from 19 to 21 May"), then a stated year */
      /* ... and first of all a date the meeting's own verb governs: "opened on
         June 26", "was held on", "met on" */
      static const char *const verbs[] = {"opened on", "held on", "met on", "took place on", "convened on",
                                          "began on", "gathered on", "summit on", "meeting on",
                                          "session on", "starts on", "opens on", "held in",
                                          "started in", "started on", "began in", "opened in",
                                          "kicked off", "got under way", "got underway", "met in"};
      size_t near = m->span.start > sent.start + 40 ? m->span.start - 40 : sent.start;
      int governed = skg_find_any(an, near, m->span.start, verbs, SKG_COUNT(verbs));
      int rank = governed * 16 + (s == sm->sentence ? 3 : 2) * 4 + (m->date.end_day ? 2 : 0) + (m->date.year ? 1 : 0);
      if (rank <= best_rank)
        continue;
      best_rank = rank;
      best = (skg_fact){SKG_F_START_DATE, 0, skg_value_num(SKG_V_DATE, yyyymmdd(year, m->date.month, m->date.day)),
                        skg_value_ref(SKG_V_NONE, -1), skg_value_ref(SKG_V_NONE, -1), 0, m->span, s,
                        titled         ? "date.under-title"
                        : m->date.year ? "date.stated"
                                       : "date.stated-year-from-report",
                        m->date.year ? 0.9 : 0.8};
      if (m->date.end_day && m->date.end_day > m->date.day)
        best.c = skg_value_num(SKG_V_DATE, yyyymmdd(year, m->date.month, m->date.end_day));
    }
  }
  /* no day the meeting's own verb governs: its last day and its length give
     the first ("the two-day summit ... came to a close on Wednesday"), even
     over a stated date that is only that last day (a caption's, a post's) */
  skg_fact closing;
  if (best_rank < 16 && !end.kind && closing_weekday(an, &closing))
    end = closing;
  int days = best_rank < 16 && end.kind && end.a.num > 10000 * 1900 ? meeting_length(an) : 0;
  if (days && (!best_rank || best.a.num == end.a.num)) {
    best = end;
    best.kind = SKG_F_START_DATE;
    best.a = skg_value_num(SKG_V_DATE, skg_add_days(end.a.num, 1 - days));
    best.c = skg_value_ref(SKG_V_NONE, -1);
    best.rule = "date.last-day-less-length";
    best.confidence = 0.7;
    best_rank = 1;
  }
  if (!best_rank && !(best_rank = weekday_date(an, &best))) {
    if (!end.kind || end.a.num < 10000 * 1900)
      return SKG_OK;
    /* only its last day is told ("wrapped up their summit on Sunday"): a
       meeting of one day, as far as the report says */
    best = end;
    best.kind = SKG_F_START_DATE;
    best.rule = "date.last-day-only";
    best.confidence = 0.5;
    best_rank = 1;
  }
  if (end.kind && end.a.num < 10000)
    end.a.num += best.a.num / 10000 * 10000;
  sm->year = (int)(best.a.num / 10000);
  sm->month = (int)(best.a.num / 100 % 100);
  skg_value last_day = best.c;
  best.c = skg_value_ref(SKG_V_NONE, -1);
  skg_status st = skg_add_fact(an, best);
  if (!st && last_day.kind == SKG_V_DATE) {
    best.kind = SKG_F_END_DATE;
    best.a = last_day;
    st = skg_add_fact(an, best);
  } else if (!st && end.kind && end.a.num > best.a.num)
    st = skg_add_fact(an, end);
  return st;
}
