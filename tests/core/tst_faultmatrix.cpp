// The fault matrix: ProvisioningFlow, what the wizard's pages show, driven through each of
// its three calls (request token, authorization URL, POST /instances) into every fault
//   - the built-in sandbox can inject (HTTP errors with Cloud Elements' body or an HTML
//     page, empty, truncated, wrong-shaped, huge or non-UTF-8 answers, no answer, a slow
//     trickle, a reset mid-body, redirects to another loopback address);
//   - a raw TCP server (FakeCloud, tests/support) gives where the sandbox can't (refused, closed at once, closed
//     mid-body, a 50 MiB body with no Content-Length, wrong types, missing fields, a
//     redirect and an error that echo the request, not HTTP at all);
//   - a local TLS server (FakeCloud over QSslServer) gives with certificates made at run
//     time with the openssl CLI (TestCertificates): self-signed, expired, for another host.
// For each case: the flow ends in the stage before the call with a clear message of the
// right kind, every input kept, no secret in the message, in any log line or in the request
// log (the raw server also answers with reason phrases, messages and pages that echo the
// secrets, raw and JSON-escaped), and the call works again once the fault is gone. A table
// of every case and its outcome is printed at the end.
//
// Everything stays on loopback, by IP literal (127.0.0.1, 127.0.0.2), without a proxy: no
// name is ever resolved, so not even a DNS server is asked. The authorization URLs of the
// raw and TLS servers name FreshBooks but are never loaded: the test sends the callback
// the provider would send.
//
// Trust: the client's QNetworkAccessManager (ApiClient's constructor taking one) is a
// subclass that puts a QSslConfiguration trusting only the test's CA on each request it
// creates (createRequest()); the process-wide default configuration is never touched.
#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/callbackmatcher.h"
#include "core/elementdescription.h"
#include "core/instancerequest.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "core/requestlog.h"
#include "sandbox/sandboxserver.h"

#include "fakecloud.h"
#include "testcertificates.h"
#include "logcapture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ce;
using Stage = ProvisioningFlow::Stage;
using Endpoint = SandboxCall::Endpoint;
using FaultKind = SandboxFault::Kind;
using ErrorKind = ApiError::Kind;
using Call = test::FakeCloud::Call;
using Cert = test::TestCertificates::Kind;
using test::FakeCloud;
using Answer = FakeCloud::Answer;


namespace {

constexpr qint64 MiB = 1024 * 1024;

using namespace test::typed;
// The token and secret inside the sandbox's truncated and non-UTF-8 answers.
const QStringList sandboxBodySecrets = {u"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7"_s, u"KKSbL0J2wL"_s};

enum class Server { Sandbox, Raw, Tls, PlainAsTls };

QString callName(Call c)
{
    switch (c) {
    case Call::Token: return u"token"_s;
    case Call::Url: return u"url"_s;
    case Call::Create: return u"create"_s;
    }
    return {};
}

// How the page's message starts for each call (ApiError's operation names).
QString operationText(Call c)
{
    switch (c) {
    case Call::Token: return u"Getting the request token failed"_s;
    case Call::Url: return u"Getting the authorization URL failed"_s;
    case Call::Create: return u"Creating the instance failed"_s;
    }
    return {};
}

QString serverName(Server s)
{
    switch (s) {
    case Server::Sandbox: return u"sandbox"_s;
    case Server::Raw: return u"raw"_s;
    case Server::Tls: return u"tls"_s;
    case Server::PlainAsTls: return u"raw/https"_s;
    }
    return {};
}

Endpoint endpointOf(Call c)
{
    switch (c) {
    case Call::Token: return Endpoint::Token;
    case Call::Url: return Endpoint::Url;
    case Call::Create: return Endpoint::CreateInstance;
    }
    return Endpoint::Other;
}

QString apiPath(Call c)
{
    switch (c) {
    case Call::Token: return u"/elements/api-v2/elements/freshbooks/oauth/token"_s;
    case Call::Url: return u"/elements/api-v2/elements/freshbooks/oauth/url"_s;
    case Call::Create: return u"/elements/api-v2/instances"_s;
    }
    return {};
}


// Every message as it leaves the redacting handler (which forwards to this one): what a
// user would see on standard error.
// `text` with every character but ASCII letters and digits as a JSON \uXXXX escape, and
// '/' as "\/": how some servers write a string.
QString jsonUnicodeEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            out += c;
        else if (c == u'/')
            out += u"\\/"_s;
        else
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
    }
    return out;
}

using ce::test::procStatusKb;
using ce::test::resetPeakRss;

using test::Inputs;

// ---------------------------------------------------------------------------------------
// The client's network access: trusts the test CA (and only it) for https requests.

class TrustingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    void setSslConfiguration(const QSslConfiguration &configuration) { m_configuration = configuration; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        if (request.url().scheme() == "https"_L1 && !m_configuration.isNull())
            request.setSslConfiguration(m_configuration);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QSslConfiguration m_configuration;
};

// ---------------------------------------------------------------------------------------
// One case of the matrix and one line of the table.

struct Case
{
    Call call = Call::Token;
    Server server = Server::Sandbox;
    QString fault;
    ErrorKind kind = ErrorKind::None;
    int status = 0;          // the expected ApiError::httpStatus
    QStringList needles;     // each must be in the message (case-insensitive)
    std::function<void()> inject;   // just before the call starts
    std::function<void()> restore;  // besides clearing the faults, before the retry
    int timeoutMs = 8000;    // the client's timeout
    bool serverActed = false;  // create: the server created the instance before the fault
    bool memoryCheck = false;  // a 50 MiB answer: aborted early, not held
    bool trapCheck = false;    // a redirect: nothing reached 127.0.0.2
    QString consumerSecret;    // instead of the usual one (a quote and a backslash in it)
    QStringList extraSecrets;  // values the server sends under secret names, never registered
    // Create: whether the message warns that the instance may exist anyway. By default
    // for a timeout, a dropped connection or an unreadable 2xx, not for the rest.
    enum class Hint { Auto, Absent, Either } createdHint = Hint::Auto;
};

