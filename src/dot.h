/* dot.h - statements drawn as GraphViz DOT (see dot.c). */
#ifndef SKG_DOT_H
#define SKG_DOT_H

#include "graph.h"

typedef struct skg_dot skg_dot;

/** New drawing, nothing drawn yet; NULL when out of memory.  Free with skg_dot_free(). */
skg_dot *skg_dot_new(skg_ctx *ctx);
/** NULL is fine. */
void skg_dot_free(skg_dot *d);
/** Append to `out` the start of the digraph (its caption says what id: is).
    @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_dot_start(skg_dot *d, skg_buf *out);
/** Append to `out` the nodes and edges of `g` (borrowed): nodes named by
    their rdfs:label, a box for each literal of each statement.
    @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_dot_graph(skg_dot *d, const skg_graph *g, skg_buf *out);
/** Append the end of the digraph.  @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_dot_end(skg_buf *out);

#endif
