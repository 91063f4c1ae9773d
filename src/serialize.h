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
/** Shorten IRIs under `uri` to `prefix`: in the syntaxes with prefixes, from
    the next document on (call it before the first graph).  Both strings are
    borrowed for the writer's life (static ones, in practice); at most four.
    @return SKG_OK or SKG_ERR_BAD_ARG when there are four already. */
skg_status skg_writer_add_prefix(skg_writer *w, const char *prefix, const char *uri);

/** Turtle, TriG: abbreviate with the prefixes but do not declare them (a
    part of an output whose start declares them: a -j worker's). */
void skg_writer_omit_prologue(skg_writer *w);
/** Write the start of the output now (Turtle, TriG: the prefixes), as the
    first graph would.  @return SKG_OK or SKG_ERR_IO after a message. */
skg_status skg_writer_start(skg_writer *w);
/** The `i`th namespace of summitkg's output: its IRI (borrowed: static, or
    the context's base for the last, "id"), its prefix in *prefix; NULL past
    the last. */
const char *skg_namespace(const skg_ctx *ctx, size_t i, const char **prefix);

#endif
