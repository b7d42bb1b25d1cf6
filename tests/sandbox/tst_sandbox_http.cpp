// The sandbox as an HTTP server: it listens on loopback only, serves only requests
// addressed to it (DNS rebinding), refuses oversized bodies before they are held, records
// every call within bounds, and logs no secret.
#include "logcapture.h"
#include "sandboxtest.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkCookie>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace ce::test;
using Endpoint = SandboxCall::Endpoint;
using Kind = SandboxFault::Kind;

class TstSandboxHttp : public SandboxTest
{
    Q_OBJECT

private slots:
    // Who is served
    void listensOnLoopbackOnly();
    void hostMustNameThisServer_data();
    void hostMustNameThisServer();
    void ownNamesWorkThroughTheFlow();

    // What is held
    void oversizedBodyRefused();
    void lineEndsBeforeARequest();
    void recordIsBounded();

    // What is recorded and logged
    void everyRequestIsRecordedAndSignalled();
    void logsNoSecrets();
};

void TstSandboxHttp::listensOnLoopbackOnly()
{
    const quint16 port = server->port();
    QVERIFY(port != 0);
    QCOMPARE(server->rootUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(server->baseUrl(), QUrl(u"http://127.0.0.1:%1/elements/api-v2"_s.arg(port)));

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(5000));

    // 127.0.0.2 is this machine too: a server listening on any address would answer there.
    QList<QHostAddress> others{QHostAddress(u"127.0.0.2"_s), QHostAddress::LocalHostIPv6};
    const auto all = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : all) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            others.append(a);
    }
    for (const QHostAddress &address : std::as_const(others)) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(5000), qPrintable(address.toString()));
    }

    SandboxServer second;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot listen on 127\\.0\\.0\\.1"_s));
    QVERIFY(!second.listen(port));
    QVERIFY(second.errorString().contains(QString::number(port)));
    QVERIFY(!server->listen());  // already listening
}

// DNS rebinding: a web page whose own domain resolves to 127.0.0.1 reaches the sandbox
// with its domain in the Host header. Only the names of this server are served.
void TstSandboxHttp::hostMustNameThisServer_data()
{
    QTest::addColumn<QByteArray>("hostLines");  // the Host header lines of the request
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1:port") << QByteArray("Host: 127.0.0.1:%PORT%\r\n") << 200;
    QTest::newRow("localhost:port") << QByteArray("Host: localhost:%PORT%\r\n") << 200;
    QTest::newRow("LocalHost:port") << QByteArray("Host: LocalHost:%PORT%\r\n") << 200;
    QTest::newRow("evil.example") << QByteArray("Host: evil.example\r\n") << 421;
    QTest::newRow("evil.example:port") << QByteArray("Host: evil.example:%PORT%\r\n") << 421;
    QTest::newRow("127.0.0.1, another port") << QByteArray("Host: 127.0.0.1:%OTHER%\r\n") << 421;
    QTest::newRow("127.0.0.1 without port") << QByteArray("Host: 127.0.0.1\r\n") << 421;
    QTest::newRow("localhost without port") << QByteArray("Host: localhost\r\n") << 421;
    QTest::newRow("127.0.0.2:port") << QByteArray("Host: 127.0.0.2:%PORT%\r\n") << 421;
    QTest::newRow("[::1]:port (not listened on)") << QByteArray("Host: [::1]:%PORT%\r\n") << 421;
    QTest::newRow("localhost.:port") << QByteArray("Host: localhost.:%PORT%\r\n") << 421;
    QTest::newRow("empty") << QByteArray("Host: \r\n") << 421;
    QTest::newRow("missing") << QByteArray() << 400;
    QTest::newRow("twice") << QByteArray("Host: 127.0.0.1:%PORT%\r\nHost: evil.example\r\n") << 400;
}

