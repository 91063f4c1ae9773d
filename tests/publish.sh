#!/bin/sh
# tests/publish.sh - publishing a dataset: the VoID/DCAT description of `export --void`
# (parsed by rapper and serdi, its figures and class and property partitions equal to what
# the N-Quads export says, the same bytes twice and whatever the load order, options),
# the GraphViz output of `-o dot` and its summit view (parsed by Graphviz's dot), and the
# ontology's HTML documentation (up to date with the ontology, an anchor for every term).
#
# Run by `make check` with top_srcdir, top_builddir, RAPPER and SERDI in the environment
# (AM_TESTS_ENVIRONMENT); by hand: top_srcdir=. top_builddir=. sh tests/publish.sh
# Prints "ok N - what" or "not ok N - what" per check, "# ..." for notes and diagnostics, and
# ends with "N passed, N failed"; exits 0 only if none failed.  Works out of tree with a
# read-only srcdir (make distcheck): everything it writes goes under one mktemp -d directory.
# Checks that need rapper, serdi, Graphviz's dot or python3 are skipped (and said so)
# without them.  About 12 s on 2 cores (three stores loaded).
#
# SKG_KEEP_TMP=1     keep the temporary directory

set -u
# the C locale, srcdir_abs, builddir_abs, SKG, RAPPER, SERDI, PYTHON, SAMPLES, $tmp; ok, not_ok,
# check, note, skip, parses and the counts
. "${top_srcdir:-.}/tests/testlib.sh"
setup publish
DOT=${DOT:-$(command -v dot || true)}
BASE=https://w3id.org/summitkg/id/
VOID=http://rdfs.org/ns/void#
NS=https://w3id.org/summitkg/ontology#
RDF_TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

[ -n "$RAPPER" ] || skip "rapper not found: no rapper checks, no ontology anchor checks"
[ -n "$SERDI" ] || skip "serdi not found: no serdi checks"
[ -n "$DOT" ] || skip "Graphviz's dot not found: DOT output is not parsed"
[ -n "$PYTHON" ] || skip "python3 not found: the ontology documentation is not checked"

# draws WHAT FILE.dot: one check, Graphviz's dot makes an SVG of it without a word.
draws() {
  [ -n "$DOT" ] || return 0
  if "$DOT" -Tsvg "$2" -o "$2.svg" 2>"$2.err" && [ ! -s "$2.err" ] && grep -q '<svg' "$2.svg"; then
    ok "$1: dot -Tsvg draws it"
  else
    not_ok "$1: dot -Tsvg draws it"; note "$2.err"
  fi
}
# status WHAT EXPECTED ACTUAL ERRFILE: one check of an exit status.
status() {
  if [ "$3" -eq "$2" ]; then
    ok "$1: exit status $2"
  else
    not_ok "$1: exit status $2 (got $3)"; note "$4"
  fi
}
# same WHAT EXPECTED ACTUAL: one check that two values are equal.
same() {
  if [ "$2" = "$3" ]; then
    ok "$1 ($3)"
  else
    not_ok "$1 (expected '$2', got '$3')"
  fi
}

