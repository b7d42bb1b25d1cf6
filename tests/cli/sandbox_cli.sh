#!/bin/sh
# The standalone sandbox (`ce-provisioner serve-sandbox`) driven by curl with the commands
# of Cloud Elements' FreshBooks page (only the host changed), then `ce-provisioner create
# --from instance.json` provisioning on it, and its failure contract.
# Usage: sandbox_cli.sh <path to ce-provisioner> <source dir>
set -eu
bin=$1
src=$2
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok - $*"; }

# Start the sandbox and read the one line it prints (a FIFO: no polling).
# The sandbox knows one element of its user's own (a credentials one) that `create` below
# does not: create learns it from the platform's GET /elements/{key}.
mkdir -p "$work/sandboxdata/ce-provisioner/elements"
printf '%s\n' '{"schemaVersion": 2, "key": "acmedesk", "name": "Acme Desk", "description": "A helpdesk of our own.",
  "authentication": "credentials", "sources": ["our own API documentation"],
  "configuration": [{"key": "acme.api.key", "label": "API key", "description": "The account API key.",
    "type": "secret", "required": true},
    {"key": "acme.region", "label": "Region", "description": "Where the account lives.", "required": true}]}' \
    >"$work/sandboxdata/ce-provisioner/elements/acmedesk.json"
mkfifo "$work/out"
XDG_DATA_HOME="$work/sandboxdata" "$bin" serve-sandbox --port 0 >"$work/out" 2>"$work/serve.log" &
pid=$!
exec 3<"$work/out"
IFS= read -r base <&3 || fail "serve-sandbox printed nothing"
case "$base" in
    http://127.0.0.1:*/elements/api-v2) check "serve-sandbox prints its base URL: $base" ;;
    *) fail "unexpected first line: $base" ;;
esac
root=${base%/elements/api-v2}
USER_SECRET=sandbox-user-secret
ORG_SECRET=sandbox-organization-secret

# --- Step 1 and 2 exactly as documented (host changed) ---------------------------------
out=$(curl -sS -X GET \
-H 'Content-Type: application/json' \
"$base/elements/freshbooks/oauth/token?apiKey=insert_api_key&apiSecret=insert_api_secret&callbackUrl=https%3A%2F%2Fwww.mycoolapp.com%2Fauth&siteAddress=insert_freshbooks_site_address")
echo "$out" | jq -e '(.token | type == "string" and length > 0) and (.secret | type == "string" and length > 0)' >/dev/null \
    || fail "step 1 answer: $out"
check "documented step 1 gives a token and a secret"

out=$(curl -sS -X GET \
-H 'Content-Type: application/json' \
"$base/elements/freshbooks/oauth/url?apiKey=insert_fake_api_key&apiSecret=insert_fake_api_secret&callbackUrl=http://www.demonstrab.ly&requestToken=insert_requestToken&siteAddress=insert_freshbooks_site_address")
echo "$out" | jq -e '.element == "freshbooks" and (.oauthUrl | contains("oauth_token=insert_requestToken"))' >/dev/null \
    || fail "step 2 answer: $out"
check "documented step 2 gives the authorization URL"

