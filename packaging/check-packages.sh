#!/bin/sh
# check-packages.sh BUILD [split|install]
# Makes the .deb packages of the build tree BUILD (cpack, into a temporary folder), then:
#  split (the default): ce-provisioner (the command line) depends on no GUI library (Qt Gui,
#    Widgets, WebEngine, X11, OpenGL, D-Bus: from dpkg-shlibdeps), the wizard needs the
#    command line and recommends the browser, and each file is in its package;
#  install: the three packages unpacked into a scratch root (dpkg -x: nothing is installed
#    on this machine) run from there: --version, --help, serve-sandbox answering a request,
#    the wizard's first page (ce-provisioner loading lib/ce-provisioner/wizard/
#    cep_wizard.so); the desktop entry and AppStream metainfo are where a software centre
#    looks and valid, the metainfo names this release and screenshots; lintian finds no
#    error and no warning but the one accepted.
set -eu
build=$1
mode=${2:-split}
work=$(mktemp -d)
sandbox_pid=""
trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
fail() { echo "FAIL: $*"; exit 1; }
field() { dpkg-deb -f "$1" "$2"; }

cli=$(ls "$work"/ce-provisioner_*.deb)
gui=$(ls "$work"/ce-provisioner-gui_*.deb)
browser=$(ls "$work"/ce-provisioner-browser_*.deb)

if [ "$mode" = install ]; then
    . "$(dirname "$0")/check-install.sh"
    exit 0
fi

depends=$(field "$cli" Depends)
echo "ce-provisioner Depends: $depends"
echo "$depends" | grep -q 'libqt6network6' || fail "the command line's package does not depend on Qt Network: $depends"
if echo "$depends" | grep -Eiq 'libqt6(gui|widgets|webengine|opengl|dbus|svg)|qt6keychain|libx11|libxcb|libgl|libegl'; then
    fail "the command line's package depends on a GUI library: $depends"
fi
dpkg-deb -c "$cli" | grep -q '/usr/bin/ce-provisioner$' || fail "ce-provisioner is not in its package"
[ "$(dpkg-deb -c "$cli" | grep -c 'cep_wizard\|cep_browser\|\.desktop')" = 0 ] || fail "the wizard's files are in ce-provisioner"

echo "ce-provisioner-gui Depends: $(field "$gui" Depends)"
echo "ce-provisioner-gui Recommends: $(field "$gui" Recommends)"
field "$gui" Depends | grep -q 'ce-provisioner (= ' || fail "the wizard does not depend on the command line"
field "$gui" Recommends | grep -q 'ce-provisioner-browser' || fail "the wizard does not recommend the browser"
if field "$gui" Depends | grep -Eiq 'libqt6webengine'; then fail "the wizard depends on Qt WebEngine"; fi
dpkg-deb -c "$gui" | grep -q '/usr/lib/ce-provisioner/wizard/cep_wizard.so$' || fail "the wizard's module is not in its package"
dpkg-deb -c "$gui" | grep -q 'applications/.*\.desktop$' || fail "the desktop entry is not in the wizard's package"

echo "ce-provisioner-browser Depends: $(field "$browser" Depends)"
field "$browser" Depends | grep -q 'libqt6webenginewidgets6' || fail "the browser does not depend on Qt WebEngine"
dpkg-deb -c "$browser" | grep -q '/ce-provisioner/plugins/cep_browser.so$' || fail "the plugin is not in its package"
echo "packages: the split is right"
