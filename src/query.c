/* query.c - SPARQL on the store, as `summitkg query` gives it: the prefixes
   of summitkg's output declared for the query (those it does not declare
   itself), its $parameters set, DESCRIBE read as the CONSTRUCT of each
   resource's statements (rasqal 0.9.33 runs no DESCRIBE), and the answer
   written: a table with IRIs shortened by the prefixes, the W3C result
   formats streamed by rasqal's own writers, yes or no for ASK, RDF in any
   syntax for CONSTRUCT and DESCRIBE.  Errors are one line each, a syntax
   error with its line and column in the query as written.

   It does not open the store or run the engine's internals: store.c does;
   the query goes through librdf like any other. */
#include <ctype.h>
#include <errno.h>
#include <redland.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "serialize.h"
#include "store.h"

/* ---- reading the query's text ----------------------------------------------- */

static const char *
skip_space(const char *p)
{
  for (;;) {
    while (isspace((unsigned char)*p))
      ++p;
    if (*p != '#')
      return p;
    while (*p && *p != '\n')
      ++p;
  }
}

/* Whether `p` starts with keyword `kw` (any case), as a whole word. */
static int
is_keyword(const char *p, const char *kw)
{
  size_t n = strlen(kw);
  return !strncasecmp(p, kw, n) && !isalnum((unsigned char)p[n]) && p[n] != '_' && p[n] != ':';
}

/* Past the prologue (BASE and PREFIX declarations); each prefix name the
   query declares is kept in `declared` ("name:" and a space each). */
static const char *
skip_prologue(const char *p, skg_buf *declared)
{
  for (;;) {
    p = skip_space(p);
    if (is_keyword(p, "BASE")) {
      const char *end = strchr(p, '>');
      if (!end)
        return p;
      p = end + 1;
    } else if (is_keyword(p, "PREFIX")) {
      const char *name = skip_space(p + 6);
      const char *colon = strchr(name, ':');
      const char *end = colon ? strchr(colon, '>') : NULL;
      if (!end)
        return p;
      skg_buf_append(declared, name, (size_t)(colon - name) + 1);
      skg_buf_putc(declared, ' ');
      p = end + 1;
    } else {
      return p;
    }
  }
}

static int
declares(const skg_buf *declared, const char *prefix)
{
  size_t n = strlen(prefix);
  for (const char *p = declared->data; (p = strstr(p, prefix)); p += n)
    if ((p == declared->data || p[-1] == ' ') && p[n] == ':')
      return 1;
  return 0;
}

/* The form of the query at `p` (past the prologue). */
typedef enum { FORM_SELECT, FORM_ASK, FORM_CONSTRUCT, FORM_DESCRIBE, FORM_UPDATE, FORM_UNKNOWN } query_form;

static query_form
form_of(const char *p, const char **update_word)
{
  static const char *const updates[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP",
                                        "COPY", "MOVE", "ADD", "WITH"};
  if (is_keyword(p, "SELECT"))
    return FORM_SELECT;
  if (is_keyword(p, "ASK"))
    return FORM_ASK;
  if (is_keyword(p, "CONSTRUCT"))
    return FORM_CONSTRUCT;
  if (is_keyword(p, "DESCRIBE"))
    return FORM_DESCRIBE;
  for (size_t i = 0; i < sizeof updates / sizeof *updates; ++i)
    if (is_keyword(p, updates[i])) {
      *update_word = updates[i];
      return FORM_UPDATE;
    }
  return FORM_UNKNOWN;
}

/* ---- parameters ---------------------------------------------------------------- */

/* Append `value` to `out` as a SPARQL term: <an IRI> as it is, a number as
   a number, "a quoted string" or anything else as a string literal. */
