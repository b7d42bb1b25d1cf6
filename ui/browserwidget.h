#pragma once

#include "core/navigationorigin.h"
#include "embeddedbrowser.h"

#include <QUrl>
#include <QWidget>

#include <functional>

namespace ce {

// The place of the embedded browser in the wizard, and its host: loads the browser plugin
// (cep_browser, Qt WebEngine; its library in a worker thread, ahead of need: preload()),
// starts it when the first authorization opens, makes a browser for
// each attempt and drops it, its page, popups and profile, when the attempt ends. The
// plugin only reports what it sees (ui/embeddedbrowser.h); the decisions that need the
// core are taken here: where a navigation came from (NavigationOriginTracker), whether the
// navigation filter claims it, how an address is shown (redacted, and how secure).
//
// Every navigation, also redirects, inside frames and in popups, is shown to the
// navigation filter first, with where it came from; a navigation the filter claims is
// never loaded. Each start() uses a fresh off-the-record profile, so one authorization
// never sees another's cookies.
class BrowserWidget : public QWidget, private EmbeddedBrowserHost
{
    Q_OBJECT
public:
    struct Navigation
    {
        QUrl url;
        NavigationOrigin origin = NavigationOrigin::TopLevelPage;
        bool redirect = false;
    };
    // Returns true to claim (block) the navigation.
    using NavigationFilter = std::function<bool(const Navigation &)>;

    explicit BrowserWidget(QWidget *parent = nullptr);
    ~BrowserWidget() override;

    // Whether the embedded browser can be had: the plugin is loaded (the first call loads
    // it). False, and in *why a sentence for the user, when it is not installed or does not
    // load. Looked for in CEP_BROWSER_PLUGIN (a file; tests point it elsewhere, or at
    // nothing), beside the executable (the build tree), then where the packages install it.
    static bool isAvailable(QString *why = nullptr);
    // Starts loading the plugin (its library, and with it Qt WebEngine's) in a worker
    // thread, unless it is loaded or loading: called by the page before the browser's, so
    // that the Authorize page does not wait for it. Starts nothing of Qt WebEngine: no
    // profile, no helper process.
    static void preload();

    void setNavigationFilter(NavigationFilter filter) { m_filter = std::move(filter); }
    // Loads `url` in a new browser with a fresh off-the-record profile, dropping the
    // previous one. False when the embedded browser is not available (isAvailable()).
    // Loads the plugin first if need be, waiting for it: open() does not.
    bool start(const QUrl &url);
    // As start(), and gives the browser the focus, once the plugin is loaded and the event
    // loop has come round (the page is shown first); while the worker still loads the
    // plugin the window goes on (isStarting()). Then started(); without the embedded
    // browser, unavailable() says why instead, at once when that is known. stop() cancels it.
    void open(const QUrl &url);
    bool isStarting() const { return !m_pendingUrl.isEmpty(); }
    // Drops the browser: its view, page, popups and profile.
    void stop();
    bool isStarted() const { return m_browser && m_pendingUrl.isEmpty(); }
    void reload();
    // Stops the page's current load.
    void stopLoading();

    // "https: lock", "http on loopback: neutral", "http elsewhere: warning".
    using Security = EmbeddedBrowserHost::Security;
    static Security securityOf(const QUrl &url);
    // The security of the address the page shows now.
    Security currentSecurity() const { return m_security; }

Q_SIGNALS:
    // open() found no embedded browser: why, a sentence for the user.
    void unavailable(const QString &why);
    // open() has started the browser.
    void started();
    // A page failed to load (not counting a navigation the filter claimed).
    void loadFailed(const QString &message);
    // A certificate was refused; the page was not shown.
    void certificateRejected(const QString &message);
    void pageLoaded(const QUrl &url);
    // The user chose to continue in the system browser.
    void openedExternally(const QUrl &url);
    // After stop(): the browser is gone and the heap it freed handed back to the system
    // (half a second on, once Chromium has freed the page's memory).
    void released();

private:
    // The browser's widget and this attempt's profile; then its page, loading `url`.
    void makeBrowser();
    void load(const QUrl &url);

    // EmbeddedBrowserHost: what the plugin reports and asks.
    bool navigationRequested(const QUrl &url, Frame frame, Trigger trigger) override;
    void navigationStarted(const QUrl &url, bool byOtherWindow) override;
    void documentCreated() override;
    void loadSucceeded(const QUrl &url) override;
    void loadEnded(const QUrl &url) override;
    void loadFailedWith(const QUrl &url, const QString &reason, int code) override;
    void certificateRefused(const QUrl &url, const QString &description) override;
    void systemBrowserOpened(const QUrl &url) override;
    void popupIgnored(const QUrl &url) override;
    Address describe(const QUrl &url) override;

    NavigationFilter m_filter;
    EmbeddedBrowser *m_browser = nullptr;
    NavigationOriginTracker m_origins;  // the page's navigations, for this attempt
    Security m_security = Security::Unknown;
    QUrl m_pendingUrl;  // open() waits for the plugin to load this
    int m_opening = 0;  // which open() a loaded plugin answers
};

}  // namespace ce
