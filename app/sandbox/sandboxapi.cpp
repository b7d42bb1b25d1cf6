// The platform API: the routing table, the platform secrets, the elements (GET
// /elements/{key}), and the OAuth helper calls (GET /elements/{key}/oauth/token and
// /oauth/url).
#include "sandboxserver_p.h"

#include "core/elementcatalog.h"
#include "core/logging.h"
#include "core/oauthparameters.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

namespace {

using P = SandboxServerPrivate;

// Every request the sandbox answers: a method and a path whose {placeholders} match any
// one segment (decoded), first match wins. What matches no line is Endpoint::Other and is
// answered 404. A new call is one line here and its handler.
const Route Routes[] = {
    // The platform (sandboxapi.cpp, sandboxinstances.cpp)
    {"GET", "elements/api-v2/elements/{key}/oauth/token"_L1, Endpoint::Token, &P::handleToken},
    {"GET", "elements/api-v2/elements/{key}/oauth/url"_L1, Endpoint::Url, &P::handleUrl},
    {"GET", "elements/api-v2/elements/{key}"_L1, Endpoint::Element, &P::handleGetElement},
    {"POST", "elements/api-v2/elements/{key}/instances"_L1, Endpoint::CreateInstance, &P::handleCreate},
    {"POST", "elements/api-v2/instances"_L1, Endpoint::CreateInstance, &P::handleCreate},
    {"GET", "elements/api-v2/instances"_L1, Endpoint::ListInstances, &P::handleList},
    {"GET", "elements/api-v2/instances/{id}"_L1, Endpoint::GetInstance, &P::handleGet},
    {"DELETE", "elements/api-v2/instances/{id}"_L1, Endpoint::DeleteInstance, &P::handleDelete},
    // The instance's later life (sandboxlifecycle.cpp)
    {"PUT", "elements/api-v2/instances/{id}"_L1, Endpoint::UpdateInstance, &P::handleUpdate},
    {"PATCH", "elements/api-v2/instances/{id}"_L1, Endpoint::PatchInstance, &P::handlePatch},
    {"PUT", "elements/api-v2/instances/{id}/enabled"_L1, Endpoint::EnableInstance, &P::handleEnable},
    {"DELETE", "elements/api-v2/instances/{id}/enabled"_L1, Endpoint::DisableInstance, &P::handleDisable},
    // The provider's pages (sandboxprovider.cpp)
    {"GET", "provider/{key}/{site}/oauth/oauth_authorize.php"_L1, Endpoint::ProviderPage, &P::showAuthorization},
    {"POST", "provider/{key}/{site}/oauth/decision"_L1, Endpoint::ProviderPage, &P::decide},
    // OAuth 2.0 (sandboxoauth2.cpp)
    {"GET", "provider/{key}/{site}/oauth2/authorize"_L1, Endpoint::ProviderPage, &P::showOAuth2Authorization},
    {"POST", "provider/{key}/{site}/oauth2/decision"_L1, Endpoint::ProviderPage, &P::decideOAuth2},
    {"GET", "provider/{key}/{site}/login"_L1, Endpoint::ProviderPage, &P::showLogin},
    {"POST", "provider/{key}/{site}/login"_L1, Endpoint::ProviderPage, &P::signIn},
    {"GET", "provider/{key}/{site}/help"_L1, Endpoint::ProviderPage, &P::showHelp},
};

// Whether `segments` match `pattern`; the values of its placeholders in *arguments.
bool matches(QLatin1StringView pattern, const QStringList &segments, QStringList *arguments)
{
    const QStringList parts = QString(pattern).split(u'/');
    if (parts.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).startsWith(u'{'))
            values.append(segments.at(i));
        else if (parts.at(i) != segments.at(i))
            return false;
    }
    *arguments = values;
    return true;
}

}  // namespace

void sandbox::route(Request *in)
{
    for (const Route &r : Routes) {
        if (in->method == r.method && matches(r.pattern, in->segments, &in->arguments)) {
            in->route = &r;
            in->endpoint = r.endpoint;
            return;
        }
    }
    in->route = nullptr;
    in->endpoint = Endpoint::Other;
}

Reply SandboxServerPrivate::dispatch(const Request &in)
{
    return in.route ? (this->*in.route->handler)(in) : notFound(in);
}

Reply SandboxServerPrivate::notFound(const Request &in) const
{
    return jsonError(404, u"No resource matches %1 %2"_s.arg(QString::fromLatin1(in.method), in.path));
}

