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
  SKG_FORMAT_DOT,      /* GraphViz, through raptor2's dot serializer: a picture, not data */
} skg_format;

/* What of each report's graph a writer writes (append only). */
typedef enum {
  SKG_VIEW_FULL,       /* every statement: facts, evidence, report node */
  SKG_VIEW_SUMMIT,     /* a summit's facts and the labels of what they name: a picture */
} skg_view;

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
   `line` is 0 when unknown.  `msg` is lowercase with no final full stop.
   `st` is SKG_OK for a notice about a report that was processed (no summit
   found in it), SKG_SKIPPED or an error otherwise. */
typedef void (*skg_sink_fn)(void *data, skg_status st, const char *file,
                            size_t line, const char *msg);

/* What a context has done so far: reports (files, or JSON Lines records)
   processed and skipped, statements written or loaded, bytes of input read. */
typedef struct {
  size_t             reports;
  size_t             skipped;
  unsigned long long statements;
  unsigned long long bytes;
} skg_counts;

/* Called after each report with the counts so far (see skg_ctx_set_progress()). */
typedef void (*skg_progress_fn)(void *data, const skg_counts *counts);

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
/** What messages call the output when writing it fails: "standard output",
    a file's name (borrowed; default "the output"). */
void skg_ctx_set_output_name(skg_ctx *ctx, const char *name);
/** Reports larger than `max_bytes` are skipped (default 16 MiB). */
void skg_ctx_set_max_bytes(skg_ctx *ctx, size_t max_bytes);
/** Facts below this confidence are left out of the graph (default 0). */
void skg_ctx_set_min_confidence(skg_ctx *ctx, double min_confidence);

/** Read every input as a JSON Lines corpus, whatever its name (files named
    *.jsonl or *.ndjson always are).  Each line is a report. */
void skg_ctx_set_jsonl(skg_ctx *ctx, int all_jsonl);
/** `fn` is called after each report with the counts so far (NULL: none).
    `data` is borrowed. */
void skg_ctx_set_progress(skg_ctx *ctx, skg_progress_fn fn, void *data);
/** The counts of what `ctx` has done (borrowed, valid as long as ctx). */
const skg_counts *skg_ctx_counts(const skg_ctx *ctx);

/** Parse a format name as users type it, in any case: as rapper spells it
    (turtle, ntriples, nquads, trig, rdfxml, dot) or as riot and serdi do (ttl,
    nt, n-triples, nq, n-quads, rdf/xml, xml).  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_format_from_name(const char *name, skg_format *out);
/** The format a file name's extension names (.ttl .nt .nq .trig .rdf .xml
    .owl .dot .gv, any case).  @return SKG_OK or SKG_ERR_BAD_ARG when the
    extension is none of them. */
skg_status skg_format_from_filename(const char *path, skg_format *out);
/** The names and the extensions skg_format_from_name() and
    skg_format_from_filename() take, for a message (static). */
const char *skg_format_names(void);
const char *skg_format_extensions(void);
/** The format's name as rapper spells it, and its media type (static). */
const char *skg_format_name(skg_format f);
const char *skg_format_media_type(skg_format f);
/** Whether -j can write the format in parts (every syntax but RDF/XML and
    DOT, each one document with one root). */
int skg_format_splittable(skg_format f);

/** New writer streaming to `out` (borrowed: the caller closes it after
    skg_writer_finish()).  Returns NULL on failure, after a message. */
skg_writer *skg_writer_new(skg_ctx *ctx, skg_format format, FILE *out);
/** Write only what `view` keeps of each report's graph from now on
    (default SKG_VIEW_FULL). */
void skg_writer_set_view(skg_writer *w, skg_view view);
/** Parse a view name: full, summit.  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_view_from_name(const char *name, skg_view *out);
/** Flush the end of the document.  @return SKG_OK or SKG_ERR_IO. */
skg_status skg_writer_finish(skg_writer *w);
/** Free `w` (after skg_writer_finish(), or to abandon it).  NULL is fine. */
void skg_writer_free(skg_writer *w);

/** Read one report (`-` is standard input), extract its facts and write its
    statements to `w`.  `path` is also the name used in messages and in the
    report's provenance.  A JSON Lines corpus (see skg_ctx_set_jsonl()) is
    read line by line, each record its own report named PATH:LINE; a record
    that cannot be processed is skipped (and counted) while the others go on.
    @return SKG_OK; SKG_SKIPPED when this report could not be processed
    (after a message: the run may go on); another status when the run cannot
    go on (the output failed). */
