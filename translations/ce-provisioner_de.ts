<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppPage</name>
    <message>
        <source>FreshBooks app</source>
        <translation>FreshBooks-App</translation>
    </message>
    <message>
        <source>Your FreshBooks app&apos;s OAuth consumer, the account to connect, and how to name the new instance.</source>
        <translation>Der OAuth-Consumer Ihrer FreshBooks-App, das zu verbindende Konto und der Name der neuen Instanz.</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer-&amp;Key:</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>C&amp;onsumer-Secret:</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>Site-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>Instance na&amp;me:</source>
        <translation>Instanz&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
</context>
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>The account owner signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation>Der Kontoinhaber meldet sich an und erlaubt den Zugriff. Sobald der Zugriff erlaubt ist, fährt der Assistent von selbst fort.</translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation>Mit neuem Token &amp;neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Reload the page</source>
        <translation>Seite neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Paste the address your browser ended on:</source>
        <translation>&amp;Adresse einfügen, die Ihr Browser zuletzt angezeigt hat:</translation>
    </message>
    <message>
        <source>https://www.mycoolapp.com/auth?state=freshbooks&amp;oauth_token=…&amp;oauth_verifier=…</source>
        <translation>https://www.mycoolapp.com/auth?state=freshbooks&amp;oauth_token=…&amp;oauth_verifier=…</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Verwenden</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Choose the Cloud Elements environment and enter the platform secrets of your organization.</source>
        <translation>Wählen Sie die Umgebung von Cloud Elements und geben Sie die Plattform-Secrets Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Ausgangspunkt:</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Import instance.json…</source>
        <translation>instance.json &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>https://api.example.com/elements/api-v2</source>
        <translation>https://api.example.com/elements/api-v2</translation>
    </message>
    <message>
        <source>U&amp;ser secret:</source>
        <translation>B&amp;enutzer-Secret:</translation>
    </message>
    <message>
        <source>&amp;Organization secret:</source>
        <translation>&amp;Organisations-Secret:</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Check what will be sent to POST /instances, then create the instance.</source>
        <translation>Prüfen Sie, was an POST /instances gesendet wird, und erstellen Sie dann die Instanz.</translation>
    </message>
    <message>
        <source>&amp;Request body (secrets masked):</source>
        <translation>&amp;Inhalt der Anfrage (Secrets maskiert):</translation>
    </message>
