#include "provisioningflow.h"

#include "logging.h"
#include "oauthparameters.h"
#include "redaction.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// An OAuth 2.0 state nobody can guess: 256 random bits, URL-safe (43 characters).
QString randomState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

}  // namespace

ProvisioningFlow::ProvisioningFlow(ApiClient *client, const ElementDescription &element, QObject *parent)
    : QObject(parent), m_client(client), m_element(element)
{
    qRegisterMetaType<ce::ApiError>();
    qRegisterMetaType<ce::CallbackMatch>();
    qRegisterMetaType<ce::Instance>();
}

ProvisioningFlow::~ProvisioningFlow()
{
    if (m_reply)
        m_reply->deleteLater();
}

bool ProvisioningFlow::setElement(const ElementDescription &element)
{
    if (m_stage != Stage::Editing || (m_reply && !m_reply->isFinished()))
        return false;
    if (element == m_element && element.origin == m_element.origin && element.path == m_element.path)
        return true;
    resetAuthorization();
    m_lastError = {};
    m_element = element;
    m_configuration.clear();
    m_reauthorizationTarget = 0;
    Q_EMIT elementChanged();
    Q_EMIT inputsChanged();
    return true;
}

ApiReply *ProvisioningFlow::describeElement(const QString &key)
{
    m_client->setEnvironment(m_environment);
    m_client->setCredentials(m_credentials);
    return m_client->getElement(key);
}

void ProvisioningFlow::setEnvironment(const Environment &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    Q_EMIT inputsChanged();
}

void ProvisioningFlow::setCredentials(const Credentials &credentials)
{
    if (credentials.userSecret == m_credentials.userSecret
        && credentials.organizationSecret == m_credentials.organizationSecret)
        return;
    m_credentials = credentials;
    Q_EMIT inputsChanged();
}

void ProvisioningFlow::setConfiguration(const QString &key, const QString &value)
{
    if (m_configuration.value(key) == value)
        return;
    m_configuration.insert(key, value);
    Q_EMIT inputsChanged();
}

QString ProvisioningFlow::configurationForOAuthParameter(const QString &parameter) const
{
    const ConfigurationEntry *e = m_element.entryForOAuthParameter(parameter);
    return e ? m_configuration.value(e->key) : QString();
}

void ProvisioningFlow::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT inputsChanged();
}

void ProvisioningFlow::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    Q_EMIT inputsChanged();
}

void ProvisioningFlow::setEvents(const EventSettings &events)
{
    redaction::registerSecret(events.signatureKey.trimmed());
    if (events == m_events)
        return;
    m_events = events;
    Q_EMIT inputsChanged();
}

QUrl ProvisioningFlow::callbackUrl() const
{
    return QUrl(configurationForOAuthParameter(oauth::CallbackUrl).trimmed());
}

