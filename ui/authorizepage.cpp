#include "authorizepage.h"

#include "browserwidget.h"
#include "core/loopbackcallbacklistener.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "ui_authorizepage.h"

#include <QDesktopServices>
#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace ce {

AuthorizePage::AuthorizePage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::AuthorizePage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    m_ui->pasteRow->setVisible(false);
    setMessage(m_ui->messageLabel, {});
    m_ui->startAgainButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    m_ui->systemBrowserButton->setVisible(false);

    ProvisioningFlow *flow = context.flow;
    connect(flow, &ProvisioningFlow::authorized, this, [this] {
        if (wizard() && wizard()->currentPage() != this)
            return;
        if (m_browser)
            m_browser->stopLoading();
        setMessage(m_ui->messageLabel, tr("Access granted."), MessageKind::Ok);
        m_ui->pasteRow->setVisible(false);
        Q_EMIT completeChanged();
        // Move on once this event is handled (not from inside the navigation hook).
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this && isComplete())
                wizard()->next();
        });
    });
    connect(flow, &ProvisioningFlow::authorizationRejected, this, &AuthorizePage::onRejected);
    // OAuth 2.0 has no token page: the authorization page's address is asked for here.
    connect(flow, &ProvisioningFlow::authorizationUrlReady, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            openAuthorizationPage();
    });
    connect(flow, &ProvisioningFlow::failed, this, [this](const ApiError &error) {
        if (wizard() && wizard()->currentPage() == this && m_context.flow->stage() == ProvisioningFlow::Stage::Editing
            && error.kind != ApiError::Kind::Cancelled)
            showProblem(error.text, false);
    });
    connect(m_ui->startAgainButton, &QPushButton::clicked, this, &AuthorizePage::startAgain);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        setMessage(m_ui->messageLabel, {});
        m_ui->reloadButton->setVisible(false);
        if (m_browser)
            m_browser->reload();
    });
    connect(m_ui->systemBrowserButton, &QPushButton::clicked, this, &AuthorizePage::openInSystemBrowser);
    connect(m_ui->useButton, &QPushButton::clicked, this, &AuthorizePage::usePastedAddress);
    connect(m_ui->pasteEdit, &QLineEdit::returnPressed, this, &AuthorizePage::usePastedAddress);
}

AuthorizePage::~AuthorizePage()
{
    stopListening();
}

bool AuthorizePage::listenForCallback()
{
    ProvisioningFlow *flow = m_context.flow;
    const QUrl callback = flow->callbackUrl();
    if (!LoopbackCallbackListener::canListenFor(callback))
        return false;
    if (m_listener && m_listener->isListening())
        return true;  // opened again: the same listener waits
    stopListening();
    m_listener = new LoopbackCallbackListener(this);
    m_listener->setElementName(flow->element().name);
    const bool listening = m_listener->listen(callback, [flow](const QUrl &url) {
        return flow->handleNavigation(url, NavigationOrigin::SystemBrowserListener);
    });
    if (!listening) {
        setMessage(m_ui->messageLabel,
                   m_listener->errorString() + u' '
                       + tr("Paste the address your browser ends on below instead."),
                   MessageKind::Warning);
        stopListening();
        return false;
    }
    // A refusal goes to the flow's authorizationRejected (onRejected); the accepted callback
    // to authorized(), which moves on.
    connect(m_listener, &LoopbackCallbackListener::timedOut, this, [this] {
        showProblem(tr("Your browser did not come back to %1 in time.").arg(m_context.flow->callbackUrl().toString())
                        + u' ' + tr("Start again with a new token, or paste the address it ended on."),
                    false);
        m_ui->pasteRow->setVisible(true);
    });
    connect(m_listener, &LoopbackCallbackListener::finished, this, [this] {
        if (m_listener)
            m_listener->deleteLater();
        m_listener = nullptr;
    });
    setMessage(m_ui->messageLabel,
               tr("Waiting for your browser: sign in and allow access there; it comes back to %1 and the "
                  "wizard continues by itself.")
                   .arg(callback.toString(QUrl::RemoveQuery | QUrl::RemoveFragment)),
               MessageKind::Ok);
    return true;
}

void AuthorizePage::stopListening()
{
    if (!m_listener)
        return;
    LoopbackCallbackListener *listener = m_listener;
    m_listener = nullptr;
    listener->disconnect(this);
    listener->close();
    listener->deleteLater();
}

void AuthorizePage::initializePage()
{
    ProvisioningFlow *flow = m_context.flow;
    const ElementDescription &element = flow->element();
    setSubTitle(tr("The owner of the %1 account signs in and allows access. The wizard continues by "
                   "itself once access is granted.")
                    .arg(element.displayName()));
    const bool oauth1 = element.authentication == Authentication::OAuth1;
    m_ui->startAgainButton->setText(oauth1 ? tr("&Start again with a new token") : tr("&Start again"));
    QUrl example = flow->callbackUrl();
    example.setQuery(oauth1 ? u"oauth_token=…&oauth_verifier=…"_s : u"code=…&state=…"_s);
    m_ui->pasteEdit->setPlaceholderText(example.toString(QUrl::PrettyDecoded));
    if (!m_browser) {
        m_browser = new BrowserWidget(m_ui->browserHost);
        m_browser->setObjectName(u"browser"_s);
        m_ui->browserLayout->addWidget(m_browser);
        // Every navigation, with where the browser saw it come from: the flow decides, and
        // what it does not let load (the callback, a near miss carrying the verifier) is
        // claimed. What it refuses comes back through authorizationRejected.
        m_browser->setNavigationFilter([this](const BrowserWidget::Navigation &n) {
            return m_context.flow->handleNavigation(n.url, n.origin).mustNotLoad();
        });
        connect(m_browser, &BrowserWidget::unavailable, this, [this](const QString &why) {
            m_ui->browserHost->setVisible(false);
            showWithoutBrowser(why);
        });
        connect(m_browser, &BrowserWidget::loadFailed, this, [this](const QString &message) {
            showProblem(message, true);
        });
        connect(m_browser, &BrowserWidget::certificateRejected, this, [this](const QString &message) {
            showProblem(message, false);
        });
        connect(m_browser, &BrowserWidget::openedExternally, this, [this] {
            if (listenForCallback())
                return;
            m_ui->pasteRow->setVisible(true);
            m_ui->pasteEdit->setFocus();
        });
    }
    setMessage(m_ui->messageLabel, {});
    m_ui->startAgainButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    m_ui->pasteRow->setVisible(false);
    m_ui->pasteEdit->clear();
    m_ui->systemBrowserButton->setVisible(false);
    if (flow->stage() == ProvisioningFlow::Stage::Editing) {
        // OAuth 2.0, from the inputs: its first call, then the page (authorizationUrlReady).
        setMessage(m_ui->messageLabel, tr("Getting the authorization page's address…"), MessageKind::Ok);
        flow->startAuthorization();
        return;
    }
    openAuthorizationPage();
}

