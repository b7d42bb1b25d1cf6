// The real wizard, headless (offscreen), with the real QWebEngineView against the
// in-process sandbox: fills the pages, signs in and clicks Allow in the provider's page
// with JavaScript, and checks what the Done page shows and what the sandbox received.
// Writes a screenshot of every page to <build>/screenshots/.
#include "apppage.h"
#include "browserwidget.h"
#include "core/apiclient.h"
#include "core/provisioningflow.h"
#include "core/requestlog.h"
#include "curldialog.h"
#include "provisioningwizard.h"
#include "requestlogdialog.h"
#include "sandbox/sandboxserver.h"

#include "elidinglabel.h"
#include "guisupport.h"
#include "watchdog.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;
using test::WizardDriver;
using namespace test::typed;  // the configuration keys

// Stands in for the desktop's browser (QDesktopServices::setUrlHandler).
using test::UrlCatcher;

class TstWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesAreBuiltOnTheWay();
    void wholeFlowByMouse();
    void wholeFlowByKeyboard();
    void callbacksFromPopupsAndFramesAreRefused();
    void systemBrowserAndPastedCallback();
    void pageThatFailsToLoad();
    void closingAsksOnlyWhenSomethingWouldBeLost();
    void deny();
    void redirectStraightToTheCallback();
    void serverErrorsAreRecoveredByRetry();
    void backFromAuthorizeGetsANewToken();
    void withoutTheBrowserPlugin();

private:
    QAbstractButton *button(QWizard::WizardButton which) const { return m_app->wizard->button(which); }

    // Alt+letter must be unambiguous on the page shown: two visible owners of the same
    // mnemonic cancel each other out and the keyboard user is stuck.
    void checkMnemonics();

    void fillConnection();
    void fillApp(const QString &name = u"Acme Corp. books"_s);

    // Both input pages filled, and on to the Token page.
    void toTokenPage();

    // From the token page to the consent page of the provider, signed in.
    QWebEnginePage *reachConsent();

    std::unique_ptr<test::WizardHarness> m_app;
};

void TstWizard::checkMnemonics()
{
    const QString clash = test::mnemonicClash(m_app->wizard.get());
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
}

