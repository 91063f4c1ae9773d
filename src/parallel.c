/* parallel.c - a run of `extract` over many reports, in this process or in
   worker processes.

   Workers are forked once the context is built (tables and compiled patterns
   are then shared, copy-on-write).  The reports are numbered in the order the
   run was given them (a JSON Lines record counts as one) and cut into chunks
   of CHUNK; worker k takes chunks k, k+N, k+2N, ...  Each worker writes its
   output into a ring buffer in memory it shares with the parent and says
   down a pipe how many bytes of which chunk are there; the parent copies the
   chunks to the output in order, as they come, and hands the space back
   (a byte down a second pipe wakes a worker waiting for room).  So the
   output is what one process would have written, memory stays bounded by a
   report and the rings, and nothing passes through the disk twice: writing
   the parts to temporary files cost the workers a tenth more time.

   What the workers have done (skg_counts) is kept in shared memory, one slot
   each, for the progress line and the final counts.  Messages about skipped
   reports go straight from the workers to the sink. */
#define _GNU_SOURCE /* fopencookie(): the worker's FILE writes into its ring */
#include "serialize.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

enum { CHUNK = 8 };
#define RING_SIZE ((uint64_t)4 << 20)

/* A worker's output on its way to the parent: bytes head - tail are in
   data, at offsets modulo RING_SIZE.  Only the worker moves head, only the
   parent moves tail. */
typedef struct {
  _Atomic uint64_t head, tail;
  char             data[RING_SIZE];
} ring;

/* What a worker tells the parent: `len` more bytes of its current chunk are
   in the ring; `last` says the chunk ends there. */
typedef struct {
  uint64_t len, last;
} part;

/* What a worker knows about the sharing out. */
typedef struct {
  size_t      index, n_workers;
  size_t      next_report;  /* the number of the next report */
  size_t      chunk;        /* the chunk of the last report seen */
  int         open;         /* a chunk of ours is being written */
  skg_writer *w;
  FILE       *data;         /* writes into `r` */
  ring       *r;
  uint64_t    told;         /* head as far as the parent has been told */
  int         notify;       /* the parts pipe's write end */
  int         room;         /* the room pipe's read end */
  int         failed;
} worker;

static int
owns(const worker *wk, size_t chunk)
{
  return chunk % wk->n_workers == wk->index;
}

/* Tell the parent about the bytes put in the ring since last time.  A part
   is 16 bytes, under PIPE_BUF: the pipe takes it whole or not at all. */
static int
tell_part(worker *wk, int last)
{
  uint64_t head = atomic_load_explicit(&wk->r->head, memory_order_relaxed);
  part p = {head - wk->told, (uint64_t)last};
  ssize_t n;
  while ((n = write(wk->notify, &p, sizeof p)) < 0 && errno == EINTR)
    ;
  if (n != (ssize_t)sizeof p)
    return -1;
  wk->told = head;
  return 0;
}

/* The worker's FILE: copies into the ring; when it is full, tells the parent
   what is there and waits for room. */
static ssize_t
ring_write(void *cookie, const char *buf, size_t size)
{
  worker *wk = cookie;
  ring *r = wk->r;
  size_t done = 0;
  while (done < size) {
    uint64_t head = atomic_load_explicit(&r->head, memory_order_relaxed);
    uint64_t room = RING_SIZE - (head - atomic_load_explicit(&r->tail, memory_order_acquire));
    if (room == 0) {
      char tokens[4096];
      ssize_t n;
      if (head > wk->told && tell_part(wk, 0))
        return -1;
      while ((n = read(wk->room, tokens, sizeof tokens)) < 0 && errno == EINTR)
        ;
      if (n <= 0)
        return -1; /* the parent is gone */
      continue;
    }
    uint64_t at = head % RING_SIZE, n = size - done;
    if (n > room)
      n = room;
    if (n > RING_SIZE - at)
      n = RING_SIZE - at;
    memcpy(r->data + at, buf + done, n);
    atomic_store_explicit(&r->head, head + n, memory_order_release);
    done += n;
  }
  return (ssize_t)size;
}

