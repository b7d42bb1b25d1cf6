// Unit tests of ce::ElementCatalog: the built-in descriptors, the user's folder (good and
// bad files, an override, duplicate ids, variant clashes), descriptors added at run time,
// and descriptors built from the platform's GET /elements/{key} (fixtures in tests/data).
#include "core/elementcatalog.h"
#include "core/elementdescription.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ce::Authentication;
using ce::ConfigurationEntry;
using ce::ElementCatalog;
using ce::ElementDescription;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR "/tests/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The fixture %s is missing.", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A user's descriptor: a credentials element with one secret entry.
QByteArray userDescriptor(const QString &id, const QString &key, const QString &variant = {})
{
    QJsonObject o{
        {u"schemaVersion"_s, 2},
        {u"id"_s, id},
        {u"key"_s, key},
        {u"name"_s, u"Acme"_s},
        {u"description"_s, u"An element of the user's."_s},
        {u"authentication"_s, u"credentials"_s},
        {u"sources"_s, QJsonArray{u"https://acme.example.test/docs"_s}},
        {u"configuration"_s,
         QJsonArray{QJsonObject{{u"key"_s, u"api.key"_s},
                                {u"label"_s, u"API key"_s},
                                {u"description"_s, u"The key."_s},
                                {u"type"_s, u"secret"_s},
                                {u"required"_s, true}}}},
    };
    if (!variant.isEmpty())
        o.insert(u"variant"_s, variant);
    return QJsonDocument(o).toJson();
}

const ElementCatalog::Problem *problemOf(const ElementCatalog &catalog, const QString &path)
{
    for (const ElementCatalog::Problem &p : catalog.problems()) {
        if (p.path == path)
            return &p;
    }
    return nullptr;
}

QStringList keysOf(const QList<const ConfigurationEntry *> &entries)
{
    QStringList keys;
    for (const ConfigurationEntry *e : entries)
        keys.append(e->key);
    return keys;
}

}  // namespace

class TstElementCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtIn();
    void displayOrder();
    void userFolder();
    void userFiles();
    void badUserFiles_data();
    void badUserFiles();
    void userFileReplacesBuiltIn();
    void duplicateIds();
    void variantsTellDescriptorsApart_data();
    void variantsTellDescriptorsApart();
    void addAtRunTime();
    void sharedCatalog();
    void platformCredentials();
    void platformOAuth2();
    void platformOAuth2WithoutTrio();
    void platformOAuth1();
    void platformRefusals_data();
    void platformRefusals();
    void platformExportRoundTrip();
};

void TstElementCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"ce-provisioner-tests"_s);
}

void TstElementCatalog::builtIn()
{
    const ElementCatalog &catalog = ElementCatalog::builtIn();
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(catalog.size(), 16);
    for (const ElementDescription *d : catalog.descriptors()) {
        QCOMPARE(d->origin, ElementDescription::Origin::BuiltIn);
        QVERIFY(d->path.isEmpty());
        QVERIFY(!d->replacesBuiltIn);
        QCOMPARE(catalog.byId(d->id), d);
    }
    QCOMPARE(catalog.byId(u"nope"_s), nullptr);
    // One element, two modes: by key, both, told apart by their variants.
    const QList<const ElementDescription *> hubspot = catalog.byKey(u"hubspot"_s);
    QCOMPARE(hubspot.size(), 2);
    QCOMPARE(hubspot.at(0)->id, u"hubspot-apikey"_s);
    QCOMPARE(hubspot.at(0)->title(), u"HubSpot Marketing (API key)"_s);
    QCOMPARE(hubspot.at(0)->authentication, Authentication::Credentials);
    QCOMPARE(hubspot.at(1)->id, u"hubspot"_s);
    QCOMPARE(hubspot.at(1)->authentication, Authentication::OAuth2);
    QCOMPARE(catalog.byKey(u"freshbooks"_s).size(), 1);
    QVERIFY(catalog.byKey(u"nope"_s).isEmpty());
    // The same built-in catalog every time.
    QCOMPARE(&ElementCatalog::builtIn(), &catalog);
    QCOMPARE(ElementDescription::builtin(u"zendesk"_s), catalog.byId(u"zendesk"_s));
}

