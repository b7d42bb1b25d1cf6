// The instance resource: POST /instances (and /elements/{key}/instances), GET /instances,
// GET and DELETE /instances/{id}; what a create or re-authorization body must hold (the
// grant, the event settings).
#include "sandboxserver_p.h"

#include "core/logging.h"
#include "core/oauthparameters.h"
#include "core/redaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

namespace {

constexpr auto Masked = "********"_L1;

bool isEmptyValue(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    return false;
}

// Cloud Elements' common instance configuration for events.
constexpr auto EventsEnabledKey = "event.notification.enabled"_L1;
constexpr auto EventsCallbackKey = "event.notification.callback.url"_L1;
constexpr auto EventsVendorKey = "event.vendor.type"_L1;
constexpr auto EventsIntervalKey = "event.poller.refresh_interval"_L1;

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// What a JSON value is, for a message: "the JSON boolean true", "a number".
QString jsonKind(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"the JSON boolean true"_s : u"the JSON boolean false"_s;
    if (v.isDouble())
        return u"a number"_s;
    if (v.isArray())
        return u"a list"_s;
    if (v.isObject())
        return u"an object"_s;
    return u"\"%1\""_s.arg(v.toString());
}

}  // namespace

QString sandbox::jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<Reply> sandbox::readTags(const QJsonValue &value, QStringList *tags)
{
    if (!value.isArray())
        return jsonError(400, u"tags must be an array of strings."_s);
    QStringList out;
    for (const QJsonValue &t : value.toArray()) {
        if (!t.isString())
            return jsonError(400, u"tags must be an array of strings."_s);
        out.append(t.toString());
    }
    *tags = out;
    return std::nullopt;
}

