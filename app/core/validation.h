#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace ce {

// One problem with a request, the wizard's inputs or an instance.json file, named by its
// field (ce::field: "configuration.oauth.api.key", "providerData.oauth_verifier", "name",
// "tags[2]").
struct ValidationIssue
{
    QString field;
    QString message;  // a sentence naming the field
    int line = 0;          // for files: 1-based line, 0 when unknown
    bool missing = false;  // a required entry that is absent, empty or still a placeholder
    // Above 0: this entry is not one problem but stands for that many more, counted and
    // not described (a hostile file can hold hundreds of thousands); `message` says so.
    qsizetype omitted = 0;

    friend bool operator==(const ValidationIssue &a, const ValidationIssue &b)
    {
        return a.field == b.field && a.message == b.message && a.line == b.line && a.missing == b.missing
            && a.omitted == b.omitted;
    }
};

// The ids of the fields a ValidationIssue names: the core builds them here, and the pages
// find the message for each of their fields by them (messageFor()). An instance.json's
// fields are named the same way, after the JSON they come from.
namespace field {

inline constexpr QLatin1StringView Environment{"environment"};
inline constexpr QLatin1StringView UserSecret{"userSecret"};
inline constexpr QLatin1StringView OrganizationSecret{"organizationSecret"};
inline constexpr QLatin1StringView ElementKey{"element.key"};
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Tags{"tags"};

// A configuration entry by its key: "configuration.oauth.api.key".
inline QString configuration(const QString &key) { return QLatin1StringView("configuration.") + key; }
// A providerData entry by its key: "providerData.oauth_verifier".
inline QString providerData(const QString &key) { return QLatin1StringView("providerData.") + key; }
// A tag by its index: "tags[2]".
inline QString tag(qsizetype index) { return Tags + u'[' + QString::number(index) + u']'; }

}  // namespace field

// The message of the first issue about `field`, or empty when there is none.
inline QString messageFor(const QList<ValidationIssue> &issues, const QString &field)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

}  // namespace ce