void TstElementCatalog::displayOrder()
{
    const QList<const ElementDescription *> all = ElementCatalog::builtIn().descriptors();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(QString::compare(all.at(i - 1)->title(), all.at(i)->title(), Qt::CaseInsensitive) <= 0,
                 qPrintable(all.at(i - 1)->title() + u" / "_s + all.at(i)->title()));
    QStringList ids;
    for (const ElementDescription *d : all)
        ids.append(d->id);
    QCOMPARE(ElementCatalog::builtIn().ids(), ids);
    QCOMPARE(ids.first(), u"box"_s);
}

void TstElementCatalog::userFolder()
{
    const QString folder = ElementCatalog::userFolder();
    QVERIFY(folder.endsWith(u"/elements"_s));
    QVERIFY2(folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(folder));
    QVERIFY2(folder.contains(u".qttest"_s), qPrintable(folder));  // test mode: never the user's real folder
    // A folder that does not exist is no problem.
    const ElementCatalog catalog = ElementCatalog::load(u"/nonexistent/ce-provisioner/elements"_s);
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(catalog.size(), 16);
}

void TstElementCatalog::userFiles()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"acme.json"_s), userDescriptor(u"acme-desk"_s, u"acmedesk"_s)));
    QVERIFY(write(dir.filePath(u"notes.txt"_s), "not a descriptor"));
    QVERIFY(QDir(dir.path()).mkdir(u"folder.json"_s));
    const ElementCatalog catalog = ElementCatalog::load(dir.path());
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(catalog.size(), 17);
    const ElementDescription *acme = catalog.byId(u"acme-desk"_s);
    QVERIFY(acme);
    QCOMPARE(acme->origin, ElementDescription::Origin::User);
    QCOMPARE(acme->path, dir.filePath(u"acme.json"_s));  // the id inside counts, not the file name
    QVERIFY(!acme->replacesBuiltIn);
    QCOMPARE(catalog.byKey(u"acmedesk"_s), QList<const ElementDescription *>{acme});
    // A user's texts are shown as written.
    QCOMPARE(acme->configuration.first().displayLabel(), u"API key"_s);
    QVERIFY(!acme->configuration.first().translated);
}

void TstElementCatalog::badUserFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mention");

    const QByteArray good = userDescriptor(u"acme"_s, u"acme"_s);
    QByteArray typo = good;
    typo.replace("\"label\"", "\"lable\": \"typo\", \"label\"");
    const int typoLine = int(typo.left(typo.indexOf("\"lable\"")).count('\n')) + 1;
    QByteArray version1 = good;
    version1.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1");
    const int versionLine = int(version1.left(version1.indexOf("\"schemaVersion\"")).count('\n')) + 1;
    QByteArray truncated = good.left(good.size() / 2);

    QTest::newRow("not JSON") << truncated << int(truncated.count('\n')) + 1 << QString() << u"JSON"_s;
    QTest::newRow("unknown field") << typo << typoLine << u"configuration[0].lable"_s << u"not a field"_s;
    QTest::newRow("version 1") << version1 << versionLine << u"schemaVersion"_s << u"version 1"_s;
    QTest::newRow("empty") << QByteArray() << 1 << QString() << u"empty"_s;
    QTest::newRow("too big") << QByteArray(ElementCatalog::MaxFileBytes + 1, ' ') << 0 << QString() << u"larger"_s;
}

