<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CE Provisioner</source>
        <translation>Acerca de CE Provisioner</translation>
    </message>
    <message>
        <source>CE Provisioner creates Cloud Elements element instances, with a wizard or from the command line.</source>
        <translation>CE Provisioner crea instancias de elementos de Cloud Elements, con un asistente o desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secretos:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Instance na&amp;me:</source>
        <translation>Nombre de la &amp;instancia:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>What the element needs to connect, and how to name the new instance.</source>
        <translation>Lo que el elemento necesita para conectarse y el nombre de la nueva instancia.</translation>
    </message>
    <message>
        <source>Send event noti&amp;fications (set up on the next page)</source>
        <translation>Enviar n&amp;otificaciones de eventos (se configuran en la página siguiente)</translation>
    </message>
</context>
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Authorize</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>The account owner signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation>El titular de la cuenta inicia sesión y autoriza el acceso. El asistente continúa por sí solo en cuanto se concede el acceso.</translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation>&amp;Empezar de nuevo con un token nuevo</translation>
    </message>
    <message>
        <source>&amp;Reload the page</source>
        <translation>&amp;Recargar la página</translation>
    </message>
    <message>
        <source>&amp;Paste the address your browser ended on:</source>
        <translation>&amp;Pegar la dirección en la que terminó su navegador:</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Usarla</translation>
    </message>
    <message>
        <source>&amp;Open in system browser</source>
        <translation>Abrir en el navegador del &amp;sistema</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Choose the Cloud Elements environment and enter the platform secrets of your organization.</source>
        <translation>Elija el entorno de Cloud Elements e introduzca los secretos de plataforma de su organización.</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Perf&amp;iles…</translation>
    </message>
    <message>
        <source>&amp;Import instance.json…</source>
        <translation>I&amp;mportar instance.json…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>https://api.example.com/elements/api-v2</source>
        <translation>https://api.example.com/elements/api-v2</translation>
    </message>
    <message>
        <source>U&amp;ser secret:</source>
        <translation>&amp;Secreto de usuario:</translation>
    </message>
    <message>
        <source>&amp;Organization secret:</source>
        <translation>Secreto de la &amp;organización:</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Check what will be sent to POST /instances, then create the instance.</source>
        <translation>Compruebe lo que se enviará a POST /instances y después cree la instancia.</translation>
    </message>
    <message>
        <source>&amp;Request body (secrets masked):</source>
        <translation>Cuerpo de la &amp;solicitud (secretos ocultos):</translation>
    </message>
</context>
<context>
    <name>CurlDialog</name>
    <message>
        <source>Equivalent cURL commands</source>
        <translation>Comandos cURL equivalentes</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>&amp;Mostrar los secretos</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation>Se creó la instancia. Guarde su token: cada llamada posterior en su nombre lo necesita.</translation>
    </message>
    <message>
        <source>Instance id:</source>
        <translation>ID de la instancia:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Elemento:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Instance token:</source>
        <translation>Token de la instancia:</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>C&amp;opiar el token</translation>
    </message>
    <message>
        <source>&amp;Configuration returned by the platform:</source>
        <translation>&amp;Configuración devuelta por la plataforma:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Nombre del &amp;perfil:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Gua&amp;rdar el perfil</translation>
    </message>
    <message>
        <source>&amp;Export instance.json…</source>
        <translation>&amp;Exportar instance.json…</translation>
    </message>
</context>
<context>
    <name>ElementPage</name>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Choose the element to create an instance of. The ones you used recently come first.</source>
        <translation>Elija el elemento del que crear una instancia. Los usados recientemente aparecen primero.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name or key</source>
        <translation>Nombre o clave</translation>
    </message>
    <message>
        <source>Element &amp;key:</source>
        <translation>C&amp;lave del elemento:</translation>
    </message>
    <message>
        <source>e.g. pipedrive</source>
        <translation>p. ej., pipedrive</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>Site &amp;address entry:</source>
        <translation>Entrada de la &amp;dirección del sitio:</translation>
    </message>
    <message>
        <source>E&amp;xport descriptor…</source>
        <translation>E&amp;xportar el descriptor…</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Optional: Cloud Elements can post the events of the new instance to an address of yours.</source>
        <translation>Opcional: Cloud Elements puede enviar los eventos de la nueva instancia a una dirección suya.</translation>
    </message>
    <message>
        <source>Send &amp;event notifications</source>
        <translation>Enviar notificaciones de &amp;eventos</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>En&amp;trega:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Refresh &amp;interval (minutes):</source>
        <translation>&amp;Intervalo de actualización (minutos):</translation>
    </message>
    <message>
        <source>Refresh interval (minutes)</source>
        <translation>Intervalo de actualización (minutos)</translation>
    </message>
    <message>
        <source>the platform&apos;s default</source>
        <translation>valor predeterminado de la plataforma</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de devolución de llamada:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>https://example.com/events</source>
        <translation>https://example.com/events</translation>
    </message>
    <message>
        <source>Signature &amp;key:</source>
        <translation>C&amp;lave de firma:</translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export instance.json</source>
        <translation>Exportar instance.json</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Include the real &amp;secrets</source>
        <translation>Incluir los &amp;secretos reales</translation>
    </message>
</context>
<context>
    <name>InstancesWindow</name>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Name, id, element or tag</source>
        <translation>Nombre, id, elemento o etiqueta</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instancias:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Save name and tags</source>
        <translation>&amp;Guardar el nombre y las etiquetas</translation>
    </message>
    <message>
        <source>Save name and tags</source>
        <translation>Guardar el nombre y las etiquetas</translation>
    </message>
    <message>
        <source>C&amp;onfiguration:</source>
        <translation>C&amp;onfiguración:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>Volver a a&amp;utorizar…</translation>
    </message>
    <message>
        <source>Re-authorize</source>
        <translation>Volver a autorizar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Last instance</source>
        <translation>Última instancia</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::Cli</name>
    <message>
        <source>%1 needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation>%1 necesita --environment NAME|URL (us, eu, staging, snapshot o una URL base).</translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Every call to Cloud Elements since the app started. Secrets are shown as &lt;redacted&gt;.</source>
        <translation>Cada llamada a Cloud Elements desde que se inició la aplicación. Los secretos se muestran como &lt;redacted&gt;.</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Request token</source>
        <translation>Token de solicitud</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Request token:</source>
        <translation>Token de solicitud:</translation>
    </message>
    <message>
        <source>&amp;Authorization page:</source>
        <translation>&amp;Página de autorización:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Cloud Elements asks the element&apos;s provider for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements pide al proveedor del elemento un token de solicitud y la dirección de su página de autorización.</translation>
    </message>
</context>
<context>
    <name>ce::AboutDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these details as text, to paste into a bug report</source>
        <translation>Copiar estos datos como texto, para pegarlos en un informe de errores</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>CE Provisioner %1 (Qt %2)</source>
        <translation>CE Provisioner %1 (Qt %2)</translation>
    </message>
    <message>
        <source>MIT licence. No warranty.</source>
        <translation>Licencia MIT. Sin garantía.</translation>
    </message>
    <message>
        <source>%1, %2 display</source>
        <translation>%1, pantalla %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Ninguno elegido todavía</translation>
    </message>
    <message>
        <source>Not kept: this wizard saves no profiles.</source>
        <translation>No se guardan: este asistente no guarda perfiles.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardados</translation>
    </message>
    <message>
        <source>In the system keychain (Secret Service), never in a file.</source>
        <translation>En el llavero del sistema (Secret Service), nunca en un archivo.</translation>
    </message>
    <message>
        <source>Not kept (you type them again next time): %1</source>
        <translation>No se guardan (los vuelve a escribir la próxima vez): %1</translation>
    </message>
