#include "callbackmatcher.h"

#include "oauthparameters.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
}

QString normalisedPath(const QUrl &url)
{
    const QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}

// How `navigation` differs from the configured callback (the first difference found).
enum class Difference { None, NotWeb, Scheme, UserInfo, Host, Port, Path, Query };

Difference differenceFromCallback(const QUrl &configured, const QUrl &navigation)
{
    if (!configured.isValid() || !navigation.isValid() || configured.isRelative()
        || navigation.isRelative())
        return Difference::NotWeb;
    const QString scheme = navigation.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return Difference::NotWeb;
    if (scheme != configured.scheme().toLower())
        return Difference::Scheme;
    if (!navigation.userInfo().isEmpty() && navigation.userInfo() != configured.userInfo())
        return Difference::UserInfo;
    // QUrl lower-cases and IDNA-normalises hosts; compare them exactly, no suffix matching.
    if (navigation.host(QUrl::FullyEncoded).isEmpty()
        || navigation.host(QUrl::FullyEncoded) != configured.host(QUrl::FullyEncoded))
        return Difference::Host;
    if (effectivePort(navigation) != effectivePort(configured))
        return Difference::Port;
    if (normalisedPath(navigation) != normalisedPath(configured))
        return Difference::Path;
    const QUrlQuery navigationQuery(navigation);
    const auto configuredItems = QUrlQuery(configured).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : configuredItems) {
        const QStringList values = navigationQuery.allQueryItemValues(key, QUrl::FullyDecoded);
        if (values.size() != 1 || values.first() != value)
            return Difference::Query;
    }
    return Difference::None;
}

QString describe(Difference difference)
{
    switch (difference) {
    case Difference::None:
        break;
    case Difference::NotWeb:
        return CallbackMatch::tr("it is not a web address");
    case Difference::Scheme:
        return CallbackMatch::tr("another scheme");
    case Difference::UserInfo:
        return CallbackMatch::tr("a user name in the address");
    case Difference::Host:
        return CallbackMatch::tr("another host");
    case Difference::Port:
        return CallbackMatch::tr("another port");
    case Difference::Path:
        return CallbackMatch::tr("another path");
    case Difference::Query:
        return CallbackMatch::tr("a query item of the callback address is missing, different or repeated");
    }
    return {};
}

// An address for a message: no query (it holds the secrets), no user info, and not
// endless (a data: address can be).
QString shownAddress(const QUrl &url)
{
    QString shown = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
    if (shown.size() > 120)
        shown = shown.left(120) + QChar(0x2026);
    return shown;
}

QString wrongOriginMessage(NavigationOrigin origin)
{
    switch (origin) {
    case NavigationOrigin::Frame:
        return CallbackMatch::tr("The authorization came back from inside a frame, not from the page itself; "
                                 "it was not accepted.");
    case NavigationOrigin::Popup:
        return CallbackMatch::tr("The authorization came back from inside a popup window, not from the page itself; "
                                 "it was not accepted.");
    default:
        return CallbackMatch::tr("The authorization came back because a frame or another window sent the page "
                                 "there, not the page itself; it was not accepted.");
    }
}

// Whether the query or the fragment of `url` holds `name` with the value `value`.
bool carriesItem(const QUrl &url, const QString &name, const QString &value)
{
    for (const QUrlQuery &q : {QUrlQuery(url), QUrlQuery(url.fragment(QUrl::FullyEncoded))}) {
        const QStringList values = q.allQueryItemValues(name, QUrl::FullyDecoded);
        if (values.contains(value))
            return true;
    }
    return false;
}

