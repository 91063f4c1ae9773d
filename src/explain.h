/* explain.h - a report's facts, with their evidence, for a person to read. */
#ifndef SKG_EXPLAIN_H
#define SKG_EXPLAIN_H

#include "graph.h"

/** Print the facts of the analysed report to `out` (borrowed) in `format`
    (see skg_explain_file_as()).  @return SKG_OK or SKG_ERR_IO /
    SKG_ERR_NOMEM after a message. */
skg_status skg_explain_print(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, skg_explain_format format,
                             FILE *out);

#endif
