#pragma once

// A loopback HTTP server for pages a test writes (on 127.0.0.1, and on ::1 where this
// machine has it): answers a path with the page, the JSON or the redirect registered for
// it (404 otherwise), and counts every connection it accepts. As a callback's host it is
// given no pages: a connection there means a callback, or a near miss, was loaded.
#include "rawhttpserver.h"

#include <QHash>
#include <QJsonObject>

namespace ce::test {

class PageServer
{
public:
    PageServer();

    bool listen();
    quint16 port() const { return m_server.port(); }
    void setPage(const QByteArray &path, const QString &html);
    void setJson(const QByteArray &path, const QJsonObject &json);
    void setRedirect(const QByteArray &path, const QString &location);
    int connections() const { return m_server.connections(); }
    QList<QByteArray> requests() const;  // their request lines

private:
    RawHttpServer m_server;
    QHash<QByteArray, RawHttpServer::Answer> m_answers;  // by path, without the query
};

}  // namespace ce::test
