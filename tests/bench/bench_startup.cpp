// Start-up of the real app, headless (offscreen), as app/main.cpp builds it, against the
// in-process sandbox: wall time and resident memory at each step from process start to
// the provider's consent page in the embedded browser, printed as a table. WebEngine is
// created only when the authorize page is reached; the table shows what it costs then,
// in this process and in Chromium's helper processes (QtWebEngineProcess).
//
// Asserted (structural facts, not timings): before the authorize page no QWebEngineView,
// no QWebEngineProfile and no QtWebEngineProcess exist; on it, the sign-in and consent
// pages load. Timings are printed, never asserted.
#include "browserwidget.h"
#include "core/apiclient.h"
#include "core/elementdescription.h"
#include "core/provisioningflow.h"
#include "core/requestlog.h"
#include "profiles/profilesession.h"
#include "profiles/profilestore.h"
#include "provisioningwizard.h"
#include "sandbox/sandboxserver.h"

#include "guisupport.h"
#include "procfigures.h"
#include "memorysecretstore.h"
#include "testsupport.h"
#include "watchdog.h"
#include "wizarddriver.h"

#include <QAbstractButton>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScopeGuard>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>
#include <QWizardPage>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ce;

namespace {

using bench::Helpers;
using bench::helperProcesses;
using bench::statusKb;

// Milliseconds since this process started (from /proc/self/stat, 10 ms resolution).
double msSinceProcessStart()
{
    QFile f(u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (rest.size() < 20)
        return -1;
    const double startSeconds = double(rest.at(19).toLongLong()) / double(sysconf(_SC_CLK_TCK));  // field 22
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000;
}

struct Row
{
    QString step;
    double stepMs = 0;
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
    Helpers helpers;
};

Row measure(const QString &step, double stepMs)
{
    return {step, stepMs, statusKb(u"self"_s, "VmRSS"), statusKb(u"self"_s, "VmHWM"), helperProcesses()};
}

// Set by main() before the test object exists.
QList<Row> earlyRows;

double ms(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

using ce::test::waitFor;

// Runs the event loop until `window` gets its first Expose event with isExposed().
bool waitForExposed(QWindow *window, int ms = 10000)
{
    struct Filter : QObject
    {
        QEventLoop loop;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
                QTimer::singleShot(0, &loop, &QEventLoop::quit);  // after the window handled it
            return false;
        }
    } filter;
    if (window->isExposed())
        return true;
    window->installEventFilter(&filter);
    QTimer::singleShot(ms, &filter.loop, &QEventLoop::quit);
    filter.loop.exec();
    window->removeEventFilter(&filter);
    return window->isExposed();
}

}  // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void startupToConsentPage();
    void twentyAuthorizations();

private:
    // WebEngine must not exist yet: no view, no profile, no Chromium process; nor the
    // browser plugin's library, unless `pluginMayBeLoaded` (the page before the Authorize
    // page loads it ahead, BrowserWidget::preload()).
    static void verifyNoWebEngine(QWidget *wizard, const char *where, bool pluginMayBeLoaded = false);

    void printTable() const;

    QList<Row> m_rows = earlyRows;
    qint64 m_anonBefore = 0;
    qint64 m_fileBefore = 0;
};

void BenchStartup::verifyNoWebEngine(QWidget *wizard, const char *where, bool pluginMayBeLoaded)
{
    QVERIFY2(wizard->findChildren<QWebEngineView *>().isEmpty(), where);
    QVERIFY2(wizard->findChildren<QWebEngineProfile *>().isEmpty(), where);
    QVERIFY2(wizard->findChildren<QWebEnginePage *>().isEmpty(), where);
    for (QWidget *w : QApplication::allWidgets())
        QVERIFY2(!qobject_cast<QWebEngineView *>(w), where);
    QVERIFY2(helperProcesses().count == 0, where);
    // The plugin is not loaded yet (this test itself links Qt WebEngine, to look into the
    // page; the wizard's executable does not: tst_guiprocess checks what it maps).
    if (!pluginMayBeLoaded)
        QVERIFY2(!bench::mappedLibraries(u"self").contains(u"cep_browser.so"_s), where);
}