# The samples, copied (load writes the input path into the graph), and a second report of
# the AU summit (one line added), so that many triples stand in two report graphs.
mkdir "$tmp/s"
for f in "$srcdir_abs"/samples/*.txt; do
  [ -f "$f" ] && cp "$f" "$tmp/s/"
done
{ cat "$tmp/s/au-assembly-2025.txt"; echo "A second copy of this report."; } >"$tmp/s/zz-au-copy.txt"
samples=$(cd "$tmp/s" && ls ./*.txt 2>/dev/null | sed 's|^\./||')
S=$tmp/p.db
# shellcheck disable=SC2086 # the names have no spaces
(cd "$tmp/s" && "$SKG" load -q --store "$S" $samples) >"$tmp/load.out" 2>"$tmp/load.err"
status "load samples/*.txt and a copy of one into a fresh store" 0 $? "$tmp/load.err"

# ---- export --void ---------------------------------------------------------------------
"$SKG" export --void --store "$S" >"$tmp/void.ttl" 2>"$tmp/void.err"
status "export --void (Turtle)" 0 $? "$tmp/void.err"
parses turtle "$tmp/void.ttl" "export --void (Turtle)"
"$SKG" export --void --store "$S" >"$tmp/void2.ttl" 2>/dev/null
check "export --void: the same bytes twice" cmp -s "$tmp/void.ttl" "$tmp/void2.ttl"
for f in ntriples nquads trig rdfxml; do
  "$SKG" export --void --store "$S" -o "$f" >"$tmp/void.$f" 2>"$tmp/void.$f.err"
  status "export --void -o $f" 0 $? "$tmp/void.$f.err"
  parses "$f" "$tmp/void.$f" "export --void -o $f"
done
"$SKG" export --void --store "$S" -O "$tmp/void-o.nt" 2>"$tmp/void-o.err"
if cmp -s "$tmp/void-o.nt" "$tmp/void.ntriples"; then
  ok "export --void -O FILE.nt: N-Triples by the extension"
else
  not_ok "export --void -O FILE.nt: N-Triples by the extension"; note "$tmp/void-o.err"
fi
if grep -q '_:' "$tmp/void.ntriples"; then
  not_ok "export --void: no blank nodes"
else
  ok "export --void: no blank nodes"
fi

# What the N-Quads export says: the distinct triples of the union of the graphs.
"$SKG" export --store "$S" -o nquads 2>"$tmp/nq.err" | LC_ALL=C sort -u >"$tmp/all.nq"
sed 's/ <[^>]*> \.$/ ./' "$tmp/all.nq" | LC_ALL=C sort -u >"$tmp/triples.nt"
n_quads=$(wc -l <"$tmp/all.nq" | tr -d ' ')
n_triples=$(wc -l <"$tmp/triples.nt" | tr -d ' ')
if [ "$n_quads" -gt "$n_triples" ] && [ "$n_triples" -gt 1000 ]; then
  ok "the store holds triples in several graphs ($n_quads quads, $n_triples triples)"
else
  not_ok "the store holds triples in several graphs ($n_quads quads, $n_triples triples)"
fi

V=$tmp/void.ntriples
dataset=$(awk -v t="$RDF_TYPE" -v c="<${VOID}Dataset>" '$2 == t && $3 == c { print $1 }' "$V")
case $dataset in
  "<${BASE}dataset/"????????????????">") ok "one void:Dataset, {base}dataset/<hash> ($dataset)" ;;
  *) not_ok "one void:Dataset, {base}dataset/<hash> (got '$dataset')" ;;
esac
# figure PROPERTY: the dataset's void:PROPERTY, a number
figure() {
  awk -v d="$dataset" -v p="<$VOID$1>" '$1 == d && $2 == p { v = $3; sub(/^"/, "", v); sub(/".*/, "", v); print v }' "$V"
}
same "void:triples: the distinct triples of the N-Quads export" "$n_triples" "$(figure triples)"
same "void:distinctSubjects" "$(cut -d' ' -f1 "$tmp/triples.nt" | sort -u | wc -l | tr -d ' ')" \
  "$(figure distinctSubjects)"
same "void:entities: subjects under the base" \
  "$(cut -d' ' -f1 "$tmp/triples.nt" | grep -F "<$BASE" | sort -u | wc -l | tr -d ' ')" "$(figure entities)"
same "void:distinctObjects" "$(sed 's/^[^ ]* [^ ]* //; s/ \.$//' "$tmp/triples.nt" | sort -u | wc -l | tr -d ' ')" \
  "$(figure distinctObjects)"
same "void:properties" "$(cut -d' ' -f2 "$tmp/triples.nt" | sort -u | wc -l | tr -d ' ')" "$(figure properties)"
awk -v t="$RDF_TYPE" '$2 == t { print $3 }' "$tmp/triples.nt" | sort | uniq -c | awk '{ print $2, $1 }' \
  >"$tmp/classes.expected"
same "void:classes" "$(wc -l <"$tmp/classes.expected" | tr -d ' ')" "$(figure classes)"

# partitions WHICH COUNT: "IRI number" for each partition's void:WHICH and void:COUNT
partitions() {
  awk -v d="$dataset" -v w="<$VOID$1>" -v c="<$VOID$2>" '
    $2 == w { what[$1] = $3 }
    $2 == c && $1 != d { v = $3; sub(/^"/, "", v); sub(/".*/, "", v); n[$1] = v }
    END { for (k in what) print what[k], n[k] }' "$V" | sort
}
cut -d' ' -f2 "$tmp/triples.nt" | sort | uniq -c | awk '{ print $2, $1 }' >"$tmp/properties.expected"
partitions class entities >"$tmp/classes.got"
partitions property triples >"$tmp/properties.got"
for what in "classes class entities" "properties property triples"; do
  # shellcheck disable=SC2086 # three words
  set -- $what
  if cmp -s "$tmp/$1.expected" "$tmp/$1.got"; then
    ok "void:${2}Partition: each $2 with its $3, as the N-Quads say"
  else
    not_ok "void:${2}Partition: each $2 with its $3, as the N-Quads say"
    diff "$tmp/$1.expected" "$tmp/$1.got" >"$tmp/$1.diff"; note "$tmp/$1.diff"
  fi
