// Unit tests of ce::redaction: secret names, registered secrets, URLs, bodies,
// Authorization headers and the message handler that scrubs every log line.
#include "core/apierror.h"
#include "core/logging.h"
#include "core/redaction.h"

#include "logcapture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;
namespace redaction = ce::redaction;
namespace test = ce::test;

class TstRedaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void isSecretName_data();
    void isSecretName();
    void namedValuesInText_data();
    void namedValuesInText();
    void namedValuesLinear();
    void jsonEscapedSecret_data();
    void jsonEscapedSecret();
    void apiErrorIsScrubbed_data();
    void apiErrorIsScrubbed();
    void registeredSecretIsMasked_data();
    void registeredSecretIsMasked();
    void shortValuesIgnored();
    void forgetSecrets();
    void longestSecretFirst();
    void url_data();
    void url();
    void bodyJson();
    void bodyForm_data();
    void bodyForm();
    void authorizationInText_data();
    void authorizationInText();
    void authorizationKeepsSentencePunctuation_data();
    void authorizationKeepsSentencePunctuation();
    void ordinarySentencesUntouched_data();
    void ordinarySentencesUntouched();
    void authorizationHeader();
    void messageHandler();
    void fatalMessagesAreRedacted();
    void fatalChild();
};

void TstRedaction::init()
{
    redaction::forgetSecrets();
}

void TstRedaction::cleanup()
{
    redaction::forgetSecrets();
}

void TstRedaction::isSecretName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");

    for (const char *n : {"apiSecret", "APISECRET", "requestToken", "oauth_token", "oauth_verifier", "secret",
                          "Secret", "token", "refresh_token", "access_token", "oauth_token_secret", "password",
                          "oauth.api.secret", "oauth.user.token.secret", "oauth.user.token", "Authorization",
                          "authorization", "userSecret", "organizationSecret", "elementToken",
                          "event.notification.signature.password", "client_secret",
                          "event.notification.signature.key", "oauth.verifier", "requestTokenSecret",
                          "oauthVerifier", "user-password", "token_secret", "oauth.token.secret", "RequestTokenSecret",
                          "db_passwd", "keyPassphrase"})
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : {"apiKey", "oauth.api.key", "freshbooks.site.address", "site.address", "siteAddress",
                          "oauth.token.url", "oauth.request.url", "oauth.callback.url", "callbackUrl", "requestId",
                          "name", "element", "key", "tags", "state", "id", "base.url", "secretary", "tokens_used",
                          "token_type", "tokenType", "verifierUrl", "secret.count", "passwordHint", "http", ""})
        QTest::newRow(*n ? n : "empty") << QString::fromLatin1(n) << false;
}

void TstRedaction::isSecretName()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(redaction::isSecretName(name), secret);
    if (name.isEmpty())
        return;
    // Every name, in every form a line writes a named value, is masked by scrub() (or left
    // alone): what isSecretName says, the free-text scrub does.
    const QString value = u"Value1234"_s;
    for (const QString &text : QStringList{name + u"="_s + value, u"x?"_s + name + u"="_s + value + u"&y=1"_s,
                                name + u": "_s + value, u"\""_s + name + u"\":\""_s + value + u"\""_s,
                                u"{\\\""_s + name + u"\\\":\\\""_s + value + u"\\\"}"_s,
                                u"'"_s + name + u"' = '"_s + value + u"'"_s}) {
        const QString out = redaction::scrub(text);
        QVERIFY2(out.contains(value) != secret, qPrintable(text + u" -> "_s + out));
    }
}

