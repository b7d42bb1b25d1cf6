#pragma once

#include "apiclient.h"
#include "elementdescription.h"
#include "environment.h"

#include <QString>
#include <QUrlQuery>

// The cURL commands equivalent to each step, written like Cloud Elements' documentation
// writes them (one option per line, here with a backslash so that they can be pasted
// into a shell). Unless secrets are revealed, every secret is the documentation's
// placeholder: <INSERT_USER_SECRET>, <INSERT_FRESHBOOKS_API_SECRET>, ...
namespace ce::curl {

enum class Secrets { Masked, Revealed };

// Step 1: GET /elements/{key}/oauth/token?apiKey&apiSecret&callbackUrl&siteAddress
QString requestToken(const Environment &environment, const ElementDescription &element,
                     const QUrlQuery &oauthParameters, Secrets secrets);
// Step 2: GET /elements/{key}/oauth/url?...&requestToken
QString authorizationUrl(const Environment &environment, const ElementDescription &element,
                         const QUrlQuery &oauthParameters, Secrets secrets);
// Step 3: POST /instances with -d @instance.json
QString createInstance(const Environment &environment, const Credentials &credentials, Secrets secrets,
                       const QString &bodyFile = QStringLiteral("instance.json"));

// A value quoted for a POSIX shell: 'it'\''s'.
QString shellQuote(const QString &value);

}  // namespace ce::curl
