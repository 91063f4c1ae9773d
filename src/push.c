/* push.c - the push stage: each report's graph to a SPARQL 1.1 Graph Store
   over HTTP, through libcurl.  It does not build graphs (graph.c) or write
   syntaxes itself: the bodies are raptor's N-Triples (serialize.c).

   Per report, two requests on one connection kept alive:
     PUT  ENDPOINT?graph=<report IRI>         the report's graph, replacing it
     POST ENDPOINT?graph=<base>graph/entities its entity descriptions, added
   as the embedded store does (store.c): the corpus graph gathers the
   descriptions of countries, people, summits of every report, and since a
   graph is a set, posting a description twice adds nothing.  Descriptions
   the server confirmed earlier in the run are not posted again (most
   reports name the same countries and organizations), and a report whose
   descriptions were all posted before needs no POST.  The report counts as
   pushed, and goes to the journal, only once the server answered 200, 201
   or 204 to all its requests.

   Why one PUT per report and not one request for many: docs/virtuoso.md
   measured it; Virtuoso has no N-Quads endpoint, and a SPARQL Update of
   many CLEAR + INSERT DATA was slower than as many PUTs on a kept-alive
   connection.

   The journal is a text file of lines "SHA256<TAB>ENDPOINT<TAB>GRAPH": the
   server at ENDPOINT confirmed holding GRAPH as the bytes of that hash.
   Lines are appended whole with one write() each after the server's answer,
   so a line is never there for a graph that was not confirmed; a torn last
   line (a crash mid-write) does not parse and is ignored, which costs at
   most one resend.  The last line for a graph wins.
   NEEDSWORK: the journal only grows, a line per graph sent; it could be
   rewritten (beside, then renamed) once superseded lines outnumber the rest. */
#include "config.h"
#include "push.h"

#include <ctype.h>
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "serialize.h"

#define DEFAULT_TIMEOUT 60
#define DEFAULT_RETRIES 2
#define MAX_ANSWER (64 * 1024) /* of a server's answer kept for messages */

/* The journal's graphs for this endpoint: open addressing on the graph IRI. */
typedef struct {
  char *graph;      /* new; NULL: an empty slot */
  char  sha256[65];
} journal_slot;

struct skg_pusher {
  skg_ctx           *ctx;
  CURL              *curl;      /* one handle: its connection is reused */
  struct curl_slist *headers;
  char              *endpoint;
  char              *shown;     /* the endpoint as messages and the journal name it */
  char              *entities;  /* the corpus graph's IRI */
  long               timeout;
  unsigned           retries;
  int                force;
  char              *journal;   /* path; NULL: no journal */
  int                journal_fd;
  journal_slot      *slots;
  size_t             n_slots, n_used;
  uint64_t          *posted;    /* hashes of entity lines confirmed this run; 0: empty */
  size_t             n_posted_slots, n_posted;
  skg_buf            url;
  skg_buf            answer;    /* the body of the last answer, capped */
  char               curl_error[CURL_ERROR_SIZE];
  skg_push_stats     stats;
};

void
skg_push_options_init(skg_push_options *opt)
{
  memset(opt, 0, sizeof *opt);
  opt->timeout = DEFAULT_TIMEOUT;
  opt->retries = DEFAULT_RETRIES;
}

/* ---- the pure helpers ------------------------------------------------------ */

skg_status
skg_push_url(skg_buf *out, const char *endpoint, const char *graph_iri)
{
  static const char hex[] = "0123456789ABCDEF";
  skg_status st = skg_buf_puts(out, endpoint);
  if (!st)
    st = skg_buf_puts(out, strchr(endpoint, '?') ? "&graph=" : "?graph=");
  for (const unsigned char *c = (const unsigned char *)graph_iri; *c && !st; ++c)
    if (isalnum(*c) || strchr("-._~", *c))
      st = skg_buf_putc(out, (char)*c);
    else
      st = skg_buf_printf(out, "%%%c%c", hex[*c >> 4], hex[*c & 15]);
  return st;
}

