/* extract_documents.c - declarations and other documents the summit adopted.

   A title is a run of capitalised words ending in a document word
   ("Declaration", "Communique", "Joint Statement", "Action Plan"), with an
   "of the ..." tail when one follows: "the Astana Declaration of the Council
   of Heads of State of the Shanghai Cooperation Organization".  It counts
   when a sentence says it was signed, adopted, issued, approved or endorsed,
   or when it is named after a city ("the Kazan Declaration"), as summit
   declarations are.  A title that belongs to another year or meeting ("the
   2015 Ufa Declaration", "the next declaration") does not. */
#include "extract.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const document_words[] = {"Declaration", "Communique", "Communiqu\xC3\xA9",
                                             "Joint Statement", "Action Plan", "Charter",
                                             "Leaders' Statement", "Leaders Statement", "Vision Statement"};
static const char *const adoption_cues[] = {"adopt", "sign", "issued", "issue", "approv", "endors",
                                            "resulted in", "inked", "agreed on", "unveil"};

static int
cap_word_before(const char *s, size_t from, size_t end, size_t *start)
{
  size_t w = end;
  while (w > from && s[w - 1] == ' ')
    --w;
  size_t e = w;
  while (w > from && s[w - 1] != ' ' && s[w - 1] != '"' && s[w - 1] != '(' && s[w - 1] != ',')
    --w;
  if (w == e || !(isupper((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80))
    return 0;
  *start = w;
  return 1;
}

/* From `at`: capitalised words and commas, then "and" and a capitalised word
   ("Security and Stability"), as an enumeration inside a title goes on. */
static int
enumeration_goes_on(const skg_analysis *an, size_t at, size_t end)
{
  const char *s = an->text.norm.data;
  for (int words = 0; at < end && words < 6; ++words) {
    if (!isupper((unsigned char)s[at]))
      return 0;
    while (at < end && isalpha((unsigned char)s[at]))
      ++at;
    if (at + 5 < end && !strncmp(s + at, " and ", 5))
      return isupper((unsigned char)s[at + 5]);
    if (at + 2 < end && s[at] == ',' && s[at + 1] == ' ')
      at += 2;
    else if (at + 1 < end && s[at] == ' ')
      ++at;
    else
      return 0;
  }
  return 0;
}

/* The end of a title's tail from `e` ("of the Council of Heads of State of
   the SCO", "on Climate Mobility and Displacement"): capitalised words and
   the joiners between them, up to the first other word; a second document
   ("and the Five-Year Plan of Action") is not part of it.  Returns the end
   of the last capitalised word, or `from` if none. */
static size_t
title_tail(const skg_analysis *an, skg_span sent, size_t from, size_t e)
{
  static const char *const joiners[] = {"of", "the", "and", "on", "for", "in", "to", "a", "an", "into",
                                        "between", "among", "towards", "with"};
  static const char *const documents[] = {"Plan", "Programme", "Program", "Declaration", "Statement",
                                          "Communique", "Agreement", "Charter", "Roadmap"};
  const char *s = an->text.norm.data;
  size_t last = from;
  while (e < sent.end) {
    size_t we = e;
    while (we < sent.end && s[we] != ' ' && s[we] != ',' && s[we] != '.' && s[we] != ';' && s[we] != ')' &&
           s[we] != ':' && s[we] != '"')
      ++we;
    if (we == e)
      break;
    int cap = isupper((unsigned char)s[e]) || isdigit((unsigned char)s[e]) || (unsigned char)s[e] >= 0xC0;
    int joiner = 0;
    for (size_t k = 0; k < SKG_COUNT(joiners) && !joiner; ++k)
      joiner = strlen(joiners[k]) == we - e && !strncmp(s + e, joiners[k], we - e);
    if (!cap && !joiner)
      break;
    if (we - e == 3 && !strncmp(s + e, "and", 3)) {
      /* "... and the Five-Year Plan of Action": another document begins (its
         words, capitalised, right after "and [the]"), not "and Transport Connectivity" */
      size_t look = we + 1;
      if (look + 4 < sent.end && !strncmp(s + look, "the ", 4))
        look += 4;
      size_t run = look;
      while (run < sent.end && (isupper((unsigned char)s[run]) || isdigit((unsigned char)s[run]))) {
        while (run < sent.end && s[run] != ' ' && s[run] != ',' && s[run] != '.')
          ++run;
        if (run < sent.end && s[run] == ' ')
          ++run;
        else
          break;
      }
      int other = 0;
      for (size_t k = 0; k < SKG_COUNT(documents) && !other; ++k)
        other = skg_find_phrase(an, look, run, documents[k]) != (size_t)-1;
      if (other)
        break;
    }
    if (cap)
      last = we;
    /* "on Peace, Security and Stability in Central Africa": an enumeration
       inside the title, its items capitalised and its last after "and" */
    if (cap && we + 2 < sent.end && s[we] == ',' && s[we + 1] == ' ' && isupper((unsigned char)s[we + 2]) &&
        enumeration_goes_on(an, we + 2, sent.end)) {
      e = we + 2;
      continue;
    }
    if (we >= sent.end || s[we] != ' ')
      break;
    e = we + 1;
  }
  return last;
}

/* Does a topic begin at `at` ("on European Security", "on a Secure and
   Resilient Region", "on the Recharge of Lake Chad"), not a day ("on
   Tuesday", "on 4 July", "on the last day")? */
static int
topic_after(const char *s, size_t at, size_t end)
{
  static const char *const articles[] = {"a ", "an ", "the "};
  for (size_t i = 0; i < SKG_COUNT(articles); ++i)
    if (at + strlen(articles[i]) < end && !strncmp(s + at, articles[i], strlen(articles[i]))) {
      at += strlen(articles[i]);
      break;
    }
  size_t w = at;
  while (w < end && isalpha((unsigned char)s[w]))
    ++w;
  return w > at && isupper((unsigned char)s[at]) && skg_weekday_from_name(s + at, w - at) < 0 &&
         !skg_month_from_name(s + at, w - at);
}

/* The title that ends (or begins) with the document word at [at, at+len):
   "the Astana Declaration", "the Joint Declaration of the Eleventh Summit",
   "the Declaration of Belize on Climate Security", "the OECS Declaration
   on Climate Mobility and Displacement". */
static skg_span
title_at(const skg_analysis *an, skg_span sent, size_t at, size_t len, int org_named)
{
  const char *s = an->text.norm.data;
  size_t start = at, w;
  int words = 0;
  while (words < 8 && cap_word_before(s, sent.start, start, &w)) {
    if (skg_is_common_capitalized(s + w, start - 1 - w) && (start - 1 - w) <= 3)
      break; /* "The", "A" */
    start = w;
    ++words;
  }
  size_t end = at + len;
  /* "of the Council ...": the tail a named title keeps; a title with no
     name of its own ("Declaration of Belize", "OECS Declaration on ...")
     is named by its tail, "on" and "for" ones too */
  int named = words > 0 && !org_named;
  int tail = end + 8 < sent.end && (!strncmp(s + end, " of the ", 8) ||
                                   (!named && (!strncmp(s + end, " of ", 4) || !strncmp(s + end, " on ", 4) ||
                                               !strncmp(s + end, " for ", 5))) ||
                                   (named && !strncmp(s + end, " on ", 4) && topic_after(s, end + 4, sent.end)));
  if (tail) {
    size_t e = end + 1;
    while (e < sent.end && s[e] != ' ')
      ++e; /* past "of", "on", "for" */
    size_t last = title_tail(an, sent, end, e + 1);
    if (last > end)
      end = last;
  }
  if (!words && end == at + len)
    return (skg_span){0, 0};
  return (skg_span){start, end};
}

/* Are the words before the document word at `at` an organization's name
   or a qualifier only ("the OECS Declaration", "the Joint Declaration")? */
static int
org_or_qualifier_before(const skg_analysis *an, size_t first, size_t last, skg_span sent, size_t at)
{
  const char *s = an->text.norm.data;
  size_t w;
  if (!cap_word_before(s, sent.start, at, &w))
    return 0;
  static const char *const qualifiers[] = {"Joint", "Final", "Leaders'", "Summit", "Political"};
  for (size_t k = 0; k < SKG_COUNT(qualifiers); ++k)
    if (strlen(qualifiers[k]) == at - 1 - w && !strncmp(s + w, qualifiers[k], at - 1 - w))
      return 1;
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if ((m->kind == SKG_M_ORG || m->kind == SKG_M_BODY) && m->span.end + 1 == at)
      return 1;
  }
  return 0;
}

static int
named_after_city(const skg_analysis *an, size_t first, size_t last, skg_span title)
{
  for (size_t k = first; k < last; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind == SKG_M_CITY && m->span.start == title.start)
      return 1;
    /* "the G20 Bali Leaders' Declaration": an org first, then the place */
    if (m->kind == SKG_M_ORG && m->span.start == title.start && k + 1 < last &&
        an->mentions.items[k + 1].kind == SKG_M_CITY && an->mentions.items[k + 1].span.start < title.end)
      return 1;
  }
  return 0;
}

