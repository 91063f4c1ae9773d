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

typedef struct {
  const char *iso2, *iso3, *geonames_id, *name, *official_name;
} skg_country;

typedef struct {
  const char *geonames_id, *name, *iso2;
  long population;
  int capital;
  int country;       /* row in countries, -1 if unknown */
} skg_city;

typedef struct {
  const char *id, *name, *acronym; /* acronym: the first one listed, or "" */
} skg_org;

typedef struct {
  const char *title, *kind;
} skg_office;

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
  char        *store[4];        /* mutable copies of the TSV texts the fields point into */
  skg_country *countries;
  skg_city    *cities;
  skg_org     *orgs;
  skg_office  *offices;
  size_t       n_countries, n_cities, n_orgs, n_offices;
  /* the name index: open addressing over entries, chained for shared keys */
  struct skg_name_entry *entries;
  size_t       n_entries, cap_entries;
  size_t      *slots;           /* entry index + 1, 0 = empty */
  size_t       n_slots;
  size_t       max_words;       /* most words in any indexed name */
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
