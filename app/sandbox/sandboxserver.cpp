#include "sandboxserver.h"

#include "sandboxpages.h"

#include "core/elementdescription.h"
#include "core/logging.h"
#include "core/redaction.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace ce {

QByteArray SandboxCall::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

using Endpoint = SandboxCall::Endpoint;
using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;
using Status = QHttpServerResponder::StatusCode;

constexpr auto ApiPrefix = "/elements/api-v2"_L1;
constexpr auto SessionCookie = "cep_sandbox_session"_L1;
constexpr auto Masked = "********"_L1;
constexpr int ResetGraceMs = 50;  // Reset fault: from the half body leaving to the reset
const QString InvalidSecretsMessage =
    u"Invalid Organization or User secret, or invalid Element token provided."_s;
const QString UnsupportedMediaTypeMessage = u"Unsupported media type: send the body as application/json."_s;

// The Cloud Elements query parameters of the OAuth helper calls (protocol names; the
// element description says which configuration property feeds each).
constexpr auto ParamApiKey = "apiKey"_L1;
constexpr auto ParamCallbackUrl = "callbackUrl"_L1;
constexpr auto ParamSiteAddress = "siteAddress"_L1;
constexpr auto ParamRequestToken = "requestToken"_L1;

// ---------------------------------------------------------------------------------
// Random values

QString randomAlnum(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QByteArray randomBytes(int length)
{
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
}

QString newRequestId()
{
    return QString::fromLatin1(randomBytes(12).toHex());  // 24 lowercase hex digits
}

// ---------------------------------------------------------------------------------
// Request and reply, as the sandbox handles them (copied out of QHttpServerRequest,
// which QtHttpServer reuses for the next request on the same connection).

struct Incoming
{
    QByteArray method;
    QString path;            // decoded, without a trailing slash
    QStringList segments;    // decoded path segments
    QString pathAndQuery;    // as received (encoded), for "return to" links
    QUrl url;
    QUrlQuery query;
    HeaderPairs headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QString param(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

struct Reply
{
    int status = 200;
    HeaderPairs headers;  // Content-Length is added when sending
    QByteArray body;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

Incoming makeIncoming(const QByteArray &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body)
{
    Incoming in;
    in.method = method;
    in.url = url;
    const QString encodedPath = in.url.path(QUrl::FullyEncoded);
    const QString encodedQuery = in.url.query(QUrl::FullyEncoded);
    in.pathAndQuery = encodedQuery.isEmpty() ? encodedPath : encodedPath + u'?' + encodedQuery;
    const QStringList raw = encodedPath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &s : raw)
        in.segments.append(QUrl::fromPercentEncoding(s.toUtf8()));
    in.path = u'/' + in.segments.join(u'/');
    in.query = QUrlQuery(in.url);
    in.headers = headers;
    in.body = body;
    return in;
}

Incoming copyRequest(const QHttpServerRequest &request)
{
    return makeIncoming(methodName(request.method()), request.url(), request.headers(), request.body());
}

// A request known only by its head (request line and headers), as RequestGuard saw it.
Incoming incomingFromHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    HeaderPairs headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return makeIncoming(requestLine.value(0), QUrl::fromEncoded(requestLine.value(1)), headers, {});
}

// A form body (application/x-www-form-urlencoded): '+' is a space there.
QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

// ---------------------------------------------------------------------------------
// Replies

Reply jsonReply(int status, const QJsonDocument &doc)
{
    Reply r;
    r.status = status;
    r.headers.emplaceBack("Content-Type", "application/json");
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

Reply jsonReply(int status, const QJsonObject &object)
{
    return jsonReply(status, QJsonDocument(object));
}

Reply jsonError(int status, const QString &message)
{
    return jsonReply(status, QJsonObject{{u"requestId"_s, newRequestId()}, {u"message"_s, message}});
}

Reply htmlReply(int status, const QByteArray &html)
{
    Reply r;
    r.status = status;
    r.headers.emplaceBack("Content-Type", "text/html; charset=utf-8");
    r.headers.emplaceBack("Cache-Control", "no-store");
    // Self-contained pages: nothing may be fetched from anywhere.
    r.headers.emplaceBack("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    r.body = html;
    return r;
}

Reply redirectReply(int status, const QByteArray &location)
{
    Reply r;
    r.status = status;
    r.headers.emplaceBack("Location", location);
    r.headers.emplaceBack("Cache-Control", "no-store");
    return r;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return u"Bad Request"_s;
    case 401: return u"Unauthorized"_s;
    case 403: return u"Forbidden"_s;
    case 404: return u"Not Found"_s;
    case 405: return u"Method Not Allowed"_s;
    case 406: return u"Not Acceptable"_s;
    case 408: return u"Request Timeout"_s;
    case 409: return u"Conflict"_s;
    case 415: return u"Unsupported Media Type"_s;
    case 429: return u"Too Many Requests"_s;
    case 500: return u"Internal Server Error"_s;
    case 502: return u"Bad Gateway"_s;
    case 503: return u"Service Temporarily Unavailable"_s;
    case 504: return u"Gateway Time-out"_s;
    default: return u"Error"_s;
    }
}

// The message of an HttpError fault whose message is empty.
QString defaultErrorMessage(int status)
{
    switch (status) {
    case 400: return u"Bad request."_s;
    case 401: return InvalidSecretsMessage;
    case 403: return u"Forbidden: the instance is disabled or you may not access it."_s;
    case 404: return u"Not found."_s;
    case 405: return u"Method not allowed."_s;
    case 406: return u"Not acceptable."_s;
    case 408: return u"Request timeout."_s;
    case 409: return u"Conflict: the resource was changed or already exists."_s;
    case 415: return UnsupportedMediaTypeMessage;
    case 429: return u"Too many requests: slow down and try again later."_s;
    case 500: return u"Internal server error"_s;
    case 502: return u"Bad gateway: the provider did not answer correctly."_s;
    case 503: return u"Service unavailable: the platform is down for maintenance, try again later."_s;
    case 504: return u"Gateway timeout: the provider did not answer in time."_s;
    default: return u"HTTP error %1."_s.arg(status);
    }
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray mediaType = value.split(';').first().trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

QString cookieValue(const Incoming &in, QLatin1StringView name)
{
    for (const auto &h : in.headers) {
        if (h.first.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split(';')) {
            const QByteArray p = part.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0 && p.left(eq).trimmed() == QByteArray(name.data(), name.size()))
                return QString::fromLatin1(p.mid(eq + 1).trimmed());
        }
    }
    return {};
}

bool isEmptyValue(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    return false;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString missingList(const QStringList &names)
{
    return names.join(", "_L1);
}

// A request body for the debug log: secrets masked, also inside URLs carried in form fields.
QString logBody(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    if (mediaType != "application/x-www-form-urlencoded")
        return QString::fromUtf8(redaction::body(body.left(4096)));
    QStringList fields;
    const auto items = parseForm(body).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        QString shown = value;
        if (redaction::isSecretName(key))
            shown = QString(redaction::Mask);
        else if (value.contains(u'?'))
            shown = redaction::url(QUrl(value));
        fields.append(key + u'=' + shown);
    }
    return redaction::scrub(fields.join(u'&'));
}

// ---------------------------------------------------------------------------------
// Per-connection helpers for faults that stream or drop the answer.

bool socketUsable(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

void writeHead(QHttpServerResponder &responder, const Reply &reply, qint64 contentLength)
{
    responder.writeStatusLine(static_cast<Status>(reply.status));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(contentLength));
}

// ---------------------------------------------------------------------------------
// Request size limit, before QtHttpServer buffers a body

constexpr qint64 MaxRequestHeadBytes = 64 * 1024;  // request line and headers
constexpr int RefusedLingerMs = 2000;  // after an early 413: how long what still arrives is read and dropped

// Content-Length of a request head, -1 when absent or not a number (the largest if given twice).
qint64 contentLength(const QByteArray &head)
{
    qint64 length = -1;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 value = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (ok && value >= 0)
            length = qMax(length, value);
    }
    return length;
}

// End of a request head ("\r\n\r\n" or "\n\n"): the offset after it, -1 when not complete.
qsizetype headEnd(const QByteArray &head)
{
    const qsizetype crlf = head.indexOf("\r\n\r\n");
    const qsizetype lf = head.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 4;
    return lf >= 0 ? lf + 2 : -1;
}

// Watches the bytes of one connection before QtHttpServer reads them. QtHttpServer 6.4
// keeps a request's whole body in memory (twice: in the socket's read transaction and in
// its parser) before any handler runs, so a size check in the handler comes too late.
// The guard answers 413 and stops QtHttpServer reading as soon as the head announces a body
// over the limit (Content-Length), or once one request has sent more than head + limit
// bytes (a chunked body, or a Content-Length that lies). Connected to readyRead before
// QtHttpServer is, so it sees each chunk first.
class RequestGuard : public QObject
{
public:
    static constexpr QLatin1StringView Name{"ce-sandbox-request-guard"};
    using Refused = std::function<void(const QByteArray &head, qint64 announced)>;

    RequestGuard(QTcpSocket *socket, Refused refused) : QObject(socket), m_socket(socket), m_refused(std::move(refused))
    {
        setObjectName(Name);
        connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::readyRead);
    }

    static RequestGuard *of(QTcpSocket *socket)
    {
        return socket ? static_cast<RequestGuard *>(socket->findChild<QObject *>(Name, Qt::FindDirectChildrenOnly))
                      : nullptr;
    }

    // QtHttpServer handed a complete request on: the next bytes start the next one.
    void requestDone()
    {
        m_received = 0;
        m_head.clear();
        m_headDone = false;
    }

private:
    void readyRead()
    {
        if (m_refusing) {
            drain();
            return;
        }
        // QtHttpServer reads everything each time: what is available is new.
        const qint64 available = m_socket->bytesAvailable();
        if (!m_headDone) {
            m_head += m_socket->peek(qMin<qint64>(available, MaxRequestHeadBytes - m_head.size()));
            // Line ends between two requests are allowed before a request line.
            qsizetype start = 0;
            while (start < m_head.size() && (m_head.at(start) == '\r' || m_head.at(start) == '\n'))
                ++start;
            m_head.remove(0, start);
            if (const qsizetype end = headEnd(m_head); end >= 0) {
                m_headDone = true;
                m_head.truncate(end);
                // A head at the start of a request begins with its method ("POST /x HTTP/1.1");
                // otherwise this is the middle of a pipelined request: counting still applies.
                static const QRegularExpression requestLine(u"^[A-Z]+ \\S+ HTTP/\\d"_s);
                if (!requestLine.match(QString::fromLatin1(m_head.left(1024))).hasMatch())
                    m_head.clear();
                else if (contentLength(m_head) > SandboxServer::MaxRequestBodyBytes)
                    return refuse(contentLength(m_head));
            } else if (m_head.size() >= MaxRequestHeadBytes) {
                m_headDone = true;  // QtHttpServer refuses heads this long itself
                m_head.clear();
            }
        }
        m_received += available;
        if (m_received > MaxRequestHeadBytes + SandboxServer::MaxRequestBodyBytes)
            refuse(-1);
    }

    void refuse(qint64 announced)
    {
        m_refusing = true;
        // QtHttpServer must not see the rest: it would keep it all and answer it too.
        if (QObject *http = m_socket->parent() ? m_socket->parent()->parent() : nullptr)
            disconnect(m_socket, &QTcpSocket::readyRead, http, nullptr);
        drain();
        const QByteArray body = jsonError(413, u"The request body is larger than %1 bytes; the sandbox refuses it."_s
                                                   .arg(SandboxServer::MaxRequestBodyBytes))
                                    .body;
        m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        // What the client still sends is read and dropped for a moment, then the connection
        // closes: closing at once with unread data would make the kernel reset it, and the
        // client could lose the answer.
        QTimer::singleShot(RefusedLingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
        if (m_refused)
            m_refused(m_head, announced);
    }

    void drain()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
    }

    QTcpSocket *const m_socket;
    const Refused m_refused;
    qint64 m_received = 0;  // bytes of the current request
    QByteArray m_head;      // its head, until complete
    bool m_headDone = false;
    bool m_refusing = false;
};

// A QTcpServer that puts a RequestGuard on every connection before QtHttpServer gets it.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(RequestGuard::Refused refused, QObject *parent) : QTcpServer(parent), m_refused(std::move(refused))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new RequestGuard(socket, m_refused);
        addPendingConnection(socket);
    }