void TstRedaction::namedValuesInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("name=value in prose") << u"the server said apiSecret=xyz123abc is wrong"_s
                                         << QStringList{u"xyz123abc"_s} << QStringList{u"is wrong"_s, u"apiSecret="_s};
    QTest::newRow("name: value in prose") << u"rejected apiSecret: xyz123abc (try again)"_s
                                          << QStringList{u"xyz123abc"_s} << QStringList{u"(try again)"_s};
    QTest::newRow("name = \"two words\"") << u"password = \"correct horse\" given"_s
                                           << QStringList{u"correct"_s, u"horse"_s} << QStringList{u"given"_s};
    QTest::newRow("inline JSON") << u"answer {\"requestTokenSecret\":\"xyz123abc\",\"name\":\"kept-name\"} done"_s
                                 << QStringList{u"xyz123abc"_s}
                                 << QStringList{u"\"name\":\"kept-name\""_s, u"done"_s, u"requestTokenSecret"_s};
    QTest::newRow("inline JSON, spaces") << u"{ \"oauth.verifier\" : \"xyz123abc\" , \"state\": \"kept\" }"_s
                                         << QStringList{u"xyz123abc"_s} << QStringList{u"\"state\": \"kept\""_s};
    QTest::newRow("inline JSON, escaped quote in the value")
        << u"{\"secret\":\"ab\\\"cd\\\\ef\",\"n\":1}"_s << QStringList{u"ab"_s, u"cd"_s, u"ef"_s}
        << QStringList{u"\"n\":1"_s};
    QTest::newRow("JSON number") << u"{\"password\":123456789,\"n\":2}"_s << QStringList{u"123456789"_s}
                                 << QStringList{u"\"n\":2"_s};
    QTest::newRow("JSON null kept") << u"{\"token\":null,\"n\":3}"_s << QStringList{}
                                    << QStringList{u"{\"token\":null,\"n\":3}"_s};
    QTest::newRow("single quotes") << u"{'oauth_verifier': 'xyz123abc', 'ok': 'yes'}"_s << QStringList{u"xyz123abc"_s}
                                   << QStringList{u"'ok': 'yes'"_s};
    QTest::newRow("JSON as QDebug quotes it") << u"body: \"{\\\"token\\\":\\\"xyz123abc\\\"}\""_s
                                              << QStringList{u"xyz123abc"_s} << QStringList{u"body:"_s};
    QTest::newRow("two in one line") << u"apiSecret: aaa111bbb, requestTokenSecret=ccc222ddd; oauth.verifier: eee333"_s
                                     << QStringList{u"aaa111bbb"_s, u"ccc222ddd"_s, u"eee333"_s} << QStringList{};
    QTest::newRow("URL is not a name") << u"GET http://127.0.0.1:8080/elements/api-v2/instances"_s << QStringList{}
                                       << QStringList{u"GET http://127.0.0.1:8080/elements/api-v2/instances"_s};
    QTest::newRow("masked already") << u"apiSecret=<redacted>&\"token\":\"<redacted>\""_s << QStringList{}
                                    << QStringList{u"apiSecret=<redacted>&\"token\":\"<redacted>\""_s};
}

void TstRedaction::namedValuesInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hidden);
    QFETCH(QStringList, kept);

    const QString out = redaction::scrub(text);
    for (const QString &h : hidden)
        QVERIFY2(!out.contains(h), qPrintable(out));
    for (const QString &k : kept)
        QVERIFY2(out.contains(k), qPrintable(out + u" lacks "_s + k));
    if (!hidden.isEmpty())
        QVERIFY(out.contains(redaction::Mask));
    QCOMPARE(redaction::scrub(out), out);  // scrubbing twice changes nothing more
}

// A long line full of named values costs in proportion to its length (a quadratic scan
// of 400 KB would take minutes).
void TstRedaction::namedValuesLinear()
{
    QString line;
    for (int i = 0; i < 20000; ++i)
        line += u"\"token\":\"v%1\",apiSecret: w%1 "_s.arg(i, 5, 10, QChar(u'0'));
    QElapsedTimer clock;
    clock.start();
    const QString out = redaction::scrub(line);
    const qint64 ms = clock.elapsed();
    qInfo("scrub of a %lld-character line with 40000 named values: %lld ms", qlonglong(line.size()), ms);
    QVERIFY(!out.contains(u"v00001"_s));
    QVERIFY(!out.contains(u"w19999"_s));
    QCOMPARE(out.count(redaction::Mask), 40000);
    QVERIFY2(ms < 5000, qPrintable(u"%1 ms"_s.arg(ms)));
}

// A registered secret with a character JSON escapes is masked in the escaped form too, as
// body() writes it back and as servers write it.
void TstRedaction::jsonEscapedSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("quote") << u"quo\"te-secret-1"_s;
    QTest::newRow("backslash") << u"back\\slash-secret-2"_s;
    QTest::newRow("newline and tab") << u"new\nline\tsecret-3"_s;
    QTest::newRow("control character") << u"ctl\x01char\x1fsecret-4"_s;
    QTest::newRow("slash") << u"sla/sh+secret=5"_s;
    QTest::newRow("all of them") << u"a\"b\\c/d\ne\u0007f-secret-6"_s;
    QTest::newRow("non-ASCII") << u"s\u00E9cr\u00E8t-\U0001F511-7"_s;
}

