// Fuzzes matchCallback()/isCallbackUrl(): which navigations are the OAuth callback.
//
// Input: either one navigation URL (matched against the default callback
// https://www.mycoolapp.com/auth with the request token T0k3n), or three or more lines:
// the configured callback URL, the expected request token (empty: no authorization in
// progress), and the navigation URL (the rest).
//
// Invariants: isCallbackUrl and matchCallback agree; Authorized implies the callback, the
// expected (non-empty) token, exactly one oauth_token, and a non-empty verifier; a URL whose
// scheme, host or port differs from the configured one is never the callback; anything
// that is not the callback and carries oauth_verifier is a near miss, never left to load;
// from a frame the callback is refused whatever it carries, and nothing else changes; every
// outcome but NotCallback and Authorized carries a message; the answer is deterministic.
//
// The same navigation against OAuth 2.0's rules (zendesk's descriptor, the expected value
// as this attempt's state): Authorized implies the callback, exactly one state equal to the
// expected one, exactly one non-empty code and no refusal; only Authorized and Refused hand
// parameters on; a refusal's description is one line of at most MaxDescriptionLength
// characters without control or format characters; OAuth 1.0a's outcomes never appear.
#include "fuzzcommon.h"

#include "core/callbackmatcher.h"
#include "core/elementcatalog.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ce::CallbackMatch;
using Outcome = ce::CallbackMatch::Outcome;

namespace {

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
}

void check(const QUrl &configured, const QUrl &navigation, const QString &expected)
{
    const bool isCallback = ce::isCallbackUrl(configured, navigation);
    const CallbackMatch m = ce::matchCallback(configured, navigation, expected);
    FUZZ_CHECK(m.isCallback() == isCallback);

    // Deterministic.
    const CallbackMatch m2 = ce::matchCallback(configured, navigation, expected);
    FUZZ_CHECK(m2.outcome == m.outcome && m2.oauthToken == m.oauthToken && m2.oauthVerifier == m.oauthVerifier
               && m2.message == m.message);

    // Another host (however written), scheme or port is never the callback.
    if (navigation.host(QUrl::FullyEncoded) != configured.host(QUrl::FullyEncoded)
        || navigation.host().compare(configured.host(), Qt::CaseInsensitive) != 0
        || navigation.scheme().toLower() != configured.scheme().toLower()
        || defaultPort(navigation) != defaultPort(configured) || navigation.host().isEmpty()) {
        FUZZ_CHECK(!isCallback);
    }
    if (isCallback) {
        const QString scheme = navigation.scheme().toLower();
        FUZZ_CHECK(scheme == "http"_L1 || scheme == "https"_L1);
        FUZZ_CHECK(navigation.isValid() && !navigation.isRelative());
        FUZZ_CHECK(navigation.userInfo().isEmpty() || navigation.userInfo() == configured.userInfo());
    }

    const bool carriesVerifier = ce::carriesCallbackSecret(navigation, ce::DefaultCallbackSecretParameters);
    FUZZ_CHECK(m.mustNotLoad() == (isCallback || carriesVerifier));

    // From a frame: the callback is refused, whatever it carries; the rest is as before.
    const CallbackMatch fromFrame = ce::matchCallback(configured, navigation, expected, ce::NavigationOrigin::Frame);
    if (isCallback) {
        FUZZ_CHECK(fromFrame.outcome == Outcome::WrongOrigin && !fromFrame.message.isEmpty());
        FUZZ_CHECK(fromFrame.oauthVerifier.isEmpty());
    } else {
        FUZZ_CHECK(fromFrame.outcome == m.outcome);
    }

    switch (m.outcome) {
    case Outcome::NotCallback:
        FUZZ_CHECK(!carriesVerifier);
        FUZZ_CHECK(m.message.isEmpty() && m.oauthToken.isEmpty() && m.oauthVerifier.isEmpty());
        break;
    case Outcome::NearMiss:
        FUZZ_CHECK(!isCallback && carriesVerifier);
        FUZZ_CHECK(!m.message.isEmpty() && m.oauthToken.isEmpty() && m.oauthVerifier.isEmpty());
        break;
    case Outcome::WrongOrigin:
        FUZZ_CHECK(false);  // the page itself may deliver it
        break;
    case Outcome::Authorized: {
        FUZZ_CHECK(isCallback);
        FUZZ_CHECK(!expected.isEmpty() && m.oauthToken == expected);
        FUZZ_CHECK(!m.oauthVerifier.isEmpty());
        FUZZ_CHECK(m.message.isEmpty() && m.refusal.isEmpty());
        const QUrlQuery query(navigation);
        FUZZ_CHECK(query.allQueryItemValues(u"oauth_token"_s).size() == 1);
        FUZZ_CHECK(query.allQueryItemValues(u"oauth_verifier"_s).size() == 1);
        FUZZ_CHECK(!query.hasQueryItem(u"error"_s) && !query.hasQueryItem(u"oauth_problem"_s)
                   && !query.hasQueryItem(u"not_approved"_s));
        break;
    }
    case Outcome::Refused:
        FUZZ_CHECK(!m.refusal.isEmpty() && !m.message.isEmpty());
        break;
    case Outcome::TokenMismatch:
        FUZZ_CHECK(expected.isEmpty() || m.oauthToken != expected);
        FUZZ_CHECK(!m.message.isEmpty());
        break;
    case Outcome::StateMismatch:
        FUZZ_CHECK(false);  // OAuth 2.0's
        break;
    case Outcome::Malformed:
        FUZZ_CHECK(!m.message.isEmpty());
        break;
    }
}