</context>
<context>
    <name>CurlDialog</name>
    <message>
        <source>Equivalent cURL commands</source>
        <translation>Entsprechende cURL-Befehle</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>Secrets &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation>Die Instanz wurde erstellt. Bewahren Sie ihr Token auf: Jeder spätere Aufruf in ihrem Namen benötigt es.</translation>
    </message>
    <message>
        <source>Instance id:</source>
        <translation>Instanz-ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Instance token:</source>
        <translation>Instanz-Token:</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Configuration returned by the platform:</source>
        <translation>&amp;Von der Plattform zurückgegebene Konfiguration:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Export instance.json…</source>
        <translation>instance.json &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export instance.json</source>
        <translation>instance.json exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Include the real &amp;secrets</source>
        <translation>Echte &amp;Secrets einschließen</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last instance</source>
        <translation>Letzte Instanz</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Every call to Cloud Elements since the app started. Secrets are shown as &lt;redacted&gt;.</source>
        <translation>Jeder Aufruf an Cloud Elements seit dem Start der App. Secrets werden als &lt;redacted&gt; angezeigt.</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Request token</source>
        <translation>Request-Token</translation>
    </message>
    <message>
        <source>Cloud Elements asks FreshBooks for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements fragt bei FreshBooks ein Request-Token und die Adresse der Autorisierungsseite an.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Request token:</source>
        <translation>Request-Token:</translation>
    </message>
    <message>
        <source>&amp;Authorization page:</source>
        <translation>&amp;Autorisierungsseite:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ce::ApiError</name>
    <message>
        <source>Getting the request token</source>
        <translation>Das Abrufen des Request-Tokens</translation>
    </message>
    <message>
        <source>Getting the authorization URL</source>
        <translation>Das Abrufen der Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Creating the instance</source>
        <translation>Das Erstellen der Instanz</translation>
    </message>
    <message>
        <source>Reading the instance</source>
        <translation>Das Lesen der Instanz</translation>
    </message>
    <message>
        <source>Listing the instances</source>
        <translation>Das Auflisten der Instanzen</translation>
    </message>
    <message>
        <source>Deleting the instance</source>
        <translation>Das Löschen der Instanz</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the server running?)</source>
        <translation>die Verbindung zu %1 wurde abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation>der Hostname %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>bei der Verbindung zu %1 ist eine Zeitüberschreitung aufgetreten</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it may not go</source>
        <translation>%1 hat die Anfrage an ein unzulässiges Ziel umgeleitet</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is a web page, not JSON; a proxy or login page may be in the way</source>
        <translation>die Antwort ist eine Webseite, kein JSON; möglicherweise ist ein Proxy oder eine Anmeldeseite dazwischengeschaltet</translation>
    </message>
    <message>
        <source>the answer holds text that is not valid UTF-8</source>
        <translation>die Antwort enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>the answer is cut off (incomplete JSON)</source>
        <translation>die Antwort ist abgeschnitten (unvollständiges JSON)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>%1 failed: no secure connection to %2 could be set up (%3). Check that the server speaks https at this address.</source>
        <translation>%1 ist fehlgeschlagen: Zu %2 konnte keine sichere Verbindung aufgebaut werden (%3). Prüfen Sie, ob der Server unter dieser Adresse https spricht.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed.</source>
        <translation>Der Server hat die Anfrage nach %1 umgeleitet; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 and redirected the request to %3, which was not followed. Check the environment&apos;s base URL.</source>
        <translation>%1 ist fehlgeschlagen: Der Server hat mit HTTP %2 geantwortet und die Anfrage nach %3 umgeleitet; der Umleitung wurde nicht gefolgt. Prüfen Sie die Basis-URL der Umgebung.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete (%2 of %3 bytes)</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>The instance may have been created anyway: look for it on the platform before you try again.</source>
        <translation>Die Instanz wurde möglicherweise trotzdem erstellt: Suchen Sie auf der Plattform danach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>no environment is chosen</source>
        <translation>es ist keine Umgebung gewählt</translation>
    </message>
    <message>
        <source>there is no request token yet</source>
        <translation>es gibt noch kein Request-Token</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing, and every later call on the instance needs it</source>
        <translation>&quot;token&quot; fehlt, wird aber für jeden späteren Aufruf der Instanz benötigt</translation>
    </message>
    <message>
        <source>Check the user and organization secrets for this environment.</source>
        <translation>Prüfen Sie das Benutzer- und das Organisations-Secret für diese Umgebung.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this, or the instance is disabled.</source>
        <translation>Das Konto darf dies nicht, oder die Instanz ist deaktiviert.</translation>
    </message>
    <message>
        <source>Check the environment&apos;s base URL.</source>
        <translation>Prüfen Sie die Basis-URL der Umgebung.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s content type.</source>
        <translation>Der Server hat den Inhaltstyp der Anfrage nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server had a problem; try again in a moment.</source>
        <translation>Beim Server ist ein Problem aufgetreten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere; check the environment&apos;s base URL.</source>
        <translation>Der Server hat die Anfrage an eine andere Stelle weitergeleitet; prüfen Sie die Basis-URL der Umgebung.</translation>
    </message>
    <message>
        <source>The answer is a web page, not JSON: a proxy or gateway may be in the way.</source>
        <translation>Die Antwort ist eine Webseite, kein JSON: Möglicherweise ist ein Proxy oder Gateway dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>Die Antwort hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The answer is not JSON.</source>
        <translation>Die Antwort ist kein JSON.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2.</source>
        <translation>%1 ist fehlgeschlagen: Der Server hat mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Er meldete: „%1“.</translation>
    </message>
    <message>
        <source>The provider said: &quot;%1&quot;.</source>
        <translation>Der Anbieter meldete: „%1“.</translation>
    </message>
    <message>
        <source>(Request id %1.)</source>
        <translation>(Anfrage-ID %1.)</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s answer is not what Cloud Elements sends (%2).</source>
        <translation>%1 ist fehlgeschlagen: Die Antwort des Servers entspricht nicht dem, was Cloud Elements sendet (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>no complete answer in time (timeout: %1 s)</source>
        <translation>keine vollständige Antwort in der vorgesehenen Zeit (Zeitlimit: %1 s)</translation>
    </message>
    <message>
        <source>%1 failed: %2 did not answer in time (timeout: %3 s).</source>
        <translation>%1 ist fehlgeschlagen: %2 hat nicht rechtzeitig geantwortet (Zeitlimit: %3 s).</translation>
    </message>
    <message>
        <source>%1 failed: the secure connection to %2 could not be trusted (%3).</source>
        <translation>%1 ist fehlgeschlagen: Der sicheren Verbindung zu %2 kann nicht vertraut werden (%3).</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 ist nicht möglich: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>expected an object with &quot;token&quot; and &quot;secret&quot;</source>
        <translation>erwartet wurde ein Objekt mit &quot;token&quot; und &quot;secret&quot;</translation>
    </message>
    <message>
        <source>the request token is &quot;null&quot;</source>
        <translation>das Request-Token ist &quot;null&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;oauthUrl&quot;</source>
        <translation>erwartet wurde ein Objekt mit &quot;oauthUrl&quot;</translation>
    </message>
    <message>
        <source>&quot;oauthUrl&quot; is not an absolute http(s) URL</source>
        <translation>&quot;oauthUrl&quot; ist keine absolute http(s)-URL</translation>
    </message>
    <message>
        <source>the authorization URL carries oauth_token more than once</source>
        <translation>die Autorisierungs-URL enthält oauth_token mehrfach</translation>
    </message>
    <message>
        <source>the authorization URL carries no request token (oauth_token=%1)</source>
        <translation>die Autorisierungs-URL enthält kein Request-Token (oauth_token=%1)</translation>
    </message>
    <message>
        <source>the authorization URL is for another request token</source>
        <translation>die Autorisierungs-URL gehört zu einem anderen Request-Token</translation>
    </message>
    <message>
        <source>expected an instance object</source>
        <translation>erwartet wurde ein Instanzobjekt</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a positive integer</source>
        <translation>&quot;id&quot; fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not a string</source>
        <translation>&quot;name&quot; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;token&quot; is not a string</source>
        <translation>&quot;token&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;element&quot; is not an object</source>
        <translation>&quot;element&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation>&quot;tags&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; is not an object</source>
        <translation>&quot;configuration&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>expected a list of instances</source>
        <translation>erwartet wurde eine Liste von Instanzen</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>ce::AppPage</name>
    <message>
        <source>%1 app</source>
        <translation>%1-App</translation>
    </message>
    <message>
        <source>mycompany</source>
        <translation>meinefirma</translation>
    </message>
    <message>
        <source>targetcompany</source>
        <translation>zielfirma</translation>
    </message>
    <message>
        <source>Acme Corp. FreshBooks</source>
        <translation>Acme Corp. FreshBooks</translation>
    </message>
    <message>
        <source>How the instance is called in Cloud Elements.</source>
        <translation>Der Name der Instanz in Cloud Elements.</translation>
    </message>
    <message>
        <source>Connects https://%1.%2</source>
        <translation>Verbindet mit https://%1.%2</translation>
    </message>
    <message>
        <source>For https://targetcompany.%1, enter targetcompany</source>
        <translation>Für https://zielfirma.%1 geben Sie zielfirma ein</translation>
    </message>
</context>
<context>
    <name>ce::AuthorizePage</name>
    <message>
        <source>The owner of the %1 account signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation>Der Inhaber des %1-Kontos meldet sich an und erlaubt den Zugriff. Sobald der Zugriff erlaubt ist, fährt der Assistent von selbst fort.</translation>
    </message>
    <message>
        <source>Access granted.</source>
        <translation>Zugriff erlaubt.</translation>
    </message>
    <message>
        <source>The authorization came back from inside %1, not from the page itself; it was not accepted.</source>
        <translation>Die Autorisierung kam aus %1, nicht von der Seite selbst; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>a popup window</source>
        <translation>einem Popup-Fenster</translation>
    </message>
    <message>
        <source>a frame</source>
        <translation>einem Frame</translation>
    </message>
    <message>
        <source>To try again, start again with a new token.</source>
        <translation>Für einen neuen Versuch beginnen Sie mit einem neuen Token neu.</translation>
    </message>
    <message>
        <source>That is not the callback address: it must start with %1.</source>
        <translation>Das ist nicht die Callback-Adresse: Sie muss mit %1 beginnen.</translation>
    </message>
</context>
<context>
    <name>ce::BrowserWidget</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Seite neu laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open in system browser</source>
        <translation>Im Systembrowser öffnen</translation>
    </message>
    <message>
        <source>Continue in your usual browser; then paste the address it ends on</source>
        <translation>In Ihrem gewohnten Browser fortfahren; danach die Adresse einfügen, bei der er ankommt</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Secure connection (https)</source>
        <translation>Sichere Verbindung (https)</translation>
    </message>
    <message>
        <source>A page served by this computer (the sandbox)</source>
        <translation>Eine Seite von diesem Computer (die Sandbox)</translation>
    </message>
    <message>
        <source>Not secure: this page is sent unencrypted (http). Do not enter a password.</source>
        <translation>Nicht sicher: Diese Seite wird unverschlüsselt übertragen (http). Geben Sie kein Passwort ein.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The page %1 could not be loaded: %2.</source>
        <translation>Die Seite %1 konnte nicht geladen werden: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so the page was not shown.</source>
        <translation>Das Zertifikat von %1 ist ungültig (%2), deshalb wurde die Seite nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 — popup</source>
        <translation>%1 — Popup</translation>
    </message>
</context>
<context>
    <name>ce::CallbackMatch</name>
    <message>
        <source>An authorization arrived although none was started; it was not accepted.</source>
        <translation>Eine Autorisierung ist eingetroffen, obwohl keine gestartet wurde; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The authorization came back with &quot;%1&quot; twice; it was not accepted.</source>
        <translation>Die Autorisierung kam mit doppeltem &quot;%1&quot; zurück; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1).</source>
        <translation>Der Zugriff wurde nicht erlaubt (der Anbieter meldete: %1).</translation>
    </message>
    <message>
        <source>The authorization came back without a request token; it was not accepted.</source>
        <translation>Die Autorisierung kam ohne Request-Token zurück; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The authorization came back for another request token; it was not accepted. Start the authorization again.</source>
        <translation>Die Autorisierung kam für ein anderes Request-Token zurück; sie wurde nicht angenommen. Starten Sie die Autorisierung erneut.</translation>
    </message>
    <message>
        <source>The authorization came back without a verifier, so access was not granted.</source>
        <translation>Die Autorisierung kam ohne Verifier zurück, daher wurde der Zugriff nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>ce::ConnectionPage</name>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>used today</source>
        <translation>heute verwendet</translation>
    </message>
    <message>
        <source>used yesterday</source>
        <translation>gestern verwendet</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>verwendet am %1</translation>
    </message>
    <message>
        <source>Your user secret, from the Cloud Elements console (your profile).</source>
        <translation>Ihr Benutzer-Secret aus der Konsole von Cloud Elements (Ihr Profil).</translation>
    </message>
    <message>
        <source>Your organization secret, from the Cloud Elements console.</source>
        <translation>Ihr Organisations-Secret aus der Konsole von Cloud Elements.</translation>
    </message>
    <message>
        <source>Start with what a saved profile remembers, and change what differs.</source>
        <translation>Beginnen Sie mit den Angaben eines gespeicherten Profils und ändern Sie, was abweicht.</translation>
    </message>
    <message>
        <source>Import instance.json</source>
        <translation>instance.json importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The keychain had none of this profile&apos;s secrets; enter them.</source>
        <translation>Der Schlüsselbund enthielt keines der Secrets dieses Profils; geben Sie sie ein.</translation>
    </message>
    <message>
        <source>A fresh setup</source>
        <translation>Neue Einrichtung</translation>
    </message>
    <message>
        <source>Imported %1: the next page shows what it held. Its OAuth values are not used: the authorization is done anew.</source>
        <translation>%1 importiert: Die nächste Seite zeigt den Inhalt. Die OAuth-Werte daraus werden nicht verwendet: Die Autorisierung erfolgt neu.</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer and imitates Cloud Elements and FreshBooks: nothing leaves this computer. Its secrets are filled in.</source>
        <translation>Die Sandbox läuft auf diesem Computer und ahmt Cloud Elements und FreshBooks nach: Nichts verlässt diesen Computer. Ihre Secrets sind bereits eingetragen.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The secrets are sent only to the environment chosen above, in the Authorization header of each call.</source>
        <translation>Die Secrets werden nur an die oben gewählte Umgebung gesendet, im Authorization-Header jedes Aufrufs.</translation>
    </message>