void TstSandboxHttp::hostMustNameThisServer()
{
    QFETCH(QByteArray, hostLines);
    QFETCH(int, status);
    hostLines.replace("%PORT%", QByteArray::number(server->port()));
    hostLines.replace("%OTHER%", QByteArray::number(server->port() == 65535 ? 1 : server->port() + 1));
    // A refused request must not use up a fault meant for a real one.
    server->addFault(Endpoint::ListInstances, fault(Kind::HttpError, 503));
    const QByteArray list = "GET /elements/api-v2/instances HTTP/1.1\r\n" + hostLines
        + "Authorization: " + goodAuth() + "\r\nConnection: close\r\n\r\n";
    const QByteArray answer = rawExchange(list);
    const int expected = status == 200 ? 503 : status;  // a served request gets the fault
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(expected) + ' ')), answer.constData());
    QCOMPARE(server->calls().last().status, expected);
    if (status != 200) {
        QVERIFY2(answer.contains("\"message\""), answer.constData());
        // The next request to this server still gets the fault.
        QCOMPARE(get(api(u"/instances"_s), goodAuth()).status, 503);
    }
    // The provider's pages are behind the same check.
    const QByteArray page = rawExchange("GET /provider/freshbooks/acme/help HTTP/1.1\r\n" + hostLines
                                        + "Connection: close\r\n\r\n");
    QVERIFY2(page.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), page.constData());
}

// QNetworkAccessManager (the app) and the provider pages' redirects use 127.0.0.1:<port>.
void TstSandboxHttp::ownNamesWorkThroughTheFlow()
{
    Grant g;
    CHECK(grant(&g));
    QVERIFY(QUrl::fromEncoded(server->calls().last().header("Host").prepend("http://")).port() == server->port());
    QJsonObject created;
    CHECK(createInstance(&created));
    // localhost:<port>, as a user may type it into a browser.
    QUrl viaLocalhost = api(u"/instances"_s);
    viaLocalhost.setHost(u"localhost"_s);
    QCOMPARE(get(viaLocalhost, goodAuth()).status, 200);
}

