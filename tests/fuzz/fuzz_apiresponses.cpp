// Fuzzes the readers of Cloud Elements' answers with the same bytes: the JSON shapes
// (RequestToken, AuthorizationUrl, Instance, instancesFromJson), ApiError::fromHttp (error
// bodies, JSON or not) and redaction::body (what the request log shows of a body).
//
// Invariants: a shape that is accepted has what the flow relies on (non-empty token and
// secret, an absolute http(s) authorization URL carrying exactly one usable oauth_token,
// the expected one when given; positive instance ids); a refusal says why; an HTTP error
// has a text and bounded server fields; a secret-named JSON value never survives redaction.
#include "fuzzcommon.h"

#include "core/apierror.h"
#include "core/apitypes.h"
#include "core/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString IssuedToken = u"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7"_s;

void checkAuthorizationUrl(const QJsonValue &json, const QString &expected)
{
    QString why;
    const auto a = ce::AuthorizationUrl::fromJson(json, expected, &why);
    if (!a) {
        FUZZ_CHECK(!why.isEmpty());
        return;
    }
    const QString scheme = a->url.scheme().toLower();
    FUZZ_CHECK(a->url.isValid() && !a->url.isRelative() && !a->url.host().isEmpty());
    FUZZ_CHECK(scheme == "https"_L1 || scheme == "http"_L1);
    const QUrlQuery query(a->url);
    FUZZ_CHECK(query.allQueryItemValues(u"oauth_token"_s).size() == 1);
    const QString token = query.queryItemValue(u"oauth_token"_s, QUrl::FullyDecoded);
    FUZZ_CHECK(!token.isEmpty() && token != "null"_L1);
    if (!expected.isEmpty())
        FUZZ_CHECK(token == expected);
}

void checkInstance(const ce::Instance &i)
{
    FUZZ_CHECK(i.id > 0);
    FUZZ_CHECK(i.elementId >= 0);
}

// A message cut at 500 characters keeps a surrogate pair whole.
void checkCut(const QString &message)
{
    FUZZ_CHECK(message.size() <= 501);
    if (message.size() == 501) {
        FUZZ_CHECK(message.back() == u'…');
        FUZZ_CHECK(!message.at(499).isHighSurrogate());
    }
}

// What redaction::body must hide: scalar values of secret-named keys (isSecretName),
// collected with every other text of the document (keys, other values) in `visible`.
void collect(const QJsonValue &value, QSet<QString> *secrets, QSet<QString> *visible)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            visible->insert(it.key());
            const QJsonValue v = it.value();
            if (ce::redaction::isSecretName(it.key()) && v.isString())
                secrets->insert(v.toString());
            else if (!ce::redaction::isSecretName(it.key()) || v.isObject() || v.isArray())
                collect(v, secrets, visible);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, secrets, visible);
    } else if (value.isString()) {
        visible->insert(value.toString());
    } else {
        visible->insert(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
    }
}

void checkRedaction(const QByteArray &body, const QJsonDocument &doc)
{
    const QString redacted = QString::fromUtf8(ce::redaction::body(body));
    if (doc.isNull())
        return;
    QSet<QString> secrets, visible;
    collect(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &secrets, &visible);
    visible.insert(QString(ce::redaction::Mask));
    for (const QString &secret : std::as_const(secrets)) {
        // Judge only secrets that cannot show up for another reason: long enough, plain
        // characters (no JSON escaping), and not part of any text that may be shown.
        if (secret.size() < 6 || !std::all_of(secret.begin(), secret.end(), [](QChar c) {
                return c.unicode() < 0x80 && c.isLetterOrNumber();
            }))
            continue;
        if (std::any_of(visible.begin(), visible.end(), [&](const QString &v) { return v.contains(secret); }))
            continue;
        if (redacted.contains(secret))
            std::fprintf(stderr, "secret %s survives in %s\n", qPrintable(secret), qPrintable(redacted));
        FUZZ_CHECK(!redacted.contains(secret));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = ce::test::fuzz::bytes(data, size);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue json = doc.isObject() ? QJsonValue(doc.object())
                            : doc.isArray() ? QJsonValue(doc.array())
                                            : QJsonValue();

    QString why;
    if (const auto t = ce::RequestToken::fromJson(json, &why)) {
        FUZZ_CHECK(!t->token.trimmed().isEmpty() && !t->secret.trimmed().isEmpty());
        FUZZ_CHECK(t->token != "null"_L1);
    } else {
        FUZZ_CHECK(!why.isEmpty());
    }

    checkAuthorizationUrl(json, QString());
    checkAuthorizationUrl(json, IssuedToken);

    why.clear();
    if (const auto i = ce::Instance::fromJson(json, &why)) {
        checkInstance(*i);
        FUZZ_CHECK(i->raw == json.toObject());
    } else {
        FUZZ_CHECK(!why.isEmpty());
    }

    why.clear();
    if (const auto list = ce::instancesFromJson(json, &why)) {
        FUZZ_CHECK(json.isArray() && list->size() == json.toArray().size());
        for (const ce::Instance &i : *list)
            checkInstance(i);
    } else {
        FUZZ_CHECK(!why.isEmpty());
    }

    // The same bytes as an error answer, with a status and content type taken from them.
    const int status = 300 + int(qHashBits(body.constData(), size_t(body.size())) % 300);
    for (const QByteArray &type : {QByteArray("application/json"), QByteArray("text/html; charset=UTF-8"), QByteArray()}) {
        const ce::ApiError e = ce::ApiError::fromHttp(status, body, type, u"Creating the instance"_s);
        FUZZ_CHECK(e.kind == ce::ApiError::Kind::Http && e.isError() && e.httpStatus == status);
        FUZZ_CHECK(e.text.startsWith("Creating the instance failed"_L1));
        FUZZ_CHECK(e.text.endsWith(u'.') || e.text.endsWith(u".)"_s) || e.text.endsWith(u"\"."_s));
        FUZZ_CHECK(e.requestId.size() <= 64);
        checkCut(e.serverMessage);
        checkCut(e.providerMessage);
    }

    checkRedaction(body, doc);
    return 0;
}