void TstWizard::fillConnection()
{
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ConnectionPageId));
    QCOMPARE(d.environmentCombo()->currentText(), Environment::sandbox({}).displayName());
    QCOMPARE(d.userSecretEdit()->text(), QString::fromLatin1(SandboxServer::UserSecret));
    QCOMPARE(d.organizationSecretEdit()->text(), QString::fromLatin1(SandboxServer::OrganizationSecret));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void TstWizard::fillApp(const QString &name)
{
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QCOMPARE(d.configurationEdit(callbackProperty)->text(), ce::test::defaultCallbackUrl());
    d.fillApp({{{keyProperty, u"mycompany"_s},
                {secretProperty, u"consumer-secret-123"_s},
                {siteProperty, u"https://acme.freshbooks.com/"_s}},
               name,
               {u"customer-acme"_s, u"finance"_s}});
    QCOMPARE(d.tags(), QStringList({u"customer-acme"_s, u"finance"_s}));
    QVERIFY(d.sitePreview()->text().contains(u"https://acme.freshbooks.com"_s));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void TstWizard::toTokenPage()
{
    CHECK(fillConnection());
    button(QWizard::NextButton)->click();
    m_app->driver().passElementPage();
    CHECK(fillApp());
    button(QWizard::NextButton)->click();
}

QWebEnginePage *TstWizard::reachConsent()
{
    if (m_app->wizard->currentId() == ProvisioningWizard::TokenPageId) {
        if (!QTest::qWaitFor([this] { return button(QWizard::NextButton)->isEnabled(); }, 10000))
            return nullptr;
        button(QWizard::NextButton)->click();
    }
    if (m_app->wizard->currentId() != ProvisioningWizard::AuthorizePageId)
        return nullptr;
    QWebEnginePage *page = m_app->driver().browserPage();
    if (!page)
        return nullptr;
    return test::signInToConsent(page) ? page : nullptr;
}

void TstWizard::init()
{
    m_app = std::make_unique<test::WizardHarness>();
    QVERIFY(m_app->start());
    QVERIFY(m_app->show());
}

void TstWizard::cleanup()
{
    m_app.reset();
}

// The first page starts as light as a bare QWizard: only the Connection page is built with
// the wizard; each other page when the wizard goes there (or a test asks for it), once.
void TstWizard::pagesAreBuiltOnTheWay()
{
    using W = ProvisioningWizard;
    QCOMPARE(W::allPageIds(), QList<int>({W::ConnectionPageId, W::ElementPageId, W::AppPageId, W::EventsPageId,
                                          W::TokenPageId, W::AuthorizePageId, W::CreatePageId, W::DonePageId}));
    m_app->restartApp();  // a wizard just built, not shown yet
    W *wizard = m_app->wizard.get();
    QCOMPARE(wizard->pageIds(), QList<int>({W::ConnectionPageId}));
    QCOMPARE(wizard->findChildren<QWizardPage *>().size(), 1);
    for (int id : W::allPageIds())
        QCOMPARE(wizard->page(id) != nullptr, id == W::ConnectionPageId);
    QCOMPARE(wizard->minimumSize(), QSize(720, 560));  // set, not taken from the pages
    QVERIFY(m_app->show());

    // Next, not Finish, on the first page, though the page after it is not there yet.
    const WizardDriver d = m_app->driver();
    QSignalSpy added(wizard, &QWizard::pageAdded);
    QCOMPARE(wizard->nextId(), int(W::ElementPageId));
    QVERIFY(button(QWizard::NextButton)->isVisible());
    QVERIFY(!button(QWizard::FinishButton)->isVisible());
    QCOMPARE(wizard->findChildren<QWizardPage *>().size(), 1);

    CHECK(fillConnection());
    button(QWizard::NextButton)->click();
    QCOMPARE(d.currentId(), int(W::ElementPageId));
    QWizardPage *element = wizard->currentPage();
    d.passElementPage();
    QCOMPARE(d.currentId(), int(W::AppPageId));
    QWizardPage *app = wizard->currentPage();
    CHECK(fillApp());
    d.appEventsCheck()->click();
    QCOMPARE(wizard->nextId(), int(W::EventsPageId));
    QVERIFY(!wizard->page(W::EventsPageId));  // asking where Next goes builds nothing
    button(QWizard::NextButton)->click();
    QCOMPARE(d.currentId(), int(W::EventsPageId));
    QWizardPage *events = wizard->currentPage();
    QCOMPARE(wizard->pageIds(), QList<int>({W::ConnectionPageId, W::ElementPageId, W::AppPageId, W::EventsPageId}));

    // Back and Next again: the same pages, none built twice.
    button(QWizard::BackButton)->click();
    QCOMPARE(wizard->currentPage(), app);
    button(QWizard::BackButton)->click();
    QCOMPARE(wizard->currentPage(), element);
    button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentPage(), app);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentPage(), events);
    QCOMPARE(wizard->findChildren<QWizardPage *>().size(), 4);

    // Without events, the App page goes on to the request token, built then.
    button(QWizard::BackButton)->click();
    d.appEventsCheck()->click();
    QCOMPARE(wizard->nextId(), int(W::TokenPageId));
    QVERIFY(!wizard->page(W::TokenPageId));
    button(QWizard::NextButton)->click();
    QCOMPARE(d.currentId(), int(W::TokenPageId));

    // A page asked for is built once, and is the page the wizard shows later.
    QVERIFY(!wizard->page(W::DonePageId));
    QWizardPage *done = wizard->pageFor(W::DonePageId);
    QVERIFY(done);
    QCOMPARE(wizard->pageFor(W::DonePageId), done);
    QCOMPARE(wizard->page(W::DonePageId), done);
    QVERIFY(!wizard->pageFor(W::DonePageId + 1));
    QVERIFY(!wizard->pageFor(-1));

    QList<int> ids;
    for (const QList<QVariant> &signal : std::as_const(added))
        ids.append(signal.first().toInt());
    QCOMPARE(ids, QList<int>({W::ElementPageId, W::AppPageId, W::EventsPageId, W::TokenPageId, W::DonePageId}));
    QCOMPARE(wizard->findChildren<QWizardPage *>().size(), 6);
}

