/* explain.c - the facts of one report for a person to review.  As text:
   grouped by summit, each sentence once with the facts read from it under
   it (a fact two rules gave once, with both rules), each with its rule,
   confidence and the span it came from in [[ ]]; no heading without a fact
   under it.  As TSV: a row a fact (report, summit, relation, value, rule,
   confidence, start, end, quote), for a spreadsheet.  As source: the text
   the spans count in (for HTML, the text summitkg took from the page).  It
   reads the same analysis the graph is built from, so what it shows is
   what the graph says. */
#include "explain.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *
relation_name(skg_fact_kind k, int planned)
{
  switch (k) {
  case SKG_F_SUMMIT: return "summit";
  case SKG_F_START_DATE: return "start date";
  case SKG_F_END_DATE: return "end date";
  case SKG_F_HOST_CITY: return "host city";
  case SKG_F_VENUE: return "venue";
  case SKG_F_MODE: return "mode";
  case SKG_F_CHAIR: return planned ? "chair (planned)" : "chair";
  case SKG_F_ATTENDANCE: return planned ? "planned attendee" : "attendee";
  case SKG_F_PARTICIPATING_STATE: return "participating state";
  case SKG_F_DECLARATION: return "declaration";
  case SKG_F_ACCESSION: return "accession";
  case SKG_F_NEXT_PRESIDENCY: return "next presidency";
  case SKG_F_OFFICE: return "office";
  }
  return "fact";
}

skg_status
skg_explain_format_from_name(const char *name, skg_explain_format *out)
{
  static const struct { const char *name; skg_explain_format f; } names[] = {
    {"text", SKG_EXPLAIN_TEXT}, {"tsv", SKG_EXPLAIN_TSV}, {"source", SKG_EXPLAIN_SOURCE}};
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i)
    if (!strcasecmp(name, names[i].name)) {
      *out = names[i].f;
      return SKG_OK;
    }
  return SKG_ERR_BAD_ARG;
}

/* "X" or "X, Y" or "X, Y, Z": the values of a fact, as labels. */
static skg_status
fact_values(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, const skg_fact *f, skg_buf *out)
{
  const skg_value *vs[3] = {&f->a, &f->b, &f->c};
  skg_status st = SKG_OK;
  int any = 0;
  for (int i = 0; i < 3 && !st; ++i) {
    if (vs[i]->kind == SKG_V_NONE)
      continue;
    if (any)
      st = skg_buf_puts(out, f->kind == SKG_F_OFFICE && i == 2 ? " of " : ", ");
    if (!st)
      st = skg_value_label(ctx, an, people, vs[i], out);
    any = 1;
  }
  return st;
}

/* Append `len` bytes on one line: line breaks and tabs become spaces (a
   TSV field, a sentence on its line). */
static skg_status
append_line(skg_buf *out, const char *p, size_t len)
{
  size_t from = out->len;
  skg_status st = skg_buf_append(out, p, len);
  for (size_t i = from; !st && i < out->len; ++i)
    if (out->data[i] == '\n' || out->data[i] == '\r' || out->data[i] == '\t')
      out->data[i] = ' ';
  return st;
}

/* Append bytes [start, end) of the report's text, on one line. */
static skg_status
append_flat(const skg_analysis *an, size_t start, size_t end, skg_buf *out)
{
  return append_line(out, an->doc->text.data + start, end - start);
}

/* The fact's span in the original text, within its sentence. */
static skg_span
fact_span(const skg_analysis *an, const skg_fact *f)
{
  skg_span sent = skg_text_orig_span(&an->text, an->text.sentences[f->sentence]);
  skg_span span = skg_text_orig_span(&an->text, f->evidence);
  if (span.start < sent.start)
    span.start = sent.start;
  if (span.end > sent.end)
    span.end = sent.end;
  if (span.end < span.start)
    span.end = span.start;
  return span;
}

/* ---- the facts shown, merged ------------------------------------------------ */

/* One line of the review: a fact, or several the same (relation and values
   read from the same sentence) by different rules. */
typedef struct {
  const skg_fact *fact;    /* the first (the highest confidence) */
  char           *values;  /* new */
  char           *rules;   /* new: "rule" or "rule + rule" */
  double          confidence;
} shown_fact;

