#!/bin/sh
# tests/slurm.sh - scripts/slurm-extract.sh on a real one-node Slurm cluster, and the same
# corpus through GNU parallel: both give, as a set, what one `summitkg extract -o nquads` run
# gives.
#
# Starts a private cluster on loopback, all of it under one mktemp -d directory in /tmp:
# munged on its own key, socket, pid, log and seed files; slurmctld and slurmd (Debian's
# slurm-wlm) in the foreground on their own slurm.conf (ClusterName skgtest, SlurmctldHost
# this host at 127.0.0.1, one node "localhost" at 127.0.0.1 with this machine's CPUs,
# proctrack/linuxproc, task/none, no cgroups, no accounting, select/cons_tres CR_CPU,
# AuthInfo=socket= the private munge socket, two free ports, bound to 127.0.0.1 only where
# the host's name resolves to it, as here).  Then, on a corpus of the samples replicated SKG_SLURM_COPIES times (default 60:
# 300 reports, each copy with a unique line appended, "Illustrative corpus copy N.", so that
# each is its own report) plus one empty report (skipped: summitkg exits 2):
#
#   1. slurm-extract.sh --wait on the corpus directory (SKG_SLURM_SHARDS shards, default 6):
#      every shard present, valid N-Quads (rapper), sorted, no temporary file left; the
#      merge equals one extract run's output as a set; the skipped report logged by one
#      task and not failing it;
#   2. slurm-extract.sh --files-from the list reversed, with blank lines, 4 shards, 20
#      reports a summitkg run: the same; sbatch options and --throttle reach the jobs;
#   3. a summitkg that writes half a file and fails on one shard: that task fails and
#      leaves no shard, the merge job is cancelled, no merged.nq, --wait exits 1; an
#      output directory in use is refused;
#   4. with virtuoso-opensource installed, a private Virtuoso (tests/virtuoso.sh, started
#      in the background at the outset): --virtuoso-isql bulk-loads 10 reports' merge and
#      the server then holds as many quads as merged.nq has lines;
#   5. and a --virtuoso-dir outside the server's DirsAllowed fails the merge job;
#   6. GNU parallel, local, -j2, 50 reports a job: the same set as one extract run; and
#      docs/cluster.md's --sshlogin recipe (--workdir ., two hosts) through an ssh stand-in
#      that runs the command here, on 21 reports.
# Before 6 it stops the cluster (scancel, then slurmd, slurmctld, munged, each TERM then
# KILL, bounded) and checks that no daemon of it is left and its ports are free; an EXIT
# trap does the same on any way out.  About 50 s on 2 cores (Slurm runs 1 and 2 take
# 6-10 s each; one extract run over the corpus 4-6 s; Virtuoso starts in 5-10 s).
#
# Run by `make check` (see tests/store.sh); by hand: top_srcdir=. top_builddir=. sh tests/slurm.sh
# Needs root (slurmd runs jobs as their users).  Exits 77 (skipped) without root or without
# munged, slurmctld, slurmd or the Slurm commands, and 99 if summitkg is not built.
#
# SKG_SLURM_COPIES, SKG_SLURM_SHARDS  the corpus and the first run's shards (above)
# SKG_SLURM_TIMEOUT  seconds to wait for each run's jobs (default 180)
# SKG_SLURM_NO_VIRTUOSO=1  leave the Virtuoso bulk load out
# SKG_KEEP_TMP=1     keep the temporary directory (the cluster is stopped all the same)

set -u
umask 022      # munged refuses group- or world-writable directories on its paths
LC_ALL=C
export LC_ALL

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
srcdir_abs=$(cd "$top_srcdir" && pwd) || exit 99
builddir_abs=$(cd "$top_builddir" && pwd) || exit 99
SKG=$builddir_abs/src/summitkg
EXTRACT_SH=$srcdir_abs/scripts/slurm-extract.sh
RAPPER=${RAPPER:-$(command -v rapper || true)}
COPIES=${SKG_SLURM_COPIES:-60}
SHARDS=${SKG_SLURM_SHARDS:-6}
TIMEOUT=${SKG_SLURM_TIMEOUT:-180}

