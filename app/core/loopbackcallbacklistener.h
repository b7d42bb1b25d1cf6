#pragma once

#include "callbackmatcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace ce {

// Receives the one callback of an authorization made in the system browser, when the
// callback URL is on this computer (http://127.0.0.1:<port>/..., http://localhost:<port>/...
// or http://[::1]:<port>/...): the provider redirects the browser there, and the app is the
// server that answers.
//
// It listens on the loopback address of the URL's host only, on the URL's port, and:
// - asks the matcher about every GET (the whole URL: the callback's scheme, host and port,
//   the request's path and query); only the matcher's Authorized is accepted: the browser
//   gets a small page saying the tab can be closed, and the listener closes at once (a
//   second request finds nothing listening);
// - answers anything else with a short page and keeps waiting: 404 for another address,
//   400 for the callback path with another token, a refusal or a near miss carrying the
//   verifier (callbackRejected()), 405 for another method, 421 for a Host that is not
//   this computer's (a DNS name pointed at 127.0.0.1 by a web page);
// - gives up after the timeout (timedOut());
// - never logs a request's path or query, which carry the verifier.
// The pages are plain HTML with no script and load nothing.
class LoopbackCallbackListener : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{5 * 60 * 1000};
    // Per connection: the request line and headers may take this many bytes (431 beyond),
    // and a connection that sends nothing for IdleTimeout is closed.
    static constexpr qsizetype MaxRequestHeadBytes = 16 * 1024;
    static constexpr std::chrono::milliseconds IdleTimeout{10 * 1000};
    static constexpr int MaxConnections = 16;

    // The verdict on one request, typically the flow's:
    //   [flow](const QUrl &url) { return flow->handleNavigation(url, NavigationOrigin::SystemBrowserListener); }
    using Matcher = std::function<CallbackMatch(const QUrl &url)>;

    explicit LoopbackCallbackListener(QObject *parent = nullptr);
    ~LoopbackCallbackListener() override;

    // Empty when the listener can receive callbacks for `callbackUrl`: http, the host
    // 127.0.0.1, localhost or [::1], an explicit port, no user name; else why not.
    static QString checkCallbackUrl(const QUrl &callbackUrl);
    static bool canListenFor(const QUrl &callbackUrl) { return checkCallbackUrl(callbackUrl).isEmpty(); }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The element the page names ("FreshBooks"); HTML-escaped there.
    void setElementName(const QString &name) { m_elementName = name; }

    // Listens for the callback of `callbackUrl` until one is accepted, the timeout passes
    // or close(): on 127.0.0.1 for 127.0.0.1, on ::1 for [::1], on both for localhost
    // (where this computer has IPv6). False, with errorString(), when it cannot: not such
    // a URL, the port taken by another program, already listening.
    bool listen(const QUrl &callbackUrl, Matcher matcher);
    bool isListening() const { return !m_servers.isEmpty(); }
    QUrl callbackUrl() const { return m_callbackUrl; }
    quint16 port() const;
    // Why listen() failed, or that the time ran out.
    QString errorString() const { return m_error; }
    // Stops listening and drops the open connections; finished() follows when it was listening.
    void close();

Q_SIGNALS:
    // The matcher accepted the callback; the browser got the closing page; the listener
    // has stopped. (Delete the listener with deleteLater() from here.)
    void callbackAccepted();
    // A request for the callback that the matcher refused; the listener keeps waiting.
    void callbackRejected(const ce::CallbackMatch &match);
    // No callback within the timeout; the listener has stopped.
    void timedOut();
    // The listener stopped: accepted, timed out or closed.
    void finished();

private:
    struct Page
    {
        int status = 200;
        QString title;
        QString text;  // already HTML
    };

    void accept(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    // Answers a complete request head; true when it was the accepted callback.
    bool answer(QTcpSocket *socket, const QByteArray &head);
    void respond(QTcpSocket *socket, const Page &page, const QByteArray &extraHeaders = {});
    bool isOwnHost(const QByteArray &host) const;
    void stop();

    QList<QTcpServer *> m_servers;
    QHash<QTcpSocket *, QByteArray> m_heads;  // open connections, with what their request sent so far
    QTimer m_timer;
    Matcher m_matcher;
    QUrl m_callbackUrl;
    QString m_elementName;
    QString m_error;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

}  // namespace ce
