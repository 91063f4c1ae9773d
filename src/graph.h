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

/** Append `st` to `g` (takes it: freed here on failure).
    @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_graph_append(skg_graph *g, raptor_statement *st);

/** Build the statements for the analysed report `an` with people `people`.
    Every statement is in the report's graph (statement->graph).
    @return SKG_OK or SKG_ERR_NOMEM / SKG_ERR_RDF after a message. */
skg_status skg_graph_build(skg_ctx *ctx, const skg_analysis *an, const skg_people *people,
                           skg_graph *g);

/** Whether `st` (borrowed) describes an entity (a country, city,
    organization, person, summit, venue or declaration: its type, names,
    codes, links) rather than the report: what also goes, once, to the
    corpus graph {base}graph/entities. */
int skg_graph_is_entity_statement(const skg_ctx *ctx, const raptor_statement *st);

/** Append to `out` a person-readable label of value `v` ("Kazakhstan",
    "Astana", "2024-07-04", "President", the person's name). */
skg_status skg_value_label(skg_ctx *ctx, const skg_analysis *an, const skg_people *people,
                           const skg_value *v, skg_buf *out);
/** The IRI of summit `index` of `an` into out (NUL-terminated; truncated at len). */
void skg_summit_iri(skg_ctx *ctx, const skg_analysis *an, size_t index, char *out, size_t len);

#endif
