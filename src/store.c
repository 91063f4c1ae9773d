/* store.c - the store stage: the embedded store on disk and SPARQL.

   A Redland librdf storage of type "sqlite" holds one named graph per report
   (its report IRI) and one corpus graph, {base}graph/entities, where the
   descriptions of countries, cities, organizations, people and summits meet
   whichever report named them.  Loading a report is one sqlite transaction:
   its old graph is removed and the new one added, so a report is whole or
   absent whatever happens, and loading it twice gives the store of once.

   Why sqlite, and why the extra indexes: librdf's sqlite schema indexes
   subjects and URIs only, so every literal, object and context lookup scans
   a table that grows with the corpus; the indexes made here keep loading
   from slowing down as the store grows (scripts/bench-store measures it).
   Berkeley DB "hashes" loads faster but has no transactions, and a killed
   load must leave every report whole or absent. */
#include "store.h"

#include <redland.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "serialize.h"

struct skg_store {
  skg_ctx        *ctx;
  unsigned        errors;   /* errors librdf reported; a query that adds one failed */
  librdf_world   *world;
  librdf_storage *storage;
  librdf_model   *model;
  char           *path;
};

static int
rdf_log(void *data, librdf_log_message *m)
{
  skg_store *store = data;
  /* rasqal warns of unbound aggregate variables in correct queries: errors only */
  if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) {
    ++store->errors;
    skg_err(store->ctx, SKG_ERR_STORE, "store: %s", librdf_log_message_message(m));
  }
  return 1; /* handled: librdf prints nothing itself */
}

/* librdf's schema lacks these; CREATE INDEX IF NOT EXISTS makes this cheap
   on every open. */
static skg_status
add_indexes(skg_store *store)
{
  static const char sql[] =
    "CREATE INDEX IF NOT EXISTS skg_literal_index ON literals (text, language, datatype);"
    "CREATE INDEX IF NOT EXISTS skg_object_index ON triples (objectUri);"
    "CREATE INDEX IF NOT EXISTS skg_object_literal_index ON triples (objectLiteral);"
    "CREATE INDEX IF NOT EXISTS skg_context_index ON triples (contextUri);"
    "CREATE INDEX IF NOT EXISTS skg_predicate_index ON triples (predicateUri, objectUri);"
    /* the storage asks "is this triple already in this graph?" before each add */
    "CREATE INDEX IF NOT EXISTS skg_statement_index ON triples "
    "(subjectUri, predicateUri, objectUri, objectLiteral, contextUri);";
  sqlite3 *db = NULL;
  char *msg = NULL;
  int rc = sqlite3_open_v2(store->path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
  skg_status st = rc == SQLITE_OK ? SKG_OK
                                  : skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot index the store: %s",
                                            store->path, msg ? msg : sqlite3_errstr(rc));
  sqlite3_free(msg);
  sqlite3_close(db);
  return st;
}

skg_store *
skg_store_open(skg_ctx *ctx, const char *path)
{
  skg_store *store = calloc(1, sizeof *store);
  if (!store || !(store->path = strdup(path))) {
    free(store);
    skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  store->ctx = ctx;
  /* the store shares the context's raptor world, so graph terms need no copying */
  store->world = librdf_new_world();
  if (!store->world)
    goto fail;
  librdf_world_set_raptor(store->world, ctx->raptor);
  librdf_world_open(store->world);
  librdf_world_set_logger(store->world, store, rdf_log);
  int exists = access(path, F_OK) == 0;
  const char *options = exists ? "new='no',contexts='yes',synchronous='normal'"
                               : "new='yes',contexts='yes',synchronous='normal'";
  store->storage = librdf_new_storage(store->world, "sqlite", path, options);
  if (!store->storage) {
    skg_err(ctx, SKG_ERR_STORE, "%s: cannot open the store (is librdf-storage-sqlite installed?)", path);
    goto fail;
  }
  store->model = librdf_new_model(store->world, store->storage, NULL);
  if (!store->model) {
    skg_err(ctx, SKG_ERR_STORE, "%s: cannot open the store's model", path);
    goto fail;
  }
  if (add_indexes(store))
    goto fail;
  return store;
fail:
  skg_store_close(store);
  return NULL;
}

void
skg_store_close(skg_store *store)
{
  if (!store)
    return;
  librdf_free_model(store->model);
  librdf_free_storage(store->storage);
  librdf_free_world(store->world); /* leaves the context's raptor world alone */
  free(store->path);
  free(store);
}

/* Add s p o (borrowed) to `context` (borrowed): the model copies it. */
static int
add_in(skg_store *store, librdf_node *context, const raptor_statement *st)
{
  librdf_statement copy = *st;
  copy.graph = NULL;
  return librdf_model_context_add_statement(store->model, context, &copy);
}

skg_status
skg_store_load_graph(skg_store *store, const skg_graph *g)
{
  librdf_world *w = store->world;
  skg_buf entities;
  skg_buf_init(&entities, 0);
  skg_status st = skg_buf_printf(&entities, "%sgraph/entities", store->ctx->base);
  librdf_node *report = librdf_new_node_from_uri_string(w, (const unsigned char *)g->report_iri);
  librdf_node *corpus = st ? NULL : librdf_new_node_from_uri_string(w, (const unsigned char *)entities.data);
  skg_buf_release(&entities);
  if (!report || !corpus) {
    librdf_free_node(report);
    librdf_free_node(corpus);
    return skg_err(store->ctx, SKG_ERR_NOMEM, "out of memory");
  }
  int failed = librdf_model_transaction_start(store->model);
  /* the report's earlier graph goes first: loading again replaces, never duplicates */
  if (!failed && librdf_model_contains_context(store->model, report))
    failed = librdf_model_context_remove_statements(store->model, report);
  for (size_t i = 0; i < g->count && !failed; ++i) {
    failed = add_in(store, report, g->items[i]);
    /* an entity described before keeps its statements once in the corpus
       graph: the sqlite storage adds nothing it already holds */
    if (!failed && skg_graph_is_entity_statement(store->ctx, g->items[i]))
      failed = add_in(store, corpus, g->items[i]);
  }
  if (!failed)
    failed = librdf_model_transaction_commit(store->model);
  else
    librdf_model_transaction_rollback(store->model);
  librdf_free_node(report);
  librdf_free_node(corpus);
  return failed ? skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot load the report's graph; the store is unchanged",
                          store->path)
                : SKG_OK;
}

