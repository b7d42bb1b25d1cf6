#pragma once

// For benchmarks only (tests/bench/bench_processes): with CEP_QUIT_WHEN_IDLE=1 in the
// environment, the GUI quits as soon as its window is shown (exposed) and the event loop
// has nothing left to do, so that a process's whole start-up can be timed and its peak
// memory read from outside. The wizard and the bare QWizard the benchmark compares it
// with (tests/bench/floor_qwizard.cpp) use this same header, so both stop at the same point.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace ce {

inline void quitWhenIdleIfAsked(QWidget *window)
{
    if (qEnvironmentVariableIntValue("CEP_QUIT_WHEN_IDLE") != 1)
        return;
    // The window is exposed; then, the first time the event loop is about to wait for
    // more events (the first page painted, every posted event handled), quit.
    struct Watcher : QObject
    {
        bool exposed = false;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
                exposed = true;
            return false;
        }
    };
    auto *watcher = new Watcher;
    watcher->setParent(QCoreApplication::instance());
    window->winId();  // the QWindow exists from here on
    window->windowHandle()->installEventFilter(watcher);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, watcher,
                     [watcher] {
                         if (watcher->exposed)
                             QCoreApplication::quit();
                     });
}

}  // namespace ce
