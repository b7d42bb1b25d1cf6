#include "guisupport.h"

#include "watchdog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
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

bool runJs(QWebEnginePage *page, const QString &script, QVariant *result)
{
    struct State { bool done = false; QVariant value; };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, [state](const QVariant &v) {
        state->value = v;
        state->done = true;
    });
    const bool done = QTest::qWaitFor([state] { return state->done; }, 10000);
    if (done && result)
        *result = state->value;
    return done;
}

bool waitForElement(QWebEnginePage *page, const QString &id, int timeoutMs)
{
    struct State { bool inFlight = false; bool found = false; };
    auto state = std::make_shared<State>();
    const QPointer<QWebEnginePage> guard(page);
    const QString script = QStringLiteral("document.getElementById('%1') !== null").arg(id);
    return QTest::qWaitFor([&] {
        if (!guard)
            return false;
        if (!state->inFlight) {
            state->inFlight = true;
            guard->runJavaScript(script, [state](const QVariant &v) {
                state->found = v.toBool();
                state->inFlight = false;
            });
        }
        return state->found;
    }, timeoutMs);
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
