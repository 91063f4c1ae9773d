/* view.c - views of a report's graph smaller than the whole, for a picture
   (`-o dot`) or a quick read.  A view only leaves statements out; it never
   makes new ones, so what it gives is still true of the report, in the
   ontology's terms, and raptor's serializers draw or write it as they would
   the whole graph.

   The summit view keeps a summit's facts as the ontology states them on the
   summit (organization, edition, dates, places, chair, attendees, states,
   declarations, presidency), the facts of the participations and accessions
   it links to (who represented what, in which office; skg:attendance only
   when planned), and the rdfs:label of everything those facts name, by
   which the picture (dot.c) names each node.  It leaves out types, evidence,
   sentences, selectors, the report node and its run: the provenance that
   makes the whole graph of one report a picture of nine hundred edges. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"

/* A small set of terms (borrowed from the graph): a summit report names a
   handful of summits and a few dozen things, so a linear search will do. */
typedef struct {
  const raptor_term **items;
  size_t              count, cap;
} term_set;

static int
term_set_has(const term_set *ts, const raptor_term *t)
{
  for (size_t i = 0; i < ts->count; ++i)
    if (raptor_term_equals((raptor_term *)ts->items[i], (raptor_term *)t))
      return 1;
  return 0;
}

static skg_status
term_set_add(term_set *ts, const raptor_term *t)
{
  if (term_set_has(ts, t))
    return SKG_OK;
  if (ts->count == ts->cap) {
    size_t cap = ts->cap ? 2 * ts->cap : 32;
    const raptor_term **items = realloc(ts->items, cap * sizeof *items);
    if (!items)
      return SKG_ERR_NOMEM;
    ts->items = items;
    ts->cap = cap;
  }
  ts->items[ts->count++] = t;
  return SKG_OK;
}

static int
is_iri(const raptor_term *t, const char *iri)
{
  return t->type == RAPTOR_TERM_TYPE_URI && !strcmp((const char *)raptor_uri_as_string(t->value.uri), iri);
}

/* Is `p` a term of the summitkg ontology? */
static int
is_skg(const raptor_term *p)
{
  return !strncmp((const char *)raptor_uri_as_string(p->value.uri), SKG_NS, sizeof SKG_NS - 1);
}

/* Mark in keep[] what the summit view keeps of `g`. */
static skg_status
mark_summit_view(const skg_graph *g, char *keep)
{
  term_set summits = {0}, nodes = {0}, named = {0};
  skg_status st = SKG_OK;
  for (size_t i = 0; i < g->count && !st; ++i) {
    const raptor_statement *s = g->items[i];
    if (is_iri(s->predicate, RDF_TYPE) && is_iri(s->object, SKG_NS "Summit"))
      st = term_set_add(&summits, s->subject);
  }
  /* the n-ary nodes a summit links to hold the rest of its facts */
  for (size_t i = 0; i < g->count && !st; ++i) {
    const raptor_statement *s = g->items[i];
    if (term_set_has(&summits, s->subject) &&
        (is_iri(s->predicate, SKG_NS "participation") || is_iri(s->predicate, SKG_NS "accession")))
      st = term_set_add(&nodes, s->object);
  }
  for (size_t i = 0; i < g->count && !st; ++i) {
    const raptor_statement *s = g->items[i];
    int summit = term_set_has(&summits, s->subject);
    /* an skg:attendee edge from the summit says "attended" already, and one
       skg:Attended node that every participation points to tangles the picture */
    if (is_iri(s->predicate, SKG_NS "attendance") && is_iri(s->object, SKG_NS "Attended"))
      continue;
    if ((summit || term_set_has(&nodes, s->subject)) && is_skg(s->predicate)) {
      keep[i] = 1;
      if (s->object->type == RAPTOR_TERM_TYPE_URI)
        st = term_set_add(&named, s->object);
    } else if (summit && is_iri(s->predicate, RDFS_LABEL))
      keep[i] = 1;
  }
  for (size_t i = 0; i < g->count && !st; ++i) {
    const raptor_statement *s = g->items[i];
    if (is_iri(s->predicate, RDFS_LABEL) && term_set_has(&named, s->subject))
      keep[i] = 1;
  }
  free(summits.items);
  free(nodes.items);
  free(named.items);
  return st;
}

skg_status
skg_view_build(skg_view view, const skg_graph *in, skg_graph *out)
{
  char *keep = calloc(in->count ? in->count : 1, 1);
  if (!keep)
    return SKG_ERR_NOMEM;
  skg_status st = SKG_OK;
  if (view == SKG_VIEW_SUMMIT)
    st = mark_summit_view(in, keep);
  else
    memset(keep, 1, in->count);
  for (size_t i = 0; i < in->count && !st; ++i) {
    if (!keep[i])
      continue;
    raptor_statement *ref = raptor_statement_copy(in->items[i]); /* a new reference */
    st = ref ? skg_graph_append(out, ref) : SKG_ERR_NOMEM;
  }
  free(keep);
  return st;
}

skg_status
skg_view_from_name(const char *name, skg_view *out)
{
  if (!strcmp(name, "full"))
    *out = SKG_VIEW_FULL;
  else if (!strcmp(name, "summit"))
    *out = SKG_VIEW_SUMMIT;
  else
    return SKG_ERR_BAD_ARG;
  return SKG_OK;
}