/* The four-digit year at s[i], or 0. */
static int
year_at(const char *s, size_t i)
{
  for (size_t k = 0; k < 4; ++k)
    if (!isdigit((unsigned char)s[i + k]))
      return 0;
  return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
}

/* Is the title another year's: "the 2015 Ufa Declaration", "the Vilnius II
   Declaration of 2020", "the Riga Declaration (2016)"? */
static int
other_year(const skg_analysis *an, skg_span title)
{
  const char *s = an->text.norm.data;
  int year = an->n_summits ? an->summits[an->focus].year : 0;
  if (!year)
    return 0;
  size_t from = title.start >= 5 ? title.start - 5 : 0;
  for (size_t i = from; i + 4 <= title.end; ++i) {
    int y = year_at(s, i);
    if (y && y != year)
      return 1;
  }
  static const char *const after[] = {" of ", " (", " in "};
  for (size_t k = 0; k < SKG_COUNT(after); ++k) {
    size_t n = strlen(after[k]), at = title.end + n;
    if (at + 4 > an->text.norm.len || strncmp(s + title.end, after[k], n) ||
        (at + 4 < an->text.norm.len && isalnum((unsigned char)s[at + 4])))
      continue;
    int y = year_at(s, at);
    if (y && y != year)
      return 1;
  }
  return 0;
}

