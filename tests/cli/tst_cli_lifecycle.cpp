// The lifecycle commands of the built ce-provisioner, run as real processes against the
// in-process sandbox:
//   - `authorize` driven through its standard input (the authorization URL read from its
//     standard error, approved, the callback pasted), with events; a forged callback refused;
//   - `authorize` through the loopback listener: a real HTTP request to the callback URL
//     (another token first, answered 400 while it keeps waiting);
//   - `reauthorize ID`: PUT /instances/{id}, the instance's name and entries kept, the events
//     settings kept or turned off;
//   - `instances list [--tag]|get|disable|enable|delete`, then get answers 404;
//   - `instances list` on a terminal (a pseudo-terminal): a table, tokens nowhere;
//   - nothing printed holds a secret (the created instance's token aside, as create).
#include "core/oauthparameters.h"
#include "sandbox/sandboxserver.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <fcntl.h>
#include <functional>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ce::SandboxCall;
using ce::SandboxServer;

namespace {

const QString program = QStringLiteral(CEP_BINARY_DIR "/ce-provisioner");
const QString consumerSecret = u"life+consumer/secret=\"7\\q"_s;
const QString signatureKey = u"life-signature-key-4e1d"_s;
const QString otherSignatureKey = u"life-signature-key-second-77"_s;
const QString eventsUrl = u"https://hooks.example.com/ce-events"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return u"exit %1\n-- stdout:\n%2-- stderr:\n%3"_s.arg(exitCode).arg(out, err); }
};

// Every way a secret may be written: raw, percent-encoded, JSON-escaped.
QStringList spellings(const QString &secret)
{
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    QStringList all = {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                       QString::fromUtf8(json.mid(2, json.size() - 4))};
    all.removeDuplicates();
    return all;
}

}  // namespace

class TstCliLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void authorizeThroughStandardInput();
    void authorizeRefusesAForgedCallback();
    void authorizeThroughLoopbackListener();
    void reauthorize();
    void instances();
    void listOnATerminalIsATable();

private:
    // How the test hands the approved callback (the provider's redirect) to the process.
    using Deliver = std::function<void(QProcess *process, const QUrl &callback)>;

    QProcessEnvironment environment() const;
    // Runs the command to its end (the sandbox answers meanwhile), standard input empty.
    Run run(const QStringList &arguments);
    // Runs authorize or reauthorize: waits for the authorization URL on its standard error,
    // approves it on the sandbox and hands the callback over with `deliver`.
    Run authorize(const QStringList &arguments, const Deliver &deliver);
    // authorize with the usual inputs, events on; the created instance (empty on failure).
    QJsonObject createInstance(const QString &name, const QString &tag);
    QStringList platform() const { return {u"-e"_s, m_sandbox.baseUrl().toString()}; }
    static void checkNoSecret(const QString &output);
    static QJsonObject bodyOf(const SandboxCall &call);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_signatureKey = signatureKey;
};

void TstCliLifecycle::initTestCase()
{
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
}

void TstCliLifecycle::init()
{
    m_sandbox.clearCalls();
    m_sandbox.setAutoApprove(false);
    m_signatureKey = signatureKey;
}

QProcessEnvironment TstCliLifecycle::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The output a user gets: not the debug lines the test environment turns on.
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"CE_USER_SECRET"_s, QString::fromLatin1(SandboxServer::UserSecret));
    env.insert(u"CE_ORGANIZATION_SECRET"_s, QString::fromLatin1(SandboxServer::OrganizationSecret));
    env.insert(u"FRESHBOOKS_CONSUMER_SECRET"_s, consumerSecret);
    env.insert(u"CE_EVENTS_SIGNATURE_KEY"_s, m_signatureKey);
    return env;
}

Run TstCliLifecycle::run(const QStringList &arguments)
{
    return authorize(arguments, {});
}