void BenchStartup::printTable() const
{
    qInfo("%-48s %9s %9s %9s %9s %16s", "step", "step ms", "total ms", "RSS MiB", "peak MiB", "helpers PSS MiB");
    double total = 0;
    for (const Row &r : m_rows) {
        total += r.stepMs;
        const QString helpers = r.helpers.count ? u"%1 (%2)"_s.arg(double(r.helpers.pssKb) / 1024, 0, 'f', 1).arg(r.helpers.count)
                                                : u"-"_s;
        qInfo("%-48s %9.1f %9.1f %9.1f %9.1f %16s", qPrintable(r.step), r.stepMs, total,
              double(r.rssKb) / 1024, double(r.hwmKb) / 1024, qPrintable(helpers));
    }
    qInfo("(total ms leaves out the typing on the app page; helpers: QtWebEngineProcess "
          "processes, their count in parentheses)");
}

void BenchStartup::startupToConsentPage()
{
    QTemporaryDir profilesDir;
    QVERIFY(profilesDir.isValid());
    QElapsedTimer clock;

    // What main.cpp's runWizard() builds (a memory secret store instead of the system
    // keychain, whose answer time depends on the desktop; an empty profile folder, as
    // on a first start). The sandbox is started on first use, as in the app.
    clock.start();
    std::unique_ptr<SandboxServer> server;
    const SandboxProvider provideSandbox = [&server](QString *error) -> std::optional<SandboxAccess> {
        if (!server) {
            auto candidate = std::make_unique<SandboxServer>();
            if (!candidate->listen()) {
                if (error)
                    *error = candidate->errorString();
                return std::nullopt;
            }
            server = std::move(candidate);
        }
        return SandboxAccess{server->baseUrl(),
                             {QString::fromLatin1(SandboxServer::UserSecret),
                              QString::fromLatin1(SandboxServer::OrganizationSecret)}};
    };
    auto client = std::make_unique<ApiClient>();
    auto requestLog = std::make_unique<RequestLog>();
    requestLog->follow(client.get());
    auto flow = std::make_unique<ProvisioningFlow>(client.get(), ce::test::freshbooks());
    auto profiles = std::make_unique<ProfileStore>(profilesDir.path());
    auto secrets = std::make_unique<test::MemorySecretStore>();
    auto session = std::make_unique<ProfileSession>(profiles.get(), secrets.get(), flow.get());
    auto wizard = std::make_unique<ProvisioningWizard>(
        WizardContext{flow.get(), provideSandbox, requestLog.get(), session.get()});
    wizard->preselectSandbox();
    m_rows.append(measure(u"wizard constructed (sandbox started)"_s, ms(clock)));
    const auto cleanup = qScopeGuard([&] {
        flow->markResultKept();
        wizard.reset();
        session.reset();
        secrets.reset();
        profiles.reset();
        flow.reset();
        requestLog.reset();
        client.reset();
        server.reset();
    });

    clock.restart();
    wizard->show();
    QVERIFY(wizard->windowHandle());
    QVERIFY(waitForExposed(wizard->windowHandle()));
    m_rows.append(measure(u"first page shown (window exposed)"_s, ms(clock)));
    verifyNoWebEngine(wizard.get(), "on the connection page");
    if (QTest::currentTestFailed())
        return;

    // Page 1 -> 3 (the element page keeps FreshBooks); fill the app page as a user would (not timed).
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    next->click();
    const test::WizardDriver driver(wizard.get());
    driver.passElementPage();  // FreshBooks, chosen already
    QCOMPARE(wizard->currentId(), int(ProvisioningWizard::AppPageId));
    using namespace test::typed;
    driver.fillApp({{{keyProperty, u"mycompany"_s}, {secretProperty, u"consumer-secret-123"_s}, {siteProperty, u"acme"_s}},
                    u"Acme books"_s,
                    {u"finance"_s}});
    QVERIFY(next->isEnabled());
    verifyNoWebEngine(wizard.get(), "on the app page");
    if (QTest::currentTestFailed())
        return;

    // Page 3: request token and authorization URL.
    clock.restart();
    next->click();
    QCOMPARE(wizard->currentId(), int(ProvisioningWizard::TokenPageId));
    QVERIFY(waitFor(wizard->page(ProvisioningWizard::TokenPageId), &QWizardPage::completeChanged,
                    [next] { return next->isEnabled(); }));
    m_rows.append(measure(u"token page done (token + URL calls)"_s, ms(clock)));
    verifyNoWebEngine(wizard.get(), "on the token page", true);
    if (QTest::currentTestFailed())
        return;
    const Row beforeBrowser = m_rows.constLast();
    m_anonBefore = statusKb(u"self"_s, "RssAnon");
    m_fileBefore = statusKb(u"self"_s, "RssFile");

    // Page 4: the browser is started now, in a turn of the event loop after the page's.
    // The watchdog measures how long the event loop did not come round from here to the
    // consent page (the clicks and scripts of this function count in it: they are few).
    const qsizetype firstBrowserRow = m_rows.size();
    std::optional<test::EventLoopWatchdog> watchdog(std::in_place);
    // A row of the table, its reading of /proc left out of the watchdog's figures.
    const auto record = [this](const QString &step, double stepMs) {
        const test::EventLoopWatchdog::Pause pause;
        m_rows.append(measure(step, stepMs));
    };
    watchdog->setStep(u"Next, the browser starting"_s);
    clock.restart();
    next->click();
    QCOMPARE(wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
    BrowserWidget *browser = driver.browser();
    QVERIFY(browser);
    QSignalSpy started(browser, &BrowserWidget::started);
    QSignalSpy loaded(browser, &BrowserWidget::pageLoaded);
    QSignalSpy failed(browser, &BrowserWidget::loadFailed);
    record(u"authorize page shown (browser starting)"_s, ms(clock));
    clock.restart();
    QVERIFY(browser->isStarted() || started.wait(30000));
    record(u"browser started (Chromium, profile, page)"_s, ms(clock));
    watchdog->setStep(u"the sign-in page loading"_s);
    clock.restart();
    QVERIFY(!wizard->findChildren<QWebEngineView *>().isEmpty());
    QVERIFY(loaded.count() > 0 || loaded.wait(30000));
    record(u"sign-in page loaded"_s, ms(clock));
    QCOMPARE(failed.count(), 0);
    QWebEnginePage *page = driver.browserPage();
    QVERIFY(page);

    // The account owner signs in; the consent page follows.
    watchdog->setStep(u"signing in, the consent page loading"_s);
    loaded.clear();
    clock.restart();
    QVERIFY(ce::test::runJs(page, u"document.getElementById('email').value = 'owner@acme.test';"
                        u"document.getElementById('password').value = 'correct horse';"
                        u"document.getElementById('login').click();"_s));
    QVERIFY(loaded.wait(30000));
    record(u"consent page loaded (after sign-in)"_s, ms(clock));
    QVariant hasAllow;
    QVERIFY(ce::test::runJs(page, u"document.getElementById('allow') !== null"_s, &hasAllow));
    QVERIFY2(hasAllow.toBool(), "the consent page shows Allow");
    QCOMPARE(failed.count(), 0);
    const QList<test::EventLoopWatchdog::Gap> gaps = watchdog->longest();
    watchdog.reset();

    printTable();
    const Row &last = m_rows.constLast();
    qInfo("WebEngine, from the token page to the consent page: +%.1f MiB RSS in this process "
          "(peak +%.1f MiB), +%.1f MiB (PSS) in %d helper processes",
          double(last.rssKb - beforeBrowser.rssKb) / 1024, double(last.hwmKb - beforeBrowser.hwmKb) / 1024,
          double(last.helpers.pssKb) / 1024, last.helpers.count);
    // Issue 11's "no frozen window": the longest the window did not answer on the way.
    const double longestGap = gaps.isEmpty() ? 0 : gaps.first().ms;
    qInfo("Longest event-loop gap from Next on the token page to the consent page: %.1f ms, %s "
          "(then %s ms)",
          longestGap, qPrintable(gaps.isEmpty() ? QString() : gaps.first().where), qPrintable([&] {
              QStringList next;
              for (qsizetype i = 1; i < qMin<qsizetype>(4, gaps.size()); ++i)
                  next.append(QString::number(gaps.at(i).ms, 'f', 1));
              return next.join(u", "_s);
          }()));
    // For bench_processes, beside a bare QWebEngineView loading the same pages.
    double browserMs = 0;
    for (qsizetype i = firstBrowserRow; i < m_rows.size(); ++i)
        browserMs += m_rows.at(i).stepMs;
    std::printf("FIGURE browser.ms %.1f\nFIGURE browser.rss_kb %lld\nFIGURE browser.helpers_kb %lld\n"
                "FIGURE browser.longest_gap_ms %.1f\n",
                browserMs, static_cast<long long>(last.rssKb - beforeBrowser.rssKb),
                static_cast<long long>(last.helpers.pssKb), longestGap);

    // Allow: on to the Create page, where the browser, its page and profile are dropped.
    QSignalSpy released(driver.browser(), &BrowserWidget::released);
    QVERIFY(ce::test::runJs(page, u"document.getElementById('allow').click();"_s));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QVERIFY(!driver.browserView());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChildren<QWebEngineView *>().isEmpty()
                                 && QApplication::topLevelWidgets().size() == 1, 10000);
    // What Chromium gives back takes a moment (the renderer process ends, the page's
    // memory is freed as it goes); the wizard hands freed heap back once it has
    // (BrowserWidget::released()). RSS is read then, once it no longer falls.
    QVERIFY(released.wait(10000));
    qint64 rss = statusKb(u"self"_s, "VmRSS");
    const bool settled = QTest::qWaitFor([&] {
        const qint64 now = statusKb(u"self"_s, "VmRSS");
        const bool notFalling = now >= rss;
        rss = now;
        return notFalling;
    }, 3000);
    if (!settled)
        qInfo("RSS was still falling 3 s after the browser was released; read as it was then");
    m_rows.append(measure(u"create page (browser released)"_s, 0));
    // What stays: file-backed pages (the WebEngine library's code and data, shared and
    // clean: the kernel takes them back when memory is short) and anonymous memory.
    qInfo("After the Authorize page: RssAnon %+.1f MiB, RssFile %+.1f MiB against before it",
          double(statusKb(u"self"_s, "RssAnon") - m_anonBefore) / 1024,
          double(statusKb(u"self"_s, "RssFile") - m_fileBefore) / 1024);
    const Row &after = m_rows.constLast();
    qInfo("After the Authorize page: RSS %.1f MiB, %+.1f%% of before it (%.1f MiB); helpers: %d, %.1f MiB",
          double(after.rssKb) / 1024, 100.0 * double(after.rssKb - beforeBrowser.rssKb) / double(beforeBrowser.rssKb),
          double(beforeBrowser.rssKb) / 1024, after.helpers.count, double(after.helpers.pssKb) / 1024);
    std::printf("FIGURE before.rss_kb %lld\nFIGURE after.rss_kb %lld\n", static_cast<long long>(beforeBrowser.rssKb),
                static_cast<long long>(after.rssKb));
    std::fflush(stdout);
}

