/* jsonl.h - JSON Lines corpora: one report per line, an object with "text"
   and optionally "id", "url", "title", "date" and "publisher". */
#ifndef SKG_JSONL_H
#define SKG_JSONL_H

#include "reader.h"

/** Read one JSON Lines record (`line`, `len` bytes, borrowed; a trailing
    newline is fine) into `doc` (initialised by the caller): its text goes
    through skg_reader_load_memory() like a file's bytes, so HTML in "text"
    is reduced and header lines are read; then the record's own fields
    replace what the text said: "title", "date" (ISO 8601, a date-time's
    first ten characters, or as the genre writes dates), "url" as the source,
    "publisher", and "id" as the report's identifier.
    @return SKG_OK; after a message, SKG_SKIPPED (not JSON, not an object, no
    "text", a field of the wrong type, an empty text) or the reader's status. */
skg_status skg_jsonl_read_record(skg_ctx *ctx, const char *line, size_t len, skg_doc *doc);

/** Is `path` a JSON Lines corpus by its name (.jsonl, .ndjson)? */
int skg_jsonl_is_corpus_name(const char *path);

#endif
