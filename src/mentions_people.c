/* mentions_people.c - people, by the shape of what names them: an office
   phrase, forms of address and a name in either order, with whose office it
   is beside them ("President X of Y", "Kazakh President X", "X, President of
   Y", "the President of Y, H.E. X", "Y's X", "X (Y)"), then every other
   occurrence of a name already found.  Forms of address are not part of the
   name; the office keeps the title.  Cities are found after people, so that
   "Milan" in "President Milan X" is a name. */
#include "mentions_find.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int
is_particle(const finder *f, size_t i)
{
  static const char *const particles[] = {"da", "de", "dos", "das", "do", "del", "della", "di",
                                          "du", "van", "von", "der", "den", "bin", "ibn", "al",
                                          "el", "la", "le", "ben", "bint", "y", "ould", "ag",
                                          "e", "ter", "te", "zu", "af", "binti", "wa"};
  return word_in(f, i, particles, SKG_COUNT(particles));
}

/* Forms of address before a name, not part of it: "H.E.", "Dr", "Sheikh",
   "Shri", "Justice", "the Reverend", "Ratu", "Datuk Seri", "Tan Sri"; and the multi-word ones, "His Excellency", "Her
   Majesty", "His Royal Highness", "Your Excellency", "the Honourable", "The
   Most Honourable", "the Right Honourable".  Returns how many tokens the form at i takes
   (its dots included), 0 if none. */
static size_t
honorific_len(const finder *f, size_t i)
{
  static const char *const single[] = {
    "Sheikh", "Sheikha", "Sayyid", "Ambassador", "Amb", "Dr", "Mr", "Mrs", "Ms", "Mme", "Prince",
    "Princess", "Sir", "Dame", "Madam", "Madame", "Professor", "Prof", "H.E.", "H.E", "HE",
    "Excellency", "Honourable", "Honorable", "Hon", "Shri", "Smt", "Shrimati", "Justice", "Engr",
    "Eng", "Datuk", "Dato", "Seri", "Tun", "Haji", "Hajji", "Pehin", "Lyonchhen", "Lyonpo", "Dasho",
    "Commodore", "General", "Gen", "Colonel", "Col", "Lt", "Marshal", "Senator", "Sen", "Captain",
    "Capt", "Lieutenant", "Brigadier", "Admiral", "Commander",
    "Alhaji", "Samdech", "Mwalimu", "Rt", "Reverend", "Rev", "Ratu", "Tunku", "Tengku", "Pastor",
    "Bishop", "Archbishop", "Cardinal", "Monsignor", "Baroness"};
  static const char *const lead[] = {"His", "Her", "Your", "The", "the", "Most", "Right", "Royal",
                                     "Very", "Field"};
  size_t j = i, n = 0;
  while (j < f->toks->count && f->owner[j] < 0) {
    if (word_in(f, j, single, SKG_COUNT(single))) {
      ++j;
      if (tok_is(f, j, ".")) /* "Dr. A", "Hon. B" */
        ++j;
      else if (tok_is(f, j, "'") && tok_is(f, j - 1, "Dato")) /* "Dato' Seri A" */
        ++j;
      n = j - i;
      continue;
    }
    /* "Samdech Thipadei", "Samdech Moha Bovor Thipadei": Khmer styles, only after another */
    static const char *const after_style[] = {"Thipadei", "Moha", "Bovor"};
    if (n > 0 && n == j - i && word_in(f, j, after_style, SKG_COUNT(after_style))) {
      ++j;
      n = j - i;
      continue;
    }
    /* "Datuk Sri", "Tan Sri": "Sri" is a first name too ("Sri Mulyani"), "Tan" a surname */
    if ((tok_is(f, j, "Sri") && n > 0 && n == j - i) || (tok_is(f, j, "Tan") && tok_is(f, j + 1, "Sri"))) {
      j += tok_is(f, j, "Tan") ? 2 : 1;
      n = j - i;
      continue;
    }
    if (word_in(f, j, lead, SKG_COUNT(lead)) || tok_is(f, j, "Majesty") || tok_is(f, j, "Highness")) {
      ++j;
      if (tok_is(f, j - 1, "Majesty") || tok_is(f, j - 1, "Highness"))
        n = j - i;
      continue;
    }
    break;
  }
  return n;
}

/* The first token after forms of address at i ("Sheikh Khalil bin Saif"). */
static size_t
skip_honorifics(const finder *f, size_t i)
{
  return i + honorific_len(f, i);
}

