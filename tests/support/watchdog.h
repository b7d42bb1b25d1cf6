#pragma once

// A watchdog of the GUI thread's event loop, for the end-to-end GUI suites: a precise 2 ms
// timer on the thread; the time between two of its ticks is how long the loop did not come
// round (a frozen window, when long). It keeps the longest gaps with the test function (and
// step) they ended in, and prints them. Figures only: the suites print, never assert them.
//
// The gaps also hold the tests' own waiting (QTest::qWaitFor sleeps 10 ms between its
// rounds) and work (a screenshot, left out with Pause). What the app itself blocks is
// measured by Watched<QApplication>, the application object of those suites: how long each
// event took to be handled (the outermost notify(), so a handler's nested sends count in
// it), the longest with what handled which event.
#include <QBasicTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTest>
#include <QTimerEvent>

#include <algorithm>

namespace ce::test {

class EventLoopWatchdog : public QObject
{
public:
    struct Gap
    {
        double ms = 0;
        QString where;
    };

    EventLoopWatchdog()
    {
        s_current = this;
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start(2, Qt::PreciseTimer, this);
    }
    ~EventLoopWatchdog() override { s_current = nullptr; }

    static EventLoopWatchdog *current() { return s_current; }

    // What the test does now (shown with the test function's name).
    void setStep(const QString &step) { m_step = step; }

    // Leaves the test's own work out of the figures, for its lifetime.
    class Pause
    {
    public:
        Pause() : m_dog(current()) { if (m_dog) ++m_dog->m_paused; }
        ~Pause()
        {
            if (m_dog && --m_dog->m_paused == 0)
                m_dog->m_last = m_dog->m_clock.nsecsElapsed();
        }
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        EventLoopWatchdog *m_dog;
    };

    // The longest gaps, longest first; how many ticks came later than `ms`.
    const QList<Gap> &longest() const { return m_longest; }
    int gapsOver(double ms) const { return int(std::count_if(m_all.cbegin(), m_all.cend(), [ms](double g) { return g > ms; })); }

    // "longest gap 37.2 ms (in x), then ...; N ticks, M gaps over 50 ms"
    QString report(int shown = 5) const
    {
        QString text = QStringLiteral("event loop: %1 ticks over %2 s; %3 gaps over 50 ms; longest:")
                           .arg(m_all.size())
                           .arg(double(m_clock.elapsed()) / 1000, 0, 'f', 1)
                           .arg(gapsOver(50));
        for (qsizetype i = 0; i < qMin<qsizetype>(shown, m_longest.size()); ++i)
            text += QStringLiteral("\n  %1 ms in %2").arg(m_longest.at(i).ms, 0, 'f', 1).arg(m_longest.at(i).where);
        text += QStringLiteral("\nevents: %1 handled, %2 took over 50 ms; longest:").arg(m_events).arg(m_slowEvents);
        for (qsizetype i = 0; i < qMin<qsizetype>(shown, m_longestEvents.size()); ++i) {
            text += QStringLiteral("\n  %1 ms: %2")
                        .arg(m_longestEvents.at(i).ms, 0, 'f', 1)
                        .arg(m_longestEvents.at(i).where);
        }
        return text;
    }

    // Watched<> reports each outermost event it handled: the receiver's class and name, the
    // event's type, how long it took.
    void eventHandled(const QMetaObject *receiver, const QString &name, int type, double ms)
    {
        ++m_events;
        if (ms > 50)
            ++m_slowEvents;
        if (m_paused || (m_longestEvents.size() >= 10 && ms <= m_longestEvents.constLast().ms))
            return;
        const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        const QString where = QStringLiteral("%1 to %2 \"%3\" in %4")
                                  .arg(key ? QString::fromLatin1(key) : QString::number(type),
                                       QString::fromLatin1(receiver->className()), name,
                                       QString::fromLatin1(QTest::currentTestFunction()));
        m_longestEvents.append({ms, where});
        std::sort(m_longestEvents.begin(), m_longestEvents.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
        if (m_longestEvents.size() > 10)
            m_longestEvents.removeLast();
    }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_timer.timerId())
            return;
        const qint64 now = m_clock.nsecsElapsed();
        const double gap = double(now - m_last) / 1e6;
        m_last = now;
        if (m_paused)
            return;
        m_all.append(gap);
        if (m_longest.size() < 10 || gap > m_longest.constLast().ms) {
            QString where = QString::fromLatin1(QTest::currentTestFunction());
            if (!m_step.isEmpty())
                where += QStringLiteral(" (%1)").arg(m_step);
            m_longest.append({gap, where});
            std::sort(m_longest.begin(), m_longest.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
            if (m_longest.size() > 10)
                m_longest.removeLast();
        }
    }

private:
    static inline EventLoopWatchdog *s_current = nullptr;
    QBasicTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    int m_paused = 0;
    QString m_step;
    QList<double> m_all;
    QList<Gap> m_longest;
    int m_events = 0;
    int m_slowEvents = 0;
    QList<Gap> m_longestEvents;
};

// The application object of a suite under the watchdog: times each outermost event.
template<typename Application>
class Watched : public Application
{
public:
    using Application::Application;

    // Every receiver of the process passes here, Qt WebEngine's internal classes too, whose
    // type information UBSan's vptr check cannot follow across libraries (a false report):
    // that one check is off for this function.
    __attribute__((no_sanitize("vptr"))) bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !EventLoopWatchdog::current())
            return Application::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        // As they are now: the receiver may be gone when the event was handled.
        const int type = event->type();
        const QString name = receiver->objectName();
        const QMetaObject *meta = receiver->metaObject();
        const bool handled = Application::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        --m_depth;
        if (EventLoopWatchdog *dog = EventLoopWatchdog::current())
            dog->eventHandled(meta, name, type, ms);
        return handled;
    }

private:
    int m_depth = 0;
};

}  // namespace ce::test
