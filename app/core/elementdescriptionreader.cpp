// ElementDescription::fromJson(): the descriptor format, version 2, read and checked
// (resources/elements/README.md is the format, field by field).
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
// Reading a descriptor

namespace {

using json::Need;

// The sentences of the problems the typed readers find; the format's own rules are
// worded where they are checked. Each names the field as a path ("configuration[2].label").
QString wording(const json::Error &e)
{
    using json::Problem;
    const QString field = e.field();
    switch (e.problem) {
    case Problem::Missing:
        return ElementDescription::tr("\"%1\" is missing.").arg(field);
    case Problem::Empty:
        return ElementDescription::tr("\"%1\" is empty.").arg(field);
    case Problem::Unknown:
        return ElementDescription::tr("\"%1\" is not a field of this format (a typo?).").arg(field);
    case Problem::Invalid:
        if (e.key == "elementId"_L1)
            return ElementDescription::tr("\"%1\" must be a whole number above 0 (not %2).").arg(field, e.value);
        if (e.expected == json::Type::Integer)
            return ElementDescription::tr("\"%1\" must be a whole number in range (not %2).").arg(field, e.value);
        if (e.key == "authentication"_L1)
            return ElementDescription::tr("\"%1\" must be \"oauth1\", \"oauth2\" or \"credentials\", not \"%2\".")
                .arg(field, e.value);
        if (e.key == "type"_L1)
            return ElementDescription::tr("\"%1\" must be \"text\", \"secret\", \"boolean\" or \"choice\", not \"%2\".")
                .arg(field, e.value);
        if (e.key == "format"_L1)
            return ElementDescription::tr("\"%1\" must be \"text\", \"subdomain\" or \"url\", not \"%2\".")
                .arg(field, e.value);
        if (e.key == "source"_L1)
            return ElementDescription::tr("\"%1\" must be \"callback\" or \"requestToken\", not \"%2\".")
                .arg(field, e.value);
        if (e.key == "state"_L1)
            return ElementDescription::tr("\"%1\" must be \"random\" or \"elementKey\", not \"%2\".").arg(field, e.value);
        return ElementDescription::tr("\"%1\" cannot be \"%2\".").arg(field, e.value);
    case Problem::WrongType:
        if (e.null)
            return ElementDescription::tr("\"%1\" is null: leave it out instead.").arg(field);
        break;
    case Problem::Rejected:
        return e.message;
    }
    switch (e.expected) {
    case json::Type::Boolean:
        return ElementDescription::tr("\"%1\" must be true or false.").arg(field);
    case json::Type::Integer:
        return ElementDescription::tr("\"%1\" must be a whole number.").arg(field);
    case json::Type::Object:
        return ElementDescription::tr("\"%1\" must be an object.").arg(field);
    case json::Type::Array:
        return ElementDescription::tr("\"%1\" must be a list.").arg(field);
    default:
        return ElementDescription::tr("\"%1\" must be a string.").arg(field);
    }
}

// A field of the object `r` reads, as messages name it.
QString fieldOf(const json::Reader &r, QLatin1StringView key)
{
    return r.where().isEmpty() ? QString(key) : r.where() + u'.' + key;
}

// A string field: non-empty when it is there ("string" in the README means a non-empty one).
QString text(json::Reader &r, QLatin1StringView key, bool required = false)
{
    if (required || r.has(key))
        return r.string(key, Need::NonEmpty);
    return {};
}

// A field this object may not have (here): an error when it is there.
void forbid(json::Reader &r, QLatin1StringView key, const QString &message)
{
    if (!r.has(key))
        return;
    r.value(key);  // read: one problem, not a second "unknown field" one
    r.reject(key, message);
}

// Empty when `url` is a usable URL template of `d`, else why not: each {p} names an
// oauthParameter of an entry, and with them filled in it is an absolute http(s) URL.
QString checkTemplate(const QString &url, const ElementDescription &d)
{
    static const QRegularExpression parameter(u"\\{([^{}]*)\\}"_s);
    QString filled = url;
    for (auto it = parameter.globalMatch(url); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!d.entryForOAuthParameter(name))
            return ElementDescription::tr("{%1} is not the \"oauthParameter\" of an entry").arg(name);
        filled.replace(u'{' + name + u'}', u"example"_s);
    }
    const QUrl parsed(filled, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || parsed.host().isEmpty())
        return ElementDescription::tr("it is not an absolute https:// or http:// URL");
    return {};
}

