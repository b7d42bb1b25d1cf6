// Unit tests of ce::matchCallback / ce::isCallbackUrl: which navigations are the OAuth
// callback, and what a callback carries.
#include "core/callbackmatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ce::CallbackMatch;
using Outcome = ce::CallbackMatch::Outcome;

Q_DECLARE_METATYPE(ce::CallbackMatch::Outcome)

namespace {

const QUrl Configured(u"https://www.mycoolapp.com/auth"_s);
const QString Expected = u"T0k3n"_s;
const QString Good = u"state=freshbooks&oauth_token=T0k3n&oauth_verifier=V3r"_s;

QUrl url(const QString &s)
{
    return QUrl(s);
}

}  // namespace

class TstCallbackMatcher : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void extractsOptionalParameters();
    void notTheCallback_data();
    void notTheCallback();
    void configuredQuery_data();
    void configuredQuery();
    void refusals_data();
    void refusals();
    void tokenMismatch_data();
    void tokenMismatch();
    void noAuthorizationInProgress_data();
    void noAuthorizationInProgress();
    void malformed_data();
    void malformed();
    void invalidConfiguration();
};

void TstCallbackMatcher::accepted_data()
{
    QTest::addColumn<QUrl>("navigation");

    QTest::newRow("as FreshBooks sends it") << url(u"https://www.mycoolapp.com/auth?"_s + Good);
    QTest::newRow("token first") << url(u"https://www.mycoolapp.com/auth?oauth_token=T0k3n&oauth_verifier=V3r&state=freshbooks"_s);
    QTest::newRow("verifier first") << url(u"https://www.mycoolapp.com/auth?oauth_verifier=V3r&state=freshbooks&oauth_token=T0k3n"_s);
    QTest::newRow("no state") << url(u"https://www.mycoolapp.com/auth?oauth_token=T0k3n&oauth_verifier=V3r"_s);
    QTest::newRow("host upper case") << url(u"https://WWW.MYCOOLAPP.COM/auth?"_s + Good);
    QTest::newRow("scheme upper case") << url(u"HTTPS://www.mycoolapp.com/auth?"_s + Good);
    QTest::newRow("explicit :443") << url(u"https://www.mycoolapp.com:443/auth?"_s + Good);
    QTest::newRow("fragment") << url(u"https://www.mycoolapp.com/auth?"_s + Good + u"#done"_s);
    QTest::newRow("percent-encoded values") << url(u"https://www.mycoolapp.com/auth?state=freshbooks&oauth_token=T0k3n&oauth_verifier=V%33r"_s);
    QTest::newRow("extra parameter") << url(u"https://www.mycoolapp.com/auth?"_s + Good + u"&utm_source=x"_s);
}

void TstCallbackMatcher::accepted()
{
    QFETCH(QUrl, navigation);
    QVERIFY(navigation.isValid());
    QVERIFY(ce::isCallbackUrl(Configured, navigation));

    const CallbackMatch m = ce::matchCallback(Configured, navigation, Expected);
    QVERIFY2(m.outcome == Outcome::Authorized, qPrintable(m.message));
    QVERIFY(m.isCallback());
    QCOMPARE(m.oauthToken, Expected);
    QCOMPARE(m.oauthVerifier, u"V3r"_s);
    QVERIFY(m.refusal.isEmpty());
    if (navigation.query().contains(u"state"_s))
        QCOMPARE(m.state, u"freshbooks"_s);
}

void TstCallbackMatcher::extractsOptionalParameters()
{
    const CallbackMatch plain = ce::matchCallback(Configured, url(u"https://www.mycoolapp.com/auth?"_s + Good), Expected);
    QCOMPARE(plain.outcome, Outcome::Authorized);
    QVERIFY(plain.secret.isEmpty());
    QVERIFY(plain.refreshToken.isEmpty());
    QCOMPARE(plain.state, u"freshbooks"_s);

    const CallbackMatch full = ce::matchCallback(
        Configured,
        url(u"https://www.mycoolapp.com/auth?state=freshbooks&oauth_token=T0k3n&oauth_verifier=V3r"
            u"&secret=S%2Bcr%2Ft%3D&refresh_token=R3fresh"_s),
        Expected);
    QCOMPARE(full.outcome, Outcome::Authorized);
    QCOMPARE(full.oauthToken, Expected);
    QCOMPARE(full.oauthVerifier, u"V3r"_s);
    QCOMPARE(full.secret, u"S+cr/t="_s);
    QCOMPARE(full.refreshToken, u"R3fresh"_s);
    QCOMPARE(full.state, u"freshbooks"_s);
}

