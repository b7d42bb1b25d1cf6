#pragma once

// For benchmarks and tests only: CEP_WHEN_IDLE=quit makes the GUI quit as soon as its
// window is shown (exposed) and the event loop has nothing left to do, so that a whole
// start-up can be timed and its peak memory read from outside (tests/bench/bench_processes);
// CEP_WHEN_IDLE=stop stops the process there (SIGSTOP), for a test to read what it has
// mapped (tests/ui/tst_guiprocess). The wizard and the bare QWizard the benchmark compares
// it with (tests/bench/floor_qwizard.cpp) use this same header, so both stop at one point.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <csignal>

namespace ce {

inline void actWhenIdleIfAsked(QWidget *window)
{
    const QByteArray what = qgetenv("CEP_WHEN_IDLE");
    if (what != "quit" && what != "stop")
        return;
    // The window is exposed; then, the first time the event loop is about to wait for
    // more events (the first page painted, every posted event handled), act.
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
    const bool stop = what == "stop";
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, watcher,
                     [watcher, stop] {
                         if (!watcher->exposed)
                             return;
                         if (stop) {
                             watcher->exposed = false;  // once
                             raise(SIGSTOP);
                         } else {
                             QCoreApplication::quit();
                         }
                     });
}

}  // namespace ce
