// Unit tests of ce::matchCallback / ce::isCallbackUrl: which navigations are the OAuth
// callback, and what a callback carries.
#include "core/callbackmatcher.h"
#include "core/elementcatalog.h"
#include "core/redaction.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ce::CallbackMatch;
using Outcome = ce::CallbackMatch::Outcome;
using ce::NavigationOrigin;

Q_DECLARE_METATYPE(ce::CallbackMatch::Outcome)
Q_DECLARE_METATYPE(ce::NavigationOrigin)

namespace {

const QUrl Configured(u"https://www.mycoolapp.com/auth"_s);
const QString Expected = u"T0k3n"_s;
const QString Good = u"state=freshbooks&oauth_token=T0k3n&oauth_verifier=V3r"_s;
// What the provider's own pages carry: the token, no verifier.
const QString TokenOnly = u"state=freshbooks&oauth_token=T0k3n"_s;

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
    void nearMisses_data();
    void nearMisses();
    void nearMissCarriedInTheFragment();
    void secretParametersAreData();
    void configuredQuery_data();
    void configuredQuery();
    void origins_data();
    void origins();
    void refusals_data();
    void refusals();
    void tokenMismatch_data();
    void tokenMismatch();
    void noAuthorizationInProgress_data();
    void noAuthorizationInProgress();
    void malformed_data();
    void malformed();
    void invalidConfiguration();

