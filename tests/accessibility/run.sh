#!/usr/bin/env bash
# Runs atspi_check.py against the real application on a sandbox, under Xvfb, in a D-Bus session
# of its own with the accessibility bus running. Usage: run.sh APP CLI
set -euo pipefail
app=$1
cli=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cleanup() {
  "$cli" sandbox stop --dir "$work/sandbox" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
"$cli" sandbox start --dir "$work/sandbox" > "$work/sandbox.log" 2>&1 || { cat "$work/sandbox.log"; exit 1; }
# The start window's library and the settings are the test's own.
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
exec dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  launcher=$!
  sleep 1
  xvfb-run -a -s "-screen 0 1400x1000x24" /usr/bin/python3 "$0" "$1" "$2" "$3"
  status=$?
  kill $launcher 2> /dev/null || true
  exit $status' "$here/atspi_check.py" "$app" "$work/sandbox/profile.ini" "$work/sandbox/secrets.cnf"
