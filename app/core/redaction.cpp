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

struct Registered
{
    QString value;
    QRegularExpression pattern;  // the value as written raw, percent-encoded or form-encoded
    QString anchor;              // its longest run of ASCII letters and digits: in every encoding
};

// Letters and digits are never percent-encoded, so the longest run of them appears in
// the secret however it was written.
QString anchorOf(const QString &value)
{
    QString best, run;
    for (const QChar c : value) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber()) {
            run += c;
            continue;
        }
        if (run.size() > best.size())
            best = run;
        run.clear();
    }
    return run.size() > best.size() ? run : best;
}

struct Registry
{
    QMutex mutex;
    QList<Registered> secrets;  // longest first, so that a secret containing another is masked whole
};

Registry &registry()
{
    static Registry r;
    return r;
}

// "%2b" or "%2B": a hex digit in either case.
QString hexClass(char16_t digit)
{
    const QChar c(digit);
    return c.isLetter() ? u"["_s + c.toUpper() + c.toLower() + u"]"_s : QString(c);
}

// A pattern that finds `value` however it was encoded on its way into a log line: each
// character may appear as itself or percent-encoded (UTF-8, hex in either case), and a
// space also as '+'. Encoders differ in what they escape (QUrlQuery keeps '+' and '/',
// toPercentEncoding escapes them), and one string can mix both.
QRegularExpression secretPattern(const QString &value)
{
    QString pattern;
    for (qsizetype i = 0; i < value.size(); ++i) {
        qsizetype length = 1;
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            length = 2;
        const QString ch = value.mid(i, length);
        i += length - 1;
        const char16_t c = ch.at(0).unicode();
        if (length == 1 && c < 0x80 && QChar(c).isLetterOrNumber()) {
            pattern += ch;  // letters and digits are never escaped in practice
            continue;
        }
        QStringList alternatives{QRegularExpression::escape(ch)};
        QString encoded;
        for (const char byte : ch.toUtf8()) {
            const QString hex = QString::number(uchar(byte), 16).rightJustified(2, u'0');
            encoded += u"%"_s + hexClass(hex.at(0).unicode()) + hexClass(hex.at(1).unicode());
        }
        alternatives.append(encoded);
        if (c == u' ')
            alternatives.append(u"\\+"_s);
        pattern += u"(?:"_s + alternatives.join(u'|') + u")"_s;
    }
    QRegularExpression re(pattern);
    if (!re.isValid())  // cannot happen with escaped input; never fall back to masking nothing
        re.setPattern(QRegularExpression::escape(value));
    return re;
}

// Masks the values of `name=value` pairs whose name is a secret one (isSecretName), in
// URLs (query and fragment), form bodies and free text: "?apiSecret=x",
// "&oauth_token_secret=y", "#access_token=z", "password=w".
QString maskNamedParameters(const QString &text)
{
    static const QRegularExpression parameter(
        u"(^|[?&;#\\s])([A-Za-z0-9_.%\\[\\]-]+)=([^&#\\s\"'<>]+)"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = parameter.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        if (!isSecretName(name))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(3) - last);
        out += Mask;
        last = m.capturedEnd(3);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

// Words that follow "User"/"Organization"/"Element" in ordinary sentences ("Missing:
// User secret, Organization secret."): not header values.
bool isOrdinaryWord(QString value)
{
    while (!value.isEmpty() && QStringView(u".,;:!?)").contains(value.back()))
        value.chop(1);
    static const QSet<QString> words = {u"secret"_s, u"secrets"_s, u"token"_s, u"tokens"_s,
                                        u"key"_s,    u"keys"_s,    u"id"_s,    u"name"_s};
    return words.contains(value.toLower());
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
        u"oauth_signature"_s, u"elementtoken"_s, u"client_secret"_s,
    };
    const QString lower = name.toString().toLower();
    if (exact.contains(lower))
        return true;
    for (const auto &suffix : {".secret"_L1, ".token"_L1, "_secret"_L1, "_token"_L1, ".password"_L1,
                               ".signature.key"_L1}) {
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
    for (const Registered &known : std::as_const(r.secrets)) {
        if (known.value == value)
            return;
    }
    r.secrets.append({value, secretPattern(value), anchorOf(value)});
    std::stable_sort(r.secrets.begin(), r.secrets.end(),
                     [](const Registered &a, const Registered &b) { return a.value.size() > b.value.size(); });
}

void forgetSecrets()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.secrets.clear();
}

QString scrub(const QString &text)
{
    QString out = text;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        for (const Registered &secret : std::as_const(r.secrets)) {
            // Most lines hold no secret: a plain substring search rules a secret out before
            // its regular expression runs.
            if (!secret.anchor.isEmpty() && !out.contains(secret.anchor))
                continue;
            out.replace(secret.pattern, Mask);
        }
    }
    // An Authorization header, by name...
    static const QRegularExpression authHeader(u"\\b(Authorization\\s*[:=]\\s*\"?)([^\"\\r\\n]*)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    out.replace(authHeader, u"\\1"_s + Mask);
    // ...or by shape: "User x, Organization y[, Element z]", parts in any order.
    static const QRegularExpression authSequence(
        u"\\b(?:User|Organization|Element)\\s+[^,\\s\"']+"
        u"(?:\\s*,\\s*(?:User|Organization|Element)\\s+[^,\\s\"']+)+"_s);
    static const QRegularExpression authPart(u"\\b(User|Organization|Element)\\s+([^,\\s\"']+)"_s);
    QString rebuilt;
    qsizetype last = 0;
    for (auto it = authSequence.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        rebuilt += QStringView(out).mid(last, m.capturedStart() - last);
        const QString sequence = m.captured(0);
        qsizetype partEnd = 0;
        for (auto parts = authPart.globalMatch(sequence); parts.hasNext();) {
            const auto part = parts.next();
            rebuilt += QStringView(sequence).mid(partEnd, part.capturedStart(2) - partEnd);
            rebuilt += isOrdinaryWord(part.captured(2)) ? part.captured(2) : QString(Mask);
            partEnd = part.capturedEnd(2);
        }
        rebuilt += QStringView(sequence).mid(partEnd);
        last = m.capturedEnd();
    }
    if (last > 0) {
        rebuilt += QStringView(out).mid(last);
        out = rebuilt;
    }
    // Secret query parameters in URLs and form bodies, by name.
    return maskNamedParameters(out);
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
    // Form-encoded or text: scrub() masks registered secrets and key=value pairs with
    // secret names.
    return scrub(QString::fromUtf8(input)).toUtf8();
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
