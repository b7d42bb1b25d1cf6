#include "elementdescription.h"

#include "elementcatalog.h"
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

namespace descriptor {

QString translatedText(const QString &text, bool translated)
{
    if (!translated || text.isEmpty())
        return text;
    // Built-in descriptors' texts reach lupdate through translations/elementstrings.cmake.
    return QCoreApplication::translate("ce::ElementDescription", text.toUtf8().constData());
}

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

// The format's patterns (resources/elements/README.md).
const QRegularExpression &idPattern()
{
    static const QRegularExpression re = anchored(u"[a-z0-9][a-z0-9-]*"_s);
    return re;
}
const QRegularExpression &keyPattern()
{
    static const QRegularExpression re = anchored(u"[a-z0-9][a-z0-9_-]*"_s);
    return re;
}
const QRegularExpression &oauthParameterPattern()
{
    static const QRegularExpression re = anchored(u"[A-Za-z][A-Za-z0-9._]*"_s);
    return re;
}
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re = anchored(u"<[A-Z0-9_ -]+>"_s);
    return re;
}
const QRegularExpression &environmentVariablePattern()
{
    static const QRegularExpression re = anchored(u"[A-Z_][A-Z0-9_]*"_s);
    return re;
}
// A host name of two labels or more: "zendesk.com".
const QRegularExpression &domainPattern()
{
    static const QRegularExpression re =
        anchored(u"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+"_s);
    return re;
}

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

QStringList defaultRefusalParameters(Authentication authentication)
{
    if (authentication == Authentication::OAuth1)
        return {QString(oauth::Error), QString(oauth::NotApproved), QString(oauth::OAuthProblem)};
    if (authentication == Authentication::OAuth2)
        return {QString(oauth::Error)};
    return {};
}

}  // namespace descriptor

using namespace descriptor;

// ---------------------------------------------------------------------------------------
// The model

QString ChoiceOption::displayLabel() const
{
    return translatedText(label, translated);
}

QString ConfigurationEntry::displayLabel() const
{
    return translatedText(label, translated);
}

QString ConfigurationEntry::displayDescription() const
{
    return translatedText(description, translated);
}

QString ConfigurationEntry::valueToSend(const QString &input) const
{
    if (hidden)
        return defaultValue;
    const QString value = input.trimmed();
    if (format == Format::Subdomain && !isPlaceholder(value))
        return normaliseSubdomain(value, domain);
    return value;
}

