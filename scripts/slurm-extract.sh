#!/bin/bash
# slurm-extract.sh - `summitkg extract -o nquads` over a Slurm cluster: an array job, one task
# per shard of the corpus, and a merge job that runs once every task has succeeded.
#
#   slurm-extract.sh [--shards N] [--summitkg PATH] [--out DIR] [--extract-opts 'OPTS']
#                    [--sbatch-opt OPT]... [--merge-sbatch-opt OPT]... [--throttle M]
#                    [--virtuoso-isql HOST:PORT --virtuoso-dir DIR [--virtuoso-user USER]
#                     [--virtuoso-password-file FILE] [--virtuoso-graph IRI] [--isql PROGRAM]]
#                    [--wait [--wait-timeout SECONDS]]
#                    (PATH... | --files-from LIST)
#
# Run it on a login node, from the directory the reports' paths are relative to.  It lists the
# reports (each PATH: a report, or a directory whose files, hidden ones aside, are all
# reports; or LIST: one path a line, "-" for standard input), sorts the list, cuts it into N
# contiguous shards in OUT/shards/list-K, and submits:
#
#   1. an array job (0..N-1; job name skg-extract): task K runs `summitkg extract -o nquads
#      -O ...` on the reports of list-K, in batches of SKG_BATCH (default 1000) reports per
#      run, and writes OUT/shards/shard-K.nq sorted and without duplicate lines (LC_ALL=C
#      sort -u), through a temporary file renamed into place: a shard is whole or absent.
#      summitkg's exit status 2 (some reports skipped, each named in the task's log) is
#      logged and is not a failure; any other non-zero status fails the task.
#   2. a merge job (skg-merge), --dependency=afterok on the whole array and
#      --kill-on-invalid-dep=yes: if any task fails, Slurm cancels it.  It merges the sorted
#      shards by union (LC_ALL=C sort -m -u; the same set as `sort -u` of them all) into a
#      temporary file renamed to OUT/merged.nq.  With --virtuoso-isql it then hard-links (or
#      copies) merged.nq into --virtuoso-dir under a name of its own and bulk-loads it with
#      ld_dir + rdf_loader_run + checkpoint through isql (isql-vt), and fails unless that
#      file's row of DB.DBA.LOAD_LIST says ll_state 2 and no ll_error (isql exits 0 even
#      when a statement fails).  Last, it writes OUT/merge.done.
#
# Every path must be the same on the login node and the compute nodes (a shared
# filesystem): OUT, the reports, summitkg, and for Virtuoso --virtuoso-dir, which the server
# must read under the same path and list in its DirsAllowed.  Jobs run in the directory
# the script was run from (--chdir), and summitkg records each report's path as given
# (skg:inputFile), so the merge is, as a set, what `summitkg extract -o nquads` of the same
# paths from the same directory writes.  Paths must not contain newlines.
#
# Options:
#   --shards N              array tasks (default 10; never more than there are reports)
#   --summitkg PATH         the summitkg program (default: summitkg on PATH, made absolute)
#   --out DIR               output directory, created; must not exist or be empty
#                           (default summitkg-slurm)
#   --extract-opts 'OPTS'   more options for summitkg extract, split at blanks
#                           (e.g. '--base https://example.org/id/ --min-confidence 0.5')
#   --sbatch-opt OPT        an sbatch option for every job (repeatable), e.g.
#                           --sbatch-opt --partition=short --sbatch-opt --time=0:30:00;
#                           SKG_SBATCH_OPTS (split at blanks) adds more
#   --merge-sbatch-opt OPT  an sbatch option for the merge job only (e.g. --mem=8G)
#   --throttle M            at most M array tasks at once (--array=0-N%M)
#   --virtuoso-isql H:P     bulk-load the merge into the Virtuoso whose SQL port is H:P
#   --virtuoso-dir DIR      where the merge is put for the server to read (required with
#                           --virtuoso-isql)
#   --virtuoso-user USER    default dba; the password comes from --virtuoso-password-file
#                           (read by the merge job), else $VIRTUOSO_PASSWORD in the
#                           environment the job inherits, else "dba"
#   --virtuoso-graph IRI    the graph ld_dir gives triples without one (summitkg's N-Quads
#                           always name theirs; default https://w3id.org/summitkg/id/graph/default)
#   --isql PROGRAM          Virtuoso's isql (default isql-vt, Debian's name)
#   --wait                  wait until the merge job has ended; exit 0 only if it succeeded
#   --wait-timeout S        give up waiting after S seconds (exit 1; the jobs stay queued)
#
# Writes OUT/jobs (array_job=ID, merge_job=ID), OUT/files.list, OUT/job.conf (the settings
# the jobs read), OUT/logs/extract-ARRAYID_K.out and merge-ID.out.  Exit status: 0 submitted
# (with --wait: the merge succeeded), 1 failure, 2 usage.
# shellcheck disable=SC2153 # the UPPER-case settings of a job come from OUT/job.conf
set -euo pipefail

