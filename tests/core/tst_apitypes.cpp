// Unit tests of the typed views of Cloud Elements' answers (apitypes.h) and of ApiError.
#include "core/apierror.h"
#include "core/apitypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ce::ApiError;

Q_DECLARE_METATYPE(ce::ApiError::Kind)

namespace {

// Any JSON value, scalars included (a document's top level must be an object or array).
QJsonValue parse(const QByteArray &json)
{
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + json + "]").array();
    return wrapped.isEmpty() ? QJsonValue(QJsonValue::Undefined) : wrapped.first();
}

// "one or two sentences ..., ending in a period" (apierror.h); "(Request id x.)" counts.
bool endsLikeASentence(const QString &text)
{
    return text.endsWith(u'.') || text.endsWith(u".)"_s);
}

// The documentation's example answers, verbatim.
const QByteArray DocRequestToken = R"({
  "token": "qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7",
  "secret": "KKSbL0J2wLGMqhMXTEh1ERkSx9tsIbAHUevF"
})";

const QByteArray DocAuthorizationUrl = R"({
  "oauthUrl": "https://siteaddress.freshbooks.com/oauth/oauth_authorize.php?oauth_token=null&oauth_callback=https%3A%2F%2Fwww.mycoolapp.com%2Fauth%3Fstate%3Dfreshbooks",
  "element": "freshbooks"
})";

const QByteArray DocInstance = R"({
  "id": 123,
  "name": "Test",
  "token": "Ck9PmTdQ4WLe221gRtM0VAp2+trCYHBsEtA=",
  "element": {
    "id": 123,
    "name": "Freshbooks Beta",
    "key": "freshbooks",
    "description": "Add a Freshbooks Instance to connect your existing Freshbooks account to the Finance Hub",
    "image": "https://pbs.twimg.com/profile_images/111898528/fb-leaf_400x400.gif",
    "active": true,
    "deleted": false,
    "typeOauth": false,
    "trialAccount": false,
    "resources": []
  },
  "provisionInteractions": [],
  "valid": true,
  "disabled": false,
  "maxCacheSize": 0,
  "cacheTimeToLive": 0,
  "configuration": {
    "base.url": "https://{site.address}/api/2.1",
    "oauth.api.secret": "FRESHBOOKS_API_SECRET",
    "site.address": "FRESHBOOKS_SITE_ADDRESS",
    "oauth.token.url": "https://siteaddress.freshbooks.com/oauth/oauth_access.php",
    "oauth.user.token.secret": "USER SECRET",
    "pagination.max": "100",
    "event.vendor.type": "webhook",
    "oauth.request.url": "https://siteaddress.freshbooks.com/oauth/oauth_request.php",
    "oauth.user.token": "USER TOKEN",
    "oauth.authorization.url": "https://siteaddress.freshbooks.com/oauth/oauth_authorize.php",
    "pagination.type": "page",
    "event.notification.callback.url": null,
    "oauth.callback.url": "https://www.mycoolapp.com/auth",
    "oauth.api.key": "FRESHBOOKS_API_SECRET",
    "event.notification.enabled": "false"
  },
  "eventsEnabled": false,
  "cachingEnabled": false,
  "traceLoggingEnabled": false
})";

const QString RealToken = u"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7"_s;

// The real shape of step 2's answer: the doc's URL with the request token filled in.
QString oauthUrlWith(const QString &tokenQuery)
{
    return u"https://acme.freshbooks.com/oauth/oauth_authorize.php?"_s + tokenQuery
        + u"&oauth_callback=https%3A%2F%2Fwww.mycoolapp.com%2Fauth%3Fstate%3Dfreshbooks"_s;
}

QJsonObject docInstance()
{
    return QJsonDocument::fromJson(DocInstance).object();
}

QJsonObject docInstanceWith(const QString &key, const QJsonValue &value)
{
    QJsonObject o = docInstance();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

}  // namespace

class TstApiTypes : public QObject
{
    Q_OBJECT

private slots:
    void requestTokenFromDoc();
    void requestTokenRejects_data();
    void requestTokenRejects();
    void authorizationUrlAccepts_data();
    void authorizationUrlAccepts();
    void authorizationUrlRejects_data();
    void authorizationUrlRejects();
    void instanceFromDoc();
    void instanceVariants();
    void instanceRejects_data();
    void instanceRejects();
    void instancesFromJson();
    void instancePatch();

