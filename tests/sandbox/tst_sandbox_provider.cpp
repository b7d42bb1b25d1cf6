// The provider's pages over HTTP, as a browser meets them (step 3 of the documented flow):
// the sign-in form, the session, the consent page, the help page, Allow and Deny, the
// auto-approving provider, escaping and the forms' edge cases.
#include "sandboxtest.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace ce::test;

class TstSandboxProvider : public SandboxTest
{
    Q_OBJECT

private slots:
    // The documented flow, step 3
    void signedOutTheAuthorizationPageIsASignInForm();
    void signingInSetsASessionAndGoesBack();
    void signedInTheAuthorizationPageAsksForConsent();
    void helpPageIsSelfContained();
    void allowGoesToTheCallbackWithAVerifier();
    void aUsedTokenIsNotServedAgain();

    // Other answers
    void deny();
    void autoApprove();
    void loginAndConsentDetails();
};

// Step 3a: not signed in, the authorization page is a sign-in form that comes back to it.
void TstSandboxProvider::signedOutTheAuthorizationPageIsASignInForm()
{
    Walk w;
    CHECK(walk(&w, Step::SignInPage));
    const Response &login = w.at(Step::SignInPage);
    QCOMPARE(login.status, 200);
    QVERIFY(login.header("Content-Type").startsWith("text/html"));
    const QString loginHtml = login.html();
    QVERIFY(loginHtml.contains(u"Sandbox — not the real FreshBooks"_s));
    QVERIFY(loginHtml.contains(u"Sign in to acme.freshbooks.com"_s));
    QVERIFY(loginHtml.contains(u"id=\"email\""_s));
    QVERIFY(loginHtml.contains(u"id=\"password\""_s));
    QVERIFY(loginHtml.contains(u"id=\"login\""_s));
    CHECK(checkSelfContained(loginHtml));
    const QString action = attributeOf(loginHtml, u"<form"_s, u"action"_s);
    QCOMPARE(action, u"/provider/freshbooks/acme/login"_s);
    QCOMPARE(attributeOf(loginHtml, u"<form"_s, u"method"_s), u"post"_s);
    const QString returnTo = attributeOf(loginHtml, u"name=\"return\""_s, u"value"_s);
    QCOMPARE(root(returnTo), w.oauthUrl);
    QVERIFY(nam->cookieJar()->cookiesForUrl(w.oauthUrl).isEmpty());
}

// Step 3b: signing in sets a session cookie and goes back to the authorization page.
void TstSandboxProvider::signingInSetsASessionAndGoesBack()
{
    Walk w;
    CHECK(walk(&w, Step::SignIn));
    const Response &signedIn = w.at(Step::SignIn);
    QCOMPARE(signedIn.status, 303);
    QCOMPARE(QUrl::fromEncoded(signedIn.header("Location")), w.oauthUrl);
    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(signedIn.header("Set-Cookie"));
    QCOMPARE(cookies.size(), 1);
    QVERIFY(cookies.first().isHttpOnly());
    QCOMPARE(cookies.first().path(), u"/provider"_s);
    QVERIFY(!cookies.first().value().isEmpty());
    QCOMPARE(nam->cookieJar()->cookiesForUrl(w.oauthUrl).size(), 1);
}

// Step 3c: signed in, the authorization page asks for consent, for this application,
// site, account and callback.
void TstSandboxProvider::signedInTheAuthorizationPageAsksForConsent()
{
    Walk w;
    CHECK(walk(&w, Step::ConsentPage));
    const Response &consent = w.at(Step::ConsentPage);
    QCOMPARE(consent.status, 200);
    const QString consentHtml = consent.html();
    QVERIFY(consentHtml.contains(u"Sandbox — not the real FreshBooks"_s));
    QVERIFY(consentHtml.contains(u"mycompany"_s));
    QVERIFY(consentHtml.contains(u"acme.freshbooks.com"_s));
    QVERIFY(consentHtml.contains(u"ann@example.com"_s));
    QVERIFY(consentHtml.contains(w.grant.callback));
    QVERIFY(consentHtml.contains(u"id=\"allow\""_s));
    QVERIFY(consentHtml.contains(u"id=\"deny\""_s));
    QCOMPARE(attributeOf(consentHtml, u"id=\"help\""_s, u"target"_s), u"_blank"_s);
    const QString decisionAction = attributeOf(consentHtml, u"<form"_s, u"action"_s);
    QCOMPARE(decisionAction, u"/provider/freshbooks/acme/oauth/decision"_s);
    QCOMPARE(attributeOf(consentHtml, u"name=\"oauth_token\""_s, u"value"_s), w.grant.token);
    QCOMPARE(attributeOf(consentHtml, u"id=\"allow\""_s, u"value"_s), u"allow"_s);
    QCOMPARE(attributeOf(consentHtml, u"id=\"deny\""_s, u"value"_s), u"deny"_s);
    CHECK(checkSelfContained(consentHtml));
}