skg_push_outcome
skg_push_classify(int curl_code, long status)
{
  switch (curl_code) {
  case CURLE_OK: break;
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_CONNECT:
  case CURLE_PARTIAL_FILE:
  case CURLE_OPERATION_TIMEDOUT:
  case CURLE_SSL_CONNECT_ERROR:
  case CURLE_GOT_NOTHING:
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
  case CURLE_HTTP2:
  case CURLE_HTTP2_STREAM:
    return SKG_PUSH_RETRY;
  default:
    /* a bad URL, a certificate refused, out of memory: no request can succeed */
    return SKG_PUSH_ENDPOINT_FAILED;
  }
  switch (status) {
  case 200: case 201: case 204:
    return SKG_PUSH_DONE;
  case 408: case 429: case 500: case 502: case 503: case 504:
    return SKG_PUSH_RETRY;
  /* not this report's fault: wrong path, credentials, rights or method; the
     next report would get the same answer */
  case 401: case 403: case 404: case 405: case 407: case 410: case 501: case 505:
    return SKG_PUSH_ENDPOINT_FAILED;
  }
  /* redirects are not followed (a PUT's body is not to be sent elsewhere) */
  return status >= 300 && status < 400 ? SKG_PUSH_ENDPOINT_FAILED : SKG_PUSH_REPORT_FAILED;
}

/* Where the text of an HTML answer starts: after its <body ...> tag, if any. */
static size_t
html_text_start(const char *body, size_t len)
{
  for (size_t i = 0; i + 5 <= len; ++i)
    if (body[i] == '<' && (body[i + 1] | 0x20) == 'b' && (body[i + 2] | 0x20) == 'o' &&
        (body[i + 3] | 0x20) == 'd' && (body[i + 4] | 0x20) == 'y') {
      const char *gt = memchr(body + i, '>', len - i);
      return gt ? (size_t)(gt - body) + 1 : len;
    }
  return 0;
}

skg_status
skg_push_body_line(skg_buf *out, const char *body, size_t len, size_t max)
{
  size_t start = out->len, i = 0;
  while (i < len && isspace((unsigned char)body[i]))
    ++i;
  /* an HTML page (Virtuoso's errors are) is read as its body's text, all of
     it: its first line is a title, the reason comes later */
  int html = i < len && body[i] == '<';
  if (html)
    i += html_text_start(body + i, len - i);
  int in_tag = 0, blank = 0;
  skg_status st = SKG_OK;
  for (; i < len && !st; ++i) {
    unsigned char c = (unsigned char)body[i];
    if (html && c == '<')
      in_tag = 1, blank = 1;
    else if (in_tag)
      in_tag = c != '>';
    else if (c == '\n' && !html && out->len > start)
      break;
    else if (c <= ' ' || c == 0x7f)
      blank = 1;
    else {
      if (blank && out->len > start)
        st = skg_buf_putc(out, ' ');
      blank = 0;
      if (!st)
        st = skg_buf_putc(out, (char)c);
      if (!st && out->len - start > max) {
        /* cut, but not inside a UTF-8 sequence */
        size_t cut = start + max;
        while (cut > start && ((unsigned char)out->data[cut] & 0xC0) == 0x80)
          --cut;
        out->len = cut;
        out->data[cut] = '\0';
        return skg_buf_puts(out, "...");
      }
    }
  }
  return st;
}

