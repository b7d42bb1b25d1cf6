// The faults the sandbox injects on demand, each seen from a client: error answers (JSON
// and HTML), broken bodies, a delay, no answer, a trickle, a reset, redirects, a huge body,
// invalid UTF-8; the queue per endpoint; a client or a server that goes away meanwhile.
#include "sandboxtest.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace ce::test;
using Endpoint = SandboxCall::Endpoint;
using Kind = SandboxFault::Kind;

class TstSandboxFaults : public SandboxTest
{
    Q_OBJECT

private slots:
    // The queue
    void faultHttpErrorQueue();
    void faultUntilCleared();
    void faultOnProviderPage();
    void faultOnEveryKindsCalls();

    // Bodies
    void faultHtmlError();
    void faultMalformedEmptyWrongShape();
    void faultHugeBody_data();
    void faultHugeBody();
    void faultInvalidUtf8();
    void faultRedirect();

    // Time and connections
    void faultDelay();
    void faultDelayClientGone();
    void faultDelayServerDestroyed();
    void faultNoAnswer();
    void faultNoAnswerServerDestroyed();
    void faultTrickle();
    void faultReset();

private:
    // The sandbox goes while `pending` waits for its answer: the client gets an error.
    void destroyServerWhilePending(QNetworkReply *pending);
};

void TstSandboxFaults::destroyServerWhilePending(QNetworkReply *pending)
{
    QVERIFY(!pending->isFinished());
    server.reset();
    const Response r = wait(pending);
    QVERIFY(r.finished);
    QVERIFY(r.error != QNetworkReply::NoError);
}

void TstSandboxFaults::faultHttpErrorQueue()
{
    const QUrl token = api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()));
    server->addFault(Endpoint::Token, fault(Kind::HttpError, 503), 2);
    server->addFault(Endpoint::Token, fault(Kind::HttpError, 409, 0, 0, {}, u"Custom words"_s));
    server->addFault(Endpoint::Token, fault(Kind::HttpError, 401));
    server->addFault(Endpoint::Token, fault(Kind::HttpError, 500));

    // Faults of one endpoint leave the others alone.
    QCOMPARE(get(api(u"/elements/freshbooks/oauth/url"_s, tokenQuery(Grant()))).status, 200);

    const Response a = get(token);
    CHECK(checkError(a, 503));
    const Response b = get(token);
    CHECK(checkError(b, 503, a.message()));
    CHECK(checkError(get(token), 409, u"Custom words"_s));
    CHECK(checkError(get(token), 401, InvalidSecrets));
    CHECK(checkError(get(token), 500, u"Internal server error"_s));
    QCOMPARE(get(token).status, 200);

    const QList<SandboxCall> calls = server->calls(Endpoint::Token);
    QCOMPARE(calls.size(), 6);
    QCOMPARE(calls.at(0).status, 503);
    QCOMPARE(calls.at(2).status, 409);
    QCOMPARE(calls.at(5).status, 200);
}

void TstSandboxFaults::faultUntilCleared()
{
    server->addFault(Endpoint::ListInstances, fault(Kind::HttpError, 404));
    server->addFault(Endpoint::ListInstances, fault(Kind::HttpError, 502), -1);
    CHECK(checkError(get(api(u"/instances"_s), goodAuth()), 404));
    for (int i = 0; i < 3; ++i)
        CHECK(checkError(get(api(u"/instances"_s), goodAuth()), 502));
    server->clearFaults();
    QCOMPARE(get(api(u"/instances"_s), goodAuth()).status, 200);
}

void TstSandboxFaults::faultOnProviderPage()
{
    Grant g;
    CHECK(requestToken(&g));
    server->addFault(Endpoint::ProviderPage, fault(Kind::HtmlError, 503));
    const Response r = get(g.oauthUrl);
    QCOMPARE(r.status, 503);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    const Response again = get(g.oauthUrl);
    QCOMPARE(again.status, 200);
    QVERIFY(again.html().contains(u"id=\"login\""_s));
}