void TstWizard::wholeFlowByMouse()
{
    const WizardDriver d = m_app->driver();
    QSignalSpy added(m_app->wizard.get(), &QWizard::pageAdded);
    fillConnection();
    QVERIFY(test::screenshot(m_app->wizard.get(), u"1-connection"_s));
    checkMnemonics();
    button(QWizard::NextButton)->click();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
    QCOMPARE(d.currentElementId(), u"freshbooks"_s);
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-element"_s));
    checkMnemonics();
    button(QWizard::NextButton)->click();
    fillApp();
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-app"_s));
    checkMnemonics();
    button(QWizard::NextButton)->click();

    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::TokenPageId));
    QVERIFY2(!d.browser(), "WebEngine is created only when the browser page is shown");
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    const QString token = m_app->flow->requestToken().token;
    QVERIFY(!token.isEmpty());
    QVERIFY(!d.tokenShown()->text().contains(token));  // masked
    QVERIFY(d.tokenShown()->text().startsWith(token.left(4)));
    QVERIFY(test::screenshot(m_app->wizard.get(), u"3-token"_s));
    checkMnemonics();

    QWebEnginePage *page = reachConsent();
    QVERIFY(page);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QCOMPARE(d.browser()->currentSecurity(), BrowserWidget::Security::Local);
    QVERIFY(test::screenshot(m_app->wizard.get(), u"4-authorize"_s));
    checkMnemonics();

    QSignalSpy failures(d.browser(), &BrowserWidget::loadFailed);
    QVERIFY(test::runJs(page, u"document.getElementById('allow').click();"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QCOMPARE(failures.count(), 0);  // the callback was caught, not loaded

    const QString preview = d.createPreview()->toPlainText();
    QVERIFY(preview.contains(u"\"name\": \"Acme Corp. books\""_s));
    QVERIFY(!preview.contains(u"consumer-secret-123"_s));
    QVERIFY(!preview.contains(m_app->flow->callback().oauthVerifier));
    QCOMPARE(button(QWizard::CommitButton)->text(), tr("&Create instance"));
    QVERIFY(test::screenshot(m_app->wizard.get(), u"5-create"_s));
    checkMnemonics();

    button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);

    // The Done page shows the instance the sandbox created.
    QCOMPARE(m_app->sandbox->instances().size(), 1);
    const QJsonObject created = m_app->sandbox->instances().first();
    QCOMPARE(d.doneId()->text(), QString::number(created.value("id"_L1).toInteger()));
    QCOMPARE(d.doneName()->text(), u"Acme Corp. books"_s);
    QCOMPARE(d.doneTags()->text(), u"customer-acme, finance"_s);
    QVERIFY(d.doneToken()->text() != created.value("token"_L1).toString());
    QVERIFY(d.doneConfiguration()->rowCount() > 5);
    d.copyTokenButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), created.value("token"_L1).toString());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"6-done"_s));
    checkMnemonics();
    // Each page built once, when the wizard went there (the Connection page with the wizard).
    QList<int> built;
    for (const QList<QVariant> &signal : std::as_const(added))
        built.append(signal.first().toInt());
    QCOMPARE(built, QList<int>({ProvisioningWizard::ElementPageId, ProvisioningWizard::AppPageId,
                                ProvisioningWizard::TokenPageId, ProvisioningWizard::AuthorizePageId,
                                ProvisioningWizard::CreatePageId, ProvisioningWizard::DonePageId}));

    // Exactly three calls to create, with the right fields, and the Done page's check of the
    // new instance (GET /instances/{id}).
    QCOMPARE(m_app->sandbox->calls(Endpoint::Token).size(), 1);
    QCOMPARE(m_app->sandbox->calls(Endpoint::Url).size(), 1);
    QCOMPARE(m_app->sandbox->calls(Endpoint::CreateInstance).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::GetInstance).size(), 1, 10000);
    QCOMPARE(m_app->sandbox->calls(Endpoint::GetInstance).first().path,
             u"/elements/api-v2/instances/%1"_s.arg(created.value("id"_L1).toInteger()));
    QCOMPARE(m_app->sandbox->calls(Endpoint::ListInstances).size(), 0);
    const SandboxCall tokenCall = m_app->sandbox->calls(Endpoint::Token).first();
    QCOMPARE(tokenCall.query.queryItemValue(u"apiKey"_s), u"mycompany"_s);
    QCOMPARE(tokenCall.query.queryItemValue(u"siteAddress"_s), u"acme"_s);
    QCOMPARE(tokenCall.query.queryItemValue(u"callbackUrl"_s, QUrl::FullyDecoded), ce::test::defaultCallbackUrl());
    const QJsonObject body = QJsonDocument::fromJson(m_app->sandbox->calls(Endpoint::CreateInstance).first().body).object();
    const QJsonObject provider = body.value("providerData"_L1).toObject();
    QCOMPARE(provider.value("oauth_token"_L1).toString(), token);
    QCOMPARE(provider.value("oauth_verifier"_L1).toString(), m_app->flow->callback().oauthVerifier);
    QCOMPARE(provider.value("secret"_L1).toString(), m_app->flow->requestToken().secret);
    QCOMPARE(body.value("configuration"_L1).toObject().value("freshbooks.site.address"_L1).toString(), u"acme"_s);
    QCOMPARE(body.value("name"_L1).toString(), u"Acme Corp. books"_s);

    // The request log shows the four calls, redacted, and saves them.
    const QStringList secrets = {u"consumer-secret-123"_s, token, m_app->flow->requestToken().secret,
                                 m_app->flow->callback().oauthVerifier, created.value("token"_L1).toString(),
                                 QString::fromLatin1(SandboxServer::UserSecret)};
    // The check's answer may still be on its way when the sandbox has seen the call.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->log->rowCount(), 4, 10000);
    RequestLogDialog *log = d.openRequestLog();
    QVERIFY(log && log->isVisible());
    QPlainTextEdit *details = WizardDriver::requestDetails(log);
    QCOMPARE(WizardDriver::requestTable(log)->model()->rowCount(), 4);
    QVERIFY(details->toPlainText().contains(u"GET "_s));  // the newest (the check) is selected
    WizardDriver::requestTable(log)->selectRow(2);
    QVERIFY(details->toPlainText().contains(u"POST "_s));
    QVERIFY(details->toPlainText().contains(u"Response body"_s));
    WizardDriver::requestTable(log)->selectRow(0);
    QVERIFY(details->toPlainText().contains(u"apiSecret=<redacted>"_s));
    QVERIFY(test::screenshot(log, u"7-request-log"_s));
    QTemporaryDir dir;
    QVERIFY(log->saveTo(dir.filePath(u"requests.txt"_s)));
    QFile saved(dir.filePath(u"requests.txt"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString savedText = QString::fromUtf8(saved.readAll());
    QVERIFY(savedText.contains(u"createInstance"_s));
    for (const QString &secret : secrets) {
        QVERIFY2(!savedText.contains(secret), qPrintable(secret));
        QVERIFY2(!details->toPlainText().contains(secret), qPrintable(secret));
    }
    log->close();

    // The cURL view: masked until revealed.
    CurlDialog *curlView = d.openCurl();
    QVERIFY(curlView->isVisible());
    const auto shown = [curlView] { return WizardDriver::curlText(curlView); };
    QVERIFY(shown().contains(u"/elements/freshbooks/oauth/token?apiKey=mycompany"_s));
    QVERIFY(shown().contains(u"Authorization: User <INSERT_USER_SECRET>, Organization <INSERT_ORGANIZATION_SECRET>"_s));
    for (const QString &secret : secrets)
        QVERIFY2(!shown().contains(secret), qPrintable(secret));
    QVERIFY(test::screenshot(curlView, u"8-curl"_s));
    WizardDriver::revealSecretsCheck(curlView)->click();
    QVERIFY(shown().contains(u"consumer-secret-123"_s));
    QVERIFY(shown().contains(QString::fromLatin1(SandboxServer::UserSecret)));
    WizardDriver::copyCurlButton(curlView)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), shown());
    curlView->close();
}