</context>
<context>
    <name>ce::ApiError</name>
    <message>
        <source>Getting the request token</source>
        <translation>La obtención del token de solicitud</translation>
    </message>
    <message>
        <source>Getting the authorization URL</source>
        <translation>La obtención de la URL de autorización</translation>
    </message>
    <message>
        <source>Creating the instance</source>
        <translation>La creación de la instancia</translation>
    </message>
    <message>
        <source>Reading the instance</source>
        <translation>La lectura de la instancia</translation>
    </message>
    <message>
        <source>Listing the instances</source>
        <translation>El listado de las instancias</translation>
    </message>
    <message>
        <source>Deleting the instance</source>
        <translation>La eliminación de la instancia</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the server running?)</source>
        <translation>se rechazó la conexión con %1 (¿está en marcha el servidor?)</translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation>no se encontró el nombre de host %1</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 cerró la conexión antes de que la respuesta estuviera completa</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>se agotó el tiempo de espera de la conexión con %1</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it may not go</source>
        <translation>%1 redirigió la solicitud a un destino no permitido</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>la red no está disponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the answer is a web page, not JSON; a proxy or login page may be in the way</source>
        <translation>la respuesta es una página web, no JSON; puede que haya un proxy o una página de inicio de sesión en medio</translation>
    </message>
    <message>
        <source>the answer holds text that is not valid UTF-8</source>
        <translation>la respuesta contiene texto que no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the answer is cut off (incomplete JSON)</source>
        <translation>la respuesta está cortada (JSON incompleto)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>%1 failed: no secure connection to %2 could be set up (%3). Check that the server speaks https at this address.</source>
        <translation>%1 ha fallado: no se pudo establecer una conexión segura con %2 (%3). Compruebe que el servidor usa https en esa dirección.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed.</source>
        <translation>El servidor redirigió la solicitud a %1; no se siguió la redirección.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 and redirected the request to %3, which was not followed. Check the environment&apos;s base URL.</source>
        <translation>%1 ha fallado: el servidor respondió HTTP %2 y redirigió la solicitud a %3; no se siguió la redirección. Compruebe la URL base del entorno.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete (%2 of %3 bytes)</source>
        <translation>%1 cerró la conexión antes de que la respuesta estuviera completa (%2 de %3 bytes)</translation>
    </message>
    <message>
        <source>The instance may have been created anyway: look for it on the platform before you try again.</source>
        <translation>Puede que la instancia se haya creado de todos modos: búsquela en la plataforma antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>no environment is chosen</source>
        <translation>no se ha elegido ningún entorno</translation>
    </message>
    <message>
        <source>there is no request token yet</source>
        <translation>todavía no hay ningún token de solicitud</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing, and every later call on the instance needs it</source>
        <translation>falta &quot;token&quot;, y cada llamada posterior sobre la instancia lo necesita</translation>
    </message>
    <message>
        <source>Check the user and organization secrets for this environment.</source>
        <translation>Compruebe los secretos de usuario y de la organización para este entorno.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this, or the instance is disabled.</source>
        <translation>La cuenta no tiene permiso para hacer esto, o la instancia está deshabilitada.</translation>
    </message>
    <message>
        <source>Check the environment&apos;s base URL.</source>
        <translation>Compruebe la URL base del entorno.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s content type.</source>
        <translation>El servidor no aceptó el tipo de contenido de la solicitud.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>Demasiadas solicitudes: espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem; try again in a moment.</source>
        <translation>El servidor tuvo un problema; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere; check the environment&apos;s base URL.</source>
        <translation>El servidor envió la solicitud a otro lugar; compruebe la URL base del entorno.</translation>
    </message>
    <message>
        <source>The answer is a web page, not JSON: a proxy or gateway may be in the way.</source>
        <translation>La respuesta es una página web, no JSON: puede que haya un proxy o una pasarela en medio.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>La respuesta no tiene cuerpo.</translation>
    </message>
    <message>
        <source>The answer is not JSON.</source>
        <translation>La respuesta no es JSON.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2.</source>
        <translation>%1 ha fallado: el servidor respondió %2.</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Respondió: «%1».</translation>
    </message>
    <message>
        <source>The provider said: &quot;%1&quot;.</source>
        <translation>El proveedor respondió: «%1».</translation>
    </message>
    <message>
        <source>(Request id %1.)</source>
        <translation>(ID de solicitud %1.)</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s answer is not what Cloud Elements sends (%2).</source>
        <translation>%1 ha fallado: la respuesta del servidor no es lo que envía Cloud Elements (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ha fallado: %2.</translation>
    </message>
    <message>
        <source>no complete answer in time (timeout: %1 s)</source>
        <translation>no llegó una respuesta completa a tiempo (tiempo de espera: %1 s)</translation>
    </message>
    <message>
        <source>%1 failed: %2 did not answer in time (timeout: %3 s).</source>
        <translation>%1 ha fallado: %2 no respondió a tiempo (tiempo de espera: %3 s).</translation>
    </message>
    <message>
        <source>%1 failed: the secure connection to %2 could not be trusted (%3).</source>
        <translation>%1 ha fallado: la conexión segura con %2 no es de confianza (%3).</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 se ha cancelado.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 no ha sido posible: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; no es una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; no es ni true ni false</translation>
    </message>
    <message>
        <source>expected an object with &quot;token&quot; and &quot;secret&quot;</source>
        <translation>se esperaba un objeto con &quot;token&quot; y &quot;secret&quot;</translation>
    </message>
    <message>
        <source>the request token is &quot;null&quot;</source>
        <translation>el token de solicitud es &quot;null&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;oauthUrl&quot;</source>
        <translation>se esperaba un objeto con &quot;oauthUrl&quot;</translation>
    </message>
    <message>
        <source>&quot;oauthUrl&quot; is not an absolute http(s) URL</source>
        <translation>&quot;oauthUrl&quot; no es una URL http(s) absoluta</translation>
    </message>
    <message>
        <source>the authorization URL carries oauth_token more than once</source>
        <translation>la URL de autorización contiene oauth_token más de una vez</translation>
    </message>
    <message>
        <source>the authorization URL carries no request token (oauth_token=%1)</source>
        <translation>la URL de autorización no contiene ningún token de solicitud (oauth_token=%1)</translation>
    </message>
    <message>
        <source>the authorization URL is for another request token</source>
        <translation>la URL de autorización es de otro token de solicitud</translation>
    </message>
    <message>
        <source>expected an instance object</source>
        <translation>se esperaba un objeto de instancia</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a positive integer</source>
        <translation>falta &quot;id&quot; o no es un entero positivo</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not a string</source>
        <translation>falta &quot;name&quot; o no es una cadena</translation>
    </message>
    <message>
        <source>expected a list of instances</source>
        <translation>se esperaba una lista de instancias</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>Re-authorizing the instance</source>
        <translation>La nueva autorización de la instancia</translation>
    </message>
    <message>
        <source>Changing the instance&apos;s name or tags</source>
        <translation>El cambio del nombre o las etiquetas de la instancia</translation>
    </message>
    <message>
        <source>Enabling the instance</source>
        <translation>La habilitación de la instancia</translation>
    </message>
    <message>
        <source>Disabling the instance</source>
        <translation>La deshabilitación de la instancia</translation>
    </message>
    <message>
        <source>Reading the element&apos;s description</source>
        <translation>La lectura de la descripción del elemento</translation>
    </message>
    <message>
        <source>the answer is about the instance %1, not %2</source>
        <translation>la respuesta es sobre la instancia %1, no %2</translation>
    </message>
    <message>
        <source>expected the instance or an empty answer</source>
        <translation>se esperaba la instancia o una respuesta vacía</translation>
    </message>
    <message>
        <source>the answer is about another instance than %1</source>
        <translation>la respuesta es sobre otra instancia distinta de %1</translation>
    </message>
    <message>
        <source>The instance may have been re-authorized anyway: read it on the platform before you authorize again.</source>
        <translation>Puede que la instancia se haya vuelto a autorizar de todos modos: consúltela en la plataforma antes de autorizar de nuevo.</translation>
    </message>
    <message>
        <source>there is no instance id</source>
        <translation>no hay ID de instancia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element key</source>
        <translation>&quot;%1&quot; no es una clave de elemento</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;key&quot; is missing</source>
        <translation>falta &quot;key&quot;</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; is not a list</source>
        <translation>&quot;configuration&quot; no es una lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; no es un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; no es una lista</translation>
    </message>
    <message>
        <source>there is nothing to change: give a name, tags or both</source>
        <translation>no hay nada que cambiar: indique un nombre, etiquetas o ambos</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>el nuevo nombre está vacío</translation>
    </message>
    <message>
        <source>there is no state to send</source>
        <translation>no hay ningún state que enviar</translation>
    </message>
    <message>
        <source>the authorization URL is for the element &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>la URL de autorización es del elemento «%1», no de «%2»</translation>
    </message>
    <message>
        <source>the authorization URL carries state more than once</source>
        <translation>la URL de autorización contiene state más de una vez</translation>
    </message>
    <message>
        <source>the authorization URL carries another state than the one sent, so the callback would not be accepted (a descriptor with &quot;state&quot;: &quot;elementKey&quot; sends the state this element keeps)</source>
        <translation>la URL de autorización contiene un state distinto del enviado, así que la devolución de llamada no se aceptaría (un descriptor con &quot;state&quot;: &quot;elementKey&quot; envía el state que usa este elemento)</translation>
    </message>
</context>
<context>
    <name>ce::AppPage</name>
    <message>
        <source>%1 app</source>
        <translation>Aplicación de %1</translation>
    </message>
    <message>
        <source>targetcompany</source>
        <translation>empresadestino</translation>
    </message>
    <message>
        <source>How the instance is called in Cloud Elements.</source>
        <translation>Cómo se llama la instancia en Cloud Elements.</translation>
    </message>
    <message>
        <source>Connects https://%1.%2</source>
        <translation>Conecta https://%1.%2</translation>
    </message>
    <message>
        <source>For https://targetcompany.%1, enter targetcompany</source>
        <translation>Para https://empresadestino.%1, introduzca empresadestino</translation>
    </message>
    <message>
        <source>Cloud Elements posts the instance&apos;s events to an address of yours.</source>
        <translation>Cloud Elements envía los eventos de la instancia a una dirección suya.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Cuenta de %1</translation>
    </message>
    <message>
        <source>Your %1 app&apos;s OAuth client, the account to connect, and how to name the new instance. Entries marked * are required.</source>
        <translation>El cliente OAuth de su aplicación de %1, la cuenta que se conectará y el nombre de la nueva instancia. Las entradas marcadas con * son obligatorias.</translation>
    </message>
    <message>
        <source>How Cloud Elements signs in to the %1 account, and how to name the new instance. Entries marked * are required.</source>
        <translation>Cómo inicia sesión Cloud Elements en la cuenta de %1 y el nombre de la nueva instancia. Las entradas marcadas con * son obligatorias.</translation>
    </message>
    <message>
        <source>Acme Corp. %1</source>
        <translation>Acme Corp. %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>ce::AuthorizePage</name>
    <message>
        <source>The owner of the %1 account signs in and allows access. The wizard continues by itself once access is granted.</source>
        <translation>El titular de la cuenta de %1 inicia sesión y autoriza el acceso. El asistente continúa por sí solo en cuanto se concede el acceso.</translation>
    </message>
    <message>
        <source>Access granted.</source>
        <translation>Acceso concedido.</translation>
    </message>
    <message>
        <source>To try again, start again with a new token.</source>
        <translation>Para volver a intentarlo, empiece de nuevo con un token nuevo.</translation>
    </message>
    <message>
        <source>That is not the callback address: it must start with %1.</source>
        <translation>Esa no es la dirección de devolución de llamada: debe empezar por %1.</translation>
    </message>
    <message>
        <source>Open the page in your usual browser, sign in and allow access, then paste the address it ends on below.</source>
        <translation>Abra la página en su navegador habitual, inicie sesión y autorice el acceso; después, pegue abajo la dirección en la que termina.</translation>
    </message>
    <message>
        <source>Paste the address your browser ends on below instead.</source>
        <translation>Pegue en su lugar abajo la dirección en la que termina su navegador.</translation>
    </message>
    <message>
        <source>Your browser did not come back to %1 in time.</source>
        <translation>Su navegador no volvió a %1 a tiempo.</translation>
    </message>
    <message>
        <source>Start again with a new token, or paste the address it ended on.</source>
        <translation>Empiece de nuevo con un token nuevo o pegue la dirección en la que terminó.</translation>
    </message>
    <message>
        <source>Waiting for your browser: sign in and allow access there; it comes back to %1 and the wizard continues by itself.</source>
        <translation>Esperando a su navegador: inicie sesión y permita el acceso allí; vuelve a %1 y el asistente continúa por sí solo.</translation>
    </message>
    <message>
        <source>&amp;Start again with a new token</source>
        <translation>&amp;Empezar de nuevo con un token nuevo</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Empezar &amp;de nuevo</translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation>Obteniendo la dirección de la página de autorización…</translation>
    </message>
    <message>
        <source>To try again, start again.</source>
        <translation>Para intentarlo de nuevo, empiece de nuevo.</translation>
    </message>
</context>
<context>
    <name>ce::BrowserWidget</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Recargar la página</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Open in system browser</source>
        <translation>Abrir en el navegador del sistema</translation>
    </message>
    <message>
        <source>Continue in your usual browser; then paste the address it ends on</source>
        <translation>Continuar en su navegador habitual; después, pegar la dirección en la que termina</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Secure connection (https)</source>
        <translation>Conexión segura (https)</translation>
    </message>
    <message>
        <source>A page served by this computer (the sandbox)</source>
        <translation>Una página servida por este equipo (el sandbox)</translation>
    </message>
    <message>
        <source>Not secure: this page is sent unencrypted (http). Do not enter a password.</source>
        <translation>No seguro: esta página se transmite sin cifrar (http). No introduzca ninguna contraseña.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The page %1 could not be loaded: %2.</source>
        <translation>No se pudo cargar la página %1: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so the page was not shown.</source>
        <translation>El certificado de %1 no es válido (%2), así que no se mostró la página.</translation>
    </message>
    <message>
        <source>%1 — popup</source>
        <translation>%1 — ventana emergente</translation>
    </message>
    <message>
        <source>The embedded browser could not be loaded (%1).</source>
        <translation>No se pudo cargar el navegador integrado (%1).</translation>
    </message>
    <message>
        <source>The embedded browser is not installed (the package ce-provisioner-browser).</source>
        <translation>El navegador integrado no está instalado (el paquete ce-provisioner-browser).</translation>
    </message>
</context>
<context>
    <name>ce::CallbackMatch</name>
    <message>
        <source>An authorization arrived although none was started; it was not accepted.</source>
        <translation>Llegó una autorización aunque no se había iniciado ninguna; no se aceptó.</translation>
    </message>
    <message>
        <source>The authorization came back with &quot;%1&quot; twice; it was not accepted.</source>
        <translation>La autorización volvió con «%1» repetido; no se aceptó.</translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1).</source>
        <translation>No se concedió el acceso (el proveedor respondió: %1).</translation>
    </message>
    <message>
        <source>The authorization came back without a request token; it was not accepted.</source>
        <translation>La autorización volvió sin token de solicitud; no se aceptó.</translation>
    </message>
    <message>
        <source>The authorization came back for another request token; it was not accepted. Start the authorization again.</source>
        <translation>La autorización volvió para otro token de solicitud; no se aceptó. Inicie de nuevo la autorización.</translation>
    </message>
    <message>
        <source>The authorization came back without a verifier, so access was not granted.</source>
        <translation>La autorización volvió sin verificador, así que no se concedió el acceso.</translation>
    </message>
    <message>
        <source>it is not a web address</source>
        <translation>no es una dirección web</translation>
    </message>
    <message>
        <source>another scheme</source>
        <translation>otro esquema</translation>
    </message>
    <message>
        <source>a user name in the address</source>
        <translation>un nombre de usuario en la dirección</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>otro host</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>otro puerto</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>otra ruta</translation>
    </message>
    <message>
        <source>a query item of the callback address is missing, different or repeated</source>
        <translation>un parámetro de consulta de la dirección de devolución de llamada falta, es distinto o está repetido</translation>
    </message>
    <message>
        <source>The authorization came back from inside a frame, not from the page itself; it was not accepted.</source>
        <translation>La autorización volvió desde dentro de un marco, no desde la propia página; no se aceptó.</translation>
    </message>
    <message>
        <source>The authorization came back from inside a popup window, not from the page itself; it was not accepted.</source>
        <translation>La autorización volvió desde una ventana emergente, no desde la propia página; no se aceptó.</translation>
    </message>
    <message>
        <source>The authorization came back because a frame or another window sent the page there, not the page itself; it was not accepted.</source>
        <translation>La autorización volvió porque un marco u otra ventana envió allí la página, no la propia página; no se aceptó.</translation>
    </message>
    <message>
        <source>The authorization came back without the state it was sent with, so it cannot be told from a forged one; it was not accepted. Start the authorization again.</source>
        <translation>La autorización volvió sin el state con el que se envió, así que no se puede distinguir de una falsificada; no se aceptó. Inicie de nuevo la autorización.</translation>
    </message>
    <message>
        <source>The authorization came back for another attempt (its state is not this one&apos;s); it was not accepted. Start the authorization again.</source>
        <translation>La autorización volvió para otro intento (su state no es el de este); no se aceptó. Inicie de nuevo la autorización.</translation>
    </message>
    <message>
        <source>The authorization came back with both a refusal (&quot;%1&quot;) and a grant; it was not accepted.</source>
        <translation>La autorización volvió a la vez con una denegación («%1») y una concesión; no se aceptó.</translation>
    </message>
    <message>
        <source>Access was not granted (the provider said: %1: %2).</source>
        <translation>No se concedió el acceso (el proveedor dijo: %1: %2).</translation>
    </message>
    <message>
        <source>The authorization came back without &quot;%1&quot;, so access was not granted.</source>
        <translation>La autorización volvió sin «%1», así que no se concedió el acceso.</translation>
    </message>
    <message>
        <source>The authorization was about to be sent to %1, which is not the callback address %2 (%3). It was stopped and not loaded; start again.</source>
        <translation>La autorización iba a enviarse a %1, que no es la dirección de devolución de llamada %2 (%3). Se detuvo y no se cargó; empiece de nuevo.</translation>
    </message>
    <message>
        <source>The authorization came back without &quot;%1&quot;, which the element needs; it was not accepted.</source>
        <translation>La autorización volvió sin «%1», que el elemento necesita; no se aceptó.</translation>
    </message>
