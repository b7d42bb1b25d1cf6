#include "instancerequest.h"

#include "displaytext.h"
#include "events.h"
#include "jsonfields.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

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

// A name from the file as it appears in a message: a hostile file's key can be a megabyte.
QString shortened(const QString &text)
{
    constexpr qsizetype Max = 60;
    return text.size() <= Max ? text : text.left(Max - 1) + QChar(0x2026);  // …
}

void addIssue(QList<ValidationIssue> *issues, const QString &message, int line)
{
    if (issues)
        issues->append({{}, message, line});
}

// The sentences of instance.json's structure problems (see fromInstanceJson()).
QString wording(const json::Error &e)
{
    using json::Problem;
    if (e.where.isEmpty() && e.key == "element"_L1) {
        return e.problem == Problem::Missing && !e.null
            ? InstanceRequest::tr("\"element\" is missing: it must be {\"key\": \"<element key>\"}.")
            : InstanceRequest::tr("\"element\" must be an object such as {\"key\": \"<element key>\"}.");
    }
    if (e.where == "element"_L1)
        return InstanceRequest::tr("\"element.key\" must be a non-empty string: the element key.");
    if (e.where.isEmpty() && e.key == "tags"_L1) {
        return e.index >= 0 ? InstanceRequest::tr("\"tags\" must hold only strings (entry %1 does not).").arg(e.index + 1)
                            : InstanceRequest::tr("\"tags\" must be a list of strings.");
    }
    if (e.where.isEmpty() && e.key == "name"_L1)
        return InstanceRequest::tr("\"name\" must be a string.");
    if (e.where.isEmpty())  // providerData, configuration
        return InstanceRequest::tr("\"%1\" must be an object of names and values.").arg(e.key);
    return InstanceRequest::tr("\"%1.%2\" must be a string.").arg(e.where, shortened(e.key));
}

}  // namespace

bool InstanceRequest::isPlaceholder(const QString &value)
{
    return ce::isPlaceholder(value);
}