static skg_status
append_term(skg_buf *out, const char *value)
{
  size_t n = strlen(value);
  if (n >= 2 && value[0] == '<' && value[n - 1] == '>' && !strpbrk(value + 1, "<\"{}|^`\\ \t\n"))
    return skg_buf_puts(out, value);
  char *end;
  if (n && (isdigit((unsigned char)value[0]) || value[0] == '-') && (strtod(value, &end), !*end))
    return skg_buf_puts(out, value);
  if (n >= 2 && value[0] == '"' && value[n - 1] == '"') {
    ++value;
    n -= 2;
  }
  skg_status st = skg_buf_putc(out, '"');
  for (size_t i = 0; i < n && !st; ++i)
    st = value[i] == '"' || value[i] == '\\' ? skg_buf_printf(out, "\\%c", value[i])
       : value[i] == '\n' ? skg_buf_puts(out, "\\n")
                          : skg_buf_putc(out, value[i]);
  return st ? st : skg_buf_putc(out, '"');
}

/* The value of parameter `name` (`len` bytes) among opt->params, or NULL. */
static const char *
param_value(const skg_query_options *opt, const char *name, size_t len, size_t *index)
{
  for (size_t i = 0; opt->params && opt->params[i]; ++i) {
    const char *eq = strchr(opt->params[i], '=');
    if (eq && (size_t)(eq - opt->params[i]) == len && !memcmp(opt->params[i], name, len)) {
      *index = i;
      return eq + 1;
    }
  }
  return NULL;
}

static int
is_name_char(char c)
{
  return isalnum((unsigned char)c) || c == '_';
}

/* Append the query `text` to `out` with each $NAME that --param sets
   replaced by its value as a term; strings, IRIs and comments are left
   alone, a $NAME no parameter sets stays a variable (it matches anything).
   `used` (one flag a parameter) says which were used. */
static skg_status
substitute(const skg_query_options *opt, const char *text, skg_buf *out, char *used)
{
  skg_status st = SKG_OK;
  for (const char *p = text; *p && !st;) {
    const char *start = p;
    if (*p == '"' || *p == '\'') { /* a string, escapes and all */
      char q = *p++;
      int triple = p[0] == q && p[1] == q;
      if (triple)
        p += 2;
      while (*p && !(triple ? p[0] == q && p[1] == q && p[2] == q : *p == q))
        p += *p == '\\' && p[1] ? 2 : 1;
      p += *p ? (triple ? 3 : 1) : 0;
    } else if (*p == '<' && p[1] && !isspace((unsigned char)p[1]) && p[1] != '=') {
      const char *end = strpbrk(p, "> \t\n");
      p = end && *end == '>' ? end + 1 : p + 1;
    } else if (*p == '#') {
      while (*p && *p != '\n')
        ++p;
    } else if (*p == '$' && is_name_char(p[1])) {
      const char *name = p + 1, *end = name;
      while (is_name_char(*end))
        ++end;
      size_t index;
      const char *value = param_value(opt, name, (size_t)(end - name), &index);
      if (value) {
        used[index] = 1;
        st = append_term(out, value);
        p = end;
        continue;
      }
      p = end;
    } else {
      ++p;
    }
    if (!st)
      st = skg_buf_append(out, start, (size_t)(p - start));
  }
  return st;
}

/* ---- DESCRIBE, as a CONSTRUCT ------------------------------------------------- */

/* DESCRIBE t1 t2 ... [WHERE] { ... } modifiers -> CONSTRUCT { t1 ?p1 ?o1 .
   t2 ?p2 ?o2 } WHERE { { ... } { { t1 ?p1 ?o1 } UNION { t2 ?p2 ?o2 } } }
   modifiers: each resource's own statements (its outgoing ones, not the
   concise bounded description).  `p` is past DESCRIBE. */
