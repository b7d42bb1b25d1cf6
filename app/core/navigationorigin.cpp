#include "navigationorigin.h"

namespace ce {

namespace {
// A page reports each navigation it starts; the browser matches them one by one. A page
// that starts navigations the browser never makes (cancelled ones) must not pile them up.
constexpr qsizetype MaxPendingReports = 32;
}  // namespace

bool mayDeliverCallback(NavigationOrigin origin)
{
    switch (origin) {
    case NavigationOrigin::TopLevelPage:
    case NavigationOrigin::PastedByUser:
    case NavigationOrigin::SystemBrowserListener:
        return true;
    case NavigationOrigin::Frame:
    case NavigationOrigin::Popup:
    case NavigationOrigin::ScriptInFrameOrPopup:
        return false;
    }
    return false;
}

void NavigationOriginTracker::reportStarted(const QUrl &url, bool byOtherWindow)
{
    if (m_reports.size() >= MaxPendingReports)
        m_reports.removeFirst();
    m_reports.append({url, byOtherWindow});
}

std::optional<NavigationOrigin> NavigationOriginTracker::takeReport(const QUrl &url)
{
    // The latest report for this address is used up, with everything reported before it.
    for (qsizetype i = m_reports.size() - 1; i >= 0; --i) {
        if (m_reports.at(i).url == url) {
            const bool byOtherWindow = m_reports.at(i).byOtherWindow;
            m_reports.remove(0, i + 1);
            return byOtherWindow ? NavigationOrigin::ScriptInFrameOrPopup : NavigationOrigin::TopLevelPage;
        }
    }
    return std::nullopt;
}

NavigationOrigin NavigationOriginTracker::mainFrameNavigation(const QUrl &url, Kind kind)
{
    NavigationOrigin origin = NavigationOrigin::ScriptInFrameOrPopup;
    switch (kind) {
    case Kind::Browser:
        origin = NavigationOrigin::TopLevelPage;
        break;
    case Kind::Document:
        // Not reported: a document of another origin started it.
        origin = takeReport(url).value_or(NavigationOrigin::ScriptInFrameOrPopup);
        break;
    case Kind::Redirect:
        if (const auto reported = takeReport(url))
            origin = *reported;
        else if (m_navigating)
            origin = m_currentOrigin;  // a server redirect of the navigation under way
        break;
    }
    m_asked = url;
    m_askedOrigin = origin;
    return origin;
}

void NavigationOriginTracker::proceeded()
{
    m_navigating = true;
    m_current = m_asked;
    m_currentOrigin = m_askedOrigin;
}

void NavigationOriginTracker::claimed()
{
    // A navigation the app stopped: it replaced whatever was under way, so nothing is.
    m_navigating = false;
}

void NavigationOriginTracker::documentCreated()
{
    // The navigation under way committed; what the old document reported is gone with it.
    m_navigating = false;
    m_reports.clear();
}

void NavigationOriginTracker::ended(const QUrl &url)
{
    if (url == m_current)
        m_navigating = false;
}

}  // namespace ce
