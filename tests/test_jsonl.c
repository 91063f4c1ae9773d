/* test_jsonl.c - one JSON Lines record to a report: fields, their types,
   and the message for each way a record can be wrong. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "jsonl.h"
#include "test_recorder.h"

static skg_status
read_record(skg_ctx *ctx, const char *line, skg_doc *doc)
{
  memset(&seen, 0, sizeof seen);
  skg_doc_init(doc, "corpus.jsonl:1");
  return skg_jsonl_read_record(ctx, line, strlen(line), doc);
}

static void
test_record_fields_become_metadata(void **state)
{
  skg_doc doc;
  assert_int_equal(read_record(*state, "{\"id\": \"a-1\", \"url\": \"https://news.example/a1\", "
                                       "\"title\": \"Leaders meet\", \"date\": \"2025-02-09T10:00:00Z\", "
                                       "\"publisher\": \"Example Wire\", "
                                       "\"text\": \"The leaders met in Addis Ababa.\"}\n", &doc),
                   SKG_OK);
  assert_string_equal(doc.text.data, "The leaders met in Addis Ababa.");
  assert_string_equal(doc.identifier, "a-1");
  assert_string_equal(doc.source, "https://news.example/a1");
  assert_string_equal(doc.title, "Leaders meet");
  assert_string_equal(doc.publisher, "Example Wire");
  assert_int_equal(doc.date.year, 2025);
  assert_int_equal(doc.date.month, 2);
  assert_int_equal(doc.date.day, 9);
  assert_int_equal(seen.calls, 0);
  skg_doc_release(&doc);
}

static void
test_record_report_iri_hashes_the_text(void **state)
{
  skg_doc a, b;
  assert_int_equal(read_record(*state, "{\"id\": 1, \"text\": \"Same words.\"}", &a), SKG_OK);
  assert_int_equal(read_record(*state, "{\"id\": 2, \"text\": \"Same words.\"}", &b), SKG_OK);
  assert_string_equal(a.sha256, b.sha256);
  assert_string_equal(a.identifier, "1"); /* a number is an id too */
  skg_doc_release(&a);
  skg_doc_release(&b);
}

static void
test_record_fields_win_over_header_lines(void **state)
{
  skg_doc doc;
  assert_int_equal(read_record(*state, "{\"title\": \"From the corpus\", \"text\": "
                                       "\"Title: From the text\\nDate: 1 May 2020\\n\\nThe leaders met.\"}",
                               &doc), SKG_OK);
  assert_string_equal(doc.title, "From the corpus");
  assert_int_equal(doc.date.year, 2020); /* no "date" field: the header line's */
  skg_doc_release(&doc);
}

static void
test_record_html_text_is_reduced(void **state)
{
  skg_doc doc;
  assert_int_equal(read_record(*state, "{\"text\": \"<html><body><p>The leaders met.</p>"
                                       "<script>var x;</script></body></html>\"}", &doc), SKG_OK);
  assert_non_null(strstr(doc.text.data, "The leaders met."));
  assert_null(strstr(doc.text.data, "var x"));
  skg_doc_release(&doc);
}

static void
check_skipped(skg_ctx *ctx, const char *line, const char *message_part)
{
  skg_doc doc;
  assert_int_equal(read_record(ctx, line, &doc), SKG_SKIPPED);
  assert_int_equal(seen.calls, 1);
  if (!strstr(seen.msg, message_part))
    fail_msg("message '%s' lacks '%s'", seen.msg, message_part);
  skg_doc_release(&doc);
}

static void
test_broken_records_are_skipped_with_a_reason(void **state)
{
  check_skipped(*state, "{\"text\": \"unfinished", "not JSON");
  check_skipped(*state, "", "not JSON");
  check_skipped(*state, "[1, 2]", "not a JSON object");
  check_skipped(*state, "\"text\"", "not a JSON object");
  check_skipped(*state, "{\"id\": 3}", "no \"text\" field");
  check_skipped(*state, "{\"text\": null}", "no \"text\" field");
  check_skipped(*state, "{\"text\": 42}", "\"text\" field is not a string");
  check_skipped(*state, "{\"text\": \"x\", \"title\": [\"a\"]}", "\"title\" field is not a string");
  check_skipped(*state, "{\"text\": \"x\", \"id\": {\"a\": 1}}", "\"id\" field is not a string");
  check_skipped(*state, "{\"text\": \"x\", \"text\": \"y\"}", "not JSON"); /* duplicate key */
  check_skipped(*state, "{\"text\": \"  \\n \"}", "empty report");
}

static void
test_record_with_a_nul_escape_is_refused(void **state)
{
  skg_doc doc;
  /* jansson refuses \u0000 in strings unless asked: no NUL reaches the text */
  assert_int_equal(read_record(*state, "{\"text\": \"a\\u0000b\"}", &doc), SKG_SKIPPED);
  skg_doc_release(&doc);
}

static void
test_bad_date_field_is_ignored_with_a_note(void **state)
{
  skg_doc doc;
  assert_int_equal(read_record(*state, "{\"date\": \"yesterday\", \"text\": \"The leaders met.\"}", &doc),
                   SKG_OK);
  assert_int_equal(doc.date.year, 0);
  assert_int_equal(seen.calls, 1);
  assert_non_null(strstr(seen.msg, "is not a date"));
  skg_doc_release(&doc);
}

static void
test_corpus_names(void **state)
{
  (void)state;
  assert_true(skg_jsonl_is_corpus_name("news/2025.jsonl"));
  assert_true(skg_jsonl_is_corpus_name("a.ndjson"));
  assert_false(skg_jsonl_is_corpus_name("a.json"));
  assert_false(skg_jsonl_is_corpus_name("a.jsonl/report.txt"));
  assert_false(skg_jsonl_is_corpus_name("jsonl"));
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_record_fields_become_metadata),
    cmocka_unit_test(test_record_report_iri_hashes_the_text),
    cmocka_unit_test(test_record_fields_win_over_header_lines),
    cmocka_unit_test(test_record_html_text_is_reduced),
    cmocka_unit_test(test_broken_records_are_skipped_with_a_reason),
    cmocka_unit_test(test_record_with_a_nul_escape_is_refused),
    cmocka_unit_test(test_bad_date_field_is_ignored_with_a_note),
    cmocka_unit_test(test_corpus_names),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
