#include "instancerequest.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// A JSON string literal with JSON's escaping (QJsonDocument does the escaping).
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);  // strip [ and ]
}

// Keys in the description's order, then any others alphabetically.
QStringList orderedKeys(const QMap<QString, QString> &map, const QStringList &preferred)
{
    QStringList keys;
    for (const QString &k : preferred) {
        if (map.contains(k))
            keys.append(k);
    }
    for (auto it = map.keyBegin(); it != map.keyEnd(); ++it) {
        if (!keys.contains(*it))
            keys.append(*it);
    }
    return keys;
}

// Offset of the key path in the text ("configuration" then "oauth.api.key"), found by
// looking for each quoted key in turn after the previous one; -1 when not found. Linear in
// the text: called only for the few problems that are described.
qsizetype offsetOf(const QByteArray &json, const QStringList &path)
{
    qsizetype pos = 0;
    for (const QString &key : path) {
        qsizetype found = -1;
        // Allow whitespace between the key and the colon.
        const QByteArray quoted = jsonString(key);
        for (qsizetype from = pos; (found = json.indexOf(quoted, from)) >= 0; from = found + 1) {
            qsizetype after = found + quoted.size();
            while (after < json.size() && QChar::isSpace(uchar(json.at(after))))
                ++after;
            if (after < json.size() && json.at(after) == ':')
                break;
        }
        if (found < 0)
            return -1;
        pos = found;
    }
    return pos;
}

// 1-based line numbers of offsets in a text: the line ends are found once, then each
// lookup is a binary search.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &text) : m_text(text) {}

    int lineAt(qsizetype offset)
    {
        if (!m_built) {
            for (qsizetype i = m_text.indexOf('\n'); i >= 0; i = m_text.indexOf('\n', i + 1))
                m_ends.push_back(i);
            m_built = true;
        }
        // Lines before `offset` end at the '\n's before it.
        return int(std::lower_bound(m_ends.cbegin(), m_ends.cend(), offset) - m_ends.cbegin()) + 1;
    }

private:
    const QByteArray &m_text;
    std::vector<qsizetype> m_ends;
    bool m_built = false;
};

// A name from the file as it appears in a message: a hostile file's key can be a megabyte.
QString shortened(const QString &text)
{
    constexpr qsizetype Max = 60;
    return text.size() <= Max ? text : text.left(Max - 1) + QChar(0x2026);  // …
}

void addIssue(QList<ValidationIssue> *issues, const QString &field, const QString &message, int line = 0)
{
    if (issues)
        issues->append({field, message, line});
}

// Configuration values may be numbers or booleans in hand-written files; Cloud Elements
// stores them as strings.
std::optional<QString> scalarToString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Integers as integers (the range check keeps the cast defined), anything else
        // in the shortest form that reads back the same: 0.1, not 0.10000000000000001.
        if (std::abs(d) < 9007199254740992.0 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return std::nullopt;
}

}  // namespace

bool InstanceRequest::isPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder(u"^\\s*<[A-Z0-9_ -]+>\\s*$"_s);
    return placeholder.match(value).hasMatch();
}

void InstanceRequest::normalise(const ElementDescription &element)
{
    elementKey = elementKey.trimmed();
    name = name.trimmed();
    for (auto it = providerData.begin(); it != providerData.end();) {
        const QString value = it.value().trimmed();
        const ProviderField *f = element.providerField(it.key());
        if (value.isEmpty() && (!f || !f->required)) {
            it = providerData.erase(it);
            continue;
        }
        it.value() = value;
        ++it;
    }
    for (auto it = configuration.begin(); it != configuration.end();) {
        QString value = it.value().trimmed();
        const ConfigProperty *p = element.property(it.key());
        if (p && p->format == ConfigProperty::Format::Subdomain && !isPlaceholder(value))
            value = normaliseSubdomain(value, p->domain);
        if (value.isEmpty() && (!p || !p->required)) {
            it = configuration.erase(it);
            continue;
        }
        it.value() = value;
        ++it;
    }
    QStringList cleanTags;
    QSet<QString> seen;  // not cleanTags.contains(): quadratic for a file with 100,000 tags
    for (const QString &t : std::as_const(tags)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !seen.contains(tag)) {
            seen.insert(tag);
            cleanTags.append(tag);
        }
    }
    tags = cleanTags;
}

