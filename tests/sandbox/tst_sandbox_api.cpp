// The platform's routing and its OAuth helper calls, over HTTP: GET /elements/{key}/oauth/token
// and /oauth/url as documented (steps 1 and 2 of the flow), OAuth 2.0's codes, GET
// /elements/{key}, each kind's own calls, the Authorization header, the
// required parameters, what no route answers, and how long request tokens are kept.
#include "sandboxtest.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace ce::test;
using Endpoint = SandboxCall::Endpoint;

class TstSandboxApi : public SandboxTest
{
    Q_OBJECT

private slots:
    // The documented flow, steps 1 and 2
    void issuesARequestToken();
    void buildsTheAuthorizationUrl();
    void documentedExamples();
    void oauthUrlShape();

    // The platform secrets
    void authorizationHeader_data();
    void authorizationHeader();
    void elementTokenPart();

    // What is refused
    void notFound();
    void missingParameters();
    void eachKindItsOwnCalls();

    // OAuth 2.0 and the element's description
    void oauth2CodeIsBoundAndUsedOnce();
    void oauth2LinkEditedOnTheWayIsRefused();
    void describesAnElement();

    // What is kept
    void requestTokensAreBounded();
};

// Step 1 of the documented flow: a request token and its secret.
void TstSandboxApi::issuesARequestToken()
{
    Walk w;
    CHECK(walk(&w, Step::Token));
    const Response &token = w.at(Step::Token);
    QCOMPARE(token.status, 200);
    QVERIFY(token.header("Content-Type").startsWith("application/json"));
    QCOMPARE(w.grant.token.size(), 44);
    QCOMPARE(w.grant.secret.size(), 36);
}

// Step 2: the authorization URL, to the sandbox's provider page, with the callback and
// its state.
void TstSandboxApi::buildsTheAuthorizationUrl()
{
    Walk w;
    CHECK(walk(&w, Step::Url));
    const Response &url = w.at(Step::Url);
    QCOMPARE(url.status, 200);
    QCOMPARE(url.object().value("element"_L1).toString(), u"freshbooks"_s);
    const QString oauthUrlText = url.object().value("oauthUrl"_L1).toString();
    QVERIFY2(oauthUrlText.endsWith(u"?oauth_token="_s + w.grant.token
                                   + u"&oauth_callback=https%3A%2F%2Fwww.mycoolapp.com%2Fauth%3Fstate%3Dfreshbooks"_s),
             qPrintable(oauthUrlText));
    const QUrl oauthUrl(oauthUrlText);
    QCOMPARE(oauthUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(oauthUrl.port(), int(server->port()));
    QCOMPARE(oauthUrl.path(), u"/provider/freshbooks/acme/oauth/oauth_authorize.php"_s);
    QCOMPARE(QUrlQuery(oauthUrl).queryItemValue(u"oauth_callback"_s, QUrl::FullyDecoded),
             u"https://www.mycoolapp.com/auth?state=freshbooks"_s);
}

void TstSandboxApi::documentedExamples()
{
    // The cURL examples of Cloud Elements' page, with only the host changed.
    QNetworkRequest tokenRequest(QUrl::fromEncoded(
        server->baseUrl().toEncoded()
        + "/elements/freshbooks/oauth/token?apiKey=insert_api_key&apiSecret=insert_api_secret"
          "&callbackUrl=https%3A%2F%2Fwww.mycoolapp.com%2Fauth&siteAddress=insert_freshbooks_site_address"));
    tokenRequest.setRawHeader("Content-Type", "application/json");
    const Response token = wait(nam->get(tokenRequest));
    QCOMPARE(token.status, 200);
    static const QRegularExpression alnum(u"^[A-Za-z0-9]+$"_s);
    QCOMPARE(token.object().value("token"_L1).toString().size(), 44);
    QCOMPARE(token.object().value("secret"_L1).toString().size(), 36);
    QVERIFY(alnum.match(token.object().value("token"_L1).toString()).hasMatch());

    QNetworkRequest urlRequest(QUrl::fromEncoded(
        server->baseUrl().toEncoded()
        + "/elements/freshbooks/oauth/url?apiKey=insert_fake_api_key&apiSecret=insert_fake_api_secret"
          "&callbackUrl=http://www.demonstrab.ly&requestToken=insert_requestToken"
          "&siteAddress=insert_freshbooks_site_address"));
    urlRequest.setRawHeader("Content-Type", "application/json");
    const Response url = wait(nam->get(urlRequest));
    QCOMPARE(url.status, 200);
    QCOMPARE(url.object().value("element"_L1).toString(), u"freshbooks"_s);
    QCOMPARE(url.object().value("oauthUrl"_L1).toString(),
             server->rootUrl().toString()
                 + u"/provider/freshbooks/insert_freshbooks_site_address/oauth/oauth_authorize.php"
                   u"?oauth_token=insert_requestToken&oauth_callback=http%3A%2F%2Fwww.demonstrab.ly%3Fstate%3Dfreshbooks"_s);

    // The documented instance.json, placeholders and all: the token is not one the sandbox issued.
    const QByteArray documentedBody = R"({
  "element": { "key": "freshbooks" },
  "providerData": {
   "oauth_token": "<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>",
   "oauth_verifier": "<OAUTH_VERIFIER_RETURNED_IN_OAUTH_EXCHANGE>",
   "secret": "<SECRET_RETURNED_IN_OAUTH_EXCHANGE>"
   },
  "configuration": {
"oauth.api.key":"<INSERT_FRESHBOOKS_API_KEY>",
"oauth.api.secret":"<INSERT_FRESHBOOKS_API_SECRET>",
"freshbooks.site.address":"<INSERT_FRESHBOOKS_SITE_ADDRESS>"
  },
  "tags": [ "<INSERT_TAGS>" ],
  "name": "<INSERT_INSTANCE_NAME>"
})";
    const Response created = post(api(u"/instances"_s), "application/json", documentedBody, goodAuth());
    CHECK(checkError(created, 400));
    QVERIFY2(created.message().contains(u"oauth_token"_s), qPrintable(created.message()));
}

