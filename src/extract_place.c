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

/* A venue: capitalised words ending in a building word, right before "in CITY". */
static const char *const venue_heads[] = {"Palace", "Hall", "Centre", "Center", "House", "Hotel",
                                          "Residence", "Residency", "Complex", "Building",
                                          "Kremlin", "Pavilion", "Forum", "Park", "Arena",
                                          "Stadium", "Castle", "Villa", "Resort", "Auditorium"};

static skg_span
venue_before(const skg_analysis *an, size_t sent_start, size_t in_at)
{
  const char *s = an->text.norm.data;
  size_t end = in_at;
  while (end > sent_start && s[end - 1] == ' ')
    --end;
  size_t w = end;
  while (w > sent_start && s[w - 1] != ' ')
    --w;
  int head = 0;
  for (size_t i = 0; i < sizeof venue_heads / sizeof *venue_heads; ++i)
    if (strlen(venue_heads[i]) == end - w && !memcmp(s + w, venue_heads[i], end - w))
      head = 1;
  if (!head)
    return (skg_span){0, 0};
  /* back over capitalised words (and "of") to "at the" */
  size_t start = w, words = 0;
  while (start > sent_start && words < 8) {
    size_t p = start - 1;
    while (p > sent_start && s[p - 1] != ' ')
      --p;
    size_t len = start - 1 - p;
    if (len == 3 && !strncmp(s + p, "the", 3))
      break;
    if (!isupper((unsigned char)s[p]) && !(len == 2 && !strncmp(s + p, "of", 2)))
      return (skg_span){0, 0};
    start = p;
    ++words;
  }
  if (start < sent_start + 7 || strncmp(s + start - 7, "at the ", 7))
    return (skg_span){0, 0};
  return (skg_span){start, end};
}

skg_status
skg_extract_places(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  int found_city = 0, found_venue = 0;
  for (size_t s = 0; s < an->text.n_sentences && !found_city; ++s) {
    if (!skg_sentence_about_summit(an, s))
      continue;
    skg_span sent = an->text.sentences[s];
    if (skg_sentence_other_meeting(an, s))
      continue;
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    for (size_t k = first; k < last && !found_city; ++k) {
      const skg_mention *m = &an->mentions.items[k];
      if (m->kind != SKG_M_CITY)
        continue;
      const char *rule = NULL;
      double conf = 0.85;
      if (preceded_by(an, sent.start, m->span.start, "via video in") ||
          preceded_by(an, sent.start, m->span.start, "via video link in") ||
          preceded_by(an, sent.start, m->span.start, "via video link from") ||
          preceded_by(an, sent.start, m->span.start, "from") ||
          skg_in_quotes(an, s, m->span.start))
        continue;
      if (preceded_by(an, sent.start, m->span.start, "held in") ||
          preceded_by(an, sent.start, m->span.start, "take place in") ||
          preceded_by(an, sent.start, m->span.start, "took place in") ||
          preceded_by(an, sent.start, m->span.start, "convened in"))
        rule = "host-city.held-in", conf = 0.95;
      else if (preceded_by(an, sent.start, m->span.start, "in"))
        rule = "host-city.in", conf = 0.85;
      else if (preceded_by(an, sent.start, m->span.start, "visited") ||
               preceded_by(an, sent.start, m->span.start, "visit to") ||
               preceded_by(an, sent.start, m->span.start, "arrived in") ||
               preceded_by(an, sent.start, m->span.start, "visiting"))
        rule = "host-city.visit-to-attend", conf = 0.75;
      else if (skg_find_phrase(an, m->span.end, m->span.end + 9 < sent.end ? m->span.end + 9 : sent.end, "summit") == m->span.end + 1)
        rule = "host-city.city-summit", conf = 0.8;
      else if (skg_find_phrase(an, m->span.end, m->span.end + 8 < sent.end ? m->span.end + 8 : sent.end, "hosts") == m->span.end + 1 ||
               skg_find_phrase(an, m->span.end, m->span.end + 9 < sent.end ? m->span.end + 9 : sent.end, "hosted") == m->span.end + 1)
        rule = "host-city.city-hosts", conf = 0.9;
      if (!rule)
        continue;
      skg_fact f = {SKG_F_HOST_CITY, 0, skg_value_ref(SKG_V_CITY, m->ref), skg_value_ref(SKG_V_NONE, -1),
                    skg_value_ref(SKG_V_NONE, -1), 0, m->span, s, rule, conf};
      skg_status st = skg_add_fact(an, f);
      if (st)
        return st;
      found_city = 1;
      /* "at the Independence Palace in Astana" */
      size_t in_at = m->span.start;
      while (in_at > sent.start && an->text.norm.data[in_at - 1] == ' ')
        --in_at;
      if (in_at >= 2 && !strncmp(an->text.norm.data + in_at - 2, "in", 2)) {
        skg_span v = venue_before(an, sent.start, in_at - 2);
        if (v.end > v.start && !found_venue) {
          skg_fact fv = {SKG_F_VENUE, 0, skg_value_span(SKG_V_VENUE, v), skg_value_ref(SKG_V_CITY, m->ref),
                         skg_value_ref(SKG_V_NONE, -1), 0, (skg_span){v.start, m->span.end}, s,
                         "venue.at-the-venue-in-city", 0.85};
          if ((st = skg_add_fact(an, fv)))
            return st;
          found_venue = 1;
        }
      }
    }
  }
  return SKG_OK;
}
