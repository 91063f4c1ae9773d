/* test_mentions.c - what sentences name: countries, adjectives,
   organizations, offices, ordinals, dates, cities and people. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "mentions.h"

static int
setup(void **state)
{
  *state = skg_ctx_new();
  return *state ? 0 : -1;
}

static int
teardown(void **state)
{
  skg_ctx_free(*state);
  return 0;
}

/* One report's text, its tokens and its mentions. */
typedef struct {
  skg_ctx     *ctx;
  skg_doc      doc;
  skg_text     text;
  skg_tokens   toks;
  skg_mentions ms;
} found;

static void
find_in(skg_ctx *ctx, const char *in, found *f)
{
  memset(f, 0, sizeof *f);
  f->ctx = ctx;
  skg_doc_init(&f->doc, "test");
  assert_int_equal(skg_buf_puts(&f->doc.text, in), SKG_OK);
  skg_text_init(&f->text);
  assert_int_equal(skg_text_build(ctx, &f->doc, &f->text), SKG_OK);
  assert_int_equal(skg_tokens_find(&f->text, &f->toks), SKG_OK);
  assert_int_equal(skg_mentions_find(ctx, &f->text, &f->toks, &f->ms), SKG_OK);
}

static void
release(found *f)
{
  skg_mentions_release(&f->ms);
  skg_tokens_release(&f->toks);
  skg_text_release(&f->text);
  skg_doc_release(&f->doc);
}

static int
span_is(const found *f, skg_span s, const char *text)
{
  return s.end - s.start == strlen(text) && !memcmp(f->text.norm.data + s.start, text, s.end - s.start);
}

/* The n-th (from 0) mention whose span is exactly `text`, of any kind; NULL if none. */
static const skg_mention *
nth_named(const found *f, const char *text, int n)
{
  for (size_t i = 0; i < f->ms.count; ++i)
    if (span_is(f, f->ms.items[i].span, text) && n-- == 0)
      return &f->ms.items[i];
  return NULL;
}

static const skg_mention *
named(const found *f, const char *text)
{
  return nth_named(f, text, 0);
}

/* How many mentions of `kind` start inside the first occurrence of `text`. */
static size_t
count_kind_within(const found *f, const char *text, skg_mention_kind kind)
{
  const char *p = strstr(f->text.norm.data, text);
  assert_non_null(p);
  size_t from = (size_t)(p - f->text.norm.data), to = from + strlen(text), n = 0;
  for (size_t i = 0; i < f->ms.count; ++i)
    n += f->ms.items[i].kind == kind && f->ms.items[i].span.start >= from &&
         f->ms.items[i].span.start < to;
  return n;
}

static const char *
iso2(const found *f, int country_row)
{
  assert_true(country_row >= 0);
  return f->ctx->tables->countries[country_row].iso2;
}

static void
assert_person(const found *f, const skg_mention *m, const char *office, const char *jur_iso2)
{
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_PERSON);
  if (office) {
    assert_true(m->office >= 0);
    assert_string_equal(f->ctx->tables->offices[m->office].title, office);
  } else
    assert_int_equal(m->office, -1);
  if (jur_iso2) {
    assert_int_equal(m->jur_kind, SKG_M_COUNTRY);
    assert_string_equal(iso2(f, m->jur_ref), jur_iso2);
  } else
    assert_int_equal(m->jur_kind, -1);
}

static void
test_mentions_in_text_order(void **state)
{
  found f;
  find_in(*state, "Leaders of Kazakhstan and the SCO met in Astana on May 4, 2025.", &f);
  assert_true(f.ms.count >= 4);
  for (size_t i = 1; i < f.ms.count; ++i)
    assert_true(f.ms.items[i - 1].span.start < f.ms.items[i].span.start);
  release(&f);
}

