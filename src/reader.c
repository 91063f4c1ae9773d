/* reader.c - the first stage: bytes -> the report's text and its header.

   It checks that the bytes are UTF-8 text (not binary), drops a UTF-8 byte
   order mark, decodes UTF-16 that starts with its byte order mark, reads a
   lone CR as a line end, reduces an HTML page to its text with libxml2's HTML
   parser, and reads what the genre puts before the body: "Title:", "Date:",
   "Source:" lines, a " date 2024-07-04 " prefix, a dateline such as
   "BEIJING, July 2, 2024 /PRNewswire/ --".  It does not split sentences or
   normalise whitespace: offsets into doc->text are what evidence points to,
   so every change it makes to the bytes keeps their code points in place. */
#include "reader.h"
#include "dates.h"

#include <ctype.h>
#include <errno.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <strings.h>

/* Say what is wrong with this report, which its caller will skip: the sink
   hears SKG_SKIPPED (the message explains a skip, as -q knows), the caller
   gets `st`, the reason. */
static skg_status skip_report(skg_ctx *ctx, skg_status st, const char *fmt, ...) SKG_PRINTF(3, 4);

static skg_status
skip_report(skg_ctx *ctx, skg_status st, const char *fmt, ...)
{
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  skg_err(ctx, SKG_SKIPPED, "%s", msg);
  return st;
}

void
skg_doc_init(skg_doc *doc, const char *name)
{
  memset(doc, 0, sizeof *doc);
  doc->name = name;
  skg_buf_init(&doc->text, 0);
}

void
skg_doc_release(skg_doc *doc)
{
  skg_buf_release(&doc->text);
  free(doc->title);
  free(doc->publisher);
  free(doc->source);
  free(doc->identifier);
  skg_doc_init(doc, doc->name);
}

/* ---- HTML ---------------------------------------------------------------- */

static int
is_skipped_element(const xmlChar *name)
{
  static const char *const skip[] = {"script", "style", "noscript", "nav", "header",
                                     "footer", "aside", "form", "template", "svg", "button"};
  for (size_t i = 0; i < sizeof skip / sizeof *skip; ++i)
    if (!xmlStrcasecmp(name, (const xmlChar *)skip[i]))
      return 1;
  return 0;
}

static int
is_block_element(const xmlChar *name)
{
  static const char *const block[] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5",
                                      "h6", "tr", "td", "th", "section", "article", "blockquote",
                                      "pre", "ul", "ol", "table", "dd", "dt", "title", "main"};
  for (size_t i = 0; i < sizeof block / sizeof *block; ++i)
    if (!xmlStrcasecmp(name, (const xmlChar *)block[i]))
      return 1;
  return 0;
}

/* Depth-first over the tree without recursion, so that a deeply nested page
   cannot exhaust the stack. */
static skg_status
html_text(xmlNode *root, skg_buf *out)
{
  xmlNode *n = root;
  while (n) {
    int descend = 0;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) {
        skg_status st = skg_buf_puts(out, (const char *)n->content);
        if (st)
          return st;
      }
    } else if (n->type == XML_ELEMENT_NODE) {
      if (!is_skipped_element(n->name) && xmlStrcasecmp(n->name, (const xmlChar *)"title")) {
        if (is_block_element(n->name)) {
          skg_status st = skg_buf_puts(out, "\n\n");
          if (st)
            return st;
        }
        descend = n->children != NULL;
      }
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n && !n->next && n != root) {
      n = n->parent;
      if (n && n->type == XML_ELEMENT_NODE && is_block_element(n->name)) {
        skg_status st = skg_buf_puts(out, "\n\n");
        if (st)
          return st;
      }
    }
    if (!n || n == root)
      break;
    n = n->next;
  }
  return SKG_OK;
}

static char *
meta_content(xmlNode *head, const char *const *names)
{
  for (xmlNode *n = head ? head->children : NULL; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || xmlStrcasecmp(n->name, (const xmlChar *)"meta"))
      continue;
    xmlChar *key = xmlGetProp(n, (const xmlChar *)"property");
    if (!key)
      key = xmlGetProp(n, (const xmlChar *)"name");
    int hit = 0;
    for (size_t i = 0; key && names[i]; ++i)
      hit |= !xmlStrcasecmp(key, (const xmlChar *)names[i]);
    xmlFree(key);
    if (!hit)
      continue;
    xmlChar *content = xmlGetProp(n, (const xmlChar *)"content");
    char *copy = content ? strdup((const char *)content) : NULL;
    xmlFree(content);
    if (copy)
      return copy;
  }
  return NULL;
}

