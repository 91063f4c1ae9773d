/* summitkg.h - public API of libsummitkg.

   summitkg reads English reports of multilateral summit meetings and writes
   the facts they state (summit, date, host city, chair, attendees, ...) as RDF,
   each fact with the sentence and span it came from.  One skg_ctx holds the
   tables and compiled patterns, built once; one skg_writer streams the
   statements of many reports to one output in one RDF syntax.

   The library never prints and never exits: messages go to the sink set with
   skg_ctx_set_sink(), statuses are returned. */
#ifndef SUMMITKG_H
#define SUMMITKG_H

#include <stddef.h>
#include <stdio.h>

#ifdef __GNUC__
#define SKG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define SKG_PRINTF(fmt, args)
#endif

/* Append only: the numbers end up in logs and scripts. */
typedef enum {
  SKG_OK = 0,
  SKG_SKIPPED,        /* one report was not processed (after saying why) */
  SKG_ERR_BAD_ARG,
  SKG_ERR_NOMEM,
  SKG_ERR_IO,
  SKG_ERR_ENCODING,
  SKG_ERR_TOO_LARGE,
  SKG_ERR_RDF,
  SKG_ERR_STORE,
} skg_status;

typedef enum {
  SKG_FORMAT_TURTLE,
  SKG_FORMAT_NTRIPLES,
  SKG_FORMAT_NQUADS,
  SKG_FORMAT_TRIG,
  SKG_FORMAT_RDFXML,
} skg_format;

typedef struct skg_ctx skg_ctx;
typedef struct skg_writer skg_writer;
typedef struct skg_store skg_store;

/* Result formats of skg_store_query(). */
typedef enum {
  SKG_RESULTS_TABLE,   /* aligned columns for a terminal */
  SKG_RESULTS_CSV,     /* W3C SPARQL 1.1 Query Results CSV */
  SKG_RESULTS_TSV,
  SKG_RESULTS_JSON,
  SKG_RESULTS_XML,
} skg_results_format;

/* Where messages go.  `file` may be NULL (a message about the run),
   `line` is 0 when unknown.  `msg` is lowercase with no final full stop. */
typedef void (*skg_sink_fn)(void *data, skg_status st, const char *file,
                            size_t line, const char *msg);

/** The library's version string, e.g. "0.1.0" (borrowed, static). */
const char *skg_version(void);
/** The version of the extraction rules, recorded in every run (static). */
const char *skg_ruleset_version(void);
/** A short English phrase for `st` (static). */
const char *skg_status_string(skg_status st);

/** New context with the built-in tables loaded and patterns compiled.
    Returns NULL when out of memory or when a pattern fails to compile
    (a bug); the caller frees it with skg_ctx_free(). */
skg_ctx *skg_ctx_new(void);
/** Free `ctx` and everything it owns.  NULL is fine. */
void skg_ctx_free(skg_ctx *ctx);

/** Messages go to `fn` (NULL: dropped).  `data` is borrowed. */
void skg_ctx_set_sink(skg_ctx *ctx, skg_sink_fn fn, void *data);
/** Base IRI for instances (copied), default https://w3id.org/summitkg/id/.
    @return SKG_OK, SKG_ERR_BAD_ARG if it is not an absolute IRI, SKG_ERR_NOMEM. */
skg_status skg_ctx_set_base(skg_ctx *ctx, const char *base_iri);
/** Reports larger than `max_bytes` are skipped (default 16 MiB). */
void skg_ctx_set_max_bytes(skg_ctx *ctx, size_t max_bytes);
/** Facts below this confidence are left out of the graph (default 0). */
void skg_ctx_set_min_confidence(skg_ctx *ctx, double min_confidence);

/** Parse a format name as rapper spells it (turtle, ntriples, nquads, trig,
    rdfxml).  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_format_from_name(const char *name, skg_format *out);
/** Guess a format from a file name's extension (.ttl .nt .nq .trig .rdf).
    @return SKG_OK or SKG_ERR_BAD_ARG when the extension is unknown. */
skg_status skg_format_from_filename(const char *path, skg_format *out);

/** New writer streaming to `out` (borrowed: the caller closes it after
    skg_writer_finish()).  Returns NULL on failure, after a message. */
skg_writer *skg_writer_new(skg_ctx *ctx, skg_format format, FILE *out);
/** Flush the end of the document.  @return SKG_OK or SKG_ERR_IO. */
skg_status skg_writer_finish(skg_writer *w);
/** Free `w` (after skg_writer_finish(), or to abandon it).  NULL is fine. */
void skg_writer_free(skg_writer *w);

/** Read one report (`-` is standard input), extract its facts and write its
    statements to `w`.  `path` is also the name used in messages and in the
    report's provenance.
    @return SKG_OK; SKG_SKIPPED when this report could not be processed
    (after a message: the run may go on); another status when the run cannot
    go on (the output failed). */
skg_status skg_process_file(skg_ctx *ctx, skg_writer *w, const char *path);
/** Read one report and print its facts for a person to review to `out`
    (borrowed): grouped by summit, each with its rule, confidence and its
    sentence with the span marked [[ ]].  Statuses as skg_process_file(). */
skg_status skg_explain_file(skg_ctx *ctx, FILE *out, const char *path);
/** Open the embedded store at `path` (a librdf sqlite storage; created if
    absent or empty).  Returns NULL after a message.  Close with skg_store_close(). */
skg_store *skg_store_open(skg_ctx *ctx, const char *path);
/** Close the store.  NULL is fine. */
void skg_store_close(skg_store *store);
/** Read one report, extract it and load its graph into `store`, replacing
    what an earlier load of the same report put there, in one transaction.
    Statuses as skg_process_file(); SKG_ERR_STORE when the store fails. */
skg_status skg_load_file(skg_ctx *ctx, skg_store *store, const char *path);
/** Run a SPARQL query on the store and write its results to `out`.
    @return SKG_OK, SKG_ERR_BAD_ARG (bad query, after a message), SKG_ERR_STORE, SKG_ERR_IO. */
skg_status skg_store_query(skg_store *store, const char *sparql, skg_results_format format, FILE *out);
/** The number of result rows of a SELECT query on the store (rasqal 0.9.33
    miscounts COUNT(DISTINCT ...) over a store with named graphs: count
    SELECT DISTINCT rows instead).  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_store_count(skg_store *store, const char *sparql, size_t *count);
/** Write every statement of the store, with its graph, to `w`. */
skg_status skg_store_export(skg_store *store, skg_writer *w);
/** Parse a result format name: table, csv, tsv, json, xml.  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_results_format_from_name(const char *name, skg_results_format *out);

/** As skg_process_file(), for a report already in memory (borrowed). */
skg_status skg_process_memory(skg_ctx *ctx, skg_writer *w, const char *name,
                              const char *bytes, size_t len);

#endif