// A file that cannot be used is listed with its path, line and reason; the others load.
void TstElementCatalog::badUserFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, mention);

    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    QVERIFY(write(bad, content));
    QVERIFY(write(dir.filePath(u"good.json"_s), userDescriptor(u"good"_s, u"good"_s)));
    const ElementCatalog catalog = ElementCatalog::load(dir.path());
    QCOMPARE(catalog.problems().size(), 1);
    const ElementCatalog::Problem &p = catalog.problems().first();
    QCOMPARE(p.path, bad);
    QCOMPARE(p.line, line);
    QCOMPARE(p.field, field);
    QVERIFY2(p.message.contains(mention), qPrintable(p.message));
    QVERIFY2(p.text().startsWith(line > 0 ? u"%1, line %2: "_s.arg(bad).arg(line) : bad + u": "_s), qPrintable(p.text()));
    // Never fatal: the good file and every built-in descriptor are there.
    QVERIFY(catalog.byId(u"good"_s));
    QCOMPARE(catalog.size(), 17);
}

// A user's file with a built-in descriptor's id replaces it, and is marked as the user's.
void TstElementCatalog::userFileReplacesBuiltIn()
{
    ElementDescription mine = *ElementDescription::builtin(u"zendesk"_s);
    mine.name = u"Zendesk (ours)"_s;
    mine.configuration.last().label = u"Our subdomain"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"my-zendesk.json"_s);
    QVERIFY(write(path, mine.toJson()));
    const ElementCatalog catalog = ElementCatalog::load(dir.path());
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(catalog.size(), 16);
    const ElementDescription *zendesk = catalog.byId(u"zendesk"_s);
    QVERIFY(zendesk);
    QCOMPARE(zendesk->name, u"Zendesk (ours)"_s);
    QCOMPARE(zendesk->origin, ElementDescription::Origin::User);
    QCOMPARE(zendesk->path, path);
    QVERIFY(zendesk->replacesBuiltIn);
    QCOMPARE(*zendesk, mine);
    QCOMPARE(catalog.byKey(u"zendesk"_s).size(), 1);
    // The built-in catalog itself is untouched.
    QCOMPARE(ElementDescription::builtin(u"zendesk"_s)->name, u"Zendesk"_s);
}

// Two of the user's files with one id: the first (in file name order) counts, the second is
// listed, naming the first.
void TstElementCatalog::duplicateIds()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"a.json"_s);
    const QString second = dir.filePath(u"b.json"_s);
    QVERIFY(write(first, userDescriptor(u"acme"_s, u"acme"_s, u"One"_s)));
    QVERIFY(write(second, userDescriptor(u"acme"_s, u"acme"_s, u"Two"_s)));
    // Replacing a built-in one is allowed once: a second file with that id is refused too.
    QByteArray stripe = ElementDescription::builtin(u"stripe"_s)->toJson();
    QVERIFY(write(dir.filePath(u"c.json"_s), stripe));
    QVERIFY(write(dir.filePath(u"d.json"_s), stripe));
    const ElementCatalog catalog = ElementCatalog::load(dir.path());
    QCOMPARE(catalog.problems().size(), 2);
    QCOMPARE(catalog.byId(u"acme"_s)->variant, u"One"_s);
    const ElementCatalog::Problem *p = problemOf(catalog, second);
    QVERIFY(p);
    QCOMPARE(p->field, u"id"_s);
    QCOMPARE(p->line, int(userDescriptor(u"acme"_s, u"acme"_s).left(userDescriptor(u"acme"_s, u"acme"_s).indexOf("\"id\"")).count('\n')) + 1);
    QVERIFY2(p->message.contains(first), qPrintable(p->message));
    const ElementCatalog::Problem *twice = problemOf(catalog, dir.filePath(u"d.json"_s));
    QVERIFY(twice);
    QVERIFY2(twice->message.contains(dir.filePath(u"c.json"_s)), qPrintable(twice->message));
    // stripe.json has no "id": the key stands for it.
    QCOMPARE(twice->field, u"key"_s);
    QCOMPARE(catalog.byId(u"stripe"_s)->path, dir.filePath(u"c.json"_s));
}