void TstSandboxApi::oauthUrlShape()
{
    // A callback with a query gets "&state=".
    Grant g;
    g.callback = u"https://app.example.com/cb?x=1&y=two"_s;
    QUrlQuery q = tokenQuery(g);
    q.addQueryItem(u"requestToken"_s, u"abc"_s);
    const Response withQuery = get(api(u"/elements/freshbooks/oauth/url"_s, q));
    QCOMPARE(withQuery.status, 200);
    const QUrl u1(withQuery.object().value("oauthUrl"_L1).toString());
    QCOMPARE(QUrlQuery(u1).queryItemValue(u"oauth_callback"_s, QUrl::FullyDecoded),
             u"https://app.example.com/cb?x=1&y=two&state=freshbooks"_s);
    QCOMPARE(QUrlQuery(u1).queryItemValue(u"oauth_token"_s), u"abc"_s);

    // A missing requestToken gives oauth_token=null, as the real platform does.
    const Response missing = get(api(u"/elements/freshbooks/oauth/url"_s, tokenQuery(Grant())));
    QCOMPARE(missing.status, 200);
    const QString text = missing.object().value("oauthUrl"_L1).toString();
    QVERIFY2(text.contains(u"?oauth_token=null&oauth_callback="_s), qPrintable(text));
    // ...and the provider refuses it, with an HTML page.
    const Response page = get(QUrl(text));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.html().contains(u"null"_s));
    QVERIFY(page.html().contains(u"Sandbox — not the real FreshBooks"_s));

    // An empty requestToken is missing too.
    QUrlQuery empty = tokenQuery(Grant());
    empty.addQueryItem(u"requestToken"_s, QString());
    QVERIFY(get(api(u"/elements/freshbooks/oauth/url"_s, empty))
                .object().value("oauthUrl"_L1).toString().contains(u"oauth_token=null&"_s));

    // A token the sandbox never issued is refused on the page.
    Grant other;
    CHECK(requestToken(&other));
    QUrl forged = other.oauthUrl;
    QUrlQuery fq(forged);
    fq.removeAllQueryItems(u"oauth_token"_s);
    fq.addQueryItem(u"oauth_token"_s, u"forged"_s);
    forged.setQuery(fq);
    const Response forgedPage = get(forged);
    QCOMPARE(forgedPage.status, 400);
    QVERIFY(forgedPage.html().contains(u"forged"_s));
    QCOMPARE(server->calls(Endpoint::ProviderPage).last().status, 400);

    // The token of one site does not open another site's page.
    QUrl elsewhere = other.oauthUrl;
    elsewhere.setPath(u"/provider/freshbooks/othersite/oauth/oauth_authorize.php"_s);
    QCOMPARE(get(elsewhere).status, 400);
    // Nor an unknown element's.
    QUrl unknown = other.oauthUrl;
    unknown.setPath(u"/provider/nope/acme/oauth/oauth_authorize.php"_s);
    QCOMPARE(get(unknown).status, 404);
}

