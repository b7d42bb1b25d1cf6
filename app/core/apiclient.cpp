#include "apiclient.h"

#include "apitypes.h"
#include "elementcatalog.h"
#include "instancerequest.h"
#include "jsonfields.h"
#include "logging.h"
#include "oauthparameters.h"
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

QString describe(ApiReply::Operation op)
{
    switch (op) {
    case ApiReply::Operation::RequestToken: return ApiError::tr("Getting the request token");
    case ApiReply::Operation::AuthorizationUrl: return ApiError::tr("Getting the authorization URL");
    case ApiReply::Operation::CreateInstance: return ApiError::tr("Creating the instance");
    case ApiReply::Operation::GetInstance: return ApiError::tr("Reading the instance");
    case ApiReply::Operation::ListInstances: return ApiError::tr("Listing the instances");
    case ApiReply::Operation::DeleteInstance: return ApiError::tr("Deleting the instance");
    case ApiReply::Operation::UpdateInstance: return ApiError::tr("Re-authorizing the instance");
    case ApiReply::Operation::PatchInstance: return ApiError::tr("Changing the instance's name or tags");
    case ApiReply::Operation::EnableInstance: return ApiError::tr("Enabling the instance");
    case ApiReply::Operation::DisableInstance: return ApiError::tr("Disabling the instance");
    case ApiReply::Operation::GetElement: return ApiError::tr("Reading the element's description");
    }
    return {};
}

// The answer is an instance, and the one asked for.
ApiReply::ShapeCheck instanceWithId(qint64 id)
{
    return [id](const QJsonValue &json) {
        QString why;
        const auto instance = Instance::fromJson(json, &why);
        if (!instance)
            return why;
        if (instance->id != id)
            return ApiError::tr("the answer is about the instance %1, not %2").arg(instance->id).arg(id);
        return QString();
    };
}

// What some platforms answer where others send nothing: an object, and when it names an
// instance, the one asked for.
ApiReply::ShapeCheck objectAboutInstance(qint64 id)
{
    return [id](const QJsonValue &json) {
        if (!json.isObject())
            return ApiError::tr("expected the instance or an empty answer");
        const QJsonValue answered = json.toObject().value("id"_L1);
        if (!answered.isUndefined() && json::toInteger(answered, true) != std::optional<qint64>(id))
            return ApiError::tr("the answer is about another instance than %1").arg(id);
        return QString();
    };
}

QString hostAndPort(const QUrl &url)
{
    const int port = url.port();
    return port > 0 ? u"%1:%2"_s.arg(url.host()).arg(port) : url.host();
}

bool isTransportError(QNetworkReply::NetworkError e)
{
    // 1-199: the connection and proxy layer (refused, reset, timeout, TLS...). Everything
    // else QNetworkReply reports for an HTTP answer (201-299, 302, 401-499) is its reading
    // of the status code, which is judged by the status code instead.
    const int code = int(e);
    return (code >= 1 && code < 200) || e == QNetworkReply::ProtocolFailure
        || e == QNetworkReply::ProtocolUnknownError;
}

QString transportDetail(QNetworkReply *reply)
{
    const QUrl url = reply->url();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::tr("the connection to %1 was refused (is the server running?)").arg(hostAndPort(url));
    case QNetworkReply::HostNotFoundError:
        return ApiError::tr("the host name %1 could not be found").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::tr("%1 closed the connection before the answer was complete").arg(hostAndPort(url));
    case QNetworkReply::TimeoutError:
        return ApiError::tr("the connection to %1 timed out").arg(hostAndPort(url));
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ApiError::tr("%1 redirected the request somewhere it may not go").arg(hostAndPort(url));
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return ApiError::tr("the network is not available");
    default:
        break;
    }
    // Qt's error strings may quote the whole URL, query and all.
    return ApiError::tr("%1 (%2)").arg(redaction::scrub(reply->errorString()), hostAndPort(url));
}