void TstElementCatalog::variantsTellDescriptorsApart_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<QString>("field");

    QTest::newRow("another mode of a built-in element") << u"zendesk-eu"_s << u"zendesk"_s << u"EU"_s << true << QString();
    QTest::newRow("a key taken, no variant") << u"zendesk-eu"_s << u"zendesk"_s << QString() << false << u"key"_s;
    QTest::newRow("a variant taken") << u"hubspot-key"_s << u"hubspot"_s << u"API key"_s << false << u"variant"_s;
    QTest::newRow("a variant taken, other case") << u"hubspot-key"_s << u"hubspot"_s << u"api KEY"_s << false
                                                 << u"variant"_s;
    QTest::newRow("a third mode") << u"hubspot-private"_s << u"hubspot"_s << u"Private app"_s << true << QString();
}

void TstElementCatalog::variantsTellDescriptorsApart()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, variant);
    QFETCH(bool, loaded);
    QFETCH(QString, field);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.json"_s);
    const QByteArray content = userDescriptor(id, key, variant);
    QVERIFY(write(path, content));
    const ElementCatalog catalog = ElementCatalog::load(dir.path());
    QCOMPARE(catalog.byId(id) != nullptr, loaded);
    if (loaded) {
        QVERIFY(catalog.problems().isEmpty());
        QVERIFY(catalog.byKey(key).contains(catalog.byId(id)));
        return;
    }
    QCOMPARE(catalog.problems().size(), 1);
    const ElementCatalog::Problem &p = catalog.problems().first();
    QCOMPARE(p.path, path);
    QCOMPARE(p.field, field);
    const QByteArray quotedField = '"' + field.toUtf8() + '"';
    QCOMPARE(p.line, int(content.left(content.lastIndexOf(quotedField)).count('\n')) + 1);
    QVERIFY2(p.message.contains(key), qPrintable(p.message));
}

void TstElementCatalog::addAtRunTime()
{
    ElementCatalog catalog = ElementCatalog::load(QString());
    const auto built = ElementCatalog::fromPlatform(fixture(u"platform-element-oauth2.json"_s), u"acmecrm.instance.url"_s);
    QVERIFY(built);
    QString why;
    QVERIFY2(catalog.add(*built, &why), qPrintable(why));
    QCOMPARE(catalog.byId(u"acmecrm"_s)->origin, ElementDescription::Origin::Platform);
    // Its id is taken now, by the platform's description.
    QVERIFY(!catalog.add(*built, &why));
    QVERIFY2(why.contains(u"acmecrm"_s) && why.contains(u"platform"_s), qPrintable(why));
    // Nothing but a user's file replaces a built-in descriptor.
    ElementDescription zendesk = *ElementDescription::builtin(u"zendesk"_s);
    zendesk.setOrigin(ElementDescription::Origin::Platform);
    QVERIFY(!catalog.add(zendesk, &why));
    QVERIFY2(why.contains(u"built-in"_s), qPrintable(why));
    QCOMPARE(catalog.size(), 17);
}

void TstElementCatalog::sharedCatalog()
{
    const ElementCatalog &first = ElementCatalog::shared();
    QCOMPARE(&ElementCatalog::shared(), &first);
    QVERIFY(first.byId(u"freshbooks"_s));
    ElementCatalog custom = ElementCatalog::load(QString());
    QVERIFY(custom.add(*ElementCatalog::fromPlatform(fixture(u"platform-element-credentials.json"_s))));
    ElementCatalog::setShared(custom);
    QVERIFY(ElementCatalog::shared().byId(u"acmedesk"_s));
    ElementCatalog::setShared(ElementCatalog::load());
    QCOMPARE(ElementCatalog::shared().byId(u"acmedesk"_s), nullptr);
}