void TstWizard::wholeFlowByKeyboard()
{
    m_app->wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->wizard.get()));
    // Keys go to the window, as from a real keyboard: the focus and shortcuts decide.
    const WizardDriver d = m_app->driver();
    auto focused = [] { return QApplication::focusWidget(); };

    fillConnection();
    // A mnemonic "animates" the click: the page changes a moment later.
    d.nextByKeyboard();
    QTRY_COMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::ElementPageId));
    QCOMPARE(focused(), d.elementSearch());
    d.nextByKeyboard();
    QTRY_COMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AppPageId));

    // Tab order: consumer key, consumer secret, site address, callback URL, name, tags.
    QCOMPARE(focused(), d.configurationEdit(keyProperty));
    d.type(u"mycompany"_s);
    d.key(Qt::Key_Tab);
    QCOMPARE(focused(), d.configurationEdit(secretProperty));
    d.type(u"consumer-secret-123"_s);
    d.key(Qt::Key_Tab);
    QCOMPARE(focused(), d.configurationEdit(siteProperty));
    d.type(u"acme.freshbooks.com"_s);
    d.key(Qt::Key_Tab);
    QCOMPARE(focused(), d.configurationEdit(callbackProperty));
    d.key(Qt::Key_Tab);
    QCOMPARE(focused(), d.nameEdit());
    d.type(u"Typed by keyboard"_s);
    d.key(Qt::Key_Tab);
    QCOMPARE(focused(), d.tagInput());
    d.type(u"keyboard"_s);
    d.key(Qt::Key_Return);  // adds the tag, does not leave the page
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(d.tags(), QStringList{u"keyboard"_s});
    d.nextByKeyboard();

    QTRY_COMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::TokenPageId));
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    // Next had lost the focus while it was disabled; it has it back, so Enter goes on.
    QTRY_COMPARE(focused(), static_cast<QWidget *>(button(QWizard::NextButton)));
    d.key(Qt::Key_Return);

    // The provider's pages, by keyboard: the e-mail field has the focus; Tab, Enter.
    QTRY_COMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
    QVERIFY(test::waitForElement(d.browserPage(), u"login"_s));
    QWidget *web = d.browserView()->focusProxy();
    QVERIFY(web);
    QTRY_VERIFY(web->hasFocus());
    QTest::keyClicks(web, u"owner@acme.test"_s);
    QTest::keyClick(web, Qt::Key_Tab);
    QTest::keyClicks(web, u"secret"_s);
    QTest::keyClick(web, Qt::Key_Return);
    QVERIFY(test::waitForElement(m_app->driver().browserPage(), u"allow"_s));
    // An Enter that the page does not take must not press Next: it stays disabled.
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(web, Qt::Key_Tab);  // the first control of the page: Allow
    QTest::keyClick(web, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);

    d.key(Qt::Key_C, Qt::AltModifier);  // &Create instance
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
    QCOMPARE(d.doneName()->text(), u"Typed by keyboard"_s);
    d.key(Qt::Key_F, Qt::AltModifier);  // &Finish
    QTRY_VERIFY(!m_app->wizard->isVisible());
    QCOMPARE(m_app->wizard->result(), int(QDialog::Accepted));
}

