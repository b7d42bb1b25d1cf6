#pragma once

#include "embeddedbrowser.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QAction;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QWebEngineProfile;
class QWebEngineView;

namespace ce {

class InterceptingPage;

// The embedded browser of the plugin (Qt WebEngine): a read-only address bar (a lock for
// https, a warning for plain http outside this computer: the host's verdict), load
// progress, Reload and "Open in system browser".
//
// Every navigation, also redirects, inside frames and in popups, is shown to the host
// first, with which document navigates and how; a navigation the host claims is never
// loaded. Each start() uses a fresh off-the-record profile, so one authorization never sees
// another's cookies.
//
// Popups are opened as fresh windows at the address asked for, with no opener (noopener:
// they cannot reach the page, by window.opener or by its name). For the page itself a
// guard script, injected before the page's own scripts, reports each navigation the page
// or a frame of its origin starts and whether code of another window was running
// (resources/browser/navigationguard.js); the host works out where each navigation came
// from (NavigationOriginTracker, in the core).
class WebEngineBrowser : public QWidget, public EmbeddedBrowser
{
public:
    WebEngineBrowser(EmbeddedBrowserHost *host, QWidget *parent);
    ~WebEngineBrowser() override;

    QWidget *widget() override { return this; }
    void prepare() override;
    void start(const QUrl &url) override;
    void stop() override;
    void reload() override;
    void stopLoading() override;

private:
    friend class InterceptingPage;
    // Asks the host; true when it claims the navigation.
    bool navigation(const QUrl &url, EmbeddedBrowserHost::Frame frame, EmbeddedBrowserHost::Trigger trigger);
    void openPopup(const QUrl &url);
    void showUrl(const QUrl &url);
    // The address bar's security icon (a name of icons/, none when empty) and its text.
    void showSecurity(const QString &iconName, const QString &text);

    EmbeddedBrowserHost *m_host;
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
    bool m_claimed = false;  // the last navigation of the page was claimed by the host
};

}  // namespace ce
