#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace ce {

// What a message on a page says about what happened: its icon and colour.
enum class MessageKind { Ok, Warning, Error };

// Shows `message` in `label` (escaped, with the kind's icon and colour) or hides the label
// when it is empty.
void setMessage(QLabel *label, const QString &message, MessageKind kind = MessageKind::Error);
// The same under a form field (always an error), hiding its row when empty; the message is
// also the field's accessible description (before what the field had), for screen readers.
void setFieldMessage(QFormLayout *form, QLabel *label, const QString &message);

// Makes every label under `root` plain text (unless set otherwise): labels show names,
// tags, URLs and server messages, which must never be read as HTML. Message labels
// (setMessage) escape their text and switch to rich text themselves.
void usePlainTextLabels(QWidget *root);

// Gives the clear button of a line edit with clearButtonEnabled a name ("Clear") and a
// tooltip: Qt leaves its icon-only button unnamed for screen readers.
void nameClearButton(QLineEdit *edit);

}  // namespace ce