    // OAuth 2.0: code + state, the rules from the descriptor (zendesk, quickbooks)
    void oauth2Accepted();
    void oauth2CallbackParametersFromTheDescriptor();
    void oauth2ForeignState_data();
    void oauth2ForeignState();
    void oauth2Malformed_data();
    void oauth2Malformed();
    void oauth2Refusal_data();
    void oauth2Refusal();
    void oauth2RefusalDescriptionIsTamed();
    void oauth2NoAttemptInProgress();
    void oauth2LookAlikes_data();
    void oauth2LookAlikes();
    void oauth2ForeignCodesElsewhereLoad();

private:
    static void addLookAlikes(const QString &query);
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

// Look-alikes of the callback, each with what a provider's own page carries (the
// token, no verifier): not the callback, and loaded like any other page.
void TstCallbackMatcher::notTheCallback_data()
{
    QTest::addColumn<QUrl>("navigation");
    addLookAlikes(TokenOnly);
    QTest::newRow("empty") << QUrl();
    QTest::newRow("about:blank") << url(u"about:blank"_s);
    QTest::newRow("the provider's own page") << url(u"https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_token=T0k3n&oauth_callback=https%3A%2F%2Fwww.mycoolapp.com%2Fauth"_s);
    QTest::newRow("the callback host, token only") << url(u"https://www.mycoolapp.com/other?"_s + TokenOnly);
    QTest::newRow("verifier in a name's value") << url(u"https://evil.test/auth?note=oauth_verifier"_s);
    QTest::newRow("verifier, other case") << url(u"https://evil.test/auth?OAUTH_VERIFIER=V3r"_s);
}

void TstCallbackMatcher::addLookAlikes(const QString &query)
{
    const QString q = u"?"_s + query;
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
    QTest::newRow("file") << url(u"file:///auth"_s + q);
    QTest::newRow("ftp") << url(u"ftp://www.mycoolapp.com/auth"_s + q);
    QTest::newRow("ws") << url(u"wss://www.mycoolapp.com/auth"_s + q);
    QTest::newRow("relative") << url(u"/auth"_s + q);
    QTest::newRow("scheme-relative") << url(u"//www.mycoolapp.com/auth"_s + q);
    QTest::newRow("query only") << url(q);
    // The near misses of the issue: each would carry what the callback carries elsewhere.
    QTest::newRow("trailing slash") << url(u"https://www.mycoolapp.com/auth/"_s + q);
    QTest::newRow("path parameter ;x") << url(u"https://www.mycoolapp.com/auth;x"_s + q);
    QTest::newRow("trailing dot on the host") << url(u"https://www.mycoolapp.com./auth"_s + q);
}

void TstCallbackMatcher::notTheCallback()
{
    QFETCH(QUrl, navigation);
    QVERIFY(!ce::isCallbackUrl(Configured, navigation));
    for (const QString &token : {Expected, QString()}) {
        const CallbackMatch m = ce::matchCallback(Configured, navigation, token);
        QCOMPARE(m.outcome, Outcome::NotCallback);
        QVERIFY(!m.isCallback());
        QVERIFY(!m.mustNotLoad());
        QVERIFY(m.message.isEmpty());
        QVERIFY(m.oauthToken.isEmpty());
        QVERIFY(m.oauthVerifier.isEmpty());
    }
}

// The same look-alikes carrying a verifier: not the callback, but never to be loaded
// (it would hand the verifier to that address), with a message naming the address.
void TstCallbackMatcher::nearMisses_data()
{
    QTest::addColumn<QUrl>("navigation");
    addLookAlikes(Good);
    QTest::newRow("verifier alone") << url(u"https://evil.test/collect?oauth_verifier=V3r"_s);
    QTest::newRow("verifier, empty") << url(u"https://evil.test/collect?oauth_verifier="_s);
}

void TstCallbackMatcher::nearMisses()
{
    QFETCH(QUrl, navigation);
    QVERIFY(!ce::isCallbackUrl(Configured, navigation));
    QVERIFY(ce::carriesCallbackSecret(navigation, ce::DefaultCallbackSecretParameters));
    for (const QString &token : {Expected, QString()}) {
        for (const NavigationOrigin origin : {NavigationOrigin::TopLevelPage, NavigationOrigin::Frame}) {
            const CallbackMatch m = ce::matchCallback(Configured, navigation, token, origin);
            QCOMPARE(m.outcome, Outcome::NearMiss);
            QVERIFY(!m.isCallback());
            QVERIFY(m.mustNotLoad());
            QVERIFY(m.oauthVerifier.isEmpty());
            QVERIFY2(m.message.contains(u"https://www.mycoolapp.com/auth"_s), qPrintable(m.message));
            QVERIFY2(!m.message.contains(u"V3r"_s) && !m.message.contains(u"T0k3n"_s), qPrintable(m.message));
        }
    }
}

void TstCallbackMatcher::nearMissCarriedInTheFragment()
{
    // Not sent to the server, but read by the page there.
    const CallbackMatch m = ce::matchCallback(Configured, url(u"https://evil.test/auth#oauth_verifier=V3r"_s), Expected);
    QCOMPARE(m.outcome, Outcome::NearMiss);
    // On the callback itself a fragment changes nothing.
    QCOMPARE(ce::matchCallback(Configured, url(u"https://www.mycoolapp.com/auth?"_s + Good + u"#oauth_verifier=x"_s),
                               Expected).outcome,
             Outcome::Authorized);
}

void TstCallbackMatcher::secretParametersAreData()
{
    // An OAuth 2 element names `code`: a page carrying one elsewhere is stopped, a page
    // carrying an OAuth 1.0a verifier is not this element's business.
    const QStringList oauth2 = {u"code"_s};
    const QUrl code(u"https://www.mycoolapp.com/auth/?code=c0de"_s);
    QCOMPARE(ce::matchCallback(Configured, code, Expected, NavigationOrigin::TopLevelPage, oauth2).outcome,
             Outcome::NearMiss);
    QCOMPARE(ce::matchCallback(Configured, code, Expected).outcome, Outcome::NotCallback);
    const QUrl verifier(u"https://www.mycoolapp.com/auth/?"_s + Good);
    QCOMPARE(ce::matchCallback(Configured, verifier, Expected, NavigationOrigin::TopLevelPage, oauth2).outcome,
             Outcome::NotCallback);
    // None named: nothing is a near miss.
    QCOMPARE(ce::matchCallback(Configured, verifier, Expected, NavigationOrigin::TopLevelPage, {}).outcome,
             Outcome::NotCallback);
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
    // Not the callback but carrying its verifier (a configured item repeated, say): a near miss.
    QCOMPARE(m.outcome, isCallback ? Outcome::Authorized : Outcome::NearMiss);
    QVERIFY(m.mustNotLoad());
    // Without the verifier, the same addresses are ordinary pages.
    QUrl tokenOnly = navigation;
    QUrlQuery query(navigation);
    query.removeAllQueryItems(u"oauth_verifier"_s);
    tokenOnly.setQuery(query);
    QCOMPARE(ce::matchCallback(configured, tokenOnly, Expected).outcome,
             isCallback ? Outcome::Malformed : Outcome::NotCallback);
}

// Only the page itself, a pasted address and a loopback listener may deliver the callback;
// from a frame, a popup or a frame's script it is refused, whatever it carries.
void TstCallbackMatcher::origins_data()
{
    QTest::addColumn<NavigationOrigin>("origin");
    QTest::addColumn<bool>("mayDeliver");
    QTest::addColumn<QString>("named");
    QTest::newRow("top-level page") << NavigationOrigin::TopLevelPage << true << QString();
    QTest::newRow("pasted by the user") << NavigationOrigin::PastedByUser << true << QString();
    QTest::newRow("system browser listener") << NavigationOrigin::SystemBrowserListener << true << QString();
    QTest::newRow("frame") << NavigationOrigin::Frame << false << u"frame"_s;
    QTest::newRow("popup") << NavigationOrigin::Popup << false << u"popup"_s;
    QTest::newRow("script in a frame or popup") << NavigationOrigin::ScriptInFrameOrPopup << false
                                                << u"frame or another window"_s;
}

void TstCallbackMatcher::origins()
{
    QFETCH(NavigationOrigin, origin);
    QFETCH(bool, mayDeliver);
    QFETCH(QString, named);
    QCOMPARE(ce::mayDeliverCallback(origin), mayDeliver);

    const QUrl callback(u"https://www.mycoolapp.com/auth?"_s + Good);
    const CallbackMatch m = ce::matchCallback(Configured, callback, Expected, origin);
    if (mayDeliver) {
        QCOMPARE(m.outcome, Outcome::Authorized);
        QCOMPARE(m.oauthVerifier, u"V3r"_s);
        return;
    }
    QCOMPARE(m.outcome, Outcome::WrongOrigin);
    QVERIFY(m.isCallback());
    QVERIFY(m.mustNotLoad());
    QVERIFY(m.oauthVerifier.isEmpty());
    QVERIFY2(m.message.contains(named), qPrintable(m.message));
    // Whatever the callback carries, and whether or not an authorization is in progress.
    for (const QString &query : {u"state=freshbooks&error=access_denied"_s, u"oauth_token=other&oauth_verifier=V"_s,
                                 u"oauth_token=T0k3n"_s}) {
        for (const QString &token : {Expected, QString()}) {
            QCOMPARE(ce::matchCallback(Configured, url(u"https://www.mycoolapp.com/auth?"_s + query), token, origin)
                         .outcome,
                     Outcome::WrongOrigin);
        }
    }
    // Nor is anything else changed by where it came from.
    QCOMPARE(ce::matchCallback(Configured, url(u"https://example.test/"_s), Expected, origin).outcome,
             Outcome::NotCallback);
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
    // A value of control characters only says nothing once they are removed: the
    // parameter's name speaks for it (found by fuzz_callback).
    QTest::newRow("oauth_problem of controls only") << u"oauth_problem=%00%00%07%1B"_s << u"oauth_problem"_s;
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
    const QUrl tokenOnly(u"https://www.mycoolapp.com/auth?"_s + TokenOnly);
    // No callback configured, or a nonsense one: nothing is the callback, and what
    // carries a verifier is still not loaded.
    for (const QString &configured : {QString(), u"/auth"_s, u"javascript:x"_s, u"www.mycoolapp.com/auth"_s}) {
        QVERIFY2(!ce::isCallbackUrl(QUrl(configured), navigation), qPrintable(configured));
        QCOMPARE(ce::matchCallback(QUrl(configured), navigation, Expected).outcome, Outcome::NearMiss);
        QCOMPARE(ce::matchCallback(QUrl(configured), tokenOnly, Expected).outcome, Outcome::NotCallback);
    }
    // A loopback callback on a port works the same way.
    const QUrl loopback(u"http://127.0.0.1:53682/callback"_s);
    QCOMPARE(ce::matchCallback(loopback, QUrl(u"http://127.0.0.1:53682/callback?"_s + Good), Expected).outcome,
             Outcome::Authorized);
    for (const QString &other : {u"http://127.0.0.1:53683/callback?"_s, u"http://127.0.0.1/callback?"_s,
                                 u"http://localhost:53682/callback?"_s}) {
        QCOMPARE(ce::matchCallback(loopback, QUrl(other + Good), Expected).outcome, Outcome::NearMiss);
        QCOMPARE(ce::matchCallback(loopback, QUrl(other + TokenOnly), Expected).outcome, Outcome::NotCallback);
    }
}

QTEST_GUILESS_MAIN(TstCallbackMatcher)
#include "tst_callbackmatcher.moc"

// ---------------------------------------------------------------------------------------
// OAuth 2.0

namespace {

const QString State = u"s7ate-of-this-attempt"_s;

ce::CallbackRules oauth2Rules(const QString &id = u"zendesk"_s, const QString &expected = State)
{
    const ce::ElementDescription *e = ce::ElementCatalog::builtIn().byId(id);
    Q_ASSERT(e && e->authentication == ce::Authentication::OAuth2);
    return ce::CallbackRules::forElement(*e, Configured, expected);
}

CallbackMatch matchOAuth2(const QString &query, const ce::CallbackRules &rules = oauth2Rules(),
                          NavigationOrigin origin = NavigationOrigin::TopLevelPage)
{
    return ce::matchCallback(rules, url(u"https://www.mycoolapp.com/auth?"_s + query), origin);
}

}  // namespace

void TstCallbackMatcher::oauth2Accepted()
{
    const ce::CallbackRules rules = oauth2Rules();
    QCOMPARE(rules.kind, ce::Authentication::OAuth2);
    QCOMPARE(rules.grantParameters, QStringList{u"code"_s});
    for (const QString &query : QStringList{u"code=C0de&state="_s + State, u"state="_s + State + u"&code=C0de&extra=1"_s}) {
        const CallbackMatch m = matchOAuth2(query);
        QCOMPARE(m.outcome, Outcome::Authorized);
        QVERIFY(m.message.isEmpty());
        QCOMPARE(m.state, State);
        QCOMPARE(m.grant(rules), u"C0de"_s);
        QCOMPARE(m.parameters, (QMap<QString, QString>{{u"code"_s, u"C0de"_s}}));
        // Nothing of OAuth 1.0a's is read from an OAuth 2.0 callback.
        QVERIFY(m.oauthToken.isEmpty() && m.oauthVerifier.isEmpty());
    }
    // From a frame or a popup it is refused as for OAuth 1.0a.
    QCOMPARE(matchOAuth2(u"code=C0de&state="_s + State, rules, NavigationOrigin::Frame).outcome,
             Outcome::WrongOrigin);
}

// QuickBooks' callback carries realmId beside the code: the descriptor says so, and says
// it is required.
void TstCallbackMatcher::oauth2CallbackParametersFromTheDescriptor()
{
    const ce::CallbackRules rules = oauth2Rules(u"quickbooks"_s);
    QVERIFY2(rules.callbackParameters.contains(u"realmId"_s), qPrintable(rules.callbackParameters.join(u',')));
    const CallbackMatch m = matchOAuth2(u"code=C0de&realmId=4620816365&state="_s + State, rules);
    QCOMPARE(m.outcome, Outcome::Authorized);
    QCOMPARE(m.parameters.value(u"realmId"_s), u"4620816365"_s);
    QCOMPARE(m.parameters.value(u"code"_s), u"C0de"_s);
    if (rules.requiredParameters.contains(u"realmId"_s)) {
        const CallbackMatch without = matchOAuth2(u"code=C0de&state="_s + State, rules);
        QCOMPARE(without.outcome, Outcome::Malformed);
        QVERIFY(without.parameters.isEmpty());
        QVERIFY2(without.message.contains(u"realmId"_s), qPrintable(without.message));
    }
    QCOMPARE(matchOAuth2(u"code=C0de&realmId=1&realmId=2&state="_s + State, rules).outcome, Outcome::Malformed);
}

// A callback for another attempt (another state, none, an empty one, one that only
// resembles it) is refused, and nothing of what it carries is handed on.
void TstCallbackMatcher::oauth2ForeignState_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("another state") << u"code=C0de&state=forged"_s;
    QTest::newRow("no state") << u"code=C0de"_s;
    QTest::newRow("empty state") << u"code=C0de&state="_s;
    QTest::newRow("state prefix") << u"code=C0de&state=s7ate-of-this"_s;
    QTest::newRow("state with suffix") << u"code=C0de&state="_s + State + u"x"_s;
    QTest::newRow("state case") << u"code=C0de&state="_s + State.toUpper();
    QTest::newRow("the element key (the platform's default)") << u"code=C0de&state=zendesk"_s;
    QTest::newRow("refusal for another attempt") << u"error=access_denied&state=forged"_s;
}

