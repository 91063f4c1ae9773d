/* test_push.c - the push stage's pure parts: the Graph Store request URL,
   what an HTTP answer or a transport failure means, the one line a message
   quotes from a server's answer, journal lines; and the journal deciding
   what is sent, against a port where nothing listens (no server needed:
   tests/push.sh talks to a real Virtuoso). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "test_fixture.h"
#include <curl/curl.h>

#include "push.h"

/* ---- the URL ---- */

static void
test_url_percent_encodes_the_graph_iri(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_push_url(&b, "http://h:8890/sparql-graph-crud",
                                "https://w3id.org/summitkg/id/report/ab12"), SKG_OK);
  assert_string_equal(b.data, "http://h:8890/sparql-graph-crud?graph="
                              "https%3A%2F%2Fw3id.org%2Fsummitkg%2Fid%2Freport%2Fab12");
  skg_buf_release(&b);
}

static void
test_url_keeps_only_unreserved_bytes(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  /* space, '?', '&', '=', '#', '%', '+' and UTF-8 bytes all encoded; "-._~" kept */
  assert_int_equal(skg_push_url(&b, "http://h/s", "a b?x=1&y=2#f%+-._~\xC3\xA9"), SKG_OK);
  assert_string_equal(b.data, "http://h/s?graph=a%20b%3Fx%3D1%26y%3D2%23f%25%2B-._~%C3%A9");
  skg_buf_release(&b);
}

static void
test_url_appends_to_an_endpoint_with_a_query(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_push_url(&b, "http://h/ds/data?x=1", "urn:g"), SKG_OK);
  assert_string_equal(b.data, "http://h/ds/data?x=1&graph=urn%3Ag");
  skg_buf_release(&b);
}

/* ---- what an answer means ---- */

static void
test_classify_success_only_200_201_204(void **state)
{
  (void)state;
  assert_int_equal(skg_push_classify(CURLE_OK, 200), SKG_PUSH_DONE);
  assert_int_equal(skg_push_classify(CURLE_OK, 201), SKG_PUSH_DONE);
  assert_int_equal(skg_push_classify(CURLE_OK, 204), SKG_PUSH_DONE);
  /* accepted for later is not stored */
  assert_int_equal(skg_push_classify(CURLE_OK, 202), SKG_PUSH_REPORT_FAILED);
}

static void
test_classify_transient_failures_are_retried(void **state)
{
  (void)state;
  static const int codes[] = {CURLE_COULDNT_CONNECT, CURLE_OPERATION_TIMEDOUT, CURLE_GOT_NOTHING,
                              CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE};
  for (size_t i = 0; i < sizeof codes / sizeof *codes; ++i)
    assert_int_equal(skg_push_classify(codes[i], 0), SKG_PUSH_RETRY);
  static const long statuses[] = {408, 429, 500, 502, 503, 504};
  for (size_t i = 0; i < sizeof statuses / sizeof *statuses; ++i)
    assert_int_equal(skg_push_classify(CURLE_OK, statuses[i]), SKG_PUSH_RETRY);
}

static void
test_classify_endpoint_refusals_stop_the_run(void **state)
{
  (void)state;
  static const long statuses[] = {301, 302, 401, 403, 404, 405, 407, 501};
  for (size_t i = 0; i < sizeof statuses / sizeof *statuses; ++i)
    assert_int_equal(skg_push_classify(CURLE_OK, statuses[i]), SKG_PUSH_ENDPOINT_FAILED);
  assert_int_equal(skg_push_classify(CURLE_URL_MALFORMAT, 0), SKG_PUSH_ENDPOINT_FAILED);
  assert_int_equal(skg_push_classify(CURLE_PEER_FAILED_VERIFICATION, 0), SKG_PUSH_ENDPOINT_FAILED);
}

static void
test_classify_other_4xx_fail_the_report_only(void **state)
{
  (void)state;
  assert_int_equal(skg_push_classify(CURLE_OK, 400), SKG_PUSH_REPORT_FAILED);
  assert_int_equal(skg_push_classify(CURLE_OK, 413), SKG_PUSH_REPORT_FAILED);
  assert_int_equal(skg_push_classify(CURLE_OK, 415), SKG_PUSH_REPORT_FAILED);
}

/* ---- the line a message quotes ---- */

static const char *
gist(skg_buf *b, const char *body, size_t max)
{
  skg_buf_clear(b);
  assert_int_equal(skg_push_body_line(b, body, strlen(body), max), SKG_OK);
  return b->data;
}

static void
test_body_line_first_nonempty_line_of_text(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_string_equal(gist(&b, "\n\r\n  Error 400: Parse error:\tline 3 \nmore\n", 100),
                      "Error 400: Parse error: line 3");
  assert_string_equal(gist(&b, "", 100), "");
  assert_string_equal(gist(&b, "one line, no newline", 100), "one line, no newline");
  /* text, not HTML: angle brackets are kept */
  assert_string_equal(gist(&b, "bad IRI <a b>\n", 100), "bad IRI <a b>");
  skg_buf_release(&b);
}

