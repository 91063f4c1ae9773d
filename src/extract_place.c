/* extract_place.c - where the report's summit met: host city and venue.

   A city counts when a sentence about the summit puts it there: "held in
   Bishkek", "at the Independence Palace in Astana", "the Samarkand summit",
   "Astana hosts the ... meeting", "visited Istanbul, where he participated
   in ...".  A city someone joined from "via video link" is not the host, nor
   is the city of a next meeting. */
#include "extract.h"

#include <ctype.h>
#include <string.h>

static int
preceded_by(const skg_analysis *an, size_t sent_start, size_t at, const char *phrase)
{
  return skg_ends_with_phrase(an, sent_start, at, phrase);
}

/* A venue: "at the" and capitalised words ending in a building word:
   "at the Independence Palace", "at the Kuala Lumpur Convention Centre",
   "at the African Union Headquarters", "at the Ala-Archa State Residence". */
static const char *const venue_heads[] = {"Palace", "Hall", "Centre", "Center", "House", "Hotel",
                                          "Residence", "Residency", "Complex", "Building",
                                          "Kremlin", "Pavilion", "Park", "Arena", "Headquarters",
                                          "Stadium", "Castle", "Villa", "Resort", "Auditorium",
                                          "Hub", "Expo", "Dacha", "Estate"};

static int
is_venue_head(const char *w, size_t len)
{
  for (size_t i = 0; i < SKG_COUNT(venue_heads); ++i)
    if (strlen(venue_heads[i]) == len && !memcmp(w, venue_heads[i], len))
      return 1;
  return 0;
}

/* The venue named after "at the " at `at` (the offset after it), or {0, 0}. */
static skg_span
venue_at(const skg_analysis *an, size_t at, size_t end)
{
  const char *s = an->text.norm.data;
  if (at + 4 < end && !strncmp(s + at, "the ", 4))
    at += 4; /* "held at the Suntec ..." */
  size_t p = at, venue_end = 0;
  for (int words = 0; p < end && words < 8; ++words) {
    size_t w = p;
    while (w < end && s[w] != ' ' && s[w] != ',' && s[w] != '.' && s[w] != ';' && s[w] != '(')
      ++w;
    if (w == p)
      break;
    int cap = isupper((unsigned char)s[p]) || (unsigned char)s[p] >= 0x80;
    /* "the Suntec Singapore Convention and Exhibition Centre" */
    int joiner = (w - p == 2 && !strncmp(s + p, "of", 2)) || (w - p == 3 && !strncmp(s + p, "the", 3)) ||
                 (words > 0 && ((w - p == 3 && !strncmp(s + p, "and", 3)) || (w - p == 1 && s[p] == '&')) &&
                  w + 1 < end && isupper((unsigned char)s[w + 1]));
    /* "the Europa building": a lowercase building word after a name */
    char head[16];
    size_t hl = w - p < sizeof head - 1 ? w - p : 0;
    if (hl) {
      memcpy(head, s + p, hl);
      head[0] = (char)toupper((unsigned char)head[0]);
    }
    int lower_head = !cap && words > 0 && hl && is_venue_head(head, hl);
    if (!cap && !joiner && !lower_head)
      break;
    if ((cap && is_venue_head(s + p, w - p)) || lower_head)
      venue_end = w;
    if (lower_head)
      break;
    /* an initial inside the name: "the Walter E. Washington Convention Center"
       (after a building word, "Hall C." ends the name and the sentence) */
    if (cap && w - p == 1 && w + 2 < end && s[w] == '.' && s[w + 1] == ' ' && venue_end + 1 != p) {
      p = w + 2;
      continue;
    }
    if (w >= end || s[w] != ' ')
      break;
    p = w + 1;
  }
  return venue_end ? (skg_span){at, venue_end} : (skg_span){0, 0};
}

static const skg_value none = {SKG_V_NONE, -1, 0, {0, 0}};

static const char *const meeting_names[] = {"summit", "meeting", "session", "conference", "forum", "call"};

/* The sentence itself speaks of the meeting (not only its paragraph). */
static int
names_summit_here(const skg_analysis *an, size_t s)
{
  skg_span sent = an->text.sentences[s];
  return skg_find_any(an, sent.start, sent.end, meeting_names, SKG_COUNT(meeting_names));
}