Run TstCliLifecycle::authorize(const QStringList &arguments, const Deliver &deliver)
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment());
    if (!deliver)
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    QByteArray out, err;
    const auto read = [&] {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
    };
    if (deliver) {
        // The authorization URL: a line of its own on standard error.
        const QRegularExpression line(u"^(http://\\S+)\\n"_s, QRegularExpression::MultilineOption);
        const auto printed = [&] {
            read();
            return line.match(QString::fromUtf8(err)).hasMatch() || process.state() == QProcess::NotRunning;
        };
        ce::test::waitFor(&process, &QProcess::readyReadStandardError, printed, 30000);
        const auto m = line.match(QString::fromUtf8(err));
        if (m.hasMatch()) {
            // The provider's page, for a user who approves at once: its redirect is the callback.
            m_sandbox.setAutoApprove(true);
            QNetworkRequest request(QUrl(m.captured(1)));
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *page = m_nam.get(request);
            QSignalSpy done(page, &QNetworkReply::finished);
            done.wait(10000);
            m_sandbox.setAutoApprove(false);
            deliver(&process, page->header(QNetworkRequest::LocationHeader).toUrl());
            page->deleteLater();
        }
    }
    ce::test::waitFor(&process, &QProcess::finished, [&] { return process.state() == QProcess::NotRunning; }, 60000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
    }
    read();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(err);
    return result;
}

QJsonObject TstCliLifecycle::createInstance(const QString &name, const QString &tag)
{
    const Run r = authorize(QStringList{u"authorize"_s, u"--consumer-key"_s, u"mycompany"_s, u"--site"_s, u"acme"_s, u"--name"_s,
                             name, u"--tag"_s, tag, u"--events-url"_s, eventsUrl}
                                + platform(),
                            [](QProcess *process, const QUrl &callback) {
                                process->write(callback.toString(QUrl::FullyEncoded).toUtf8() + '\n');
                                process->closeWriteChannel();
                            });
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.all()));
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

void TstCliLifecycle::checkNoSecret(const QString &output)
{
    for (const QString &secret : {consumerSecret, signatureKey, otherSignatureKey,
                                  QString::fromLatin1(SandboxServer::UserSecret),
                                  QString::fromLatin1(SandboxServer::OrganizationSecret)}) {
        for (const QString &spelling : spellings(secret))
            QVERIFY2(!output.contains(spelling), qPrintable(u"\"%1\" in:\n"_s.arg(spelling) + output));
    }
}

QJsonObject TstCliLifecycle::bodyOf(const SandboxCall &call)
{
    return QJsonDocument::fromJson(call.body).object();
}

// The URL on standard error, the pasted callback on standard input, the instance on
// standard output; the POST carries the events settings.
void TstCliLifecycle::authorizeThroughStandardInput()
{
    QString pasted;
    const Run r = authorize(QStringList{u"--name"_s, u"CLI books"_s, u"authorize"_s, u"--consumer-key"_s, u"mycompany"_s,
                             u"--tag"_s, u"one"_s, u"--tag"_s, u"two"_s, u"--site"_s, u"acme"_s, u"--events-url"_s,
                             eventsUrl}
                                + platform(),
                            [&pasted](QProcess *process, const QUrl &callback) {
                                pasted = callback.toString(QUrl::FullyEncoded);
                                process->write(pasted.toUtf8() + '\n');
                                process->closeWriteChannel();
                            });
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(pasted.contains(u"oauth_verifier="_s), qPrintable(pasted));
    const QJsonObject instance = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(instance.value("name"_L1).toString(), u"CLI books"_s);
    QCOMPARE(instance.value("tags"_L1).toArray(), (QJsonArray{u"one"_s, u"two"_s}));
    QVERIFY(instance.value("eventsEnabled"_L1).toBool());
    QVERIFY(!instance.value("token"_L1).toString().isEmpty());  // the result asked for, as create prints it
    // Standard error: the instruction, then the URL alone on its line; nothing else.
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Open this address in a browser and approve, then paste"_s), qPrintable(r.err));
    QVERIFY2(QUrl(lines.at(1)).path().endsWith(u"/oauth/oauth_authorize.php"_s), qPrintable(r.err));

    const QList<SandboxCall> posts = m_sandbox.calls(SandboxCall::Endpoint::CreateInstance);
    QCOMPARE(posts.size(), 1);
    const QJsonObject configuration = bodyOf(posts.constFirst()).value("configuration"_L1).toObject();
    QCOMPARE(configuration.value("event.notification.enabled"_L1), QJsonValue(u"true"_s));
    QCOMPARE(configuration.value("event.vendor.type"_L1), QJsonValue(u"webhook"_s));
    QCOMPARE(configuration.value("event.notification.callback.url"_L1), QJsonValue(eventsUrl));
    QCOMPARE(configuration.value("event.notification.signature.key"_L1), QJsonValue(signatureKey));
    QCOMPARE(configuration.value("oauth.api.secret"_L1), QJsonValue(consumerSecret));
    CHECK(checkNoSecret(QString(r.out + r.err)));
    // The verifier never shows either.
    const QString verifier = QUrlQuery(QUrl(pasted)).queryItemValue(ce::oauth::OAuthVerifier);
    QVERIFY(!verifier.isEmpty());
    QVERIFY2(!QString(r.out + r.err).contains(verifier), qPrintable(r.all()));
}

