#pragma once

// The sandbox's insides, shared by its source files (Qt's _p.h idiom: for app/sandbox
// only). One job a file:
//   sandboxserver.cpp     the public class; a request's way through the server (the Host
//                         and size checks, a fault or the route's handler, the answer, the
//                         record)
//   sandboxhttp.cpp       HTTP: requests as received, replies, reason phrases, the guard
//                         that refuses oversized bodies before QtHttpServer buffers them
//   sandboxfaults.cpp     the faults injected on demand
//   sandboxapi.cpp        the routing table, the platform secrets, the elements (which
//                         descriptor a call is about; GET /elements/{key}), the OAuth
//                         helper calls (request token, authorization URL)
//   sandboxinstances.cpp  the instance resource (create, list, read, delete) and what a
//                         create or re-authorization body must hold (the grant, the events)
//   sandboxlifecycle.cpp  the instance's later life: re-authorization (PUT), rename and
//                         retag (PATCH), enable and disable
//   sandboxprovider.cpp   the provider's sign-in and help pages, and OAuth 1.0a's
//                         authorization page and decision
//   sandboxoauth2.cpp     OAuth 2.0: the authorization page and decision, the one-time
//                         codes, and their check in a create or re-authorization body

#include "sandboxserver.h"

#include "core/elementdescription.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QJsonDocument;
class QTcpServer;

namespace ce::sandbox {

using Endpoint = SandboxCall::Endpoint;
using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;
struct Route;

inline constexpr QLatin1StringView ApiPrefix{"/elements/api-v2"};
inline const QString InvalidSecretsMessage =
    QStringLiteral("Invalid Organization or User secret, or invalid Element token provided.");
inline const QString UnsupportedMediaTypeMessage =
    QStringLiteral("Unsupported media type: send the body as application/json.");

// A request as the sandbox handles it: the record it keeps (the SandboxCall part, what
// calls() returns) and what routing and the pages need besides. Copied out of
// QHttpServerRequest, which QtHttpServer reuses for the next request on the connection.
struct Request : SandboxCall
{
    QStringList segments;          // decoded path segments
    QString pathAndQuery;          // as received (encoded), for "return to" links
    const Route *route = nullptr;  // what answers it; none: 404
    QStringList arguments;         // the values of the route's {placeholders}, in order

    QString param(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};

struct Reply
{
    int status = 200;
    HeaderPairs headers;  // Content-Length is added when sending
    QByteArray body;
};

// Where an answer goes: QtHttpServer's responder (shared: some faults answer later) and
// its connection, which may be gone by then.
struct Channel
{
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;

    bool usable() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
};

// Request tokens and login sessions: the newest MaxKept of each (a real platform expires
// them too), so that a client that asks for tokens forever does not grow the sandbox.
inline constexpr qsizetype MaxKept = 1000;

template<typename Value>
void insertBounded(QHash<QString, Value> &hash, QList<QString> &order, const QString &key, const Value &value)
{
    hash.insert(key, value);
    order.append(key);
    while (order.size() > MaxKept)
        hash.remove(order.takeFirst());
}

struct RequestToken
{
    enum class State { Issued, Authorized, Refused, Consumed };

    QString token;
    QString secret;
    QString verifier;
    QString elementKey;
    QString site;         // normalised subdomain
    QString callbackUrl;  // as given in step 1
    QHash<QString, QString> parameters;  // oauth parameter -> value, as given in step 1
    State state = State::Issued;
};

// One GET /elements/{key}/oauth/url of an OAuth 2.0 element: the authorization request its
// provider page will be asked for (RFC 6749, 4.1.1), until the user decides.
struct OAuth2Request
{
    QString id;           // what the consent form carries
    QString elementKey;
    QString clientId;     // apiKey
    QString callbackUrl;  // callbackUrl, the redirect_uri
    QString state;        // as given, or the element key (the platform's default)
    QString site;         // the path's site segment: a normalised subdomain, or "-"
    QString host;         // what the pages name
    QHash<QString, QString> parameters;  // oauth parameter -> value, as given
    bool decided = false;
};

// A code the user's approval issued: one use, for this client, callback and state.
struct OAuth2Code
{
    QString code;
    QString elementKey;
    QString clientId;
    QString callbackUrl;
    QString state;
    QString site;
    QHash<QString, QString> parameters;  // of the oauth/url call
    QHash<QString, QString> callback;    // the other providerData the callback carried (realmId)
    bool used = false;
};

struct StoredInstance
{
    int id = 0;
    QString token;
    QStringList tags;
    QJsonObject json;

