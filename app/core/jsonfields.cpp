#include "jsonfields.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ce::json {

bool isSafeInteger(double value)
{
    return std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= MaxSafeInteger;
}

QString numberText(double value)
{
    if (isSafeInteger(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<qint64> toInteger(const QJsonValue &value, bool fromText)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (isSafeInteger(d))
            return qint64(d);
        return std::nullopt;
    }
    if (fromText && value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> toBoolean(const QJsonValue &value, bool fromText)
{
    if (value.isBool())
        return value.toBool();
    if (fromText && value.isString()) {
        const QString text = value.toString();
        if (text == "true"_L1)
            return true;
        if (text == "false"_L1)
            return false;
    }
    return std::nullopt;
}

QString Error::field() const
{
    QString f = where.isEmpty() ? key : key.isEmpty() ? where : where + u'.' + key;
    if (index >= 0)
        f += u'[' + QString::number(index) + u']';
    return f;
}

Errors::Errors(Wording wording, Keep keep, qsizetype maxDescribed)
    : m_wording(std::move(wording)), m_keep(keep), m_maxDescribed(maxDescribed)
{
}

void Errors::add(Error error)
{
    if (isStopped())
        return;
    ++m_count;
    if (m_described.size() >= m_maxDescribed)
        return;
    if (error.problem != Problem::Rejected && m_wording)
        error.message = m_wording(error);
    m_described.append(std::move(error));
}

Reader::Reader(const QJsonObject &object, Errors *errors, Options options, const QString &where,
               const Path &path)
    : m_object(object), m_errors(errors), m_options(options), m_where(where), m_path(path)
{
}

QString Reader::childWhere(const QString &key) const
{
    return m_where.isEmpty() ? key : m_where + u'.' + key;
}

void Reader::fail(Problem problem, Type type, const QString &key, qsizetype index, const QJsonValue &value,
                  const QString &text, const QString &message)
{
    if (!m_errors->describesNext()) {
        if (!stopped())
            m_errors->countOmitted();  // a hostile file's 100,000th problem costs a count
        return;
    }
    Error error;
    error.problem = problem;
    error.expected = type;
    error.where = m_where;
    error.key = key;
    error.index = index;
    error.null = value.isNull();
    error.value = text;
    error.message = message;
    error.path = m_path;
    if (!key.isEmpty() && m_object.contains(key)) {
        error.path.append({key});
        if (index >= 0)
            error.path.append({{}, index});
    }
    m_errors->add(std::move(error));
}

QJsonValue Reader::value(QLatin1StringView key)
{
    m_read.insert(key);
    return m_object.value(key);
}

std::optional<QJsonValue> Reader::member(QLatin1StringView key, Need need, Type type)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || (v.isNull() && m_options.nullIsAbsent)) {
        if (need != Need::Optional)
            fail(Problem::Missing, type, key, -1, v);
        return std::nullopt;
    }
    return v;
}

std::optional<QJsonValue> Reader::typed(QLatin1StringView key, Need need, Type type, bool (QJsonValue::*is)() const)
{
    if (stopped())
        return std::nullopt;
    const auto v = member(key, need, type);
    if (!v)
        return std::nullopt;
    if (!((*v).*is)()) {
        fail(Problem::WrongType, type, key, -1, *v);
        return std::nullopt;
    }
    return v;
}

QString Reader::string(QLatin1StringView key, Need need)
{
    const auto v = typed(key, need, Type::String, &QJsonValue::isString);
    if (!v)
        return {};
    const QString text = v->toString();
    if (need == Need::NonEmpty && text.trimmed().isEmpty())
        fail(Problem::Empty, Type::String, key, -1, *v);
    return text;
}

bool Reader::boolean(QLatin1StringView key, bool absent)
{
    if (stopped())
        return absent;
    const auto v = member(key, Need::Optional, Type::Boolean);
    if (!v)
        return absent;
    if (const auto b = toBoolean(*v, m_options.scalarsFromText))
        return *b;
    fail(Problem::WrongType, Type::Boolean, key, -1, *v);
    return absent;
}

std::optional<qint64> Reader::integer(QLatin1StringView key, Need need, qint64 min, qint64 max)
{
    if (stopped())
        return std::nullopt;
    const auto v = member(key, need, Type::Integer);
    if (!v)
        return std::nullopt;
    const auto n = toInteger(*v, m_options.scalarsFromText);
    if (n && *n >= min && *n <= max)
        return n;
    // A number, but not a whole one in range: Invalid, with the value; anything else: WrongType.
    const bool number = v->isDouble() || (m_options.scalarsFromText && v->isString());
    if (number)
        fail(Problem::Invalid, Type::Integer, key, -1, *v, v->isString() ? v->toString() : numberText(v->toDouble()));
    else
        fail(Problem::WrongType, Type::Integer, key, -1, *v);
    return std::nullopt;
}

QDateTime Reader::date(QLatin1StringView key, Need need)
{
    const auto v = typed(key, need, Type::Date, &QJsonValue::isString);
    if (!v)
        return {};
    const QDateTime dt = QDateTime::fromString(v->toString(), Qt::ISODateWithMs);
    if (!dt.isValid()
        || QDateTime::fromString(dt.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs) != dt) {
        fail(Problem::Invalid, Type::Date, key, -1, *v, v->toString());
        return {};
    }
    return dt.toUTC();
}

QStringList Reader::strings(QLatin1StringView key, Need need)
{
    QStringList list;
    const QJsonArray array = this->array(key, need);
    for (qsizetype i = 0; i < array.size() && !stopped(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString())
            list.append(item.toString());
        else
            fail(Problem::WrongType, Type::String, key, i, item);
    }
    return list;
}

QMap<QString, QString> Reader::stringMap(QLatin1StringView key, Need need, MapValues values)
{
    std::optional<Reader> entries = object(key, need);
    if (!entries)
        return {};
    QMap<QString, QString> map;
    const QJsonObject &o = entries->m_object;
    for (auto it = o.constBegin(); it != o.constEnd() && !stopped(); ++it) {
        const QJsonValue entry = it.value();
        if (entry.isString())
            map.insert(it.key(), entry.toString());
        else if (values == MapValues::Scalars && entry.isBool())
            map.insert(it.key(), entry.toBool() ? u"true"_s : u"false"_s);
        else if (values == MapValues::Scalars && entry.isDouble())
            map.insert(it.key(), numberText(entry.toDouble()));
        else if (!(values == MapValues::Scalars && entry.isNull()))
            entries->fail(Problem::WrongType, Type::String, it.key(), -1, entry);
    }
    return map;
}

QJsonArray Reader::array(QLatin1StringView key, Need need)
{
    const auto v = typed(key, need, Type::Array, &QJsonValue::isArray);
    return v ? v->toArray() : QJsonArray();
}

std::optional<Reader> Reader::object(QLatin1StringView key, Need need)
{
    const auto v = typed(key, need, Type::Object, &QJsonValue::isObject);
    if (!v)
        return std::nullopt;
    return Reader(v->toObject(), m_errors, m_options, childWhere(key), m_path + Path{{key}});
}

std::vector<Reader> Reader::objects(QLatin1StringView key, Need need)
{
    const QJsonArray array = this->array(key, need);
    std::vector<Reader> readers;
    readers.reserve(size_t(array.size()));
    const QString where = childWhere(key);
    for (qsizetype i = 0; i < array.size() && !stopped(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject())
            readers.emplace_back(item.toObject(), m_errors, m_options, u"%1[%2]"_s.arg(where).arg(i),
                                 m_path + Path{{key}, {{}, i}});
        else
            fail(Problem::WrongType, Type::Object, key, i, item);
    }
    return readers;
}

void Reader::invalid(QLatin1StringView key, const QString &value)
{
    fail(Problem::Invalid, Type::String, key, -1, m_object.value(key), value);
}

void Reader::reject(QLatin1StringView key, const QString &message)
{
    fail(Problem::Rejected, Type::String, key, -1, m_object.value(key), {}, message);
}

QJsonObject Reader::unread() const
{
    QJsonObject rest;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

void Reader::rejectUnreadKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !stopped(); ++it) {
        if (!m_read.contains(it.key()))
            fail(Problem::Unknown, Type::String, it.key(), -1, it.value());
    }
}