    void fromHttpCloudElementsBody();
    void fromHttpBodies_data();
    void fromHttpBodies();
    void fromHttpNamesStatus_data();
    void fromHttpNamesStatus();
    void otherErrors();
    void kindName_data();
    void kindName();
};

void TstApiTypes::requestTokenFromDoc()
{
    QString why;
    const auto t = ce::RequestToken::fromJson(parse(DocRequestToken), &why);
    QVERIFY2(t, qPrintable(why));
    QCOMPARE(t->token, RealToken);
    QCOMPARE(t->secret, u"KKSbL0J2wLGMqhMXTEh1ERkSx9tsIbAHUevF"_s);
    // Extra fields are tolerated.
    QVERIFY(ce::RequestToken::fromJson(parse(R"({"token": "abc", "secret": "def", "expires": 600})")));
}

void TstApiTypes::requestTokenRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");  // the reason must mention it

    QTest::newRow("array") << QByteArray(R"([{"token": "a", "secret": "b"}])") << u"token"_s;
    QTest::newRow("string") << QByteArray(R"("token")") << u"token"_s;
    QTest::newRow("null") << QByteArray("null") << u"token"_s;
    QTest::newRow("empty object") << QByteArray("{}") << u"token"_s;
    QTest::newRow("missing token") << QByteArray(R"({"secret": "b"})") << u"token"_s;
    QTest::newRow("missing secret") << QByteArray(R"({"token": "a"})") << u"secret"_s;
    QTest::newRow("token null") << QByteArray(R"({"token": null, "secret": "b"})") << u"token"_s;
    QTest::newRow("token \"null\"") << QByteArray(R"({"token": "null", "secret": "b"})") << u"null"_s;
    QTest::newRow("token empty") << QByteArray(R"({"token": "", "secret": "b"})") << u"token"_s;
    QTest::newRow("token blank") << QByteArray(R"({"token": "  ", "secret": "b"})") << u"token"_s;
    QTest::newRow("token number") << QByteArray(R"({"token": 12345, "secret": "b"})") << u"token"_s;
    QTest::newRow("token object") << QByteArray(R"({"token": {"value": "a"}, "secret": "b"})") << u"token"_s;
    QTest::newRow("secret number") << QByteArray(R"({"token": "a", "secret": 5})") << u"secret"_s;
    QTest::newRow("secret bool") << QByteArray(R"({"token": "a", "secret": true})") << u"secret"_s;
}

void TstApiTypes::requestTokenRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!ce::RequestToken::fromJson(parse(json), &why));
    QVERIFY(!why.isEmpty());
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(!ce::RequestToken::fromJson(parse(json)));  // no crash without `why`
}

void TstApiTypes::authorizationUrlAccepts_data()
{
    QTest::addColumn<QString>("oauthUrl");
    QTest::addColumn<QString>("expected");  // expectedToken passed in

    QTest::newRow("real, no expectation") << oauthUrlWith(u"oauth_token="_s + RealToken) << QString();
    QTest::newRow("real, expected token") << oauthUrlWith(u"oauth_token="_s + RealToken) << RealToken;
    QTest::newRow("token last") << u"https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_callback=x&oauth_token=abc"_s
                                << u"abc"_s;
    QTest::newRow("encoded token") << oauthUrlWith(u"oauth_token=a%2Bb%2F"_s) << u"a+b/"_s;
    QTest::newRow("http sandbox") << u"http://127.0.0.1:8123/oauth/authorize?oauth_token=tok1"_s << u"tok1"_s;
    QTest::newRow("padded") << u"  https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_token=tok1 "_s
                            << u"tok1"_s;
}

void TstApiTypes::authorizationUrlAccepts()
{
    QFETCH(QString, oauthUrl);
    QFETCH(QString, expected);
    QString why;
    const auto a = ce::AuthorizationUrl::fromJson(QJsonObject{{u"oauthUrl"_s, oauthUrl}, {u"element"_s, u"freshbooks"_s}},
                                                  expected, &why);
    QVERIFY2(a, qPrintable(why));
    QVERIFY(a->url.isValid());
    QCOMPARE(a->url.toString(), oauthUrl.trimmed());
    QCOMPARE(a->element, u"freshbooks"_s);
}

