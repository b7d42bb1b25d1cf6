// The instance's life after creation, over HTTP: re-authorization (PUT /instances/{id}:
// a fresh grant, the instance keeps who it is), rename and retag (PATCH: name and tags
// only), enable and disable (and 403 for a disabled instance's Element token), delete,
// the event settings checked on create and PUT, and the faults on each of these calls.
#include "sandboxtest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace ce::test;
using Endpoint = SandboxCall::Endpoint;
using Kind = SandboxFault::Kind;

class TstSandboxLifecycle : public SandboxTest
{
    Q_OBJECT

private slots:
    // Re-authorization
    void reauthorizeKeepsTheInstance();
    void reauthorizeUsesTheGrantUp();
    void reauthorizeNeedsAFreshApprovedGrant_data();
    void reauthorizeNeedsAFreshApprovedGrant();
    void reauthorizeChecksLikeCreate();

    // Rename and retag
    void patchNameAndTags();
    void patchRefusesOtherFields_data();
    void patchRefusesOtherFields();
    void patchChecksValues_data();
    void patchChecksValues();

    // Enable, disable, delete
    void disableAndEnable();
    void disabledInstanceTokenGets403();
    void deletedInstanceAnswers404Everywhere();
    void listFiltersByEveryTagGiven();

    // Event settings
    void eventSettings_data();
    void eventSettings();
    void eventSettingsOnReauthorization();

    // Faults
    void faultsApplyToEveryLifecycleCall_data();
    void faultsApplyToEveryLifecycleCall();

private:
    // A created instance and the grant that made it.
    void created(QJsonObject *instance, const QStringList &tags = {u"sandbox"_s});
    static QString pathOf(const QJsonObject &instance, const QString &suffix = {});
    static QByteArray authWithElement(const QString &elementToken);
};

void TstSandboxLifecycle::created(QJsonObject *instance, const QStringList &tags)
{
    CHECK(createInstance(instance, tags));
}

QString TstSandboxLifecycle::pathOf(const QJsonObject &instance, const QString &suffix)
{
    return u"/instances/%1"_s.arg(instance.value("id"_L1).toInt()) + suffix;
}

QByteArray TstSandboxLifecycle::authWithElement(const QString &elementToken)
{
    return goodAuth() + ", Element " + elementToken.toLatin1();
}

// PUT with a fresh grant: a new name, tags and configuration; the same id, Element token,
// creation date and owner; no providerData in the answer; GET shows the same.
void TstSandboxLifecycle::reauthorizeKeepsTheInstance()
{
    QJsonObject before;
    CHECK(created(&before));
    Grant g;
    g.site = u"beta"_s;
    CHECK(grant(&g));
    const Response r = putJson(pathOf(before), instanceBody(g, u"Renewed"_s, {u"renewed"_s}));
    QCOMPARE(r.status, 200);
    const QJsonObject after = r.object();
    for (const char *kept : {"id", "token", "createdDate", "user", "disabled", "element"})
        QCOMPARE(after.value(QLatin1StringView(kept)), before.value(QLatin1StringView(kept)));
    QCOMPARE(after.value("name"_L1).toString(), u"Renewed"_s);
    QCOMPARE(after.value("tags"_L1), QJsonValue(QJsonArray{u"renewed"_s}));
    QCOMPARE(after.value("valid"_L1), QJsonValue(true));
    QCOMPARE(after.value("configuration"_L1).toObject().value("site.address"_L1).toString(), u"beta.freshbooks.com"_s);
    QVERIFY(!after.contains("providerData"_L1));
    QVERIFY(!r.body.contains(g.verifier.toUtf8()));
    QCOMPARE(get(api(pathOf(before)), goodAuth()).object(), after);
    QCOMPARE(server->instances().size(), 1);
    QCOMPARE(server->calls(Endpoint::UpdateInstance).size(), 1);
    // The instance's Element token still works.
    QCOMPARE(get(api(u"/instances"_s), authWithElement(before.value("token"_L1).toString())).status, 200);
}

