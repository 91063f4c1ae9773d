#!/bin/sh
# tests/push.sh - `summitkg push` against a real SPARQL server: Debian's Virtuoso 7.2, started
# on loopback with its own config and data directory (tests/virtuoso.sh) and always stopped.
#
# Pushes samples/*.txt to Virtuoso's Graph Store endpoint, then asks its SPARQL endpoint:
# every report graph holds exactly the statements `summitkg extract` gives for that report
# (decimals compared by value: Virtuoso writes "0.90" back as "0.9"), the corpus graph holds
# what `summitkg load` puts in the embedded store's, and some facts answer as they should.
# Pushing again sends nothing (the journal) and --force duplicates nothing; a changed graph
# is sent again and replaces the old one; Digest authentication on /sparql-graph-crud-auth
# works and a wrong password is refused; an unreadable report is skipped, the rest pushed.
# Faults, each with a clear message, in bounded time, and nothing journaled that the server
# did not confirm: nothing listening (connection refused), a server without the SPARQL_UPDATE
# grant (403), a wrong path (501), and a python3 fault injector on loopback that hangs after
# the request headers (timeout) or closes the connection (both with a bounded number of
# connections), or answers 500 or closes once and then passes requests on to Virtuoso
# (a retry that succeeds; a report that failed is the one a re-run sends).  The injector
# stores nothing: every check of what arrived asks Virtuoso.
#
# Run by `make check` (AM_TESTS_ENVIRONMENT gives top_srcdir, top_builddir); by hand:
# top_srcdir=. top_builddir=. sh tests/push.sh.  Prints "ok N - what" / "not ok N - what",
# "# ..." notes, and ends with "N passed, N failed"; exits 0 only if none failed, 77 (skip)
# without virtuoso-t, curl, python3 or rapper.  Everything it writes is under one mktemp -d directory
# (make distcheck: read-only srcdir).  Takes about 25 s on 2 cores.
#
# SKG_KEEP_TMP=1     keep the temporary directory (the server is stopped all the same)

# $samples is a list of names without spaces, split on purpose:
# shellcheck disable=SC2086
set -u
LC_ALL=C
export LC_ALL

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
srcdir_abs=$(cd "$top_srcdir" && pwd) || exit 99
builddir_abs=$(cd "$top_builddir" && pwd) || exit 99
SKG=$builddir_abs/src/summitkg
PYTHON=${PYTHON:-$(command -v python3 || true)}
RAPPER=${RAPPER:-$(command -v rapper || true)}
VIRTUOSO_SH=$srcdir_abs/tests/virtuoso.sh
BASE=https://w3id.org/summitkg/id/
ENTITIES=${BASE}graph/entities

if [ ! -x "$SKG" ]; then
  echo "push.sh: $SKG not built" >&2
  exit 99
fi
for tool in virtuoso-t isql-vt inifile curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "# skip: $tool not installed (apt-get install virtuoso-opensource curl)"
    exit 77
  fi
done
if [ -z "$PYTHON" ] || [ -z "$RAPPER" ]; then
  echo "# skip: python3 or rapper not found (the fault injector and the graph comparison need them)"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/summitkg-push.XXXXXX") || exit 99
