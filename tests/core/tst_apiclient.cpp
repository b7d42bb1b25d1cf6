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
    void networkIsSetUpOnFirstRequest();
    void faults_data();
    void faults();
    void delayWithinTheTimeoutSucceeds();
    void redirectIsNotFollowed();
    void connectionRefused();
    void getElement();
    void cancel();
    void nothingSecretIsLogged();

    // The instance's later life
    void lifecycle();
    void listFiltersByTags();
    void reauthorizationWithAStaleGrantIsRefused();
    void lifecycleCallsThatAreNotSent();
    void lifecycleAnswers_data();
    void lifecycleAnswers();
    void lifecycleFaults_data();
    void lifecycleFaults();

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

    // A created instance, its authorization spent.
    std::optional<Instance> createdInstance(const QString &name = u"Acme books"_s);
    // The lifecycle call of `endpoint` on `id` (for UpdateInstance, with a fresh grant).
    ApiReply *lifecycleCall(Endpoint endpoint, qint64 id);

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

// Qt Network's machinery is made by the first request, not before (issue 11: the wizard's
// first page sends nothing), and that one is kept for every later request.
void TstApiClient::networkIsSetUpOnFirstRequest()
{
    QVERIFY(m_client->findChildren<QNetworkAccessManager *>().isEmpty());
    ApiReply *first = m_client->requestToken(u"freshbooks"_s, oauthParameters());
    const QList<QNetworkAccessManager *> made = m_client->findChildren<QNetworkAccessManager *>();
    QCOMPARE(made.size(), 1);
    QCOMPARE(m_client->networkAccessManager(), made.constFirst());
    QVERIFY(waitFor(first));
    QVERIFY2(first->succeeded(), qPrintable(first->error().text));
    ApiReply *second = m_client->requestToken(u"freshbooks"_s, oauthParameters());
    QVERIFY(waitFor(second));
    QCOMPARE(m_client->findChildren<QNetworkAccessManager *>(), made);
    // One given to the client is the one it uses, and it makes none of its own.
    ApiClient given(&m_nam);
    QCOMPARE(given.networkAccessManager(), &m_nam);
    QVERIFY(given.findChildren<QNetworkAccessManager *>().isEmpty());
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

std::optional<Instance> TstApiClient::createdInstance(const QString &name)
{
    const auto a = authorize();
    if (!a)
        return std::nullopt;
    ApiReply *create = m_client->createInstance(requestFor(*a, name));
    if (!waitFor(create) || !create->succeeded())
        return std::nullopt;
    return Instance::fromJson(create->json());
}

ApiReply *TstApiClient::lifecycleCall(Endpoint endpoint, qint64 id)
{
    switch (endpoint) {
    case Endpoint::UpdateInstance: {
        const auto a = authorize();
        return a ? m_client->updateInstance(id, requestFor(*a, u"Renewed"_s)) : nullptr;
    }
    case Endpoint::PatchInstance: return m_client->patchInstance(id, {u"Renamed"_s, QStringList{u"x"_s}});
    case Endpoint::EnableInstance: return m_client->enableInstance(id);
    case Endpoint::DisableInstance: return m_client->disableInstance(id);
    case Endpoint::DeleteInstance: return m_client->deleteInstance(id);
    case Endpoint::GetInstance: return m_client->getInstance(id);
    default: return m_client->listInstances();
    }
}

// Every call of the instance's life through the client, in the request log with its
// operation and method, nothing secret in it.
void TstApiClient::lifecycle()
{
    const auto instance = createdInstance();
    QVERIFY(instance);
    const qint64 id = instance->id;
    m_exchanges.clear();

    ApiReply *renamed = m_client->patchInstance(id, {u"  Acme renamed "_s, std::nullopt});
    QVERIFY(waitFor(renamed));
    QVERIFY2(renamed->succeeded(), qPrintable(renamed->error().text));
    QCOMPARE(Instance::fromJson(renamed->json())->name, u"Acme renamed"_s);
    QCOMPARE(Instance::fromJson(renamed->json())->tags, instance->tags);
    QCOMPARE(m_sandbox.calls(Endpoint::PatchInstance).last().body, QByteArray(R"({"name":"Acme renamed"})"));

    ApiReply *retagged = m_client->patchInstance(id, {std::nullopt, QStringList{u" new "_s, u"new"_s, u""_s, u"b"_s}});
    QVERIFY(waitFor(retagged));
    QVERIFY2(retagged->succeeded(), qPrintable(retagged->error().text));
    QCOMPARE(Instance::fromJson(retagged->json())->tags, QStringList({u"new"_s, u"b"_s}));
    QCOMPARE(m_sandbox.calls(Endpoint::PatchInstance).last().body, QByteArray(R"({"tags":["new","b"]})"));

    ApiReply *disabled = m_client->disableInstance(id);
    QVERIFY(waitFor(disabled));
    QVERIFY2(disabled->succeeded(), qPrintable(disabled->error().text));
    ApiReply *read = m_client->getInstance(id);
    QVERIFY(waitFor(read));
    QVERIFY(Instance::fromJson(read->json())->disabled);
    ApiReply *enabled = m_client->enableInstance(id);
    QVERIFY(waitFor(enabled));
    QVERIFY2(enabled->succeeded(), qPrintable(enabled->error().text));
    QCOMPARE(enabled->json().toObject().value("disabled"_L1), QJsonValue(false));

    // Re-authorization: a fresh grant, the same instance.
    const auto a = authorize(u"beta"_s);
    QVERIFY(a);
    const InstanceRequest renewal = requestFor(*a, u"Renewed"_s, u"beta"_s);
    ApiReply *update = m_client->updateInstance(id, renewal);
    QVERIFY(waitFor(update));
    QVERIFY2(update->succeeded(), qPrintable(update->error().text));
    const auto updated = Instance::fromJson(update->json());
    QCOMPARE(updated->id, id);
    QCOMPARE(updated->token, instance->token);
    QCOMPARE(updated->name, u"Renewed"_s);
    const SandboxCall put = m_sandbox.calls(Endpoint::UpdateInstance).last();
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path, u"/elements/api-v2/instances/%1"_s.arg(id));
    QCOMPARE(QJsonDocument::fromJson(put.body).object(), renewal.toJsonObject());
    QVERIFY(put.header("Content-Type").startsWith("application/json"));

    ApiReply *remove = m_client->deleteInstance(id);
    QVERIFY(waitFor(remove));
    QVERIFY2(remove->succeeded(), qPrintable(remove->error().text));
    QVERIFY(remove->json().isNull());
    // One after the other, so that the request log has them in this order.
    const QList<std::function<ApiReply *()>> afterwards = {
        [&] { return m_client->getInstance(id); }, [&] { return m_client->deleteInstance(id); },
        [&] { return m_client->enableInstance(id); }, [&] { return m_client->patchInstance(id, {u"x"_s, std::nullopt}); }};
    for (const auto &call : afterwards) {
        ApiReply *gone = call();
        QVERIFY(waitFor(gone));
        QCOMPARE(gone->error().kind, ApiError::Kind::Http);
        QCOMPARE(gone->httpStatus(), 404);
        QCOMPARE(gone->error().serverMessage, u"No instance found with id %1"_s.arg(id));
    }

    // The request log: each call with its operation and method, redacted.
    QStringList calls;
    for (const HttpExchange &e : std::as_const(m_exchanges)) {
        if (e.operation != "requestToken"_L1 && e.operation != "authorizationUrl"_L1)
            calls.append(e.operation + u' ' + QString::fromLatin1(e.method));
    }
    QCOMPARE(calls, QStringList({u"patchInstance PATCH"_s, u"patchInstance PATCH"_s, u"disableInstance DELETE"_s,
                                 u"getInstance GET"_s, u"enableInstance PUT"_s, u"updateInstance PUT"_s,
                                 u"deleteInstance DELETE"_s, u"getInstance GET"_s, u"deleteInstance DELETE"_s,
                                 u"enableInstance PUT"_s, u"patchInstance PATCH"_s}));
    for (const HttpExchange &e : std::as_const(m_exchanges)) {
        const QString all = e.url + QString::fromUtf8(e.requestBody + e.responseBody);
        for (const QString &secret : {consumerSecret, a->token.token, a->token.secret, a->callback.oauthVerifier,
                                      instance->token})
            QVERIFY2(!all.contains(secret), qPrintable(e.operation + u": "_s + all));
    }
}