// A callback for another request token is the matcher's TokenMismatch: one line, exit 1,
// nothing created.
void TstCliLifecycle::authorizeRefusesAForgedCallback()
{
    const Run r = authorize(QStringList{u"authorize"_s, u"--consumer-key"_s, u"mycompany"_s, u"--site"_s, u"acme"_s, u"--name"_s,
                             u"Forged"_s}
                                + platform(),
                            [](QProcess *process, const QUrl &callback) {
                                QUrlQuery query(callback);
                                query.removeAllQueryItems(ce::oauth::OAuthToken);
                                query.addQueryItem(ce::oauth::OAuthToken, u"another-request-token-1234"_s);
                                QUrl forged = callback;
                                forged.setQuery(query);
                                process->write(forged.toString(QUrl::FullyEncoded).toUtf8() + '\n');
                                process->closeWriteChannel();
                            });
    QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);  // the instruction, the URL, the one error
    QVERIFY2(lines.at(2).startsWith(u"ce-provisioner: "_s), qPrintable(r.err));
    QVERIFY(m_sandbox.calls(SandboxCall::Endpoint::CreateInstance).isEmpty());
    CHECK(checkNoSecret(r.err));
}

// A loopback callback URL: the command listens there itself. A request with another
// token is answered 400 and it keeps waiting; the real redirect gets the closing page and
// the instance is created.
void TstCliLifecycle::authorizeThroughLoopbackListener()
{
    int port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QString callbackUrl = u"http://127.0.0.1:%1/ce-callback"_s.arg(port);
    int forgedStatus = 0, status = 0;
    QByteArray page;
    const Run r = authorize(
        QStringList{u"authorize"_s, u"--consumer-key"_s, u"mycompany"_s, u"--site"_s, u"acme"_s, u"--name"_s, u"Loopback books"_s,
         u"--callback-url"_s, callbackUrl}
            + platform(),
        [&](QProcess *, const QUrl &callback) {
            QVERIFY2(callback.toString().startsWith(callbackUrl + u'?'), qPrintable(callback.toString()));
            const auto get = [this](const QUrl &url, QByteArray *body) {
                QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(10000);
                if (body)
                    *body = reply->readAll();
                const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                return code;
            };
            QUrlQuery query(callback);
            query.removeAllQueryItems(ce::oauth::OAuthToken);
            query.addQueryItem(ce::oauth::OAuthToken, u"another-request-token-1234"_s);
            QUrl forged = callback;
            forged.setQuery(query);
            forgedStatus = get(forged, nullptr);
            status = get(callback, &page);
        });
    QCOMPARE(forgedStatus, 400);
    QCOMPARE(status, 200);
    QVERIFY2(page.contains("close"), page.constData());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("name"_L1).toString(), u"Loopback books"_s);
    QVERIFY2(r.err.startsWith(u"Open this address in a browser and approve; the answer comes back here ("_s
                              + callbackUrl + u"):\n"_s),
             qPrintable(r.err));
    QCOMPARE(m_sandbox.calls(SandboxCall::Endpoint::CreateInstance).size(), 1);
    // The listener closed after the callback: nothing answers there any more.
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(!after.waitForConnected(2000));
    CHECK(checkNoSecret(r.err));
}

