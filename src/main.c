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

static const char usage_text[] =
  "usage: summitkg extract [-o FORMAT] [--view summit] [--base IRI] [-O FILE] [-j N] [INPUT...]\n"
  "       summitkg explain [--min-confidence X] [INPUT...]\n"
  "       summitkg load [--store PATH] INPUT...\n"
  "       summitkg query [--store PATH] [--format table|csv|tsv|json|xml] (-e SPARQL | FILE.rq)\n"
  "       summitkg export [--store PATH] [-o nquads|trig|...] [--view summit] [-O FILE]\n"
  "       summitkg export --void [--store PATH] [--license IRI] [--endpoint URL]\n"
  "                       [--download URL] [--title TEXT] [-o turtle|...] [-O FILE]\n"
  "       summitkg stats [--store PATH]\n"
  "       summitkg push --endpoint URL [--user NAME --password-file FILE]\n"
  "                     [--journal FILE] [--force] [--timeout S] [--retries N] INPUT...\n"
  "       summitkg --help | --version\n"
  "\n"
  "extract: read reports of summit meetings and write the facts they state as RDF.\n"
  "explain: print each report's facts for review, grouped by summit, each with\n"
  "         its rule, confidence and sentence, the span marked [[like this]].\n"
  "load:    extract reports into the embedded store, one named graph and one\n"
  "         transaction per report; loading a report again replaces its graph.\n"
  "query:   run SPARQL on the store; export: write the store; stats: count it.\n"
  "push:    send each report's graph to a SPARQL 1.1 Graph Store (HTTP PUT,\n"
  "         replacing it) and its entities to the corpus graph; the journal\n"
  "         keeps what the server confirmed, so a re-run sends only the rest.\n"
  "export --void: describe the store's dataset (VoID and DCAT) instead.\n"
  "INPUT is a report (text or HTML), a JSON Lines corpus (*.jsonl, *.ndjson:\n"
  "a report per line), or with -r a folder.  '-' or no INPUT reads standard\n"
  "input.  The store is --store, else $SUMMITKG_STORE, else summitkg.db.\n"
  "\n"
  "  -r, --recursive             read the reports in folders, and below\n"
  "      --files-from LIST       read the inputs named in LIST, one a line\n"
  "                              ('-': standard input)\n"
  "      --jsonl                 every input is a JSON Lines corpus\n"
  "  -j, --jobs N                extract with N worker processes (default 1)\n"
  "      --stats                 print what was done, and how fast, at the end\n"
  "  -o, --output-format FORMAT  turtle (default), ntriples, nquads, trig, rdfxml,\n"
  "                              dot (GraphViz, a picture)\n"
  "  -O, --output FILE           write to FILE (whole or not at all); the format\n"
  "                              follows its extension (.ttl .nt .nq .trig .rdf .dot)\n"
  "      --view summit           only each summit's facts and the names of what\n"
  "                              they name, no evidence (for -o dot); default full\n"
  "      --base IRI              base for instance IRIs (default\n"
  "                              https://w3id.org/summitkg/id/)\n"
  "      --max-bytes N           skip reports larger than N bytes (default 16777216)\n"
  "      --min-confidence X      leave out facts below confidence X (0..1)\n"
  "      --store PATH            the embedded store\n"
  "      --commit-every N        load: commit every N reports (default 256), and at\n"
  "                              least every 5 s; each report is whole or absent\n"
  "  -e, --expression SPARQL     the query (or give a FILE.rq)\n"
  "      --format NAME           query results: table (default), csv, tsv, json, xml\n"
  "      --license IRI           --void: the data's licence (default\n"
  "                              https://creativecommons.org/licenses/by/4.0/)\n"
  "      --endpoint URL          push: the Graph Store endpoint, e.g.\n"
  "                              http://localhost:8890/sparql-graph-crud;\n"
  "                              --void: the SPARQL endpoint serving the data\n"
  "      --download URL          --void: where the N-Quads dump can be downloaded\n"
  "      --title TEXT            --void: the dataset's title\n"
  "      --user NAME             push: authenticate as NAME (Basic, Digest, ...)\n"
  "      --password-file FILE    push: the password is FILE's first line\n"
  "      --journal FILE          push: default $XDG_STATE_HOME/summitkg/push-journal\n"
  "      --force                 push: send even what the journal says is there\n"
  "      --timeout S             push: seconds a request may take (default 60)\n"
  "      --retries N             push: tries again after a transient failure\n"
  "                              (default 2)\n"
  "  -q, --quiet                 no messages about skipped reports or reports\n"
  "                              without a summit, no progress\n"
  "  -h, --help                  this help\n"
  "  -V, --version               the version\n"
  "\n"
  "Exit status: 0 all reports processed, 2 some were skipped (push: not\n"
  "pushed), 1 failure (push: the endpoint is unusable).\n";

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

