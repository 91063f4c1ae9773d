#!/bin/sh
# tests/virtuoso.sh - run a private, throw-away Virtuoso 7.2 (Debian's virtuoso-opensource)
# on loopback for tests.  Needs: virtuoso-opensource (virtuoso-t, isql-vt, inifile), curl.
#
#   tests/virtuoso.sh start DIR   create DIR (if needed), write DIR/virtuoso.ini, start
#                                 virtuoso-t on two free 127.0.0.1 ports, wait until its
#                                 SPARQL endpoint answers, and print lines for eval:
#                                   export VIRTUOSO_HTTP=http://127.0.0.1:PORT
#                                   export VIRTUOSO_ISQL_PORT=PORT
#                                   export VIRTUOSO_DIR=DIR
#                                 A fresh DIR gets a fresh database whose only account of
#                                 note is dba/dba; no password is asked.  The script also
#                                 grants SPARQL_UPDATE to the anonymous user "SPARQL", so
#                                 /sparql-graph-crud accepts PUT/POST/DELETE without auth.
#   tests/virtuoso.sh stop DIR    shut the server in DIR down (isql "shutdown", then TERM,
#                                 then KILL, each bounded) and wait until it is gone.
#   tests/virtuoso.sh isql DIR SQL...   run SQL statements as dba (exec="...").
#
# Environment: VIRTUOSO_NO_GRANT=1 skips the grants; VIRTUOSO_START_TIMEOUT (s, default 60; a new
# database whose server does not answer in time is made once more), VIRTUOSO_PORT_BASE (default 11110):
# the ISQL port is the first free one from the base, the HTTP port the next free one.
# Exit status: 0 ok, 1 failure (the log DIR/virtuoso.log is shown on standard error).
set -u

VIRTUOSO_BIN=${VIRTUOSO_BIN:-virtuoso-t}
ISQL_BIN=${ISQL_BIN:-isql-vt}
DEFAULT_INI=${VIRTUOSO_DEFAULT_INI:-/usr/share/virtuoso-opensource-7/virtuoso.ini}

die() { printf 'virtuoso.sh: %s\n' "$*" >&2; exit 1; }

# port_busy PORT: true when something listens on TCP PORT (any address)
port_busy() {
    if command -v ss >/dev/null 2>&1; then
        ss -Htln "sport = :$1" 2>/dev/null | grep -q .
    else
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" 2>/dev/null
        [ $? -ne 7 ]
    fi
}

# free_port FROM: print the first free port >= FROM (tries 200)
free_port() {
    p=$1; n=0
    while [ $n -lt 200 ]; do
        port_busy "$p" || { echo "$p"; return 0; }
        p=$((p + 1)); n=$((n + 1))
    done
    return 1
}

ini() { inifile +inifile "$INI" +section "$1" +key "$2" +value "$3" || die "inifile $1/$2 failed"; }

# is_running PID: a live (not zombie) virtuoso-t process; where /proc exists, a pid reused by
# another program does not count
# is_alive PID: true while PID exists and is not a zombie (a server this script has just
# started may still be the subshell that is about to exec it).
is_alive() {
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
    [ -r "/proc/$1/status" ] || return 0
    ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null
}
# is_running PID: true while PID is alive and a Virtuoso (not a pid reused since the pid
# file was written).
is_running() {
    is_alive "$1" || return 1
    [ -r "/proc/$1/status" ] || return 0
    grep -q '^Name:[[:space:]]*virtuoso' "/proc/$1/status" 2>/dev/null
}

abs_dir() { mkdir -p "$1" && (cd "$1" && pwd -P); }

isql_exec() { # DIR SQL...
    d=$1; shift
    port=$(cat "$d/isql.port" 2>/dev/null) || die "no server in $d"
    # isql-vt exits 0 even when a statement fails (3 only for a failed login): look for
    # its "*** Error" lines
    for sql in "$@"; do
        out=$("$ISQL_BIN" "127.0.0.1:$port" dba dba "exec=$sql" </dev/null 2>&1) || {
            printf '%s\n' "$out" >&2; return 1; }
        printf '%s\n' "$out"
        case $out in *'*** Error'*) return 1 ;; esac
    done
}

