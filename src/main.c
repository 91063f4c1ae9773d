/* main.c - the summitkg command: options, files, messages, exit status.
   Only this file knows argv, stdout, stderr and exit codes:
   0 all reports processed, 2 some skipped (each said why), 1 the run failed. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "summitkg.h"

typedef struct {
  int    quiet;
  int    progress;         /* a progress line is being drawn on stderr */
  double started, drawn;   /* when the run started, and the line was last drawn */
  unsigned long long total_bytes; /* of the inputs, for the estimate; 0 unknown */
} sink_state;

static double
seconds_now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
print_message(void *data, skg_status st, const char *file, size_t line, const char *msg)
{
  const sink_state *s = data;
  if (s->quiet && st <= SKG_SKIPPED) /* notices and skipped reports */
    return;
  if (s->progress)
    fputs("\r\033[K", stderr); /* the message replaces the progress line */
  if (file && line)
    fprintf(stderr, "summitkg: %s:%zu: %s\n", file, line, msg);
  else if (file)
    fprintf(stderr, "summitkg: %s: %s\n", file, msg);
  else
    fprintf(stderr, "summitkg: %s\n", msg);
}

/* The progress line: reports done, rate, and an estimate of the time left
   from the share of the input's bytes read.  Drawn at most 4 times a second. */
static void
draw_progress(void *data, const skg_counts *c)
{
  sink_state *s = data;
  double t = seconds_now();
  if (t - s->drawn < 0.25)
    return;
  s->drawn = t;
  double elapsed = t - s->started;
  double rate = elapsed > 0 ? (double)(c->reports + c->skipped) / elapsed : 0;
  fprintf(stderr, "\r\033[Ksummitkg: %zu reports", c->reports + c->skipped);
  if (c->skipped)
    fprintf(stderr, " (%zu skipped)", c->skipped);
  fprintf(stderr, ", %.0f/s", rate);
  if (s->total_bytes && c->bytes && c->bytes <= s->total_bytes) {
    double left = elapsed * (double)(s->total_bytes - c->bytes) / (double)c->bytes;
    fprintf(stderr, ", %.0f%%, about %d:%02d left", 100.0 * (double)c->bytes / (double)s->total_bytes,
            (int)(left / 60), (int)left % 60);
  }
  fflush(stderr);
}

static void
end_progress(sink_state *s)
{
  if (s->progress)
    fputs("\r\033[K", stderr);
  s->progress = 0;
}

static long
peak_memory_kib(int who)
{
  struct rusage ru;
  return getrusage(who, &ru) ? 0 : ru.ru_maxrss;
}

/* --stats: one summary on stderr. */
static void
print_stats(const skg_counts *c, double seconds)
{
  double mb = (double)c->bytes / 1e6;
  long self = peak_memory_kib(RUSAGE_SELF), children = peak_memory_kib(RUSAGE_CHILDREN);
  fprintf(stderr,
          "summitkg: %zu reports processed, %zu skipped, %llu statements, %.1f MB read in %.2f s: "
          "%.0f reports/s, %.0f statements/s, %.1f MB/s; peak memory %.1f MB\n",
          c->reports, c->skipped, c->statements, mb, seconds,
          seconds > 0 ? (double)(c->reports + c->skipped) / seconds : 0,
          seconds > 0 ? (double)c->statements / seconds : 0, seconds > 0 ? mb / seconds : 0,
          (double)(self > children ? self : children) / 1024.0);
}

/* The command being run, for messages (NULL before it is known). */
static const char *current_command;

static int
usage_error(const char *fmt, const char *arg)
{
  if (current_command)
    fprintf(stderr, "summitkg %s: ", current_command);
  else
    fputs("summitkg: ", stderr);
  fprintf(stderr, fmt, arg);
  if (current_command)
    fprintf(stderr, "\nTry 'summitkg %s --help'.\n", current_command);
  else
    fputs("\nTry 'summitkg --help'.\n", stderr);
  return 1;
}

enum { MAX_PARAMS = 32 };

typedef struct {
  const char *format_name, *base, *output;
  const char *store, *expression, *results_format;
  const char *files_from;
  const char *view_name;
  skg_void_options dataset;  /* export --void: what describes the dataset */
  size_t      max_bytes;
  double      min_confidence;
  int         quiet, describe, recursive, jsonl, stats;
  int         jobs;
  long        commit_every; /* load: reports a transaction; 0: the default */
  const char *params[MAX_PARAMS + 1]; /* query --param NAME=VALUE, NULL-terminated */
  size_t      n_params;
  struct {
    const char *endpoint, *user, *password_file, *journal;
    long        timeout;      /* 0: the default */
    long        retries;      /* -1 (set in main): the default */
    int         force;
  } push;
} options;

/* An output: standard output, or a file written beside its target and
   renamed into place at the end, so that it is whole or not there at all. */
typedef struct {
  FILE       *file;
  const char *path;      /* NULL for standard output */
  char        tmp[4096];
} output;

/* ---- signals --------------------------------------------------------------

   SIGINT, SIGTERM and SIGHUP end a run without leaving half of anything:
   -O's temporary file is removed before the signal takes its course, and a
   load stops after the report it is writing and commits the reports loaded
   (graceful_stop; a second signal ends it at once, the uncommitted group
   absent).  A signal ignored when summitkg started (a background job's
   SIGINT, nohup's SIGHUP) stays ignored.  -j's workers inherit the handler
   and die of the signal: only the process that made the file removes it. */
static volatile sig_atomic_t stop_signal;   /* the signal that asked to stop; 0: none */
static volatile sig_atomic_t graceful_stop; /* finish the report, then stop */
static char temp_to_remove[4096];           /* -O's temporary file while written; "" none */
static pid_t temp_owner;                    /* the process that made it */

static void
on_stop_signal(int sig)
{
  stop_signal = sig;
  if (graceful_stop)
    return; /* SA_RESETHAND: the next one takes its default course */
  if (temp_to_remove[0] && getpid() == temp_owner)
    unlink(temp_to_remove); /* async-signal-safe */
  signal(sig, SIG_DFL);
  raise(sig);
}

static void
catch_stop_signals(void)
{
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; ++i) {
    struct sigaction old, sa = {0};
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    sa.sa_handler = on_stop_signal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(sigs[i], &sa, NULL);
  }
}

/* Keep `path` as the file a stopping signal removes ("" for none).  The
   signals are blocked meanwhile, so that the handler never reads half a name. */
