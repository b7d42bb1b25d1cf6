#pragma once

#include <QList>
#include <QUrl>

#include <optional>

namespace ce {

// Where a navigation (or an address the user hands over) came from. The browser, the
// page that takes a pasted address or a loopback listener says which; the matcher decides
// which of them may deliver the callback (mayDeliverCallback()).
enum class NavigationOrigin {
    TopLevelPage,          // the authorizing page itself: its links, forms, scripts and
                           // redirects, and the browser's own loads and reloads
    Frame,                 // a frame inside the page, navigating itself
    Popup,                 // a window the page opened, navigating itself
    ScriptInFrameOrPopup,  // the authorizing page, sent there by a frame or another window
    PastedByUser,          // the address the system browser ended on, pasted by the user
    SystemBrowserListener, // a loopback listener that received the system browser's redirect
};

// True for the origins that may deliver the callback: the top-level page, an address the
// user pasted and a loopback listener. A frame or a popup may hold content the provider
// does not control (an advertisement, a help page that went elsewhere).
bool mayDeliverCallback(NavigationOrigin origin);

// Tells, for each navigation of the authorizing page's main frame, whether the page
// started it or a frame or another window did. A pure state machine: the embedded
// browser feeds it what it sees (BrowserWidget), the tests feed it by hand.
//
// What it is fed:
// - reportStarted(): the page's guard script saw a navigation of the page start (the
//   Navigation API's `navigate` event, which fires for navigations that the page or a
//   frame of its origin starts, before the browser hears of them), and whether code of
//   another window was running then;
// - mainFrameNavigation(): the browser is about to make a navigation of the page;
// - proceeded() / claimed(): the browser let the navigation go ahead, or the app stopped
//   it (the callback, a near miss);
// - documentCreated() / ended(): the navigation under way committed (the guard script
//   runs first thing in each new document of the page) or stopped without a document.
//
// The rules: the browser's own loads, reloads and history steps are the page's; a
// navigation a document started is the page's when the guard reported it as such, and
// comes from a frame or another window when reported so or not reported at all (a
// document of another origin started it); a redirect while a navigation is under way
// continues that navigation and keeps its origin, while a "redirect" with none under way
// is a script's location.replace() or a refresh: a new navigation, judged like the others.
class NavigationOriginTracker
{
public:
    enum class Kind {
        Browser,   // typed (a load() of the app), reload, back or forward
        Document,  // a link, a form, a script
        Redirect,  // a server redirect or a client one (location.replace(), a refresh)
    };

    void reportStarted(const QUrl &url, bool byOtherWindow);
    // The origin of the navigation to `url` the browser is about to make.
    NavigationOrigin mainFrameNavigation(const QUrl &url, Kind kind);
    // What became of the navigation mainFrameNavigation() was asked about last.
    void proceeded();
    void claimed();
    void documentCreated();
    // The load of `url` stopped or failed: when it is the navigation under way, nothing is.
    void ended(const QUrl &url);

    bool isNavigating() const { return m_navigating; }

private:
    std::optional<NavigationOrigin> takeReport(const QUrl &url);

    struct Report
    {
        QUrl url;
        bool byOtherWindow = false;
    };
    // Reports not yet matched, oldest first; a new document drops them.
    QList<Report> m_reports;
    QUrl m_asked;                                                  // the last navigation asked about
    QUrl m_current;                                                // the navigation under way, where it is now
    NavigationOrigin m_currentOrigin = NavigationOrigin::TopLevelPage;
    NavigationOrigin m_askedOrigin = NavigationOrigin::TopLevelPage;
    bool m_navigating = false;
};

}  // namespace ce