// reauthorize ID: GET the instance, authorize again, PUT /instances/{id}: the same id, its
// name, tags and events settings kept (the signature key given again); then events off.
void TstCliLifecycle::reauthorize()
{
    const QJsonObject created = createInstance(u"Reauthorized books"_s, u"re"_s);
    const qint64 id = created.value("id"_L1).toInteger();
    QVERIFY(id > 0);
    m_sandbox.clearCalls();
    m_signatureKey = otherSignatureKey;
    const auto paste = [](QProcess *process, const QUrl &callback) {
        process->write(callback.toString(QUrl::FullyEncoded).toUtf8() + '\n');
        process->closeWriteChannel();
    };
    // Only the environment: the consumer key, site, name and tags come from the instance.
    Run r = authorize(QStringList{u"reauthorize"_s, QString::number(id)} + platform(), paste);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QJsonObject instance = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(instance.value("id"_L1).toInteger(), id);
    QCOMPARE(instance.value("name"_L1).toString(), u"Reauthorized books"_s);
    QVERIFY(instance.value("eventsEnabled"_L1).toBool());
    QVERIFY(m_sandbox.calls(SandboxCall::Endpoint::CreateInstance).isEmpty());
    QList<SandboxCall> puts = m_sandbox.calls(SandboxCall::Endpoint::UpdateInstance);
    QCOMPARE(puts.size(), 1);
    QVERIFY2(puts.constFirst().path.endsWith(u"/instances/"_s + QString::number(id)), qPrintable(puts.constFirst().path));
    QJsonObject body = bodyOf(puts.constFirst());
    QCOMPARE(body.value("tags"_L1).toArray(), QJsonArray{u"re"_s});
    QJsonObject configuration = body.value("configuration"_L1).toObject();
    QCOMPARE(configuration.value("oauth.api.key"_L1), QJsonValue(u"mycompany"_s));
    QCOMPARE(configuration.value("freshbooks.site.address"_L1), QJsonValue(u"acme"_s));
    QCOMPARE(configuration.value("event.notification.callback.url"_L1), QJsonValue(eventsUrl));
    QCOMPARE(configuration.value("event.notification.signature.key"_L1), QJsonValue(otherSignatureKey));
    CHECK(checkNoSecret(r.err));

    // Events off, a new name: options before the command, the ID after.
    m_sandbox.clearCalls();
    r = authorize(QStringList{u"--no-events"_s, u"--name"_s, u"Renamed books"_s, u"reauthorize"_s} + platform()
                      + QStringList{QString::number(id)},
                  paste);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    instance = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(instance.value("name"_L1).toString(), u"Renamed books"_s);
    QVERIFY(!instance.value("eventsEnabled"_L1).toBool());
    puts = m_sandbox.calls(SandboxCall::Endpoint::UpdateInstance);
    QCOMPARE(puts.size(), 1);
    configuration = bodyOf(puts.constFirst()).value("configuration"_L1).toObject();
    QCOMPARE(configuration.value("event.notification.enabled"_L1), QJsonValue(u"false"_s));
    QVERIFY(!configuration.contains("event.notification.callback.url"_L1));

    // An instance that is not there: one line, exit 1, no authorization started.
    m_sandbox.clearCalls();
    r = run(QStringList{u"reauthorize"_s, u"987654"_s} + platform());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"404"_s), qPrintable(r.err));
    QVERIFY(m_sandbox.calls(SandboxCall::Endpoint::Token).isEmpty());
}