done
grep -c "<${VOID}classPartition>" "$V" >"$tmp/n" 2>/dev/null
same "a void:classPartition for each class" "$(figure classes)" "$(cat "$tmp/n")"
for v in "<${NS%#}>" '<http://www.w3.org/ns/oa>' '<http://purl.org/dc/terms/>'; do
  if grep -qF "$dataset <${VOID}vocabulary> $v ." "$V"; then
    ok "void:vocabulary $v"
  else
    not_ok "void:vocabulary $v"
  fi
done
for t in "<http://purl.org/dc/terms/license> <https://creativecommons.org/licenses/by/4.0/>" \
         "<http://purl.org/dc/terms/title> \"Multilateral summits extracted by summitkg\"" \
         "$RDF_TYPE <http://www.w3.org/ns/dcat#Dataset>" "<${VOID}uriSpace> \"$BASE\""; do
  if grep -qF "$dataset $t ." "$V"; then
    ok "the dataset: $t"
  else
    not_ok "the dataset: $t"
  fi
done
if grep -qF "<${VOID}sparqlEndpoint>" "$V"; then
  not_ok "no void:sparqlEndpoint unless --endpoint"
else
  ok "no void:sparqlEndpoint unless --endpoint"
fi

# The options, and a store loaded in another order: the same description.
"$SKG" export --void --store "$S" -o ntriples --license https://opendatacommons.org/licenses/by/1-0/ \
  --endpoint http://127.0.0.1:8890/sparql --download https://example.org/summits.nq --title "Summits, 2025" \
  >"$tmp/opt.nt" 2>"$tmp/opt.err"
status "export --void with --license, --endpoint, --download, --title" 0 $? "$tmp/opt.err"
parses ntriples "$tmp/opt.nt" "export --void with options"
for t in "$dataset <http://purl.org/dc/terms/license> <https://opendatacommons.org/licenses/by/1-0/>" \
         "$dataset <${VOID}sparqlEndpoint> <http://127.0.0.1:8890/sparql>" \
         "$dataset <${VOID}dataDump> <https://example.org/summits.nq>" \
         "$dataset <http://purl.org/dc/terms/title> \"Summits, 2025\"" \
         "<http://www.w3.org/ns/dcat#endpointURL> <http://127.0.0.1:8890/sparql>" \
         "<http://www.w3.org/ns/dcat#downloadURL> <https://example.org/summits.nq>"; do
  if grep -qF "$t ." "$tmp/opt.nt"; then
    ok "with options: $t"
  else
    not_ok "with options: $t"
  fi
done
"$SKG" export --void --store "$S" --license not-an-iri >"$tmp/bad.out" 2>"$tmp/bad.err"
st=$?
if [ "$st" -eq 1 ] && grep -q 'license' "$tmp/bad.err"; then
  ok "export --void --license not-an-iri: exit status 1, a message"
else
  not_ok "export --void --license not-an-iri: exit status 1, a message (got $st)"; note "$tmp/bad.err"
fi
"$SKG" export --void --view summit --store "$S" >/dev/null 2>"$tmp/bad.err"
status "export --void --view summit: refused" 1 $? "$tmp/bad.err"

S2=$tmp/reverse.db
# shellcheck disable=SC2086
(cd "$tmp/s" && "$SKG" load -q --store "$S2" $(echo $samples | tr ' ' '\n' | sort -r)) >/dev/null 2>"$tmp/load2.err"
"$SKG" export --void --store "$S2" >"$tmp/void-reverse.ttl" 2>>"$tmp/load2.err"
if cmp -s "$tmp/void.ttl" "$tmp/void-reverse.ttl"; then
  ok "export --void: the same bytes for the same reports loaded in another order"
else
  not_ok "export --void: the same bytes for the same reports loaded in another order"; note "$tmp/load2.err"
fi
S3=$tmp/fewer.db
(cd "$tmp/s" && "$SKG" load -q --store "$S3" au-assembly-2025.txt) >/dev/null 2>&1
d3=$("$SKG" export --void --store "$S3" -o ntriples 2>/dev/null |
     awk -v t="$RDF_TYPE" -v c="<${VOID}Dataset>" '$2 == t && $3 == c { print $1 }')
if [ -n "$d3" ] && [ "$d3" != "$dataset" ]; then
  ok "another set of reports, another dataset IRI"
else
  not_ok "another set of reports, another dataset IRI (got '$d3')"
