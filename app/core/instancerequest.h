#pragma once

#include <QCoreApplication>

#include "elementdescription.h"
#include "validation.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ce {

// The JSON body of POST /instances: element key, providerData, configuration, tags, name.
// Built from the user's inputs, validated before sending, written as the documented
// instance.json and read back from such a file.
class InstanceRequest
{
    Q_DECLARE_TR_FUNCTIONS(ce::InstanceRequest)
public:
    // How secret values appear in instance.json: as they are, as Cloud Elements' documented
    // placeholders ("<INSERT_FRESHBOOKS_API_SECRET>"), or masked (SecretMask, "********")
    // for the preview on screen.
    enum class Secrets { Include, Placeholders, Masked };

    QString elementKey;
    QMap<QString, QString> providerData;   // oauth_token, oauth_verifier, secret
    QMap<QString, QString> configuration;  // oauth.api.key, oauth.api.secret, freshbooks.site.address, ...
    QStringList tags;
    QString name;

    // Makes the body the descriptor's rules send: trims every value, normalises subdomain
    // entries (site address), puts each hidden entry's default, and leaves out empty tags,
    // empty optional entries, oauthOnly entries and a boolean the user may leave alone that
    // holds the platform's default (resources/elements/README.md, "What the app sends").
    void normalise(const ElementDescription &element);

    // Every problem at once: each required entry that is missing, empty or still a
    // placeholder, malformed values (the events settings' too: EventSettings), an element
    // key that does not match. Empty when the request can be sent.
    QList<ValidationIssue> validate(const ElementDescription &element) const;
    // Only the configuration and name checks: what a user can fix before the OAuth
    // exchange has produced providerData (oauthOnly entries included).
    QList<ValidationIssue> validateInputs(const ElementDescription &element) const;
    // "Missing required entries: configuration.oauth.api.key, providerData.secret."
    static QString summary(const QList<ValidationIssue> &issues);

    // The body to POST (all values as they are).
    QJsonObject toJsonObject() const;
    // instance.json as Cloud Elements documents it: keys in the documented order
    // (element, providerData, configuration, tags, name; entries in the description's
    // order), two-space indentation. With Secrets::Placeholders every secret value is
    // replaced by the description's placeholder.
    QByteArray toInstanceJson(const ElementDescription &element, Secrets secrets) const;

    // Reads an instance.json (from this app, from Cloud Elements' docs or hand-written).
    // Structure errors (not JSON, wrong types) fail with issues naming line and field;
    // a file that parses is returned even when validate() would still complain.
    // At most MaxListedIssues problems are described; any further ones are counted in one
    // last issue (`omitted`), so that a hostile file costs little time and memory.
    static std::optional<InstanceRequest> fromInstanceJson(const QByteArray &json,
                                                           QList<ValidationIssue> *issues = nullptr);
    static constexpr int MaxListedIssues = 20;
    // "And 59,997 more problems.": what stands for the problems not shown (count >= 1).
    static QString moreProblems(qsizetype count);

    // True for "<INSERT_...>"-style values that stand for something to fill in (ce::isPlaceholder).
    static bool isPlaceholder(const QString &value);

    friend bool operator==(const InstanceRequest &a, const InstanceRequest &b)
    {
        return a.elementKey == b.elementKey && a.providerData == b.providerData
            && a.configuration == b.configuration && a.tags == b.tags && a.name == b.name;
    }
    friend bool operator!=(const InstanceRequest &a, const InstanceRequest &b) { return !(a == b); }

private:
    void nameAndTagIssues(QList<ValidationIssue> *issues) const;
};

}  // namespace ce