// Why a 2xx body is not JSON, in words.
QString notJsonReason(const QByteArray &body, const QByteArray &contentType, const QJsonParseError &error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return ApiError::tr("the answer is empty");
    if (contentType.toLower().contains("html") || trimmed.startsWith('<'))
        return ApiError::tr("the answer is a web page, not JSON; a proxy or login page may be in the way");
    if (error.error == QJsonParseError::IllegalUTF8String)
        return ApiError::tr("the answer holds text that is not valid UTF-8");
    if (error.error == QJsonParseError::UnterminatedObject || error.error == QJsonParseError::UnterminatedArray
        || error.error == QJsonParseError::UnterminatedString)
        return ApiError::tr("the answer is cut off (incomplete JSON)");
    return ApiError::tr("the answer is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
}

template<typename T, typename... Args>
ApiReply::ShapeCheck shapeOf(Args... args)
{
    return [=](const QJsonValue &json) {
        QString why;
        return T::fromJson(json, args..., &why) ? QString() : why;
    };
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Credentials

QByteArray Credentials::authorizationHeader(const QString &elementToken) const
{
    QByteArray header = "User " + userSecret.toUtf8() + ", Organization " + organizationSecret.toUtf8();
    if (!elementToken.isEmpty())
        header += ", Element " + elementToken.toUtf8();
    return header;
}

// ---------------------------------------------------------------------------------------
// ApiReply

ApiReply::ApiReply(Operation op, QObject *parent)
    : QObject(parent), m_operation(op)
{
    m_timer.setSingleShot(true);
    m_exchange.operation = operationName();
    m_exchange.started = QDateTime::currentDateTimeUtc();
    m_elapsed.start();
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiReply::operationName() const
{
    switch (m_operation) {
    case Operation::RequestToken: return u"requestToken"_s;
    case Operation::AuthorizationUrl: return u"authorizationUrl"_s;
    case Operation::CreateInstance: return u"createInstance"_s;
    case Operation::GetInstance: return u"getInstance"_s;
    case Operation::ListInstances: return u"listInstances"_s;
    case Operation::DeleteInstance: return u"deleteInstance"_s;
    case Operation::UpdateInstance: return u"updateInstance"_s;
    case Operation::PatchInstance: return u"patchInstance"_s;
    case Operation::EnableInstance: return u"enableInstance"_s;
    case Operation::DisableInstance: return u"disableInstance"_s;
    case Operation::GetElement: return u"getElement"_s;
    }
    return {};
}

void ApiReply::start(QNetworkReply *reply, std::chrono::milliseconds timeout, ShapeCheck check)
{
    m_reply = reply;
    m_check = std::move(check);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > ApiClient::MaxResponseBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->readAll();
        if (m_body.size() > ApiClient::MaxResponseBytes) {
            m_tooLarge = true;
            m_body.truncate(ApiClient::MaxResponseBytes);
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        m_tlsErrors = texts.join("; "_L1);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            m_uploaded = true;
    });
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_timer.start(timeout);
}

void ApiReply::failEarly(const ApiError &error)
{
    QMetaObject::invokeMethod(this, [this, error] { finish(error, {}); }, Qt::QueuedConnection);
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(ApiError::cancelled(describe(m_operation)), {});
}

void ApiReply::onNetworkFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (reply->isOpen())
        m_body += reply->readAll();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.status = m_status;
    const QString what = describe(m_operation);
    const QUrl url = reply->url();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QString reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();

    if (m_timedOut) {
        ApiError e = ApiError::timeout(int((m_timer.interval() + 999) / 1000), hostAndPort(url), what);
        e.httpStatus = m_status;  // headers may have come, the body not in time
        finish(e, {});
        return;
    }
    if (m_tooLarge) {
        finish(ApiError::malformed(m_status, ApiError::tr("the answer is larger than %1 MiB")
                                                 .arg(ApiClient::MaxResponseBytes / (1024 * 1024)),
                                   what),
               {});
        return;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
        ApiError e = ApiError::tls(m_tlsErrors.isEmpty() ? redaction::scrub(reply->errorString()) : m_tlsErrors,
                                   hostAndPort(url), what);
        if (m_tlsErrors.isEmpty()) {
            // No certificate was judged: the handshake itself failed, most often because
            // the server does not speak TLS at all (http:// behind an https:// address).
            e.text = redaction::scrub(ApiError::tr("%1 failed: no secure connection to %2 could be set up (%3). "
                                                   "Check that the server speaks https at this address.")
                                          .arg(what, hostAndPort(url), e.detail));
        }
        finish(e, {});
        return;
    }
    if (error != QNetworkReply::NoError && isTransportError(error)) {
        ApiError e = ApiError::network(transportDetail(reply), what);
        e.httpStatus = m_status;
        finish(e, {});
        return;
    }
    if (m_status >= 300 && m_status < 400) {
        ApiError e = ApiError::fromHttp(m_status, m_body, contentType, what, reasonPhrase);
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        e.detail = ApiError::tr("The server redirected the request to %1; it was not followed.")
                       .arg(redaction::url(url.resolved(location)));
        e.text = redaction::scrub(ApiError::tr("%1 failed: the server answered HTTP %2 and redirected the request to %3, "
                                               "which was not followed. Check the environment's base URL.")
                                      .arg(what)
                                      .arg(m_status)
                                      .arg(redaction::url(url.resolved(location))));
        finish(e, {});
        return;
    }
    // Qt 6.4 may report a connection dropped mid-body as a complete answer: compare
    // what arrived with what the server announced.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && m_body.size() < announced.toLongLong()) {
        ApiError e = ApiError::network(
            ApiError::tr("%1 closed the connection before the answer was complete (%2 of %3 bytes)")
                .arg(hostAndPort(url))
                .arg(m_body.size())
                .arg(announced.toLongLong()),
            what);
        e.httpStatus = m_status;
        finish(e, {});
        return;
    }
    if (m_status < 200 || m_status >= 300) {
        if (m_status == 0) {
            finish(ApiError::network(transportDetail(reply), what), {});
            return;
        }
        finish(ApiError::fromHttp(m_status, m_body, contentType, what, reasonPhrase), {});
        return;
    }

    // A 2xx answer: it must be the JSON this call expects.
    const bool mayBeEmpty = m_operation == Operation::DeleteInstance || m_operation == Operation::EnableInstance
        || m_operation == Operation::DisableInstance;
    if (mayBeEmpty && m_body.trimmed().isEmpty()) {
        finish({}, QJsonValue());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        finish(ApiError::malformed(m_status, notJsonReason(m_body, contentType, parseError), what), {});
        return;
    }
    const QJsonValue json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (m_check) {
        const QString why = m_check(json);
        if (!why.isEmpty()) {
            finish(ApiError::malformed(m_status, why, what), {});
            return;
        }
    }
    finish({}, json);
}

