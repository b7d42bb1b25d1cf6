// ProvisioningFlow for each way an element authenticates, driven without any widget
// against the built-in sandbox: OAuth 2.0 with a site address (zendesk: a fresh state per
// attempt, the code and state on the callback, a refusal with the provider's words),
// credentials (stripe, freshdeskv2: no browser, straight to POST /instances), a
// descriptor built at run time from the sandbox's GET /elements/{key}, and one of the
// user's own from a data folder. (OAuth 1.0a is tst_provisioningflow's.)
#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/callbackmatcher.h"
#include "core/elementcatalog.h"
#include "core/elementdescription.h"
#include "core/instancerequest.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include "logcapture.h"
#include "fetch.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;
using Stage = ProvisioningFlow::Stage;
using Outcome = CallbackMatch::Outcome;

namespace {

const QString Callback = u"https://www.mycoolapp.com/auth"_s;
const QString ClientId = u"zd-client"_s;
const QString ClientSecret = u"zd&secret+1/2=3%20x"_s;
const QString StripeKey = u"sk_test_4eC39HqLyjWDarjtT1zdp7dc"_s;

QList<Stage> stagesOf(const QSignalSpy &spy)
{
    QList<Stage> stages;
    for (const QList<QVariant> &args : spy)
        stages.append(args.at(0).value<Stage>());
    return stages;
}

const ElementDescription &builtIn(const QString &id)
{
    const ElementDescription *d = ElementCatalog::builtIn().byId(id);
    if (!d)
        qFatal("The built-in descriptor %s is missing.", qPrintable(id));
    return *d;
}

// An OAuth 2.0 element of the user's own (tests/data/user-element-acmecrm.json), as a file
// in their data folder.
QByteArray userDescriptor()
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR "/tests/data/user-element-acmecrm.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TstFlowKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // OAuth 2.0
    void oauth2WithASiteAddress();
    void oauth2FreshStateEachAttempt();
    void oauth2RefusedOnTheConsentPage();
    void oauth2CodeForAnotherClientRefusedBySandbox();
    // Credentials
    void credentialsStraightToCreation();
    void credentialsNameWhatIsMissing();
    void reauthorizeEachKind_data();
    void reauthorizeEachKind();
    // Descriptors from elsewhere
    void descriptorBuiltFromTheSandbox_data();
    void descriptorBuiltFromTheSandbox();
    void userDescriptorFromTheDataFolder();
    // instance.json
    void instanceJsonRoundTrips_data();
    void instanceJsonRoundTrips();
    void instanceJsonOfAnotherMode();

private:
    using Page = test::FetchedPage;
    std::unique_ptr<ProvisioningFlow> makeFlow(const ElementDescription &element);
    void fillZendesk(ProvisioningFlow *flow);
    void fetch(const QUrl &url, Page *page, const QByteArray &form = {});
    void startAndWait(ProvisioningFlow *flow);
    // The owner allows (the sandbox approves at once): the 302 to the callback.
    void approve(const QUrl &authorizationUrl, QUrl *callback);
    // The whole OAuth 2.0 path to Created.
    void authorizeAndCreate(ProvisioningFlow *flow);
    void create(ProvisioningFlow *flow);

    SandboxServer m_sandbox;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    std::optional<test::LogCapture> m_log;
};

std::unique_ptr<ProvisioningFlow> TstFlowKinds::makeFlow(const ElementDescription &element)
{
    auto flow = std::make_unique<ProvisioningFlow>(m_client, element);
    flow->setEnvironment(Environment::sandbox(m_sandbox.baseUrl()));
    flow->setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                          QString::fromLatin1(SandboxServer::OrganizationSecret)});
    flow->setName(u"Made here"_s);
    flow->setTags({u"kinds"_s});
    return flow;
}

void TstFlowKinds::fillZendesk(ProvisioningFlow *flow)
{
    flow->setConfiguration(u"oauth.api.key"_s, ClientId);
    flow->setConfiguration(u"oauth.api.secret"_s, ClientSecret);
    flow->setConfiguration(u"oauth.callback.url"_s, Callback);
    flow->setConfiguration(u"zendesk.subdomain"_s, u" https://Acme.zendesk.com/ "_s);
}

