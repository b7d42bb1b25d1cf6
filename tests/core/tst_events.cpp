// The events settings (EventSettings): what each state sends as Cloud Elements' common
// configuration keys, what is read back from an instance.json and from an instance the
// platform answers, the checks with their field ids (the element's vendor types from its
// descriptor), the signature key as a secret (placeholder in exports, masked in the
// preview, never logged), and the flow with events against the sandbox, which checks the
// event keys itself: create, then re-authorize keeping them.
#include "core/apiclient.h"
#include "core/elementcatalog.h"
#include "core/events.h"
#include "core/instancerequest.h"
#include "core/logging.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include "logcapture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ce;
using State = EventSettings::State;
using VendorType = EventSettings::VendorType;
using Configuration = QMap<QString, QString>;

namespace {

const QString signatureKey = u"evt-signature+key/\"9\\q"_s;
const QString eventsUrl = u"https://hooks.example.com/ce-events"_s;

EventSettings enabled(VendorType type = VendorType::Webhook, const QString &callback = eventsUrl,
                      const QString &key = {}, const QString &interval = {})
{
    EventSettings s;
    s.state = State::Enabled;
    s.vendorType = type;
    s.callbackUrl = callback;
    s.signatureKey = key;
    s.refreshInterval = interval;
    return s;
}

const ElementDescription &element(const QString &id)
{
    const ElementDescription *d = ElementCatalog::shared().byId(id);
    if (!d)
        qFatal("no descriptor %s", qPrintable(id));
    return *d;
}

QStringList fieldsOf(const QList<ValidationIssue> &issues)
{
    QStringList fields;
    for (const ValidationIssue &i : issues)
        fields.append(i.field + (i.missing ? u" (missing)"_s : QString()));
    return fields;
}

QString id(QLatin1StringView key)
{
    return field::configuration(key);
}

}  // namespace

Q_DECLARE_METATYPE(ce::EventSettings)

class TstEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void toConfiguration_data();
    void toConfiguration();
    void fromConfiguration_data();
    void fromConfiguration();
    void fromInstance();
    void vendorTypesFollowTheDescriptor();
    void summary_data();
    void summary();
    void issues_data();
    void issues();
    void configurationIssues_data();
    void configurationIssues();
    void instanceJsonRoundTrip();
    void flowInputs();
    void loadInputsSaysWhatItCannotRead();
    void createAndReauthorizeWithEvents();
    void sandboxRefusesWhatTheChecksRefuse();

private:
    // Steps 1 to 3 of `flow` against the sandbox (it approves at once).
    void authorize(ProvisioningFlow *flow);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_nam;
    std::optional<test::LogCapture> m_log;
};

void TstEvents::initTestCase()
{
    m_log.emplace();
    redaction::installMessageHandler();
    QLoggingCategory::setFilterRules(u"ce.*.debug=true"_s);  // every line a user could turn on
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
}

void TstEvents::init()
{
    m_log->clear();
    m_sandbox.clearCalls();
}

void TstEvents::toConfiguration_data()
{
    QTest::addColumn<EventSettings>("settings");
    QTest::addColumn<Configuration>("expected");

    QTest::newRow("unspecified: nothing") << EventSettings() << Configuration();
    EventSettings off = enabled(VendorType::Polling, eventsUrl, signatureKey, u"15"_s);
    off.state = State::Disabled;
    QTest::newRow("disabled: enabled false only") << off << Configuration{{u"event.notification.enabled"_s, u"false"_s}};
    QTest::newRow("webhook") << enabled() << Configuration{{u"event.notification.enabled"_s, u"true"_s},
                                                           {u"event.vendor.type"_s, u"webhook"_s},
                                                           {u"event.notification.callback.url"_s, eventsUrl}};
    QTest::newRow("webhook, trimmed, signed, interval left out")
        << enabled(VendorType::Webhook, u"  "_s + eventsUrl + u" "_s, u" "_s + signatureKey, u"15"_s)
        << Configuration{{u"event.notification.enabled"_s, u"true"_s},
                         {u"event.vendor.type"_s, u"webhook"_s},
                         {u"event.notification.callback.url"_s, eventsUrl},
                         {u"event.notification.signature.key"_s, signatureKey}};
    QTest::newRow("polling every 15 minutes")
        << enabled(VendorType::Polling, eventsUrl, {}, u" 15 "_s)
        << Configuration{{u"event.notification.enabled"_s, u"true"_s},
                         {u"event.vendor.type"_s, u"polling"_s},
                         {u"event.notification.callback.url"_s, eventsUrl},
                         {u"event.poller.refresh_interval"_s, u"15"_s}};
    QTest::newRow("enabled without callback: the check's business")
        << enabled(VendorType::Webhook, u" "_s)
        << Configuration{{u"event.notification.enabled"_s, u"true"_s}, {u"event.vendor.type"_s, u"webhook"_s}};
}