bool ProvisioningFlow::loadInputs(const InstanceRequest &request, QString *problem)
{
    if (request.elementKey.trimmed() != m_element.key) {
        if (problem)
            *problem = tr("This file is for the element \"%1\", not %2.").arg(request.elementKey, m_element.name);
        return false;
    }
    // Of an element's modes (hubspot: OAuth 2.0 or an API key), a file names its own by a
    // hidden entry's value (authentication.type): another mode's file is not this one's.
    for (const ConfigurationEntry &e : m_element.configuration) {
        const auto given = request.configuration.constFind(e.key);
        if (e.hidden && given != request.configuration.cend() && given->trimmed() != e.defaultValue) {
            if (problem)
                *problem = tr("This file is for another way of connecting %1: its %2 is \"%3\", not \"%4\".")
                               .arg(m_element.title(), e.key, given->trimmed(), e.defaultValue);
            return false;
        }
    }
    for (const ConfigurationEntry &e : m_element.configuration) {
        const QString value = request.configuration.value(e.key);
        if (!e.hidden && !value.trimmed().isEmpty() && !InstanceRequest::isPlaceholder(value))
            setConfiguration(e.key, value);
    }
    if (!InstanceRequest::isPlaceholder(request.name))
        setName(request.name);
    QStringList tags;
    for (const QString &tag : request.tags) {
        if (!InstanceRequest::isPlaceholder(tag) && !tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    setTags(tags);
    setEvents(EventSettings::fromConfiguration(request.configuration));
    if (problem) {
        QList<ValidationIssue> unread;
        for (const ValidationIssue &issue : EventSettings::configurationIssues(request.configuration, m_element)) {
            if (issue.field == field::configuration(events::EnabledKey)
                || issue.field == field::configuration(events::VendorTypeKey))
                unread.append(issue);
        }
        *problem = InstanceRequest::summary(unread);
    }
    return true;
}

QList<ValidationIssue> ProvisioningFlow::connectionIssues() const
{
    QList<ValidationIssue> issues;
    if (!m_environment.isValid())
        issues.append({field::Environment, tr("Choose an environment."), 0, true});
    else if (const QString problem = Environment::checkBaseUrl(m_environment.baseUrl()); !problem.isEmpty())
        issues.append({field::Environment, problem});
    if (m_credentials.userSecret.trimmed().isEmpty())
        issues.append({field::UserSecret, tr("Enter the user secret."), 0, true});
    if (m_credentials.organizationSecret.trimmed().isEmpty())
        issues.append({field::OrganizationSecret, tr("Enter the organization secret."), 0, true});
    return issues;
}

QList<ValidationIssue> ProvisioningFlow::inputIssues() const
{
    InstanceRequest r;
    r.elementKey = m_element.key;
    r.configuration = m_configuration;
    r.name = m_name;
    r.tags = m_tags;
    QList<ValidationIssue> issues = r.validateInputs(m_element);
    // The callback URL is optional in the instance body but the OAuth exchange needs it.
    // (When it is required too, the validation named it already.)
    if (const ConfigurationEntry *e = m_element.entryForOAuthParameter(oauth::CallbackUrl);
        e && !e->required && configuration(e->key).trimmed().isEmpty())
        issues.append({field::configuration(e->key), tr("%1 is needed for the authorization.").arg(e->displayLabel()), 0,
                       true});
    issues.append(m_events.issues(m_element));
    return issues;
}

bool ProvisioningFlow::isBusy() const
{
    return m_stage == Stage::RequestingToken || m_stage == Stage::RequestingUrl || m_stage == Stage::Creating;
}

void ProvisioningFlow::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    qCDebug(lcFlow) << "stage" << m_stage << "->" << stage;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ProvisioningFlow::fail(Stage backTo, const ApiError &error)
{
    m_lastError = error;
    setStage(backTo);
    Q_EMIT failed(error);
}

void ProvisioningFlow::adopt(ApiReply *reply)
{
    if (m_reply)
        m_reply->deleteLater();
    m_reply = reply;
}

QUrlQuery ProvisioningFlow::oauthParameters(bool forUrlCall) const
{
    QUrlQuery query;
    auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    // As POST /instances gets them (trimmed, normalised, a hidden entry's default), oauthOnly
    // entries included. An empty optional one is left out of every call (a scope left
    // empty: the platform's default); the client's own three are always there.
    for (const ConfigurationEntry &e : m_element.configuration) {
        if (e.oauthParameter.isEmpty())
            continue;
        const QString value = e.valueToSend(m_configuration.value(e.key));
        const bool client = e.oauthParameter == oauth::ApiKey || e.oauthParameter == oauth::ApiSecret
            || e.oauthParameter == oauth::CallbackUrl;
        if (!value.isEmpty() || client)
            add(e.oauthParameter, value);
    }
    if (forUrlCall && !m_requestToken.token.isEmpty())
        add(oauth::RequestToken, m_requestToken.token);
    if (forUrlCall && !m_state.isEmpty())
        add(oauth::State, m_state);
    return query;
}

CallbackRules ProvisioningFlow::callbackRules() const
{
    // Before the URL arrived (or after the callback was taken) no callback is expected:
    // the matcher refuses any with an empty expected value.
    QString expected;
    if (m_stage == Stage::AwaitingAuthorization)
        expected = m_element.authentication == Authentication::OAuth2 ? m_state : m_requestToken.token;
    return CallbackRules::forElement(m_element, callbackUrl(), expected);
}

void ProvisioningFlow::startAuthorization()
{
    if (!needsAuthorization()) {
        qCWarning(lcFlow) << "startAuthorization() for an element without OAuth ignored";
        return;
    }
    if (m_stage == Stage::Creating) {
        qCWarning(lcFlow) << "startAuthorization() while step 4 runs ignored";
        return;
    }
    // A new attempt replaces the call in flight: drop it without reporting it as failed
    // (cancel() would emit failed() and pass through Editing on the way).
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
    resetAuthorization();
    m_lastError = {};
    m_client->setEnvironment(m_environment);
    m_client->setCredentials(m_credentials);

    if (m_element.authentication == Authentication::OAuth2) {
        // No request token: the state binds the callback to this attempt.
        m_state = m_element.state == ElementDescription::OAuthState::ElementKey ? m_element.key : randomState();
        if (m_element.state == ElementDescription::OAuthState::Random)
            redaction::registerSecret(m_state);
        requestUrl();
        return;
    }

    setStage(Stage::RequestingToken);
    ApiReply *reply = m_client->requestToken(m_element.key, oauthParameters());
    adopt(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply != m_reply)
            return;
        if (!reply->succeeded()) {
            fail(Stage::Editing, reply->error());
            return;
        }
        m_requestToken = *RequestToken::fromJson(reply->json());
        requestUrl();
    });
}

