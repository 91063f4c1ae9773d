/* view.h - smaller graphs of a report for people to look at. */
#ifndef SKG_VIEW_H
#define SKG_VIEW_H

#include "graph.h"

/** Append to `out` the statements of `in` that `view` keeps (new references
    to the same statements: `in` stays whole; release both).  SKG_VIEW_FULL
    keeps all.  @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_view_build(skg_view view, const skg_graph *in, skg_graph *out);

#endif
