/* mentions.h - what a report's sentences name: places, organizations,
   offices, people, dates, ordinals. */
#ifndef SKG_MENTIONS_H
#define SKG_MENTIONS_H

#include "dates.h"
#include "tables.h"
#include "text.h"

typedef enum {
  SKG_M_COUNTRY,    /* ref: countries row; `possessive` for "Kazakhstan's" */
  SKG_M_ADJECTIVE,  /* "Kazakh": ref: countries row */
  SKG_M_CITY,       /* ref: cities row */
  SKG_M_ORG,        /* ref: orgs row */
  SKG_M_BODY,       /* "Council of Heads of State": ref: orgs row */
  SKG_M_OFFICE,     /* ref: offices row */
  SKG_M_PERSON,     /* span: the name; office/jurisdiction when stated beside it */
  SKG_M_DATE,       /* date */
  SKG_M_ORDINAL,    /* value: 24 for "24th", "twenty-fourth", "XXIV" */
} skg_mention_kind;

typedef struct {
  skg_mention_kind kind;
  int       ref;
  int       possessive;
  skg_span  span;        /* norm offsets */
  long      value;       /* ORDINAL */
  skg_date  date;        /* DATE */
  /* PERSON only: the office and whose it is, when the text says so */
  int       office;      /* offices row or -1 */
  int       jur_kind;    /* SKG_M_COUNTRY or SKG_M_ORG, -1 when unknown */
  int       jur_ref;
  skg_span  extent;      /* the whole titled phrase: "President X of Kazakhstan" */
} skg_mention;

/* An organization the tables do not know, named in the report in the shape
   organizations and their meetings are named ("the Intergovernmental
   Authority on Development (IGAD)", "the 28th Ibero-American Summit").  Its
   strings are owned.  `alt` is a second name or NULL. */
typedef struct {
  char *id, *name, *acronym, *alt;
} skg_found_org;

typedef struct {
  skg_mention   *items;    /* ordered by span.start */
  size_t         count, cap;
  /* ORG and BODY mentions with ref >= org_base name orgs[ref - org_base] */
  skg_found_org *orgs;
  size_t         n_orgs, cap_orgs;
  int            org_base; /* the tables' number of organizations */
} skg_mentions;

/* The organization of an ORG or BODY reference: its id, name and acronym
   ("" when none), and a second name or NULL. */
typedef struct {
  const char *id, *name, *acronym, *alt;
} skg_org_names;
skg_org_names skg_org_names_of(const skg_tables *t, const skg_mentions *ms, int ref);

typedef struct {
  skg_span span;         /* norm offsets */
  unsigned cap : 1;      /* starts with an uppercase letter */
  unsigned upper : 1;    /* all letters uppercase, and at least two */
  unsigned word : 1;     /* letters or digits (not punctuation) */
} skg_token;

typedef struct {
  skg_token *items;
  size_t     count, cap;
} skg_tokens;

/** New compiled patterns (PCRE2 JIT); NULL if one fails to compile (a bug)
    or out of memory. */
skg_patterns *skg_patterns_new(void);
/** NULL is fine. */
void skg_patterns_free(skg_patterns *p);

/** Split the normalised text into tokens (words and punctuation). */
skg_status skg_tokens_find(const skg_text *t, skg_tokens *out);
void skg_tokens_release(skg_tokens *toks);

/** Find every mention in `t` (tokens from skg_tokens_find()), appended to
    `out` in text order.  @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_mentions_find(skg_ctx *ctx, const skg_text *t, const skg_tokens *toks,
                             skg_mentions *out);
void skg_mentions_release(skg_mentions *ms);

/** 1 if `word` (len bytes) is a word that names no one: "The", "Summit", ... */
int skg_is_common_capitalized(const char *word, size_t len);

#endif
