/* test_publish.c - the publishing stage: the views of view.c (a view only leaves
   statements out; the summit view keeps a summit's facts and the names of what they
   name) and the counts and description of void.c (a triple counts once in whatever
   graphs it stands, the dataset's IRI comes from its graphs, not their order).
   Graphs are made here statement by statement, small enough to read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "test_fixture.h"

#include "view.h"
#include "void.h"

#define ID SKG_DEFAULT_BASE
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define VOID "http://rdfs.org/ns/void#"

static raptor_term *
term(skg_ctx *ctx, const char *text)
{
  /* "..." is a literal, anything else an IRI */
  raptor_term *t = text[0] == '"'
                     ? raptor_new_term_from_counted_literal(ctx->raptor, (const unsigned char *)text + 1,
                                                            strlen(text) - 2, NULL, NULL, 0)
                     : raptor_new_term_from_uri_string(ctx->raptor, (const unsigned char *)text);
  assert_non_null(t);
  return t;
}

/* Append s p o in graph `graph` (NULL: none) to g. */
static void
add(skg_ctx *ctx, skg_graph *g, const char *s, const char *p, const char *o, const char *graph)
{
  raptor_term *g_term = graph ? term(ctx, graph) : NULL;
  raptor_statement *st =
    raptor_new_statement_from_nodes(ctx->raptor, term(ctx, s), term(ctx, p), term(ctx, o), g_term);
  assert_non_null(st);
  assert_int_equal(skg_graph_append(g, st), SKG_OK);
}

/* Is s p o (o as term() reads it) in g? */
static int
has(skg_ctx *ctx, const skg_graph *g, const char *s, const char *p, const char *o)
{
  raptor_term *ts = term(ctx, s), *tp = term(ctx, p), *to = term(ctx, o);
  int found = 0;
  for (size_t i = 0; i < g->count && !found; ++i)
    found = raptor_term_equals(g->items[i]->subject, ts) && raptor_term_equals(g->items[i]->predicate, tp) &&
            raptor_term_equals(g->items[i]->object, to);
  raptor_free_term(ts);
  raptor_free_term(tp);
  raptor_free_term(to);
  return found;
}

/* The subject of the one statement s rdf:type `type`, as a string (static). */
static const char *
subject_of_type(const skg_graph *g, const char *type)
{
  static char iri[512];
  iri[0] = '\0';
  for (size_t i = 0; i < g->count; ++i) {
    const raptor_statement *st = g->items[i];
    if (!strcmp((const char *)raptor_uri_as_string(st->predicate->value.uri), RDF_TYPE) &&
        !strcmp((const char *)raptor_uri_as_string(st->object->value.uri), type)) {
      assert_string_equal(iri, "");
      snprintf(iri, sizeof iri, "%s", raptor_uri_as_string(st->subject->value.uri));
    }
  }
  return iri;
}

/* A report's graph: a summit with a chair who attended, one planned participation,
   and evidence for the chair. */
static void
summit_graph(skg_ctx *ctx, skg_graph *g)
{
  const char *r = ID "report/1";
  add(ctx, g, ID "summit/sco/24", RDF_TYPE, SKG_NS "Summit", r);
  add(ctx, g, ID "summit/sco/24", RDFS_LABEL, "\"SCO summit no. 24\"", r);
  add(ctx, g, ID "summit/sco/24", SKG_NS "chair", ID "person/a", r);
  add(ctx, g, ID "summit/sco/24", SKG_NS "participation", ID "participation/1", r);
  add(ctx, g, ID "summit/sco/24", SKG_NS "participation", ID "participation/2", r);
  add(ctx, g, ID "participation/1", SKG_NS "participant", ID "person/a", r);
  add(ctx, g, ID "participation/1", SKG_NS "attendance", SKG_NS "Attended", r);
  add(ctx, g, ID "participation/2", SKG_NS "participant", ID "person/b", r);
  add(ctx, g, ID "participation/2", SKG_NS "attendance", SKG_NS "Planned", r);
  add(ctx, g, ID "person/a", RDF_TYPE, SKG_NS "Person", r);
  add(ctx, g, ID "person/a", RDFS_LABEL, "\"A\"", r);
  add(ctx, g, ID "person/b", RDFS_LABEL, "\"B\"", r);
  add(ctx, g, ID "person/c", RDFS_LABEL, "\"C, named nowhere in the summit's facts\"", r);
  add(ctx, g, ID "evidence/1", RDF_TYPE, SKG_NS "Evidence", r);
  add(ctx, g, ID "evidence/1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", ID "summit/sco/24", r);
  add(ctx, g, ID "evidence/1", SKG_NS "rule", "\"chair.chaired-by\"", r);
  add(ctx, g, r, RDF_TYPE, SKG_NS "Report", r);
}

