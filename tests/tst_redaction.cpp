// Unit tests of ce::redaction: secret names, registered secrets, URLs, bodies,
// Authorization headers and the message handler that scrubs every log line.
#include "core/logging.h"
#include "core/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
namespace redaction = ce::redaction;

namespace {

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured.append(message);
}

}  // namespace

class TstRedaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void isSecretName_data();
    void isSecretName();
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
                          "event.notification.signature.key"})
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : {"apiKey", "oauth.api.key", "freshbooks.site.address", "site.address", "siteAddress",
                          "oauth.token.url", "oauth.request.url", "oauth.callback.url", "callbackUrl", "requestId",
                          "name", "element", "key", "tags", "state", "id", "base.url", "secretary", "tokens_used",
                          ""})
        QTest::newRow(*n ? n : "empty") << QString::fromLatin1(n) << false;
}

void TstRedaction::isSecretName()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(redaction::isSecretName(name), secret);
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
    captured.clear();
    const QtMessageHandler testlib = qInstallMessageHandler(capture);
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

    qInstallMessageHandler(testlib);

    const QString all = [] {
        QMutexLocker lock(&capturedMutex);
        return captured.join(u'\n');
    }();
    QCOMPARE(captured.size(), 10);  // every line arrived...
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