void TstEvents::toConfiguration()
{
    QFETCH(EventSettings, settings);
    QFETCH(Configuration, expected);
    QCOMPARE(settings.toConfiguration(), expected);
    // Every key is one of the common ones.
    for (const QString &key : expected.keys())
        QVERIFY(events::isEventsKey(key));
}

void TstEvents::fromConfiguration_data()
{
    QTest::addColumn<Configuration>("configuration");
    QTest::addColumn<EventSettings>("expected");

    QTest::newRow("none") << Configuration{{u"oauth.api.key"_s, u"x"_s}} << EventSettings();
    QTest::newRow("webhook") << enabled().toConfiguration() << enabled();
    QTest::newRow("polling, signed")
        << enabled(VendorType::Polling, eventsUrl, signatureKey, u"5"_s).toConfiguration()
        << enabled(VendorType::Polling, eventsUrl, signatureKey, u"5"_s);
    EventSettings off;
    off.state = State::Disabled;
    QTest::newRow("off") << Configuration{{u"event.notification.enabled"_s, u" false "_s}} << off;
    // An export without secrets: the placeholder is no signature key.
    QTest::newRow("placeholder")
        << Configuration{{u"event.notification.enabled"_s, u"true"_s},
                         {u"event.notification.callback.url"_s, eventsUrl},
                         {u"event.notification.signature.key"_s, u"<INSERT_EVENT_SIGNATURE_KEY>"_s}}
        << enabled();
    // What cannot be read stays at its default (configurationIssues() names it).
    QTest::newRow("unreadable")
        << Configuration{{u"event.notification.enabled"_s, u"yes"_s}, {u"event.vendor.type"_s, u"push"_s}}
        << EventSettings();
}

void TstEvents::fromConfiguration()
{
    QFETCH(Configuration, configuration);
    QFETCH(EventSettings, expected);
    const EventSettings read = EventSettings::fromConfiguration(configuration);
    QCOMPARE(read.state, expected.state);
    QCOMPARE(read.vendorType, expected.vendorType);
    QCOMPARE(read.callbackUrl, expected.callbackUrl);
    QCOMPARE(read.signatureKey, expected.signatureKey);
    QCOMPARE(read.refreshInterval, expected.refreshInterval);
    QVERIFY(read == expected);
}

// What GET /instances/{id} answers: strings or null, the signature key masked.
void TstEvents::fromInstance()
{
    bool signed_ = true;
    const EventSettings fresh = EventSettings::fromInstance(
        QJsonObject{{u"event.vendor.type"_s, u"webhook"_s},
                    {u"event.notification.enabled"_s, u"false"_s},
                    {u"event.notification.callback.url"_s, QJsonValue::Null},
                    {u"base.url"_s, u"https://acme.freshbooks.com/api/2.1"_s}},
        &signed_);
    QCOMPARE(fresh.state, State::Disabled);
    QVERIFY(fresh.callbackUrl.isEmpty());
    QVERIFY(!signed_);

    const EventSettings on = EventSettings::fromInstance(
        QJsonObject{{u"event.vendor.type"_s, u"polling"_s},
                    {u"event.notification.enabled"_s, true},  // a platform writing a boolean
                    {u"event.notification.callback.url"_s, eventsUrl},
                    {u"event.poller.refresh_interval"_s, 30},
                    {u"event.notification.signature.key"_s, u"********"_s}},
        &signed_);
    QVERIFY(on == enabled(VendorType::Polling, eventsUrl, {}, u"30"_s));  // the mask is no key
    QVERIFY(signed_);
}

