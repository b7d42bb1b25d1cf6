#include "browserwidget.h"

#include "core/environment.h"
#include "core/logging.h"
#include "core/redaction.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// The guard script, with this page's secret in it (resources/browser/navigationguard.js).
QWebEngineScript guardScript(const QString &nonce)
{
    QFile file(u":/browser/navigationguard.js"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The navigation guard script is missing from the resources.");
    QWebEngineScript script;
    script.setName(u"ce-navigation-guard"_s);
    script.setSourceCode(QString::fromUtf8(file.readAll()).replace(u"@NONCE@"_s, nonce));
    // Before the page's own scripts, where they run (the Navigation API's event is
    // dispatched there), in the page only: frames are not asked.
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

QString randomNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString nonce;
    for (const quint32 word : words)
        nonce += QString::number(word, 16).rightJustified(8, u'0');
    return nonce;
}

}  // namespace

// The page every navigation passes through. The authorizing page (not a popup) also
// carries the guard script and keeps track of who started each of its navigations.
class InterceptingPage : public QWebEnginePage
{
public:
    InterceptingPage(QWebEngineProfile *profile, BrowserWidget *browser, bool popup, QObject *parent)
        : QWebEnginePage(profile, parent), m_browser(browser), m_popup(popup)
    {
        // A popup is opened as a new window at the address it asked for: never as this
        // page's child, which would give it window.opener (see BrowserWidget::openPopup).
        connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
            if (m_browser)
                m_browser->openPopup(request.requestedUrl());
        });
        if (m_popup)
            return;
        m_nonce = randomNonce();
        scripts().insert(guardScript(m_nonce));
        connect(this, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
            if (info.status() == QWebEngineLoadingInfo::LoadStoppedStatus
                || info.status() == QWebEngineLoadingInfo::LoadFailedStatus)
                m_origins.ended(info.url());
        });
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (!m_browser)
            return false;
        const bool redirect = type == NavigationTypeRedirect;
        if (m_popup || !isMainFrame) {
            const NavigationOrigin origin = m_popup ? NavigationOrigin::Popup : NavigationOrigin::Frame;
            return !m_browser->filter({url, origin, redirect}, false);
        }
        using Kind = NavigationOriginTracker::Kind;
        const Kind kind = redirect                                  ? Kind::Redirect
                        : type == NavigationTypeTyped || type == NavigationTypeReload
                                || type == NavigationTypeBackForward ? Kind::Browser
                                                                     : Kind::Document;
        const NavigationOrigin origin = m_origins.mainFrameNavigation(url, kind);
        const bool claim = m_browser->filter({url, origin, redirect}, true);
        if (claim)
            m_origins.claimed();
        else
            m_origins.proceeded();
        return !claim;
    }

    // Nobody may hold a reference to this page as its opener: popups are made by
    // openPopup() from newWindowRequested, which hands over only the address.
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override
    {
        // The guard's reports carry this page's secret; a frame or the page cannot forge
        // them without it. "<nonce> page|other <url>" or "<nonce> document <url>".
        if (!m_nonce.isEmpty() && message.startsWith(m_nonce + u' ')) {
            const QStringView rest = QStringView(message).sliced(m_nonce.size() + 1);
            const qsizetype space = rest.indexOf(u' ');
            if (space > 0) {
                const QStringView verdict = rest.first(space);
                if (verdict == u"document")
                    m_origins.documentCreated();
                else
                    m_origins.reportStarted(QUrl(rest.sliced(space + 1).toString()), verdict != u"page");
            }
            return;
        }
        QWebEnginePage::javaScriptConsoleMessage(level, message, line, source);
    }

private:
    QPointer<BrowserWidget> m_browser;
    bool m_popup;
    QString m_nonce;
    NavigationOriginTracker m_origins;
};

