/* graph.c - the graph stage: turn one report's resolved facts into RDF
   statements (raptor terms), with evidence for every fact and the report's
   own node.  Only this file mints IRIs and chooses predicates; it does not
   know syntaxes (serialize.c) or stores (store.c).

   Identity (DESIGN.md): IRIs come from canonical names (country/KZ,
   city/astana, person/xi-jinping, summit/sco/24) or, for nodes that stand
   for a relation (participation, office held, evidence), from a hash of
   what defines them.  No blank nodes: outputs of many runs merge by union.
   Statements are sorted and deduplicated, so the same input gives the same
   bytes. */
#include "graph.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tables.h"

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define DCT "http://purl.org/dc/terms/"
#define PROV "http://www.w3.org/ns/prov#"
#define OA "http://www.w3.org/ns/oa#"
#define FOAF "http://xmlns.com/foaf/0.1/"
#define GEONAMES "https://sws.geonames.org/"

/* IRIs met while building one report's graph, each with a term for it
   (or none): a report names the same few hundred IRIs thousands of times. */
typedef struct {
  char        *key;   /* new */
  raptor_term *term;  /* new, or NULL */
  uint64_t     hash;  /* skg_hash_bytes() of key: probes and growing compare it, not key */
} iri_slot;

typedef struct {
  iri_slot *slots;
  size_t    n_slots, count;
} iri_set;

/* The IRIs every evidence names (evidence_iris below). */
enum {
  EV_TYPE, EV_SUBJECT, EV_PREDICATE, EV_OBJECT, EV_RULE, EV_CONFIDENCE, EV_REPORT, EV_SENTENCE,
  EV_HAS_TARGET, EV_HAS_SOURCE, EV_HAS_SELECTOR, EV_START, EV_END, EV_BYTE_START, EV_BYTE_END,
  EV_EXACT, EV_EVIDENCE, EV_SPECIFIC_RESOURCE, EV_POSITION_SELECTOR, EV_QUOTE_SELECTOR, EV_INTEGER, EV_COUNT
};

typedef struct {
  skg_ctx            *ctx;
  const skg_analysis *an;
  const skg_people   *people;
  skg_graph          *g;
  raptor_term        *graph;     /* the report's named graph */
  skg_buf             iri;       /* scratch */
  skg_status          st;        /* first failure; later calls do nothing */
  iri_set             terms;     /* a term for each IRI made so far */
  iri_set             described; /* entities and sentences already described */
  raptor_term        *ev[EV_COUNT]; /* evidence_iris' terms, made when first asked (new) */
} builder;

static void
iri_set_release(iri_set *set)
{
  for (size_t i = 0; i < set->n_slots; ++i) {
    free(set->slots[i].key);
    if (set->slots[i].term)
      raptor_free_term(set->slots[i].term);
  }
  free(set->slots);
  memset(set, 0, sizeof *set);
}

static int
iri_set_grow(iri_set *set)
{
  size_t n = set->n_slots ? 2 * set->n_slots : 256;
  iri_slot *slots = calloc(n, sizeof *slots);
  if (!slots)
    return -1;
  for (size_t i = 0; i < set->n_slots; ++i) {
    if (!set->slots[i].key)
      continue;
    size_t h = set->slots[i].hash & (n - 1);
    while (slots[h].key)
      h = (h + 1) & (n - 1);
    slots[h] = set->slots[i];
  }
  free(set->slots);
  set->slots = slots;
  set->n_slots = n;
  return 0;
}

/* The slot of `key`, added (with no term) if absent; *added says which.
   NULL when out of memory. */
static iri_slot *
iri_set_slot(iri_set *set, const char *key, int *added)
{
  *added = 0;
  if ((set->count + 1) * 2 > set->n_slots && iri_set_grow(set))
    return NULL;
  size_t len = strlen(key);
  uint64_t hash = skg_hash_bytes(key, len);
  size_t h = hash & (set->n_slots - 1);
  while (set->slots[h].key) {
    if (set->slots[h].hash == hash && !strcmp(set->slots[h].key, key))
      return &set->slots[h];
    h = (h + 1) & (set->n_slots - 1);
  }
  if (!(set->slots[h].key = malloc(len + 1)))
    return NULL;
  memcpy(set->slots[h].key, key, len + 1);
  set->slots[h].hash = hash;
  set->count++;
  *added = 1;
  return &set->slots[h];
}

/* Is the entity or sentence `iri` described already?  Marks it so. */
static int
described_before(builder *b, const char *iri)
{
  int added;
  if (b->st)
    return 1;
  if (!iri_set_slot(&b->described, iri, &added)) {
    b->st = SKG_ERR_NOMEM;
    return 1;
  }
  return !added;
}

void
skg_graph_init(skg_graph *g)
{
  memset(g, 0, sizeof *g);
}

void
skg_graph_release(skg_graph *g)
{
  for (size_t i = 0; i < g->count; ++i)
    raptor_free_statement(g->items[i]);
  free(g->items);
  skg_graph_init(g);
}

skg_status
skg_graph_append(skg_graph *g, raptor_statement *st)
{
  if (g->count == g->cap) {
    size_t cap = g->cap ? 2 * g->cap : 256;
    raptor_statement **items = realloc(g->items, cap * sizeof *items);
    if (!items) {
      raptor_free_statement(st);
      return SKG_ERR_NOMEM;
    }
    g->items = items;
    g->cap = cap;
  }
  g->items[g->count++] = st;
  return SKG_OK;
}

/* ---- terms and statements ------------------------------------------------ */

static raptor_term *
iri_term(builder *b, const char *iri)
{
  if (b->st)
    return NULL;
  int added;
  iri_slot *slot = iri_set_slot(&b->terms, iri, &added);
  if (slot && added)
    slot->term = raptor_new_term_from_uri_string(b->ctx->raptor, (const unsigned char *)iri);
  /* a copy shares the IRI: no new string, no search of raptor's IRIs */
  raptor_term *t = slot && slot->term ? raptor_term_copy(slot->term) : NULL;
  if (!t)
    b->st = SKG_ERR_NOMEM;
  return t;
}

