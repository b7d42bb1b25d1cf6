// The faults the sandbox injects on demand (SandboxServer::addFault): error answers,
// broken bodies, and answers that come late, slowly, cut off or never.
#include "sandboxserver_p.h"

#include "sandboxpages.h"

#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

namespace {

constexpr int ResetGraceMs = 50;  // Reset fault: from the half body leaving to the reset

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

// A 200 with the given content type and body, whatever the endpoint.
Reply rawReply(const QByteArray &contentType, const QByteArray &body)
{
    Reply reply;
    reply.headers.emplaceBack("Content-Type", contentType);
    reply.body = body;
    return reply;
}

}  // namespace

std::optional<SandboxFault> SandboxServerPrivate::takeFault(Endpoint endpoint)
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

void SandboxServerPrivate::applyFault(const SandboxFault &fault, const Request &in, const Channel &channel)
{
    using Kind = SandboxFault::Kind;
    qCDebug(lcSandbox) << "sandbox: injecting fault" << int(fault.kind) << "for" << in.path;
    switch (fault.kind) {
    case Kind::Delay:
        QTimer::singleShot(qMax(0, fault.delayMs), Qt::PreciseTimer, q, [this, in, channel] {
            if (!channel.usable()) {
                record(in, 0);
                return;
            }
            sendAndRecord(channel, in, dispatch(in));
        });
        return;
    case Kind::HttpError: {
        const int status = fault.status > 0 ? fault.status : 500;
        sendAndRecord(channel, in,
                      jsonError(status, fault.message.isEmpty() ? defaultErrorMessage(status) : fault.message));
        return;
    }
    case Kind::HtmlError: {
        const int status = fault.status > 0 ? fault.status : 502;
        Reply reply = rawReply("text/html", sandboxpages::gatewayPage(status, reasonPhrase(status)));
        reply.status = status;
        sendAndRecord(channel, in, reply);
        return;
    }
    case Kind::MalformedJson:
        sendAndRecord(channel, in,
                      rawReply("application/json",
                               "{\"token\": \"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7\", \"secret\": \"KKSbL0J2wL"));
        return;
    case Kind::EmptyBody:
        sendAndRecord(channel, in, rawReply("application/json", {}));
        return;
    case Kind::WrongShape:
        // The wrong shape of a list is an object; of anything else, an array.
        sendAndRecord(channel, in,
                      in.endpoint == Endpoint::ListInstances
                          ? jsonReply(200, QJsonObject{{u"unexpected"_s, u"an object where an array belongs"_s}})
                          : jsonReply(200, QJsonDocument(QJsonArray{u"unexpected"_s,
                                                                    u"an array where an object belongs"_s})));
        return;
    case Kind::NoAnswer:
        parked.append(channel);
        record(in, 0);
        return;
    case Kind::Trickle:
    case Kind::Reset: {
        // The real answer, delivered too slowly or cut off in the middle of its body.
        const Reply reply = dispatch(in);
        if (!channel.usable()) {
            record(in, 0);
            return;
        }
        if (fault.kind == Kind::Trickle)
            trickle(channel, reply, fault.delayMs);
        else
            reset(channel, reply);
        record(in, reply.status);
        return;
    }
    case Kind::Redirect: {
        const int status = fault.status >= 300 && fault.status < 400 ? fault.status : 302;
        sendAndRecord(channel, in, redirectReply(status, QUrl(fault.location).toEncoded()));
        return;
    }
    case Kind::HugeBody:
        if (!channel.usable()) {
            record(in, 0);
            return;
        }
        hugeBody(channel, fault.size > 0 ? fault.size : 16 * 1024 * 1024);
        record(in, 200);
        return;
    case Kind::InvalidUtf8:
        sendAndRecord(channel, in,
                      rawReply("application/json; charset=utf-8",
                               "{\"token\":\"bad\xC3\x28utf8\",\"secret\":\"\xC3\x28\",\"message\":\"invalid \xC3\x28 byte\"}"));
        return;
    }
}

void SandboxServerPrivate::trickle(const Channel &channel, const Reply &reply, int delayMs)
{
    writeHead(*channel.responder, reply, reply.body.size());
    channel.responder->writeBody("", 0);  // ends the headers, so they leave now
    channel.socket->flush();
    if (reply.body.isEmpty())
        return;
    // The timer belongs to the connection: it goes when the connection goes.
    auto *timer = new QTimer(channel.socket.data());
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(qMax(0, delayMs));
    auto position = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, channel, position, body = reply.body] {
        if (!channel.usable() || *position >= body.size()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        channel.responder->writeBody(body.constData() + *position, 1);
        ++*position;
    });
    timer->start();
}

void SandboxServerPrivate::reset(const Channel &channel, const Reply &reply)
{
    // Announce the whole body, send half of it, then drop the connection.
    const qint64 announced = reply.body.isEmpty() ? 1024 : reply.body.size();
    writeHead(*channel.responder, reply, announced);
    channel.responder->writeBody(reply.body.constData(), reply.body.size() / 2);
    const QPointer<QTcpSocket> socket = channel.socket;
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

void SandboxServerPrivate::hugeBody(const Channel &channel, qint64 size)
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
    writeHead(*channel.responder, rawReply("application/json", {}), st->total);
    channel.responder->writeBody("", 0);

    static constexpr qint64 chunkSize = 64 * 1024;
    static constexpr qint64 highWater = 256 * 1024;
    const auto pump = [channel, st] {
        if (!channel.usable()) {
            QObject::disconnect(st->connection);
            return;
        }
        while (st->sent < st->total && channel.socket->bytesToWrite() < highWater) {
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
            channel.responder->writeBody(chunk);
            st->sent += length;
        }
        if (st->sent >= st->total)
            QObject::disconnect(st->connection);
    };
    st->connection = QObject::connect(channel.socket.data(), &QTcpSocket::bytesWritten, channel.socket.data(), pump);
    pump();
}

}  // namespace ce