const ChoiceOption *ConfigurationEntry::option(const QString &value) const
{
    for (const ChoiceOption &o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

QString ConfigurationEntry::defaultEnvironmentVariable(const QString &key)
{
    QString name = key.toUpper();
    for (QChar &c : name) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return name;
}

QString ProviderDataEntry::environmentVariable() const
{
    return u"CE_PROVIDER_DATA_"_s + ConfigurationEntry::defaultEnvironmentVariable(key);
}

QString ConfigurationEntry::typeName(Type type)
{
    switch (type) {
    case Type::Text: break;
    case Type::Secret: return u"secret"_s;
    case Type::Boolean: return u"boolean"_s;
    case Type::Choice: return u"choice"_s;
    }
    return u"text"_s;
}

QString ConfigurationEntry::formatName(Format format)
{
    switch (format) {
    case Format::Text: break;
    case Format::Subdomain: return u"subdomain"_s;
    case Format::Url: return u"url"_s;
    }
    return u"text"_s;
}

bool operator==(const ConfigurationEntry &a, const ConfigurationEntry &b)
{
    return a.key == b.key && a.label == b.label && a.description == b.description && a.type == b.type
        && a.options == b.options && a.required == b.required && a.hidden == b.hidden
        && a.defaultValue == b.defaultValue && a.defaultValue.isNull() == b.defaultValue.isNull()
        && a.order == b.order && a.oauthParameter == b.oauthParameter && a.oauthOnly == b.oauthOnly
        && a.format == b.format && a.domain == b.domain && a.placeholder == b.placeholder
        && a.responseKey == b.responseKey && a.environmentVariable == b.environmentVariable
        && a.unknown == b.unknown;
}

bool operator==(const ElementDescription &a, const ElementDescription &b)
{
    return a.id == b.id && a.key == b.key && a.elementId == b.elementId && a.name == b.name
        && a.variant == b.variant && a.description == b.description && a.image == b.image
        && a.authentication == b.authentication && a.sources == b.sources && a.unknown == b.unknown
        && a.state == b.state && a.callbackState == b.callbackState && a.authorizationUrl == b.authorizationUrl
        && a.requestTokenUrl == b.requestTokenUrl && a.accessTokenUrl == b.accessTokenUrl
        && a.refusalParameters == b.refusalParameters && a.configuration == b.configuration
        && a.providerData == b.providerData && a.instanceDefaults == b.instanceDefaults
        && a.eventMethods == b.eventMethods;
}

QString ElementDescription::Problem::text() const
{
    return line > 0 ? ElementDescription::tr("Line %1: %2").arg(line).arg(message) : message;
}

void ElementDescription::setOrigin(Origin from, const QString &file)
{
    origin = from;
    path = file;
    const bool translate = from == Origin::BuiltIn;
    for (ConfigurationEntry &e : configuration) {
        e.translated = translate;
        for (ChoiceOption &o : e.options)
            o.translated = translate;
    }
}

QString ElementDescription::displayName() const
{
    return translatedText(name, origin == Origin::BuiltIn);
}

QString ElementDescription::displayVariant() const
{
    return translatedText(variant, origin == Origin::BuiltIn);
}

QString ElementDescription::displayDescription() const
{
    return translatedText(description, origin == Origin::BuiltIn);
}

QString ElementDescription::title() const
{
    return variant.isEmpty() ? displayName() : tr("%1 (%2)").arg(displayName(), displayVariant());
}

const ConfigurationEntry *ElementDescription::entry(const QString &entryKey) const
{
    for (const ConfigurationEntry &e : configuration) {
        if (e.key == entryKey)
            return &e;
    }
    return nullptr;
}

const ConfigurationEntry *ElementDescription::entryForOAuthParameter(const QString &parameter) const
{
    for (const ConfigurationEntry &e : configuration) {
        if (!e.oauthParameter.isEmpty() && e.oauthParameter == parameter)
            return &e;
    }
    return nullptr;
}

QList<const ConfigurationEntry *> ElementDescription::visibleEntries() const
{
    QList<const ConfigurationEntry *> entries;
    for (const ConfigurationEntry &e : configuration) {
        if (!e.hidden)
            entries.append(&e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ConfigurationEntry *a, const ConfigurationEntry *b) { return a->order < b->order; });
    return entries;
}

bool ElementDescription::isSecretConfigurationKey(const QString &configurationKey) const
{
    for (const ConfigurationEntry &e : configuration) {
        if (e.isSecret() && (e.key == configurationKey || e.responseKey == configurationKey))
            return true;
    }
    return redaction::isSecretName(configurationKey);
}

const ProviderDataEntry *ElementDescription::providerDataEntry(const QString &entryKey) const
{
    for (const ProviderDataEntry &f : providerData) {
        if (f.key == entryKey)
            return &f;
    }
    return nullptr;
}

QStringList ElementDescription::grantParameters() const
{
    QStringList names;
    for (const ProviderDataEntry &f : providerData) {
        if (f.source != ProviderDataEntry::Source::Callback || !f.secret)
            continue;
        if (authentication == Authentication::OAuth1 && f.key == oauth::OAuthToken)
            continue;  // the request token: the provider's authorization page has it in its address
        names.append(f.key);
    }
    return names;
}

QStringList ElementDescription::configurationKeys() const
{
    QStringList keys;
    for (const ConfigurationEntry &e : configuration)
        keys.append(e.key);
    return keys;
}

QStringList ElementDescription::providerDataKeys() const
{
    QStringList keys;
    for (const ProviderDataEntry &f : providerData)
        keys.append(f.key);
    return keys;
}

QString ElementDescription::authenticationName(Authentication authentication)
{
    switch (authentication) {
    case Authentication::OAuth1: return u"oauth1"_s;
    case Authentication::OAuth2: return u"oauth2"_s;
    case Authentication::Credentials: break;
    }
    return u"credentials"_s;
}

const ElementDescription *ElementDescription::builtin(const QString &descriptorId)
{
    return ElementCatalog::builtIn().byId(descriptorId);
}

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder(u"^\\s*<[A-Z0-9_ -]+>\\s*$"_s);
    return placeholder.match(value).hasMatch();
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
