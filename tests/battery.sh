#!/bin/sh
# tests/battery.sh - bad input (issue 6): every kind of report a scraper may hand summitkg, each
# run beside a good report, and what must happen.
#
# Run by `make check` with top_srcdir, top_builddir, RAPPER and SERDI in the environment
# (AM_TESTS_ENVIRONMENT); by hand: top_srcdir=. top_builddir=. sh tests/battery.sh
# Prints "ok N - what" or "not ok N - what" per check, "# ..." for notes, and ends with
# "N passed, N failed"; exits 0 only if none failed.  Works out of tree with a read-only srcdir
# (make distcheck): every input is made here, at run time, under one mktemp -d directory (no
# binary file is committed; the fuzzers' regressions in tests/fuzz/regressions/ are small texts).
#
# For each input, run as `summitkg extract INPUT good.txt` (good.txt: samples/au-assembly-2025.txt):
#   - it ends within SKG_BATTERY_TIMEOUT seconds (default 120), with the exit status
#     docs/bad-input.md's table gives: 0 processed, 2 skipped;
#   - standard error is exactly the line that table gives, `summitkg: INPUT: what is wrong`
#     (or nothing, for input that is only unusual: a byte order mark, CRLF);
#   - the good report's graph is in the output, the same as when it is run alone;
#   - the output in turtle, ntriples, nquads and trig is accepted by rapper and by serdi;
#   - where the input is the good report in another dress (UTF-16, CRLF, CR, HTML), it gives the
#     same facts, and its spans cut from its text (decoded, code points) give the quoted words.
# Then: the 100 MB report is refused fast in bounded memory, from a file and from a pipe; an
# unreadable file; -O keeps its promise with bad input in the run.  JSON Lines and folder
# (-r) cases run when `summitkg --help` offers --jsonl and -r, and are skipped (and say so)
# until then.
#
# SKG_BATTERY_TIMEOUT=S  the bound on each run (default 120: the 2 MB line takes ~2 s plain,
#                        ~15 s under ASan on a loaded machine)
# SKG_KEEP_TMP=1         keep the temporary directory

set -u
# the C locale, srcdir_abs, builddir_abs, SKG, RAPPER, SERDI, PYTHON, SAMPLES, $tmp; ok, not_ok,
# check, note, skip, parses and the counts
. "${top_srcdir:-.}/tests/testlib.sh"
setup battery
TIMEOUT=${SKG_BATTERY_TIMEOUT:-120}
BASE=https://w3id.org/summitkg/id/
FORMATS='turtle ntriples nquads trig'
if [ -z "$PYTHON" ]; then
  echo "battery.sh: python3 is needed to make the inputs" >&2
  exit 77
fi

bounded=
command -v timeout >/dev/null 2>&1 && bounded="timeout $TIMEOUT"
[ -n "$bounded" ] || skip "no timeout(1): runs are not bounded in time"
[ -n "$RAPPER" ] || skip "rapper not found: no rapper checks"
[ -n "$SERDI" ] || skip "serdi not found: no serdi checks"

in=$tmp/in
mkdir "$in"
cp "$srcdir_abs/samples/au-assembly-2025.txt" "$in/good.txt"

# report_iri FILE: the IRI of FILE's named graph, base + "report/" + SHA-256 of its bytes.
report_iri() {
  printf '%sreport/%s' "$BASE" "$(sha256sum <"$1" | cut -d' ' -f1)"
}
# graph_of IRI NQ: the statements of graph IRI in the N-Quads NQ, as sorted N-Triples.
graph_of() {
  grep -F " <$1> ." "$2" | sed 's/ <[^>]*> \.$/ ./' | LC_ALL=C sort
}
# facts_of IRI NQ: graph_of without what is the report's own (its node, run, evidence and
# sentences, whose IRIs hold its hash): the facts and the entities.
facts_of() {
  graph_of "$1" "$2" | grep -v -e '/report/' -e '/evidence/' -e '/run/'
}

# The good report alone: what each run must still hold.
good_iri=$(report_iri "$in/good.txt")
(cd "$in" && "$SKG" extract -o nquads good.txt >"$tmp/good.nq" 2>"$tmp/good.err")
graph_of "$good_iri" "$tmp/good.nq" >"$tmp/good.graph"
facts_of "$good_iri" "$tmp/good.nq" >"$tmp/good.facts"
if [ -s "$tmp/good.facts" ] && [ ! -s "$tmp/good.err" ]; then
  ok "good.txt alone: facts, and nothing on stderr"