    bool disabled() const { return json.value(QLatin1StringView("disabled")).toBool(); }
};

// A create or re-authorization body that passed the checks every such body must pass.
struct InstanceBody
{
    const ElementDescription *element = nullptr;
    QJsonObject json;
    QJsonObject providerData;
    QJsonObject configuration;
    QStringList tags;
};

// A grant the sandbox accepted for a create or a re-authorization: the site it was issued
// for, and what uses it up once the instance is stored.
struct AcceptedGrant
{
    QString site;
    std::function<void()> consume;
};

struct FaultEntry
{
    SandboxFault fault;
    int remaining = 1;  // -1: until clearFaults()
};

// ---- sandboxhttp.cpp ----------------------------------------------------------------

Request requestFrom(const QHttpServerRequest &request);
// A request known only by its head (request line and headers), as the guard saw it.
Request requestFromHead(const QByteArray &head);
// Every value of the header `name` (case-insensitive), in order.
QByteArrayList headerValues(const HeaderPairs &headers, const QByteArray &name);
QString cookieValue(const Request &in, QLatin1StringView name);
bool isJsonContentType(const QByteArray &value);
// A request's body as a JSON object; else the answer that refuses it (415 for another
// content type, 400 for what is not JSON or not an object), as the platform words them.
std::optional<Reply> jsonObjectBody(const Request &in, QJsonObject *body);
// A form body (application/x-www-form-urlencoded): '+' is a space there.
QUrlQuery parseForm(const QByteArray &body);
QString formValue(const QUrlQuery &form, const QString &name);

Reply jsonReply(int status, const QJsonDocument &doc);
Reply jsonReply(int status, const QJsonObject &object);
Reply jsonError(int status, const QString &message);  // Cloud Elements' {"requestId","message"}
Reply htmlReply(int status, const QByteArray &html);  // a self-contained page
Reply redirectReply(int status, const QByteArray &location);
QString reasonPhrase(int status);
void writeHead(QHttpServerResponder &responder, const Reply &reply, qint64 contentLength);

QString randomAlnum(int length);
QByteArray randomBytes(int length);

// Only requests addressed to this server (Host 127.0.0.1:<port> or localhost:<port>),
// and only bodies it is willing to hold: the error reply, or nullopt.
std::optional<Reply> refusal(const Request &in, quint16 port);
// The guard in front of QtHttpServer: `refused` learns of each request it refuses.
using RefusedRequest = std::function<void(const QByteArray &head, qint64 announced)>;
QTcpServer *newGuardedTcpServer(RefusedRequest refused, QObject *parent);
// QtHttpServer handed a complete request of `socket` on: the next bytes start the next one.
void requestDone(QTcpSocket *socket);

// ---- sandboxapi.cpp -------------------------------------------------------------------

// One line of the routing table: a method and a path whose {placeholders} match any one
// segment, what the call is recorded as, and its handler.
struct Route
{
    const char *method;
    QLatin1StringView pattern;
    Endpoint endpoint;
    Reply (SandboxServerPrivate::*handler)(const Request &in);
};

// Finds the route of `in` (by method and segments): sets its route, arguments and endpoint.
void route(Request *in);

// ---- sandboxinstances.cpp -------------------------------------------------------------

// A configuration or providerData value as text: a string as it is, a number or boolean
// as its text, anything else empty.
QString jsonText(const QJsonValue &v);
// An instance's tags: an array of strings, or the error reply.
std::optional<Reply> readTags(const QJsonValue &value, QStringList *tags);
// The event settings of an instance's configuration (Cloud Elements' common instance
// configuration): the error reply for the first wrong one, or nullopt.
std::optional<Reply> checkEvents(const QJsonObject &configuration);

}  // namespace ce::sandbox

namespace ce {

class SandboxServerPrivate
{
public:
    using Request = sandbox::Request;
    using Reply = sandbox::Reply;
    using Channel = sandbox::Channel;
    using Endpoint = sandbox::Endpoint;
    using RequestToken = sandbox::RequestToken;

