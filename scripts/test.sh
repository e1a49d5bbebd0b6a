#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs what is missing, builds, runs every test
# (unit tests, and integration tests that start their own MariaDB sandbox servers).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh
cd build
ctest --output-on-failure --timeout 900 "$@"
