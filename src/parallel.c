/* parallel.c - a run of `extract` over many reports, in this process or in
   worker processes.

   Workers are forked once the context is built (tables and compiled patterns
   are then shared, copy-on-write).  The reports are numbered in the order the
   run was given them (a JSON Lines record counts as one) and cut into chunks
   of CHUNK; worker k takes chunks k, k+N, k+2N, ...  Each worker writes its
   output to a temporary file of its own and, as it finishes a chunk, sends
   the chunk's length down a pipe; the parent copies the chunks to the output
   in order, as they come, and frees the space they took in the temporary
   file.  So the output is what one process would have written, memory stays
   bounded by a report, and the disk holds little more than the output.

   What the workers have done (skg_counts) is kept in shared memory, one slot
   each, for the progress line and the final counts.  Messages about skipped
   reports go straight from the workers to the sink. */
#define _GNU_SOURCE /* fallocate(), to free the space of copied chunks */
#include "serialize.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { CHUNK = 8 };

/* What a worker knows about the sharing out. */
typedef struct {
  size_t      index, n_workers;
  size_t      next_report;  /* the number of the next report */
  size_t      chunk;        /* the chunk of the last report seen */
  int         open;         /* a chunk of ours is being written */
  skg_writer *w;
  FILE       *data;
  int         notify;       /* the pipe's write end */
  off_t       chunk_start;  /* where the open chunk starts in `data` */
  int         failed;
} worker;

static int
owns(const worker *wk, size_t chunk)
{
  return chunk % wk->n_workers == wk->index;
}

/* End the open chunk: flush it and tell the parent its length. */
static int
close_chunk(worker *wk)
{
  wk->open = 0;
  if (skg_writer_flush(wk->w)) {
    wk->failed = 1;
    return -1;
  }
  off_t end = ftello(wk->data);
  uint64_t len = (uint64_t)(end - wk->chunk_start);
  if (end < 0 || write(wk->notify, &len, sizeof len) != (ssize_t)sizeof len) {
    wk->failed = 1;
    return -1;
  }
  wk->chunk_start = end;
  return 0;
}

/* ctx->take_report for a worker: is this report ours? */
static int
take_report(void *data)
{
  worker *wk = data;
  size_t chunk = wk->next_report++ / CHUNK;
  if (chunk != wk->chunk && wk->open)
    close_chunk(wk);
  wk->chunk = chunk;
  if (wk->failed || !owns(wk, chunk))
    return 0;
  wk->open = 1;
  return 1;
}

/* ctx->progress for a worker: publish the counts in its shared slot. */
static void
publish_counts(void *data, const skg_counts *counts)
{
  skg_counts *slot = data;
  *slot = *counts;
}

/* The life of worker `index`: never returns. */
static void
run_worker(skg_ctx *ctx, skg_format format, skg_view view, skg_inputs *in, worker *wk,
           skg_counts *slot)
{
  skg_status st = SKG_OK;
  if (skg_inputs_reopen_stdin(in))
    _exit(1);
  wk->w = skg_writer_new(ctx, format, wk->data);
  if (!wk->w)
    _exit(1);
  skg_writer_set_view(wk->w, view);
  ctx->take_report = take_report;
  ctx->take_report_data = wk;
  ctx->progress = publish_counts;
  ctx->progress_data = slot;
  const char *path;
  skg_inputs_rewind(in);
  while (st <= SKG_SKIPPED && !wk->failed && (path = skg_inputs_next(in, &st)))
    st = skg_process_file(ctx, wk->w, path);
  if (st <= SKG_SKIPPED && !wk->failed && wk->open)
    close_chunk(wk);
  *slot = ctx->counts;
  int failed = st > SKG_SKIPPED || wk->failed || fclose(wk->data) != 0;
  close(wk->notify);
  /* _exit: the parent's stdio buffers and atexit handlers are not ours */
  _exit(failed ? 1 : 0);
}

typedef struct {
  pid_t    pid;
  FILE    *data;      /* the worker's temporary file, unlinked */
  int      notify;    /* the pipe's read end; -1 once at its end */
  off_t    copied;    /* how much of `data` is in the output */
} worker_link;