skg_status
skg_journal_parse(const char *line, size_t len, skg_journal_record *out)
{
  const char *tab1 = len > 64 ? line + 64 : NULL;
  if (!tab1 || *tab1 != '\t' || line[0] == '#')
    return SKG_SKIPPED;
  for (size_t i = 0; i < 64; ++i)
    if (!strchr("0123456789abcdef", line[i]) || !line[i])
      return SKG_SKIPPED;
  const char *end = line + len;
  const char *tab2 = memchr(tab1 + 1, '\t', (size_t)(end - tab1 - 1));
  if (!tab2 || tab2 == tab1 + 1 || tab2 + 1 == end || memchr(tab2 + 1, '\t', (size_t)(end - tab2 - 1)))
    return SKG_SKIPPED;
  out->sha256 = line;
  out->endpoint = tab1 + 1;
  out->endpoint_len = (size_t)(tab2 - tab1 - 1);
  out->graph = tab2 + 1;
  out->graph_len = (size_t)(end - tab2 - 1);
  return SKG_OK;
}

static int
has_control(const char *s)
{
  for (; *s; ++s)
    if ((unsigned char)*s < 0x20 || *s == 0x7f)
      return 1;
  return 0;
}

skg_status
skg_journal_format(skg_buf *out, const char *sha256, const char *endpoint, const char *graph)
{
  if (strlen(sha256) != 64 || has_control(sha256) || has_control(endpoint) || has_control(graph) ||
      !*endpoint || !*graph)
    return SKG_ERR_BAD_ARG;
  return skg_buf_printf(out, "%s\t%s\t%s\n", sha256, endpoint, graph);
}

/* ---- the journal --------------------------------------------------------------- */

static journal_slot *
find_slot(journal_slot *slots, size_t n_slots, const char *graph, size_t len)
{
  size_t i = skg_hash_bytes(graph, len) & (n_slots - 1);
  while (slots[i].graph && (strlen(slots[i].graph) != len || memcmp(slots[i].graph, graph, len)))
    i = (i + 1) & (n_slots - 1);
  return &slots[i];
}

/* Record that the server holds `graph` (len bytes) as `sha256`. */
static skg_status
journal_put(skg_pusher *p, const char *graph, size_t len, const char *sha256)
{
  if (2 * (p->n_used + 1) > p->n_slots) {
    size_t n = p->n_slots ? 2 * p->n_slots : 256;
    journal_slot *slots = calloc(n, sizeof *slots);
    if (!slots)
      return SKG_ERR_NOMEM;
    for (size_t i = 0; i < p->n_slots; ++i)
      if (p->slots[i].graph)
        *find_slot(slots, n, p->slots[i].graph, strlen(p->slots[i].graph)) = p->slots[i];
    free(p->slots);
    p->slots = slots;
    p->n_slots = n;
  }
  journal_slot *s = find_slot(p->slots, p->n_slots, graph, len);
  if (!s->graph) {
    if (!(s->graph = strndup(graph, len)))
      return SKG_ERR_NOMEM;
    ++p->n_used;
  }
  memcpy(s->sha256, sha256, 65);
  return SKG_OK;
}

/* The hash the journal has for `graph` on this endpoint, or NULL. */
static const char *
journal_get(const skg_pusher *p, const char *graph)
{
  if (!p->n_slots)
    return NULL;
  const journal_slot *s = find_slot(p->slots, p->n_slots, graph, strlen(graph));
  return s->graph ? s->sha256 : NULL;
}

/* Read the journal's lines for this endpoint (a missing journal is empty)
   and open it for appending. */
