#include "pageserver.h"

namespace ce::test {

PageServer::PageServer()
{
    m_server.setHandler([this](const RawHttpServer::Request &r) {
        const qsizetype query = r.target.indexOf('?');
        return m_answers.value(query < 0 ? r.target : r.target.left(query),
                               RawHttpServer::Answer::html(404, "<p>Not here.</p>"));
    });
}

bool PageServer::listen()
{
    return m_server.listen(0, RawHttpServer::Loopback::IPv4AndIPv6);
}

void PageServer::setPage(const QByteArray &path, const QString &html)
{
    m_answers.insert(path, RawHttpServer::Answer::html(200, html.toUtf8()));
}

void PageServer::setJson(const QByteArray &path, const QJsonObject &json)
{
    m_answers.insert(path, RawHttpServer::Answer::json(200, QJsonDocument(json)));
}

void PageServer::setRedirect(const QByteArray &path, const QString &location)
{
    m_answers.insert(path, RawHttpServer::Answer::redirect(location.toUtf8()));
}

QList<QByteArray> PageServer::requests() const
{
    QList<QByteArray> lines;
    for (const RawHttpServer::Request &r : m_server.requests())
        lines.append(r.requestLine);
    return lines;
}

}  // namespace ce::test