/* ---- view.c -------------------------------------------------------------------------- */

/* summit_graph() into g, its summit view into v; release both. */
static void
summit_view(skg_ctx *ctx, skg_graph *g, skg_graph *v)
{
  skg_graph_init(g);
  skg_graph_init(v);
  summit_graph(ctx, g);
  assert_int_equal(skg_view_build(SKG_VIEW_SUMMIT, g, v), SKG_OK);
}

static void
test_summit_view_keeps_facts_and_names(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g, v;
  summit_view(ctx, &g, &v);
  assert_true(has(ctx, &v, ID "summit/sco/24", SKG_NS "chair", ID "person/a"));
  assert_true(has(ctx, &v, ID "summit/sco/24", RDFS_LABEL, "\"SCO summit no. 24\""));
  assert_true(has(ctx, &v, ID "participation/2", SKG_NS "participant", ID "person/b"));
  assert_true(has(ctx, &v, ID "participation/2", SKG_NS "attendance", SKG_NS "Planned"));
  assert_true(has(ctx, &v, ID "person/a", RDFS_LABEL, "\"A\""));
  assert_true(has(ctx, &v, ID "person/b", RDFS_LABEL, "\"B\""));
  assert_int_equal(v.count, 9);
  skg_graph_release(&v);
  skg_graph_release(&g);
}

static void
test_summit_view_leaves_out_evidence_types_and_attended(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g, v;
  summit_view(ctx, &g, &v);
  for (size_t i = 0; i < v.count; ++i) {
    const char *s = (const char *)raptor_uri_as_string(v.items[i]->subject->value.uri);
    const char *p = (const char *)raptor_uri_as_string(v.items[i]->predicate->value.uri);
    assert_null(strstr(s, "evidence/"));
    assert_null(strstr(s, "report/"));
    assert_string_not_equal(p, RDF_TYPE);
  }
  assert_false(has(ctx, &v, ID "participation/1", SKG_NS "attendance", SKG_NS "Attended"));
  assert_false(has(ctx, &v, ID "person/c", RDFS_LABEL, "\"C, named nowhere in the summit's facts\""));
  skg_graph_release(&v);
  skg_graph_release(&g);
}

static void
test_view_shares_statements_and_full_keeps_all(void **state)
{
  skg_graph g, v;
  skg_graph_init(&g);
  skg_graph_init(&v);
  summit_graph(*state, &g);
  assert_int_equal(skg_view_build(SKG_VIEW_FULL, &g, &v), SKG_OK);
  assert_int_equal(v.count, g.count);
  assert_ptr_equal(v.items[0], g.items[0]); /* a reference, not a copy */
  skg_graph_release(&g);                     /* v's references outlive g */
  assert_non_null(raptor_uri_as_string(v.items[0]->subject->value.uri));
  skg_graph_release(&v);
}

static void
test_view_names(void **state)
{
  (void)state;
  skg_view v = SKG_VIEW_FULL;
  assert_int_equal(skg_view_from_name("summit", &v), SKG_OK);
  assert_int_equal(v, SKG_VIEW_SUMMIT);
  assert_int_equal(skg_view_from_name("full", &v), SKG_OK);
  assert_int_equal(v, SKG_VIEW_FULL);
  assert_int_equal(skg_view_from_name("Summit", &v), SKG_ERR_BAD_ARG);
}

/* ---- void.c -------------------------------------------------------------------------- */

