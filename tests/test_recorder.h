/* test_recorder.h - for unit tests of stages that report through the
   context's message sink: a context whose sink records the last message
   (cmocka setup/teardown), shared by test_reader.c and test_jsonl.c. */
#ifndef SKG_TEST_RECORDER_H
#define SKG_TEST_RECORDER_H

#include <stdio.h>

#include "summitkg.h"

/* What the last message said. */
typedef struct {
  int        calls;
  skg_status st;
  char       msg[1024];
} recorder;

static recorder seen;

static void
record(void *data, skg_status st, const char *file, size_t line, const char *msg)
{
  (void)file;
  (void)line;
  recorder *r = data;
  r->calls++;
  r->st = st;
  snprintf(r->msg, sizeof r->msg, "%s", msg);
}

static int
setup(void **state)
{
  skg_ctx *ctx = skg_ctx_new();
  if (!ctx)
    return -1;
  skg_ctx_set_sink(ctx, record, &seen);
  *state = ctx;
  return 0;
}

static int
teardown(void **state)
{
  skg_ctx_free(*state);
  return 0;
}

#endif