// Tags reach the platform as they are, whatever they hold; several mean all of them.
void TstApiClient::listFiltersByTags()
{
    const auto a = authorize();
    QVERIFY(a);
    InstanceRequest r = requestFor(*a, u"Tagged"_s);
    r.tags = {u"a&b =+%/?#"_s, u"späti"_s};
    ApiReply *create = m_client->createInstance(r);
    QVERIFY(waitFor(create));
    QVERIFY2(create->succeeded(), qPrintable(create->error().text));
    const qint64 id = Instance::fromJson(create->json())->id;

    const auto listed = [this](const QStringList &tags) {
        QList<qint64> ids;
        ApiReply *reply = m_client->listInstances(tags);
        if (!waitFor(reply) || !reply->succeeded())
            return QList<qint64>{-1};
        const auto instances = instancesFromJson(reply->json());
        for (const Instance &i : *instances)
            ids.append(i.id);
        return ids;
    };
    QCOMPARE(listed({u"a&b =+%/?#"_s}), QList<qint64>{id});
    QCOMPARE(m_sandbox.calls(Endpoint::ListInstances).last().query.queryItemValue(u"tags[]"_s, QUrl::FullyDecoded),
             u"a&b =+%/?#"_s);
    QCOMPARE(listed({u"a&b =+%/?#"_s, u"späti"_s}), QList<qint64>{id});
    QCOMPARE(listed({u"a&b"_s}), QList<qint64>());
    QCOMPARE(listed({u"späti"_s, u"other"_s}), QList<qint64>());
}

