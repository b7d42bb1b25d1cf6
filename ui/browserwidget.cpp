#include "browserwidget.h"

#include "core/environment.h"
#include "core/logging.h"
#include "core/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPluginLoader>
#include <QTimer>
#include <QVBoxLayout>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// The plugin, loaded once per process and never unloaded (Qt WebEngine cannot be).
struct BrowserPlugin
{
    EmbeddedBrowserFactory *factory = nullptr;
    QString problem;  // why there is none, for the user
};

// Where the plugin may be: CEP_BROWSER_PLUGIN alone when it is set; else beside the
// executable (the build tree), then where the packages install it. CEP_PLUGIN_FROM_GUI is
// the install folder relative to the wizard's (computed by CMake).
QStringList pluginCandidates()
{
    if (qEnvironmentVariableIsSet("CEP_BROWSER_PLUGIN"))
        return {qEnvironmentVariable("CEP_BROWSER_PLUGIN")};
    const QString here = QCoreApplication::applicationDirPath();
    return {here + u"/cep_browser.so"_s,
            QDir::cleanPath(here + u'/' + QStringLiteral(CEP_PLUGIN_FROM_GUI) + u"/cep_browser.so"_s)};
}

BrowserPlugin loadPlugin()
{
    const QStringList candidates = pluginCandidates();
    for (const QString &path : candidates) {
        if (path.isEmpty() || !QFileInfo(path).isFile())
            continue;
        QElapsedTimer clock;
        clock.start();
        QPluginLoader loader(path);
        auto *factory = qobject_cast<EmbeddedBrowserFactory *>(loader.instance());
        if (factory) {
            qCInfo(lcUi).noquote() << "browser: plugin loaded from" << path << "in" << clock.elapsed() << "ms";
            return {factory, {}};
        }
        qCWarning(lcUi).noquote() << "browser: the plugin" << path << "did not load:" << loader.errorString();
        return {nullptr, BrowserWidget::tr("The embedded browser could not be loaded (%1).").arg(loader.errorString())};
    }
    qCInfo(lcUi).noquote() << "browser: no plugin in" << candidates.join(u", "_s);
    return {nullptr, BrowserWidget::tr("The embedded browser is not installed (the package ce-provisioner-browser).")};
}

const BrowserPlugin &plugin()
{
    static const BrowserPlugin loaded = loadPlugin();
    return loaded;
}

}  // namespace

BrowserWidget::BrowserWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

BrowserWidget::~BrowserWidget()
{
    if (m_browser) {
        m_browser->stop();
        delete m_browser->widget();
    }
}

bool BrowserWidget::isAvailable(QString *why)
{
    const BrowserPlugin &p = plugin();
    if (why)
        *why = p.problem;
    return p.factory != nullptr;
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

bool BrowserWidget::start(const QUrl &url)
{
    stop();
    if (!isAvailable())
        return false;
    m_browser = plugin().factory->create(this, this);
    layout()->addWidget(m_browser->widget());
    setFocusProxy(m_browser->widget());
    qCInfo(lcUi).noquote() << "browser: loading" << redaction::url(url);
    m_browser->start(url);
    return true;
}

void BrowserWidget::stop()
{
    m_origins = {};
    m_security = Security::Unknown;
    if (!m_browser)
        return;
    // The page, popups and profile go now; the widget (and its view) once control is back
    // in the event loop, as this may be called from a slot of one of its children.
    m_browser->stop();
    QWidget *widget = m_browser->widget();
    m_browser = nullptr;
    setFocusProxy(nullptr);
    widget->hide();
    widget->setParent(nullptr);  // out of the wizard's widgets now (tests look for the view)
    widget->deleteLater();
#if defined(__GLIBC__)
    // Chromium frees the page's memory as it goes, and glibc keeps freed heap for reuse:
    // once it is gone, hand that back to the system (about 7 MiB here, bench_startup).
    QTimer::singleShot(500, this, [] { malloc_trim(0); });
#endif
}

void BrowserWidget::reload()
{
    if (m_browser)
        m_browser->reload();
}

void BrowserWidget::stopLoading()
{
    if (m_browser)
        m_browser->stopLoading();
}

// --- What the plugin reports -----------------------------------------------------------

bool BrowserWidget::navigationRequested(const QUrl &url, Frame frame, Trigger trigger)
{
    if (frame != Frame::Page) {
        const NavigationOrigin origin = frame == Frame::Popup ? NavigationOrigin::Popup : NavigationOrigin::Frame;
        return m_filter && m_filter({url, origin, trigger == Trigger::Redirect});
    }
    using Kind = NavigationOriginTracker::Kind;
    const Kind kind = trigger == Trigger::Redirect ? Kind::Redirect
                    : trigger == Trigger::Browser  ? Kind::Browser
                                                   : Kind::Document;
    const NavigationOrigin origin = m_origins.mainFrameNavigation(url, kind);
    const bool claim = m_filter && m_filter({url, origin, trigger == Trigger::Redirect});
    if (claim)
        m_origins.claimed();
    else
        m_origins.proceeded();
    return claim;
}

void BrowserWidget::navigationStarted(const QUrl &url, bool byOtherWindow)
{
    m_origins.reportStarted(url, byOtherWindow);
}

void BrowserWidget::documentCreated()
{
    m_origins.documentCreated();
}

void BrowserWidget::loadSucceeded(const QUrl &url)
{
    Q_EMIT pageLoaded(url);
}

void BrowserWidget::loadEnded(const QUrl &url)
{
    m_origins.ended(url);
}

void BrowserWidget::loadFailedWith(const QUrl &url, const QString &reason, int code)
{
    const QString why = reason.isEmpty() ? tr("error %1").arg(code) : reason;
    // Host and path say which page; the query (with the token) adds nothing for a person.
    const QUrl page = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    Q_EMIT loadFailed(tr("The page %1 could not be loaded: %2.").arg(page.toDisplayString(), why));
}

void BrowserWidget::certificateRefused(const QUrl &url, const QString &description)
{
    Q_EMIT certificateRejected(tr("The certificate of %1 is not valid (%2), so the page was not shown.")
                                   .arg(url.host(), description));
}

void BrowserWidget::systemBrowserOpened(const QUrl &url)
{
    Q_EMIT openedExternally(url);
}

void BrowserWidget::popupIgnored(const QUrl &url)
{
    qCInfo(lcUi).noquote() << "browser: a popup without a web address was not opened:" << redaction::url(url);
}

EmbeddedBrowserHost::Address BrowserWidget::describe(const QUrl &url)
{
    // The request token is in the authorization URL: show it, but not in full.
    m_security = securityOf(url);
    return {redaction::url(url), m_security};
}

}  // namespace ce
