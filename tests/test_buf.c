/* test_buf.c - the capped byte buffer: growth, the cap, detach and release. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"

static void
test_init_is_empty_string(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_non_null(b.data);
  assert_string_equal(b.data, "");
  assert_int_equal(b.len, 0);
  assert_int_equal(b.cap, 0);
  skg_buf_release(&b);
}

static void
test_append_grows_past_first_block(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  /* 1000 appends of 7 bytes: several reallocations, each keeping what came before */
  for (int i = 0; i < 1000; ++i)
    assert_int_equal(skg_buf_append(&b, "summit ", 7), SKG_OK);
  assert_int_equal(b.len, 7000);
  assert_true(b.cap > b.len);
  assert_int_equal(b.data[b.len], '\0');
  assert_memory_equal(b.data, "summit summit ", 14);
  assert_memory_equal(b.data + 6993, "summit ", 7);
  skg_buf_release(&b);
}

static void
test_puts_and_putc_append(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_buf_puts(&b, "Astana"), SKG_OK);
  assert_int_equal(skg_buf_putc(&b, ','), SKG_OK);
  assert_int_equal(skg_buf_puts(&b, ""), SKG_OK);
  assert_string_equal(b.data, "Astana,");
  assert_int_equal(b.len, 7);
  skg_buf_release(&b);
}

static void
test_printf_appends_and_grows(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_buf_printf(&b, "the %dth %s", 24, "meeting"), SKG_OK);
  assert_string_equal(b.data, "the 24th meeting");
  char big[300];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  assert_int_equal(skg_buf_printf(&b, " %s|", big), SKG_OK); /* past the first 64-byte block */
  assert_int_equal(b.len, 16 + 1 + 299 + 1);
  assert_int_equal(b.data[b.len - 1], '|');
  assert_int_equal(b.data[b.len], '\0');
  assert_int_equal(strlen(b.data), b.len);
  skg_buf_release(&b);
}

static void
test_cap_refuses_and_keeps_content(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 10);
  assert_int_equal(skg_buf_puts(&b, "Bishkek"), SKG_OK);
  assert_int_equal(skg_buf_puts(&b, " summit"), SKG_ERR_TOO_LARGE);
  assert_string_equal(b.data, "Bishkek");
  assert_int_equal(b.len, 7);
  assert_int_equal(skg_buf_printf(&b, "%s", "-2025"), SKG_ERR_TOO_LARGE);
  assert_string_equal(b.data, "Bishkek");
  assert_int_equal(skg_buf_putc(&b, '!'), SKG_OK); /* 8 bytes */
  assert_int_equal(skg_buf_puts(&b, "!!"), SKG_OK); /* exactly the cap */
  assert_int_equal(b.len, 10);
  assert_int_equal(skg_buf_putc(&b, '!'), SKG_ERR_TOO_LARGE);
  assert_string_equal(b.data, "Bishkek!!!");
  skg_buf_release(&b);
}

static void
test_clear_keeps_memory(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_buf_puts(&b, "Samarkand"), SKG_OK);
  size_t cap = b.cap;
  skg_buf_clear(&b);
  assert_int_equal(b.len, 0);
  assert_string_equal(b.data, "");
  assert_int_equal(b.cap, cap);
  skg_buf_release(&b);
}

static void
test_detach_leaves_empty_buffer(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_buf_puts(&b, "Ala-Archa"), SKG_OK);
  size_t len = 0;
  char *s = skg_buf_detach(&b, &len);
  assert_string_equal(s, "Ala-Archa");
  assert_int_equal(len, 9);
  free(s);
  assert_non_null(b.data);
  assert_string_equal(b.data, "");
  assert_int_equal(b.len, 0);
  assert_int_equal(b.cap, 0);
  /* and it can be used again */
  assert_int_equal(skg_buf_puts(&b, "again"), SKG_OK);
  assert_string_equal(b.data, "again");
  skg_buf_release(&b);
}

static void
test_detach_of_empty_buffer_is_freeable(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 0);
  size_t len = 99;
  char *s = skg_buf_detach(&b, &len);
  assert_non_null(s);
  assert_string_equal(s, "");
  assert_int_equal(len, 0);
  free(s);
  skg_buf_release(&b);
}

static void
test_release_of_empty_buffer_is_fine(void **state)
{
  (void)state;
  skg_buf b;
  skg_buf_init(&b, 5);
  skg_buf_release(&b);
  skg_buf_release(&b);
  assert_string_equal(b.data, "");
  assert_int_equal(b.max, 5); /* the cap survives */
  skg_buf_clear(&b);
  assert_string_equal(b.data, "");
}

static void
test_read_file_reads_to_eof(void **state)
{
  (void)state;
  FILE *f = tmpfile();
  assert_non_null(f);
  fputs("Title: A summit\nIt met.\n", f);
  rewind(f);
  skg_buf b;
  skg_buf_init(&b, 0);
  assert_int_equal(skg_buf_read_file(&b, f), SKG_OK);
  assert_string_equal(b.data, "Title: A summit\nIt met.\n");
  rewind(f);
  skg_buf c;
  skg_buf_init(&c, 8);
  assert_int_equal(skg_buf_read_file(&c, f), SKG_ERR_TOO_LARGE);
  fclose(f);
  skg_buf_release(&b);
  skg_buf_release(&c);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_init_is_empty_string),
    cmocka_unit_test(test_append_grows_past_first_block),
    cmocka_unit_test(test_puts_and_putc_append),
    cmocka_unit_test(test_printf_appends_and_grows),
    cmocka_unit_test(test_cap_refuses_and_keeps_content),
    cmocka_unit_test(test_clear_keeps_memory),
    cmocka_unit_test(test_detach_leaves_empty_buffer),
    cmocka_unit_test(test_detach_of_empty_buffer_is_freeable),
    cmocka_unit_test(test_release_of_empty_buffer_is_fine),
    cmocka_unit_test(test_read_file_reads_to_eof),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