// A PUT with a grant already spent is refused with the platform's message; the error says
// what the server said.
void TstApiClient::reauthorizationWithAStaleGrantIsRefused()
{
    const auto a = authorize();
    QVERIFY(a);
    ApiReply *create = m_client->createInstance(requestFor(*a));
    QVERIFY(waitFor(create));
    QVERIFY(create->succeeded());
    const qint64 id = Instance::fromJson(create->json())->id;
    ApiReply *stale = m_client->updateInstance(id, requestFor(*a, u"Again"_s));
    QVERIFY(waitFor(stale));
    QCOMPARE(stale->error().kind, ApiError::Kind::Http);
    QCOMPARE(stale->httpStatus(), 400);
    QCOMPARE(stale->error().serverMessage,
             u"The request token has already been used for an instance: authorize again."_s);
    QVERIFY2(stale->error().text.startsWith(u"Re-authorizing the instance failed"_s), qPrintable(stale->error().text));
    QVERIFY(stale->error().text.contains(stale->error().serverMessage));
}

// What the client refuses itself: no id, nothing to change, an empty name, a request that
// fails validation. Each ends in InvalidRequest after the call returned; nothing is sent.
void TstApiClient::lifecycleCallsThatAreNotSent()
{
    InstanceRequest incomplete;
    incomplete.elementKey = u"freshbooks"_s;
    incomplete.name = u"incomplete"_s;
    const QList<std::pair<ApiReply *, QString>> refused = {
        {m_client->getInstance(0), u"no instance id"_s},
        {m_client->deleteInstance(-3), u"no instance id"_s},
        {m_client->enableInstance(0), u"no instance id"_s},
        {m_client->disableInstance(0), u"no instance id"_s},
        {m_client->patchInstance(0, {u"x"_s, std::nullopt}), u"no instance id"_s},
        {m_client->patchInstance(5, {}), u"nothing to change"_s},
        {m_client->patchInstance(5, {u"   "_s, QStringList{u"t"_s}}), u"name is empty"_s},
        {m_client->updateInstance(0, incomplete), u"no instance id"_s},
        {m_client->updateInstance(5, incomplete), u"providerData.oauth_verifier"_s},
    };
    for (const auto &[reply, why] : refused)
        QVERIFY(!reply->isFinished());  // finished() always comes after the call returns
    for (const auto &[reply, why] : refused) {
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY2(reply->error().text.contains(why), qPrintable(reply->error().text));
    }
    QCOMPARE(m_exchanges.size(), refused.size());
    QVERIFY(m_sandbox.calls().isEmpty());
}