static xmlNode *
child_named(xmlNode *parent, const char *name)
{
  for (xmlNode *n = parent ? parent->children : NULL; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && !xmlStrcasecmp(n->name, (const xmlChar *)name))
      return n;
  return NULL;
}

static void
html_metadata(xmlDoc *html, skg_doc *doc)
{
  xmlNode *root = xmlDocGetRootElement(html);
  xmlNode *head = child_named(root, "head");
  xmlNode *title = child_named(head, "title");
  static const char *const title_keys[] = {"og:title", "dc.title", "twitter:title", NULL};
  static const char *const date_keys[] = {"article:published_time", "date", "dc.date",
                                          "dcterms.date", "pubdate", "publish-date", NULL};
  static const char *const source_keys[] = {"og:url", NULL};
  static const char *const publisher_keys[] = {"og:site_name", "publisher", "dc.publisher", NULL};
  xmlChar *t = title ? xmlNodeGetContent(title) : NULL;
  doc->title = t ? strdup((const char *)t) : meta_content(head, title_keys);
  xmlFree(t);
  doc->source = meta_content(head, source_keys);
  doc->publisher = meta_content(head, publisher_keys);
  char *date = meta_content(head, date_keys);
  if (date)
    skg_date_parse(date, strlen(date), &doc->date);
  free(date);
}

static int
looks_like_html(const char *s, size_t len)
{
  size_t i = 0;
  while (i < len && isspace((unsigned char)s[i]))
    ++i;
  if (i >= len || s[i] != '<')
    return 0;
  size_t n = len - i < 512 ? len - i : 512;
  for (size_t j = i; j + 5 <= i + n; ++j)
    if (!strncasecmp(s + j, "<html", 5) || !strncasecmp(s + j, "<!doc", 5) ||
        !strncasecmp(s + j, "<head", 5) || !strncasecmp(s + j, "<body", 5))
      return 1;
  return 0;
}

/* libxml2's complaints about a page's markup: browsers shrug at them and so
   do we (HTML_PARSE_RECOVER).  Left alone they would go to the global handler
   raptor installs, and reach the user as raptor errors, one line each. */
static void
ignore_html_error(void *data, xmlErrorPtr error)
{
  (void)data;
  (void)error;
}

static skg_status
load_html(skg_ctx *ctx, const char *bytes, size_t len, skg_doc *doc)
{
  if (len > (size_t)0x7fffffff)
    return skip_report(ctx, SKG_ERR_TOO_LARGE, "HTML page too large");
  htmlParserCtxtPtr parser = htmlNewParserCtxt();
  if (!parser)
    return skip_report(ctx, SKG_ERR_NOMEM, "cannot parse the HTML page: out of memory");
  /* the HTML parser's SAX handler is not SAX2, so libxml2 ignores a handler
     set on it: swap the (thread-local) global one for the parse */
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  void *saved_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(NULL, ignore_html_error);
  /* XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which
     it stops reading and the rest of a page would be lost without a word;
     the walk below needs no stack, and the page is at most max_bytes. */
  xmlDoc *html = htmlCtxtReadMemory(parser, bytes, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | XML_PARSE_HUGE);
  htmlFreeParserCtxt(parser);
  xmlSetStructuredErrorFunc(saved_data, saved_handler);
  if (!html)
    return skip_report(ctx, SKG_ERR_ENCODING, "cannot parse the HTML page");
  html_metadata(html, doc);
  xmlNode *root = xmlDocGetRootElement(html);
  xmlNode *body = child_named(root, "body");
  skg_status st = root ? html_text(body ? body : root, &doc->text) : SKG_OK;
  xmlFreeDoc(html);
  if (st)
    return skip_report(ctx, st, "cannot hold the page's text: %s", skg_status_string(st));
  return SKG_OK;
}

/* ---- plain text ---------------------------------------------------------- */

/* Files that are not text at all, by their first bytes: a plainer message
   than the first invalid byte. */
