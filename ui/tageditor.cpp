#include "tageditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ce {

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent),
      m_input(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_list(new QListWidget(this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    m_input->setPlaceholderText(tr("Type a tag and press Enter"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_list->setAccessibleName(tr("Tags"));
    m_input->setAccessibleName(tr("New tag"));
    m_list->installEventFilter(this);
    m_input->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_input, 1);
    top->addWidget(m_add);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_list, 1, Qt::AlignTop);
    auto *side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addStretch();
    bottom->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bottom);

    // As tall as its content: the form must not hand it spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // A label's mnemonic (Alt+T, "&Tags:") focuses its buddy only when the buddy accepts
    // focus: the container takes it (Tab never stops on a widget with a focus proxy) and
    // hands it to the input.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_input);
    setTabOrder(m_input, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_remove);

    connect(m_add, &QPushButton::clicked, this, &TagEditor::addFromInput);
    connect(m_remove, &QPushButton::clicked, this, &TagEditor::removeSelected);
    connect(m_input, &QLineEdit::textChanged, this, &TagEditor::updateButtons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &TagEditor::updateButtons);
    updateButtons();
}

QStringList TagEditor::tags() const
{
    QStringList list;
    for (int i = 0; i < m_list->count(); ++i)
        list.append(m_list->item(i)->text());
    return list;
}

void TagEditor::setTags(const QStringList &tags)
{
    if (tags == this->tags())
        return;
    m_list->clear();
    m_list->addItems(tags);
    updateButtons();
    Q_EMIT tagsChanged(this->tags());
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_input && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !m_input->text().trimmed().isEmpty()) {
            addFromInput();
            return true;  // an Enter that adds a tag must not also press the wizard's Next
        }
        if (watched == m_list && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagEditor::addFromInput()
{
    QStringList current = tags();
    bool changed = false;
    // "a, b" adds two tags.
    for (const QString &part : m_input->text().split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !current.contains(tag)) {
            current.append(tag);
            m_list->addItem(tag);
            changed = true;
        }
    }
    m_input->clear();
    updateButtons();
    if (changed)
        Q_EMIT tagsChanged(current);
}

void TagEditor::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
    Q_EMIT tagsChanged(tags());
}

void TagEditor::updateButtons()
{
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

}  // namespace ce