static skg_status
journal_open(skg_pusher *p)
{
  FILE *in = fopen(p->journal, "rb");
  if (!in && errno != ENOENT)
    return skg_err(p->ctx, SKG_ERR_IO, "%s: cannot read the journal: %s", p->journal, strerror(errno));
  char *line = NULL;
  size_t cap = 0, endpoint_len = strlen(p->shown);
  ssize_t n;
  skg_status st = SKG_OK;
  while (in && !st && (n = getline(&line, &cap, in)) > 0) {
    skg_journal_record r;
    /* a line without its newline was torn by a crash: not a record */
    if (line[n - 1] != '\n' || skg_journal_parse(line, (size_t)n - 1, &r))
      continue;
    if (r.endpoint_len == endpoint_len && !memcmp(r.endpoint, p->shown, endpoint_len)) {
      char sha[65];
      memcpy(sha, r.sha256, 64);
      sha[64] = '\0';
      st = journal_put(p, r.graph, r.graph_len, sha);
    }
  }
  int bad = in && ferror(in);
  free(line);
  if (in)
    fclose(in);
  if (st)
    return skg_err(p->ctx, st, "%s: cannot read the journal: %s", p->journal, skg_status_string(st));
  if (bad)
    return skg_err(p->ctx, SKG_ERR_IO, "%s: cannot read the journal", p->journal);
  p->journal_fd = open(p->journal, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (p->journal_fd < 0)
    return skg_err(p->ctx, SKG_ERR_IO, "%s: cannot write the journal: %s", p->journal, strerror(errno));
  return SKG_OK;
}

/* Append the record that the server confirmed `graph` as `sha256`: one
   write(), so that concurrent runs and crashes leave whole lines. */
static skg_status
journal_append(skg_pusher *p, const char *graph, const char *sha256)
{
  skg_status st = journal_put(p, graph, strlen(graph), sha256);
  if (st || p->journal_fd < 0)
    return st ? skg_err(p->ctx, st, "out of memory") : SKG_OK;
  skg_buf line;
  skg_buf_init(&line, 0);
  st = skg_journal_format(&line, sha256, p->shown, graph);
  ssize_t n = st ? 0 : write(p->journal_fd, line.data, line.len);
  if (!st && (n < 0 || (size_t)n != line.len))
    st = skg_err(p->ctx, SKG_ERR_IO, "%s: cannot write the journal: %s", p->journal,
                 n < 0 ? strerror(errno) : "short write");
  else if (st)
    st = skg_err(p->ctx, st, "%s: cannot write the journal: %s", p->journal, skg_status_string(st));
  skg_buf_release(&line);
  return st;
}

/* ---- entity statements already in the corpus graph ------------------------------ */

/* Kept as 64-bit hashes of their N-Triples lines, 8 bytes each: two lines
   with one hash (odds about 1 in 10^9 for 200,000 lines) would leave one
   description unposted in that run, never a report unsent. */

static uint64_t
line_hash(const char *line, size_t len)
{
  uint64_t h = skg_hash_bytes(line, len);
  return h ? h : 1; /* 0 marks an empty slot */
}

static uint64_t *
posted_slot(uint64_t *slots, size_t n_slots, uint64_t h)
{
  size_t i = h & (n_slots - 1);
  while (slots[i] && slots[i] != h)
    i = (i + 1) & (n_slots - 1);
  return &slots[i];
}

static int
was_posted(const skg_pusher *p, uint64_t h)
{
  return p->n_posted_slots && *posted_slot(p->posted, p->n_posted_slots, h) == h;
}

/* Remember that the server confirmed every line of `body`.  Out of memory
   only costs posting them again: no status. */
static void
remember_posted(skg_pusher *p, const char *body, size_t len)
{
  for (const char *line = body, *end = body + len, *nl; line < end; line = nl + 1) {
    nl = memchr(line, '\n', (size_t)(end - line));
    if (!nl)
      nl = end;
    if (2 * (p->n_posted + 1) > p->n_posted_slots) {
      size_t n = p->n_posted_slots ? 2 * p->n_posted_slots : 1024;
      uint64_t *slots = calloc(n, sizeof *slots);
      if (!slots)
        return;
      for (size_t i = 0; i < p->n_posted_slots; ++i)
        if (p->posted[i])
          *posted_slot(slots, n, p->posted[i]) = p->posted[i];
      free(p->posted);
      p->posted = slots;
      p->n_posted_slots = n;
    }
    uint64_t h = line_hash(line, (size_t)(nl - line));
    uint64_t *slot = posted_slot(p->posted, p->n_posted_slots, h);
    if (!*slot) {
      *slot = h;
      ++p->n_posted;
    }
  }
}

/* The lines of `body` (N-Triples: one statement a line, as raptor writes
   them) not confirmed yet in this run, into `out`. */
static skg_status
not_posted(const skg_pusher *p, const char *body, size_t len, skg_buf *out)
{
  skg_status st = SKG_OK;
  for (const char *line = body, *end = body + len, *nl; line < end && !st; line = nl + 1) {
    nl = memchr(line, '\n', (size_t)(end - line));
    if (!nl)
      nl = end;
    if (!was_posted(p, line_hash(line, (size_t)(nl - line))))
      st = skg_buf_append(out, line, (size_t)(nl - line) + (nl < end));
  }
  return st;
}

/* ---- HTTP ---------------------------------------------------------------------- */

static size_t
keep_answer(char *data, size_t size, size_t n, void *pusher)
{
  skg_pusher *p = pusher;
  size_t len = size * n, room = MAX_ANSWER - p->answer.len;
  /* beyond the cap the answer is read and dropped: a short return would abort */
  skg_buf_append(&p->answer, data, len < room ? len : room);
  return len;
}

static double
now(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Why a transfer failed, for a message: lowercase, no full stop. */
static void
transport_error(const skg_pusher *p, CURLcode rc, char *out, size_t size)
{
  long os_errno = 0;
  curl_easy_getinfo(p->curl, CURLINFO_OS_ERRNO, &os_errno);
  switch (rc) {
  case CURLE_COULDNT_CONNECT:
    snprintf(out, size, "%s", os_errno == ECONNREFUSED ? "connection refused"
                              : os_errno ? strerror((int)os_errno) : "cannot connect");
    break;
  case CURLE_OPERATION_TIMEDOUT:
    snprintf(out, size, "no answer within %ld s", p->timeout);
    break;
  case CURLE_GOT_NOTHING:
    snprintf(out, size, "the server closed the connection without answering");
    break;
  case CURLE_PARTIAL_FILE:
    snprintf(out, size, "the server closed the connection mid-answer");
    break;
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR: {
    int n = snprintf(out, size, "the connection broke: ");
    snprintf(out + n, size - (size_t)n, "%s", os_errno ? strerror((int)os_errno) : curl_easy_strerror(rc));
    out[n] = (char)tolower((unsigned char)out[n]);
    break;
  }
  default:
    snprintf(out, size, "%s", p->curl_error[0] ? p->curl_error : curl_easy_strerror(rc));
  }
  /* "Couldn't connect" reads "couldn't connect" after a colon; "URL using
     bad/illegal format" stays as it is */
  if (!isupper((unsigned char)out[1]))
    out[0] = (char)tolower((unsigned char)out[0]);
}

/* One request: `method` of `body` (len bytes, borrowed) to `graph` on the
   endpoint, tried again after transient failures.  Says why, if it fails. */
static skg_push_outcome
request(skg_pusher *p, const char *method, const char *graph, const char *body, size_t len)
{
  skg_buf_clear(&p->url);
  if (skg_push_url(&p->url, p->endpoint, graph)) {
    skg_err(p->ctx, SKG_ERR_NOMEM, "out of memory");
    return SKG_PUSH_ENDPOINT_FAILED;
  }
  curl_easy_setopt(p->curl, CURLOPT_URL, p->url.data);
  curl_easy_setopt(p->curl, CURLOPT_CUSTOMREQUEST, method);
  curl_easy_setopt(p->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
  curl_easy_setopt(p->curl, CURLOPT_POSTFIELDS, len ? body : "");
  double t0 = now(), pause = 0.5;
  CURLcode rc;
  long status = 0;
  unsigned attempt = 0;
  skg_push_outcome outcome;
  for (;;) {
    ++attempt;
    skg_buf_clear(&p->answer);
    p->curl_error[0] = '\0';
    status = 0;
    rc = curl_easy_perform(p->curl);
    ++p->stats.requests;
    curl_off_t sent = 0;
    if (!curl_easy_getinfo(p->curl, CURLINFO_SIZE_UPLOAD_T, &sent) && sent > 0)
      p->stats.bytes += (size_t)sent;
    if (!rc)
      curl_easy_getinfo(p->curl, CURLINFO_RESPONSE_CODE, &status);
    outcome = skg_push_classify(rc, status);
    if (outcome != SKG_PUSH_RETRY || attempt > p->retries)
      break;
    /* bounded backoff: 0.5 s, 1 s, 2 s, ... at most 8 s */
    struct timespec ts = {(time_t)pause, (long)((pause - (double)(time_t)pause) * 1e9)};
    nanosleep(&ts, NULL);
    pause = pause < 8 ? 2 * pause : 8;
  }
  p->stats.seconds += now() - t0;
  if (outcome == SKG_PUSH_RETRY) /* out of retries */
    outcome = rc ? SKG_PUSH_ENDPOINT_FAILED : SKG_PUSH_REPORT_FAILED;
  if (outcome == SKG_PUSH_DONE)
    return outcome;

  char why[CURL_ERROR_SIZE + 64], tries[32] = "";
  if (attempt > 1)
    snprintf(tries, sizeof tries, ", %u attempts", attempt);
  skg_buf detail;
  skg_buf_init(&detail, 0);
  if (rc)
    transport_error(p, rc, why, sizeof why);
  else {
    snprintf(why, sizeof why, "HTTP %ld", status);
    char *location = NULL;
    if (status >= 300 && status < 400 && !curl_easy_getinfo(p->curl, CURLINFO_REDIRECT_URL, &location) && location)
      skg_buf_printf(&detail, "redirected to %s", location);
    else
      skg_push_body_line(&detail, p->answer.data, p->answer.len, 160);
    if (!detail.len)
      skg_buf_puts(&detail, status == 401 ? "wrong or missing --user and --password-file?"
                            : status == 404 || status == 405 || status == 501 ? "is it a Graph Store endpoint?"
                            : "");
  }
  skg_err(p->ctx, SKG_ERR_STORE, "push to %s failed: %s%s%s%s%s%s", p->shown, why,
          detail.len ? " (" : "", detail.data, detail.len ? ")" : "", tries,
          outcome == SKG_PUSH_ENDPOINT_FAILED ? "; no further reports are sent" : "");
  skg_buf_release(&detail);
  return outcome;
}

char *
skg_push_shown_endpoint(const char *endpoint)
{
  const char *query = strchr(endpoint, '?');
  if (!query)
    return strdup(endpoint);
  /* the query string may hold a key or a token: said only by a digest of it,
     which keeps apart the journal lines of endpoints that differ in it */
  struct sha256_ctx h;
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_init(&h);
  sha256_update(&h, strlen(query + 1), (const uint8_t *)query + 1);
  sha256_digest(&h, sizeof digest, digest);
  size_t n = (size_t)(query - endpoint);
  char *shown = malloc(n + 40);
  if (!shown)
    return NULL;
  memcpy(shown, endpoint, n);
  int len = snprintf(shown + n, 40, "?(query hidden, sha256 ");
  for (int i = 0; i < 4; ++i)
    len += snprintf(shown + n + len, 40 - (size_t)len, "%02x", digest[i]);
  snprintf(shown + n + len, 40 - (size_t)len, ")");
  return shown;
}

const char *
skg_pusher_endpoint(const skg_pusher *p)
{
  return p->shown;
}

skg_pusher *
skg_pusher_new(skg_ctx *ctx, const skg_push_options *opt)
{
  const char *e = opt->endpoint;
  if (!e || (strncmp(e, "http://", 7) && strncmp(e, "https://", 8)) || has_control(e) || strchr(e, ' ') ||
      strchr(e, '#')) {
    skg_err(ctx, SKG_ERR_BAD_ARG, "the endpoint must be an http:// or https:// URL without spaces or '#', not '%s'",
            e ? e : "");
    return NULL;
  }
  /* the endpoint goes into messages and the journal: no password in it */
  const char *host = strstr(e, "://") + 3, *at = strchr(host, '@');
  if (at && at < host + strcspn(host, "/?")) {
    skg_err(ctx, SKG_ERR_BAD_ARG, "the endpoint must not hold a user or password: use --user and --password-file");
    return NULL;
  }
  skg_pusher *p = calloc(1, sizeof *p);
  if (!p) {
    skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  p->ctx = ctx;
  p->journal_fd = -1;
  p->timeout = opt->timeout > 0 ? opt->timeout : DEFAULT_TIMEOUT;
  p->retries = opt->retries;
  p->force = opt->force;
  skg_buf_init(&p->url, 0);
  skg_buf_init(&p->answer, 0);
  /* libcurl counts its global initialisations: one per pusher is fine */
  if (curl_global_init(CURL_GLOBAL_DEFAULT)) {
    free(p);
    skg_err(ctx, SKG_ERR_NOMEM, "cannot start libcurl");
    return NULL;
  }
  skg_buf entities;
  skg_buf_init(&entities, 0);
  if (skg_buf_printf(&entities, "%sgraph/entities", ctx->base) || !(p->endpoint = strdup(opt->endpoint)) ||
      !(p->shown = skg_push_shown_endpoint(opt->endpoint)) ||
      (opt->journal && !(p->journal = strdup(opt->journal))) || !(p->curl = curl_easy_init()) ||
      !(p->headers = curl_slist_append(NULL, "Content-Type: application/n-triples")) ||
      /* no "Expect: 100-continue": Virtuoso does not answer it and libcurl
         would wait a second before each large body */
      !(p->headers = curl_slist_append(p->headers, "Expect:"))) {
    skg_buf_release(&entities);
    skg_err(ctx, SKG_ERR_NOMEM, "cannot start libcurl");
    skg_pusher_free(p);
    return NULL;
  }
  p->entities = skg_buf_detach(&entities, NULL);
  CURL *c = p->curl;
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, p->headers);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, keep_answer);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, p);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, p->curl_error);
  /* no signals: libcurl's signal handling is not safe with threads; on
     Linux it sends with MSG_NOSIGNAL, so a closed connection is no SIGPIPE */
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, p->timeout);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, p->timeout < 10 ? p->timeout : 10L);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "summitkg/" PACKAGE_VERSION);
  if (opt->user) {
    /* whichever the server offers: Virtuoso's -auth endpoints take Digest only */
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_ANY);
    curl_easy_setopt(c, CURLOPT_USERNAME, opt->user);
    curl_easy_setopt(c, CURLOPT_PASSWORD, opt->password ? opt->password : "");
  }
  if (p->journal && journal_open(p)) {
    skg_pusher_free(p);
    return NULL;
  }
  return p;
}

