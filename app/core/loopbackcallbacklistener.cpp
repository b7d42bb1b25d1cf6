#include "loopbackcallbacklistener.h"

#include "logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 421: return "Misdirected Request";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

// End of the request head ("\r\n\r\n", or "\n\n" from a lax client): the offset of the
// blank line, -1 while it has not come.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf;
    return lf;
}

QString minutesOrSeconds(std::chrono::milliseconds duration)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    if (seconds >= 120 && seconds % 60 == 0)
        return LoopbackCallbackListener::tr("%n minutes", nullptr, int(seconds / 60));  // 2 or more
    if (seconds <= 1)
        return LoopbackCallbackListener::tr("1 second");
    return LoopbackCallbackListener::tr("%n seconds", nullptr, int(seconds));
}

}  // namespace

LoopbackCallbackListener::LoopbackCallbackListener(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ce::CallbackMatch>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_error = tr("No authorization arrived at %1 within %2.")
                      .arg(m_callbackUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString(),
                           minutesOrSeconds(m_timeout));
        qCInfo(lcFlow) << "loopback listener: no callback in time";
        stop();
        Q_EMIT timedOut();
        Q_EMIT finished();
    });
}

LoopbackCallbackListener::~LoopbackCallbackListener()
{
    // An answer still in a socket's buffer (the closing page) leaves before the socket goes.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->flush();
    }
}

QString LoopbackCallbackListener::checkCallbackUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return tr("The callback URL is not an absolute URL.");
    if (url.scheme().toLower() != "http"_L1)
        return tr("Only an http:// callback URL on this computer can be received by the app itself.");
    const QString host = url.host().toLower();
    if (host != "127.0.0.1"_L1 && host != "localhost"_L1 && host != "::1"_L1)
        return tr("The callback URL's host must be 127.0.0.1, localhost or [::1] for the app to receive it.");
    if (url.port() < 1)
        return tr("The callback URL must name its port (http://127.0.0.1:8123/...) for the app to receive it.");
    if (!url.userInfo().isEmpty())
        return tr("The callback URL must not hold a user name.");
    return {};
}

quint16 LoopbackCallbackListener::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