# --- A real authorization, as a browser would do it -------------------------------------
# authorize <site> <consumer secret>: prints "token secret verifier"
authorize() {
    site=$1
    consumer_secret=$2
    t=$(curl -sS "$base/elements/freshbooks/oauth/token?apiKey=mycompany&apiSecret=$consumer_secret&callbackUrl=https%3A%2F%2Fwww.mycoolapp.com%2Fauth&siteAddress=$site")
    token=$(echo "$t" | jq -r .token)
    secret=$(echo "$t" | jq -r .secret)
    u=$(curl -sS -G "$base/elements/freshbooks/oauth/url" \
        --data-urlencode "apiKey=mycompany" --data-urlencode "apiSecret=$consumer_secret" \
        --data-urlencode "callbackUrl=https://www.mycoolapp.com/auth" \
        --data-urlencode "requestToken=$token" --data-urlencode "siteAddress=$site")
    oauth_url=$(echo "$u" | jq -r .oauthUrl)
    jar="$work/cookies-$site"
    page=$(curl -sS -c "$jar" -b "$jar" "$oauth_url")
    echo "$page" | grep -q 'id="login"' || fail "the authorization page did not ask to sign in"
    curl -sS -o /dev/null -c "$jar" -b "$jar" \
        --data-urlencode "email=owner@$site.test" --data-urlencode "password=secret" \
        --data-urlencode "return=$oauth_url" "$root/provider/freshbooks/$site/login"
    page=$(curl -sS -c "$jar" -b "$jar" "$oauth_url")
    echo "$page" | grep -q 'id="allow"' || fail "the consent page has no Allow button"
    location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "oauth_token=$token" --data-urlencode "decision=allow" \
        "$root/provider/freshbooks/$site/oauth/decision")
    case "$location" in
        https://www.mycoolapp.com/auth\?*) ;;
        *) fail "Allow did not redirect to the callback: $location" ;;
    esac
    verifier=$(echo "$location" | sed -n 's/.*[?&]oauth_verifier=\([^&]*\).*/\1/p')
    echo "$token $secret $verifier"
}

set -- $(authorize acme consumer-secret-1)
token=$1 secret=$2 verifier=$3
[ -n "$verifier" ] || fail "no verifier in the callback"
check "login and Allow redirect to the callback with a verifier"

# --- Step 3 as documented: the sample instance.json filled in, POSTed with curl ---------
jq --arg t "$token" --arg v "$verifier" --arg s "$secret" '
    .providerData = {oauth_token: $t, oauth_verifier: $v, secret: $s}
  | .configuration = {"oauth.api.key": "mycompany", "oauth.api.secret": "consumer-secret-1",
                      "freshbooks.site.address": "acme"}
  | .tags = ["curl"] | .name = "Made with curl"' \
    "$src/tests/data/instance-sample.json" >"$work/instance.json"
out=$(curl -sS -X POST \
-H "Authorization: User $USER_SECRET, Organization $ORG_SECRET" \
-H 'Content-Type: application/json' \
-d @"$work/instance.json" \
"$base/instances")
echo "$out" | jq -e '(.id | type == "number") and .name == "Made with curl" and .element.key == "freshbooks"
                     and .valid == true and .disabled == false and (.token | length > 0)
                     and .configuration["oauth.api.secret"] == "********" and .tags == ["curl"]' >/dev/null \
    || fail "documented step 3 answer: $out"
check "documented POST /instances creates the instance with the documented shape"

out=$(curl -sS -w '\n%{http_code}' -X POST -H "Authorization: User $USER_SECRET, Organization $ORG_SECRET" \
    -H 'Content-Type: application/json' -d '{"element":{"key":"freshbooks"},"providerData":{},"configuration":{},"name":"x"}' \
    "$base/instances")
[ "$(echo "$out" | tail -n 1)" = 400 ] || fail "missing configuration must give 400: $out"
msg=$(echo "$out" | head -n 1 | jq -r .message)
for entry in oauth.api.key oauth.api.secret freshbooks.site.address oauth_token oauth_verifier secret; do
    echo "$msg" | grep -q "$entry" || fail "the 400 does not name $entry: $msg"
done
check "missing configuration gives a 400 naming every missing entry"

# --- Only requests for this server, only bodies up to 1 MiB ---------------------------
# A web page can point a name of its own at 127.0.0.1 (DNS rebinding): its requests carry
# that name in Host and are refused; the sandbox's own names are served.
auth="Authorization: User $USER_SECRET, Organization $ORG_SECRET"
code=$(curl -sS -o "$work/host.out" -w '%{http_code}' -H 'Host: evil.example' -H "$auth" "$base/instances")
[ "$code" = 421 ] || fail "a foreign Host got $code: $(cat "$work/host.out")"
jq -e '.message | contains("answers only")' "$work/host.out" >/dev/null || fail "421 body: $(cat "$work/host.out")"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Host: localhost:${root##*:}" -H "$auth" "$base/instances")
[ "$code" = 200 ] || fail "Host localhost:<port> got $code"
check "a request for another Host gets 421, localhost:<port> is served"

# 20 MB: refused from the announced length (curl waits for "100 Continue" before sending
# so large a body, and gets the 413 instead), and the sandbox still answers.
head -c 20000000 /dev/zero | tr '\0' ' ' >"$work/big.json"
code=$(curl -sS -o "$work/big.out" -w '%{http_code}' -X POST -H "$auth" -H 'Content-Type: application/json' \
    --data-binary @"$work/big.json" "$base/instances")
[ "$code" = 413 ] || fail "a 20 MB body got $code: $(cat "$work/big.out")"
rm -f "$work/big.json"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "$auth" "$base/instances")
[ "$code" = 200 ] || fail "the sandbox no longer answers after a 413: $code"
check "a 20 MB body gets 413 and the sandbox keeps serving"