static void
set_temp_to_remove(const char *path)
{
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &old);
  snprintf(temp_to_remove, sizeof temp_to_remove, "%s", path);
  temp_owner = getpid();
  sigprocmask(SIG_SETMASK, &old, NULL);
}

/* The mode a new file gets from open(2) and the umask: mkstemp()'s 0600
   would make the output unreadable to the others a plain redirection lets in. */
static mode_t
default_file_mode(void)
{
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

/* Open `path` ("-" or NULL: standard output).  Returns 0, or 1 after a message. */
static int
open_output(const char *path, output *out)
{
  out->file = stdout;
  out->path = NULL;
  out->tmp[0] = '\0';
  if (!path || !strcmp(path, "-"))
    return 0;
  out->path = path;
  out->file = NULL;
  /* named for this process, so that if it is killed (SIGKILL gives no
     chance to remove it) the next run for the same path removes it */
  int fd = skg_temp_make(path, out->tmp, sizeof out->tmp);
  if (fd >= 0 && (fchmod(fd, default_file_mode()) || !(out->file = fdopen(fd, "wb")))) {
    close(fd);
    unlink(out->tmp);
  }
  if (fd < 0 || !out->file) {
    fprintf(stderr, "summitkg: %s: cannot write: %s\n", path, strerror(errno));
    return 1;
  }
  set_temp_to_remove(out->tmp);
  return 0;
}

/* Close `out`; unless `failed`, put the file in place.  Returns 1 if the
   run failed (after a message), else 0. */
static int
close_output(output *out, int failed)
{
  if (!out->path) {
    if (fflush(stdout) != 0 || ferror(stdout)) {
      if (!failed)
        fprintf(stderr, "summitkg: standard output: cannot write: %s\n", strerror(errno));
      failed = 1;
    }
    return failed;
  }
  if (fclose(out->file) != 0 && !failed) {
    fprintf(stderr, "summitkg: %s: cannot write: %s\n", out->path, strerror(errno));
    failed = 1;
  }
  if (!failed && rename(out->tmp, out->path) != 0) {
    fprintf(stderr, "summitkg: %s: cannot write: %s\n", out->path, strerror(errno));
    failed = 1;
  }
  if (failed)
    unlink(out->tmp);
  set_temp_to_remove("");
  return failed;
}

/* A context with the options applied and messages going to stderr; NULL
   after a message if that fails. */
static skg_ctx *
new_context(const options *opt, sink_state *sink)
{
  skg_ctx *ctx = skg_ctx_new();
  if (!ctx) {
    fputs("summitkg: cannot start: out of memory\n", stderr);
    return NULL;
  }
  skg_ctx_set_sink(ctx, print_message, sink);
  skg_ctx_set_output_name(ctx, opt->output && strcmp(opt->output, "-") ? opt->output : "standard output");
  if (opt->base && skg_ctx_set_base(ctx, opt->base)) {
    skg_ctx_free(ctx);
    usage_error("--base needs an absolute IRI, not '%s'", opt->base);
    return NULL;
  }
  if (opt->max_bytes)
    skg_ctx_set_max_bytes(ctx, opt->max_bytes);
  skg_ctx_set_min_confidence(ctx, opt->min_confidence);
  skg_ctx_set_jsonl(ctx, opt->jsonl);
  return ctx;
}

/* The reports of the run: the operands (none: standard input), folders
   walked with -r, and the paths of --files-from.  NULL after a message when
   the list cannot be made. */
static skg_inputs *
collect_inputs(skg_ctx *ctx, const options *opt, int n_files, char **files)
{
  skg_inputs *in = skg_inputs_new(ctx, opt->recursive);
  skg_status st = in ? SKG_OK : SKG_ERR_NOMEM;
  if (!st && n_files == 0 && !opt->files_from)
    st = skg_inputs_add(in, "-");
  for (int i = 0; i < n_files && !st; ++i)
    st = skg_inputs_add(in, files[i]);
  if (!st && opt->files_from)
    st = skg_inputs_add_list(in, opt->files_from); /* says what went wrong */
  if (st == SKG_ERR_NOMEM)
    fputs("summitkg: cannot list the reports: out of memory\n", stderr);
  if (st) {
    skg_inputs_free(in);
    return NULL;
  }
  return in;
}

/* Start the progress line (on a terminal, unless -q) and the clock. */
static void
start_progress(skg_ctx *ctx, const options *opt, skg_inputs *in, sink_state *sink)
{
  sink->started = seconds_now();
  sink->drawn = 0; /* the first report draws the line at once */
  if (opt->quiet || !isatty(STDERR_FILENO))
    return;
  sink->progress = 1;
  sink->total_bytes = skg_inputs_total_bytes(in);
  skg_ctx_set_progress(ctx, draw_progress, sink);
}

/* After a run over reports: end the progress line, print --stats, and give
   the exit status: 1 the run failed, 2 some reports were skipped, else 0. */
static int
finish_run(skg_ctx *ctx, const options *opt, sink_state *sink, int failed)
{
  end_progress(sink);
  const skg_counts *c = skg_ctx_counts(ctx);
  if (opt->stats)
    print_stats(c, seconds_now() - sink->started);
  return failed ? 1 : c->skipped ? 2 : 0;
}

/* Standard output flushed and checked: a full disk is a failed run, said.
   Returns 1 after a message, else 0. */
static int
stdout_failed(void)
{
  if (fflush(stdout) == 0 && !ferror(stdout))
    return 0;
  fprintf(stderr, "summitkg: standard output: cannot write: %s\n", strerror(errno ? errno : EIO));
  return 1;
}

static int
run_explain(const options *opt, int n_files, char **files)
{
  skg_explain_format format = SKG_EXPLAIN_TEXT;
  if (opt->results_format && skg_explain_format_from_name(opt->results_format, &format))
    return usage_error("--format is text, tsv or source, not '%s'", opt->results_format);
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx = new_context(opt, &sink);
  if (!ctx)
    return 1;
  skg_inputs *in = collect_inputs(ctx, opt, n_files, files);
  skg_status st = in ? SKG_OK : SKG_ERR_IO;
  if (in && skg_explain_header(stdout, format))
    st = SKG_ERR_IO;
  const char *path;
  while (st <= SKG_SKIPPED && in && (path = skg_inputs_next(in, &st)))
    st = skg_explain_file_as(ctx, stdout, path, format);
  int failed = st > SKG_SKIPPED;
  if (!failed)
    failed = stdout_failed();
  int rc = finish_run(ctx, opt, &sink, failed);
  skg_inputs_free(in);
  skg_ctx_free(ctx);
  return rc;
}

/* The view --view names; returns 0, or 1 after a message. */
static int
parse_view(const options *opt, skg_view *view)
{
  *view = SKG_VIEW_FULL;
  if (opt->view_name && skg_view_from_name(opt->view_name, view))
    return usage_error("unknown view '%s' (full or summit)", opt->view_name);
  return 0;
}

/* The syntax to write: -o's, else the one -O's extension names, else
   `fallback`.  Returns 0, or 1 after a message listing what is valid. */
static int
output_syntax(const options *opt, skg_format fallback, skg_format *format)
{
  *format = fallback;
  if (opt->format_name) {
    if (skg_format_from_name(opt->format_name, format)) {
      fprintf(stderr, "summitkg %s: unknown syntax '%s' for -o: use %s\n", current_command, opt->format_name,
              skg_format_names());
      return 1;
    }
  } else if (opt->output && strcmp(opt->output, "-") && skg_format_from_filename(opt->output, format)) {
    /* Turtle in a .json file would be found by no one who looks for it */
    fprintf(stderr, "summitkg %s: %s: its extension names no syntax: name it %s, or say -o SYNTAX\n",
            current_command, opt->output, skg_format_extensions());
    return 1;
  }
  return 0;
}

static int
run_extract(const options *opt, int n_files, char **files)
{
  skg_format format;
  skg_view view;
  if (parse_view(opt, &view) || output_syntax(opt, SKG_FORMAT_TURTLE, &format))
    return 1;
  if (opt->jobs > 1 && !skg_format_splittable(format))
    return usage_error("-j needs a syntax that can be written in parts: not %s (one document with one root)",
                       skg_format_name(format));
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx = new_context(opt, &sink);
  if (!ctx)
    return 1;
  output out;
  skg_inputs *in = collect_inputs(ctx, opt, n_files, files);
  int failed = !in;
  if (!failed && !(failed = open_output(opt->output, &out))) {
    start_progress(ctx, opt, in, &sink);
    failed = skg_extract_reports(ctx, format, view, out.file, in, opt->jobs) != SKG_OK;
    end_progress(&sink);
    failed = close_output(&out, failed);
  }
  int rc = finish_run(ctx, opt, &sink, failed);
  skg_inputs_free(in);
  skg_ctx_free(ctx);
  return rc;
}

/* ---- the store ------------------------------------------------------------ */

static const char *
store_path(const options *opt)
{
  const char *env = getenv("SUMMITKG_STORE");
  return opt->store ? opt->store : env && *env ? env : "summitkg.db";
}

/* A context and the store it opens, for loading or (`read_only`) for
   reading; both NULL after a message. */
static skg_store *
open_store(const options *opt, sink_state *sink, skg_ctx **ctx, int read_only)
{
  *ctx = new_context(opt, sink);
  if (!*ctx)
    return NULL;
  skg_store *store = read_only ? skg_store_open_read(*ctx, store_path(opt)) : skg_store_open(*ctx, store_path(opt));
  if (!store) {
    skg_ctx_free(*ctx);
    *ctx = NULL;
  }
  return store;
}

static int
run_load(const options *opt, int n_files, char **files)
{
  if (n_files == 0 && !opt->files_from)
    return usage_error("%s", "load needs the reports to load");
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx;
  skg_store *store = open_store(opt, &sink, &ctx, 0);
  if (!store)
    return 1;
  if (opt->commit_every)
    skg_store_set_group(store, (unsigned)opt->commit_every, SKG_STORE_GROUP_MS);
  graceful_stop = 1;
  skg_inputs *in = collect_inputs(ctx, opt, n_files, files);
  skg_status st = in ? SKG_OK : SKG_ERR_IO;
  const char *path;
  if (in)
    start_progress(ctx, opt, in, &sink);
  while (st <= SKG_SKIPPED && !stop_signal && in && (path = skg_inputs_next(in, &st)))
    st = skg_load_file(ctx, store, path);
  /* the reports loaded since the last commit (none after a report the store
     refused: its group has been rolled back with it) */
  skg_status flushed = skg_store_flush(store);
  if (flushed != SKG_OK && st <= SKG_SKIPPED)
    st = flushed;
  skg_store_close(store);
  end_progress(&sink);
  const skg_counts *c = skg_ctx_counts(ctx);
  if (!opt->quiet && flushed == SKG_OK)
    fprintf(stderr, "summitkg: %s%zu report%s loaded into %s, %zu skipped\n", stop_signal ? "stopped by a signal: " : "",
            c->reports, c->reports == 1 ? "" : "s", store_path(opt), c->skipped);
  int rc = finish_run(ctx, opt, &sink, st > SKG_SKIPPED);
  if (stop_signal)
    rc = 128 + stop_signal;
  skg_inputs_free(in);
  skg_ctx_free(ctx);
  return rc;
}

/* The whole of a query file (new, NULL after a message). */
static char *
read_query_file(const char *path)
{
  FILE *in = fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "summitkg: %s: cannot open: %s\n", path, strerror(errno));
    return NULL;
  }
  size_t len = 0, cap = 4096;
  char *text = malloc(cap);
  size_t n;
  while (text && (n = fread(text + len, 1, cap - len - 1, in)) > 0) {
    len += n;
    if (len + 1 == cap) {
      char *p = cap < ((size_t)1 << 24) ? realloc(text, cap *= 2) : NULL;
      if (!p) {
        free(text);
        text = NULL;
      } else
        text = p;
    }
  }
  int bad = ferror(in);
  fclose(in);
  if (!text || bad) {
    fprintf(stderr, "summitkg: %s: cannot read the query\n", path);
    free(text);
    return NULL;
  }
  text[len] = '\0';
  return text;
}

