#!/usr/bin/env bash
# Installs the Debian 12 packages Replica Wizard needs to build, test and run its sandbox.
# Idempotent: only missing packages are installed. Shared by demo.sh and test.sh (--test: also what
# only the tests need).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-mysql qtkeychain-qt6-dev libgl-dev
  default-libmysqlclient-dev libssh-dev openssh-client
  mariadb-server mariadb-client
  xvfb xauth dbus gnome-keyring
)
# Only the tests need an SSH server (tst_ssh_tunnel starts its own on loopback), the openssl
# command (test certificates, a test password hash) and promtool from prometheus (checks the
# metrics status prints; the service is never started) and the validators of the packaging test
# (desktop-file-validate, appstreamcli, groff, bash-completion, dpkg-deb) and the accessibility
# bus with its Python client for the AT-SPI test; the demo does not install them on a DBA's
# machine.
if [ "${1:-}" = "--test" ]; then
  PACKAGES+=(openssh-server openssl prometheus desktop-file-utils appstream groff-base bash-completion dpkg-dev
             at-spi2-core python3-pyatspi)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# The sandbox starts its own servers; the packaged service must not be started by the install.
policy_created=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d
  policy_created=1
fi
cleanup() { if [ "$policy_created" -eq 1 ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT

$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