static void
test_body_line_text_of_an_html_page(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  /* Virtuoso's 403 page, as it sends it */
  static const char page[] =
    "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html>\n <head>\n"
    "  <title>SPARQL Graph Protocol request failed</title>\n </head>\n <body>\n"
    "  <h1>HTTP/1.1 403 Forbidden</h1>\n  <h3>Error 42000</h3>\n<xmp>SQ110:SECURITY: Permission "
    "denied for delete from DB.DBA.RDF_QUAD (user ID = 107)</xmp></body></html>";
  assert_string_equal(gist(&b, page, 200), "HTTP/1.1 403 Forbidden Error 42000 SQ110:SECURITY: Permission "
                                           "denied for delete from DB.DBA.RDF_QUAD (user ID = 107)");
  assert_string_equal(gist(&b, "<html><title>T</title>no body tag</html>", 100), "T no body tag");
  skg_buf_release(&b);
}

static void
test_body_line_cut_at_max_not_inside_utf8(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_string_equal(gist(&b, "abcdefghij", 4), "abcd...");
  /* "é" is two bytes: a cut at 4 would split it, so it goes at 3 */
  assert_string_equal(gist(&b, "abc\xC3\xA9" "def", 4), "abc...");
  assert_string_equal(gist(&b, "abcd", 4), "abcd");
  skg_buf_release(&b);
}

/* ---- journal lines ---- */

#define SHA "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static void
test_journal_line_round_trip(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_journal_format(&b, SHA, "http://h/sparql-graph-crud", "https://x/report/1"), SKG_OK);
  assert_string_equal(b.data, SHA "\thttp://h/sparql-graph-crud\thttps://x/report/1\n");
  skg_journal_record r;
  assert_int_equal(skg_journal_parse(b.data, b.len - 1, &r), SKG_OK);
  assert_memory_equal(r.sha256, SHA, 64);
  assert_int_equal(r.endpoint_len, strlen("http://h/sparql-graph-crud"));
  assert_memory_equal(r.endpoint, "http://h/sparql-graph-crud", r.endpoint_len);
  assert_int_equal(r.graph_len, strlen("https://x/report/1"));
  assert_memory_equal(r.graph, "https://x/report/1", r.graph_len);
  skg_buf_release(&b);
}

