#pragma once

#include "apierror.h"
#include "environment.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ce {

class ElementDescription;
class InstanceRequest;
struct InstancePatch;

// The platform credentials of one organization user: sent as
// "Authorization: User <userSecret>, Organization <organizationSecret>".
struct Credentials
{
    QString userSecret;
    QString organizationSecret;

    bool isComplete() const { return !userSecret.isEmpty() && !organizationSecret.isEmpty(); }
    QByteArray authorizationHeader(const QString &elementToken = {}) const;
};

// One HTTP exchange, already redacted, for logs and the request log panel.
struct HttpExchange
{
    QString operation;       // "requestToken", "createInstance", ...
    QByteArray method;
    QString url;             // redacted
    QByteArray requestBody;  // redacted
    int status = 0;
    QByteArray responseBody; // redacted, at most the client's size limit
    QString error;           // ApiError::text, empty on success
    QDateTime started;
    qint64 durationMs = 0;
};

// One call in flight or finished. Emits finished() exactly once, always after the
// call that created it has returned (also for calls that fail before sending), so a
// caller can connect first. The caller deletes it (deleteLater()) when done; it is a
// child of the client, so forgotten replies go with it.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation { RequestToken, AuthorizationUrl, CreateInstance, GetInstance,
                           ListInstances, DeleteInstance, UpdateInstance, PatchInstance,
                           EnableInstance, DisableInstance, GetElement };
    Q_ENUM(Operation)

    ~ApiReply() override;

    Operation operation() const { return m_operation; }
    QString operationName() const;  // "requestToken", ...
    bool isFinished() const { return m_finished; }
    bool isRunning() const { return !m_finished; }
    const ApiError &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_status; }
    // The parsed JSON answer of a successful call (checked against the expected shape).
    QJsonValue json() const { return m_json; }

    // Aborts the call; finished() follows with ApiError::Kind::Cancelled unless it had
    // already finished.
    void cancel();

    // Checks a successful answer's JSON: empty when it has the expected shape, else why not.
    using ShapeCheck = std::function<QString(const QJsonValue &)>;

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiReply(Operation op, QObject *parent);
    void start(QNetworkReply *reply, std::chrono::milliseconds timeout, ShapeCheck check);
    void failEarly(const ApiError &error);
    void onNetworkFinished();
    void finish(const ApiError &error, const QJsonValue &json);

    Operation m_operation;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    ShapeCheck m_check;
    ApiError m_error;
    QJsonValue m_json;
    QByteArray m_body;
    int m_status = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_uploaded = false;  // the whole request body left (the server may have acted on it)
    QString m_tlsErrors;
    HttpExchange m_exchange;
};

// Speaks the Cloud Elements platform API on one QNetworkAccessManager. Asynchronous:
// every call returns an ApiReply at once and never blocks the event loop.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);  // owns its QNetworkAccessManager
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEnvironment(const Environment &environment) { m_environment = environment; }
    Environment environment() const { return m_environment; }
    // Registers both secrets with the redaction, so that no log line shows them.
    void setCredentials(const Credentials &credentials);
    Credentials credentials() const { return m_credentials; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    QNetworkAccessManager *networkAccessManager();  // the one given, else its own (made on first use)

    // Step 1. `oauthParameters`: apiKey, apiSecret, callbackUrl, siteAddress.
    ApiReply *requestToken(const QString &elementKey, const QUrlQuery &oauthParameters);
    // Step 2. The same parameters plus requestToken. The answer's URL is checked to
    // carry that token (see AuthorizationUrl::fromJson).
    ApiReply *authorizationUrl(const QString &elementKey, const QUrlQuery &oauthParameters);
    // OAuth 2.0's only OAuth call: GET /elements/{key}/oauth/url with the element's
    // parameters and `state` (required: refused without a call when missing). The answer is
    // checked to be for this element and, when its URL carries a state, that one
    // (AuthorizationUrl::fromOAuth2Json).
    ApiReply *oauth2AuthorizationUrl(const QString &elementKey, const QUrlQuery &oauthParameters);
    // Step 4. POST /instances with the request as body. The request is validated first
    // against `element`, or without one against the descriptor the catalog
    // (ElementCatalog::shared()) finds for it (forRequest()); one that fails is not sent.
    ApiReply *createInstance(const InstanceRequest &request, const ElementDescription *element = nullptr);
    // The instance's later life. Each answer that is an instance is checked to be the one
    // asked for (its id); an id below 1 is refused without a call.
    // GET /instances/{id}
    ApiReply *getInstance(qint64 id);
    // GET /instances, only those with every one of `tags` when given (?tags[]=x&tags[]=y).
    ApiReply *listInstances(const QStringList &tags = {});
    // PUT /instances/{id} with the whole body: re-authorization (new providerData, the same
    // name, tags and configuration). Validated and refused like createInstance(); the answer
    // need not carry the token (the instance keeps its own).
    ApiReply *updateInstance(qint64 id, const InstanceRequest &request, const ElementDescription *element = nullptr);
    // PATCH /instances/{id} with only what `patch` gives: the name, the tags (which replace
    // all of them), or both (normalised first; refused when there is nothing to change).
    ApiReply *patchInstance(qint64 id, const InstancePatch &patch);
    // DELETE /instances/{id}: 200 with an empty or a JSON answer.
    ApiReply *deleteInstance(qint64 id);
    // PUT and DELETE /instances/{id}/enabled: 200 with an empty answer or the instance.
    ApiReply *enableInstance(qint64 id);
    ApiReply *disableInstance(qint64 id);
    // GET /elements/{key}: the platform's description of an element (an object with its
    // "key" and "configuration" list), for ElementCatalog::fromPlatform().
    ApiReply *getElement(const QString &elementKey);

Q_SIGNALS:
    // After every call, successful or not, for the request log.
    void exchangeFinished(const ce::HttpExchange &exchange);

private:
    ApiReply *refuse(ApiReply::Operation op, const QString &why);
    // Registers the request's secrets; a refused reply when it fails validation.
    ApiReply *checkRequest(ApiReply::Operation op, const InstanceRequest &request, const ElementDescription *element);
    ApiReply *send(ApiReply::Operation op, const QByteArray &method, const QString &path,
                   const QUrlQuery &query, const QByteArray &body, ApiReply::ShapeCheck check);

    QNetworkAccessManager *m_nam = nullptr;
    Environment m_environment;
    Credentials m_credentials;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

}  // namespace ce

Q_DECLARE_METATYPE(ce::HttpExchange)
