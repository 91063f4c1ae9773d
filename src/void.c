/* void.c - a description of the dataset in a store, for publishing it: W3C
   VoID (its size, a partition per class and per property, the vocabularies
   it uses, its SPARQL endpoint and dump) and DCAT (a dataset with a licence,
   a title and distributions), as raptor statements through the writer.

   The figures come from one pass over the store, graph by graph, counted
   here rather than by SPARQL: rasqal 0.9.33 miscounts COUNT(DISTINCT ...)
   when a triple stands in several graphs, which the corpus graph makes
   common, and a DISTINCT over the whole store would hold every row anyway.
   A triple counts once however many graphs hold it ("the union of the
   graphs", what a query sees); distinct triples, subjects and objects are
   kept as 128-bit digests (SHA-256, cut), so memory grows by 16 bytes a
   distinct term or triple, and two of them share a digest with odds far
   below those of a disk error.

   Identity: no blank nodes, no timestamps.  The dataset's IRI is minted from
   the IRIs of its graphs (the reports it holds, by the SHA-256 of their
   bytes), so the same reports give the same dataset IRI on any machine; its
   partitions and distributions hang below it. */
#include "void.h"

#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

#include "serialize.h"
#include "store.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD_INTEGER "http://www.w3.org/2001/XMLSchema#integer"
#define DCT "http://purl.org/dc/terms/"
#define DCAT "http://www.w3.org/ns/dcat#"
#define VOID "http://rdfs.org/ns/void#"
#define NQUADS_TYPE "https://www.iana.org/assignments/media-types/application/n-quads"

enum { DIGEST_LEN = 16 };

/* A set of digests, open addressing; an all-zero slot is empty (a digest of
   sixteen zero bytes would be lost: odds of 2^-128). */
typedef struct {
  unsigned char *slots;   /* cap * DIGEST_LEN bytes */
  size_t         count, cap;
} digest_set;

/* IRIs with a count each, sorted by IRI. */
typedef struct {
  char  *iri;
  size_t n;
} iri_count;
typedef struct {
  iri_count *items;
  size_t     count, cap;
} iri_counts;

struct skg_void_counts {
  skg_ctx   *ctx;
  digest_set triples, subjects, objects;
  size_t     entities;    /* distinct IRI subjects under the base */
  iri_counts properties;  /* triples per property */
  iri_counts classes;     /* entities per class: distinct x rdf:type C */
  iri_counts graphs;      /* the graphs met (n unused) */
};

/* ---- counting ------------------------------------------------------------ */

static int
digest_empty(const unsigned char *d)
{
  static const unsigned char zero[DIGEST_LEN];
  return !memcmp(d, zero, DIGEST_LEN);
}

static size_t
digest_slot(const digest_set *s, const unsigned char *d)
{
  size_t h;
  memcpy(&h, d, sizeof h); /* a cut of SHA-256 is as good a hash as any */
  size_t i = h & (s->cap - 1);
  while (!digest_empty(s->slots + i * DIGEST_LEN) && memcmp(s->slots + i * DIGEST_LEN, d, DIGEST_LEN))
    i = (i + 1) & (s->cap - 1);
  return i;
}

static skg_status
digest_set_grow(digest_set *s)
{
  size_t cap = s->cap ? 2 * s->cap : 1024;
  digest_set bigger = {calloc(cap, DIGEST_LEN), 0, cap};
  if (!bigger.slots)
    return SKG_ERR_NOMEM;
  for (size_t i = 0; i < s->cap; ++i)
    if (!digest_empty(s->slots + i * DIGEST_LEN))
      memcpy(bigger.slots + digest_slot(&bigger, s->slots + i * DIGEST_LEN) * DIGEST_LEN,
             s->slots + i * DIGEST_LEN, DIGEST_LEN);
  bigger.count = s->count;
  free(s->slots);
  *s = bigger;
  return SKG_OK;
}

/* Add `d`: *added is 1 if it was not there. */
static skg_status
digest_set_add(digest_set *s, const unsigned char *d, int *added)
{
  *added = 0;
  if (2 * (s->count + 1) > s->cap && digest_set_grow(s))
    return SKG_ERR_NOMEM;
  unsigned char *slot = s->slots + digest_slot(s, d) * DIGEST_LEN;
  if (digest_empty(slot)) {
    memcpy(slot, d, DIGEST_LEN);
    ++s->count;
    *added = 1;
  }
  return SKG_OK;
}