else
  not_ok "good.txt alone: facts, and nothing on stderr"; note "$tmp/good.err"
fi

# ---- the inputs ----------------------------------------------------------------------------
# Made by one python script from good.txt, deterministic (random bytes from a fixed seed), so
# that each message, byte offsets included, is known.  Sentences in Chinese and Russian and
# the report without a summit are written here, for this test.
"$PYTHON" - "$in" <<'EOF' || { not_ok "the inputs are made"; echo "$passed passed, $failed failed"; exit 1; }
import gzip, os, random, struct, sys, zlib
d = sys.argv[1]
good = open(os.path.join(d, "good.txt"), "rb").read()
text = good.decode("utf-8")
def put(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
put("empty.txt", b"")
put("whitespace.txt", b"  \n\t\r\n \x0c\n   ")
rng = random.Random(6)
put("random.bin", bytes(rng.randrange(256) for _ in range(65536)))
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
put("image.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))
put("report.txt.gz", gzip.compress(good, mtime=0))
assert good[:100].isascii()
put("invalid-utf8.txt", good[:100] + b"\xff" + good[100:])
put("overlong-2.txt", good[:100] + b"\xc0\xaf" + good[100:])          # '/' in two bytes
put("overlong-3.txt", good[:100] + b"\xe0\x80\xaf" + good[100:])      # '/' in three
put("overlong-4.txt", good[:100] + b"\xf0\x80\x80\xaf" + good[100:])  # '/' in four
put("surrogate-utf8.txt", good[:100] + b"\xed\xa0\x80" + good[100:])  # U+D800 in UTF-8
put("past-unicode.txt", good[:100] + b"\xf4\x90\x80\x80" + good[100:])  # U+110000
put("cut-short.txt", good + b"\xe2\x82")                             # a sequence cut at the end
put("nul-inside.txt", good[:200] + b"\x00" + good[200:])
put("control-byte.txt", good[:300] + b"\x1b[0m" + good[300:])
put("bom-utf8.txt", b"\xef\xbb\xbf" + good)
put("bom-utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le"))
put("bom-utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
put("utf16-no-bom.txt", text.encode("utf-16-le"))
put("utf16-lone-surrogate.txt", b"\xff\xfe" + text[:50].encode("utf-16-le") + b"\x00\xd8" + text[50:].encode("utf-16-le"))
put("utf16-odd-length.txt", b"\xff\xfe" + text.encode("utf-16-le") + b"\x00")
put("bom-utf32.txt", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
put("crlf.txt", good.replace(b"\n", b"\r\n"))
put("cr.txt", good.replace(b"\n", b"\r"))
# one line of 2 MiB: the report, its line ends as spaces, then sentences of no interest
line = b" ".join(good.split()) + b" "
filler = b"The delegates discussed the weather and the harvest in the morning. "
put("one-line-2mb.txt", (line + filler * (2 * 1024 * 1024 // len(filler) + 1))[:2 * 1024 * 1024])
put("chinese.txt", "非洲联盟第三十八届首脑会议在亚的斯亚贝巴举行。各国领导人讨论了水利基础设施投资。\n" * 40)
put("russian.txt", "В Аддис-Абебе завершилась тридцать восьмая сессия Ассамблеи глав государств. "
    "Лидеры обсудили инвестиции в водную инфраструктуру.\n" * 40)
put("no-summit.txt", "Title: Rain returns to the valley\n\nFarmers in the valley welcomed the first "
    "rain of the season on Tuesday. The harvest is expected to start in three weeks, and prices "
    "at the market held steady.\n")
paras = [p for p in text.split("\n\n") if p.strip()]
esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
put("malformed.html", "<html><head><title>Malformed<title><meta name=date content=2025-02-09>"
    "<body><div><table><tr><td>" + "".join("<p>" + esc(p) + "<b><i></b>" for p in paras)
    + "&bogus; &#xD800; &#1114112; <![CDATA[ x ]]> </td></tr></html></html> <p <<<>>> <!-- open")
put("deep-divs.html", "<html><body>" + "<div>" * 100000 + "".join("<p>" + esc(p) + "</p>" for p in paras)
    + "</div>" * 100000 + "</body></html>")
put("deep-unclosed.html", "<html><body>" + "<div><b><i>" * 100000
    + "".join("<p>" + esc(p) + "</p>" for p in paras) + "</body></html>")
put("html-no-text.html", "<!DOCTYPE html><html><head><title>Nothing</title><style>p{}</style>"
    "</head><body><script>var a = 1;</script><nav>Home</nav></body></html>")
EOF

# ---- one input beside the good report ------------------------------------------------------
# case_run NAME STATUS MESSAGE [same-facts] [spans]: the checks above; MESSAGE is the whole
# text after "summitkg: NAME: " (a shell pattern), or "" for no message at all.
case_run() {
  name=$1 want=$2 msg=$3; shift 3
  out=$tmp/out/$name
  mkdir -p "$out"
  start=$(date +%s)
  (cd "$in" && $bounded "$SKG" extract -o nquads "$name" good.txt >"$out/nq" 2>"$out/err")
  st=$?
  took=$(( $(date +%s) - start ))
  if [ "$st" -eq 124 ]; then
    not_ok "$name: ends within $TIMEOUT s (killed)"
  elif [ "$st" -eq "$want" ]; then
    ok "$name: exit status $want, in ${took} s"
  else
    not_ok "$name: exit status $want (got $st)"; note "$out/err"
  fi
  lines=$(wc -l <"$out/err")
  if [ -z "$msg" ]; then
    if [ "$lines" -eq 0 ]; then ok "$name: nothing on stderr"
    else not_ok "$name: nothing on stderr"; note "$out/err"; fi
  else
    first=$(head -n 1 "$out/err")
    # shellcheck disable=SC2254 # msg is a pattern on purpose
    case $first in
      "summitkg: $name: "$msg)
        if [ "$lines" -eq 1 ]; then ok "$name: one stderr line: $first"
        else not_ok "$name: one stderr line (got $lines)"; note "$out/err"; fi ;;
      *) not_ok "$name: stderr 'summitkg: $name: $msg'"; note "$out/err" ;;
    esac
  fi
  graph_of "$good_iri" "$out/nq" >"$out/good.graph"
  if [ -s "$out/good.graph" ] && cmp -s "$tmp/good.graph" "$out/good.graph"; then
    ok "$name: good.txt beside it gives its whole graph"
  else
    not_ok "$name: good.txt beside it gives its whole graph"
    diff "$tmp/good.graph" "$out/good.graph" | head -n 10 >"$out/good.diff"; note "$out/good.diff"
  fi
  for fmt in $FORMATS; do
    if [ "$fmt" = nquads ]; then
      cp "$out/nq" "$out/$fmt"
    else
      (cd "$in" && $bounded "$SKG" extract -q -o "$fmt" "$name" good.txt >"$out/$fmt" 2>/dev/null)
    fi
    parsers_accept "$fmt" "$out/$fmt" "$name: -o $fmt"
  done
  for extra; do
    case $extra in
      same-facts)
        iri=$(report_iri "$in/$name")
        facts_of "$iri" "$out/nq" >"$out/facts"
        if cmp -s "$tmp/good.facts" "$out/facts"; then
          ok "$name: the same facts as good.txt"
        else
          not_ok "$name: the same facts as good.txt"
          diff "$tmp/good.facts" "$out/facts" | head -n 10 >"$out/facts.diff"; note "$out/facts.diff"
        fi ;;
      spans)
        spans_cut "$in/$name" "$out/ntriples" "$name" ;;
    esac
  done
}

# parsers_accept SYNTAX FILE LABEL: rapper and serdi read FILE as SYNTAX; one check for both.
parsers_accept() {
  why=
  if [ -n "$RAPPER" ] && ! "$RAPPER" -q -i "$1" -c "$2" >"$2.rapper" 2>&1; then why="rapper"; fi
  if [ -n "$SERDI" ] && ! "$SERDI" -i "$1" "$2" >/dev/null 2>"$2.serdi"; then why="$why serdi"; fi
  if [ -z "$why" ]; then
    ok "$3: rapper and serdi accept it"
  else
    not_ok "$3: rejected by $why"; note "$2.rapper" "$2.serdi"
  fi
}

# spans_cut FILE NT LABEL: every TextPositionSelector's [start, end), in code points of FILE's
# text (UTF-8 or UTF-16 after its byte order mark, no newline translation), is its
# TextQuoteSelector's exact words.
spans_cut() {
  "$PYTHON" - "$1" "$2" "$(report_iri "$1")" >"$tmp/spans.out" 2>&1 <<'EOF'
import re, sys
raw = open(sys.argv[1], "rb").read()
if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
    text = raw.decode("utf-16")
else:
    text = raw.decode("utf-8-sig")
# N-Triples string escapes: \uXXXX, \UXXXXXXXX, \t \n \r \" \\ (raptor writes non-ASCII so)
esc = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
unescape = lambda s: esc.sub(lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) > 1
                             else {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)
sel, mine = {}, set()
lit = re.compile(r'^<([^>]*)/(position|quote)> <http://www.w3.org/ns/oa#(start|end|exact)> "((?:[^"\\]|\\.)*)"')
src = re.compile(r'^<([^>]*)/target> <http://www.w3.org/ns/oa#hasSource> <([^>]*)>')
for line in open(sys.argv[2], encoding="utf-8"):
    m = lit.match(line)
    if m:
        sel.setdefault(m.group(1), {})[m.group(3)] = unescape(m.group(4))
    m = src.match(line)
    if m and m.group(2) == sys.argv[3]:
        mine.add(m.group(1))
sel = {k: v for k, v in sel.items() if k in mine}   # this report's evidence, not good.txt's
bad = [k for k, s in sel.items() if text[int(s["start"]):int(s["end"])] != s["exact"]]
print(len(sel), len(bad))
for k in bad[:3]:
    s = sel[k]
    print("  %s: [%s, %s) %r != %r" % (k, s["start"], s["end"], text[int(s["start"]):int(s["end"])], s["exact"]))
EOF
  counts=$(head -n 1 "$tmp/spans.out")
  case $counts in *[!0-9\ ]*|'') counts="0 1" ;; esac
  # shellcheck disable=SC2086 # two numbers
  set -- "$@" $counts
  if [ "$4" -gt 0 ] && [ "$5" -eq 0 ]; then
    ok "$3: each of the $4 spans, cut from its text in code points, is its quote"
  else
    not_ok "$3: each span, cut from its text in code points, is its quote"; note "$tmp/spans.out"
  fi
}

n_inputs=0
run() { n_inputs=$((n_inputs + 1)); case_run "$@"; }

# name                     status  message (after "summitkg: NAME: ")
run empty.txt                2 'empty report (0 bytes)'
run whitespace.txt           2 'empty report (only whitespace)'
run random.bin               2 'invalid UTF-8 at byte [0-9]*'
run image.png                2 'a PNG image, not text'
run report.txt.gz            2 'gzip-compressed data, not text'
run invalid-utf8.txt         2 'invalid UTF-8 at byte 100'
run overlong-2.txt           2 'invalid UTF-8 at byte 100'
run overlong-3.txt           2 'invalid UTF-8 at byte 100'
run overlong-4.txt           2 'invalid UTF-8 at byte 100'
run surrogate-utf8.txt       2 'invalid UTF-8 at byte 100'
run past-unicode.txt         2 'invalid UTF-8 at byte 100'
run cut-short.txt            2 "invalid UTF-8 at byte $(wc -c <"$in/good.txt" | tr -d ' ')"
run nul-inside.txt           2 'binary data (a NUL byte) at byte 200'
run control-byte.txt         2 'binary data (control byte 0x1b) at byte 300'
run bom-utf8.txt             0 '' same-facts spans
run bom-utf16le.txt          0 '' same-facts spans
run bom-utf16be.txt          0 '' same-facts spans
run utf16-no-bom.txt         2 'UTF-16 text without a byte order mark; convert it to UTF-8'
run utf16-lone-surrogate.txt 2 'invalid UTF-16 (an unpaired surrogate) at byte 102'
run utf16-odd-length.txt     2 'invalid UTF-16: an odd number of bytes (*)'
run bom-utf32.txt            2 'UTF-32 text is not supported; convert it to UTF-8'
run crlf.txt                 0 '' same-facts spans
run cr.txt                   0 '' same-facts spans
run one-line-2mb.txt         0 ''
run chinese.txt              0 'no summit found (the text is mostly not in Latin letters; summitkg reads English); only the report'"'"'s node is written'
run russian.txt              0 'no summit found (the text is mostly not in Latin letters; summitkg reads English); only the report'"'"'s node is written'
run no-summit.txt            0 "no summit found; only the report's node is written"
run malformed.html           0 ''
run deep-divs.html           0 '' same-facts
run deep-unclosed.html       0 '' same-facts
run html-no-text.html        2 'empty report (no text in the HTML page)'
run missing.txt              2 'cannot open: No such file or directory'
mkdir "$in/a-folder.txt"
run a-folder.txt             2 'is a directory (use -r to read folders)'

# Reports in other languages and without a summit are processed: their report node is written.
for name in chinese.txt russian.txt no-summit.txt; do
  iri=$(report_iri "$in/$name")
  if grep -qF "<$iri> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/summitkg/ontology#Report> <$iri> ." \
       "$tmp/out/$name/nq"; then
    ok "$name: its report node is written"
  else
    not_ok "$name: its report node is written"
  fi
done
# A lone CR is a line end: the header lines are read as with LF.
for name in cr.txt crlf.txt bom-utf16le.txt; do
  iri=$(report_iri "$in/$name")
  if graph_of "$iri" "$tmp/out/$name/nq" | grep -q '<http://purl.org/dc/terms/date> "2025-02-09"'; then
    ok "$name: the dateline's date is read"
  else
    not_ok "$name: the dateline's date is read"
  fi
done

# one_line NAME LINE LABEL [RUNNER...]: NAME beside good.txt, run by RUNNER: exit status 2,
# stderr exactly LINE, good.txt's graph whole; one check.
one_line() {
  name=$1 line=$2 label=$3; shift 3
  n_inputs=$((n_inputs + 1))
  (cd "$in" && "$@" $bounded "$SKG" extract -o nquads "$name" good.txt >"$tmp/one.nq" 2>"$tmp/one.err")
  st=$?
  if [ "$st" -eq 2 ] && [ "$(cat "$tmp/one.err")" = "$line" ] &&
     graph_of "$good_iri" "$tmp/one.nq" | cmp -s "$tmp/good.graph" -; then
    ok "$label: exit status 2, '$line', good.txt written"
  else
    not_ok "$label: exit status 2, '$line', good.txt written (got $st)"; note "$tmp/one.err"
  fi
}

# A file that fails while it is read (EIO): /proc/self/mem opens, and its first page is unmapped.
[ ! -r /proc/self/mem ] ||
  one_line /proc/self/mem "summitkg: /proc/self/mem: cannot read: Input/output error" \
    "a file that fails on read (/proc/self/mem)"

# An unreadable file.  chmod 000 stops anyone but root; as root, the run is made as nobody
# (setpriv), which chmod 000 does stop, if nobody can reach the program and the directory.
printf 'The summit opened.\n' >"$in/unreadable.txt"
chmod 000 "$in/unreadable.txt"
nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" -ne 0 ]; then
  one_line unreadable.txt "summitkg: unreadable.txt: cannot open: Permission denied" unreadable.txt
else
  chmod 755 "$tmp" "$in"
  chmod 644 "$in/good.txt"
  if command -v setpriv >/dev/null 2>&1 && $nobody "$SKG" --version >/dev/null 2>&1 &&
     $nobody test -r "$in/good.txt"; then
    # shellcheck disable=SC2086 # the command's words
    one_line unreadable.txt "summitkg: unreadable.txt: cannot open: Permission denied" \
      "unreadable.txt (run as nobody, as root reads any file)" $nobody
  else
    skip "unreadable.txt: root reads any file, and nobody cannot run $SKG here"
  fi
fi

# ---- the fuzzers' findings -----------------------------------------------------------------
# Each input a fuzzer once broke summitkg with: exit 0 or 2, every stderr line one message naming
# it, the good report whole, output both parsers accept (under the ASan build, no sanitizer
# report).  A .jsonl one is read as a corpus.
for f in "$srcdir_abs"/tests/fuzz/regressions/*; do
  [ -f "$f" ] || continue
  n_inputs=$((n_inputs + 1))
  name=regression-${f##*/}
  cp "$f" "$in/$name"
  (cd "$in" && $bounded "$SKG" extract -o nquads "$name" good.txt >"$tmp/reg.nq" 2>"$tmp/reg.err")
  st=$?
  if { [ "$st" -eq 0 ] || [ "$st" -eq 2 ]; } && ! grep -qv "^summitkg: $name[:]" "$tmp/reg.err" &&
     graph_of "$good_iri" "$tmp/reg.nq" | cmp -s "$tmp/good.graph" -; then
    ok "tests/fuzz/regressions/${f##*/}: exit status $st, each message one line naming it, good.txt written"
  else
    not_ok "tests/fuzz/regressions/${f##*/}: exit status 0 or 2, each message one line naming it, good.txt written (got $st)"
    note "$tmp/reg.err"
  fi
  parsers_accept nquads "$tmp/reg.nq" "tests/fuzz/regressions/${f##*/}"
