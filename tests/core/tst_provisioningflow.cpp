// ProvisioningFlow, the controller the wizard's pages show, driven without any widget
// against the built-in sandbox on a random loopback port: the stages of the whole flow,
// what the OAuth exchange feeds into POST /instances, which navigations count as the
// callback, failures and retries, cancelling, restarting, and what closing would lose.
#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/callbackmatcher.h"
#include "core/elementdescription.h"
#include "core/instancerequest.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include "logcapture.h"
#include "fetch.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;
using Stage = ProvisioningFlow::Stage;
using Outcome = CallbackMatch::Outcome;


Q_DECLARE_METATYPE(ce::NavigationOrigin)

namespace {

using namespace test::typed;

QList<Stage> stagesOf(const QSignalSpy &spy)
{
    QList<Stage> stages;
    for (const QList<QVariant> &args : spy)
        stages.append(args.at(0).value<Stage>());
    return stages;
}

QStringList fieldsOf(const QList<ValidationIssue> &issues)
{
    QStringList fields;
    for (const ValidationIssue &i : issues)
        fields.append(i.field);
    return fields;
}

// The callback URL as the provider would send it, with the given parameters.
QUrl callbackWith(const QList<QPair<QString, QString>> &items, const QString &base = callbackUrl)
{
    QUrl url(base);
    QUrlQuery query(url);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray form;
    for (const auto &[key, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

using test::Inputs;

}  // namespace

class TstProvisioningFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void happyPath();
    void issues_data();
    void issues();
    void everythingMissingAtOnce();
    void notTheCallback_data();
    void notTheCallback();
    void callbackFromWhereItMayNotComeFrom_data();
    void callbackFromWhereItMayNotComeFrom();
    void callbackFromWhereItMayComeFrom_data();
    void callbackFromWhereItMayComeFrom();
    void secretCallbackParametersComeFromTheElement();
    void oauthParametersAndBodyFollowTheDescriptor();
    void refusedInTheSandbox();
    void refusedByHand_data();
    void refusedByHand();
    void callbackForAnotherToken();
    void callbackBeforeStepTwoFinished_data();
    void callbackBeforeStepTwoFinished();
    void callbackAlreadyTaken();
    void failures_data();
    void failures();
    void startWithoutEnvironment();
    void cancelWhileRequestingToken();
    void cancelWhileRequestingUrl();
    void cancelWhileCreating();
    void cancelWhenIdle();
    void startTwice();
    void startAgainAfterUrl();
    void resetAuthorization_data();
    void resetAuthorization();
    void resetAuthorizationWhileRequestingUrl();
    void unsavedWork();
    void callbackSecretAndRefreshToken();
    void createOnlyWhenAuthorized();
    void nothingSecretIsLogged();
    // Going back: the rule is the flow's (the pages only report it).
    void restartAuthorizationStartsANewAttempt_data();
    void restartAuthorizationStartsANewAttempt();
    void restartAuthorizationWhileRequestingUrl();
    void leaveAuthorization_data();
    void leaveAuthorization();
    // Re-authorization: the same flow, ending in PUT /instances/{id}.
    void reauthorizeAnInstanceCreatedEarlier();
    void reauthorizationWithAStaleGrantIsRefused();
    void loadInstanceOfAnotherElement();
    void noTargetCreatesANewInstance();

private:
    struct Spies
    {
        explicit Spies(ProvisioningFlow *flow)
            : stages(flow, &ProvisioningFlow::stageChanged),
              urlReady(flow, &ProvisioningFlow::authorizationUrlReady),
              authorized(flow, &ProvisioningFlow::authorized),
              rejected(flow, &ProvisioningFlow::authorizationRejected),
              created(flow, &ProvisioningFlow::instanceCreated),
              failed(flow, &ProvisioningFlow::failed),
              inputs(flow, &ProvisioningFlow::inputsChanged)
        {
        }
        int total() const
        {
            return int(stages.count() + urlReady.count() + authorized.count() + rejected.count() + created.count()
                       + failed.count() + inputs.count());
        }
        void clear()
        {
            for (QSignalSpy *s : {&stages, &urlReady, &authorized, &rejected, &created, &failed, &inputs})
                s->clear();
        }
        QSignalSpy stages, urlReady, authorized, rejected, created, failed, inputs;
    };

    using Page = test::FetchedPage;

    void fillInputs(ProvisioningFlow *flow);

    // One request to the sandbox's provider pages, redirects not followed (the browser
    // widget hands every navigation to the flow before loading it).
    void fetch(const QUrl &url, Page *page, const QByteArray &form = {});

    // The account owner approves: the sandbox auto-approves and answers the authorization
    // URL with the 302 to the callback.
    void approve(const QUrl &authorizationUrl, QUrl *callback);

    // The account owner signs in and clicks Deny on the sandbox's consent page.
    void deny(const QUrl &authorizationUrl, QUrl *callback);

    // Steps 1 and 2, waiting for the flow to settle in AwaitingAuthorization.
    void startAndWait();

    // Steps 1 to 3: ends in Authorized with the callback the sandbox sent in *callback.
    void authorize(QUrl *callback = nullptr);

    void waitUntilIdle();

    // Steps 1 to 4 with a fresh flow: the instance it created; m_flow is a new flow after it.
    void createEarlier(Instance *instance);

    // The sandbox holds the next answer of `endpoint` back for 300 ms.
    void holdBack(Endpoint endpoint);
    // One more round trip to the sandbox: an answer held back arrives before it ends.
    void letLateAnswersArrive();

    SandboxServer m_sandbox;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    ProvisioningFlow *m_flow = nullptr;
    std::optional<test::LogCapture> m_log;  // under the redacting handler: what it lets through
};

void TstProvisioningFlow::fillInputs(ProvisioningFlow *flow)
{
    test::typed::fill(flow, Environment::sandbox(m_sandbox.baseUrl()),
                      {QString::fromLatin1(SandboxServer::UserSecret),
                       QString::fromLatin1(SandboxServer::OrganizationSecret)});
}

void TstProvisioningFlow::fetch(const QUrl &url, Page *page, const QByteArray &form)
{
    QVERIFY(test::fetch(m_nam, url, page, form));
}

void TstProvisioningFlow::approve(const QUrl &authorizationUrl, QUrl *callback)
{
    m_sandbox.setAutoApprove(true);
    Page page;
    fetch(authorizationUrl, &page);
    m_sandbox.setAutoApprove(false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(page.status, 302);
    QVERIFY2(isCallbackUrl(QUrl(callbackUrl), page.location), qPrintable(page.location.toString()));
    *callback = page.location;
}

void TstProvisioningFlow::deny(const QUrl &authorizationUrl, QUrl *callback)
{
    const QString path = authorizationUrl.path();
    const qsizetype at = path.indexOf("/oauth/oauth_authorize.php"_L1);
    QVERIFY2(at > 0, qPrintable(path));
    const QString site = path.left(at);  // /provider/freshbooks/acme
    Page login;
    CHECK(fetch(authorizationUrl, &login));
    QCOMPARE(login.status, 200);
    Page signedIn;
    CHECK(fetch(m_sandbox.rootUrl().resolved(QUrl(site + "/login"_L1)), &signedIn,
                formEncode({{u"email"_s, u"owner@acme.example"_s},
                            {u"password"_s, u"correct horse"_s},
                            {u"return"_s, authorizationUrl.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority
                                                                    | QUrl::FullyEncoded)}})));
    QCOMPARE(signedIn.status, 303);
    Page denied;
    CHECK(fetch(m_sandbox.rootUrl().resolved(QUrl(site + "/oauth/decision"_L1)), &denied,
                formEncode({{u"oauth_token"_s, QUrlQuery(authorizationUrl).queryItemValue(
                                                   u"oauth_token"_s, QUrl::FullyDecoded)},
                            {u"decision"_s, u"deny"_s}})));
    QCOMPARE(denied.status, 302);
    QVERIFY2(isCallbackUrl(QUrl(callbackUrl), denied.location), qPrintable(denied.location.toString()));
    *callback = denied.location;
}

void TstProvisioningFlow::startAndWait()
{
    QSignalSpy ready(m_flow, &ProvisioningFlow::authorizationUrlReady);
    m_flow->startAuthorization();
    QVERIFY(m_flow->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isBusy(), 10000);
    QVERIFY2(m_flow->stage() == Stage::AwaitingAuthorization, qPrintable(m_flow->lastError().text));
    QCOMPARE(ready.count(), 1);
}

void TstProvisioningFlow::authorize(QUrl *callback)
{
    CHECK(startAndWait());
    QUrl url;
    CHECK(approve(m_flow->authorizationUrl(), &url));
    const CallbackMatch match = m_flow->handleNavigation(url, NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage::Authorized);
    if (callback)
        *callback = url;
}

void TstProvisioningFlow::waitUntilIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isBusy(), 10000);
}