VDIR=$tmp/virtuoso
fault_pid=
cleanup() {
  [ -n "$fault_pid" ] && kill "$fault_pid" 2>/dev/null
  [ -f "$VDIR/virtuoso.pid" ] && sh "$VIRTUOSO_SH" stop "$VDIR" >/dev/null 2>&1
  if [ -n "${SKG_KEEP_TMP:-}" ]; then
    echo "# temporary files kept in $tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' HUP INT TERM

# ok, not_ok, check, note, skip and the counts
. "$srcdir_abs/tests/testlib.sh"

# ---- helpers -------------------------------------------------------------------------
# report_iri FILE: the IRI of FILE's named graph, base + "report/" + SHA-256 of its bytes.
report_iri() {
  printf '%sreport/%s' "$BASE" "$(sha256sum <"$1" | cut -d' ' -f1)"
}
# urlencode STRING
urlencode() {
  "$PYTHON" -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"
}
# sparql QUERY: CSV results from Virtuoso's SPARQL endpoint.
sparql() {
  curl -s --max-time 30 --data-urlencode "query=$1" -H 'Accept: text/csv' "$VIRTUOSO_HTTP/sparql"
}
# count_graph IRI: the number of statements in graph IRI.
count_graph() {
  sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$1> { ?s ?p ?o } }" | tail -n 1 | tr -d '"\r'
}
# count_ours: the statements in every summitkg graph (Virtuoso has system graphs of its own).
count_ours() {
  sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"$BASE\")) }" |
    tail -n 1 | tr -d '"\r'
}
# get_graph IRI OUT: the graph as N-Triples, through the Graph Store protocol.
get_graph() {
  curl -s --max-time 30 -H 'Accept: application/n-triples' \
    "$VIRTUOSO_HTTP/sparql-graph-crud?graph=$(urlencode "$1")" >"$2"
}
# same_triples A B: the two N-Triples files hold the same statements (parsed by rapper;
# xsd:decimal compared by value).
same_triples() {
  "$PYTHON" - "$RAPPER" "$1" "$2" <<'EOF'
import re, subprocess, sys
from decimal import Decimal
DEC = re.compile(r'"([-+0-9.]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#decimal>')
def load(path):
    out = subprocess.run([sys.argv[1], "-q", "-i", "ntriples", "-o", "ntriples", path, "http://x/"],
                         capture_output=True, text=True).stdout
    return {DEC.sub(lambda m: '"%s"^^xsd:decimal' % Decimal(m.group(1)).normalize(), line)
            for line in out.splitlines() if line.strip()}
a, b = load(sys.argv[2]), load(sys.argv[3])
for line in sorted(a ^ b)[:5]:
    print("#   " + ("only in first: " if line in a else "only in second: ") + line[:200])
sys.exit(0 if a == b and a else 1)
EOF
}
# push OUT ARGS...: run summitkg push in $tmp/s; stderr in OUT.err, exit status in $st,
# seconds taken in $secs.
push() {
  out=$1; shift
  t0=$(date +%s)
  (cd "$tmp/s" && "$SKG" push "$@") >"$out.out" 2>"$out.err"
  st=$?
  secs=$(($(date +%s) - t0))
}
# expect_status WHAT WANT: one check of $st.
expect_status() {
  if [ "$st" -eq "$2" ]; then ok "$1: exit status $2"; else not_ok "$1: exit status $2 (got $st)"; note "$out.err"; fi
}
# expect_err WHAT PATTERN: one check that $out.err matches the extended regex PATTERN.
expect_err() {
  if grep -Eq -- "$2" "$out.err"; then ok "$1"; else not_ok "$1 (no /$2/ on stderr)"; note "$out.err"; fi
}
# lines FILE: its number of lines (0 when absent).
lines() {
  if [ -f "$1" ]; then wc -l <"$1" | tr -d ' '; else echo 0; fi
}

# ---- the samples and the server --------------------------------------------------------
# Copied, and pushed by relative name: the graph records the input path (skg:inputFile), and
# the extract the graphs are compared with must see the same path.
mkdir "$tmp/s" "$tmp/x"
cp "$srcdir_abs"/samples/*.txt "$tmp/s/"
samples=$(cd "$tmp/s" && for f in *.txt; do echo "$f"; done)
nsamples=$(echo "$samples" | grep -c .)
if [ "$nsamples" -eq 5 ]; then ok "samples/: 5 reports"; else not_ok "samples/: 5 reports (got $nsamples)"; fi

if sh "$VIRTUOSO_SH" start "$VDIR" >"$tmp/virtuoso.env" 2>"$tmp/virtuoso.err"; then
  eval "$(cat "$tmp/virtuoso.env")"
  ok "Virtuoso starts on loopback ($VIRTUOSO_HTTP)"
else
  not_ok "Virtuoso starts on loopback"; note "$tmp/virtuoso.err"
  echo "$passed passed, $failed failed"
  exit 1
fi
GSP=$VIRTUOSO_HTTP/sparql-graph-crud
J=$tmp/journal

# ---- push, and what arrived ----------------------------------------------------------------
push "$tmp/x/first" --endpoint "$GSP" --journal "$J" $samples
expect_status "push samples/*.txt" 0
expect_err "push: the run's line says 5 sent, 0 unchanged, 0 failed" \
  "push to $GSP: 5 sent, 0 unchanged, 0 failed, 0 unreadable, 0 not tried; [0-9]+ requests"
# 5 PUTs, and a POST of entity descriptions for each report that names some not posted before
n_requests=$(sed -n 's/.*not tried; \([0-9]*\) requests.*/\1/p' "$tmp/x/first.err")
check "push: 5 PUTs and 1 to 5 POSTs ($n_requests requests)" test "${n_requests:-0}" -ge 6 -a "${n_requests:-0}" -le 10
echo "# first push: $(grep -o '[0-9.]* s$' "$tmp/x/first.err") for 5 reports ($n_requests requests)"
check "push: the journal has 5 lines" test "$(lines "$J")" = 5

