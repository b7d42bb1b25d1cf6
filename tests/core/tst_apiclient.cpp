// The API client against the built-in sandbox on a random loopback port: the whole
// flow, and each fault the sandbox can inject ending in the right error kind and text.
#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/callbackmatcher.h"
#include "core/elementcatalog.h"
#include "core/elementdescription.h"
#include "core/instancerequest.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include "logcapture.h"
#include "rawhttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;
using Kind = SandboxFault::Kind;

namespace {

const QString callbackUrl = u"https://www.mycoolapp.com/auth"_s;
const QString consumerKey = u"mycompany"_s;
const QString consumerSecret = u"consumer-secret-9f8e7d"_s;

QUrlQuery oauthParameters(const QString &site = u"acme"_s)
{
    QUrlQuery q;
    q.addQueryItem(u"apiKey"_s, consumerKey);
    q.addQueryItem(u"apiSecret"_s, consumerSecret);
    q.addQueryItem(u"callbackUrl"_s, callbackUrl);
    q.addQueryItem(u"siteAddress"_s, site);
    return q;
}

}  // namespace

class TstApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wholeFlow();
    void secondCreateWithTheSameTokenIsRefused();
    void wrongSecretsGive401();
    void invalidRequestIsNotSent();
    void authorizationUrlNeedsAToken();
    void urlMustCarryTheRequestToken();
    void noEnvironment();
    void faults_data();
    void faults();
    void delayWithinTheTimeoutSucceeds();
    void redirectIsNotFollowed();
    void connectionRefused();
    void getElement();
    void cancel();
    void nothingSecretIsLogged();

private:
    struct Authorized
    {
        RequestToken token;
        CallbackMatch callback;
    };

    // Waits for a reply to finish and checks it emitted finished() exactly once.
    static bool waitFor(ApiReply *reply, int timeoutMs = 10000);

    // Steps 1 to 3: token, URL, and the consent page approved (the sandbox auto-approves,
    // answering the authorization URL with the 302 to the callback).
    std::optional<Authorized> authorize(const QString &site = u"acme"_s);

    InstanceRequest requestFor(const Authorized &a, const QString &name = u"Acme books"_s,
                               const QString &site = u"https://acme.freshbooks.com/"_s);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    QList<HttpExchange> m_exchanges;
    std::optional<test::LogCapture> m_log;  // under the redacting handler: what it lets through
};

bool TstApiClient::waitFor(ApiReply *reply, int timeoutMs)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished() && !spy.wait(timeoutMs))
        return false;
    QCoreApplication::processEvents();  // let a second, wrong emission show up if there were one
    return reply->isFinished() && spy.count() <= 1;
}

std::optional<TstApiClient::Authorized> TstApiClient::authorize(const QString &site)
{
    ApiReply *tokenReply = m_client->requestToken(u"freshbooks"_s, oauthParameters(site));
    if (!waitFor(tokenReply) || !tokenReply->succeeded())
        return std::nullopt;
    const auto token = RequestToken::fromJson(tokenReply->json());
    QUrlQuery q = oauthParameters(site);
    q.addQueryItem(u"requestToken"_s, token->token);
    ApiReply *urlReply = m_client->authorizationUrl(u"freshbooks"_s, q);
    if (!waitFor(urlReply) || !urlReply->succeeded())
        return std::nullopt;
    const auto url = AuthorizationUrl::fromJson(urlReply->json(), token->token);

    m_sandbox.setAutoApprove(true);
    QNetworkRequest request(url->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *page = m_nam.get(request);
    QSignalSpy pageDone(page, &QNetworkReply::finished);
    pageDone.wait(5000);
    m_sandbox.setAutoApprove(false);
    const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
    page->deleteLater();
    Authorized a {*token, matchCallback(QUrl(callbackUrl), location, token->token)};
    if (a.callback.outcome != CallbackMatch::Outcome::Authorized)
        return std::nullopt;
    return a;
}

InstanceRequest TstApiClient::requestFor(const Authorized &a, const QString &name, const QString &site)
{
    InstanceRequest r;
    r.elementKey = u"freshbooks"_s;
    r.providerData = {{u"oauth_token"_s, a.callback.oauthToken},
                      {u"oauth_verifier"_s, a.callback.oauthVerifier},
                      {u"secret"_s, a.token.secret}};
    r.configuration = {{u"oauth.api.key"_s, consumerKey},
                       {u"oauth.api.secret"_s, consumerSecret},
                       {u"freshbooks.site.address"_s, site},
                       {u"oauth.callback.url"_s, callbackUrl}};
    r.tags = {u"customer-acme"_s, u"finance"_s};
    r.name = name;
    r.normalise(ce::test::freshbooks());
    return r;
}

void TstApiClient::initTestCase()
{
    m_log.emplace();
    redaction::installMessageHandler();
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.baseUrl().host(), u"127.0.0.1"_s);
}