static skg_status
rewrite_describe(const char *p, skg_buf *out, int *bad)
{
  skg_buf targets;
  skg_buf_init(&targets, 0);
  skg_status st = SKG_OK;
  size_t n = 0;
  *bad = 0;
  for (p = skip_space(p); *p && *p != '{' && !is_keyword(p, "WHERE") && !st; p = skip_space(p)) {
    const char *end = p;
    if (*p == '<')
      end = strchr(p, '>') ? strchr(p, '>') + 1 : p + strlen(p);
    else
      while (*end && !isspace((unsigned char)*end) && *end != '{')
        ++end;
    if (*p == '*') {
      *bad = 1;
      break;
    }
    st = skg_buf_append(&targets, p, (size_t)(end - p));
    if (!st)
      st = skg_buf_putc(&targets, '\n');
    ++n;
    p = end;
  }
  if (st || *bad || !n) {
    *bad = !st;
    skg_buf_release(&targets);
    return st;
  }
  if (is_keyword(p, "WHERE"))
    p = skip_space(p + 5);
  /* the group graph pattern, if any, up to its matching brace */
  const char *group = NULL, *group_end = NULL;
  if (*p == '{') {
    int depth = 0;
    group = p;
    for (group_end = p; *group_end; ++group_end) {
      depth += *group_end == '{';
      if (*group_end == '}' && --depth == 0)
        break;
    }
    if (!*group_end) {
      *bad = 1;
      skg_buf_release(&targets);
      return SKG_OK;
    }
    ++group_end;
  }
  st = skg_buf_puts(out, "CONSTRUCT {");
  size_t i = 0;
  for (const char *t = targets.data; *t && !st; t = strchr(t, '\n') + 1, ++i)
    st = skg_buf_printf(out, " %.*s ?skg_p%zu ?skg_o%zu .", (int)(strchr(t, '\n') - t), t, i, i);
  if (!st)
    st = skg_buf_puts(out, " } WHERE { ");
  /* NEEDSWORK: the modifiers (LIMIT, ORDER BY) apply to the statements,
     not to the resources: a sub-SELECT of the resources would be right, but
     rasqal 0.9.33 joins a sub-SELECT to a pattern after it wrongly (every
     subject came back) */
  if (!st && group)
    st = skg_buf_append(out, group, (size_t)(group_end - group));
  if (!st)
    st = skg_buf_puts(out, " { ");
  i = 0;
  for (const char *t = targets.data; *t && !st; t = strchr(t, '\n') + 1, ++i)
    st = skg_buf_printf(out, "%s{ %.*s ?skg_p%zu ?skg_o%zu }", i ? " UNION " : "", (int)(strchr(t, '\n') - t), t, i,
                        i);
  if (!st)
    st = skg_buf_printf(out, " } } %s", group_end ? group_end : p);
  skg_buf_release(&targets);
  return st;
}

/* ---- the answer ----------------------------------------------------------------- */

/* A value as a table shows it: IRIs shortened by the prefixes (id: for the
   base) or in <>, literals bare, blank nodes _:x.  New, or NULL (no memory). */
