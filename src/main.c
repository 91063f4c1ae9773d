/* main.c - the summitkg command: options, files, messages, exit status.
   Only this file knows argv, stdout, stderr and exit codes:
   0 all reports processed, 2 some skipped (each said why), 1 the run failed. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "summitkg.h"

static const char usage_text[] =
  "usage: summitkg extract [-o FORMAT] [--base IRI] [-O FILE] [FILE...]\n"
  "       summitkg explain [--min-confidence X] [FILE...]\n"
  "       summitkg --help | --version\n"
  "\n"
  "extract: read reports of summit meetings and write the facts they state as RDF.\n"
  "explain: print each report's facts for review, grouped by summit, each with\n"
  "         its rule, confidence and sentence, the span marked [[like this]].\n"
  "FILE '-' or no FILE reads standard input.\n"
  "\n"
  "  -o, --output-format FORMAT  turtle (default), ntriples, nquads, trig, rdfxml\n"
  "  -O, --output FILE           write to FILE (whole or not at all); the format\n"
  "                              follows its extension (.ttl .nt .nq .trig .rdf)\n"
  "      --base IRI              base for instance IRIs (default\n"
  "                              https://w3id.org/summitkg/id/)\n"
  "      --max-bytes N           skip reports larger than N bytes (default 16777216)\n"
  "      --min-confidence X      leave out facts below confidence X (0..1)\n"
  "  -q, --quiet                 no messages about skipped reports\n"
  "  -h, --help                  this help\n"
  "  -V, --version               the version\n"
  "\n"
  "Exit status: 0 all reports processed, 2 some were skipped, 1 failure.\n";

typedef struct {
  int quiet;
} sink_state;

static void
print_message(void *data, skg_status st, const char *file, size_t line, const char *msg)
{
  const sink_state *s = data;
  if (s->quiet && st == SKG_SKIPPED)
    return;
  if (file && line)
    fprintf(stderr, "summitkg: %s:%zu: %s\n", file, line, msg);
  else if (file)
    fprintf(stderr, "summitkg: %s: %s\n", file, msg);
  else
    fprintf(stderr, "summitkg: %s\n", msg);
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
  size_t      max_bytes;
  double      min_confidence;
  int         quiet;
} options;

/* Open `path`'s temporary sibling for writing; its name goes to tmp. */
static FILE *
open_beside(const char *path, char *tmp, size_t tmp_len)
{
  if ((size_t)snprintf(tmp, tmp_len, "%s.tmp.XXXXXX", path) >= tmp_len) {
    errno = ENAMETOOLONG;
    return NULL;
  }
  int fd = mkstemp(tmp);
  if (fd < 0)
    return NULL;
  FILE *f = fdopen(fd, "wb");
  if (!f) {
    close(fd);
    unlink(tmp);
  }
  return f;
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
  if (opt->base && skg_ctx_set_base(ctx, opt->base)) {
    skg_ctx_free(ctx);
    usage_error("--base needs an absolute IRI, not '%s'", opt->base);
    return NULL;
  }
  if (opt->max_bytes)
    skg_ctx_set_max_bytes(ctx, opt->max_bytes);
  skg_ctx_set_min_confidence(ctx, opt->min_confidence);
  return ctx;
}

static int
run_explain(const options *opt, int n_files, char **files)
{
  sink_state sink = {opt->quiet};
  skg_ctx *ctx = new_context(opt, &sink);
  if (!ctx)
    return 1;
  static char *stdin_only[] = {"-"};
  if (n_files == 0) {
    files = stdin_only;
    n_files = 1;
  }
  skg_status st = SKG_OK;
  size_t n_skipped = 0;
  for (int i = 0; i < n_files && st <= SKG_SKIPPED; ++i) {
    st = skg_explain_file(ctx, stdout, files[i]);
    n_skipped += st == SKG_SKIPPED;
  }
  skg_ctx_free(ctx);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "summitkg: standard output: cannot write: %s\n", strerror(errno));
    return 1;
  }
  return st > SKG_SKIPPED ? 1 : n_skipped ? 2 : 0;
}