skg_status
skg_results_format_from_name(const char *name, skg_results_format *out)
{
  static const struct { const char *name; skg_results_format f; } names[] = {
    {"table", SKG_RESULTS_TABLE}, {"csv", SKG_RESULTS_CSV}, {"tsv", SKG_RESULTS_TSV},
    {"json", SKG_RESULTS_JSON}, {"xml", SKG_RESULTS_XML}};
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i)
    if (!strcmp(name, names[i].name)) {
      *out = names[i].f;
      return SKG_OK;
    }
  return SKG_ERR_BAD_ARG;
}

/* The text of a result value as a table shows it: IRIs in <>, literals bare. */
static char *
value_text(librdf_node *n)
{
  if (!n)
    return strdup("");
  if (librdf_node_is_resource(n)) {
    const char *u = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
    char *s = malloc(strlen(u) + 3);
    if (s)
      sprintf(s, "<%s>", u);
    return s;
  }
  if (librdf_node_is_literal(n))
    return strdup((const char *)librdf_node_get_literal_value(n));
  return strdup("");
}

/* Columns as wide as their widest value, as a terminal shows them best. */
static skg_status
print_table(skg_store *store, librdf_query_results *results, FILE *out)
{
  int n_cols = librdf_query_results_get_bindings_count(results);
  /* the names, as get_binding_name() gives none before the first row is read */
  const char **names = NULL;
  librdf_query_results_get_bindings(results, &names, NULL);
  size_t n_rows = 0, cap = 0;
  char **cells = NULL;
  size_t *width = calloc(n_cols > 0 ? (size_t)n_cols : 1, sizeof *width);
  skg_status st = width ? SKG_OK : SKG_ERR_NOMEM;
  for (int c = 0; c < n_cols && !st; ++c)
    width[c] = names && names[c] ? strlen(names[c]) : 0;
  while (!st && !librdf_query_results_finished(results)) {
    if ((n_rows + 1) * (size_t)n_cols > cap) {
      cap = cap ? 2 * cap : 64 * (size_t)(n_cols > 0 ? n_cols : 1);
      char **p = realloc(cells, cap * sizeof *p);
      if (!p) {
        st = SKG_ERR_NOMEM;
        break;
      }
      cells = p;
    }
    for (int c = 0; c < n_cols; ++c) {
      librdf_node *v = librdf_query_results_get_binding_value(results, c);
      char *text = value_text(v);
      librdf_free_node(v);
      cells[n_rows * (size_t)n_cols + (size_t)c] = text;
      if (!text)
        st = SKG_ERR_NOMEM;
      else if (skg_utf8_count(text, strlen(text)) > width[c])
        width[c] = skg_utf8_count(text, strlen(text));
    }
    ++n_rows;
    librdf_query_results_next(results);
  }
  for (int c = 0; c < n_cols && !st; ++c)
    fprintf(out, "%-*s%s", (int)width[c], names && names[c] ? names[c] : "", c + 1 < n_cols ? "  " : "\n");
  for (int c = 0; c < n_cols && !st; ++c)
    for (size_t k = 0; k < width[c] + (c + 1 < n_cols ? 2 : 0); ++k)
      fputc(k < width[c] ? '-' : ' ', out);
  if (n_cols && !st)
    fputc('\n', out);
  /* padded by code points, so that "Gábor" lines up with "Gabor" */
  for (size_t r = 0; r < n_rows && !st; ++r)
    for (int c = 0; c < n_cols; ++c) {
      const char *cell = cells[r * (size_t)n_cols + (size_t)c];
      size_t len = strlen(cell);
      fprintf(out, "%-*s%s", (int)(width[c] + len - skg_utf8_count(cell, len)), cell,
              c + 1 < n_cols ? "  " : "\n");
    }
  for (size_t i = 0; cells && i < n_rows * (size_t)n_cols; ++i)
    free(cells[i]);
  free(cells);
  free(width);
  if (!st && fprintf(out, "(%zu row%s)\n", n_rows, n_rows == 1 ? "" : "s") < 0)
    st = SKG_ERR_IO;
  return st ? skg_err(store->ctx, st, "cannot print the results: %s", skg_status_string(st)) : SKG_OK;
}

