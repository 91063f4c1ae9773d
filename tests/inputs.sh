#!/bin/sh
# tests/inputs.sh - what a run reads and how: folders with -r, --files-from, JSON Lines
# corpora (a report per line, FILE:LINE messages), -j N worker processes (the output is the
# same as one process's, in every syntax that can be split), --stats, and no progress line
# when standard error is not a terminal.
#
# Run by `make check` with top_srcdir, top_builddir, RAPPER and SERDI in the environment;
# by hand: top_srcdir=. top_builddir=. sh tests/inputs.sh
# Prints "ok N - what" / "not ok N - what", ends with "N passed, N failed"; exits 0 only if
# none failed.  Everything it writes goes under one mktemp -d directory.
#
# SKG_KEEP_TMP=1     keep the temporary directory

set -u
# the C locale, srcdir_abs, builddir_abs, SKG, RAPPER, SERDI, PYTHON, SAMPLES, $tmp; ok, not_ok,
# check, note, skip, parses and the counts
. "${top_srcdir:-.}/tests/testlib.sh"
setup inputs

# status_is WANT WHAT: one check of the last command's exit status ($st).
status_is() {
  if [ "$st" -eq "$1" ]; then ok "$2: exit status $1"; else not_ok "$2: exit status $st, not $1"; fi
}
# same_set A B WHAT: the two files hold the same statements (sorted N-Quads equal).
same_set() {
  "$SERDI" -i "$4" -o nquads "$1" 2>/dev/null | sort -u >"$tmp/set.a"
  "$SERDI" -i "$4" -o nquads "$2" 2>/dev/null | sort -u >"$tmp/set.b"
  if [ -s "$tmp/set.a" ] && cmp -s "$tmp/set.a" "$tmp/set.b"; then ok "$3"; else not_ok "$3"; fi
}
# has_line FILE PATTERN WHAT: FILE has a line matching the extended regex PATTERN.
has_line() {
  if grep -Eq "$2" "$1"; then ok "$3"; else not_ok "$3"; note "$1"; fi
}

# ---- a corpus on disk: folders, a JSON Lines file ---------------------------
mkdir -p "$tmp/corpus/2025/feb" "$tmp/corpus/.cache" "$tmp/corpus/2025/other"
cp "$SAMPLES/au-assembly-2025.txt" "$tmp/corpus/2025/feb/"
cp "$SAMPLES/csto-council-2025.txt" "$tmp/corpus/2025/"
cp "$SAMPLES/asean-summit-2025.txt" "$tmp/corpus/2025/other/asean.html"
cp "$SAMPLES/ots-council-2025.txt" "$tmp/corpus/.cache/ots.txt"   # hidden: left out
cp "$SAMPLES/README.md" "$tmp/corpus/README.md"                   # not a report's name
cp "$SAMPLES/pif-special-2025.txt" "$tmp/corpus/2025/other/notes.bak"

st=0
"$SKG" extract -r -o nquads "$tmp/corpus" >"$tmp/r.nq" 2>"$tmp/r.err" || st=$?
status_is 0 "-r on a folder"
grep -o '#inputFile> "[^"]*"' "$tmp/r.nq" | sed 's/.*"\(.*\)"/\1/' | sed "s|^$tmp/||" >"$tmp/r.files"
printf 'corpus/2025/csto-council-2025.txt\ncorpus/2025/feb/au-assembly-2025.txt\ncorpus/2025/other/asean.html\n' \
  >"$tmp/r.want"
if cmp -s "$tmp/r.files" "$tmp/r.want"; then ok "-r reads the report-named files below, sorted, hidden ones left out"
else not_ok "-r reads the report-named files below, sorted, hidden ones left out"; note "$tmp/r.files"; fi

st=0
"$SKG" extract -o nquads "$tmp/corpus" >"$tmp/nor.nq" 2>"$tmp/nor.err" || st=$?
status_is 2 "a folder without -r"
has_line "$tmp/nor.err" "^summitkg: $tmp/corpus: is a directory \\(use -r to read folders\\)$" "a folder without -r: one message naming it"