/* Does the clause of the city at `at` speak of the meeting: a meeting word
   or verb before it in that clause (a clause about someone, "who ...", is its
   own), or the city early in the sentence?  "who was recovering from surgery
   in Abidjan" places someone, not the meeting. */
static int
meeting_in_clause(const skg_analysis *an, size_t start, size_t at)
{
  static const char *const words[] = {"summit", "meeting", "session", "conference", "forum", "talks",
                                      "held", "met", "meet", "gathered", "gather", "convened", "hosted",
                                      "opened", "took place", "takes place", "Summit", "Meeting",
                                      "Session", "Conference", "Forum", "assembly", "Assembly",
                                      "leaders", "heads of state", "arrived", "arrive", "began",
                                      "started", "ended", "closed", "concluded"};
  const char *t = an->text.norm.data;
  size_t from = start;
  for (size_t i = at; i > start; --i)
    if (t[i - 1] == ';' || !strncmp(t + i - 1, " who ", 5)) {
      from = i;
      break;
    }
  return at - start < 80 || skg_find_any(an, from, at, words, SKG_COUNT(words));
}

/* Is an organization other than the summit's named in sentence s after `at`? */
static int
other_org_after(const skg_analysis *an, size_t s, size_t at)
{
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->span.start >= at && (m->kind == SKG_M_ORG || m->kind == SKG_M_BODY) &&
        m->ref != an->summits[an->focus].org)
      return 1;
  }
  return 0;
}

/* A city-state named inside venue v ("the Suntec Singapore Convention
   Centre"): a country of mentions [first, last) whose capital bears its
   name is that city; else none. */
static skg_value
city_state_in(const skg_analysis *an, size_t first, size_t last, skg_span v)
{
  const skg_tables *t = an->ctx->tables;
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_COUNTRY || m->ref < 0 || m->span.start < v.start || m->span.end > v.end)
      continue;
    int capital = skg_tables_capital_of(t, m->ref);
    if (capital >= 0 && !strcmp(t->cities[capital].name, t->countries[m->ref].name))
      return skg_value_ref(SKG_V_CITY, capital);
  }
  return none;
}

/* "from the Union Buildings in" right before `at`: a venue someone took
   part from, between "from the" and "in" only capitalised words and "of". */
static int
joined_from(const skg_analysis *an, size_t start, size_t at)
{
  const char *t = an->text.norm.data;
  size_t from = (size_t)-1;
  for (size_t p = start; (p = skg_find_phrase(an, p, at, "from the")) != (size_t)-1; ++p)
    from = p;
  if (from == (size_t)-1 || !preceded_by(an, start, at, "in"))
    return 0;
  size_t i = from + 9, end = at;
  while (end > i && t[end - 1] == ' ')
    --end;
  end = end >= 2 ? end - 2 : end; /* before "in" */
  while (i < end) {
    size_t e = i;
    while (e < end && t[e] != ' ')
      ++e;
    if (!isupper((unsigned char)t[i]) && !(e - i == 2 && !strncmp(t + i, "of", 2)))
      return 0;
    i = e + 1;
  }
  return 1;
}

/* "a diaspora forum organised by the delegations takes place in Atlanta": a
   forum of its own (an indefinite one) in [from, to), not the summit. */
static int
indefinite_forum(const skg_analysis *an, size_t from, size_t to)
{
  const char *t = an->text.norm.data;
  for (size_t at = from; (at = skg_find_phrase(an, at, to, "forum")) != (size_t)-1; ++at) {
    size_t back = at > from + 24 ? at - 24 : from;
    for (size_t i = back; i + 2 < at; ++i)
      if ((i == from || t[i - 1] == ' ') && ((t[i] == 'a' && t[i + 1] == ' ') || !strncmp(t + i, "an ", 3)))
        return 1;
  }
  return 0;
}