void TstProvisioningFlow::initTestCase()
{
    m_log.emplace();
    redaction::installMessageHandler();
    // The sandbox says when it holds a request back for a fault: the signal that a
    // request reached it before it answers.
    QLoggingCategory::setFilterRules(u"ce.sandbox.debug=true"_s);
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_sandbox.port() != 0);
}

void TstProvisioningFlow::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearCalls();
    m_sandbox.setAutoApprove(false);
    m_log->clear();
    m_nam = new QNetworkAccessManager(this);  // a fresh cookie jar: signed out
    m_client = new ApiClient(this);
    m_flow = new ProvisioningFlow(m_client, ce::test::freshbooks(), this);
    fillInputs(m_flow);
}

void TstProvisioningFlow::cleanup()
{
    delete m_flow;
    m_flow = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_nam;
    m_nam = nullptr;
}

void TstProvisioningFlow::happyPath()
{
    QVERIFY(m_flow->connectionIssues().isEmpty());
    QVERIFY2(m_flow->inputIssues().isEmpty(), qPrintable(InstanceRequest::summary(m_flow->inputIssues())));
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(m_flow->callbackUrl(), QUrl(callbackUrl));
    Spies spies(m_flow);

    // Steps 1 and 2.
    m_flow->startAuthorization();
    QCOMPARE(m_flow->stage(), Stage::RequestingToken);
    QVERIFY(m_flow->isBusy());
    QVERIFY(spies.urlReady.wait(10000));
    QCOMPARE(spies.urlReady.count(), 1);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QVERIFY(!m_flow->isBusy());
    QCOMPARE(stagesOf(spies.stages),
             QList<Stage>({Stage::RequestingToken, Stage::RequestingUrl, Stage::AwaitingAuthorization}));
    QCOMPARE(spies.failed.count(), 0);
    QVERIFY(!m_flow->lastError().isError());

    const RequestToken token = m_flow->requestToken();
    QVERIFY(!token.token.isEmpty());
    QVERIFY(!token.secret.isEmpty());
    const QUrl url = spies.urlReady.at(0).at(0).toUrl();
    QCOMPARE(url, m_flow->authorizationUrl());
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(url.port(), int(m_sandbox.port()));
    QCOMPARE(url.path(), u"/provider/freshbooks/acme/oauth/oauth_authorize.php"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"oauth_token"_s, QUrl::FullyDecoded), token.token);

    // What the sandbox received: the site address normalised, the secret intact.
    const QList<SandboxCall> tokenCalls = m_sandbox.calls(Endpoint::Token);
    const QList<SandboxCall> urlCalls = m_sandbox.calls(Endpoint::Url);
    QCOMPARE(tokenCalls.size(), 1);
    QCOMPARE(urlCalls.size(), 1);
    for (const SandboxCall &call : {tokenCalls.at(0), urlCalls.at(0)}) {
        QCOMPARE(call.status, 200);
        QCOMPARE(call.query.queryItemValue(u"apiKey"_s, QUrl::FullyDecoded), consumerKey);
        QCOMPARE(call.query.queryItemValue(u"apiSecret"_s, QUrl::FullyDecoded), consumerSecret);
        QCOMPARE(call.query.queryItemValue(u"siteAddress"_s, QUrl::FullyDecoded), u"acme"_s);
        QCOMPARE(call.query.queryItemValue(u"callbackUrl"_s, QUrl::FullyDecoded), callbackUrl);
        QCOMPARE(call.header("Authorization"), QByteArray("User ") + SandboxServer::UserSecret
                                                   + ", Organization " + SandboxServer::OrganizationSecret);
    }
    QCOMPARE(urlCalls.at(0).query.queryItemValue(u"requestToken"_s, QUrl::FullyDecoded), token.token);

    // Step 3: the owner approves; the flow takes the callback (and the browser must not load it).
    QUrl callback;
    CHECK(approve(url, &callback));
    const QUrlQuery callbackQuery(callback);
    const QString verifier = callbackQuery.queryItemValue(u"oauth_verifier"_s, QUrl::FullyDecoded);
    QVERIFY(!verifier.isEmpty());
    QCOMPARE(callbackQuery.queryItemValue(u"oauth_token"_s, QUrl::FullyDecoded), token.token);
    QCOMPARE(callbackQuery.queryItemValue(u"state"_s), u"freshbooks"_s);
    spies.clear();
    const CallbackMatch match = m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::Authorized);
    QVERIFY(match.isCallback());
    QCOMPARE(m_flow->stage(), Stage::Authorized);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Authorized}));
    QCOMPARE(spies.authorized.count(), 1);
    QCOMPARE(spies.rejected.count(), 0);
    QCOMPARE(m_flow->callback().oauthToken, token.token);
    QCOMPARE(m_flow->callback().oauthVerifier, verifier);

    // The body of POST /instances: exactly the callback's token and verifier and the
    // step-1 secret; the site address normalised, while the input stays as typed.
    const InstanceRequest request = m_flow->request();
    QCOMPARE(request.elementKey, u"freshbooks"_s);
    const QMap<QString, QString> providerData{
        {u"oauth_token"_s, token.token}, {u"oauth_verifier"_s, verifier}, {u"secret"_s, token.secret}};
    QCOMPARE(request.providerData, providerData);
    const QMap<QString, QString> configuration{{keyProperty, consumerKey},
                                               {secretProperty, consumerSecret},
                                               {siteProperty, u"acme"_s},
                                               {callbackProperty, callbackUrl}};
    QCOMPARE(request.configuration, configuration);
    QCOMPARE(request.name, instanceName);
    QCOMPARE(request.tags, instanceTags);
    QVERIFY(request.validate(m_flow->element()).isEmpty());
    QCOMPARE(m_flow->configuration(siteProperty), siteAsTyped);

    // Step 4.
    spies.clear();
    const qsizetype instancesBefore = m_sandbox.instances().size();
    m_flow->createInstance();
    QCOMPARE(m_flow->stage(), Stage::Creating);
    QVERIFY(m_flow->isBusy());
    QVERIFY(spies.created.wait(10000));
    QCOMPARE(spies.created.count(), 1);
    QCOMPARE(m_flow->stage(), Stage::Created);
    QVERIFY(!m_flow->isBusy());
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Creating, Stage::Created}));
    QCOMPARE(spies.failed.count(), 0);

    QCOMPARE(m_sandbox.instances().size(), instancesBefore + 1);
    const QJsonObject stored = m_sandbox.instances().last();
    const Instance instance = spies.created.at(0).at(0).value<Instance>();
    QVERIFY(instance.id > 0);
    QCOMPARE(instance.id, qint64(stored.value("id"_L1).toInteger()));
    QCOMPARE(instance.token, stored.value("token"_L1).toString());
    QVERIFY(!instance.token.isEmpty());
    QCOMPARE(instance.name, instanceName);
    QCOMPARE(instance.elementKey, u"freshbooks"_s);
    QCOMPARE(instance.tags, instanceTags);
    QCOMPARE(m_flow->instance().id, instance.id);
    QCOMPARE(m_flow->instance().token, instance.token);

    const QList<SandboxCall> created = m_sandbox.calls(Endpoint::CreateInstance);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).status, 200);
    QCOMPARE(QJsonDocument::fromJson(created.at(0).body).object(), request.toJsonObject());
}