</context>
<context>
    <name>ce::CreatePage</name>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation>Instanzname:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>From the authorization:</source>
        <translation>Aus der Autorisierung:</translation>
    </message>
    <message>
        <source>(masked below)</source>
        <translation>(unten maskiert)</translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation>Die Instanz wird erstellt…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Create instance to try again, or go back.</source>
        <translation>Ihre Eingaben bleiben erhalten: Klicken Sie auf „Instanz erstellen“, um es erneut zu versuchen, oder gehen Sie zurück.</translation>
    </message>
</context>
<context>
    <name>ce::CurlDialog</name>
    <message>
        <source>What the wizard does, as cURL commands for a terminal. Step 3 sends the body that Export instance.json writes.</source>
        <translation>Was der Assistent tut, als cURL-Befehle für ein Terminal. Schritt 3 sendet den Inhalt, den „instance.json exportieren“ schreibt.</translation>
    </message>
    <message>
        <source>Copied, with the secrets.</source>
        <translation>Kopiert, mit den Secrets.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Step 1: get a request token and its secret</source>
        <translation>Schritt 1: Request-Token und dessen Secret abrufen</translation>
    </message>
    <message>
        <source>Step 2: get the authorization URL for that token</source>
        <translation>Schritt 2: Autorisierungs-URL für dieses Token abrufen</translation>
    </message>
    <message>
        <source>Step 3: open that URL, allow access, then create the instance</source>
        <translation>Schritt 3: diese URL öffnen, Zugriff erlauben, dann die Instanz erstellen</translation>
    </message>
    <message>
        <source>Secrets are shown: don&apos;t share these commands.</source>
        <translation>Secrets werden angezeigt: Geben Sie diese Befehle nicht weiter.</translation>
    </message>