static void
test_journal_format_refuses_what_cannot_be_read_back(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_journal_format(&b, SHA, "http://h/\tx", "g"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_journal_format(&b, SHA, "http://h/", "g\n"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_journal_format(&b, "abc", "http://h/", "g"), SKG_ERR_BAD_ARG);
  assert_int_equal(skg_journal_format(&b, SHA, "", "g"), SKG_ERR_BAD_ARG);
  assert_int_equal(b.len, 0);
  skg_buf_release(&b);
}

static void
test_journal_parse_skips_bad_lines(void **state)
{
  (void)state;
  skg_journal_record r;
  static const char *const bad[] = {
    "",
    "# a comment",
    SHA,                                     /* torn after the hash */
    SHA "\thttp://h/",                       /* torn after the endpoint */
    SHA "\thttp://h/\t",                     /* no graph */
    SHA "\t\tg",                             /* no endpoint */
    SHA "\thttp://h/\tg\textra",             /* a field too many */
    "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef\thttp://h/\tg", /* uppercase */
    "0123456789abcdef\thttp://h/\tg",        /* a short hash */
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; ++i)
    assert_int_equal(skg_journal_parse(bad[i], strlen(bad[i]), &r), SKG_SKIPPED);
}

/* ---- the journal deciding what is sent ---- */

/* A one-statement graph; its N-Triples, the bytes push would send, in `nt`. */
static void
tiny_graph(skg_ctx *ctx, skg_graph *g, const char **nt)
{
  skg_graph_init(g);
  snprintf(g->report_iri, sizeof g->report_iri, "https://example.org/report/1");
  raptor_statement *st = raptor_new_statement_from_nodes(
    ctx->raptor, raptor_new_term_from_uri_string(ctx->raptor, (const unsigned char *)"http://e/s"),
    raptor_new_term_from_uri_string(ctx->raptor, (const unsigned char *)"http://e/p"),
    raptor_new_term_from_uri_string(ctx->raptor, (const unsigned char *)"http://e/o"),
    raptor_new_term_from_uri_string(ctx->raptor, (const unsigned char *)g->report_iri));
  assert_non_null(st);
  assert_int_equal(skg_graph_append(g, st), SKG_OK);
  *nt = "<http://e/s> <http://e/p> <http://e/o> .\n";
}

/* A journal file holding `text`; its path in `path` (a mkstemp name). */
static void
journal_file(char *path, size_t len, const char *text)
{
  snprintf(path, len, "%s/skg-journal.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
}

#define NOWHERE "http://127.0.0.1:1/sparql-graph-crud" /* port 1: nothing listens */

static void
test_journal_entry_for_these_bytes_sends_nothing(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g;
  const char *nt;
  tiny_graph(ctx, &g, &nt);
  char sha[65], path[4096];
  skg_sha256_hex(nt, strlen(nt), sha);
  skg_buf text;
  skg_buf_init(&text, 0);
  /* another endpoint's line first, and a torn line last */
  assert_int_equal(skg_journal_format(&text, SHA, "http://other/", g.report_iri), SKG_OK);
  assert_int_equal(skg_journal_format(&text, sha, NOWHERE, g.report_iri), SKG_OK);
  assert_int_equal(skg_buf_puts(&text, SHA "\t" NOWHERE), SKG_OK);
  journal_file(path, sizeof path, text.data);

  skg_push_options opt;
  skg_push_options_init(&opt);
  opt.endpoint = NOWHERE;
  opt.journal = path;
  opt.retries = 0;
  skg_pusher *p = skg_pusher_new(ctx, &opt);
  assert_non_null(p);
  assert_int_equal(skg_pusher_push_graph(p, &g), SKG_OK);
  assert_int_equal(skg_pusher_stats(p)->unchanged, 1);
  assert_int_equal(skg_pusher_stats(p)->requests, 0);
  skg_pusher_free(p);

  /* --force sends all the same: refused here, which stops the run */
  opt.force = 1;
  p = skg_pusher_new(ctx, &opt);
  assert_non_null(p);
  assert_int_equal(skg_pusher_push_graph(p, &g), SKG_ERR_STORE);
  assert_int_equal(skg_pusher_stats(p)->failed, 1);
  assert_int_equal(skg_pusher_stats(p)->requests, 1);
  skg_pusher_free(p);

  unlink(path);
  skg_buf_release(&text);
  skg_graph_release(&g);
}

static void
test_journal_of_another_endpoint_or_bytes_sends_and_records_no_failure(void **state)
{
  skg_ctx *ctx = *state;
  skg_graph g;
  const char *nt;
  tiny_graph(ctx, &g, &nt);
  char path[4096];
  skg_buf text;
  skg_buf_init(&text, 0);
  assert_int_equal(skg_journal_format(&text, SHA, NOWHERE, g.report_iri), SKG_OK); /* other bytes */
  journal_file(path, sizeof path, text.data);

  skg_push_options opt;
  skg_push_options_init(&opt);
  opt.endpoint = NOWHERE;
  opt.journal = path;
  opt.retries = 1;
  skg_pusher *p = skg_pusher_new(ctx, &opt);
  assert_non_null(p);
  assert_int_equal(skg_pusher_push_graph(p, &g), SKG_ERR_STORE);
  assert_int_equal(skg_pusher_stats(p)->requests, 2); /* one retry, no more */
  assert_int_equal(skg_pusher_finish(p), SKG_OK);
  skg_pusher_free(p);

  /* the journal is as it was: a failure is never recorded */
  FILE *in = fopen(path, "rb");
  assert_non_null(in);
  char back[512] = "";
  size_t n = fread(back, 1, sizeof back - 1, in);
  fclose(in);
  assert_int_equal(n, text.len);
  assert_memory_equal(back, text.data, text.len);

  unlink(path);
  skg_buf_release(&text);
  skg_graph_release(&g);
}

static void
test_pusher_refuses_a_bad_endpoint(void **state)
{
  skg_push_options opt;
  skg_push_options_init(&opt);
  static const char *const bad[] = {"ftp://h/x", "h:8890/sparql-graph-crud", "http://h/a b",
                                    "http://h/x#frag", "http://h/\nx", "http://dba:dba@h/x",
                                    "https://u@h:8890/sparql-graph-crud?graph=x"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; ++i) {
    opt.endpoint = bad[i];
    assert_null(skg_pusher_new(*state, &opt));
  }
  opt.endpoint = NULL;
  assert_null(skg_pusher_new(*state, &opt));
  skg_pusher_free(NULL);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_url_percent_encodes_the_graph_iri),
    cmocka_unit_test(test_url_keeps_only_unreserved_bytes),
    cmocka_unit_test(test_url_appends_to_an_endpoint_with_a_query),
    cmocka_unit_test(test_classify_success_only_200_201_204),
    cmocka_unit_test(test_classify_transient_failures_are_retried),
    cmocka_unit_test(test_classify_endpoint_refusals_stop_the_run),
    cmocka_unit_test(test_classify_other_4xx_fail_the_report_only),
    cmocka_unit_test(test_body_line_first_nonempty_line_of_text),
    cmocka_unit_test(test_body_line_text_of_an_html_page),
    cmocka_unit_test(test_body_line_cut_at_max_not_inside_utf8),
    cmocka_unit_test(test_journal_line_round_trip),
    cmocka_unit_test(test_journal_format_refuses_what_cannot_be_read_back),
    cmocka_unit_test(test_journal_parse_skips_bad_lines),
    cmocka_unit_test(test_journal_entry_for_these_bytes_sends_nothing),
    cmocka_unit_test(test_journal_of_another_endpoint_or_bytes_sends_and_records_no_failure),
    cmocka_unit_test(test_pusher_refuses_a_bad_endpoint),
  };
  return cmocka_run_group_tests(tests, ctx_setup, ctx_teardown);
}