void ProvisioningFlow::requestUrl()
{
    setStage(Stage::RequestingUrl);
    const bool oauth2 = m_element.authentication == Authentication::OAuth2;
    ApiReply *reply = oauth2 ? m_client->oauth2AuthorizationUrl(m_element.key, oauthParameters(true))
                             : m_client->authorizationUrl(m_element.key, oauthParameters(true));
    adopt(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, oauth2] {
        if (reply != m_reply)
            return;
        if (!reply->succeeded()) {
            m_requestToken = {};
            m_state.clear();
            fail(Stage::Editing, reply->error());
            return;
        }
        // The client checked the answer's shape already.
        m_authorizationUrl = oauth2 ? AuthorizationUrl::fromOAuth2Json(reply->json(), m_element.key, m_state)->url
                                    : AuthorizationUrl::fromJson(reply->json(), m_requestToken.token)->url;
        setStage(Stage::AwaitingAuthorization);
        Q_EMIT authorizationUrlReady(m_authorizationUrl);
    });
}

void ProvisioningFlow::cancel()
{
    if (!m_reply || m_reply->isFinished())
        return;
    // cancel() finishes the reply at once; its handler moves the stage back.
    m_reply->cancel();
}

void ProvisioningFlow::resetAuthorization()
{
    // A token or URL still on its way would otherwise bring back what is forgotten here
    // (an authorization URL for a token the flow no longer knows).
    if (m_stage == Stage::RequestingToken || m_stage == Stage::RequestingUrl)
        cancel();
    m_requestToken = {};
    m_state.clear();
    m_authorizationUrl = {};
    m_callback = {};
    if (m_stage == Stage::AwaitingAuthorization || m_stage == Stage::Authorized)
        setStage(Stage::Editing);
}

void ProvisioningFlow::restartAuthorization()
{
    qCDebug(lcFlow) << "back from the provider's page: a new attempt";
    startAuthorization();
}

void ProvisioningFlow::leaveAuthorization()
{
    cancel();
    resetAuthorization();
}

CallbackMatch ProvisioningFlow::handleNavigation(const QUrl &url, NavigationOrigin origin)
{
    if (!needsAuthorization())
        return {};  // no callback to wait for: every page is some other page
    const CallbackRules rules = callbackRules();
    const CallbackMatch match = matchCallback(rules, url, origin);
    switch (match.outcome) {
    case CallbackMatch::Outcome::NotCallback:
        break;
    case CallbackMatch::Outcome::Authorized:
        // The grant and whatever else the descriptor calls secret, from now on in no log.
        redaction::registerSecret(match.oauthVerifier);
        for (const ProviderDataEntry &f : m_element.providerData) {
            if (f.secret)
                redaction::registerSecret(match.parameters.value(f.key));
        }
        m_callback = match;
        qCInfo(lcFlow) << "authorization received";
        setStage(Stage::Authorized);
        Q_EMIT authorized();
        break;
    default:
        qCWarning(lcFlow).noquote() << "callback not accepted:" << match.message;
        Q_EMIT authorizationRejected(match);
        break;
    }
    return match;
}