// A grant serves once, whether for a create or a re-authorization.
void TstSandboxLifecycle::reauthorizeUsesTheGrantUp()
{
    QJsonObject instance;
    CHECK(created(&instance));
    Grant g;
    CHECK(grant(&g));
    QCOMPARE(putJson(pathOf(instance), instanceBody(g)).status, 200);
    const Response again = putJson(pathOf(instance), instanceBody(g));
    CHECK(checkError(again, 400, u"The request token has already been used for an instance: authorize again."_s));
    const Response create = postJson(u"/instances"_s, instanceBody(g));
    CHECK(checkError(create, 400, u"The request token has already been used for an instance: authorize again."_s));
}

void TstSandboxLifecycle::reauthorizeNeedsAFreshApprovedGrant_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stale: used for the create") << u"stale"_s << u"already been used"_s;
    QTest::newRow("not approved yet") << u"unapproved"_s << u"not been authorized"_s;
    QTest::newRow("made-up token") << u"unknown"_s << u"not a request token this sandbox issued"_s;
    QTest::newRow("wrong verifier") << u"verifier"_s << u"oauth_verifier does not match"_s;
    QTest::newRow("wrong secret") << u"secret"_s << u"providerData.secret does not match"_s;
    QTest::newRow("other consumer key") << u"key"_s << u"configuration.oauth.api.key"_s;
    QTest::newRow("refused by the user") << u"refused"_s << u"refused access"_s;
}

void TstSandboxLifecycle::reauthorizeNeedsAFreshApprovedGrant()
{
    QFETCH(QString, how);
    QFETCH(QString, expected);
    Grant first;
    CHECK(grant(&first));
    const Response made = postJson(u"/instances"_s, instanceBody(first));
    QCOMPARE(made.status, 200);
    const QJsonObject instance = made.object();

    QJsonObject body;
    if (how == "stale"_L1) {
        body = instanceBody(first);
    } else if (how == "unapproved"_L1) {
        Grant g;
        CHECK(requestToken(&g));
        g.verifier = u"made-up-verifier"_s;
        body = instanceBody(g);
    } else if (how == "refused"_L1) {
        // Signed in, the user clicks Deny on the consent page.
        Walk w;
        CHECK(walk(&w, Step::ConsentPage));
        const Response deny = postForm(attributeOf(w.at(Step::ConsentPage).html(), u"<form"_s, u"action"_s),
                                       {{u"oauth_token"_s, w.grant.token}, {u"decision"_s, u"deny"_s}});
        QCOMPARE(deny.status, 302);
        w.grant.verifier = u"no-verifier-was-given"_s;
        body = instanceBody(w.grant);
    } else {
        Grant g;
        CHECK(grant(&g));
        body = instanceBody(g);
        if (how == "unknown"_L1)
            replace(&body, u"providerData"_s, u"oauth_token"_s, u"made-up-token"_s);
        else if (how == "verifier"_L1)
            replace(&body, u"providerData"_s, u"oauth_verifier"_s, u"wrong"_s);
        else if (how == "secret"_L1)
            replace(&body, u"providerData"_s, u"secret"_s, u"wrong"_s);
        else if (how == "key"_L1)
            replace(&body, u"configuration"_s, u"oauth.api.key"_s, u"othercompany"_s);
    }
    const Response r = putJson(pathOf(instance), body);
    CHECK(checkError(r, 400));
    QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
    // Nothing changed.
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object(), instance);
}

// The checks of PUT, in the platform's order: secrets, the instance, the content type,
// the body, the element, the missing entries.
void TstSandboxLifecycle::reauthorizeChecksLikeCreate()
{
    QJsonObject instance;
    CHECK(created(&instance));
    const QUrl url = api(pathOf(instance));
    CHECK(checkError(send("PUT", url, "application/json", "{}", "User a, Organization b"), 401, InvalidSecrets));
    CHECK(checkError(send("PUT", api(u"/instances/999"_s), "application/json", "{}"), 404,
                     u"No instance found with id 999"_s));
    CHECK(checkError(send("PUT", url, "text/plain", "{}"), 415, UnsupportedMediaType));
    CHECK(checkError(send("PUT", url, "application/json", "[1]"), 400, u"The request body must be a JSON object."_s));
    CHECK(checkError(send("PUT", url, "application/json", R"({"element": {"key": "nope"}})"), 404,
                     u"No element found with key nope"_s));
    const Response missing = send("PUT", url, "application/json", R"({"element": {"key": "freshbooks"}})");
    CHECK(checkError(missing, 400));
    QVERIFY2(missing.message().startsWith(u"Missing required entries: providerData.oauth_token"_s),
             qPrintable(missing.message()));
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object(), instance);
}

