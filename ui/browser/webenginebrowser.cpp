#include "webenginebrowser.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QHBoxLayout>
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

// The browser's texts keep the translation context they have always had (the host,
// ce::BrowserWidget, shows the rest), so the wizard's catalogue covers the plugin too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ce::BrowserWidget)
};

using Frame = EmbeddedBrowserHost::Frame;
using Trigger = EmbeddedBrowserHost::Trigger;
using Security = EmbeddedBrowserHost::Security;

// The guard script, with this page's secret in it (resources/browser/navigationguard.js).
QWebEngineScript guardScript(const QString &nonce)
{
    QFile file(u":/cep_browser/browser/navigationguard.js"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The navigation guard script is missing from the browser plugin's resources.");
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

QIcon icon(const char *name)
{
    return QIcon(u":/cep_browser/icons/"_s + QLatin1StringView(name) + u".svg"_s);
}

}  // namespace

// The page every navigation passes through. The authorizing page (not a popup) also
// carries the guard script, whose reports go to the host.
class InterceptingPage : public QWebEnginePage
{
public:
    InterceptingPage(QWebEngineProfile *profile, WebEngineBrowser *browser, bool popup, QObject *parent)
        : QWebEnginePage(profile, parent), m_browser(browser), m_popup(popup)
    {
        // A popup is opened as a new window at the address it asked for: never as this
        // page's child, which would give it window.opener (see WebEngineBrowser::openPopup).
        connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
            if (m_browser)
                m_browser->openPopup(request.requestedUrl());
        });
        if (m_popup)
            return;
        m_nonce = randomNonce();
        scripts().insert(guardScript(m_nonce));
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (!m_browser)
            return false;
        const Trigger trigger = type == NavigationTypeRedirect ? Trigger::Redirect
                              : type == NavigationTypeTyped || type == NavigationTypeReload
                                      || type == NavigationTypeBackForward ? Trigger::Browser
                                                                           : Trigger::Document;
        const Frame frame = m_popup ? Frame::Popup : isMainFrame ? Frame::Page : Frame::SubFrame;
        return !m_browser->navigation(url, frame, trigger);
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
            if (space > 0 && m_browser && m_browser->m_page == this) {
                const QStringView verdict = rest.first(space);
                if (verdict == u"document")
                    m_browser->m_host->documentCreated();
                else
                    m_browser->m_host->navigationStarted(QUrl(rest.sliced(space + 1).toString()), verdict != u"page");
            }
            return;
        }
        QWebEnginePage::javaScriptConsoleMessage(level, message, line, source);
    }

private:
    QPointer<WebEngineBrowser> m_browser;
    bool m_popup;
    QString m_nonce;
};