void TstFlowKinds::fetch(const QUrl &url, Page *page, const QByteArray &form)
{
    QVERIFY(test::fetch(m_nam, url, page, form));
}

void TstFlowKinds::startAndWait(ProvisioningFlow *flow)
{
    QSignalSpy ready(flow, &ProvisioningFlow::authorizationUrlReady);
    flow->startAuthorization();
    QVERIFY(flow->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isBusy(), 10000);
    QVERIFY2(flow->stage() == Stage::AwaitingAuthorization, qPrintable(flow->lastError().text));
    QCOMPARE(ready.count(), 1);
}

void TstFlowKinds::approve(const QUrl &authorizationUrl, QUrl *callback)
{
    m_sandbox.setAutoApprove(true);
    Page page;
    fetch(authorizationUrl, &page);
    m_sandbox.setAutoApprove(false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(page.status, 302);
    QVERIFY2(isCallbackUrl(QUrl(Callback), page.location), qPrintable(page.location.toString()));
    *callback = page.location;
}

void TstFlowKinds::create(ProvisioningFlow *flow)
{
    QVERIFY(flow->canCreateInstance());
    QSignalSpy created(flow, &ProvisioningFlow::instanceCreated);
    QSignalSpy failed(flow, &ProvisioningFlow::failed);
    flow->createInstance();
    QCOMPARE(flow->stage(), Stage::Creating);
    QVERIFY(created.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(flow->stage(), Stage::Created);
    QVERIFY(flow->instance().id > 0);
}

void TstFlowKinds::authorizeAndCreate(ProvisioningFlow *flow)
{
    CHECK(startAndWait(flow));
    QUrl callback;
    CHECK(approve(flow->authorizationUrl(), &callback));
    QCOMPARE(flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    CHECK(create(flow));
}

void TstFlowKinds::initTestCase()
{
    m_log.emplace();
    redaction::installMessageHandler();
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
}

void TstFlowKinds::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearCalls();
    m_sandbox.setAutoApprove(false);
    m_log->clear();
    m_nam = new QNetworkAccessManager(this);
    m_client = new ApiClient(this);
}

void TstFlowKinds::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_nam;
    m_nam = nullptr;
}

// ---------------------------------------------------------------------------------------
// OAuth 2.0

void TstFlowKinds::oauth2WithASiteAddress()
{
    const auto flow = makeFlow(builtIn(u"zendesk"_s));
    fillZendesk(flow.get());
    QVERIFY(flow->needsAuthorization());
    QVERIFY(!flow->canCreateInstance());
    QVERIFY2(flow->inputIssues().isEmpty(), qPrintable(InstanceRequest::summary(flow->inputIssues())));
    QSignalSpy stages(flow.get(), &ProvisioningFlow::stageChanged);

    // No request token: straight to the URL, with a fresh state.
    CHECK(startAndWait(flow.get()));
    QCOMPARE(stagesOf(stages), QList<Stage>({Stage::RequestingUrl, Stage::AwaitingAuthorization}));
    QCOMPARE(m_sandbox.calls(Endpoint::Token).size(), 0);
    const QString state = flow->state();
    QCOMPARE(state.size(), 43);  // 256 bits, base64url
    QVERIFY(flow->requestToken().token.isEmpty());
    const QList<SandboxCall> urlCalls = m_sandbox.calls(Endpoint::Url);
    QCOMPARE(urlCalls.size(), 1);
    const QUrlQuery sent = urlCalls.at(0).query;
    QCOMPARE(sent.queryItemValue(u"apiKey"_s, QUrl::FullyDecoded), ClientId);
    QCOMPARE(sent.queryItemValue(u"apiSecret"_s, QUrl::FullyDecoded), ClientSecret);
    QCOMPARE(sent.queryItemValue(u"callbackUrl"_s, QUrl::FullyDecoded), Callback);
    QCOMPARE(sent.queryItemValue(u"siteAddress"_s, QUrl::FullyDecoded), u"acme"_s);
    QCOMPARE(sent.queryItemValue(u"state"_s, QUrl::FullyDecoded), state);
    QVERIFY(!sent.hasQueryItem(u"requestToken"_s));
    const QUrl url = flow->authorizationUrl();
    QCOMPARE(url.path(), u"/provider/zendesk/acme/oauth2/authorize"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded), state);

    // The provider's redirect: code and state.
    QUrl callback;
    CHECK(approve(url, &callback));
    const QString code = QUrlQuery(callback).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    QSignalSpy authorized(flow.get(), &ProvisioningFlow::authorized);
    const CallbackMatch match = flow->handleNavigation(callback, NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::Authorized);
    QVERIFY(match.mustNotLoad());
    QCOMPARE(authorized.count(), 1);
    QCOMPARE(flow->stage(), Stage::Authorized);

    // POST /instances: providerData {code}; the client's trio and the element's key.
    const InstanceRequest request = flow->request();
    QCOMPARE(request.elementKey, u"zendesk"_s);
    QCOMPARE(request.providerData, (QMap<QString, QString>{{u"code"_s, code}}));
    QCOMPARE(request.configuration, (QMap<QString, QString>{{u"oauth.api.key"_s, ClientId},
                                                            {u"oauth.api.secret"_s, ClientSecret},
                                                            {u"oauth.callback.url"_s, Callback},
                                                            {u"zendesk.subdomain"_s, u"acme"_s}}));
    CHECK(create(flow.get()));
    QCOMPARE(flow->instance().elementKey, u"zendesk"_s);
    const QList<SandboxCall> created = m_sandbox.calls(Endpoint::CreateInstance);
    QCOMPARE(created.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(created.at(0).body).object(), request.toJsonObject());

    // Neither the code nor the client secret nor the state reached a log.
    for (const QString &secret : {code, ClientSecret, state})
        QVERIFY2(!m_log->text().contains(secret), qPrintable(secret));
}

