#include "apitypes.h"

#include "apierror.h"
#include "jsonfields.h"
#include "oauthparameters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

// The sentences of a malformed answer's problems (after "the answer is malformed: ").
QString wording(const json::Error &e)
{
    using json::Problem;
    if (e.key == "id"_L1)
        return ApiError::tr("\"id\" is missing or not a positive integer");
    if (e.key == "name"_L1)
        return ApiError::tr("\"name\" is missing or not a string");
    switch (e.problem) {
    case Problem::Missing:
        return ApiError::tr("\"%1\" is missing").arg(e.key);
    case Problem::Empty:
        return ApiError::tr("\"%1\" is empty").arg(e.key);
    default:
        break;
    }
    switch (e.expected) {
    case json::Type::Boolean:
        return ApiError::tr("\"%1\" is not true or false").arg(e.key);
    case json::Type::Object:
        return ApiError::tr("\"%1\" is not an object").arg(e.key);
    case json::Type::Array:
        return ApiError::tr("\"%1\" is not a list").arg(e.key);
    default:
        return ApiError::tr("\"%1\" is not a string").arg(e.key);
    }
}

// The value, or nullopt with the first problem in *why.
template <typename T>
std::optional<T> checked(const json::Errors &errors, T value, QString *why)
{
    if (errors.isEmpty())
        return value;
    fail(why, errors.firstMessage());
    return std::nullopt;
}

}  // namespace

std::optional<RequestToken> RequestToken::fromJson(const QJsonValue &json, QString *why)
{
    if (!json.isObject()) {
        fail(why, ApiError::tr("expected an object with \"token\" and \"secret\""));
        return std::nullopt;
    }
    json::Errors errors(wording);
    json::Reader o(json.toObject(), &errors);
    RequestToken t;
    t.token = o.string("token"_L1, json::Need::NonEmpty);
    t.secret = o.string("secret"_L1, json::Need::NonEmpty);
    if (t.token == "null"_L1)
        o.reject("token"_L1, ApiError::tr("the request token is \"null\""));
    return checked(errors, t, why);
}

namespace {

// What both kinds' answers to oauth/url share: {"oauthUrl": an absolute http(s) URL,
// "element": optionally its key}.
std::optional<AuthorizationUrl> readOAuthUrl(const QJsonValue &json, QString *why)
{
    if (!json.isObject()) {
        fail(why, ApiError::tr("expected an object with \"oauthUrl\""));
        return std::nullopt;
    }
    json::Errors errors(wording);
    json::Reader o(json.toObject(), &errors);
    const QString text = o.string("oauthUrl"_L1, json::Need::NonEmpty);
    if (!errors.isEmpty()) {
        fail(why, errors.firstMessage());
        return std::nullopt;
    }
    AuthorizationUrl a;
    a.url = QUrl(text.trimmed(), QUrl::StrictMode);
    a.element = o.value("element"_L1).toString();
    const QString scheme = a.url.scheme().toLower();
    if (!a.url.isValid() || a.url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        fail(why, ApiError::tr("\"oauthUrl\" is not an absolute http(s) URL"));
        return std::nullopt;
    }
    return a;
}

}  // namespace

std::optional<AuthorizationUrl> AuthorizationUrl::fromJson(const QJsonValue &json,
                                                           const QString &expectedToken, QString *why)
{
    auto read = readOAuthUrl(json, why);
    if (!read)
        return std::nullopt;
    AuthorizationUrl a = *read;
    const QUrlQuery query(a.url);
    // Twice is ambiguous: we would check the first, the provider might use the last.
    if (query.allQueryItemValues(oauth::OAuthToken).size() > 1) {
        fail(why, ApiError::tr("the authorization URL carries oauth_token more than once"));
        return std::nullopt;
    }
    const QString token = query.queryItemValue(oauth::OAuthToken, QUrl::FullyDecoded);
    if (token.isEmpty() || token == "null"_L1) {
        fail(why, ApiError::tr("the authorization URL carries no request token (oauth_token=%1)")
                      .arg(token.isEmpty() ? u"<empty>"_s : token));
        return std::nullopt;
    }
    if (!expectedToken.isEmpty() && token != expectedToken) {
        fail(why, ApiError::tr("the authorization URL is for another request token"));
        return std::nullopt;
    }
    return a;
}