total=0
for f in $samples; do
  iri=$(report_iri "$tmp/s/$f")
  (cd "$tmp/s" && "$SKG" extract -o nquads "$f") >"$tmp/x/$f.nq" 2>/dev/null
  want=$(lines "$tmp/x/$f.nq")
  total=$((total + want))
  got=$(count_graph "$iri")
  if [ "$got" = "$want" ] && [ "$want" -gt 100 ]; then
    ok "$f: its graph holds the $want statements of summitkg extract"
  else
    not_ok "$f: its graph holds the $want statements of summitkg extract (got '$got')"
  fi
  (cd "$tmp/s" && "$SKG" extract -o ntriples "$f") >"$tmp/x/$f.nt" 2>/dev/null
  get_graph "$iri" "$tmp/x/$f.got.nt"
  check "$f: its graph is the extract, statement for statement" same_triples "$tmp/x/$f.nt" "$tmp/x/$f.got.nt"
done

# the corpus graph: what `summitkg load` puts in the embedded store's
(cd "$tmp/s" && "$SKG" load -q --store "$tmp/x/store.db" $samples && "$SKG" export --store "$tmp/x/store.db" -o nquads) |
  grep " <$ENTITIES> \.\$" | sed "s| <$ENTITIES> \\.\$| .|" >"$tmp/x/entities.nt"
n_entities=$(lines "$tmp/x/entities.nt")
got=$(count_graph "$ENTITIES")
if [ "$got" = "$n_entities" ] && [ "$n_entities" -gt 50 ]; then
  ok "the corpus graph holds $n_entities statements, as the embedded store's"
else
  not_ok "the corpus graph holds $n_entities statements, as the embedded store's (got '$got')"
fi
get_graph "$ENTITIES" "$tmp/x/entities.got.nt"
check "the corpus graph is the embedded store's, statement for statement" \
  same_triples "$tmp/x/entities.nt" "$tmp/x/entities.got.nt"
all=$((total + n_entities))
got=$(count_ours)
if [ "$got" = "$all" ]; then ok "summitkg graphs: $all statements in all"; else not_ok "summitkg graphs: $all statements in all (got '$got')"; fi

# some facts, asked as a user would
au=$(report_iri "$tmp/s/au-assembly-2025.txt")
got=$(sparql "SELECT ?chair WHERE { GRAPH <$au> { <${BASE}summit/au/38> <https://w3id.org/summitkg/ontology#chair> ?chair } }" | tail -n +2 | tr -d '"\r')
check "SPARQL: the chair of AU summit 38 is Tomás Quintas (in the AU report's graph)" \
  test "$got" = "${BASE}person/tomas-quintas"
got=$(sparql "SELECT ?l WHERE { GRAPH ?g { <${BASE}summit/asean/47> <https://w3id.org/summitkg/ontology#hostCity> ?c . ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l } } LIMIT 1" | tail -n +2 | tr -d '"\r')
check "SPARQL: ASEAN summit 47 was held in Kuala Lumpur" test "$got" = "Kuala Lumpur"
got=$(sparql "SELECT ?g WHERE { GRAPH ?g { ?e <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <${BASE}summit/au/38> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://w3id.org/summitkg/ontology#chair> } }" | tail -n +2 | tr -d '"\r' | sort -u)
check "SPARQL: the chair's evidence is in the AU report's graph" test "$got" = "$au"