static FILE *
temp_file(void)
{
  const char *dir = getenv("TMPDIR");
  char path[4096];
  snprintf(path, sizeof path, "%s/summitkg-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0)
    return NULL;
  unlink(path);
  FILE *f = fdopen(fd, "w+b");
  if (!f)
    close(fd);
  return f;
}

/* Copy `len` bytes of the worker's file to `out` and free their space.
   sendfile() copies in the kernel when `out` is a regular file.  Not to a
   pipe: there it may pass the pages of the temporary file by reference, and
   punching the hole would zero them before the reader has them.  Elsewhere,
   or where sendfile() cannot, the bytes go through a buffer. */
static skg_status
copy_chunk(skg_ctx *ctx, worker_link *l, uint64_t len, FILE *out, int *use_sendfile)
{
  int fd = fileno(l->data);
  off_t at = l->copied;
  if (*use_sendfile && fflush(out) == 0) {
    while (len) {
      ssize_t n = sendfile(fileno(out), fd, &at, len < (1u << 30) ? (size_t)len : (1u << 30));
      if (n > 0) {
        len -= (uint64_t)n;
        continue;
      }
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && (errno == EINVAL || errno == ENOSYS) && at == l->copied) {
        *use_sendfile = 0; /* nothing written yet: the buffer will do it */
        break;
      }
      return skg_err(ctx, SKG_ERR_IO, "cannot write the output: %s",
                     n ? strerror(errno) : "a worker's output is shorter than it said");
    }
  }
  char buf[1 << 16];
  while (len) {
    size_t want = len < sizeof buf ? (size_t)len : sizeof buf;
    ssize_t n = pread(fd, buf, want, at);
    if (n <= 0)
      return skg_err(ctx, SKG_ERR_IO, "cannot read a worker's output: %s",
                     n ? strerror(errno) : "it is shorter than it said");
    if (fwrite(buf, 1, (size_t)n, out) != (size_t)n)
      return skg_err(ctx, SKG_ERR_IO, "cannot write the output: %s", strerror(errno));
    at += n;
    len -= (uint64_t)n;
  }
  /* best effort: where holes cannot be punched the file keeps its size */
  if (at > l->copied)
    (void)fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, l->copied, at - l->copied);
  l->copied = at;
  return SKG_OK;
}

static void
sum_counts(const skg_counts *slots, size_t n, skg_counts *sum)
{
  memset(sum, 0, sizeof *sum);
  for (size_t i = 0; i < n; ++i) {
    sum->reports += slots[i].reports;
    sum->skipped += slots[i].skipped;
    sum->statements += slots[i].statements;
    sum->bytes += slots[i].bytes;
  }
}

/* Tell the progress callback what the workers have done so far. */
static void
tell_progress(skg_ctx *ctx, const skg_counts *slots, size_t n)
{
  if (ctx->progress) {
    skg_counts sum;
    sum_counts(slots, n, &sum);
    ctx->progress(ctx->progress_data, &sum);
  }
}

/* Read the length of the next chunk from worker link `l`, telling the
   progress callback every quarter of a second while waiting.
   @return 1 a length, 0 the worker is done, -1 an error (errno, or 0 when
   the length was cut short). */
static int
next_length(skg_ctx *ctx, worker_link *l, const skg_counts *slots, size_t n, uint64_t *len)
{
  size_t got = 0;
  while (got < sizeof *len) {
    struct pollfd p = {l->notify, POLLIN, 0};
    int r = poll(&p, 1, 250);
    if (r < 0 && errno != EINTR)
      return -1;
    if (r <= 0) {
      tell_progress(ctx, slots, n);
      continue;
    }
    ssize_t k = read(l->notify, (char *)len + got, sizeof *len - got);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      return -1;
    if (k == 0) {
      errno = 0; /* cut short, not an error of the system's */
      return got ? -1 : 0;
    }
    got += (size_t)k;
  }
  return 1;
}

/* Wait for the worker of `l` to end.  @return 1 if it failed, else 0. */
static int
reap(worker_link *l)
{
  int status = 0;
  pid_t r;
  while ((r = waitpid(l->pid, &status, 0)) < 0 && errno == EINTR)
    ;
  l->pid = -1;
  return r < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0;
}

/* After one worker ended where the next chunk would have been its own: every
   other worker must be at its end too.  One with a chunk still to announce
   saw more reports than that one (a folder or list that changed during the
   run), and its chunk would be lost. */
static skg_status
check_all_ended(skg_ctx *ctx, worker_link *links, size_t n, const skg_counts *slots)
{
  for (size_t i = 0; i < n; ++i) {
    uint64_t len;
    int r = links[i].pid > 0 ? next_length(ctx, &links[i], slots, n, &len) : 0;
    if (r < 0)
      return skg_err(ctx, SKG_ERR_IO, "lost touch with a worker: %s",
                     errno ? strerror(errno) : "its message was cut short");
    if (r > 0)
      return skg_err(ctx, SKG_ERR_IO, "the workers did not see the same reports (did a folder or "
                     "list change during the run?); the output is incomplete");
  }
  return SKG_OK;
}

