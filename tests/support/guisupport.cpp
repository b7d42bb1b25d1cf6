#include "guisupport.h"

#include "watchdog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QPointer>
#include <QWebEnginePage>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace ce::test {

bool screenshot(QWidget *widget, const QString &name)
{
    const EventLoopWatchdog::Pause testWork;  // the test's own work, not the app's
    const QString dir = QStringLiteral(CEP_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

namespace {

// Runs the event loop until `done()` holds or `timeoutMs` pass, looking every 10 ms. Not
// QTest::qWaitFor, which sleeps between its rounds: the in-process sandbox serves the
// browser from this thread, and a page of a few requests would take seconds.
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(10);
    loop.exec();
    return done();
}

}  // namespace

bool runJs(QWebEnginePage *page, const QString &script, QVariant *result)
{
    struct State { bool done = false; QVariant value; };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, [state](const QVariant &v) {
        state->value = v;
        state->done = true;
    });
    const bool done = spinUntil([state] { return state->done; }, 10000);
    if (done && result)
        *result = state->value;
    return done;
}

bool waitForElement(QWebEnginePage *page, const QString &id, int timeoutMs)
{
    // An answer can be lost: a script sent while the page navigates runs in the document
    // that is going away, and Chromium may answer it only seconds later, or never. So a
    // question unanswered for 100 ms is asked again (in the document there now).
    struct State { bool found = false; };
    auto state = std::make_shared<State>();
    const QPointer<QWebEnginePage> guard(page);
    const QString script = QStringLiteral("document.getElementById('%1') !== null").arg(id);
    QElapsedTimer sinceAsked;
    return spinUntil([&] {
        if (!guard)
            return false;
        if (!sinceAsked.isValid() || sinceAsked.elapsed() > 100) {
            sinceAsked.start();
            guard->runJavaScript(script, [state](const QVariant &v) {
                if (v.toBool())
                    state->found = true;
            });
        }
        return state->found;
    }, timeoutMs);
}

bool signInToConsent(QWebEnginePage *page)
{
    return waitForElement(page, QStringLiteral("login"))
        && runJs(page, QStringLiteral("document.getElementById('email').value = 'owner@acme.test';"
                                      "document.getElementById('password').value = 'correct horse';"
                                      "document.getElementById('login').click();"))
        && waitForElement(page, QStringLiteral("allow"));
}

QString mnemonicClash(QWidget *window, const QSet<QAbstractButton *> &ignored)
{
    QHash<QKeySequence, QString> seen;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !ignored.contains(b))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            continue;
        if (seen.contains(mnemonic)) {
            return u"%1: %2 is used by \"%3\" and \"%4\""_s.arg(window->windowTitle(), mnemonic.toString(),
                                                               seen.value(mnemonic), text);
        }
        seen.insert(mnemonic, text);
    }
    return {};
}

}  // namespace ce::test