/* The host city by the language around one city mention, or NULL. */
static const char *
city_rule(const skg_analysis *an, size_t s, const skg_mention *m, double *conf)
{
  skg_span sent = an->text.sentences[s];
  size_t start = sent.start, at = m->span.start, after = m->span.end;
  if (preceded_by(an, start, at, "via video in") || preceded_by(an, start, at, "via video link in") ||
      preceded_by(an, start, at, "via video link from") || preceded_by(an, start, at, "from") ||
      preceded_by(an, start, at, "chaired from") || skg_in_quotes(an, s, at))
    return NULL;
  /* "the first since the 2016 meeting in Malabo": an earlier one; "who
     arrived together from a regional meeting in Gaborone": another */
  static const char *const meeting_in[] = {"meeting in", "summit in", "conference in"};
  skg_span clause = skg_clause_at(an, sent, at, 0);
  if (skg_find_phrase(an, clause.start, at, "since the") != (size_t)-1 ||
      ((skg_find_phrase(an, clause.start, at, "from a") != (size_t)-1 ||
        skg_find_phrase(an, clause.start, at, "from the") != (size_t)-1) &&
       skg_ends_with_any(an, start, at, meeting_in, SKG_COUNT(meeting_in))))
    return NULL;
  /* "Following the summit, A met B in Brno": somewhere else after it */
  static const char *const after_it[] = {"Following the summit", "After the summit", "Following the meeting",
                                         "After the meeting", "After the talks", "Following the talks"};
  for (size_t i = 0; i < SKG_COUNT(after_it); ++i)
    if (skg_find_phrase(an, start, at, after_it[i]) == start)
      return NULL;
  /* where something or someone is, not where the meeting was */
  static const char *const placing[] = {"based in", "lives in", "born in", "headquartered in",
                                        "living in", "exile in", "studied in", "buried in",
                                        /* the group's history and seat */
                                        "founded in", "established in", "created in", "Secretariat in",
                                        "secretariat in", "embassy in", "Embassy in"};
  for (size_t i = 0; i < SKG_COUNT(placing); ++i)
    if (preceded_by(an, start, at, placing[i]))
      return NULL;
  /* a dinner or a reception somewhere else ("hosted a dinner for the
     delegations at the Blue Palace in Cetinje"); a leader joining a virtual
     meeting "from the Union Buildings in Pretoria" */
  static const char *const side_events[] = {"dinner", "reception", "banquet", "lunch", "luncheon",
                                            "breakfast", "gala", "concert"};
  if (skg_find_any(an, clause.start, at, side_events, SKG_COUNT(side_events)) || joined_from(an, clause.start, at) ||
      indefinite_forum(an, clause.start, at))
    return NULL;
  *conf = 0.95;
  if (preceded_by(an, start, at, "held in") || preceded_by(an, start, at, "take place in") ||
      preceded_by(an, start, at, "took place in") || preceded_by(an, start, at, "convened in") ||
      preceded_by(an, start, at, "opened in") || preceded_by(an, start, at, "being held in"))
    return "host-city.held-in";
  *conf = 0.75;
  if (preceded_by(an, start, at, "visited") || preceded_by(an, start, at, "visit to") ||
      preceded_by(an, start, at, "arrived in") || preceded_by(an, start, at, "visiting"))
    return "host-city.visit-to-attend";
  /* "will lead the delegation to Havana this week for the XI Summit" */
  size_t for_the = preceded_by(an, start, at, "to")
                     ? skg_find_phrase(an, after, after + 32 < sent.end ? after + 32 : sent.end, "for the")
                     : (size_t)-1;
  if (for_the != (size_t)-1 &&
      skg_find_any(an, for_the, for_the + 40 < sent.end ? for_the + 40 : sent.end, meeting_names,
                   SKG_COUNT(meeting_names)) &&
      !other_org_after(an, s, for_the)) /* not "to Brussels for the meeting of the European Council" */
    return "host-city.travel-to";
  *conf = 0.85;
  if ((preceded_by(an, start, at, "in") || preceded_by(an, start, at, "in the city of") ||
       preceded_by(an, start, at, "in central") || preceded_by(an, start, at, "in downtown")) &&
      meeting_in_clause(an, start, at))
    return "host-city.in";
  /* "met in the Montenegrin coastal town of Budva" */
  static const char *const kind_of_place[] = {"town of", "city of", "resort of", "village of", "port of"};
  size_t near_in = skg_find_phrase(an, at > start + 48 ? at - 48 : start, at, "in the");
  if (skg_ends_with_any(an, start, at, kind_of_place, SKG_COUNT(kind_of_place)) && near_in != (size_t)-1 &&
      !memchr(an->text.norm.data + near_in, ',', at - near_in) && meeting_in_clause(an, start, near_in))
    return "host-city.in";
  /* "took place yesterday in the political capital, Yamoussoukro" */
  if (preceded_by(an, start, at, "capital,")) {
    size_t p = skg_find_phrase(an, at > start + 40 ? at - 40 : start, at, "in the");
    if (p != (size_t)-1 && !memchr(an->text.norm.data + p, ',', at - 2 - p) && meeting_in_clause(an, start, p))
      return "host-city.in";
  }
  /* "taking place at Kampala", "at Havana's Palace of Conventions" */
  *conf = 0.8;
  if (preceded_by(an, start, at, "at") && (m->possessive || !preceded_by(an, start, at, "arrived at")))
    return "host-city.at";
  /* "the summit of Djerba", "a Francophonie summit, that of Djerba" */
  if (preceded_by(an, start, at, "summit of") || preceded_by(an, start, at, "that of"))
    return "host-city.summit-of";
  *conf = 0.85;
  if (preceded_by(an, start, at, "converged on") || preceded_by(an, start, at, "gathered in") ||
      preceded_by(an, start, at, "met in") || preceded_by(an, start, at, "meeting in"))
    return "host-city.met-in";
  size_t near = after + 10 < sent.end ? after + 10 : sent.end;
  *conf = 0.8;
  if (skg_find_phrase(an, after, near, "summit") == after + 1)
    return "host-city.city-summit";
  *conf = 0.9;
  if (skg_find_phrase(an, after, near, "hosts") == after + 1 ||
      skg_find_phrase(an, after, near, "hosted") == after + 1)
    return "host-city.city-hosts";
  return NULL;
}

