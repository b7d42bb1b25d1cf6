// What a hostile page, server or input can try against the embedded browser and the pages:
// certificate errors are refused with an explanation; plain http outside this computer is
// flagged; a second authorization starts without the first one's cookies; near misses of
// the callback carrying the verifier are stopped before their host is contacted; a frame
// or a popup cannot deliver the callback, not even by navigating the page; names and tags
// with markup, RTL text, emoji and control characters are shown as text; secrets a
// platform echoes back are masked on the Done page. All on loopback:
// hostile pages come from a small page server, and the callback's host is a server that
// counts every connection it gets (none may come).
#include "apppage.h"
#include "browserwidget.h"
#include "core/apiclient.h"
#include "core/provisioningflow.h"
#include "donepage.h"
#include "elidinglabel.h"
#include "guisupport.h"
#include "pageserver.h"
#include "testcertificates.h"
#include "testsupport.h"
#include "provisioningwizard.h"
#include "sandbox/sandboxserver.h"
#include "core/displaytext.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;

Q_DECLARE_METATYPE(ce::CallbackMatch)

using test::PageServer;

class TstHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void securityOfAddresses_data();
    void securityOfAddresses();
    void certificateErrorsAreRefusedWithAnExplanation();
    void aSecondAuthorizationHasNoCookiesOfTheFirst();
    void nearMissCallbacksAreStoppedBeforeTheirHostIsContacted();
    void callbacksFromFramesAreRefused_data();
    void callbacksFromFramesAreRefused();
    void popupsHaveNoOpener();
    void doneMasksSecretsThePlatformEchoes();
    void hostileNamesAndTagsAreShownAsText();

private:
    // The callback of these tests: https on localhost, with a query item of its own, so
    // that every kind of near miss can be written; its host counts connections.
    QString callbackBase() const { return u"https://localhost:%1/auth"_s.arg(m_callback->port()); }

    QString callbackUrl() const { return callbackBase() + u"?app=1"_s; }

    // The callback as the provider would send it, with this run's token and `verifier`.
    QString forgedCallback(const QString &verifier) const;

    QString pageUrl(const QString &path, const QString &host = u"127.0.0.1"_s) const;

    // The authorizing page goes where `url` says, by its own script.
    bool navigateTop(const QString &url);

    // Waits for the flow to refuse something; its outcome, or NotCallback when nothing came.
    CallbackMatch::Outcome nextRefusal(QSignalSpy &rejected);

    // The wizard up to the Authorize page, with the given callback URL and instance name.
    bool reachAuthorize(const QString &callback, const QString &name, const QStringList &tags);

    std::unique_ptr<test::WizardHarness> m_app;
    std::unique_ptr<PageServer> m_pages;     // hostile pages, on 127.0.0.1 (and localhost)
    std::unique_ptr<PageServer> m_callback;  // the callback's host: nothing may reach it
};

QString TstHostile::forgedCallback(const QString &verifier) const
{
    return callbackUrl() + u"&state=freshbooks&oauth_token=%1&oauth_verifier=%2"_s.arg(m_app->flow->requestToken().token,
                                                                                      verifier);
}

QString TstHostile::pageUrl(const QString &path, const QString &host) const
{
    return u"http://%1:%2%3"_s.arg(host).arg(m_pages->port()).arg(path);
}

bool TstHostile::navigateTop(const QString &url)
{
    return test::runJs(m_app->driver().browserPage(),
                       u"window.location.href = '%1';"_s.arg(url));
}

CallbackMatch::Outcome TstHostile::nextRefusal(QSignalSpy &rejected)
{
    if (rejected.isEmpty() && !rejected.wait(15000))
        return CallbackMatch::Outcome::NotCallback;
    return rejected.takeFirst().at(0).value<CallbackMatch>().outcome;
}