struct Row
{
    QString call, server, fault, kind, retry, note, text;
    int status = 0;
    qint64 ms = 0;
    bool passed = false;
};

QList<Row> table;

QString shorten(QString s, int width)
{
    s = s.simplified();
    return s.size() > width ? s.left(width - 1) + u'~' : s;
}

}  // namespace

class TstFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();  // prints the table
    void matrix_data();      // one row a case
    void matrix();

private:
    // ---- Building the matrix
    void buildCases();
    void addSandboxCases(const QList<Call> &calls, const QString &trapBase);
    void addRawCases(const QList<Call> &calls, const QString &trapBase);
    void addEchoCases(const QList<Call> &calls);
    void addTlsCases(const QList<Call> &calls);
    // A case of `server`: `inject` sets its fault up just before the call, `adjust` the rest.
    void add(Call call, Server server, const QString &fault, ErrorKind kind, int status, const QStringList &needles,
             std::function<void()> inject, std::function<void(Case &)> adjust = {});
    void addSandbox(Call call, const QString &fault, const SandboxFault &f, ErrorKind kind, int status,
                    const QStringList &needles, std::function<void(Case &)> adjust = {});
    void addRaw(Call call, const QString &fault, const FakeCloud::Fault &f, ErrorKind kind, int status,
                const QStringList &needles, std::function<void(Case &)> adjust = {});
    static FakeCloud::Fault answering(std::function<FakeCloud::Answer(const FakeCloud::Request &)> answer);
    static FakeCloud::Fault answering(const FakeCloud::Answer &answer);

    // ---- Driving the flow
    Environment environmentFor(Server server) const;
    void newFlow(Server server);
    void waitUntilIdle(int timeoutMs);
    void startAndWait();
    void approve(Server server);
    void authorize(Server server);
    void createAndWait();

    // ---- One case: the fault, what the page shows, the retry, what was printed
    void runCase(const Case &c, Row *row);
    void resetServers();
    void checkMessage(const Case &c, const ApiError &error);
    void retry(const Case &c, Row *row);
    void checkLogs(const Case &c);
    QStringList secretsOfThisCase(const Case &c) const;
    static QStringList spellings(const QString &secret);

    SandboxServer m_sandbox;
    test::TestCertificates m_pki;
    std::optional<test::LogCapture> m_log;  // under the redacting handler: what it lets through
    FakeCloud *m_raw = nullptr;
    FakeCloud *m_tls = nullptr;
    QTcpServer *m_trap = nullptr;  // on 127.0.0.2: where redirects point; must never be reached
    int m_trapped = 0;
    TrustingNetworkAccessManager *m_nam = nullptr;
    QNetworkAccessManager *m_browser = nullptr;  // fetches the sandbox's consent page
    ApiClient *m_client = nullptr;
    ProvisioningFlow *m_flow = nullptr;
    QList<Case> m_cases;
    QStringList m_seen;  // request tokens and secrets the flow held during the case
    RequestLog *m_requestLog = nullptr;  // every exchange of the case's client
    int m_verifiers = 0;
};

// =====================================================================================
// The slots

void TstFaultMatrix::initTestCase()
{
    // The redacting handler forwards to the capture, which keeps what it was given.
    m_log.emplace();
    redaction::installMessageHandler();
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.baseUrl().host(), u"127.0.0.1"_s);

    m_raw = new FakeCloud(FakeCloud::Transport::Plain, this);
    QVERIFY(m_raw->listen());
    m_tls = new FakeCloud(FakeCloud::Transport::Tls, this);
    m_tls->useCertificate(m_pki.good);
    QVERIFY(m_tls->listen());
    m_trap = new QTcpServer(this);
    QVERIFY2(m_trap->listen(QHostAddress(u"127.0.0.2"_s)), qPrintable(m_trap->errorString()));
    connect(m_trap, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_trap->nextPendingConnection()) {
            ++m_trapped;
            s->abort();
            s->deleteLater();
        }
    });

    m_nam = new TrustingNetworkAccessManager(this);
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates({m_pki.ca});
    m_nam->setSslConfiguration(trust);
    m_browser = new QNetworkAccessManager(this);
    // No proxy from the environment either: every connection goes straight to loopback.
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_browser->setProxy(QNetworkProxy::NoProxy);
    buildCases();
}

