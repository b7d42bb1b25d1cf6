#include "apierror.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// "HTTP 502 Bad Gateway", with the reason phrase the server sent (shortened, one line).
// The server chose the phrase, and may echo a secret in it: it is scrubbed before it is
// cut, so that no half of a secret survives.
QString statusText(int status, const QString &reasonPhrase)
{
    const QString phrase = redaction::scrub(reasonPhrase).simplified().left(60);
    return phrase.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(status).arg(phrase);
}

// What a person can do about an HTTP error without a message from the server.
QString hintFor(int status)
{
    if (status == 401)
        return ApiError::tr("Check the user and organization secrets for this environment.");
    if (status == 403)
        return ApiError::tr("The account is not allowed to do this, or the instance is disabled.");
    if (status == 404)
        return ApiError::tr("Check the environment's base URL.");
    if (status == 415)
        return ApiError::tr("The server did not accept the request's content type.");
    if (status == 429)
        return ApiError::tr("Too many requests: wait a moment and try again.");
    if (status >= 500)
        return ApiError::tr("The server had a problem; try again in a moment.");
    if (status >= 300 && status < 400)
        return ApiError::tr("The server sent the request elsewhere; check the environment's base URL.");
    return {};
}

// Cloud Elements' messages are short sentences; keep what we show readable and one block.
QString clean(QString s)
{
    s = s.simplified();
    if (s.size() > 500) {
        qsizetype cut = 500;
        if (s.at(cut - 1).isHighSurrogate())  // keep a character whole, not half an emoji
            --cut;
        s = s.left(cut) + u'…';
    }
    return s;
}

// Every error leaves its factory scrubbed: what it says (a server's reason phrase and
// messages, Qt's error strings with their URLs) is shown on a page and printed by the
// command line.
ApiError scrubbed(ApiError e, const QString &text)
{
    e.detail = redaction::scrub(e.detail);
    e.text = redaction::scrub(text);
    return e;
}

}  // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Tls: return u"tls"_s;
    case Kind::Http: return u"http"_s;
    case Kind::MalformedResponse: return u"malformed"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    case Kind::InvalidRequest: return u"invalid"_s;
    }
    return {};
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                            const QString &what, const QString &reasonPhrase)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QString type = QString::fromLatin1(contentType).toLower();
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        // Servers echo requests in their messages (the query with apiSecret, the body with
        // the OAuth token and verifier): mask what is secret before the message is cut.
        e.serverMessage = clean(redaction::scrub(o.value("message"_L1).toString()));
        e.requestId = redaction::scrub(o.value("requestId"_L1).toString()).left(64);
        e.providerMessage = clean(redaction::scrub(o.value("providerMessage"_L1).toString()));
    } else if (type.contains("html"_L1) || body.trimmed().startsWith('<')) {
        e.detail = ApiError::tr("The answer is a web page, not JSON: a proxy or gateway may be in the way.");
    } else if (body.trimmed().isEmpty()) {
        e.detail = ApiError::tr("The answer has no body.");
    } else {
        e.detail = ApiError::tr("The answer is not JSON.");
    }

    QString text = ApiError::tr("%1 failed: the server answered %2.").arg(what, statusText(status, reasonPhrase));
    if (!e.serverMessage.isEmpty())
        text += u' ' + ApiError::tr("It said: \"%1\".").arg(e.serverMessage);
    if (!e.providerMessage.isEmpty())
        text += u' ' + ApiError::tr("The provider said: \"%1\".").arg(e.providerMessage);
    if (!e.detail.isEmpty())
        text += u' ' + e.detail;
    if (e.serverMessage.isEmpty()) {
        const QString hint = hintFor(status);
        if (!hint.isEmpty())
            text += u' ' + hint;
    }
    if (!e.requestId.isEmpty())
        text += u' ' + ApiError::tr("(Request id %1.)").arg(e.requestId);
    return scrubbed(e, text);
}

ApiError ApiError::malformed(int status, const QString &why, const QString &what)
{
    ApiError e;
    e.kind = Kind::MalformedResponse;
    e.httpStatus = status;
    e.detail = why;
    return scrubbed(e, ApiError::tr("%1 failed: the server's answer is not what Cloud Elements sends (%2).").arg(what, why));
}

ApiError ApiError::network(const QString &detail, const QString &what)
{
    ApiError e;
    e.kind = Kind::Network;
    e.detail = detail;
    return scrubbed(e, ApiError::tr("%1 failed: %2.").arg(what, detail));
}

ApiError ApiError::timeout(int seconds, const QString &host, const QString &what)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.detail = ApiError::tr("no complete answer in time (timeout: %1 s)").arg(seconds);
    return scrubbed(e, ApiError::tr("%1 failed: %2 did not answer in time (timeout: %3 s).").arg(what, host).arg(seconds));
}

ApiError ApiError::tls(const QString &detail, const QString &host, const QString &what)
{
    ApiError e;
    e.kind = Kind::Tls;
    e.detail = detail;
    return scrubbed(e, ApiError::tr("%1 failed: the secure connection to %2 could not be trusted (%3).").arg(what, host, detail));
}

ApiError ApiError::cancelled(const QString &what)
{
    ApiError e;
    e.kind = Kind::Cancelled;
    return scrubbed(e, ApiError::tr("%1 was cancelled.").arg(what));
}

ApiError ApiError::invalidRequest(const QString &why, const QString &what)
{
    ApiError e;
    e.kind = Kind::InvalidRequest;
    e.detail = why;
    return scrubbed(e, ApiError::tr("%1 was not sent: %2").arg(what, why));
}

}  // namespace ce
