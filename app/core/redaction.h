#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Keeps secrets out of every log line, request log and error text.
//
// Two layers: values the app knows to be secret are registered (registerSecret) and
// replaced wherever they appear; and structure-aware helpers mask what is secret by
// name (query parameters, JSON keys, the Authorization header) even when the value
// was never registered. installMessageHandler() applies scrub() to every Qt message.
namespace ce::redaction {

inline constexpr QLatin1StringView Mask{"<redacted>"};

// True for names that carry secrets: apiSecret, requestToken, oauth_token,
// oauth_verifier, secret, token, refresh_token, password, authorization, and every name
// whose last word (after '.', '_', '-' or in camelCase) is secret, token, verifier,
// password, passwd or passphrase: oauth.verifier, requestTokenSecret, oauth.user.token
// (case-insensitive).
bool isSecretName(QStringView name);

// Remembers a value to be masked everywhere from now on, however it is written: raw,
// percent- or form-encoded, or escaped as in a JSON string (\" \\ \n \/ \uXXXX). Values
// shorter than 4 characters, and null, true and false, are ignored (they would mask
// ordinary words). Thread-safe.
void registerSecret(const QString &value);
void forgetSecrets();  // for tests

// The one redaction of free text, for every message the program shows or prints (the Qt
// message handler, the command line's output, ApiError's texts): replaces registered
// secrets, the secret parts of Authorization headers ("User x, Organization y, Element
// z"), and the values of secret-named keys however a line writes them ("apiSecret=x",
// "apiSecret: x", {"requestTokenSecret":"x"}). Linear in the text; a line that names no
// secret is passed over after one scan.
QString scrub(const QString &text);

// The URL with the values of secret query parameters masked, then scrubbed.
QString url(const QUrl &url);

// A JSON (or other) body with the values of secret keys masked, then scrubbed.
// Bodies that are not JSON are only scrubbed.
QByteArray body(const QByteArray &body);

// "User <redacted>, Organization <redacted>" for an Authorization header value.
QByteArray authorizationHeader(const QByteArray &value);

// Installs a Qt message handler that scrubs every message, chained to the previous one.
void installMessageHandler();

}  // namespace ce::redaction