done

# ---- 100 MB: refused fast, in bounded memory -----------------------------------------------
# The default --max-bytes (16 MiB) stops the read at 16 MiB + 1 byte: the rest is never held.
big=$tmp/big-100mb.txt
yes 'The leaders met in the capital and discussed the harvest at length.' | head -c 104857600 >"$big"
n_inputs=$((n_inputs + 1))
memory=
[ -x /usr/bin/time ] && memory="/usr/bin/time -f %M -o $tmp/big.rss"
start=$(date +%s)
(cd "$tmp" && $memory $bounded "$SKG" extract -o nquads big-100mb.txt "$in/good.txt" >"$tmp/big.nq" 2>"$tmp/big.err")
st=$?
took=$(( $(date +%s) - start ))
if [ "$st" -eq 2 ] && [ "$(cat "$tmp/big.err")" = "summitkg: big-100mb.txt: report is over the limit of 16777216 bytes" ] &&
   [ "$took" -le 30 ]; then
  ok "100 MB report: refused in ${took} s with 'report is over the limit of 16777216 bytes', exit status 2"
else
  not_ok "100 MB report: refused within 30 s with one message, exit status 2 (got $st in ${took} s)"; note "$tmp/big.err"
fi
if grep -qF " <$good_iri> ." "$tmp/big.nq"; then
  ok "100 MB report: good.txt beside it is written"
