/* explain.h - a report's facts, with their evidence, for a person to read. */
#ifndef SKG_EXPLAIN_H
#define SKG_EXPLAIN_H

#include "graph.h"

/** Print the facts of the analysed report to `out` (borrowed), grouped by
    summit, each with its rule, confidence and the sentence with the span in
    [[ ]].  @return SKG_OK or SKG_ERR_IO / SKG_ERR_NOMEM after a message. */
skg_status skg_explain_print(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, FILE *out);

#endif