void TstWizard::callbacksFromPopupsAndFramesAreRefused()
{
    CHECK(toTokenPage());
    QWebEnginePage *page = reachConsent();
    QVERIFY(page);
    const WizardDriver d = m_app->driver();
    const QString forged = u"https://www.mycoolapp.com/auth?state=freshbooks&oauth_token=%1&oauth_verifier=forged"_s
                               .arg(m_app->flow->requestToken().token);

    // The consent page's help link opens a popup: a small in-app window.
    QVERIFY(test::runJs(page, u"document.getElementById('help').click();"_s));
    QTRY_COMPARE_WITH_TIMEOUT(d.browserPopups().size(), 1, 10000);
    QWidget *popup = d.browserPopups().first();
    QVERIFY(popup->isVisible());
    QVERIFY(popup->width() < m_app->wizard->width());
    auto *popupView = popup->findChild<QWebEngineView *>();
    QVERIFY(popupView);
    // The provider's page, in a window of its own: it has no hold on the consent page.
    QTRY_COMPARE_WITH_TIMEOUT(popupView->title(), u"About this page (sandbox)"_s, 10000);
    QVariant opener;
    QVERIFY(test::runJs(popupView->page(), u"window.opener === null"_s, &opener));
    QCOMPARE(opener, QVariant(true));
    QVERIFY(test::screenshot(popup, u"4-authorize-popup"_s));

    // A callback reached inside the popup is not accepted, even with the right token.
    QSignalSpy rejected(m_app->flow.get(), &ProvisioningFlow::authorizationRejected);
    QLabel *message = d.message(ProvisioningWizard::AuthorizePageId);
    QVERIFY(test::runJs(popupView->page(), u"window.location.href = '%1';"_s.arg(forged)));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"popup"_s), 10000);
    QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);

    // Nor inside a frame of a page (the sandbox's own pages forbid frames; a hostile
    // page would not).
    page->setHtml(u"<p>A page with a frame</p><iframe src=\"%1\"></iframe>"_s.arg(forged),
                  m_app->sandbox->rootUrl());
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"frame"_s), 10000);
    QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(m_app->flow->callback().oauthVerifier.isEmpty());
}

