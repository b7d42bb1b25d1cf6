#include "commands.h"

#include "core/commandline.h"
#include "core/elementcatalog.h"
#include "core/elementdescription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {

// Words of the output contract (README), not translated: scripts read them.
QString originName(ElementDescription::Origin origin)
{
    switch (origin) {
    case ElementDescription::Origin::BuiltIn: return u"built-in"_s;
    case ElementDescription::Origin::User: return u"user"_s;
    case ElementDescription::Origin::Platform: return u"platform"_s;
    }
    return {};
}

// Every secret `create --from` fills from the environment, by where it goes in the body
// ("configuration.oauth.api.secret", "providerData.code"), with its variable.
QJsonObject secretVariables(const ElementDescription &e)
{
    QJsonObject variables;
    for (const ConfigurationEntry &c : e.configuration) {
        if (c.isSecret())
            variables.insert(u"configuration."_s + c.key, c.environmentVariable);
    }
    for (const ProviderDataEntry &p : e.providerData) {
        if (p.secret)
            variables.insert(u"providerData."_s + p.key, p.environmentVariable());
    }
    return variables;
}

}  // namespace

int elements(bool json)
{
    const ElementCatalog &catalog = ElementCatalog::shared();
    // A bad file of the user's is listed with its line and reason, never fatal.
    for (const ElementCatalog::Problem &problem : catalog.problems())
        printError(problem.text());

    const QList<const ElementDescription *> all = catalog.descriptors();
    QTextStream out(stdout);
    if (json) {
        QJsonArray list;
        for (const ElementDescription *e : all) {
            QJsonObject o{{u"id"_s, e->id},
                          {u"key"_s, e->key},
                          {u"name"_s, e->title()},
                          {u"kind"_s, ElementDescription::authenticationName(e->authentication)},
                          {u"origin"_s, originName(e->origin)},
                          {u"secretVariables"_s, secretVariables(*e)}};
            if (!e->path.isEmpty())
                o.insert(u"path"_s, e->path);
            if (e->replacesBuiltIn)
                o.insert(u"replacesBuiltIn"_s, true);
            list.append(o);
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }

    // Aligned columns, the name last (it may hold spaces).
    QList<QStringList> rows = {{u"ID"_s, u"KEY"_s, u"KIND"_s, u"ORIGIN"_s, u"NAME"_s}};
    for (const ElementDescription *e : all)
        rows.append({e->id, e->key, ElementDescription::authenticationName(e->authentication), originName(e->origin),
                     e->title()});
    QList<qsizetype> widths(rows.first().size() - 1, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = qMax(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        out << line << row.last() << '\n';
    }
    out << Qt::flush;
    return Ok;
}

}  // namespace ce::cli
