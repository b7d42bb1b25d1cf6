// Unit tests of ce::NavigationOriginTracker: who started each navigation of the
// authorizing page, from what the browser and the page's guard script report. The real
// browser against hostile pages is tst_hostile.
#include "core/navigationorigin.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ce::NavigationOrigin;
using Tracker = ce::NavigationOriginTracker;
using Kind = ce::NavigationOriginTracker::Kind;

namespace {
const QUrl Consent(u"https://acme.example/oauth/authorize?oauth_token=T"_s);
const QUrl Decision(u"https://acme.example/oauth/decision"_s);
const QUrl Callback(u"https://app.example/auth?oauth_token=T&oauth_verifier=V"_s);
const QUrl Elsewhere(u"https://evil.example/r"_s);

// The browser loads the consent page, which commits.
Tracker atConsentPage()
{
    Tracker t;
    t.mainFrameNavigation(Consent, Kind::Browser);
    t.proceeded();
    t.documentCreated();
    return t;
}
}  // namespace

class TstNavigationOrigin : public QObject
{
    Q_OBJECT

private slots:
    void browserLoadsAreThePage();
    void reportedByThePage();
    void reportedAsAnotherWindow();
    void unreportedIsAnotherOrigin();
    void serverRedirectKeepsTheOriginOfItsNavigation();
    void clientRedirectIsJudgedOnItsOwn();
    void aNewDocumentEndsTheNavigation();
    void aStoppedNavigationEndsIt();
    void reportsMatchByAddressAndAreUsedOnce();
    void reportsOfAnOldDocumentAreDropped();
    void pendingReportsAreBounded();
};

void TstNavigationOrigin::browserLoadsAreThePage()
{
    Tracker t;
    QCOMPARE(t.mainFrameNavigation(Consent, Kind::Browser), NavigationOrigin::TopLevelPage);
    t.proceeded();
    QVERIFY(t.isNavigating());
    // The app's own load, answered by a redirect (a provider that approves at once).
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::TopLevelPage);
}

void TstNavigationOrigin::reportedByThePage()
{
    Tracker t = atConsentPage();
    t.reportStarted(Decision, false);  // the user clicks Allow: a form
    QCOMPARE(t.mainFrameNavigation(Decision, Kind::Document), NavigationOrigin::TopLevelPage);
}

void TstNavigationOrigin::reportedAsAnotherWindow()
{
    Tracker t = atConsentPage();
    t.reportStarted(Callback, true);  // top.location = callback, from a same-origin frame
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::unreportedIsAnotherOrigin()
{
    // A frame of another origin navigates the page: the page's guard never hears of it.
    Tracker t = atConsentPage();
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::serverRedirectKeepsTheOriginOfItsNavigation()
{
    Tracker page = atConsentPage();
    page.reportStarted(Decision, false);
    QCOMPARE(page.mainFrameNavigation(Decision, Kind::Document), NavigationOrigin::TopLevelPage);
    page.proceeded();
    QCOMPARE(page.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::TopLevelPage);

    // A frame sends the page to a server that redirects to the callback.
    Tracker frame = atConsentPage();
    frame.reportStarted(Elsewhere, true);
    QCOMPARE(frame.mainFrameNavigation(Elsewhere, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
    frame.proceeded();
    QCOMPARE(frame.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);

    // Several hops keep it.
    Tracker hops = atConsentPage();
    QCOMPARE(hops.mainFrameNavigation(Elsewhere, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
    hops.proceeded();
    QCOMPARE(hops.mainFrameNavigation(Decision, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);
    hops.proceeded();
    QCOMPARE(hops.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::clientRedirectIsJudgedOnItsOwn()
{
    // location.replace() and refreshes arrive as redirects, with no navigation under way.
    Tracker mine = atConsentPage();
    mine.reportStarted(Callback, false);
    QCOMPARE(mine.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::TopLevelPage);

    Tracker sameOriginFrame = atConsentPage();
    sameOriginFrame.reportStarted(Callback, true);
    QCOMPARE(sameOriginFrame.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);

    // top.location.replace() from a frame of another origin: no report, nothing under way.
    Tracker otherOrigin = atConsentPage();
    QCOMPARE(otherOrigin.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::aNewDocumentEndsTheNavigation()
{
    Tracker t;
    t.mainFrameNavigation(Consent, Kind::Browser);
    t.proceeded();
    QVERIFY(t.isNavigating());
    t.documentCreated();
    QVERIFY(!t.isNavigating());
    // So a later unreported "redirect" does not pass for one of the app's load.
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::aStoppedNavigationEndsIt()
{
    Tracker t = atConsentPage();
    t.reportStarted(Decision, false);
    t.mainFrameNavigation(Decision, Kind::Document);
    t.proceeded();
    t.ended(Consent);  // another load's end: this one is still under way
    QVERIFY(t.isNavigating());
    t.ended(Decision);  // a 204, a download: no document
    QVERIFY(!t.isNavigating());
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Redirect), NavigationOrigin::ScriptInFrameOrPopup);

    // A navigation the app stopped (the callback) leaves nothing under way either.
    Tracker claimed = atConsentPage();
    claimed.mainFrameNavigation(Consent, Kind::Browser);
    claimed.claimed();
    QVERIFY(!claimed.isNavigating());
}

void TstNavigationOrigin::reportsMatchByAddressAndAreUsedOnce()
{
    Tracker t = atConsentPage();
    t.reportStarted(Decision, false);
    // A report for another address says nothing about this navigation.
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
    t.claimed();
    QCOMPARE(t.mainFrameNavigation(Decision, Kind::Document), NavigationOrigin::TopLevelPage);
    t.claimed();
    // Used up: the same navigation again, unreported, is someone else's.
    QCOMPARE(t.mainFrameNavigation(Decision, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);

    // The latest report for an address counts, and the ones before it go with it.
    Tracker latest = atConsentPage();
    latest.reportStarted(Callback, false);
    latest.reportStarted(Elsewhere, false);
    latest.reportStarted(Callback, true);
    QCOMPARE(latest.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
    QCOMPARE(latest.mainFrameNavigation(Elsewhere, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
    QCOMPARE(latest.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::reportsOfAnOldDocumentAreDropped()
{
    // The page started a navigation to the callback that never happened (cancelled); a new
    // document came, and later a frame of another origin goes there.
    Tracker t = atConsentPage();
    t.reportStarted(Callback, false);
    t.mainFrameNavigation(Decision, Kind::Browser);
    t.proceeded();
    t.documentCreated();
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
}

void TstNavigationOrigin::pendingReportsAreBounded()
{
    Tracker t = atConsentPage();
    t.reportStarted(Callback, false);
    for (int i = 0; i < 1000; ++i)
        t.reportStarted(QUrl(u"https://acme.example/%1"_s.arg(i)), false);
    // The oldest went: a page that starts navigations it never makes cannot pile them up.
    QCOMPARE(t.mainFrameNavigation(Callback, Kind::Document), NavigationOrigin::ScriptInFrameOrPopup);
    QCOMPARE(t.mainFrameNavigation(QUrl(u"https://acme.example/999"_s), Kind::Document), NavigationOrigin::TopLevelPage);
}

QTEST_GUILESS_MAIN(TstNavigationOrigin)
#include "tst_navigationorigin.moc"
