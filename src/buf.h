/* buf.h - one growable, capped, NUL-terminated byte buffer. */
#ifndef SKG_BUF_H
#define SKG_BUF_H

#include <stdarg.h>
#include <stdio.h>
#include "summitkg.h"

typedef struct {
  char  *data; /* "" after init, never NULL; data[len] == '\0' */
  size_t len, cap;
  size_t max;  /* an append past this fails with SKG_ERR_TOO_LARGE; 0 = no cap */
} skg_buf;

/** Empty buffer capped at `max` bytes (0: uncapped).  Allocates nothing. */
void skg_buf_init(skg_buf *b, size_t max);
/** Free the contents; `b` is empty again and may be reused. */
void skg_buf_release(skg_buf *b);
/** Keep the memory, drop the contents. */
void skg_buf_clear(skg_buf *b);
/** Append `n` bytes (may move b->data).  @return SKG_OK, SKG_ERR_NOMEM, SKG_ERR_TOO_LARGE. */
skg_status skg_buf_append(skg_buf *b, const void *p, size_t n);
skg_status skg_buf_puts(skg_buf *b, const char *s);
skg_status skg_buf_putc(skg_buf *b, char c);
skg_status skg_buf_printf(skg_buf *b, const char *fmt, ...) SKG_PRINTF(2, 3);
skg_status skg_buf_vprintf(skg_buf *b, const char *fmt, va_list ap);
/** Read all of `in` (until EOF).  @return SKG_OK, SKG_ERR_IO, SKG_ERR_NOMEM, SKG_ERR_TOO_LARGE. */
skg_status skg_buf_read_file(skg_buf *b, FILE *in);
/** New: the caller free()s the returned string; `b` is empty again. */
char *skg_buf_detach(skg_buf *b, size_t *len);

#endif