bool TstHostile::reachAuthorize(const QString &callback, const QString &name, const QStringList &tags)
{
    m_app->wizard->button(QWizard::NextButton)->click();
    using namespace test::typed;
    const test::WizardDriver d = m_app->driver();
    d.passElementPage();
    d.fillConfiguration(keyProperty, u"mycompany"_s);
    d.fillConfiguration(secretProperty, u"consumer-secret"_s);
    d.fillConfiguration(siteProperty, u"acme"_s);
    d.configurationEdit(callbackProperty)->clear();
    d.fillConfiguration(callbackProperty, callback);
    d.nameEdit()->setText(name);
    Q_EMIT d.nameEdit()->textEdited(name);
    d.setTags(tags);
    if (!m_app->wizard->button(QWizard::NextButton)->isEnabled())
        return false;
    m_app->wizard->button(QWizard::NextButton)->click();
    if (!QTest::qWaitFor([this] { return m_app->wizard->button(QWizard::NextButton)->isEnabled(); }, 10000))
        return false;
    m_app->wizard->button(QWizard::NextButton)->click();
    return m_app->wizard->currentId() == ProvisioningWizard::AuthorizePageId;
}

void TstHostile::init()
{
    m_app = std::make_unique<test::WizardHarness>();
    QVERIFY(m_app->start());
    QVERIFY(m_app->show());
    m_pages = std::make_unique<PageServer>();
    m_callback = std::make_unique<PageServer>();
    QVERIFY(m_pages->listen());
    QVERIFY(m_callback->listen());
}

void TstHostile::cleanup()
{
    m_app.reset();
    m_pages.reset();
    m_callback.reset();
}

void TstHostile::securityOfAddresses_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("security");
    QTest::newRow("https") << QUrl(u"https://acme.freshbooks.com/oauth"_s) << int(BrowserWidget::Security::Secure);
    QTest::newRow("http loopback") << QUrl(u"http://127.0.0.1:8080/x"_s) << int(BrowserWidget::Security::Local);
    QTest::newRow("http localhost") << QUrl(u"http://localhost/x"_s) << int(BrowserWidget::Security::Local);
    QTest::newRow("http elsewhere") << QUrl(u"http://acme.freshbooks.com/oauth"_s) << int(BrowserWidget::Security::Insecure);
    QTest::newRow("http look-alike") << QUrl(u"http://127.0.0.1.evil.test/x"_s) << int(BrowserWidget::Security::Insecure);
    QTest::newRow("data") << QUrl(u"data:text/html,x"_s) << int(BrowserWidget::Security::Unknown);
}

void TstHostile::securityOfAddresses()
{
    QFETCH(QUrl, url);
    QFETCH(int, security);
    QCOMPARE(int(BrowserWidget::securityOf(url)), security);
}

void TstHostile::certificateErrorsAreRefusedWithAnExplanation()
{
    // A self-signed certificate for 127.0.0.1, made now.
    test::TestCertificates certificates;
    QVERIFY2(certificates.make(), qPrintable(certificates.error));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificates.selfSigned.certificate);
    config.setPrivateKey(certificates.selfSigned.key);
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int served = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&served, socket] {
                ++served;  // only if the browser went past the certificate
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n<p id=\"in\">in</p>\r\n");
                socket->disconnectFromHost();
            });
        }
    });

    BrowserWidget browser;
    browser.resize(600, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy refused(&browser, &BrowserWidget::certificateRejected);
    QSignalSpy failed(&browser, &BrowserWidget::loadFailed);
    QVERIFY(browser.start(QUrl(u"https://127.0.0.1:%1/oauth/oauth_authorize.php"_s.arg(server.serverPort()))));
    QVERIFY(refused.wait(15000));
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(u"certificate"_s) && message.contains(u"127.0.0.1"_s), qPrintable(message));
    QCOMPARE(failed.count(), 0);  // the certificate explains it; no second, vaguer message
    QCOMPARE(served, 0);
}

void TstHostile::aSecondAuthorizationHasNoCookiesOfTheFirst()
{
    QVERIFY(reachAuthorize(ce::test::defaultCallbackUrl(), u"Cookies"_s, {}));
    QWebEngineProfile *first = m_app->driver().browserPage()->profile();
    QVERIFY(first->isOffTheRecord());
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"login"_s));
    QVERIFY(test::runJs(m_app->driver().browserPage(), u"document.getElementById('email').value='a@b.test';"
                                   u"document.getElementById('password').value='pw';"
                                   u"document.getElementById('login').click();"_s));
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"allow"_s));  // signed in: the session cookie is set

    // The same page again in this attempt: still signed in (the cookie is there)...
    m_app->driver().browserPage()->triggerAction(QWebEnginePage::Reload);
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"allow"_s));
    // ...but a new attempt signs in again.
    m_app->wizard->button(QWizard::BackButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->wizard->button(QWizard::NextButton)->isEnabled(), 10000);
    m_app->wizard->button(QWizard::NextButton)->click();
    QVERIFY(m_app->driver().browserPage());
    QVERIFY(m_app->driver().browserPage()->profile() != nullptr);
    QVERIFY(m_app->driver().browserPage()->profile()->isOffTheRecord());
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"login"_s));
}