void
skg_pusher_free(skg_pusher *p)
{
  if (!p)
    return;
  if (p->journal_fd >= 0)
    close(p->journal_fd);
  for (size_t i = 0; i < p->n_slots; ++i)
    free(p->slots[i].graph);
  free(p->slots);
  free(p->posted);
  curl_slist_free_all(p->headers);
  curl_easy_cleanup(p->curl);
  curl_global_cleanup();
  skg_buf_release(&p->url);
  skg_buf_release(&p->answer);
  free(p->journal);
  free(p->entities);
  free(p->endpoint);
  free(p->shown);
  free(p);
}

skg_status
skg_pusher_finish(skg_pusher *p)
{
  /* lines are written as they come; losing the last ones to a power cut
     would only mean sending those reports again */
  if (p->journal_fd >= 0 && fsync(p->journal_fd) && errno != EINVAL)
    return skg_err(p->ctx, SKG_ERR_IO, "%s: cannot write the journal: %s", p->journal, strerror(errno));
  return SKG_OK;
}

const skg_push_stats *
skg_pusher_stats(const skg_pusher *p)
{
  return &p->stats;
}

/* The N-Triples of `g` into *body (new: the caller free()s it). */
static skg_status
ntriples(skg_ctx *ctx, const skg_graph *g, char **body, size_t *len)
{
  *body = NULL;
  *len = 0;
  FILE *mem = open_memstream(body, len);
  if (!mem)
    return skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
  skg_writer *w = skg_writer_new(ctx, SKG_FORMAT_NTRIPLES, mem);
  skg_status st = w ? skg_writer_write_graph(w, g) : SKG_ERR_RDF;
  if (!st)
    st = skg_writer_finish(w);
  skg_writer_free(w);
  if (fclose(mem) && !st)
    st = skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
  if (st) {
    free(*body);
    *body = NULL;
  }
  return st;
}

