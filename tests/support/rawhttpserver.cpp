#include "rawhttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace ce::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    default: return "Status";
    }
}

// One connection's bytes until its request is complete.
struct Connection
{
    QByteArray buffer;
    bool handled = false;
};

}  // namespace

RawHttpServer::Answer RawHttpServer::Answer::json(int status, const QJsonDocument &doc)
{
    return json(status, doc.toJson(QJsonDocument::Compact));
}

RawHttpServer::Answer RawHttpServer::Answer::json(int status, const QByteArray &body)
{
    Answer a;
    a.status = status;
    a.body = body;
    return a;
}

RawHttpServer::Answer RawHttpServer::Answer::html(int status, const QByteArray &body)
{
    Answer a = json(status, body);
    a.contentType = "text/html; charset=utf-8";
    return a;
}

RawHttpServer::Answer RawHttpServer::Answer::redirect(const QByteArray &location)
{
    Answer a = html(302, {});
    a.location = location;
    return a;
}

RawHttpServer::Answer RawHttpServer::Answer::raw(const QByteArray &bytes)
{
    Answer a;
    a.mode = Mode::Raw;
    a.body = bytes;
    return a;
}

RawHttpServer::RawHttpServer(Transport transport, QObject *parent) : QObject(parent), m_transport(transport) {}

RawHttpServer::~RawHttpServer() = default;

void RawHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool RawHttpServer::listen(quint16 port, Loopback loopback)
{
    m_loopback = loopback;
    if (!server(0)->listen(QHostAddress(QHostAddress::LocalHost), port))
        return false;
    m_port = server(0)->serverPort();
    // Where this machine has no ::1, "localhost" is 127.0.0.1 alone: not an error.
    if (loopback == Loopback::IPv4AndIPv6)
        server(1)->listen(QHostAddress(QHostAddress::LocalHostIPv6), m_port);
    return true;
}

bool RawHttpServer::listenAgain()
{
    return server(0)->isListening() || listen(m_port, m_loopback);
}

void RawHttpServer::stopListening()
{
    for (QTcpServer *s : std::as_const(m_servers))
        s->close();
}

void RawHttpServer::useCertificate(const TestCertificates::Pair &pair)
{
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(pair.certificate);
    m_tlsConfiguration.setPrivateKey(pair.key);
    m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    for (QTcpServer *s : std::as_const(m_servers))
        static_cast<QSslServer *>(s)->setSslConfiguration(m_tlsConfiguration);
}

QTcpServer *RawHttpServer::server(qsizetype index)
{
    while (m_servers.size() <= index) {
        QTcpServer *s = nullptr;
        if (m_transport == Transport::Tls) {
            auto *tls = new QSslServer(this);
            tls->setSslConfiguration(m_tlsConfiguration);
            s = tls;
        } else {
            s = new QTcpServer(this);
        }
        // Pending once accepted (over TLS: once the handshake is done).
        connect(s, &QTcpServer::pendingConnectionAvailable, this, [this, s] { accept(s); });
        m_servers.append(s);
    }
    return m_servers.at(index);
}

void RawHttpServer::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        if (closeOnAccept) {
            socket->disconnectFromHost();
            continue;
        }
        auto connection = std::make_shared<Connection>();
        const auto read = [this, socket, connection] {
            if (connection->handled) {
                socket->readAll();  // one request a connection: the rest is not looked at
                return;
            }
            connection->buffer += socket->readAll();
            connection->handled = answerWhenComplete(socket, connection->buffer);
        };
        connect(socket, &QIODevice::readyRead, this, read);
        if (socket->bytesAvailable() > 0)
            read();
    }
}

// Answers `buffer` once it holds a whole request: true when it did.
bool RawHttpServer::answerWhenComplete(QTcpSocket *socket, const QByteArray &buffer)
{
    // A TLS ClientHello to this plain server: answer as plain web servers do.
    if (m_transport == Transport::Plain && buffer.startsWith('\x16')) {
        write(socket, Answer::raw("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                                  "Content-Length: 48\r\nConnection: close\r\n\r\n"
                                  "This is a plain HTTP server, not an HTTPS one.\r\n"));
        return true;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    Request r;
    r.requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = r.requestLine.split(' ');
    r.method = parts.value(0);
    r.target = parts.value(1);
    r.body = buffer.mid(end + 4, length);
    const QUrl url = QUrl::fromEncoded(r.target);
    r.path = url.path();
    r.query = QUrlQuery(url);
    m_requests.append(r);
    write(socket, m_handler ? m_handler(r) : Answer::html(404, "<p>Not here.</p>"));
    return true;
}

void RawHttpServer::write(QTcpSocket *socket, const Answer &a)
{
    switch (a.mode) {
    case Answer::Mode::Http: {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + ' '
            + (a.reason.isEmpty() ? reasonPhrase(a.status) : a.reason) + "\r\n";
        if (!a.contentType.isEmpty())
            head += "Content-Type: " + a.contentType + "\r\n";
        if (!a.location.isEmpty())
            head += "Location: " + a.location + "\r\n";
        head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head + a.body);
        socket->disconnectFromHost();
        return;
    }
    case Answer::Mode::Raw:
        socket->write(a.body);
        socket->disconnectFromHost();
        return;
    case Answer::Mode::Close:
        socket->disconnectFromHost();
        return;
    case Answer::Mode::Silent:
        return;
    case Answer::Mode::Huge: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                      "{\"padding\":\"");
        hugeWritten = 0;
        const qint64 size = a.size;
        const auto pump = [this, socket, size] {
            constexpr qint64 chunk = 64 * 1024;
            while (socket->state() == QAbstractSocket::ConnectedState && hugeWritten < size
                   && socket->bytesToWrite() < 4 * chunk) {
                const qint64 n = qMin(chunk, size - hugeWritten);
                socket->write(QByteArray(n, 'x'));
                hugeWritten += n;
            }
            if (hugeWritten >= size && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write("\"}");
                socket->disconnectFromHost();
            }
        };
        connect(socket, &QIODevice::bytesWritten, socket, pump);
        pump();
        return;
    }
    }
}

}  // namespace ce::test
