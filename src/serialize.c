/* serialize.c - the serializer stage: stream each report's statements to
   serd (Turtle, TriG, N-Triples, N-Quads) or raptor2 (RDF/XML).  Never
   hand-written RDF.

   Turtle and TriG declare their prefixes once, at the start of the output
   (summitkg's namespaces, and id: for instances), and stream: each report's
   statements are written as they come, so that memory stays bounded by the
   largest report.  Each Turtle report goes through a serd writer of its own
   on the same prefixes, so that a -j worker's part is the bytes one process
   writes (the parent writes the prefixes: skg_writer_omit_prologue()).

   GraphViz DOT (`-o dot`) is dot.c's: a picture of the statements, one
   digraph for the run, nodes named by their labels.  A writer's view
   (view.c) can keep only what a picture of a summit needs. */
#include "serialize.h"

#include "dot.h"
#include "view.h"

#include <errno.h>
#include <serd/serd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* raptor's iostream to a FILE writes each byte with fputc(); a block of our
   own, written with fwrite(), makes serializing several times cheaper. */
enum { OUT_BLOCK = 1 << 16 };

struct skg_writer {
  skg_ctx           *ctx;
  skg_format         format;
  FILE              *out;
  raptor_iostream   *ios;
  char              *block;    /* bytes raptor wrote, not yet given to `out` */
  size_t             n_block;
  raptor_serializer *ser;      /* between reports for per-report Turtle */
  int                started;
  SerdEnv           *env;
  SerdWriter        *serd;
  int                failed;
  int                io_errno;  /* the FILE refused bytes (errno then; EIO if none) */
  int                rdf_error; /* serd refused a statement (said by serd_error()) */
  skg_view           view;
  struct { const char *prefix, *uri; } extra[4]; /* skg_writer_add_prefix() */
  size_t             n_extra;
  int                prologue;   /* Turtle, TriG: the prefixes have been declared */
  int                no_prologue; /* skg_writer_omit_prologue(): known, not written */
  skg_dot           *dot;      /* -o dot: the drawing, started when it has its first bytes */
  skg_buf            dot_text; /* its text for one report, handed to the block */
};

