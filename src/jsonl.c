/* jsonl.c - one record of a JSON Lines corpus -> a report (skg_doc).

   Scrapers store corpora as JSON Lines: {"id": ..., "url": ..., "title": ...,
   "date": ..., "text": ...} a line.  This stage parses one line with jansson
   and hands its text to the reader, as if it were a file's bytes; reading the
   file line by line is process.c's job.  A record that is not what it should
   be is skipped with a message saying which field is wrong. */
#include "jsonl.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int
skg_jsonl_is_corpus_name(const char *path)
{
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (!dot || (slash && dot < slash))
    return 0;
  return !strcmp(dot, ".jsonl") || !strcmp(dot, ".ndjson");
}

/* The string value of `key`, NULL when absent or null.  *bad is set when the
   value has another type ("id" may also be an integer: written to idbuf). */
static const char *
string_field(json_t *obj, const char *key, int *bad, char *idbuf, size_t idlen)
{
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v))
    return NULL;
  if (json_is_string(v))
    return json_string_value(v);
  if (idbuf && json_is_integer(v)) {
    snprintf(idbuf, idlen, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    return idbuf;
  }
  *bad = 1;
  return NULL;
}

static void
replace(char **field, const char *value)
{
  if (!value || !*value)
    return;
  char *copy = strdup(value);
  if (!copy)
    return; /* metadata is a nicety: the report still goes through */
  free(*field);
  *field = copy;
}

/* The record's "date": "2024-07-04", "2024-07-04T10:00:00Z", "July 4, 2024". */
static int
parse_date_field(const char *s, skg_date *out)
{
  size_t len = strlen(s);
  skg_date d;
  size_t n = skg_date_parse(s, len, &d);
  if (!n || !d.year || !d.month || !d.day)
    return 0;
  *out = d;
  return 1;
}

static const char *const text_keys[] = {"text", "body", "content"};

skg_status
skg_jsonl_read_record(skg_ctx *ctx, const char *line, size_t len, skg_doc *doc)
{
  json_error_t error;
  json_t *obj = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &error);
  if (!obj)
    return skg_err(ctx, SKG_SKIPPED, "not JSON: %s at column %d", error.text, error.column);
  skg_status st = SKG_OK;
  if (!json_is_object(obj)) {
    st = skg_err(ctx, SKG_SKIPPED, "not a JSON object");
    goto done;
  }
  json_t *text = NULL;
  for (size_t i = 0; i < sizeof text_keys / sizeof *text_keys && !text; ++i)
    text = json_object_get(obj, text_keys[i]);
  if (!text || json_is_null(text)) {
    st = skg_err(ctx, SKG_SKIPPED, "no \"text\" field");
    goto done;
  }
  if (!json_is_string(text)) {
    st = skg_err(ctx, SKG_SKIPPED, "the \"text\" field is not a string");
    goto done;
  }
  /* every metadata field is a string or absent; "id" may be a number */
  static const char *const keys[] = {"title", "date", "url", "publisher", "id"};
  const char *value[5];
  char idbuf[32];
  for (size_t i = 0; i < 5; ++i) {
    int bad = 0;
    value[i] = string_field(obj, keys[i], &bad, i == 4 ? idbuf : NULL, sizeof idbuf);
    if (bad) {
      st = skg_err(ctx, SKG_SKIPPED, "the \"%s\" field is not a string", keys[i]);
      goto done;
    }
  }
  st = skg_reader_load_memory(ctx, json_string_value(text), json_string_length(text), doc);
  if (st)
    goto done;
  replace(&doc->title, value[0]);
  replace(&doc->source, value[2]);
  replace(&doc->publisher, value[3]);
  replace(&doc->identifier, value[4]);
  if (value[1] && !parse_date_field(value[1], &doc->date))
    skg_err(ctx, SKG_OK, "the \"date\" field '%.40s' is not a date; ignored", value[1]);
done:
  json_decref(obj);
  return st;
}
