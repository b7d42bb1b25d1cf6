#pragma once

#include <QLatin1StringView>
#include <QString>

// Text for people, from strings the app does not control, and what stands for a secret.
namespace ce {

// What stands for a secret on screen (the request preview and summary, the token and Done
// pages): the eight stars the platform itself writes for secret values in its answers.
// Log lines, the request log and messages show redaction::Mask ("<redacted>") instead;
// exports and cURL commands the element's placeholders ("<INSERT_FRESHBOOKS_API_SECRET>").
inline constexpr QLatin1StringView SecretMask{"********"};

// Text from users and servers, made safe to show in one line: bidi formatting characters
// are dropped and the whole is isolated (so right-to-left text shows as written and cannot
// reorder what follows it), control characters are shown as their visible symbols (␇),
// and more than `maxLength` characters are cut with "…".
QString displayText(const QString &text, int maxLength = 120);

// "qypr********": the first `visible` characters, enough to recognise a token and not
// enough to use it, then SecretMask; SecretMask alone for a secret of up to 2 x `visible`
// characters (or `visible` 0); empty for an empty one.
QString maskSecret(const QString &secret, int visible = 4);

}  // namespace ce
