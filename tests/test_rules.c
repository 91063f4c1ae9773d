/* test_rules.c - every extraction rule (the `rule` of skg_fact), once on a
   short report where it must fire and once on a near miss where it must not.

   Each case is extracted and resolved as the program does, and the facts of
   its kind are rendered as text (see value_text) to compare with the case's
   value.  The people, places and titles are invented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "resolve.h"

/* One case: on `text`, a fact of `kind` read by `rule` whose value renders
   as `value` must exist (fires), or must not (must not fire); a must-not
   case without a value forbids any fact by `rule`.  `rule` "*" stands for
   any rule of `kind`.  A case with `needswork` states what is right but the
   extractor does not do yet: it is skipped (see the NEEDSWORK comment). */
typedef struct {
  const char   *rule;
  skg_fact_kind kind;
  int           fires;
  const char   *value;
  const char   *text;
  const char   *needswork;
} rule_case;

enum { MUST_NOT = 0, FIRES = 1 };

/* How a fact's value reads in the cases:
   summit      org id, "/edition" when it has one       "brics/13"
   dates       yyyymmdd                                 "20250514"
   host city   the cities row's name                    "Kazan"
   venue, declaration: the title as written             "Kazan Expo Centre"
   mode        "in-person" or "virtual"
   chair, attendee: the resolved person's name, " (planned)" when announced
   participating state, next presidency: ISO code       "SN"
   accession   ISO code and status                      "IR completed"
   office      "name, title, ISO code or org id"        "Amara Diallo, President, SN" */
