#!/bin/sh
# tests/e2e.sh - summitkg end to end: every report through every output syntax and two parsers,
# no blank nodes, the same bytes twice, golden N-Quads, the provenance query, bad input.
#
# Run by `make check` with top_srcdir, top_builddir, RAPPER and SERDI in the environment
# (AM_TESTS_ENVIRONMENT); by hand: top_srcdir=. top_builddir=. sh tests/e2e.sh
# Prints "ok N - what" or "not ok N - what" per check, "# ..." for notes and diagnostics, and
# ends with "N passed, N failed"; exits 0 only if none failed.  Works out of tree with a
# read-only srcdir (make distcheck): everything it writes goes under one mktemp -d directory.
#
# SKG_EVAL_DOCS=DIR  the evaluation reports (default $top_srcdir/../shared/eval/dev/docs)
# SKG_UPDATE_GOLDEN=1  rewrite tests/golden/*.nq from this build (then read the diff!)
# SKG_KEEP_TMP=1     keep the temporary directory

set -u
# the C locale, srcdir_abs, builddir_abs, SKG, RAPPER, SERDI, PYTHON, SAMPLES, $tmp; ok, not_ok,
# check, note, skip, parses and the counts
. "${top_srcdir:-.}/tests/testlib.sh"
setup e2e
ROQET=${ROQET:-$(command -v roqet || true)}
BASE=https://w3id.org/summitkg/id/
FORMATS='turtle ntriples nquads trig rdfxml'

# report_iri FILE: the IRI of FILE's named graph, base + "report/" + SHA-256 of its bytes.
report_iri() {
  printf '%sreport/%s' "$BASE" "$(sha256sum <"$1" | cut -d' ' -f1)"
}

[ -n "$RAPPER" ] || skip "rapper not found: no rapper checks"
[ -n "$SERDI" ] || skip "serdi not found: no serdi checks"

# ---- the ontology ---------------------------------------------------------
parses turtle "$srcdir_abs/ontology/summitkg.ttl" "ontology/summitkg.ttl"

# ---- every report, every syntax ---------------------------------------------
# run_report FILE LABEL: each syntax twice (exit 0, same bytes), both parsers, then the
# N-Quads: no blank node, the report's own named graph.
run_report() {
  file=$1; label=$2
  out=$tmp/out
  for fmt in $FORMATS; do
    "$SKG" extract -o "$fmt" "$file" >"$out.1" 2>"$out.err"
    st=$?
    if [ "$st" -eq 0 ]; then
      ok "$label: -o $fmt exits 0"
    else
      not_ok "$label: -o $fmt exits 0 (got $st)"; note "$out.err"
    fi
    "$SKG" extract -o "$fmt" "$file" >"$out.2" 2>/dev/null
    if cmp -s "$out.1" "$out.2"; then
      ok "$label: -o $fmt gives the same bytes twice"
    else
      not_ok "$label: -o $fmt gives the same bytes twice"
      diff "$out.1" "$out.2" >"$out.diff"; note "$out.diff"
    fi
    parses "$fmt" "$out.1" "$label: -o $fmt"
    cp "$out.1" "$out.$fmt"
  done
  if grep -nE '(^|[[:space:]])_:' "$out.nquads" >"$out.bnodes"; then
    not_ok "$label: no blank node in the N-Quads"; note "$out.bnodes"
  else
    ok "$label: no blank node in the N-Quads"
  fi
  graph=$(report_iri "$file")
  if grep -q " <$graph> \\.\$" "$out.nquads" &&
     ! grep -v " <$graph> \\.\$" "$out.nquads" | grep -q .; then
    ok "$label: every quad is in the graph <base/report/sha256>"
  else
    not_ok "$label: every quad is in the graph <$graph>"
    grep -v " <$graph> \\.\$" "$out.nquads" >"$out.other"; note "$out.other"
  fi
}

samples_found=
for f in "$srcdir_abs"/samples/*.txt; do
  [ -f "$f" ] || continue
  samples_found=yes
  run_report "$f" "samples/${f##*/}"
done
[ -n "$samples_found" ] || not_ok "samples/*.txt exist"

eval_docs=${SKG_EVAL_DOCS:-$srcdir_abs/../shared/eval/dev/docs}
if [ -d "$eval_docs" ]; then
  for f in "$eval_docs"/*.txt; do
    [ -f "$f" ] || continue
    run_report "$f" "eval/dev/docs/${f##*/}"
  done