    explicit SandboxServerPrivate(SandboxServer *q) : q(q) {}

    SandboxServer *const q;
    std::unique_ptr<QHttpServer> http;
    QString errorString;
    quint16 port = 0;
    QList<SandboxCall> calls;

    // ---- sandboxserver.cpp: a request's way through the server
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void recordRefused(const QByteArray &head, qint64 announced);
    void record(SandboxCall call, int status, const Reply *reply = nullptr);
    bool send(const Channel &channel, const Reply &reply);
    void sendAndRecord(const Channel &channel, const SandboxCall &call, const Reply &reply);

    // ---- sandboxfaults.cpp
    std::map<int, QList<sandbox::FaultEntry>> faults;  // by endpoint
    // NoAnswer: answers that are never written, kept until their connection goes.
    QList<Channel> parked;

    std::optional<SandboxFault> takeFault(Endpoint endpoint);
    void applyFault(const SandboxFault &fault, const Request &in, const Channel &channel);
    void trickle(const Channel &channel, const Reply &reply, int delayMs);
    void reset(const Channel &channel, const Reply &reply);
    void hugeBody(const Channel &channel, qint64 size);

    // ---- sandboxapi.cpp: the route's handler, the platform secrets, the elements, the
    // OAuth helper calls
    // Every descriptor emulated, the built-in ones first; several may share a key (one per
    // mode: hubspot's OAuth 2.0 and API key).
    QList<std::shared_ptr<const ElementDescription>> elements;
    QHash<QString, RequestToken> tokens;
    QList<QString> tokenOrder;  // oldest first

    Reply dispatch(const Request &in);
    Reply notFound(const Request &in) const;
    enum class Auth { Valid, Missing, Invalid };
    // The Element part, when there is one and it is an instance's token, in *elementToken.
    Auth checkAuthorization(const Request &in, QString *elementToken = nullptr) const;
    // The element the platform knows by `keyOrId` (its key, or its numeric id): the
    // descriptor whose id is the key, else the first of that key. Null when unknown.
    const ElementDescription *element(const QString &keyOrId) const;
    // The OAuth descriptor of the element (for the OAuth calls and the provider's pages).
    const ElementDescription *oauthElement(const QString &keyOrId) const;
    // Of the element's descriptors, the one an instance body is for (by what its
    // configuration and providerData hold, ElementCatalog::fitting()): an error reply when
    // it fits none or several.
    std::optional<Reply> elementForBody(const QString &keyOrId, const QJsonObject &configuration,
                                        const QJsonObject &providerData, const ElementDescription **found) const;
    // The parameters oauth/token and oauth/url need: the client's three, and those of
    // required or hidden entries.
    static QStringList requiredOAuthParameters(const ElementDescription &e);
    static const ConfigurationEntry *siteProperty(const ElementDescription &e);
    static QString normaliseSite(const ElementDescription &e, const QString &value);
    static QString siteHost(const ElementDescription &e, const QString &site);
    // What a provider page calls the account: the site's host, else the host of the
    // descriptor's authorization URL with `parameters` filled in, else the element's name.
    static QString hostLabel(const ElementDescription &e, const QString &site,
                             const QHash<QString, QString> &parameters = {});
    // What both OAuth helper calls check first; the element of the path in *found.
    std::optional<Reply> checkOAuthCall(const Request &in, const ElementDescription **found) const;
    Reply handleToken(const Request &in);
    Reply handleUrl(const Request &in);
    // GET /elements/{key}: the descriptor as the platform describes an element.
    Reply handleGetElement(const Request &in);