write_ini() { # DIR ISQLPORT HTTPPORT
    INI=$1/virtuoso.ini
    # the packaged ini sets IndexTreeMaps twice (256, then 64) and the server takes the
    # first: drop both and set one (256 maps cost ~190 MB of heap; 16 gives ~100 MB RSS)
    sed '/^[[:space:]]*IndexTreeMaps[[:space:]]*=/d' "$DEFAULT_INI" >"$INI" ||
        die "cannot copy $DEFAULT_INI"
    ini Database DatabaseFile "$1/virtuoso.db"
    ini Database ErrorLogFile "$1/virtuoso.log"
    ini Database LockFile "$1/virtuoso.lck"
    ini Database TransactionFile "$1/virtuoso.trx"
    ini Database xa_persistent_file "$1/virtuoso.pxa"
    ini TempDatabase DatabaseFile "$1/virtuoso-temp.db"
    ini TempDatabase TransactionFile "$1/virtuoso-temp.trx"
    ini Parameters ServerPort "127.0.0.1:$2"
    ini Parameters DirsAllowed ".,$1"
    # an empty VAD dir: a fresh database does not install the Conductor web UI (~2 s, ~100 MB)
    mkdir -p "$1/vad"
    ini Parameters VADInstallDir "$1/vad/"
    # small CI box: ~2 cores, modest memory (8 KiB pages: 8000 buffers = 64 MiB)
    ini Parameters NumberOfBuffers "${VIRTUOSO_BUFFERS:-8000}"
    ini Parameters MaxDirtyBuffers $(( ${VIRTUOSO_BUFFERS:-8000} * 3 / 4 ))
    ini Parameters MaxQueryMem 256M
    ini Parameters IndexTreeMaps 16
    ini Parameters ThreadsPerQuery 2
    ini Parameters AsyncQueueMaxThreads 4
    ini Parameters MaxClientConnections 8
    ini Parameters CheckpointInterval 0
    ini HTTPServer ServerPort "127.0.0.1:$3"
    ini HTTPServer ServerThreads 8
    ini HTTPServer MaxClientConnections 8
    ini URIQA DefaultHost "127.0.0.1:$3"
    ini SPARQL ResultSetMaxRows 100000
    ini SPARQL MaxQueryExecutionTime 30
}