void TstSandboxApi::authorizationHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("accepted");
    const QByteArray u = SandboxServer::UserSecret;
    const QByteArray o = SandboxServer::OrganizationSecret;
    QTest::newRow("documented") << "User " + u + ", Organization " + o << true;
    QTest::newRow("other order") << "Organization " + o + ", User " + u << true;
    QTest::newRow("no space") << "User " + u + ",Organization " + o << true;
    QTest::newRow("loose spacing") << "  Organization   " + o + " ,  User\t" + u + "  " << true;
    QTest::newRow("wrong user") << "User nope, Organization " + o << false;
    QTest::newRow("wrong organization") << "User " + u + ", Organization nope" << false;
    QTest::newRow("swapped secrets") << "User " + o + ", Organization " + u << false;
    QTest::newRow("user only") << "User " + u << false;
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("bearer") << "Bearer " + u << false;
    QTest::newRow("twice") << "User " + u + ", User " + u + ", Organization " + o << false;
    QTest::newRow("unknown element token") << "User " + u + ", Organization " + o + ", Element bogus" << false;
}

void TstSandboxApi::authorizationHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, accepted);
    const Response list = get(api(u"/instances"_s), header);
    if (accepted) {
        QCOMPARE(list.status, 200);
        QVERIFY(QJsonDocument::fromJson(list.body).isArray());
    } else {
        CHECK(checkError(list, 401, InvalidSecrets));
    }
    CHECK(checkError(get(api(u"/instances/1"_s), header), accepted ? 404 : 401));
    CHECK(checkError(del(api(u"/instances/1"_s), header), accepted ? 404 : 401));
    CHECK(checkError(postJson(u"/instances"_s, QJsonObject(), header), accepted ? 400 : 401));

    // The OAuth helper calls need no header, but one that is sent must be right.
    const QUrl token = api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant()));
    QCOMPARE(get(token, header).status, accepted || header.isEmpty() ? 200 : 401);
    const QUrl url = api(u"/elements/freshbooks/oauth/url"_s, tokenQuery(Grant()));
    QCOMPARE(get(url, header).status, accepted || header.isEmpty() ? 200 : 401);
}

void TstSandboxApi::elementTokenPart()
{
    QJsonObject instance;
    CHECK(createInstance(&instance));
    const QByteArray withElement = QByteArray("Organization ") + SandboxServer::OrganizationSecret + ", Element "
        + instance.value("token"_L1).toString().toLatin1() + ", User " + SandboxServer::UserSecret;
    QCOMPARE(get(api(u"/instances"_s), withElement).status, 200);
    QCOMPARE(del(api(u"/instances/%1"_s.arg(instance.value("id"_L1).toInt())), goodAuth()).status, 200);
    CHECK(checkError(get(api(u"/instances"_s), withElement), 401, InvalidSecrets));
}