// The same faults on the calls of the other kinds: OAuth 2.0's authorization URL and
// provider page, GET /elements/{key}, a credentials element's POST /instances.
void TstSandboxFaults::faultOnEveryKindsCalls()
{
    QUrlQuery q;
    for (const auto &[k, v] : {std::pair{u"apiKey"_s, u"c"_s}, std::pair{u"apiSecret"_s, u"s"_s},
                               std::pair{u"callbackUrl"_s, u"https%3A%2F%2Fwww.mycoolapp.com%2Fauth"_s},
                               std::pair{u"siteAddress"_s, u"acme"_s}, std::pair{u"state"_s, u"st"_s}})
        q.addQueryItem(k, v);
    server->addFault(Endpoint::Url, fault(Kind::HttpError, 502));
    CHECK(checkError(get(api(u"/elements/zendesk/oauth/url"_s, q), goodAuth()), 502));
    const Response url = get(api(u"/elements/zendesk/oauth/url"_s, q), goodAuth());
    QCOMPARE(url.status, 200);
    server->addFault(Endpoint::ProviderPage, fault(Kind::HtmlError, 503));
    const QUrl page(url.object().value("oauthUrl"_L1).toString());
    QCOMPARE(get(page).status, 503);
    QVERIFY(get(page).html().contains(u"id=\"login\""_s));
    server->addFault(Endpoint::Element, fault(Kind::MalformedJson));
    const Response element = get(api(u"/elements/stripe"_s), goodAuth());
    QCOMPARE(element.status, 200);
    QVERIFY(QJsonDocument::fromJson(element.body).isNull());
    server->addFault(Endpoint::CreateInstance, fault(Kind::HttpError, 500));
    const QJsonObject stripe{{u"element"_s, QJsonObject{{u"key"_s, u"stripe"_s}}},
                             {u"configuration"_s, QJsonObject{{u"api.key"_s, u"sk_test_x"_s}}},
                             {u"name"_s, u"Stripe"_s}};
    CHECK(checkError(postJson(u"/instances"_s, stripe), 500));
    QCOMPARE(postJson(u"/instances"_s, stripe).status, 200);
}

void TstSandboxFaults::faultHtmlError()
{
    server->addFault(Endpoint::CreateInstance, fault(Kind::HtmlError, 502));
    const Response r = postJson(u"/instances"_s, QJsonObject());
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("<html>"));
    QVERIFY(r.body.contains("502 Bad Gateway"));
    QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    QCOMPARE(server->calls(Endpoint::CreateInstance).last().status, 502);
}

void TstSandboxFaults::faultMalformedEmptyWrongShape()
{
    const QUrl token = api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()));
    server->addFault(Endpoint::Token, fault(Kind::MalformedJson));
    server->addFault(Endpoint::Token, fault(Kind::EmptyBody));
    server->addFault(Endpoint::Token, fault(Kind::WrongShape));
    server->addFault(Endpoint::ListInstances, fault(Kind::WrongShape));

    const Response malformed = get(token);
    QCOMPARE(malformed.status, 200);
    QVERIFY(!malformed.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    const Response empty = get(token);
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.body.isEmpty());
    QCOMPARE(empty.header("Content-Length"), QByteArray("0"));

    const Response shape = get(token);
    QCOMPARE(shape.status, 200);
    QVERIFY(QJsonDocument::fromJson(shape.body).isArray());

    const Response listShape = get(api(u"/instances"_s), goodAuth());
    QCOMPARE(listShape.status, 200);
    QVERIFY(QJsonDocument::fromJson(listShape.body).isObject());
}

void TstSandboxFaults::faultHugeBody_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("8 MiB + 3") << qint64(8 * 1024 * 1024 + 3);
    QTest::newRow("tiny") << qint64(7);
    QTest::newRow("minimal") << qint64(14);
}

void TstSandboxFaults::faultHugeBody()
{
    QFETCH(qint64, size);
    server->addFault(Endpoint::ListInstances, fault(Kind::HugeBody, 200, 0, size));
    const Response r = get(api(u"/instances"_s), goodAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.header("Content-Length").toLongLong(), size);
    QCOMPARE(qint64(r.body.size()), size);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
}

void TstSandboxFaults::faultInvalidUtf8()
{
    server->addFault(Endpoint::Token, fault(Kind::InvalidUtf8));
    const Response r = get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant())));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.body.contains("\xC3\x28"));
    QVERIFY(r.body.startsWith('{'));
    QVERIFY(r.body.endsWith('}'));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error, QJsonParseError::IllegalUTF8String);
}

void TstSandboxFaults::faultRedirect()
{
    server->addFault(Endpoint::Url, fault(Kind::Redirect, 307, 0, 0, u"http://127.0.0.1:9/moved?x=1"_s));
    server->addFault(Endpoint::Url, fault(Kind::Redirect, 500, 0, 0, u"https://example.com/"_s));
    const QUrl url = api(u"/elements/freshbooks/oauth/url"_s, tokenQuery(Grant()));
    const Response r = get(url);
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("http://127.0.0.1:9/moved?x=1"));
    const Response d = get(url);
    QCOMPARE(d.status, 302);  // a status that is no redirect becomes 302
    QCOMPARE(d.header("Location"), QByteArray("https://example.com/"));
    QCOMPARE(get(url).status, 200);
}

void TstSandboxFaults::faultDelay()
{
    server->addFault(Endpoint::Token, fault(Kind::Delay, 0, 400));
    QElapsedTimer timer;
    timer.start();
    const Response r = get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant())));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("token"_L1).toString().size(), 44);  // the normal answer, later
    QVERIFY2(elapsed >= 380, qPrintable(QString::number(elapsed)));
    QCOMPARE(server->calls(Endpoint::Token).last().status, 200);
}