// The consent page's help link (a new window) opens a page of the sandbox, self-contained.
void TstSandboxProvider::helpPageIsSelfContained()
{
    Walk w;
    CHECK(walk(&w, Step::HelpPage));
    const Response &help = w.at(Step::HelpPage);
    QCOMPARE(help.status, 200);
    QVERIFY(help.html().contains(u"Sandbox — not the real FreshBooks"_s));
    CHECK(checkSelfContained(help.html()));
}

// Step 3d: allow: a 302 to the callback with the token and a verifier.
void TstSandboxProvider::allowGoesToTheCallbackWithAVerifier()
{
    Walk w;
    CHECK(walk(&w, Step::Allow));
    const Response &allowed = w.at(Step::Allow);
    QCOMPARE(allowed.status, 302);
    const QUrl callback = QUrl::fromEncoded(allowed.header("Location"));
    QCOMPARE(callback.scheme(), u"https"_s);
    QCOMPARE(callback.host(), u"www.mycoolapp.com"_s);
    QCOMPARE(callback.path(), u"/auth"_s);
    const QUrlQuery callbackQuery(callback);
    QCOMPARE(callbackQuery.queryItemValue(u"state"_s), u"freshbooks"_s);
    QCOMPARE(callbackQuery.queryItemValue(u"oauth_token"_s), w.grant.token);
    const QString verifier = callbackQuery.queryItemValue(u"oauth_verifier"_s);
    QVERIFY(!verifier.isEmpty());
    QVERIFY(!callbackQuery.hasQueryItem(u"oauth_problem"_s));
}

// The authorization page does not serve a used token again.
void TstSandboxProvider::aUsedTokenIsNotServedAgain()
{
    Walk w;
    CHECK(walk(&w, Step::UsedTokenPage));
    const Response &again = w.at(Step::UsedTokenPage);
    QCOMPARE(again.status, 400);
    QVERIFY(again.header("Content-Type").startsWith("text/html"));
}

void TstSandboxProvider::deny()
{
    Grant g;
    CHECK(requestToken(&g));
    const Response login = get(g.oauthUrl);
    QCOMPARE(login.status, 200);
    const QString loginHtml = login.html();
    const Response signedIn = postForm(attributeOf(loginHtml, u"<form"_s, u"action"_s),
                                       {{u"email"_s, u"bob"_s},
                                        {u"password"_s, u"x"_s},
                                        {u"return"_s, attributeOf(loginHtml, u"name=\"return\""_s, u"value"_s)}});
    QCOMPARE(signedIn.status, 303);
    const Response consent = get(g.oauthUrl);
    QCOMPARE(consent.status, 200);
    const Response denied = postForm(attributeOf(consent.html(), u"<form"_s, u"action"_s),
                                     {{u"oauth_token"_s, g.token}, {u"decision"_s, u"deny"_s}});
    QCOMPARE(denied.status, 302);
    const QUrl callback = QUrl::fromEncoded(denied.header("Location"));
    QCOMPARE(callback.host(), u"www.mycoolapp.com"_s);
    const QUrlQuery query(callback);
    QCOMPARE(query.queryItemValue(u"state"_s), u"freshbooks"_s);
    QCOMPARE(query.queryItemValue(u"oauth_token"_s), g.token);
    QCOMPARE(query.queryItemValue(u"oauth_problem"_s), u"user_refused"_s);
    QVERIFY(!query.hasQueryItem(u"oauth_verifier"_s));

    // A refused token creates nothing.
    g.verifier = u"guess"_s;
    const Response created = postJson(u"/instances"_s, instanceBody(g));
    CHECK(checkError(created, 400));
    QVERIFY2(created.message().contains(u"refused"_s), qPrintable(created.message()));
    QVERIFY(server->instances().isEmpty());
}