if [ ! -x "$SKG" ]; then
  echo "slurm.sh: $SKG not built" >&2
  exit 99
fi
for p in munged munge unmunge slurmctld slurmd sbatch squeue sinfo scontrol scancel bash; do
  if ! command -v "$p" >/dev/null 2>&1; then
    echo "# skip: $p not found (Debian: apt-get install slurm-wlm munge)"
    exit 77
  fi
done
if [ "$(id -u)" -ne 0 ]; then
  echo "# skip: needs root (slurmd runs each job as its user)"
  exit 77
fi

# /tmp, not $TMPDIR: munged wants every directory above its socket searchable by all, and
# a socket path has at most 107 bytes.
tmp=$(mktemp -d /tmp/skg-slurm.XXXXXX) || exit 99
chmod 755 "$tmp"
C=$tmp/cluster
mkdir "$C" "$C/munge" "$C/state" "$C/spool" "$C/log"
munged_pid='' ctld_pid='' slurmd_pid='' virtuoso_dir='' notallowed='' extract_pid='' vstart=''

# ok, not_ok, check, note, skip and the counts
# shellcheck source=tests/testlib.sh
. "$srcdir_abs/tests/testlib.sh"

# count FILE...: how many of the FILEs exist (a glob that matched nothing gives 0)
count() {
  c=0
  for f; do [ -e "$f" ] && c=$((c + 1)); done
  echo "$c"
}
# alive PID: a live process, not a zombie waiting to be reaped
alive() {
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
  ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}
# stop PID: TERM, then KILL after 10 s; reaps it (our child).  True if it is gone.
stop() {
  [ -n "$1" ] || return 0
  for sig in TERM KILL; do
    alive "$1" || break
    kill -"$sig" "$1" 2>/dev/null
    i=0
    while alive "$1" && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
  done
  wait "$1" 2>/dev/null
  ! alive "$1"
}
# port_busy PORT: something listens on TCP PORT (from /proc/net: no ss needed)
port_busy() {
  awk -v p="$(printf '%04X' "$1")" '$4 == "0A" { split($2, a, ":"); if (a[2] == p) f = 1 }
    END { exit !f }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}
# free_port FROM: the first free port from FROM
free_port() {
  p=$1
  while port_busy "$p"; do p=$((p + 1)); done
  echo "$p"
}
# stop_cluster: cancel our jobs, then stop slurmd, slurmctld and munged.  True if all are gone.
stop_cluster() {
  gone=yes
  if alive "$ctld_pid"; then
    scancel --quiet --user=root 2>/dev/null
    i=0
    while [ -n "$(squeue -h -o %i 2>/dev/null)" ] && [ $i -lt 75 ]; do sleep 0.2; i=$((i + 1)); done
  fi
  stop "$slurmd_pid" || gone=
  stop "$ctld_pid" || gone=
  stop "$munged_pid" || gone=
  slurmd_pid='' ctld_pid='' munged_pid=''
  [ -n "$gone" ]
}
cleanup() {
  for p in $extract_pid $vstart; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  [ -z "$virtuoso_dir" ] || sh "$srcdir_abs/tests/virtuoso.sh" stop "$virtuoso_dir" >/dev/null 2>&1
  stop_cluster || echo "# cleanup: a daemon of the test cluster did not stop" >&2
  if [ -n "${SKG_KEEP_TMP:-}" ]; then
    echo "# temporary files kept in $tmp"
  else
    rm -rf "$tmp"
  fi
  [ -z "$notallowed" ] || rm -rf "$notallowed"
}
trap cleanup EXIT
trap 'exit 130' HUP INT PIPE TERM