// A query item as a redirect writes it (application/x-www-form-urlencoded, RFC 6749
// appendix B): "+" is a space, which QUrlQuery leaves as it is.
QString formValue(const QUrlQuery &query, const QString &key)
{
    QString encoded = query.queryItemValue(key, QUrl::FullyEncoded);
    encoded.replace(u'+', "%20"_L1);
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

// The provider's description of a refusal, as a message may show it: secrets scrubbed,
// one line, cut.
QString describedRefusal(const QString &text)
{
    QString shown = redaction::scrub(text).simplified();
    // Controls and bidirectional overrides would make the message lie about itself.
    shown.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    if (shown.size() > CallbackMatch::MaxDescriptionLength)
        shown = shown.left(CallbackMatch::MaxDescriptionLength - 1) + QChar(0x2026);
    return shown;
}

// What a refusal says, as a message shows it: its value described, or the parameter's name
// when the value says nothing (empty, "true", or nothing left once controls are removed).
QString refusalShown(const QString &key, const QString &value)
{
    const QString shown = value == "true"_L1 ? QString() : describedRefusal(value);
    return shown.isEmpty() ? key : shown;
}

}  // namespace

bool isCallbackUrl(const QUrl &configured, const QUrl &navigation)
{
    return differenceFromCallback(configured, navigation) == Difference::None;
}

bool carriesCallbackSecret(const QUrl &url, const QStringList &secretParameters)
{
    // The fragment too: it does not reach the server, but the page there reads it.
    const QUrlQuery query(url);
    const QUrlQuery fragment(url.fragment(QUrl::FullyEncoded));
    for (const QString &name : secretParameters) {
        if (!name.isEmpty() && (query.hasQueryItem(name) || fragment.hasQueryItem(name)))
            return true;
    }
    return false;
}

CallbackRules CallbackRules::forElement(const ElementDescription &element, const QUrl &callbackUrl,
                                        const QString &expected)
{
    CallbackRules r;
    r.kind = element.authentication;
    r.callbackUrl = callbackUrl;
    r.expected = expected;
    r.grantParameters = element.grantParameters();
    r.refusalParameters = element.refusalParameters;
    for (const ProviderDataEntry &f : element.providerData) {
        if (f.source != ProviderDataEntry::Source::Callback)
            continue;
        r.callbackParameters.append(f.key);
        if (f.required)
            r.requiredParameters.append(f.key);
    }
    return r;
}

QString CallbackMatch::grant(const CallbackRules &rules) const
{
    for (const QString &name : rules.grantParameters) {
        if (!parameters.value(name).isEmpty())
            return parameters.value(name);
    }
    return rules.kind == Authentication::OAuth1 ? oauthVerifier : QString();
}

