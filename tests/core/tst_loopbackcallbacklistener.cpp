// LoopbackCallbackListener with real HTTP requests, from QNetworkAccessManager and from raw
// sockets: the callback accepted once (the page, the listener closed), the wrong path,
// token or method, a near miss carrying the verifier, a foreign Host, a head too large,
// the timeout, a second request after success, the port in use, loopback only, nothing
// of the query in the log; and the whole system-browser path through the flow and the
// sandbox.
#include "core/apiclient.h"
#include "core/callbackmatcher.h"
#include "core/elementdescription.h"
#include "core/loopbackcallbacklistener.h"
#include "core/provisioningflow.h"
#include "sandbox/sandboxserver.h"

#include "logcapture.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ce;
using Outcome = CallbackMatch::Outcome;

namespace {

const QString Token = u"rt-4f9a0c1d2e3b"_s;
const QString Verifier = u"vf-8e7d6c5b4a39"_s;

struct Answer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// A port nothing listens on (a moment ago).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

bool hasIPv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6);
}

}  // namespace

class TstLoopbackCallbackListener : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void callbackUrls_data();
    void callbackUrls();
    void acceptsTheCallbackOnce();
    void wrongPath();
    void wrongToken();
    void nearMissCarryingTheVerifierIsRefused_data();
    void nearMissCarryingTheVerifierIsRefused();
    void refusalIsAnsweredAndWaitsOn();
    void otherMethods();
    void foreignHost_data();
    void foreignHost();
    void requestHeadTooLarge();
    void timesOut();
    void secondRequestAfterSuccessFindsNothing();
    void closeStops();
    void portInUse();
    void localhostIPv6PortInUse();
    void bindsLoopbackOnly();
    void localhostAnswersOnBothLoopbacks();
    void neverLogsTheQuery();
    void systemBrowserPathThroughTheFlow();

private:
    QUrl callback(const QString &host = u"127.0.0.1"_s) const;
    // Listens for callback() with the matcher a flow would use, expecting Token.
    void listen(const QUrl &url);
    // GET `pathAndQuery` from the listener with QNetworkAccessManager (no redirect followed).
    Answer get(const QString &pathAndQuery, const QString &host = u"127.0.0.1"_s);
    // Writes `request` on a socket to `address` and reads until the listener closes it.
    Answer raw(const QByteArray &request, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    QByteArray hostHeader() const { return "127.0.0.1:" + QByteArray::number(m_port); }
    // Whether a new connection to the listener's port on `address` is refused.
    bool refused(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));

    quint16 m_port = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LoopbackCallbackListener> m_listener;
    QList<QUrl> m_asked;  // what the matcher was asked, in order
};

void TstLoopbackCallbackListener::init()
{
    m_port = freePort();
    QVERIFY(m_port != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_listener = std::make_unique<LoopbackCallbackListener>();
    m_asked.clear();
}

void TstLoopbackCallbackListener::cleanup()
{
    m_listener.reset();
    m_nam.reset();
}

QUrl TstLoopbackCallbackListener::callback(const QString &host) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host);
    url.setPort(m_port);
    url.setPath(u"/auth"_s);
    return url;
}

void TstLoopbackCallbackListener::listen(const QUrl &url)
{
    const bool ok = m_listener->listen(url, [this, url](const QUrl &asked) {
        m_asked.append(asked);
        return matchCallback(url, asked, Token, NavigationOrigin::SystemBrowserListener);
    });
    QVERIFY2(ok, qPrintable(m_listener->errorString()));
    QVERIFY(m_listener->isListening());
    QCOMPARE(m_listener->port(), m_port);
}

Answer TstLoopbackCallbackListener::get(const QString &pathAndQuery, const QString &host)
{
    QUrl url = callback(host);
    url = url.resolved(QUrl(pathAndQuery));
    QNetworkReply *reply = m_nam->get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.head += name + ": " + value + '\n';
    a.body = reply->readAll();
    reply->deleteLater();
    return a;
}