# Nothing of a Slurm the caller may be inside of: our own slurm.conf only.
for v in $(env | sed -n 's/^\(\(SLURM\|SBATCH\|SQUEUE\|SINFO\|SCANCEL\)_[A-Za-z0-9_]*\)=.*/\1/p'); do
  unset "$v"
done
SLURM_CONF=$C/slurm.conf
export SLURM_CONF

# ---- munged ------------------------------------------------------------------------------
dd if=/dev/urandom of="$C/munge/munge.key" bs=1024 count=1 2>/dev/null
chmod 600 "$C/munge/munge.key"
chmod 755 "$C/munge"
SOCK=$C/munge/munge.sock
munged --foreground --socket="$SOCK" --key-file="$C/munge/munge.key" \
  --pid-file="$C/munge/munged.pid" --log-file="$C/log/munged.log" \
  --seed-file="$C/munge/munged.seed" </dev/null >"$C/log/munged.out" 2>&1 &
munged_pid=$!
i=0
until munge -n -S "$SOCK" 2>/dev/null | unmunge -S "$SOCK" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ $i -gt 50 ] || ! alive "$munged_pid"; then break; fi
  sleep 0.2
done
if alive "$munged_pid" && munge -n -S "$SOCK" | unmunge -S "$SOCK" >/dev/null 2>&1; then
  ok "munged answers on its own socket"
else
  not_ok "munged answers on its own socket"; note "$C/log/munged.out"
  echo "$passed passed, $failed failed"; exit 1
fi

# ---- slurmctld and slurmd ------------------------------------------------------------------
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# NoCtldInAddrAny and NoInAddrAny make the daemons bind to the address this host's name
# resolves to (Slurm 22.05's slurm_setup_addr(): gethostname(), not SlurmctldHost's or the
# node's address), else they bind to every address.  Loopback only where the name resolves
# to it (here, in /etc/hosts); elsewhere (a container's name resolving to its interface)
# binding there would leave nothing on 127.0.0.1, where the commands and slurmd connect.
host_addr=$(getent hosts "$(hostname)" 2>/dev/null | awk '{ print $1; exit }')
case $host_addr in
  127.*) comm_params=NoCtldInAddrAny,NoInAddrAny ;;
  *) comm_params=
     echo "# $(hostname) resolves to '${host_addr:-nothing}', not loopback: the daemons listen on every address" ;;
esac
# write_conf CTLD_PORT SLURMD_PORT
write_conf() {
  cat >"$SLURM_CONF" <<EOF
ClusterName=skgtest
SlurmctldHost=$(hostname -s)(127.0.0.1)
SlurmctldPort=$1
SlurmdPort=$2
${comm_params:+CommunicationParameters=$comm_params}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCK
StateSaveLocation=$C/state
SlurmdSpoolDir=$C/spool
SlurmctldPidFile=$C/slurmctld.pid
SlurmdPidFile=$C/slurmd.pid
SlurmctldLogFile=$C/log/slurmctld.log
SlurmdLogFile=$C/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SchedulerParameters=batch_sched_delay=0
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
}
# Free ports from a base that differs between concurrent runs; if slurmctld still finds
# its port taken (a race), it exits and we try two more pairs.
port=$((20000 + ($$ % 1000) * 10))
tries=0
while :; do
  tries=$((tries + 1))
  ctld_port=$(free_port "$port")
  slurmd_port=$(free_port $((ctld_port + 1)))
  write_conf "$ctld_port" "$slurmd_port"
  slurmctld -D -f "$SLURM_CONF" </dev/null >"$C/log/slurmctld.out" 2>&1 &
  ctld_pid=$!
  i=0
  until scontrol ping 2>/dev/null | grep -q 'is UP'; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! alive "$ctld_pid"; then break; fi
    sleep 0.2
  done
  alive "$ctld_pid" && break
  wait "$ctld_pid" 2>/dev/null
  ctld_pid=
  if [ $tries -ge 3 ] || ! grep -qi 'in use' "$C/log/slurmctld.out"; then break; fi
  port=$((slurmd_port + 1))