std::optional<AuthorizationUrl> AuthorizationUrl::fromOAuth2Json(const QJsonValue &json, const QString &elementKey,
                                                                 const QString &expectedState, QString *why)
{
    auto read = readOAuthUrl(json, why);
    if (!read)
        return std::nullopt;
    AuthorizationUrl a = *read;
    if (!a.element.isEmpty() && !elementKey.isEmpty() && a.element != elementKey) {
        fail(why, ApiError::tr("the authorization URL is for the element \"%1\", not \"%2\"").arg(a.element, elementKey));
        return std::nullopt;
    }
    const QStringList states = QUrlQuery(a.url).allQueryItemValues(oauth::State, QUrl::FullyDecoded);
    if (states.size() > 1) {
        fail(why, ApiError::tr("the authorization URL carries state more than once"));
        return std::nullopt;
    }
    if (states.size() == 1 && states.first() != expectedState) {
        fail(why, ApiError::tr("the authorization URL carries another state than the one sent, so the callback "
                               "would not be accepted (a descriptor with \"state\": \"elementKey\" sends the "
                               "state this element keeps)"));
        return std::nullopt;
    }
    return a;
}

std::optional<Instance> Instance::fromJson(const QJsonValue &json, QString *why)
{
    if (!json.isObject()) {
        fail(why, ApiError::tr("expected an instance object"));
        return std::nullopt;
    }
    // Ids come as numbers (123) or, from some gateways, as numeric strings; booleans as
    // true or "true".
    json::Options lenient;
    lenient.scalarsFromText = true;
    json::Errors errors(wording);
    json::Reader o(json.toObject(), &errors, lenient);
    Instance i;
    i.raw = o.json();
    i.id = o.integer("id"_L1, json::Need::Required, 1).value_or(0);
    i.name = o.string("name"_L1, json::Need::Required);
    i.token = o.string("token"_L1);
    if (auto element = o.object("element"_L1)) {
        // What the platform says about its element is shown, never checked.
        i.elementKey = element->value("key"_L1).toString();
        i.elementName = element->value("name"_L1).toString();
        i.elementId = qMax<qint64>(0, json::toInteger(element->value("id"_L1), true).value_or(0));
    }
    i.valid = o.boolean("valid"_L1);
    i.disabled = o.boolean("disabled"_L1);
    i.eventsEnabled = o.boolean("eventsEnabled"_L1);
    for (const QJsonValue &t : o.array("tags"_L1)) {
        if (t.isString())
            i.tags.append(t.toString());
        else if (t.isObject() && t.toObject().value("name"_L1).isString())
            i.tags.append(t.toObject().value("name"_L1).toString());  // older API: [{"name": ..}]
    }
    if (auto configuration = o.object("configuration"_L1))
        i.configuration = configuration->json();
    const QJsonValue created = o.value("createdDate"_L1);
    if (created.isString())
        i.createdDate = created.toString();
    else if (created.isDouble())
        i.createdDate = json::numberText(created.toDouble());  // epoch milliseconds
    return checked(errors, i, why);
}

InstancePatch InstancePatch::normalised() const
{
    InstancePatch p;
    if (name)
        p.name = name->trimmed();
    if (tags) {
        QStringList clean;
        QSet<QString> seen;
        for (const QString &t : *tags) {
            const QString tag = t.trimmed();
            if (!tag.isEmpty() && !seen.contains(tag)) {
                seen.insert(tag);
                clean.append(tag);
            }
        }
        p.tags = clean;
    }
    return p;
}

QString InstancePatch::problem() const
{
    if (!name && !tags)
        return ApiError::tr("there is nothing to change: give a name, tags or both");
    if (name && name->trimmed().isEmpty())
        return ApiError::tr("the new name is empty");
    return {};
}

QJsonObject InstancePatch::toJson() const
{
    QJsonObject body;
    if (name)
        body.insert(u"name"_s, *name);
    if (tags)
        body.insert(u"tags"_s, QJsonArray::fromStringList(*tags));
    return body;
}

std::optional<QList<Instance>> instancesFromJson(const QJsonValue &json, QString *why)
{
    if (!json.isArray()) {
        fail(why, ApiError::tr("expected a list of instances"));
        return std::nullopt;
    }
    QList<Instance> list;
    const QJsonArray array = json.toArray();
    for (qsizetype n = 0; n < array.size(); ++n) {
        QString reason;
        auto instance = Instance::fromJson(array.at(n), &reason);
        if (!instance) {
            fail(why, ApiError::tr("entry %1: %2").arg(n + 1).arg(reason));
            return std::nullopt;
        }
        list.append(*instance);
    }
    return list;
}

}  // namespace ce