else
  skip "no evaluation reports at $eval_docs"
fi

# ---- golden N-Quads ---------------------------------------------------------
# Sorted, as storage order is not ours to promise; run in a copy with a relative name, as
# the input path is written (skg:inputFile).  Any diff is a real change: read it, then
# regenerate with SKG_UPDATE_GOLDEN=1.
mkdir "$tmp/golden"
golden_found=
for txt in "$srcdir_abs"/tests/golden/*.txt; do
  [ -f "$txt" ] || continue
  golden_found=yes
  name=${txt##*/}; name=${name%.txt}
  cp "$txt" "$tmp/golden/$name.txt"
  (cd "$tmp/golden" && "$SKG" extract -o nquads "$name.txt" >"$name.raw" 2>"$name.err")
  st=$?
  LC_ALL=C sort "$tmp/golden/$name.raw" >"$tmp/golden/$name.nq"
  if [ -n "${SKG_UPDATE_GOLDEN:-}" ]; then
    cp "$tmp/golden/$name.nq" "$srcdir_abs/tests/golden/$name.nq"
    echo "# wrote tests/golden/$name.nq"
  fi
  if [ "$st" -ne 0 ]; then
    not_ok "golden $name: exits 0 (got $st)"; note "$tmp/golden/$name.err"
  elif [ ! -f "$srcdir_abs/tests/golden/$name.nq" ]; then
    not_ok "golden $name: tests/golden/$name.nq exists"
  elif cmp -s "$srcdir_abs/tests/golden/$name.nq" "$tmp/golden/$name.nq"; then
    ok "golden $name: sorted N-Quads equal tests/golden/$name.nq"
  else
    not_ok "golden $name: sorted N-Quads equal tests/golden/$name.nq"
    diff -u "$srcdir_abs/tests/golden/$name.nq" "$tmp/golden/$name.nq" >"$tmp/golden/$name.diff"
    sed 's/^/#   /' "$tmp/golden/$name.diff" | head -n 60
  fi
  parses nquads "$tmp/golden/$name.nq" "golden $name"
done
[ -n "$golden_found" ] || not_ok "tests/golden/*.txt exist"

# ---- the provenance query -----------------------------------------------------
# From a fact back to its sentence, rule, confidence and span; the span cut from the report
# at code points [start, end) is the quoted text.
au=$srcdir_abs/samples/au-assembly-2025.txt
if [ -z "$ROQET" ]; then
  skip "roqet not found (Debian: rasqal-utils): no provenance query"
elif [ -z "$PYTHON" ]; then
  skip "python3 not found: no provenance query"
elif [ ! -f "$au" ]; then
  not_ok "samples/au-assembly-2025.txt exists"
else
  "$SKG" extract -o ntriples "$au" >"$tmp/au.nt" 2>/dev/null
  query='PREFIX skg: <https://w3id.org/summitkg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?sentence ?start ?end ?exact ?rule ?confidence WHERE {
  ?e rdf:subject <https://w3id.org/summitkg/id/summit/au/38> ; rdf:predicate skg:chair ;
     rdf:object <https://w3id.org/summitkg/id/person/tomas-quintas> ;
     skg:rule ?rule ; skg:confidence ?confidence ; skg:sentence ?s ; oa:hasTarget ?t .
  ?s skg:text ?sentence .
  ?t oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact . }'
  if "$ROQET" -q -i sparql -r csv -F ntriples -D "$tmp/au.nt" -e "$query" \
       >"$tmp/au.csv" 2>"$tmp/roqet.err"; then
    ok "provenance query: roqet runs it over the N-Triples of au-assembly-2025"
  else
    not_ok "provenance query: roqet runs it over the N-Triples of au-assembly-2025"
    note "$tmp/roqet.err"
  fi
  # Each line the script prints is one check: "ok WHAT" or "not ok WHAT".
  "$PYTHON" - "$tmp/au.csv" "$au" >"$tmp/au.checks" 2>&1 <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
text = open(sys.argv[2], encoding="utf-8", newline="").read()
def check(what, good):
    print(("ok " if good else "not ok ") + what)