void TstCallbackMatcher::notTheCallback_data()
{
    QTest::addColumn<QUrl>("navigation");

    const QString q = u"?"_s + Good;
    QTest::newRow("other port") << url(u"https://www.mycoolapp.com:8443/auth"_s + q);
    QTest::newRow("port 80 on https") << url(u"https://www.mycoolapp.com:80/auth"_s + q);
    QTest::newRow("http instead of https") << url(u"http://www.mycoolapp.com/auth"_s + q);
    QTest::newRow("path prefix /auth2") << url(u"https://www.mycoolapp.com/auth2"_s + q);
    QTest::newRow("path below /auth/x") << url(u"https://www.mycoolapp.com/auth/x"_s + q);
    QTest::newRow("path /au") << url(u"https://www.mycoolapp.com/au"_s + q);
    QTest::newRow("path /") << url(u"https://www.mycoolapp.com/"_s + q);
    QTest::newRow("no path") << url(u"https://www.mycoolapp.com"_s + q);
    QTest::newRow("path /x/auth") << url(u"https://www.mycoolapp.com/x/auth"_s + q);
    QTest::newRow("path case") << url(u"https://www.mycoolapp.com/AUTH"_s + q);
    QTest::newRow("host suffix") << url(u"https://www.mycoolapp.com.evil.test/auth"_s + q);
    QTest::newRow("host prefix") << url(u"https://evil-www.mycoolapp.com/auth"_s + q);
    QTest::newRow("subdomain") << url(u"https://sub.www.mycoolapp.com/auth"_s + q);
    QTest::newRow("parent domain") << url(u"https://mycoolapp.com/auth"_s + q);
    QTest::newRow("homograph") << url(u"https://www.mycoo\u0406app.com/auth"_s + q);
    // QUrl: user info "www.mycoolapp.com", host evil.test.
    QTest::newRow("user-info: real host is evil") << url(u"https://www.mycoolapp.com@evil.test/auth"_s + q);
    // QUrl: user info "evil.test\", host www.mycoolapp.com; a browser (WHATWG) reads the
    // backslash as a slash and goes to evil.test. Either way it must not count.
    QTest::newRow("user-info with backslash") << url(u"https://evil.test\\@www.mycoolapp.com/auth"_s + q);
    QTest::newRow("backslash as the browser sees it") << url(u"https://evil.test/@www.mycoolapp.com/auth"_s + q);
    QTest::newRow("user on right host") << url(u"https://someone@www.mycoolapp.com/auth"_s + q);
    QTest::newRow("user and password") << url(u"https://a:b@www.mycoolapp.com/auth"_s + q);
    QTest::newRow("javascript") << url(u"javascript:location='https://www.mycoolapp.com/auth"_s + q + u"'"_s);
    QTest::newRow("data") << url(u"data:text/html,<a href='https://www.mycoolapp.com/auth"_s + q + u"'>x</a>"_s);
    QTest::newRow("about:blank") << url(u"about:blank"_s);
    QTest::newRow("file") << url(u"file:///auth"_s + q);
    QTest::newRow("ftp") << url(u"ftp://www.mycoolapp.com/auth"_s + q);
    QTest::newRow("ws") << url(u"wss://www.mycoolapp.com/auth"_s + q);
    QTest::newRow("relative") << url(u"/auth"_s + q);
    QTest::newRow("scheme-relative") << url(u"//www.mycoolapp.com/auth"_s + q);
    QTest::newRow("query only") << url(q);
    QTest::newRow("empty") << QUrl();
    QTest::newRow("the provider's own page") << url(u"https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_token=T0k3n&oauth_callback=https%3A%2F%2Fwww.mycoolapp.com%2Fauth"_s);
}

void TstCallbackMatcher::notTheCallback()
{
    QFETCH(QUrl, navigation);
    QVERIFY(!ce::isCallbackUrl(Configured, navigation));
    for (const QString &token : {Expected, QString()}) {
        const CallbackMatch m = ce::matchCallback(Configured, navigation, token);
        QCOMPARE(m.outcome, Outcome::NotCallback);
        QVERIFY(!m.isCallback());
        QVERIFY(m.message.isEmpty());
        QVERIFY(m.oauthToken.isEmpty());
        QVERIFY(m.oauthVerifier.isEmpty());
    }
}