void TstRedaction::jsonEscapedSecret()
{
    QFETCH(QString, secret);
    redaction::registerSecret(secret);

    // body(): a JSON answer holding the secret under innocent names, as Qt writes it back.
    const QJsonObject answer{{u"message"_s, QString(u"bad secret "_s + secret + u" given"_s)},
                             {u"list"_s, QJsonArray{secret}},
                             {u"name"_s, u"kept-name"_s}};
    const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    const QByteArray out = redaction::body(body);
    const QByteArray escaped = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact).mid(2).chopped(2);
    QVERIFY2(!out.contains(escaped), out.constData());
    QVERIFY2(!out.contains(secret.toUtf8()), out.constData());
    QCOMPARE(out.count(QByteArray(redaction::Mask.latin1())), 2);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("name"_L1).toString(), u"kept-name"_s);  // still JSON

    // Free text with the secret as other encoders escape it: every non-alphanumeric
    // character as \uXXXX (upper or lower hex), '/' as \/.
    QString allUnicode, lowerUnicode, slashEscaped;
    for (const QChar c : secret) {
        const bool plain = c.unicode() < 0x80 && c.isLetterOrNumber();
        const QString hex = QString::number(c.unicode(), 16).rightJustified(4, u'0');
        allUnicode += plain ? QString(c) : u"\\u"_s + hex.toUpper();
        lowerUnicode += plain ? QString(c) : u"\\u"_s + hex;
    }
    slashEscaped = QString::fromUtf8(escaped).replace(u"/"_s, u"\\/"_s);
    for (const QString &form : QStringList{allUnicode, lowerUnicode, slashEscaped, QString::fromUtf8(escaped)}) {
        const QString text = u"{\"detail\":\"x "_s + form + u" y\"}"_s;
        const QString scrubbed = redaction::scrub(text);
        QVERIFY2(!scrubbed.contains(form), qPrintable(scrubbed));
        QCOMPARE(scrubbed, u"{\"detail\":\"x "_s + redaction::Mask + u" y\"}"_s);
    }
}

// ApiError's text is scrubbed where it is built: the reason phrase, the server's and the
// provider's messages, the detail. A reason phrase is cut to 60 characters, after it is
// scrubbed (a secret cut in half would no longer be recognised).
void TstRedaction::apiErrorIsScrubbed_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("short") << u"reason-secret-0123"_s;
    QTest::newRow("crossing the 60-character cut") << u"a-long-consumer-secret-"_s + QString(50, u'x') + u"-end"_s;
    QTest::newRow("with a quote and a backslash") << u"q\"b\\-reason-secret"_s;
}

void TstRedaction::apiErrorIsScrubbed()
{
    QFETCH(QString, secret);
    redaction::registerSecret(secret);
    const auto check = [&](const ce::ApiError &e) {
        const QString all = QStringList{e.text, e.detail, e.serverMessage, e.providerMessage, e.requestId}.join(u'\n');
        for (qsizetype i = 0; i + 12 <= secret.size(); i += 6)  // no piece of it either
            QVERIFY2(!all.contains(secret.mid(i, 12)), qPrintable(all));
        QVERIFY2(all.contains(redaction::Mask), qPrintable(all));
    };
    const QString what = u"Creating the instance"_s;
    CHECK(check(ce::ApiError::fromHttp(400, "{}", "application/json", what, u"Bad secret "_s + secret)));
    CHECK(check(ce::ApiError::fromHttp(400, "<html>" + secret.toUtf8() + "</html>", "text/html", what,
                                       u"Bad "_s + secret)));
    const QJsonObject body{{u"message"_s, QString(u"Bad secret "_s + secret)},
                           {u"providerMessage"_s, QString(u"{\"requestTokenSecret\":\"p-9f8e7d6c\"} "_s + secret)},
                           {u"requestId"_s, secret}};
    const ce::ApiError e = ce::ApiError::fromHttp(400, QJsonDocument(body).toJson(), "application/json", what);
    CHECK(check(e));
    QVERIFY2(!e.providerMessage.contains(u"p-9f8e7d6c"_s), qPrintable(e.providerMessage));
    CHECK(check(ce::ApiError::network(u"Error transferring https://h/x?harmless="_s + secret, what)));
    CHECK(check(ce::ApiError::malformed(200, u"\"token\" is "_s + secret, what)));
    CHECK(check(ce::ApiError::invalidRequest(u"bad "_s + secret, what)));
    CHECK(check(ce::ApiError::tls(u"certificate for "_s + secret, u"h"_s, what)));
}