</context>
<context>
    <name>ce::DonePage</name>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>Saves everything this wizard asked except the secrets, which go to the keychain, so that the next instance needs only what differs.</source>
        <translation>Speichert alle Angaben dieses Assistenten außer den Secrets, die in den Schlüsselbund kommen, sodass für die nächste Instanz nur noch Abweichungen nötig sind.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>Als &amp;Profil speichern</translation>
    </message>
</context>
<context>
    <name>ce::ElementDescription</name>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation>%1: &quot;%2&quot; fehlt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty.</source>
        <translation>%1: &quot;%2&quot; ist leer.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>The element description is not valid JSON: %1 (at offset %2).</source>
        <translation>Die Elementbeschreibung ist kein gültiges JSON: %1 (an Position %2).</translation>
    </message>
    <message>
        <source>The element description must be a JSON object.</source>
        <translation>Die Elementbeschreibung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The element description has schema version %1; this app reads version %2.</source>
        <translation>Die Elementbeschreibung hat die Schemaversion %1; diese App liest Version %2.</translation>
    </message>
    <message>
        <source>The element description needs a &quot;configuration&quot; array.</source>
        <translation>Die Elementbeschreibung benötigt ein Array &quot;configuration&quot;.</translation>
    </message>
    <message>
        <source>%1: a subdomain property needs a &quot;domain&quot;.</source>
        <translation>%1: Eine Subdomain-Eigenschaft benötigt &quot;domain&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;.</source>
        <translation>%1: unbekanntes Format &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears twice.</source>
        <translation>%1: Der Schlüssel &quot;%2&quot; kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The element description&apos;s &quot;providerData&quot; must be an array.</source>
        <translation>&quot;providerData&quot; in der Elementbeschreibung muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1: unknown source &quot;%2&quot;.</source>
        <translation>%1: unbekannte Quelle &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>Use the name before .%1, e.g. &quot;acme&quot; for acme.%1.</source>
        <translation>Verwenden Sie den Namen vor .%1, z. B. &quot;acme&quot; für acme.%1.</translation>
    </message>
    <message>
        <source>Use only letters, digits and hyphens (at most 63), not starting or ending with a hyphen.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern und Bindestriche (höchstens 63), ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>It is not a valid URL.</source>
        <translation>Das ist keine gültige URL.</translation>
    </message>
    <message>
        <source>It must start with https:// or http://.</source>
        <translation>Die URL muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>It has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>It must not contain a user name or password.</source>
        <translation>Die URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>It must not contain a #fragment.</source>
        <translation>Die URL darf kein #Fragment enthalten.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer-Key</translation>
    </message>
    <message>
        <source>Your FreshBooks system name: for mycompany.freshbooks.com it is mycompany.</source>
        <translation>Ihr FreshBooks-Systemname: für meinefirma.freshbooks.com ist es meinefirma.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer-Secret</translation>
    </message>
    <message>
        <source>The OAuth consumer secret FreshBooks gave you when you registered your app.</source>
        <translation>Das OAuth-Consumer-Secret, das Sie von FreshBooks bei der Registrierung Ihrer App erhalten haben.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site-Adresse</translation>
    </message>
    <message>
        <source>The FreshBooks account to connect: for targetcompany.freshbooks.com it is targetcompany.</source>
        <translation>Das zu verbindende FreshBooks-Konto: für zielfirma.freshbooks.com ist es zielfirma.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>The URL you gave FreshBooks when you registered your app; the authorization comes back to it.</source>
        <translation>Die URL, die Sie FreshBooks bei der Registrierung Ihrer App angegeben haben; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
