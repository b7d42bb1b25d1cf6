// The public class, and a request's way through the server: the checks, a fault or the
// route's handler, the answer, the record.
#include "sandboxserver_p.h"

#include "core/elementcatalog.h"
#include "core/logging.h"
#include "core/redaction.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

namespace {

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

}  // namespace

QByteArray SandboxCall::header(const QByteArray &name) const
{
    return headerValues(headers, name).value(0);
}

// ---------------------------------------------------------------------------------
// A request's way through the server

void SandboxServerPrivate::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Forget the answers of NoAnswer faults whose connections are gone.
    parked.removeIf([](const Channel &c) { return c.socket.isNull(); });

    const QPointer<QTcpSocket> socket = responder.socket();
    requestDone(socket);
    const Channel channel{std::make_shared<QHttpServerResponder>(std::move(responder)), socket};
    const Request in = requestFrom(request);
    if (const auto refused = refusal(in, port)) {
        sendAndRecord(channel, in, *refused);
        return;
    }
    if (const auto fault = takeFault(in.endpoint)) {
        applyFault(*fault, in, channel);
        return;
    }
    sendAndRecord(channel, in, dispatch(in));
}

void SandboxServerPrivate::recordRefused(const QByteArray &head, qint64 announced)
{
    Request in = requestFromHead(head);
    in.bodySize = qMax<qint64>(announced, 0);
    qCWarning(lcSandbox).noquote() << "sandbox: refused a request body over" << SandboxServer::MaxRequestBodyBytes
                                   << "bytes" << (announced >= 0 ? u"(%1 announced)"_s.arg(announced) : QString());
    record(in, 413);
}

void SandboxServerPrivate::record(SandboxCall call, int status, const Reply *reply)
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

bool SandboxServerPrivate::send(const Channel &channel, const Reply &reply)
{
    if (!channel.usable())
        return false;
    writeHead(*channel.responder, reply, reply.body.size());
    channel.responder->writeBody(reply.body);
    return true;
}

void SandboxServerPrivate::sendAndRecord(const Channel &channel, const SandboxCall &call, const Reply &reply)
{
    record(call, send(channel, reply) ? reply.status : 0, &reply);
}

// =====================================================================================

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<SandboxServerPrivate>(this))
{
    qRegisterMetaType<ce::SandboxCall>();
    // Every built-in descriptor (they live as long as the process); several of one key are
    // the element's modes (SandboxServerPrivate::element(), elementForBody()).
    for (const ElementDescription *e : ElementCatalog::builtIn().descriptors())
        d->elements.append(std::shared_ptr<const ElementDescription>(std::shared_ptr<void>(), e));
}

void SandboxServer::addElement(const ElementDescription &element)
{
    auto added = std::make_shared<const ElementDescription>(element);
    for (auto &e : d->elements) {
        if (e->id == element.id) {
            e = std::move(added);
            return;
        }
    }
    d->elements.append(std::move(added));
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
    QTcpServer *tcp = newGuardedTcpServer(
        [this](const QByteArray &head, qint64 announced) { d->recordRefused(head, announced); }, http.get());
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