/* Count `graphs` and build the description into `out`. */
static void
describe(skg_ctx *ctx, skg_graph *graphs, size_t n, const skg_void_options *opt, skg_graph *out)
{
  skg_void_counts *c = skg_void_counts_new(ctx);
  assert_non_null(c);
  for (size_t i = 0; i < n; ++i)
    assert_int_equal(skg_void_count(c, &graphs[i]), SKG_OK);
  assert_int_equal(skg_void_build(c, opt, out), SKG_OK);
  skg_void_counts_free(c);
}

/* The number `s` void:`what` N of `d`, or -1. */
static long
number(const skg_graph *d, const char *s, const char *what)
{
  char p[128];
  snprintf(p, sizeof p, VOID "%s", what);
  for (size_t i = 0; i < d->count; ++i) {
    const raptor_statement *st = d->items[i];
    if (!strcmp((const char *)raptor_uri_as_string(st->subject->value.uri), s) &&
        !strcmp((const char *)raptor_uri_as_string(st->predicate->value.uri), p)) {
      assert_string_equal(raptor_uri_as_string(st->object->value.literal.datatype),
                          "http://www.w3.org/2001/XMLSchema#integer");
      return strtol((const char *)st->object->value.literal.string, NULL, 10);
    }
  }
  return -1;
}

/* The number the dataset of `d` gives for void:`what`, or -1. */
static long
figure(const skg_graph *d, const char *what)
{
  char dataset[512];
  snprintf(dataset, sizeof dataset, "%s", subject_of_type(d, VOID "Dataset"));
  return number(d, dataset, what);
}

static void
two_graphs(skg_ctx *ctx, skg_graph g[2], int swapped)
{
  const char *r1 = swapped ? ID "report/2" : ID "report/1", *r2 = swapped ? ID "report/1" : ID "report/2";
  skg_graph_init(&g[0]);
  skg_graph_init(&g[1]);
  add(ctx, &g[0], ID "summit/sco/24", RDF_TYPE, SKG_NS "Summit", r1);
  add(ctx, &g[0], ID "summit/sco/24", SKG_NS "chair", ID "person/a", r1);
  /* the same two triples again in the other graph, and one more */
  add(ctx, &g[1], ID "summit/sco/24", RDF_TYPE, SKG_NS "Summit", r2);
  add(ctx, &g[1], ID "summit/sco/24", SKG_NS "chair", ID "person/a", r2);
  add(ctx, &g[1], ID "person/a", RDFS_LABEL, "\"A\"", r2);
  add(ctx, &g[1], "http://example.org/elsewhere", RDFS_LABEL, "\"A\"", r2);
}

static void
test_a_triple_counts_once_in_any_number_of_graphs(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g[2], d;
  two_graphs(ctx, g, 0);
  skg_graph_init(&d);
  describe(ctx, g, 2, NULL, &d);
  assert_int_equal(figure(&d, "triples"), 4);
  assert_int_equal(figure(&d, "distinctSubjects"), 3);
  assert_int_equal(figure(&d, "entities"), 2); /* subjects under the base */
  assert_int_equal(figure(&d, "distinctObjects"), 3);
  assert_int_equal(figure(&d, "properties"), 3);
  assert_int_equal(figure(&d, "classes"), 1);
  const char *summit_partition = NULL;
  for (size_t i = 0; i < d.count; ++i)
    if (!strcmp((const char *)raptor_uri_as_string(d.items[i]->predicate->value.uri), VOID "class"))
      summit_partition = (const char *)raptor_uri_as_string(d.items[i]->subject->value.uri);
  assert_non_null(summit_partition);
  assert_true(has(ctx, &d, summit_partition, VOID "class", SKG_NS "Summit"));
  assert_int_equal(number(&d, summit_partition, "entities"), 1);
  skg_graph_release(&d);
  skg_graph_release(&g[0]);
  skg_graph_release(&g[1]);
}

