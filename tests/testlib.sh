# tests/testlib.sh - the check counting, the check that rapper and serdi read a file, and the
# temporary directory, that tests/e2e.sh, tests/store.sh and tests/publish.sh share.
# Source it; it starts the counts.  Each script ends with: echo "$passed passed, $failed failed"
n=0
passed=0
failed=0

# ok WHAT / not_ok WHAT: record one check.
ok() {
  n=$((n + 1)); passed=$((passed + 1))
  echo "ok $n - $1"
}
not_ok() {
  n=$((n + 1)); failed=$((failed + 1))
  echo "not ok $n - $1"
}
# check WHAT COMMAND...: one check, passed if COMMAND succeeds.
check() {
  check_what=$1; shift
  if "$@"; then ok "$check_what"; else not_ok "$check_what"; fi
}
# note FILE...: show files as diagnostics, "# "-prefixed, at most 20 lines each.
note() {
  for f; do
    [ -s "$f" ] && head -n 20 "$f" | sed 's/^/#   /'
  done
  return 0
}
skip() {
  echo "# skip: $*"
}
# parses SYNTAX FILE WHAT: rapper, and serdi where it reads SYNTAX, accept FILE; one check
# each (none without $RAPPER / $SERDI).  Writes its diagnostics under $tmp.
parses() {
  if [ -n "$RAPPER" ]; then
    if "$RAPPER" -q -i "$1" -c "$2" >"$tmp/rapper.out" 2>&1; then
      ok "$3: rapper -i $1 accepts it"
    else
      not_ok "$3: rapper -i $1 accepts it"; note "$tmp/rapper.out"
    fi
  fi
  if [ -n "$SERDI" ] && [ "$1" != rdfxml ]; then
    if "$SERDI" -i "$1" "$2" >/dev/null 2>"$tmp/serdi.out"; then
      ok "$3: serdi -i $1 accepts it"
    else
      not_ok "$3: serdi -i $1 accepts it"; note "$tmp/serdi.out"
    fi
  fi
}
# use_tmp NAME: $tmp, a new directory under $TMPDIR (everything a test writes goes there),
# removed at exit unless SKG_KEEP_TMP is set; exit status 99 if it cannot be made.
use_tmp() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/summitkg-$1.XXXXXX") || exit 99
  if [ -n "${SKG_KEEP_TMP:-}" ]; then
    echo "# temporary files kept in $tmp"
  else
    trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
  fi
  trap 'exit 130' HUP INT TERM
}
# setup NAME: what every script of tests/ starts with.  C locale; srcdir_abs and builddir_abs
# from $top_srcdir and $top_builddir (default .); SKG the program (exit status 99 if it is not
# built); RAPPER, SERDI and PYTHON where found (empty if not); SAMPLES; $tmp (use_tmp NAME).
# Source this file as  . "${top_srcdir:-.}/tests/testlib.sh"  and call it first.
setup() {
  LC_ALL=C
  export LC_ALL
  srcdir_abs=$(cd "${top_srcdir:-.}" && pwd) || exit 99
  builddir_abs=$(cd "${top_builddir:-.}" && pwd) || exit 99
  SKG=$builddir_abs/src/summitkg
  RAPPER=${RAPPER:-$(command -v rapper || true)}
  SERDI=${SERDI:-$(command -v serdi || true)}
  PYTHON=${PYTHON:-$(command -v python3 || true)}
  SAMPLES=$srcdir_abs/samples
  if [ ! -x "$SKG" ]; then
    echo "$1.sh: $SKG not built" >&2
    exit 99
  fi
  use_tmp "$1"
}
# one_line WHAT STATUS WANT_STATUS ERRFILE PATTERN: one check that a command exited with
# WANT_STATUS and said exactly one line on standard error, matching the grep -E PATTERN.
one_line() {
  if [ "$2" -eq "$3" ] && [ "$(wc -l <"$4")" -eq 1 ] && grep -Eq -- "$5" "$4"; then
    ok "$1"
  else
    not_ok "$1 (exit status $2, want $3; $(wc -l <"$4") lines on stderr)"; note "$4"
  fi
}
# whole_stacks COMMAND...: run COMMAND with ASan recording each allocation's whole stack (a
# sanitizer build's option; nothing elsewhere).  For queries with GRAPH ?g: librdf 1.0.17 leaks
# a node for each graph such a pattern is matched in (tests/lsan.supp), a leak the suppression
# can tell from summitkg's own only by the stack below raptor2, where the fast unwinder stops.
whole_stacks() {
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0" "$@"
}
# check_that WHAT 'EXPRESSION': one check, passed if the shell EXPRESSION succeeds (eval'd
# here, so that its && and || are its own; single-quote it and its variables are read now).
check_that() {
  ct_what=$1
  if eval "$2"; then ok "$ct_what"; else not_ok "$ct_what"; fi
}
