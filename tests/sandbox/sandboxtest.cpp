#include "sandboxtest.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ce::test {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &[key, value] : fields)
        parts.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}

QString htmlUnescape(QString s)
{
    s.replace("&quot;"_L1, "\""_L1).replace("&lt;"_L1, "<"_L1).replace("&gt;"_L1, ">"_L1);
    return s.replace("&amp;"_L1, "&"_L1);
}

bool isRequestId(const QString &id)
{
    static const QRegularExpression hex24(u"^[0-9a-f]{24}$"_s);
    return hex24.match(id).hasMatch();
}

}  // namespace

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxFault fault(SandboxFault::Kind kind, int status, int delayMs, qint64 size, const QString &location,
                   const QString &message)
{
    SandboxFault f;
    f.kind = kind;
    f.status = status;
    f.delayMs = delayMs;
    f.size = size;
    f.location = location;
    f.message = message;
    return f;
}

QString attributeOf(const QString &html, const QString &selector, const QString &attribute)
{
    const QString escaped = QRegularExpression::escape(selector);
    const QString pattern = selector.startsWith(u'<') ? QString(escaped + u"\\b[^<>]*>"_s)
                                                      : QString(u"<[^<>]*"_s + escaped + u"[^<>]*>"_s);
    const QRegularExpression tag(pattern);
    const QRegularExpressionMatch m = tag.match(html);
    if (!m.hasMatch())
        return {};
    const QRegularExpression attr(u"\\b"_s + attribute + u"=\"([^\"]*)\""_s);
    return htmlUnescape(attr.match(m.captured(0)).captured(1));
}

QString Walk::instancePath() const
{
    return u"/instances/%1"_s.arg(instance().value("id"_L1).toInt());
}

// ---------------------------------------------------------------------------------------
// The sandbox and its client