static const char *
binary_kind(const char *bytes, size_t len)
{
  static const struct { const char *magic; size_t len; const char *what; } kinds[] = {
    {"\x89PNG\r\n\x1a\n", 8, "a PNG image"},
    {"GIF87a", 6, "a GIF image"},
    {"GIF89a", 6, "a GIF image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"%PDF-", 5, "a PDF document"},
    {"\x1F\x8B", 2, "gzip-compressed data"},
    {"PK\x03\x04", 4, "a ZIP archive (or an office document)"},
    {"BZh", 3, "bzip2-compressed data"},
    {"\xFD" "7zXZ", 5, "xz-compressed data"},
    {"\x28\xB5\x2F\xFD", 4, "zstd-compressed data"},
    {"\x7F" "ELF", 4, "a program (ELF)"},
  };
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; ++i)
    if (len >= kinds[i].len && !memcmp(bytes, kinds[i].magic, kinds[i].len)) {
      /* "BZh" is also how a word may start: bzip2 goes on "1AY&SY" */
      if (!strcmp(kinds[i].magic, "BZh") && (len < 10 || memcmp(bytes + 4, "1AY&SY", 6)))
        continue;
      return kinds[i].what;
    }
  return NULL;
}

/* UTF-16 without a byte order mark: in its first bytes, NULs on one side of
   every byte pair only, as ASCII letters give. */
static int
looks_like_bomless_utf16(const char *bytes, size_t len)
{
  size_t n = len < 512 ? len & ~(size_t)1 : 512, nul[2] = {0, 0};
  for (size_t i = 0; i < n; ++i)
    nul[i & 1] += bytes[i] == 0;
  return n >= 8 && (nul[0] == 0) != (nul[1] == 0) && (nul[0] + nul[1]) * 4 >= n;
}

static skg_status
check_text(skg_ctx *ctx, const char *bytes, size_t len)
{
  const char *kind = binary_kind(bytes, len);
  if (kind)
    return skip_report(ctx, SKG_ERR_ENCODING, "%s, not text", kind);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)bytes[i];
    if (c == 0 && looks_like_bomless_utf16(bytes, len))
      return skip_report(ctx, SKG_ERR_ENCODING,
                     "UTF-16 text without a byte order mark; convert it to UTF-8");
    if (c == 0)
      return skip_report(ctx, SKG_ERR_ENCODING, "binary data (a NUL byte) at byte %zu", i);
    size_t n = skg_utf8_valid_seq((const unsigned char *)bytes + i, len - i);
    if (!n)
      return skip_report(ctx, SKG_ERR_ENCODING, "invalid UTF-8 at byte %zu", i);
    /* control characters other than tab, CR, LF, FF mean binary junk */
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
      return skip_report(ctx, SKG_ERR_ENCODING, "binary data (control byte 0x%02x) at byte %zu",
                     c, i);
    i += n;
  }
  return SKG_OK;
}

/* UTF-16 after its byte order mark (`big`: FE FF) -> UTF-8 in `out`.  The
   report's text is then the decoded text: code points are the same, so are
   the positions evidence gives.  Offsets in messages count the file's bytes. */
static skg_status
decode_utf16(skg_ctx *ctx, const unsigned char *b, size_t len, int big, skg_buf *out)
{
  if (len % 2)
    return skip_report(ctx, SKG_ERR_ENCODING, "invalid UTF-16: an odd number of bytes (%zu)", len + 2);
  for (size_t i = 0; i < len; i += 2) {
    uint32_t cp = big ? (uint32_t)b[i] << 8 | b[i + 1] : (uint32_t)b[i + 1] << 8 | b[i];
    size_t at = i + 2; /* in the file, after the byte order mark */
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < len) {
      uint32_t lo = big ? (uint32_t)b[i + 2] << 8 | b[i + 3] : (uint32_t)b[i + 3] << 8 | b[i + 2];
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
      return skip_report(ctx, SKG_ERR_ENCODING, "invalid UTF-16 (an unpaired surrogate) at byte %zu", at);
    if (cp == 0)
      return skip_report(ctx, SKG_ERR_ENCODING, "binary data (a NUL character) at byte %zu", at);
    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f')
      return skip_report(ctx, SKG_ERR_ENCODING, "binary data (control character 0x%02x) at byte %zu",
                     (unsigned)cp, at);
    char u[4];
    size_t n;
    if (cp < 0x80)
      u[0] = (char)cp, n = 1;
    else if (cp < 0x800)
      u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
      u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
      u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
      u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
      u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    skg_status st = skg_buf_append(out, u, n);
    if (st)
      return skip_report(ctx, st, "cannot hold the report: %s", skg_status_string(st));
  }
  return SKG_OK;
}

