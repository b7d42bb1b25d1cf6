#pragma once

#include <QLabel>
#include <QString>

namespace ce {

// A one-line plain-text label that cuts its text with "…" to the width it is given
// (never pushing the window wider) and shows all of it in a tooltip when cut.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);
    // `text` is shown (cut to the width); the tooltip shows `complete` (default: `text`)
    // whenever what is shown is not all of it.
    void setFullText(const QString &text, const QString &complete = {});
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
    QString m_complete;
};

// Shows displayText(text) in a plain-text label, with the whole text as tooltip when cut
// (an ElidingLabel also cuts it to its width).
void setDisplayText(QLabel *label, const QString &text, int maxLength = 120);

}  // namespace ce
