/* process.c - one report through every stage: reader, text and mentions,
   extractors, resolver, graph, then the writer, the store or the pusher.
   A report that cannot be read is skipped after a message; only a failing
   output stops the run.  A JSON Lines corpus is many reports, read here a
   line at a time so that memory is bounded by the longest line, not by the
   corpus. */
#include "explain.h"
#include "graph.h"
#include "jsonl.h"
#include "push.h"
#include "serialize.h"
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* What is done with an analysed report: write its graph, or explain it. */
typedef skg_status (*consumer)(skg_ctx *ctx, const skg_analysis *an, const skg_people *people,
                               void *data);

/* Build the report's graph and hand it to `put` (the writer or the store). */
static skg_status
with_graph(skg_ctx *ctx, const skg_analysis *an, const skg_people *people,
           skg_status (*put)(void *data, const skg_graph *g), void *data)
{
  skg_graph g;
  skg_graph_init(&g);
  skg_status st = skg_graph_build(ctx, an, people, &g);
  if (st)
    st = SKG_SKIPPED; /* the report's trouble, said already: the run goes on */
  else if (!(st = put(data, &g)))
    ctx->counts.statements += g.count;
  skg_graph_release(&g);
  return st;
}

static skg_status
put_in_writer(void *w, const skg_graph *g)
{
  return skg_writer_write_graph(w, g);
}

static skg_status
put_in_store(void *store, const skg_graph *g)
{
  return skg_store_load_graph(store, g);
}

static skg_status
put_in_pusher(void *pusher, const skg_graph *g)
{
  return skg_pusher_push_graph(pusher, g);
}

static skg_status
write_graph(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, void *data)
{
  return with_graph(ctx, an, people, put_in_writer, data);
}

static skg_status
load_graph(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, void *data)
{
  return with_graph(ctx, an, people, put_in_store, data);
}

static skg_status
push_graph(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, void *data)
{
  return with_graph(ctx, an, people, put_in_pusher, data);
}

/* Where explain() prints, and how. */
typedef struct {
  FILE              *out;
  skg_explain_format format;
} explain_target;

static skg_status
explain(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, void *data)
{
  const explain_target *t = data;
  return skg_explain_print(ctx, an, people, t->format, t->out);
}

/* Is most of the text's lettering outside the Latin script (Cyrillic, Han, ...)? */
static int
mostly_not_latin(const skg_doc *doc)
{
  const unsigned char *t = (const unsigned char *)doc->text.data;
  size_t latin = 0, other = 0;
  for (size_t i = 0; i < doc->text.len; ++i) {
    if ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z')
      ++latin;
    /* lead bytes of U+0370 and above: Greek, Cyrillic, ..., CJK */
    else if (t[i] >= 0xCD && t[i] != 0xE2) /* U+2000..2FFF: punctuation, symbols */
      ++other;
  }
  return other > latin;
}

static skg_status
process_doc(skg_ctx *ctx, skg_doc *doc, consumer consume, void *data)
{
  skg_analysis an;
  skg_people people = {0};
  skg_analysis_init(&an, ctx, doc);
  skg_status st = skg_extract(&an);
  if (!st && (st = skg_resolve(&an, &people)))
    st = skg_err(ctx, st, "cannot resolve names: %s", skg_status_string(st));
  /* A notice, not a skip: the report was read, and its node says so; but a
     corpus run should tell which reports gave nothing (explain says it itself). */
  if (!st && !an.n_summits && consume != explain)
    skg_err(ctx, SKG_OK, "no summit found%s; only the report's node is written",
            mostly_not_latin(doc) ? " (the text is mostly not in Latin letters; summitkg reads English)" : "");
  st = st ? SKG_SKIPPED : consume(ctx, &an, &people, data);
  skg_people_release(&people);
  skg_analysis_release(&an);
  return st;
}

/* Whatever is wrong with one report's bytes means: skip it. */
static skg_status
finish(skg_status st)
{
  if (st == SKG_ERR_ENCODING || st == SKG_ERR_TOO_LARGE || st == SKG_ERR_IO ||
      st == SKG_ERR_NOMEM || st == SKG_ERR_BAD_ARG)
    return SKG_SKIPPED;
  return st;
}

skg_status
skg_report_counted(skg_ctx *ctx, skg_status st, size_t n_bytes)
{
  ctx->counts.bytes += n_bytes;
  ctx->counts.reports += st == SKG_OK;
  ctx->counts.skipped += st == SKG_SKIPPED;
  if (ctx->progress)
    ctx->progress(ctx->progress_data, &ctx->counts);
  return st;
}

int
skg_report_taken(skg_ctx *ctx)
{
  return !ctx->take_report || ctx->take_report(ctx->take_report_data);
}

/* A line reader over a FILE with a block of its own: fgets() cannot tell a
   NUL byte from the end of a line, and getline() knows no size limit. */
typedef struct {
  FILE  *in;
  char   block[1 << 16];
  size_t pos, len;
} line_reader;

/* Put the next line, without its '\n', in `line` (cleared first).  A line
   longer than line's cap is read to its end and *too_long set.
   @return 1 a line, 0 the end of the input, -1 a read error. */
static int
read_line(line_reader *r, skg_buf *line, int *too_long)
{
  skg_buf_clear(line);
  *too_long = 0;
  int any = 0;
  for (;;) {
    if (r->pos == r->len) {
      r->len = fread(r->block, 1, sizeof r->block, r->in);
      r->pos = 0;
      if (r->len == 0)
        return ferror(r->in) ? -1 : any;
    }
    any = 1;
    const char *start = r->block + r->pos;
    const char *nl = memchr(start, '\n', r->len - r->pos);
    size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
    if (!*too_long && skg_buf_append(line, start, n))
      *too_long = 1;
    r->pos += n + (nl != NULL);
    if (nl)
      return 1;
  }
}

