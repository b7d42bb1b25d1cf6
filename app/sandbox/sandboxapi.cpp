// The platform API: the routing table, the platform secrets, the elements, and the OAuth
// helper calls (GET /elements/{key}/oauth/token and /oauth/url).
#include "sandboxserver_p.h"

#include "core/logging.h"

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
    const auto it = elements.constFind(keyOrId);
    if (it != elements.cend())
        return &it.value();
    bool isNumber = false;
    const int id = keyOrId.toInt(&isNumber);
    if (isNumber) {
        for (const ElementDescription &e : elements) {
            if (e.elementId == id)
                return &e;
        }
    }
    return nullptr;
}

std::optional<Reply> SandboxServerPrivate::checkSupported(const ElementDescription &e)
{
    if (e.authentication == Authentication::OAuth1)
        return std::nullopt;
    return jsonError(400, u"The sandbox emulates only OAuth 1.0a elements so far; %1 uses %2."_s.arg(
                              e.key, ElementDescription::authenticationName(e.authentication)));
}

QStringList SandboxServerPrivate::oauthParameters(const ElementDescription &e)
{
    QStringList names;
    for (const ConfigurationEntry &p : e.configuration) {
        if (!p.oauthParameter.isEmpty())
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
    const ElementDescription *e = element(keyOrId);
    if (!e)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));
    if (auto unsupported = checkSupported(*e))
        return unsupported;
    QStringList missing;
    for (const QString &name : oauthParameters(*e)) {
        if (in.param(name).trimmed().isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty())
        return jsonError(400, u"Missing required parameters: %1"_s.arg(missing.join(", "_L1)));
    *found = e;
    return std::nullopt;
}

Reply SandboxServerPrivate::handleToken(const Request &in)
{
    const ElementDescription *e = nullptr;
    if (auto error = checkOAuthCall(in, &e))
        return *error;
    const QStringList required = oauthParameters(*e);
    const QString callback = in.param(ParamCallbackUrl).trimmed();
    if (!callback.isEmpty()) {
        const QUrl url(callback, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return jsonError(400, u"callbackUrl must be an absolute URL."_s);
    }
    const QString site = normaliseSite(*e, in.param(ParamSiteAddress));
    if (required.contains(ParamSiteAddress) && site.isEmpty())
        return jsonError(400, u"siteAddress is not a site address."_s);

    RequestToken t;
    t.token = randomAlnum(44);
    t.secret = randomAlnum(36);
    t.elementKey = e->key;
    t.site = site;
    t.callbackUrl = callback;
    for (const QString &name : required)
        t.parameters.insert(name, in.param(name));
    insertBounded(tokens, tokenOrder, t.token, t);
    qCDebug(lcSandbox).noquote() << "sandbox: issued a request token for" << e->key << "site" << site;
    return jsonReply(200, QJsonObject{{u"token"_s, t.token}, {u"secret"_s, t.secret}});
}

Reply SandboxServerPrivate::handleUrl(const Request &in)
{
    const ElementDescription *e = nullptr;
    if (auto error = checkOAuthCall(in, &e))
        return *error;

    // Like the real platform: a missing requestToken becomes the text "null".
    QString requestToken = in.param(ParamRequestToken).trimmed();
    if (requestToken.isEmpty())
        requestToken = u"null"_s;
    QString callback = in.param(ParamCallbackUrl).trimmed();
    if (!e->callbackState.isEmpty())
        callback += (callback.contains(u'?') ? u"&state="_s : u"?state="_s) + e->callbackState;
    const QString site = normaliseSite(*e, in.param(ParamSiteAddress));
    if (oauthParameters(*e).contains(ParamSiteAddress) && site.isEmpty())
        return jsonError(400, u"siteAddress is not a site address."_s);

    QUrl oauthUrl = q->rootUrl();
    oauthUrl.setPath(u"/provider/%1/%2/oauth/oauth_authorize.php"_s.arg(e->key, site));
    oauthUrl.setQuery(u"oauth_token="_s + QString::fromLatin1(QUrl::toPercentEncoding(requestToken))
                          + u"&oauth_callback="_s + QString::fromLatin1(QUrl::toPercentEncoding(callback)),
                      QUrl::StrictMode);
    return jsonReply(200, QJsonObject{{u"oauthUrl"_s, oauthUrl.toString(QUrl::FullyEncoded)},
                                      {u"element"_s, e->key}});
}

}  // namespace ce