# ---- again: nothing sent, nothing duplicated ---------------------------------------------
push "$tmp/x/again" --endpoint "$GSP" --journal "$J" $samples
expect_status "push again" 0
expect_err "push again: the journal sends nothing (0 sent, 5 unchanged, 0 requests)" \
  ": 0 sent, 5 unchanged, 0 failed, 0 unreadable, 0 not tried; 0 requests"
check "push again: the journal still has 5 lines" test "$(lines "$J")" = 5
push "$tmp/x/force" --endpoint "$GSP" --journal "$J" --force $samples
expect_status "push --force" 0
expect_err "push --force: 5 sent" ": 5 sent, 0 unchanged, 0 failed"
got=$(count_ours)
check "push --force: no statement duplicated ($all in all)" test "$got" = "$all"
check "push --force: the corpus graph did not grow" test "$(count_graph "$ENTITIES")" = "$n_entities"

# ---- a changed graph, a changed report ---------------------------------------------------
# The same report under another name: the same graph IRI, other bytes (skg:inputFile), so it
# is sent again and the PUT replaces the graph.
cp "$tmp/s/au-assembly-2025.txt" "$tmp/s/au-renamed.txt"
push "$tmp/x/renamed" --endpoint "$GSP" --journal "$J" au-renamed.txt
expect_status "push a report under another name" 0
expect_err "push a report under another name: its graph changed, so it is sent" ": 1 sent, 0 unchanged"
(cd "$tmp/s" && "$SKG" extract -o ntriples au-renamed.txt) >"$tmp/x/renamed.nt" 2>/dev/null
get_graph "$au" "$tmp/x/renamed.got.nt"
check "push a report under another name: the PUT replaced its graph" same_triples "$tmp/x/renamed.nt" "$tmp/x/renamed.got.nt"
rm "$tmp/s/au-renamed.txt"
push "$tmp/x/renamed-back" --endpoint "$GSP" --journal "$J" au-assembly-2025.txt
expect_err "push it under its first name again: changed back, so sent again" ": 1 sent, 0 unchanged"
check "push it under its first name again: no duplicate ($all in all)" test "$(count_ours)" = "$all"

# A report edited: it is another report (its IRI is the hash of its bytes), and only it is sent.
echo "The summit closed with a joint photograph." >>"$tmp/s/pif-special-2025.txt"
push "$tmp/x/edited" --endpoint "$GSP" --journal "$J" $samples
if [ "$st" -eq 0 ] && grep -q ": 1 sent, 4 unchanged, 0 failed" "$tmp/x/edited.err"; then
  ok "push after editing one report: only it is sent (1 sent, 4 unchanged)"
else
  not_ok "push after editing one report: only it is sent (1 sent, 4 unchanged)"; note "$tmp/x/edited.err"
fi
pif=$(report_iri "$tmp/s/pif-special-2025.txt")
want=$( (cd "$tmp/s" && "$SKG" extract -o nquads pif-special-2025.txt) 2>/dev/null | wc -l | tr -d ' ')
check "push after editing one report: its new graph holds its $want statements" test "$(count_graph "$pif")" = "$want"
# NEEDSWORK: the old report's graph stays on the server (as in the embedded store): a
# changed report is another report, and push does not know which old one it replaces.
all=$((all + want))
check "push after editing one report: the server holds both versions ($all statements)" test "$(count_ours)" = "$all"

# ---- an unreadable report among good ones -----------------------------------------------------
: >"$tmp/s/empty.txt"
push "$tmp/x/empty" --endpoint "$GSP" --journal "$tmp/journal-empty" empty.txt au-assembly-2025.txt
expect_status "push an empty report and a good one" 2
expect_err "push an empty report and a good one: the empty one named, the good one sent" \
  "empty\.txt: .*" 
expect_err "push an empty report and a good one: 1 sent, 1 unreadable" ": 1 sent, 0 unchanged, 0 failed, 1 unreadable"
rm "$tmp/s/empty.txt"