void TstWizard::systemBrowserAndPastedCallback()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
    CHECK(toTokenPage());
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    button(QWizard::NextButton)->click();
    const WizardDriver d = m_app->driver();
    QVERIFY(!d.pasteRow()->isVisible());
    d.openExternallyButton()->click();
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), m_app->flow->authorizationUrl());
    QVERIFY(d.pasteRow()->isVisible());

    // Something else pasted: said so, nothing accepted.
    d.pasteEdit()->setText(u"https://www.mycoolapp.com.evil.test/auth?oauth_token=x&oauth_verifier=y"_s);
    d.useButton()->click();
    QVERIFY(d.message(ProvisioningWizard::AuthorizePageId)->text().contains(u"not the callback"_s));
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));

    // The user's browser approved (here: the sandbox auto-approves): paste where it ended.
    m_app->sandbox->setAutoApprove(true);
    QNetworkAccessManager nam;
    QNetworkRequest request(m_app->flow->authorizationUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const QUrl callback = reply->header(QNetworkRequest::LocationHeader).toUrl();
    QVERIFY(callback.toString().startsWith(ce::test::defaultCallbackUrl()));
    d.pasteEdit()->setText(callback.toString());
    QTest::keyClick(d.pasteEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 10000);
}

void TstWizard::pageThatFailsToLoad()
{
    SandboxFault reset;
    reset.kind = SandboxFault::Kind::Reset;
    m_app->sandbox->addFault(Endpoint::ProviderPage, reset);
    CHECK(toTokenPage());
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    button(QWizard::NextButton)->click();
    const WizardDriver d = m_app->driver();
    QTRY_VERIFY_WITH_TIMEOUT(d.reloadButton()->isVisible(), 15000);
    QVERIFY(d.message(ProvisioningWizard::AuthorizePageId)->text().contains(u"could not be loaded"_s));
    QVERIFY(d.startAgainButton()->isVisible());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"4-authorize-load-failed"_s));
    d.reloadButton()->click();  // the fault was used up: the page comes now
    QVERIFY(test::waitForElement(d.browserPage(), u"login"_s));
    QVERIFY(!d.reloadButton()->isVisible());
}

