/* dot.c - a picture of the statements in GraphViz DOT, for `-o dot`: a
   node for each thing, labelled by its name (its rdfs:label; a thing with
   none, such as a participation, by its kind), its IRI as the tooltip; an
   edge for each statement, labelled by the predicate's prefixed name; a box
   for each literal value, one per statement, so that two people's office
   titles are two boxes even when both say "President".  DOT is not RDF: no
   RDF serializer writes it as a picture should be (raptor2's dot serializer
   labels nodes by IRI and draws each literal once), so it is written here,
   to the writer's buffer (serialize.c), report by report into one digraph.

   Memory: the IRIs of the nodes drawn so far, searched linearly, as a
   picture is of a report or a few (a whole store is a picture no one reads). */
#include "dot.h"

#include <stdlib.h>
#include <string.h>

#include "serialize.h"

#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"

typedef struct {
  char *iri;      /* new */
  int   labelled; /* declared with its name (else with its kind, for now) */
} dot_node;

struct skg_dot {
  skg_ctx  *ctx;
  dot_node *nodes;
  size_t    count, cap;
};

skg_dot *
skg_dot_new(skg_ctx *ctx)
{
  skg_dot *d = calloc(1, sizeof *d);
  if (d)
    d->ctx = ctx;
  return d;
}

void
skg_dot_free(skg_dot *d)
{
  if (!d)
    return;
  for (size_t i = 0; i < d->count; ++i)
    free(d->nodes[i].iri);
  free(d->nodes);
  free(d);
}

/* Append `s` as the inside of a DOT string: '"' and '\' escaped, line
   breaks as \n. */
static skg_status
append_quoted(skg_buf *out, const char *s, size_t len)
{
  skg_status st = skg_buf_putc(out, '"');
  for (size_t i = 0; i < len && !st; ++i)
    st = s[i] == '"' || s[i] == '\\' ? skg_buf_printf(out, "\\%c", s[i])
       : s[i] == '\n'                ? skg_buf_puts(out, "\\n")
       : s[i] == '\r'                ? SKG_OK
                                     : skg_buf_putc(out, s[i]);
  return st ? st : skg_buf_putc(out, '"');
}

static skg_status
append_quoted_str(skg_buf *out, const char *s)
{
  return append_quoted(out, s, strlen(s));
}

/* An IRI shortened by the output's prefixes (id: for instances), into `out`. */
static skg_status
append_short(const skg_ctx *ctx, skg_buf *out, const char *iri)
{
  const char *prefix, *ns, *best_prefix = NULL;
  size_t best = 0;
  for (size_t i = 0; (ns = skg_namespace(ctx, i, &prefix)); ++i) {
    size_t n = strlen(ns);
    if (n > best && !strncmp(iri, ns, n) && iri[n]) {
      best = n;
      best_prefix = prefix;
    }
  }
  return best_prefix ? skg_buf_printf(out, "%s:%s", best_prefix, iri + best) : skg_buf_printf(out, "<%s>", iri);
}

static const char *
iri_of(const raptor_term *t)
{
  return (const char *)raptor_uri_as_string(t->value.uri);
}

/* The name `graph` gives the thing `iri` (borrowed from it), or NULL. */
static const raptor_term *
label_in(const skg_graph *g, const char *iri)
{
  for (size_t i = 0; i < g->count; ++i) {
    const raptor_statement *s = g->items[i];
    if (s->subject->type == RAPTOR_TERM_TYPE_URI && s->object->type == RAPTOR_TERM_TYPE_LITERAL &&
        !strcmp(iri_of(s->predicate), RDFS_LABEL) && !strcmp(iri_of(s->subject), iri))
      return s->object;
  }
  return NULL;
}

/* Declare node `iri` if it is new, or if `graph` names it and it had only
   its kind so far: [label = name, tooltip = id:...]. */
