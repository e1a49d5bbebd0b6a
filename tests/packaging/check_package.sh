#!/usr/bin/env bash
# What a Linux desktop expects of the package, checked with the distribution's own validators:
# the desktop file (desktop-file-validate), the AppStream metainfo (appstreamcli), the man page
# (groff warnings), the bash completion (driven as bash would), and the .deb that cpack builds
# (its control fields and dependencies, its files, and the CLI running from a scratch root).
# Usage: check_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

# Desktop file and metainfo.
if out=$(desktop-file-validate "$source/resources/replica-wizard.desktop" 2>&1) && [ -z "$out" ]; then
  pass "desktop-file-validate"
else
  fail "desktop-file-validate: $out"
fi
if out=$(appstreamcli validate --no-net "$source/resources/io.github.replicawizard.metainfo.xml" 2>&1); then
  pass "appstreamcli validate"
else
  fail "appstreamcli validate: $out"
fi
grep -q '<release version="'"$(sed -n 's/^project(ReplicaWizard VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")"'"' \
  "$source/resources/io.github.replicawizard.metainfo.xml" \
  && pass "the metainfo lists this version's release" || fail "the metainfo has no release for the project's version"

# Man page: no groff warnings, and every status option documented.
if out=$(groff -man -Tutf8 -ww -z "$source/resources/man/replica-wizard-cli.1" 2>&1) && [ -z "$out" ]; then
  pass "man page renders without warnings"
else
  fail "man page: $out"
fi
for option in $("$build/bin/replica-wizard-cli" status --help | grep -o -- '--[a-z-]*' | sort -u); do
  case $option in --help | --help-all) continue ;; esac
  grep -q -- "${option//-/\\\\-}" "$source/resources/man/replica-wizard-cli.1" \
    || fail "man page does not document status $option"
done

# Bash completion, driven as bash does on TAB.
if [ -r /usr/share/bash-completion/bash_completion ]; then
  complete_line() { # words... -> the candidates, one line
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _replica_wizard_cli; echo "${COMPREPLY[*]}"' _ "$source/resources/completion/replica-wizard-cli" "$@"
  }
  [ "$(complete_line replica-wizard-cli st)" = "status" ] && pass "completes commands" || fail "command completion: $(complete_line replica-wizard-cli st)"
  [ "$(complete_line replica-wizard-cli status --format "")" = "text json prometheus nagios" ] \
    && pass "completes status formats" || fail "format completion: $(complete_line replica-wizard-cli status --format "")"
  [ "$(complete_line replica-wizard-cli status --te)" = "--textfile" ] && pass "completes options" \
    || fail "option completion: $(complete_line replica-wizard-cli status --te)"
  [ "$(complete_line replica-wizard-cli sandbox restart "")" = "source staging target" ] \
    && pass "completes sandbox roles" || fail "sandbox completion"
else
  fail "bash-completion is not installed (scripts/install-deps.sh --test installs it)"
fi

# The .deb.
(cd "$build" && cpack -G DEB -B "$work/pkg" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
  fail "cpack made no .deb"
else
  info=$(dpkg-deb -I "$deb")
  depends=$(dpkg-deb -f "$deb" Depends)
  for library in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libmariadb3 libssh-4; do
    [[ $depends == *"$library"* ]] && pass "depends on $library" || fail "Depends lacks $library: $depends"
  done
  [[ $(dpkg-deb -f "$deb" Recommends) == *mariadb-client* ]] && pass "recommends the client tools" || fail "no mariadb-client in Recommends"
  [ "$(dpkg-deb -f "$deb" Package)" = "replica-wizard" ] || fail "package name: $(dpkg-deb -f "$deb" Package)"
  contents=$(dpkg-deb -c "$deb")
  for path in ./usr/bin/replica-wizard ./usr/bin/replica-wizard-cli \
      ./usr/share/applications/replica-wizard.desktop ./usr/share/metainfo/io.github.replicawizard.metainfo.xml \
      ./usr/share/icons/hicolor/scalable/apps/replica-wizard.svg ./usr/share/icons/hicolor/48x48/apps/replica-wizard.png \
      ./usr/share/icons/hicolor/256x256/apps/replica-wizard.png ./usr/share/man/man1/replica-wizard-cli.1.gz \
      ./usr/share/bash-completion/completions/replica-wizard-cli; do
    grep -q " $path\$" <<< "$contents" && pass "installs $path" || fail "the package lacks $path"
  done
  grep -qE '(tst_|bench_|/include/|\.a$)' <<< "$contents" && fail "the package carries tests, benches or static libraries" \
    || pass "no tests, benches or static libraries in the package"
  dpkg-deb -x "$deb" "$work/root"
  version=$("$work/root/usr/bin/replica-wizard-cli" --version) \
    && [[ $version == "replica-wizard-cli $(dpkg-deb -f "$deb" Version)"* ]] \
    && pass "the installed CLI runs: $version" || fail "the installed CLI: $version"
  echo "$info" | sed -n '/Package:/,/Description:/p'
fi

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
