// The wizard's real process (ce-provisioner --sandbox, which loads the wizard's module
// cep_wizard.so), stopped once its first page is shown and the event loop idle
// (CEP_WHEN_IDLE=stop, app/gui/whenidle.h): Qt WebEngine is not loaded (neither the
// browser plugin nor its libraries are mapped) and no QtWebEngineProcess runs, nor Qt Svg
// and the image plugins; what it maps and its memory are printed. And the module's symbols never meet the command line's
// copies of the same static libraries: it exports its entry point only, the command line
// exports nothing of ours.
#include "procfigures.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

class TstGuiProcess : public QObject
{
    Q_OBJECT

private slots:
    void firstPageLoadsNoBrowser();
    void quietUnlessVerbose_data();
    void quietUnlessVerbose();
    void moduleExportsItsEntryPointOnly();

private:
    // Starts the wizard's process (through ce-provisioner) with `arguments` and waits until
    // its first page is shown and idle (then it stops itself); false when it did not get there.
    static bool startUntilIdle(QProcess &gui, const QStringList &arguments);
    // The state letter of /proc/<pid>/stat ('T': stopped).
    static char stateOf(qint64 pid);
    // The dynamic symbols of an ELF file as nm lists them (demangled) with `options`.
    static std::optional<QStringList> dynamicSymbols(const QString &file, const QStringList &options);
};

char TstGuiProcess::stateOf(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
}

bool TstGuiProcess::startUntilIdle(QProcess &gui, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"CEP_WHEN_IDLE"_s, u"stop"_s);
    env.remove(u"CEP_BROWSER_PLUGIN"_s);  // as installed: it would find the plugin beside it
    env.remove(u"QT_LOGGING_RULES"_s);    // as a user starts it (the tests turn ce.* debug on)
    // A desktop session has its runtime folder (without it QStandardPaths warns).
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(CEP_BINARY_DIR "/ce-provisioner"), arguments);
    if (!gui.waitForStarted(10000))
        return false;
    const qint64 pid = gui.processId();
    return QTest::qWaitFor([&] { return stateOf(pid) == 'T' || gui.state() == QProcess::NotRunning; }, 30000)
        && gui.state() == QProcess::Running;
}

void TstGuiProcess::firstPageLoadsNoBrowser()
{
    QProcess gui;
    QVERIFY(startUntilIdle(gui, {u"--sandbox"_s}));
    const qint64 pid = gui.processId();

    const QString id = QString::number(pid);
    const QSet<QString> mapped = ce::bench::mappedLibraries(id);
    const ce::bench::Helpers helpers = ce::bench::helperProcesses(pid);
    const qint64 rss = ce::bench::statusKb(id, "VmRSS");
    const qint64 peak = ce::bench::statusKb(id, "VmHWM");
    gui.kill();
    gui.waitForFinished(10000);

    // The wizard runs (Qt Widgets, the offscreen platform), and the browser is not there.
    QVERIFY2(mapped.contains(u"libQt6Widgets.so.6.4.2"_s) || mapped.contains(u"libQt6Widgets.so.6"_s),
             qPrintable(QStringList(mapped.cbegin(), mapped.cend()).join(u", "_s)));
    QStringList browser;
    for (const QString &name : mapped) {
        if (name.startsWith(u"libQt6WebEngine"_s) || name.startsWith(u"cep_browser"_s) || name.contains(u"Quick"_s))
            browser.append(name);
    }
    QVERIFY2(browser.isEmpty(), qPrintable(u"mapped before the Authorize page: "_s + browser.join(u", "_s)));
    QCOMPARE(helpers.count, 0);  // no QtWebEngineProcess
    // Nor what the first page does not show: Qt Svg, its icon engine and the image plugins
    // (the icons are PNG drawn at build time, read by Qt's built-in reader; the element
    // page's search field, whose clear button makes Qt load every image plugin, comes later).
    QStringList unneeded;
    for (const QString &name : mapped) {
        if (name.startsWith(u"libQt6Svg"_s) || name.startsWith(u"libqsvg"_s) || name == u"libqgif.so"_s
            || name == u"libqico.so"_s || name == u"libqjpeg.so"_s)
            unneeded.append(name);
    }
    QVERIFY2(unneeded.isEmpty(), qPrintable(u"mapped on the first page: "_s + unneeded.join(u", "_s)));
    qInfo("first page shown and idle: RSS %.1f MiB (peak %.1f MiB), %lld shared objects mapped",
          double(rss) / 1024, double(peak) / 1024, static_cast<long long>(mapped.size()));
}