/* A lone CR (old Mac line ends) becomes LF in the text, byte for byte, so
   that header lines and paragraphs are found as in any other file. */
static void
lone_cr_to_lf(skg_buf *text)
{
  for (char *p = memchr(text->data, '\r', text->len); p; p = memchr(p + 1, '\r', text->len - (size_t)(p + 1 - text->data)))
    if (p + 1 == text->data + text->len || p[1] != '\n')
      *p = '\n';
}

skg_status
skg_reader_load_memory(skg_ctx *ctx, const char *bytes, size_t len, skg_doc *doc)
{
  skg_sha256_hex(bytes, len, doc->sha256);
  doc->n_bytes = len;
  if (ctx->max_bytes && len > ctx->max_bytes)
    return skip_report(ctx, SKG_ERR_TOO_LARGE, "report of %zu bytes is over the limit of %zu",
                   len, ctx->max_bytes);
  if (len == 0)
    return skip_report(ctx, SKG_SKIPPED, "empty report (0 bytes)");
  skg_buf utf8;
  skg_buf_init(&utf8, 0);
  skg_status st = SKG_OK;
  if (len >= 4 && (!memcmp(bytes, "\xFF\xFE\0\0", 4) || !memcmp(bytes, "\0\0\xFE\xFF", 4)))
    return skip_report(ctx, SKG_ERR_ENCODING, "UTF-32 text is not supported; convert it to UTF-8");
  if (len >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                   (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    if ((st = decode_utf16(ctx, (const unsigned char *)bytes + 2, len - 2, bytes[0] == '\xFE', &utf8)))
      goto done;
    bytes = utf8.data;
    len = utf8.len;
  } else if (len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3)) {
    bytes += 3;
    len -= 3;
  }
  if ((st = check_text(ctx, bytes, len)))
    goto done;
  int html = looks_like_html(bytes, len);
  if (html)
    st = load_html(ctx, bytes, len, doc);
  else if ((st = skg_buf_append(&doc->text, bytes, len)))
    st = skip_report(ctx, st, "cannot hold the report: %s", skg_status_string(st));
  if (st)
    goto done;
  lone_cr_to_lf(&doc->text);
  size_t i = 0;
  while (i < doc->text.len && isspace((unsigned char)doc->text.data[i]))
    ++i;
  if (i == doc->text.len)
    st = skip_report(ctx, SKG_SKIPPED, html ? "empty report (no text in the HTML page)"
                                        : "empty report (only whitespace)");
  else
    st = skg_reader_parse_header(ctx, doc);
done:
  skg_buf_release(&utf8);
  return st;
}

skg_status
skg_reader_load(skg_ctx *ctx, const char *path, skg_doc *doc)
{
  int is_stdin = !strcmp(path, "-");
  FILE *in = is_stdin ? stdin : fopen(path, "rb");
  if (!in)
    return skip_report(ctx, SKG_ERR_IO, "cannot open: %s", strerror(errno));
  skg_buf raw;
  /* one byte over the cap, so that "too large" is told apart from "just fits" */
  skg_buf_init(&raw, ctx->max_bytes ? ctx->max_bytes + 1 : 0);
  skg_status st = skg_buf_read_file(&raw, in);
  doc->n_bytes = raw.len;
  if (st == SKG_ERR_TOO_LARGE)
    st = skip_report(ctx, st, "report is over the limit of %zu bytes", ctx->max_bytes);
  else if (st == SKG_ERR_IO)
    st = errno == EISDIR ? skip_report(ctx, st, "%s", "is a directory (use -r to read folders)")
                        : skip_report(ctx, st, "cannot read: %s", strerror(errno));
  else if (st)
    st = skip_report(ctx, st, "cannot read: %s", skg_status_string(st));
  else
    st = skg_reader_load_memory(ctx, raw.data, raw.len, doc);
  if (!is_stdin)
    fclose(in);
  skg_buf_release(&raw);
  return st;
}

/* ---- header lines and datelines ------------------------------------------ */

static char *
copy_trimmed(const char *s, size_t len)
{
  while (len && isspace((unsigned char)*s))
    ++s, --len;
  while (len && isspace((unsigned char)s[len - 1]))
    --len;
  if (!len)
    return NULL;
  char *p = malloc(len + 1);
  if (p) {
    memcpy(p, s, len);
    p[len] = '\0';
  }
  return p;
}

