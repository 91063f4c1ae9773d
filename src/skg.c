/* skg.c - the context, statuses, diagnostics and small shared helpers.
   It does not read reports or write RDF: see reader.c and serialize.c. */
#include "config.h"
#include "skg.h"

#include <ctype.h>
#include <errno.h>
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "mentions.h"
#include "tables.h"

const char *
skg_version(void)
{
  return PACKAGE_VERSION;
}

const char *
skg_ruleset_version(void)
{
  return SKG_RULESET_VERSION;
}

const char *
skg_status_string(skg_status st)
{
  switch (st) {
  case SKG_OK: return "success";
  case SKG_SKIPPED: return "skipped";
  case SKG_ERR_BAD_ARG: return "bad argument";
  case SKG_ERR_NOMEM: return "out of memory";
  case SKG_ERR_IO: return "input/output error";
  case SKG_ERR_ENCODING: return "bad encoding";
  case SKG_ERR_TOO_LARGE: return "too large";
  case SKG_ERR_RDF: return "RDF error";
  case SKG_ERR_STORE: return "store error";
  }
  return "unknown status";
}

skg_status
skg_err(skg_ctx *ctx, skg_status st, const char *fmt, ...)
{
  if (!ctx || !ctx->sink)
    return st;
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  /* one message, one line: a quoted field, a library's text may hold line
     breaks or other control bytes (found by fuzz_jsonl) */
  for (char *p = msg; *p; ++p)
    if ((unsigned char)*p < 0x20 || *p == 0x7F)
      *p = ' ';
  ctx->sink(ctx->sink_data, st, ctx->file, ctx->line, msg);
  return st;
}

void
skg_ctx_set_output_name(skg_ctx *ctx, const char *name)
{
  ctx->output_name = name;
}

skg_status
skg_output_failed(skg_ctx *ctx, int err)
{
  if (ctx->output_failed)
    return SKG_ERR_IO;
  ctx->output_failed = 1;
  /* the output's failure, not the report's: no file, no line */
  const char *file = ctx->file;
  size_t line = ctx->line;
  ctx->file = NULL;
  ctx->line = 0;
  skg_err(ctx, SKG_ERR_IO, "%s: cannot write: %s", ctx->output_name ? ctx->output_name : "the output",
          strerror(err ? err : EIO));
  ctx->file = file;
  ctx->line = line;
  return SKG_ERR_IO;
}

/* raptor's messages about our own terms would be bugs, but they must still
   reach the user through the same sink rather than raptor's stderr default. */
static void
raptor_log(void *data, raptor_log_message *m)
{
  skg_ctx *ctx = data;
  if (m->level >= RAPTOR_LOG_LEVEL_WARN)
    skg_err(ctx, SKG_ERR_RDF, "raptor: %s", m->text ? m->text : "unknown error");
}

skg_ctx *
skg_ctx_new(void)
{
  skg_ctx *ctx = calloc(1, sizeof *ctx);
  if (!ctx)
    return NULL;
  ctx->max_bytes = SKG_DEFAULT_MAX_BYTES;
  ctx->base = strdup(SKG_DEFAULT_BASE);
  ctx->raptor = raptor_new_world();
  if (!ctx->base || !ctx->raptor || raptor_world_open(ctx->raptor))
    goto fail;
  raptor_world_set_log_handler(ctx->raptor, ctx, raptor_log);
  if (!(ctx->tables = skg_tables_new()) || !(ctx->patterns = skg_patterns_new()))
    goto fail;
  return ctx;
fail:
  skg_ctx_free(ctx);
  return NULL;
}

void
skg_ctx_free(skg_ctx *ctx)
{
  if (!ctx)
    return;
  skg_patterns_free(ctx->patterns);
  skg_tables_free(ctx->tables);
  raptor_free_world(ctx->raptor);
  free(ctx->base);
  free(ctx);
}

void
skg_ctx_set_sink(skg_ctx *ctx, skg_sink_fn fn, void *data)
{
  ctx->sink = fn;
  ctx->sink_data = data;
}