void TstCallbackMatcher::configuredQuery_data()
{
    QTest::addColumn<QUrl>("navigation");
    QTest::addColumn<bool>("isCallback");

    QTest::newRow("x=1 first") << url(u"https://www.mycoolapp.com/auth?x=1&"_s + Good) << true;
    QTest::newRow("x=1 last") << url(u"https://www.mycoolapp.com/auth?"_s + Good + u"&x=1"_s) << true;
    QTest::newRow("x missing") << url(u"https://www.mycoolapp.com/auth?"_s + Good) << false;
    QTest::newRow("x=2") << url(u"https://www.mycoolapp.com/auth?x=2&"_s + Good) << false;
    QTest::newRow("x empty") << url(u"https://www.mycoolapp.com/auth?x=&"_s + Good) << false;
    QTest::newRow("x twice") << url(u"https://www.mycoolapp.com/auth?x=1&x=2&"_s + Good) << false;
    QTest::newRow("X=1 (case)") << url(u"https://www.mycoolapp.com/auth?X=1&"_s + Good) << false;
}

void TstCallbackMatcher::configuredQuery()
{
    QFETCH(QUrl, navigation);
    QFETCH(bool, isCallback);

    const QUrl configured(u"https://www.mycoolapp.com/auth?x=1"_s);
    QCOMPARE(ce::isCallbackUrl(configured, navigation), isCallback);
    const CallbackMatch m = ce::matchCallback(configured, navigation, Expected);
    QCOMPARE(m.outcome, isCallback ? Outcome::Authorized : Outcome::NotCallback);
}

void TstCallbackMatcher::refusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("word");

    QTest::newRow("error=access_denied") << u"state=freshbooks&error=access_denied"_s << u"access_denied"_s;
    QTest::newRow("error with token") << u"state=freshbooks&oauth_token=T0k3n&error=access_denied"_s
                                      << u"access_denied"_s;
    QTest::newRow("not_approved=true") << u"state=freshbooks&oauth_token=T0k3n&not_approved=true"_s
                                       << u"not_approved"_s;
    QTest::newRow("not_approved alone") << u"not_approved"_s << u"not_approved"_s;
    QTest::newRow("oauth_problem=user_refused") << u"oauth_token=T0k3n&oauth_problem=user_refused"_s
                                                << u"user_refused"_s;
    QTest::newRow("refusal even with a verifier") << u"oauth_token=T0k3n&oauth_verifier=V3r&error=access_denied"_s
                                                  << u"access_denied"_s;
    QTest::newRow("refusal for another token") << u"oauth_token=other&error=access_denied"_s
                                               << u"access_denied"_s;
}

void TstCallbackMatcher::refusals()
{
    QFETCH(QString, query);
    QFETCH(QString, word);

    const CallbackMatch m = ce::matchCallback(Configured, url(u"https://www.mycoolapp.com/auth?"_s + query), Expected);
    QCOMPARE(m.outcome, Outcome::Refused);
    QVERIFY(m.isCallback());
    QCOMPARE(m.refusal, word);
    QVERIFY(!m.message.isEmpty());
    QVERIFY2(m.message.contains(word), qPrintable(m.message));
}

void TstCallbackMatcher::tokenMismatch_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("another token") << u"state=freshbooks&oauth_token=other&oauth_verifier=V3r"_s;
    QTest::newRow("token prefix") << u"state=freshbooks&oauth_token=T0k&oauth_verifier=V3r"_s;
    QTest::newRow("token with suffix") << u"state=freshbooks&oauth_token=T0k3nX&oauth_verifier=V3r"_s;
    QTest::newRow("token case") << u"state=freshbooks&oauth_token=t0k3n&oauth_verifier=V3r"_s;
    QTest::newRow("token missing") << u"state=freshbooks&oauth_verifier=V3r"_s;
    QTest::newRow("token empty") << u"state=freshbooks&oauth_token=&oauth_verifier=V3r"_s;
    QTest::newRow("token null") << u"state=freshbooks&oauth_token=null&oauth_verifier=V3r"_s;
}

void TstCallbackMatcher::tokenMismatch()
{
    QFETCH(QString, query);
    const CallbackMatch m = ce::matchCallback(Configured, url(u"https://www.mycoolapp.com/auth?"_s + query), Expected);
    QCOMPARE(m.outcome, Outcome::TokenMismatch);
    QVERIFY(m.isCallback());
    QVERIFY(!m.message.isEmpty());
}