typedef struct {
  shown_fact *items;
  size_t      count, cap;
} shown_facts;

static void
shown_release(shown_facts *s)
{
  for (size_t i = 0; i < s->count; ++i) {
    free(s->items[i].values);
    free(s->items[i].rules);
  }
  free(s->items);
  *s = (shown_facts){0};
}

static int
by_sentence(const void *a, const void *b)
{
  const skg_fact *x = ((const shown_fact *)a)->fact, *y = ((const shown_fact *)b)->fact;
  if (x->sentence != y->sentence)
    return x->sentence < y->sentence ? -1 : 1;
  if (x->evidence.start != y->evidence.start)
    return x->evidence.start < y->evidence.start ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

/* Add fact `f` with its values `values` (taken) to `s`, or merge it into
   the same fact from the same sentence. */
static skg_status
add_shown(shown_facts *s, const skg_fact *f, char *values)
{
  for (size_t i = 0; i < s->count; ++i) {
    shown_fact *g = &s->items[i];
    if (g->fact->sentence != f->sentence || g->fact->kind != f->kind || g->fact->planned != f->planned ||
        strcmp(g->values, values))
      continue;
    free(values);
    if (strstr(g->rules, f->rule))
      return SKG_OK;
    size_t n = strlen(g->rules) + 3 + strlen(f->rule) + 1;
    char *rules = malloc(n);
    if (!rules)
      return SKG_ERR_NOMEM;
    snprintf(rules, n, "%s + %s", g->rules, f->rule);
    free(g->rules);
    g->rules = rules;
    if (f->confidence > g->confidence)
      g->confidence = f->confidence;
    return SKG_OK;
  }
  if (s->count == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 16;
    shown_fact *p = realloc(s->items, cap * sizeof *p);
    if (!p) {
      free(values);
      return SKG_ERR_NOMEM;
    }
    s->items = p;
    s->cap = cap;
  }
  char *rules = strdup(f->rule);
  if (!rules) {
    free(values);
    return SKG_ERR_NOMEM;
  }
  s->items[s->count++] = (shown_fact){f, values, rules, f->confidence};
  return SKG_OK;
}

/* The facts of summit `summit` (-1: the offices, which belong to none) at
   the context's confidence or more, merged, in the order of the text. */
static skg_status
collect(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, int summit, shown_facts *s)
{
  skg_status st = SKG_OK;
  for (size_t i = 0; i < an->n_facts && !st; ++i) {
    const skg_fact *f = &an->facts[i];
    if ((int)f->kind < 0 || f->summit != summit || f->confidence < ctx->min_confidence)
      continue;
    skg_buf values;
    skg_buf_init(&values, 0);
    st = fact_values(ctx, an, people, f, &values);
    if (st)
      skg_buf_release(&values);
    else
      st = add_shown(s, f, skg_buf_detach(&values, NULL));
  }
  if (!st && s->count > 1)
    qsort(s->items, s->count, sizeof *s->items, by_sentence);
  return st;
}

/* ---- text -------------------------------------------------------------------- */

/* The facts of one summit (or of none), each sentence once above its facts. */
static skg_status
print_group(const skg_analysis *an, const shown_facts *s, const char *heading, FILE *out)
{
  if (!s->count)
    return SKG_OK; /* no heading without a fact under it */
  if (fprintf(out, "%s\n", heading) < 0)
    return SKG_ERR_IO;
  skg_buf line;
  skg_buf_init(&line, 0);
  skg_status st = SKG_OK;
  for (size_t i = 0; i < s->count && !st; ++i) {
    const shown_fact *g = &s->items[i];
    const skg_fact *f = g->fact;
    if (i == 0 || s->items[i - 1].fact->sentence != f->sentence) {
      skg_span sent = skg_text_orig_span(&an->text, an->text.sentences[f->sentence]);
      skg_buf_clear(&line);
      st = append_flat(an, sent.start, sent.end, &line);
      if (!st && fprintf(out, "  sentence %zu: %s\n", f->sentence + 1, line.data) < 0)
        st = SKG_ERR_IO;
    }
    skg_span span = fact_span(an, f);
    skg_buf_clear(&line);
    if (!st)
      st = append_flat(an, span.start, span.end, &line);
    if (!st && fprintf(out, "    %-20s %s  (%s %.2f, [[%s]])\n", relation_name(f->kind, f->planned), g->values,
                       g->rules, g->confidence, line.data) < 0)
      st = SKG_ERR_IO;
  }
  skg_buf_release(&line);
  return st;
}

static skg_status
print_text(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, FILE *out)
{
  if (fprintf(out, "report %s (sha256 %.16s)\n", an->doc->name ? an->doc->name : "-", an->doc->sha256) < 0)
    return SKG_ERR_IO;
  skg_status st = SKG_OK;
  for (size_t sm = 0; sm <= an->n_summits && !st; ++sm) {
    int summit = sm < an->n_summits ? (int)sm : -1;
    char heading[600] = "offices held";
    if (summit >= 0) {
      char iri[512];
      skg_summit_iri(ctx, an, sm, iri, sizeof iri);
      snprintf(heading, sizeof heading, "summit <%s>", iri);
    }
    shown_facts s = {0};
    st = collect(ctx, an, people, summit, &s);
    if (!st)
      st = print_group(an, &s, heading, out);
    shown_release(&s);
  }
  if (!an->n_summits && !st && fprintf(out, "  (no summit found)\n") < 0)
    st = SKG_ERR_IO;
  if (!st && fputc('\n', out) == EOF)
    st = SKG_ERR_IO;
  return st;
}

/* ---- TSV --------------------------------------------------------------------- */

static skg_status
print_tsv(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, FILE *out)
{
  skg_status st = SKG_OK;
  skg_buf quote, name;
  skg_buf_init(&quote, 0);
  skg_buf_init(&name, 0);
  const char *report = an->doc->name ? an->doc->name : "-";
  st = append_line(&name, report, strlen(report));
  for (size_t sm = 0; sm <= an->n_summits && !st; ++sm) {
    int summit = sm < an->n_summits ? (int)sm : -1;
    char iri[512] = "";
    if (summit >= 0)
      skg_summit_iri(ctx, an, sm, iri, sizeof iri);
    shown_facts s = {0};
    st = collect(ctx, an, people, summit, &s);
    for (size_t i = 0; i < s.count && !st; ++i) {
      const shown_fact *g = &s.items[i];
      skg_span span = fact_span(an, g->fact);
      skg_buf_clear(&quote);
      st = append_flat(an, span.start, span.end, &quote);
      /* start and end as oa:start and oa:end: code points of the text */
      if (!st && fprintf(out, "%s\t%s\t%s\t%s\t%s\t%.2f\t%zu\t%zu\t%s\n", name.data, iri,
                         relation_name(g->fact->kind, g->fact->planned), g->values, g->rules, g->confidence,
                         skg_text_codepoint(&an->text, span.start), skg_text_codepoint(&an->text, span.end),
                         quote.data) < 0)
        st = SKG_ERR_IO;
    }
    shown_release(&s);
  }
  skg_buf_release(&quote);
  skg_buf_release(&name);
  return st;
}

skg_status
skg_explain_header(FILE *out, skg_explain_format format)
{
  if (format != SKG_EXPLAIN_TSV)
    return SKG_OK;
  return fputs("report\tsummit\trelation\tvalue\trule\tconfidence\tstart\tend\tquote\n", out) == EOF ? SKG_ERR_IO
                                                                                                 : SKG_OK;
}

skg_status
skg_explain_print(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, skg_explain_format format,
                  FILE *out)
{
  skg_status st;
  if (format == SKG_EXPLAIN_SOURCE)
    st = fwrite(an->doc->text.data, 1, an->doc->text.len, out) == an->doc->text.len ? SKG_OK : SKG_ERR_IO;
  else if (format == SKG_EXPLAIN_TSV)
    st = print_tsv(ctx, an, people, out);
  else
    st = print_text(ctx, an, people, out);
  if (st == SKG_ERR_IO)
    return skg_output_failed(ctx, errno);
  return st ? skg_err(ctx, st, "cannot explain the report: %s", skg_status_string(st)) : SKG_OK;
}