class Parser
{
public:
    Parser(const QJsonObject &root, json::Errors *errors)
        // null is not a value anywhere but inside instanceDefaults, which is read as it is.
        : m_errors(errors), m_root(root, errors, json::Options{false, false})
    {
    }

    void read();
    ElementDescription d;

private:
    bool ok() const { return m_errors->isEmpty(); }
    void readTop();
    void readOAuth();
    void readConfiguration();
    void readEntry(json::Reader &r);
    void readOptions(json::Reader &r, ConfigurationEntry *e);
    void checkEnvironmentVariable(json::Reader &r, const ConfigurationEntry &e, bool given);
    void checkDefault(json::Reader &r, const ConfigurationEntry &e);
    void readProviderData();
    void readInstanceDefaults();
    void readEvents();
    void checkTrio();
    void checkProviderData();
    void checkOAuth();

    json::Errors *m_errors;
    json::Reader m_root;
    std::optional<json::Reader> m_oauth;
    std::vector<json::Reader> m_entries;
    std::vector<json::Reader> m_providers;
};

void Parser::read()
{
    const auto version = m_root.integer("schemaVersion"_L1, Need::Required);
    if (version && *version != ElementDescription::SchemaVersion) {
        m_root.reject("schemaVersion"_L1,
                      *version == 1
                          ? ElementDescription::tr("\"schemaVersion\" is 1: version 1 descriptors are no longer "
                                                   "read (see \"From version 1\" in resources/elements/README.md).")
                          : ElementDescription::tr("\"schemaVersion\" is %1; this app reads version %2.")
                                .arg(*version)
                                .arg(ElementDescription::SchemaVersion));
    }
    if (!ok())
        return;  // another format: nothing else in it is worth a message
    readTop();
    readOAuth();
    readConfiguration();
    readProviderData();
    readInstanceDefaults();
    readEvents();
    m_root.rejectUnreadKeys();
    if (!ok())
        return;
    checkTrio();
    checkProviderData();
    checkOAuth();
}

void Parser::readTop()
{
    const bool hasId = m_root.has("id"_L1);
    d.id = text(m_root, "id"_L1);
    if (!d.id.isEmpty() && !matches(idPattern(), d.id))
        m_root.reject("id"_L1, ElementDescription::tr("\"id\" must be lower-case letters, digits and hyphens, "
                                                      "starting with a letter or digit (not \"%1\").")
                                   .arg(d.id));
    d.key = text(m_root, "key"_L1, true);
    if (!d.key.isEmpty() && !matches(keyPattern(), d.key))
        m_root.reject("key"_L1, ElementDescription::tr("\"key\" must be lower-case letters, digits, '_' and '-', "
                                                       "starting with a letter or digit (not \"%1\").")
                                    .arg(d.key));
    if (!hasId) {
        d.id = d.key;
        if (!d.key.isEmpty() && !matches(idPattern(), d.key))
            m_root.reject("key"_L1, ElementDescription::tr("Without an \"id\", the key \"%1\" is the descriptor's id, "
                                                           "and an id has no '_': add an \"id\".")
                                        .arg(d.key));
    }
    d.elementId = m_root.integer("elementId"_L1, Need::Optional, 1).value_or(0);
    d.name = text(m_root, "name"_L1, true);
    d.variant = text(m_root, "variant"_L1);
    d.description = text(m_root, "description"_L1, true);
    d.image = text(m_root, "image"_L1);
    const auto authentication = m_root.choice<Authentication>(
        "authentication"_L1, Need::Required,
        {{"oauth1"_L1, Authentication::OAuth1}, {"oauth2"_L1, Authentication::OAuth2},
         {"credentials"_L1, Authentication::Credentials}});
    if (authentication)
        d.authentication = *authentication;
    d.sources = m_root.strings("sources"_L1, Need::Required);
    if (ok() && d.sources.isEmpty())
        m_root.reject("sources"_L1, ElementDescription::tr("\"sources\" needs at least one source: where the facts "
                                                           "come from."));
    for (qsizetype i = 0; i < d.sources.size() && ok(); ++i) {
        if (d.sources.at(i).trimmed().isEmpty())
            m_root.reject("sources"_L1, ElementDescription::tr("\"sources[%1]\" is empty.").arg(i));
    }
    d.unknown = text(m_root, "unknown"_L1);
}