</context>
<context>
    <name>ce::ConnectionPage</name>
    <message>
        <source>never used</source>
        <translation>nunca usado</translation>
    </message>
    <message>
        <source>used today</source>
        <translation>usado hoy</translation>
    </message>
    <message>
        <source>used yesterday</source>
        <translation>usado ayer</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>usado el %1</translation>
    </message>
    <message>
        <source>Your user secret, from the Cloud Elements console (your profile).</source>
        <translation>Su secreto de usuario, de la consola de Cloud Elements (su perfil).</translation>
    </message>
    <message>
        <source>Your organization secret, from the Cloud Elements console.</source>
        <translation>El secreto de su organización, de la consola de Cloud Elements.</translation>
    </message>
    <message>
        <source>Start with what a saved profile remembers, and change what differs.</source>
        <translation>Empiece con lo que recuerda un perfil guardado y cambie lo que sea distinto.</translation>
    </message>
    <message>
        <source>Import instance.json</source>
        <translation>Importar instance.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The keychain had none of this profile&apos;s secrets; enter them.</source>
        <translation>El llavero no tenía ninguno de los secretos de este perfil; introdúzcalos.</translation>
    </message>
    <message>
        <source>A fresh setup</source>
        <translation>Una configuración nueva</translation>
    </message>
    <message>
        <source>Imported %1: the next page shows what it held. Its OAuth values are not used: the authorization is done anew.</source>
        <translation>%1 importado: la página siguiente muestra lo que contenía. Sus valores OAuth no se usan: la autorización se hace de nuevo.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>The secrets are sent only to the environment chosen above, in the Authorization header of each call.</source>
        <translation>Los secretos solo se envían al entorno elegido arriba, en la cabecera Authorization de cada llamada.</translation>
    </message>
    <message>
        <source>Re-&amp;authorize its instance %1 (created %2) instead of creating a new one</source>
        <translation>Vo&amp;lver a autorizar su instancia %1 (creada %2) en lugar de crear una nueva</translation>
    </message>
    <message>
        <source>Re-&amp;authorize its instance %1 instead of creating a new one</source>
        <translation>Volver a autori&amp;zar su instancia %1 en lugar de crear una nueva</translation>
    </message>
    <message>
        <source>Authorizes again and sends the new authorization to the instance (PUT /instances/%1), keeping its id, name, tags and configuration.</source>
        <translation>Autoriza de nuevo y envía la nueva autorización a la instancia (PUT /instances/%1), manteniendo su id, nombre, etiquetas y configuración.</translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>El elemento no puede cambiar mientras la autorización está en curso.</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer and imitates Cloud Elements and the elements&apos; own sign-in pages: nothing leaves this computer. Its secrets are filled in.</source>
        <translation>El sandbox se ejecuta en este equipo e imita a Cloud Elements y las páginas de inicio de sesión de los elementos: nada sale de este equipo. Sus secretos ya están rellenados.</translation>
    </message>
</context>
<context>
    <name>ce::CreatePage</name>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Elemento:</translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation>Nombre de la instancia:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>From the authorization:</source>
        <translation>De la autorización:</translation>
    </message>
    <message>
        <source>(masked below)</source>
        <translation>(oculto abajo)</translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation>Creando la instancia…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Create instance to try again, or go back.</source>
        <translation>No se pierde nada de lo que introdujo: pulse Crear instancia para volver a intentarlo, o vuelva atrás.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Re-authorizing the instance…</source>
        <translation>Volviendo a autorizar la instancia…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Re-authorize instance to try again, or go back.</source>
        <translation>No se pierde nada de lo que introdujo: pulse Volver a autorizar la instancia para intentarlo de nuevo, o vuelva atrás.</translation>
    </message>
</context>
<context>
    <name>ce::CurlDialog</name>
    <message>
        <source>Copied, with the secrets.</source>
        <translation>Copiado, con los secretos.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Step 1: get a request token and its secret</source>
        <translation>Paso 1: obtener un token de solicitud y su secreto</translation>
    </message>
    <message>
        <source>Step 2: get the authorization URL for that token</source>
        <translation>Paso 2: obtener la URL de autorización para ese token</translation>
    </message>
    <message>
        <source>Step 3: open that URL, allow access, then create the instance</source>
        <translation>Paso 3: abrir esa URL, autorizar el acceso y después crear la instancia</translation>
    </message>
    <message>
        <source>Secrets are shown: don&apos;t share these commands.</source>
        <translation>Se muestran los secretos: no comparta estos comandos.</translation>
    </message>
    <message>
        <source>cURL commands</source>
        <translation>Comandos cURL</translation>
    </message>
    <message>
        <source>What the wizard does, as cURL commands for a terminal. The last one sends the body that Export instance.json writes.</source>
        <translation>Lo que hace el asistente, como comandos cURL para un terminal. El último envía el cuerpo que escribe Exportar instance.json.</translation>
    </message>
    <message>
        <source>Step 1: get the authorization URL, with a state of your own</source>
        <translation>Paso 1: obtener la URL de autorización, con un state propio</translation>
    </message>
    <message>
        <source>Step 2: open that URL, allow access, then create the instance with the code the callback carries</source>
        <translation>Paso 2: abrir esa URL, permitir el acceso y luego crear la instancia con el code que trae la devolución de llamada</translation>
    </message>
    <message>
        <source>Create the instance (no authorization: %1 takes the entries as they are)</source>
        <translation>Crear la instancia (sin autorización: %1 toma las entradas tal cual)</translation>
    </message>
</context>
<context>
    <name>ce::DonePage</name>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>El token está en el portapapeles.</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message>
        <source>Saves everything this wizard asked except the secrets, which go to the keychain, so that the next instance needs only what differs.</source>
        <translation>Guarda todo lo que ha preguntado este asistente excepto los secretos, que van al llavero, para que la próxima instancia solo necesite lo que sea distinto.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Gua&amp;rdar el perfil</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>Gua&amp;rdar como perfil</translation>
    </message>
    <message>
        <source>Configuration the platform returned</source>
        <translation>Configuración devuelta por la plataforma</translation>
    </message>
    <message>
        <source>The instance was re-authorized: it keeps its id, name, tags and token.</source>
        <translation>Se volvió a autorizar la instancia: mantiene su id, nombre, etiquetas y token.</translation>
    </message>
    <message>
        <source>The instance was created. Keep its token: every later call on its behalf needs it.</source>
        <translation>Se creó la instancia. Guarde su token: cada llamada posterior en su nombre lo necesita.</translation>
    </message>
</context>
<context>
    <name>ce::ElementCatalog</name>
    <message>
        <source>the built-in descriptor %1</source>
        <translation>el descriptor integrado %1</translation>
    </message>
    <message>
        <source>the descriptor %1 built from the platform&apos;s answer</source>
        <translation>el descriptor %1 construido a partir de la respuesta de la plataforma</translation>
    </message>
    <message>
        <source>the descriptor %1</source>
        <translation>el descriptor %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %Ln bytes.</source>
        <translation>
            <numerusform>El archivo ocupa más de %Ln byte.</numerusform>
            <numerusform>El archivo ocupa más de %Ln bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>A shipped descriptor&apos;s file is named after its id: %1.json.</source>
        <translation>El archivo de un descriptor incluido se llama como su id: %1.json.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken by %2.</source>
        <translation>El id «%1» ya lo usa %2.</translation>
    </message>
    <message>
        <source>The element key &quot;%1&quot; is also that of %2: give this descriptor a &quot;variant&quot; to tell them apart.</source>
        <translation>La clave de elemento «%1» es también la de %2: dé a este descriptor un &quot;variant&quot; para distinguirlos.</translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; of the element key &quot;%2&quot; is also that of %3: choose another.</source>
        <translation>La variante «%1» de la clave de elemento «%2» es también la de %3: elija otra.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer names no element key.</source>
        <translation>La respuesta de la plataforma no indica ninguna clave de elemento.</translation>
    </message>
    <message>
        <source>%1 signs in without OAuth, so no entry feeds a site address to oauth/url.</source>
        <translation>%1 inicia sesión sin OAuth, así que ninguna entrada aporta una dirección de sitio a oauth/url.</translation>
    </message>
    <message>
        <source>The platform lists no configuration entry %1 for %2 to take the site address from.</source>
        <translation>La plataforma no incluye ninguna entrada de configuración %1 de la que %2 pueda tomar la dirección del sitio.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The client ID (API key) of your app at the provider.</source>
        <translation>El ID de cliente (clave de API) de su aplicación en el proveedor.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>The client secret of your app at the provider.</source>
        <translation>El secreto del cliente de su aplicación en el proveedor.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>The callback URL registered with your app at the provider; the authorization comes back to it.</source>
        <translation>La URL de devolución de llamada registrada para su aplicación en el proveedor; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>The platform lists no configuration entries for %1.</source>
        <translation>La plataforma no incluye ninguna entrada de configuración para %1.</translation>
    </message>
    <message>
        <source>The platform&apos;s description of %1 makes no usable descriptor: %2</source>
        <translation>La descripción de %1 de la plataforma no da ningún descriptor utilizable: %2</translation>
    </message>
    <message>
        <source>No descriptor describes the element &quot;%1&quot; (known: %2).</source>
        <translation>Ningún descriptor describe el elemento «%1» (conocidos: %2).</translation>
    </message>
    <message>
        <source>The file fits none of the descriptors of the element &quot;%1&quot;: %2. Give the configuration entries of one of them.</source>
        <translation>El archivo no encaja con ninguno de los descriptores del elemento «%1»: %2. Indique las entradas de configuración de uno de ellos.</translation>
    </message>
    <message>
        <source>The file fits several descriptors of the element &quot;%1&quot;: %2. Give the configuration entry that tells them apart (such as authentication.type).</source>
        <translation>El archivo encaja con varios descriptores del elemento «%1»: %2. Indique la entrada de configuración que los distingue (como authentication.type).</translation>
    </message>
