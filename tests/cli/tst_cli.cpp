// The command line of the built ce-provisioner, run as a real process:
//   - a table of argument orders (options before and after the command, every kind of
//     mistake the parser refuses, --help and --version anywhere, the wizard without a
//     display), each with its exit code, standard output and standard error;
//   - `create` against a raw fake Cloud Elements whose error answers carry the secrets
//     (in the reason phrase, the JSON message, an HTML page): nothing printed holds one;
//   - `create` filling an export's events signature key placeholder from
//     CE_EVENTS_SIGNATURE_KEY (and refusing the file without it);
//   - the no-echo secret prompt on a pseudo-terminal: the terminal gets its echo back
//     however the prompt ends (an answer, end of input, Ctrl+C, SIGTERM, SIGHUP);
//   - `elements` and `elements --json`, and their options refused elsewhere;
//   - no GUI in the command line: what the executable links (readelf), what its commands
//     load (the dynamic loader's own report) and map while they run (/proc/<pid>/maps):
//     no Qt Gui, Widgets or WebEngine, no X11, OpenGL or D-Bus; and without the wizard's
//     module, the wizard says in one line which package to install.
#include "procfigures.h"
#include "rawhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString program = QStringLiteral(CEP_BINARY_DIR "/ce-provisioner");

// The secrets of the runs: each with a character JSON escapes ('"', '\') and ones a URL
// encodes ('+', '/', '='), so that every spelling of them can be looked for.
const QString consumerSecret = u"cli+consumer/secret=\"7\\q"_s;
const QString userSecret = u"cli-user-secret-5b1e"_s;
const QString organizationSecret = u"cli-org-secret-9c2f"_s;

QStringList spellings(const QString &secret)
{
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    QStringList all = {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                       QString::fromUtf8(json.mid(2, json.size() - 4))};  // ["..."]
    all.removeDuplicates();
    return all;
}

// A raw HTTP server standing in for Cloud Elements' POST /instances: answers each request
// with `answer` (a whole HTTP response, to the byte) and closes.
class FakeCloud
{
public:
    QByteArray answer;
    int requests = 0;
    QByteArray lastBody;

    bool listen()
    {
        m_server.setHandler([this](const ce::test::RawHttpServer::Request &request) {
            ++requests;
            lastBody = request.body;
            return ce::test::RawHttpServer::Answer::raw(answer);
        });
        return m_server.listen();
    }
    QString baseUrl() const { return u"http://127.0.0.1:%1/elements/api-v2"_s.arg(m_server.port()); }

    static QByteArray response(const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body)
    {
        return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    ce::test::RawHttpServer m_server;
};

QByteArray createdAnswer()
{
    const QJsonObject instance{{u"id"_s, 4711},
                               {u"name"_s, u"From tst_cli"_s},
                               {u"token"_s, u"cli-instance-token-0123456789"_s},
                               {u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}, {u"id"_s, 172}}},
                               {u"valid"_s, true},
                               {u"disabled"_s, false},
                               {u"tags"_s, QJsonArray{u"cli"_s}},
                               {u"configuration"_s, QJsonObject{{u"oauth.api.secret"_s, u"********"_s}}}};
    return FakeCloud::response("200 OK", "application/json", QJsonDocument(instance).toJson(QJsonDocument::Compact));
}

// The answers of a server that echoes what it was sent, the consumer secret among it.
QByteArray echoingAnswer(const QString &how)
{
    const QByteArray secret = consumerSecret.toUtf8();
    if (how == "reason"_L1)  // the reason phrase itself: "400 Bad secret <secret>"
        return FakeCloud::response("400 Bad secret " + secret, "application/json", "{}");
    if (how == "message"_L1) {  // Cloud Elements' JSON message, the secret JSON-escaped in it
        const QJsonObject o{{u"message"_s, QString(u"Bad secret "_s + consumerSecret + u" for apiSecret="_s + consumerSecret)},
                            {u"providerMessage"_s, QString(u"{\"requestTokenSecret\":\"provider-side-9f8e7d\"} "_s + userSecret)},
                            {u"requestId"_s, u"0123456789abcdef"_s}};
        return FakeCloud::response("400 Bad Request", "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (how == "html"_L1)  // a gateway's page quoting the request
        return FakeCloud::response("502 Bad Gateway " + userSecret.toUtf8(), "text/html",
                                   "<html><body>apiSecret=" + secret + " " + organizationSecret.toUtf8()
                                       + "</body></html>");
    return {};
}

}  // namespace

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arguments_data();
    void arguments();
    void promptRestoresTerminal_data();
    void promptRestoresTerminal();
    void linksNoGui();
    void loadsNoGui_data();
    void loadsNoGui();
    void mapsNoGuiWhileRunning_data();
    void mapsNoGuiWhileRunning();
    void wizardNotInstalled();
    void createFillsTheEventsSignatureKey();

private:
    QString writeInstanceJson(const QString &name, const QString &apiSecret);
    static int freePort();

    // The arguments of a row with its placeholders filled in.
    QStringList expand(QStringList arguments, int port) const;

    static QProcessEnvironment environment(const QStringList &changes);
    static void checkNoSecret(const QString &output);

    QTemporaryDir m_dir;
    QString m_file;  // a complete instance.json, the consumer secret in it
    QString m_placeholderFile;  // the same with the consumer secret's placeholder
    FakeCloud m_cloud;
};

QString TstCli::writeInstanceJson(const QString &name, const QString &apiSecret)
{
    const QJsonObject o{
        {u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}}},
        {u"providerData"_s, QJsonObject{{u"oauth_token"_s, u"cli-request-token-1234"_s},
                                       {u"oauth_verifier"_s, u"cli-verifier-5678"_s},
                                       {u"secret"_s, u"cli-token-secret-9abc"_s}}},
        {u"configuration"_s, QJsonObject{{u"oauth.api.key"_s, u"mycompany"_s},
                                        {u"oauth.api.secret"_s, apiSecret},
                                        {u"freshbooks.site.address"_s, u"acme"_s}}},
        {u"tags"_s, QJsonArray{u"cli"_s}},
        {u"name"_s, u"From tst_cli"_s}};
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) <= 0)
        return {};
    return f.fileName();
}