Answer TstLoopbackCallbackListener::raw(const QByteArray &request, const QHostAddress &address)
{
    QTcpSocket socket;
    socket.connectToHost(address, m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    // The listener runs in this thread: wait with the event loop running, until it closes.
    test::waitFor(&socket, &QTcpSocket::disconnected,
                  [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    const QByteArray all = socket.readAll();
    Answer a;
    const qsizetype end = all.indexOf("\r\n\r\n");
    a.head = all.left(end);
    a.body = end < 0 ? QByteArray() : all.mid(end + 4);
    a.status = a.head.split(' ').value(1).toInt();
    return a;
}

bool TstLoopbackCallbackListener::refused(const QHostAddress &address)
{
    QTcpSocket socket;
    socket.connectToHost(address, m_port);
    return !socket.waitForConnected(3000) && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

void TstLoopbackCallbackListener::callbackUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8123/auth"_s << true;
    QTest::newRow("localhost") << u"http://localhost:8123/"_s << true;
    QTest::newRow("LOCALHOST") << u"HTTP://LOCALHOST:8123/cb"_s << true;
    QTest::newRow("[::1] with a query") << u"http://[::1]:8123/cb?x=1"_s << true;
    QTest::newRow("https") << u"https://127.0.0.1:8123/auth"_s << false;
    QTest::newRow("no port") << u"http://127.0.0.1/auth"_s << false;
    QTest::newRow("port 0") << u"http://127.0.0.1:0/auth"_s << false;
    QTest::newRow("another host") << u"http://www.mycoolapp.com:8123/auth"_s << false;
    QTest::newRow("127.0.0.2") << u"http://127.0.0.2:8123/auth"_s << false;
    QTest::newRow("every address") << u"http://0.0.0.0:8123/auth"_s << false;
    QTest::newRow("a user name") << u"http://me@127.0.0.1:8123/auth"_s << false;
    QTest::newRow("relative") << u"/auth"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TstLoopbackCallbackListener::callbackUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(LoopbackCallbackListener::canListenFor(QUrl(url)), accepted);
    if (accepted)
        return;
    // listen() refuses it with the same sentence, and listens nowhere.
    QVERIFY(!m_listener->listen(QUrl(url), [](const QUrl &) { return CallbackMatch(); }));
    QCOMPARE(m_listener->errorString(), LoopbackCallbackListener::checkCallbackUrl(QUrl(url)));
    QVERIFY(!m_listener->isListening());
}

// The callback: the page says the tab can be closed (the element's name escaped, no
// script), the matcher saw the URL the provider sent the browser to, and the listener
// stops at once.
void TstLoopbackCallbackListener::acceptsTheCallbackOnce()
{
    m_listener->setElementName(u"<Books & \"Co\">"_s);
    CHECK(listen(callback()));
    QSignalSpy accepted(m_listener.get(), &LoopbackCallbackListener::callbackAccepted);
    QSignalSpy rejected(m_listener.get(), &LoopbackCallbackListener::callbackRejected);
    QSignalSpy finished(m_listener.get(), &LoopbackCallbackListener::finished);
    const QString query = u"?state=freshbooks&oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier;

    const Answer a = get(u"/auth"_s + query);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(a.header("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(a.header("Content-Security-Policy").startsWith("default-src 'none'"));
    const QString page = QString::fromUtf8(a.body);
    QVERIFY2(page.contains(u"You can close this tab"_s), qPrintable(page));
    QVERIFY2(page.contains(u"&lt;Books &amp; &quot;Co&quot;&gt;"_s), qPrintable(page));
    QVERIFY(!page.contains(u"<Books"_s));
    for (const QString &loader : {u"<script"_s, u"<img"_s, u"<link"_s, u"src="_s, u"href="_s})
        QVERIFY2(!page.contains(loader, Qt::CaseInsensitive), qPrintable(loader));
    QVERIFY(!page.contains(Verifier));

    QCOMPARE(m_asked, QList<QUrl>{QUrl(callback().toString() + query)});
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_listener->isListening());
    QVERIFY(m_listener->errorString().isEmpty());
}

void TstLoopbackCallbackListener::wrongPath()
{
    CHECK(listen(callback()));
    QSignalSpy accepted(m_listener.get(), &LoopbackCallbackListener::callbackAccepted);
    QSignalSpy rejected(m_listener.get(), &LoopbackCallbackListener::callbackRejected);
    for (const QString &path : {u"/"_s, u"/favicon.ico"_s, u"/other?oauth_token=x"_s, u"/authx"_s}) {
        const Answer a = get(path);
        QCOMPARE(a.status, 404);
        QVERIFY(a.body.contains("not the one CE Provisioner is waiting for"));
    }
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(m_listener->isListening());
}

// The callback path with another request token: refused, and the listener waits on; the
// right one is accepted after it.
void TstLoopbackCallbackListener::wrongToken()
{
    CHECK(listen(callback()));
    QSignalSpy accepted(m_listener.get(), &LoopbackCallbackListener::callbackAccepted);
    QSignalSpy rejected(m_listener.get(), &LoopbackCallbackListener::callbackRejected);
    const Answer wrong = get(u"/auth?oauth_token=another-token&oauth_verifier="_s + Verifier);
    QCOMPARE(wrong.status, 400);
    QVERIFY(wrong.body.contains("not accepted"));
    const Answer none = get(u"/auth?oauth_verifier="_s + Verifier);
    QCOMPARE(none.status, 400);
    QCOMPARE(rejected.count(), 2);
    QCOMPARE(rejected.at(0).at(0).value<CallbackMatch>().outcome, Outcome::TokenMismatch);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_listener->isListening());

    QCOMPARE(get(u"/auth?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier).status, 200);
    QCOMPARE(accepted.count(), 1);
}

void TstLoopbackCallbackListener::nearMissCarryingTheVerifierIsRefused_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::newRow("trailing slash") << u"/auth/"_s;
    QTest::newRow("path parameter") << u"/auth;x"_s;
    QTest::newRow("longer path") << u"/auth/more"_s;
    QTest::newRow("upper case path") << u"/AUTH"_s;
}

// Another path that carries the verifier is a near miss: refused (400), never accepted,
// and the listener waits on.
void TstLoopbackCallbackListener::nearMissCarryingTheVerifierIsRefused()
{
    QFETCH(QString, pathAndQuery);
    CHECK(listen(callback()));
    QSignalSpy accepted(m_listener.get(), &LoopbackCallbackListener::callbackAccepted);
    QSignalSpy rejected(m_listener.get(), &LoopbackCallbackListener::callbackRejected);
    const Answer a = get(pathAndQuery + u"?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier);
    QCOMPARE(a.status, 400);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).value<CallbackMatch>().outcome, Outcome::NearMiss);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_listener->isListening());
}

void TstLoopbackCallbackListener::refusalIsAnsweredAndWaitsOn()
{
    CHECK(listen(callback()));
    QSignalSpy rejected(m_listener.get(), &LoopbackCallbackListener::callbackRejected);
    const Answer a = get(u"/auth?oauth_token="_s + Token + u"&oauth_problem=user_refused"_s);
    QCOMPARE(a.status, 400);
    QVERIFY(a.body.contains("Access was not granted"));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).value<CallbackMatch>().outcome, Outcome::Refused);
    QVERIFY(m_listener->isListening());
}

