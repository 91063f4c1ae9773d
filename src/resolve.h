/* resolve.h - one canonical entity per real thing named in a report. */
#ifndef SKG_RESOLVE_H
#define SKG_RESOLVE_H

#include "extract.h"

typedef struct {
  char *name;          /* the fullest form of the name in the report (new) */
  char *key;           /* skg_namekey_append() of name: the person's IRI (new) */
  char **forms;        /* the other forms the report writes, each new (skos:altLabel) */
  size_t n_forms;
  int   jur_kind;      /* SKG_V_COUNTRY / SKG_V_ORG of an office stated anywhere, or SKG_V_NONE */
  int   jur_ref;
  int   office;        /* offices row, or -1 */
  const skg_mention *titled; /* a mention that names the office, or NULL (borrowed from the analysis) */
} skg_person;

typedef struct {
  skg_person *persons;
  size_t      n_persons;
} skg_people;

/** Give every person value of an->facts a person index (value.ref) into
    `out` (a short form joins the one full name of the report it is part
    of, a spelling variant the name it folds to: namekey.h), fill in whom attendees represent from offices stated elsewhere,
    add the states they represent as participating states, count the chair
    as an attendee, and drop planned attendance of those who attended.
    @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_resolve(skg_analysis *an, skg_people *out);
void skg_people_release(skg_people *p);

#endif