static const struct {
  const char *prefix, *uri;
} namespaces[] = {
  {"skg", SKG_NS},
  {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
  {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
  {"xsd", "http://www.w3.org/2001/XMLSchema#"},
  {"owl", "http://www.w3.org/2002/07/owl#"},
  {"skos", "http://www.w3.org/2004/02/skos/core#"},
  {"dcterms", "http://purl.org/dc/terms/"},
  {"prov", "http://www.w3.org/ns/prov#"},
  {"oa", "http://www.w3.org/ns/oa#"},
  {"foaf", "http://xmlns.com/foaf/0.1/"},
};

const char *
skg_namespace(const skg_ctx *ctx, size_t i, const char **prefix)
{
  size_t n = sizeof namespaces / sizeof *namespaces;
  if (i > n)
    return NULL;
  *prefix = i < n ? namespaces[i].prefix : "id";
  return i < n ? namespaces[i].uri : ctx->base;
}

/* The output syntaxes, one place each: the name rapper gives it, the other
   names users type (rapper's, riot's, serdi's), the extensions that name it
   (the first is the one to suggest), the media type, raptor's serializer
   (NULL: serd writes it), and whether -j can write it in parts (a document
   with one root cannot be). */
static const struct {
  skg_format  format;
  const char *name, *aliases, *extensions, *media_type, *raptor;
  int         splittable;
} formats[] = {
  {SKG_FORMAT_TURTLE, "turtle", "ttl", ".ttl", "text/turtle", NULL, 1},
  {SKG_FORMAT_NTRIPLES, "ntriples", "nt n-triples", ".nt", "application/n-triples", NULL, 1},
  {SKG_FORMAT_NQUADS, "nquads", "nq n-quads", ".nq", "application/n-quads", NULL, 1},
  {SKG_FORMAT_TRIG, "trig", "", ".trig", "application/trig", NULL, 1},
  {SKG_FORMAT_RDFXML, "rdfxml", "rdf/xml rdf-xml xml rdf owl", ".rdf .xml .owl", "application/rdf+xml",
   "rdfxml-abbrev", 0},
  {SKG_FORMAT_DOT, "dot", "graphviz gv", ".dot .gv", "text/vnd.graphviz", NULL, 0},
};
enum { N_FORMATS = sizeof formats / sizeof *formats };

static size_t
format_index(skg_format f)
{
  for (size_t i = 0; i < N_FORMATS; ++i)
    if (formats[i].format == f)
      return i;
  return 0;
}

static const char *
raptor_name(skg_format f)
{
  return formats[format_index(f)].raptor;
}

const char *
skg_format_name(skg_format f)
{
  return formats[format_index(f)].name;
}

const char *
skg_format_media_type(skg_format f)
{
  return formats[format_index(f)].media_type;
}

int
skg_format_splittable(skg_format f)
{
  return formats[format_index(f)].splittable;
}

/* Whether `word` (len bytes) is one of the space-separated `words`, in any case. */
static int
among(const char *word, size_t len, const char *words)
{
  for (const char *w = words; *w;) {
    size_t n = strcspn(w, " ");
    if (n == len && !strncasecmp(w, word, len))
      return 1;
    w += n + (w[n] == ' ');
  }
  return 0;
}

skg_status
skg_format_from_name(const char *name, skg_format *out)
{
  size_t len = strlen(name);
  for (size_t i = 0; i < N_FORMATS; ++i)
    if ((len == strlen(formats[i].name) && !strncasecmp(name, formats[i].name, len)) ||
        among(name, len, formats[i].aliases)) {
      *out = formats[i].format;
      return SKG_OK;
    }
  return SKG_ERR_BAD_ARG;
}

skg_status
skg_format_from_filename(const char *path, skg_format *out)
{
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (!dot || (slash && dot < slash))
    return SKG_ERR_BAD_ARG;
  for (size_t i = 0; i < N_FORMATS; ++i)
    if (among(dot, strlen(dot), formats[i].extensions)) {
      *out = formats[i].format;
      return SKG_OK;
    }
  return SKG_ERR_BAD_ARG;
}

const char *
skg_format_names(void)
{
  return "turtle (ttl), ntriples (nt, n-triples), nquads (nq, n-quads), trig, rdfxml (rdf/xml, xml), dot";
}

const char *
skg_format_extensions(void)
{
  return ".ttl, .nt, .nq, .trig, .rdf (or .xml, .owl), .dot (or .gv)";
}

/* serd writes TriG, which raptor2 2.0.15 cannot, and the line-based
   syntaxes, which it writes with raptor's escapes at a fraction of the cost;
   raptor writes Turtle (its pretty-printer), RDF/XML and DOT. */
static int
uses_serd(skg_format f)
{
  return f != SKG_FORMAT_RDFXML && f != SKG_FORMAT_DOT;
}

/* The syntaxes that declare prefixes and abbreviate with them. */
static int
has_prefixes(skg_format f)
{
  return f == SKG_FORMAT_TURTLE || f == SKG_FORMAT_TRIG;
}

static SerdStatus
serd_error(void *handle, const SerdError *e)
{
  skg_writer *w = handle;
  w->failed = 1;
  w->rdf_error = 1;
  /* e->fmt is a format for e->args, not the message */
  char msg[512];
  va_list args;
  va_copy(args, *e->args);
  vsnprintf(msg, sizeof msg, e->fmt, args);
  va_end(args);
  skg_err(w->ctx, SKG_ERR_RDF, "serd: %s", msg);
  return SERD_SUCCESS;
}


/* Give the block to the FILE.  Returns 0, or -1 (and marks the writer
   failed) when the FILE does not take it all. */
static int
flush_block(skg_writer *w)
{
  if (w->n_block && fwrite(w->block, 1, w->n_block, w->out) != w->n_block) {
    w->failed = 1;
    w->io_errno = errno ? errno : EIO;
  }
  w->n_block = 0;
  return w->failed ? -1 : 0;
}

/* Writing failed: the output's fault (said once, for the run: a full disk
   is no report's), or a statement serd refused (serd_error() said it). */
static skg_status
write_failed(skg_writer *w)
{
  if (w->rdf_error && !w->io_errno)
    return SKG_ERR_RDF;
  return skg_output_failed(w->ctx, w->io_errno ? w->io_errno : errno);
}

static int
block_write_bytes(void *context, const void *ptr, size_t size, size_t nmemb)
{
  skg_writer *w = context;
  size_t n = size * nmemb;
  if (w->n_block + n > OUT_BLOCK && flush_block(w))
    return 1;
  if (n > OUT_BLOCK)
    return fwrite(ptr, 1, n, w->out) == n ? 0 : (w->io_errno = errno ? errno : EIO, w->failed = 1);
  memcpy(w->block + w->n_block, ptr, n);
  w->n_block += n;
  return 0;
}

static int
block_write_byte(void *context, const int byte)
{
  skg_writer *w = context;
  if (w->n_block == OUT_BLOCK && flush_block(w))
    return 1;
  w->block[w->n_block++] = (char)byte;
  return 0;
}

/* serd's byte sink: the same block.  Every serd writer is made with
   SERD_STYLE_BULK: serd then gathers a statement's pieces in pages of its own
   and calls this once a page (serd_writer_finish() and serd_writer_free()
   give it the last one) instead of once a piece, a dozen times a statement. */
static size_t
serd_sink(const void *buf, size_t len, void *stream)
{
  return block_write_bytes(stream, buf, 1, len) ? 0 : len;
}

static void
set_serd_prefix(skg_writer *w, const char *prefix, const char *uri)
{
  SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)prefix);
  SerdNode u = serd_node_from_string(SERD_URI, (const uint8_t *)uri);
  serd_env_set_prefix(w->env, &name, &u);
  if (!w->no_prologue)
    serd_writer_set_prefix(w->serd, &name, &u);
}