void TstProvisioningFlow::issues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("connection");  // a connection page field, else an input
    QTest::addColumn<bool>("missing");

    QTest::newRow("environment") << u"environment"_s << true << true;
    QTest::newRow("environment not https") << u"environment"_s << true << false;
    QTest::newRow("userSecret") << u"userSecret"_s << true << true;
    QTest::newRow("organizationSecret") << u"organizationSecret"_s << true << true;
    for (const QString &key : {keyProperty, secretProperty, siteProperty, callbackProperty})
        QTest::newRow(qPrintable(key)) << QString(u"configuration."_s + key) << false << true;
    QTest::newRow("site address on another domain") << QString(u"configuration."_s + siteProperty) << false << false;
    QTest::newRow("callback not a URL") << QString(u"configuration."_s + callbackProperty) << false << false;
    QTest::newRow("name") << u"name"_s << false << true;
    QTest::newRow("name placeholder") << u"name"_s << false << true;
}

// Each problem names its field, and only that one.
void TstProvisioningFlow::issues()
{
    QFETCH(QString, field);
    QFETCH(bool, connection);
    QFETCH(bool, missing);
    const QString row = QString::fromLatin1(QTest::currentDataTag());

    QVERIFY(m_flow->connectionIssues().isEmpty());
    QVERIFY(m_flow->inputIssues().isEmpty());
    if (row == "environment"_L1) {
        m_flow->setEnvironment(Environment());
    } else if (row == "environment not https"_L1) {
        m_flow->setEnvironment(Environment::custom(QUrl(u"http://api.example.com/elements/api-v2"_s)));
    } else if (row == "userSecret"_L1) {
        m_flow->setCredentials({u"  "_s, QString::fromLatin1(SandboxServer::OrganizationSecret)});
    } else if (row == "organizationSecret"_L1) {
        m_flow->setCredentials({QString::fromLatin1(SandboxServer::UserSecret), QString()});
    } else if (row == "site address on another domain"_L1) {
        m_flow->setConfiguration(siteProperty, u"acme.example.com"_s);
    } else if (row == "callback not a URL"_L1) {
        m_flow->setConfiguration(callbackProperty, u"mycoolapp/auth"_s);
    } else if (row == "name"_L1) {
        m_flow->setName(u"   "_s);
    } else if (row == "name placeholder"_L1) {
        m_flow->setName(u"<INSERT_INSTANCE_NAME>"_s);
    } else {
        m_flow->setConfiguration(field.mid(int(qstrlen("configuration."))), QString());
    }

    const QList<ValidationIssue> issues = connection ? m_flow->connectionIssues() : m_flow->inputIssues();
    const QList<ValidationIssue> others = connection ? m_flow->inputIssues() : m_flow->connectionIssues();
    QVERIFY2(others.isEmpty(), qPrintable(fieldsOf(others).join(u", "_s)));
    QCOMPARE(fieldsOf(issues), QStringList{field});
    QCOMPARE(issues.first().missing, missing);
    QVERIFY(!issues.first().message.isEmpty());
}

void TstProvisioningFlow::everythingMissingAtOnce()
{
    ProvisioningFlow empty(m_client, ce::test::freshbooks());
    QCOMPARE(fieldsOf(empty.connectionIssues()),
             QStringList({u"environment"_s, u"userSecret"_s, u"organizationSecret"_s}));
    const QStringList inputs = fieldsOf(empty.inputIssues());
    for (const QString &field : {u"configuration.oauth.api.key"_s, u"configuration.oauth.api.secret"_s,
                                 u"configuration.freshbooks.site.address"_s,
                                 u"configuration.oauth.callback.url"_s, u"name"_s})
        QVERIFY2(inputs.contains(field), qPrintable(QString(field + u" not in "_s + inputs.join(u", "_s))));
    QCOMPARE(inputs.size(), 5);
    for (const ValidationIssue &issue : empty.inputIssues() + empty.connectionIssues()) {
        QVERIFY(issue.missing);
        QVERIFY(!issue.message.isEmpty());
    }
}

void TstProvisioningFlow::notTheCallback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("nearMiss");
    // Placeholders: %T is the issued token, %V a verifier.
    QTest::newRow("the provider's page") << u"http://127.0.0.1:1/provider/freshbooks/acme/login"_s << false;
    QTest::newRow("the provider's authorization page, with the token")
        << u"https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_token=%T"_s << false;
    QTest::newRow("another page, with the token") << u"https://www.mycoolapp.com/other?oauth_token=%T"_s << false;
    QTest::newRow("about:blank") << u"about:blank"_s << false;
    // Anything else that carries the verifier would hand it to another address.
    QTest::newRow("another page") << u"https://www.mycoolapp.com/other?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("look-alike host") << u"https://www.mycoolapp.com.evil.example/auth?state=freshbooks&oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("host suffix") << u"https://evilwww.mycoolapp.com/auth?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("user-info trick") << u"https://www.mycoolapp.com@evil.example/auth?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("another port") << u"https://www.mycoolapp.com:8443/auth?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("plain http") << u"http://www.mycoolapp.com/auth?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("path prefix") << u"https://www.mycoolapp.com/authx?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("trailing slash") << u"https://www.mycoolapp.com/auth/?oauth_token=%T&oauth_verifier=%V"_s << true;
    QTest::newRow("trailing dot") << u"https://www.mycoolapp.com./auth?oauth_token=%T&oauth_verifier=%V"_s << true;
}

// Anything but the callback changes nothing. What carries the verifier elsewhere is a
// near miss: refused with a message (the browser must not load it), still nothing else.
void TstProvisioningFlow::notTheCallback()
{
    QFETCH(QString, url);
    QFETCH(bool, nearMiss);
    CHECK(startAndWait());
    const RequestToken token = m_flow->requestToken();
    const QUrl authorizationUrl = m_flow->authorizationUrl();
    url.replace(u"%T"_s, token.token).replace(u"%V"_s, u"verifier123"_s);
    Spies spies(m_flow);
    const CallbackMatch match = m_flow->handleNavigation(QUrl(url), NavigationOrigin::TopLevelPage);
    QVERIFY(!match.isCallback());
    if (nearMiss) {
        QCOMPARE(match.outcome, Outcome::NearMiss);
        QVERIFY(match.mustNotLoad());
        QCOMPARE(spies.rejected.count(), 1);
        QCOMPARE(spies.rejected.at(0).at(0).value<CallbackMatch>().outcome, Outcome::NearMiss);
        QCOMPARE(spies.total(), 1);
        QVERIFY2(match.message.contains(u"not the callback"_s), qPrintable(match.message));
        QVERIFY(!match.message.contains(u"verifier123"_s));
    } else {
        QCOMPARE(match.outcome, Outcome::NotCallback);
        QVERIFY(!match.mustNotLoad());
        QCOMPARE(spies.total(), 0);
    }
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QCOMPARE(m_flow->requestToken().token, token.token);
    QCOMPARE(m_flow->authorizationUrl(), authorizationUrl);
    QCOMPARE(m_flow->callback().outcome, Outcome::NotCallback);
    QVERIFY(m_flow->callback().oauthVerifier.isEmpty());

    // The real callback still works afterwards.
    QUrl callback;
    CHECK(approve(authorizationUrl, &callback));
    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
}

void TstProvisioningFlow::callbackFromWhereItMayNotComeFrom_data()
{
    QTest::addColumn<NavigationOrigin>("origin");
    QTest::addColumn<QString>("named");
    QTest::newRow("frame") << NavigationOrigin::Frame << u"frame"_s;
    QTest::newRow("popup") << NavigationOrigin::Popup << u"popup"_s;
    QTest::newRow("script in a frame or popup") << NavigationOrigin::ScriptInFrameOrPopup << u"frame or another window"_s;
}

// The genuine callback, from a frame, a popup, or a frame's script navigating the
// page: refused with an outcome of its own, and the same callback from the page
// itself still taken.
void TstProvisioningFlow::callbackFromWhereItMayNotComeFrom()
{
    QFETCH(NavigationOrigin, origin);
    QFETCH(QString, named);
    CHECK(startAndWait());
    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    Spies spies(m_flow);
    const CallbackMatch match = m_flow->handleNavigation(callback, origin);
    QCOMPARE(match.outcome, Outcome::WrongOrigin);
    QVERIFY(match.isCallback());
    QVERIFY(match.mustNotLoad());
    QVERIFY2(match.message.contains(named), qPrintable(match.message));
    QVERIFY(match.oauthVerifier.isEmpty());
    QCOMPARE(spies.rejected.count(), 1);
    QCOMPARE(spies.rejected.at(0).at(0).value<CallbackMatch>().outcome, Outcome::WrongOrigin);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QVERIFY(m_flow->callback().oauthVerifier.isEmpty());

    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    QCOMPARE(spies.authorized.count(), 1);
}

