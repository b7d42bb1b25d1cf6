#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace ce {

class ElementDescription;
class SandboxServerPrivate;

// A fault the sandbox injects on demand, for tests and demonstrations.
struct SandboxFault
{
    enum class Kind {
        Delay,          // answer normally, `delayMs` later
        HttpError,      // `status` with a Cloud Elements error body {"requestId","message"}
        HtmlError,      // `status` with an HTML page, as a proxy or gateway sends
        MalformedJson,  // 200 with truncated JSON
        EmptyBody,      // 200 with no body at all
        WrongShape,     // 200 with JSON of the wrong shape (an array instead of an object)
        NoAnswer,       // read the request, never answer
        Trickle,        // 200, then the body one byte every `delayMs`
        Reset,          // headers and part of the body, then the connection is dropped
        Redirect,       // `status` (301/302/307) with Location: `location`
        HugeBody,       // 200 with a JSON body of `size` bytes
        InvalidUtf8,    // 200 with JSON whose strings hold invalid UTF-8
    };

    Kind kind = Kind::HttpError;
    int status = 500;
    int delayMs = 0;
    qint64 size = 0;
    QString location;
    QString message;  // HttpError: the message; a default that fits `status` when empty
};

// One request the sandbox received, as it received it.
struct SandboxCall
{
    enum class Endpoint {
        Token,            // GET  /elements/{key}/oauth/token
        Url,              // GET  /elements/{key}/oauth/url
        CreateInstance,   // POST /instances, POST /elements/{key}/instances
        GetInstance,      // GET  /instances/{id}
        ListInstances,    // GET  /instances
        DeleteInstance,   // DELETE /instances/{id}
        UpdateInstance,   // PUT /instances/{id} (re-authorization: the whole body again)
        PatchInstance,    // PATCH /instances/{id} (name and tags)
        EnableInstance,   // PUT /instances/{id}/enabled
        DisableInstance,  // DELETE /instances/{id}/enabled
        Element,          // GET /elements/{key}: the element's description (its configuration list)
        ProviderPage,     // the provider's login, consent and help pages and their forms
        Other,            // anything else (answered 404)
    };

    Endpoint endpoint = Endpoint::Other;
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;     // the first SandboxServer::RecordedBodyBytes of it
    qint64 bodySize = 0;  // as received: larger than body.size() when the record cut it
    int status = 0;  // what the sandbox answered (0 when it did not answer)

    QByteArray header(const QByteArray &name) const;  // case-insensitive, first match
    bool bodyCut() const { return bodySize > body.size(); }
};

// The built-in emulator of the Cloud Elements endpoints the provisioner uses and of the
// providers' login and consent pages, on 127.0.0.1 only, with in-memory state. Every
// element of the built-in descriptors (and any added with addElement()) is emulated from
// its descriptor, whichever way it authenticates:
//
// API base:       http://127.0.0.1:<port>/elements/api-v2
// OAuth 1.0a:     http://127.0.0.1:<port>/provider/<elementKey>/<site>/oauth/oauth_authorize.php?oauth_token=..
// OAuth 2.0:      http://127.0.0.1:<port>/provider/<elementKey>/<site or ->/oauth2/authorize?response_type=code
//                 &client_id=..&redirect_uri=..&state=..
//
// It accepts the documented calls as Cloud Elements documents them (the cURL examples
// of the FreshBooks and Box pages work with only the host changed) and checks what the
// real platform checks: the Authorization header (parts in any order), the content type,
// every required configuration entry (a 400 naming each missing one), and the grant of
// POST /instances: OAuth 1.0a's token, verifier and secret, or OAuth 2.0's one-time code
// (issued on the consent page, bound to the client id, the callback URL and the state;
// the configuration must be the client and callback it was issued to), with the rest of
// the OAuth configuration as the OAuth calls got it. Credentials elements need no grant.
// GET /elements/{key} describes an element as the platform does (its configuration list),
// for forms built at run time. The instance's later life is there too, as strictly: re-authorization
// (PUT /instances/{id}, a fresh grant for the same element), rename and retag (PATCH,
// name and tags only), enable and disable (/instances/{id}/enabled; a disabled instance's
// Element token gets 403), delete; the event settings of the configuration are checked
// on create and PUT.
//
// It serves only requests addressed to it (Host 127.0.0.1:<port> or localhost:<port>;
// any other is answered 421, none at all 400), so that a web page cannot reach it through
// a DNS name of its own (DNS rebinding). Its memory stays bounded: request bodies over
// MaxRequestBodyBytes are refused with 413, and it remembers the last MaxRecordedCalls
// calls with the first RecordedBodyBytes of each body.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    // The platform secrets the sandbox accepts.
    static constexpr char UserSecret[] = "sandbox-user-secret";
    static constexpr char OrganizationSecret[] = "sandbox-organization-secret";

    // Larger request bodies get 413 Payload Too Large (a POST /instances body is about 1 KiB).
    static constexpr qint64 MaxRequestBodyBytes = 1024 * 1024;
    // What calls() keeps: the newest calls, each body cut to its first bytes.
    static constexpr int MaxRecordedCalls = 1000;
    static constexpr int RecordedBodyBytes = 8 * 1024;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port). False, with errorString(), on failure.
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl rootUrl() const;  // http://127.0.0.1:<port>
    QUrl baseUrl() const;  // http://127.0.0.1:<port>/elements/api-v2

    // When on, the authorization page answers with a 302 straight to the callback,
    // as a provider does for a user who is logged in and has approved before.
    void setAutoApprove(bool on);

    // The next `times` requests to `endpoint` get `fault` (-1: every request until
    // clearFaults()). Faults queue per endpoint in the order they were added.
    void addFault(SandboxCall::Endpoint endpoint, const SandboxFault &fault, int times = 1);
    void clearFaults();

    // The last MaxRecordedCalls calls, oldest first.
    QList<SandboxCall> calls() const;
    QList<SandboxCall> calls(SandboxCall::Endpoint endpoint) const;
    void clearCalls();

    // The instances created so far, as the API returns them.
    QList<QJsonObject> instances() const;

    // Emulates one more element (a test's own descriptor, the user's): it replaces a
    // descriptor with the same id. The built-in descriptors are there from the start.
    void addElement(const ElementDescription &element);

Q_SIGNALS:
    void callReceived(const ce::SandboxCall &call);

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

}  // namespace ce

Q_DECLARE_METATYPE(ce::SandboxCall)
