#!/bin/sh
# Installs every Debian 12 package that CE Provisioner needs to build, test and run,
# skipping what is already installed. Run as root (or through sudo).
set -eu

# build: compilers, CMake, Qt 6.4 and QtKeychain (clang, its runtime and llvm-symbolizer
#   for the sanitizer and fuzzing build), help2man (the manual page), Qt's SVG image
#   plugin (the wizard's icons are drawn from SVG at build time; the browser's at run time)
# run: Qt's platform plugins, fonts, Qt's own translations, libsecret (loaded
#   by QtKeychain at run time)
# tests: a virtual display, curl and jq (the sandbox's cURL test), openssl (certificates
#   for the TLS tests), D-Bus and GNOME Keyring (a real Secret Service), the desktop-file
#   and AppStream validators, lintian (the packages' check)
packages="
  build-essential cmake ninja-build pkg-config help2man
  clang libclang-rt-14-dev llvm
  qt6-base-dev qt6-webengine-dev qt6-webengine-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libsecret-1-0 libgl-dev libxkbcommon-dev qt6-qpa-plugins
  libqt6svg6 fonts-dejavu-core qt6-translations-l10n
  xvfb xauth curl jq openssl ca-certificates
  dbus gnome-keyring libsecret-tools
  desktop-file-utils appstream lintian valgrind
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages are present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