/* The mode, only when the text says so: "via video link", "held online",
   "virtual summit"; "in-person summit", "in person". */
static skg_status
mode_of(skg_analysis *an, size_t s)
{
  static const char *const virtual_cues[] = {"via video", "by video", "videoconference", "virtual format",
                                             "online format", "in a virtual", "in virtual",
                                             "video conference", "video link", "virtual summit",
                                             "virtual meeting", "held online", "held virtually",
                                             "online summit", "online meeting", "virtually"};
  static const char *const person_cues[] = {"in-person summit", "in-person meeting", "held in person",
                                            "met in person", "in person"};
  static const char *const whole_meeting[] = {"held", "took place", "convened", "leaders", "met",
                                              "summit was", "meeting was"};
  static const char *const one_person[] = {"participated", "took part", "joined", "attended", "addressed",
                                           "addressing", "spoke", "delivered", "joining", "is taking part",
                                           "participating"};
  skg_span sent = an->text.sentences[s];
  size_t first, last;
  skg_sentence_mentions(an, s, &first, &last);
  /* one attendee joining online ("participated in the summit in the online
     format") does not make the meeting virtual: the meeting itself must be
     said to be held so, or its leaders to meet so */
  int of_meeting = skg_find_any(an, sent.start, sent.end, whole_meeting, SKG_COUNT(whole_meeting));
  int of_person = skg_find_any(an, sent.start, sent.end, one_person, SKG_COUNT(one_person));
  for (size_t i = 0; i < SKG_COUNT(virtual_cues); ++i) {
    size_t at = skg_find_phrase(an, sent.start, sent.end, virtual_cues[i]);
    if (at == (size_t)-1 || (of_person && !of_meeting))
      continue;
    skg_fact f = {SKG_F_MODE, 0, skg_value_ref(SKG_V_VIRTUAL, -1), none, none, 0,
                  (skg_span){at, at + strlen(virtual_cues[i])}, s, "mode.virtual", 0.8};
    return skg_add_fact(an, f);
  }
  for (size_t i = 0; i < SKG_COUNT(person_cues); ++i) {
    size_t at = skg_find_phrase(an, sent.start, sent.end, person_cues[i]);
    if (at == (size_t)-1)
      continue;
    skg_fact f = {SKG_F_MODE, 0, skg_value_ref(SKG_V_IN_PERSON, -1), none, none, 0,
                  (skg_span){at, at + strlen(person_cues[i])}, s, "mode.in-person", 0.8};
    return skg_add_fact(an, f);
  }
  return SKG_OK;
}

/* Does the report name the city of mention `m` somewhere else, or in its dateline? */
static int
city_named_elsewhere(const skg_analysis *an, const skg_mention *m)
{
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *o = &an->mentions.items[k];
    if (o != m && o->kind == SKG_M_CITY && o->ref == m->ref)
      return 1;
  }
  return 0;
}