void TstProvisioningFlow::callbackFromWhereItMayComeFrom_data()
{
    QTest::addColumn<NavigationOrigin>("origin");
    QTest::newRow("the page") << NavigationOrigin::TopLevelPage;
    QTest::newRow("pasted by the user") << NavigationOrigin::PastedByUser;
    QTest::newRow("a loopback listener") << NavigationOrigin::SystemBrowserListener;
}

void TstProvisioningFlow::callbackFromWhereItMayComeFrom()
{
    QFETCH(NavigationOrigin, origin);
    CHECK(startAndWait());
    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    QCOMPARE(m_flow->handleNavigation(callback, origin).outcome, Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage::Authorized);
}

// Which callback parameters carry the grant is the element's data (its providerData
// entries from the callback marked secret): one that lists a `code` has a navigation
// carrying one stopped as well.
void TstProvisioningFlow::secretCallbackParametersComeFromTheElement()
{
    const QUrl carryingCode(u"https://www.mycoolapp.com.evil.example/auth?code=c0de"_s);
    CHECK(startAndWait());
    QCOMPARE(m_flow->handleNavigation(carryingCode, NavigationOrigin::TopLevelPage).outcome, Outcome::NotCallback);

    ElementDescription element = ce::test::freshbooks();
    element.providerData.append({u"code"_s, ProviderDataEntry::Source::Callback, false, true, u"<CODE>"_s});
    QCOMPARE(element.grantParameters(), (QStringList{u"oauth_verifier"_s, u"code"_s}));
    ProvisioningFlow flow(m_client, element);
    fillInputs(&flow);
    QSignalSpy ready(&flow, &ProvisioningFlow::authorizationUrlReady);
    flow.startAuthorization();
    QVERIFY(ready.wait(10000));
    const CallbackMatch match = flow.handleNavigation(carryingCode, NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::NearMiss);
    QVERIFY(!match.message.contains(u"c0de"_s));
    QCOMPARE(flow.stage(), Stage::AwaitingAuthorization);
}

// What goes to oauth/url and what goes into POST /instances are the descriptor's: HubSpot's
// scope only to oauth/url, its hidden authentication type to the instance, its bulk
// properties switch only when it differs from the default.
void TstProvisioningFlow::oauthParametersAndBodyFollowTheDescriptor()
{
    ProvisioningFlow flow(m_client, *ElementDescription::builtin(u"hubspot"_s));
    flow.setConfiguration(u"oauth.api.key"_s, u" client-id "_s);
    flow.setConfiguration(u"oauth.api.secret"_s, u"client-secret"_s);
    flow.setConfiguration(u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s);
    flow.setConfiguration(u"scope"_s, u"contacts timeline"_s);
    flow.setConfiguration(u"create.bulk.properties"_s, u"false"_s);
    flow.setName(u"HubSpot"_s);
    QVERIFY(flow.inputIssues().isEmpty());

    const QUrlQuery query = flow.oauthParameters();
    QCOMPARE(query.queryItemValue(u"apiKey"_s, QUrl::FullyDecoded), u"client-id"_s);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"contacts timeline"_s);
    QVERIFY(!query.hasQueryItem(u"authentication.type"_s));  // no oauthParameter in this descriptor
    const InstanceRequest request = flow.request();
    QCOMPARE(request.elementKey, u"hubspot"_s);
    QVERIFY(!request.configuration.contains(u"scope"_s));
    QVERIFY(!request.configuration.contains(u"create.bulk.properties"_s));
    QCOMPARE(request.configuration.value(u"authentication.type"_s), u"oauth2"_s);
    QCOMPARE(request.configuration.value(u"oauth.api.key"_s), u"client-id"_s);

    // QuickBooks sends its hidden entries to oauth/url as well.
    ProvisioningFlow quickbooks(m_client, *ElementDescription::builtin(u"quickbooks"_s));
    const QUrlQuery fixed = quickbooks.oauthParameters();
    QCOMPARE(fixed.queryItemValue(u"authentication.type"_s), u"oauth2"_s);
    QCOMPARE(fixed.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"com.intuit.quickbooks.accounting"_s);
}

// The owner clicks Deny on the sandbox's consent page.
void TstProvisioningFlow::refusedInTheSandbox()
{
    CHECK(startAndWait());
    const QString token = m_flow->requestToken().token;
    QUrl callback;
    CHECK(deny(m_flow->authorizationUrl(), &callback));
    QCOMPARE(QUrlQuery(callback).queryItemValue(u"oauth_problem"_s), u"user_refused"_s);

    Spies spies(m_flow);
    const CallbackMatch match = m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::Refused);
    QCOMPARE(match.refusal, u"user_refused"_s);
    QVERIFY(!match.message.isEmpty());
    QCOMPARE(spies.rejected.count(), 1);
    const CallbackMatch signalled = spies.rejected.at(0).at(0).value<CallbackMatch>();
    QCOMPARE(signalled.outcome, Outcome::Refused);
    QCOMPARE(signalled.refusal, u"user_refused"_s);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QCOMPARE(m_flow->requestToken().token, token);
    QCOMPARE(m_flow->callback().outcome, Outcome::NotCallback);
    QVERIFY(!m_flow->request().providerData.contains(u"oauth_verifier"_s));
    QVERIFY(!m_flow->request().providerData.contains(u"oauth_token"_s));
}

void TstProvisioningFlow::refusedByHand_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("oauth_problem") << u"oauth_problem"_s << u"user_refused"_s << u"user_refused"_s;
    QTest::newRow("error") << u"error"_s << u"access_denied"_s << u"access_denied"_s;
    QTest::newRow("not_approved") << u"not_approved"_s << u"true"_s << u"not_approved"_s;
}

void TstProvisioningFlow::refusedByHand()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(QString, refusal);
    CHECK(startAndWait());
    const QString token = m_flow->requestToken().token;
    Spies spies(m_flow);
    const CallbackMatch match = m_flow->handleNavigation(
        callbackWith({{u"state"_s, u"freshbooks"_s}, {u"oauth_token"_s, token}, {parameter, value}}), NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::Refused);
    QCOMPARE(match.refusal, refusal);
    QCOMPARE(spies.rejected.count(), 1);
    QCOMPARE(spies.rejected.at(0).at(0).value<CallbackMatch>().refusal, refusal);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QCOMPARE(m_flow->requestToken().token, token);
}

void TstProvisioningFlow::callbackForAnotherToken()
{
    CHECK(startAndWait());
    const QString token = m_flow->requestToken().token;
    Spies spies(m_flow);
    for (const QUrl &forged :
         {callbackWith({{u"state"_s, u"freshbooks"_s}, {u"oauth_token"_s, u"someone-elses-token"_s},
                        {u"oauth_verifier"_s, u"v3r1f13r"_s}}),
          callbackWith({{u"oauth_verifier"_s, u"v3r1f13r"_s}}),
          callbackWith({{u"oauth_token"_s, token.left(token.size() - 1)}, {u"oauth_verifier"_s, u"v"_s}})}) {
        const CallbackMatch match = m_flow->handleNavigation(forged, NavigationOrigin::TopLevelPage);
        QVERIFY2(match.isCallback(), qPrintable(forged.toString()));
        QCOMPARE(match.outcome, Outcome::TokenMismatch);
    }
    QCOMPARE(spies.rejected.count(), 3);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QCOMPARE(m_flow->requestToken().token, token);
    QCOMPARE(m_flow->callback().outcome, Outcome::NotCallback);

    // The right token without a verifier is no authorization either.
    QCOMPARE(m_flow->handleNavigation(callbackWith({{u"oauth_token"_s, token}}), NavigationOrigin::TopLevelPage).outcome, Outcome::Malformed);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);

    // The genuine callback is still taken.
    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    QCOMPARE(spies.authorized.count(), 1);
}

void TstProvisioningFlow::callbackBeforeStepTwoFinished_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("Editing") << int(Stage::Editing);
    QTest::newRow("RequestingToken") << int(Stage::RequestingToken);
    QTest::newRow("RequestingUrl") << int(Stage::RequestingUrl);
}

