#!/bin/sh
# tests/cli.sh - each command says what it takes (issue 12): the command list, each command's
# --help and `help COMMAND`, options refused by the commands they mean nothing to, format names
# as users type them, -O's extension, folders without -r; query (prefixes, tables, ASK,
# CONSTRUCT and DESCRIBE in any syntax, --param, --timeout, syntax errors with their line);
# explain (each sentence once, duplicates merged, no empty headings, --format tsv and source).
#
# Run by `make check` (AM_TESTS_ENVIRONMENT); by hand: top_srcdir=. top_builddir=. sh tests/cli.sh
# Prints "ok N - what" / "not ok N - what", ends with "N passed, N failed".
#
# SKG_KEEP_TMP=1     keep the temporary directory

set -u
. "${top_srcdir:-.}/tests/testlib.sh"
setup cli

AU=$SAMPLES/au-assembly-2025.txt
COMMANDS='extract explain load query export stats push'

# ---- the commands, and what each takes --------------------------------------------------------
"$SKG" >"$tmp/none.out" 2>"$tmp/none.err"
st=$?
missing=
for c in $COMMANDS; do grep -q "^  $c " "$tmp/none.err" || missing="$missing $c"; done
check_that "summitkg alone lists the seven commands (exit 1)${missing:+, missing:$missing}" \
  '[ "$st" -eq 1 ] && [ -z "$missing" ]'
"$SKG" --help >"$tmp/help.out" 2>&1
st=$?
check_that "summitkg --help lists them too (exit 0)" '[ "$st" -eq 0 ] && cmp -s "$tmp/help.out" "$tmp/none.err"'
for c in $COMMANDS; do
  "$SKG" "$c" --help >"$tmp/c.help" 2>&1
  st=$?
  check_that "summitkg $c --help: its usage and an example (exit 0)" \
    '[ "$st" -eq 0 ] && head -n 1 "$tmp/c.help" | grep -q "^usage: summitkg $c " && grep -q "^Example:" "$tmp/c.help"'
  "$SKG" help "$c" >"$tmp/h.help" 2>&1
  check "summitkg help $c says the same" cmp -s "$tmp/c.help" "$tmp/h.help"
done
"$SKG" help frobnicate >/dev/null 2>"$tmp/err"
st=$?
check_that "summitkg help with no such command: exit 1, says so" '[ "$st" -eq 1 ] && grep -q "no command .frobnicate." "$tmp/err"'

