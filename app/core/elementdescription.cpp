#include "elementdescription.h"

#include "callbackmatcher.h"
#include "jsonfields.h"
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

// The sentences of a description's problems: "configuration[2]: "label" is missing."
QString wording(const json::Error &e)
{
    using json::Problem;
    const QString where = e.where.isEmpty() ? u"element"_s : e.where;
    if (e.where.isEmpty() && e.key == "configuration"_L1)
        return ElementDescription::tr("The element description needs a \"configuration\" array.");
    if (e.where.isEmpty() && e.key == "providerData"_L1)
        return ElementDescription::tr("The element description's \"providerData\" must be an array.");
    if (e.key == "callbackSecrets"_L1)
        return ElementDescription::tr("oauth: \"callbackSecrets\" must be a list of parameter names.");
    switch (e.problem) {
    case Problem::Missing:
        return ElementDescription::tr("%1: \"%2\" is missing.").arg(where, e.key);
    case Problem::Empty:
        return ElementDescription::tr("%1: \"%2\" is empty.").arg(where, e.key);
    default:
        break;
    }
    if (e.expected == json::Type::Boolean)
        return ElementDescription::tr("%1: \"%2\" must be true or false.").arg(where, e.key);
    return ElementDescription::tr("%1: \"%2\" must be a string.").arg(where, e.key);
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

    // Version 1 is read as it always was: the first problem ends the reading, null counts as
    // absent, and "id", "oauth", the entries and "instanceDefaults" are taken leniently.
    json::Errors errors(wording);
    json::Reader top(root, &errors);
    ElementDescription d;
    d.key = top.string("key"_L1, json::Need::NonEmpty);
    d.name = top.string("name"_L1, json::Need::NonEmpty);
    d.authType = top.string("authType"_L1, json::Need::NonEmpty);
    d.description = top.string("description"_L1);
    d.image = top.string("image"_L1);
    d.id = top.value("id"_L1).toInt(0);

    json::Reader oauth(top.value("oauth"_L1).toObject(), &errors, {}, u"oauth"_s);
    d.callbackState = oauth.string("callbackState"_L1);
    d.authorizationUrl = oauth.string("authorizationUrl"_L1);
    if (const QJsonValue names = oauth.value("callbackSecrets"_L1); names.isUndefined() || names.isNull()) {
        d.callbackSecretParameters = DefaultCallbackSecretParameters;
    } else {
        d.callbackSecretParameters = oauth.strings("callbackSecrets"_L1);
        if (d.callbackSecretParameters.isEmpty() || d.callbackSecretParameters.contains(QString()))
            oauth.invalid("callbackSecrets"_L1);
    }

    const QJsonArray configArray = top.array("configuration"_L1, json::Need::Required);
    for (qsizetype i = 0; i < configArray.size() && errors.isEmpty(); ++i) {
        const QString where = u"configuration[%1]"_s.arg(i);
        json::Reader p(configArray.at(i).toObject(), &errors, {}, where);
        ConfigProperty prop;
        prop.key = p.string("key"_L1, json::Need::NonEmpty);
        prop.label = p.string("label"_L1, json::Need::NonEmpty);
        prop.description = p.string("description"_L1);
        prop.oauthParameter = p.string("oauthParameter"_L1);
        prop.placeholder = p.string("placeholder"_L1);
        prop.responseKey = p.string("responseKey"_L1);
        prop.domain = p.string("domain"_L1);
        const QString format = p.string("format"_L1);
        prop.required = p.boolean("required"_L1);
        prop.secret = p.boolean("secret"_L1);
        if (format.isEmpty() || format == "text"_L1) {
            prop.format = ConfigProperty::Format::Text;
        } else if (format == "subdomain"_L1) {
            prop.format = ConfigProperty::Format::Subdomain;
            if (prop.domain.isEmpty())
                p.reject("domain"_L1, ElementDescription::tr("%1: a subdomain property needs a \"domain\".").arg(where));
        } else if (format == "url"_L1) {
            prop.format = ConfigProperty::Format::Url;
        } else {
            p.reject("format"_L1, ElementDescription::tr("%1: unknown format \"%2\".").arg(where, format));
        }
        if (prop.responseKey.isEmpty())
            prop.responseKey = prop.key;
        // Shown to people: in their language when the catalogue has it (translations/
        // hands these strings to lupdate).
        prop.label = tr(prop.label.toUtf8().constData());
        if (!prop.description.isEmpty())
            prop.description = tr(prop.description.toUtf8().constData());
        if (d.property(prop.key))
            p.reject("key"_L1, ElementDescription::tr("%1: the key \"%2\" appears twice.").arg(where, prop.key));
        d.configuration.append(prop);
    }

    const QJsonArray provider = top.array("providerData"_L1);
    for (qsizetype i = 0; i < provider.size() && errors.isEmpty(); ++i) {
        const QString where = u"providerData[%1]"_s.arg(i);
        json::Reader p(provider.at(i).toObject(), &errors, {}, where);
        ProviderField field;
        field.key = p.string("key"_L1, json::Need::NonEmpty);
        const QString source = p.string("source"_L1, json::Need::NonEmpty);
        field.placeholder = p.string("placeholder"_L1);
        field.required = p.boolean("required"_L1);
        field.secret = p.boolean("secret"_L1);
        if (source == "callback"_L1)
            field.source = ProviderField::Source::Callback;
        else if (source == "requestToken"_L1)
            field.source = ProviderField::Source::RequestToken;
        else
            p.reject("source"_L1, ElementDescription::tr("%1: unknown source \"%2\".").arg(where, source));
        if (d.providerField(field.key))
            p.reject("key"_L1, ElementDescription::tr("%1: the key \"%2\" appears twice.").arg(where, field.key));
        d.providerData.append(field);
    }

    d.instanceDefaults = top.value("instanceDefaults"_L1).toObject();
    if (!errors.isEmpty()) {
        if (error)
            *error = errors.firstMessage();
        return std::nullopt;
    }
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
