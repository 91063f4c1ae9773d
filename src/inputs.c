/* inputs.c - which reports a run reads, one after another.

   The run is given operands (files, folders, "-") and lists of paths
   (--files-from); this module walks them in a stable order, so that the
   same folder gives the same order, and the same output bytes, on every
   machine.  It never holds the whole list: a folder is read one level at a
   time and a list one line at a time, so memory does not grow with the
   corpus.  Each pass starts again from the first operand (workers of -j
   each make their own pass; a list read from standard input is kept in a
   temporary file for that, and so are reports read from it when workers
   share them: skg_inputs_keep_stdin()).  Reading the reports is reader.c's
   job. */
#include "skg.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Depth is bounded, as a mount loop or a hostile tree could be deeper than
   any corpus is. */
enum { MAX_DEPTH = 64 };

typedef struct {
  char  *path;   /* the operand or the list's path, new */
  int    is_list;
} source;

typedef struct {
  char  *dir;    /* new */
  char **names;  /* sorted, each new */
  size_t n, next;
} level;

struct skg_inputs {
  skg_ctx *ctx;
  int      recursive;
  source  *sources;
  size_t   n_sources, cap_sources;
  char    *spool;          /* a list read from standard input, kept here (new) */
  char    *stdin_spool;    /* reports read from standard input, kept here (new) */
  /* the pass under way */
  size_t   next_source;
  FILE    *list;           /* the list being read, or NULL */
  char    *line;           /* its line buffer (getline) */
  size_t   line_cap;
  level    levels[MAX_DEPTH + 1];
  size_t   depth;          /* levels in use */
  char    *current;        /* the path last handed out (new) */
  int      quiet;          /* a pass that only looks: no messages, nothing counted */
};

skg_inputs *
skg_inputs_new(skg_ctx *ctx, int recursive)
{
  skg_inputs *in = calloc(1, sizeof *in);
  if (in) {
    in->ctx = ctx;
    in->recursive = recursive;
  }
  return in;
}

static void
free_level(level *l)
{
  for (size_t i = 0; i < l->n; ++i)
    free(l->names[i]);
  free(l->names);
  free(l->dir);
  memset(l, 0, sizeof *l);
}

/* Back to before the first input. */
static void
end_pass(skg_inputs *in)
{
  while (in->depth)
    free_level(&in->levels[--in->depth]);
  if (in->list)
    fclose(in->list);
  in->list = NULL;
  free(in->current);
  in->current = NULL;
  in->next_source = 0;
}

void
skg_inputs_free(skg_inputs *in)
{
  if (!in)
    return;
  end_pass(in);
  for (size_t i = 0; i < in->n_sources; ++i)
    free(in->sources[i].path);
  free(in->sources);
  free(in->line);
  if (in->spool)
    unlink(in->spool);
  free(in->spool);
  if (in->stdin_spool)
    unlink(in->stdin_spool);
  free(in->stdin_spool);
  free(in);
}

static skg_status
add_source(skg_inputs *in, const char *path, int is_list)
{
  if (in->n_sources == in->cap_sources) {
    size_t cap = in->cap_sources ? 2 * in->cap_sources : 8;
    source *s = realloc(in->sources, cap * sizeof *s);
    if (!s)
      return SKG_ERR_NOMEM;
    in->sources = s;
    in->cap_sources = cap;
  }
  char *copy = strdup(path);
  if (!copy)
    return SKG_ERR_NOMEM;
  in->sources[in->n_sources++] = (source){copy, is_list};
  return SKG_OK;
}

skg_status
skg_inputs_add(skg_inputs *in, const char *path)
{
  return add_source(in, path, 0);
}

/* Copy standard input to a new temporary file, its path in *path (new;
   NULL on failure, with errno set), so that every pass (and every worker)
   can read it again. */