/* --timeout: rasqal has no way to stop a query, so the process stops. */
static char timeout_message[160];

static void
on_timeout(int sig)
{
  (void)sig;
  ssize_t n = write(STDERR_FILENO, timeout_message, strlen(timeout_message));
  (void)n;
  _exit(1);
}

static void
start_timeout(long seconds)
{
  if (seconds <= 0)
    return;
  snprintf(timeout_message, sizeof timeout_message,
           "\nsummitkg query: the query ran for its --timeout of %ld s: stopped\n", seconds);
  struct sigaction sa = {0};
  sa.sa_handler = on_timeout;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, NULL);
  alarm((unsigned)seconds);
}

static int
run_query(const options *opt, int n_files, char **files)
{
  if (!opt->expression == (n_files != 1))
    return usage_error("%s", "query needs one query: -e 'SPARQL' or a FILE.rq");
  skg_query_options qo;
  skg_query_options_init(&qo);
  if (opt->results_format && skg_results_format_from_name(opt->results_format, &qo.format))
    return usage_error("--format is table, csv, tsv, json or xml, not '%s'", opt->results_format);
  if (output_syntax(opt, SKG_FORMAT_TURTLE, &qo.syntax))
    return 1;
  qo.name = opt->expression ? NULL : files[0];
  qo.params = opt->n_params ? opt->params : NULL;
  char *text = opt->expression ? strdup(opt->expression) : read_query_file(files[0]);
  if (!text)
    return 1;
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx;
  skg_store *store = open_store(opt, &sink, &ctx, 1);
  int answer = -1;
  start_timeout(opt->push.timeout);
  skg_status st = store ? skg_query_run(store, text, &qo, stdout, &answer) : SKG_ERR_STORE;
  alarm(0);
  skg_store_close(store);
  skg_ctx_free(ctx);
  free(text);
  if (st || stdout_failed())
    return 1;
  return answer == 0 ? 1 : 0; /* ASK: no is exit status 1, as test(1) and grep -q say no */
}