int TstCli::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : -1;
}

QStringList TstCli::expand(QStringList arguments, int port) const
{
    for (QString &a : arguments) {
        a.replace(u"{file}"_s, m_file);
        a.replace(u"{base}"_s, m_cloud.baseUrl());
        a.replace(u"{port}"_s, QString::number(port));
    }
    return arguments;
}

QProcessEnvironment TstCli::environment(const QStringList &changes)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"CE_USER_SECRET"_s, userSecret);
    env.insert(u"CE_ORGANIZATION_SECRET"_s, organizationSecret);
    env.remove(u"FRESHBOOKS_CONSUMER_SECRET"_s);
    for (const QString &change : changes) {
        if (change.startsWith(u'-'))
            env.remove(change.mid(1));
        else
            env.insert(change.section(u'=', 0, 0), change.section(u'=', 1));
    }
    return env;
}

void TstCli::checkNoSecret(const QString &output)
{
    for (const QString &secret : {consumerSecret, userSecret, organizationSecret}) {
        for (const QString &spelling : spellings(secret))
            QVERIFY2(!output.contains(spelling), qPrintable(u"\"%1\" in:\n"_s.arg(spelling) + output));
    }
}

void TstCli::initTestCase()
{
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QVERIFY(m_dir.isValid());
    m_file = writeInstanceJson(u"instance.json"_s, consumerSecret);
    m_placeholderFile = writeInstanceJson(u"placeholder.json"_s, u"<INSERT_FRESHBOOKS_API_SECRET>"_s);
    QVERIFY(!m_file.isEmpty() && !m_placeholderFile.isEmpty());
    QVERIFY(m_cloud.listen());
}