/* A literal of datatype `dt_term` (borrowed; NULL: none). */
static raptor_term *
literal_of(builder *b, const char *value, size_t len, const raptor_term *dt_term)
{
  if (b->st)
    return NULL;
  raptor_uri *dt = dt_term ? raptor_uri_copy(dt_term->value.uri) : NULL;
  raptor_term *t = (!dt_term || dt)
                     ? raptor_new_term_from_counted_literal(b->ctx->raptor, (const unsigned char *)value,
                                                            len, dt, NULL, 0)
                     : NULL;
  if (dt)
    raptor_free_uri(dt);
  if (!t)
    b->st = SKG_ERR_NOMEM;
  return t;
}

static raptor_term *
literal_term(builder *b, const char *value, size_t len, const char *datatype)
{
  /* the datatype's URI from the report's terms: raptor_new_uri() would
     search raptor's interned URIs for it again for every literal */
  raptor_term *dt_term = datatype ? iri_term(b, datatype) : NULL;
  raptor_term *t = !datatype || dt_term ? literal_of(b, value, len, dt_term) : NULL;
  if (dt_term)
    raptor_free_term(dt_term);
  return t;
}

/* Add s p o; takes `s`, `pt` and `o` (freed here on failure), copies
   nothing else. */
static void
add_term(builder *b, raptor_term *s, raptor_term *pt, raptor_term *o)
{
  raptor_term *gt = b->graph && !b->st ? raptor_term_copy(b->graph) : NULL;
  raptor_statement *st = NULL;
  if (!b->st && s && pt && o && gt)
    st = raptor_new_statement_from_nodes(b->ctx->raptor, s, pt, o, gt); /* takes all four */
  else {
    if (s) raptor_free_term(s);
    if (pt) raptor_free_term(pt);
    if (o) raptor_free_term(o);
    if (gt) raptor_free_term(gt);
    if (!b->st)
      b->st = SKG_ERR_NOMEM;
    return;
  }
  if (!st) {
    b->st = SKG_ERR_NOMEM;
    return;
  }
  if (skg_graph_append(b->g, st))
    b->st = SKG_ERR_NOMEM;
}

/* Add s p o; takes `s` and `o` (freed here on failure), copies nothing else. */
static void
add(builder *b, raptor_term *s, const char *p, raptor_term *o)
{
  add_term(b, s, iri_term(b, p), o);
}

static void
add_iri(builder *b, const char *s, const char *p, const char *o)
{
  add(b, iri_term(b, s), p, iri_term(b, o));
}

static void
add_lit(builder *b, const char *s, const char *p, const char *value, const char *datatype)
{
  add(b, iri_term(b, s), p, literal_term(b, value, strlen(value), datatype));
}

static void
add_counted_lit(builder *b, const char *s, const char *p, const char *value, size_t len)
{
  add(b, iri_term(b, s), p, literal_term(b, value, len, NULL));
}

/* v in decimal, as "%ld" writes it, at the end of `buf`; returns its start.
   Offsets and indexes are most of a graph's literals, and snprintf() parses
   its format for each. */
static const char *
decimal(char buf[24], long v)
{
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  char *p = buf + 23;
  *p = '\0';
  do
    *--p = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0)
    *--p = '-';
  return p;
}

static raptor_term *
int_term(builder *b, long v)
{
  char num[24];
  const char *lex = decimal(num, v);
  return literal_term(b, lex, (size_t)(num + 23 - lex), XSD "integer");
}

static void
add_int(builder *b, const char *s, const char *p, long v)
{
  add(b, iri_term(b, s), p, int_term(b, v));
}

/* ---- IRIs ---------------------------------------------------------------- */

/* The IRIs a fact needs, each a small fixed buffer: IRIs are short. */
typedef char iri_t[512];

static void
set_iri(builder *b, iri_t out, const char *fmt, ...) SKG_PRINTF(3, 4);

static void
set_iri(builder *b, iri_t out, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out, sizeof(iri_t), fmt, ap);
  va_end(ap);
  if (n < 0 || (size_t)n >= sizeof(iri_t)) {
    out[0] = '\0';
    if (!b->st)
      b->st = SKG_ERR_RDF;
  }
}

/* out = the strings after `out` up to a NULL, one after another: set_iri()
   with "%s%s..." but no format to parse, for the IRIs of every evidence. */
static void
join_iri(builder *b, iri_t out, ...)
{
  va_list ap;
  va_start(ap, out);
  size_t len = 0;
  for (const char *part; (part = va_arg(ap, const char *));) {
    size_t n = strlen(part);
    if (len + n >= sizeof(iri_t)) {
      len = 0;
      if (!b->st)
        b->st = SKG_ERR_RDF;
      break;
    }
    memcpy(out + len, part, n);
    len += n;
  }
  va_end(ap);
  out[len] = '\0';
}

/* base + kind + "/" + slug(text) */
static void
slug_iri(builder *b, iri_t out, const char *kind, const char *text, size_t len)
{
  skg_buf_clear(&b->iri);
  skg_status st = skg_slug_append(&b->iri, text, len);
  if (st && !b->st)
    b->st = st;
  set_iri(b, out, "%s%s/%s", b->ctx->base, kind, b->iri.len ? b->iri.data : "unnamed");
}

/* base + kind + "/" + the first 16 hex digits of sha-256 of `key` */
/* The first 16 hex digits of the SHA-256 of `key`: an IRI's local name. */
static void
short_hash(const char *key, char hex[17])
{
  char full[65];
  skg_sha256_hex(key, strlen(key), full);
  memcpy(hex, full, 16);
  hex[16] = '\0';
}

static void
hash_iri(builder *b, iri_t out, const char *kind, const char *key)
{
  char hex[17];
  short_hash(key, hex);
  set_iri(b, out, "%s%s/%s", b->ctx->base, kind, hex);
}

static void
country_iri(builder *b, iri_t out, int row)
{
  set_iri(b, out, "%scountry/%s", b->ctx->base, b->ctx->tables->countries[row].iso2);
}

