#pragma once

#include <QLineEdit>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace ce {

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

// "qypr••••••••" : enough to recognise a token, not enough to use it.
QString maskSecret(const QString &secret, int visible = 4);

}  // namespace ce