/* "was not adopted", "failed to adopt", "never endorsed": the cue at `at` denied. */
static int
negated(const skg_analysis *an, skg_span sent, size_t at)
{
  static const char *const denials[] = {"not ", "n't ", "failed to ", "never ", "without ", "no "};
  const char *t = an->text.lower;
  for (size_t i = 0; i < SKG_COUNT(denials); ++i) {
    size_t n = strlen(denials[i]);
    if (at >= sent.start + n && !strncmp(t + at - n, denials[i], n))
      return 1;
  }
  return 0;
}

/* "The leaders adopted a joint declaration of the tenth ... summit": a
   document named only by its kind, in lowercase, right after the verb that
   adopts it.  Its span in *title, or 0. */
static int
generic_document(const skg_analysis *an, skg_span sent, skg_span *title)
{
  static const char *const verbs[] = {"adopted", "issued", "signed", "released", "have adopted", "has adopted"};
  static const char *const kinds[] = {"joint declaration", "joint statement", "joint communique",
                                      "joint communiqu\xC3\xA9", "final declaration", "final communique",
                                      "final communiqu\xC3\xA9"};
  const char *t = an->text.norm.data;
  for (size_t k = 0; k < SKG_COUNT(kinds); ++k)
    for (size_t p = sent.start, at; (at = skg_find_phrase(an, p, sent.end, kinds[k])) != (size_t)-1; p = at + 1) {
      if (strncmp(t + at, kinds[k], strlen(kinds[k])))
        continue; /* in lowercase: a capitalised one is a title the rule above reads */
      size_t det = at >= 2 && !strncmp(t + at - 2, "a ", 2) ? at - 2 : at >= 4 && !strncmp(t + at - 4, "the ", 4) ? at - 4 : at;
      if (det == at || !skg_ends_with_any(an, sent.start, det, verbs, SKG_COUNT(verbs)) || negated(an, sent, at))
        continue;
      size_t e = at + strlen(kinds[k]), q = e;
      /* its name given right after: ', "Africa and Europe: A Shared Vision"', 'titled the "..."' */
      static const char *const leads[] = {", ", "titled ", "entitled ", "called ", "the "};
      for (size_t l = 0; l < SKG_COUNT(leads); ++l) {
        size_t n = strlen(leads[l]);
        if (q + n <= sent.end && !strncmp(t + q, leads[l], n))
          q += n;
        else if (q + 1 + n <= sent.end && t[q] == ' ' && !strncmp(t + q + 1, leads[l], n))
          q += 1 + n;
      }
      if (q < sent.end && t[q] == '"') {
        const char *close = memchr(t + q + 1, '"', sent.end - q - 1);
        size_t ce = close ? (size_t)(close - t) : q + 1;
        while (ce > q + 1 && (t[ce - 1] == ',' || t[ce - 1] == '.'))
          --ce;
        if (!close || ce <= q + 1)
          continue;
        *title = (skg_span){q + 1, ce};
        return 1;
      }
      /* the summit's own document ("a joint declaration of the tenth ... summit"), not one on a topic */
      if (e < sent.end && strncmp(t + e, " of the ", 8) && t[e] != '.' && t[e] != ',')
        continue;
      *title = (skg_span){at, e};
      return 1;
    }
  return 0;
}