void TstCallbackMatcher::oauth2ForeignState()
{
    QFETCH(QString, query);
    const CallbackMatch m = matchOAuth2(query);
    QCOMPARE(m.outcome, Outcome::StateMismatch);
    QVERIFY(m.isCallback());
    QVERIFY(m.mustNotLoad());
    QVERIFY(!m.message.isEmpty());
    QVERIFY(m.parameters.isEmpty());
    QVERIFY2(!m.message.contains(u"C0de"_s), qPrintable(m.message));
}

void TstCallbackMatcher::oauth2Malformed_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("code twice, same value") << u"code=C0de&code=C0de&state="_s + State;
    QTest::newRow("code twice, other first") << u"code=evil&code=C0de&state="_s + State;
    QTest::newRow("code twice, encoded name") << u"code=C0de&co%64e=evil&state="_s + State;
    QTest::newRow("state twice") << u"code=C0de&state="_s + State + u"&state=other"_s;
    QTest::newRow("state twice, same value") << u"code=C0de&state="_s + State + u"&state="_s + State;
    QTest::newRow("no code") << u"state="_s + State;
    QTest::newRow("empty code") << u"code=&state="_s + State;
    QTest::newRow("refusal and code") << u"code=C0de&error=access_denied&state="_s + State;
    QTest::newRow("error twice") << u"error=access_denied&error=server_error&state="_s + State;
    QTest::newRow("description twice") << u"error=x&error_description=a&error_description=b&state="_s + State;
}

