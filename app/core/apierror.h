#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace ce {

// Everything that can go wrong with one API call, as one value.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ce::ApiError)
public:
    enum class Kind {
        None,               // no error
        Network,            // refused, reset, host not found, redirect to another host...
        Timeout,            // no complete answer within the call's timeout
        Tls,                // certificate or handshake problem
        Http,               // the server answered with a 4xx/5xx (or an unexpected 3xx)
        MalformedResponse,  // a 2xx whose body is not the expected JSON
        Cancelled,          // cancelled by the user
        InvalidRequest,     // not sent: the request failed validation or has no environment
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString serverMessage;      // Cloud Elements' "message", when the body has one
    QString providerMessage;    // "providerMessage", when the body has one
    QString requestId;          // Cloud Elements' "requestId", when the body has one
    QString detail;             // technical detail (Qt's error string, what was wrong with the body)
    QString text;               // one or two sentences a person can read, ending in a period

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static QString kindName(Kind kind);  // "network", "timeout", "tls", "http", "malformed", "cancelled", "invalid"

    // An HTTP error answer: takes message/requestId/providerMessage from a Cloud Elements
    // error body if there is one, and says plainly when the body is HTML or empty.
    // `reasonPhrase` is the one the server sent ("Bad Gateway"), shown after the status.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                             const QString &what, const QString &reasonPhrase = {});
    // A 2xx answer that is not what the call expects; `why` says what was wrong.
    static ApiError malformed(int status, const QString &why, const QString &what);
    static ApiError network(const QString &detail, const QString &what);
    static ApiError timeout(int seconds, const QString &host, const QString &what);
    static ApiError tls(const QString &detail, const QString &host, const QString &what);
    static ApiError cancelled(const QString &what);
    static ApiError invalidRequest(const QString &why, const QString &what);
};

}  // namespace ce

Q_DECLARE_METATYPE(ce::ApiError)