QList<ValidationIssue> InstanceRequest::validateInputs(const ElementDescription &element) const
{
    QList<ValidationIssue> issues;
    for (const ConfigProperty &p : element.configuration) {
        const QString field = u"configuration."_s + p.key;
        const QString value = configuration.value(p.key).trimmed();
        if (value.isEmpty()) {
            if (p.required)
                issues.append({field, InstanceRequest::tr("%1 (%2) is missing.").arg(p.label, field), 0, true});
            continue;
        }
        if (isPlaceholder(value)) {
            // Not filled in: as missing as an empty entry when the entry is required.
            issues.append({field, InstanceRequest::tr("%1 (%2) is still the placeholder %3.").arg(p.label, field, value),
                           0, p.required});
            continue;
        }
        QString problem;
        if (p.format == ConfigProperty::Format::Subdomain)
            problem = checkSubdomain(normaliseSubdomain(value, p.domain), p.domain);
        else if (p.format == ConfigProperty::Format::Url)
            problem = checkHttpUrl(value);
        if (!problem.isEmpty())
            issues.append({field, InstanceRequest::tr("%1 (%2): %3").arg(p.label, field, problem)});
    }
    if (name.trimmed().isEmpty())
        issues.append({u"name"_s, InstanceRequest::tr("The instance name (name) is missing."), 0, true});
    else if (isPlaceholder(name))
        issues.append({u"name"_s, InstanceRequest::tr("The instance name (name) is still the placeholder %1.").arg(name.trimmed()),
                       0, true});
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags.at(i).trimmed().isEmpty())
            issues.append({u"tags[%1]"_s.arg(i), InstanceRequest::tr("Tag %1 is empty.").arg(i + 1)});
        else if (isPlaceholder(tags.at(i)))
            issues.append({u"tags[%1]"_s.arg(i),
                           InstanceRequest::tr("Tag %1 (tags[%2]) is still the placeholder %3.")
                               .arg(QString::number(i + 1), QString::number(i), tags.at(i).trimmed())});
    }
    return issues;
}

QList<ValidationIssue> InstanceRequest::validate(const ElementDescription &element) const
{
    QList<ValidationIssue> issues;
    if (elementKey.trimmed().isEmpty())
        issues.append({u"element.key"_s, InstanceRequest::tr("The element key (element.key) is missing."), 0, true});
    else if (elementKey.trimmed() != element.key)
        issues.append({u"element.key"_s,
                       InstanceRequest::tr("The element key is \"%1\", expected \"%2\".").arg(elementKey, element.key)});
    for (const ProviderField &f : element.providerData) {
        const QString field = u"providerData."_s + f.key;
        const QString value = providerData.value(f.key).trimmed();
        if (value.isEmpty() && f.required)
            issues.append({field, InstanceRequest::tr("%1 is missing: it comes from the OAuth exchange.").arg(field), 0, true});
        else if (isPlaceholder(value))
            issues.append({field, InstanceRequest::tr("%1 is still the placeholder %2.").arg(field, value), 0, f.required});
    }
    issues.append(validateInputs(element));
    return issues;
}

QString InstanceRequest::summary(const QList<ValidationIssue> &issues)
{
    QStringList missing;
    QStringList other;
    for (const ValidationIssue &issue : issues) {
        if (issue.missing)
            missing.append(issue.field);
        else
            other.append(issue.message);
    }
    QStringList parts;
    if (!missing.isEmpty())
        parts.append(InstanceRequest::tr("Missing required entries: %1.").arg(missing.join(", "_L1)));
    parts.append(other);
    return parts.join(u' ');
}

QJsonObject InstanceRequest::toJsonObject() const
{
    QJsonObject provider;
    for (auto it = providerData.cbegin(); it != providerData.cend(); ++it)
        provider.insert(it.key(), it.value());
    QJsonObject config;
    for (auto it = configuration.cbegin(); it != configuration.cend(); ++it)
        config.insert(it.key(), it.value());
    return QJsonObject{
        {u"element"_s, QJsonObject{{u"key"_s, elementKey}}},
        {u"providerData"_s, provider},
        {u"configuration"_s, config},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"name"_s, name},
    };
}

QByteArray InstanceRequest::toInstanceJson(const ElementDescription &element, Secrets secrets) const
{
    auto entries = [&](const QMap<QString, QString> &map, const QStringList &order,
                       auto placeholderOf) {
        QByteArrayList lines;
        for (const QString &key : orderedKeys(map, order)) {
            QString value = map.value(key);
            if (secrets != Secrets::Include) {
                const QString placeholder = placeholderOf(key);
                if (!placeholder.isNull())
                    value = secrets == Secrets::Masked ? u"********"_s : placeholder;
            }
            lines.append("    " + jsonString(key) + ": " + jsonString(value));
        }
        return lines.isEmpty() ? QByteArray("{}")
                               : "{\n" + lines.join(",\n") + "\n  }";
    };
    auto providerPlaceholder = [&](const QString &key) -> QString {
        const ProviderField *f = element.providerField(key);
        if (f && f->secret)
            return f->placeholder.isEmpty() ? u"<SECRET>"_s : f->placeholder;
        return f ? QString() : QString(u"<SECRET>"_s);  // unknown provider data: assume secret
    };
    auto configPlaceholder = [&](const QString &key) -> QString {
        if (!element.isSecretConfigurationKey(key))
            return {};
        const ConfigProperty *p = element.property(key);
        return p && !p->placeholder.isEmpty() ? p->placeholder : u"<SECRET>"_s;
    };

    QByteArrayList tagLines;
    for (const QString &t : tags)
        tagLines.append("    " + jsonString(t));
    const QByteArray tagsJson = tagLines.isEmpty() ? QByteArray("[]") : "[\n" + tagLines.join(",\n") + "\n  ]";

    QByteArray out = "{\n";
    out += "  \"element\": {\n    \"key\": " + jsonString(elementKey) + "\n  },\n";
    out += "  \"providerData\": " + entries(providerData, element.providerDataKeys(), providerPlaceholder) + ",\n";
    out += "  \"configuration\": " + entries(configuration, element.configurationKeys(), configPlaceholder) + ",\n";
    out += "  \"tags\": " + tagsJson + ",\n";
    out += "  \"name\": " + jsonString(name) + "\n";
    out += "}\n";
    return out;
}