// ---------------------------------------------------------------------------------
// The platform secrets and the elements

SandboxServerPrivate::Auth SandboxServerPrivate::checkAuthorization(const Request &in, QString *elementToken) const
{
    const QByteArray value = in.header("Authorization").trimmed();
    if (value.isEmpty())
        return Auth::Missing;
    static const QRegularExpression part(u"^\\s*(\\S+)\\s+(\\S+)\\s*$"_s);
    QHash<QString, QString> parts;
    for (const QByteArray &raw : value.split(',')) {
        const QString text = QString::fromUtf8(raw);
        if (text.trimmed().isEmpty())
            continue;  // a stray comma
        const QRegularExpressionMatch m = part.match(text);
        if (!m.hasMatch())
            return Auth::Invalid;
        const QString name = m.captured(1).toLower();
        if (name != "user"_L1 && name != "organization"_L1 && name != "element"_L1)
            return Auth::Invalid;
        if (parts.contains(name))
            return Auth::Invalid;
        parts.insert(name, m.captured(2));
    }
    if (parts.value(u"user"_s) != QLatin1StringView(SandboxServer::UserSecret)
        || parts.value(u"organization"_s) != QLatin1StringView(SandboxServer::OrganizationSecret))
        return Auth::Invalid;
    if (parts.contains(u"element"_s)) {
        const QString given = parts.value(u"element"_s);
        const bool known = std::any_of(instances.cbegin(), instances.cend(),
                                       [&](const auto &i) { return i.second.token == given; });
        if (!known)
            return Auth::Invalid;
        if (elementToken)
            *elementToken = given;
    }
    return Auth::Valid;
}

const ElementDescription *SandboxServerPrivate::element(const QString &keyOrId) const
{
    const ElementDescription *first = nullptr;
    for (const auto &e : elements) {
        if (e->key != keyOrId)
            continue;
        if (e->id == keyOrId)
            return e.get();
        if (!first)
            first = e.get();
    }
    if (first)
        return first;
    bool isNumber = false;
    const qint64 id = keyOrId.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        for (const auto &e : elements) {
            if (e->elementId == id)
                return e.get();
        }
    }
    return nullptr;
}

const ElementDescription *SandboxServerPrivate::oauthElement(const QString &keyOrId) const
{
    const ElementDescription *e = element(keyOrId);
    if (!e || e->isOAuth())
        return e;
    for (const auto &other : elements) {
        if (other->key == e->key && other->isOAuth())
            return other.get();
    }
    return e;
}

std::optional<Reply> SandboxServerPrivate::elementForBody(const QString &keyOrId, const QJsonObject &configuration,
                                                          const QJsonObject &providerData,
                                                          const ElementDescription **found) const
{
    const ElementDescription *primary = element(keyOrId);
    if (!primary)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));
    QList<const ElementDescription *> modes;
    for (const auto &e : elements) {
        if (e->key == primary->key)
            modes.append(e.get());
    }
    if (modes.size() == 1) {
        *found = primary;
        return std::nullopt;
    }
    const auto strings = [](const QJsonObject &o) {
        QMap<QString, QString> map;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            map.insert(it.key(), jsonText(it.value()));
        return map;
    };
    const QList<const ElementDescription *> fit = ElementCatalog::fitting(modes, strings(configuration),
                                                                          strings(providerData));
    if (fit.size() == 1) {
        *found = fit.first();
        return std::nullopt;
    }
    QStringList names;
    for (const ElementDescription *e : modes)
        names.append(e->title());
    return jsonError(400, u"The configuration does not say which way the element %1 authenticates (%2): give "
                          u"the configuration of one of them."_s.arg(primary->key, names.join(", "_L1)));
}

QStringList SandboxServerPrivate::requiredOAuthParameters(const ElementDescription &e)
{
    QStringList names;
    for (const ConfigurationEntry &p : e.configuration) {
        if (p.oauthParameter.isEmpty())
            continue;
        if (p.required || p.hidden || p.oauthParameter == oauth::ApiKey || p.oauthParameter == oauth::ApiSecret
            || p.oauthParameter == oauth::CallbackUrl)
            names.append(p.oauthParameter);
    }
    return names;
}

const ConfigurationEntry *SandboxServerPrivate::siteProperty(const ElementDescription &e)
{
    for (const ConfigurationEntry &p : e.configuration) {
        if (p.format == ConfigurationEntry::Format::Subdomain)
            return &p;
    }
    return nullptr;
}

