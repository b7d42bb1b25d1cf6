#include "profile.h"

#include "core/elementdescription.h"
#include "core/environment.h"
#include "core/logging.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

constexpr double MaxExactInteger = 9007199254740992.0;  // 2^53

const QStringList &environmentNames()
{
    static const QStringList names = {u"us"_s, u"eu"_s, u"staging"_s, u"snapshot"_s, u"custom"_s, u"sandbox"_s};
    return names;
}

QString dateToJson(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// Reads an optional ISO 8601 date: absent or null gives an invalid QDateTime.
bool dateFromJson(const QJsonObject &o, QLatin1StringView key, QDateTime *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = QDateTime();
        return true;
    }
    if (!v.isString()) {
        *error = Profile::tr("The field \"%1\" is not a date.").arg(key);
        return false;
    }
    const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    // Also refused: a date that cannot be written back once in UTC ("9999-12-31T23:00:00-05:00"
    // is in the year 10000), or the profile would be unreadable after its next save.
    if (!dt.isValid() || QDateTime::fromString(dateToJson(dt), Qt::ISODateWithMs) != dt) {
        *error = Profile::tr("The field \"%1\" is not a valid date.").arg(key);
        return false;
    }
    *out = dt.toUTC();
    return true;
}

bool optionalString(const QJsonObject &o, QLatin1StringView key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = Profile::tr("The field \"%1\" is not text.").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool requiredString(const QJsonObject &o, QLatin1StringView key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *error = Profile::tr("The field \"%1\" is missing.").arg(key);
        return false;
    }
    if (!v.isString()) {
        *error = Profile::tr("The field \"%1\" is not text.").arg(key);
        return false;
    }
    *out = v.toString();
    if (out->trimmed().isEmpty()) {
        *error = Profile::tr("The field \"%1\" is empty.").arg(key);
        return false;
    }
    return true;
}

bool isExactInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= MaxExactInteger;
}

QDateTime parseCreatedDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        bool ok = false;
        const qint64 ms = text.toLongLong(&ok);
        if (ok && ms > 0)
            dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

// The members of `o` not in `known`: kept as they are, except those whose name looks
// secret, which a profile never holds (their string values are registered, so that they
// are masked should they be logged elsewhere).
QJsonObject unknownMembers(const QJsonObject &o, std::initializer_list<QLatin1StringView> known)
{
    QJsonObject unknown;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end())
            continue;
        if (redaction::isSecretName(it.key())) {
            if (it.value().isString())
                redaction::registerSecret(it.value().toString());
            qCWarning(lcProfiles) << "Ignoring the secret-looking field" << it.key() << "found in a profile file";
            continue;
        }
        unknown.insert(it.key(), it.value());
    }
    return unknown;
}

}  // namespace

bool operator==(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.name == b.name && a.elementKey == b.elementKey
        && a.environment == b.environment && a.customBaseUrl == b.customBaseUrl
        && a.configuration == b.configuration && a.instanceName == b.instanceName
        && a.tags == b.tags && a.lastInstance == b.lastInstance && a.lastUsed == b.lastUsed
        && a.modified == b.modified && a.unknown == b.unknown;
}

bool Profile::isSecretConfigurationKey(const QString &key, const ElementDescription *element)
{
    if (redaction::isSecretName(key))
        return true;
    if (element) {
        if (const ConfigProperty *p = element->property(key); p && p->secret)
            return true;
        if (const ProviderField *f = element->providerField(key); f && f->secret)
            return true;
    }
    return false;
}

QStringList Profile::secretKeys(const ElementDescription &element)
{
    QStringList keys{QString(UserSecretKey), QString(OrganizationSecretKey)};
    for (const ConfigProperty &p : element.configuration) {
        if (p.secret)
            keys.append(p.key);
    }
    keys.append(QString(InstanceTokenKey));
    return keys;
}