done
if alive "$ctld_pid" && scontrol ping 2>/dev/null | grep -q 'is UP'; then
  ok "slurmctld answers on 127.0.0.1:$ctld_port"
else
  not_ok "slurmctld answers on 127.0.0.1:$ctld_port"; note "$C/log/slurmctld.out"
  echo "$passed passed, $failed failed"; exit 1
fi
slurmd -D -f "$SLURM_CONF" -N localhost </dev/null >"$C/log/slurmd.out" 2>&1 &
slurmd_pid=$!
i=0
state=
while [ $i -lt 150 ] && alive "$slurmd_pid"; do
  state=$(sinfo -h -n localhost -o %T 2>/dev/null)
  [ "$state" = idle ] && break
  sleep 0.2; i=$((i + 1))
done
if [ "$state" = idle ]; then
  ok "slurmd up: node localhost idle ($cpus CPUs)"
else
  not_ok "slurmd up: node localhost idle (state '$state')"; note "$C/log/slurmd.out"
  echo "$passed passed, $failed failed"; exit 1
fi

# ---- Virtuoso, started now in the background, used by runs 4 and 5 ------------------------------
if [ -n "${SKG_SLURM_NO_VIRTUOSO:-}" ]; then
  skip "Virtuoso bulk load: SKG_SLURM_NO_VIRTUOSO is set"
elif ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1 ||
     ! command -v curl >/dev/null 2>&1; then
  skip "Virtuoso bulk load: virtuoso-t, isql-vt or curl not found"
else
  virtuoso_dir=$tmp/virtuoso
  # ports from a base of this run's own: tests/virtuoso.sh takes the first free ones from
  # its base, and two servers started at once from the same base can race for them
  VIRTUOSO_PORT_BASE=$((12200 + ($$ % 700) * 4)) VIRTUOSO_NO_GRANT=1 \
    sh "$srcdir_abs/tests/virtuoso.sh" start "$virtuoso_dir" \
    >"$tmp/virtuoso.env" 2>"$tmp/virtuoso.err" &
  vstart=$!
fi

# ---- the corpus and the single run -----------------------------------------------------------
# Everything runs from $tmp on relative paths: summitkg records the path it was given.
cd "$tmp" || exit 99
mkdir corpus
i=0
while [ $i -lt "$COPIES" ]; do
  for f in "$srcdir_abs"/samples/*.txt; do
    b=${f##*/}
    { cat "$f"; printf '\nIllustrative corpus copy %d.\n' "$i"; } >"corpus/${b%.txt}-$i.txt"
  done
  i=$((i + 1))