private:
    const RequestGuard::Refused m_refused;
};

// The Host header names this server: 127.0.0.1:<port> or localhost:<port> (without the
// port only when it is 80). Anything else is another name for this address (DNS rebinding:
// a web page's own domain pointed at 127.0.0.1) and is not served.
bool isOwnHost(const QByteArray &host, quint16 port)
{
    const QByteArray h = host.trimmed().toLower();
    const QByteArray withPort = ':' + QByteArray::number(port);
    for (const char *name : {"127.0.0.1", "localhost"}) {
        if (h == QByteArray(name) + withPort || (port == 80 && h == name))
            return true;
    }
    return false;
}

}  // namespace

// =====================================================================================

namespace {

struct RequestToken
{
    enum class State { Issued, Authorized, Refused, Consumed };

    QString token;
    QString secret;
    QString verifier;
    QString elementKey;
    QString site;         // normalised subdomain
    QString callbackUrl;  // as given in step 1
    QHash<QString, QString> parameters;  // oauth parameter -> value, as given in step 1
    State state = State::Issued;
};

struct StoredInstance
{
    int id = 0;
    QString token;
    QStringList tags;
    QJsonObject json;
};

// Request tokens and login sessions: the newest MaxKept of each (a real platform expires
// them too), so that a client that asks for tokens forever does not grow the sandbox.
constexpr qsizetype MaxKept = 1000;

template<typename Value>
void insertBounded(QHash<QString, Value> &hash, QList<QString> &order, const QString &key, const Value &value)
{
    hash.insert(key, value);
    order.append(key);
    while (order.size() > MaxKept)
        hash.remove(order.takeFirst());
}

struct FaultEntry
{
    SandboxFault fault;
    int remaining = 1;  // -1: until clearFaults()
};

}  // namespace

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q) : q(q) {}

    SandboxServer *const q;
    std::unique_ptr<QHttpServer> http;
    QString errorString;
    quint16 port = 0;
    bool autoApprove = false;

    QMap<QString, ElementDescription> elements;  // by key
    std::map<int, QList<FaultEntry>> faults;      // by endpoint
    QList<SandboxCall> calls;
    QHash<QString, RequestToken> tokens;
    QList<QString> tokenOrder;         // oldest first
    QHash<QString, QString> sessions;  // session id -> email
    QList<QString> sessionOrder;
    std::map<int, StoredInstance> instances;
    int nextInstanceId = 1;
    // NoAnswer: answers that are never written, kept until their connection goes.
    QList<QPair<QPointer<QTcpSocket>, std::shared_ptr<QHttpServerResponder>>> parked;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void record(SandboxCall call, int status, const Reply *reply = nullptr);
    void recordRefused(const QByteArray &head, qint64 announced);
    bool send(const std::shared_ptr<QHttpServerResponder> &responder, const QPointer<QTcpSocket> &socket,
              const Reply &reply);
    void sendAndRecord(const std::shared_ptr<QHttpServerResponder> &responder, const QPointer<QTcpSocket> &socket,
                       const SandboxCall &call, const Reply &reply);
    std::optional<SandboxFault> takeFault(Endpoint endpoint);
    void applyFault(const SandboxFault &fault, const Incoming &in, const SandboxCall &call,
                    const std::shared_ptr<QHttpServerResponder> &responder, const QPointer<QTcpSocket> &socket);
    void trickle(const std::shared_ptr<QHttpServerResponder> &responder, const QPointer<QTcpSocket> &socket,
                 const Reply &reply, int delayMs);
    void reset(const std::shared_ptr<QHttpServerResponder> &responder, const QPointer<QTcpSocket> &socket,
               const Reply &reply);
    void hugeBody(const std::shared_ptr<QHttpServerResponder> &responder, const QPointer<QTcpSocket> &socket,
                  qint64 size);

    static Endpoint classify(const Incoming &in);
    Reply dispatch(Endpoint endpoint, const Incoming &in);

    // The API
    const ElementDescription *element(const QString &keyOrId) const;
    enum class Auth { Valid, Missing, Invalid };
    Auth checkAuthorization(const Incoming &in) const;
    QStringList oauthParameters(const ElementDescription &e) const;
    Reply handleToken(const Incoming &in, const QString &keyOrId);
    Reply handleUrl(const Incoming &in, const QString &keyOrId);
    Reply handleCreate(const Incoming &in, const QString &pathKeyOrId);
    Reply handleList(const Incoming &in);
    std::optional<Reply> findInstance(const Incoming &in, const QString &id,
                                      std::map<int, StoredInstance>::iterator *found);
    Reply handleGet(const Incoming &in, const QString &id);
    Reply handleDelete(const Incoming &in, const QString &id);
    Reply notFound(const Incoming &in) const;
    QJsonObject buildInstance(const ElementDescription &e, const QJsonObject &body, const QStringList &tags,
                              const QString &site);

    // The provider's pages
    Reply handleProvider(const Incoming &in);
    Reply providerError(int status, const ElementDescription *e, const QString &title, const QString &message) const;
    Reply loginPage(const ElementDescription &e, const QString &site, const QString &returnTo,
                    const QString &email, const QString &error) const;
    Reply consentPage(const ElementDescription &e, const RequestToken &t, const QString &email) const;
    Reply decide(RequestToken &t, const ElementDescription &e, bool allow);
    QString siteHost(const ElementDescription &e, const QString &site) const;
    static const ConfigProperty *siteProperty(const ElementDescription &e);
    QString normaliseSite(const ElementDescription &e, const QString &value) const;
};

