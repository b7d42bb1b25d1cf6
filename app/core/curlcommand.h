#pragma once

#include "apiclient.h"
#include "apitypes.h"
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

// The instance's later life, one command a call, each with the platform's Authorization
// header (User, Organization; placeholders unless revealed):
// GET /instances, with ?tags[]=x for each tag (written %5B%5D: curl would read [] as a range)
QString listInstances(const Environment &environment, const Credentials &credentials, const QStringList &tags,
                      Secrets secrets);
// GET /instances/{id}
QString getInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets);
// PUT /instances/{id} with -d @instance.json: re-authorization, the whole body again
QString updateInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets,
                       const QString &bodyFile = QStringLiteral("instance.json"));
// PATCH /instances/{id} with the body inline: -d '{"name":"...","tags":[...]}'
QString patchInstance(const Environment &environment, const Credentials &credentials, qint64 id,
                      const InstancePatch &patch, Secrets secrets);
// DELETE /instances/{id}
QString deleteInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets);
// PUT and DELETE /instances/{id}/enabled
QString enableInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets);
QString disableInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets);

// A value quoted for a POSIX shell: 'it'\''s'.
QString shellQuote(const QString &value);

}  // namespace ce::curl