// Addresses that are almost the callback and carry the verifier: the browser must not
// go there (it would hand the verifier to that host). Each is stopped with a message,
// its host never contacted; pages carrying only the token load as usual; the real
// callback still works.
void TstHostile::nearMissCallbacksAreStoppedBeforeTheirHostIsContacted()
{
    QVERIFY(reachAuthorize(callbackUrl(), u"Near misses"_s, {}));
    BrowserWidget *browser = m_app->driver().browser();
    QVERIFY(browser);
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"login"_s));
    QLabel *message = m_app->driver().message(ProvisioningWizard::AuthorizePageId);
    const QString token = m_app->flow->requestToken().token;
    const QString carried = u"state=freshbooks&oauth_token=%1&oauth_verifier=forged"_s.arg(token);
    const QString port = QString::number(m_callback->port());
    const QStringList nearMisses = {
        u"http://localhost:%1/auth?app=1&"_s.arg(port) + carried,        // http for https
        u"https://localhost:%1/auth/?app=1&"_s.arg(port) + carried,      // a trailing slash
        u"https://localhost:%1/auth;x?app=1&"_s.arg(port) + carried,     // ;x on the path
        u"https://localhost.:%1/auth?app=1&"_s.arg(port) + carried,      // a trailing dot on the host
        u"https://localhost:%1/auth?app=1&app=1&"_s.arg(port) + carried, // the configured item twice
        u"https://localhost:%1/auth?app=2&"_s.arg(port) + carried,       // the configured item changed
        u"https://localhost:%1/auth2?app=1&"_s.arg(port) + carried,      // a path prefix
        u"http://127.0.0.1:%1/auth?app=1&"_s.arg(port) + carried,        // another name for the host
    };
    QSignalSpy rejected(m_app->flow.get(), &ProvisioningFlow::authorizationRejected);
    for (const QString &url : nearMisses) {
        QVERIFY(navigateTop(url));
        QCOMPARE(nextRefusal(rejected), CallbackMatch::Outcome::NearMiss);
        QTRY_VERIFY2(message->isVisible()
                         && message->accessibleDescription().contains(u"not the callback address"_s),
                     qPrintable(url));
        QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);
        QVERIFY(!m_app->wizard->button(QWizard::NextButton)->isEnabled());
    }

    // A page carrying only the token (as the provider's own pages do) loads.
    m_pages->setPage("/token-only", u"<p id=\"loaded\">loaded</p>"_s);
    QVERIFY(navigateTop(pageUrl(u"/token-only?oauth_token="_s + token)));
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"loaded"_s));
    QCOMPARE(rejected.count(), 0);

    // The real one still works: the sandbox approves at once and redirects to it.
    m_app->sandbox->setAutoApprove(true);
    browser->start(m_app->flow->authorizationUrl());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QCOMPARE(m_app->flow->callback().oauthToken, token);
    QVERIFY(m_app->flow->callback().oauthVerifier != u"forged"_s);
    QVERIFY2(m_callback->connections() == 0, m_callback->requests().join(", ").constData());
}