void TstApiTypes::authorizationUrlRejects_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");

    auto answer = [](const QString &url) { return QJsonValue(QJsonObject{{u"oauthUrl"_s, url}, {u"element"_s, u"freshbooks"_s}}); };
    QTest::newRow("the doc's example (oauth_token=null)") << parse(DocAuthorizationUrl) << QString() << u"null"_s;
    QTest::newRow("doc's example with expectation") << parse(DocAuthorizationUrl) << RealToken << u"null"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{answer(oauthUrlWith(u"oauth_token=a"_s))}) << QString()
                           << u"oauthUrl"_s;
    QTest::newRow("string") << QJsonValue(oauthUrlWith(u"oauth_token=a"_s)) << QString() << u"oauthUrl"_s;
    QTest::newRow("missing oauthUrl") << QJsonValue(QJsonObject{{u"element"_s, u"freshbooks"_s}}) << QString()
                                      << u"oauthUrl"_s;
    QTest::newRow("oauthUrl null") << QJsonValue(QJsonObject{{u"oauthUrl"_s, QJsonValue::Null}}) << QString()
                                   << u"oauthUrl"_s;
    QTest::newRow("oauthUrl number") << QJsonValue(QJsonObject{{u"oauthUrl"_s, 42}}) << QString() << u"oauthUrl"_s;
    QTest::newRow("oauthUrl empty") << answer(QString()) << QString() << u"oauthUrl"_s;
    QTest::newRow("token empty") << answer(oauthUrlWith(u"oauth_token="_s)) << QString() << u"oauth_token"_s;
    QTest::newRow("token missing") << answer(u"https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_callback=x"_s)
                                   << QString() << u"oauth_token"_s;
    QTest::newRow("no query") << answer(u"https://acme.freshbooks.com/oauth/oauth_authorize.php"_s) << QString()
                              << u"oauth_token"_s;
    QTest::newRow("token null") << answer(oauthUrlWith(u"oauth_token=null"_s)) << QString() << u"null"_s;
    QTest::newRow("token twice, null last") << answer(oauthUrlWith(u"oauth_token=tok1&oauth_token=null"_s))
                                            << u"tok1"_s << u"oauth_token"_s;
    QTest::newRow("token twice, other last") << answer(oauthUrlWith(u"oauth_token=tok1&oauth_token=tok2"_s))
                                             << u"tok1"_s << u"oauth_token"_s;
    QTest::newRow("token mismatch") << answer(oauthUrlWith(u"oauth_token=tok2"_s)) << u"tok1"_s << u"another"_s;
    QTest::newRow("token mismatch, prefix") << answer(oauthUrlWith(u"oauth_token=tok"_s)) << u"tok1"_s << u"another"_s;
    QTest::newRow("javascript") << answer(u"javascript:alert(1)//?oauth_token=tok1"_s) << QString() << u"http"_s;
    QTest::newRow("data") << answer(u"data:text/html,<script>x</script>?oauth_token=tok1"_s) << QString() << u"http"_s;
    QTest::newRow("file") << answer(u"file:///etc/passwd?oauth_token=tok1"_s) << QString() << u"http"_s;
    QTest::newRow("ftp") << answer(u"ftp://acme.freshbooks.com/x?oauth_token=tok1"_s) << QString() << u"http"_s;
    QTest::newRow("relative") << answer(u"/oauth/oauth_authorize.php?oauth_token=tok1"_s) << QString() << u"http"_s;
    QTest::newRow("no host") << answer(u"https:///oauth?oauth_token=tok1"_s) << QString() << u"http"_s;
    QTest::newRow("not a url") << answer(u"https://acme freshbooks.com/?oauth_token=tok1"_s) << QString() << u"http"_s;
}

void TstApiTypes::authorizationUrlRejects()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!ce::AuthorizationUrl::fromJson(json, expected, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(!ce::AuthorizationUrl::fromJson(json, expected));
}

void TstApiTypes::instanceFromDoc()
{
    QString why;
    const auto i = ce::Instance::fromJson(parse(DocInstance), &why);
    QVERIFY2(i, qPrintable(why));
    QCOMPARE(i->id, 123);
    QCOMPARE(i->name, u"Test"_s);
    QCOMPARE(i->token, u"Ck9PmTdQ4WLe221gRtM0VAp2+trCYHBsEtA="_s);
    QCOMPARE(i->elementKey, u"freshbooks"_s);
    QCOMPARE(i->elementName, u"Freshbooks Beta"_s);
    QCOMPARE(i->elementId, 123);
    QVERIFY(i->valid);
    QVERIFY(!i->disabled);
    QVERIFY(!i->eventsEnabled);
    QVERIFY(i->tags.isEmpty());
    QVERIFY(i->createdDate.isEmpty());
    QCOMPARE(i->configuration.size(), 15);
    QCOMPARE(i->configuration.value("site.address"_L1).toString(), u"FRESHBOOKS_SITE_ADDRESS"_s);
    QVERIFY(i->configuration.value("event.notification.callback.url"_L1).isNull());
    QCOMPARE(i->raw, docInstance());
}