void TstSandboxApi::notFound()
{
    const QUrlQuery q = tokenQuery(Grant());
    CHECK(checkError(get(api(u"/elements/nope/oauth/token"_s, q)), 404, u"No element found with key nope"_s));
    CHECK(checkError(get(api(u"/elements/nope/oauth/url"_s, q)), 404, u"No element found with key nope"_s));
    QCOMPARE(get(api(u"/elements/172/oauth/token"_s, q)).status, 200);  // key or id
    CHECK(checkError(get(api(u"/instances/999"_s), goodAuth()), 404, u"No instance found with id 999"_s));
    CHECK(checkError(get(api(u"/instances/abc"_s), goodAuth()), 404, u"No instance found with id abc"_s));
    CHECK(checkError(del(api(u"/instances/999"_s)), 404, u"No instance found with id 999"_s));

    const Response unknown = get(api(u"/nothing/here"_s), goodAuth());
    CHECK(checkError(unknown, 404));
    QVERIFY(unknown.message().contains(u"GET"_s));
    QVERIFY(unknown.message().contains(u"/elements/api-v2/nothing/here"_s));
    // A method the path does not have (PUT is for one instance, /instances/{id}).
    const Response put = wait(nam->put(request(api(u"/instances"_s), goodAuth()), QByteArray("{}")));
    CHECK(checkError(put, 404));
    QVERIFY(put.message().contains(u"PUT /elements/api-v2/instances"_s));
    const Response outside = get(root(u"/favicon.ico"_s));
    CHECK(checkError(outside, 404));
    QVERIFY(outside.message().contains(u"/favicon.ico"_s));
    CHECK(checkError(get(root(u"/provider/freshbooks/acme/other"_s)), 404));
    QCOMPARE(server->calls(Endpoint::Other).size(), 4);
    QCOMPARE(server->calls(Endpoint::Other).last().status, 404);
}

// The sandbox knows every built-in descriptor but emulates OAuth 1.0a elements only, so
// far: another kind gets a 400 that says so, on every call and page of the flow.
// Each element gets the calls of its kind: no request token for OAuth 2.0, no OAuth call
// for credentials, each provider page for its own kind; what a credentials element lacks
// is named key by key.
void TstSandboxApi::eachKindItsOwnCalls()
{
    QUrlQuery q = tokenQuery(Grant());
    CHECK(checkError(get(api(u"/elements/zendesk/oauth/token"_s, q)), 400,
                     u"The element zendesk uses OAuth 2.0: there is no request token, get the authorization URL "
                     u"with GET /elements/zendesk/oauth/url."_s));
    CHECK(checkError(get(api(u"/elements/stripe/oauth/url"_s, q)), 400,
                     u"The element stripe does not use OAuth: create its instance with POST /instances and its "
                     u"configuration."_s));
    // OAuth 2.0's URL needs no request token, but the client's trio and the site address.
    QUrlQuery noSite = q;
    noSite.removeAllQueryItems(u"siteAddress"_s);
    CHECK(checkError(get(api(u"/elements/zendesk/oauth/url"_s, noSite)), 400,
                     u"Missing required parameters: siteAddress"_s));
    QCOMPARE(get(api(u"/elements/zendesk/oauth/url"_s, q)).status, 200);

    const QJsonObject noKey{{u"element"_s, QJsonObject{{u"key"_s, u"freshdeskv2"_s}}},
                            {u"configuration"_s, QJsonObject{{u"other"_s, u"x"_s}}},
                            {u"name"_s, u"Desk"_s}};
    const Response missing = postJson(u"/instances"_s, noKey);
    QCOMPARE(missing.status, 400);
    QVERIFY2(missing.message().startsWith(u"Missing required entries: "_s), qPrintable(missing.message()));
    QVERIFY2(missing.message().contains(u"configuration.subdomain"_s), qPrintable(missing.message()));
    QVERIFY2(missing.message().contains(u"configuration.username"_s), qPrintable(missing.message()));

    const QJsonObject stripe{{u"element"_s, QJsonObject{{u"key"_s, u"stripe"_s}}},
                             {u"configuration"_s, QJsonObject{{u"api.key"_s, u"sk_test_x"_s}}},
                             {u"name"_s, u"Stripe"_s}};
    const Response created = postJson(u"/instances"_s, stripe);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value("element"_L1).toObject().value("key"_L1).toString(), u"stripe"_s);

    const Response page = get(root(u"/provider/zendesk/acme/oauth/oauth_authorize.php?oauth_token=x"_s));
    QCOMPARE(page.status, 400);
    QVERIFY2(page.body.contains("OAuth 2.0"), page.body.constData());
    const Response noPage = get(root(u"/provider/stripe/-/oauth2/authorize?response_type=code"_s));
    QCOMPARE(noPage.status, 400);
    QVERIFY2(noPage.body.contains("configuration of the instance"), noPage.body.constData());
}