void TstHostile::callbacksFromFramesAreRefused_data()
{
    QTest::addColumn<QString>("frame");  // the frame's page; {callback} is the forged callback
    QTest::addColumn<QString>("frameHost");
    QTest::addColumn<bool>("userClicks");  // in the frame (which fills the page)
    const QString link = u"<a id=\"go\" href=\"{callback}\" target=\"_top\" "
                         u"style=\"display:block;position:fixed;left:0;top:0;width:100%;height:100%\">go</a>"_s;
    QTest::newRow("top.location, same origin")
        << u"<script>top.location = '{callback}';</script>"_s << u"127.0.0.1"_s << false;
    QTest::newRow("strict mode, from a timer, same origin")
        << u"<script>'use strict'; setTimeout(() => { top.location.href = '{callback}'; }, 50);</script>"_s
        << u"127.0.0.1"_s << false;
    QTest::newRow("location.replace, same origin")
        << u"<script>top.location.replace('{callback}');</script>"_s << u"127.0.0.1"_s << false;
    QTest::newRow("through the page's eval, same origin")
        << u"<script>top.eval(\"location.href = '{callback}'\");</script>"_s << u"127.0.0.1"_s << false;
    QTest::newRow("a target=_top link clicked by script, same origin")
        << link + u"<script>document.getElementById('go').click();</script>"_s << u"127.0.0.1"_s << false;
    QTest::newRow("through a redirect, same origin")
        << u"<script>top.location = '/to-callback';</script>"_s << u"127.0.0.1"_s << false;
    QTest::newRow("a target=_top link clicked by the user, same origin") << link << u"127.0.0.1"_s << true;
    // Without a click Chromium does not let a frame of another origin navigate the page.
    QTest::newRow("a target=_top link clicked by the user, another origin") << link << u"localhost"_s << true;
    QTest::newRow("top.location after a click, another origin")
        << u"<p style=\"height:100vh\">x</p><script>document.onclick = () => { top.location = '{callback}'; };</script>"_s
        << u"localhost"_s << true;
}

