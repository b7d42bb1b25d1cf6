#pragma once

// What the three files of ElementDescription share (the model, elementdescription.cpp;
// reading, elementdescriptionreader.cpp; writing, elementdescriptionwriter.cpp): the
// format's patterns and defaults. Not part of the core's interface.
#include "elementdescription.h"

#include <QLatin1StringView>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ce::descriptor {

// A descriptor's text, translated when it is a built-in one's (elementstrings.cmake).
QString translatedText(const QString &text, bool translated);
QRegularExpression anchored(const QString &pattern);

// The format's patterns (resources/elements/README.md).
const QRegularExpression &idPattern();
const QRegularExpression &keyPattern();
const QRegularExpression &oauthParameterPattern();
const QRegularExpression &placeholderPattern();
const QRegularExpression &environmentVariablePattern();
const QRegularExpression &domainPattern();  // a host name of two labels or more: "zendesk.com"
bool matches(const QRegularExpression &re, const QString &text);

// The default placeholder of a secret without one.
inline constexpr QLatin1StringView SecretPlaceholder("<SECRET>");
// The variables `create --from` reads the platform secrets from.
inline constexpr QLatin1StringView UserSecretVariable("CE_USER_SECRET");
inline constexpr QLatin1StringView OrganizationSecretVariable("CE_ORGANIZATION_SECRET");

// The callback parameters that carry a refusal, by kind, when the descriptor names none.
QStringList defaultRefusalParameters(Authentication authentication);

}  // namespace ce::descriptor