namespace {

QUrlQuery oauth2Query(const QString &state, const QString &callback = u"https://www.mycoolapp.com/auth"_s)
{
    QUrlQuery q;
    q.addQueryItem(u"apiKey"_s, u"zd-client"_s);
    q.addQueryItem(u"apiSecret"_s, u"zd-secret"_s);
    q.addQueryItem(u"callbackUrl"_s, QString::fromLatin1(QUrl::toPercentEncoding(callback)));
    q.addQueryItem(u"siteAddress"_s, u"acme"_s);
    q.addQueryItem(u"state"_s, state);
    return q;
}

QJsonObject zendeskBody(const QString &code, const QString &callback = u"https://www.mycoolapp.com/auth"_s)
{
    return QJsonObject{{u"element"_s, QJsonObject{{u"key"_s, u"zendesk"_s}}},
                       {u"providerData"_s, QJsonObject{{u"code"_s, code}}},
                       {u"configuration"_s, QJsonObject{{u"oauth.api.key"_s, u"zd-client"_s},
                                                        {u"oauth.api.secret"_s, u"zd-secret"_s},
                                                        {u"oauth.callback.url"_s, callback},
                                                        {u"zendesk.subdomain"_s, u"acme"_s}}},
                       {u"name"_s, u"Zendesk"_s}};
}

}  // namespace

// The code the provider page hands out goes with the client, the callback and the state it
// was asked for, and makes one instance.
void TstSandboxApi::oauth2CodeIsBoundAndUsedOnce()
{
    const Response url = get(api(u"/elements/zendesk/oauth/url"_s, oauth2Query(u"st4te"_s)), goodAuth());
    QCOMPARE(url.status, 200);
    const QUrl oauthUrl(url.object().value("oauthUrl"_L1).toString());
    const QUrlQuery asked(oauthUrl);
    QCOMPARE(asked.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(asked.queryItemValue(u"client_id"_s), u"zd-client"_s);
    QCOMPARE(asked.queryItemValue(u"state"_s), u"st4te"_s);
    QCOMPARE(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"https://www.mycoolapp.com/auth"_s);
    server->setAutoApprove(true);
    const Response page = get(oauthUrl);
    server->setAutoApprove(false);
    QCOMPARE(page.status, 302);
    const QUrlQuery callback(QUrl::fromEncoded(page.header("Location")));
    QCOMPARE(callback.queryItemValue(u"state"_s), u"st4te"_s);
    const QString code = callback.queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());

    CHECK(checkError(postJson(u"/instances"_s, zendeskBody(code, u"https://www.mycoolapp.com/other"_s)), 400,
                     u"The authorization code was issued for another redirect address than "
                     u"configuration.oauth.callback.url."_s));
    CHECK(checkError(postJson(u"/instances"_s, zendeskBody(u"forged"_s)), 400));
    QCOMPARE(postJson(u"/instances"_s, zendeskBody(code)).status, 200);
    CHECK(checkError(postJson(u"/instances"_s, zendeskBody(code)), 400,
                     u"The authorization code has already been used for an instance: authorize again."_s));
    // The same link once decided is no longer open.
    server->setAutoApprove(true);
    const Response again = get(oauthUrl);
    server->setAutoApprove(false);
    QCOMPARE(again.status, 400);
}

// A link whose state, client or redirect was changed is not one the platform asked for.
void TstSandboxApi::oauth2LinkEditedOnTheWayIsRefused()
{
    const Response url = get(api(u"/elements/zendesk/oauth/url"_s, oauth2Query(u"st4te"_s)), goodAuth());
    QCOMPARE(url.status, 200);
    const QUrl oauthUrl(url.object().value("oauthUrl"_L1).toString());
    server->setAutoApprove(true);
    for (const auto &[name, value] : {std::pair{u"state"_s, u"other"_s}, std::pair{u"client_id"_s, u"evil"_s},
                                      std::pair{u"redirect_uri"_s, u"https%3A%2F%2Fevil.test%2Fauth"_s}}) {
        QUrl edited = oauthUrl;
        QUrlQuery q(edited);
        q.removeAllQueryItems(name);
        q.addQueryItem(name, value);
        edited.setQuery(q);
        const Response page = get(edited);
        QCOMPARE(page.status, 400);
        QVERIFY2(page.html().contains(u"Unknown authorization request"_s), qPrintable(name));
        QVERIFY(page.header("Location").isEmpty());
    }
    server->setAutoApprove(false);
}