void Parser::readOAuth()
{
    if (!ok())
        return;
    if (!d.isOAuth()) {
        forbid(m_root, "oauth"_L1, ElementDescription::tr("A credentials descriptor has no \"oauth\": its instances "
                                                          "are created without a browser."));
        return;
    }
    m_oauth = m_root.object("oauth"_L1, Need::Required);
    if (!m_oauth)
        return;
    json::Reader &o = *m_oauth;
    const bool oauth1 = d.authentication == Authentication::OAuth1;
    const auto onlyFor = [&](QLatin1StringView key, Authentication kind) {
        forbid(o, key, ElementDescription::tr("\"%1\" is for %2 descriptors only.")
                           .arg(fieldOf(o, key), ElementDescription::authenticationName(kind)));
    };
    if (oauth1) {
        onlyFor("state"_L1, Authentication::OAuth2);
        d.callbackState = text(o, "callbackState"_L1);
        d.requestTokenUrl = text(o, "requestTokenUrl"_L1);
        d.accessTokenUrl = text(o, "accessTokenUrl"_L1);
    } else {
        d.state = o.choice<ElementDescription::OAuthState>("state"_L1, Need::Optional,
                                                           {{"random"_L1, ElementDescription::OAuthState::Random},
                                                            {"elementKey"_L1, ElementDescription::OAuthState::ElementKey}})
                      .value_or(ElementDescription::OAuthState::Random);
        onlyFor("callbackState"_L1, Authentication::OAuth1);
        onlyFor("requestTokenUrl"_L1, Authentication::OAuth1);
        onlyFor("accessTokenUrl"_L1, Authentication::OAuth1);
    }
    d.authorizationUrl = text(o, "authorizationUrl"_L1);
    if (o.has("refusalParameters"_L1)) {
        const QString field = fieldOf(o, "refusalParameters"_L1);
        d.refusalParameters = o.strings("refusalParameters"_L1);
        if (ok() && d.refusalParameters.isEmpty())
            o.reject("refusalParameters"_L1, ElementDescription::tr("\"%1\" needs at least one name.").arg(field));
        QSet<QString> seen;
        for (const QString &name : std::as_const(d.refusalParameters)) {
            if (!ok())
                break;
            if (name.trimmed().isEmpty())
                o.reject("refusalParameters"_L1, ElementDescription::tr("\"%1\" holds an empty name.").arg(field));
            else if (seen.contains(name))
                o.reject("refusalParameters"_L1, ElementDescription::tr("\"%1\" names \"%2\" twice.").arg(field, name));
            seen.insert(name);
        }
    } else {
        d.refusalParameters = defaultRefusalParameters(d.authentication);
    }
    if (oauth1 && d.callbackState.isEmpty())
        d.callbackState = d.key;
    o.rejectUnreadKeys();
}

void Parser::readConfiguration()
{
    if (!ok())
        return;
    m_entries = m_root.objects("configuration"_L1, Need::Required);
    if (ok() && m_entries.empty())
        m_root.reject("configuration"_L1, ElementDescription::tr("\"configuration\" needs at least one entry."));
    for (json::Reader &r : m_entries) {
        if (!ok())
            return;
        readEntry(r);
    }
}

