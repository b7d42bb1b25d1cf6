#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace ce {

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

}  // namespace ce
