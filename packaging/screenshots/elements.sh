#!/bin/sh
# The README's element screenshots: the real wizard under Xvfb + openbox, driven with key
# presses only (xdotool), in a throw-away home folder.
#   packaging/screenshots/elements.sh BUILD_DIR OUT_DIR
set -e
BIN=$1/ce-provisioner
OUT=$2
export HOME=$(mktemp -d)
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$HOME/run; mkdir -m 700 $XDG_RUNTIME_DIR
export LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb
# A user descriptor with a mistake, to show the problem list.
mkdir -p $XDG_DATA_HOME/ce-provisioner/elements
printf '{\n  "schemaVersion": 2,\n  "key": "acmecrm",\n  "name": Acme CRM\n}\n' > $XDG_DATA_HOME/ce-provisioner/elements/acmecrm.json
Xvfb :77 -screen 0 1100x860x24 -nolisten tcp & XPID=$!
sleep 1
export DISPLAY=:77
openbox & OPID=$!
sleep 1
$BIN --sandbox & APID=$!
shot() { sleep 1.2; import -window "$WID" "$OUT/$1.png"; }
key() { xdotool key --clearmodifiers "$@"; sleep 0.4; }
typ() { xdotool type --delay 40 "$1"; sleep 0.4; }
for i in $(seq 1 30); do WID=$(xdotool search --name "CE Provisioner" 2>/dev/null | head -1); [ -n "$WID" ] && break; sleep 0.5; done
xdotool windowactivate --sync $WID; xdotool windowmove $WID 0 0; xdotool windowsize $WID 1000 780; sleep 1
key alt+n                 # Connection -> Element
shot element
typ desk
shot element-search
key ctrl+a BackSpace
typ freshdesk
key alt+n                 # -> Freshdesk form
typ acme
key Tab
typ fd-api-key-123
key Tab
typ "Acme tickets"
key Tab
typ support
key Return
shot credentials-form
key alt+b                 # back to the element page
key alt+s ctrl+a BackSpace
typ zendesk
key alt+n
typ zendesk-client
key Tab
typ client-secret
key Tab Tab
typ acme.zendesk.com
key Tab
key ctrl+a
typ "Acme help desk"
key shift+Tab
shot oauth2-form
kill $APID || true; sleep 1; kill -9 $APID 2>/dev/null || true
kill $OPID $XPID || true
rm -rf "$HOME"