std::optional<InstanceRequest> InstanceRequest::fromInstanceJson(const QByteArray &json,
                                                                 QList<ValidationIssue> *issues)
{
    if (json.trimmed().isEmpty()) {
        addIssue(issues, {}, InstanceRequest::tr("The file is empty."), 1);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    LineIndex lines(json);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lines.lineAt(parseError.offset);
        addIssue(issues, {}, InstanceRequest::tr("Line %1: this is not valid JSON (%2).").arg(line).arg(parseError.errorString()),
                 line);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        addIssue(issues, {}, InstanceRequest::tr("The file must hold one JSON object, like Cloud Elements' instance.json."), 1);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    InstanceRequest r;
    bool ok = true;
    qsizetype listed = 0;
    qsizetype omitted = 0;
    // `message` is built only for the problems that are described.
    auto fail = [&](const QString &field, const QStringList &path, auto message) {
        ok = false;
        if (!issues)
            return;
        if (listed == MaxListedIssues) {
            ++omitted;
            return;
        }
        ++listed;
        const qsizetype offset = offsetOf(json, path);  // an empty path: the start, line 1
        const int line = offset >= 0 ? lines.lineAt(offset) : 0;
        const QString text = message();
        addIssue(issues, field, line > 0 ? InstanceRequest::tr("Line %1: %2").arg(line).arg(text) : text, line);
    };

    const QJsonValue element = root.value("element"_L1);
    if (element.isUndefined()) {
        fail(u"element"_s, {}, [] { return InstanceRequest::tr("\"element\" is missing: it must be {\"key\": \"freshbooks\"}."); });
    } else if (!element.isObject()) {
        fail(u"element"_s, {u"element"_s},
             [] { return InstanceRequest::tr("\"element\" must be an object such as {\"key\": \"freshbooks\"}."); });
    } else {
        const QJsonValue key = element.toObject().value("key"_L1);
        const QStringList where = key.isUndefined() ? QStringList{u"element"_s} : QStringList{u"element"_s, u"key"_s};
        if (!key.isString() || key.toString().trimmed().isEmpty())
            fail(u"element.key"_s, where,
                 [] { return InstanceRequest::tr("\"element.key\" must be a non-empty string such as \"freshbooks\"."); });
        else
            r.elementKey = key.toString();
    }

    auto readMap = [&](const QString &section, QMap<QString, QString> *out) {
        const QJsonValue v = root.value(section);
        if (v.isUndefined() || v.isNull())
            return;  // validate() names what is missing
        if (!v.isObject()) {
            fail(section, {section},
                 [&] { return InstanceRequest::tr("\"%1\" must be an object of names and values.").arg(section); });
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isNull())
                continue;
            const auto s = scalarToString(it.value());
            if (!s) {
                fail(section + u'.' + it.key(), {section, it.key()},
                     [&] { return InstanceRequest::tr("\"%1.%2\" must be a string.").arg(section, shortened(it.key())); });
                continue;
            }
            out->insert(it.key(), *s);
        }
    };
    readMap(u"providerData"_s, &r.providerData);
    readMap(u"configuration"_s, &r.configuration);

    const QJsonValue tags = root.value("tags"_L1);
    if (tags.isString()) {
        r.tags.append(tags.toString());
    } else if (tags.isArray()) {
        const QJsonArray array = tags.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(u"tags[%1]"_s.arg(i), {u"tags"_s},
                     [i] { return InstanceRequest::tr("\"tags\" must hold only strings (entry %1 does not).").arg(i + 1); });
            else
                r.tags.append(array.at(i).toString());
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        fail(u"tags"_s, {u"tags"_s}, [] { return InstanceRequest::tr("\"tags\" must be a list of strings."); });
    }

    const QJsonValue name = root.value("name"_L1);
    if (name.isString())
        r.name = name.toString();
    else if (!name.isUndefined() && !name.isNull())
        fail(u"name"_s, {u"name"_s}, [] { return InstanceRequest::tr("\"name\" must be a string."); });

    if (omitted > 0 && issues)
        issues->append({{}, moreProblems(omitted), 0, false, omitted});
    if (!ok)
        return std::nullopt;
    return r;
}

QString InstanceRequest::moreProblems(qsizetype count)
{
    return InstanceRequest::tr("And %Ln more problems.", nullptr, int(qMin<qsizetype>(count, std::numeric_limits<int>::max())));
}

}  // namespace ce
