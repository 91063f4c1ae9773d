/* graph.h - the statements of one report: its facts, their evidence, the
   entities they name and the report node, as raptor terms. */
#ifndef SKG_GRAPH_H
#define SKG_GRAPH_H

#include "resolve.h"

typedef struct {
  raptor_statement **items;  /* sorted, no duplicates after skg_graph_build() */
  size_t             count, cap;
  char               report_iri[160];
} skg_graph;

void skg_graph_init(skg_graph *g);
/** Free the statements. */
void skg_graph_release(skg_graph *g);

/** Build the statements for the analysed report `an` with people `people`.
    Every statement is in the report's graph (statement->graph).
    @return SKG_OK or SKG_ERR_NOMEM / SKG_ERR_RDF after a message. */
skg_status skg_graph_build(skg_ctx *ctx, const skg_analysis *an, const skg_people *people,
                           skg_graph *g);

#endif
