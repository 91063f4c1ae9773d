/* tables.c - load the embedded TSV tables and index every name they hold.

   Each table is copied once and split in place, so rows point into the copy.
   The index maps exact surface forms ("Kyrgyz Republic", "Kyrgyz", "SCO",
   "Prime Minister") to what they stand for; mentions.c looks token spans up
   in it.  Case matters: "Chad" the country is not "chad". */
#include "tables.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct skg_name_entry {
  const char  *key;
  size_t       len;
  skg_name_ref ref;
  size_t       next;   /* next entry with the same key, + 1; 0 = none */
};

/* A slot keeps the high half of its key's hash beside the entry: a probe that
   meets another key is told apart without reading the entry and its key, two
   cache misses in tables of some hundred thousand names (most lookups of the
   mention stage are of spans that are no name at all). */
struct skg_name_slot {
  uint32_t entry;      /* entry index + 1, 0 = empty */
  uint32_t tag;
};

static uint32_t
slot_tag(uint64_t h)
{
  return (uint32_t)(h >> 32);
}

#define FIRST_WORD_BITS (8192 * 64)

static size_t
first_word_len(const char *s, size_t len)
{
  const char *sp = memchr(s, ' ', len);
  return sp ? (size_t)(sp - s) : len;
}

/* two bits a word, from the halves of one hash */
static void
first_word_bits(const char *s, size_t len, size_t bit[2])
{
  uint64_t h = skg_hash_bytes(s, first_word_len(s, len));
  bit[0] = (size_t)(h % FIRST_WORD_BITS);
  bit[1] = (size_t)((h >> 32) % FIRST_WORD_BITS);
}

static void
remember_first_word(skg_tables *t, const char *s, size_t len)
{
  size_t bit[2];
  first_word_bits(s, len, bit);
  for (int k = 0; k < 2; ++k)
    t->first_words[bit[k] / 64] |= 1ULL << (bit[k] % 64);
}

#define WHOLE_NAME_BITS (16384 * 64)

/* two bits a name, from far-apart bits of its hash */
static void
whole_name_bits(uint64_t hash, size_t bit[2])
{
  bit[0] = (size_t)(hash % WHOLE_NAME_BITS);
  bit[1] = (size_t)((hash >> 40) % WHOLE_NAME_BITS);
}

static void
remember_whole_name(skg_tables *t, uint64_t hash)
{
  size_t bit[2];
  whole_name_bits(hash, bit);
  for (int k = 0; k < 2; ++k)
    t->whole_names[bit[k] / 64] |= 1ULL << (bit[k] % 64);
}

static int
may_be_whole_name(const skg_tables *t, uint64_t hash)
{
  size_t bit[2];
  whole_name_bits(hash, bit);
  for (int k = 0; k < 2; ++k)
    if (!(t->whole_names[bit[k] / 64] & (1ULL << (bit[k] % 64))))
      return 0;
  return 1;
}

static int
may_be_first_word(const skg_tables *t, const char *s, size_t len)
{
  size_t bit[2];
  first_word_bits(s, len, bit);
  for (int k = 0; k < 2; ++k)
    if (!(t->first_words[bit[k] / 64] & (1ULL << (bit[k] % 64))))
      return 0;
  return 1;
}

/* Split `text` into rows of `n_cols` tab-separated fields, skipping the
   header line.  Calls `row` with the fields; returns rows read or -1. */
typedef int (*row_fn)(skg_tables *t, char **fields, size_t n);

static long
for_each_row(skg_tables *t, char *text, size_t n_cols, row_fn row)
{
  char *line = strchr(text, '\n');
  long n_rows = 0;
  char *fields[16];
  if (!line || n_cols > 16)
    return 0;
  ++line;
  while (*line) {
    char *end = strchr(line, '\n');
    if (end)
      *end = '\0';
    size_t n = 0;
    char *f = line;
    while (n < n_cols) {
      fields[n++] = f;
      char *tab = strchr(f, '\t');
      if (!tab)
        break;
      *tab = '\0';
      f = tab + 1;
    }
    while (n < n_cols)
      fields[n++] = line + strlen(line); /* short row: empty fields */
    if (*line && line[0] != '#' && row(t, fields, n_cols))
      return -1;
    ++n_rows;
    if (!end)
      break;
    line = end + 1;
  }
  return n_rows;
}

static size_t
count_lines(const char *s)
{
  size_t n = 0;
  for (; *s; ++s)
    n += *s == '\n';
  return n + 1;
}

static size_t
word_count(const char *s, size_t len)
{
  size_t n = 1;
  for (size_t i = 0; i < len; ++i)
    n += s[i] == ' ';
  return n;
}