// A credentials element as the platform describes it: PASSWORD entries are secrets, hidden
// entries with a value are sent as they are, internal and switched-off ones are not the
// user's, and what the platform needs but hides without a value is asked for.
void TstElementCatalog::platformCredentials()
{
    QString why;
    const auto d = ElementCatalog::fromPlatform(fixture(u"platform-element-credentials.json"_s), {}, &why);
    QVERIFY2(d, qPrintable(why));
    QCOMPARE(d->id, u"acmedesk"_s);
    QCOMPARE(d->key, u"acmedesk"_s);
    QCOMPARE(d->elementId, qint64(3452));
    QCOMPARE(d->name, u"Acme Desk"_s);
    QCOMPARE(d->image, u"https://images.example.test/acmedesk.png"_s);
    QCOMPARE(d->authentication, Authentication::Credentials);
    QCOMPARE(d->origin, ElementDescription::Origin::Platform);
    QVERIFY(d->providerData.isEmpty());
    QCOMPARE(d->sources, QStringList{u"platform GET /elements/acmedesk"_s});
    QVERIFY(!d->unknown.isEmpty());
    QCOMPARE(d->configurationKeys(), (QStringList{u"acmedesk.subdomain"_s, u"username"_s, u"password"_s, u"base.url"_s,
                                                  u"pagination.max"_s, u"acmedesk.region"_s,
                                                  u"event.notification.enabled"_s, u"2fa.token"_s}));

    const ConfigurationEntry *apiKey = d->entry(u"username"_s);
    QVERIFY(apiKey->isSecret());
    QVERIFY(apiKey->required);
    QVERIFY(!apiKey->hasDefault());  // never a secret's default
    QCOMPARE(apiKey->environmentVariable, u"USERNAME"_s);
    QCOMPARE(apiKey->label, u"API Key"_s);
    QCOMPARE(apiKey->order, 1);
    const ConfigurationEntry *password = d->entry(u"password"_s);
    QVERIFY(password->isSecret() && !password->hidden && !password->hasDefault());
    const ConfigurationEntry *base = d->entry(u"base.url"_s);
    QVERIFY(base->hidden);
    QCOMPARE(base->defaultValue, u"https://{acmedesk.subdomain}.acmedesk.example.test/api/v2"_s);
    QCOMPARE(d->entry(u"pagination.max"_s)->description, u"Max Page Size (or limit)"_s);  // none given: its name
    const ConfigurationEntry *region = d->entry(u"acmedesk.region"_s);
    QVERIFY(!region->hidden && region->required);
    const ConfigurationEntry *events = d->entry(u"event.notification.enabled"_s);
    QCOMPARE(events->type, ConfigurationEntry::Type::Boolean);
    QCOMPARE(events->defaultValue, u"false"_s);
    QCOMPARE(d->entry(u"2fa.token"_s)->environmentVariable, u"_2FA_TOKEN"_s);
    QCOMPARE(d->entry(u"event.vendor.type"_s), nullptr);  // internal
    QCOMPARE(d->entry(u"event.notification.instance.finder"_s), nullptr);  // hidden, nothing to send
    QCOMPARE(d->entry(u"acmedesk.notes"_s), nullptr);  // not active
    for (const ConfigurationEntry &e : d->configuration)
        QVERIFY(e.oauthParameter.isEmpty());

    // What the form shows, in display order: entries without an order first, then 1, 2.
    QCOMPARE(keysOf(d->visibleEntries()), (QStringList{u"password"_s, u"acmedesk.region"_s,
                                                       u"event.notification.enabled"_s, u"2fa.token"_s,
                                                       u"username"_s, u"acmedesk.subdomain"_s}));
}