QString SandboxServerPrivate::normaliseSite(const ElementDescription &e, const QString &value)
{
    const ConfigurationEntry *p = siteProperty(e);
    return normaliseSubdomain(value, p ? p->domain : QString());
}

QString SandboxServerPrivate::siteHost(const ElementDescription &e, const QString &site)
{
    const ConfigurationEntry *p = siteProperty(e);
    return p && !p->domain.isEmpty() ? site + u'.' + p->domain : site;
}

QString SandboxServerPrivate::hostLabel(const ElementDescription &e, const QString &site,
                                        const QHash<QString, QString> &parameters)
{
    if (siteProperty(e) && !site.isEmpty() && site != "-"_L1)
        return siteHost(e, site);
    // The provider's own page, from the descriptor: https://{siteAddress}/_layouts/...
    QString page = e.authorizationUrl;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        page.replace(u'{' + it.key() + u'}', it.value());
    const QUrl url(page);
    if (!page.isEmpty() && !page.contains(u'{') && url.isValid() && !url.host().isEmpty())
        return url.host();
    if (const QString given = parameters.value(oauth::SiteAddress); !given.isEmpty()) {
        const QUrl asUrl(given);
        return asUrl.host().isEmpty() ? given : asUrl.host();
    }
    return e.name;
}

// ---------------------------------------------------------------------------------
// The OAuth helper calls

std::optional<Reply> SandboxServerPrivate::checkOAuthCall(const Request &in, const ElementDescription **found) const
{
    // Documented as needing no header, but one that is sent must be right (401, or 403
    // for a disabled instance's Element token).
    if (checkAuthorization(in) != Auth::Missing) {
        if (auto refused = checkPlatformCall(in))
            return refused;
    }
    const QString keyOrId = in.arguments.at(0);
    const ElementDescription *e = oauthElement(keyOrId);
    if (!e)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));
    if (!e->isOAuth())
        return jsonError(400, u"The element %1 does not use OAuth: create its instance with POST /instances and its "
                              u"configuration."_s.arg(e->key));
    if (in.endpoint == Endpoint::Token && e->authentication != Authentication::OAuth1)
        return jsonError(400, u"The element %1 uses OAuth 2.0: there is no request token, get the authorization URL "
                              u"with GET /elements/%1/oauth/url."_s.arg(e->key));
    QStringList missing;
    for (const QString &name : requiredOAuthParameters(*e)) {
        if (in.param(name).trimmed().isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty())
        return jsonError(400, u"Missing required parameters: %1"_s.arg(missing.join(", "_L1)));
    const QString callback = in.param(oauth::CallbackUrl).trimmed();
    const QUrl url(callback, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return jsonError(400, u"callbackUrl must be an absolute URL."_s);
    if (siteProperty(*e) && requiredOAuthParameters(*e).contains(oauth::SiteAddress)
        && normaliseSite(*e, in.param(oauth::SiteAddress)).isEmpty())
        return jsonError(400, u"siteAddress is not a site address."_s);
    *found = e;
    return std::nullopt;
}

Reply SandboxServerPrivate::handleToken(const Request &in)
{
    const ElementDescription *e = nullptr;
    if (auto error = checkOAuthCall(in, &e))
        return *error;
    const QString site = normaliseSite(*e, in.param(oauth::SiteAddress));

    RequestToken t;
    t.token = randomAlnum(44);
    t.secret = randomAlnum(36);
    t.elementKey = e->key;
    t.site = site;
    t.callbackUrl = in.param(oauth::CallbackUrl).trimmed();
    for (const ConfigurationEntry &p : e->configuration) {
        if (!p.oauthParameter.isEmpty() && in.query.hasQueryItem(p.oauthParameter))
            t.parameters.insert(p.oauthParameter, in.param(p.oauthParameter));
    }
    insertBounded(tokens, tokenOrder, t.token, t);
    qCDebug(lcSandbox).noquote() << "sandbox: issued a request token for" << e->key << "site" << site;
    return jsonReply(200, QJsonObject{{u"token"_s, t.token}, {u"secret"_s, t.secret}});
}

Reply SandboxServerPrivate::handleUrl(const Request &in)
{
    const ElementDescription *e = nullptr;
    if (auto error = checkOAuthCall(in, &e))
        return *error;
    if (e->authentication == Authentication::OAuth2)
        return oauth2Url(in, *e);

    // Like the real platform: a missing requestToken becomes the text "null".
    QString requestToken = in.param(oauth::RequestToken).trimmed();
    if (requestToken.isEmpty())
        requestToken = u"null"_s;
    QString callback = in.param(oauth::CallbackUrl).trimmed();
    if (!e->callbackState.isEmpty())
        callback += (callback.contains(u'?') ? u"&state="_s : u"?state="_s) + e->callbackState;
    const QString site = normaliseSite(*e, in.param(oauth::SiteAddress));

    QUrl oauthUrl = q->rootUrl();
    oauthUrl.setPath(u"/provider/%1/%2/oauth/oauth_authorize.php"_s.arg(e->key, site));
    oauthUrl.setQuery(QString(oauth::OAuthToken) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(requestToken))
                          + u'&' + QString(oauth::OAuthCallback) + u'='
                          + QString::fromLatin1(QUrl::toPercentEncoding(callback)),
                      QUrl::StrictMode);
    return jsonReply(200, QJsonObject{{u"oauthUrl"_s, oauthUrl.toString(QUrl::FullyEncoded)},
                                      {u"element"_s, e->key}});
}

