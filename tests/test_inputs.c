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

/* The path of `in` item i below the fixture's folder. */
static const char *
rel(const fixture *f, const skg_inputs *in, size_t i)
{
  size_t n = strlen(f->dir);
  assert_true(i < in->count);
  assert_memory_equal(in->paths[i], f->dir, n);
  return in->paths[i] + n + 1;
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
  char link[256], target[256];
  snprintf(link, sizeof link, "%s/b/up", f->dir);
  snprintf(target, sizeof target, "%s", f->dir);
  assert_int_equal(symlink(target, link), 0); /* a loop, if followed */
  skg_inputs in;
  skg_inputs_init(&in);
  n_messages = 0;
  assert_int_equal(skg_inputs_add(f->ctx, &in, f->dir, 1), SKG_OK);
  assert_int_equal(in.count, 5);
  assert_string_equal(rel(f, &in, 0), "a.html");
  assert_string_equal(rel(f, &in, 1), "b/NOEXT");
  assert_string_equal(rel(f, &in, 2), "b/corpus.jsonl");
  assert_string_equal(rel(f, &in, 3), "b/deeper/c.htm");
  assert_string_equal(rel(f, &in, 4), "z.txt");
  assert_int_equal(n_messages, 0);
  skg_inputs_release(&in);
  assert_int_equal(in.count, 0);
}

static void
test_folder_without_recursion_is_kept_for_the_reader(void **state)
{
  fixture *f = *state;
  skg_inputs in;
  skg_inputs_init(&in);
  assert_int_equal(skg_inputs_add(f->ctx, &in, f->dir, 0), SKG_OK);
  assert_int_equal(in.count, 1);
  assert_string_equal(in.paths[0], f->dir);
  skg_inputs_release(&in);
}

static void
test_files_named_directly_are_kept_whatever_their_name(void **state)
{
  fixture *f = *state;
  skg_inputs in;
  skg_inputs_init(&in);
  assert_int_equal(skg_inputs_add(f->ctx, &in, "notes.md", 1), SKG_OK);
  assert_int_equal(skg_inputs_add(f->ctx, &in, "-", 1), SKG_OK);
  assert_int_equal(in.count, 2);
  assert_string_equal(in.paths[0], "notes.md");
  assert_string_equal(in.paths[1], "-");
  skg_inputs_release(&in);
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
  skg_inputs in;
  skg_inputs_init(&in);
  assert_int_equal(skg_inputs_add_list(f->ctx, &in, list, 1), SKG_OK);
  assert_int_equal(in.count, 4);
  assert_string_equal(in.paths[0], "first.txt");
  assert_string_equal(rel(f, &in, 1), "d/one.txt");
  assert_string_equal(rel(f, &in, 2), "d/two.txt");
  assert_string_equal(in.paths[3], "last.txt");
  assert_int_equal(skg_inputs_total_bytes(&in), 2 * strlen("The leaders met.\n"));
  skg_inputs_release(&in);
}

static void
test_missing_list_is_an_error(void **state)
{
  fixture *f = *state;
  skg_inputs in;
  skg_inputs_init(&in);
  n_messages = 0;
  assert_int_equal(skg_inputs_add_list(f->ctx, &in, "/nonexistent/list", 0), SKG_ERR_IO);
  assert_int_equal(n_messages, 1);
  skg_inputs_release(&in);
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
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