skg_status
skg_ctx_set_base(skg_ctx *ctx, const char *base)
{
  /* An absolute IRI: a scheme, ':', then no spaces or characters that
     N-Triples cannot hold in an IRI. */
  size_t i = 0;
  if (!isalpha((unsigned char)base[0]))
    return SKG_ERR_BAD_ARG;
  while (isalnum((unsigned char)base[i]) || base[i] == '+' || base[i] == '-' || base[i] == '.')
    ++i;
  if (base[i] != ':' || !base[i + 1])
    return SKG_ERR_BAD_ARG;
  for (const char *p = base; *p; ++p)
    if ((unsigned char)*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
      return SKG_ERR_BAD_ARG;
  size_t len = strlen(base);
  int needs_slash = base[len - 1] != '/' && base[len - 1] != '#';
  char *copy = malloc(len + 2);
  if (!copy)
    return SKG_ERR_NOMEM;
  memcpy(copy, base, len);
  if (needs_slash)
    copy[len++] = '/';
  copy[len] = '\0';
  free(ctx->base);
  ctx->base = copy;
  return SKG_OK;
}

void
skg_ctx_set_max_bytes(skg_ctx *ctx, size_t max_bytes)
{
  ctx->max_bytes = max_bytes;
}

void
skg_ctx_set_min_confidence(skg_ctx *ctx, double min_confidence)
{
  ctx->min_confidence = min_confidence;
}

void
skg_ctx_set_jsonl(skg_ctx *ctx, int all_jsonl)
{
  ctx->all_jsonl = all_jsonl;
}

void
skg_ctx_set_progress(skg_ctx *ctx, skg_progress_fn fn, void *data)
{
  ctx->progress = fn;
  ctx->progress_data = data;
}

const skg_counts *
skg_ctx_counts(const skg_ctx *ctx)
{
  return &ctx->counts;
}

void
skg_sha256_hex(const void *data, size_t len, char out[65])
{
  struct sha256_ctx sc;
  uint8_t digest[SHA256_DIGEST_SIZE];
  static const char hex[] = "0123456789abcdef";
  sha256_init(&sc);
  sha256_update(&sc, len, data);
  sha256_digest(&sc, sizeof digest, digest);
  for (size_t i = 0; i < sizeof digest; ++i) {
    out[2 * i] = hex[digest[i] >> 4];
    out[2 * i + 1] = hex[digest[i] & 15];
  }
  out[64] = '\0';
}

size_t
skg_utf8_valid_seq(const unsigned char *s, size_t len)
{
  if (!len)
    return 0;
  if (s[0] < 0x80)
    return 1;
  size_t n;
  uint32_t cp, min;
  if ((s[0] & 0xE0) == 0xC0) { n = 2; cp = s[0] & 0x1F; min = 0x80; }
  else if ((s[0] & 0xF0) == 0xE0) { n = 3; cp = s[0] & 0x0F; min = 0x800; }
  else if ((s[0] & 0xF8) == 0xF0) { n = 4; cp = s[0] & 0x07; min = 0x10000; }
  else return 0;
  if (n > len)
    return 0;
  for (size_t i = 1; i < n; ++i) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  /* overlong forms, surrogates and values past Unicode are not UTF-8 */
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

skg_status
skg_utf8_escape_append(skg_buf *b, const char *s, size_t len)
{
  const unsigned char *u = (const unsigned char *)s;
  skg_status st = SKG_OK;
  for (size_t i = 0; i < len && !st;) {
    size_t n = skg_utf8_valid_seq(u + i, len - i);
    st = n ? skg_buf_append(b, s + i, n) : skg_buf_printf(b, "%%%02X", u[i]);
    i += n ? n : 1;
  }
  return st;
}

uint32_t
skg_utf8_decode(const unsigned char *s, size_t len, size_t *n)
{
  size_t k = skg_utf8_valid_seq(s, len);
  if (!k) {
    *n = 1;
    return 0xFFFD;
  }
  *n = k;
  if (k == 1)
    return s[0];
  uint32_t cp = s[0] & (0xFF >> (k + 1));
  for (size_t i = 1; i < k; ++i)
    cp = (cp << 6) | (s[i] & 0x3F);
  return cp;
}

size_t
skg_utf8_count(const char *s, size_t len)
{
  /* eight bytes a step: a continuation byte (10xxxxxx) is one whose top
     bit is set and whose next bit, shifted under it, is not */
  size_t n = 0, i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7;
    n += 8 - (size_t)((cont * 0x0101010101010101ULL) >> 56);
  }
  for (; i < len; ++i)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* ASCII base letter of a Latin letter with diacritics, 0 if none known. */
static char
fold_latin(uint32_t cp)
{
  static const char latin1[] = /* U+00C0 .. U+00FF */
    "AAAAAAACEEEEIIII" "DNOOOOO?OUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo?ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF)
    return latin1[cp - 0xC0] == '?' ? 0 : latin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    /* Latin Extended-A runs in case pairs; one base letter per pair. */
    static const char extA[] =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNn?NnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    return extA[cp - 0x100] == '?' ? 0 : extA[cp - 0x100];
  }
  if (cp >= 0x1E00 && cp <= 0x1EFF) { /* Vietnamese and other Latin Extended Additional */
    static const char ext[] = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy?s????AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy??????";
    size_t i = cp - 0x1E00;
    return i < sizeof ext - 1 && ext[i] != '?' ? ext[i] : 0;
  }
  if (cp == 0x218 || cp == 0x219) return cp == 0x218 ? 'S' : 's';
  if (cp == 0x21A || cp == 0x21B) return cp == 0x21A ? 'T' : 't';
  return 0;
}

skg_status
skg_slug_append(skg_buf *b, const char *text, size_t len)
{
  const unsigned char *s = (const unsigned char *)text;
  int pending_dash = 0;
  size_t start = b->len;
  for (size_t i = 0; i < len;) {
    size_t n;
    uint32_t cp = skg_utf8_decode(s + i, len - i, &n);
    i += n;
    char c = cp < 0x80 ? (char)cp : fold_latin(cp);
    if (cp == 0xDF) { /* German sharp s */
      skg_status st = skg_buf_puts(b, pending_dash && b->len > start ? "-ss" : "ss");
      pending_dash = 0;
      if (st) return st;
      continue;
    }
    if (c == '\'' || cp == 0x2019 || cp == 0x2BC)
      continue; /* "Cote d'Ivoire" -> "cote-divoire", as apostrophes join words */
    if (!isalnum((unsigned char)c)) {
      pending_dash = 1;
      continue;
    }
    if (pending_dash && b->len > start) {
      skg_status st = skg_buf_putc(b, '-');
      if (st) return st;
    }
    pending_dash = 0;
    skg_status st = skg_buf_putc(b, (char)tolower((unsigned char)c));
    if (st)
      return st;
  }
  return SKG_OK;
}

uint64_t
skg_hash_bytes(const void *p, size_t n)
{
  /* eight bytes a step (FNV-1a's byte a step was a tenth of the run's time
     once IRIs were hashed too); only ever compared within one run */
  const unsigned char *s = p;
  uint64_t h = 1469598103934665603ULL ^ (n * 0x9E3779B97F4A7C15ULL);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  /* the tail byte by byte, as a little-endian load would read it: a
     memcpy() of a variable length is a call, most keys are short */
  uint64_t tail = 0;
  for (size_t k = n - i; k-- > 0;)
    tail = tail << 8 | s[i + k];
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}