void TstApiClient::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearCalls();
    m_sandbox.setAutoApprove(false);
    m_exchanges.clear();
    m_client = new ApiClient(this);
    m_client->setEnvironment(Environment::sandbox(m_sandbox.baseUrl()));
    m_client->setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                              QString::fromLatin1(SandboxServer::OrganizationSecret)});
    connect(m_client, &ApiClient::exchangeFinished, this,
            [this](const HttpExchange &e) { m_exchanges.append(e); });
}

void TstApiClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
}

void TstApiClient::wholeFlow()
{
    const auto a = authorize();
    QVERIFY(a);
    QVERIFY(!a->token.token.isEmpty());
    QVERIFY(!a->token.secret.isEmpty());

    const InstanceRequest request = requestFor(*a);
    QCOMPARE(request.configuration.value(u"freshbooks.site.address"_s), u"acme"_s);
    ApiReply *create = m_client->createInstance(request);
    QVERIFY(waitFor(create));
    QVERIFY2(create->succeeded(), qPrintable(create->error().text));
    QCOMPARE(create->httpStatus(), 200);
    const auto instance = Instance::fromJson(create->json());
    QVERIFY(instance);
    QVERIFY(instance->id > 0);
    QCOMPARE(instance->name, u"Acme books"_s);
    QCOMPARE(instance->elementKey, u"freshbooks"_s);
    QCOMPARE(instance->tags, QStringList({u"customer-acme"_s, u"finance"_s}));
    QVERIFY(instance->valid);
    QVERIFY(!instance->disabled);
    QVERIFY(!instance->token.isEmpty());
    // The platform answers with its own configuration keys, secrets masked.
    QCOMPARE(instance->configuration.value("oauth.api.secret"_L1).toString(), u"********"_s);
    QVERIFY(instance->configuration.contains("base.url"_L1));

    // Exactly the three API calls, each with the right fields.
    const QList<SandboxCall> token = m_sandbox.calls(Endpoint::Token);
    const QList<SandboxCall> url = m_sandbox.calls(Endpoint::Url);
    const QList<SandboxCall> created = m_sandbox.calls(Endpoint::CreateInstance);
    QCOMPARE(token.size(), 1);
    QCOMPARE(url.size(), 1);
    QCOMPARE(created.size(), 1);
    QCOMPARE(token[0].query.queryItemValue(u"apiKey"_s), consumerKey);
    QCOMPARE(token[0].query.queryItemValue(u"apiSecret"_s, QUrl::FullyDecoded), consumerSecret);
    QCOMPARE(token[0].query.queryItemValue(u"callbackUrl"_s, QUrl::FullyDecoded), callbackUrl);
    QCOMPARE(token[0].query.queryItemValue(u"siteAddress"_s), u"acme"_s);
    QCOMPARE(url[0].query.queryItemValue(u"requestToken"_s, QUrl::FullyDecoded), a->token.token);
    QCOMPARE(created[0].method, QByteArray("POST"));
    QVERIFY(created[0].header("Content-Type").startsWith("application/json"));
    QCOMPARE(created[0].header("Authorization"),
             QByteArray("User ") + SandboxServer::UserSecret + ", Organization " + SandboxServer::OrganizationSecret);
    const QJsonObject body = QJsonDocument::fromJson(created[0].body).object();
    QCOMPARE(body, request.toJsonObject());

    // Read, list, filter and delete it.
    ApiReply *get = m_client->getInstance(instance->id);
    QVERIFY(waitFor(get));
    QVERIFY2(get->succeeded(), qPrintable(get->error().text));
    QCOMPARE(Instance::fromJson(get->json())->name, u"Acme books"_s);

    ApiReply *list = m_client->listInstances();
    QVERIFY(waitFor(list));
    QVERIFY(list->succeeded());
    const auto all = instancesFromJson(list->json());
    QVERIFY(all);
    QVERIFY(std::any_of(all->begin(), all->end(), [&](const Instance &i) { return i.id == instance->id; }));

    ApiReply *filtered = m_client->listInstances({u"no-such-tag"_s});
    QVERIFY(waitFor(filtered));
    QVERIFY(filtered->succeeded());
    QVERIFY(instancesFromJson(filtered->json())->isEmpty());

    ApiReply *remove = m_client->deleteInstance(instance->id);
    QVERIFY(waitFor(remove));
    QVERIFY2(remove->succeeded(), qPrintable(remove->error().text));
    ApiReply *gone = m_client->getInstance(instance->id);
    QVERIFY(waitFor(gone));
    QCOMPARE(gone->error().kind, ApiError::Kind::Http);
    QCOMPARE(gone->httpStatus(), 404);
    QVERIFY(!gone->error().serverMessage.isEmpty());
    QVERIFY(gone->error().text.contains(u"404"_s));

    // The request log saw every call, redacted.
    QCOMPARE(m_exchanges.size(), 8);
    for (const HttpExchange &e : std::as_const(m_exchanges)) {
        const QString all = e.url + QString::fromUtf8(e.requestBody + e.responseBody);
        for (const QString &secret : {consumerSecret, a->token.token, a->token.secret,
                                      a->callback.oauthVerifier, instance->token})
            QVERIFY2(!all.contains(secret), qPrintable(e.operation + u": "_s + all));
    }
}