else
  not_ok "100 MB report: good.txt beside it is written"
fi
if [ -n "$memory" ] && [ -s "$tmp/big.rss" ]; then
  rss=$(tail -n 1 "$tmp/big.rss")
  # under AddressSanitizer the shadow memory and quarantine add to the process; the report
  # itself is never more than 16 MiB + 1 in memory
  limit=120000
  [ -n "${ASAN_OPTIONS:-}" ] && limit=400000
  if [ "$rss" -le "$limit" ]; then
    ok "100 MB report: at most $((limit / 1000)) MB resident (got $((rss / 1000)) MB)"
  else
    not_ok "100 MB report: at most $((limit / 1000)) MB resident (got $((rss / 1000)) MB)"
  fi
else
  skip "no /usr/bin/time: the 100 MB report's memory is not measured"
fi
n_inputs=$((n_inputs + 1))
$bounded "$SKG" extract -o nquads - <"$big" >/dev/null 2>"$tmp/bigpipe.err"
st=$?
if [ "$st" -eq 2 ] && [ "$(cat "$tmp/bigpipe.err")" = "summitkg: -: report is over the limit of 16777216 bytes" ]; then
  ok "100 MB report on standard input: refused, exit status 2"
else
  not_ok "100 MB report on standard input: refused, exit status 2 (got $st)"; note "$tmp/bigpipe.err"