static void
test_dataset_iri_from_graphs_not_their_order(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g[2], h[2], d1, d2, d3;
  two_graphs(ctx, g, 0);
  two_graphs(ctx, h, 1);
  skg_graph_init(&d1);
  skg_graph_init(&d2);
  skg_graph_init(&d3);
  describe(ctx, g, 2, NULL, &d1);
  describe(ctx, h, 2, NULL, &d2);
  describe(ctx, g, 1, NULL, &d3);
  char iri[512];
  snprintf(iri, sizeof iri, "%s", subject_of_type(&d1, VOID "Dataset"));
  assert_int_equal(strncmp(iri, ID "dataset/", strlen(ID "dataset/")), 0);
  assert_int_equal(strlen(iri), strlen(ID "dataset/") + 16);
  assert_string_equal(subject_of_type(&d2, VOID "Dataset"), iri);
  assert_string_not_equal(subject_of_type(&d3, VOID "Dataset"), iri);
  assert_int_equal(d1.count, d2.count);
  for (size_t i = 0; i < d1.count; ++i) {
    assert_int_equal(raptor_statement_compare(d1.items[i], d2.items[i]), 0);
    assert_int_not_equal(d1.items[i]->subject->type, RAPTOR_TERM_TYPE_BLANK);
    assert_int_not_equal(d1.items[i]->object->type, RAPTOR_TERM_TYPE_BLANK);
    assert_null(d1.items[i]->graph);
  }
  for (int i = 0; i < 2; ++i) {
    skg_graph_release(&g[i]);
    skg_graph_release(&h[i]);
  }
  skg_graph_release(&d1);
  skg_graph_release(&d2);
  skg_graph_release(&d3);
}

static void
test_many_triples_grow_the_digest_sets(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g, d;
  skg_graph_init(&g);
  skg_graph_init(&d);
  char s[64], o[64];
  for (int i = 0; i < 5000; ++i) {
    snprintf(s, sizeof s, ID "thing/%d", i % 700);
    snprintf(o, sizeof o, "\"%d\"", i);
    add(ctx, &g, s, SKG_NS "index", o, ID "report/1");
    add(ctx, &g, s, SKG_NS "index", o, ID "report/1"); /* twice: counted once */
  }
  describe(ctx, &g, 1, NULL, &d);
  assert_int_equal(figure(&d, "triples"), 5000);
  assert_int_equal(figure(&d, "distinctSubjects"), 700);
  assert_int_equal(figure(&d, "distinctObjects"), 5000);
  skg_graph_release(&g);
  skg_graph_release(&d);
}

static void
test_options_appear_and_bad_iris_are_refused(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g[2], d;
  two_graphs(ctx, g, 0);
  skg_graph_init(&d);
  skg_void_options opt = {"Summits", "https://example.org/licence", "http://127.0.0.1:8890/sparql",
                          "https://example.org/d.nq"};
  describe(ctx, g, 2, &opt, &d);
  const char *dataset = subject_of_type(&d, VOID "Dataset");
  char ds[512];
  snprintf(ds, sizeof ds, "%s", dataset);
  assert_true(has(ctx, &d, ds, "http://purl.org/dc/terms/license", "https://example.org/licence"));
  assert_true(has(ctx, &d, ds, "http://purl.org/dc/terms/title", "\"Summits\""));
  assert_true(has(ctx, &d, ds, VOID "sparqlEndpoint", "http://127.0.0.1:8890/sparql"));
  assert_true(has(ctx, &d, ds, VOID "dataDump", "https://example.org/d.nq"));

  skg_void_options bad = {NULL, "not an IRI", NULL, NULL};
  skg_graph none;
  skg_graph_init(&none);
  skg_void_counts *c = skg_void_counts_new(ctx);
  assert_non_null(c);
  assert_int_equal(skg_void_build(c, &bad, &none), SKG_ERR_BAD_ARG);
  assert_int_equal(none.count, 0);
  skg_void_counts_free(c);
  skg_void_counts_free(NULL);
  skg_graph_release(&d);
  skg_graph_release(&g[0]);
  skg_graph_release(&g[1]);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_summit_view_keeps_facts_and_names),
    cmocka_unit_test(test_summit_view_leaves_out_evidence_types_and_attended),
    cmocka_unit_test(test_view_shares_statements_and_full_keeps_all),
    cmocka_unit_test(test_view_names),
    cmocka_unit_test(test_a_triple_counts_once_in_any_number_of_graphs),
    cmocka_unit_test(test_dataset_iri_from_graphs_not_their_order),
    cmocka_unit_test(test_many_triples_grow_the_digest_sets),
    cmocka_unit_test(test_options_appear_and_bad_iris_are_refused),
  };
  return cmocka_run_group_tests(tests, ctx_setup, ctx_teardown);
}