void TstRedaction::registeredSecretIsMasked_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("form");  // how the secret appears in the text

    const QString s = u"Ab+c/d=e f"_s;  // '+', '/', '=' and a space
    QTest::newRow("raw") << s << s;
    QTest::newRow("percent-encoded") << s << QString::fromLatin1(QUrl::toPercentEncoding(s));
    QTest::newRow("percent-encoded, lower-case hex") << s << u"Ab%2bc%2fd%3de%20f"_s;
    QTest::newRow("only the space encoded") << s << u"Ab+c/d=e%20f"_s;
    QTest::newRow("form-encoded") << s << u"Ab%2Bc%2Fd%3De+f"_s;
    QTest::newRow("as QUrlQuery writes it") << s << [&] {
        QUrlQuery q;
        q.addQueryItem(u"v"_s, s);
        return q.query(QUrl::FullyEncoded).mid(2);
    }();
    QTest::newRow("as QUrl writes it") << s << [&] {
        QUrl u(u"https://h/p"_s);
        QUrlQuery q;
        q.addQueryItem(u"v"_s, s);
        u.setQuery(q);
        return u.toString(QUrl::FullyEncoded).section(u"v="_s, 1);
    }();
    const QString cloud = u"Ck9PmTdQ4WLe221gRtM0VAp2+trCYHBsEtA="_s;  // the doc's instance token
    QTest::newRow("doc token raw") << cloud << cloud;
    QTest::newRow("doc token encoded") << cloud << QString::fromLatin1(QUrl::toPercentEncoding(cloud));
    const QString unicode = u"s\u00E9cr\u00E8t-\U0001F511"_s;
    QTest::newRow("non-ascii raw") << unicode << unicode;
    QTest::newRow("non-ascii encoded") << unicode << QString::fromLatin1(QUrl::toPercentEncoding(unicode));
}

void TstRedaction::registeredSecretIsMasked()
{
    QFETCH(QString, secret);
    QFETCH(QString, form);

    redaction::registerSecret(secret);
    const QString text = u"before "_s + form + u" middle "_s + form + u" after"_s;
    const QString out = redaction::scrub(text);
    QVERIFY2(!out.contains(form), qPrintable(out));
    QVERIFY(!out.contains(secret));
    QCOMPARE(out, u"before "_s + redaction::Mask + u" middle "_s + redaction::Mask + u" after"_s);
    // In a URL under a name that is not secret, too.
    const QString inUrl = redaction::url(QUrl(u"https://h/p?harmless="_s + form + u"&apiKey=k"_s));
    QVERIFY2(!inUrl.contains(form), qPrintable(inUrl));
    QVERIFY(inUrl.contains(u"apiKey=k"_s));
}

void TstRedaction::shortValuesIgnored()
{
    redaction::registerSecret(u"abc"_s);
    redaction::registerSecret(QString());
    redaction::registerSecret(u"a"_s);
    const QString text = u"abc is a fine word, and so is a cab."_s;
    QCOMPARE(redaction::scrub(text), text);
    // JSON literals a server may put where a secret belongs are words, not secrets.
    for (const QString &literal : {u"null"_s, u"true"_s, u"false"_s, u"NULL"_s})
        redaction::registerSecret(literal);
    QCOMPARE(redaction::scrub(u"oauth_token=null, valid: true, disabled: false, NULL"_s),
             u"oauth_token=null, valid: true, disabled: false, NULL"_s);
    // Four characters is enough.
    redaction::registerSecret(u"wxyz"_s);
    QCOMPARE(redaction::scrub(u"say wxyz"_s), u"say "_s + redaction::Mask);
}

void TstRedaction::forgetSecrets()
{
    redaction::registerSecret(u"s3cr3t-value"_s);
    QVERIFY(!redaction::scrub(u"x s3cr3t-value"_s).contains(u"s3cr3t"_s));
    redaction::forgetSecrets();
    QCOMPARE(redaction::scrub(u"x s3cr3t-value"_s), u"x s3cr3t-value"_s);
}