# --- ce-provisioner create --from -----------------------------------------------------
set -- $(authorize beta consumer-secret-2)
jq --arg t "$1" --arg v "$3" --arg s "$2" '
    .providerData = {oauth_token: $t, oauth_verifier: $v, secret: $s}
  | .configuration = {"oauth.api.key": "mycompany", "oauth.api.secret": "<INSERT_FRESHBOOKS_API_SECRET>",
                      "freshbooks.site.address": "https://beta.freshbooks.com/"}
  | .tags = ["cli"] | .name = "Made with create --from"' \
    "$src/tests/data/instance-sample.json" >"$work/cli.json"
CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET FRESHBOOKS_CONSUMER_SECRET=consumer-secret-2 \
    "$bin" create --from "$work/cli.json" --environment "$base" </dev/null >"$work/created.json" 2>"$work/create.err" \
    || fail "create --from failed: $(cat "$work/create.err")"
jq -e '.name == "Made with create --from" and .tags == ["cli"] and (.id | type == "number")
       and .configuration["site.address"] == "beta.freshbooks.com"' "$work/created.json" >/dev/null \
    || fail "create printed: $(cat "$work/created.json")"
[ ! -s "$work/create.err" ] || fail "create wrote to stderr on success: $(cat "$work/create.err")"
check "create --from provisions and prints the instance as JSON"

id=$(jq -r .id "$work/created.json")
curl -sS -H "Authorization: Organization $ORG_SECRET, User $USER_SECRET" "$base/instances/$id" \
    | jq -e '.name == "Made with create --from"' >/dev/null || fail "GET /instances/$id"
count=$(curl -sS -H "Authorization: User $USER_SECRET, Organization $ORG_SECRET" "$base/instances" | jq length)
[ "$count" = 2 ] || fail "GET /instances lists $count instances, expected 2"
check "the created instances are listed"

# The same file again: the token is used up, so the server refuses. One line on stderr,
# nothing on stdout, a non-zero exit.
if CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET FRESHBOOKS_CONSUMER_SECRET=consumer-secret-2 \
    "$bin" create --from "$work/cli.json" --environment "$base" </dev/null >"$work/again.out" 2>"$work/again.err"; then
    fail "a second create with a used token succeeded"
fi
[ ! -s "$work/again.out" ] || fail "stdout not empty on failure"
[ "$(wc -l <"$work/again.err")" -eq 1 ] || fail "stderr is not one line: $(cat "$work/again.err")"
grep -q "400" "$work/again.err" || fail "the error does not name the status: $(cat "$work/again.err")"
check "a refused create prints one line on stderr and exits non-zero"

# Secrets are never taken from arguments: without the variables (and no terminal), it says so.
if env -u CE_USER_SECRET -u CE_ORGANIZATION_SECRET "$bin" create --from "$work/cli.json" --environment "$base" \
    </dev/null >/dev/null 2>"$work/nosecret.err"; then
    fail "create without secrets succeeded"
fi
grep -q CE_USER_SECRET "$work/nosecret.err" || fail "no hint about CE_USER_SECRET: $(cat "$work/nosecret.err")"
check "create without secrets names the environment variables"