cmd_start() {
    [ $# -eq 1 ] || die "usage: virtuoso.sh start DIR"
    command -v "$VIRTUOSO_BIN" >/dev/null 2>&1 || die "$VIRTUOSO_BIN not found (apt-get install virtuoso-opensource)"
    command -v "$ISQL_BIN" >/dev/null 2>&1 || die "$ISQL_BIN not found"
    command -v inifile >/dev/null 2>&1 || die "inifile not found"
    command -v curl >/dev/null 2>&1 || die "curl not found"
    DIR=$(abs_dir "$1") || die "cannot create $1"
    if [ -f "$DIR/virtuoso.pid" ] && is_running "$(cat "$DIR/virtuoso.pid")"; then
        die "a server already runs in $DIR (pid $(cat "$DIR/virtuoso.pid"))"
    fi
    timeout=${VIRTUOSO_START_TIMEOUT:-60}
    base=${VIRTUOSO_PORT_BASE:-11110}
    # a database made by this start may be made again should the start hang
    fresh=; [ -e "$DIR/virtuoso.db" ] || fresh=1
    tries=0
    while :; do
        tries=$((tries + 1))
        iport=$(free_port "$base") || die "no free port from $base"
        hport=$(free_port $((iport + 1))) || die "no free port from $((iport + 1))"
        write_ini "$DIR" "$iport" "$hport"
        : >"$DIR/virtuoso.out"
        # +foreground: the pid we get is the server's; it does not need a terminal
        (cd "$DIR" && exec "$VIRTUOSO_BIN" +foreground +configfile "$DIR/virtuoso.ini" \
            </dev/null >>"$DIR/virtuoso.out" 2>&1) &
        pid=$!
        echo "$pid" >"$DIR/virtuoso.pid"
        echo "$iport" >"$DIR/isql.port"
        echo "$hport" >"$DIR/http.port"
        t0=$(date +%s); ok=
        # is_alive, not is_running: until the subshell has exec'd, it is not yet named
        # virtuoso-t, and taking it for dead would leave the start waiting on it forever
        while :; do
            if ! is_alive "$pid"; then break; fi
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
                "http://127.0.0.1:$hport/sparql?query=ASK%7B%7D" 2>/dev/null)
            if [ "$code" = 200 ]; then ok=1; break; fi
            [ $(($(date +%s) - t0)) -ge "$timeout" ] && break
            sleep 0.5 2>/dev/null || sleep 1
        done
        [ -n "$ok" ] && break
        if is_alive "$pid"; then
            cat "$DIR/virtuoso.log" >&2 2>/dev/null
            cmd_stop "$DIR" >&2
            # Seen once in CI (two test programs and their servers on two busy cores): a new
            # database's server stopped logging after its version line and never answered.
            # Once more from nothing, then give up.
            if [ -n "$fresh" ] && [ $tries -lt 2 ]; then
                echo "virtuoso.sh: server did not answer on port $hport within ${timeout}s: once more, with a new database" >&2
                rm -f "$DIR"/virtuoso.db "$DIR"/virtuoso.log "$DIR"/virtuoso.lck "$DIR"/virtuoso.trx \
                    "$DIR"/virtuoso.pxa "$DIR"/virtuoso-temp.db "$DIR"/virtuoso-temp.trx
                base=$((hport + 1)); continue
            fi
            die "server did not answer on port $hport within ${timeout}s"
        fi
        wait "$pid" 2>/dev/null
        # died early: a port taken meanwhile is worth one more try on other ports
        if [ $tries -lt 3 ] && grep -qiE 'address already in use|failed to start listening|failed HTTP listen' \
                "$DIR/virtuoso.log" "$DIR/virtuoso.out" 2>/dev/null; then
            base=$((hport + 1)); continue
        fi
        cat "$DIR/virtuoso.log" "$DIR/virtuoso.out" >&2 2>/dev/null
        rm -f "$DIR/virtuoso.pid"
        die "virtuoso-t exited during start-up"
    done
    # anonymous SPARQL Graph Store / SPARQL Update for tests: the "SPARQL" user is what
    # unauthenticated requests on /sparql and /sparql-graph-crud run as.
    if [ -z "${VIRTUOSO_NO_GRANT-}" ]; then
        # (on a restarted DIR the role is already there: U0013 "already have role")
        isql_exec "$DIR" 'GRANT SPARQL_UPDATE TO "SPARQL";' >"$DIR/grant.out" 2>&1 ||
            grep -q 'already have role' "$DIR/grant.out" || {
            cat "$DIR/grant.out" >&2; cmd_stop "$DIR" >&2; die "grant failed"; }
    fi
    printf 'export VIRTUOSO_HTTP=http://127.0.0.1:%s\n' "$hport"
    printf 'export VIRTUOSO_ISQL_PORT=%s\n' "$iport"
    printf 'export VIRTUOSO_DIR=%s\n' "$DIR"
}

cmd_stop() {
    [ $# -eq 1 ] || die "usage: virtuoso.sh stop DIR"
    DIR=$(cd "$1" 2>/dev/null && pwd -P) || die "no directory $1"
    pid=$(cat "$DIR/virtuoso.pid" 2>/dev/null) || { echo "virtuoso.sh: nothing to stop in $DIR" >&2; return 0; }
    if is_running "$pid"; then
        port=$(cat "$DIR/isql.port" 2>/dev/null)
        [ -n "$port" ] && "$ISQL_BIN" "127.0.0.1:$port" dba dba 'exec=shutdown;' </dev/null >/dev/null 2>&1
        for sig in none TERM KILL; do
            [ "$sig" = none ] || kill -"$sig" "$pid" 2>/dev/null
            n=0
            while is_running "$pid" && [ $n -lt 40 ]; do   # 20 s per stage
                sleep 0.5 2>/dev/null || sleep 1; n=$((n + 1))
            done
            is_running "$pid" || break
            echo "virtuoso.sh: server $pid still running after ${sig#none}${sig%%[A-Z]*}" >&2
        done
    fi
    wait "$pid" 2>/dev/null   # reap if it is our child
    if is_running "$pid"; then die "could not stop pid $pid"; fi
    rm -f "$DIR/virtuoso.pid" "$DIR/virtuoso.lck"
}

case ${1-} in
start) shift; cmd_start "$@" ;;
stop) shift; cmd_stop "$@" ;;
isql) shift; [ $# -ge 2 ] || die "usage: virtuoso.sh isql DIR SQL..."; d=$(cd "$1" && pwd -P) || exit 1; shift; isql_exec "$d" "$@" ;;
*) die "usage: virtuoso.sh start DIR | stop DIR | isql DIR SQL..." ;;
esac