void TstLoopbackCallbackListener::otherMethods()
{
    CHECK(listen(callback()));
    const QByteArray target = "/auth?oauth_token=" + Token.toLatin1() + "&oauth_verifier=" + Verifier.toLatin1();
    for (const QByteArray method : {"POST", "HEAD", "PUT", "OPTIONS"}) {
        const Answer a = raw(method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader()
                             + "\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("Allow"), QByteArray("GET"));
    }
    QVERIFY(m_asked.isEmpty());
    QVERIFY(m_listener->isListening());
}

void TstLoopbackCallbackListener::foreignHost_data()
{
    QTest::addColumn<QByteArray>("hostLines");
    QTest::newRow("a web page's own name") << QByteArray("Host: rebind.example:%1\r\n");
    QTest::newRow("no port") << QByteArray("Host: 127.0.0.1\r\n");
    QTest::newRow("another port") << QByteArray("Host: 127.0.0.1:1\r\n");
    QTest::newRow("no Host") << QByteArray();
    QTest::newRow("two Hosts") << QByteArray("Host: 127.0.0.1:%1\r\nHost: evil.example:%1\r\n");
}

// Only requests addressed to this computer by its own names: a DNS name a web page
// pointed at 127.0.0.1 gets 421, and the matcher is never asked.
void TstLoopbackCallbackListener::foreignHost()
{
    QFETCH(QByteArray, hostLines);
    CHECK(listen(callback()));
    hostLines.replace("%1", QByteArray::number(m_port));
    const Answer a = raw("GET /auth?oauth_token=" + Token.toLatin1() + "&oauth_verifier=" + Verifier.toLatin1()
                         + " HTTP/1.1\r\n" + hostLines + "\r\n");
    QCOMPARE(a.status, 421);
    QVERIFY(m_asked.isEmpty());
    QVERIFY(m_listener->isListening());
    // The same request with this computer's names is taken.
    for (const QByteArray host : {"localhost", "LocalHost"}) {
        const Answer own = raw("GET /x HTTP/1.1\r\nHost: " + host + ':' + QByteArray::number(m_port) + "\r\n\r\n");
        QCOMPARE(own.status, 404);
    }
}

void TstLoopbackCallbackListener::requestHeadTooLarge()
{
    CHECK(listen(callback()));
    const QByteArray big(LoopbackCallbackListener::MaxRequestHeadBytes + 100, 'a');
    const Answer a = raw("GET /auth HTTP/1.1\r\nHost: " + hostHeader() + "\r\nX-Big: " + big + "\r\n\r\n");
    QCOMPARE(a.status, 431);
    QVERIFY(m_asked.isEmpty());
    QVERIFY(m_listener->isListening());
}

void TstLoopbackCallbackListener::timesOut()
{
    m_listener->setTimeout(std::chrono::milliseconds(300));
    CHECK(listen(callback()));
    QSignalSpy timedOut(m_listener.get(), &LoopbackCallbackListener::timedOut);
    QSignalSpy finished(m_listener.get(), &LoopbackCallbackListener::finished);
    QVERIFY(timedOut.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_listener->isListening());
    QVERIFY2(m_listener->errorString().contains(u"No authorization arrived"_s), qPrintable(m_listener->errorString()));
    QVERIFY(m_listener->errorString().contains(u"1 second"_s));
    QVERIFY(refused());
    QCOMPARE(LoopbackCallbackListener::DefaultTimeout, std::chrono::minutes(5));
}

// One callback: after it, nothing listens on the port any more.
void TstLoopbackCallbackListener::secondRequestAfterSuccessFindsNothing()
{
    CHECK(listen(callback()));
    const QString query = u"?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier;
    QCOMPARE(get(u"/auth"_s + query).status, 200);
    QVERIFY(refused());
    const Answer again = get(u"/auth"_s + query);
    QCOMPARE(again.status, 0);
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(m_asked.size(), 1);
    // A new listen() is a new wait.
    CHECK(listen(callback()));
    QCOMPARE(get(u"/nothing"_s).status, 404);
}

void TstLoopbackCallbackListener::closeStops()
{
    CHECK(listen(callback()));
    QSignalSpy finished(m_listener.get(), &LoopbackCallbackListener::finished);
    // A connection that sent only half a request is dropped too.
    QTcpSocket half;
    half.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(half.waitForConnected(3000));
    half.write("GET /auth HTTP/1.1\r\n");
    QTRY_VERIFY(m_listener->findChildren<QTcpSocket *>().size() == 1);
    m_listener->close();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_listener->isListening());
    QVERIFY(refused());
    QTRY_COMPARE(half.state(), QAbstractSocket::UnconnectedState);
    m_listener->close();  // twice: nothing more
    QCOMPARE(finished.count(), 1);
}

