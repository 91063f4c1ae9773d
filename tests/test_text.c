/* test_text.c - normalisation and sentence splitting keep offsets into the original. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "test_fixture.h"

#include "text.h"

static void
split(skg_ctx *ctx, const char *in, skg_doc *doc, skg_text *t)
{
  skg_doc_init(doc, "test");
  assert_int_equal(skg_buf_puts(&doc->text, in), SKG_OK);
  skg_text_init(t);
  assert_int_equal(skg_text_build(ctx, doc, t), SKG_OK);
}

static void
test_split_keeps_offsets(void **state)
{
  static const char in[] = "He arrived in Astana. The summit opened.";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 2);
  skg_span orig = skg_text_orig_span(&t, t.sentences[1]);
  assert_int_equal(orig.start, 22); /* an offset into `in`, not into a copy */
  assert_int_equal(orig.end, strlen(in));
  skg_text_release(&t);
  skg_doc_release(&doc);
}

/* A word broken at a line's end by a hyphen is one word again ("Ama-/zon"),
   a hyphenated one keeps its hyphen ("Ruiz-/Tagle"), a dash stays; the
   sentence's span still reaches the original's end. */
static void
test_line_end_hyphen_joined(void **state)
{
  static const char in[] = "The summit of the Ama-\nzon Treaty was chaired by Ana Ruiz-\nTagle, not -\nby him.";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_string_equal(t.norm.data, "The summit of the Amazon Treaty was chaired by Ana Ruiz-Tagle, not - by him.");
  assert_int_equal(t.n_sentences, 1);
  skg_span orig = skg_text_orig_span(&t, t.sentences[0]);
  assert_int_equal(orig.start, 0);
  assert_int_equal(orig.end, strlen(in));
  skg_text_release(&t);
  skg_doc_release(&doc);
}

/* A PDF's rules and running footers with page numbers are no text, nor a
   web page's "Related:" links; a sentence that names a page is */
static void
test_page_furniture_dropped(void **state)
{
  static const char in[] = "The summit opened.\n------------\nACTO - Report of the Meeting      Page 1 of 4\n"
                           "------------\nIt closed. See Page 2 of the annex.\nRelated: Statements by the "
                           "Spokesman on the summit (4 April 2027)\n";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_string_equal(t.norm.data, "The summit opened.\nIt closed. See Page 2 of the annex.");
  skg_span orig = skg_text_orig_span(&t, t.sentences[1]);
  assert_int_equal(orig.start, strstr(in, "It closed") - in);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

/* A hard-wrapped page breaks a sentence after "of" or after a comma on a
   long line, and goes on with a capital; a speech's salutations do not */
static void
test_wrapped_sentence_goes_on(void **state)
{
  static const char in[] = "The Meeting was held at the Congreshal in the capital of the Republic of\n"
                           "Suriname, on 12 November, following the meeting held in Belem in August,\n"
                           "Bogota and Brasilia. Next.\n"
                           "Your Excellency Ana Ruiz, President of the Republic of Chile and our host,\n"
                           "Your Excellency Luis Soto, President of Peru,\nFriends,\n";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 5);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

/* An indented rule under a table's heads is furniture too; a row's cell
   that wraps after a comma goes on, measured as the page lays it out */
static void
test_table_rows_and_rules(void **state)
{
  static const char in[] = "The following took part:\n\n   State Party                  Head of Delegation\n"
                           "   --------------------------   ------------------\n"
                           "   Republic of Colombia         Andres Felipe Cardenas Ruiz,\n"
                           "                                President\n"
                           "   Republic of Suriname         Marvin Sewdien, President\n";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_string_equal(t.norm.data, "The following took part:\nState Party Head of Delegation\n"
                                   "Republic of Colombia Andres Felipe Cardenas Ruiz, President\n"
                                   "Republic of Suriname Marvin Sewdien, President");
  skg_text_release(&t);
  skg_doc_release(&doc);
}

/* a long line ending in a word goes on over an indented one (a PDF's
   hanging indent); rows with dot leaders, and short lines, do not */
static void
test_hanging_indent_goes_on(void **state)
{
  static const char in[] = "1.      The meeting was chaired by Mr Joaquim Ferreira Alves, President of the Euro\n"
                           "        Summit and President of the European Council.\n"
                           "   Republic of Belarus ................................ President Aleksandr Klimovich\n"
                           "   Republic of Kazakhstan ............................. President Nurlan Seitkali\n"
                           "   Short heading\n"
                           "        Item text.\n";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 6); /* "1." is one */
  skg_span first = t.sentences[1];
  assert_true(first.end - first.start > 100); /* the whole first sentence */
  skg_text_release(&t);
  skg_doc_release(&doc);
}

/* footnote marks after a stop do not hold the next sentence on */
static void
test_footnote_marks_end_sentence(void **state)
{
  static const char in[] = "The summit was convened in March 2027.[2][13] The meeting was co-chaired by Ana Ruiz. See [a].";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 3);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

static void
test_spaces_and_curly_quotes_normalised(void **state)
{
  static const char in[] = "On  July \xC2\xA0 4, the \xE2\x80\x9CShanghai Spirit\xE2\x80\x9D was hailed.";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_string_equal(t.norm.data, "On July 4, the \"Shanghai Spirit\" was hailed.");
  /* "Spirit\"" ends where the closing curly quote ends in the original */
  size_t q = strlen("On July 4, the \"Shanghai Spirit");
  skg_span orig = skg_text_orig_span(&t, (skg_span){q, q + 1});
  assert_int_equal(orig.end - orig.start, 3);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

static void
test_abbreviations_do_not_split(void **state)
{
  static const char in[] = "The U.S. delegation met on Oct. 14 with Mr. Smith. It ended.";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 2);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

static void
test_paragraphs_and_lost_spaces_split(void **state)
{
  static const char in[] = "A heading without a stop\n\nThe leaders met in Rio.Leaders agreed.";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 3);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

static void
test_wrapped_line_reads_on(void **state)
{
  static const char in[] = "The meeting was chaired by the\npresident of the host country.";
  skg_doc doc;
  skg_text t;
  split(*state, in, &doc, &t);
  assert_int_equal(t.n_sentences, 1);
  skg_text_release(&t);
  skg_doc_release(&doc);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_split_keeps_offsets),
    cmocka_unit_test(test_line_end_hyphen_joined),
    cmocka_unit_test(test_page_furniture_dropped),
    cmocka_unit_test(test_wrapped_sentence_goes_on),
    cmocka_unit_test(test_hanging_indent_goes_on),
    cmocka_unit_test(test_table_rows_and_rules),
    cmocka_unit_test(test_footnote_marks_end_sentence),
    cmocka_unit_test(test_spaces_and_curly_quotes_normalised),
    cmocka_unit_test(test_abbreviations_do_not_split),
    cmocka_unit_test(test_paragraphs_and_lost_spaces_split),
    cmocka_unit_test(test_wrapped_line_reads_on),
  };
  return cmocka_run_group_tests(tests, ctx_setup, ctx_teardown);
}