fi
rm -f "$big"

# ---- -O with bad input in the run ----------------------------------------------------------
mkdir "$tmp/O"
(cd "$in" && "$SKG" extract -O "$tmp/O/all.nq" empty.txt random.bin missing.txt good.txt \
   2>"$tmp/O.err")
st=$?
left=$(cd "$tmp/O" && ls -A)
if [ "$st" -eq 2 ] && [ "$left" = all.nq ] && [ "$(wc -l <"$tmp/O.err")" -eq 3 ] &&
   graph_of "$good_iri" "$tmp/O/all.nq" | cmp -s "$tmp/good.graph" -; then
  ok "-O all.nq with three bad reports: exit status 2, three messages, all.nq whole with good.txt, no temporary file"
else
  not_ok "-O all.nq with three bad reports: exit status 2, three messages, all.nq whole (got $st; left: $left)"
  note "$tmp/O.err"
fi

# -q: nothing about skipped reports or reports without a summit; a failing output still said.
(cd "$in" && "$SKG" extract -q -o nquads empty.txt random.bin missing.txt chinese.txt good.txt \
   >/dev/null 2>"$tmp/q.err")
st=$?
if [ "$st" -eq 2 ] && [ ! -s "$tmp/q.err" ]; then
  ok "-q with three bad reports and one without a summit: exit status 2, nothing on stderr"