// An OAuth 2 element: the trio recognised by its keys and always asked for (the platform
// hides them, with stand-ins as defaults), the site address where the caller says, PASSWORD
// entries as secrets.
void TstElementCatalog::platformOAuth2()
{
    QString why;
    const auto d = ElementCatalog::fromPlatform(fixture(u"platform-element-oauth2.json"_s), u"acmecrm.instance.url"_s, &why);
    QVERIFY2(d, qPrintable(why));
    QCOMPARE(d->authentication, Authentication::OAuth2);
    QCOMPARE(d->state, ElementDescription::OAuthState::Random);
    QCOMPARE(d->refusalParameters, QStringList{u"error"_s});
    QCOMPARE(d->providerDataKeys(), QStringList{u"code"_s});
    QCOMPARE(d->grantParameters(), QStringList{u"code"_s});
    QCOMPARE(d->configurationKeys(), (QStringList{u"oauth.api.key"_s, u"oauth.api.secret"_s, u"oauth.callback.url"_s,
                                                  u"acmecrm.instance.url"_s, u"acmecrm.webhook.secret"_s,
                                                  u"oauth.scope"_s, u"acmecrm.sandbox"_s}));
    const ConfigurationEntry *key = d->entryForOAuthParameter(u"apiKey"_s);
    QCOMPARE(key->key, u"oauth.api.key"_s);
    QVERIFY(!key->hidden && key->required && !key->hasDefault());
    const ConfigurationEntry *secret = d->entryForOAuthParameter(u"apiSecret"_s);
    QVERIFY(secret->isSecret() && !secret->hidden && !secret->hasDefault());
    QCOMPARE(secret->environmentVariable, u"OAUTH_API_SECRET"_s);
    const ConfigurationEntry *callback = d->entryForOAuthParameter(u"callbackUrl"_s);
    QCOMPARE(callback->format, ConfigurationEntry::Format::Url);
    QVERIFY(!callback->hidden);
    QCOMPARE(callback->defaultValue, u"https://www.cloud-elements.com/elements/jsp/home.jsp"_s);
    const ConfigurationEntry *site = d->entryForOAuthParameter(u"siteAddress"_s);
    QVERIFY(site);
    QCOMPARE(site->key, u"acmecrm.instance.url"_s);
    const ConfigurationEntry *webhook = d->entry(u"acmecrm.webhook.secret"_s);
    QVERIFY(webhook->isSecret());
    QCOMPARE(webhook->environmentVariable, u"ACMECRM_WEBHOOK_SECRET"_s);
    QVERIFY(d->entry(u"oauth.scope"_s)->hidden);
    QVERIFY(d->entry(u"oauth.scope"_s)->oauthParameter.isEmpty());  // only the trio and the site address
    QCOMPARE(d->entry(u"acmecrm.sandbox"_s)->defaultValue, u"false"_s);
    QCOMPARE(d->entry(u"oauth.user.token"_s), nullptr);
    QCOMPARE(d->entry(u"oauth.authorization.url"_s), nullptr);
    QVERIFY(d->isSecretConfigurationKey(u"acmecrm.webhook.secret"_s));

    // Without a site address, no entry feeds it.
    const auto plain = ElementCatalog::fromPlatform(fixture(u"platform-element-oauth2.json"_s));
    QVERIFY(plain);
    QCOMPARE(plain->entryForOAuthParameter(u"siteAddress"_s), nullptr);
}

void TstElementCatalog::platformOAuth2WithoutTrio()
{
    const QJsonObject element{
        {u"key"_s, u"tiny"_s},
        {u"authentication"_s, QJsonObject{{u"type"_s, u"OAuth2"_s}}},
        {u"configuration"_s, QJsonArray{QJsonObject{{u"key"_s, u"tiny.region"_s}, {u"type"_s, u"TEXTFIELD_32"_s}}}},
    };
    QString why;
    const auto d = ElementCatalog::fromPlatform(element, {}, &why);
    QVERIFY2(d, qPrintable(why));
    QCOMPARE(d->name, u"tiny"_s);  // none given: the key
    QCOMPARE(d->configurationKeys(), (QStringList{u"oauth.api.key"_s, u"oauth.api.secret"_s, u"oauth.callback.url"_s,
                                                  u"tiny.region"_s}));
    QVERIFY(d->entry(u"oauth.api.secret"_s)->isSecret());
    QCOMPARE(d->entry(u"tiny.region"_s)->label, u"tiny.region"_s);
}

