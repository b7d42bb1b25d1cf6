#include "elementcatalog.h"

#include "instancerequest.h"
#include "jsonfields.h"
#include "logging.h"
#include "oauthparameters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// Display order: by title, case-insensitively, then by id.
bool displayedBefore(const ElementDescription *a, const ElementDescription *b)
{
    const int byTitle = QString::compare(a->title(), b->title(), Qt::CaseInsensitive);
    return byTitle != 0 ? byTitle < 0 : a->id < b->id;
}

// Where a descriptor came from, for a message.
QString describeOrigin(const ElementDescription &d)
{
    switch (d.origin) {
    case ElementDescription::Origin::BuiltIn:
        return ElementCatalog::tr("the built-in descriptor %1").arg(d.id);
    case ElementDescription::Origin::Platform:
        return ElementCatalog::tr("the descriptor %1 built from the platform's answer").arg(d.id);
    case ElementDescription::Origin::User:
        break;
    }
    return d.path.isEmpty() ? ElementCatalog::tr("the descriptor %1").arg(d.id) : d.path;
}

}  // namespace

QString ElementCatalog::Problem::text() const
{
    return line > 0 ? ElementCatalog::tr("%1, line %2: %3").arg(path).arg(line).arg(message)
                    : ElementCatalog::tr("%1: %2").arg(path, message);
}

ElementCatalog ElementCatalog::load(const QString &folder)
{
    ElementCatalog catalog;
    catalog.addBuiltIn();
    catalog.addFolder(folder);
    for (const Problem &p : std::as_const(catalog.m_problems))
        qCWarning(lcElements).noquote() << "element descriptor not loaded:" << p.text();
    return catalog;
}

QString ElementCatalog::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/elements"_s;
}

const ElementCatalog &ElementCatalog::builtIn()
{
    static const ElementCatalog catalog = [] {
        ElementCatalog c;
        c.addBuiltIn();
        for (const Problem &p : std::as_const(c.m_problems))
            qCWarning(lcElements).noquote() << "built-in element descriptor not loaded:" << p.text();
        return c;
    }();
    return catalog;
}

namespace {

std::optional<ElementCatalog> &sharedCatalog()
{
    static std::optional<ElementCatalog> catalog;
    return catalog;
}

}  // namespace

const ElementCatalog &ElementCatalog::shared()
{
    std::optional<ElementCatalog> &catalog = sharedCatalog();
    if (!catalog)
        catalog = load();
    return *catalog;
}

void ElementCatalog::setShared(const ElementCatalog &catalog)
{
    sharedCatalog() = catalog;
}

void ElementCatalog::addBuiltIn()
{
    const QDir dir(u":/elements"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        addFile(dir.filePath(file), ElementDescription::Origin::BuiltIn);
}

void ElementCatalog::addFolder(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return;
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &file : files)
        addFile(dir.filePath(file), ElementDescription::Origin::User);
}