# A missing secret with a terminal: asked for, without echo (a pseudo-terminal from
# script(1) stands in for the user's).
if command -v script >/dev/null 2>&1; then
    set -- $(authorize gamma consumer-secret-3)
    jq --arg t "$1" --arg v "$3" --arg s "$2" '
        .providerData = {oauth_token: $t, oauth_verifier: $v, secret: $s}
      | .configuration = {"oauth.api.key": "mycompany", "oauth.api.secret": "consumer-secret-3",
                          "freshbooks.site.address": "gamma"}
      | .tags = ["tty"] | .name = "Asked on a terminal"' \
        "$src/tests/data/instance-sample.json" >"$work/tty.json"
    # Type only once the prompt shows, as a person does: what is typed before echo goes
    # off (just before the prompt) was already echoed, so the app discards it (TCSAFLUSH).
    # (tst_cli ends this prompt every other way and checks the terminal afterwards.)
    mkfifo "$work/tty.in"
    : >"$work/tty.out"
    env -u CE_USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET \
        script -qec "'$bin' create --from '$work/tty.json' --environment '$base'" /dev/null \
        <"$work/tty.in" >"$work/tty.out" 2>&1 &
    tty_pid=$!
    exec 4>"$work/tty.in"
    # The prompt ends without a newline, so no line-based tool sees it: look at the output
    # until it shows (at most 20 s).
    tries=0
    until grep -q 'User secret (CE_USER_SECRET)' "$work/tty.out"; do
        tries=$((tries + 1))
        [ "$tries" -le 200 ] || fail "no prompt: $(cat "$work/tty.out")"
        sleep 0.1
    done
    printf '%s\n' "$USER_SECRET" >&4
    exec 4>&-
    wait "$tty_pid" || fail "create on a terminal failed: $(cat "$work/tty.out")"
    grep -q "User secret (CE_USER_SECRET)" "$work/tty.out" || fail "no prompt: $(cat "$work/tty.out")"
    grep -q '"name": "Asked on a terminal"' "$work/tty.out" || fail "not created: $(cat "$work/tty.out")"
    if grep -qF "$USER_SECRET" "$work/tty.out"; then fail "the secret was echoed"; fi
    check "a missing secret is asked for on a terminal, without echo"
fi

# A broken file: the error names the line.
printf '{\n  "element": {"key": "freshbooks"},\n  "name": \n}\n' >"$work/broken.json"
if CE_USER_SECRET=x CE_ORGANIZATION_SECRET=y "$bin" create --from "$work/broken.json" --environment "$base" \
    </dev/null 2>"$work/broken.err"; then
    fail "a broken file was accepted"
fi
grep -q "Line 4" "$work/broken.err" || fail "the error does not name the line: $(cat "$work/broken.err")"
check "a broken instance.json is refused with its line"

# --- Every kind: elements, then create --from for OAuth 2.0 and credentials -----------
"$bin" elements >"$work/elements.txt" 2>"$work/elements.err" || fail "elements failed: $(cat "$work/elements.err")"
head -n 1 "$work/elements.txt" | grep -Eq '^ID +KEY +KIND +ORIGIN +NAME$' || fail "elements header: $(head -n 1 "$work/elements.txt")"
grep -Eq '^zendesk +zendesk +oauth2 +built-in +Zendesk$' "$work/elements.txt" || fail "elements: $(cat "$work/elements.txt")"
grep -Eq '^hubspot-apikey +hubspot +credentials +built-in +HubSpot Marketing \(API key\)$' "$work/elements.txt" \
    || fail "elements: no hubspot-apikey line"
"$bin" elements --json | jq -e '
    (map(select(.id == "stripe"))[0] | .kind == "credentials" and .origin == "built-in"
        and .secretVariables["configuration.api.key"] == "STRIPE_SECRET_KEY")
    and (map(select(.id == "zendesk"))[0].secretVariables["providerData.code"] == "CE_PROVIDER_DATA_CODE")
    and (map(select(.id == "freshbooks"))[0].kind == "oauth1")' >/dev/null \
    || fail "elements --json: $("$bin" elements --json)"
check "elements lists id, key, kind, origin and name; --json with each secret's variable"