void ApiReply::finish(const ApiError &error, const QJsonValue &json)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_error = error;
    m_json = json;

    // A POST /instances that reached the server and then broke (no answer in time, the
    // connection dropped, a 2xx that cannot be read) may have created the instance: a
    // plain "try again" would create a second one, or be refused for a used token.
    // A PUT /instances/{id} likewise may have used the grant up.
    const bool mayHaveActed = (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network
                               || error.kind == ApiError::Kind::MalformedResponse)
        && (m_uploaded || (m_status >= 200 && m_status < 300));
    if (mayHaveActed && m_operation == Operation::CreateInstance) {
        m_error.text += u' '
            + ApiError::tr("The instance may have been created anyway: look for it on the platform before you try again.");
    } else if (mayHaveActed && m_operation == Operation::UpdateInstance) {
        m_error.text += u' '
            + ApiError::tr("The instance may have been re-authorized anyway: read it on the platform before you "
                           "authorize again.");
    }

    // Whatever the platform hands out is secret from now on, in every log line.
    if (json.isObject()) {
        const QJsonObject o = json.toObject();
        for (const char *key : {"token", "secret"})
            redaction::registerSecret(o.value(QLatin1StringView(key)).toString());
    }

    m_exchange.durationMs = m_elapsed.elapsed();
    m_exchange.status = m_status;
    m_exchange.responseBody = redaction::body(m_body);
    m_exchange.error = m_error.text;
    if (m_error)
        qCWarning(lcApi).noquote() << "<-" << operationName() << ApiError::kindName(m_error.kind)
                                   << (m_status ? QString::number(m_status) : QString()) << "in"
                                   << m_exchange.durationMs << "ms:" << m_error.text;
    else
        qCInfo(lcApi).noquote() << "<-" << operationName() << m_status << "in" << m_exchange.durationMs << "ms";

    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_body.clear();
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------
// ApiClient

