/* store.h - the embedded store: a Redland librdf storage on disk, one named
   graph per report, each loaded whole or not at all; SPARQL through rasqal. */
#ifndef SKG_STORE_H
#define SKG_STORE_H

#include <redland.h>

#include "graph.h"

/** Replace the report's graph in the store with `g` (and add its entities to
    the corpus graph), whole or absent, in the open transaction of its group
    (a new one if none is open), which is committed when full.
    @return SKG_OK or SKG_ERR_STORE after a message. */
skg_status skg_store_load_graph(skg_store *store, const skg_graph *g);

/** Call `fn` with each named graph of the store in turn (every statement with
    its graph; the graph is freed after the call) until it returns an error,
    which is returned.  @return SKG_OK, the error of `fn`, or SKG_ERR_STORE
    after a message. */
skg_status skg_store_each_graph(skg_store *store, skg_status (*fn)(void *data, const skg_graph *g), void *data);

/** The store's context, librdf world and model (borrowed, the store's). */
skg_ctx *skg_store_context(const skg_store *store);
librdf_world *skg_store_world(const skg_store *store);
librdf_model *skg_store_model(const skg_store *store);
/** How many errors librdf and rasqal have reported since `before` (from
    skg_store_mark()). */
unsigned skg_store_errors_since(const skg_store *store, unsigned before);
/** The errors librdf and rasqal have reported so far, their messages
    forgotten: the first one from now on is kept for skg_store_failed(). */
unsigned skg_store_mark(skg_store *store);
/** The first error kept since skg_store_mark() ("unknown error" if none;
    borrowed until the next mark), and in *where (if not NULL) its place in a
    query, "line L, column C", or NULL. */
const char *skg_store_error_text(const skg_store *store, const char **where);
/** If librdf or rasqal reported an error since `errors_before` (from
    skg_store_mark()), say "STORE: what: WHY" once and return SKG_ERR_STORE;
    else SKG_OK.  A read that gives rows after an error gives no answer. */
skg_status skg_store_failed(skg_store *store, unsigned errors_before, const char *what);

#endif
