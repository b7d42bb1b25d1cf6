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
        // As a JSON string writes it: \" \\ \/ \n..., or \uXXXX (any character, hex in
        // either case, a surrogate pair as two).
        switch (c) {
        case u'"': alternatives.append(QRegularExpression::escape(u"\\\""_s)); break;
        case u'\\': alternatives.append(QRegularExpression::escape(u"\\\\"_s)); break;
        case u'/': alternatives.append(QRegularExpression::escape(u"\\/"_s)); break;
        case u'\b': alternatives.append(QRegularExpression::escape(u"\\b"_s)); break;
        case u'\f': alternatives.append(QRegularExpression::escape(u"\\f"_s)); break;
        case u'\n': alternatives.append(QRegularExpression::escape(u"\\n"_s)); break;
        case u'\r': alternatives.append(QRegularExpression::escape(u"\\r"_s)); break;
        case u'\t': alternatives.append(QRegularExpression::escape(u"\\t"_s)); break;
        default: break;
        }
        QString unicodeEscape;
        for (const QChar unit : ch) {
            const QString hex = QString::number(unit.unicode(), 16).rightJustified(4, u'0');
            unicodeEscape += u"\\\\u"_s;
            for (const QChar digit : hex)
                unicodeEscape += hexClass(digit.unicode());
        }
        alternatives.append(unicodeEscape);
        pattern += u"(?:"_s + alternatives.join(u'|') + u")"_s;
    }
    QRegularExpression re(pattern);
    if (!re.isValid())  // cannot happen with escaped input; never fall back to masking nothing
        re.setPattern(QRegularExpression::escape(value));
    return re;
}

// What a text may hold, found in one pass without allocating: most log lines hold none
// of it, and skip the regular expressions that would look for it.
struct Hints
{
    bool secretName = false;     // one of the words every secret name contains, or a '%' that could hide one
    bool authorization = false;  // "authorization", in any case
    bool authParts = false;      // "User", "Organization" or "Element"
};

Hints hintsOf(QStringView text)
{
    const qsizetype n = text.size();
    // Whether `word` (lower case) starts at i, in any case.
    const auto at = [&](qsizetype i, QLatin1StringView word) {
        if (n - i < word.size())
            return false;
        for (qsizetype k = 0; k < word.size(); ++k) {
            char16_t c = text[i + k].unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + 0x20);
            if (c != char16_t(word[k].unicode()))
                return false;
        }
        return true;
    };
    Hints h;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        // Every name isSecretName() accepts contains secret, token, verifier, passw(ord),
        // passphrase, signature or authorization.
        switch (c | 0x20) {  // ASCII letters in lower case; nothing else becomes a letter
        case u's': h.secretName = h.secretName || at(i, "secret"_L1) || at(i, "signature"_L1); break;
        case u't': h.secretName = h.secretName || at(i, "token"_L1); break;
        case u'v': h.secretName = h.secretName || at(i, "verifier"_L1); break;
        case u'p': h.secretName = h.secretName || at(i, "passw"_L1) || at(i, "passphrase"_L1); break;
        case u'a':
            if (at(i, "authorization"_L1))
                h.secretName = h.authorization = true;
            break;
        case u'%': h.secretName = true; break;
        case u'u': h.authParts = h.authParts || (c == u'U' && at(i, "user"_L1)); break;
        case u'o': h.authParts = h.authParts || (c == u'O' && at(i, "organization"_L1)); break;
        case u'e': h.authParts = h.authParts || (c == u'E' && at(i, "element"_L1)); break;
        default: break;
        }
        if (h.secretName && h.authorization && h.authParts)
            break;
    }
    return h;
}

// Where the value that starts at `from` ends: a quoted value ("x", 'x', or \"x\" inside
// an escaped string) at its closing quote, a bare one at the first character that ends a
// value in a query (after '=') or in JSON and prose (after ':'). `start` is where the
// value proper begins (after an opening quote).
qsizetype valueEnd(QStringView text, qsizetype from, QChar separator, qsizetype *start)
{
    const qsizetype n = text.size();
    if (from + 1 < n && text.at(from) == u'\\' && text.at(from + 1) == u'"') {
        *start = from + 2;  // {\"token\":\"x\"}, as QDebug quotes a string of JSON
        for (qsizetype i = *start; i < n; ++i) {
            if (text.at(i) == u'\n')
                return i;
            if (text.at(i) == u'\\' && i + 1 < n) {
                if (text.at(i + 1) == u'"')
                    return i;
                ++i;
            }
        }
        return n;
    }
    if (from < n && (text.at(from) == u'"' || text.at(from) == u'\'')) {
        const QChar quote = text.at(from);
        *start = from + 1;
        for (qsizetype i = *start; i < n; ++i) {
            if (text.at(i) == quote || text.at(i) == u'\n')
                return i;
            if (text.at(i) == u'\\')
                ++i;  // an escaped character, perhaps the quote
        }
        return n;
    }
    *start = from;
    const QStringView ends = separator == u'=' ? QStringView(u"&#\"'<>") : QStringView(u"&#\"'<>,;{}[]()\\");
    qsizetype i = from;
    while (i < n && !text.at(i).isSpace() && !ends.contains(text.at(i)))
        ++i;
    // Punctuation of the sentence around it: "(oauth_token=null).", "apiSecret=x, then".
    while (i > from && QStringView(u").,;:!?").contains(text.at(i - 1)))
        --i;
    return i;
}

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.'
        || u == u'%' || u == u'[' || u == u']' || u == u'-';
}