static void
test_country_longest_name_is_one_mention(void **state)
{
  found f;
  find_in(*state, "The Republic of Kazakhstan signed the charter.", &f);
  const skg_mention *m = named(&f, "Republic of Kazakhstan");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_COUNTRY);
  assert_string_equal(iso2(&f, m->ref), "KZ");
  assert_int_equal(count_kind_within(&f, "Republic of Kazakhstan", SKG_M_COUNTRY), 1);
  assert_null(named(&f, "Kazakhstan"));
  release(&f);
}

static void
test_adjective_names_its_country(void **state)
{
  found f;
  find_in(*state, "The Kazakh delegation and the Uzbek side arrived.", &f);
  const skg_mention *m = named(&f, "Kazakh");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ADJECTIVE);
  assert_string_equal(iso2(&f, m->ref), "KZ");
  m = named(&f, "Uzbek");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ADJECTIVE);
  assert_string_equal(iso2(&f, m->ref), "UZ");
  release(&f);
}

static void
test_possessive_country(void **state)
{
  found f;
  find_in(*state, "Brazil's delegation arrived late.", &f);
  const skg_mention *m = named(&f, "Brazil's");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_COUNTRY);
  assert_true(m->possessive);
  assert_string_equal(iso2(&f, m->ref), "BR");
  release(&f);
}

static void
test_organization_by_acronym_and_full_name(void **state)
{
  found f;
  find_in(*state, "The SCO, or Shanghai Cooperation Organization, welcomed BRICS envoys.", &f);
  const skg_mention *a = named(&f, "SCO");
  const skg_mention *b = named(&f, "Shanghai Cooperation Organization");
  const skg_mention *c = named(&f, "BRICS");
  assert_non_null(a);
  assert_non_null(b);
  assert_non_null(c);
  assert_int_equal(a->kind, SKG_M_ORG);
  assert_int_equal(b->kind, SKG_M_ORG);
  assert_int_equal(c->kind, SKG_M_ORG);
  assert_int_equal(a->ref, b->ref);
  assert_string_equal(f.ctx->tables->orgs[a->ref].id, "sco");
  assert_string_equal(f.ctx->tables->orgs[c->ref].id, "brics");
  /* one mention for the full name, not "Shanghai" the city */
  assert_int_equal(count_kind_within(&f, "Shanghai Cooperation Organization", SKG_M_CITY), 0);
  release(&f);
}

/* The organization of an ORG mention, by the id it will be minted from. */
static const char *
org_id(const found *f, const skg_mention *m)
{
  assert_true(m->kind == SKG_M_ORG || m->kind == SKG_M_BODY);
  return skg_org_names_of(f->ctx->tables, &f->ms, m->ref).id;
}

static void
test_unknown_org_by_name_and_acronym(void **state)
{
  found f;
  find_in(*state, "Leaders of the Andean Tin Producers Association (ATPA) met. ATPA said so.", &f);
  const skg_mention *name = named(&f, "Andean Tin Producers Association");
  const skg_mention *acr = nth_named(&f, "ATPA", 1);
  assert_non_null(name);
  assert_non_null(acr);
  assert_int_equal(name->kind, SKG_M_ORG);
  assert_int_equal(acr->kind, SKG_M_ORG);
  assert_int_equal(name->ref, acr->ref);
  assert_string_equal(org_id(&f, name), "atpa");
  assert_string_equal(skg_org_names_of(f.ctx->tables, &f.ms, name->ref).name,
                      "Andean Tin Producers Association");
  release(&f);
  /* letters that do not spell the name are no acronym of it */
  find_in(*state, "The Andean Tin Producers Association (XYZ) met.", &f);
  assert_null(named(&f, "Andean Tin Producers Association"));
  release(&f);
}