static int
usage_error(const char *fmt, const char *arg)
{
  fputs("summitkg: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\nTry 'summitkg --help'.\n", stderr);
  return 1;
}

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
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx = new_context(opt, &sink);
  if (!ctx)
    return 1;
  skg_inputs *in = collect_inputs(ctx, opt, n_files, files);
  skg_status st = in ? SKG_OK : SKG_ERR_IO;
  const char *path;
  while (st <= SKG_SKIPPED && in && (path = skg_inputs_next(in, &st)))
    st = skg_explain_file(ctx, stdout, path);
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

static int
run_extract(const options *opt, int n_files, char **files)
{
  skg_format format = SKG_FORMAT_TURTLE;
  skg_view view;
  if (parse_view(opt, &view))
    return 1;
  if (opt->format_name) {
    if (skg_format_from_name(opt->format_name, &format))
      return usage_error("unknown output format '%s'", opt->format_name);
  } else if (opt->output && skg_format_from_filename(opt->output, &format)) {
    format = SKG_FORMAT_TURTLE;
  }
  if (opt->jobs > 1 && (format == SKG_FORMAT_RDFXML || format == SKG_FORMAT_DOT))
    return usage_error("-j needs an output that can be written in parts: not %s",
                       format == SKG_FORMAT_DOT ? "dot" : "rdfxml");
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

static int
run_query(const options *opt, int n_files, char **files)
{
  if (!opt->expression == (n_files != 1))
    return usage_error("%s", "query needs one query: -e 'SPARQL' or a FILE.rq");
  skg_results_format format = SKG_RESULTS_TABLE;
  if (opt->results_format && skg_results_format_from_name(opt->results_format, &format))
    return usage_error("unknown result format '%s'", opt->results_format);
  char *text = opt->expression ? strdup(opt->expression) : read_query_file(files[0]);
  if (!text)
    return 1;
  sink_state sink = {opt->quiet, 0, 0, 0, 0};
  skg_ctx *ctx;
  skg_store *store = open_store(opt, &sink, &ctx, 1);
  skg_status st = store ? skg_store_query(store, text, format, stdout) : SKG_ERR_STORE;
  skg_store_close(store);
  skg_ctx_free(ctx);
  free(text);
  return st ? 1 : stdout_failed();
}

static int
run_export(const options *opt)
{
  /* a description is small and read by people first: Turtle unless told */
  skg_format format = opt->describe ? SKG_FORMAT_TURTLE : SKG_FORMAT_NQUADS;
  skg_view view;
  if (parse_view(opt, &view))
    return 1;
  if (opt->describe && view != SKG_VIEW_FULL)
    return usage_error("%s", "--void describes the whole dataset: no --view");
  if (opt->format_name && skg_format_from_name(opt->format_name, &format))
    return usage_error("unknown output format '%s'", opt->format_name);
  if (!opt->format_name && opt->output)
    skg_format_from_filename(opt->output, &format);
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

enum { OPT_BASE = 256, OPT_MAX_BYTES, OPT_MIN_CONFIDENCE, OPT_STORE, OPT_FORMAT,
       OPT_FILES_FROM, OPT_JSONL, OPT_STATS, OPT_COMMIT_EVERY };
/* export --void and the views: their own numbers, apart from the others' */
enum { OPT_VIEW = 320, OPT_VOID, OPT_LICENSE, OPT_ENDPOINT, OPT_TITLE, OPT_DOWNLOAD };
/* push */
enum { OPT_USER = 512, OPT_PASSWORD_FILE, OPT_JOURNAL, OPT_FORCE, OPT_TIMEOUT, OPT_RETRIES };
static const struct option long_options[] = {
  {"recursive", no_argument, NULL, 'r'},
  {"files-from", required_argument, NULL, OPT_FILES_FROM},
  {"jsonl", no_argument, NULL, OPT_JSONL},
  {"jobs", required_argument, NULL, 'j'},
  {"stats", no_argument, NULL, OPT_STATS},
  {"store", required_argument, NULL, OPT_STORE},
  {"commit-every", required_argument, NULL, OPT_COMMIT_EVERY},
  {"expression", required_argument, NULL, 'e'},
  {"format", required_argument, NULL, OPT_FORMAT},
  {"output-format", required_argument, NULL, 'o'},
  {"output", required_argument, NULL, 'O'},
  {"base", required_argument, NULL, OPT_BASE},
  {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
  {"min-confidence", required_argument, NULL, OPT_MIN_CONFIDENCE},
  {"view", required_argument, NULL, OPT_VIEW},
  {"void", no_argument, NULL, OPT_VOID},
  {"license", required_argument, NULL, OPT_LICENSE},
  {"endpoint", required_argument, NULL, OPT_ENDPOINT},
  {"title", required_argument, NULL, OPT_TITLE},
  {"download", required_argument, NULL, OPT_DOWNLOAD},
  {"user", required_argument, NULL, OPT_USER},
  {"password-file", required_argument, NULL, OPT_PASSWORD_FILE},
  {"journal", required_argument, NULL, OPT_JOURNAL},
  {"force", no_argument, NULL, OPT_FORCE},
  {"timeout", required_argument, NULL, OPT_TIMEOUT},
  {"retries", required_argument, NULL, OPT_RETRIES},
  {"quiet", no_argument, NULL, 'q'},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0},
};

/* Take option `c`; returns -1 to go on, or the exit status to end with. */
static int
take_option(int c, const char *arg, options *opt)
{
  char *end;
  switch (c) {
  case 'o': opt->format_name = arg; return -1;
  case 'O': opt->output = arg; return -1;
  case OPT_BASE: opt->base = arg; return -1;
  case OPT_STORE: opt->store = arg; return -1;
  case 'e': opt->expression = arg; return -1;
  case OPT_FORMAT: opt->results_format = arg; return -1;
  case OPT_VIEW: opt->view_name = arg; return -1;
  case OPT_VOID: opt->describe = 1; return -1;
  case OPT_LICENSE: opt->dataset.license = arg; return -1;
  /* the Graph Store of push, or the SPARQL endpoint export --void names */
  case OPT_ENDPOINT: opt->dataset.endpoint = opt->push.endpoint = arg; return -1;
  case OPT_TITLE: opt->dataset.title = arg; return -1;
  case OPT_DOWNLOAD: opt->dataset.download = arg; return -1;
  case OPT_MAX_BYTES: {
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    if (errno || *end || !*arg || v == 0)
      return usage_error("--max-bytes needs a positive number, not '%s'", arg);
    opt->max_bytes = (size_t)v;
    return -1;
  }
  case OPT_COMMIT_EVERY: {
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || *end || !*arg || v < 1 || v > 100000)
      return usage_error("--commit-every needs a number of reports from 1 to 100000, not '%s'", arg);
    opt->commit_every = v;
    return -1;
  }
  case OPT_MIN_CONFIDENCE:
    opt->min_confidence = strtod(arg, &end);
    if (*end || !*arg || opt->min_confidence < 0 || opt->min_confidence > 1)
      return usage_error("--min-confidence needs a number from 0 to 1, not '%s'", arg);
    return -1;
  case OPT_USER: opt->push.user = arg; return -1;
  case OPT_PASSWORD_FILE: opt->push.password_file = arg; return -1;
  case OPT_JOURNAL: opt->push.journal = arg; return -1;
  case OPT_FORCE: opt->push.force = 1; return -1;
  case OPT_TIMEOUT:
  case OPT_RETRIES: {
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || *end || !*arg || v < (c == OPT_TIMEOUT) || v > (c == OPT_TIMEOUT ? 86400 : 20))
      return usage_error(c == OPT_TIMEOUT ? "--timeout needs a number of seconds (1 to 86400), not '%s'"
                                          : "--retries needs a number from 0 to 20, not '%s'", arg);
    *(c == OPT_TIMEOUT ? &opt->push.timeout : &opt->push.retries) = v;
    return -1;
  }
  case 'q': opt->quiet = 1; return -1;
  case 'r': opt->recursive = 1; return -1;
  case OPT_FILES_FROM: opt->files_from = arg; return -1;
  case OPT_JSONL: opt->jsonl = 1; return -1;
  case OPT_STATS: opt->stats = 1; return -1;
  case 'j': {
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || *end || !*arg || v < 1 || v > 256)
      return usage_error("-j needs a number of workers from 1 to 256, not '%s'", arg);
    opt->jobs = (int)v;
    return -1;
  }
  case 'h': fputs(usage_text, stdout); return fclose(stdout) ? 1 : 0;
  case 'V':
    printf("summitkg %s (rules %s)\n", skg_version(), skg_ruleset_version());
    return fclose(stdout) ? 1 : 0;
  default: return usage_error("%s", "bad option");
  }
}