skg_status
skg_store_query(skg_store *store, const char *sparql, skg_results_format format, FILE *out)
{
  unsigned errors_before = store->errors;
  librdf_query *q = librdf_new_query(store->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
  if (!q)
    return skg_err(store->ctx, SKG_ERR_BAD_ARG, "cannot parse the SPARQL query");
  librdf_query_results *results = librdf_model_query_execute(store->model, q);
  skg_status st = SKG_OK;
  if (!results)
    st = skg_err(store->ctx, SKG_ERR_BAD_ARG, "cannot run the SPARQL query");
  else if (format == SKG_RESULTS_TABLE && librdf_query_results_is_bindings(results))
    st = print_table(store, results, out);
  else {
    static const char *const names[] = {"csv", "csv", "tsv", "json", "xml"};
    const char *name = librdf_query_results_is_bindings(results) || librdf_query_results_is_boolean(results)
                         ? names[format] : NULL;
    unsigned char *text = name ? librdf_query_results_to_string2(results, name, NULL, NULL, NULL) : NULL;
    if (!text)
      st = skg_err(store->ctx, SKG_ERR_BAD_ARG, "cannot write these results as %s", name ? name : "a table");
    else if (fputs((const char *)text, out) == EOF)
      st = skg_err(store->ctx, SKG_ERR_IO, "cannot write the results");
    librdf_free_memory(text);
  }
  librdf_free_query_results(results);
  librdf_free_query(q);
  /* the storage reports its failures (an SQL error) through the logger and
     then gives no rows: no rows after an error are no answer */
  if (!st && store->errors != errors_before)
    st = SKG_ERR_STORE;
  return st;
}

/* Every statement of one context, with its graph, into a skg_graph. */
static skg_status
collect_context(skg_store *store, librdf_node *context, skg_graph *g)
{
  librdf_stream *stream = librdf_model_context_as_stream(store->model, context);
  if (!stream)
    return SKG_ERR_STORE;
  skg_status st = SKG_OK;
  for (; !librdf_stream_end(stream) && !st; librdf_stream_next(stream)) {
    librdf_statement *s = librdf_stream_get_object(stream);
    raptor_statement *copy = raptor_new_statement_from_nodes(
      store->ctx->raptor, raptor_term_copy(s->subject), raptor_term_copy(s->predicate),
      raptor_term_copy(s->object), raptor_term_copy(context));
    st = copy ? skg_graph_append(g, copy) : SKG_ERR_NOMEM;
  }
  librdf_free_stream(stream);
  return st;
}

skg_status
skg_store_each_graph(skg_store *store, skg_status (*fn)(void *data, const skg_graph *g), void *data)
{
  librdf_iterator *contexts = librdf_model_get_contexts(store->model);
  if (!contexts)
    return skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot list the store's graphs", store->path);
  skg_status st = SKG_OK;
  /* graph by graph, so that memory holds one graph at a time */
  for (; !librdf_iterator_end(contexts) && !st; librdf_iterator_next(contexts)) {
    librdf_node *context = librdf_iterator_get_object(contexts);
    skg_graph g;
    skg_graph_init(&g);
    st = collect_context(store, context, &g);
    if (st)
      st = skg_err(store->ctx, st, "%s: cannot read a graph of the store", store->path);
    else
      st = fn(data, &g);
    skg_graph_release(&g);
  }
  librdf_free_iterator(contexts);
  return st;
}

static skg_status
write_graph(void *w, const skg_graph *g)
{
  return skg_writer_write_graph(w, g);
}

skg_status
skg_store_export(skg_store *store, skg_writer *w)
{
  return skg_store_each_graph(store, write_graph, w);
}

skg_status
skg_store_count(skg_store *store, const char *sparql, size_t *count)
{
  *count = 0;
  librdf_query *q = librdf_new_query(store->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
  librdf_query_results *results = q ? librdf_model_query_execute(store->model, q) : NULL;
  skg_status st = results ? SKG_OK : skg_err(store->ctx, SKG_ERR_BAD_ARG, "cannot run the SPARQL query");
  for (; results && !librdf_query_results_finished(results); librdf_query_results_next(results))
    ++*count;
  librdf_free_query_results(results);
  librdf_free_query(q);
  return st;
}