// list (and --tag), get, disable, enable, delete, then get is 404: each against the
// sandbox, JSON on standard output with the tokens masked.
void TstCliLifecycle::instances()
{
    const QJsonObject first = createInstance(u"Listed one"_s, u"list-a"_s);
    const QJsonObject second = createInstance(u"Listed two"_s, u"list-b"_s);
    const qint64 id = second.value("id"_L1).toInteger();
    QVERIFY(first.value("id"_L1).toInteger() > 0 && id > 0);
    const QString token = second.value("token"_L1).toString();
    QVERIFY(!token.isEmpty());
    const auto json = [](const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()); };
    const auto ids = [](const QJsonArray &list) {
        QList<qint64> out;
        for (const QJsonValue &v : list)
            out.append(v.toObject().value("id"_L1).toInteger());
        return out;
    };

    Run r = run(QStringList{u"instances"_s, u"list"_s} + platform());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(json(r).isArray());
    QVERIFY(ids(json(r).array()).contains(id));
    QVERIFY(ids(json(r).array()).contains(first.value("id"_L1).toInteger()));
    QVERIFY2(!r.out.contains(token), qPrintable(r.out));  // masked
    QVERIFY(r.err.isEmpty());

    r = run(platform() + QStringList{u"instances"_s, u"list"_s, u"--tag"_s, u"list-b"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(ids(json(r).array()), QList<qint64>{id});

    r = run(QStringList{u"instances"_s, u"get"_s, QString::number(id)} + platform());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(json(r).object().value("name"_L1).toString(), u"Listed two"_s);
    QCOMPARE(json(r).object().value("token"_L1).toString(), u"<redacted>"_s);
    CHECK(checkNoSecret(r.out));

    r = run(QStringList{u"instances"_s, u"disable"_s, QString::number(id)} + platform());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(json(r).object().value("disabled"_L1), QJsonValue(true));
    QCOMPARE(m_sandbox.calls(SandboxCall::Endpoint::DisableInstance).size(), 1);
    r = run(QStringList{u"instances"_s, u"get"_s, QString::number(id)} + platform());
    QCOMPARE(json(r).object().value("disabled"_L1), QJsonValue(true));

    r = run(QStringList{u"instances"_s, u"enable"_s, QString::number(id)} + platform());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(json(r).object().value("disabled"_L1), QJsonValue(false));
    QCOMPARE(m_sandbox.calls(SandboxCall::Endpoint::EnableInstance).size(), 1);

    r = run(QStringList{u"instances"_s, u"delete"_s, QString::number(id)} + platform());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(r.out.isEmpty() && r.err.isEmpty());
    QCOMPARE(m_sandbox.calls(SandboxCall::Endpoint::DeleteInstance).size(), 1);

    r = run(QStringList{u"instances"_s, u"get"_s, QString::number(id)} + platform());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.startsWith(u"ce-provisioner: Reading the instance failed: the server answered HTTP 404"_s),
             qPrintable(r.err));
    r = run(QStringList{u"instances"_s, u"list"_s} + platform());
    QVERIFY(!ids(json(r).array()).contains(id));

    // Without the credentials: one line, exit 2, no call.
    m_sandbox.clearCalls();
    QProcess process;
    QProcessEnvironment env = environment();
    env.remove(u"CE_USER_SECRET"_s);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, QStringList{u"instances"_s, u"list"_s} + platform());
    QVERIFY(ce::test::waitFor(&process, &QProcess::finished, [&] { return process.state() == QProcess::NotRunning; }));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardError().count('\n'), 1);
    QVERIFY(m_sandbox.calls().isEmpty());
}

void TstCliLifecycle::listOnATerminalIsATable()
{
    const QJsonObject created = createInstance(u"Tabled books"_s, u"table"_s);
    const qint64 id = created.value("id"_L1).toInteger();
    QVERIFY(id > 0);
    const QString token = created.value("token"_L1).toString();
    QVERIFY(!token.isEmpty());

    const int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    QVERIFY(master >= 0);
    auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY | O_CLOEXEC);
    QVERIFY(slave >= 0);
    auto closeSlave = qScopeGuard([slave] { ::close(slave); });

    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([slave] { ::dup2(slave, STDOUT_FILENO); });  // standard output: the terminal
    process.start(program, QStringList{u"instances"_s, u"list"_s, u"--tag"_s, u"table"_s} + platform());
    QVERIFY(ce::test::waitFor(&process, &QProcess::finished, [&] { return process.state() == QProcess::NotRunning; }));
    QCOMPARE(process.exitCode(), 0);
    QByteArray out;
    for (;;) {
        pollfd p {master, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0 || !(p.revents & POLLIN))
            break;
        char buffer[4096];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    const QStringList lines = QString::fromUtf8(out).remove(u'\r').split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);  // the header and the one instance with the tag
    QVERIFY2(QRegularExpression(u"^Name +Id +Element +Tags +Status +Created$"_s).match(lines.at(0)).hasMatch(),
             qPrintable(lines.at(0)));
    QVERIFY2(QRegularExpression(u"^Tabled books +%1 +.*table"_s.arg(id)).match(lines.at(1)).hasMatch(),
             qPrintable(lines.at(1)));
    QVERIFY(!out.contains('{'));
    QVERIFY(!out.contains(token.toUtf8()));
}

QTEST_GUILESS_MAIN(TstCliLifecycle)
#include "tst_cli_lifecycle.moc"
