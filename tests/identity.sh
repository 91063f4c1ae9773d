#!/bin/sh
# tests/identity.sh - one real thing, one IRI across reports (issue 13, item 1): the three
# illustrative reports of tests/identity/ name the same people several ways (Aleksandr,
# Alexander and Alexandr Voronov; Almaz Zhumabekov and Jumabekov; Kassym-Aidar, Kassim-Aidar
# and Kassym Aidar Temirov; Mohammad and Muhammad Tariq Siddiqui; Joao and João) and within
# one report by a short form ("President Prado" of Joao Mendes Prado da Costa, "Tariq
# Siddiqui"); they describe one CSTO session without an edition, dated by the dateline, by
# a Date: header and by the meeting's own date.  Each report is extracted by a run of its
# own and the outputs merged by plain union (sort -u), as DESIGN.md promises: exactly one
# IRI for each person and one for the summit, whatever the order; the forms as labels; then
# the same reports with every year taken out give one undated summit, never one per report.
#
# Run by `make check` (AM_TESTS_ENVIRONMENT); by hand: top_srcdir=. top_builddir=. sh tests/identity.sh
# Prints "ok N - what" / "not ok N - what" and ends with "N passed, N failed".
# SKG_KEEP_TMP=1  keep the temporary directory

set -u
. "${top_srcdir:-.}/tests/testlib.sh"
setup identity
ids=$srcdir_abs/tests/identity
BASE=https://w3id.org/summitkg/id/
TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
SKGNS=https://w3id.org/summitkg/ontology#

# extract_each OUT FILE...: one run per report, merged by plain union.
extract_each() {
  ee_out=$1; shift
  : >"$ee_out.raw"
  for ee_f; do
    "$SKG" extract -o nquads "$ee_f" >>"$ee_out.raw" 2>>"$tmp/err" || return 1
  done
  LC_ALL=C sort -u "$ee_out.raw" >"$ee_out"
}
# subjects FILE CLASS: the IRIs typed skg:CLASS in the N-Quads FILE.
subjects() {
  grep -F " $TYPE <$SKGNS$2> " "$1" | cut -d' ' -f1 | LC_ALL=C sort -u
}
# labels FILE IRI: the rdfs:label and skos:altLabel values of IRI, one a line.
labels() {
  grep -F "<$BASE$2> " "$1" |
    grep -E ' <http://www.w3.org/(2000/01/rdf-schema#label|2004/02/skos/core#altLabel)> ' |
    sed -E 's/^[^ ]+ [^ ]+ "(.*)" <[^>]*> \.$/\1/' | LC_ALL=C sort -u | tr '\n' '|'
}

check "the three reports extract, each in a run of its own" \
  extract_each "$tmp/union.nq" "$ids/astana-wire.txt" "$ids/minsk-readout.txt" "$ids/bishkek-agency.txt"
note "$tmp/err"
parses nquads "$tmp/union.nq" "the union of three runs"

subjects "$tmp/union.nq" Person >"$tmp/people"
cat >"$tmp/people.want" <<EOF
<${BASE}person/alexander-voronov>
<${BASE}person/almaz-jumabekov>
<${BASE}person/davron-nazarov>
<${BASE}person/joao-mendes-prado-da-costa>
<${BASE}person/kassym-aidar-temirov>
<${BASE}person/muhammad-tariq-siddiqui>
EOF
if cmp -s "$tmp/people.want" "$tmp/people"; then
  ok "six people, one IRI each, however each report spells them"
else
  not_ok "six people, one IRI each, however each report spells them"; note "$tmp/people"
fi
subjects "$tmp/union.nq" Summit >"$tmp/summits"
check_that "one summit without an edition in three reports: summit/csto/2026" \
  '[ "$(cat "$tmp/summits")" = "<${BASE}summit/csto/2026>" ]'
note "$tmp/summits"

# the spellings stay, as labels of the one IRI
v=$(labels "$tmp/union.nq" person/alexander-voronov)
check_that "Voronov's spellings are his labels ($v)" \
  '[ "$v" = "Aleksandr Voronov|Alexander Voronov|Alexandr Voronov|Voronov|" ]'
t=$(labels "$tmp/union.nq" person/kassym-aidar-temirov)
check_that "Temirov's spellings are his labels ($t)" \
  '[ "$t" = "Kassim-Aidar Temirov|Kassym Aidar Temirov|Kassym-Aidar Temirov|Temirov|" ]'
p=$(labels "$tmp/union.nq" person/joao-mendes-prado-da-costa)
check_that "'President Prado' is Joao Mendes Prado da Costa of the same report ($p)" \
  'case "$p" in *"|Prado|"*) true ;; *) false ;; esac'
check_that "no person is named by a short form alone" \
  '! grep -Eq "<${BASE}person/(prado|tariq-siddiqui|voronov|temirov)>" "$tmp/union.nq"'
check_that "every summit and person IRI names no report" \
  '! grep -q "/report-" "$tmp/union.nq"'

# identity does not depend on the order of reports, nor on running them together
"$SKG" extract -o nquads "$ids/bishkek-agency.txt" "$ids/minsk-readout.txt" "$ids/astana-wire.txt" \
  2>"$tmp/err" | LC_ALL=C sort -u >"$tmp/together.nq"
check "one run in the other order gives the union of the three runs" cmp -s "$tmp/union.nq" "$tmp/together.nq"

# the store agrees: six people attended the one summit
if "$SKG" load -q --store "$tmp/s.db" "$ids"/*.txt 2>"$tmp/err" &&
  "$SKG" query --store "$tmp/s.db" --format TSV \
    -e 'SELECT (COUNT(DISTINCT ?p) AS ?n) (COUNT(DISTINCT ?s) AS ?m) WHERE { ?s skg:attendee ?p }' \
    >"$tmp/q.tsv" 2>>"$tmp/err"; then
  check_that "the store counts 6 attendees of 1 summit" '[ "$(tail -n 1 "$tmp/q.tsv")" = "6	1" ]'
  note "$tmp/q.tsv"
else
  not_ok "the store loads the reports and answers"; note "$tmp/err"
fi

# no year anywhere: still one summit (organization and host city), not one per report
mkdir "$tmp/undated"
for f in astana-wire minsk-readout; do
  sed -e '/^Date:/d' -e 's/,* 2026//g' "$ids/$f.txt" >"$tmp/undated/$f.txt"
done
extract_each "$tmp/undated.nq" "$tmp/undated/astana-wire.txt" "$tmp/undated/minsk-readout.txt"
subjects "$tmp/undated.nq" Summit >"$tmp/summits"
check_that "two undated reports of one session: one summit, summit/csto/undated-astana" \
  '[ "$(cat "$tmp/summits")" = "<${BASE}summit/csto/undated-astana>" ]'
note "$tmp/summits"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
