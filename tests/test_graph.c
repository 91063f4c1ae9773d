/* test_graph.c - one report's statements: IRIs only (no blank nodes), all in
   the report's graph, deterministic, under the chosen base, with evidence
   offsets in code points; and the slug and hash helpers they are made of. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "test_fixture.h"

#include "graph.h"

#define OA "http://www.w3.org/ns/oa#"

/* A report taken through every stage to its graph. */
typedef struct {
  skg_doc      doc;
  skg_analysis an;
  skg_people   people;
  skg_graph    g;
} built;

/* The "é" of "Dembélé" (two bytes, one code point) comes before every fact
   but the first summit naming. */
static const char report_text[] =
  " date 2025-05-14 President Jomo-Kai Demb\xC3\xA9l\xC3\xA9 of Senegal attended the 12th "
  "meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) "
  "held in Bishkek on May 14, 2025. The meeting was chaired by President Tomas Verlo of "
  "Kyrgyzstan.\n";

static void
build(skg_ctx *ctx, const char *in, built *b)
{
  memset(b, 0, sizeof *b);
  skg_doc_init(&b->doc, "report.txt");
  assert_int_equal(skg_reader_load_memory(ctx, in, strlen(in), &b->doc), SKG_OK);
  skg_analysis_init(&b->an, ctx, &b->doc);
  assert_int_equal(skg_extract(&b->an), SKG_OK);
  assert_int_equal(skg_resolve(&b->an, &b->people), SKG_OK);
  skg_graph_init(&b->g);
  assert_int_equal(skg_graph_build(ctx, &b->an, &b->people, &b->g), SKG_OK);
}

static void
release(built *b)
{
  skg_graph_release(&b->g);
  skg_people_release(&b->people);
  skg_analysis_release(&b->an);
  skg_doc_release(&b->doc);
}

static const char *
iri_of(const raptor_term *t)
{
  assert_non_null(t);
  assert_int_equal(t->type, RAPTOR_TERM_TYPE_URI);
  return (const char *)raptor_uri_as_string(t->value.uri);
}

static int
is_iri(const raptor_term *t, const char *iri)
{
  return t && t->type == RAPTOR_TERM_TYPE_URI && !strcmp(iri_of(t), iri);
}

/* Is there a statement whose subject IRI starts with `prefix`? */
static int
has_subject_prefix(const skg_graph *g, const char *prefix)
{
  for (size_t i = 0; i < g->count; ++i) {
    const raptor_term *s = g->items[i]->subject;
    if (s->type == RAPTOR_TERM_TYPE_URI && !strncmp(iri_of(s), prefix, strlen(prefix)))
      return 1;
  }
  return 0;
}

/* The integer object of (subject, predicate), or -1. */
static long
int_object(const skg_graph *g, const raptor_term *subject, const char *predicate)
{
  for (size_t i = 0; i < g->count; ++i) {
    const raptor_statement *st = g->items[i];
    if (raptor_term_equals(st->subject, (raptor_term *)subject) && is_iri(st->predicate, predicate)) {
      assert_int_equal(st->object->type, RAPTOR_TERM_TYPE_LITERAL);
      return strtol((const char *)st->object->value.literal.string, NULL, 10);
    }
  }
  return -1;
}

static void
test_no_blank_nodes(void **state)
{
  built b;
  build(*state, report_text, &b);
  assert_true(b.g.count > 20);
  for (size_t i = 0; i < b.g.count; ++i) {
    const raptor_statement *st = b.g.items[i];
    assert_int_equal(st->subject->type, RAPTOR_TERM_TYPE_URI);
    assert_int_equal(st->predicate->type, RAPTOR_TERM_TYPE_URI);
    assert_true(st->object->type == RAPTOR_TERM_TYPE_URI ||
                st->object->type == RAPTOR_TERM_TYPE_LITERAL);
  }
  release(&b);
}

static void
test_every_statement_in_report_graph(void **state)
{
  built b;
  build(*state, report_text, &b);
  char want[200];
  snprintf(want, sizeof want, "%sreport/%s", SKG_DEFAULT_BASE, b.doc.sha256);
  assert_string_equal(b.g.report_iri, want);
  for (size_t i = 0; i < b.g.count; ++i)
    assert_true(is_iri(b.g.items[i]->graph, b.g.report_iri));
  release(&b);
}

