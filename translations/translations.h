#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ce {

// The languages CE Provisioner speaks, as codes: "en" (its sources) and one per catalogue
// built in under :/i18n ("de", "es", "fr"), sorted. What --language accepts.
QStringList availableLanguages();

// Installs Qt's own translations (the wizard's buttons, standard dialogs) and CE
// Provisioner's catalogue (built in under :/i18n) as children of `app`, for `language`
// (a --language code the parser accepted: "fr", "es_MX") or, when it is empty, for the
// system's locale. A chosen language also becomes the default QLocale, so that dates and
// numbers read like the text around them. Languages without a catalogue stay English.
void installTranslations(QCoreApplication *app, const QString &language = {});

}  // namespace ce