void TstEvents::vendorTypesFollowTheDescriptor()
{
    QCOMPARE(EventSettings::vendorTypes(element(u"freshbooks"_s)), QList<VendorType>{VendorType::Webhook});
    // A descriptor that does not say: both, the platform decides.
    QVERIFY(element(u"zendesk"_s).eventMethods.isEmpty());
    QCOMPARE(EventSettings::vendorTypes(element(u"zendesk"_s)),
             (QList<VendorType>{VendorType::Webhook, VendorType::Polling}));
    QCOMPARE(EventSettings::vendorTypeName(VendorType::Polling), u"polling"_s);
    QCOMPARE(EventSettings::vendorTypeNamed(u"webhook"), std::optional<VendorType>(VendorType::Webhook));
    QCOMPARE(EventSettings::vendorTypeNamed(u"Webhook"), std::nullopt);
}

void TstEvents::summary_data()
{
    QTest::addColumn<EventSettings>("settings");
    QTest::addColumn<QString>("expected");

    EventSettings off = enabled(VendorType::Webhook, eventsUrl, signatureKey);
    off.state = State::Disabled;
    QTest::newRow("unspecified") << EventSettings() << u"Not set (the platform's default: off)"_s;
    QTest::newRow("off") << off << u"Off"_s;
    QTest::newRow("webhook") << enabled() << u"On: by webhook, posted to https://hooks.example.com/ce-events"_s;
    QTest::newRow("signed") << enabled(VendorType::Webhook, eventsUrl, signatureKey)
                            << u"On: by webhook, posted to https://hooks.example.com/ce-events, signed"_s;
    QTest::newRow("polling") << enabled(VendorType::Polling, eventsUrl, {}, u"15"_s)
                             << u"On: by polling every 15 minutes, posted to https://hooks.example.com/ce-events"_s;
    QTest::newRow("polling, the platform's interval")
        << enabled(VendorType::Polling) << u"On: by polling, posted to https://hooks.example.com/ce-events"_s;
}

// The summary line never shows the signature key.
void TstEvents::summary()
{
    QFETCH(EventSettings, settings);
    QFETCH(QString, expected);
    QCOMPARE(settings.summary(), expected);
    QVERIFY(!settings.summary().contains(signatureKey));
}

void TstEvents::issues_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<EventSettings>("settings");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("mentions");

    const QString callback = id(events::CallbackUrlKey);
    const QString vendor = id(events::VendorTypeKey);
    const QString interval = id(events::RefreshIntervalKey);
    const QString key = id(events::SignatureKeyKey);
    EventSettings junkOff = enabled(VendorType::Polling, u"not a url"_s, u"<X>"_s, u"abc"_s);
    junkOff.state = State::Disabled;

    QTest::newRow("unspecified") << u"freshbooks"_s << EventSettings() << QStringList() << QString();
    QTest::newRow("off: nothing is checked") << u"freshbooks"_s << junkOff << QStringList() << QString();
    QTest::newRow("webhook") << u"freshbooks"_s << enabled() << QStringList() << QString();
    QTest::newRow("signed") << u"freshbooks"_s << enabled(VendorType::Webhook, eventsUrl, signatureKey)
                            << QStringList() << QString();
    QTest::newRow("no callback") << u"freshbooks"_s << enabled(VendorType::Webhook, u""_s)
                                 << QStringList{callback + u" (missing)"_s} << u"is missing"_s;
    QTest::newRow("callback not a URL") << u"freshbooks"_s << enabled(VendorType::Webhook, u"hooks.example.com"_s)
                                        << QStringList{callback} << u"https://"_s;
    QTest::newRow("callback ftp") << u"freshbooks"_s << enabled(VendorType::Webhook, u"ftp://hooks.example.com/x"_s)
                                  << QStringList{callback} << u"https://"_s;
    QTest::newRow("callback placeholder") << u"freshbooks"_s << enabled(VendorType::Webhook, u"<INSERT_URL>"_s)
                                          << QStringList{callback + u" (missing)"_s} << u"placeholder"_s;
    QTest::newRow("polling where only webhook") << u"freshbooks"_s << enabled(VendorType::Polling, eventsUrl, {}, u"5"_s)
                                                << QStringList{vendor} << u"FreshBooks delivers events by webhook only"_s;
    QTest::newRow("polling where not said") << u"zendesk"_s << enabled(VendorType::Polling, eventsUrl, {}, u"5"_s)
                                            << QStringList() << QString();
    QTest::newRow("polling, the platform's interval") << u"zendesk"_s << enabled(VendorType::Polling)
                                                      << QStringList() << QString();
    QTest::newRow("interval 0") << u"zendesk"_s << enabled(VendorType::Polling, eventsUrl, {}, u"0"_s)
                                << QStringList{interval} << u"above 0"_s;
    QTest::newRow("interval -5") << u"zendesk"_s << enabled(VendorType::Polling, eventsUrl, {}, u"-5"_s)
                                 << QStringList{interval} << u"whole number"_s;
    QTest::newRow("interval 1.5") << u"zendesk"_s << enabled(VendorType::Polling, eventsUrl, {}, u"1.5"_s)
                                  << QStringList{interval} << u"whole number"_s;
    QTest::newRow("interval too large") << u"zendesk"_s
                                        << enabled(VendorType::Polling, eventsUrl, {}, u"99999999999"_s)
                                        << QStringList{interval} << u"99999999999"_s;
    QTest::newRow("interval with webhook: not sent") << u"zendesk"_s
                                                     << enabled(VendorType::Webhook, eventsUrl, {}, u"abc"_s)
                                                     << QStringList() << QString();
    QTest::newRow("signature key placeholder") << u"freshbooks"_s
                                               << enabled(VendorType::Webhook, eventsUrl, u"<INSERT_EVENT_SIGNATURE_KEY>"_s)
                                               << QStringList{key} << u"placeholder"_s;
    QTest::newRow("everything at once") << u"freshbooks"_s << enabled(VendorType::Polling, u""_s, {}, u"x"_s)
                                        << QStringList{vendor, callback + u" (missing)"_s, interval} << QString();
}

