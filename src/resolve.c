/* resolve.c - the resolver: one canonical entity per real thing.

   Places and organizations are table rows already.  People are names as
   written, so "President Xi Jinping", "Xi Jinping" and "Xi" must become one
   person: a name is the person whose full name it equals, ends or begins
   with ("Shehbaz Sharif" in "Muhammad Shehbaz Sharif"; "Xi" in "Xi Jinping";
   "Putin" in "Vladimir Putin") when exactly one person fits.  Then facts are
   completed from what the report says elsewhere: an attendee named bare is
   still the President of Russia if the report says so once. */
#include "resolve.h"

#include <stdlib.h>
#include <string.h>

void
skg_people_release(skg_people *p)
{
  for (size_t i = 0; i < p->n_persons; ++i)
    free(p->persons[i].name);
  free(p->persons);
  memset(p, 0, sizeof *p);
}

/* Does `part` match `full` as its start or its end, at word boundaries? */
static int
name_part_of(const char *part, size_t plen, const char *full)
{
  size_t flen = strlen(full);
  if (plen >= flen)
    return 0;
  if (!memcmp(full, part, plen) && full[plen] == ' ')
    return 1;
  return !memcmp(full + flen - plen, part, plen) && full[flen - plen - 1] == ' ';
}

/* The person `name` is, or -1 when none or several fit. */
static int
find_person(const skg_people *p, const char *s, size_t len)
{
  int found = -1;
  for (size_t i = 0; i < p->n_persons; ++i) {
    const char *full = p->persons[i].name;
    if (strlen(full) == len && !memcmp(full, s, len))
      return (int)i;
  }
  for (size_t i = 0; i < p->n_persons; ++i) {
    if (!name_part_of(s, len, p->persons[i].name))
      continue;
    if (found >= 0)
      return -1;
    found = (int)i;
  }
  return found;
}

static skg_status
add_person(skg_people *p, const char *s, size_t len, int *index)
{
  skg_person *grown = realloc(p->persons, (p->n_persons + 1) * sizeof *grown);
  if (!grown)
    return SKG_ERR_NOMEM;
  p->persons = grown;
  char *name = malloc(len + 1);
  if (!name)
    return SKG_ERR_NOMEM;
  memcpy(name, s, len);
  name[len] = '\0';
  p->persons[p->n_persons] = (skg_person){name, SKG_V_NONE, -1, -1, NULL};
  *index = (int)p->n_persons++;
  return SKG_OK;
}

static int
by_words_desc(const void *a, const void *b)
{
  const skg_mention *const *x = a, *const *y = b;
  size_t lx = (*x)->span.end - (*x)->span.start, ly = (*y)->span.end - (*y)->span.start;
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return (*x)->span.start < (*y)->span.start ? -1 : (*x)->span.start > (*y)->span.start;
}

/* People from every person mention, longest names first, so that short
   forms find the full name they belong to. */
static skg_status
collect_people(const skg_analysis *an, skg_people *p)
{
  size_t n = 0;
  for (size_t k = 0; k < an->mentions.count; ++k)
    n += an->mentions.items[k].kind == SKG_M_PERSON;
  const skg_mention **ms = malloc((n ? n : 1) * sizeof *ms);
  if (!ms)
    return SKG_ERR_NOMEM;
  n = 0;
  for (size_t k = 0; k < an->mentions.count; ++k)
    if (an->mentions.items[k].kind == SKG_M_PERSON)
      ms[n++] = &an->mentions.items[k];
  qsort(ms, n, sizeof *ms, by_words_desc);
  skg_status st = SKG_OK;
  for (size_t i = 0; i < n && !st; ++i) {
    const char *s = an->text.norm.data + ms[i]->span.start;
    size_t len = ms[i]->span.end - ms[i]->span.start;
    int who = find_person(p, s, len);
    if (who < 0) {
      /* a one-word name nobody else explains is still someone ("Lula") */
      st = add_person(p, s, len, &who);
      if (st)
        break;
    }
    skg_person *pp = &p->persons[who];
    if (ms[i]->jur_kind >= 0 && pp->jur_kind == SKG_V_NONE) {
      pp->jur_kind = ms[i]->jur_kind == SKG_M_COUNTRY ? SKG_V_COUNTRY : SKG_V_ORG;
      pp->jur_ref = ms[i]->jur_ref;
    }
    if (ms[i]->office >= 0 && pp->office < 0) {
      pp->office = ms[i]->office;
      pp->titled = ms[i];
    }
  }
  free(ms);
  return st;
}

static int
person_of(const skg_analysis *an, const skg_people *p, skg_value *v)
{
  if (v->kind != SKG_V_PERSON)
    return 0;
  v->ref = find_person(p, an->text.norm.data + v->span.start, v->span.end - v->span.start);
  return v->ref >= 0;
}