// Each attempt has its own state: the callback of an earlier one is refused.
void TstFlowKinds::oauth2FreshStateEachAttempt()
{
    const auto flow = makeFlow(builtIn(u"zendesk"_s));
    fillZendesk(flow.get());
    CHECK(startAndWait(flow.get()));
    const QString first = flow->state();
    const QUrl firstUrl = flow->authorizationUrl();
    CHECK(startAndWait(flow.get()));
    const QString second = flow->state();
    QVERIFY(first != second);
    QUrl stale;
    CHECK(approve(firstUrl, &stale));
    QSignalSpy rejected(flow.get(), &ProvisioningFlow::authorizationRejected);
    const CallbackMatch m = flow->handleNavigation(stale, NavigationOrigin::TopLevelPage);
    QCOMPARE(m.outcome, Outcome::StateMismatch);
    QVERIFY(m.mustNotLoad());
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(flow->stage(), Stage::AwaitingAuthorization);
    QUrl fresh;
    CHECK(approve(flow->authorizationUrl(), &fresh));
    QCOMPARE(flow->handleNavigation(fresh, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    // The callback taken, no other is: the same one again is no longer expected.
    QCOMPARE(flow->handleNavigation(fresh, NavigationOrigin::TopLevelPage).outcome, Outcome::StateMismatch);
    QCOMPARE(flow->stage(), Stage::Authorized);
    flow->resetAuthorization();
    QVERIFY(flow->state().isEmpty());
}

// The owner signs in and clicks Deny: error=access_denied with the provider's words.
void TstFlowKinds::oauth2RefusedOnTheConsentPage()
{
    const auto flow = makeFlow(builtIn(u"zendesk"_s));
    fillZendesk(flow.get());
    CHECK(startAndWait(flow.get()));
    const QUrl url = flow->authorizationUrl();
    const QString site = url.path().left(url.path().indexOf("/oauth2/"_L1));  // /provider/zendesk/acme
    Page login;
    CHECK(fetch(url, &login));
    QCOMPARE(login.status, 200);
    QUrlQuery form;
    form.addQueryItem(u"email"_s, u"owner@acme.example"_s);
    form.addQueryItem(u"password"_s, u"correct horse"_s);
    form.addQueryItem(u"return"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                       url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded))));
    Page signedIn;
    CHECK(fetch(m_sandbox.rootUrl().resolved(QUrl(site + "/login"_L1)), &signedIn,
                form.toString(QUrl::FullyEncoded).toLatin1()));
    QCOMPARE(signedIn.status, 303);
    Page consent;
    CHECK(fetch(url, &consent));
    QCOMPARE(consent.status, 200);
    const QRegularExpressionMatch request =
        QRegularExpression(u"name=\"request\" value=\"([^\"]+)\""_s).match(QString::fromUtf8(consent.body));
    QVERIFY2(request.hasMatch(), consent.body.constData());
    Page denied;
    CHECK(fetch(m_sandbox.rootUrl().resolved(QUrl(site + "/oauth2/decision"_L1)), &denied,
                "request=" + request.captured(1).toLatin1() + "&decision=deny"));
    QCOMPARE(denied.status, 302);

    QSignalSpy rejected(flow.get(), &ProvisioningFlow::authorizationRejected);
    const CallbackMatch m = flow->handleNavigation(denied.location, NavigationOrigin::TopLevelPage);
    QCOMPARE(m.outcome, Outcome::Refused);
    QCOMPARE(m.refusal, u"access_denied"_s);
    QCOMPARE(m.refusalDescription, u"The user denied access."_s);
    QVERIFY2(m.message.contains(u"The user denied access."_s), qPrintable(m.message));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(flow->stage(), Stage::AwaitingAuthorization);
    QVERIFY(!flow->canCreateInstance());
}