void TstRedaction::longestSecretFirst()
{
    // A secret that contains another one is masked whole, not leaving a tail.
    redaction::registerSecret(u"abcd"_s);
    redaction::registerSecret(u"abcd-and-more-1234"_s);
    QCOMPARE(redaction::scrub(u"[abcd-and-more-1234]"_s), u"["_s + redaction::Mask + u"]"_s);
    QCOMPARE(redaction::scrub(u"[abcd]"_s), u"["_s + redaction::Mask + u"]"_s);
}

void TstRedaction::url_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("oauth token call")
        << QUrl(u"https://api.cloud-elements.com/elements/api-v2/elements/freshbooks/oauth/token?apiKey=mycompany"
                u"&apiSecret=Sup3rS3cret%2B%2F%3D&callbackUrl=https%3A%2F%2Fwww.mycoolapp.com%2Fauth&siteAddress=acme"_s)
        << QStringList{u"Sup3rS3cret"_s}
        << QStringList{u"apiKey=mycompany"_s, u"siteAddress=acme"_s, u"callbackUrl="_s, u"/oauth/token"_s};
    QTest::newRow("oauth url call")
        << QUrl(u"https://api.cloud-elements.com/elements/api-v2/elements/freshbooks/oauth/url?apiKey=mycompany"
                u"&apiSecret=Sup3rS3cret&callbackUrl=https%3A%2F%2Fwww.mycoolapp.com%2Fauth"
                u"&requestToken=qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7&siteAddress=acme"_s)
        << QStringList{u"Sup3rS3cret"_s, u"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7"_s}
        << QStringList{u"apiKey=mycompany"_s, u"siteAddress=acme"_s};
    QTest::newRow("callback")
        << QUrl(u"https://www.mycoolapp.com/auth?state=freshbooks&oauth_token=TokenValue1&oauth_verifier=VerifierValue2"_s)
        << QStringList{u"TokenValue1"_s, u"VerifierValue2"_s}
        << QStringList{u"state=freshbooks"_s, u"www.mycoolapp.com/auth"_s};
    QTest::newRow("case of names")
        << QUrl(u"https://h/x?APISECRET=Sup3rS3cret&RequestToken=RtRtRt99&apikey=visible"_s)
        << QStringList{u"Sup3rS3cret"_s, u"RtRtRt99"_s} << QStringList{u"apikey=visible"_s};
    QTest::newRow("password in url")
        << QUrl(u"https://user:hunter2hunter2@h/x?apiKey=k"_s)
        << QStringList{u"hunter2hunter2"_s} << QStringList{u"apiKey=k"_s};
    QTest::newRow("token in fragment")
        << QUrl(u"https://www.mycoolapp.com/auth?state=freshbooks#access_token=FragTok42&token_type=bearer"_s)
        << QStringList{u"FragTok42"_s} << QStringList{u"state=freshbooks"_s, u"token_type=bearer"_s};
    QTest::newRow("no query") << QUrl(u"https://api.cloud-elements.com/elements/api-v2/instances/123"_s)
                              << QStringList{} << QStringList{u"https://api.cloud-elements.com/elements/api-v2/instances/123"_s};
}

void TstRedaction::url()
{
    QFETCH(QUrl, url);
    QFETCH(QStringList, hidden);
    QFETCH(QStringList, kept);

    const QString out = redaction::url(url);
    for (const QString &h : hidden)
        QVERIFY2(!out.contains(h), qPrintable(out));
    for (const QString &k : kept)
        QVERIFY2(out.contains(k), qPrintable(out + u" lacks "_s + k));
    if (!hidden.isEmpty())
        QVERIFY(out.contains(u"redacted"_s));
}