static char *
value_text(skg_ctx *ctx, librdf_node *n)
{
  skg_buf b;
  skg_buf_init(&b, 0);
  skg_status st = SKG_OK;
  if (n && librdf_node_is_resource(n)) {
    const char *u = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
    const char *prefix = NULL;
    size_t best = 0;
    const char *ns_prefix, *ns;
    for (size_t i = 0; (ns = skg_namespace(ctx, i, &ns_prefix)); ++i) {
      size_t len = strlen(ns);
      if (len > best && !strncmp(u, ns, len) && u[len]) {
        best = len;
        prefix = ns_prefix;
      }
    }
    st = prefix ? skg_buf_printf(&b, "%s:%s", prefix, u + best) : skg_buf_printf(&b, "<%s>", u);
  } else if (n && librdf_node_is_literal(n)) {
    st = skg_buf_puts(&b, (const char *)librdf_node_get_literal_value(n));
  } else if (n && librdf_node_is_blank(n)) {
    st = skg_buf_printf(&b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
  }
  if (st) {
    skg_buf_release(&b);
    return NULL;
  }
  return skg_buf_detach(&b, NULL);
}

/* Columns as wide as their widest value, as a terminal shows them best: the
   one answer held whole (csv, tsv, json, xml stream). */
static skg_status
print_table(skg_ctx *ctx, librdf_query_results *results, FILE *out, size_t *n_rows)
{
  int n_cols = librdf_query_results_get_bindings_count(results);
  size_t cols = n_cols > 0 ? (size_t)n_cols : 1;
  /* the names, as get_binding_name() gives none before the first row is read */
  const char **names = NULL;
  librdf_query_results_get_bindings(results, &names, NULL);
  size_t cap = 0;
  char **cells = NULL;
  size_t *width = calloc(cols, sizeof *width);
  skg_status st = width ? SKG_OK : SKG_ERR_NOMEM;
  *n_rows = 0;
  for (int c = 0; c < n_cols && !st; ++c)
    width[c] = names && names[c] ? strlen(names[c]) : 0;
  while (!st && !librdf_query_results_finished(results)) {
    if ((*n_rows + 1) * cols > cap) {
      cap = cap ? 2 * cap : 64 * cols;
      char **p = realloc(cells, cap * sizeof *p);
      if (!p) {
        st = SKG_ERR_NOMEM;
        break;
      }
      cells = p;
    }
    for (int c = 0; c < n_cols; ++c) {
      librdf_node *v = librdf_query_results_get_binding_value(results, c);
      char *text = value_text(ctx, v);
      librdf_free_node(v);
      cells[*n_rows * cols + (size_t)c] = text;
      if (!text)
        st = SKG_ERR_NOMEM;
      else if (skg_utf8_count(text, strlen(text)) > width[c])
        width[c] = skg_utf8_count(text, strlen(text));
    }
    ++*n_rows;
    librdf_query_results_next(results);
  }
  for (int c = 0; c < n_cols && !st; ++c)
    fprintf(out, "%-*s%s", (int)width[c], names && names[c] ? names[c] : "", c + 1 < n_cols ? "  " : "\n");
  for (int c = 0; c < n_cols && !st; ++c)
    for (size_t k = 0; k < width[c] + (c + 1 < n_cols ? 2 : 0); ++k)
      fputc(k < width[c] ? '-' : ' ', out);
  if (n_cols && !st)
    fputc('\n', out);
  /* padded by code points, so that "Gábor" lines up with "Gabor" */
  for (size_t r = 0; r < *n_rows && !st; ++r)
    for (int c = 0; c < n_cols; ++c) {
      const char *cell = cells[r * cols + (size_t)c];
      size_t len = strlen(cell);
      fprintf(out, "%-*s%s", (int)(width[c] + len - skg_utf8_count(cell, len)), cell, c + 1 < n_cols ? "  " : "\n");
    }
  for (size_t i = 0; cells && i < *n_rows * cols; ++i)
    free(cells[i]);
  free(cells);
  free(width);
  if (!st)
    fprintf(out, "(%zu row%s)\n", *n_rows, *n_rows == 1 ? "" : "s");
  return st;
}

static int
by_statement(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a, *(raptor_statement *const *)b);
}

/* The statements of a graph answer, through a writer in opt->syntax: an RDF
   graph is a set, and rasqal gives a statement once for each graph of the
   store that holds it, so they are sorted and each written once (the answer
   is held whole for that). */
static skg_status
write_statements(skg_ctx *ctx, librdf_query_results *results, const skg_query_options *opt, FILE *out)
{
  librdf_stream *stream = librdf_query_results_as_stream(results);
  if (!stream)
    return SKG_ERR_STORE;
  skg_graph g;
  skg_graph_init(&g);
  skg_status st = SKG_OK;
  for (; !st && !librdf_stream_end(stream); librdf_stream_next(stream)) {
    librdf_statement *s = librdf_stream_get_object(stream);
    raptor_statement *copy = raptor_new_statement_from_nodes(ctx->raptor, raptor_term_copy(s->subject),
                                                             raptor_term_copy(s->predicate),
                                                             raptor_term_copy(s->object), NULL);
    st = copy ? skg_graph_append(&g, copy) : SKG_ERR_NOMEM;
  }
  librdf_free_stream(stream);
  if (!st && g.count > 1) {
    qsort(g.items, g.count, sizeof *g.items, by_statement);
    size_t kept = 1;
    for (size_t i = 1; i < g.count; ++i)
      if (raptor_statement_compare(g.items[i], g.items[kept - 1]))
        g.items[kept++] = g.items[i];
      else
        raptor_free_statement(g.items[i]);
    g.count = kept;
  }
  skg_writer *w = st ? NULL : skg_writer_new(ctx, opt->syntax, out);
  if (!st && !w)
    st = SKG_ERR_RDF;
  if (!st && g.count)
    st = skg_writer_write_graph(w, &g);
  if (!st)
    st = skg_writer_finish(w);
  if (st == SKG_ERR_NOMEM)
    skg_err(ctx, st, "out of memory for the answer's statements");
  skg_writer_free(w);
  skg_graph_release(&g);
  return st;
}