// The sandbox's code is bound to the client it was issued to: a body that names another
// client (an edited configuration after the authorization) is refused, and the flow is
// back in Authorized with every input kept.
void TstFlowKinds::oauth2CodeForAnotherClientRefusedBySandbox()
{
    const auto flow = makeFlow(builtIn(u"zendesk"_s));
    fillZendesk(flow.get());
    CHECK(startAndWait(flow.get()));
    QUrl callback;
    CHECK(approve(flow->authorizationUrl(), &callback));
    QCOMPARE(flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    // What the user could do if a page let them: the flow does not forbid it itself.
    InstanceRequest request = flow->request();
    request.configuration.insert(u"oauth.api.key"_s, u"another-client"_s);
    ApiReply *reply = m_client->createInstance(request, &flow->element());
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QVERIFY(!reply->succeeded());
    QVERIFY2(reply->error().text.contains(u"another client"_s), qPrintable(reply->error().text));
    // The right body still works: the failed attempt did not use the code up.
    CHECK(create(flow.get()));
}

// ---------------------------------------------------------------------------------------
// Credentials

void TstFlowKinds::credentialsStraightToCreation()
{
    const auto flow = makeFlow(builtIn(u"stripe"_s));
    flow->setConfiguration(u"api.key"_s, StripeKey);
    QVERIFY(!flow->needsAuthorization());
    QVERIFY(flow->canCreateInstance());
    QVERIFY(flow->inputIssues().isEmpty());
    // No browser: nothing to start, no navigation is a callback.
    QSignalSpy stages(flow.get(), &ProvisioningFlow::stageChanged);
    flow->startAuthorization();
    QCOMPARE(flow->stage(), Stage::Editing);
    QCOMPARE(stages.count(), 0);
    const CallbackMatch m =
        flow->handleNavigation(QUrl(Callback + u"?code=x&state=y"_s), NavigationOrigin::TopLevelPage);
    QCOMPARE(m.outcome, Outcome::NotCallback);

    const InstanceRequest request = flow->request();
    QVERIFY(request.providerData.isEmpty());
    QCOMPARE(request.configuration, (QMap<QString, QString>{{u"api.key"_s, StripeKey}}));
    CHECK(create(flow.get()));
    QCOMPARE(stagesOf(stages), QList<Stage>({Stage::Creating, Stage::Created}));
    QCOMPARE(flow->instance().elementKey, u"stripe"_s);
    QCOMPARE(m_sandbox.calls(Endpoint::Token).size() + m_sandbox.calls(Endpoint::Url).size(), 0);
    const QList<SandboxCall> created = m_sandbox.calls(Endpoint::CreateInstance);
    QCOMPARE(created.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(created.at(0).body).object(), request.toJsonObject());
    QVERIFY(!m_log->text().contains(StripeKey));
}

// What is missing is named before anything is sent; what the sandbox refuses comes back
// with its words and the flow stays in Editing with the inputs kept.
void TstFlowKinds::credentialsNameWhatIsMissing()
{
    const auto flow = makeFlow(builtIn(u"freshdeskv2"_s));
    flow->setConfiguration(u"username"_s, u"an-api-key"_s);
    QStringList fields;
    for (const ValidationIssue &i : flow->inputIssues())
        fields.append(i.field);
    QCOMPARE(fields, QStringList{field::configuration(u"subdomain"_s)});

    QSignalSpy failed(flow.get(), &ProvisioningFlow::failed);
    flow->createInstance();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(flow->stage(), Stage::Editing);
    QVERIFY2(flow->lastError().text.contains(u"subdomain"_s, Qt::CaseInsensitive), qPrintable(flow->lastError().text));
    QCOMPARE(m_sandbox.calls(Endpoint::CreateInstance).size(), 0);
    QCOMPARE(flow->configuration(u"username"_s), u"an-api-key"_s);

    flow->setConfiguration(u"subdomain"_s, u"acme.freshdesk.com"_s);
    SandboxFault unavailable;
    unavailable.status = 503;
    m_sandbox.addFault(Endpoint::CreateInstance, unavailable);
    flow->createInstance();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
    QCOMPARE(flow->stage(), Stage::Editing);
    QVERIFY(flow->canCreateInstance());
    CHECK(create(flow.get()));
    QCOMPARE(flow->request().configuration.value(u"subdomain"_s), u"acme"_s);
}

// ---------------------------------------------------------------------------------------
// Re-authorization: the same flow ending in PUT /instances/{id}

void TstFlowKinds::reauthorizeEachKind_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("OAuth 2.0") << u"zendesk"_s;
    QTest::newRow("credentials") << u"stripe"_s;
}