static int
grow_index(skg_tables *t)
{
  size_t n_slots = t->n_slots ? 2 * t->n_slots : 4096;
  struct skg_name_slot *slots = calloc(n_slots, sizeof *slots);
  if (!slots)
    return -1;
  /* rehash the first entry of each chain */
  for (size_t i = 0; i < t->n_slots; ++i) {
    if (!t->slots[i].entry)
      continue;
    const struct skg_name_entry *e = &t->entries[t->slots[i].entry - 1];
    size_t h = skg_hash_bytes(e->key, e->len) & (n_slots - 1);
    while (slots[h].entry)
      h = (h + 1) & (n_slots - 1);
    slots[h] = t->slots[i];
  }
  free(t->slots);
  t->slots = slots;
  t->n_slots = n_slots;
  return 0;
}

static int
index_name(skg_tables *t, const char *key, size_t len, skg_name_kind kind, int row)
{
  if (!len)
    return 0;
  if (t->n_entries == t->cap_entries) {
    size_t cap = t->cap_entries ? 2 * t->cap_entries : 8192;
    struct skg_name_entry *p = realloc(t->entries, cap * sizeof *p);
    if (!p)
      return -1;
    t->entries = p;
    t->cap_entries = cap;
  }
  if (t->n_entries + 1 >= UINT32_MAX)
    return -1;
  if ((t->n_entries + 1) * 2 > t->n_slots && grow_index(t))
    return -1;
  uint64_t hash = skg_hash_bytes(key, len);
  uint32_t tag = slot_tag(hash);
  size_t h = hash & (t->n_slots - 1);
  while (t->slots[h].entry) {
    struct skg_name_entry *e = &t->entries[t->slots[h].entry - 1];
    if (t->slots[h].tag == tag && e->len == len && !memcmp(e->key, key, len)) {
      /* the same name again: chain it unless it says the same thing */
      for (struct skg_name_entry *c = e;; c = &t->entries[c->next - 1]) {
        if (c->ref.kind == kind && c->ref.row == row)
          return 0;
        if (!c->next)
          break;
      }
      t->entries[t->n_entries] = (struct skg_name_entry){key, len, {kind, row}, e->next};
      e->next = ++t->n_entries;
      return 0;
    }
    h = (h + 1) & (t->n_slots - 1);
  }
  t->entries[t->n_entries] = (struct skg_name_entry){key, len, {kind, row}, 0};
  t->slots[h] = (struct skg_name_slot){(uint32_t)++t->n_entries, tag};
  remember_first_word(t, key, len);
  remember_whole_name(t, hash);
  size_t words = word_count(key, len);
  if (words > t->max_words)
    t->max_words = words;
  return 0;
}

/* Index each '|'-separated name of `list` (split in place). */
static int
index_list(skg_tables *t, char *list, skg_name_kind kind, int row)
{
  while (*list) {
    char *bar = strchr(list, '|');
    size_t len = bar ? (size_t)(bar - list) : strlen(list);
    if (bar)
      *bar = '\0';
    if (index_name(t, list, len, kind, row))
      return -1;
    if (!bar)
      break;
    list = bar + 1;
  }
  return 0;
}

/* iso2 iso3 geonames_id name official_name names adjectives */
static int
country_row(skg_tables *t, char **f, size_t n)
{
  (void)n;
  int row = (int)t->n_countries++;
  t->countries[row] = (skg_country){f[0], f[1], f[2], f[3], f[4]};
  return index_name(t, f[3], strlen(f[3]), SKG_NAME_COUNTRY, row) ||
         index_name(t, f[4], strlen(f[4]), SKG_NAME_COUNTRY, row) ||
         index_list(t, f[5], SKG_NAME_COUNTRY, row) || index_list(t, f[6], SKG_NAME_ADJECTIVE, row);
}

/* geonames_id name iso2 population capital names */
static int
city_row(skg_tables *t, char **f, size_t n)
{
  (void)n;
  int row = (int)t->n_cities++;
  int names = *f[5] != '\0';
  for (const char *c = f[5]; *c; ++c)
    names += *c == '|';
  t->cities[row] = (skg_city){f[0], f[1], f[2], strtol(f[3], NULL, 10), f[4][0] == '1', -1, f[5], names};
  return index_name(t, f[1], strlen(f[1]), SKG_NAME_CITY, row) ||
         index_list(t, f[5], SKG_NAME_CITY, row);
}