static void
test_unknown_org_named_by_its_meeting(void **state)
{
  found f;
  find_in(*state, "The 9th Ordinary Session of the Assembly of Heads of State and Government of the "
                  "Lake Basin Commission opened.", &f);
  const skg_mention *m = named(&f, "Lake Basin Commission");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ORG);
  assert_string_equal(org_id(&f, m), "lake-basin-commission");
  release(&f);
  find_in(*state, "The ninth Summit of the Americas opened.", &f);
  m = named(&f, "Americas");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ORG);
  assert_string_equal(org_id(&f, m), "summit-of-the-americas");
  release(&f);
  /* a place is no organization: "the Summit of the Council" neither */
  find_in(*state, "A summit of the Council met. The summit of Kenya and Uganda met.", &f);
  assert_int_equal(f.ms.n_orgs, 0);
  release(&f);
}

static void
test_summit_series_by_its_name(void **state)
{
  found f;
  find_in(*state, "The 28th Nordo-Baltic Summit and the first Andes-Pacific Leaders' Summit met, "
                  "as did the Three Seas Summit.", &f);
  const skg_mention *a = named(&f, "Nordo-Baltic");
  const skg_mention *b = named(&f, "Andes-Pacific");
  const skg_mention *c = named(&f, "Three Seas");
  assert_non_null(a);
  assert_non_null(b);
  assert_non_null(c);
  assert_string_equal(org_id(&f, a), "nordo-baltic");
  assert_string_equal(skg_org_names_of(f.ctx->tables, &f.ms, a->ref).name, "Nordo-Baltic Summit");
  assert_string_equal(skg_org_names_of(f.ctx->tables, &f.ms, a->ref).alt, "Nordo-Baltic");
  assert_string_equal(org_id(&f, c), "three-seas");
  release(&f);
  /* a city's summit, a known organization's and a meeting's qualifier name no series */
  find_in(*state, "The Riyadh Summit, the BRICS Summit and the Extraordinary Summit met.", &f);
  assert_int_equal(f.ms.n_orgs, 0);
  release(&f);
}

static void
test_unknown_acronym_at_a_meeting(void **state)
{
  found f;
  find_in(*state, "The 14th Ordinary Session of the ZIGAD Assembly opened; ZIGAD leaders spoke.", &f);
  const skg_mention *m = nth_named(&f, "ZIGAD", 1);
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ORG);
  assert_string_equal(org_id(&f, m), "zigad");
  release(&f);
  find_in(*state, "The COVID Summit and the AFP Summit met.", &f);
  assert_int_equal(f.ms.n_orgs, 0);
  release(&f);
}

static void
test_title_case_acronym_of_known_org(void **state)
{
  found f;
  find_in(*state, "The 18th Saarc Summit opened. Nam Nguyen spoke.", &f);
  const skg_mention *m = named(&f, "Saarc");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ORG);
  assert_string_equal(f.ctx->tables->orgs[m->ref].id, "saarc");
  const skg_mention *nam = named(&f, "Nam");
  assert_true(nam == NULL || nam->kind != SKG_M_ORG); /* three letters: a name */
  release(&f);
}

static void
test_summit_body(void **state)
{
  found f;
  find_in(*state, "The Council of Heads of State convened.", &f);
  const skg_mention *m = named(&f, "Council of Heads of State");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_BODY);
  release(&f);
}

static void
test_offices_longest_title(void **state)
{
  found f;
  find_in(*state, "The Prime Minister and the Acting President spoke.", &f);
  const skg_mention *pm = named(&f, "Prime Minister");
  const skg_mention *ap = named(&f, "Acting President");
  assert_non_null(pm);
  assert_non_null(ap);
  assert_int_equal(pm->kind, SKG_M_OFFICE);
  assert_int_equal(ap->kind, SKG_M_OFFICE);
  assert_string_equal(f.ctx->tables->offices[pm->ref].title, "Prime Minister");
  assert_string_equal(f.ctx->tables->offices[ap->ref].title, "Acting President");
  assert_null(named(&f, "President"));
  release(&f);
}

