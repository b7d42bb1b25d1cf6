#include "browserwidget.h"

#include "core/environment.h"
#include "core/logging.h"
#include "core/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPluginLoader>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

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
// the install folder relative to the executable's, bin/ (ce-provisioner runs the wizard's
// module in its own process), computed by CMake.
QStringList pluginCandidates()
{
    if (qEnvironmentVariableIsSet("CEP_BROWSER_PLUGIN"))
        return {qEnvironmentVariable("CEP_BROWSER_PLUGIN")};
    const QString here = QCoreApplication::applicationDirPath();
    return {here + u"/cep_browser.so"_s,
            QDir::cleanPath(here + u'/' + QStringLiteral(CEP_PLUGIN_FROM_GUI) + u"/cep_browser.so"_s)};
}

// The loading of the plugin, in two parts. Its library (and with it Qt WebEngine's, some
// 150 MB of code to map and relocate: about 35 ms here) is loaded by a worker thread,
// started ahead of need (BrowserWidget::preload()), so that the window never waits for
// it. QLibrary loads from any thread (Qt loads its image-format plugins so), and what the
// libraries run when loaded only registers (resources, QML types, under Qt's locks) or
// reads settings (Qt WebEngine's check of the OpenGL sharing, Qt Quick's graphics API),
// none of which the GUI thread touches meanwhile: no browser is made until the library is
// there. Its root object (a QObject, which lives in the thread that makes it) is made on
// the GUI thread then. Nothing of Qt WebEngine is started by either: no profile, no process.
class PluginLoading
{
public:
    static PluginLoading &instance()
    {
        static PluginLoading loading;
        return loading;
    }

    // Starts the worker, unless the plugin is loaded or loading. Without a plugin file the
    // answer is known at once (no worker).
    void start()
    {
        if (m_plugin || m_worker)
            return;
        m_candidates = pluginCandidates();
        const auto found = std::find_if(m_candidates.cbegin(), m_candidates.cend(), [](const QString &path) {
            return !path.isEmpty() && QFileInfo(path).isFile();
        });
        if (found == m_candidates.cend()) {
            finish({});  // none: "not installed"
            return;
        }
        m_path = *found;
        // The worker's answer, read on the GUI thread once it has finished.
        auto library = std::make_shared<LibraryLoad>();
        m_worker = QThread::create([path = m_path, library] {
            QElapsedTimer clock;
            clock.start();
            QPluginLoader loader(path);
            library->loaded = loader.load();
            library->error = loader.errorString();
            library->ms = clock.elapsed();
        });
        m_worker->setObjectName(u"cep_browser loader"_s);
        m_library = library;
        QObject::connect(m_worker, &QThread::finished, qApp, [this] { workerFinished(); });
        // The process does not end in the middle of a dlopen().
        qAddPostRoutine([] {
            if (QThread *worker = instance().m_worker)
                worker->wait();
        });
        qCDebug(lcUi).noquote() << "browser: loading the plugin" << m_path << "in a worker thread";
        m_worker->start(QThread::LowPriority);
    }

    // Calls `then` once the plugin is loaded (or known to be missing): at once when it is.
    void whenDone(QObject *context, std::function<void()> then)
    {
        start();
        if (m_plugin) {
            then();
            return;
        }
        m_waiting.append({context, std::move(then)});
    }

    // The plugin, loaded now if it is not: waits for the worker (started now if need be).
    const BrowserPlugin &plugin()
    {
        start();
        if (!m_plugin) {
            m_worker->wait();
            workerFinished();
        }
        return *m_plugin;
    }

private:
    struct LibraryLoad
    {
        bool loaded = false;
        QString error;
        qint64 ms = 0;
    };