skg_status skg_process_file(skg_ctx *ctx, skg_writer *w, const char *path);
/** Read one report and print its facts for a person to review to `out`
    (borrowed): grouped by summit, each with its rule, confidence and its
    sentence with the span marked [[ ]].  Statuses as skg_process_file(). */
skg_status skg_explain_file(skg_ctx *ctx, FILE *out, const char *path);
/* How skg_explain_file_as() shows a report. */
typedef enum {
  SKG_EXPLAIN_TEXT,    /* for reading: by summit, each sentence once, its facts under it */
  SKG_EXPLAIN_TSV,     /* a row a fact: report, summit, relation, value, rule, confidence,
                          start, end (code points, as oa:start and oa:end), quote */
  SKG_EXPLAIN_SOURCE,  /* the text the spans count in (an HTML page's text), as it is */
} skg_explain_format;
/** Parse text, tsv or source (any case).  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_explain_format_from_name(const char *name, skg_explain_format *out);
/** What goes before the first report: the TSV's column names; nothing for
    the others.  @return SKG_OK or SKG_ERR_IO. */
skg_status skg_explain_header(FILE *out, skg_explain_format format);
/** As skg_explain_file(), in `format`.  A fact two rules gave from the same
    sentence is shown once, with both rules; facts below the context's
    minimum confidence are not shown, nor headings without facts. */
skg_status skg_explain_file_as(skg_ctx *ctx, FILE *out, const char *path, skg_explain_format format);
/** Open the embedded store at `path` (a librdf sqlite storage) for loading;
    made if nothing is there (beside it, then linked into place: never through
    a symbolic link, never over a file, a device or anything else).  A path
    that is not a store (a 0-byte file, a device, a folder, a file that is not
    a database) is refused.  Returns NULL after a message.  Close with
    skg_store_close(). */
skg_store *skg_store_open(skg_ctx *ctx, const char *path);
/** Open the store at `path` for reading only: nothing is made, changed or
    removed, and its connection refuses writes.  A missing path is "no such
    store"; anything that is not a store is refused as above.  Returns NULL
    after a message.  Close with skg_store_close(). */
skg_store *skg_store_open_read(skg_ctx *ctx, const char *path);
/** Close the store, dropping what skg_store_flush() has not committed.
    NULL is fine. */
void skg_store_close(skg_store *store);
/** Reports a load commits together by default, and the longest (ms) a
    transaction stays open: see skg_store_set_group(). */
enum { SKG_STORE_GROUP_REPORTS = 256, SKG_STORE_GROUP_MS = 5000 };
/** Commit the loads in transactions of up to `reports` reports (0 or 1: one
    each), and at the latest `ms` milliseconds after a transaction's first
    report.  Each report is whole or absent either way. */
void skg_store_set_group(skg_store *store, unsigned reports, unsigned ms);
/** Commit the reports loaded and not yet committed.
    @return SKG_OK, or SKG_ERR_STORE after a message (they are not in the store). */
skg_status skg_store_flush(skg_store *store);
/** Read one report, extract it and load its graph into `store`, replacing
    what an earlier load of the same report put there: whole or absent, in the
    transaction of its group (skg_store_set_group(); skg_store_flush() commits
    the last group).  Statuses as skg_process_file(); SKG_ERR_STORE when the
    store fails. */
skg_status skg_load_file(skg_ctx *ctx, skg_store *store, const char *path);
/** Run a SPARQL query on the store and write its results to `out`.
    @return SKG_OK, SKG_ERR_BAD_ARG (bad query, after a message), SKG_ERR_STORE, SKG_ERR_IO. */
skg_status skg_store_query(skg_store *store, const char *sparql, skg_results_format format, FILE *out);
/** The number of result rows of a SELECT query on the store (rasqal 0.9.33
    miscounts COUNT(DISTINCT ...) over a store with named graphs: count
    SELECT DISTINCT rows instead).  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_store_count(skg_store *store, const char *sparql, size_t *count);
/* How skg_query_run() runs a query and writes its answer. */
typedef struct {
  skg_results_format format;  /* SELECT (and ASK): table, or a W3C result format */
  skg_format         syntax;  /* CONSTRUCT and DESCRIBE: the RDF syntax */
  const char        *name;    /* the query's file, for messages; NULL: given inline */
  const char *const *params;  /* "NAME=VALUE" each, NULL-terminated; NULL: none */
} skg_query_options;
/** Defaults: a table, Turtle, no name, no parameters. */
void skg_query_options_init(skg_query_options *opt);
/** Run the SPARQL query `sparql` on the store and write its answer to `out`
    (borrowed).  The prefixes of summitkg's output (skg:, rdf:, rdfs:, xsd:,
    owl:, skos:, dcterms:, prov:, oa:, foaf:, and id: for the instance base)
    are declared unless the query declares them itself; each $NAME a
    parameter names is replaced by its VALUE (an <IRI>, a number, else a
    string literal).  A table shortens IRIs by those prefixes; csv, tsv, json
    and xml are the W3C formats, written row by row; ASK writes yes or no
    (in a table) and sets *answer to 1 or 0 (else -1); CONSTRUCT and
    DESCRIBE write RDF in opt->syntax (DESCRIBE: each resource's statements).
    @return SKG_OK; after a message SKG_ERR_BAD_ARG (the query: its syntax,
    with line and column; an Update; a parameter it does not use),
    SKG_ERR_STORE, SKG_ERR_IO (writing), SKG_ERR_NOMEM. */
