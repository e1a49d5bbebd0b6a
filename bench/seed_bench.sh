#!/usr/bin/env bash
# Seeding benchmark: the same data copied from the stopped staging replica to the target
#   (a) by the manual pipeline:  mariadb-dump --single-transaction ... | gzip > file; gunzip < file | mariadb
#   (b) by Replica Wizard:        replica-wizard-cli setup --yes; its "Copy the data" step is the seed,
#       and the whole setup (retention, account, seed, verification, replication) is reported too
# on a fresh sandbox each, with the sandbox's shop data and, when present, the Sakila sample database.
# Prints both times and their ratio. Usage: bench/seed_bench.sh [ROUNDS]   (build first: scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$PWD/build/bin/replica-wizard-cli"
rounds="${1:-3}"
sakila="${SAKILA_DIR:-$PWD/../shared/datasets/sakila}"
work="$(mktemp -d)"
trap '"$cli" sandbox stop --dir "$work/sb" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

client_cnf() { # role -> private defaults file for the mariadb tools
  local role=$1 port user password
  port=$(sed -n "/^\[$role\]/,/^\[/p" "$work/sb/profile.ini" | sed -n 's/^port=//p')
  user=$(sed -n "/^\[$role\]/,/^\[/p" "$work/sb/profile.ini" | sed -n 's/^user=//p')
  password=$(sed -n "/^\[$role\]/,/^\[/p" "$work/sb/secrets.cnf" | sed -n 's/^password=//p')
  umask 077
  printf '[client]\nuser=%s\nhost=127.0.0.1\nport=%s\nprotocol=tcp\npassword=%s\n' "$user" "$port" "$password" > "$work/$role.cnf"
}

fresh_sandbox() {
  "$cli" sandbox stop --dir "$work/sb" >/dev/null 2>&1 || true
  rm -rf "$work/sb"
  "$cli" sandbox start --dir "$work/sb" >/dev/null 2>&1
  for role in source staging target; do client_cnf $role; done
  # The applications' writes off, as for a fair timing; the same schemas for both (all but scratch).
  "$cli" sandbox load --dir "$work/sb" off
  if [ -f "$sakila/sakila-schema.sql" ]; then
    mariadb --defaults-extra-file="$work/source.cnf" < "$sakila/sakila-schema.sql"
    mariadb --defaults-extra-file="$work/source.cnf" < "$sakila/sakila-data.sql"
    sleep 3 # let the staging replica apply it
  fi
}

schemas() {
  mariadb --defaults-extra-file="$work/staging.cnf" -N -e "SELECT GROUP_CONCAT(SCHEMA_NAME SEPARATOR ' ') FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN ('mysql','sys','performance_schema','information_schema','scratch')"
}

now() { date +%s.%N; }
manual_total=0
tool_total=0
setup_total=0
for round in $(seq 1 "$rounds"); do
  fresh_sandbox
  list=$(schemas)
  mariadb --defaults-extra-file="$work/staging.cnf" -e "CALL mysql.rds_stop_replication" >/dev/null
  # The manual pipeline needs the RDS master user, which defines the views and routines, on the
  # target (error 1356 otherwise); a DBA doing it by hand creates it first.
  mariadb --defaults-extra-file="$work/target.cnf" -e "CREATE USER 'admin'@'%' ACCOUNT LOCK; GRANT ALL ON *.* TO 'admin'@'%'"
  start=$(now)
  # shellcheck disable=SC2086
  mariadb-dump --defaults-extra-file="$work/staging.cnf" --single-transaction --routines --triggers --events \
    --hex-blob --databases $list | gzip > "$work/dump.sql.gz"
  gunzip < "$work/dump.sql.gz" | mariadb --defaults-extra-file="$work/target.cnf"
  manual=$(echo "$(now) - $start" | bc)
  mariadb --defaults-extra-file="$work/staging.cnf" -e "CALL mysql.rds_start_replication" >/dev/null

  fresh_sandbox
  sed -i "s/^databases=.*/databases=\"$(echo "$list" | tr ' ' ',')\"/" "$work/sb/profile.ini"
  start=$(now)
  "$cli" setup --profile "$work/sb/profile.ini" --secrets "$work/sb/secrets.cnf" --yes 2> "$work/setup.log"
  setup=$(echo "$(now) - $start" | bc)
  # The copy: the seed step (tables and rows) plus the step that creates views, routines, triggers
  # and events, as the CLI reports their durations.
  seed=$(sed -n '/Copy the data/,/done in/p' "$work/setup.log" | sed -n 's/.*done in \([0-9.]*\) s.*/\1/p')
  objects=$(sed -n '/Create views, routines/,/done in/p' "$work/setup.log" | sed -n 's/.*done in \([0-9.]*\) s.*/\1/p')
  tool=$(echo "$seed + $objects" | bc)
  printf 'round %d: manual pipeline %.2f s, replica-wizard seed %.2f s (ratio %.2f), whole setup %.2f s\n' \
    "$round" "$manual" "$tool" "$(echo "$manual / $tool" | bc -l)" "$setup"
  manual_total=$(echo "$manual_total + $manual" | bc)
  tool_total=$(echo "$tool_total + $tool" | bc)
  setup_total=$(echo "$setup_total + $setup" | bc)
done
printf 'data: %s\n' "$list"
printf 'mean: manual pipeline %.2f s, replica-wizard seed %.2f s, speed-up %.2fx; whole setup %.2f s\n' \
  "$(echo "$manual_total / $rounds" | bc -l)" "$(echo "$tool_total / $rounds" | bc -l)" \
  "$(echo "$manual_total / $tool_total" | bc -l)" "$(echo "$setup_total / $rounds" | bc -l)"