std::optional<Reply> sandbox::checkEvents(const QJsonObject &configuration)
{
    // Configuration values are strings: a JSON boolean is the usual mistake, and the
    // platform would not take it for "true".
    const QJsonValue enabled = configuration.value(EventsEnabledKey);
    const bool isBooleanText = enabled == QJsonValue(u"true"_s) || enabled == QJsonValue(u"false"_s);
    if (!isAbsent(enabled) && !isBooleanText)
        return jsonError(400, u"configuration.%1 must be the string \"true\" or \"false\", not %2."_s.arg(
                                  EventsEnabledKey, jsonKind(enabled)));
    const bool on = enabled.toString() == "true"_L1;

    const QJsonValue callback = configuration.value(EventsCallbackKey);
    if (!isAbsent(callback) && !callback.isString())
        return jsonError(400,
                         u"configuration.%1 must be a string, not %2."_s.arg(EventsCallbackKey, jsonKind(callback)));
    const QString callbackText = callback.toString().trimmed();
    if (on && callbackText.isEmpty())
        return jsonError(400, u"configuration.%1 is required when %2 is \"true\": it is where the events are posted."_s
                                  .arg(EventsCallbackKey, EventsEnabledKey));
    if (!callbackText.isEmpty()) {
        const QUrl url(callbackText, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
            return jsonError(400, u"configuration.%1 must be an absolute http or https URL."_s.arg(EventsCallbackKey));
    }

    const QJsonValue vendor = configuration.value(EventsVendorKey);
    if (!isAbsent(vendor) && vendor != QJsonValue(u"webhook"_s) && vendor != QJsonValue(u"polling"_s))
        return jsonError(400, u"configuration.%1 must be \"webhook\" or \"polling\", not %2."_s.arg(
                                  EventsVendorKey, jsonKind(vendor)));

    const QJsonValue interval = configuration.value(EventsIntervalKey);
    if (!isAbsent(interval)) {
        const QString text = interval.toString();
        const bool digits = interval.isString() && !text.isEmpty()
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        bool fits = false;
        const int minutes = digits ? text.toInt(&fits) : 0;
        if (!fits || minutes <= 0)
            return jsonError(400, u"configuration.%1 must be a positive whole number of minutes as a string "
                                  u"(\"15\"), not %2."_s.arg(EventsIntervalKey, jsonKind(interval)));
        if (vendor != QJsonValue(u"polling"_s))
            return jsonError(400, u"configuration.%1 applies only when %2 is \"polling\"."_s.arg(EventsIntervalKey,
                                                                                               EventsVendorKey));
    }
    return std::nullopt;
}

Reply SandboxServerPrivate::handleCreate(const Request &in)
{
    if (auto refused = checkPlatformCall(in))
        return *refused;
    InstanceBody body;
    if (auto error = checkInstanceBody(in, in.arguments.value(0), &body))
        return *error;
    AcceptedGrant grant;
    if (auto error = checkGrant(*body.element, body.providerData, body.configuration, &grant))
        return *error;

    grant.consume();
    const QJsonObject instance = buildInstance(*body.element, body.json, body.tags, grant.site, nextInstanceId++);
    StoredInstance stored;
    stored.id = instance.value("id"_L1).toInt();
    stored.token = instance.value("token"_L1).toString();
    stored.tags = body.tags;
    stored.json = instance;
    instances.emplace(stored.id, stored);
    qCInfo(lcSandbox) << "sandbox: created instance" << stored.id << "of" << body.element->key;
    return jsonReply(200, instance);
}

std::optional<Reply> SandboxServerPrivate::checkPlatformCall(const Request &in) const
{
    QString elementToken;
    if (checkAuthorization(in, &elementToken) != Auth::Valid)
        return jsonError(401, InvalidSecretsMessage);
    if (elementToken.isEmpty() || in.endpoint == Endpoint::EnableInstance)
        return std::nullopt;  // enabling is what a disabled instance's token may still do
    for (const auto &[id, instance] : instances) {
        if (instance.token == elementToken && instance.disabled())
            return jsonError(403, u"The instance %1 is disabled: enable it with PUT /instances/%1/enabled."_s.arg(id));
    }
    return std::nullopt;
}

std::optional<Reply> SandboxServerPrivate::checkInstanceBody(const Request &in, const QString &pathKeyOrId,
                                                               InstanceBody *out) const
{
    QJsonObject body;
    if (auto refused = jsonObjectBody(in, &body))
        return refused;

    // The element: from the path, or from element.key (or element.id) of the body.
    const QJsonObject elementObject = body.value("element"_L1).toObject();
    QString keyOrId = pathKeyOrId;
    if (keyOrId.isEmpty()) {
        keyOrId = elementObject.value("key"_L1).toString().trimmed();
        if (keyOrId.isEmpty() && elementObject.value("id"_L1).isDouble())
            keyOrId = QString::number(elementObject.value("id"_L1).toInt());
        if (keyOrId.isEmpty())
            return jsonError(400, u"Missing required entries: element.key"_s);
    }
    const QJsonObject providerData = body.value("providerData"_L1).toObject();
    const QJsonObject configuration = body.value("configuration"_L1).toObject();
    // Of the element's modes (hubspot's OAuth 2.0 and API key), the one the body is for.
    const ElementDescription *e = nullptr;
    if (auto error = elementForBody(keyOrId, configuration, providerData, &e))
        return error;
    // What the descriptor calls secret stays out of the log of this call (an API key under
    // a name no rule knows: Stripe's "api.key"), as the app's client does.
    for (auto it = configuration.constBegin(); it != configuration.constEnd(); ++it) {
        if (e->isSecretConfigurationKey(it.key()))
            redaction::registerSecret(jsonText(it.value()));
    }
    for (const ProviderDataEntry &f : e->providerData) {
        if (f.secret)
            redaction::registerSecret(jsonText(providerData.value(f.key)));
    }
    const QString bodyKey = elementObject.value("key"_L1).toString().trimmed();
    if (!pathKeyOrId.isEmpty() && !bodyKey.isEmpty() && bodyKey != e->key)
        return jsonError(400, u"element.key \"%1\" does not match the element %2 of the path."_s.arg(bodyKey, e->key));

    // Every missing required entry, in one message.
    QStringList missing;
    for (const ProviderDataEntry &f : e->providerData) {
        if (f.required && isEmptyValue(providerData.value(f.key)))
            missing.append(u"providerData."_s + f.key);
    }
    for (const ConfigurationEntry &p : e->configuration) {
        if (p.required && !p.oauthOnly && isEmptyValue(configuration.value(p.key)))
            missing.append(u"configuration."_s + p.key);
    }
    if (!missing.isEmpty())
        return jsonError(400, u"Missing required entries: %1"_s.arg(missing.join(", "_L1)));

    QStringList tags;
    const QJsonValue tagsValue = body.value("tags"_L1);
    if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        if (auto error = sandbox::readTags(tagsValue, &tags))
            return error;
    }
    const QJsonValue nameValue = body.value("name"_L1);
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString())
        return jsonError(400, u"name must be a string."_s);
    if (auto error = sandbox::checkEvents(configuration))
        return error;

    out->element = e;
    out->json = body;
    out->providerData = providerData;
    out->configuration = configuration;
    out->tags = tags;
    return std::nullopt;
}