static void
describe_country(builder *b, int row)
{
  const skg_country *c = &b->ctx->tables->countries[row];
  iri_t s;
  country_iri(b, s, row);
  if (described_before(b, s))
    return;
  add_iri(b, s, RDF "type", SKG_NS "Country");
  add_lit(b, s, RDFS "label", c->name, NULL);
  if (*c->official_name && strcmp(c->official_name, c->name))
    add_lit(b, s, SKOS "altLabel", c->official_name, NULL);
  add_lit(b, s, SKG_NS "isoCode", c->iso2, NULL);
  if (*c->geonames_id) {
    iri_t gn;
    set_iri(b, gn, GEONAMES "%s/", c->geonames_id);
    add_iri(b, s, OWL "sameAs", gn);
  }
}

/* Cities sharing a name get their country's code, then their GeoNames id. */
static void
city_iri(builder *b, iri_t out, int row)
{
  const skg_city *c = &b->ctx->tables->cities[row];
  skg_name_ref refs[32];
  size_t n = skg_tables_lookup(b->ctx->tables, c->name, strlen(c->name), refs, 32), same = 0;
  for (size_t i = 0; i < n && i < 32; ++i)
    same += refs[i].kind == SKG_NAME_CITY;
  slug_iri(b, out, "city", c->name, strlen(c->name));
  if (same > 1) {
    size_t len = strlen(out), id_len = strlen(c->geonames_id);
    if (len + 1 + id_len < sizeof(iri_t)) {
      out[len] = '-';
      memcpy(out + len + 1, c->geonames_id, id_len + 1);
    } else if (!b->st)
      b->st = SKG_ERR_RDF;
  }
}

static void
describe_city(builder *b, int row)
{
  const skg_city *c = &b->ctx->tables->cities[row];
  iri_t s, gn, country;
  city_iri(b, s, row);
  if (described_before(b, s))
    return;
  add_iri(b, s, RDF "type", SKG_NS "City");
  add_lit(b, s, RDFS "label", c->name, NULL);
  /* the other names it goes by ("New York" of "New York City"), as the table has them */
  const char *n = c->names;
  for (int k = 0; k < c->n_names; ++k, n += strlen(n) + 1)
    if (strcmp(n, c->name))
      add_lit(b, s, SKOS "altLabel", n, NULL);
  add_lit(b, s, SKG_NS "geonamesId", c->geonames_id, NULL);
  set_iri(b, gn, GEONAMES "%s/", c->geonames_id);
  add_iri(b, s, SKOS "exactMatch", gn);
  if (c->country >= 0) {
    country_iri(b, country, c->country);
    add_iri(b, s, SKG_NS "country", country);
    describe_country(b, c->country);
  }
}

static void
org_iri(builder *b, iri_t out, int row)
{
  set_iri(b, out, "%sorganization/%s", b->ctx->base,
          skg_org_names_of(b->ctx->tables, &b->an->mentions, row).id);
}

static void
describe_org(builder *b, int row)
{
  skg_org_names o = skg_org_names_of(b->ctx->tables, &b->an->mentions, row);
  iri_t s;
  org_iri(b, s, row);
  if (described_before(b, s))
    return;
  add_iri(b, s, RDF "type", SKG_NS "Organization");
  add_lit(b, s, RDFS "label", o.name, NULL);
  if (*o.acronym) {
    add_lit(b, s, SKG_NS "acronym", o.acronym, NULL);
    add_lit(b, s, SKOS "altLabel", o.acronym, NULL);
  }
  if (o.alt) /* a summit series: "China-Arab States" beside "China-Arab States Summit" */
    add_lit(b, s, SKOS "altLabel", o.alt, NULL);
}

/* From the key that folds spellings (namekey.h), so that every report's
   "Aleksandr" or "Alexander Lukashenko" is one person. */
static void
person_iri(builder *b, iri_t out, int person)
{
  const char *key = b->people->persons[person].key;
  set_iri(b, out, "%sperson/%s", b->ctx->base, *key ? key : "unnamed");
}

/* The fullest name of the report as its label, every other form it writes
   ("Lula", "Aleksandr Lukashenko" beside "Alexander") as an altLabel. */
static void
describe_person(builder *b, int person)
{
  const skg_person *pp = &b->people->persons[person];
  iri_t s;
  person_iri(b, s, person);
  if (described_before(b, s))
    return;
  add_iri(b, s, RDF "type", SKG_NS "Person");
  add_lit(b, s, RDFS "label", pp->name, NULL);
  add_lit(b, s, FOAF "name", pp->name, NULL);
  for (size_t k = 0; k < pp->n_forms; ++k)
    add_lit(b, s, SKOS "altLabel", pp->forms[k], NULL);
}

/* The city the report says summit `sm` met in (not one it will meet in),
   or -1.  Read whatever the confidence: identity does not change with the
   threshold of what is written. */
static int
host_city_of(const builder *b, const skg_summit *sm)
{
  int index = (int)(sm - b->an->summits);
  for (size_t i = 0; i < b->an->n_facts; ++i) {
    const skg_fact *f = &b->an->facts[i];
    if (f->kind == SKG_F_HOST_CITY && f->summit == index && !f->planned && f->a.kind == SKG_V_CITY)
      return f->a.ref;
  }
  return -1;
}

/* Organization and edition, else organization and year (the meeting's or
   the report's), so that every report of one meeting names it alike.  With
   neither, organization and host city, else the organization alone: never
   the report, as one meeting has many reports (DESIGN.md, Identity). */
static void
summit_iri(builder *b, iri_t out, const skg_summit *sm)
{
  const char *org = skg_org_names_of(b->ctx->tables, &b->an->mentions, sm->org).id;
  int city = sm->edition || sm->year ? -1 : host_city_of(b, sm);
  if (sm->edition)
    set_iri(b, out, "%ssummit/%s/%d", b->ctx->base, org, sm->edition);
  else if (sm->year)
    set_iri(b, out, "%ssummit/%s/%d", b->ctx->base, org, sm->year);
  else if (city >= 0) {
    iri_t c;
    city_iri(b, c, city);
    set_iri(b, out, "%ssummit/%s/undated-%s", b->ctx->base, org, c + strlen(b->ctx->base) + strlen("city/"));
  } else
    set_iri(b, out, "%ssummit/%s/undated", b->ctx->base, org);
}