static int
run_export(const options *opt)
{
  /* a description is small and read by people first: Turtle unless told */
  skg_format format;
  skg_view view;
  if (parse_view(opt, &view) ||
      output_syntax(opt, opt->describe ? SKG_FORMAT_TURTLE : SKG_FORMAT_NQUADS, &format))
    return 1;
  if (opt->describe && view != SKG_VIEW_FULL)
    return usage_error("%s", "--void describes the whole dataset: no --view");
  if (!opt->describe && (opt->dataset.license || opt->dataset.endpoint || opt->dataset.download ||
                         opt->dataset.title))
    return usage_error("%s", "--license, --endpoint, --download and --title describe the dataset: with --void");
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx;
  skg_store *store = open_store(opt, &sink, &ctx, 1);
  if (!store)
    return 1;
  output out;
  int failed = open_output(opt->output, &out);
  skg_writer *w = failed ? NULL : skg_writer_new(ctx, format, out.file);
  if (w)
    skg_writer_set_view(w, view);
  skg_status st = !w ? SKG_ERR_RDF
                : opt->describe ? skg_void_describe(ctx, store, &opt->dataset, w)
                : skg_store_export(store, w);
  if (!st)
    st = skg_writer_finish(w);
  skg_writer_free(w);
  skg_store_close(store);
  skg_ctx_free(ctx);
  if (!failed)
    failed = close_output(&out, st > SKG_SKIPPED);
  return failed || st > SKG_SKIPPED ? 1 : 0;
}

static int
run_stats(const options *opt)
{
  static const struct { const char *what, *class_iri; } classes[] = {
    {"reports", "Report"}, {"summits", "Summit"}, {"people", "Person"}, {"countries", "Country"},
    {"organizations", "Organization"}, {"facts (pieces of evidence)", "Evidence"}};
  static const char *const relations[] = {
    "organization", "edition", "startDate", "hostCity", "venue", "mode", "chair", "attendee",
    "participant", "represents", "participatingState", "declaration", "accedingState",
    "nextPresidency", "holdsOffice"};
  enum { N_CLASSES = sizeof classes / sizeof *classes, N_RELATIONS = sizeof relations / sizeof *relations };
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx;
  skg_store *store = open_store(opt, &sink, &ctx, 1);
  if (!store)
    return 1;
  /* every count first, then the table: a store that fails half-way prints
     nothing but its one message */
  size_t n_class[N_CLASSES], n_relation[N_RELATIONS];
  skg_status st = SKG_OK;
  char query[512];
  for (size_t i = 0; i < N_CLASSES && !st; ++i) {
    snprintf(query, sizeof query,
             "SELECT DISTINCT ?x WHERE { ?x a <https://w3id.org/summitkg/ontology#%s> }", classes[i].class_iri);
    st = skg_store_count(store, query, &n_class[i]);
  }
  for (size_t i = 0; i < N_RELATIONS && !st; ++i) {
    snprintf(query, sizeof query,
             "SELECT DISTINCT ?e WHERE { ?e <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> "
             "<https://w3id.org/summitkg/ontology#%s> }", relations[i]);
    st = skg_store_count(store, query, &n_relation[i]);
  }
  skg_store_close(store);
  skg_ctx_free(ctx);
  if (st)
    return 1;
  for (size_t i = 0; i < N_CLASSES; ++i)
    printf("%-28s %zu\n", classes[i].what, n_class[i]);
  printf("\nfacts by relation\n");
  for (size_t i = 0; i < N_RELATIONS; ++i)
    if (n_relation[i])
      printf("  %-26s %zu\n", relations[i], n_relation[i]);
  return stdout_failed();
}

/* ---- push ----------------------------------------------------------------- */

/* The first line of `path` (new), without its line end; NULL after a message. */
static char *
read_first_line(const char *path, const char *what)
{
  FILE *in = fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "summitkg: %s: cannot open: %s\n", path, strerror(errno));
    return NULL;
  }
  /* as ssh says of a key others can read: the password is not secret */
  struct stat sb;
  if (!strcmp(what, "password") && fstat(fileno(in), &sb) == 0 && (sb.st_mode & (S_IRWXG | S_IRWXO)))
    fprintf(stderr, "summitkg: %s: warning: others can read this password file (mode %04o); chmod 600 %s\n", path,
            (unsigned)(sb.st_mode & 07777), path);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, in);
  fclose(in);
  while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
    line[--n] = '\0';
  if (n <= 0) {
    fprintf(stderr, "summitkg: %s: no %s on its first line\n", path, what);
    free(line);
    return NULL;
  }
  return line;
}

/* The journal's path (new): --journal, else $XDG_STATE_HOME/summitkg/push-journal,
   else ~/.local/state/summitkg/push-journal, its directories made (0700, as the
   XDG base directory specification asks).  NULL after a message. */