void TstApiClient::secondCreateWithTheSameTokenIsRefused()
{
    const auto a = authorize();
    QVERIFY(a);
    ApiReply *first = m_client->createInstance(requestFor(*a));
    QVERIFY(waitFor(first));
    QVERIFY(first->succeeded());
    ApiReply *second = m_client->createInstance(requestFor(*a, u"again"_s));
    QVERIFY(waitFor(second));
    QCOMPARE(second->error().kind, ApiError::Kind::Http);
    QCOMPARE(second->httpStatus(), 400);
    QVERIFY(!second->error().serverMessage.isEmpty());
}

void TstApiClient::wrongSecretsGive401()
{
    m_client->setCredentials({u"not-the-user-secret"_s, u"not-the-org-secret"_s});
    ApiReply *reply = m_client->listInstances();
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    QCOMPARE(reply->httpStatus(), 401);
    QCOMPARE(reply->error().serverMessage,
             u"Invalid Organization or User secret, or invalid Element token provided."_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(reply->error().requestId).hasMatch());
    QVERIFY(reply->error().text.contains(u"401"_s));
}

void TstApiClient::invalidRequestIsNotSent()
{
    InstanceRequest request;
    request.elementKey = u"freshbooks"_s;
    request.name = u"incomplete"_s;
    ApiReply *reply = m_client->createInstance(request);
    QVERIFY(!reply->isFinished());  // finished() always comes after the call returns
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
    for (const QString &field : {u"oauth.api.key"_s, u"oauth.api.secret"_s, u"freshbooks.site.address"_s,
                                 u"oauth_token"_s, u"oauth_verifier"_s, u"providerData.secret"_s})
        QVERIFY2(reply->error().text.contains(field), qPrintable(reply->error().text));
    QVERIFY(m_sandbox.calls().isEmpty());
}

void TstApiClient::authorizationUrlNeedsAToken()
{
    ApiReply *reply = m_client->authorizationUrl(u"freshbooks"_s, oauthParameters());
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
    QVERIFY(m_sandbox.calls().isEmpty());
}