/* Feed one term to `sc`, each part with its length, so that no two terms
   feed the same bytes. */
static void
digest_term(struct sha256_ctx *sc, const raptor_term *t)
{
  const unsigned char *parts[3] = {NULL, NULL, NULL};
  size_t lens[3] = {0, 0, 0};
  if (t->type == RAPTOR_TERM_TYPE_URI)
    parts[0] = raptor_uri_as_counted_string(t->value.uri, &lens[0]);
  else if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
    parts[0] = t->value.literal.string;
    lens[0] = t->value.literal.string_len;
    if (t->value.literal.datatype)
      parts[1] = raptor_uri_as_counted_string(t->value.literal.datatype, &lens[1]);
    parts[2] = t->value.literal.language;
    lens[2] = t->value.literal.language_len;
  } else {
    parts[0] = t->value.blank.string;
    lens[0] = t->value.blank.string_len;
  }
  unsigned char type = (unsigned char)t->type;
  sha256_update(sc, 1, &type);
  for (int i = 0; i < 3; ++i) {
    unsigned char len[sizeof(size_t)];
    memcpy(len, &lens[i], sizeof len);
    sha256_update(sc, sizeof len, len);
    if (lens[i])
      sha256_update(sc, lens[i], parts[i]);
  }
}

static void
digest_terms(unsigned char *out, const raptor_term *a, const raptor_term *b, const raptor_term *c)
{
  struct sha256_ctx sc;
  sha256_init(&sc);
  digest_term(&sc, a);
  if (b)
    digest_term(&sc, b);
  if (c)
    digest_term(&sc, c);
  sha256_digest(&sc, DIGEST_LEN, out);
}

static int
by_iri(const void *key, const void *item)
{
  return strcmp(key, ((const iri_count *)item)->iri);
}

