#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Typed views of Cloud Elements' answers. Each fromJson() is a pure function that
// accepts exactly the documented shape (tolerating extra fields) and otherwise returns
// nullopt with the reason in *why. The API client uses them to reject malformed
// answers; callers use them to read a finished reply.
namespace ce {

// Step 1: GET /elements/{key}/oauth/token -> {"token", "secret"}
struct RequestToken
{
    QString token;
    QString secret;
    static std::optional<RequestToken> fromJson(const QJsonValue &json, QString *why = nullptr);
};

// Step 2: GET /elements/{key}/oauth/url -> {"oauthUrl", "element"}
struct AuthorizationUrl
{
    QUrl url;
    QString element;
    // Rejects a URL that is not absolute http(s) and one whose oauth_token is missing,
    // empty or "null" (what the platform sends when it got no request token), or, when
    // `expectedToken` is given, differs from it.
    static std::optional<AuthorizationUrl> fromJson(const QJsonValue &json,
                                                    const QString &expectedToken = {},
                                                    QString *why = nullptr);
    // OAuth 2.0 (no request token): rejects a URL that is not absolute http(s), an answer
    // about another element than `elementKey` (its "element", when there is one), and a
    // URL whose `state`, when it carries one, appears twice or is not `expectedState` (the
    // provider would send that one back, and the callback would be refused). Some URLs
    // carry no state of their own (an OAuth proxy keeps it): that is accepted.
    static std::optional<AuthorizationUrl> fromOAuth2Json(const QJsonValue &json, const QString &elementKey,
                                                          const QString &expectedState, QString *why = nullptr);
};

// An element instance, as POST /instances and GET /instances/{id} return it.
struct Instance
{
    qint64 id = 0;
    QString name;
    QString token;          // the instance's Element token: a secret
    QString elementKey;
    QString elementName;
    qint64 elementId = 0;
    bool valid = false;
    bool disabled = false;
    bool eventsEnabled = false;
    QStringList tags;
    QJsonObject configuration;  // as returned: other keys than the request, secrets masked
    QString createdDate;        // when the platform sent one
    QJsonObject raw;            // the whole object

    static std::optional<Instance> fromJson(const QJsonValue &json, QString *why = nullptr);
};

// GET /instances -> [instance, ...]
std::optional<QList<Instance>> instancesFromJson(const QJsonValue &json, QString *why = nullptr);

// The body of PATCH /instances/{id}: a new name, new tags (they replace all of them), or
// both. What is not given is not sent, and stays as it is.
struct InstancePatch
{
    std::optional<QString> name;
    std::optional<QStringList> tags;

    // The name trimmed; the tags trimmed, empty and repeated ones dropped (as a request's).
    InstancePatch normalised() const;
    // Empty when it can be sent, else why not: nothing to change, an empty name.
    QString problem() const;
    // {"name": ..., "tags": [...]}, with only what is given.
    QJsonObject toJson() const;
};

}  // namespace ce
