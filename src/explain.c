/* explain.c - the facts of one report for a person to review: each fact
   with its rule, confidence and sentence, the span marked [[like this]],
   grouped by summit.  It reads the same analysis the graph is built from,
   so what it shows is what the graph says. */
#include "explain.h"

#include <errno.h>
#include <string.h>

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

/* "X" or "X, Y" or "X, Y, Z": the values of a fact, as labels. */
static skg_status
fact_values(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, const skg_fact *f,
            skg_buf *out)
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

/* The fact's sentence from the original text with its span in [[ ]]. */
static skg_status
marked_sentence(const skg_analysis *an, const skg_fact *f, skg_buf *out)
{
  const char *text = an->doc->text.data;
  skg_span sent = skg_text_orig_span(&an->text, an->text.sentences[f->sentence]);
  skg_span span = skg_text_orig_span(&an->text, f->evidence);
  if (span.start < sent.start)
    span.start = sent.start;
  if (span.end > sent.end)
    span.end = sent.end;
  skg_status st = skg_buf_append(out, text + sent.start, span.start - sent.start);
  if (!st)
    st = skg_buf_puts(out, "[[");
  if (!st)
    st = skg_buf_append(out, text + span.start, span.end - span.start);
  if (!st)
    st = skg_buf_puts(out, "]]");
  if (!st)
    st = skg_buf_append(out, text + span.end, sent.end - span.end);
  /* one line per sentence: the report's own line breaks become spaces */
  for (size_t i = 0; !st && i < out->len; ++i)
    if (out->data[i] == '\n' || out->data[i] == '\r' || out->data[i] == '\t')
      out->data[i] = ' ';
  return st;
}

static skg_status
print_fact(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, const skg_fact *f, FILE *out)
{
  skg_buf values, sentence;
  skg_buf_init(&values, 0);
  skg_buf_init(&sentence, 0);
  skg_status st = fact_values(ctx, an, people, f, &values);
  if (!st)
    st = marked_sentence(an, f, &sentence);
  if (!st && fprintf(out, "  %-20s %s\n      %s %.2f, sentence %zu: %s\n", relation_name(f->kind, f->planned),
                     values.data, f->rule, f->confidence, f->sentence + 1, sentence.data) < 0)
    st = SKG_ERR_IO;
  skg_buf_release(&values);
  skg_buf_release(&sentence);
  return st;
}

skg_status
skg_explain_print(skg_ctx *ctx, const skg_analysis *an, const skg_people *people, FILE *out)
{
  if (fprintf(out, "report %s (sha256 %.16s)\n", an->doc->name ? an->doc->name : "-", an->doc->sha256) < 0)
    return skg_output_failed(ctx, errno);
  skg_status st = SKG_OK;
  for (size_t sm = 0; sm <= an->n_summits && !st; ++sm) {
    /* each summit's facts, then the offices, which belong to no summit */
    int summit = sm < an->n_summits ? (int)sm : -1;
    char iri[512];
    if (summit >= 0) {
      skg_summit_iri(ctx, an, sm, iri, sizeof iri);
      if (fprintf(out, "summit <%s>\n", iri) < 0)
        st = SKG_ERR_IO;
    } else if (fprintf(out, "offices held\n") < 0)
      st = SKG_ERR_IO;
    for (size_t i = 0; i < an->n_facts && !st; ++i) {
      const skg_fact *f = &an->facts[i];
      if ((int)f->kind < 0 || f->summit != summit || f->confidence < ctx->min_confidence)
        continue;
      st = print_fact(ctx, an, people, f, out);
    }
  }
  if (!an->n_summits && !st && fprintf(out, "  (no summit found)\n") < 0)
    st = SKG_ERR_IO;
  if (!st && fputc('\n', out) == EOF)
    st = SKG_ERR_IO;
  if (st == SKG_ERR_IO)
    return skg_output_failed(ctx, errno);
  return st ? skg_err(ctx, st, "cannot explain the report: %s", skg_status_string(st)) : SKG_OK;
}