std::optional<Reply> SandboxServerPrivate::checkGrant(const ElementDescription &e, const QJsonObject &providerData,
                                                        const QJsonObject &configuration, AcceptedGrant *grant)
{
    switch (e.authentication) {
    case Authentication::OAuth1: {
        RequestToken *t = nullptr;
        if (auto error = checkOAuth1Grant(e, providerData, configuration, &t))
            return error;
        grant->site = t->site;
        grant->consume = [this, token = t->token] {
            if (const auto it = tokens.find(token); it != tokens.end())
                it->state = RequestToken::State::Consumed;
        };
        return std::nullopt;
    }
    case Authentication::OAuth2: {
        OAuth2Code *c = nullptr;
        if (auto error = checkOAuth2Grant(e, providerData, configuration, &c))
            return error;
        grant->site = c->site;
        grant->consume = [this, code = c->code] {
            if (const auto it = codes.find(code); it != codes.end())
                it->used = true;
        };
        return std::nullopt;
    }
    case Authentication::Credentials:
        break;
    }
    // Credentials: the required entries were checked with the body; nothing else to use up.
    if (const ConfigurationEntry *p = siteProperty(e))
        grant->site = normaliseSubdomain(jsonText(configuration.value(p->key)), p->domain);
    grant->consume = [] {};
    return std::nullopt;
}

// The request token, the verifier and the secret of an OAuth 1.0a grant are those this
// sandbox issued, the user allowed access, and the configuration is the one the token was
// issued for: an error reply when not, else nullopt and the token in *grant.
std::optional<Reply> SandboxServerPrivate::checkOAuth1Grant(const ElementDescription &e,
                                                              const QJsonObject &providerData,
                                                              const QJsonObject &configuration, RequestToken **grant)
{
    const QString tokenText = jsonText(providerData.value(oauth::OAuthToken));
    const auto tokenIt = tokens.find(tokenText);
    if (tokenIt == tokens.end())
        return jsonError(400, u"providerData.oauth_token is not a request token this sandbox issued: "
                              u"get one with GET /elements/%1/oauth/token."_s.arg(e.key));
    RequestToken &t = tokenIt.value();
    if (t.elementKey != e.key)
        return jsonError(400, u"providerData.oauth_token was issued for the element %1, not %2."_s.arg(t.elementKey, e.key));
    switch (t.state) {
    case RequestToken::State::Issued:
        return jsonError(400, u"The request token has not been authorized: the user has not allowed access yet."_s);
    case RequestToken::State::Refused:
        return jsonError(400, u"The user refused access for this request token: authorize again."_s);
    case RequestToken::State::Consumed:
        return jsonError(400, u"The request token has already been used for an instance: authorize again."_s);
    case RequestToken::State::Authorized:
        break;
    }
    if (jsonText(providerData.value(oauth::OAuthVerifier)) != t.verifier)
        return jsonError(400, u"providerData.oauth_verifier does not match the verifier issued for this request token."_s);
    for (const ProviderDataEntry &f : e.providerData) {
        if (f.source == ProviderDataEntry::Source::RequestToken && jsonText(providerData.value(f.key)) != t.secret)
            return jsonError(400, u"providerData.%1 does not match the secret of this request token."_s.arg(f.key));
    }
    QStringList differing;
    for (const ConfigurationEntry &p : e.configuration) {
        if (!p.required || p.oauthParameter.isEmpty() || !t.parameters.contains(p.oauthParameter))
            continue;
        QString given = jsonText(configuration.value(p.key));
        QString issued = t.parameters.value(p.oauthParameter);
        if (p.format == ConfigurationEntry::Format::Subdomain) {
            given = normaliseSubdomain(given, p.domain);
            issued = normaliseSubdomain(issued, p.domain);
        }
        if (given != issued)
            differing.append(u"configuration.%1 (%2)"_s.arg(p.key, p.oauthParameter));
    }
    if (!differing.isEmpty())
        return jsonError(400, u"The configuration does not match what the request token was issued for: %1"_s.arg(
                                  differing.join(", "_L1)));
    *grant = &t;
    return std::nullopt;
}