void Parser::readEntry(json::Reader &r)
{
    using Type = ConfigurationEntry::Type;
    using Format = ConfigurationEntry::Format;
    const bool credentials = !d.isOAuth();
    ConfigurationEntry e;
    e.key = text(r, "key"_L1, true);
    static const QRegularExpression space(u"\\s"_s);
    if (ok() && e.key.contains(space))
        r.reject("key"_L1, ElementDescription::tr("\"%1\" has white space in it (\"%2\").").arg(fieldOf(r, "key"_L1), e.key));
    else if (ok() && d.entry(e.key))
        r.reject("key"_L1, ElementDescription::tr("\"%1\": the key \"%2\" appears twice.").arg(fieldOf(r, "key"_L1), e.key));
    e.label = text(r, "label"_L1, true);
    e.description = text(r, "description"_L1, true);
    e.type = r.choice<Type>("type"_L1, Need::Optional,
                            {{"text"_L1, Type::Text}, {"secret"_L1, Type::Secret},
                             {"boolean"_L1, Type::Boolean}, {"choice"_L1, Type::Choice}})
                 .value_or(Type::Text);
    if (e.type == Type::Choice)
        readOptions(r, &e);
    else
        forbid(r, "options"_L1, ElementDescription::tr("\"%1\" is only for a choice entry.").arg(fieldOf(r, "options"_L1)));
    e.required = r.boolean("required"_L1);
    e.hidden = r.boolean("hidden"_L1);
    const bool hasDefault = r.has("default"_L1);
    if (hasDefault)
        e.defaultValue = text(r, "default"_L1);
    e.order = int(r.integer("order"_L1, Need::Optional, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())
                      .value_or(0));

    if (credentials) {
        const QString why = ElementDescription::tr("\"%1\": a credentials descriptor makes no OAuth calls.");
        forbid(r, "oauthParameter"_L1, why.arg(fieldOf(r, "oauthParameter"_L1)));
        forbid(r, "oauthOnly"_L1, why.arg(fieldOf(r, "oauthOnly"_L1)));
    } else {
        if (r.has("oauthParameter"_L1)) {
            e.oauthParameter = text(r, "oauthParameter"_L1);
            const QString field = fieldOf(r, "oauthParameter"_L1);
            if (ok() && !matches(oauthParameterPattern(), e.oauthParameter)) {
                r.reject("oauthParameter"_L1, ElementDescription::tr("\"%1\" must be a query parameter name such as "
                                                                     "apiKey or authentication.type (not \"%2\").")
                                                  .arg(field, e.oauthParameter));
            } else if (ok() && (e.oauthParameter == oauth::State || e.oauthParameter == oauth::RequestToken)) {
                r.reject("oauthParameter"_L1, ElementDescription::tr("\"%1\" cannot be \"%2\": the app sends that one.")
                                                  .arg(field, e.oauthParameter));
            } else if (ok() && d.entryForOAuthParameter(e.oauthParameter)) {
                r.reject("oauthParameter"_L1, ElementDescription::tr("\"%1\": another entry already feeds \"%2\".")
                                                  .arg(field, e.oauthParameter));
            }
        }
        e.oauthOnly = r.boolean("oauthOnly"_L1);
        if (ok() && e.oauthOnly && e.oauthParameter.isEmpty())
            r.reject("oauthOnly"_L1, ElementDescription::tr("\"%1\" needs an \"oauthParameter\": the value goes only there.")
                                         .arg(fieldOf(r, "oauthOnly"_L1)));
    }

    if (e.type == Type::Text) {
        e.format = r.choice<Format>("format"_L1, Need::Optional,
                                    {{"text"_L1, Format::Text}, {"subdomain"_L1, Format::Subdomain}, {"url"_L1, Format::Url}})
                       .value_or(Format::Text);
    } else {
        forbid(r, "format"_L1, ElementDescription::tr("\"%1\" is only for text entries.").arg(fieldOf(r, "format"_L1)));
    }
    if (e.format == Format::Subdomain) {
        e.domain = text(r, "domain"_L1, true);
        if (ok() && !matches(domainPattern(), e.domain))
            r.reject("domain"_L1, ElementDescription::tr("\"%1\" must be a host name such as zendesk.com (not \"%2\").")
                                      .arg(fieldOf(r, "domain"_L1), e.domain));
    } else {
        forbid(r, "domain"_L1, ElementDescription::tr("\"%1\" is only for an entry of \"format\": \"subdomain\".")
                                   .arg(fieldOf(r, "domain"_L1)));
    }

    if (r.has("placeholder"_L1)) {
        e.placeholder = text(r, "placeholder"_L1);
        if (ok() && !matches(placeholderPattern(), e.placeholder))
            r.reject("placeholder"_L1, ElementDescription::tr("\"%1\" must look like <CAPITALS_DIGITS_AND_UNDERSCORES> "
                                                              "(not \"%2\").")
                                           .arg(fieldOf(r, "placeholder"_L1), e.placeholder));
    } else if (e.isSecret()) {
        e.placeholder = SecretPlaceholder;
    }
    e.responseKey = r.has("responseKey"_L1) ? text(r, "responseKey"_L1) : e.key;

    if (!e.isSecret()) {
        forbid(r, "environmentVariable"_L1, ElementDescription::tr("\"%1\" is only for a secret entry.")
                                                .arg(fieldOf(r, "environmentVariable"_L1)));
    } else if (ok()) {
        const bool given = r.has("environmentVariable"_L1);
        e.environmentVariable = given ? text(r, "environmentVariable"_L1)
                                      : ConfigurationEntry::defaultEnvironmentVariable(e.key);
        if (ok())
            checkEnvironmentVariable(r, e, given);
    }
    e.unknown = text(r, "unknown"_L1);
    r.rejectUnreadKeys();
    if (!ok())
        return;

    // The type's rules.
    if (e.isSecret() && e.hidden)
        r.reject("hidden"_L1, ElementDescription::tr("\"%1\": a secret entry is never hidden (a secret never lives "
                                                     "in a descriptor file).")
                                  .arg(fieldOf(r, "hidden"_L1)));
    else if (e.isSecret() && hasDefault)
        r.reject("default"_L1, ElementDescription::tr("\"%1\": a secret entry has no default (a secret never lives "
                                                      "in a descriptor file).")
                                   .arg(fieldOf(r, "default"_L1)));
    else if (e.hidden && !hasDefault)
        r.reject("hidden"_L1, ElementDescription::tr("\"%1\": a hidden entry needs a \"default\": it is what is sent.")
                                  .arg(fieldOf(r, "hidden"_L1)));
    else if (hasDefault)
        checkDefault(r, e);
    d.configuration.append(e);
}