/* id acronyms name names bodies summit_words source */
static int
org_row(skg_tables *t, char **f, size_t n)
{
  (void)n;
  int row = (int)t->n_orgs++;
  char *bar = strchr(f[1], '|');
  size_t acr_len = bar ? (size_t)(bar - f[1]) : strlen(f[1]);
  t->orgs[row] = (skg_org){f[0], f[2], f[1]};
  if (index_list(t, f[1], SKG_NAME_ORG, row))  /* splits f[1]: the first acronym stays */
    return -1;
  (void)acr_len;
  return index_name(t, f[2], strlen(f[2]), SKG_NAME_ORG, row) ||
         index_list(t, f[3], SKG_NAME_ORG, row) || index_list(t, f[4], SKG_NAME_BODY, row);
}

/* title variants kind */
static int
office_row(skg_tables *t, char **f, size_t n)
{
  (void)n;
  int row = (int)t->n_offices++;
  t->offices[row] = (skg_office){f[0], f[2]};
  return index_name(t, f[0], strlen(f[0]), SKG_NAME_OFFICE, row) ||
         index_list(t, f[1], SKG_NAME_OFFICE, row);
}


unsigned
skg_word_slot(const char *lower_word, size_t len)
{
  return (unsigned)(skg_hash_bytes(lower_word, len) & 511u);
}

/* The slot of a cue's first word as cues.c finds words in a sentence (runs
   of letters, digits, bytes of UTF-8 sequences and apostrophes, lowercased);
   -1 when the phrase starts with none, or with an apostrophe ("'s accession",
   which stands inside a word). */
static int
first_word_slot(const char *phrase)
{
  char first[64];
  size_t n = 0;
  while (n < sizeof first && phrase[n] &&
         (isalnum((unsigned char)phrase[n]) || (unsigned char)phrase[n] >= 0x80 || phrase[n] == '\'')) {
    first[n] = (char)tolower((unsigned char)phrase[n]);
    ++n;
  }
  if (n == 0 || n == sizeof first || phrase[0] == '\'')
    return -1;
  return (int)skg_word_slot(first, n);
}

/* relation cue side tense reach */
static int
cue_row(skg_tables *t, char **f, size_t n)
{
  static const char *const relations[] = {"attend", "represent", "absent", "chair", "speak"};
  static const char *const sides[] = {"after", "before", "around", "next", "list", "subject"};
  (void)n;
  int relation = -1, side = -1;
  for (size_t i = 0; i < SKG_COUNT(relations); ++i)
    if (!strcmp(f[0], relations[i]))
      relation = (int)i;
  for (size_t i = 0; i < SKG_COUNT(sides); ++i)
    if (!strcmp(f[2], sides[i]))
      side = (int)i;
  if (relation < 0 || side < 0 || !*f[1])
    return -1; /* a table the tests would have caught */
  /* the rule names the cue: "attendee." or "chair." and the phrase as a slug */
  static const char *const prefixes[] = {"attendee.", "attendee.", "attendee.not-", "chair.",
                                                 "attendee.speaker-"};
  skg_buf rule;
  skg_buf_init(&rule, 0);
  if (skg_buf_puts(&rule, prefixes[relation]) || skg_slug_append(&rule, f[1], strlen(f[1])) ||
      skg_buf_putc(&rule, '\0')) {
    skg_buf_release(&rule);
    return -1;
  }
  t->cues[t->n_cues++] = (skg_cue){f[1], strlen(f[1]), rule.data, (skg_cue_relation)relation,
                                   (skg_cue_side)side, !strcmp(f[3], "planned"), !strcmp(f[4], "report"),
                                   first_word_slot(f[1])};
  return 0;
}

static size_t
cue_run_of(const skg_cue *c)
{
  return c->first_word < 0 ? SKG_CUE_NO_WORD : (size_t)c->first_word;
}

/* Fill cue_order and cue_runs (tables.h) by counting: stable, so each run
   keeps the table's order.  @return 0, or -1 when out of memory. */
static int
index_cues(skg_tables *t)
{
  if (!(t->cue_order = malloc(t->n_cues * sizeof *t->cue_order + 1)))
    return -1;
  size_t at = 0;
  for (int r = 0; r < SKG_CUE_RELATIONS; ++r) {
    size_t *runs = t->cue_runs[r];
    memset(runs, 0, sizeof t->cue_runs[r]);
    for (size_t i = 0; i < t->n_cues; ++i)
      if ((int)t->cues[i].relation == r)
        ++runs[cue_run_of(&t->cues[i]) + 1];
    runs[0] = at;
    for (size_t k = 1; k <= SKG_CUE_NO_WORD + 1; ++k)
      runs[k] += runs[k - 1];
    size_t next[SKG_CUE_NO_WORD + 1];
    memcpy(next, runs, sizeof next);
    for (size_t i = 0; i < t->n_cues; ++i)
      if ((int)t->cues[i].relation == r)
        t->cue_order[next[cue_run_of(&t->cues[i])]++] = (uint32_t)i;
    at = runs[SKG_CUE_NO_WORD + 1];
  }
  return 0;
}