void TstRedaction::bodyJson()
{
    const QByteArray body = R"({
        "element": {"key": "freshbooks"},
        "providerData": {"oauth_token": "TokenValue1", "oauth_verifier": "VerifierValue2", "secret": "SecretValue3"},
        "configuration": {"oauth.api.key": "mycompany", "oauth.api.secret": "ConsumerSecret4",
                          "freshbooks.site.address": "acme", "oauth.user.token": "UserToken5",
                          "oauth.token.url": "https://acme.freshbooks.com/oauth/oauth_access.php"},
        "deep": [{"list": [{"token": "DeepToken6", "count": 3}]}, {"password": 123456789}],
        "tags": ["kept-tag"],
        "name": "kept-name"
    })";
    const QByteArray out = redaction::body(body);
    for (const char *hidden : {"TokenValue1", "VerifierValue2", "SecretValue3", "ConsumerSecret4", "UserToken5",
                               "DeepToken6", "123456789"})
        QVERIFY2(!out.contains(hidden), out.constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY(!o.isEmpty());  // still JSON
    QCOMPARE(o.value("configuration"_L1).toObject().value("oauth.api.key"_L1).toString(), u"mycompany"_s);
    QCOMPARE(o.value("configuration"_L1).toObject().value("freshbooks.site.address"_L1).toString(), u"acme"_s);
    QCOMPARE(o.value("configuration"_L1).toObject().value("oauth.token.url"_L1).toString(),
             u"https://acme.freshbooks.com/oauth/oauth_access.php"_s);
    QCOMPARE(o.value("providerData"_L1).toObject().value("secret"_L1).toString(), QString(redaction::Mask));
    QCOMPARE(o.value("name"_L1).toString(), u"kept-name"_s);
    QVERIFY(out.contains("kept-tag"));

    // A top-level array, as GET /instances answers.
    const QByteArray list = redaction::body(R"([{"id": 1, "token": "InstanceToken7", "name": "a"}])");
    QVERIFY(!list.contains("InstanceToken7"));
    QVERIFY(list.contains("\"name\":\"a\""));

    // Registered secrets under innocent names are masked too.
    redaction::registerSecret(u"RegisteredValue8"_s);
    QVERIFY(!redaction::body(R"({"message": "bad secret RegisteredValue8"})").contains("RegisteredValue8"));

    QCOMPARE(redaction::body(QByteArray()), QByteArray());
}

void TstRedaction::bodyForm_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("hidden");
    QTest::addColumn<QByteArrayList>("kept");

    QTest::newRow("oauth parameters")
        << QByteArray("apiKey=mycompany&apiSecret=Sup3rS3cret&requestToken=ReqTok99&siteAddress=acme")
        << QByteArrayList{"Sup3rS3cret", "ReqTok99"} << QByteArrayList{"apiKey=mycompany", "siteAddress=acme"};
    QTest::newRow("secret first")
        << QByteArray("apiSecret=Sup3rS3cret&apiKey=mycompany")
        << QByteArrayList{"Sup3rS3cret"} << QByteArrayList{"apiKey=mycompany"};
    QTest::newRow("oauth access token answer")
        << QByteArray("oauth_token=AccTok123&oauth_token_secret=AccSec456")
        << QByteArrayList{"AccTok123", "AccSec456"} << QByteArrayList{};
    QTest::newRow("token secret first")
        << QByteArray("oauth_token_secret=AccSec456&oauth_token=AccTok123&oauth_callback_confirmed=true")
        << QByteArrayList{"AccTok123", "AccSec456"} << QByteArrayList{"oauth_callback_confirmed=true"};
    QTest::newRow("client secret")
        << QByteArray("grant_type=refresh_token&client_secret=Cl1entSecret&refresh_token=Refr3sh")
        << QByteArrayList{"Cl1entSecret", "Refr3sh"} << QByteArrayList{"grant_type=refresh_token"};
    QTest::newRow("login form")
        << QByteArray("username=alice&password=hunter2hunter2")
        << QByteArrayList{"hunter2hunter2"} << QByteArrayList{"username=alice"};
    QTest::newRow("plain text") << QByteArray("nothing secret here, token count 3")
                                << QByteArrayList{} << QByteArrayList{"nothing secret here, token count 3"};
}

void TstRedaction::bodyForm()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, hidden);
    QFETCH(QByteArrayList, kept);

    const QByteArray out = redaction::body(body);
    for (const QByteArray &h : hidden)
        QVERIFY2(!out.contains(h), out.constData());
    for (const QByteArray &k : kept)
        QVERIFY2(out.contains(k), out.constData());
}