// A secret entry's variable (`given` in the file, else the key's default): a valid name, not
// the platform's own, and read by no other entry. Where a default name is wrong, the fix is
// to give one: the message says so, at the key.
void Parser::checkEnvironmentVariable(json::Reader &r, const ConfigurationEntry &e, bool given)
{
    const QLatin1StringView at = given ? "environmentVariable"_L1 : "key"_L1;
    if (!matches(environmentVariablePattern(), e.environmentVariable)) {
        r.reject(at, given ? ElementDescription::tr("\"%1\" must be capitals, digits and '_', not starting with "
                                                    "a digit (not \"%2\").")
                                 .arg(fieldOf(r, at), e.environmentVariable)
                           : ElementDescription::tr("\"%1\": the key's environment variable %2 is not a valid name; "
                                                    "give one in \"environmentVariable\".")
                                 .arg(fieldOf(r, at), e.environmentVariable));
        return;
    }
    if (e.environmentVariable == UserSecretVariable || e.environmentVariable == OrganizationSecretVariable) {
        r.reject(at, ElementDescription::tr("\"%1\": %2 holds the platform's own secret; name another variable.")
                         .arg(fieldOf(r, at), e.environmentVariable));
        return;
    }
    for (const ConfigurationEntry &other : std::as_const(d.configuration)) {
        if (other.isSecret() && other.environmentVariable == e.environmentVariable) {
            r.reject(at, ElementDescription::tr("\"%1\": the entries %2 and %3 would both read %4.")
                             .arg(fieldOf(r, at), other.key, e.key, e.environmentVariable));
            return;
        }
    }
}

void Parser::readOptions(json::Reader &r, ConfigurationEntry *e)
{
    std::vector<json::Reader> options = r.objects("options"_L1, Need::Required);
    if (ok() && options.empty())
        r.reject("options"_L1, ElementDescription::tr("\"%1\" needs at least one option.").arg(fieldOf(r, "options"_L1)));
    for (json::Reader &o : options) {
        if (!ok())
            return;
        ChoiceOption option;
        option.value = text(o, "value"_L1, true);
        option.label = text(o, "label"_L1, true);
        o.rejectUnreadKeys();
        if (ok() && e->option(option.value))
            o.reject("value"_L1, ElementDescription::tr("\"%1\": the value \"%2\" appears twice.")
                                     .arg(fieldOf(o, "value"_L1), option.value));
        e->options.append(option);
    }
}

