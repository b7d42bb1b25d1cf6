#!/bin/sh
# Runs a command inside a private D-Bus session with a private, unlocked GNOME Keyring,
# so that a test talks to a real Secret Service and never to the user's own keyring:
# the keyring's files live in a temporary folder that is removed afterwards.
#   keyring_session.sh COMMAND [ARGS...]
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cep-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
unset GNOME_KEYRING_CONTROL
export CEP_PRIVATE_KEYRING=1
# The password creates and unlocks the "login" keyring, the default collection.
dbus-run-session -- sh -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