void TstCallbackMatcher::noAuthorizationInProgress_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("complete callback") << Good;
    QTest::newRow("no token either") << u"state=freshbooks&oauth_verifier=V3r"_s;
    QTest::newRow("empty token") << u"oauth_token=&oauth_verifier=V3r"_s;
    QTest::newRow("nothing") << QString();
    QTest::newRow("refusal") << u"error=access_denied"_s;
    QTest::newRow("duplicated token") << u"oauth_token=a&oauth_token=b&oauth_verifier=V3r"_s;
    QTest::newRow("no verifier") << u"oauth_token=T0k3n"_s;
}

void TstCallbackMatcher::noAuthorizationInProgress()
{
    QFETCH(QString, query);
    QUrl navigation(u"https://www.mycoolapp.com/auth"_s);
    if (!query.isEmpty())
        navigation.setQuery(query);
    const CallbackMatch m = ce::matchCallback(Configured, navigation, QString());
    QCOMPARE(m.outcome, Outcome::TokenMismatch);
    QVERIFY(m.isCallback());
    QVERIFY(!m.message.isEmpty());
}

void TstCallbackMatcher::malformed_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("no verifier") << u"state=freshbooks&oauth_token=T0k3n"_s;
    QTest::newRow("empty verifier") << u"state=freshbooks&oauth_token=T0k3n&oauth_verifier="_s;
    QTest::newRow("verifier without value") << u"state=freshbooks&oauth_token=T0k3n&oauth_verifier"_s;
    QTest::newRow("token twice, same value") << u"oauth_token=T0k3n&oauth_token=T0k3n&oauth_verifier=V3r"_s;
    QTest::newRow("token twice, other first") << u"oauth_token=evil&oauth_token=T0k3n&oauth_verifier=V3r"_s;
    QTest::newRow("token twice, other last") << u"oauth_token=T0k3n&oauth_token=evil&oauth_verifier=V3r"_s;
    QTest::newRow("token twice, encoded name") << u"oauth_token=T0k3n&oauth%5Ftoken=evil&oauth_verifier=V3r"_s;
    QTest::newRow("verifier twice") << u"oauth_token=T0k3n&oauth_verifier=V3r&oauth_verifier=V4r"_s;
    QTest::newRow("verifier twice, one empty") << u"oauth_token=T0k3n&oauth_verifier=&oauth_verifier=V3r"_s;
    QTest::newRow("state twice") << u"state=freshbooks&state=other&oauth_token=T0k3n&oauth_verifier=V3r"_s;
}

void TstCallbackMatcher::malformed()
{
    QFETCH(QString, query);
    const CallbackMatch m = ce::matchCallback(Configured, url(u"https://www.mycoolapp.com/auth?"_s + query), Expected);
    QCOMPARE(m.outcome, Outcome::Malformed);
    QVERIFY(m.isCallback());
    QVERIFY(!m.message.isEmpty());
}

void TstCallbackMatcher::invalidConfiguration()
{
    const QUrl navigation(u"https://www.mycoolapp.com/auth?"_s + Good);
    // No callback configured, or a nonsense one: nothing is the callback.
    for (const QString &configured : {QString(), u"/auth"_s, u"javascript:x"_s, u"www.mycoolapp.com/auth"_s}) {
        QVERIFY2(!ce::isCallbackUrl(QUrl(configured), navigation), qPrintable(configured));
        QCOMPARE(ce::matchCallback(QUrl(configured), navigation, Expected).outcome, Outcome::NotCallback);
    }
    // A loopback callback on a port works the same way.
    const QUrl loopback(u"http://127.0.0.1:53682/callback"_s);
    QCOMPARE(ce::matchCallback(loopback, QUrl(u"http://127.0.0.1:53682/callback?"_s + Good), Expected).outcome,
             Outcome::Authorized);
    QCOMPARE(ce::matchCallback(loopback, QUrl(u"http://127.0.0.1:53683/callback?"_s + Good), Expected).outcome,
             Outcome::NotCallback);
    QCOMPARE(ce::matchCallback(loopback, QUrl(u"http://127.0.0.1/callback?"_s + Good), Expected).outcome,
             Outcome::NotCallback);
    QCOMPARE(ce::matchCallback(loopback, QUrl(u"http://localhost:53682/callback?"_s + Good), Expected).outcome,
             Outcome::NotCallback);
}

QTEST_GUILESS_MAIN(TstCallbackMatcher)
#include "tst_callbackmatcher.moc"