ApiClient::ApiClient(QObject *parent)
    : ApiClient(nullptr, parent)
{
}

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam)
{
    qRegisterMetaType<ce::HttpExchange>();
    qRegisterMetaType<ce::ApiError>();
}

ApiClient::~ApiClient() = default;

QNetworkAccessManager *ApiClient::networkAccessManager()
{
    // Made on the first request: a wizard that never leaves its first page, or a command
    // that fails before it calls the platform, never sets Qt Network's machinery up.
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return m_nam;
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    redaction::registerSecret(credentials.userSecret);
    redaction::registerSecret(credentials.organizationSecret);
    m_credentials = credentials;
}

ApiReply *ApiClient::refuse(ApiReply::Operation op, const QString &why)
{
    auto *reply = new ApiReply(op, this);
    connect(reply, &ApiReply::finished, this, [this, reply] { Q_EMIT exchangeFinished(reply->m_exchange); });
    reply->failEarly(ApiError::invalidRequest(why, describe(op)));
    return reply;
}

ApiReply *ApiClient::send(ApiReply::Operation op, const QByteArray &method, const QString &path,
                          const QUrlQuery &query, const QByteArray &body, ApiReply::ShapeCheck check)
{
    const QString problem = m_environment.isValid() ? Environment::checkBaseUrl(m_environment.baseUrl())
                                                    : ApiError::tr("no environment is chosen");
    if (!problem.isEmpty())
        return refuse(op, problem);

    auto *reply = new ApiReply(op, this);
    connect(reply, &ApiReply::finished, this, [this, reply] { Q_EMIT exchangeFinished(reply->m_exchange); });
    QUrl url = m_environment.endpoint(path);
    url.setQuery(query);
    reply->m_exchange.method = method;
    reply->m_exchange.url = redaction::url(url);
    reply->m_exchange.requestBody = redaction::body(body);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("CE-Provisioner/" CEP_VERSION));
    if (m_credentials.isComplete())
        request.setRawHeader("Authorization", m_credentials.authorizationHeader());
    // Never follow a redirect: the Authorization header must not travel to another host,
    // and an API that redirects is a misconfigured base URL the user should hear about.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    qCInfo(lcApi).noquote() << "->" << reply->operationName() << method << reply->m_exchange.url;
    QNetworkReply *networkReply = networkAccessManager()->sendCustomRequest(request, method, body);
    reply->start(networkReply, m_timeout, std::move(check));
    return reply;
}

ApiReply *ApiClient::requestToken(const QString &elementKey, const QUrlQuery &oauthParameters)
{
    redaction::registerSecret(oauthParameters.queryItemValue(oauth::ApiSecret, QUrl::FullyDecoded));
    const QString path = u"/elements/%1/oauth/token"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(elementKey)));
    return send(ApiReply::Operation::RequestToken, "GET", path, oauthParameters, {}, shapeOf<RequestToken>());
}