skg_status skg_query_run(skg_store *store, const char *sparql, const skg_query_options *opt, FILE *out,
                         int *answer);
/** Write every statement of the store, with its graph, to `w`. */
skg_status skg_store_export(skg_store *store, skg_writer *w);
/* What describes a dataset besides what its store holds (skg_void_describe()). */
typedef struct {
  const char *title;     /* dcterms:title; NULL: SKG_VOID_DEFAULT_TITLE */
  const char *license;   /* dcterms:license, an IRI; NULL: SKG_VOID_DEFAULT_LICENSE */
  const char *endpoint;  /* void:sparqlEndpoint, the IRI of a SPARQL endpoint serving it; NULL: none */
  const char *download;  /* void:dataDump, dcat:downloadURL of its N-Quads; NULL: none */
} skg_void_options;
#define SKG_VOID_DEFAULT_TITLE "Multilateral summits extracted by summitkg"
#define SKG_VOID_DEFAULT_LICENSE "https://creativecommons.org/licenses/by/4.0/"

/** Write a VoID and DCAT description of the dataset in `store` to `w`: its
    triples, entities, distinct subjects and objects, a partition for each
    class (with its entities) and each property (with its triples), the
    vocabularies used, licence, title, distributions and, when given, the
    SPARQL endpoint.  The figures count distinct triples of the union of the
    store's graphs; the dataset's IRI is minted from its graphs' IRIs, so the
    same store gives the same bytes.  `opt` may be NULL (the defaults).
    @return SKG_OK, SKG_ERR_BAD_ARG (an option is not an absolute IRI),
    SKG_ERR_STORE, SKG_ERR_NOMEM, SKG_ERR_IO, after a message. */
skg_status skg_void_describe(skg_ctx *ctx, skg_store *store, const skg_void_options *opt, skg_writer *w);
/** Parse a result format name: table, csv, tsv, json, xml.  @return SKG_OK or SKG_ERR_BAD_ARG. */
skg_status skg_results_format_from_name(const char *name, skg_results_format *out);

/* ---- the reports of a run ------------------------------------------------ */

typedef struct skg_inputs skg_inputs;

/** New, empty list of a run's inputs (caller frees it with skg_inputs_free()).
    With `recursive`, a folder stands for the reports below it: files named
    *.txt, *.text, *.htm, *.html, *.xhtml, *.jsonl, *.ndjson or without an
    extension, in byte order of their names, hidden files and folders left
    out, links to folders not followed.  Without it a folder is a report, for
    the reader to refuse.  NULL when out of memory. */
skg_inputs *skg_inputs_new(skg_ctx *ctx, int recursive);
/** Free the list (and the copy of a list read from standard input).  NULL is fine. */
void skg_inputs_free(skg_inputs *in);
/** Add an operand: a report, a folder, "-" (standard input); copied.
    @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_inputs_add(skg_inputs *in, const char *path);
/** Add the paths listed in `list`, one a line, blank lines left out ("-":
    standard input, copied to a temporary file so that it can be read again).
    @return SKG_OK; after a message SKG_ERR_IO (cannot open it), SKG_ERR_NOMEM. */
skg_status skg_inputs_add_list(skg_inputs *in, const char *list);
/** The next report of the pass (borrowed until the next call), NULL at the
    end or on failure (*st: SKG_ERR_NOMEM).  Folders and lists are read as the
    pass goes, never held whole.  A folder or list that cannot be read is
    said and counted as a skipped report on the way. */
const char *skg_inputs_next(skg_inputs *in, skg_status *st);
/** Start the next pass from the first input again. */
void skg_inputs_rewind(skg_inputs *in);
/** How many reports the pass has left (a run that stopped early says how
    many it did not try), quietly: nothing unreadable on the way is said or
    counted.  Leaves the pass at its end. */
size_t skg_inputs_count_rest(skg_inputs *in);
/** The sum of the sizes of the reports that are regular files: a pass of
    its own, for a progress estimate; leaves the list rewound. */
