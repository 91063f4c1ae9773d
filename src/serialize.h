/* serialize.h - a report's statements, streamed to an RDF syntax. */
#ifndef SKG_SERIALIZE_H
#define SKG_SERIALIZE_H

#include "graph.h"

/** Write the statements of one report (all or, on failure, as far as the
    output took them; the caller then abandons the output).
    @return SKG_OK, or SKG_ERR_IO / SKG_ERR_RDF after a message. */
skg_status skg_writer_write_graph(skg_writer *w, const skg_graph *g);

/** Give everything written so far to the FILE and fflush() it; for TriG,
    close the open graph block first, so that the next part of the output
    can be written anywhere (parallel.c's chunks).
    @return SKG_OK or SKG_ERR_IO after a message. */
skg_status skg_writer_flush(skg_writer *w);

#endif