    void workerFinished()
    {
        if (m_plugin || !m_worker)
            return;  // already taken (plugin() waited for the worker)
        m_worker->deleteLater();
        m_worker = nullptr;
        const std::shared_ptr<LibraryLoad> library = std::move(m_library);
        if (!library->loaded) {
            failed(library->error);
            return;
        }
        // The library is loaded: this only makes the root object, here on the GUI thread.
        QElapsedTimer clock;
        clock.start();
        QPluginLoader loader(m_path);
        auto *factory = qobject_cast<EmbeddedBrowserFactory *>(loader.instance());
        if (!factory) {
            failed(loader.errorString());
            return;
        }
        qCInfo(lcUi).noquote() << "browser: plugin loaded from" << m_path << "in" << library->ms
                               << "ms (worker thread), its root object in" << clock.elapsed() << "ms";
        finish({factory, {}});
    }

    void failed(const QString &error)
    {
        qCWarning(lcUi).noquote() << "browser: the plugin" << m_path << "did not load:" << error;
        finish({nullptr, BrowserWidget::tr("The embedded browser could not be loaded (%1).").arg(error)});
    }

    void finish(BrowserPlugin plugin)
    {
        if (!plugin.factory && plugin.problem.isEmpty()) {
            qCInfo(lcUi).noquote() << "browser: no plugin in" << m_candidates.join(u", "_s);
            plugin.problem = BrowserWidget::tr("The embedded browser is not installed (the package ce-provisioner-browser).");
        }
        m_plugin = std::move(plugin);
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[context, then] : waiting) {
            if (context)
                then();
        }
    }

    QStringList m_candidates;
    QString m_path;
    QThread *m_worker = nullptr;
    std::shared_ptr<LibraryLoad> m_library;
    std::optional<BrowserPlugin> m_plugin;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
};

const BrowserPlugin &plugin()
{
    return PluginLoading::instance().plugin();
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

void BrowserWidget::preload()
{
    PluginLoading::instance().start();
}

bool BrowserWidget::start(const QUrl &url)
{
    stop();
    if (!isAvailable())
        return false;
    makeBrowser();
    load(url);
    return true;
}

void BrowserWidget::makeBrowser()
{
    QElapsedTimer clock;
    clock.start();
    m_browser = plugin().factory->create(this, this);
    layout()->addWidget(m_browser->widget());
    setFocusProxy(m_browser->widget());
    m_browser->prepare();
    // The first profile starts Qt WebEngine (Chromium, its helper processes) in one call
    // of Qt's, which waits for Chromium's first helper process to be up: the longest step
    // of the browser's, and one that cannot be divided.
    qCDebug(lcUi).noquote() << "browser: its widget and profile made in" << clock.elapsed() << "ms";
}

void BrowserWidget::load(const QUrl &url)
{
    QElapsedTimer clock;
    clock.start();
    qCInfo(lcUi).noquote() << "browser: loading" << redaction::url(url);
    m_browser->start(url);
    qCDebug(lcUi).noquote() << "browser: its page made and loading in" << clock.elapsed() << "ms";
}

void BrowserWidget::open(const QUrl &url)
{
    stop();
    m_pendingUrl = url;
    const int opening = ++m_opening;
    const auto stale = [this, opening] { return opening != m_opening || m_pendingUrl.isEmpty(); };
    PluginLoading::instance().whenDone(this, [this, stale] {
        if (stale())
            return;  // stopped, or opened again since
        QString why;
        if (!isAvailable(&why)) {
            m_pendingUrl.clear();
            Q_EMIT unavailable(why);
            return;
        }
        // What stays on the GUI thread, each step in a turn of the event loop of its own:
        // the page that shows the browser is laid out and painted first; then the browser's
        // widget and profile (the first one starts Chromium); then its page and the load.
        QTimer::singleShot(0, this, [this, stale] {
            if (stale())
                return;
            makeBrowser();
            QTimer::singleShot(0, this, [this, stale] {
                if (stale())
                    return;
                load(std::exchange(m_pendingUrl, {}));
                setFocus();
                Q_EMIT started();
            });
        });
    });
}

void BrowserWidget::stop()
{
    m_pendingUrl.clear();
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
    // Chromium frees the page's memory as it goes, and glibc keeps freed heap for reuse:
    // once it is gone, hand that back to the system (about 7 MiB here, bench_startup).
    QTimer::singleShot(500, this, [this] {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
        Q_EMIT released();
    });
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