// ---------------------------------------------------------------------------------
// Plumbing

void SandboxServer::Private::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Forget the answers of NoAnswer faults whose connections are gone.
    parked.removeIf([](const auto &p) { return p.first.isNull(); });

    const QPointer<QTcpSocket> socket = responder.socket();
    if (RequestGuard *guard = RequestGuard::of(socket))
        guard->requestDone();
    const Incoming in = copyRequest(request);
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));

    SandboxCall call;
    call.endpoint = classify(in);
    call.method = in.method;
    call.path = in.path;
    call.query = in.query;
    call.headers = in.headers;
    call.body = in.body;

    // Only requests addressed to this server, and only bodies it is willing to hold.
    QByteArrayList hosts;
    for (const auto &h : in.headers) {
        if (h.first.compare("host", Qt::CaseInsensitive) == 0)
            hosts.append(h.second);
    }
    if (hosts.size() != 1) {
        sendAndRecord(shared, socket, call,
                      jsonError(400, hosts.isEmpty() ? u"The request has no Host header."_s
                                                     : u"The request has more than one Host header."_s));
        return;
    }
    if (!isOwnHost(hosts.first(), port)) {
        qCWarning(lcSandbox).noquote() << "sandbox: refused a request for another host:"
                                       << QString::fromLatin1(hosts.first().left(200));
        sendAndRecord(shared, socket, call,
                      jsonError(421, u"This sandbox answers only requests for 127.0.0.1:%1 or localhost:%1."_s.arg(port)));
        return;
    }
    if (in.body.size() > SandboxServer::MaxRequestBodyBytes) {
        sendAndRecord(shared, socket, call,
                      jsonError(413, u"The request body is larger than %1 bytes; the sandbox refuses it."_s
                                         .arg(SandboxServer::MaxRequestBodyBytes)));
        return;
    }

    if (const auto fault = takeFault(call.endpoint)) {
        applyFault(*fault, in, call, shared, socket);
        return;
    }
    const Reply reply = dispatch(call.endpoint, in);
    sendAndRecord(shared, socket, call, reply);
}

void SandboxServer::Private::recordRefused(const QByteArray &head, qint64 announced)
{
    const Incoming in = incomingFromHead(head);
    SandboxCall call;
    call.endpoint = classify(in);
    call.method = in.method;
    call.path = in.path;
    call.query = in.query;
    call.headers = in.headers;
    call.bodySize = qMax<qint64>(announced, 0);
    qCWarning(lcSandbox).noquote() << "sandbox: refused a request body over" << SandboxServer::MaxRequestBodyBytes
                                   << "bytes" << (announced >= 0 ? u"(%1 announced)"_s.arg(announced) : QString());
    record(call, 413);
}

void SandboxServer::Private::record(SandboxCall call, int status, const Reply *reply)
{
    call.status = status;
    // Bounded: a body is kept up to RecordedBodyBytes, and only the newest calls.
    if (call.bodySize == 0)
        call.bodySize = call.body.size();
    if (call.body.size() > SandboxServer::RecordedBodyBytes)
        call.body.truncate(SandboxServer::RecordedBodyBytes);
    QUrl url = call.path.isEmpty() ? QUrl(u"/"_s) : QUrl(call.path);
    url.setQuery(call.query);
    qCInfo(lcSandbox).noquote() << "sandbox:" << QString::fromLatin1(call.method) << redaction::url(url) << "->"
                                << (status ? QString::number(status) : u"(no answer)"_s);
    if (lcSandbox().isDebugEnabled()) {
        QStringList headers;
        for (const auto &h : std::as_const(call.headers)) {
            QByteArray value = h.second;
            if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                value = redaction::authorizationHeader(value);
            else if (h.first.compare("cookie", Qt::CaseInsensitive) == 0)
                value = QByteArray(redaction::Mask.latin1());
            headers.append(QString::fromLatin1(h.first + ": " + value));
        }
        qCDebug(lcSandbox).noquote() << "  request headers:" << headers.join(" | "_L1);
        if (!call.body.isEmpty())
            qCDebug(lcSandbox).noquote() << "  request body:" << logBody(call.body, call.header("Content-Type"));
        if (reply) {
            for (const auto &h : reply->headers) {
                if (h.first == "Location")
                    qCDebug(lcSandbox).noquote() << "  Location:" << redaction::url(QUrl::fromEncoded(h.second));
            }
        }
    }
    calls.append(call);
    while (calls.size() > SandboxServer::MaxRecordedCalls)
        calls.removeFirst();
    Q_EMIT q->callReceived(call);
}

bool SandboxServer::Private::send(const std::shared_ptr<QHttpServerResponder> &responder,
                                  const QPointer<QTcpSocket> &socket, const Reply &reply)
{
    if (!socketUsable(socket))
        return false;
    writeHead(*responder, reply, reply.body.size());
    responder->writeBody(reply.body);
    return true;
}

