#pragma once

// A raw HTTP/1.1 server on loopback, for answers no server library would give: one request
// a connection ("Connection: close", so every call opens a new connection and, over TLS,
// shakes hands again), handed whole (head and Content-Length body) to a handler whose
// Answer is written as it says, to the byte. Plain TCP or TLS (QSslServer). A TLS
// ClientHello to the plain server is answered as plain web servers answer it (400).
#include "testcertificates.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace ce::test {

class RawHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray requestLine;  // "GET /x?y=1 HTTP/1.1"
        QByteArray method;
        QByteArray target;  // as received: path and query, encoded
        QString path;       // decoded
        QUrlQuery query;
        QByteArray body;
    };

    struct Answer
    {
        enum class Mode {
            Http,    // status, Content-Type, Location, body; Content-Length; then close
            Raw,     // these bytes as they are, then close
            Close,   // read the request, close without a word
            Silent,  // read the request, never answer
            Huge,    // 200, no Content-Length, `size` bytes of JSON while the client reads
        };
        Mode mode = Mode::Http;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray reason;  // the reason phrase; empty: the usual one for the status
        QByteArray location;
        QByteArray body;
        qint64 size = 0;

        static Answer json(int status, const QJsonDocument &doc);
        static Answer json(int status, const QByteArray &body);
        static Answer html(int status, const QByteArray &body);
        static Answer redirect(const QByteArray &location);  // 302
        static Answer raw(const QByteArray &bytes);
    };

    using Handler = std::function<Answer(const Request &)>;
    enum class Transport { Plain, Tls };
    // Where listen() listens: 127.0.0.1, and also ::1 on the same port where this machine
    // has it ("localhost" may resolve to either).
    enum class Loopback { IPv4, IPv4AndIPv6 };

    explicit RawHttpServer(Transport transport = Transport::Plain, QObject *parent = nullptr);
    ~RawHttpServer() override;

    void setHandler(Handler handler);  // none: 404 to everything

    bool listen(quint16 port = 0, Loopback loopback = Loopback::IPv4);
    bool listenAgain();  // on the same port, after stopListening()
    void stopListening();
    quint16 port() const { return m_port; }

    // TLS: the certificate the server presents from the next handshake on.
    void useCertificate(const TestCertificates::Pair &pair);

    int connections() const { return m_connections; }
    const QList<Request> &requests() const { return m_requests; }

    bool closeOnAccept = false;  // accept a connection and close it at once
    qint64 hugeWritten = 0;      // bytes of the last Huge answer handed to the socket

private:
    QTcpServer *server(qsizetype index);
    void accept(QTcpServer *server);
    bool answerWhenComplete(QTcpSocket *socket, const QByteArray &buffer);
    void write(QTcpSocket *socket, const Answer &answer);

    const Transport m_transport;
    Loopback m_loopback = Loopback::IPv4;
    QList<QTcpServer *> m_servers;  // 127.0.0.1, ::1
    quint16 m_port = 0;
    Handler m_handler;
    QSslConfiguration m_tlsConfiguration;
    int m_connections = 0;
    QList<Request> m_requests;
};

}  // namespace ce::test