BrowserWidget::BrowserWidget(QWidget *parent)
    : QWidget(parent),
      m_address(new QLineEdit(this)),
      m_reload(new QToolButton(this)),
      m_external(new QToolButton(this)),
      m_progress(new QProgressBar(this)),
      m_view(new QWebEngineView(this))
{
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address"));
    m_address->setFocusPolicy(Qt::ClickFocus);
    m_securityAction = m_address->addAction(QIcon(), QLineEdit::LeadingPosition);

    m_reload->setIcon(QIcon(u":/icons/reload.svg"_s));
    m_reload->setToolTip(tr("Reload the page"));
    m_reload->setAccessibleName(tr("Reload"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_external->setIcon(QIcon(u":/icons/external.svg"_s));
    m_external->setText(tr("Open in system browser"));
    m_external->setToolTip(tr("Continue in your usual browser; then paste the address it ends on"));
    m_external->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_external->setObjectName(u"openExternallyButton"_s);
    m_view->setObjectName(u"browserView"_s);

    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setAccessibleName(tr("Loading"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_reload);
    bar->addWidget(m_address, 1);
    bar->addWidget(m_external);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_reload, &QToolButton::clicked, this, &BrowserWidget::reload);
    connect(m_external, &QToolButton::clicked, this, [this] {
        if (m_startUrl.isEmpty())
            return;
        QDesktopServices::openUrl(m_startUrl);
        Q_EMIT openedExternally(m_startUrl);
    });
    m_progress->setVisible(false);
    m_reload->setEnabled(false);
    m_external->setEnabled(false);
}

BrowserWidget::~BrowserWidget()
{
    stop();
}

QWebEnginePage *BrowserWidget::page() const
{
    return m_page;
}

BrowserWidget::Security BrowserWidget::securityOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return Security::Secure;
    if (scheme == "http"_L1)
        return Environment::isLoopbackHost(url.host()) ? Security::Local : Security::Insecure;
    return Security::Unknown;
}

void BrowserWidget::showUrl(const QUrl &url)
{
    // The request token is in the authorization URL: show it, but not in full.
    m_address->setText(redaction::url(url));
    m_address->setCursorPosition(0);
    m_security = securityOf(url);
    switch (m_security) {
    case Security::Secure:
        m_securityAction->setIcon(QIcon(u":/icons/lock.svg"_s));
        m_securityAction->setToolTip(tr("Secure connection (https)"));
        break;
    case Security::Local:
        m_securityAction->setIcon(QIcon(u":/icons/ok.svg"_s));
        m_securityAction->setToolTip(tr("A page served by this computer (the sandbox)"));
        break;
    case Security::Insecure:
        m_securityAction->setIcon(QIcon(u":/icons/warning.svg"_s));
        m_securityAction->setToolTip(tr("Not secure: this page is sent unencrypted (http). Do not enter a password."));
        break;
    case Security::Unknown:
        m_securityAction->setIcon(QIcon());
        m_securityAction->setToolTip({});
        break;
    }
}

void BrowserWidget::start(const QUrl &url)
{
    stop();
    m_startUrl = url;
    m_claimed = false;
    // No storage name: off the record, nothing reaches the disk, nothing is shared.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new InterceptingPage(m_profile, this, false, this);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);

    connect(m_page, &QWebEnginePage::urlChanged, this, &BrowserWidget::showUrl);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
            return;
        }
        m_progress->setVisible(false);
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
            Q_EMIT pageLoaded(info.url());
            return;
        }
        if (m_claimed || info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
            return;  // the filter took the navigation: this "failure" is the callback not loading
        const QString reason = info.errorString().isEmpty() ? tr("error %1").arg(info.errorCode())
                                                            : info.errorString();
        // Host and path say which page; the query (with the token) adds nothing for a person.
        const QUrl page = info.url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        Q_EMIT loadFailed(tr("The page %1 could not be loaded: %2.").arg(page.toDisplayString(), reason));
    });
    connect(m_page, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Refused, always: a provider's login page with a bad certificate is not one to trust.
        error.rejectCertificate();
        m_claimed = true;  // the failed load that follows is explained here
        Q_EMIT certificateRejected(tr("The certificate of %1 is not valid (%2), so the page was not shown.")
                                       .arg(error.url().host(), error.description()));
    });

    m_view->setPage(m_page);
    m_reload->setEnabled(true);
    m_external->setEnabled(true);
    qCInfo(lcUi).noquote() << "browser: loading" << redaction::url(url);
    m_page->load(url);
}

void BrowserWidget::stop()
{
    for (const QPointer<QWidget> &popup : std::as_const(m_popups)) {
        if (popup)
            delete popup.data();
    }
    m_popups.clear();
    if (m_page) {
        m_page->disconnect(this);
        // The view keeps showing the last page until it gets a new one: give it an empty
        // default page, then delete ours before its profile.
        m_view->setPage(new QWebEnginePage(m_view));
        delete m_page.data();
    }
    delete m_profile.data();
    m_progress->setVisible(false);
    m_reload->setEnabled(false);
    m_external->setEnabled(false);
    m_address->clear();
    m_securityAction->setIcon(QIcon());
    m_security = Security::Unknown;
}

void BrowserWidget::reload()
{
    if (!m_page)
        return;
    m_claimed = false;
    // Reload the authorization page itself if the last navigation failed before loading.
    if (m_page->url().isEmpty())
        m_page->load(m_startUrl);
    else
        m_page->triggerAction(QWebEnginePage::Reload);
}

bool BrowserWidget::filter(const Navigation &navigation, bool pageMainFrame)
{
    const bool claim = m_filter && m_filter(navigation);
    if (claim && pageMainFrame)
        m_claimed = true;
    return claim;
}

void BrowserWidget::openPopup(const QUrl &url)
{
    if (!m_profile)
        return;
    // Only a page at an address: an empty window the opener would write into or post a
    // form to needs the opener's hold on it, which no popup gets here.
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        qCInfo(lcUi).noquote() << "browser: a popup without a web address was not opened:" << redaction::url(url);
        return;
    }
    // A small in-app window for a provider's help or two-factor pages. Its navigations go
    // through the same filter, as a popup's. It loads the address itself, in the same
    // profile (the sign-in is shared), as a new top-level window: no opener.
    auto *popup = new QDialog(window());
    popup->setObjectName(u"browserPopup"_s);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setWindowTitle(tr("%1 — popup").arg(m_startUrl.host()));
    popup->resize(560, 520);
    auto *view = new QWebEngineView(popup);
    auto *page = new InterceptingPage(m_profile, this, true, view);
    view->setPage(page);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    connect(page, &QWebEnginePage::windowCloseRequested, popup, &QDialog::close);
    connect(page, &QWebEnginePage::titleChanged, popup, &QDialog::setWindowTitle);
    connect(page, &QWebEnginePage::certificateError, popup, [](QWebEngineCertificateError error) {
        error.rejectCertificate();
    });
    m_popups.append(popup);
    popup->show();
    page->load(url);
}

}  // namespace ce
