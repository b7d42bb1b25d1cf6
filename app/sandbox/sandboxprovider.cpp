// The provider's side of the authorization, as a provider shows it: the authorization
// page (a sign-in form, then the consent form), the sign-in and decision forms, the help
// page, and the redirect to the callback. Paths: /provider/<elementKey>/<site>/...
//
// Sign-in and help serve both OAuth kinds; here too OAuth 1.0a's authorization page and
// decision, which go back with oauth_token and oauth_verifier (answerCallback). OAuth 2.0's
// are in sandboxoauth2.cpp.
#include "sandboxserver_p.h"

#include "sandboxpages.h"

#include "core/logging.h"
#include "core/oauthparameters.h"

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

namespace {

constexpr auto SessionCookie = "cep_sandbox_session"_L1;

}  // namespace

// ---------------------------------------------------------------------------------
// Who is where

std::optional<Reply> SandboxServerPrivate::visit(const Request &in, Visit *v) const
{
    const QString key = in.arguments.at(0);
    v->element = oauthElement(key);
    if (!v->element)
        return providerError(404, nullptr, u"Unknown provider"_s,
                             u"The sandbox knows no element with the key \u201c%1\u201d."_s.arg(key));
    if (!v->element->isOAuth())
        return providerError(400, v->element, u"No authorization page"_s,
                             u"%1 signs in with the configuration of the instance, not on a page of its own."_s.arg(
                                 v->element->name));
    v->site = in.arguments.at(1);
    const QString sessionId = cookieValue(in, SessionCookie);
    v->signedIn = !sessionId.isEmpty() && sessions.contains(sessionId);
    v->email = v->signedIn ? sessions.value(sessionId) : QString();
    return std::nullopt;
}

// The request token `token` as the authorization page and the decision form need it:
// issued by this sandbox for this element and site, and neither allowed nor refused yet.
std::optional<Reply> SandboxServerPrivate::issuedToken(const Visit &v, const QString &token, RequestToken **found)
{
    const ElementDescription *e = v.element;
    if (e->authentication != Authentication::OAuth1)
        return providerError(400, e, u"Not an OAuth 1.0a provider"_s,
                             u"%1 uses OAuth 2.0: its authorization page is .../oauth2/authorize."_s.arg(e->name));
    if (token.isEmpty())
        return providerError(400, e, u"No request token"_s,
                             u"The authorization link carries no oauth_token. Get a new link from the "
                             u"application that sent you here."_s);
    const auto it = tokens.find(token);
    if (it == tokens.end())
        return providerError(400, e, u"Unknown request token"_s,
                             u"The request token \u201c%1\u201d is unknown: it was never issued, or the link "
                             u"is incomplete. Get a new link from the application that sent you here."_s.arg(token));
    if (it->elementKey != e->key || it->site != v.site)
        return providerError(400, e, u"Wrong site"_s,
                             u"This request token was issued for %1, not for %2."_s.arg(
                                 siteHost(*element(it->elementKey), it->site), siteHost(*e, v.site)));
    if (it->state != RequestToken::State::Issued)
        return providerError(400, e, u"Request token already used"_s,
                             u"This request token has already been allowed or refused. Start the "
                             u"authorization again from the application."_s);
    *found = &it.value();
    return std::nullopt;
}

// ---------------------------------------------------------------------------------
// The pages and forms (one route each)

// GET .../oauth/oauth_authorize.php?oauth_token=...: sign in first, then consent.
Reply SandboxServerPrivate::showAuthorization(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    RequestToken *t = nullptr;
    if (auto error = issuedToken(v, in.param(oauth::OAuthToken), &t))
        return *error;
    if (autoApprove)
        return answerCallback(*t, *v.element, true);
    if (!v.signedIn)
        return loginPage(v, in.pathAndQuery, QString(), QString());
    return consentPage(v, *t);
}

Reply SandboxServerPrivate::showLogin(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    return loginPage(v, QString(), QString(), QString());
}

// POST .../login: any email and password sign in; back to the page the form came from.
Reply SandboxServerPrivate::signIn(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    const QUrlQuery form = parseForm(in.body);
    const QString formEmail = formValue(form, u"email"_s).trimmed();
    const QString password = formValue(form, u"password"_s);
    QString returnTo = formValue(form, u"return"_s);
    if (!returnTo.startsWith("/provider/"_L1) || returnTo.contains(u'\\'))
        returnTo = u"/provider/%1/%2/help"_s.arg(v.element->key, v.site);
    if (formEmail.isEmpty() || password.isEmpty())
        return loginPage(v, returnTo, formEmail, u"Enter an email address and a password."_s);
    const QString id = randomAlnum(32);
    insertBounded(sessions, sessionOrder, id, formEmail);
    Reply r = redirectReply(303, q->rootUrl().resolved(QUrl::fromEncoded(returnTo.toUtf8())).toEncoded());
    r.headers.emplaceBack("Set-Cookie", QByteArray(SessionCookie.data(), SessionCookie.size()) + '=' + id.toLatin1()
                                            + "; Path=/provider; HttpOnly; SameSite=Lax");
    return r;
}