WebEngineBrowser::WebEngineBrowser(EmbeddedBrowserHost *host, QWidget *parent)
    : QWidget(parent),
      m_host(host),
      m_address(new QLineEdit(this)),
      m_reload(new QToolButton(this)),
      m_external(new QToolButton(this)),
      m_progress(new QProgressBar(this)),
      m_view(new QWebEngineView(this))
{
    m_address->setReadOnly(true);
    m_address->setAccessibleName(Tr::tr("Address"));
    m_address->setFocusPolicy(Qt::ClickFocus);
    m_address->setObjectName(u"browserAddress"_s);
    m_securityAction = m_address->addAction(QIcon(), QLineEdit::LeadingPosition);
    m_securityAction->setVisible(false);

    m_reload->setIcon(icon("reload"));
    m_reload->setToolTip(Tr::tr("Reload the page"));
    m_reload->setAccessibleName(Tr::tr("Reload"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_external->setIcon(icon("external"));
    m_external->setText(Tr::tr("Open in system browser"));
    m_external->setToolTip(Tr::tr("Continue in your usual browser; then paste the address it ends on"));
    m_external->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_external->setObjectName(u"openExternallyButton"_s);
    m_view->setObjectName(u"browserView"_s);

    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setAccessibleName(Tr::tr("Loading"));

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

    connect(m_reload, &QToolButton::clicked, this, [this] { reload(); });
    connect(m_external, &QToolButton::clicked, this, [this] {
        if (m_startUrl.isEmpty() || !m_page)
            return;
        QDesktopServices::openUrl(m_startUrl);
        m_host->systemBrowserOpened(m_startUrl);
    });
    m_progress->setVisible(false);
    m_reload->setEnabled(false);
    m_external->setEnabled(false);
}

WebEngineBrowser::~WebEngineBrowser()
{
    stop();
}

void WebEngineBrowser::showUrl(const QUrl &url)
{
    const EmbeddedBrowserHost::Address address = m_host->describe(url);
    m_address->setText(address.text);
    m_address->setCursorPosition(0);
    // The icon says it at a glance; its text (the tooltip) is what a screen reader says.
    QString icon, text;
    switch (address.security) {
    case Security::Secure:
        icon = u"lock"_s;
        text = Tr::tr("Secure connection (https)");
        break;
    case Security::Local:
        icon = u"ok"_s;
        text = Tr::tr("A page served by this computer (the sandbox)");
        break;
    case Security::Insecure:
        icon = u"warning"_s;
        text = Tr::tr("Not secure: this page is sent unencrypted (http). Do not enter a password.");
        break;
    case Security::Unknown:
        break;
    }
    showSecurity(icon, text);
}

void WebEngineBrowser::prepare()
{
    stop();
    // No storage name: off the record, nothing reaches the disk, nothing is shared.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
}

void WebEngineBrowser::start(const QUrl &url)
{
    if (!m_profile || m_page)
        prepare();  // a profile of its own: none was prepared, or it served a page already
    m_startUrl = url;
    m_claimed = false;
    m_page = new InterceptingPage(m_profile, this, false, this);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);

    connect(m_page, &QWebEnginePage::urlChanged, this, &WebEngineBrowser::showUrl);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
            return;
        m_progress->setVisible(false);
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
            m_host->loadSucceeded(info.url());
            return;
        }
        m_host->loadEnded(info.url());
        if (m_claimed || info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
            return;  // the host took the navigation: this "failure" is the callback not loading
        m_host->loadFailedWith(info.url(), info.errorString(), info.errorCode());
    });
    connect(m_page, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Refused, always: a provider's login page with a bad certificate is not one to trust.
        error.rejectCertificate();
        m_claimed = true;  // the failed load that follows is explained here
        m_host->certificateRefused(error.url(), error.description());
    });

    m_view->setPage(m_page);
    m_reload->setEnabled(true);
    m_external->setEnabled(true);
    m_page->load(url);
}

void WebEngineBrowser::stop()
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
    showSecurity({}, {});
}

void WebEngineBrowser::showSecurity(const QString &iconName, const QString &text)
{
    m_securityAction->setIcon(iconName.isEmpty() ? QIcon()
                                                 : QIcon(u":/cep_browser/icons/"_s + iconName + u".svg"_s));
    m_securityAction->setText(text);
    m_securityAction->setToolTip(text);
    m_securityAction->setVisible(!text.isEmpty());  // nothing to say: no icon, no button
}

void WebEngineBrowser::reload()
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

void WebEngineBrowser::stopLoading()
{
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Stop);
}

bool WebEngineBrowser::navigation(const QUrl &url, Frame frame, Trigger trigger)
{
    if (!m_page)
        return true;  // stopped: nothing loads any more
    const bool claim = m_host->navigationRequested(url, frame, trigger);
    if (claim && frame == Frame::Page)
        m_claimed = true;
    return claim;
}

void WebEngineBrowser::openPopup(const QUrl &url)
{
    if (!m_profile)
        return;
    // Only a page at an address: an empty window the opener would write into or post a
    // form to needs the opener's hold on it, which no popup gets here.
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        m_host->popupIgnored(url);
        return;
    }
    // A small in-app window for a provider's help or two-factor pages. Its navigations go
    // through the host, as a popup's. It loads the address itself, in the same profile (the
    // sign-in is shared), as a new top-level window: no opener.
    auto *popup = new QDialog(window());
    popup->setObjectName(u"browserPopup"_s);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setWindowTitle(Tr::tr("%1 — popup").arg(m_startUrl.host()));
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
