/* test_reader.c - bytes to a report's text and header: encodings, limits,
   header lines, datelines and HTML pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "reader.h"
#include "test_recorder.h"

/* Load `len` bytes into doc, with the recorder emptied first. */
static skg_status
load(skg_ctx *ctx, const char *bytes, size_t len, skg_doc *doc)
{
  memset(&seen, 0, sizeof seen);
  skg_doc_init(doc, "test");
  return skg_reader_load_memory(ctx, bytes, len, doc);
}

static size_t
offset_of(const skg_doc *doc, const char *needle)
{
  const char *p = strstr(doc->text.data, needle);
  assert_non_null(p);
  return (size_t)(p - doc->text.data);
}

static void
test_header_lines_give_title_date_publisher(void **state)
{
  static const char in[] = "Title: Leaders gather in Bishkek\n"
                           "Date: July 4, 2024\n"
                           "Source: Kabar News\n"
                           "\n"
                           "The leaders met on Thursday in the capital.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_string_equal(doc.title, "Leaders gather in Bishkek");
  assert_string_equal(doc.publisher, "Kabar News");
  assert_int_equal(doc.date.year, 2024);
  assert_int_equal(doc.date.month, 7);
  assert_int_equal(doc.date.day, 4);
  assert_int_equal(doc.body_start, offset_of(&doc, "The leaders"));
  assert_int_equal(doc.dateline.end, 0);
  assert_int_equal(seen.calls, 0);
  skg_doc_release(&doc);
}

/* "Asunción, July 2, 2026. – ...": a dateline in mixed case gives the date;
   "Brazil, Chile and Peru met." gives none */
