/* extract.h - facts read from a report's sentences, each with its evidence,
   and the extractors that read them (one file per relation). */
#ifndef SKG_EXTRACT_H
#define SKG_EXTRACT_H

#include "mentions.h"

/* A value of a fact.  Entities from the tables are rows; people, venues and
   document titles are spans of the normalised text, given canonical names by
   the resolver. */
typedef enum {
  SKG_V_NONE,
  SKG_V_COUNTRY,      /* ref: countries row */
  SKG_V_CITY,         /* ref: cities row */
  SKG_V_ORG,          /* ref: orgs row */
  SKG_V_PERSON,       /* span: a name as written; ref: person index after resolution */
  SKG_V_VENUE,        /* span */
  SKG_V_DOCUMENT,     /* span: a declaration's title */
  SKG_V_DATE,         /* num: yyyymmdd */
  SKG_V_INT,          /* num */
  SKG_V_OFFICE,       /* ref: offices row */
  SKG_V_IN_PERSON,
  SKG_V_VIRTUAL,
  SKG_V_COMPLETED,
  SKG_V_EXPECTED,
} skg_value_kind;

typedef struct {
  skg_value_kind kind;
  int            ref;
  long           num;
  skg_span       span;
} skg_value;

typedef enum {
  SKG_F_SUMMIT,              /* a: org, b: edition (INT) or NONE: the summit is reported on */
  SKG_F_START_DATE,          /* a: date */
  SKG_F_END_DATE,            /* a: date */
  SKG_F_HOST_CITY,           /* a: city */
  SKG_F_VENUE,               /* a: venue */
  SKG_F_MODE,                /* a: IN_PERSON or VIRTUAL */
  SKG_F_CHAIR,               /* a: person */
  SKG_F_ATTENDANCE,          /* a: person, b: country/org represented or NONE, c: office or NONE;
                                `planned` when announced rather than reported */
  SKG_F_PARTICIPATING_STATE, /* a: country */
  SKG_F_DECLARATION,         /* a: document */
  SKG_F_ACCESSION,           /* a: country, b: COMPLETED or EXPECTED */
  SKG_F_NEXT_PRESIDENCY,     /* a: country */
  SKG_F_OFFICE,              /* a: person, b: office, c: country or org (no summit) */
} skg_fact_kind;

typedef struct {
  skg_fact_kind kind;
  int           summit;     /* index in skg_analysis.summits, -1 for SKG_F_OFFICE */
  skg_value     a, b, c;
  int           planned;
  skg_span      evidence;   /* norm span the fact was read from */
  size_t        sentence;
  const char   *rule;       /* static: the rule's name, e.g. "chair.chaired-by" */
  double        confidence; /* in [0, 1] */
} skg_fact;

/* A summit the report is about. */
typedef struct {
  int      org;      /* orgs row */
  int      edition;  /* 0 when not stated */
  int      year;     /* of its start date, or the report's; 0 if unknown */
  int      month;    /* of its start date, 0 if unknown */
  skg_span mention;  /* where it is named first */
  size_t   sentence;
} skg_summit;

typedef struct skg_meeting_memo skg_meeting_memo;

/* Everything known about one report, stage by stage. */
typedef struct {
  skg_ctx        *ctx;
  const skg_doc  *doc;
  skg_text        text;
  skg_tokens      tokens;
  skg_mentions    mentions;
  skg_summit     *summits;
  size_t          n_summits, cap_summits;
  skg_fact       *facts;
  size_t          n_facts, cap_facts;
  /* per sentence: the first mention in it (mentions are in text order) */
  size_t         *sentence_mentions;  /* n_sentences + 1 entries */
  /* per sentence, once the summits are known: does it speak of the report's
     summit (skg_sentence_about_summit())?  NULL before */
  unsigned char  *about_summit;
  /* several meetings reported one after another: per sentence, the summit
     whose part of the report it is (NULL when there is one summit); the
     extractors run once per summit, `focus` the one they read for */
  int            *section;
  size_t          focus;
  /* skg_sentence_other_meeting()'s answers, kept for the summit in focus
     (extract_summit.c): several extractors ask it of the same sentence.
     Owned by the analysis: made by skg_extract() once the sentences are
     known, freed by skg_analysis_release(); NULL before (then nothing is
     kept).  A pointer, so that the extractors' const analysis can fill it. */
  skg_meeting_memo *other_meeting;
} skg_analysis;

/** Zero `an` for `doc` (borrowed until release); allocates nothing. */
void skg_analysis_init(skg_analysis *an, skg_ctx *ctx, const skg_doc *doc);
void skg_analysis_release(skg_analysis *an);

/** Run text, mentions and every extractor over an->doc.
    @return SKG_OK or SKG_ERR_NOMEM (after a message). */
skg_status skg_extract(skg_analysis *an);

/* ---- for the extractors ---- */

skg_status skg_add_fact(skg_analysis *an, skg_fact f);
skg_value skg_value_ref(skg_value_kind kind, int ref);
skg_value skg_value_span(skg_value_kind kind, skg_span span);
skg_value skg_value_num(skg_value_kind kind, long num);

/* Mentions of sentence s are items [first, last). */
void skg_sentence_mentions(const skg_analysis *an, size_t s, size_t *first, size_t *last);
/* Case-insensitive search for `word` (a phrase) in norm [from, to), at word
   boundaries; returns its offset or (size_t)-1. */