static skg_status
extract_in_workers(skg_ctx *ctx, skg_format format, skg_view view, FILE *out,
                   skg_inputs *in, size_t n)
{
  worker_link *links = calloc(n, sizeof *links);
  skg_counts *slots = mmap(NULL, n * sizeof *slots, PROT_READ | PROT_WRITE,
                           MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (!links || slots == MAP_FAILED) {
    free(links);
    if (slots != MAP_FAILED)
      munmap(slots, n * sizeof *slots);
    return skg_err(ctx, SKG_ERR_NOMEM, "cannot start %zu workers: out of memory", n);
  }
  memset(slots, 0, n * sizeof *slots);
  for (size_t i = 0; i < n; ++i)
    links[i] = (worker_link){-1, NULL, -1, 0};
  skg_status st = skg_inputs_keep_stdin(in);
  fflush(NULL); /* nothing buffered may be written twice, by a worker too */
  size_t started = 0;
  for (; started < n && !st; ++started) {
    int fds[2] = {-1, -1};
    worker_link *l = &links[started];
    if (!(l->data = temp_file()) || pipe(fds)) {
      st = skg_err(ctx, SKG_ERR_IO, "cannot start a worker: %s", strerror(errno));
      break;
    }
    l->pid = fork();
    if (l->pid == 0) {
      close(fds[0]);
      for (size_t j = 0; j < started; ++j) { /* the parent's, for the other workers */
        close(links[j].notify);
        fclose(links[j].data); /* never written through: nothing buffered */
      }
      worker wk = {started, n, 0, (size_t)-1, 0, NULL, l->data, fds[1], 0, 0};
      run_worker(ctx, format, view, in, &wk, &slots[started]);
    }
    close(fds[1]);
    l->notify = fds[0];
    if (l->pid < 0) {
      st = skg_err(ctx, SKG_ERR_IO, "cannot start a worker: %s", strerror(errno));
      break;
    }
  }
  /* Chunk c is worker c % n's; once a worker has no chunk c, there is none
     after it either: every report is done. */
  struct stat out_stat;
  int use_sendfile = !fstat(fileno(out), &out_stat) && S_ISREG(out_stat.st_mode);
  int worker_failed = 0;
  for (size_t c = 0; !st; ++c) {
    worker_link *l = &links[c % n];
    uint64_t len;
    int r = next_length(ctx, l, slots, n, &len);
    if (r < 0)
      st = skg_err(ctx, SKG_ERR_IO, "lost touch with a worker: %s",
                   errno ? strerror(errno) : "its message was cut short");
    else if (r == 0) {
      /* at its end: done, or failed (then the others are stopped below) */
      worker_failed = reap(l);
      st = worker_failed ? skg_err(ctx, SKG_ERR_IO, "a worker failed; the output is incomplete")
                         : check_all_ended(ctx, links, n, slots);
      break;
    } else if (!(st = copy_chunk(ctx, l, len, out, &use_sendfile)))
      tell_progress(ctx, slots, n); /* the callback keeps its own pace */
  }
  for (size_t i = 0; i < n; ++i) {
    /* closed first: a worker that still had chunks to announce gets
       SIGPIPE (or EPIPE) rather than wait for a reader */
    if (links[i].notify >= 0)
      close(links[i].notify);
    if (st && links[i].pid > 0)
      kill(links[i].pid, SIGTERM);
  }
  for (size_t i = 0; i < n; ++i) {
    if (links[i].pid > 0)
      worker_failed |= reap(&links[i]);
    if (links[i].data)
      fclose(links[i].data);
  }
  if (!st && worker_failed)
    st = skg_err(ctx, SKG_ERR_IO, "a worker failed; the output is incomplete");
  sum_counts(slots, n, &ctx->counts);
  if (ctx->progress)
    ctx->progress(ctx->progress_data, &ctx->counts);
  munmap(slots, n * sizeof *slots);
  free(links);
  return st;
}

skg_status
skg_extract_reports(skg_ctx *ctx, skg_format format, skg_view view, FILE *out,
                    skg_inputs *in, int jobs)
{
  if (jobs > 1 && (format == SKG_FORMAT_RDFXML || format == SKG_FORMAT_DOT))
    return skg_err(ctx, SKG_ERR_BAD_ARG, "RDF/XML and DOT are one document each: they cannot "
                   "be written by several workers (use -j 1, or N-Quads)");
  if (jobs > 1)
    return extract_in_workers(ctx, format, view, out, in, (size_t)jobs);
  skg_writer *w = skg_writer_new(ctx, format, out);
  if (!w)
    return SKG_ERR_RDF;
  skg_writer_set_view(w, view);
  skg_status st = SKG_OK;
  const char *path;
  skg_inputs_rewind(in);
  while (st <= SKG_SKIPPED && (path = skg_inputs_next(in, &st)))
    st = skg_process_file(ctx, w, path);
  if (st <= SKG_SKIPPED)
    st = skg_writer_finish(w);
  skg_writer_free(w);
  return st > SKG_SKIPPED ? st : SKG_OK;
}