// Another program on the port: a clear error naming it, and nothing listens for us.
void TstLoopbackCallbackListener::portInUse()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
    QVERIFY(!m_listener->listen(callback(), [](const QUrl &) { return CallbackMatch(); }));
    const QString error = m_listener->errorString();
    QVERIFY2(error.contains(u"Port %1 on this computer is in use by another program"_s.arg(m_port)), qPrintable(error));
    QVERIFY(error.contains(u"http://127.0.0.1:%1/auth"_s.arg(m_port)));
    QVERIFY(!m_listener->isListening());
    QCOMPARE(m_listener->port(), quint16(0));
    // Also when the other program listens on every address.
    other.close();
    QVERIFY(other.listen(QHostAddress::AnyIPv4, m_port));
    QVERIFY(!m_listener->listen(callback(), [](const QUrl &) { return CallbackMatch(); }));
    QVERIFY(m_listener->errorString().contains(u"in use"_s));
    // Already listening is an error too.
    other.close();
    CHECK(listen(callback()));
    QVERIFY(!m_listener->listen(callback(), {}));
    QVERIFY(m_listener->errorString().contains(u"already waiting"_s));
}

// For localhost the browser may connect to ::1: another program there is an error too.
void TstLoopbackCallbackListener::localhostIPv6PortInUse()
{
    if (!hasIPv6Loopback())
        QSKIP("This computer has no IPv6 loopback.");
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHostIPv6, m_port));
    QVERIFY(!m_listener->listen(callback(u"localhost"_s), [](const QUrl &) { return CallbackMatch(); }));
    QVERIFY2(m_listener->errorString().contains(u"in use"_s), qPrintable(m_listener->errorString()));
    QVERIFY(!m_listener->isListening());
    // Nothing half-open stays behind on 127.0.0.1.
    QVERIFY(refused());
}

// Only loopback: the port is closed on every other address of this computer.
void TstLoopbackCallbackListener::bindsLoopbackOnly()
{
    CHECK(listen(callback()));
    QList<QHostAddress> others;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            others.append(address);
    }
    if (others.isEmpty())
        QSKIP("This computer has no address besides loopback.");
    for (const QHostAddress &address : std::as_const(others))
        QVERIFY2(refused(address), qPrintable(address.toString()));
    if (hasIPv6Loopback())
        QVERIFY(refused(QHostAddress(QHostAddress::LocalHostIPv6)));  // 127.0.0.1 only, as configured
    QCOMPARE(get(u"/x"_s).status, 404);  // while loopback answers
}