// ---------------------------------------------------------------------------------
// GET /elements/{key}

namespace {

// The platform's type of a configuration entry (churros element.configuration.schema.json).
QString platformType(const ConfigurationEntry &p)
{
    switch (p.type) {
    case ConfigurationEntry::Type::Secret: return u"PASSWORD"_s;
    case ConfigurationEntry::Type::Boolean: return u"BOOLEAN"_s;
    case ConfigurationEntry::Type::Text:
    case ConfigurationEntry::Type::Choice: break;
    }
    return p.format == ConfigurationEntry::Format::Url ? u"TEXTFIELD_1000"_s : u"TEXTFIELD_128"_s;
}

QJsonObject platformEntry(int id, const QString &key, const QString &name, const QString &description,
                          const QJsonValue &defaultValue, const QString &type, bool required, bool hidden, int order)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"key"_s, key},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"defaultValue"_s, defaultValue},
        {u"type"_s, type},
        {u"required"_s, required},
        {u"hideFromConsole"_s, hidden},
        {u"displayOrder"_s, order},
        {u"internal"_s, false},
        {u"groupControl"_s, false},
        {u"active"_s, true},
        {u"resellerConfig"_s, false},
        {u"companyConfig"_s, false},
    };
}

}  // namespace

Reply SandboxServerPrivate::handleGetElement(const Request &in)
{
    if (auto refused = checkPlatformCall(in))
        return *refused;
    const QString keyOrId = in.arguments.at(0);
    const ElementDescription *e = element(keyOrId);
    if (!e)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));

    // What the platform's list says of each entry: no choices, nothing about oauth/url
    // (oauthOnly entries are no instance configuration, so they are not listed).
    QJsonArray configuration;
    int id = int(e->elementId > 0 ? e->elementId : 1) * 100;
    for (const ConfigurationEntry &p : e->configuration) {
        if (p.oauthOnly)
            continue;
        const QJsonValue defaultValue = p.hasDefault() ? QJsonValue(p.defaultValue) : QJsonValue(QJsonValue::Null);
        configuration.append(platformEntry(++id, p.key, p.label, p.description, defaultValue, platformType(p),
                                           p.required, p.hidden, p.order));
    }
    if (e->isOAuth()) {
        // The tokens the platform keeps for itself: internal, never the user's to give.
        QJsonObject token = platformEntry(++id, u"oauth.user.token"_s, u"OAuth user token"_s,
                                          u"The access token the platform got for the instance."_s,
                                          QJsonValue(QJsonValue::Null), u"PASSWORD"_s, false, true, 0);
        token.insert(u"internal"_s, true);
        configuration.append(token);
    }
    const QString type = e->isOAuth() ? ElementDescription::authenticationName(e->authentication) : u"custom"_s;
    QJsonObject answer{
        {u"id"_s, e->elementId},
        {u"key"_s, e->key},
        {u"name"_s, e->name},
        {u"description"_s, e->description},
        {u"image"_s, e->image},
        {u"active"_s, true},
        {u"deleted"_s, false},
        {u"typeOauth"_s, e->authentication == Authentication::OAuth2},
        {u"trialAccount"_s, false},
        {u"authentication"_s, QJsonObject{{u"type"_s, type}}},
        {u"configuration"_s, configuration},
    };
    return jsonReply(200, answer);
}

}  // namespace ce
