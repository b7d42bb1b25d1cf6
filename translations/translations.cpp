#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ce {

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    const QString prefix = u"ce-provisioner_"_s;
    for (const QString &name : QDir(u":/i18n"_s).entryList({prefix + u"*.qm"_s}, QDir::Files))
        languages.append(name.mid(prefix.size()).chopped(3));  // "ce-provisioner_fr.qm" -> "fr"
    languages.sort();
    languages.removeDuplicates();
    return languages;
}

void installTranslations(QCoreApplication *app, const QString &language)
{
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(locale, u"ce-provisioner"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

}  // namespace ce