void TstFaultMatrix::cleanupTestCase()
{
    delete m_requestLog;
    m_requestLog = nullptr;
    delete m_flow;
    m_flow = nullptr;
    delete m_client;
    m_client = nullptr;

    // The table, for the test log.
    QString out = u"\nFault matrix: %1 cases\n"_s.arg(table.size());
    const auto line = [](const QStringList &cells, const QList<int> &widths) -> QString {
        QString l;
        for (qsizetype i = 0; i < cells.size(); ++i)
            l += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) + u' ' : cells.at(i);
        return l + u'\n';
    };
    const QList<int> widths = {4, 6, 9, 40, 9, 4, 6, 15, 0};
    out += line({u"#"_s, u"call"_s, u"server"_s, u"fault"_s, u"kind"_s, u"http"_s, u"ms"_s, u"retry"_s,
                 u"message on the page [note]"_s},
                widths);
    int n = 0;
    int failures = 0;
    for (const Row &r : std::as_const(table)) {
        if (!r.passed)
            ++failures;
        QString message = shorten(r.text, 150);
        if (!r.note.isEmpty())
            message += u" ["_s + r.note + u"]"_s;
        out += line({QString::number(++n), r.call, r.server, r.fault, r.kind,
                     r.status ? QString::number(r.status) : u"-"_s, QString::number(r.ms),
                     r.passed ? r.retry : u"FAILED"_s, message},
                    widths);
    }
    out += u"%1 passed, %2 failed\n"_s.arg(table.size() - failures).arg(failures);
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void TstFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const Case &c = m_cases.at(i);
        QTest::newRow(qPrintable(u"%1 %2 %3: %4"_s.arg(QString::number(i + 1).rightJustified(3, u'0'), callName(c.call),
                                                      serverName(c.server), c.fault)))
            << int(i);
    }
}

void TstFaultMatrix::matrix()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    Row row;
    row.call = callName(c.call);
    row.server = serverName(c.server);
    row.fault = c.fault;
    runCase(c, &row);
    if (QTest::currentTestFailed())
        row.passed = false;
    table.append(row);
}

// =====================================================================================
// Building the matrix

void TstFaultMatrix::buildCases()
{
    const QList<Call> calls = {Call::Token, Call::Url, Call::Create};
    const QString trapBase = u"http://127.0.0.2:%1"_s.arg(m_trap->serverPort());
    addSandboxCases(calls, trapBase);
    addRawCases(calls, trapBase);
    addEchoCases(calls);
    addTlsCases(calls);
}

// The sandbox's faults.
void TstFaultMatrix::addSandboxCases(const QList<Call> &calls, const QString &trapBase)
{
    for (const Call call : calls) {
        for (const int status : {400, 401, 403, 404, 409, 415, 500, 502, 503}) {
            SandboxFault f;
            f.kind = FaultKind::HttpError;
            f.status = status;
            QStringList needles = {u"HTTP %1"_s.arg(status), u"It said: \""_s};
            if (status == 401)
                needles << u"Invalid Organization or User secret"_s;
            addSandbox(call, u"HTTP %1, Cloud Elements body"_s.arg(status), f, ErrorKind::Http, status, needles);
        }
        for (const int status : {400, 401, 403, 404, 409, 415, 500, 502, 503}) {
            SandboxFault f;
            f.kind = FaultKind::HtmlError;
            f.status = status;
            addSandbox(call, u"HTTP %1, HTML page"_s.arg(status), f, ErrorKind::Http, status,
                       {u"HTTP %1"_s.arg(status), u"web page"_s});
        }
        SandboxFault f;
        f.kind = FaultKind::EmptyBody;
        addSandbox(call, u"empty 200"_s, f, ErrorKind::MalformedResponse, 200, {u"the answer is empty"_s});
        f.kind = FaultKind::MalformedJson;
        addSandbox(call, u"200, truncated JSON"_s, f, ErrorKind::MalformedResponse, 200, {u"cut off"_s});
        f.kind = FaultKind::WrongShape;
        addSandbox(call, u"200, JSON array (wrong shape)"_s, f, ErrorKind::MalformedResponse, 200,
                   {call == Call::Create ? u"expected an instance object"_s : u"expected an object with"_s});
        f.kind = FaultKind::InvalidUtf8;
        addSandbox(call, u"200, invalid UTF-8"_s, f, ErrorKind::MalformedResponse, 200, {u"UTF-8"_s});
        f.kind = FaultKind::HugeBody;
        f.size = 50 * MiB;
        addSandbox(call, u"200, 50 MiB body"_s, f, ErrorKind::MalformedResponse, 200, {u"larger than 1 MiB"_s},
                   [](Case &c) { c.memoryCheck = true; });
        f = {};
        f.kind = FaultKind::NoAnswer;
        addSandbox(call, u"no answer (1 s timeout)"_s, f, ErrorKind::Timeout, 0,
                   {u"did not answer in time"_s, u"timeout: 1 s"_s}, [](Case &c) { c.timeoutMs = 1000; });
        f.kind = FaultKind::Trickle;
        f.delayMs = 200;
        addSandbox(call, u"slow trickle past the timeout"_s, f, ErrorKind::Timeout, 200,
                   {u"did not answer in time"_s, u"timeout: 1 s"_s}, [call](Case &c) {
                       c.timeoutMs = 1000;
                       c.serverActed = call == Call::Create;
                   });
        f = {};
        f.kind = FaultKind::Reset;
        addSandbox(call, u"reset mid-body"_s, f, ErrorKind::Network, 200, {u"closed the connection"_s},
                   [call](Case &c) { c.serverActed = call == Call::Create; });
        for (const int status : {301, 302}) {
            SandboxFault r;
            r.kind = FaultKind::Redirect;
            r.status = status;
            r.location = trapBase + apiPath(call);
            addSandbox(call, u"%1 to 127.0.0.2"_s.arg(status), r, ErrorKind::Http, status,
                       {u"HTTP %1"_s.arg(status), u"127.0.0.2"_s, u"not followed"_s},
                       [](Case &c) { c.trapCheck = true; });
        }
    }
}