prog=slurm-extract
say() { printf '%s: %s\n' "$prog" "$*"; }
die() { printf '%s: %s\n' "$prog" "$*" >&2; exit 1; }
usage() {
  printf '%s: %s\n' "$prog" "$1" >&2
  sed -n '4,10s/^#//p' "$0" >&2
  exit 2
}
# sql_str TEXT: TEXT as an SQL string literal
sql_str() { printf "'%s'" "${1//\'/\'\'}"; }

# ---- in a job: one array task -------------------------------------------------------------
run_task() {
  # shellcheck source=/dev/null
  . "$1/job.conf"
  k=${SLURM_ARRAY_TASK_ID:?not an array task}
  list=$OUT/shards/list-$k
  shard=$OUT/shards/shard-$k.nq
  batch=${SKG_BATCH:-1000}
  [ -r "$list" ] || die "task $k: cannot read $list"
  mapfile -t files <"$list"
  say "task $k on $(hostname): ${#files[@]} reports from $list"
  parts=()
  skipped=
  i=0
  while [ "$i" -lt "${#files[@]}" ]; do
    part=$OUT/shards/.shard-$k.part-${#parts[@]}.nq
    st=0
    # shellcheck disable=SC2086 # EXTRACT_OPTS is split at blanks on purpose
    "$SUMMITKG" extract -o nquads $EXTRACT_OPTS -O "$part" -- "${files[@]:i:batch}" || st=$?
    case $st in
      0) ;;
      2) skipped=yes ;;
      *) rm -f -- "${parts[@]}" "$part"
         die "task $k: summitkg exited with status $st on reports $((i + 1))-$((i + batch)) of $list" ;;
    esac
    parts+=("$part")
    i=$((i + batch))
  done
  tmp=$OUT/shards/.shard-$k.nq.tmp
  # The shard sorted and without duplicates: the merge can then be a single streaming pass.
  if ! LC_ALL=C sort -u -o "$tmp" -- "${parts[@]}"; then
    rm -f -- "$tmp" "${parts[@]}"
    die "task $k: sort failed"
  fi
  n_runs=${#parts[@]}
  rm -f -- "${parts[@]}"
  mv -f -- "$tmp" "$shard"
  [ -z "$skipped" ] || say "task $k: some reports were skipped (named above); the others are in $shard"
  say "task $k: $(wc -l <"$shard") lines in $shard ($n_runs summitkg runs)"
}

# ---- in a job: the merge and the optional bulk load ---------------------------------------
run_merge() {
  # shellcheck source=/dev/null
  . "$1/job.conf"
  shards=()
  for ((k = 0; k < NSHARDS; k++)); do
    f=$OUT/shards/shard-$k.nq
    [ -f "$f" ] || die "merge: $f is missing"
    shards+=("$f")
  done
  tmp=$OUT/.merged.nq.tmp
  if ! LC_ALL=C sort -m -u -o "$tmp" -- "${shards[@]}"; then
    rm -f -- "$tmp"
    die "merge: sort failed"
  fi
  mv -f -- "$tmp" "$OUT/merged.nq"
  say "merged $NSHARDS shards: $(wc -l <"$OUT/merged.nq") lines in $OUT/merged.nq"
  [ -z "$VIRTUOSO_ISQL" ] || load_virtuoso
  : >"$OUT/merge.done"
}

