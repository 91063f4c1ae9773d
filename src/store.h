/* store.h - the embedded store: a Redland librdf storage on disk, one named
   graph per report, each loaded whole or not at all; SPARQL through rasqal. */
#ifndef SKG_STORE_H
#define SKG_STORE_H

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

#endif