static char *
journal_path(const char *given)
{
  if (given)
    return strdup(given);
  const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
  const char *tail = "/.local/state/summitkg/push-journal";
  const char *root = state && *state == '/' ? state : home && *home ? home : NULL;
  if (!root) {
    fputs("summitkg: push needs --journal FILE (neither $XDG_STATE_HOME nor $HOME is set)\n", stderr);
    return NULL;
  }
  if (root == state)
    tail = "/summitkg/push-journal";
  size_t len = strlen(root) + strlen(tail) + 1;
  char *path = malloc(len);
  if (!path) {
    fputs("summitkg: out of memory\n", stderr);
    return NULL;
  }
  snprintf(path, len, "%s%s", root, tail);
  /* every directory on the way that is missing */
  for (char *slash = path + 1; (slash = strchr(slash, '/')); ++slash) {
    *slash = '\0';
    int failed = mkdir(path, 0700) != 0 && errno != EEXIST;
    if (failed)
      fprintf(stderr, "summitkg: %s: cannot make the journal's directory: %s\n", path, strerror(errno));
    *slash = '/';
    if (failed) {
      free(path);
      return NULL;
    }
  }
  return path;
}

static int
run_push(const options *opt, int n_files, char **files)
{
  if (!opt->push.endpoint)
    return usage_error("%s", "push needs --endpoint URL (a SPARQL 1.1 Graph Store)");
  if (n_files == 0 && !opt->files_from)
    return usage_error("%s", "push needs the reports to push");
  if (!opt->push.user != !opt->push.password_file)
    return usage_error("%s", "--user and --password-file go together");
  skg_push_options po;
  skg_push_options_init(&po);
  po.endpoint = opt->push.endpoint;
  po.user = opt->push.user;
  po.force = opt->push.force;
  if (opt->push.timeout)
    po.timeout = opt->push.timeout;
  if (opt->push.retries >= 0)
    po.retries = (unsigned)opt->push.retries;
  char *password = NULL, *journal = NULL;
  if (opt->push.password_file && !(password = read_first_line(opt->push.password_file, "password")))
    return 1;
  po.password = password;
  if (!(journal = journal_path(opt->push.journal))) {
    free(password);
    return 1;
  }
  po.journal = journal;
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx = new_context(opt, &sink);
  skg_inputs *in = ctx ? collect_inputs(ctx, opt, n_files, files) : NULL;
  skg_pusher *pusher = in ? skg_pusher_new(ctx, &po) : NULL;
  skg_status st = pusher ? SKG_OK : SKG_ERR_BAD_ARG;
  const char *path = NULL;
  if (pusher)
    start_progress(ctx, opt, in, &sink);
  while (st <= SKG_SKIPPED && pusher && (path = skg_inputs_next(in, &st)))
    st = skg_push_file(ctx, pusher, path);
  size_t n_not_tried = 0;
  if (st > SKG_SKIPPED && path) /* the run stopped: what was left of the list */
    n_not_tried = skg_inputs_count_rest(in);
  if (pusher && st <= SKG_SKIPPED)
    st = skg_pusher_finish(pusher);
  end_progress(&sink);
  if (pusher && !opt->quiet) {
    /* the line tests and scripts read: keep its words.  Skipped reports are
       those the server refused and those that could not be read. */
    const skg_push_stats *s = skg_pusher_stats(pusher);
    size_t skipped = skg_ctx_counts(ctx)->skipped;
    fprintf(stderr, "summitkg: push to %s: %zu sent, %zu unchanged, %zu failed, %zu unreadable, %zu not tried; "
            "%zu request%s, %.2f MB, %.2f s\n", skg_pusher_endpoint(pusher), s->sent, s->unchanged, s->failed,
            skipped > s->failed ? skipped - s->failed : 0, n_not_tried, s->requests, s->requests == 1 ? "" : "s",
            (double)s->bytes / 1e6, s->seconds);
  }
  int rc = ctx ? finish_run(ctx, opt, &sink, st > SKG_SKIPPED) : 1;
  skg_pusher_free(pusher);
  skg_inputs_free(in);
  skg_ctx_free(ctx);
  if (password)
    memset(password, 0, strlen(password));
  free(password);
  free(journal);
  return rc;
}

/* ---- the commands and their options -----------------------------------------

   One table of options, and for each command the ones it takes (with its
   own words for those whose meaning depends on the command): an option
   another command takes is refused by name, so that nothing given is
   silently ignored; `summitkg COMMAND --help` and `summitkg help COMMAND`
   print the command's usage from the same table. */

enum {
  O_RECURSIVE = 1000, O_FILES_FROM, O_JSONL, O_JOBS, O_STATS, O_STORE, O_COMMIT_EVERY, O_EXPRESSION,
  O_FORMAT, O_OUTPUT_FORMAT, O_OUTPUT, O_BASE, O_MAX_BYTES, O_MIN_CONFIDENCE, O_VIEW, O_VOID, O_LICENSE,
  O_ENDPOINT, O_TITLE, O_DOWNLOAD, O_USER, O_PASSWORD_FILE, O_JOURNAL, O_FORCE, O_TIMEOUT, O_RETRIES,
  O_PARAM, O_QUIET, O_HELP, O_VERSION, O_END
};

typedef struct {
  int         id;
  const char *name;   /* the long name */
  char        letter; /* the short one, or 0 */
  const char *arg;    /* what it takes, NULL: nothing */
  const char *help;   /* what it does, where no command says otherwise */
} option_info;

