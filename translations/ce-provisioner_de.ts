<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CE Provisioner</source>
        <translation>Über CE Provisioner</translation>
    </message>
    <message>
        <source>CE Provisioner creates Cloud Elements element instances, with a wizard or from the command line.</source>
        <translation>CE Provisioner erstellt Elementinstanzen in Cloud Elements, per Assistent oder über die Befehlszeile.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Instance na&amp;me:</source>
        <translation>Instanz&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>What the element needs to connect, and how to name the new instance.</source>
        <translation>Was das Element zum Verbinden braucht und wie die neue Instanz heißen soll.</translation>
    </message>
    <message>
        <source>Send event noti&amp;fications (set up on the next page)</source>
        <translation>Ereignisbenachrichtigungen sen&amp;den (auf der nächsten Seite eingerichtet)</translation>
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
        <source>&amp;Use it</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>&amp;Open in system browser</source>
        <translation>&amp;Im Systembrowser öffnen</translation>
    </message>
    <message>
        <source>https://www.mycoolapp.com/auth?code=…&amp;state=…</source>
        <translation>https://www.mycoolapp.com/auth?state=…&amp;code=…</translation>
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
    <name>ElementPage</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Choose the element to create an instance of. The ones you used recently come first.</source>
        <translation>Wählen Sie das Element, von dem eine Instanz erstellt werden soll. Die zuletzt verwendeten stehen oben.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Name or key</source>
        <translation>Name oder Schlüssel</translation>
    </message>
    <message>
        <source>Element &amp;key:</source>
        <translation>&amp;Elementschlüssel:</translation>
    </message>
    <message>
        <source>e.g. pipedrive</source>
        <translation>z. B. pipedrive</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Site &amp;address entry:</source>
        <translation>Eintrag für die Site-&amp;Adresse:</translation>
    </message>
    <message>
        <source>E&amp;xport descriptor…</source>
        <translation>Deskriptor e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Optional: Cloud Elements can post the events of the new instance to an address of yours.</source>
        <translation>Optional: Cloud Elements kann die Ereignisse der neuen Instanz an eine Adresse von Ihnen senden.</translation>
    </message>
    <message>
        <source>Send &amp;event notifications</source>
        <translation>&amp;Ereignisbenachrichtigungen senden</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Zus&amp;tellung:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Refresh &amp;interval (minutes):</source>
        <translation>Aktualisierungs&amp;intervall (Minuten):</translation>
    </message>
    <message>
        <source>Refresh interval (minutes)</source>
        <translation>Aktualisierungsintervall (Minuten)</translation>
    </message>
    <message>
        <source>the platform&apos;s default</source>
        <translation>Standard der Plattform</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Callback-&amp;URL:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>https://example.com/events</source>
        <translation>https://example.com/events</translation>
    </message>
    <message>
        <source>Signature &amp;key:</source>
        <translation>Sig&amp;naturschlüssel:</translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
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
    <name>InstancesWindow</name>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Name, id, element or tag</source>
        <translation>Name, ID, Element oder Tag</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instanzen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Save name and tags</source>
        <translation>Name und Tags &amp;speichern</translation>
    </message>
    <message>
        <source>Save name and tags</source>
        <translation>Name und Tags speichern</translation>
    </message>
    <message>
        <source>C&amp;onfiguration:</source>
        <translation>K&amp;onfiguration:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
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
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>Erneut a&amp;utorisieren…</translation>
    </message>
    <message>
        <source>Re-authorize</source>
        <translation>Erneut autorisieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::Cli</name>
    <message>
        <source>%1 needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation>%1 braucht --environment NAME|URL (us, eu, staging, snapshot oder eine Basis-URL).</translation>
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
    <message>
        <source>Cloud Elements asks the element&apos;s provider for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements fragt beim Anbieter des Elements ein Request-Token und die Adresse seiner Autorisierungsseite an.</translation>
    </message>
</context>
<context>
    <name>ce::AboutDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy these details as text, to paste into a bug report</source>
        <translation>Diese Angaben als Text kopieren, um sie in einen Fehlerbericht einzufügen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>CE Provisioner %1 (Qt %2)</source>
        <translation>CE Provisioner %1 (Qt %2)</translation>
    </message>
    <message>
        <source>MIT licence. No warranty.</source>
        <translation>MIT-Lizenz. Keine Gewährleistung.</translation>
    </message>
    <message>
        <source>%1, %2 display</source>
        <translation>%1, Anzeige %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Noch keine gewählt</translation>
    </message>
    <message>
        <source>Not kept: this wizard saves no profiles.</source>
        <translation>Nicht gespeichert: Dieser Assistent speichert keine Profile.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>In the system keychain (Secret Service), never in a file.</source>
        <translation>Im Schlüsselbund des Systems (Secret Service), nie in einer Datei.</translation>
    </message>
    <message>
        <source>Not kept (you type them again next time): %1</source>
        <translation>Nicht gespeichert (Sie geben sie beim nächsten Mal erneut ein): %1</translation>
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
        <source>expected a list of instances</source>
        <translation>erwartet wurde eine Liste von Instanzen</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Re-authorizing the instance</source>
        <translation>Das erneute Autorisieren der Instanz</translation>
    </message>
    <message>
        <source>Changing the instance&apos;s name or tags</source>
        <translation>Das Ändern von Name oder Tags der Instanz</translation>
    </message>
    <message>
        <source>Enabling the instance</source>
        <translation>Das Aktivieren der Instanz</translation>
    </message>
    <message>
        <source>Disabling the instance</source>
        <translation>Das Deaktivieren der Instanz</translation>
    </message>
    <message>
        <source>Reading the element&apos;s description</source>
        <translation>Das Lesen der Elementbeschreibung</translation>
    </message>
    <message>
        <source>the answer is about the instance %1, not %2</source>
        <translation>die Antwort betrifft die Instanz %1, nicht %2</translation>
    </message>
    <message>
        <source>expected the instance or an empty answer</source>
        <translation>erwartet wurde die Instanz oder eine leere Antwort</translation>
    </message>
    <message>
        <source>the answer is about another instance than %1</source>
        <translation>die Antwort betrifft eine andere Instanz als %1</translation>
    </message>
    <message>
        <source>The instance may have been re-authorized anyway: read it on the platform before you authorize again.</source>
        <translation>Die Instanz wurde möglicherweise trotzdem erneut autorisiert: Lesen Sie sie auf der Plattform, bevor Sie erneut autorisieren.</translation>
    </message>
    <message>
        <source>there is no instance id</source>
        <translation>es gibt keine Instanz-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element key</source>
        <translation>&quot;%1&quot; ist kein Elementschlüssel</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;key&quot; is missing</source>
        <translation>&quot;key&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; is not a list</source>
        <translation>&quot;configuration&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>there is nothing to change: give a name, tags or both</source>
        <translation>es gibt nichts zu ändern: Geben Sie einen Namen, Tags oder beides an</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>der neue Name ist leer</translation>
    </message>
    <message>
        <source>there is no state to send</source>
        <translation>es gibt keinen state zum Senden</translation>
    </message>
    <message>
        <source>the authorization URL is for the element &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>die Autorisierungs-URL gehört zum Element &quot;%1&quot;, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the authorization URL carries state more than once</source>
        <translation>die Autorisierungs-URL enthält state mehrfach</translation>
    </message>
    <message>
        <source>the authorization URL carries another state than the one sent, so the callback would not be accepted (a descriptor with &quot;state&quot;: &quot;elementKey&quot; sends the state this element keeps)</source>
        <translation>die Autorisierungs-URL enthält einen anderen state als den gesendeten, daher würde der Callback nicht angenommen (ein Deskriptor mit &quot;state&quot;: &quot;elementKey&quot; sendet den state, den dieses Element verwendet)</translation>
    </message>