QByteArray Profile::toJson() const
{
    const std::optional<ElementDescription> element = ElementDescription::builtin(elementKey);
    // What this version does not know first: the members it knows are written over it.
    QJsonObject o = unknown;
    o.insert("schemaVersion"_L1, SchemaVersion);
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    o.insert("element"_L1, elementKey);
    o.insert("environment"_L1, environment);
    if (!customBaseUrl.isEmpty())
        o.insert("customBaseUrl"_L1, customBaseUrl.toString(QUrl::FullyEncoded));
    QJsonObject config;
    for (auto it = configuration.cbegin(); it != configuration.cend(); ++it) {
        if (isSecretConfigurationKey(it.key(), element ? &*element : nullptr)) {
            qCWarning(lcProfiles) << "Not writing the secret configuration entry" << it.key()
                                  << "to a profile file";
            continue;
        }
        config.insert(it.key(), it.value());
    }
    o.insert("configuration"_L1, config);
    o.insert("instanceName"_L1, instanceName);
    o.insert("tags"_L1, QJsonArray::fromStringList(tags));
    if (lastInstance) {
        QJsonObject instance = lastInstance->unknown;
        instance.insert("id"_L1, double(lastInstance->id));
        instance.insert("element"_L1, lastInstance->elementKey);
        if (lastInstance->created.isValid())
            instance.insert("created"_L1, dateToJson(lastInstance->created));
        o.insert("lastInstance"_L1, instance);
    }
    if (lastUsed.isValid())
        o.insert("lastUsed"_L1, dateToJson(lastUsed));
    if (modified.isValid())
        o.insert("modified"_L1, dateToJson(modified));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Profile> Profile::fromJson(const QByteArray &json, QString *error, ParseFailure *failure)
{
    QString why;
    ParseFailure kind = ParseFailure::Invalid;
    const auto fail = [&]() -> std::optional<Profile> {
        if (error)
            *error = why;
        if (failure)
            *failure = kind;
        return std::nullopt;
    };
    if (failure)
        *failure = ParseFailure::None;

    if (json.trimmed().isEmpty()) {
        why = tr("The file is empty.");
        return fail();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = tr("The file is not valid JSON (%1 at byte %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return fail();
    }
    if (!doc.isObject()) {
        why = tr("The file does not hold a profile (it is not a JSON object).");
        return fail();
    }
    const QJsonObject o = doc.object();

    const QJsonValue version = o.value("schemaVersion"_L1);
    if (version.isUndefined()) {
        why = tr("The file has no schemaVersion: it is not a CE Provisioner profile.");
        return fail();
    }
    if (!isExactInteger(version) || version.toDouble() < 1) {
        why = tr("The file's schemaVersion is not a positive whole number.");
        return fail();
    }
    if (version.toDouble() > SchemaVersion) {
        why = tr("The profile was made by a newer CE Provisioner (profile format %1; this version reads format %2).")
                  .arg(qint64(version.toDouble()))
                  .arg(SchemaVersion);
        kind = ParseFailure::NewerVersion;
        return fail();
    }

    Profile p;
    // The id is the file's name (ProfileStore sets it); the copy inside is informative.
    if (!optionalString(o, "id"_L1, &p.id, &why) || !requiredString(o, "name"_L1, &p.name, &why)
        || !requiredString(o, "element"_L1, &p.elementKey, &why)
        || !requiredString(o, "environment"_L1, &p.environment, &why))
        return fail();
    if (!environmentNames().contains(p.environment)) {
        why = tr("The environment \"%1\" is unknown.").arg(p.environment);
        return fail();
    }

    QString url;
    if (!optionalString(o, "customBaseUrl"_L1, &url, &why))
        return fail();
    if (!url.isEmpty()) {
        p.customBaseUrl = QUrl(url, QUrl::StrictMode);
        if (!p.customBaseUrl.isValid() || p.customBaseUrl.isRelative()) {
            why = tr("The custom base URL is not a valid absolute URL.");
            return fail();
        }
        // Kept as it will be written (fully encoded), so that saving and loading again
        // gives the same profile (a '#' inside a fragment, for one, is written as %23).
        p.customBaseUrl = QUrl(p.customBaseUrl.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    if (p.environment == "custom"_L1 && p.customBaseUrl.isEmpty()) {
        why = tr("The environment is \"custom\" but the custom base URL is missing.");
        return fail();
    }

    const std::optional<ElementDescription> element = ElementDescription::builtin(p.elementKey);
    const QJsonValue config = o.value("configuration"_L1);
    if (!config.isUndefined() && !config.isNull()) {
        if (!config.isObject()) {
            why = tr("The field \"configuration\" is not an object.");
            return fail();
        }
        const QJsonObject c = config.toObject();
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            if (!it.value().isString()) {
                why = tr("The configuration entry \"%1\" is not text.").arg(it.key());
                return fail();
            }
            if (isSecretConfigurationKey(it.key(), element ? &*element : nullptr)) {
                // Never let a secret in through a profile file: drop it (the value is
                // registered so that it is masked should it be logged elsewhere).
                redaction::registerSecret(it.value().toString());
                qCWarning(lcProfiles) << "Ignoring the secret configuration entry" << it.key()
                                      << "found in a profile file";
                continue;
            }
            p.configuration.insert(it.key(), it.value().toString());
        }
    }

    if (!optionalString(o, "instanceName"_L1, &p.instanceName, &why))
        return fail();

    const QJsonValue tags = o.value("tags"_L1);
    if (!tags.isUndefined() && !tags.isNull()) {
        if (!tags.isArray()) {
            why = tr("The field \"tags\" is not a list.");
            return fail();
        }
        for (const QJsonValue &t : tags.toArray()) {
            if (!t.isString()) {
                why = tr("A tag is not text.");
                return fail();
            }
            p.tags.append(t.toString());
        }
    }

    const QJsonValue last = o.value("lastInstance"_L1);
    if (!last.isUndefined() && !last.isNull()) {
        if (!last.isObject()) {
            why = tr("The field \"lastInstance\" is not an object.");
            return fail();
        }
        const QJsonObject li = last.toObject();
        CreatedInstance instance;
        if (!isExactInteger(li.value("id"_L1))) {
            why = tr("The last instance's id is missing or not a whole number.");
            return fail();
        }
        instance.id = qint64(li.value("id"_L1).toDouble());
        if (!optionalString(li, "element"_L1, &instance.elementKey, &why)
            || !dateFromJson(li, "created"_L1, &instance.created, &why))
            return fail();
        instance.unknown = unknownMembers(li, {"id"_L1, "element"_L1, "created"_L1});
        p.lastInstance = instance;
    }

    if (!dateFromJson(o, "lastUsed"_L1, &p.lastUsed, &why) || !dateFromJson(o, "modified"_L1, &p.modified, &why))
        return fail();

    p.unknown = unknownMembers(o, {"schemaVersion"_L1, "id"_L1, "name"_L1, "element"_L1, "environment"_L1,
                                   "customBaseUrl"_L1, "configuration"_L1, "instanceName"_L1, "tags"_L1,
                                   "lastInstance"_L1, "lastUsed"_L1, "modified"_L1});

    if (failure)
        *failure = ParseFailure::None;
    return p;
}

Profile profileFromFlow(const ProvisioningFlow &flow, const QString &name)
{
    const ElementDescription &element = flow.element();
    Profile p;
    p.name = name.trimmed();
    p.elementKey = element.key;
    const Environment env = flow.environment();
    p.environment = env.name();
    if (env.kind() == Environment::Kind::Custom)
        p.customBaseUrl = env.baseUrl();
    // As the platform got them: trimmed, the site address normalised ("acme").
    const InstanceRequest request = flow.request();
    for (const ConfigProperty &property : element.configuration) {
        if (Profile::isSecretConfigurationKey(property.key, &element))
            continue;
        const QString value = request.configuration.value(property.key);
        if (!value.isEmpty())
            p.configuration.insert(property.key, value);
    }
    p.instanceName = request.name;
    p.tags = request.tags;
    if (flow.stage() == ProvisioningFlow::Stage::Created) {
        const Instance instance = flow.instance();
        CreatedInstance created;
        created.id = instance.id;
        created.elementKey = instance.elementKey.isEmpty() ? element.key : instance.elementKey;
        created.created = parseCreatedDate(instance.createdDate);
        if (!created.created.isValid())
            created.created = QDateTime::currentDateTimeUtc();
        p.lastInstance = created;
    }
    p.lastUsed = QDateTime::currentDateTimeUtc();
    return p;
}

bool applyProfile(const Profile &profile, ProvisioningFlow *flow, QString *problem)
{
    if (problem)
        problem->clear();
    const ElementDescription &element = flow->element();
    if (profile.elementKey != element.key) {
        if (problem)
            *problem = Profile::tr("The profile is for the element \"%1\", not %2.").arg(profile.elementKey, element.name);
        return false;
    }

    if (profile.environment == "custom"_L1) {
        const QString why = Environment::checkBaseUrl(profile.customBaseUrl);
        if (why.isEmpty())
            flow->setEnvironment(Environment::custom(profile.customBaseUrl));
        else if (problem)
            *problem = Profile::tr("The profile's custom base URL cannot be used: %1").arg(why);
    } else if (profile.environment != "sandbox"_L1) {
        // "sandbox" is left to the caller: its URL changes with every run.
        QString why;
        if (const std::optional<Environment> env = Environment::parse(profile.environment, &why);
            env && env->kind() != Environment::Kind::Custom)
            flow->setEnvironment(*env);
        else if (problem)
            *problem = Profile::tr("The profile's environment \"%1\" is unknown.").arg(profile.environment);
    }

    for (const ConfigProperty &property : element.configuration) {
        if (Profile::isSecretConfigurationKey(property.key, &element))
            continue;
        flow->setConfiguration(property.key, profile.configuration.value(property.key));
    }
    flow->setName(profile.instanceName);
    flow->setTags(profile.tags);
    return true;
}

QMap<QString, QString> secretsFromFlow(const ProvisioningFlow &flow)
{
    QMap<QString, QString> secrets;
    const auto add = [&secrets](const QString &key, const QString &value) {
        if (!value.isEmpty())
            secrets.insert(key, value);
    };
    const Credentials credentials = flow.credentials();
    add(QString(Profile::UserSecretKey), credentials.userSecret);
    add(QString(Profile::OrganizationSecretKey), credentials.organizationSecret);
    for (const ConfigProperty &property : flow.element().configuration) {
        if (property.secret)
            add(property.key, flow.configuration(property.key));
    }
    if (flow.stage() == ProvisioningFlow::Stage::Created)
        add(QString(Profile::InstanceTokenKey), flow.instance().token);
    return secrets;
}

void applySecrets(const QMap<QString, QString> &secrets, ProvisioningFlow *flow)
{
    Credentials credentials = flow->credentials();
    if (secrets.contains(Profile::UserSecretKey))
        credentials.userSecret = secrets.value(Profile::UserSecretKey);
    if (secrets.contains(Profile::OrganizationSecretKey))
        credentials.organizationSecret = secrets.value(Profile::OrganizationSecretKey);
    flow->setCredentials(credentials);
    for (const ConfigProperty &property : flow->element().configuration) {
        if (property.secret && secrets.contains(property.key))
            flow->setConfiguration(property.key, secrets.value(property.key));
    }
}

}  // namespace ce