/* Add `by` to the count of `iri` (copied when new). */
static skg_status
iri_counts_add(iri_counts *ic, const char *iri, size_t by)
{
  size_t lo = 0, hi = ic->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int cmp = by_iri(iri, &ic->items[mid]);
    if (!cmp) {
      ic->items[mid].n += by;
      return SKG_OK;
    }
    if (cmp < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  if (ic->count == ic->cap) {
    size_t cap = ic->cap ? 2 * ic->cap : 64;
    iri_count *items = realloc(ic->items, cap * sizeof *items);
    if (!items)
      return SKG_ERR_NOMEM;
    ic->items = items;
    ic->cap = cap;
  }
  char *copy = strdup(iri);
  if (!copy)
    return SKG_ERR_NOMEM;
  memmove(ic->items + lo + 1, ic->items + lo, (ic->count - lo) * sizeof *ic->items);
  ic->items[lo] = (iri_count){copy, by};
  ++ic->count;
  return SKG_OK;
}

static void
iri_counts_release(iri_counts *ic)
{
  for (size_t i = 0; i < ic->count; ++i)
    free(ic->items[i].iri);
  free(ic->items);
}

skg_void_counts *
skg_void_counts_new(skg_ctx *ctx)
{
  skg_void_counts *c = calloc(1, sizeof *c);
  if (c)
    c->ctx = ctx;
  return c;
}

void
skg_void_counts_free(skg_void_counts *c)
{
  if (!c)
    return;
  free(c->triples.slots);
  free(c->subjects.slots);
  free(c->objects.slots);
  iri_counts_release(&c->properties);
  iri_counts_release(&c->classes);
  iri_counts_release(&c->graphs);
  free(c);
}

static const char *
iri_of(const raptor_term *t)
{
  return (const char *)raptor_uri_as_string(t->value.uri);
}

/* One statement: counted only the first time its triple is met. */
static skg_status
count_statement(skg_void_counts *c, const raptor_statement *s)
{
  unsigned char d[DIGEST_LEN];
  int added;
  digest_terms(d, s->subject, s->predicate, s->object);
  skg_status st = digest_set_add(&c->triples, d, &added);
  if (st || !added)
    return st;
  if ((st = iri_counts_add(&c->properties, iri_of(s->predicate), 1)))
    return st;
  if (!strcmp(iri_of(s->predicate), RDF_TYPE) && s->object->type == RAPTOR_TERM_TYPE_URI &&
      (st = iri_counts_add(&c->classes, iri_of(s->object), 1)))
    return st;
  digest_terms(d, s->subject, NULL, NULL);
  if ((st = digest_set_add(&c->subjects, d, &added)))
    return st;
  const char *base = c->ctx->base;
  if (added && s->subject->type == RAPTOR_TERM_TYPE_URI && !strncmp(iri_of(s->subject), base, strlen(base)))
    ++c->entities;
  digest_terms(d, s->object, NULL, NULL);
  return digest_set_add(&c->objects, d, &added);
}

skg_status
skg_void_count(skg_void_counts *c, const skg_graph *g)
{
  skg_status st = SKG_OK;
  for (size_t i = 0; i < g->count && !st; ++i) {
    const raptor_statement *s = g->items[i];
    int new_graph = i == 0 || !raptor_term_equals(s->graph, g->items[i - 1]->graph);
    if (s->graph && s->graph->type == RAPTOR_TERM_TYPE_URI && new_graph)
      st = iri_counts_add(&c->graphs, iri_of(s->graph), 0);
    if (!st)
      st = count_statement(c, s);
  }
  return st;
}

/* ---- the description ----------------------------------------------------- */

typedef struct {
  skg_ctx    *ctx;
  skg_graph  *g;
  skg_status  st;   /* first failure; later calls do nothing */
  skg_buf     iri;  /* scratch */
} builder;

/* Add s p o in no graph; takes `o` (freed here on failure). */
static void
add(builder *b, const char *s, const char *p, raptor_term *o)
{
  raptor_world *w = b->ctx->raptor;
  raptor_term *subj = b->st ? NULL : raptor_new_term_from_uri_string(w, (const unsigned char *)s);
  raptor_term *pt = subj ? raptor_new_term_from_uri_string(w, (const unsigned char *)p) : NULL;
  raptor_statement *stmt = NULL;
  if (subj && pt && o)
    stmt = raptor_new_statement_from_nodes(w, subj, pt, o, NULL); /* takes all three */
  else {
    if (subj) raptor_free_term(subj);
    if (pt) raptor_free_term(pt);
    if (o) raptor_free_term(o);
  }
  if (!b->st && (!stmt || skg_graph_append(b->g, stmt)))
    b->st = SKG_ERR_NOMEM;
}

static void
add_iri(builder *b, const char *s, const char *p, const char *o)
{
  add(b, s, p, b->st ? NULL : raptor_new_term_from_uri_string(b->ctx->raptor, (const unsigned char *)o));
}

static void
add_literal(builder *b, const char *s, const char *p, const char *value, const char *datatype)
{
  raptor_world *w = b->ctx->raptor;
  raptor_uri *dt = datatype && !b->st ? raptor_new_uri(w, (const unsigned char *)datatype) : NULL;
  raptor_term *o = NULL;
  if (!b->st && (dt || !datatype))
    o = raptor_new_term_from_counted_literal(w, (const unsigned char *)value, strlen(value), dt, NULL, 0);
  if (dt)
    raptor_free_uri(dt);
  add(b, s, p, o);
}

static void
add_count(builder *b, const char *s, const char *p, size_t n)
{
  char num[32];
  snprintf(num, sizeof num, "%zu", n);
  add_literal(b, s, p, num, XSD_INTEGER);
}

/* b->iri = prefix + the first 16 hex digits of SHA-256 of `key` */
static const char *
hash_iri(builder *b, const char *prefix, const char *key)
{
  char hex[65];
  skg_sha256_hex(key, strlen(key), hex);
  skg_buf_clear(&b->iri);
  if (!b->st && skg_buf_printf(&b->iri, "%s%.16s", prefix, hex))
    b->st = SKG_ERR_NOMEM;
  return b->iri.data;
}

/* The vocabulary of a term: its IRI up to its last '#' or '/', without the
   '#' (the IRI of the ontology: http://www.w3.org/ns/oa for oa:start). */
static skg_status
add_vocabulary(iri_counts *vocabularies, const char *iri)
{
  const char *hash = strrchr(iri, '#'), *slash = strrchr(iri, '/');
  size_t len = hash ? (size_t)(hash - iri) : slash ? (size_t)(slash - iri) + 1 : 0;
  if (!len)
    return SKG_OK;
  char *ns = strndup(iri, len);
  skg_status st = ns ? iri_counts_add(vocabularies, ns, 0) : SKG_ERR_NOMEM;
  free(ns);
  return st;
}

/* The dataset's IRI into `out`: {base}dataset/ and a hash of its graphs' IRIs, in order. */
static skg_status
dataset_iri(const skg_void_counts *c, skg_buf *out)
{
  skg_buf key;
  skg_buf_init(&key, 0);
  skg_status st = SKG_OK;
  for (size_t i = 0; i < c->graphs.count && !st; ++i)
    st = skg_buf_printf(&key, "%s\n", c->graphs.items[i].iri);
  char hex[65];
  skg_sha256_hex(key.data, key.len, hex);
  skg_buf_release(&key);
  return st ? st : skg_buf_printf(out, "%sdataset/%.16s", c->ctx->base, hex);
}

/* Is `iri` absolute (a scheme, then ':')? */
static int
is_absolute(const char *iri)
{
  size_t n = strspn(iri, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
  return n > 0 && iri[n] == ':' && iri[n + 1] && !strpbrk(iri, " <>\"{}|\\^`");
}

static void
describe_distributions(builder *b, const char *d, const char *license, const skg_void_options *opt)
{
  skg_buf dist, service;
  skg_buf_init(&dist, 0);
  skg_buf_init(&service, 0);
  if (skg_buf_printf(&dist, "%s/distribution/nquads", d) || skg_buf_printf(&service, "%s/service/sparql", d))
    b->st = SKG_ERR_NOMEM;
  add_iri(b, d, DCAT "distribution", dist.data);
  add_iri(b, dist.data, RDF_TYPE, DCAT "Distribution");
  add_literal(b, dist.data, DCT "title", "N-Quads, one named graph per report", NULL);
  add_iri(b, dist.data, DCAT "mediaType", NQUADS_TYPE);
  add_iri(b, dist.data, DCT "license", license);
  if (opt->download) {
    add_iri(b, dist.data, DCAT "downloadURL", opt->download);
    add_iri(b, d, VOID "dataDump", opt->download);
  }
  if (opt->endpoint) {
    /* DCAT 2: a distribution reached through a data service */
    skg_buf_clear(&dist);
    if (skg_buf_printf(&dist, "%s/distribution/sparql", d))
      b->st = SKG_ERR_NOMEM;
    add_iri(b, d, VOID "sparqlEndpoint", opt->endpoint);
    add_iri(b, d, DCAT "distribution", dist.data);
    add_iri(b, dist.data, RDF_TYPE, DCAT "Distribution");
    add_literal(b, dist.data, DCT "title", "SPARQL endpoint", NULL);
    add_iri(b, dist.data, DCAT "accessURL", opt->endpoint);
    add_iri(b, dist.data, DCAT "accessService", service.data);
    add_iri(b, dist.data, DCT "license", license);
    add_iri(b, service.data, RDF_TYPE, DCAT "DataService");
    add_iri(b, service.data, DCAT "endpointURL", opt->endpoint);
    add_iri(b, service.data, DCAT "servesDataset", d);
    add_iri(b, service.data, DCT "conformsTo", "https://www.w3.org/TR/sparql11-protocol/");
  }
  skg_buf_release(&dist);
  skg_buf_release(&service);
}

/* A partition of `d` for each item of `ic`: void:class and void:entities, or
   void:property and void:triples. */
static void
describe_partitions(builder *b, const char *d, const iri_counts *ic, int classes)
{
  skg_buf prefix;
  skg_buf_init(&prefix, 0);
  if (skg_buf_printf(&prefix, "%s/%s/", d, classes ? "class" : "property"))
    b->st = SKG_ERR_NOMEM;
  for (size_t i = 0; i < ic->count && !b->st; ++i) {
    const char *part = hash_iri(b, prefix.data, ic->items[i].iri);
    add_iri(b, d, classes ? VOID "classPartition" : VOID "propertyPartition", part);
    add_iri(b, part, classes ? VOID "class" : VOID "property", ic->items[i].iri);
    add_count(b, part, classes ? VOID "entities" : VOID "triples", ic->items[i].n);
  }
  skg_buf_release(&prefix);
}

skg_status
skg_void_build(skg_void_counts *c, const skg_void_options *opt, skg_graph *out)
{
  static const skg_void_options defaults = {NULL, NULL, NULL, NULL};
  if (!opt)
    opt = &defaults;
  const char *license = opt->license ? opt->license : SKG_VOID_DEFAULT_LICENSE;
  const struct { const char *what, *iri; } iris[] = {
    {"--license", license}, {"--endpoint", opt->endpoint}, {"--download", opt->download}};
  for (size_t i = 0; i < sizeof iris / sizeof *iris; ++i)
    if (iris[i].iri && !is_absolute(iris[i].iri))
      return skg_err(c->ctx, SKG_ERR_BAD_ARG, "%s needs an absolute IRI, not '%s'", iris[i].what,
                     iris[i].iri);

  builder b = {c->ctx, out, SKG_OK, {0}};
  skg_buf_init(&b.iri, 0);
  skg_buf d;
  skg_buf_init(&d, 0);
  iri_counts vocabularies = {0};
  b.st = dataset_iri(c, &d);
  for (size_t i = 0; i < c->properties.count && !b.st; ++i)
    b.st = add_vocabulary(&vocabularies, c->properties.items[i].iri);
  for (size_t i = 0; i < c->classes.count && !b.st; ++i)
    b.st = add_vocabulary(&vocabularies, c->classes.items[i].iri);

  add_iri(&b, d.data, RDF_TYPE, VOID "Dataset");
  add_iri(&b, d.data, RDF_TYPE, DCAT "Dataset");
  add_literal(&b, d.data, DCT "title", opt->title ? opt->title : SKG_VOID_DEFAULT_TITLE, NULL);
  add_literal(&b, d.data, DCT "description",
              "Facts about multilateral summit meetings (summit, organization, dates, places, chair, "
              "attendees and whom they represent, declarations, accessions, presidency) read from "
              "English reports by summitkg, each fact with the report, sentence and span it came "
              "from; one named graph per report.", NULL);
  add_iri(&b, d.data, DCT "license", license);
  add_iri(&b, d.data, DCT "conformsTo", "https://w3id.org/summitkg/ontology");
  add_literal(&b, d.data, VOID "uriSpace", c->ctx->base, NULL);
  add_iri(&b, d.data, VOID "feature", "http://www.w3.org/ns/formats/N-Quads");
  add_count(&b, d.data, VOID "triples", c->triples.count);
  add_count(&b, d.data, VOID "entities", c->entities);
  add_count(&b, d.data, VOID "distinctSubjects", c->subjects.count);
  add_count(&b, d.data, VOID "distinctObjects", c->objects.count);
  add_count(&b, d.data, VOID "properties", c->properties.count);
  add_count(&b, d.data, VOID "classes", c->classes.count);
  for (size_t i = 0; i < vocabularies.count; ++i)
    add_iri(&b, d.data, VOID "vocabulary", vocabularies.items[i].iri);
  describe_distributions(&b, d.data, license, opt);
  describe_partitions(&b, d.data, &c->classes, 1);
  describe_partitions(&b, d.data, &c->properties, 0);

  iri_counts_release(&vocabularies);
  skg_buf_release(&d);
  skg_buf_release(&b.iri);
  return b.st ? skg_err(c->ctx, b.st, "cannot describe the dataset: %s", skg_status_string(b.st)) : SKG_OK;
}

static skg_status
count_graph(void *data, const skg_graph *g)
{
  skg_void_counts *c = data;
  skg_status st = skg_void_count(c, g);
  return st ? skg_err(c->ctx, st, "cannot count the store: %s", skg_status_string(st)) : SKG_OK;
}

skg_status
skg_void_describe(skg_ctx *ctx, skg_store *store, const skg_void_options *opt, skg_writer *w)
{
  skg_void_counts *c = skg_void_counts_new(ctx);
  if (!c)
    return skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
  skg_graph g;
  skg_graph_init(&g);
  skg_status st = skg_store_each_graph(store, count_graph, c);
  if (!st && (skg_writer_add_prefix(w, "void", VOID) || skg_writer_add_prefix(w, "dcat", DCAT)))
    st = skg_err(ctx, SKG_ERR_BAD_ARG, "cannot declare the void: and dcat: prefixes");
  if (!st)
    st = skg_void_build(c, opt, &g);
  skg_void_counts_free(c);
  if (!st)
    st = skg_writer_write_graph(w, &g);
  skg_graph_release(&g);
  return st;
}