// GET /elements/{key}: the platform's description, its configuration list as the
// platform writes it (what a form built at run time reads).
void TstSandboxApi::describesAnElement()
{
    CHECK(checkError(get(api(u"/elements/zendesk"_s)), 401, InvalidSecrets));
    CHECK(checkError(get(api(u"/elements/nosuchelement"_s), goodAuth()), 404));
    const Response r = get(api(u"/elements/zendesk"_s), goodAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(server->calls(Endpoint::Element).size(), 3);
    const QJsonObject o = r.object();
    QCOMPARE(o.value("key"_L1).toString(), u"zendesk"_s);
    QCOMPARE(o.value("authentication"_L1).toObject().value("type"_L1).toString(), u"oauth2"_s);
    QCOMPARE(o.value("typeOauth"_L1), QJsonValue(true));
    QHash<QString, QJsonObject> entries;
    for (const QJsonValue &v : o.value("configuration"_L1).toArray())
        entries.insert(v.toObject().value("key"_L1).toString(), v.toObject());
    QVERIFY(entries.contains(u"zendesk.subdomain"_s));
    QCOMPARE(entries.value(u"zendesk.subdomain"_s).value("required"_L1), QJsonValue(true));
    QCOMPARE(entries.value(u"oauth.api.secret"_s).value("type"_L1).toString(), u"PASSWORD"_s);
    QCOMPARE(entries.value(u"oauth.callback.url"_s).value("defaultValue"_L1).toString(),
             u"https://www.mycoolapp.com/auth"_s);
    QCOMPARE(entries.value(u"oauth.user.token"_s).value("internal"_L1), QJsonValue(true));

    const Response stripe = get(api(u"/elements/stripe"_s), goodAuth());
    QCOMPARE(stripe.object().value("typeOauth"_L1), QJsonValue(false));
    const QJsonArray list = stripe.object().value("configuration"_L1).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value("key"_L1).toString(), u"api.key"_s);
    QCOMPARE(list.at(0).toObject().value("type"_L1).toString(), u"PASSWORD"_s);
}

void TstSandboxApi::missingParameters()
{
    QUrlQuery q;
    q.addQueryItem(u"apiKey"_s, u"k"_s);
    q.addQueryItem(u"apiSecret"_s, QString());
    const Response r = get(api(u"/elements/freshbooks/oauth/token"_s, q));
    CHECK(checkError(r, 400));
    for (const QString &name : {u"apiSecret"_s, u"callbackUrl"_s, u"siteAddress"_s})
        QVERIFY2(r.message().contains(name), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(u"apiKey"_s), qPrintable(r.message()));

    const Response none = get(api(u"/elements/freshbooks/oauth/token"_s));
    CHECK(checkError(none, 400));
    for (const QString &name : {u"apiKey"_s, u"apiSecret"_s, u"callbackUrl"_s, u"siteAddress"_s})
        QVERIFY2(none.message().contains(name), qPrintable(none.message()));

    const Response url = get(api(u"/elements/freshbooks/oauth/url"_s, q));
    CHECK(checkError(url, 400));
    QVERIFY(url.message().contains(u"siteAddress"_s));
}

// Request tokens are kept as long as a real platform keeps them: the newest 1,000.
void TstSandboxApi::requestTokensAreBounded()
{
    Grant first;
    CHECK(requestToken(&first));
    QCOMPARE(get(first.oauthUrl).status, 200);  // the sign-in page for it
    Grant later;
    CHECK(requestToken(&later));
    for (int i = 0; i < 999; ++i)
        QCOMPARE(get(api(u"/elements/freshbooks/oauth/token"_s, tokenQuery(Grant())), goodAuth()).status, 200);
    const Response forgotten = get(first.oauthUrl);
    QCOMPARE(forgotten.status, 400);
    QVERIFY2(forgotten.html().contains(u"Unknown request token"_s), qPrintable(forgotten.html()));
    QCOMPARE(get(later.oauthUrl).status, 200);  // the 1,000th newest is still known
}

QTEST_GUILESS_MAIN(TstSandboxApi)
#include "tst_sandbox_api.moc"