void TstProvisioningFlow::callbackBeforeStepTwoFinished()
{
    QFETCH(int, stage);
    SandboxFault silent;
    silent.kind = SandboxFault::Kind::NoAnswer;
    if (Stage(stage) == Stage::RequestingToken)
        m_sandbox.addFault(Endpoint::Token, silent);
    if (Stage(stage) == Stage::RequestingUrl)
        m_sandbox.addFault(Endpoint::Url, silent);
    if (Stage(stage) != Stage::Editing)
        m_flow->startAuthorization();
    QTRY_COMPARE(m_flow->stage(), Stage(stage));

    // In RequestingUrl the flow holds a real token already: even a callback carrying
    // it cannot have been answered by anyone yet.
    const QString token = m_flow->requestToken().token.isEmpty() ? u"guessed-token"_s : m_flow->requestToken().token;
    QCOMPARE(!m_flow->requestToken().token.isEmpty(), Stage(stage) == Stage::RequestingUrl);
    Spies spies(m_flow);
    const CallbackMatch match = m_flow->handleNavigation(
        callbackWith({{u"state"_s, u"freshbooks"_s}, {u"oauth_token"_s, token}, {u"oauth_verifier"_s, u"v3r1f13r"_s}}), NavigationOrigin::TopLevelPage);
    QVERIFY(match.isCallback());  // the browser must not load it either
    QVERIFY(match.outcome != Outcome::Authorized);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.rejected.count(), 1);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(m_flow->stage(), Stage(stage));
    QVERIFY(m_flow->callback().oauthVerifier.isEmpty());
    QVERIFY(!m_flow->request().providerData.contains(u"oauth_token"_s));
    QVERIFY(!m_flow->request().providerData.contains(u"oauth_verifier"_s));
    m_flow->cancel();
    QCOMPARE(m_flow->stage(), Stage::Editing);
}

void TstProvisioningFlow::callbackAlreadyTaken()
{
    QUrl callback;
    CHECK(authorize(&callback));
    const InstanceRequest before = m_flow->request();
    Spies spies(m_flow);

    const CallbackMatch again = m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage);
    QVERIFY(again.isCallback());
    QVERIFY(again.outcome != Outcome::Authorized);
    const CallbackMatch other = m_flow->handleNavigation(
        callbackWith({{u"oauth_token"_s, m_flow->requestToken().token}, {u"oauth_verifier"_s, u"another"_s}}), NavigationOrigin::TopLevelPage);
    QVERIFY(other.outcome != Outcome::Authorized);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.rejected.count(), 2);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::Authorized);
    QCOMPARE(m_flow->request(), before);

    // Nor after the instance was created with it.
    m_flow->createInstance();
    QVERIFY(spies.created.wait(10000));
    spies.clear();
    QVERIFY(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome != Outcome::Authorized);
    QCOMPARE(spies.authorized.count(), 0);
    QCOMPARE(spies.stages.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::Created);
}

void TstProvisioningFlow::failures_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::newRow("token") << int(Endpoint::Token);
    QTest::newRow("url") << int(Endpoint::Url);
    QTest::newRow("create") << int(Endpoint::CreateInstance);
}

// A 500 from each call: back to the stage before it with the error, every input
// kept, and the same call works once the server recovers.
void TstProvisioningFlow::failures()
{
    QFETCH(int, endpoint);
    const bool create = Endpoint(endpoint) == Endpoint::CreateInstance;
    if (create)
        CHECK(authorize());
    const Inputs inputs = Inputs::of(*m_flow);
    const InstanceRequest requestBefore = m_flow->request();
    const CallbackMatch callbackBefore = m_flow->callback();

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HttpError;
    fault.status = 500;
    fault.message = u"The sandbox broke on purpose."_s;
    m_sandbox.addFault(Endpoint(endpoint), fault);

    Spies spies(m_flow);
    if (create)
        m_flow->createInstance();
    else
        m_flow->startAuthorization();
    QVERIFY(spies.failed.wait(10000));
    QCOMPARE(spies.failed.count(), 1);
    const ApiError error = spies.failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.serverMessage, fault.message);
    QVERIFY(!error.text.isEmpty());
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::Http);
    QCOMPARE(m_flow->lastError().httpStatus, 500);
    QCOMPARE(m_flow->lastError().text, error.text);
    QVERIFY(!m_flow->isBusy());
    QVERIFY(Inputs::of(*m_flow) == inputs);
    QCOMPARE(spies.inputs.count(), 0);
    QCOMPARE(spies.urlReady.count(), 0);
    QCOMPARE(spies.created.count(), 0);

    switch (Endpoint(endpoint)) {
    case Endpoint::Token:
        QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::RequestingToken, Stage::Editing}));
        QCOMPARE(m_flow->stage(), Stage::Editing);
        QVERIFY(m_flow->requestToken().token.isEmpty());
        QVERIFY(m_flow->authorizationUrl().isEmpty());
        break;
    case Endpoint::Url:
        QCOMPARE(stagesOf(spies.stages),
                 QList<Stage>({Stage::RequestingToken, Stage::RequestingUrl, Stage::Editing}));
        QCOMPARE(m_flow->stage(), Stage::Editing);
        // The token whose URL failed is of no use: it is forgotten.
        QVERIFY(m_flow->requestToken().token.isEmpty());
        QVERIFY(m_flow->requestToken().secret.isEmpty());
        QVERIFY(m_flow->authorizationUrl().isEmpty());
        break;
    default:
        QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Creating, Stage::Authorized}));
        QCOMPARE(m_flow->stage(), Stage::Authorized);
        QCOMPARE(m_flow->callback().oauthToken, callbackBefore.oauthToken);
        QCOMPARE(m_flow->callback().oauthVerifier, callbackBefore.oauthVerifier);
        QCOMPARE(m_flow->request(), requestBefore);
        QVERIFY(m_flow->hasUnsavedWork());
        break;
    }

    // Retry.
    spies.clear();
    if (create) {
        m_flow->createInstance();
        QVERIFY(spies.created.wait(10000));
        QCOMPARE(m_flow->stage(), Stage::Created);
        QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Creating, Stage::Created}));
        QCOMPARE(m_sandbox.calls(Endpoint::CreateInstance).size(), 2);
    } else {
        CHECK(startAndWait());
        QCOMPARE(stagesOf(spies.stages),
                 QList<Stage>({Stage::RequestingToken, Stage::RequestingUrl, Stage::AwaitingAuthorization}));
        if (Endpoint(endpoint) == Endpoint::Url) {
            // A new token, not the one whose URL failed.
            const QList<SandboxCall> urlCalls = m_sandbox.calls(Endpoint::Url);
            QCOMPARE(urlCalls.size(), 2);
            QVERIFY(urlCalls.at(0).query.queryItemValue(u"requestToken"_s) != m_flow->requestToken().token);
            QCOMPARE(urlCalls.at(1).query.queryItemValue(u"requestToken"_s, QUrl::FullyDecoded),
                     m_flow->requestToken().token);
        }
    }
    QCOMPARE(spies.failed.count(), 0);
    QVERIFY(!m_flow->lastError().isError());
    QVERIFY(Inputs::of(*m_flow) == inputs);
}

void TstProvisioningFlow::startWithoutEnvironment()
{
    m_flow->setEnvironment(Environment());
    Spies spies(m_flow);
    m_flow->startAuthorization();
    QVERIFY(spies.failed.wait(10000));
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::RequestingToken, Stage::Editing}));
    QVERIFY(m_sandbox.calls().isEmpty());
}

void TstProvisioningFlow::cancelWhileRequestingToken()
{
    SandboxFault silent;
    silent.kind = SandboxFault::Kind::NoAnswer;
    m_sandbox.addFault(Endpoint::Token, silent);
    const Inputs inputs = Inputs::of(*m_flow);
    m_flow->startAuthorization();
    QTRY_COMPARE(m_sandbox.calls(Endpoint::Token).size(), 1);
    QCOMPARE(m_flow->stage(), Stage::RequestingToken);
    QVERIFY(m_flow->hasUnsavedWork());

    Spies spies(m_flow);
    m_flow->cancel();
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Editing}));
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::Cancelled);
    QCOMPARE(spies.failed.count(), 1);
    QCOMPARE(spies.failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QVERIFY(Inputs::of(*m_flow) == inputs);

    // A second cancel has nothing left to cancel.
    m_flow->cancel();
    QCOMPARE(spies.stages.count(), 1);
    QCOMPARE(spies.failed.count(), 1);
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::Cancelled);

    // And the next attempt works.
    spies.clear();
    CHECK(startAndWait());
    QVERIFY(!m_flow->lastError().isError());
    QCOMPARE(spies.failed.count(), 0);
}

