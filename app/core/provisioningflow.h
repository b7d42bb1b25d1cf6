#pragma once

#include "apiclient.h"
#include "apitypes.h"
#include "callbackmatcher.h"
#include "elementdescription.h"
#include "environment.h"
#include "events.h"
#include "instancerequest.h"

#include <QObject>
#include <QPointer>

namespace ce {

// The whole provisioning of one instance, without any widget: the wizard's pages are
// views over this object, and the tests drive it directly. The element's descriptor says
// which way it goes (needsAuthorization(), element().authentication):
//
//   OAuth 1.0a   Editing --startAuthorization()--> RequestingToken --> RequestingUrl --> AwaitingAuthorization
//   OAuth 2.0    Editing --startAuthorization()--> RequestingUrl --> AwaitingAuthorization
//   both         AwaitingAuthorization --handleNavigation(callback)--> Authorized
//                Authorized --createInstance()--> Creating --> Created
//   credentials  Editing --createInstance()--> Creating --> Created
//                (no browser: startAuthorization() and handleNavigation() do nothing)
//
// canCreateInstance() says when step 4 may run (Authorized; Editing for credentials).
// Re-authorizing an existing instance is the same flow, ending in PUT /instances/{id}
// (setReauthorizationTarget()); for credentials that is a PUT with the new configuration.
//
// Any failure returns to the stage before the call (Editing; Authorized for the OAuth
// kinds' step 4) with lastError() set, keeping every input, so the same call can be retried.
//
// For the pages, whatever the element:
// - the descriptor: ElementCatalog::shared().byId() (the choice of element),
//   ElementCatalog::fromPlatform() on ApiClient::getElement()'s answer (an element with no
//   descriptor), ElementCatalog::shared().forRequest() (an imported instance.json: its
//   element key, and of an element's modes the one it fits), then loadInputs();
// - the form: element().visibleEntries(), setConfiguration(), inputIssues();
// - the pages to show: needsAuthorization() (false: skip the token and authorize pages,
//   createInstance() from Editing); OAuth 2.0 has no request token (requestToken() stays
//   empty, stage() never RequestingToken; state() is the attempt's, a secret);
// - the browser, the loopback listener and a pasted address: handleNavigation(), or
//   callbackRules() with matchCallback(); a refusal's CallbackMatch carries refusal and,
//   for OAuth 2.0, refusalDescription (the provider's words, safe to show);
// - cURL: curl::requestToken(oauthParameters()) for OAuth 1.0a only,
//   curl::authorizationUrl(oauthParameters(true)) for both OAuth kinds, and
//   curl::createInstance() with request().toInstanceJson() for every kind.
class ProvisioningFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Editing, RequestingToken, RequestingUrl, AwaitingAuthorization, Authorized, Creating, Created };
    Q_ENUM(Stage)

    // `client` is used for every call; the flow sets its environment and credentials.
    explicit ProvisioningFlow(ApiClient *client, const ElementDescription &element, QObject *parent = nullptr);
    ~ProvisioningFlow() override;

    const ElementDescription &element() const { return m_element; }
    ApiClient *client() const { return m_client; }
    // Another element to provision (the wizard's choice of element), only while Editing.
    // The configuration entered for the previous one is dropped (its keys mean nothing to
    // this one), and so is a re-authorization target; the environment, the secrets of the
    // platform, the name and the tags stay. False, changing nothing, in any other stage.
    bool setElement(const ElementDescription &element);
    // GET /elements/{key} with the connection entered (environment and secrets): the
    // platform's description of an element, for a form built at run time
    // (ElementCatalog::fromPlatform()). Does not touch the stage; the caller owns the reply.
    ApiReply *describeElement(const QString &key);

    // --- What the user enters ---------------------------------------------------------
    void setEnvironment(const Environment &environment);
    Environment environment() const { return m_environment; }
    void setCredentials(const Credentials &credentials);
    Credentials credentials() const { return m_credentials; }
    // A configuration entry by its key ("oauth.api.key"). Site addresses are kept as typed;
    // request() normalises them.
    void setConfiguration(const QString &key, const QString &value);
    QString configuration(const QString &key) const { return m_configuration.value(key); }
    QString configurationForOAuthParameter(const QString &parameter) const;
    void setName(const QString &name);
    QString name() const { return m_name; }
    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    // The callback URL the authorization comes back to (the oauthParameter callbackUrl entry).
    QUrl callbackUrl() const;
    // The events settings, sent as the common configuration keys (ce::events) beside the
    // element's entries; they win over an entry of the same key (a descriptor built from the
    // platform may list event.notification.enabled). The signature key is registered with
    // the redaction.
    void setEvents(const EventSettings &events);
    EventSettings events() const { return m_events; }

    // Takes the inputs of an instance.json (configuration entries that are not
    // placeholders, the events settings, name, tags); its providerData is ignored: it
    // belongs to a past authorization. False, changing nothing, when it is for another
    // element, or for another mode of it (a hidden entry such as authentication.type holds
    // another value). True with *problem set when events values could not be read (they
    // are left at their defaults; *problem names them). Which descriptor a file is for:
    // ElementCatalog::shared().forRequest(request, &why).
    bool loadInputs(const InstanceRequest &request, QString *problem = nullptr);

    // Problems with what was entered, each naming its field (ce::field): the connection
    // page's (Environment, UserSecret, OrganizationSecret), and the element's configuration
    // entries, the events settings, the name and the tags. Empty when the authorization can start.
    QList<ValidationIssue> connectionIssues() const;
    QList<ValidationIssue> inputIssues() const;

    // True for the OAuth kinds: a browser step comes before creation. False for credentials.
    bool needsAuthorization() const { return m_element.isOAuth(); }

    // The query parameters of the OAuth calls: every entry's oauthParameter (apiKey,
    // apiSecret, callbackUrl, siteAddress, scope...; an empty one left out, except the
    // client's trio), from the normalised inputs. `forUrlCall`: also what oauth/url needs of
    // this attempt, once there is one: requestToken (OAuth 1.0a), state (OAuth 2.0).
    QUrlQuery oauthParameters(bool forUrlCall = false) const;

    // --- The OAuth exchange ---------------------------------------------------------
    Stage stage() const { return m_stage; }
    bool isBusy() const;
    const ApiError &lastError() const { return m_lastError; }
    RequestToken requestToken() const { return m_requestToken; }  // OAuth 1.0a
    // OAuth 2.0: the state of the current attempt (a fresh random value each time, or the
    // element key when the descriptor says so); empty before and after an attempt. A secret.
    QString state() const { return m_state; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    CallbackMatch callback() const { return m_callback; }
    // What the callback of the current attempt must be (for a listener or a page that
    // matches navigations itself; handleNavigation() uses the same).
    CallbackRules callbackRules() const;

    // The OAuth kinds' first steps: a fresh request token and its authorization URL (OAuth
    // 1.0a), or a fresh state and its authorization URL (OAuth 2.0). Forgets any earlier
    // attempt first. Ends in AwaitingAuthorization (authorizationUrlReady) or back in
    // Editing with lastError() (failed). Credentials: does nothing.
    void startAuthorization();
    // Cancels the call in flight, if any; the stage goes back to before it.
    void cancel();
    // Forgets the token, URL and callback: a new attempt needs a new token.
    void resetAuthorization();

    // Going back. The pages only report that the user went back; what it means is decided
    // here. A request token serves one visit to the provider's page, so:
    // - back from the provider's page (or "start again" there): that attempt is over. Its
    //   token, URL and callback are forgotten, the call in flight (if any) is dropped, and a
    //   new attempt starts at once (a new token, then a new URL), as startAuthorization().
    void restartAuthorization();
    // - back from the request token to the inputs: the call in flight is cancelled (Cancelled),
    //   the token, URL and callback are forgotten and the flow is Editing; the next visit to
    //   the request token starts a new attempt.
    void leaveAuthorization();

    // Step 3, for every navigation the browser is about to make (and for a callback URL
    // the user pastes), with where it came from. Returns the matcher's verdict; when
    // mustNotLoad(), the browser must not load it. Authorized moves to Stage::Authorized
    // (authorized()); a refusal, a forged callback (another token or state), one from a
    // frame or a popup (WrongOrigin) and a near miss carrying the grant elsewhere (NearMiss)
    // emit authorizationRejected() and change nothing else.
    CallbackMatch handleNavigation(const QUrl &url, NavigationOrigin origin);

    // --- Creation -------------------------------------------------------------------
    // The POST /instances body from the inputs and the OAuth results (normalised).
    InstanceRequest request() const;
    // True when createInstance() may run now: Authorized, or Editing for credentials.
    bool canCreateInstance() const;
    // Step 4. Ends in Created (instanceCreated) or back where it started (Authorized;
    // Editing for credentials) with lastError() (failed). Ignored unless canCreateInstance().
    void createInstance();
    Instance instance() const { return m_instance; }

    // --- Re-authorization -----------------------------------------------------------
    // An existing instance to re-authorize: step 4 then sends PUT /instances/{id} with the
    // new providerData and the inputs' name, tags and configuration (the instance keeps its
    // id and its token), and ends in Created with instanceReauthorized() instead of
    // instanceCreated(). 0 (the default): create a new instance. Ignored while step 4 runs.
    void setReauthorizationTarget(qint64 instanceId);
    qint64 reauthorizationTarget() const { return m_reauthorizationTarget; }
    bool isReauthorization() const { return m_reauthorizationTarget > 0; }
    // Takes `instance` (as GET /instances/{id} answers) as the target and its name, tags
    // and events settings as the inputs. Not the rest of its configuration: the platform
    // answers it under other keys with the secrets masked, so it comes from the inputs (a
    // profile, the user); nor the events signature key, which the platform masks (give it
    // again with setEvents(), or the PUT goes without one). False, changing nothing, when
    // the instance is of another element or has no id.
    bool loadInstance(const Instance &instance, QString *problem = nullptr);

    // Takes the current inputs as the starting point (defaults filled in, a profile loaded):
    // hasUnsavedWork() compares against it.
    void markInputsAsBaseline();
    // Marks the created instance as kept (its profile saved or its details exported).
    void markResultKept();
    // True when closing would lose something: inputs changed since the baseline (entries
    // holding their element's default do not count), an
    // authorization or a call in progress, or a created instance not kept.
    bool hasUnsavedWork() const;

Q_SIGNALS:
    void stageChanged(ce::ProvisioningFlow::Stage stage);
    void inputsChanged();
    void authorizationUrlReady(const QUrl &url);
    void authorized();
    void authorizationRejected(const ce::CallbackMatch &match);
    void instanceCreated(const ce::Instance &instance);
    // Step 4 of a re-authorization succeeded: the instance as PUT /instances/{id} answered.
    void instanceReauthorized(const ce::Instance &instance);
    void failed(const ce::ApiError &error);
    // setElement() changed the element (inputsChanged() follows).
    void elementChanged();

private:
    void setStage(Stage stage);
    void fail(Stage backTo, const ApiError &error);
    void requestUrl();
    void adopt(ApiReply *reply);

    ApiClient *m_client;
    ElementDescription m_element;
    Environment m_environment;
    Credentials m_credentials;
    QMap<QString, QString> m_configuration;
    QString m_name;
    QStringList m_tags;
    EventSettings m_events;

    Stage m_stage = Stage::Editing;
    QPointer<ApiReply> m_reply;
    ApiError m_lastError;
    RequestToken m_requestToken;
    QString m_state;
    QUrl m_authorizationUrl;
    CallbackMatch m_callback;
    Instance m_instance;
    qint64 m_reauthorizationTarget = 0;
    bool m_resultKept = false;
    QMap<QString, QString> m_baselineConfiguration;
    QString m_baselineName;
    QStringList m_baselineTags;
    EventSettings m_baselineEvents;
};

}  // namespace ce