static SerdWriter *
new_abbreviating_writer(skg_writer *w)
{
  SerdWriter *serd = serd_writer_new(w->format == SKG_FORMAT_TRIG ? SERD_TRIG : SERD_TURTLE,
                                     SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK, w->env, NULL,
                                     serd_sink, w);
  if (serd)
    serd_writer_set_error_sink(serd, serd_error, w);
  return serd;
}

/* Turtle: each report through a serd writer of its own (on the same
   prefixes), so that every report's bytes are the same whether it follows
   the prologue, another report or starts a -j worker's part (serd 0.30
   starts a statement after serd_writer_finish() with a stray space).
   @return SKG_OK or SKG_ERR_NOMEM after a message. */
static skg_status
renew_turtle_writer(skg_writer *w)
{
  serd_writer_free(w->serd); /* finishes what is open */
  w->serd = new_abbreviating_writer(w);
  return w->serd ? SKG_OK : skg_err(w->ctx, SKG_ERR_NOMEM, "cannot start the Turtle writer");
}

/* Turtle and TriG: the prefixes, declared once at the start of the output
   (known to a writer that omits them, which abbreviates with them all the
   same): summitkg's namespaces, the extra ones, and id: for instances. */
static void
write_prologue(skg_writer *w)
{
  if (w->prologue || !w->serd || !has_prefixes(w->format))
    return;
  w->prologue = 1;
  for (size_t i = 0; i < sizeof namespaces / sizeof *namespaces; ++i)
    set_serd_prefix(w, namespaces[i].prefix, namespaces[i].uri);
  for (size_t i = 0; i < w->n_extra; ++i)
    set_serd_prefix(w, w->extra[i].prefix, w->extra[i].uri);
  set_serd_prefix(w, "id", w->ctx->base);
  /* the same bytes whether the first statement follows here or in a -j
     worker's part (serd would start it with a blank line only here) */
  serd_writer_finish(w->serd);
}

void
skg_writer_omit_prologue(skg_writer *w)
{
  w->no_prologue = 1;
}

skg_status
skg_writer_start(skg_writer *w)
{
  write_prologue(w);
  return w->failed ? write_failed(w) : SKG_OK;
}

static const raptor_iostream_handler block_handler = {
  .version = 2,
  .write_byte = block_write_byte,
  .write_bytes = block_write_bytes,
};