done
: >corpus/empty.txt
nreports=$(ls corpus | wc -l)
echo "# corpus: $nreports reports"
t0=$(date +%s)
st=0
"$SKG" extract -o nquads corpus/* >single.nq 2>single.err || st=$?
sort -u single.nq >single.sorted
if [ "$st" -eq 2 ] && grep -q 'corpus/empty.txt' single.err; then
  ok "one extract run over the corpus: exit status 2, the empty report named ($(($(date +%s) - t0)) s)"
else
  not_ok "one extract run over the corpus: exit status 2, the empty report named (got $st)"
  note single.err
fi

# run_extract LABEL OUT ARGS...: slurm-extract.sh --wait ARGS into OUT; sets $st, prints the
# time taken (a later --summitkg in ARGS wins).  In the background, waited for: a signal to this script
# runs its traps at once, not when the wait for the jobs is over.
run_extract() {
  label=$1; out=$2; shift 2
  t0=$(date +%s)
  st=0
  bash "$EXTRACT_SH" --summitkg "$SKG" --out "$out" --wait --wait-timeout "$TIMEOUT" "$@" \
    >"$out.stdout" 2>"$out.stderr" &
  extract_pid=$!
  wait "$extract_pid" || st=$?
  extract_pid=''
  echo "# $label: $(($(date +%s) - t0)) s"
}
# check_shards OUT N: N valid, sorted shards, no temporary file, the merge equal to the single run
check_shards() {
  out=$1; nsh=$2
  k=0; missing=
  while [ $k -lt "$nsh" ]; do
    [ -s "$out/shards/shard-$k.nq" ] || missing="$missing $k"
    k=$((k + 1))
  done
  extra=$(count "$out"/shards/shard-*.nq)
  if [ -z "$missing" ] && [ "$extra" -eq "$nsh" ]; then
    ok "$out: shards 0 to $((nsh - 1)), no more"
  else
    not_ok "$out: shards 0 to $((nsh - 1)), no more (missing:${missing:- none}; $extra shards)"
  fi
  if [ -n "$RAPPER" ]; then
    bad=
    for f in "$out"/shards/shard-*.nq; do
      "$RAPPER" -q -i nquads -c "$f" >"$out.rapper" 2>&1 || { bad="$bad ${f##*/}"; note "$out.rapper"; }
    done
    check "$out: every shard is valid N-Quads (rapper)" [ -z "$bad" ]
  fi
  bad=
  for f in "$out"/shards/shard-*.nq; do
    sort -u "$f" | cmp -s - "$f" || bad="$bad ${f##*/}"
  done
  check "$out: every shard sorted, no line twice" [ -z "$bad" ]
  temps=$(find "$out" -name '.*' -type f | head -n 3)
  check "$out: no temporary file left" [ -z "$temps" ]
  if cmp -s single.sorted "$out/merged.nq"; then
    ok "$out: merged.nq equals the single run as a set ($(wc -l <"$out/merged.nq") lines)"
  else
    not_ok "$out: merged.nq equals the single run as a set"
    diff single.sorted "$out/merged.nq" 2>&1 | head -n 5 | note /dev/stdin
  fi
  check "$out: merge.done written" [ -f "$out/merge.done" ]
  if [ "$(grep -l 'corpus/empty.txt: empty report' "$out"/logs/extract-*.out 2>/dev/null | wc -l)" -eq 1 ] &&
     grep -q 'some reports were skipped' "$out"/logs/extract-*.out; then
    ok "$out: one task's log names the empty report and says some were skipped"
  else
    not_ok "$out: one task's log names the empty report and says some were skipped"
  fi
}

# ---- 1. a corpus directory ---------------------------------------------------------------------
run_extract "run 1 ($SHARDS shards)" out1 --shards "$SHARDS" corpus
if [ "$st" -eq 0 ]; then
  ok "run 1: slurm-extract.sh --wait on corpus/: exit status 0"