void TstFlowKinds::reauthorizeEachKind()
{
    QFETCH(QString, id);
    const bool oauth = id == "zendesk"_L1;
    const auto fill = [&](ProvisioningFlow *flow, const QString &secret) {
        if (oauth) {
            fillZendesk(flow);
            flow->setConfiguration(u"oauth.api.secret"_s, secret);
        } else {
            flow->setConfiguration(u"api.key"_s, secret);
        }
    };
    const auto first = makeFlow(builtIn(id));
    fill(first.get(), u"first-secret"_s);
    if (oauth)
        CHECK(authorizeAndCreate(first.get()));
    else
        CHECK(create(first.get()));
    const qint64 instanceId = first->instance().id;

    const auto again = makeFlow(builtIn(id));
    QString problem;
    QVERIFY2(again->loadInstance(first->instance(), &problem), qPrintable(problem));
    fill(again.get(), u"second-secret"_s);
    QSignalSpy reauthorized(again.get(), &ProvisioningFlow::instanceReauthorized);
    QSignalSpy created(again.get(), &ProvisioningFlow::instanceCreated);
    if (oauth) {
        QVERIFY(!again->canCreateInstance());  // a fresh grant first
        CHECK(startAndWait(again.get()));
        QUrl callback;
        CHECK(approve(again->authorizationUrl(), &callback));
        QCOMPARE(again->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    }
    QVERIFY(again->canCreateInstance());
    again->createInstance();
    QVERIFY(reauthorized.wait(10000));
    QCOMPARE(created.count(), 0);
    QCOMPARE(again->stage(), Stage::Created);
    QCOMPARE(again->instance().id, instanceId);
    const QList<SandboxCall> puts = m_sandbox.calls(Endpoint::UpdateInstance);
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.at(0).status, 200);
    const QJsonObject body = QJsonDocument::fromJson(puts.at(0).body).object();
    QCOMPARE(body.value("configuration"_L1).toObject().value(oauth ? "oauth.api.secret"_L1 : "api.key"_L1).toString(),
             u"second-secret"_s);
}