void TstProvisioningFlow::cancelWhileRequestingUrl()
{
    SandboxFault silent;
    silent.kind = SandboxFault::Kind::NoAnswer;
    m_sandbox.addFault(Endpoint::Url, silent);
    m_flow->startAuthorization();
    QTRY_COMPARE(m_sandbox.calls(Endpoint::Url).size(), 1);
    QCOMPARE(m_flow->stage(), Stage::RequestingUrl);
    Spies spies(m_flow);
    m_flow->cancel();
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Editing}));
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::Cancelled);
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QVERIFY(m_flow->authorizationUrl().isEmpty());
}

void TstProvisioningFlow::cancelWhileCreating()
{
    CHECK(authorize());
    const InstanceRequest before = m_flow->request();
    SandboxFault silent;
    silent.kind = SandboxFault::Kind::NoAnswer;
    m_sandbox.addFault(Endpoint::CreateInstance, silent);
    m_flow->createInstance();
    QTRY_COMPARE(m_sandbox.calls(Endpoint::CreateInstance).size(), 1);
    QCOMPARE(m_flow->stage(), Stage::Creating);
    Spies spies(m_flow);
    m_flow->cancel();
    QCOMPARE(m_flow->stage(), Stage::Authorized);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Authorized}));
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_flow->request(), before);

    // The sandbox never saw the body through, so the same authorization still creates.
    spies.clear();
    m_flow->createInstance();
    QVERIFY(spies.created.wait(10000));
    QCOMPARE(m_flow->stage(), Stage::Created);
}

// With nothing in flight, cancel() changes nothing, whatever the stage.
void TstProvisioningFlow::cancelWhenIdle()
{
    Spies spies(m_flow);
    m_flow->cancel();
    QCOMPARE(spies.total(), 0);
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QVERIFY(!m_flow->lastError().isError());

    CHECK(startAndWait());
    const QString token = m_flow->requestToken().token;
    spies.clear();
    m_flow->cancel();
    QCOMPARE(spies.total(), 0);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QCOMPARE(m_flow->requestToken().token, token);
    QVERIFY(!m_flow->lastError().isError());

    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    spies.clear();
    m_flow->cancel();
    QCOMPARE(spies.total(), 0);
    QCOMPARE(m_flow->stage(), Stage::Authorized);
    QCOMPARE(m_flow->callback().oauthToken, token);

    m_flow->createInstance();
    QVERIFY(spies.created.wait(10000));
    spies.clear();
    m_flow->cancel();
    QCOMPARE(spies.total(), 0);
    QCOMPARE(m_flow->stage(), Stage::Created);
    QVERIFY(m_flow->instance().id > 0);
}

// A second start while the first is still waiting for its token: the second's token
// is the one used, and the first's late answer changes nothing.
void TstProvisioningFlow::startTwice()
{
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1000;
    m_sandbox.addFault(Endpoint::Token, slow);  // only the first token request
    Spies spies(m_flow);
    m_flow->startAuthorization();
    QTRY_VERIFY(m_log->contains(u"sandbox: injecting fault"_s));  // the first request is held
    QCOMPARE(m_flow->stage(), Stage::RequestingToken);

    m_flow->startAuthorization();
    QVERIFY(m_flow->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isBusy(), 10000);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    const RequestToken token = m_flow->requestToken();
    QVERIFY(!token.token.isEmpty());
    QCOMPARE(spies.urlReady.count(), 1);
    QCOMPARE(QUrlQuery(spies.urlReady.at(0).at(0).toUrl()).queryItemValue(u"oauth_token"_s, QUrl::FullyDecoded),
             token.token);

    // The first request's delayed answer comes (the sandbox records it) ...
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.calls(Endpoint::Token).size(), 2, 10000);
    // ... and one more round trip to the sandbox lets anything late arrive.
    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));

    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QCOMPARE(m_flow->requestToken().token, token.token);
    QCOMPARE(m_flow->requestToken().secret, token.secret);
    QCOMPARE(spies.urlReady.count(), 1);
    const QList<SandboxCall> urlCalls = m_sandbox.calls(Endpoint::Url);
    QCOMPARE(urlCalls.size(), 1);
    QCOMPARE(urlCalls.at(0).query.queryItemValue(u"requestToken"_s, QUrl::FullyDecoded), token.token);
    // A superseded attempt is not a failure the user has to hear about.
    QCOMPARE(spies.failed.count(), 0);
    QVERIFY(!m_flow->lastError().isError());
    QVERIFY(!stagesOf(spies.stages).contains(Stage::Editing));
    QCOMPARE(stagesOf(spies.stages).last(), Stage::AwaitingAuthorization);

    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    QCOMPARE(m_flow->request().providerData.value(u"secret"_s), token.secret);
    m_flow->createInstance();
    QVERIFY(spies.created.wait(10000));
}

// Starting again once a URL is ready gives a new token; the old callback is refused.
void TstProvisioningFlow::startAgainAfterUrl()
{
    CHECK(startAndWait());
    const QString first = m_flow->requestToken().token;
    QUrl oldCallback;
    CHECK(approve(m_flow->authorizationUrl(), &oldCallback));
    CHECK(startAndWait());
    QVERIFY(m_flow->requestToken().token != first);
    QVERIFY(m_flow->handleNavigation(oldCallback, NavigationOrigin::TopLevelPage).outcome != Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
}

void TstProvisioningFlow::resetAuthorization_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("AwaitingAuthorization") << int(Stage::AwaitingAuthorization);
    QTest::newRow("Authorized") << int(Stage::Authorized);
}

void TstProvisioningFlow::resetAuthorization()
{
    QFETCH(int, from);
    QUrl callback;
    CHECK(startAndWait());
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    if (Stage(from) == Stage::Authorized)
        QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage(from));
    const Inputs inputs = Inputs::of(*m_flow);

    Spies spies(m_flow);
    m_flow->resetAuthorization();
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Editing}));
    QCOMPARE(spies.failed.count(), 0);
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QVERIFY(m_flow->requestToken().secret.isEmpty());
    QVERIFY(m_flow->authorizationUrl().isEmpty());
    QCOMPARE(m_flow->callback().outcome, Outcome::NotCallback);
    QVERIFY(m_flow->callback().oauthToken.isEmpty());
    QVERIFY(m_flow->callback().oauthVerifier.isEmpty());
    QVERIFY(m_flow->request().providerData.isEmpty());
    QVERIFY(Inputs::of(*m_flow) == inputs);

    // The forgotten authorization's callback is no longer accepted.
    QVERIFY(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome != Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(spies.authorized.count(), 0);
}

// Going back while step 2 is under way: the answer that comes afterwards must not
// bring back an authorization URL for a token the flow has forgotten.
void TstProvisioningFlow::resetAuthorizationWhileRequestingUrl()
{
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    m_sandbox.addFault(Endpoint::Url, slow);
    Spies spies(m_flow);
    m_flow->startAuthorization();
    QTRY_COMPARE(m_flow->stage(), Stage::RequestingUrl);
    QTRY_VERIFY(m_log->contains(u"sandbox: injecting fault"_s));

    m_flow->resetAuthorization();
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QVERIFY(!m_flow->isBusy());
    QCOMPARE(m_flow->lastError().kind, ApiError::Kind::Cancelled);  // as cancel() then resetAuthorization()

    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.calls(Endpoint::Url).size(), 1, 10000);
    // One more round trip to the sandbox lets anything late arrive.
    Page page;
    CHECK(fetch(m_sandbox.rootUrl().resolved(QUrl(u"/provider/freshbooks/acme/help"_s)), &page));
    QCOMPARE(page.status, 200);
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QVERIFY(m_flow->authorizationUrl().isEmpty());
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QCOMPARE(spies.urlReady.count(), 0);
}

