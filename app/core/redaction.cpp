#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce::redaction {

namespace {

struct Registry
{
    QMutex mutex;
    QStringList values;  // longest first, so that a secret containing another is masked whole
};

Registry &registry()
{
    static Registry r;
    return r;
}

QJsonValue maskJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretName(it.key()) && !it.value().isNull() && !it.value().isObject()
                && !it.value().isArray())
                it.value() = QJsonValue(QString(Mask));
            else
                it.value() = maskJson(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskJson(*it);
        return a;
    }
    return value;
}

}  // namespace

bool isSecretName(QStringView name)
{
    static const QSet<QString> exact = {
        u"apisecret"_s,   u"requesttoken"_s,  u"oauth_token"_s,   u"oauth_verifier"_s,
        u"secret"_s,      u"token"_s,         u"refresh_token"_s, u"access_token"_s,
        u"password"_s,    u"authorization"_s, u"usersecret"_s,    u"organizationsecret"_s,
        u"orgsecret"_s,   u"consumersecret"_s, u"oauth_token_secret"_s, u"verifier"_s,
        u"oauth_signature"_s, u"elementtoken"_s,
    };
    const QString lower = name.toString().toLower();
    if (exact.contains(lower))
        return true;
    for (const auto &suffix : {".secret"_L1, ".token"_L1, "_secret"_L1, "_token"_L1, ".password"_L1}) {
        if (lower.endsWith(suffix))
            return true;
    }
    return false;
}

void registerSecret(const QString &value)
{
    if (value.size() < 4)
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    const QString formEncoded = QString(encoded).replace("%20"_L1, "+"_L1);
    for (const QString &v : {value, encoded, formEncoded}) {
        if (!r.values.contains(v))
            r.values.append(v);
    }
    std::sort(r.values.begin(), r.values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void forgetSecrets()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.values.clear();
}

QString scrub(const QString &text)
{
    QString out = text;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        for (const QString &v : std::as_const(r.values))
            out.replace(v, Mask);
    }
    // An Authorization header, by name...
    static const QRegularExpression authHeader(u"\\b(Authorization\\s*[:=]\\s*\"?)([^\"\\r\\n]*)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    out.replace(authHeader, u"\\1"_s + Mask);
    // ...or by shape: "User x, Organization y[, Element z]", parts in any order.
    static const QRegularExpression authSequence(
        u"\\b(?:User|Organization|Element)\\s+[^,\\s\"']+"
        u"(?:\\s*,\\s*(?:User|Organization|Element)\\s+[^,\\s\"']+)+"_s);
    static const QRegularExpression authPart(u"\\b(User|Organization|Element)\\s+[^,\\s\"']+"_s);
    QString rebuilt;
    qsizetype last = 0;
    for (auto it = authSequence.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        rebuilt += QStringView(out).mid(last, m.capturedStart() - last);
        rebuilt += m.captured(0).replace(authPart, u"\\1 "_s + Mask);
        last = m.capturedEnd();
    }
    if (last > 0) {
        rebuilt += QStringView(out).mid(last);
        out = rebuilt;
    }
    // Secret query parameters in URLs and form bodies.
    static const QRegularExpression queryParam(
        u"([?&;](?:apiSecret|requestToken|oauth_token|oauth_verifier|oauth_token_secret|secret|token|"
        u"refresh_token|access_token|password|verifier)=)[^&#\\s\"'<>]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(queryParam, u"\\1"_s + Mask);
    return out;
}

QString url(const QUrl &input)
{
    QUrl u = input;
    if (u.hasQuery()) {
        QUrlQuery query(u);
        QUrlQuery masked;
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &[key, value] : items) {
            const QString decodedKey = QUrl::fromPercentEncoding(key.toUtf8());
            masked.addQueryItem(key, isSecretName(decodedKey) ? QString(Mask) : value);
        }
        u.setQuery(masked);
    }
    if (!u.password().isEmpty())
        u.setPassword(Mask);
    return scrub(u.toString(QUrl::FullyEncoded));
}

QByteArray body(const QByteArray &input)
{
    if (input.isEmpty())
        return input;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue masked = maskJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        const QJsonDocument out = masked.isObject() ? QJsonDocument(masked.toObject())
                                                    : QJsonDocument(masked.toArray());
        return scrub(QString::fromUtf8(out.toJson(QJsonDocument::Compact))).toUtf8();
    }
    // Form-encoded or text: scrub, and mask key=value pairs with secret names.
    QString text = scrub(QString::fromUtf8(input));
    static const QRegularExpression formParam(
        u"(^|[&\\s])((?:apiSecret|requestToken|oauth_token|oauth_verifier|secret|token|refresh_token|password)=)[^&\\s]*"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.replace(formParam, u"\\1\\2"_s + Mask);
    return text.toUtf8();
}

QByteArray authorizationHeader(const QByteArray &value)
{
    QList<QByteArray> parts;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray p = part.trimmed();
        const qsizetype space = p.indexOf(' ');
        parts.append((space > 0 ? p.left(space) : QByteArray("?")) + ' ' + QByteArray(Mask.latin1()));
    }
    return parts.join(", ");
}

namespace {
QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = scrub(message);
    if (previousHandler)
        previousHandler(type, context, clean);
}
}  // namespace

void installMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(redactingHandler);
}

}  // namespace ce::redaction
