#pragma once

#include <QLocale>

class QCoreApplication;

namespace ce {

// Installs Qt's own translations (the wizard's buttons, standard dialogs) and CE
// Provisioner's catalogue (built in under :/i18n) for `locale`, as children of `app`.
// Languages without a catalogue stay English.
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

}  // namespace ce