</context>
<context>
    <name>ce::Environment</name>
    <message>
        <source>The sandbox runs inside the app; to use a standalone one, start &quot;ce-provisioner serve-sandbox&quot; and pass the URL it prints.</source>
        <translation>Die Sandbox läuft innerhalb der App; für eine eigenständige Sandbox starten Sie &quot;ce-provisioner serve-sandbox&quot; und übergeben die ausgegebene URL.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use us, eu, staging, snapshot or a base URL.</source>
        <translation>Unbekannte Umgebung &quot;%1&quot;: Verwenden Sie us, eu, staging, snapshot oder eine Basis-URL.</translation>
    </message>
    <message>
        <source>Enter the base URL of the Cloud Elements API.</source>
        <translation>Geben Sie die Basis-URL der API von Cloud Elements ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Das ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>Die URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>Die URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The URL must not contain a query (?) or fragment (#).</source>
        <translation>Die URL darf weder Abfrage (?) noch Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1); verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>US production</source>
        <translation>US-Produktion</translation>
    </message>
    <message>
        <source>EU production</source>
        <translation>EU-Produktion</translation>
    </message>
    <message>
        <source>US staging</source>
        <translation>US-Staging</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Integrierte Sandbox</translation>
    </message>
</context>
<context>
    <name>ce::ExportDialog</name>
    <message>
        <source>The body of POST /instances, as Cloud Elements documents it. Send it again with &quot;ce-provisioner create --from FILE&quot; or cURL, or import it to start a new setup.</source>
        <translation>Der Inhalt von POST /instances, wie Cloud Elements ihn dokumentiert. Senden Sie ihn erneut mit &quot;ce-provisioner create --from FILE&quot; oder cURL, oder importieren Sie ihn, um eine neue Einrichtung zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The file will hold the consumer secret and the OAuth values: anyone who reads it can create an instance for this account. Keep it private (it is written readable by you only).</source>
        <translation>Die Datei enthält das Consumer-Secret und die OAuth-Werte: Wer sie lesen kann, kann eine Instanz für dieses Konto erstellen. Halten Sie sie geheim (sie wird nur für Sie lesbar geschrieben).</translation>
    </message>
    <message>
        <source>Secrets are written as placeholders such as &lt;INSERT_FRESHBOOKS_API_SECRET&gt;.</source>
        <translation>Secrets werden als Platzhalter wie &lt;INSERT_FRESHBOOKS_API_SECRET&gt; geschrieben.</translation>
    </message>
    <message>
        <source>Export instance.json</source>
        <translation>instance.json exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