// A raw TCP server's.
void TstFaultMatrix::addRawCases(const QList<Call> &calls, const QString &trapBase)
{
    for (const Call call : calls) {
        {
            FakeCloud::Fault f;
            f.arm = [this] { m_raw->stopListening(); };
            addRaw(call, u"connection refused (port closed)"_s, f, ErrorKind::Network, 0, {u"refused"_s},
                   [this](Case &c) {
                       c.restore = [this] { QVERIFY(m_raw->listenAgain()); };
                       c.createdHint = Case::Hint::Absent;  // nothing was sent
                   });
        }
        {
            FakeCloud::Fault f;
            f.arm = [this] { m_raw->closeOnAccept = true; };
            // The request may or may not have left before the close was seen.
            addRaw(call, u"accepted, closed at once"_s, f, ErrorKind::Network, 0, {u"closed the connection"_s},
                   [](Case &c) { c.createdHint = Case::Hint::Either; });
        }
        QByteArray half = "{\"token\":\"half-sent-token-0123456789\",\"secret\":\"half-sent-secret-0123456789\","
                          "\"padding\":\"";
        half += QByteArray(150 - half.size(), 'x');
        addRaw(call, u"closed mid-body (FIN), 150 of 400 bytes"_s,
               answering(Answer::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n"
                                     "Connection: close\r\n\r\n" + half)),
               ErrorKind::Network, 200, {u"closed the connection before the answer was complete"_s});
        {
            Answer huge;
            huge.mode = Answer::Mode::Huge;
            huge.size = 50 * MiB;
            addRaw(call, u"200, 50 MiB, no Content-Length"_s, answering(huge), ErrorKind::MalformedResponse, 200,
                   {u"larger than 1 MiB"_s}, [](Case &c) { c.memoryCheck = true; });
        }
        {
            Answer silent;
            silent.mode = Answer::Mode::Silent;
            addRaw(call, u"reads, never answers (1 s timeout)"_s, answering(silent), ErrorKind::Timeout, 0,
                   {u"did not answer in time"_s}, [](Case &c) { c.timeoutMs = 1000; });
        }
        addRaw(call, u"not HTTP at all"_s, answering(Answer::raw("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")),
               ErrorKind::Network, 0, {u"127.0.0.1"_s});
        // Wrong types and a missing token (or URL, or id) in a 200.
        const QByteArray wrongTypes = call == Call::Token ? "{\"token\":4711,\"secret\":true}"
                                    : call == Call::Url   ? "{\"oauthUrl\":12,\"element\":\"freshbooks\"}"
                                                          : "{\"id\":\"abc\",\"name\":7,\"token\":[]}";
        const QString wrongTypesWhy = call == Call::Token ? u"\"token\" is not a string"_s
                                    : call == Call::Url   ? u"\"oauthUrl\" is not a string"_s
                                                          : u"\"id\" is missing or not a positive integer"_s;
        addRaw(call, u"200, wrong types"_s, answering(Answer::json(200, wrongTypes)),
               ErrorKind::MalformedResponse, 200, {wrongTypesWhy});
        const QByteArray missing = call == Call::Token ? "{\"secret\":\"lonely-secret-0123456789\"}"
                                 : call == Call::Url   ? "{\"element\":\"freshbooks\"}"
                                                       : "{\"id\":4711,\"name\":\"Acme books\",\"element\":"
                                                         "{\"key\":\"freshbooks\"},\"valid\":true}";
        addRaw(call, call == Call::Url ? u"200, oauthUrl missing"_s : u"200, token missing"_s,
               answering(Answer::json(200, missing)), ErrorKind::MalformedResponse, 200,
               {call == Call::Url ? u"\"oauthUrl\" is missing"_s : u"\"token\" is missing"_s});
        addRaw(call, u"200, JSON null"_s, answering(Answer::json(200, "null")), ErrorKind::MalformedResponse, 200,
               {u"not valid JSON"_s});
        addRaw(call, u"200, text/plain \"OK\""_s,
               answering([] {
                   Answer a = Answer::json(200, "OK");
                   a.contentType = "text/plain";
                   return a;
               }()),
               ErrorKind::MalformedResponse, 200, {u"not valid JSON"_s});
        // A redirect that keeps the request (query with the secrets) on its way to another host.
        addRaw(call, u"302 to 127.0.0.2, query kept"_s, answering([trapBase](const FakeCloud::Request &r) {
                   Answer a = Answer::json(302, QByteArray());
                   a.contentType.clear();
                   a.location = trapBase.toLatin1() + r.target;
                   return a;
               }),
               ErrorKind::Http, 302, {u"HTTP 302"_s, u"127.0.0.2"_s, u"not followed"_s},
               [](Case &c) { c.trapCheck = true; });
        // An error whose message echoes the whole request, secrets and all.
        addRaw(call, u"400 echoing the request"_s, answering([](const FakeCloud::Request &r) {
                   return Answer::json(
                       400, QJsonDocument(QJsonObject{
                                {u"requestId"_s, u"0123456789abcdef01234567"_s},
                                {u"message"_s, QString::fromUtf8("Cannot process " + r.method + ' ' + r.target
                                                                 + ' ' + r.body)}}));
               }),
               ErrorKind::Http, 400, {u"HTTP 400"_s, u"Cannot process"_s});
        addRaw(call, u"401, error body not UTF-8"_s,
               answering(Answer::json(401, "{\"requestId\":\"0123456789abcdef01234567\","
                                           "\"message\":\"Invalid \xC3\x28 secret\"}")),
               ErrorKind::Http, 401, {u"HTTP 401"_s});
    }
    // URL answers that would send the user somewhere wrong.
    addRaw(Call::Url, u"200, oauth_token=null URL"_s,
           answering(Answer::json(200, "{\"oauthUrl\":\"https://acme.freshbooks.com/oauth/oauth_authorize.php?"
                                       "oauth_token=null&oauth_callback=x\",\"element\":\"freshbooks\"}")),
           ErrorKind::MalformedResponse, 200, {u"oauth_token=null"_s});
    addRaw(Call::Url, u"200, URL for another token"_s,
           answering(Answer::json(200, "{\"oauthUrl\":\"https://acme.freshbooks.com/oauth/oauth_authorize.php?"
                                       "oauth_token=someone-elses-token\",\"element\":\"freshbooks\"}")),
           ErrorKind::MalformedResponse, 200, {u"another request token"_s});
    addRaw(Call::Url, u"200, javascript: URL"_s,
           answering(Answer::json(200, "{\"oauthUrl\":\"javascript:alert(1)\",\"element\":\"freshbooks\"}")),
           ErrorKind::MalformedResponse, 200, {u"not an absolute http(s) URL"_s});
    addRaw(Call::Token, u"200, token \"null\""_s,
           answering(Answer::json(200, "{\"token\":\"null\",\"secret\":\"null-token-secret-0123\"}")),
           ErrorKind::MalformedResponse, 200, {u"\"null\""_s});
}

    // Error answers that echo the secrets back: in the reason phrase, in Cloud Elements'
    // messages (JSON-escaped in every way a server may write them), in an HTML page,
    // and under secret names in free text. None of it may reach the page or a log.