void InstanceRequest::normalise(const ElementDescription &element)
{
    elementKey = elementKey.trimmed();
    name = name.trimmed();
    for (auto it = providerData.begin(); it != providerData.end();) {
        const QString value = it.value().trimmed();
        const ProviderDataEntry *f = element.providerDataEntry(it.key());
        if (value.isEmpty() && (!f || !f->required)) {
            it = providerData.erase(it);
            continue;
        }
        it.value() = value;
        ++it;
    }
    // A hidden entry always sends its default, whatever was given.
    for (const ConfigurationEntry &e : element.configuration) {
        if (e.hidden)
            configuration.insert(e.key, e.defaultValue);
    }
    for (auto it = configuration.begin(); it != configuration.end();) {
        const ConfigurationEntry *e = element.entry(it.key());
        const QString value = e ? e->valueToSend(it.value()) : it.value().trimmed();
        bool leaveOut = value.isEmpty() && (!e || !e->required);
        if (e && e->oauthOnly)
            leaveOut = true;  // its value goes only to its OAuth parameter
        // A boolean the user may leave alone is sent only when it differs from the platform's
        // default (which the descriptor's default is).
        if (e && e->type == ConfigurationEntry::Type::Boolean && !e->required && !e->hidden
            && value == (e->hasDefault() ? e->defaultValue : u"false"_s))
            leaveOut = true;
        if (leaveOut) {
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

namespace {

// The problems of the configuration entries. `body`: of a POST /instances body, which holds
// no oauthOnly entry (else of the inputs, which do).
QList<ValidationIssue> configurationIssues(const InstanceRequest &request, const ElementDescription &element, bool body)
{
    using Type = ConfigurationEntry::Type;
    using Format = ConfigurationEntry::Format;
    QList<ValidationIssue> issues;
    for (const ConfigurationEntry &p : element.configuration) {
        if (p.hidden || (body && p.oauthOnly))
            continue;  // a hidden entry's value is its default, checked when the descriptor was read
        const QString id = field::configuration(p.key);
        const QString label = p.displayLabel();
        const QString value = request.configuration.value(p.key).trimmed();
        if (value.isEmpty()) {
            if (p.required)
                issues.append({id, InstanceRequest::tr("%1 (%2) is missing.").arg(label, id), 0, true});
            continue;
        }
        if (isPlaceholder(value)) {
            // Not filled in: as missing as an empty entry when the entry is required.
            issues.append({id, InstanceRequest::tr("%1 (%2) is still the placeholder %3.").arg(label, id, value),
                           0, p.required});
            continue;
        }
        QString problem;
        if (p.type == Type::Boolean && value != "true"_L1 && value != "false"_L1)
            problem = InstanceRequest::tr("It must be true or false.");
        else if (p.type == Type::Choice && !p.option(value))
            problem = InstanceRequest::tr("\"%1\" is not one of the choices.").arg(value);
        else if (p.format == Format::Subdomain)
            problem = checkSubdomain(normaliseSubdomain(value, p.domain), p.domain);
        else if (p.format == Format::Url)
            problem = checkHttpUrl(value);
        if (!problem.isEmpty())
            issues.append({id, InstanceRequest::tr("%1 (%2): %3").arg(label, id, problem)});
    }
    return issues;
}

}  // namespace

QList<ValidationIssue> InstanceRequest::validateInputs(const ElementDescription &element) const
{
    QList<ValidationIssue> issues = configurationIssues(*this, element, false);
    nameAndTagIssues(&issues);
    return issues;
}

void InstanceRequest::nameAndTagIssues(QList<ValidationIssue> *issues) const
{
    if (name.trimmed().isEmpty())
        issues->append({field::Name, InstanceRequest::tr("The instance name (name) is missing."), 0, true});
    else if (isPlaceholder(name))
        issues->append({field::Name, InstanceRequest::tr("The instance name (name) is still the placeholder %1.").arg(name.trimmed()),
                        0, true});
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags.at(i).trimmed().isEmpty())
            issues->append({field::tag(i), InstanceRequest::tr("Tag %1 is empty.").arg(i + 1)});
        else if (isPlaceholder(tags.at(i)))
            issues->append({field::tag(i),
                            InstanceRequest::tr("Tag %1 (tags[%2]) is still the placeholder %3.")
                                .arg(QString::number(i + 1), QString::number(i), tags.at(i).trimmed())});
    }
}

QList<ValidationIssue> InstanceRequest::validate(const ElementDescription &element) const
{
    QList<ValidationIssue> issues;
    if (elementKey.trimmed().isEmpty())
        issues.append({field::ElementKey, InstanceRequest::tr("The element key (element.key) is missing."), 0, true});
    else if (elementKey.trimmed() != element.key)
        issues.append({field::ElementKey,
                       InstanceRequest::tr("The element key is \"%1\", expected \"%2\".").arg(elementKey, element.key)});
    for (const ProviderDataEntry &f : element.providerData) {
        const QString id = field::providerData(f.key);
        const QString value = providerData.value(f.key).trimmed();
        if (value.isEmpty() && f.required)
            issues.append({id, InstanceRequest::tr("%1 is missing: it comes from the OAuth exchange.").arg(id), 0, true});
        else if (isPlaceholder(value))
            issues.append({id, InstanceRequest::tr("%1 is still the placeholder %2.").arg(id, value), 0, f.required});
    }
    issues.append(configurationIssues(*this, element, true));
    issues.append(EventSettings::configurationIssues(configuration, element));
    nameAndTagIssues(&issues);
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
                    value = secrets == Secrets::Masked ? QString(SecretMask) : placeholder;
            }
            lines.append("    " + json::quoted(key) + ": " + json::quoted(value));
        }
        return lines.isEmpty() ? QByteArray("{}")
                               : "{\n" + lines.join(",\n") + "\n  }";
    };
    auto providerPlaceholder = [&](const QString &key) -> QString {
        const ProviderDataEntry *f = element.providerDataEntry(key);
        if (f && f->secret)
            return f->placeholder.isEmpty() ? u"<SECRET>"_s : f->placeholder;
        return f ? QString() : QString(u"<SECRET>"_s);  // unknown provider data: assume secret
    };
    auto configPlaceholder = [&](const QString &key) -> QString {
        if (!element.isSecretConfigurationKey(key))
            return {};
        if (key == events::SignatureKeyKey)
            return events::SignatureKeyPlaceholder;
        const ConfigurationEntry *e = element.entry(key);
        return e && !e->placeholder.isEmpty() ? e->placeholder : u"<SECRET>"_s;
    };

    QByteArrayList tagLines;
    for (const QString &t : tags)
        tagLines.append("    " + json::quoted(t));
    const QByteArray tagsJson = tagLines.isEmpty() ? QByteArray("[]") : "[\n" + tagLines.join(",\n") + "\n  ]";

    QByteArray out = "{\n";
    out += "  \"element\": {\n    \"key\": " + json::quoted(elementKey) + "\n  },\n";
    out += "  \"providerData\": " + entries(providerData, element.providerDataKeys(), providerPlaceholder) + ",\n";
    out += "  \"configuration\": " + entries(configuration, element.configurationKeys(), configPlaceholder) + ",\n";
    out += "  \"tags\": " + tagsJson + ",\n";
    out += "  \"name\": " + json::quoted(name) + "\n";
    out += "}\n";
    return out;
}

