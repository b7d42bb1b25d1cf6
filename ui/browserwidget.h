#pragma once

#include "core/navigationorigin.h"

#include <QPointer>
#include <QWebEngineProfile>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QWebEnginePage;
class QWebEngineView;

namespace ce {

class InterceptingPage;

// An embedded browser for a provider's login and consent pages, independent of the wizard:
// a read-only address bar (lock for https, a warning for plain http outside this
// computer), load progress, Reload and "Open in system browser".
//
// Every navigation, also redirects, inside frames and in popups, is shown to the
// navigation filter first, with where it came from; a navigation the filter claims is
// never loaded. Each start() uses a fresh off-the-record profile, so one authorization
// never sees another's cookies.
//
// Where a navigation of the page comes from: a frame's own navigation is Frame; popups
// are opened as fresh windows at the address asked for, with no opener (noopener: they
// cannot reach the page, by window.opener or by its name), and all their navigations are
// Popup. For the page itself a guard script, injected before the page's own scripts,
// reports each navigation the page or a frame of its origin starts and whether code of
// another window was running (see NavigationOriginTracker and
// resources/browser/navigationguard.js); one started by a frame or another window is
// ScriptInFrameOrPopup.
class BrowserWidget : public QWidget
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

    void setNavigationFilter(NavigationFilter filter) { m_filter = std::move(filter); }
    // Loads `url` in a fresh off-the-record profile, dropping the previous page, profile and popups.
    void start(const QUrl &url);
    // Drops the page, its popups and the profile.
    void stop();
    void reload();

    // The authorizing page; null when stopped.
    QWebEnginePage *page() const;

    // "https: lock", "http on loopback: neutral", "http elsewhere: warning".
    enum class Security { Secure, Local, Insecure, Unknown };
    static Security securityOf(const QUrl &url);
    Security currentSecurity() const { return m_security; }

Q_SIGNALS:
    // A page failed to load (not counting a navigation the filter claimed).
    void loadFailed(const QString &message);
    // A certificate was refused; the page was not shown.
    void certificateRejected(const QString &message);
    void pageLoaded(const QUrl &url);
    // The user chose to continue in the system browser.
    void openedExternally(const QUrl &url);

private:
    friend class InterceptingPage;
    bool filter(const Navigation &navigation, bool pageMainFrame);
    void openPopup(const QUrl &url);
    void showUrl(const QUrl &url);

    NavigationFilter m_filter;
    QLineEdit *m_address;
    QAction *m_securityAction;
    QToolButton *m_reload;
    QToolButton *m_external;
    QProgressBar *m_progress;
    QWebEngineView *m_view;
    QPointer<QWebEngineProfile> m_profile;
    QPointer<InterceptingPage> m_page;
    QList<QPointer<QWidget>> m_popups;
    QUrl m_startUrl;
    Security m_security = Security::Unknown;
    bool m_claimed = false;  // the last navigation was claimed by the filter
};

}  // namespace ce