static void
describe_summit(builder *b, const skg_summit *sm)
{
  skg_org_names o = skg_org_names_of(b->ctx->tables, &b->an->mentions, sm->org);
  iri_t s, org;
  summit_iri(b, s, sm);
  org_iri(b, org, sm->org);
  add_iri(b, s, RDF "type", SKG_NS "Summit");
  char label[256];
  const char *who = *o.acronym ? o.acronym : o.name;
  if (sm->edition)
    snprintf(label, sizeof label, "%s summit no. %d", who, sm->edition);
  else if (sm->year)
    snprintf(label, sizeof label, "%s summit %d", who, sm->year);
  else
    snprintf(label, sizeof label, "%s summit", who);
  add_lit(b, s, RDFS "label", label, NULL);
  describe_org(b, sm->org);
}

/* ---- values -------------------------------------------------------------- */

/* The object of a fact's value, described as needed.  Returns a new term. */
static raptor_term *
value_term(builder *b, const skg_value *v, const char *summit)
{
  iri_t iri;
  char lex[48];
  switch (v->kind) {
  case SKG_V_COUNTRY:
    describe_country(b, v->ref);
    country_iri(b, iri, v->ref);
    return iri_term(b, iri);
  case SKG_V_CITY:
    describe_city(b, v->ref);
    city_iri(b, iri, v->ref);
    return iri_term(b, iri);
  case SKG_V_ORG:
    describe_org(b, v->ref);
    org_iri(b, iri, v->ref);
    return iri_term(b, iri);
  case SKG_V_PERSON:
    describe_person(b, v->ref);
    person_iri(b, iri, v->ref);
    return iri_term(b, iri);
  case SKG_V_DATE:
    snprintf(lex, sizeof lex, "%04ld-%02ld-%02ld", v->num / 10000, v->num / 100 % 100, v->num % 100);
    return literal_term(b, lex, strlen(lex), XSD "date");
  case SKG_V_INT:
    snprintf(lex, sizeof lex, "%ld", v->num);
    return literal_term(b, lex, strlen(lex), XSD "integer");
  case SKG_V_OFFICE: {
    const char *t = b->ctx->tables->offices[v->ref].title;
    return literal_term(b, t, strlen(t), XSD "string");
  }
  case SKG_V_IN_PERSON: return iri_term(b, SKG_NS "InPerson");
  case SKG_V_VIRTUAL: return iri_term(b, SKG_NS "Virtual");
  case SKG_V_COMPLETED: return iri_term(b, SKG_NS "Completed");
  case SKG_V_EXPECTED: return iri_term(b, SKG_NS "Expected");
  case SKG_V_VENUE:
  case SKG_V_DOCUMENT: {
    const char *text = b->an->text.norm.data + v->span.start;
    size_t len = v->span.end - v->span.start;
    skg_buf key;
    skg_buf_init(&key, 0);
    if (skg_buf_printf(&key, "%s\t%.*s", summit, (int)len, text) && !b->st)
      b->st = SKG_ERR_NOMEM;
    hash_iri(b, iri, v->kind == SKG_V_VENUE ? "venue" : "declaration", key.data);
    skg_buf_release(&key);
    add_iri(b, iri, RDF "type", v->kind == SKG_V_VENUE ? SKG_NS "Venue" : SKG_NS "Declaration");
    add_counted_lit(b, iri, RDFS "label", text, len);
    return iri_term(b, iri);
  }
  case SKG_V_NONE:
    break;
  }
  return NULL;
}

/* Append the IRI or the lexical form of a term, for hashing.
   @return SKG_OK or SKG_ERR_NOMEM. */
static skg_status
term_key(skg_buf *key, raptor_term *t)
{
  if (!t)
    return SKG_OK;
  if (t->type == RAPTOR_TERM_TYPE_URI)
    return skg_buf_puts(key, (const char *)raptor_uri_as_string(t->value.uri));
  if (t->type == RAPTOR_TERM_TYPE_LITERAL)
    return skg_buf_append(key, t->value.literal.string, t->value.literal.string_len);
  return SKG_OK;
}

/* ---- evidence ------------------------------------------------------------ */

static void
sentence_iri(builder *b, iri_t out, size_t index)
{
  char num[24];
  join_iri(b, out, b->g->report_iri, "/sentence/", decimal(num, (long)index), (const char *)NULL);
}

static void
describe_sentence(builder *b, size_t index)
{
  const skg_text *t = &b->an->text;
  skg_span orig = skg_text_orig_span(t, t->sentences[index]);
  const char *text = b->an->doc->text.data;
  iri_t s;
  sentence_iri(b, s, index);
  if (described_before(b, s))
    return;
  add_iri(b, s, RDF "type", SKG_NS "Sentence");
  add_counted_lit(b, s, SKG_NS "text", text + orig.start, orig.end - orig.start);
  add_int(b, s, OA "start", (long)skg_text_codepoint(t, orig.start));
  add_int(b, s, OA "end", (long)skg_text_codepoint(t, orig.end));
  add_int(b, s, SKG_NS "index", (long)index);
  add_iri(b, s, SKG_NS "report", b->g->report_iri);
}

/* Evidence for the triple (s, p, o) read by fact f: a reified statement with
   the sentence, span, rule and confidence.  Borrows its arguments. */
/* The key an evidence IRI is the hash of: the report, the fact's triple,
   its span and rule.  @return SKG_OK or SKG_ERR_NOMEM. */
