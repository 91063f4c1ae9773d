/* tables.h - the data tables (countries, cities, organizations, offices)
   and one index of every name they know. */
#ifndef SKG_TABLES_H
#define SKG_TABLES_H

#include "skg.h"

/* The TSV tables of data/, embedded at build time (data_tables.c). */
extern const char skg_data_countries[];
extern const char skg_data_cities[];
extern const char skg_data_organizations[];
extern const char skg_data_offices[];
extern const char skg_data_cues[];

typedef struct {
  const char *iso2, *iso3, *geonames_id, *name, *official_name;
} skg_country;

typedef struct {
  const char *geonames_id, *name, *iso2;
  long population;
  int capital;
  int country;       /* row in countries, -1 if unknown */
  const char *names; /* every name it goes by, one after another, each ending in NUL */
  int n_names;       /* ("New York City", "New York") */
} skg_city;

typedef struct {
  const char *id, *name, *acronym; /* acronym: the first one listed, or "" */
} skg_org;

typedef struct {
  const char *title, *kind;
} skg_office;

/* A phrase by which a report says a relation (data/cues.tsv): "attended by"
   puts attendees after it, "presided over" a chair before it. */
typedef enum {
  SKG_CUE_ATTEND,     /* the people it points at attended (or will) */
  SKG_CUE_REPRESENT,  /* they attended for the country named before: "X was represented by" */
  SKG_CUE_ABSENT,     /* the sentence's people did not attend: "did not attend" */
  SKG_CUE_CHAIR,      /* they chaired the meeting */
  SKG_CUE_SPEAK,      /* they spoke there: "said", "stressed"; a leader who speaks of the
                         meeting in a report of it attended */
} skg_cue_relation;
#define SKG_CUE_RELATIONS (SKG_CUE_SPEAK + 1)
/* a cue's first-word slot in the index of cues, for a cue that starts with no word */
#define SKG_CUE_NO_WORD 512

typedef enum {
  SKG_SIDE_AFTER,     /* the people after it in the sentence: "attended by A" */
  SKG_SIDE_BEFORE,    /* the people before it: "A attended" */
  SKG_SIDE_AROUND,    /* anywhere in the sentence: "A and B are in attendance" */
  SKG_SIDE_NEXT,      /* the one person right after it: "sent Vice President A" */
  SKG_SIDE_LIST,      /* the list of people that starts right after it: "including A, B and C" */
  SKG_SIDE_SUBJECT,   /* the one person right before it or right after it: "A said", "said A" */
} skg_cue_side;

typedef struct {
  const char      *phrase;
  size_t           len;
  char            *rule;      /* "attendee.attended-by", "chair.presided-over": the rule it makes */
  skg_cue_relation relation;
  skg_cue_side     side;
  int              planned;   /* "will attend": announced, not reported */
  int              anywhere;  /* said in any sentence of a report of one summit, not only
                                 in one that names the meeting */
  int              first_word;/* skg_word_slot() of its first word, -1 if it starts with none */
} skg_cue;

/** A word's slot (0..511) in a 512-bit set of words: how cues are ruled out of a
    sentence without a search (cues.c). */
unsigned skg_word_slot(const char *lower_word, size_t len);

/* What a name can stand for. */
typedef enum {
  SKG_NAME_COUNTRY,    /* "Kazakhstan", "Republic of Kazakhstan" */
  SKG_NAME_ADJECTIVE,  /* "Kazakh", "Kazakhstani": the country */
  SKG_NAME_CITY,
  SKG_NAME_ORG,        /* full names and acronyms */
  SKG_NAME_BODY,       /* "Council of Heads of State": a summit body of the org */
  SKG_NAME_OFFICE,     /* "President", "PM" */
} skg_name_kind;

typedef struct {
  skg_name_kind kind;
  int row;             /* in the table of that kind (ADJECTIVE: countries; BODY: orgs) */
} skg_name_ref;

struct skg_tables {
  char        *store[5];        /* mutable copies of the TSV texts the fields point into */
  skg_country *countries;
  skg_city    *cities;
  skg_org     *orgs;
  skg_office  *offices;
  skg_cue     *cues;
  size_t       n_countries, n_cities, n_orgs, n_offices, n_cues;
  /* the name index: open addressing over entries, chained for shared keys */
  struct skg_name_entry *entries;
  size_t       n_entries, cap_entries;
  struct skg_name_slot *slots;  /* open addressing over chain heads */
  size_t       n_slots;
  size_t       max_words;       /* most words in any indexed name */
  /* a Bloom filter of the names' first words (up to the first space): the
     mention stage looks up every span that starts at a capitalised word, and
     most such words begin no name; 64 KB stay in cache where the slots do not */
  uint64_t     first_words[8192];
  /* the same for whole names, asked after the first word passes: most spans
     the mention stage looks up are no name, and the slots are megabytes */
  uint64_t     whole_names[16384];
  /* the cues by relation, then by the slot of their first word (the last
     slot, SKG_CUE_NO_WORD: none), each run in table order: a sentence's
     search visits the runs of its own words only, not every cue.  Run
     (r, slot) is cue_order[cue_runs[r][slot] .. cue_runs[r][slot + 1]). */
  uint32_t    *cue_order;
  size_t       cue_runs[SKG_CUE_RELATIONS][SKG_CUE_NO_WORD + 2];
};

/** New tables from the embedded TSV data; NULL when out of memory. */
skg_tables *skg_tables_new(void);
/** NULL is fine. */
void skg_tables_free(skg_tables *t);

/** Every reading of the exact name s[0..len) (case matters), up to `max`
    into `out`; returns how many there are. */
size_t skg_tables_lookup(const skg_tables *t, const char *s, size_t len,
                         skg_name_ref *out, size_t max);

/** Row of the country named in the text `s` (NUL-terminated; the longest
    name wins, the first of equals), or -1. */
int skg_tables_country_in(const skg_tables *t, const char *s);

/** Row of the capital city of country row `country` (the most populous
    city the tables mark as a capital), or -1. */
int skg_tables_capital_of(const skg_tables *t, int country);

/** Row of the country with ISO code `iso2`, or -1. */
int skg_tables_country_by_iso(const skg_tables *t, const char *iso2);

#endif
