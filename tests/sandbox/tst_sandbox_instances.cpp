// The instance resource over HTTP: the instance created at the end of the documented flow
// (step 4) as the platform answers it, read, listed, filtered and deleted; the checks of
// POST /instances in their order; what a grant must match.
#include "sandboxtest.h"

#include "core/elementdescription.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace ce::test;
using Endpoint = SandboxCall::Endpoint;

class TstSandboxInstances : public SandboxTest
{
    Q_OBJECT

private slots:
    // The documented flow, step 4, and after
    void createdInstanceHasAnIdANameAndAToken();
    void createdInstanceDescribesItsElement();
    void createdInstanceHasThePlatformsSettings();
    void createdInstanceConfigurationIsFilledInAndMasked();
    void createdInstanceCarriesNoSecret();
    void instanceIsReadListedAndFiltered();
    void deletedInstanceIsGone();

    // What POST /instances refuses
    void createChecksInOrder();
    void missingEntries();
    void tokenReuse();
    void notYetAuthorized();
    void mismatch_data();
    void mismatch();
    void siteAddressForms();
};

// Step 4: the instance, as the platform answers it: a new id, the name given, a token.
void TstSandboxInstances::createdInstanceHasAnIdANameAndAToken()
{
    Walk w;
    CHECK(walk(&w, Step::Create));
    const Response &created = w.at(Step::Create);
    QCOMPARE(created.status, 200);
    const QJsonObject instance = created.object();
    const int id = instance.value("id"_L1).toInt();
    QVERIFY(instance.value("id"_L1).isDouble());
    QVERIFY(id > 0);
    QCOMPARE(instance.value("name"_L1).toString(), u"Test"_s);
    QCOMPARE(instance.value("token"_L1).toString().size(), 36);
    QVERIFY(!QByteArray::fromBase64(instance.value("token"_L1).toString().toLatin1()).isEmpty());
}

// The instance's element, as the element description has it.
void TstSandboxInstances::createdInstanceDescribesItsElement()
{
    Walk w;
    CHECK(walk(&w, Step::Create));
    const ce::ElementDescription &fb = ce::test::freshbooks();
    const QJsonObject element = w.instance().value("element"_L1).toObject();
    QCOMPARE(element.value("id"_L1).toInteger(), fb.elementId);
    QCOMPARE(element.value("name"_L1).toString(), fb.name);
    QCOMPARE(element.value("key"_L1).toString(), u"freshbooks"_s);
    QCOMPARE(element.value("description"_L1).toString(), fb.description);
    QCOMPARE(element.value("image"_L1).toString(), fb.image);
    QCOMPARE(element.value("active"_L1), QJsonValue(true));
    QCOMPARE(element.value("deleted"_L1), QJsonValue(false));
    QCOMPARE(element.value("typeOauth"_L1), QJsonValue(false));
    QCOMPARE(element.value("trialAccount"_L1), QJsonValue(false));
    QCOMPARE(element.value("resources"_L1), QJsonValue(QJsonArray()));
}