// PATCH changes the name, the tags (replacing them all) or both, and nothing else.
void TstSandboxLifecycle::patchNameAndTags()
{
    QJsonObject instance;
    CHECK(created(&instance, {u"one"_s, u"two"_s}));
    const QString path = pathOf(instance);

    const Response renamed = patchJson(path, {{u"name"_s, u"  Renamed  "_s}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.object().value("name"_L1).toString(), u"Renamed"_s);
    QCOMPARE(renamed.object().value("tags"_L1), QJsonValue(QJsonArray{u"one"_s, u"two"_s}));

    const Response retagged = patchJson(path, {{u"tags"_s, QJsonArray{u"three"_s}}});
    QCOMPARE(retagged.status, 200);
    QCOMPARE(retagged.object().value("name"_L1).toString(), u"Renamed"_s);
    QCOMPARE(retagged.object().value("tags"_L1), QJsonValue(QJsonArray{u"three"_s}));

    const Response both = patchJson(path, {{u"name"_s, u"Both"_s}, {u"tags"_s, QJsonArray()}});
    QCOMPARE(both.status, 200);
    QCOMPARE(both.object().value("tags"_L1), QJsonValue(QJsonArray()));

    // Everything else is as it was; GET and the tag filter see the change.
    QJsonObject expected = instance;
    expected.insert(u"name"_s, u"Both"_s);
    expected.insert(u"tags"_s, QJsonArray());
    QCOMPARE(both.object(), expected);
    QCOMPARE(get(api(path), goodAuth()).object(), expected);
    QUrlQuery one;
    one.addQueryItem(u"tags[]"_s, u"one"_s);
    QCOMPARE(get(api(u"/instances"_s, one), goodAuth()).array().size(), 0);
    QCOMPARE(server->calls(Endpoint::PatchInstance).size(), 3);
}

void TstSandboxLifecycle::patchRefusesOtherFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("providerData") << QByteArray(R"({"name": "x", "providerData": {"code": "c"}})")
                                  << u"PATCH /instances/{id} changes only name and tags, not: providerData."_s;
    QTest::newRow("configuration") << QByteArray(R"({"configuration": {"a": "b"}})")
                                   << u"PATCH /instances/{id} changes only name and tags, not: configuration."_s;
    QTest::newRow("id") << QByteArray(R"({"id": 1, "tags": []})")
                        << u"PATCH /instances/{id} changes only name and tags, not: id."_s;
    QTest::newRow("several") << QByteArray(R"({"element": {"id": 1}, "disabled": true, "name": "x"})")
                             << u"PATCH /instances/{id} changes only name and tags, not: disabled, element."_s;
    QTest::newRow("nothing") << QByteArray("{}") << u"Nothing to change: give name, tags or both."_s;
}

void TstSandboxLifecycle::patchRefusesOtherFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QJsonObject instance;
    CHECK(created(&instance));
    CHECK(checkError(send("PATCH", api(pathOf(instance)), "application/json", body), 400, message));
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object(), instance);
}

void TstSandboxLifecycle::patchChecksValues_data()
{
    QTest::addColumn<QString>("path");  // {id}: the instance's
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray json = "application/json";
    const QByteArray good = goodAuth();
    QTest::newRow("wrong secrets") << u"{id}"_s << json << QByteArray(R"({"name": "x"})")
                                   << QByteArray("User a, Organization b") << 401 << InvalidSecrets;
    QTest::newRow("no such instance") << u"424242"_s << json << QByteArray(R"({"name": "x"})") << good << 404
                                      << u"No instance found with id 424242"_s;
    QTest::newRow("not JSON content") << u"{id}"_s << QByteArray("text/plain") << QByteArray(R"({"name": "x"})")
                                      << good << 415 << UnsupportedMediaType;
    QTest::newRow("not JSON") << u"{id}"_s << json << QByteArray("name=x") << good << 400 << QString();
    QTest::newRow("an array") << u"{id}"_s << json << QByteArray("[]") << good << 400
                              << u"The request body must be a JSON object."_s;
    QTest::newRow("name a number") << u"{id}"_s << json << QByteArray(R"({"name": 5})") << good << 400
                                   << u"name must be a string."_s;
    QTest::newRow("name blank") << u"{id}"_s << json << QByteArray(R"({"name": "  "})") << good << 400
                                << u"name must not be empty."_s;
    QTest::newRow("tags a string") << u"{id}"_s << json << QByteArray(R"({"tags": "a"})") << good << 400
                                   << u"tags must be an array of strings."_s;
    QTest::newRow("tags with a number") << u"{id}"_s << json << QByteArray(R"({"tags": ["a", 1]})") << good << 400
                                        << u"tags must be an array of strings."_s;
}

