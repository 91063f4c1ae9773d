/* test_extract.c - each extractor over a small report: once where it must
   read a fact, once where it must not; and the resolver's completions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "resolve.h"

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

/* One report, extracted (and resolved when asked). */
typedef struct {
  skg_ctx     *ctx;
  skg_doc      doc;
  skg_analysis an;
  skg_people   people;
} report;

static void
extract(skg_ctx *ctx, const char *in, report *r)
{
  memset(r, 0, sizeof *r);
  r->ctx = ctx;
  skg_doc_init(&r->doc, "test");
  assert_int_equal(skg_reader_load_memory(ctx, in, strlen(in), &r->doc), SKG_OK);
  skg_analysis_init(&r->an, ctx, &r->doc);
  assert_int_equal(skg_extract(&r->an), SKG_OK);
}

static void
extract_resolved(skg_ctx *ctx, const char *in, report *r)
{
  extract(ctx, in, r);
  assert_int_equal(skg_resolve(&r->an, &r->people), SKG_OK);
}

static void
release(report *r)
{
  skg_people_release(&r->people);
  skg_analysis_release(&r->an);
  skg_doc_release(&r->doc);
}

static int
span_is(const report *r, skg_span s, const char *text)
{
  return s.end - s.start == strlen(text) && !memcmp(r->an.text.norm.data + s.start, text, s.end - s.start);
}

static size_t
count_facts(const report *r, skg_fact_kind kind)
{
  size_t n = 0;
  for (size_t i = 0; i < r->an.n_facts; ++i)
    n += r->an.facts[i].kind == kind;
  return n;
}

static const skg_fact *
first_fact(const report *r, skg_fact_kind kind)
{
  for (size_t i = 0; i < r->an.n_facts; ++i)
    if (r->an.facts[i].kind == kind)
      return &r->an.facts[i];
  return NULL;
}

/* The fact of `kind` whose value a is the person named `name` as written. */
static const skg_fact *
person_fact(const report *r, skg_fact_kind kind, const char *name)
{
  for (size_t i = 0; i < r->an.n_facts; ++i) {
    const skg_fact *f = &r->an.facts[i];
    if (f->kind == kind && f->a.kind == SKG_V_PERSON && span_is(r, f->a.span, name))
      return f;
  }
  return NULL;
}

static const char *
org_id(const report *r, int row)
{
  assert_true(row >= 0);
  return r->ctx->tables->orgs[row].id;
}

static void
assert_country(const report *r, skg_value v, const char *iso2)
{
  assert_int_equal(v.kind, SKG_V_COUNTRY);
  assert_string_equal(r->ctx->tables->countries[v.ref].iso2, iso2);
}

static void
assert_office(const report *r, skg_value v, const char *title)
{
  assert_int_equal(v.kind, SKG_V_OFFICE);
  assert_string_equal(r->ctx->tables->offices[v.ref].title, title);
}

static const char sco_report[] =
  " date 2025-05-14 On the morning of May 14, 2025 local time, President Amara Diallo of "
  "Senegal attended the 12th meeting of the Council of Heads of State of the Shanghai "
  "Cooperation Organization (SCO) held in Bishkek. The meeting was chaired by President "
  "Tomas Verlo of Kyrgyzstan. It was attended by President Arman Seitkali of Kazakhstan, "
  "Prime Minister Ravi Menon of India and others.\n";

/* ---- summits ------------------------------------------------------------- */