void ElementCatalog::addFile(const QString &path, ElementDescription::Origin origin)
{
    const auto problem = [&](int line, const QString &field, const QString &message) {
        m_problems.append({path, line, field, message});
    };
    QFile file(path);
    if (QFileInfo(path).size() > MaxFileBytes) {
        problem(0, {}, tr("The file is larger than %Ln bytes.", nullptr, int(MaxFileBytes)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem(0, {}, tr("The file cannot be read (%1).").arg(file.errorString()));
        return;
    }
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes) {
        problem(0, {}, tr("The file is larger than %Ln bytes.", nullptr, int(MaxFileBytes)));
        return;
    }
    ElementDescription::Problem why;
    std::optional<ElementDescription> d = ElementDescription::fromJson(json, nullptr, &why);
    if (!d) {
        problem(why.line, why.field, why.message);
        return;
    }
    d->setOrigin(origin, origin == ElementDescription::Origin::User ? path : QString());
    json::TextLines lines(json);
    const auto lineOf = [&](const QString &field) { return lines.lineOf({json::PathStep{field}}); };
    if (origin == ElementDescription::Origin::BuiltIn && QFileInfo(path).fileName() != d->id + u".json"_s) {
        const QString field = lineOf(u"id"_s) > 0 ? u"id"_s : u"key"_s;
        problem(lineOf(field), field, tr("A shipped descriptor's file is named after its id: %1.json.").arg(d->id));
        return;
    }
    QString reason;
    QString field;
    if (!insert(*d, &reason, &field)) {
        if (lineOf(field) == 0)
            field = u"key"_s;  // an id or variant that is not written: the key stands for it
        problem(lineOf(field), field, reason);
    }
}

bool ElementCatalog::add(const ElementDescription &description, QString *why)
{
    QString reason;
    if (insert(description, &reason))
        return true;
    if (why)
        *why = reason;
    return false;
}

bool ElementCatalog::insert(const ElementDescription &description, QString *why, QString *field)
{
    QString ignored;
    if (!field)
        field = &ignored;
    ElementDescription d = description;
    auto existing = std::find_if(m_descriptors.begin(), m_descriptors.end(),
                                 [&](const auto &e) { return e->id == d.id; });
    if (existing != m_descriptors.end()) {
        // A user's file may replace a built-in descriptor, once; nothing else shares an id.
        if (d.origin != ElementDescription::Origin::User || (*existing)->origin != ElementDescription::Origin::BuiltIn) {
            *why = tr("The id \"%1\" is already taken by %2.").arg(d.id, describeOrigin(**existing));
            *field = u"id"_s;
            return false;
        }
        d.replacesBuiltIn = true;
    }
    // Descriptors of one element are told apart by their variants.
    for (const auto &other : m_descriptors) {
        if (other->key != d.key || other->id == d.id)
            continue;
        if (d.variant.isEmpty()) {
            *why = tr("The element key \"%1\" is also that of %2: give this descriptor a \"variant\" to tell them apart.")
                       .arg(d.key, describeOrigin(*other));
            *field = u"key"_s;
            return false;
        }
        if (QString::compare(other->variant, d.variant, Qt::CaseInsensitive) == 0) {
            *why = tr("The variant \"%1\" of the element key \"%2\" is also that of %3: choose another.")
                       .arg(d.variant, d.key, describeOrigin(*other));
            *field = u"variant"_s;
            return false;
        }
    }
    auto shared = std::make_shared<const ElementDescription>(std::move(d));
    if (existing != m_descriptors.end())
        *existing = std::move(shared);
    else
        m_descriptors.push_back(std::move(shared));
    return true;
}

const ElementDescription *ElementCatalog::byId(const QString &id) const
{
    for (const auto &d : m_descriptors) {
        if (d->id == id)
            return d.get();
    }
    return nullptr;
}

QList<const ElementDescription *> ElementCatalog::byKey(const QString &key) const
{
    QList<const ElementDescription *> found;
    for (const ElementDescription *d : descriptors()) {
        if (d->key == key)
            found.append(d);
    }
    return found;
}

QList<const ElementDescription *> ElementCatalog::descriptors() const
{
    QList<const ElementDescription *> all;
    all.reserve(qsizetype(m_descriptors.size()));
    for (const auto &d : m_descriptors)
        all.append(d.get());
    std::sort(all.begin(), all.end(), displayedBefore);
    return all;
}

QStringList ElementCatalog::ids() const
{
    QStringList list;
    for (const ElementDescription *d : descriptors())
        list.append(d->id);
    return list;
}

QList<const ElementDescription *> ElementCatalog::fitting(const QList<const ElementDescription *> &candidates,
                                                         const QMap<QString, QString> &configuration,
                                                         const QMap<QString, QString> &providerData)
{
    bool hasProviderData = false;
    for (auto it = providerData.cbegin(); it != providerData.cend(); ++it)
        hasProviderData = hasProviderData || !it.value().trimmed().isEmpty();
    QList<const ElementDescription *> fit;
    for (const ElementDescription *d : candidates) {
        bool fits = d->isOAuth() || !hasProviderData;
        for (const ConfigurationEntry &e : d->configuration) {
            if (!fits)
                break;
            if (e.hidden)
                fits = !configuration.contains(e.key) || configuration.value(e.key).trimmed() == e.defaultValue;
            else if (e.required && !e.oauthOnly)
                fits = configuration.contains(e.key);
        }
        if (fits)
            fit.append(d);
    }
    return fit;
}

const ElementDescription *ElementCatalog::forRequest(const InstanceRequest &request, QString *why) const
{
    const QString key = request.elementKey.trimmed();
    const QList<const ElementDescription *> described = byKey(key);
    if (described.size() == 1)
        return described.first();
    if (described.isEmpty()) {
        if (why)
            *why = tr("No descriptor describes the element \"%1\" (known: %2).").arg(key, ids().join(", "_L1));
        return nullptr;
    }
    const QList<const ElementDescription *> fit = fitting(described, request.configuration, request.providerData);
    if (fit.size() == 1)
        return fit.first();
    QStringList names;
    for (const ElementDescription *d : fit.isEmpty() ? described : fit)
        names.append(u"%1 (%2)"_s.arg(d->id, d->title()));
    if (why)
        *why = fit.isEmpty() ? tr("The file fits none of the descriptors of the element \"%1\": %2. Give the "
                                  "configuration entries of one of them.").arg(key, names.join(", "_L1))
                             : tr("The file fits several descriptors of the element \"%1\": %2. Give the "
                                  "configuration entry that tells them apart (such as authentication.type).")
                                   .arg(key, names.join(", "_L1));
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// A descriptor from the platform's own description

namespace {

// A text of the platform's answer: a string as it is, a number or boolean as its text.
QString platformText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return json::numberText(value.toDouble());
    return {};
}

bool platformFlag(const QJsonValue &value)
{
    return json::toBoolean(value, true).value_or(false);
}

// A variable name for a secret entry that is valid and not taken (the default name, with
// '_' in front of a leading digit and a number after a taken one).
QString freeVariable(const QString &key, QSet<QString> *taken)
{
    QString base = ConfigurationEntry::defaultEnvironmentVariable(key);
    if (base.isEmpty() || base.front().isDigit())
        base.prepend(u'_');
    QString name = base;
    for (int n = 2; taken->contains(name) || name == "CE_USER_SECRET"_L1 || name == "CE_ORGANIZATION_SECRET"_L1; ++n)
        name = base + u'_' + QString::number(n);
    taken->insert(name);
    return name;
}

}  // namespace

std::optional<ElementDescription> ElementCatalog::fromPlatform(const QJsonObject &element,
                                                               const QString &siteAddressKey, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<ElementDescription> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString key = platformText(element.value("key"_L1));
    if (key.isEmpty())
        return fail(tr("The platform's answer names no element key."));
    const QString type = platformText(element.value("authentication"_L1).toObject().value("type"_L1)).toLower();
    const Authentication authentication = type == "oauth2"_L1 ? Authentication::OAuth2
                                          : type == "oauth1"_L1 ? Authentication::OAuth1
                                                                : Authentication::Credentials;
    const bool oauthKind = authentication != Authentication::Credentials;
    if (!siteAddressKey.isEmpty() && !oauthKind)
        return fail(tr("%1 signs in without OAuth, so no entry feeds a site address to oauth/url.").arg(key));

    QString id = key.toLower();
    for (QChar &c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            c = u'-';
    }
    const QString name = platformText(element.value("name"_L1));

    QJsonObject d{
        {u"schemaVersion"_s, ElementDescription::SchemaVersion},
        {u"id"_s, id},
        {u"key"_s, key},
        {u"name"_s, name.isEmpty() ? key : name},
        {u"description"_s, platformText(element.value("description"_L1)).isEmpty()
                               ? (name.isEmpty() ? key : name)
                               : platformText(element.value("description"_L1))},
        {u"authentication"_s, ElementDescription::authenticationName(authentication)},
        {u"sources"_s, QJsonArray{u"platform GET /elements/%1"_s.arg(key)}},
        {u"unknown"_s, u"Built at run time from the platform's configuration list, which does not say which entries "
                       "feed oauth/url besides the OAuth client's key, secret and callback URL (and the site address "
                       "chosen by hand), nor offer choices."_s},
    };
    if (const QString image = platformText(element.value("image"_L1)); !image.isEmpty())
        d.insert(u"image"_s, image);
    if (const auto elementId = json::toInteger(element.value("id"_L1)); elementId && *elementId > 0)
        d.insert(u"elementId"_s, double(*elementId));

    // The OAuth client's trio, recognised by the keys the platform reserves for it.
    struct Trio
    {
        QLatin1StringView key;
        QLatin1StringView parameter;
    };
    const Trio trio[] = {{"oauth.api.key"_L1, oauth::ApiKey},
                         {"oauth.api.secret"_L1, oauth::ApiSecret},
                         {"oauth.callback.url"_L1, oauth::CallbackUrl}};
    const auto trioParameter = [&](const QString &k) -> QString {
        for (const Trio &t : trio) {
            if (oauthKind && k == t.key)
                return t.parameter;
        }
        return {};
    };

    QJsonArray entries;
    QSet<QString> keys;
    QSet<QString> variables;
    bool siteFound = false;
    const QJsonArray configuration = element.value("configuration"_L1).toArray();
    for (const QJsonValue &item : configuration) {
        const QJsonObject c = item.toObject();
        const QString k = platformText(c.value("key"_L1));
        static const QRegularExpression space(u"\\s"_s);
        if (k.isEmpty() || k.contains(space) || keys.contains(k))
            continue;
        // Set by the platform itself (tokens it keeps), or switched off: not the user's to give.
        if (platformFlag(c.value("internal"_L1)) || (c.contains("active"_L1) && !platformFlag(c.value("active"_L1))))
            continue;
        const QString platformType = platformText(c.value("type"_L1)).toUpper();
        const QString parameter = trioParameter(k);
        const bool site = oauthKind && !siteAddressKey.isEmpty() && k == siteAddressKey;
        const bool secret = platformType == "PASSWORD"_L1 || parameter == oauth::ApiSecret;
        const bool boolean = !secret && platformType == "BOOLEAN"_L1;
        const bool url = parameter == oauth::CallbackUrl;
        const bool required = platformFlag(c.value("required"_L1));
        // The user's own client, their site and any secret are always asked for.
        bool hidden = platformFlag(c.value("hideFromConsole"_L1)) && parameter.isEmpty() && !site && !secret;

        // A default is kept where it can stand as one: never a secret's, nor the platform's
        // stand-in for the client's key; a boolean's only as true or false; never a placeholder.
        QString defaultValue = platformText(c.value("defaultValue"_L1));
        if (secret || parameter == oauth::ApiKey || isPlaceholder(defaultValue))
            defaultValue.clear();
        if (boolean) {
            defaultValue = defaultValue.toLower();
            if (defaultValue != "true"_L1 && defaultValue != "false"_L1)
                defaultValue.clear();
        }
        if (url && !checkHttpUrl(defaultValue).isEmpty())
            defaultValue.clear();
        if (hidden && defaultValue.isEmpty()) {
            if (!required)
                continue;  // nothing to send
            hidden = false;  // the platform needs it and has no value for it: ask
        }

        const QString label = platformText(c.value("name"_L1));
        const QString description = platformText(c.value("description"_L1));
        QJsonObject e{
            {u"key"_s, k},
            {u"label"_s, label.isEmpty() ? k : label},
            {u"description"_s, description.isEmpty() ? (label.isEmpty() ? k : label) : description},
        };
        if (secret)
            e.insert(u"type"_s, u"secret"_s);
        else if (boolean)
            e.insert(u"type"_s, u"boolean"_s);
        if (required)
            e.insert(u"required"_s, true);
        if (hidden)
            e.insert(u"hidden"_s, true);
        if (!defaultValue.isEmpty())
            e.insert(u"default"_s, defaultValue);
        if (const auto order = json::toInteger(c.value("displayOrder"_L1), true);
            order && *order >= std::numeric_limits<int>::min() && *order <= std::numeric_limits<int>::max())
            e.insert(u"order"_s, double(*order));
        if (!parameter.isEmpty())
            e.insert(u"oauthParameter"_s, parameter);
        else if (site)
            e.insert(u"oauthParameter"_s, QString(oauth::SiteAddress));
        if (url)
            e.insert(u"format"_s, u"url"_s);
        if (secret)
            e.insert(u"environmentVariable"_s, freeVariable(k, &variables));
        entries.append(e);
        keys.insert(k);
        siteFound = siteFound || site;
    }
    if (!siteAddressKey.isEmpty() && !siteFound)
        return fail(tr("The platform lists no configuration entry %1 for %2 to take the site address from.")
                        .arg(siteAddressKey, key));

    if (oauthKind) {
        // An OAuth element whose list lacks one of the trio still needs it: asked for first.
        QJsonArray missing;
        for (const Trio &t : trio) {
            if (keys.contains(t.key))
                continue;
            QJsonObject e{{u"key"_s, QString(t.key)}, {u"required"_s, true}, {u"oauthParameter"_s, QString(t.parameter)}};
            if (t.parameter == oauth::ApiKey) {
                e.insert(u"label"_s, tr("Client ID"));
                e.insert(u"description"_s, tr("The client ID (API key) of your app at the provider."));
            } else if (t.parameter == oauth::ApiSecret) {
                e.insert(u"label"_s, tr("Client secret"));
                e.insert(u"description"_s, tr("The client secret of your app at the provider."));
                e.insert(u"type"_s, u"secret"_s);
                e.insert(u"environmentVariable"_s, freeVariable(t.key, &variables));
            } else {
                e.insert(u"label"_s, tr("Callback URL"));
                e.insert(u"description"_s, tr("The callback URL registered with your app at the provider; the "
                                              "authorization comes back to it."));
                e.insert(u"format"_s, u"url"_s);
            }
            missing.append(e);
        }
        for (const QJsonValue &e : std::as_const(entries))
            missing.append(e);
        entries = missing;
        d.insert(u"oauth"_s, QJsonObject{});
        const auto callbackEntry = [](const QString &k, bool secret) {
            return QJsonObject{{u"key"_s, k}, {u"source"_s, u"callback"_s}, {u"required"_s, true}, {u"secret"_s, secret}};
        };
        if (authentication == Authentication::OAuth2) {
            d.insert(u"providerData"_s, QJsonArray{callbackEntry(oauth::Code, true)});
        } else {
            d.insert(u"providerData"_s,
                     QJsonArray{callbackEntry(oauth::OAuthToken, true), callbackEntry(oauth::OAuthVerifier, true),
                                QJsonObject{{u"key"_s, QString(oauth::Secret)},
                                            {u"source"_s, u"requestToken"_s},
                                            {u"required"_s, true},
                                            {u"secret"_s, true}}});
        }
    }
    if (entries.isEmpty())
        return fail(tr("The platform lists no configuration entries for %1.").arg(key));
    d.insert(u"configuration"_s, entries);

    // The same rules as for a file: what passes here is a descriptor like any other.
    ElementDescription::Problem problem;
    std::optional<ElementDescription> description =
        ElementDescription::fromJson(QJsonDocument(d).toJson(QJsonDocument::Compact), nullptr, &problem);
    if (!description)
        return fail(tr("The platform's description of %1 makes no usable descriptor: %2").arg(key, problem.message));
    description->setOrigin(ElementDescription::Origin::Platform);
    return description;
}

}  // namespace ce