fi

# ---- -o dot ----------------------------------------------------------------------------
AU=$tmp/s/au-assembly-2025.txt
"$SKG" extract -o dot "$AU" >"$tmp/au.dot" 2>"$tmp/au.err"
status "extract -o dot" 0 $? "$tmp/au.err"
draws "extract -o dot" "$tmp/au.dot"
# nodes are named by their labels, their IRIs under the base (id:...) are their tooltips, and
# the caption says what id: stands for
if grep -qF "\"${BASE}summit/au/38\" [label = \"AU summit no. 38\", tooltip = \"id:summit/au/38\"]" "$tmp/au.dot" &&
   grep -qF "label = \"id: $BASE\"" "$tmp/au.dot"; then
  ok "extract -o dot: the summit's node is named by its label, id:summit/au/38 its tooltip, id: = $BASE"
else
  not_ok "extract -o dot: the summit's node is named by its label, id:summit/au/38 its tooltip, id: = $BASE"
fi
if [ -n "$DOT" ] && grep -q 'AU summit no. 38' "$tmp/au.dot.svg" && ! grep '<text' "$tmp/au.dot.svg" | grep -v '>id: ' | grep -q 'https://w3id'; then
  ok "extract -o dot: the SVG names the summit, and shows no IRI as a name"
elif [ -n "$DOT" ]; then
  not_ok "extract -o dot: the SVG names the summit, and shows no IRI as a name"
fi
"$SKG" extract -O "$tmp/au-by-ext.dot" "$AU" 2>"$tmp/au-by-ext.err"
check "extract -O FILE.dot: DOT by the extension" cmp -s "$tmp/au.dot" "$tmp/au-by-ext.dot"
"$SKG" extract -o dot --view summit "$AU" >"$tmp/view.dot" 2>"$tmp/view.err"
status "extract -o dot --view summit" 0 $? "$tmp/view.err"
draws "extract -o dot --view summit" "$tmp/view.dot"
if grep -qF "\"${BASE}summit/au/38\" [label = \"AU summit no. 38\"" "$tmp/view.dot" &&
   grep -qF "\"${BASE}person/tomas-quintas\" [label = \"Tomás Quintas\"" "$tmp/view.dot" &&
   grep -qF "\"${BASE}summit/au/38\" -> \"${BASE}person/tomas-quintas\" [label = \"skg:chair\"]" "$tmp/view.dot"; then
  ok "--view summit: the summit, its chair and their names"
else
  not_ok "--view summit: the summit, its chair and their names"
fi
# office titles: a box for each participation's, not one "President" box for all
n_titles=$("$SKG" extract -o nquads --view summit "$AU" 2>/dev/null | grep -c 'ontology#officeTitle>')
n_boxes=$(grep -c ' -> "value:[0-9a-f]*" \[label = "skg:officeTitle"\]' "$tmp/view.dot")
n_distinct=$(grep -o ' -> "value:[0-9a-f]*" \[label = "skg:officeTitle"\]' "$tmp/view.dot" | sort -u | wc -l)
check "--view summit: each office title its own box ($n_titles titles, $n_distinct boxes)" \
  test "$n_titles" -gt 2 -a "$n_boxes" -eq "$n_titles" -a "$n_distinct" -eq "$n_titles"
if grep ' -> ' "$tmp/view.dot" | grep -q 'evidence/\|oa:\|sentence/\|rdf:type\|skg:Attended'; then
  not_ok "--view summit: no evidence, selectors, sentences, types, no skg:Attended"
else
  ok "--view summit: no evidence, selectors, sentences, types, no skg:Attended"
fi
edges_full=$(grep -c ' -> ' "$tmp/au.dot")
edges_view=$(grep -c ' -> ' "$tmp/view.dot")
if [ "$edges_view" -gt 20 ] && [ $((edges_view * 10)) -lt "$edges_full" ]; then
  ok "--view summit: a tenth of the edges or fewer ($edges_view of $edges_full)"
else
  not_ok "--view summit: a tenth of the edges or fewer ($edges_view of $edges_full)"
fi
# the view only leaves statements out
"$SKG" extract -o nquads "$AU" 2>/dev/null | LC_ALL=C sort >"$tmp/au.nq"
"$SKG" extract -o nquads --view summit "$AU" >"$tmp/view.raw" 2>"$tmp/view-nq.err"
status "extract -o nquads --view summit" 0 $? "$tmp/view-nq.err"
parses nquads "$tmp/view.raw" "extract -o nquads --view summit"
LC_ALL=C sort "$tmp/view.raw" >"$tmp/view.nq"
if [ -s "$tmp/view.nq" ] && [ -z "$(LC_ALL=C comm -23 "$tmp/view.nq" "$tmp/au.nq")" ]; then
  ok "--view summit: a part of the full graph, nothing new"
