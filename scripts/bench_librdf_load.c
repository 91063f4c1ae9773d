/* bench_librdf_load - the baseline of scripts/bench-store: load N-Quads into a
   librdf "sqlite" storage the way librdf users do, and summitkg did before it
   wrote the storage's tables itself: statement by statement through
   librdf_model_context_add_statement(), one transaction per graph (a run of
   quads with the same graph), the graph's earlier statements removed first.
   Let summitkg make STORE first (`summitkg stats --store STORE`), so that it
   has summitkg's indexes and librdf's lookups do not scan.

       bench_librdf_load STORE FILE.nq

   Prints one line: "graphs N statements N seconds S" where S counts the
   time spent in librdf (adding, committing), not the parsing of FILE.nq.
   Exits 1 after a one-line message naming the file if anything fails. */
#include <redland.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *store_path;

static double
now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
rdf_log(void *data, librdf_log_message *m)
{
  (void)data;
  if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR)
    fprintf(stderr, "bench_librdf_load: %s: %s\n", store_path, librdf_log_message_message(m));
  return 1;
}

/* Start a graph's transaction: its earlier statements go first. */
static int
begin_graph(librdf_model *model, librdf_node *context)
{
  if (librdf_model_transaction_start(model))
    return 1;
  if (librdf_model_contains_context(model, context) && librdf_model_context_remove_statements(model, context)) {
    librdf_model_transaction_rollback(model);
    return 1;
  }
  return 0;
}

typedef struct {
  librdf_world  *world;
  librdf_model  *model;
  librdf_node   *current;   /* the graph of the open transaction, or NULL */
  unsigned long  n_graphs, n_statements;
  double         seconds;   /* in librdf */
  int            failed;
} loader;

/* raptor's statement handler: librdf statements are raptor statements (librdf
   1.0.17), so each parsed quad goes to librdf as it is. */
static void
add_quad(void *data, raptor_statement *st)
{
  loader *l = data;
  if (l->failed)
    return;
  if (!st->graph) {
    fprintf(stderr, "bench_librdf_load: a quad without a graph\n");
    l->failed = 1;
    return;
  }
  double t0 = now();
  int bad = 0;
  if (!l->current || !librdf_node_equals(l->current, st->graph)) {
    if (l->current)
      bad = librdf_model_transaction_commit(l->model);
    librdf_free_node(l->current);
    l->current = librdf_new_node_from_node(st->graph);
    bad = bad || !l->current || begin_graph(l->model, l->current);
    ++l->n_graphs;
  }
  librdf_statement triple = *st;
  triple.graph = NULL;
  bad = bad || librdf_model_context_add_statement(l->model, l->current, &triple);
  l->seconds += now() - t0;
  if (bad) {
    fprintf(stderr, "bench_librdf_load: %s: cannot add statement %lu\n", store_path, l->n_statements + 1);
    l->failed = 1;
    return;
  }
  ++l->n_statements;
}

int
main(int argc, char **argv)
{
  if (argc != 3) {
    fprintf(stderr, "usage: bench_librdf_load STORE FILE.nq\n");
    return 2;
  }
  store_path = argv[1];
  const char *input = argv[2];
  loader l = {0};
  /* our own raptor world, freed after librdf's, as summitkg does: librdf
     1.0.17 freeing the raptor world it made itself leaks some of its URIs */
  raptor_world *raptor = raptor_new_world();
  librdf_storage *storage = NULL;
  raptor_parser *parser = NULL;
  unsigned char *uri_string = NULL;
  raptor_uri *uri = NULL;
  int failed = 1;
  if (!raptor || raptor_world_open(raptor) || !(l.world = librdf_new_world()))
    goto done;
  librdf_world_set_raptor(l.world, raptor);
  librdf_world_open(l.world);
  librdf_world_set_logger(l.world, NULL, rdf_log);
  const char *options = access(store_path, F_OK) == 0 ? "new='no',contexts='yes',synchronous='normal'"
                                                       : "new='yes',contexts='yes',synchronous='normal'";
  if (!(storage = librdf_new_storage(l.world, "sqlite", store_path, options)) ||
      !(l.model = librdf_new_model(l.world, storage, NULL))) {
    fprintf(stderr, "bench_librdf_load: %s: cannot open the store\n", store_path);
    goto done;
  }
  if (!(parser = raptor_new_parser(raptor, "nquads")) ||
      !(uri_string = raptor_uri_filename_to_uri_string(input)) ||
      !(uri = raptor_new_uri(raptor, uri_string))) {
    fprintf(stderr, "bench_librdf_load: %s: cannot make a parser\n", input);
    goto done;
  }
  raptor_parser_set_statement_handler(parser, &l, add_quad);
  if (raptor_parser_parse_file(parser, uri, NULL) || l.failed) {
    fprintf(stderr, "bench_librdf_load: %s: cannot load the N-Quads\n", input);
    if (l.current)
      librdf_model_transaction_rollback(l.model);
    goto done;
  }
  double t0 = now();
  if (l.current && librdf_model_transaction_commit(l.model)) {
    fprintf(stderr, "bench_librdf_load: %s: cannot commit\n", store_path);
    goto done;
  }
  l.seconds += now() - t0;
  printf("graphs %lu statements %lu seconds %.3f\n", l.n_graphs, l.n_statements, l.seconds);
  failed = fflush(stdout) != 0;
done:
  librdf_free_node(l.current);
  raptor_free_uri(uri);
  raptor_free_memory(uri_string);
  raptor_free_parser(parser);
  librdf_free_model(l.model);
  librdf_free_storage(storage);
  librdf_free_world(l.world);
  raptor_free_world(raptor);
  return failed;
}