static void
test_statements_sorted_without_duplicates(void **state)
{
  built b;
  build(*state, report_text, &b);
  for (size_t i = 1; i < b.g.count; ++i)
    assert_true(raptor_statement_compare(b.g.items[i - 1], b.g.items[i]) < 0);
  release(&b);
}

static void
test_build_twice_gives_same_statements(void **state)
{
  built a, b;
  build(*state, report_text, &a);
  build(*state, report_text, &b);
  assert_int_equal(a.g.count, b.g.count);
  for (size_t i = 0; i < a.g.count; ++i)
    assert_true(raptor_statement_equals(a.g.items[i], b.g.items[i]));
  /* and once more from the same analysis */
  skg_graph again;
  skg_graph_init(&again);
  assert_int_equal(skg_graph_build(*state, &a.an, &a.people, &again), SKG_OK);
  assert_int_equal(again.count, a.g.count);
  for (size_t i = 0; i < a.g.count; ++i)
    assert_true(raptor_statement_equals(a.g.items[i], again.items[i]));
  skg_graph_release(&again);
  release(&a);
  release(&b);
}

static void
test_person_iri_is_base_person_slug(void **state)
{
  built b;
  build(*state, report_text, &b);
  assert_true(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "person/jomo-kai-dembele"));
  assert_true(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "person/tomas-verlo"));
  release(&b);
}

/* Is there (subject, predicate, "value")? */
static int
has_literal(const skg_graph *g, const char *subject, const char *predicate, const char *value)
{
  for (size_t i = 0; i < g->count; ++i) {
    const raptor_statement *st = g->items[i];
    if (is_iri(st->subject, subject) && is_iri(st->predicate, predicate) &&
        st->object->type == RAPTOR_TERM_TYPE_LITERAL &&
        !strcmp((const char *)st->object->value.literal.string, value))
      return 1;
  }
  return 0;
}

#define ALT_LABEL "http://www.w3.org/2004/02/skos/core#altLabel"

static void
test_person_iri_folds_spellings(void **state)
{
  static const char in[] =
    " date 2025-05-14 President Aleksandr Voronov of Belarus attended the 12th meeting of the "
    "Council of Heads of State of the Shanghai Cooperation Organization (SCO) held in Bishkek. "
    "President Alexander Voronov of Belarus and President Sadyr Zhaparov of Kyrgyzstan spoke.\n";
  built b;
  build(*state, in, &b);
  const char *voronov = SKG_DEFAULT_BASE "person/alexander-voronov";
  assert_true(has_subject_prefix(&b.g, voronov));
  assert_false(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "person/aleksandr-voronov"));
  assert_true(has_literal(&b.g, voronov, ALT_LABEL, "Alexander Voronov"));
  assert_true(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "person/sadyr-japarov"));
  release(&b);
}

static const char prado_text[] =
  " date 2025-05-14 Brazilian President Joao Mendes Prado da Costa was in Bishkek. The 12th meeting "
  "of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) was held in "
  "Bishkek. The meeting was also attended by %s Prado.\n";

static void
test_short_form_joins_full_name_of_report(void **state)
{
  char in[512];
  snprintf(in, sizeof in, prado_text, "President");
  built b;
  build(*state, in, &b);
  const char *prado = SKG_DEFAULT_BASE "person/joao-mendes-prado-da-costa";
  assert_true(has_literal(&b.g, prado, ALT_LABEL, "Prado"));
  assert_false(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "person/prado"));
  release(&b);
}

static void
test_short_form_of_other_country_stays_apart(void **state)
{
  char in[512];
  snprintf(in, sizeof in, prado_text, "Portuguese President");
  built b;
  build(*state, in, &b);
  assert_true(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "person/prado"));
  assert_false(has_literal(&b.g, SKG_DEFAULT_BASE "person/joao-mendes-prado-da-costa", ALT_LABEL, "Prado"));
  release(&b);
}

/* No edition, no date, no report date: the organization and the host city,
   the same in every report of it; never the report's own IRI. */