// Masks the values of secret-named keys (isSecretName) however a line writes them: in
// URLs and form bodies ("?apiSecret=x", "&oauth_token_secret=y", "#access_token=z"), in
// prose ("apiSecret: x", "password = y"), and in JSON inside a line
// ({"requestTokenSecret":"x"}, 'token': 'y', and {\"token\":\"z\"} as QDebug quotes it).
// One pass: at each '=' or ':', the name before it is read backwards (it ends at the
// separator before it, so no character is read twice), and a masked value is skipped.
QString maskNamedValues(const QString &text)
{
    const qsizetype n = text.size();
    QString out;
    qsizetype last = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar separator = text.at(i);
        if (separator != u'=' && separator != u':')
            continue;
        // Backwards: blanks, a closing quote (perhaps escaped), the name, its opening quote.
        qsizetype j = i;
        while (j > last && (text.at(j - 1) == u' ' || text.at(j - 1) == u'\t'))
            --j;
        bool quoted = false;
        if (j > last && (text.at(j - 1) == u'"' || text.at(j - 1) == u'\'')) {
            quoted = true;
            --j;
            if (j > last && text.at(j - 1) == u'\\')
                --j;
        }
        const qsizetype nameEnd = j;
        while (j > last && isNameCharacter(text.at(j - 1)))
            --j;
        const qsizetype nameStart = j;
        if (nameStart == nameEnd || (nameStart == last && last > 0))
            continue;  // no name, or one that began inside a value masked already
        if (quoted && !(nameStart > 0 && (text.at(nameStart - 1) == u'"' || text.at(nameStart - 1) == u'\'')))
            continue;
        const QStringView name = QStringView(text).mid(nameStart, nameEnd - nameStart);
        const bool secret = name.contains(u'%') ? isSecretName(QUrl::fromPercentEncoding(name.toUtf8()))
                                                : isSecretName(name);
        if (!secret)
            continue;
        qsizetype from = i + 1;
        while (from < n && (text.at(from) == u' ' || text.at(from) == u'\t'))
            ++from;
        qsizetype start = 0;
        const qsizetype end = valueEnd(text, from, separator, &start);
        const QStringView value = QStringView(text).mid(start, end - start);
        // Nothing there, a JSON literal (null, true, false: no secret), or masked already.
        if (value.isEmpty() || value == Mask || value == u"null" || value == u"true" || value == u"false")
            continue;
        out += QStringView(text).mid(last, start - last);
        out += Mask;
        last = end;
        i = end - 1;  // on after the value ('=' in a base64 value is not a separator)
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
    // Called for every "name=" and "name:" in a line that may hold one: no allocation.
    static constexpr QLatin1StringView exact[] = {
        "apisecret"_L1,   "requesttoken"_L1,  "oauth_token"_L1,   "oauth_verifier"_L1,
        "secret"_L1,      "token"_L1,         "refresh_token"_L1, "access_token"_L1,
        "password"_L1,    "authorization"_L1, "usersecret"_L1,    "organizationsecret"_L1,
        "orgsecret"_L1,   "consumersecret"_L1, "oauth_token_secret"_L1, "verifier"_L1,
        "oauth_signature"_L1, "elementtoken"_L1, "client_secret"_L1,
    };
    // The last word of a name says what it holds: oauth.verifier, requestTokenSecret,
    // oauth_token_secret, user-password. (hintsOf() must find every name accepted here.)
    static constexpr QLatin1StringView lastWords[] = {"secret"_L1,   "token"_L1,  "verifier"_L1,
                                                      "password"_L1, "passwd"_L1, "passphrase"_L1};
    const auto isOneOf = [](QStringView word, const auto &list) {
        for (const QLatin1StringView candidate : list) {
            if (word.size() == candidate.size() && word.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (isOneOf(name, exact) || name.endsWith(".signature.key"_L1, Qt::CaseInsensitive))
        return true;
    // After the last '.', '_' or '-', from the last capital that follows a small letter.
    qsizetype start = name.size();
    while (start > 0) {
        const QChar c = name.at(start - 1);
        if (c == u'.' || c == u'_' || c == u'-')
            break;
        --start;
        if (c.isUpper() && start > 0 && name.at(start - 1).isLower())
            break;
    }
    return isOneOf(name.mid(start), lastWords);
}

void registerSecret(const QString &value)
{
    // Too short, or a JSON literal a server put where a secret belongs (Cloud Elements'
    // documented oauth_token=null): masking those everywhere would hide ordinary words.
    if (value.size() < 4 || value.compare("null"_L1, Qt::CaseInsensitive) == 0
        || value.compare("true"_L1, Qt::CaseInsensitive) == 0 || value.compare("false"_L1, Qt::CaseInsensitive) == 0)
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
    const Hints hints = hintsOf(out);
    if (hints.authorization)
        out.replace(authHeader, u"\\1"_s + Mask);
    if (!hints.authParts)
        return hints.secretName ? maskNamedValues(out) : out;
    // ...or by shape: "User x, Organization y[, Element z]", parts in any order.
    // A value ends before the punctuation of the sentence around it ("... Organization
    // y).", "... Organization y…"), which stays, as maskNamedValues() leaves it.
    static const QString value = u"[^,\\s\"']*[^,\\s\"'.;:!?)\\]}\u2026]"_s;
    static const QRegularExpression authSequence(
        u"\\b(?:User|Organization|Element)\\s+"_s + value
        + u"(?:\\s*,\\s*(?:User|Organization|Element)\\s+"_s + value + u")+"_s);
    static const QRegularExpression authPart(u"\\b(User|Organization|Element)\\s+("_s + value + u")"_s);
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
    // Secret-named values: query parameters, form bodies, "name: value", JSON in a line.
    return hints.secretName ? maskNamedValues(out) : out;
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