void TstSandboxProvider::autoApprove()
{
    Grant g;
    g.callback = u"http://localhost:8765/callback?session=42"_s;
    CHECK(requestToken(&g));
    server->setAutoApprove(true);
    const Response page = get(g.oauthUrl);
    QCOMPARE(page.status, 302);
    QVERIFY(page.header("Set-Cookie").isEmpty());
    const QUrl callback = QUrl::fromEncoded(page.header("Location"));
    QCOMPARE(callback.host(), u"localhost"_s);
    QCOMPARE(callback.port(), 8765);
    QCOMPARE(callback.path(), u"/callback"_s);
    const QUrlQuery query(callback);
    QCOMPARE(query.queryItemValue(u"session"_s), u"42"_s);  // merged with the callback's own query
    QCOMPARE(query.queryItemValue(u"state"_s), u"freshbooks"_s);
    QCOMPARE(query.queryItemValue(u"oauth_token"_s), g.token);
    g.verifier = query.queryItemValue(u"oauth_verifier"_s);
    QVERIFY(!g.verifier.isEmpty());
    QCOMPARE(postJson(u"/instances"_s, instanceBody(g)).status, 200);
}

void TstSandboxProvider::loginAndConsentDetails()
{
    Grant g;
    g.apiKey = u"<b>evil&app</b>"_s;
    CHECK(requestToken(&g));
    const Response login = get(g.oauthUrl);
    const QString html = login.html();
    const QString action = attributeOf(html, u"<form"_s, u"action"_s);
    const QString returnTo = attributeOf(html, u"name=\"return\""_s, u"value"_s);

    // Empty fields: the form again, with an error, and no session.
    const Response empty = postForm(action, {{u"email"_s, u"  "_s}, {u"password"_s, QString()}, {u"return"_s, returnTo}});
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.html().contains(u"class=\"error\" role=\"alert\">Enter"_s));
    QVERIFY(empty.header("Set-Cookie").isEmpty());
    QCOMPARE(attributeOf(empty.html(), u"name=\"return\""_s, u"value"_s), returnTo);
    const Response stillLogin = get(g.oauthUrl);
    QVERIFY(stillLogin.html().contains(u"id=\"login\""_s));
    QVERIFY(stillLogin.html().contains(u"class=\"error\" role=\"alert\"></p>"_s));

    // A decision without a session is refused.
    const Response early = postForm(u"/provider/freshbooks/acme/oauth/decision"_s,
                                    {{u"oauth_token"_s, g.token}, {u"decision"_s, u"allow"_s}});
    QCOMPARE(early.status, 403);

    // Values are escaped on the pages; a foreign return address is not followed.
    const Response signedIn = postForm(action, {{u"email"_s, u"\"quote\"@example.com"_s},
                                                {u"password"_s, u"p"_s},
                                                {u"return"_s, u"https://evil.example.com/"_s}});
    QCOMPARE(signedIn.status, 303);
    QCOMPARE(QUrl::fromEncoded(signedIn.header("Location")).host(), u"127.0.0.1"_s);
    const Response consent = get(g.oauthUrl);
    QCOMPARE(consent.status, 200);
    QVERIFY(!consent.html().contains(u"<b>evil"_s));
    QVERIFY(consent.html().contains(u"&lt;b&gt;evil&amp;app&lt;/b&gt;"_s));
    QVERIFY(consent.html().contains(u"&quot;quote&quot;@example.com"_s));
    QVERIFY(consent.header("Content-Security-Policy").contains("default-src 'none'"));

    // An unknown decision is not taken.
    const Response odd = postForm(attributeOf(consent.html(), u"<form"_s, u"action"_s),
                                  {{u"oauth_token"_s, g.token}, {u"decision"_s, u"maybe"_s}});
    QCOMPARE(odd.status, 400);
    QVERIFY(odd.header("Location").isEmpty());
}

QTEST_GUILESS_MAIN(TstSandboxProvider)
#include "tst_sandbox_provider.moc"
