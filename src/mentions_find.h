/* mentions_find.h - private to the mention stage (mentions.c, mentions_orgs.c):
   the state of one pass over a report's tokens and the small helpers its
   finders share. */
#ifndef SKG_MENTIONS_FIND_H
#define SKG_MENTIONS_FIND_H

#include <string.h>

#include "mentions.h"

typedef struct {
  skg_ctx          *ctx;
  const skg_text   *text;
  const skg_tokens *toks;
  int              *owner;   /* per token: index of the mention covering it, -1 if none */
  unsigned char    *headline;/* per token: 1 in a title-case line, where every word is capitalised */
  skg_mentions     *out;
} finder;

static inline const char *
tok_text(const finder *f, size_t i)
{
  return f->text->norm.data + f->toks->items[i].span.start;
}

static inline size_t
tok_len(const finder *f, size_t i)
{
  return f->toks->items[i].span.end - f->toks->items[i].span.start;
}

static inline int
tok_is(const finder *f, size_t i, const char *w)
{
  return i < f->toks->count && tok_len(f, i) == strlen(w) && !memcmp(tok_text(f, i), w, tok_len(f, i));
}

/* Index of the mention at token i if it is of `kind`, else -1. */
static inline int
mention_at(const finder *f, size_t i, skg_mention_kind kind)
{
  if (i >= f->toks->count || f->owner[i] < 0)
    return -1;
  int o = f->owner[i];
  return f->out->items[o].kind == kind ? o : -1;
}

/* Is token i one of `words` (as written)? */
static inline int
word_in(const finder *f, size_t i, const char *const *words, size_t n)
{
  if (i >= f->toks->count)
    return 0;
  /* the first byte before strlen(): most tokens are asked of long tables
     (honorific_len(): every token, some seventy words) */
  const char *t = tok_text(f, i);
  size_t len = tok_len(f, i);
  for (size_t k = 0; k < n; ++k)
    if (words[k][0] == t[0] && strlen(words[k]) == len && !memcmp(t, words[k], len))
      return 1;
  return 0;
}

/* Tokens [a, b) are joined by single spaces (or nothing, for "St." ".")? */
int finder_contiguous(const finder *f, size_t a, size_t b);
/* No token of [a, b) is taken by a mention yet? */
int finder_free_run(const finder *f, size_t a, size_t b);
/* A new mention with no office or jurisdiction. */
skg_mention finder_new_mention(skg_mention_kind kind, int ref, skg_span span);
/* Add `m`, covering tokens [a, b). */
skg_status finder_claim(finder *f, size_t a, size_t b, skg_mention m);
/* The best table reading of tokens [a, b) among `kinds` (bits of skg_name_kind). */
int finder_best_reading(const finder *f, size_t a, size_t b, unsigned kinds, int *possessive,
                        skg_name_ref *best);
/* The tokens of mention m: its first, and the one after its last. */
size_t finder_first_token(const finder *f, int m);
size_t finder_end_token(const finder *f, int m);

/* mentions_people.c: offices written in lowercase beside whose they are,
   then people. */
skg_status skg_find_lowercase_offices(finder *f);
skg_status skg_find_people(finder *f);

/* mentions_orgs.c: organizations the tables do not know, recognised by the
   way the genre names them and their meetings; then their other mentions. */
skg_status skg_find_shaped_orgs(finder *f);

#endif
