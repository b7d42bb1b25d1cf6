// What a hostile page, server or input can try against the embedded browser and the pages:
// certificate errors are refused with an explanation; plain http outside this computer is
// flagged; a second authorization starts without the first one's cookies; look-alike
// callbacks on loopback are not taken; names and tags with markup, RTL text, emoji and
// control characters are shown as text. All on loopback.
#include "apppage.h"
#include "authorizepage.h"
#include "browserwidget.h"
#include "core/apiclient.h"
#include "core/provisioningflow.h"
#include "createpage.h"
#include "donepage.h"
#include "guisupport.h"
#include "provisioningwizard.h"
#include "sandbox/sandboxserver.h"
#include "ui_apppage.h"
#include "ui_authorizepage.h"
#include "ui_donepage.h"
#include "widgets.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;

class TstHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WizardHarness> m_app;

    // The wizard up to the Authorize page, with the given callback URL and instance name.
    bool reachAuthorize(const QString &callback, const QString &name, const QStringList &tags)
    {
        m_app->wizard->button(QWizard::NextButton)->click();
        auto *ui = m_app->wizard->appPage()->ui();
        QTest::keyClicks(ui->consumerKeyEdit, u"mycompany"_s);
        QTest::keyClicks(ui->consumerSecretEdit, u"consumer-secret"_s);
        QTest::keyClicks(ui->siteAddressEdit, u"acme"_s);
        ui->callbackUrlEdit->clear();
        QTest::keyClicks(ui->callbackUrlEdit, callback);
        ui->nameEdit->setText(name);
        Q_EMIT ui->nameEdit->textEdited(name);
        ui->tagEditor->setTags(tags);
        if (!m_app->wizard->button(QWizard::NextButton)->isEnabled())
            return false;
        m_app->wizard->button(QWizard::NextButton)->click();
        if (!QTest::qWaitFor([this] { return m_app->wizard->button(QWizard::NextButton)->isEnabled(); }, 10000))
            return false;
        m_app->wizard->button(QWizard::NextButton)->click();
        return m_app->wizard->currentId() == ProvisioningWizard::AuthorizePageId;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<test::WizardHarness>();
        QVERIFY(m_app->start());
        QVERIFY(m_app->show());
    }

    void cleanup()
    {
        m_app.reset();
    }

    void displayText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"Acme books"_s << u"Acme books"_s;
        QTest::newRow("markup") << u"<b>x</b>"_s << u"<b>x</b>"_s;
        QTest::newRow("control") << u"a\u0007b\u007F"_s << u"a\u2407b\u2421"_s;
        QTest::newRow("rtl") << u"שלום"_s << u"\u2068שלום\u2069"_s;
        QTest::newRow("override") << u"x\u202Eevil"_s << u"\u2068xevil\u2069"_s;
        QTest::newRow("long") << QString(130, u'y') << QString(120, u'y') + QChar(0x2026);
        QTest::newRow("emoji cut") << QString(119, u'y') + u"👍👍"_s << QString(119, u'y') + QChar(0x2026);
    }

    void displayText()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(ce::displayText(input), shown);
    }

    void securityOfAddresses_data()
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

    void securityOfAddresses()
    {
        QFETCH(QUrl, url);
        QFETCH(int, security);
        QCOMPARE(int(BrowserWidget::securityOf(url)), security);
    }

    void certificateErrorsAreRefusedWithAnExplanation()
    {
        // A self-signed certificate for 127.0.0.1, made now.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                     u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                                     u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(dir.filePath(u"cert.pem"_s)), keyFile(dir.filePath(u"key.pem"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
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
        browser.start(QUrl(u"https://127.0.0.1:%1/oauth/oauth_authorize.php"_s.arg(server.serverPort())));
        QVERIFY(refused.wait(15000));
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(u"certificate"_s) && message.contains(u"127.0.0.1"_s), qPrintable(message));
        QCOMPARE(failed.count(), 0);  // the certificate explains it; no second, vaguer message
        QCOMPARE(served, 0);
    }

    void aSecondAuthorizationHasNoCookiesOfTheFirst()
    {
        QVERIFY(reachAuthorize(QString::fromLatin1(AppPage::DefaultCallbackUrl), u"Cookies"_s, {}));
        BrowserWidget *browser = m_app->wizard->authorizePage()->browser();
        QWebEngineProfile *first = browser->profile();
        QVERIFY(first->isOffTheRecord());
        QVERIFY(test::waitForElement(browser->page(), u"login"_s));
        QVERIFY(test::runJs(browser->page(), u"document.getElementById('email').value='a@b.test';"
                                       u"document.getElementById('password').value='pw';"
                                       u"document.getElementById('login').click();"_s));
        QVERIFY(test::waitForElement(browser->page(), u"allow"_s));  // signed in: the session cookie is set

        // The same page again in this attempt: still signed in (the cookie is there)...
        browser->page()->triggerAction(QWebEnginePage::Reload);
        QVERIFY(test::waitForElement(browser->page(), u"allow"_s));
        // ...but a new attempt signs in again.
        m_app->wizard->button(QWizard::BackButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        m_app->wizard->button(QWizard::NextButton)->click();
        QVERIFY(browser->profile() != nullptr);
        QVERIFY(browser->profile()->isOffTheRecord());
        QVERIFY(test::waitForElement(browser->page(), u"login"_s));
    }

    void lookAlikeCallbacksOnLoopbackAreNotTaken()
    {
        // The callback is a loopback address here, so that look-alikes can be visited for
        // real without leaving this computer.
        const QString callback = u"http://127.0.0.1:%1/auth"_s.arg(m_app->sandbox->port());
        QVERIFY(reachAuthorize(callback, u"Look-alikes"_s, {}));
        BrowserWidget *browser = m_app->wizard->authorizePage()->browser();
        QVERIFY(test::waitForElement(browser->page(), u"login"_s));
        const QString token = m_app->flow->requestToken().token;
        const QString query = u"?state=freshbooks&oauth_token=%1&oauth_verifier=forged"_s.arg(token);
        const QStringList lookAlikes = {
            u"http://127.0.0.1:%1/auth2"_s.arg(m_app->sandbox->port()) + query,       // path prefix
            u"http://127.0.0.1:%1/auth/x"_s.arg(m_app->sandbox->port()) + query,      // deeper path
            u"http://127.0.0.2:%1/auth"_s.arg(m_app->sandbox->port()) + query,        // another loopback host
            u"https://127.0.0.1:%1/auth"_s.arg(m_app->sandbox->port()) + query,       // another scheme
        };
        for (const QString &url : lookAlikes) {
            QSignalSpy loaded(browser->page(), &QWebEnginePage::loadFinished);
            QVERIFY(test::runJs(browser->page(), u"window.location.href = '%1';"_s.arg(url)));
            QVERIFY2(loaded.wait(15000), qPrintable(url));
            QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);
            QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
            QVERIFY(!m_app->wizard->button(QWizard::NextButton)->isEnabled());
        }
        // javascript: and data: addresses are not callbacks either.
        QVERIFY(test::runJs(browser->page(), u"window.location.href = 'javascript:void(0)';"_s));
        QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);
        QSignalSpy loaded(browser->page(), &QWebEnginePage::loadFinished);
        browser->page()->setHtml(u"<a id=\"go\" href=\"data:text/html,%1\">x</a>"_s.arg(query.toHtmlEscaped()),
                                 m_app->sandbox->rootUrl());
        QVERIFY(loaded.wait(15000));
        QVERIFY(test::runJs(browser->page(), u"document.getElementById('go').click();"_s));
        QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization);

        // The real one still works: Allow, and the sandbox redirects to the loopback callback.
        m_app->sandbox->setAutoApprove(true);
        browser->start(m_app->flow->authorizationUrl());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
        QCOMPARE(m_app->flow->callback().oauthToken, token);
        QVERIFY(m_app->flow->callback().oauthVerifier != u"forged"_s);
    }

    void hostileNamesAndTagsAreShownAsText()
    {
        const QString name = u"<b>bold</b> <img src=\"http://127.0.0.1:1/x.png\"> مرحبا 🚀 \u202Eevil\u202C "_s
                             + QString(400, u'x');
        const QStringList tags = {u"<i>tag</i>"_s, u"שלום"_s, u"👍🏽"_s, u"a\u0007b"_s};
        m_app->sandbox->setAutoApprove(true);
        QVERIFY(reachAuthorize(QString::fromLatin1(AppPage::DefaultCallbackUrl), name, tags));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
        for (QLabel *label : m_app->wizard->createPage()->findChildren<QLabel *>()) {
            if (label->text().contains(u"<b>"_s))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        m_app->wizard->button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
        auto *done = m_app->wizard->donePage()->ui();
        // The server got them unchanged and the page shows them as they are.
        QCOMPARE(m_app->sandbox->instances().first().value("name"_L1).toString(), name.trimmed());
        const QString shown = done->nameValue->fullText();
        QCOMPARE(done->nameValue->textFormat(), Qt::PlainText);
        QVERIFY2(shown.contains(u"<b>bold</b> <img src="_s), qPrintable(shown));  // markup as text
        QVERIFY(!shown.contains(QChar(0x202E)));                                   // no override...
        QVERIFY(shown.startsWith(QChar(0x2068)) && shown.endsWith(QChar(0x2069))); // ...but an isolate
        QVERIFY(shown.size() < name.size());                                       // cut...
        // ...to the label's width, with "…" (Qt keeps the isolate's end after it).
        QTRY_VERIFY(done->nameValue->text().size() < shown.size());
        QVERIFY(done->nameValue->text().contains(QChar(0x2026)));
        QVERIFY(done->nameValue->toolTip().contains(QString(300, u'x')));          // all of it in the tooltip
        QVERIFY(done->nameValue->geometry().right() <= done->nameValue->parentWidget()->width());
        QCOMPARE(done->tagsValue->textFormat(), Qt::PlainText);
        QVERIFY(done->tagsValue->text().contains(u"<i>tag</i>"_s));
        QVERIFY(done->tagsValue->text().contains(u"👍🏽"_s));
        QVERIFY(done->tagsValue->text().contains(u"a\u2407b"_s));  // BEL shown as ␇
        QVERIFY(test::screenshot(m_app->wizard.get(), u"6-done-hostile-text"_s));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TstHostile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile.moc"