/* "Key: value" at the start of a line; returns the value's offset or 0. */
static size_t
header_key(const char *line, size_t len, const char *key)
{
  size_t k = strlen(key);
  if (len > k + 1 && !strncasecmp(line, key, k) && line[k] == ':')
    return k + 1;
  return 0;
}

static void
set_once(char **field, const char *s, size_t len)
{
  if (!*field)
    *field = copy_trimmed(s, len);
}

/* "Asunción, July 2, 2026. – The President ...": a place in capitalised
   words, a comma, a full date and a stop or a dash, at the start of a
   paragraph.  Sets the dateline and the report's date; returns 1. */
static int
mixed_case_dateline(skg_doc *doc, size_t at)
{
  const char *s = doc->text.data + at;
  size_t len = doc->text.len - at, i = 0, words = 0;
  while (i < len && words < 3 && (isupper((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)) {
    while (i < len && (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '-'))
      ++i;
    ++words;
    if (i < len && s[i] == ' ' && i + 1 < len && isupper((unsigned char)s[i + 1]))
      ++i;
    else
      break;
  }
  if (!words || i + 2 >= len || s[i] != ',' || s[i + 1] != ' ')
    return 0;
  skg_date d;
  size_t n = skg_date_parse(s + i + 2, len - i - 2, &d), j = i + 2 + n;
  if (!n || !d.year || !d.day)
    return 0;
  size_t k = j + (j < len && s[j] == '.');
  while (k < len && s[k] == ' ')
    ++k;
  int dash = k < len && (s[k] == '-' || !strncmp(s + k, "\xE2\x80\x93", 3) || !strncmp(s + k, "\xE2\x80\x94", 3));
  if (!dash && !(j < len && s[j] == '.'))
    return 0;
  doc->dateline = (skg_span){at, at + i};
  doc->date = d;
  if (dash)
    k += s[k] == '-' ? 1 : 3;
  while (k < len && s[k] == ' ')
    ++k;
  doc->dateline_end = at + k;
  return 1;
}

/* A dateline opens a body paragraph with the place in capitals:
   "BEIJING, July 2, 2024 /PRNewswire/ --", "KAZAN, October 23. /TASS/.",
   "BISHKEK. KAZINFORM - ", "ASTANA – ", or in mixed case with a full date
   (mixed_case_dateline).  Records the place, and the date and the agency
   when given.  Returns 2 if one was found with a date, 1 if one was found
   without, 0 if none. */
static int
read_dateline(skg_doc *doc, size_t at)
{
  const char *s = doc->text.data + at;
  size_t len = doc->text.len - at, i = 0, letters = 0;
  if (at < doc->text.len && !isupper((unsigned char)s[1]) && mixed_case_dateline(doc, at))
    return 2;
  while (i < len && (isupper((unsigned char)s[i]) || s[i] == ' ' || s[i] == '-' || s[i] == '\'' ||
                     s[i] == '.')) {
    /* "WASHINGTON - The ...": the dash ends the place, not the capitals after it */
    if (s[i] == ' ' && i + 3 < len && s[i + 1] == '-' && s[i + 2] == ' ' && isupper((unsigned char)s[i + 3])) {
      ++i;
      break;
    }
    letters += isupper((unsigned char)s[i]) != 0;
    ++i;
    if (i < len && s[i] == '.' && (i + 1 >= len || s[i + 1] == ' '))
      break;
  }
  size_t end = i;
  while (end && (s[end - 1] == ' ' || s[end - 1] == '-'))
    --end;
  if (letters < 3 || end < 3 || i >= len)
    return 0;
  /* after the place: ',' or '.' or a dash */
  size_t j = i;
  if (s[j] != ',' && s[j] != '.' && strncmp(s + j, "\xE2\x80\x93", 3) && strncmp(s + j, "\xE2\x80\x94", 3) &&
      !(s[j] == '-' && j + 1 < len && s[j + 1] == ' ') &&
      !(j > 0 && s[j - 1] == ' ' && (s[j] == '-' || !strncmp(s + j, "\xE2\x80", 2))))
    return 0;
  /* "GOVERNMENT INFORMATION SERVICE – GRENADA": a heading in capitals, no
     dateline (a dateline's line goes on in lowercase) */
  int lowercase_after = 0;
  for (size_t k = j; k < len && s[k] != '\n' && !lowercase_after; ++k)
    lowercase_after = islower((unsigned char)s[k]);
  if (!lowercase_after)
    return 0;
  doc->dateline = (skg_span){at, at + end};
  j += (s[j] == ',' || s[j] == '.' || s[j] == '-') ? 1 : 3;
  while (j < len && s[j] == ' ')
    ++j;
  /* "SEOUL, Monday 7 September 2026 -": the weekday before the date */
  size_t w = j;
  while (w < len && isalpha((unsigned char)s[w]))
    ++w;
  if (w > j && skg_weekday_from_name(s + j, w - j) >= 0) {
    w += w < len && s[w] == ',';
    while (w < len && s[w] == ' ')
      ++w;
    if (w < len && (isdigit((unsigned char)s[w]) || isupper((unsigned char)s[w])))
      j = w;
  }
  skg_date d;
  size_t n = skg_date_parse(s + j, len - j, &d);
  if (!n) {
    /* "BRIDGETOWN, Barbados, July 4, 2025": the country, then the date */
    const char *comma = memchr(s + j, ',', len - j < 32 ? len - j : 32);
    size_t k = comma ? (size_t)(comma - s) + 1 : j;
    while (k < len && s[k] == ' ')
      ++k;
    if (comma && isupper((unsigned char)s[j]) && (n = skg_date_parse(s + k, len - k, &d)))
      j = k;
  }
  if (n) {
    if (!d.year)
      d.year = doc->date.year;
    if (!doc->date.month || (d.year && d.year == doc->date.year))
      doc->date = d;
    j += n;
    while (j < len && (s[j] == ' ' || s[j] == '.'))
      ++j;
  }
  if (j < len && s[j] == '/') { /* /TASS/, /PRNewswire/ */
    const char *end_agency = memchr(s + j + 1, '/', len - j - 1 < 40 ? len - j - 1 : 40);
    if (end_agency) {
      set_once(&doc->publisher, s + j + 1, (size_t)(end_agency - (s + j + 1)));
      j = (size_t)(end_agency - s) + 1;
    }
  }
  doc->dateline_end = at + j;
  return n ? 2 : 1;
}

/* A pull quote or a lede may stand before the wire's dateline ("...," said
   A.  HAVANA, Sept. 16 (Xinhua) --): the next few paragraphs may open with
   one, but only a place followed by a date counts there ("NATO, which ..."
   is no dateline). */
static int date_in_line(const char *line, size_t len, size_t from, int whole, skg_date *out);

static void
later_dateline(skg_doc *doc, size_t pos)
{
  const char *t = doc->text.data;
  size_t len = doc->text.len;
  skg_date kept = doc->date;
  for (int lines = 0; pos < len && lines < 6;) {
    const char *nl = memchr(t + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - t) : len;
    if (end > pos + 1) {
      ++lines;
      /* "Dec. 13, 2027" on a byline's line of its own dates the report */
      if (!doc->date.year && end - pos < 40 && date_in_line(t + pos, end - pos, 0, 1, &doc->date))
        kept = doc->date;
      int found = lines > 1 ? read_dateline(doc, pos) : 0;
      if (found == 2)
        return;
      if (found == 1 && kept.year) /* "WASHINGTON - " under a byline that dated the report */
        return;
      if (found == 1) { /* no date after the place */
        doc->dateline = (skg_span){0, 0};
        doc->dateline_end = 0;
        doc->date = kept;
      }
    }
    pos = nl ? end + 1 : len;
  }
}

/* "By A B, published 9 March 2026", "posted Monday, 13 July 2026": a short
   line that says when the page was published. */
static int
stamped_line(const char *line, size_t len, skg_date *d)
{
  static const char *const words[] = {"published", "Published", "posted", "Posted", "updated", "Updated",
                                      "broadcast", "Broadcast", "aired", "Aired"};
  for (size_t w = 0; w < sizeof words / sizeof *words; ++w) {
    size_t wl = strlen(words[w]), at = 0;
    while (at + wl <= len && memcmp(line + at, words[w], wl))
      ++at;
    if (at + wl > len)
      continue;
    for (size_t k = at + wl; k < len; ++k)
      if (line[k - 1] == ' ' && skg_date_parse(line + k, len - k, d) && d->year && d->month && d->day)
        return 1;
  }
  return 0;
}

/* A date with its year at the start of a word of the line [line, line +
   len), from byte `from` on; with `whole`, a full date that ends the line.
   Sets *out and returns 1 at the first, else 0. */
static int
date_in_line(const char *line, size_t len, size_t from, int whole, skg_date *out)
{
  for (size_t k = from; k < len; ++k) {
    skg_date d;
    size_t n;
    /* "Tehran, 22 Mehr 1406 (14 October 2027)": ours in brackets, not another calendar's year */
    if ((k == 0 || line[k - 1] == ' ' || line[k - 1] == '(') && (n = skg_date_parse(line + k, len - k, &d)) &&
        d.year >= 1900 &&
        (!whole || (d.month && d.day && k + n == len))) {
      *out = d;
      return 1;
    }
  }
  return 0;
}

/* "Press and Information Office, Nicosia, 2027.": a year in the last few
   lines of an otherwise undated report is its year (month and day unknown). */
static void
footer_year(skg_doc *doc)
{
  const char *t = doc->text.data;
  size_t end = doc->text.len;
  for (int lines = 0; end > 0 && lines < 4;) {
    size_t start = end;
    while (start > 0 && t[start - 1] != '\n')
      --start;
    if (end > start + 1)
      ++lines;
    /* a footer's line, not the body's last sentence ("launched in 2015") */
    static const char *const footer[] = {"\xC2\xA9", "Copyright", "copyright", "rights reserved",
                                         "Reproduction", "reproduction", "Information Office", "Press Office"};
    int is_footer = 0;
    for (size_t w = 0; w < sizeof footer / sizeof *footer && !is_footer && end - start < 120; ++w)
      for (size_t k = start, n = strlen(footer[w]); k + n <= end && !is_footer; ++k)
        is_footer = !memcmp(t + k, footer[w], n);
    for (size_t i = start; is_footer && i + 4 <= end; ++i) {
      if ((i > start && isalnum((unsigned char)t[i - 1])) || (i + 4 < end && isalnum((unsigned char)t[i + 4])))
        continue;
      int y = 0, digits = 1;
      for (size_t k = 0; k < 4; ++k) {
        digits &= isdigit((unsigned char)t[i + k]) != 0;
        y = y * 10 + (t[i + k] - '0');
      }
      if (digits && y >= 1990 && y <= 2100) {
        doc->date.year = y;
        return;
      }
    }
    end = start > 0 ? start - 1 : 0;
  }
}

/* A page's time stamp on a line of its own after a long title
   ("2022-12-10 11:10"): the report's date, when no header gave one. */
static void
later_date_line(skg_doc *doc, size_t pos)
{
  const char *t = doc->text.data;
  size_t len = doc->text.len;
  for (int lines = 0; pos < len && lines < 6;) {
    const char *nl = memchr(t + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - t) : len;
    if (end > pos + 1) {
      ++lines;
      skg_date d;
      size_t n = end - pos < 40 ? skg_date_parse(t + pos, end - pos, &d) : 0;
      if (n && d.year && d.month && d.day) {
        doc->date = d;
        return;
      }
      if (end - pos < 80 && stamped_line(t + pos, end - pos, &d)) {
        doc->date = d;
        return;
      }
      /* "Panel discussion, Vienna, 15 January 2027": a short line ending in a full date */
      if (end - pos < 80 && date_in_line(t + pos, end - pos, 1, 1, &d)) {
        doc->date = d;
        return;
      }
    }
    pos = nl ? end + 1 : len;
  }
}

/* "05/04/2026": day and month in an order the date does not show, but its
   year all the same (a stamp's year dates "the 4th of April" of the text). */
static void
ambiguous_numeric_year(const char *s, size_t len, skg_date *out)
{
  if (len >= 10 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) && s[2] == '/' &&
      isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4]) && s[5] == '/' &&
      isdigit((unsigned char)s[6]) && isdigit((unsigned char)s[7]) && isdigit((unsigned char)s[8]) &&
      isdigit((unsigned char)s[9]) && (len == 10 || !isdigit((unsigned char)s[10]))) {
    int y = (s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0');
    if (y >= 1900 && y <= 2200)
      *out = (skg_date){y, 0, 0, 0};
  }
}

