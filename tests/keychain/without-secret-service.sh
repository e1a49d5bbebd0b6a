#!/bin/sh
# Runs a test in a private HOME with a D-Bus session bus address where nothing listens: no
# Secret Service at all (RW_KEYCHAIN=absent), or, with RW_KEYCHAIN_MODE=hung, one the test makes
# itself that never answers. Usage: tests/keychain/without-secret-service.sh TEST-BINARY [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" RW_KEYCHAIN="${RW_KEYCHAIN_MODE:-absent}"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-bus"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
"$@"