else
  not_ok "-q with three bad reports and one without a summit: exit status 2, nothing on stderr (got $st)"
  note "$tmp/q.err"
fi
if [ -w /dev/full ]; then
  (cd "$in" && "$SKG" extract -q random.bin good.txt >/dev/full 2>"$tmp/qfull.err")
  st=$?
  if [ "$st" -eq 1 ] && grep -q 'cannot write' "$tmp/qfull.err" && ! grep -q random.bin "$tmp/qfull.err"; then
    ok "-q writing to /dev/full: exit status 1, the failure said, the skip not"
  else
    not_ok "-q writing to /dev/full: exit status 1, the failure said, the skip not (got $st)"; note "$tmp/qfull.err"
  fi
fi

# ---- JSON Lines and folders: once summitkg reads them ----------------------------------------
# A corpus file, one report per line: a good line, a broken one, one missing "text", one whose
# "text" is a number, one whose "text" holds a lone surrogate escape, a blank line, a good line.
# Each bad line: one message naming the file and its line; the good lines' reports written.
help=$("$SKG" extract --help 2>&1)
case $help in
  *--jsonl*)
    "$PYTHON" - "$in/corpus.jsonl" "$in/good.txt" <<'EOF'
import json, sys
text = open(sys.argv[2], encoding="utf-8").read()
good = {"id": "g1", "url": "https://example.org/g1", "title": "Good", "date": "2025-02-09", "text": text}
lines = [json.dumps(good), '{"id": "b2", "text": "The summit', json.dumps({"id": "b3", "title": "No text"}),
         json.dumps({"id": "b4", "text": 42}), '{"id": "b5", "text": "bad \\udc00 surrogate"}', "",
         json.dumps(dict(good, id="g7"))]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