    // ---- sandboxinstances.cpp
    std::map<int, sandbox::StoredInstance> instances;
    int nextInstanceId = 1;

    Reply handleCreate(const Request &in);
    Reply handleList(const Request &in);
    Reply handleGet(const Request &in);
    Reply handleDelete(const Request &in);
    // 401 for wrong secrets, 403 for the Element token of a disabled instance.
    std::optional<Reply> checkPlatformCall(const Request &in) const;
    // The checks of a create or re-authorization body, in the platform's order (415, 400,
    // 404): `keyOrId` is the element of the path, if any.
    std::optional<Reply> checkInstanceBody(const Request &in, const QString &keyOrId, sandbox::InstanceBody *out) const;
    // The grant of a body, by the element's kind of authentication: OAuth 1.0a's request
    // token and verifier, OAuth 2.0's code (sandboxoauth2.cpp), none for credentials.
    std::optional<Reply> checkGrant(const ElementDescription &e, const QJsonObject &providerData,
                                    const QJsonObject &configuration, sandbox::AcceptedGrant *grant);
    std::optional<Reply> checkOAuth1Grant(const ElementDescription &e, const QJsonObject &providerData,
                                          const QJsonObject &configuration, RequestToken **grant);
    std::optional<Reply> findInstance(const Request &in, std::map<int, sandbox::StoredInstance>::iterator *found);
    QJsonObject buildInstance(const ElementDescription &e, const QJsonObject &body, const QStringList &tags,
                              const QString &site, int id);

    // ---- sandboxlifecycle.cpp
    Reply handleUpdate(const Request &in);
    Reply handlePatch(const Request &in);
    Reply handleEnable(const Request &in);
    Reply handleDisable(const Request &in);
    Reply setDisabled(const Request &in, bool disabled);

    // ---- sandboxprovider.cpp
    bool autoApprove = false;
    QHash<QString, QString> sessions;  // session id -> email
    QList<QString> sessionOrder;

    // Who is at which provider page: from the path and the session cookie.
    struct Visit
    {
        const ElementDescription *element = nullptr;
        QString site;
        bool signedIn = false;
        QString email;
    };
    std::optional<Reply> visit(const Request &in, Visit *v) const;
    std::optional<Reply> issuedToken(const Visit &v, const QString &token, RequestToken **found);
    Reply showAuthorization(const Request &in);
    Reply showLogin(const Request &in);
    Reply signIn(const Request &in);
    Reply decide(const Request &in);
    Reply showHelp(const Request &in);
    Reply providerError(int status, const ElementDescription *e, const QString &title, const QString &message) const;
    Reply loginPage(const Visit &v, const QString &returnTo, const QString &email, const QString &error) const;
    Reply consentPage(const Visit &v, const RequestToken &t) const;
    Reply answerCallback(RequestToken &t, const ElementDescription &e, bool allow);

    // ---- sandboxoauth2.cpp
    QHash<QString, sandbox::OAuth2Request> oauth2Requests;
    QList<QString> oauth2RequestOrder;
    QHash<QString, sandbox::OAuth2Code> codes;
    QList<QString> codeOrder;

    // GET .../oauth/url for an OAuth 2.0 element (checked by handleUrl()).
    Reply oauth2Url(const Request &in, const ElementDescription &e);
    Reply showOAuth2Authorization(const Request &in);
    Reply decideOAuth2(const Request &in);
    // The request the page's query names (client_id, redirect_uri, state): the newest one
    // of this element not decided yet; an error page when there is none.
    std::optional<Reply> findOAuth2Request(const Visit &v, const QUrlQuery &query, sandbox::OAuth2Request **found);
    Reply oauth2ConsentPage(const Visit &v, const sandbox::OAuth2Request &r) const;
    Reply answerOAuth2(sandbox::OAuth2Request &r, const ElementDescription &e, bool allow);
    std::optional<Reply> checkOAuth2Grant(const ElementDescription &e, const QJsonObject &providerData,
                                          const QJsonObject &configuration, sandbox::OAuth2Code **grant);
};

}  // namespace ce
