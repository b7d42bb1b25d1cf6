#pragma once

#include <QCoreApplication>

#include <QString>
#include <QUrl>

namespace ce {

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
    };

    Outcome outcome = Outcome::NotCallback;
    QString oauthToken;
    QString oauthVerifier;
    QString secret;        // only if the provider sent one
    QString refreshToken;  // only if the provider sent one
    QString state;
    QString refusal;       // the provider's words: "access_denied", "user_refused", ...
    QString message;       // a sentence for the user (empty for NotCallback and Authorized)

    bool isCallback() const { return outcome != Outcome::NotCallback; }
};

// True when `navigation` is the configured callback: same scheme, host, port and path,
// no user info, and every query item of the configured URL present with the same value
// (extra items such as state=freshbooks are allowed). Look-alikes (another port, a path
// prefix or suffix, a host suffix, user-info tricks) are not.
bool isCallbackUrl(const QUrl &configuredCallback, const QUrl &navigation);

// Decides whether `navigation` is the callback and, if so, what it carries.
// `expectedToken` is the request token issued in step 1; an empty one means no
// authorization is in progress, so no callback can be accepted.
CallbackMatch matchCallback(const QUrl &configuredCallback, const QUrl &navigation,
                            const QString &expectedToken);

}  // namespace ce
