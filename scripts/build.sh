#!/usr/bin/env bash
# Configures and builds Replica Wizard into build/ (binaries in build/bin/). Re-runnable.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
if command -v ninja >/dev/null 2>&1; then
  generator=(-G Ninja)
fi
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
fi
cmake --build build --parallel "${JOBS:-$(nproc)}"