void TstCallbackMatcher::oauth2Malformed()
{
    QFETCH(QString, query);
    const CallbackMatch m = matchOAuth2(query);
    QCOMPARE(m.outcome, Outcome::Malformed);
    QVERIFY(m.isCallback());
    QVERIFY(!m.message.isEmpty());
    QVERIFY(m.parameters.isEmpty());
}

void TstCallbackMatcher::oauth2Refusal_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("description");
    QTest::newRow("access_denied") << u"error=access_denied&state="_s + State << u"access_denied"_s << QString();
    QTest::newRow("with a description")
        << u"error=access_denied&error_description=The+user+denied+access.&state="_s + State << u"access_denied"_s
        << u"The user denied access."_s;
    QTest::newRow("another error") << u"state="_s + State + u"&error=invalid_scope&error_description=Bad%20scope"_s
                                   << u"invalid_scope"_s << u"Bad scope"_s;
}

void TstCallbackMatcher::oauth2Refusal()
{
    QFETCH(QString, query);
    QFETCH(QString, word);
    QFETCH(QString, description);
    const CallbackMatch m = matchOAuth2(query);
    QCOMPARE(m.outcome, Outcome::Refused);
    QCOMPARE(m.refusal, word);
    QCOMPARE(m.refusalDescription, description);
    QVERIFY2(m.message.contains(description.isEmpty() ? word : description), qPrintable(m.message));
}