static skg_status
evidence_key(builder *b, const skg_fact *f, const char *s, const char *p, raptor_term *o, skg_span orig,
             skg_buf *key)
{
  char start[24], end[24];
  const char *parts[] = {b->an->doc->sha256, "\t", s, "\t", p, "\t"};
  const char *after[] = {"\t", decimal(start, (long)orig.start), "\t", decimal(end, (long)orig.end), "\t", f->rule};
  skg_status st = SKG_OK;
  for (size_t i = 0; i < SKG_COUNT(parts) && !st; ++i)
    st = skg_buf_puts(key, parts[i]);
  if (!st)
    st = term_key(key, o);
  for (size_t i = 0; i < SKG_COUNT(after) && !st; ++i)
    st = skg_buf_puts(key, after[i]);
  return st;
}

/* The IRIs every evidence names, each made a term once per report: an
   evidence has twenty statements, and an IRI looked up by its string is
   measured, hashed and compared again each time. */
static const char *const evidence_iris[] = {
  RDF "type", RDF "subject", RDF "predicate", RDF "object", SKG_NS "rule", SKG_NS "confidence",
  SKG_NS "report", SKG_NS "sentence", OA "hasTarget", OA "hasSource", OA "hasSelector", OA "start",
  OA "end", SKG_NS "byteStart", SKG_NS "byteEnd", OA "exact", SKG_NS "Evidence", OA "SpecificResource",
  OA "TextPositionSelector", OA "TextQuoteSelector", XSD "integer"};
_Static_assert(SKG_COUNT(evidence_iris) == EV_COUNT, "one IRI for each EV_");

/* A new reference to evidence IRI k's term (NULL when out of memory). */
static raptor_term *
ev_term(builder *b, size_t k)
{
  if (!b->ev[k] && !b->st)
    b->ev[k] = iri_term(b, evidence_iris[k]);
  raptor_term *t = b->ev[k] && !b->st ? raptor_term_copy(b->ev[k]) : NULL;
  if (!t && !b->st)
    b->st = SKG_ERR_NOMEM;
  return t;
}

/* Add s p o for a subject term made once (borrowed), predicate evidence IRI
   `p`; takes `o`. */
static void
add_to(builder *b, raptor_term *s, size_t p, raptor_term *o)
{
  add_term(b, s ? raptor_term_copy(s) : NULL, ev_term(b, p), o);
}

static raptor_term *
ev_int_term(builder *b, long v)
{
  char num[24];
  const char *lex = decimal(num, v);
  raptor_term *dt = ev_term(b, EV_INTEGER);
  raptor_term *t = dt ? literal_of(b, lex, (size_t)(num + 23 - lex), dt) : NULL;
  if (dt)
    raptor_free_term(dt);
  return t;
}

/* Evidence for the triple (s, p, o) read by fact f: a reified statement with
   the sentence, span, rule and confidence.  Borrows its arguments. */
static void
evidence(builder *b, const skg_fact *f, const char *s, const char *p, raptor_term *o)
{
  if (b->st || !o)
    return;
  const skg_text *t = &b->an->text;
  const char *text = b->an->doc->text.data;
  skg_span orig = skg_text_orig_span(t, f->evidence);
  skg_buf key;
  skg_buf_init(&key, 0);
  if (evidence_key(b, f, s, p, o, orig, &key))
    b->st = SKG_ERR_NOMEM;
  iri_t e, target, pos, quote, sent;
  /* the report's hash leads: a report's evidence IRIs sort together, so that
     a store's index of IRIs takes them in a page or two, not one page each */
  char hex[17], lead[9];
  short_hash(key.data, hex);
  skg_buf_release(&key);
  size_t n_lead = strnlen(b->an->doc->sha256, 8);
  memcpy(lead, b->an->doc->sha256, n_lead);
  lead[n_lead] = '\0';
  join_iri(b, e, b->ctx->base, "evidence/", lead, "-", hex, (const char *)NULL);
  join_iri(b, target, e, "/target", (const char *)NULL);
  join_iri(b, pos, e, "/position", (const char *)NULL);
  join_iri(b, quote, e, "/quote", (const char *)NULL);
  sentence_iri(b, sent, f->sentence);
  raptor_term *et = iri_term(b, e), *tt = iri_term(b, target), *pt = iri_term(b, pos), *qt = iri_term(b, quote);
  add_to(b, et, EV_TYPE, ev_term(b, EV_EVIDENCE));
  add_to(b, et, EV_SUBJECT, iri_term(b, s));
  add_to(b, et, EV_PREDICATE, iri_term(b, p));
  add_to(b, et, EV_OBJECT, raptor_term_copy(o));
  add_to(b, et, EV_RULE, literal_term(b, f->rule, strlen(f->rule), NULL));
  char conf[16];
  snprintf(conf, sizeof conf, "%.2f", f->confidence);
  add_to(b, et, EV_CONFIDENCE, literal_term(b, conf, strlen(conf), XSD "decimal"));
  add_to(b, et, EV_REPORT, b->graph ? raptor_term_copy(b->graph) : NULL);
  add_to(b, et, EV_SENTENCE, iri_term(b, sent));
  add_to(b, et, EV_HAS_TARGET, tt ? raptor_term_copy(tt) : NULL);
  add_to(b, tt, EV_TYPE, ev_term(b, EV_SPECIFIC_RESOURCE));
  add_to(b, tt, EV_HAS_SOURCE, b->graph ? raptor_term_copy(b->graph) : NULL);
  add_to(b, tt, EV_HAS_SELECTOR, pt ? raptor_term_copy(pt) : NULL);
  add_to(b, tt, EV_HAS_SELECTOR, qt ? raptor_term_copy(qt) : NULL);
  add_to(b, pt, EV_TYPE, ev_term(b, EV_POSITION_SELECTOR));
  add_to(b, pt, EV_START, ev_int_term(b, (long)skg_text_codepoint(t, orig.start)));
  add_to(b, pt, EV_END, ev_int_term(b, (long)skg_text_codepoint(t, orig.end)));
  add_to(b, pt, EV_BYTE_START, ev_int_term(b, (long)orig.start));
  add_to(b, pt, EV_BYTE_END, ev_int_term(b, (long)orig.end));
  add_to(b, qt, EV_TYPE, ev_term(b, EV_QUOTE_SELECTOR));
  add_to(b, qt, EV_EXACT, literal_term(b, text + orig.start, orig.end - orig.start, NULL));
  raptor_term *made[] = {et, tt, pt, qt};
  for (size_t k = 0; k < SKG_COUNT(made); ++k)
    if (made[k])
      raptor_free_term(made[k]);
  describe_sentence(b, f->sentence);
}