static void
test_undated_summit_is_organization_and_city(void **state)
{
  static const char in[] =
    "A meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) "
    "was held in Bishkek. It was chaired by President Tomas Verlo of Kyrgyzstan.\n";
  built b;
  build(*state, in, &b);
  assert_true(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "summit/sco/undated-bishkek"));
  assert_false(has_subject_prefix(&b.g, SKG_DEFAULT_BASE "summit/sco/report-"));
  release(&b);
}

/* A city's other names in the table are its altLabels ("New York" of "New
   York City"); its label is not repeated as one. */
static void
test_city_other_names_are_alt_labels(void **state)
{
  static const char in[] = "The 13th BRICS summit was held in New York. It was chaired by President "
                           "Tomas Verlo of Kyrgyzstan.\n";
  built b;
  build(*state, in, &b);
  const char *city = SKG_DEFAULT_BASE "city/new-york-city";
  assert_true(has_literal(&b.g, city, ALT_LABEL, "New York"));
  assert_false(has_literal(&b.g, city, ALT_LABEL, "New York City"));
  release(&b);
}

static void
test_base_is_honoured(void **state)
{
  skg_ctx *ctx = *state;
  assert_int_equal(skg_ctx_set_base(ctx, "http://example.org/kg"), SKG_OK);
  built b;
  build(ctx, report_text, &b);
  int ok_report = !strncmp(b.g.report_iri, "http://example.org/kg/report/", 29);
  int ok_person = has_subject_prefix(&b.g, "http://example.org/kg/person/tomas-verlo");
  int leaked = has_subject_prefix(&b.g, SKG_DEFAULT_BASE);
  release(&b);
  assert_int_equal(skg_ctx_set_base(ctx, SKG_DEFAULT_BASE), SKG_OK);
  assert_true(ok_report);
  assert_true(ok_person);
  assert_false(leaked);
}

static void
test_set_base_appends_slash_and_keeps_hash(void **state)
{
  skg_ctx *ctx = *state;
  assert_int_equal(skg_ctx_set_base(ctx, "http://example.org/kg"), SKG_OK);
  assert_string_equal(ctx->base, "http://example.org/kg/");
  assert_int_equal(skg_ctx_set_base(ctx, "urn:x-summits:id#"), SKG_OK);
  assert_string_equal(ctx->base, "urn:x-summits:id#");
  assert_int_equal(skg_ctx_set_base(ctx, SKG_DEFAULT_BASE), SKG_OK);
  assert_string_equal(ctx->base, SKG_DEFAULT_BASE);
}

