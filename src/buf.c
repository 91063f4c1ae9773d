/* buf.c - the capped byte buffer every stage uses for text it builds.
   The cap is what lets a hostile report fail cleanly instead of eating memory. */
#include "buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static char empty_string[1];

void
skg_buf_init(skg_buf *b, size_t max)
{
  b->data = empty_string;
  b->len = b->cap = 0;
  b->max = max;
}

void
skg_buf_release(skg_buf *b)
{
  if (b->cap)
    free(b->data);
  skg_buf_init(b, b->max);
}

void
skg_buf_clear(skg_buf *b)
{
  b->len = 0;
  b->data[0] = '\0';
}

static skg_status
grow(skg_buf *b, size_t extra)
{
  if (extra > (size_t)-1 - b->len - 1)
    return SKG_ERR_TOO_LARGE;
  size_t need = b->len + extra + 1;
  if (b->max && need > b->max + 1)
    return SKG_ERR_TOO_LARGE;
  if (need <= b->cap)
    return SKG_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap = cap > (size_t)-1 / 2 ? need : cap * 2;
  char *p = realloc(b->cap ? b->data : NULL, cap);
  if (!p)
    return SKG_ERR_NOMEM;
  if (!b->cap)
    p[0] = '\0';
  b->data = p;
  b->cap = cap;
  return SKG_OK;
}

skg_status
skg_buf_append(skg_buf *b, const void *p, size_t n)
{
  skg_status st = grow(b, n);
  if (st)
    return st;
  if (n)
    memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return SKG_OK;
}

skg_status
skg_buf_puts(skg_buf *b, const char *s)
{
  return skg_buf_append(b, s, strlen(s));
}

skg_status
skg_buf_putc(skg_buf *b, char c)
{
  return skg_buf_append(b, &c, 1);
}

skg_status
skg_buf_vprintf(skg_buf *b, const char *fmt, va_list ap)
{
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, again);
  va_end(again);
  if (n < 0)
    return SKG_ERR_BAD_ARG;
  skg_status st = grow(b, (size_t)n);
  if (st)
    return st;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return SKG_OK;
}

skg_status
skg_buf_printf(skg_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  skg_status st = skg_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return st;
}

skg_status
skg_buf_read_file(skg_buf *b, FILE *in)
{
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, in)) > 0) {
    skg_status st = skg_buf_append(b, chunk, n);
    if (st)
      return st;
  }
  return ferror(in) ? SKG_ERR_IO : SKG_OK;
}

char *
skg_buf_detach(skg_buf *b, size_t *len)
{
  char *p = b->cap ? b->data : strdup("");
  if (len)
    *len = b->cap ? b->len : 0;
  b->data = empty_string;
  b->len = b->cap = 0;
  return p;
}
