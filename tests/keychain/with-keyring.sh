#!/bin/sh
# Runs a test inside its own D-Bus session with a fresh, unlocked gnome-keyring-daemon, in a
# private HOME so the developer's keyrings are never touched.
# Usage: dbus-run-session -- tests/keychain/with-keyring.sh TEST-BINARY [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'kill "${keyring_pid:-0}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the new login keyring's password from stdin; --foreground keeps it our child.
printf 'keychain-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!
sleep 1
"$@"
# The secrets went to this keyring daemon, not anywhere else.
ls "$XDG_DATA_HOME"/keyrings/*.keyring >/dev/null