void TstWizard::closingAsksOnlyWhenSomethingWouldBeLost()
{
    // Nothing entered yet: Cancel closes at once.
    int boxes = 0;
    auto answer = [&boxes](QMessageBox::StandardButton which) {
        QTimer::singleShot(0, [&boxes, which] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++boxes;
                box->button(which)->click();
            }
        });
    };
    answer(QMessageBox::Cancel);
    button(QWizard::CancelButton)->click();
    QCOMPARE(boxes, 0);
    QVERIFY(!m_app->wizard->isVisible());

    // Something typed: it asks; "Keep working" keeps it, "Close" closes.
    m_app->wizard->show();
    m_app->wizard->restart();
    button(QWizard::NextButton)->click();
    // Another element, its form shown (its defaults filled in): nothing typed yet.
    QVERIFY(m_app->driver().chooseElement(u"zendesk"_s));
    m_app->driver().passElementPage();
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AppPageId));
    QVERIFY(!m_app->flow->hasUnsavedWork());
    QTest::keyClicks(m_app->driver().nameEdit(), u"Half done"_s);
    answer(QMessageBox::Cancel);
    button(QWizard::CancelButton)->click();
    QCOMPARE(boxes, 1);
    QVERIFY(m_app->wizard->isVisible());
    QCOMPARE(m_app->driver().nameEdit()->text(), u"Half done"_s);
    answer(QMessageBox::Close);
    button(QWizard::CancelButton)->click();
    QCOMPARE(boxes, 2);
    QVERIFY(!m_app->wizard->isVisible());
}

void TstWizard::deny()
{
    CHECK(toTokenPage());
    QWebEnginePage *page = reachConsent();
    QVERIFY(page);
    const QString firstToken = m_app->flow->requestToken().token;
    QVERIFY(test::runJs(page, u"document.getElementById('deny').click();"_s));
    const WizardDriver d = m_app->driver();
    QTRY_VERIFY_WITH_TIMEOUT(d.startAgainButton()->isVisible(), 10000);
    QVERIFY(d.message(ProvisioningWizard::AuthorizePageId)->text().contains(u"not granted"_s));
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"4-authorize-denied"_s));

    // Start again: a new token, a new profile (signing in again), and this time Allow.
    d.startAgainButton()->click();
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::TokenPageId));
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    QVERIFY(m_app->flow->requestToken().token != firstToken);
    page = reachConsent();
    QVERIFY2(page, "the second attempt must show the login form again (no cookies kept)");
    QVERIFY(test::runJs(page, u"document.getElementById('allow').click();"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QCOMPARE(m_app->flow->callback().oauthToken, m_app->flow->requestToken().token);
}

void TstWizard::redirectStraightToTheCallback()
{
    m_app->sandbox->setAutoApprove(true);
    CHECK(toTokenPage());
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::Authorized);
}

void TstWizard::serverErrorsAreRecoveredByRetry()
{
    SandboxFault error;
    error.kind = SandboxFault::Kind::HttpError;
    error.status = 500;
    m_app->sandbox->addFault(Endpoint::Token, error);
    m_app->sandbox->addFault(Endpoint::Url, error);
    m_app->sandbox->addFault(Endpoint::CreateInstance, error);
    m_app->sandbox->setAutoApprove(true);

    CHECK(toTokenPage());

    // Step 1 fails, Retry; then step 2 fails, Retry.
    const WizardDriver d = m_app->driver();
    for (const char *step : {"token", "url"}) {
        QTRY_VERIFY2_WITH_TIMEOUT(d.retryButton()->isVisible(), step, 10000);
        QVERIFY(d.message(ProvisioningWizard::TokenPageId)->text().contains(u"500"_s));
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        if (QByteArray(step) == "token")
            QVERIFY(test::screenshot(m_app->wizard.get(), u"3-token-error"_s));
        d.retryButton()->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);

    // Creation fails: the message shows, everything is kept, the same button retries.
    button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(d.message(ProvisioningWizard::CreatePageId)->text().contains(u"500"_s), 10000);
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId));
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    QVERIFY(button(QWizard::BackButton)->isEnabled());
    QCOMPARE(m_app->flow->name(), u"Acme Corp. books"_s);
    QVERIFY(test::screenshot(m_app->wizard.get(), u"5-create-error"_s));
    button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
    QCOMPARE(m_app->sandbox->instances().size(), 1);
}