/* End the open chunk: flush it into the ring and tell the parent. */
static int
close_chunk(worker *wk)
{
  wk->open = 0;
  if (skg_writer_flush(wk->w) || tell_part(wk, 1)) {
    wk->failed = 1;
    return -1;
  }
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
  static const cookie_io_functions_t to_ring = {NULL, ring_write, NULL, NULL};
  wk->data = fopencookie(wk, "w", to_ring);
  /* unbuffered: the writer hands over blocks of its own */
  if (!wk->data || setvbuf(wk->data, NULL, _IONBF, 0))
    _exit(1);
  wk->w = skg_writer_new(ctx, format, wk->data);
  if (!wk->w)
    _exit(1);
  skg_writer_omit_prologue(wk->w); /* the parent writes it, once */
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
  close(wk->room);
  /* _exit: the parent's stdio buffers and atexit handlers are not ours */
  _exit(failed ? 1 : 0);
}

typedef struct {
  pid_t    pid;
  ring    *r;         /* shared with the worker */
  int      notify;    /* the parts pipe's read end; -1 once closed */
  int      room;      /* the room pipe's write end (non-blocking); -1 once closed */
  int      room_in;   /* its read end, kept open here so that a worker gone
                         leaves a pipe that is full, not one that kills with SIGPIPE */
} worker_link;

/* Copy `len` bytes from the worker's ring to `out`, give the room back and
   wake the worker should it wait for it. */
static skg_status
copy_part(skg_ctx *ctx, worker_link *l, uint64_t len, FILE *out)
{
  ring *r = l->r;
  uint64_t tail = atomic_load_explicit(&r->tail, memory_order_relaxed);
  uint64_t head = atomic_load_explicit(&r->head, memory_order_acquire);
  if (len > head - tail)
    return skg_err(ctx, SKG_ERR_IO, "a worker's output is shorter than it said");
  while (len) {
    uint64_t at = tail % RING_SIZE, n = len < RING_SIZE - at ? len : RING_SIZE - at;
    if (fwrite(r->data + at, 1, n, out) != n)
      return skg_output_failed(ctx, errno);
    tail += n;
    len -= n;
    atomic_store_explicit(&r->tail, tail, memory_order_release);
  }
  /* one byte says "there is room": a full pipe holds enough of them */
  while (write(l->room, "", 1) < 0 && errno == EINTR)
    ;
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

/* Read the next part a worker announces, telling the progress callback
   every quarter of a second while waiting.
   @return 1 a part, 0 the worker is done, -1 an error (errno, or 0 when the
   message was cut short). */
static int
next_part(skg_ctx *ctx, worker_link *l, const skg_counts *slots, size_t n, part *len)
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
    part p;
    int r = links[i].pid > 0 ? next_part(ctx, &links[i], slots, n, &p) : 0;
    if (r < 0)
      return skg_err(ctx, SKG_ERR_IO, "lost touch with a worker: %s",
                     errno ? strerror(errno) : "its message was cut short");
    if (r > 0)
      return skg_err(ctx, SKG_ERR_IO, "the workers did not see the same reports (did a folder or "
                     "list change during the run?); the output is incomplete");
  }
  return SKG_OK;
}

/* Copy chunk after chunk, in order, until the workers are done. */
static skg_status
copy_chunks(skg_ctx *ctx, worker_link *links, size_t n, const skg_counts *slots, FILE *out,
            int *worker_failed)
{
  /* Chunk c is worker c % n's; once a worker has no chunk c, there is none
     after it either: every report is done. */
  for (size_t c = 0;; ++c) {
    worker_link *l = &links[c % n];
    for (int first = 1;; first = 0) {
      part p;
      int r = next_part(ctx, l, slots, n, &p);
      if (r < 0 || (r == 0 && !first))
        return skg_err(ctx, SKG_ERR_IO, "lost touch with a worker: %s",
                       r < 0 && errno ? strerror(errno) : "it ended in the middle of a chunk");
      if (r == 0) {
        /* at its end: done, or failed (then the others are stopped) */
        *worker_failed = reap(l);
        return *worker_failed ? skg_err(ctx, SKG_ERR_IO, "a worker failed; the output is incomplete")
                              : check_all_ended(ctx, links, n, slots);
      }
      skg_status st = copy_part(ctx, l, p.len, out);
      if (st)
        return st;
      if (p.last)
        break;
    }
    tell_progress(ctx, slots, n); /* the callback keeps its own pace */
  }
}