void TstProvisioningFlow::unsavedWork()
{
    // What the wizard does when it opens: defaults filled in, then the baseline.
    ProvisioningFlow flow(m_client, ce::test::freshbooks());
    flow.setEnvironment(Environment::sandbox(m_sandbox.baseUrl()));
    flow.setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                         QString::fromLatin1(SandboxServer::OrganizationSecret)});
    flow.setConfiguration(callbackProperty, callbackUrl);
    flow.markInputsAsBaseline();
    QVERIFY(!flow.hasUnsavedWork());
    // Clearing a field that was empty anyway loses nothing.
    flow.setConfiguration(keyProperty, QString());
    QVERIFY(!flow.hasUnsavedWork());

    flow.setName(u"Acme"_s);
    QVERIFY(flow.hasUnsavedWork());
    flow.setName(QString());
    QVERIFY(!flow.hasUnsavedWork());
    flow.setTags({u"finance"_s});
    QVERIFY(flow.hasUnsavedWork());
    flow.setTags({});
    QVERIFY(!flow.hasUnsavedWork());
    flow.setConfiguration(callbackProperty, u"https://example.com/cb"_s);
    QVERIFY(flow.hasUnsavedWork());

    // Once filled in, this is the baseline; then every stage after Editing has
    // something to lose until the created instance is kept.
    m_flow->markInputsAsBaseline();
    QVERIFY(!m_flow->hasUnsavedWork());
    m_flow->setConfiguration(siteProperty, u"beta"_s);
    QVERIFY(m_flow->hasUnsavedWork());
    m_flow->setConfiguration(siteProperty, siteAsTyped);
    QVERIFY(!m_flow->hasUnsavedWork());

    m_flow->startAuthorization();
    QVERIFY(m_flow->isBusy());
    QVERIFY(m_flow->hasUnsavedWork());
    QTRY_COMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
    QVERIFY(m_flow->hasUnsavedWork());
    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    QVERIFY(m_flow->hasUnsavedWork());
    QSignalSpy created(m_flow, &ProvisioningFlow::instanceCreated);
    m_flow->createInstance();
    QVERIFY(m_flow->isBusy());
    QVERIFY(m_flow->hasUnsavedWork());
    QVERIFY(created.wait(10000));
    QCOMPARE(m_flow->stage(), Stage::Created);
    QVERIFY(m_flow->hasUnsavedWork());
    m_flow->markResultKept();
    QVERIFY(!m_flow->hasUnsavedWork());
}

// A provider that sends its own secret with the callback: that one goes into
// providerData; a refresh token is passed through.
void TstProvisioningFlow::callbackSecretAndRefreshToken()
{
    CHECK(startAndWait());
    const RequestToken token = m_flow->requestToken();
    QUrl callback;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    const QString verifier = QUrlQuery(callback).queryItemValue(u"oauth_verifier"_s, QUrl::FullyDecoded);
    QUrlQuery query(callback);
    query.addQueryItem(u"secret"_s, u"callback%2Bsecret"_s);
    query.addQueryItem(u"refresh_token"_s, u"refresh-4711"_s);
    callback.setQuery(query);

    const CallbackMatch match = m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage);
    QCOMPARE(match.outcome, Outcome::Authorized);
    const InstanceRequest request = m_flow->request();
    const QMap<QString, QString> providerData{{u"oauth_token"_s, token.token},
                                              {u"oauth_verifier"_s, verifier},
                                              {u"secret"_s, u"callback+secret"_s},
                                              {u"refresh_token"_s, u"refresh-4711"_s}};
    QCOMPARE(request.providerData, providerData);
    QVERIFY(request.providerData.value(u"secret"_s) != token.secret);
}

void TstProvisioningFlow::createOnlyWhenAuthorized()
{
    Spies spies(m_flow);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"createInstance\\(\\) in stage .* ignored"_s));
    m_flow->createInstance();
    QCOMPARE(spies.total(), 0);
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QVERIFY(m_sandbox.calls().isEmpty());
}

// The flow's own log lines carry no secret.
void TstProvisioningFlow::nothingSecretIsLogged()
{
    m_log->clear();
    QUrl callback;
    CHECK(authorize(&callback));
    QSignalSpy created(m_flow, &ProvisioningFlow::instanceCreated);
    m_flow->createInstance();
    QVERIFY(created.wait(10000));
    QVERIFY(m_log->count() > 0);
    const QString log = m_log->text();
    QVERIFY(log.contains(u"authorization received"_s));
    for (const QString &secret :
         {consumerSecret, m_flow->requestToken().token, m_flow->requestToken().secret,
          m_flow->callback().oauthVerifier, m_flow->instance().token,
          QString::fromLatin1(SandboxServer::UserSecret), QString::fromLatin1(SandboxServer::OrganizationSecret)})
        QVERIFY2(!log.contains(secret), qPrintable(QString(u"secret in the log: "_s + secret)));
}


void TstProvisioningFlow::holdBack(Endpoint endpoint)
{
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    m_sandbox.addFault(endpoint, slow);
}

void TstProvisioningFlow::letLateAnswersArrive()
{
    Page page;
    CHECK(fetch(m_sandbox.rootUrl().resolved(QUrl(u"/provider/freshbooks/acme/help"_s)), &page));
    QCOMPARE(page.status, 200);
}

void TstProvisioningFlow::restartAuthorizationStartsANewAttempt_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("AwaitingAuthorization") << int(Stage::AwaitingAuthorization);
    QTest::newRow("Authorized") << int(Stage::Authorized);
}

// Back from the provider's page: that attempt is over, and the next one starts at once
// with a new token; the old attempt's callback is not taken for the new one.
void TstProvisioningFlow::restartAuthorizationStartsANewAttempt()
{
    QFETCH(int, from);
    QUrl callback;
    CHECK(startAndWait());
    const QString first = m_flow->requestToken().token;
    CHECK(approve(m_flow->authorizationUrl(), &callback));
    if (Stage(from) == Stage::Authorized)
        QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::Authorized);
    QCOMPARE(m_flow->stage(), Stage(from));
    const Inputs inputs = Inputs::of(*m_flow);
    const qsizetype tokenCalls = m_sandbox.calls(Endpoint::Token).size();

    Spies spies(m_flow);
    m_flow->restartAuthorization();
    QCOMPARE(m_flow->stage(), Stage::RequestingToken);  // at once
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QVERIFY(m_flow->authorizationUrl().isEmpty());
    QCOMPARE(m_flow->callback().outcome, Outcome::NotCallback);
    QVERIFY(m_flow->request().providerData.isEmpty());

    QVERIFY(spies.urlReady.wait(10000));
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Editing, Stage::RequestingToken, Stage::RequestingUrl,
                                                   Stage::AwaitingAuthorization}));
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(m_sandbox.calls(Endpoint::Token).size(), tokenCalls + 1);
    QVERIFY(!m_flow->requestToken().token.isEmpty());
    QVERIFY(m_flow->requestToken().token != first);
    QCOMPARE(QUrlQuery(m_flow->authorizationUrl()).queryItemValue(u"oauth_token"_s), m_flow->requestToken().token);
    QVERIFY(Inputs::of(*m_flow) == inputs);
    QCOMPARE(m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome, Outcome::TokenMismatch);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
}

// Back from the provider's page before its address even came: the answer on its way is
// dropped (not reported as a failure, never shown), and the new attempt stands.
void TstProvisioningFlow::restartAuthorizationWhileRequestingUrl()
{
    holdBack(Endpoint::Url);
    Spies spies(m_flow);
    m_flow->startAuthorization();
    QTRY_COMPARE(m_flow->stage(), Stage::RequestingUrl);
    QTRY_VERIFY(m_log->contains(u"sandbox: injecting fault"_s));
    const QString first = m_flow->requestToken().token;

    m_flow->restartAuthorization();
    QCOMPARE(m_flow->stage(), Stage::RequestingToken);
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->stage(), Stage::AwaitingAuthorization, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.calls(Endpoint::Url).size(), 2, 10000);  // the late one too
    CHECK(letLateAnswersArrive());
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(spies.urlReady.count(), 1);
    QVERIFY(m_flow->requestToken().token != first);
    QCOMPARE(QUrlQuery(m_flow->authorizationUrl()).queryItemValue(u"oauth_token"_s), m_flow->requestToken().token);
    QCOMPARE(m_flow->stage(), Stage::AwaitingAuthorization);
}

void TstProvisioningFlow::leaveAuthorization_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("RequestingToken") << int(Stage::RequestingToken);
    QTest::newRow("AwaitingAuthorization") << int(Stage::AwaitingAuthorization);
}

