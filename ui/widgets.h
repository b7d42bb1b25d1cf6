#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

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

// A password field with a trailing eye button that shows or hides what was typed.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);
    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

private:
    QAction *m_toggle;
};

// Tags as a list: type and press Enter (or Add) to add one, select and press Delete
// (or Remove) to remove it.
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget *parent = nullptr);
    QStringList tags() const;
    void setTags(const QStringList &tags);
    QLineEdit *input() const { return m_input; }

Q_SIGNALS:
    void tagsChanged(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFromInput();
    void removeSelected();
    void updateButtons();

    QLineEdit *m_input;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
};

// Shows `message` under a form field (red, with an icon) or hides the row when empty.
void setFieldMessage(QFormLayout *form, QLabel *label, const QString &message);
// The same, for a label outside a form.
void setMessage(QLabel *label, const QString &message, const QString &icon = QStringLiteral("error"));

// Makes every label under `root` plain text (unless set otherwise): labels show names,
// tags, URLs and server messages, which must never be read as HTML. Message labels
// (setMessage) escape their text and switch to rich text themselves.
void usePlainTextLabels(QWidget *root);

// Text from users and servers, made safe to show in one line: bidi formatting characters
// are dropped and the whole is isolated (so right-to-left text shows as written and cannot
// reorder what follows it), control characters are shown as their visible symbols (␇),
// and more than `maxLength` characters are cut with "…".
QString displayText(const QString &text, int maxLength = 120);
// Shows displayText(text) in a plain-text label, with the whole text as tooltip when cut
// (an ElidingLabel also cuts it to its width).
void setDisplayText(QLabel *label, const QString &text, int maxLength = 120);

// "qypr••••••••" : enough to recognise a token, not enough to use it.
QString maskSecret(const QString &secret, int visible = 4);

}  // namespace ce
