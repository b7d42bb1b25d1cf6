# Sourced by check-packages.sh (mode install) with $work, $cli, $gui, $browser, fail() and
# field(): the packages unpacked into a scratch root and run from there.
root="$work/root"
mkdir -p "$root"
for deb in "$cli" "$gui" "$browser"; do
    dpkg -x "$deb" "$root"
done
bin="$root/usr/bin/ce-provisioner"
version=$(field "$cli" Version)
app_id=io.github.ce_provisioner.CeProvisioner
# The programs link Qt from the system and nothing of their own (the project's libraries
# are static; the command line finds the wizard's module, and the wizard the browser
# plugin, relative to bin/): no LD_LIBRARY_PATH or QT_PLUGIN_PATH. The test environment's
# plugin override and log rules are dropped, as a user's shell has neither.
unset CEP_BROWSER_PLUGIN QT_LOGGING_RULES

out=$("$bin" --version)
echo "installed --version: $out"
[ "$out" = "ce-provisioner $version" ] || fail "--version says \"$out\", the package is $version"
"$bin" --help >"$work/help.txt" || fail "--help failed"
grep -q 'serve-sandbox' "$work/help.txt" || fail "--help does not list serve-sandbox"

# serve-sandbox on a port of its own, stopped once it answered a request.
port=$((20000 + $$ % 20000))
url=""
for attempt in 1 2 3 4 5; do
    "$bin" serve-sandbox --port "$port" >"$work/sandbox.out" 2>"$work/sandbox.err" &
    sandbox_pid=$!
    for _ in $(seq 50); do
        url=$(head -n 1 "$work/sandbox.out")
        [ -n "$url" ] && break
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$url" ] && break
    wait "$sandbox_pid" 2>/dev/null || true
    sandbox_pid=""
    port=$((port + 1))  # taken: the next one
done
[ -n "$url" ] || { cat "$work/sandbox.err"; fail "serve-sandbox printed no URL"; }
[ "$url" = "http://127.0.0.1:$port/elements/api-v2" ] || fail "serve-sandbox printed \"$url\""
status=$(curl -s -o "$work/instances.json" -w '%{http_code}' \
    -H 'Authorization: User sandbox-user-secret, Organization sandbox-organization-secret' "$url/instances")
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""
[ "$status" = 200 ] || fail "the installed sandbox answered GET /instances with $status"
echo "installed serve-sandbox: $url answered GET /instances with 200"

# The wizard, ce-provisioner in bin/ loading its module from lib/ce-provisioner/wizard/, to
# its first page (offscreen): it quits once the page is shown and idle, and says nothing on
# a healthy machine.
[ -f "$root/usr/lib/ce-provisioner/wizard/cep_wizard.so" ] || fail "the wizard is not installed in lib/ce-provisioner/wizard"
runtime="$work/runtime"
mkdir -m 700 "$runtime"
# (As root, as CI runs, Chromium's sandbox must be off, or the wizard says so on stderr.)
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
QT_QPA_PLATFORM=offscreen CEP_WHEN_IDLE=quit XDG_RUNTIME_DIR="$runtime" HOME="$work/home" \
    timeout 60 "$bin" --sandbox >"$work/gui.out" 2>"$work/gui.err" || { cat "$work/gui.err"; fail "the installed wizard did not start"; }
[ ! -s "$work/gui.err" ] || { cat "$work/gui.err"; fail "the installed wizard printed on standard error"; }
echo "installed wizard: first page shown (lib/ce-provisioner/wizard/cep_wizard.so)"

# Where a software centre finds the application, and valid.
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
[ -f "$desktop" ] || fail "no desktop entry in share/applications"
[ -f "$metainfo" ] || fail "no AppStream metainfo in share/metainfo"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no icon in share/icons"
desktop-file-validate "$desktop" || fail "the installed desktop entry is not valid"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "the installed metainfo is not valid"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo names no release $version"
grep -q '<screenshot' "$metainfo" || fail "the metainfo names no screenshot"
for shot in $(sed -n 's|.*<image>.*/packaging/screenshots/\([^<]*\)</image>.*|\1|p' "$metainfo"); do
    [ -f "$(dirname "$0")/screenshots/$shot" ] || fail "the metainfo names a screenshot that is not in packaging/screenshots: $shot"
done

[ -f "$root/usr/share/man/man1/ce-provisioner.1.gz" ] \
    || fail "no manual page (help2man makes it; packaging/install-deps.sh installs it)"

# The changelog's newest entry is this version.
for p in ce-provisioner ce-provisioner-gui ce-provisioner-browser; do
    [ -f "$root/usr/share/doc/$p/copyright" ] || fail "$p has no copyright file"
    zcat "$root/usr/share/doc/$p/changelog.gz" | head -n 1 | grep -q "^ce-provisioner ($version) " \
        || fail "the changelog of $p does not start with version $version"
done

# lintian: no error, and no warning but the one the README accepts (the desktop entry of
# ce-provisioner-gui starts ce-provisioner, which is in the package it depends on).
command -v lintian >/dev/null || fail "lintian is missing (packaging/install-deps.sh installs it)"
lintian --fail-on error --tag-display-limit 0 "$cli" "$gui" "$browser" >"$work/lintian.txt" 2>&1 \
    || { cat "$work/lintian.txt"; fail "lintian found errors"; }
cat "$work/lintian.txt"
! grep '^W: ' "$work/lintian.txt" | grep -v ' desktop-command-not-in-package ' || fail "lintian warned"
echo "packages: installed and run from $root"
