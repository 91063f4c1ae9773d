/* test_dates.c - dates as reports write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "dates.h"

static size_t
parse(const char *s, skg_date *d)
{
  return skg_date_parse(s, strlen(s), d);
}

static void
test_month_day_year(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("July 4, 2024 local time", &d), 12);
  assert_int_equal(d.year, 2024);
  assert_int_equal(d.month, 7);
  assert_int_equal(d.day, 4);
  assert_int_equal(d.end_day, 0);
}

/* "the 23rd of September 2026", "the twenty-third of September 2026"; not
   "4 of them", "the second of many" */
static void
test_day_of_month(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("23rd of September 2026 in Astana", &d), 22);
  assert_int_equal(d.day, 23);
  assert_int_equal(d.month, 9);
  assert_int_equal(d.year, 2026);
  assert_int_equal(parse("twenty-third of September 2026.", &d), 30);
  assert_int_equal(d.day, 23);
  assert_int_equal(d.month, 9);
  assert_int_equal(d.year, 2026);
  assert_int_equal(parse("thirtieth of June 2025", &d), 22);
  assert_int_equal(d.day, 30);
  assert_int_equal(parse("4 of them", &d), 0);
  assert_int_equal(parse("second of many", &d), 0);
  assert_int_equal(parse("thirty-second of May 2025", &d), 0);
}

static void
test_day_month_year_range(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("15-16 September 2022 to attend", &d), 20);
  assert_int_equal(d.day, 15);
  assert_int_equal(d.end_day, 16);
  assert_int_equal(d.month, 9);
  assert_int_equal(d.year, 2022);
}

/* "14-15.V.2026": the month in Roman numerals, with dots; not "14.IIV.2026" */
static void
test_roman_month(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("14-15.V.2026, Quito", &d), 12);
  assert_int_equal(d.day, 14);
  assert_int_equal(d.end_day, 15);
  assert_int_equal(d.month, 5);
  assert_int_equal(d.year, 2026);
  assert_int_equal(parse("3.XII.2027", &d), 10);
  assert_int_equal(d.month, 12);
  assert_int_equal(d.end_day, 0);
  assert_int_equal(parse("14.IIV.2026", &d), 0);
  assert_int_equal(parse("31.II.2026", &d), 0);
  assert_int_equal(parse("15-14.V.2026", &d), 0);
}

static void
test_abbreviated_month_without_year(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("Oct. 14.", &d), 7);
  assert_int_equal(d.month, 10);
  assert_int_equal(d.day, 14);
  assert_int_equal(d.year, 0);
}

static void
test_month_range_and_and(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("October 22-24. The", &d), 13);
  assert_int_equal(d.end_day, 24);
  assert_true(parse("September 15 and 16", &d) > 0);
  assert_int_equal(d.day, 15);
  assert_int_equal(d.end_day, 16);
}

static void
test_iso(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("2024-07-05", &d), 10);
  assert_int_equal(d.year, 2024);
  assert_int_equal(parse("2024-02-30", &d), 0);
  /* year first with dots or slashes, as East Asian briefings write it; mixed separators are no date */
  assert_int_equal(parse("2027.11.11", &d), 10);
  assert_int_equal(d.month, 11);
  assert_int_equal(d.day, 11);
  assert_int_equal(parse("2027/03/04", &d), 10);
  assert_int_equal(d.month, 3);
  assert_int_equal(d.day, 4);
  assert_int_equal(parse("2027.03/04", &d), 0);
  /* day and month of one digit: "12.5.2026" */
  assert_int_equal(parse("12.5.2026", &d), 9);
  assert_int_equal(d.month, 5);
  assert_int_equal(d.day, 12);
}

/* "05.11.2026" (day first), "3- 5 July 2023", "13th to 15th June", "12th July" */
static void
test_dotted_spaced_and_ordinal_days(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("05.11.2026, the", &d), 10);
  assert_int_equal(d.day, 5);
  assert_int_equal(d.month, 11);
  assert_int_equal(d.year, 2026);
  assert_int_equal(parse("3- 5 July 2023", &d), 14);
  assert_int_equal(d.day, 3);
  assert_int_equal(d.end_day, 5);
  assert_int_equal(parse("13th to 15th June", &d), 17);
  assert_int_equal(d.day, 13);
  assert_int_equal(d.end_day, 15);
  assert_int_equal(d.month, 6);
  assert_int_equal(parse("12th July 2025", &d), 14);
  assert_int_equal(d.day, 12);
  assert_int_equal(parse("12th summit", &d), 0);
  assert_int_equal(parse("31.02.2026", &d), 0);  /* no such day */
  assert_int_equal(parse("14/12/2026 08:55", &d), 10);
  assert_int_equal(d.day, 14);
  assert_int_equal(d.month, 12);
  assert_int_equal(parse("12/14/2026", &d), 10);
  assert_int_equal(d.day, 14);
  assert_int_equal(d.month, 12);
  assert_int_equal(parse("05/11/2026", &d), 0);  /* which comes first is not told */
  assert_int_equal(parse("1.5 percent", &d), 0);
}

static void
test_not_dates(void **state)
{
  (void)state;
  skg_date d;
  assert_int_equal(parse("May be", &d), 0);       /* a verb, not a month */
  assert_int_equal(parse("March 32", &d), 0);     /* no such day */
  assert_int_equal(parse("24 percent", &d), 0);
  assert_int_equal(parse("Marching", &d), 0);
  assert_int_equal(parse("2023-2025", &d), 0);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_month_day_year),
    cmocka_unit_test(test_day_month_year_range),
    cmocka_unit_test(test_roman_month),
    cmocka_unit_test(test_day_of_month),
    cmocka_unit_test(test_abbreviated_month_without_year),
    cmocka_unit_test(test_month_range_and_and),
    cmocka_unit_test(test_iso),
    cmocka_unit_test(test_not_dates),
    cmocka_unit_test(test_dotted_spaced_and_ordinal_days),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