void TstApiClient::urlMustCarryTheRequestToken()
{
    QUrlQuery q = oauthParameters();
    q.addQueryItem(u"requestToken"_s, u"abc-token"_s);
    ApiReply *ok = m_client->authorizationUrl(u"freshbooks"_s, q);
    QVERIFY(waitFor(ok));
    QVERIFY2(ok->succeeded(), qPrintable(ok->error().text));
    const auto url = AuthorizationUrl::fromJson(ok->json(), u"abc-token"_s);
    QVERIFY(url);
    QCOMPARE(QUrlQuery(url->url).queryItemValue(u"oauth_token"_s), u"abc-token"_s);
    QVERIFY(!AuthorizationUrl::fromJson(ok->json(), u"another-token"_s));

    // The documented oauth_token=null URL never reaches the browser.
    QUrlQuery nullToken = oauthParameters();
    nullToken.addQueryItem(u"requestToken"_s, u"null"_s);
    ApiReply *bad = m_client->authorizationUrl(u"freshbooks"_s, nullToken);
    QVERIFY(waitFor(bad));
    QCOMPARE(bad->error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(bad->error().text.contains(u"oauth_token=null"_s), qPrintable(bad->error().text));
}

void TstApiClient::noEnvironment()
{
    ApiClient client;
    ApiReply *reply = client.listInstances();
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);

    client.setEnvironment(Environment::custom(QUrl(u"http://api.example.com/elements/api-v2"_s)));
    ApiReply *insecure = client.listInstances();
    QVERIFY(waitFor(insecure));
    QCOMPARE(insecure->error().kind, ApiError::Kind::InvalidRequest);
    QVERIFY(insecure->error().text.contains(u"https"_s));
}

void TstApiClient::faults_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedText");

    const auto e = [](Endpoint x) { return int(x); };
    const auto k = [](Kind x) { return int(x); };
    const auto r = [](ApiError::Kind x) { return int(x); };
    QTest::newRow("token 500") << e(Endpoint::Token) << k(Kind::HttpError) << 500 << 0 << qint64(0)
                               << r(ApiError::Kind::Http) << 500 << u"500"_s;
    QTest::newRow("token 401") << e(Endpoint::Token) << k(Kind::HttpError) << 401 << 0 << qint64(0)
                               << r(ApiError::Kind::Http) << 401 << u"Invalid Organization or User secret"_s;
    QTest::newRow("url 404") << e(Endpoint::Url) << k(Kind::HttpError) << 404 << 0 << qint64(0)
                             << r(ApiError::Kind::Http) << 404 << u"404"_s;
    QTest::newRow("create 415") << e(Endpoint::CreateInstance) << k(Kind::HttpError) << 415 << 0 << qint64(0)
                                << r(ApiError::Kind::Http) << 415 << u"415"_s;
    QTest::newRow("create 409") << e(Endpoint::CreateInstance) << k(Kind::HttpError) << 409 << 0 << qint64(0)
                                << r(ApiError::Kind::Http) << 409 << u"409"_s;
    QTest::newRow("token html 502") << e(Endpoint::Token) << k(Kind::HtmlError) << 502 << 0 << qint64(0)
                                    << r(ApiError::Kind::Http) << 502 << u"web page"_s;
    QTest::newRow("create html 503") << e(Endpoint::CreateInstance) << k(Kind::HtmlError) << 503 << 0 << qint64(0)
                                     << r(ApiError::Kind::Http) << 503 << u"web page"_s;
    QTest::newRow("token truncated") << e(Endpoint::Token) << k(Kind::MalformedJson) << 200 << 0 << qint64(0)
                                     << r(ApiError::Kind::MalformedResponse) << 200 << u"cut off"_s;
    QTest::newRow("url empty") << e(Endpoint::Url) << k(Kind::EmptyBody) << 200 << 0 << qint64(0)
                               << r(ApiError::Kind::MalformedResponse) << 200 << u"empty"_s;
    QTest::newRow("create wrong shape") << e(Endpoint::CreateInstance) << k(Kind::WrongShape) << 200 << 0
                                        << qint64(0) << r(ApiError::Kind::MalformedResponse) << 200
                                        << u"instance"_s;
    QTest::newRow("token invalid utf-8") << e(Endpoint::Token) << k(Kind::InvalidUtf8) << 200 << 0 << qint64(0)
                                         << r(ApiError::Kind::MalformedResponse) << 200 << u"UTF-8"_s;
    QTest::newRow("url 2 MiB") << e(Endpoint::Url) << k(Kind::HugeBody) << 200 << 0
                               << qint64(2 * 1024 * 1024) << r(ApiError::Kind::MalformedResponse) << 200
                               << u"larger than 1 MiB"_s;
    QTest::newRow("token no answer") << e(Endpoint::Token) << k(Kind::NoAnswer) << 200 << 0 << qint64(0)
                                     << r(ApiError::Kind::Timeout) << 0 << u"did not answer in time"_s;
    QTest::newRow("create trickle") << e(Endpoint::CreateInstance) << k(Kind::Trickle) << 200 << 100
                                    << qint64(0) << r(ApiError::Kind::Timeout) << 200
                                    << u"did not answer in time"_s;
    QTest::newRow("url reset") << e(Endpoint::Url) << k(Kind::Reset) << 200 << 0 << qint64(0)
                               << r(ApiError::Kind::Network) << 200 << u"closed the connection"_s;
}

