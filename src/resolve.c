/* resolve.c - the resolver: one canonical entity per real thing.

   Places and organizations are table rows already.  People are names as
   written, so "President Xi Jinping", "Xi Jinping" and "Xi" must become one
   person.  Names are compared by their keys (namekey.h), so that spelling
   variants are one name ("Aleksandr"/"Alexander Lukashenko").  A shorter
   name is the person whose full name it is a part of, when exactly one
   person fits and nothing the report says of the two (country, office)
   disagrees: its first words ("Xi" of "Xi Jinping"), its last words
   ("Shehbaz Sharif" of "Muhammad Shehbaz Sharif"), or the head of a surname
   with a particle ("Lula" of "Luiz Inacio Lula da Silva").  That is done
   within one report only: across reports only the key joins, so identity
   never depends on which reports come together.  Then facts are completed
   from what the report says elsewhere: an attendee named bare is still the
   President of Russia if the report says so once. */
#include "resolve.h"

#include <stdlib.h>
#include <string.h>

#include "namekey.h"

void
skg_people_release(skg_people *p)
{
  for (size_t i = 0; i < p->n_persons; ++i) {
    free(p->persons[i].name);
    free(p->persons[i].key);
    for (size_t k = 0; k < p->persons[i].n_forms; ++k)
      free(p->persons[i].forms[k]);
    free(p->persons[i].forms);
  }
  free(p->persons);
  memset(p, 0, sizeof *p);
}

/* Particles that start the last part of a surname ("Lula da Silva", "van
   der Leyen"); not bin/ibn/al, whose next word is a father or a family and
   whose word before it is a given name ("Mohammed bin Salman"). */
static int
is_particle(const char *w, size_t n)
{
  static const char *const particles[] = {"da",  "das", "de",  "del", "della", "der", "di",
                                          "do",  "dos", "du",  "la",  "le",    "ten", "ter",
                                          "van", "von"};
  for (size_t i = 0; i < sizeof particles / sizeof *particles; ++i)
    if (strlen(particles[i]) == n && !memcmp(particles[i], w, n))
      return 1;
  return 0;
}

/* Is the key `part` the key `full` with its first words cut to initials
   ("k-a-junusov" of "kairat-abenovich-junusov", "r-sh-nazarzoda" of
   "rustam-sharifovich-nazarzoda"): words of one or two letters, each the
   start of the full key's word in its place, then the same surname? */
static int
initials_of(const char *part, size_t plen, const char *full, size_t flen)
{
  const char *p = part, *pend = part + plen, *f = full, *fend = full + flen;
  int initials = 0;
  for (;;) {
    const char *pd = memchr(p, '-', (size_t)(pend - p)), *fd = memchr(f, '-', (size_t)(fend - f));
    if (!pd) /* the surname: the rest of both */
      return initials && (size_t)(pend - p) == (size_t)(fend - f) && !memcmp(p, f, (size_t)(pend - p));
    size_t pn = (size_t)(pd - p);
    if (!fd || pn > 2 || (size_t)(fd - f) <= pn || memcmp(p, f, pn))
      return 0;
    ++initials;
    p = pd + 1;
    f = fd + 1;
  }
}

/* Is the two-word key `part` the first and last words of the longer key
   `full` ("almazbek-sydykov" of "almazbek-toktogulovich-sydykov"): a name
   without its patronymic or middle name? */
static int
first_and_last_of(const char *part, size_t plen, const char *full, size_t flen)
{
  const char *dash = memchr(part, '-', plen), *first_end = memchr(full, '-', flen);
  const char *last = full + flen;
  while (last > full && last[-1] != '-')
    --last;
  if (!dash || memchr(dash + 1, '-', plen - (size_t)(dash + 1 - part)) || !first_end || last <= first_end + 1)
    return 0;
  size_t first_len = (size_t)(dash - part), last_len = plen - first_len - 1;
  return (size_t)(first_end - full) == first_len && !memcmp(part, full, first_len) &&
         (size_t)(full + flen - last) == last_len && !memcmp(dash + 1, last, last_len);
}