void TstWizard::backFromAuthorizeGetsANewToken()
{
    CHECK(toTokenPage());
    QVERIFY(reachConsent());
    const QString firstToken = m_app->flow->requestToken().token;
    QWebEngineProfile *firstProfile = m_app->driver().browserPage()->profile();
    QVERIFY(firstProfile && firstProfile->isOffTheRecord());

    button(QWizard::BackButton)->click();
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::TokenPageId));
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    QVERIFY(m_app->flow->requestToken().token != firstToken);
    QCOMPARE(m_app->sandbox->calls(Endpoint::Token).size(), 2);

    // Back again keeps every input.
    button(QWizard::BackButton)->click();
    QCOMPARE(m_app->driver().nameEdit()->text(), u"Acme Corp. books"_s);
    QCOMPARE(m_app->driver().tags(), QStringList({u"customer-acme"_s, u"finance"_s}));
    button(QWizard::NextButton)->click();
    QWebEnginePage *page = reachConsent();
    QVERIFY(page);
    QVERIFY(test::runJs(page, u"document.getElementById('allow').click();"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QCOMPARE(m_app->flow->callback().oauthToken, m_app->flow->requestToken().token);
}

// Run by tst_wizard_nobrowser, where CEP_BROWSER_PLUGIN names no file (a machine without
// the package ce-provisioner-browser): the Authorize page says why, offers the system
// browser and the pasted address, and the whole flow completes that way.
void TstWizard::withoutTheBrowserPlugin()
{
    if (!qEnvironmentVariableIsSet("CEP_BROWSER_PLUGIN") || QFileInfo::exists(qEnvironmentVariable("CEP_BROWSER_PLUGIN")))
        QSKIP("run by tst_wizard_nobrowser (CEP_BROWSER_PLUGIN names no file)");
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
    CHECK(toTokenPage());
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    button(QWizard::NextButton)->click();
    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
    const WizardDriver d = m_app->driver();
    QVERIFY(!d.browserView());
    const QLabel *message = d.message(ProvisioningWizard::AuthorizePageId);
    QVERIFY(message->isVisible());
    QVERIFY2(message->accessibleDescription().contains(u"not installed"_s)
                 && message->accessibleDescription().contains(u"ce-provisioner-browser"_s),
             qPrintable(message->accessibleDescription()));
    QVERIFY(d.systemBrowserButton()->isVisible());
    QVERIFY(d.pasteRow()->isVisible());
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"4-authorize-without-browser"_s));
    checkMnemonics();

    d.systemBrowserButton()->click();
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(catcher.urls, QList<QUrl>{m_app->flow->authorizationUrl()});

    // The user's browser approved (here: the sandbox auto-approves): paste where it ended.
    m_app->sandbox->setAutoApprove(true);
    QNetworkAccessManager nam;
    QNetworkRequest request(m_app->flow->authorizationUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    d.pasteEdit()->setText(reply->header(QNetworkRequest::LocationHeader).toUrl().toString());
    d.useButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 10000);
    button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
    QCOMPARE(m_app->sandbox->instances().size(), 1);
    for (QWidget *w : QApplication::allWidgets())
        QVERIFY(!qobject_cast<QWebEngineView *>(w));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    ce::test::Watched<QApplication> app(argc, argv);
    TstWizard test;
    // The whole run under the watchdog: the longest stretches the event loop did not come
    // round (issue 11: a window that never freezes for 50 ms).
    const ce::test::EventLoopWatchdog watchdog;
    const int failures = QTest::qExec(&test, argc, argv);
    std::printf("%s\n", qPrintable(watchdog.report()));
    // The figure itself, on a line of its own (printed, not checked: it is a time). The
    // longest is the first browser's start, Chromium's, in one call of Qt WebEngine's.
    if (!watchdog.longest().isEmpty()) {
        const ce::test::EventLoopWatchdog::Gap &longest = watchdog.longest().first();
        std::printf("LONGEST EVENT-LOOP GAP: %.1f ms, in %s (issue 11's target: under 50 ms)\n", longest.ms,
                    qPrintable(longest.where));
    }
    return failures;
}

#include "tst_wizard.moc"
