#pragma once

#include "core/elementdescription.h"
#include "core/environment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ce {

class ProvisioningFlow;

// The instance a profile created last.
struct CreatedInstance
{
    qint64 id = 0;
    QString elementKey;
    QDateTime created;  // UTC
    QJsonObject unknown;  // members of "lastInstance" this version does not know, kept as read

    friend bool operator==(const CreatedInstance &a, const CreatedInstance &b)
    { return a.id == b.id && a.elementKey == b.elementKey && a.created == b.created && a.unknown == b.unknown; }
    friend bool operator!=(const CreatedInstance &a, const CreatedInstance &b) { return !(a == b); }
};

// Everything the wizard asked except the OAuth results and the secrets. Stored as one
// JSON file per profile by ProfileStore; the secrets go to a SecretStore, keyed by `id`
// and the key names below.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(ce::Profile)
public:
    static constexpr int SchemaVersion = 1;

    // Secret names in the SecretStore (besides the element's secret configuration keys,
    // which are stored under their own key, e.g. "oauth.api.secret").
    static constexpr QLatin1StringView UserSecretKey{"userSecret"};
    static constexpr QLatin1StringView OrganizationSecretKey{"organizationSecret"};
    static constexpr QLatin1StringView InstanceTokenKey{"instanceToken"};

    QString id;                  // stable; also the file name (<id>.json). Empty: not saved yet
    QString name;                // shown to people; need not be unique, never empty once saved
    // The element descriptor's id ("hubspot-apikey"), written as "descriptor". A file of an
    // earlier version has only the key: the descriptor of that key, when it is the only one
    // (else empty, and the key decides).
    QString descriptorId;
    QString elementKey;          // the element key sent to the platform ("hubspot"), written as "element"
    // The element's description when the platform gave it (GET /elements/{key}: origin
    // Platform), written as "elementDescription" (a descriptor of schema version 2): the
    // catalog does not keep those between runs, so the profile carries its own. Empty for a
    // shipped or user's descriptor, which the catalog has.
    std::optional<ElementDescription> elementDescription;
    // Written as its stable name (Environment::nameOf(): us, eu, staging, snapshot, custom, sandbox).
    Environment::Kind environment = Environment::Kind::UsProduction;
    QUrl customBaseUrl;          // for Kind::Custom only
    QMap<QString, QString> configuration;  // non-secret configuration entries only
    QString instanceName;
    QStringList tags;
    std::optional<CreatedInstance> lastInstance;
    QDateTime lastUsed;          // UTC; invalid when never used
    QDateTime modified;          // UTC; set by ProfileStore::save()
    // Members of the file this version does not know (a later version's, a hand-written
    // "notes"), kept as read and written back, so that no rewrite loses them. Members
    // whose name looks secret are not kept (as for configuration entries).
    QJsonObject unknown;

    // Why fromJson() refused a file.
    enum class ParseFailure { None, Invalid, NewerVersion };

    // The file's content (UTF-8 JSON, indented, "schemaVersion": 1). Configuration keys
    // that look secret (see isSecretConfigurationKey) are never written.
    QByteArray toJson() const;
    // Parses a profile file. On failure nullopt, one sentence in *error and the kind of
    // failure in *failure: Invalid (not JSON, not an object, a missing or mistyped field)
    // or NewerVersion (schemaVersion above SchemaVersion: made by a newer CE Provisioner).
    // Unknown fields are kept in `unknown`; secret-looking configuration keys and unknown
    // fields are dropped.
    static std::optional<Profile> fromJson(const QByteArray &json, QString *error = nullptr,
                                           ParseFailure *failure = nullptr);

    // True when a configuration key must never be stored in a profile: the element marks
    // it secret, or its name looks secret (redaction::isSecretName). `element` may be null.
    static bool isSecretConfigurationKey(const QString &key, const ElementDescription *element);
    // The descriptor the profile is for (ElementCatalog::shared()): by its id, else the only
    // one of its element key; else the description it carries (elementDescription); null
    // when there is none.
    const ElementDescription *descriptor() const;

    // Every key a profile may have in a SecretStore for this element: userSecret,
    // organizationSecret, the element's secret configuration keys, instanceToken.
    static QStringList secretKeys(const ElementDescription &element);

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

// A profile of the flow's inputs (new: empty id). Secret configuration entries are left
// out; lastInstance is set when the flow has created an instance; lastUsed is now.
Profile profileFromFlow(const ProvisioningFlow &flow, const QString &name);

// Puts the profile's inputs into the flow: the environment (a preset, or a custom base
// URL), the element's non-secret configuration entries (entries the profile lacks become
// empty), the instance name and the tags. Secrets are not touched.
// An environment that cannot be restored leaves the flow's environment as it was: the
// sandbox (its port changes every run: the caller picks the running sandbox), or a custom
// URL that Environment::checkBaseUrl() refuses (reported in *problem).
// Returns false, changing nothing, when the profile is for another descriptor (or, for one
// that names none, another element key).
bool applyProfile(const Profile &profile, ProvisioningFlow *flow, QString *problem = nullptr);

// The secrets of the flow by their SecretStore key (empty values left out): userSecret,
// organizationSecret, the element's secret configuration entries, and instanceToken once
// an instance was created.
QMap<QString, QString> secretsFromFlow(const ProvisioningFlow &flow);
// Puts secrets read from a SecretStore back into the flow (keys it does not know ignored).
void applySecrets(const QMap<QString, QString> &secrets, ProvisioningFlow *flow);

}  // namespace ce