/* Is the key `part` a short form of the key `full`: whole words of it that
   begin or end it, or stand just before a surname particle, or its first
   words as initials? */
static int
key_part_of(const char *part, size_t plen, const char *full)
{
  size_t flen = strlen(full);
  if (!plen || plen >= flen)
    return 0;
  if (initials_of(part, plen, full, flen) || first_and_last_of(part, plen, full, flen))
    return 1;
  for (size_t i = 0; i + plen <= flen; ++i) {
    size_t end = i + plen;
    if ((i && full[i - 1] != '-') || (end < flen && full[end] != '-') || memcmp(full + i, part, plen))
      continue;
    if (!i || end == flen)
      return 1;
    const char *next = full + end + 1, *dash = strchr(next, '-');
    if (dash && is_particle(next, (size_t)(dash - next)))
      return 1;
  }
  return 0;
}

/* Does what `m` says of its person (country, office) disagree with what the
   report says of `pp`? */
static int
contradicts(const skg_mention *m, const skg_person *pp)
{
  if (!m)
    return 0;
  if (m->jur_kind >= 0 && pp->jur_kind != SKG_V_NONE) {
    int kind = m->jur_kind == SKG_M_COUNTRY ? SKG_V_COUNTRY : SKG_V_ORG;
    if (kind != pp->jur_kind || m->jur_ref != pp->jur_ref)
      return 1;
  }
  return m->office >= 0 && pp->office >= 0 && m->office != pp->office;
}

/* The person whose key is `key`, or of whom it is the short form (see
   key_part_of(); `m`, if not NULL, is the mention and must not contradict);
   -1 when none or several fit. */
static int
find_person(const skg_people *p, const char *key, size_t klen, const skg_mention *m)
{
  for (size_t i = 0; i < p->n_persons; ++i) {
    const char *full = p->persons[i].key;
    if (strlen(full) == klen && !memcmp(full, key, klen))
      return (int)i;
  }
  int found = -1;
  for (size_t i = 0; i < p->n_persons; ++i) {
    if (!key_part_of(key, klen, p->persons[i].key) || contradicts(m, &p->persons[i]))
      continue;
    if (found >= 0)
      return -1;
    found = (int)i;
  }
  return found;
}

static char *
copy_of(const char *s, size_t len)
{
  char *c = malloc(len + 1);
  if (c) {
    memcpy(c, s, len);
    c[len] = '\0';
  }
  return c;
}

static skg_status
add_person(skg_people *p, const char *s, size_t len, const skg_buf *key, int *index)
{
  skg_person *grown = realloc(p->persons, (p->n_persons + 1) * sizeof *grown);
  if (!grown)
    return SKG_ERR_NOMEM;
  p->persons = grown;
  char *name = copy_of(s, len), *k = copy_of(key->data, key->len);
  if (!name || !k) {
    free(name);
    free(k);
    return SKG_ERR_NOMEM;
  }
  p->persons[p->n_persons] = (skg_person){name, k, NULL, 0, SKG_V_NONE, -1, -1, NULL};
  *index = (int)p->n_persons++;
  return SKG_OK;
}

