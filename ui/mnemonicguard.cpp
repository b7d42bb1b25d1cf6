#include "mnemonicguard.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ce {

MnemonicGuard::MnemonicGuard(QObject *parent) : QObject(parent) {}

bool MnemonicGuard::eventFilter(QObject *watched, QEvent *event)
{
#ifdef Q_OS_MACOS
    Q_UNUSED(watched)
    Q_UNUSED(event)
    return false;
#else
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    // Alt, with or without Shift: what a mnemonic is pressed with. A shortcut that matched
    // took the press before it got here.
    if ((key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != Qt::AltModifier)
        return false;
    const QString text = key->text();
    if (text.isEmpty() || !text.front().isPrint())
        return false;
    return qobject_cast<QLineEdit *>(watched) || qobject_cast<QPlainTextEdit *>(watched)
        || qobject_cast<QTextEdit *>(watched);
#endif
}

}  // namespace ce