void TstApiClient::lifecycleAnswers_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QByteArray>("body");  // of a 200 answer to the call on instance 7
    QTest::addColumn<QString>("problem");  // empty: accepted
    const auto e = [](Endpoint x) { return int(x); };
    const QByteArray seven = R"({"id": 7, "name": "x", "disabled": true})";
    const QByteArray eight = R"({"id": 8, "name": "x"})";
    QTest::newRow("enable: empty") << e(Endpoint::EnableInstance) << QByteArray() << QString();
    QTest::newRow("enable: the instance") << e(Endpoint::EnableInstance) << seven << QString();
    QTest::newRow("enable: something else") << e(Endpoint::EnableInstance) << QByteArray(R"({"enabled": true})")
                                            << QString();
    QTest::newRow("enable: another instance") << e(Endpoint::EnableInstance) << eight
                                              << u"another instance than 7"_s;
    QTest::newRow("enable: an id as text") << e(Endpoint::EnableInstance) << QByteArray(R"({"id": "7"})") << QString();
    QTest::newRow("enable: a list") << e(Endpoint::EnableInstance) << QByteArray("[]")
                                    << u"expected the instance or an empty answer"_s;
    QTest::newRow("disable: empty") << e(Endpoint::DisableInstance) << QByteArray("  ") << QString();
    QTest::newRow("disable: another instance") << e(Endpoint::DisableInstance) << eight
                                               << u"another instance than 7"_s;
    QTest::newRow("delete: empty") << e(Endpoint::DeleteInstance) << QByteArray() << QString();
    QTest::newRow("delete: JSON") << e(Endpoint::DeleteInstance) << QByteArray("{}") << QString();
    QTest::newRow("delete: text") << e(Endpoint::DeleteInstance) << QByteArray("OK") << u"not valid JSON"_s;
    QTest::newRow("get: another instance") << e(Endpoint::GetInstance) << eight
                                           << u"the answer is about the instance 8, not 7"_s;
    QTest::newRow("get: empty") << e(Endpoint::GetInstance) << QByteArray() << u"the answer is empty"_s;
    QTest::newRow("patch: the instance") << e(Endpoint::PatchInstance) << seven << QString();
    QTest::newRow("patch: another instance") << e(Endpoint::PatchInstance) << eight
                                             << u"the answer is about the instance 8, not 7"_s;
    QTest::newRow("patch: empty") << e(Endpoint::PatchInstance) << QByteArray() << u"the answer is empty"_s;
    QTest::newRow("update: the instance, no token") << e(Endpoint::UpdateInstance) << seven << QString();
    QTest::newRow("update: another instance") << e(Endpoint::UpdateInstance) << eight
                                              << u"the answer is about the instance 8, not 7"_s;
    QTest::newRow("update: a list") << e(Endpoint::UpdateInstance) << QByteArray("[]")
                                    << u"expected an instance object"_s;
}

// How the client reads a 200 to each call: what it accepts, what it calls malformed.
void TstApiClient::lifecycleAnswers()
{
    QFETCH(int, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    test::RawHttpServer server;
    server.setHandler(
        [&](const test::RawHttpServer::Request &) { return test::RawHttpServer::Answer::json(200, body); });
    QVERIFY(server.listen());
    m_client->setEnvironment(Environment::custom(QUrl(u"http://127.0.0.1:%1/elements/api-v2"_s.arg(server.port()))));
    ApiReply *reply = nullptr;
    if (Endpoint(endpoint) == Endpoint::UpdateInstance) {
        // A request that passes validation; the fake platform does not check the grant.
        Authorized a;
        a.token = {u"token-1234"_s, u"secret-1234"_s};
        a.callback.oauthToken = a.token.token;
        a.callback.oauthVerifier = u"verifier-1234"_s;
        reply = m_client->updateInstance(7, requestFor(a));
    } else {
        reply = lifecycleCall(Endpoint(endpoint), 7);
    }
    QVERIFY(waitFor(reply));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().path.startsWith(u"/elements/api-v2/instances/7"_s));
    if (problem.isEmpty()) {
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().text));
        return;
    }
    QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(reply->error().text.contains(problem), qPrintable(reply->error().text));
}

