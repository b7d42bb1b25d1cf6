#pragma once

#include "elementdescription.h"
#include "navigationorigin.h"
#include "oauthparameters.h"

#include <QCoreApplication>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ce {

// The OAuth 1.0a callback parameter that proves the user's consent. An element's
// descriptor names its own (an OAuth 2 `code`): ElementDescription::grantParameters().
inline const QStringList DefaultCallbackSecretParameters = {oauth::OAuthVerifier};

// What the callback of one authorization attempt must be and carry: the element's rules
// (forElement()) and the attempt's expected value. Every list is the descriptor's, so a
// new element is a new file, not new code here.
struct CallbackRules
{
    Authentication kind = Authentication::OAuth1;
    QUrl callbackUrl;
    // OAuth 1.0a: the request token the callback must carry as oauth_token. OAuth 2.0: the
    // state it must carry as state. Empty: no authorization in progress, nothing is accepted.
    QString expected;
    // The grant (providerData from the callback marked secret: oauth_verifier, code): must
    // be there once, and never goes anywhere but the exact callback.
    QStringList grantParameters = DefaultCallbackSecretParameters;
    // Every providerData entry from the callback (oauth_token, code, realmId...): taken into
    // CallbackMatch::parameters; twice is refused. `required` ones must be there.
    QStringList callbackParameters;
    QStringList requiredParameters;
    // What means the user refused (the descriptor's oauth.refusalParameters).
    QStringList refusalParameters = {QString(oauth::Error), QString(oauth::NotApproved), QString(oauth::OAuthProblem)};

    // The rules of `element`'s callback at `callbackUrl`; `expected` as above.
    static CallbackRules forElement(const ElementDescription &element, const QUrl &callbackUrl,
                                    const QString &expected);
};

// What a navigation URL means for an authorization in progress.
struct CallbackMatch
{
    Q_DECLARE_TR_FUNCTIONS(ce::CallbackMatch)
public:
    enum class Outcome {
        NotCallback,    // some other page: let the browser load it
        Authorized,     // the callback with our token (OAuth 1) or state (OAuth 2) and the grant
        Refused,        // the callback, carrying the provider's refusal
        TokenMismatch,  // OAuth 1: the callback, but for another request token (or none was issued)
        StateMismatch,  // OAuth 2: the callback, but its state is missing or not this attempt's
                        // (or no authorization was started)
        Malformed,      // the callback, but without the grant, with a required item missing,
                        // with duplicated items, or with both a refusal and a grant
        NearMiss,       // not the callback, but it carries the grant: loading it would hand
                        // that to another address
        WrongOrigin,    // the callback, from somewhere that may not deliver it (a frame, a popup)
    };

    Outcome outcome = Outcome::NotCallback;
    // Every callback parameter of the rules found (Authorized, Refused): "code", "realmId",
    // "oauth_token", "oauth_verifier"... Secret ones are the caller's to register.
    QMap<QString, QString> parameters;
    // OAuth 1.0a, as before the rules were data (also in `parameters` when the descriptor
    // names them).
    QString oauthToken;
    QString oauthVerifier;
    QString secret;        // only if the provider sent one
    QString refreshToken;  // only if the provider sent one
    QString state;
    QString refusal;       // the provider's word: "access_denied", "user_refused", ...
    // OAuth 2.0's error_description, scrubbed of secrets, on one line, at most
    // MaxDescriptionLength characters: a hostile page writes it.
    QString refusalDescription;
    QString message;       // a sentence for the user (empty for NotCallback and Authorized)

    static constexpr qsizetype MaxDescriptionLength = 200;

    // The grant's value (the first grant parameter the rules name that it carries).
    QString grant(const CallbackRules &rules) const;

    // The configured callback address (whatever it carries, wherever it came from).
    bool isCallback() const { return outcome != Outcome::NotCallback && outcome != Outcome::NearMiss; }
    // The browser must not load it: the callback, or a near miss carrying its secrets.
    bool mustNotLoad() const { return outcome != Outcome::NotCallback; }
};

// True when `navigation` is the configured callback: same scheme, host, port and path,
// no user info, and every query item of the configured URL present once with the same
// value (extra items such as state=freshbooks are allowed). Look-alikes (another port, a
// path prefix or suffix, a host suffix, user-info tricks) are not.
bool isCallbackUrl(const QUrl &configuredCallback, const QUrl &navigation);

// True when the query or the fragment of `url` holds one of `secretParameters`.
bool carriesCallbackSecret(const QUrl &url, const QStringList &secretParameters);

// True when `navigation`, which is not the callback, must not be loaded because of the
// grant it carries. OAuth 1.0a: any grant parameter (oauth_verifier is no common word).
// OAuth 2.0: `code` is, and a provider's own single sign-on hands its own codes around, so
// a grant parameter together with this attempt's state, or on the callback's host, or on
// the callback's path (not "/") on any host: what a provider's redirect to a mistyped
// callback address would carry.
bool isNearMiss(const CallbackRules &rules, const QUrl &navigation);

// Decides whether `navigation` is the callback and, if so, what it carries. The callback
// from an `origin` that may not deliver it is WrongOrigin; another address that carries
// the grant is NearMiss (isNearMiss()), never to be loaded.
CallbackMatch matchCallback(const CallbackRules &rules, const QUrl &navigation,
                            NavigationOrigin origin = NavigationOrigin::TopLevelPage);

// OAuth 1.0a with the default rules: `expectedToken` is the request token issued in step
// 1 (empty: none in progress); `secretParameters` the grant.
CallbackMatch matchCallback(const QUrl &configuredCallback, const QUrl &navigation, const QString &expectedToken,
                            NavigationOrigin origin = NavigationOrigin::TopLevelPage,
                            const QStringList &secretParameters = DefaultCallbackSecretParameters);

}  // namespace ce