int TextLines::lineAt(qsizetype offset)
{
    if (!m_built) {
        for (qsizetype i = m_text.indexOf('\n'); i >= 0; i = m_text.indexOf('\n', i + 1))
            m_ends.push_back(i);
        m_built = true;
    }
    // Lines before `offset` end at the '\n's before it.
    return int(std::lower_bound(m_ends.cbegin(), m_ends.cend(), offset) - m_ends.cbegin()) + 1;
}

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &text, qsizetype p)
{
    while (p < text.size() && isSpace(text.at(p)))
        ++p;
    return p;
}

// From a string's opening quote, the position just after its closing one.
qsizetype skipString(const QByteArray &text, qsizetype p)
{
    for (++p; p < text.size(); ++p) {
        if (text.at(p) == '\\')
            ++p;
        else if (text.at(p) == '"')
            return p + 1;
    }
    return p;
}

// From a value's first character, the position just after it (in a text that parsed).
qsizetype skipValue(const QByteArray &text, qsizetype p)
{
    if (p >= text.size())
        return p;
    if (text.at(p) == '"')
        return skipString(text, p);
    if (text.at(p) != '[' && text.at(p) != '{') {  // a number, true, false, null
        while (p < text.size() && !isSpace(text.at(p)) && text.at(p) != ',' && text.at(p) != ']' && text.at(p) != '}')
            ++p;
        return p;
    }
    int depth = 0;
    while (p < text.size()) {
        const char c = text.at(p);
        if (c == '"') {
            p = skipString(text, p);
            continue;
        }
        if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && --depth == 0)
            return p + 1;
        ++p;
    }
    return p;
}

}  // namespace