</context>
<context>
    <name>ce::AppPage</name>
    <message>
        <source>%1 app</source>
        <translation>%1-App</translation>
    </message>
    <message>
        <source>targetcompany</source>
        <translation>zielfirma</translation>
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
    <message>
        <source>Cloud Elements posts the instance&apos;s events to an address of yours.</source>
        <translation>Cloud Elements sendet die Ereignisse der Instanz an eine Adresse von Ihnen.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1-Konto</translation>
    </message>
    <message>
        <source>Your %1 app&apos;s OAuth client, the account to connect, and how to name the new instance. Entries marked * are required.</source>
        <translation>Der OAuth-Client Ihrer %1-App, das zu verbindende Konto und der Name der neuen Instanz. Mit * markierte Einträge sind Pflicht.</translation>
    </message>
    <message>
        <source>How Cloud Elements signs in to the %1 account, and how to name the new instance. Entries marked * are required.</source>
        <translation>Wie sich Cloud Elements beim %1-Konto anmeldet und wie die neue Instanz heißen soll. Mit * markierte Einträge sind Pflicht.</translation>
    </message>
    <message>
        <source>Acme Corp. %1</source>
        <translation>Acme Corp. %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtangabe.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtangabe</translation>
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
        <source>To try again, start again with a new token.</source>
        <translation>Für einen neuen Versuch beginnen Sie mit einem neuen Token neu.</translation>
    </message>
    <message>
        <source>That is not the callback address: it must start with %1.</source>
        <translation>Das ist nicht die Callback-Adresse: Sie muss mit %1 beginnen.</translation>
    </message>
    <message>
        <source>Open the page in your usual browser, sign in and allow access, then paste the address it ends on below.</source>
        <translation>Öffnen Sie die Seite in Ihrem gewohnten Browser, melden Sie sich an und erlauben Sie den Zugriff; fügen Sie danach unten die Adresse ein, bei der er ankommt.</translation>
    </message>
    <message>
        <source>Paste the address your browser ends on below instead.</source>
        <translation>Fügen Sie stattdessen unten die Adresse ein, bei der Ihr Browser endet.</translation>
    </message>
    <message>
        <source>Your browser did not come back to %1 in time.</source>
        <translation>Ihr Browser ist nicht rechtzeitig zu %1 zurückgekehrt.</translation>
    </message>
    <message>
        <source>Start again with a new token, or paste the address it ended on.</source>
        <translation>Beginnen Sie mit einem neuen Token neu, oder fügen Sie die Adresse ein, bei der er endete.</translation>
    </message>
    <message>
        <source>Waiting for your browser: sign in and allow access there; it comes back to %1 and the wizard continues by itself.</source>
        <translation>Warten auf Ihren Browser: Melden Sie sich dort an und erlauben Sie den Zugriff; er kehrt zu %1 zurück, und der Assistent fährt von selbst fort.</translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation>Mit neuem Token &amp;neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Neu &amp;beginnen</translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation>Adresse der Autorisierungsseite wird abgerufen…</translation>
    </message>
    <message>
        <source>To try again, start again.</source>
        <translation>Um es erneut zu versuchen, beginnen Sie neu.</translation>
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
    <message>
        <source>The embedded browser could not be loaded (%1).</source>
        <translation>Der eingebettete Browser konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>The embedded browser is not installed (the package ce-provisioner-browser).</source>
        <translation>Der eingebettete Browser ist nicht installiert (das Paket ce-provisioner-browser).</translation>
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
    <message>
        <source>it is not a web address</source>
        <translation>es ist keine Webadresse</translation>
    </message>
    <message>
        <source>another scheme</source>
        <translation>ein anderes Schema</translation>
    </message>
    <message>
        <source>a user name in the address</source>
        <translation>ein Benutzername in der Adresse</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>ein anderer Host</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>ein anderer Port</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>ein anderer Pfad</translation>
    </message>
    <message>
        <source>a query item of the callback address is missing, different or repeated</source>
        <translation>ein Abfrageparameter der Callback-Adresse fehlt, weicht ab oder ist doppelt</translation>
    </message>
    <message>
        <source>The authorization came back from inside a frame, not from the page itself; it was not accepted.</source>
        <translation>Die Autorisierung kam aus einem Frame zurück, nicht von der Seite selbst; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The authorization came back from inside a popup window, not from the page itself; it was not accepted.</source>
        <translation>Die Autorisierung kam aus einem Popup-Fenster zurück, nicht von der Seite selbst; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The authorization came back because a frame or another window sent the page there, not the page itself; it was not accepted.</source>
        <translation>Die Autorisierung kam zurück, weil ein Frame oder ein anderes Fenster die Seite dorthin geschickt hat, nicht die Seite selbst; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The authorization came back without the state it was sent with, so it cannot be told from a forged one; it was not accepted. Start the authorization again.</source>
        <translation>Die Autorisierung kam ohne den state zurück, mit dem sie gesendet wurde, und ist daher nicht von einer gefälschten zu unterscheiden; sie wurde nicht angenommen. Starten Sie die Autorisierung erneut.</translation>
    </message>
    <message>
        <source>The authorization came back for another attempt (its state is not this one&apos;s); it was not accepted. Start the authorization again.</source>
        <translation>Die Autorisierung kam für einen anderen Versuch zurück (ihr state ist nicht der dieses Versuchs); sie wurde nicht angenommen. Starten Sie die Autorisierung erneut.</translation>
    </message>
    <message>
        <source>The authorization came back with both a refusal (&quot;%1&quot;) and a grant; it was not accepted.</source>
        <translation>Die Autorisierung kam sowohl mit einer Ablehnung (&quot;%1&quot;) als auch mit einer Erlaubnis zurück; sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1: %2).</source>
        <translation>Der Zugriff wurde nicht erlaubt (der Anbieter meldete: %1: %2).</translation>
    </message>
    <message>
        <source>The authorization came back without &quot;%1&quot;, so access was not granted.</source>
        <translation>Die Autorisierung kam ohne &quot;%1&quot; zurück, daher wurde der Zugriff nicht erlaubt.</translation>
    </message>
    <message>
        <source>The authorization was about to be sent to %1, which is not the callback address %2 (%3). It was stopped and not loaded; start again.</source>
        <translation>Die Autorisierung sollte an %1 gehen, das nicht die Callback-Adresse %2 ist (%3). Sie wurde angehalten und nicht geladen; beginnen Sie neu.</translation>
    </message>
    <message>
        <source>The authorization came back without &quot;%1&quot;, which the element needs; it was not accepted.</source>
        <translation>Die Autorisierung kam ohne &quot;%1&quot; zurück, das das Element braucht; sie wurde nicht angenommen.</translation>
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
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The secrets are sent only to the environment chosen above, in the Authorization header of each call.</source>
        <translation>Die Secrets werden nur an die oben gewählte Umgebung gesendet, im Authorization-Header jedes Aufrufs.</translation>
    </message>
    <message>
        <source>Re-&amp;authorize its instance %1 (created %2) instead of creating a new one</source>
        <translation>Seine Instanz %1 (erstellt %2) erneut autorisieren, statt eine &amp;neue zu erstellen</translation>
    </message>
    <message>
        <source>Re-&amp;authorize its instance %1 instead of creating a new one</source>
        <translation>Seine Instanz %1 erneut autorisieren, statt eine neue zu erste&amp;llen</translation>
    </message>
    <message>
        <source>Authorizes again and sends the new authorization to the instance (PUT /instances/%1), keeping its id, name, tags and configuration.</source>
        <translation>Autorisiert erneut und sendet die neue Autorisierung an die Instanz (PUT /instances/%1); ID, Name, Tags und Konfiguration bleiben erhalten.</translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>Das Element kann sich nicht ändern, solange die Autorisierung läuft.</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer and imitates Cloud Elements and the elements&apos; own sign-in pages: nothing leaves this computer. Its secrets are filled in.</source>
        <translation>Die Sandbox läuft auf diesem Computer und ahmt Cloud Elements und die Anmeldeseiten der Elemente nach: Nichts verlässt diesen Computer. Ihre Secrets sind bereits eingetragen.</translation>
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
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Re-authorizing the instance…</source>
        <translation>Instanz wird erneut autorisiert…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Re-authorize instance to try again, or go back.</source>
        <translation>Nichts von Ihren Eingaben geht verloren: Drücken Sie „Instanz erneut autorisieren“, um es erneut zu versuchen, oder gehen Sie zurück.</translation>
    </message>
</context>
<context>
    <name>ce::CurlDialog</name>
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
    <message>
        <source>cURL commands</source>
        <translation>cURL-Befehle</translation>
    </message>
    <message>
        <source>What the wizard does, as cURL commands for a terminal. The last one sends the body that Export instance.json writes.</source>
        <translation>Was der Assistent tut, als cURL-Befehle für ein Terminal. Der letzte sendet den Inhalt, den „instance.json exportieren“ schreibt.</translation>
    </message>
    <message>
        <source>Step 1: get the authorization URL, with a state of your own</source>
        <translation>Schritt 1: Autorisierungs-URL abrufen, mit einem eigenen state</translation>
    </message>
    <message>
        <source>Step 2: open that URL, allow access, then create the instance with the code the callback carries</source>
        <translation>Schritt 2: diese URL öffnen, Zugriff erlauben, dann die Instanz mit dem code aus dem Callback erstellen</translation>
    </message>
    <message>
        <source>Create the instance (no authorization: %1 takes the entries as they are)</source>
        <translation>Instanz erstellen (ohne Autorisierung: %1 übernimmt die Einträge, wie sie sind)</translation>
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
    <message>
        <source>Configuration the platform returned</source>
        <translation>Von der Plattform zurückgegebene Konfiguration</translation>
    </message>
    <message>
        <source>The instance was re-authorized: it keeps its id, name, tags and token.</source>
        <translation>Die Instanz wurde erneut autorisiert: ID, Name, Tags und Token bleiben erhalten.</translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation>Die Instanz wurde erstellt. Bewahren Sie ihr Token auf: Jeder spätere Aufruf in ihrem Namen benötigt es.</translation>
    </message>
</context>
<context>
    <name>ce::ElementCatalog</name>
    <message>
        <source>the built-in descriptor %1</source>
        <translation>der integrierte Deskriptor %1</translation>
    </message>
    <message>
        <source>the descriptor %1 built from the platform&apos;s answer</source>
        <translation>der aus der Antwort der Plattform erstellte Deskriptor %1</translation>
    </message>
    <message>
        <source>the descriptor %1</source>
        <translation>der Deskriptor %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %Ln bytes.</source>
        <translation>
            <numerusform>Die Datei ist größer als %Ln Byte.</numerusform>
            <numerusform>Die Datei ist größer als %Ln Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>A shipped descriptor&apos;s file is named after its id: %1.json.</source>
        <translation>Die Datei eines mitgelieferten Deskriptors ist nach seiner id benannt: %1.json.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken by %2.</source>
        <translation>Die id „%1“ ist bereits von %2 belegt.</translation>
    </message>
    <message>
        <source>The element key &quot;%1&quot; is also that of %2: give this descriptor a &quot;variant&quot; to tell them apart.</source>
        <translation>Der Elementschlüssel „%1“ ist auch der von %2: Geben Sie diesem Deskriptor eine &quot;variant&quot;, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; of the element key &quot;%2&quot; is also that of %3: choose another.</source>
        <translation>Die Variante „%1“ des Elementschlüssels „%2“ ist auch die von %3: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer names no element key.</source>
        <translation>Die Antwort der Plattform nennt keinen Elementschlüssel.</translation>
    </message>
    <message>
        <source>%1 signs in without OAuth, so no entry feeds a site address to oauth/url.</source>
        <translation>%1 meldet sich ohne OAuth an, daher liefert kein Eintrag eine Site-Adresse an oauth/url.</translation>
    </message>
    <message>
        <source>The platform lists no configuration entry %1 for %2 to take the site address from.</source>
        <translation>Die Plattform führt keinen Konfigurationseintrag %1, aus dem %2 die Site-Adresse nehmen könnte.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The client ID (API key) of your app at the provider.</source>
        <translation>Die Client-ID (API-Schlüssel) Ihrer App beim Anbieter.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>The client secret of your app at the provider.</source>
        <translation>Das Client-Secret Ihrer App beim Anbieter.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>The callback URL registered with your app at the provider; the authorization comes back to it.</source>
        <translation>Die bei Ihrer App beim Anbieter registrierte Callback-URL; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>The platform lists no configuration entries for %1.</source>
        <translation>Die Plattform führt keine Konfigurationseinträge für %1.</translation>
    </message>
    <message>
        <source>The platform&apos;s description of %1 makes no usable descriptor: %2</source>
        <translation>Die Beschreibung von %1 durch die Plattform ergibt keinen verwendbaren Deskriptor: %2</translation>
    </message>
    <message>
        <source>No descriptor describes the element &quot;%1&quot; (known: %2).</source>
        <translation>Kein Deskriptor beschreibt das Element &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>The file fits none of the descriptors of the element &quot;%1&quot;: %2. Give the configuration entries of one of them.</source>
        <translation>Die Datei passt zu keinem der Deskriptoren des Elements &quot;%1&quot;: %2. Geben Sie die Konfigurationseinträge eines davon an.</translation>
    </message>
    <message>
        <source>The file fits several descriptors of the element &quot;%1&quot;: %2. Give the configuration entry that tells them apart (such as authentication.type).</source>
        <translation>Die Datei passt zu mehreren Deskriptoren des Elements &quot;%1&quot;: %2. Geben Sie den Konfigurationseintrag an, der sie unterscheidet (etwa authentication.type).</translation>
    </message>