QJsonObject SandboxServerPrivate::buildInstance(const ElementDescription &e, const QJsonObject &body,
                                                  const QStringList &tags, const QString &site, int id)
{
    const QJsonObject requestConfig = body.value("configuration"_L1).toObject();

    // The values the response shows, by response key (unmasked: they fill the templates).
    QHash<QString, QString> responseValues;
    for (const ConfigurationEntry &p : e.configuration) {
        const QJsonValue v = requestConfig.value(p.key);
        if (isEmptyValue(v))
            continue;
        responseValues.insert(p.responseKey, p.format == ConfigurationEntry::Format::Subdomain
                                                 ? siteHost(e, normaliseSubdomain(jsonText(v), p.domain))
                                                 : jsonText(v));
    }
    if (const ConfigurationEntry *p = siteProperty(e); p && !responseValues.contains(p->responseKey))
        responseValues.insert(p->responseKey, siteHost(e, site));

    QJsonObject config;
    for (auto it = e.instanceDefaults.constBegin(); it != e.instanceDefaults.constEnd(); ++it) {
        if (it.value().isString()) {
            QString text = it.value().toString();
            for (auto rv = responseValues.cbegin(); rv != responseValues.cend(); ++rv)
                text.replace(u'{' + rv.key() + u'}', rv.value());
            config.insert(it.key(), text);
        } else {
            config.insert(it.key(), it.value());
        }
    }
    for (auto it = requestConfig.constBegin(); it != requestConfig.constEnd(); ++it) {
        const ConfigurationEntry *p = e.entry(it.key());
        const QString key = p ? p->responseKey : it.key();
        const bool secret = p ? p->isSecret() : redaction::isSecretName(it.key());
        if (secret)
            config.insert(key, QString(Masked));
        else if (p && responseValues.contains(key))
            config.insert(key, responseValues.value(key));
        else
            config.insert(key, it.value());
    }
    if (e.authentication == Authentication::OAuth1) {
        config.insert(u"oauth.user.token"_s, QString(Masked));
        config.insert(u"oauth.user.token.secret"_s, QString(Masked));
    } else if (e.authentication == Authentication::OAuth2) {
        // What the platform got for the code, kept by it (Box's example instance).
        config.insert(u"oauth.user.token"_s, QString(Masked));
        config.insert(u"oauth.user.refresh_token"_s, QString(Masked));
    }

    QString name = body.value("name"_L1).toString().trimmed();
    if (name.isEmpty())
        name = u"%1 instance %2"_s.arg(e.name).arg(id);

    QJsonArray tagArray;
    for (const QString &t : tags)
        tagArray.append(t);

    const QJsonObject elementJson{
        {u"id"_s, e.elementId},
        {u"name"_s, e.name},
        {u"key"_s, e.key},
        {u"description"_s, e.description},
        {u"image"_s, e.image},
        {u"active"_s, true},
        {u"deleted"_s, false},
        // FreshBooks' documented answer (OAuth 1.0a) says false: the flag means OAuth 2.0.
        {u"typeOauth"_s, e.authentication == Authentication::OAuth2},
        {u"authentication"_s, QJsonObject{{u"type"_s, e.isOAuth() ? ElementDescription::authenticationName(e.authentication)
                                                                  : u"custom"_s}}},
        {u"trialAccount"_s, false},
        {u"resources"_s, QJsonArray()},
    };
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"token"_s, QString::fromLatin1(randomBytes(26).toBase64())},
        {u"element"_s, elementJson},
        {u"provisionInteractions"_s, QJsonArray()},
        {u"valid"_s, true},
        {u"disabled"_s, false},
        {u"maxCacheSize"_s, 0},
        {u"cacheTimeToLive"_s, 0},
        {u"configuration"_s, config},
        {u"eventsEnabled"_s, config.value(EventsEnabledKey).toString() == "true"_L1},
        {u"cachingEnabled"_s, false},
        {u"traceLoggingEnabled"_s, false},
        {u"tags"_s, tagArray},
        {u"createdDate"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"user"_s, QJsonObject{{u"id"_s, 1}}},
    };
}

Reply SandboxServerPrivate::handleList(const Request &in)
{
    if (auto refused = checkPlatformCall(in))
        return *refused;
    QStringList wanted;
    const auto items = in.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == "tags[]"_L1 || key == "tags"_L1)
            wanted.append(value);
    }
    QJsonArray out;
    for (const auto &[id, instance] : instances) {
        // A lambda may not capture a structured binding before C++20 (clang refuses).
        const QStringList &tags = instance.tags;
        const bool matches = std::all_of(wanted.cbegin(), wanted.cend(),
                                         [&tags](const QString &t) { return tags.contains(t); });
        if (matches)
            out.append(instance.json);
    }
    return jsonReply(200, QJsonDocument(out));
}

// Every call on /instances/{id}: the secrets first, then the instance; an error reply
// when either is wrong, else nullopt and the instance in *found.
std::optional<Reply> SandboxServerPrivate::findInstance(const Request &in,
                                                          std::map<int, StoredInstance>::iterator *found)
{
    if (auto refused = checkPlatformCall(in))
        return refused;
    const QString id = in.arguments.at(0);
    bool ok = false;
    const int number = id.toInt(&ok);
    *found = ok ? instances.find(number) : instances.end();
    if (*found == instances.end())
        return jsonError(404, u"No instance found with id %1"_s.arg(id));
    return std::nullopt;
}

Reply SandboxServerPrivate::handleGet(const Request &in)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, &it))
        return *error;
    return jsonReply(200, it->second.json);
}

Reply SandboxServerPrivate::handleDelete(const Request &in)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, &it))
        return *error;
    const int number = it->first;
    instances.erase(it);
    qCInfo(lcSandbox) << "sandbox: deleted instance" << number;
    return Reply{};
}

}  // namespace ce
