// How the browser plugin is loaded (ui/browserwidget.cpp): its library, and with it Qt
// WebEngine's, by a worker thread (BrowserWidget::preload(), from the page before the
// Authorize page), the browser itself on the GUI thread once it is there. This suite does
// not link Qt WebEngine (cep_ui alone, as the wizard's executable), so what the process
// maps is the plugin's doing. The loading happens once per process: each function runs in
// a process of its own (tests/ui/CMakeLists.txt) and skips when the plugin came before it.
#include "browserwidget.h"

#include "procfigures.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ce;

class TstBrowserLoading : public QObject
{
    Q_OBJECT

private slots:
    void preloadStartsNothingOfWebEngine();
    void openWhilePreloading();
    void openWithoutPreload();
    void stopWhileLoadingStartsNoBrowser();
    void pluginThatDoesNotLoad();

private:
    // Skips unless the plugin's library is not loaded yet in this process.
    static bool freshProcess();
    static bool webEngineMapped();
    // A page with `id`, loaded by the browser without a server.
    static QUrl page(const QString &id);
};

bool TstBrowserLoading::freshProcess()
{
    return !bench::mappedLibraries(u"self").contains(u"cep_browser.so"_s);
}

bool TstBrowserLoading::webEngineMapped()
{
    const QSet<QString> mapped = bench::mappedLibraries(u"self");
    return std::any_of(mapped.cbegin(), mapped.cend(),
                       [](const QString &name) { return name.startsWith("libQt6WebEngineCore.so"_L1); });
}

QUrl TstBrowserLoading::page(const QString &id)
{
    return QUrl(u"data:text/html,<p id=\"%1\">%1</p>"_s.arg(id));
}

// The library comes in; nothing of Qt WebEngine is started (no helper process).
void TstBrowserLoading::preloadStartsNothingOfWebEngine()
{
    if (!freshProcess())
        QSKIP("needs a process of its own (ctest runs it so)");
    QVERIFY(!webEngineMapped());
    BrowserWidget::preload();
    BrowserWidget::preload();  // once is enough; again changes nothing
    QString why;
    QVERIFY2(BrowserWidget::isAvailable(&why), qPrintable(why));  // waits for the worker
    QVERIFY(why.isEmpty());
    QVERIFY(webEngineMapped());
    QVERIFY(!freshProcess());
    QCOMPARE(bench::helperProcesses().count, 0);
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

// The Authorize page opened while the worker still loads the library: the browser comes
// once it is there, the event loop running meanwhile.
void TstBrowserLoading::openWhilePreloading()
{
    if (!freshProcess())
        QSKIP("needs a process of its own (ctest runs it so)");
    BrowserWidget::preload();
    BrowserWidget browser;
    browser.resize(600, 400);
    browser.show();
    QSignalSpy started(&browser, &BrowserWidget::started);
    QSignalSpy loaded(&browser, &BrowserWidget::pageLoaded);
    QSignalSpy unavailable(&browser, &BrowserWidget::unavailable);
    browser.open(page(u"preloaded"_s));
    // The worker's answer is taken on this thread, from the event loop: not yet.
    QVERIFY(browser.isStarting());
    QVERIFY(!browser.isStarted());
    QVERIFY(!browser.findChild<QWidget *>(u"browserView"_s));
    QVERIFY(loaded.wait(30000));
    QVERIFY(browser.isStarted());
    QVERIFY(!browser.isStarting());
    QVERIFY(browser.findChild<QWidget *>(u"browserView"_s));
    QCOMPARE(loaded.first().first().toUrl(), page(u"preloaded"_s));
    QCOMPARE(started.count(), 1);
    QCOMPARE(unavailable.count(), 0);
}

// No page before asked for the plugin (a re-authorization straight to the browser, say):
// open() starts the worker itself and the browser comes all the same.
void TstBrowserLoading::openWithoutPreload()
{
    if (!freshProcess())
        QSKIP("needs a process of its own (ctest runs it so)");
    BrowserWidget browser;
    browser.resize(600, 400);
    browser.show();
    QSignalSpy loaded(&browser, &BrowserWidget::pageLoaded);
    browser.open(page(u"unannounced"_s));
    QVERIFY(browser.isStarting());
    QVERIFY(loaded.wait(30000));
    QVERIFY(browser.isStarted());
    QVERIFY(webEngineMapped());
}

// The page was left before the library was there: no browser is started when it comes
// (and so no Chromium).
void TstBrowserLoading::stopWhileLoadingStartsNoBrowser()
{
    if (!freshProcess())
        QSKIP("needs a process of its own (ctest runs it so)");
    BrowserWidget browser;
    QSignalSpy unavailable(&browser, &BrowserWidget::unavailable);
    browser.open(page(u"left"_s));
    QVERIFY(browser.isStarting());
    browser.stop();
    QVERIFY(!browser.isStarting());
    QVERIFY(BrowserWidget::isAvailable());  // waits for the worker; the waiting open()s are answered
    QVERIFY(!browser.isStarted());
    QCOMPARE(unavailable.count(), 0);
    QCoreApplication::processEvents();  // the worker's own end, queued: changes nothing
    QVERIFY(!browser.isStarted());
    QCOMPARE(bench::helperProcesses().count, 0);
}

// CEP_BROWSER_PLUGIN names a file that is no plugin: the worker's failure reaches the page
// as unavailable(), with the loader's reason.
void TstBrowserLoading::pluginThatDoesNotLoad()
{
    if (!qEnvironmentVariable("CEP_BROWSER_PLUGIN").endsWith(".cpp"_L1))
        QSKIP("run by tst_browserloading_broken (CEP_BROWSER_PLUGIN names a file that is no plugin)");
    BrowserWidget browser;
    QSignalSpy unavailable(&browser, &BrowserWidget::unavailable);
    browser.open(page(u"none"_s));
    QVERIFY(browser.isStarting());
    QVERIFY(unavailable.wait(30000));
    QVERIFY(!browser.isStarting());
    QVERIFY(!browser.isStarted());
    const QString why = unavailable.first().first().toString();
    QVERIFY2(why.contains(u"could not be loaded"_s), qPrintable(why));
    QString again;
    QVERIFY(!BrowserWidget::isAvailable(&again));
    QCOMPARE(again, why);
    QVERIFY(!webEngineMapped());
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);  // as the wizard's main()
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TstBrowserLoading test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browserloading.moc"
