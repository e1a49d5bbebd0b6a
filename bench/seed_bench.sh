#!/usr/bin/env bash
# Usage: [BENCH_ROWS=N] [SAKILA_DIR=DIR] bench/seed_bench.sh     (needs build/bin/replica-wizard-cli)
#
# Seeding benchmark (issue 11): ONE fresh sandbox, ONE generated data set (the sandbox's schemas,
# Sakila when present, and benchdata.big of BENCH_ROWS rows, default 1500000: about 400 MB), ONE
# run. The same schemas are copied from the stopped staging replica to the target by
#   a) the seed document's pipeline: mariadb-dump | gzip > file; gunzip < file | mariadb  (1x)
#   b) streamed mariadb-dump | mariadb
#   c) mydumper/myloader with $(nproc) threads
#   d) the tool's copy step alone (build/bin/bench_seed_copy, when built)
#   e) the tool's whole setup (replica-wizard-cli setup --yes), with its peak RSS
# and the target's raw LOAD DATA rate for big's rows is measured as the ceiling. The target is
# reset before every method, and every copy is checked. No password is ever on a command line or
# in the environment: the tools read private defaults files (mode 0600).
set -euo pipefail
if [ $# -gt 0 ]; then sed -n '2p' "$0" | sed 's/^# //'; exit 2; fi
cd "$(dirname "$0")/.."
root="$PWD"
cli="$root/build/bin/replica-wizard-cli"
seed_copy="$root/build/bin/bench_seed_copy"
rows="${BENCH_ROWS:-1500000}"
sakila="${SAKILA_DIR:-$root/../shared/datasets/sakila}"
threads=$(nproc)
case "$rows" in ''|*[!0-9]*) echo "BENCH_ROWS must be a number" >&2; exit 2;; esac
[ -x "$cli" ] || { echo "missing $cli (build first: scripts/build.sh)" >&2; exit 2; }
work="$(mktemp -d)"
trap '"$cli" sandbox stop --dir "$work/sb" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }

install_pkg() { # package -> installed with apt-get (as root, or through sudo)
  if [ "$(id -u)" = 0 ]; then apt-get install -y "$1" >/dev/null 2>&1
  elif command -v sudo >/dev/null; then sudo apt-get install -y "$1" >/dev/null 2>&1
  else return 1; fi
}

client_cnf() { # role -> private defaults file for the mariadb tools, mydumper and myloader
  local role=$1 port user password
  port=$(sed -n "/^\[$role\]/,/^\[/p" "$work/sb/profile.ini" | sed -n 's/^port=//p')
  user=$(sed -n "/^\[$role\]/,/^\[/p" "$work/sb/profile.ini" | sed -n 's/^user=//p')
  password=$(sed -n "/^\[$role\]/,/^\[/p" "$work/sb/secrets.cnf" | sed -n 's/^password=//p')
  umask 077
  printf '[client]\nuser=%s\nhost=127.0.0.1\nport=%s\nprotocol=tcp\npassword=%s\n' "$user" "$port" "$password" > "$work/$role.cnf"
}
sql() { local role=$1; shift; mariadb --defaults-extra-file="$work/$role.cnf" "$@"; }

# ---------------------------------------------------------------- the sandbox and the data set
echo "starting the sandbox..."
"$cli" sandbox start --dir "$work/sb" >/dev/null 2>&1
for role in source staging target; do client_cnf $role; done
# The applications' writes off, as for a fair timing. Binlogs kept 24 h (the sandbox purges after
# 60 s otherwise) so that the staging replica can resume before the tool's setup, minutes later.
"$cli" sandbox load --dir "$work/sb" off >/dev/null
sql source -e "CALL mysql.rds_set_configuration('binlog retention hours', 24)"
if [ -f "$sakila/sakila-schema.sql" ]; then
  echo "loading Sakila from $sakila..."
  sql source < "$sakila/sakila-schema.sql"
  sql source < "$sakila/sakila-data.sql"