# A user's descriptor beside the built-in ones, a bad file listed on stderr, never fatal.
mkdir -p "$work/data/ce-provisioner/elements"
cp "$src/tests/data/user-element-acmecrm.json" "$work/data/ce-provisioner/elements/"
printf '{\n  "schemaVersion": 2,\n  "key": 5\n}\n' >"$work/data/ce-provisioner/elements/broken.json"
XDG_DATA_HOME="$work/data" "$bin" elements --json >"$work/user.json" 2>"$work/user.err" \
    || fail "elements with a bad user file failed"
jq -e 'map(select(.id == "acmecrm"))[0] | .origin == "user" and .kind == "oauth2"
       and (.path | endswith("acmecrm.json"))' "$work/user.json" >/dev/null || fail "no user element: $(cat "$work/user.json")"
grep -q 'broken.json, line 3: "key" must be a string' "$work/user.err" || fail "bad file not named: $(cat "$work/user.err")"
check "elements lists the user's descriptor and names a bad file with its line"

# OAuth 2.0 as a browser would do it: oauth/url with a state, sign in, Allow, the code.
# authorize2 <element key> <site> <client id> <client secret> <state>: prints the code
authorize2() {
    u=$(curl -sS -G -H "$auth" "$base/elements/$1/oauth/url" \
        --data-urlencode "apiKey=$3" --data-urlencode "apiSecret=$4" \
        --data-urlencode "callbackUrl=https://www.mycoolapp.com/auth" \
        --data-urlencode "siteAddress=$2" --data-urlencode "state=$5")
    oauth_url=$(echo "$u" | jq -r .oauthUrl)
    case "$oauth_url" in
        "$root/provider/$1/$2/oauth2/authorize?"*) ;;
        *) fail "oauth/url for $1: $u" ;;
    esac
    jar="$work/cookies2-$1"
    curl -sS -c "$jar" -b "$jar" "$oauth_url" | grep -q 'id="login"' || fail "no sign-in page for $1"
    curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=owner@$2.test" \
        --data-urlencode "password=secret" --data-urlencode "return=$oauth_url" "$root/provider/$1/$2/login"
    request=$(curl -sS -c "$jar" -b "$jar" "$oauth_url" | sed -n 's/.*name="request" value="\([^"]*\)".*/\1/p')
    [ -n "$request" ] || fail "no consent form for $1"
    location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "request=$request" --data-urlencode "decision=allow" "$root/provider/$1/$2/oauth2/decision")
    case "$location" in
        "https://www.mycoolapp.com/auth?"*"state=$5"*) ;;
        *) fail "Allow did not redirect to the callback with the state: $location" ;;
    esac
    echo "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p'
}

code=$(authorize2 zendesk acme zd-client zd-secret-1 "state-$$-1")
[ -n "$code" ] || fail "no code in the callback"
printf '%s\n' '{
  "element": {"key": "zendesk"},
  "providerData": {"code": "<AUTHORIZATION_GRANT_CODE>"},
  "configuration": {"oauth.api.key": "zd-client", "oauth.api.secret": "<CONSUMER_SECRET>",
                    "oauth.callback.url": "https://www.mycoolapp.com/auth", "zendesk.subdomain": "acme.zendesk.com"},
  "tags": ["cli"],
  "name": "Zendesk with create --from"
}' >"$work/zendesk.json"
CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET ZENDESK_CLIENT_SECRET=zd-secret-1 \
CE_PROVIDER_DATA_CODE=$code \
    "$bin" create --from "$work/zendesk.json" --environment "$base" </dev/null >"$work/zendesk.out" 2>"$work/zendesk.err" \
    || fail "create --from an OAuth 2.0 file failed: $(cat "$work/zendesk.err")"
jq -e '.element.key == "zendesk" and .name == "Zendesk with create --from"' \
    "$work/zendesk.out" >/dev/null || fail "create printed: $(cat "$work/zendesk.out")"
check "create --from an OAuth 2.0 file, the client secret and the code from the environment"

# The code is used up: the same file again is refused by the sandbox.
if CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET ZENDESK_CLIENT_SECRET=zd-secret-1 \
    CE_PROVIDER_DATA_CODE=$code "$bin" create --from "$work/zendesk.json" --environment "$base" \
    </dev/null >/dev/null 2>"$work/zendesk-again.err"; then
    fail "a used code was accepted"