// The instance's settings as the platform sets them, its tags, its owner and when it was made.
void TstSandboxInstances::createdInstanceHasThePlatformsSettings()
{
    Walk w;
    CHECK(walk(&w, Step::Create));
    const QJsonObject instance = w.instance();
    QCOMPARE(instance.value("provisionInteractions"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(instance.value("valid"_L1), QJsonValue(true));
    QCOMPARE(instance.value("disabled"_L1), QJsonValue(false));
    QCOMPARE(instance.value("maxCacheSize"_L1), QJsonValue(0));
    QCOMPARE(instance.value("cacheTimeToLive"_L1), QJsonValue(0));
    QCOMPARE(instance.value("eventsEnabled"_L1), QJsonValue(false));
    QCOMPARE(instance.value("cachingEnabled"_L1), QJsonValue(false));
    QCOMPARE(instance.value("traceLoggingEnabled"_L1), QJsonValue(false));
    QCOMPARE(instance.value("tags"_L1), QJsonValue(QJsonArray{u"sandbox"_s, u"test"_s}));
    QCOMPARE(instance.value("user"_L1).toObject().value("id"_L1), QJsonValue(1));
    const QDateTime created_at = QDateTime::fromString(instance.value("createdDate"_L1).toString(), Qt::ISODateWithMs);
    QVERIFY(created_at.isValid());
    QCOMPARE(created_at.timeSpec(), Qt::UTC);
}

// The instance's configuration: the element's defaults with the site filled in, what was
// sent under the platform's names, secrets masked.
void TstSandboxInstances::createdInstanceConfigurationIsFilledInAndMasked()
{
    Walk w;
    CHECK(walk(&w, Step::Create));
    const QJsonObject config = w.instance().value("configuration"_L1).toObject();
    QCOMPARE(config.value("base.url"_L1).toString(), u"https://acme.freshbooks.com/api/2.1"_s);
    QCOMPARE(config.value("oauth.authorization.url"_L1).toString(),
             u"https://acme.freshbooks.com/oauth/oauth_authorize.php"_s);
    QCOMPARE(config.value("oauth.token.url"_L1).toString(), u"https://acme.freshbooks.com/oauth/oauth_access.php"_s);
    QCOMPARE(config.value("site.address"_L1).toString(), u"acme.freshbooks.com"_s);
    QCOMPARE(config.value("oauth.api.key"_L1).toString(), u"mycompany"_s);
    QCOMPARE(config.value("oauth.api.secret"_L1).toString(), u"********"_s);
    QCOMPARE(config.value("oauth.callback.url"_L1).toString(), w.grant.callback);
    QCOMPARE(config.value("oauth.user.token"_L1).toString(), u"********"_s);
    QCOMPARE(config.value("oauth.user.token.secret"_L1).toString(), u"********"_s);
    QCOMPARE(config.value("pagination.max"_L1).toString(), u"100"_s);
    QCOMPARE(config.value("event.notification.enabled"_L1).toString(), u"false"_s);
    QVERIFY(config.contains("event.notification.callback.url"_L1));
    QVERIFY(config.value("event.notification.callback.url"_L1).isNull());
    QVERIFY(!config.contains("freshbooks.site.address"_L1));
}

// No secret of the exchange comes back; the sandbox holds the instance.
void TstSandboxInstances::createdInstanceCarriesNoSecret()
{
    Walk w;
    CHECK(walk(&w, Step::Create));
    const Response &created = w.at(Step::Create);
    QVERIFY(!created.body.contains(w.grant.apiSecret.toUtf8()));
    QVERIFY(!created.body.contains(w.grant.secret.toUtf8()));
    QVERIFY(!created.body.contains(w.grant.verifier.toUtf8()));
    QCOMPARE(server->instances(), QList<QJsonObject>{w.instance()});
}

// The instance is read and listed as it was created; a tag filter keeps it or leaves it out.
void TstSandboxInstances::instanceIsReadListedAndFiltered()
{
    Walk w;
    CHECK(walk(&w, Step::ListOtherTag));
    const QJsonObject instance = w.instance();
    const Response &fetched = w.at(Step::Read);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), instance);
    const Response &listed = w.at(Step::List);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.array(), QJsonArray{instance});
    QCOMPARE(w.at(Step::ListTagged).array().size(), 1);
    const Response &none = w.at(Step::ListOtherTag);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.array().size(), 0);
}

// A deleted instance is gone: 200 with no body, then 404.
void TstSandboxInstances::deletedInstanceIsGone()
{
    Walk w;
    CHECK(walk(&w, Step::ReadDeleted));
    const Response &deleted = w.at(Step::Delete);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    const int id = w.instance().value("id"_L1).toInt();
    CHECK(checkError(w.at(Step::ReadDeleted), 404, u"No instance found with id %1"_s.arg(id)));
    QVERIFY(server->instances().isEmpty());
}

void TstSandboxInstances::createChecksInOrder()
{
    // 401 before 415 before 400 before 404.
    const QByteArray wrong = "User a, Organization b";
    CHECK(checkError(post(api(u"/instances"_s), "text/plain", "{}", wrong), 401, InvalidSecrets));
    CHECK(checkError(post(api(u"/instances"_s), "text/plain", "{}", goodAuth()), 415, UnsupportedMediaType));
    CHECK(checkError(post(api(u"/instances"_s), "application/x-www-form-urlencoded", "a=b", goodAuth()), 415,
                     UnsupportedMediaType));
    // No Content-Type at all (QNetworkAccessManager would add one).
    const QByteArray noType = rawExchange("POST /elements/api-v2/instances HTTP/1.1\r\nHost: " + hostHeader() + "\r\n"
                                          "Authorization: " + goodAuth() + "\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY2(noType.startsWith("HTTP/1.1 415"), noType.constData());
    QVERIFY(noType.contains(UnsupportedMediaType.toLatin1()));
    QCOMPARE(server->calls(Endpoint::CreateInstance).last().status, 415);
    CHECK(checkError(post(api(u"/instances"_s), "application/json", "[1, 2]", goodAuth()), 400));
    CHECK(checkError(post(api(u"/instances"_s), "application/json", "nonsense", goodAuth()), 400));
    CHECK(checkError(post(api(u"/instances"_s), "application/json", "", goodAuth()), 400));
    CHECK(checkError(post(api(u"/instances"_s), "application/json",
                          R"({"element": {"key": "nope"}})", goodAuth()),
                     404, u"No element found with key nope"_s));
    CHECK(checkError(post(api(u"/elements/nope/instances"_s), "application/json", "{}", goodAuth()), 404,
                     u"No element found with key nope"_s));
    const Response noKey = post(api(u"/instances"_s), "application/json", "{}", goodAuth());
    CHECK(checkError(noKey, 400));
    QVERIFY(noKey.message().contains(u"element.key"_s));
    // A charset parameter is fine: it gets as far as the missing entries.
    const Response charset = post(api(u"/instances"_s), "Application/JSON; charset=utf-8",
                                  R"({"element": {"key": "freshbooks"}})", goodAuth());
    CHECK(checkError(charset, 400));
    QVERIFY(charset.message().startsWith(u"Missing required entries: "_s));
    // The element may be named by its id, too.
    const Response byId = post(api(u"/instances"_s), "application/json", R"({"element": {"id": 172}})", goodAuth());
    CHECK(checkError(byId, 400));
    QVERIFY(byId.message().startsWith(u"Missing required entries: "_s));
}

void TstSandboxInstances::missingEntries()
{
    const ce::ElementDescription &fb = ce::test::freshbooks();
    QStringList all;
    for (const ce::ProviderDataEntry &f : fb.providerData) {
        if (f.required)
            all.append(u"providerData."_s + f.key);
    }
    for (const ce::ConfigurationEntry &p : fb.configuration) {
        if (p.required)
            all.append(u"configuration."_s + p.key);
    }
    QCOMPARE(all.size(), 6);

    // Nothing at all: every required entry is named, in one message.
    const Response nothing = postJson(u"/instances"_s, QJsonObject{{u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}}}});
    CHECK(checkError(nothing, 400, u"Missing required entries: "_s + all.join(", "_L1)));

    // The same through POST /elements/freshbooks/instances.
    const Response viaPath = postJson(u"/elements/freshbooks/instances"_s, QJsonObject());
    CHECK(checkError(viaPath, 400, u"Missing required entries: "_s + all.join(", "_L1)));

    // Empty and blank values count as missing; given ones are not named.
    const QJsonObject partial{
        {u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}}},
        {u"providerData"_s, QJsonObject{{u"oauth_token"_s, u"t"_s}, {u"oauth_verifier"_s, u""_s}}},
        {u"configuration"_s, QJsonObject{{u"oauth.api.key"_s, u"k"_s},
                                         {u"oauth.api.secret"_s, u"   "_s},
                                         {u"freshbooks.site.address"_s, QJsonValue()}}},
    };
    const Response some = postJson(u"/instances"_s, partial);
    CHECK(checkError(some, 400,
                     u"Missing required entries: providerData.oauth_verifier, providerData.secret, "
                     u"configuration.oauth.api.secret, configuration.freshbooks.site.address"_s));
}

