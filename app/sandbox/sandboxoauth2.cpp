// OAuth 2.0, generically from the element's descriptor: the authorization URL the platform
// hands out (GET /elements/{key}/oauth/url), the provider's authorization page (sign in,
// then consent, as for OAuth 1.0a), the decision that redirects to the callback with a
// one-time code (or error=access_denied), and the check of that code in POST /instances
// and PUT /instances/{id}.
//
// Paths: /provider/<elementKey>/<site>/oauth2/authorize?response_type=code&client_id=..
// &redirect_uri=..&state=..[&scope=..] and .../oauth2/decision; <site> is the normalised
// subdomain of an element with one, else "-".
#include "sandboxserver_p.h"

#include "sandboxpages.h"

#include "core/logging.h"
#include "core/oauthparameters.h"
#include "core/redaction.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

namespace {

// A stand-in for a callback value the descriptor names besides the code (QuickBooks'
// realmId, a company id: digits).
QString randomDigits(int length)
{
    QString digits;
    for (int i = 0; i < length; ++i)
        digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return digits;
}

}  // namespace

// ---------------------------------------------------------------------------------
// GET /elements/{key}/oauth/url

Reply SandboxServerPrivate::oauth2Url(const Request &in, const ElementDescription &e)
{
    OAuth2Request r;
    r.id = randomAlnum(32);
    r.elementKey = e.key;
    r.clientId = in.param(oauth::ApiKey).trimmed();
    r.callbackUrl = in.param(oauth::CallbackUrl).trimmed();
    // As the platform does: without a state of the caller's, the element key.
    r.state = in.query.hasQueryItem(oauth::State) ? in.param(oauth::State) : e.key;
    if (r.state.isEmpty())
        return jsonError(400, u"state must not be empty."_s);
    for (const ConfigurationEntry &p : e.configuration) {
        if (!p.oauthParameter.isEmpty() && in.query.hasQueryItem(p.oauthParameter))
            r.parameters.insert(p.oauthParameter, in.param(p.oauthParameter));
    }
    r.site = siteProperty(e) ? normaliseSite(e, in.param(oauth::SiteAddress)) : u"-"_s;
    if (r.site.isEmpty())
        r.site = u"-"_s;
    r.host = hostLabel(e, r.site, r.parameters);
    insertBounded(oauth2Requests, oauth2RequestOrder, r.id, r);

    // What a provider's authorization endpoint takes (RFC 6749, 4.1.1), as Box's example shows.
    QUrlQuery query;
    const auto add = [&query](QLatin1StringView key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(oauth::ResponseType, oauth::Code);
    add(oauth::ClientId, r.clientId);
    add(oauth::RedirectUri, r.callbackUrl);
    add(oauth::State, r.state);
    if (const QString scope = r.parameters.value(oauth::Scope); !scope.isEmpty())
        add(oauth::Scope, scope);
    QUrl oauthUrl = q->rootUrl();
    oauthUrl.setPath(u"/provider/%1/%2/oauth2/authorize"_s.arg(e.key, r.site));
    oauthUrl.setQuery(query);
    qCDebug(lcSandbox).noquote() << "sandbox: an OAuth 2.0 authorization URL for" << e.key;
    return jsonReply(200, QJsonObject{{u"oauthUrl"_s, oauthUrl.toString(QUrl::FullyEncoded)},
                                      {u"element"_s, e.key}});
}

// ---------------------------------------------------------------------------------
// The provider's pages

std::optional<Reply> SandboxServerPrivate::findOAuth2Request(const Visit &v, const QUrlQuery &query,
                                                             OAuth2Request **found)
{
    const ElementDescription *e = v.element;
    if (e->authentication != Authentication::OAuth2)
        return providerError(400, e, u"Not an OAuth 2.0 provider"_s,
                             u"%1 uses OAuth 1.0a: its authorization page is .../oauth/oauth_authorize.php."_s.arg(
                                 e->name));
    const auto value = [&query](QLatin1StringView key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    if (value(oauth::ResponseType) != oauth::Code)
        return providerError(400, e, u"Unsupported response type"_s,
                             u"This page hands out authorization codes only: response_type must be code."_s);
    const QString clientId = value(oauth::ClientId);
    const QString redirectUri = value(oauth::RedirectUri);
    const QString state = value(oauth::State);
    // The newest matching request: the link as the platform made it, not one edited on the way.
    for (qsizetype i = oauth2RequestOrder.size() - 1; i >= 0; --i) {
        const auto it = oauth2Requests.find(oauth2RequestOrder.at(i));
        if (it == oauth2Requests.end())
            continue;
        OAuth2Request &r = it.value();
        if (r.elementKey != e->key || r.clientId != clientId || r.callbackUrl != redirectUri || r.state != state
            || r.site != v.site)
            continue;
        if (r.decided)
            return providerError(400, e, u"Authorization already decided"_s,
                                 u"Access has already been allowed or denied for this link. Start the "
                                 u"authorization again from the application."_s);
        *found = &r;
        return std::nullopt;
    }
    return providerError(400, e, u"Unknown authorization request"_s,
                         u"The client, redirect address, state or site of this link are not those the platform "
                         u"asked for. Get a new link from the application that sent you here."_s);
}

// GET .../oauth2/authorize: sign in first, then consent.
Reply SandboxServerPrivate::showOAuth2Authorization(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    OAuth2Request *r = nullptr;
    if (auto error = findOAuth2Request(v, in.query, &r))
        return *error;
    if (autoApprove)
        return answerOAuth2(*r, *v.element, true);
    if (!v.signedIn)
        return loginPage(v, in.pathAndQuery, QString(), QString());
    return oauth2ConsentPage(v, *r);
}

// POST .../oauth2/decision: Allow or Deny, signed in, for a request still open.
Reply SandboxServerPrivate::decideOAuth2(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    const QUrlQuery form = parseForm(in.body);
    const auto it = oauth2Requests.find(formValue(form, u"request"_s));
    if (it == oauth2Requests.end() || it->elementKey != v.element->key || it->site != v.site)
        return providerError(400, v.element, u"Unknown authorization request"_s,
                             u"This form is for no authorization this provider knows. Start the authorization "
                             u"again from the application."_s);
    if (it->decided)
        return providerError(400, v.element, u"Authorization already decided"_s,
                             u"Access has already been allowed or denied for this link. Start the authorization "
                             u"again from the application."_s);
    if (!v.signedIn)
        return providerError(403, v.element, u"Not signed in"_s,
                             u"Sign in to %1 before you allow or deny access."_s.arg(it->host));
    const QString decision = formValue(form, u"decision"_s);
    if (decision == "allow"_L1)
        return answerOAuth2(it.value(), *v.element, true);
    if (decision == "deny"_L1)
        return answerOAuth2(it.value(), *v.element, false);
    return providerError(400, v.element, u"No decision"_s, u"Choose Allow or Deny."_s);
}

Reply SandboxServerPrivate::oauth2ConsentPage(const Visit &v, const OAuth2Request &r) const
{
    const ElementDescription &e = *v.element;
    return htmlReply(200, sandboxpages::render(
                              u"consent"_s, {
                                                {u"provider"_s, e.name},
                                                {u"host"_s, r.host},
                                                {u"app"_s, r.clientId},
                                                {u"email"_s, v.email},
                                                {u"action"_s, u"/provider/%1/%2/oauth2/decision"_s.arg(e.key, r.site)},
                                                {u"field"_s, u"request"_s},
                                                {u"token"_s, r.id},
                                                {u"callback"_s, r.callbackUrl},
                                                {u"helpUrl"_s, u"/provider/%1/%2/help"_s.arg(e.key, r.site)},
                                            }));
}

// The redirect to the callback: code and state (and whatever else the descriptor says the
// callback carries), or the refusal with the state.
Reply SandboxServerPrivate::answerOAuth2(OAuth2Request &r, const ElementDescription &e, bool allow)
{
    r.decided = true;
    QUrl callback(r.callbackUrl);
    QUrlQuery query(callback);
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (allow) {
        OAuth2Code c;
        c.code = randomAlnum(40);
        // "code" is no secret name for the redaction rules (too common a word): the grant
        // stays out of the sandbox's log, its redirect included, by its value.
        redaction::registerSecret(c.code);
        c.elementKey = e.key;
        c.clientId = r.clientId;
        c.callbackUrl = r.callbackUrl;
        c.state = r.state;
        c.site = r.site == "-"_L1 ? QString() : r.site;
        c.parameters = r.parameters;
        const QStringList grant = e.grantParameters();
        for (const ProviderDataEntry &f : e.providerData) {
            if (f.source == ProviderDataEntry::Source::Callback && !grant.contains(f.key))
                c.callback.insert(f.key, randomDigits(16));
        }
        add(grant.value(0, oauth::Code), c.code);
        add(oauth::State, r.state);
        for (auto it = c.callback.cbegin(); it != c.callback.cend(); ++it)
            add(it.key(), it.value());
        insertBounded(codes, codeOrder, c.code, c);
    } else {
        add(e.refusalParameters.value(0, oauth::Error), oauth::AccessDenied);
        add(oauth::ErrorDescription, u"The user denied access."_s);
        add(oauth::State, r.state);
    }
    callback.setQuery(query);
    qCInfo(lcSandbox) << "sandbox: the user" << (allow ? "allowed" : "refused") << "access for" << e.key;
    return redirectReply(302, callback.toEncoded());
}

// ---------------------------------------------------------------------------------
// The code in a create or re-authorization body

std::optional<Reply> SandboxServerPrivate::checkOAuth2Grant(const ElementDescription &e,
                                                            const QJsonObject &providerData,
                                                            const QJsonObject &configuration, OAuth2Code **grant)
{
    const QString name = e.grantParameters().value(0, oauth::Code);
    const auto it = codes.find(jsonText(providerData.value(name)));
    if (it == codes.end())
        return jsonError(400, u"providerData.%1 is not an authorization code this sandbox issued: get one through "
                              u"GET /elements/%2/oauth/url and the provider's page."_s.arg(name, e.key));
    OAuth2Code &c = it.value();
    if (c.elementKey != e.key)
        return jsonError(400, u"providerData.%1 was issued for the element %2, not %3."_s.arg(name, c.elementKey, e.key));
    if (c.used)
        return jsonError(400, u"The authorization code has already been used for an instance: authorize again."_s);
    // Bound to the client and the callback it was issued for: the platform exchanges it with
    // both, and the provider refuses any other.
    const auto valueOf = [&](QLatin1StringView parameter) {
        const ConfigurationEntry *p = e.entryForOAuthParameter(parameter);
        return p ? jsonText(configuration.value(p->key)).trimmed() : QString();
    };
    if (valueOf(oauth::ApiKey) != c.clientId)
        return jsonError(400, u"The authorization code was issued to another client than configuration.%1."_s.arg(
                                  e.entryForOAuthParameter(oauth::ApiKey)->key));
    if (valueOf(oauth::CallbackUrl) != c.callbackUrl)
        return jsonError(400, u"The authorization code was issued for another redirect address than "
                              u"configuration.%1."_s.arg(e.entryForOAuthParameter(oauth::CallbackUrl)->key));
    // The rest of what oauth/url got, as for a request token.
    QStringList differing;
    for (const ConfigurationEntry &p : e.configuration) {
        if (!p.required || p.oauthOnly || p.oauthParameter.isEmpty() || !c.parameters.contains(p.oauthParameter))
            continue;
        QString given = jsonText(configuration.value(p.key));
        QString issued = c.parameters.value(p.oauthParameter);
        if (p.format == ConfigurationEntry::Format::Subdomain) {
            given = normaliseSubdomain(given, p.domain);
            issued = normaliseSubdomain(issued, p.domain);
        }
        if (given.trimmed() != issued.trimmed())
            differing.append(u"configuration.%1 (%2)"_s.arg(p.key, p.oauthParameter));
    }
    if (!differing.isEmpty())
        return jsonError(400, u"The configuration does not match what the authorization code was issued for: %1"_s.arg(
                                  differing.join(", "_L1)));
    for (auto v = c.callback.cbegin(); v != c.callback.cend(); ++v) {
        if (jsonText(providerData.value(v.key())) != v.value())
            return jsonError(400, u"providerData.%1 is not what the provider sent with this code."_s.arg(v.key()));
    }
    *grant = &c;
    return std::nullopt;
}

}  // namespace ce
