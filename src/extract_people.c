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

#include <string.h>

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

skg_status
skg_extract_chairs(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  static const char *const before[] = {"chaired by", "presided over by", "presided by",
                                       "chairmanship of", "chaired by the", "hosted and chaired by",
                                       "under the presidency of", "co-chaired by"};
  static const char *const after[] = {"chaired", "will chair", "presided over", "who chaired",
                                      "chairs", "is chairing", "was chairing"};
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_PERSON)
        continue;
      const char *rule = NULL;
      /* "under the chairmanship of the Prime Minister of X, A" */
      size_t pre = m->extent.start;
      while (pre > sent.start && an->text.norm.data[pre - 1] == ' ')
        --pre;
      if (skg_ends_with_phrase(an, sent.start, pre, "the"))
        pre -= 3;
      for (size_t i = 0; i < SKG_COUNT(before) && !rule; ++i)
        if (skg_ends_with_phrase(an, sent.start, pre, before[i]))
          rule = "chair.chaired-by";
      /* "A, whose country chairs the organization this year, presided over" */
      size_t verb_at = m->extent.end;
      const char *t = an->text.norm.data;
      if (verb_at + 2 < sent.end && t[verb_at] == ',' &&
          (skg_find_phrase(an, verb_at, verb_at + 8, "who") == verb_at + 2 ||
           skg_find_phrase(an, verb_at, verb_at + 8, "whose") == verb_at + 2)) {
        const char *comma = memchr(t + verb_at + 1, ',', sent.end - verb_at - 1);
        if (comma)
          verb_at = (size_t)(comma - t) + 1;
      }
      for (size_t i = 0; i < SKG_COUNT(after) && !rule; ++i) {
        size_t at = skg_find_phrase(an, verb_at, sent.end, after[i]);
        if (at != (size_t)-1 && at <= verb_at + 1)
          rule = "chair.person-chaired";
      }
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
      /* "the summit, hosted by President A": the host leader chairs; "a dinner
         hosted by A" is not the meeting */
      if (!rule && skg_ends_with_phrase(an, sent.start, m->extent.start, "hosted by") &&
          names_meeting_word(an, sent) &&
          skg_find_phrase(an, sent.start, sent.end, "dinner") == (size_t)-1 &&
          skg_find_phrase(an, sent.start, sent.end, "reception") == (size_t)-1 &&
          skg_find_phrase(an, sent.start, sent.end, "banquet") == (size_t)-1 &&
          skg_find_phrase(an, sent.start, sent.end, "lunch") == (size_t)-1 &&
          skg_find_phrase(an, sent.start, sent.end, "breakfast") == (size_t)-1)
        rule = "chair.hosted-by";
      if (!rule)
        continue;
      /* "he had chaired the Goa summit in 2016", "the previous summit, chaired
         by ...": another meeting */
      if (skg_sentence_other_meeting(an, s) ||
          skg_find_phrase(an, sent.start, sent.end, "second time") != (size_t)-1)
        continue;
      skg_fact f = {SKG_F_CHAIR, 0, skg_value_span(SKG_V_PERSON, m->span), no_value, no_value,
                    skg_sentence_is_plan(an, s, sent.start, sent.end), m->extent, s, rule, 0.9};
      skg_status st = skg_add_fact(an, f);
      if (st)
        return st;
    }
  }
  return SKG_OK;
}

static const char *const meeting_words[] = {"summit", "meeting", "session", "conference", "forum",
                                            "talks", "gathering", "call", "plenary"};

typedef struct {
  size_t at, end;      /* where the cue is */
  int    side;         /* attendees 1 after it ("attended by A"), -1 before ("A attended"), 2 anywhere,
                          3 right after it only ("the UAE sent Vice President A") */
  int    represented;  /* "X was represented by ...", "X's delegation was led by ..." */
} cue;

/* Every place in sentence s where attendance is said, up to `max`; returns the count. */
static size_t
attendance_cues(const skg_analysis *an, skg_span sent, cue *out, size_t max)
{
  static const struct { const char *phrase; int side; } cues[] = {
    {"attended by", 1}, {"attendance by", 1}, {"participation of", 1},
    {"joined by", 1}, {"attending the event will be", 1}, {"attending the summit will be", 1},
    {"around the table were", 1}, {"taking part were", 1}, {"attending were", 1},
    {"present were", 1}, {"participants included", 1}, {"those attending were", 1},
    {"represented by", 1},
    {"in attendance", 2}, {"were present", 2}, {"are present", 2},
    {"attended", -1}, {"attends", -1}, {"will attend", -1}, {"to attend", -1},
    {"participated in", -1}, {"participates in", -1}, {"took part in", -1}, {"takes part in", -1},
    {"take part in", -1}, {"will participate in", -1}, {"will take part in", -1},
    {"joined the", -1}, {"presided over", -1}, {"arrived", -1},
    {"gathered", 2}, {"among the leaders", 2}, {"expected to participate", -1},
    {"expected at", 2}, {"opened the", -1}, {"closed the", -1}, {"addressed the", -1},
    {"addressing the", -1}, {"spoke at", -1}, {"delivered a speech at", -1},
    {"handed over", 2}, {"hands over", 2}, {"handing", 2},
    {"at the table were", 1}, {"around the table sat", 1}, {"around the table", 1}, {"at the table", 2},
    {"headed by", 1}, {"led by", 1}, {"sent", 3}, {"stood in for", -1}, {"took part by", -1},
    {"joined by video", -1}, {"joined online", -1}, {"joined virtually", -1}, {"converged on", -1},
  };
  size_t n = 0;
  for (size_t i = 0; i < SKG_COUNT(cues); ++i) {
    for (size_t from = sent.start; n < max;) {
      size_t p = skg_find_phrase(an, from, sent.end, cues[i].phrase);
      if (p == (size_t)-1)
        break;
      /* "attended" inside "attended by" is the other cue */
      int inner = 0;
      for (size_t j = 0; j < n; ++j)
        inner |= out[j].at == p;
      const char *ph = cues[i].phrase;
      int represented = !strcmp(ph, "represented by") || !strcmp(ph, "headed by") ||
                        !strcmp(ph, "led by") || !strcmp(ph, "sent");
      /* "attended a football match": something else, not a meeting */
      size_t e = p + strlen(ph);
      const char *t = an->text.norm.data;
      int other_thing = cues[i].side == -1 && e + 3 < sent.end &&
                        (!strncmp(t + e, " a ", 3) || !strncmp(t + e, " an ", 4)) &&
                        !skg_find_any(an, e, e + 32 < sent.end ? e + 32 : sent.end, meeting_words,
                                      SKG_COUNT(meeting_words));
      if (!inner && !other_thing)
        out[n++] = (cue){p, e, cues[i].side, represented};
      from = p + 1;
    }
  }
  return n;
}

