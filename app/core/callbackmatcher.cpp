#include "callbackmatcher.h"

#include "oauthparameters.h"
#include <QCoreApplication>
#include <QUrlQuery>

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

CallbackMatch matchCallback(const QUrl &configured, const QUrl &navigation, const QString &expectedToken,
                            NavigationOrigin origin, const QStringList &secretParameters)
{
    CallbackMatch m;
    if (const Difference difference = differenceFromCallback(configured, navigation); difference != Difference::None) {
        // Not the callback. Loading it would still send what it carries to that address: a
        // near miss (http for https, a trailing slash or dot, a repeated query item) is
        // stopped as firmly as a forged callback.
        if (carriesCallbackSecret(navigation, secretParameters)) {
            m.outcome = CallbackMatch::Outcome::NearMiss;
            m.message = CallbackMatch::tr("The authorization was about to be sent to %1, which is not the callback "
                                          "address %2 (%3). It was stopped and not loaded; start again with a new "
                                          "token.")
                            .arg(shownAddress(navigation), shownAddress(configured), describe(difference));
        }
        return m;
    }

    if (!mayDeliverCallback(origin)) {
        m.outcome = CallbackMatch::Outcome::WrongOrigin;
        m.message = wrongOriginMessage(origin);
        return m;
    }

    // No authorization in progress: nothing that arrives can be accepted, whatever it carries.
    if (expectedToken.isEmpty()) {
        m.outcome = CallbackMatch::Outcome::TokenMismatch;
        m.message = CallbackMatch::tr("An authorization arrived although none was started; it was not accepted.");
        return m;
    }

    const QUrlQuery query(navigation);
    // A parameter that appears twice is ambiguous: some servers take the first, some the
    // last. Refuse rather than guess.
    for (const QLatin1StringView key : {oauth::OAuthToken, oauth::OAuthVerifier, oauth::Secret, oauth::RefreshToken,
                                        oauth::State, oauth::Error, oauth::NotApproved, oauth::OAuthProblem}) {
        if (query.allQueryItemValues(key).size() > 1) {
            m.outcome = CallbackMatch::Outcome::Malformed;
            m.message = CallbackMatch::tr("The authorization came back with \"%1\" twice; it was not accepted.").arg(key);
            return m;
        }
    }
    auto value = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    m.oauthToken = value(oauth::OAuthToken);
    m.oauthVerifier = value(oauth::OAuthVerifier);
    m.secret = value(oauth::Secret);
    m.refreshToken = value(oauth::RefreshToken);
    m.state = value(oauth::State);

    if (query.hasQueryItem(oauth::Error) || query.hasQueryItem(oauth::NotApproved)
        || query.hasQueryItem(oauth::OAuthProblem)) {
        m.outcome = CallbackMatch::Outcome::Refused;
        m.refusal = !value(oauth::Error).isEmpty()          ? value(oauth::Error)
                    : !value(oauth::OAuthProblem).isEmpty() ? value(oauth::OAuthProblem)
                                                            : QString(oauth::NotApproved);
        m.message = CallbackMatch::tr("Access was not granted (the provider said: %1).").arg(m.refusal);
        return m;
    }
    if (m.oauthToken != expectedToken) {
        m.outcome = CallbackMatch::Outcome::TokenMismatch;
        m.message = m.oauthToken.isEmpty()
            ? CallbackMatch::tr("The authorization came back without a request token; it was not accepted.")
            : CallbackMatch::tr("The authorization came back for another request token; it was not accepted. "
                 "Start the authorization again.");
        return m;
    }
    if (m.oauthVerifier.isEmpty()) {
        m.outcome = CallbackMatch::Outcome::Malformed;
        m.message = CallbackMatch::tr("The authorization came back without a verifier, so access was not granted.");
        return m;
    }
    m.outcome = CallbackMatch::Outcome::Authorized;
    return m;
}

}  // namespace ce