void Parser::checkDefault(json::Reader &r, const ConfigurationEntry &e)
{
    using Type = ConfigurationEntry::Type;
    using Format = ConfigurationEntry::Format;
    const QString field = fieldOf(r, "default"_L1);
    const QString &value = e.defaultValue;
    QString problem;
    if (isPlaceholder(value))
        problem = ElementDescription::tr("\"%1\": \"%2\" looks like a placeholder, and a placeholder is never "
                                         "accepted as filled in.")
                      .arg(field, value);
    else if (e.type == Type::Boolean && value != "true"_L1 && value != "false"_L1)
        problem = ElementDescription::tr("\"%1\" of a boolean entry must be \"true\" or \"false\" (not \"%2\").")
                      .arg(field, value);
    else if (e.type == Type::Choice && !e.option(value))
        problem = ElementDescription::tr("\"%1\": \"%2\" is not the value of one of the options.").arg(field, value);
    else if (e.format == Format::Subdomain) {
        if (const QString why = checkSubdomain(normaliseSubdomain(value, e.domain), e.domain); !why.isEmpty())
            problem = ElementDescription::tr("\"%1\" is not a site address of %2: %3").arg(field, e.domain, why);
    } else if (e.format == Format::Url) {
        if (const QString why = checkHttpUrl(value); !why.isEmpty())
            problem = ElementDescription::tr("\"%1\" is not a usable URL: %2").arg(field, why);
    }
    if (!problem.isEmpty())
        r.reject("default"_L1, problem);
}

void Parser::readProviderData()
{
    if (!ok())
        return;
    if (!d.isOAuth()) {
        forbid(m_root, "providerData"_L1, ElementDescription::tr("A credentials descriptor has no \"providerData\": "
                                                                 "nothing comes back from a provider."));
        return;
    }
    m_providers = m_root.objects("providerData"_L1, Need::Required);
    if (ok() && m_providers.empty())
        m_root.reject("providerData"_L1, ElementDescription::tr("\"providerData\" needs at least one entry."));
    using Source = ProviderDataEntry::Source;
    for (json::Reader &r : m_providers) {
        if (!ok())
            return;
        ProviderDataEntry f;
        f.key = text(r, "key"_L1, true);
        if (ok() && d.providerDataEntry(f.key))
            r.reject("key"_L1, ElementDescription::tr("\"%1\": the key \"%2\" appears twice.").arg(fieldOf(r, "key"_L1), f.key));
        f.source = r.choice<Source>("source"_L1, Need::Required,
                                    {{"callback"_L1, Source::Callback}, {"requestToken"_L1, Source::RequestToken}})
                       .value_or(Source::Callback);
        if (ok() && f.source == Source::RequestToken && d.authentication != Authentication::OAuth1)
            r.reject("source"_L1, ElementDescription::tr("\"%1\": only an oauth1 descriptor has a request token.")
                                      .arg(fieldOf(r, "source"_L1)));
        f.required = r.boolean("required"_L1);
        f.secret = r.boolean("secret"_L1);
        if (r.has("placeholder"_L1)) {
            f.placeholder = text(r, "placeholder"_L1);
            if (ok() && !matches(placeholderPattern(), f.placeholder))
                r.reject("placeholder"_L1, ElementDescription::tr("\"%1\" must look like <CAPITALS_DIGITS_AND_UNDERSCORES> "
                                                                  "(not \"%2\").")
                                               .arg(fieldOf(r, "placeholder"_L1), f.placeholder));
        } else if (f.secret) {
            f.placeholder = SecretPlaceholder;
        }
        r.rejectUnreadKeys();
        d.providerData.append(f);
    }
}