int TextLines::lineOf(const Path &path)
{
    qsizetype at = 0;                            // where the step found so far is written
    qsizetype value = skipSpace(m_text, 0);      // where its value starts
    for (const PathStep &step : path) {
        if (step.index < 0) {
            // A member of the object at `value`: its own keys in turn, each value skipped
            // whole (a member of the same name inside an earlier one is not it).
            if (value >= m_text.size() || m_text.at(value) != '{')
                return 0;
            const QByteArray key = quoted(step.key);
            qsizetype p = skipSpace(m_text, value + 1);
            for (;;) {
                if (p >= m_text.size() || m_text.at(p) != '"')
                    return 0;  // the end of the object: no such member
                const qsizetype keyEnd = skipString(m_text, p);
                const qsizetype colon = skipSpace(m_text, keyEnd);
                if (colon >= m_text.size() || m_text.at(colon) != ':')
                    return 0;
                const qsizetype memberValue = skipSpace(m_text, colon + 1);
                if (QByteArrayView(m_text).sliced(p, keyEnd - p) == key) {
                    at = p;
                    value = memberValue;
                    break;
                }
                p = skipSpace(m_text, skipValue(m_text, memberValue));
                if (p >= m_text.size() || m_text.at(p) != ',')
                    return 0;
                p = skipSpace(m_text, p + 1);
            }
        } else {
            // The item of the array at `value`: skip the ones before it.
            if (value >= m_text.size() || m_text.at(value) != '[')
                return 0;
            qsizetype p = skipSpace(m_text, value + 1);
            for (qsizetype i = 0; i < step.index; ++i) {
                p = skipSpace(m_text, skipValue(m_text, p));
                if (p >= m_text.size() || m_text.at(p) != ',')
                    return 0;
                p = skipSpace(m_text, p + 1);
            }
            at = value = p;
        }
    }
    return lineAt(at);
}

QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);  // without [ and ]
}

}  // namespace ce::json