InstanceRequest ProvisioningFlow::request() const
{
    InstanceRequest r;
    r.elementKey = m_element.key;
    r.configuration = m_configuration;
    r.configuration.insert(m_events.toConfiguration());
    r.name = m_name;
    r.tags = m_tags;
    for (const ProviderDataEntry &f : m_element.providerData) {
        QString value;
        if (f.source == ProviderDataEntry::Source::RequestToken) {
            // The request token's secret, unless the provider sent one with the callback.
            value = !m_callback.secret.isEmpty() && f.key == oauth::Secret ? m_callback.secret : m_requestToken.secret;
        } else if (m_callback.parameters.contains(f.key)) {
            value = m_callback.parameters.value(f.key);  // code, realmId, org...
        } else if (f.key == oauth::OAuthToken) {
            value = m_callback.oauthToken;
        } else if (f.key == oauth::OAuthVerifier) {
            value = m_callback.oauthVerifier;
        } else if (f.key == oauth::RefreshToken) {
            value = m_callback.refreshToken;
        } else if (f.key == oauth::Secret) {
            value = m_callback.secret;
        }
        if (!value.isEmpty())
            r.providerData.insert(f.key, value);
    }
    if (m_element.authentication == Authentication::OAuth1 && !m_callback.refreshToken.isEmpty()
        && !r.providerData.contains(oauth::RefreshToken))
        r.providerData.insert(oauth::RefreshToken, m_callback.refreshToken);
    r.normalise(m_element);
    return r;
}

bool ProvisioningFlow::canCreateInstance() const
{
    return needsAuthorization() ? m_stage == Stage::Authorized : m_stage == Stage::Editing;
}

void ProvisioningFlow::createInstance()
{
    if (!canCreateInstance()) {
        qCWarning(lcFlow) << "createInstance() in stage" << m_stage << "ignored";
        return;
    }
    const Stage before = m_stage;
    m_lastError = {};
    m_client->setEnvironment(m_environment);
    m_client->setCredentials(m_credentials);
    setStage(Stage::Creating);
    const qint64 target = m_reauthorizationTarget;
    ApiReply *reply = target > 0 ? m_client->updateInstance(target, request(), &m_element)
                                 : m_client->createInstance(request(), &m_element);
    adopt(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, target, before] {
        if (reply != m_reply)
            return;
        if (!reply->succeeded()) {
            fail(before, reply->error());
            return;
        }
        m_instance = *Instance::fromJson(reply->json());
        m_resultKept = false;
        setStage(Stage::Created);
        if (target > 0)
            Q_EMIT instanceReauthorized(m_instance);
        else
            Q_EMIT instanceCreated(m_instance);
    });
}

// ---------------------------------------------------------------------------------------
// Re-authorization: what differs from a creation is the target and step 4's call.

void ProvisioningFlow::setReauthorizationTarget(qint64 instanceId)
{
    if (m_stage == Stage::Creating) {
        qCWarning(lcFlow) << "setReauthorizationTarget() while step 4 runs: ignored";
        return;
    }
    m_reauthorizationTarget = qMax<qint64>(0, instanceId);
}

bool ProvisioningFlow::loadInstance(const Instance &instance, QString *problem)
{
    if (instance.id < 1) {
        if (problem)
            *problem = tr("The instance has no id.");
        return false;
    }
    if (!instance.elementKey.isEmpty() && instance.elementKey != m_element.key) {
        if (problem)
            *problem = tr("The instance %1 is of the element \"%2\", not %3.")
                           .arg(instance.id)
                           .arg(instance.elementKey, m_element.name);
        return false;
    }
    if (m_stage == Stage::Creating) {
        if (problem)
            *problem = tr("The instance is being created or re-authorized.");
        return false;
    }
    setReauthorizationTarget(instance.id);
    setName(instance.name);
    setTags(instance.tags);
    setEvents(EventSettings::fromInstance(instance.configuration));
    return true;
}

void ProvisioningFlow::markInputsAsBaseline()
{
    m_baselineConfiguration = m_configuration;
    m_baselineName = m_name;
    m_baselineTags = m_tags;
    m_baselineEvents = m_events;
}

void ProvisioningFlow::markResultKept()
{
    m_resultKept = true;
}

bool ProvisioningFlow::hasUnsavedWork() const
{
    if (m_stage == Stage::Created)
        return !m_resultKept;
    if (m_stage != Stage::Editing)
        return true;
    // An empty entry, or one holding its default (filled in when the form first showed the
    // element), is nobody's work.
    auto meaningful = [this](QMap<QString, QString> map) {
        for (auto it = map.begin(); it != map.end();) {
            const ConfigurationEntry *e = m_element.entry(it.key());
            const bool isDefault = e && e->hasDefault() && it.value() == e->defaultValue;
            it = it.value().trimmed().isEmpty() || isDefault ? map.erase(it) : std::next(it);
        }
        return map;
    };
    return meaningful(m_configuration) != meaningful(m_baselineConfiguration)
        || m_name.trimmed() != m_baselineName.trimmed() || m_tags != m_baselineTags || m_events != m_baselineEvents;
}

}  // namespace ce