static void
test_ordinals_as_reports_write_them(void **state)
{
  found f;
  find_in(*state, "The 24th summit, the 19-th session, the twenty-fourth meeting and the "
                  "VIII Summit were recalled.", &f);
  static const struct { const char *text; long value; } want[] = {
    {"24th", 24}, {"19-th", 19}, {"twenty-fourth", 24}, {"VIII", 8}};
  for (size_t i = 0; i < sizeof want / sizeof *want; ++i) {
    const skg_mention *m = named(&f, want[i].text);
    assert_non_null(m);
    assert_int_equal(m->kind, SKG_M_ORDINAL);
    assert_int_equal(m->value, want[i].value);
  }
  release(&f);
}

static void
test_pronoun_i_is_not_an_ordinal(void **state)
{
  found f;
  find_in(*state, "I Think the talks went well, I said. Then I Left.", &f);
  for (size_t i = 0; i < f.ms.count; ++i)
    assert_int_not_equal(f.ms.items[i].kind, SKG_M_ORDINAL);
  release(&f);
}

static void
test_dates(void **state)
{
  found f;
  find_in(*state, "Leaders met on May 4, 2025 and again on 15-16 September in Astana.", &f);
  const skg_mention *a = named(&f, "May 4, 2025");
  const skg_mention *b = named(&f, "15-16 September");
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->kind, SKG_M_DATE);
  assert_int_equal(a->date.year, 2025);
  assert_int_equal(a->date.month, 5);
  assert_int_equal(a->date.day, 4);
  assert_int_equal(b->kind, SKG_M_DATE);
  assert_int_equal(b->date.day, 15);
  assert_int_equal(b->date.end_day, 16);
  assert_int_equal(b->date.year, 0);
  release(&f);
}

static void
test_date_at_sentence_end_leaves_full_stop(void **state)
{
  found f;
  find_in(*state, "Leaders met again on 15-16 September. Then they left.", &f);
  assert_non_null(named(&f, "15-16 September"));
  assert_null(named(&f, "15-16 September."));
  release(&f);
}

static void
test_cities_and_capitalised_dateline_city(void **state)
{
  found f;
  find_in(*state, "NAIROBI, May 3 - Leaders gathered in Bishkek and then Nairobi.", &f);
  const skg_mention *caps = named(&f, "NAIROBI");
  const skg_mention *b = named(&f, "Bishkek");
  const skg_mention *n = named(&f, "Nairobi");
  assert_non_null(caps);
  assert_non_null(b);
  assert_non_null(n);
  assert_int_equal(caps->kind, SKG_M_CITY);
  assert_int_equal(b->kind, SKG_M_CITY);
  assert_int_equal(n->kind, SKG_M_CITY);
  assert_int_equal(caps->ref, n->ref);
  assert_string_equal(f.ctx->tables->cities[b->ref].name, "Bishkek");
  release(&f);
}

static void
test_person_title_name_of_country(void **state)
{
  found f;
  find_in(*state, "President Amara Diallo of Senegal arrived on Monday.", &f);
  const skg_mention *m = named(&f, "Amara Diallo");
  assert_person(&f, m, "President", "SN");
  assert_true(span_is(&f, m->extent, "President Amara Diallo of Senegal"));
  release(&f);
}

static void
test_person_adjective_title_name(void **state)
{
  found f;
  find_in(*state, "Kazakh President Arman Seitkali spoke first.", &f);
  const skg_mention *m = named(&f, "Arman Seitkali");
  assert_person(&f, m, "President", "KZ");
  assert_true(span_is(&f, m->extent, "Kazakh President Arman Seitkali"));
  release(&f);
}

static void
test_person_after_title_of_country_comma(void **state)
{
  found f;
  find_in(*state, "The talks were opened by the President of Uzbekistan, Dilshod Karimov.", &f);
  const skg_mention *m = named(&f, "Dilshod Karimov");
  assert_person(&f, m, "President", "UZ");
  assert_true(span_is(&f, m->extent, "President of Uzbekistan, Dilshod Karimov"));
  release(&f);
}

