<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CE Provisioner</source>
        <translation>À propos de CE Provisioner</translation>
    </message>
    <message>
        <source>CE Provisioner creates Cloud Elements element instances, with a wizard or from the command line.</source>
        <translation>CE Provisioner crée des instances d&apos;éléments Cloud Elements, avec un assistant ou en ligne de commande.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Instance na&amp;me:</source>
        <translation>&amp;Nom de l&apos;instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ét&amp;iquettes&#xa0;:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>What the element needs to connect, and how to name the new instance.</source>
        <translation>Ce dont l&apos;élément a besoin pour se connecter, et le nom de la nouvelle instance.</translation>
    </message>
    <message>
        <source>Send event noti&amp;fications (set up on the next page)</source>
        <translation>En&amp;voyer les notifications d&apos;événements (réglées à la page suivante)</translation>
    </message>
</context>
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Authorize</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>The account owner signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation>Le titulaire du compte se connecte et autorise l&apos;accès. L&apos;assistant continue de lui-même dès que l&apos;accès est accordé.</translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation>&amp;Recommencer avec un nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Reload the page</source>
        <translation>Rechar&amp;ger la page</translation>
    </message>
    <message>
        <source>&amp;Paste the address your browser ended on:</source>
        <translation>Co&amp;ller l&apos;adresse où votre navigateur s&apos;est arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>Ut&amp;iliser</translation>
    </message>
    <message>
        <source>&amp;Open in system browser</source>
        <translation>&amp;Ouvrir dans le navigateur du système</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Choose the Cloud Elements environment and enter the platform secrets of your organization.</source>
        <translation>Choisissez l&apos;environnement Cloud Elements et saisissez les secrets de plateforme de votre organisation.</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Partir &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Pro&amp;fils…</translation>
    </message>
    <message>
        <source>&amp;Import instance.json…</source>
        <translation>&amp;Importer instance.json…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>https://api.example.com/elements/api-v2</source>
        <translation>https://api.example.com/elements/api-v2</translation>
    </message>
    <message>
        <source>U&amp;ser secret:</source>
        <translation>Secret uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization secret:</source>
        <translation>Secret de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Check what will be sent to POST /instances, then create the instance.</source>
        <translation>Vérifiez ce qui sera envoyé à POST /instances, puis créez l&apos;instance.</translation>
    </message>
    <message>
        <source>&amp;Request body (secrets masked):</source>
        <translation>C&amp;orps de la requête (secrets masqués)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CurlDialog</name>
    <message>
        <source>Equivalent cURL commands</source>
        <translation>Commandes cURL équivalentes</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>&amp;Afficher les secrets</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation>L&apos;instance a été créée. Conservez son jeton&#xa0;: chaque appel ultérieur en son nom en a besoin.</translation>
    </message>
    <message>
        <source>Instance id:</source>
        <translation>ID de l&apos;instance&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Élément&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Instance token:</source>
        <translation>Jeton de l&apos;instance&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>&amp;Configuration returned by the platform:</source>
        <translation>&amp;Configuration renvoyée par la plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>No&amp;m du profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Export instance.json…</source>
        <translation>E&amp;xporter instance.json…</translation>
    </message>