/* Write the answer of `form` to `out`. */
static skg_status
write_answer(skg_store *store, librdf_query_results *results, query_form form, const skg_query_options *opt,
             FILE *out, int *answer)
{
  skg_ctx *ctx = skg_store_context(store);
  static const char *const names[] = {"csv", "csv", "tsv", "json", "xml"};
  if (librdf_query_results_is_boolean(results)) {
    int yes = librdf_query_results_get_boolean(results);
    if (yes < 0)
      return SKG_ERR_STORE;
    *answer = yes > 0;
    if (opt->format == SKG_RESULTS_TABLE)
      return fputs(yes > 0 ? "yes\n" : "no\n", out) == EOF ? SKG_ERR_IO : SKG_OK;
  } else if (librdf_query_results_is_graph(results) || form == FORM_CONSTRUCT || form == FORM_DESCRIBE) {
    return write_statements(ctx, results, opt, out);
  } else if (opt->format == SKG_RESULTS_TABLE) {
    size_t n_rows;
    skg_status st = print_table(ctx, results, out, &n_rows);
    if (st == SKG_ERR_NOMEM)
      return skg_err(ctx, st, "the query's answer is too large for a table (out of memory after %zu rows): "
                              "--format tsv or csv writes it row by row", n_rows);
    return st;
  }
  /* rasqal's writers, row by row to the FILE */
  return librdf_query_results_to_file_handle2(results, out, names[opt->format], NULL, NULL, NULL) ? SKG_ERR_STORE
                                                                                                    : SKG_OK;
}

/* ---- running it ----------------------------------------------------------------- */

/* Say why the query failed, once: its syntax error with its place in the
   text as written (the prefixes summitkg added are one line before it), or
   the store's error. */
static skg_status
say_failure(skg_store *store, unsigned before, const skg_query_options *opt, int prologue_lines, const char *what)
{
  skg_ctx *ctx = skg_store_context(store);
  if (skg_store_errors_since(store, before) == 0)
    return skg_err(ctx, SKG_ERR_STORE, "%s: %s", opt->name ? opt->name : "the query", what);
  const char *where;
  const char *why = skg_store_error_text(store, &where);
  int line = 0, column = 0;
  if (where)
    sscanf(where, "line %d, column %d", &line, &column);
  line -= prologue_lines;
  skg_status st;
  if (where && line > 0 && opt->name)
    st = column > 0 ? skg_err(ctx, SKG_ERR_BAD_ARG, "%s:%d:%d: %s", opt->name, line, column, why)
                    : skg_err(ctx, SKG_ERR_BAD_ARG, "%s:%d: %s", opt->name, line, why);
  else if (where && line > 0)
    st = column > 0 ? skg_err(ctx, SKG_ERR_BAD_ARG, "the query, line %d, column %d: %s", line, column, why)
                    : skg_err(ctx, SKG_ERR_BAD_ARG, "the query, line %d: %s", line, why);
  else
    st = skg_store_failed(store, before, what);
  skg_store_mark(store);
  return st;
}

/* The text to run: summitkg's prefixes the query does not declare, on one
   line of their own, then the query with its parameters set (and DESCRIBE
   made a CONSTRUCT).  *form says what it asks. */