// exitCode -1: a server that keeps running; it must print its URL, then it is stopped.
// stdout/stderr: regular expressions the whole output must match ("" = nothing printed).
void TstCli::arguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPattern");
    QTest::addColumn<QString>("stderrPattern");

    const QString created = u"(?s)\\{.*\"id\": 4711,.*\"name\": \"From tst_cli\".*\\}\\n"_s;
    const QString url = u"http://127\\.0\\.0\\.1:(\\d+)/elements/api-v2\\n"_s;
    const QString banner = u"Sandbox ready\\. It accepts the user secret sandbox-user-secret and the organization "
                           u"secret sandbox-organization-secret\\. Stop it with Ctrl\\+C\\.\\n"_s;
    const QString usage = u"(?s)Usage: .*ce-provisioner \\[options\\] \\[command\\]\\n.*--environment <NAME\\|URL>.*"_s;
    const QString version = u"ce-provisioner \\d+\\.\\d+\\.\\d+\\n"_s;
    const auto error = [](const QString &message) -> QString {
        return u"ce-provisioner: "_s + QRegularExpression::escape(message) + u"\\n"_s;
    };
    const QStringList none;
    const QStringList noPlatform = {u"-QT_QPA_PLATFORM"_s};
    const QString noDisplay = u"ce-provisioner: no display found \\(DISPLAY and WAYLAND_DISPLAY are unset\\); "
                              u"run it under a virtual display: xvfb-run -a .*ce-provisioner.*\\n"_s;
    const auto row = [&](const char *name, const QStringList &arguments, int exitCode, const QString &out,
                         const QString &err, const QStringList &env = {}) {
        QTest::newRow(name) << arguments << env << exitCode << out << err;
    };

    // create: options before, after and around the command (the cases first).
    row("--environment URL create --from FILE", {u"--environment"_s, u"{base}"_s, u"create"_s, u"--from"_s, u"{file}"_s},
        0, created, u""_s);
    row("--timeout 5 create ...", {u"--timeout"_s, u"5"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s},
        0, created, u""_s);
    row("create --from FILE --environment URL", {u"create"_s, u"--from"_s, u"{file}"_s, u"--environment"_s, u"{base}"_s},
        0, created, u""_s);
    row("--from FILE -e URL --timeout 9 create",
        {u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s, u"--timeout"_s, u"9"_s, u"create"_s}, 0, created, u""_s);
    row("--from=FILE create --environment=URL",
        {u"--from={file}"_s, u"create"_s, u"--environment={base}"_s}, 0, created, u""_s);
    row("-- after the options", {u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s, u"--"_s, u"create"_s}, 0, created,
        u""_s);

    // serve-sandbox.
    row("-p 0 serve-sandbox", {u"-p"_s, u"0"_s, u"serve-sandbox"_s}, -1, url, banner);
    row("serve-sandbox -p 0", {u"serve-sandbox"_s, u"-p"_s, u"0"_s}, -1, url, banner);
    row("--port N --auto-approve serve-sandbox", {u"--port"_s, u"{port}"_s, u"--auto-approve"_s, u"serve-sandbox"_s},
        -1, url, banner);
    row("serve-sandbox --auto-approve --port=N", {u"serve-sandbox"_s, u"--auto-approve"_s, u"--port={port}"_s}, -1,
        url, banner);
    row("serve-sandbox", {u"serve-sandbox"_s}, -1, url, banner);

    // elements: the built-in descriptors, one a line or as JSON.
    const QString table = u"(?s)ID +KEY +KIND +ORIGIN +NAME\\n.*freshbooks +freshbooks +oauth1 +built-in +FreshBooks\\n"
                          u".*stripe +stripe +credentials +built-in +Stripe\\n.*zendesk +zendesk +oauth2 +built-in +Zendesk\\n"_s;
    const QString list = u"(?s)\\[\\n.*\"id\": \"zendesk\",\\n.*\"kind\": \"oauth2\",\\n.*\\]\\n"_s;
    row("elements", {u"elements"_s}, 0, table, u""_s);
    row("--verbose elements", {u"--verbose"_s, u"elements"_s}, 0, table, u""_s);
    row("elements --json", {u"elements"_s, u"--json"_s}, 0, list, u""_s);
    row("--json elements", {u"--json"_s, u"elements"_s}, 0, list, u""_s);

    // Help and version wherever they stand, whatever else is there.
    row("--help", {u"--help"_s}, 0, usage, u""_s);
    row("-h create", {u"-h"_s, u"create"_s}, 0, usage, u""_s);
    row("create --from FILE --help", {u"create"_s, u"--from"_s, u"{file}"_s, u"--help"_s}, 0, usage, u""_s);
    row("serve-sandbox -p 0 --help", {u"serve-sandbox"_s, u"-p"_s, u"0"_s, u"--help"_s}, 0, usage, u""_s);
    row("--help-all", {u"--help-all"_s}, 0, usage, u""_s);
    row("--sandbox --help (no display needed)", {u"--sandbox"_s, u"--help"_s}, 0, usage, u""_s, noPlatform);
    row("unknown command --help", {u"frobnicate"_s, u"--help"_s}, 0, usage, u""_s);
    row("--version", {u"--version"_s}, 0, version, u""_s);
    row("-v", {u"-v"_s}, 0, version, u""_s);
    row("create --version", {u"create"_s, u"--version"_s}, 0, version, u""_s);
    row("--timeout abc --version serve-sandbox", {u"--timeout"_s, u"abc"_s, u"--version"_s, u"serve-sandbox"_s}, 0,
        version, u""_s);

    // What the parser refuses: exit 2, one line naming the problem, nothing on stdout.
    row("unknown option", {u"--bogus"_s}, 2, u""_s, error(u"Unknown option 'bogus'. See --help."_s));
    row("unknown option after create", {u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s, u"--colour"_s},
        2, u""_s, error(u"Unknown option 'colour'. See --help."_s));
    row("unknown short option", {u"-x"_s, u"serve-sandbox"_s}, 2, u""_s, error(u"Unknown option 'x'. See --help."_s));
    row("unknown command", {u"frobnicate"_s}, 2, u""_s, error(u"Unknown command \"frobnicate\"; see --help."_s));
    row("unknown command after options", {u"--verbose"_s, u"crate"_s, u"--from"_s, u"{file}"_s}, 2, u""_s,
        error(u"Unknown command \"crate\"; see --help."_s));
    row("extra word", {u"create"_s, u"now"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"Unexpected argument \"now\" after create; see --help."_s));
    row("missing value", {u"create"_s, u"-e"_s, u"{base}"_s, u"--from"_s}, 2, u""_s,
        error(u"Missing value after '--from'. See --help."_s));
    row("missing value of -p", {u"serve-sandbox"_s, u"-p"_s}, 2, u""_s,
        error(u"Missing value after '-p'. See --help."_s));
    row("value to a flag", {u"--auto-approve=yes"_s, u"serve-sandbox"_s}, 2, u""_s,
        error(u"Unexpected value after '--auto-approve'. See --help."_s));
    row("--timeout abc", {u"--timeout"_s, u"abc"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2,
        u""_s, error(u"--timeout must be a whole number of seconds from 1 to 86400."_s));
    row("--timeout 0", {u"create"_s, u"--timeout=0"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"--timeout must be a whole number of seconds from 1 to 86400."_s));
    row("-p 70000", {u"-p"_s, u"70000"_s, u"serve-sandbox"_s}, 2, u""_s,
        error(u"--port must be a number from 0 to 65535."_s));
    row("--port -1", {u"serve-sandbox"_s, u"--port=-1"_s}, 2, u""_s, error(u"--port must be a number from 0 to 65535."_s));
    row("create without --from", {u"create"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"create needs --from FILE (an instance.json)."_s));
    row("create without --environment", {u"--from"_s, u"{file}"_s, u"create"_s}, 2, u""_s,
        error(u"create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL)."_s));
    row("unknown environment", {u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"mars"_s}, 2, u""_s,
        u"ce-provisioner: .*mars.*\\n"_s);
    // An option of another command.
    row("--port with create", {u"--port"_s, u"8080"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2,
        u""_s, error(u"--port is an option of serve-sandbox, not of create; see --help."_s));
    row("--from with serve-sandbox", {u"serve-sandbox"_s, u"--from"_s, u"{file}"_s}, 2, u""_s,
        error(u"--from is an option of create, not of serve-sandbox; see --help."_s));
    row("--sandbox with create", {u"--sandbox"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2,
        u""_s, error(u"--sandbox is an option of the wizard (no command), not of create; see --help."_s));
    row("--json with create", {u"create"_s, u"--json"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"--json is an option of elements, not of create; see --help."_s));
    row("--from with elements", {u"elements"_s, u"--from"_s, u"{file}"_s}, 2, u""_s,
        error(u"--from is an option of create, not of elements; see --help."_s));
    row("elements with a word after it", {u"elements"_s, u"zendesk"_s}, 2, u""_s,
        error(u"Unexpected argument \"zendesk\" after elements; see --help."_s));
    row("--json without a command", {u"--json"_s}, 2, u""_s,
        error(u"--json is an option of elements, and no command was given; see --help."_s), noPlatform);
    row("--from without a command", {u"--from"_s, u"{file}"_s}, 2, u""_s,
        error(u"--from is an option of create, and no command was given; see --help."_s), noPlatform);

    // --language CODE, for every mode, over the system's locale (LC_ALL, C.UTF-8 in the
    // tests); French typography's no-break spaces are plain ones in a one-line error.
    row("--language fr create without --from", {u"--language"_s, u"fr"_s, u"create"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"create demande --from FILE (un instance.json)."_s));
    row("unknown command --language=es", {u"frobnicate"_s, u"--language=es"_s}, 2, u""_s,
        error(u"Comando desconocido «frobnicate»; vea --help."_s));
    row("create --from FILE --language de-AT", {u"create"_s, u"--from"_s, u"{file}"_s, u"--language"_s, u"de-AT"_s}, 2,
        u""_s, error(u"create benötigt --environment NAME|URL (us, eu, staging, snapshot oder eine Basis-URL)."_s));
    row("--language en over a German system", {u"--language"_s, u"en"_s, u"create"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"create needs --from FILE (an instance.json)."_s), {u"LC_ALL=de_DE.UTF-8"_s});
    row("--language es over a French system", {u"--timeout=0"_s, u"--language"_s, u"es"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s},
        2, u""_s,
        error(u"--timeout debe ser un número entero de segundos entre 1 y 86400."_s), {u"LC_ALL=fr_FR.UTF-8"_s});
    row("a French system without --language", {u"--timeout=0"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"--timeout doit être un nombre entier de secondes de 1 à 86400."_s), {u"LC_ALL=fr_FR.UTF-8"_s});
    row("--language fr --help", {u"--language"_s, u"fr"_s, u"--help"_s}, 0,
        u"(?s).*Créer des instances Cloud Elements .*--language <CODE> +Parler cette langue .*: de, en, es, fr\\..*"_s,
        u""_s);
    row("--language es -v", {u"--language"_s, u"es"_s, u"-v"_s}, 0, version, u""_s);
    row("--language fr serve-sandbox", {u"--language"_s, u"fr"_s, u"serve-sandbox"_s, u"-p"_s, u"0"_s}, -1, url,
        u"Bac à sable prêt\\. Il accepte le secret utilisateur sandbox-user-secret et le secret d'organisation "
        u"sandbox-organization-secret\\. Arrêtez-le avec Ctrl\\+C\\.\\n"_s);
    row("--language fr, the wizard without a display", {u"--language"_s, u"fr"_s}, 2, u""_s,
        u"ce-provisioner: aucun affichage trouvé \\(DISPLAY et WAYLAND_DISPLAY ne sont pas définis\\) ; lancez-le "
        u"sous un affichage virtuel : xvfb-run -a .*ce-provisioner.*\\n"_s, noPlatform);
    row("unknown language", {u"--language"_s, u"xx"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 2,
        u""_s, error(u"Unknown language \"xx\"; the available languages are de, en, es, fr."_s));
    row("unknown language, the wizard", {u"--language=pt_BR"_s}, 2, u""_s,
        error(u"Unknown language \"pt_BR\"; the available languages are de, en, es, fr."_s), noPlatform);
    row("not a language code", {u"--language"_s, u"fr/../x"_s, u"serve-sandbox"_s}, 2, u""_s,
        error(u"Unknown language \"fr/../x\"; the available languages are de, en, es, fr."_s));
    row("empty language", {u"--language="_s, u"serve-sandbox"_s}, 2, u""_s,
        error(u"Unknown language \"\"; the available languages are de, en, es, fr."_s));
    row("unknown language --help (help wins)", {u"--language"_s, u"xx"_s, u"--help"_s}, 0, usage, u""_s);
    row("missing language", {u"serve-sandbox"_s, u"--language"_s}, 2, u""_s,
        error(u"Missing value after '--language'. See --help."_s));
    // The lifecycle commands (tst_cli_lifecycle runs them against the sandbox): the words
    // and the options in any order; the fake server answers GET /instances/4711 with its
    // instance, printed with the token masked.
    const QString got = u"(?s)\\{.*\"id\": 4711,.*\"token\": \"<redacted>\".*\\}\\n"_s;
    row("instances get ID -e URL", {u"instances"_s, u"get"_s, u"4711"_s, u"-e"_s, u"{base}"_s}, 0, got, u""_s);
    row("-e URL instances get ID", {u"-e"_s, u"{base}"_s, u"instances"_s, u"get"_s, u"4711"_s}, 0, got, u""_s);
    row("instances -e URL get --timeout 5 ID",
        {u"instances"_s, u"-e"_s, u"{base}"_s, u"get"_s, u"--timeout"_s, u"5"_s, u"4711"_s}, 0, got, u""_s);
    row("--environment=URL instances enable ID", {u"--environment={base}"_s, u"instances"_s, u"enable"_s, u"4711"_s},
        0, got, u""_s);
    row("instances disable ID -e URL", {u"instances"_s, u"disable"_s, u"4711"_s, u"-e"_s, u"{base}"_s}, 0, got, u""_s);
    row("instances delete ID -e URL: nothing printed", {u"instances"_s, u"delete"_s, u"4711"_s, u"-e"_s, u"{base}"_s},
        0, u""_s, u""_s);
    row("instances get 1 --help", {u"instances"_s, u"get"_s, u"1"_s, u"--help"_s}, 0, usage, u""_s);
    row("authorize --version", {u"authorize"_s, u"--version"_s}, 0, version, u""_s);
    row("instances", {u"instances"_s}, 2, u""_s,
        error(u"instances needs one of list, get, delete, enable or disable; see --help."_s));
    row("instances frob", {u"instances"_s, u"frob"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"Unknown command \"instances frob\": instances takes list, get, delete, enable or disable; see --help."_s));
    row("instances get without ID", {u"-e"_s, u"{base}"_s, u"instances"_s, u"get"_s}, 2, u""_s,
        error(u"instances get needs the instance's ID; see --help."_s));
    row("instances delete abc", {u"instances"_s, u"delete"_s, u"abc"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"instances delete: the instance's ID is a whole number above 0, not \"abc\"."_s));
    row("instances enable 0", {u"instances"_s, u"enable"_s, u"0"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"instances enable: the instance's ID is a whole number above 0, not \"0\"."_s));
    row("instances get +5", {u"instances"_s, u"get"_s, u"+5"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"instances get: the instance's ID is a whole number above 0, not \"+5\"."_s));
    row("instances get 1 2", {u"instances"_s, u"get"_s, u"-e"_s, u"{base}"_s, u"1"_s, u"2"_s}, 2, u""_s,
        error(u"Unexpected argument \"2\" after instances get 1; see --help."_s));
    row("instances list extra", {u"instances"_s, u"list"_s, u"all"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"Unexpected argument \"all\" after instances list; see --help."_s));
    row("instances list without -e", {u"--tag"_s, u"x"_s, u"instances"_s, u"list"_s}, 2, u""_s,
        error(u"instances list needs --environment NAME|URL (us, eu, staging, snapshot or a base URL)."_s));
    row("reauthorize without ID", {u"reauthorize"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"reauthorize needs the instance's ID; see --help."_s));
    row("reauthorize x", {u"reauthorize"_s, u"x"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"reauthorize: the instance's ID is a whole number above 0, not \"x\"."_s));
    row("authorize without --name", {u"authorize"_s, u"-e"_s, u"{base}"_s, u"--consumer-key"_s, u"k"_s}, 2, u""_s,
        error(u"authorize needs --name NAME (the instance's name)."_s));
    row("authorize without --environment", {u"--name"_s, u"n"_s, u"authorize"_s}, 2, u""_s,
        error(u"authorize needs --environment NAME|URL (us, eu, staging, snapshot or a base URL)."_s));
    row("authorize without the consumer key and site", {u"authorize"_s, u"--name"_s, u"n"_s, u"-e"_s, u"{base}"_s}, 2,
        u""_s,
        error(u"Missing required entries: configuration.oauth.api.key, configuration.freshbooks.site.address. (The "
              u"options: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; the secrets from the "
              u"environment: FRESHBOOKS_CONSUMER_SECRET.)"_s),
        {u"FRESHBOOKS_CONSUMER_SECRET=x"_s + consumerSecret});
    row("authorize --no-events --events-url", {u"--no-events"_s, u"authorize"_s, u"--name"_s, u"n"_s, u"-e"_s,
                                               u"{base}"_s, u"--events-url"_s, u"https://hooks.example.com/e"_s},
        2, u""_s, error(u"--no-events turns events off: it goes with no other --events option."_s));
    row("authorize --events-vendor push", {u"authorize"_s, u"--name"_s, u"n"_s, u"-e"_s, u"{base}"_s,
                                           u"--events-url"_s, u"https://hooks.example.com/e"_s, u"--events-vendor"_s,
                                           u"push"_s},
        2, u""_s, error(u"--events-vendor is webhook or polling, not \"push\"."_s));
    row("authorize --events-interval without events",
        {u"authorize"_s, u"--name"_s, u"n"_s, u"-e"_s, u"{base}"_s, u"--events-interval"_s, u"5"_s}, 2, u""_s,
        error(u"--events-vendor and --events-interval need events on: give --events-url URL."_s));
    row("authorize, polling where FreshBooks has webhooks only",
        {u"authorize"_s, u"--name"_s, u"n"_s, u"--consumer-key"_s, u"k"_s, u"--site"_s, u"acme"_s, u"-e"_s,
         u"{base}"_s, u"--events-url"_s, u"https://hooks.example.com/e"_s, u"--events-vendor"_s, u"polling"_s},
        2, u""_s, error(u"FreshBooks delivers events by webhook only (configuration.event.vendor.type)."_s),
        {u"FRESHBOOKS_CONSUMER_SECRET=x"_s + consumerSecret});
    row("authorize, events without a URL", {u"authorize"_s, u"--name"_s, u"n"_s, u"--consumer-key"_s, u"k"_s,
                                             u"--site"_s, u"acme"_s, u"-e"_s, u"{base}"_s, u"--events-url"_s,
                                             u"hooks.example.com"_s},
        2, u""_s, u"ce-provisioner: The events callback URL \\(configuration\\.event\\.notification\\.callback\\.url\\): .*\\n"_s,
        {u"FRESHBOOKS_CONSUMER_SECRET=x"_s + consumerSecret});
    row("authorize --element nope", {u"authorize"_s, u"--element"_s, u"nope"_s, u"--name"_s, u"n"_s, u"-e"_s,
                                     u"{base}"_s},
        2, u""_s, u"ce-provisioner: This app does not know the element \"nope\" \\(known: .*freshbooks.*\\)\\.\\n"_s);
    row("--from with instances get", {u"--from"_s, u"{file}"_s, u"instances"_s, u"get"_s, u"1"_s, u"-e"_s, u"{base}"_s},
        2, u""_s, error(u"--from is an option of create, not of instances get; see --help."_s));
    row("--consumer-key with instances list", {u"instances"_s, u"list"_s, u"-e"_s, u"{base}"_s, u"--consumer-key"_s,
                                               u"k"_s},
        2, u""_s, error(u"--consumer-key is an option of authorize and reauthorize, not of instances list; see --help."_s));
    row("--tag with instances get", {u"--tag"_s, u"t"_s, u"instances"_s, u"get"_s, u"1"_s, u"-e"_s, u"{base}"_s}, 2,
        u""_s,
        error(u"--tag is an option of authorize, reauthorize and instances list, not of instances get; see --help."_s));
    row("--name with create", {u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s, u"--name"_s, u"n"_s}, 2,
        u""_s, error(u"--name is an option of authorize and reauthorize, not of create; see --help."_s));
    row("--environment without a command", {u"--environment"_s, u"{base}"_s}, 2, u""_s,
        error(u"--environment is an option of the commands that call the platform, and no command was given; see --help."_s),
        noPlatform);
    row("--environment with serve-sandbox", {u"serve-sandbox"_s, u"-e"_s, u"{base}"_s}, 2, u""_s,
        error(u"--environment is an option of the commands that call the platform, not of serve-sandbox; see --help."_s));

    // The wizard: no command. Without a display it says so (exit 2): proof that the
    // wizard, not a command, was chosen.
    row("no arguments", {}, 2, u""_s, noDisplay, noPlatform);
    row("--sandbox", {u"--sandbox"_s}, 2, u""_s, noDisplay, noPlatform);
    row("--verbose --sandbox", {u"--verbose"_s, u"--sandbox"_s}, 2, u""_s, noDisplay, noPlatform);

    // create's own failures: exit 1, one line; the server's error answers echo the
    // secrets, which never show (the fake server answers these rows with `env` CLI_ANSWER).
    row("400, the reason phrase carries the consumer secret",
        {u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 1, u""_s,
        u"ce-provisioner: Creating the instance failed: the server answered HTTP 400 Bad secret <redacted>\\.\\n"_s,
        {u"CLI_ANSWER=reason"_s});
    row("400, the JSON message carries the secrets", {u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s},
        1, u""_s,
        u"ce-provisioner: Creating the instance failed: the server answered HTTP 400 Bad Request\\. It said: "
        u"\"Bad secret <redacted> for apiSecret=<redacted>\"\\. The provider said: "
        u"\"\\{\"requestTokenSecret\":\"<redacted>\"\\} <redacted>\"\\. \\(Request id 0123456789abcdef\\.\\)\\n"_s,
        {u"CLI_ANSWER=message"_s});
    row("502 HTML page, reason phrase with the user secret",
        {u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 1, u""_s,
        u"ce-provisioner: Creating the instance failed: the server answered HTTP 502 Bad Gateway <redacted>\\. "
        u"The answer is a web page, not JSON.*\\n"_s,
        {u"CLI_ANSWER=html"_s});
    row("--verbose, the JSON message carries the secrets",
        {u"--verbose"_s, u"create"_s, u"--from"_s, u"{file}"_s, u"-e"_s, u"{base}"_s}, 1, u""_s,
        u"(?s).*ce-provisioner: Creating the instance failed: .*\\n"_s, {u"CLI_ANSWER=message"_s});
}

void TstCli::arguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPattern);
    QFETCH(QString, stderrPattern);

    m_cloud.answer = createdAnswer();
    for (const QString &e : std::as_const(environment)) {
        if (e.startsWith("CLI_ANSWER="_L1))
            m_cloud.answer = echoingAnswer(e.section(u'=', 1));
    }
    const int port = freePort();
    QVERIFY(port > 0);
    QProcess process;
    process.setProcessEnvironment(TstCli::environment(environment));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, expand(arguments, port));
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));

    QByteArray out, err;
    const auto read = [&] {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
    };
    if (exitCode == -1) {
        // A server: it prints its URL on one line, and serves until stopped.
        // (Its URL on standard output, then the line on standard error.)
        const auto printed = [&] {
            read();
            return (out.contains('\n') && err.contains('\n')) || process.state() == QProcess::NotRunning;
        };
        QTRY_VERIFY_WITH_TIMEOUT(printed(), 20000);
        QVERIFY2(process.state() == QProcess::Running, qPrintable(QString::fromUtf8(out + err)));
        const auto m = QRegularExpression(QRegularExpression::anchoredPattern(stdoutPattern))
                           .match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        if (arguments.join(u' ').contains(u"{port}"_s))
            QCOMPARE(m.captured(1).toInt(), port);
        // The URL answers: it is the sandbox.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m.captured(1).toInt()));
        QVERIFY(probe.waitForConnected(5000));
        process.terminate();
    }
    QVERIFY(ce::test::waitFor(&process, &QProcess::finished, [&] { return process.state() == QProcess::NotRunning; },
                              30000));
    read();
    const QString stdoutText = QString::fromUtf8(out);
    const QString stderrText = QString::fromUtf8(err);
    const QString both = u"exit %1 (%2)\n-- stdout:\n%3-- stderr:\n%4"_s.arg(process.exitCode())
                             .arg(process.exitStatus() == QProcess::NormalExit ? u"normal"_s : u"signal"_s)
                             .arg(stdoutText, stderrText);
    if (exitCode >= 0) {
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(both));
        QVERIFY2(process.exitCode() == exitCode, qPrintable(both));
    }
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(stdoutPattern)).match(stdoutText).hasMatch(),
             qPrintable(both));
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(stderrPattern)).match(stderrText).hasMatch(),
             qPrintable(both));
    if (exitCode == 2 || (exitCode == 1 && !arguments.contains(u"--verbose"_s)))
        QVERIFY2(stderrText.count(u'\n') == 1, qPrintable(both));  // exactly one line
    // No secret in anything printed, the created instance's JSON aside (its token
    // is what the user asked for).
    CHECK(checkNoSecret(stderrText));
    CHECK(checkNoSecret(stdoutText));
}