void TstElementCatalog::platformOAuth1()
{
    QJsonObject element = fixture(u"platform-element-oauth2.json"_s);
    element.insert(u"authentication"_s, QJsonObject{{u"type"_s, u"oauth1"_s}});
    const auto d = ElementCatalog::fromPlatform(element);
    QVERIFY(d);
    QCOMPARE(d->authentication, Authentication::OAuth1);
    QCOMPARE(d->callbackState, u"acmecrm"_s);
    QCOMPARE(d->providerDataKeys(), (QStringList{u"oauth_token"_s, u"oauth_verifier"_s, u"secret"_s}));
    QCOMPARE(d->grantParameters(), QStringList{u"oauth_verifier"_s});
}

void TstElementCatalog::platformRefusals_data()
{
    QTest::addColumn<QJsonObject>("element");
    QTest::addColumn<QString>("siteAddressKey");
    QTest::addColumn<QString>("mention");

    QJsonObject noKey = fixture(u"platform-element-credentials.json"_s);
    noKey.remove(u"key"_s);
    QTest::newRow("no key") << noKey << QString() << u"key"_s;
    QJsonObject empty = fixture(u"platform-element-credentials.json"_s);
    empty.insert(u"configuration"_s, QJsonArray());
    QTest::newRow("no configuration") << empty << QString() << u"no configuration"_s;
    QJsonObject allInternal = empty;
    allInternal.insert(u"configuration"_s,
                       QJsonArray{QJsonObject{{u"key"_s, u"x"_s}, {u"internal"_s, true}}, u"not an entry"_s});
    QTest::newRow("nothing the user gives") << allInternal << QString() << u"no configuration"_s;
    QTest::newRow("site address not listed") << fixture(u"platform-element-oauth2.json"_s) << u"acmecrm.site"_s
                                             << u"acmecrm.site"_s;
    QTest::newRow("site address of a credentials element") << fixture(u"platform-element-credentials.json"_s)
                                                           << u"acmedesk.subdomain"_s << u"without OAuth"_s;
    QJsonObject badKey = fixture(u"platform-element-credentials.json"_s);
    badKey.insert(u"key"_s, u"Acme Desk"_s);
    QTest::newRow("a key the format refuses") << badKey << QString() << u"no usable descriptor"_s;
}

void TstElementCatalog::platformRefusals()
{
    QFETCH(QJsonObject, element);
    QFETCH(QString, siteAddressKey);
    QFETCH(QString, mention);
    QString why;
    QVERIFY(!ElementCatalog::fromPlatform(element, siteAddressKey, &why));
    QVERIFY2(why.contains(mention), qPrintable(why));
    QVERIFY(!ElementCatalog::fromPlatform(element, siteAddressKey));
}

// A descriptor built from the platform's answer can be exported and read back as a file.
void TstElementCatalog::platformExportRoundTrip()
{
    for (const QString &name : {u"platform-element-credentials.json"_s, u"platform-element-oauth2.json"_s}) {
        const auto d = ElementCatalog::fromPlatform(fixture(name), name.contains(u"oauth2"_s) ? u"acmecrm.instance.url"_s
                                                                                              : QString());
        QVERIFY2(d, qPrintable(name));
        QString error;
        const auto back = ElementDescription::fromJson(d->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, *d);
        // As a user's file, it loads like any other.
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(u"exported.json"_s), d->toJson()));
        const ElementCatalog catalog = ElementCatalog::load(dir.path());
        QVERIFY(catalog.problems().isEmpty());
        QCOMPARE(*catalog.byId(d->id), *d);
    }
}

QTEST_GUILESS_MAIN(TstElementCatalog)
#include "tst_elementcatalog.moc"