# ---- Digest authentication ---------------------------------------------------------------------
printf 'dba\n' >"$tmp/password"
chmod 600 "$tmp/password"
printf 'not-the-password\n' >"$tmp/wrong-password"
push "$tmp/x/auth" --endpoint "$GSP-auth" --user dba --password-file "$tmp/password" --journal "$J" $samples
expect_status "push with Digest authentication (dba, password file)" 0
expect_err "push with Digest authentication: 5 sent (a new endpoint, a new journal entry)" ": 5 sent, 0 unchanged"
check "push with Digest authentication: still no duplicate ($all in all)" test "$(count_ours)" = "$all"
push "$tmp/x/wrongpw" --endpoint "$GSP-auth" --user dba --password-file "$tmp/wrong-password" --journal "$tmp/journal-wrong" au-assembly-2025.txt
expect_status "push with a wrong password" 1
expect_err "push with a wrong password: HTTP 401, named by file" "au-assembly-2025\.txt: push to $GSP-auth failed: HTTP 401"
check "push with a wrong password: nothing journaled" test "$(lines "$tmp/journal-wrong")" = 0
push "$tmp/x/noauth" --endpoint "$GSP-auth" --journal "$tmp/journal-wrong" au-assembly-2025.txt
expect_status "push without credentials to the -auth endpoint" 1

# password files others can read are warned of, as ssh does for keys (issue 12, defect 5)
chmod 600 "$tmp/password"
check "push with a password file of mode 600: no warning" sh -c '! grep -q warning "$1"' sh "$tmp/x/auth.err"
chmod 644 "$tmp/password"
push "$tmp/x/auth644" --endpoint "$GSP-auth" --user dba --password-file "$tmp/password" --journal "$J" au-assembly-2025.txt
expect_status "push with a password file others can read: still pushed" 0
expect_err "push with a password file others can read: a warning names it" \
  "^summitkg: $tmp/password: warning: others can read this password file \(mode 0644\); chmod 600 "
chmod 600 "$tmp/password"

# ---- refusals ---------------------------------------------------------------------------------
sh "$VIRTUOSO_SH" isql "$VDIR" 'REVOKE SPARQL_UPDATE FROM "SPARQL";' >"$tmp/revoke.out" 2>&1 ||
  note "$tmp/revoke.out"
n_before=$(lines "$J")
push "$tmp/x/403" --endpoint "$GSP" --journal "$J" --force $samples
expect_status "push to a server without the grant" 1
expect_err "push to a server without the grant: HTTP 403 with the server's reason, one line" \
  "^summitkg: asean-summit-2025\.txt: push to $GSP failed: HTTP 403 \(.*Permission denied.*\); no further reports are sent\$"
expect_err "push to a server without the grant: the other reports not tried" ": 0 sent, 0 unchanged, 1 failed, 0 unreadable, 4 not tried"
check "push to a server without the grant: nothing journaled" test "$(lines "$J")" = "$n_before"
sh "$VIRTUOSO_SH" isql "$VDIR" 'GRANT SPARQL_UPDATE TO "SPARQL";' >"$tmp/grant.out" 2>&1 || note "$tmp/grant.out"

push "$tmp/x/501" --endpoint "$VIRTUOSO_HTTP/no-such-endpoint" --journal "$tmp/journal-501" au-assembly-2025.txt
expect_status "push to a wrong path" 1
expect_err "push to a wrong path: HTTP 501, is it a Graph Store endpoint?" "push to .* failed: HTTP 501 \(is it a Graph Store endpoint\?\)"