size_t skg_find_phrase(const skg_analysis *an, size_t from, size_t to, const char *phrase);
/* Where `text` first occurs in norm [from, to), case-insensitively, inside
   words too; (size_t)-1 if nowhere.  Searches the case-folded copy. */
size_t skg_find_text(const skg_analysis *an, size_t from, size_t to, const char *text);
/* Do mentions [first, last) name the organization of the summit in focus? */
int skg_mentions_name_summit_org(const skg_analysis *an, size_t first, size_t last);
/* Does sentence s name it? */
int skg_sentence_names_summit_org(const skg_analysis *an, size_t s);
/* Does norm `part` name a year (a whole four-digit word, 1900 on) before `year`? */
int skg_year_before_in(const skg_analysis *an, skg_span part, int year);
/* Is any of `phrases` in norm [from, to), at word boundaries? */
int skg_find_any(const skg_analysis *an, size_t from, size_t to, const char *const *phrases, size_t n);
/* Does norm [from, to) end with `phrase` (case-insensitive, spaces trimmed)? */
int skg_ends_with_phrase(const skg_analysis *an, size_t from, size_t to, const char *phrase);
/* ... with one of `phrases`? */
int skg_ends_with_any(const skg_analysis *an, size_t from, size_t to, const char *const *phrases, size_t n);
/* Is norm offset `at` inside double quotes within sentence s? */
int skg_in_quotes(const skg_analysis *an, size_t s, size_t at);
/* Does sentence s speak of the future or of a plan ("will attend", "expected to")? */
int skg_sentence_is_plan(const skg_analysis *an, size_t s, size_t from, size_t to);

/* ---- cues.c: the phrases of data/cues.tsv in a sentence ---- */

typedef struct {
  size_t         at, end;   /* norm offsets of the phrase */
  const skg_cue *cue;
} skg_cue_hit;

/* Every cue of `relation` in `sent`, up to `max`; a cue inside a longer one
   ("attended" in "attended by") is the longer one's.  Returns the count. */
size_t skg_cue_hits(const skg_analysis *an, skg_span sent, skg_cue_relation relation,
                    skg_cue_hit *out, size_t max);
/* Does cue `h` of a sentence whose mentions are [first, last) point at the
   person mention k? */
int skg_cue_points_at(const skg_analysis *an, const skg_cue_hit *h, size_t first, size_t last, size_t k);
/* Are person phrases a and b (a first) joined as one list ("A, B and C")? */
int skg_same_list(const skg_analysis *an, const skg_mention *a, const skg_mention *b);

/* The extractors, in the order they run: summits first, as every other fact is about one. */
skg_status skg_extract_summits(skg_analysis *an);
skg_status skg_extract_dates(skg_analysis *an);
skg_status skg_extract_places(skg_analysis *an);
skg_status skg_extract_chairs(skg_analysis *an);
skg_status skg_extract_attendees(skg_analysis *an);
skg_status skg_extract_offices(skg_analysis *an);
skg_status skg_extract_documents(skg_analysis *an);
skg_status skg_extract_membership(skg_analysis *an);
/* Does sentence s speak of the report's summit (by name or as "the summit")? */
int skg_sentence_about_summit(const skg_analysis *an, size_t s);
/** Is sentence s in the part of the report about the summit in focus? */
static inline int
skg_sentence_in_focus(const skg_analysis *an, size_t s)
{
  return !an->section || an->section[s] == (int)an->focus;
}
/* Does sentence s itself name a meeting: the summit's organization with a
   meeting word, or "the summit", "the talks"? */
int skg_sentence_names_meeting(const skg_analysis *an, size_t s);
/* Answer skg_sentence_about_summit() for every sentence in one pass (run
   after the summits are found): asked sentence by sentence, a paragraph of
   thousands of sentences (a report on one line) cost their square.
   @return SKG_OK or SKG_ERR_NOMEM. */
skg_status skg_index_about_summit(skg_analysis *an);
/* Where sentence part `sent` says "next" of another meeting ("the next
   summit"), not of a span of time ("for the next year"); (size_t)-1 if not. */
size_t skg_find_next_meeting(const skg_analysis *an, skg_span sent);
/* Do the words of sentence part `part` turn to another meeting ("next",
   "previous", "Separately", a ministers' meeting, a business forum)? */
int skg_other_meeting_words(const skg_analysis *an, skg_span part);
/* Does sentence s speak of another meeting: a next or previous one, another
   edition, another year or month? */
int skg_sentence_other_meeting(const skg_analysis *an, size_t s);
/** New: room for skg_sentence_other_meeting()'s answers on `n_sentences`
    sentences, none known; NULL when out of memory.  Free with
    skg_meeting_memo_free() (NULL is fine). */
skg_meeting_memo *skg_meeting_memo_new(size_t n_sentences);
void skg_meeting_memo_free(skg_meeting_memo *memo);
/** The clause of `sent` around offset `at`: between the words that join
    clauses (";", " but ", " after ", and unless `narrow` ", and ", ", while ",
    ": ", " - "). */
skg_span skg_clause_at(const skg_analysis *an, skg_span sent, size_t at, int narrow);
/** Does the clause of sentence s around offset `at` speak of another meeting
    ("chaired by A, and Morocco will host the next summit": A's clause does not)? */
int skg_clause_other_meeting(const skg_analysis *an, size_t s, size_t at);

#endif