/* Link each city to its country row, for labels and IRIs. */
static void
link_cities(skg_tables *t)
{
  for (size_t i = 0; i < t->n_cities; ++i)
    t->cities[i].country = skg_tables_country_by_iso(t, t->cities[i].iso2);
}

skg_tables *
skg_tables_new(void)
{
  skg_tables *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  const char *texts[5] = {skg_data_countries, skg_data_cities, skg_data_organizations,
                          skg_data_offices, skg_data_cues};
  for (int i = 0; i < 5; ++i)
    if (!(t->store[i] = strdup(texts[i])))
      goto fail;
  t->countries = calloc(count_lines(t->store[0]), sizeof *t->countries);
  t->cities = calloc(count_lines(t->store[1]), sizeof *t->cities);
  t->orgs = calloc(count_lines(t->store[2]), sizeof *t->orgs);
  t->offices = calloc(count_lines(t->store[3]), sizeof *t->offices);
  t->cues = calloc(count_lines(t->store[4]), sizeof *t->cues);
  if (!t->countries || !t->cities || !t->orgs || !t->offices || !t->cues)
    goto fail;
  /* Countries first: a name that is both a country and a city ("Singapore")
     reads as the country first. */
  if (for_each_row(t, t->store[0], 7, country_row) < 0 ||
      for_each_row(t, t->store[2], 7, org_row) < 0 ||
      for_each_row(t, t->store[3], 3, office_row) < 0 ||
      for_each_row(t, t->store[1], 6, city_row) < 0 ||
      for_each_row(t, t->store[4], 5, cue_row) < 0 || index_cues(t))
    goto fail;
  link_cities(t);
  return t;
fail:
  skg_tables_free(t);
  return NULL;
}

void
skg_tables_free(skg_tables *t)
{
  if (!t)
    return;
  for (int i = 0; i < 5; ++i)
    free(t->store[i]);
  free(t->countries);
  free(t->cities);
  free(t->orgs);
  free(t->offices);
  for (size_t i = 0; t->cues && i < t->n_cues; ++i)
    free(t->cues[i].rule);
  free(t->cues);
  free(t->cue_order);
  free(t->entries);
  free(t->slots);
  free(t);
}

size_t
skg_tables_lookup(const skg_tables *t, const char *s, size_t len, skg_name_ref *out, size_t max)
{
  if (!t->n_slots || !len || !may_be_first_word(t, s, len))
    return 0;
  uint64_t hash = skg_hash_bytes(s, len);
  if (!may_be_whole_name(t, hash))
    return 0;
  uint32_t tag = slot_tag(hash);
  size_t h = hash & (t->n_slots - 1);
  while (t->slots[h].entry) {
    if (t->slots[h].tag != tag) {
      h = (h + 1) & (t->n_slots - 1);
      continue;
    }
    const struct skg_name_entry *e = &t->entries[t->slots[h].entry - 1];
    if (e->len == len && !memcmp(e->key, s, len)) {
      size_t n = 0;
      for (;;) {
        if (n < max)
          out[n] = e->ref;
        ++n;
        if (!e->next)
          return n;
        e = &t->entries[e->next - 1];
      }
    }
    h = (h + 1) & (t->n_slots - 1);
  }
  return 0;
}

int
skg_tables_country_by_iso(const skg_tables *t, const char *iso2)
{
  /* rows are sorted by iso2 */
  size_t lo = 0, hi = t->n_countries;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(t->countries[mid].iso2, iso2);
    if (!c)
      return (int)mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

int
skg_tables_country_in(const skg_tables *t, const char *s)
{
  int best = -1;
  size_t best_len = 0, len = strlen(s);
  for (size_t i = 0; i < len; ++i) {
    if (i > 0 && s[i - 1] != ' ')
      continue;
    /* every run of whole words starting here */
    for (size_t j = i + 1; j <= len; ++j) {
      if (j < len && s[j] != ' ' && s[j] != ',' && s[j] != '.')
        continue;
      skg_name_ref refs[8];
      size_t n = skg_tables_lookup(t, s + i, j - i, refs, 8);
      for (size_t k = 0; k < n && k < 8; ++k)
        if (refs[k].kind == SKG_NAME_COUNTRY && j - i > best_len) {
          best = refs[k].row;
          best_len = j - i;
        }
    }
  }
  return best;
}

int
skg_tables_capital_of(const skg_tables *t, int country)
{
  int best = -1;
  for (size_t i = 0; i < t->n_cities; ++i)
    if (t->cities[i].capital && t->cities[i].country == country &&
        (best < 0 || t->cities[i].population > t->cities[best].population))
      best = (int)i;
  return best;
}