void SandboxServer::Private::sendAndRecord(const std::shared_ptr<QHttpServerResponder> &responder,
                                           const QPointer<QTcpSocket> &socket, const SandboxCall &call,
                                           const Reply &reply)
{
    record(call, send(responder, socket, reply) ? reply.status : 0, &reply);
}

std::optional<SandboxFault> SandboxServer::Private::takeFault(Endpoint endpoint)
{
    const auto it = faults.find(int(endpoint));
    if (it == faults.end() || it->second.isEmpty())
        return std::nullopt;
    FaultEntry &entry = it->second.first();
    const SandboxFault fault = entry.fault;
    if (entry.remaining > 0 && --entry.remaining == 0)
        it->second.removeFirst();
    return fault;
}

void SandboxServer::Private::applyFault(const SandboxFault &fault, const Incoming &in, const SandboxCall &call,
                                        const std::shared_ptr<QHttpServerResponder> &responder,
                                        const QPointer<QTcpSocket> &socket)
{
    using Kind = SandboxFault::Kind;
    qCDebug(lcSandbox) << "sandbox: injecting fault" << int(fault.kind) << "for" << call.path;
    switch (fault.kind) {
    case Kind::Delay: {
        const Endpoint endpoint = call.endpoint;
        QTimer::singleShot(qMax(0, fault.delayMs), Qt::PreciseTimer, q,
                           [this, in, call, responder, socket, endpoint] {
                               if (!socketUsable(socket)) {
                                   record(call, 0);
                                   return;
                               }
                               const Reply reply = dispatch(endpoint, in);
                               sendAndRecord(responder, socket, call, reply);
                           });
        return;
    }
    case Kind::HttpError: {
        const int status = fault.status > 0 ? fault.status : 500;
        const Reply reply = jsonError(status, fault.message.isEmpty() ? defaultErrorMessage(status) : fault.message);
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    case Kind::HtmlError: {
        const int status = fault.status > 0 ? fault.status : 502;
        Reply reply;
        reply.status = status;
        reply.headers.emplaceBack("Content-Type", "text/html");
        reply.body = sandboxpages::gatewayPage(status, reasonPhrase(status));
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    case Kind::MalformedJson: {
        Reply reply;
        reply.headers.emplaceBack("Content-Type", "application/json");
        reply.body = "{\"token\": \"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7\", \"secret\": \"KKSbL0J2wL";
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    case Kind::EmptyBody: {
        Reply reply;
        reply.headers.emplaceBack("Content-Type", "application/json");
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    case Kind::WrongShape: {
        // The wrong shape of a list is an object; of anything else, an array.
        const Reply reply = call.endpoint == Endpoint::ListInstances
            ? jsonReply(200, QJsonObject{{u"unexpected"_s, u"an object where an array belongs"_s}})
            : jsonReply(200, QJsonDocument(QJsonArray{u"unexpected"_s, u"an array where an object belongs"_s}));
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    case Kind::NoAnswer:
        parked.append({socket, responder});
        record(call, 0);
        return;
    case Kind::Trickle:
    case Kind::Reset: {
        // The real answer, delivered too slowly or cut off in the middle of its body.
        const Reply reply = dispatch(call.endpoint, in);
        if (!socketUsable(socket)) {
            record(call, 0);
            return;
        }
        if (fault.kind == Kind::Trickle)
            trickle(responder, socket, reply, fault.delayMs);
        else
            reset(responder, socket, reply);
        record(call, reply.status);
        return;
    }
    case Kind::Redirect: {
        const int status = fault.status >= 300 && fault.status < 400 ? fault.status : 302;
        const Reply reply = redirectReply(status, QUrl(fault.location).toEncoded());
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    case Kind::HugeBody: {
        if (!socketUsable(socket)) {
            record(call, 0);
            return;
        }
        hugeBody(responder, socket, fault.size > 0 ? fault.size : 16 * 1024 * 1024);
        record(call, 200);
        return;
    }
    case Kind::InvalidUtf8: {
        Reply reply;
        reply.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
        reply.body = "{\"token\":\"bad\xC3\x28utf8\",\"secret\":\"\xC3\x28\",\"message\":\"invalid \xC3\x28 byte\"}";
        sendAndRecord(responder, socket, call, reply);
        return;
    }
    }
}

void SandboxServer::Private::trickle(const std::shared_ptr<QHttpServerResponder> &responder,
                                     const QPointer<QTcpSocket> &socket, const Reply &reply, int delayMs)
{
    writeHead(*responder, reply, reply.body.size());
    responder->writeBody("", 0);  // ends the headers, so they leave now
    socket->flush();
    if (reply.body.isEmpty())
        return;
    // The timer belongs to the connection: it goes when the connection goes.
    auto *timer = new QTimer(socket.data());
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(qMax(0, delayMs));
    auto position = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, socket, responder, position, body = reply.body] {
        if (!socketUsable(socket) || *position >= body.size()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        responder->writeBody(body.constData() + *position, 1);
        ++*position;
    });
    timer->start();
}

void SandboxServer::Private::reset(const std::shared_ptr<QHttpServerResponder> &responder,
                                   const QPointer<QTcpSocket> &socket, const Reply &reply)
{
    // Announce the whole body, send half of it, then drop the connection.
    const qint64 announced = reply.body.isEmpty() ? 1024 : reply.body.size();
    writeHead(*responder, reply, announced);
    responder->writeBody(reply.body.constData(), reply.body.size() / 2);
    socket->flush();

    const auto drop = [socket] {
        if (!socket || socket->state() == QAbstractSocket::UnconnectedState)
            return;
#ifdef Q_OS_UNIX
        // A real reset (RST), not an orderly close: a client that sees only the end of
        // the stream may take the truncated body for a complete one.
        const struct linger noLinger = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
        socket->abort();
    };
    // Drop it a moment after the half body has left, so that the client has read it and
    // is waiting for the rest (QNetworkAccessManager may otherwise take a connection
    // that ends together with the data for the end of the body).
    auto scheduled = std::make_shared<bool>(false);
    const auto dropWhenSent = [socket, drop, scheduled] {
        if (*scheduled || !socket || socket->bytesToWrite() != 0)
            return;
        *scheduled = true;
        QTimer::singleShot(ResetGraceMs, socket.data(), drop);
    };
    QObject::connect(socket.data(), &QTcpSocket::bytesWritten, socket.data(), dropWhenSent);
    dropWhenSent();
}

void SandboxServer::Private::hugeBody(const std::shared_ptr<QHttpServerResponder> &responder,
                                      const QPointer<QTcpSocket> &socket, qint64 size)
{
    // A syntactically valid JSON object of exactly `size` bytes, produced chunk by chunk
    // while the socket drains: {"padding":"xxxx...x"} (or {   } when that is too long).
    struct State
    {
        QByteArray prefix;
        QByteArray suffix;
        char fill = 'x';
        qint64 total = 0;
        qint64 sent = 0;
        QMetaObject::Connection connection;
    };
    auto st = std::make_shared<State>();
    st->total = qMax<qint64>(size, 2);
    if (st->total >= 14) {
        st->prefix = "{\"padding\":\"";
        st->suffix = "\"}";
    } else {
        st->prefix = "{";
        st->suffix = "}";
        st->fill = ' ';
    }
    Reply head;
    head.headers.emplaceBack("Content-Type", "application/json");
    writeHead(*responder, head, st->total);
    responder->writeBody("", 0);

    static constexpr qint64 chunkSize = 64 * 1024;
    static constexpr qint64 highWater = 256 * 1024;
    const auto pump = [socket, responder, st] {
        if (!socketUsable(socket)) {
            QObject::disconnect(st->connection);
            return;
        }
        while (st->sent < st->total && socket->bytesToWrite() < highWater) {
            const qint64 length = qMin(chunkSize, st->total - st->sent);
            QByteArray chunk(length, st->fill);
            const qint64 suffixStart = st->total - st->suffix.size();
            for (qint64 i = 0; i < length; ++i) {
                const qint64 pos = st->sent + i;
                if (pos < st->prefix.size())
                    chunk[i] = st->prefix.at(pos);
                else if (pos >= suffixStart)
                    chunk[i] = st->suffix.at(pos - suffixStart);
                else if (pos >= st->prefix.size() && pos + (length - i) <= suffixStart)
                    break;  // the rest of this chunk is filler
            }
            responder->writeBody(chunk);
            st->sent += length;
        }
        if (st->sent >= st->total)
            QObject::disconnect(st->connection);
    };
    st->connection = QObject::connect(socket.data(), &QTcpSocket::bytesWritten, socket.data(), pump);
    pump();
}

// ---------------------------------------------------------------------------------
// Routing

Endpoint SandboxServer::Private::classify(const Incoming &in)
{
    const QStringList &s = in.segments;
    const QByteArray &m = in.method;
    if (s.size() >= 1 && s.at(0) == "provider"_L1) {
        if (s.size() == 5 && s.at(3) == "oauth"_L1 && s.at(4) == "oauth_authorize.php"_L1 && m == "GET")
            return Endpoint::ProviderPage;
        if (s.size() == 5 && s.at(3) == "oauth"_L1 && s.at(4) == "decision"_L1 && m == "POST")
            return Endpoint::ProviderPage;
        if (s.size() == 4 && s.at(3) == "login"_L1 && (m == "GET" || m == "POST"))
            return Endpoint::ProviderPage;
        if (s.size() == 4 && s.at(3) == "help"_L1 && m == "GET")
            return Endpoint::ProviderPage;
        return Endpoint::Other;
    }
    if (s.size() < 3 || s.at(0) != "elements"_L1 || s.at(1) != "api-v2"_L1)
        return Endpoint::Other;
    const QStringList r = s.mid(2);
    if (r.size() == 4 && r.at(0) == "elements"_L1 && r.at(2) == "oauth"_L1 && m == "GET") {
        if (r.at(3) == "token"_L1)
            return Endpoint::Token;
        if (r.at(3) == "url"_L1)
            return Endpoint::Url;
    }
    if (r.size() == 3 && r.at(0) == "elements"_L1 && r.at(2) == "instances"_L1 && m == "POST")
        return Endpoint::CreateInstance;
    if (r.size() == 1 && r.at(0) == "instances"_L1) {
        if (m == "POST")
            return Endpoint::CreateInstance;
        if (m == "GET")
            return Endpoint::ListInstances;
    }
    if (r.size() == 2 && r.at(0) == "instances"_L1) {
        if (m == "GET")
            return Endpoint::GetInstance;
        if (m == "DELETE")
            return Endpoint::DeleteInstance;
    }
    return Endpoint::Other;
}

Reply SandboxServer::Private::dispatch(Endpoint endpoint, const Incoming &in)
{
    const QStringList r = in.segments.mid(2);
    switch (endpoint) {
    case Endpoint::Token: return handleToken(in, r.at(1));
    case Endpoint::Url: return handleUrl(in, r.at(1));
    case Endpoint::CreateInstance: return handleCreate(in, r.size() == 3 ? r.at(1) : QString());
    case Endpoint::ListInstances: return handleList(in);
    case Endpoint::GetInstance: return handleGet(in, r.at(1));
    case Endpoint::DeleteInstance: return handleDelete(in, r.at(1));
    case Endpoint::ProviderPage: return handleProvider(in);
    case Endpoint::Other: break;
    }
    return notFound(in);
}

Reply SandboxServer::Private::notFound(const Incoming &in) const
{
    return jsonError(404, u"No resource matches %1 %2"_s.arg(QString::fromLatin1(in.method), in.path));
}

// ---------------------------------------------------------------------------------
// The API

const ElementDescription *SandboxServer::Private::element(const QString &keyOrId) const
{
    const auto it = elements.constFind(keyOrId);
    if (it != elements.cend())
        return &it.value();
    bool isNumber = false;
    const int id = keyOrId.toInt(&isNumber);
    if (isNumber) {
        for (const ElementDescription &e : elements) {
            if (e.id == id)
                return &e;
        }
    }
    return nullptr;
}

SandboxServer::Private::Auth SandboxServer::Private::checkAuthorization(const Incoming &in) const
{
    const QByteArray value = in.header("Authorization").trimmed();
    if (value.isEmpty())
        return Auth::Missing;
    static const QRegularExpression part(u"^\\s*(\\S+)\\s+(\\S+)\\s*$"_s);
    QHash<QString, QString> parts;
    for (const QByteArray &raw : value.split(',')) {
        const QString text = QString::fromUtf8(raw);
        if (text.trimmed().isEmpty())
            continue;  // a stray comma
        const QRegularExpressionMatch m = part.match(text);
        if (!m.hasMatch())
            return Auth::Invalid;
        const QString name = m.captured(1).toLower();
        if (name != "user"_L1 && name != "organization"_L1 && name != "element"_L1)
            return Auth::Invalid;
        if (parts.contains(name))
            return Auth::Invalid;
        parts.insert(name, m.captured(2));
    }
    if (parts.value(u"user"_s) != QLatin1StringView(UserSecret)
        || parts.value(u"organization"_s) != QLatin1StringView(OrganizationSecret))
        return Auth::Invalid;
    if (parts.contains(u"element"_s)) {
        const QString elementToken = parts.value(u"element"_s);
        const bool known = std::any_of(instances.cbegin(), instances.cend(),
                                       [&](const auto &i) { return i.second.token == elementToken; });
        if (!known)
            return Auth::Invalid;
    }
    return Auth::Valid;
}

QStringList SandboxServer::Private::oauthParameters(const ElementDescription &e) const
{
    QStringList names;
    for (const ConfigProperty &p : e.configuration) {
        if (!p.oauthParameter.isEmpty())
            names.append(p.oauthParameter);
    }
    return names;
}

const ConfigProperty *SandboxServer::Private::siteProperty(const ElementDescription &e)
{
    for (const ConfigProperty &p : e.configuration) {
        if (p.format == ConfigProperty::Format::Subdomain)
            return &p;
    }
    return nullptr;
}

QString SandboxServer::Private::normaliseSite(const ElementDescription &e, const QString &value) const
{
    const ConfigProperty *p = siteProperty(e);
    return normaliseSubdomain(value, p ? p->domain : QString());
}

QString SandboxServer::Private::siteHost(const ElementDescription &e, const QString &site) const
{
    const ConfigProperty *p = siteProperty(e);
    return p && !p->domain.isEmpty() ? site + u'.' + p->domain : site;
}

Reply SandboxServer::Private::handleToken(const Incoming &in, const QString &keyOrId)
{
    // Documented as needing no header, but one that is sent must be right.
    if (checkAuthorization(in) == Auth::Invalid)
        return jsonError(401, InvalidSecretsMessage);
    const ElementDescription *e = element(keyOrId);
    if (!e)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));

    const QStringList required = oauthParameters(*e);
    QStringList missing;
    for (const QString &name : required) {
        if (in.param(name).trimmed().isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty())
        return jsonError(400, u"Missing required parameters: %1"_s.arg(missingList(missing)));

    const QString callback = in.param(ParamCallbackUrl).trimmed();
    if (!callback.isEmpty()) {
        const QUrl url(callback, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return jsonError(400, u"callbackUrl must be an absolute URL."_s);
    }
    const QString site = normaliseSite(*e, in.param(ParamSiteAddress));
    if (required.contains(ParamSiteAddress) && site.isEmpty())
        return jsonError(400, u"siteAddress is not a site address."_s);

    RequestToken t;
    t.token = randomAlnum(44);
    t.secret = randomAlnum(36);
    t.elementKey = e->key;
    t.site = site;
    t.callbackUrl = callback;
    for (const QString &name : required)
        t.parameters.insert(name, in.param(name));
    insertBounded(tokens, tokenOrder, t.token, t);
    qCDebug(lcSandbox).noquote() << "sandbox: issued a request token for" << e->key << "site" << site;
    return jsonReply(200, QJsonObject{{u"token"_s, t.token}, {u"secret"_s, t.secret}});
}

Reply SandboxServer::Private::handleUrl(const Incoming &in, const QString &keyOrId)
{
    if (checkAuthorization(in) == Auth::Invalid)
        return jsonError(401, InvalidSecretsMessage);
    const ElementDescription *e = element(keyOrId);
    if (!e)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));

    QStringList missing;
    for (const QString &name : oauthParameters(*e)) {
        if (in.param(name).trimmed().isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty())
        return jsonError(400, u"Missing required parameters: %1"_s.arg(missingList(missing)));

    // Like the real platform: a missing requestToken becomes the text "null".
    QString requestToken = in.param(ParamRequestToken).trimmed();
    if (requestToken.isEmpty())
        requestToken = u"null"_s;
    QString callback = in.param(ParamCallbackUrl).trimmed();
    if (!e->callbackState.isEmpty())
        callback += (callback.contains(u'?') ? u"&state="_s : u"?state="_s) + e->callbackState;
    const QString site = normaliseSite(*e, in.param(ParamSiteAddress));
    if (oauthParameters(*e).contains(ParamSiteAddress) && site.isEmpty())
        return jsonError(400, u"siteAddress is not a site address."_s);

    QUrl oauthUrl = q->rootUrl();
    oauthUrl.setPath(u"/provider/%1/%2/oauth/oauth_authorize.php"_s.arg(e->key, site));
    oauthUrl.setQuery(u"oauth_token="_s + QString::fromLatin1(QUrl::toPercentEncoding(requestToken))
                          + u"&oauth_callback="_s + QString::fromLatin1(QUrl::toPercentEncoding(callback)),
                      QUrl::StrictMode);
    return jsonReply(200, QJsonObject{{u"oauthUrl"_s, oauthUrl.toString(QUrl::FullyEncoded)},
                                      {u"element"_s, e->key}});
}

Reply SandboxServer::Private::handleCreate(const Incoming &in, const QString &pathKeyOrId)
{
    if (checkAuthorization(in) != Auth::Valid)
        return jsonError(401, InvalidSecretsMessage);
    if (!isJsonContentType(in.header("Content-Type")))
        return jsonError(415, UnsupportedMediaTypeMessage);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return jsonError(400, u"The request body is not valid JSON: %1 (at offset %2)."_s
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    if (!doc.isObject())
        return jsonError(400, u"The request body must be a JSON object."_s);
    const QJsonObject body = doc.object();

    // The element: from the path, or from element.key (or element.id) of the body.
    const QJsonObject elementObject = body.value("element"_L1).toObject();
    QString keyOrId = pathKeyOrId;
    if (keyOrId.isEmpty()) {
        keyOrId = elementObject.value("key"_L1).toString().trimmed();
        if (keyOrId.isEmpty() && elementObject.value("id"_L1).isDouble())
            keyOrId = QString::number(elementObject.value("id"_L1).toInt());
        if (keyOrId.isEmpty())
            return jsonError(400, u"Missing required entries: element.key"_s);
    }
    const ElementDescription *e = element(keyOrId);
    if (!e)
        return jsonError(404, u"No element found with key %1"_s.arg(keyOrId));
    const QString bodyKey = elementObject.value("key"_L1).toString().trimmed();
    if (!pathKeyOrId.isEmpty() && !bodyKey.isEmpty() && bodyKey != e->key)
        return jsonError(400, u"element.key \"%1\" does not match the element %2 of the path."_s.arg(bodyKey, e->key));

    // Every missing required entry, in one message.
    const QJsonObject providerData = body.value("providerData"_L1).toObject();
    const QJsonObject configuration = body.value("configuration"_L1).toObject();
    QStringList missing;
    for (const ProviderField &f : e->providerData) {
        if (f.required && isEmptyValue(providerData.value(f.key)))
            missing.append(u"providerData."_s + f.key);
    }
    for (const ConfigProperty &p : e->configuration) {
        if (p.required && isEmptyValue(configuration.value(p.key)))
            missing.append(u"configuration."_s + p.key);
    }
    if (!missing.isEmpty())
        return jsonError(400, u"Missing required entries: %1"_s.arg(missingList(missing)));

    QStringList tags;
    const QJsonValue tagsValue = body.value("tags"_L1);
    if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        if (!tagsValue.isArray())
            return jsonError(400, u"tags must be an array of strings."_s);
        for (const QJsonValue &t : tagsValue.toArray()) {
            if (!t.isString())
                return jsonError(400, u"tags must be an array of strings."_s);
            tags.append(t.toString());
        }
    }
    const QJsonValue nameValue = body.value("name"_L1);
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString())
        return jsonError(400, u"name must be a string."_s);

    // The OAuth exchange must be one this sandbox issued and the user allowed.
    const QString tokenText = jsonText(providerData.value("oauth_token"_L1));
    const auto tokenIt = tokens.find(tokenText);
    if (tokenIt == tokens.end())
        return jsonError(400, u"providerData.oauth_token is not a request token this sandbox issued: "
                              u"get one with GET /elements/%1/oauth/token."_s.arg(e->key));
    RequestToken &t = tokenIt.value();
    if (t.elementKey != e->key)
        return jsonError(400, u"providerData.oauth_token was issued for the element %1, not %2."_s.arg(t.elementKey, e->key));
    switch (t.state) {
    case RequestToken::State::Issued:
        return jsonError(400, u"The request token has not been authorized: the user has not allowed access yet."_s);
    case RequestToken::State::Refused:
        return jsonError(400, u"The user refused access for this request token: authorize again."_s);
    case RequestToken::State::Consumed:
        return jsonError(400, u"The request token has already been used to create an instance: authorize again."_s);
    case RequestToken::State::Authorized:
        break;
    }
    if (jsonText(providerData.value("oauth_verifier"_L1)) != t.verifier)
        return jsonError(400, u"providerData.oauth_verifier does not match the verifier issued for this request token."_s);
    for (const ProviderField &f : e->providerData) {
        if (f.source == ProviderField::Source::RequestToken && jsonText(providerData.value(f.key)) != t.secret)
            return jsonError(400, u"providerData.%1 does not match the secret of this request token."_s.arg(f.key));
    }
    QStringList differing;
    for (const ConfigProperty &p : e->configuration) {
        if (!p.required || p.oauthParameter.isEmpty() || !t.parameters.contains(p.oauthParameter))
            continue;
        QString given = jsonText(configuration.value(p.key));
        QString issued = t.parameters.value(p.oauthParameter);
        if (p.format == ConfigProperty::Format::Subdomain) {
            given = normaliseSubdomain(given, p.domain);
            issued = normaliseSubdomain(issued, p.domain);
        }
        if (given != issued)
            differing.append(u"configuration.%1 (%2)"_s.arg(p.key, p.oauthParameter));
    }
    if (!differing.isEmpty())
        return jsonError(400, u"The configuration does not match what the request token was issued for: %1"_s.arg(
                                  missingList(differing)));

    t.state = RequestToken::State::Consumed;
    const QJsonObject instance = buildInstance(*e, body, tags, t.site);
    StoredInstance stored;
    stored.id = instance.value("id"_L1).toInt();
    stored.token = instance.value("token"_L1).toString();
    stored.tags = tags;
    stored.json = instance;
    instances.emplace(stored.id, stored);
    qCInfo(lcSandbox) << "sandbox: created instance" << stored.id << "of" << e->key;
    return jsonReply(200, instance);
}

QJsonObject SandboxServer::Private::buildInstance(const ElementDescription &e, const QJsonObject &body,
                                                  const QStringList &tags, const QString &site)
{
    const int id = nextInstanceId++;
    const QJsonObject requestConfig = body.value("configuration"_L1).toObject();

    // The values the response shows, by response key (unmasked: they fill the templates).
    QHash<QString, QString> responseValues;
    for (const ConfigProperty &p : e.configuration) {
        const QJsonValue v = requestConfig.value(p.key);
        if (isEmptyValue(v))
            continue;
        responseValues.insert(p.responseKey, p.format == ConfigProperty::Format::Subdomain
                                                 ? siteHost(e, normaliseSubdomain(jsonText(v), p.domain))
                                                 : jsonText(v));
    }
    if (const ConfigProperty *p = siteProperty(e); p && !responseValues.contains(p->responseKey))
        responseValues.insert(p->responseKey, siteHost(e, site));

    QJsonObject config;
    for (auto it = e.instanceDefaults.constBegin(); it != e.instanceDefaults.constEnd(); ++it) {
        if (it.value().isString()) {
            QString text = it.value().toString();
            for (auto rv = responseValues.cbegin(); rv != responseValues.cend(); ++rv)
                text.replace(u'{' + rv.key() + u'}', rv.value());
            config.insert(it.key(), text);
        } else {
            config.insert(it.key(), it.value());
        }
    }
    for (auto it = requestConfig.constBegin(); it != requestConfig.constEnd(); ++it) {
        const ConfigProperty *p = e.property(it.key());
        const QString key = p ? p->responseKey : it.key();
        const bool secret = p ? p->secret : redaction::isSecretName(it.key());
        if (secret)
            config.insert(key, QString(Masked));
        else if (p && responseValues.contains(key))
            config.insert(key, responseValues.value(key));
        else
            config.insert(key, it.value());
    }
    if (e.authType == "oauth1"_L1) {
        config.insert(u"oauth.user.token"_s, QString(Masked));
        config.insert(u"oauth.user.token.secret"_s, QString(Masked));
    }

    QString name = body.value("name"_L1).toString().trimmed();
    if (name.isEmpty())
        name = u"%1 instance %2"_s.arg(e.name).arg(id);

    QJsonArray tagArray;
    for (const QString &t : tags)
        tagArray.append(t);

    const QJsonObject elementJson{
        {u"id"_s, e.id},
        {u"name"_s, e.name},
        {u"key"_s, e.key},
        {u"description"_s, e.description},
        {u"image"_s, e.image},
        {u"active"_s, true},
        {u"deleted"_s, false},
        {u"typeOauth"_s, false},
        {u"trialAccount"_s, false},
        {u"resources"_s, QJsonArray()},
    };
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"token"_s, QString::fromLatin1(randomBytes(26).toBase64())},
        {u"element"_s, elementJson},
        {u"provisionInteractions"_s, QJsonArray()},
        {u"valid"_s, true},
        {u"disabled"_s, false},
        {u"maxCacheSize"_s, 0},
        {u"cacheTimeToLive"_s, 0},
        {u"configuration"_s, config},
        {u"eventsEnabled"_s, false},
        {u"cachingEnabled"_s, false},
        {u"traceLoggingEnabled"_s, false},
        {u"tags"_s, tagArray},
        {u"createdDate"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"user"_s, QJsonObject{{u"id"_s, 1}}},
    };
}

Reply SandboxServer::Private::handleList(const Incoming &in)
{
    if (checkAuthorization(in) != Auth::Valid)
        return jsonError(401, InvalidSecretsMessage);
    QStringList wanted;
    const auto items = in.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == "tags[]"_L1 || key == "tags"_L1)
            wanted.append(value);
    }
    QJsonArray out;
    for (const auto &[id, instance] : instances) {
        // A lambda may not capture a structured binding before C++20 (clang refuses).
        const QStringList &tags = instance.tags;
        const bool matches = std::all_of(wanted.cbegin(), wanted.cend(),
                                         [&tags](const QString &t) { return tags.contains(t); });
        if (matches)
            out.append(instance.json);
    }
    return jsonReply(200, QJsonDocument(out));
}