void TstApiTypes::instanceVariants()
{
    // Tags as strings or (older API) objects; id as a numeric string; createdDate as text or epoch.
    QJsonObject o = docInstance();
    o.insert(u"tags"_s, QJsonArray{u"a"_s, QJsonObject{{u"name"_s, u"b"_s}}, 5});
    o.insert(u"id"_s, u"456"_s);
    o.insert(u"createdDate"_s, u"2024-01-02T03:04:05Z"_s);
    o.insert(u"disabled"_s, u"true"_s);
    o.insert(u"eventsEnabled"_s, true);
    auto i = ce::Instance::fromJson(o);
    QVERIFY(i);
    QCOMPARE(i->id, 456);
    QCOMPARE(i->tags, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(i->createdDate, u"2024-01-02T03:04:05Z"_s);
    QVERIFY(i->disabled);
    QVERIFY(i->eventsEnabled);

    o.insert(u"createdDate"_s, 1700000000000.0);
    i = ce::Instance::fromJson(o);
    QVERIFY(i);
    QCOMPARE(i->createdDate, u"1700000000000"_s);
    // Beyond qint64 (found by fuzz_apiresponses: the conversion was undefined behaviour).
    o.insert(u"createdDate"_s, 1.70901e+28);
    i = ce::Instance::fromJson(o);
    QVERIFY(i);
    QCOMPARE(i->createdDate, u"1.70901e+28"_s);

    // A minimal instance: id and name.
    i = ce::Instance::fromJson(QJsonObject{{u"id"_s, 9}, {u"name"_s, u"n"_s}});
    QVERIFY(i);
    QCOMPARE(i->id, 9);
    QVERIFY(i->token.isEmpty());
    QVERIFY(i->elementKey.isEmpty());
    QVERIFY(!i->valid);
}

void TstApiTypes::instanceRejects_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("array") << QJsonValue(QJsonArray{docInstance()}) << u"instance"_s;
    QTest::newRow("string") << QJsonValue(u"instance"_s) << u"instance"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"instance"_s;
    QTest::newRow("missing id") << QJsonValue(docInstanceWith(u"id"_s, QJsonValue::Undefined)) << u"id"_s;
    QTest::newRow("id zero") << QJsonValue(docInstanceWith(u"id"_s, 0)) << u"id"_s;
    QTest::newRow("id negative") << QJsonValue(docInstanceWith(u"id"_s, -1)) << u"id"_s;
    QTest::newRow("id fraction") << QJsonValue(docInstanceWith(u"id"_s, 1.5)) << u"id"_s;
    QTest::newRow("id huge") << QJsonValue(docInstanceWith(u"id"_s, 1e300)) << u"id"_s;
    QTest::newRow("id text") << QJsonValue(docInstanceWith(u"id"_s, u"abc"_s)) << u"id"_s;
    QTest::newRow("id bool") << QJsonValue(docInstanceWith(u"id"_s, true)) << u"id"_s;
    QTest::newRow("missing name") << QJsonValue(docInstanceWith(u"name"_s, QJsonValue::Undefined)) << u"name"_s;
    QTest::newRow("name number") << QJsonValue(docInstanceWith(u"name"_s, 5)) << u"name"_s;
    QTest::newRow("token number") << QJsonValue(docInstanceWith(u"token"_s, 5)) << u"token"_s;
    QTest::newRow("token object") << QJsonValue(docInstanceWith(u"token"_s, QJsonObject{})) << u"token"_s;
    QTest::newRow("element string") << QJsonValue(docInstanceWith(u"element"_s, u"freshbooks"_s)) << u"element"_s;
    QTest::newRow("valid yes") << QJsonValue(docInstanceWith(u"valid"_s, u"yes"_s)) << u"valid"_s;
    QTest::newRow("disabled number") << QJsonValue(docInstanceWith(u"disabled"_s, 1)) << u"disabled"_s;
    QTest::newRow("tags object") << QJsonValue(docInstanceWith(u"tags"_s, QJsonObject{})) << u"tags"_s;
    QTest::newRow("tags string") << QJsonValue(docInstanceWith(u"tags"_s, u"a"_s)) << u"tags"_s;
    QTest::newRow("configuration list") << QJsonValue(docInstanceWith(u"configuration"_s, QJsonArray{}))
                                        << u"configuration"_s;
}

