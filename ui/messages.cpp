#include "messages.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace ce {

void setMessage(QLabel *label, const QString &message, MessageKind kind)
{
    if (message.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    QString icon, color;
    switch (kind) {
    case MessageKind::Ok:
        icon = u"ok"_s;
        color = u"#1e7d32"_s;
        break;
    case MessageKind::Warning:
        icon = u"warning"_s;
        color = u"#8a5300"_s;
        break;
    case MessageKind::Error:
        icon = u"error"_s;
        color = u"#c62828"_s;
        break;
    }
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

void usePlainTextLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

}  // namespace ce