</context>
<context>
    <name>ce::InstanceRequest</name>
    <message>
        <source>%1 (%2) is missing.</source>
        <translation>%1 (%2) fehlt.</translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation>%1 (%2) ist noch der Platzhalter %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The instance name (name) is missing.</source>
        <translation>Der Instanzname (name) fehlt.</translation>
    </message>
    <message>
        <source>The instance name (name) is still the placeholder %1.</source>
        <translation>Der Instanzname (name) ist noch der Platzhalter %1.</translation>
    </message>
    <message>
        <source>Tag %1 is empty.</source>
        <translation>Tag %1 ist leer.</translation>
    </message>
    <message>
        <source>Tag %1 (tags[%2]) is still the placeholder %3.</source>
        <translation>Tag %1 (tags[%2]) ist noch der Platzhalter %3.</translation>
    </message>
    <message>
        <source>The element key (element.key) is missing.</source>
        <translation>Der Elementschlüssel (element.key) fehlt.</translation>
    </message>
    <message>
        <source>The element key is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>Der Elementschlüssel ist &quot;%1&quot;, erwartet wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing: it comes from the OAuth exchange.</source>
        <translation>%1 fehlt: Der Wert stammt aus dem OAuth-Austausch.</translation>
    </message>
    <message>
        <source>%1 is still the placeholder %2.</source>
        <translation>%1 ist noch der Platzhalter %2.</translation>
    </message>
    <message>
        <source>Missing required entries: %1.</source>
        <translation>Fehlende Pflichtangaben: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1: this is not valid JSON (%2).</source>
        <translation>Zeile %1: Das ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, like Cloud Elements&apos; instance.json.</source>
        <translation>Die Datei muss ein einzelnes JSON-Objekt enthalten, wie die instance.json von Cloud Elements.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;element&quot; is missing: it must be {&quot;key&quot;: &quot;freshbooks&quot;}.</source>
        <translation>&quot;element&quot; fehlt: Es muss {&quot;key&quot;: &quot;freshbooks&quot;} lauten.</translation>
    </message>
    <message>
        <source>&quot;element&quot; must be an object such as {&quot;key&quot;: &quot;freshbooks&quot;}.</source>
        <translation>&quot;element&quot; muss ein Objekt wie {&quot;key&quot;: &quot;freshbooks&quot;} sein.</translation>
    </message>
    <message>
        <source>&quot;element.key&quot; must be a non-empty string such as &quot;freshbooks&quot;.</source>
        <translation>&quot;element.key&quot; muss eine nicht leere Zeichenkette wie &quot;freshbooks&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of names and values.</source>
        <translation>&quot;%1&quot; muss ein Objekt aus Namen und Werten sein.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a string.</source>
        <translation>&quot;%1.%2&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must hold only strings (entry %1 does not).</source>
        <translation>&quot;tags&quot; darf nur Zeichenketten enthalten (Eintrag %1 ist keine).</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings.</source>
        <translation>&quot;tags&quot; muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string.</source>
        <translation>&quot;name&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB; an instance.json is a few hundred bytes.</source>
        <translation>Die Datei ist größer als 1 MiB; eine instance.json ist nur einige hundert Bytes groß.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>Das ist keine Textdatei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ce::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so secrets are not saved: you will enter them again next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (kein Secret Service aktiv), daher werden Secrets nicht gespeichert: Sie geben sie beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <translation>Nicht unterstützter Vorgang.</translation>
    </message>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Unter diesem Namen ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so secrets are not saved: you will enter them again next time.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher werden Secrets nicht gespeichert: Sie geben sie beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1).</source>
        <translation>Der Schlüsselbund konnte das Secret nicht löschen (%1).</translation>
    </message>
    <message>
        <source>The keychain does not work (%1), so secrets are not saved: you will enter them again next time.</source>
        <translation>Der Schlüsselbund funktioniert nicht (%1), daher werden Secrets nicht gespeichert: Sie geben sie beim nächsten Mal erneut ein.</translation>
    </message>
</context>
<context>
    <name>ce::MemorySecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Unter diesem Namen ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <translation>Nicht unterstützter Vorgang.</translation>
    </message>