static const option_info option_table[] = {
  {O_RECURSIVE, "recursive", 'r', NULL, "read the reports in folders, and below"},
  {O_FILES_FROM, "files-from", 0, "LIST", "read the inputs named in LIST, one a line ('-': standard input)"},
  {O_JSONL, "jsonl", 0, NULL, "every input is a JSON Lines corpus (a report a line)"},
  {O_JOBS, "jobs", 'j', "N", "extract with N worker processes (default 1)"},
  {O_STATS, "stats", 0, NULL, "print what was done, and how fast, at the end"},
  {O_STORE, "store", 0, "PATH", "the store (default $SUMMITKG_STORE, else summitkg.db)"},
  {O_COMMIT_EVERY, "commit-every", 0, "N", "commit every N reports (default 256), and at least every 5 s"},
  {O_EXPRESSION, "expression", 'e', "SPARQL", "the query (or give a FILE.rq)"},
  {O_FORMAT, "format", 0, "NAME", NULL},
  {O_OUTPUT_FORMAT, "output-format", 'o', "SYNTAX", NULL},
  {O_OUTPUT, "output", 'O', "FILE", "write FILE, whole or not at all; its extension names the syntax"},
  {O_BASE, "base", 0, "IRI", "the base of instance IRIs (default https://w3id.org/summitkg/id/)"},
  {O_MAX_BYTES, "max-bytes", 0, "N", "skip reports larger than N bytes (default 16777216)"},
  {O_MIN_CONFIDENCE, "min-confidence", 0, "X", "leave out facts below confidence X (0..1)"},
  {O_VIEW, "view", 0, "NAME", "full (default), or summit: each summit's facts and names, no evidence"},
  {O_VOID, "void", 0, NULL, "describe the dataset (VoID and DCAT) instead of writing it"},
  {O_LICENSE, "license", 0, "IRI", "--void: the data's licence (default CC BY 4.0)"},
  {O_ENDPOINT, "endpoint", 0, "URL", NULL},
  {O_TITLE, "title", 0, "TEXT", "--void: the dataset's title"},
  {O_DOWNLOAD, "download", 0, "URL", "--void: where its N-Quads can be downloaded"},
  {O_USER, "user", 0, "NAME", "authenticate as NAME (Basic, Digest, ...)"},
  {O_PASSWORD_FILE, "password-file", 0, "FILE", "the password is FILE's first line (chmod 600 it)"},
  {O_JOURNAL, "journal", 0, "FILE", "what the server confirmed (default $XDG_STATE_HOME/summitkg/push-journal)"},
  {O_FORCE, "force", 0, NULL, "send even what the journal says the server holds"},
  {O_TIMEOUT, "timeout", 0, "S", NULL},
  {O_RETRIES, "retries", 0, "N", "tries again after a transient failure (default 2)"},
  {O_PARAM, "param", 0, "NAME=VALUE", "set $NAME in the query to VALUE (an <IRI>, a number, else a string)"},
  {O_QUIET, "quiet", 'q', NULL, "no messages about skipped reports or reports without a summit, no progress"},
  {O_HELP, "help", 'h', NULL, "this help"},
  {O_VERSION, "version", 'V', NULL, "the version"},
};
enum { N_OPTIONS = sizeof option_table / sizeof *option_table };

/* An option a command takes, with the command's own words for it (NULL: the table's). */
typedef struct {
  int         id;
  const char *help;
} command_option;

typedef struct {
  const char *name, *args, *summary, *about, *example, *exit;
  const command_option *options;
  int (*run)(const options *opt, int n, char **args);
} command_info;

/* The options of the commands that read reports. */
#define READING_OPTIONS {O_RECURSIVE, NULL}, {O_FILES_FROM, NULL}, {O_JSONL, NULL}, {O_BASE, NULL}, \
  {O_MAX_BYTES, NULL}, {O_MIN_CONFIDENCE, NULL}, {O_STATS, NULL}, {O_QUIET, NULL}

static const command_option extract_options[] = {
  {O_OUTPUT_FORMAT, "the syntax: turtle (default), ntriples, nquads, trig, rdfxml, dot (GraphViz)"},
  {O_OUTPUT, NULL}, {O_JOBS, NULL}, {O_VIEW, NULL}, READING_OPTIONS, {O_HELP, NULL}, {0, NULL}};
static const command_option explain_options[] = {
  {O_FORMAT, "text (default), tsv (a row a fact, for a spreadsheet), or source (the text the spans count in)"},
  READING_OPTIONS, {O_HELP, NULL}, {0, NULL}};
static const command_option load_options[] = {
  {O_STORE, NULL}, {O_COMMIT_EVERY, NULL}, READING_OPTIONS, {O_HELP, NULL}, {0, NULL}};
static const command_option query_options[] = {
  {O_STORE, NULL}, {O_EXPRESSION, NULL},
  {O_FORMAT, "SELECT's answer: table (default), csv, tsv, json, xml"},
  {O_OUTPUT_FORMAT, "CONSTRUCT's and DESCRIBE's syntax: turtle (default), ntriples, nquads, trig, rdfxml"},
  {O_PARAM, NULL}, {O_TIMEOUT, "stop the query after S seconds"}, {O_BASE, "the IRIs id: stands for"},
  {O_HELP, NULL}, {0, NULL}};
static const command_option export_options[] = {
  {O_STORE, NULL}, {O_OUTPUT_FORMAT, "the syntax: nquads (default; --void: turtle), trig, turtle, ntriples, "
                                     "rdfxml, dot"},
  {O_OUTPUT, NULL}, {O_VIEW, NULL}, {O_VOID, NULL}, {O_LICENSE, NULL},
  {O_ENDPOINT, "--void: the SPARQL endpoint serving the data"}, {O_DOWNLOAD, NULL}, {O_TITLE, NULL},
  {O_BASE, "--void: the base of the instances counted as entities"}, {O_HELP, NULL}, {0, NULL}};
static const command_option stats_options[] = {{O_STORE, NULL}, {O_HELP, NULL}, {0, NULL}};
static const command_option push_options[] = {
  {O_ENDPOINT, "the SPARQL 1.1 Graph Store, e.g. http://localhost:8890/sparql-graph-crud"},
  {O_USER, NULL}, {O_PASSWORD_FILE, NULL}, {O_JOURNAL, NULL}, {O_FORCE, NULL},
  {O_TIMEOUT, "seconds a request may take (default 60)"}, {O_RETRIES, NULL}, READING_OPTIONS,
  {O_HELP, NULL}, {0, NULL}};

static int run_export_command(const options *opt, int n, char **args);
static int run_stats_command(const options *opt, int n, char **args);

