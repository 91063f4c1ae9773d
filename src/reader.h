/* reader.h - one report's bytes -> its UTF-8 text and header metadata. */
#ifndef SKG_READER_H
#define SKG_READER_H

#include "dates.h"
#include "skg.h"

typedef struct {
  const char *name;        /* borrowed: the path, or a name for messages */
  skg_buf     text;        /* the report's text: UTF-8, BOM dropped, HTML reduced to text */
  char        sha256[65];  /* of the bytes as read */
  size_t      n_bytes;     /* how many bytes were read */
  char       *title;       /* header metadata, each new or NULL */
  char       *publisher;
  char       *source;      /* the address it came from */
  char       *identifier;  /* the corpus's own id for it (JSON Lines "id") */
  skg_date    date;        /* publication date; year 0 when unknown */
  skg_span    dateline;    /* the place of a dateline ("BISHKEK") in text, or {0, 0} */
  size_t      dateline_end; /* where the dateline (place, date, agency) ends in text */
  size_t      body_start;  /* where the text after the header lines starts */
} skg_doc;

/** Zero `doc`; allocates nothing. */
void skg_doc_init(skg_doc *doc, const char *name);
/** Free what `doc` holds. */
void skg_doc_release(skg_doc *doc);

/** Read the report at `path` ("-": standard input) into `doc`.
    @return SKG_OK; after a message: SKG_ERR_IO, SKG_ERR_ENCODING (not UTF-8,
    binary), SKG_ERR_TOO_LARGE, SKG_ERR_NOMEM, SKG_SKIPPED (empty). */
skg_status skg_reader_load(skg_ctx *ctx, const char *path, skg_doc *doc);
/** As skg_reader_load() for bytes in memory (borrowed, copied as needed). */
skg_status skg_reader_load_memory(skg_ctx *ctx, const char *bytes, size_t len, skg_doc *doc);

/** Read header lines and a dateline from doc->text (done by the loaders;
    exposed for tests). */
skg_status skg_reader_parse_header(skg_ctx *ctx, skg_doc *doc);

#endif