# refused: each with exit 1 and one line naming the option and the command, nothing written
refused() {
  what=$1 want=$2; shift 2
  (cd "$tmp" && "$SKG" "$@") >"$tmp/r.out" 2>"$tmp/r.err"
  st=$?
  if [ "$st" -eq 1 ] && [ "$(head -n 1 "$tmp/r.err")" = "$want" ] && [ ! -s "$tmp/r.out" ]; then
    ok "$what: refused: $want"
  else
    not_ok "$what: refused with '$want' (exit status $st)"; note "$tmp/r.err"
  fi
}
(cd "$SAMPLES" && "$SKG" load -q --store "$tmp/s.db" ./*.txt)
refused "stats --jobs 4" "summitkg stats: --jobs is not an option of stats" stats --jobs 4 --store "$tmp/s.db"
refused "explain -o nquads" "summitkg explain: -o is not an option of explain" explain -o nquads "$AU"
refused "load -O out.nq" "summitkg load: -O is not an option of load" load -O out.nq --store "$tmp/l.db" "$AU"
check "load -O out.nq: writes nothing, makes no store" sh -c '[ ! -e "$1/out.nq" ] && [ ! -e "$1/l.db" ]' sh "$tmp"
refused "extract --format nquads" "summitkg extract: --format is not an option of extract" \
  extract --format nquads "$AU"
refused "an option before the command is the command's too" "summitkg stats: -j is not an option of stats" \
  -j 2 stats --store "$tmp/s.db"
refused "query --commit-every" "summitkg query: --commit-every is not an option of query" \
  query --commit-every 5 --store "$tmp/s.db" -e 'ASK { ?s ?p ?o }'
refused "an option no command has" "summitkg extract: unknown option --frobnicate" extract --frobnicate "$AU"
refused "export with a report" "summitkg export: export takes no inputs, not 'x.txt' (it writes the store)" \
  export --store "$tmp/s.db" x.txt

# ---- format names as users type them -------------------------------------------------------------
# NAME SYNTAX-rapper-reads
for pair in turtle:turtle TTL:turtle Turtle:turtle nt:ntriples N-Triples:ntriples ntriples:ntriples \
            NQ:nquads n-quads:nquads nquads:nquads TriG:trig rdfxml:rdfxml RDF/XML:rdfxml xml:rdfxml; do
  name=${pair%%:*} syntax=${pair#*:}
  "$SKG" extract -o "$name" "$AU" >"$tmp/f.out" 2>"$tmp/f.err"
  st=$?
  if [ "$st" -eq 0 ] && { [ -z "$RAPPER" ] || "$RAPPER" -q -i "$syntax" -c "$tmp/f.out" >/dev/null 2>&1; }; then
    ok "-o $name writes $syntax"
  else
    not_ok "-o $name writes $syntax (exit status $st)"; note "$tmp/f.err"
  fi
done
"$SKG" extract -o json "$AU" >/dev/null 2>"$tmp/err"
one_line "-o json: refused, the valid names listed" "$?" 1 "$tmp/err" \
  "unknown syntax 'json' for -o: use turtle .*ntriples .*nquads .*trig, rdfxml .*dot"
(cd "$tmp" && "$SKG" extract -O out.json "$AU") 2>"$tmp/err"
one_line "-O out.json (no syntax of that name): refused" "$?" 1 "$tmp/err" "out.json: its extension names no syntax"
check "-O out.json: no file" sh -c '! ls "$1" | grep -q "out\.json"' sh "$tmp"
(cd "$tmp" && "$SKG" extract -O OUT.NQ "$AU") 2>"$tmp/err"
st=$?
check_that "-O OUT.NQ: N-Quads, whatever the case" '[ "$st" -eq 0 ] && grep -q "> <https://w3id.org/summitkg/id/report/" "$tmp/OUT.NQ"'
"$SKG" query --store "$tmp/s.db" --format TSV -e 'SELECT ?s WHERE { ?s a skg:Summit }' >"$tmp/q.tsv" 2>"$tmp/err"
st=$?
check_that "query --format TSV: tsv, whatever the case" '[ "$st" -eq 0 ] && head -n 1 "$tmp/q.tsv" | grep -q "^?s$"'
refused "query --format yaml: the valid names listed" \
  "summitkg query: --format is table, csv, tsv, json or xml, not 'yaml'" query --store "$tmp/s.db" --format yaml -e 'ASK { ?s ?p ?o }'
"$SKG" extract "$SAMPLES" >/dev/null 2>"$tmp/err"
one_line "a folder without -r: 'is a directory (use -r to read folders)'" "$?" 2 "$tmp/err" \
  "samples: is a directory \\(use -r to read folders\\)\$"

# ---- Turtle: one prefix block per output, and id: -----------------------------------------------------
(cd "$SAMPLES" && "$SKG" extract -o turtle ./*.txt) >"$tmp/all.ttl" 2>/dev/null
check_that "Turtle of five reports: one prefix block (skg: declared once), at the start" \
  '[ "$(grep -c "^@prefix skg: " "$tmp/all.ttl")" -eq 1 ] && head -n 1 "$tmp/all.ttl" | grep -q "^@prefix "'
check "Turtle: id: is declared for the instances" grep -q '^@prefix id: <https://w3id.org/summitkg/id/> \.$' "$tmp/all.ttl"
parses turtle "$tmp/all.ttl" "Turtle of five reports"
(cd "$SAMPLES" && "$SKG" extract -j 2 -o turtle ./*.txt) >"$tmp/all-j2.ttl" 2>/dev/null
check "Turtle with -j 2: the same bytes" cmp -s "$tmp/all.ttl" "$tmp/all-j2.ttl"
(cd "$SAMPLES" && "$SKG" extract -o trig ./*.txt) >"$tmp/all.trig" 2>/dev/null
check "TriG of five reports: one prefix block" test "$(grep -c '^@prefix skg: ' "$tmp/all.trig")" -eq 1

# ---- query -------------------------------------------------------------------------------------------
q() { "$SKG" query --store "$tmp/s.db" "$@" >"$tmp/q.out" 2>"$tmp/q.err"; st=$?; }
q -e 'SELECT ?s WHERE { ?s a skg:Summit ; skg:organization id:organization\/au }'
q -e 'SELECT ?s ?city WHERE { ?s a skg:Summit ; skg:hostCity ?city ; skg:organization <https://w3id.org/summitkg/id/organization/au> }'
check_that "query: skg: declared, and a table shortens IRIs with id:" \
  '[ "$st" -eq 0 ] && grep -q "^id:summit/au/38  *id:city/addis-ababa" "$tmp/q.out"'
q -e 'PREFIX skg: <http://example.org/other#> SELECT ?s WHERE { ?s a skg:Summit }'
check_that "query: a prefix the query declares itself is its own (no rows)" \
  '[ "$st" -eq 0 ] && grep -q "^(0 rows)" "$tmp/q.out"'
q -e 'ASK { ?s a skg:Summit }'
check_that "ASK true: 'yes', exit status 0" '[ "$st" -eq 0 ] && [ "$(cat "$tmp/q.out")" = yes ]'
q -e 'ASK { ?s a skg:NoSuchClass }'
check_that "ASK false: 'no', exit status 1, nothing on stderr" \
  '[ "$st" -eq 1 ] && [ "$(cat "$tmp/q.out")" = no ] && [ ! -s "$tmp/q.err" ]'
q --format json -e 'ASK { ?s a skg:Summit }'
check_that "ASK --format json: the W3C boolean" '[ "$st" -eq 0 ] && grep -q "\"boolean\" *: *true" "$tmp/q.out"'
for syntax in turtle ntriples nquads trig rdfxml; do
  q -o "$syntax" -e 'CONSTRUCT { ?s skg:hostCity ?c } WHERE { ?s a skg:Summit ; skg:hostCity ?c }'
  check_that "CONSTRUCT -o $syntax: exit 0, the statements" '[ "$st" -eq 0 ] && grep -q "addis-ababa" "$tmp/q.out"'
  parses "$syntax" "$tmp/q.out" "CONSTRUCT -o $syntax"
done
q -o ntriples -e 'DESCRIBE <https://w3id.org/summitkg/id/organization/au>'
check_that "DESCRIBE <IRI> -o ntriples: the resource's statements" \
  '[ "$st" -eq 0 ] && grep -q "^<https://w3id.org/summitkg/id/organization/au> <http://www.w3.org/2000/01/rdf-schema#label> \"African Union\"" "$tmp/q.out"'
q -o nquads -e 'DESCRIBE ?s WHERE { ?s a skg:Summit ; skg:organization <https://w3id.org/summitkg/id/organization/au> }'
check_that "DESCRIBE ?s WHERE {...}: the statements of each resource found" \
  '[ "$st" -eq 0 ] && grep -q "^<https://w3id.org/summitkg/id/summit/au/38> <https://w3id.org/summitkg/ontology#edition>" "$tmp/q.out" && ! grep -v "summit/au/38> " "$tmp/q.out" | grep -q .'
printf '%s\n' 'SELECT DISTINCT ?summit WHERE {' '  ?summit a skg:Summit ; skg:organization ?org .' '  ?org rdfs:label $name' '}' >"$tmp/p.rq"
q --param 'name=African Union' "$tmp/p.rq"
check_that "--param name='African Union' sets \$name: the AU's summit" \
  '[ "$st" -eq 0 ] && grep -q "^id:summit/au/38" "$tmp/q.out" && grep -q "^(1 row)" "$tmp/q.out"'
q "$tmp/p.rq"
check_that "without --param, \$name stays a variable: every organization's summits" \
  '[ "$st" -eq 0 ] && grep -q "^(5 rows)" "$tmp/q.out"'
q --param 'country=KZ' "$tmp/p.rq"
one_line "a --param the query does not use is refused" "$st" 1 "$tmp/q.err" "p.rq: --param country: the query has no \\\$country"
printf '%s\n' 'SELECT ?s' 'WHERE {' '  ?s a skg:Summit' '  FILTER(?s = )' '}' >"$tmp/bad.rq"
q "$tmp/bad.rq"
one_line "a syntax error in a file: FILE:LINE, the line as written" "$st" 1 "$tmp/q.err" "^summitkg: $tmp/bad.rq:4: "
check "a syntax error is not blamed on the store" sh -c '! grep -q "store" "$1"' sh "$tmp/q.err"
q -e 'SELECT ?s WHERE {
  ?s ?p ?o .
  ?s ?q }'
one_line "a syntax error in -e: its line" "$st" 1 "$tmp/q.err" "^summitkg: the query, line 3: "
q -e 'INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }'
one_line "INSERT: says what it is and why it is not run" "$st" 1 "$tmp/q.err" \
  "SPARQL Update \\(INSERT\\) is not run on the store: it changes only by load"
t0=$(date +%s)
q --timeout 1 -e 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
took=$(($(date +%s) - t0))
check_that "--timeout 1 stops a query that would take hours, with a message (${took} s)" \
  '[ "$st" -eq 1 ] && [ "$took" -le 10 ] && grep -q "ran for its --timeout of 1 s: stopped" "$tmp/q.err"'

# ---- explain ---------------------------------------------------------------------------------------------
for f in "$SAMPLES"/*.txt; do
  name=$(basename "$f")
  "$SKG" explain "$f" >"$tmp/e.out" 2>"$tmp/e.err"
  st=$?
  # per summit heading, sentence numbers must not repeat; within a sentence, no fact line twice
  dup=$(awk '/^summit |^offices held/ { delete seen } /^  sentence / { if (seen[$2]++) print }' "$tmp/e.out")
  twice=$(awk '/^  sentence / { delete facts } /^    / { if (facts[$0]++) print }' "$tmp/e.out")
  empty=$(awk '/^summit |^offices held/ { if (h) print h; h = $0; next } /^    / { h = "" } END { if (h) print h }' \
    "$tmp/e.out")
  check_that "explain $name: each sentence once under its summit, no fact twice, no empty heading" \
    '[ "$st" -eq 0 ] && [ -z "$dup" ] && [ -z "$twice" ] && [ -z "$empty" ] && grep -q "^  sentence " "$tmp/e.out"'
done
"$SKG" explain --min-confidence 0.99 "$AU" >"$tmp/e.out" 2>/dev/null
check "explain --min-confidence 0.99: no heading without facts under it" \
  sh -c '! grep -q "^summit \|^offices held" "$1"' sh "$tmp/e.out"
"$SKG" explain "$SAMPLES/csto-council-2025.txt" >"$tmp/e.out" 2>/dev/null
check "explain: a fact two rules gave from one sentence is one line, with both rules" \
  grep -q '^    attendee  *Almazbek Toktogulov, Kyrgyzstan, President  (attendee\.[a-z-]* + attendee\.[a-z-]* ' "$tmp/e.out"
if [ -n "$PYTHON" ]; then
  # an HTML report: the quotes of --format tsv are the text --format source prints, cut at
  # start and end (code points)
  "$PYTHON" - "$AU" "$tmp/au.html" <<'EOF'
import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
paras = "".join("<p>%s</p>\n" % html.escape(p) for p in text.split("\n\n"))
open(sys.argv[2], "w", encoding="utf-8").write(
    "<html><head><title>AU</title><style>p { color: red }</style></head><body><nav>Menu &amp; more</nav>\n"
    + paras + "</body></html>\n")
EOF
  for f in "$AU" "$tmp/au.html"; do
    name=$(basename "$f")
    "$SKG" explain --format tsv "$f" >"$tmp/e.tsv" 2>"$tmp/e.err"
    st1=$?
    "$SKG" explain --format source "$f" >"$tmp/e.src" 2>>"$tmp/e.err"
    st2=$?
    "$PYTHON" - "$tmp/e.tsv" "$tmp/e.src" "$name" >"$tmp/e.checks" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
src = open(sys.argv[2], encoding="utf-8", newline="").read()
name = sys.argv[3]
head = ["report", "summit", "relation", "value", "rule", "confidence", "start", "end", "quote"]
print(("ok" if rows and rows[0] == head else "not ok") + " %s --format tsv: the header" % name)
body = rows[1:]
print(("ok" if body and all(len(r) == 9 for r in body) else "not ok") + " %s --format tsv: %d rows of 9 fields" % (name, len(body)))
flat = lambda s: s.replace("\n", " ").replace("\r", " ").replace("\t", " ")
bad = [r for r in body if len(r) == 9 and flat(src[int(r[6]):int(r[7])]) != r[8]]
print(("ok" if body and not bad else "not ok") + " %s: each quote is the source text cut at start and end (%d bad)" % (name, len(bad)))
EOF
    check_that "$name: explain --format tsv and source exit 0" '[ "$st1" -eq 0 ] && [ "$st2" -eq 0 ]'
    while IFS= read -r line; do
      case $line in "ok "*) ok "${line#ok }" ;; *) not_ok "${line#not ok }" ;; esac
    done <"$tmp/e.checks"
  done
  check "explain --format source of an HTML page: its text, without tags, scripts or styles" \
    sh -c '! grep -q "<p>\|color: red" "$1" && grep -q "Addis Ababa" "$1"' sh "$tmp/e.src"
fi
refused "explain --format xml" "summitkg explain: --format is text, tsv or source, not 'xml'" \
  explain --format xml "$AU"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