// GET and DELETE /instances/{id}: the secrets first, then the instance; an error reply
// when either is wrong, else nullopt and the instance in *found.
std::optional<Reply> SandboxServer::Private::findInstance(const Incoming &in, const QString &id,
                                                          std::map<int, StoredInstance>::iterator *found)
{
    if (checkAuthorization(in) != Auth::Valid)
        return jsonError(401, InvalidSecretsMessage);
    bool ok = false;
    const int number = id.toInt(&ok);
    *found = ok ? instances.find(number) : instances.end();
    if (*found == instances.end())
        return jsonError(404, u"No instance found with id %1"_s.arg(id));
    return std::nullopt;
}

Reply SandboxServer::Private::handleGet(const Incoming &in, const QString &id)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, id, &it))
        return *error;
    return jsonReply(200, it->second.json);
}

Reply SandboxServer::Private::handleDelete(const Incoming &in, const QString &id)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, id, &it))
        return *error;
    const int number = it->first;
    instances.erase(it);
    qCInfo(lcSandbox) << "sandbox: deleted instance" << number;
    return Reply{};
}

// ---------------------------------------------------------------------------------
// The provider's pages

Reply SandboxServer::Private::providerError(int status, const ElementDescription *e, const QString &title,
                                            const QString &message) const
{
    return htmlReply(status, sandboxpages::render(u"error"_s, {{u"provider"_s, e ? e->name : u"the provider"_s},
                                                               {u"title"_s, title},
                                                               {u"message"_s, message}}));
}