void TstApiClient::faults()
{
    QFETCH(int, endpoint);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, delayMs);
    QFETCH(qint64, size);
    QFETCH(int, expectedKind);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedText);

    m_client->setTimeout(std::chrono::milliseconds(1500));
    std::optional<Authorized> a;
    if (Endpoint(endpoint) == Endpoint::CreateInstance) {
        a = authorize();
        QVERIFY(a);
    }
    SandboxFault fault;
    fault.kind = Kind(kind);
    fault.status = status;
    fault.delayMs = delayMs;
    fault.size = size;
    m_sandbox.addFault(Endpoint(endpoint), fault);

    ApiReply *reply = nullptr;
    switch (Endpoint(endpoint)) {
    case Endpoint::Token:
        reply = m_client->requestToken(u"freshbooks"_s, oauthParameters());
        break;
    case Endpoint::Url: {
        QUrlQuery q = oauthParameters();
        q.addQueryItem(u"requestToken"_s, u"some-request-token"_s);
        reply = m_client->authorizationUrl(u"freshbooks"_s, q);
        break;
    }
    default:
        reply = m_client->createInstance(requestFor(*a));
        break;
    }
    QVERIFY(waitFor(reply));
    const ApiError &error = reply->error();
    QCOMPARE(int(error.kind), expectedKind);
    QCOMPARE(error.httpStatus, expectedStatus);
    QVERIFY2(error.text.contains(expectedText), qPrintable(error.text));
    QVERIFY(error.text.endsWith(u'.') || error.text.endsWith(u')'));
    QCOMPARE(m_exchanges.size() - (a ? 2 : 0), 1);
    QCOMPARE(m_exchanges.last().error, error.text);

    // The fault was used up: the same call now works (for create: a fresh authorization).
    if (a)
        a = authorize();
    ApiReply *again = Endpoint(endpoint) == Endpoint::Token ? m_client->requestToken(u"freshbooks"_s, oauthParameters())
                    : Endpoint(endpoint) == Endpoint::Url   ? nullptr
                                                            : m_client->createInstance(requestFor(*a));
    if (again) {
        QVERIFY(waitFor(again));
        QVERIFY2(again->succeeded(), qPrintable(again->error().text));
    }
}

void TstApiClient::delayWithinTheTimeoutSucceeds()
{
    m_client->setTimeout(std::chrono::milliseconds(5000));
    SandboxFault delay;
    delay.kind = Kind::Delay;
    delay.delayMs = 300;
    m_sandbox.addFault(Endpoint::Token, delay);
    ApiReply *reply = m_client->requestToken(u"freshbooks"_s, oauthParameters());
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().text));
}

void TstApiClient::redirectIsNotFollowed()
{
    SandboxFault redirect;
    redirect.kind = Kind::Redirect;
    redirect.status = 302;
    redirect.location = u"http://127.0.0.2:%1/elements/api-v2/instances"_s.arg(m_sandbox.port());
    m_sandbox.addFault(Endpoint::ListInstances, redirect);
    ApiReply *reply = m_client->listInstances();
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    QCOMPARE(reply->httpStatus(), 302);
    QVERIFY2(reply->error().text.contains(u"127.0.0.2"_s), qPrintable(reply->error().text));
    QVERIFY(reply->error().text.contains(u"not followed"_s));
    QCOMPARE(m_sandbox.calls().size(), 1);  // nothing went to the other address
}

void TstApiClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setEnvironment(Environment::custom(QUrl(u"http://127.0.0.1:%1/elements/api-v2"_s.arg(port))));
    ApiReply *reply = m_client->requestToken(u"freshbooks"_s, oauthParameters());
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Network);
    QVERIFY2(reply->error().text.contains(u"refused"_s), qPrintable(reply->error().text));
}

// GET /elements/{key}: the platform's description of an element, its shape checked, for
// ElementCatalog::fromPlatform().
void TstApiClient::getElement()
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR "/tests/data/platform-element-oauth2.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray element = file.readAll();
    test::RawHttpServer server;
    QList<test::RawHttpServer::Request> requests;
    server.setHandler([&](const test::RawHttpServer::Request &r) {
        requests.append(r);
        if (r.path.endsWith(u"/elements/odd"_s))
            return test::RawHttpServer::Answer::json(200, QByteArray("{\"key\": \"odd\", \"configuration\": {}}"));
        if (r.path.endsWith(u"/elements/acmecrm"_s))
            return test::RawHttpServer::Answer::json(200, element);
        return test::RawHttpServer::Answer::json(404, QByteArray("{\"message\": \"No element found\"}"));
    });
    QVERIFY(server.listen());
    m_client->setEnvironment(Environment::custom(QUrl(u"http://127.0.0.1:%1/elements/api-v2"_s.arg(server.port()))));

    ApiReply *reply = m_client->getElement(u"acmecrm"_s);
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().text));
    QCOMPARE(reply->operation(), ApiReply::Operation::GetElement);
    QCOMPARE(requests.last().method, QByteArray("GET"));
    QCOMPARE(requests.last().path, u"/elements/api-v2/elements/acmecrm"_s);
    const auto built = ElementCatalog::fromPlatform(reply->json().toObject(), u"acmecrm.instance.url"_s);
    QVERIFY(built);
    QCOMPARE(built->key, u"acmecrm"_s);

    // What is not a key is not sent; an answer of another shape is refused.
    const qsizetype sent = requests.size();
    for (const QString &notAKey : {u"acme crm"_s, u"../instances"_s, QString()}) {
        reply = m_client->getElement(notAKey);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
    }
    QCOMPARE(requests.size(), sent);
    reply = m_client->getElement(u"odd"_s);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(reply->error().text.contains(u"configuration"_s), qPrintable(reply->error().text));
    reply = m_client->getElement(u"nope"_s);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->httpStatus(), 404);
    QVERIFY(!reply->succeeded());
}

void TstApiClient::cancel()
{
    SandboxFault silent;
    silent.kind = Kind::NoAnswer;
    m_sandbox.addFault(Endpoint::Token, silent);
    ApiReply *reply = m_client->requestToken(u"freshbooks"_s, oauthParameters());
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_sandbox.calls(Endpoint::Token).size(), 1);
    QVERIFY(reply->isRunning());
    reply->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    reply->cancel();  // a second cancel changes nothing
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
}

void TstApiClient::nothingSecretIsLogged()
{
    m_log->clear();
    const auto a = authorize(u"beta"_s);
    QVERIFY(a);
    ApiReply *create = m_client->createInstance(requestFor(*a, u"Beta books"_s, u"beta"_s));
    QVERIFY(waitFor(create));
    QVERIFY(create->succeeded());
    const QString token = Instance::fromJson(create->json())->token;
    QVERIFY(m_log->count() > 0);
    const QString log = m_log->text();
    for (const QString &secret : {QString::fromLatin1(SandboxServer::UserSecret),
                                  QString::fromLatin1(SandboxServer::OrganizationSecret), consumerSecret,
                                  a->token.token, a->token.secret, a->callback.oauthVerifier, token})
        QVERIFY2(!log.contains(secret), qPrintable(u"secret in log: "_s + log));
}

QTEST_GUILESS_MAIN(TstApiClient)
#include "tst_apiclient.moc"