unsigned long long skg_inputs_total_bytes(skg_inputs *in);

/** Extract the reports `in` names to `out` (borrowed) in `format`, with
    `jobs` worker processes (1: in this process).  Workers take the reports
    in chunks, in turn, and their output is put back in the reports' order,
    so the output is the one a single process writes, byte for byte (the
    prefixes of Turtle and TriG written once, by this process).  RDF/XML is one
    document and cannot be split, nor can DOT: jobs > 1 gives SKG_ERR_BAD_ARG.
    Each report's graph is written as `view` keeps it (skg_writer_set_view()).
    Counts (skg_ctx_counts()) and progress cover all workers.
    @return SKG_OK (reports may have been skipped: see the counts), or an
    error after a message when the run failed (output, a worker, fork). */
skg_status skg_extract_reports(skg_ctx *ctx, skg_format format, skg_view view, FILE *out,
                               skg_inputs *in, int jobs);

/** As skg_process_file(), for a report already in memory (borrowed). */
skg_status skg_process_memory(skg_ctx *ctx, skg_writer *w, const char *name,
                              const char *bytes, size_t len);

/* ---- files written whole ------------------------------------------------- */

/** Make a new temporary file beside `target`, named in `buf` (`cap` bytes)
    TARGET.tmp-HOST-PID-XXXXXX, after removing those of `target` that
    processes of this host now gone left behind (skg_temp_sweep()).
    @return its descriptor (mode 0600; the caller closes it and renames or
    removes the file), or -1 with errno set and buf "". */
int skg_temp_make(const char *target, char *buf, size_t cap);
/** Remove the temporaries of `target` (and their sqlite companions) that a
    process of this host made and is gone (killed before it could).  Those of
    live processes, and of other hosts, stay. */
void skg_temp_sweep(const char *target);

/* ---- push: a report's graph to a SPARQL 1.1 Graph Store over HTTP ------- */

typedef struct skg_pusher skg_pusher;

/* Where and how `push` sends graphs.  Strings are borrowed (copied by
   skg_pusher_new()). */
typedef struct {
  const char *endpoint;  /* Graph Store URL, e.g. http://host:8890/sparql-graph-crud */
  const char *user;      /* NULL: no authentication; else with `password` (any
                            scheme the server offers: Basic, Digest, ...) */
  const char *password;
  const char *journal;   /* the journal file; NULL: none (everything is sent) */
  long        timeout;   /* seconds one request may take */
  unsigned    retries;   /* tries again after a transient failure, with a pause */
  int         force;     /* send even what the journal says the server holds */
} skg_push_options;

/* What a pusher has done so far. */
typedef struct {
  size_t sent;           /* reports the server confirmed */
  size_t unchanged;      /* reports the journal says the server holds already */
  size_t failed;         /* reports the server did not confirm */
  size_t requests;       /* HTTP requests made, retries included */
  size_t bytes;          /* bytes of RDF sent, retries included */
  double seconds;        /* spent in HTTP requests and pauses between retries */
} skg_push_stats;

/** Defaults: no endpoint, no user, no journal, a timeout of 60 s, 2 retries. */
void skg_push_options_init(skg_push_options *opt);
/** New pusher: one HTTP connection kept alive from report to report, and the
    journal read.  Returns NULL after a message (bad endpoint URL, journal
    unreadable).  Free with skg_pusher_free(). */
skg_pusher *skg_pusher_new(skg_ctx *ctx, const skg_push_options *opt);
/** Read one report, extract it and push its graph (see push.h: PUT of the
    report's graph, POST of its entities to the corpus graph), unless the
    journal says the server holds these very bytes.  A report is recorded in
    the journal only once the server confirmed both requests.
    @return SKG_OK (sent or unchanged); SKG_SKIPPED when this report was not
    pushed (after a message; the run may go on); SKG_ERR_STORE when the
    endpoint is unusable and the run should stop; SKG_ERR_IO when the
    journal cannot be written. */
skg_status skg_push_file(skg_ctx *ctx, skg_pusher *p, const char *path);
/** The endpoint as messages name it: without its query string, which may
    hold a credential (borrowed: valid until skg_pusher_free()). */
const char *skg_pusher_endpoint(const skg_pusher *p);
/** The counts so far (borrowed: valid until skg_pusher_free()). */
const skg_push_stats *skg_pusher_stats(const skg_pusher *p);
/** Flush the journal to disk.  @return SKG_OK or SKG_ERR_IO after a message. */
skg_status skg_pusher_finish(skg_pusher *p);
/** Free `p` (closes the connection and the journal).  NULL is fine. */
void skg_pusher_free(skg_pusher *p);

#endif