/* s p value, with evidence. */
static void
fact_triple(builder *b, const skg_fact *f, const char *s, const char *p, const skg_value *v,
            const char *summit)
{
  raptor_term *o = value_term(b, v, summit);
  if (!o)
    return;
  evidence(b, f, s, p, o);
  add(b, iri_term(b, s), p, o);
}

/* ---- facts --------------------------------------------------------------- */

static void
attendance(builder *b, const skg_fact *f, const char *summit)
{
  iri_t person, part;
  person_iri(b, person, f->a.ref);
  char key[1100];
  snprintf(key, sizeof key, "%s\t%s", summit, person);
  hash_iri(b, part, "participation", key);
  add_iri(b, summit, SKG_NS "participation", part);
  add_iri(b, part, RDF "type", SKG_NS "Participation");
  add_iri(b, part, SKG_NS "attendance", f->planned ? SKG_NS "Planned" : SKG_NS "Attended");
  fact_triple(b, f, part, SKG_NS "participant", &f->a, summit);
  if (f->b.kind != SKG_V_NONE)
    fact_triple(b, f, part, SKG_NS "represents", &f->b, summit);
  if (f->c.kind == SKG_V_OFFICE)
    add(b, iri_term(b, part), SKG_NS "officeTitle", value_term(b, &f->c, summit));
  if (!f->planned)
    fact_triple(b, f, summit, SKG_NS "attendee", &f->a, summit);
}

static void
office(builder *b, const skg_fact *f)
{
  iri_t person, holding, jur;
  person_iri(b, person, f->a.ref);
  raptor_term *j = value_term(b, &f->c, "");
  if (!j)
    return;
  snprintf(jur, sizeof jur, "%s", raptor_uri_as_string(j->value.uri));
  char key[1700];
  snprintf(key, sizeof key, "%s\t%s\t%s", person, b->ctx->tables->offices[f->b.ref].title, jur);
  hash_iri(b, holding, "office", key);
  add(b, iri_term(b, holding), SKG_NS "jurisdiction", j);
  add_iri(b, holding, RDF "type", SKG_NS "OfficeHolding");
  add(b, iri_term(b, holding), SKG_NS "officeTitle", value_term(b, &f->b, ""));
  skg_value holder = f->a;
  describe_person(b, holder.ref);
  raptor_term *h = iri_term(b, holding);
  evidence(b, f, person, SKG_NS "holdsOffice", h);
  add(b, iri_term(b, person), SKG_NS "holdsOffice", h);
}

static void
fact(builder *b, const skg_fact *f)
{
  if ((int)f->kind < 0 || f->confidence < b->ctx->min_confidence)
    return;
  if (f->kind == SKG_F_OFFICE) {
    office(b, f);
    return;
  }
  if (f->summit < 0 || (size_t)f->summit >= b->an->n_summits)
    return;
  const skg_summit *sm = &b->an->summits[f->summit];
  iri_t summit;
  summit_iri(b, summit, sm);
  describe_summit(b, sm);
  switch (f->kind) {
  case SKG_F_SUMMIT:
    fact_triple(b, f, summit, SKG_NS "organization", &f->a, summit);
    if (f->b.kind == SKG_V_INT)
      fact_triple(b, f, summit, SKG_NS "edition", &f->b, summit);
    break;
  case SKG_F_START_DATE: fact_triple(b, f, summit, SKG_NS "startDate", &f->a, summit); break;
  case SKG_F_END_DATE: fact_triple(b, f, summit, SKG_NS "endDate", &f->a, summit); break;
  case SKG_F_HOST_CITY: fact_triple(b, f, summit, SKG_NS "hostCity", &f->a, summit); break;
  case SKG_F_VENUE: {
    fact_triple(b, f, summit, SKG_NS "venue", &f->a, summit);
    raptor_term *v = value_term(b, &f->a, summit);
    if (v && f->b.kind == SKG_V_CITY)
      add(b, v, SKG_NS "inCity", value_term(b, &f->b, summit));
    else if (v)
      raptor_free_term(v);
    break;
  }
  case SKG_F_MODE: fact_triple(b, f, summit, SKG_NS "mode", &f->a, summit); break;
  case SKG_F_CHAIR:
    if (!f->planned)
      fact_triple(b, f, summit, SKG_NS "chair", &f->a, summit);
    break;
  case SKG_F_ATTENDANCE: attendance(b, f, summit); break;
  case SKG_F_PARTICIPATING_STATE:
    fact_triple(b, f, summit, SKG_NS "participatingState", &f->a, summit);
    break;
  case SKG_F_DECLARATION: fact_triple(b, f, summit, SKG_NS "declaration", &f->a, summit); break;
  case SKG_F_ACCESSION: {
    iri_t acc;
    raptor_term *state = value_term(b, &f->a, summit);
    if (!state)
      break;
    char key[1100];
    snprintf(key, sizeof key, "%s\t%s", summit, raptor_uri_as_string(state->value.uri));
    raptor_free_term(state);
    hash_iri(b, acc, "accession", key);
    add_iri(b, acc, RDF "type", SKG_NS "Accession");
    add_iri(b, summit, SKG_NS "accession", acc);
    fact_triple(b, f, acc, SKG_NS "accedingState", &f->a, summit);
    fact_triple(b, f, acc, SKG_NS "status", &f->b, summit);
    iri_t org;
    org_iri(b, org, sm->org);
    add_iri(b, acc, SKG_NS "organization", org);
    break;
  }
  case SKG_F_NEXT_PRESIDENCY:
    fact_triple(b, f, summit, SKG_NS "nextPresidency", &f->a, summit);
    break;
  case SKG_F_OFFICE: break;
  }
}

/* ---- the report ---------------------------------------------------------- */