// ---------------------------------------------------------------------------------------
// Descriptors from elsewhere

void TstFlowKinds::descriptorBuiltFromTheSandbox_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("siteAddressKey");
    QTest::newRow("OAuth 2.0 with a site address") << u"zendesk"_s << u"zendesk.subdomain"_s;
    QTest::newRow("credentials") << u"stripe"_s << QString();
}

// An element with no descriptor: its form from the platform's own list (here the
// sandbox's), and the whole flow with it.
void TstFlowKinds::descriptorBuiltFromTheSandbox()
{
    QFETCH(QString, key);
    QFETCH(QString, siteAddressKey);
    m_client->setEnvironment(Environment::sandbox(m_sandbox.baseUrl()));
    m_client->setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                              QString::fromLatin1(SandboxServer::OrganizationSecret)});
    ApiReply *reply = m_client->getElement(key);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().text));
    QCOMPARE(m_sandbox.calls(Endpoint::Element).size(), 1);
    QString why;
    const std::optional<ElementDescription> built =
        ElementCatalog::fromPlatform(reply->json().toObject(), siteAddressKey, &why);
    QVERIFY2(built, qPrintable(why));
    const ElementDescription &shipped = builtIn(key);
    QCOMPARE(built->key, key);
    QCOMPARE(built->authentication, shipped.authentication);
    // What the list says of each entry the user gives: required, secret.
    for (const ConfigurationEntry &e : shipped.configuration) {
        if (e.oauthOnly || e.hidden)
            continue;
        const ConfigurationEntry *b = built->entry(e.key);
        QVERIFY2(b, qPrintable(e.key));
        QCOMPARE(b->required, e.required);
        QCOMPARE(b->type == ConfigurationEntry::Type::Secret, e.type == ConfigurationEntry::Type::Secret);
    }

    const auto flow = makeFlow(*built);
    if (key == "zendesk"_L1) {
        fillZendesk(flow.get());
        CHECK(authorizeAndCreate(flow.get()));
    } else {
        flow->setConfiguration(u"api.key"_s, StripeKey);
        CHECK(create(flow.get()));
    }
    QCOMPARE(flow->instance().elementKey, key);
}

// A descriptor of the user's own, from a data folder, provisioned end to end (the sandbox
// emulates it from the same file).
void TstFlowKinds::userDescriptorFromTheDataFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(QDir(folder.path()).filePath(u"acmecrm.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray descriptor = userDescriptor();
    QVERIFY(!descriptor.isEmpty());
    file.write(descriptor);
    file.close();
    const ElementCatalog catalog = ElementCatalog::load(folder.path());
    QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).text()));
    const ElementDescription *acme = catalog.byId(u"acmecrm"_s);
    QVERIFY(acme);
    QCOMPARE(acme->origin, ElementDescription::Origin::User);
    m_sandbox.addElement(*acme);

    const auto flow = makeFlow(*acme);
    flow->setConfiguration(u"oauth.api.key"_s, u"acme-client"_s);
    flow->setConfiguration(u"oauth.api.secret"_s, u"acme-secret"_s);
    flow->setConfiguration(u"oauth.callback.url"_s, Callback);
    flow->setConfiguration(u"acme.region"_s, u"us"_s);
    CHECK(authorizeAndCreate(flow.get()));
    QCOMPARE(flow->instance().elementKey, u"acmecrm"_s);
    const QJsonObject body = QJsonDocument::fromJson(m_sandbox.calls(Endpoint::CreateInstance).last().body).object();
    QCOMPARE(body.value("configuration"_L1).toObject().value("acme.region"_L1).toString(), u"us"_s);
}

// ---------------------------------------------------------------------------------------
// instance.json