void TstFaultMatrix::addEchoCases(const QList<Call> &calls)
{
    const QByteArray userSecret = SandboxServer::UserSecret;
    const QByteArray organizationSecret = SandboxServer::OrganizationSecret;
    const QString quoteBackslashSecret = u"q\"uote\\back/slash+secret=1"_s;
    for (const Call call : calls) {
        // The consumer secret the flow sends, whatever the case set it to.
        const auto consumer = [this] { return m_flow->configuration(secretProperty).toUtf8(); };
        addRaw(call, u"400, reason phrase echoes the consumer secret"_s,
               answering([consumer](const FakeCloud::Request &) {
                   Answer a = Answer::json(400, "{}");
                   a.reason = "Bad secret " + consumer();
                   return a;
               }),
               ErrorKind::Http, 400, {u"HTTP 400 Bad secret <redacted>."_s});
        addRaw(call, u"401, reason phrase echoes the user secret"_s,
               answering([userSecret](const FakeCloud::Request &) {
                   Answer a = Answer::json(401, "{}");
                   a.reason = "Unknown user secret " + userSecret;
                   return a;
               }),
               ErrorKind::Http, 401, {u"HTTP 401 Unknown user secret <redacted>."_s});
        addRaw(call, u"400, messages echo the secrets, \\u-escaped"_s,
               answering([consumer, userSecret, organizationSecret](const FakeCloud::Request &) {
                   return Answer::json(
                       400, "{\"message\":\"Bad apiSecret " + jsonUnicodeEscaped(QString::fromUtf8(consumer())).toUtf8()
                                + " for " + jsonUnicodeEscaped(QString::fromLatin1(userSecret)).toUtf8()
                                + "\",\"providerMessage\":\"organization "
                                + jsonUnicodeEscaped(QString::fromLatin1(organizationSecret)).toUtf8() + "\"}");
               }),
               ErrorKind::Http, 400,
               {u"It said: \"Bad apiSecret <redacted> for <redacted>\""_s,
                u"The provider said: \"organization <redacted>\""_s});
        addRaw(call, u"502, HTML page quotes the secrets JSON-escaped"_s,
               answering([consumer, userSecret](const FakeCloud::Request &) {
                   Answer a = Answer::json(502, "<html><body><pre>{\"echo\":\""
                                                    + jsonUnicodeEscaped(QString::fromUtf8(consumer())).toUtf8()
                                                    + "\",\"also\":\"" + userSecret + "\"}</pre></body></html>");
                   a.contentType = "text/html";
                   a.reason = "Bad Gateway";
                   return a;
               }),
               ErrorKind::Http, 502, {u"HTTP 502 Bad Gateway."_s, u"web page"_s});
        addRaw(call, u"400, a secret with \" and \\ echoed"_s,
               answering([consumer](const FakeCloud::Request &) {
                   Answer a = Answer::json(
                       400, QJsonDocument(QJsonObject{{u"message"_s, QString(u"Bad secret "_s
                                                                             + QString::fromUtf8(consumer()))}})
                                .toJson(QJsonDocument::Compact));
                   a.reason = "Bad secret " + consumer();
                   return a;
               }),
               ErrorKind::Http, 400,
               {u"HTTP 400 Bad secret <redacted>."_s, u"It said: \"Bad secret <redacted>\""_s},
               [quoteBackslashSecret](Case &c) { c.consumerSecret = quoteBackslashSecret; });
        addRaw(call, u"400, secret-named values in free text"_s,
               answering(Answer::json(
                   400, "{\"message\":\"rejected apiSecret: unreg-1a2b3c, oauth.verifier=unreg-4d5e6f and "
                        "{\\\"requestTokenSecret\\\":\\\"unreg-7a8b9c\\\"}\"}")),
               ErrorKind::Http, 400, {u"It said: \"rejected apiSecret: <redacted>"_s},
               [](Case &c) { c.extraSecrets = {u"unreg-1a2b3c"_s, u"unreg-4d5e6f"_s, u"unreg-7a8b9c"_s}; });
    }
}