void TstSandboxLifecycle::patchChecksValues()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, message);
    QJsonObject instance;
    CHECK(created(&instance));
    path.replace(u"{id}"_s, QString::number(instance.value("id"_L1).toInt()));
    CHECK(checkError(send("PATCH", api(u"/instances/"_s + path), contentType, body, authorization), status, message));
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object(), instance);
}

// DELETE /enabled disables, PUT /enabled enables; both answer the instance, both may be
// repeated; GET shows the state.
void TstSandboxLifecycle::disableAndEnable()
{
    QJsonObject instance;
    CHECK(created(&instance));
    const QUrl enabled = api(pathOf(instance, u"/enabled"_s));
    for (int round = 0; round < 2; ++round) {
        const Response disabled = send("DELETE", enabled);
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.object().value("disabled"_L1), QJsonValue(true));
        QCOMPARE(disabled.object().value("id"_L1), instance.value("id"_L1));
    }
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object().value("disabled"_L1), QJsonValue(true));
    const Response listed = get(api(u"/instances"_s), goodAuth());
    QCOMPARE(listed.array().first().toObject().value("disabled"_L1), QJsonValue(true));
    for (int round = 0; round < 2; ++round) {
        const Response again = send("PUT", enabled);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object().value("disabled"_L1), QJsonValue(false));
    }
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object(), instance);
    QCOMPARE(server->calls(Endpoint::DisableInstance).size(), 2);
    QCOMPARE(server->calls(Endpoint::EnableInstance).size(), 2);

    CHECK(checkError(send("PUT", api(u"/instances/999/enabled"_s)), 404, u"No instance found with id 999"_s));
    CHECK(checkError(send("DELETE", enabled, {}, {}, "User a, Organization b"), 401, InvalidSecrets));
}

// Calls made with a disabled instance's Element token answer 403, except the one that
// enables it; User and Organization alone still work; other instances' tokens too.
void TstSandboxLifecycle::disabledInstanceTokenGets403()
{
    QJsonObject instance, other;
    CHECK(created(&instance));
    CHECK(created(&other));
    const QByteArray withToken = authWithElement(instance.value("token"_L1).toString());
    QCOMPARE(get(api(pathOf(instance)), withToken).status, 200);
    QCOMPARE(send("DELETE", api(pathOf(instance, u"/enabled"_s))).status, 200);

    const QString disabled = u"The instance %1 is disabled: enable it with PUT /instances/%1/enabled."_s.arg(
        instance.value("id"_L1).toInt());
    CHECK(checkError(get(api(pathOf(instance)), withToken), 403, disabled));
    CHECK(checkError(get(api(u"/instances"_s), withToken), 403, disabled));
    CHECK(checkError(patchJson(pathOf(instance), {{u"name"_s, u"x"_s}}, withToken), 403, disabled));
    Grant g;
    CHECK(grant(&g));
    CHECK(checkError(get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(g)), withToken), 403, disabled));
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).status, 200);
    QCOMPARE(get(api(pathOf(other)), authWithElement(other.value("token"_L1).toString())).status, 200);

    // Enabling is what the token may still do; then it works again.
    QCOMPARE(send("PUT", api(pathOf(instance, u"/enabled"_s)), {}, {}, withToken).status, 200);
    QCOMPARE(get(api(pathOf(instance)), withToken).status, 200);
}

