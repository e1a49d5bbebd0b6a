#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs what is missing, builds, starts the local
# RDS-like sandbox (with a steady write load) in ./sandbox and opens the wizard on it.
# Re-runnable: a sandbox left from an earlier run is stopped and built afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

cli=build/bin/replica-wizard-cli
dir="${SANDBOX_DIR:-$PWD/sandbox}"
if [ -f "$dir/sandbox.ini" ]; then
  "$cli" sandbox stop --dir "$dir" || true
fi
"$cli" sandbox start --dir "$dir" --load
"$cli" status --profile "$dir/profile.ini" --secrets "$dir/secrets.cnf" || true

echo
echo "The sandbox keeps running after the wizard closes. Stop it with:"
echo "  $cli sandbox stop --dir $dir"
echo

gui=(build/bin/replica-wizard --profile "$dir/profile.ini" --secrets "$dir/secrets.cnf")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "${gui[@]}"
else
  echo "No display found: running the wizard on a virtual X server (xvfb-run)."
  exec xvfb-run -a "${gui[@]}"
fi
