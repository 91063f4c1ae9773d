# tests/testlib.sh - the check counting that tests/e2e.sh and tests/store.sh share.
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
  what=$1; shift
  if "$@"; then ok "$what"; else not_ok "$what"; fi
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
