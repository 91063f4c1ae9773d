/* extract_membership.c - states joining the organization, and the rotating
   presidency passing on.

   Accession: "approved X's accession", "X's accession to the ORG was
   finalised", "welcomed X as a full member", "X joined as a full member" are
   done (skg:Completed); "invited X, Y and Z to join", "expect X to join",
   "X will become a member", "a decision on X's accession" are expected.
   Presidency: "X will assume the rotating presidency", "handed over the
   presidency to X", "pass the baton of chairmanship to X", "the
   chairmanship passed from Y to X", "X will take over as the chair", "X will
   host the next summit", "X will be the country chairing".  The current
   holder ("the current holder of the rotating presidency", "this year's
   chair") is not the next one. */
#include "extract.h"

#include <string.h>
#include <strings.h>

static const skg_value none = {SKG_V_NONE, -1, 0, {0, 0}};

static skg_status
accession(skg_analysis *an, size_t s, const skg_mention *m, skg_value_kind status, const char *rule,
          double conf)
{
  skg_fact f = {SKG_F_ACCESSION, 0, skg_value_ref(SKG_V_COUNTRY, m->ref), skg_value_ref(status, -1),
                none, 0, m->span, s, rule, conf};
  return skg_add_fact(an, f);
}

/* Countries listed after `at` in the sentence: "invited Saudi Arabia, Iran,
   Ethiopia, Egypt, Argentina and the United Arab Emirates to join". */
static skg_status
listed_after(skg_analysis *an, size_t s, size_t at, size_t first, size_t last, size_t until,
             skg_value_kind status, const char *rule)
{
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_COUNTRY || m->span.start < at || m->span.start > until)
      continue;
    skg_status st = accession(an, s, m, status, rule, 0.8);
    if (st)
      return st;
  }
  return SKG_OK;
}

