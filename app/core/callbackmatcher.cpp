#include "callbackmatcher.h"

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

}  // namespace

bool isCallbackUrl(const QUrl &configured, const QUrl &navigation)
{
    if (!configured.isValid() || !navigation.isValid() || configured.isRelative()
        || navigation.isRelative())
        return false;
    const QString scheme = navigation.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return false;
    if (scheme != configured.scheme().toLower())
        return false;
    if (!navigation.userInfo().isEmpty() && navigation.userInfo() != configured.userInfo())
        return false;
    // QUrl lower-cases and IDNA-normalises hosts; compare them exactly, no suffix matching.
    if (navigation.host(QUrl::FullyEncoded).isEmpty()
        || navigation.host(QUrl::FullyEncoded) != configured.host(QUrl::FullyEncoded))
        return false;
    if (effectivePort(navigation) != effectivePort(configured))
        return false;
    if (normalisedPath(navigation) != normalisedPath(configured))
        return false;
    const QUrlQuery navigationQuery(navigation);
    const auto configuredItems = QUrlQuery(configured).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : configuredItems) {
        const QStringList values = navigationQuery.allQueryItemValues(key, QUrl::FullyDecoded);
        if (values.size() != 1 || values.first() != value)
            return false;
    }
    return true;
}

CallbackMatch matchCallback(const QUrl &configured, const QUrl &navigation, const QString &expectedToken)
{
    CallbackMatch m;
    if (!isCallbackUrl(configured, navigation))
        return m;

    // No authorization in progress: nothing that arrives can be accepted, whatever it carries.
    if (expectedToken.isEmpty()) {
        m.outcome = CallbackMatch::Outcome::TokenMismatch;
        m.message = CallbackMatch::tr("An authorization arrived although none was started; it was not accepted.");
        return m;
    }

    const QUrlQuery query(navigation);
    // A parameter that appears twice is ambiguous: some servers take the first, some the
    // last. Refuse rather than guess.
    const QStringList keys = {u"oauth_token"_s, u"oauth_verifier"_s, u"secret"_s, u"refresh_token"_s,
                              u"state"_s, u"error"_s, u"not_approved"_s, u"oauth_problem"_s};
    for (const QString &key : keys) {
        if (query.allQueryItemValues(key).size() > 1) {
            m.outcome = CallbackMatch::Outcome::Malformed;
            m.message = CallbackMatch::tr("The authorization came back with \"%1\" twice; it was not accepted.").arg(key);
            return m;
        }
    }
    auto value = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    m.oauthToken = value(u"oauth_token"_s);
    m.oauthVerifier = value(u"oauth_verifier"_s);
    m.secret = value(u"secret"_s);
    m.refreshToken = value(u"refresh_token"_s);
    m.state = value(u"state"_s);

    if (query.hasQueryItem(u"error"_s) || query.hasQueryItem(u"not_approved"_s)
        || query.hasQueryItem(u"oauth_problem"_s)) {
        m.outcome = CallbackMatch::Outcome::Refused;
        m.refusal = !value(u"error"_s).isEmpty()           ? value(u"error"_s)
                    : !value(u"oauth_problem"_s).isEmpty() ? value(u"oauth_problem"_s)
                                                           : u"not_approved"_s;
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
