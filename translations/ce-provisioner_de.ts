<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppPage</name>
    <message>
        <source>FreshBooks app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your FreshBooks app&apos;s OAuth consumer, the account to connect, and how to name the new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account owner signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the address your browser ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.mycoolapp.com/auth?state=freshbooks&amp;oauth_token=…&amp;oauth_verifier=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Cloud Elements environment and enter the platform secrets of your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import instance.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com/elements/api-v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be sent to POST /instances, then create the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request body (secrets masked):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlDialog</name>
    <message>
        <source>Equivalent cURL commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration returned by the platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export instance.json…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export instance.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the real &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call to Cloud Elements since the app started. Secrets are shown as &lt;redacted&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Request token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Elements asks FreshBooks for a request token and the address of its authorization page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorization page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ApiError</name>
    <message>
        <source>Getting the request token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it may not go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is a web page, not JSON; a proxy or login page may be in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is cut off (incomplete JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: no secure connection to %2 could be set up (%3). Check that the server speaks https at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 and redirected the request to %3, which was not followed. Check the environment&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance may have been created anyway: look for it on the platform before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no request token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing, and every later call on the instance needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user and organization secrets for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to do this, or the instance is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the environment&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s content type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request elsewhere; check the environment&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is a web page, not JSON: a proxy or gateway may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Request id %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s answer is not what Cloud Elements sends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer in time (timeout: %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 did not answer in time (timeout: %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the secure connection to %2 could not be trusted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;token&quot; and &quot;secret&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request token is &quot;null&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;oauthUrl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauthUrl&quot; is not an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization URL carries oauth_token more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization URL carries no request token (oauth_token=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization URL is for another request token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an instance object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;token&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;element&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;configuration&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::AppPage</name>
    <message>
        <source>%1 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mycompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targetcompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Corp. FreshBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the instance is called in Cloud Elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects https://%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For https://targetcompany.%1, enter targetcompany</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::AuthorizePage</name>
    <message>
        <source>The owner of the %1 account signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization came back from inside %1, not from the page itself; it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a popup window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To try again, start again with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the callback address: it must start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::BrowserWidget</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your usual browser; then paste the address it ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page served by this computer (the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure: this page is sent unencrypted (http). Do not enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 could not be loaded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so the page was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — popup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::CallbackMatch</name>
    <message>
        <source>An authorization arrived although none was started; it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization came back with &quot;%1&quot; twice; it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization came back without a request token; it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization came back for another request token; it was not accepted. Start the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization came back without a verifier, so access was not granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ConnectionPage</name>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user secret, from the Cloud Elements console (your profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization secret, from the Cloud Elements console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with what a saved profile remembers, and change what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import instance.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain had none of this profile&apos;s secrets; enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: the next page shows what it held. Its OAuth values are not used: the authorization is done anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox runs on this computer and imitates Cloud Elements and FreshBooks: nothing leaves this computer. Its secrets are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are sent only to the environment chosen above, in the Authorization header of each call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::CreatePage</name>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(masked below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Create instance to try again, or go back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::CurlDialog</name>
    <message>
        <source>What the wizard does, as cURL commands for a terminal. Step 3 sends the body that Export instance.json writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied, with the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: get a request token and its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: get the authorization URL for that token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: open that URL, allow access, then create the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are shown: don&apos;t share these commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::DonePage</name>
    <message>
        <source>The token is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves everything this wizard asked except the secrets, which go to the keychain, so that the next instance needs only what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ElementDescription</name>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element description is not valid JSON: %1 (at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element description must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element description has schema version %1; this app reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element description needs a &quot;configuration&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a subdomain property needs a &quot;domain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element description&apos;s &quot;providerData&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown source &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name before .%1, e.g. &quot;acme&quot; for acme.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits and hyphens (at most 63), not starting or ending with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must not contain a #fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::Environment</name>
    <message>
        <source>The sandbox runs inside the app; to use a standalone one, start &quot;ce-provisioner serve-sandbox&quot; and pass the URL it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use us, eu, staging, snapshot or a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL of the Cloud Elements API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not contain a query (?) or fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ExportDialog</name>
    <message>
        <source>The body of POST /instances, as Cloud Elements documents it. Send it again with &quot;ce-provisioner create --from FILE&quot; or cURL, or import it to start a new setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold the consumer secret and the OAuth values: anyone who reads it can create an instance for this account. Keep it private (it is written readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are written as placeholders such as &lt;INSERT_FRESHBOOKS_API_SECRET&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export instance.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::InstanceRequest</name>
    <message>
        <source>%1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance name (name) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance name (name) is still the placeholder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 (tags[%2]) is still the placeholder %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element key (element.key) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element key is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: it comes from the OAuth exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still the placeholder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required entries: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object, like Cloud Elements&apos; instance.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;element&quot; is missing: it must be {&quot;key&quot;: &quot;freshbooks&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;element&quot; must be an object such as {&quot;key&quot;: &quot;freshbooks&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;element.key&quot; must be a non-empty string such as &quot;freshbooks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; must hold only strings (entry %1 does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB; an instance.json is a few hundred bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so secrets are not saved: you will enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so secrets are not saved: you will enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain does not work (%1), so secrets are not saved: you will enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::MemorySecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::Profile</name>
    <message>
        <source>The field &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold a profile (it is not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no schemaVersion: it is not a CE Provisioner profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s schemaVersion is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was made by a newer CE Provisioner (profile format %1; this version reads format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom base URL is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment is &quot;custom&quot; but the custom base URL is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;configuration&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration entry &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;tags&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;lastInstance&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last instance&apos;s id is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is for the element &quot;%1&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s custom base URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s environment &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ProfileSession</name>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, without its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ProfileStore</name>
    <message>
        <source>The file is a link to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a file (a folder or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a profile (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is too large to be saved (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer CE Provisioner and is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged, so it is not overwritten (delete it first to reuse its name). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read, so it is not overwritten. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be written (%1); the previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ProfilesDialog</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles are kept in %1. Their secrets are in the system keychain, never in these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy with F2 or Rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? The instances it created stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2 Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningFlow</name>
    <message>
        <source>This file is for the element &quot;%1&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organization secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed for the authorization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningWizard</name>
    <message>
        <source>CE Provisioner: new %1 instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was created, but its details are not saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered will be lost. Close the wizard anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close CE Provisioner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::RequestLog</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::RequestLogDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::SecretLineEdit</name>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::SecretStore</name>
    <message>
        <source>A secret needs a profile id and a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer %1, so secrets are not saved: you will enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::TagEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::TokenPage</name>
    <message>
        <source>Getting a request token from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Next shows %1&apos;s authorization page, where the account owner allows access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Retry when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ce::cli</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox ready. Authorization: User %1, Organization %2. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --from FILE (an instance.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this app does not know the element &quot;%2&quot; (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CE_USER_SECRET and CE_ORGANIZATION_SECRET in the environment (secrets are never taken from arguments).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Provision Cloud Elements instances (FreshBooks, OAuth 1.0a) with a wizard.

Commands:
  (none)          open the wizard
  serve-sandbox   run the built-in Cloud Elements sandbox on 127.0.0.1
  create          POST an instance.json and print the created instance

Secrets are read from the environment, never from arguments: CE_USER_SECRET,
CE_ORGANIZATION_SECRET and FRESHBOOKS_CONSUMER_SECRET. When one is missing and
standard input is a terminal, it is asked for without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve-sandbox or create; none opens the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wizard on the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve-sandbox: the port to listen on (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve-sandbox: approve every authorization at once, without the consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the instance.json to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: us, eu, staging, snapshot or a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: give up after this many seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every HTTP call on standard error (secrets redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