static const command_info commands[] = {
  {"extract", "[INPUT...]", "read reports and write the facts they state as RDF",
   "Read reports of summit meetings (text, HTML, JSON Lines; '-' or none: standard input) and\n"
   "write the facts they state, each with its evidence, as RDF.",
   "summitkg extract -r -o nquads -O summits.nq reports/", "0 every report done, 2 some were skipped (each said why), 1 the run failed.", extract_options, run_extract},
  {"explain", "[INPUT...]", "print each report's facts for review, with their sentences",
   "Print each report's facts for a person to review: each sentence once, its facts under it\n"
   "with rule and confidence, the span that gave each marked [[like this]].",
   "summitkg explain --format tsv -r reports/ >review.tsv", "0 every report done, 2 some were skipped (each said why), 1 the run failed.", explain_options, run_explain},
  {"load", "INPUT...", "extract reports into the embedded store",
   "Extract reports into the embedded store: a named graph a report, each whole or absent,\n"
   "committed in groups; loading a report again replaces its graph.  The store is made here if\n"
   "nothing is at its path.",
   "summitkg load --store summits.db -r reports/", "0 every report done, 2 some were skipped (each said why), 1 the run failed.", load_options, run_load},
  {"query", "(-e SPARQL | FILE.rq)", "run SPARQL on the store",
   "Run a SPARQL query on the store; skg:, rdf:, rdfs:, xsd:, owl:, skos:, dcterms:, prov:, oa:,\n"
   "foaf: and id: (instances) are declared.  ASK prints yes or no (exit status 0 or 1).",
   "summitkg query --store summits.db -e 'SELECT ?s ?date WHERE { ?s a skg:Summit ; skg:startDate ?date }'",
   "0 answered (ASK: yes), 1 ASK's no, or a failure (said on standard error).", query_options, run_query},
  {"export", "", "write the store's graphs, or describe them (--void)",
   "Write every graph of the store (N-Quads unless -o or -O say otherwise), or with --void a\n"
   "VoID and DCAT description of the dataset.",
   "summitkg export --store summits.db -O summits.trig", "0 written, 1 failure (-O's file is then untouched).",
   export_options, run_export_command},
  {"stats", "", "count what the store holds",
   "Count the store's reports, summits, people, countries, organizations and facts.",
   "summitkg stats --store summits.db", "0 counted, 1 failure.", stats_options, run_stats_command},
  {"push", "INPUT...", "send each report's graph to a SPARQL server",
   "Extract reports and send each one's graph to a SPARQL 1.1 Graph Store (HTTP PUT, replacing\n"
   "it) and its entities to the corpus graph; the journal keeps what the server confirmed, so\n"
   "that a run again sends only the rest.",
   "summitkg push --endpoint http://127.0.0.1:8890/sparql-graph-crud -r reports/",
   "0 every report on the server, 2 some are not (each said), 1 the endpoint is unusable.", push_options, run_push},
};
enum { N_COMMANDS = sizeof commands / sizeof *commands };

static int
run_export_command(const options *opt, int n, char **args)
{
  if (n)
    return usage_error("export takes no inputs, not '%s' (it writes the store)", args[0]);
  return run_export(opt);
}

static int
run_stats_command(const options *opt, int n, char **args)
{
  if (n)
    return usage_error("stats takes no inputs, not '%s' (it counts the store)", args[0]);
  return run_stats(opt);
}

static int
not_an_option(const command_info *cmd, const char *typed)
{
  fprintf(stderr, "summitkg %s: %s is not an option of %s\nTry 'summitkg %s --help'.\n", cmd->name, typed, cmd->name,
          cmd->name);
  return 1;
}

static const option_info *
option_of(int id)
{
  for (size_t i = 0; i < N_OPTIONS; ++i)
    if (option_table[i].id == id)
      return &option_table[i];
  return NULL;
}