void TstLoopbackCallbackListener::localhostAnswersOnBothLoopbacks()
{
    CHECK(listen(callback(u"localhost"_s)));
    const QByteArray request = "GET /x HTTP/1.1\r\nHost: localhost:" + QByteArray::number(m_port) + "\r\n\r\n";
    QCOMPARE(raw(request).status, 404);
    if (hasIPv6Loopback())
        QCOMPARE(raw(request, QHostAddress(QHostAddress::LocalHostIPv6)).status, 404);
    // The matcher sees the host as configured.
    QCOMPARE(m_asked.value(0).host(), u"localhost"_s);
    const QString query = u"?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier;
    QCOMPARE(get(u"/auth"_s + query, u"localhost"_s).status, 200);
}

// Whatever arrives, the listener's log lines hold no path and no query.
void TstLoopbackCallbackListener::neverLogsTheQuery()
{
    test::LogCapture log;
    CHECK(listen(callback()));
    get(u"/secret-path?oauth_token="_s + Token);  // 404
    get(u"/secret-path?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier);  // a near miss
    get(u"/auth/?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier);
    get(u"/auth?oauth_token=other&oauth_verifier="_s + Verifier);
    raw("POST /auth?oauth_verifier=" + Verifier.toLatin1() + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n");
    get(u"/auth?oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier);
    QVERIFY(log.count() >= 6);
    const QString text = log.text();
    for (const QString &leak : {Token, Verifier, u"secret-path"_s, u"/auth"_s, u"oauth_"_s})
        QVERIFY2(!text.contains(leak), qPrintable(text));
}

// The system browser's path end to end: the flow's authorization URL opened "in the
// browser" (the sandbox approves at once), the browser follows the redirect to the
// loopback callback, the listener hands it to the flow, which creates the instance.
void TstLoopbackCallbackListener::systemBrowserPathThroughTheFlow()
{
    SandboxServer sandbox;
    QVERIFY2(sandbox.listen(), qPrintable(sandbox.errorString()));
    ApiClient client;
    ProvisioningFlow flow(&client, test::freshbooks());
    test::typed::fill(&flow, Environment::sandbox(sandbox.baseUrl()),
                      {QString::fromLatin1(SandboxServer::UserSecret),
                       QString::fromLatin1(SandboxServer::OrganizationSecret)});
    flow.setConfiguration(test::typed::callbackProperty, callback().toString());
    QVERIFY(LoopbackCallbackListener::canListenFor(flow.callbackUrl()));

    QSignalSpy ready(&flow, &ProvisioningFlow::authorizationUrlReady);
    flow.startAuthorization();
    QVERIFY(ready.wait(10000));
    m_listener->setElementName(flow.element().name);
    QVERIFY(m_listener->listen(flow.callbackUrl(), [&flow](const QUrl &url) {
        return flow.handleNavigation(url, NavigationOrigin::SystemBrowserListener);
    }));
    QSignalSpy rejected(&flow, &ProvisioningFlow::authorizationRejected);
    QSignalSpy authorized(&flow, &ProvisioningFlow::authorized);

    // A forged callback first (another token): the flow refuses it, the listener waits on.
    QCOMPARE(get(u"/auth?state=freshbooks&oauth_token=forged&oauth_verifier=forged"_s).status, 400);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(flow.stage(), ProvisioningFlow::Stage::AwaitingAuthorization);

    // The browser: the provider's page answers with the redirect, which it follows.
    sandbox.setAutoApprove(true);
    QNetworkReply *page = m_nam->get(QNetworkRequest(flow.authorizationUrl()));
    QSignalSpy pageDone(page, &QNetworkReply::finished);
    QVERIFY(pageDone.wait(10000));
    const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
    page->deleteLater();
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), callback());
    const Answer landed = get(location.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QCOMPARE(landed.status, 200);
    QVERIFY(landed.body.contains("for FreshBooks. You can close this tab"));
    QCOMPARE(authorized.count(), 1);
    QCOMPARE(flow.stage(), ProvisioningFlow::Stage::Authorized);
    QVERIFY(!m_listener->isListening());

    QSignalSpy created(&flow, &ProvisioningFlow::instanceCreated);
    flow.createInstance();
    QVERIFY(created.wait(10000));
    QCOMPARE(flow.instance().configuration.value("oauth.callback.url"_L1).toString(), callback().toString());
}

QTEST_GUILESS_MAIN(TstLoopbackCallbackListener)
#include "tst_loopbackcallbacklistener.moc"