// A local TLS server's, and https:// to a plain server.
void TstFaultMatrix::addTlsCases(const QList<Call> &calls)
{
    for (const Call call : calls) {
        for (const auto &[cert, name, needle] :
             {std::tuple{Cert::SelfSigned, u"TLS, self-signed certificate"_s, u"self-signed"_s},
              std::tuple{Cert::Expired, u"TLS, expired certificate"_s, u"expired"_s},
              std::tuple{Cert::WrongHost, u"TLS, certificate for another host"_s, u"host name"_s}}) {
            FakeCloud::Fault f;
            f.at = call;
            f.arm = [this, cert = cert] { m_tls->useCertificate(m_pki.pair(cert)); };
            add(call, Server::Tls, name, ErrorKind::Tls, 0, {u"could not be trusted"_s, needle},
                [this, f] { m_tls->setFault(f); },
                [this](Case &c) { c.restore = [this] { m_tls->useCertificate(m_pki.good); }; });
        }
    }
    add(Call::Token, Server::PlainAsTls, u"https:// to a plain HTTP server"_s, ErrorKind::Tls, 0,
        {u"no secure connection"_s, u"speaks https"_s}, [] {});
}

void TstFaultMatrix::add(Call call, Server server, const QString &fault, ErrorKind kind, int status,
                         const QStringList &needles, std::function<void()> inject, std::function<void(Case &)> adjust)
{
    Case c;
    c.call = call;
    c.server = server;
    c.fault = fault;
    c.kind = kind;
    c.status = status;
    c.needles = needles;
    c.inject = std::move(inject);
    if (adjust)
        adjust(c);
    m_cases.append(std::move(c));
}

void TstFaultMatrix::addSandbox(Call call, const QString &fault, const SandboxFault &f, ErrorKind kind, int status,
                                const QStringList &needles, std::function<void(Case &)> adjust)
{
    add(call, Server::Sandbox, fault, kind, status, needles,
        [this, call, f] { m_sandbox.addFault(endpointOf(call), f); }, std::move(adjust));
}

void TstFaultMatrix::addRaw(Call call, const QString &fault, const FakeCloud::Fault &f, ErrorKind kind, int status,
                            const QStringList &needles, std::function<void(Case &)> adjust)
{
    FakeCloud::Fault atCall = f;
    atCall.at = call;
    add(call, Server::Raw, fault, kind, status, needles, [this, atCall] { m_raw->setFault(atCall); },
        std::move(adjust));
}

FakeCloud::Fault TstFaultMatrix::answering(std::function<FakeCloud::Answer(const FakeCloud::Request &)> answer)
{
    FakeCloud::Fault f;
    f.answer = std::move(answer);
    return f;
}

FakeCloud::Fault TstFaultMatrix::answering(const FakeCloud::Answer &answer)
{
    return answering([answer](const FakeCloud::Request &) { return answer; });
}

// =====================================================================================
// Driving the flow

Environment TstFaultMatrix::environmentFor(Server server) const
{
    switch (server) {
    case Server::Sandbox: return Environment::sandbox(m_sandbox.baseUrl());
    case Server::Raw: return Environment::custom(m_raw->baseUrl(false));
    case Server::Tls: return Environment::custom(m_tls->baseUrl(true));
    case Server::PlainAsTls: return Environment::custom(m_raw->baseUrl(true));
    }
    return {};
}

void TstFaultMatrix::newFlow(Server server)
{
    delete m_flow;
    delete m_client;
    m_client = new ApiClient(m_nam, this);
    m_flow = new ProvisioningFlow(m_client, ce::test::freshbooks(), this);
    delete m_requestLog;
    m_requestLog = new RequestLog(this);
    m_requestLog->follow(m_client);
    test::typed::fill(m_flow, environmentFor(server),
                      {QString::fromLatin1(SandboxServer::UserSecret),
                       QString::fromLatin1(SandboxServer::OrganizationSecret)});
    // Whatever token the flow holds at any moment is a secret the page must not show.
    connect(m_flow, &ProvisioningFlow::stageChanged, this, [this] {
        const RequestToken t = m_flow->requestToken();
        if (!t.token.isEmpty())
            m_seen << t.token << t.secret;
    });
}

void TstFaultMatrix::waitUntilIdle(int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isBusy(), timeoutMs);
}

// Steps 1 and 2 to AwaitingAuthorization.
void TstFaultMatrix::startAndWait()
{
    m_flow->startAuthorization();
    CHECK(waitUntilIdle(15000));
    QVERIFY2(m_flow->stage() == Stage::AwaitingAuthorization, qPrintable(m_flow->lastError().text));
    QVERIFY(!m_flow->lastError().isError());
}

// Step 3: the account owner allows access; the browser's navigation to the callback
// goes to the flow. The sandbox answers its consent page with the 302 to the callback
// (auto-approve); the other servers' URLs point at FreshBooks, which is never loaded:
// the callback is the one FreshBooks would send.
void TstFaultMatrix::approve(Server server)
{
    QUrl callback;
    if (server == Server::Sandbox) {
        m_sandbox.setAutoApprove(true);
        QNetworkRequest request(m_flow->authorizationUrl());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_browser->get(request);
        QSignalSpy done(page, &QNetworkReply::finished);
        const bool finished = page->isFinished() || done.wait(10000);
        m_sandbox.setAutoApprove(false);
        page->deleteLater();
        QVERIFY(finished);
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        callback = page->url().resolved(page->header(QNetworkRequest::LocationHeader).toUrl());
    } else {
        callback = QUrl(callbackUrl);
        QUrlQuery q;
        q.addQueryItem(u"state"_s, u"freshbooks"_s);
        q.addQueryItem(u"oauth_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_flow->requestToken().token)));
        q.addQueryItem(u"oauth_verifier"_s, u"fake-verifier-%1"_s.arg(++m_verifiers));
        callback.setQuery(q);
    }
    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, CallbackMatch::Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage::Authorized);
}