# ---- faults ---------------------------------------------------------------------------------------
# free_port: a port nothing listens on (bound, then let go).
free_port() {
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port=$(free_port)
push "$tmp/x/down" --endpoint "http://127.0.0.1:$port/sparql-graph-crud" --journal "$tmp/journal-down" $samples
expect_status "push to a port nothing listens on" 1
expect_err "push to a port nothing listens on: connection refused, 3 attempts, named by file" \
  "^summitkg: asean-summit-2025\.txt: push to http://127\.0\.0\.1:$port/sparql-graph-crud failed: connection refused, 3 attempts; no further reports are sent\$"
check "push to a port nothing listens on: done within 10 s (took ${secs} s)" test "$secs" -le 10
check "push to a port nothing listens on: nothing journaled" test "$(lines "$tmp/journal-down")" = 0

# The fault injector: MODE PORTFILE LOG [N UPSTREAM]; one line per connection in LOG.
#   hang: read the request's headers, then say nothing;  close: read the headers, close;
#   error N: answer the first N requests 500, pass the rest to 127.0.0.1:UPSTREAM;
#   flaky N: close the first N connections after the headers, pass the rest on.
cat >"$tmp/fault.py" <<'EOF'
import os, socket, sys, threading, time
mode, portfile, log = sys.argv[1:4]
n_bad = int(sys.argv[4]) if len(sys.argv) > 4 else 0
upstream = int(sys.argv[5]) if len(sys.argv) > 5 else 0
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(16)
with open(portfile + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(portfile + ".tmp", portfile)

def headers(c):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = c.recv(65536)
        if not chunk:
            break
        data += chunk
    return data

def whole_request(c):
    data = headers(c)
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    while len(body) < length:
        chunk = c.recv(65536)
        if not chunk:
            break
        body += chunk

def pump(a, b):
    try:
        while True:
            d = a.recv(65536)
            if not d:
                break
            b.sendall(d)
    except OSError:
        pass
    for s in (a, b):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

def handle(c, k):
    with open(log, "a") as f:
        f.write("%d\n" % k)
    if mode == "hang":
        headers(c)
        time.sleep(3600)
    elif mode == "close" or (mode == "flaky" and k <= n_bad):
        headers(c)
        c.close()
    elif mode == "error" and k <= n_bad:
        whole_request(c)
        body = b"fault injected: the server broke\nsecond line\n"
        c.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                  b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        c.close()
    else:
        u = socket.create_connection(("127.0.0.1", upstream))
        threading.Thread(target=pump, args=(u, c), daemon=True).start()
        pump(c, u)

k = 0
while True:
    c, _ = srv.accept()
    k += 1
    threading.Thread(target=handle, args=(c, k), daemon=True).start()
EOF
# fault MODE [N]: start the injector (its pid in $fault_pid, its URL in $fault_url).
fault() {
  rm -f "$tmp/fault.port" "$tmp/fault.log"
  : >"$tmp/fault.log"
  "$PYTHON" "$tmp/fault.py" "$1" "$tmp/fault.port" "$tmp/fault.log" "${2:-0}" "${VIRTUOSO_HTTP##*:}" &
  fault_pid=$!
  waited=0 # (not n: testlib.sh counts the checks in n)
  while [ ! -s "$tmp/fault.port" ] && [ $waited -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
  fault_url=http://127.0.0.1:$(cat "$tmp/fault.port")/sparql-graph-crud
}
unfault() {
  kill "$fault_pid" 2>/dev/null
  wait "$fault_pid" 2>/dev/null
  fault_pid=
}

# transport_fault MODE WHAT ATTEMPTS MAX_SECONDS REASON [PUSH OPTION...]: push the samples to
# the injector in MODE: exit status 1, one line naming the first report with REASON (an
# extended regex) and the number of attempts, as many connections as attempts, done within
# MAX_SECONDS, nothing journaled.
transport_fault() {
  mode=$1 what=$2 attempts=$3 max=$4 reason=$5
  shift 5
  fault "$mode"
  push "$tmp/x/$mode" --endpoint "$fault_url" --journal "$tmp/journal-$mode" "$@" $samples
  unfault
  expect_status "$what" 1
  expect_err "$what: the reason, $attempts attempts, one line" \
    "^summitkg: asean-summit-2025\.txt: push to .* failed: $reason, $attempts attempts; no further reports are sent\$"
  check "$what: $attempts connections, no more" test "$(lines "$tmp/fault.log")" = "$attempts"
  check "$what: done within $max s (took $secs s)" test "$secs" -le "$max"
  check "$what: nothing journaled" test "$(lines "$tmp/journal-$mode")" = 0
}
transport_fault hang "push to a server that never answers (--timeout 2 --retries 1)" 2 12 \
  "no answer within 2 s" --timeout 2 --retries 1
transport_fault close "push to a server that closes the connection after the request's headers" 3 10 \
  "(the server closed the connection without answering|the connection broke: .*)"

# Once closed, then passed on to Virtuoso: the retry succeeds.
fault flaky 1
push "$tmp/x/flaky" --endpoint "$fault_url" --journal "$tmp/journal-flaky" $samples
expect_status "push through a connection that fails once" 0
expect_err "push through a connection that fails once: 5 sent, one request retried ($((n_requests + 1)))" \
  ": 5 sent, 0 unchanged, 0 failed, 0 unreadable, 0 not tried; $((n_requests + 1)) requests"
check "push through a connection that fails once: 5 journaled" test "$(lines "$tmp/journal-flaky")" = 5
unfault
check "push through a connection that fails once: still no duplicate ($all in all)" \
  test "$(count_ours)" = "$all"

# The first request answered 500 (no retries): that report fails, the others are pushed, and a
# re-run sends it alone.
fault error 1
push "$tmp/x/error" --endpoint "$fault_url" --journal "$tmp/journal-error" --retries 0 $samples
expect_status "push when the server answers one request 500" 2
expect_err "push when the server answers 500: the server's first line, named by file" \
  "^summitkg: asean-summit-2025\.txt: push to .* failed: HTTP 500 \(fault injected: the server broke\)\$"
expect_err "push when the server answers 500: the others sent (4 sent, 1 failed)" ": 4 sent, 0 unchanged, 1 failed, 0 unreadable, 0 not tried"
check "push when the server answers 500: 4 journaled" test "$(lines "$tmp/journal-error")" = 4
push "$tmp/x/error2" --endpoint "$fault_url" --journal "$tmp/journal-error" $samples
expect_status "push again after the 500" 0
expect_err "push again after the 500: only the failed report is sent (1 sent, 4 unchanged)" ": 1 sent, 4 unchanged, 0 failed"
unfault

# A torn last line (a crash mid-write) is not a record; the others still are.
cp "$J" "$tmp/journal-torn"
printf '0123456789abcdef' >>"$tmp/journal-torn"
push "$tmp/x/torn" --endpoint "$GSP" --journal "$tmp/journal-torn" $samples
expect_status "push with a torn journal line" 0
expect_err "push with a torn journal line: the whole lines still count (0 sent, 5 unchanged)" ": 0 sent, 5 unchanged"

# ---- entity descriptions posted once a run ----------------------------------------------------
# Two reports naming the same entities: two PUTs, and one POST for both.
for k in 1 2; do
  { cat "$tmp/s/au-assembly-2025.txt"; echo "Copy $k of this report."; } >"$tmp/s/au-copy$k.txt"
done
push "$tmp/x/copies" --endpoint "$GSP" --journal "$tmp/journal-copies" au-copy1.txt au-copy2.txt
expect_err "push two reports naming the same entities: 2 PUTs, 1 POST (3 requests)" \
  ": 2 sent, 0 unchanged, 0 failed, 0 unreadable, 0 not tried; 3 requests"
check "push two reports naming the same entities: the corpus graph holds the same statements" \
  test "$(count_graph "$ENTITIES")" = "$n_entities"
rm "$tmp/s/au-copy1.txt" "$tmp/s/au-copy2.txt"

# ---- usage -------------------------------------------------------------------------------------
push "$tmp/x/u1" --journal "$J" au-assembly-2025.txt
expect_status "push without --endpoint" 1
push "$tmp/x/u2" --endpoint "$GSP" --user dba --journal "$J" au-assembly-2025.txt
expect_status "push --user without --password-file" 1
push "$tmp/x/u3" --endpoint "ftp://127.0.0.1/x" --journal "$J" au-assembly-2025.txt
expect_status "push to an ftp:// endpoint" 1
expect_err "push to an ftp:// endpoint: says what it needs" "endpoint must be an http:// or https:// URL"
push "$tmp/x/u4" --endpoint "$GSP" --timeout 0 --journal "$J" au-assembly-2025.txt
expect_status "push --timeout 0" 1

# The default journal lives under $XDG_STATE_HOME.
(cd "$tmp/s" && XDG_STATE_HOME=$tmp/state "$SKG" push -q --endpoint "$GSP" au-assembly-2025.txt) 2>"$tmp/x/xdg.err"
st=$?
check "push without --journal: exit status 0" test "$st" -eq 0
check "push without --journal: the journal is \$XDG_STATE_HOME/summitkg/push-journal" \
  test "$(lines "$tmp/state/summitkg/push-journal")" = 1

# ---- names and endpoints that must not break or leak (issue 12, defects 3, 5, 6) ------------------
# A report whose file name is not UTF-8: its graph is pushed (skg:inputFile holds the stray
# byte as %FF), and the report after it too.
bad_name=$(printf 'bad\377name.txt')
{ cat "$tmp/s/au-assembly-2025.txt"; echo "A copy with a name that is not UTF-8."; } >"$tmp/s/$bad_name"
{ cat "$tmp/s/csto-council-2025.txt"; echo "A copy after it."; } >"$tmp/s/after-bad.txt"
push "$tmp/x/badname" --endpoint "$GSP" --journal "$tmp/journal-badname" "$bad_name" after-bad.txt
expect_status "push a report whose name is not UTF-8, and one after it" 0
expect_err "push a report whose name is not UTF-8: both sent" ": 2 sent, 0 unchanged, 0 failed"
bad_iri=$(report_iri "$tmp/s/$bad_name")
got=$(sparql "SELECT ?f WHERE { GRAPH <$bad_iri> { ?run <https://w3id.org/summitkg/ontology#inputFile> ?f } }" | tail -n +2 | tr -d '"\r')
check "push a report whose name is not UTF-8: its skg:inputFile is \"bad%FFname.txt\" (got '$got')" test "$got" = "bad%FFname.txt"
want=$( (cd "$tmp/s" && "$SKG" extract -o nquads "$bad_name") 2>/dev/null | wc -l | tr -d ' ')
check "push a report whose name is not UTF-8: its graph holds its $want statements" test "$(count_graph "$bad_iri")" = "$want"
rm "$tmp/s/$bad_name" "$tmp/s/after-bad.txt"
# A key in the endpoint's query string goes to the server, never into messages or the journal.
push "$tmp/x/key" --endpoint "$GSP?key=s3cret-token" --journal "$tmp/journal-key" au-assembly-2025.txt
expect_status "push to an endpoint with a key in its query string" 0
check "the key is in no message" sh -c '! grep -q s3cret "$1"' sh "$tmp/x/key.err"
check "the key is not in the journal, which names the endpoint by a digest of its query" \
  sh -c '! grep -q s3cret "$1" && grep -q "sparql-graph-crud?(query hidden, sha256 [0-9a-f]*)" "$1"' sh "$tmp/journal-key"
push "$tmp/x/key2" --endpoint "$GSP?key=s3cret-token" --journal "$tmp/journal-key" au-assembly-2025.txt
expect_err "the same endpoint and key again: the journal knows it (0 sent, 1 unchanged, 0 requests)" \
  ": 0 sent, 1 unchanged, 0 failed, 0 unreadable, 0 not tried; 0 requests"
push "$tmp/x/key3" --endpoint "$GSP?key=another" --journal "$tmp/journal-key" au-assembly-2025.txt
expect_err "another key is another endpoint: sent again" ": 1 sent, 0 unchanged"
echo "Nothing was decided today." >"$tmp/s/no-summit.txt"
push "$tmp/x/one" --endpoint "$GSP" --journal "$tmp/journal-one" no-summit.txt
expect_err "a report without a summit is one PUT, and a count of one is singular: '1 request'" \
  " 1 request, [0-9.]+ MB"
rm "$tmp/s/no-summit.txt"
push "$tmp/x/badurl" --endpoint "http://[::1/x" --journal "$tmp/journal-one" au-assembly-2025.txt
check "a malformed URL's message does not read 'uRL'" sh -c '! grep -q "uRL" "$1" && [ -s "$1" ]' sh "$tmp/x/badurl.err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