// After DELETE, every call on the instance answers 404, and its token is no longer valid.
void TstSandboxLifecycle::deletedInstanceAnswers404Everywhere()
{
    QJsonObject instance;
    CHECK(created(&instance));
    const QByteArray withToken = authWithElement(instance.value("token"_L1).toString());
    const Response deleted = del(api(pathOf(instance)));
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    const QString gone = u"No instance found with id %1"_s.arg(instance.value("id"_L1).toInt());
    CHECK(checkError(get(api(pathOf(instance)), goodAuth()), 404, gone));
    CHECK(checkError(del(api(pathOf(instance))), 404, gone));
    CHECK(checkError(patchJson(pathOf(instance), {{u"name"_s, u"x"_s}}), 404, gone));
    CHECK(checkError(send("PUT", api(pathOf(instance, u"/enabled"_s))), 404, gone));
    CHECK(checkError(send("DELETE", api(pathOf(instance, u"/enabled"_s))), 404, gone));
    Grant g;
    CHECK(grant(&g));
    CHECK(checkError(putJson(pathOf(instance), instanceBody(g)), 404, gone));
    CHECK(checkError(get(api(u"/instances"_s), withToken), 401, InvalidSecrets));
    // The grant the failed PUT carried is still good.
    QCOMPARE(postJson(u"/instances"_s, instanceBody(g)).status, 200);
}

// ?tags[]=a&tags[]=b keeps the instances that carry every tag given; tags are matched
// exactly, whatever characters they hold.
void TstSandboxLifecycle::listFiltersByEveryTagGiven()
{
    QJsonObject a, b;
    CHECK(created(&a, {u"finance"_s, u"a&b =+%"_s}));
    CHECK(created(&b, {u"finance"_s, u"späti"_s}));
    const auto ids = [this](const QStringList &tags) {
        QUrlQuery q;
        for (const QString &t : tags)
            q.addQueryItem(u"tags[]"_s, QString::fromLatin1(QUrl::toPercentEncoding(t)));
        QList<int> out;
        const Response r = get(api(u"/instances"_s, q), goodAuth());
        for (const QJsonValue &v : r.array())
            out.append(v.toObject().value("id"_L1).toInt());
        return out;
    };
    const int idA = a.value("id"_L1).toInt(), idB = b.value("id"_L1).toInt();
    QCOMPARE(ids({}), QList<int>({idA, idB}));
    QCOMPARE(ids({u"finance"_s}), QList<int>({idA, idB}));
    QCOMPARE(ids({u"a&b =+%"_s}), QList<int>{idA});
    QCOMPARE(ids({u"späti"_s}), QList<int>{idB});
    QCOMPARE(ids({u"finance"_s, u"späti"_s}), QList<int>{idB});
    QCOMPARE(ids({u"a&b"_s}), QList<int>());
    QCOMPARE(ids({u"Finance"_s}), QList<int>());
}