</context>
<context>
    <name>ce::Profile</name>
    <message>
        <source>The field &quot;%1&quot; is not a date.</source>
        <translation>Das Feld &quot;%1&quot; ist kein Datum.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a valid date.</source>
        <translation>Das Feld &quot;%1&quot; ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation>Das Feld &quot;%1&quot; ist kein Text.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>Das Feld &quot;%1&quot; ist leer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold a profile (it is not a JSON object).</source>
        <translation>Die Datei enthält kein Profil (sie ist kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The file has no schemaVersion: it is not a CE Provisioner profile.</source>
        <translation>Die Datei hat keine schemaVersion: Sie ist kein Profil von CE Provisioner.</translation>
    </message>
    <message>
        <source>The file&apos;s schemaVersion is not a positive whole number.</source>
        <translation>Die schemaVersion der Datei ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The profile was made by a newer CE Provisioner (profile format %1; this version reads format %2).</source>
        <translation>Das Profil wurde von einer neueren Version von CE Provisioner erstellt (Profilformat %1; diese Version liest Format %2).</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is unknown.</source>
        <translation>Die Umgebung &quot;%1&quot; ist unbekannt.</translation>
    </message>
    <message>
        <source>The custom base URL is not a valid absolute URL.</source>
        <translation>Die eigene Basis-URL ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>The environment is &quot;custom&quot; but the custom base URL is missing.</source>
        <translation>Die Umgebung ist &quot;custom&quot;, aber die eigene Basis-URL fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;configuration&quot; is not an object.</source>
        <translation>Das Feld &quot;configuration&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>The configuration entry &quot;%1&quot; is not text.</source>
        <translation>Der Konfigurationseintrag &quot;%1&quot; ist kein Text.</translation>
    </message>
    <message>
        <source>The field &quot;tags&quot; is not a list.</source>
        <translation>Das Feld &quot;tags&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>A tag is not text.</source>
        <translation>Ein Tag ist kein Text.</translation>
    </message>
    <message>
        <source>The field &quot;lastInstance&quot; is not an object.</source>
        <translation>Das Feld &quot;lastInstance&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>The last instance&apos;s id is missing or not a whole number.</source>
        <translation>Die ID der letzten Instanz fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The profile is for the element &quot;%1&quot;, not %2.</source>
        <translation>Das Profil ist für das Element &quot;%1&quot;, nicht für %2.</translation>
    </message>
    <message>
        <source>The profile&apos;s custom base URL cannot be used: %1</source>
        <translation>Die eigene Basis-URL des Profils kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s environment &quot;%1&quot; is unknown.</source>
        <translation>Die Umgebung &quot;%1&quot; des Profils ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>ce::ProfileSession</name>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the keychain.</source>
        <translation>Profil „%1“ gespeichert; seine Secrets sind im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, without its secrets.</source>
        <translation>Profil „%1“ gespeichert, ohne seine Secrets.</translation>
    </message>
    <message>
        <source>The keychain refused them.</source>
        <translation>Der Schlüsselbund hat sie abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ce::ProfileStore</name>
    <message>
        <source>The file is a link to a file that does not exist.</source>
        <translation>Die Datei ist ein Verweis auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>It is not a file (a folder or a device).</source>
        <translation>Das ist keine Datei (sondern ein Ordner oder ein Gerät).</translation>
    </message>
    <message>
        <source>The file is too large to be a profile (%1 bytes).</source>
        <translation>Die Datei ist zu groß für ein Profil (%1 Bytes).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a folder.</source>
        <translation>Der Profilordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be read.</source>
        <translation>Der Profilordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id.</source>
        <translation>&quot;%1&quot; ist keine Profil-ID.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile is too large to be saved (%1 bytes).</source>
        <translation>Das Profil ist zu groß zum Speichern (%1 Bytes).</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Das Profil kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer CE Provisioner and is not overwritten.</source>
        <translation>Die Datei %1 wurde von einer neueren Version von CE Provisioner erstellt und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>The file %1 is damaged, so it is not overwritten (delete it first to reuse its name). %2</source>
        <translation>Die Datei %1 ist beschädigt und wird daher nicht überschrieben (löschen Sie sie zuerst, um ihren Namen wiederzuverwenden). %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read, so it is not overwritten. %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden und wird daher nicht überschrieben. %2</translation>
    </message>
    <message>
        <source>The profile could not be saved in %1: %2.</source>
        <translation>Das Profil konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation>es konnte nicht alles geschrieben werden</translation>
    </message>
    <message>
        <source>The profile could not be written (%1); the previous version is unchanged.</source>
        <translation>Das Profil konnte nicht geschrieben werden (%1); die vorherige Version ist unverändert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1.</source>
        <translation>Das Profil konnte nicht gelöscht werden: %1.</translation>
    </message>
</context>
<context>
    <name>ce::ProfilesDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Profiles are kept in %1. Their secrets are in the system keychain, never in these files.</source>
        <translation>Profile werden in %1 gespeichert. Ihre Secrets liegen im Schlüsselbund des Systems, nie in diesen Dateien.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy with F2 or Rename.</source>
        <translation>Dupliziert. Benennen Sie die Kopie mit F2 oder „Umbenennen“ um.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? The instances it created stay.</source>
        <translation>Das Profil „%1“ und seine Secrets im Schlüsselbund löschen? Die damit erstellten Instanzen bleiben bestehen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2 Delete it?</source>
        <translation>Die Datei %1 ist nicht verwendbar: %2 Datei löschen?</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningFlow</name>
    <message>
        <source>This file is for the element &quot;%1&quot;, not %2.</source>
        <translation>Diese Datei ist für das Element &quot;%1&quot;, nicht für %2.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Wählen Sie eine Umgebung.</translation>
    </message>
    <message>
        <source>Enter the user secret.</source>
        <translation>Geben Sie das Benutzer-Secret ein.</translation>
    </message>
    <message>
        <source>Enter the organization secret.</source>
        <translation>Geben Sie das Organisations-Secret ein.</translation>
    </message>
    <message>
        <source>%1 is needed for the authorization.</source>
        <translation>%1 wird für die Autorisierung benötigt.</translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningWizard</name>
    <message>
        <source>CE Provisioner: new %1 instance</source>
        <translation>CE Provisioner: neue %1-Instanz</translation>
    </message>
    <message>
        <source>&amp;Create instance</source>
        <translation>Instanz &amp;erstellen</translation>
    </message>
    <message>
        <source>Request lo&amp;g</source>
        <translation>Anfra&amp;geprotokoll</translation>
    </message>
    <message>
        <source>&amp;View as cURL</source>
        <translation>Als cU&amp;RL anzeigen</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was created, but its details are not saved. Close anyway?</source>
        <translation>Die Instanz „%1“ wurde erstellt, aber ihre Angaben sind nicht gespeichert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>What you entered will be lost. Close the wizard anyway?</source>
        <translation>Ihre Eingaben gehen verloren. Den Assistenten trotzdem schließen?</translation>
    </message>
    <message>
        <source>Close CE Provisioner?</source>
        <translation>CE Provisioner schließen?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>ce::RequestLog</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Status: %1, %2 ms</source>
        <translation>Status: %1, %2 ms</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Inhalt der Anfrage:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Inhalt der Antwort:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ce::RequestLogDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Anfrageprotokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>ce::SecretLineEdit</name>
    <message>
        <source>Show the secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Secret verbergen</translation>
    </message>
</context>
<context>
    <name>ce::SecretStore</name>
    <message>
        <source>A secret needs a profile id and a key.</source>
        <translation>Ein Secret braucht eine Profil-ID und einen Schlüssel.</translation>
    </message>
    <message>
        <source>within 1 second</source>
        <translation>innerhalb von 1 Sekunde</translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation>innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>The keychain did not answer %1.</source>
        <translation>Der Schlüsselbund hat nicht %1 geantwortet.</translation>
    </message>
    <message>
        <source>The keychain did not answer %1, so secrets are not saved: you will enter them again next time.</source>
        <translation>Der Schlüsselbund hat nicht %1 geantwortet, daher werden Secrets nicht gespeichert: Sie geben sie beim nächsten Mal erneut ein.</translation>
    </message>
</context>
<context>
    <name>ce::TagEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Tag eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ce::TokenPage</name>
    <message>
        <source>Getting a request token from %1…</source>
        <translation>Request-Token wird von %1 abgerufen…</translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation>Adresse der Autorisierungsseite wird abgerufen…</translation>
    </message>
    <message>
        <source>Ready. Next shows %1&apos;s authorization page, where the account owner allows access.</source>
        <translation>Bereit. „Weiter“ zeigt die Autorisierungsseite von %1, auf der der Kontoinhaber den Zugriff erlaubt.</translation>
    </message>
    <message>
        <source>Cancelled. Retry when you are ready.</source>
        <translation>Abgebrochen. Klicken Sie auf „Erneut versuchen“, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>ce::cli</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Die Sandbox kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Sandbox ready. Authorization: User %1, Organization %2. Stop it with Ctrl+C.</source>
        <translation>Sandbox bereit. Authorization: User %1, Organization %2. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>create needs --from FILE (an instance.json).</source>
        <translation>create benötigt --from FILE (eine instance.json).</translation>
    </message>
    <message>
        <source>create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation>create benötigt --environment NAME|URL (us, eu, staging, snapshot oder eine Basis-URL).</translation>
    </message>
    <message>
        <source>%1: this app does not know the element &quot;%2&quot; (known: %3).</source>
        <translation>%1: Diese App kennt das Element &quot;%2&quot; nicht (bekannt: %3).</translation>
    </message>
    <message>
        <source>User secret</source>
        <translation>Benutzer-Secret</translation>
    </message>
    <message>
        <source>Organization secret</source>
        <translation>Organisations-Secret</translation>
    </message>
    <message>
        <source>Set CE_USER_SECRET and CE_ORGANIZATION_SECRET in the environment (secrets are never taken from arguments).</source>
        <translation>Setzen Sie CE_USER_SECRET und CE_ORGANIZATION_SECRET als Umgebungsvariablen (Secrets werden nie aus Argumenten übernommen).</translation>
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
        <translation>Instanzen in Cloud Elements (FreshBooks, OAuth 1.0a) per Assistent erstellen.

Befehle:
  (keiner)        Assistenten öffnen
  serve-sandbox   integrierte Sandbox von Cloud Elements auf 127.0.0.1 starten
  create          instance.json per POST senden, erstellte Instanz ausgeben

Secrets werden aus Umgebungsvariablen gelesen, nie aus Argumenten:
CE_USER_SECRET, CE_ORGANIZATION_SECRET und FRESHBOOKS_CONSUMER_SECRET. Fehlt
eines davon und ist die Standardeingabe ein Terminal, wird es ohne Echo
abgefragt.</translation>
    </message>
    <message>
        <source>serve-sandbox or create; none opens the wizard.</source>
        <translation>serve-sandbox oder create; ohne Befehl öffnet sich der Assistent.</translation>
    </message>
    <message>
        <source>Open the wizard on the built-in sandbox.</source>
        <translation>Den Assistenten mit der integrierten Sandbox öffnen.</translation>
    </message>
    <message>
        <source>serve-sandbox: the port to listen on (0: any free port).</source>
        <translation>serve-sandbox: der Port, auf dem gelauscht wird (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>serve-sandbox: approve every authorization at once, without the consent page.</source>
        <translation>serve-sandbox: jede Autorisierung sofort erlauben, ohne Zustimmungsseite.</translation>
    </message>
    <message>
        <source>create: the instance.json to send.</source>
        <translation>create: die zu sendende instance.json.</translation>
    </message>
    <message>
        <source>create: us, eu, staging, snapshot or a base URL.</source>
        <translation>create: us, eu, staging, snapshot oder eine Basis-URL.</translation>
    </message>
    <message>
        <source>create: give up after this many seconds (default 30).</source>
        <translation>create: nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>Log every HTTP call on standard error (secrets redacted).</source>
        <translation>Jeden HTTP-Aufruf auf der Standardfehlerausgabe protokollieren (Secrets geschwärzt).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;; siehe --help.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout muss eine positive Anzahl von Sekunden sein.</translation>
    </message>
</context>
</TS>