int
main(int argc, char **argv)
{
  options opt = {0};
  opt.jobs = 1;
  opt.push.retries = -1;
  catch_stop_signals();
  int c, done;
  /* options before the command ("+": stop at the first operand), then after it */
  while ((c = getopt_long(argc, argv, "+o:O:e:j:rqhV", long_options, NULL)) != -1)
    if ((done = take_option(c, optarg, &opt)) >= 0)
      return done;
  if (optind >= argc)
    return usage_error("%s", "no command given (extract or explain)");
  const char *command = argv[optind++];
  static const char *const commands[] = {"extract", "explain", "load", "query", "export", "stats",
                                         "push"};
  int known = 0;
  for (size_t i = 0; i < sizeof commands / sizeof *commands; ++i)
    known |= !strcmp(command, commands[i]);
  if (!known)
    return usage_error("unknown command '%s'", command);
  /* The command's own arguments, options anywhere among them: getopt starts
     afresh (optind 0) on them, the command standing in for the program's
     name, since the first scan stopped at the command and would stop again
     at the first operand. */
  char **sub = argv + optind - 1;
  int sub_argc = argc - optind + 1;
  optind = 0;
  while ((c = getopt_long(sub_argc, sub, "o:O:e:j:rqhV", long_options, NULL)) != -1)
    if ((done = take_option(c, optarg, &opt)) >= 0)
      return done;
  int n = sub_argc - optind;
  char **args = sub + optind;
  if (!strcmp(command, "explain"))
    return run_explain(&opt, n, args);
  if (!strcmp(command, "load"))
    return run_load(&opt, n, args);
  if (!strcmp(command, "query"))
    return run_query(&opt, n, args);
  if (!strcmp(command, "export"))
    return run_export(&opt);
  if (!strcmp(command, "stats"))
    return run_stats(&opt);
  if (!strcmp(command, "push"))
    return run_push(&opt, n, args);
  return run_extract(&opt, n, args);
}