ApiReply *ApiClient::authorizationUrl(const QString &elementKey, const QUrlQuery &oauthParameters)
{
    redaction::registerSecret(oauthParameters.queryItemValue(oauth::ApiSecret, QUrl::FullyDecoded));
    const QString token = oauthParameters.queryItemValue(oauth::RequestToken, QUrl::FullyDecoded);
    redaction::registerSecret(token);
    const QString path = u"/elements/%1/oauth/url"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(elementKey)));
    if (token.isEmpty()) {
        // The platform would answer with the documented oauth_token=null URL: don't ask.
        return refuse(ApiReply::Operation::AuthorizationUrl, ApiError::tr("there is no request token yet"));
    }
    return send(ApiReply::Operation::AuthorizationUrl, "GET", path, oauthParameters, {},
                shapeOf<AuthorizationUrl>(token));
}

ApiReply *ApiClient::oauth2AuthorizationUrl(const QString &elementKey, const QUrlQuery &oauthParameters)
{
    redaction::registerSecret(oauthParameters.queryItemValue(oauth::ApiSecret, QUrl::FullyDecoded));
    const QString state = oauthParameters.queryItemValue(oauth::State, QUrl::FullyDecoded);
    const QString path = u"/elements/%1/oauth/url"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(elementKey)));
    if (state.isEmpty()) {
        // Without one the callback cannot be told from a forged one.
        return refuse(ApiReply::Operation::AuthorizationUrl, ApiError::tr("there is no state to send"));
    }
    return send(ApiReply::Operation::AuthorizationUrl, "GET", path, oauthParameters, {},
                [elementKey, state](const QJsonValue &json) {
                    QString why;
                    return AuthorizationUrl::fromOAuth2Json(json, elementKey, state, &why) ? QString() : why;
                });
}

ApiReply *ApiClient::checkRequest(ApiReply::Operation op, const InstanceRequest &request,
                                   const ElementDescription *element)
{
    if (!element)
        element = ElementCatalog::shared().forRequest(request);  // the only one of its key, or the mode it fits
    // What the descriptor calls secret, and what only looks secret by its name.
    for (auto it = request.providerData.cbegin(); it != request.providerData.cend(); ++it)
        redaction::registerSecret(it.value());
    for (auto it = request.configuration.cbegin(); it != request.configuration.cend(); ++it) {
        if (element ? element->isSecretConfigurationKey(it.key()) : redaction::isSecretName(it.key()))
            redaction::registerSecret(it.value());
    }
    if (element) {
        const QList<ValidationIssue> issues = request.validate(*element);
        if (!issues.isEmpty())
            return refuse(op, InstanceRequest::summary(issues));
    }
    return nullptr;
}

ApiReply *ApiClient::createInstance(const InstanceRequest &request, const ElementDescription *element)
{
    if (ApiReply *refused = checkRequest(ApiReply::Operation::CreateInstance, request, element))
        return refused;
    const QByteArray body = QJsonDocument(request.toJsonObject()).toJson(QJsonDocument::Compact);
    // The created instance's token is what every later call on its behalf needs: an answer
    // without one is no usable instance.
    const ApiReply::ShapeCheck check = [](const QJsonValue &json) {
        QString why;
        const auto instance = Instance::fromJson(json, &why);
        if (!instance)
            return why;
        if (instance->token.trimmed().isEmpty())
            return ApiError::tr("\"token\" is missing, and every later call on the instance needs it");
        return QString();
    };
    return send(ApiReply::Operation::CreateInstance, "POST", u"/instances"_s, {}, body, check);
}

ApiReply *ApiClient::getInstance(qint64 id)
{
    if (id < 1)
        return refuse(ApiReply::Operation::GetInstance, ApiError::tr("there is no instance id"));
    return send(ApiReply::Operation::GetInstance, "GET", u"/instances/%1"_s.arg(id), {}, {}, instanceWithId(id));
}