check("provenance query: exactly one row (got %d)" % len(rows), len(rows) == 1)
if rows:
    r = rows[0]
    check("provenance query: the sentence contains 'chaired'", "chaired" in r["sentence"])
    check("provenance query: rule is chair.chaired-by (got %r)" % r["rule"],
          r["rule"] == "chair.chaired-by")
    try:
        start, end = int(r["start"]), int(r["end"])
        conf = float(r["confidence"])
    except ValueError:
        start = end = conf = -1
    check("provenance query: 0 <= start < end (got %s, %s)" % (r["start"], r["end"]),
          0 <= start < end)
    check("provenance query: 0 < confidence <= 1 (got %s)" % r["confidence"], 0 < conf <= 1)
    cut = text[start:end] if 0 <= start < end else None
    check("provenance query: the report's code points [start, end) are the exact quote"
          " (%r vs %r)" % (cut, r["exact"]), cut == r["exact"])
    check("provenance query: the sentence contains the exact quote", r["exact"] in r["sentence"])
EOF
  while IFS= read -r line; do
    case $line in
      "ok "*) ok "${line#ok }" ;;
      "not ok "*) not_ok "${line#not ok }" ;;
      *) echo "#   $line"; [ -n "${py_failed:-}" ] || { py_failed=yes; not_ok "provenance query: the checker runs"; } ;;
    esac
  done <"$tmp/au.checks"
fi

# ---- bad input ----------------------------------------------------------------
# Each bad report: one stderr line naming it, exit status 2, and a good report given after
# it still written.  Made here, as no binary file goes into the repository.
bad=$tmp/bad
mkdir "$bad"
good=$srcdir_abs/samples/asean-summit-2025.txt
cp "$good" "$bad/good.txt"
good_iri=$(report_iri "$good")
: >"$bad/empty.txt"
head -c 4096 /dev/urandom >"$bad/random.bin"
printf 'abc\377def\n' >"$bad/bad-utf8.txt"
mkdir "$bad/a-directory.txt"
# missing.txt is not made.
cat "$good" "$good" "$good" >"$bad/oversized.txt"

# bad_report NAME [OPTION...]: the checks above for one bad report.
bad_report() {
  name=$1; shift
  (cd "$bad" && "$SKG" extract -o nquads "$@" "$name" good.txt >"$name.out" 2>"$name.err")
  st=$?
  if [ "$st" -eq 2 ]; then
    ok "bad $name: exit status 2"
  else
    not_ok "bad $name: exit status 2 (got $st)"
  fi
  lines=$(wc -l <"$bad/$name.err")
  first=$(head -n 1 "$bad/$name.err")
  case $first in
    "summitkg: $name:"*)
      if [ "$lines" -eq 1 ]; then
        ok "bad $name: one stderr line naming it: $first"
      else
        not_ok "bad $name: one stderr line naming it (got $lines lines)"; note "$bad/$name.err"
      fi ;;
    *) not_ok "bad $name: one stderr line, 'summitkg: $name: ...'"; note "$bad/$name.err" ;;
  esac
  if grep -q "<$good_iri>" "$bad/$name.out"; then
    ok "bad $name: the good report beside it is still written"
  else
    not_ok "bad $name: the good report beside it is still written"
  fi
}

for name in empty.txt random.bin bad-utf8.txt missing.txt a-directory.txt; do
  bad_report "$name"
done
bad_report oversized.txt --max-bytes 4000

# A full disk is a failed run, and says so.
if [ -w /dev/full ]; then
  "$SKG" extract "$good" >/dev/full 2>"$tmp/full.err"
  st=$?
  if [ "$st" -eq 1 ] && grep -q '^summitkg: ' "$tmp/full.err"; then
    ok "writing to /dev/full: exit status 1 and a message"
  else
    not_ok "writing to /dev/full: exit status 1 and a message (got $st)"; note "$tmp/full.err"
  fi
else
  skip "no /dev/full"
fi

# -O: whole or not at all.
mkdir "$tmp/O"
"$SKG" extract -O "$tmp/O/no-such-dir/x.nq" "$good" >"$tmp/O.out" 2>"$tmp/O.err"
st=$?
if [ "$st" -eq 1 ] && [ -s "$tmp/O.err" ] && [ -z "$(ls -A "$tmp/O")" ]; then
  ok "-O into a missing directory: exit status 1, a message, nothing left"
else
  not_ok "-O into a missing directory: exit status 1, a message, nothing left (got $st)"
  note "$tmp/O.err"; ls -A "$tmp/O" | sed 's/^/#   left: /'
fi
mkdir "$tmp/ro"
chmod 555 "$tmp/ro"
if touch "$tmp/ro/probe" 2>/dev/null; then
  rm -f "$tmp/ro/probe"
  skip "-O into a read-only directory: this user (root?) can write there anyway"