/* "al-Sisi", "el-Ghazouani", "ul-Haq": a lowercase particle joined to a name. */
static int
particle_joined(const char *s, size_t len)
{
  static const char *const heads[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-",
                                      "ul-", "ud-", "ur-", "bin-", "ibn-", "d'", "al'"};
  /* every token comes here: no head can begin one that does not start
     lowercase with a '-' or '\'' in its next three bytes */
  if (len < 3 || s[0] < 'a' || s[0] > 'z')
    return 0;
  size_t near = len - 1 < 3 ? len - 1 : 3;
  if (!memchr(s + 1, '-', near) && !memchr(s + 1, '\'', near))
    return 0;
  for (size_t k = 0; k < SKG_COUNT(heads); ++k) {
    size_t n = strlen(heads[k]);
    if (len > n + 1 && !memcmp(s, heads[k], n) &&
        (isupper((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80))
      return 1;
  }
  return 0;
}

/* A token that may be part of a person's name. */
static int
name_token(const finder *f, size_t i)
{
  const skg_token *t = &f->toks->items[i];
  if (t->word && memchr(tok_text(f, i), '.', tok_len(f, i)))
    return 0; /* "H.E.", "U.S.": an abbreviation, no name */
  int joined = t->word && particle_joined(tok_text(f, i), tok_len(f, i));
  if (!t->word || (!t->cap && !joined) || (t->upper && tok_len(f, i) > 1 && !t->cap))
    return 0;
  /* all capitals: a surname as some readouts write it ("ISHIBA Shigeru"), not an acronym */
  if (t->upper && !(i + 1 < f->toks->count && f->toks->items[i + 1].cap && !f->toks->items[i + 1].upper) &&
      !(i > 0 && f->toks->items[i - 1].cap && !f->toks->items[i - 1].upper))
    return 0;
  int o = f->owner[i];
  if (o >= 0 && f->out->items[o].kind != SKG_M_CITY)
    return 0;
  return !skg_is_common_capitalized(tok_text(f, i), tok_len(f, i));
}

/* "II" in "Abdullah II", "VI" in "Felipe VI": a regnal number. */
static int
regnal_number(const finder *f, size_t i)
{
  static const char *const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                         "XI", "XII", "Jr", "Sr"};
  return word_in(f, i, numerals, SKG_COUNT(numerals));
}

/* "R." in "Joseph R. Biden", "N." in "N. Golliyev": an initial and its dot. */
static int
initial_at(const finder *f, size_t i)
{
  return i + 2 < f->toks->count && tok_len(f, i) == 1 && isupper((unsigned char)tok_text(f, i)[0]) &&
         tok_is(f, i + 1, ".") && name_token(f, i + 2) && finder_contiguous(f, i, i + 3);
}

/* "K.A." in "K.A. Zhunusov", "R.Sh." in "R.Sh. Nazarzoda": initials run
   together as one token (with its last dot, or that dot the next token),
   then a name word.  Returns the tokens the initials take (1 or 2), or 0.
   Not a form of address ("H.E.") nor a place ("U.S."). */
static size_t
joined_initials_at(const finder *f, size_t i)
{
  const char *s = tok_text(f, i);
  size_t len = tok_len(f, i), k = 0, letters = 0;
  if (!f->toks->items[i].word || f->owner[i] >= 0 || tok_is(f, i, "H.E.") || tok_is(f, i, "H.E"))
    return 0;
  while (k < len) {
    if (!isupper((unsigned char)s[k]))
      return 0;
    ++k, ++letters;
    if (k < len && islower((unsigned char)s[k]))
      ++k; /* "Sh" */
    if (k < len && s[k] != '.')
      return 0;
    k += k < len;
  }
  size_t taken = 1 + (s[len - 1] != '.' && tok_is(f, i + 1, "."));
  if (letters < 2 || (s[len - 1] != '.' && taken == 1) || !name_token(f, i + taken) ||
      !finder_contiguous(f, i, i + taken + 1))
    return 0;
  return taken;
}

/* The run of name tokens starting at token i (particles, initials and
   regnal numbers allowed inside): returns its end, i if none.  At most 6 words. */
static size_t
name_run(const finder *f, size_t i)
{
  size_t b = i, words = 0;
  /* in a headline ("President A B Addresses Summit") capitals do not end a name:
     take two words, and let the resolver join them to the full name */
  size_t max_words = f->headline[i] ? 2 : 8;
  while (b < f->toks->count && words < max_words && finder_contiguous(f, i, b + 1)) {
    if (b == i && (tok_is(f, b, "Sheikh") || tok_is(f, b, "Sheikha")) && b + 1 < f->toks->count &&
        name_token(f, b + 1) && f->owner[b] < 0) {
      ++b; /* "Sheikh Hasina": kept where it is all of the name but one word */
      ++words;
    } else if (initial_at(f, b)) {
      b += 2;
      ++words;
    } else if (b > i && (tok_is(f, b, "St") || tok_is(f, b, "Ste")) && tok_is(f, b + 1, ".") &&
               b + 2 < f->toks->count && name_token(f, b + 2) && finder_contiguous(f, b, b + 3)) {
      b += 3; /* "Vincent St. Jean" */
      words += 2;
    } else if (b > i + 1 && f->toks->items[b].word && f->toks->items[b].upper && f->toks->items[b - 1].upper &&
               !f->toks->items[b - 2].upper && f->owner[b] < 0 && tok_len(f, b) > 1 &&
               !skg_is_common_capitalized(tok_text(f, b), tok_len(f, b))) {
      ++b; /* "Joseph NGOUE ESSOMBA": a surname of two words in capitals */
      ++words;
    } else if (b == i && joined_initials_at(f, b)) {
      b += joined_initials_at(f, b);
      ++words;
    } else if (name_token(f, b)) {
      ++b;
      ++words;
    } else if (b > i && tok_is(f, b, "'") && b + 1 < f->toks->count && name_token(f, b + 1) &&
               finder_contiguous(f, b, b + 2)) {
      b += 2; /* "Mohammed Shia' Al Sudani": a transliteration's apostrophe */
      ++words;
    } else if (b > i && regnal_number(f, b) && f->owner[b] < 0) {
      ++b;
      ++words;
    } else if (b > i && is_particle(f, b) && b + 1 < f->toks->count && name_token(f, b + 1) &&
               finder_contiguous(f, b, b + 2)) {
      b += 2;
      words += 2;
    } else if (b > i && is_particle(f, b) && b + 2 < f->toks->count && is_particle(f, b + 1) &&
               name_token(f, b + 2) && finder_contiguous(f, b, b + 3)) {
      b += 3; /* "Willem van der Linden", "Ursula von der Leyen" */
      words += 3;
    } else
      break;
  }
  return b;
}

/* A body of a jurisdiction named after it: "the ECOWAS Commission", "the
   AU (AU) Commission", "the CSTO Collective Security Council".  Returns the
   token after it, or i. */
static size_t
skip_body_tail(const finder *f, size_t i)
{
  static const char *const bodies[] = {"Commission", "Secretariat", "Council", "Parliament",
                                       "Assembly", "Court", "Cabinet", "Commission's"};
  size_t j = i;
  if (tok_is(f, j, "(") && j + 2 < f->toks->count && tok_is(f, j + 2, ")"))
    j += 3; /* "(AU)"; "the Organisation of La Francophonie (OIF), A": the acronym is part of it */
  if (word_in(f, j, bodies, SKG_COUNT(bodies)))
    return j + 1;
  return j;
}

/* "of [the] COUNTRY|ORG" at token i: sets the jurisdiction and returns the
   token after it, or i. */
static size_t
of_jurisdiction(const finder *f, size_t i, int *jur_kind, int *jur_ref)
{
  if (!tok_is(f, i, "of"))
    return i;
  size_t j = i + 1;
  if (tok_is(f, j, "the"))
    ++j;
  int m;
  if ((m = mention_at(f, j, SKG_M_COUNTRY)) >= 0 || (m = mention_at(f, j, SKG_M_ORG)) >= 0 ||
      (m = mention_at(f, j, SKG_M_BODY)) >= 0) {
    *jur_kind = f->out->items[m].kind == SKG_M_BODY ? SKG_M_ORG : (int)f->out->items[m].kind;
    *jur_ref = f->out->items[m].ref;
    while (j < f->toks->count && f->owner[j] == m)
      ++j;
    return skip_body_tail(f, j);
  }
  return i;
}

/* "(Ghana)" or "for Ghana" after a name at token i: sets the jurisdiction
   and returns the token after it, or i. */
static size_t
country_after(const finder *f, size_t i, int *jur_kind, int *jur_ref)
{
  int m;
  if (tok_is(f, i, "(") && (m = mention_at(f, i + 1, SKG_M_COUNTRY)) >= 0) {
    size_t e = finder_end_token(f, m);
    if (!tok_is(f, e, ")"))
      return i;
    *jur_kind = SKG_M_COUNTRY;
    *jur_ref = f->out->items[m].ref;
    return e + 1;
  }
  if (tok_is(f, i, "for") && (m = mention_at(f, i + 1, SKG_M_COUNTRY)) >= 0) {
    size_t e = finder_end_token(f, m);
    /* "Museveni for Uganda," in a list; not "voted for Kenya's bid" */
    if (e < f->toks->count && !tok_is(f, e, ",") && !tok_is(f, e, ";") && !tok_is(f, e, "and") &&
        !tok_is(f, e, "as") && !tok_is(f, e, ".") && !tok_is(f, e, ")"))
      return i;
    *jur_kind = SKG_M_COUNTRY;
    *jur_ref = f->out->items[m].ref;
    return e;
  }
  return of_jurisdiction(f, i, jur_kind, jur_ref);
}

/* Could token w be a word of a portfolio ("Economic Affairs", "European
   Integration", "Overseas Territories"), not of a name? */
static int
portfolio_word(const finder *f, size_t w)
{
  static const char *const endings[] = {"ies", "ion", "ions", "ment", "an", "al", "ics"};
  if (w >= f->toks->count || !f->toks->items[w].cap)
    return 0;
  if (f->owner[w] >= 0) {
    skg_mention_kind k = f->out->items[f->owner[w]].kind;
    return k == SKG_M_ADJECTIVE || k == SKG_M_COUNTRY;
  }
  const char *t = tok_text(f, w);
  size_t n = tok_len(f, w);
  if (skg_is_common_capitalized(t, n))
    return 1;
  for (size_t i = 0; i < SKG_COUNT(endings); ++i) {
    size_t k = strlen(endings[i]);
    if (n > k + 2 && !memcmp(t + n - k, endings[i], k))
      return 1;
  }
  return 0;
}

/* Do tokens i and j stand in one sentence ("United States" as a heading is
   not whose "President" the next line's is)? */
static int
same_sentence(const finder *f, size_t i, size_t j)
{
  return skg_text_sentence_at(f->text, f->toks->items[i].span.start) ==
         skg_text_sentence_at(f->text, f->toks->items[j].span.start);
}

/* A capitalised word no mention has taken. */
static int
free_capital(const finder *f, size_t w)
{
  return w < f->toks->count && f->toks->items[w].cap && f->owner[w] < 0;
}

/* From token i, capitalised words and commas up to "and" and a portfolio
   word: the rest of a list of portfolios ("Water and Ecological Transition")? */
static int
portfolio_list_goes_on(const finder *f, size_t i)
{
  for (size_t w = i; w < f->toks->count && w < i + 12; ++w) {
    if (tok_is(f, w, "and"))
      return w > i && portfolio_word(f, w + 1);
    if (!free_capital(f, w) && !tok_is(f, w, ","))
      return 0;
  }
  return 0;
}

/* "for Economic Affairs", "of the European Commission" at token i, before a
   name of two words or a comma: the token after the portfolio or the body,
   or i. */
static size_t
portfolio_end(const finder *f, size_t i)
{
  if (!tok_is(f, i, "for") && !tok_is(f, i, "of"))
    return i;
  size_t w = i + 1 + (tok_is(f, i, "of") && (tok_is(f, i + 1, "the") || tok_is(f, i + 1, "its")));
  size_t first = w;
  int listed = 0; /* "of Environment, Water and Ecological Transition" */
  for (; w < f->toks->count && same_sentence(f, i, w);) {
    if (portfolio_word(f, w) || (listed && free_capital(f, w)))
      ++w;
    else if (tok_is(f, w, "and") && (portfolio_word(f, w + 1) || (listed && free_capital(f, w + 1))))
      ++w;
    else if (w > first && tok_is(f, w, ",") && portfolio_list_goes_on(f, w + 1))
      listed = 1, ++w;
    else
      break;
  }
  /* the name keeps two words: "for Trade Roman Kalinin" is not a portfolio of three */
  while (!listed && w > first && !tok_is(f, w, ",") && name_run(f, w) < w + 2)
    --w;
  return w > first && !tok_is(f, w - 1, "and") ? w : i;
}

/* After an office and whose it is: more of the office ("of the Revolutionary
   Council", "of the Cabinet of Ministers") and further offices joined by
   "and" ("Crown Prince and Prime Minister", "President of Zanzibar and
   Chairman of ..."), each "of COUNTRY" setting the jurisdiction.  Returns
   the token after the chain, or i. */
static size_t
office_chain(const finder *f, size_t i, int *jur_kind, int *jur_ref)
{
  size_t j = i;
  for (int rounds = 0; rounds < 8 && j < f->toks->count; ++rounds) {
    size_t k = of_jurisdiction(f, j, jur_kind, jur_ref);
    if (k > j) {
      j = k;
      continue;
    }
    if (tok_is(f, j, "of")) {
      /* "of the Cabinet of Ministers": common capitalised words only */
      size_t e = j + 1 + tok_is(f, j + 1, "the"), w = e;
      while (w < f->toks->count && f->owner[w] < 0 && f->toks->items[w].cap &&
             skg_is_common_capitalized(tok_text(f, w), tok_len(f, w))) {
        ++w;
        /* "of Economy and Finance" */
        if (tok_is(f, w, "and") && w + 1 < f->toks->count && f->owner[w + 1] < 0 && f->toks->items[w + 1].cap &&
            skg_is_common_capitalized(tok_text(f, w + 1), tok_len(f, w + 1)))
          ++w;
      }
      /* "of the European Commission A B"; "of Environment, Water and
         Ecological Transition": a list of portfolios goes further */
      size_t p = portfolio_end(f, j);
      if (w == e || p > w)
        w = p;
      if (w > e) {
        j = w;
        continue;
      }
      break;
    }
    /* "Minister of State for Europe A B", "Vice President for Economic
       Affairs A B": the portfolio is the office's */
    size_t p = portfolio_end(f, j);
    if (p > j) {
      j = p;
      continue;
    }
    int m;
    /* "Ambassador of Turkmenistan to Bishkek", "ambassador to Pakistan": where the envoy serves */
    if (tok_is(f, j, "to") && j + 1 < f->toks->count) {
      skg_name_ref ref;
      int possessive;
      size_t e = j + 1;
      if ((m = mention_at(f, e, SKG_M_COUNTRY)) >= 0)
        e = finder_end_token(f, m);
      else
        for (size_t w = j + 4 < f->toks->count ? j + 4 : f->toks->count; w > j + 1 && e == j + 1; --w)
          if (finder_contiguous(f, j + 1, w) &&
              finder_best_reading(f, j + 1, w, 1u << SKG_NAME_CITY, &possessive, &ref))
            e = w;
      if (e > j + 1) {
        j = e;
        continue;
      }
      break;
    }
    if (tok_is(f, j, "and") && (m = mention_at(f, j + 1, SKG_M_OFFICE)) >= 0) {
      j = finder_end_token(f, m);
      continue;
    }
    break;
  }
  return j;
}

static skg_status
add_person(finder *f, size_t a, size_t b, int office, int jur_kind, int jur_ref, skg_span extent)
{
  /* city readings inside the name give way to the person */
  for (size_t i = a; i < b; ++i)
    if (f->owner[i] >= 0)
      f->out->items[f->owner[i]].kind = SKG_M_PERSON, f->out->items[f->owner[i]].span.end = 0;
  skg_span name = {f->toks->items[a].span.start, f->toks->items[b - 1].span.end};
  /* "Narendra Modi's visit": the name without its possessive */
  if (name.end - name.start > 2 && !memcmp(f->text->norm.data + name.end - 2, "'s", 2))
    name.end -= 2;
  skg_mention m = finder_new_mention(SKG_M_PERSON, -1, name);
  m.office = office;
  m.jur_kind = jur_kind;
  m.jur_ref = jur_ref;
  m.extent = extent;
  return finder_claim(f, a, b, m);
}

/* "former", "outgoing", "foreign" before an office ("A, foreign Minister of
   Azerbaijan"): part of the phrase, not of whose office it is. */
static size_t
office_modifiers_before(const finder *f, size_t a)
{
  static const char *const words[] = {"former", "outgoing", "incoming", "foreign", "acting",
                                      "interim", "then", "new", "current", "newly-elected",
                                      "elected", "deputy", "vice", "current", "permanent"};
  while (a > 0 && f->owner[a - 1] < 0 &&
         (word_in(f, a - 1, words, SKG_COUNT(words)) || tok_is(f, a - 1, "Deputy") ||
          tok_is(f, a - 1, "Former") || tok_is(f, a - 1, "Acting")))
    --a;
  return a;
}

/* The name after forms of address at j; "Sheikh" stays when it is all of
   the name but one word ("Sheikh Hasina"). */
static size_t
name_start_after_honorifics(const finder *f, size_t j)
{
  size_t n = skip_honorifics(f, j);
  if (n > j && name_run(f, n) == n + 1 && (tok_is(f, n - 1, "Sheikh") || tok_is(f, n - 1, "Sheikha")))
    return n - 1;
  return n;
}

/* The name before ", [the] OFFICE" that ends at token `end` (the comma), or
   `end` if none: "Kassym-Jomart Tokayev, President of Kazakhstan". */
static size_t
name_before_comma(const finder *f, size_t end)
{
  size_t start = end;
  for (;;) {
    while (start > 0 && end - start < 6 &&
           (name_token(f, start - 1) || (start >= 2 && is_particle(f, start - 1) && name_token(f, start - 2)) ||
            (start >= 2 && regnal_number(f, start - 1) && name_token(f, start - 2))))
      --start;
    /* "N. Golliyev": an initial before the name; "Emmanuel R. Dizon": one inside it */
    if (!(start >= 2 && start < end && end - start < 6 && tok_is(f, start - 1, ".") && tok_len(f, start - 2) == 1 &&
          isupper((unsigned char)tok_text(f, start - 2)[0])))
      break;
    start -= 2;
    if (!(start > 0 && name_token(f, start - 1)))
      break;
  }
  /* "His Excellency Professor A B, President of X": the forms of address are the phrase's, not the name's */
  size_t named = start < end ? name_start_after_honorifics(f, start) : start;
  if (named > start && named < end)
    start = named;
  return start < end && finder_contiguous(f, start, end) ? start : end;
}


/* Where forms of address before the name at token i begin ("H.E." in
   "H.E. A, President of X"), or i. */
static size_t
honorifics_before(const finder *f, size_t i)
{
  /* the earliest start whose forms of address run up to i: "His Excellency Professor" */
  for (size_t back = 6 < i ? 6 : i; back >= 1; --back)
    if (honorific_len(f, i - back) == back && same_sentence(f, i - back, i))
      return i - back;
  return i;
}

/* "King A, King of the Kingdom of Bahrain", "Prince B, Crown Prince and
   Prime Minister of Saudi Arabia": an office of a state in apposition after
   a titled name whose title said not whose.  Returns the token after it (and
   sets the office and jurisdiction), or i.  An office of an organization
   ("President A, Chairman of the Initiative") is a second hat, not the
   state's office the title names. */
static size_t
apposed_office(const finder *f, size_t i, int *office, int *jur_kind, int *jur_ref)
{
  if (!tok_is(f, i, ","))
    return i;
  size_t a = i + 1 + tok_is(f, i + 1, "the");
  int m = mention_at(f, a, SKG_M_OFFICE), kind = -1, ref = -1;
  if (m < 0)
    return i;
  size_t j = office_chain(f, finder_end_token(f, m), &kind, &ref);
  if (kind != SKG_M_COUNTRY)
    return i;
  *office = f->out->items[m].ref;
  *jur_kind = kind;
  *jur_ref = ref;
  return j;
}

/* Where capitalised words that no mention has taken and that end in a
   body's head word ("European Commission", "World Bank") begin, right before
   token a; a if there are none. */
static size_t
unknown_body_before(const finder *f, size_t a)
{
  static const char *const heads[] = {"Commission", "Council", "Bank", "Union", "Organization",
                                      "Organisation", "Fund", "Secretariat", "Parliament", "Court",
                                      "Forum", "Community", "Assembly"};
  if (a == 0 || !word_in(f, a - 1, heads, SKG_COUNT(heads)) || f->owner[a - 1] >= 0 ||
      !same_sentence(f, a - 1, a))
    return a;
  size_t s = a - 1;
  while (s > 0 && a - s < 4 && free_capital(f, s - 1) && same_sentence(f, s - 1, a) &&
         !skg_is_common_capitalized(tok_text(f, s - 1), tok_len(f, s - 1)))
    --s;
  return s;
}

/* Does a line break, and nothing else, stand between tokens a and b? */
static int
lines_meet(const finder *f, size_t a, size_t b)
{
  const char *t = f->text->norm.data;
  size_t from = f->toks->items[a].span.end, to = f->toks->items[b].span.start;
  if (to <= from)
    return 0;
  for (size_t i = from; i < to; ++i)
    if (t[i] != ' ' && t[i] != '\n')
      return 0;
  return memchr(t + from, '\n', to - from) != NULL;
}

/* One office mention: find the person it titles, and whose office it is. */
static skg_status
titled_person(finder *f, int om)
{
  size_t a = finder_first_token(f, om), b = finder_end_token(f, om);
  int jur_kind = -1, jur_ref = -1, m;
  size_t ext_start = a;
  /* "Kazakh President", "Russia's President", "Pakistan Prime Minister", "CSTO Secretary General" */
  /* "European Council President": a summit body's office is its organization's */
  if (a > 0 && same_sentence(f, a - 1, a) && ((m = mention_at(f, a - 1, SKG_M_ADJECTIVE)) >= 0 ||
                (m = mention_at(f, a - 1, SKG_M_COUNTRY)) >= 0 ||
                (m = mention_at(f, a - 1, SKG_M_ORG)) >= 0 || (m = mention_at(f, a - 1, SKG_M_BODY)) >= 0)) {
    skg_mention_kind k = f->out->items[m].kind;
    jur_kind = k == SKG_M_ADJECTIVE ? SKG_M_COUNTRY : k == SKG_M_BODY ? SKG_M_ORG : (int)k;
    jur_ref = f->out->items[m].ref;
    ext_start = finder_first_token(f, m);
  }
  /* "European Commission President A", "World Bank President B": a body the
     tables lack before the office is part of the phrase, though not whose */
  if (ext_start == a)
    ext_start = unknown_body_before(f, a);
  /* "President of [the] Russian Federation Vladimir Putin" / "President of X, Y";
     "Crown Prince and Prime Minister A of Saudi Arabia" */
  size_t j = office_chain(f, b, &jur_kind, &jur_ref);
  int jur_before = ext_start < a || (a > 0 && (tok_is(f, a - 1, "its") || tok_is(f, a - 1, "their") ||
                                               tok_is(f, a - 1, "his") || tok_is(f, a - 1, "her")));
  /* "President of X, Y"; "Qatar's emir, Sheikh K": a comma, then a name of two words or more */
  if ((j > b || jur_before) && tok_is(f, j, ",")) {
    size_t n = name_start_after_honorifics(f, j + 1);
    if (j > b || name_run(f, n) >= n + 2)
      j = n;
  } else
    j = name_start_after_honorifics(f, j);
  size_t e = name_run(f, j);
  /* not the name on the next line ("President of Senegal,\nYour Excellency A"):
     a speech's salutations are one to a line */
  if (e > j && same_sentence(f, b - 1, j)) {
    size_t k = e;
    int office = f->out->items[om].ref;
    if (jur_kind < 0 || j == b) /* "President Xi Jinping of China", "President A (Chile)" */
      k = country_after(f, e, &jur_kind, &jur_ref);
    if (jur_kind < 0)
      k = apposed_office(f, k, &office, &jur_kind, &jur_ref);
    skg_span ext = {f->toks->items[ext_start].span.start, f->toks->items[k - 1].span.end};
    return add_person(f, j, e, office, jur_kind, jur_ref, ext);
  }
  /* "Kassym-Jomart Tokayev, President of Kazakhstan": the name before ", [the] OFFICE" */
  size_t before = office_modifiers_before(f, ext_start);
  if (before > 0 && tok_is(f, before - 1, "the"))
    --before;
  if (j > b && tok_is(f, j - 1, ","))
    --j; /* the comma after "of Uzbekistan" is not part of the phrase */
  /* "A B, Minister of Regional Integration", "A B, Minister of Foreign
     Affairs": a name of two words or more before the office, even when the
     office says not whose it is (but "In Addis Ababa, the Prime Minister" is a place) */
  /* a signature: "Callum Whitaker" on a line of its own over "Prime
     Minister of Australia" */
  if (before >= 2 && j > b && lines_meet(f, before - 1, before)) {
    size_t start = name_before_comma(f, before);
    if (before - start >= 2 && (start == 0 || lines_meet(f, start - 1, start))) {
      skg_span ext = {f->toks->items[start].span.start, f->toks->items[j - 1].span.end};
      return add_person(f, start, before, f->out->items[om].ref, jur_kind, jur_ref, ext);
    }
  }
  if (before >= 2 && tok_is(f, before - 1, ",")) {
    size_t end = before - 1, start = name_before_comma(f, end);
    int whose = j > b || ext_start < a;
    skg_name_ref ref;
    int possessive, city = start < end && finder_best_reading(f, start, end, 1u << SKG_NAME_CITY, &possessive, &ref);
    if (start < end && (whose || (end - start >= 2 && !city))) {
      size_t last = j > b ? j : b; /* "A, Iraq's prime minister": the phrase ends with the office */
      size_t phrase = honorifics_before(f, start); /* "H.E. A, President of X" */
      skg_span ext = {f->toks->items[phrase].span.start, f->toks->items[last - 1].span.end};
      return add_person(f, start, end, f->out->items[om].ref, jur_kind, jur_ref, ext);
    }
  }
  return SKG_OK;
}

/* "Brazil's Jair Bolsonaro": a possessive country before a two-word name. */
static skg_status
possessive_person(finder *f, int cm)
{
  size_t b = finder_end_token(f, cm);
  size_t e = name_run(f, b);
  if (e - b < 2)
    return SKG_OK;
  skg_span ext = {f->out->items[cm].span.start, f->toks->items[e - 1].span.end};
  return add_person(f, b, e, -1, SKG_M_COUNTRY, f->out->items[cm].ref, ext);
}

/* Does token i end a list item: ";", ",", ".", "and", or the text's end? */
static int
item_end(const finder *f, size_t i)
{
  return i >= f->toks->count || tok_is(f, i, ";") || tok_is(f, i, ",") || tok_is(f, i, ".") ||
         tok_is(f, i, "and");
}

/* Does token i begin a list item: the sentence's first token, or after ";",
   ",", "and", ":"? */
static int
item_start(const finder *f, size_t i)
{
  return i == 0 || tok_is(f, i - 1, ";") || tok_is(f, i - 1, ",") || tok_is(f, i - 1, "and") ||
         tok_is(f, i - 1, ":") || !finder_contiguous(f, i - 1, i + 1);
}

/* "Venezuela, Nicolas Maduro;" at country mention cm. */
static skg_status
country_comma_person(finder *f, int cm)
{
  const skg_mention *c = &f->out->items[cm];
  if (c->kind != SKG_M_COUNTRY || c->possessive)
    return SKG_OK;
  size_t a = finder_first_token(f, cm), b = finder_end_token(f, cm);
  if (!item_start(f, a) || !tok_is(f, b, ",") || !finder_contiguous(f, a, b + 2))
    return SKG_OK;
  size_t e = name_run(f, b + 1);
  if (e - (b + 1) < 2 || !item_end(f, e) || !finder_contiguous(f, b + 1, e))
    return SKG_OK;
  skg_span ext = {c->span.start, f->toks->items[e - 1].span.end};
  return add_person(f, b + 1, e, -1, SKG_M_COUNTRY, c->ref, ext);
}

/* "| Nigeria | Ibrahim Olatunde Bello | President |": a table row, the
   country's cell, then its representative's. */
static skg_status
table_row_person(finder *f, int cm)
{
  const skg_mention *c = &f->out->items[cm];
  if (c->kind != SKG_M_COUNTRY || c->possessive)
    return SKG_OK;
  size_t a = finder_first_token(f, cm), b = finder_end_token(f, cm);
  if (a == 0 || !tok_is(f, a - 1, "|") || !tok_is(f, b, "|") || b + 1 >= f->toks->count)
    return SKG_OK;
  size_t j = skip_honorifics(f, b + 1), e = name_run(f, j);
  if (e - j < 2 || e >= f->toks->count || !tok_is(f, e, "|") || !same_sentence(f, a, e))
    return SKG_OK;
  skg_span ext = {f->toks->items[j].span.start, f->toks->items[e - 1].span.end};
  return add_person(f, j, e, -1, SKG_M_COUNTRY, c->ref, ext);
}

/* "his Mauritanian counterpart Mohamed Ould Ghazouani", "her Kenyan
   counterpart, A B": a counterpart of whose country the adjective says. */
static skg_status
counterpart_person(finder *f, int am)
{
  const skg_mention *adj = &f->out->items[am];
  if (adj->kind != SKG_M_ADJECTIVE && !(adj->kind == SKG_M_COUNTRY && adj->possessive))
    return SKG_OK;
  size_t c = finder_end_token(f, am);
  if (!tok_is(f, c, "counterpart") || f->owner[c] >= 0)
    return SKG_OK;
  size_t j = c + 1 + tok_is(f, c + 1, ",");
  size_t e = name_run(f, j);
  if (e - j < 2)
    return SKG_OK;
  skg_span ext = {adj->span.start, f->toks->items[e - 1].span.end};
  return add_person(f, j, e, -1, SKG_M_COUNTRY, adj->ref, ext);
}

static int
same_text(const finder *f, skg_span a, const char *s, size_t len)
{
  return a.end - a.start == len && !memcmp(f->text->norm.data + a.start, s, len);
}

/* Is tokens [a, b) the full name, or the first or last word, of a person found? */
static int
known_person(const finder *f, size_t a, size_t b, size_t n_mentions)
{
  const char *s = tok_text(f, a);
  size_t len = f->toks->items[b - 1].span.end - f->toks->items[a].span.start;
  for (size_t k = 0; k < n_mentions; ++k) {
    const skg_mention *m = &f->out->items[k];
    if (m->kind != SKG_M_PERSON || m->span.end == 0)
      continue;
    if (same_text(f, m->span, s, len))
      return 1;
    if (b - a != 1)
      continue;
    const char *name = f->text->norm.data + m->span.start;
    size_t name_len = m->span.end - m->span.start;
    const char *last = name + name_len;
    while (last > name && last[-1] != ' ')
      --last;
    if ((name_len > len && !memcmp(name, s, len) && name[len] == ' ') ||
        (last > name && (size_t)(name + name_len - last) == len && !memcmp(last, s, len)))
      return 1;
  }
  return 0;
}

/* "Qatar's emir", "Tunisia's president", "the president of Kazakhstan": an
   office written in lowercase counts beside a country that says whose it is
   (a lowercase "president" alone is too common to be a title). */
skg_status
skg_find_lowercase_offices(finder *f)
{
  for (size_t i = 0; i < f->toks->count; ++i) {
    const skg_token *t = &f->toks->items[i];
    if (!t->word || t->cap || f->owner[i] >= 0 || !islower((unsigned char)tok_text(f, i)[0]))
      continue;
    int m;
    int owner_before = i > 0 && (((m = mention_at(f, i - 1, SKG_M_COUNTRY)) >= 0 && f->out->items[m].possessive) ||
                                 mention_at(f, i - 1, SKG_M_ADJECTIVE) >= 0 || tok_is(f, i - 1, "its") ||
                                 tok_is(f, i - 1, "their"));
    for (size_t b = i + 4 < f->toks->count ? i + 4 : f->toks->count; b > i; --b) {
      if (!finder_contiguous(f, i, b) || !finder_free_run(f, i, b) || !f->toks->items[b - 1].word)
        continue;
      char title[96];
      size_t len = f->toks->items[b - 1].span.end - t->span.start;
      if (len >= sizeof title)
        continue;
      const char *src = tok_text(f, i);
      for (size_t k = 0; k < len; ++k) /* title case, as the tables write titles */
        title[k] = (k == 0 || src[k - 1] == ' ' || src[k - 1] == '-') && !(k >= 1 && src[k - 1] == ' ' &&
                   (!strncmp(src + k, "of ", 3) || !strncmp(src + k, "for ", 4) || !strncmp(src + k, "the ", 4)))
                     ? (char)toupper((unsigned char)src[k]) : src[k];
      skg_name_ref refs[4];
      size_t n = skg_tables_lookup(f->ctx->tables, title, len, refs, 4), office = (size_t)-1;
      /* "Senegalese presidents A and B": the plural, beside whose it is */
      if (!n && len > 1 && title[len - 1] == 's')
        n = skg_tables_lookup(f->ctx->tables, title, len - 1, refs, 4);
      for (size_t k = 0; k < n && k < 4; ++k)
        if (refs[k].kind == SKG_NAME_OFFICE)
          office = (size_t)refs[k].row;
      if (office == (size_t)-1)
        continue;
      int jur_kind = -1, jur_ref = -1;
      size_t after = of_jurisdiction(f, b, &jur_kind, &jur_ref);
      if (!owner_before && after == b)
        break;
      skg_status st = finder_claim(f, i, b, finder_new_mention(SKG_M_OFFICE, (int)office,
                                                 (skg_span){t->span.start, f->toks->items[b - 1].span.end}));
      if (st)
        return st;
      i = b - 1;
      break;
    }
  }
  return SKG_OK;
}

/* The office a capitalised plural at token i names before "of" ("the
   Presidents of", "the Prime Ministers of"), its row; *end is the token after
   it.  -1 if none.  Every token comes here: the table is asked only when
   "of" follows a capitalised word ending in "s". */
static int
plural_office_at(const finder *f, size_t i, size_t *end)
{
  for (size_t b = i + 2 < f->toks->count ? i + 2 : f->toks->count; b > i; --b) {
    const skg_token *last = &f->toks->items[b - 1];
    size_t len = last->span.end - f->toks->items[i].span.start;
    if (!f->toks->items[i].cap || !tok_is(f, b, "of") || len < 3 || f->text->norm.data[last->span.end - 1] != 's' ||
        !finder_contiguous(f, i, b) || !finder_free_run(f, i, b))
      continue;
    skg_name_ref refs[4];
    size_t n = skg_tables_lookup(f->ctx->tables, tok_text(f, i), len - 1, refs, 4);
    for (size_t k = 0; k < n && k < 4; ++k)
      if (refs[k].kind == SKG_NAME_OFFICE) {
        *end = b;
        return refs[k].row;
      }
  }
  return -1;
}

/* "the Presidents of the Federative Republic of Brazil, A; of the Eastern
   Republic of Uruguay, B; and of the Plurinational State of Bolivia, C":
   one office in the plural, then "of X, NAME" for each. */
static skg_status
plural_office_list(finder *f)
{
  for (size_t i = 0; i < f->toks->count; ++i) {
    size_t j;
    int office = f->owner[i] < 0 ? plural_office_at(f, i, &j) : -1;
    if (office < 0)
      continue;
    for (int people = 0;; ++people) {
      int kind = -1, ref = -1;
      size_t k = of_jurisdiction(f, j, &kind, &ref);
      if (k == j || kind != SKG_M_COUNTRY || !tok_is(f, k, ","))
        break;
      size_t n = name_start_after_honorifics(f, k + 1), e = name_run(f, n);
      if (e < n + 2 || !same_sentence(f, j, e - 1))
        break;
      skg_span ext = {f->toks->items[people ? j : i].span.start, f->toks->items[e - 1].span.end};
      skg_status st = add_person(f, n, e, office, kind, ref, ext);
      if (st)
        return st;
      /* "; of Y, B", "; and of Z, C", ", of Y, B" */
      j = e + (tok_is(f, e, ";") || tok_is(f, e, ","));
      j += tok_is(f, j, "and");
      if (!tok_is(f, j, "of"))
        break;
    }
  }
  return SKG_OK;
}

/* Is token i within the portfolios of an office before it ("the Minister
   of Environment, Water and Ecological Transition of Ecuador"): only
   capitalised words, commas and "and" back to "of" or "for" after an office? */
static int
inside_portfolio(const finder *f, size_t i)
{
  for (size_t w = i; w > 0 && i - w < 12; --w) {
    size_t b = w - 1;
    if ((tok_is(f, b, "of") || tok_is(f, b, "for")) && b > 0)
      return mention_at(f, b - 1, SKG_M_OFFICE) >= 0;
    if (!free_capital(f, b) && !tok_is(f, b, ",") && !tok_is(f, b, "and"))
      return 0;
  }
  return 0;
}

skg_status
skg_find_people(finder *f)
{
  skg_status plural = plural_office_list(f);
  if (plural)
    return plural;
  size_t n = f->out->count;
  for (size_t k = 0; k < n; ++k) {
    skg_status st = SKG_OK;
    if (f->out->items[k].kind == SKG_M_OFFICE)
      st = titled_person(f, (int)k);
    else if (f->out->items[k].kind == SKG_M_COUNTRY && f->out->items[k].possessive)
      st = possessive_person(f, (int)k);
    if (!st)
      st = counterpart_person(f, (int)k);
    if (!st)
      st = table_row_person(f, (int)k);
    if (st)
      return st;
  }
  /* "H.E. Paul Kagame", "Sir Michael Somare", "Mr Abdallah": a form of
     address before a name says it is someone's */
  for (size_t i = 0; i < f->toks->count; ++i) {
    if (f->owner[i] >= 0 || !honorific_len(f, i) || (i > 0 && name_token(f, i - 1)))
      continue;
    size_t j = name_start_after_honorifics(f, i), e = name_run(f, j);
    if (e == j)
      continue;
    int jur_kind = -1, jur_ref = -1;
    size_t end = country_after(f, e, &jur_kind, &jur_ref);
    skg_span ext = {f->toks->items[i].span.start, f->toks->items[end - 1].span.end};
    skg_status st = add_person(f, j, e, -1, jur_kind, jur_ref, ext);
    if (st)
      return st;
    i = end - 1;
  }
  /* "Kwame Asante-Mensah (Ghana)", "Claire Beaulieu of Canada", "Uhuru
     Kenyatta for Kenya": a name of two words or more with a country beside it */
  for (size_t i = 0; i < f->toks->count; ++i) {
    if (f->owner[i] >= 0 || !name_token(f, i) || (i > 0 && name_token(f, i - 1)) || inside_portfolio(f, i))
      continue;
    size_t e = name_run(f, i);
    if (e - i < 2 || e + 1 >= f->toks->count)
      continue;
    int jur_kind = -1, jur_ref = -1;
    size_t end = country_after(f, e, &jur_kind, &jur_ref);
    if (jur_kind != SKG_M_COUNTRY)
      continue;
    skg_span ext = {f->toks->items[i].span.start, f->toks->items[end - 1].span.end};
    skg_status st = add_person(f, i, e, -1, SKG_M_COUNTRY, jur_ref, ext);
    if (st)
      return st;
    i = end - 1;
  }
  /* "Venezuela, Nicolas Maduro; Cuba, Miguel Diaz-Canel": a list item of a
     country, a comma and a name of two words or more, ending the item */
  for (size_t k = 0; k < f->out->count; ++k) {
    skg_status st = country_comma_person(f, (int)k);
    if (st)
      return st;
  }
  /* every other occurrence of a name already found: "Xi Jinping", "Xi", "Putin" */
  size_t found = f->out->count;
  for (size_t i = 0; i < f->toks->count; ++i) {
    if (f->owner[i] >= 0 || !name_token(f, i))
      continue;
    size_t e = name_run(f, i);
    for (size_t b = e; b > i; --b) {
      /* "held in Milan" is the city even if someone is called Milan */
      skg_name_ref ref;
      int possessive;
      if (b - i == 1 && i > 0 && finder_best_reading(f, i, b, 1u << SKG_NAME_CITY, &possessive, &ref) &&
          (tok_is(f, i - 1, "in") || tok_is(f, i - 1, "at") || tok_is(f, i - 1, "to") ||
           tok_is(f, i - 1, "from")))
        continue;
      if (known_person(f, i, b, found)) {
        int jur_kind = -1, jur_ref = -1; /* "Museveni for Uganda" */
        size_t end = country_after(f, b, &jur_kind, &jur_ref);
        if (jur_kind != SKG_M_COUNTRY)
          jur_kind = -1, jur_ref = -1, end = b;
        skg_span sp = {f->toks->items[i].span.start, f->toks->items[end - 1].span.end};
        skg_status st = add_person(f, i, b, -1, jur_kind, jur_ref, sp);
        if (st)
          return st;
        break;
      }
    }
    i = e > i ? e - 1 : i;
  }
  return SKG_OK;
}