skg_writer *
skg_writer_new(skg_ctx *ctx, skg_format format, FILE *out)
{
  skg_writer *w = calloc(1, sizeof *w);
  if (!w) {
    skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  w->ctx = ctx;
  w->format = format;
  w->out = out;
  if (!(w->block = malloc(OUT_BLOCK)))
    goto fail;
  if (uses_serd(format)) {
    w->env = serd_env_new(NULL);
    if (!w->env)
      goto fail;
    if (has_prefixes(format))
      w->serd = new_abbreviating_writer(w);
    else /* escaped as raptor escapes them: the same bytes, several times faster */
      w->serd = serd_writer_new(format == SKG_FORMAT_NQUADS ? SERD_NQUADS : SERD_NTRIPLES,
                                SERD_STYLE_ASCII | SERD_STYLE_BULK, w->env, NULL, serd_sink, w);
    if (!w->serd)
      goto fail;
    serd_writer_set_error_sink(w->serd, serd_error, w);
    return w;
  }
  skg_buf_init(&w->dot_text, 0);
  if (format == SKG_FORMAT_DOT) {
    if (!(w->dot = skg_dot_new(ctx)))
      goto fail;
    return w;
  }
  if (!(w->ios = raptor_new_iostream_from_handler(ctx->raptor, w, &block_handler)))
    goto fail;
  return w;
fail:
  skg_err(ctx, SKG_ERR_NOMEM, "cannot start the %s writer", format == SKG_FORMAT_TRIG ? "TriG" : "RDF");
  skg_writer_free(w);
  return NULL;
}

static skg_status
declare_namespace(skg_writer *w, const char *prefix, const char *uri)
{
  raptor_uri *u = raptor_new_uri(w->ctx->raptor, (const unsigned char *)uri);
  if (!u)
    return skg_err(w->ctx, SKG_ERR_NOMEM, "out of memory");
  /* raptor declares rdf: itself and refuses it twice; prefixes only
     shorten the output, so a refusal costs nothing */
  raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)prefix);
  raptor_free_uri(u);
  return SKG_OK;
}

static skg_status
start_raptor(skg_writer *w)
{
  w->ser = raptor_new_serializer(w->ctx->raptor, raptor_name(w->format));
  if (!w->ser)
    return skg_err(w->ctx, SKG_ERR_RDF, "raptor has no %s serializer", raptor_name(w->format));
  skg_status st = SKG_OK;
  for (size_t i = 0; i < sizeof namespaces / sizeof *namespaces && !st; ++i)
    st = declare_namespace(w, namespaces[i].prefix, namespaces[i].uri);
  for (size_t i = 0; i < w->n_extra && !st; ++i)
    st = declare_namespace(w, w->extra[i].prefix, w->extra[i].uri);
  if (!st && raptor_serializer_start_to_iostream(w->ser, NULL, w->ios))
    st = skg_err(w->ctx, SKG_ERR_RDF, "cannot start the %s serializer", raptor_name(w->format));
  w->started = !st;
  return st;
}

static skg_status
end_raptor(skg_writer *w)
{
  int failed = 0;
  if (w->ser && w->started)
    failed = raptor_serializer_serialize_end(w->ser);
  raptor_free_serializer(w->ser);
  w->ser = NULL;
  w->started = 0;
  return failed ? write_failed(w) : SKG_OK;
}

/* An IRI as serd wants it, without serd_node_from_string()'s scan of it:
   its length is known, and IRIs carry none of the flags (quotes, newlines)
   that only literals need. */
static SerdNode
serd_uri(raptor_uri *uri)
{
  size_t len;
  const unsigned char *s = raptor_uri_as_counted_string(uri, &len);
  return (SerdNode){s, len, len, 0, SERD_URI};
}

static SerdNode
serd_term(const raptor_term *t, SerdNode *datatype)
{
  *datatype = SERD_NODE_NULL;
  if (t->type == RAPTOR_TERM_TYPE_URI)
    return serd_uri(t->value.uri);
  if (t->value.literal.datatype)
    *datatype = serd_uri(t->value.literal.datatype);
  return serd_node_from_substring(SERD_LITERAL, t->value.literal.string, t->value.literal.string_len);
}

static skg_status
write_serd(skg_writer *w, const raptor_statement *st)
{
  SerdNode dt, none;
  int quads = w->format == SKG_FORMAT_NQUADS || w->format == SKG_FORMAT_TRIG;
  SerdNode g = st->graph && quads ? serd_term(st->graph, &none) : SERD_NODE_NULL;
  SerdNode s = serd_term(st->subject, &none);
  SerdNode p = serd_term(st->predicate, &none);
  SerdNode o = serd_term(st->object, &dt);
  /* no graph: the default graph, which serd wants as no node at all */
  SerdStatus rc = serd_writer_write_statement(w->serd, 0, g.type ? &g : NULL, &s, &p, &o,
                                              dt.type ? &dt : NULL, NULL);
  return rc || w->failed ? write_failed(w) : SKG_OK;
}

void
skg_writer_set_view(skg_writer *w, skg_view view)
{
  w->view = view;
}

