#!/bin/sh
# tests/fuzz/run.sh [SECONDS] - build summitkg's libFuzzer harnesses and run each for SECONDS
# (default 60).  Exits 0 when no harness found anything; else prints the input that broke it
# (its path, kept under the build directory) and the sanitizer's report, and exits 1.
#
# The build is separate and out of tree: clang, -fsanitize=fuzzer-no-link,address,undefined
# for the library, -fsanitize=fuzzer,address,undefined for each harness.  automake will not
# build out of tree beside an in-tree configuration, so a configured source tree is copied
# first (the files git tracks or would, as they are in the working tree).  Seeds: samples/*.txt
# and tests/golden/*.txt, pages made from them for the HTML harness, records made from the
# samples for the JSON Lines one (python3); each harness keeps its corpus between runs.
#
# SKG_FUZZ_BUILD=DIR  the build directory (default build-fuzz/ in the source tree)
# SKG_FUZZ_ONLY=NAME  run only this harness (text, html, jsonl)
# SKG_FUZZ_JOBS=N     make -jN (default 2)
# Harnesses: tests/fuzz/fuzz_*.c; what they check: tests/fuzz/fuzz.h.

set -eu
secs=${1:-60}
case $secs in ''|*[!0-9]*) echo "usage: tests/fuzz/run.sh [SECONDS]" >&2; exit 2 ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${SKG_FUZZ_BUILD:-$top/build-fuzz}
jobs=${SKG_FUZZ_JOBS:-2}
CC=${CC:-clang}
flags='-g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=undefined'

mkdir -p "$build"
build=$(cd "$build" && pwd)
tree=$top
if [ -f "$top/config.status" ]; then
  # A copy, refreshed each time.
  tree=$build/tree
  rm -rf "$tree"
  mkdir "$tree"
  (cd "$top" && git ls-files -z --cached --others --exclude-standard |
     xargs -0 sh -c 'for f; do [ ! -f "$f" ] || cp --parents "$f" "$0"; done' "$tree")
  (cd "$tree" && autoreconf -fi >/dev/null 2>&1)
elif [ ! -x "$top/configure" ]; then
  (cd "$top" && autoreconf -fi >/dev/null 2>&1)
fi

obj=$build/obj
mkdir -p "$obj"
echo "# configuring and building in $obj"
if [ ! -f "$obj/Makefile" ] || [ "$tree/configure" -nt "$obj/Makefile" ]; then
  (cd "$obj" && "$tree/configure" --enable-silent-rules --disable-shared CC="$CC" \
     CFLAGS="$flags -fsanitize=fuzzer-no-link,address,undefined" >configure.log 2>&1) || {
    tail -n 30 "$obj/configure.log"; exit 1; }
fi
make -C "$obj" -j"$jobs" src/libsummitkg_impl.la >"$obj/make.log" 2>&1 || { tail -n 30 "$obj/make.log"; exit 1; }

seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/text" "$seeds/html"
for f in "$top"/samples/*.txt "$top"/tests/golden/*.txt; do
  [ -f "$f" ] || continue
  cp "$f" "$seeds/text/"
  # a page: a head with a title and meta date, paragraphs, an entity, a script to drop
  name=${f##*/}
  {
    printf '<html><head><title>%s</title><meta property="article:published_time" content="2025-02-09">' "$name"
    printf '<script>var x = "<p>";</script></head><body><nav>Home &amp; news</nav>\n<p>'
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/^$/<\/p><p>/' "$f"
    printf '</p><div><table><tr><td>cell<td>cell</tr></table></div></body></html>\n'
  } >"$seeds/html/${name%.txt}.html"
done

# JSON Lines records: each sample as one record, with every field, and a few broken ones
if command -v python3 >/dev/null 2>&1; then
  mkdir -p "$seeds/jsonl"
  python3 - "$seeds/jsonl" "$top"/samples/*.txt <<'EOF'
import json, os, sys
out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    text = open(path, encoding="utf-8").read()
    rec = {"id": "r%d" % i, "url": "https://example.org/%d" % i, "title": os.path.basename(path),
           "date": "2025-02-09T10:00:00Z", "publisher": "Example", "text": text}
    open(os.path.join(out, "%d.jsonl" % i), "w").write(json.dumps(rec, ensure_ascii=i % 2 == 0) + "\n")
for i, line in enumerate(['{"text": 42}', '{"id": 1, "text": "x"}', '[1, 2]', '{"text": "a\\u0000b"}',
                          '{"text": "<html><body><p>The summit.</p></body></html>", "date": "July 4, 2024"}']):
    open(os.path.join(out, "bad%d.jsonl" % i), "w").write(line + "\n")
EOF
fi

status=0
for h in text html jsonl; do
  [ -d "$seeds/$h" ] || continue
  [ -z "${SKG_FUZZ_ONLY:-}" ] || [ "$SKG_FUZZ_ONLY" = "$h" ] || continue
  exe=$obj/fuzz_$h
  (cd "$obj" && ./libtool --quiet --tag=CC --mode=link "$CC" $flags -fsanitize=fuzzer,address,undefined \
     -I"$tree/src" -I"$obj" $(pkg-config --cflags serd-0 raptor2) -o "$exe" "$tree/tests/fuzz/fuzz_$h.c" \
     src/libsummitkg_impl.la $(pkg-config --libs serd-0)) || exit 1
  corpus=$build/corpus/$h
  artifacts=$build/artifacts/$h
  mkdir -p "$corpus" "$artifacts"
  log=$build/fuzz_$h.log
  echo "# fuzz_$h: $secs s (log: $log)"
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$exe" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
       -dict="$tree/tests/fuzz/summitkg.dict" -print_final_stats=1 \
       -artifact_prefix="$artifacts/" "$corpus" "$seeds/$h" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "ok - fuzz_$h: no finding in $secs s (${runs:-?} inputs; corpus $(ls "$corpus" | wc -l) files)"
  else
    status=1
    echo "not ok - fuzz_$h found a problem"
    grep -E '^(artifact_prefix|Test unit written to|==[0-9]+==ERROR|SUMMARY|fuzz:)' "$log" | sed 's/^/#   /'
    # the report: from the sanitizer's first line to its summary
    sed -n '/==ERROR\|^fuzz:\|runtime error/,/^SUMMARY/p' "$log" | head -n 80 | sed 's/^/#   /'
    ls "$artifacts" | sed "s|^|#   input: $artifacts/|"
  fi
done
exit $status
