/* inputs.c - which reports a run reads.  Folders are walked here (with -r)
   and lists of paths read (--files-from), so that every later stage sees one
   flat, stable list: the same folder gives the same order, and so the same
   output bytes, on every machine.  Reading the reports is reader.c's job. */
#include "skg.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void
skg_inputs_init(skg_inputs *in)
{
  in->paths = NULL;
  in->count = in->cap = 0;
}

void
skg_inputs_release(skg_inputs *in)
{
  for (size_t i = 0; i < in->count; ++i)
    free(in->paths[i]);
  free(in->paths);
  skg_inputs_init(in);
}

/* Append `path` (takes it: freed here on failure). */
static skg_status
push_path(skg_inputs *in, char *path)
{
  if (!path)
    return SKG_ERR_NOMEM;
  if (in->count == in->cap) {
    size_t cap = in->cap ? in->cap * 2 : 64;
    char **p = realloc(in->paths, cap * sizeof *p);
    if (!p) {
      free(path);
      return SKG_ERR_NOMEM;
    }
    in->paths = p;
    in->cap = cap;
  }
  in->paths[in->count++] = path;
  return SKG_OK;
}

static int
is_report_name(const char *name)
{
  static const char *const extensions[] = {".txt", ".text", ".htm", ".html", ".xhtml",
                                           ".jsonl", ".ndjson"};
  const char *dot = strrchr(name, '.');
  if (!dot)
    return 1;
  for (size_t i = 0; i < sizeof extensions / sizeof *extensions; ++i)
    if (!strcmp(dot, extensions[i]))
      return 1;
  return 0;
}

static int
by_name(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
join(const char *dir, const char *name)
{
  size_t n = strlen(dir), m = strlen(name);
  int slash = n && dir[n - 1] != '/';
  char *p = malloc(n + slash + m + 1);
  if (p) {
    memcpy(p, dir, n);
    if (slash)
      p[n] = '/';
    memcpy(p + n + slash, name, m + 1);
  }
  return p;
}

/* The names in `dir` that are not hidden, sorted (new: free each and the
   array).  NULL with errno set on failure. */
static char **
sorted_names(DIR *dir, size_t *count)
{
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  errno = 0;
  while ((e = readdir(dir))) {
    if (e->d_name[0] == '.')
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      char **p = realloc(names, cap * sizeof *p);
      if (!p)
        goto fail;
      names = p;
    }
    if (!(names[n] = strdup(e->d_name)))
      goto fail;
    ++n;
  }
  if (errno)
    goto fail;
  if (n)
    qsort(names, n, sizeof *names, by_name);
  *count = n;
  return names ? names : calloc(1, sizeof *names);
fail:
  for (size_t i = 0; i < n; ++i)
    free(names[i]);
  free(names);
  if (!errno)
    errno = ENOMEM;
  return NULL;
}

/* Depth is bounded, as a mount loop or a hostile tree could be deeper than
   any corpus is. */
enum { MAX_DEPTH = 64 };

static skg_status
walk(skg_ctx *ctx, skg_inputs *in, const char *path, int depth)
{
  DIR *dir = opendir(path);
  if (!dir) {
    ctx->file = path;
    skg_err(ctx, SKG_SKIPPED, "cannot read the folder: %s", strerror(errno));
    ctx->file = NULL;
    return SKG_SKIPPED;
  }
  size_t n = 0;
  char **names = sorted_names(dir, &n);
  int err = errno;
  closedir(dir);
  if (!names) {
    ctx->file = path;
    skg_err(ctx, SKG_SKIPPED, "cannot read the folder: %s", strerror(err));
    ctx->file = NULL;
    return err == ENOMEM ? SKG_ERR_NOMEM : SKG_SKIPPED;
  }
  skg_status st = SKG_OK;
  for (size_t i = 0; i < n && st != SKG_ERR_NOMEM; ++i) {
    char *child = join(path, names[i]);
    struct stat lst, sst;
    if (!child) {
      st = SKG_ERR_NOMEM;
    } else if (lstat(child, &lst) || stat(child, &sst)) {
      ctx->file = child;
      skg_err(ctx, SKG_SKIPPED, "cannot open: %s", strerror(errno));
      ctx->file = NULL;
      st = SKG_SKIPPED;
      free(child);
    } else if (S_ISDIR(sst.st_mode)) {
      skg_status sub = SKG_OK;
      if (S_ISLNK(lst.st_mode)) {
        /* a link to a folder may lead back up: not followed */
      } else if (depth >= MAX_DEPTH) {
        ctx->file = child;
        skg_err(ctx, SKG_SKIPPED, "folders nested deeper than %d: not read", MAX_DEPTH);
        ctx->file = NULL;
        sub = SKG_SKIPPED;
      } else {
        sub = walk(ctx, in, child, depth + 1);
      }
      if (sub)
        st = sub;
      free(child);
    } else if (is_report_name(names[i])) {
      skg_status sub = push_path(in, child);
      if (sub)
        st = sub;
    } else {
      free(child);
    }
  }
  for (size_t i = 0; i < n; ++i)
    free(names[i]);
  free(names);
  return st;
}

skg_status
skg_inputs_add(skg_ctx *ctx, skg_inputs *in, const char *path, int recursive)
{
  struct stat sb;
  if (recursive && strcmp(path, "-") && !stat(path, &sb) && S_ISDIR(sb.st_mode))
    return walk(ctx, in, path, 0);
  return push_path(in, strdup(path));
}

skg_status
skg_inputs_add_list(skg_ctx *ctx, skg_inputs *in, const char *list, int recursive)
{
  int is_stdin = !strcmp(list, "-");
  FILE *f = is_stdin ? stdin : fopen(list, "rb");
  ctx->file = list;
  if (!f) {
    skg_status st = skg_err(ctx, SKG_ERR_IO, "cannot open the list of reports: %s", strerror(errno));
    ctx->file = NULL;
    return st;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  skg_status st = SKG_OK;
  while (st != SKG_ERR_NOMEM && (n = getline(&line, &cap, f)) >= 0) {
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
      line[--n] = '\0';
    if (n == 0)
      continue;
    skg_status sub = skg_inputs_add(ctx, in, line, recursive);
    if (sub)
      st = sub;
  }
  int failed = ferror(f);
  if (!is_stdin)
    fclose(f);
  free(line);
  ctx->file = list;
  if (failed)
    st = skg_err(ctx, SKG_ERR_IO, "cannot read the list of reports");
  ctx->file = NULL;
  return st;
}

unsigned long long
skg_inputs_total_bytes(const skg_inputs *in)
{
  unsigned long long total = 0;
  struct stat sb;
  for (size_t i = 0; i < in->count; ++i)
    if (strcmp(in->paths[i], "-") && !stat(in->paths[i], &sb) && S_ISREG(sb.st_mode))
      total += (unsigned long long)sb.st_size;
  return total;
}
