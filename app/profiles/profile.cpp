#include "profile.h"

#include "core/elementcatalog.h"
#include "core/elementdescription.h"
#include "core/environment.h"
#include "core/events.h"
#include "core/jsonfields.h"
#include "core/logging.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>


using namespace Qt::StringLiterals;

namespace ce {

namespace {

QString dateToJson(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// The sentences of a profile file's problems.
QString wording(const json::Error &e)
{
    using json::Problem;
    if (e.key == "schemaVersion"_L1) {
        return e.problem == Problem::Missing && !e.null
            ? Profile::tr("The file has no schemaVersion: it is not a CE Provisioner profile.")
            : Profile::tr("The file's schemaVersion is not a positive whole number.");
    }
    if (e.where == "lastInstance"_L1 && e.key == "id"_L1)
        return Profile::tr("The last instance's id is missing or not a whole number.");
    if (e.where == "configuration"_L1)
        return Profile::tr("The configuration entry \"%1\" is not text.").arg(e.key);
    if (e.key == "tags"_L1 && e.index >= 0)
        return Profile::tr("A tag is not text.");
    switch (e.problem) {
    case Problem::Missing:
        return Profile::tr("The field \"%1\" is missing.").arg(e.key);
    case Problem::Empty:
        return Profile::tr("The field \"%1\" is empty.").arg(e.key);
    default:
        break;
    }
    switch (e.expected) {
    case json::Type::Date:
        return e.problem == Problem::Invalid ? Profile::tr("The field \"%1\" is not a valid date.").arg(e.key)
                                             : Profile::tr("The field \"%1\" is not a date.").arg(e.key);
    case json::Type::Object:
        return Profile::tr("The field \"%1\" is not an object.").arg(e.key);
    case json::Type::Array:
        return Profile::tr("The field \"%1\" is not a list.").arg(e.key);
    default:
        return Profile::tr("The field \"%1\" is not text.").arg(e.key);
    }
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

// The members this version does not know (`unread`): kept as they are, except those whose
// name looks secret, which a profile never holds (their string values are registered, so
// that they are masked should they be logged elsewhere).
QJsonObject keptMembers(const QJsonObject &unread)
{
    QJsonObject unknown;
    for (auto it = unread.constBegin(); it != unread.constEnd(); ++it) {
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
    return a.id == b.id && a.name == b.name && a.descriptorId == b.descriptorId && a.elementKey == b.elementKey
        && a.environment == b.environment && a.customBaseUrl == b.customBaseUrl
        && a.configuration == b.configuration && a.instanceName == b.instanceName
        && a.tags == b.tags && a.lastInstance == b.lastInstance && a.lastUsed == b.lastUsed
        && a.modified == b.modified && a.elementDescription == b.elementDescription && a.unknown == b.unknown;
}

bool Profile::isSecretConfigurationKey(const QString &key, const ElementDescription *element)
{
    // The events signature key's name does not sound secret ("...signature.key"); it is.
    if (redaction::isSecretName(key) || key == events::SignatureKeyKey)
        return true;
    if (element) {
        if (const ConfigurationEntry *e = element->entry(key); e && e->isSecret())
            return true;
        if (const ProviderDataEntry *f = element->providerDataEntry(key); f && f->secret)
            return true;
    }
    return false;
}

const ElementDescription *Profile::descriptor() const
{
    const ElementCatalog &catalog = ElementCatalog::shared();
    if (!descriptorId.isEmpty()) {
        // The catalog's first: a description the user has since exported to their folder.
        if (const ElementDescription *known = catalog.byId(descriptorId))
            return known;
        return elementDescription ? &*elementDescription : nullptr;
    }
    const QList<const ElementDescription *> ofKey = catalog.byKey(elementKey);
    return ofKey.size() == 1 ? ofKey.first() : nullptr;
}

QStringList Profile::secretKeys(const ElementDescription &element)
{
    QStringList keys{QString(UserSecretKey), QString(OrganizationSecretKey)};
    for (const ConfigurationEntry &e : element.configuration) {
        if (e.isSecret())
            keys.append(e.key);
    }
    keys.append(QString(InstanceTokenKey));
    keys.append(QString(events::SignatureKeyKey));
    return keys;
}

QByteArray Profile::toJson() const
{
    const ElementDescription *element = descriptor();
    // What this version does not know first: the members it knows are written over it.
    QJsonObject o = unknown;
    o.insert("schemaVersion"_L1, SchemaVersion);
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    if (!descriptorId.isEmpty())
        o.insert("descriptor"_L1, descriptorId);
    o.insert("element"_L1, elementKey);
    if (elementDescription)
        o.insert("elementDescription"_L1, QJsonDocument::fromJson(elementDescription->toJson()).object());
    o.insert("environment"_L1, Environment::nameOf(environment));
    if (!customBaseUrl.isEmpty())
        o.insert("customBaseUrl"_L1, customBaseUrl.toString(QUrl::FullyEncoded));
    QJsonObject config;
    for (auto it = configuration.cbegin(); it != configuration.cend(); ++it) {
        if (isSecretConfigurationKey(it.key(), element)) {
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
    // The first problem refuses the file; null is "not given".
    json::Errors errors(wording);
    json::Reader r(doc.object(), &errors);
    const auto version = r.integer("schemaVersion"_L1, json::Need::Required, 1);
    if (!version) {
        why = errors.firstMessage();
        return fail();
    }
    if (*version > SchemaVersion) {
        why = tr("The profile was made by a newer CE Provisioner (profile format %1; this version reads format %2).")
                  .arg(*version)
                  .arg(SchemaVersion);
        kind = ParseFailure::NewerVersion;
        return fail();
    }

    Profile p;
    // The id is the file's name (ProfileStore sets it); the copy inside is informative.
    p.id = r.string("id"_L1);
    p.name = r.string("name"_L1, json::Need::NonEmpty);
    p.elementKey = r.string("element"_L1, json::Need::NonEmpty);
    // Written since element descriptors have ids; an earlier file's is found by its key.
    p.descriptorId = r.string("descriptor"_L1);
    // An element the platform described: its description, read as a descriptor file is.
    if (const QJsonValue described = r.value("elementDescription"_L1); described.isObject()) {
        QString problem;
        auto description = ElementDescription::fromJson(QJsonDocument(described.toObject()).toJson(), &problem);
        if (!description) {
            r.reject("elementDescription"_L1, tr("The element description it carries cannot be used: %1").arg(problem));
        } else if (description->id != p.descriptorId || description->key != p.elementKey) {
            r.reject("elementDescription"_L1,
                     tr("The element description it carries is not the one of its element (\"%1\").").arg(p.descriptorId));
        } else {
            description->setOrigin(ElementDescription::Origin::Platform);
            p.elementDescription = std::move(*description);
        }
    } else if (!described.isUndefined() && !described.isNull()) {
        r.reject("elementDescription"_L1, tr("The element description it carries is not a JSON object."));
    }
    const QString environment = r.string("environment"_L1, json::Need::NonEmpty);
    if (const auto environmentKind = Environment::kindNamed(environment))
        p.environment = *environmentKind;
    else
        r.reject("environment"_L1, tr("The environment \"%1\" is unknown.").arg(environment));

    if (const QString url = r.string("customBaseUrl"_L1); !url.isEmpty()) {
        // Kept as it will be written (fully encoded), so that saving and loading again
        // gives the same profile (a '#' inside a fragment, for one, is written as %23).
        const QUrl parsed(url, QUrl::StrictMode);
        if (parsed.isValid() && !parsed.isRelative())
            p.customBaseUrl = QUrl(parsed.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        else
            r.reject("customBaseUrl"_L1, tr("The custom base URL is not a valid absolute URL."));
    }
    if (p.environment == Environment::Kind::Custom && p.customBaseUrl.isEmpty())
        r.reject("customBaseUrl"_L1, tr("The environment is \"custom\" but the custom base URL is missing."));

    const QMap<QString, QString> configuration = r.stringMap("configuration"_L1);
    p.instanceName = r.string("instanceName"_L1);
    p.tags = r.strings("tags"_L1);
    if (auto last = r.object("lastInstance"_L1)) {
        CreatedInstance instance;
        instance.id = last->integer("id"_L1, json::Need::Required).value_or(0);
        instance.elementKey = last->string("element"_L1);
        instance.created = last->date("created"_L1);
        if (errors.isEmpty())
            instance.unknown = keptMembers(last->unread());
        p.lastInstance = instance;
    }
    p.lastUsed = r.date("lastUsed"_L1);
    p.modified = r.date("modified"_L1);
    if (!errors.isEmpty()) {
        why = errors.firstMessage();
        return fail();
    }

    const ElementDescription *element = p.descriptor();
    if (p.descriptorId.isEmpty() && element)
        p.descriptorId = element->id;
    for (auto it = configuration.cbegin(); it != configuration.cend(); ++it) {
        if (isSecretConfigurationKey(it.key(), element)) {
            // Never let a secret in through a profile file: drop it (the value is
            // registered so that it is masked should it be logged elsewhere).
            redaction::registerSecret(it.value());
            qCWarning(lcProfiles) << "Ignoring the secret configuration entry" << it.key()
                                  << "found in a profile file";
            continue;
        }
        p.configuration.insert(it.key(), it.value());
    }
    p.unknown = keptMembers(r.unread());

    if (failure)
        *failure = ParseFailure::None;
    return p;
}

Profile profileFromFlow(const ProvisioningFlow &flow, const QString &name)
{
    const ElementDescription &element = flow.element();
    Profile p;
    p.name = name.trimmed();
    p.descriptorId = element.id;
    p.elementKey = element.key;
    if (element.origin == ElementDescription::Origin::Platform)
        p.elementDescription = element;
    const Environment env = flow.environment();
    p.environment = env.kind();
    if (env.kind() == Environment::Kind::Custom)
        p.customBaseUrl = env.baseUrl();
    // As the platform got them: trimmed, the site address normalised ("acme").
    const InstanceRequest request = flow.request();
    for (const ConfigurationEntry &property : element.configuration) {
        if (Profile::isSecretConfigurationKey(property.key, &element) || property.hidden)
            continue;
        // What the request leaves out (oauthOnly entries, a boolean at its default) as given.
        const QString value = request.configuration.contains(property.key)
            ? request.configuration.value(property.key)
            : property.valueToSend(flow.configuration(property.key));
        if (!value.isEmpty())
            p.configuration.insert(property.key, value);
    }
    // The events settings as their configuration keys (the signature key goes to the keychain).
    const QMap<QString, QString> events = flow.events().toConfiguration();
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        if (it.key() != events::SignatureKeyKey)
            p.configuration.insert(it.key(), it.value());
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
    const bool other = profile.descriptorId.isEmpty() ? profile.elementKey != element.key
                                                      : profile.descriptorId != element.id;
    if (other) {
        if (problem) {
            const QString wanted = profile.descriptorId.isEmpty() ? profile.elementKey : profile.descriptorId;
            *problem = Profile::tr("The profile is for the element \"%1\", not %2.").arg(wanted, element.title());
        }
        return false;
    }

    switch (profile.environment) {
    case Environment::Kind::Custom:
        if (const QString why = Environment::checkBaseUrl(profile.customBaseUrl); why.isEmpty())
            flow->setEnvironment(Environment::custom(profile.customBaseUrl));
        else if (problem)
            *problem = Profile::tr("The profile's custom base URL cannot be used: %1").arg(why);
        break;
    case Environment::Kind::Sandbox:
        break;  // left to the caller: its URL changes with every run
    default:
        flow->setEnvironment(Environment::preset(profile.environment));
        break;
    }

    for (const ConfigurationEntry &property : element.configuration) {
        if (Profile::isSecretConfigurationKey(property.key, &element) || property.hidden)
            continue;
        flow->setConfiguration(property.key, profile.configuration.value(property.key));
    }
    flow->setName(profile.instanceName);
    flow->setTags(profile.tags);
    // The events settings (none in the profile: the platform's default); the signature key
    // follows with the secrets.
    QMap<QString, QString> events;
    for (auto it = profile.configuration.cbegin(); it != profile.configuration.cend(); ++it) {
        if (events::isEventsKey(it.key()))
            events.insert(it.key(), it.value());
    }
    flow->setEvents(EventSettings::fromConfiguration(events));
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
    for (const ConfigurationEntry &property : flow.element().configuration) {
        if (property.isSecret())
            add(property.key, flow.configuration(property.key));
    }
    if (flow.stage() == ProvisioningFlow::Stage::Created)
        add(QString(Profile::InstanceTokenKey), flow.instance().token);
    add(QString(events::SignatureKeyKey), flow.events().signatureKey.trimmed());
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
    for (const ConfigurationEntry &property : flow->element().configuration) {
        if (property.isSecret() && secrets.contains(property.key))
            flow->setConfiguration(property.key, secrets.value(property.key));
    }
    if (secrets.contains(events::SignatureKeyKey)) {
        EventSettings events = flow->events();
        events.signatureKey = secrets.value(events::SignatureKeyKey);
        flow->setEvents(events);
    }
}

}  // namespace ce