bool isNearMiss(const CallbackRules &rules, const QUrl &navigation)
{
    if (!carriesCallbackSecret(navigation, rules.grantParameters))
        return false;
    if (rules.kind != Authentication::OAuth2)
        return true;
    if (!rules.expected.isEmpty() && carriesItem(navigation, oauth::State, rules.expected))
        return true;
    // This attempt's state anywhere else (a javascript: or data: address quoting the
    // callback): 256 random bits are nobody's word by chance.
    if (rules.expected.size() >= 16 && navigation.toString(QUrl::FullyDecoded).contains(rules.expected))
        return true;
    const QUrl &configured = rules.callbackUrl;
    const QString host = configured.host(QUrl::FullyEncoded);
    if (!host.isEmpty()) {
        // The callback's host however written (a trailing dot, another port or scheme).
        QString navigationHost = navigation.host(QUrl::FullyEncoded);
        if (navigationHost.endsWith(u'.'))
            navigationHost.chop(1);
        if (navigationHost == host)
            return true;
    }
    const QString path = normalisedPath(configured);
    if (configured.isValid() && !configured.isRelative() && path != "/"_L1) {
        QString navigationPath = normalisedPath(navigation);
        while (navigationPath.size() > 1 && navigationPath.endsWith(u'/'))
            navigationPath.chop(1);
        if (navigationPath.compare(path, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

// OAuth 1.0a: the request token binds the callback to this attempt.
void matchOAuth1(const CallbackRules &rules, const QUrlQuery &query, CallbackMatch &m)
{
    auto value = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    const QString expectedToken = rules.expected;
    for (const QString &key : rules.refusalParameters) {
        if (query.hasQueryItem(key)) {
            m.outcome = CallbackMatch::Outcome::Refused;
            m.refusal = refusalShown(key, value(key));
            m.message = CallbackMatch::tr("Access was not granted (the provider said: %1).").arg(m.refusal);
            return;
        }
    }
    if (m.oauthToken != expectedToken) {
        m.outcome = CallbackMatch::Outcome::TokenMismatch;
        m.message = m.oauthToken.isEmpty()
            ? CallbackMatch::tr("The authorization came back without a request token; it was not accepted.")
            : CallbackMatch::tr("The authorization came back for another request token; it was not accepted. "
                                "Start the authorization again.");
        return;
    }
    // The verifier always; any other grant the descriptor names too.
    for (const QString &name : QStringList{QString(oauth::OAuthVerifier)} + rules.grantParameters) {
        if (value(name).isEmpty()) {
            m.outcome = CallbackMatch::Outcome::Malformed;
            m.message = CallbackMatch::tr("The authorization came back without a verifier, so access was not granted.");
            return;
        }
    }
    m.outcome = CallbackMatch::Outcome::Authorized;
}

// OAuth 2.0: the state binds the callback to this attempt; the code is the grant.
void matchOAuth2(const CallbackRules &rules, const QUrlQuery &query, CallbackMatch &m)
{
    auto value = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    if (!query.hasQueryItem(oauth::State) || m.state.isEmpty()) {
        m.outcome = CallbackMatch::Outcome::StateMismatch;
        m.message = CallbackMatch::tr("The authorization came back without the state it was sent with, so it cannot "
                                      "be told from a forged one; it was not accepted. Start the authorization again.");
        return;
    }
    if (m.state != rules.expected) {
        m.outcome = CallbackMatch::Outcome::StateMismatch;
        m.message = CallbackMatch::tr("The authorization came back for another attempt (its state is not this "
                                      "one's); it was not accepted. Start the authorization again.");
        return;
    }
    QString refusalKey;
    for (const QString &key : rules.refusalParameters) {
        if (query.hasQueryItem(key)) {
            refusalKey = key;
            break;
        }
    }
    const bool carriesGrant = std::any_of(rules.grantParameters.cbegin(), rules.grantParameters.cend(),
                                          [&](const QString &name) { return query.hasQueryItem(name); });
    if (!refusalKey.isEmpty() && carriesGrant) {
        m.outcome = CallbackMatch::Outcome::Malformed;
        m.message = CallbackMatch::tr("The authorization came back with both a refusal (\"%1\") and a grant; it was "
                                      "not accepted.").arg(refusalKey);
        return;
    }
    if (!refusalKey.isEmpty()) {
        m.outcome = CallbackMatch::Outcome::Refused;
        m.refusal = refusalShown(refusalKey, formValue(query, refusalKey));
        m.refusalDescription = describedRefusal(formValue(query, oauth::ErrorDescription));
        m.message = m.refusalDescription.isEmpty()
            ? CallbackMatch::tr("Access was not granted (the provider said: %1).").arg(m.refusal)
            : CallbackMatch::tr("Access was not granted (the provider said: %1: %2).").arg(m.refusal, m.refusalDescription);
        return;
    }
    for (const QString &name : rules.grantParameters) {
        if (value(name).isEmpty()) {
            m.outcome = CallbackMatch::Outcome::Malformed;
            m.message = CallbackMatch::tr("The authorization came back without \"%1\", so access was not granted.")
                            .arg(name);
            return;
        }
    }
    m.outcome = CallbackMatch::Outcome::Authorized;
}

}  // namespace

CallbackMatch matchCallback(const CallbackRules &rules, const QUrl &navigation, NavigationOrigin origin)
{
    CallbackMatch m;
    const QUrl &configured = rules.callbackUrl;
    if (const Difference difference = differenceFromCallback(configured, navigation); difference != Difference::None) {
        // Not the callback. Loading it would still send what it carries to that address: a
        // near miss (http for https, a trailing slash or dot, a repeated query item) is
        // stopped as firmly as a forged callback.
        if (isNearMiss(rules, navigation)) {
            m.outcome = CallbackMatch::Outcome::NearMiss;
            m.message = CallbackMatch::tr("The authorization was about to be sent to %1, which is not the callback "
                                          "address %2 (%3). It was stopped and not loaded; start again.")
                            .arg(shownAddress(navigation), shownAddress(configured), describe(difference));
        }
        return m;
    }

    if (!mayDeliverCallback(origin)) {
        m.outcome = CallbackMatch::Outcome::WrongOrigin;
        m.message = wrongOriginMessage(origin);
        return m;
    }

    const bool oauth2 = rules.kind == Authentication::OAuth2;
    // No authorization in progress: nothing that arrives can be accepted, whatever it carries.
    if (rules.expected.isEmpty()) {
        m.outcome = oauth2 ? CallbackMatch::Outcome::StateMismatch : CallbackMatch::Outcome::TokenMismatch;
        m.message = CallbackMatch::tr("An authorization arrived although none was started; it was not accepted.");
        return m;
    }

    const QUrlQuery query(navigation);
    // A parameter that appears twice is ambiguous: some servers take the first, some the
    // last. Refuse rather than guess.
    QStringList unique = {QString(oauth::State)};
    if (!oauth2) {
        for (const QLatin1StringView key : {oauth::OAuthToken, oauth::OAuthVerifier, oauth::Secret, oauth::RefreshToken})
            unique.append(key);
    } else {
        unique.append(oauth::ErrorDescription);
    }
    unique += rules.grantParameters;
    unique += rules.callbackParameters;
    unique += rules.refusalParameters;
    for (const QString &key : std::as_const(unique)) {
        if (query.allQueryItemValues(key).size() > 1) {
            m.outcome = CallbackMatch::Outcome::Malformed;
            m.message = CallbackMatch::tr("The authorization came back with \"%1\" twice; it was not accepted.").arg(key);
            return m;
        }
    }
    auto value = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    m.state = value(oauth::State);
    if (!oauth2) {
        m.oauthToken = value(oauth::OAuthToken);
        m.oauthVerifier = value(oauth::OAuthVerifier);
        m.secret = value(oauth::Secret);
        m.refreshToken = value(oauth::RefreshToken);
        matchOAuth1(rules, query, m);
    } else {
        matchOAuth2(rules, query, m);
    }
    if (m.outcome != CallbackMatch::Outcome::Authorized) {
        if (m.outcome != CallbackMatch::Outcome::Refused) {
            // Only what was accepted is handed on.
            m.oauthToken.clear();
            m.oauthVerifier.clear();
            m.secret.clear();
            m.refreshToken.clear();
        }
        return m;
    }
    for (const QString &key : rules.callbackParameters) {
        if (query.hasQueryItem(key))
            m.parameters.insert(key, value(key));
    }
    for (const QString &key : rules.requiredParameters) {
        if (m.parameters.value(key).isEmpty()) {
            m.outcome = CallbackMatch::Outcome::Malformed;
            m.message = CallbackMatch::tr("The authorization came back without \"%1\", which the element needs; it "
                                          "was not accepted.").arg(key);
            m.parameters.clear();
            m.oauthToken.clear();
            m.oauthVerifier.clear();
            return m;
        }
    }
    return m;
}

CallbackMatch matchCallback(const QUrl &configured, const QUrl &navigation, const QString &expectedToken,
                            NavigationOrigin origin, const QStringList &secretParameters)
{
    CallbackRules rules;
    rules.callbackUrl = configured;
    rules.expected = expectedToken;
    rules.grantParameters = secretParameters;
    return matchCallback(rules, navigation, origin);
}

}  // namespace ce
