// What reaches standard error (ce::logging::configure): a desktop program prints warnings
// and errors only (issue 14: the wizard printed every API call and Qt WebEngine's start-up
// dump); the command line's own categories keep quiet; --verbose turns ours on, debug included.
#include "core/logging.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using ce::logging::Mode;

class TstLogging : public QObject
{
    Q_OBJECT

private slots:
    void quietGui();
    void quietCommandLine();
    void verbose_data();
    void verbose();
};

namespace {
QLoggingCategory &webEngineContext()
{
    static QLoggingCategory category("qt.webenginecontext");  // Qt WebEngine's start-up dump (info)
    return category;
}
}  // namespace

void TstLogging::quietGui()
{
    ce::logging::configure(Mode::Gui, false);
    QVERIFY(!lcApi().isInfoEnabled());
    QVERIFY(!lcApi().isDebugEnabled());
    QVERIFY(!lcSandbox().isInfoEnabled());
    QVERIFY(!webEngineContext().isInfoEnabled());
    QVERIFY(lcApi().isWarningEnabled());  // a warning is what a user must see
    QVERIFY(lcProfiles().isWarningEnabled());
    QVERIFY(webEngineContext().isWarningEnabled());
}

void TstLogging::quietCommandLine()
{
    ce::logging::configure(Mode::CommandLine, false);
    QVERIFY(!lcApi().isInfoEnabled());
    QVERIFY(!lcApi().isWarningEnabled());  // the command prints its own one-line error
    QVERIFY(lcApi().isCriticalEnabled());
}

void TstLogging::verbose_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("gui") << Mode::Gui;
    QTest::newRow("command line") << Mode::CommandLine;
}

void TstLogging::verbose()
{
    QFETCH(Mode, mode);
    ce::logging::configure(mode, true);
    for (const QLoggingCategory *c : {&lcApi(), &lcFlow(), &lcSandbox(), &lcProfiles(), &lcUi(), &lcElements()}) {
        QVERIFY2(c->isDebugEnabled() && c->isInfoEnabled() && c->isWarningEnabled(), c->categoryName());
    }
    QVERIFY(webEngineContext().isInfoEnabled());
}

int main(int argc, char *argv[])
{
    qunsetenv("QT_LOGGING_RULES");  // the test environment's own rules would win over configure()'s
    QCoreApplication app(argc, argv);
    TstLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