// The no-echo prompt on a pseudo-terminal: however it ends, the terminal is as it was.
void TstCli::promptRestoresTerminal_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("action");     // "type", "eof", "ctrl-c", "ctrl-backslash", or a signal to send
    QTest::addColumn<int>("exitCode");       // when it exits
    QTest::addColumn<int>("signal");         // when a signal ends it

    const QStringList noSecrets = {u"-CE_USER_SECRET"_s, u"-CE_ORGANIZATION_SECRET"_s};
    const QString consumerPrompt = u"(FRESHBOOKS_CONSUMER_SECRET): "_s;
    QTest::newRow("Ctrl+C") << noSecrets << consumerPrompt << u"ctrl-c"_s << -1 << int(SIGINT);
    QTest::newRow("SIGTERM") << noSecrets << consumerPrompt << u"SIGTERM"_s << -1 << int(SIGTERM);
    QTest::newRow("SIGHUP") << noSecrets << consumerPrompt << u"SIGHUP"_s << -1 << int(SIGHUP);
    QTest::newRow("Ctrl+\\ (SIGQUIT)") << noSecrets << consumerPrompt << u"ctrl-backslash"_s << -1 << int(SIGQUIT);
    QTest::newRow("end of input") << noSecrets << consumerPrompt << u"eof"_s << 2 << 0;
    // An answer: typed without echo, then create goes on (and the fake server refuses it).
    QTest::newRow("answered")
        << QStringList{u"-CE_USER_SECRET"_s, u"FRESHBOOKS_CONSUMER_SECRET="_s + consumerSecret}
        << u"User secret (CE_USER_SECRET): "_s << u"type"_s << 1 << 0;
}