static void
test_person_before_comma_title_of_country(void **state)
{
  found f;
  find_in(*state, "Later, Dilshod Karimov, President of Uzbekistan, left the hall.", &f);
  assert_person(&f, named(&f, "Dilshod Karimov"), "President", "UZ");
  release(&f);
}

/* A name before ", Minister of <portfolio>": a person, the office without
   whose it is; a place before ", the Prime Minister" is not */
static void
test_person_before_comma_portfolio(void **state)
{
  found f;
  find_in(*state, "Cabo Verde was represented by Amara Silva Lopes, Minister of Regional Integration.", &f);
  assert_person(&f, named(&f, "Amara Silva Lopes"), "Minister", NULL);
  release(&f);
  find_in(*state, "In Addis Ababa, the Prime Minister opened the session.", &f);
  const skg_mention *m = named(&f, "Addis Ababa");
  assert_non_null(m);
  assert_int_not_equal(m->kind, SKG_M_PERSON);
  release(&f);
}

/* A body's name inside a longer name is not that body: "the Andean
   Presidential Council" is no Presidential Council of the Maghreb Union, and
   "the Meeting of Presidents of the States Parties to the Amazon Cooperation
   Treaty" no Meeting of Presidents of SICA; "the Presidential Council of the
   Arab Maghreb Union" is its own. */
static void
test_body_inside_a_longer_name(void **state)
{
  found f;
  find_in(*state, "Leaders met for the XXII Meeting of the Andean Presidential Council in Quito.", &f);
  assert_int_equal(count_kind_within(&f, "Andean Presidential Council", SKG_M_BODY), 0);
  const skg_mention *m = named(&f, "Andean Presidential Council");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ORG);
  release(&f);
  find_in(*state, "They gathered for the VI Meeting of Presidents of the States Parties to the Amazon "
                  "Cooperation Treaty.", &f);
  assert_int_equal(count_kind_within(&f, "Meeting of Presidents", SKG_M_BODY), 0);
  m = named(&f, "Amazon Cooperation Treaty");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_ORG);
  release(&f);
  find_in(*state, "They attended the Presidential Council of the Arab Maghreb Union.", &f);
  assert_int_equal(count_kind_within(&f, "Presidential Council", SKG_M_BODY), 1);
  release(&f);
}

/* Groups the tables lack, by their acronyms at a meeting: "the B9 summit",
   "a summit of the MED9", "the NB8 meeting"; "the Weimar Triangle summit" */
static void
test_groups_by_acronym_at_a_meeting(void **state)
{
  const char *texts[] = {"Leaders came to Sofia for the annual B9 summit.", "Croatia hosted a summit of the MED9 in Split.",
                         "The NB8 meeting opened in Riga.", "The Weimar Triangle summit met in Weimar."};
  const char *names[] = {"B9", "MED9", "NB8", "Weimar Triangle"};
  for (size_t i = 0; i < 4; ++i) {
    found f;
    find_in(*state, texts[i], &f);
    const skg_mention *m = named(&f, names[i]);
    assert_non_null(m);
    assert_int_equal(m->kind, SKG_M_ORG);
    release(&f);
  }
  found f; /* a plain meeting word takes no words for a group: "the Sofia meeting" is a place's */
  find_in(*state, "The Sofia meeting opened.", &f);
  assert_int_equal(count_kind_within(&f, "Sofia", SKG_M_ORG), 0);
  release(&f);
}

/* "Senegalese presidents A and his Mauritanian counterpart B"; "Bangladesh
   Prime Minister Sheikh Hasina" (the style kept where one word is left) */