static void
describe_report(builder *b)
{
  const skg_doc *doc = b->an->doc;
  const char *r = b->g->report_iri;
  add_iri(b, r, RDF "type", SKG_NS "Report");
  add_lit(b, r, SKG_NS "sha256", doc->sha256, NULL);
  if (doc->title)
    add_lit(b, r, DCT "title", doc->title, NULL);
  if (doc->publisher)
    add_lit(b, r, DCT "publisher", doc->publisher, NULL);
  if (doc->source)
    add_lit(b, r, DCT "source", doc->source, NULL);
  if (doc->identifier)
    add_lit(b, r, DCT "identifier", doc->identifier, NULL);
  if (doc->date.year && doc->date.month && doc->date.day) {
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", doc->date.year, doc->date.month, doc->date.day);
    add_lit(b, r, DCT "date", date, XSD "date");
  }
  /* the run: what made this graph from this file, without timestamps so that
     the same input gives the same bytes */
  char key[1200];
  snprintf(key, sizeof key, "%s\t%s\t%s\t%s", skg_version(), skg_ruleset_version(),
           doc->name ? doc->name : "-", doc->sha256);
  iri_t run;
  hash_iri(b, run, "run", key);
  add_iri(b, r, SKG_NS "extractedBy", run);
  add_iri(b, run, RDF "type", SKG_NS "ExtractionRun");
  add_iri(b, run, PROV "used", r);
  add_lit(b, run, SKG_NS "toolVersion", skg_version(), NULL);
  add_lit(b, run, SKG_NS "ruleSetVersion", skg_ruleset_version(), NULL);
  /* a path is bytes, a literal UTF-8: a name that is not gets its stray
     bytes as %XX, so that every syntax and the store take it */
  const char *name = doc->name ? doc->name : "-";
  skg_buf file;
  skg_buf_init(&file, 0);
  if (skg_utf8_escape_append(&file, name, strlen(name)))
    b->st = SKG_ERR_NOMEM;
  else
    add_counted_lit(b, run, SKG_NS "inputFile", file.data, file.len);
  skg_buf_release(&file);
}

static int
compare_uris(raptor_uri *a, raptor_uri *b)
{
  if (a == b)
    return 0;
  size_t na, nb;
  const unsigned char *sa = raptor_uri_as_counted_string(a, &na);
  const unsigned char *sb = raptor_uri_as_counted_string(b, &nb);
  int d = memcmp(sa, sb, na < nb ? na : nb);
  return d ? d : (na > nb) - (na < nb);
}

/* The order of raptor_term_compare() for the terms we make (IRIs, and
   literals with a datatype or none, never a language), without its calls:
   sorting is a large share of building a report's graph. */
static int
compare_terms(const raptor_term *a, const raptor_term *b)
{
  if (a->type != b->type)
    return (int)a->type - (int)b->type;
  if (a->type == RAPTOR_TERM_TYPE_URI)
    return compare_uris(a->value.uri, b->value.uri);
  int d = strcmp((const char *)a->value.literal.string, (const char *)b->value.literal.string);
  if (d)
    return d;
  raptor_uri *da = a->value.literal.datatype, *db = b->value.literal.datatype;
  if (!da || !db)
    return (da != NULL) - (db != NULL);
  return compare_uris(da, db);
}

static int
compare_statements(const void *x, const void *y)
{
  const raptor_statement *a = *(raptor_statement *const *)x, *b = *(raptor_statement *const *)y;
  int d = compare_terms(a->subject, b->subject);
  if (!d)
    d = compare_terms(a->predicate, b->predicate);
  return d ? d : compare_terms(a->object, b->object);
}

/* Is `st` an skg:confidence of the same evidence as `prev`? */
static int
same_evidence_confidence(const raptor_statement *prev, const raptor_statement *st)
{
  static const char conf[] = SKG_NS "confidence";
  return !strcmp((const char *)raptor_uri_as_string(st->predicate->value.uri), conf) &&
         !strcmp((const char *)raptor_uri_as_string(prev->predicate->value.uri), conf) &&
         raptor_term_equals(prev->subject, st->subject);
}

/* A term as the sort reads it: its IRI's or literal's bytes found once,
   rather than through raptor at each of the sort's comparisons. */
typedef struct {
  const raptor_term   *term;
  const unsigned char *str;  /* the IRI's string, NULL for a literal */
  size_t               len;
} term_view;

typedef struct {
  raptor_statement *st;
  term_view         s, p, o;
} sort_item;

static term_view
view_of(const raptor_term *t)
{
  term_view v = {t, NULL, 0};
  if (t->type == RAPTOR_TERM_TYPE_URI)
    v.str = raptor_uri_as_counted_string(t->value.uri, &v.len);
  return v;
}

/* compare_terms() on views */
static int
compare_views(const term_view *a, const term_view *b)
{
  if (!a->str || !b->str || a->term->value.uri == b->term->value.uri)
    return compare_terms(a->term, b->term);
  int d = memcmp(a->str, b->str, a->len < b->len ? a->len : b->len);
  return d ? d : (a->len > b->len) - (a->len < b->len);
}

/* compare_statements() on sort items */
static int
compare_items(const void *x, const void *y)
{
  const sort_item *a = *(const sort_item *const *)x, *b = *(const sort_item *const *)y;
  int d = compare_views(&a->s, &b->s);
  if (!d)
    d = compare_views(&a->p, &b->p);
  return d ? d : compare_views(&a->o, &b->o);
}

/* Sort g's statements in compare_statements() order, through views of
   their terms.  @return SKG_OK or SKG_ERR_NOMEM. */
static skg_status
sort_statements(skg_graph *g)
{
  sort_item *items = malloc(g->count * sizeof *items + 1);
  sort_item **order = malloc(g->count * sizeof *order + 1);
  if (!items || !order) {
    free(items);
    free(order);
    return SKG_ERR_NOMEM;
  }
  for (size_t i = 0; i < g->count; ++i) {
    raptor_statement *st = g->items[i];
    items[i] = (sort_item){st, view_of(st->subject), view_of(st->predicate), view_of(st->object)};
    order[i] = &items[i];
  }
  qsort(order, g->count, sizeof *order, compare_items);
  for (size_t i = 0; i < g->count; ++i)
    g->items[i] = order[i]->st;
  free(items);
  free(order);
  return SKG_OK;
}