void TstSandboxLifecycle::eventSettings_data()
{
    QTest::addColumn<QJsonObject>("events");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");  // the 400's message, or empty
    const QString hook = u"https://hooks.example.com/ce-events"_s;
    QTest::newRow("none") << QJsonObject() << 200 << QString();
    QTest::newRow("off") << QJsonObject{{u"event.notification.enabled"_s, u"false"_s}} << 200 << QString();
    QTest::newRow("on, webhook")
        << QJsonObject{{u"event.notification.enabled"_s, u"true"_s}, {u"event.vendor.type"_s, u"webhook"_s},
                       {u"event.notification.callback.url"_s, hook},
                       {u"event.notification.signature.key"_s, u"sig-key-1234"_s}}
        << 200 << QString();
    QTest::newRow("on, polling every 15 minutes")
        << QJsonObject{{u"event.notification.enabled"_s, u"true"_s}, {u"event.vendor.type"_s, u"polling"_s},
                       {u"event.poller.refresh_interval"_s, u"15"_s}, {u"event.notification.callback.url"_s, hook}}
        << 200 << QString();
    QTest::newRow("enabled as a JSON boolean")
        << QJsonObject{{u"event.notification.enabled"_s, true}, {u"event.notification.callback.url"_s, hook}} << 400
        << u"configuration.event.notification.enabled must be the string \"true\" or \"false\", "
           u"not the JSON boolean true."_s;
    QTest::newRow("enabled as false boolean")
        << QJsonObject{{u"event.notification.enabled"_s, false}} << 400
        << u"configuration.event.notification.enabled must be the string \"true\" or \"false\", "
           u"not the JSON boolean false."_s;
    QTest::newRow("enabled yes") << QJsonObject{{u"event.notification.enabled"_s, u"yes"_s}} << 400
                                 << u"configuration.event.notification.enabled must be the string \"true\" or "
                                    u"\"false\", not \"yes\"."_s;
    QTest::newRow("on without a callback")
        << QJsonObject{{u"event.notification.enabled"_s, u"true"_s}} << 400
        << u"configuration.event.notification.callback.url is required when event.notification.enabled is "
           u"\"true\": it is where the events are posted."_s;
    QTest::newRow("on with a blank callback")
        << QJsonObject{{u"event.notification.enabled"_s, u"true"_s}, {u"event.notification.callback.url"_s, u" "_s}}
        << 400
        << u"configuration.event.notification.callback.url is required when event.notification.enabled is "
           u"\"true\": it is where the events are posted."_s;
    QTest::newRow("callback ftp")
        << QJsonObject{{u"event.notification.enabled"_s, u"true"_s},
                       {u"event.notification.callback.url"_s, u"ftp://hooks.example.com/x"_s}}
        << 400 << u"configuration.event.notification.callback.url must be an absolute http or https URL."_s;
    QTest::newRow("callback relative")
        << QJsonObject{{u"event.notification.enabled"_s, u"false"_s},
                       {u"event.notification.callback.url"_s, u"/events"_s}}
        << 400 << u"configuration.event.notification.callback.url must be an absolute http or https URL."_s;
    QTest::newRow("vendor push")
        << QJsonObject{{u"event.vendor.type"_s, u"push"_s}} << 400
        << u"configuration.event.vendor.type must be \"webhook\" or \"polling\", not \"push\"."_s;
    QTest::newRow("interval with webhooks")
        << QJsonObject{{u"event.vendor.type"_s, u"webhook"_s}, {u"event.poller.refresh_interval"_s, u"15"_s}} << 400
        << u"configuration.event.poller.refresh_interval applies only when event.vendor.type is \"polling\"."_s;
    QTest::newRow("interval without a type")
        << QJsonObject{{u"event.poller.refresh_interval"_s, u"15"_s}} << 400
        << u"configuration.event.poller.refresh_interval applies only when event.vendor.type is \"polling\"."_s;
    for (const QJsonValue &bad : {QJsonValue(u"0"_s), QJsonValue(u"-5"_s), QJsonValue(u"1.5"_s), QJsonValue(u""_s),
                                  QJsonValue(u"99999999999"_s), QJsonValue(15)}) {
        const QString shown = bad.isString() ? u"\"%1\""_s.arg(bad.toString()) : u"a number"_s;
        QTest::addRow("interval %s", qPrintable(shown))
            << QJsonObject{{u"event.vendor.type"_s, u"polling"_s}, {u"event.poller.refresh_interval"_s, bad}} << 400
            << u"configuration.event.poller.refresh_interval must be a positive whole number of minutes as a string "
               u"(\"15\"), not %1."_s.arg(shown);
    }
}

// On create: the event settings are checked; the instance shows them (the signature key
// masked) and eventsEnabled follows them.
void TstSandboxLifecycle::eventSettings()
{
    QFETCH(QJsonObject, events);
    QFETCH(int, status);
    QFETCH(QString, message);
    Grant g;
    CHECK(grant(&g));
    QJsonObject body = instanceBody(g);
    QJsonObject configuration = body.value("configuration"_L1).toObject();
    for (auto it = events.constBegin(); it != events.constEnd(); ++it)
        configuration.insert(it.key(), it.value());
    body.insert(u"configuration"_s, configuration);
    const Response r = postJson(u"/instances"_s, body);
    if (status != 200) {
        CHECK(checkError(r, status, message));
        QVERIFY(server->instances().isEmpty());
        return;
    }
    QCOMPARE(r.status, 200);
    const QJsonObject shown = r.object().value("configuration"_L1).toObject();
    for (auto it = events.constBegin(); it != events.constEnd(); ++it) {
        if (it.key().endsWith(u".signature.key"_s))
            QCOMPARE(shown.value(it.key()).toString(), u"********"_s);
        else
            QCOMPARE(shown.value(it.key()), it.value());
    }
    QCOMPARE(r.object().value("eventsEnabled"_L1),
             QJsonValue(events.value("event.notification.enabled"_L1).toString() == "true"_L1));
    QVERIFY(!r.body.contains("sig-key-1234"));
}

