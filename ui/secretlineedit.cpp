#include "secretlineedit.h"

#include "icons.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace ce {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_toggle = addAction(icons::icon(u"eye"), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    // The eye is an icon only; its text is what a screen reader says.
    m_toggle->setText(tr("Show the secret"));
    m_toggle->setToolTip(tr("Show the secret"));
    connect(m_toggle, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker block(m_toggle);
    m_toggle->setChecked(revealed);
    m_toggle->setIcon(icons::icon(revealed ? u"eye-off" : u"eye"));
    m_toggle->setText(revealed ? tr("Hide the secret") : tr("Show the secret"));
    m_toggle->setToolTip(m_toggle->text());
}

}  // namespace ce
