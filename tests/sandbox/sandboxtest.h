#pragma once

// What the sandbox suites share: a sandbox and a plain QNetworkAccessManager per test, the
// requests they send, the OAuth steps, the documented flow walked step by step, and the
// checks of a Cloud Elements error and of a self-contained page.
#include "sandbox/sandboxserver.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace ce::test {

inline const QString InvalidSecrets =
    QStringLiteral("Invalid Organization or User secret, or invalid Element token provided.");
inline const QString UnsupportedMediaType = QStringLiteral("Unsupported media type: send the body as application/json.");

struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;  // case-insensitive, first match
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString message() const { return object().value(QLatin1StringView("message")).toString(); }
    QString html() const { return QString::fromUtf8(body); }
};

SandboxFault fault(SandboxFault::Kind kind, int status = 500, int delayMs = 0, qint64 size = 0,
                   const QString &location = {}, const QString &message = {});

// The value of `attribute` in the first tag that starts with `selector` ("<form") or
// contains it (`id="help"`), HTML entities decoded.
QString attributeOf(const QString &html, const QString &selector, const QString &attribute);

// One pass through the OAuth exchange.
struct Grant
{
    QString apiKey = QStringLiteral("mycompany");
    QString apiSecret = QStringLiteral("consumer-secret-123");
    QString site = QStringLiteral("acme");
    QString callback = QStringLiteral("https://www.mycoolapp.com/auth");
    QString token;
    QString secret;
    QString verifier;
    QUrl oauthUrl;
};

// The documented flow end to end as a user goes through it (the provider's sign-in and
// consent pages, the help page, Allow, the used link again), then the instance created,
// read, listed, filtered, deleted and asked for again: one request a step.
enum class Step {
    Token,
    Url,
    SignInPage,
    SignIn,
    ConsentPage,
    HelpPage,
    Allow,
    UsedTokenPage,
    Create,
    Read,
    List,
    ListTagged,
    ListOtherTag,
    Delete,
    ReadDeleted,
};

struct Walk
{
    Grant grant;              // the token and secret once issued, the verifier once allowed
    QUrl oauthUrl;            // the authorization page
    QList<Response> answers;  // one a step taken, in order

    const Response &at(Step step) const { return answers.at(int(step)); }
    QJsonObject instance() const { return at(Step::Create).object(); }
    QString instancePath() const;  // /instances/<id>
};

// Each suite derives from it. Before each test a sandbox starts on a free port, with a
// client that follows no redirect; after it both go (Qt Test runs the init() and
// cleanup() slots of a base class).
class SandboxTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

protected:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;

    static QByteArray goodAuth();
    QUrl api(const QString &path, const QUrlQuery &query = {}) const;
    QUrl root(const QString &pathAndQuery) const;
    static QUrlQuery tokenQuery(const Grant &g);

    Response wait(QNetworkReply *reply, int timeoutMs = 20000);
    QNetworkRequest request(const QUrl &url, const QByteArray &authorization = {}) const;
    Response get(const QUrl &url, const QByteArray &authorization = {});
    Response del(const QUrl &url, const QByteArray &authorization = goodAuth());
    Response post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                  const QByteArray &authorization = {});
    Response postJson(const QString &path, const QJsonObject &body, const QByteArray &authorization = goodAuth());
    Response postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    // Any method with an optional body (PUT, PATCH, DELETE); no Content-Type when empty.
    Response send(const QByteArray &method, const QUrl &url, const QByteArray &contentType = {},
                  const QByteArray &body = {}, const QByteArray &authorization = goodAuth());
    Response putJson(const QString &path, const QJsonObject &body, const QByteArray &authorization = goodAuth());
    Response patchJson(const QString &path, const QJsonObject &body, const QByteArray &authorization = goodAuth());

    // The Host header of a request to the sandbox, as a browser or curl sends it.
    QByteArray hostHeader() const;
    // A request written by hand, for what QNetworkAccessManager will not send or show.
    // Reads until the announced body is in or the connection ends.
    QByteArray rawExchange(const QByteArray &requestText, QAbstractSocket::SocketError *error = nullptr);

    // Step 1 and 2: a request token and the authorization URL.
    void requestToken(Grant *g);
    // Steps 1 to 3 with the auto-approving provider: a verifier.
    void grant(Grant *g);
    static QJsonObject instanceBody(const Grant &g, const QString &name = QStringLiteral("Test"),
                                    const QStringList &tags = {QStringLiteral("sandbox")});
    void createInstance(QJsonObject *out, const QStringList &tags = {QStringLiteral("sandbox")});
    static void replace(QJsonObject *body, const QString &section, const QString &key, const QString &value);

    // Takes the steps of `w` up to `last`; every step before `last` must have had its usual
    // answer (the test checks `last` itself).
    void walk(Walk *w, Step last);
    static int usualStatus(Step step);

    // Nothing on the page is loaded from elsewhere: no scripts, no remote links or images.
    static void checkSelfContained(const QString &html);
    // Checks a Cloud Elements error answer.
    static void checkError(const Response &r, int status, const QString &message = {});
};

}  // namespace ce::test
