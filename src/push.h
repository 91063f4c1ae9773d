/* push.h - sending each report's graph to a SPARQL 1.1 Graph Store over
   HTTP (libcurl), and the journal of what a server has confirmed.  The
   pure helpers are here for tests/test_push.c. */
#ifndef SKG_PUSH_H
#define SKG_PUSH_H

#include "graph.h"

/** PUT the report's graph `g` (borrowed) to the pusher's endpoint and POST
    its entity statements to the corpus graph, unless the journal says the
    server already holds these bytes.
    @return SKG_OK (sent or unchanged); SKG_SKIPPED when this report was not
    pushed (after a message: the run may go on); SKG_ERR_STORE when the
    endpoint is unusable (unreachable after the retries, or refusing every
    request: 401, 403, 404, 405, 407, 501) and the run should stop;
    SKG_ERR_NOMEM, SKG_ERR_RDF, SKG_ERR_IO (the journal) after a message. */
skg_status skg_pusher_push_graph(skg_pusher *p, const skg_graph *g);

/** Append to `out` the Graph Store request URL for `graph_iri`: `endpoint`
    then "?graph=" ("&graph=" when it already has a query) and the IRI
    percent-encoded, every byte but RFC 3986's unreserved ones.
    @return SKG_OK, SKG_ERR_NOMEM. */
skg_status skg_push_url(skg_buf *out, const char *endpoint, const char *graph_iri);

/** The endpoint as messages and the journal name it (new: free()): the URL
    up to its query string, which is shown only as "?(query hidden, sha256
    XXXXXXXX)", since it may hold a key or a token.  NULL when out of memory. */
char *skg_push_shown_endpoint(const char *endpoint);

/* What to do after one HTTP attempt. */
typedef enum {
  SKG_PUSH_DONE,          /* 200, 201, 204: the server has it */
  SKG_PUSH_RETRY,         /* transient: try again after a pause */
  SKG_PUSH_REPORT_FAILED, /* the server will not take this request: next report */
  SKG_PUSH_ENDPOINT_FAILED, /* no request to this endpoint can succeed: stop */
} skg_push_outcome;

/** Classify an attempt: `curl_code` is libcurl's CURLcode (0: an HTTP
    answer came, with status `http_status`).  Transport failures and 408,
    429, 500, 502, 503, 504 are worth a retry; after the last retry the
    caller treats a transport failure as the endpoint's, an HTTP status as
    the report's. */
skg_push_outcome skg_push_classify(int curl_code, long http_status);

/** Append to `out`, for a one-line message, the gist of a server's answer
    `body` (`len` bytes): the first non-empty line of plain text, or the
    text of an HTML page's body, tags dropped; blanks and control bytes
    folded to one space, cut at `max` bytes (then "..." follows).
    @return SKG_OK, SKG_ERR_NOMEM. */
skg_status skg_push_body_line(skg_buf *out, const char *body, size_t len, size_t max);

/* One journal record: what a server confirmed it holds. */
typedef struct {
  const char *sha256, *endpoint, *graph;  /* borrowed: into the parsed line */
  size_t      endpoint_len, graph_len;    /* sha256 is 64 hex digits */
} skg_journal_record;

/** Parse one journal line (`len` bytes, without its newline):
    "SHA256<TAB>ENDPOINT<TAB>GRAPH".  @return SKG_OK, or SKG_SKIPPED for a
    comment, blank or malformed line (a torn last line is one). */
skg_status skg_journal_parse(const char *line, size_t len, skg_journal_record *out);

/** Append one journal line, newline included, to `out`.
    @return SKG_OK, SKG_ERR_NOMEM, SKG_ERR_BAD_ARG if a field holds a tab,
    newline or another control byte (it could not be read back). */
skg_status skg_journal_format(skg_buf *out, const char *sha256, const char *endpoint, const char *graph);

#endif