</context>
<context>
    <name>ce::ElementDescription</name>
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
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this format (a typo?).</source>
        <translation>&quot;%1&quot; ist kein Feld dieses Formats (ein Tippfehler?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number above 0 (not %2).</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl über 0 sein (nicht %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number in range (not %2).</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl im zulässigen Bereich sein (nicht %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;oauth1&quot;, &quot;oauth2&quot; or &quot;credentials&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss &quot;oauth1&quot;, &quot;oauth2&quot; oder &quot;credentials&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;text&quot;, &quot;secret&quot;, &quot;boolean&quot; or &quot;choice&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss &quot;text&quot;, &quot;secret&quot;, &quot;boolean&quot; oder &quot;choice&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;text&quot;, &quot;subdomain&quot; or &quot;url&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss &quot;text&quot;, &quot;subdomain&quot; oder &quot;url&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;callback&quot; or &quot;requestToken&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss &quot;callback&quot; oder &quot;requestToken&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;random&quot; or &quot;elementKey&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss &quot;random&quot; oder &quot;elementKey&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; darf nicht &quot;%2&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is null: leave it out instead.</source>
        <translation>&quot;%1&quot; ist null: Lassen Sie es stattdessen weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>{%1} is not the &quot;oauthParameter&quot; of an entry</source>
        <translation>{%1} ist nicht der &quot;oauthParameter&quot; eines Eintrags</translation>
    </message>
    <message>
        <source>it is not an absolute https:// or http:// URL</source>
        <translation>es ist keine absolute https://- oder http://-URL</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is 1: version 1 descriptors are no longer read (see &quot;From version 1&quot; in resources/elements/README.md).</source>
        <translation>&quot;schemaVersion&quot; ist 1: Deskriptoren der Version 1 werden nicht mehr gelesen (siehe „From version 1“ in resources/elements/README.md).</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is %1; this app reads version %2.</source>
        <translation>&quot;schemaVersion&quot; ist %1; diese App liest Version %2.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and hyphens, starting with a letter or digit (not &quot;%1&quot;).</source>
        <translation>&quot;id&quot; muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen (nicht &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (not &quot;%1&quot;).</source>
        <translation>&quot;key&quot; muss aus Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen (nicht &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Without an &quot;id&quot;, the key &quot;%1&quot; is the descriptor&apos;s id, and an id has no &apos;_&apos;: add an &quot;id&quot;.</source>
        <translation>Ohne &quot;id&quot; ist der Schlüssel „%1“ die id des Deskriptors, und eine id enthält kein &apos;_&apos;: Fügen Sie eine &quot;id&quot; hinzu.</translation>
    </message>
    <message>
        <source>&quot;sources&quot; needs at least one source: where the facts come from.</source>
        <translation>&quot;sources&quot; braucht mindestens eine Quelle: woher die Fakten stammen.</translation>
    </message>
    <message>
        <source>&quot;sources[%1]&quot; is empty.</source>
        <translation>&quot;sources[%1]&quot; ist leer.</translation>
    </message>
    <message>
        <source>A credentials descriptor has no &quot;oauth&quot;: its instances are created without a browser.</source>
        <translation>Ein credentials-Deskriptor hat kein &quot;oauth&quot;: Seine Instanzen werden ohne Browser erstellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for %2 descriptors only.</source>
        <translation>&quot;%1&quot; gibt es nur bei %2-Deskriptoren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one name.</source>
        <translation>&quot;%1&quot; braucht mindestens einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an empty name.</source>
        <translation>&quot;%1&quot; enthält einen leeren Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot; twice.</source>
        <translation>&quot;%1&quot; nennt &quot;%2&quot; zweimal.</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; needs at least one entry.</source>
        <translation>&quot;configuration&quot; braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has white space in it (&quot;%2&quot;).</source>
        <translation>&quot;%1&quot; enthält Leerraum (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key &quot;%2&quot; appears twice.</source>
        <translation>&quot;%1&quot;: Der Schlüssel &quot;%2&quot; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a choice entry.</source>
        <translation>&quot;%1&quot; gibt es nur bei einem choice-Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a credentials descriptor makes no OAuth calls.</source>
        <translation>&quot;%1&quot;: Ein credentials-Deskriptor macht keine OAuth-Aufrufe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a query parameter name such as apiKey or authentication.type (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss ein Abfrageparametername wie apiKey oder authentication.type sein (nicht &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;: the app sends that one.</source>
        <translation>&quot;%1&quot; darf nicht &quot;%2&quot; sein: Diesen sendet die App.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: another entry already feeds &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;: Ein anderer Eintrag liefert bereits &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an &quot;oauthParameter&quot;: the value goes only there.</source>
        <translation>&quot;%1&quot; braucht einen &quot;oauthParameter&quot;: Der Wert geht nur dorthin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for text entries.</source>
        <translation>&quot;%1&quot; gibt es nur bei text-Einträgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name such as zendesk.com (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss ein Hostname wie zendesk.com sein (nicht &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for an entry of &quot;format&quot;: &quot;subdomain&quot;.</source>
        <translation>&quot;%1&quot; gibt es nur bei einem Eintrag mit &quot;format&quot;: &quot;subdomain&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must look like &lt;CAPITALS_DIGITS_AND_UNDERSCORES&gt; (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss wie &lt;GROSSBUCHSTABEN_ZIFFERN_UND_UNTERSTRICHE&gt; aussehen (nicht &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a secret entry.</source>
        <translation>&quot;%1&quot; gibt es nur bei einem secret-Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a secret entry is never hidden (a secret never lives in a descriptor file).</source>
        <translation>&quot;%1&quot;: Ein secret-Eintrag ist nie verborgen (ein Secret steht nie in einer Deskriptordatei).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a secret entry has no default (a secret never lives in a descriptor file).</source>
        <translation>&quot;%1&quot;: Ein secret-Eintrag hat keinen Standardwert (ein Secret steht nie in einer Deskriptordatei).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a hidden entry needs a &quot;default&quot;: it is what is sent.</source>
        <translation>&quot;%1&quot;: Ein verborgener Eintrag braucht einen &quot;default&quot;: Er wird gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be capitals, digits and &apos;_&apos;, not starting with a digit (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss aus Großbuchstaben, Ziffern und &apos;_&apos; bestehen und darf nicht mit einer Ziffer beginnen (nicht &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key&apos;s environment variable %2 is not a valid name; give one in &quot;environmentVariable&quot;.</source>
        <translation>&quot;%1&quot;: Die Umgebungsvariable des Schlüssels, %2, ist kein gültiger Name; geben Sie eine in &quot;environmentVariable&quot; an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 holds the platform&apos;s own secret; name another variable.</source>
        <translation>&quot;%1&quot;: %2 enthält das Secret der Plattform selbst; nennen Sie eine andere Variable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the entries %2 and %3 would both read %4.</source>
        <translation>&quot;%1&quot;: Die Einträge %2 und %3 würden beide %4 lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one option.</source>
        <translation>&quot;%1&quot; braucht mindestens eine Option.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value &quot;%2&quot; appears twice.</source>
        <translation>&quot;%1&quot;: Der Wert &quot;%2&quot; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; looks like a placeholder, and a placeholder is never accepted as filled in.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; sieht wie ein Platzhalter aus, und ein Platzhalter gilt nie als ausgefüllt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of a boolean entry must be &quot;true&quot; or &quot;false&quot; (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; eines boolean-Eintrags muss &quot;true&quot; oder &quot;false&quot; sein (nicht &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not the value of one of the options.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist nicht der Wert einer der Optionen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site address of %2: %3</source>
        <translation>&quot;%1&quot; ist keine Site-Adresse von %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable URL: %2</source>
        <translation>&quot;%1&quot; ist keine verwendbare URL: %2</translation>
    </message>
    <message>
        <source>A credentials descriptor has no &quot;providerData&quot;: nothing comes back from a provider.</source>
        <translation>Ein credentials-Deskriptor hat kein &quot;providerData&quot;: Von einem Anbieter kommt nichts zurück.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs at least one entry.</source>
        <translation>&quot;providerData&quot; braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only an oauth1 descriptor has a request token.</source>
        <translation>&quot;%1&quot;: Nur ein oauth1-Deskriptor hat ein Request-Token.</translation>
    </message>
    <message>
        <source>&quot;instanceDefaults.%1&quot; must be a string or null.</source>
        <translation>&quot;instanceDefaults.%1&quot; muss eine Zeichenkette oder null sein.</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; needs an entry with &quot;oauthParameter&quot;: &quot;%1&quot; (every %2 descriptor has one).</source>
        <translation>&quot;configuration&quot; braucht einen Eintrag mit &quot;oauthParameter&quot;: &quot;%1&quot; (jeder %2-Deskriptor hat einen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the apiSecret entry must have &quot;type&quot;: &quot;secret&quot;.</source>
        <translation>&quot;%1&quot;: Der apiSecret-Eintrag muss &quot;type&quot;: &quot;secret&quot; haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the callbackUrl entry needs &quot;format&quot;: &quot;url&quot;.</source>
        <translation>&quot;%1&quot;: Der callbackUrl-Eintrag braucht &quot;format&quot;: &quot;url&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the app checks &quot;state&quot; on the callback and does not send it; it is no providerData key.</source>
        <translation>&quot;%1&quot;: Die App prüft &quot;state&quot; beim Callback und sendet es nicht; es ist kein providerData-Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs the entry %1 (every %2 descriptor has it).</source>
        <translation>&quot;providerData&quot; braucht den Eintrag %1 (jeder %2-Deskriptor hat ihn).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the entry must be %2.</source>
        <translation>&quot;%1&quot;: Der Eintrag muss %2 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only one entry comes from the request token.</source>
        <translation>&quot;%1&quot;: Nur ein Eintrag stammt aus dem Request-Token.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the request token&apos;s secret needs &quot;secret&quot;: true.</source>
        <translation>&quot;%1&quot;: Das Secret des Request-Tokens braucht &quot;secret&quot;: true.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs one entry with &quot;source&quot;: &quot;requestToken&quot; (the request token&apos;s secret) in an oauth1 descriptor.</source>
        <translation>&quot;providerData&quot; braucht in einem oauth1-Deskriptor einen Eintrag mit &quot;source&quot;: &quot;requestToken&quot; (das Secret des Request-Tokens).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is a providerData key, so it cannot also mean a refusal.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist ein providerData-Schlüssel und kann daher nicht auch eine Ablehnung bedeuten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Das ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>A descriptor is one JSON object.</source>
        <translation>Ein Deskriptor ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Connects a Box account through your Box app with OAuth 2.0.</source>
        <translation>Verbindet ein Box-Konto über Ihre Box-App mit OAuth 2.0.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The Client ID on the Configuration page of your app in the Box developer console.</source>
        <translation>Die Client ID auf der Seite Configuration Ihrer App in der Box-Entwicklerkonsole.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>The Client Secret on the same Configuration page.</source>
        <translation>Das Client Secret auf derselben Seite Configuration.</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>The Redirect URI on your Box app&apos;s Configuration page; the authorization comes back to it.</source>
        <translation>Die Redirect URI auf der Seite Configuration Ihrer Box-App; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Connects a Dropbox account through your Dropbox app with OAuth 2.0 (Dropbox Business is the separate element dropboxbusiness).</source>
        <translation>Verbindet ein Dropbox-Konto über Ihre Dropbox-App mit OAuth 2.0 (Dropbox Business ist das separate Element dropboxbusiness).</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <source>The App key on the Settings tab of your app in the Dropbox App Console.</source>
        <translation>Der App key auf dem Reiter Settings Ihrer App in der Dropbox App Console.</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-Secret</translation>
    </message>
    <message>
        <source>The App secret on the same Settings tab.</source>
        <translation>Das App secret auf demselben Reiter Settings.</translation>
    </message>
    <message>
        <source>A Redirect URI on your Dropbox app&apos;s Settings tab; the authorization comes back to it.</source>
        <translation>Eine Redirect URI auf dem Reiter Settings Ihrer Dropbox-App; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Document tagging</source>
        <translation>Dokument-Tagging</translation>
    </message>
    <message>
        <source>Turn on the Documents hub&apos;s tagging for this instance.</source>
        <translation>Schaltet das Tagging des Documents-Hubs für diese Instanz ein.</translation>
    </message>
    <message>
        <source>FreshBooks</source>
        <translation>FreshBooks</translation>
    </message>
    <message>
        <source>Add a FreshBooks instance to connect your existing FreshBooks account to the Finance Hub</source>
        <translation>Fügen Sie eine FreshBooks-Instanz hinzu, um Ihr bestehendes FreshBooks-Konto mit dem Finance Hub zu verbinden</translation>
    </message>
    <message>
        <source>FreshBooks Cloud Accounting</source>
        <translation>FreshBooks Cloud Accounting</translation>
    </message>
    <message>
        <source>Connects a FreshBooks account (the new FreshBooks, not Classic) through your FreshBooks app with OAuth 2.0.</source>
        <translation>Verbindet ein FreshBooks-Konto (das neue FreshBooks, nicht Classic) über Ihre FreshBooks-App mit OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID of your app on the FreshBooks developer page (my.freshbooks.com/#/developer).</source>
        <translation>Die Client ID Ihrer App auf der Entwicklerseite von FreshBooks (my.freshbooks.com/#/developer).</translation>
    </message>
    <message>
        <source>The Client Secret of the same FreshBooks app.</source>
        <translation>Das Client Secret derselben FreshBooks-App.</translation>
    </message>
    <message>
        <source>A Redirect URI registered on your FreshBooks app; the authorization comes back to it.</source>
        <translation>Eine bei Ihrer FreshBooks-App registrierte Redirect URI; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>The FreshBooks business (company) name the instance works with by default, as FreshBooks shows it.</source>
        <translation>Der Name des FreshBooks-Unternehmens, mit dem die Instanz standardmäßig arbeitet, wie FreshBooks ihn anzeigt.</translation>
    </message>
    <message>
        <source>Freshdesk V2</source>
        <translation>Freshdesk V2</translation>
    </message>
    <message>
        <source>Connects a Freshdesk helpdesk with an agent&apos;s API key.</source>
        <translation>Verbindet einen Freshdesk-Helpdesk mit dem API-Schlüssel eines Agenten.</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>The helpdesk to connect: for mycompany.freshdesk.com it is mycompany.</source>
        <translation>Der zu verbindende Helpdesk: für meinefirma.freshdesk.com ist es meinefirma.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The agent&apos;s Freshdesk API key, from Profile settings (top right) &gt; View API key.</source>
        <translation>Der Freshdesk-API-Schlüssel des Agenten, unter Profile settings (oben rechts) &gt; View API key.</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>Connects a Google Drive through your Google OAuth client.</source>
        <translation>Verbindet ein Google Drive über Ihren Google-OAuth-Client.</translation>
    </message>
    <message>
        <source>The Client ID of your OAuth client (Google Cloud console &gt; APIs &amp; Services &gt; Credentials).</source>
        <translation>Die Client-ID Ihres OAuth-Clients (Google Cloud Console &gt; APIs &amp; Dienste &gt; Anmeldedaten).</translation>
    </message>
    <message>
        <source>The Client secret of the same OAuth client.</source>
        <translation>Der Clientschlüssel desselben OAuth-Clients.</translation>
    </message>
    <message>
        <source>An Authorized redirect URI of your OAuth client; the authorization comes back to it.</source>
        <translation>Ein autorisierter Weiterleitungs-URI Ihres OAuth-Clients; die Autorisierung kehrt zu ihm zurück.</translation>
    </message>
    <message>
        <source>Root folder name</source>
        <translation>Name des Stammordners</translation>
    </message>
    <message>
        <source>The Drive folder the instance treats as its root, as Cloud Elements&apos; own form offers it; leave empty unless you need it.</source>
        <translation>Der Drive-Ordner, den die Instanz als Stamm behandelt, wie ihn das Formular von Cloud Elements anbietet; leer lassen, außer Sie brauchen ihn.</translation>
    </message>
    <message>
        <source>HubSpot Marketing</source>
        <translation>HubSpot Marketing</translation>
    </message>
    <message>
        <source>Connects a HubSpot Marketing account with its API key (HAPIkey), without a browser step.</source>
        <translation>Verbindet ein HubSpot-Marketing-Konto mit seinem API-Schlüssel (HAPIkey), ohne Browserschritt.</translation>
    </message>
    <message>
        <source>The account&apos;s HubSpot API key (HAPIkey), from HubSpot&apos;s settings under Integrations &gt; API key.</source>
        <translation>Der HubSpot-API-Schlüssel des Kontos (HAPIkey), in den HubSpot-Einstellungen unter Integrations &gt; API key.</translation>
    </message>
    <message>
        <source>Create bulk properties</source>
        <translation>Bulk-Eigenschaften erstellen</translation>
    </message>
    <message>
        <source>Create the custom HubSpot properties that bulk uploads (migrations) need.</source>
        <translation>Die eigenen HubSpot-Eigenschaften erstellen, die Massen-Uploads (Migrationen) brauchen.</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses an API key.</source>
        <translation>Teilt der Plattform mit, dass diese Instanz einen API-Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Connects a HubSpot Marketing account through your HubSpot app with OAuth 2.0.</source>
        <translation>Verbindet ein HubSpot-Marketing-Konto über Ihre HubSpot-App mit OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID on the Auth tab of your app in your HubSpot developer account.</source>
        <translation>Die Client ID auf dem Reiter Auth Ihrer App in Ihrem HubSpot-Entwicklerkonto.</translation>
    </message>
    <message>
        <source>The Client secret on the same Auth tab.</source>
        <translation>Das Client secret auf demselben Reiter Auth.</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>The Redirect URL registered on your HubSpot app; the authorization comes back to it.</source>
        <translation>Die bei Ihrer HubSpot-App registrierte Redirect URL; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Space-separated HubSpot scopes your app asks for; leave empty for Cloud Elements&apos; default (contacts timeline files content reports social automation forms). Basic accounts: leave out automation.</source>
        <translation>Durch Leerzeichen getrennte HubSpot-Scopes, die Ihre App anfordert; leer lassen für die Standardwerte von Cloud Elements (contacts timeline files content reports social automation forms). Basic-Konten: automation weglassen.</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses OAuth 2.0.</source>
        <translation>Teilt der Plattform mit, dass diese Instanz OAuth 2.0 verwendet.</translation>
    </message>
    <message>
        <source>Mailchimp v3</source>
        <translation>Mailchimp v3</translation>
    </message>
    <message>
        <source>Connects a Mailchimp account through your registered Mailchimp app (Mailchimp API 3.0).</source>
        <translation>Verbindet ein Mailchimp-Konto über Ihre registrierte Mailchimp-App (Mailchimp API 3.0).</translation>
    </message>
    <message>
        <source>The Client ID of your app under Mailchimp&apos;s Profile &gt; Extras &gt; Registered apps.</source>
        <translation>Die Client ID Ihrer App unter Profile &gt; Extras &gt; Registered apps von Mailchimp.</translation>
    </message>
    <message>
        <source>The Client Secret of the same registered app.</source>
        <translation>Das Client Secret derselben registrierten App.</translation>
    </message>
    <message>
        <source>The Redirect URI of your registered Mailchimp app; the authorization comes back to it.</source>
        <translation>Die Redirect URI Ihrer registrierten Mailchimp-App; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>NetSuite 2016 ERP</source>
        <translation>NetSuite 2016 ERP</translation>
    </message>
    <message>
        <source>Token-based</source>
        <translation>Tokenbasiert</translation>
    </message>
    <message>
        <source>Connects a NetSuite account with token-based authentication (an integration record and an access token).</source>
        <translation>Verbindet ein NetSuite-Konto mit tokenbasierter Authentifizierung (ein Integrationsdatensatz und ein Zugriffstoken).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Your NetSuite account ID, under Setup &gt; Company &gt; Company Information.</source>
        <translation>Ihre NetSuite-Konto-ID, unter Setup &gt; Company &gt; Company Information.</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Sandbox-Konto</translation>
    </message>
    <message>
        <source>Connect a NetSuite sandbox account instead of production.</source>
        <translation>Ein NetSuite-Sandbox-Konto statt der Produktion verbinden.</translation>
    </message>
    <message>
        <source>The Consumer Key shown once when you save an integration record with Token-Based Authentication (Setup &gt; Integration &gt; Manage Integrations).</source>
        <translation>Der Consumer Key, der einmalig angezeigt wird, wenn Sie einen Integrationsdatensatz mit Token-Based Authentication speichern (Setup &gt; Integration &gt; Manage Integrations).</translation>
    </message>
    <message>
        <source>The Consumer Secret shown with the Consumer Key.</source>
        <translation>Das Consumer Secret, das mit dem Consumer Key angezeigt wird.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>The Token ID shown once when you create an access token for that integration (Setup &gt; Users/Roles &gt; Access Tokens).</source>
        <translation>Die Token ID, die einmalig angezeigt wird, wenn Sie ein Zugriffstoken für diese Integration erstellen (Setup &gt; Users/Roles &gt; Access Tokens).</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Secret</translation>
    </message>
    <message>
        <source>The Token Secret shown with the Token ID.</source>
        <translation>Das Token Secret, das mit der Token ID angezeigt wird.</translation>
    </message>
    <message>
        <source>Single session</source>
        <translation>Einzelne Sitzung</translation>
    </message>
    <message>
        <source>Send this account one request at a time; some trial NetSuite accounts need it.</source>
        <translation>Diesem Konto jeweils nur eine Anfrage senden; manche NetSuite-Testkonten brauchen das.</translation>
    </message>
    <message>
        <source>Single session lock key</source>
        <translation>Sperrschlüssel der einzelnen Sitzung</translation>
    </message>
    <message>
        <source>Any letters and digits, unique within your Cloud Elements environment, that name this account&apos;s session lock.</source>
        <translation>Beliebige Buchstaben und Ziffern, eindeutig in Ihrer Cloud-Elements-Umgebung, die die Sitzungssperre dieses Kontos benennen.</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses token-based (custom) authentication.</source>
        <translation>Teilt der Plattform mit, dass diese Instanz tokenbasierte (custom) Authentifizierung verwendet.</translation>
    </message>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Connects a QuickBooks Online company through an Intuit app created after 17 July 2017 (OAuth 2.0; older apps use OAuth 1.0a, not covered here).</source>
        <translation>Verbindet ein QuickBooks-Online-Unternehmen über eine nach dem 17. Juli 2017 erstellte Intuit-App (OAuth 2.0; ältere Apps verwenden OAuth 1.0a, das hier nicht abgedeckt ist).</translation>
    </message>
    <message>
        <source>The Client ID on the Keys &amp; OAuth page of your app in the Intuit developer portal.</source>
        <translation>Die Client ID auf der Seite Keys &amp; OAuth Ihrer App im Intuit-Entwicklerportal.</translation>
    </message>
    <message>
        <source>The Client Secret on the same Keys &amp; OAuth page.</source>
        <translation>Das Client Secret auf derselben Seite Keys &amp; OAuth.</translation>
    </message>
    <message>
        <source>A Redirect URI on your Intuit app&apos;s Keys &amp; OAuth page; the authorization comes back to it.</source>
        <translation>Eine Redirect URI auf der Seite Keys &amp; OAuth Ihrer Intuit-App; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Sandbox company</source>
        <translation>Sandbox-Unternehmen</translation>
    </message>
    <message>
        <source>Connect a QuickBooks sandbox company instead of a live one.</source>
        <translation>Ein QuickBooks-Sandbox-Unternehmen statt eines echten verbinden.</translation>
    </message>
    <message>
        <source>API minor version</source>
        <translation>API-Nebenversion</translation>
    </message>
    <message>
        <source>The QuickBooks Online API minor version the instance asks for; leave empty for the platform&apos;s default.</source>
        <translation>Die Nebenversion der QuickBooks-Online-API, die die Instanz anfordert; leer lassen für den Standard der Plattform.</translation>
    </message>
    <message>
        <source>Tells the platform to use OAuth 2.0 rather than the older OAuth 1.0a.</source>
        <translation>Teilt der Plattform mit, OAuth 2.0 statt des älteren OAuth 1.0a zu verwenden.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The Intuit scope the instance is granted: the accounting API.</source>
        <translation>Der Intuit-Scope, den die Instanz erhält: die Buchhaltungs-API.</translation>
    </message>
    <message>
        <source>Salesforce Sales Cloud</source>
        <translation>Salesforce Sales Cloud</translation>
    </message>
    <message>
        <source>Connects a Salesforce org through your Salesforce connected app with OAuth 2.0.</source>
        <translation>Verbindet eine Salesforce-Org über Ihre verbundene Salesforce-App mit OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Consumer Key of your connected app (Salesforce Setup &gt; App Manager &gt; your app &gt; View).</source>
        <translation>Der Consumer Key Ihrer verbundenen App (Salesforce-Setup &gt; App-Manager &gt; Ihre App &gt; Anzeigen).</translation>
    </message>
    <message>
        <source>The Consumer Secret of the same connected app.</source>
        <translation>Das Consumer Secret derselben verbundenen App.</translation>
    </message>
    <message>
        <source>A Callback URL of your connected app; the authorization comes back to it.</source>
        <translation>Eine Callback-URL Ihrer verbundenen App; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Leave empty for production (login.salesforce.com); for a sandbox org enter http://test.salesforce.com, or your My Domain login URL.</source>
        <translation>Für die Produktion leer lassen (login.salesforce.com); für eine Sandbox-Org http://test.salesforce.com eingeben oder die Anmelde-URL Ihrer Meine Domäne.</translation>
    </message>
    <message>
        <source>Filter null values</source>
        <translation>Null-Werte filtern</translation>
    </message>
    <message>
        <source>Leave null values out of the instance&apos;s API responses (the platform&apos;s default).</source>
        <translation>Null-Werte in den API-Antworten der Instanz weglassen (der Standard der Plattform).</translation>
    </message>
    <message>
        <source>SharePoint</source>
        <translation>SharePoint</translation>
    </message>
    <message>
        <source>Connects a SharePoint site&apos;s document library through your SharePoint app with OAuth 2.0.</source>
        <translation>Verbindet die Dokumentbibliothek einer SharePoint-Website über Ihre SharePoint-App mit OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client Id you generated when registering your app on SharePoint (_layouts/15/appregnew.aspx).</source>
        <translation>Die Client Id, die Sie beim Registrieren Ihrer App bei SharePoint erzeugt haben (_layouts/15/appregnew.aspx).</translation>
    </message>
    <message>
        <source>The Client Secret generated with the same app registration.</source>
        <translation>Das Client Secret, das bei derselben App-Registrierung erzeugt wurde.</translation>
    </message>
    <message>
        <source>The Redirect URI of your SharePoint app registration; the authorization comes back to it.</source>
        <translation>Die Redirect URI Ihrer SharePoint-App-Registrierung; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Your SharePoint host name without https://, e.g. mycompany.sharepoint.com.</source>
        <translation>Ihr SharePoint-Hostname ohne https://, z. B. meinefirma.sharepoint.com.</translation>
    </message>
    <message>
        <source>Document library</source>
        <translation>Dokumentbibliothek</translation>
    </message>
    <message>
        <source>The name of the SharePoint document library the instance works in.</source>
        <translation>Der Name der SharePoint-Dokumentbibliothek, in der die Instanz arbeitet.</translation>
    </message>
    <message>
        <source>The SharePoint permissions the instance is granted.</source>
        <translation>Die SharePoint-Berechtigungen, die die Instanz erhält.</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Connects a Shopify shop through your Shopify app with OAuth 2.0.</source>
        <translation>Verbindet einen Shopify-Shop über Ihre Shopify-App mit OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID (API key) of your app in the Shopify Partner dashboard.</source>
        <translation>Die Client-ID (API-Schlüssel) Ihrer App im Shopify-Partner-Dashboard.</translation>
    </message>
    <message>
        <source>The Client secret (API secret key) of the same app.</source>
        <translation>Das Client-Secret (geheimer API-Schlüssel) derselben App.</translation>
    </message>
    <message>
        <source>An allowed redirection URL of your Shopify app; the authorization comes back to it.</source>
        <translation>Eine erlaubte Weiterleitungs-URL Ihrer Shopify-App; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop-Name</translation>
    </message>
    <message>
        <source>The shop to connect: for mycompany.myshopify.com it is mycompany.</source>
        <translation>Der zu verbindende Shop: für meinefirma.myshopify.com ist es meinefirma.</translation>
    </message>
    <message>
        <source>Comma-separated Shopify access scopes the instance is granted, as your app requests them.</source>
        <translation>Durch Kommas getrennte Shopify-Zugriffs-Scopes, die die Instanz erhält, wie Ihre App sie anfordert.</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Connects a Stripe account with its secret API key.</source>
        <translation>Verbindet ein Stripe-Konto mit seinem geheimen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>The account&apos;s secret API key (sk_live_... or sk_test_...), from the Stripe Dashboard under Developers &gt; API keys.</source>
        <translation>Der geheime API-Schlüssel des Kontos (sk_live_... oder sk_test_...), im Stripe-Dashboard unter Entwickler &gt; API-Schlüssel.</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Connects a Zendesk account through your Zendesk OAuth client.</source>
        <translation>Verbindet ein Zendesk-Konto über Ihren Zendesk-OAuth-Client.</translation>
    </message>
    <message>
        <source>Unique identifier</source>
        <translation>Eindeutige Kennung</translation>
    </message>
    <message>
        <source>The Unique identifier of your OAuth client (Zendesk Admin Center, API &gt; OAuth Clients).</source>
        <translation>Die eindeutige Kennung Ihres OAuth-Clients (Zendesk Admin Center, API &gt; OAuth-Clients).</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>The Secret of the same OAuth client, shown once when you save it.</source>
        <translation>Das Secret desselben OAuth-Clients, das beim Speichern einmalig angezeigt wird.</translation>
    </message>
    <message>
        <source>A Redirect URL of your OAuth client; the authorization comes back to it.</source>
        <translation>Eine Weiterleitungs-URL Ihres OAuth-Clients; die Autorisierung kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>The Zendesk account to connect: for mycompany.zendesk.com it is mycompany.</source>
        <translation>Das zu verbindende Zendesk-Konto: für meinefirma.zendesk.com ist es meinefirma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one method: &quot;webhook&quot; or &quot;polling&quot;.</source>
        <translation>&quot;%1&quot; braucht mindestens eine Methode: &quot;webhook&quot; oder &quot;polling&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither &quot;webhook&quot; nor &quot;polling&quot;.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist weder &quot;webhook&quot; noch &quot;polling&quot;.</translation>
    </message>
</context>
<context>
    <name>ce::ElementPage</name>
    <message>
        <source>OAuth 1.0a</source>
        <translation>OAuth 1.0a</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Your file (replaces the built-in one)</source>
        <translation>Ihre Datei (ersetzt die integrierte)</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Ihre Datei</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>Die Plattform</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Meldet sich an mit</translation>
    </message>
    <message>
        <source>Described by</source>
        <translation>Beschrieben durch</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>The element&apos;s key on the platform, as in GET /elements/{key}.</source>
        <translation>Der Schlüssel des Elements auf der Plattform, wie in GET /elements/{key}.</translation>
    </message>
    <message>
        <source>The platform does not say which of its entries is the site address of the account to connect; choose it, or none.</source>
        <translation>Die Plattform sagt nicht, welcher ihrer Einträge die Site-Adresse des zu verbindenden Kontos ist; wählen Sie ihn oder keinen.</translation>
    </message>
    <message>
        <source>Another element, described by the platform…</source>
        <translation>Ein anderes Element, von der Plattform beschrieben…</translation>
    </message>
    <message>
        <source>For an element with no descriptor here: the platform&apos;s own description (GET /elements/{key}) makes the form.</source>
        <translation>Für ein Element ohne Deskriptor hier: Die eigene Beschreibung der Plattform (GET /elements/{key}) ergibt das Formular.</translation>
    </message>
    <message>
        <source>Not used, because of a mistake: %1</source>
        <translation>Wegen eines Fehlers nicht verwendet: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Choose an element.</source>
        <translation>Wählen Sie ein Element.</translation>
    </message>
    <message>
        <source>Look the element up first.</source>
        <translation>Schlagen Sie das Element zuerst nach.</translation>
    </message>
    <message>
        <source>Enter the element&apos;s key.</source>
        <translation>Geben Sie den Schlüssel des Elements ein.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>None: it has no site address</source>
        <translation>Keiner: Es hat keine Site-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%1 signs in with %2; entries to fill in: %n.</source>
        <translation>
            <numerusform>%1 meldet sich mit %2 an; auszufüllender Eintrag: %n.</numerusform>
            <numerusform>%1 meldet sich mit %2 an; auszufüllende Einträge: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>Das Element kann sich nicht ändern, solange die Autorisierung läuft.</translation>
    </message>
    <message>
        <source>Export element descriptor</source>
        <translation>Elementdeskriptor exportieren</translation>
    </message>
    <message>
        <source>Element descriptors (*.json)</source>
        <translation>Elementdeskriptoren (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
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
    <name>ce::EventSettings</name>
    <message>
        <source>Not set (the platform&apos;s default: off)</source>
        <translation>Nicht gesetzt (Standard der Plattform: aus)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>by webhook</source>
        <translation>per Webhook</translation>
    </message>
    <message>
        <source>by polling</source>
        <translation>per Polling</translation>
    </message>
    <message>
        <source>by polling every %1 minutes</source>
        <translation>per Polling alle %1 Minuten</translation>
    </message>
    <message>
        <source>On: %1, posted to %2</source>
        <translation>Ein: %1, gesendet an %2</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signiert</translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation>%1 (%2) ist noch der Platzhalter %3.</translation>
    </message>
    <message>
        <source>Events on (%1) must be &quot;true&quot; or &quot;false&quot;, not &quot;%2&quot;.</source>
        <translation>Ereignisse ein (%1) muss &quot;true&quot; oder &quot;false&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The events&apos; vendor type (%1) must be &quot;webhook&quot; or &quot;polling&quot;, not &quot;%2&quot;.</source>
        <translation>Die Anbieterart der Ereignisse (%1) muss &quot;webhook&quot; oder &quot;polling&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 delivers events by %2 only (%3).</source>
        <translation>%1 liefert Ereignisse nur per %2 (%3).</translation>
    </message>
    <message>
        <source>The events callback URL</source>
        <translation>Die Callback-URL der Ereignisse</translation>
    </message>
    <message>
        <source>%1 (%2) is missing: the events are posted there.</source>
        <translation>%1 (%2) fehlt: Die Ereignisse werden dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The events signature key</source>
        <translation>Der Signaturschlüssel der Ereignisse</translation>
    </message>
    <message>
        <source>The events refresh interval</source>
        <translation>Das Aktualisierungsintervall der Ereignisse</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number of minutes above 0, not &quot;%3&quot;.</source>
        <translation>%1 (%2) muss eine ganze Zahl von Minuten über 0 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2) applies only to polling (%3 &quot;polling&quot;).</source>
        <translation>%1 (%2) gilt nur für Polling (%3 &quot;polling&quot;).</translation>
    </message>
</context>
<context>
    <name>ce::EventsPage</name>
    <message>
        <source>%1 calls Cloud Elements (webhook)</source>
        <translation>%1 ruft Cloud Elements auf (Webhook)</translation>
    </message>
    <message>
        <source>Cloud Elements asks %1 (polling)</source>
        <translation>Cloud Elements fragt %1 ab (Polling)</translation>
    </message>
    <message>
        <source>Events are posted to the callback URL as JSON. With a signature key, each post carries a signature made with it, so that your server can tell it comes from Cloud Elements. The key is kept in the keychain with the profile.</source>
        <translation>Ereignisse werden als JSON an die Callback-URL gesendet. Mit einem Signaturschlüssel trägt jede Sendung eine damit erstellte Signatur, sodass Ihr Server erkennen kann, dass sie von Cloud Elements kommt. Der Schlüssel wird mit dem Profil im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Where Cloud Elements posts the events: an address of your server, http or https.</source>
        <translation>Wohin Cloud Elements die Ereignisse sendet: eine Adresse Ihres Servers, http oder https.</translation>
    </message>
    <message>
        <source>How often Cloud Elements asks for new events, in whole minutes.</source>
        <translation>Wie oft Cloud Elements nach neuen Ereignissen fragt, in ganzen Minuten.</translation>
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
    <message>
        <source>Not exported: %1 was kept as it is. Choose another name.</source>
        <translation>Nicht exportiert: %1 wurde unverändert gelassen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? What it holds now will be lost.</source>
        <translation>%1 existiert bereits. Ersetzen? Der jetzige Inhalt geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Erse&amp;tzen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>The file will hold the %1 secrets and the OAuth values: anyone who reads it can create an instance for this account. Keep it private (it is written readable by you only).</source>
        <translation>Die Datei enthält die Secrets von %1 und die OAuth-Werte: Wer sie lesen kann, kann eine Instanz für dieses Konto erstellen. Halten Sie sie geheim (sie wird nur für Sie lesbar geschrieben).</translation>
    </message>
    <message>
        <source>Secrets are written as placeholders such as %1.</source>
        <translation>Secrets werden als Platzhalter wie %1 geschrieben.</translation>
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
    <message>
        <source>&quot;element&quot; is missing: it must be {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</source>
        <translation>&quot;element&quot; fehlt: Es muss {&quot;key&quot;: &quot;&lt;element key&gt;&quot;} sein.</translation>
    </message>
    <message>
        <source>&quot;element&quot; must be an object such as {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</source>
        <translation>&quot;element&quot; muss ein Objekt wie {&quot;key&quot;: &quot;&lt;element key&gt;&quot;} sein.</translation>
    </message>
    <message>
        <source>&quot;element.key&quot; must be a non-empty string: the element key.</source>
        <translation>&quot;element.key&quot; muss eine nicht leere Zeichenkette sein: der Elementschlüssel.</translation>
    </message>
    <message>
        <source>It must be true or false.</source>
        <translation>Der Wert muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>And %Ln more problems.</source>
        <translation>
            <numerusform>Und %Ln weiteres Problem.</numerusform>
            <numerusform>Und %Ln weitere Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::InstanceVerification</name>
    <message>
        <source>Checking the instance with the platform…</source>
        <translation>Instanz wird bei der Plattform geprüft…</translation>
    </message>
    <message>
        <source>Could not check instance %1 with the platform: %2</source>
        <translation>Instanz %1 konnte nicht bei der Plattform geprüft werden: %2</translation>
    </message>
    <message>
        <source>Checked: the platform has instance %1, but it is disabled.</source>
        <translation>Geprüft: Die Plattform hat die Instanz %1, aber sie ist deaktiviert.</translation>
    </message>
    <message>
        <source>Checked: the platform reports instance %1 as valid.</source>
        <translation>Geprüft: Die Plattform meldet die Instanz %1 als gültig.</translation>
    </message>
    <message>
        <source>Checked: the platform reports instance %1 as not valid: its authorization did not work. Re-authorize it from the Instances window.</source>
        <translation>Geprüft: Die Plattform meldet die Instanz %1 als ungültig: Ihre Autorisierung hat nicht funktioniert. Autorisieren Sie sie im Fenster „Instanzen“ erneut.</translation>
    </message>
</context>
<context>
    <name>ce::InstancesController</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <source>Could not list the instances: %1</source>
        <translation>Die Instanzen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not enable %1: %2</source>
        <translation>%1 konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>Could not disable %1: %2</source>
        <translation>%1 konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ce::InstancesModel</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>ce::InstancesWindow</name>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Lists the instances again (F5).</source>
        <translation>Listet die Instanzen erneut auf (F5).</translation>
    </message>
    <message>
        <source>The tags replace all of the instance&apos;s tags.</source>
        <translation>Die Tags ersetzen alle Tags der Instanz.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Instances: %1 (%2)</source>
        <translation>Instanzen: %1 (%2)</translation>
    </message>
    <message>
        <source>Instances: %1</source>
        <translation>Instanzen: %1</translation>
    </message>
    <message>
        <source>Listing the instances…</source>
        <translation>Instanzen werden aufgelistet…</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>Wählen Sie eine Instanz, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Instance %1 of %2, %3, created %4.</source>
        <translation>Instanz %1 von %2, %3, erstellt %4.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>Delete instance?</source>
        <translation>Instanz löschen?</translation>
    </message>
    <message>
        <source>Delete the instance &quot;%1&quot; (id %2)?</source>
        <translation>Die Instanz „%1“ (ID %2) löschen?</translation>
    </message>
    <message>
        <source>Cloud Elements deletes it and its token: whatever uses it stops working. This cannot be undone.</source>
        <translation>Cloud Elements löscht sie und ihr Token: Alles, was sie verwendet, funktioniert nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Instances listed: %n.</source>
        <translation>
            <numerusform>Aufgeführte Instanzen: %n.</numerusform>
            <numerusform>Aufgeführte Instanzen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of the %n listed.</source>
        <translation>
            <numerusform>Angezeigt: %1 von %n aufgeführten.</numerusform>
            <numerusform>Angezeigt: %1 von %n aufgeführten.</numerusform>
        </translation>
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
    <name>ce::LoopbackCallbackListener</name>
    <message>
        <source>No authorization arrived at %1 within %2.</source>
        <translation>Innerhalb von %2 ist keine Autorisierung bei %1 eingetroffen.</translation>
    </message>
    <message>
        <source>The callback URL is not an absolute URL.</source>
        <translation>Die Callback-URL ist keine absolute URL.</translation>
    </message>
    <message>
        <source>Only an http:// callback URL on this computer can be received by the app itself.</source>
        <translation>Nur eine http://-Callback-URL auf diesem Computer kann die App selbst empfangen.</translation>
    </message>
    <message>
        <source>The callback URL&apos;s host must be 127.0.0.1, localhost or [::1] for the app to receive it.</source>
        <translation>Der Host der Callback-URL muss 127.0.0.1, localhost oder [::1] sein, damit die App sie empfangen kann.</translation>
    </message>
    <message>
        <source>The callback URL must name its port (http://127.0.0.1:8123/...) for the app to receive it.</source>
        <translation>Die Callback-URL muss ihren Port nennen (http://127.0.0.1:8123/...), damit die App sie empfangen kann.</translation>
    </message>
    <message>
        <source>The callback URL must not hold a user name.</source>
        <translation>Die Callback-URL darf keinen Benutzernamen enthalten.</translation>
    </message>
    <message>
        <source>The app is already waiting for an authorization at %1.</source>
        <translation>Die App wartet bereits auf eine Autorisierung bei %1.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the app cannot receive the authorization at %2. Close that program, or use a callback URL with another port (and register it with the provider).</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm verwendet, daher kann die App die Autorisierung bei %2 nicht empfangen. Schließen Sie dieses Programm oder verwenden Sie eine Callback-URL mit einem anderen Port (und registrieren Sie sie beim Anbieter).</translation>
    </message>
    <message>
        <source>The app cannot listen on %1 port %2: %3</source>
        <translation>Die App kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>The app cannot listen on port %1 of this computer.</source>
        <translation>Die App kann nicht auf Port %1 dieses Computers lauschen.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>Die Anfrage konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>This server answers only this computer&apos;s own address.</source>
        <translation>Dieser Server antwortet nur auf die eigene Adresse dieses Computers.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Only the browser&apos;s return from the provider is expected here.</source>
        <translation>Hier wird nur die Rückkehr des Browsers vom Anbieter erwartet.</translation>
    </message>
    <message>
        <source>CE Provisioner received the authorization. You can close this tab and return to the app.</source>
        <translation>CE Provisioner hat die Autorisierung empfangen. Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>CE Provisioner received the authorization for %1. You can close this tab and return to the app.</source>
        <translation>CE Provisioner hat die Autorisierung für %1 empfangen. Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>Autorisierung empfangen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address is not the one CE Provisioner is waiting for.</source>
        <translation>Diese Adresse ist nicht die, auf die CE Provisioner wartet.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Zugriff nicht erlaubt</translation>
    </message>
    <message>
        <source>Access was not granted. Return to CE Provisioner to start again.</source>
        <translation>Der Zugriff wurde nicht erlaubt. Kehren Sie zu CE Provisioner zurück, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>This is not the authorization CE Provisioner is waiting for, so it was not accepted. Return to the app.</source>
        <translation>Das ist nicht die Autorisierung, auf die CE Provisioner wartet, daher wurde sie nicht angenommen. Kehren Sie zur App zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::Messages</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Den Text leeren</translation>
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
        <source>The configuration entry &quot;%1&quot; is not text.</source>
        <translation>Der Konfigurationseintrag &quot;%1&quot; ist kein Text.</translation>
    </message>
    <message>
        <source>A tag is not text.</source>
        <translation>Ein Tag ist kein Text.</translation>
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
        <source>The field &quot;%1&quot; is not an object.</source>
        <translation>Das Feld &quot;%1&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a list.</source>
        <translation>Das Feld &quot;%1&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>The element description it carries cannot be used: %1</source>
        <translation>Die mitgeführte Elementbeschreibung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The element description it carries is not the one of its element (&quot;%1&quot;).</source>
        <translation>Die mitgeführte Elementbeschreibung gehört nicht zu seinem Element (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The element description it carries is not a JSON object.</source>
        <translation>Die mitgeführte Elementbeschreibung ist kein JSON-Objekt.</translation>
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
    <message>
        <source>The profile is for the element &quot;%1&quot;, which no element descriptor here describes.</source>
        <translation>Das Profil gehört zum Element &quot;%1&quot;, das kein Elementdeskriptor hier beschreibt.</translation>
    </message>
    <message>
        <source>The profile is for the element descriptor &quot;%1&quot;, which is not here (was it your own file, or looked up on the platform?).</source>
        <translation>Das Profil gehört zum Elementdeskriptor &quot;%1&quot;, der hier nicht vorhanden ist (war es Ihre eigene Datei oder auf der Plattform nachgeschlagen?).</translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>Das Element kann sich nicht ändern, solange die Autorisierung läuft.</translation>
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
    <message>
        <source>The profiles are being changed by another CE Provisioner; nothing was changed. Try again in a moment.</source>
        <translation>Die Profile werden gerade von einem anderen CE Provisioner geändert; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
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
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
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
    <message>
        <source>The instance has no id.</source>
        <translation>Die Instanz hat keine ID.</translation>
    </message>
    <message>
        <source>The instance %1 is of the element &quot;%2&quot;, not %3.</source>
        <translation>Die Instanz %1 gehört zum Element &quot;%2&quot;, nicht zu %3.</translation>
    </message>
    <message>
        <source>The instance is being created or re-authorized.</source>
        <translation>Die Instanz wird gerade erstellt oder erneut autorisiert.</translation>
    </message>
    <message>
        <source>This file is for another way of connecting %1: its %2 is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Diese Datei gehört zu einer anderen Art, %1 zu verbinden: Ihr %2 ist &quot;%3&quot;, nicht &quot;%4&quot;.</translation>
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
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About CE Provisioner (F1)</source>
        <translation>Über CE Provisioner (F1)</translation>
    </message>
    <message>
        <source>Ins&amp;tances…</source>
        <translation>Ins&amp;tanzen…</translation>
    </message>
    <message>
        <source>Lists the instances of the environment chosen on the first page: details, rename, enable or disable, delete.</source>
        <translation>Listet die Instanzen der auf der ersten Seite gewählten Umgebung auf: Details, umbenennen, aktivieren oder deaktivieren, löschen.</translation>
    </message>
    <message>
        <source>CE Provisioner: re-authorize %1 instance %2</source>
        <translation>CE Provisioner: %1-Instanz %2 erneut autorisieren</translation>
    </message>
    <message>
        <source>&amp;Re-authorize instance</source>
        <translation>Instanz erneut &amp;autorisieren</translation>
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
    <message>
        <source>Calls to Cloud Elements</source>
        <translation>Aufrufe an Cloud Elements</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>Der ausgewählte Aufruf</translation>
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
    <message>
        <source>New tag</source>
        <translation>Neues Tag</translation>
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
    <message>
        <source>Cloud Elements asks %1 for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements fragt bei %1 ein Request-Token und die Adresse der Autorisierungsseite an.</translation>
    </message>
</context>
<context>
    <name>ce::cli</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Die Sandbox kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
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
    <message>
        <source>Sandbox ready. It accepts the user secret %1 and the organization secret %2. Stop it with Ctrl+C.</source>
        <translation>Sandbox bereit. Sie akzeptiert das Benutzer-Secret %1 und das Organisations-Secret %2. Beenden Sie sie mit Strg+C.</translation>
    </message>
    <message>
        <source>the wizard is not installed (no %1); install the package ce-provisioner-gui, or use a command (see --help).</source>
        <translation>der Assistent ist nicht installiert (kein %1); installieren Sie das Paket ce-provisioner-gui oder verwenden Sie einen Befehl (siehe --help).</translation>
    </message>
    <message>
        <source>the wizard (%1) cannot be started: %2.</source>
        <translation>der Assistent (%1) kann nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2; see --help.</source>
        <translation>Unerwartetes Argument „%1“ nach %2; siehe --help.</translation>
    </message>
    <message>
        <source>%1 is an option of the wizard (no command), not of %2; see --help.</source>
        <translation>%1 ist eine Option des Assistenten (ohne Befehl), nicht von %2; siehe --help.</translation>
    </message>
    <message>
        <source>%1 is an option of %2, and no command was given; see --help.</source>
        <translation>%1 ist eine Option von %2, und es wurde kein Befehl angegeben; siehe --help.</translation>
    </message>
    <message>
        <source>%1 is an option of %2, not of %3; see --help.</source>
        <translation>%1 ist eine Option von %2, nicht von %3; siehe --help.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden zwischen 1 und 86400 sein.</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden: %1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the available languages are %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar sind %2.</translation>
    </message>
    <message>
        <source>No callback address on standard input: paste the address the browser ended on after the approval.</source>
        <translation>Keine Callback-Adresse auf der Standardeingabe: Fügen Sie die Adresse ein, bei der der Browser nach der Zustimmung endete.</translation>
    </message>
    <message>
        <source>That is not the callback address %1.</source>
        <translation>Das ist nicht die Callback-Adresse %1.</translation>
    </message>
    <message>
        <source>The callback did not arrive.</source>
        <translation>Der Callback ist nicht eingetroffen.</translation>
    </message>
    <message>
        <source>This app does not know the element &quot;%1&quot; (known: %2).</source>
        <translation>Diese App kennt das Element &quot;%1&quot; nicht (bekannt: %2).</translation>
    </message>
    <message>
        <source>The instance %1 is of the element &quot;%2&quot;: name its descriptor with --element ID (known: %3).</source>
        <translation>Die Instanz %1 gehört zum Element &quot;%2&quot;: Nennen Sie ihren Deskriptor mit --element ID (bekannt: %3).</translation>
    </message>
    <message>
        <source>--events-vendor is webhook or polling, not &quot;%1&quot;.</source>
        <translation>--events-vendor ist webhook oder polling, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--events-vendor and --events-interval need events on: give --events-url URL.</source>
        <translation>--events-vendor und --events-interval brauchen eingeschaltete Ereignisse: Geben Sie --events-url URL an.</translation>
    </message>
    <message>
        <source>note: the instance&apos;s events signature key is not sent again (the platform never shows it); set %1 to keep one.</source>
        <translation>Hinweis: Der Signaturschlüssel der Ereignisse der Instanz wird nicht erneut gesendet (die Plattform zeigt ihn nie); setzen Sie %1, um einen zu behalten.</translation>
    </message>
    <message>
        <source>(The options: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; the secrets from the environment: %1.)</source>
        <translation>(Die Optionen: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; die Secrets aus der Umgebung: %1.)</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve; the answer comes back here (%1):</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und stimmen Sie zu; die Antwort kommt hierher zurück (%1):</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve, then paste here the address the browser ends on:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und stimmen Sie zu, dann fügen Sie hier die Adresse ein, bei der der Browser endet:</translation>
    </message>
    <message>
        <source>Events signature key</source>
        <translation>Signaturschlüssel der Ereignisse</translation>
    </message>
    <message>
        <source>(no instances)</source>
        <translation>(keine Instanzen)</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the element&apos;s descriptor id, as elements lists it (reauthorize: the instance&apos;s by default).</source>
        <translation>authorize, reauthorize: die ID des Element-Deskriptors, wie elements sie auflistet (reauthorize: standardmäßig die der Instanz).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the consumer key (API key).</source>
        <translation>authorize, reauthorize: der Consumer-Key (API-Schlüssel).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the site address.</source>
        <translation>authorize, reauthorize: die Site-Adresse.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the callback URL registered with the provider (a loopback one, http://127.0.0.1:PORT/..., is received here).</source>
        <translation>authorize, reauthorize: die beim Anbieter registrierte Callback-URL (eine Loopback-URL, http://127.0.0.1:PORT/..., wird hier empfangen).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the instance&apos;s name.</source>
        <translation>authorize, reauthorize: der Name der Instanz.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: a tag of the instance (repeat it for several); instances list: only instances with this tag.</source>
        <translation>authorize, reauthorize: ein Tag der Instanz (für mehrere wiederholen); instances list: nur Instanzen mit diesem Tag.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: turn events on, posted to this URL.</source>
        <translation>authorize, reauthorize: Ereignisse einschalten, gesendet an diese URL.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: how events are learnt of: webhook (default) or polling.</source>
        <translation>authorize, reauthorize: wie Ereignisse erfahren werden: webhook (Standard) oder polling.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: polling: every this many minutes.</source>
        <translation>authorize, reauthorize: Polling: alle so vielen Minuten.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: turn events off.</source>
        <translation>authorize, reauthorize: Ereignisse ausschalten.</translation>
    </message>
    <message>
        <source>instances needs one of list, get, delete, enable or disable; see --help.</source>
        <translation>instances braucht list, get, delete, enable oder disable; siehe --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;instances %1&quot;: instances takes list, get, delete, enable or disable; see --help.</source>
        <translation>Unbekannter Befehl &quot;instances %1&quot;: instances nimmt list, get, delete, enable oder disable; siehe --help.</translation>
    </message>
    <message>
        <source>%1 needs the instance&apos;s ID; see --help.</source>
        <translation>%1 braucht die ID der Instanz; siehe --help.</translation>
    </message>
    <message>
        <source>%1: the instance&apos;s ID is a whole number above 0, not &quot;%2&quot;.</source>
        <translation>%1: Die ID der Instanz ist eine ganze Zahl über 0, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the commands that call the platform</source>
        <translation>die Befehle, die die Plattform aufrufen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>authorize needs --name NAME (the instance&apos;s name).</source>
        <translation>authorize braucht --name NAME (den Namen der Instanz).</translation>
    </message>
    <message>
        <source>--no-events turns events off: it goes with no other --events option.</source>
        <translation>--no-events schaltet Ereignisse aus: Es steht mit keiner anderen --events-Option.</translation>
    </message>
</context>
<context>
    <name>main</name>
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
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it under a virtual display: xvfb-run -a %1</source>
        <translation>kein Display gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie es unter einem virtuellen Display: xvfb-run -a %1</translation>
    </message>
    <message>
        <source>running as root, so the embedded browser runs without Chromium&apos;s sandbox; run as a normal user to keep it.</source>
        <translation>wird als root ausgeführt, daher läuft der eingebettete Browser ohne die Sandbox von Chromium; starten Sie es als normaler Benutzer, um sie zu behalten.</translation>
    </message>
    <message>
        <source>this is the wizard; run the commands with ce-provisioner (see ce-provisioner --help).</source>
        <translation>dies ist der Assistent; führen Sie die Befehle mit ce-provisioner aus (siehe ce-provisioner --help).</translation>
    </message>
    <message>
        <source>Every command but serve-sandbox: us, eu, staging, snapshot or a base URL.</source>
        <translation>Jeder Befehl außer serve-sandbox: us, eu, staging, snapshot oder eine Basis-URL.</translation>
    </message>
    <message>
        <source>Every command but serve-sandbox: give up on a call after this many seconds (default 30).</source>
        <translation>Jeder Befehl außer serve-sandbox: einen Aufruf nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>elements: print the list as JSON.</source>
        <translation>elements: die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Provision Cloud Elements instances (OAuth 2.0, OAuth 1.0a and credentials elements) with a wizard.

Commands:
  (none)                     open the wizard
  serve-sandbox              run the built-in Cloud Elements sandbox on 127.0.0.1
  create                     POST an instance.json and print the created instance
  authorize                  authorize in a browser, create the instance, print it
  reauthorize ID             authorize again, PUT the instance, print it
  instances list             print the instances as JSON (a table on a terminal)
  instances get ID           print one instance as JSON
  instances delete ID        delete an instance
  instances enable ID        enable an instance
  instances disable ID       disable an instance
  elements                   list the elements this app can provision

Secrets are read from the environment, never from arguments: CE_USER_SECRET,
CE_ORGANIZATION_SECRET, CE_EVENTS_SIGNATURE_KEY, and for each secret of the element
the variable its descriptor names (elements --json lists them; by default the key
in capitals: oauth.api.secret is OAUTH_API_SECRET), or for a providerData secret CE_PROVIDER_DATA_
and its key (CE_PROVIDER_DATA_CODE). When one that is needed is missing and standard
input is a terminal, it is asked for without echo.</source>
        <translation>Instanzen in Cloud Elements (OAuth 2.0, OAuth 1.0a und Zugangsdaten-Elemente) per Assistent erstellen.

Befehle:
  (keiner)                   Assistenten öffnen
  serve-sandbox              integrierte Sandbox von Cloud Elements auf 127.0.0.1 starten
  create                     instance.json per POST senden, erstellte Instanz ausgeben
  authorize                  im Browser autorisieren, Instanz erstellen, ausgeben
  reauthorize ID             erneut autorisieren, Instanz per PUT senden, ausgeben
  instances list             Instanzen als JSON ausgeben (im Terminal als Tabelle)
  instances get ID           eine Instanz als JSON ausgeben
  instances delete ID        eine Instanz löschen
  instances enable ID        eine Instanz aktivieren
  instances disable ID       eine Instanz deaktivieren
  elements                   die Elemente auflisten, die diese App bereitstellen kann

Secrets werden aus Umgebungsvariablen gelesen, nie aus Argumenten: CE_USER_SECRET,
CE_ORGANIZATION_SECRET, CE_EVENTS_SIGNATURE_KEY und für jedes Secret des Elements
die Variable, die sein Deskriptor nennt (elements --json listet sie auf; standardmäßig der
Schlüssel in Großbuchstaben: oauth.api.secret ist OAUTH_API_SECRET), oder für ein
providerData-Secret CE_PROVIDER_DATA_ und sein Schlüssel (CE_PROVIDER_DATA_CODE).
Fehlt eines, das gebraucht wird, und ist die Standardeingabe ein Terminal, wird es
ohne Echo abgefragt.</translation>
    </message>
    <message>
        <source>serve-sandbox, create, authorize, reauthorize, instances or elements; none opens the wizard.</source>
        <translation>serve-sandbox, create, authorize, reauthorize, instances oder elements; ohne Befehl öffnet sich der Assistent.</translation>
    </message>
</context>
</TS>