// A frame of the page (of its origin or another) sends the page to the callback, with
// the run's token and a verifier it made up: refused as coming from a frame, the
// verifier never accepted, the callback's host never contacted. The page's own script
// still can (the rule is not "nothing from a script").
void TstHostile::callbacksFromFramesAreRefused()
{
    QFETCH(QString, frame);
    QFETCH(QString, frameHost);
    QFETCH(bool, userClicks);
    QVERIFY(reachAuthorize(callbackUrl(), u"Frames"_s, {}));
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"login"_s));
    QLabel *message = m_app->driver().message(ProvisioningWizard::AuthorizePageId);
    const QString forged = forgedCallback(u"forged-by-a-frame"_s);
    m_pages->setPage("/parent", u"<iframe src=\"%1\" style=\"position:fixed;left:0;top:0;width:100%;"
                                u"height:100%;border:0\"></iframe>"_s.arg(pageUrl(u"/frame"_s, frameHost)));
    m_pages->setPage("/frame", QString(frame).replace(u"{callback}"_s, forged));
    m_pages->setRedirect("/to-callback", forged);

    QSignalSpy rejected(m_app->flow.get(), &ProvisioningFlow::authorizationRejected);
    QVERIFY(navigateTop(pageUrl(u"/parent"_s)));
    if (userClicks) {
        // Into the frame, once it is there to take the click.
        QWidget *web = m_app->driver().browserView()->focusProxy();
        QVERIFY(web);
        QVERIFY(QTest::qWaitFor([&] {
            QTest::mouseClick(web, Qt::LeftButton, {}, web->rect().center());
            return rejected.wait(300);
        }, 15000));
    }
    QCOMPARE(nextRefusal(rejected), CallbackMatch::Outcome::WrongOrigin);
    QTRY_VERIFY(message->accessibleDescription().contains(u"frame"_s));
    QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);
    QVERIFY(m_app->flow->callback().oauthVerifier.isEmpty());
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
    QVERIFY(!m_app->wizard->button(QWizard::NextButton)->isEnabled());

    // The page's own script delivers it: taken (the flow cannot know this verifier is
    // made up; the platform refuses it at creation).
    m_pages->setPage("/own", u"<script>location.href = '%1';</script>"_s.arg(forgedCallback(u"by-the-page"_s)));
    QVERIFY(navigateTop(pageUrl(u"/own"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->flow->stage(), ProvisioningFlow::Stage::Authorized, 15000);
    QCOMPARE(m_app->flow->callback().oauthVerifier, u"by-the-page"_s);
    QCOMPARE(rejected.count(), 0);
    QVERIFY2(m_callback->connections() == 0, m_callback->requests().join(", ").constData());
}

// A popup cannot reach the page that opened it: it has no opener (it is opened as a
// window of its own at the address asked for), so opener.location goes nowhere.
void TstHostile::popupsHaveNoOpener()
{
    QVERIFY(reachAuthorize(callbackUrl(), u"Popups"_s, {}));
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"login"_s));
    m_pages->setPage("/opener", u"<p>Opens a window.</p><script>window.name = 'authorizing'; "
                                u"window.open('/popup', 'help');</script>"_s);
    m_pages->setPage("/popup", u"<script>let seen = window.opener === null ? 'none' : 'present';"
                               u"try { opener.location = '%1'; } catch (e) { seen += ', refused'; }"
                               u"document.title = 'opener: ' + seen;</script>"_s
                                   .arg(forgedCallback(u"forged-by-a-popup"_s)));
    QSignalSpy rejected(m_app->flow.get(), &ProvisioningFlow::authorizationRejected);
    QVERIFY(navigateTop(pageUrl(u"/opener"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->driver().browserPopups().size(), 1, 10000);
    auto *popupView = m_app->driver().browserPopups().first()->findChild<QWebEngineView *>();
    QVERIFY(popupView);
    QTRY_COMPARE_WITH_TIMEOUT(popupView->title(), u"opener: none, refused"_s, 10000);

    // Anything the popup set off would have arrived before this, the page's own callback.
    QVERIFY(navigateTop(forgedCallback(u"sentinel"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->flow->stage(), ProvisioningFlow::Stage::Authorized, 15000);
    QCOMPARE(m_app->flow->callback().oauthVerifier, u"sentinel"_s);
    QCOMPARE(rejected.count(), 0);
    QVERIFY2(m_callback->connections() == 0, m_callback->requests().join(", ").constData());
}

// A platform that echoes secrets in the created instance's configuration (the real one
// masks them, today): the Done page masks every secret-named key and scrubs the rest,
// and no text anywhere on the page holds a secret.
void TstHostile::doneMasksSecretsThePlatformEchoes()
{
    const QString userToken = u"user-token-in-clear-4242"_s;
    const QString userTokenSecret = u"user-token-secret-in-clear-4343"_s;
    const QString clientSecret = u"client-secret-in-clear-4444"_s;
    const QString nested = u"nested-token-in-clear-4545"_s;
    const QString api = u"/elements/api-v2"_s;
    m_pages->setJson((api + u"/elements/freshbooks/oauth/token"_s).toUtf8(),
                     QJsonObject{{u"token"_s, u"fake-request-token"_s}, {u"secret"_s, u"fake-request-token-secret"_s}});
    m_pages->setJson((api + u"/elements/freshbooks/oauth/url"_s).toUtf8(),
                     QJsonObject{{u"oauthUrl"_s, pageUrl(u"/authorize?oauth_token=fake-request-token"_s)}});
    QJsonObject configuration;
    configuration.insert(u"oauth.api.secret"_s, test::typed::consumerSecret);  // secret in the description
    configuration.insert(u"oauth.user.token"_s, userToken);                    // secret by name
    configuration.insert(u"oauth.user.token.secret"_s, userTokenSecret);
    configuration.insert(u"client_secret"_s, clientSecret);
    QJsonObject provider;
    provider.insert(u"token"_s, nested);
    configuration.insert(u"provider"_s, provider);                             // nested
    configuration.insert(u"note"_s, QString(u"the consumer secret is "_s + test::typed::consumerSecret));
    configuration.insert(u"base.url"_s, u"https://acme.freshbooks.com/api/2.1"_s);
    QJsonObject instance;
    instance.insert(u"id"_s, 4711);
    instance.insert(u"name"_s, test::typed::instanceName);
    instance.insert(u"token"_s, u"instance-token-in-clear"_s);
    instance.insert(u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s}, {u"name"_s, u"FreshBooks"_s}});
    instance.insert(u"configuration"_s, configuration);
    m_pages->setJson((api + u"/instances"_s).toUtf8(), instance);

    ApiClient client;
    ProvisioningFlow flow(&client, ce::test::freshbooks());
    test::typed::fill(&flow, Environment::sandbox(QUrl(pageUrl(api))), {u"user-secret-x"_s, u"org-secret-y"_s});
    QSignalSpy ready(&flow, &ProvisioningFlow::authorizationUrlReady);
    flow.startAuthorization();
    QVERIFY(ready.wait(10000));
    QUrl callback(test::typed::callbackUrl);
    callback.setQuery(u"oauth_token=fake-request-token&oauth_verifier=fake-verifier"_s);
    QCOMPARE(flow.handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome,
             CallbackMatch::Outcome::Authorized);
    QSignalSpy created(&flow, &ProvisioningFlow::instanceCreated);
    flow.createInstance();
    QVERIFY2(created.wait(10000), qPrintable(flow.lastError().text));
    QCOMPARE(flow.instance().configuration.value("oauth.user.token"_L1).toString(), userToken);  // as sent

    DonePage page(WizardContext{&flow, {}, nullptr, nullptr});
    page.initializePage();
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QStringList shown;
    for (QLabel *label : page.findChildren<QLabel *>())
        shown << label->text() << label->toolTip() << label->accessibleDescription();
    for (QLineEdit *edit : page.findChildren<QLineEdit *>())
        shown << edit->text() << edit->toolTip();
    QTableWidget *table = test::WizardDriver(&page).doneConfiguration();
    QMap<QString, QString> values;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            shown << table->item(row, column)->text() << table->item(row, column)->toolTip();
        values.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    }
    QCOMPARE(values.size(), 7);
    const QString text = shown.join(u'\n');
    for (const QString &secret : {test::typed::consumerSecret, userToken, userTokenSecret, clientSecret, nested,
                                  u"instance-token-in-clear"_s})
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    const QString masked = ce::SecretMask;  // what the screen shows for a secret
    QCOMPARE(values.value(u"oauth.api.secret"_s), masked);
    QCOMPARE(values.value(u"oauth.user.token"_s), masked);
    QCOMPARE(values.value(u"client_secret"_s), masked);
    QVERIFY2(values.value(u"provider"_s).contains(u"<redacted>"_s), qPrintable(values.value(u"provider"_s)));
    QCOMPARE(values.value(u"note"_s), u"the consumer secret is <redacted>"_s);
    QCOMPARE(values.value(u"base.url"_s), u"https://acme.freshbooks.com/api/2.1"_s);  // the rest as sent
}

