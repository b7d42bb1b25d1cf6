#include "logcapture.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace ce::test {

namespace {
// The handler is a plain function: its state is process-wide too.
QMutex mutex;
LogCapture *active = nullptr;
QtMessageHandler previous = nullptr;
// handle() is in the chain of handlers: on top, or below one installed after it (which
// forwards to it). It is installed once and stays reachable until it is on top again.
bool inChain = false;
}  // namespace

LogCapture::LogCapture(Forward forward) : m_forward(forward)
{
    // Under the lock: a message of another thread waits until `previous` is known.
    QMutexLocker lock(&mutex);
    Q_ASSERT_X(!active, "LogCapture", "one LogCapture at a time");
    active = this;
    if (!inChain)
        previous = qInstallMessageHandler(&LogCapture::handle);
    inChain = true;
}

LogCapture::~LogCapture()
{
    QMutexLocker lock(&mutex);
    active = nullptr;
    // Only when it is on top: a handler installed later keeps forwarding to handle(),
    // which from now on only passes messages on.
    const QtMessageHandler current = qInstallMessageHandler(previous);
    if (current == &LogCapture::handle)
        inChain = false;
    else
        qInstallMessageHandler(current);
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&mutex);
    bool forward = true;
    if (active) {
        active->m_lines.append({QByteArray(context.category), message});
        forward = active->m_forward == Forward::ToPrevious;
    }
    const QtMessageHandler next = previous;
    lock.unlock();
    if (forward && next)
        next(type, context, message);
}

QStringList LogCapture::messages(QByteArrayView category) const
{
    QMutexLocker lock(&mutex);
    QStringList list;
    for (const Line &line : m_lines) {
        if (category.isNull() || line.category == category)
            list.append(line.message);
    }
    return list;
}

QString LogCapture::text() const
{
    return messages().join(u'\n');
}

bool LogCapture::contains(const QString &text) const
{
    const QStringList all = messages();
    return std::any_of(all.cbegin(), all.cend(), [&](const QString &m) { return m.contains(text); });
}

qsizetype LogCapture::count() const
{
    QMutexLocker lock(&mutex);
    return m_lines.size();
}

void LogCapture::clear()
{
    QMutexLocker lock(&mutex);
    m_lines.clear();
}

}  // namespace ce::test