static void
test_set_base_refuses_non_iri(void **state)
{
  skg_ctx *ctx = *state;
  assert_int_equal(skg_ctx_set_base(ctx, "example.org/kg"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_ctx_set_base(ctx, "not an iri"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_ctx_set_base(ctx, "http://example.org/a b"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_ctx_set_base(ctx, "http://example.org/<kg>"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_ctx_set_base(ctx, "http:"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_ctx_set_base(ctx, ""), SKG_ERR_BAD_ARG);
  assert_string_equal(ctx->base, SKG_DEFAULT_BASE); /* unchanged */
}

static void
test_evidence_offsets_are_code_points(void **state)
{
  built b;
  build(*state, report_text, &b);
  size_t selectors = 0, shifted = 0;
  for (size_t i = 0; i < b.g.count; ++i) {
    const raptor_statement *st = b.g.items[i];
    if (!is_iri(st->predicate, SKG_NS "byteStart"))
      continue;
    ++selectors;
    long bytes = strtol((const char *)st->object->value.literal.string, NULL, 10);
    long cps = int_object(&b.g, st->subject, OA "start");
    long byte_end = int_object(&b.g, st->subject, SKG_NS "byteEnd");
    long cp_end = int_object(&b.g, st->subject, OA "end");
    assert_true(cps >= 0 && cp_end >= cps && byte_end >= bytes);
    assert_int_equal(cps, (long)skg_utf8_count(b.doc.text.data, (size_t)bytes));
    assert_int_equal(cp_end, (long)skg_utf8_count(b.doc.text.data, (size_t)byte_end));
    assert_true(cps <= bytes);
    /* "é" twice before it: two bytes more than code points */
    if (bytes > (long)(strstr(b.doc.text.data, "of Senegal") - b.doc.text.data)) {
      assert_int_equal(bytes - cps, 2);
      ++shifted;
    }
  }
  assert_true(selectors > 0);
  assert_true(shifted > 0);
  release(&b);
}

static void
test_report_node_has_hash_and_date(void **state)
{
  built b;
  build(*state, report_text, &b);
  int sha = 0, date = 0;
  for (size_t i = 0; i < b.g.count; ++i) {
    const raptor_statement *st = b.g.items[i];
    if (!is_iri(st->subject, b.g.report_iri))
      continue;
    if (is_iri(st->predicate, SKG_NS "sha256"))
      sha = !strcmp((const char *)st->object->value.literal.string, b.doc.sha256);
    if (is_iri(st->predicate, "http://purl.org/dc/terms/date"))
      date = !strcmp((const char *)st->object->value.literal.string, "2025-05-14");
  }
  assert_true(sha);
  assert_true(date);
  release(&b);
}

/* ---- helpers from skg.h -------------------------------------------------- */

static void
slug(const char *text, const char *want)
{
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_slug_append(&b, text, strlen(text)), SKG_OK);
  assert_string_equal(b.data, want);
  skg_buf_release(&b);
}

static void
test_slug_lowercases_and_joins_with_dashes(void **state)
{
  (void)state;
  slug("Kassym-Jomart Tokayev", "kassym-jomart-tokayev");
  slug("  Tomas   Verlo  ", "tomas-verlo");
  slug("SCO (Summit) 2025", "sco-summit-2025");
  slug("", "");
  slug("!!!", "");
}

static void
test_slug_folds_diacritics(void **state)
{
  (void)state;
  slug("Recep Tayyip Erdo\xC4\x9F" "an", "recep-tayyip-erdogan");
  slug("Jomo-Kai Demb\xC3\xA9l\xC3\xA9", "jomo-kai-dembele");
  slug("\xC5\xA0t\xC4\x9Bp\xC3\xA1n Nov\xC3\xA1k", "stepan-novak");
}

static void
test_slug_apostrophe_joins_words(void **state)
{
  (void)state;
  slug("Cote d'Ivoire", "cote-divoire");
  slug("C\xC3\xB4te d\xE2\x80\x99Ivoire", "cote-divoire");
}

static void
test_slug_appends_to_buffer(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_buf_puts(&b, "person/"), SKG_OK);
  assert_int_equal(skg_slug_append(&b, "Amara Diallo", 12), SKG_OK);
  assert_string_equal(b.data, "person/amara-diallo");
  skg_buf_release(&b);
}

static void
test_sha256_hex_known_values(void **state)
{
  (void)state;
  char out[65];
  skg_sha256_hex("abc", 3, out);
  assert_string_equal(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  skg_sha256_hex("", 0, out);
  assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_no_blank_nodes),
    cmocka_unit_test(test_every_statement_in_report_graph),
    cmocka_unit_test(test_statements_sorted_without_duplicates),
    cmocka_unit_test(test_build_twice_gives_same_statements),
    cmocka_unit_test(test_person_iri_is_base_person_slug),
    cmocka_unit_test(test_base_is_honoured),
    cmocka_unit_test(test_set_base_appends_slash_and_keeps_hash),
    cmocka_unit_test(test_set_base_refuses_non_iri),
    cmocka_unit_test(test_evidence_offsets_are_code_points),
    cmocka_unit_test(test_report_node_has_hash_and_date),
    cmocka_unit_test(test_slug_lowercases_and_joins_with_dashes),
    cmocka_unit_test(test_slug_folds_diacritics),
    cmocka_unit_test(test_slug_apostrophe_joins_words),
    cmocka_unit_test(test_slug_appends_to_buffer),
    cmocka_unit_test(test_sha256_hex_known_values),
    cmocka_unit_test(test_person_iri_folds_spellings),
    cmocka_unit_test(test_short_form_joins_full_name_of_report),
    cmocka_unit_test(test_short_form_of_other_country_stays_apart),
    cmocka_unit_test(test_undated_summit_is_organization_and_city),
    cmocka_unit_test(test_city_other_names_are_alt_labels),
  };
  return cmocka_run_group_tests(tests, ctx_setup, ctx_teardown);
}