/* The cue that makes the person at `m` an attendee, or NULL. */
static const cue *
cue_for(const skg_analysis *an, const cue *cues, size_t n, const skg_mention *m)
{
  const char *t = an->text.norm.data;
  for (size_t i = 0; i < n; ++i) {
    const cue *c = &cues[i];
    if (c->side == 2 || (c->side == 1 && c->at < m->span.start) ||
        (c->side == -1 && c->at >= m->span.end) || (c->side == 3 && c->end + 1 == m->extent.start))
      return c;
    /* "Leaders took part by video from their capitals: A, B and C" */
    if (c->side == -1 && c->at < m->span.start && memchr(t + c->end, ':', m->span.start - c->end))
      return c;
  }
  return NULL;
}

/* Sentences that say someone did not come, or that speak of what people said
   or whom they met, are no list of attendees. */
static int
negated_attendance(const skg_analysis *an, skg_span sent)
{
  static const char *const cues[] = {"did not attend", "did not join", "did not send",
                                     "did not take part", "was absent", "were absent", "skipped",
                                     "boycott", "stayed away", "declined to attend", "will not attend"};
  return skg_find_any(an, sent.start, sent.end, cues, SKG_COUNT(cues));
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

/* People named as someone's hosts or partners are not attendees. */
static int
excluded_person(const skg_analysis *an, skg_span sent, const skg_mention *m)
{
  static const char *const cues[] = {"invitation of", "talks with", "met with", "meeting with",
                                     "hosted by", "welcomed by", "received by", "phone call with"};
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

skg_status
skg_extract_attendees(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    skg_span sent = an->text.sentences[s];
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    cue cues[16];
    size_t n_cues = attendance_cues(an, sent, cues, 16);
    const char *rule = "attendee.said-attended";
    double conf = 0.85;
    /* "A, B and C are in attendance." or "Among those at the table were ..."
       right after the sentence about the meeting, even in a new paragraph */
    int about = skg_sentence_about_summit(an, s) || (n_cues && s > 0 && skg_sentence_about_summit(an, s - 1));
    if (!about || skg_sentence_other_meeting(an, s) || negated_attendance(an, sent))
      continue;
    /* a list of leaders, each with office and country, in a sentence about the
       meeting that is neither a speech nor a bilateral meeting */
    if (!n_cues && titled_people(an, first, last) >= 2 && !speech_or_meeting_with(an, sent)) {
      cues[n_cues++] = (cue){sent.start, sent.start, 2, 0};
      rule = "attendee.leader-list";
      conf = 0.7;
    }
    if (!n_cues)
      continue;
    int planned = skg_sentence_is_plan(an, s, sent.start, sent.end);
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_PERSON)
        continue;
      const cue *c = cue_for(an, cues, n_cues, m);
      if (!c || excluded_person(an, sent, m) || skg_in_quotes(an, s, m->span.start))
        continue;
      int represented = c->represented;
      skg_value whom = jurisdiction_of(m);
      if (represented && whom.kind == SKG_V_NONE)
        whom = country_before(an, first, m->extent.start);
      skg_value office = m->office >= 0 ? skg_value_ref(SKG_V_OFFICE, m->office) : no_value;
      skg_fact f = {SKG_F_ATTENDANCE, 0, skg_value_span(SKG_V_PERSON, m->span), whom, office, planned,
                    m->extent, s, represented ? "attendee.represented-by" : rule,
                    planned ? 0.6 : conf};
      skg_status st = skg_add_fact(an, f);
      if (st)
        return st;
    }
    if (!planned) {
      skg_status st = unnamed_representatives(an, s, first, last);
      if (st)
        return st;
    }
  }
  return SKG_OK;
}

skg_status
skg_extract_offices(skg_analysis *an)
{
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_PERSON || m->office < 0 || m->jur_kind < 0)
      continue;
    skg_fact f = {SKG_F_OFFICE, -1, skg_value_span(SKG_V_PERSON, m->span),
                  skg_value_ref(SKG_V_OFFICE, m->office), jurisdiction_of(m), 0, m->extent,
                  skg_text_sentence_at(&an->text, m->span.start), "office.title-name-jurisdiction", 0.9};
    skg_status st = skg_add_fact(an, f);
    if (st)
      return st;
  }
  return SKG_OK;
}