void AuthorizePage::openAuthorizationPage()
{
    setMessage(m_ui->messageLabel, {});
    m_ui->browserHost->setVisible(true);
    // The plugin was loaded ahead (BrowserWidget::preload(), on the page before); should it
    // still be loading, the browser comes once it is, the window alive meanwhile. Without
    // it, unavailable() (connected above) offers the other ways.
    m_browser->open(m_context.flow->authorizationUrl());
}

void AuthorizePage::cleanupPage()
{
    // The user went back: the flow ends this attempt and starts the next (a new token); its
    // page gets a new browser profile when it opens.
    if (m_browser)
        m_browser->stop();
    stopListening();
    // OAuth 1.0a goes back to its token page, which shows the next attempt; OAuth 2.0 back
    // to the inputs, and the next visit here starts a new attempt.
    if (m_context.flow->element().authentication == Authentication::OAuth1)
        m_context.flow->restartAuthorization();
    else
        m_context.flow->leaveAuthorization();
}

bool AuthorizePage::validatePage()
{
    // On to the Create page: the browser, its page and profile are not needed any more.
    if (m_browser)
        m_browser->stop();
    stopListening();
    return true;
}

bool AuthorizePage::isComplete() const
{
    using Stage = ProvisioningFlow::Stage;
    const Stage stage = m_context.flow->stage();
    return stage == Stage::Authorized || stage == Stage::Creating || stage == Stage::Created;
}

void AuthorizePage::showProblem(const QString &message, bool canReload)
{
    if (isComplete())
        return;
    setMessage(m_ui->messageLabel, message);
    m_ui->reloadButton->setVisible(canReload);
    m_ui->startAgainButton->setVisible(true);
}

void AuthorizePage::showWithoutBrowser(const QString &why)
{
    setMessage(m_ui->messageLabel,
               why + u' '
                   + tr("Open the page in your usual browser, sign in and allow access, then paste the address "
                        "it ends on below."),
               MessageKind::Warning);
    m_ui->systemBrowserButton->setVisible(true);
    m_ui->pasteRow->setVisible(true);
    m_ui->systemBrowserButton->setFocus();
}

void AuthorizePage::openInSystemBrowser()
{
    // Listening first: a browser that is signed in and allowed before may come back at once.
    const bool listening = listenForCallback();
    QDesktopServices::openUrl(m_context.flow->authorizationUrl());
    if (listening)
        return;
    m_ui->pasteRow->setVisible(true);
    m_ui->pasteEdit->setFocus();
}

void AuthorizePage::onRejected(const CallbackMatch &match)
{
    if (wizard() && wizard()->currentPage() != this)
        return;
    QString message = match.message;
    if (match.outcome == CallbackMatch::Outcome::Refused)
        message += u' ' + (m_context.flow->element().authentication == Authentication::OAuth1
                               ? tr("To try again, start again with a new token.")
                               : tr("To try again, start again."));
    showProblem(message, false);
    m_ui->startAgainButton->setFocus();
}

void AuthorizePage::usePastedAddress()
{
    const QUrl url = QUrl::fromUserInput(m_ui->pasteEdit->text().trimmed());
    const CallbackMatch match = m_context.flow->handleNavigation(url, NavigationOrigin::PastedByUser);
    if (match.outcome == CallbackMatch::Outcome::NotCallback) {
        setMessage(m_ui->messageLabel,
                   tr("That is not the callback address: it must start with %1.")
                       .arg(m_context.flow->callbackUrl().toString()));
        m_ui->pasteEdit->setFocus();
        m_ui->pasteEdit->selectAll();
    }
}

void AuthorizePage::startAgain()
{
    ProvisioningFlow *flow = m_context.flow;
    if (flow->element().authentication == Authentication::OAuth1) {
        // Back to the token page, which shows the new attempt (cleanupPage()).
        if (wizard())
            wizard()->back();
        return;
    }
    // OAuth 2.0: a new state and address, and the page again (authorizationUrlReady).
    if (m_browser)
        m_browser->stop();
    m_ui->startAgainButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    m_ui->pasteRow->setVisible(false);
    m_ui->pasteEdit->clear();
    setMessage(m_ui->messageLabel, tr("Getting the authorization page's address…"), MessageKind::Ok);
    if (flow->stage() == ProvisioningFlow::Stage::Editing)
        flow->startAuthorization();
    else
        flow->restartAuthorization();
}

}  // namespace ce
