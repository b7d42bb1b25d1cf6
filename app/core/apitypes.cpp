#include "apitypes.h"

#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

// A required, non-empty string member.
bool requireString(const QJsonObject &o, const QString &key, QString *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fail(why, ApiError::tr("\"%1\" is missing").arg(key));
    if (!v.isString())
        return fail(why, ApiError::tr("\"%1\" is not a string").arg(key));
    if (v.toString().trimmed().isEmpty())
        return fail(why, ApiError::tr("\"%1\" is empty").arg(key));
    *out = v.toString();
    return true;
}

// Ids come as numbers (123) or, from some gateways, as numeric strings.
bool readId(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 1 || d > 9007199254740991.0 || d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 id = v.toString().toLongLong(&ok);
        if (ok && id > 0) {
            *out = id;
            return true;
        }
    }
    return false;
}

// Epoch milliseconds as text: whole numbers as integers; beyond 2^53 (where converting to
// qint64 could overflow, which is undefined) in the shortest form that reads back the same.
QString numberText(double d)
{
    if (std::abs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

bool readBool(const QJsonObject &o, const QString &key, bool *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isString() && (v.toString() == "true"_L1 || v.toString() == "false"_L1)) {
        *out = v.toString() == "true"_L1;
        return true;
    }
    return fail(why, ApiError::tr("\"%1\" is not true or false").arg(key));
}

}  // namespace

std::optional<RequestToken> RequestToken::fromJson(const QJsonValue &json, QString *why)
{
    if (!json.isObject()) {
        fail(why, ApiError::tr("expected an object with \"token\" and \"secret\""));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    RequestToken t;
    if (!requireString(o, u"token"_s, &t.token, why) || !requireString(o, u"secret"_s, &t.secret, why))
        return std::nullopt;
    if (t.token == "null"_L1) {
        fail(why, ApiError::tr("the request token is \"null\""));
        return std::nullopt;
    }
    return t;
}

std::optional<AuthorizationUrl> AuthorizationUrl::fromJson(const QJsonValue &json,
                                                           const QString &expectedToken, QString *why)
{
    if (!json.isObject()) {
        fail(why, ApiError::tr("expected an object with \"oauthUrl\""));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    QString text;
    if (!requireString(o, u"oauthUrl"_s, &text, why))
        return std::nullopt;
    AuthorizationUrl a;
    a.url = QUrl(text.trimmed(), QUrl::StrictMode);
    a.element = o.value("element"_L1).toString();
    const QString scheme = a.url.scheme().toLower();
    if (!a.url.isValid() || a.url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        fail(why, ApiError::tr("\"oauthUrl\" is not an absolute http(s) URL"));
        return std::nullopt;
    }
    const QUrlQuery query(a.url);
    // Twice is ambiguous: we would check the first, the provider might use the last.
    if (query.allQueryItemValues(u"oauth_token"_s).size() > 1) {
        fail(why, ApiError::tr("the authorization URL carries oauth_token more than once"));
        return std::nullopt;
    }
    const QString token = query.queryItemValue(u"oauth_token"_s, QUrl::FullyDecoded);
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

std::optional<Instance> Instance::fromJson(const QJsonValue &json, QString *why)
{
    if (!json.isObject()) {
        fail(why, ApiError::tr("expected an instance object"));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    Instance i;
    i.raw = o;
    if (!readId(o.value("id"_L1), &i.id)) {
        fail(why, ApiError::tr("\"id\" is missing or not a positive integer"));
        return std::nullopt;
    }
    const QJsonValue name = o.value("name"_L1);
    if (!name.isString()) {
        fail(why, ApiError::tr("\"name\" is missing or not a string"));
        return std::nullopt;
    }
    i.name = name.toString();
    const QJsonValue token = o.value("token"_L1);
    if (!token.isUndefined() && !token.isNull() && !token.isString()) {
        fail(why, ApiError::tr("\"token\" is not a string"));
        return std::nullopt;
    }
    i.token = token.toString();
    const QJsonValue element = o.value("element"_L1);
    if (element.isObject()) {
        const QJsonObject e = element.toObject();
        i.elementKey = e.value("key"_L1).toString();
        i.elementName = e.value("name"_L1).toString();
        readId(e.value("id"_L1), &i.elementId);
    } else if (!element.isUndefined() && !element.isNull()) {
        fail(why, ApiError::tr("\"element\" is not an object"));
        return std::nullopt;
    }
    if (!readBool(o, u"valid"_s, &i.valid, why) || !readBool(o, u"disabled"_s, &i.disabled, why)
        || !readBool(o, u"eventsEnabled"_s, &i.eventsEnabled, why))
        return std::nullopt;
    const QJsonValue tags = o.value("tags"_L1);
    if (tags.isArray()) {
        for (const QJsonValue &t : tags.toArray()) {
            if (t.isString())
                i.tags.append(t.toString());
            else if (t.isObject() && t.toObject().value("name"_L1).isString())
                i.tags.append(t.toObject().value("name"_L1).toString());  // older API: [{"name": ..}]
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        fail(why, ApiError::tr("\"tags\" is not a list"));
        return std::nullopt;
    }
    const QJsonValue config = o.value("configuration"_L1);
    if (config.isObject()) {
        i.configuration = config.toObject();
    } else if (!config.isUndefined() && !config.isNull()) {
        fail(why, ApiError::tr("\"configuration\" is not an object"));
        return std::nullopt;
    }
    const QJsonValue created = o.value("createdDate"_L1);
    if (created.isString())
        i.createdDate = created.toString();
    else if (created.isDouble())
        i.createdDate = numberText(created.toDouble());
    return i;
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