else
  not_ok "run 1: slurm-extract.sh --wait on corpus/: exit status 0 (got $st)"
  note out1.stderr out1/logs/*
fi
if grep -q ": $nreports reports in $SHARDS shards" out1.stdout 2>/dev/null; then
  ok "run 1: $nreports reports in $SHARDS shards"
else
  not_ok "run 1: $nreports reports in $SHARDS shards"; note out1.stdout
fi
check_shards out1 "$SHARDS"

# ---- 2. --files-from ----------------------------------------------------------------------------
# the same reports in reverse order, with blank lines; sbatch options from the environment
# and --sbatch-opt, --merge-sbatch-opt, --throttle; summitkg's default --max-bytes; and 20
# reports a summitkg run (SKG_BATCH, which the tasks inherit), 4 runs a shard
ls corpus | sed 's|^|corpus/|' | sort -r | awk 'NR % 50 == 0 { print "" } { print }' >list.txt
SKG_SBATCH_OPTS='--time=20 --comment=skgtest' SKG_BATCH=20
export SKG_SBATCH_OPTS SKG_BATCH
run_extract "run 2 (--files-from, 4 shards)" out2 \
  --shards 4 --files-from list.txt --sbatch-opt --nice=5 --merge-sbatch-opt --time=15 \
  --throttle 2 --extract-opts '--max-bytes 16777216'
unset SKG_SBATCH_OPTS SKG_BATCH
check "run 2: slurm-extract.sh --wait --files-from: exit status 0" [ "$st" -eq 0 ]
[ "$st" -eq 0 ] || note out2.stderr out2/logs/*
check_shards out2 4
array_job=$(sed -n 's/^array_job=//p' out2/jobs 2>/dev/null)
merge_job=$(sed -n 's/^merge_job=//p' out2/jobs 2>/dev/null)
got=$(squeue -h -t all -j "$array_job" -o '%l %y %k' 2>/dev/null | sort -u)/$(
  squeue -h -t all -j "$merge_job" -o '%l %y %k' 2>/dev/null)
check "run 2: the jobs got the sbatch options (time, nice, comment: $got)" \
  [ "$got" = "20:00 5 skgtest/15:00 5 skgtest" ]
runs=$(sed -n 's/.*(\([0-9]*\) summitkg runs)$/\1/p' out2/logs/extract-*.out | sort -u | tr '\n' ' ')
check "run 2: SKG_BATCH=20: 4 summitkg runs a task (got $runs)" [ "$runs" = "4 " ]
throttle=$(scontrol show job "$array_job" 2>/dev/null | sed -n 's/.*ArrayTaskThrottle=\([0-9]*\).*/\1/p' | sort -u)
check "run 2: --throttle 2 (ArrayTaskThrottle=$throttle)" [ "$throttle" = 2 ]

# ---- 3. a failing task ------------------------------------------------------------------------
# A summitkg that, given copy 17 of the first sample, writes half its output file and exits 3,
# as a crash would; given other reports, it writes an empty output file (quicker than work).
first=$(ls corpus | head -n 1)
cat >fail-summitkg <<EOF
#!/bin/sh
half='' prev='' o=''
for a; do
  case \$a in */${first%-*}-17.txt) half=yes ;; esac
  [ "\$prev" = -O ] && o=\$a
  prev=\$a
done
if [ -n "\$half" ]; then
  echo '<http://example.org/half' >"\$o"
  exit 3
fi
: >"\$o"
EOF
chmod +x fail-summitkg
run_extract "run 3 (a failing task)" out3 --summitkg fail-summitkg --shards 3 corpus
check "run 3: a task fails: --wait exits 1" [ "$st" -eq 1 ]
merge_job=$(sed -n 's/^merge_job=//p' out3/jobs 2>/dev/null)
mstate=$(squeue -h -t all -j "$merge_job" -o '%T %r' 2>/dev/null)
check "run 3: the merge job is cancelled ($mstate)" [ "$mstate" = "CANCELLED DependencyNeverSatisfied" ]
nshards=$(count out3/shards/shard-*.nq)
failing=$(grep -l 'exited with status 3' out3/logs/extract-*.out 2>/dev/null | wc -l)
check "run 3: one task failed (its log says so), two shards written ($nshards)" \
  [ "$failing.$nshards" = 1.2 ]
check "run 3: no merged.nq, no merge.done" test ! -e out3/merged.nq -a ! -e out3/merge.done
temps=$(find out3 -name '.*' -type f | head -n 3)
check "run 3: no temporary or half file left" [ -z "$temps" ]
st=0
bash "$EXTRACT_SH" --summitkg "$SKG" --out out3 corpus >out3b.stdout 2>out3b.stderr || st=$?
if [ "$st" -eq 1 ] && grep -q 'is not empty' out3b.stderr; then
  ok "run 3: an output directory in use is refused (exit status 1)"
else
  not_ok "run 3: an output directory in use is refused (exit status $st, not 1)"; note out3b.stderr
fi

