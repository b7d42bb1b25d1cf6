#include "widgets.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_toggle = addAction(QIcon(u":/icons/eye.svg"_s), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the secret"));
    connect(m_toggle, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker block(m_toggle);
    m_toggle->setChecked(revealed);
    m_toggle->setIcon(QIcon(revealed ? u":/icons/eye-off.svg"_s : u":/icons/eye.svg"_s));
    m_toggle->setToolTip(revealed ? tr("Hide the secret") : tr("Show the secret"));
}

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

void setMessage(QLabel *label, const QString &message, const QString &icon)
{
    if (message.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    const QString color = icon == "error"_L1 ? u"#c62828"_s : icon == "warning"_L1 ? u"#8a5300"_s : u"#1e7d32"_s;
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setText(u"<span style=\"color:%1\"><img src=\":/icons/%2.svg\" width=\"14\" height=\"14\" "
                   u"style=\"vertical-align:middle\">&nbsp;%3</span>"_s
                       .arg(color, icon, message.toHtmlEscaped()));
    label->setAccessibleDescription(message);
    label->setVisible(true);
}

void setFieldMessage(QFormLayout *form, QLabel *label, const QString &message)
{
    setMessage(label, message);
    form->setRowVisible(label, !message.isEmpty());
}

QString displayText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size() + 2);
    bool isolate = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F
            || u == 0x061C) {
            isolate = true;  // bidi formatting: dropped, the isolate below does the right thing
            continue;
        }
        const QChar::Direction direction = c.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            isolate = true;
        if (u < 0x20)
            out += QChar(char16_t(0x2400 + u));  // ␀..␟
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421));  // ␡
        else if (u >= 0x80 && u < 0xA0)
            out += QChar(0xFFFD);
        else
            out += c;
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    // First-strong isolate: the text keeps its own direction and leaves the rest alone.
    return isolate ? QChar(0x2068) + out + QChar(0x2069) : out;
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

void usePlainTextLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

QString maskSecret(const QString &secret, int visible)
{
    if (secret.isEmpty())
        return {};
    if (secret.size() <= visible * 2)
        return QString(8, QChar(0x2022));
    return secret.left(visible) + QString(8, QChar(0x2022));
}

}  // namespace ce