static void
test_counterpart_and_sheikh(void **state)
{
  found f;
  find_in(*state, "Senegalese presidents Amadou Ndiaye Fall and his Mauritanian counterpart Sidi Ould Baba arrived.", &f);
  assert_person(&f, named(&f, "Amadou Ndiaye Fall"), "President", "SN");
  assert_person(&f, named(&f, "Sidi Ould Baba"), NULL, "MR");
  release(&f);
  find_in(*state, "Bangladesh Prime Minister Sheikh Rahima spoke.", &f);
  assert_person(&f, named(&f, "Sheikh Rahima"), "Prime Minister", "BD");
  release(&f);
}

/* A heading's country is not whose the next line's office is, and the
   person's phrase does not reach back into it (evidence stays in its sentence). */
static void
test_heading_country_is_not_the_office_holders(void **state)
{
  found f;
  find_in(*state, "Senegal\n\nPresident Amara Diallo said the talks went well.", &f);
  const skg_mention *m = named(&f, "Amara Diallo");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_PERSON);
  assert_int_equal(m->jur_kind, -1);
  assert_true(span_is(&f, m->extent, "President Amara Diallo"));
  release(&f);
}

/* Two particles in a name ("van der"); an office's own words are no name
   ("Minister Delegate for Overseas France", "the BSEC Permanent International Secretariat") */
static void
test_double_particles_and_office_words(void **state)
{
  found f;
  find_in(*state, "NATO Secretary General Willem van der Linden also attended.", &f);
  assert_non_null(named(&f, "Willem van der Linden"));
  assert_int_equal(named(&f, "Willem van der Linden")->kind, SKG_M_PERSON);
  release(&f);
  find_in(*state, "Mrs Claire Dufresne, Minister Delegate for Overseas France, spoke.", &f);
  const skg_mention *m = named(&f, "Delegate");
  assert_true(!m || m->kind != SKG_M_PERSON);
  release(&f);
}

/* "Ambassador of Turkmenistan to Bishkek A": where an envoy serves is part of the office phrase */
static void
test_ambassador_to_a_place(void **state)
{
  found f;
  find_in(*state, "Also present was the Ambassador of Turkmenistan to Bishkek Mergen Orazov.", &f);
  assert_person(&f, named(&f, "Mergen Orazov"), "Ambassador", "TM");
  release(&f);
  find_in(*state, "Senegal's ambassador to Russia, Amara Diallo, spoke.", &f);
  assert_person(&f, named(&f, "Amara Diallo"), "Ambassador", "SN");
  release(&f);
}

/* "Bolivia, Luis Arce Mendez; Cuba, Ana Ruiz Soto": list items of a country and a name */
static void
test_country_comma_name_list_items(void **state)
{
  found f;
  find_in(*state, "Leaders in attendance: Bolivia, Luis Arce Mendez; Cuba, Ana Ruiz Soto; and Chile, Mario Rojas.", &f);
  assert_person(&f, named(&f, "Luis Arce Mendez"), NULL, "BO");
  assert_person(&f, named(&f, "Ana Ruiz Soto"), NULL, "CU");
  assert_person(&f, named(&f, "Mario Rojas"), NULL, "CL");
  release(&f);
  /* not a list item: the name goes on into the sentence */
  find_in(*state, "In Bolivia, Luis Arce Mendez Party members protested.", &f);
  const skg_mention *m = named(&f, "Luis Arce Mendez");
  assert_true(!m || m->kind != SKG_M_PERSON);
  release(&f);
}

/* "| Nigeria | Ibrahim Olatunde Bello | President |": a table row's country and the name beside it */
static void
test_table_row_country_then_name(void **state)
{
  found f;
  find_in(*state, "| Country | Represented by |\n| Nigeria | Ibrahim Olatunde Bello | President |\n"
                  "| Kenya | Daniel Kiprono Mutai | President |\n", &f);
  assert_person(&f, named(&f, "Ibrahim Olatunde Bello"), NULL, "NG");
  assert_person(&f, named(&f, "Daniel Kiprono Mutai"), NULL, "KE");
  release(&f);
  /* not a cell of its own: the name runs on */
  find_in(*state, "| Nigeria | Ibrahim Olatunde Bello said so |\n", &f);
  const skg_mention *m = named(&f, "Ibrahim Olatunde Bello");
  assert_true(!m || m->kind != SKG_M_PERSON);
  release(&f);
}