else
  "$SKG" extract -O "$tmp/ro/x.nq" "$good" >/dev/null 2>"$tmp/ro.err"
  st=$?
  if [ "$st" -eq 1 ] && [ -s "$tmp/ro.err" ] && [ -z "$(ls -A "$tmp/ro")" ]; then
    ok "-O into a read-only directory: exit status 1, a message, nothing left"
  else
    not_ok "-O into a read-only directory: exit status 1, a message, nothing left (got $st)"
    note "$tmp/ro.err"
  fi
fi
chmod 755 "$tmp/ro"

mkdir "$tmp/O2"
"$SKG" extract -O "$tmp/O2/out.ttl" "$good" >"$tmp/O2.stdout" 2>"$tmp/O2.err"
st=$?
left=$(cd "$tmp/O2" && ls -A)
if [ "$st" -eq 0 ] && [ "$left" = out.ttl ]; then
  ok "-O out.ttl: exit status 0, exactly out.ttl left (no temporary file)"
else
  not_ok "-O out.ttl: exit status 0, exactly out.ttl left (got $st; left: $left)"
  note "$tmp/O2.err"
fi
"$SKG" extract -o turtle "$good" >"$tmp/O2.ref" 2>/dev/null
if cmp -s "$tmp/O2/out.ttl" "$tmp/O2.ref" && [ ! -s "$tmp/O2.stdout" ]; then
  ok "-O out.ttl: the file is what -o turtle prints, and stdout is empty"
else
  not_ok "-O out.ttl: the file is what -o turtle prints, and stdout is empty"
fi

# The command line.
for opt in --help --version; do
  "$SKG" $opt >"$tmp/opt.out" 2>"$tmp/opt.err"
  st=$?
  if [ "$st" -eq 0 ] && [ -s "$tmp/opt.out" ]; then
    ok "summitkg $opt: exit status 0 and output"
  else
    not_ok "summitkg $opt: exit status 0 and output (got $st)"; note "$tmp/opt.err"
  fi
done
"$SKG" extract --help >/dev/null 2>&1
check "summitkg extract --help: exit status 0" test $? -eq 0
for args in "--no-such-option" "extract --no-such-option" "extract -o no-such-format"; do
  # shellcheck disable=SC2086 # split on purpose
  "$SKG" $args "$good" >/dev/null 2>"$tmp/opt.err"
  st=$?
  if [ "$st" -eq 1 ] && [ -s "$tmp/opt.err" ]; then
    ok "summitkg $args: exit status 1 and a message"
  else
    not_ok "summitkg $args: exit status 1 and a message (got $st)"
  fi
done

# explain: each fact with its rule and sentence, the span marked, grouped by summit;
# --min-confidence leaves out weaker facts there as in the graph.
"$SKG" explain "$good" >"$tmp/explain.out" 2>"$tmp/explain.err"
st=$?
if [ "$st" -eq 0 ] && grep -q '^summit <' "$tmp/explain.out" && grep -q '\[\[.*\]\]' "$tmp/explain.out" &&
   grep -q '(chair\.[a-z-]*[ +a-z.-]* 0\.[0-9][0-9], \[\[' "$tmp/explain.out"; then
  ok "summitkg explain: summits, rules and marked spans"
else
  not_ok "summitkg explain: summits, rules and marked spans (exit status $st)"; note "$tmp/explain.err"
fi
"$SKG" explain --min-confidence 0.9 "$good" >"$tmp/explain-strong.out" 2>/dev/null
if [ "$(grep -c ' 0\.[0-8][0-9],' "$tmp/explain-strong.out")" -eq 0 ] &&
   [ "$(grep -c ' 0\.[0-8][0-9],' "$tmp/explain.out")" -gt 0 ]; then
  ok "summitkg explain --min-confidence 0.9: no weaker fact shown"
else
  not_ok "summitkg explain --min-confidence 0.9: no weaker fact shown"
fi
"$SKG" extract -o ntriples --min-confidence 0.9 "$good" >"$tmp/strong.nt" 2>/dev/null
if ! grep -q 'confidence> "0\.[0-8]' "$tmp/strong.nt" && grep -q 'confidence> "0\.9' "$tmp/strong.nt"; then
  ok "summitkg extract --min-confidence 0.9: no weaker evidence in the graph"
else
  not_ok "summitkg extract --min-confidence 0.9: no weaker evidence in the graph"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