void Parser::readInstanceDefaults()
{
    if (!ok() || !m_root.has("instanceDefaults"_L1))
        return;
    std::optional<json::Reader> defaults = m_root.object("instanceDefaults"_L1);
    if (!defaults)
        return;
    const QJsonObject &o = defaults->json();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it.value().isString() && !it.value().isNull()) {
            defaults->reject({}, ElementDescription::tr("\"instanceDefaults.%1\" must be a string or null.").arg(it.key()));
            return;
        }
    }
    d.instanceDefaults = o;
}

// "events": {"methods": [...]}: how the element delivers events, when a source says.
void Parser::readEvents()
{
    if (!ok() || !m_root.has("events"_L1))
        return;
    std::optional<json::Reader> events = m_root.object("events"_L1);
    if (!events)
        return;
    const QString field = fieldOf(*events, "methods"_L1);
    d.eventMethods = events->strings("methods"_L1, Need::Required);
    if (ok() && d.eventMethods.isEmpty())
        events->reject("methods"_L1, ElementDescription::tr("\"%1\" needs at least one method: \"webhook\" or "
                                                            "\"polling\".").arg(field));
    QSet<QString> seen;
    for (const QString &method : std::as_const(d.eventMethods)) {
        if (!ok())
            break;
        if (method != "webhook"_L1 && method != "polling"_L1)
            events->reject("methods"_L1, ElementDescription::tr("\"%1\": \"%2\" is neither \"webhook\" nor "
                                                                "\"polling\".").arg(field, method));
        else if (seen.contains(method))
            events->reject("methods"_L1, ElementDescription::tr("\"%1\" names \"%2\" twice.").arg(field, method));
        seen.insert(method);
    }
    events->rejectUnreadKeys();
}

// oauth kinds: the trio, with the client secret a secret and the callback a URL.
void Parser::checkTrio()
{
    if (!d.isOAuth())
        return;
    const QString kind = ElementDescription::authenticationName(d.authentication);
    for (const QLatin1StringView parameter : {oauth::ApiKey, oauth::ApiSecret, oauth::CallbackUrl}) {
        const ConfigurationEntry *e = d.entryForOAuthParameter(parameter);
        if (!e) {
            m_root.reject("configuration"_L1, ElementDescription::tr("\"configuration\" needs an entry with "
                                                                     "\"oauthParameter\": \"%1\" (every %2 descriptor has one).")
                                                  .arg(parameter, kind));
            return;
        }
        json::Reader &r = m_entries.at(size_t(e - d.configuration.constData()));
        if (parameter == oauth::ApiSecret && !e->isSecret()) {
            const QLatin1StringView at = r.has("type"_L1) ? "type"_L1 : "oauthParameter"_L1;
            r.reject(at, ElementDescription::tr("\"%1\": the apiSecret entry must have \"type\": \"secret\".")
                             .arg(fieldOf(r, at)));
            return;
        }
        if (parameter == oauth::CallbackUrl && e->format != ConfigurationEntry::Format::Url) {
            const QLatin1StringView at = r.has("format"_L1) ? "format"_L1 : "oauthParameter"_L1;
            r.reject(at, ElementDescription::tr("\"%1\": the callbackUrl entry needs \"format\": \"url\".")
                             .arg(fieldOf(r, at)));
            return;
        }
    }
}