static int
run_extract(const options *opt, int n_files, char **files)
{
  skg_format format = SKG_FORMAT_TURTLE;
  if (opt->format_name) {
    if (skg_format_from_name(opt->format_name, &format))
      return usage_error("unknown output format '%s'", opt->format_name);
  } else if (opt->output && skg_format_from_filename(opt->output, &format)) {
    format = SKG_FORMAT_TURTLE;
  }
  sink_state sink = {opt->quiet};
  skg_ctx *ctx = new_context(opt, &sink);
  if (!ctx)
    return 1;

  char tmp[4096] = "";
  FILE *out = stdout;
  if (opt->output && strcmp(opt->output, "-")) {
    out = open_beside(opt->output, tmp, sizeof tmp);
    if (!out) {
      fprintf(stderr, "summitkg: %s: cannot write: %s\n", opt->output, strerror(errno));
      skg_ctx_free(ctx);
      return 1;
    }
  }
  skg_writer *w = skg_writer_new(ctx, format, out);
  skg_status st = w ? SKG_OK : SKG_ERR_RDF;
  size_t n_skipped = 0;
  static char *stdin_only[] = {"-"};
  if (n_files == 0) {
    files = stdin_only;
    n_files = 1;
  }
  for (int i = 0; i < n_files && st <= SKG_SKIPPED; ++i) {
    st = skg_process_file(ctx, w, files[i]);
    n_skipped += st == SKG_SKIPPED;
  }
  if (st <= SKG_SKIPPED)
    st = skg_writer_finish(w);
  skg_writer_free(w);
  skg_ctx_free(ctx);
  int failed = st > SKG_SKIPPED;
  if (out != stdout) {
    /* whole or not at all: the file appears only once everything is in it */
    if (fclose(out) != 0 && !failed) {
      fprintf(stderr, "summitkg: %s: cannot write: %s\n", opt->output, strerror(errno));
      failed = 1;
    }
    if (!failed && rename(tmp, opt->output) != 0) {
      fprintf(stderr, "summitkg: %s: cannot write: %s\n", opt->output, strerror(errno));
      failed = 1;
    }
    if (failed)
      unlink(tmp);
  } else if (fflush(stdout) != 0 || ferror(stdout)) {
    if (!failed)
      fprintf(stderr, "summitkg: standard output: cannot write: %s\n", strerror(errno));
    failed = 1;
  }
  if (failed)
    return 1;
  return n_skipped ? 2 : 0;
}

enum { OPT_BASE = 256, OPT_MAX_BYTES, OPT_MIN_CONFIDENCE };
static const struct option long_options[] = {
  {"output-format", required_argument, NULL, 'o'},
  {"output", required_argument, NULL, 'O'},
  {"base", required_argument, NULL, OPT_BASE},
  {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
  {"min-confidence", required_argument, NULL, OPT_MIN_CONFIDENCE},
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
  case OPT_MAX_BYTES: {
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    if (errno || *end || !*arg || v == 0)
      return usage_error("--max-bytes needs a positive number, not '%s'", arg);
    opt->max_bytes = (size_t)v;
    return -1;
  }
  case OPT_MIN_CONFIDENCE:
    opt->min_confidence = strtod(arg, &end);
    if (*end || !*arg || opt->min_confidence < 0 || opt->min_confidence > 1)
      return usage_error("--min-confidence needs a number from 0 to 1, not '%s'", arg);
    return -1;
  case 'q': opt->quiet = 1; return -1;
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
  options opt = {NULL, NULL, NULL, 0, 0.0, 0};
  int c, done;
  /* options before the command ("+": stop at the first operand), then after it */
  while ((c = getopt_long(argc, argv, "+o:O:qhV", long_options, NULL)) != -1)
    if ((done = take_option(c, optarg, &opt)) >= 0)
      return done;
  if (optind >= argc)
    return usage_error("%s", "no command given (extract or explain)");
  const char *command = argv[optind++];
  if (strcmp(command, "extract") && strcmp(command, "explain"))
    return usage_error("unknown command '%s'", command);
  while ((c = getopt_long(argc, argv, "o:O:qhV", long_options, NULL)) != -1)
    if ((done = take_option(c, optarg, &opt)) >= 0)
      return done;
  if (!strcmp(command, "explain"))
    return run_explain(&opt, argc - optind, argv + optind);
  return run_extract(&opt, argc - optind, argv + optind);
}