Reply SandboxServer::Private::loginPage(const ElementDescription &e, const QString &site, const QString &returnTo,
                                        const QString &email, const QString &error) const
{
    return htmlReply(200, sandboxpages::render(u"login"_s, {
                                                               {u"provider"_s, e.name},
                                                               {u"host"_s, siteHost(e, site)},
                                                               {u"action"_s, u"/provider/%1/%2/login"_s.arg(e.key, site)},
                                                               {u"returnTo"_s, returnTo},
                                                               {u"email"_s, email},
                                                               {u"error"_s, error},
                                                           }));
}

Reply SandboxServer::Private::consentPage(const ElementDescription &e, const RequestToken &t,
                                          const QString &email) const
{
    return htmlReply(200, sandboxpages::render(
                              u"consent"_s, {
                                                {u"provider"_s, e.name},
                                                {u"host"_s, siteHost(e, t.site)},
                                                {u"app"_s, t.parameters.value(ParamApiKey)},
                                                {u"email"_s, email},
                                                {u"action"_s, u"/provider/%1/%2/oauth/decision"_s.arg(e.key, t.site)},
                                                {u"token"_s, t.token},
                                                {u"callback"_s, t.callbackUrl},
                                                {u"helpUrl"_s, u"/provider/%1/%2/help"_s.arg(e.key, t.site)},
                                            }));
}