void TstRedaction::authorizationInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hidden");

    const QStringList uo = {u"abc"_s, u"def"_s};
    QTest::newRow("header line") << u"Authorization: User abc, Organization def"_s << uo;
    QTest::newRow("header in the middle") << u"POST /instances with Authorization: User abc, Organization def and a body"_s << uo;
    QTest::newRow("bare value") << u"sending User abc, Organization def to the platform"_s << uo;
    QTest::newRow("other order") << u"sending Organization def, User abc now"_s << uo;
    QTest::newRow("no spaces after comma") << u"x User abc,Organization def y"_s << uo;
    QTest::newRow("with element") << u"User abc, Organization def, Element ghi"_s
                                  << QStringList{u"abc"_s, u"def"_s, u"ghi"_s};
    QTest::newRow("element first") << u"(Element ghi, User abc, Organization def)"_s
                                   << QStringList{u"abc"_s, u"def"_s, u"ghi"_s};
    QTest::newRow("quoted, as QDebug prints it") << u"header \"Authorization\" \"User abc, Organization def\""_s << uo;
    QTest::newRow("json") << u"{\"Authorization\": \"User abc, Organization def\"}"_s << uo;
    QTest::newRow("real-looking secrets")
        << u"Authorization: User 1f2e3d4c5b6a7980aabbccddeeff0011, Organization Zm9vYmFy+/=="_s
        << QStringList{u"1f2e3d4c5b6a7980aabbccddeeff0011"_s, u"Zm9vYmFy"_s};
    QTest::newRow("lower-case header name") << u"authorization: User abc, Organization def"_s << uo;
    QTest::newRow("two headers in one text")
        << u"first User abc, Organization def; then Organization xyz9, User uvw8"_s
        << QStringList{u"abc"_s, u"def"_s, u"xyz9"_s, u"uvw8"_s};
    QTest::newRow("multi-line log") << u"GET /instances\nAuthorization: User abc, Organization def\nAccept: json"_s << uo;
}

void TstRedaction::authorizationInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hidden);

    const QString out = redaction::scrub(text);
    for (const QString &h : hidden) {
        // Whole words only: "def" may not survive, but "Organization" must.
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(h) + u"\\b"_s);
        QVERIFY2(!word.match(out).hasMatch(), qPrintable(out));
    }
    QVERIFY(out.contains(redaction::Mask));
}

// The punctuation after a masked value belongs to the sentence (an error text still ends
// in "." or ".)"; found by fuzz_apiresponses: a request id holding "User x, Organization y"
// lost the text's closing ")." to the mask).
void TstRedaction::authorizationKeepsSentencePunctuation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString m = redaction::Mask;
    QTest::newRow("closing parenthesis and period")
        << u"failed (request id User abc, Organization def)."_s
        << u"failed (request id User %1, Organization %1)."_s.arg(m);
    QTest::newRow("cut with an ellipsis")
        << u"(request id User abc, Organization de\u2026)."_s
        << u"(request id User %1, Organization %1\u2026)."_s.arg(m);
    QTest::newRow("end of a sentence") << u"Sent User abc, Organization def."_s
                                       << u"Sent User %1, Organization %1."_s.arg(m);
    QTest::newRow("colon and semicolon") << u"User abc, Organization def: refused; retry"_s
                                         << u"User %1, Organization %1: refused; retry"_s.arg(m);
}

void TstRedaction::authorizationKeepsSentencePunctuation()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redaction::scrub(text), expected);
}

void TstRedaction::ordinarySentencesUntouched_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("user secret missing") << u"User secret is missing"_s;
    QTest::newRow("both missing") << u"Enter the User secret and the Organization secret."_s;
    QTest::newRow("plural") << u"User and Organization secrets are required."_s;
    QTest::newRow("list of missing") << u"Missing: User secret, Organization secret."_s;
    QTest::newRow("element token") << u"The Element token is invalid."_s;
    QTest::newRow("server message") << u"Invalid Organization or User secret, or invalid Element token provided."_s;
    QTest::newRow("user name") << u"User alice logged in."_s;
    QTest::newRow("authorization failed") << u"Authorization failed for the instance."_s;
    QTest::newRow("url") << u"GET https://api.cloud-elements.com/elements/api-v2/instances?tags%5B%5D=x"_s;
}

void TstRedaction::ordinarySentencesUntouched()
{
    QFETCH(QString, text);
    QCOMPARE(redaction::scrub(text), text);
}

