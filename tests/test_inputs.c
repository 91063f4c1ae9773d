/* test_inputs.c - the reports of a run: folders walked in a stable order,
   only report-like names, hidden entries and folder links left out, lists
   of paths read with --files-from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "skg.h"

static int n_messages;

static void
count_message(void *data, skg_status st, const char *file, size_t line, const char *msg)
{
  (void)data, (void)st, (void)file, (void)line, (void)msg;
  n_messages++;
}

typedef struct {
  skg_ctx *ctx;
  char     dir[64];
} fixture;

static void
touch(const fixture *f, const char *rel)
{
  char path[256];
  snprintf(path, sizeof path, "%s/%s", f->dir, rel);
  FILE *out = fopen(path, "w");
  assert_non_null(out);
  fputs("The leaders met.\n", out);
  fclose(out);
}

static void
make_dir(const fixture *f, const char *rel)
{
  char path[256];
  snprintf(path, sizeof path, "%s/%s", f->dir, rel);
  assert_int_equal(mkdir(path, 0700), 0);
}

static int
setup(void **state)
{
  fixture *f = calloc(1, sizeof *f);
  if (!f || !(f->ctx = skg_ctx_new()))
    return -1;
  skg_ctx_set_sink(f->ctx, count_message, NULL);
  snprintf(f->dir, sizeof f->dir, "/tmp/skg-inputs-XXXXXX");
  if (!mkdtemp(f->dir))
    return -1;
  *state = f;
  return 0;
}

static int
teardown(void **state)
{
  fixture *f = *state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  if (system(cmd) != 0)
    return -1;
  skg_ctx_free(f->ctx);
  free(f);
  return 0;
}

/* The whole pass, each path relative to the fixture's folder when below
   it, joined by '|'. */
static char *
walk_all(const fixture *f, skg_inputs *in)
{
  static char out[4096];
  size_t n = strlen(f->dir), len = 0;
  skg_status st;
  const char *p;
  out[0] = '\0';
  skg_inputs_rewind(in);
  while ((p = skg_inputs_next(in, &st))) {
    if (!strncmp(p, f->dir, n) && p[n] == '/')
      p += n + 1;
    len += (size_t)snprintf(out + len, sizeof out - len, "%s%s", len ? "|" : "", p);
  }
  assert_int_equal(st, SKG_OK);
  return out;
}

static void
test_folder_walk_is_sorted_and_filtered(void **state)
{
  fixture *f = *state;
  make_dir(f, "b");
  make_dir(f, "b/deeper");
  make_dir(f, ".git");
  touch(f, "z.txt");
  touch(f, "a.html");
  touch(f, "README.md");        /* not a report's name */
  touch(f, "gold.tsv");
  touch(f, ".hidden.txt");
  touch(f, ".git/x.txt");
  touch(f, "b/NOEXT");
  touch(f, "b/corpus.jsonl");
  touch(f, "b/deeper/c.htm");
  char link[256];
  snprintf(link, sizeof link, "%s/b/up", f->dir);
  assert_int_equal(symlink(f->dir, link), 0); /* a loop, if followed */
  skg_inputs *in = skg_inputs_new(f->ctx, 1);
  assert_non_null(in);
  assert_int_equal(skg_inputs_add(in, f->dir), SKG_OK);
  n_messages = 0;
  assert_string_equal(walk_all(f, in), "a.html|b/NOEXT|b/corpus.jsonl|b/deeper/c.htm|z.txt");
  /* a second pass gives the same */
  assert_string_equal(walk_all(f, in), "a.html|b/NOEXT|b/corpus.jsonl|b/deeper/c.htm|z.txt");
  assert_int_equal(n_messages, 0);
  assert_int_equal(skg_inputs_total_bytes(in), 5 * strlen("The leaders met.\n"));
  skg_inputs_free(in);
}

static void
test_folder_without_recursion_is_kept_for_the_reader(void **state)
{
  fixture *f = *state;
  skg_inputs *in = skg_inputs_new(f->ctx, 0);
  assert_int_equal(skg_inputs_add(in, f->dir), SKG_OK);
  skg_status st;
  assert_string_equal(skg_inputs_next(in, &st), f->dir);
  assert_null(skg_inputs_next(in, &st));
  skg_inputs_free(in);
}

static void
test_files_named_directly_are_kept_whatever_their_name(void **state)
{
  fixture *f = *state;
  skg_inputs *in = skg_inputs_new(f->ctx, 1);
  assert_int_equal(skg_inputs_add(in, "notes.md"), SKG_OK);
  assert_int_equal(skg_inputs_add(in, "-"), SKG_OK);
  assert_string_equal(walk_all(f, in), "notes.md|-");
  skg_inputs_free(in);
}

static void
test_list_of_paths(void **state)
{
  fixture *f = *state;
  make_dir(f, "d");
  touch(f, "d/one.txt");
  touch(f, "d/two.txt");
  char list[256];
  snprintf(list, sizeof list, "%s/list", f->dir);
  FILE *out = fopen(list, "w");
  assert_non_null(out);
  fprintf(out, "first.txt\r\n\n%s/d\nlast.txt", f->dir); /* CRLF, a blank line, no final newline */
  fclose(out);
  skg_inputs *in = skg_inputs_new(f->ctx, 1);
  assert_int_equal(skg_inputs_add(in, "zero.txt"), SKG_OK);
  assert_int_equal(skg_inputs_add_list(in, list), SKG_OK);
  assert_string_equal(walk_all(f, in), "zero.txt|first.txt|d/one.txt|d/two.txt|last.txt");
  assert_int_equal(skg_inputs_total_bytes(in), 2 * strlen("The leaders met.\n"));
  skg_inputs_free(in);
}

static void
test_missing_list_is_an_error(void **state)
{
  fixture *f = *state;
  skg_inputs *in = skg_inputs_new(f->ctx, 0);
  n_messages = 0;
  assert_int_equal(skg_inputs_add_list(in, "/nonexistent/list"), SKG_ERR_IO);
  assert_int_equal(n_messages, 1);
  skg_inputs_free(in);
}

static void
test_folders_too_deep_are_one_skipped_report(void **state)
{
  fixture *f = *state;
  char rel_path[1024] = "n";
  make_dir(f, rel_path);
  for (int i = 0; i < 66; ++i) {
    strcat(rel_path, "/n");
    make_dir(f, rel_path);
  }
  strcat(rel_path, "/deep.txt");
  touch(f, rel_path);
  touch(f, "shallow.txt");
  skg_inputs *in = skg_inputs_new(f->ctx, 1);
  assert_int_equal(skg_inputs_add(in, f->dir), SKG_OK);
  size_t skipped = skg_ctx_counts(f->ctx)->skipped;
  n_messages = 0;
  assert_string_equal(walk_all(f, in), "shallow.txt");
  assert_int_equal(n_messages, 1);
  assert_int_equal(skg_ctx_counts(f->ctx)->skipped, skipped + 1);
  skg_inputs_free(in);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_folder_walk_is_sorted_and_filtered, setup, teardown),
    cmocka_unit_test_setup_teardown(test_folder_without_recursion_is_kept_for_the_reader, setup, teardown),
    cmocka_unit_test_setup_teardown(test_files_named_directly_are_kept_whatever_their_name, setup, teardown),
    cmocka_unit_test_setup_teardown(test_list_of_paths, setup, teardown),
    cmocka_unit_test_setup_teardown(test_missing_list_is_an_error, setup, teardown),
    cmocka_unit_test_setup_teardown(test_folders_too_deep_are_one_skipped_report, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