# ---- 4. and 5. the Virtuoso bulk load --------------------------------------------------------
# A small corpus (the first 10 reports): the load, not the extraction, is under test.
if [ -n "$vstart" ]; then
  st=0
  wait "$vstart" || st=$?
  vstart=''
  [ "$st" -ne 0 ] || . ./virtuoso.env
  # ours, still there, and answering SQL (not another server that took the port)
  if [ "$st" -eq 0 ] && alive "$(cat "$virtuoso_dir/virtuoso.pid" 2>/dev/null)" &&
     sh "$srcdir_abs/tests/virtuoso.sh" isql "$virtuoso_dir" 'SELECT 1;' >virtuoso.isql 2>&1; then
    ok "a private Virtuoso (SQL port $VIRTUOSO_ISQL_PORT)"
    mkdir "$VIRTUOSO_DIR/load"
    printf 'dba\n' >virtuoso.pw
    head -n 10 out1/files.list >list4.txt
    run_extract "run 4 (Virtuoso bulk load)" out4 --shards 2 --files-from list4.txt \
      --virtuoso-isql "127.0.0.1:$VIRTUOSO_ISQL_PORT" --virtuoso-dir "$VIRTUOSO_DIR/load" \
      --virtuoso-password-file virtuoso.pw
    if [ "$st" -eq 0 ] && grep -q 'load: done (LOAD_LIST: ll_state 2, no error)' out4/logs/merge-*.out; then
      ok "run 4: --virtuoso-isql: exit status 0, the merge job's log says the load is done"
    else
      not_ok "run 4: --virtuoso-isql: exit status 0, the merge job's log says the load is done (got $st)"
      note out4.stderr out4/logs/merge-*.out
    fi
    vcount=$(curl -s --max-time 30 "$VIRTUOSO_HTTP/sparql" --data-urlencode format=text/csv \
      --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER(STRSTARTS(STR(?g), "https://w3id.org/summitkg/id/report/")) }' | sed -n 2p)
    want=$(wc -l <out4/merged.nq)
    if [ "$want" -gt 0 ] && [ "$vcount" = "$want" ]; then
      ok "run 4: Virtuoso holds the $want quads of merged.nq"
    else
      not_ok "run 4: Virtuoso holds the $want quads of merged.nq (got '$vcount')"
    fi
    # a directory the server may not read (not in its DirsAllowed; Virtuoso 7.2 allows any
    # directory under /tmp, whence /var/tmp): the load must fail
    notallowed=$(mktemp -d /var/tmp/skg-slurm-na.XXXXXX)
    run_extract "run 5 (a load that fails)" out5 --shards 1 --files-from list4.txt \
      --virtuoso-isql "127.0.0.1:$VIRTUOSO_ISQL_PORT" --virtuoso-dir "$notallowed"
    if [ "$st" -eq 1 ] && [ -f out5/merged.nq ] && [ ! -e out5/merge.done ] &&
       grep -q 'slurm-extract: load: ' out5/logs/merge-*.out; then
      ok "run 5: --virtuoso-dir outside DirsAllowed: the merge job fails, --wait exits 1"
    else
      not_ok "run 5: --virtuoso-dir outside DirsAllowed: the merge job fails, --wait exits 1 (got $st)"
      note out5.stderr out5/logs/merge-*.out
    fi
    grep -h 'slurm-extract: load: ' out5/logs/merge-*.out | sed 's/^/# /'
  else
    not_ok "a private Virtuoso (start: exit status $st)"
    note virtuoso.err virtuoso.isql "$virtuoso_dir/virtuoso.log"
  fi
  sh "$srcdir_abs/tests/virtuoso.sh" stop "$virtuoso_dir" >/dev/null 2>&1
  virtuoso_dir=''
fi

# ---- the cluster stops and leaves nothing -----------------------------------------------------
pids="$munged_pid $ctld_pid $slurmd_pid"
if stop_cluster; then
  ok "the cluster stops: munged, slurmctld and slurmd gone"
else
  not_ok "the cluster stops: munged, slurmctld and slurmd gone"