void TstFaultMatrix::authorize(Server server)
{
    CHECK(startAndWait());
    CHECK(approve(server));
}

void TstFaultMatrix::createAndWait()
{
    m_flow->createInstance();
    CHECK(waitUntilIdle(15000));
    QVERIFY2(m_flow->stage() == Stage::Created, qPrintable(m_flow->lastError().text));
    QVERIFY(m_flow->instance().id > 0);
    QVERIFY(!m_flow->instance().token.isEmpty());
}

// =====================================================================================
// One case

void TstFaultMatrix::runCase(const Case &c, Row *row)
{
    CHECK(resetServers());
    CHECK(newFlow(c.server));
    if (!c.consumerSecret.isEmpty())
        m_flow->setConfiguration(secretProperty, c.consumerSecret);
    if (c.call == Call::Create)
        CHECK(authorize(c.server));

    const Inputs before = Inputs::of(*m_flow);
    const RequestToken tokenBefore = m_flow->requestToken();
    const CallbackMatch callbackBefore = m_flow->callback();
    m_client->setTimeout(std::chrono::milliseconds(c.timeoutMs));
    QSignalSpy failed(m_flow, &ProvisioningFlow::failed);
    QSignalSpy urlReady(m_flow, &ProvisioningFlow::authorizationUrlReady);
    QSignalSpy created(m_flow, &ProvisioningFlow::instanceCreated);

    qint64 rssBeforeKb = -1;
    bool peakReset = false;
    if (c.memoryCheck) {
        rssBeforeKb = procStatusKb("VmRSS");
        peakReset = resetPeakRss();
    }
    c.inject();
    QElapsedTimer clock;
    clock.start();
    if (c.call == Call::Create)
        m_flow->createInstance();
    else
        m_flow->startAuthorization();
    QVERIFY(m_flow->isBusy());
    CHECK(waitUntilIdle(c.timeoutMs + 20000));
    row->ms = clock.elapsed();

    const ApiError error = m_flow->lastError();
    row->kind = ApiError::kindName(error.kind);
    row->status = error.httpStatus;
    row->text = error.text;

    // The page: the stage before the call, one failure, the message.
    const Stage expectedStage = c.call == Call::Create ? Stage::Authorized : Stage::Editing;
    QVERIFY2(m_flow->stage() == expectedStage,
             qPrintable(u"stage %1: %2"_s.arg(int(m_flow->stage())).arg(error.text)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(urlReady.count(), 0);
    QCOMPARE(created.count(), 0);
    CHECK(checkMessage(c, error));

    // Every input kept; for create, the authorization too, so that the same button can try again.
    QVERIFY(Inputs::of(*m_flow) == before);
    if (c.call == Call::Create) {
        QCOMPARE(m_flow->requestToken().token, tokenBefore.token);
        QCOMPARE(m_flow->requestToken().secret, tokenBefore.secret);
        QCOMPARE(m_flow->callback().oauthVerifier, callbackBefore.oauthVerifier);
    } else {
        QVERIFY(m_flow->requestToken().token.isEmpty());
        QVERIFY(m_flow->authorizationUrl().isEmpty());
    }

    if (c.memoryCheck) {
        QVERIFY2(row->ms < 10000, qPrintable(u"%1 ms"_s.arg(row->ms)));
        const qint64 peakKb = procStatusKb("VmHWM");
        if (peakReset && rssBeforeKb > 0 && peakKb > 0) {
            const qint64 growthMiB = (peakKb - rssBeforeKb) / 1024;
            row->note = u"peak RSS +%1 MiB"_s.arg(growthMiB);
            QVERIFY2(growthMiB < 24, qPrintable(row->note));
        } else {
            row->note = u"peak RSS not measurable"_s;
        }
        if (c.server == Server::Raw) {
            row->note += u", server sent %1 MiB"_s.arg(m_raw->hugeWritten / MiB);
            QVERIFY2(m_raw->hugeWritten < 16 * MiB, qPrintable(row->note));
        }
    }

    CHECK(retry(c, row));
    CHECK(checkLogs(c));
    row->passed = true;
}

// Every server as it is without a fault, nothing seen or printed yet.
void TstFaultMatrix::resetServers()
{
    m_sandbox.clearFaults();
    m_sandbox.clearCalls();
    m_sandbox.setAutoApprove(false);
    m_raw->clearFault();
    m_tls->clearFault();
    QVERIFY(m_raw->listenAgain());
    m_tls->useCertificate(m_pki.good);
    m_seen.clear();
    m_trapped = 0;
    m_log->clear();
}

// The message on the page: of the right kind, readable, and without a secret.
void TstFaultMatrix::checkMessage(const Case &c, const ApiError &error)
{
    QVERIFY2(error.kind == c.kind,
             qPrintable(u"kind %1, expected %2: %3"_s.arg(ApiError::kindName(error.kind),
                                                         ApiError::kindName(c.kind), error.text)));
    QVERIFY2(error.httpStatus == c.status,
             qPrintable(u"status %1, expected %2: %3"_s.arg(error.httpStatus).arg(c.status).arg(error.text)));
    QVERIFY2(error.text.startsWith(operationText(c.call)), qPrintable(error.text));
    QVERIFY2(error.text.endsWith(u'.') || error.text.endsWith(u')'), qPrintable(error.text));
    for (const QString &needle : c.needles)
        QVERIFY2(error.text.contains(needle, Qt::CaseInsensitive),
                 qPrintable(u"\"%1\" not in: %2"_s.arg(needle, error.text)));
    // Readable: no markup, no raw JSON (but the server's own message, shown as it is),
    // one block, not a novel.
    const QString ours = QString(error.text).remove(error.serverMessage);
    for (const QString &markup : {u"<html"_s, u"<!doctype"_s, u"<body"_s, u"<title"_s, u"{\""_s})
        QVERIFY2(!ours.contains(markup, Qt::CaseInsensitive), qPrintable(error.text));
    QVERIFY2(!error.text.contains(u'\n'), qPrintable(error.text));
    QVERIFY2(error.text.size() < 1200, qPrintable(error.text));
    QVERIFY2(!error.text.contains(QChar::ReplacementCharacter), qPrintable(error.text));

    // After a create that may have reached the platform, the page says so.
    const QString createdHint = u"may have been created anyway"_s;
    bool hintExpected = c.call == Call::Create
        && (c.kind == ErrorKind::Timeout || c.kind == ErrorKind::Network || c.kind == ErrorKind::MalformedResponse);
    if (c.createdHint == Case::Hint::Absent)
        hintExpected = false;
    if (c.createdHint != Case::Hint::Either)
        QVERIFY2(error.text.contains(createdHint) == hintExpected, qPrintable(error.text));

    // No secret in anything the page or the log panel could show.
    const QString shown = QStringList{error.text, error.detail, error.serverMessage, error.providerMessage}.join(u'\n');
    for (const QString &secret : secretsOfThisCase(c)) {
        for (const QString &spelling : spellings(secret))
            QVERIFY2(!shown.contains(spelling), qPrintable(u"secret \"%1\" in: %2"_s.arg(secret, shown)));
    }
}

// The fault is gone; the same action works.
void TstFaultMatrix::retry(const Case &c, Row *row)
{
    m_sandbox.clearFaults();
    m_raw->clearFault();
    m_tls->clearFault();
    if (c.restore)
        CHECK(c.restore());
    if (c.server == Server::PlainAsTls) {
        // Nothing to clear on the server: the user corrects the base URL.
        m_flow->setEnvironment(environmentFor(Server::Raw));
        row->retry = u"ok (http://)"_s;
    }
    if (c.call == Call::Create) {
        if (c.serverActed) {
            // The server created the instance before the answer broke: the same token
            // is refused, a new authorization works.
            m_flow->createInstance();
            CHECK(waitUntilIdle(15000));
            QCOMPARE(m_flow->stage(), Stage::Authorized);
            QCOMPARE(m_flow->lastError().kind, ErrorKind::Http);
            QCOMPARE(m_flow->lastError().httpStatus, 400);
            QVERIFY2(m_flow->lastError().text.contains(u"already been used"_s), qPrintable(m_flow->lastError().text));
            CHECK(authorize(c.server));
            row->retry = u"400, re-auth ok"_s;
        }
        CHECK(createAndWait());
    } else {
        CHECK(startAndWait());
    }
    if (row->retry.isEmpty())
        row->retry = u"ok"_s;

    if (c.trapCheck) {
        // The retry was one more round trip: anything late would have arrived.
        QCOMPARE(m_trapped, 0);
        row->note = u"127.0.0.2 not contacted"_s;
    }
}

// No secret in any line printed during the case (the fault and the retry) nor in
// the request log (each exchange in full: URLs, status, error, both bodies).
void TstFaultMatrix::checkLogs(const Case &c)
{
    const QStringList lines = m_log->messages();
    const QString requestLog = m_requestLog->toText();
    QVERIFY(!requestLog.isEmpty());
    QVERIFY(!lines.isEmpty());  // ce.api logs every call
    for (const QString &secret : secretsOfThisCase(c)) {
        for (const QString &spelling : spellings(secret)) {
            for (const QString &line : lines)
                QVERIFY2(!line.contains(spelling), qPrintable(u"secret \"%1\" in a log line: %2"_s.arg(secret, line)));
            QVERIFY2(!requestLog.contains(spelling),
                     qPrintable(u"secret \"%1\" in the request log:\n%2"_s.arg(secret, requestLog)));
        }
    }
}

QStringList TstFaultMatrix::secretsOfThisCase(const Case &c) const
{
    QStringList secrets = m_seen + c.extraSecrets;
    secrets << consumerSecret << m_flow->configuration(secretProperty) << QString::fromLatin1(SandboxServer::UserSecret)
            << QString::fromLatin1(SandboxServer::OrganizationSecret) << sandboxBodySecrets;
    secrets << m_raw->issued << m_tls->issued;
    for (const SandboxCall &call : m_sandbox.calls(Endpoint::Url))
        secrets << call.query.queryItemValue(u"requestToken"_s, QUrl::FullyDecoded);
    if (!m_flow->callback().oauthVerifier.isEmpty())
        secrets << m_flow->callback().oauthVerifier;
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    return secrets;
}

QStringList TstFaultMatrix::spellings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QStringList all = {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                       QString::fromLatin1(QUrl::toPercentEncoding(secret)).toLower(),
                       QUrl(u"http://h/?q="_s + secret).query(QUrl::FullyEncoded).mid(2)};
    QJsonObject o{{u"v"_s, secret}};
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    all << QString::fromUtf8(json.mid(6, json.size() - 8));  // {"v":"...."}
    all << jsonUnicodeEscaped(secret);
    all.removeDuplicates();
    return all;
}

QTEST_GUILESS_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"