void TstHostile::hostileNamesAndTagsAreShownAsText()
{
    const QString name = u"<b>bold</b> <img src=\"http://127.0.0.1:1/x.png\"> مرحبا 🚀 \u202Eevil\u202C "_s
                         + QString(400, u'x');
    const QStringList tags = {u"<i>tag</i>"_s, u"שלום"_s, u"👍🏽"_s, u"a\u0007b"_s};
    m_app->sandbox->setAutoApprove(true);
    QVERIFY(reachAuthorize(ce::test::defaultCallbackUrl(), name, tags));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    for (QLabel *label : m_app->wizard->page(ProvisioningWizard::CreatePageId)->findChildren<QLabel *>()) {
        if (label->text().contains(u"<b>"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    m_app->wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
    ElidingLabel *doneName = m_app->driver().doneName();
    ElidingLabel *doneTags = m_app->driver().doneTags();
    // The server got them unchanged and the page shows them as they are.
    QCOMPARE(m_app->sandbox->instances().first().value("name"_L1).toString(), name.trimmed());
    const QString shown = doneName->fullText();
    QCOMPARE(doneName->textFormat(), Qt::PlainText);
    QVERIFY2(shown.contains(u"<b>bold</b> <img src="_s), qPrintable(shown));  // markup as text
    QVERIFY(!shown.contains(QChar(0x202E)));                                   // no override...
    QVERIFY(shown.startsWith(QChar(0x2068)) && shown.endsWith(QChar(0x2069))); // ...but an isolate
    QVERIFY(shown.size() < name.size());                                       // cut...
    // ...to the label's width, with "…" (Qt keeps the isolate's end after it).
    QTRY_VERIFY(doneName->text().size() < shown.size());
    QVERIFY(doneName->text().contains(QChar(0x2026)));
    QVERIFY(doneName->toolTip().contains(QString(300, u'x')));          // all of it in the tooltip
    QVERIFY(doneName->geometry().right() <= doneName->parentWidget()->width());
    QCOMPARE(doneTags->textFormat(), Qt::PlainText);
    QVERIFY(doneTags->text().contains(u"<i>tag</i>"_s));
    QVERIFY(doneTags->text().contains(u"👍🏽"_s));
    QVERIFY(doneTags->text().contains(u"a\u2407b"_s));  // BEL shown as ␇
    QVERIFY(test::screenshot(m_app->wizard.get(), u"6-done-hostile-text"_s));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TstHostile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile.moc"