static void
test_mixed_case_dateline(void **state)
{
  static const char in[] = "PRESS RELEASE\n\nAsunci\xC3\xB3n, July 2, 2026. \xE2\x80\x93 The President presided "
                           "today over the summit.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2026);
  assert_int_equal(doc.date.month, 7);
  assert_int_equal(doc.date.day, 2);
  assert_int_equal(doc.dateline.start, offset_of(&doc, "Asunci"));
  assert_int_equal(doc.dateline_end, offset_of(&doc, "The President"));
  skg_doc_release(&doc);
  static const char none[] = "PRESS RELEASE\n\nBrazil, Chile and Peru met in July.\n";
  assert_int_equal(load(*state, none, sizeof none - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 0);
  assert_int_equal(doc.dateline_end, 0);
  skg_doc_release(&doc);
}

/* after a quoted title, a short line that ends in a full date dates the report */
static void
test_short_line_ending_in_date(void **state)
{
  static const char in[] = "EVENT SUMMARY\n\n\"Geneva and After\"\nPanel discussion, Vienna, 15 January 2027\n\n"
                           "On 15 January, the institute hosted a panel.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2027);
  assert_int_equal(doc.date.month, 1);
  assert_int_equal(doc.date.day, 15);
  skg_doc_release(&doc);
}

/* the first lines of a hard-wrapped paragraph are body, not a title */
static void
test_wrapped_paragraph_is_body(void **state)
{
  static const char in[] = "Date: July 4, 2024\n"
                           "\n"
                           "The leaders of the States Parties to the Ama-\n"
                           "zon Cooperation Treaty met on Thursday in the\n"
                           "capital.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_null(doc.title);
  assert_int_equal(doc.body_start, offset_of(&doc, "The leaders"));
  skg_doc_release(&doc);
}

static void
test_header_lines_with_crlf(void **state)
{
  static const char in[] = "Title: Leaders gather in Bishkek\r\nSource: Kabar News\r\n\r\n"
                           "The leaders met on Thursday.\r\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_string_equal(doc.title, "Leaders gather in Bishkek");
  assert_string_equal(doc.publisher, "Kabar News");
  assert_int_equal(doc.body_start, offset_of(&doc, "The leaders"));
  skg_doc_release(&doc);
}

/* a header of short lines spaced by blank ones: the blank lines do not
   count toward the header's few lines */
static void
test_header_with_blank_lines_between(void **state)
{
  static const char in[] = "Press Office\n\nMedia Wing\n\nTRANSCRIPT: Press conference at the summit\n\n"
                           "Convention Centre, Islamabad\n\nJuly 9, 2028\n\nParticipants:\n\n"
                           "- Prime Minister A\n\n- President B\n\n"
                           "The leaders met on Thursday.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.body_start, offset_of(&doc, "The leaders"));
  skg_doc_release(&doc);
}

/* another calendar's date with ours in brackets: ours dates the report */
static void
test_bracketed_date_in_header_line(void **state)
{
  static const char in[] = "Office of the Spokesperson\nTehran, 22 Mehr 1406 (14 October 2027)\n\n"
                           "The President took part today in the summit.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2027);
  assert_int_equal(doc.date.month, 10);
  assert_int_equal(doc.date.day, 14);
  skg_doc_release(&doc);
}

/* an undated report takes its year from a footer's line, not from its body */
static void
test_footer_year(void **state)
{
  static const char in[] = "Remarks at the summit\n\nThe leaders met on Monday, 5th of April. The group was "
                           "launched in 2015.\n\nPress and Information Office, Nicosia, 2027.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2027);
  assert_int_equal(doc.date.month, 0);
  skg_doc_release(&doc);
  static const char body[] = "Remarks at the summit\n\nThe leaders met on Monday, 5th of April. The group was "
                             "launched in 2015.\n";
  assert_int_equal(load(*state, body, sizeof body - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 0);
  skg_doc_release(&doc);
}

static void
test_date_prefix_sets_date_and_body(void **state)
{
  static const char in[] = " date 2024-07-04 The leaders met in Astana on Thursday.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2024);
  assert_int_equal(doc.date.month, 7);
  assert_int_equal(doc.date.day, 4);
  assert_int_equal(doc.body_start, offset_of(&doc, "The leaders"));
  assert_null(doc.title);
  skg_doc_release(&doc);
}

static void
test_dateline_with_date_and_agency(void **state)
{
  static const char in[] = "ADDIS ABABA, February 9, 2025 /PRNewswire/ -- The summit of the "
                           "union opened in the capital on Sunday.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.start, 0);
  assert_int_equal(doc.dateline.end, strlen("ADDIS ABABA"));
  assert_int_equal(doc.date.year, 2025);
  assert_int_equal(doc.date.month, 2);
  assert_int_equal(doc.date.day, 9);
  assert_string_equal(doc.publisher, "PRNewswire");
  assert_int_equal(doc.body_start, 0);
  skg_doc_release(&doc);
}

/* a stamp's day and month in an order it does not show: its year only */
static void
test_published_stamp_ambiguous_order_gives_year(void **state)
{
  static const char in[] = "Leaders sign a maritime pact\n\nPublished: 05/04/2026 07:12 | Africa Desk\n\n"
                           "The summit was held on the 4th of April.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2026);
  assert_int_equal(doc.date.month, 0);
  assert_int_equal(doc.date.day, 0);
  skg_doc_release(&doc);
  static const char weekday[] = "Leaders sign a climate pact\n\nPublished: Wednesday | July 1, 2026\n\n"
                                "The leaders signed the pact yesterday.\n";
  assert_int_equal(load(*state, weekday, sizeof weekday - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2026);
  assert_int_equal(doc.date.month, 7);
  assert_int_equal(doc.date.day, 1);
  skg_doc_release(&doc);
  static const char clear[] = "Leaders sign a maritime pact\n\nPublished: 25/04/2026 07:12\n\n"
                              "The summit was held on the 4th of April.\n";
  assert_int_equal(load(*state, clear, sizeof clear - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2026);
  assert_int_equal(doc.date.month, 4);
  assert_int_equal(doc.date.day, 25);
  skg_doc_release(&doc);
}

/* the weekday before the date is no part of it; a weekday alone is no date */
static void
test_dateline_with_weekday_before_date(void **state)
{
  static const char in[] = "SEOUL, Monday 7 September 2026 - South Korea will welcome leaders "
                           "next week.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.end, strlen("SEOUL"));
  assert_int_equal(doc.date.year, 2026);
  assert_int_equal(doc.date.month, 9);
  assert_int_equal(doc.date.day, 7);
  skg_doc_release(&doc);
  static const char alone[] = "SEOUL, Monday - South Korea will welcome leaders next week.\n";
  assert_int_equal(load(*state, alone, sizeof alone - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.end, strlen("SEOUL"));
  assert_int_equal(doc.date.year, 0);
  skg_doc_release(&doc);
}

/* "WASHINGTON - The ...": a dash and a capital end the place; a heading in
   capitals before a dash and lowercase words is no dateline */
static void
test_dateline_before_dash_and_capital(void **state)
{
  static const char in[] = "WASHINGTON - The summit opened in the capital on Tuesday.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.start, 0);
  assert_int_equal(doc.dateline.end, strlen("WASHINGTON"));
  skg_doc_release(&doc);
  static const char heading[] = "WEST AFRICA THIS EVENING - radio news bulletin\n\nThe summit opened on Tuesday.\n";
  assert_int_equal(load(*state, heading, sizeof heading - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.end, doc.dateline.start);
  skg_doc_release(&doc);
}

/* a feature's byline block dates the report, and the dateline under it
   needs no date of its own */
static void
test_dateline_under_dated_byline(void **state)
{
  static const char in[] = "Inside the third summit\n\nThree days of speeches produced a pledge.\n\n"
                           "By A Writer\nDiplomatic correspondent\nDec. 13, 2027\n\n"
                           "WASHINGTON - The coffee ran out before noon.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2027);
  assert_int_equal(doc.date.month, 12);
  assert_int_equal(doc.date.day, 13);
  size_t at = offset_of(&doc, "WASHINGTON");
  assert_int_equal(doc.dateline.start, at);
  assert_int_equal(doc.dateline.end, at + strlen("WASHINGTON"));
  skg_doc_release(&doc);
}

static void
test_dateline_without_year_takes_prefix_year(void **state)
{
  static const char in[] = " date 2024-10-24 KAZAN, October 23. /TASS/. The leaders arrived "
                           "in the city for talks.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  size_t at = offset_of(&doc, "KAZAN");
  assert_int_equal(doc.dateline.start, at);
  assert_int_equal(doc.dateline.end, at + 5);
  assert_int_equal(doc.date.year, 2024);
  assert_int_equal(doc.date.month, 10);
  assert_int_equal(doc.date.day, 23);
  assert_string_equal(doc.publisher, "TASS");
  assert_int_equal(doc.body_start, at);
  skg_doc_release(&doc);
}

static void
test_dateline_with_agency_name_after_stop(void **state)
{
  static const char in[] = "Title: Heads of state meet\n\nBISHKEK. KAZINFORM - The heads of "
                           "state gathered in the capital.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  size_t at = offset_of(&doc, "BISHKEK");
  assert_int_equal(doc.dateline.start, at);
  assert_int_equal(doc.dateline.end, at + strlen("BISHKEK"));
  assert_int_equal(doc.body_start, at);
  assert_string_equal(doc.title, "Heads of state meet");
  assert_int_equal(doc.date.year, 0);
  skg_doc_release(&doc);
}

/* A pull quote before the dateline: the dateline is still the wire's, with
   its date; a later paragraph opening with capitals but no date is none. */
static void
test_dateline_after_a_pull_quote(void **state)
{
  static const char in[] = "Wire\n\n\"It went well,\" said one delegate at the close of the "
                           "talks on Saturday.\nLIMA, May 9 (Agency) -- The leaders met.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  size_t at = offset_of(&doc, "LIMA");
  assert_int_equal(doc.dateline.start, at);
  assert_int_equal(doc.dateline.end, at + 4);
  assert_int_equal(doc.date.month, 5);
  assert_int_equal(doc.date.day, 9);
  skg_doc_release(&doc);
  static const char none[] = "Wire\n\n\"It went well,\" said one delegate at the close of the "
                             "talks on Saturday.\nNATO, which met in May, said so.\n";
  assert_int_equal(load(*state, none, sizeof none - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.end, 0);
  assert_int_equal(doc.date.month, 0);
  skg_doc_release(&doc);
}

/* "By A, published 9 March 2026" after a headline that ends in a full stop. */
static void
test_published_line_dates_the_report(void **state)
{
  static const char in[] = "ANALYSIS: The bloc wants to trade. The capital showed how far it has to go.\n\n"
                           "By Ayse Kaya, published 9 March 2026\nWhen leaders met on March 3-4, the mood was good.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2026);
  assert_int_equal(doc.date.month, 3);
  assert_int_equal(doc.date.day, 9);
  skg_doc_release(&doc);
}

/* A heading in capitals with a dash is no dateline: the header goes on. */
static void
test_capital_heading_is_no_dateline(void **state)
{
  static const char in[] = "GOVERNMENT INFORMATION SERVICE \xE2\x80\x93 GRENADA\nDate: 2027-06-02\n\nThe Prime "
                           "Minister today took part in the meeting.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.dateline.end, 0);
  assert_int_equal(doc.date.year, 2027);
  assert_int_equal(doc.date.month, 6);
  assert_int_equal(doc.date.day, 2);
  skg_doc_release(&doc);
}

/* A time stamp on its own line after a long title dates the report. */
static void
test_date_line_after_a_long_title(void **state)
{
  static const char in[] = "News > Region\nLeaders of the region attend the first summit of their "
                           "new forum and deliver speeches underscoring the importance of carrying "
                           "forward the spirit of friendship, solidarity and mutual assistance in the "
                           "years to come for all\n\n2022-12-10 11:10\n\nThe summit was held.\n";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(doc.date.year, 2022);
  assert_int_equal(doc.date.month, 12);
  assert_int_equal(doc.date.day, 10);
  skg_doc_release(&doc);
}

static void
test_invalid_utf8_is_encoding_error(void **state)
{
  static const char in[] = "Leaders \xC3\x28 met.";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_ERR_ENCODING);
  assert_int_equal(seen.calls, 1);
  assert_int_equal(seen.st, SKG_SKIPPED);   /* the message explains a skip */
  assert_non_null(strstr(seen.msg, "UTF-8"));
  assert_non_null(strstr(seen.msg, "byte 8"));
  skg_doc_release(&doc);
}

static void
test_nul_byte_is_encoding_error(void **state)
{
  static const char in[] = "Leaders met\0 in Astana.";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_ERR_ENCODING);
  assert_int_equal(seen.calls, 1);
  assert_non_null(strstr(seen.msg, "NUL"));
  skg_doc_release(&doc);
}

static void
test_utf16_with_bom_is_decoded(void **state)
{
  /* "Léa 𝄞." little- and big-endian: a BMP letter and a surrogate pair */
  static const char le[] = "\xFF\xFEL\0\xE9\0a\0 \0\x34\xD8\x1E\xDD.\0";
  static const char be[] = "\xFE\xFF\0L\0\xE9\0a\0 \xD8\x34\xDD\x1E\0.";
  static const char want[] = "L\xC3\xA9" "a \xF0\x9D\x84\x9E.";
  skg_doc doc;
  assert_int_equal(load(*state, le, sizeof le - 1, &doc), SKG_OK);
  assert_int_equal(seen.calls, 0);
  assert_string_equal(doc.text.data, want);
  /* the hash is of the file's bytes, not of the decoded text */
  char hash[65];
  skg_sha256_hex(le, sizeof le - 1, hash);
  assert_string_equal(doc.sha256, hash);
  skg_doc_release(&doc);
  assert_int_equal(load(*state, be, sizeof be - 1, &doc), SKG_OK);
  assert_string_equal(doc.text.data, want);
  skg_doc_release(&doc);
}

static void
test_bad_utf16_is_encoding_error(void **state)
{
  static const char lone[] = "\xFF\xFEL\0\x34\xD8" "a\0";   /* a high surrogate, then 'a' */
  static const char odd[] = "\xFF\xFEL\0e";
  static const char nul[] = "\xFE\xFF\0L\0\0";
  skg_doc doc;
  assert_int_equal(load(*state, lone, sizeof lone - 1, &doc), SKG_ERR_ENCODING);
  assert_non_null(strstr(seen.msg, "(an unpaired surrogate) at byte 4"));
  skg_doc_release(&doc);
  assert_int_equal(load(*state, odd, sizeof odd - 1, &doc), SKG_ERR_ENCODING);
  assert_non_null(strstr(seen.msg, "odd number of bytes"));
  skg_doc_release(&doc);
  assert_int_equal(load(*state, nul, sizeof nul - 1, &doc), SKG_ERR_ENCODING);
  assert_non_null(strstr(seen.msg, "(a NUL character) at byte 4"));
  skg_doc_release(&doc);
}

static void
test_utf32_and_bomless_utf16_are_named(void **state)
{
  static const char utf32[] = "\xFF\xFE\0\0L\0\0\0e\0\0\0";
  static const char bomless[] = "T\0h\0e\0 \0s\0u\0m\0m\0i\0t\0";
  skg_doc doc;
  assert_int_equal(load(*state, utf32, sizeof utf32 - 1, &doc), SKG_ERR_ENCODING);
  assert_non_null(strstr(seen.msg, "UTF-32"));
  skg_doc_release(&doc);
  assert_int_equal(load(*state, bomless, sizeof bomless - 1, &doc), SKG_ERR_ENCODING);
  assert_non_null(strstr(seen.msg, "UTF-16 text without a byte order mark"));
  skg_doc_release(&doc);
}

static void
test_binary_formats_are_named(void **state)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  static const char gz[] = "\x1F\x8B\x08\0\0\0\0\0";
  static const char bz[] = "BZh91AY&SY\x01\x02";
  static const char word[] = "BZh is not a word.";
  skg_doc doc;
  assert_int_equal(load(*state, png, sizeof png - 1, &doc), SKG_ERR_ENCODING);
  assert_string_equal(seen.msg, "a PNG image, not text");
  skg_doc_release(&doc);
  assert_int_equal(load(*state, gz, sizeof gz - 1, &doc), SKG_ERR_ENCODING);
  assert_string_equal(seen.msg, "gzip-compressed data, not text");
  skg_doc_release(&doc);
  assert_int_equal(load(*state, bz, sizeof bz - 1, &doc), SKG_ERR_ENCODING);
  assert_string_equal(seen.msg, "bzip2-compressed data, not text");
  skg_doc_release(&doc);
  assert_int_equal(load(*state, word, sizeof word - 1, &doc), SKG_OK);
  skg_doc_release(&doc);
}

static void
test_overlong_and_surrogate_utf8_are_encoding_errors(void **state)
{
  static const char *const bad[] = {
    "ab\xC0\xAF", "ab\xE0\x80\xAF", "ab\xF0\x80\x80\xAF",   /* overlong '/' */
    "ab\xED\xA0\x80", "ab\xF4\x90\x80\x80", "ab\xF8\x88\x80\x80\x80", "ab\x80",
    "ab\xE2\x82",                                              /* cut short */
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; ++i) {
    skg_doc doc;
    assert_int_equal(load(*state, bad[i], strlen(bad[i]), &doc), SKG_ERR_ENCODING);
    assert_string_equal(seen.msg, "invalid UTF-8 at byte 2");
    skg_doc_release(&doc);
  }
}

static void
test_lone_cr_is_a_line_end(void **state)
{
  static const char in[] = "Title: Leaders gather in Bishkek\rSource: Kabar News\r\r"
                           "The leaders met on Thursday.\r\nIn Bishkek.\r";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_string_equal(doc.title, "Leaders gather in Bishkek");
  assert_string_equal(doc.publisher, "Kabar News");
  /* byte for byte: offsets stay those of the file; a CR before LF stays */
  assert_int_equal(doc.text.len, sizeof in - 1);
  assert_int_equal(doc.body_start, offset_of(&doc, "The leaders"));
  assert_non_null(strstr(doc.text.data, "Thursday.\r\nIn"));
  assert_null(strstr(doc.text.data, "News\r"));
  skg_doc_release(&doc);
}

static void
test_utf8_bom_is_dropped(void **state)
{
  static const char in[] = "\xEF\xBB\xBFThe summit opened in Astana.";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_string_equal(doc.text.data, "The summit opened in Astana.");
  /* the hash is of the bytes as read, BOM included */
  char want[65];
  skg_sha256_hex(in, sizeof in - 1, want);
  assert_string_equal(doc.sha256, want);
  skg_doc_release(&doc);
}

static void
test_empty_and_blank_are_skipped(void **state)
{
  static const char blank[] = "  \n\t \r\n \n";
  skg_doc doc;
  assert_int_equal(load(*state, "", 0, &doc), SKG_SKIPPED);
  assert_int_equal(seen.calls, 1);
  assert_string_equal(seen.msg, "empty report (0 bytes)");
  skg_doc_release(&doc);
  assert_int_equal(load(*state, blank, sizeof blank - 1, &doc), SKG_SKIPPED);
  assert_string_equal(seen.msg, "empty report (only whitespace)");
  skg_doc_release(&doc);
  static const char bom_only[] = "\xEF\xBB\xBF\n";
  assert_int_equal(load(*state, bom_only, sizeof bom_only - 1, &doc), SKG_SKIPPED);
  skg_doc_release(&doc);
}

static void
test_over_max_bytes_is_too_large(void **state)
{
  skg_ctx *ctx = *state;
  static const char in[] = "The leaders met in Astana.";  /* 26 bytes */
  skg_doc doc;
  skg_ctx_set_max_bytes(ctx, 25);
  skg_status over = load(ctx, in, sizeof in - 1, &doc);
  skg_doc_release(&doc);
  skg_ctx_set_max_bytes(ctx, 26);
  skg_status fits = load(ctx, in, sizeof in - 1, &doc);
  skg_doc_release(&doc);
  skg_ctx_set_max_bytes(ctx, SKG_DEFAULT_MAX_BYTES);
  assert_int_equal(over, SKG_ERR_TOO_LARGE);
  assert_int_equal(fits, SKG_OK);
}

static void
test_over_max_bytes_message_names_limit(void **state)
{
  skg_ctx *ctx = *state;
  static const char in[] = "The leaders met in Astana.";
  skg_doc doc;
  skg_ctx_set_max_bytes(ctx, 10);
  skg_status st = load(ctx, in, sizeof in - 1, &doc);
  skg_ctx_set_max_bytes(ctx, SKG_DEFAULT_MAX_BYTES);
  skg_doc_release(&doc);
  assert_int_equal(st, SKG_ERR_TOO_LARGE);
  assert_int_equal(seen.calls, 1);
  assert_int_equal(seen.st, SKG_SKIPPED);
  assert_non_null(strstr(seen.msg, "limit"));
  assert_non_null(strstr(seen.msg, "10"));
}

static void
test_html_page_reduced_to_text(void **state)
{
  static const char in[] =
    "<html><head><title>T</title>"
    "<meta property=\"article:published_time\" content=\"2025-03-01\"></head>"
    "<body><script>x()</script><p>Text.</p></body></html>";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_non_null(doc.title);
  assert_string_equal(doc.title, "T");
  assert_int_equal(doc.date.year, 2025);
  assert_int_equal(doc.date.month, 3);
  assert_int_equal(doc.date.day, 1);
  assert_non_null(strstr(doc.text.data, "Text."));
  assert_null(strstr(doc.text.data, "x()"));
  assert_null(strstr(doc.text.data, "<p>"));
  skg_doc_release(&doc);
}

static void
test_html_nested_deeply_keeps_its_text(void **state)
{
  /* libxml2 stops at 256 nested elements unless told otherwise */
  enum { depth = 20000 };
  skg_buf page;
  skg_buf_init(&page, 0);
  assert_int_equal(skg_buf_puts(&page, "<html><body>"), SKG_OK);
  for (int i = 0; i < depth; ++i)
    assert_int_equal(skg_buf_puts(&page, "<div><b>"), SKG_OK);
  assert_int_equal(skg_buf_puts(&page, "<p>The summit opened.</p></body></html>"), SKG_OK);
  skg_doc doc;
  assert_int_equal(load(*state, page.data, page.len, &doc), SKG_OK);
  assert_int_equal(seen.calls, 0);
  assert_non_null(strstr(doc.text.data, "The summit opened."));
  skg_doc_release(&doc);
  skg_buf_release(&page);
}

static void
test_html_markup_errors_are_not_reported(void **state)
{
  static const char in[] = "<html><body><p>Leaders <b>met <i>in</b> Astana</p>"
                           "<table><tr><td>a<td>b</tr></html>&bogus; <!-- open";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_OK);
  assert_int_equal(seen.calls, 0);
  assert_non_null(strstr(doc.text.data, "Astana"));
  skg_doc_release(&doc);
}

static void
test_html_without_text_is_empty(void **state)
{
  static const char in[] = "<html><head><title>T</title></head><body><script>x()</script></body></html>";
  skg_doc doc;
  assert_int_equal(load(*state, in, sizeof in - 1, &doc), SKG_SKIPPED);
  assert_string_equal(seen.msg, "empty report (no text in the HTML page)");
  skg_doc_release(&doc);
}

/* Found by fuzz_jsonl (tests/fuzz/regressions/jsonl-date-with-line-break.jsonl):
   a message quoting a field held its line breaks; a message is one line. */
static void
test_message_is_one_line(void **state)
{
  memset(&seen, 0, sizeof seen);
  assert_int_equal(skg_err(*state, SKG_OK, "field '%s' ignored", "a\nb\r\tc\x7f"), SKG_OK);
  assert_string_equal(seen.msg, "field 'a b  c ' ignored");
}

static void
test_parse_header_on_text_in_place(void **state)
{
  skg_doc doc;
  skg_doc_init(&doc, "test");
  assert_int_equal(skg_buf_puts(&doc.text, "URL: https://news.example/a1\n"
                                           "Summit leaders sign a joint statement\n"
                                           "ASTANA – The leaders signed it.\n"), SKG_OK);
  assert_int_equal(skg_reader_parse_header(*state, &doc), SKG_OK);
  assert_string_equal(doc.source, "https://news.example/a1");
  assert_string_equal(doc.title, "Summit leaders sign a joint statement");
  size_t at = offset_of(&doc, "ASTANA");
  assert_int_equal(doc.dateline.start, at);
  assert_int_equal(doc.dateline.end, at + 6);
  assert_int_equal(doc.body_start, at);
  skg_doc_release(&doc);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_header_lines_give_title_date_publisher),
    cmocka_unit_test(test_header_lines_with_crlf),
    cmocka_unit_test(test_header_with_blank_lines_between),
    cmocka_unit_test(test_bracketed_date_in_header_line),
    cmocka_unit_test(test_footer_year),
    cmocka_unit_test(test_dateline_before_dash_and_capital),
    cmocka_unit_test(test_dateline_under_dated_byline),
    cmocka_unit_test(test_wrapped_paragraph_is_body),
    cmocka_unit_test(test_mixed_case_dateline),
    cmocka_unit_test(test_short_line_ending_in_date),
    cmocka_unit_test(test_date_prefix_sets_date_and_body),
    cmocka_unit_test(test_dateline_with_date_and_agency),
    cmocka_unit_test(test_dateline_with_weekday_before_date),
    cmocka_unit_test(test_published_stamp_ambiguous_order_gives_year),
    cmocka_unit_test(test_dateline_without_year_takes_prefix_year),
    cmocka_unit_test(test_dateline_with_agency_name_after_stop),
    cmocka_unit_test(test_dateline_after_a_pull_quote),
    cmocka_unit_test(test_date_line_after_a_long_title),
    cmocka_unit_test(test_capital_heading_is_no_dateline),
    cmocka_unit_test(test_published_line_dates_the_report),
    cmocka_unit_test(test_invalid_utf8_is_encoding_error),
    cmocka_unit_test(test_nul_byte_is_encoding_error),
    cmocka_unit_test(test_utf16_with_bom_is_decoded),
    cmocka_unit_test(test_bad_utf16_is_encoding_error),
    cmocka_unit_test(test_utf32_and_bomless_utf16_are_named),
    cmocka_unit_test(test_binary_formats_are_named),
    cmocka_unit_test(test_overlong_and_surrogate_utf8_are_encoding_errors),
    cmocka_unit_test(test_lone_cr_is_a_line_end),
    cmocka_unit_test(test_utf8_bom_is_dropped),
    cmocka_unit_test(test_empty_and_blank_are_skipped),
    cmocka_unit_test(test_over_max_bytes_is_too_large),
    cmocka_unit_test(test_over_max_bytes_message_names_limit),
    cmocka_unit_test(test_html_page_reduced_to_text),
    cmocka_unit_test(test_html_nested_deeply_keeps_its_text),
    cmocka_unit_test(test_html_markup_errors_are_not_reported),
    cmocka_unit_test(test_html_without_text_is_empty),
    cmocka_unit_test(test_message_is_one_line),
    cmocka_unit_test(test_parse_header_on_text_in_place),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