// Twenty authorizations in a row in one process, as a user who goes back for a new token
// each time: sign in, Allow, on to the Create page, Back, Back (a new token), Next. RSS
// after each (on the Create page, the browser dropped) against the first: printed, not
// asserted (it depends on Chromium's own caches).
void BenchStartup::twentyAuthorizations()
{
    test::WizardHarness app;
    QVERIFY(app.start());
    QVERIFY(app.show());
    const test::WizardDriver d = app.driver();
    ProvisioningWizard *wizard = app.wizard.get();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    next->click();
    d.passElementPage();  // FreshBooks, chosen already
    using namespace test::typed;
    d.fillApp({{{keyProperty, u"mycompany"_s}, {secretProperty, u"consumer-secret-123"_s}, {siteProperty, u"acme"_s}},
               u"Acme books"_s,
               {u"finance"_s}});
    next->click();
    QList<qint64> rss;
    QList<Helpers> helpers;
    QElapsedTimer clock;
    clock.start();
    // CEP_BENCH_ROUNDS: fewer (or more) rounds; CEP_BENCH_STEPS: each step's time.
    const int rounds = qEnvironmentVariableIntValue("CEP_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CEP_BENCH_ROUNDS") : 20;
    QElapsedTimer step;
    const auto mark = [&](const char *what) {
        if (qEnvironmentVariableIsSet("CEP_BENCH_STEPS"))
            qInfo("  %s: %.0f ms", what, double(step.restart()));
    };
    step.start();
    for (int i = 0; i < rounds; ++i) {
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::TokenPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        next->click();
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::AuthorizePageId));
        QWebEnginePage *page = d.browserPage();
        QVERIFY(page);
        mark("token, next");
        QVERIFY(test::waitForElement(page, u"login"_s));
        mark("sign-in page");
        QVERIFY(test::runJs(page, u"document.getElementById('email').value = 'owner@acme.test';"
                                  u"document.getElementById('password').value = 'correct horse';"
                                  u"document.getElementById('login').click();"_s));
        QVERIFY(test::waitForElement(page, u"allow"_s));
        mark("consent page");
        QSignalSpy released(d.browser(), &BrowserWidget::released);
        QVERIFY(test::runJs(page, u"document.getElementById('allow').click();"_s));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChildren<QWebEngineView *>().isEmpty(), 10000);
        mark("create page");
        QVERIFY(released.wait(10000));  // the freed heap handed back
        rss.append(statusKb(u"self"_s, "VmRSS"));
        helpers.append(helperProcesses());
        wizard->back();  // to the Authorize page (the attempt is over)
        wizard->back();  // to the Token page: a new token
        mark("back");
    }
    const double growth = 100.0 * double(rss.constLast() - rss.constFirst()) / double(rss.constFirst());
    qInfo("%d authorizations in %.1f s; RSS after each (MiB): %s", rounds, double(clock.elapsed()) / 1000,
          qPrintable([&] {
              QStringList figures;
              for (const qint64 kb : std::as_const(rss))
                  figures.append(QString::number(double(kb) / 1024, 'f', 1));
              return figures.join(u' ');
          }()));
    qInfo("RSS after the last: %+.1f%% of after the first (%.1f -> %.1f MiB); helpers: %d processes, "
          "%.1f -> %.1f MiB PSS",
          growth, double(rss.constFirst()) / 1024, double(rss.constLast()) / 1024, helpers.constLast().count,
          double(helpers.constFirst().pssKb) / 1024, double(helpers.constLast().pssKb) / 1024);
    std::printf("FIGURE authorizations.growth_percent %.1f\n", growth);
    QCOMPARE(app.sandbox->calls(SandboxCall::Endpoint::Token).size(), rounds);
}

int main(int argc, char *argv[])
{
    earlyRows.append({u"process start -> main() (10 ms resolution)"_s, msSinceProcessStart(),
                      statusKb(u"self"_s, "VmRSS"), statusKb(u"self"_s, "VmHWM"), {}});
    // Headless by default, as ctest runs it; Chromium without its sandbox as root, as the
    // app does, and without its own background connections.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-background-networking --disable-component-update");
    QStandardPaths::setTestModeEnabled(true);

    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);  // as main.cpp: no attribute set before it
    earlyRows.append(measure(u"QApplication constructed"_s, ms(clock)));
    QCoreApplication::setApplicationName(u"ce-provisioner"_s);

    BenchStartup bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_startup.moc"