static int
is_blank(const skg_buf *b)
{
  for (size_t i = 0; i < b->len; ++i)
    if (!strchr(" \t\r\f\v", b->data[i]))
      return 0;
  return 1;
}

/* One record of a JSON Lines corpus, named PATH:LINE. */
static skg_status
process_record(skg_ctx *ctx, const char *path, size_t line_no, const skg_buf *line,
               consumer consume, void *data)
{
  skg_buf name;
  skg_buf_init(&name, 0);
  if (skg_buf_printf(&name, "%s:%zu", path, line_no))
    return skg_err(ctx, SKG_SKIPPED, "out of memory");
  skg_doc doc;
  skg_doc_init(&doc, name.data);
  skg_status st = finish(skg_jsonl_read_record(ctx, line->data, line->len, &doc));
  if (!st)
    st = process_doc(ctx, &doc, consume, data);
  skg_doc_release(&doc);
  skg_buf_release(&name);
  return st;
}

static skg_status
process_jsonl(skg_ctx *ctx, const char *path, consumer consume, void *data)
{
  int is_stdin = !strcmp(path, "-");
  line_reader *r = malloc(sizeof *r);
  if (!r)
    return skg_report_taken(ctx) ? skg_report_counted(ctx, skg_err(ctx, SKG_SKIPPED, "out of memory"), 0)
                                 : SKG_OK;
  r->pos = r->len = 0;
  r->in = is_stdin ? stdin : fopen(path, "rb");
  if (!r->in) {
    int err = errno;
    free(r);
    /* one report's worth, so that every worker numbers the rest alike */
    if (!skg_report_taken(ctx))
      return SKG_OK;
    return skg_report_counted(ctx, skg_err(ctx, SKG_SKIPPED, "cannot open: %s", strerror(err)), 0);
  }
  skg_buf line;
  skg_buf_init(&line, ctx->max_bytes);
  skg_status st = SKG_OK;
  int got, too_long;
  size_t line_no = 0;
  while (st <= SKG_SKIPPED && (got = read_line(r, &line, &too_long)) == 1) {
    ctx->line = ++line_no;
    if (is_blank(&line) && !too_long)
      continue; /* a blank line is no record */
    if (!skg_report_taken(ctx))
      continue;
    if (too_long)
      st = skg_err(ctx, SKG_SKIPPED, "record is over the limit of %zu bytes", ctx->max_bytes);
    else
      st = process_record(ctx, path, line_no, &line, consume, data);
    st = skg_report_counted(ctx, st, line.len + 1);
  }
  int err = errno;
  ctx->line = 0;
  if (st <= SKG_SKIPPED && got < 0 && skg_report_taken(ctx))
    skg_report_counted(ctx, err == EISDIR ? skg_err(ctx, SKG_SKIPPED, "is a directory (use -r to read folders)")
                                          : skg_err(ctx, SKG_SKIPPED, "cannot read: %s", strerror(err)), 0);
  if (!is_stdin)
    fclose(r->in);
  free(r);
  skg_buf_release(&line);
  return st > SKG_SKIPPED ? st : SKG_OK;
}

static skg_status
process_path(skg_ctx *ctx, const char *path, consumer consume, void *data)
{
  ctx->file = path;
  skg_status st;
  if (ctx->all_jsonl || skg_jsonl_is_corpus_name(path)) {
    st = process_jsonl(ctx, path, consume, data);
  } else if (!skg_report_taken(ctx)) {
    st = SKG_OK;
  } else {
    skg_doc doc;
    skg_doc_init(&doc, path);
    st = finish(skg_reader_load(ctx, path, &doc));
    if (!st)
      st = process_doc(ctx, &doc, consume, data);
    st = skg_report_counted(ctx, st, doc.n_bytes);
    skg_doc_release(&doc);
  }
  ctx->file = NULL;
  return st;
}

skg_status
skg_process_file(skg_ctx *ctx, skg_writer *w, const char *path)
{
  return process_path(ctx, path, write_graph, w);
}

skg_status
skg_load_file(skg_ctx *ctx, skg_store *store, const char *path)
{
  return process_path(ctx, path, load_graph, store);
}

skg_status
skg_push_file(skg_ctx *ctx, skg_pusher *p, const char *path)
{
  return process_path(ctx, path, push_graph, p);
}

skg_status
skg_explain_file_as(skg_ctx *ctx, FILE *out, const char *path, skg_explain_format format)
{
  explain_target t = {out, format};
  return process_path(ctx, path, explain, &t);
}

skg_status
skg_explain_file(skg_ctx *ctx, FILE *out, const char *path)
{
  return skg_explain_file_as(ctx, out, path, SKG_EXPLAIN_TEXT);
}

skg_status
skg_process_memory(skg_ctx *ctx, skg_writer *w, const char *name, const char *bytes, size_t len)
{
  skg_doc doc;
  skg_doc_init(&doc, name);
  ctx->file = name;
  skg_status st = finish(skg_reader_load_memory(ctx, bytes, len, &doc));
  if (!st)
    st = process_doc(ctx, &doc, write_graph, w);
  st = skg_report_counted(ctx, st, len);
  skg_doc_release(&doc);
  ctx->file = NULL;
  return st;
}