static skg_status
prepare(skg_ctx *ctx, const char *sparql, const skg_query_options *opt, skg_buf *text, query_form *form)
{
  skg_buf declared, body;
  skg_buf_init(&declared, 0);
  skg_buf_init(&body, 0);
  size_t n_params = 0;
  while (opt->params && opt->params[n_params])
    ++n_params;
  char *used = calloc(n_params + 1, 1);
  skg_status st = used ? SKG_OK : SKG_ERR_NOMEM;
  const char *rest = skip_prologue(sparql, &declared);
  const char *ns_prefix, *ns, *update = NULL;
  for (size_t i = 0; !st && (ns = skg_namespace(ctx, i, &ns_prefix)); ++i)
    if (!declares(&declared, ns_prefix))
      st = skg_buf_printf(text, "PREFIX %s: <%s> ", ns_prefix, ns);
  if (!st)
    st = skg_buf_putc(text, '\n');
  if (!st)
    st = substitute(opt, sparql, &body, used);
  for (size_t i = 0; i < n_params && !st; ++i)
    if (!used[i]) {
      const char *eq = strchr(opt->params[i], '=');
      st = skg_err(ctx, SKG_ERR_BAD_ARG, "%s: --param %.*s: the query has no $%.*s", opt->name ? opt->name : "the query",
                   (int)(eq - opt->params[i]), opt->params[i], (int)(eq - opt->params[i]), opt->params[i]);
    }
  if (!st) {
    /* the body's prologue is as long as the original's: parameters are set past it */
    const char *body_rest = body.data + (rest - sparql);
    *form = form_of(body_rest, &update);
    if (*form == FORM_UPDATE)
      st = skg_err(ctx, SKG_ERR_BAD_ARG, "%s: SPARQL Update (%s) is not run on the store: it changes only by load",
                   opt->name ? opt->name : "the query", update);
    else if (*form == FORM_DESCRIBE) {
      int bad;
      st = skg_buf_append(text, body.data, (size_t)(body_rest - body.data));
      if (!st)
        st = rewrite_describe(body_rest + 8, text, &bad);
      if (!st && bad)
        st = skg_err(ctx, SKG_ERR_BAD_ARG, "%s: DESCRIBE needs the resources to describe (IRIs or variables, not *)",
                     opt->name ? opt->name : "the query");
    } else
      st = skg_buf_append(text, body.data, body.len);
  }
  if (st == SKG_ERR_NOMEM)
    skg_err(ctx, st, "out of memory");
  free(used);
  skg_buf_release(&declared);
  skg_buf_release(&body);
  return st;
}

skg_status
skg_query_run(skg_store *store, const char *sparql, const skg_query_options *opt, FILE *out, int *answer)
{
  skg_ctx *ctx = skg_store_context(store);
  *answer = -1;
  skg_buf text;
  skg_buf_init(&text, 0);
  query_form form = FORM_UNKNOWN;
  skg_status st = prepare(ctx, sparql, opt, &text, &form);
  if (st) {
    skg_buf_release(&text);
    return st;
  }
  unsigned before = skg_store_mark(store);
  librdf_query *q = librdf_new_query(skg_store_world(store), "sparql", NULL, (const unsigned char *)text.data, NULL);
  librdf_query_results *results = q ? librdf_model_query_execute(skg_store_model(store), q) : NULL;
  if (!results) {
    st = say_failure(store, before, opt, 1, q ? "cannot run the query" : "cannot parse the query");
    librdf_free_query(q);
    skg_buf_release(&text);
    return st;
  }
  st = write_answer(store, results, form, opt, out, answer);
  librdf_free_query_results(results);
  librdf_free_query(q);
  skg_buf_release(&text);
  /* the storage reports its failures (an SQL error) through the logger and
     then gives no rows: no rows after an error are no answer */
  skg_status failed = skg_store_failed(store, before, "cannot read the store");
  if (failed)
    return failed;
  if (st == SKG_ERR_IO || (!st && ferror(out)))
    return skg_output_failed(ctx, errno);
  if (st == SKG_ERR_STORE)
    return skg_err(ctx, st, "%s: cannot write the answer", opt->name ? opt->name : "the query");
  return st;
}

void
skg_query_options_init(skg_query_options *opt)
{
  memset(opt, 0, sizeof *opt);
  opt->format = SKG_RESULTS_TABLE;
  opt->syntax = SKG_FORMAT_TURTLE;
}
