/* fuzz.h - what the libFuzzer harnesses share: one context for the run, a
   sink that holds the library to its promise about messages, and the
   report's output parsed back by serd.

   The promises checked, beyond "no crash, no leak, no undefined behaviour":
   a skipped report gets exactly one message, a processed one no error
   message (a notice is fine), no message holds a line break, and the output
   in each syntax serd reads is accepted by it, strictly.  A broken promise
   aborts, so that libFuzzer keeps the input. */
#ifndef SKG_FUZZ_H
#define SKG_FUZZ_H

#include <serd/serd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "summitkg.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static skg_ctx *fuzz_ctx;
static size_t   fuzz_errors, fuzz_notices;
static char     fuzz_last[512];  /* the last message, for a report of a finding */

static void
fuzz_sink(void *data, skg_status st, const char *file, size_t line, const char *msg)
{
  (void)data, (void)file, (void)line;
  if (strchr(msg, '\n')) {
    fprintf(stderr, "fuzz: a message with a line break: %s\n", msg);
    abort();
  }
  snprintf(fuzz_last, sizeof fuzz_last, "%s", msg);
  if (st == SKG_OK)
    ++fuzz_notices;
  else
    ++fuzz_errors;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc, (void)argv;
  fuzz_ctx = skg_ctx_new();
  if (!fuzz_ctx) {
    fputs("fuzz: cannot make a context\n", stderr);
    abort();
  }
  skg_ctx_set_sink(fuzz_ctx, fuzz_sink, NULL);
  return 0;
}

static SerdStatus
serd_error(void *handle, const SerdError *error)
{
  (void)error;
  ++*(size_t *)handle;
  return SERD_SUCCESS;
}

/* Does serd, strictly, read `text` (NUL-terminated) as `syntax`?  An empty
   document is one (serd_reader_read_string() calls "" a bad argument). */
static int
serd_accepts(SerdSyntax syntax, const char *text)
{
  if (!*text)
    return 1;
  size_t n_errors = 0;
  SerdReader *reader = serd_reader_new(syntax, NULL, NULL, NULL, NULL, NULL, NULL);
  if (!reader)
    abort();
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, serd_error, &n_errors);
  SerdStatus st = serd_reader_read_string(reader, (const uint8_t *)text);
  serd_reader_free(reader);
  return st <= SERD_FAILURE && !n_errors;
}

/* Run one report through every stage into a writer of the syntax that
   `size` picks, and check the promises above. */
static void
fuzz_one_report(const char *name, const char *bytes, size_t size, size_t pick)
{
  static const struct { skg_format format; SerdSyntax syntax; } formats[] = {
    {SKG_FORMAT_NQUADS, SERD_NQUADS}, {SKG_FORMAT_TURTLE, SERD_TURTLE},
    {SKG_FORMAT_TRIG, SERD_TRIG},     {SKG_FORMAT_NTRIPLES, SERD_NTRIPLES},
    {SKG_FORMAT_RDFXML, (SerdSyntax)0},
  };
  size_t f = pick % (sizeof formats / sizeof *formats);
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  if (!out)
    abort();
  fuzz_errors = fuzz_notices = 0;
  fuzz_last[0] = '\0';
  skg_writer *w = skg_writer_new(fuzz_ctx, formats[f].format, out);
  if (!w)
    abort();
  skg_status st = skg_process_memory(fuzz_ctx, w, name, bytes, size);
  if (st > SKG_SKIPPED) {
    fprintf(stderr, "fuzz: the run failed: %s\n", skg_status_string(st));
    abort();
  }
  if ((st == SKG_SKIPPED && fuzz_errors != 1) || (st == SKG_OK && fuzz_errors)) {
    fprintf(stderr, "fuzz: %s after %zu error messages (the last '%s')\n", st ? "skipped" : "processed",
            fuzz_errors, fuzz_last);
    abort();
  }
  if (skg_writer_finish(w))
    abort();
  skg_writer_free(w);
  if (fclose(out))
    abort();
  if (formats[f].syntax && !serd_accepts(formats[f].syntax, text)) {
    fprintf(stderr, "fuzz: serd rejects the output (syntax %zu of fuzz.h, report %s, last message '%s'):\n%s\n",
            f, st ? "skipped" : "processed", fuzz_last, text);
    abort();
  }
  free(text);
}

#endif