/* "meeting in the Moroccan capital", "in the capital of Kazakhstan": the
   capital of that country, from the tables. */
static skg_status
capital_named(skg_analysis *an, int *found)
{
  for (size_t s = 0; s < an->text.n_sentences && !*found; ++s) {
    if (!skg_sentence_about_summit(an, s) || skg_sentence_other_meeting(an, s))
      continue;
    skg_span sent = an->text.sentences[s];
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_ADJECTIVE && m->kind != SKG_M_COUNTRY)
        continue;
      int adjective_before = m->kind == SKG_M_ADJECTIVE && preceded_by(an, sent.start, m->span.start, "in the") &&
                             skg_find_phrase(an, m->span.end, m->span.end + 9 < sent.end ? m->span.end + 9 : sent.end,
                                             "capital") == m->span.end + 1;
      int of_country = m->kind == SKG_M_COUNTRY && preceded_by(an, sent.start, m->span.start, "in the capital of");
      if (!adjective_before && !of_country)
        continue;
      int city = skg_tables_capital_of(an->ctx->tables, m->ref);
      if (city < 0)
        continue;
      skg_fact f = {SKG_F_HOST_CITY, 0, skg_value_ref(SKG_V_CITY, city), none, none, 0,
                    (skg_span){m->span.start, m->span.end + (adjective_before ? 8 : 0)}, s,
                    "host-city.capital-of", 0.75};
      *found = 1;
      return skg_add_fact(an, f);
    }
  }
  return SKG_OK;
}

/* "Closing address by A at the XVI Conference ... / Joaquim Chissano
   International Conference Centre, Maputo, 16 July 2027": the city of the
   line under the title that dated the meeting (date.under-title). */
static skg_status
title_line_city(skg_analysis *an, int *found)
{
  for (size_t i = 0; i < an->n_facts; ++i) {
    const skg_fact *d = &an->facts[i];
    if (d->kind != SKG_F_START_DATE || strcmp(d->rule, "date.under-title"))
      continue;
    size_t first, last;
    skg_sentence_mentions(an, d->sentence, &first, &last);
    for (size_t k = first; k < last; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      /* not a label's word that spells a city ("DATE: FRI 09 OCT 2026") */
      if (m->kind != SKG_M_CITY || an->text.norm.data[m->span.end] == ':')
        continue;
      skg_fact f = {SKG_F_HOST_CITY, 0, skg_value_ref(SKG_V_CITY, m->ref), none, none, 0, m->span, d->sentence,
                    "host-city.under-title", 0.75};
      *found = 1;
      return skg_add_fact(an, f);
    }
  }
  return SKG_OK;
}

/* A wire's dateline ("GYEONGJU, Nov. 1 -") places the meeting when the report
   puts it nowhere else: no other city named in its sentences about the
   meeting, and the meeting not held by video. */
static skg_status
dateline_city(skg_analysis *an)
{
  const skg_doc *doc = an->doc;
  if (doc->dateline.end <= doc->dateline.start)
    return SKG_OK;
  const skg_mention *place = NULL;
  for (size_t k = 0; k < an->mentions.count && !place; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    size_t orig = an->text.orig_start[m->span.start];
    if (m->kind == SKG_M_CITY && orig >= doc->dateline.start && orig < doc->dateline.end)
      place = m;
  }
  if (!place)
    return SKG_OK;
  for (size_t k = 0; k < an->mentions.count; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind != SKG_M_CITY || m->ref == place->ref)
      continue;
    /* another city the report puts the meeting's people in ("met ... at UN
       headquarters in New York"); not one the sentence gives another meeting
       ("the next session in Yerevan") or someone ("who was recovering in Abidjan") */
    size_t s = skg_text_sentence_at(&an->text, m->span.start);
    double conf;
    if (skg_sentence_about_summit(an, s) && !skg_sentence_other_meeting(an, s) && city_rule(an, s, m, &conf))
      return SKG_OK;
  }
  for (size_t i = 0; i < an->n_facts; ++i)
    if (an->facts[i].kind == SKG_F_MODE && an->facts[i].a.kind == SKG_V_VIRTUAL)
      return SKG_OK;
  size_t s = skg_text_sentence_at(&an->text, place->span.start);
  if (skg_sentence_is_plan(an, s, an->text.sentences[s].start, an->text.sentences[s].end))
    return SKG_OK;
  skg_fact f = {SKG_F_HOST_CITY, 0, skg_value_ref(SKG_V_CITY, place->ref), none, none, 0, place->span, s,
                "host-city.dateline", 0.6};
  return skg_add_fact(an, f);
}