/* The start of the output (Turtle's and TriG's prefixes), written once by
   the parent as one process writes it: the workers' parts omit it. */
static skg_status
write_start(skg_ctx *ctx, skg_format format, FILE *out)
{
  skg_writer *w = skg_writer_new(ctx, format, out);
  skg_status st = w ? skg_writer_start(w) : SKG_ERR_RDF;
  if (!st)
    st = skg_writer_flush(w);
  skg_writer_free(w);
  return st;
}

/* Start worker `index` (its ring and pipes made here).  @return SKG_OK, or
   an error after a message; in the worker, never returns. */
static skg_status
start_worker(skg_ctx *ctx, skg_format format, skg_view view, skg_inputs *in, worker_link *links,
             size_t index, size_t n, skg_counts *slots)
{
  worker_link *l = &links[index];
  int parts[2] = {-1, -1}, room[2] = {-1, -1};
  l->r = mmap(NULL, sizeof *l->r, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (l->r == MAP_FAILED) {
    l->r = NULL;
    return skg_err(ctx, SKG_ERR_NOMEM, "cannot start a worker: %s", strerror(errno));
  }
  if (pipe(parts) || pipe(room) || fcntl(room[1], F_SETFL, O_NONBLOCK)) {
    int err = errno;
    for (int i = 0; i < 2; ++i) {
      if (parts[i] >= 0)
        close(parts[i]);
      if (room[i] >= 0)
        close(room[i]);
    }
    return skg_err(ctx, SKG_ERR_IO, "cannot start a worker: %s", strerror(err));
  }
  pid_t parent = getpid();
  l->pid = fork();
  if (l->pid == 0) {
#ifdef __linux__
    /* a parent stopped by a signal takes its workers with it, silently */
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) == 0 && getppid() != parent)
      _exit(1);
#else
    (void)parent;
#endif
    close(parts[0]);
    close(room[1]);
    for (size_t j = 0; j < index; ++j) { /* the parent's ends, for the other workers */
      close(links[j].notify);
      close(links[j].room);
      close(links[j].room_in);
    }
    worker wk = {index, n, 0, (size_t)-1, 0, NULL, NULL, l->r, 0, parts[1], room[0], 0};
    run_worker(ctx, format, view, in, &wk, &slots[index]);
  }
  int err = errno;
  close(parts[1]);
  l->notify = parts[0];
  l->room = room[1];
  l->room_in = room[0];
  return l->pid < 0 ? skg_err(ctx, SKG_ERR_IO, "cannot start a worker: %s", strerror(err)) : SKG_OK;
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
    links[i] = (worker_link){-1, NULL, -1, -1, -1};
  skg_status st = skg_inputs_keep_stdin(in);
  if (!st)
    st = write_start(ctx, format, out);
  fflush(NULL); /* nothing buffered may be written twice, by a worker too */
  for (size_t i = 0; i < n && !st; ++i)
    st = start_worker(ctx, format, view, in, links, i, n, slots);
  int worker_failed = 0;
  if (!st)
    st = copy_chunks(ctx, links, n, slots, out, &worker_failed);
  for (size_t i = 0; i < n; ++i) {
    /* closed first: a worker that still had parts to announce gets SIGPIPE
       (or EPIPE), one waiting for room gets the end of its pipe */
    if (links[i].notify >= 0)
      close(links[i].notify);
    if (links[i].room >= 0)
      close(links[i].room);
    if (links[i].room_in >= 0)
      close(links[i].room_in);
    if (st && links[i].pid > 0)
      kill(links[i].pid, SIGTERM);
  }
  for (size_t i = 0; i < n; ++i) {
    if (links[i].pid > 0)
      worker_failed |= reap(&links[i]);
    if (links[i].r)
      munmap(links[i].r, sizeof *links[i].r);
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
  if (jobs > 1 && !skg_format_splittable(format))
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