// error_description is written by whoever sent the redirect: one line, no controls or
// bidirectional overrides, no secret the app knows, cut to a bounded length.
void TstCallbackMatcher::oauth2RefusalDescriptionIsTamed()
{
    const QString secret = u"sk_secret_known_to_the_app_123"_s;
    ce::redaction::registerSecret(secret);
    QUrlQuery q;
    q.addQueryItem(u"error"_s, u"access_denied"_s);
    q.addQueryItem(u"state"_s, State);
    const QString hostile = u"line one\nline two \u202Egnp.exe "_s + secret + u" "_s + QString(1000, u'x');
    q.addQueryItem(u"error_description"_s, QString::fromLatin1(QUrl::toPercentEncoding(hostile)));
    QUrl navigation(u"https://www.mycoolapp.com/auth"_s);
    navigation.setQuery(q);
    const CallbackMatch m = ce::matchCallback(oauth2Rules(), navigation);
    QCOMPARE(m.outcome, Outcome::Refused);
    QVERIFY(m.refusalDescription.size() <= CallbackMatch::MaxDescriptionLength);
    QVERIFY(!m.refusalDescription.contains(u'\n'));
    QVERIFY(!m.refusalDescription.contains(QChar(0x202E)));
    QVERIFY(!m.refusalDescription.contains(secret));
    QVERIFY(!m.message.contains(secret));
    QVERIFY2(m.refusalDescription.startsWith(u"line one line two"_s), qPrintable(m.refusalDescription));
}