// Back from the request token to the inputs: the call in flight is cancelled, the attempt
// forgotten, and nothing new starts.
void TstProvisioningFlow::leaveAuthorization()
{
    QFETCH(int, from);
    if (Stage(from) == Stage::RequestingToken) {
        holdBack(Endpoint::Token);
        m_flow->startAuthorization();
        QTRY_VERIFY(m_log->contains(u"sandbox: injecting fault"_s));
    } else {
        CHECK(startAndWait());
    }
    QCOMPARE(m_flow->stage(), Stage(from));
    const Inputs inputs = Inputs::of(*m_flow);

    Spies spies(m_flow);
    m_flow->leaveAuthorization();
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Editing}));
    QVERIFY(!m_flow->isBusy());
    QVERIFY(m_flow->requestToken().token.isEmpty());
    QVERIFY(m_flow->authorizationUrl().isEmpty());
    QVERIFY(Inputs::of(*m_flow) == inputs);
    // A call in flight ends as cancelled; an attempt that had its URL ends quietly.
    const bool wasBusy = Stage(from) == Stage::RequestingToken;
    QCOMPARE(spies.failed.count(), wasBusy ? 1 : 0);
    QCOMPARE(m_flow->lastError().kind, wasBusy ? ApiError::Kind::Cancelled : ApiError::Kind::None);

    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.calls(Endpoint::Token).size(), 1, 10000);
    CHECK(letLateAnswersArrive());
    QCOMPARE(m_sandbox.calls(Endpoint::Url).size(), wasBusy ? 0 : 1);  // nothing new was asked
    QCOMPARE(m_flow->stage(), Stage::Editing);
    QCOMPARE(spies.urlReady.count(), 0);
}

void TstProvisioningFlow::createEarlier(Instance *instance)
{
    CHECK(authorize());
    QSignalSpy created(m_flow, &ProvisioningFlow::instanceCreated);
    m_flow->createInstance();
    QVERIFY(created.wait(10000));
    *instance = m_flow->instance();
    delete m_flow;
    m_flow = new ProvisioningFlow(m_client, test::freshbooks(), this);
    fillInputs(m_flow);
    m_sandbox.clearCalls();
}

// An instance created earlier is re-authorized: its name and tags taken from GET, the
// inputs as a profile gives them, a fresh grant, then PUT /instances/{id} with the whole
// body. The instance keeps its id and token; the flow ends in Created with
// instanceReauthorized(), not instanceCreated().
void TstProvisioningFlow::reauthorizeAnInstanceCreatedEarlier()
{
    Instance earlier;
    CHECK(createEarlier(&earlier));
    ApiReply *get = m_client->getInstance(earlier.id);
    QSignalSpy got(get, &ApiReply::finished);
    QVERIFY(got.wait(10000));
    const Instance read = *Instance::fromJson(get->json());
    m_flow->setName(u"Something else"_s);
    m_flow->setTags({});
    QString problem;
    QVERIFY2(m_flow->loadInstance(read, &problem), qPrintable(problem));
    QCOMPARE(m_flow->reauthorizationTarget(), earlier.id);
    QVERIFY(m_flow->isReauthorization());
    QCOMPARE(m_flow->name(), earlier.name);
    QCOMPARE(m_flow->tags(), earlier.tags);

    CHECK(authorize());
    const qsizetype instancesBefore = m_sandbox.instances().size();
    Spies spies(m_flow);
    QSignalSpy reauthorized(m_flow, &ProvisioningFlow::instanceReauthorized);
    m_flow->createInstance();
    QCOMPARE(m_flow->stage(), Stage::Creating);
    QVERIFY(reauthorized.wait(10000));
    QCOMPARE(reauthorized.count(), 1);
    QCOMPARE(spies.created.count(), 0);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::Created);
    QCOMPARE(stagesOf(spies.stages), QList<Stage>({Stage::Creating, Stage::Created}));

    const Instance renewed = reauthorized.at(0).at(0).value<Instance>();
    QCOMPARE(renewed.id, earlier.id);
    QCOMPARE(renewed.token, earlier.token);
    QCOMPARE(renewed.name, earlier.name);
    QCOMPARE(renewed.tags, earlier.tags);
    QCOMPARE(m_flow->instance().id, earlier.id);

    // One PUT, the whole body with the new grant; no POST; still one instance.
    QVERIFY(m_sandbox.calls(Endpoint::CreateInstance).isEmpty());
    const QList<SandboxCall> puts = m_sandbox.calls(Endpoint::UpdateInstance);
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.at(0).path, u"/elements/api-v2/instances/%1"_s.arg(earlier.id));
    QCOMPARE(QJsonDocument::fromJson(puts.at(0).body).object(), m_flow->request().toJsonObject());
    QCOMPARE(m_flow->request().providerData.value(u"oauth_verifier"_s), m_flow->callback().oauthVerifier);
    QCOMPARE(m_sandbox.instances().size(), instancesBefore);
    QVERIFY(m_flow->hasUnsavedWork());  // the result is not kept yet
}

// A PUT whose grant was spent meanwhile is refused with the platform's message; the flow
// goes back to Authorized with every input kept, as for a failed create.
void TstProvisioningFlow::reauthorizationWithAStaleGrantIsRefused()
{
    Instance earlier;
    CHECK(createEarlier(&earlier));
    m_flow->setReauthorizationTarget(earlier.id);
    CHECK(authorize());
    const Inputs before = Inputs::of(*m_flow);

    // Someone else uses the grant first.
    ApiClient other;
    other.setEnvironment(m_flow->environment());
    other.setCredentials(m_flow->credentials());
    ApiReply *spend = other.createInstance(m_flow->request());
    QSignalSpy spent(spend, &ApiReply::finished);
    QVERIFY(spent.wait(10000));
    QVERIFY2(spend->succeeded(), qPrintable(spend->error().text));

    Spies spies(m_flow);
    QSignalSpy reauthorized(m_flow, &ProvisioningFlow::instanceReauthorized);
    m_flow->createInstance();
    QVERIFY(spies.failed.wait(10000));
    QCOMPARE(reauthorized.count(), 0);
    QCOMPARE(spies.created.count(), 0);
    QCOMPARE(m_flow->stage(), Stage::Authorized);
    QCOMPARE(m_flow->lastError().httpStatus, 400);
    QCOMPARE(m_flow->lastError().serverMessage,
             u"The request token has already been used for an instance: authorize again."_s);
    QVERIFY(m_flow->lastError().text.contains(m_flow->lastError().serverMessage));
    QVERIFY(Inputs::of(*m_flow) == before);
    QCOMPARE(m_flow->reauthorizationTarget(), earlier.id);
    QCOMPARE(m_sandbox.calls(Endpoint::UpdateInstance).size(), 1);
    const QList<QJsonObject> stored = m_sandbox.instances();
    QVERIFY(stored.contains(earlier.raw));  // untouched
}

void TstProvisioningFlow::loadInstanceOfAnotherElement()
{
    Instance other;
    other.id = 12;
    other.name = u"Books elsewhere"_s;
    other.elementKey = u"quickbooks"_s;
    QString problem;
    QVERIFY(!m_flow->loadInstance(other, &problem));
    QVERIFY2(problem.contains(u"quickbooks"_s), qPrintable(problem));
    QCOMPARE(m_flow->reauthorizationTarget(), 0);
    QCOMPARE(m_flow->name(), instanceName);
    Instance noId;
    noId.elementKey = u"freshbooks"_s;
    QVERIFY(!m_flow->loadInstance(noId, &problem));
    QVERIFY(!m_flow->isReauthorization());
}

// Without a target (or after it is cleared) step 4 creates a new instance.
void TstProvisioningFlow::noTargetCreatesANewInstance()
{
    m_flow->setReauthorizationTarget(77);
    m_flow->setReauthorizationTarget(0);
    QVERIFY(!m_flow->isReauthorization());
    CHECK(authorize());
    QSignalSpy created(m_flow, &ProvisioningFlow::instanceCreated);
    m_flow->createInstance();
    QVERIFY(created.wait(10000));
    QCOMPARE(m_sandbox.calls(Endpoint::CreateInstance).size(), 1);
    QVERIFY(m_sandbox.calls(Endpoint::UpdateInstance).isEmpty());
}

QTEST_GUILESS_MAIN(TstProvisioningFlow)
#include "tst_provisioningflow.moc"