static void
test_person_extent_before_comma_title_stops_at_country(void **state)
{
  found f;
  find_in(*state, "Later, Dilshod Karimov, President of Uzbekistan, left the hall.", &f);
  const skg_mention *m = named(&f, "Dilshod Karimov");
  assert_non_null(m);
  assert_true(span_is(&f, m->extent, "Dilshod Karimov, President of Uzbekistan"));
  release(&f);
}

static void
test_person_title_of_the_country_name(void **state)
{
  found f;
  find_in(*state, "He met President of the Russian Federation Pavel Orlov.", &f);
  assert_person(&f, named(&f, "Pavel Orlov"), "President", "RU");
  const skg_mention *c = named(&f, "Russian Federation");
  assert_non_null(c);
  assert_int_equal(c->kind, SKG_M_COUNTRY);
  release(&f);
}

static void
test_person_after_possessive_country(void **state)
{
  found f;
  find_in(*state, "Brazil's Joana Ferreira also spoke.", &f);
  assert_person(&f, named(&f, "Joana Ferreira"), NULL, "BR");
  release(&f);
}

static void
test_later_bare_surname_is_person(void **state)
{
  found f;
  find_in(*state, "Dilshod Karimov, President of Uzbekistan, arrived. Karimov then spoke.", &f);
  const skg_mention *m = named(&f, "Karimov");
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_PERSON);
  release(&f);
}

static void
test_sentence_initial_the_summit_is_not_a_person(void **state)
{
  found f;
  find_in(*state, "President Amara Diallo of Senegal arrived. The Summit opened. "
                  "The Summit Declaration was adopted.", &f);
  for (size_t i = 0; i < f.ms.count; ++i)
    if (f.ms.items[i].kind == SKG_M_PERSON)
      assert_true(span_is(&f, f.ms.items[i].span, "Amara Diallo"));
  release(&f);
}

static void
test_city_named_first_name_in_titled_name_is_person(void **state)
{
  found f;
  find_in(*state, "President Milan Horvat of Croatia arrived.", &f);
  assert_person(&f, named(&f, "Milan Horvat"), "President", "HR");
  assert_int_equal(count_kind_within(&f, "Milan Horvat", SKG_M_CITY), 0);
  release(&f);
}

static void
test_city_named_like_first_name_still_city_after_in(void **state)
{
  found f;
  find_in(*state, "President Milan Horvat of Croatia arrived. The summit was held in Milan.", &f);
  const skg_mention *m = nth_named(&f, "Milan", 0);
  assert_non_null(m);
  assert_int_equal(m->kind, SKG_M_CITY);
  release(&f);
}

static void
test_is_common_capitalized(void **state)
{
  (void)state;
  assert_true(skg_is_common_capitalized("The", 3));
  assert_true(skg_is_common_capitalized("Summit", 6));
  assert_false(skg_is_common_capitalized("Diallo", 6));
  assert_false(skg_is_common_capitalized("the", 3)); /* case matters */
}

/* A list item "Country," that ends the text: the token array holds exactly
   the text's tokens, so a finder looking past the last one reads outside it
   (AddressSanitizer in the sanitizer build tells; the fuzzer found it). */
static void
test_country_comma_at_text_end_reads_no_token_past_it(void **state)
{
  found f;
  memset(&f, 0, sizeof f);
  f.ctx = *state;
  skg_doc_init(&f.doc, "test");
  assert_int_equal(skg_buf_puts(&f.doc.text, "Attending were Argentina, Javier Milei; Venezuela,"), SKG_OK);
  skg_text_init(&f.text);
  assert_int_equal(skg_text_build(f.ctx, &f.doc, &f.text), SKG_OK);
  assert_int_equal(skg_tokens_find(&f.text, &f.toks), SKG_OK);
  skg_token *exact = realloc(f.toks.items, f.toks.count * sizeof *exact);
  assert_non_null(exact);
  f.toks.items = exact;
  f.toks.cap = f.toks.count;
  assert_int_equal(skg_mentions_find(f.ctx, &f.text, &f.toks, &f.ms), SKG_OK);
  release(&f);
}