void TstCallbackMatcher::oauth2NoAttemptInProgress()
{
    const ce::CallbackRules rules = oauth2Rules(u"zendesk"_s, QString());
    for (const QString &query : QStringList{u"code=C0de&state="_s + State, u"code=C0de&state="_s, u"code=C0de"_s,
                                 u"error=access_denied"_s}) {
        const CallbackMatch m = matchOAuth2(query, rules);
        QCOMPARE(m.outcome, Outcome::StateMismatch);
        QVERIFY(m.parameters.isEmpty());
    }
}

// The look-alikes of OAuth 1.0a's tests, carrying this attempt's code and state: never
// loaded.
void TstCallbackMatcher::oauth2LookAlikes_data()
{
    QTest::addColumn<QUrl>("navigation");
    addLookAlikes(u"code=C0de&state="_s + State);
    QTest::newRow("code on the callback's host, another path") << url(u"https://www.mycoolapp.com/other?code=C0de"_s);
    QTest::newRow("code on the callback's path, another host") << url(u"https://evil.test/auth?code=C0de"_s);
    QTest::newRow("code and state in a fragment elsewhere")
        << url(u"https://evil.test/x#code=C0de&state="_s + State);
}

void TstCallbackMatcher::oauth2LookAlikes()
{
    QFETCH(QUrl, navigation);
    const CallbackMatch m = ce::matchCallback(oauth2Rules(), navigation);
    QCOMPARE(m.outcome, Outcome::NearMiss);
    QVERIFY(m.mustNotLoad());
    QVERIFY(m.parameters.isEmpty());
    QVERIFY2(!m.message.contains(u"C0de"_s) && !m.message.contains(State), qPrintable(m.message));
}

// `code` is a common word: a provider's own sign-in pages pass codes of their own around
// (a one-time password, a single sign-on hop). Those pages must load.
void TstCallbackMatcher::oauth2ForeignCodesElsewhereLoad()
{
    for (const QString &address : {u"https://login.provider.test/sso?code=abc"_s,
                                   u"https://accounts.provider.test/signin/verify?code=123456&state=theirs"_s}) {
        const CallbackMatch m = ce::matchCallback(oauth2Rules(), url(address));
        QCOMPARE(m.outcome, Outcome::NotCallback);
        QVERIFY(!m.mustNotLoad());
    }
}