void TstApiClient::lifecycleFaults_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("expectedText");
    const auto k = [](Kind x) { return int(x); };
    const auto r = [](ApiError::Kind x) { return int(x); };
    const std::pair<Endpoint, const char *> calls[] = {
        {Endpoint::UpdateInstance, "update"}, {Endpoint::PatchInstance, "patch"},
        {Endpoint::EnableInstance, "enable"}, {Endpoint::DisableInstance, "disable"},
        {Endpoint::DeleteInstance, "delete"},
    };
    for (const auto &[endpoint, name] : calls) {
        const int e = int(endpoint);
        QTest::addRow("%s 403", name) << e << k(Kind::HttpError) << 403 << r(ApiError::Kind::Http)
                                      << u"the instance is disabled"_s;
        QTest::addRow("%s html 502", name) << e << k(Kind::HtmlError) << 502 << r(ApiError::Kind::Http)
                                           << u"web page"_s;
        QTest::addRow("%s truncated", name) << e << k(Kind::MalformedJson) << 200
                                            << r(ApiError::Kind::MalformedResponse) << u"cut off"_s;
        QTest::addRow("%s no answer", name) << e << k(Kind::NoAnswer) << 200 << r(ApiError::Kind::Timeout)
                                            << u"did not answer in time"_s;
        QTest::addRow("%s reset", name) << e << k(Kind::Reset) << 200 << r(ApiError::Kind::Network)
                                        << u"closed the connection"_s;
        QTest::addRow("%s 2 MiB", name) << e << k(Kind::HugeBody) << 200 << r(ApiError::Kind::MalformedResponse)
                                        << u"larger than 1 MiB"_s;
        if (endpoint != Endpoint::DeleteInstance)
            QTest::addRow("%s wrong shape", name) << e << k(Kind::WrongShape) << 200
                                                  << r(ApiError::Kind::MalformedResponse) << u"expected"_s;
    }
    // A PUT that may have reached the platform says so.
    QTest::newRow("update no answer: may have acted")
        << int(Endpoint::UpdateInstance) << k(Kind::NoAnswer) << 200 << r(ApiError::Kind::Timeout)
        << u"The instance may have been re-authorized anyway"_s;
}

// Each fault the sandbox injects into a lifecycle call ends in its error kind and text, in
// the request log; the fault used up, the same call then works.
void TstApiClient::lifecycleFaults()
{
    QFETCH(int, endpoint);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, expectedKind);
    QFETCH(QString, expectedText);
    m_client->setTimeout(std::chrono::milliseconds(1500));
    const auto instance = createdInstance();
    QVERIFY(instance);
    SandboxFault fault;
    fault.kind = Kind(kind);
    fault.status = status;
    fault.size = 2 * 1024 * 1024;
    m_sandbox.addFault(Endpoint(endpoint), fault);
    ApiReply *reply = lifecycleCall(Endpoint(endpoint), instance->id);
    QVERIFY(reply);
    m_exchanges.clear();
    QVERIFY(waitFor(reply));
    const ApiError &error = reply->error();
    QCOMPARE(int(error.kind), expectedKind);
    QVERIFY2(error.text.contains(expectedText), qPrintable(error.text));
    QVERIFY(error.text.endsWith(u'.') || error.text.endsWith(u')'));
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.last().error, error.text);
    // At least the one call: when the connection breaks mid-answer, Qt may send an
    // idempotent request (PUT, DELETE) once more by itself, after the reply has finished.
    QVERIFY(!m_sandbox.calls(Endpoint(endpoint)).isEmpty());

    ApiReply *again = lifecycleCall(Endpoint(endpoint), instance->id);
    QVERIFY(again);
    QVERIFY(waitFor(again));
    if (Endpoint(endpoint) == Endpoint::DeleteInstance && Kind(kind) == Kind::Reset) {
        // The platform deleted it before the answer broke: now it is gone.
        QCOMPARE(again->httpStatus(), 404);
        return;
    }
    QVERIFY2(again->succeeded(), qPrintable(again->error().text));
}

QTEST_GUILESS_MAIN(TstApiClient)
#include "tst_apiclient.moc"