void SandboxTest::init()
{
    server = std::make_unique<SandboxServer>();
    QVERIFY2(server->listen(), qPrintable(server->errorString()));
    nam = std::make_unique<QNetworkAccessManager>();
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void SandboxTest::cleanup()
{
    nam.reset();
    server.reset();
}

QByteArray SandboxTest::goodAuth()
{
    return QByteArray("User ") + SandboxServer::UserSecret + ", Organization " + SandboxServer::OrganizationSecret;
}

QUrl SandboxTest::api(const QString &path, const QUrlQuery &query) const
{
    QUrl url = server->baseUrl();
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl SandboxTest::root(const QString &pathAndQuery) const
{
    return server->rootUrl().resolved(QUrl(pathAndQuery));
}

QUrlQuery SandboxTest::tokenQuery(const Grant &g)
{
    QUrlQuery q;
    q.addQueryItem(u"apiKey"_s, QString::fromLatin1(QUrl::toPercentEncoding(g.apiKey)));
    q.addQueryItem(u"apiSecret"_s, QString::fromLatin1(QUrl::toPercentEncoding(g.apiSecret)));
    q.addQueryItem(u"callbackUrl"_s, QString::fromLatin1(QUrl::toPercentEncoding(g.callback)));
    q.addQueryItem(u"siteAddress"_s, QString::fromLatin1(QUrl::toPercentEncoding(g.site)));
    return q;
}

Response SandboxTest::wait(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    Response r;
    r.finished = reply->isFinished();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (!r.finished)
        reply->abort();
    reply->deleteLater();
    return r;
}

QNetworkRequest SandboxTest::request(const QUrl &url, const QByteArray &authorization) const
{
    QNetworkRequest req(url);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    return req;
}

Response SandboxTest::get(const QUrl &url, const QByteArray &authorization)
{
    return wait(nam->get(request(url, authorization)));
}

Response SandboxTest::del(const QUrl &url, const QByteArray &authorization)
{
    return wait(nam->deleteResource(request(url, authorization)));
}

Response SandboxTest::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                           const QByteArray &authorization)
{
    QNetworkRequest req = request(url, authorization);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(nam->post(req, body));
}

Response SandboxTest::postJson(const QString &path, const QJsonObject &body, const QByteArray &authorization)
{
    return post(api(path), "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), authorization);
}

Response SandboxTest::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    return post(root(path), "application/x-www-form-urlencoded", formEncode(fields));
}

Response SandboxTest::send(const QByteArray &method, const QUrl &url, const QByteArray &contentType,
                           const QByteArray &body, const QByteArray &authorization)
{
    QNetworkRequest req = request(url, authorization);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(body.isEmpty() ? nam->sendCustomRequest(req, method) : nam->sendCustomRequest(req, method, body));
}

Response SandboxTest::putJson(const QString &path, const QJsonObject &body, const QByteArray &authorization)
{
    return send("PUT", api(path), "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                authorization);
}

Response SandboxTest::patchJson(const QString &path, const QJsonObject &body, const QByteArray &authorization)
{
    return send("PATCH", api(path), "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                authorization);
}

QByteArray SandboxTest::hostHeader() const
{
    return "127.0.0.1:" + QByteArray::number(server->port());
}

QByteArray SandboxTest::rawExchange(const QByteArray &requestText, QAbstractSocket::SocketError *error)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(requestText);
    QByteArray answer;
    static const QRegularExpression length(u"(?i)content-length:\\s*(\\d+)"_s);
    while (true) {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const auto m = length.match(QString::fromLatin1(answer.left(end)));
            if (m.hasMatch() && answer.size() >= end + 4 + m.captured(1).toLongLong())
                break;
        }
        if (socket.bytesAvailable() == 0) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            // The sandbox runs in this thread: wait with the event loop running.
            QEventLoop loop;
            connect(&socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
            connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
            connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
            if (socket.bytesAvailable() == 0 && socket.state() == QAbstractSocket::ConnectedState)
                break;  // timed out
        }
        answer += socket.readAll();
    }
    answer += socket.readAll();
    if (error)
        *error = socket.error();
    return answer;
}

// ---------------------------------------------------------------------------------------
// The OAuth steps and the instance

void SandboxTest::requestToken(Grant *g)
{
    const Response token = get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(*g)), goodAuth());
    QCOMPARE(token.status, 200);
    g->token = token.object().value("token"_L1).toString();
    g->secret = token.object().value("secret"_L1).toString();
    QVERIFY(!g->token.isEmpty());
    QVERIFY(!g->secret.isEmpty());
    QUrlQuery q = tokenQuery(*g);
    q.addQueryItem(u"requestToken"_s, g->token);
    const Response url = get(api(u"/elements/freshbooks/oauth/url"_s, q), goodAuth());
    QCOMPARE(url.status, 200);
    g->oauthUrl = QUrl(url.object().value("oauthUrl"_L1).toString());
    QVERIFY(g->oauthUrl.isValid());
}

void SandboxTest::grant(Grant *g)
{
    CHECK(requestToken(g));
    server->setAutoApprove(true);
    const Response page = get(g->oauthUrl);
    server->setAutoApprove(false);
    QCOMPARE(page.status, 302);
    const QUrlQuery callback(QUrl::fromEncoded(page.header("Location")));
    QCOMPARE(callback.queryItemValue(u"oauth_token"_s), g->token);
    g->verifier = callback.queryItemValue(u"oauth_verifier"_s);
    QVERIFY(!g->verifier.isEmpty());
}

QJsonObject SandboxTest::instanceBody(const Grant &g, const QString &name, const QStringList &tags)
{
    return QJsonObject{
        {u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}}},
        {u"providerData"_s, QJsonObject{{u"oauth_token"_s, g.token},
                                        {u"oauth_verifier"_s, g.verifier},
                                        {u"secret"_s, g.secret}}},
        {u"configuration"_s, QJsonObject{{u"oauth.api.key"_s, g.apiKey},
                                         {u"oauth.api.secret"_s, g.apiSecret},
                                         {u"freshbooks.site.address"_s, g.site},
                                         {u"oauth.callback.url"_s, g.callback}}},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"name"_s, name},
    };
}

void SandboxTest::createInstance(QJsonObject *out, const QStringList &tags)
{
    Grant g;
    CHECK(grant(&g));
    const Response created = postJson(u"/instances"_s, instanceBody(g, u"Made"_s, tags));
    QCOMPARE(created.status, 200);
    *out = created.object();
    QVERIFY(out->value("id"_L1).toInt() > 0);
}