Reply SandboxServer::Private::decide(RequestToken &t, const ElementDescription &e, bool allow)
{
    QUrl callback(t.callbackUrl);
    QUrlQuery query(callback);
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!e.callbackState.isEmpty())
        add(u"state"_s, e.callbackState);
    add(u"oauth_token"_s, t.token);
    if (allow) {
        t.verifier = randomAlnum(24);
        t.state = RequestToken::State::Authorized;
        add(u"oauth_verifier"_s, t.verifier);
    } else {
        t.state = RequestToken::State::Refused;
        add(u"oauth_problem"_s, u"user_refused"_s);
    }
    callback.setQuery(query);
    qCInfo(lcSandbox) << "sandbox: the user" << (allow ? "allowed" : "refused") << "access for" << e.key
                      << "site" << t.site;
    return redirectReply(302, callback.toEncoded());
}

Reply SandboxServer::Private::handleProvider(const Incoming &in)
{
    const QStringList &s = in.segments;  // provider, key, site, ...
    const ElementDescription *e = element(s.at(1));
    if (!e)
        return providerError(404, nullptr, u"Unknown provider"_s,
                             u"The sandbox knows no element with the key \u201c%1\u201d."_s.arg(s.at(1)));
    const QString site = s.at(2);
    const QString sessionId = cookieValue(in, SessionCookie);
    const bool signedIn = !sessionId.isEmpty() && sessions.contains(sessionId);
    const QString email = signedIn ? sessions.value(sessionId) : QString();
    const QString page = s.mid(3).join(u'/');

    const auto findToken = [&](const QString &token, RequestToken **out) -> std::optional<Reply> {
        if (token.isEmpty())
            return providerError(400, e, u"No request token"_s,
                                 u"The authorization link carries no oauth_token. Get a new link from the "
                                 u"application that sent you here."_s);
        const auto it = tokens.find(token);
        if (it == tokens.end())
            return providerError(400, e, u"Unknown request token"_s,
                                 u"The request token \u201c%1\u201d is unknown: it was never issued, or the link "
                                 u"is incomplete. Get a new link from the application that sent you here."_s.arg(token));
        if (it->elementKey != e->key || it->site != site)
            return providerError(400, e, u"Wrong site"_s,
                                 u"This request token was issued for %1, not for %2."_s.arg(
                                     siteHost(*element(it->elementKey), it->site), siteHost(*e, site)));
        if (it->state != RequestToken::State::Issued)
            return providerError(400, e, u"Request token already used"_s,
                                 u"This request token has already been allowed or refused. Start the "
                                 u"authorization again from the application."_s);
        *out = &it.value();
        return std::nullopt;
    };

    if (page == "oauth/oauth_authorize.php"_L1) {
        RequestToken *t = nullptr;
        if (auto error = findToken(in.param(u"oauth_token"_s), &t))
            return *error;
        if (autoApprove)
            return decide(*t, *e, true);
        if (!signedIn)
            return loginPage(*e, site, in.pathAndQuery, QString(), QString());
        return consentPage(*e, *t, email);
    }

    if (page == "login"_L1) {
        if (in.method == "GET")
            return loginPage(*e, site, QString(), QString(), QString());
        const QUrlQuery form = parseForm(in.body);
        const QString formEmail = formValue(form, u"email"_s).trimmed();
        const QString password = formValue(form, u"password"_s);
        QString returnTo = formValue(form, u"return"_s);
        if (!returnTo.startsWith("/provider/"_L1) || returnTo.contains(u'\\'))
            returnTo = u"/provider/%1/%2/help"_s.arg(e->key, site);
        if (formEmail.isEmpty() || password.isEmpty())
            return loginPage(*e, site, returnTo, formEmail, u"Enter an email address and a password."_s);
        const QString id = randomAlnum(32);
        insertBounded(sessions, sessionOrder, id, formEmail);
        Reply r = redirectReply(303, q->rootUrl().resolved(QUrl::fromEncoded(returnTo.toUtf8())).toEncoded());
        r.headers.emplaceBack("Set-Cookie", QByteArray(SessionCookie.data(), SessionCookie.size()) + '=' + id.toLatin1()
                                            + "; Path=/provider; HttpOnly; SameSite=Lax");
        return r;
    }

    if (page == "oauth/decision"_L1) {
        const QUrlQuery form = parseForm(in.body);
        RequestToken *t = nullptr;
        if (auto error = findToken(formValue(form, u"oauth_token"_s), &t))
            return *error;
        if (!signedIn)
            return providerError(403, e, u"Not signed in"_s,
                                 u"Sign in to %1 before you allow or deny access."_s.arg(siteHost(*e, site)));
        const QString decision = formValue(form, u"decision"_s);
        if (decision == "allow"_L1)
            return decide(*t, *e, true);
        if (decision == "deny"_L1)
            return decide(*t, *e, false);
        return providerError(400, e, u"No decision"_s, u"Choose Allow or Deny."_s);
    }

    if (page == "help"_L1)
        return htmlReply(200, sandboxpages::render(u"help"_s, {{u"provider"_s, e->name}, {u"host"_s, siteHost(*e, site)}}));

    return notFound(in);
}