fi
left=
for p in $pids; do alive "$p" && left="$left $p"; done
busy=
for p in "$ctld_port" "$slurmd_port"; do port_busy "$p" && busy="$busy $p"; done
check "no daemon left (pids $pids), ports $ctld_port and $slurmd_port free" [ -z "$left$busy" ]

# ---- 6. GNU parallel --------------------------------------------------------------------------
if command -v parallel >/dev/null 2>&1; then
  mkdir par
  t0=$(date +%s)
  st=0
  find corpus -type f | sort | parallel --will-cite -j2 -n 50 --halt now,fail=1 \
    "$SKG"' extract -o nquads -O par/part-{#}.nq {} || [ $? -eq 2 ]' >par.out 2>&1 || st=$?
  sort -u par/part-*.nq >par.nq
  if [ "$st" -eq 0 ] && cmp -s single.sorted par.nq; then
    ok "GNU parallel -j2, 50 reports a job: the same set ($(ls par | wc -l) parts, $(($(date +%s) - t0)) s)"
  else
    not_ok "GNU parallel -j2, 50 reports a job: the same set (exit status $st)"; note par.out
  fi
  # docs/cluster.md's --sshlogin recipe for several hosts sharing a filesystem, on 21 reports,
  # through an ssh stand-in that runs the remote command as sshd does: in a shell started in
  # the home directory, with SHELL set to the login shell.  Parallel names the work directory
  # relative to $HOME when it lies under it (and takes /tmp for an unset $HOME), and its remote
  # wrapper runs the job with $SHELL (unset, it runs nothing and still exits 0: CI's
  # environment has no SHELL), so a stand-in that differs from sshd in either loses the parts.
  cat >fake-ssh <<'EOF'
#!/bin/sh
while [ $# -gt 0 ]; do case $1 in -*) shift ;; *) break ;; esac; done
shift
[ "${1-}" = -- ] && shift
cd "${HOME:-/tmp}" || exit 255
SHELL=$(getent passwd "$(id -u)" | cut -d: -f7)
export SHELL="${SHELL:-/bin/sh}"
exec "$SHELL" -c "$*"
EOF
  chmod +x fake-ssh
  find corpus -type f | sort | head -n 21 >list21.txt
  # shellcheck disable=SC2046 # the names have no spaces
  "$SKG" extract -o nquads $(cat list21.txt) 2>/dev/null | sort -u >single21.sorted
  # Twice: with the caller's $HOME and environment, and with a $HOME the work directory lies
  # under (a home-relative work directory, what a shared /home gives on a real cluster) and
  # no SHELL (as in CI).
  for home in "${HOME:-/tmp}" "$(dirname "$tmp")"; do
    rm -rf parssh && mkdir parssh
    st=0
    unset_shell=
    [ "$home" = "${HOME:-/tmp}" ] || unset_shell='-u SHELL'
    # shellcheck disable=SC2086 # $unset_shell is empty or two words
    env $unset_shell HOME="$home" parallel --will-cite --ssh "$tmp/fake-ssh" --sshlogin 2/node1,2/node2 \
      --workdir . -n 5 --halt now,fail=1 \
      "$SKG"' extract -o nquads -O parssh/part-{#}.nq {} || [ $? -eq 2 ]' \
      <list21.txt >parssh.out 2>&1 || st=$?
    cat parssh/part-*.nq 2>/dev/null | sort -u >parssh.nq
    what="GNU parallel --sshlogin 2/node1,2/node2 --workdir . (an ssh stand-in, HOME=$home${unset_shell:+, no SHELL}), 21 reports: the same set"
    if [ "$st" -eq 0 ] && [ -s parssh.nq ] && cmp -s single21.sorted parssh.nq; then
      ok "$what"
    else
      not_ok "$what (exit status $st, $(ls parssh | wc -l) parts)"
      note parssh.out
    fi
  done
else
  skip "GNU parallel not found: no parallel check"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