static skg_status
spool_stdin(char **path)
{
  const char *dir = getenv("TMPDIR");
  size_t n = strlen(dir && *dir ? dir : "/tmp") + 32;
  if (!(*path = malloc(n)))
    return SKG_ERR_NOMEM;
  snprintf(*path, n, "%s/summitkg-stdin-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(*path);
  FILE *out = fd >= 0 ? fdopen(fd, "wb") : NULL;
  if (!out) {
    int err = errno;
    if (fd >= 0) {
      close(fd);
      unlink(*path);
    }
    free(*path);
    *path = NULL;
    errno = err;
    return SKG_ERR_IO;
  }
  char buf[1 << 15];
  size_t got;
  int err = 0;
  while ((got = fread(buf, 1, sizeof buf, stdin)) > 0)
    if (!err && fwrite(buf, 1, got, out) != got)
      err = errno;
  if (!err && ferror(stdin))
    err = errno ? errno : EIO;
  if (fclose(out) != 0 && !err)
    err = errno;
  if (err) {
    unlink(*path);
    free(*path);
    *path = NULL;
    errno = err;
    return SKG_ERR_IO;
  }
  return SKG_OK;
}

skg_status
skg_inputs_add_list(skg_inputs *in, const char *list)
{
  skg_ctx *ctx = in->ctx;
  ctx->file = list;
  skg_status st = SKG_OK;
  if (!strcmp(list, "-")) {
    if (in->spool)
      st = skg_err(ctx, SKG_ERR_BAD_ARG, "standard input can be read as a list only once");
    else if ((st = spool_stdin(&in->spool)))
      st = skg_err(ctx, st, "cannot keep the list of reports: %s", strerror(errno));
    else
      st = add_source(in, in->spool, 1);
  } else {
    /* said now, once, rather than by every pass */
    FILE *f = fopen(list, "rb");
    if (!f)
      st = skg_err(ctx, SKG_ERR_IO, "cannot open the list of reports: %s", strerror(errno));
    else {
      fclose(f);
      st = add_source(in, list, 1);
    }
  }
  ctx->file = NULL;
  return st;
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

/* Read the names in `dir` that are not hidden, sorted, into `l`.
   Returns 0, or an errno value. */
static int
read_level(const char *dir, level *l)
{
  DIR *d = opendir(dir);
  if (!d)
    return errno;
  size_t cap = 0;
  struct dirent *e;
  int err = 0;
  /* errno is cleared before each readdir(): only its NULL with errno set is
     a failure, and a successful realloc() or strdup() may leave errno set */
  while (!err && (errno = 0, e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    if (l->n == cap) {
      cap = cap ? cap * 2 : 32;
      char **p = realloc(l->names, cap * sizeof *p);
      if (!p) {
        err = ENOMEM;
        break;
      }
      l->names = p;
    }
    if (!(l->names[l->n] = strdup(e->d_name)))
      err = ENOMEM;
    else
      ++l->n;
  }
  if (!err && errno)
    err = errno;
  closedir(d);
  if (!err && !(l->dir = strdup(dir)))
    err = ENOMEM;
  if (err) {
    free_level(l);
    return err;
  }
  if (l->n)
    qsort(l->names, l->n, sizeof *l->names, by_name);
  return 0;
}

/* Something below the operands cannot be read: one report's worth of
   trouble, said and counted once however many workers walk it. */
static void
trouble(skg_inputs *in, const char *path, const char *fmt, const char *detail)
{
  if (in->quiet || !skg_report_taken(in->ctx))
    return;
  in->ctx->file = path;
  skg_report_counted(in->ctx, skg_err(in->ctx, SKG_SKIPPED, fmt, detail), 0);
  in->ctx->file = NULL;
}

/* Something below the operands that is no report: a note, said once
   however many workers walk it, not counted as skipped. */
static void
notice(skg_inputs *in, const char *path, const char *fmt, const char *detail)
{
  if (in->quiet || !skg_report_taken(in->ctx))
    return;
  in->ctx->file = path;
  skg_err(in->ctx, SKG_OK, fmt, detail);
  in->ctx->file = NULL;
}

/* What a file that is not a regular one is, for a note. */
static const char *
kind_of(mode_t m)
{
  return S_ISFIFO(m) ? "a FIFO" : S_ISSOCK(m) ? "a socket" : S_ISCHR(m) ? "a character device"
       : S_ISBLK(m) ? "a block device" : "not a regular file";
}

/* Descend into folder `dir` (a new string: taken). */
static skg_status
enter(skg_inputs *in, char *dir)
{
  if (in->depth > MAX_DEPTH) {
    trouble(in, dir, "folders nested deeper than %s: not read", "64");
    free(dir);
    return SKG_OK;
  }
  int err = read_level(dir, &in->levels[in->depth]);
  if (err == ENOMEM) {
    free(dir);
    return SKG_ERR_NOMEM;
  }
  if (err)
    trouble(in, dir, "cannot read the folder: %s", strerror(err));
  else
    in->depth++;
  free(dir);
  return SKG_OK;
}

/* Hand out `path` (a new string: taken). */
static const char *
hand_out(skg_inputs *in, char *path)
{
  free(in->current);
  in->current = path;
  return path;
}

/* The next entry of the innermost folder that is a report, descending into
   folders on the way; NULL when the folders are done.  *st on failure. */
static const char *
next_in_folders(skg_inputs *in, skg_status *st)
{
  while (in->depth && !*st) {
    level *l = &in->levels[in->depth - 1];
    if (l->next == l->n) {
      free_level(l);
      in->depth--;
      continue;
    }
    const char *name = l->names[l->next++];
    char *child = join(l->dir, name);
    struct stat lst, sst;
    if (!child) {
      *st = SKG_ERR_NOMEM;
    } else if (lstat(child, &lst) || stat(child, &sst)) {
      trouble(in, child, "cannot open: %s", strerror(errno));
      free(child);
    } else if (S_ISDIR(sst.st_mode)) {
      if (S_ISLNK(lst.st_mode))
        free(child); /* a link to a folder may lead back up: not followed */
      else
        *st = enter(in, child);
    } else if (!S_ISREG(sst.st_mode)) {
      /* a FIFO would block the run for ever, a device read for ever: as
         grep -r does, only files named on the command line are read so */
      if (is_report_name(name))
        notice(in, child, "%s, not a file: not read", kind_of(sst.st_mode));
      free(child);
    } else if (is_report_name(name)) {
      return hand_out(in, child);
    } else {
      free(child);
    }
  }
  return NULL;
}

/* An operand or a line of a list: a folder to walk (with -r), else a report. */
static const char *
take_path(skg_inputs *in, const char *path, skg_status *st)
{
  struct stat sb;
  if (in->recursive && strcmp(path, "-") && !stat(path, &sb) && S_ISDIR(sb.st_mode)) {
    char *dir = strdup(path);
    *st = dir ? enter(in, dir) : SKG_ERR_NOMEM;
    return NULL;
  }
  char *copy = strdup(path);
  if (!copy) {
    *st = SKG_ERR_NOMEM;
    return NULL;
  }
  return hand_out(in, copy);
}

/* The next line of `list` that names something (in *line, a getline()
   buffer of *cap bytes), or NULL at its end. */
static const char *
list_line(FILE *list, char **line, size_t *cap)
{
  ssize_t n;
  while ((n = getline(line, cap, list)) >= 0) {
    while (n > 0 && ((*line)[n - 1] == '\n' || (*line)[n - 1] == '\r'))
      (*line)[--n] = '\0';
    if (n > 0)
      return *line;
  }
  return NULL;
}

const char *
skg_inputs_next(skg_inputs *in, skg_status *st)
{
  *st = SKG_OK;
  for (;;) {
    const char *path = next_in_folders(in, st);
    if (path || *st)
      return path;
    if (in->list) {
      const char *line = list_line(in->list, &in->line, &in->line_cap);
      if (line) {
        if ((path = take_path(in, line, st)) || *st)
          return path;
        continue;
      }
      if (ferror(in->list))
        trouble(in, in->sources[in->next_source - 1].path, "cannot read the list of reports%s", "");
      fclose(in->list);
      in->list = NULL;
      continue;
    }
    if (in->next_source == in->n_sources)
      return NULL;
    const source *src = &in->sources[in->next_source++];
    if (src->is_list) {
      if (!(in->list = fopen(src->path, "rb")))
        trouble(in, src->path, "cannot open the list of reports: %s", strerror(errno));
      continue;
    }
    if ((path = take_path(in, src->path, st)) || *st)
      return path;
  }
}

void
skg_inputs_rewind(skg_inputs *in)
{
  end_pass(in);
}

size_t
skg_inputs_count_rest(skg_inputs *in)
{
  size_t n = 0;
  skg_status st;
  in->quiet = 1;
  while (skg_inputs_next(in, &st))
    ++n;
  in->quiet = 0;
  return n;
}

unsigned long long
skg_inputs_total_bytes(skg_inputs *in)
{
  unsigned long long total = 0;
  struct stat sb;
  skg_status st;
  const char *path;
  end_pass(in);
  in->quiet = 1;
  while ((path = skg_inputs_next(in, &st)))
    if (strcmp(path, "-") && !stat(path, &sb) && S_ISREG(sb.st_mode))
      total += (unsigned long long)sb.st_size;
  in->quiet = 0;
  end_pass(in);
  return total;
}

/* Does a pass read standard input as a report or a corpus: is "-" an
   operand or a line of a list?  (Folders never name it.) */
static int
reads_stdin(skg_inputs *in)
{
  int found = 0;
  for (size_t i = 0; i < in->n_sources && !found; ++i) {
    const source *src = &in->sources[i];
    if (!src->is_list) {
      found = !strcmp(src->path, "-");
      continue;
    }
    FILE *list = fopen(src->path, "rb"); /* unreadable: the pass will say so */
    const char *line;
    while (list && !found && (line = list_line(list, &in->line, &in->line_cap)))
      found = !strcmp(line, "-");
    if (list)
      fclose(list);
  }
  return found;
}

skg_status
skg_inputs_keep_stdin(skg_inputs *in)
{
  if (in->stdin_spool || !reads_stdin(in))
    return SKG_OK;
  skg_status st = spool_stdin(&in->stdin_spool);
  if (st)
    st = skg_err(in->ctx, st, "cannot keep standard input for the workers: %s", strerror(errno));
  return st;
}

skg_status
skg_inputs_reopen_stdin(skg_inputs *in)
{
  if (in->stdin_spool && !freopen(in->stdin_spool, "rb", stdin))
    return skg_err(in->ctx, SKG_ERR_IO, "cannot read standard input again: %s", strerror(errno));
  return SKG_OK;
}