void TstApiTypes::instanceRejects()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!ce::Instance::fromJson(json, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(!ce::Instance::fromJson(json));
}

void TstApiTypes::instancesFromJson()
{
    QString why;
    QJsonObject second = docInstance();
    second.insert(u"id"_s, 124);
    second.insert(u"name"_s, u"Second"_s);
    auto list = ce::instancesFromJson(QJsonArray{docInstance(), second}, &why);
    QVERIFY2(list, qPrintable(why));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, 123);
    QCOMPARE(list->at(1).id, 124);
    QCOMPARE(list->at(1).name, u"Second"_s);

    list = ce::instancesFromJson(QJsonArray{});
    QVERIFY(list);
    QVERIFY(list->isEmpty());

    QVERIFY(!ce::instancesFromJson(docInstance(), &why));
    QVERIFY(why.contains(u"list"_s));
    QVERIFY(!ce::instancesFromJson(QJsonValue(), &why));

    // One bad entry spoils the list, and the reason says which.
    QVERIFY(!ce::instancesFromJson(QJsonArray{docInstance(), 5}, &why));
    QVERIFY2(why.contains(u"entry 2"_s), qPrintable(why));
    QVERIFY(!ce::instancesFromJson(QJsonArray{docInstance(), docInstanceWith(u"id"_s, QJsonValue::Undefined)}, &why));
    QVERIFY2(why.contains(u"entry 2"_s) && why.contains(u"id"_s), qPrintable(why));
}

void TstApiTypes::fromHttpCloudElementsBody()
{
    const QByteArray body = R"({"requestId": "5b2f5e0ae4b0c59d9c0a2f11",
        "message": "Missing required configuration: oauth.api.key, freshbooks.site.address",
        "providerMessage": "Invalid consumer key"})";
    const ApiError e = ApiError::fromHttp(400, body, "application/json", u"Creating the instance"_s);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QVERIFY(e.isError());
    QVERIFY(bool(e));
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.serverMessage, u"Missing required configuration: oauth.api.key, freshbooks.site.address"_s);
    QCOMPARE(e.requestId, u"5b2f5e0ae4b0c59d9c0a2f11"_s);
    QCOMPARE(e.providerMessage, u"Invalid consumer key"_s);
    QVERIFY(e.text.startsWith(u"Creating the instance"_s));
    QVERIFY(e.text.contains(u"400"_s));
    QVERIFY(e.text.contains(e.serverMessage));
    QVERIFY(e.text.contains(e.providerMessage));
    QVERIFY(e.text.contains(e.requestId));
    QVERIFY2(endsLikeASentence(e.text), qPrintable(e.text));

    // The 401 of the reference, without a providerMessage.
    const ApiError u = ApiError::fromHttp(
        401, R"({"requestId": "5b2f5e0ae4b0c59d9c0a2f12", "message": "Invalid Organization or User secret, or invalid Element token provided."})",
        "application/json;charset=UTF-8", u"Listing instances"_s);
    QCOMPARE(u.serverMessage, u"Invalid Organization or User secret, or invalid Element token provided."_s);
    QVERIFY(u.providerMessage.isEmpty());
    QVERIFY(u.text.contains(u"401"_s));
    QVERIFY(!u.text.contains(u"The provider said"_s));
    QVERIFY2(endsLikeASentence(u.text), qPrintable(u.text));
    const ApiError noId = ApiError::fromHttp(409, R"({"message": "Instance name already in use"})", "", u"X"_s);
    QVERIFY2(endsLikeASentence(noId.text), qPrintable(noId.text));

    // A very long or multi-line message is kept readable.
    const QString longMessage = QString(2000, u'x');
    const ApiError l = ApiError::fromHttp(
        500, QJsonDocument(QJsonObject{{u"message"_s, QString(u"line one\nline two\t"_s + longMessage)}}).toJson(), "", u"X"_s);
    QVERIFY(!l.serverMessage.contains(u'\n'));
    QVERIFY(l.serverMessage.size() <= 501);
    QVERIFY(l.serverMessage.startsWith(u"line one line two"_s));

    // Cut short, a message must not end in half a character (an emoji is two UTF-16 units).
    QString emoji = u"x"_s;
    for (int n = 0; n < 400; ++n)
        emoji += u"\U0001F600"_s;
    const ApiError cut = ApiError::fromHttp(400, QJsonDocument(QJsonObject{{u"message"_s, emoji}}).toJson(), "", u"X"_s);
    QVERIFY(cut.serverMessage.size() < emoji.size());
    for (qsizetype n = 0; n < cut.serverMessage.size(); ++n) {
        const QChar c = cut.serverMessage.at(n);
        if (c.isHighSurrogate())
            QVERIFY2(n + 1 < cut.serverMessage.size() && cut.serverMessage.at(n + 1).isLowSurrogate(), "lone high surrogate");
        if (c.isLowSurrogate())
            QVERIFY2(n > 0 && cut.serverMessage.at(n - 1).isHighSurrogate(), "lone low surrogate");
    }
}

