#include "fakecloud.h"

#include "testsupport.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ce::test {

FakeCloud::FakeCloud(Transport transport, QObject *parent) : RawHttpServer(transport, parent)
{
    setHandler([this](const Request &r) { return answer(r); });
}

QUrl FakeCloud::baseUrl(bool https) const
{
    return QUrl(u"%1://127.0.0.1:%2/elements/api-v2"_s.arg(https ? u"https"_s : u"http"_s).arg(port()));
}

void FakeCloud::setFault(const Fault &fault)
{
    m_fault = fault;
    if (fault.at != Call::Url && fault.arm)
        fault.arm();
}

void FakeCloud::clearFault()
{
    m_fault.reset();
    closeOnAccept = false;
}

std::optional<FakeCloud::Call> FakeCloud::callOf(const Request &r)
{
    if (r.method == "GET" && r.path.endsWith("/elements/freshbooks/oauth/token"_L1))
        return Call::Token;
    if (r.method == "GET" && r.path.endsWith("/elements/freshbooks/oauth/url"_L1))
        return Call::Url;
    if (r.method == "POST" && r.path.endsWith("/instances"_L1))
        return Call::Create;
    return std::nullopt;
}

RawHttpServer::Answer FakeCloud::answer(const Request &r)
{
    const std::optional<Call> call = callOf(r);
    const bool faulty = m_fault && call == m_fault->at;
    const Answer a = faulty && m_fault->answer ? m_fault->answer(r) : good(r, call);
    // The URL call's fault: armed by the token call, for the next connection (the answer
    // to this one is written as it is).
    if (m_fault && m_fault->at == Call::Url && call == Call::Token && m_fault->arm)
        m_fault->arm();
    return a;
}

RawHttpServer::Answer FakeCloud::good(const Request &r, std::optional<Call> call)
{
    ++m_counter;
    if (call == Call::Token) {
        const QString token = u"fake-request-token-%1-%2"_s.arg(port()).arg(m_counter);
        const QString secret = u"fake-token-secret-%1-%2"_s.arg(port()).arg(m_counter);
        issued << token << secret;
        return Answer::json(200, QJsonDocument(QJsonObject{{u"token"_s, token}, {u"secret"_s, secret}}));
    }
    if (call == Call::Url) {
        const QString token = r.query.queryItemValue(u"requestToken"_s, QUrl::FullyDecoded);
        if (token.isEmpty())
            return Answer::json(400, QJsonDocument(QJsonObject{{u"message"_s, u"requestToken is missing."_s}}));
        QUrl url(u"https://acme.freshbooks.com/oauth/oauth_authorize.php"_s);
        QUrlQuery q;
        q.addQueryItem(u"oauth_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
        q.addQueryItem(u"oauth_callback"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(typed::callbackUrl + u"?state=freshbooks"_s)));
        url.setQuery(q);
        return Answer::json(200, QJsonDocument(QJsonObject{{u"oauthUrl"_s, url.toString(QUrl::FullyEncoded)},
                                                           {u"element"_s, u"freshbooks"_s}}));
    }
    if (call == Call::Create) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString token = u"fake-instance-token-%1-%2"_s.arg(port()).arg(m_counter);
        issued << token;
        return Answer::json(200, QJsonDocument(QJsonObject{
                                     {u"id"_s, 4700 + m_counter},
                                     {u"name"_s, body.value("name"_L1)},
                                     {u"token"_s, token},
                                     {u"element"_s, QJsonObject{{u"key"_s, u"freshbooks"_s},
                                                                {u"name"_s, u"FreshBooks"_s},
                                                                {u"id"_s, 172}}},
                                     {u"valid"_s, true},
                                     {u"disabled"_s, false},
                                     {u"eventsEnabled"_s, false},
                                     {u"tags"_s, body.value("tags"_L1)},
                                     {u"configuration"_s, QJsonObject{{u"oauth.api.secret"_s, u"********"_s}}}}));
    }
    return Answer::json(404, QJsonDocument(QJsonObject{{u"message"_s, u"Not found."_s}}));
}

}  // namespace ce::test