void SandboxTest::replace(QJsonObject *body, const QString &section, const QString &key, const QString &value)
{
    QJsonObject s = body->value(section).toObject();
    s.insert(key, value);
    body->insert(section, s);
}

// ---------------------------------------------------------------------------------------
// The documented flow, step by step

int SandboxTest::usualStatus(Step step)
{
    switch (step) {
    case Step::SignIn: return 303;
    case Step::Allow: return 302;
    case Step::UsedTokenPage: return 400;
    case Step::ReadDeleted: return 404;
    default: return 200;
    }
}

void SandboxTest::walk(Walk *w, Step last)
{
    Grant &g = w->grant;
    for (int i = int(w->answers.size()); i <= int(last); ++i) {
        if (i > 0) {
            const Step before = Step(i - 1);
            QVERIFY2(w->at(before).status == usualStatus(before),
                     qPrintable(u"step %1 answered %2"_s.arg(i - 1).arg(w->at(before).status)));
        }
        Response r;
        switch (Step(i)) {
        case Step::Token:
            r = get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(g)), goodAuth());
            g.token = r.object().value("token"_L1).toString();
            g.secret = r.object().value("secret"_L1).toString();
            break;
        case Step::Url: {
            QUrlQuery q = tokenQuery(g);
            q.addQueryItem(u"requestToken"_s, g.token);
            r = get(api(u"/elements/freshbooks/oauth/url"_s, q));
            w->oauthUrl = QUrl(r.object().value("oauthUrl"_L1).toString());
            break;
        }
        case Step::SignInPage:
        case Step::ConsentPage:
        case Step::UsedTokenPage:
            r = get(w->oauthUrl);
            break;
        case Step::SignIn: {
            const QString html = w->at(Step::SignInPage).html();
            r = postForm(attributeOf(html, u"<form"_s, u"action"_s),
                         {{u"email"_s, u"ann@example.com"_s},
                          {u"password"_s, u"any thing"_s},
                          {u"return"_s, attributeOf(html, u"name=\"return\""_s, u"value"_s)}});
            break;
        }
        case Step::HelpPage:
            r = get(root(attributeOf(w->at(Step::ConsentPage).html(), u"id=\"help\""_s, u"href"_s)));
            break;
        case Step::Allow:
            r = postForm(attributeOf(w->at(Step::ConsentPage).html(), u"<form"_s, u"action"_s),
                         {{u"oauth_token"_s, g.token}, {u"decision"_s, u"allow"_s}});
            g.verifier = QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(u"oauth_verifier"_s);
            break;
        case Step::Create:
            r = postJson(u"/instances"_s, instanceBody(g, u"Test"_s, {u"sandbox"_s, u"test"_s}));
            break;
        case Step::Read:
        case Step::ReadDeleted:
            r = get(api(w->instancePath()), goodAuth());
            break;
        case Step::List:
            r = get(api(u"/instances"_s), goodAuth());
            break;
        case Step::ListTagged:
        case Step::ListOtherTag: {
            QUrlQuery tagged;
            tagged.addQueryItem(u"tags[]"_s, Step(i) == Step::ListTagged ? u"test"_s : u"production"_s);
            r = get(api(u"/instances"_s, tagged), goodAuth());
            break;
        }
        case Step::Delete:
            r = del(api(w->instancePath()));
            break;
        }
        w->answers.append(r);
    }
}

// ---------------------------------------------------------------------------------------
// Checks

void SandboxTest::checkSelfContained(const QString &html)
{
    for (const QString &loader : {u"<script"_s, u"<img"_s, u"<iframe"_s, u"url("_s, u"@import"_s})
        QVERIFY2(!html.contains(loader, Qt::CaseInsensitive), qPrintable(loader));
    static const QRegularExpression reference(u"\\b(?:href|src|action)=\"([^\"]*)\""_s);
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(u'/') || target.startsWith("data:"_L1), qPrintable(target));
    }
}

void SandboxTest::checkError(const Response &r, int status, const QString &message)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type").constData());
    QVERIFY2(isRequestId(r.object().value("requestId"_L1).toString()), r.body.constData());
    if (!message.isEmpty())
        QCOMPARE(r.message(), message);
    else
        QVERIFY(!r.message().isEmpty());
}

}  // namespace ce::test