// POST .../oauth/decision: Allow or Deny, signed in.
Reply SandboxServerPrivate::decide(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    const QUrlQuery form = parseForm(in.body);
    RequestToken *t = nullptr;
    if (auto error = issuedToken(v, formValue(form, oauth::OAuthToken), &t))
        return *error;
    if (!v.signedIn)
        return providerError(403, v.element, u"Not signed in"_s,
                             u"Sign in to %1 before you allow or deny access."_s.arg(siteHost(*v.element, v.site)));
    const QString decision = formValue(form, u"decision"_s);
    if (decision == "allow"_L1)
        return answerCallback(*t, *v.element, true);
    if (decision == "deny"_L1)
        return answerCallback(*t, *v.element, false);
    return providerError(400, v.element, u"No decision"_s, u"Choose Allow or Deny."_s);
}

Reply SandboxServerPrivate::showHelp(const Request &in)
{
    Visit v;
    if (auto error = visit(in, &v))
        return *error;
    return htmlReply(200, sandboxpages::render(u"help"_s, {{u"provider"_s, v.element->name},
                                                            {u"host"_s, hostLabel(*v.element, v.site)}}));
}

// ---------------------------------------------------------------------------------
// What the pages show and where the decision goes

Reply SandboxServerPrivate::providerError(int status, const ElementDescription *e, const QString &title,
                                            const QString &message) const
{
    return htmlReply(status, sandboxpages::render(u"error"_s, {{u"provider"_s, e ? e->name : u"the provider"_s},
                                                               {u"title"_s, title},
                                                               {u"message"_s, message}}));
}

Reply SandboxServerPrivate::loginPage(const Visit &v, const QString &returnTo, const QString &email,
                                        const QString &error) const
{
    const ElementDescription &e = *v.element;
    return htmlReply(200, sandboxpages::render(u"login"_s, {
                                                               {u"provider"_s, e.name},
                                                               {u"host"_s, hostLabel(e, v.site)},
                                                               {u"action"_s, u"/provider/%1/%2/login"_s.arg(e.key, v.site)},
                                                               {u"returnTo"_s, returnTo},
                                                               {u"email"_s, email},
                                                               {u"error"_s, error},
                                                           }));
}

Reply SandboxServerPrivate::consentPage(const Visit &v, const RequestToken &t) const
{
    const ElementDescription &e = *v.element;
    return htmlReply(200, sandboxpages::render(
                              u"consent"_s, {
                                                {u"provider"_s, e.name},
                                                {u"host"_s, siteHost(e, t.site)},
                                                {u"app"_s, t.parameters.value(oauth::ApiKey)},
                                                {u"email"_s, v.email},
                                                {u"action"_s, u"/provider/%1/%2/oauth/decision"_s.arg(e.key, t.site)},
                                                {u"field"_s, QString(oauth::OAuthToken)},
                                                {u"token"_s, t.token},
                                                {u"callback"_s, t.callbackUrl},
                                                {u"helpUrl"_s, u"/provider/%1/%2/help"_s.arg(e.key, t.site)},
                                            }));
}

// OAuth 1.0a: the callback with the element's state, the token, and the verifier (allowed)
// or oauth_problem=user_refused (denied).
Reply SandboxServerPrivate::answerCallback(RequestToken &t, const ElementDescription &e, bool allow)
{
    QUrl callback(t.callbackUrl);
    QUrlQuery query(callback);
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!e.callbackState.isEmpty())
        add(oauth::State, e.callbackState);
    add(oauth::OAuthToken, t.token);
    if (allow) {
        t.verifier = randomAlnum(24);
        t.state = RequestToken::State::Authorized;
        add(oauth::OAuthVerifier, t.verifier);
    } else {
        t.state = RequestToken::State::Refused;
        add(oauth::OAuthProblem, u"user_refused"_s);
    }
    callback.setQuery(query);
    qCInfo(lcSandbox) << "sandbox: the user" << (allow ? "allowed" : "refused") << "access for" << e.key
                      << "site" << t.site;
    return redirectReply(302, callback.toEncoded());
}

}  // namespace ce
