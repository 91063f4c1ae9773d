/* test_fixture.h - the cmocka group fixture the unit tests share: a context
   with the built-in tables, made once for the group (*state), freed after.
   Include it after <cmocka.h>. */
#ifndef SKG_TEST_FIXTURE_H
#define SKG_TEST_FIXTURE_H

#include "summitkg.h"

static int
ctx_setup(void **state)
{
  *state = skg_ctx_new();
  return *state ? 0 : -1;
}

static int
ctx_teardown(void **state)
{
  skg_ctx_free(*state);
  return 0;
}

#endif