( cd "$tmp/corpus" && find . -name '*.txt' ! -path './.cache/*' | sort ) >"$tmp/list"
printf '\n' >>"$tmp/list"
st=0
( cd "$tmp/corpus" && "$SKG" extract --files-from "$tmp/list" -o nquads ) >"$tmp/ff.nq" 2>"$tmp/ff.err" || st=$?
status_is 0 "--files-from LIST"
cnt=$(grep -c '#inputFile>' "$tmp/ff.nq")
if [ "$cnt" -eq 2 ]; then ok "--files-from reads each listed report once"; else not_ok "--files-from: $cnt reports, not 2"; fi
st=0
find "$tmp/corpus/2025/feb" -name '*.txt' | "$SKG" extract --files-from - -o nquads >"$tmp/ffs.nq" 2>&1 || st=$?
status_is 0 "--files-from - (standard input)"
st=0
"$SKG" extract --files-from "$tmp/no-such-list" >/dev/null 2>"$tmp/ffm.err" || st=$?
status_is 1 "--files-from a missing list"
has_line "$tmp/ffm.err" "^summitkg: $tmp/no-such-list: cannot open the list of reports" "--files-from a missing list: says so"

# ---- JSON Lines ---------------------------------------------------------------
if [ -n "$PYTHON" ]; then
  "$PYTHON" - "$SAMPLES" "$tmp/corpus.jsonl" <<'PY'
import json, sys
samples, out = sys.argv[1], sys.argv[2]
au = open(samples + "/au-assembly-2025.txt", encoding="utf-8").read()
csto = open(samples + "/csto-council-2025.txt", encoding="utf-8").read()
with open(out, "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "au-38", "url": "https://news.example/au", "title": "AU summit",
                        "date": "2025-02-16", "text": au}) + "\n")
    f.write("\n")                                       # 2: blank, not a record
    f.write('{"id": "x", "text": "unfinished\n')        # 3: broken
    f.write(json.dumps({"id": "no-text"}) + "\n")       # 4: no text
    f.write(json.dumps({"id": 5, "text": 5}) + "\n")   # 5: wrong type
    f.write(json.dumps({"id": 6, "text": csto, "url": "https://news.example/csto"}) + "\n")
PY
  st=0
  "$SKG" extract -o nquads "$tmp/corpus.jsonl" >"$tmp/j.nq" 2>"$tmp/j.err" || st=$?
  status_is 2 "a JSON Lines corpus with bad records"
  for want in "corpus.jsonl:3: not JSON" "corpus.jsonl:4: no \"text\" field" \
              "corpus.jsonl:5: the \"text\" field is not a string"; do
    has_line "$tmp/j.err" "^summitkg: $tmp/$want" "JSON Lines: '$want'"
  done
  cnt=$(wc -l <"$tmp/j.err")
  if [ "$cnt" -eq 3 ]; then ok "JSON Lines: one message per bad record"; else not_ok "JSON Lines: $cnt messages, not 3"; note "$tmp/j.err"; fi
  cnt=$(grep -c '#inputFile>' "$tmp/j.nq")
  if [ "$cnt" -eq 2 ]; then ok "JSON Lines: the two good records are reports"; else not_ok "JSON Lines: $cnt reports, not 2"; fi
  has_line "$tmp/j.nq" "#inputFile> \"$tmp/corpus.jsonl:6\"" "JSON Lines: a record's input is FILE:LINE"
  has_line "$tmp/j.nq" 'terms/identifier> "au-38"' "JSON Lines: id is the report's dcterms:identifier"
  has_line "$tmp/j.nq" 'terms/source> "https://news.example/au"' "JSON Lines: url is its dcterms:source"
  has_line "$tmp/j.nq" 'terms/date> "2025-02-16"' "JSON Lines: date is its dcterms:date"
  # the record's text gives the same facts as the file with the same bytes
  "$SKG" extract -o nquads "$SAMPLES/csto-council-2025.txt" | grep -v '#inputFile>' | grep -v '#extractedBy>' |
    grep -v '/run/' | sort >"$tmp/file.facts"
  grep 'report/'"$(sha256sum <"$SAMPLES/csto-council-2025.txt" | cut -d' ' -f1)"'> \.$' "$tmp/j.nq" |
    grep -v '#inputFile>' | grep -v '#extractedBy>' | grep -v '/run/' | grep -v 'terms/source>' | grep -v 'terms/identifier>' | sort >"$tmp/rec.facts"
  if [ -s "$tmp/file.facts" ] && cmp -s "$tmp/file.facts" "$tmp/rec.facts"; then
    ok "JSON Lines: a record gives the facts its text gives as a file"
  else
    not_ok "JSON Lines: a record gives the facts its text gives as a file"
  fi
  parses_ok=yes
  [ -z "$RAPPER" ] || "$RAPPER" -q -i nquads -c "$tmp/j.nq" >/dev/null 2>&1 || parses_ok=no
  [ -z "$SERDI" ] || "$SERDI" -i nquads "$tmp/j.nq" >/dev/null 2>&1 || parses_ok=no
  check "JSON Lines: the output parses" [ "$parses_ok" = yes ]
  st=0
  "$SKG" extract --jsonl -o nquads - <"$tmp/corpus.jsonl" >"$tmp/js.nq" 2>/dev/null || st=$?
  status_is 2 "--jsonl on standard input"
  cnt=$(grep -c '#inputFile>' "$tmp/js.nq")
  check "--jsonl on standard input: two reports" [ "$cnt" -eq 2 ]
  st=0
  "$SKG" extract --max-bytes 1000 -o nquads "$tmp/corpus.jsonl" >/dev/null 2>"$tmp/jm.err" || st=$?
  has_line "$tmp/jm.err" "corpus.jsonl:1: record is over the limit of 1000 bytes" "JSON Lines: a record over --max-bytes is skipped, named by its line"
