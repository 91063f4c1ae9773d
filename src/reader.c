/* reader.c - the first stage: bytes -> the report's text and its header.

   It checks that the bytes are UTF-8 text (not binary, not UTF-16), drops a
   byte order mark, reduces an HTML page to its text with libxml2's HTML
   parser, and reads what the genre puts before the body: "Title:", "Date:",
   "Source:" lines, a " date 2024-07-04 " prefix, a dateline such as
   "BEIJING, July 2, 2024 /PRNewswire/ --".  It does not split sentences or
   normalise whitespace: offsets into doc->text are what evidence points to. */
#include "reader.h"

#include <ctype.h>
#include <errno.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

static skg_status
load_html(skg_ctx *ctx, const char *bytes, size_t len, skg_doc *doc)
{
  if (len > (size_t)0x7fffffff)
    return skg_err(ctx, SKG_ERR_TOO_LARGE, "HTML page too large");
  xmlDoc *html = htmlReadMemory(bytes, (int)len, NULL, "UTF-8",
                                HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                  HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
  if (!html)
    return skg_err(ctx, SKG_ERR_ENCODING, "cannot parse the HTML page");
  html_metadata(html, doc);
  xmlNode *root = xmlDocGetRootElement(html);
  xmlNode *body = child_named(root, "body");
  skg_status st = root ? html_text(body ? body : root, &doc->text) : SKG_OK;
  xmlFreeDoc(html);
  if (st)
    return skg_err(ctx, st, "cannot hold the page's text: %s", skg_status_string(st));
  return SKG_OK;
}

/* ---- plain text ---------------------------------------------------------- */

static skg_status
check_text(skg_ctx *ctx, const char *bytes, size_t len)
{
  if (len >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                   (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return skg_err(ctx, SKG_ERR_ENCODING, "UTF-16 text is not supported; convert it to UTF-8");
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)bytes[i];
    if (c == 0)
      return skg_err(ctx, SKG_ERR_ENCODING, "binary data (a NUL byte) at byte %zu", i);
    size_t n = skg_utf8_valid_seq((const unsigned char *)bytes + i, len - i);
    if (!n)
      return skg_err(ctx, SKG_ERR_ENCODING, "invalid UTF-8 at byte %zu", i);
    /* control characters other than tab, CR, LF, FF mean binary junk */
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
      return skg_err(ctx, SKG_ERR_ENCODING, "binary data (control byte 0x%02x) at byte %zu",
                     c, i);
    i += n;
  }
  return SKG_OK;
}

skg_status
skg_reader_load_memory(skg_ctx *ctx, const char *bytes, size_t len, skg_doc *doc)
{
  skg_sha256_hex(bytes, len, doc->sha256);
  doc->n_bytes = len;
  if (ctx->max_bytes && len > ctx->max_bytes)
    return skg_err(ctx, SKG_ERR_TOO_LARGE, "report of %zu bytes is over the limit of %zu",
                   len, ctx->max_bytes);
  if (len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3)) {
    bytes += 3;
    len -= 3;
  }
  skg_status st = check_text(ctx, bytes, len);
  if (st)
    return st;
  if (looks_like_html(bytes, len))
    st = load_html(ctx, bytes, len, doc);
  else if ((st = skg_buf_append(&doc->text, bytes, len)))
    st = skg_err(ctx, st, "cannot hold the report: %s", skg_status_string(st));
  if (st)
    return st;
  size_t i = 0;
  while (i < doc->text.len && isspace((unsigned char)doc->text.data[i]))
    ++i;
  if (i == doc->text.len)
    return skg_err(ctx, SKG_SKIPPED, "empty report");
  return skg_reader_parse_header(ctx, doc);
}

skg_status
skg_reader_load(skg_ctx *ctx, const char *path, skg_doc *doc)
{
  int is_stdin = !strcmp(path, "-");
  FILE *in = is_stdin ? stdin : fopen(path, "rb");
  if (!in)
    return skg_err(ctx, SKG_ERR_IO, "cannot open: %s", strerror(errno));
  skg_buf raw;
  /* one byte over the cap, so that "too large" is told apart from "just fits" */
  skg_buf_init(&raw, ctx->max_bytes ? ctx->max_bytes + 1 : 0);
  skg_status st = skg_buf_read_file(&raw, in);
  doc->n_bytes = raw.len;
  if (st == SKG_ERR_TOO_LARGE)
    st = skg_err(ctx, st, "report is over the limit of %zu bytes", ctx->max_bytes);
  else if (st == SKG_ERR_IO)
    st = skg_err(ctx, st, "cannot read: %s", errno == EISDIR ? "is a directory" : strerror(errno));
  else if (st)
    st = skg_err(ctx, st, "cannot read: %s", skg_status_string(st));
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

/* A dateline opens a body paragraph with the place in capitals:
   "BEIJING, July 2, 2024 /PRNewswire/ --", "KAZAN, October 23. /TASS/.",
   "BISHKEK. KAZINFORM - ", "ASTANA – ".  Records the place, and the date and
   the agency when given.  Returns 1 if one was found. */
static int
read_dateline(skg_doc *doc, size_t at)
{
  const char *s = doc->text.data + at;
  size_t len = doc->text.len - at, i = 0, letters = 0;
  while (i < len && (isupper((unsigned char)s[i]) || s[i] == ' ' || s[i] == '-' || s[i] == '\'' ||
                     s[i] == '.')) {
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
  doc->dateline = (skg_span){at, at + end};
  j += (s[j] == ',' || s[j] == '.' || s[j] == '-') ? 1 : 3;
  while (j < len && s[j] == ' ')
    ++j;
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
  return 1;
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
      skg_date_parse(line + k, line_len - k, &doc->date);
    } else if ((v = header_key(line, line_len, "Source")) || (v = header_key(line, line_len, "Publisher")))
      set_once(&doc->publisher, line + v, line_len - v);
    else if ((v = header_key(line, line_len, "URL")) || (v = header_key(line, line_len, "Link")))
      set_once(&doc->source, line + v, line_len - v);
    else if (line_len > 0) {
      int sentence_end = line[line_len - 1] == '.' || line[line_len - 1] == '"';
      if (read_dateline(doc, pos) || line_len > 200 || sentence_end) {
        found_body = 1;
        break;
      }
      /* "Pacific / 18 March 2025 / 17:40": a short line with a full date */
      if (!doc->date.year && line_len < 80)
        for (size_t k = 0; k < line_len; ++k)
          if ((k == 0 || line[k - 1] == ' ') && skg_date_parse(line + k, line_len - k, &doc->date) &&
              doc->date.year)
            break;
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
    ++n_lines;
  }
  if (!found_body)
    doc->body_start = 0; /* no recognisable header: all of it is body */
  return SKG_OK;
}
