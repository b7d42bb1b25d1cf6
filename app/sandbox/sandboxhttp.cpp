// HTTP for the sandbox: requests as received, replies, reason phrases, and the checks in
// front of the handlers (the Host header, the body size).
#include "sandboxserver_p.h"

#include "core/logging.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ce::sandbox {

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr qint64 MaxRequestHeadBytes = 64 * 1024;  // request line and headers
constexpr int RefusedLingerMs = 2000;  // after an early 413: how long what still arrives is read and dropped

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

Request makeRequest(const QByteArray &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body)
{
    Request in;
    in.method = method;
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    const QString encodedQuery = url.query(QUrl::FullyEncoded);
    in.pathAndQuery = encodedQuery.isEmpty() ? encodedPath : encodedPath + u'?' + encodedQuery;
    const QStringList raw = encodedPath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &s : raw)
        in.segments.append(QUrl::fromPercentEncoding(s.toUtf8()));
    in.path = u'/' + in.segments.join(u'/');
    in.query = QUrlQuery(url);
    in.headers = headers;
    in.body = body;
    route(&in);
    return in;
}

Reply payloadTooLarge()
{
    return jsonError(413, u"The request body is larger than %1 bytes; the sandbox refuses it."_s.arg(
                              SandboxServer::MaxRequestBodyBytes));
}

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

    RequestGuard(QTcpSocket *socket, RefusedRequest refused)
        : QObject(socket), m_socket(socket), m_refused(std::move(refused))
    {
        setObjectName(Name);
        connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::readyRead);
    }

    static RequestGuard *of(QTcpSocket *socket)
    {
        return socket ? static_cast<RequestGuard *>(socket->findChild<QObject *>(Name, Qt::FindDirectChildrenOnly))
                      : nullptr;
    }

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
        const QByteArray body = payloadTooLarge().body;
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
    const RefusedRequest m_refused;
    qint64 m_received = 0;  // bytes of the current request
    QByteArray m_head;      // its head, until complete
    bool m_headDone = false;
    bool m_refusing = false;
};

// A QTcpServer that puts a RequestGuard on every connection before QtHttpServer gets it.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(RefusedRequest refused, QObject *parent) : QTcpServer(parent), m_refused(std::move(refused)) {}

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
    const RefusedRequest m_refused;
};

}  // namespace

// ---------------------------------------------------------------------------------
// Requests

Request requestFrom(const QHttpServerRequest &request)
{
    return makeRequest(methodName(request.method()), request.url(), request.headers(), request.body());
}

Request requestFromHead(const QByteArray &head)
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
    return makeRequest(requestLine.value(0), QUrl::fromEncoded(requestLine.value(1)), headers, {});
}

QByteArrayList headerValues(const HeaderPairs &headers, const QByteArray &name)
{
    QByteArrayList values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

QString cookieValue(const Request &in, QLatin1StringView name)
{
    for (const QByteArray &header : headerValues(in.headers, "cookie")) {
        for (const QByteArray &part : header.split(';')) {
            const QByteArray p = part.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0 && p.left(eq).trimmed() == QByteArray(name.data(), name.size()))
                return QString::fromLatin1(p.mid(eq + 1).trimmed());
        }
    }
    return {};
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray mediaType = value.split(';').first().trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

std::optional<Reply> jsonObjectBody(const Request &in, QJsonObject *body)
{
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
    *body = doc.object();
    return std::nullopt;
}

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
    const QString requestId = QString::fromLatin1(randomBytes(12).toHex());  // 24 lowercase hex digits
    return jsonReply(status, QJsonObject{{u"requestId"_s, requestId}, {u"message"_s, message}});
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

void writeHead(QHttpServerResponder &responder, const Reply &reply, qint64 contentLength)
{
    responder.writeStatusLine(static_cast<Status>(reply.status));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(contentLength));
}

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

// ---------------------------------------------------------------------------------
// What the sandbox serves at all

std::optional<Reply> refusal(const Request &in, quint16 port)
{
    const QByteArrayList hosts = headerValues(in.headers, "host");
    if (hosts.size() != 1)
        return jsonError(400, hosts.isEmpty() ? u"The request has no Host header."_s
                                              : u"The request has more than one Host header."_s);
    if (!isOwnHost(hosts.first(), port)) {
        qCWarning(lcSandbox).noquote() << "sandbox: refused a request for another host:"
                                       << QString::fromLatin1(hosts.first().left(200));
        return jsonError(421, u"This sandbox answers only requests for 127.0.0.1:%1 or localhost:%1."_s.arg(port));
    }
    if (in.body.size() > SandboxServer::MaxRequestBodyBytes)
        return payloadTooLarge();
    return std::nullopt;
}

QTcpServer *newGuardedTcpServer(RefusedRequest refused, QObject *parent)
{
    return new GuardedTcpServer(std::move(refused), parent);
}

void requestDone(QTcpSocket *socket)
{
    if (RequestGuard *guard = RequestGuard::of(socket))
        guard->requestDone();
}

}  // namespace ce::sandbox