load_virtuoso() {
  if [ -n "$VIRTUOSO_PASSWORD_FILE" ]; then
    IFS= read -r pass <"$VIRTUOSO_PASSWORD_FILE" || [ -n "${pass-}" ] ||
      die "load: cannot read $VIRTUOSO_PASSWORD_FILE"
  else
    pass=${VIRTUOSO_PASSWORD:-dba}
  fi
  name=summitkg-$(date -u +%Y%m%dT%H%M%SZ)-${SLURM_JOB_ID:-$$}.nq
  # a name of its own: ld_dir appends to LOAD_LIST and would not load a listed file again
  if ! ln -- "$OUT/merged.nq" "$VIRTUOSO_DIR/$name" 2>/dev/null; then
    if ! cp -- "$OUT/merged.nq" "$VIRTUOSO_DIR/.$name.tmp" ||
       ! mv -f -- "$VIRTUOSO_DIR/.$name.tmp" "$VIRTUOSO_DIR/$name"; then
      rm -f -- "$VIRTUOSO_DIR/.$name.tmp"
      die "load: cannot put the merge into $VIRTUOSO_DIR"
    fi
  fi
  chmod a+r -- "$VIRTUOSO_DIR/$name" || true
  sql="ld_dir($(sql_str "$VIRTUOSO_DIR"), $(sql_str "$name"), $(sql_str "$VIRTUOSO_GRAPH"));
rdf_loader_run();
checkpoint;
SELECT 'SKGLOAD', ll_state, coalesce(ll_error, 'none') FROM DB.DBA.LOAD_LIST
  WHERE ll_file = $(sql_str "$VIRTUOSO_DIR/$name");"
  say "load: bulk-loading $VIRTUOSO_DIR/$name into Virtuoso at $VIRTUOSO_ISQL"
  st=0
  out=$("$ISQL" "$VIRTUOSO_ISQL" "$VIRTUOSO_USER" "$pass" "exec=$sql" </dev/null 2>&1) || st=$?
  printf '%s\n' "$out"
  [ "$st" -eq 0 ] || die "load: $ISQL exited with status $st"
  case $out in *'*** Error'*) die "load: a statement failed (above)" ;; esac
  row=$(printf '%s\n' "$out" | sed -n 's/^SKGLOAD[[:space:]]\{1,\}//p')
  case $row in
    "2 "*none) say "load: done (LOAD_LIST: ll_state 2, no error)" ;;
    "") die "load: $VIRTUOSO_DIR/$name is not in LOAD_LIST (is $VIRTUOSO_DIR in the server's DirsAllowed?)" ;;
    *) die "load: LOAD_LIST says: $row" ;;
  esac
}

# ---- on the login node: list, split, submit -----------------------------------------------
# job_state ID: the job's state as Slurm gives it, or nothing once Slurm has forgotten it
job_state() { squeue -h -t all -j "$1" -o %T 2>/dev/null | head -n 1 || true; }

wait_for_merge() {
  waited=0
  while :; do
    state=$(job_state "$merge_job")
    case $state in
      PENDING|CONFIGURING|RUNNING|COMPLETING|SUSPENDED|REQUEUED|RESIZING|SIGNALING|STAGE_OUT|"REQUEUE_"*) ;;
      *) break ;;
    esac
    if [ "$wait_timeout" -gt 0 ] && [ "$waited" -ge "$wait_timeout" ]; then
      die "merge job $merge_job still $state after ${wait_timeout}s"
    fi
    # every second for half a minute (a small run, a test), then every 10 s: each look is
    # a request to slurmctld, which a busy cluster shares with everyone
    step=1
    [ "$waited" -lt 30 ] || step=10
    sleep "$step"
    waited=$((waited + step))
  done
  if [ -f "$out/merge.done" ]; then
    say "merge job $merge_job done: $out/merged.nq"
    return 0
  fi
  die "merge job $merge_job ended ${state:-(no longer known to Slurm)} without success; see $out/logs/"
}

