#pragma once

#include "navigationorigin.h"
#include "oauthparameters.h"

#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ce {

// The OAuth 1.0a callback parameter that proves the user's consent. An element's
// descriptor names its own (an OAuth 2 `code`): ElementDescription::grantParameters().
inline const QStringList DefaultCallbackSecretParameters = {oauth::OAuthVerifier};

// What a navigation URL means for an OAuth 1.0a authorization in progress.
struct CallbackMatch
{
    Q_DECLARE_TR_FUNCTIONS(ce::CallbackMatch)
public:
    enum class Outcome {
        NotCallback,    // some other page: let the browser load it
        Authorized,     // the callback with our token and a verifier
        Refused,        // the callback, carrying the provider's refusal
        TokenMismatch,  // the callback, but for another request token (or none was issued)
        Malformed,      // the callback, but without a verifier or with duplicated parameters
        NearMiss,       // not the callback, but it carries a secret callback parameter (a
                        // verifier): loading it would hand that to another address
        WrongOrigin,    // the callback, from somewhere that may not deliver it (a frame, a popup)
    };

    Outcome outcome = Outcome::NotCallback;
    QString oauthToken;
    QString oauthVerifier;
    QString secret;        // only if the provider sent one
    QString refreshToken;  // only if the provider sent one
    QString state;
    QString refusal;       // the provider's words: "access_denied", "user_refused", ...
    QString message;       // a sentence for the user (empty for NotCallback and Authorized)

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

// Decides whether `navigation` is the callback and, if so, what it carries.
// `expectedToken` is the request token issued in step 1; an empty one means no
// authorization is in progress, so no callback can be accepted. The callback from an
// `origin` that may not deliver it is WrongOrigin; any other address that carries one of
// `secretParameters` is NearMiss (never to be loaded).
CallbackMatch matchCallback(const QUrl &configuredCallback, const QUrl &navigation, const QString &expectedToken,
                            NavigationOrigin origin = NavigationOrigin::TopLevelPage,
                            const QStringList &secretParameters = DefaultCallbackSecretParameters);

}  // namespace ce