void TstRedaction::authorizationHeader()
{
    QCOMPARE(redaction::authorizationHeader("User abc, Organization def"),
             QByteArray("User <redacted>, Organization <redacted>"));
    QCOMPARE(redaction::authorizationHeader("Organization def, User abc, Element ghi"),
             QByteArray("Organization <redacted>, User <redacted>, Element <redacted>"));
    const QByteArray odd = redaction::authorizationHeader("justonesecretvalue");
    QVERIFY(!odd.contains("justonesecretvalue"));
    QVERIFY(!redaction::authorizationHeader("Bearer eyJhbGciOi.payload.sig").contains("eyJhbGciOi"));
}

void TstRedaction::messageHandler()
{
    // Every line as the redacting handler passes it on (and no further: nothing printed).
    std::optional<test::LogCapture> printed(std::in_place, test::LogCapture::Forward::No);
    redaction::installMessageHandler();
    redaction::installMessageHandler();  // twice is harmless: still one layer, no loop
    QLoggingCategory::setFilterRules(u"ce.*=true"_s);

    const QString secret = u"Sup3r+S3cret/Value="_s;
    redaction::registerSecret(secret);
    const QString header = u"Authorization: User abcUSER, Organization defORG"_s;

    qCInfo(lcApi).noquote() << "apiSecret is" << secret;
    qCInfo(lcApi) << "encoded" << QUrl::toPercentEncoding(secret);
    qCWarning(lcApi).noquote() << header;
    qCWarning(lcFlow) << QByteArray("User abcUSER, Organization defORG");
    qCDebug(lcSandbox).noquote() << u"GET /elements/freshbooks/oauth/token?apiKey=k&apiSecret="_s + secret;
    qCInfo(lcProfiles) << QUrl(u"https://www.mycoolapp.com/auth?oauth_token=CallbackTok1&oauth_verifier=CallbackVer2"_s);
    qCCritical(lcUi, "critical: %s", qPrintable(secret));
    qInfo("plain qInfo: %s", qPrintable(header));
    qWarning() << "plain qWarning" << secret;
    QThread *thread = QThread::create([&] { qCInfo(lcApi).noquote() << "from a thread:" << secret << header; });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;

    const QStringList lines = printed->messages();
    printed.reset();

    const QString all = lines.join(u'\n');
    QCOMPARE(lines.size(), 10);  // every line arrived...
    QVERIFY2(!all.contains(u"S3cret"_s), qPrintable(all));  // ...without the secret,
    QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    QVERIFY2(!all.contains(u"abcUSER"_s), qPrintable(all));  // the Authorization header,
    QVERIFY(!all.contains(u"defORG"_s));
    QVERIFY(!all.contains(u"CallbackTok1"_s));               // or the callback's token.
    QVERIFY(!all.contains(u"CallbackVer2"_s));
    QVERIFY(all.contains(u"plain qWarning"_s));              // The rest is still there.
    QVERIFY(all.contains(u"apiKey=k"_s));
    QVERIFY(all.contains(redaction::Mask));
}

// A qFatal() aborts the process: what it prints on the way out goes through the same
// redacting handler. The test runs itself as a child that dies that way.
void TstRedaction::fatalMessagesAreRedacted()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CEP_FATAL_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"fatalChild"_s});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);  // it really died in qFatal
    const QString output = QString::fromUtf8(child.readAllStandardError() + child.readAllStandardOutput());
    QVERIFY2(output.contains(u"about to fail"_s), qPrintable(output));
    QVERIFY2(output.contains(u"<redacted>"_s), qPrintable(output));
    for (const char *secret : {"fatal-consumer-secret-77", "fatal-user-secret", "fatal-org-secret"})
        QVERIFY2(!output.contains(QLatin1StringView(secret)), qPrintable(output));
}

void TstRedaction::fatalChild()
{
    if (qEnvironmentVariable("CEP_FATAL_CHILD") != "1"_L1)
        QSKIP("runs only as the child of fatalMessagesAreRedacted");
    redaction::installMessageHandler();
    redaction::registerSecret(u"fatal-consumer-secret-77"_s);
    qFatal("about to fail with apiSecret=%s and Authorization: User %s, Organization %s",
           "fatal-consumer-secret-77", "fatal-user-secret", "fatal-org-secret");
}

QTEST_GUILESS_MAIN(TstRedaction)
#include "tst_redaction.moc"
