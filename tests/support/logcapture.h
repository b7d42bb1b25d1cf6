#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ce::test {

// Keeps every message logged while it lives, from any thread, with its category, and hands
// each on to the handler that was installed before it (Qt Test's, so that the test's
// output still shows them) unless told not to. A handler installed later on top of it
// (the redacting one) forwards to it, so it sees what that handler lets through: what a
// user would see on standard error.
//
// The message handler is one for the whole process: one LogCapture at a time.
class LogCapture
{
public:
    enum class Forward { ToPrevious, No };

    explicit LogCapture(Forward forward = Forward::ToPrevious);
    // Stops capturing; puts the previous handler back when nothing was installed on top.
    ~LogCapture();
    Q_DISABLE_COPY_MOVE(LogCapture)

    // The messages so far, oldest first; only those of `category` ("ce.sandbox") if given.
    QStringList messages(QByteArrayView category = {}) const;
    // All messages, one a line.
    QString text() const;
    bool contains(const QString &text) const;
    qsizetype count() const;
    void clear();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    struct Line
    {
        QByteArray category;
        QString message;
    };
    QList<Line> m_lines;  // guarded by the handler's mutex
    Forward m_forward;
};

}  // namespace ce::test