fi
echo "generating benchdata.big ($rows rows) on the source..."
# Deterministic INSERT ... SELECT from the Sequence engine: binlogged as one statement (MIXED),
# so the staging replica generates the same rows itself. Every column NOT NULL (see the ceiling).
sql source -e "CREATE DATABASE benchdata"
sql source benchdata > /dev/null <<EOF
CREATE TABLE big (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku VARCHAR(40) NOT NULL,
  qty INT NOT NULL,
  created DATETIME NOT NULL,
  price DECIMAL(12,2) NOT NULL,
  note VARCHAR(100) NOT NULL,
  payload TEXT NOT NULL,
  KEY ix_sku (sku),
  KEY ix_created (created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO big (id, sku, qty, created, price, note, payload)
SELECT seq, CONCAT('SKU-', LPAD(seq * 7919 % 1000003, 7, '0')), seq % 1000,
  '2020-01-01 00:00:00' + INTERVAL (seq * 37 % 126144000) SECOND, (seq % 100000) / 100,
  CONCAT('note ', seq % 977, IF(seq % 1000 = 0, ' tab\there nl\nthere bs\\\\ ü€', '')),
  REPEAT(MD5(seq), 2 + seq % 3)
FROM seq_1_to_${rows} ORDER BY seq;
ANALYZE TABLE big;
EOF

wait_staging() { # until the staging replica has executed everything the source has binlogged now
  local file pos status sfile spos deadline=$(( $(date +%s) + 3600 ))
  read -r file pos _ < <(sql source -N -e "SHOW MASTER STATUS")
  while :; do
    status=$(sql staging -e "CALL mysql.rds_replica_status\G")
    sfile=$(sed -n 's/^ *Relay_Master_Log_File: //p' <<< "$status")
    spos=$(sed -n 's/^ *Exec_Master_Log_Pos: //p' <<< "$status")
    if [[ "$sfile" > "$file" ]] || { [ "$sfile" = "$file" ] && [ "$spos" -ge "$pos" ]; }; then return 0; fi
    if grep -q 'Slave_SQL_Running: No' <<< "$status" || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "the staging replica does not catch up:" >&2; grep -E 'Running|Error' <<< "$status" >&2; exit 1
    fi
    sleep 1
  done
}
echo "waiting for the staging replica..."
wait_staging
sql staging -e "CALL mysql.rds_stop_replication" >/dev/null

# The copied schemas: all user schemas but scratch, as a setup of the sandbox chooses them.
list=$(sql staging -N -e "SELECT GROUP_CONCAT(SCHEMA_NAME ORDER BY SCHEMA_NAME SEPARATOR ' ') FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN ('mysql','sys','performance_schema','information_schema','scratch')")
q="','"; in_list="'${list// /$q}'"
size_mb=$(sql staging -N -e "SELECT ROUND(SUM(DATA_LENGTH+INDEX_LENGTH)/1048576) FROM information_schema.TABLES WHERE TABLE_SCHEMA IN ($in_list)")
big_rows=$(sql staging -N -e "SELECT COUNT(*) FROM benchdata.big")
objects_sql="SELECT CONCAT_WS(' ',
  (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA IN ($in_list)),
  (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN ($in_list)),
  (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN ($in_list)),
  (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ($in_list)))"
objects=$(sql staging -N -e "$objects_sql")
views=$(sql staging -N -e "SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN ($in_list)")
echo "data: $list"
echo "data size: $size_mb MB (DATA_LENGTH+INDEX_LENGTH), benchdata.big: $big_rows rows; tables+views routines triggers events: $objects"

reset_target() { # admin|noadmin: drop the copied schemas; the RDS master user present or not
  local drops="" s
  for s in $list bench_ceiling; do drops="$drops DROP DATABASE IF EXISTS \`$s\`;"; done
  sql target -e "$drops"
  if [ "$1" = admin ]; then
    # The dump-based copies need the RDS master user, which defines the views and routines, on
    # the target (error 1356 otherwise); a DBA doing it by hand creates it first.
    sql target -e "CREATE USER IF NOT EXISTS 'admin'@'%' ACCOUNT LOCK; GRANT ALL ON *.* TO 'admin'@'%'"
  else
    sql target -e "DROP USER IF EXISTS 'admin'@'%'" # as in production: the tool handles definers
  fi
}

declare -A secs verdict
verify() { # method: benchdata.big's row count and the objects' counts, target against staging
  local n o
  n=$(sql target -N -e "SELECT COUNT(*) FROM benchdata.big" 2>/dev/null || echo none)
  o=$(sql target -N -e "$objects_sql")
  local want=$objects
  # The copy step alone moves tables; views, routines, triggers and events are the next step's.
  if [ "${2:-}" = tables ]; then o=${o%% *}; want=${objects%% *}; want=$((want - views)); fi
  if [ "$n" = "$big_rows" ] && [ "$o" = "$want" ]; then verdict[$1]=ok
  else verdict[$1]=FAIL; echo "  FAIL: big has $n rows (want $big_rows), objects $o (want $want)"; fi
}
report() { printf '%s: %.2f s (%s)\n' "$1" "${secs[$1]}" "${verdict[$1]}"; }
dump_opts=(--single-transaction --routines --triggers --events --hex-blob)

# a) The seed document's pipeline: a compressed dump file, then restored: the 1x baseline.
reset_target admin
start=$(now)
# shellcheck disable=SC2086
mariadb-dump --defaults-extra-file="$work/staging.cnf" "${dump_opts[@]}" --databases $list | gzip > "$work/dump.sql.gz"
gunzip < "$work/dump.sql.gz" | sql target
secs[gzip]=$(since "$start"); rm -f "$work/dump.sql.gz"
verify gzip; report gzip

# b) The same dump streamed straight into the target: no compression, no file.
reset_target admin
start=$(now)
# shellcheck disable=SC2086
mariadb-dump --defaults-extra-file="$work/staging.cnf" "${dump_opts[@]}" --databases $list | sql target
secs[stream]=$(since "$start")
verify stream; report stream

# c) mydumper/myloader: parallel dump into files (big split in chunks of 100000 rows, so that the
#    threads share it), then a parallel load. Debian 12's 0.10.1 reads --defaults-file ([client]).
#    --no-locks: the master user lacks RELOAD for FLUSH TABLES WITH READ LOCK, and nothing writes
#    (the staging replica is stopped). -B takes one schema in 0.10.1, so --regex selects them.
if ! command -v mydumper >/dev/null; then
  echo "note: mydumper is missing; installing the Debian package mydumper..."
  install_pkg mydumper || true
fi
if command -v mydumper >/dev/null && command -v myloader >/dev/null; then
  regex="^($(echo "$list" | sed 's/[][\\.*^$+?(){}|]/\\&/g; s/ /|/g'))\\."
  reset_target admin
  rm -rf "$work/mydumper"
  start=$(now)
  mydumper --defaults-file="$work/staging.cnf" --threads "$threads" --regex "$regex" --rows 100000 \
    --routines --triggers --events --no-locks --outputdir "$work/mydumper" > "$work/mydumper.log" 2>&1 || true
  myloader --defaults-file="$work/target.cnf" --threads "$threads" --overwrite-tables \
    --directory "$work/mydumper" > "$work/myloader.log" 2>&1 || true
  secs[mydumper]=$(since "$start"); rm -rf "$work/mydumper"
  verify mydumper; report mydumper
  # 0.10.1's own errors (it does not quote a column named with a backtick, nor load a trigger
  # created under ANSI_QUOTES) are shown, not hidden: those objects are then missing.
  grep -h 'CRITICAL' "$work/mydumper.log" "$work/myloader.log" | sed 's/^.*CRITICAL \*\*: [0-9:.]* /  mydumper error: /' | cut -c1-150 || true
else
  echo "mydumper: skipped (the package mydumper could not be installed)"
fi

# d) The tool's copy step alone: bench_seed_copy copies the profile's schemas from staging to the
#    target with the tool's seeder (and prints "copy: <s> s, peak rss <MB> MB"); wall clock here.
tool_copy() {
  if [ ! -x "$seed_copy" ]; then echo "tool copy: skipped (bench_seed_copy not built)"; return; fi
  sed -i "s/^databases=.*/databases=\"$(echo "$list" | tr ' ' ',')\"/" "$work/sb/profile.ini"
  reset_target noadmin
  start=$(now)
  "$seed_copy" --profile "$work/sb/profile.ini" --secrets "$work/sb/secrets.cnf" > "$work/copy.log" 2>&1 \
    || { echo "  FAIL: bench_seed_copy exited with an error:"; tail -5 "$work/copy.log"; }
  secs[copy]=$(since "$start")
  verify copy tables; report copy
  grep -h '^copy:' "$work/copy.log" | sed 's/^/  bench_seed_copy: /' || true
}
tool_copy

# The ceiling: the target's raw LOAD DATA of big's rows into an empty copy of the table, with the
# checks off. mariadb -B escapes tab, newline, backslash and NUL as LOAD DATA expects; big has no
# NULLs (every column NOT NULL). Exported from the staging replica over the client protocol.
reset_target admin
sql staging --quick -B -N --default-character-set=utf8mb4 -e "SELECT * FROM benchdata.big" > "$work/big.tsv"
sql target -e "CREATE DATABASE bench_ceiling"
mariadb-dump --defaults-extra-file="$work/staging.cnf" --no-data --skip-triggers benchdata big | sql target bench_ceiling
start=$(now)
sql target --local-infile=1 bench_ceiling -e "SET unique_checks=0, foreign_key_checks=0, sql_log_bin=0;
  LOAD DATA LOCAL INFILE '$work/big.tsv' INTO TABLE big CHARACTER SET utf8mb4"
ceiling=$(since "$start"); rm -f "$work/big.tsv"
want=$(sql staging -N -e "CHECKSUM TABLE benchdata.big" | cut -f2)
got=$(sql target -N -e "CHECKSUM TABLE bench_ceiling.big" | cut -f2)
[ "$want" = "$got" ] && ceiling_ok=ok || ceiling_ok="FAIL: checksum $got, want $want"
printf 'ceiling: LOAD DATA of big: %.2f s (%s)\n' "$ceiling" "$ceiling_ok"

# e) The tool's whole setup (retention, account, seed, verification, replication). It stops the
#    staging replica itself, so it starts from a running one; peak RSS by /usr/bin/time.
[ -x /usr/bin/time ] || { echo "note: /usr/bin/time is missing; installing the Debian package time..."; install_pkg time || true; }
sed -i "s/^databases=.*/databases=\"$(echo "$list" | tr ' ' ',')\"/" "$work/sb/profile.ini"
reset_target noadmin
sql staging -e "CALL mysql.rds_start_replication" >/dev/null
setup_cmd=("$cli" setup --profile "$work/sb/profile.ini" --secrets "$work/sb/secrets.cnf" --yes)
start=$(now)
rc=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%M' -o "$work/setup.rss" "${setup_cmd[@]}" > "$work/setup.out" 2> "$work/setup.log" || rc=$?
  rss_kb=$(tail -1 "$work/setup.rss")
else # sample the high-water mark of its resident set until it exits
  "${setup_cmd[@]}" > "$work/setup.out" 2> "$work/setup.log" & pid=$!
  rss_kb=0
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$hwm" ] && rss_kb=$hwm
    sleep 0.1
  done
  wait "$pid" || rc=$?
fi
secs[setup]=$(since "$start")
[ "$rc" = 0 ] || { echo "  FAIL: setup exited with $rc:"; tail -5 "$work/setup.log"; }
verify setup
[ "$rc" = 0 ] || verdict[setup]=FAIL
report setup
# Its own step times, as the CLI reports them: the seed (tables, rows) and the objects' creation.
step_time() { sed -n "/$1/,/done in/p" "$work/setup.log" | sed -n 's/.*done in \([0-9.]*\) s.*/\1/p'; }
echo "  setup's steps: copy the data $(step_time 'Copy the data') s, views/routines/triggers/events $(step_time 'Create views, routines') s, verify the copy $(step_time 'Verify the copy') s"
rss_mb=$(echo "scale=1; $rss_kb / 1024" | bc)

# ---------------------------------------------------------------- the table
echo
echo "data: $size_mb MB in $list; benchdata.big $big_rows rows"
printf '%-34s %9s %12s  %s\n' method seconds "gzip/method" check
for m in gzip stream mydumper copy setup; do
  case $m in
    gzip) name="a) mariadb-dump|gzip file|mariadb";; stream) name="b) mariadb-dump | mariadb";;
    mydumper) name="c) mydumper/myloader (-t $threads)";; copy) name="d) tool copy step";;
    setup) name="e) tool whole setup";;
  esac
  if [ -n "${secs[$m]:-}" ]; then
    printf '%-34s %9.2f %11.2fx  %s\n' "$name" "${secs[$m]}" "$(echo "${secs[gzip]} / ${secs[$m]}" | bc -l)" "${verdict[$m]}"
  else printf '%-34s %9s %12s\n' "$name" skipped -; fi
done
printf '%-34s %9.2f %11.2fx  %s\n' "ceiling: LOAD DATA of big" "$ceiling" "$(echo "${secs[gzip]} / $ceiling" | bc -l)" "$ceiling_ok"
if [ -n "${secs[mydumper]:-}" ]; then
  printf 'tool whole setup vs mydumper: mydumper/setup = %.2fx (>1: the setup is faster)\n' \
    "$(echo "${secs[mydumper]} / ${secs[setup]}" | bc -l)"
fi
echo "tool whole setup peak RSS: $rss_mb MB"
