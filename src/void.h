/* void.h - a VoID and DCAT description of the dataset in a store. */
#ifndef SKG_VOID_H
#define SKG_VOID_H

#include "graph.h"

/* What a dataset's figures are computed from: every distinct triple of the
   union of the store's graphs, met graph by graph (skg_void_count()). */
typedef struct skg_void_counts skg_void_counts;

/** New, empty counts (NULL when out of memory); free with skg_void_counts_free(). */
skg_void_counts *skg_void_counts_new(skg_ctx *ctx);
void skg_void_counts_free(skg_void_counts *c);
/** Count the statements of one graph (borrowed).  @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_void_count(skg_void_counts *c, const skg_graph *g);
/** Append the description of what `c` counted to `out` (statements in no
    graph).  @return SKG_OK, or SKG_ERR_NOMEM / SKG_ERR_BAD_ARG after a message. */
skg_status skg_void_build(skg_void_counts *c, const skg_void_options *opt, skg_graph *out);

#endif