static skg_status
sort_unique(skg_graph *g)
{
  skg_status st = sort_statements(g);
  if (st)
    return st;
  size_t w = 0;
  for (size_t r = 0; r < g->count; ++r) {
    if (w && !compare_statements(&g->items[w - 1], &g->items[r]))
      raptor_free_statement(g->items[r]);
    else if (w && same_evidence_confidence(g->items[w - 1], g->items[r])) {
      /* one fact read twice by one rule at one span: one evidence, the higher
         confidence ("0.80" sorts after "0.75": the format is fixed) */
      raptor_free_statement(g->items[w - 1]);
      g->items[w - 1] = g->items[r];
    } else
      g->items[w++] = g->items[r];
  }
  g->count = w;
  return SKG_OK;
}

skg_status
skg_graph_build(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, skg_graph *g)
{
  builder b = {ctx, an, people, g, NULL, {0}, SKG_OK, {0}, {0}, {0}};
  skg_buf_init(&b.iri, 0);
  int n = snprintf(g->report_iri, sizeof g->report_iri, "%sreport/%s", ctx->base, an->doc->sha256);
  if (n < 0 || (size_t)n >= sizeof g->report_iri)
    return skg_err(ctx, SKG_ERR_BAD_ARG, "base IRI too long");
  b.graph = iri_term(&b, g->report_iri);
  describe_report(&b);
  for (size_t i = 0; i < an->n_facts; ++i)
    fact(&b, &an->facts[i]);
  if (b.graph)
    raptor_free_term(b.graph);
  for (size_t k = 0; k < SKG_COUNT(b.ev); ++k)
    if (b.ev[k])
      raptor_free_term(b.ev[k]);
  skg_buf_release(&b.iri);
  iri_set_release(&b.terms);
  iri_set_release(&b.described);
  if (b.st)
    return skg_err(ctx, b.st, "cannot build the graph: %s", skg_status_string(b.st));
  if (sort_unique(g))
    return skg_err(ctx, SKG_ERR_NOMEM, "cannot build the graph: %s", skg_status_string(SKG_ERR_NOMEM));
  return SKG_OK;
}

skg_status
skg_value_label(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, const skg_value *v,
                skg_buf *out)
{
  const skg_tables *t = ctx->tables;
  switch (v->kind) {
  case SKG_V_COUNTRY: return skg_buf_puts(out, t->countries[v->ref].name);
  case SKG_V_CITY: return skg_buf_puts(out, t->cities[v->ref].name);
  case SKG_V_ORG: return skg_buf_puts(out, skg_org_names_of(t, &an->mentions, v->ref).name);
  case SKG_V_OFFICE: return skg_buf_puts(out, t->offices[v->ref].title);
  case SKG_V_PERSON:
    if (v->ref >= 0 && (size_t)v->ref < people->n_persons)
      return skg_buf_puts(out, people->persons[v->ref].name);
    /* not resolved: show the name as written */
    /* fall through */
  case SKG_V_VENUE:
  case SKG_V_DOCUMENT:
    return skg_buf_append(out, an->text.norm.data + v->span.start, v->span.end - v->span.start);
  case SKG_V_DATE:
    return skg_buf_printf(out, "%04ld-%02ld-%02ld", v->num / 10000, v->num / 100 % 100, v->num % 100);
  case SKG_V_INT: return skg_buf_printf(out, "%ld", v->num);
  case SKG_V_IN_PERSON: return skg_buf_puts(out, "in person");
  case SKG_V_VIRTUAL: return skg_buf_puts(out, "virtual");
  case SKG_V_COMPLETED: return skg_buf_puts(out, "completed");
  case SKG_V_EXPECTED: return skg_buf_puts(out, "expected");
  case SKG_V_NONE: break;
  }
  return SKG_OK;
}

void
skg_summit_iri(skg_ctx *ctx, const skg_analysis *an, size_t index, char *out, size_t len)
{
  builder b = {ctx, an, NULL, NULL, NULL, {0}, SKG_OK, {0}, {0}, {0}};
  skg_buf_init(&b.iri, 0); /* an undated summit's host city is slugged into it */
  iri_t iri;
  summit_iri(&b, iri, &an->summits[index]);
  snprintf(out, len, "%s", iri);
  skg_buf_release(&b.iri);
}

/* Statements whose subject is an entity of these kinds, with these
   predicates, describe the entity rather than the report. */
static const char *const entity_kinds[] = {"country/", "city/", "organization/", "person/", "summit/",
                                           "venue/", "declaration/"};
static const char *const entity_predicates[] = {
  RDF "type", RDFS "label", SKOS "altLabel", FOAF "name", OWL "sameAs", SKOS "exactMatch",
  SKG_NS "isoCode", SKG_NS "geonamesId", SKG_NS "country", SKG_NS "acronym", SKG_NS "inCity",
  SKG_NS "organization", SKG_NS "edition"};

int
skg_graph_is_entity_statement(const skg_ctx *ctx, const raptor_statement *st)
{
  if (st->subject->type != RAPTOR_TERM_TYPE_URI)
    return 0;
  const char *s = (const char *)raptor_uri_as_string(st->subject->value.uri);
  const char *p = (const char *)raptor_uri_as_string(st->predicate->value.uri);
  size_t base = strlen(ctx->base);
  if (strncmp(s, ctx->base, base))
    return 0;
  int kind = 0, predicate = 0;
  for (size_t i = 0; i < sizeof entity_kinds / sizeof *entity_kinds && !kind; ++i)
    kind = !strncmp(s + base, entity_kinds[i], strlen(entity_kinds[i]));
  for (size_t i = 0; i < sizeof entity_predicates / sizeof *entity_predicates && !predicate; ++i)
    predicate = !strcmp(p, entity_predicates[i]);
  return kind && predicate;
}
