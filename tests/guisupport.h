#pragma once

// Helpers shared by the suites that drive the real wizard and its embedded browser.
#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTest>
#include <QWebEnginePage>
#include <QWidget>

#include <memory>

namespace ce::test {

// Saves what `widget` shows to <build>/screenshots/<name>.png, after the layouts took the
// latest texts into account (as the user would see it). False when it could not be saved.
inline bool screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(CEP_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Runs JavaScript in the page; true once it has run (within 10 s).
inline bool runJs(QWebEnginePage *page, const QString &script, QVariant *result = nullptr)
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

// Waits until the page shows an element with this id, asking the page again each time
// its previous answer came back.
inline bool waitForElement(QWebEnginePage *page, const QString &id, int timeoutMs = 15000)
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

}  // namespace ce::test