else
  not_ok "--view summit: a part of the full graph, nothing new"
fi
"$SKG" extract -o dot --view everything "$AU" >/dev/null 2>"$tmp/badview.err"
status "extract --view everything: refused" 1 $? "$tmp/badview.err"
: >"$tmp/empty.txt"
"$SKG" extract -q -o dot "$tmp/empty.txt" >"$tmp/empty.dot" 2>/dev/null
status "extract -o dot of an empty report" 2 $? /dev/null
draws "extract -o dot of an empty report" "$tmp/empty.dot"
"$SKG" export --store "$S3" -o dot >"$tmp/store.dot" 2>"$tmp/store.err"
status "export -o dot" 0 $? "$tmp/store.err"
draws "export -o dot" "$tmp/store.dot"
"$SKG" export --void --store "$S3" -o dot >"$tmp/void.dot" 2>"$tmp/void-dot.err"
status "export --void -o dot" 0 $? "$tmp/void-dot.err"
draws "export --void -o dot" "$tmp/void.dot"

# ---- the ontology's documentation --------------------------------------------------------
ONTOLOGY=$srcdir_abs/ontology/summitkg.ttl
HTML=$srcdir_abs/docs/ontology.html
if [ -n "$PYTHON" ] && [ -n "$RAPPER" ]; then
  "$PYTHON" "$srcdir_abs/scripts/gen-ontology-docs" --check "$ONTOLOGY" "$HTML" >"$tmp/docs.out" 2>&1
  status "docs/ontology.html is what scripts/gen-ontology-docs makes of the ontology; every term labelled" \
    0 $? "$tmp/docs.out"
  sed 's/rdfs:comment "The city where the summit was held."/rdfs:comment "Where."/' "$ONTOLOGY" >"$tmp/changed.ttl"
  "$PYTHON" "$srcdir_abs/scripts/gen-ontology-docs" --check "$tmp/changed.ttl" "$HTML" >"$tmp/docs2.out" 2>&1
  status "gen-ontology-docs --check: a changed ontology makes the page stale" 1 $? "$tmp/docs2.out"
  sed '/^skg:hostCity$/,/^$/ s/rdfs:label "host city"@en ;//' "$ONTOLOGY" >"$tmp/unlabelled.ttl"
  "$PYTHON" "$srcdir_abs/scripts/gen-ontology-docs" "$tmp/unlabelled.ttl" "$tmp/unlabelled.html" >"$tmp/docs3.out" 2>&1
  st=$?
  if [ "$st" -eq 1 ] && grep -q 'skg:hostCity has no rdfs:label' "$tmp/docs3.out"; then
    ok "gen-ontology-docs: a term without rdfs:label is an error"
  else
    not_ok "gen-ontology-docs: a term without rdfs:label is an error (got $st)"; note "$tmp/docs3.out"
  fi
  # every class, property and individual of the ontology, as rapper reads it, has its anchor
  "$RAPPER" -q -i turtle -o ntriples "$ONTOLOGY" >"$tmp/ontology.nt" 2>"$tmp/ontology.err"
  awk -v t="$RDF_TYPE" -v ns="<$NS" '$2 == t && index($1, ns) == 1 &&
      $3 ~ /#(Class|ObjectProperty|DatatypeProperty|AnnotationProperty|NamedIndividual)>$/ {
        name = substr($1, length(ns) + 1); sub(/>$/, "", name); print name }' "$tmp/ontology.nt" |
    sort -u >"$tmp/terms"
  n_terms=$(wc -l <"$tmp/terms" | tr -d ' ')
  missing=
  while IFS= read -r name; do
    grep -q "id=\"$name\"" "$HTML" || missing="$missing $name"
  done <"$tmp/terms"
  if [ "$n_terms" -gt 50 ] && [ -z "$missing" ]; then
    ok "docs/ontology.html: an anchor for each of the ontology's $n_terms terms"
  else
    not_ok "docs/ontology.html: an anchor for each of the ontology's $n_terms terms (missing:$missing)"
  fi
  for name in Summit chair confidence Attended; do
    if grep -q "<a href=\"#$name\">$NS$name</a>" "$HTML"; then
      ok "docs/ontology.html: #$name shows its IRI $NS$name"
    else
      not_ok "docs/ontology.html: #$name shows its IRI $NS$name"
    fi
  done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