static const rule_case cases[] = {
  /* ---- summit ---------------------------------------------------------- */
  {"summit.named", SKG_F_SUMMIT, FIRES, "brics",
   " date 2025-05-14 The BRICS summit opened in Kazan.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2025-05-14 President Amara Diallo of Senegal said the next BRICS summit would be held "
   "in Brazil.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "brics/13",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2025-05-14 The BRICS summit opened in Kazan.\n", NULL},
  /* "next week" dates this meeting; "last week's" names another one */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "brics/13",
   " date 2025-05-14 Leaders travel to Kazan next week for the 13th BRICS summit.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2025-05-14 Leaders recalled last week's 13th BRICS summit in Kazan.\n", NULL},
  /* "later this month" turns to another meeting */
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2025-05-14 The leaders met in Minsk. The Russian leader is expected in Kazan later this month "
   "for an informal summit of the BRICS.\n", NULL},
  /* a series named by its words before the meeting word and its heads and region after it */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "consultative-meeting-of-the-heads-of-state-of-central-asia/8",
   " date 2026-08-14 The President took part in the Eighth Consultative Meeting of the Heads of State of "
   "Central Asia in Ashgabat.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-08-14 The President took part in the Eighth Regular Meeting of the Heads of State of "
   "Central Asia in Ashgabat.\n", NULL},
  /* a plural's possessive inside a name with its acronym */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "mps/25",
   " date 2027-02-12 The 25th Micronesian Presidents' Summit (MPS) was held in Koror.\n", NULL},
  /* one word before "summit" names a group the report calls so elsewhere */
  /* a heading in capitals names the organization the text names in mixed case */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "coastal-presidential-council/21",
   "COASTAL COMMUNITY\nXXI MEETING OF THE COASTAL PRESIDENTIAL COUNCIL\nLima, 14-15.V.2026\n\n"
   "1. Meeting in the city of Lima;\n\n2. To hold the XXII Meeting of the Coastal Presidential "
   "Council in Quito in 2027;\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, "coastal-presidential-council/21",
   "COASTAL COMMUNITY\nXXI MEETING OF THE COASTAL PRESIDENTIAL COUNCIL\nLima, 14-15.V.2026\n\n"
   "1. Meeting in the city of Lima;\n\n2. To hold the next meeting of the coastal presidential "
   "council in Quito in 2027;\n", NULL},
  /* a body's name ("Meeting of Presidents", SICA's) that goes on with another's organization */
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, "sica/6",
   " date 2027-11-14 The VI Meeting of Presidents of the States Parties to the Amazon Cooperation "
   "Treaty was held in Paramaribo.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "sica/6",
   " date 2027-11-14 The VI Meeting of Presidents of the Central American Integration System was "
   "held in Belize City.\n", NULL},
  /* "the summit of the so-called MED9": an acronym the tables lack */
  {"summit.named", SKG_F_SUMMIT, FIRES, "med9",
   " date 2026-10-09 The host welcomed his guests for the annual summit of the so-called MED9, the "
   "nine southern EU countries.\n", NULL},
  /* a format named by a place and a common noun, after who meet in lowercase words */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "astana/8",
   " date 2027-10-14 The President took part in the eighth summit of the guarantor states of the "
   "Astana format, held by videoconference.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, FIRES, "slavkov",
   " date 2027-03-12 The Chancellor took part yesterday in the summit of the Slavkov format at "
   "Slavkov Castle.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-03-12 The Chancellor took part yesterday in the summit of the guarantor states at "
   "Slavkov Castle.\n", NULL},
  /* a group's head word, "of" and a name, a summit soon after */
  {"summit.named", SKG_F_SUMMIT, FIRES, "council-of-the-entente",
   " date 2027-04-24 The oldest grouping in the region, the Council of the Entente, has held a summit "
   "in Yamoussoukro.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-04-24 The Council of the Entente was founded in Abidjan in 1959 by four states.\n", NULL},
  /* "its first summit in three years" is a count after a gap, not an edition */
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-04-24 The oldest grouping in the region, the Council of the Entente, has held its first "
   "summit in three years in Yamoussoukro.\n", NULL},
  /* two sides joined in an acronym are a series */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "eu-au/8",
   " date 2028-02-17 The 8th EU-AU summit opened in Brussels.\n", NULL},
  /* a format without a name of its own: the states it brings together */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "japan-china-south-korea-trilateral-summit/10",
   " date 2026-05-19 The leaders of Japan, China and South Korea met in Yokohama for what officials "
   "billed as the 10th trilateral summit.\n", NULL},
  /* the states the format names itself, in its order */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "cyprus-greece-egypt-trilateral-summit/12",
   " date 2027-04-05 President A of Egypt arrived for the 12th Trilateral Summit Cyprus-Greece-Egypt in "
   "Nicosia.\n", NULL},
  /* a naming in the header's lines (blank lines not counted) outweighs two
     of another organization in the body */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "pakistan-turkey-azerbaijan-trilateral-summit/3",
   "Press Office\nMedia Wing\n\nTRANSCRIPT: Press conference of the leaders of Pakistan, Turkey and Azerbaijan at the "
   "Third Trilateral Summit\n\nConvention Centre, Islamabad\nJuly 9, 2028\n\nParticipants:\n- Prime Minister "
   "A\n- President B\n- President C\nModerator: D\n\nMODERATOR: Welcome. The ECO summit is next month in "
   "Tashkent. The ECO summit is another matter.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, "pakistan-turkey-azerbaijan-trilateral-summit/3",
   " date 2028-07-09 MODERATOR: Welcome. The leaders of Pakistan, Turkey and Azerbaijan ended the Third "
   "Trilateral Summit. The ECO summit is next month in Tashkent. The ECO summit is another matter.\n", NULL},
  /* a summit named by its subject after "Summit on", "Summit for" */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "summit-on-peace-in-ukraine/2",
   " date 2027-05-16 Leaders met in Vienna for the second Summit on Peace in Ukraine, which opened on "
   "Saturday.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-05-16 The Summit on Tuesday opened in Seoul.\n", NULL},
  /* one word and "Summit", so named twice */
  {"summit.named", SKG_F_SUMMIT, FIRES, "euro",
   " date 2027-10-23 The Euro Summit met in Brussels on Friday. The President of the Euro Summit spoke.\n",
   NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL, " date 2027-10-23 The Euro Summit met in Brussels on Friday.\n",
   NULL},
  /* "Platform", "Coalition" head a group's name */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "international-crimea-platform/7",
   " date 2027-08-23 Kyiv has hosted the seventh summit of the International Crimea Platform.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-08-23 Kyiv has hosted the seventh summit of the Platform.\n", NULL},
  /* one word with a capital inside names a group as an acronym does */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "petrocaribe/11",
   " date 2028-03-05 Leaders arrived for the XI Summit of Heads of State and Government of PetroCaribe in "
   "Havana.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2028-03-05 Leaders arrived for the McKenzie summit in Havana.\n", NULL},
  /* a group named by its region's word and the heads who meet */
  {"summit.named", SKG_F_SUMMIT, FIRES, "nordic-prime-ministers",
   " date 2026-10-27 Statement by the Prime Minister after the meeting of the Nordic prime ministers in "
   "Reykjavik.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-10-27 Statement by the Prime Minister after the meeting of the Nordic ministers in Reykjavik.\n",
   NULL},
  /* "the bloc's first summit under the Philippine chairmanship" counts, numbers no other meeting */
  {"chair.presiding-over", SKG_F_CHAIR, FIRES, "Ramon Villanueva",
   " date 2026-05-26 Leaders opened the 48th BRICS Summit on Tuesday, with President Ramon Villanueva "
   "presiding over the bloc's first summit under the Philippine chairmanship.\n", NULL},
  {"chair.presiding-over", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2026-05-26 Leaders opened the 48th BRICS Summit on Tuesday. President Ramon Villanueva recalled "
   "presiding over the bloc's first summit in 1990.\n", NULL},
  /* two sides and their "Leaders' Meeting" */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "china-pacific-island-countries/3",
   " date 2027-05-30 The big event of the week was Tuesday's third China-Pacific Island Countries Leaders' "
   "Meeting, held at the Xiamen International Conference Center.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-05-30 The big event of the week was Tuesday's third Pacific Leaders' Meeting, held at the Xiamen "
   "International Conference Center.\n", NULL},
  /* ... not when fewer states are named */
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-05-19 The leaders of Japan and China met in Yokohama for what officials billed as the "
   "10th trilateral summit.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, FIRES, "benelux",
   " date 2026-03-24 Benelux leaders agreed a power pact. The annual Benelux summit met in Ghent.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-03-24 Kremlin officials agreed a power pact. The annual Kremlin summit met in Ghent.\n", NULL},
  /* a Roman edition before "ordinary session" */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "liptako-gourma-authority/14",
   " date 2026-06-20 The heads of state met in Niamey for the XIV ordinary session of the Conference of "
   "Heads of State of the Liptako-Gourma Authority (ALG).\n", NULL},
  /* the heads who meet between the series and "Summit" */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "nile-basin/2",
   " date 2026-06-20 The President joined the Second Nile Basin Heads of State and Government Summit "
   "in Entebbe.\n", NULL},
  /* a forum of two sides, numbered, is a summit series; one word before "Forum" is not */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "indonesia-africa/3",
   " date 2026-09-03 The Third Indonesia-Africa Forum was held in Bali from 1 to 3 September 2026.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-09-03 The Third Investment Forum was held in Bali from 1 to 3 September 2026.\n", NULL},
  /* a numbered forum of two words, a numbered retreat of two sides */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "global-gateway/2",
   " date 2026-10-14 Leaders were in Brussels today for the second Global Gateway Forum.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "australia-pacific-islands/2",
   " date 2026-08-21 The second Australia-Pacific Islands Leaders' Retreat was held in Cairns.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-08-21 The second Leaders' Retreat was held in Cairns.\n", NULL},
  /* "following the second ... Summit" is after it; an investors' forum is no summit */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "brics/2",
   " date 2027-05-13 Statement by the President following the second BRICS Summit.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-05-13 Business leaders met in Almaty at the BRICS Investors Forum.\n", NULL},
  /* "of" inside a dashed series name; a meeting held outweighs one only planned or recalled beside another */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "mekong-republic-of-korea/2",
   " date 2026-11-12 The second Mekong-Republic of Korea Summit was held by video conference on Thursday. "
   "The first Mekong-Korea summit was held in Busan in 2019, alongside a special ASEAN-Korea summit. The "
   "President is expected to travel to Manila in November for the ASEAN-Korea Summit.\n", NULL},
  /* a numbered session of a body named by its head word alone is the report's organization's */
  /* two meetings, each at the head of its paragraphs: the report's without
     its edition there, the other hosted by someone on a day */
  {"summit.one-of-several", SKG_F_SUMMIT, FIRES, "korea-central-asia/1",
   " date 2026-05-17 For the first time, an Africa-France Summit was held in Nairobi. President Amara "
   "Diallo of Senegal co-chaired the 29th Africa-France Summit there.\n\nOn Thursday, 14 May, President "
   "Tomas Verlo hosted the first Korea-Central Asia Summit in Seoul, an event first promised in 2024.\n",
   NULL},
  {"summit.one-of-several", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2026-09-23 For the first time, an Asia Cooperation Dialogue Summit was held in Astana. It was "
   "the fourth ACD Summit.\n\nKazakhstan used the summit, as it did when it hosted the sixth summit of "
   "the Conference on Interaction and Confidence-Building Measures in Asia (CICA) in Astana in October "
   "2022, to present itself as a convenor.\n", NULL},
  {"summit.leaders-decided", SKG_F_SUMMIT, FIRES, "ecowas/70",
   " date 2026-12-14 ECOWAS leaders met in Abuja.\n\nThe Seventieth Ordinary Session of the "
   "Authority, held at the State House, was presided over by the outgoing chairman.\n", NULL},
  {"summit.leaders-decided", SKG_F_SUMMIT, FIRES, "ecowas",
   " date 2026-12-14 ECOWAS leaders met in Abuja.\n\nThe Seventieth Ordinary Session of the "
   "Authority of the Sahel Region, held at the State House, was presided over by the outgoing chairman.\n", NULL},
  /* a body's name several organizations share is the reported one's */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "sco/26",
   " date 2026-08-27 Statement at the meeting of the Council of Heads of State of the Shanghai Cooperation "
   "Organisation.\n\nI thank the President for chairing this 26th meeting of the Council of Heads of State "
   "here.\n", NULL},
  /* the chair's office names the last session; the edition stands before a qualifier and "Session of the" */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "oic/9",
   " date 2026-11-14 At the request of The Gambia, Chair of the Fifteenth Session of the Islamic Summit, the "
   "Ninth Extraordinary Session of the Islamic Summit Conference was held in Istanbul.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, "oic/15",
   " date 2026-11-14 At the request of The Gambia, Chair of the Fifteenth Session of the Islamic Summit, the "
   "Ninth Extraordinary Session of the Islamic Summit Conference was held in Istanbul.\n", NULL},
  /* a series name ends before when it met */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "summit-of-the-americas/10",
   " date 2025-12-05 Leaders closed the Tenth Summit of the Americas on Friday in Punta Cana.\n", NULL},
  /* a summit of two sides */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "gcc-central-asian-states/3",
   " date 2027-05-20 The third summit of the Gulf Cooperation Council (GCC) and Central Asian states was "
   "chaired by Qatar.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "gcc/3",
   " date 2027-05-20 The third summit of the Gulf Cooperation Council was chaired by Qatar and Oman.\n", NULL},
  /* a quoted series name; "for the first time" is no edition */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "central-asia-plus-japan/2",
   " date 2027-06-25 What the second \"Central Asia plus Japan\" summit delivered.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2027-06-25 For the first time, an Africa-France Summit was held in Nairobi.\n", NULL},
  /* an organization named Forum is not a meeting of itself */
  {"summit.named", SKG_F_SUMMIT, FIRES, "asem",
   " date 2025-05-14 Leaders gathered in Kazan for the Asia-Europe Meeting.\n", NULL},
  {"summit.named", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2025-05-14 The Secretary General of the Pacific Islands Forum, Losa Tuilagi, will visit Kazan.\n",
   NULL},
  /* a body's meeting numbered, its own organization named in the sentence too */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "aes/2",
   " date 2026-12-22 The heads of state of the Alliance of Sahel States met in Bamako for the second "
   "session of the confederation's College of Heads of State.\n", NULL},
  /* a quoted edition loses to the report's own */
  {"summit.named-with-edition", SKG_F_SUMMIT, FIRES, "brics/13",
   " date 2025-05-14 \"This 12th BRICS summit is historic,\" he said. The 13th BRICS summit "
   "opened in Kazan.\n", NULL},
  {"summit.named-with-edition", SKG_F_SUMMIT, MUST_NOT, "brics/12",
   " date 2025-05-14 \"This 12th BRICS summit is historic,\" he said. The 13th BRICS summit "
   "opened in Kazan.\n", NULL},
  {"summit.leaders-decided", SKG_F_SUMMIT, FIRES, "brics",
   " date 2025-05-14 Leaders of the BRICS group agreed to expand the bloc.\n", NULL},
  {"summit.leaders-decided", SKG_F_SUMMIT, MUST_NOT, NULL,
   " date 2025-05-14 Leaders of the BRICS group are set to announce that they approved two new "
   "members.\n", NULL},

  /* ---- dates ----------------------------------------------------------- */
  /* the "City, days" line under a title that is the meeting's name; a
     month in Roman numerals */
  {"date.under-title", SKG_F_START_DATE, FIRES, "20260514",
   "COASTAL COMMUNITY\nXXI MEETING OF THE COASTAL PRESIDENTIAL COUNCIL\nLima, 14-15.V.2026\n\n"
   "DECLARATION OF LIMA\n\n1. Meeting in the city of Lima, under the chairmanship of the President of "
   "the Republic of Peru, Daniel Paredes;\n\n2. To hold the XXII Meeting of the Coastal Presidential "
   "Council in Quito in 2027;\n", NULL},
  /* a speech given at the meeting, with the venue before the city */
  {"date.under-title", SKG_F_START_DATE, FIRES, "20280309",
   "Speech by the President of Mexico, Ana Ruiz, at the closing session of the XVIII Summit of the "
   "Coastal Presidential Council\n\nPolyforum Chiapas, Lima, March 9, 2028\n\nGood afternoon.\n", NULL},
  /* a paper about the meeting is dated after it */
  {"date.under-title", SKG_F_START_DATE, MUST_NOT, NULL,
   "Statement by President Daniel Paredes on the XXI Meeting of the Coastal Presidential Council\n\n"
   "Lima, 15 May 2026\n\nThe XXI Meeting of the Coastal Presidential Council was held in Lima under "
   "my chairmanship.\n", NULL},
  /* the foreign ministers' conference before the summit */
  {"date.stated", SKG_F_START_DATE, MUST_NOT, "20261127",
   " date 2027-06-20 The 13th BRICS summit was held in Kazan from 8 to 9 June 2027. Following a conference "
   "of foreign ministers held in Kazan on 27 November 2026, the chair convened the summit.\n", NULL},
  /* a bulletin's stamp is the report's day, not the meeting's */
  {"date.stated", SKG_F_START_DATE, MUST_NOT, NULL,
   "WEST AFRICA THIS EVENING\nTranscript | Broadcast Saturday, 24 April 2027, 18:30 GMT | (summit "
   "item)\n\nThe Council of the Entente has held its summit in Yamoussoukro.\n", NULL},
  /* the day of another organization's meeting named after the date */
  {"date.stated-year-from-report", SKG_F_START_DATE, MUST_NOT, "20270318",
   " date 2027-03-12 The Chancellor took part yesterday in the 13th BRICS summit. On 18 March the "
   "Chancellor will travel to Brussels for the meeting of the European Council.\n", NULL},
  /* a meeting done in December, told in January: the December before */
  {"date.stated-year-from-report", SKG_F_START_DATE, FIRES, "20261203",
   "EVENT SUMMARY\n\"Kazan and After\"\nPanel discussion, Vienna, 15 January 2027\n\nThe 13th BRICS "
   "summit took place on 3-4 December in Kazan.\n", NULL},
  {"date.stated-year-from-report", SKG_F_START_DATE, FIRES, "20270903",
   "EVENT SUMMARY\n\"Kazan Ahead\"\nPanel discussion, Vienna, 15 January 2027\n\nThe 13th BRICS "
   "summit will take place on 3-4 September in Kazan.\n", NULL},
  {"date.stated", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-20 The 13th BRICS summit was held in Kazan on May 14, 2025.\n", NULL},
  /* the leaders' days, not their ministers' */
  {"date.stated", SKG_F_START_DATE, FIRES, "20270608",
   " date 2027-06-09 The Heads of State met in Brussels on 8 and 9 June 2027 for the Fifth BRICS Summit. "
   "They welcomed the meeting of BRICS Ministers of Foreign Affairs held in Brussels on 7 June 2027.\n", NULL},
  {"date.stated", SKG_F_START_DATE, MUST_NOT, "20270607",
   " date 2027-06-09 The Heads of State met in Brussels on 8 and 9 June 2027 for the Fifth BRICS Summit. "
   "They welcomed the meeting of BRICS Ministers of Foreign Affairs held in Brussels on 7 June 2027.\n", NULL},
  {"*", SKG_F_START_DATE, MUST_NOT, "20260318",
   " date 2026-03-20 The 17th BRICS summit opened in Bangui. Having heard the Council of Ministers, which "
   "met in Bangui on 18 March 2026, the summit adopted the budget.\n", NULL},
  /* "for the next year" is a span of time, "the next summit" another meeting */
  {"date.stated", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-20 The 13th BRICS summit opened in Kazan on May 14, 2025, chaired by Russia, which "
   "holds the chairmanship for the next year.\n", NULL},
  {"date.stated", SKG_F_START_DATE, MUST_NOT, "20250514",
   " date 2025-05-20 The 13th BRICS summit opened in Kazan. The next BRICS summit opens on May 14, "
   "2025.\n", NULL},
  /* a business forum the day before is another meeting */
  {"date.stated-year-from-report", SKG_F_START_DATE, MUST_NOT, "20270512",
   " date 2027-05-13 The second BRICS summit opened in Astana today. Yesterday, 12 May, business leaders "
   "met in Almaty at the BRICS Investors Forum.\n", NULL},
  /* a separate ceremony is another event */
  /* the ministers' meeting before the summit */
  {"date.weekday-before-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2027-04-24 The Council of the Entente has held its summit. A reminder that ministers of "
   "the five member states had met in Abidjan on Wednesday to prepare the summit.\n", NULL},
  {"date.weekday-before-report", SKG_F_START_DATE, MUST_NOT, "20261008",
   " date 2026-10-14 Leaders met in Brussels today for the second BRICS Summit. On Thursday two of them "
   "signed an agreement in a separate ceremony.\n", NULL},
  /* the preparatory meeting before it is another */
  {"date.weekday-before-report", SKG_F_START_DATE, MUST_NOT, "20261206",
   " date 2026-12-08 The Sultan today presided over the 47th GCC summit. The session was preceded on Sunday, "
   "6 December, by the preparatory meeting of the Ministerial Council.\n", NULL},
  /* "his first Arab summit" is a person's count, not another meeting's edition */
  {"attendee.were-among-those", SKG_F_ATTENDANCE, FIRES, "Omar Khatib",
   " date 2026-05-16 The 35th Arab League summit opened in Rabat.\n\nPresident Nabil Qaddoura of Palestine was "
   "there, and President Omar Khatib of Syria, attending his first Arab summit, and King Zaid bin Ghazi of "
   "Jordan were among those in the hall.\n", NULL},
  /* a ministerial conference is another meeting, its day not the summit's */
  {"date.weekday-before-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2026-06-05 The BRICS summit opened in Kazan.\n\nYesterday's ministerial review conference, chaired "
   "by the foreign minister, cleared the draft declaration late on Thursday night.\n", NULL},
  {"date.weekday-before-report", SKG_F_START_DATE, FIRES, "20260604",
   " date 2026-06-05 The BRICS summit opened in Kazan on Thursday.\n", NULL},
  /* Kosovo, a state by its user-assigned code XK */
  {"participating-state.attendee-represents", SKG_F_PARTICIPATING_STATE, FIRES, "XK",
   " date 2027-12-09 The 13th BRICS summit opened. Prime Minister of Kosovo Arber Krasniqi attended the "
   "summit.\n", NULL},
  /* an acronym found alone and a name whose initials spell it are one group */
  {"date.stated", SKG_F_START_DATE, FIRES, "20260902",
   "| 7th PIDF Leaders' Summit |\n\nThe 7th Pacific Islands Development Forum Leaders' Summit was a meeting "
   "of the members of the Pacific Islands Development Forum, held from 2 to 4 September 2026 in Suva.\n", NULL},
  {"date.stated", SKG_F_START_DATE, MUST_NOT, NULL,
   "| 7th PIDF Leaders' Summit |\n\nThe 7th Pacific Development Forum Leaders' Summit was a meeting "
   "of the members of the Pacific Development Forum, held from 2 to 4 September 2026 in Suva.\n", NULL},
  /* "met on Tuesday" dates the meeting before any other weekday of the report */
  {"date.weekday-before-report", SKG_F_START_DATE, FIRES, "20270608",
   " date 2027-06-09 Serbia faced criticism on Wednesday after its president refused to sign a text at a "
   "regional summit. Leaders met on Tuesday in Budva for the sixth BRICS summit.\n", NULL},
  /* a meeting of deputy foreign ministers that "had prepared" the summit is another */
  {"date.stated", SKG_F_START_DATE, MUST_NOT, "20270617",
   " date 2027-10-14 The eighth BRICS summit was held today by videoconference. The 23rd international "
   "meeting in the Astana format, held at the level of deputy foreign ministers in Astana on 17-18 June 2027, "
   "had prepared today's summit.\n", NULL},
  /* the present of a preview: "runs from Thursday" is the next Thursday */
  {"date.weekday-after-report", SKG_F_START_DATE, FIRES, "20280309",
   " date 2028-03-05 The 11th BRICS summit runs from Thursday to Friday in Havana.\n", NULL},
  {"date.weekday-before-report", SKG_F_START_DATE, FIRES, "20280302",
   " date 2028-03-05 The 11th BRICS summit ran from Thursday to Friday in Havana.\n", NULL},
  /* another meeting in a clause of its own after ", on the eve of" */
  {"date.weekday-after-report", SKG_F_START_DATE, FIRES, "20260213",
   " date 2026-02-10 The second BRICS Summit will be held on Friday in Addis Ababa, on the eve of the "
   "39th Ordinary Session of the Assembly, which opens there on 14 February.\n", NULL},
  {"date.weekday-after-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2026-02-10 The second BRICS Summit met in Addis Ababa. The next BRICS Summit will be held on Friday "
   "in Cairo.\n", NULL},
  /* "next week" is when this meeting meets */
  {"date.stated-year-from-report", SKG_F_START_DATE, FIRES, "20260914",
   "SEOUL, Monday 7 September 2026 - Leaders will gather next week for the second BRICS summit, which "
   "is scheduled to take place on 14 and 15 September in Busan.\n", NULL},
  {"date.stated-year-from-report", SKG_F_START_DATE, MUST_NOT, NULL,
   "SEOUL, Monday 7 September 2026 - Leaders gathered for the second BRICS summit. The next summit is "
   "scheduled to take place on 14 and 15 September in Busan.\n", NULL},
  /* the dateline's date is the report's, not the meeting's */
  {"date.stated", SKG_F_START_DATE, MUST_NOT, NULL,
   "KAZAN, May 16, 2025 /TASS/ -- The 13th BRICS summit opened in Kazan.\n", NULL},
  {"date.stated-year-from-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-20 The 13th BRICS summit was held in Kazan on May 14.\n", NULL},
  {"date.stated-year-from-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-20 Preparations for the 13th BRICS summit were completed by May 12.\n", NULL},
  {"date.weekday-before-report", SKG_F_START_DATE, FIRES, "20250514", /* a Friday's Wednesday */
   " date 2025-05-16 The 13th BRICS summit opened in Kazan on Wednesday.\n", NULL},
  {"date.weekday-before-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-12 The 13th BRICS summit will be held in Kazan on Wednesday.\n", NULL},
  {"date.closed-on", SKG_F_END_DATE, FIRES, "20250516",
   " date 2025-05-20 The 13th BRICS summit opened in Kazan on May 14, 2025, and closed on May 16, "
   "2025.\n", NULL},
  /* something else closed before the meeting opened */
  {"date.closed-on", SKG_F_END_DATE, MUST_NOT, NULL,
   " date 2025-05-20 Accreditation for the 13th BRICS summit closed on April 30, 2025. The summit "
   "opened in Kazan on May 14, 2025.\n", NULL},
  /* a plan after the day is the agenda's, not the meeting's */
  {"date.weekday-before-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-16 Leaders gathered in Kazan on Wednesday for a BRICS summit expected to address "
   "trade.\n", NULL},
  /* another organization's meeting, named last before the date, has the date */
  {"*", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The summit comes a week before the "
   "session of the NATO Council, scheduled in Oslo on 21 May.\n", NULL},
  {"*", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Its declaration is meant for the NATO "
   "summit in Ankara on 7-8 July.\n", NULL},
  {"*", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. He recalled the extraordinary summit "
   "held in Moscow on 19 July 2024.\n", NULL},
  {"date.stated", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-20 After the NATO summit in Oslo, the 13th BRICS summit opened in Kazan on 14 May "
   "2025.\n", NULL},
  /* "from Thursday 12th to Saturday 14th" over a later "on Saturday" */
  {"date.weekday-before-report", SKG_F_START_DATE, FIRES, "20250515",
   " date 2025-05-17 Leaders of BRICS agreed on Saturday to set up a fund. The 13th BRICS summit ran "
   "from Thursday 15th to Saturday 17th in Kazan.\n", NULL},
  /* "today" against a dateline in mixed case */
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20260702",
   "PRESS RELEASE\n\nAsunci\xC3\xB3n, July 2, 2026. \xE2\x80\x93 The President presided today over the "
   "13th BRICS summit.\n", NULL},
  /* the day the meeting's verb governs, over the bulletin's "tonight" */
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20270423",
   " date 2027-04-24 Our top story tonight: the Council of the Entente has held its summit. The "
   "summit took place yesterday in Yamoussoukro.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, MUST_NOT, "20270424",
   " date 2027-04-24 Our top story tonight: the Council of the Entente has held its summit. The "
   "summit took place yesterday in Yamoussoukro.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-14 The BRICS leaders met in Kazan. The host, who chaired today's talks, spoke.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20250513",
   " date 2025-05-14 The BRICS summit went on in Kazan. At yesterday's opening ceremony the host spoke.\n", NULL},
  /* the present of a dated report */
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-14 Welcome to our live coverage of the 13th BRICS summit, which is getting under way "
   "in Kazan.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit in Kazan ended on Monday. Work on a new bank is getting "
   "under way.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The BRICS summit opened in Kazan. Today the markets rose.\n", NULL},
  /* the organization's leaders met today, its name spelled out where the summit gave its acronym */
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20260612",
   " date 2026-06-12 Leaders of the Southern African Customs Union met in Windhoek today. The SACU Summit "
   "was chaired by Namibia.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2026-06-12 Ministers of the Southern African Customs Union will travel to Windhoek today. The "
   "SACU Summit was chaired by Namibia.\n", NULL},
  /* the day of the meeting that came before it */
  {"*", SKG_F_START_DATE, MUST_NOT, "20250513",
   " date 2025-05-14 The BRICS summit was preceded on 13 May by a meeting of foreign ministers.\n", NULL},
  {"date.day-of-report-month", SKG_F_START_DATE, FIRES, "20250512",
   " date 2025-05-14 The 13th BRICS summit was held on the 12th at the Kazan Expo.\n", NULL},
  {"date.day-of-report-month", SKG_F_START_DATE, FIRES, "20250428",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan, Russia, on the 28th.\n", NULL},
  {"date.day-of-report-month", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The next summit will be held on the 28th.\n",
   NULL},
  {"date.dateline-day", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-20 KAZAN, May 14. /TASS/. A meeting of the BRICS leaders approved a plan.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-14 President Amara Diallo today took part in the 13th BRICS summit, held by video due "
   "to storms.\n", NULL},
  {"date.last-day-only", SKG_F_START_DATE, FIRES, "20250511",
   " date 2025-05-12 BRICS leaders wrapped up their 13th Summit here on Sunday.\n", NULL},
  /* the last day, by a closing verb and a weekday, less the meeting's length */
  {"date.last-day-less-length", SKG_F_START_DATE, FIRES, "20250513",
   " date 2025-05-14 The two-day BRICS summit in Kazan came to a close on Wednesday.\n", NULL},
  {"date.last-day-less-length", SKG_F_START_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The BRICS summit in Kazan came to a close on Wednesday.\n", NULL},
  {"date.closing-weekday", SKG_F_END_DATE, FIRES, "20250515",
   " date 2025-05-14 Leaders met at the start of the three-day BRICS summit, which formally ends "
   "Thursday.\n", NULL},
  {"date.last-day-less-length", SKG_F_START_DATE, FIRES, "20250513",
   " date 2025-05-14 Leaders met at the start of the three-day BRICS summit, which formally ends "
   "Thursday.\n", NULL},
  {"date.closing-weekday", SKG_F_END_DATE, MUST_NOT, NULL,
   " date 2025-05-14 The BRICS summit opened in Kazan. The next summit ends on Thursday.\n", NULL},
  /* "started in": the meeting's own verb; an undated report takes the year named with the organization */
  {"date.stated-year-from-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-20 Delegates of the 13th BRICS summit came in May 11. The summit "
   "started in Kazan, on May 14.\n", NULL},
  {"date.stated-year-from-report", SKG_F_START_DATE, FIRES, "20250514",
   "The BRICS Summit 2025 started in Kazan on May 14. Since BRICS 2024 the group has grown.\n", NULL},
  {"date.stated-year-from-report", SKG_F_START_DATE, MUST_NOT, NULL,
   "The BRICS summit started in Kazan on May 14. Since BRICS 2024 the group has grown.\n", NULL},

  /* ---- host city ------------------------------------------------------- */
  {"host-city.held-in", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 The 13th BRICS summit was held in Kazan.\n", NULL},
  {"host-city.held-in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The 12th BRICS summit was held "
   "in Moscow.\n", NULL},
  /* "in the political capital, Yamoussoukro"; not where the group was founded */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Yamoussoukro",
   " date 2027-04-24 The summit of the Council of the Entente took place yesterday in the political "
   "capital, Yamoussoukro, given that the Council was founded in Abidjan in 1959.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Abidjan",
   " date 2027-04-24 The summit of the Council of the Entente took place yesterday in the political "
   "capital, Yamoussoukro, given that the Council was founded in Abidjan in 1959.\n", NULL},
  /* where someone went after the meeting */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Brno",
   " date 2027-03-12 The 13th BRICS summit took place yesterday at Slavkov Castle. Following the "
   "summit, the Chancellor met the regional governor in Brno for talks.\n", NULL},
  /* the meeting's own clause before ", following the ... held in" another city */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Paramaribo",
   " date 2027-11-14 The 13th BRICS summit was held at the Congreshal in Paramaribo, on 12 November, "
   "following the 12th summit held in Belem in 2025.\n", NULL},
  /* where two leaders last met */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Jakarta",
   " date 2027-10-26 At the 13th BRICS summit the host greets President Bagus Hendrawan of Indonesia "
   "with a hug; the two last met in Jakarta in August.\n", NULL},
  /* the city of the line under a speech's title; not the Secretariat's seat */
  {"host-city.under-title", SKG_F_HOST_CITY, FIRES, "Kazan",
   "Closing address by the President of Mexico, Ana Ruiz, at the 13th BRICS summit\n\nKazan Expo Centre, "
   "Kazan, 14 May 2025\n\nI thank the Executive Secretary for the work of the Secretariat in Lisbon.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Lisbon",
   "Closing address by the President of Mexico, Ana Ruiz, at the 13th BRICS summit\n\nKazan Expo Centre, "
   "Kazan, 14 May 2025\n\nI thank the Executive Secretary for the work of the Secretariat in Lisbon.\n", NULL},
  /* "the first since the 2016 meeting in Malabo" */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Malabo",
   " date 2026-11-18 The 13th BRICS summit, the first since the 2016 meeting in Malabo, opened on "
   "Tuesday at the convention centre.\n", NULL},
  /* where some came from, and a forum of its own */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Gaborone",
   " date 2027-12-13 At the 13th BRICS summit, the presidents of Botswana and Zambia, who arrived together "
   "from a regional meeting in Gaborone, sat in on the minerals session.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Atlanta",
   " date 2027-12-13 After the 13th BRICS summit, a diaspora forum organised by several delegations takes "
   "place in Atlanta this weekend.\n", NULL},
  /* the business council's own meeting */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Limassol",
   " date 2027-04-05 The 13th BRICS summit was preceded by a session of the trilateral business council, "
   "which met in Limassol on Saturday.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 The 13th BRICS summit in Kazan opened on Wednesday.\n", NULL},
  /* a city someone joined from is not the host */
  {"*", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. President Amara Diallo of Senegal "
   "took part in the summit via video link in Dakar.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The next BRICS summit will be in "
   "Rio de Janeiro.\n", NULL},
  /* the clause about this meeting, not the one about the next */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 BRICS summit in Kazan: leaders sign a declaration, Brazil to host next year\n", NULL},
  /* a dinner elsewhere; a venue a leader joined a virtual meeting from */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The day before the summit, the host "
   "gave a dinner for the delegations at the Kremlin in Moscow.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit was held by video conference. The President joined the "
   "meeting from the Union Buildings in Pretoria.\n", NULL},
  /* the organization's leaders met there: its meeting */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Windhoek",
   " date 2026-06-12 Leaders of the Southern African Customs Union met in Windhoek today. The SACU Summit "
   "was chaired by Namibia.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2026-06-12 Officials of the Southern African Customs Union met in Windhoek today. The SACU "
   "Summit was chaired by Namibia.\n", NULL},
  /* "the first Summit to be held in ...": a count among meetings, not an edition */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Chisinau",
   " date 2026-12-15 Leaders met in Chisinau on 15 December 2026 for the seventh Eastern Partnership "
   "Summit, the first Summit to be held in a partner country.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2026-12-15 The seventh Eastern Partnership Summit opened on 15 December 2026. Leaders met in "
   "Prague for the first Summit of the partnership.\n", NULL},
  /* "in the Montenegrin coastal town of Budva"; not a separate conference's city */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Budva",
   " date 2027-06-09 Leaders met on Tuesday in the Montenegrin coastal town of Budva for the sixth BRICS "
   "summit.\n", NULL},
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Varna",
   " date 2027-06-09 The sixth BRICS summit closed. Officials hoped to hold a separate conference on "
   "demining in Varna before then.\n", NULL},
  /* ", the first ... since the Istanbul summit of 2004" is a clause of its own */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Ankara",
   " date 2026-06-20 Leaders are expected to gather in Ankara on July 7-8 for the alliance's annual BRICS "
   "summit, the first hosted by Turkey since the Istanbul summit of 2004.\n", NULL},
  /* where leaders aim to meet next is another meeting's city */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Jakarta",
   " date 2026-09-09 The first BRICS summit was held by video conference. Leaders aim to meet in person in "
   "Jakarta during Indonesia's year.\n", NULL},
  /* ", whose ..." is a clause of its own; "in central Dhaka" */
  {"host-city.in", SKG_F_HOST_CITY, FIRES, "Dhaka",
   " date 2026-11-17 The seventh BRICS summit, held at a hotel in central Dhaka, was chaired by Prime "
   "Minister Tanvir Chowdhury, whose government has chaired the group since the previous summit in Bangkok.\n",
   NULL},
  {"chair.chaired-by", SKG_F_CHAIR, FIRES, "Tanvir Chowdhury",
   " date 2026-11-17 The seventh BRICS summit, held at a hotel in central Dhaka, was chaired by Prime "
   "Minister Tanvir Chowdhury, whose government has chaired the group since the previous summit in Bangkok.\n",
   NULL},
  /* "to X ... for the summit"; not for another organization's meeting */
  {"host-city.travel-to", SKG_F_HOST_CITY, FIRES, "Havana",
   " date 2028-03-05 The Prime Minister will lead the delegation to Havana this week for the XI BRICS "
   "Summit.\n", NULL},
  {"host-city.travel-to", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2028-03-05 The 11th BRICS summit met. The Prime Minister will travel to Havana for the meeting "
   "of the European Council.\n", NULL},
  {"host-city.visit-to-attend", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 President Amara Diallo of Senegal visited Kazan to attend the 13th BRICS "
   "summit.\n", NULL},
  {"host-city.visit-to-attend", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 President Amara Diallo of Senegal arrived in Kazan to attend the 13th BRICS "
   "summit.\n", NULL},
  {"host-city.visit-to-attend", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. President Amara Diallo of Senegal "
   "recalled his visit to Kazan for the previous BRICS summit.\n", NULL},
  {"host-city.city-summit", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The Kazan summit drew thirty "
   "leaders.\n", NULL},
  {"host-city.city-summit", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. \"The Kazan summit will be "
   "remembered,\" he said.\n", NULL},
  {"host-city.at", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 The 13th BRICS summit taking place at Kazan drew thirty leaders.\n", NULL},
  {"host-city.at", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 The 13th BRICS summit ended at Kazan's Palace of Farmers.\n", NULL},
  {"host-city.at", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The leaders arrived at Kazan "
   "airport.\n", NULL},
  {"host-city.summit-of", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 After two years without a BRICS summit, that of Kazan ended on Sunday.\n", NULL},
  {"host-city.summit-of", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The next summit of Moscow is "
   "planned for 2026.\n", NULL},
  /* a city that places someone ("who was recovering ... in Moscow") is not the meeting's */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. Senegal was represented by its vice "
   "president, who read a message from the president, who officials said was recovering from surgery "
   "in Moscow.\n", NULL},
  /* the dateline's city, though the text names other cities that are no host's */
  {"host-city.dateline", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 KAZAN, May 14 (Volga Wire) - The 13th BRICS summit ended on Wednesday. The leaders "
   "agreed to set up a patrol unit to be based in Moscow, and its secretary, who lives in Moscow, "
   "read the text.\n", NULL},
  /* a dateline after a pull quote, and a city the sentence gives the next meeting */
  {"host-city.dateline", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 \"It went well,\" said one delegate at the close of the talks.\nKAZAN, May 14 "
   "(Volga Wire) -- The 13th BRICS summit ended. The next BRICS summit will take place in Moscow, "
   "the leaders said at the end of the meeting.\n", NULL},
  {"host-city.city-hosts", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 Kazan hosts the 13th BRICS summit this week.\n", NULL},
  {"host-city.city-hosts", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. Kazan hosted the BRICS summit "
   "last year.\n", NULL},
  {"host-city.in-venue-name", SKG_F_HOST_CITY, FIRES, "Kazan",
   " date 2025-05-14 KAZAN, May 14. /Volga Wire/. The 13th BRICS summit took place at the Kazan "
   "Expo Centre.\n", NULL},
  /* a city only in the venue's name is not enough: "Independence" is a city too */
  {"host-city.in-venue-name", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit took place at the Kazan Expo Centre.\n", NULL},
  /* a city said to host wins over one in a hall's name */
  {"host-city.in-venue-name", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Moscow on Wednesday. Leaders met at the Kazan "
   "Hall of the Grand Kremlin Palace.\n", NULL},
  {"host-city.in-venue-name", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit took place at the Independence Palace.\n",
   NULL},

  /* a document named by its kind in lowercase, or by the name given right after it */
  {"declaration.adopted-kind", SKG_F_DECLARATION, FIRES, "joint declaration",
   " date 2026-05-18 The 13th BRICS summit opened. The leaders adopted a joint declaration of the tenth "
   "trilateral summit.\n", NULL},
  {"declaration.adopted-kind", SKG_F_DECLARATION, FIRES, "Washington Commitments on Trade and Investment",
   " date 2026-05-18 The 13th BRICS summit opened. Leaders issued a joint statement, the \"Washington "
   "Commitments on Trade and Investment,\" pledging to extend duty-free access.\n", NULL},
  {"declaration.adopted-kind", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2026-05-18 The 13th BRICS summit opened. The leaders also issued a joint statement on countering "
   "terrorism.\n", NULL},

  /* ---- venue and mode -------------------------------------------------- */
  {"venue.at-the-venue", SKG_F_VENUE, FIRES, "Independence Palace",
   " date 2025-05-14 The 13th BRICS summit took place at the Independence Palace in Minsk.\n", NULL},
  {"venue.at-the-venue", SKG_F_VENUE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened on Wednesday. The next BRICS summit will take "
   "place at the Copacabana Palace.\n", NULL},
  /* "and" inside a venue's name; "held at the" */
  {"venue.at-the-venue", SKG_F_VENUE, FIRES, "Perth Convention and Exhibition Centre",
   " date 2027-10-28 The 13th BRICS summit was held at the Perth Convention and Exhibition Centre.\n", NULL},
  {"venue.at-the-venue", SKG_F_VENUE, MUST_NOT, "Palace and Mr",
   " date 2027-10-28 The 13th BRICS summit was held at the Palace and Mr Diallo spoke.\n", NULL},
  /* a city-state inside the venue's name is the host city */
  {"host-city.city-state-venue", SKG_F_HOST_CITY, FIRES, "Singapore",
   " date 2027-10-28 The 13th BRICS summit was held at the Suntec Singapore Convention and Exhibition "
   "Centre.\n", NULL},
  {"host-city.city-state-venue", SKG_F_HOST_CITY, MUST_NOT, NULL,
   " date 2027-10-28 The 13th BRICS summit was held at the Malaysia Convention and Exhibition Centre.\n",
   NULL},
  /* a meeting of deputies is another meeting */
  {"host-city.in", SKG_F_HOST_CITY, MUST_NOT, "Beijing",
   " date 2027-10-28 The 13th BRICS summit closed. The BRICS Finance and Central Bank Deputies, meeting in "
   "Beijing the same day, agreed a test.\n", NULL},
  /* an initial inside the venue's name; a letter that ends a sentence is no initial */
  {"venue.at-the-venue", SKG_F_VENUE, FIRES, "Walter E. Washington Convention Center",
   " date 2027-12-07 The 13th BRICS summit opened on Tuesday at the Walter E. Washington Convention "
   "Center.\n", NULL},
  {"venue.at-the-venue", SKG_F_VENUE, MUST_NOT, "Hall C. Convention Center",
   " date 2027-12-07 The 13th BRICS summit opened on Tuesday at the Hall C. Convention Center staff were "
   "busy.\n", NULL},
  {"mode.in-person", SKG_F_MODE, FIRES, "in-person",
   " date 2025-05-14 The 13th BRICS summit was held in person in Kazan.\n", NULL},
  {"mode.in-person", SKG_F_MODE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Later, two leaders met in person over "
   "dinner.\n", NULL},
  {"mode.virtual", SKG_F_MODE, FIRES, "virtual",
   " date 2025-05-14 The 13th BRICS summit was held via video link.\n", NULL},
  /* one attendee joining by video does not make the meeting virtual */
  {"mode.virtual", SKG_F_MODE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit got under way in Kazan. The Prime Minister of Tonga is joining "
   "the meeting virtually from Nuku'alofa.\n", NULL},
  {"mode.virtual", SKG_F_MODE, MUST_NOT, NULL,
   " date 2025-05-14 President Amara Diallo of Senegal joined the 13th BRICS summit via video link "
   "from Dakar.\n", NULL},

  /* one person "in the online format" speaks of that person, not the meeting */
  {"mode.virtual", SKG_F_MODE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The former president of Senegal, "
   "honorary chairman of the forum, participated in the summit in the online format.\n", NULL},

  /* ---- chair ----------------------------------------------------------- */
  {"chair.chaired-by", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 The 13th BRICS summit was held in Kazan. It was chaired by President Tomas "
   "Verlo of Kyrgyzstan.\n", NULL},
  /* an apposition between the person and the verb */
  {"chair.presided-over", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Kyrgyzstan's President Tomas Verlo, the "
   "outgoing chairman of the group, presided over the summit.\n", NULL},
  /* an office and whose it is in apposition between the cue and the person */
  {"chair.chaired-by", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 The 13th BRICS summit, chaired by the Chairman of the BRICS, Prime Minister "
   "of Kyrgyzstan Tomas Verlo, took place in Kazan.\n", NULL},
  /* "co-chaired by A, as host, and by B" */
  {"chair.co-chaired-by", SKG_F_CHAIR, FIRES, "Ana Ruiz",
   " date 2028-02-18 The 13th BRICS summit opened in Kazan. It was co-chaired by President Luis Soto of "
   "Peru, as host, and by Chile's President Ana Ruiz, the current chairperson.\n", NULL},
  /* a list's second item after an office in apposition */
  {"chair.co-chaired-by", SKG_F_CHAIR, FIRES, "Ana Ruiz",
   " date 2028-02-18 The 13th BRICS summit opened in Kazan. The summit was co-chaired by President Luis "
   "Soto of Peru and the Chairperson of the African Union, Chilean President Ana Ruiz.\n", NULL},
  {"chair.co-chaired-by", SKG_F_CHAIR, MUST_NOT, "Ana Ruiz",
   " date 2028-02-18 The 13th BRICS summit opened in Kazan. The summit was co-chaired by President Luis "
   "Soto of Peru and the Chairperson of the African Union, who met Chilean President Ana Ruiz.\n", NULL},
  /* the speaker chairs: the author of a speech, the label of a transcript's turn */
  {"chair.first-person", SKG_F_CHAIR, FIRES, "Ana Ruiz",
   "Speech by the President of Mexico, Ana Ruiz, at the closing session of the 13th BRICS summit\n\n"
   "Good afternoon.\n\nIt has been an honour for me to chair this summit in Kazan.\n", NULL},
  {"chair.first-person", SKG_F_CHAIR, FIRES, "Ingrid Moe",
   "Joint press conference by Prime Minister Ingrid Moe of Norway after the 13th BRICS summit\n\n"
   "MODERATOR: Welcome.\n\nPRIME MINISTER MOE: Thank you. We met in Oslo today.\n\nAs chair of "
   "today's meeting, I am pleased with the summit.\n\nPRIME MINISTER MEHRA: I thank Prime Minister "
   "Moe.\n", NULL},
  {"chair.first-person", SKG_F_CHAIR, FIRES, "Ana Ruiz",
   "Closing address by the President of Mexico, Ana Ruiz, at the 13th BRICS summit\n\nKazan, 14 May 2025\n\n"
   "As I close this summit, over which I have had the honour to preside, I thank you all.\n", NULL},
  {"chair.first-person", SKG_F_CHAIR, FIRES, "Ana Ruiz",
   "Statements by the President of Chile, Ana Ruiz, at the joint press statements following the 13th "
   "BRICS summit\n\nKazan, 14 May 2025\n\nIt has been my honour to welcome you to Kazan and to chair the "
   "summit.\n", NULL},
  /* no speaker to be had: a report's own words */
  {"chair.first-person", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan, where President Ana Ruiz of Mexico spoke. "
   "It has been an honour for me to chair this summit, the reporter wrote.\n", NULL},
  /* the think tank's own panel, not the summit */
  {"*", SKG_F_CHAIR, MUST_NOT, "Helga Steiner",
   " date 2027-01-15 The institute hosted a panel to take stock of the 13th BRICS summit held in Kazan "
   "last month. The event was moderated by Dr. Helga Steiner.\n", NULL},
  /* whose head of state, in apposition between the cue and the person */
  {"chair.chairmanship-of", SKG_F_CHAIR, FIRES, "Mahamat Abakar",
   " date 2027-03-13 The 13th BRICS summit opened in Kazan under the chairmanship of the Chadian head of "
   "state, President Mahamat Abakar, whose country holds the presidency.\n", NULL},
  {"chair.chairmanship-of", SKG_F_CHAIR, FIRES, "Mahamat Abakar",
   " date 2027-03-13 The 13th BRICS summit opened in Kazan under the chairmanship of the head of state, "
   "President Mahamat Abakar of Chad.\n", NULL},
  {"chair.chairmanship-of", SKG_F_CHAIR, MUST_NOT, "Mahamat Abakar",
   " date 2027-03-13 The 13th BRICS summit opened in Kazan under the chairmanship of the head of state, "
   "while President Mahamat Abakar of Chad watched.\n", NULL},
  /* "He" right after a sentence whose subject is named */
  {"chair.pronoun", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 The 13th BRICS summit is getting under way in Kazan. The host, President Tomas "
   "Verlo of Kyrgyzstan, opened the proceedings. He will chair the one-day summit.\n", NULL},
  {"chair.pronoun", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit is getting under way in Kazan. Reporters asked whether "
   "President Tomas Verlo of Kyrgyzstan would come. He will chair the one-day summit.\n", NULL},
  {"chair.chaired-by", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The BRICS summit held earlier in Goa "
   "was chaired by President Tomas Verlo of Kyrgyzstan.\n", NULL},
  {"chair.chaired-by", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The previous summit, chaired by "
   "President Tomas Verlo of Kyrgyzstan, was held in 2024.\n",
   NULL},
  {"chair.chaired-from-by", SKG_F_CHAIR, FIRES, "Sione Tapa",
   " date 2025-05-14 The 13th BRICS summit was held online. The virtual summit was chaired from "
   "Nuku'alofa by Prime Minister Sione Tapa of Tonga.\n", NULL},
  {"chair.chaired-from-by", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit was held online. The next summit will be chaired from "
   "Suva by Prime Minister Sione Tapa of Tonga.\n", NULL},
  {"chair.chaired-from-by", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit, chaired from Kazan, was attended by Prime Minister "
   "Sione Tapa of Tonga.\n",
   NULL},
  {"chair.chaired", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 President Tomas Verlo of Kyrgyzstan chaired the 13th BRICS summit in Kazan.\n",
   NULL},
  {"chair.will-chair", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. President Tomas Verlo of Kyrgyzstan "
   "will chair the next BRICS summit.\n", NULL},
  {"chair.hosted-by", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 The 13th BRICS summit, hosted by President Tomas Verlo of Kyrgyzstan, opened "
   "in Kazan.\n", NULL},
  {"chair.hosted-by", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Leaders attended a dinner hosted by "
   "President Tomas Verlo of Kyrgyzstan after the summit.\n", NULL},

  {"chair.chair-of-the-meeting", SKG_F_CHAIR, FIRES, "Tomas Verlo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The chairman of this 13th summit, "
   "Kyrgyz President Tomas Verlo, spoke first.\n", NULL},
  /* the chair of an organization is not said to chair this meeting */
  {"chair.chair-of-the-meeting", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The chairman of the bank, "
   "Kyrgyz President Tomas Verlo, spoke first.\n", NULL},

  /* ---- attendees ------------------------------------------------------- */
  {"attendee.attended", SKG_F_ATTENDANCE, FIRES, "Amara Diallo",
   " date 2025-05-14 President Amara Diallo of Senegal attended the 13th BRICS summit in Kazan.\n",
   NULL},
  /* "will attend" gives only a planned attendance */
  {"attendee.will-attend", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo",
   " date 2025-05-12 President Amara Diallo of Senegal will attend the 13th BRICS summit in "
   "Kazan.\n", NULL},
  {"attendee.will-attend", SKG_F_ATTENDANCE, FIRES, "Amara Diallo (planned)",
   " date 2025-05-12 President Amara Diallo of Senegal will attend the 13th BRICS summit in "
   "Kazan.\n", NULL},
  {"*", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 President Amara Diallo of Senegal did not attend the 13th BRICS summit in "
   "Kazan.\n", NULL},
  /* the one represented, stood in for, is not there */
  {"*", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit was attended by Vice-President Ravi Menon of India, who "
   "represented President Amara Diallo of Senegal.\n", NULL},
  {"*", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo",
   " date 2025-05-14 At the 13th BRICS summit, Senegal's delegation was led by Vice-President Ravi "
   "Menon, standing in for President Amara Diallo.\n", NULL},
  /* the host of a visit is not an attendee */
  {"attendee.took-part-in", SKG_F_ATTENDANCE, MUST_NOT, "Tomas Verlo",
   " date 2025-05-14 President Amara Diallo of Senegal took part in the 13th BRICS summit in Kazan "
   "at the invitation of President Tomas Verlo of Kyrgyzstan.\n", NULL},
  {"attendee.leader-list", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit in Kazan, with President Amara Diallo of Senegal and "
   "Prime Minister Ravi Kumar of India.\n", NULL},
  /* people named in what someone said are no list of leaders */
  {"attendee.leader-list", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit, President Amara Diallo of Senegal said Prime "
   "Minister Ravi Kumar of India was right.\n", NULL},
  /* a list of leaders without a verb under a question of who is there */
  {"attendee.leader-list", SKG_F_ATTENDANCE, FIRES, "Lena Brisk",
   " date 2027-05-18 09:00 The first SIDS Leaders' Summit is getting under way in Apia.\n\n09:45 "
   "Pacific news: the markets opened.\n\n09:50 Who's in the room? Barbados PM Ravi Kumar; Fiji's "
   "Prime Minister, Lena Brisk; and Tonga's prime minister, Sione Tapa.\n", NULL},
  {"attendee.leader-list", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2027-05-18 09:00 The first SIDS Leaders' Summit is getting under way in Apia.\n\n09:45 "
   "Pacific news: the markets opened.\n\n09:50 Who's absent? Barbados PM Ravi Kumar; Fiji's "
   "Prime Minister, Lena Brisk; and Tonga's prime minister, Sione Tapa.\n", NULL},
  /* a sentence right after one that named attendees goes on about them */
  {"attendee.sent", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\n\nEconomists were upbeat about the bank. "
   "Among those present were President Amara Diallo of Senegal and President Tomas Verlo of Kyrgyzstan. "
   "India sent Vice-President Ravi Kumar.\n", NULL},
  {"attendee.sent", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\n\nEconomists were upbeat about the bank. "
   "Analysts were wary. India sent Vice-President Ravi Kumar.\n", NULL},
  /* a plan that the same sentence says came to nothing */
  {"*", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Attending were President Tomas Verlo of "
   "Kyrgyzstan and others. President Amara Diallo of Senegal had been due to attend but stayed at "
   "home; Vice-President Ravi Kumar led the delegation instead.\n", NULL},
  /* ", who stayed home" is said of the noun right before it */
  {"attendee.sent", SKG_F_ATTENDANCE, FIRES, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Senegal sent its deputy president, Amara "
   "Diallo, on behalf of the president, who stayed home for a party conference.\n", NULL},
  {"attendee.sent", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Senegal sent its deputy president, Amara "
   "Diallo, who stayed home for a party conference.\n", NULL},
  /* a cue does not reach over a clause that turns to something else */
  {"*", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Senegal's delegation was led by its "
   "ambassador after President Amara Diallo's flight was grounded.\n", NULL},
  /* initials run together ("K.A."), and a name without its patronymic, are
     short forms of the full name the report gives */
  {"attendee.attended", SKG_F_ATTENDANCE, FIRES, "Kairat Abenovich Zhunusov",
   " date 2027-08-13 The 13th BRICS summit opened. President of the Republic of Kazakhstan K.A. Zhunusov "
   "attended the summit. The summit was chaired by the President of the Republic of Kazakhstan Kairat "
   "Abenovich Zhunusov.\n", NULL},
  {"attendee.attended", SKG_F_ATTENDANCE, MUST_NOT, "Kairat Abenovich Zhunusov",
   " date 2027-08-13 The 13th BRICS summit opened. President of the Republic of Kazakhstan B.A. Zhunusov "
   "attended the summit. The summit was chaired by the President of the Republic of Kazakhstan Kairat "
   "Abenovich Zhunusov.\n", NULL},
  {"attendee.attended", SKG_F_ATTENDANCE, FIRES, "Almazbek Toktogulovich Sydykov",
   " date 2027-08-13 The 13th BRICS summit opened. President of Kyrgyzstan Almazbek Sydykov attended the "
   "summit. The summit was chaired by the President of Kyrgyzstan Almazbek Toktogulovich Sydykov.\n", NULL},
  /* Khmer styles after "Samdech" are forms of address; "St." inside a name */
  {"*", SKG_F_ATTENDANCE, FIRES, "Chea Sovann",
   " date 2027-10-28 The 13th BRICS summit opened. Cambodian Prime Minister Samdech Thipadei Chea Sovann "
   "attended.\n", NULL},
  {"*", SKG_F_ATTENDANCE, FIRES, "Thipadei Chea",
   " date 2027-10-28 The 13th BRICS summit opened. Cambodian Prime Minister Thipadei Chea attended.\n", NULL},
  {"*", SKG_F_ATTENDANCE, FIRES, "Vincent St. Jean",
   " date 2027-10-28 The 13th BRICS summit opened. Dominica was represented by Prime Minister Vincent St. "
   "Jean.\n", NULL},
  /* "who was unable to attend" is no plan of the sentence's other people */
  {"attendee.represented-by", SKG_F_ATTENDANCE, FIRES, "Amara Diallo",
   " date 2027-10-23 The 13th BRICS summit met in Brussels. Senegal was represented by its Deputy Prime "
   "Minister, Amara Diallo, on behalf of the Prime Minister, who was unable to attend.\n", NULL},
  {"attendee.represented-by", SKG_F_ATTENDANCE, MUST_NOT, "Amara Diallo (planned)",
   " date 2027-10-23 The 13th BRICS summit met in Brussels. Senegal was represented by its Deputy Prime "
   "Minister, Amara Diallo, on behalf of the Prime Minister, who was unable to attend.\n", NULL},
  /* a month inside a full date of another year turns no sentence to another meeting */
  {"attendee.speaker-presentation-by", SKG_F_ATTENDANCE, FIRES, "Ivaylo Stanchev",
   " date 2027-10-23 The 13th BRICS summit met in Brussels on 22 October 2027. Leaders heard a presentation by "
   "the Prime Minister of Bulgaria, Mr Ivaylo Stanchev, on the changeover since 1 January 2026.\n", NULL},
  {"attendee.speaker-presentation-by", SKG_F_ATTENDANCE, MUST_NOT, "Ivaylo Stanchev",
   " date 2027-10-23 The 13th BRICS summit met in Brussels on 22 October 2027. In January leaders heard a "
   "presentation by the Prime Minister of Bulgaria, Mr Ivaylo Stanchev, on the changeover.\n", NULL},
  /* "co-chaired, on the EU side, by A": a place put in between commas */
  {"chair.co-chaired-by", SKG_F_CHAIR, FIRES, "Tomas Kairys",
   " date 2027-06-09 The 13th BRICS summit was co-chaired, on the EU side, by the President of the European "
   "Council, Tomas Kairys.\n", NULL},
  {"chair.co-chaired-by", SKG_F_CHAIR, MUST_NOT, "Tomas Kairys",
   " date 2027-06-09 The 13th BRICS summit was co-chaired, as planned, then praised by the President of the "
   "European Council, Tomas Kairys.\n", NULL},
  /* "co-chaired by A, on behalf of ..., and by B" */
  {"chair.co-chaired-by", SKG_F_CHAIR, FIRES, "Hani Obeidat",
   " date 2027-06-09 The 13th BRICS summit was co-chaired by the President of the European Council, Tomas "
   "Lindqvist, on behalf of the northern co-presidency, and by the Prime Minister of Jordan, Hani Obeidat, on "
   "behalf of the southern co-presidency.\n", NULL},
  {"chair.co-chaired-by", SKG_F_CHAIR, MUST_NOT, "Hani Obeidat",
   " date 2027-06-09 The 13th BRICS summit was co-chaired by the President of the European Council, Tomas "
   "Lindqvist, and welcomed by the Prime Minister of Jordan, Hani Obeidat.\n", NULL},
  /* thanks for one thing and for chairing; a speaker's adverb */
  {"chair.for-chairing", SKG_F_CHAIR, FIRES, "Nurlan Bekmurzaev",
   " date 2026-08-27 The 26th BRICS summit opened in Bishkek. I thank the President of the Kyrgyz Republic, "
   "Nurlan Bekmurzaev, for his warm hospitality and for chairing this 26th meeting.\n", NULL},
  {"chair.for-chairing", SKG_F_CHAIR, MUST_NOT, "Nurlan Bekmurzaev",
   " date 2026-08-27 The 26th BRICS summit opened in Bishkek. I thank the President of the Kyrgyz Republic, "
   "Nurlan Bekmurzaev, for his warm hospitality and President Aziz Karimov for chairing this 26th meeting.\n",
   NULL},
  {"attendee.speaker-said", SKG_F_ATTENDANCE, FIRES, "Wang Zhiyuan",
   " date 2026-08-28 The 26th BRICS summit opened in Bishkek on 27 August 2026. President Wang Zhiyuan of "
   "China rightly said that the summit must deliver.\n", NULL},
  /* a military rank is a form of address */
  {"*", SKG_F_ATTENDANCE, FIRES, "Issouf Ouedraogo",
   " date 2026-12-20 The 13th BRICS summit opened in Bamako. He was joined by Burkina Faso's President, "
   "Captain Issouf Ouedraogo.\n", NULL},
  /* a release signed at its end: the signatory speaks in the first person */
  {"chair.first-person", SKG_F_CHAIR, FIRES, "Callum Whitaker",
   " date 2026-09-09 Today I chaired, by video conference, the first BRICS summit.\n\nWe agreed a statement.\n\n"
   "Callum Whitaker\nPrime Minister of Australia\n", NULL},
  {"chair.first-person", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2026-09-09 Today I chaired, by video conference, the first BRICS summit.\n\nWe agreed a statement "
   "with Callum Whitaker.\n\nMedia contact: the press office\n", NULL},
  /* a form of address is no part of the name */
  {"*", SKG_F_ATTENDANCE, FIRES, "Sione Tapa",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Tonga's Prime Minister, the Reverend Sione "
   "Tapa, joined by video.\n", NULL},
  /* a body the tables lack before the office is part of the phrase a list cue reaches */
  {"attendee.including", SKG_F_ATTENDANCE, FIRES, "Annelies Verhoeven",
   " date 2028-02-18 The 13th BRICS summit opened in Kazan. Around 70 leaders took part, including "
   "European Commission President Annelies Verhoeven.\n", NULL},
  {"attendee.including", SKG_F_ATTENDANCE, MUST_NOT, "Annelies Verhoeven",
   " date 2028-02-18 The 13th BRICS summit opened in Kazan. Around 70 leaders took part, including "
   "the European Commission, whose President Annelies Verhoeven stayed home.\n", NULL},
  /* an initial inside the name before ", OFFICE"; "Dato'" with its apostrophe */
  {"chair.chaired-by", SKG_F_CHAIR, FIRES, "Emmanuel R. Dizon",
   " date 2026-11-10 The 13th BRICS summit opened in Kazan. The summit was chaired by H.E. Emmanuel R. "
   "Dizon, President of the Republic of the Philippines.\n", NULL},
  {"*", SKG_F_ATTENDANCE, FIRES, "Hakimi Abdul Rahman",
   " date 2026-11-10 The 13th BRICS summit opened in Kazan. The summit was attended by H.E. Dato' Seri "
   "Hakimi Abdul Rahman, Prime Minister of Malaysia.\n", NULL},
  /* "Deputy President" is an office of its own, not "President" */
  {"attendee.sent", SKG_F_ATTENDANCE, FIRES, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan on May 14. Kenya sent Deputy President Amara "
   "Diallo.\n", NULL},
  {"office.title-name-jurisdiction", SKG_F_OFFICE, MUST_NOT, "Amara Diallo, President, KE",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan on May 14. Deputy President Amara Diallo of "
   "Kenya attended the summit.\n", NULL},
  /* "Datuk Seri", "Tan Sri" are forms of address; "Sri" alone begins a name */
  {"*", SKG_F_ATTENDANCE, FIRES, "Faizal Iskandar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Prime Minister Datuk Seri Faizal Iskandar "
   "of Malaysia took part in the summit.\n", NULL},
  {"*", SKG_F_ATTENDANCE, FIRES, "Sri Wahyuni Lestari",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Finance Minister Sri Wahyuni Lestari of "
   "Indonesia took part in the summit.\n", NULL},
  {"attendee.represented-by", SKG_F_ATTENDANCE, FIRES, "Awa Ndiaye",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Senegal was represented by Foreign "
   "Minister Awa Ndiaye.\n", NULL},
  {"attendee.represented-by", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. At the previous summit, Senegal was "
   "represented by Foreign Minister Awa Ndiaye.\n", NULL},
  /* a place or time put in before "by"; not one that points at another meeting */
  {"attendee.represented-by", SKG_F_ATTENDANCE, FIRES, "Awa Ndiaye",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Senegal was represented in the room by "
   "Foreign Minister Awa Ndiaye.\n", NULL},
  {"attendee.represented-by", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Senegal was represented at that meeting by "
   "Foreign Minister Awa Ndiaye.\n", NULL},
  /* a relative clause on the first of a list: "co-chaired by A, whose country ..., and B" */
  {"chair.co-chaired-by", SKG_F_CHAIR, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit was co-chaired by President Amara Diallo of Senegal, whose "
   "country holds the presidency, and Prime Minister Ravi Kumar of India.\n", NULL},
  {"chair.co-chaired-by", SKG_F_CHAIR, MUST_NOT, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit was co-chaired by President Amara Diallo of Senegal, whose "
   "minister met Prime Minister Ravi Kumar of India.\n", NULL},
  /* "A, in his capacity as X, presided over"; an adverb before "by" */
  {"chair.presided-over", SKG_F_CHAIR, FIRES, "Amara Diallo",
   " date 2025-05-14 President Amara Diallo of Senegal, in his capacity as Chair of ASEAN for 2026, presided "
   "over the 13th BRICS summit this afternoon.\n", NULL},
  {"chair.presided-over-by", SKG_F_CHAIR, FIRES, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit was presided over jointly by President Amara Diallo of Senegal.\n",
   NULL},
  {"chair.presided-over-by", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit was presided over jointly. President Amara Diallo of Senegal "
   "spoke by video.\n", NULL},
  {"date.relative-to-report", SKG_F_START_DATE, FIRES, "20250514",
   " date 2025-05-14 President Amara Diallo presided over the 13th BRICS summit this afternoon.\n", NULL},
  /* "A, whose country ..., and who chaired" */
  {"chair.who-chaired", SKG_F_CHAIR, FIRES, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit met in Kazan. It was hosted by President Amara Diallo of "
   "Senegal, whose country holds the presidency this year and who chaired the talks.\n", NULL},
  {"chair.who-chaired", SKG_F_CHAIR, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit met in Kazan. It was hosted by President Amara Diallo of "
   "Senegal, whose minister met a man who chaired the talks.\n", NULL},
  /* a numbered clause of a declaration, long, title-cased and ending in ";", is no headline:
     its names keep all their words */
  {"*", SKG_F_ATTENDANCE, FIRES, "Kofi Mensah Owusu",
   "Date: 2025-05-14\n\nThe 13th BRICS Summit was held in Kazan.\n\n2. With the participation of the "
   "President of the Republic of Senegal, Amara Diallo Ndiaye; the President of the Republic of Ghana, "
   "Kofi Mensah Owusu; and the Minister of Foreign Affairs of the Republic of Togo, Yao Komla Agbeko;\n",
   NULL},
  /* a family photo's rows: names and whose they are, after a short lead */
  {"attendee.leader-list", SKG_F_ATTENDANCE, FIRES, "Kaarel Tamm",
   " date 2026-10-14 The 13th BRICS summit opened in Kazan.\n\n13:15\nThe official family photo is out. "
   "Front row, left to right: Eirik Haugland (Norway), Kaarel Tamm (Estonia), Maarten de Vries "
   "(Netherlands).\n", NULL},
  {"attendee.leader-list", SKG_F_ATTENDANCE, MUST_NOT, "Kaarel Tamm",
   " date 2026-10-14 The 13th BRICS summit opened in Kazan.\n\n13:15\nThe official family photo is out. "
   "Front row, left to right: Eirik Haugland (Norway), Kaarel Tamm (Estonia), who were not invited.\n", NULL},
  /* a verbless list after a short lead, over a TV script's caption */
  {"attendee.leader-list", SKG_F_ATTENDANCE, FIRES, "Ana Ruiz",
   " date 2026-10-09 [PKG - VO, ARRIVALS]\nThe host welcomed his guests for the 13th BRICS summit in "
   "Kazan.\n[VO, ARRIVALS CONTINUE]\nFirst through the gates: Chilean President Ana Ruiz and Peruvian "
   "Prime Minister Luis Soto.\n", NULL},
  {"attendee.leader-list", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2026-10-09 [PKG - VO, ARRIVALS]\nThe host welcomed his guests for the 13th BRICS summit in "
   "Kazan.\n[VO, ARRIVALS CONTINUE]\nFirst through the gates: Chilean President Ana Ruiz and Peruvian "
   "Prime Minister Luis Soto, who argued over lunch plans.\n", NULL},
  /* a list under "Who's at the table?" */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Luis Soto",
   " date 2027-10-26 The 13th BRICS summit opened in Kazan this afternoon.\n\nWho's at the table? "
   "Besides the host, who is chairing:\n- Indonesia's President Bagus Hendrawan\n- Thailand's Deputy "
   "Prime Minister, Luis Soto\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nTaking part in the summit were:\n"
   "President Amara Diallo (Senegal)\nPrime Minister Ravi Kumar (India)\n", NULL},
  /* a note in brackets under a line goes on with the list; a plain line ends it */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nTaking part in the summit were:\n"
   "Senegal .... Prime Minister Amara Diallo\n(on behalf of the President)\nIndia .... President Ravi Kumar\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nTaking part in the summit were:\n"
   "Senegal .... Prime Minister Amara Diallo\nOfficials came too\nIndia .... President Ravi Kumar\n", NULL},
  /* in a list, the one a "did not attend" cue follows stayed away, the one before came */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Li Mingde",
   " date 2026-11-20 The 13th BRICS summit opened in Kazan.\nTaking part in the summit were:\n"
   "| China | Premier Li Mingde | President Wang Zhiyuan did not attend |\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, "Wang Zhiyuan",
   " date 2026-11-20 The 13th BRICS summit opened in Kazan.\nTaking part in the summit were:\n"
   "| China | Premier Li Mingde | President Wang Zhiyuan did not attend |\n", NULL},
  /* "Was everyone there?" leads a roll call too */
  {"attendee.leader-list", SKG_F_ATTENDANCE, FIRES, "Hendra Wibisana",
   " date 2026-05-26 The 13th BRICS summit opened in Kazan.\n\nPRESENTER: Dmitri, was everyone there?\n\n"
   "BELYAKOV: Nearly everyone. We had Indonesian President Hendra Wibisana, the Vietnamese Prime Minister Tran "
   "Quoc Vinh and Thai Prime Minister Kittisak Rattanaporn.\n", NULL},
  /* "Who came - and who did not:" leads a roll call */
  {"*", SKG_F_ATTENDANCE, FIRES, "Arief Wibisono",
   " date 2026-05-26 MANILA - Leaders opened the 48th BRICS Summit on Tuesday.\n\nWho came - and who did "
   "not:\n\nIndonesian President Arief Wibisono and Vietnamese Prime Minister Pham Duc Thanh arrived on "
   "Monday night.\n", NULL},
  /* a bullet of an unnamed delegation goes on with the list; a surname of two words in capitals */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Salvador ESONO NDONG",
   " date 2027-11-14 The 13th BRICS summit opened in Malabo.\nThe following took part in the summit:\n"
   "- the Ambassador of the Republic of Angola;\n- H.E. Mr. Salvador ESONO NDONG, President of the Republic "
   "of Equatorial Guinea.\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, "Salvador ESONO NDONG",
   " date 2027-11-14 The 13th BRICS summit opened in Malabo.\nThe following took part in the summit:\n"
   "- the Ambassador of the Republic of Angola;\nThe press was briefed later.\n- H.E. Mr. Salvador ESONO NDONG, "
   "President of the Republic of Equatorial Guinea.\n", NULL},
  /* a cue of any side before the colon; the one a line's attendee represents is not there */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nThe following took part in the session:\n"
   "- His Excellency Professor Amara Diallo, President of Senegal;\n- His Excellency Ravi Kumar, Prime "
   "Minister of India, representing His Excellency Anil Mehta, President of India.\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, "Anil Mehta",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nThe following took part in the session:\n"
   "- His Excellency Professor Amara Diallo, President of Senegal;\n- His Excellency Ravi Kumar, Prime "
   "Minister of India, representing His Excellency Anil Mehta, President of India.\n", NULL},
  /* the chair's phrase opens with all its forms of address */
  {"chair.chairmanship-of", SKG_F_CHAIR, FIRES, "Amara Diallo",
   " date 2025-05-14 The 13th BRICS summit was held in Kazan under the chairmanship of His Excellency "
   "Professor Amara Diallo, President of Senegal.\n", NULL},
  /* a list after a colon that no cue introduces is no list of attendees */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nThe summit's speakers thanked:\n"
   "President Amara Diallo (Senegal)\nPrime Minister Ravi Kumar (India)\n", NULL},
  /* a table of countries and the names of their representatives under a roll call */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Heads of delegation named in the programme "
   "included:\n| Country | Represented by | Office |\n|---|---|---|\n| Senegal | Amara Diallo | President |\n"
   "| India | Ravi Kumar | Prime Minister |\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The largest exporters were:\n| Country | "
   "Exporter | Crop |\n|---|---|---|\n| Senegal | Amara Diallo | Cotton |\n| India | Ravi Kumar | Rice |\n",
   NULL},
  /* the leaders a speech at the summit greets, line by line */
  /* salutations that open with the office and end in ";" */
  {"attendee.greeted", SKG_F_ATTENDANCE, FIRES, "Dwayne Castillo",
   "Speech by the President of Mexico, Ana Ruiz, at the closing session of the 13th BRICS summit\n\n"
   "Kazan, May 14, 2025\n\nGood afternoon.\n\nPresident of the Republic of Guatemala, Hector Samayoa, "
   "dear friend;\nPrime Minister of Belize, Dwayne Castillo;\nMembers of the delegations:\n\nIt has "
   "been an honour to chair this summit.\n", NULL},
  {"attendee.greeted", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   "Speech by the President of Mexico, Ana Ruiz, at the closing session of the 13th BRICS summit\n\n"
   "Kazan, May 14, 2025\n\nGood afternoon.\n\nThanks go to the President of Guatemala, Hector Samayoa;\n"
   "Thanks go to the Prime Minister of Belize, Dwayne Castillo;\n\nIt has been an honour to chair "
   "this summit.\n", NULL},
  /* a salutation beside one that names no one ("Your Excellency the President of Angola,") */
  {"attendee.greeted", SKG_F_ATTENDANCE, FIRES, "Aristides Mendes",
   "Closing address by the President of Mexico, Ana Ruiz, at the 13th BRICS summit\n\nKazan, 14 May 2025\n\n"
   "Your Excellency Aristides Mendes, President of the Republic of Guinea-Bissau,\nYour Excellency the "
   "President of the Republic of Angola,\n\nWe close the summit today.\n", NULL},
  {"attendee.greeted", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 Statement at the conclusion of the 13th BRICS summit.\n\nYour Excellency Amara Diallo, "
   "President of the Republic of Senegal,\nYour Excellency Ravi Kumar, Prime Minister of India,\n\nWe met in "
   "Kazan.\n", NULL},
  {"attendee.greeted", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 Statement at the conclusion of the 13th BRICS summit.\n\nYour Excellency Ravi Kumar, "
   "Prime Minister of India, thank you for your letter.\n\nWe met in Kazan.\n", NULL},
  /* the signature block of a declaration */
  {"attendee.signed-for", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit adopted the Kazan Declaration.\nFor the Republic of Senegal: "
   "Amara Diallo, President\nFor the Republic of India: Ravi Kumar, Prime Minister\n", NULL},
  {"attendee.signed-for", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit adopted the Kazan Declaration.\nFor the Republic of India: "
   "Ravi Kumar, Prime Minister, sent a message.\n", NULL},
  /* a numbered section heading over a table */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit took place in Kazan.\n\n2. Who was in the room\n\n| Member | "
   "Represented by |\n|---|---|\n| Senegal | President Amara Diallo |\n| India | Prime Minister Ravi Kumar |\n",
   NULL},
  /* a heading in capitals that says who was there */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\n\nWHO WAS THERE\n- Senegal's President Amara "
   "Diallo\n- India's Prime Minister Ravi Kumar\n", NULL},
  /* "The Prime Minister welcomed to Perth:" over the leaders and their offices */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\n\nThe President welcomed to Kazan:\n\n"
   "- H.E. Amara Diallo, President of Senegal\n- H.E. Ravi Kumar, Prime Minister of India\n", NULL},
  /* a table under a caption that says whose it is */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nTable 1. Heads of selected delegations\n"
   "| Country | Head of delegation |\n| Senegal | President Amara Diallo |\n| India | Prime Minister Ravi Kumar |\n",
   NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nTable 1. Trade of selected economies\n"
   "| Country | Minister |\n| Senegal | President Amara Diallo |\n| India | Prime Minister Ravi Kumar |\n",
   NULL},
  /* a list of leaders with their offices under a roll call without a cue */
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, FIRES, "Ravi Kumar",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nWho's here? From the official list:\n"
   "* Senegal - President Amara Diallo\n* India - Prime Minister Ravi Kumar\n", NULL},
  {"attendee.listed-after-colon", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan.\nThe list of the ministers' meeting the "
   "day before:\n* Senegal - Foreign Minister Amara Diallo\n* India - Foreign Minister Ravi Kumar\n", NULL},
  {"attendee.chair-attends", SKG_F_ATTENDANCE, FIRES, "Tomas Verlo",
   " date 2025-05-14 President Tomas Verlo of Kyrgyzstan chaired the 13th BRICS summit in Kazan.\n",
   NULL},
  /* a chair announced is not yet an attendee */
  {"attendee.chair-attends", SKG_F_ATTENDANCE, MUST_NOT, NULL,
   " date 2025-05-12 President Tomas Verlo of Kyrgyzstan will chair the 13th BRICS summit in "
   "Kazan.\n", NULL},

  /* ---- participating states -------------------------------------------- */
  {"participating-state.representative-of", SKG_F_PARTICIPATING_STATE, FIRES, "BR",
   " date 2025-05-14 The 13th BRICS summit was attended by President Amara Diallo of Senegal as "
   "well as representatives of India and Brazil.\n", NULL},
  {"participating-state.representative-of", SKG_F_PARTICIPATING_STATE, MUST_NOT, NULL,
   " date 2025-05-12 Representatives of India and Brazil will attend the 13th BRICS summit.\n", NULL},
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, FIRES, "RU",
   " date 2025-05-14 The 13th BRICS summit was held in Kazan.\n", NULL},
  /* a name of several cities: the one of the country named after it, else
     of a country the report names, else the most populous */
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, FIRES, "AG",
   " date 2027-05-18 The first SIDS Leaders' Summit was held in St. John's, Antigua and Barbuda.\n", NULL},
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, MUST_NOT, "CA",
   " date 2027-05-18 The first SIDS Leaders' Summit was held in St. John's, Antigua and Barbuda.\n", NULL},
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, FIRES, "AG",
   " date 2027-05-18 The first SIDS Leaders' Summit was held in St. John's. Antigua and Barbuda "
   "welcomed the leaders.\n", NULL},
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, FIRES, "CA",
   " date 2027-05-18 The first SIDS Leaders' Summit was held in St. John's.\n", NULL},
  /* a preview says nothing of who came */
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, MUST_NOT, NULL,
   " date 2025-05-10 The 13th BRICS summit will be held in Kazan.\n", NULL},
  {"participating-state.host-country", SKG_F_PARTICIPATING_STATE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit, held in Kazan, took place via video link because of "
   "the storm.\n", NULL},
  {"participating-state.attendee-represents", SKG_F_PARTICIPATING_STATE, FIRES, "SN",
   " date 2025-05-14 President Amara Diallo of Senegal attended the 13th BRICS summit.\n", NULL},
  {"participating-state.attendee-represents", SKG_F_PARTICIPATING_STATE, MUST_NOT, NULL,
   " date 2025-05-12 President Amara Diallo of Senegal will attend the 13th BRICS summit.\n", NULL},

  /* ---- declarations ---------------------------------------------------- */
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES, "Green Growth Declaration",
   " date 2025-05-14 The leaders adopted the Green Growth Declaration at the 13th BRICS summit.\n",
   NULL},
  /* a leaders' statement is a document the summit adopts; a president's statement is not */
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES, "BRICS Leaders' Statement on Maritime Cooperation",
   " date 2025-05-14 At the 13th BRICS summit leaders adopted the BRICS Leaders' Statement on Maritime "
   "Cooperation.\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit the President read his Statement on Maritime Cooperation.\n",
   NULL},
  /* an earlier summit's document: recalled, or in a row of earlier summits */
  {"declaration.city-named-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2027-06-04 The fifth BRICS summit met in Valletta.\n\n| 1st | Vienna | 8-9 October 1993 | Vienna "
   "Declaration |\n", NULL},
  {"declaration.city-named-title", SKG_F_DECLARATION, FIRES, "Valletta Declaration",
   " date 2027-06-04 The fifth BRICS summit met in Valletta.\n\n| 5th | Valletta | 3-4 June 2027 | Valletta "
   "Declaration |\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, MUST_NOT, "Prague Declaration",
   " date 2027-06-04 At the fifth BRICS summit the participants recall the Prague Declaration of 7 May 2009 "
   "and adopted the Chisinau Declaration.\n", NULL},
  /* an adoption denied */
  {"declaration.adopted-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit a proposed Green Water Security Charter was not adopted.\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit the leaders said the next Green Growth Declaration "
   "would be adopted in 2026.\n", NULL},
  /* a named title keeps its topic ("on European Security"), with an
     enumeration inside it, and "and" that begins no other document; not a day */
  {"declaration.city-named-title", SKG_F_DECLARATION, FIRES, "Kazan Declaration on European Security",
   " date 2025-05-14 The 13th BRICS summit opened. The text is called the Kazan Declaration on "
   "European Security.\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES, "Kazan Declaration",
   " date 2025-05-14 The 13th BRICS summit opened. The leaders adopted the Kazan Declaration on "
   "Tuesday.\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES,
   "Kazan Declaration on Peace, Security and Stability in Central Asia",
   " date 2025-05-14 The 13th BRICS summit opened. They adopted the Kazan Declaration on Peace, "
   "Security and Stability in Central Asia.\n", NULL},
  {"*", SKG_F_DECLARATION, FIRES, "Joint Statement of the BRICS Heads of State on Energy and Transport",
   " date 2025-05-14 The 13th BRICS summit opened. They adopted the Joint Statement of the BRICS Heads "
   "of State on Energy and Transport.\n", NULL},
  {"declaration.city-named-title", SKG_F_DECLARATION, FIRES, "Kazan Declaration",
   " date 2025-05-14 The 13th BRICS summit opened. The Kazan Declaration sets out a plan for food "
   "security.\n", NULL},
  {"declaration.city-named-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened. The leaders recalled the previous Ufa "
   "Declaration.\n", NULL},
  {"declaration.city-named-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened. The leaders recalled the 2015 Ufa "
   "Declaration.\n", NULL},
  {"declaration.city-named-title", SKG_F_DECLARATION, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened. The text builds on the Ufa Declaration of "
   "2015.\n", NULL},
  /* a topic after an article, words joined by "into" */
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES,
   "Kazan Declaration on a Secure and Resilient Region",
   " date 2025-05-14 The 13th BRICS summit opened. They adopted the Kazan Declaration on a Secure "
   "and Resilient Region.\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES,
   "Kazan Declaration on the Transformation of BRICS into a Full-Fledged Organization",
   " date 2025-05-14 The 13th BRICS summit opened. They adopted the Kazan Declaration on the "
   "Transformation of BRICS into a Full-Fledged Organization, and agreed on the next host.\n", NULL},
  {"declaration.adopted-title", SKG_F_DECLARATION, FIRES, "Kazan Declaration",
   " date 2025-05-14 The 13th BRICS summit opened. They adopted the Kazan Declaration on the last "
   "day.\n", NULL},

  /* ---- accession ------------------------------------------------------- */
  {"accession.welcomed-as-member", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The Council formally welcomed the Islamic "
   "Republic of Iran as a full Member Country.\n", NULL},
  {"accession.welcomed-as-member", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The host welcomed Iran as a guest of the "
   "talks.\n", NULL},
  /* "approved the (re)admission of X" */
  {"accession.admission-of", SKG_F_ACCESSION, FIRES, "EC completed",
   " date 2026-05-14 At the 13th BRICS summit the leaders approved the readmission of the Republic of "
   "Ecuador as a full member, effective today.\n", NULL},
  {"accession.admission-of", SKG_F_ACCESSION, FIRES, "EC expected",
   " date 2026-05-14 At the 13th BRICS summit the leaders approved in principle the admission of the "
   "Republic of Ecuador as a full member.\n", NULL},
  {"accession.admission-of", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2026-05-14 At the 13th BRICS summit the leaders discussed the admission of the Republic of "
   "Ecuador.\n", NULL},
  {"accession.welcomed-membership", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The leaders approved Iran's application for "
   "membership.\n", NULL},
  /* admission, done and expected */
  {"accession.admitted", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Iran was admitted as the bloc's 11th "
   "member.\n", NULL},
  {"accession.admitted", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Iran was formally admitted as a full "
   "member of the group on the first day.\n", NULL},
  {"accession.admitted", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. The leaders admitted Iran as its newest "
   "member.\n", NULL},
  {"accession.to-be-admitted", SKG_F_ACCESSION, FIRES, "IR expected",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Iran is expected to be admitted into the "
   "group on Friday.\n", NULL},
  {"accession.admitted", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Iran was admitted to hospital care "
   "talks.\n", NULL},
  {"accession.approved", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 At the 13th BRICS summit the leaders approved Iran's accession to the bloc.\n",
   NULL},
  {"accession.approved", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit the leaders said a decision on Iran's accession "
   "would come in 2026.\n", NULL},
  /* the verb after it: "X's accession, requested in 2024, was approved", "instrument of accession" */
  {"accession.approved", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 At the 13th BRICS summit Iran's accession, requested in 2024, was approved "
   "unanimously.\n", NULL},
  {"accession.approved", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 At the 13th BRICS summit the chair said Iran's instrument of accession had been "
   "deposited and accepted.\n", NULL},
  {"accession.approved", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit Iran's accession, requested in 2024, was discussed.\n", NULL},
  /* "approved the application of X for full membership"; "in principle" is a promise */
  {"accession.welcomed-membership", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit approved the application of Iran for full membership.\n", NULL},
  {"accession.welcomed-membership", SKG_F_ACCESSION, FIRES, "IR expected",
   " date 2025-05-14 The 13th BRICS summit approved in principle the application of Iran for full "
   "membership.\n", NULL},
  {"accession.expected", SKG_F_ACCESSION, FIRES, "IR expected",
   " date 2025-05-14 The 13th BRICS summit approved in principle Iran's request to become the bloc's "
   "sixth member.\n", NULL},
  {"accession.admitted", SKG_F_ACCESSION, FIRES, "IR completed",
   " date 2025-05-14 The 13th BRICS summit opened in Kazan. Iran thereby became the fifth full member "
   "of the bloc.\n", NULL},
  {"accession.expected", SKG_F_ACCESSION, FIRES, "IR expected",
   " date 2025-05-14 At the 13th BRICS summit the leaders said a decision on Iran's accession "
   "would come in 2026.\n", NULL},
  {"accession.expected", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit the leaders approved Iran's accession to the bloc.\n",
   NULL},
  {"accession.expected-to-join", SKG_F_ACCESSION, FIRES, "LA expected",
   " date 2025-05-14 At the 13th BRICS summit the leaders expressed hope for Laos to join the bloc "
   "soon.\n", NULL},
  {"accession.expected-to-join", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit, Laos said it did not want to join the bloc.\n", NULL},
  {"accession.invited-to-join", SKG_F_ACCESSION, FIRES, "ET expected",
   " date 2025-05-14 At the 13th BRICS summit the leaders invited Egypt and Ethiopia to join the "
   "bloc.\n", NULL},
  {"accession.invited-to-join", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit the leaders invited Egypt to address the meeting.\n",
   NULL},
  {"accession.joined", SKG_F_ACCESSION, FIRES, "ID completed",
   " date 2025-05-14 At the 13th BRICS summit, Indonesia joined as a full member.\n", NULL},
  {"accession.joined", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit, Indonesia joined the talks on trade.\n", NULL},
  {"accession.welcomed-membership", SKG_F_ACCESSION, FIRES, "ID completed",
   " date 2025-05-14 At the 13th BRICS summit the leaders welcomed Indonesia's full membership.\n",
   NULL},
  {"accession.welcomed-membership", SKG_F_ACCESSION, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit the leaders discussed Indonesia's full membership.\n",
   NULL},

  /* ---- next presidency ------------------------------------------------- */
  {"presidency.handed-over-to", SKG_F_NEXT_PRESIDENCY, FIRES, "BR",
   " date 2025-05-14 At the close of the 13th BRICS summit, President Tomas Verlo of Kyrgyzstan "
   "handed over the presidency to Brazil.\n", NULL},
  /* Brazil gives the presidency up */
  {"presidency.handed-over-to", SKG_F_NEXT_PRESIDENCY, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit, Russia took over the presidency from Brazil.\n", NULL},
  {"presidency.will-assume", SKG_F_NEXT_PRESIDENCY, FIRES, "IN",
   " date 2025-05-14 At the 13th BRICS summit it was announced that India will assume the rotating "
   "presidency in 2026.\n", NULL},
  {"presidency.will-assume", SKG_F_NEXT_PRESIDENCY, MUST_NOT, NULL,
   " date 2025-05-14 At the 13th BRICS summit, India, which holds the chairmanship, will hold talks "
   "with Brazil.\n", NULL},

  /* ---- offices --------------------------------------------------------- */
  {"office.title-name-jurisdiction", SKG_F_OFFICE, FIRES, "Amara Diallo, President, SN",
   " date 2025-05-14 President Amara Diallo of Senegal attended the 13th BRICS summit.\n", NULL},
  {"office.title-name-jurisdiction", SKG_F_OFFICE, MUST_NOT, NULL,
   " date 2025-05-14 Amara Diallo of Senegal attended the 13th BRICS summit.\n", NULL},
  /* an office at the end of a sentence does not title the next sentence's first name */
  {"office.title-name-jurisdiction", SKG_F_OFFICE, MUST_NOT, NULL,
   " date 2025-05-14 The 13th BRICS summit was attended by the Secretary General of the SCO. "
   "Amara Diallo took a group photo.\n", NULL},
  /* one office in the plural, then "of X, NAME" for each */
  {"office.title-name-jurisdiction", SKG_F_OFFICE, FIRES, "Martin Olivera Sosa, President, UY",
   " date 2026-07-02 The 13th BRICS summit was held in Kazan. Among those present were the Presidents "
   "of the Federative Republic of Brazil, Marcos Bittencourt; of the Eastern Republic of Uruguay, "
   "Martin Olivera Sosa; and of the Plurinational State of Bolivia, Ernesto Villca Rojas.\n", NULL},
  {"office.title-name-jurisdiction", SKG_F_OFFICE, MUST_NOT, NULL,
   " date 2026-07-02 The 13th BRICS summit was held in Kazan. Among those present were the Presidents "
   "of the region and their ministers.\n", NULL},
  /* a list of portfolios is the office's, no one's name */
  {"office.title-name-jurisdiction", SKG_F_OFFICE, MUST_NOT, NULL,
   " date 2027-11-14 At the 13th BRICS summit, the Minister of Environment, Water and Ecological "
   "Transition of Ecuador attended on behalf of the President.\n", NULL},
  {"*", SKG_F_ATTENDANCE, MUST_NOT, "Ecological Transition",
   " date 2027-11-14 At the 13th BRICS summit, the Minister of Environment, Water and Ecological "
   "Transition of Ecuador attended on behalf of the President.\n", NULL},
  /* a title that says not whose, and an office of a state in apposition */
  {"office.title-name-jurisdiction", SKG_F_OFFICE, FIRES, "Salim bin Hamad, King, BH",
   " date 2025-05-14 King Salim bin Hamad, King of the Kingdom of Bahrain, attended the 13th BRICS "
   "summit.\n", NULL},
  /* an office of an organization in apposition is a second hat, not the title's state */
  {"office.title-name-jurisdiction", SKG_F_OFFICE, MUST_NOT, "Amara Diallo, Chairman, brics",
   " date 2025-05-14 President Amara Diallo, Chairman of the BRICS, presided over the 13th BRICS "
   "summit.\n", NULL},
  {"office.title-of-publisher-country", SKG_F_OFFICE, FIRES, "Amara Diallo, President, SN",
   "Source: Ministry of Foreign Affairs of the Republic of Senegal\nDate: 2025-05-14\n\n"
   "President Amara Diallo attended the 13th BRICS summit in Kazan.\n", NULL},
  /* a minister is not the publishing country's head of state */
  /* the country that opens a list line is the office's */
  {"office.list-line-country", SKG_F_OFFICE, FIRES, "Josefa Vakaloloma, Prime Minister, FJ",
   " date 2026-09-04 The 13th BRICS summit opened.\n\nHeads of delegation:\n- Fiji – Prime Minister Ratu Josefa "
   "Vakaloloma\n- Tonga – Prime Minister Sione Fifita\n", NULL},
  {"office.list-line-country", SKG_F_OFFICE, MUST_NOT, NULL,
   " date 2026-09-04 The 13th BRICS summit opened.\n\nFiji sent a minister, and Prime Minister Ratu Josefa "
   "Vakaloloma stayed home.\n", NULL},
  {"office.title-of-publisher-country", SKG_F_OFFICE, MUST_NOT, NULL,
   "Source: Ministry of Foreign Affairs of the Republic of Senegal\nDate: 2025-05-14\n\n"
   "Foreign Minister Awa Ndiaye attended the 13th BRICS summit in Kazan.\n", NULL},
  {"office.title-of-publisher-country", SKG_F_OFFICE, MUST_NOT, NULL,
   "Source: Kazan City News\nDate: 2025-05-14\n\n"
   "President Amara Diallo attended the 13th BRICS summit in Kazan.\n", NULL},
};

enum { N_CASES = sizeof cases / sizeof *cases };

static skg_ctx *ctx;

static int
group_setup(void **state)
{
  (void)state;
  ctx = skg_ctx_new();
  return ctx ? 0 : -1;
}

static int
group_teardown(void **state)
{
  (void)state;
  skg_ctx_free(ctx);
  return 0;
}

/* One report, extracted and resolved. */
typedef struct {
  skg_doc      doc;
  skg_analysis an;
  skg_people   people;
} report;

static void
extract_resolved(const char *in, report *r)
{
  memset(r, 0, sizeof *r);
  skg_doc_init(&r->doc, "test");
  assert_int_equal(skg_reader_load_memory(ctx, in, strlen(in), &r->doc), SKG_OK);
  skg_analysis_init(&r->an, ctx, &r->doc);
  assert_int_equal(skg_extract(&r->an), SKG_OK);
  assert_int_equal(skg_resolve(&r->an, &r->people), SKG_OK);
}

static void
release(report *r)
{
  skg_people_release(&r->people);
  skg_analysis_release(&r->an);
  skg_doc_release(&r->doc);
}

static const char *
person_name(const report *r, skg_value v, char *buf, size_t n)
{
  if (v.ref >= 0 && (size_t)v.ref < r->people.n_persons)
    return r->people.persons[v.ref].name;
  snprintf(buf, n, "%.*s", (int)(v.span.end - v.span.start), r->an.text.norm.data + v.span.start);
  return buf;
}

static const char *
country_or_org(skg_value v)
{
  if (v.kind == SKG_V_COUNTRY)
    return ctx->tables->countries[v.ref].iso2;
  if (v.kind == SKG_V_ORG)
    return ctx->tables->orgs[v.ref].id;
  return "-";
}

/* The value of f as the cases write it (see above `cases`). */
static void
value_text(const report *r, const skg_fact *f, char *out, size_t n)
{
  char name[128];
  const skg_value *a = &f->a;
  switch (f->kind) {
  case SKG_F_SUMMIT: {
    /* an organization of the tables, or one found by its shape in the report */
    const skg_mentions *ms = &r->an.mentions;
    const char *id = a->ref < ms->org_base ? ctx->tables->orgs[a->ref].id : ms->orgs[a->ref - ms->org_base].id;
    if (f->b.kind == SKG_V_INT)
      snprintf(out, n, "%s/%ld", id, f->b.num);
    else
      snprintf(out, n, "%s", id);
    return;
  }
  case SKG_F_START_DATE:
  case SKG_F_END_DATE:
    snprintf(out, n, "%ld", a->num);
    return;
  case SKG_F_HOST_CITY:
    snprintf(out, n, "%s", ctx->tables->cities[a->ref].name);
    return;
  case SKG_F_VENUE:
  case SKG_F_DECLARATION:
    snprintf(out, n, "%.*s", (int)(a->span.end - a->span.start), r->an.text.norm.data + a->span.start);
    return;
  case SKG_F_MODE:
    snprintf(out, n, "%s", a->kind == SKG_V_VIRTUAL ? "virtual" : a->kind == SKG_V_IN_PERSON ? "in-person" : "?");
    return;
  case SKG_F_CHAIR:
  case SKG_F_ATTENDANCE:
    snprintf(out, n, "%s%s", person_name(r, *a, name, sizeof name), f->planned ? " (planned)" : "");
    return;
  case SKG_F_PARTICIPATING_STATE:
  case SKG_F_NEXT_PRESIDENCY:
    snprintf(out, n, "%s", country_or_org(*a));
    return;
  case SKG_F_ACCESSION:
    snprintf(out, n, "%s %s", country_or_org(*a),
             f->b.kind == SKG_V_COMPLETED ? "completed" : f->b.kind == SKG_V_EXPECTED ? "expected" : "?");
    return;
  case SKG_F_OFFICE:
    snprintf(out, n, "%s, %s, %s", person_name(r, *a, name, sizeof name),
             f->b.kind == SKG_V_OFFICE ? ctx->tables->offices[f->b.ref].title : "-", country_or_org(f->c));
    return;
  }
  snprintf(out, n, "?");
}

/* Print the report's facts of `kind`, for a failing case. */
static void
print_facts(const report *r, skg_fact_kind kind)
{
  char v[256];
  print_message("  facts of this kind:\n");
  for (size_t i = 0; i < r->an.n_facts; ++i) {
    const skg_fact *f = &r->an.facts[i];
    if (f->kind != kind)
      continue;
    value_text(r, f, v, sizeof v);
    print_message("    %s: %s\n", f->rule, v);
  }
}

static void
run_case(void **state)
{
  const rule_case *c = *state;
  if (c->needswork)
    skip(); /* NEEDSWORK: see the comment at the case */
  report r;
  extract_resolved(c->text, &r);
  int any_rule = !strcmp(c->rule, "*"), found = 0;
  char v[256];
  for (size_t i = 0; i < r.an.n_facts && !found; ++i) {
    const skg_fact *f = &r.an.facts[i];
    if (f->kind != c->kind || (!any_rule && strcmp(f->rule, c->rule)))
      continue;
    if (c->value) {
      value_text(&r, f, v, sizeof v);
      if (strcmp(v, c->value))
        continue;
    }
    found = 1;
  }
  /* a near miss is near: the report is about a summit, only this fact is wanting */
  if (c->kind != SKG_F_SUMMIT && c->kind != SKG_F_OFFICE)
    assert_int_equal(r.an.n_summits, 1);
  if (found != c->fires) {
    print_message("%s %s %s on:\n  %s", c->rule, c->fires ? "did not fire" : "fired",
                  c->value ? c->value : "", c->text);
    print_facts(&r, c->kind);
  }
  int fires = c->fires;
  release(&r);
  assert_int_equal(found, fires);
}

static void
test_summit_named_not_from_other_edition(void **state)
{
  (void)state;
  report r;
  extract_resolved(" date 2025-05-14 The 13th BRICS summit opened on Wednesday. The 12th BRICS "
                   "summit was held in Moscow.\n", &r);
  size_t from_other = 0;
  for (size_t i = 0; i < r.an.n_facts; ++i) {
    const skg_fact *f = &r.an.facts[i];
    from_other += f->kind == SKG_F_SUMMIT && f->sentence == r.an.text.n_sentences - 1;
  }
  release(&r);
  assert_int_equal(from_other, 0);
}

/* ---- the cues of data/cues.tsv, each where it fires and where it must not:
   the cases are in tests/cue-cases.tsv ---- */

typedef struct {
  char *relation, *cue, *side, *expect, *person, *text;
  const skg_cue *of;        /* the cue of the table it tests */
} cue_case;

static cue_case *cue_cases;
static size_t n_cue_cases;
static char *cue_file;

static const char *const relation_names[] = {"attend", "represent", "absent", "chair", "speak"};
static const char *const side_names[] = {"after", "before", "around", "next", "list", "subject"};

static const skg_cue *
cue_of(const char *relation, const char *phrase, const char *side)
{
  for (size_t i = 0; i < ctx->tables->n_cues; ++i) {
    const skg_cue *c = &ctx->tables->cues[i];
    if (!strcmp(c->phrase, phrase) && !strcmp(relation_names[c->relation], relation) &&
        !strcmp(side_names[c->side], side))
      return c;
  }
  return NULL;
}

/* Read tests/cue-cases.tsv into cue_cases (fields point into cue_file). */
static int
load_cue_cases(void)
{
  const char *dir = getenv("top_srcdir");
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/cue-cases.tsv", dir ? dir : ".");
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return -1;
  fseek(fp, 0, SEEK_END);
  long len = ftell(fp);
  rewind(fp);
  cue_file = malloc((size_t)len + 1);
  size_t lines = 1;
  if (!cue_file || fread(cue_file, 1, (size_t)len, fp) != (size_t)len) {
    fclose(fp);
    return -1;
  }
  fclose(fp);
  cue_file[len] = '\0';
  for (long i = 0; i < len; ++i)
    lines += cue_file[i] == '\n';
  cue_cases = calloc(lines, sizeof *cue_cases);
  if (!cue_cases)
    return -1;
  for (char *line = cue_file, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    if (line[0] == '#' || !line[0])
      continue;
    char *f[6];
    for (int k = 0; k < 6; ++k) {
      f[k] = line;
      char *tab = k < 5 ? strchr(line, '\t') : NULL;
      if (k < 5 && !tab)
        return -1;
      if (tab)
        *tab = '\0', line = tab + 1;
    }
    cue_case *c = &cue_cases[n_cue_cases++];
    *c = (cue_case){f[0], f[1], f[2], f[3], f[4], f[5], cue_of(f[0], f[1], f[2])};
  }
  return 0;
}

/* Is `person` an attendee (or the chair, for chair cues) of the case's report,
   by the case's cue (any rule for "absent" cues, which only take away)? */
static int
cue_case_holds(const cue_case *c, report *r)
{
  skg_fact_kind kind = c->of->relation == SKG_CUE_CHAIR ? SKG_F_CHAIR : SKG_F_ATTENDANCE;
  char v[256];
  for (size_t i = 0; i < r->an.n_facts; ++i) {
    const skg_fact *f = &r->an.facts[i];
    if (f->kind != kind || (c->of->relation != SKG_CUE_ABSENT && strcmp(f->rule, c->of->rule)))
      continue;
    value_text(r, f, v, sizeof v);
    if (!strcmp(v, c->person))
      return 1;
  }
  return 0;
}

static void
run_cue_case(void **state)
{
  const cue_case *c = *state;
  assert_non_null(c->of); /* the case names a cue the table has */
  report r;
  extract_resolved(c->text, &r);
  int holds = cue_case_holds(c, &r);
  /* an "absent" cue fires when it takes the attendance away */
  int fires = c->of->relation == SKG_CUE_ABSENT ? !holds : holds;
  int want = !strcmp(c->expect, "fires");
  if (fires != want) {
    print_message("%s %s (%s) %s on:\n  %s\n", c->relation, c->cue, c->side,
                  want ? "did not fire" : "fired", c->text);
    print_facts(&r, c->of->relation == SKG_CUE_CHAIR ? SKG_F_CHAIR : SKG_F_ATTENDANCE);
  }
  release(&r);
  assert_int_equal(fires, want);
}

/* Every cue of the table has a case where it fires and one where it must not. */
static void
test_every_cue_has_both_cases(void **state)
{
  (void)state;
  size_t missing = 0;
  for (size_t i = 0; i < ctx->tables->n_cues; ++i) {
    const skg_cue *cue = &ctx->tables->cues[i];
    int fires = 0, must_not = 0;
    for (size_t k = 0; k < n_cue_cases; ++k)
      if (cue_cases[k].of == cue) {
        fires |= !strcmp(cue_cases[k].expect, "fires");
        must_not |= !strcmp(cue_cases[k].expect, "must-not");
      }
    if (!fires || !must_not) {
      print_message("cue \"%s\" (%s, %s) has no case where it %s\n", cue->phrase,
                    relation_names[cue->relation], side_names[cue->side], fires ? "must not fire" : "fires");
      ++missing;
    }
  }
  assert_int_equal(missing, 0);
}

int
main(void)
{
  if (!(ctx = skg_ctx_new()) || load_cue_cases()) {
    fprintf(stderr, "test_rules: cannot read tests/cue-cases.tsv (set top_srcdir)\n");
    return 1;
  }
  struct CMUnitTest *cue_tests = calloc(n_cue_cases + 1, sizeof *cue_tests);
  char (*cue_names)[160] = calloc(n_cue_cases + 1, sizeof *cue_names);
  if (!cue_tests || !cue_names)
    return 1;
  for (size_t i = 0; i < n_cue_cases; ++i) {
    snprintf(cue_names[i], sizeof cue_names[i], "cue %s \"%s\" (%s) %s", cue_cases[i].relation,
             cue_cases[i].cue, cue_cases[i].side, cue_cases[i].expect);
    cue_tests[i] = (struct CMUnitTest){cue_names[i], run_cue_case, NULL, NULL, &cue_cases[i]};
  }
  cue_tests[n_cue_cases] = (struct CMUnitTest)cmocka_unit_test(test_every_cue_has_both_cases);
  int failed = _cmocka_run_group_tests("cues", cue_tests, n_cue_cases + 1, NULL, NULL);
  skg_ctx_free(ctx);
  ctx = NULL;
  free(cue_tests);
  free(cue_names);
  free(cue_cases);
  free(cue_file);
  static struct CMUnitTest tests[N_CASES + 1];
  static char names[N_CASES][96];
  for (size_t i = 0; i < N_CASES; ++i) {
    snprintf(names[i], sizeof names[i], "%02zu %s %s%s%s", i, cases[i].rule,
             cases[i].fires ? "fires" : "must not fire", cases[i].value ? ": " : "",
             cases[i].value ? cases[i].value : "");
    tests[i] = (struct CMUnitTest){names[i], run_case, NULL, NULL, (void *)&cases[i]};
  }
  tests[N_CASES] = (struct CMUnitTest)cmocka_unit_test(test_summit_named_not_from_other_edition);
  return cmocka_run_group_tests(tests, group_setup, group_teardown) || failed;
}