static skg_status
declare(skg_dot *d, const skg_graph *g, const char *iri, skg_buf *out)
{
  dot_node *node = NULL;
  for (size_t i = 0; i < d->count && !node; ++i)
    if (!strcmp(d->nodes[i].iri, iri))
      node = &d->nodes[i];
  const raptor_term *name = node && node->labelled ? NULL : label_in(g, iri);
  if (node && (node->labelled || !name))
    return SKG_OK;
  if (!node) {
    if (d->count == d->cap) {
      size_t cap = d->cap ? 2 * d->cap : 64;
      dot_node *p = realloc(d->nodes, cap * sizeof *p);
      if (!p)
        return SKG_ERR_NOMEM;
      d->nodes = p;
      d->cap = cap;
    }
    node = &d->nodes[d->count];
    if (!(node->iri = strdup(iri)))
      return SKG_ERR_NOMEM;
    node->labelled = 0;
    ++d->count;
  }
  node->labelled = name != NULL;
  skg_buf label;
  skg_buf_init(&label, 0);
  skg_status st = SKG_OK;
  if (name)
    st = skg_buf_append(&label, name->value.literal.string, name->value.literal.string_len);
  else if (!strncmp(iri, d->ctx->base, strlen(d->ctx->base))) {
    /* a thing without a name: its kind, the first part of its path */
    const char *path = iri + strlen(d->ctx->base);
    st = skg_buf_append(&label, path, strcspn(path, "/"));
  } else
    st = append_short(d->ctx, &label, iri);
  if (!st)
    st = skg_buf_putc(out, '\t');
  if (!st)
    st = append_quoted_str(out, iri);
  if (!st)
    st = skg_buf_puts(out, " [label = ");
  if (!st)
    st = append_quoted(out, label.data, label.len);
  skg_buf_clear(&label);
  if (!st)
    st = append_short(d->ctx, &label, iri);
  if (!st)
    st = skg_buf_puts(out, ", tooltip = ");
  if (!st)
    st = append_quoted(out, label.data, label.len);
  if (!st)
    st = skg_buf_puts(out, "];\n");
  skg_buf_release(&label);
  return st;
}

/* One statement: an edge to its object's node, or to a box of its own for
   a literal (named by the statement, so that equal values stay apart). */
static skg_status
draw_statement(skg_dot *d, const skg_graph *g, const raptor_statement *s, skg_buf *out)
{
  if (s->subject->type != RAPTOR_TERM_TYPE_URI || s->predicate->type != RAPTOR_TERM_TYPE_URI)
    return SKG_OK; /* summitkg writes no blank nodes */
  const char *subject = iri_of(s->subject), *predicate = iri_of(s->predicate);
  int literal = s->object->type == RAPTOR_TERM_TYPE_LITERAL;
  if (literal && !strcmp(predicate, RDFS_LABEL))
    return declare(d, g, subject, out); /* the name is the node's label */
  skg_status st = declare(d, g, subject, out);
  if (!st && !literal && s->object->type == RAPTOR_TERM_TYPE_URI)
    st = declare(d, g, iri_of(s->object), out);
  if (st || (!literal && s->object->type != RAPTOR_TERM_TYPE_URI))
    return st;
  char box[64] = "";
  if (literal) {
    const raptor_term_literal_value *v = &s->object->value.literal;
    skg_buf key;
    skg_buf_init(&key, 0);
    st = skg_buf_printf(&key, "%s\n%s\n", subject, predicate);
    if (!st)
      st = skg_buf_append(&key, v->string, v->string_len);
    if (!st)
      snprintf(box, sizeof box, "value:%016llx", (unsigned long long)skg_hash_bytes(key.data, key.len));
    skg_buf_release(&key);
    if (!st)
      st = skg_buf_printf(out, "\t\"%s\" [shape = box, label = ", box);
    if (!st)
      st = append_quoted(out, (const char *)v->string, v->string_len);
    if (!st)
      st = skg_buf_puts(out, "];\n");
  }
  if (!st)
    st = skg_buf_putc(out, '\t');
  if (!st)
    st = append_quoted_str(out, subject);
  if (!st)
    st = skg_buf_puts(out, " -> ");
  if (!st)
    st = literal ? skg_buf_printf(out, "\"%s\"", box) : append_quoted_str(out, iri_of(s->object));
  if (!st)
    st = skg_buf_puts(out, " [label = \"");
  if (!st)
    st = append_short(d->ctx, out, predicate);
  if (!st)
    st = skg_buf_puts(out, "\"];\n");
  return st;
}

skg_status
skg_dot_start(skg_dot *d, skg_buf *out)
{
  skg_status st = skg_buf_puts(out, "digraph summitkg {\n\trankdir = LR;\n\tcharset = \"utf-8\";\n\tlabel = ");
  skg_buf caption;
  skg_buf_init(&caption, 0);
  if (!st)
    st = skg_buf_printf(&caption, "id: %s", d->ctx->base);
  if (!st)
    st = append_quoted(out, caption.data, caption.len);
  skg_buf_release(&caption);
  if (!st)
    st = skg_buf_puts(out, ";\n\tnode [fontsize = 11];\n\tedge [fontsize = 9];\n");
  return st;
}

skg_status
skg_dot_graph(skg_dot *d, const skg_graph *g, skg_buf *out)
{
  skg_status st = SKG_OK;
  for (size_t i = 0; i < g->count && !st; ++i)
    st = draw_statement(d, g, g->items[i], out);
  return st;
}

skg_status
skg_dot_end(skg_buf *out)
{
  return skg_buf_puts(out, "}\n");
}