skg_status
skg_writer_add_prefix(skg_writer *w, const char *prefix, const char *uri)
{
  if (w->n_extra == sizeof w->extra / sizeof *w->extra)
    return SKG_ERR_BAD_ARG;
  w->extra[w->n_extra].prefix = prefix;
  w->extra[w->n_extra++].uri = uri;
  return SKG_OK;
}

/* DOT: the drawing's start (once), `g`'s nodes and edges, and with `end`
   its end, through the block. */
static skg_status
write_dot(skg_writer *w, const skg_graph *g, int end)
{
  skg_buf_clear(&w->dot_text);
  skg_status st = w->started ? SKG_OK : skg_dot_start(w->dot, &w->dot_text);
  w->started = 1;
  if (!st && g)
    st = skg_dot_graph(w->dot, g, &w->dot_text);
  if (!st && end)
    st = skg_dot_end(&w->dot_text);
  if (st)
    return skg_err(w->ctx, st, "cannot draw the graph: %s", skg_status_string(st));
  if (block_write_bytes(w, w->dot_text.data, 1, w->dot_text.len))
    return write_failed(w);
  return SKG_OK;
}

static skg_status
write_all(skg_writer *w, const skg_graph *g)
{
  skg_status st = SKG_OK;
  if (w->serd) {
    write_prologue(w);
    if (w->format == SKG_FORMAT_TURTLE)
      st = renew_turtle_writer(w);
    for (size_t i = 0; i < g->count && !st; ++i)
      st = write_serd(w, g->items[i]);
    return st;
  }
  if (w->dot)
    return write_dot(w, g, 0);
  /* RDF/XML: one document for the run */
  if (!w->ser && (st = start_raptor(w)))
    return st;
  for (size_t i = 0; i < g->count; ++i)
    if (raptor_serializer_serialize_statement(w->ser, g->items[i])) /* borrows */
      return skg_err(w->ctx, SKG_ERR_RDF, "cannot serialize a statement");
  if (!st && (w->failed || ferror(w->out)))
    st = write_failed(w);
  return st;
}

skg_status
skg_writer_flush(skg_writer *w)
{
  if (w->serd) {
    /* closes an open graph block, so that what follows may start anywhere */
    if (serd_writer_finish(w->serd) || w->failed)
      return write_failed(w);
  }
  if (flush_block(w) || fflush(w->out) || ferror(w->out))
    return write_failed(w);
  return SKG_OK;
}

skg_status
skg_writer_write_graph(skg_writer *w, const skg_graph *g)
{
  if (w->view == SKG_VIEW_FULL)
    return write_all(w, g);
  skg_graph part;
  skg_graph_init(&part);
  skg_status st = skg_view_build(w->view, g, &part);
  if (st)
    st = skg_err(w->ctx, st, "cannot make the view: %s", skg_status_string(st));
  else
    st = write_all(w, &part);
  skg_graph_release(&part);
  return st;
}

skg_status
skg_writer_finish(skg_writer *w)
{
  skg_status st = SKG_OK;
  if (w->serd) {
    write_prologue(w); /* an empty run: the prefixes, a valid document */
    if (serd_writer_finish(w->serd) || flush_block(w))
      st = write_failed(w);
  } else if (w->dot) {
    /* an empty run still writes a valid (empty) drawing */
    if (!(st = write_dot(w, NULL, 1)) && flush_block(w))
      st = write_failed(w);
  } else {
    /* an empty run still writes a valid (empty) document */
    if (!w->ser && w->format == SKG_FORMAT_RDFXML)
      st = start_raptor(w);
    if (!st)
      st = end_raptor(w);
    if (!st && (raptor_iostream_write_end(w->ios) || flush_block(w)))
      st = write_failed(w);
  }
  if (!st && (fflush(w->out) || ferror(w->out)))
    st = write_failed(w);
  return st;
}

void
skg_writer_free(skg_writer *w)
{
  if (!w)
    return;
  raptor_free_serializer(w->ser);
  raptor_free_iostream(w->ios);
  /* serd_writer_free() finishes what is open, into the block: it goes first */
  if (w->serd)
    serd_writer_free(w->serd);
  skg_dot_free(w->dot);
  skg_buf_release(&w->dot_text);
  free(w->block);
  if (w->env)
    serd_env_free(w->env);
  free(w);
}