void TstSandboxInstances::tokenReuse()
{
    Grant g;
    CHECK(grant(&g));
    const Response first = postJson(u"/instances"_s, instanceBody(g));
    QCOMPARE(first.status, 200);
    const Response second = postJson(u"/instances"_s, instanceBody(g));
    CHECK(checkError(second, 400));
    QVERIFY2(second.message().contains(u"already been used"_s), qPrintable(second.message()));
    QCOMPARE(server->instances().size(), 1);
}

void TstSandboxInstances::notYetAuthorized()
{
    Grant g;
    CHECK(requestToken(&g));
    g.verifier = u"made-up"_s;
    const Response r = postJson(u"/instances"_s, instanceBody(g));
    CHECK(checkError(r, 400));
    QVERIFY2(r.message().contains(u"not been authorized"_s), qPrintable(r.message()));
}

void TstSandboxInstances::mismatch_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown token") << u"providerData"_s << u"oauth_token"_s << u"abc"_s << u"oauth_token"_s;
    QTest::newRow("verifier") << u"providerData"_s << u"oauth_verifier"_s << u"wrong"_s << u"oauth_verifier"_s;
    QTest::newRow("secret") << u"providerData"_s << u"secret"_s << u"wrong"_s << u"providerData.secret"_s;
    QTest::newRow("consumer key") << u"configuration"_s << u"oauth.api.key"_s << u"other"_s
                                  << u"configuration.oauth.api.key"_s;
    QTest::newRow("consumer secret") << u"configuration"_s << u"oauth.api.secret"_s << u"other"_s
                                     << u"configuration.oauth.api.secret"_s;
    QTest::newRow("site") << u"configuration"_s << u"freshbooks.site.address"_s << u"othersite"_s
                          << u"configuration.freshbooks.site.address"_s;
}

void TstSandboxInstances::mismatch()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Grant g;
    CHECK(grant(&g));
    QJsonObject body = instanceBody(g);
    replace(&body, section, key, value);
    const Response r = postJson(u"/instances"_s, body);
    CHECK(checkError(r, 400));
    QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
    QVERIFY(server->instances().isEmpty());
    // A mistake does not use the token up.
    QCOMPARE(postJson(u"/instances"_s, instanceBody(g)).status, 200);
}

void TstSandboxInstances::siteAddressForms()
{
    // The site may be given as a host name in the configuration; it is the same site.
    Grant g;
    CHECK(grant(&g));
    QJsonObject body = instanceBody(g);
    replace(&body, u"configuration"_s, u"freshbooks.site.address"_s, u"https://ACME.freshbooks.com/"_s);
    const Response r = postJson(u"/instances"_s, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("configuration"_L1).toObject().value("site.address"_L1).toString(),
             u"acme.freshbooks.com"_s);
}

QTEST_GUILESS_MAIN(TstSandboxInstances)
#include "tst_sandbox_instances.moc"
