/* fuzz_html.c - libFuzzer harness for the HTML path: the bytes, made valid
   UTF-8 (each byte that is not becomes '?', each control byte a space) so
   that the reader does not refuse them, behind a doctype so that it takes
   them for a page; then every stage as in fuzz_text.c. */
#include "fuzz.h"

/* The bytes as UTF-8 without control bytes, after `prefix` (new: free()). */
static char *
as_page(const char *prefix, const uint8_t *data, size_t size, size_t *len)
{
  size_t n = strlen(prefix);
  char *page = malloc(n + size + 1);
  if (!page)
    abort();
  memcpy(page, prefix, n);
  for (size_t i = 0; i < size;) {
    size_t k = 1;
    uint8_t c = data[i];
    /* the length of a valid sequence at i, else 0 (the reader's rules) */
    if (c >= 0xC2 && c <= 0xF4) {
      size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      uint32_t cp = c & (0x3F >> (need - 1));
      k = need;
      for (size_t j = 1; j < need; ++j)
        if (i + j >= size || (data[i + j] & 0xC0) != 0x80)
          k = 0;
        else
          cp = cp << 6 | (data[i + j] & 0x3F);
      if (k && ((need == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (need == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
        k = 0;
    } else if (c >= 0x80) {
      k = 0;
    }
    if (!k) {
      page[n++] = '?';
      ++i;
    } else if (k == 1) {
      page[n++] = c < 0x20 && c != '\n' && c != '\t' ? ' ' : (char)c;
      ++i;
    } else {
      memcpy(page + n, data + i, k);
      n += k;
      i += k;
    }
  }
  page[n] = '\0';
  *len = n;
  return page;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  size_t len;
  char *page = as_page("<!DOCTYPE html>\n", data, size, &len);
  fuzz_one_report("fuzz.html", page, len, size);
  free(page);
  return 0;
}