/* A dot joins single letters, after a dash too ("Japan-U.S." one token,
   not "Japan-U" and "."), never two words ("Silva.Leaders"). */
static void
test_dotted_letters_after_a_dash_are_one_token(void **state)
{
  found f;
  find_in(*state, "The Japan-U.S.-ROK summit met; Silva.Leaders left.", &f);
  static const char *const want[] = {"The", "Japan-U.S.", "-", "ROK", "summit", "met", ";", "Silva", ".", "Leaders",
                                     "left", "."};
  assert_int_equal(f.toks.count, sizeof want / sizeof *want);
  for (size_t i = 0; i < f.toks.count; ++i)
    assert_true(span_is(&f, f.toks.items[i].span, want[i]));
  release(&f);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_mentions_in_text_order),
    cmocka_unit_test(test_dotted_letters_after_a_dash_are_one_token),
    cmocka_unit_test(test_country_longest_name_is_one_mention),
    cmocka_unit_test(test_adjective_names_its_country),
    cmocka_unit_test(test_possessive_country),
    cmocka_unit_test(test_organization_by_acronym_and_full_name),
    cmocka_unit_test(test_summit_body),
    cmocka_unit_test(test_unknown_org_by_name_and_acronym),
    cmocka_unit_test(test_unknown_org_named_by_its_meeting),
    cmocka_unit_test(test_summit_series_by_its_name),
    cmocka_unit_test(test_unknown_acronym_at_a_meeting),
    cmocka_unit_test(test_title_case_acronym_of_known_org),
    cmocka_unit_test(test_offices_longest_title),
    cmocka_unit_test(test_ordinals_as_reports_write_them),
    cmocka_unit_test(test_pronoun_i_is_not_an_ordinal),
    cmocka_unit_test(test_dates),
    cmocka_unit_test(test_date_at_sentence_end_leaves_full_stop),
    cmocka_unit_test(test_cities_and_capitalised_dateline_city),
    cmocka_unit_test(test_person_title_name_of_country),
    cmocka_unit_test(test_person_adjective_title_name),
    cmocka_unit_test(test_person_after_title_of_country_comma),
    cmocka_unit_test(test_person_before_comma_title_of_country),
    cmocka_unit_test(test_person_before_comma_portfolio),
    cmocka_unit_test(test_country_comma_name_list_items),
    cmocka_unit_test(test_table_row_country_then_name),
    cmocka_unit_test(test_ambassador_to_a_place),
    cmocka_unit_test(test_double_particles_and_office_words),
    cmocka_unit_test(test_counterpart_and_sheikh),
    cmocka_unit_test(test_heading_country_is_not_the_office_holders),
    cmocka_unit_test(test_body_inside_a_longer_name),
    cmocka_unit_test(test_groups_by_acronym_at_a_meeting),
    cmocka_unit_test(test_person_extent_before_comma_title_stops_at_country),
    cmocka_unit_test(test_person_title_of_the_country_name),
    cmocka_unit_test(test_person_after_possessive_country),
    cmocka_unit_test(test_later_bare_surname_is_person),
    cmocka_unit_test(test_sentence_initial_the_summit_is_not_a_person),
    cmocka_unit_test(test_city_named_first_name_in_titled_name_is_person),
    cmocka_unit_test(test_city_named_like_first_name_still_city_after_in),
    cmocka_unit_test(test_is_common_capitalized),
    cmocka_unit_test(test_country_comma_at_text_end_reads_no_token_past_it),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