static skg_status
accessions_in(skg_analysis *an, size_t s)
{
  skg_span sent = an->text.sentences[s];
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  static const char *const done[] = {"approved", "approve", "finalized", "finalised", "completed",
                                     "formalized", "formalised", "welcomed", "granted", "signed"};
  static const char *const expected[] = {"will", "expect", "expected", "expects", "to join", "decision on",
                                         "would", "process", "applied", "application", "candidate"};
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_COUNTRY)
      continue;
    const char *after = an->text.norm.data + m->span.end;
    size_t rest = sent.end - m->span.end;
    /* "X's accession", "X' accession" */
    int possessive = m->possessive || (rest > 1 && after[0] == '\'' && (rest == 1 || after[1] != 's'));
    if (after[0] == '\'') { /* "Belarus' accession": the apostrophe is a token of its own */
      ++after;
      --rest;
    }
    /* "X's accession", "X's instrument of accession" */
    if (possessive && ((rest > 10 && !strncmp(after, " accession", 10)) ||
                       (rest > 23 && !strncmp(after, " instrument of accession", 24)))) {
      /* the verb governing this accession, not one elsewhere in the sentence:
         "approved X's accession", "X's accession, requested in 2024, was
         approved", "X's accession ... confirmed", "... has been deposited" */
      static const char *const done_after[] = {"was approved", "were approved", "approved unanimously",
                                               "confirmed", "deposited", "was completed", "took effect",
                                               "entered into force", "was ratified", "was finalised",
                                               "was finalized"};
      size_t near = m->span.start > sent.start + 48 ? m->span.start - 48 : sent.start;
      size_t far = m->span.end + 48 < sent.end ? m->span.end + 48 : sent.end;
      size_t farther = m->span.end + 90 < sent.end ? m->span.end + 90 : sent.end;
      int is_done = skg_find_any(an, near, m->span.start, done, SKG_COUNT(done)) ||
                    skg_find_any(an, m->span.end, farther, done_after, SKG_COUNT(done_after));
      int is_expected = skg_find_any(an, near, far, expected, SKG_COUNT(expected));
      skg_status st = accession(an, s, m, is_done && !is_expected ? SKG_V_COMPLETED : SKG_V_EXPECTED,
                                is_done && !is_expected ? "accession.approved" : "accession.expected",
                                is_done ? 0.9 : 0.75);
      if (st)
        return st;
      continue;
    }
    /* "welcomed Iran's formal membership", "approved X's full membership",
       "approved Montenegro's application for membership" */
    if (possessive && rest > 11 &&
        (!strncmp(after, " formal membership", 18) || !strncmp(after, " full membership", 16) ||
         !strncmp(after, " membership", 11) || (rest > 27 && !strncmp(after, " application for membership", 27)) ||
         (rest > 20 && !strncmp(after, " application to join", 20)))) {
      size_t near = m->span.start > sent.start + 48 ? m->span.start - 48 : sent.start;
      if (skg_find_any(an, near, m->span.start, done, SKG_COUNT(done))) {
        skg_status st = accession(an, s, m, SKG_V_COMPLETED, "accession.welcomed-membership", 0.85);
        if (st)
          return st;
        continue;
      }
    }
    /* "anticipation for Belarus to join the organization soon", "hope X will join" */
    /* (lists after "invited" are read below, once) */
    int invited = skg_find_phrase(an, sent.start, m->span.start, "invited") != (size_t)-1;
    if (!invited &&
        ((rest > 8 && !strncmp(after, " to join", 8)) || (rest > 10 && !strncmp(after, " will join", 10)))) {
      static const char *const hopes[] = {"anticipat", "expect", "hope", "look forward", "soon",
                                          "invite", "welcome", "target", "on track"};
      int hoped = 0;
      for (size_t i = 0; i < SKG_COUNT(hopes) && !hoped; ++i)
        hoped = skg_find_text(an, sent.start, sent.end, hopes[i]) != (size_t)-1;
      if (hoped) {
        skg_status st = accession(an, s, m, SKG_V_EXPECTED, "accession.expected-to-join", 0.75);
        if (st)
          return st;
        continue;
      }
    }
    /* "Costa Rica, whose application is pending, is expected to complete its
       accession": the state, then (with no other state between) its accession */
    size_t acc = skg_find_phrase(an, m->span.end, m->span.end + 90 < sent.end ? m->span.end + 90 : sent.end,
                                 "accession");
    if (!possessive && acc != (size_t)-1 && (k + 1 >= last || an->mentions.items[k + 1].span.start > acc ||
                                             an->mentions.items[k + 1].kind != SKG_M_COUNTRY)) {
      int is_expected = skg_find_any(an, m->span.end, acc, expected, SKG_COUNT(expected));
      int is_done = skg_find_any(an, m->span.end, acc, done, SKG_COUNT(done));
      if (is_expected || is_done) {
        skg_status st = accession(an, s, m, is_expected ? SKG_V_EXPECTED : SKG_V_COMPLETED,
                                  is_expected ? "accession.expected" : "accession.approved", 0.75);
        if (st)
          return st;
        continue;
      }
    }
    /* "formally welcomed the Republic of Chile as a full Member Country",
       "welcomed Iran as its newest member" */
    size_t as_end = m->span.end + 40 < sent.end ? m->span.end + 40 : sent.end;
    size_t welcome_from = m->span.start > sent.start + 16 ? m->span.start - 16 : sent.start;
    if (skg_find_text(an, welcome_from, m->span.start, "welcomed") != (size_t)-1 &&
        skg_find_phrase(an, m->span.end, sent.end, "as") == m->span.end + 1 &&
        skg_find_text(an, m->span.end, as_end, "member") != (size_t)-1) {
      skg_status st = accession(an, s, m, SKG_V_COMPLETED, "accession.welcomed-as-member", 0.85);
      if (st)
        return st;
      continue;
    }
    /* "approved the application of Kiribati for full membership" (not "in principle") */
    size_t member_to = m->span.end + 30 < sent.end ? m->span.end + 30 : sent.end;
    size_t near_before = m->span.start > sent.start + 48 ? m->span.start - 48 : sent.start;
    if (skg_ends_with_phrase(an, sent.start, m->span.start, "application of") &&
        skg_find_phrase(an, m->span.end, member_to, "membership") != (size_t)-1 &&
        skg_find_any(an, near_before, m->span.start, done, SKG_COUNT(done))) {
      int in_principle = skg_find_phrase(an, sent.start, sent.end, "in principle") != (size_t)-1;
      skg_status st = accession(an, s, m, in_principle ? SKG_V_EXPECTED : SKG_V_COMPLETED,
                                "accession.welcomed-membership", 0.8);
      if (st)
        return st;
      continue;
    }
    /* "approved the readmission of the Republic of Ecuador as a full Member
       State", "approved the admission of X" */
    static const char *const admissions[] = {"admission of", "readmission of", "admission of the",
                                             "readmission of the"};
    if (skg_ends_with_any(an, sent.start, m->span.start, admissions, SKG_COUNT(admissions)) &&
        skg_find_any(an, near_before, m->span.start, done, SKG_COUNT(done))) {
      int later = skg_find_phrase(an, sent.start, sent.end, "in principle") != (size_t)-1 ||
                  skg_find_any(an, near_before, m->span.start, expected, SKG_COUNT(expected));
      skg_status st = accession(an, s, m, later ? SKG_V_EXPECTED : SKG_V_COMPLETED, "accession.admission-of", 0.8);
      if (st)
        return st;
      continue;
    }
    /* "approved in principle Guinea's request to become the Council's sixth
       member": a request, granted in principle only, is an accession to come */
    if (possessive && ((rest > 19 && !strncmp(after, " request to become", 18)) ||
                       (rest > 16 && !strncmp(after, " request to join", 16))) &&
        skg_find_phrase(an, sent.start, sent.end, "in principle") != (size_t)-1) {
      skg_status st = accession(an, s, m, SKG_V_EXPECTED, "accession.expected", 0.75);
      if (st)
        return st;
      continue;
    }
    /* "X joined as a full member", "X became a full member" */
    if ((skg_find_phrase(an, m->span.end, sent.end, "joined as") == m->span.end + 1 ||
         skg_find_phrase(an, m->span.end, sent.end, "became a full member") == m->span.end + 1 ||
         skg_find_phrase(an, m->span.end, sent.end, "became a member") == m->span.end + 1)) {
      skg_status st = accession(an, s, m, SKG_V_COMPLETED, "accession.joined", 0.8);
      if (st)
        return st;
    }
    /* "X was admitted as the 11th member", "X is expected to be admitted",
       "admitted X as its newest member" */
    static const char *const admitted_done[] = {"was admitted", "has been admitted", "was formally admitted",
                                                "became the"};
    static const char *const admitted_later[] = {"is expected to be admitted", "will be admitted",
                                                 "is to be admitted", "is set to be admitted"};
    size_t after_end = m->span.end + 40 < sent.end ? m->span.end + 40 : sent.end;
    int member_word = skg_find_phrase(an, m->span.end, sent.end, "member") != (size_t)-1 ||
                      skg_find_phrase(an, m->span.end, sent.end, "into") != (size_t)-1 ||
                      skg_find_phrase(an, m->span.end, sent.end, "to the") != (size_t)-1;
    int later = skg_find_any(an, m->span.end, after_end, admitted_later, SKG_COUNT(admitted_later)) &&
                skg_find_phrase(an, m->span.end, after_end, "is") == m->span.end + 1;
    /* "Kiribati thereby became the fifth full member": an adverb may stand between */
    size_t verb_at = m->span.end + 1;
    static const char *const adverbs[] = {"thereby ", "thus ", "formally ", "officially ", "now "};
    for (size_t i = 0; i < SKG_COUNT(adverbs); ++i)
      if (skg_find_phrase(an, verb_at, sent.end, adverbs[i]) == verb_at)
        verb_at += strlen(adverbs[i]);
    int done_now = !later && skg_find_any(an, m->span.end, verb_at + 27 < sent.end ? verb_at + 27 : sent.end,
                                          admitted_done, SKG_COUNT(admitted_done)) &&
                   (skg_find_phrase(an, verb_at, sent.end, "was") == verb_at ||
                    skg_find_phrase(an, verb_at, sent.end, "has") == verb_at ||
                    skg_find_phrase(an, verb_at, sent.end, "became") == verb_at);
    int admitted_before = skg_ends_with_phrase(an, sent.start, m->span.start, "admitted") &&
                          skg_find_phrase(an, m->span.end, sent.end, "as") == m->span.end + 1;
    if ((later || done_now || admitted_before) && member_word) {
      skg_status st = accession(an, s, m, later ? SKG_V_EXPECTED : SKG_V_COMPLETED,
                                later ? "accession.to-be-admitted" : "accession.admitted", 0.75);
      if (st)
        return st;
    }
  }
  /* "invited A, B and C to join", "invited ... to become members" */
  size_t inv = skg_find_phrase(an, sent.start, sent.end, "invited");
  size_t join = skg_find_phrase(an, sent.start, sent.end, "to join");
  if (join == (size_t)-1)
    join = skg_find_phrase(an, sent.start, sent.end, "to become");
  if (inv != (size_t)-1 && join != (size_t)-1 && join > inv)
    return listed_after(an, s, inv, first, last, join, SKG_V_EXPECTED, "accession.invited-to-join");
  /* "they expect Papua New Guinea to join" */
  size_t expect = skg_find_phrase(an, sent.start, sent.end, "expect");
  if (expect != (size_t)-1 && join != (size_t)-1 && join > expect)
    return listed_after(an, s, expect, first, last, join, SKG_V_EXPECTED, "accession.expected-to-join");
  /* "The new countries invited are A, B and C" */
  size_t invited_are = skg_find_phrase(an, sent.start, sent.end, "invited are");
  if (invited_are != (size_t)-1)
    return listed_after(an, s, invited_are, first, last, sent.end, SKG_V_EXPECTED,
                        "accession.invited-to-join");
  return SKG_OK;
}