void TstCli::promptRestoresTerminal()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, prompt);
    QFETCH(QString, action);
    QFETCH(int, exitCode);
    QFETCH(int, signal);

    m_cloud.answer = echoingAnswer(u"reason"_s);
    const int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    QVERIFY(master >= 0);
    auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const QByteArray slavePath = ptsname(master);
    // The test keeps the terminal open, as a shell does, to look at it afterwards.
    const int slave = ::open(slavePath.constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    QVERIFY(slave >= 0);
    auto closeSlave = qScopeGuard([slave] { ::close(slave); });
    termios before {};
    QVERIFY(tcgetattr(slave, &before) == 0);
    before.c_lflag |= ECHO | ICANON | ISIG;
    QVERIFY(tcsetattr(slave, TCSANOW, &before) == 0);
    QVERIFY(tcgetattr(slave, &before) == 0);

    // Everything the child needs, made before fork(): after it, only async-signal-safe calls.
    std::vector<std::string> argStrings = {program.toStdString(), "create", "--from",
                                           m_placeholderFile.toStdString(), "--environment",
                                           m_cloud.baseUrl().toStdString()};
    std::vector<std::string> envStrings;
    const QProcessEnvironment env = TstCli::environment(environment);
    for (const QString &key : env.keys())
        envStrings.push_back(QString(key + u'=' + env.value(key)).toStdString());
    std::vector<char *> argv, envp;
    for (std::string &s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        // The pseudo-terminal becomes the child's controlling terminal, its process
        // group the foreground one: Ctrl+C typed there reaches it as a shell's job.
        const rlimit noCore {0, 0};
        setrlimit(RLIMIT_CORE, &noCore);  // SIGQUIT would dump one
        setsid();
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, STDIN_FILENO);
        dup2(slave, STDOUT_FILENO);
        dup2(slave, STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    bool reaped = false;
    int status = 0;
    auto killChild = qScopeGuard([&] {
        if (!reaped) {
            ::kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
        }
    });

    // What the child writes on its terminal; waits (poll) for more or for its end, and
    // lets the fake server (in this thread) answer in the meantime.
    QByteArray output;
    const auto pump = [&](int ms) {
        QCoreApplication::processEvents();
        pollfd p {master, POLLIN, 0};
        if (::poll(&p, 1, ms) > 0 && (p.revents & POLLIN)) {
            char buffer[4096];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0)
                output.append(buffer, n);
        }
        if (!reaped && waitpid(pid, &status, WNOHANG) == pid)
            reaped = true;
    };
    QDeadlineTimer deadline(20000);
    while (!output.contains(prompt.toUtf8()) && !reaped && !deadline.hasExpired())
        pump(20);
    QVERIFY2(output.contains(prompt.toUtf8()), output.constData());
    QVERIFY2(!reaped, output.constData());

    // At the prompt: echo off, nothing else changed.
    termios during {};
    QVERIFY(tcgetattr(slave, &during) == 0);
    QVERIFY(!(during.c_lflag & ECHO));
    QCOMPARE(during.c_lflag | ECHO, before.c_lflag);

    const auto type = [&](const QByteArray &bytes) {
        QCOMPARE(::write(master, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    };
    if (action == "type"_L1)
        CHECK(type(userSecret.toUtf8() + '\n'));
    else if (action == "eof"_L1)
        CHECK(type(QByteArray(1, char(before.c_cc[VEOF]))));
    else if (action == "ctrl-c"_L1)
        CHECK(type(QByteArray(1, char(before.c_cc[VINTR]))));
    else if (action == "ctrl-backslash"_L1)
        CHECK(type(QByteArray(1, char(before.c_cc[VQUIT]))));
    else
        QCOMPARE(::kill(pid, action == "SIGTERM"_L1 ? SIGTERM : SIGHUP), 0);

    deadline.setRemainingTime(20000);
    while (!reaped && !deadline.hasExpired())
        pump(20);
    QVERIFY2(reaped, output.toHex(' ').constData());
    for (int drained = 0; drained < 10; ++drained)
        pump(0);  // what it wrote last
    if (signal) {
        QVERIFY2(WIFSIGNALED(status), qPrintable(u"exit %1: %2"_s.arg(WEXITSTATUS(status)).arg(QString::fromUtf8(output))));
        QCOMPARE(WTERMSIG(status), signal);  // ended as the signal asked, not turned into an exit
    } else {
        QVERIFY2(WIFEXITED(status), output.constData());
        QCOMPARE(WEXITSTATUS(status), exitCode);
    }

    // The terminal has its echo back: exactly the settings it had.
    termios after {};
    QVERIFY(tcgetattr(slave, &after) == 0);
    QVERIFY2(after.c_lflag & ECHO, "the terminal was left without echo");
    QCOMPARE(after.c_lflag, before.c_lflag);
    QCOMPARE(after.c_iflag, before.c_iflag);
    QCOMPARE(after.c_oflag, before.c_oflag);
    // What was typed was not echoed; nothing printed holds a secret.
    CHECK(checkNoSecret(QString::fromUtf8(output)));
}

// The libraries an ELF file asks for (readelf -d: its NEEDED entries).
static QStringList neededLibraries(const QString &file)
{
    QProcess readelf;
    readelf.start(u"readelf"_s, {u"-d"_s, file});
    if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
        return {};
    QStringList needed;
    const QRegularExpression re(u"\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"_s);
    for (auto it = re.globalMatch(QString::fromUtf8(readelf.readAllStandardOutput())); it.hasNext();)
        needed.append(it.next().captured(1));
    return needed;
}

void TstCli::linksNoGui()
{
    const QStringList needed = neededLibraries(program);
    QVERIFY2(needed.contains(u"libQt6Core.so.6"_s), qPrintable(needed.join(u", "_s)));  // readelf worked
    QVERIFY2(needed.contains(u"libQt6Network.so.6"_s), qPrintable(needed.join(u", "_s)));
    const QStringList gui = ce::bench::guiLibraries(QSet<QString>(needed.cbegin(), needed.cend()));
    QVERIFY2(gui.isEmpty(), qPrintable(u"ce-provisioner links "_s + gui.join(u", "_s)));
    // Nor anything else of the wizard: Qt's other GUI modules, the keychain.
    for (const QString &library : needed) {
        QVERIFY2(!library.contains(u"keychain"_s) && !library.startsWith(u"libQt6Svg"_s)
                     && !library.startsWith(u"libQt6Qml"_s),
                 qPrintable(library));
    }
}

// Short commands, and every library they load, dlopen() included, as the dynamic loader
// reports it (LD_DEBUG=files): what they map at their peak.
void TstCli::loadsNoGui_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList{u"--version"_s};
    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("a usage error") << QStringList{u"create"_s, u"--bogus"_s};
    QTest::newRow("elements --json") << QStringList{u"elements"_s, u"--json"_s};
    QTest::newRow("create, a file that is not there") << QStringList{u"create"_s, u"--from"_s, u"/nonexistent.json"_s,
                                                                      u"-e"_s, u"us"_s};
}

void TstCli::loadsNoGui()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setProcessEnvironment(environment({u"LD_DEBUG=files"_s}));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString report = QString::fromLocal8Bit(process.readAllStandardError());
    QSet<QString> loaded;
    const QRegularExpression re(u"file=(\\S+)\\s+\\[\\d+\\];\\s+(?:needed|dynamically loaded) by"_s);
    for (auto it = re.globalMatch(report); it.hasNext();)
        loaded.insert(QFileInfo(it.next().captured(1)).fileName());
    QVERIFY2(loaded.contains(u"libQt6Core.so.6"_s), qPrintable(report.left(2000)));
    const QStringList gui = ce::bench::guiLibraries(loaded);
    QVERIFY2(gui.isEmpty(), qPrintable(u"loaded: "_s + gui.join(u", "_s)));
}