void TstApiTypes::fromHttpBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("says");  // in e.text

    QTest::newRow("html with type") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                    << QByteArray("text/html") << u"web page"_s;
    QTest::newRow("html without type") << 503 << QByteArray("\n  <!DOCTYPE html><html>Down</html>")
                                       << QByteArray() << u"web page"_s;
    QTest::newRow("html typed but empty-ish") << 504 << QByteArray("<") << QByteArray("TEXT/HTML; charset=utf-8")
                                              << u"web page"_s;
    QTest::newRow("empty body") << 500 << QByteArray() << QByteArray("application/json") << u"no body"_s;
    QTest::newRow("blank body") << 404 << QByteArray(" \r\n") << QByteArray() << u"no body"_s;
    QTest::newRow("plain text") << 500 << QByteArray("Internal error") << QByteArray("text/plain") << u"not JSON"_s;
    QTest::newRow("truncated json") << 400 << QByteArray(R"({"message": "Missing)") << QByteArray("application/json")
                                    << u"not JSON"_s;
    QTest::newRow("binary") << 500 << QByteArray::fromHex("00ff10fe") << QByteArray() << u"not JSON"_s;
    QTest::newRow("json without message") << 404 << QByteArray(R"({"requestId": "abc"})")
                                          << QByteArray("application/json") << u"abc"_s;
    QTest::newRow("message not a string") << 400 << QByteArray(R"({"message": {"text": "x"}})")
                                          << QByteArray("application/json") << u"400"_s;
}

void TstApiTypes::fromHttpBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, says);

    const ApiError e = ApiError::fromHttp(status, body, contentType, u"Creating the instance"_s);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.text.contains(says), qPrintable(e.text));
    QVERIFY(e.text.contains(QString::number(status)));
    QVERIFY2(endsLikeASentence(e.text), qPrintable(e.text));
    QVERIFY(!e.text.contains(u"<html"_s));  // never the page itself
}

void TstApiTypes::fromHttpNamesStatus_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 307, 400, 401, 403, 404, 405, 406, 409, 415, 418, 429, 500, 502, 503, 504, 599})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TstApiTypes::fromHttpNamesStatus()
{
    QFETCH(int, status);
    const QString number = QString::number(status);
    for (const QByteArray &body : {QByteArray(), QByteArray("<html/>"), QByteArray(R"({"message": "m"})"),
                                   QByteArray("garbage")}) {
        const ApiError e = ApiError::fromHttp(status, body, QByteArray(), u"Doing it"_s);
        QVERIFY2(e.text.contains(number), qPrintable(e.text));
        QVERIFY(e.text.startsWith(u"Doing it"_s));
        QVERIFY2(endsLikeASentence(e.text), qPrintable(e.text));
    }
    // The server's reason phrase follows the status, on one line and shortened.
    const ApiError named = ApiError::fromHttp(status, {}, {}, u"Doing it"_s, u"Some \r\nReason"_s);
    QVERIFY2(named.text.contains(u"HTTP %1 Some Reason"_s.arg(status)), qPrintable(named.text));
    const ApiError rambling = ApiError::fromHttp(status, {}, {}, u"Doing it"_s, QString(500, u'r'));
    QVERIFY(!rambling.text.contains(QString(61, u'r')));
}

