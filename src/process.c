/* process.c - one report through every stage: reader, text and mentions,
   extractors, resolver, graph, then the writer, the store or the pusher.
   A report that cannot be read is skipped after a message; only a failing
   output stops the run. */
#include "explain.h"
#include "graph.h"
#include "push.h"
#include "serialize.h"
#include "store.h"

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
  else
    st = put(data, &g);
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

static skg_status
explain(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, void *data)
{
  return skg_explain_print(ctx, an, people, data);
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
  st = st ? SKG_SKIPPED : consume(ctx, &an, &people, data);
  skg_people_release(&people);
  skg_analysis_release(&an);
  return st;
}

/* Whatever is wrong with one report's bytes means: skip it. */
static skg_status
finish(skg_ctx *ctx, skg_status st)
{
  (void)ctx;
  if (st == SKG_ERR_ENCODING || st == SKG_ERR_TOO_LARGE || st == SKG_ERR_IO ||
      st == SKG_ERR_NOMEM || st == SKG_ERR_BAD_ARG)
    return SKG_SKIPPED;
  return st;
}

static skg_status
process_path(skg_ctx *ctx, const char *path, consumer consume, void *data)
{
  skg_doc doc;
  skg_doc_init(&doc, path);
  ctx->file = path;
  skg_status st = finish(ctx, skg_reader_load(ctx, path, &doc));
  if (!st)
    st = process_doc(ctx, &doc, consume, data);
  skg_doc_release(&doc);
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
skg_explain_file(skg_ctx *ctx, FILE *out, const char *path)
{
  return process_path(ctx, path, explain, out);
}

skg_status
skg_process_memory(skg_ctx *ctx, skg_writer *w, const char *name, const char *bytes, size_t len)
{
  skg_doc doc;
  skg_doc_init(&doc, name);
  ctx->file = name;
  skg_status st = finish(ctx, skg_reader_load_memory(ctx, bytes, len, &doc));
  if (!st)
    st = process_doc(ctx, &doc, write_graph, w);
  skg_doc_release(&doc);
  ctx->file = NULL;
  return st;
}