static const command_info *
command_of(const char *name)
{
  for (size_t i = 0; i < N_COMMANDS; ++i)
    if (!strcmp(commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* The command's words for option `id`, or NULL if it does not take it. */
static const command_option *
takes(const command_info *cmd, int id)
{
  for (const command_option *o = cmd->options; o->id; ++o)
    if (o->id == id)
      return o;
  return NULL;
}

static int
print_command_help(const command_info *cmd, FILE *out)
{
  fprintf(out, "usage: summitkg %s [OPTIONS]%s%s\n\n%s\n\n", cmd->name, *cmd->args ? " " : "", cmd->args,
          cmd->about);
  for (const command_option *o = cmd->options; o->id; ++o) {
    const option_info *info = option_of(o->id);
    char spelled[64], letter[8] = "    ";
    if (info->letter)
      snprintf(letter, sizeof letter, "-%c, ", info->letter);
    snprintf(spelled, sizeof spelled, "%s--%s%s%s", letter, info->name, info->arg ? " " : "", info->arg ? info->arg : "");
    fprintf(out, "  %-30s %s\n", spelled, o->help ? o->help : info->help);
  }
  fprintf(out, "\nExample:\n  %s\n\nExit status: %s\n", cmd->example, cmd->exit);
  return fflush(out) != 0 || ferror(out);
}

static int
print_commands(FILE *out)
{
  fputs("usage: summitkg COMMAND [OPTIONS] [ARGS]\n\n"
        "summitkg builds a knowledge graph of multilateral summits from reports of them.\n\n"
        "Commands:\n", out);
  for (size_t i = 0; i < N_COMMANDS; ++i)
    fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fputs("  help      help COMMAND: what a command takes (also: summitkg COMMAND --help)\n\n"
        "  summitkg --version   the version\n\n"
        "The manual is summitkg(1): man summitkg.\n", out);
  return fflush(out) != 0 || ferror(out);
}

/* A number from `arg` in [lo, hi], or the exit status of a message (-1: fine). */
static int
number_arg(const char *what, const char *arg, long lo, long hi, long *out)
{
  char *end;
  errno = 0;
  long v = strtol(arg, &end, 10);
  if (errno || *end || !*arg || v < lo || v > hi) {
    char fmt[160];
    snprintf(fmt, sizeof fmt, "%s needs a number from %ld to %ld, not '%%s'", what, lo, hi);
    return usage_error(fmt, arg);
  }
  *out = v;
  return -1;
}

/* Take option `id`; returns -1 to go on, or the exit status to end with. */
static int
take_option(int id, const char *arg, options *opt)
{
  char *end;
  long v;
  int rc = -1;
  switch (id) {
  case O_OUTPUT_FORMAT: opt->format_name = arg; break;
  case O_OUTPUT: opt->output = arg; break;
  case O_BASE: opt->base = arg; break;
  case O_STORE: opt->store = arg; break;
  case O_EXPRESSION: opt->expression = arg; break;
  case O_FORMAT: opt->results_format = arg; break;
  case O_VIEW: opt->view_name = arg; break;
  case O_VOID: opt->describe = 1; break;
  case O_LICENSE: opt->dataset.license = arg; break;
  /* the Graph Store of push, or the SPARQL endpoint export --void names */
  case O_ENDPOINT: opt->dataset.endpoint = opt->push.endpoint = arg; break;
  case O_TITLE: opt->dataset.title = arg; break;
  case O_DOWNLOAD: opt->dataset.download = arg; break;
  case O_MAX_BYTES: {
    errno = 0;
    unsigned long long n = strtoull(arg, &end, 10);
    if (errno || *end || !*arg || n == 0)
      return usage_error("--max-bytes needs a positive number, not '%s'", arg);
    opt->max_bytes = (size_t)n;
    break;
  }
  case O_COMMIT_EVERY:
    if ((rc = number_arg("--commit-every", arg, 1, 100000, &v)) < 0)
      opt->commit_every = v;
    break;
  case O_MIN_CONFIDENCE:
    opt->min_confidence = strtod(arg, &end);
    if (*end || !*arg || opt->min_confidence < 0 || opt->min_confidence > 1)
      return usage_error("--min-confidence needs a number from 0 to 1, not '%s'", arg);
    break;
  case O_USER: opt->push.user = arg; break;
  case O_PASSWORD_FILE: opt->push.password_file = arg; break;
  case O_JOURNAL: opt->push.journal = arg; break;
  case O_FORCE: opt->push.force = 1; break;
  case O_TIMEOUT:
    if ((rc = number_arg("--timeout (seconds)", arg, 1, 86400, &v)) < 0)
      opt->push.timeout = v;
    break;
  case O_RETRIES:
    if ((rc = number_arg("--retries", arg, 0, 20, &v)) < 0)
      opt->push.retries = v;
    break;
  case O_PARAM:
    if (!strchr(arg, '=') || *arg == '=')
      return usage_error("--param needs NAME=VALUE, not '%s'", arg);
    if (opt->n_params == MAX_PARAMS)
      return usage_error("%s", "at most 32 --param");
    opt->params[opt->n_params++] = arg;
    break;
  case O_QUIET: opt->quiet = 1; break;
  case O_RECURSIVE: opt->recursive = 1; break;
  case O_FILES_FROM: opt->files_from = arg; break;
  case O_JSONL: opt->jsonl = 1; break;
  case O_STATS: opt->stats = 1; break;
  case O_JOBS:
    if ((rc = number_arg("-j (workers)", arg, 1, 256, &v)) < 0)
      opt->jobs = (int)v;
    break;
  }
  return rc;
}

/* getopt_long's view of the table: every option, each returning its id
   (a short one its letter, mapped back by id_of()). */
static void
build_getopt(struct option *longs, char *shorts)
{
  size_t k = 0;
  *shorts++ = '+'; /* stop at the first operand: the command, before it */
  *shorts++ = ':'; /* a missing argument is ':', said here */
  for (size_t i = 0; i < N_OPTIONS; ++i) {
    const option_info *o = &option_table[i];
    longs[i] = (struct option){o->name, o->arg ? required_argument : no_argument, NULL, o->id};
    if (o->letter) {
      shorts[k++] = o->letter;
      if (o->arg)
        shorts[k++] = ':';
    }
  }
  longs[N_OPTIONS] = (struct option){NULL, 0, NULL, 0};
  shorts[k] = '\0';
}

static int
id_of(int c)
{
  for (size_t i = 0; i < N_OPTIONS; ++i)
    if (option_table[i].letter && option_table[i].letter == c)
      return option_table[i].id;
  return c;
}

/* How the user wrote option `id` (its letter if `c` was one). */
static void
spelled(int c, int id, char *out, size_t len)
{
  const option_info *o = option_of(id);
  if (c < O_RECURSIVE && o)
    snprintf(out, len, "-%c", o->letter);
  else
    snprintf(out, len, "--%s", o ? o->name : "?");
}

typedef struct {
  int         id, c;
  const char *arg;
} given_option;

/* Read the options of argv from optind on, up to the first operand
   (`stop_at_operand`) or all of them, into `given`.  Returns -1, or the exit
   status after a message. */
static int
read_options(int argc, char **argv, int stop_at_operand, given_option *given, size_t *n_given, size_t cap)
{
  struct option longs[N_OPTIONS + 1];
  char shorts[2 * N_OPTIONS + 3];
  build_getopt(longs, shorts);
  const char *optstring = stop_at_operand ? shorts : shorts + 1;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, optstring, longs, NULL)) != -1) {
    if (c == '?' || c == ':') {
      const char *typed = argv[optind - 1];
      if (c == ':')
        return usage_error("%s needs a value", typed);
      char unknown[64];
      if (optopt && optopt < O_RECURSIVE)
        snprintf(unknown, sizeof unknown, "-%c", optopt);
      else
        snprintf(unknown, sizeof unknown, "%.*s", (int)strcspn(typed, "="), typed);
      return usage_error("unknown option %s", unknown);
    }
    if (*n_given == cap)
      return usage_error("%s", "too many options");
    given[(*n_given)++] = (given_option){id_of(c), c, optarg};
  }
  return -1;
}

int
main(int argc, char **argv)
{
  options opt = {0};
  opt.jobs = 1;
  opt.push.retries = -1;
  catch_stop_signals();
  given_option given[256];
  size_t n_given = 0;
  int rc;
  /* options before the command are the command's too */
  if ((rc = read_options(argc, argv, 1, given, &n_given, 256)) >= 0)
    return rc;
  for (size_t i = 0; i < n_given; ++i) {
    if (given[i].id == O_VERSION) {
      printf("summitkg %s (rules %s)\n", skg_version(), skg_ruleset_version());
      return fclose(stdout) ? 1 : 0;
    }
    if (given[i].id == O_HELP && optind >= argc)
      return print_commands(stdout);
  }
  if (optind >= argc) {
    print_commands(stderr);
    return 1;
  }
  const char *name = argv[optind++];
  if (!strcmp(name, "help")) {
    const command_info *cmd = optind < argc ? command_of(argv[optind]) : NULL;
    if (optind < argc && !cmd)
      return usage_error("help: no command '%s'", argv[optind]);
    return cmd ? print_command_help(cmd, stdout) : print_commands(stdout);
  }
  const command_info *cmd = command_of(name);
  if (!cmd)
    return usage_error("no command '%s' (summitkg alone lists them)", name);
  current_command = cmd->name;
  /* The command's own arguments, options anywhere among them: getopt starts
     afresh (optind 0) on them, the command standing in for the program's
     name, since the first scan stopped at the command. */
  char **sub = argv + optind - 1;
  int sub_argc = argc - optind + 1;
  optind = 0;
  if ((rc = read_options(sub_argc, sub, 0, given, &n_given, 256)) >= 0)
    return rc;
  for (size_t i = 0; i < n_given; ++i) {
    char typed[64];
    spelled(given[i].c, given[i].id, typed, sizeof typed);
    if (given[i].id == O_HELP)
      return print_command_help(cmd, stdout);
    if (given[i].id == O_VERSION || !takes(cmd, given[i].id))
      return not_an_option(cmd, typed);
    if ((rc = take_option(given[i].id, given[i].arg, &opt)) >= 0)
      return rc;
  }
  return cmd->run(&opt, sub_argc - optind, sub + optind);
}