// Commands that run for a while: what the process maps while it runs.
void TstCli::mapsNoGuiWhileRunning_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("serve-sandbox") << u"serve-sandbox"_s;
    QTest::newRow("create, waiting for the answer") << u"create"_s;
}

void TstCli::mapsNoGuiWhileRunning()
{
    QFETCH(QString, what);
    // A server that takes create's request and never answers: the process waits, with all
    // it needed to send it loaded.
    QTcpServer silent;
    QList<QTcpSocket *> held;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });

    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.setStandardInputFile(QProcess::nullDevice());
    const auto waiting = [&] {
        if (what == "serve-sandbox"_L1)
            return process.canReadLine();  // it printed its URL: it serves
        return !held.isEmpty() && held.constFirst()->bytesAvailable() > 0;  // the request arrived
    };
    if (what == "serve-sandbox"_L1)
        process.start(program, {u"serve-sandbox"_s});
    else
        process.start(program, {u"create"_s, u"--from"_s, m_file, u"-e"_s,
                                u"http://127.0.0.1:%1/elements/api-v2"_s.arg(silent.serverPort()), u"--timeout"_s,
                                u"30"_s});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(waiting() || process.state() == QProcess::NotRunning, 20000);
    QCOMPARE(process.state(), QProcess::Running);
    const QSet<QString> mapped = ce::bench::mappedLibraries(QString::number(process.processId()));
    process.kill();
    process.waitForFinished(10000);
    QVERIFY2(mapped.contains(u"libQt6Network.so.6.4.2"_s) || mapped.contains(u"libQt6Network.so.6"_s),
             qPrintable(QStringList(mapped.cbegin(), mapped.cend()).join(u", "_s)));
    const QStringList gui = ce::bench::guiLibraries(mapped);
    QVERIFY2(gui.isEmpty(), qPrintable(u"mapped: "_s + gui.join(u", "_s)));
}