</context>
<context>
    <name>ElementPage</name>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Choose the element to create an instance of. The ones you used recently come first.</source>
        <translation>Choisissez l&apos;élément dont créer une instance. Les plus récemment utilisés viennent en premier.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name or key</source>
        <translation>Nom ou clé</translation>
    </message>
    <message>
        <source>Element &amp;key:</source>
        <translation>&amp;Clé de l&apos;élément&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. pipedrive</source>
        <translation>p. ex. pipedrive</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>C&amp;onsulter</translation>
    </message>
    <message>
        <source>Site &amp;address entry:</source>
        <translation>Entrée de l&apos;adresse du s&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport descriptor…</source>
        <translation>E&amp;xporter le descripteur…</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Optional: Cloud Elements can post the events of the new instance to an address of yours.</source>
        <translation>Facultatif&#xa0;: Cloud Elements peut envoyer les événements de la nouvelle instance à une adresse à vous.</translation>
    </message>
    <message>
        <source>Send &amp;event notifications</source>
        <translation>En&amp;voyer les notifications d&apos;événements</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Refresh &amp;interval (minutes):</source>
        <translation>&amp;Intervalle d&apos;actualisation (minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval (minutes)</source>
        <translation>Intervalle d&apos;actualisation (minutes)</translation>
    </message>
    <message>
        <source>the platform&apos;s default</source>
        <translation>valeur par défaut de la plateforme</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>URL de &amp;rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>https://example.com/events</source>
        <translation>https://example.com/events</translation>
    </message>
    <message>
        <source>Signature &amp;key:</source>
        <translation>&amp;Clé de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export instance.json</source>
        <translation>Exporter instance.json</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Include the real &amp;secrets</source>
        <translation>Inclure les vrais &amp;secrets</translation>
    </message>
</context>
<context>
    <name>InstancesWindow</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Name, id, element or tag</source>
        <translation>Nom, id, élément ou étiquette</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instances&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Save name and tags</source>
        <translation>&amp;Enregistrer le nom et les étiquettes</translation>
    </message>
    <message>
        <source>Save name and tags</source>
        <translation>Enregistrer le nom et les étiquettes</translation>
    </message>
    <message>
        <source>C&amp;onfiguration:</source>
        <translation>C&amp;onfiguration&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>Réa&amp;utoriser…</translation>
    </message>
    <message>
        <source>Re-authorize</source>
        <translation>Réautoriser</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Last instance</source>
        <translation>Dernière instance</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::Cli</name>
    <message>
        <source>%1 needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation>%1 demande --environment NAME|URL (us, eu, staging, snapshot ou une URL de base).</translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Every call to Cloud Elements since the app started. Secrets are shown as &lt;redacted&gt;.</source>
        <translation>Chaque appel à Cloud Elements depuis le démarrage de l&apos;application. Les secrets apparaissent sous la forme &lt;redacted&gt;.</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Request token</source>
        <translation>Jeton de requête</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Request token:</source>
        <translation>Jeton de requête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authorization page:</source>
        <translation>Page d&apos;&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Cloud Elements asks the element&apos;s provider for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements demande au fournisseur de l&apos;élément un jeton de requête et l&apos;adresse de sa page d&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>ce::AboutDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy these details as text, to paste into a bug report</source>
        <translation>Copier ces informations sous forme de texte, à coller dans un rapport de bogue</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>CE Provisioner %1 (Qt %2)</source>
        <translation>CE Provisioner %1 (Qt %2)</translation>
    </message>
    <message>
        <source>MIT licence. No warranty.</source>
        <translation>Licence MIT. Aucune garantie.</translation>
    </message>
    <message>
        <source>%1, %2 display</source>
        <translation>%1, affichage %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Aucun choisi pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not kept: this wizard saves no profiles.</source>
        <translation>Non conservés&#xa0;: cet assistant n&apos;enregistre aucun profil.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrés</translation>
    </message>
    <message>
        <source>In the system keychain (Secret Service), never in a file.</source>
        <translation>Dans le trousseau du système (Secret Service), jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Not kept (you type them again next time): %1</source>
        <translation>Non conservés (vous les saisissez à nouveau la prochaine fois)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ce::ApiError</name>
    <message>
        <source>Getting the request token</source>
        <translation>L&apos;obtention du jeton de requête</translation>
    </message>
    <message>
        <source>Getting the authorization URL</source>
        <translation>L&apos;obtention de l&apos;URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Creating the instance</source>
        <translation>La création de l&apos;instance</translation>
    </message>
    <message>
        <source>Reading the instance</source>
        <translation>La lecture de l&apos;instance</translation>
    </message>
    <message>
        <source>Listing the instances</source>
        <translation>La liste des instances</translation>
    </message>
    <message>
        <source>Deleting the instance</source>
        <translation>La suppression de l&apos;instance</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the server running?)</source>
        <translation>la connexion à %1 a été refusée (le serveur est-il démarré&#xa0;?)</translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation>le nom d&apos;hôte %1 est introuvable</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>le délai de connexion à %1 a expiré</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it may not go</source>
        <translation>%1 a redirigé la requête vers une destination interdite</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>le réseau n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer is a web page, not JSON; a proxy or login page may be in the way</source>
        <translation>la réponse est une page web, pas du JSON&#xa0;; un proxy ou une page de connexion s&apos;interpose peut-être</translation>
    </message>
    <message>
        <source>the answer holds text that is not valid UTF-8</source>
        <translation>la réponse contient du texte qui n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the answer is cut off (incomplete JSON)</source>
        <translation>la réponse est tronquée (JSON incomplet)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>%1 failed: no secure connection to %2 could be set up (%3). Check that the server speaks https at this address.</source>
        <translation>%1 a échoué&#xa0;: aucune connexion sécurisée n&apos;a pu être établie avec %2 (%3). Vérifiez que le serveur parle https à cette adresse.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed.</source>
        <translation>Le serveur a redirigé la requête vers %1&#xa0;; la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 and redirected the request to %3, which was not followed. Check the environment&apos;s base URL.</source>
        <translation>%1 a échoué&#xa0;: le serveur a répondu HTTP %2 et redirigé la requête vers %3, redirection qui n&apos;a pas été suivie. Vérifiez l&apos;URL de base de l&apos;environnement.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete (%2 of %3 bytes)</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse (%2 octets sur %3)</translation>
    </message>
    <message>
        <source>The instance may have been created anyway: look for it on the platform before you try again.</source>
        <translation>L&apos;instance a peut-être été créée malgré tout&#xa0;: cherchez-la sur la plateforme avant de réessayer.</translation>
    </message>
    <message>
        <source>no environment is chosen</source>
        <translation>aucun environnement n&apos;est choisi</translation>
    </message>
    <message>
        <source>there is no request token yet</source>
        <translation>il n&apos;y a pas encore de jeton de requête</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing, and every later call on the instance needs it</source>
        <translation>&quot;token&quot; manque, et chaque appel ultérieur sur l&apos;instance en a besoin</translation>
    </message>
    <message>
        <source>Check the user and organization secrets for this environment.</source>
        <translation>Vérifiez les secrets utilisateur et de l&apos;organisation pour cet environnement.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this, or the instance is disabled.</source>
        <translation>Le compte n&apos;a pas le droit de faire cela, ou l&apos;instance est désactivée.</translation>
    </message>
    <message>
        <source>Check the environment&apos;s base URL.</source>
        <translation>Vérifiez l&apos;URL de base de l&apos;environnement.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s content type.</source>
        <translation>Le serveur n&apos;a pas accepté le type de contenu de la requête.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>Trop de requêtes&#xa0;: patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem; try again in a moment.</source>
        <translation>Le serveur a rencontré un problème&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere; check the environment&apos;s base URL.</source>
        <translation>Le serveur a envoyé la requête ailleurs&#xa0;; vérifiez l&apos;URL de base de l&apos;environnement.</translation>
    </message>
    <message>
        <source>The answer is a web page, not JSON: a proxy or gateway may be in the way.</source>
        <translation>La réponse est une page web, pas du JSON&#xa0;: un proxy ou une passerelle s&apos;interpose peut-être.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>La réponse n&apos;a pas de corps.</translation>
    </message>
    <message>
        <source>The answer is not JSON.</source>
        <translation>La réponse n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2.</source>
        <translation>%1 a échoué&#xa0;: le serveur a répondu %2.</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Il a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The provider said: &quot;%1&quot;.</source>
        <translation>Le fournisseur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(Request id %1.)</source>
        <translation>(ID de requête %1.)</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s answer is not what Cloud Elements sends (%2).</source>
        <translation>%1 a échoué&#xa0;: la réponse du serveur ne ressemble pas à ce qu&apos;envoie Cloud Elements (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no complete answer in time (timeout: %1 s)</source>
        <translation>pas de réponse complète dans le délai imparti (délai&#xa0;: %1 s)</translation>
    </message>
    <message>
        <source>%1 failed: %2 did not answer in time (timeout: %3 s).</source>
        <translation>%1 a échoué&#xa0;: %2 n&apos;a pas répondu à temps (délai&#xa0;: %3 s).</translation>
    </message>
    <message>
        <source>%1 failed: the secure connection to %2 could not be trusted (%3).</source>
        <translation>%1 a échoué&#xa0;: la connexion sécurisée à %2 n&apos;est pas digne de confiance (%3).</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 n&apos;a pas pu avoir lieu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>expected an object with &quot;token&quot; and &quot;secret&quot;</source>
        <translation>un objet avec &quot;token&quot; et &quot;secret&quot; était attendu</translation>
    </message>
    <message>
        <source>the request token is &quot;null&quot;</source>
        <translation>le jeton de requête est &quot;null&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;oauthUrl&quot;</source>
        <translation>un objet avec &quot;oauthUrl&quot; était attendu</translation>
    </message>
    <message>
        <source>&quot;oauthUrl&quot; is not an absolute http(s) URL</source>
        <translation>&quot;oauthUrl&quot; n&apos;est pas une URL http(s) absolue</translation>
    </message>
    <message>
        <source>the authorization URL carries oauth_token more than once</source>
        <translation>l&apos;URL d&apos;autorisation contient oauth_token plus d&apos;une fois</translation>
    </message>
    <message>
        <source>the authorization URL carries no request token (oauth_token=%1)</source>
        <translation>l&apos;URL d&apos;autorisation ne contient aucun jeton de requête (oauth_token=%1)</translation>
    </message>
    <message>
        <source>the authorization URL is for another request token</source>
        <translation>l&apos;URL d&apos;autorisation concerne un autre jeton de requête</translation>
    </message>
    <message>
        <source>expected an instance object</source>
        <translation>un objet instance était attendu</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a positive integer</source>
        <translation>&quot;id&quot; manque ou n&apos;est pas un entier positif</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not a string</source>
        <translation>&quot;name&quot; manque ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>expected a list of instances</source>
        <translation>une liste d&apos;instances était attendue</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Re-authorizing the instance</source>
        <translation>La réautorisation de l&apos;instance</translation>
    </message>
    <message>
        <source>Changing the instance&apos;s name or tags</source>
        <translation>La modification du nom ou des étiquettes de l&apos;instance</translation>
    </message>
    <message>
        <source>Enabling the instance</source>
        <translation>L&apos;activation de l&apos;instance</translation>
    </message>
    <message>
        <source>Disabling the instance</source>
        <translation>La désactivation de l&apos;instance</translation>
    </message>
    <message>
        <source>Reading the element&apos;s description</source>
        <translation>La lecture de la description de l&apos;élément</translation>
    </message>
    <message>
        <source>the answer is about the instance %1, not %2</source>
        <translation>la réponse concerne l&apos;instance %1, pas %2</translation>
    </message>
    <message>
        <source>expected the instance or an empty answer</source>
        <translation>l&apos;instance ou une réponse vide était attendue</translation>
    </message>
    <message>
        <source>the answer is about another instance than %1</source>
        <translation>la réponse concerne une autre instance que %1</translation>
    </message>
    <message>
        <source>The instance may have been re-authorized anyway: read it on the platform before you authorize again.</source>
        <translation>L&apos;instance a peut-être été réautorisée malgré tout&#xa0;: consultez-la sur la plateforme avant d&apos;autoriser à nouveau.</translation>
    </message>
    <message>
        <source>there is no instance id</source>
        <translation>il n&apos;y a pas d&apos;ID d&apos;instance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element key</source>
        <translation>&quot;%1&quot; n&apos;est pas une clé d&apos;élément</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;key&quot; is missing</source>
        <translation>&quot;key&quot; manque</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; is not a list</source>
        <translation>&quot;configuration&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>there is nothing to change: give a name, tags or both</source>
        <translation>il n&apos;y a rien à modifier&#xa0;: indiquez un nom, des étiquettes ou les deux</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>le nouveau nom est vide</translation>
    </message>
    <message>
        <source>there is no state to send</source>
        <translation>il n&apos;y a aucun state à envoyer</translation>
    </message>
    <message>
        <source>the authorization URL is for the element &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>l&apos;URL d&apos;autorisation concerne l&apos;élément «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the authorization URL carries state more than once</source>
        <translation>l&apos;URL d&apos;autorisation contient state plus d&apos;une fois</translation>
    </message>
    <message>
        <source>the authorization URL carries another state than the one sent, so the callback would not be accepted (a descriptor with &quot;state&quot;: &quot;elementKey&quot; sends the state this element keeps)</source>
        <translation>l&apos;URL d&apos;autorisation contient un autre state que celui envoyé, si bien que le rappel ne serait pas accepté (un descripteur avec &quot;state&quot;: &quot;elementKey&quot; envoie le state que garde cet élément)</translation>
    </message>
</context>
<context>
    <name>ce::AppPage</name>
    <message>
        <source>%1 app</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>targetcompany</source>
        <translation>entreprisecible</translation>
    </message>
    <message>
        <source>How the instance is called in Cloud Elements.</source>
        <translation>Le nom de l&apos;instance dans Cloud Elements.</translation>
    </message>
    <message>
        <source>Connects https://%1.%2</source>
        <translation>Connecte https://%1.%2</translation>
    </message>
    <message>
        <source>For https://targetcompany.%1, enter targetcompany</source>
        <translation>Pour https://entreprisecible.%1, saisissez entreprisecible</translation>
    </message>
    <message>
        <source>Cloud Elements posts the instance&apos;s events to an address of yours.</source>
        <translation>Cloud Elements envoie les événements de l&apos;instance à une adresse à vous.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Your %1 app&apos;s OAuth client, the account to connect, and how to name the new instance. Entries marked * are required.</source>
        <translation>Le client OAuth de votre application %1, le compte à connecter et le nom de la nouvelle instance. Les entrées marquées * sont obligatoires.</translation>
    </message>
    <message>
        <source>How Cloud Elements signs in to the %1 account, and how to name the new instance. Entries marked * are required.</source>
        <translation>Comment Cloud Elements se connecte au compte %1, et le nom de la nouvelle instance. Les entrées marquées * sont obligatoires.</translation>
    </message>
    <message>
        <source>Acme Corp. %1</source>
        <translation>Acme Corp. %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>ce::AuthorizePage</name>
    <message>
        <source>The owner of the %1 account signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation>Le titulaire du compte %1 se connecte et autorise l&apos;accès. L&apos;assistant continue de lui-même dès que l&apos;accès est accordé.</translation>
    </message>
    <message>
        <source>Access granted.</source>
        <translation>Accès accordé.</translation>
    </message>
    <message>
        <source>To try again, start again with a new token.</source>
        <translation>Pour réessayer, recommencez avec un nouveau jeton.</translation>
    </message>
    <message>
        <source>That is not the callback address: it must start with %1.</source>
        <translation>Ce n&apos;est pas l&apos;adresse de rappel&#xa0;: elle doit commencer par %1.</translation>
    </message>
    <message>
        <source>Open the page in your usual browser, sign in and allow access, then paste the address it ends on below.</source>
        <translation>Ouvrez la page dans votre navigateur habituel, connectez-vous et autorisez l&apos;accès, puis collez ci-dessous l&apos;adresse où il s&apos;arrête.</translation>
    </message>
    <message>
        <source>Paste the address your browser ends on below instead.</source>
        <translation>Collez plutôt ci-dessous l&apos;adresse où votre navigateur s&apos;arrête.</translation>
    </message>
    <message>
        <source>Your browser did not come back to %1 in time.</source>
        <translation>Votre navigateur n&apos;est pas revenu à %1 à temps.</translation>
    </message>
    <message>
        <source>Start again with a new token, or paste the address it ended on.</source>
        <translation>Recommencez avec un nouveau jeton, ou collez l&apos;adresse où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Waiting for your browser: sign in and allow access there; it comes back to %1 and the wizard continues by itself.</source>
        <translation>En attente de votre navigateur&#xa0;: connectez-vous et autorisez l&apos;accès&#xa0;; il revient à %1 et l&apos;assistant continue de lui-même.</translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation>&amp;Recommencer avec un nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Reco&amp;mmencer</translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation>Obtention de l&apos;adresse de la page d&apos;autorisation…</translation>
    </message>
    <message>
        <source>To try again, start again.</source>
        <translation>Pour réessayer, recommencez.</translation>
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
        <translation>Recharger la page</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Open in system browser</source>
        <translation>Ouvrir dans le navigateur du système</translation>
    </message>
    <message>
        <source>Continue in your usual browser; then paste the address it ends on</source>
        <translation>Continuer dans votre navigateur habituel&#xa0;; puis coller l&apos;adresse où il s&apos;arrête</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Secure connection (https)</source>
        <translation>Connexion sécurisée (https)</translation>
    </message>
    <message>
        <source>A page served by this computer (the sandbox)</source>
        <translation>Une page servie par cet ordinateur (le bac à sable)</translation>
    </message>
    <message>
        <source>Not secure: this page is sent unencrypted (http). Do not enter a password.</source>
        <translation>Non sécurisé&#xa0;: cette page est transmise sans chiffrement (http). N&apos;y saisissez pas de mot de passe.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>The page %1 could not be loaded: %2.</source>
        <translation>La page %1 n&apos;a pas pu être chargée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so the page was not shown.</source>
        <translation>Le certificat de %1 n&apos;est pas valide (%2)&#xa0;; la page n&apos;a donc pas été affichée.</translation>
    </message>
    <message>
        <source>%1 — popup</source>
        <translation>%1 — fenêtre contextuelle</translation>
    </message>
    <message>
        <source>The embedded browser could not be loaded (%1).</source>
        <translation>Le navigateur intégré n&apos;a pas pu être chargé (%1).</translation>
    </message>
    <message>
        <source>The embedded browser is not installed (the package ce-provisioner-browser).</source>
        <translation>Le navigateur intégré n&apos;est pas installé (le paquet ce-provisioner-browser).</translation>
    </message>
</context>
<context>
    <name>ce::CallbackMatch</name>
    <message>
        <source>An authorization arrived although none was started; it was not accepted.</source>
        <translation>Une autorisation est arrivée alors qu&apos;aucune n&apos;avait été lancée&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>The authorization came back with &quot;%1&quot; twice; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue avec «&#xa0;%1&#xa0;» en double&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1).</source>
        <translation>L&apos;accès n&apos;a pas été accordé (le fournisseur a répondu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The authorization came back without a request token; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue sans jeton de requête&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>The authorization came back for another request token; it was not accepted. Start the authorization again.</source>
        <translation>L&apos;autorisation est revenue pour un autre jeton de requête&#xa0;; elle n&apos;a pas été acceptée. Relancez l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The authorization came back without a verifier, so access was not granted.</source>
        <translation>L&apos;autorisation est revenue sans vérificateur&#xa0;; l&apos;accès n&apos;a donc pas été accordé.</translation>
    </message>
    <message>
        <source>it is not a web address</source>
        <translation>ce n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>another scheme</source>
        <translation>un autre schéma</translation>
    </message>
    <message>
        <source>a user name in the address</source>
        <translation>un nom d&apos;utilisateur dans l&apos;adresse</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>un autre hôte</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>un autre port</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>un autre chemin</translation>
    </message>
    <message>
        <source>a query item of the callback address is missing, different or repeated</source>
        <translation>un paramètre de requête de l&apos;adresse de rappel manque, diffère ou est répété</translation>
    </message>
    <message>
        <source>The authorization came back from inside a frame, not from the page itself; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue depuis un cadre, pas depuis la page elle-même&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>The authorization came back from inside a popup window, not from the page itself; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue depuis une fenêtre contextuelle, pas depuis la page elle-même&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>The authorization came back because a frame or another window sent the page there, not the page itself; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue parce qu&apos;un cadre ou une autre fenêtre y a envoyé la page, pas la page elle-même&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>The authorization came back without the state it was sent with, so it cannot be told from a forged one; it was not accepted. Start the authorization again.</source>
        <translation>L&apos;autorisation est revenue sans le state avec lequel elle a été envoyée&#xa0;; on ne peut donc pas la distinguer d&apos;une contrefaçon&#xa0;; elle n&apos;a pas été acceptée. Relancez l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The authorization came back for another attempt (its state is not this one&apos;s); it was not accepted. Start the authorization again.</source>
        <translation>L&apos;autorisation est revenue pour une autre tentative (son state n&apos;est pas celui de celle-ci)&#xa0;; elle n&apos;a pas été acceptée. Relancez l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The authorization came back with both a refusal (&quot;%1&quot;) and a grant; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue à la fois avec un refus («&#xa0;%1&#xa0;») et un accord&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1: %2).</source>
        <translation>L&apos;accès n&apos;a pas été accordé (le fournisseur a répondu&#xa0;: %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The authorization came back without &quot;%1&quot;, so access was not granted.</source>
        <translation>L&apos;autorisation est revenue sans «&#xa0;%1&#xa0;»&#xa0;; l&apos;accès n&apos;a donc pas été accordé.</translation>
    </message>
    <message>
        <source>The authorization was about to be sent to %1, which is not the callback address %2 (%3). It was stopped and not loaded; start again.</source>
        <translation>L&apos;autorisation allait être envoyée à %1, qui n&apos;est pas l&apos;adresse de rappel %2 (%3). Elle a été arrêtée et non chargée&#xa0;; recommencez.</translation>
    </message>
    <message>
        <source>The authorization came back without &quot;%1&quot;, which the element needs; it was not accepted.</source>
        <translation>L&apos;autorisation est revenue sans «&#xa0;%1&#xa0;», dont l&apos;élément a besoin&#xa0;; elle n&apos;a pas été acceptée.</translation>
    </message>
</context>
<context>
    <name>ce::ConnectionPage</name>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>used today</source>
        <translation>utilisé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>used yesterday</source>
        <translation>utilisé hier</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>utilisé le %1</translation>
    </message>
    <message>
        <source>Your user secret, from the Cloud Elements console (your profile).</source>
        <translation>Votre secret utilisateur, dans la console Cloud Elements (votre profil).</translation>
    </message>
    <message>
        <source>Your organization secret, from the Cloud Elements console.</source>
        <translation>Le secret de votre organisation, dans la console Cloud Elements.</translation>
    </message>
    <message>
        <source>Start with what a saved profile remembers, and change what differs.</source>
        <translation>Commencez avec ce dont se souvient un profil enregistré, et modifiez ce qui diffère.</translation>
    </message>
    <message>
        <source>Import instance.json</source>
        <translation>Importer instance.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The keychain had none of this profile&apos;s secrets; enter them.</source>
        <translation>Le trousseau ne contenait aucun des secrets de ce profil&#xa0;; saisissez-les.</translation>
    </message>
    <message>
        <source>A fresh setup</source>
        <translation>Une nouvelle configuration</translation>
    </message>
    <message>
        <source>Imported %1: the next page shows what it held. Its OAuth values are not used: the authorization is done anew.</source>
        <translation>%1 importé&#xa0;: la page suivante montre ce qu&apos;il contenait. Ses valeurs OAuth ne sont pas utilisées&#xa0;: l&apos;autorisation est refaite.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secrets are sent only to the environment chosen above, in the Authorization header of each call.</source>
        <translation>Les secrets ne sont envoyés qu&apos;à l&apos;environnement choisi ci-dessus, dans l&apos;en-tête Authorization de chaque appel.</translation>
    </message>
    <message>
        <source>Re-&amp;authorize its instance %1 (created %2) instead of creating a new one</source>
        <translation>Ré&amp;autoriser son instance %1 (créée %2) au lieu d&apos;en créer une nouvelle</translation>
    </message>
    <message>
        <source>Re-&amp;authorize its instance %1 instead of creating a new one</source>
        <translation>Réautoriser son instance %1 au lieu d&apos;en &amp;créer une nouvelle</translation>
    </message>
    <message>
        <source>Authorizes again and sends the new authorization to the instance (PUT /instances/%1), keeping its id, name, tags and configuration.</source>
        <translation>Autorise à nouveau et envoie la nouvelle autorisation à l&apos;instance (PUT /instances/%1), en gardant son id, son nom, ses étiquettes et sa configuration.</translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>L&apos;élément ne peut pas changer pendant l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer and imitates Cloud Elements and the elements&apos; own sign-in pages: nothing leaves this computer. Its secrets are filled in.</source>
        <translation>Le bac à sable tourne sur cet ordinateur et imite Cloud Elements et les pages de connexion des éléments&#xa0;: rien ne quitte cet ordinateur. Ses secrets sont déjà remplis.</translation>
    </message>
</context>
<context>
    <name>ce::CreatePage</name>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Élément&#xa0;:</translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation>Nom de l&apos;instance&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>From the authorization:</source>
        <translation>Issu de l&apos;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>(masked below)</source>
        <translation>(masqué ci-dessous)</translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation>Création de l&apos;instance…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Create instance to try again, or go back.</source>
        <translation>Rien de ce que vous avez saisi n&apos;est perdu&#xa0;: cliquez sur Créer l&apos;instance pour réessayer, ou revenez en arrière.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>Re-authorizing the instance…</source>
        <translation>Réautorisation de l&apos;instance…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Re-authorize instance to try again, or go back.</source>
        <translation>Rien de ce que vous avez saisi n&apos;est perdu&#xa0;: appuyez sur Réautoriser l&apos;instance pour réessayer, ou revenez en arrière.</translation>
    </message>
</context>
<context>
    <name>ce::CurlDialog</name>
    <message>
        <source>Copied, with the secrets.</source>
        <translation>Copié, avec les secrets.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Step 1: get a request token and its secret</source>
        <translation>Étape 1&#xa0;: obtenir un jeton de requête et son secret</translation>
    </message>
    <message>
        <source>Step 2: get the authorization URL for that token</source>
        <translation>Étape 2&#xa0;: obtenir l&apos;URL d&apos;autorisation pour ce jeton</translation>
    </message>
    <message>
        <source>Step 3: open that URL, allow access, then create the instance</source>
        <translation>Étape 3&#xa0;: ouvrir cette URL, autoriser l&apos;accès, puis créer l&apos;instance</translation>
    </message>
    <message>
        <source>Secrets are shown: don&apos;t share these commands.</source>
        <translation>Les secrets sont affichés&#xa0;: ne partagez pas ces commandes.</translation>
    </message>
    <message>
        <source>cURL commands</source>
        <translation>Commandes cURL</translation>
    </message>
    <message>
        <source>What the wizard does, as cURL commands for a terminal. The last one sends the body that Export instance.json writes.</source>
        <translation>Ce que fait l&apos;assistant, sous forme de commandes cURL pour un terminal. La dernière envoie le corps qu&apos;écrit Exporter instance.json.</translation>
    </message>
    <message>
        <source>Step 1: get the authorization URL, with a state of your own</source>
        <translation>Étape 1&#xa0;: obtenir l&apos;URL d&apos;autorisation, avec un state à vous</translation>
    </message>
    <message>
        <source>Step 2: open that URL, allow access, then create the instance with the code the callback carries</source>
        <translation>Étape 2&#xa0;: ouvrir cette URL, autoriser l&apos;accès, puis créer l&apos;instance avec le code que porte le rappel</translation>
    </message>
    <message>
        <source>Create the instance (no authorization: %1 takes the entries as they are)</source>
        <translation>Créer l&apos;instance (sans autorisation&#xa0;: %1 prend les entrées telles quelles)</translation>
    </message>
</context>
<context>
    <name>ce::DonePage</name>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Le jeton est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <source>Saves everything this wizard asked except the secrets, which go to the keychain, so that the next instance needs only what differs.</source>
        <translation>Enregistre tout ce que cet assistant a demandé sauf les secrets, qui vont dans le trousseau, pour que la prochaine instance ne demande que ce qui diffère.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>&amp;Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Configuration the platform returned</source>
        <translation>Configuration renvoyée par la plateforme</translation>
    </message>
    <message>
        <source>The instance was re-authorized: it keeps its id, name, tags and token.</source>
        <translation>L&apos;instance a été réautorisée&#xa0;: elle garde son id, son nom, ses étiquettes et son jeton.</translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation>L&apos;instance a été créée. Conservez son jeton&#xa0;: chaque appel ultérieur en son nom en a besoin.</translation>
    </message>
</context>
<context>
    <name>ce::ElementCatalog</name>
    <message>
        <source>the built-in descriptor %1</source>
        <translation>le descripteur intégré %1</translation>
    </message>
    <message>
        <source>the descriptor %1 built from the platform&apos;s answer</source>
        <translation>le descripteur %1 construit à partir de la réponse de la plateforme</translation>
    </message>
    <message>
        <source>the descriptor %1</source>
        <translation>le descripteur %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %Ln bytes.</source>
        <translation>
            <numerusform>Le fichier dépasse %Ln octet.</numerusform>
            <numerusform>Le fichier dépasse %Ln octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>A shipped descriptor&apos;s file is named after its id: %1.json.</source>
        <translation>Le fichier d&apos;un descripteur livré porte le nom de son id&#xa0;: %1.json.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken by %2.</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» est déjà pris par %2.</translation>
    </message>
    <message>
        <source>The element key &quot;%1&quot; is also that of %2: give this descriptor a &quot;variant&quot; to tell them apart.</source>
        <translation>La clé d&apos;élément «&#xa0;%1&#xa0;» est aussi celle de %2&#xa0;: donnez à ce descripteur un &quot;variant&quot; pour les distinguer.</translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; of the element key &quot;%2&quot; is also that of %3: choose another.</source>
        <translation>La variante «&#xa0;%1&#xa0;» de la clé d&apos;élément «&#xa0;%2&#xa0;» est aussi celle de %3&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer names no element key.</source>
        <translation>La réponse de la plateforme ne nomme aucune clé d&apos;élément.</translation>
    </message>
    <message>
        <source>%1 signs in without OAuth, so no entry feeds a site address to oauth/url.</source>
        <translation>%1 se connecte sans OAuth&#xa0;; aucune entrée ne fournit donc d&apos;adresse de site à oauth/url.</translation>
    </message>
    <message>
        <source>The platform lists no configuration entry %1 for %2 to take the site address from.</source>
        <translation>La plateforme ne liste aucune entrée de configuration %1 dont %2 pourrait tirer l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The client ID (API key) of your app at the provider.</source>
        <translation>L&apos;ID client (clé d&apos;API) de votre application chez le fournisseur.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The client secret of your app at the provider.</source>
        <translation>Le secret client de votre application chez le fournisseur.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>The callback URL registered with your app at the provider; the authorization comes back to it.</source>
        <translation>L&apos;URL de rappel enregistrée pour votre application chez le fournisseur&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>The platform lists no configuration entries for %1.</source>
        <translation>La plateforme ne liste aucune entrée de configuration pour %1.</translation>
    </message>
    <message>
        <source>The platform&apos;s description of %1 makes no usable descriptor: %2</source>
        <translation>La description de %1 par la plateforme ne donne aucun descripteur utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>No descriptor describes the element &quot;%1&quot; (known: %2).</source>
        <translation>Aucun descripteur ne décrit l&apos;élément «&#xa0;%1&#xa0;» (connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The file fits none of the descriptors of the element &quot;%1&quot;: %2. Give the configuration entries of one of them.</source>
        <translation>Le fichier ne correspond à aucun des descripteurs de l&apos;élément «&#xa0;%1&#xa0;»&#xa0;: %2. Donnez les entrées de configuration de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>The file fits several descriptors of the element &quot;%1&quot;: %2. Give the configuration entry that tells them apart (such as authentication.type).</source>
        <translation>Le fichier correspond à plusieurs descripteurs de l&apos;élément «&#xa0;%1&#xa0;»&#xa0;: %2. Donnez l&apos;entrée de configuration qui les distingue (comme authentication.type).</translation>
    </message>
</context>
<context>
    <name>ce::ElementDescription</name>
    <message>
        <source>It is empty.</source>
        <translation>La valeur est vide.</translation>
    </message>
    <message>
        <source>Use the name before .%1, e.g. &quot;acme&quot; for acme.%1.</source>
        <translation>Utilisez le nom avant .%1, par ex. «&#xa0;acme&#xa0;» pour acme.%1.</translation>
    </message>
    <message>
        <source>Use only letters, digits and hyphens (at most 63), not starting or ending with a hyphen.</source>
        <translation>N&apos;utilisez que des lettres, des chiffres et des traits d&apos;union (63 au plus), sans trait d&apos;union au début ni à la fin.</translation>
    </message>
    <message>
        <source>It is not a valid URL.</source>
        <translation>Ce n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>It must start with https:// or http://.</source>
        <translation>L&apos;URL doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>It has no host name.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>It must not contain a user name or password.</source>
        <translation>L&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>It must not contain a #fragment.</source>
        <translation>L&apos;URL ne doit pas contenir de #fragment.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé du consommateur</translation>
    </message>
    <message>
        <source>Your FreshBooks system name: for mycompany.freshbooks.com it is mycompany.</source>
        <translation>Votre nom de système FreshBooks&#xa0;: pour monentreprise.freshbooks.com, c&apos;est monentreprise.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret du consommateur</translation>
    </message>
    <message>
        <source>The OAuth consumer secret FreshBooks gave you when you registered your app.</source>
        <translation>Le secret du consommateur OAuth que FreshBooks vous a donné lors de l&apos;enregistrement de votre application.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>The FreshBooks account to connect: for targetcompany.freshbooks.com it is targetcompany.</source>
        <translation>Le compte FreshBooks à connecter&#xa0;: pour entreprisecible.freshbooks.com, c&apos;est entreprisecible.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>The URL you gave FreshBooks when you registered your app; the authorization comes back to it.</source>
        <translation>L&apos;URL que vous avez donnée à FreshBooks lors de l&apos;enregistrement de votre application&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; manque.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this format (a typo?).</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ de ce format (une faute de frappe&#xa0;?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number above 0 (not %2).</source>
        <translation>&quot;%1&quot; doit être un nombre entier supérieur à 0 (pas %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number in range (not %2).</source>
        <translation>&quot;%1&quot; doit être un nombre entier dans les limites (pas %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;oauth1&quot;, &quot;oauth2&quot; or &quot;credentials&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; doit valoir &quot;oauth1&quot;, &quot;oauth2&quot; ou &quot;credentials&quot;, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;text&quot;, &quot;secret&quot;, &quot;boolean&quot; or &quot;choice&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; doit valoir &quot;text&quot;, &quot;secret&quot;, &quot;boolean&quot; ou &quot;choice&quot;, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;text&quot;, &quot;subdomain&quot; or &quot;url&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; doit valoir &quot;text&quot;, &quot;subdomain&quot; ou &quot;url&quot;, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;callback&quot; or &quot;requestToken&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; doit valoir &quot;callback&quot; ou &quot;requestToken&quot;, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;random&quot; or &quot;elementKey&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; doit valoir &quot;random&quot; ou &quot;elementKey&quot;, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ne peut pas valoir &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is null: leave it out instead.</source>
        <translation>&quot;%1&quot; vaut null&#xa0;: omettez-le plutôt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; doit être une liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>{%1} is not the &quot;oauthParameter&quot; of an entry</source>
        <translation>{%1} n&apos;est le &quot;oauthParameter&quot; d&apos;aucune entrée</translation>
    </message>
    <message>
        <source>it is not an absolute https:// or http:// URL</source>
        <translation>ce n&apos;est pas une URL https:// ou http:// absolue</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is 1: version 1 descriptors are no longer read (see &quot;From version 1&quot; in resources/elements/README.md).</source>
        <translation>&quot;schemaVersion&quot; vaut 1&#xa0;: les descripteurs de version 1 ne sont plus lus (voir «&#xa0;From version 1&#xa0;» dans resources/elements/README.md).</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is %1; this app reads version %2.</source>
        <translation>&quot;schemaVersion&quot; vaut %1&#xa0;; cette application lit la version %2.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and hyphens, starting with a letter or digit (not &quot;%1&quot;).</source>
        <translation>&quot;id&quot; doit être composé de lettres minuscules, de chiffres et de traits d&apos;union, et commencer par une lettre ou un chiffre (pas &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (not &quot;%1&quot;).</source>
        <translation>&quot;key&quot; doit être composé de lettres minuscules, de chiffres, de &apos;_&apos; et de &apos;-&apos;, et commencer par une lettre ou un chiffre (pas &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Without an &quot;id&quot;, the key &quot;%1&quot; is the descriptor&apos;s id, and an id has no &apos;_&apos;: add an &quot;id&quot;.</source>
        <translation>Sans &quot;id&quot;, la clé «&#xa0;%1&#xa0;» est l&apos;id du descripteur, et un id n&apos;a pas de &apos;_&apos;&#xa0;: ajoutez un &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;sources&quot; needs at least one source: where the facts come from.</source>
        <translation>&quot;sources&quot; demande au moins une source&#xa0;: d&apos;où viennent les faits.</translation>
    </message>
    <message>
        <source>&quot;sources[%1]&quot; is empty.</source>
        <translation>&quot;sources[%1]&quot; est vide.</translation>
    </message>
    <message>
        <source>A credentials descriptor has no &quot;oauth&quot;: its instances are created without a browser.</source>
        <translation>Un descripteur credentials n&apos;a pas de &quot;oauth&quot;&#xa0;: ses instances sont créées sans navigateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for %2 descriptors only.</source>
        <translation>&quot;%1&quot; est réservé aux descripteurs %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one name.</source>
        <translation>&quot;%1&quot; demande au moins un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an empty name.</source>
        <translation>&quot;%1&quot; contient un nom vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot; twice.</source>
        <translation>&quot;%1&quot; nomme &quot;%2&quot; deux fois.</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; needs at least one entry.</source>
        <translation>&quot;configuration&quot; demande au moins une entrée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has white space in it (&quot;%2&quot;).</source>
        <translation>&quot;%1&quot; contient des espaces (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key &quot;%2&quot; appears twice.</source>
        <translation>&quot;%1&quot;&#xa0;: la clé &quot;%2&quot; apparaît deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a choice entry.</source>
        <translation>&quot;%1&quot; est réservé à une entrée choice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a credentials descriptor makes no OAuth calls.</source>
        <translation>&quot;%1&quot;&#xa0;: un descripteur credentials ne fait aucun appel OAuth.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a query parameter name such as apiKey or authentication.type (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; doit être un nom de paramètre de requête comme apiKey ou authentication.type (pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;: the app sends that one.</source>
        <translation>&quot;%1&quot; ne peut pas valoir &quot;%2&quot;&#xa0;: c&apos;est l&apos;application qui l&apos;envoie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: another entry already feeds &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;&#xa0;: une autre entrée alimente déjà &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an &quot;oauthParameter&quot;: the value goes only there.</source>
        <translation>&quot;%1&quot; demande un &quot;oauthParameter&quot;&#xa0;: la valeur ne va que là.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for text entries.</source>
        <translation>&quot;%1&quot; est réservé aux entrées text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name such as zendesk.com (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; doit être un nom d&apos;hôte comme zendesk.com (pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for an entry of &quot;format&quot;: &quot;subdomain&quot;.</source>
        <translation>&quot;%1&quot; est réservé à une entrée de &quot;format&quot;: &quot;subdomain&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must look like &lt;CAPITALS_DIGITS_AND_UNDERSCORES&gt; (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; doit avoir la forme &lt;MAJUSCULES_CHIFFRES_ET_SOULIGNÉS&gt; (pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a secret entry.</source>
        <translation>&quot;%1&quot; est réservé à une entrée secret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a secret entry is never hidden (a secret never lives in a descriptor file).</source>
        <translation>&quot;%1&quot;&#xa0;: une entrée secret n&apos;est jamais masquée (un secret ne se trouve jamais dans un fichier de descripteur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a secret entry has no default (a secret never lives in a descriptor file).</source>
        <translation>&quot;%1&quot;&#xa0;: une entrée secret n&apos;a pas de valeur par défaut (un secret ne se trouve jamais dans un fichier de descripteur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a hidden entry needs a &quot;default&quot;: it is what is sent.</source>
        <translation>&quot;%1&quot;&#xa0;: une entrée masquée demande un &quot;default&quot;&#xa0;: c&apos;est ce qui est envoyé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be capitals, digits and &apos;_&apos;, not starting with a digit (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; doit être composé de majuscules, de chiffres et de &apos;_&apos;, sans commencer par un chiffre (pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key&apos;s environment variable %2 is not a valid name; give one in &quot;environmentVariable&quot;.</source>
        <translation>&quot;%1&quot;&#xa0;: la variable d&apos;environnement de la clé, %2, n&apos;est pas un nom valide&#xa0;; indiquez-en une dans &quot;environmentVariable&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 holds the platform&apos;s own secret; name another variable.</source>
        <translation>&quot;%1&quot;&#xa0;: %2 contient le secret propre à la plateforme&#xa0;; nommez une autre variable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the entries %2 and %3 would both read %4.</source>
        <translation>&quot;%1&quot;&#xa0;: les entrées %2 et %3 liraient toutes deux %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one option.</source>
        <translation>&quot;%1&quot; demande au moins une option.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value &quot;%2&quot; appears twice.</source>
        <translation>&quot;%1&quot;&#xa0;: la valeur &quot;%2&quot; apparaît deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; looks like a placeholder, and a placeholder is never accepted as filled in.</source>
        <translation>&quot;%1&quot;&#xa0;: &quot;%2&quot; ressemble à un espace réservé, et un espace réservé n&apos;est jamais accepté comme valeur saisie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of a boolean entry must be &quot;true&quot; or &quot;false&quot; (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; d&apos;une entrée boolean doit valoir &quot;true&quot; ou &quot;false&quot; (pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not the value of one of the options.</source>
        <translation>&quot;%1&quot;&#xa0;: &quot;%2&quot; n&apos;est la valeur d&apos;aucune des options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site address of %2: %3</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse de site de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable URL: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>A credentials descriptor has no &quot;providerData&quot;: nothing comes back from a provider.</source>
        <translation>Un descripteur credentials n&apos;a pas de &quot;providerData&quot;&#xa0;: rien ne revient d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs at least one entry.</source>
        <translation>&quot;providerData&quot; demande au moins une entrée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only an oauth1 descriptor has a request token.</source>
        <translation>&quot;%1&quot;&#xa0;: seul un descripteur oauth1 a un jeton de requête.</translation>
    </message>
    <message>
        <source>&quot;instanceDefaults.%1&quot; must be a string or null.</source>
        <translation>&quot;instanceDefaults.%1&quot; doit être une chaîne ou null.</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; needs an entry with &quot;oauthParameter&quot;: &quot;%1&quot; (every %2 descriptor has one).</source>
        <translation>&quot;configuration&quot; demande une entrée avec &quot;oauthParameter&quot;: &quot;%1&quot; (chaque descripteur %2 en a une).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the apiSecret entry must have &quot;type&quot;: &quot;secret&quot;.</source>
        <translation>&quot;%1&quot;&#xa0;: l&apos;entrée apiSecret doit avoir &quot;type&quot;: &quot;secret&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the callbackUrl entry needs &quot;format&quot;: &quot;url&quot;.</source>
        <translation>&quot;%1&quot;&#xa0;: l&apos;entrée callbackUrl demande &quot;format&quot;: &quot;url&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the app checks &quot;state&quot; on the callback and does not send it; it is no providerData key.</source>
        <translation>&quot;%1&quot;&#xa0;: l&apos;application vérifie &quot;state&quot; au rappel et ne l&apos;envoie pas&#xa0;; ce n&apos;est pas une clé providerData.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs the entry %1 (every %2 descriptor has it).</source>
        <translation>&quot;providerData&quot; demande l&apos;entrée %1 (chaque descripteur %2 l&apos;a).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the entry must be %2.</source>
        <translation>&quot;%1&quot;&#xa0;: l&apos;entrée doit être %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only one entry comes from the request token.</source>
        <translation>&quot;%1&quot;&#xa0;: une seule entrée vient du jeton de requête.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the request token&apos;s secret needs &quot;secret&quot;: true.</source>
        <translation>&quot;%1&quot;&#xa0;: le secret du jeton de requête demande &quot;secret&quot;: true.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs one entry with &quot;source&quot;: &quot;requestToken&quot; (the request token&apos;s secret) in an oauth1 descriptor.</source>
        <translation>&quot;providerData&quot; demande une entrée avec &quot;source&quot;: &quot;requestToken&quot; (le secret du jeton de requête) dans un descripteur oauth1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is a providerData key, so it cannot also mean a refusal.</source>
        <translation>&quot;%1&quot;&#xa0;: &quot;%2&quot; est une clé providerData&#xa0;; elle ne peut donc pas aussi signifier un refus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Ce n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>A descriptor is one JSON object.</source>
        <translation>Un descripteur est un objet JSON.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Connects a Box account through your Box app with OAuth 2.0.</source>
        <translation>Connecte un compte Box via votre application Box avec OAuth 2.0.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The Client ID on the Configuration page of your app in the Box developer console.</source>
        <translation>Le Client ID de la page Configuration de votre application dans la console développeur de Box.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The Client Secret on the same Configuration page.</source>
        <translation>Le Client Secret de la même page Configuration.</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>The Redirect URI on your Box app&apos;s Configuration page; the authorization comes back to it.</source>
        <translation>La Redirect URI de la page Configuration de votre application Box&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Connects a Dropbox account through your Dropbox app with OAuth 2.0 (Dropbox Business is the separate element dropboxbusiness).</source>
        <translation>Connecte un compte Dropbox via votre application Dropbox avec OAuth 2.0 (Dropbox Business est l&apos;élément distinct dropboxbusiness).</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clé d&apos;application</translation>
    </message>
    <message>
        <source>The App key on the Settings tab of your app in the Dropbox App Console.</source>
        <translation>L&apos;App key de l&apos;onglet Settings de votre application dans l&apos;App Console de Dropbox.</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secret d&apos;application</translation>
    </message>
    <message>
        <source>The App secret on the same Settings tab.</source>
        <translation>L&apos;App secret du même onglet Settings.</translation>
    </message>
    <message>
        <source>A Redirect URI on your Dropbox app&apos;s Settings tab; the authorization comes back to it.</source>
        <translation>Une Redirect URI de l&apos;onglet Settings de votre application Dropbox&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Document tagging</source>
        <translation>Étiquetage des documents</translation>
    </message>
    <message>
        <source>Turn on the Documents hub&apos;s tagging for this instance.</source>
        <translation>Active l&apos;étiquetage du hub Documents pour cette instance.</translation>
    </message>
    <message>
        <source>FreshBooks</source>
        <translation>FreshBooks</translation>
    </message>
    <message>
        <source>Add a FreshBooks instance to connect your existing FreshBooks account to the Finance Hub</source>
        <translation>Ajoutez une instance FreshBooks pour connecter votre compte FreshBooks existant au Finance Hub</translation>
    </message>
    <message>
        <source>FreshBooks Cloud Accounting</source>
        <translation>FreshBooks Cloud Accounting</translation>
    </message>
    <message>
        <source>Connects a FreshBooks account (the new FreshBooks, not Classic) through your FreshBooks app with OAuth 2.0.</source>
        <translation>Connecte un compte FreshBooks (le nouveau FreshBooks, pas Classic) via votre application FreshBooks avec OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID of your app on the FreshBooks developer page (my.freshbooks.com/#/developer).</source>
        <translation>Le Client ID de votre application sur la page développeur de FreshBooks (my.freshbooks.com/#/developer).</translation>
    </message>
    <message>
        <source>The Client Secret of the same FreshBooks app.</source>
        <translation>Le Client Secret de la même application FreshBooks.</translation>
    </message>
    <message>
        <source>A Redirect URI registered on your FreshBooks app; the authorization comes back to it.</source>
        <translation>Une Redirect URI enregistrée pour votre application FreshBooks&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The FreshBooks business (company) name the instance works with by default, as FreshBooks shows it.</source>
        <translation>Le nom de l&apos;entreprise FreshBooks avec laquelle l&apos;instance travaille par défaut, tel que FreshBooks l&apos;affiche.</translation>
    </message>
    <message>
        <source>Freshdesk V2</source>
        <translation>Freshdesk V2</translation>
    </message>
    <message>
        <source>Connects a Freshdesk helpdesk with an agent&apos;s API key.</source>
        <translation>Connecte un helpdesk Freshdesk avec la clé d&apos;API d&apos;un agent.</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>The helpdesk to connect: for mycompany.freshdesk.com it is mycompany.</source>
        <translation>Le helpdesk à connecter&#xa0;: pour monentreprise.freshdesk.com, c&apos;est monentreprise.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>The agent&apos;s Freshdesk API key, from Profile settings (top right) &gt; View API key.</source>
        <translation>La clé d&apos;API Freshdesk de l&apos;agent, dans Profile settings (en haut à droite) &gt; View API key.</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>Connects a Google Drive through your Google OAuth client.</source>
        <translation>Connecte un Google Drive via votre client OAuth Google.</translation>
    </message>
    <message>
        <source>The Client ID of your OAuth client (Google Cloud console &gt; APIs &amp; Services &gt; Credentials).</source>
        <translation>L&apos;ID client de votre client OAuth (console Google Cloud &gt; API &amp; services &gt; Identifiants).</translation>
    </message>
    <message>
        <source>The Client secret of the same OAuth client.</source>
        <translation>Le code secret du client du même client OAuth.</translation>
    </message>
    <message>
        <source>An Authorized redirect URI of your OAuth client; the authorization comes back to it.</source>
        <translation>Un URI de redirection autorisé de votre client OAuth&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Root folder name</source>
        <translation>Nom du dossier racine</translation>
    </message>
    <message>
        <source>The Drive folder the instance treats as its root, as Cloud Elements&apos; own form offers it; leave empty unless you need it.</source>
        <translation>Le dossier Drive que l&apos;instance traite comme sa racine, tel que le propose le formulaire de Cloud Elements&#xa0;; laissez vide sauf si vous en avez besoin.</translation>
    </message>
    <message>
        <source>HubSpot Marketing</source>
        <translation>HubSpot Marketing</translation>
    </message>
    <message>
        <source>Connects a HubSpot Marketing account with its API key (HAPIkey), without a browser step.</source>
        <translation>Connecte un compte HubSpot Marketing avec sa clé d&apos;API (HAPIkey), sans étape dans le navigateur.</translation>
    </message>
    <message>
        <source>The account&apos;s HubSpot API key (HAPIkey), from HubSpot&apos;s settings under Integrations &gt; API key.</source>
        <translation>La clé d&apos;API HubSpot du compte (HAPIkey), dans les paramètres HubSpot sous Integrations &gt; API key.</translation>
    </message>
    <message>
        <source>Create bulk properties</source>
        <translation>Créer les propriétés de masse</translation>
    </message>
    <message>
        <source>Create the custom HubSpot properties that bulk uploads (migrations) need.</source>
        <translation>Crée les propriétés HubSpot personnalisées dont ont besoin les imports en masse (migrations).</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Type d&apos;authentification</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses an API key.</source>
        <translation>Indique à la plateforme que cette instance utilise une clé d&apos;API.</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Connects a HubSpot Marketing account through your HubSpot app with OAuth 2.0.</source>
        <translation>Connecte un compte HubSpot Marketing via votre application HubSpot avec OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID on the Auth tab of your app in your HubSpot developer account.</source>
        <translation>Le Client ID de l&apos;onglet Auth de votre application dans votre compte développeur HubSpot.</translation>
    </message>
    <message>
        <source>The Client secret on the same Auth tab.</source>
        <translation>Le Client secret du même onglet Auth.</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirection</translation>
    </message>
    <message>
        <source>The Redirect URL registered on your HubSpot app; the authorization comes back to it.</source>
        <translation>La Redirect URL enregistrée pour votre application HubSpot&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Space-separated HubSpot scopes your app asks for; leave empty for Cloud Elements&apos; default (contacts timeline files content reports social automation forms). Basic accounts: leave out automation.</source>
        <translation>Les portées HubSpot que demande votre application, séparées par des espaces&#xa0;; laissez vide pour celles de Cloud Elements par défaut (contacts timeline files content reports social automation forms). Comptes Basic&#xa0;: omettez automation.</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses OAuth 2.0.</source>
        <translation>Indique à la plateforme que cette instance utilise OAuth 2.0.</translation>
    </message>
    <message>
        <source>Mailchimp v3</source>
        <translation>Mailchimp v3</translation>
    </message>
    <message>
        <source>Connects a Mailchimp account through your registered Mailchimp app (Mailchimp API 3.0).</source>
        <translation>Connecte un compte Mailchimp via votre application Mailchimp enregistrée (API Mailchimp 3.0).</translation>
    </message>
    <message>
        <source>The Client ID of your app under Mailchimp&apos;s Profile &gt; Extras &gt; Registered apps.</source>
        <translation>Le Client ID de votre application sous Profile &gt; Extras &gt; Registered apps de Mailchimp.</translation>
    </message>
    <message>
        <source>The Client Secret of the same registered app.</source>
        <translation>Le Client Secret de la même application enregistrée.</translation>
    </message>
    <message>
        <source>The Redirect URI of your registered Mailchimp app; the authorization comes back to it.</source>
        <translation>La Redirect URI de votre application Mailchimp enregistrée&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>NetSuite 2016 ERP</source>
        <translation>NetSuite 2016 ERP</translation>
    </message>
    <message>
        <source>Token-based</source>
        <translation>Par jeton</translation>
    </message>
    <message>
        <source>Connects a NetSuite account with token-based authentication (an integration record and an access token).</source>
        <translation>Connecte un compte NetSuite avec l&apos;authentification par jeton (un enregistrement d&apos;intégration et un jeton d&apos;accès).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Your NetSuite account ID, under Setup &gt; Company &gt; Company Information.</source>
        <translation>L&apos;ID de votre compte NetSuite, sous Setup &gt; Company &gt; Company Information.</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Compte sandbox</translation>
    </message>
    <message>
        <source>Connect a NetSuite sandbox account instead of production.</source>
        <translation>Connecter un compte sandbox NetSuite au lieu de la production.</translation>
    </message>
    <message>
        <source>The Consumer Key shown once when you save an integration record with Token-Based Authentication (Setup &gt; Integration &gt; Manage Integrations).</source>
        <translation>La Consumer Key affichée une seule fois quand vous enregistrez un enregistrement d&apos;intégration avec Token-Based Authentication (Setup &gt; Integration &gt; Manage Integrations).</translation>
    </message>
    <message>
        <source>The Consumer Secret shown with the Consumer Key.</source>
        <translation>Le Consumer Secret affiché avec la Consumer Key.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>The Token ID shown once when you create an access token for that integration (Setup &gt; Users/Roles &gt; Access Tokens).</source>
        <translation>Le Token ID affiché une seule fois quand vous créez un jeton d&apos;accès pour cette intégration (Setup &gt; Users/Roles &gt; Access Tokens).</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <source>The Token Secret shown with the Token ID.</source>
        <translation>Le Token Secret affiché avec le Token ID.</translation>
    </message>
    <message>
        <source>Single session</source>
        <translation>Session unique</translation>
    </message>
    <message>
        <source>Send this account one request at a time; some trial NetSuite accounts need it.</source>
        <translation>Envoyer à ce compte une requête à la fois&#xa0;; certains comptes NetSuite d&apos;essai en ont besoin.</translation>
    </message>
    <message>
        <source>Single session lock key</source>
        <translation>Clé de verrou de session unique</translation>
    </message>
    <message>
        <source>Any letters and digits, unique within your Cloud Elements environment, that name this account&apos;s session lock.</source>
        <translation>Des lettres et des chiffres quelconques, uniques dans votre environnement Cloud Elements, qui nomment le verrou de session de ce compte.</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses token-based (custom) authentication.</source>
        <translation>Indique à la plateforme que cette instance utilise l&apos;authentification par jeton (custom).</translation>
    </message>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Connects a QuickBooks Online company through an Intuit app created after 17 July 2017 (OAuth 2.0; older apps use OAuth 1.0a, not covered here).</source>
        <translation>Connecte une entreprise QuickBooks Online via une application Intuit créée après le 17 juillet 2017 (OAuth 2.0&#xa0;; les applications plus anciennes utilisent OAuth 1.0a, non pris en charge ici).</translation>
    </message>
    <message>
        <source>The Client ID on the Keys &amp; OAuth page of your app in the Intuit developer portal.</source>
        <translation>Le Client ID de la page Keys &amp; OAuth de votre application sur le portail développeur Intuit.</translation>
    </message>
    <message>
        <source>The Client Secret on the same Keys &amp; OAuth page.</source>
        <translation>Le Client Secret de la même page Keys &amp; OAuth.</translation>
    </message>
    <message>
        <source>A Redirect URI on your Intuit app&apos;s Keys &amp; OAuth page; the authorization comes back to it.</source>
        <translation>Une Redirect URI de la page Keys &amp; OAuth de votre application Intuit&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Sandbox company</source>
        <translation>Entreprise sandbox</translation>
    </message>
    <message>
        <source>Connect a QuickBooks sandbox company instead of a live one.</source>
        <translation>Connecter une entreprise sandbox QuickBooks au lieu d&apos;une entreprise réelle.</translation>
    </message>
    <message>
        <source>API minor version</source>
        <translation>Version mineure de l&apos;API</translation>
    </message>
    <message>
        <source>The QuickBooks Online API minor version the instance asks for; leave empty for the platform&apos;s default.</source>
        <translation>La version mineure de l&apos;API QuickBooks Online que demande l&apos;instance&#xa0;; laissez vide pour la valeur par défaut de la plateforme.</translation>
    </message>
    <message>
        <source>Tells the platform to use OAuth 2.0 rather than the older OAuth 1.0a.</source>
        <translation>Indique à la plateforme d&apos;utiliser OAuth 2.0 plutôt que l&apos;ancien OAuth 1.0a.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>The Intuit scope the instance is granted: the accounting API.</source>
        <translation>La portée Intuit accordée à l&apos;instance&#xa0;: l&apos;API de comptabilité.</translation>
    </message>
    <message>
        <source>Salesforce Sales Cloud</source>
        <translation>Salesforce Sales Cloud</translation>
    </message>
    <message>
        <source>Connects a Salesforce org through your Salesforce connected app with OAuth 2.0.</source>
        <translation>Connecte une organisation Salesforce via votre application connectée Salesforce avec OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Consumer Key of your connected app (Salesforce Setup &gt; App Manager &gt; your app &gt; View).</source>
        <translation>La clé du consommateur de votre application connectée (Configuration Salesforce &gt; Gestionnaire d&apos;applications &gt; votre application &gt; Afficher).</translation>
    </message>
    <message>
        <source>The Consumer Secret of the same connected app.</source>
        <translation>Le secret du consommateur de la même application connectée.</translation>
    </message>
    <message>
        <source>A Callback URL of your connected app; the authorization comes back to it.</source>
        <translation>Une URL de rappel de votre application connectée&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>Leave empty for production (login.salesforce.com); for a sandbox org enter http://test.salesforce.com, or your My Domain login URL.</source>
        <translation>Laissez vide pour la production (login.salesforce.com)&#xa0;; pour une organisation sandbox, saisissez http://test.salesforce.com, ou l&apos;URL de connexion de votre Mon domaine.</translation>
    </message>
    <message>
        <source>Filter null values</source>
        <translation>Filtrer les valeurs null</translation>
    </message>
    <message>
        <source>Leave null values out of the instance&apos;s API responses (the platform&apos;s default).</source>
        <translation>Omettre les valeurs null des réponses d&apos;API de l&apos;instance (le comportement par défaut de la plateforme).</translation>
    </message>
    <message>
        <source>SharePoint</source>
        <translation>SharePoint</translation>
    </message>
    <message>
        <source>Connects a SharePoint site&apos;s document library through your SharePoint app with OAuth 2.0.</source>
        <translation>Connecte la bibliothèque de documents d&apos;un site SharePoint via votre application SharePoint avec OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client Id you generated when registering your app on SharePoint (_layouts/15/appregnew.aspx).</source>
        <translation>Le Client Id que vous avez généré en inscrivant votre application sur SharePoint (_layouts/15/appregnew.aspx).</translation>
    </message>
    <message>
        <source>The Client Secret generated with the same app registration.</source>
        <translation>Le Client Secret généré lors de la même inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The Redirect URI of your SharePoint app registration; the authorization comes back to it.</source>
        <translation>La Redirect URI de l&apos;inscription de votre application SharePoint&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Your SharePoint host name without https://, e.g. mycompany.sharepoint.com.</source>
        <translation>Votre nom d&apos;hôte SharePoint sans https://, par ex. monentreprise.sharepoint.com.</translation>
    </message>
    <message>
        <source>Document library</source>
        <translation>Bibliothèque de documents</translation>
    </message>
    <message>
        <source>The name of the SharePoint document library the instance works in.</source>
        <translation>Le nom de la bibliothèque de documents SharePoint dans laquelle travaille l&apos;instance.</translation>
    </message>
    <message>
        <source>The SharePoint permissions the instance is granted.</source>
        <translation>Les autorisations SharePoint accordées à l&apos;instance.</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Connects a Shopify shop through your Shopify app with OAuth 2.0.</source>
        <translation>Connecte une boutique Shopify via votre application Shopify avec OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID (API key) of your app in the Shopify Partner dashboard.</source>
        <translation>L&apos;ID client (clé d&apos;API) de votre application dans le tableau de bord Shopify Partner.</translation>
    </message>
    <message>
        <source>The Client secret (API secret key) of the same app.</source>
        <translation>Le secret client (clé secrète d&apos;API) de la même application.</translation>
    </message>
    <message>
        <source>An allowed redirection URL of your Shopify app; the authorization comes back to it.</source>
        <translation>Une URL de redirection autorisée de votre application Shopify&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>The shop to connect: for mycompany.myshopify.com it is mycompany.</source>
        <translation>La boutique à connecter&#xa0;: pour monentreprise.myshopify.com, c&apos;est monentreprise.</translation>
    </message>
    <message>
        <source>Comma-separated Shopify access scopes the instance is granted, as your app requests them.</source>
        <translation>Les portées d&apos;accès Shopify accordées à l&apos;instance, séparées par des virgules, telles que votre application les demande.</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Connects a Stripe account with its secret API key.</source>
        <translation>Connecte un compte Stripe avec sa clé d&apos;API secrète.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>The account&apos;s secret API key (sk_live_... or sk_test_...), from the Stripe Dashboard under Developers &gt; API keys.</source>
        <translation>La clé d&apos;API secrète du compte (sk_live_... ou sk_test_...), dans le Dashboard Stripe sous Développeurs &gt; Clés API.</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Connects a Zendesk account through your Zendesk OAuth client.</source>
        <translation>Connecte un compte Zendesk via votre client OAuth Zendesk.</translation>
    </message>
    <message>
        <source>Unique identifier</source>
        <translation>Identifiant unique</translation>
    </message>
    <message>
        <source>The Unique identifier of your OAuth client (Zendesk Admin Center, API &gt; OAuth Clients).</source>
        <translation>L&apos;identifiant unique de votre client OAuth (Centre d&apos;administration Zendesk, API &gt; Clients OAuth).</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>The Secret of the same OAuth client, shown once when you save it.</source>
        <translation>Le secret du même client OAuth, affiché une seule fois quand vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>A Redirect URL of your OAuth client; the authorization comes back to it.</source>
        <translation>Une URL de redirection de votre client OAuth&#xa0;; l&apos;autorisation y revient.</translation>
    </message>
    <message>
        <source>The Zendesk account to connect: for mycompany.zendesk.com it is mycompany.</source>
        <translation>Le compte Zendesk à connecter&#xa0;: pour monentreprise.zendesk.com, c&apos;est monentreprise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one method: &quot;webhook&quot; or &quot;polling&quot;.</source>
        <translation>&quot;%1&quot; demande au moins une méthode&#xa0;: &quot;webhook&quot; ou &quot;polling&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither &quot;webhook&quot; nor &quot;polling&quot;.</source>
        <translation>&quot;%1&quot;&#xa0;: &quot;%2&quot; n&apos;est ni &quot;webhook&quot; ni &quot;polling&quot;.</translation>
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
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Your file (replaces the built-in one)</source>
        <translation>Votre fichier (remplace celui intégré)</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Votre fichier</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>La plateforme</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Se connecte avec</translation>
    </message>
    <message>
        <source>Described by</source>
        <translation>Décrit par</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>The element&apos;s key on the platform, as in GET /elements/{key}.</source>
        <translation>La clé de l&apos;élément sur la plateforme, comme dans GET /elements/{key}.</translation>
    </message>
    <message>
        <source>The platform does not say which of its entries is the site address of the account to connect; choose it, or none.</source>
        <translation>La plateforme ne dit pas laquelle de ses entrées est l&apos;adresse du site du compte à connecter&#xa0;; choisissez-la, ou aucune.</translation>
    </message>
    <message>
        <source>Another element, described by the platform…</source>
        <translation>Un autre élément, décrit par la plateforme…</translation>
    </message>
    <message>
        <source>For an element with no descriptor here: the platform&apos;s own description (GET /elements/{key}) makes the form.</source>
        <translation>Pour un élément sans descripteur ici&#xa0;: la description de la plateforme elle-même (GET /elements/{key}) fait le formulaire.</translation>
    </message>
    <message>
        <source>Not used, because of a mistake: %1</source>
        <translation>Non utilisé, à cause d&apos;une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Choose an element.</source>
        <translation>Choisissez un élément.</translation>
    </message>
    <message>
        <source>Look the element up first.</source>
        <translation>Consultez d&apos;abord l&apos;élément.</translation>
    </message>
    <message>
        <source>Enter the element&apos;s key.</source>
        <translation>Saisissez la clé de l&apos;élément.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>None: it has no site address</source>
        <translation>Aucune&#xa0;: il n&apos;a pas d&apos;adresse de site</translation>
    </message>
    <message numerus="yes">
        <source>%1 signs in with %2; entries to fill in: %n.</source>
        <translation>
            <numerusform>%1 se connecte avec %2&#xa0;; entrée à remplir&#xa0;: %n.</numerusform>
            <numerusform>%1 se connecte avec %2&#xa0;; entrées à remplir&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>L&apos;élément ne peut pas changer pendant l&apos;autorisation.</translation>
    </message>
    <message>
        <source>Export element descriptor</source>
        <translation>Exporter le descripteur de l&apos;élément</translation>
    </message>
    <message>
        <source>Element descriptors (*.json)</source>
        <translation>Descripteurs d&apos;éléments (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ce::Environment</name>
    <message>
        <source>The sandbox runs inside the app; to use a standalone one, start &quot;ce-provisioner serve-sandbox&quot; and pass the URL it prints.</source>
        <translation>Le bac à sable tourne dans l&apos;application&#xa0;; pour en utiliser un autonome, lancez &quot;ce-provisioner serve-sandbox&quot; et indiquez l&apos;URL qu&apos;il affiche.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use us, eu, staging, snapshot or a base URL.</source>
        <translation>Environnement inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez us, eu, staging, snapshot ou une URL de base.</translation>
    </message>
    <message>
        <source>Enter the base URL of the Cloud Elements API.</source>
        <translation>Saisissez l&apos;URL de base de l&apos;API Cloud Elements.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Ce n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>L&apos;URL doit commencer par https://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>L&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The URL must not contain a query (?) or fragment (#).</source>
        <translation>L&apos;URL ne doit contenir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1); use https:// for %1.</source>
        <translation>Le simple http:// n&apos;est permis que pour cet ordinateur (localhost, 127.0.0.1)&#xa0;; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>US production</source>
        <translation>Production US</translation>
    </message>
    <message>
        <source>EU production</source>
        <translation>Production UE</translation>
    </message>
    <message>
        <source>US staging</source>
        <translation>Préproduction US</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Bac à sable intégré</translation>
    </message>
</context>
<context>
    <name>ce::EventSettings</name>
    <message>
        <source>Not set (the platform&apos;s default: off)</source>
        <translation>Non défini (valeur par défaut de la plateforme&#xa0;: désactivé)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>by webhook</source>
        <translation>par webhook</translation>
    </message>
    <message>
        <source>by polling</source>
        <translation>par polling</translation>
    </message>
    <message>
        <source>by polling every %1 minutes</source>
        <translation>par polling toutes les %1 minutes</translation>
    </message>
    <message>
        <source>On: %1, posted to %2</source>
        <translation>Activé&#xa0;: %1, envoyés à %2</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signés</translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation>%1 (%2) est encore l&apos;espace réservé %3.</translation>
    </message>
    <message>
        <source>Events on (%1) must be &quot;true&quot; or &quot;false&quot;, not &quot;%2&quot;.</source>
        <translation>Événements activés (%1) doit valoir &quot;true&quot; ou &quot;false&quot;, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The events&apos; vendor type (%1) must be &quot;webhook&quot; or &quot;polling&quot;, not &quot;%2&quot;.</source>
        <translation>Le type fournisseur des événements (%1) doit valoir &quot;webhook&quot; ou &quot;polling&quot;, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 delivers events by %2 only (%3).</source>
        <translation>%1 ne livre les événements que par %2 (%3).</translation>
    </message>
    <message>
        <source>The events callback URL</source>
        <translation>L&apos;URL de rappel des événements</translation>
    </message>
    <message>
        <source>%1 (%2) is missing: the events are posted there.</source>
        <translation>%1 (%2) manque&#xa0;: c&apos;est là que les événements sont envoyés.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The events signature key</source>
        <translation>La clé de signature des événements</translation>
    </message>
    <message>
        <source>The events refresh interval</source>
        <translation>L&apos;intervalle d&apos;actualisation des événements</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number of minutes above 0, not &quot;%3&quot;.</source>
        <translation>%1 (%2) doit être un nombre entier de minutes supérieur à 0, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (%2) applies only to polling (%3 &quot;polling&quot;).</source>
        <translation>%1 (%2) ne s&apos;applique qu&apos;au polling (%3 &quot;polling&quot;).</translation>
    </message>
</context>
<context>
    <name>ce::EventsPage</name>
    <message>
        <source>%1 calls Cloud Elements (webhook)</source>
        <translation>%1 appelle Cloud Elements (webhook)</translation>
    </message>
    <message>
        <source>Cloud Elements asks %1 (polling)</source>
        <translation>Cloud Elements interroge %1 (polling)</translation>
    </message>
    <message>
        <source>Events are posted to the callback URL as JSON. With a signature key, each post carries a signature made with it, so that your server can tell it comes from Cloud Elements. The key is kept in the keychain with the profile.</source>
        <translation>Les événements sont envoyés à l&apos;URL de rappel en JSON. Avec une clé de signature, chaque envoi porte une signature faite avec elle, pour que votre serveur puisse vérifier qu&apos;il vient de Cloud Elements. La clé est gardée dans le trousseau avec le profil.</translation>
    </message>
    <message>
        <source>Where Cloud Elements posts the events: an address of your server, http or https.</source>
        <translation>Où Cloud Elements envoie les événements&#xa0;: une adresse de votre serveur, http ou https.</translation>
    </message>
    <message>
        <source>How often Cloud Elements asks for new events, in whole minutes.</source>
        <translation>À quelle fréquence Cloud Elements demande les nouveaux événements, en minutes entières.</translation>
    </message>
</context>
<context>
    <name>ce::ExportDialog</name>
    <message>
        <source>The body of POST /instances, as Cloud Elements documents it. Send it again with &quot;ce-provisioner create --from FILE&quot; or cURL, or import it to start a new setup.</source>
        <translation>Le corps de POST /instances, tel que Cloud Elements le documente. Renvoyez-le avec &quot;ce-provisioner create --from FILE&quot; ou cURL, ou importez-le pour commencer une nouvelle configuration.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export instance.json</source>
        <translation>Exporter instance.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>Not exported: %1 was kept as it is. Choose another name.</source>
        <translation>Non exporté&#xa0;: %1 a été conservé tel quel. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? What it holds now will be lost.</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;? Son contenu actuel sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>The file will hold the %1 secrets and the OAuth values: anyone who reads it can create an instance for this account. Keep it private (it is written readable by you only).</source>
        <translation>Le fichier contiendra les secrets %1 et les valeurs OAuth&#xa0;: quiconque le lit peut créer une instance pour ce compte. Gardez-le privé (il est écrit lisible par vous seul).</translation>
    </message>
    <message>
        <source>Secrets are written as placeholders such as %1.</source>
        <translation>Les secrets sont écrits sous forme d&apos;espaces réservés comme %1.</translation>
    </message>
</context>
<context>
    <name>ce::InstanceRequest</name>
    <message>
        <source>%1 (%2) is missing.</source>
        <translation>%1 (%2) manque.</translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation>%1 (%2) est encore l&apos;espace réservé %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The instance name (name) is missing.</source>
        <translation>Le nom de l&apos;instance (name) manque.</translation>
    </message>
    <message>
        <source>The instance name (name) is still the placeholder %1.</source>
        <translation>Le nom de l&apos;instance (name) est encore l&apos;espace réservé %1.</translation>
    </message>
    <message>
        <source>Tag %1 is empty.</source>
        <translation>L&apos;étiquette %1 est vide.</translation>
    </message>
    <message>
        <source>Tag %1 (tags[%2]) is still the placeholder %3.</source>
        <translation>L&apos;étiquette %1 (tags[%2]) est encore l&apos;espace réservé %3.</translation>
    </message>
    <message>
        <source>The element key (element.key) is missing.</source>
        <translation>La clé de l&apos;élément (element.key) manque.</translation>
    </message>
    <message>
        <source>The element key is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>La clé de l&apos;élément est «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» était attendu.</translation>
    </message>
    <message>
        <source>%1 is missing: it comes from the OAuth exchange.</source>
        <translation>%1 manque&#xa0;: la valeur provient de l&apos;échange OAuth.</translation>
    </message>
    <message>
        <source>%1 is still the placeholder %2.</source>
        <translation>%1 est encore l&apos;espace réservé %2.</translation>
    </message>
    <message>
        <source>Missing required entries: %1.</source>
        <translation>Entrées obligatoires manquantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1: this is not valid JSON (%2).</source>
        <translation>Ligne %1&#xa0;: ce n&apos;est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, like Cloud Elements&apos; instance.json.</source>
        <translation>Le fichier doit contenir un seul objet JSON, comme l&apos;instance.json de Cloud Elements.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of names and values.</source>
        <translation>&quot;%1&quot; doit être un objet de noms et de valeurs.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a string.</source>
        <translation>&quot;%1.%2&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must hold only strings (entry %1 does not).</source>
        <translation>&quot;tags&quot; ne doit contenir que des chaînes (l&apos;entrée %1 n&apos;en est pas une).</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings.</source>
        <translation>&quot;tags&quot; doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string.</source>
        <translation>&quot;name&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB; an instance.json is a few hundred bytes.</source>
        <translation>Le fichier dépasse 1 Mio&#xa0;; un instance.json fait quelques centaines d&apos;octets.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>Ce n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&quot;element&quot; is missing: it must be {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</source>
        <translation>&quot;element&quot; manque&#xa0;: il doit valoir {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</translation>
    </message>
    <message>
        <source>&quot;element&quot; must be an object such as {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</source>
        <translation>&quot;element&quot; doit être un objet tel que {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</translation>
    </message>
    <message>
        <source>&quot;element.key&quot; must be a non-empty string: the element key.</source>
        <translation>&quot;element.key&quot; doit être une chaîne non vide&#xa0;: la clé de l&apos;élément.</translation>
    </message>
    <message>
        <source>It must be true or false.</source>
        <translation>La valeur doit être true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; ne fait pas partie des choix.</translation>
    </message>
    <message numerus="yes">
        <source>And %Ln more problems.</source>
        <translation>
            <numerusform>Et %Ln autre problème.</numerusform>
            <numerusform>Et %Ln autres problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::InstanceVerification</name>
    <message>
        <source>Checking the instance with the platform…</source>
        <translation>Vérification de l&apos;instance auprès de la plateforme…</translation>
    </message>
    <message>
        <source>Could not check instance %1 with the platform: %2</source>
        <translation>Impossible de vérifier l&apos;instance %1 auprès de la plateforme&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checked: the platform has instance %1, but it is disabled.</source>
        <translation>Vérifié&#xa0;: la plateforme a l&apos;instance %1, mais elle est désactivée.</translation>
    </message>
    <message>
        <source>Checked: the platform reports instance %1 as valid.</source>
        <translation>Vérifié&#xa0;: la plateforme indique que l&apos;instance %1 est valide.</translation>
    </message>
    <message>
        <source>Checked: the platform reports instance %1 as not valid: its authorization did not work. Re-authorize it from the Instances window.</source>
        <translation>Vérifié&#xa0;: la plateforme indique que l&apos;instance %1 n&apos;est pas valide&#xa0;: son autorisation n&apos;a pas fonctionné. Réautorisez-la depuis la fenêtre Instances.</translation>
    </message>
</context>
<context>
    <name>ce::InstancesController</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>l&apos;instance %1</translation>
    </message>
    <message>
        <source>Could not list the instances: %1</source>
        <translation>Impossible de lister les instances&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Impossible de modifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not enable %1: %2</source>
        <translation>Impossible d&apos;activer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not disable %1: %2</source>
        <translation>Impossible de désactiver %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>Activée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Désactivée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Supprimée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ce::InstancesModel</name>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>ce::InstancesWindow</name>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Lists the instances again (F5).</source>
        <translation>Liste à nouveau les instances (F5).</translation>
    </message>
    <message>
        <source>The tags replace all of the instance&apos;s tags.</source>
        <translation>Les étiquettes remplacent toutes celles de l&apos;instance.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Instances: %1 (%2)</source>
        <translation>Instances&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Instances: %1</source>
        <translation>Instances&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listing the instances…</source>
        <translation>Liste des instances en cours…</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>Sélectionnez une instance pour voir ses détails.</translation>
    </message>
    <message>
        <source>Instance %1 of %2, %3, created %4.</source>
        <translation>Instance %1 de %2, %3, créée %4.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>Delete instance?</source>
        <translation>Supprimer l&apos;instance&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the instance &quot;%1&quot; (id %2)?</source>
        <translation>Supprimer l&apos;instance «&#xa0;%1&#xa0;» (id %2)&#xa0;?</translation>
    </message>
    <message>
        <source>Cloud Elements deletes it and its token: whatever uses it stops working. This cannot be undone.</source>
        <translation>Cloud Elements la supprime avec son jeton&#xa0;: tout ce qui l&apos;utilise cesse de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message numerus="yes">
        <source>Instances listed: %n.</source>
        <translation>
            <numerusform>Instances listées&#xa0;: %n.</numerusform>
            <numerusform>Instances listées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of the %n listed.</source>
        <translation>
            <numerusform>Affichées&#xa0;: %1 sur les %n listées.</numerusform>
            <numerusform>Affichées&#xa0;: %1 sur les %n listées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so secrets are not saved: you will enter them again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (aucun Secret Service ne tourne)&#xa0;; les secrets ne sont donc pas enregistrés&#xa0;: vous les saisirez à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <translation>Opération non prise en charge.</translation>
    </message>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Aucun secret n&apos;est enregistré sous ce nom.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so secrets are not saved: you will enter them again next time.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès&#xa0;; les secrets ne sont donc pas enregistrés&#xa0;: vous les saisirez à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès (%1).</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1).</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le secret (%1).</translation>
    </message>
    <message>
        <source>The keychain does not work (%1), so secrets are not saved: you will enter them again next time.</source>
        <translation>Le trousseau ne fonctionne pas (%1)&#xa0;; les secrets ne sont donc pas enregistrés&#xa0;: vous les saisirez à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ce::LoopbackCallbackListener</name>
    <message>
        <source>No authorization arrived at %1 within %2.</source>
        <translation>Aucune autorisation n&apos;est arrivée à %1 en %2.</translation>
    </message>
    <message>
        <source>The callback URL is not an absolute URL.</source>
        <translation>L&apos;URL de rappel n&apos;est pas une URL absolue.</translation>
    </message>
    <message>
        <source>Only an http:// callback URL on this computer can be received by the app itself.</source>
        <translation>Seule une URL de rappel http:// sur cet ordinateur peut être reçue par l&apos;application elle-même.</translation>
    </message>
    <message>
        <source>The callback URL&apos;s host must be 127.0.0.1, localhost or [::1] for the app to receive it.</source>
        <translation>L&apos;hôte de l&apos;URL de rappel doit être 127.0.0.1, localhost ou [::1] pour que l&apos;application la reçoive.</translation>
    </message>
    <message>
        <source>The callback URL must name its port (http://127.0.0.1:8123/...) for the app to receive it.</source>
        <translation>L&apos;URL de rappel doit indiquer son port (http://127.0.0.1:8123/...) pour que l&apos;application la reçoive.</translation>
    </message>
    <message>
        <source>The callback URL must not hold a user name.</source>
        <translation>L&apos;URL de rappel ne doit pas contenir de nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The app is already waiting for an authorization at %1.</source>
        <translation>L&apos;application attend déjà une autorisation à %1.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the app cannot receive the authorization at %2. Close that program, or use a callback URL with another port (and register it with the provider).</source>
        <translation>Le port %1 de cet ordinateur est utilisé par un autre programme&#xa0;; l&apos;application ne peut donc pas recevoir l&apos;autorisation à %2. Fermez ce programme, ou utilisez une URL de rappel avec un autre port (et enregistrez-la chez le fournisseur).</translation>
    </message>
    <message>
        <source>The app cannot listen on %1 port %2: %3</source>
        <translation>L&apos;application ne peut pas écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The app cannot listen on port %1 of this computer.</source>
        <translation>L&apos;application ne peut pas écouter sur le port %1 de cet ordinateur.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>La requête était trop volumineuse.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>La requête n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <source>This server answers only this computer&apos;s own address.</source>
        <translation>Ce serveur ne répond qu&apos;à l&apos;adresse propre de cet ordinateur.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Only the browser&apos;s return from the provider is expected here.</source>
        <translation>Seul le retour du navigateur depuis le fournisseur est attendu ici.</translation>
    </message>
    <message>
        <source>CE Provisioner received the authorization. You can close this tab and return to the app.</source>
        <translation>CE Provisioner a reçu l&apos;autorisation. Vous pouvez fermer cet onglet et revenir à l&apos;application.</translation>
    </message>
    <message>
        <source>CE Provisioner received the authorization for %1. You can close this tab and return to the app.</source>
        <translation>CE Provisioner a reçu l&apos;autorisation pour %1. Vous pouvez fermer cet onglet et revenir à l&apos;application.</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>Autorisation reçue</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address is not the one CE Provisioner is waiting for.</source>
        <translation>Cette adresse n&apos;est pas celle qu&apos;attend CE Provisioner.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Accès non accordé</translation>
    </message>
    <message>
        <source>Access was not granted. Return to CE Provisioner to start again.</source>
        <translation>L&apos;accès n&apos;a pas été accordé. Revenez à CE Provisioner pour recommencer.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non acceptée</translation>
    </message>
    <message>
        <source>This is not the authorization CE Provisioner is waiting for, so it was not accepted. Return to the app.</source>
        <translation>Ce n&apos;est pas l&apos;autorisation qu&apos;attend CE Provisioner&#xa0;; elle n&apos;a donc pas été acceptée. Revenez à l&apos;application.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::Messages</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>ce::Profile</name>
    <message>
        <source>The field &quot;%1&quot; is not a date.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a valid date.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file does not hold a profile (it is not a JSON object).</source>
        <translation>Le fichier ne contient pas de profil (ce n&apos;est pas un objet JSON).</translation>
    </message>
    <message>
        <source>The file has no schemaVersion: it is not a CE Provisioner profile.</source>
        <translation>Le fichier n&apos;a pas de schemaVersion&#xa0;: ce n&apos;est pas un profil CE Provisioner.</translation>
    </message>
    <message>
        <source>The file&apos;s schemaVersion is not a positive whole number.</source>
        <translation>Le schemaVersion du fichier n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>The profile was made by a newer CE Provisioner (profile format %1; this version reads format %2).</source>
        <translation>Le profil a été créé par une version plus récente de CE Provisioner (format de profil %1&#xa0;; cette version lit le format %2).</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is unknown.</source>
        <translation>L&apos;environnement «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>The custom base URL is not a valid absolute URL.</source>
        <translation>L&apos;URL de base personnalisée n&apos;est pas une URL absolue valide.</translation>
    </message>
    <message>
        <source>The environment is &quot;custom&quot; but the custom base URL is missing.</source>
        <translation>L&apos;environnement est «&#xa0;custom&#xa0;», mais l&apos;URL de base personnalisée manque.</translation>
    </message>
    <message>
        <source>The configuration entry &quot;%1&quot; is not text.</source>
        <translation>L&apos;entrée de configuration «&#xa0;%1&#xa0;» n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>A tag is not text.</source>
        <translation>Une étiquette n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The last instance&apos;s id is missing or not a whole number.</source>
        <translation>L&apos;ID de la dernière instance manque ou n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The profile is for the element &quot;%1&quot;, not %2.</source>
        <translation>Le profil est pour l&apos;élément «&#xa0;%1&#xa0;», pas %2.</translation>
    </message>
    <message>
        <source>The profile&apos;s custom base URL cannot be used: %1</source>
        <translation>L&apos;URL de base personnalisée du profil ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not an object.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a list.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The element description it carries cannot be used: %1</source>
        <translation>La description d&apos;élément qu&apos;il contient est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The element description it carries is not the one of its element (&quot;%1&quot;).</source>
        <translation>La description d&apos;élément qu&apos;il contient n&apos;est pas celle de son élément (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The element description it carries is not a JSON object.</source>
        <translation>La description d&apos;élément qu&apos;il contient n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>ce::ProfileSession</name>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the keychain.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré&#xa0;; ses secrets sont dans le trousseau.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, without its secrets.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré, sans ses secrets.</translation>
    </message>
    <message>
        <source>The keychain refused them.</source>
        <translation>Le trousseau les a refusés.</translation>
    </message>
    <message>
        <source>The profile is for the element &quot;%1&quot;, which no element descriptor here describes.</source>
        <translation>Le profil concerne l&apos;élément «&#xa0;%1&#xa0;», qu&apos;aucun descripteur d&apos;élément d&apos;ici ne décrit.</translation>
    </message>
    <message>
        <source>The profile is for the element descriptor &quot;%1&quot;, which is not here (was it your own file, or looked up on the platform?).</source>
        <translation>Le profil concerne le descripteur d&apos;élément «&#xa0;%1&#xa0;», qui n&apos;est pas ici (était-ce votre propre fichier, ou consulté sur la plateforme&#xa0;?).</translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>L&apos;élément ne peut pas changer pendant l&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>ce::ProfileStore</name>
    <message>
        <source>The file is a link to a file that does not exist.</source>
        <translation>Le fichier est un lien vers un fichier qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>It is not a file (a folder or a device).</source>
        <translation>Ce n&apos;est pas un fichier (un dossier ou un périphérique).</translation>
    </message>
    <message>
        <source>The file is too large to be a profile (%1 bytes).</source>
        <translation>Le fichier est trop volumineux pour être un profil (%1 octets).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a folder.</source>
        <translation>Le dossier des profils %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be read.</source>
        <translation>Le dossier des profils %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de profil.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Le dossier des profils %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>The profile is too large to be saved (%1 bytes).</source>
        <translation>Le profil est trop volumineux pour être enregistré (%1 octets).</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Le profil ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer CE Provisioner and is not overwritten.</source>
        <translation>Le fichier %1 a été créé par une version plus récente de CE Provisioner et n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>The file %1 is damaged, so it is not overwritten (delete it first to reuse its name). %2</source>
        <translation>Le fichier %1 est endommagé&#xa0;; il n&apos;est donc pas écrasé (supprimez-le d&apos;abord pour réutiliser son nom). %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read, so it is not overwritten. %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;; il n&apos;est donc pas écrasé. %2</translation>
    </message>
    <message>
        <source>The profile could not be saved in %1: %2.</source>
        <translation>Le profil n&apos;a pas pu être enregistré dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation>tout n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The profile could not be written (%1); the previous version is unchanged.</source>
        <translation>Le profil n&apos;a pas pu être écrit (%1)&#xa0;; la version précédente est inchangée.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1.</source>
        <translation>Le profil n&apos;a pas pu être supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The profiles are being changed by another CE Provisioner; nothing was changed. Try again in a moment.</source>
        <translation>Les profils sont en cours de modification par un autre CE Provisioner&#xa0;; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>ce::ProfilesDialog</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Profiles are kept in %1. Their secrets are in the system keychain, never in these files.</source>
        <translation>Les profils sont conservés dans %1. Leurs secrets sont dans le trousseau du système, jamais dans ces fichiers.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy with F2 or Rename.</source>
        <translation>Dupliqué. Renommez la copie avec F2 ou Renommer.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? The instances it created stay.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et ses secrets dans le trousseau&#xa0;? Les instances qu&apos;il a créées restent.</translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2 Delete it?</source>
        <translation>Le fichier %1 est inutilisable&#xa0;: %2 Le supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningFlow</name>
    <message>
        <source>This file is for the element &quot;%1&quot;, not %2.</source>
        <translation>Ce fichier est pour l&apos;élément «&#xa0;%1&#xa0;», pas %2.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Choisissez un environnement.</translation>
    </message>
    <message>
        <source>Enter the user secret.</source>
        <translation>Saisissez le secret utilisateur.</translation>
    </message>
    <message>
        <source>Enter the organization secret.</source>
        <translation>Saisissez le secret de l&apos;organisation.</translation>
    </message>
    <message>
        <source>%1 is needed for the authorization.</source>
        <translation>%1 est nécessaire pour l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The instance has no id.</source>
        <translation>L&apos;instance n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <source>The instance %1 is of the element &quot;%2&quot;, not %3.</source>
        <translation>L&apos;instance %1 est de l&apos;élément «&#xa0;%2&#xa0;», pas %3.</translation>
    </message>
    <message>
        <source>The instance is being created or re-authorized.</source>
        <translation>L&apos;instance est en cours de création ou de réautorisation.</translation>
    </message>
    <message>
        <source>This file is for another way of connecting %1: its %2 is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Ce fichier concerne une autre façon de connecter %1&#xa0;: son %2 vaut «&#xa0;%3&#xa0;», pas «&#xa0;%4&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningWizard</name>
    <message>
        <source>CE Provisioner: new %1 instance</source>
        <translation>CE Provisioner&#xa0;: nouvelle instance %1</translation>
    </message>
    <message>
        <source>&amp;Create instance</source>
        <translation>&amp;Créer l&apos;instance</translation>
    </message>
    <message>
        <source>Request lo&amp;g</source>
        <translation>Journal des re&amp;quêtes</translation>
    </message>
    <message>
        <source>&amp;View as cURL</source>
        <translation>Voir en c&amp;URL</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was created, but its details are not saved. Close anyway?</source>
        <translation>L&apos;instance «&#xa0;%1&#xa0;» a été créée, mais ses détails ne sont pas enregistrés. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>What you entered will be lost. Close the wizard anyway?</source>
        <translation>Ce que vous avez saisi sera perdu. Fermer l&apos;assistant quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Close CE Provisioner?</source>
        <translation>Fermer CE Provisioner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About CE Provisioner (F1)</source>
        <translation>À propos de CE Provisioner (F1)</translation>
    </message>
    <message>
        <source>Ins&amp;tances…</source>
        <translation>Insta&amp;nces…</translation>
    </message>
    <message>
        <source>Lists the instances of the environment chosen on the first page: details, rename, enable or disable, delete.</source>
        <translation>Liste les instances de l&apos;environnement choisi sur la première page&#xa0;: détails, renommer, activer ou désactiver, supprimer.</translation>
    </message>
    <message>
        <source>CE Provisioner: re-authorize %1 instance %2</source>
        <translation>CE Provisioner&#xa0;: réautoriser l&apos;instance %1 %2</translation>
    </message>
    <message>
        <source>&amp;Re-authorize instance</source>
        <translation>Ré&amp;autoriser l&apos;instance</translation>
    </message>
</context>
<context>
    <name>ce::RequestLog</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1, %2 ms</source>
        <translation>État&#xa0;: %1, %2 ms</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Corps de la requête&#xa0;:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Corps de la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ce::RequestLogDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Enregistrer le journal des requêtes</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Calls to Cloud Elements</source>
        <translation>Appels à Cloud Elements</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>L&apos;appel sélectionné</translation>
    </message>
</context>
<context>
    <name>ce::SecretLineEdit</name>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
</context>
<context>
    <name>ce::SecretStore</name>
    <message>
        <source>A secret needs a profile id and a key.</source>
        <translation>Un secret a besoin d&apos;un ID de profil et d&apos;une clé.</translation>
    </message>
    <message>
        <source>within 1 second</source>
        <translation>en 1 seconde</translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation>en %1 secondes</translation>
    </message>
    <message>
        <source>The keychain did not answer %1.</source>
        <translation>Le trousseau n&apos;a pas répondu %1.</translation>
    </message>
    <message>
        <source>The keychain did not answer %1, so secrets are not saved: you will enter them again next time.</source>
        <translation>Le trousseau n&apos;a pas répondu %1&#xa0;; les secrets ne sont donc pas enregistrés&#xa0;: vous les saisirez à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ce::TagEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Saisissez une étiquette et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
</context>
<context>
    <name>ce::TokenPage</name>
    <message>
        <source>Getting a request token from %1…</source>
        <translation>Obtention d&apos;un jeton de requête auprès de %1…</translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation>Obtention de l&apos;adresse de la page d&apos;autorisation…</translation>
    </message>
    <message>
        <source>Ready. Next shows %1&apos;s authorization page, where the account owner allows access.</source>
        <translation>Prêt. Suivant affiche la page d&apos;autorisation de %1, où le titulaire du compte autorise l&apos;accès.</translation>
    </message>
    <message>
        <source>Cancelled. Retry when you are ready.</source>
        <translation>Annulé. Cliquez sur Réessayer quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Cloud Elements asks %1 for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements demande à %1 un jeton de requête et l&apos;adresse de sa page d&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>ce::cli</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Le bac à sable ne peut pas écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>create needs --from FILE (an instance.json).</source>
        <translation>create demande --from FILE (un instance.json).</translation>
    </message>
    <message>
        <source>create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation>create demande --environment NAME|URL (us, eu, staging, snapshot ou une URL de base).</translation>
    </message>
    <message>
        <source>User secret</source>
        <translation>Secret utilisateur</translation>
    </message>
    <message>
        <source>Organization secret</source>
        <translation>Secret de l&apos;organisation</translation>
    </message>
    <message>
        <source>Set CE_USER_SECRET and CE_ORGANIZATION_SECRET in the environment (secrets are never taken from arguments).</source>
        <translation>Définissez CE_USER_SECRET et CE_ORGANIZATION_SECRET dans l&apos;environnement (les secrets ne sont jamais pris dans les arguments).</translation>
    </message>
    <message>
        <source>Sandbox ready. It accepts the user secret %1 and the organization secret %2. Stop it with Ctrl+C.</source>
        <translation>Bac à sable prêt. Il accepte le secret utilisateur %1 et le secret d&apos;organisation %2. Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>the wizard is not installed (no %1); install the package ce-provisioner-gui, or use a command (see --help).</source>
        <translation>l&apos;assistant n&apos;est pas installé (pas de %1)&#xa0;; installez le paquet ce-provisioner-gui, ou utilisez une commande (voir --help).</translation>
    </message>
    <message>
        <source>the wizard (%1) cannot be started: %2.</source>
        <translation>l&apos;assistant (%1) ne peut pas être lancé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Voir --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2; see --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;» après %2&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>%1 is an option of the wizard (no command), not of %2; see --help.</source>
        <translation>%1 est une option de l&apos;assistant (sans commande), pas de %2&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>%1 is an option of %2, and no command was given; see --help.</source>
        <translation>%1 est une option de %2, et aucune commande n&apos;a été donnée&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>%1 is an option of %2, not of %3; see --help.</source>
        <translation>%1 est une option de %2, pas de %3&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--timeout doit être un nombre entier de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Parler cette langue au lieu de celle du système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the available languages are %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;; les langues disponibles sont %2.</translation>
    </message>
    <message>
        <source>No callback address on standard input: paste the address the browser ended on after the approval.</source>
        <translation>Aucune adresse de rappel sur l&apos;entrée standard&#xa0;: collez l&apos;adresse où le navigateur s&apos;est arrêté après l&apos;approbation.</translation>
    </message>
    <message>
        <source>That is not the callback address %1.</source>
        <translation>Ce n&apos;est pas l&apos;adresse de rappel %1.</translation>
    </message>
    <message>
        <source>The callback did not arrive.</source>
        <translation>Le rappel n&apos;est pas arrivé.</translation>
    </message>
    <message>
        <source>This app does not know the element &quot;%1&quot; (known: %2).</source>
        <translation>Cette application ne connaît pas l&apos;élément «&#xa0;%1&#xa0;» (connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The instance %1 is of the element &quot;%2&quot;: name its descriptor with --element ID (known: %3).</source>
        <translation>L&apos;instance %1 est de l&apos;élément «&#xa0;%2&#xa0;»&#xa0;: nommez son descripteur avec --element ID (connus&#xa0;: %3).</translation>
    </message>
    <message>
        <source>--events-vendor is webhook or polling, not &quot;%1&quot;.</source>
        <translation>--events-vendor vaut webhook ou polling, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--events-vendor and --events-interval need events on: give --events-url URL.</source>
        <translation>--events-vendor et --events-interval demandent des événements activés&#xa0;: donnez --events-url URL.</translation>
    </message>
    <message>
        <source>note: the instance&apos;s events signature key is not sent again (the platform never shows it); set %1 to keep one.</source>
        <translation>remarque&#xa0;: la clé de signature des événements de l&apos;instance n&apos;est pas renvoyée (la plateforme ne la montre jamais)&#xa0;; définissez %1 pour en garder une.</translation>
    </message>
    <message>
        <source>(The options: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; the secrets from the environment: %1.)</source>
        <translation>(Les options&#xa0;: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME&#xa0;; les secrets depuis l&apos;environnement&#xa0;: %1.)</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve; the answer comes back here (%1):</source>
        <translation>Ouvrez cette adresse dans un navigateur et approuvez&#xa0;; la réponse revient ici (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve, then paste here the address the browser ends on:</source>
        <translation>Ouvrez cette adresse dans un navigateur et approuvez, puis collez ici l&apos;adresse où le navigateur s&apos;arrête&#xa0;:</translation>
    </message>
    <message>
        <source>Events signature key</source>
        <translation>Clé de signature des événements</translation>
    </message>
    <message>
        <source>(no instances)</source>
        <translation>(aucune instance)</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the element&apos;s descriptor id, as elements lists it (reauthorize: the instance&apos;s by default).</source>
        <translation>authorize, reauthorize&#xa0;: l&apos;identifiant du descripteur de l&apos;élément, tel que elements le liste (reauthorize&#xa0;: celui de l&apos;instance par défaut).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the consumer key (API key).</source>
        <translation>authorize, reauthorize&#xa0;: la clé du consommateur (clé d&apos;API).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the site address.</source>
        <translation>authorize, reauthorize&#xa0;: l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the callback URL registered with the provider (a loopback one, http://127.0.0.1:PORT/..., is received here).</source>
        <translation>authorize, reauthorize&#xa0;: l&apos;URL de rappel enregistrée chez le fournisseur (une URL de bouclage, http://127.0.0.1:PORT/..., est reçue ici).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the instance&apos;s name.</source>
        <translation>authorize, reauthorize&#xa0;: le nom de l&apos;instance.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: a tag of the instance (repeat it for several); instances list: only instances with this tag.</source>
        <translation>authorize, reauthorize&#xa0;: une étiquette de l&apos;instance (à répéter pour plusieurs)&#xa0;; instances list&#xa0;: seulement les instances portant cette étiquette.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: turn events on, posted to this URL.</source>
        <translation>authorize, reauthorize&#xa0;: activer les événements, envoyés à cette URL.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: how events are learnt of: webhook (default) or polling.</source>
        <translation>authorize, reauthorize&#xa0;: comment les événements sont connus&#xa0;: webhook (par défaut) ou polling.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: polling: every this many minutes.</source>
        <translation>authorize, reauthorize&#xa0;: polling&#xa0;: toutes les combien de minutes.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: turn events off.</source>
        <translation>authorize, reauthorize&#xa0;: désactiver les événements.</translation>
    </message>
    <message>
        <source>instances needs one of list, get, delete, enable or disable; see --help.</source>
        <translation>instances demande list, get, delete, enable ou disable&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;instances %1&quot;: instances takes list, get, delete, enable or disable; see --help.</source>
        <translation>Commande inconnue «&#xa0;instances %1&#xa0;»&#xa0;: instances prend list, get, delete, enable ou disable&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>%1 needs the instance&apos;s ID; see --help.</source>
        <translation>%1 demande l&apos;ID de l&apos;instance&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>%1: the instance&apos;s ID is a whole number above 0, not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: l&apos;ID de l&apos;instance est un nombre entier supérieur à 0, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the commands that call the platform</source>
        <translation>les commandes qui appellent la plateforme</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>authorize needs --name NAME (the instance&apos;s name).</source>
        <translation>authorize demande --name NAME (le nom de l&apos;instance).</translation>
    </message>
    <message>
        <source>--no-events turns events off: it goes with no other --events option.</source>
        <translation>--no-events désactive les événements&#xa0;: il ne va avec aucune autre option --events.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the wizard on the built-in sandbox.</source>
        <translation>Ouvrir l&apos;assistant sur le bac à sable intégré.</translation>
    </message>
    <message>
        <source>serve-sandbox: the port to listen on (0: any free port).</source>
        <translation>serve-sandbox&#xa0;: le port d&apos;écoute (0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>serve-sandbox: approve every authorization at once, without the consent page.</source>
        <translation>serve-sandbox&#xa0;: autoriser chaque demande d&apos;autorisation immédiatement, sans page de consentement.</translation>
    </message>
    <message>
        <source>create: the instance.json to send.</source>
        <translation>create&#xa0;: l&apos;instance.json à envoyer.</translation>
    </message>
    <message>
        <source>Log every HTTP call on standard error (secrets redacted).</source>
        <translation>Journaliser chaque appel HTTP sur la sortie d&apos;erreur standard (secrets masqués).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it under a virtual display: xvfb-run -a %1</source>
        <translation>aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;; lancez-le sous un affichage virtuel&#xa0;: xvfb-run -a %1</translation>
    </message>
    <message>
        <source>running as root, so the embedded browser runs without Chromium&apos;s sandbox; run as a normal user to keep it.</source>
        <translation>exécuté en root&#xa0;: le navigateur intégré tourne donc sans le bac à sable de Chromium&#xa0;; lancez-le en utilisateur normal pour le garder.</translation>
    </message>
    <message>
        <source>this is the wizard; run the commands with ce-provisioner (see ce-provisioner --help).</source>
        <translation>ceci est l&apos;assistant&#xa0;; lancez les commandes avec ce-provisioner (voir ce-provisioner --help).</translation>
    </message>
    <message>
        <source>Every command but serve-sandbox: us, eu, staging, snapshot or a base URL.</source>
        <translation>Toute commande sauf serve-sandbox&#xa0;: us, eu, staging, snapshot ou une URL de base.</translation>
    </message>
    <message>
        <source>Every command but serve-sandbox: give up on a call after this many seconds (default 30).</source>
        <translation>Toute commande sauf serve-sandbox&#xa0;: abandonner un appel après ce nombre de secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>elements: print the list as JSON.</source>
        <translation>elements&#xa0;: afficher la liste en JSON.</translation>
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
        <translation>Créer des instances Cloud Elements (éléments OAuth 2.0, OAuth 1.0a et à identifiants) avec un assistant.

Commandes&#xa0;:
  (aucune)                   ouvrir l&apos;assistant
  serve-sandbox              lancer le bac à sable Cloud Elements intégré sur 127.0.0.1
  create                     envoyer un instance.json par POST et afficher l&apos;instance créée
  authorize                  autoriser dans un navigateur, créer l&apos;instance, l&apos;afficher
  reauthorize ID             autoriser à nouveau, envoyer l&apos;instance par PUT, l&apos;afficher
  instances list             afficher les instances en JSON (un tableau dans un terminal)
  instances get ID           afficher une instance en JSON
  instances delete ID        supprimer une instance
  instances enable ID        activer une instance
  instances disable ID       désactiver une instance
  elements                   lister les éléments que cette application sait créer

Les secrets sont lus dans l&apos;environnement, jamais dans les arguments&#xa0;: CE_USER_SECRET,
CE_ORGANIZATION_SECRET, CE_EVENTS_SIGNATURE_KEY et, pour chaque secret de l&apos;élément,
la variable que nomme son descripteur (elements --json les liste&#xa0;; par défaut, la clé en
majuscules&#xa0;: oauth.api.secret donne OAUTH_API_SECRET), ou pour un secret providerData,
CE_PROVIDER_DATA_ suivi de sa clé (CE_PROVIDER_DATA_CODE). Quand l&apos;un de ceux qui sont
nécessaires manque et que l&apos;entrée standard est un terminal, il est demandé sans écho.</translation>
    </message>
    <message>
        <source>serve-sandbox, create, authorize, reauthorize, instances or elements; none opens the wizard.</source>
        <translation>serve-sandbox, create, authorize, reauthorize, instances ou elements&#xa0;; sans commande, l&apos;assistant s&apos;ouvre.</translation>
    </message>
</context>
</TS>