/* Does the line [pos, end) of t go on in the next one, as a hard-wrapped
   paragraph does ("... to the Ama-" / "zon Cooperation Treaty", "... was
   held" / "in Quito")?  Then it is body, not a header or title. */
static int
wraps_on(const char *t, size_t len, size_t pos, size_t end)
{
  size_t e = end;
  while (e > pos && (t[e - 1] == '\r' || t[e - 1] == ' '))
    --e;
  if (e - pos >= 2 && t[e - 1] == '-' && isalpha((unsigned char)t[e - 2]))
    return 1;
  size_t next = end + 1;
  while (next < len && (t[next] == ' ' || t[next] == '\t'))
    ++next;
  return end < len && next < len && islower((unsigned char)t[next]);
}

skg_status
skg_reader_parse_header(skg_ctx *ctx, skg_doc *doc)
{
  (void)ctx;
  const char *t = doc->text.data;
  size_t len = doc->text.len, pos = 0, n_lines = 0;
  while (pos < len && isspace((unsigned char)t[pos]))
    ++pos;
  /* a bracketed note on the first line ("[Illustrative report ...]") is no header */
  if (pos < len && t[pos] == '[') {
    const char *nl = memchr(t + pos, '\n', len - pos);
    if (nl && nl[-1 - (nl > t + pos + 1 && nl[-1] == '\r')] == ']') {
      pos = (size_t)(nl - t) + 1;
      while (pos < len && isspace((unsigned char)t[pos]))
        ++pos;
    }
  }
  /* " date 2024-07-04 " before the first line, as some corpora store it */
  if (len - pos > 15 && !strncmp(t + pos, "date ", 5)) {
    skg_date d;
    size_t n = skg_date_parse(t + pos + 5, len - pos - 5, &d);
    if (n == 10) {
      doc->date = d;
      pos += 5 + n;
      while (pos < len && (t[pos] == ' ' || t[pos] == '\t'))
        ++pos;
    }
  }
  doc->body_start = pos;
  int found_body = 0;
  /* header lines: only in the first few lines, before the first long paragraph */
  while (pos < len && n_lines < 12 && !found_body) {
    const char *nl = memchr(t + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - t) : len;
    const char *line = t + pos;
    size_t line_len = end - pos, v;
    while (line_len && (line[line_len - 1] == '\r' || line[line_len - 1] == ' '))
      --line_len;
    if ((v = header_key(line, line_len, "Title")))
      set_once(&doc->title, line + v, line_len - v);
    else if ((v = header_key(line, line_len, "Date")) || (v = header_key(line, line_len, "Published"))) {
      size_t k = v;
      while (k < line_len && line[k] == ' ')
        ++k;
      /* "Published: Wednesday | July 1, 2026": the date after a weekday and a bar */
      size_t at = k;
      while (at < line_len && !skg_date_parse(line + at, line_len - at, &doc->date)) {
        while (at < line_len && line[at] != ' ')
          ++at;
        while (at < line_len && line[at] == ' ')
          ++at;
      }
      if (at >= line_len)
        ambiguous_numeric_year(line + k, line_len - k, &doc->date);
    } else if ((v = header_key(line, line_len, "Source")) || (v = header_key(line, line_len, "Publisher")))
      set_once(&doc->publisher, line + v, line_len - v);
    else if ((v = header_key(line, line_len, "URL")) || (v = header_key(line, line_len, "Link")))
      set_once(&doc->source, line + v, line_len - v);
    else if (line_len > 0) {
      int sentence_end = line[line_len - 1] == '.' || line[line_len - 1] == '"';
      if (read_dateline(doc, pos) || line_len > 200 || sentence_end || wraps_on(t, len, pos, end)) {
        found_body = 1;
        break;
      }
      /* "Transcript | Broadcast Saturday, 24 April 2027, 18:30 GMT | ...": a stamp */
      if (!doc->date.year && line_len < 160)
        stamped_line(line, line_len, &doc->date);
      /* "Pacific / 18 March 2025 / 17:40": a short line with a full date */
      if (!doc->date.year && line_len < 80)
        date_in_line(line, line_len, 0, 0, &doc->date);
      if (doc->date.year == 0)
        doc->date = (skg_date){0, 0, 0, 0};
      /* a short line without a full stop before the body: the title */
      size_t words = 1;
      for (size_t k = 0; k < line_len; ++k)
        words += line[k] == ' ';
      if (words >= 4 && !doc->title)
        set_once(&doc->title, line, line_len);
    }
    if (!found_body)
      doc->body_start = nl ? end + 1 : len;
    pos = nl ? end + 1 : len;
    n_lines += line_len > 0; /* blank lines do not count */
  }
  if (!found_body)
    doc->body_start = 0; /* no recognisable header: all of it is body */
  else if (doc->dateline.end <= doc->dateline.start)
    later_dateline(doc, pos);
  if (found_body && !doc->date.year)
    later_date_line(doc, pos);
  if (!doc->date.year)
    footer_year(doc);
  return SKG_OK;
}