/* The statements of `g` that describe entities (new references). */
static skg_status
entity_statements(skg_ctx *ctx, const skg_graph *g, skg_graph *out)
{
  skg_status st = SKG_OK;
  for (size_t i = 0; i < g->count && !st; ++i)
    if (skg_graph_is_entity_statement(ctx, g->items[i]))
      st = skg_graph_append(out, raptor_statement_copy(g->items[i]));
  return st ? skg_err(ctx, st, "out of memory") : SKG_OK;
}

skg_status
skg_pusher_push_graph(skg_pusher *p, const skg_graph *g)
{
  skg_graph entities;
  skg_graph_init(&entities);
  skg_buf fresh;
  skg_buf_init(&fresh, 0);
  char *body = NULL, *entity_body = NULL;
  size_t len = 0, entity_len = 0;
  skg_status st = entity_statements(p->ctx, g, &entities);
  if (!st)
    st = ntriples(p->ctx, g, &body, &len);
  if (!st && entities.count)
    st = ntriples(p->ctx, &entities, &entity_body, &entity_len);
  if (st)
    goto done;

  /* the journal's hash covers every byte this report sends */
  struct sha256_ctx sc;
  uint8_t digest[SHA256_DIGEST_SIZE];
  char sha[65];
  sha256_init(&sc);
  sha256_update(&sc, len, (const uint8_t *)body);
  if (entity_len)
    sha256_update(&sc, entity_len, (const uint8_t *)entity_body);
  sha256_digest(&sc, sizeof digest, digest);
  for (size_t i = 0; i < sizeof digest; ++i)
    snprintf(sha + 2 * i, 3, "%02x", digest[i]);
  const char *held = journal_get(p, g->report_iri);
  if (!p->force && held && !strcmp(held, sha)) {
    ++p->stats.unchanged;
    goto done;
  }

  if ((st = not_posted(p, entity_body, entity_len, &fresh))) {
    st = skg_err(p->ctx, st, "out of memory");
    goto done;
  }
  skg_push_outcome outcome = request(p, "PUT", g->report_iri, body, len);
  if (outcome == SKG_PUSH_DONE && fresh.len) {
    outcome = request(p, "POST", p->entities, fresh.data, fresh.len);
    if (outcome == SKG_PUSH_DONE)
      remember_posted(p, fresh.data, fresh.len);
  }
  if (outcome == SKG_PUSH_DONE) {
    ++p->stats.sent;
    st = journal_append(p, g->report_iri, sha);
  } else {
    ++p->stats.failed;
    st = outcome == SKG_PUSH_ENDPOINT_FAILED ? SKG_ERR_STORE : SKG_SKIPPED;
  }
done:
  skg_buf_release(&fresh);
  free(body);
  free(entity_body);
  skg_graph_release(&entities);
  return st;
}