static const char *const office_words[] = {"presidency", "chairmanship", "chairship", "chair",
                                           "chairing", "baton", "helm"};

static skg_status
presidency(skg_analysis *an, size_t s, const skg_mention *m, const char *rule, double conf)
{
  skg_fact f = {SKG_F_NEXT_PRESIDENCY, 0, skg_value_ref(SKG_V_COUNTRY, m->ref), none, none, 0,
                m->span, s, rule, conf};
  return skg_add_fact(an, f);
}

static skg_status
presidency_in(skg_analysis *an, size_t s, int *found)
{
  skg_span sent = an->text.sentences[s];
  if (!skg_find_any(an, sent.start, sent.end, office_words, SKG_COUNT(office_words)) &&
      skg_find_phrase(an, sent.start, sent.end, "will host") == (size_t)-1)
    return SKG_OK;
  static const char *const takes[] = {"will assume", "to assume", "assumes", "will take over",
                                      "takes over", "to take over", "will hold", "will chair",
                                      "will host the next", "will host next year's",
                                      "will host the", "will be the country chairing",
                                      "will officially assume", "would assume", "will preside",
                                      "took over", "assumed"};
  static const char *const gives[] = {"handed over", "hand over", "hands over", "pass the baton",
                                      "passed the baton", "passing", "passed", "transferred",
                                      "transfer", "handing over", "pass", "passes", "handing",
                                      "rotates", "goes"};
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_COUNTRY)
      continue;
    /* "X [, which] will assume the rotating presidency" */
    size_t window_end = m->span.end + 60 < sent.end ? m->span.end + 60 : sent.end;
    for (size_t i = 0; i < SKG_COUNT(takes); ++i) {
      size_t at = skg_find_phrase(an, m->span.end, window_end, takes[i]);
      if (at == (size_t)-1)
        continue;
      /* nobody else named in between */
      int clear = 1;
      for (size_t j = k + 1; j < last && an->mentions.items[j].span.start < at; ++j)
        clear &= an->mentions.items[j].kind != SKG_M_COUNTRY;
      /* what is taken over is the presidency ("will hold talks" is not) */
      /* what is taken follows at once: "will hold the rotating presidency",
         not "will hold talks with Brazil on the chair of the bank" */
      size_t what = at + strlen(takes[i]);
      size_t what_end = what + 30 < sent.end ? what + 30 : sent.end;
      /* "Russia will chair the CSTO in 2026": the organization, not a session */
      int chairs_org = !strcmp(takes[i], "will chair") && k + 1 < last &&
                       an->mentions.items[k + 1].kind == SKG_M_ORG &&
                       an->mentions.items[k + 1].span.start <= at + 16;
      /* "will be the country chairing the organization" */
      size_t tail = what + 20 < sent.end ? what + 20 : sent.end;
      int chairs_body = strstr(takes[i], "chair") &&
                        (skg_find_phrase(an, what, tail, "the organization") != (size_t)-1 ||
                         skg_find_phrase(an, what, tail, "the organisation") != (size_t)-1 ||
                         skg_find_phrase(an, what, tail, "the bloc") != (size_t)-1 ||
                         skg_find_phrase(an, what, tail, "the grouping") != (size_t)-1 ||
                         skg_find_phrase(an, what, tail, "the union") != (size_t)-1 ||
                         skg_find_phrase(an, what, tail, "the association") != (size_t)-1);
      /* "Bahrain will host the 47th session next year" */
      int hosts_next = !strncmp(takes[i], "will host", 9) &&
                       (strcmp(takes[i], "will host the") ||
                        (skg_find_phrase(an, what, what_end, "summit") != (size_t)-1 ||
                         skg_find_phrase(an, what, what_end, "session") != (size_t)-1 ||
                         skg_find_phrase(an, what, what_end, "meeting") != (size_t)-1));
      int takes_office = chairs_org || chairs_body || hosts_next ||
                         skg_find_any(an, what, what_end, office_words, SKG_COUNT(office_words));
      if (!clear || !takes_office)
        continue;
      *found = 1;
      return presidency(an, s, m, "presidency.will-assume", 0.9);
    }
    /* "handed over the presidency to X", "from Y to X" */
    size_t window_start = m->span.start > sent.start + 80 ? m->span.start - 80 : sent.start;
    if (skg_ends_with_phrase(an, window_start, m->span.start, "to") ||
        skg_ends_with_phrase(an, window_start, m->span.start, "to the")) {
      for (size_t i = 0; i < SKG_COUNT(gives); ++i)
        if (skg_find_phrase(an, window_start, m->span.start, gives[i]) != (size_t)-1 ||
            skg_find_phrase(an, sent.start, m->span.start, gives[i]) != (size_t)-1) {
          *found = 1;
          return presidency(an, s, m, "presidency.handed-over-to", 0.9);
        }
    }
  }
  return SKG_OK;
}

skg_status
skg_extract_membership(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  int found = 0;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    if (!skg_sentence_in_focus(an, s))
      continue;
    skg_status st = accessions_in(an, s);
    if (!st && !found)
      st = presidency_in(an, s, &found);
    if (st)
      return st;
  }
  return SKG_OK;
}