std::optional<InstanceRequest> InstanceRequest::fromInstanceJson(const QByteArray &json,
                                                                 QList<ValidationIssue> *issues)
{
    if (json.trimmed().isEmpty()) {
        addIssue(issues, InstanceRequest::tr("The file is empty."), 1);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    json::TextLines lines(json);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lines.lineAt(parseError.offset);
        addIssue(issues, InstanceRequest::tr("Line %1: this is not valid JSON (%2).").arg(line).arg(parseError.errorString()),
                 line);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        addIssue(issues, InstanceRequest::tr("The file must hold one JSON object, like Cloud Elements' instance.json."), 1);
        return std::nullopt;
    }

    // Every problem, the first MaxListedIssues described (worded only then), the rest counted.
    json::Errors errors(wording, json::Errors::Keep::All, issues ? MaxListedIssues : 0);
    json::Reader root(doc.object(), &errors);
    InstanceRequest r;
    if (auto element = root.object("element"_L1, json::Need::Required))
        r.elementKey = element->string("key"_L1, json::Need::NonEmpty);
    // Absent sections: validate() names what is missing.
    r.providerData = root.stringMap("providerData"_L1, json::Need::Optional, json::MapValues::Scalars);
    r.configuration = root.stringMap("configuration"_L1, json::Need::Optional, json::MapValues::Scalars);
    if (root.value("tags"_L1).isString())
        r.tags = {root.string("tags"_L1)};  // one tag, as some hand-written files have it
    else
        r.tags = root.strings("tags"_L1);
    r.name = root.string("name"_L1);

    if (issues) {
        for (const json::Error &e : errors.described()) {
            const int line = lines.lineOf(e.path);  // an empty path: the start, line 1
            issues->append({e.field(), line > 0 ? InstanceRequest::tr("Line %1: %2").arg(line).arg(e.message) : e.message,
                            line});
        }
        if (errors.omitted() > 0)
            issues->append({{}, moreProblems(errors.omitted()), 0, false, errors.omitted()});
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return r;
}

QString InstanceRequest::moreProblems(qsizetype count)
{
    return InstanceRequest::tr("And %Ln more problems.", nullptr, int(qMin<qsizetype>(count, std::numeric_limits<int>::max())));
}

}  // namespace ce