void TstApiTypes::otherErrors()
{
    const ApiError none;
    QCOMPARE(none.kind, ApiError::Kind::None);
    QVERIFY(!none.isError());
    QVERIFY(!bool(none));

    const QString what = u"Getting the request token"_s;
    const ApiError errors[] = {
        ApiError::malformed(200, u"\"token\" is missing"_s, what),
        ApiError::network(u"Connection refused"_s, what),
        ApiError::timeout(30, u"api.cloud-elements.com"_s, what),
        ApiError::tls(u"The certificate has expired"_s, u"api.cloud-elements.com"_s, what),
        ApiError::cancelled(what),
        ApiError::invalidRequest(u"Missing required entries: name."_s, what),
    };
    const ApiError::Kind kinds[] = {ApiError::Kind::MalformedResponse, ApiError::Kind::Network,
                                    ApiError::Kind::Timeout, ApiError::Kind::Tls, ApiError::Kind::Cancelled,
                                    ApiError::Kind::InvalidRequest};
    for (size_t n = 0; n < std::size(errors); ++n) {
        const ApiError &e = errors[n];
        QCOMPARE(e.kind, kinds[n]);
        QVERIFY(e.isError());
        QVERIFY2(e.text.startsWith(what), qPrintable(e.text));
        QVERIFY2(endsLikeASentence(e.text), qPrintable(e.text));
    }
    QCOMPARE(errors[0].httpStatus, 200);
    QVERIFY(errors[0].text.contains(u"\"token\" is missing"_s));
    QVERIFY(errors[1].text.contains(u"Connection refused"_s));
    QVERIFY(errors[2].text.contains(u"30"_s));
    QVERIFY(errors[2].text.contains(u"api.cloud-elements.com"_s));
    QVERIFY(!errors[2].text.contains(u"%n"_s));
    QVERIFY(errors[3].text.contains(u"expired"_s));
    QVERIFY(errors[5].text.contains(u"name"_s));

    // Carried through QVariant (queued signals).
    const QVariant v = QVariant::fromValue(errors[1]);
    QCOMPARE(v.value<ApiError>().text, errors[1].text);
}

void TstApiTypes::kindName_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << ApiError::Kind::None << u"none"_s;
    QTest::newRow("network") << ApiError::Kind::Network << u"network"_s;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << u"timeout"_s;
    QTest::newRow("tls") << ApiError::Kind::Tls << u"tls"_s;
    QTest::newRow("http") << ApiError::Kind::Http << u"http"_s;
    QTest::newRow("malformed") << ApiError::Kind::MalformedResponse << u"malformed"_s;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << u"cancelled"_s;
    QTest::newRow("invalid") << ApiError::Kind::InvalidRequest << u"invalid"_s;
}

void TstApiTypes::kindName()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(ApiError::kindName(kind), name);

    // All names distinct.
    QSet<QString> names;
    for (int k = int(ApiError::Kind::None); k <= int(ApiError::Kind::InvalidRequest); ++k)
        names.insert(ApiError::kindName(ApiError::Kind(k)));
    QCOMPARE(names.size(), 8);
    QVERIFY(!names.contains(QString()));
}

// The body of PATCH /instances/{id}: only what is given; the name trimmed; tags trimmed,
// blank and repeated ones dropped; nothing to change, or a blank name, is a problem.
void TstApiTypes::instancePatch()
{
    QVERIFY(!ce::InstancePatch().problem().isEmpty());
    QVERIFY(ce::InstancePatch().toJson().isEmpty());

    const ce::InstancePatch name{u"  Acme  "_s, std::nullopt};
    QVERIFY(name.problem().isEmpty());
    QCOMPARE(name.normalised().toJson(), QJsonObject({{u"name"_s, u"Acme"_s}}));

    const ce::InstancePatch tags{std::nullopt, QStringList{u" b "_s, u""_s, u"a"_s, u"b"_s, u"  "_s}};
    QCOMPARE(tags.normalised().toJson(), QJsonObject({{u"tags"_s, QJsonArray{u"b"_s, u"a"_s}}}));
    // No tags at all is a change too: it removes them.
    const ce::InstancePatch none{std::nullopt, QStringList()};
    QVERIFY(none.problem().isEmpty());
    QCOMPARE(none.toJson(), QJsonObject({{u"tags"_s, QJsonArray()}}));

    const ce::InstancePatch blank{u"   "_s, QStringList{u"t"_s}};
    QVERIFY(blank.problem().contains(u"name"_s));
}

QTEST_GUILESS_MAIN(TstApiTypes)
#include "tst_apitypes.moc"