EOF
    n_inputs=$((n_inputs + 5))
    (cd "$in" && $bounded "$SKG" extract -o nquads corpus.jsonl >"$tmp/jsonl.nq" 2>"$tmp/jsonl.err")
    st=$?
    check "corpus.jsonl: exit status 2 (got $st)" test "$st" -eq 2
    for line in 2 3 4 5; do
      if grep -q "^summitkg: corpus.jsonl:$line: " "$tmp/jsonl.err"; then
        ok "corpus.jsonl: line $line named: $(grep "^summitkg: corpus.jsonl:$line: " "$tmp/jsonl.err" | head -n 1)"
      else
        not_ok "corpus.jsonl: line $line named"; note "$tmp/jsonl.err"
      fi
    done
    check "corpus.jsonl: one message per bad line" test "$(grep -c . "$tmp/jsonl.err")" -le 5
    check "corpus.jsonl: the good lines' reports are written" grep -q 'summit/au/38' "$tmp/jsonl.nq"
    parsers_accept nquads "$tmp/jsonl.nq" "corpus.jsonl" ;;
  *) skip "JSON Lines (broken lines, missing fields, wrong types): summitkg --help offers no --jsonl yet" ;;
esac
case $help in
  *--recursive*)
    mkdir -p "$in/folder/sub"
    cp "$in/good.txt" "$in/folder/sub/good.txt"
    cp "$in/empty.txt" "$in/folder/"
    cp "$in/random.bin" "$in/folder/random.txt"
    n_inputs=$((n_inputs + 1))
    (cd "$in" && $bounded "$SKG" extract -r -o nquads folder >"$tmp/r.nq" 2>"$tmp/r.err")
    st=$?
    check "-r folder with two bad reports: exit status 2 (got $st)" test "$st" -eq 2
    check "-r folder: one message for each bad report, naming it" \
      test "$(grep -c '^summitkg: folder/\(empty.txt\|random.txt\): ' "$tmp/r.err")" -eq 2
    check "-r folder: the good report in folder/sub is written" grep -q 'summit/au/38' "$tmp/r.nq" ;;
  *) skip "folders: summitkg --help offers no -r/--recursive yet" ;;
esac

echo "# $n_inputs inputs tried"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