</context>
<context>
    <name>ce::ElementDescription</name>
    <message>
        <source>It is empty.</source>
        <translation>El valor está vacío.</translation>
    </message>
    <message>
        <source>Use the name before .%1, e.g. &quot;acme&quot; for acme.%1.</source>
        <translation>Use el nombre que va antes de .%1, p. ej. «acme» para acme.%1.</translation>
    </message>
    <message>
        <source>Use only letters, digits and hyphens (at most 63), not starting or ending with a hyphen.</source>
        <translation>Use solo letras, dígitos y guiones (63 como máximo), sin guion al principio ni al final.</translation>
    </message>
    <message>
        <source>It is not a valid URL.</source>
        <translation>No es una URL válida.</translation>
    </message>
    <message>
        <source>It must start with https:// or http://.</source>
        <translation>La URL debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <source>It has no host name.</source>
        <translation>La URL no tiene nombre de host.</translation>
    </message>
    <message>
        <source>It must not contain a user name or password.</source>
        <translation>La URL no debe contener ningún nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>It must not contain a #fragment.</source>
        <translation>La URL no debe contener ningún #fragmento.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clave del consumidor</translation>
    </message>
    <message>
        <source>Your FreshBooks system name: for mycompany.freshbooks.com it is mycompany.</source>
        <translation>Su nombre de sistema de FreshBooks: para miempresa.freshbooks.com es miempresa.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secreto del consumidor</translation>
    </message>
    <message>
        <source>The OAuth consumer secret FreshBooks gave you when you registered your app.</source>
        <translation>El secreto del consumidor OAuth que FreshBooks le dio al registrar su aplicación.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección del sitio</translation>
    </message>
    <message>
        <source>The FreshBooks account to connect: for targetcompany.freshbooks.com it is targetcompany.</source>
        <translation>La cuenta de FreshBooks que se conectará: para empresadestino.freshbooks.com es empresadestino.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>The URL you gave FreshBooks when you registered your app; the authorization comes back to it.</source>
        <translation>La URL que indicó a FreshBooks al registrar su aplicación; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this format (a typo?).</source>
        <translation>&quot;%1&quot; no es un campo de este formato (¿una errata?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number above 0 (not %2).</source>
        <translation>&quot;%1&quot; debe ser un número entero mayor que 0 (no %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number in range (not %2).</source>
        <translation>&quot;%1&quot; debe ser un número entero dentro del rango (no %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;oauth1&quot;, &quot;oauth2&quot; or &quot;credentials&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; debe ser &quot;oauth1&quot;, &quot;oauth2&quot; o &quot;credentials&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;text&quot;, &quot;secret&quot;, &quot;boolean&quot; or &quot;choice&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; debe ser &quot;text&quot;, &quot;secret&quot;, &quot;boolean&quot; o &quot;choice&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;text&quot;, &quot;subdomain&quot; or &quot;url&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; debe ser &quot;text&quot;, &quot;subdomain&quot; o &quot;url&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;callback&quot; or &quot;requestToken&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; debe ser &quot;callback&quot; o &quot;requestToken&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;random&quot; or &quot;elementKey&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; debe ser &quot;random&quot; o &quot;elementKey&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; no puede ser &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is null: leave it out instead.</source>
        <translation>&quot;%1&quot; es null: omítalo en su lugar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>{%1} is not the &quot;oauthParameter&quot; of an entry</source>
        <translation>{%1} no es el &quot;oauthParameter&quot; de ninguna entrada</translation>
    </message>
    <message>
        <source>it is not an absolute https:// or http:// URL</source>
        <translation>no es una URL https:// o http:// absoluta</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is 1: version 1 descriptors are no longer read (see &quot;From version 1&quot; in resources/elements/README.md).</source>
        <translation>&quot;schemaVersion&quot; es 1: los descriptores de la versión 1 ya no se leen (vea «From version 1» en resources/elements/README.md).</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is %1; this app reads version %2.</source>
        <translation>&quot;schemaVersion&quot; es %1; esta aplicación lee la versión %2.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and hyphens, starting with a letter or digit (not &quot;%1&quot;).</source>
        <translation>&quot;id&quot; debe constar de letras minúsculas, dígitos y guiones, y empezar por una letra o un dígito (no &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (not &quot;%1&quot;).</source>
        <translation>&quot;key&quot; debe constar de letras minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;, y empezar por una letra o un dígito (no &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Without an &quot;id&quot;, the key &quot;%1&quot; is the descriptor&apos;s id, and an id has no &apos;_&apos;: add an &quot;id&quot;.</source>
        <translation>Sin &quot;id&quot;, la clave «%1» es el id del descriptor, y un id no lleva &apos;_&apos;: añada un &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;sources&quot; needs at least one source: where the facts come from.</source>
        <translation>&quot;sources&quot; necesita al menos una fuente: de dónde salen los datos.</translation>
    </message>
    <message>
        <source>&quot;sources[%1]&quot; is empty.</source>
        <translation>&quot;sources[%1]&quot; está vacío.</translation>
    </message>
    <message>
        <source>A credentials descriptor has no &quot;oauth&quot;: its instances are created without a browser.</source>
        <translation>Un descriptor credentials no tiene &quot;oauth&quot;: sus instancias se crean sin navegador.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for %2 descriptors only.</source>
        <translation>&quot;%1&quot; es solo para descriptores %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one name.</source>
        <translation>&quot;%1&quot; necesita al menos un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an empty name.</source>
        <translation>&quot;%1&quot; contiene un nombre vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot; twice.</source>
        <translation>&quot;%1&quot; nombra &quot;%2&quot; dos veces.</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; needs at least one entry.</source>
        <translation>&quot;configuration&quot; necesita al menos una entrada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has white space in it (&quot;%2&quot;).</source>
        <translation>&quot;%1&quot; contiene espacios en blanco (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key &quot;%2&quot; appears twice.</source>
        <translation>&quot;%1&quot;: la clave &quot;%2&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a choice entry.</source>
        <translation>&quot;%1&quot; es solo para una entrada choice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a credentials descriptor makes no OAuth calls.</source>
        <translation>&quot;%1&quot;: un descriptor credentials no hace llamadas OAuth.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a query parameter name such as apiKey or authentication.type (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; debe ser un nombre de parámetro de consulta como apiKey o authentication.type (no &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;: the app sends that one.</source>
        <translation>&quot;%1&quot; no puede ser &quot;%2&quot;: ese lo envía la aplicación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: another entry already feeds &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;: otra entrada ya aporta &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an &quot;oauthParameter&quot;: the value goes only there.</source>
        <translation>&quot;%1&quot; necesita un &quot;oauthParameter&quot;: el valor solo va ahí.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for text entries.</source>
        <translation>&quot;%1&quot; es solo para entradas text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name such as zendesk.com (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; debe ser un nombre de host como zendesk.com (no &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for an entry of &quot;format&quot;: &quot;subdomain&quot;.</source>
        <translation>&quot;%1&quot; es solo para una entrada con &quot;format&quot;: &quot;subdomain&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must look like &lt;CAPITALS_DIGITS_AND_UNDERSCORES&gt; (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; debe tener la forma &lt;MAYÚSCULAS_DÍGITOS_Y_GUIONES_BAJOS&gt; (no &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a secret entry.</source>
        <translation>&quot;%1&quot; es solo para una entrada secret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a secret entry is never hidden (a secret never lives in a descriptor file).</source>
        <translation>&quot;%1&quot;: una entrada secret nunca está oculta (un secreto nunca está en un archivo de descriptor).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a secret entry has no default (a secret never lives in a descriptor file).</source>
        <translation>&quot;%1&quot;: una entrada secret no tiene valor predeterminado (un secreto nunca está en un archivo de descriptor).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a hidden entry needs a &quot;default&quot;: it is what is sent.</source>
        <translation>&quot;%1&quot;: una entrada oculta necesita un &quot;default&quot;: es lo que se envía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be capitals, digits and &apos;_&apos;, not starting with a digit (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; debe constar de mayúsculas, dígitos y &apos;_&apos;, sin empezar por un dígito (no &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key&apos;s environment variable %2 is not a valid name; give one in &quot;environmentVariable&quot;.</source>
        <translation>&quot;%1&quot;: la variable de entorno de la clave, %2, no es un nombre válido; indique una en &quot;environmentVariable&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 holds the platform&apos;s own secret; name another variable.</source>
        <translation>&quot;%1&quot;: %2 contiene el secreto propio de la plataforma; indique otra variable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the entries %2 and %3 would both read %4.</source>
        <translation>&quot;%1&quot;: las entradas %2 y %3 leerían ambas %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one option.</source>
        <translation>&quot;%1&quot; necesita al menos una opción.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value &quot;%2&quot; appears twice.</source>
        <translation>&quot;%1&quot;: el valor &quot;%2&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; looks like a placeholder, and a placeholder is never accepted as filled in.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; parece un marcador de posición, y un marcador de posición nunca se acepta como valor rellenado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of a boolean entry must be &quot;true&quot; or &quot;false&quot; (not &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; de una entrada boolean debe ser &quot;true&quot; o &quot;false&quot; (no &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not the value of one of the options.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es el valor de ninguna de las opciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site address of %2: %3</source>
        <translation>&quot;%1&quot; no es una dirección de sitio de %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable URL: %2</source>
        <translation>&quot;%1&quot; no es una URL utilizable: %2</translation>
    </message>
    <message>
        <source>A credentials descriptor has no &quot;providerData&quot;: nothing comes back from a provider.</source>
        <translation>Un descriptor credentials no tiene &quot;providerData&quot;: no vuelve nada de un proveedor.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs at least one entry.</source>
        <translation>&quot;providerData&quot; necesita al menos una entrada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only an oauth1 descriptor has a request token.</source>
        <translation>&quot;%1&quot;: solo un descriptor oauth1 tiene token de solicitud.</translation>
    </message>
    <message>
        <source>&quot;instanceDefaults.%1&quot; must be a string or null.</source>
        <translation>&quot;instanceDefaults.%1&quot; debe ser una cadena o null.</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; needs an entry with &quot;oauthParameter&quot;: &quot;%1&quot; (every %2 descriptor has one).</source>
        <translation>&quot;configuration&quot; necesita una entrada con &quot;oauthParameter&quot;: &quot;%1&quot; (todo descriptor %2 tiene una).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the apiSecret entry must have &quot;type&quot;: &quot;secret&quot;.</source>
        <translation>&quot;%1&quot;: la entrada apiSecret debe tener &quot;type&quot;: &quot;secret&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the callbackUrl entry needs &quot;format&quot;: &quot;url&quot;.</source>
        <translation>&quot;%1&quot;: la entrada callbackUrl necesita &quot;format&quot;: &quot;url&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the app checks &quot;state&quot; on the callback and does not send it; it is no providerData key.</source>
        <translation>&quot;%1&quot;: la aplicación comprueba &quot;state&quot; en la devolución de llamada y no lo envía; no es una clave de providerData.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs the entry %1 (every %2 descriptor has it).</source>
        <translation>&quot;providerData&quot; necesita la entrada %1 (todo descriptor %2 la tiene).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the entry must be %2.</source>
        <translation>&quot;%1&quot;: la entrada debe ser %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only one entry comes from the request token.</source>
        <translation>&quot;%1&quot;: solo una entrada procede del token de solicitud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the request token&apos;s secret needs &quot;secret&quot;: true.</source>
        <translation>&quot;%1&quot;: el secreto del token de solicitud necesita &quot;secret&quot;: true.</translation>
    </message>
    <message>
        <source>&quot;providerData&quot; needs one entry with &quot;source&quot;: &quot;requestToken&quot; (the request token&apos;s secret) in an oauth1 descriptor.</source>
        <translation>&quot;providerData&quot; necesita una entrada con &quot;source&quot;: &quot;requestToken&quot; (el secreto del token de solicitud) en un descriptor oauth1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is a providerData key, so it cannot also mean a refusal.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; es una clave de providerData, así que no puede significar también un rechazo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>No es JSON válido (%1).</translation>
    </message>
    <message>
        <source>A descriptor is one JSON object.</source>
        <translation>Un descriptor es un objeto JSON.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Connects a Box account through your Box app with OAuth 2.0.</source>
        <translation>Conecta una cuenta de Box a través de su aplicación de Box con OAuth 2.0.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The Client ID on the Configuration page of your app in the Box developer console.</source>
        <translation>El Client ID de la página Configuration de su aplicación en la consola para desarrolladores de Box.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>The Client Secret on the same Configuration page.</source>
        <translation>El Client Secret de la misma página Configuration.</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>The Redirect URI on your Box app&apos;s Configuration page; the authorization comes back to it.</source>
        <translation>La Redirect URI de la página Configuration de su aplicación de Box; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Connects a Dropbox account through your Dropbox app with OAuth 2.0 (Dropbox Business is the separate element dropboxbusiness).</source>
        <translation>Conecta una cuenta de Dropbox a través de su aplicación de Dropbox con OAuth 2.0 (Dropbox Business es el elemento aparte dropboxbusiness).</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clave de la aplicación</translation>
    </message>
    <message>
        <source>The App key on the Settings tab of your app in the Dropbox App Console.</source>
        <translation>La App key de la pestaña Settings de su aplicación en la App Console de Dropbox.</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de la aplicación</translation>
    </message>
    <message>
        <source>The App secret on the same Settings tab.</source>
        <translation>El App secret de la misma pestaña Settings.</translation>
    </message>
    <message>
        <source>A Redirect URI on your Dropbox app&apos;s Settings tab; the authorization comes back to it.</source>
        <translation>Una Redirect URI de la pestaña Settings de su aplicación de Dropbox; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Document tagging</source>
        <translation>Etiquetado de documentos</translation>
    </message>
    <message>
        <source>Turn on the Documents hub&apos;s tagging for this instance.</source>
        <translation>Activa el etiquetado del hub Documents para esta instancia.</translation>
    </message>
    <message>
        <source>FreshBooks</source>
        <translation>FreshBooks</translation>
    </message>
    <message>
        <source>Add a FreshBooks instance to connect your existing FreshBooks account to the Finance Hub</source>
        <translation>Añada una instancia de FreshBooks para conectar su cuenta de FreshBooks existente al Finance Hub</translation>
    </message>
    <message>
        <source>FreshBooks Cloud Accounting</source>
        <translation>FreshBooks Cloud Accounting</translation>
    </message>
    <message>
        <source>Connects a FreshBooks account (the new FreshBooks, not Classic) through your FreshBooks app with OAuth 2.0.</source>
        <translation>Conecta una cuenta de FreshBooks (el nuevo FreshBooks, no Classic) a través de su aplicación de FreshBooks con OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID of your app on the FreshBooks developer page (my.freshbooks.com/#/developer).</source>
        <translation>El Client ID de su aplicación en la página para desarrolladores de FreshBooks (my.freshbooks.com/#/developer).</translation>
    </message>
    <message>
        <source>The Client Secret of the same FreshBooks app.</source>
        <translation>El Client Secret de la misma aplicación de FreshBooks.</translation>
    </message>
    <message>
        <source>A Redirect URI registered on your FreshBooks app; the authorization comes back to it.</source>
        <translation>Una Redirect URI registrada en su aplicación de FreshBooks; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>The FreshBooks business (company) name the instance works with by default, as FreshBooks shows it.</source>
        <translation>El nombre de la empresa de FreshBooks con la que trabaja la instancia de forma predeterminada, tal como lo muestra FreshBooks.</translation>
    </message>
    <message>
        <source>Freshdesk V2</source>
        <translation>Freshdesk V2</translation>
    </message>
    <message>
        <source>Connects a Freshdesk helpdesk with an agent&apos;s API key.</source>
        <translation>Conecta un helpdesk de Freshdesk con la clave de API de un agente.</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdominio</translation>
    </message>
    <message>
        <source>The helpdesk to connect: for mycompany.freshdesk.com it is mycompany.</source>
        <translation>El helpdesk que se conectará: para miempresa.freshdesk.com es miempresa.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The agent&apos;s Freshdesk API key, from Profile settings (top right) &gt; View API key.</source>
        <translation>La clave de API de Freshdesk del agente, en Profile settings (arriba a la derecha) &gt; View API key.</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>Connects a Google Drive through your Google OAuth client.</source>
        <translation>Conecta un Google Drive a través de su cliente OAuth de Google.</translation>
    </message>
    <message>
        <source>The Client ID of your OAuth client (Google Cloud console &gt; APIs &amp; Services &gt; Credentials).</source>
        <translation>El ID de cliente de su cliente OAuth (consola de Google Cloud &gt; APIs &amp; servicios &gt; Credenciales).</translation>
    </message>
    <message>
        <source>The Client secret of the same OAuth client.</source>
        <translation>El secreto del cliente del mismo cliente OAuth.</translation>
    </message>
    <message>
        <source>An Authorized redirect URI of your OAuth client; the authorization comes back to it.</source>
        <translation>Un URI de redireccionamiento autorizado de su cliente OAuth; la autorización vuelve a él.</translation>
    </message>
    <message>
        <source>Root folder name</source>
        <translation>Nombre de la carpeta raíz</translation>
    </message>
    <message>
        <source>The Drive folder the instance treats as its root, as Cloud Elements&apos; own form offers it; leave empty unless you need it.</source>
        <translation>La carpeta de Drive que la instancia trata como su raíz, tal como la ofrece el formulario de Cloud Elements; déjela vacía salvo que la necesite.</translation>
    </message>
    <message>
        <source>HubSpot Marketing</source>
        <translation>HubSpot Marketing</translation>
    </message>
    <message>
        <source>Connects a HubSpot Marketing account with its API key (HAPIkey), without a browser step.</source>
        <translation>Conecta una cuenta de HubSpot Marketing con su clave de API (HAPIkey), sin paso por el navegador.</translation>
    </message>
    <message>
        <source>The account&apos;s HubSpot API key (HAPIkey), from HubSpot&apos;s settings under Integrations &gt; API key.</source>
        <translation>La clave de API de HubSpot de la cuenta (HAPIkey), en la configuración de HubSpot en Integrations &gt; API key.</translation>
    </message>
    <message>
        <source>Create bulk properties</source>
        <translation>Crear propiedades masivas</translation>
    </message>
    <message>
        <source>Create the custom HubSpot properties that bulk uploads (migrations) need.</source>
        <translation>Crea las propiedades personalizadas de HubSpot que necesitan las cargas masivas (migraciones).</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Tipo de autenticación</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses an API key.</source>
        <translation>Indica a la plataforma que esta instancia usa una clave de API.</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Connects a HubSpot Marketing account through your HubSpot app with OAuth 2.0.</source>
        <translation>Conecta una cuenta de HubSpot Marketing a través de su aplicación de HubSpot con OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID on the Auth tab of your app in your HubSpot developer account.</source>
        <translation>El Client ID de la pestaña Auth de su aplicación en su cuenta de desarrollador de HubSpot.</translation>
    </message>
    <message>
        <source>The Client secret on the same Auth tab.</source>
        <translation>El Client secret de la misma pestaña Auth.</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirección</translation>
    </message>
    <message>
        <source>The Redirect URL registered on your HubSpot app; the authorization comes back to it.</source>
        <translation>La Redirect URL registrada en su aplicación de HubSpot; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Space-separated HubSpot scopes your app asks for; leave empty for Cloud Elements&apos; default (contacts timeline files content reports social automation forms). Basic accounts: leave out automation.</source>
        <translation>Los ámbitos de HubSpot que pide su aplicación, separados por espacios; déjelo vacío para los predeterminados de Cloud Elements (contacts timeline files content reports social automation forms). Cuentas Basic: omita automation.</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses OAuth 2.0.</source>
        <translation>Indica a la plataforma que esta instancia usa OAuth 2.0.</translation>
    </message>
    <message>
        <source>Mailchimp v3</source>
        <translation>Mailchimp v3</translation>
    </message>
    <message>
        <source>Connects a Mailchimp account through your registered Mailchimp app (Mailchimp API 3.0).</source>
        <translation>Conecta una cuenta de Mailchimp a través de su aplicación registrada de Mailchimp (API de Mailchimp 3.0).</translation>
    </message>
    <message>
        <source>The Client ID of your app under Mailchimp&apos;s Profile &gt; Extras &gt; Registered apps.</source>
        <translation>El Client ID de su aplicación en Profile &gt; Extras &gt; Registered apps de Mailchimp.</translation>
    </message>
    <message>
        <source>The Client Secret of the same registered app.</source>
        <translation>El Client Secret de la misma aplicación registrada.</translation>
    </message>
    <message>
        <source>The Redirect URI of your registered Mailchimp app; the authorization comes back to it.</source>
        <translation>La Redirect URI de su aplicación registrada de Mailchimp; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>NetSuite 2016 ERP</source>
        <translation>NetSuite 2016 ERP</translation>
    </message>
    <message>
        <source>Token-based</source>
        <translation>Basada en tokens</translation>
    </message>
    <message>
        <source>Connects a NetSuite account with token-based authentication (an integration record and an access token).</source>
        <translation>Conecta una cuenta de NetSuite con autenticación basada en tokens (un registro de integración y un token de acceso).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <source>Your NetSuite account ID, under Setup &gt; Company &gt; Company Information.</source>
        <translation>El ID de su cuenta de NetSuite, en Setup &gt; Company &gt; Company Information.</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Cuenta sandbox</translation>
    </message>
    <message>
        <source>Connect a NetSuite sandbox account instead of production.</source>
        <translation>Conectar una cuenta sandbox de NetSuite en lugar de la de producción.</translation>
    </message>
    <message>
        <source>The Consumer Key shown once when you save an integration record with Token-Based Authentication (Setup &gt; Integration &gt; Manage Integrations).</source>
        <translation>La Consumer Key que se muestra una sola vez al guardar un registro de integración con Token-Based Authentication (Setup &gt; Integration &gt; Manage Integrations).</translation>
    </message>
    <message>
        <source>The Consumer Secret shown with the Consumer Key.</source>
        <translation>El Consumer Secret que se muestra con la Consumer Key.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID del token</translation>
    </message>
    <message>
        <source>The Token ID shown once when you create an access token for that integration (Setup &gt; Users/Roles &gt; Access Tokens).</source>
        <translation>El Token ID que se muestra una sola vez al crear un token de acceso para esa integración (Setup &gt; Users/Roles &gt; Access Tokens).</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secreto del token</translation>
    </message>
    <message>
        <source>The Token Secret shown with the Token ID.</source>
        <translation>El Token Secret que se muestra con el Token ID.</translation>
    </message>
    <message>
        <source>Single session</source>
        <translation>Sesión única</translation>
    </message>
    <message>
        <source>Send this account one request at a time; some trial NetSuite accounts need it.</source>
        <translation>Enviar a esta cuenta una solicitud cada vez; algunas cuentas de prueba de NetSuite lo necesitan.</translation>
    </message>
    <message>
        <source>Single session lock key</source>
        <translation>Clave de bloqueo de sesión única</translation>
    </message>
    <message>
        <source>Any letters and digits, unique within your Cloud Elements environment, that name this account&apos;s session lock.</source>
        <translation>Letras y dígitos cualesquiera, únicos en su entorno de Cloud Elements, que dan nombre al bloqueo de sesión de esta cuenta.</translation>
    </message>
    <message>
        <source>Tells the platform this instance uses token-based (custom) authentication.</source>
        <translation>Indica a la plataforma que esta instancia usa autenticación basada en tokens (custom).</translation>
    </message>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Connects a QuickBooks Online company through an Intuit app created after 17 July 2017 (OAuth 2.0; older apps use OAuth 1.0a, not covered here).</source>
        <translation>Conecta una empresa de QuickBooks Online a través de una aplicación de Intuit creada después del 17 de julio de 2017 (OAuth 2.0; las aplicaciones anteriores usan OAuth 1.0a, que no se cubre aquí).</translation>
    </message>
    <message>
        <source>The Client ID on the Keys &amp; OAuth page of your app in the Intuit developer portal.</source>
        <translation>El Client ID de la página Keys &amp; OAuth de su aplicación en el portal para desarrolladores de Intuit.</translation>
    </message>
    <message>
        <source>The Client Secret on the same Keys &amp; OAuth page.</source>
        <translation>El Client Secret de la misma página Keys &amp; OAuth.</translation>
    </message>
    <message>
        <source>A Redirect URI on your Intuit app&apos;s Keys &amp; OAuth page; the authorization comes back to it.</source>
        <translation>Una Redirect URI de la página Keys &amp; OAuth de su aplicación de Intuit; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Sandbox company</source>
        <translation>Empresa sandbox</translation>
    </message>
    <message>
        <source>Connect a QuickBooks sandbox company instead of a live one.</source>
        <translation>Conectar una empresa sandbox de QuickBooks en lugar de una real.</translation>
    </message>
    <message>
        <source>API minor version</source>
        <translation>Versión secundaria de la API</translation>
    </message>
    <message>
        <source>The QuickBooks Online API minor version the instance asks for; leave empty for the platform&apos;s default.</source>
        <translation>La versión secundaria de la API de QuickBooks Online que pide la instancia; déjela vacía para la predeterminada de la plataforma.</translation>
    </message>
    <message>
        <source>Tells the platform to use OAuth 2.0 rather than the older OAuth 1.0a.</source>
        <translation>Indica a la plataforma que use OAuth 2.0 en lugar del antiguo OAuth 1.0a.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>The Intuit scope the instance is granted: the accounting API.</source>
        <translation>El ámbito de Intuit que se concede a la instancia: la API de contabilidad.</translation>
    </message>
    <message>
        <source>Salesforce Sales Cloud</source>
        <translation>Salesforce Sales Cloud</translation>
    </message>
    <message>
        <source>Connects a Salesforce org through your Salesforce connected app with OAuth 2.0.</source>
        <translation>Conecta una organización de Salesforce a través de su aplicación conectada de Salesforce con OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Consumer Key of your connected app (Salesforce Setup &gt; App Manager &gt; your app &gt; View).</source>
        <translation>La clave del consumidor de su aplicación conectada (Configuración de Salesforce &gt; Gestor de aplicaciones &gt; su aplicación &gt; Ver).</translation>
    </message>
    <message>
        <source>The Consumer Secret of the same connected app.</source>
        <translation>El secreto del consumidor de la misma aplicación conectada.</translation>
    </message>
    <message>
        <source>A Callback URL of your connected app; the authorization comes back to it.</source>
        <translation>Una URL de devolución de llamada de su aplicación conectada; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de inicio de sesión</translation>
    </message>
    <message>
        <source>Leave empty for production (login.salesforce.com); for a sandbox org enter http://test.salesforce.com, or your My Domain login URL.</source>
        <translation>Déjela vacía para producción (login.salesforce.com); para una organización sandbox introduzca http://test.salesforce.com, o la URL de inicio de sesión de su Mi dominio.</translation>
    </message>
    <message>
        <source>Filter null values</source>
        <translation>Filtrar los valores null</translation>
    </message>
    <message>
        <source>Leave null values out of the instance&apos;s API responses (the platform&apos;s default).</source>
        <translation>Omitir los valores null de las respuestas de la API de la instancia (el comportamiento predeterminado de la plataforma).</translation>
    </message>
    <message>
        <source>SharePoint</source>
        <translation>SharePoint</translation>
    </message>
    <message>
        <source>Connects a SharePoint site&apos;s document library through your SharePoint app with OAuth 2.0.</source>
        <translation>Conecta la biblioteca de documentos de un sitio de SharePoint a través de su aplicación de SharePoint con OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client Id you generated when registering your app on SharePoint (_layouts/15/appregnew.aspx).</source>
        <translation>El Client Id que generó al registrar su aplicación en SharePoint (_layouts/15/appregnew.aspx).</translation>
    </message>
    <message>
        <source>The Client Secret generated with the same app registration.</source>
        <translation>El Client Secret generado con el mismo registro de la aplicación.</translation>
    </message>
    <message>
        <source>The Redirect URI of your SharePoint app registration; the authorization comes back to it.</source>
        <translation>La Redirect URI del registro de su aplicación de SharePoint; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Your SharePoint host name without https://, e.g. mycompany.sharepoint.com.</source>
        <translation>Su nombre de host de SharePoint sin https://, p. ej. miempresa.sharepoint.com.</translation>
    </message>
    <message>
        <source>Document library</source>
        <translation>Biblioteca de documentos</translation>
    </message>
    <message>
        <source>The name of the SharePoint document library the instance works in.</source>
        <translation>El nombre de la biblioteca de documentos de SharePoint en la que trabaja la instancia.</translation>
    </message>
    <message>
        <source>The SharePoint permissions the instance is granted.</source>
        <translation>Los permisos de SharePoint que se conceden a la instancia.</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Connects a Shopify shop through your Shopify app with OAuth 2.0.</source>
        <translation>Conecta una tienda de Shopify a través de su aplicación de Shopify con OAuth 2.0.</translation>
    </message>
    <message>
        <source>The Client ID (API key) of your app in the Shopify Partner dashboard.</source>
        <translation>El ID de cliente (clave de API) de su aplicación en el panel de Shopify Partner.</translation>
    </message>
    <message>
        <source>The Client secret (API secret key) of the same app.</source>
        <translation>El secreto del cliente (clave secreta de API) de la misma aplicación.</translation>
    </message>
    <message>
        <source>An allowed redirection URL of your Shopify app; the authorization comes back to it.</source>
        <translation>Una URL de redireccionamiento permitida de su aplicación de Shopify; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>The shop to connect: for mycompany.myshopify.com it is mycompany.</source>
        <translation>La tienda que se conectará: para miempresa.myshopify.com es miempresa.</translation>
    </message>
    <message>
        <source>Comma-separated Shopify access scopes the instance is granted, as your app requests them.</source>
        <translation>Los ámbitos de acceso de Shopify que se conceden a la instancia, separados por comas, tal como los pide su aplicación.</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Connects a Stripe account with its secret API key.</source>
        <translation>Conecta una cuenta de Stripe con su clave de API secreta.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>The account&apos;s secret API key (sk_live_... or sk_test_...), from the Stripe Dashboard under Developers &gt; API keys.</source>
        <translation>La clave de API secreta de la cuenta (sk_live_... o sk_test_...), en el Dashboard de Stripe en Desarrolladores &gt; Claves de API.</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Connects a Zendesk account through your Zendesk OAuth client.</source>
        <translation>Conecta una cuenta de Zendesk a través de su cliente OAuth de Zendesk.</translation>
    </message>
    <message>
        <source>Unique identifier</source>
        <translation>Identificador único</translation>
    </message>
    <message>
        <source>The Unique identifier of your OAuth client (Zendesk Admin Center, API &gt; OAuth Clients).</source>
        <translation>El identificador único de su cliente OAuth (Centro de administración de Zendesk, API &gt; Clientes OAuth).</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>The Secret of the same OAuth client, shown once when you save it.</source>
        <translation>El secreto del mismo cliente OAuth, que se muestra una sola vez al guardarlo.</translation>
    </message>
    <message>
        <source>A Redirect URL of your OAuth client; the authorization comes back to it.</source>
        <translation>Una URL de redireccionamiento de su cliente OAuth; la autorización vuelve a ella.</translation>
    </message>
    <message>
        <source>The Zendesk account to connect: for mycompany.zendesk.com it is mycompany.</source>
        <translation>La cuenta de Zendesk que se conectará: para miempresa.zendesk.com es miempresa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one method: &quot;webhook&quot; or &quot;polling&quot;.</source>
        <translation>&quot;%1&quot; necesita al menos un método: &quot;webhook&quot; o &quot;polling&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither &quot;webhook&quot; nor &quot;polling&quot;.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es ni &quot;webhook&quot; ni &quot;polling&quot;.</translation>
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
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Your file (replaces the built-in one)</source>
        <translation>Su archivo (sustituye al integrado)</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Su archivo</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>La plataforma</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Inicia sesión con</translation>
    </message>
    <message>
        <source>Described by</source>
        <translation>Descrito por</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>The element&apos;s key on the platform, as in GET /elements/{key}.</source>
        <translation>La clave del elemento en la plataforma, como en GET /elements/{key}.</translation>
    </message>
    <message>
        <source>The platform does not say which of its entries is the site address of the account to connect; choose it, or none.</source>
        <translation>La plataforma no dice cuál de sus entradas es la dirección del sitio de la cuenta que se conectará; elíjala, o ninguna.</translation>
    </message>
    <message>
        <source>Another element, described by the platform…</source>
        <translation>Otro elemento, descrito por la plataforma…</translation>
    </message>
    <message>
        <source>For an element with no descriptor here: the platform&apos;s own description (GET /elements/{key}) makes the form.</source>
        <translation>Para un elemento sin descriptor aquí: la propia descripción de la plataforma (GET /elements/{key}) forma el formulario.</translation>
    </message>
    <message>
        <source>Not used, because of a mistake: %1</source>
        <translation>No se usa, por un error: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Choose an element.</source>
        <translation>Elija un elemento.</translation>
    </message>
    <message>
        <source>Look the element up first.</source>
        <translation>Consulte primero el elemento.</translation>
    </message>
    <message>
        <source>Enter the element&apos;s key.</source>
        <translation>Introduzca la clave del elemento.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>None: it has no site address</source>
        <translation>Ninguna: no tiene dirección de sitio</translation>
    </message>
    <message numerus="yes">
        <source>%1 signs in with %2; entries to fill in: %n.</source>
        <translation>
            <numerusform>%1 inicia sesión con %2; entrada que rellenar: %n.</numerusform>
            <numerusform>%1 inicia sesión con %2; entradas que rellenar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>El elemento no puede cambiar mientras la autorización está en curso.</translation>
    </message>
    <message>
        <source>Export element descriptor</source>
        <translation>Exportar el descriptor del elemento</translation>
    </message>
    <message>
        <source>Element descriptors (*.json)</source>
        <translation>Descriptores de elementos (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ce::Environment</name>
    <message>
        <source>The sandbox runs inside the app; to use a standalone one, start &quot;ce-provisioner serve-sandbox&quot; and pass the URL it prints.</source>
        <translation>El sandbox se ejecuta dentro de la aplicación; para usar uno independiente, inicie &quot;ce-provisioner serve-sandbox&quot; e indique la URL que muestra.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use us, eu, staging, snapshot or a base URL.</source>
        <translation>Entorno desconocido «%1»: use us, eu, staging, snapshot o una URL base.</translation>
    </message>
    <message>
        <source>Enter the base URL of the Cloud Elements API.</source>
        <translation>Introduzca la URL base de la API de Cloud Elements.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>No es una URL válida.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>La URL debe empezar por https://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>La URL no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>La URL no debe contener ningún nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The URL must not contain a query (?) or fragment (#).</source>
        <translation>La URL no debe contener ninguna consulta (?) ni fragmento (#).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1); use https:// for %1.</source>
        <translation>El http:// sin cifrar solo se permite para este equipo (localhost, 127.0.0.1); use https:// para %1.</translation>
    </message>
    <message>
        <source>US production</source>
        <translation>Producción (EE. UU.)</translation>
    </message>
    <message>
        <source>EU production</source>
        <translation>Producción UE</translation>
    </message>
    <message>
        <source>US staging</source>
        <translation>Staging (EE. UU.)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sandbox integrado</translation>
    </message>
</context>
<context>
    <name>ce::EventSettings</name>
    <message>
        <source>Not set (the platform&apos;s default: off)</source>
        <translation>Sin definir (valor predeterminado de la plataforma: desactivado)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>by webhook</source>
        <translation>por webhook</translation>
    </message>
    <message>
        <source>by polling</source>
        <translation>por polling</translation>
    </message>
    <message>
        <source>by polling every %1 minutes</source>
        <translation>por polling cada %1 minutos</translation>
    </message>
    <message>
        <source>On: %1, posted to %2</source>
        <translation>Activado: %1, enviados a %2</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, firmados</translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation>%1 (%2) sigue siendo el marcador de posición %3.</translation>
    </message>
    <message>
        <source>Events on (%1) must be &quot;true&quot; or &quot;false&quot;, not &quot;%2&quot;.</source>
        <translation>Eventos activados (%1) debe ser &quot;true&quot; o &quot;false&quot;, no «%2».</translation>
    </message>
    <message>
        <source>The events&apos; vendor type (%1) must be &quot;webhook&quot; or &quot;polling&quot;, not &quot;%2&quot;.</source>
        <translation>El tipo de proveedor de los eventos (%1) debe ser &quot;webhook&quot; o &quot;polling&quot;, no «%2».</translation>
    </message>
    <message>
        <source>%1 delivers events by %2 only (%3).</source>
        <translation>%1 solo entrega eventos por %2 (%3).</translation>
    </message>
    <message>
        <source>The events callback URL</source>
        <translation>La URL de devolución de llamada de los eventos</translation>
    </message>
    <message>
        <source>%1 (%2) is missing: the events are posted there.</source>
        <translation>Falta %1 (%2): los eventos se envían allí.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The events signature key</source>
        <translation>La clave de firma de los eventos</translation>
    </message>
    <message>
        <source>The events refresh interval</source>
        <translation>El intervalo de actualización de los eventos</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number of minutes above 0, not &quot;%3&quot;.</source>
        <translation>%1 (%2) debe ser un número entero de minutos mayor que 0, no «%3».</translation>
    </message>
    <message>
        <source>%1 (%2) applies only to polling (%3 &quot;polling&quot;).</source>
        <translation>%1 (%2) solo se aplica al polling (%3 &quot;polling&quot;).</translation>
    </message>
</context>
<context>
    <name>ce::EventsPage</name>
    <message>
        <source>%1 calls Cloud Elements (webhook)</source>
        <translation>%1 llama a Cloud Elements (webhook)</translation>
    </message>
    <message>
        <source>Cloud Elements asks %1 (polling)</source>
        <translation>Cloud Elements consulta a %1 (polling)</translation>
    </message>
    <message>
        <source>Events are posted to the callback URL as JSON. With a signature key, each post carries a signature made with it, so that your server can tell it comes from Cloud Elements. The key is kept in the keychain with the profile.</source>
        <translation>Los eventos se envían a la URL de devolución de llamada como JSON. Con una clave de firma, cada envío lleva una firma hecha con ella, para que su servidor pueda saber que viene de Cloud Elements. La clave se guarda en el llavero con el perfil.</translation>
    </message>
    <message>
        <source>Where Cloud Elements posts the events: an address of your server, http or https.</source>
        <translation>Dónde envía Cloud Elements los eventos: una dirección de su servidor, http o https.</translation>
    </message>
    <message>
        <source>How often Cloud Elements asks for new events, in whole minutes.</source>
        <translation>Cada cuánto pide Cloud Elements eventos nuevos, en minutos enteros.</translation>
    </message>
</context>
<context>
    <name>ce::ExportDialog</name>
    <message>
        <source>The body of POST /instances, as Cloud Elements documents it. Send it again with &quot;ce-provisioner create --from FILE&quot; or cURL, or import it to start a new setup.</source>
        <translation>El cuerpo de POST /instances, tal como lo documenta Cloud Elements. Vuelva a enviarlo con &quot;ce-provisioner create --from FILE&quot; o cURL, o impórtelo para empezar una configuración nueva.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export instance.json</source>
        <translation>Exportar instance.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Elija un archivo.</translation>
    </message>
    <message>
        <source>Not exported: %1 was kept as it is. Choose another name.</source>
        <translation>No se ha exportado: %1 se ha conservado tal cual. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? What it holds now will be lost.</source>
        <translation>%1 ya existe. ¿Reemplazarlo? Lo que contiene ahora se perderá.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>The file will hold the %1 secrets and the OAuth values: anyone who reads it can create an instance for this account. Keep it private (it is written readable by you only).</source>
        <translation>El archivo contendrá los secretos de %1 y los valores OAuth: cualquiera que lo lea puede crear una instancia para esta cuenta. Manténgalo privado (se escribe legible solo para usted).</translation>
    </message>
    <message>
        <source>Secrets are written as placeholders such as %1.</source>
        <translation>Los secretos se escriben como marcadores de posición del tipo %1.</translation>
    </message>
</context>
<context>
    <name>ce::InstanceRequest</name>
    <message>
        <source>%1 (%2) is missing.</source>
        <translation>Falta %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) is still the placeholder %3.</source>
        <translation>%1 (%2) sigue siendo el marcador de posición %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The instance name (name) is missing.</source>
        <translation>Falta el nombre de la instancia (name).</translation>
    </message>
    <message>
        <source>The instance name (name) is still the placeholder %1.</source>
        <translation>El nombre de la instancia (name) sigue siendo el marcador de posición %1.</translation>
    </message>
    <message>
        <source>Tag %1 is empty.</source>
        <translation>La etiqueta %1 está vacía.</translation>
    </message>
    <message>
        <source>Tag %1 (tags[%2]) is still the placeholder %3.</source>
        <translation>La etiqueta %1 (tags[%2]) sigue siendo el marcador de posición %3.</translation>
    </message>
    <message>
        <source>The element key (element.key) is missing.</source>
        <translation>Falta la clave del elemento (element.key).</translation>
    </message>
    <message>
        <source>The element key is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>La clave del elemento es «%1»; se esperaba «%2».</translation>
    </message>
    <message>
        <source>%1 is missing: it comes from the OAuth exchange.</source>
        <translation>Falta %1: procede del intercambio OAuth.</translation>
    </message>
    <message>
        <source>%1 is still the placeholder %2.</source>
        <translation>%1 sigue siendo el marcador de posición %2.</translation>
    </message>
    <message>
        <source>Missing required entries: %1.</source>
        <translation>Faltan entradas obligatorias: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Line %1: this is not valid JSON (%2).</source>
        <translation>Línea %1: no es JSON válido (%2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, like Cloud Elements&apos; instance.json.</source>
        <translation>El archivo debe contener un único objeto JSON, como el instance.json de Cloud Elements.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of names and values.</source>
        <translation>&quot;%1&quot; debe ser un objeto de nombres y valores.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a string.</source>
        <translation>&quot;%1.%2&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must hold only strings (entry %1 does not).</source>
        <translation>&quot;tags&quot; solo debe contener cadenas (la entrada %1 no lo es).</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings.</source>
        <translation>&quot;tags&quot; debe ser una lista de cadenas.</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string.</source>
        <translation>&quot;name&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB; an instance.json is a few hundred bytes.</source>
        <translation>El archivo ocupa más de 1 MiB; un instance.json ocupa unos cientos de bytes.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>No es un archivo de texto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>No se puede escribir %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>&quot;element&quot; is missing: it must be {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</source>
        <translation>Falta &quot;element&quot;: debe ser {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</translation>
    </message>
    <message>
        <source>&quot;element&quot; must be an object such as {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</source>
        <translation>&quot;element&quot; debe ser un objeto como {&quot;key&quot;: &quot;&lt;element key&gt;&quot;}.</translation>
    </message>
    <message>
        <source>&quot;element.key&quot; must be a non-empty string: the element key.</source>
        <translation>&quot;element.key&quot; debe ser una cadena no vacía: la clave del elemento.</translation>
    </message>
    <message>
        <source>It must be true or false.</source>
        <translation>Debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; no es una de las opciones.</translation>
    </message>
    <message numerus="yes">
        <source>And %Ln more problems.</source>
        <translation>
            <numerusform>Y %Ln problema más.</numerusform>
            <numerusform>Y %Ln problemas más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::InstanceVerification</name>
    <message>
        <source>Checking the instance with the platform…</source>
        <translation>Comprobando la instancia con la plataforma…</translation>
    </message>
    <message>
        <source>Could not check instance %1 with the platform: %2</source>
        <translation>No se pudo comprobar la instancia %1 con la plataforma: %2</translation>
    </message>
    <message>
        <source>Checked: the platform has instance %1, but it is disabled.</source>
        <translation>Comprobado: la plataforma tiene la instancia %1, pero está desactivada.</translation>
    </message>
    <message>
        <source>Checked: the platform reports instance %1 as valid.</source>
        <translation>Comprobado: la plataforma indica que la instancia %1 es válida.</translation>
    </message>
    <message>
        <source>Checked: the platform reports instance %1 as not valid: its authorization did not work. Re-authorize it from the Instances window.</source>
        <translation>Comprobado: la plataforma indica que la instancia %1 no es válida: su autorización no funcionó. Vuelva a autorizarla desde la ventana Instancias.</translation>
    </message>
</context>
<context>
    <name>ce::InstancesController</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>la instancia %1</translation>
    </message>
    <message>
        <source>Could not list the instances: %1</source>
        <translation>No se pudieron listar las instancias: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>No se pudo cambiar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Could not enable %1: %2</source>
        <translation>No se pudo activar %1: %2</translation>
    </message>
    <message>
        <source>Could not disable %1: %2</source>
        <translation>No se pudo desactivar %1: %2</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>Se activó %1.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Se desactivó %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
</context>
<context>
    <name>ce::InstancesModel</name>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>ce::InstancesWindow</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Lists the instances again (F5).</source>
        <translation>Vuelve a listar las instancias (F5).</translation>
    </message>
    <message>
        <source>The tags replace all of the instance&apos;s tags.</source>
        <translation>Las etiquetas sustituyen todas las etiquetas de la instancia.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Instances: %1 (%2)</source>
        <translation>Instancias: %1 (%2)</translation>
    </message>
    <message>
        <source>Instances: %1</source>
        <translation>Instancias: %1</translation>
    </message>
    <message>
        <source>Listing the instances…</source>
        <translation>Listando las instancias…</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>Seleccione una instancia para ver sus detalles.</translation>
    </message>
    <message>
        <source>Instance %1 of %2, %3, created %4.</source>
        <translation>Instancia %1 de %2, %3, creada %4.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en una fecha desconocida</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <source>Delete instance?</source>
        <translation>¿Eliminar la instancia?</translation>
    </message>
    <message>
        <source>Delete the instance &quot;%1&quot; (id %2)?</source>
        <translation>¿Eliminar la instancia «%1» (id %2)?</translation>
    </message>
    <message>
        <source>Cloud Elements deletes it and its token: whatever uses it stops working. This cannot be undone.</source>
        <translation>Cloud Elements la elimina junto con su token: todo lo que la usa deja de funcionar. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message numerus="yes">
        <source>Instances listed: %n.</source>
        <translation>
            <numerusform>Instancias listadas: %n.</numerusform>
            <numerusform>Instancias listadas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of the %n listed.</source>
        <translation>
            <numerusform>Mostradas: %1 de las %n listadas.</numerusform>
            <numerusform>Mostradas: %1 de las %n listadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so secrets are not saved: you will enter them again next time.</source>
        <translation>No hay ningún llavero disponible en este equipo (no se está ejecutando ningún Secret Service), así que los secretos no se guardan: los introducirá de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <translation>Operación no admitida.</translation>
    </message>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>No hay ningún secreto guardado con este nombre.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so secrets are not saved: you will enter them again next time.</source>
        <translation>El llavero está bloqueado o ha denegado el acceso, así que los secretos no se guardan: los introducirá de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>El llavero está bloqueado o ha denegado el acceso (%1).</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1).</source>
        <translation>El llavero no pudo eliminar el secreto (%1).</translation>
    </message>
    <message>
        <source>The keychain does not work (%1), so secrets are not saved: you will enter them again next time.</source>
        <translation>El llavero no funciona (%1), así que los secretos no se guardan: los introducirá de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>ce::LoopbackCallbackListener</name>
    <message>
        <source>No authorization arrived at %1 within %2.</source>
        <translation>No llegó ninguna autorización a %1 en %2.</translation>
    </message>
    <message>
        <source>The callback URL is not an absolute URL.</source>
        <translation>La URL de devolución de llamada no es una URL absoluta.</translation>
    </message>
    <message>
        <source>Only an http:// callback URL on this computer can be received by the app itself.</source>
        <translation>Solo una URL de devolución de llamada http:// en este equipo puede recibirla la propia aplicación.</translation>
    </message>
    <message>
        <source>The callback URL&apos;s host must be 127.0.0.1, localhost or [::1] for the app to receive it.</source>
        <translation>El host de la URL de devolución de llamada debe ser 127.0.0.1, localhost o [::1] para que la aplicación la reciba.</translation>
    </message>
    <message>
        <source>The callback URL must name its port (http://127.0.0.1:8123/...) for the app to receive it.</source>
        <translation>La URL de devolución de llamada debe indicar su puerto (http://127.0.0.1:8123/...) para que la aplicación la reciba.</translation>
    </message>
    <message>
        <source>The callback URL must not hold a user name.</source>
        <translation>La URL de devolución de llamada no debe contener ningún nombre de usuario.</translation>
    </message>
    <message>
        <source>The app is already waiting for an authorization at %1.</source>
        <translation>La aplicación ya está esperando una autorización en %1.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the app cannot receive the authorization at %2. Close that program, or use a callback URL with another port (and register it with the provider).</source>
        <translation>El puerto %1 de este equipo lo usa otro programa, así que la aplicación no puede recibir la autorización en %2. Cierre ese programa o use una URL de devolución de llamada con otro puerto (y regístrela en el proveedor).</translation>
    </message>
    <message>
        <source>The app cannot listen on %1 port %2: %3</source>
        <translation>La aplicación no puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The app cannot listen on port %1 of this computer.</source>
        <translation>La aplicación no puede escuchar en el puerto %1 de este equipo.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>La solicitud era demasiado grande.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>No se pudo leer la solicitud.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>This server answers only this computer&apos;s own address.</source>
        <translation>Este servidor solo responde a la dirección propia de este equipo.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Only the browser&apos;s return from the provider is expected here.</source>
        <translation>Aquí solo se espera la vuelta del navegador desde el proveedor.</translation>
    </message>
    <message>
        <source>CE Provisioner received the authorization. You can close this tab and return to the app.</source>
        <translation>CE Provisioner ha recibido la autorización. Puede cerrar esta pestaña y volver a la aplicación.</translation>
    </message>
    <message>
        <source>CE Provisioner received the authorization for %1. You can close this tab and return to the app.</source>
        <translation>CE Provisioner ha recibido la autorización para %1. Puede cerrar esta pestaña y volver a la aplicación.</translation>
    </message>
    <message>
        <source>Authorization received</source>
        <translation>Autorización recibida</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This address is not the one CE Provisioner is waiting for.</source>
        <translation>Esta dirección no es la que espera CE Provisioner.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Acceso no concedido</translation>
    </message>
    <message>
        <source>Access was not granted. Return to CE Provisioner to start again.</source>
        <translation>No se concedió el acceso. Vuelva a CE Provisioner para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <source>This is not the authorization CE Provisioner is waiting for, so it was not accepted. Return to the app.</source>
        <translation>Esta no es la autorización que espera CE Provisioner, así que no se aceptó. Vuelva a la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ce::Messages</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>ce::Profile</name>
    <message>
        <source>The field &quot;%1&quot; is not a date.</source>
        <translation>El campo «%1» no es una fecha.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a valid date.</source>
        <translation>El campo «%1» no es una fecha válida.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation>El campo «%1» no es texto.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo «%1».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>El campo «%1» está vacío.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold a profile (it is not a JSON object).</source>
        <translation>El archivo no contiene un perfil (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>The file has no schemaVersion: it is not a CE Provisioner profile.</source>
        <translation>El archivo no tiene schemaVersion: no es un perfil de CE Provisioner.</translation>
    </message>
    <message>
        <source>The file&apos;s schemaVersion is not a positive whole number.</source>
        <translation>El schemaVersion del archivo no es un número entero positivo.</translation>
    </message>
    <message>
        <source>The profile was made by a newer CE Provisioner (profile format %1; this version reads format %2).</source>
        <translation>El perfil lo creó una versión más reciente de CE Provisioner (formato de perfil %1; esta versión lee el formato %2).</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is unknown.</source>
        <translation>El entorno «%1» es desconocido.</translation>
    </message>
    <message>
        <source>The custom base URL is not a valid absolute URL.</source>
        <translation>La URL base personalizada no es una URL absoluta válida.</translation>
    </message>
    <message>
        <source>The environment is &quot;custom&quot; but the custom base URL is missing.</source>
        <translation>El entorno es «custom», pero falta la URL base personalizada.</translation>
    </message>
    <message>
        <source>The configuration entry &quot;%1&quot; is not text.</source>
        <translation>La entrada de configuración «%1» no es texto.</translation>
    </message>
    <message>
        <source>A tag is not text.</source>
        <translation>Una etiqueta no es texto.</translation>
    </message>
    <message>
        <source>The last instance&apos;s id is missing or not a whole number.</source>
        <translation>Falta el ID de la última instancia o no es un número entero.</translation>
    </message>
    <message>
        <source>The profile is for the element &quot;%1&quot;, not %2.</source>
        <translation>El perfil es para el elemento «%1», no %2.</translation>
    </message>
    <message>
        <source>The profile&apos;s custom base URL cannot be used: %1</source>
        <translation>No se puede usar la URL base personalizada del perfil: %1</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not an object.</source>
        <translation>El campo «%1» no es un objeto.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a list.</source>
        <translation>El campo «%1» no es una lista.</translation>
    </message>
    <message>
        <source>The element description it carries cannot be used: %1</source>
        <translation>La descripción del elemento que lleva no se puede usar: %1</translation>
    </message>
    <message>
        <source>The element description it carries is not the one of its element (&quot;%1&quot;).</source>
        <translation>La descripción del elemento que lleva no es la de su elemento (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The element description it carries is not a JSON object.</source>
        <translation>La descripción del elemento que lleva no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>ce::ProfileSession</name>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the keychain.</source>
        <translation>Perfil «%1» guardado; sus secretos están en el llavero.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, without its secrets.</source>
        <translation>Perfil «%1» guardado, sin sus secretos.</translation>
    </message>
    <message>
        <source>The keychain refused them.</source>
        <translation>El llavero los rechazó.</translation>
    </message>
    <message>
        <source>The profile is for the element &quot;%1&quot;, which no element descriptor here describes.</source>
        <translation>El perfil es del elemento «%1», que ningún descriptor de elemento de aquí describe.</translation>
    </message>
    <message>
        <source>The profile is for the element descriptor &quot;%1&quot;, which is not here (was it your own file, or looked up on the platform?).</source>
        <translation>El perfil es del descriptor de elemento «%1», que no está aquí (¿era su propio archivo, o consultado en la plataforma?).</translation>
    </message>
    <message>
        <source>The element cannot change while the authorization runs.</source>
        <translation>El elemento no puede cambiar mientras la autorización está en curso.</translation>
    </message>
</context>
<context>
    <name>ce::ProfileStore</name>
    <message>
        <source>The file is a link to a file that does not exist.</source>
        <translation>El archivo es un enlace a un archivo que no existe.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>It is not a file (a folder or a device).</source>
        <translation>No es un archivo (es una carpeta o un dispositivo).</translation>
    </message>
    <message>
        <source>The file is too large to be a profile (%1 bytes).</source>
        <translation>El archivo es demasiado grande para ser un perfil (%1 bytes).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a folder.</source>
        <translation>La carpeta de perfiles %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be read.</source>
        <translation>No se puede leer la carpeta de perfiles %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id.</source>
        <translation>«%1» no es un ID de perfil.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de perfiles %1.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>The profile is too large to be saved (%1 bytes).</source>
        <translation>El perfil es demasiado grande para guardarlo (%1 bytes).</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>No se puede guardar el perfil: %1</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer CE Provisioner and is not overwritten.</source>
        <translation>El archivo %1 lo creó una versión más reciente de CE Provisioner y no se sobrescribe.</translation>
    </message>
    <message>
        <source>The file %1 is damaged, so it is not overwritten (delete it first to reuse its name). %2</source>
        <translation>El archivo %1 está dañado, así que no se sobrescribe (elimínelo antes para reutilizar su nombre). %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read, so it is not overwritten. %2</source>
        <translation>No se puede leer el archivo %1, así que no se sobrescribe. %2</translation>
    </message>
    <message>
        <source>The profile could not be saved in %1: %2.</source>
        <translation>No se pudo guardar el perfil en %1: %2.</translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation>no se pudo escribir todo</translation>
    </message>
    <message>
        <source>The profile could not be written (%1); the previous version is unchanged.</source>
        <translation>No se pudo escribir el perfil (%1); la versión anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>El perfil ya no existe.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1.</source>
        <translation>No se pudo eliminar el perfil: %1.</translation>
    </message>
    <message>
        <source>The profiles are being changed by another CE Provisioner; nothing was changed. Try again in a moment.</source>
        <translation>Otro CE Provisioner está cambiando los perfiles; no se ha cambiado nada. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>ce::ProfilesDialog</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Profiles are kept in %1. Their secrets are in the system keychain, never in these files.</source>
        <translation>Los perfiles se guardan en %1. Sus secretos están en el llavero del sistema, nunca en estos archivos.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renombrado a «%1».</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy with F2 or Rename.</source>
        <translation>Duplicado. Cambie el nombre de la copia con F2 o Cambiar nombre.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? The instances it created stay.</source>
        <translation>¿Eliminar el perfil «%1» y sus secretos del llavero? Las instancias que creó se conservan.</translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2 Delete it?</source>
        <translation>El archivo %1 no se puede usar: %2 ¿Eliminarlo?</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>¿Eliminar el perfil?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningFlow</name>
    <message>
        <source>This file is for the element &quot;%1&quot;, not %2.</source>
        <translation>Este archivo es para el elemento «%1», no %2.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Elija un entorno.</translation>
    </message>
    <message>
        <source>Enter the user secret.</source>
        <translation>Introduzca el secreto de usuario.</translation>
    </message>
    <message>
        <source>Enter the organization secret.</source>
        <translation>Introduzca el secreto de la organización.</translation>
    </message>
    <message>
        <source>%1 is needed for the authorization.</source>
        <translation>%1 es necesario para la autorización.</translation>
    </message>
    <message>
        <source>The instance has no id.</source>
        <translation>La instancia no tiene ID.</translation>
    </message>
    <message>
        <source>The instance %1 is of the element &quot;%2&quot;, not %3.</source>
        <translation>La instancia %1 es del elemento «%2», no %3.</translation>
    </message>
    <message>
        <source>The instance is being created or re-authorized.</source>
        <translation>La instancia se está creando o volviendo a autorizar.</translation>
    </message>
    <message>
        <source>This file is for another way of connecting %1: its %2 is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Este archivo es para otra forma de conectar %1: su %2 es «%3», no «%4».</translation>
    </message>
</context>
<context>
    <name>ce::ProvisioningWizard</name>
    <message>
        <source>CE Provisioner: new %1 instance</source>
        <translation>CE Provisioner: nueva instancia de %1</translation>
    </message>
    <message>
        <source>&amp;Create instance</source>
        <translation>&amp;Crear instancia</translation>
    </message>
    <message>
        <source>Request lo&amp;g</source>
        <translation>Re&amp;gistro de solicitudes</translation>
    </message>
    <message>
        <source>&amp;View as cURL</source>
        <translation>&amp;Ver como cURL</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was created, but its details are not saved. Close anyway?</source>
        <translation>Se creó la instancia «%1», pero sus datos no están guardados. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>What you entered will be lost. Close the wizard anyway?</source>
        <translation>Lo que ha introducido se perderá. ¿Cerrar el asistente de todos modos?</translation>
    </message>
    <message>
        <source>Close CE Provisioner?</source>
        <translation>¿Cerrar CE Provisioner?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Seguir &amp;trabajando</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About CE Provisioner (F1)</source>
        <translation>Acerca de CE Provisioner (F1)</translation>
    </message>
    <message>
        <source>Ins&amp;tances…</source>
        <translation>Ins&amp;tancias…</translation>
    </message>
    <message>
        <source>Lists the instances of the environment chosen on the first page: details, rename, enable or disable, delete.</source>
        <translation>Lista las instancias del entorno elegido en la primera página: detalles, cambiar el nombre, activar o desactivar, eliminar.</translation>
    </message>
    <message>
        <source>CE Provisioner: re-authorize %1 instance %2</source>
        <translation>CE Provisioner: volver a autorizar la instancia de %1 %2</translation>
    </message>
    <message>
        <source>&amp;Re-authorize instance</source>
        <translation>Volver a a&amp;utorizar la instancia</translation>
    </message>
</context>
<context>
    <name>ce::RequestLog</name>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Llamada: %1</translation>
    </message>
    <message>
        <source>Status: %1, %2 ms</source>
        <translation>Estado: %1, %2 ms</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Cuerpo de la solicitud:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Cuerpo de la respuesta:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>ce::RequestLogDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Guardar el registro de solicitudes</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Calls to Cloud Elements</source>
        <translation>Llamadas a Cloud Elements</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>La llamada seleccionada</translation>
    </message>
</context>
<context>
    <name>ce::SecretLineEdit</name>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
</context>
<context>
    <name>ce::SecretStore</name>
    <message>
        <source>A secret needs a profile id and a key.</source>
        <translation>Un secreto necesita un ID de perfil y una clave.</translation>
    </message>
    <message>
        <source>within 1 second</source>
        <translation>en 1 segundo</translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation>en %1 segundos</translation>
    </message>
    <message>
        <source>The keychain did not answer %1.</source>
        <translation>El llavero no respondió %1.</translation>
    </message>
    <message>
        <source>The keychain did not answer %1, so secrets are not saved: you will enter them again next time.</source>
        <translation>El llavero no respondió %1, así que los secretos no se guardan: los introducirá de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>ce::TagEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Escriba una etiqueta y pulse Intro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Etiqueta nueva</translation>
    </message>
</context>
<context>
    <name>ce::TokenPage</name>
    <message>
        <source>Getting a request token from %1…</source>
        <translation>Obteniendo un token de solicitud de %1…</translation>
    </message>
    <message>
        <source>Getting the authorization page&apos;s address…</source>
        <translation>Obteniendo la dirección de la página de autorización…</translation>
    </message>
    <message>
        <source>Ready. Next shows %1&apos;s authorization page, where the account owner allows access.</source>
        <translation>Listo. Siguiente muestra la página de autorización de %1, donde el titular de la cuenta autoriza el acceso.</translation>
    </message>
    <message>
        <source>Cancelled. Retry when you are ready.</source>
        <translation>Cancelado. Pulse Reintentar cuando esté listo.</translation>
    </message>
    <message>
        <source>Cloud Elements asks %1 for a request token and the address of its authorization page.</source>
        <translation>Cloud Elements pide a %1 un token de solicitud y la dirección de su página de autorización.</translation>
    </message>
</context>
<context>
    <name>ce::cli</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation>El sandbox no puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>create needs --from FILE (an instance.json).</source>
        <translation>create necesita --from FILE (un instance.json).</translation>
    </message>
    <message>
        <source>create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).</source>
        <translation>create necesita --environment NAME|URL (us, eu, staging, snapshot o una URL base).</translation>
    </message>
    <message>
        <source>User secret</source>
        <translation>Secreto de usuario</translation>
    </message>
    <message>
        <source>Organization secret</source>
        <translation>Secreto de la organización</translation>
    </message>
    <message>
        <source>Set CE_USER_SECRET and CE_ORGANIZATION_SECRET in the environment (secrets are never taken from arguments).</source>
        <translation>Defina CE_USER_SECRET y CE_ORGANIZATION_SECRET en el entorno (los secretos nunca se toman de los argumentos).</translation>
    </message>
    <message>
        <source>Sandbox ready. It accepts the user secret %1 and the organization secret %2. Stop it with Ctrl+C.</source>
        <translation>Sandbox listo. Acepta el secreto de usuario %1 y el secreto de organización %2. Deténgalo con Ctrl+C.</translation>
    </message>
    <message>
        <source>the wizard is not installed (no %1); install the package ce-provisioner-gui, or use a command (see --help).</source>
        <translation>el asistente no está instalado (no existe %1); instale el paquete ce-provisioner-gui o use un comando (vea --help).</translation>
    </message>
    <message>
        <source>the wizard (%1) cannot be started: %2.</source>
        <translation>no se puede iniciar el asistente (%1): %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Vea --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2; see --help.</source>
        <translation>Argumento inesperado «%1» después de %2; vea --help.</translation>
    </message>
    <message>
        <source>%1 is an option of the wizard (no command), not of %2; see --help.</source>
        <translation>%1 es una opción del asistente (sin comando), no de %2; vea --help.</translation>
    </message>
    <message>
        <source>%1 is an option of %2, and no command was given; see --help.</source>
        <translation>%1 es una opción de %2, y no se ha indicado ningún comando; vea --help.</translation>
    </message>
    <message>
        <source>%1 is an option of %2, not of %3; see --help.</source>
        <translation>%1 es una opción de %2, no de %3; vea --help.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--timeout debe ser un número entero de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Usar este idioma en lugar del idioma del sistema: %1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the available languages are %2.</source>
        <translation>Idioma desconocido «%1»; los idiomas disponibles son %2.</translation>
    </message>
    <message>
        <source>No callback address on standard input: paste the address the browser ended on after the approval.</source>
        <translation>No hay dirección de devolución de llamada en la entrada estándar: pegue la dirección en la que terminó el navegador tras la aprobación.</translation>
    </message>
    <message>
        <source>That is not the callback address %1.</source>
        <translation>Esa no es la dirección de devolución de llamada %1.</translation>
    </message>
    <message>
        <source>The callback did not arrive.</source>
        <translation>La devolución de llamada no llegó.</translation>
    </message>
    <message>
        <source>This app does not know the element &quot;%1&quot; (known: %2).</source>
        <translation>Esta aplicación no conoce el elemento «%1» (conocidos: %2).</translation>
    </message>
    <message>
        <source>The instance %1 is of the element &quot;%2&quot;: name its descriptor with --element ID (known: %3).</source>
        <translation>La instancia %1 es del elemento «%2»: indique su descriptor con --element ID (conocidos: %3).</translation>
    </message>
    <message>
        <source>--events-vendor is webhook or polling, not &quot;%1&quot;.</source>
        <translation>--events-vendor es webhook o polling, no «%1».</translation>
    </message>
    <message>
        <source>--events-vendor and --events-interval need events on: give --events-url URL.</source>
        <translation>--events-vendor y --events-interval necesitan los eventos activados: indique --events-url URL.</translation>
    </message>
    <message>
        <source>note: the instance&apos;s events signature key is not sent again (the platform never shows it); set %1 to keep one.</source>
        <translation>nota: la clave de firma de los eventos de la instancia no se vuelve a enviar (la plataforma nunca la muestra); defina %1 para conservar una.</translation>
    </message>
    <message>
        <source>(The options: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; the secrets from the environment: %1.)</source>
        <translation>(Las opciones: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; los secretos del entorno: %1.)</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve; the answer comes back here (%1):</source>
        <translation>Abra esta dirección en un navegador y apruebe; la respuesta vuelve aquí (%1):</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve, then paste here the address the browser ends on:</source>
        <translation>Abra esta dirección en un navegador y apruebe; luego pegue aquí la dirección en la que termina el navegador:</translation>
    </message>
    <message>
        <source>Events signature key</source>
        <translation>Clave de firma de los eventos</translation>
    </message>
    <message>
        <source>(no instances)</source>
        <translation>(ninguna instancia)</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the element&apos;s descriptor id, as elements lists it (reauthorize: the instance&apos;s by default).</source>
        <translation>authorize, reauthorize: el identificador del descriptor del elemento, tal como lo lista elements (reauthorize: el de la instancia de forma predeterminada).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the consumer key (API key).</source>
        <translation>authorize, reauthorize: la clave del consumidor (clave de API).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the site address.</source>
        <translation>authorize, reauthorize: la dirección del sitio.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the callback URL registered with the provider (a loopback one, http://127.0.0.1:PORT/..., is received here).</source>
        <translation>authorize, reauthorize: la URL de devolución de llamada registrada en el proveedor (una de bucle invertido, http://127.0.0.1:PORT/..., se recibe aquí).</translation>
    </message>
    <message>
        <source>authorize, reauthorize: the instance&apos;s name.</source>
        <translation>authorize, reauthorize: el nombre de la instancia.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: a tag of the instance (repeat it for several); instances list: only instances with this tag.</source>
        <translation>authorize, reauthorize: una etiqueta de la instancia (repítala para varias); instances list: solo las instancias con esta etiqueta.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: turn events on, posted to this URL.</source>
        <translation>authorize, reauthorize: activar los eventos, enviados a esta URL.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: how events are learnt of: webhook (default) or polling.</source>
        <translation>authorize, reauthorize: cómo se conocen los eventos: webhook (predeterminado) o polling.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: polling: every this many minutes.</source>
        <translation>authorize, reauthorize: polling: cada cuántos minutos.</translation>
    </message>
    <message>
        <source>authorize, reauthorize: turn events off.</source>
        <translation>authorize, reauthorize: desactivar los eventos.</translation>
    </message>
    <message>
        <source>instances needs one of list, get, delete, enable or disable; see --help.</source>
        <translation>instances necesita list, get, delete, enable o disable; vea --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;instances %1&quot;: instances takes list, get, delete, enable or disable; see --help.</source>
        <translation>Comando desconocido «instances %1»: instances admite list, get, delete, enable o disable; vea --help.</translation>
    </message>
    <message>
        <source>%1 needs the instance&apos;s ID; see --help.</source>
        <translation>%1 necesita el ID de la instancia; vea --help.</translation>
    </message>
    <message>
        <source>%1: the instance&apos;s ID is a whole number above 0, not &quot;%2&quot;.</source>
        <translation>%1: el ID de la instancia es un número entero mayor que 0, no «%2».</translation>
    </message>
    <message>
        <source>the commands that call the platform</source>
        <translation>los comandos que llaman a la plataforma</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>authorize needs --name NAME (the instance&apos;s name).</source>
        <translation>authorize necesita --name NAME (el nombre de la instancia).</translation>
    </message>
    <message>
        <source>--no-events turns events off: it goes with no other --events option.</source>
        <translation>--no-events desactiva los eventos: no va con ninguna otra opción --events.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the wizard on the built-in sandbox.</source>
        <translation>Abrir el asistente con el sandbox integrado.</translation>
    </message>
    <message>
        <source>serve-sandbox: the port to listen on (0: any free port).</source>
        <translation>serve-sandbox: el puerto en el que escuchar (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>serve-sandbox: approve every authorization at once, without the consent page.</source>
        <translation>serve-sandbox: aprobar cada autorización al instante, sin la página de consentimiento.</translation>
    </message>
    <message>
        <source>create: the instance.json to send.</source>
        <translation>create: el instance.json que se enviará.</translation>
    </message>
    <message>
        <source>Log every HTTP call on standard error (secrets redacted).</source>
        <translation>Registrar cada llamada HTTP en la salida de error estándar (secretos ocultos).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Comando desconocido «%1»; vea --help.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it under a virtual display: xvfb-run -a %1</source>
        <translation>no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas); ejecútelo en una pantalla virtual: xvfb-run -a %1</translation>
    </message>
    <message>
        <source>running as root, so the embedded browser runs without Chromium&apos;s sandbox; run as a normal user to keep it.</source>
        <translation>se ejecuta como root, así que el navegador integrado funciona sin el sandbox de Chromium; ejecútelo como usuario normal para conservarlo.</translation>
    </message>
    <message>
        <source>this is the wizard; run the commands with ce-provisioner (see ce-provisioner --help).</source>
        <translation>este es el asistente; ejecute los comandos con ce-provisioner (vea ce-provisioner --help).</translation>
    </message>
    <message>
        <source>Every command but serve-sandbox: us, eu, staging, snapshot or a base URL.</source>
        <translation>Todos los comandos salvo serve-sandbox: us, eu, staging, snapshot o una URL base.</translation>
    </message>
    <message>
        <source>Every command but serve-sandbox: give up on a call after this many seconds (default 30).</source>
        <translation>Todos los comandos salvo serve-sandbox: abandonar una llamada tras este número de segundos (30 de forma predeterminada).</translation>
    </message>
    <message>
        <source>elements: print the list as JSON.</source>
        <translation>elements: mostrar la lista como JSON.</translation>
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
        <translation>Crear instancias de Cloud Elements (elementos OAuth 2.0, OAuth 1.0a y de credenciales) con un asistente.

Comandos:
  (ninguno)                  abrir el asistente
  serve-sandbox              ejecutar el sandbox integrado de Cloud Elements en 127.0.0.1
  create                     enviar un instance.json por POST y mostrar la instancia creada
  authorize                  autorizar en un navegador, crear la instancia, mostrarla
  reauthorize ID             autorizar de nuevo, enviar la instancia por PUT, mostrarla
  instances list             mostrar las instancias como JSON (una tabla en un terminal)
  instances get ID           mostrar una instancia como JSON
  instances delete ID        eliminar una instancia
  instances enable ID        activar una instancia
  instances disable ID       desactivar una instancia
  elements                   listar los elementos que esta aplicación puede aprovisionar

Los secretos se leen del entorno, nunca de los argumentos: CE_USER_SECRET,
CE_ORGANIZATION_SECRET, CE_EVENTS_SIGNATURE_KEY y, para cada secreto del elemento,
la variable que nombra su descriptor (elements --json las lista; de forma predeterminada, la
clave en mayúsculas: oauth.api.secret es OAUTH_API_SECRET), o para un secreto de
providerData, CE_PROVIDER_DATA_ y su clave (CE_PROVIDER_DATA_CODE). Si falta alguno
necesario y la entrada estándar es un terminal, se pide sin eco.</translation>
    </message>
    <message>
        <source>serve-sandbox, create, authorize, reauthorize, instances or elements; none opens the wizard.</source>
        <translation>serve-sandbox, create, authorize, reauthorize, instances o elements; sin comando se abre el asistente.</translation>
    </message>
</context>
</TS>
