// ElementDescription::toJson(): a descriptor written back in its format, to share.
#include "elementdescription.h"

#include "elementdescription_p.h"
#include "jsonfields.h"
#include "oauthparameters.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ce {

using namespace descriptor;

// ---------------------------------------------------------------------------------------
// Writing a descriptor

namespace {

// A JSON value on one line: "text", 12, true, null.
QByteArray scalar(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);  // without [ and ]
}

QByteArray scalar(const QString &text)
{
    return json::quoted(text);
}

// An object whose members keep the order given, written at nesting `depth` (members one
// level deeper), two spaces a level, as the shipped descriptors are.
using Members = QList<std::pair<QString, QByteArray>>;

QByteArray object(const Members &members, int depth)
{
    if (members.isEmpty())
        return "{}";
    const QByteArray pad(2 * (depth + 1), ' ');
    QByteArrayList lines;
    for (const auto &[key, value] : members)
        lines.append(pad + json::quoted(key) + ": " + value);
    return "{\n" + lines.join(",\n") + '\n' + QByteArray(2 * depth, ' ') + '}';
}

QByteArray array(const QByteArrayList &items, int depth)
{
    if (items.isEmpty())
        return "[]";
    const QByteArray pad(2 * (depth + 1), ' ');
    QByteArrayList lines;
    for (const QByteArray &item : items)
        lines.append(pad + item);
    return "[\n" + lines.join(",\n") + '\n' + QByteArray(2 * depth, ' ') + ']';
}

QByteArray strings(const QStringList &list, int depth)
{
    QByteArrayList items;
    for (const QString &s : list)
        items.append(scalar(s));
    return array(items, depth);
}

QByteArray entryJson(const ConfigurationEntry &e, int depth)
{
    using Type = ConfigurationEntry::Type;
    Members m;
    m.append({u"key"_s, scalar(e.key)});
    m.append({u"label"_s, scalar(e.label)});
    m.append({u"description"_s, scalar(e.description)});
    if (e.type != Type::Text)
        m.append({u"type"_s, scalar(ConfigurationEntry::typeName(e.type))});
    if (e.type == Type::Choice) {
        QByteArrayList options;
        for (const ChoiceOption &o : e.options)
            options.append(object({{u"value"_s, scalar(o.value)}, {u"label"_s, scalar(o.label)}}, depth + 2));
        m.append({u"options"_s, array(options, depth + 1)});
    }
    if (e.required)
        m.append({u"required"_s, "true"});
    if (e.hidden)
        m.append({u"hidden"_s, "true"});
    if (e.hasDefault())
        m.append({u"default"_s, scalar(e.defaultValue)});
    if (e.order != 0)
        m.append({u"order"_s, QByteArray::number(e.order)});
    if (!e.oauthParameter.isEmpty())
        m.append({u"oauthParameter"_s, scalar(e.oauthParameter)});
    if (e.oauthOnly)
        m.append({u"oauthOnly"_s, "true"});
    if (e.format != ConfigurationEntry::Format::Text)
        m.append({u"format"_s, scalar(ConfigurationEntry::formatName(e.format))});
    if (!e.domain.isEmpty())
        m.append({u"domain"_s, scalar(e.domain)});
    if (!e.placeholder.isEmpty() && !(e.isSecret() && e.placeholder == SecretPlaceholder))
        m.append({u"placeholder"_s, scalar(e.placeholder)});
    if (e.responseKey != e.key)
        m.append({u"responseKey"_s, scalar(e.responseKey)});
    if (e.isSecret() && e.environmentVariable != ConfigurationEntry::defaultEnvironmentVariable(e.key))
        m.append({u"environmentVariable"_s, scalar(e.environmentVariable)});
    if (!e.unknown.isEmpty())
        m.append({u"unknown"_s, scalar(e.unknown)});
    return object(m, depth);
}

QByteArray providerJson(const ProviderDataEntry &f, int depth)
{
    Members m;
    m.append({u"key"_s, scalar(f.key)});
    m.append({u"source"_s, f.source == ProviderDataEntry::Source::RequestToken ? scalar(u"requestToken"_s)
                                                                              : scalar(u"callback"_s)});
    if (f.required)
        m.append({u"required"_s, "true"});
    if (f.secret)
        m.append({u"secret"_s, "true"});
    if (!f.placeholder.isEmpty() && !(f.secret && f.placeholder == SecretPlaceholder))
        m.append({u"placeholder"_s, scalar(f.placeholder)});
    return object(m, depth);
}

}  // namespace

QByteArray ElementDescription::toJson() const
{
    Members m;
    m.append({u"schemaVersion"_s, QByteArray::number(SchemaVersion)});
    if (id != key)
        m.append({u"id"_s, scalar(id)});
    m.append({u"key"_s, scalar(key)});
    if (elementId > 0)
        m.append({u"elementId"_s, QByteArray::number(elementId)});
    m.append({u"name"_s, scalar(name)});
    if (!variant.isEmpty())
        m.append({u"variant"_s, scalar(variant)});
    m.append({u"description"_s, scalar(description)});
    if (!image.isEmpty())
        m.append({u"image"_s, scalar(image)});
    m.append({u"authentication"_s, scalar(authenticationName(authentication))});
    m.append({u"sources"_s, strings(sources, 1)});
    if (!unknown.isEmpty())
        m.append({u"unknown"_s, scalar(unknown)});
    if (isOAuth()) {
        Members o;
        if (authentication == Authentication::OAuth2 && state != OAuthState::Random)
            o.append({u"state"_s, scalar(u"elementKey"_s)});
        if (authentication == Authentication::OAuth1 && callbackState != key)
            o.append({u"callbackState"_s, scalar(callbackState)});
        if (!authorizationUrl.isEmpty())
            o.append({u"authorizationUrl"_s, scalar(authorizationUrl)});
        if (!requestTokenUrl.isEmpty())
            o.append({u"requestTokenUrl"_s, scalar(requestTokenUrl)});
        if (!accessTokenUrl.isEmpty())
            o.append({u"accessTokenUrl"_s, scalar(accessTokenUrl)});
        if (refusalParameters != defaultRefusalParameters(authentication))
            o.append({u"refusalParameters"_s, strings(refusalParameters, 2)});
        m.append({u"oauth"_s, object(o, 1)});
    }
    QByteArrayList entries;
    for (const ConfigurationEntry &e : configuration)
        entries.append(entryJson(e, 2));
    m.append({u"configuration"_s, array(entries, 1)});
    if (isOAuth()) {
        QByteArrayList fields;
        for (const ProviderDataEntry &f : providerData)
            fields.append(providerJson(f, 2));
        m.append({u"providerData"_s, array(fields, 1)});
    }
    if (!instanceDefaults.isEmpty()) {
        Members defaults;
        for (auto it = instanceDefaults.constBegin(); it != instanceDefaults.constEnd(); ++it)
            defaults.append({it.key(), scalar(it.value())});
        m.append({u"instanceDefaults"_s, object(defaults, 1)});
    }
    if (!eventMethods.isEmpty())
        m.append({u"events"_s, object({{u"methods"_s, strings(eventMethods, 2)}}, 1)});
    return object(m, 0) + '\n';
}

}  // namespace ce