main() {
  nshards=10
  summitkg=
  out='summitkg-slurm'
  extract_opts=
  files_from=
  sbatch_opts=()
  merge_opts=()
  throttle=
  v_isql='' v_dir='' v_user='dba' v_pwfile=''
  v_graph='https://w3id.org/summitkg/id/graph/default'
  isql='isql-vt'
  wait=
  wait_timeout=0
  paths=()
  while [ $# -gt 0 ]; do
    case $1 in
      --task) [ $# -eq 2 ] || usage "--task OUT"; run_task "$2"; return ;;
      --merge) [ $# -eq 2 ] || usage "--merge OUT"; run_merge "$2"; return ;;
      -h|--help) sed -n '2,${/^#/!q;/^# shellcheck/d;s/^# \{0,1\}//;p}' "$0"; return 0 ;;
      --wait) wait=yes; shift; continue ;;
      --) shift; paths+=("$@"); break ;;
      --shards|--summitkg|--out|--extract-opts|--files-from|--sbatch-opt|--merge-sbatch-opt|\
      --throttle|--virtuoso-isql|--virtuoso-dir|--virtuoso-user|--virtuoso-password-file|\
      --virtuoso-graph|--isql|--wait-timeout)
        [ $# -ge 2 ] || usage "$1 needs a value" ;;
      -*) usage "unknown option $1" ;;
      *) paths+=("$1"); shift; continue ;;
    esac
    case $1 in
      --shards) nshards=$2 ;;
      --summitkg) summitkg=$2 ;;
      --out) out=$2 ;;
      --extract-opts) extract_opts=$2 ;;
      --files-from) files_from=$2 ;;
      --sbatch-opt) sbatch_opts+=("$2") ;;
      --merge-sbatch-opt) merge_opts+=("$2") ;;
      --throttle) throttle=$2 ;;
      --virtuoso-isql) v_isql=$2 ;;
      --virtuoso-dir) v_dir=$2 ;;
      --virtuoso-user) v_user=$2 ;;
      --virtuoso-password-file) v_pwfile=$2 ;;
      --virtuoso-graph) v_graph=$2 ;;
      --isql) isql=$2 ;;
      --wait-timeout) wait_timeout=$2 ;;
    esac
    shift 2
  done
  case $nshards in ''|*[!0-9]*|0) usage "--shards needs a positive number, not '$nshards'" ;; esac
  case $throttle in *[!0-9]*|0) usage "--throttle needs a positive number, not '$throttle'" ;; esac
  case $wait_timeout in ''|*[!0-9]*) usage "--wait-timeout needs a number of seconds" ;; esac
  if [ -n "$files_from" ] && [ ${#paths[@]} -gt 0 ]; then usage "give PATHs or --files-from, not both"; fi
  if [ -z "$files_from" ] && [ ${#paths[@]} -eq 0 ]; then usage "no reports: give PATHs or --files-from LIST"; fi
  if [ -n "$v_isql" ] && [ -z "$v_dir" ]; then usage "--virtuoso-isql needs --virtuoso-dir"; fi
  if [ -n "$v_dir" ] && [ -z "$v_isql" ]; then usage "--virtuoso-dir needs --virtuoso-isql"; fi
  command -v sbatch >/dev/null 2>&1 || die "sbatch not found: is this a Slurm login node?"

  if [ -z "$summitkg" ]; then
    summitkg=$(command -v summitkg) || die "summitkg not on PATH: give --summitkg PATH"
  fi
  if [ ! -f "$summitkg" ] || [ ! -x "$summitkg" ]; then die "$summitkg is not an executable file"; fi
  summitkg=$(cd "$(dirname -- "$summitkg")" && pwd -P)/$(basename -- "$summitkg")
  if [ -n "$v_dir" ]; then
    [ -d "$v_dir" ] || die "--virtuoso-dir $v_dir is not a directory"
    v_dir=$(cd "$v_dir" && pwd -P)
  fi
  if [ -n "$v_pwfile" ]; then
    [ -r "$v_pwfile" ] || die "cannot read $v_pwfile"
    v_pwfile=$(cd "$(dirname -- "$v_pwfile")" && pwd -P)/$(basename -- "$v_pwfile")
  fi
  if [ -n "$v_isql" ]; then
    command -v "$isql" >/dev/null 2>&1 || die "$isql not found (Debian: apt-get install virtuoso-opensource-7-bin)"
  fi

  if [ -e "$out" ] && [ -n "$(ls -A -- "$out")" ]; then
    die "$out is not empty: give another --out, or remove it"
  fi
  mkdir -p -- "$out/shards" "$out/logs" || die "cannot create $out"
  out=$(cd "$out" && pwd -P)

  # the list: as given, blank lines dropped, sorted bytewise
  list=$out/files.list
  if [ -n "$files_from" ]; then
    if [ "$files_from" = - ]; then cat; else cat -- "$files_from"; fi >"$list.raw" ||
      die "cannot read $files_from"
  else
    for p in "${paths[@]}"; do
      [ -e "$p" ] || die "$p: no such file or directory"
    done
    for p in "${paths[@]}"; do
      if [ -d "$p" ]; then find "$p" -type f ! -name '.*'; else printf '%s\n' "$p"; fi
    done >"$list.raw" || die "cannot list the reports"
  fi
  sed '/^$/d' "$list.raw" | LC_ALL=C sort >"$list" || die "cannot sort the list"
  rm -f -- "$list.raw"
  total=$(wc -l <"$list")
  [ "$total" -gt 0 ] || die "no reports to extract"
  [ "$nshards" -le "$total" ] || nshards=$total

  # contiguous shards: report r (0-based) goes to shard floor(r * N / total)
  SHARDS_DIR=$out/shards awk -v n="$nshards" -v total="$total" '
    { k = int((NR - 1) * n / total); f = ENVIRON["SHARDS_DIR"] "/list-" k
      if (f != cur) { if (cur != "") close(cur); cur = f }
      print > f }' "$list" || die "cannot write the shard lists"

  {
    printf 'OUT=%q\n' "$out"
    printf 'NSHARDS=%q\n' "$nshards"
    printf 'SUMMITKG=%q\n' "$summitkg"
    printf 'EXTRACT_OPTS=%q\n' "$extract_opts"
    printf 'VIRTUOSO_ISQL=%q\n' "$v_isql"
    printf 'VIRTUOSO_DIR=%q\n' "$v_dir"
    printf 'VIRTUOSO_USER=%q\n' "$v_user"
    printf 'VIRTUOSO_PASSWORD_FILE=%q\n' "$v_pwfile"
    printf 'VIRTUOSO_GRAPH=%q\n' "$v_graph"
    printf 'ISQL=%q\n' "$isql"
  } >"$out/job.conf"

  read -r -a env_opts <<<"${SKG_SBATCH_OPTS:-}"
  common=(--parsable --chdir="$PWD" "${env_opts[@]}" "${sbatch_opts[@]}")
  array=0-$((nshards - 1))${throttle:+%$throttle}
  self=${BASH_SOURCE[0]}
  array_job=$(sbatch "${common[@]}" --job-name=skg-extract --array="$array" \
    --output="$out/logs/extract-%A_%a.out" "$self" --task "$out") ||
    die "sbatch of the array job failed"
  array_job=${array_job%%;*}
  merge_job=$(sbatch "${common[@]}" "${merge_opts[@]}" --job-name=skg-merge \
    --dependency=afterok:"$array_job" --kill-on-invalid-dep=yes \
    --output="$out/logs/merge-%j.out" "$self" --merge "$out") || {
    scancel "$array_job" 2>/dev/null || true
    die "sbatch of the merge job failed (array job $array_job cancelled)"
  }
  merge_job=${merge_job%%;*}
  printf 'array_job=%s\nmerge_job=%s\n' "$array_job" "$merge_job" >"$out/jobs"
  say "$total reports in $nshards shards; output in $out"
  say "submitted array job $array_job (tasks $array) and merge job $merge_job"
  [ -z "$wait" ] || wait_for_merge
}

main "$@"
