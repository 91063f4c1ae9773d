/* skg.h - the context every stage hangs off, diagnostics, and small helpers
   shared by several stages (hashing, IRI slugs, UTF-8). */
#ifndef SKG_SKG_H
#define SKG_SKG_H

#include <raptor2.h>
#include <stdint.h>

#include "buf.h"
#include "summitkg.h"

#define SKG_DEFAULT_BASE "https://w3id.org/summitkg/id/"
#define SKG_NS "https://w3id.org/summitkg/ontology#"
#define SKG_DEFAULT_MAX_BYTES ((size_t)16 << 20)

/* The number of elements of an array. */
#define SKG_COUNT(a) (sizeof(a) / sizeof *(a))

/* A half-open byte range [start, end) of some text. */
typedef struct { size_t start, end; } skg_span;

typedef struct skg_tables skg_tables;
typedef struct skg_patterns skg_patterns;

struct skg_ctx {
  char          *base;            /* base IRI for instances, ends in '/' or '#' */
  size_t         max_bytes;       /* reports larger than this are skipped */
  double         min_confidence;  /* facts below are dropped */
  skg_sink_fn    sink;
  void          *sink_data;
  const char    *file;            /* the report being processed, for messages */
  size_t         line;            /* its line for the current message, 0 if none */
  skg_tables    *tables;          /* gazetteers, built once */
  skg_patterns  *patterns;        /* PCRE2 JIT patterns, compiled once */
  raptor_world  *raptor;          /* terms and serializers */
  int            all_jsonl;       /* every input is a JSON Lines corpus */
  skg_counts     counts;          /* what this context has done */
  skg_progress_fn progress;       /* told after each report */
  void          *progress_data;
  /* Asked before each report whether to process it (parallel.c's workers
     share the reports out); NULL: every report. */
  int          (*take_report)(void *data);
  void          *take_report_data;
  const char    *output_name;     /* what the output is called in messages (borrowed) */
  int            output_failed;   /* skg_output_failed() has said so */
};

/* Is the next report this process's to do (ctx->take_report)?  Every report
   and every unreadable input is asked about once, in order, by every worker. */
int skg_report_taken(skg_ctx *ctx);
/* Count a report's outcome `st` (SKG_OK done, SKG_SKIPPED skipped) and
   `n_bytes` read, tell the progress callback, and return st. */
skg_status skg_report_counted(skg_ctx *ctx, skg_status st, size_t n_bytes);

/* Before workers each make a pass over `in`: if a pass reads standard input
   as a report or corpus ("-", an operand or a line of a list), copy it to a
   temporary file (removed by skg_inputs_free()); a stream read by several
   processes at once would be dealt out among them a block at a time.
   @return SKG_OK, or SKG_ERR_IO / SKG_ERR_NOMEM after a message. */
skg_status skg_inputs_keep_stdin(skg_inputs *in);
/* In a worker: standard input from the start of that copy, if one was kept.
   @return SKG_OK, or SKG_ERR_IO after a message. */
skg_status skg_inputs_reopen_stdin(skg_inputs *in);

/* The output failed with errno `err` (0: EIO): say once, about the run and
   not the report at hand, "OUTPUT: cannot write: WHY" (the name set with
   skg_ctx_set_output_name()).  @return SKG_ERR_IO. */
skg_status skg_output_failed(skg_ctx *ctx, int err);
/* Send a message about the current report to ctx's sink, and return st. */
skg_status skg_err(skg_ctx *ctx, skg_status st, const char *fmt, ...) SKG_PRINTF(3, 4);

/* Lowercase hex SHA-256 of `len` bytes into out[65]. */
void skg_sha256_hex(const void *data, size_t len, char out[65]);

/* Append to `b` an IRI path segment for `text`: ASCII letters folded to
   lowercase, Latin diacritics dropped, every other run of characters one '-'.
   "Kassym-Jomart Tokayev" -> "kassym-jomart-tokayev". */
skg_status skg_slug_append(skg_buf *b, const char *text, size_t len);

/* Number of code points in the UTF-8 bytes [s, s+len). */
size_t skg_utf8_count(const char *s, size_t len);
/* Length of a valid UTF-8 sequence at s (at most `len` bytes), 0 if invalid. */
size_t skg_utf8_valid_seq(const unsigned char *s, size_t len);
/* Append the bytes of a name the system gave (a file's path) to `b` as
   valid UTF-8: each byte that is not part of a valid UTF-8 sequence becomes
   "%XX" (its value in hex), the rest is kept, so that RDF, which must be
   UTF-8, can hold any path.  A valid name is unchanged. */
skg_status skg_utf8_escape_append(skg_buf *b, const char *s, size_t len);
/* Decode the code point at s (valid UTF-8 assumed); *n gets its length. */
uint32_t skg_utf8_decode(const unsigned char *s, size_t len, size_t *n);

/* A fast 64-bit hash of bytes, for in-memory hash tables (not stable across versions). */
uint64_t skg_hash_bytes(const void *p, size_t n);

#endif
