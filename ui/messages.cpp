#include "messages.h"

#include "icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ce {

void setMessage(QLabel *label, const QString &message, MessageKind kind)
{
    if (message.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    // Colours readable on the window's background: darker on a light palette, lighter on
    // a dark one (the icon and the words say the same without colour).
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    QString icon, color;
    switch (kind) {
    case MessageKind::Ok:
        icon = u"ok"_s;
        color = dark ? u"#81c784"_s : u"#1e7d32"_s;
        break;
    case MessageKind::Warning:
        icon = u"warning"_s;
        color = dark ? u"#ffb74d"_s : u"#8a5300"_s;
        break;
    case MessageKind::Error:
        icon = u"error"_s;
        color = dark ? u"#ef9a9a"_s : u"#c62828"_s;
        break;
    }
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    // The row's whole width: a form (ExpandingFieldsGrow) gives a Preferred label only its
    // size hint, which for wrapped text is a narrow column of many lines.
    label->setSizePolicy(QSizePolicy::Expanding, label->sizePolicy().verticalPolicy());
    label->setText(u"<span style=\"color:%1\"><img src=\"%2\" width=\"14\" height=\"14\" "
                   u"style=\"vertical-align:middle\">&nbsp;%3</span>"_s
                       .arg(color, icons::richTextSource(icon), message.toHtmlEscaped()));
    label->setAccessibleDescription(message);
    label->setVisible(true);
}

namespace {

// The field a message row belongs to: the nearest row at or above it with a label, whose
// buddy is the field (a message or preview row has no label of its own). Where the focus
// goes when that field is given it (a tag editor's input).
QWidget *fieldOf(QFormLayout *form, QLabel *message)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(message, &row, &role);
    for (; row >= 0; --row) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
            QWidget *field = label->buddy();
            while (field && field->focusProxy())
                field = field->focusProxy();
            return field;
        }
    }
    return nullptr;
}

constexpr char OwnDescription[] = "cepOwnAccessibleDescription";

}  // namespace

void setFieldMessage(QFormLayout *form, QLabel *label, const QString &message)
{
    setMessage(label, message);
    form->setRowVisible(label, !message.isEmpty());
    // Not by colour and place alone: a screen reader says the message with the field
    // (its accessible description: the message, then what the field had before).
    QWidget *field = fieldOf(form, label);
    if (!field)
        return;
    if (!field->property(OwnDescription).isValid())
        field->setProperty(OwnDescription, field->accessibleDescription());
    const QString own = field->property(OwnDescription).toString();
    field->setAccessibleDescription(message.isEmpty() ? own : own.isEmpty() ? message : message + u'\n' + own);
}

void usePlainTextLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

void nameClearButton(QLineEdit *edit)
{
    // The action Qt adds for the clear button (qlineedit_p.h's clearButtonActionNameC).
    for (QAction *action : edit->findChildren<QAction *>(u"_q_qlineeditclearaction"_s)) {
        action->setText(QCoreApplication::translate("ce::Messages", "Clear"));
        action->setToolTip(QCoreApplication::translate("ce::Messages", "Clear the text"));
    }
}

}  // namespace ce