skg_status
skg_extract_places(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  int found_city = 0, found_venue = 0, found_mode = 0;
  skg_fact venue_city; /* a city in the venue's name: the host when nothing says otherwise */
  int have_venue_city = 0;
  skg_status st = SKG_OK;
  for (size_t s = 0; s < an->text.n_sentences && !st; ++s) {
    if (!skg_sentence_about_summit(an, s))
      continue;
    skg_span sent = an->text.sentences[s];
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    /* "Berlin Process summit in Podgorica: ..., Albania to host next year":
       the host city of a clause about this meeting */
    for (size_t k = first; k < last && !found_city && !st; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      double conf;
      const char *rule = m->kind == SKG_M_CITY && !skg_clause_other_meeting(an, s, m->span.start)
                           ? city_rule(an, s, m, &conf)
                           : NULL;
      if (!rule)
        continue;
      skg_fact f = {SKG_F_HOST_CITY, 0, skg_value_ref(SKG_V_CITY, m->ref), none, none, 0, m->span, s,
                    rule, conf};
      st = skg_add_fact(an, f);
      found_city = 1;
    }
    if (skg_sentence_other_meeting(an, s))
      continue;
    if (!found_mode && names_summit_here(an, s)) {
      size_t before = an->n_facts;
      st = mode_of(an, s);
      found_mode = an->n_facts > before;
    }
    for (size_t at = sent.start; !found_venue && !st;) {
      /* "at the Independence Palace", "in the Europa building", "held at Government Palace" */
      size_t p = skg_find_phrase(an, at, sent.end, "at the"), skip = 7;
      size_t q = skg_find_phrase(an, at, sent.end, "in the");
      size_t r = skg_find_phrase(an, at, sent.end, "held at");
      if (q < p)
        p = q;
      if (r < p)
        p = r, skip = 8;
      if (p == (size_t)-1)
        break;
      at = p + 6;
      skg_span v = venue_at(an, p + skip, sent.end);
      if (v.end <= v.start)
        continue;
      /* "in Astana" right after the venue, else a city in its name
         ("the Kuala Lumpur Convention Centre") that the report names
         elsewhere too: "the Independence Palace" is not in Independence, Missouri */
      skg_value city = none;
      const skg_mention *inside = NULL;
      for (size_t k = first; k < last; ++k) {
        const skg_mention *m = &an->mentions.items[k];
        if (m->kind != SKG_M_CITY || m->span.start < v.start)
          continue;
        if (m->span.end <= v.end) {
          if (!inside)
            inside = m;
          continue;
        }
        if (m->span.start <= v.end + 4 && preceded_by(an, v.end, m->span.start, "in"))
          city = skg_value_ref(SKG_V_CITY, m->ref);
        break;
      }
      if (city.kind == SKG_V_NONE && !inside) {
        city = city_state_in(an, first, last, v);
        if (city.kind == SKG_V_CITY && !have_venue_city) {
          venue_city = (skg_fact){SKG_F_HOST_CITY, 0, city, none, none, 0, v, s, "host-city.city-state-venue", 0.75};
          have_venue_city = 1;
        }
      }
      if (city.kind == SKG_V_NONE && inside && city_named_elsewhere(an, inside)) {
        city = skg_value_ref(SKG_V_CITY, inside->ref);
        if (!have_venue_city) {
          venue_city = (skg_fact){SKG_F_HOST_CITY, 0, city, none, none, 0, inside->span, s,
                                  "host-city.in-venue-name", 0.75};
          have_venue_city = 1;
        }
      }
      skg_fact f = {SKG_F_VENUE, 0, skg_value_span(SKG_V_VENUE, v), city, none, 0, v, s,
                    "venue.at-the-venue", 0.8};
      st = skg_add_fact(an, f);
      found_venue = 1;
    }
  }
  if (!st && !found_city && have_venue_city) {
    st = skg_add_fact(an, venue_city);
    found_city = 1;
  }
  if (!st && !found_city)
    st = title_line_city(an, &found_city);
  if (!st && !found_city)
    st = capital_named(an, &found_city);
  if (!st && !found_city)
    st = dateline_city(an);
  return st;
}
