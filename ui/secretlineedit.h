#pragma once

#include <QLineEdit>

class QAction;

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

}  // namespace ce