// PUT checks the same settings, and turning events on through it shows.
void TstSandboxLifecycle::eventSettingsOnReauthorization()
{
    QJsonObject instance;
    CHECK(created(&instance));
    QCOMPARE(instance.value("eventsEnabled"_L1), QJsonValue(false));
    Grant g;
    CHECK(grant(&g));
    QJsonObject body = instanceBody(g);
    replace(&body, u"configuration"_s, u"event.notification.enabled"_s, u"true"_s);
    const Response refused = putJson(pathOf(instance), body);
    CHECK(checkError(refused, 400));
    QVERIFY2(refused.message().contains(u"callback.url is required"_s), qPrintable(refused.message()));
    QJsonObject configuration = body.value("configuration"_L1).toObject();
    configuration.insert(u"event.notification.enabled"_s, true);
    configuration.insert(u"event.notification.callback.url"_s, u"https://hooks.example.com/e"_s);
    body.insert(u"configuration"_s, configuration);
    CHECK(checkError(putJson(pathOf(instance), body), 400));
    // The grant survives refusals: the right body goes through with it.
    replace(&body, u"configuration"_s, u"event.notification.enabled"_s, u"true"_s);
    const Response r = putJson(pathOf(instance), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("eventsEnabled"_L1), QJsonValue(true));
    QCOMPARE(r.object().value("configuration"_L1).toObject().value("event.notification.callback.url"_L1).toString(),
             u"https://hooks.example.com/e"_s);
}

void TstSandboxLifecycle::faultsApplyToEveryLifecycleCall_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::newRow("PUT /instances/{id}") << int(Endpoint::UpdateInstance);
    QTest::newRow("PATCH /instances/{id}") << int(Endpoint::PatchInstance);
    QTest::newRow("PUT /instances/{id}/enabled") << int(Endpoint::EnableInstance);
    QTest::newRow("DELETE /instances/{id}/enabled") << int(Endpoint::DisableInstance);
    QTest::newRow("DELETE /instances/{id}") << int(Endpoint::DeleteInstance);
}

// The injected fault answers instead of the call, which changes nothing; the next call
// goes through.
void TstSandboxLifecycle::faultsApplyToEveryLifecycleCall()
{
    QFETCH(int, endpoint);
    QJsonObject instance;
    CHECK(created(&instance));
    Grant g;
    if (Endpoint(endpoint) == Endpoint::UpdateInstance)
        CHECK(grant(&g));
    const auto call = [&] {
        switch (Endpoint(endpoint)) {
        case Endpoint::UpdateInstance: return putJson(pathOf(instance), instanceBody(g, u"New"_s));
        case Endpoint::PatchInstance: return patchJson(pathOf(instance), {{u"name"_s, u"New"_s}});
        case Endpoint::EnableInstance: return send("PUT", api(pathOf(instance, u"/enabled"_s)));
        case Endpoint::DisableInstance: return send("DELETE", api(pathOf(instance, u"/enabled"_s)));
        default: return del(api(pathOf(instance)));
        }
    };
    server->addFault(Endpoint(endpoint), fault(Kind::HttpError, 503));
    CHECK(checkError(call(), 503));
    QCOMPARE(server->calls(Endpoint(endpoint)).size(), 1);
    QCOMPARE(server->calls(Endpoint(endpoint)).last().status, 503);
    QCOMPARE(get(api(pathOf(instance)), goodAuth()).object(), instance);

    server->addFault(Endpoint(endpoint), fault(Kind::HtmlError, 502));
    const Response html = call();
    QCOMPARE(html.status, 502);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));

    const Response real = call();
    QCOMPARE(real.status, 200);
    QCOMPARE(server->calls(Endpoint(endpoint)).size(), 3);
}

QTEST_GUILESS_MAIN(TstSandboxLifecycle)
#include "tst_sandbox_lifecycle.moc"