static void
test_summit_from_numbered_meeting_of_body_of_org(void **state)
{
  report r;
  extract(*state, sco_report, &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_string_equal(org_id(&r, r.an.summits[0].org), "sco");
  assert_int_equal(r.an.summits[0].edition, 12);
  const skg_fact *f = first_fact(&r, SKG_F_SUMMIT);
  assert_non_null(f);
  assert_int_equal(f->summit, 0);
  assert_int_equal(f->a.kind, SKG_V_ORG);
  assert_string_equal(org_id(&r, f->a.ref), "sco");
  assert_int_equal(f->b.kind, SKG_V_INT);
  assert_int_equal(f->b.num, 12);
  release(&r);
}

static void
test_summit_from_numbered_org_summit(void **state)
{
  report r;
  extract(*state, " date 2024-10-23 The 13th BRICS summit opened in Kazan.\n", &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_string_equal(org_id(&r, r.an.summits[0].org), "brics");
  assert_int_equal(r.an.summits[0].edition, 13);
  assert_true(count_facts(&r, SKG_F_SUMMIT) >= 1);
  release(&r);
}

static void
test_no_summit_from_next_summit_in_quote(void **state)
{
  report r;
  extract(*state, " date 2025-05-14 \"The next SCO summit will be held in 2026,\" the minister "
                  "told reporters.\n", &r);
  assert_int_equal(r.an.n_summits, 0);
  assert_int_equal(count_facts(&r, SKG_F_SUMMIT), 0);
  assert_int_equal(count_facts(&r, SKG_F_HOST_CITY), 0);
  assert_int_equal(count_facts(&r, SKG_F_START_DATE), 0);
  release(&r);
}

/* ---- dates --------------------------------------------------------------- */

static void
test_date_stated_in_summit_sentence(void **state)
{
  report r;
  extract(*state, sco_report, &r);
  const skg_fact *f = first_fact(&r, SKG_F_START_DATE);
  assert_non_null(f);
  assert_int_equal(f->a.kind, SKG_V_DATE);
  assert_int_equal(f->a.num, 20250514);
  assert_true(span_is(&r, f->evidence, "May 14, 2025"));
  assert_int_equal(r.an.summits[0].year, 2025);
  release(&r);
}

/* The edition said after the meeting's name ("was only the second"), the
   first day by "began on Wednesday" against a Thursday dateline, and a
   sentence that turns to another meeting ("Separately, ... a meeting ...
   in Port Louis later this month") gives no host city. */
static void
test_edition_after_name_start_weekday_and_other_meeting(void **state)
{
  report r;
  extract(*state, " date 2027-03-04 NEW DELHI, March 4 (Reuters) - Leaders on Thursday adopted a "
                  "declaration, wrapping up a two-day summit that began on Wednesday.\n\n"
                  "The meeting of the Indian Ocean Rim Association (IORA) was only the second at "
                  "leaders' level.\n\n"
                  "Separately, a smaller grouping is due to hold a meeting of national security "
                  "advisers in Port Louis later this month.\n", &r);
  assert_true(r.an.n_summits > 0);
  assert_int_equal(r.an.summits[0].edition, 2);
  const skg_fact *d = first_fact(&r, SKG_F_START_DATE);
  assert_non_null(d);
  assert_int_equal(d->a.num, 20270303);
  for (size_t i = 0; i < r.an.n_facts; ++i)
    if (r.an.facts[i].kind == SKG_F_HOST_CITY)
      assert_string_not_equal(r.ctx->tables->cities[r.an.facts[i].a.ref].name, "Port Louis");
  release(&r);
}

/* An organization named for its meetings ("the Asia-Europe Meeting") is a
   meeting with the edition before it; a meeting of its ministers ("the
   Seventeenth ASEM Foreign Ministers' Meeting") names no summit. */
static void
test_org_named_meeting_and_ministers_meeting(void **state)
{
  report r;
  extract(*state, " date 2026-10-15 Leaders noted the outcomes of the Seventeenth ASEM Foreign "
                  "Ministers' Meeting, held in Manila in May 2026.\n\n"
                  "The Fourteenth Asia-Europe Meeting (ASEM14) was held in Budapest on 14-15 October "
                  "2026.\n", &r);
  assert_true(r.an.n_summits > 0);
  assert_int_equal(r.an.summits[0].edition, 14);
  release(&r);
}

/* Two meetings reported one after another, each held at the head of its
   paragraph: two summits, each paragraph's facts its own; a recalled meeting
   ("The first ... summit was held in Prague last year") is no second one. */
static void
test_two_meetings_one_report(void **state)
{
  report r;
  extract(*state, " date 2026-07-10 A year of diplomacy for the Polynesian Leaders Group (PLG).\n\n"
                  "The 11th Polynesian Leaders Group meeting was held in Avarua on 1 July 2025. It was "
                  "chaired by Prime Minister Teariki Tangaroa of the Cook Islands.\n\n"
                  "Almost a year later, on 26 June 2026, the 12th PLG meeting convened in Papeete. It "
                  "was attended by Prime Minister Seve Lausaveve of Tuvalu.\n", &r);
  assert_int_equal(r.an.n_summits, 2);
  const skg_fact *chair = person_fact(&r, SKG_F_CHAIR, "Teariki Tangaroa");
  const skg_fact *came = person_fact(&r, SKG_F_ATTENDANCE, "Seve Lausaveve");
  assert_non_null(chair);
  assert_non_null(came);
  assert_int_equal(r.an.summits[chair->summit].edition, 11);
  assert_int_equal(r.an.summits[came->summit].edition, 12);
  for (size_t i = 0; i < r.an.n_facts; ++i)
    if (r.an.facts[i].kind == SKG_F_START_DATE)
      assert_int_equal(r.an.facts[i].a.num, r.an.summits[r.an.facts[i].summit].edition == 11 ? 20250701 : 20260626);
  release(&r);

  extract(*state, " date 2023-10-05 Leaders gathered in Granada on Thursday for the third European "
                  "Political Community summit.\n\n"
                  "The first European Political Community summit was held in Prague in October last "
                  "year.\n", &r);
  assert_int_equal(r.an.n_summits, 1);
  release(&r);

  /* "met at ... for a summit" heads a meeting; an earlier one told by its year
     alone ("was also held online, in 2021") is recalled, not reported */
  extract(*state, " date 2026-11-14 Two summits this week.\n\n"
                  "On Tuesday, leaders of the Caribbean Forum (CARIFORUM) and the European Union met at the "
                  "Palacio Nacional in Santo Domingo for a CARIFORUM-EU summit.\n\n"
                  "On Thursday, the Third Africa-CARICOM Summit was held virtually.\n\n"
                  "The first Africa-CARICOM summit was also held online, in 2021.\n", &r);
  assert_int_equal(r.an.n_summits, 2);
  for (size_t k = 0; k < r.an.n_summits; ++k)
    assert_int_not_equal(r.an.summits[k].edition, 1);
  release(&r);
}

static void
test_no_date_from_trip(void **state)
{
  report r;
  extract(*state, " date 2025-05-10 From May 12 to 16, President Amara Diallo of Senegal will "
                  "pay a state visit to Kyrgyzstan and attend the 12th meeting of the Council of "
                  "Heads of State of the SCO.\n", &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_int_equal(count_facts(&r, SKG_F_START_DATE), 0);
  assert_int_equal(count_facts(&r, SKG_F_END_DATE), 0);
  release(&r);
}

static void
test_no_date_from_trip_without_visit_word(void **state)
{
  report r;
  extract(*state, " date 2025-05-10 From May 12 to 16, President Amara Diallo of Senegal will "
                  "attend the 12th meeting of the Council of Heads of State of the SCO.\n", &r);
  assert_int_equal(count_facts(&r, SKG_F_START_DATE), 0);
  release(&r);
}

/* ---- host city and venue ------------------------------------------------- */

static void
test_host_city_held_in(void **state)
{
  report r;
  extract(*state, sco_report, &r);
  assert_int_equal(count_facts(&r, SKG_F_HOST_CITY), 1);
  const skg_fact *f = first_fact(&r, SKG_F_HOST_CITY);
  assert_int_equal(f->a.kind, SKG_V_CITY);
  assert_string_equal(r.ctx->tables->cities[f->a.ref].name, "Bishkek");
  assert_true(span_is(&r, f->evidence, "Bishkek"));
  release(&r);
}

static void
test_venue_at_the_venue_in_city(void **state)
{
  report r;
  extract(*state, " date 2025-05-14 The 13th BRICS summit took place at the Ala-Archa State "
                  "Residence in Bishkek.\n", &r);
  const skg_fact *c = first_fact(&r, SKG_F_HOST_CITY);
  assert_non_null(c);
  assert_string_equal(r.ctx->tables->cities[c->a.ref].name, "Bishkek");
  const skg_fact *v = first_fact(&r, SKG_F_VENUE);
  assert_non_null(v);
  assert_int_equal(v->a.kind, SKG_V_VENUE);
  assert_true(span_is(&r, v->a.span, "Ala-Archa State Residence"));
  assert_int_equal(v->b.kind, SKG_V_CITY);
  assert_int_equal(v->b.ref, c->a.ref);
  release(&r);
}

static void
test_no_host_city_via_video_link(void **state)
{
  report r;
  extract(*state, " date 2025-05-14 The 13th BRICS summit opened on Wednesday. President Amara "
                  "Diallo of Senegal joined the summit via video link in Beijing.\n", &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_int_equal(count_facts(&r, SKG_F_HOST_CITY), 0);
  release(&r);
}

/* ---- chair --------------------------------------------------------------- */

static void
test_chair_chaired_by(void **state)
{
  report r;
  extract(*state, sco_report, &r);
  assert_int_equal(count_facts(&r, SKG_F_CHAIR), 1);
  const skg_fact *f = person_fact(&r, SKG_F_CHAIR, "Tomas Verlo");
  assert_non_null(f);
  assert_int_equal(f->summit, 0);
  assert_false(f->planned);
  assert_true(span_is(&r, f->evidence, "President Tomas Verlo of Kyrgyzstan"));
  release(&r);
}

static void
test_no_chair_of_earlier_summit(void **state)
{
  report r;
  extract(*state, " date 2025-05-14 The 13th BRICS summit opened in Kazan. President Amara "
                  "Diallo of Senegal chaired the Goa summit earlier. He said he had chaired the "
                  "Goa summit earlier.\n", &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_int_equal(count_facts(&r, SKG_F_CHAIR), 0);
  release(&r);
}

/* ---- attendees ----------------------------------------------------------- */

static void
test_attendees_attended_by_with_represents(void **state)
{
  report r;
  extract(*state, sco_report, &r);
  const skg_fact *a = person_fact(&r, SKG_F_ATTENDANCE, "Arman Seitkali");
  const skg_fact *b = person_fact(&r, SKG_F_ATTENDANCE, "Ravi Menon");
  const skg_fact *c = person_fact(&r, SKG_F_ATTENDANCE, "Amara Diallo");
  assert_non_null(a);
  assert_non_null(b);
  assert_non_null(c);
  assert_country(&r, a->b, "KZ");
  assert_office(&r, a->c, "President");
  assert_country(&r, b->b, "IN");
  assert_office(&r, b->c, "Prime Minister");
  assert_country(&r, c->b, "SN");
  assert_false(a->planned);
  assert_false(b->planned);
  assert_false(c->planned);
  release(&r);
}

/* A list after "attended:" whose lines lead with their country and no
   bullet; portfolios ("for Europe", "of the European Commission") belong
   to the office, not the name; capitals outside ASCII start names. */
static void
test_attendees_listed_by_country_lines(void **state)
{
  report r;
  extract(*state, " date 2026-06-03 Leaders met at the 10th Baltic Sea States Summit in Gdansk.\n\n"
                  "The following delegations attended:\n\n"
                  "  Denmark - Prime Minister Rasmus Holm\n"
                  "  Germany - Minister of State for Europe Julia Brenner, representing Chancellor Otto Lamm\n"
                  "  Lithuania - Prime Minister Tomas \xC5\xBDilinskas\n"
                  "  Poland - Minister for Economic Affairs \xC5\x81ucja Nowak\n"
                  "  European Union - Executive Vice-President of the European Commission Anneliese Vogt\n", &r);
  const skg_fact *dk = person_fact(&r, SKG_F_ATTENDANCE, "Rasmus Holm");
  const skg_fact *de = person_fact(&r, SKG_F_ATTENDANCE, "Julia Brenner");
  const skg_fact *lt = person_fact(&r, SKG_F_ATTENDANCE, "Tomas \xC5\xBDilinskas");
  const skg_fact *pl = person_fact(&r, SKG_F_ATTENDANCE, "\xC5\x81ucja Nowak");
  assert_non_null(dk);
  assert_non_null(de);
  assert_non_null(lt);
  assert_non_null(pl);
  assert_non_null(person_fact(&r, SKG_F_ATTENDANCE, "Anneliese Vogt"));
  assert_null(person_fact(&r, SKG_F_ATTENDANCE, "Otto Lamm")); /* represented, not present */
  assert_country(&r, dk->b, "DK");
  assert_country(&r, de->b, "DE");
  assert_country(&r, lt->b, "LT");
  assert_country(&r, pl->b, "PL");
  release(&r);
}

/* A list line that does not lead with a country or a person ends the list. */
static void
test_attendee_list_ends_at_prose(void **state)
{
  report r;
  extract(*state, " date 2026-06-03 Leaders met at the 10th Baltic Sea States Summit in Gdansk.\n\n"
                  "The following delegations attended:\n\n"
                  "  Denmark - Prime Minister Rasmus Holm\n\n"
                  "Outcomes\n\n"
                  "The talks were opened by Professor Karl Brenn of the Danish Institute.\n", &r);
  assert_non_null(person_fact(&r, SKG_F_ATTENDANCE, "Rasmus Holm"));
  assert_null(person_fact(&r, SKG_F_ATTENDANCE, "Karl Brenn"));
  release(&r);
}

static void
test_planned_attendees_marked_planned(void **state)
{
  report r;
  extract(*state, " date 2024-10-20 President Amara Diallo of Senegal will attend the 13th BRICS "
                  "summit in Kazan.\n", &r);
  const skg_fact *f = person_fact(&r, SKG_F_ATTENDANCE, "Amara Diallo");
  assert_non_null(f);
  assert_true(f->planned);
  assert_country(&r, f->b, "SN");
  release(&r);
}

static void
test_no_attendee_outside_the_summit(void **state)
{
  report r;
  extract(*state, " date 2025-05-14 The 13th BRICS summit opened in Kazan.\n\n"
                  "President Amara Diallo of Senegal attended a football match.\n", &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_int_equal(count_facts(&r, SKG_F_ATTENDANCE), 0);
  release(&r);
}

static void
test_no_attendee_from_meeting_with(void **state)
{
  report r;
  extract(*state, " date 2025-05-14 The 13th BRICS summit opened. President Amara Diallo of "
                  "Senegal was in attendance and held a meeting with President Arman Seitkali of "
                  "Kazakhstan.\n", &r);
  assert_non_null(person_fact(&r, SKG_F_ATTENDANCE, "Amara Diallo"));
  assert_null(person_fact(&r, SKG_F_ATTENDANCE, "Arman Seitkali"));
  release(&r);
}

/* ---- offices ------------------------------------------------------------- */

static void
test_offices_of_titled_people(void **state)
{
  report r;
  extract(*state, sco_report, &r);
  const skg_fact *f = person_fact(&r, SKG_F_OFFICE, "Tomas Verlo");
  assert_non_null(f);
  assert_int_equal(f->summit, -1);
  assert_office(&r, f->b, "President");
  assert_country(&r, f->c, "KG");
  f = person_fact(&r, SKG_F_OFFICE, "Ravi Menon");
  assert_non_null(f);
  assert_office(&r, f->b, "Prime Minister");
  assert_country(&r, f->c, "IN");
  release(&r);
}

static void
test_no_office_without_title(void **state)
{
  report r;
  extract(*state, " date 2024-10-23 The 13th BRICS summit opened in Kazan. Brazil's Joana "
                  "Ferreira attended the summit.\n", &r);
  assert_non_null(person_fact(&r, SKG_F_ATTENDANCE, "Joana Ferreira"));
  assert_int_equal(count_facts(&r, SKG_F_OFFICE), 0);
  release(&r);
}

/* ---- the resolver -------------------------------------------------------- */

static void
test_resolve_chair_also_attends(void **state)
{
  report r;
  extract_resolved(*state, sco_report, &r);
  const skg_fact *f = person_fact(&r, SKG_F_ATTENDANCE, "Tomas Verlo");
  assert_non_null(f);
  assert_false(f->planned);
  assert_country(&r, f->b, "KG");
  assert_true(f->a.ref >= 0);
  assert_string_equal(r.people.persons[f->a.ref].name, "Tomas Verlo");
  release(&r);
}

static void
test_resolve_represents_from_office_elsewhere(void **state)
{
  static const char in[] = " date 2025-05-14 The 13th BRICS summit opened. The summit was "
                           "attended by Dilshod Karimov. Uzbek President Dilshod Karimov spoke "
                           "first.\n";
  report r;
  extract(*state, in, &r);
  const skg_fact *f = person_fact(&r, SKG_F_ATTENDANCE, "Dilshod Karimov");
  assert_non_null(f);
  assert_int_equal(f->b.kind, SKG_V_NONE); /* not said where he attends */
  release(&r);
  extract_resolved(*state, in, &r);
  f = person_fact(&r, SKG_F_ATTENDANCE, "Dilshod Karimov");
  assert_non_null(f);
  assert_country(&r, f->b, "UZ");
  assert_office(&r, f->c, "President");
  release(&r);
}

static void
test_resolve_adds_participating_states(void **state)
{
  report r;
  extract_resolved(*state, sco_report, &r);
  static const char *const want[] = {"SN", "KZ", "IN", "KG"};
  for (size_t w = 0; w < sizeof want / sizeof *want; ++w) {
    int found = 0;
    for (size_t i = 0; i < r.an.n_facts; ++i) {
      const skg_fact *f = &r.an.facts[i];
      found |= f->kind == SKG_F_PARTICIPATING_STATE && f->a.kind == SKG_V_COUNTRY &&
               !strcmp(r.ctx->tables->countries[f->a.ref].iso2, want[w]);
    }
    assert_true(found);
  }
  release(&r);
}

static void
test_resolve_one_person_for_short_and_full_names(void **state)
{
  report r;
  extract_resolved(*state, " date 2025-05-14 The 13th BRICS summit opened in Kazan. It was "
                           "attended by President Amara Diallo of Senegal. Diallo spoke "
                           "first.\n", &r);
  size_t n = 0;
  for (size_t i = 0; i < r.people.n_persons; ++i)
    n += strstr(r.people.persons[i].name, "Diallo") != NULL;
  assert_int_equal(n, 1);
  release(&r);
}

static void
test_resolve_drops_planned_when_attended(void **state)
{
  report r;
  extract_resolved(*state, " date 2025-05-14 President Amara Diallo of Senegal will attend the "
                           "13th BRICS summit.\n\nOn May 14, President Amara Diallo of Senegal "
                           "attended the summit.\n", &r);
  size_t attended = 0, planned = 0;
  for (size_t i = 0; i < r.an.n_facts; ++i) {
    const skg_fact *f = &r.an.facts[i];
    if (f->kind != SKG_F_ATTENDANCE)
      continue;
    planned += f->planned != 0;
    attended += !f->planned;
  }
  assert_int_equal(attended, 1);
  assert_int_equal(planned, 0);
  release(&r);
}

/* Found by fuzz_html (tests/fuzz/regressions/summit-only-other-meetings.txt):
   every naming of a meeting is of another one, and the fallback still finds
   the organization; the summit then stood on a candidate that was not there
   (cands[-1]). */
static void
test_summit_when_every_naming_is_another_meeting(void **state)
{
  static const char in[] = "SCO preidency, presidorg/sum4db3fc3d thg the meeting\n"
                           "Following meeting\x7fof Council of Heads of State";
  report r;
  extract(*state, in, &r);
  assert_int_equal(r.an.n_summits, 1);
  assert_true(span_is(&r, r.an.summits[0].mention, "SCO"));
  const skg_fact *f = first_fact(&r, SKG_F_SUMMIT);
  assert_non_null(f);
  assert_string_equal(f->rule, "summit.org-and-meeting-word");
  release(&r);
}

/* The index answers as the sentence-by-sentence scan does: a sentence naming
   the meeting, and the rest of its paragraph, and nothing past a break. */
static void
test_about_summit_index_matches_the_scan(void **state)
{
  static const char in[] =
    "The weather was fine. The 24th summit of the Shanghai Cooperation Organization opened "
    "in Astana on July 4, 2024. Around the table were the leaders. They talked.\n\n"
    "Farmers harvested wheat. Prices rose.\n\n"
    "The summit closed. President Xi Jinping of China attended.\n";
  report r;
  extract(*state, in, &r);
  assert_non_null(r.an.about_summit);
  unsigned char *index = r.an.about_summit;
  r.an.about_summit = NULL;
  size_t n_about = 0;
  for (size_t s = 0; s < r.an.text.n_sentences; ++s) {
    assert_int_equal(index[s], skg_sentence_about_summit(&r.an, s));
    n_about += index[s];
  }
  r.an.about_summit = index;
  assert_int_equal(r.an.text.n_sentences, 8);
  assert_int_equal(n_about, 5);   /* not the first sentence, nor the farmers' paragraph */
  release(&r);
}

/* A report on one line: thousands of sentences in one paragraph once cost
   their square (each asked about every sentence before it). */
static void
test_one_paragraph_of_many_sentences(void **state)
{
  skg_buf in;
  skg_buf_init(&in, 0);
  assert_int_equal(skg_buf_puts(&in, "The 24th summit of the Shanghai Cooperation Organization "
                                     "opened in Astana on July 4, 2024."), SKG_OK);
  for (int i = 0; i < 20000; ++i)
    assert_int_equal(skg_buf_puts(&in, " The delegates discussed the harvest."), SKG_OK);
  report r;
  extract(*state, in.data, &r);
  assert_int_equal(r.an.text.n_sentences, 20001);
  assert_int_equal(count_facts(&r, SKG_F_SUMMIT), 1);
  release(&r);
  skg_buf_release(&in);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_summit_from_numbered_meeting_of_body_of_org),
    cmocka_unit_test(test_summit_from_numbered_org_summit),
    cmocka_unit_test(test_no_summit_from_next_summit_in_quote),
    cmocka_unit_test(test_date_stated_in_summit_sentence),
    cmocka_unit_test(test_two_meetings_one_report),
    cmocka_unit_test(test_org_named_meeting_and_ministers_meeting),
    cmocka_unit_test(test_edition_after_name_start_weekday_and_other_meeting),
    cmocka_unit_test(test_no_date_from_trip),
    cmocka_unit_test(test_no_date_from_trip_without_visit_word),
    cmocka_unit_test(test_host_city_held_in),
    cmocka_unit_test(test_venue_at_the_venue_in_city),
    cmocka_unit_test(test_no_host_city_via_video_link),
    cmocka_unit_test(test_chair_chaired_by),
    cmocka_unit_test(test_no_chair_of_earlier_summit),
    cmocka_unit_test(test_attendees_attended_by_with_represents),
    cmocka_unit_test(test_attendees_listed_by_country_lines),
    cmocka_unit_test(test_attendee_list_ends_at_prose),
    cmocka_unit_test(test_planned_attendees_marked_planned),
    cmocka_unit_test(test_no_attendee_outside_the_summit),
    cmocka_unit_test(test_no_attendee_from_meeting_with),
    cmocka_unit_test(test_offices_of_titled_people),
    cmocka_unit_test(test_no_office_without_title),
    cmocka_unit_test(test_resolve_chair_also_attends),
    cmocka_unit_test(test_resolve_represents_from_office_elsewhere),
    cmocka_unit_test(test_resolve_adds_participating_states),
    cmocka_unit_test(test_resolve_one_person_for_short_and_full_names),
    cmocka_unit_test(test_resolve_drops_planned_when_attended),
    cmocka_unit_test(test_summit_when_every_naming_is_another_meeting),
    cmocka_unit_test(test_about_summit_index_matches_the_scan),
    cmocka_unit_test(test_one_paragraph_of_many_sentences),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