else
  skip "python3 not found: no JSON Lines checks"
fi

# ---- -j N ---------------------------------------------------------------------------
# 60 reports (copies of the samples with a line each of their own), so that each worker
# has several chunks
mkdir -p "$tmp/many"
i=0
while [ $i -lt 12 ]; do
  for f in "$SAMPLES"/*.txt; do
    { cat "$f"; printf '\nIllustrative copy %s.\n' "$i"; } >"$tmp/many/$(basename "$f" .txt)-$i.txt"
  done
  i=$((i + 1))
done
: >"$tmp/many/zz-empty.txt"
for fmt in nquads ntriples turtle trig; do
  st=0
  "$SKG" extract -r -o "$fmt" "$tmp/many" >"$tmp/j1.$fmt" 2>/dev/null || st=$?
  "$SKG" extract -r -j 3 -o "$fmt" "$tmp/many" >"$tmp/j3.$fmt" 2>"$tmp/j3.err" || st3=$?
  status_is 2 "-j 1 -o $fmt (an empty report among 60)"
  st=${st3:-0}; st3=
  status_is 2 "-j 3 -o $fmt"
  case $fmt in
    trig) same_set "$tmp/j1.$fmt" "$tmp/j3.$fmt" "-j 3 -o trig: the same statements as -j 1" trig ;;
    *) check "-j 3 -o $fmt: the same bytes as -j 1" cmp -s "$tmp/j1.$fmt" "$tmp/j3.$fmt" ;;
  esac
  cnt=$(grep -c 'zz-empty.txt: empty report' "$tmp/j3.err")
  check "-j 3 -o $fmt: the empty report's message once" [ "$cnt" -eq 1 ]
done
if [ -n "$RAPPER" ] && "$RAPPER" -q -i trig -c "$tmp/j3.trig" >/dev/null 2>&1; then ok "-j 3 -o trig: rapper accepts it"
elif [ -n "$RAPPER" ]; then not_ok "-j 3 -o trig: rapper accepts it"; fi
st=0
"$SKG" extract -j 2 -o rdfxml "$SAMPLES/au-assembly-2025.txt" >/dev/null 2>"$tmp/jx.err" || st=$?
status_is 1 "-j 2 -o rdfxml is refused"
st=0
"$SKG" extract -j 0 "$SAMPLES/au-assembly-2025.txt" >/dev/null 2>&1 || st=$?
status_is 1 "-j 0 is refused"
st=0
"$SKG" extract -r -j 2 "$tmp/many" -O "$tmp/many.nq" 2>/dev/null || st=$?
check "-j 2 -O FILE (options after the inputs): written whole" cmp -s "$tmp/many.nq" "$tmp/j1.nquads"
# to a pipe the parts are copied, not passed by reference: a reader behind a pipe gets
# every byte although the workers' temporary files are freed as they are copied
"$SKG" extract -r -j 2 -o nquads "$tmp/many" 2>/dev/null | cat >"$tmp/piped.nq"
check "-j 2 into a pipe: the same bytes as -j 1" cmp -s "$tmp/piped.nq" "$tmp/j1.nquads"
( umask 027; "$SKG" extract -O "$tmp/mode.ttl" "$SAMPLES/au-assembly-2025.txt" ) 2>/dev/null
check "-O FILE gets the mode the umask allows (0640 under umask 027), not mkstemp's 0600" \
  [ "$(stat -c %a "$tmp/mode.ttl")" = 640 ]
st=0
"$SKG" extract -r -j 2 -o nquads "$tmp/many" >/dev/full 2>"$tmp/full.err" || st=$?
status_is 1 "-j 2 to a full disk"
[ -n "$PYTHON" ] && "$SKG" extract -j 2 -o nquads "$tmp/corpus.jsonl" "$SAMPLES/pif-special-2025.txt" >"$tmp/jj.nq" 2>/dev/null
"$SKG" extract -o nquads "$tmp/corpus.jsonl" "$SAMPLES/pif-special-2025.txt" >"$tmp/jj1.nq" 2>/dev/null
check "-j 2 over JSON Lines records and files: the same bytes as -j 1" cmp -s "$tmp/jj.nq" "$tmp/jj1.nq"
# a JSON Lines corpus on standard input: every worker reads it from its start (kept in a
# temporary file for them), not a share of the stream each
if [ -n "$PYTHON" ]; then
  "$PYTHON" -c 'import json, sys
for p in sys.argv[1:]:
    print(json.dumps({"text": open(p, encoding="utf-8").read()}))' "$tmp"/many/*.txt >"$tmp/many.jsonl"
  st=0
  "$SKG" extract --jsonl -o nquads <"$tmp/many.jsonl" >"$tmp/sj1.nq" 2>/dev/null || st=$?
  status_is 2 "a JSON Lines corpus on standard input (an empty record among 61)"
  st=0
  "$SKG" extract --jsonl -j 3 -o nquads - <"$tmp/many.jsonl" >"$tmp/sj3.nq" 2>"$tmp/sj3.err" || st=$?
  status_is 2 "-j 3, a JSON Lines corpus on standard input"
  check "-j 3, a JSON Lines corpus on standard input: the same bytes as -j 1" cmp -s "$tmp/sj1.nq" "$tmp/sj3.nq"
  check "-j 3, a JSON Lines corpus on standard input: one message, the empty record's" \
    [ "$(wc -l <"$tmp/sj3.err")" -eq 1 ]
  left=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'summitkg-stdin-*' -newer "$tmp/many.jsonl" 2>/dev/null | wc -l)
  check "-j 3, standard input kept: the copy removed at the end" [ "$left" -eq 0 ]
fi

# ---- a run that stops early ---------------------------------------------------------------
# push stops at an endpoint that cannot be reached; what is left is counted as not tried,
# quietly: a dangling link further down the folder is neither said nor counted skipped
mkdir -p "$tmp/stop"
cp "$SAMPLES/au-assembly-2025.txt" "$tmp/stop/a.txt"
cp "$SAMPLES/csto-council-2025.txt" "$tmp/stop/b.txt"
ln -s "$tmp/no-such-file" "$tmp/stop/c.txt"
st=0
"$SKG" push --endpoint http://127.0.0.1:9/gsp --retries 0 --journal "$tmp/stop.journal" -r "$tmp/stop" \
  2>"$tmp/stop.err" || st=$?
status_is 1 "push to an endpoint that cannot be reached"
if grep -q 'c\.txt' "$tmp/stop.err"; then not_ok "push stopped early: nothing said about the reports not tried"; note "$tmp/stop.err"
else ok "push stopped early: nothing said about the reports not tried"; fi
has_line "$tmp/stop.err" ': 0 sent, 0 unchanged, 1 failed, 0 unreadable, 1 not tried;' \
  "push stopped early: the report left counted as not tried"

# ---- a run stopped by a signal --------------------------------------------------------------
# A FIFO among the inputs holds the run there (opening it waits for a writer) after two
# reports; SIGTERM then stops it.  extract -O: exit 128+15 and no file left, the temporary
# one included, with one process and with -j 2.  load: exit 128+15, the two reports before
# the FIFO committed (they were in the open group) and said.
mkdir -p "$tmp/sig"
cp "$SAMPLES/au-assembly-2025.txt" "$tmp/sig/a.txt"
cp "$SAMPLES/csto-council-2025.txt" "$tmp/sig/b.txt"
cp "$SAMPLES/pif-special-2025.txt" "$tmp/sig/d.txt"
if mkfifo "$tmp/sig/c.txt" 2>/dev/null; then
  # stopped CMD...: run CMD in the background, SIGTERM it after a second; $st its status
  stopped() {
    "$@" 2>"$tmp/sig.err" &
    pid=$!
    sleep 1
    kill -TERM "$pid" 2>/dev/null
    st=0
    wait "$pid" || st=$?
  }
  for j in 1 2; do
    mkdir -p "$tmp/sig/out$j"
    stopped "$SKG" extract -j "$j" -o nquads -O "$tmp/sig/out$j/x.nq" \
      "$tmp/sig/a.txt" "$tmp/sig/b.txt" "$tmp/sig/c.txt" "$tmp/sig/d.txt"
    status_is 143 "extract -j $j -O stopped by SIGTERM"
    if [ -z "$(ls -A "$tmp/sig/out$j")" ]; then
      ok "extract -j $j -O stopped by SIGTERM: no file left, no temporary file"
    else
      not_ok "extract -j $j -O stopped by SIGTERM: no file left ($(ls -A "$tmp/sig/out$j"))"
    fi
  done
  stopped "$SKG" load --store "$tmp/sig/s.db" "$tmp/sig/a.txt" "$tmp/sig/b.txt" "$tmp/sig/c.txt" \
    "$tmp/sig/d.txt"
  status_is 143 "load stopped by SIGTERM"
  has_line "$tmp/sig.err" '^summitkg: stopped by a signal: 2 reports loaded into ' \
    "load stopped by SIGTERM: says it stopped, and the reports loaded"
  "$SKG" load -q --store "$tmp/sig/want.db" "$tmp/sig/a.txt" "$tmp/sig/b.txt" 2>/dev/null
  "$SKG" export --store "$tmp/sig/s.db" -o nquads 2>/dev/null | sort >"$tmp/sig/s.nq"
  "$SKG" export --store "$tmp/sig/want.db" -o nquads 2>/dev/null | sort >"$tmp/sig/want.nq"
  if [ -s "$tmp/sig/want.nq" ] && cmp -s "$tmp/sig/s.nq" "$tmp/sig/want.nq"; then
    ok "load stopped by SIGTERM: the store holds the two reports before the FIFO, whole"
  else
    not_ok "load stopped by SIGTERM: the store holds the two reports before the FIFO, whole"
  fi
else
  skip "mkfifo failed: no signal checks"
fi

# ---- --stats and progress ---------------------------------------------------------------
st=0
"$SKG" extract -r --stats -j 2 -o nquads "$tmp/many" >/dev/null 2>"$tmp/stats.err" || st=$?
has_line "$tmp/stats.err" '^summitkg: 60 reports processed, 1 skipped, [0-9]+ statements, [0-9.]+ MB read in [0-9.]+ s: ' \
  "--stats: one summary line with the counts of all workers"
check "--stats: statements counted" [ "$(grep -o '[0-9]* statements,' "$tmp/stats.err" | cut -d' ' -f1)" -eq "$(wc -l <"$tmp/j1.nquads")" ]
if grep -q "$(printf '\r')" "$tmp/stats.err"; then not_ok "no progress line when stderr is not a terminal"
else ok "no progress line when stderr is not a terminal"; fi
if command -v script >/dev/null 2>&1; then
  script -qec "$SKG extract -r -o nquads $tmp/many >/dev/null" "$tmp/tty.log" >/dev/null 2>&1 || true
  has_line "$tmp/tty.log" 'summitkg: [0-9]+ reports, [0-9]+/s' "a progress line on a terminal"
else
  skip "script(1) not found: no terminal check"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