ApiReply *ApiClient::listInstances(const QStringList &tags)
{
    QUrlQuery query;
    for (const QString &tag : tags)
        query.addQueryItem(u"tags[]"_s, QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    return send(ApiReply::Operation::ListInstances, "GET", u"/instances"_s, query, {},
                [](const QJsonValue &json) {
                    QString why;
                    return instancesFromJson(json, &why) ? QString() : why;
                });
}

ApiReply *ApiClient::updateInstance(qint64 id, const InstanceRequest &request, const ElementDescription *element)
{
    constexpr auto op = ApiReply::Operation::UpdateInstance;
    if (id < 1)
        return refuse(op, ApiError::tr("there is no instance id"));
    if (ApiReply *refused = checkRequest(op, request, element))
        return refused;
    const QByteArray body = QJsonDocument(request.toJsonObject()).toJson(QJsonDocument::Compact);
    return send(op, "PUT", u"/instances/%1"_s.arg(id), {}, body, instanceWithId(id));
}

ApiReply *ApiClient::patchInstance(qint64 id, const InstancePatch &patch)
{
    constexpr auto op = ApiReply::Operation::PatchInstance;
    if (id < 1)
        return refuse(op, ApiError::tr("there is no instance id"));
    const InstancePatch normalised = patch.normalised();
    if (const QString problem = normalised.problem(); !problem.isEmpty())
        return refuse(op, problem);
    const QByteArray body = QJsonDocument(normalised.toJson()).toJson(QJsonDocument::Compact);
    return send(op, "PATCH", u"/instances/%1"_s.arg(id), {}, body, instanceWithId(id));
}

ApiReply *ApiClient::deleteInstance(qint64 id)
{
    if (id < 1)
        return refuse(ApiReply::Operation::DeleteInstance, ApiError::tr("there is no instance id"));
    return send(ApiReply::Operation::DeleteInstance, "DELETE", u"/instances/%1"_s.arg(id), {}, {}, {});
}

ApiReply *ApiClient::enableInstance(qint64 id)
{
    if (id < 1)
        return refuse(ApiReply::Operation::EnableInstance, ApiError::tr("there is no instance id"));
    return send(ApiReply::Operation::EnableInstance, "PUT", u"/instances/%1/enabled"_s.arg(id), {}, {},
                objectAboutInstance(id));
}

ApiReply *ApiClient::disableInstance(qint64 id)
{
    if (id < 1)
        return refuse(ApiReply::Operation::DisableInstance, ApiError::tr("there is no instance id"));
    return send(ApiReply::Operation::DisableInstance, "DELETE", u"/instances/%1/enabled"_s.arg(id), {}, {},
                objectAboutInstance(id));
}

ApiReply *ApiClient::getElement(const QString &elementKey)
{
    // One path segment of plain characters (a key the user types need not be one).
    static const QRegularExpression key(QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9_.-]*"_s));
    if (!key.match(elementKey).hasMatch())
        return refuse(ApiReply::Operation::GetElement, ApiError::tr("\"%1\" is not an element key").arg(elementKey));
    const QString path = u"/elements/"_s + elementKey;
    return send(ApiReply::Operation::GetElement, "GET", path, {}, {}, [](const QJsonValue &json) {
        // What ElementCatalog::fromPlatform() reads: a key, and a list of entries if any.
        const QJsonObject o = json.toObject();
        if (!json.isObject())
            return ApiError::tr("the answer is not a JSON object");
        if (!o.value("key"_L1).isString() || o.value("key"_L1).toString().trimmed().isEmpty())
            return ApiError::tr("\"key\" is missing");
        if (o.contains("configuration"_L1) && !o.value("configuration"_L1).isArray())
            return ApiError::tr("\"configuration\" is not a list");
        return QString();
    });
}

}  // namespace ce