void TstEvents::issues()
{
    QFETCH(QString, element);
    QFETCH(EventSettings, settings);
    QFETCH(QStringList, fields);
    QFETCH(QString, mentions);
    const QList<ValidationIssue> issues = settings.issues(::element(element));
    QCOMPARE(fieldsOf(issues), fields);
    for (const ValidationIssue &issue : issues) {
        QVERIFY2(issue.message.contains(issue.field), qPrintable(issue.message));  // names its field
        QVERIFY2(issue.message.endsWith(u'.'), qPrintable(issue.message));
    }
    if (!mentions.isEmpty())
        QVERIFY2(issues.constFirst().message.contains(mentions), qPrintable(issues.constFirst().message));
    // The raw check of what would be sent says the same.
    if (settings.isEnabled())
        QCOMPARE(fieldsOf(EventSettings::configurationIssues(settings.toConfiguration(), ::element(element))), fields);
}

// An instance.json's configuration as written: what the settings cannot hold is named too.
void TstEvents::configurationIssues_data()
{
    QTest::addColumn<Configuration>("configuration");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("nothing") << Configuration() << QStringList();
    QTest::newRow("enabled as yes") << Configuration{{u"event.notification.enabled"_s, u"yes"_s}}
                                    << QStringList{id(events::EnabledKey)};
    QTest::newRow("enabled as TRUE") << Configuration{{u"event.notification.enabled"_s, u"TRUE"_s}}
                                     << QStringList{id(events::EnabledKey)};
    QTest::newRow("vendor push") << Configuration{{u"event.vendor.type"_s, u"push"_s}}
                                 << QStringList{id(events::VendorTypeKey)};
    QTest::newRow("off, callback no URL") << Configuration{{u"event.notification.enabled"_s, u"false"_s},
                                                           {u"event.notification.callback.url"_s, u"x"_s}}
                                          << QStringList{id(events::CallbackUrlKey)};
    QTest::newRow("off, the documented defaults") << Configuration{{u"event.notification.enabled"_s, u"false"_s},
                                                                   {u"event.vendor.type"_s, u"webhook"_s}}
                                                  << QStringList();
    QTest::newRow("interval without polling") << Configuration{{u"event.vendor.type"_s, u"webhook"_s},
                                                               {u"event.poller.refresh_interval"_s, u"15"_s}}
                                              << QStringList{id(events::RefreshIntervalKey)};
    QTest::newRow("interval without vendor") << Configuration{{u"event.poller.refresh_interval"_s, u"15"_s}}
                                             << QStringList{id(events::RefreshIntervalKey)};
    QTest::newRow("enabled, nothing else") << Configuration{{u"event.notification.enabled"_s, u"true"_s}}
                                           << QStringList{id(events::CallbackUrlKey) + u" (missing)"_s};
}