namespace {

// A request with every entry of `e` given: secrets "s3cret-<key>", the rest a valid value.
InstanceRequest filledRequest(const ElementDescription &e)
{
    InstanceRequest r;
    r.elementKey = e.key;
    r.name = u"Round trip"_s;
    r.tags = {u"kinds"_s};
    for (const ConfigurationEntry &c : e.configuration) {
        if (c.oauthOnly)
            continue;
        QString value = u"value-"_s + c.key;
        if (c.hidden)
            value = c.defaultValue;
        else if (c.isSecret())
            value = u"s3cret-"_s + c.key;
        else if (c.type == ConfigurationEntry::Type::Boolean)
            value = c.defaultValue == "true"_L1 ? u"false"_s : u"true"_s;
        else if (c.type == ConfigurationEntry::Type::Choice)
            value = c.options.constLast().value;
        else if (c.format == ConfigurationEntry::Format::Url)
            value = Callback;
        else if (c.format == ConfigurationEntry::Format::Subdomain)
            value = u"acme"_s;
        r.configuration.insert(c.key, value);
    }
    for (const ProviderDataEntry &p : e.providerData)
        r.providerData.insert(p.key, (p.secret ? u"s3cret-"_s : u"value-"_s) + p.key);
    return r;
}

}  // namespace

void TstFlowKinds::instanceJsonRoundTrips_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("OAuth 1.0a") << u"freshbooks"_s;
    QTest::newRow("OAuth 2.0 with a site address") << u"zendesk"_s;
    QTest::newRow("OAuth 2.0 with realmId") << u"quickbooks"_s;
    QTest::newRow("OAuth 2.0, a mode of hubspot") << u"hubspot"_s;
    QTest::newRow("credentials") << u"stripe"_s;
    QTest::newRow("credentials, a mode of hubspot") << u"hubspot-apikey"_s;
    QTest::newRow("credentials with a subdomain") << u"freshdeskv2"_s;
}

// Exported with placeholders, no secret is in the file and the same descriptor reads it
// back (the element key, and the mode, from the file); the inputs it gives a flow are the
// ones exported, secrets left to fill in. Exported with secrets, it reads back equal.
void TstFlowKinds::instanceJsonRoundTrips()
{
    QFETCH(QString, id);
    const ElementDescription &element = builtIn(id);
    InstanceRequest request = filledRequest(element);
    request.normalise(element);
    QVERIFY2(request.validate(element).isEmpty(), qPrintable(InstanceRequest::summary(request.validate(element))));

    const QByteArray placeholders = request.toInstanceJson(element, InstanceRequest::Secrets::Placeholders);
    QVERIFY2(!placeholders.contains("s3cret-"), placeholders.constData());
    QList<ValidationIssue> issues;
    const std::optional<InstanceRequest> back = InstanceRequest::fromInstanceJson(placeholders, &issues);
    QVERIFY2(back, qPrintable(InstanceRequest::summary(issues)));
    QString why;
    QCOMPARE(ElementCatalog::builtIn().forRequest(*back, &why), &element);
    const auto flow = makeFlow(element);
    QVERIFY2(flow->loadInputs(*back, &why), qPrintable(why));
    for (const ConfigurationEntry &c : element.configuration) {
        if (c.oauthOnly || c.hidden)
            continue;
        QCOMPARE(flow->configuration(c.key), c.isSecret() ? QString() : request.configuration.value(c.key));
    }
    QCOMPARE(flow->name(), request.name);
    QCOMPARE(flow->tags(), request.tags);

    const QByteArray included = request.toInstanceJson(element, InstanceRequest::Secrets::Include);
    const std::optional<InstanceRequest> whole = InstanceRequest::fromInstanceJson(included);
    QVERIFY(whole);
    QCOMPARE(*whole, request);
    QCOMPARE(ElementCatalog::builtIn().forRequest(*whole), &element);
}

// hubspot's API key file is not the OAuth 2.0 mode's, though the key is the same.
void TstFlowKinds::instanceJsonOfAnotherMode()
{
    const ElementDescription &apiKey = builtIn(u"hubspot-apikey"_s);
    InstanceRequest request = filledRequest(apiKey);
    request.normalise(apiKey);
    const auto flow = makeFlow(builtIn(u"hubspot"_s));
    QString problem;
    QVERIFY(!flow->loadInputs(request, &problem));
    QVERIFY2(problem.contains(u"authentication.type"_s), qPrintable(problem));
    QVERIFY(flow->name() != request.name);
}

QTEST_GUILESS_MAIN(TstFlowKinds)
#include "tst_flowkinds.moc"