fi
grep -q "already been used" "$work/zendesk-again.err" || fail "used code: $(cat "$work/zendesk-again.err")"
# Without the code's variable and no terminal: the placeholder is refused before sending.
if CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET ZENDESK_CLIENT_SECRET=zd-secret-1 \
    "$bin" create --from "$work/zendesk.json" --environment "$base" </dev/null >/dev/null 2>"$work/nocode.err"; then
    fail "a placeholder code was sent"
fi
grep -q "code" "$work/nocode.err" || fail "no word of the code: $(cat "$work/nocode.err")"
check "a used or missing code is refused in one line"

# Credentials: straight to POST /instances, the key from the descriptor's variable.
printf '{"element": {"key": "stripe"}, "configuration": {"api.key": "<INSERT_STRIPE_API_KEY>"}, "name": "Stripe"}\n' \
    >"$work/stripe.json"
CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET STRIPE_SECRET_KEY=sk_test_cli_0123 \
    "$bin" create --from "$work/stripe.json" --environment "$base" </dev/null >"$work/stripe.out" 2>"$work/stripe.err" \
    || fail "create --from a credentials file failed: $(cat "$work/stripe.err")"
jq -e '.element.key == "stripe" and .name == "Stripe"' "$work/stripe.out" >/dev/null \
    || fail "create printed: $(cat "$work/stripe.out")"
# Of hubspot's two modes, the one the file's configuration fits (its hidden authentication.type).
printf '{"element": {"key": "hubspot"}, "configuration": {"hubspot.authorization.apikey": "<HUBSPOT_API_KEY>",\n "authentication.type": "apiKey"}, "name": "HubSpot"}\n' \
    >"$work/hubspot.json"
CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET HUBSPOT_API_KEY=hapikey-cli-0123 \
    "$bin" create --from "$work/hubspot.json" --environment "$base" </dev/null >"$work/hubspot.out" 2>"$work/hubspot.err" \
    || fail "create --from hubspot's API key mode failed: $(cat "$work/hubspot.err")"
jq -e '.element.key == "hubspot"' "$work/hubspot.out" >/dev/null || fail "create printed: $(cat "$work/hubspot.out")"
check "create --from a credentials file (stripe, hubspot's API key mode), the key from the environment"

# An element no descriptor of create's describes: the platform's own description instead.
printf '{"element": {"key": "acmedesk"}, "configuration": {"acme.api.key": "<SECRET>", "acme.region": "eu"},\n "name": "Acme Desk"}\n' \
    >"$work/acmedesk.json"
CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET ACME_API_KEY=acme-key-cli-0123 \
    "$bin" create --from "$work/acmedesk.json" --environment "$base" </dev/null >"$work/acmedesk.out" \
    2>"$work/acmedesk.err" || fail "create --from an element only the platform describes: $(cat "$work/acmedesk.err")"
jq -e '.element.key == "acmedesk" and .name == "Acme Desk"' "$work/acmedesk.out" >/dev/null \
    || fail "create printed: $(cat "$work/acmedesk.out")"
printf '{"element": {"key": "nosuchelement"}, "configuration": {}, "name": "x"}\n' >"$work/nosuch.json"
if CE_USER_SECRET=$USER_SECRET CE_ORGANIZATION_SECRET=$ORG_SECRET \
    "$bin" create --from "$work/nosuch.json" --environment "$base" </dev/null >/dev/null 2>"$work/nosuch.err"; then
    fail "an element nobody knows was created"
fi
grep -q 'nosuchelement.*404' "$work/nosuch.err" || fail "unknown element: $(cat "$work/nosuch.err")"
check "create --from an element only the platform describes (GET /elements/{key}); an unknown one named"

# No secret reached the sandbox's log (its own fixed secrets are public: it prints them
# to tell the user what to send).
for s in consumer-secret-1 consumer-secret-2 "$token" "$secret" "$verifier" zd-secret-1 "$code" sk_test_cli_0123 \
    hapikey-cli-0123 acme-key-cli-0123; do
    if grep -qF -- "$s" "$work/serve.log"; then fail "secret in the sandbox log: $s"; fi
done
check "the sandbox log holds no secret"
echo "all passed"