/* Keep `s` as one of the forms the report writes pp's name in. */
static skg_status
add_form(skg_person *pp, const char *s, size_t len)
{
  if (strlen(pp->name) == len && !memcmp(pp->name, s, len))
    return SKG_OK;
  for (size_t k = 0; k < pp->n_forms; ++k)
    if (strlen(pp->forms[k]) == len && !memcmp(pp->forms[k], s, len))
      return SKG_OK;
  char **grown = realloc(pp->forms, (pp->n_forms + 1) * sizeof *grown);
  if (!grown)
    return SKG_ERR_NOMEM;
  pp->forms = grown;
  if (!(pp->forms[pp->n_forms] = copy_of(s, len)))
    return SKG_ERR_NOMEM;
  pp->n_forms++;
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

/* Join the person mention `m` to its person (a new one if none fits), with
   what it says of them; who_of[m] gets the person. */
static skg_status
join_mention(const skg_analysis *an, const skg_mention *m, skg_people *p, skg_buf *key, int *who_of)
{
  const char *s = an->text.norm.data + m->span.start;
  size_t len = m->span.end - m->span.start;
  skg_buf_clear(key);
  skg_status st = skg_namekey_append(key, s, len);
  if (st)
    return st;
  int who = find_person(p, key->data, key->len, m);
  /* a one-word name nobody else explains is still someone ("Lula") */
  if (who < 0 && (st = add_person(p, s, len, key, &who)))
    return st;
  skg_person *pp = &p->persons[who];
  if ((st = add_form(pp, s, len)))
    return st;
  who_of[m - an->mentions.items] = who;
  if (m->jur_kind >= 0 && pp->jur_kind == SKG_V_NONE) {
    pp->jur_kind = m->jur_kind == SKG_M_COUNTRY ? SKG_V_COUNTRY : SKG_V_ORG;
    pp->jur_ref = m->jur_ref;
  }
  if (m->office >= 0 && pp->office < 0) {
    pp->office = m->office;
    pp->titled = m;
  }
  return SKG_OK;
}

/* People from every person mention, longest names first, so that short
   forms find the full name they belong to.  who_of (one a mention, -1 for
   the others) says which person each mention names. */
static skg_status
collect_people(const skg_analysis *an, skg_people *p, int *who_of)
{
  size_t n = 0;
  for (size_t k = 0; k < an->mentions.count; ++k) {
    who_of[k] = -1;
    n += an->mentions.items[k].kind == SKG_M_PERSON;
  }
  const skg_mention **ms = malloc((n ? n : 1) * sizeof *ms);
  if (!ms)
    return SKG_ERR_NOMEM;
  n = 0;
  for (size_t k = 0; k < an->mentions.count; ++k)
    if (an->mentions.items[k].kind == SKG_M_PERSON)
      ms[n++] = &an->mentions.items[k];
  qsort(ms, n, sizeof *ms, by_words_desc);
  skg_buf key;
  skg_buf_init(&key, 0);
  skg_status st = SKG_OK;
  for (size_t i = 0; i < n && !st; ++i)
    st = join_mention(an, ms[i], p, &key, who_of);
  skg_buf_release(&key);
  free(ms);
  return st;
}

/* Set v's person: the one its mention was joined to, else the one its name
   is (a value read from no mention).  0 if it is no person value. */
static int
person_of(const skg_analysis *an, const skg_people *p, const int *who_of, skg_value *v)
{
  if (v->kind != SKG_V_PERSON)
    return 0;
  v->ref = -1;
  for (size_t k = 0; k < an->mentions.count && v->ref < 0; ++k) {
    const skg_mention *m = &an->mentions.items[k];
    if (m->kind == SKG_M_PERSON && m->span.start == v->span.start && m->span.end == v->span.end)
      v->ref = who_of[k];
  }
  if (v->ref < 0) {
    skg_buf key;
    skg_buf_init(&key, 0);
    const char *s = an->text.norm.data + v->span.start;
    if (!skg_namekey_append(&key, s, v->span.end - v->span.start))
      v->ref = find_person(p, key.data, key.len, NULL);
    skg_buf_release(&key);
  }
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
  int *who_of = malloc((an->mentions.count ? an->mentions.count : 1) * sizeof *who_of);
  if (!who_of)
    return SKG_ERR_NOMEM;
  skg_status st = collect_people(an, out, who_of);
  if (!st)
    st = home_country_offices(an, out);
  size_t n = st ? 0 : an->n_facts;
  for (size_t i = 0; i < n && !st; ++i) {
    skg_fact *f = &an->facts[i];
    person_of(an, out, who_of, &f->a);
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
  free(who_of);
  if (!st)
    st = host_country(an);
  return st;
}
