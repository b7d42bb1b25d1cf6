#include "elementdescription.h"

#include "callbackmatcher.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

bool readString(const QJsonObject &o, const QString &name, QString *out, bool required,
                const QString &where, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required && error)
            *error = ElementDescription::tr("%1: \"%2\" is missing.").arg(where, name);
        return !required;
    }
    if (!v.isString()) {
        if (error)
            *error = ElementDescription::tr("%1: \"%2\" must be a string.").arg(where, name);
        return false;
    }
    *out = v.toString();
    if (required && out->isEmpty()) {
        if (error)
            *error = ElementDescription::tr("%1: \"%2\" is empty.").arg(where, name);
        return false;
    }
    return true;
}

bool readBool(const QJsonObject &o, const QString &name, bool *out, const QString &where,
              QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return true;
    if (!v.isBool()) {
        if (error)
            *error = ElementDescription::tr("%1: \"%2\" must be true or false.").arg(where, name);
        return false;
    }
    *out = v.toBool();
    return true;
}

}  // namespace

std::optional<ElementDescription> ElementDescription::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = ElementDescription::tr("The element description is not valid JSON: %1 (at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = ElementDescription::tr("The element description must be a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int schema = root.value("schemaVersion"_L1).toInt(0);
    if (schema != SchemaVersion) {
        if (error)
            *error = ElementDescription::tr("The element description has schema version %1; this app reads version %2.")
                         .arg(schema)
                         .arg(SchemaVersion);
        return std::nullopt;
    }

    ElementDescription d;
    const QString top = u"element"_s;
    if (!readString(root, u"key"_s, &d.key, true, top, error)
        || !readString(root, u"name"_s, &d.name, true, top, error)
        || !readString(root, u"authType"_s, &d.authType, true, top, error)
        || !readString(root, u"description"_s, &d.description, false, top, error)
        || !readString(root, u"image"_s, &d.image, false, top, error))
        return std::nullopt;
    d.id = root.value("id"_L1).toInt(0);

    const QJsonObject oauth = root.value("oauth"_L1).toObject();
    if (!readString(oauth, u"callbackState"_s, &d.callbackState, false, u"oauth"_s, error)
        || !readString(oauth, u"authorizationUrl"_s, &d.authorizationUrl, false, u"oauth"_s, error))
        return std::nullopt;
    const QJsonValue callbackSecrets = oauth.value("callbackSecrets"_L1);
    if (callbackSecrets.isUndefined() || callbackSecrets.isNull()) {
        d.callbackSecretParameters = DefaultCallbackSecretParameters;
    } else {
        const QJsonArray names = callbackSecrets.toArray();
        for (const QJsonValue &name : names) {
            if (name.isString() && !name.toString().isEmpty())
                d.callbackSecretParameters.append(name.toString());
        }
        if (!callbackSecrets.isArray() || d.callbackSecretParameters.size() != names.size() || names.isEmpty()) {
            if (error)
                *error = ElementDescription::tr("oauth: \"callbackSecrets\" must be a list of parameter names.");
            return std::nullopt;
        }
    }

    const QJsonValue config = root.value("configuration"_L1);
    if (!config.isArray()) {
        if (error)
            *error = ElementDescription::tr("The element description needs a \"configuration\" array.");
        return std::nullopt;
    }
    const QJsonArray configArray = config.toArray();
    for (qsizetype i = 0; i < configArray.size(); ++i) {
        const QJsonObject p = configArray.at(i).toObject();
        const QString where = u"configuration[%1]"_s.arg(i);
        ConfigProperty prop;
        QString format;
        if (!readString(p, u"key"_s, &prop.key, true, where, error)
            || !readString(p, u"label"_s, &prop.label, true, where, error)
            || !readString(p, u"description"_s, &prop.description, false, where, error)
            || !readString(p, u"oauthParameter"_s, &prop.oauthParameter, false, where, error)
            || !readString(p, u"placeholder"_s, &prop.placeholder, false, where, error)
            || !readString(p, u"responseKey"_s, &prop.responseKey, false, where, error)
            || !readString(p, u"domain"_s, &prop.domain, false, where, error)
            || !readString(p, u"format"_s, &format, false, where, error)
            || !readBool(p, u"required"_s, &prop.required, where, error)
            || !readBool(p, u"secret"_s, &prop.secret, where, error))
            return std::nullopt;
        if (format.isEmpty() || format == "text"_L1) {
            prop.format = ConfigProperty::Format::Text;
        } else if (format == "subdomain"_L1) {
            prop.format = ConfigProperty::Format::Subdomain;
            if (prop.domain.isEmpty()) {
                if (error)
                    *error = ElementDescription::tr("%1: a subdomain property needs a \"domain\".").arg(where);
                return std::nullopt;
            }
        } else if (format == "url"_L1) {
            prop.format = ConfigProperty::Format::Url;
        } else {
            if (error)
                *error = ElementDescription::tr("%1: unknown format \"%2\".").arg(where, format);
            return std::nullopt;
        }
        if (prop.responseKey.isEmpty())
            prop.responseKey = prop.key;
        // Shown to people: in their language when the catalogue has it (app/CMakeLists.txt
        // hands these strings to lupdate).
        prop.label = tr(prop.label.toUtf8().constData());
        if (!prop.description.isEmpty())
            prop.description = tr(prop.description.toUtf8().constData());
        if (d.property(prop.key)) {
            if (error)
                *error = ElementDescription::tr("%1: the key \"%2\" appears twice.").arg(where, prop.key);
            return std::nullopt;
        }
        d.configuration.append(prop);
    }

    const QJsonValue providerValue = root.value("providerData"_L1);
    if (!providerValue.isUndefined() && !providerValue.isNull() && !providerValue.isArray()) {
        if (error)
            *error = ElementDescription::tr("The element description's \"providerData\" must be an array.");
        return std::nullopt;
    }
    const QJsonArray provider = providerValue.toArray();
    for (qsizetype i = 0; i < provider.size(); ++i) {
        const QJsonObject p = provider.at(i).toObject();
        const QString where = u"providerData[%1]"_s.arg(i);
        ProviderField field;
        QString source;
        if (!readString(p, u"key"_s, &field.key, true, where, error)
            || !readString(p, u"source"_s, &source, true, where, error)
            || !readString(p, u"placeholder"_s, &field.placeholder, false, where, error)
            || !readBool(p, u"required"_s, &field.required, where, error)
            || !readBool(p, u"secret"_s, &field.secret, where, error))
            return std::nullopt;
        if (source == "callback"_L1) {
            field.source = ProviderField::Source::Callback;
        } else if (source == "requestToken"_L1) {
            field.source = ProviderField::Source::RequestToken;
        } else {
            if (error)
                *error = ElementDescription::tr("%1: unknown source \"%2\".").arg(where, source);
            return std::nullopt;
        }
        if (d.providerField(field.key)) {
            if (error)
                *error = ElementDescription::tr("%1: the key \"%2\" appears twice.").arg(where, field.key);
            return std::nullopt;
        }
        d.providerData.append(field);
    }

    d.instanceDefaults = root.value("instanceDefaults"_L1).toObject();
    return d;
}