// =====================================================================================

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    qRegisterMetaType<ce::SandboxCall>();
    const QStringList keys = ElementDescription::builtinKeys();
    for (const QString &key : keys) {
        if (auto e = ElementDescription::builtin(key))
            d->elements.insert(e->key, *e);
        else
            qCWarning(lcSandbox) << "sandbox: the element description" << key << "does not load";
    }
}

SandboxServer::~SandboxServer()
{
    // Connections, their timers and parked answers go with the HTTP server, before the rest.
    d->parked.clear();
    d->http.reset();
}

bool SandboxServer::listen(quint16 port)
{
    if (d->http) {
        d->errorString = tr("The sandbox is already listening on port %1.").arg(d->port);
        return false;
    }
    auto http = std::make_unique<QHttpServer>();
    auto *tcp = new GuardedTcpServer([this](const QByteArray &head, qint64 announced) { d->recordRefused(head, announced); },
                                     http.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        d->errorString = tr("The sandbox cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        qCWarning(lcSandbox).noquote() << d->errorString;
        return false;
    }
    http->bind(tcp);
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->handle(request, std::move(responder));
    });
    d->port = tcp->serverPort();
    d->http = std::move(http);
    d->errorString.clear();
    qCInfo(lcSandbox).noquote() << "sandbox: listening on" << rootUrl().toString();
    return true;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::rootUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(d->port);
    return url;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(QString(ApiPrefix));
    return url;
}

void SandboxServer::setAutoApprove(bool on)
{
    d->autoApprove = on;
}

void SandboxServer::addFault(SandboxCall::Endpoint endpoint, const SandboxFault &fault, int times)
{
    if (times == 0 || times < -1)
        return;
    d->faults[int(endpoint)].append(FaultEntry{fault, times});
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QList<SandboxCall> SandboxServer::calls() const
{
    return d->calls;
}

QList<SandboxCall> SandboxServer::calls(SandboxCall::Endpoint endpoint) const
{
    QList<SandboxCall> out;
    for (const SandboxCall &c : d->calls) {
        if (c.endpoint == endpoint)
            out.append(c);
    }
    return out;
}

void SandboxServer::clearCalls()
{
    d->calls.clear();
}

QList<QJsonObject> SandboxServer::instances() const
{
    QList<QJsonObject> out;
    for (const auto &[id, instance] : d->instances)
        out.append(instance.json);
    return out;
}

}  // namespace ce