/* A foreign ministry's readout says "President X" of its own head of state:
   when the publisher names a country ("Ministry of Foreign Affairs of the
   People's Republic of China"), a head of state or government titled without
   a country is that country's. */
static skg_status
home_country_offices(skg_analysis *an, skg_people *p)
{
  const skg_tables *tables = an->ctx->tables;
  int home = an->doc->publisher ? skg_tables_country_in(tables, an->doc->publisher) : -1;
  if (home < 0)
    return SKG_OK;
  for (size_t i = 0; i < p->n_persons; ++i) {
    skg_person *pp = &p->persons[i];
    if (pp->jur_kind != SKG_V_NONE || pp->office < 0 || !pp->titled ||
        strncmp(tables->offices[pp->office].kind, "head_of_", 8))
      continue;
    pp->jur_kind = SKG_V_COUNTRY;
    pp->jur_ref = home;
    const skg_mention *m = pp->titled;
    skg_fact f = {SKG_F_OFFICE, -1, skg_value_span(SKG_V_PERSON, m->span),
                  skg_value_ref(SKG_V_OFFICE, pp->office), skg_value_ref(SKG_V_COUNTRY, home), 0,
                  m->extent, skg_text_sentence_at(&an->text, m->span.start),
                  "office.title-of-publisher-country", 0.7};
    skg_status st = skg_add_fact(an, f);
    if (st)
      return st;
  }
  return SKG_OK;
}

/* The country of the host city takes part in a meeting held there in person. */
static skg_status
host_country(skg_analysis *an)
{
  const skg_fact *city = NULL;
  for (size_t i = 0; i < an->n_facts; ++i) {
    if (an->facts[i].kind == SKG_F_MODE && an->facts[i].a.kind == SKG_V_VIRTUAL)
      return SKG_OK;
    if (an->facts[i].kind == SKG_F_HOST_CITY && !city)
      city = &an->facts[i];
  }
  /* a preview ("will attend the summit in Astana") says nothing of who came */
  if (!city || skg_sentence_is_plan(an, city->sentence, an->text.sentences[city->sentence].start,
                                    an->text.sentences[city->sentence].end))
    return SKG_OK;
  int country = an->ctx->tables->cities[city->a.ref].country;
  if (country < 0)
    return SKG_OK;
  skg_fact f = *city;
  f.kind = SKG_F_PARTICIPATING_STATE;
  f.a = skg_value_ref(SKG_V_COUNTRY, country);
  f.rule = "participating-state.host-country";
  f.confidence = 0.7;
  return skg_add_fact(an, f);
}

skg_status
skg_resolve(skg_analysis *an, skg_people *out)
{
  skg_status st = collect_people(an, out);
  if (!st)
    st = home_country_offices(an, out);
  if (st)
    return st;
  size_t n = an->n_facts;
  for (size_t i = 0; i < n && !st; ++i) {
    skg_fact *f = &an->facts[i];
    person_of(an, out, &f->a);
    if (f->a.kind == SKG_V_PERSON && f->a.ref < 0) {
      f->kind = (skg_fact_kind)-1; /* an ambiguous short name: drop rather than guess */
      continue;
    }
    if (f->kind == SKG_F_CHAIR && !f->planned) {
      skg_fact g = *f;
      g.kind = SKG_F_ATTENDANCE;
      g.b = skg_value_ref(SKG_V_NONE, -1);
      g.c = skg_value_ref(SKG_V_NONE, -1);
      g.rule = "attendee.chair-attends";
      st = skg_add_fact(an, g);
      f = &an->facts[i]; /* the array may have moved */
    }
  }
  /* complete attendance from offices stated elsewhere; attended beats planned */
  for (size_t i = 0; i < an->n_facts && !st; ++i) {
    skg_fact *f = &an->facts[i];
    if (f->kind != SKG_F_ATTENDANCE)
      continue;
    const skg_person *who = &out->persons[f->a.ref];
    if (f->b.kind == SKG_V_NONE && who->jur_kind != SKG_V_NONE)
      f->b = skg_value_ref((skg_value_kind)who->jur_kind, who->jur_ref);
    if (f->c.kind == SKG_V_NONE && who->office >= 0)
      f->c = skg_value_ref(SKG_V_OFFICE, who->office);
    if (f->planned) {
      for (size_t j = 0; j < an->n_facts; ++j)
        if (an->facts[j].kind == SKG_F_ATTENDANCE && !an->facts[j].planned &&
            an->facts[j].a.ref == f->a.ref)
          f->kind = (skg_fact_kind)-1;
      continue;
    }
    if (f->b.kind == SKG_V_COUNTRY) {
      skg_fact g = *f;
      g.kind = SKG_F_PARTICIPATING_STATE;
      g.a = f->b;
      g.b = g.c = skg_value_ref(SKG_V_NONE, -1);
      g.rule = "participating-state.attendee-represents";
      st = skg_add_fact(an, g);
    }
  }
  if (!st)
    st = host_country(an);
  return st;
}