bool LoopbackCallbackListener::listen(const QUrl &callbackUrl, Matcher matcher)
{
    if (isListening()) {
        m_error = tr("The app is already waiting for an authorization at %1.").arg(m_callbackUrl.toDisplayString());
        return false;
    }
    if (const QString problem = checkCallbackUrl(callbackUrl); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    const auto port = quint16(callbackUrl.port());
    const QString host = callbackUrl.host().toLower();
    QList<QHostAddress> addresses;
    if (host != "::1"_L1)
        addresses.append(QHostAddress(QHostAddress::LocalHost));
    if (host != "127.0.0.1"_L1)
        addresses.append(QHostAddress(QHostAddress::LocalHostIPv6));

    QList<QTcpServer *> servers;
    for (const QHostAddress &address : std::as_const(addresses)) {
        auto *server = new QTcpServer(this);
        server->setMaxPendingConnections(MaxConnections);
        if (server->listen(address, port)) {
            servers.append(server);
            continue;
        }
        const QAbstractSocket::SocketError error = server->serverError();
        const QString reason = server->errorString();
        delete server;
        // For localhost, a computer without IPv6 is fine; another program on [::1]:port
        // is not, as the browser may take localhost to be ::1 and hand it the verifier.
        if (host == "localhost"_L1 && address.protocol() == QAbstractSocket::IPv6Protocol
            && error != QAbstractSocket::AddressInUseError) {
            qCDebug(lcFlow).noquote() << "loopback listener: no IPv6 loopback here:" << reason;
            continue;
        }
        qDeleteAll(servers);
        if (error == QAbstractSocket::AddressInUseError) {
            m_error = tr("Port %1 on this computer is in use by another program, so the app cannot receive the "
                         "authorization at %2. Close that program, or use a callback URL with another port (and "
                         "register it with the provider).")
                          .arg(port)
                          .arg(callbackUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString());
        } else {
            m_error = tr("The app cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(reason);
        }
        qCWarning(lcFlow).noquote() << "loopback listener:" << m_error;
        return false;
    }
    if (servers.isEmpty()) {
        m_error = tr("The app cannot listen on port %1 of this computer.").arg(port);
        return false;
    }
    m_servers = servers;
    for (QTcpServer *server : std::as_const(m_servers))
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
    m_callbackUrl = callbackUrl;
    m_matcher = std::move(matcher);
    m_error.clear();
    m_timer.start(m_timeout);
    qCInfo(lcFlow).noquote() << "loopback listener: waiting on port" << port << "for" << m_timeout.count() << "ms";
    return true;
}

void LoopbackCallbackListener::close()
{
    const bool wasListening = isListening();
    stop();
    for (auto it = m_heads.cbegin(); it != m_heads.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_heads.clear();
    if (wasListening)
        Q_EMIT finished();
}

void LoopbackCallbackListener::stop()
{
    m_timer.stop();
    qDeleteAll(m_servers);
    m_servers.clear();
    m_matcher = {};
}

void LoopbackCallbackListener::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_heads.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_heads.insert(socket, {});
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(IdleTimeout);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
            idle->start(IdleTimeout);
            readRequest(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_heads.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void LoopbackCallbackListener::readRequest(QTcpSocket *socket)
{
    const auto it = m_heads.find(socket);
    if (it == m_heads.end())
        return;  // answered already: what else it sends is ignored
    it.value() += socket->readAll();
    const qsizetype end = headEnd(it.value());
    if (end < 0 && it.value().size() <= MaxRequestHeadBytes)
        return;
    const QByteArray head = end < 0 ? QByteArray() : it.value().left(end);
    m_heads.erase(it);  // one request a connection
    if (end < 0 || end > MaxRequestHeadBytes) {
        respond(socket, {431, tr("Request too large"), tr("The request was too large.").toHtmlEscaped()});
        return;
    }
    const QPointer<LoopbackCallbackListener> self(this);
    if (!answer(socket, head) || !self)
        return;
    // The callback: nothing else is received, and the browser gets its page before the
    // connections close.
    stop();
    for (auto other = m_heads.cbegin(); other != m_heads.cend(); ++other) {
        other.key()->disconnect(this);
        other.key()->abort();
        other.key()->deleteLater();
    }
    m_heads.clear();
    qCInfo(lcFlow) << "loopback listener: the callback was accepted; listening stopped";
    Q_EMIT callbackAccepted();
    if (self)
        Q_EMIT finished();
}

bool LoopbackCallbackListener::answer(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, {400, tr("Bad request"), tr("The request could not be read.").toHtmlEscaped()});
        return false;
    }
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    QByteArray host;
    int hosts = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("host", Qt::CaseInsensitive) == 0) {
            host = line.mid(colon + 1).trimmed();
            ++hosts;
        }
    }
    if (hosts != 1 || !isOwnHost(host)) {
        // Another name for this computer: a web page that points its own domain at
        // 127.0.0.1 (DNS rebinding) gets nothing here.
        qCInfo(lcFlow) << "loopback listener: a request for another host (421)";
        respond(socket, {421, tr("Wrong address"), tr("This server answers only this computer's own address.")
                                                        .toHtmlEscaped()});
        return false;
    }
    if (method != "GET") {
        qCInfo(lcFlow) << "loopback listener: a request with another method (405)";
        respond(socket, {405, tr("Method not allowed"), tr("Only the browser's return from the provider is "
                                                          "expected here.").toHtmlEscaped()},
                "Allow: GET\r\n");
        return false;
    }
    // The URL the browser was sent to: the callback's scheme, host and port as configured,
    // and the request's path and query (origin-form only).
    const QUrl url = target.startsWith('/')
        ? QUrl::fromEncoded("http://" + m_callbackUrl.authority(QUrl::FullyEncoded).toLatin1() + target,
                            QUrl::StrictMode)
        : QUrl();
    if (!url.isValid()) {
        respond(socket, {400, tr("Bad request"), tr("The request could not be read.").toHtmlEscaped()});
        return false;
    }

    // The matcher may close or delete the listener (the flow's signals reach the app):
    // call a copy, and look again afterwards.
    const Matcher matcher = m_matcher;
    const QPointer<QTcpSocket> guard(socket);
    const CallbackMatch match = matcher ? matcher(url) : CallbackMatch();
    if (!guard || !isListening())
        return false;
    switch (match.outcome) {
    case CallbackMatch::Outcome::Authorized: {
        const QString element = m_elementName.toHtmlEscaped();
        const QString text = element.isEmpty()
            ? tr("CE Provisioner received the authorization. You can close this tab and return to the app.")
            : tr("CE Provisioner received the authorization for %1. You can close this tab and return to the app.")
                  .arg(element);
        respond(socket, {200, tr("Authorization received"), text});
        return true;
    }
    case CallbackMatch::Outcome::NotCallback:
        qCInfo(lcFlow) << "loopback listener: a request for another address (404)";
        respond(socket, {404, tr("Not found"), tr("This address is not the one CE Provisioner is waiting for.")
                                                   .toHtmlEscaped()});
        return false;
    case CallbackMatch::Outcome::Refused:
        qCInfo(lcFlow) << "loopback listener: the provider's refusal (400)";
        respond(socket, {400, tr("Access not granted"), tr("Access was not granted. Return to CE Provisioner to "
                                                           "start again.").toHtmlEscaped()});
        break;
    default:
        qCInfo(lcFlow) << "loopback listener: a callback that was not accepted (400)";
        respond(socket, {400, tr("Not accepted"), tr("This is not the authorization CE Provisioner is waiting for, "
                                                     "so it was not accepted. Return to the app.").toHtmlEscaped()});
        break;
    }
    Q_EMIT callbackRejected(match);
    return false;
}

bool LoopbackCallbackListener::isOwnHost(const QByteArray &host) const
{
    const QByteArray h = host.toLower();
    const QByteArray port = ':' + QByteArray::number(m_callbackUrl.port());
    for (const char *name : {"127.0.0.1", "localhost", "[::1]"}) {
        if (h == QByteArray(name) + port)
            return true;
    }
    return false;
}

void LoopbackCallbackListener::respond(QTcpSocket *socket, const Page &page, const QByteArray &extraHeaders)
{
    // Plain HTML: no script, nothing loaded from anywhere, no referrer for the address
    // (which holds the verifier), nothing cached.
    const QByteArray body = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                            u"<meta name=\"referrer\" content=\"no-referrer\"><title>%1</title>"
                            u"<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
                            u"line-height:1.5;color:#222}</style></head>\n"
                            u"<body><h1>%1</h1><p>%2</p></body></html>\n"_s
                                .arg(page.title.toHtmlEscaped(), page.text)
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(page.status) + ' ' + reasonPhrase(page.status) + "\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "Cache-Control: no-store\r\n"
        "Connection: close\r\n"
        + extraHeaders + "\r\n" + body;
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

}  // namespace ce