// Started from a terminal, the wizard prints nothing on a healthy machine (issue 14: every
// API call and Qt WebEngine's start-up dump were printed); --verbose turns our categories on.
void TstGuiProcess::quietUnlessVerbose_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("verbose");
    QTest::newRow("default") << QStringList{u"--sandbox"_s} << false;
    QTest::newRow("--verbose") << QStringList{u"--sandbox"_s, u"--verbose"_s} << true;
}

void TstGuiProcess::quietUnlessVerbose()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, verbose);
    QProcess gui;
    QVERIFY(startUntilIdle(gui, arguments));
    gui.kill();  // stopped; SIGKILL ends it all the same
    QVERIFY(gui.waitForFinished(10000));
    const QString err = QString::fromLocal8Bit(gui.readAllStandardError());
    if (!verbose) {
        QVERIFY2(err.isEmpty(), qPrintable(u"standard error:\n"_s + err));
    } else {
        // The sandbox starting (ce.sandbox, info); an API call's ce.api lines are of the same
        // kind (tst_logging checks the categories' levels).
        QVERIFY2(err.contains(u"sandbox: listening on http://127.0.0.1:"_s), qPrintable(u"standard error:\n"_s + err));
    }
}

std::optional<QStringList> TstGuiProcess::dynamicSymbols(const QString &file, const QStringList &options)
{
    QProcess nm;
    nm.start(u"nm"_s, QStringList{u"-D"_s, u"-C"_s, u"--format=just-symbols"_s} + options + QStringList{file});
    if (!nm.waitForFinished(30000) || nm.exitStatus() != QProcess::NormalExit || nm.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(nm.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// The command line and the wizard's module each link their own copy of the core (and of
// the sandbox and the translations): a symbol of one bound to the other would mix two
// redaction registries, two element catalogs, two sets of statics.
void TstGuiProcess::moduleExportsItsEntryPointOnly()
{
    const QString module = QStringLiteral(CEP_BINARY_DIR "/cep_wizard.so");
    const QString cli = QStringLiteral(CEP_BINARY_DIR "/ce-provisioner");
    // The module's global symbols: the entry point ce-provisioner resolves, nothing else.
    const auto exported = dynamicSymbols(module, {u"--extern-only"_s, u"--defined-only"_s});
    QVERIFY(exported);
    QCOMPARE(*exported, QStringList{u"cep_wizard_main"_s});
    // It needs nothing of ours from elsewhere (only Qt, the C++ and C libraries), and the
    // command line offers nothing of ours.
    const QRegularExpression ours(u"(^|\\W)ce::|qInitResources|^cep_"_s);
    const auto needed = dynamicSymbols(module, {u"--undefined-only"_s});
    QVERIFY(needed);
    QVERIFY2(needed->contains(u"QApplication::QApplication(int&, char**, int)@Qt_6"_s), qPrintable(needed->join(u", "_s)));
    QCOMPARE(needed->filter(ours), QStringList());
    const auto offered = dynamicSymbols(cli, {u"--extern-only"_s, u"--defined-only"_s});
    QVERIFY(offered);
    QCOMPARE(offered->filter(ours), QStringList());
}

QTEST_GUILESS_MAIN(TstGuiProcess)
#include "tst_guiprocess.moc"
