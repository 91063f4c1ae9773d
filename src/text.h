/* text.h - a report's text normalised and split into sentences, with a map
   back to the original bytes. */
#ifndef SKG_TEXT_H
#define SKG_TEXT_H

#include "reader.h"

typedef struct {
  skg_buf   norm;         /* one space for each run of spaces, '\n' between paragraphs
                             and lines, straight quotes for curly ones */
  size_t   *orig_start;   /* norm byte i came from doc->text bytes [orig_start[i], orig_end[i]) */
  size_t   *orig_end;
  char     *lower;        /* norm with ASCII letters in lowercase, same offsets: phrase
                             searches (skg_find_text()) run memchr() and memcmp() on it
                             rather than strncasecmp() at every byte */
  /* per SKG_WORD_BLOCK bytes of norm: a 512-bit set of the words (runs of
     letters, digits and UTF-8 bytes, lowercased) that start in the block, so
     that a phrase search rules out most ranges without a scan of them */
  uint64_t (*word_blocks)[8];
  skg_span *sentences;    /* in norm offsets, trimmed, in order */
  size_t    n_sentences, cap_sentences;
  size_t    body_start;   /* doc->body_start in norm offsets */
  const char *orig;       /* doc->text.data (borrowed), for code point offsets */
  size_t   *checkpoints;  /* code points before each SKG_CP_STEP-byte block of orig */
} skg_text;

#define SKG_CP_STEP 256
#define SKG_WORD_BLOCK 128

/** Zero `t`; allocates nothing. */
void skg_text_init(skg_text *t);
/** Free what `t` holds. */
void skg_text_release(skg_text *t);

/** Normalise doc->text and split it into sentences.
    @return SKG_OK, or SKG_ERR_NOMEM after a message. */
skg_status skg_text_build(skg_ctx *ctx, const skg_doc *doc, skg_text *t);

/** The original byte span of the norm span `s`. */
skg_span skg_text_orig_span(const skg_text *t, skg_span s);
/** Code points of the original text before its byte offset `at`: the
    position Web Annotation selectors count in.  Costs at most SKG_CP_STEP bytes. */
size_t skg_text_codepoint(const skg_text *t, size_t at);
/** The slot of a lowercase word in the sets of word_blocks. */
unsigned skg_text_word_slot(const char *lower_word, size_t len);
/* The same slot a byte at a time (FNV-1a), for a caller that reads the word
   anyway: skg_word_slot_of(step(...step(SKG_WORD_SLOT_SEED, c0)..., cn)).
   A phrase search hashes its first word as it folds it, thousands of times
   a report; the sets are per report, so the hash is nobody else's. */
#define SKG_WORD_SLOT_SEED 2166136261u
static inline uint32_t
skg_word_slot_step(uint32_t h, unsigned char c)
{
  return (h ^ c) * 16777619u;
}
static inline unsigned
skg_word_slot_of(uint32_t h)
{
  return (unsigned)((h ^ (h >> 16)) & 511u);
}
/** May a word of slot `slot` start in norm [from, to)?  0: surely not. */
int skg_text_may_hold_word(const skg_text *t, size_t from, size_t to, unsigned slot);
/** Index of the sentence holding norm offset `at` (binary search). */
size_t skg_text_sentence_at(const skg_text *t, size_t at);

#endif