skg_status
skg_extract_documents(skg_analysis *an)
{
  if (!an->n_summits)
    return SKG_OK;
  for (size_t s = 0; s < an->text.n_sentences; ++s) {
    if (!skg_sentence_in_focus(an, s))
      continue;
    skg_span sent = an->text.sentences[s];
    /* "the next declaration", "adopted at the previous summit": another
       meeting's, when said before the title ("..., which asks for a
       proposal before the next summit" is this one's) */
    size_t other = skg_find_next_meeting(an, sent);
    /* ... and "recall the Prague Declaration of 2009" */
    static const char *const earlier[] = {"previous", "recall", "recalled", "recalling", "recalls"};
    for (size_t i = 0; i < SKG_COUNT(earlier); ++i) {
      size_t prev = skg_find_phrase(an, sent.start, sent.end, earlier[i]);
      if (prev < other)
        other = prev;
    }
    int adopted = 0;
    for (size_t i = 0; i < SKG_COUNT(adoption_cues); ++i)
      /* a cue opens a word ("adopt" in "adopted"), or the sentence */
      for (size_t p = sent.start;
           !adopted && (p = skg_find_text(an, p, sent.end, adoption_cues[i])) != (size_t)-1; ++p)
        adopted = (p == sent.start || !isalpha((unsigned char)an->text.norm.data[p - 1])) && !negated(an, sent, p);
    size_t first, last;
    skg_sentence_mentions(an, s, &first, &last);
    size_t found_before = an->n_facts;
    for (size_t i = 0; i < SKG_COUNT(document_words); ++i) {
      size_t from = sent.start;
      for (;;) {
        size_t at = skg_find_phrase(an, from, sent.end, document_words[i]);
        if (at == (size_t)-1)
          break;
        from = at + 1;
        if (strncmp(an->text.norm.data + at, document_words[i], strlen(document_words[i])))
          continue; /* case matters: "declaration" in lowercase is no title */
        if (other < at)
          continue;
        skg_span title = title_at(an, sent, at, strlen(document_words[i]),
                                  org_or_qualifier_before(an, first, last, sent, at));
        if (title.end <= title.start || other_year(an, title))
          continue;
        int city = named_after_city(an, first, last, title);
        if (!adopted && !city)
          continue;
        /* a table row or a line of an earlier summit's, its year just before
           the title ("| 1st | Vienna | 1993 | Vienna Declaration |") */
        if (!adopted && skg_year_before_in(an, (skg_span){title.start > sent.start + 40 ? title.start - 40 : sent.start,
                                                          title.start}, an->summits[an->focus].year))
          continue;
        skg_fact f = {SKG_F_DECLARATION, 0, skg_value_span(SKG_V_DOCUMENT, title),
                      skg_value_ref(SKG_V_NONE, -1), skg_value_ref(SKG_V_NONE, -1), 0, title, s,
                      adopted ? "declaration.adopted-title" : "declaration.city-named-title",
                      adopted && city ? 0.95 : adopted ? 0.85 : 0.75};
        skg_status st = skg_add_fact(an, f);
        if (st)
          return st;
      }
    }
    skg_span generic;
    if (an->n_facts == found_before && other == (size_t)-1 && !skg_sentence_other_meeting(an, s) &&
        generic_document(an, sent, &generic)) {
      skg_fact f = {SKG_F_DECLARATION, 0, skg_value_span(SKG_V_DOCUMENT, generic), skg_value_ref(SKG_V_NONE, -1),
                    skg_value_ref(SKG_V_NONE, -1), 0, generic, s, "declaration.adopted-kind", 0.7};
      skg_status st = skg_add_fact(an, f);
      if (st)
        return st;
    }
  }
  return SKG_OK;
}
