#!/usr/bin/env bash
# Fails when translations/*.ts are not current: lupdate would change them (a tr() string was
# added, changed or removed without `cmake --build build --target update_translations`), or a
# message is unfinished (German must be translated; English carries the source text).
# Usage: check-translations.sh BUILD_DIR [GenerateLUpdateProject.cmake] [lupdate]
set -euo pipefail
build="${1:?build dir}"
src="$(cd "$(dirname "$0")/.." && pwd)"
generator="${2:-/usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/GenerateLUpdateProject.cmake}"
lupdate="${3:-/usr/lib/qt6/bin/lupdate}"
project_cmake="$build/app/engine/.lupdate/rw_engine_project.cmake"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
[ -f "$project_cmake" ] || { echo "missing $project_cmake (configure the build first)"; exit 1; }
# The lupdate project as the update_translations target makes it, written to the copies.
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$tmp/project.orig.json" -P "$generator"
for ts in "$src"/translations/*.ts; do cp "$ts" "$tmp/"; done
sed "s|$src/translations/|$tmp/|g" "$tmp/project.orig.json" > "$tmp/project.json"
"$lupdate" -project "$tmp/project.json" -locations none -no-obsolete -silent
status=0
for ts in "$src"/translations/*.ts; do
  if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
    echo "$(basename "$ts") is not current: run cmake --build build --target update_translations"
    diff -u "$ts" "$tmp/$(basename "$ts")" | head -40
    status=1
  fi
done
for ts in "$src"/translations/*.ts; do
  if grep -q 'type="unfinished"' "$ts"; then
    echo "$(basename "$ts") has unfinished messages:"
    grep -B2 'type="unfinished"' "$ts" | grep '<source>' | head -20
    status=1
  fi
done
exit $status