void Parser::checkProviderData()
{
    if (!d.isOAuth() || !ok())
        return;
    using Source = ProviderDataEntry::Source;
    const auto readerOf = [this](const ProviderDataEntry *f) -> json::Reader & {
        return m_providers.at(size_t(f - d.providerData.constData()));
    };
    for (const ProviderDataEntry &f : std::as_const(d.providerData)) {
        if (f.key == oauth::State) {
            readerOf(&f).reject("key"_L1, ElementDescription::tr("\"%1\": the app checks \"state\" on the callback and "
                                                                 "does not send it; it is no providerData key.")
                                              .arg(fieldOf(readerOf(&f), "key"_L1)));
            return;
        }
    }
    // Each callback entry the kind needs, required (and, for the grant, secret).
    const auto need = [&](QLatin1StringView key, bool secret) {
        const ProviderDataEntry *f = d.providerDataEntry(key);
        const QString shape = secret ? u"{\"key\": \"%1\", \"source\": \"callback\", \"required\": true, \"secret\": true}"_s.arg(key)
                                     : u"{\"key\": \"%1\", \"source\": \"callback\", \"required\": true}"_s.arg(key);
        if (!f) {
            m_root.reject("providerData"_L1, ElementDescription::tr("\"providerData\" needs the entry %1 (every %2 "
                                                                    "descriptor has it).")
                                                 .arg(shape, ElementDescription::authenticationName(d.authentication)));
            return false;
        }
        if (f->source != Source::Callback || !f->required || (secret && !f->secret)) {
            readerOf(f).reject("key"_L1, ElementDescription::tr("\"%1\": the entry must be %2.")
                                             .arg(fieldOf(readerOf(f), "key"_L1), shape));
            return false;
        }
        return true;
    };
    if (d.authentication == Authentication::OAuth2) {
        need(oauth::Code, true);
        return;
    }
    if (!need(oauth::OAuthToken, false) || !need(oauth::OAuthVerifier, true))
        return;
    const ProviderDataEntry *requestToken = nullptr;
    for (const ProviderDataEntry &f : std::as_const(d.providerData)) {
        if (f.source != Source::RequestToken)
            continue;
        if (requestToken) {
            readerOf(&f).reject("source"_L1, ElementDescription::tr("\"%1\": only one entry comes from the request token.")
                                                 .arg(fieldOf(readerOf(&f), "source"_L1)));
            return;
        }
        requestToken = &f;
        if (!f.secret) {
            readerOf(&f).reject("source"_L1, ElementDescription::tr("\"%1\": the request token's secret needs \"secret\": true.")
                                                 .arg(fieldOf(readerOf(&f), "source"_L1)));
            return;
        }
    }
    if (!requestToken)
        m_root.reject("providerData"_L1, ElementDescription::tr("\"providerData\" needs one entry with \"source\": "
                                                                "\"requestToken\" (the request token's secret) in an oauth1 "
                                                                "descriptor."));
}

void Parser::checkOAuth()
{
    if (!d.isOAuth() || !ok() || !m_oauth)
        return;
    json::Reader &o = *m_oauth;
    for (const QString &name : std::as_const(d.refusalParameters)) {
        if (d.providerDataEntry(name)) {
            o.reject("refusalParameters"_L1, ElementDescription::tr("\"%1\": \"%2\" is a providerData key, so it cannot "
                                                                    "also mean a refusal.")
                                                 .arg(fieldOf(o, "refusalParameters"_L1), name));
            return;
        }
    }
    const std::pair<QLatin1StringView, const QString *> templates[] = {
        {"authorizationUrl"_L1, &d.authorizationUrl},
        {"requestTokenUrl"_L1, &d.requestTokenUrl},
        {"accessTokenUrl"_L1, &d.accessTokenUrl},
    };
    for (const auto &[key, url] : templates) {
        if (url->isEmpty())
            continue;
        if (const QString why = checkTemplate(*url, d); !why.isEmpty()) {
            o.reject(key, ElementDescription::tr("\"%1\": %2.").arg(fieldOf(o, key), why));
            return;
        }
    }
}

}  // namespace

std::optional<ElementDescription> ElementDescription::fromJson(const QByteArray &json, QString *error, Problem *problem)
{
    const auto fail = [&](const Problem &p) -> std::optional<ElementDescription> {
        if (error)
            *error = p.text();
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    if (json.trimmed().isEmpty())
        return fail({1, {}, tr("The file is empty.")});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    json::TextLines lines(json);
    if (parseError.error != QJsonParseError::NoError)
        return fail({lines.lineAt(parseError.offset), {},
                     tr("This is not valid JSON (%1).").arg(parseError.errorString())});
    if (!doc.isObject())
        return fail({1, {}, tr("A descriptor is one JSON object.")});

    json::Errors errors(wording);  // the first problem ends the reading
    Parser parser(doc.object(), &errors);
    parser.read();
    if (!errors.isEmpty()) {
        const json::Error &e = errors.described().first();
        return fail({lines.lineOf(e.path), e.field(), e.message});
    }
    return parser.d;
}

}  // namespace ce