// A headless install has the command line only: the wizard says which package it needs.
void TstCli::wizardNotInstalled()
{
    QTemporaryDir alone;
    QVERIFY(alone.isValid());
    const QString copy = alone.filePath(u"ce-provisioner"_s);
    QVERIFY(QFile::copy(program, copy));
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.start(copy, {u"--sandbox"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(
                 u"ce-provisioner: the wizard is not installed \\(no .*/lib/ce-provisioner/wizard/cep_wizard\\.so\\); "
                 u"install the package ce-provisioner-gui, or use a command \\(see --help\\)\\.\\n"_s))
                 .match(err)
                 .hasMatch(),
             qPrintable(err));
    // The commands work there.
    process.start(copy, {u"--version"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("ce-provisioner "));

    // A module beside it that does not load (here: not a shared object) is a broken install,
    // said as such, not one looked for elsewhere.
    QFile broken(alone.filePath(u"cep_wizard.so"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a shared object");
    broken.close();
    process.start(copy, {});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString brokenErr = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(brokenErr.startsWith(u"ce-provisioner: the wizard (%1) cannot be started: "_s.arg(broken.fileName()))
                 && brokenErr.endsWith(u".\n"_s) && brokenErr.count(u'\n') == 1,
             qPrintable(brokenErr));
}

// An export without secrets holds <INSERT_EVENT_SIGNATURE_KEY>: create fills it from
// CE_EVENTS_SIGNATURE_KEY, and without it refuses the file before any call.
void TstCli::createFillsTheEventsSignatureKey()
{
    QFile original(m_file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(original.readAll()).object();
    QJsonObject configuration = o.value("configuration"_L1).toObject();
    configuration.insert(u"event.notification.enabled"_s, u"true"_s);
    configuration.insert(u"event.vendor.type"_s, u"webhook"_s);
    configuration.insert(u"event.notification.callback.url"_s, u"https://hooks.example.com/ce"_s);
    configuration.insert(u"event.notification.signature.key"_s, u"<INSERT_EVENT_SIGNATURE_KEY>"_s);
    o.insert(u"configuration"_s, configuration);
    QFile events(m_dir.filePath(u"events.json"_s));
    QVERIFY(events.open(QIODevice::WriteOnly));
    QVERIFY(events.write(QJsonDocument(o).toJson()) > 0);
    events.close();

    const QString key = u"cli-events-signature-key-31"_s;
    for (const bool given : {true, false}) {
        m_cloud.answer = createdAnswer();
        m_cloud.lastBody.clear();
        const int before = m_cloud.requests;
        QProcess process;
        process.setProcessEnvironment(
            environment({given ? u"CE_EVENTS_SIGNATURE_KEY="_s + key : u"-CE_EVENTS_SIGNATURE_KEY"_s}));
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(program, {u"create"_s, u"--from"_s, events.fileName(), u"-e"_s, m_cloud.baseUrl()});
        QVERIFY(ce::test::waitFor(&process, &QProcess::finished,
                                  [&] { return process.state() == QProcess::NotRunning; }, 30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (given) {
            QVERIFY2(process.exitCode() == 0, qPrintable(err));
            const QJsonObject sent = QJsonDocument::fromJson(m_cloud.lastBody).object();
            QCOMPARE(sent.value("configuration"_L1).toObject().value("event.notification.signature.key"_L1).toString(),
                     key);
            QVERIFY(!err.contains(key));
        } else {
            QCOMPARE(process.exitCode(), 1);
            QCOMPARE(m_cloud.requests, before);  // refused before any call
            QVERIFY2(err.contains(u"event.notification.signature.key"_s) && err.contains(u"placeholder"_s),
                     qPrintable(err));
        }
    }
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