void TstEvents::configurationIssues()
{
    QFETCH(Configuration, configuration);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldsOf(EventSettings::configurationIssues(configuration, element(u"zendesk"_s))), fields);
}

// The request preview masks the signature key, an export writes its placeholder unless
// secrets are asked for, and the file reads back into the same settings.
void TstEvents::instanceJsonRoundTrip()
{
    const ElementDescription &fb = test::freshbooks();
    ApiClient client;
    ProvisioningFlow flow(&client, fb);
    test::typed::fill(&flow, Environment::sandbox(m_sandbox.baseUrl()), {u"u-secret"_s, u"o-secret"_s});
    flow.setEvents(enabled(VendorType::Webhook, eventsUrl, signatureKey));
    const InstanceRequest request = flow.request();
    QCOMPARE(request.configuration.value(u"event.notification.enabled"_s), u"true"_s);
    QCOMPARE(request.configuration.value(u"event.notification.signature.key"_s), signatureKey);
    QCOMPARE(request.toJsonObject().value("configuration"_L1).toObject().value("event.notification.enabled"_L1),
             QJsonValue(u"true"_s));  // a string, never a JSON boolean

    const QByteArray placeholders = request.toInstanceJson(fb, InstanceRequest::Secrets::Placeholders);
    const QByteArray masked = request.toInstanceJson(fb, InstanceRequest::Secrets::Masked);
    const QByteArray included = request.toInstanceJson(fb, InstanceRequest::Secrets::Include);
    const QByteArray json = QJsonDocument(QJsonArray{signatureKey}).toJson(QJsonDocument::Compact);
    const QByteArray spelled = json.mid(2, json.size() - 4);  // as a JSON string writes it
    QVERIFY(!placeholders.contains(spelled));
    QVERIFY(placeholders.contains("\"event.notification.signature.key\": \"<INSERT_EVENT_SIGNATURE_KEY>\""));
    QVERIFY(!masked.contains(spelled));
    QVERIFY(masked.contains("\"event.notification.signature.key\": \"********\""));
    QVERIFY(included.contains(spelled));
    QVERIFY(included.contains("\"event.notification.callback.url\": \"https://hooks.example.com/ce-events\""));

    for (const QByteArray &file : {placeholders, included}) {
        QList<ValidationIssue> problems;
        const auto read = InstanceRequest::fromInstanceJson(file, &problems);
        QVERIFY(read);
        ProvisioningFlow other(&client, fb);
        QString problem;
        QVERIFY(other.loadInputs(*read, &problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const EventSettings back = other.events();
        QCOMPARE(back.state, State::Enabled);
        QCOMPARE(back.callbackUrl, eventsUrl);
        QCOMPARE(back.signatureKey, file == included ? signatureKey : QString());
        // The placeholder file is refused as a body until the key is filled in.
        QCOMPARE(fieldsOf(read->validate(fb)).contains(id(events::SignatureKeyKey)), file == placeholders);
    }
}

// The settings are inputs: their problems are the flow's, a change is unsaved work, and the
// signature key is a secret from the moment it is set.
void TstEvents::flowInputs()
{
    ApiClient client;
    ProvisioningFlow flow(&client, test::freshbooks());
    test::typed::fill(&flow, Environment::sandbox(m_sandbox.baseUrl()), {u"u-secret"_s, u"o-secret"_s});
    flow.markInputsAsBaseline();
    QVERIFY(flow.inputIssues().isEmpty());
    QVERIFY(!flow.hasUnsavedWork());

    QSignalSpy changed(&flow, &ProvisioningFlow::inputsChanged);
    flow.setEvents(enabled(VendorType::Polling, u""_s, signatureKey));
    QCOMPARE(changed.count(), 1);
    flow.setEvents(enabled(VendorType::Polling, u""_s, signatureKey));
    QCOMPARE(changed.count(), 1);  // the same: no signal
    QVERIFY(flow.hasUnsavedWork());
    QCOMPARE(fieldsOf(flow.inputIssues()),
             (QStringList{id(events::VendorTypeKey), id(events::CallbackUrlKey) + u" (missing)"_s}));
    QCOMPARE(messageFor(flow.inputIssues(), id(events::CallbackUrlKey)).isEmpty(), false);
    flow.setEvents(enabled(VendorType::Webhook, eventsUrl, signatureKey));
    QVERIFY(flow.inputIssues().isEmpty());

    // Registered with the redaction: however it is written, a log line masks it.
    qCWarning(lcFlow) << "key" << signatureKey << QUrl::toPercentEncoding(signatureKey);
    QVERIFY(!m_log->text().contains(signatureKey));
    QVERIFY(!m_log->text().contains(QString::fromLatin1(QUrl::toPercentEncoding(signatureKey))));
}

void TstEvents::loadInputsSaysWhatItCannotRead()
{
    ApiClient client;
    ProvisioningFlow flow(&client, test::freshbooks());
    flow.setEvents(enabled());
    InstanceRequest request;
    request.elementKey = u"freshbooks"_s;
    request.name = u"x"_s;
    request.configuration = {{u"event.notification.enabled"_s, u"yes"_s}};
    QString problem;
    QVERIFY(flow.loadInputs(request, &problem));
    QVERIFY2(problem.contains(id(events::EnabledKey)) && problem.contains(u"yes"_s), qPrintable(problem));
    QCOMPARE(flow.events().state, State::Unspecified);
}

void TstEvents::authorize(ProvisioningFlow *flow)
{
    QSignalSpy ready(flow, &ProvisioningFlow::authorizationUrlReady);
    flow->startAuthorization();
    QVERIFY2(ready.wait(10000), qPrintable(flow->lastError().text));
    m_sandbox.setAutoApprove(true);
    QNetworkRequest request(flow->authorizationUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *page = m_nam.get(request);
    QSignalSpy done(page, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    m_sandbox.setAutoApprove(false);
    const QUrl callback = page->header(QNetworkRequest::LocationHeader).toUrl();
    page->deleteLater();
    QCOMPARE(flow->handleNavigation(callback, NavigationOrigin::PastedByUser).outcome, CallbackMatch::Outcome::Authorized);
}

// The whole flow with events against the sandbox (which refuses enabled as a JSON boolean
// and a missing callback): created with them, re-authorized keeping them.
void TstEvents::createAndReauthorizeWithEvents()
{
    ApiClient client;
    ProvisioningFlow flow(&client, test::freshbooks());
    test::typed::fill(&flow, Environment::sandbox(m_sandbox.baseUrl()),
                      {QString::fromLatin1(SandboxServer::UserSecret),
                       QString::fromLatin1(SandboxServer::OrganizationSecret)});
    flow.setEvents(enabled(VendorType::Webhook, eventsUrl, signatureKey));
    CHECK(authorize(&flow));
    QSignalSpy created(&flow, &ProvisioningFlow::instanceCreated);
    flow.createInstance();
    QVERIFY2(created.wait(10000), qPrintable(flow.lastError().text));
    const Instance instance = flow.instance();
    QVERIFY(instance.eventsEnabled);
    QCOMPARE(instance.configuration.value("event.notification.callback.url"_L1).toString(), eventsUrl);
    QCOMPARE(instance.configuration.value("event.notification.signature.key"_L1).toString(), u"********"_s);
    const QList<SandboxCall> posts = m_sandbox.calls(SandboxCall::Endpoint::CreateInstance);
    QCOMPARE(posts.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(posts.constFirst().body).object().value("configuration"_L1).toObject();
    QCOMPARE(sent.value("event.notification.enabled"_L1), QJsonValue(u"true"_s));
    QCOMPARE(sent.value("event.vendor.type"_L1), QJsonValue(u"webhook"_s));
    QCOMPARE(sent.value("event.notification.signature.key"_L1), QJsonValue(signatureKey));

    // Re-authorize from what the platform answers: the settings come back, the masked key does not.
    ApiClient other;
    ProvisioningFlow again(&other, test::freshbooks());
    test::typed::fill(&again, flow.environment(), flow.credentials());
    QVERIFY(again.loadInstance(instance));
    QCOMPARE(again.events(), enabled(VendorType::Webhook, eventsUrl));
    EventSettings resigned = again.events();
    resigned.signatureKey = u"another-signature-key"_s;
    again.setEvents(resigned);
    CHECK(authorize(&again));
    QSignalSpy reauthorized(&again, &ProvisioningFlow::instanceReauthorized);
    again.createInstance();
    QVERIFY2(reauthorized.wait(10000), qPrintable(again.lastError().text));
    QVERIFY(again.instance().eventsEnabled);
    const QList<SandboxCall> puts = m_sandbox.calls(SandboxCall::Endpoint::UpdateInstance);
    QCOMPARE(puts.size(), 1);
    const QJsonObject put = QJsonDocument::fromJson(puts.constFirst().body).object().value("configuration"_L1).toObject();
    QCOMPARE(put.value("event.notification.callback.url"_L1), QJsonValue(eventsUrl));
    QCOMPARE(put.value("event.notification.signature.key"_L1), QJsonValue(u"another-signature-key"_s));

    // Turned off: PUT sends "false", the platform reports them off.
    ProvisioningFlow off(&other, test::freshbooks());
    test::typed::fill(&off, flow.environment(), flow.credentials());
    QVERIFY(off.loadInstance(again.instance()));
    EventSettings disabled = off.events();
    disabled.state = State::Disabled;
    off.setEvents(disabled);
    CHECK(authorize(&off));
    QSignalSpy offDone(&off, &ProvisioningFlow::instanceReauthorized);
    off.createInstance();
    QVERIFY2(offDone.wait(10000), qPrintable(off.lastError().text));
    QVERIFY(!off.instance().eventsEnabled);

    // The signature keys never reached a log line or the request log.
    const QString log = m_log->text();
    QVERIFY(!log.isEmpty());
    for (const QString &key : {signatureKey, u"another-signature-key"_s})
        QVERIFY2(!log.contains(key), qPrintable(log));
}

// What the checks refuse, the sandbox refuses too (it is the platform's stand-in): a body
// the checks would stop, sent as it is.
void TstEvents::sandboxRefusesWhatTheChecksRefuse()
{
    const QList<Configuration> refused = {
        {{u"event.notification.enabled"_s, u"true"_s}},
        {{u"event.notification.enabled"_s, u"true"_s}, {u"event.notification.callback.url"_s, u"hooks"_s}},
        {{u"event.vendor.type"_s, u"push"_s}},
        {{u"event.vendor.type"_s, u"webhook"_s}, {u"event.poller.refresh_interval"_s, u"5"_s}},
        {{u"event.vendor.type"_s, u"polling"_s}, {u"event.poller.refresh_interval"_s, u"0"_s}},
    };
    ApiClient client;
    client.setEnvironment(Environment::sandbox(m_sandbox.baseUrl()));
    client.setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                           QString::fromLatin1(SandboxServer::OrganizationSecret)});
    for (const Configuration &events : refused) {
        QVERIFY(!EventSettings::configurationIssues(events, test::freshbooks()).isEmpty());
        QJsonObject configuration{{u"oauth.api.key"_s, u"k"_s}, {u"oauth.api.secret"_s, u"s"_s},
                                  {u"freshbooks.site.address"_s, u"acme"_s}};
        for (auto it = events.cbegin(); it != events.cend(); ++it)
            configuration.insert(it.key(), it.value());
        const QJsonObject body{{u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}}},
                               {u"providerData"_s, QJsonObject{{u"oauth_token"_s, u"t"_s},
                                                               {u"oauth_verifier"_s, u"v"_s},
                                                               {u"secret"_s, u"s"_s}}},
                               {u"configuration"_s, configuration},
                               {u"name"_s, u"x"_s}};
        QNetworkRequest request(Environment::sandbox(m_sandbox.baseUrl()).endpoint(u"/instances"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", client.credentials().authorizationHeader());
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QByteArray answer = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY2(answer.contains("event."), answer.constData());  // refused for the events, not the grant
        reply->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TstEvents)
#include "tst_events.moc"