void checkOAuth2(const QUrl &configured, const QUrl &navigation, const QString &expected)
{
    static const ce::ElementDescription *zendesk = ce::ElementCatalog::builtIn().byId(u"zendesk"_s);
    FUZZ_CHECK(zendesk);
    const ce::CallbackRules rules = ce::CallbackRules::forElement(*zendesk, configured, expected);
    const CallbackMatch m = ce::matchCallback(rules, navigation);
    const CallbackMatch again = ce::matchCallback(rules, navigation);
    FUZZ_CHECK(again.outcome == m.outcome && again.parameters == m.parameters && again.message == m.message);
    FUZZ_CHECK(m.isCallback() == ce::isCallbackUrl(configured, navigation));
    FUZZ_CHECK(m.oauthToken.isEmpty() && m.oauthVerifier.isEmpty());
    if (m.outcome != Outcome::Authorized && m.outcome != Outcome::Refused)
        FUZZ_CHECK(m.parameters.isEmpty());
    if (m.outcome == Outcome::NearMiss)
        FUZZ_CHECK(ce::carriesCallbackSecret(navigation, rules.grantParameters));
    FUZZ_CHECK(m.refusalDescription.size() <= CallbackMatch::MaxDescriptionLength);
    for (const QChar c : m.refusalDescription)
        FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    switch (m.outcome) {
    case Outcome::Authorized: {
        const QUrlQuery query(navigation);
        FUZZ_CHECK(m.isCallback() && !expected.isEmpty());
        FUZZ_CHECK(query.allQueryItemValues(u"state"_s, QUrl::FullyDecoded) == QStringList{expected});
        FUZZ_CHECK(query.allQueryItemValues(u"code"_s).size() == 1);
        FUZZ_CHECK(!m.parameters.value(u"code"_s).isEmpty() && m.grant(rules) == m.parameters.value(u"code"_s));
        FUZZ_CHECK(!query.hasQueryItem(u"error"_s) && m.message.isEmpty());
        break;
    }
    case Outcome::TokenMismatch:
        FUZZ_CHECK(false);  // OAuth 1.0a's
        break;
    case Outcome::NotCallback:
        FUZZ_CHECK(m.message.isEmpty());
        break;
    case Outcome::Refused:
    case Outcome::StateMismatch:
    case Outcome::Malformed:
    case Outcome::NearMiss:
    case Outcome::WrongOrigin:
        FUZZ_CHECK(!m.message.isEmpty());
        break;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString configured = u"https://www.mycoolapp.com/auth"_s;
    QString expected = u"T0k3n"_s;
    QString navigation = text;
    const QStringList lines = text.split(u'\n');
    if (lines.size() >= 3) {
        configured = lines.at(0);
        expected = lines.at(1);
        navigation = lines.mid(2).join(u'\n');
    }
    // As the browser hands it over (tolerant) and as typed into "Open in system browser".
    for (const QUrl::ParsingMode mode : {QUrl::TolerantMode, QUrl::StrictMode}) {
        const QUrl configuredUrl(configured, mode);
        const QUrl navigationUrl(navigation, mode);
        check(configuredUrl, navigationUrl, expected);
        check(configuredUrl, navigationUrl, QString());  // no authorization in progress
        checkOAuth2(configuredUrl, navigationUrl, expected);
        checkOAuth2(configuredUrl, navigationUrl, QString());
    }
    return 0;
}