std::optional<ElementDescription> ElementDescription::builtin(const QString &key)
{
    static const QRegularExpression validKey(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!validKey.match(key).hasMatch())
        return std::nullopt;
    QFile file(u":/elements/%1.json"_s.arg(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromJson(file.readAll());
}

QStringList ElementDescription::builtinKeys()
{
    QStringList keys;
    const QStringList files = QDir(u":/elements"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        keys.append(f.chopped(5));
    return keys;
}

const ElementDescription &ElementDescription::freshbooks()
{
    static const ElementDescription description = [] {
        auto d = builtin(u"freshbooks"_s);
        if (!d)
            qFatal("The built-in FreshBooks element description is missing or broken.");
        return *d;
    }();
    return description;
}

const ConfigProperty *ElementDescription::property(const QString &propertyKey) const
{
    for (const ConfigProperty &p : configuration) {
        if (p.key == propertyKey)
            return &p;
    }
    return nullptr;
}

const ConfigProperty *ElementDescription::propertyForOAuthParameter(const QString &parameter) const
{
    for (const ConfigProperty &p : configuration) {
        if (!p.oauthParameter.isEmpty() && p.oauthParameter == parameter)
            return &p;
    }
    return nullptr;
}

bool ElementDescription::isSecretConfigurationKey(const QString &configurationKey) const
{
    for (const ConfigProperty &p : configuration) {
        if (p.secret && (p.key == configurationKey || p.responseKey == configurationKey))
            return true;
    }
    return redaction::isSecretName(configurationKey);
}

const ProviderField *ElementDescription::providerField(const QString &fieldKey) const
{
    for (const ProviderField &f : providerData) {
        if (f.key == fieldKey)
            return &f;
    }
    return nullptr;
}

QStringList ElementDescription::configurationKeys() const
{
    QStringList keys;
    for (const ConfigProperty &p : configuration)
        keys.append(p.key);
    return keys;
}

QStringList ElementDescription::providerDataKeys() const
{
    QStringList keys;
    for (const ProviderField &f : providerData)
        keys.append(f.key);
    return keys;
}

namespace {

// One layer of normaliseSubdomain(): scheme, path/query/fragment, port, trailing dots, domain.
QString stripSubdomainOnce(const QString &input, const QString &domain)
{
    QString s = input.trimmed().toLower();
    if (s.startsWith("https://"_L1))
        s.remove(0, 8);
    else if (s.startsWith("http://"_L1))
        s.remove(0, 7);
    // Drop a path, query or fragment, then a port.
    const qsizetype end = s.indexOf(QRegularExpression(u"[/?#]"_s));
    if (end >= 0)
        s.truncate(end);
    const qsizetype colon = s.indexOf(u':');
    if (colon >= 0)
        s.truncate(colon);
    while (s.endsWith(u'.'))
        s.chop(1);
    const QString suffix = u"."_s + domain.toLower();
    if (!domain.isEmpty() && s.endsWith(suffix))
        s.chop(suffix.size());
    return s;
}

}  // namespace

QString normaliseSubdomain(const QString &input, const QString &domain)
{
    // Until nothing changes ("acme.freshbooks.com.freshbooks.com", "acme .freshbooks.com"):
    // the result is itself normalised, so validation, which normalises before checking,
    // checks exactly the value that InstanceRequest::normalise() sends. Each pass after the
    // first only removes characters, so this ends.
    QString s = input;
    QString previous;
    do {
        previous = s;
        s = stripSubdomainOnce(previous, domain);
    } while (s != previous);
    return s;
}

QString checkSubdomain(const QString &value, const QString &domain)
{
    if (value.isEmpty())
        return ElementDescription::tr("It is empty.");
    if (value.contains(u'.')) {
        return QCoreApplication::translate("ce::ElementDescription",
                                           "Use the name before .%1, e.g. \"acme\" for acme.%1.")
            .arg(domain);
    }
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    if (!label.match(value).hasMatch()) {
        return QCoreApplication::translate(
            "ce::ElementDescription",
            "Use only letters, digits and hyphens (at most 63), not starting or ending with a hyphen.");
    }
    return {};
}

QString checkHttpUrl(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return ElementDescription::tr("It is empty.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return ElementDescription::tr("It is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return QCoreApplication::translate("ce::ElementDescription",
                                           "It must start with https:// or http://.");
    if (url.host().isEmpty())
        return ElementDescription::tr("It has no host name.");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ce::ElementDescription",
                                           "It must not contain a user name or password.");
    if (url.hasFragment())
        return ElementDescription::tr("It must not contain a #fragment.");
    return {};
}

}  // namespace ce