void TstSandboxFaults::faultDelayClientGone()
{
    server->addFault(Endpoint::Token, fault(Kind::Delay, 0, 500));
    QNetworkRequest req(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant())));
    req.setTransferTimeout(100);
    const Response r = wait(nam->get(req));
    QVERIFY(r.finished);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    // The delayed answer finds the client gone: recorded as not answered, no crash.
    QTRY_COMPARE_WITH_TIMEOUT(server->calls(Endpoint::Token).size(), 1, 10000);
    QCOMPARE(server->calls(Endpoint::Token).first().status, 0);
    QCOMPARE(get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()))).status, 200);
}

void TstSandboxFaults::faultDelayServerDestroyed()
{
    server->addFault(Endpoint::Token, fault(Kind::Delay, 0, 60000));
    QNetworkReply *pending = nam->get(QNetworkRequest(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()))));
    QSignalSpy sent(pending, &QNetworkReply::requestSent);
    QVERIFY(sent.wait(10000));
    // A second request, answered at once: by then the server has read the first one.
    QCOMPARE(get(api(u"/instances"_s), goodAuth()).status, 200);
    QVERIFY(server->calls(Endpoint::Token).isEmpty());
    CHECK(destroyServerWhilePending(pending));
}

void TstSandboxFaults::faultNoAnswer()
{
    QSignalSpy received(server.get(), &SandboxServer::callReceived);
    server->addFault(Endpoint::GetInstance, fault(Kind::NoAnswer));
    QNetworkRequest req = request(api(u"/instances/1"_s), goodAuth());
    req.setTransferTimeout(300);
    const Response r = wait(nam->get(req));
    QVERIFY(r.finished);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(server->calls(Endpoint::GetInstance).first().status, 0);
    // Only the one request.
    CHECK(checkError(get(api(u"/instances/1"_s), goodAuth()), 404));
}

void TstSandboxFaults::faultNoAnswerServerDestroyed()
{
    QSignalSpy received(server.get(), &SandboxServer::callReceived);
    server->addFault(Endpoint::ListInstances, fault(Kind::NoAnswer));
    QNetworkReply *pending = nam->get(request(api(u"/instances"_s), goodAuth()));
    QVERIFY(received.wait(10000));
    CHECK(destroyServerWhilePending(pending));
}

void TstSandboxFaults::faultTrickle()
{
    const int delayMs = 5;
    server->addFault(Endpoint::Token, fault(Kind::Trickle, 200, delayMs));
    QNetworkReply *reply = nam->get(QNetworkRequest(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()))));
    QElapsedTimer timer;
    timer.start();
    qint64 headersAt = -1;
    int readyReads = 0;
    connect(reply, &QNetworkReply::metaDataChanged, this, [&] {
        if (headersAt < 0)
            headersAt = timer.elapsed();
    });
    connect(reply, &QNetworkReply::readyRead, this, [&] { ++readyReads; });
    const Response r = wait(reply, 60000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.header("Content-Length").toLongLong(), qint64(r.body.size()));
    QCOMPARE(r.object().value("token"_L1).toString().size(), 44);
    QVERIFY2(readyReads > 10, qPrintable(QString::number(readyReads)));
    QVERIFY2(elapsed >= r.body.size() * delayMs * 8 / 10, qPrintable(QString::number(elapsed)));
    QVERIFY(headersAt >= 0);
    QVERIFY2(headersAt < elapsed / 2, qPrintable(u"%1 of %2"_s.arg(headersAt).arg(elapsed)));
}

void TstSandboxFaults::faultReset()
{
    // Checked on the wire: QNetworkAccessManager (Qt 6.4) hides a reset in several ways
    // (a silent resend of the request, or a truncated body reported as complete when
    // the connection ends right after the data), so it cannot show this reliably.
    const QUrl token = api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()));
    server->addFault(Endpoint::Token, fault(Kind::Reset));
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    const QByteArray raw = rawExchange("GET " + token.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                                           + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n",
                                       &error);
    // The headers, half the announced body, then the connection is reset.
    QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
    const qsizetype end = raw.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    static const QRegularExpression length(u"(?i)content-length:\\s*(\\d+)"_s);
    const qint64 announced = length.match(QString::fromLatin1(raw.left(end))).captured(1).toLongLong();
    const qint64 received = raw.size() - end - 4;
    QVERIFY(announced > 0);
    QVERIFY2(received > 0 && received < announced, qPrintable(u"%1 of %2"_s.arg(received).arg(announced)));
    QCOMPARE(error, QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(server->calls(Endpoint::Token).size(), 1);
    QCOMPARE(server->calls(Endpoint::Token).first().status, 200);

    // The next request is answered normally.
    QCOMPARE(get(token).status, 200);
}

QTEST_GUILESS_MAIN(TstSandboxFaults)
#include "tst_sandbox_faults.moc"