// QtHttpServer 6.4 would hold a whole body in memory (twice) before the sandbox sees it:
// an announced body over the limit is refused from its head, before it is sent; a body
// without a length is refused once the limit is passed. The server stays usable.
void TstSandboxHttp::oversizedBodyRefused()
{
    const qint64 limit = SandboxServer::MaxRequestBodyBytes;
    const QByteArray head = "POST /elements/api-v2/instances HTTP/1.1\r\nHost: " + hostHeader()
        + "\r\nAuthorization: " + goodAuth() + "\r\nContent-Type: application/json\r\n";
    const auto check413 = [&](const QByteArray &request, qint64 announced) {
        const qsizetype before = server->calls().size();
        const QByteArray answer = rawExchange(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(300).constData());
        QVERIFY2(answer.contains(QByteArray("larger than " + QByteArray::number(limit) + " bytes")), answer.constData());
        // Still serving.
        QCOMPARE(get(api(u"/instances"_s), goodAuth()).status, 200);
        // One answer only: QtHttpServer never handled the refused request.
        const QList<SandboxCall> calls = server->calls();
        QCOMPARE(calls.size(), before + 2);
        const SandboxCall &call = calls.at(calls.size() - 2);
        QCOMPARE(call.status, 413);
        QCOMPARE(call.endpoint, Endpoint::CreateInstance);
        QCOMPARE(call.bodySize, announced);
        QVERIFY(call.body.size() <= SandboxServer::RecordedBodyBytes);
    };

    // 20 MB announced, the body not sent yet (as curl does with "Expect: 100-continue"):
    // the answer comes at once.
    QElapsedTimer timer;
    timer.start();
    CHECK(check413(head + "Content-Length: 20000000\r\nExpect: 100-continue\r\n\r\n", 20000000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // One byte over, sent whole.
    CHECK(check413(head + "Content-Length: " + QByteArray::number(limit + 1) + "\r\n\r\n" + QByteArray(limit + 1, ' '),
                   limit + 1));

    // 3 MiB in chunks, no length announced: refused once the limit is passed.
    QByteArray chunked = head + "Transfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(64 * 1024, ' ');
    for (int i = 0; i < 48; ++i)
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    chunked += "0\r\n\r\n";
    CHECK(check413(chunked, 0));

    // One byte over in chunks: the whole body arrives, and is refused all the same.
    QByteArray small = head + "Transfer-Encoding: chunked\r\n\r\n";
    for (qint64 sent = 0; sent < limit + 1;) {
        const qint64 n = qMin<qint64>(64 * 1024, limit + 1 - sent);
        small += QByteArray::number(n, 16) + "\r\n" + QByteArray(n, ' ') + "\r\n";
        sent += n;
    }
    small += "0\r\n\r\n";
    CHECK(check413(small, limit + 1));

    // At the limit: accepted, and answered as any other body (here: nothing in it).
    const QByteArray atLimit = rawExchange(head + "Content-Length: " + QByteArray::number(limit) + "\r\n\r\n"
                                           + QByteArray(limit, ' '));
    QVERIFY2(atLimit.startsWith("HTTP/1.1 400 "), atLimit.left(300).constData());
    QCOMPARE(server->calls().last().bodySize, limit);
}

// Line ends before a request line are allowed (between two requests); many of them
// cost little, and the request is served.
void TstSandboxHttp::lineEndsBeforeARequest()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray answer = rawExchange(QByteArray(60 * 1024, '\n') + "GET /elements/api-v2/instances HTTP/1.1\r\nHost: "
                                          + hostHeader() + "\r\nAuthorization: " + goodAuth()
                                          + "\r\nConnection: close\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(300).constData());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

// The record keeps the newest calls only, each body cut to its first bytes.
void TstSandboxHttp::recordIsBounded()
{
    QSignalSpy received(server.get(), &SandboxServer::callReceived);
    const QByteArray longBody = QJsonDocument(QJsonObject{{u"padding"_s, QString(100000, u'x')}}).toJson();
    const Response r = post(api(u"/instances"_s), "application/json", longBody, goodAuth());
    QCOMPARE(r.status, 400);
    const SandboxCall cut = server->calls().last();
    QCOMPARE(cut.bodySize, longBody.size());
    QCOMPARE(cut.body, longBody.left(SandboxServer::RecordedBodyBytes));
    QVERIFY(cut.bodyCut());
    QCOMPARE(received.last().first().value<SandboxCall>().body.size(), SandboxServer::RecordedBodyBytes);
    const Response small = postJson(u"/instances"_s, QJsonObject{{u"a"_s, 1}});
    QCOMPARE(small.status, 400);
    QVERIFY(!server->calls().last().bodyCut());

    const int extra = 50;
    for (int i = 0; i < SandboxServer::MaxRecordedCalls + extra; ++i)
        QCOMPARE(get(api(u"/instances/%1"_s.arg(i)), goodAuth()).status, 404);
    const QList<SandboxCall> calls = server->calls();
    QCOMPARE(calls.size(), SandboxServer::MaxRecordedCalls);
    QCOMPARE(calls.first().path, u"/elements/api-v2/instances/%1"_s.arg(extra));
    QCOMPARE(calls.last().path, u"/elements/api-v2/instances/%1"_s.arg(SandboxServer::MaxRecordedCalls + extra - 1));
    QCOMPARE(received.size(), SandboxServer::MaxRecordedCalls + extra + 2);  // the signal sees every call
}

// Every request of the documented flow was recorded, with what was answered, and signalled.
void TstSandboxHttp::everyRequestIsRecordedAndSignalled()
{
    QSignalSpy received(server.get(), &SandboxServer::callReceived);
    Walk w;
    CHECK(walk(&w, Step::ReadDeleted));
    const QList<SandboxCall> calls = server->calls();
    QCOMPARE(received.size(), calls.size());
    const QList<Endpoint> expected{
        Endpoint::Token, Endpoint::Url, Endpoint::ProviderPage, Endpoint::ProviderPage,
        Endpoint::ProviderPage, Endpoint::ProviderPage, Endpoint::ProviderPage, Endpoint::ProviderPage,
        Endpoint::CreateInstance, Endpoint::GetInstance, Endpoint::ListInstances, Endpoint::ListInstances,
        Endpoint::ListInstances, Endpoint::DeleteInstance, Endpoint::GetInstance};
    const QList<int> statuses{200, 200, 200, 303, 200, 200, 302, 400, 200, 200, 200, 200, 200, 200, 404};
    QCOMPARE(calls.size(), expected.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).endpoint, expected.at(i));
        QCOMPARE(calls.at(i).status, statuses.at(i));
    }
    QCOMPARE(calls.first().method, QByteArray("GET"));
    QCOMPARE(calls.first().path, u"/elements/api-v2/elements/freshbooks/oauth/token"_s);
    QCOMPARE(calls.first().query.queryItemValue(u"siteAddress"_s), u"acme"_s);
    QCOMPARE(calls.first().header("authorization"), goodAuth());
    QCOMPARE(received.first().first().value<SandboxCall>().endpoint, Endpoint::Token);
    QCOMPARE(calls.at(8).method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(calls.at(8).body).object().value("name"_L1).toString(), u"Test"_s);
    QCOMPARE(server->calls(Endpoint::ProviderPage).size(), 6);
    server->clearCalls();
    QVERIFY(server->calls().isEmpty());
}

void TstSandboxHttp::logsNoSecrets()
{
    // Everything the sandbox logs, at debug level, through a whole flow.
    QLoggingCategory::setFilterRules(u"ce.sandbox.debug=true"_s);
    const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    const test::LogCapture log(test::LogCapture::Forward::No);

    Grant g;
    CHECK(requestToken(&g));
    const QString password = u"hunter2-password"_s;
    const QString loginHtml = get(g.oauthUrl).html();
    const Response signedIn = postForm(attributeOf(loginHtml, u"<form"_s, u"action"_s),
                                       {{u"email"_s, u"ann@example.com"_s},
                                        {u"password"_s, password},
                                        {u"return"_s, attributeOf(loginHtml, u"name=\"return\""_s, u"value"_s)}});
    QCOMPARE(signedIn.status, 303);
    const QString session = QString::fromLatin1(QNetworkCookie::parseCookies(signedIn.header("Set-Cookie")).value(0).value());
    const Response consent = get(g.oauthUrl);
    const Response allowed = postForm(attributeOf(consent.html(), u"<form"_s, u"action"_s),
                                      {{u"oauth_token"_s, g.token}, {u"decision"_s, u"allow"_s}});
    QCOMPARE(allowed.status, 302);
    g.verifier = QUrlQuery(QUrl::fromEncoded(allowed.header("Location"))).queryItemValue(u"oauth_verifier"_s);
    const Response created = postJson(u"/instances"_s, instanceBody(g));
    QCOMPARE(created.status, 200);

    const QString all = log.messages("ce.sandbox").join(u'\n');
    QVERIFY(all.contains(u"POST /elements/api-v2/instances"_s));  // it did log
    QVERIFY(all.contains(u"request body:"_s));
    const QStringList secrets{g.token, g.secret, g.verifier, g.apiSecret, password, session,
                              created.object().value("token"_L1).toString(),
                              QString::fromLatin1(SandboxServer::UserSecret),
                              QString::fromLatin1(SandboxServer::OrganizationSecret)};
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() >= 8);
        QVERIFY2(!all.contains(secret), qPrintable(secret));
        QVERIFY2(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))), qPrintable(secret));
    }
}

QTEST_GUILESS_MAIN(TstSandboxHttp)
#include "tst_sandbox_http.moc"
