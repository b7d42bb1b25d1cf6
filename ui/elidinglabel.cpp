#include "elidinglabel.h"

#include "core/displaytext.h"

namespace ce {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString &text, const QString &complete)
{
    m_full = text;
    m_complete = complete.isEmpty() ? text : complete;
    elide();
    updateGeometry();
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QChar(0x2026)) * 4, QLabel::minimumSizeHint().height()};
}

QSize ElidingLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_full) + 4, QLabel::sizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, width() - 2));
    QLabel::setText(shown);
    setToolTip(shown != m_full || m_complete != m_full ? m_complete : QString());
}

void setDisplayText(QLabel *label, const QString &text, int maxLength)
{
    label->setTextFormat(Qt::PlainText);
    const QString shown = displayText(text, maxLength);
    if (auto *eliding = qobject_cast<ElidingLabel *>(label)) {
        eliding->setFullText(shown, text.size() > maxLength ? displayText(text, 4000) : QString());
        return;
    }
    label->setText(shown);
    label->setToolTip(text.size() > maxLength ? displayText(text, 4000) : QString());
}

}  // namespace ce
