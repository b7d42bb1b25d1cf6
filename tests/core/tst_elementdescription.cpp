// Unit tests of ce::ElementDescription: every shipped descriptor against the format's
// rules, the parser's refusals (each rule of resources/elements/README.md, with the line
// and field it names), the defaults, export round trips, and the site address helpers.
#include "core/elementcatalog.h"
#include "core/elementdescription.h"
#include "core/redaction.h"

#include "descriptortexts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ce::Authentication;
using ce::ConfigurationEntry;
using ce::ElementDescription;
using ce::ProviderDataEntry;
using ce::test::CredentialsText;
using ce::test::OAuth2Text;
using ce::test::oauth1Text;

namespace {

QString elementsDir()
{
    return QStringLiteral(CEP_SOURCE_DIR "/resources/elements");
}

QStringList shippedFiles()
{
    return QDir(elementsDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum class Base { OAuth2, OAuth1, Credentials };

QByteArray baseText(Base base)
{
    switch (base) {
    case Base::OAuth2: return QByteArray(OAuth2Text);
    case Base::OAuth1: return oauth1Text();
    case Base::Credentials: return QByteArray(CredentialsText);
    }
    return {};
}

}  // namespace

Q_DECLARE_METATYPE(Base)

class TstElementDescription : public QObject
{
    Q_OBJECT

private slots:
    void shippedDescriptors_data();
    void shippedDescriptors();
    void shippedDescriptorsAreAllBuiltIn();
    void freshbooks();
    void freshbooksEntries();
    void basesAreValid_data();
    void basesAreValid();
    void defaults();
    void displayOrderAndHelpers();
    void secretConfigurationKeys();
    void grantParameters();
    void refusals_data();
    void refusals();
    void refusalsWithoutLine_data();
    void refusalsWithoutLine();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void exportLeavesDefaultsOut();
    void builtinRefusesBadIds_data();
    void builtinRefusesBadIds();
    void normaliseSubdomain_data();
    void normaliseSubdomain();
    void checkSubdomain_data();
    void checkSubdomain();
    void checkHttpUrl_data();
    void checkHttpUrl();
};

void TstElementDescription::shippedDescriptors_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : shippedFiles())
        QTest::newRow(qPrintable(file)) << file;
}

// Every shipped file: it parses, is named after its id, and follows the rules and
// conventions of resources/elements/README.md.
void TstElementDescription::shippedDescriptors()
{
    QFETCH(QString, file);
    const QByteArray json = readFile(elementsDir() + u'/' + file);
    QVERIFY(!json.isEmpty());
    QString error;
    const auto d = ElementDescription::fromJson(json, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->id + u".json"_s, file);
    const QJsonObject raw = QJsonDocument::fromJson(json).object();

    QVERIFY(!d->name.trimmed().isEmpty());
    QVERIFY(!d->description.trimmed().isEmpty());
    QVERIFY(!d->sources.isEmpty());
    const QRegularExpression placeholder(u"\\A<[A-Z0-9_ -]+>\\z"_s);
    const QRegularExpression variable(u"\\A[A-Z_][A-Z0-9_]*\\z"_s);
    const QJsonArray rawEntries = raw.value("configuration"_L1).toArray();
    QCOMPARE(d->configuration.size(), rawEntries.size());
    QSet<QString> variables;
    for (qsizetype i = 0; i < d->configuration.size(); ++i) {
        const ConfigurationEntry &e = d->configuration.at(i);
        const QJsonObject rawEntry = rawEntries.at(i).toObject();
        QVERIFY2(!e.label.trimmed().isEmpty(), qPrintable(e.key));
        QVERIFY2(!e.description.trimmed().isEmpty(), qPrintable(e.key));
        if (!e.placeholder.isEmpty())
            QVERIFY2(placeholder.match(e.placeholder).hasMatch(), qPrintable(e.key + u": "_s + e.placeholder));
        if (e.hidden)
            QVERIFY2(e.hasDefault(), qPrintable(e.key));
        for (const ce::ChoiceOption &o : e.options)
            QVERIFY2(!o.label.trimmed().isEmpty() && !o.value.isEmpty(), qPrintable(e.key));
        if (e.isSecret()) {
            // Named in the file, after the element, so that one shell holds several.
            QVERIFY2(rawEntry.contains("environmentVariable"_L1), qPrintable(e.key));
            QVERIFY2(variable.match(e.environmentVariable).hasMatch(), qPrintable(e.environmentVariable));
            QVERIFY2(!variables.contains(e.environmentVariable), qPrintable(e.environmentVariable));
            variables.insert(e.environmentVariable);
            QVERIFY2(!e.hasDefault(), qPrintable(e.key));
            QVERIFY2(!e.hidden, qPrintable(e.key));
            QVERIFY(d->isSecretConfigurationKey(e.key));
        }
    }
    for (const ProviderDataEntry &f : d->providerData) {
        if (!f.placeholder.isEmpty())
            QVERIFY2(placeholder.match(f.placeholder).hasMatch(), qPrintable(f.key + u": "_s + f.placeholder));
    }

    if (d->isOAuth()) {
        // The trio, in that order, first (FreshBooks keeps its documented order: the site
        // address before the optional callback URL).
        const QStringList trioKeys{u"oauth.api.key"_s, u"oauth.api.secret"_s, u"oauth.callback.url"_s};
        const QStringList trioParameters{u"apiKey"_s, u"apiSecret"_s, u"callbackUrl"_s};
        const QStringList keys = d->configurationKeys();
        for (int i = 0; i < 3; ++i) {
            const qsizetype at = keys.indexOf(trioKeys.at(i));
            QVERIFY2(at == i || (d->id == "freshbooks"_L1 && at == i + 1), qPrintable(trioKeys.at(i)));
            QCOMPARE(d->configuration.at(at).oauthParameter, trioParameters.at(i));
        }
        const ConfigurationEntry *callback = d->entryForOAuthParameter(u"callbackUrl"_s);
        QVERIFY(d->entryForOAuthParameter(u"apiSecret"_s)->isSecret());
        QCOMPARE(callback->format, ConfigurationEntry::Format::Url);
        QCOMPARE(callback->defaultValue, u"https://www.mycoolapp.com/auth"_s);
        QVERIFY(!d->providerData.isEmpty());
        QCOMPARE(d->grantParameters(), d->authentication == Authentication::OAuth2 ? QStringList{u"code"_s}
                                                                                    : QStringList{u"oauth_verifier"_s});
    } else {
        QVERIFY(d->providerData.isEmpty());
        QVERIFY(d->grantParameters().isEmpty());
        for (const ConfigurationEntry &e : d->configuration)
            QVERIFY(e.oauthParameter.isEmpty() && !e.oauthOnly);
    }

    // Descriptors that share a key each have a variant, all different.
    QStringList variants;
    for (const QString &other : shippedFiles()) {
        const auto o = ElementDescription::fromJson(readFile(elementsDir() + u'/' + other));
        QVERIFY2(o, qPrintable(other));
        if (o->key == d->key)
            variants.append(o->variant);
    }
    if (variants.size() > 1) {
        QVERIFY2(!d->variant.isEmpty(), qPrintable(d->id));
        QCOMPARE(QSet<QString>(variants.cbegin(), variants.cend()).size(), variants.size());
    }

    // Shipped as it is in the source tree, and loaded as a built-in descriptor.
    QCOMPARE(readFile(u":/elements/"_s + file), json);
    const ElementDescription *builtin = ElementDescription::builtin(d->id);
    QVERIFY(builtin);
    QCOMPARE(*builtin, *d);
    QCOMPARE(builtin->origin, ElementDescription::Origin::BuiltIn);
}

void TstElementDescription::shippedDescriptorsAreAllBuiltIn()
{
    const ce::ElementCatalog &catalog = ce::ElementCatalog::builtIn();
    for (const ce::ElementCatalog::Problem &p : catalog.problems())
        qWarning().noquote() << p.text();
    QVERIFY(catalog.problems().isEmpty());
    QStringList ids = catalog.ids();
    ids.sort();
    QStringList expected;
    for (const QString &file : shippedFiles())
        expected.append(file.chopped(5));
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(expected.size(), 16);
}

void TstElementDescription::freshbooks()
{
    const ElementDescription *d = ElementDescription::builtin(u"freshbooks"_s);
    QVERIFY(d);
    QCOMPARE(d->id, u"freshbooks"_s);
    QCOMPARE(d->key, u"freshbooks"_s);
    QCOMPARE(d->elementId, qint64(172));
    QCOMPARE(d->name, u"FreshBooks"_s);
    QCOMPARE(d->title(), u"FreshBooks"_s);
    QCOMPARE(d->authentication, Authentication::OAuth1);
    QCOMPARE(d->callbackState, u"freshbooks"_s);
    QCOMPARE(d->authorizationUrl, u"https://{siteAddress}.freshbooks.com/oauth/oauth_authorize.php"_s);
    QCOMPARE(d->refusalParameters, (QStringList{u"error"_s, u"not_approved"_s, u"oauth_problem"_s}));
    QVERIFY(!d->description.isEmpty());

    // The documented configuration keys, in the documented order, then the optional callback.
    QCOMPARE(d->configurationKeys(), (QStringList{u"oauth.api.key"_s, u"oauth.api.secret"_s,
                                                  u"freshbooks.site.address"_s, u"oauth.callback.url"_s}));
    QCOMPARE(d->providerDataKeys(), (QStringList{u"oauth_token"_s, u"oauth_verifier"_s, u"secret"_s}));
    // The grant is the verifier: the request token is in the provider page's own address.
    QCOMPARE(d->grantParameters(), QStringList{u"oauth_verifier"_s});

    // What the platform adds to a created instance.
    QCOMPARE(d->instanceDefaults.value("base.url"_L1).toString(), u"https://{site.address}/api/2.1"_s);
    QCOMPARE(d->instanceDefaults.value("pagination.max"_L1).toString(), u"100"_s);
    QVERIFY(d->instanceDefaults.contains("event.notification.callback.url"_L1));
    QVERIFY(d->instanceDefaults.value("event.notification.callback.url"_L1).isNull());
    // Events come by webhook only (the documentation's event.vendor.type).
    QCOMPARE(d->eventMethods, QStringList{u"webhook"_s});
}

void TstElementDescription::freshbooksEntries()
{
    const ElementDescription &d = *ElementDescription::builtin(u"freshbooks"_s);

    struct Expected
    {
        const char *key;
        bool required;
        bool secret;
        ConfigurationEntry::Format format;
        const char *oauthParameter;
        const char *responseKey;
        const char *placeholder;
    };
    const Expected expected[] = {
        {"oauth.api.key", true, false, ConfigurationEntry::Format::Text, "apiKey", "oauth.api.key",
         "<INSERT_FRESHBOOKS_API_KEY>"},
        {"oauth.api.secret", true, true, ConfigurationEntry::Format::Text, "apiSecret", "oauth.api.secret",
         "<INSERT_FRESHBOOKS_API_SECRET>"},
        {"freshbooks.site.address", true, false, ConfigurationEntry::Format::Subdomain, "siteAddress",
         "site.address", "<INSERT_FRESHBOOKS_SITE_ADDRESS>"},
        {"oauth.callback.url", false, false, ConfigurationEntry::Format::Url, "callbackUrl",
         "oauth.callback.url", "<INSERT_CALLBACK_URL>"},
    };
    QCOMPARE(d.configuration.size(), qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < d.configuration.size(); ++i) {
        const ConfigurationEntry &p = d.configuration.at(i);
        const Expected &e = expected[i];
        QCOMPARE(p.key, QString::fromLatin1(e.key));
        QCOMPARE(p.required, e.required);
        QCOMPARE(p.isSecret(), e.secret);
        QCOMPARE(p.format, e.format);
        QCOMPARE(p.oauthParameter, QString::fromLatin1(e.oauthParameter));
        QCOMPARE(p.responseKey, QString::fromLatin1(e.responseKey));
        QCOMPARE(p.placeholder, QString::fromLatin1(e.placeholder));
        QVERIFY(!p.displayLabel().isEmpty());
        QVERIFY(!p.displayDescription().isEmpty());
        QVERIFY(!p.hidden);
        QCOMPARE(d.entry(p.key), &p);
        QCOMPARE(d.entryForOAuthParameter(p.oauthParameter), &p);
    }
    QCOMPARE(d.entry(u"oauth.api.secret"_s)->environmentVariable, u"FRESHBOOKS_CONSUMER_SECRET"_s);
    QCOMPARE(d.entry(u"oauth.callback.url"_s)->defaultValue, u"https://www.mycoolapp.com/auth"_s);
    QCOMPARE(d.entry(u"freshbooks.site.address"_s)->domain, u"freshbooks.com"_s);
    QCOMPARE(d.entry(u"nope"_s), nullptr);
    QCOMPARE(d.entryForOAuthParameter(u"requestToken"_s), nullptr);
    QCOMPARE(d.entryForOAuthParameter(QString()), nullptr);

    const char *placeholders[] = {"<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>",
                                  "<OAUTH_VERIFIER_RETURNED_IN_OAUTH_EXCHANGE>",
                                  "<SECRET_RETURNED_IN_OAUTH_EXCHANGE>"};
    const ProviderDataEntry::Source sources[] = {ProviderDataEntry::Source::Callback, ProviderDataEntry::Source::Callback,
                                                 ProviderDataEntry::Source::RequestToken};
    QCOMPARE(d.providerData.size(), 3);
    for (qsizetype i = 0; i < d.providerData.size(); ++i) {
        const ProviderDataEntry &f = d.providerData.at(i);
        QVERIFY(f.required);
        QVERIFY(f.secret);
        QCOMPARE(f.source, sources[i]);
        QCOMPARE(f.placeholder, QString::fromLatin1(placeholders[i]));
        QCOMPARE(d.providerDataEntry(f.key), &f);
    }
    QCOMPARE(d.providerDataEntry(u"refresh_token"_s), nullptr);
}

void TstElementDescription::basesAreValid_data()
{
    QTest::addColumn<Base>("base");
    QTest::newRow("oauth2") << Base::OAuth2;
    QTest::newRow("oauth1") << Base::OAuth1;
    QTest::newRow("credentials") << Base::Credentials;
}

// The texts the refusal table breaks are themselves valid.
void TstElementDescription::basesAreValid()
{
    QFETCH(Base, base);
    QString error;
    QVERIFY2(ElementDescription::fromJson(baseText(base), &error), qPrintable(error));
}

// What an absent field means.
void TstElementDescription::defaults()
{
    const auto oauth2 = ElementDescription::fromJson(QByteArray(OAuth2Text));
    QVERIFY(oauth2);
    QCOMPARE(oauth2->state, ElementDescription::OAuthState::Random);
    QCOMPARE(oauth2->refusalParameters, QStringList{u"error"_s});
    QCOMPARE(oauth2->elementId, qint64(0));
    const ConfigurationEntry *key = oauth2->entry(u"oauth.api.key"_s);
    QVERIFY(key);
    QCOMPARE(key->type, ConfigurationEntry::Type::Text);
    QCOMPARE(key->format, ConfigurationEntry::Format::Text);
    QCOMPARE(key->responseKey, key->key);
    QCOMPARE(key->order, 0);
    QVERIFY(!key->hidden && !key->oauthOnly && !key->hasDefault());
    QVERIFY(key->placeholder.isEmpty());
    QVERIFY(key->environmentVariable.isEmpty());
    const ConfigurationEntry *secret = oauth2->entry(u"oauth.api.secret"_s);
    QCOMPARE(secret->placeholder, u"<SECRET>"_s);
    QCOMPARE(secret->environmentVariable, u"OAUTH_API_SECRET"_s);
    QVERIFY(!oauth2->entry(u"demo.region"_s)->required);
    QCOMPARE(oauth2->providerData.first().placeholder, u"<SECRET>"_s);
    QVERIFY(oauth2->instanceDefaults.value("x"_L1).isNull());

    const auto oauth1 = ElementDescription::fromJson(oauth1Text());
    QVERIFY(oauth1);
    QCOMPARE(oauth1->refusalParameters, (QStringList{u"error"_s, u"not_approved"_s, u"oauth_problem"_s}));
    QByteArray withoutState = oauth1Text();
    withoutState.replace(R"("callbackState": "demo",)", "");
    const auto noState = ElementDescription::fromJson(withoutState);
    QVERIFY(noState);
    QCOMPARE(noState->callbackState, u"demo"_s);  // the key

    const auto credentials = ElementDescription::fromJson(QByteArray(CredentialsText));
    QVERIFY(credentials);
    QCOMPARE(credentials->id, u"demo"_s);  // the key
    QCOMPARE(credentials->authentication, Authentication::Credentials);
    QVERIFY(credentials->refusalParameters.isEmpty());
    QCOMPARE(ConfigurationEntry::defaultEnvironmentVariable(u"oauth.api.secret"_s), u"OAUTH_API_SECRET"_s);
    QCOMPARE(ConfigurationEntry::defaultEnvironmentVariable(u"api-key_2.x"_s), u"API_KEY_2_X"_s);
}

void TstElementDescription::displayOrderAndHelpers()
{
    QByteArray text(OAuth2Text);
    text.replace(R"("key": "demo.flag", )", R"("key": "demo.flag", "order": -1, )");
    text.replace(R"("key": "demo.region", )", R"("key": "demo.region", "order": 2, )");
    text.replace(R"("key": "oauth.api.key", )", R"("key": "oauth.api.key", "order": 2, )");
    const auto d = ElementDescription::fromJson(text);
    QVERIFY(d);
    QStringList order;
    for (const ConfigurationEntry *e : d->visibleEntries())
        order.append(e->key);
    // Ascending, ties in the file's order, hidden entries left out.
    QCOMPARE(order, (QStringList{u"demo.flag"_s, u"oauth.api.secret"_s, u"oauth.callback.url"_s, u"demo.site"_s,
                                 u"oauth.api.key"_s, u"demo.region"_s}));
    const ConfigurationEntry *region = d->entry(u"demo.region"_s);
    QVERIFY(region->option(u"eu"_s));
    QCOMPARE(region->option(u"eu"_s)->label, u"Europe"_s);
    QCOMPARE(region->option(u"us"_s), nullptr);
    // What is sent: a hidden entry its default, a site address normalised.
    QCOMPARE(d->entry(u"authentication.type"_s)->valueToSend(u"other"_s), u"oauth2"_s);
    QCOMPARE(d->entry(u"demo.site"_s)->valueToSend(u" https://Acme.demo.test/ "_s), u"acme"_s);
    QCOMPARE(d->entry(u"demo.site"_s)->valueToSend(u"<SITE>"_s), u"<SITE>"_s);
    QCOMPARE(d->entry(u"oauth.api.key"_s)->valueToSend(u"  k  "_s), u"k"_s);

    ElementDescription variant = *d;
    variant.variant = u"EU"_s;
    QCOMPARE(variant.title(), u"Demo (EU)"_s);
    QCOMPARE(ElementDescription::authenticationName(Authentication::OAuth1), u"oauth1"_s);
    QCOMPARE(ElementDescription::authenticationName(Authentication::Credentials), u"credentials"_s);
}

void TstElementDescription::secretConfigurationKeys()
{
    const ElementDescription &d = *ElementDescription::builtin(u"freshbooks"_s);
    // Marked secret in the description...
    QVERIFY(d.isSecretConfigurationKey(u"oauth.api.secret"_s));
    // ...or secret by name, described or not (as the platform answers).
    QVERIFY(d.isSecretConfigurationKey(u"oauth.user.token"_s));
    QVERIFY(d.isSecretConfigurationKey(u"oauth.user.token.secret"_s));
    QVERIFY(d.isSecretConfigurationKey(u"client_secret"_s));
    QVERIFY(!d.isSecretConfigurationKey(u"oauth.api.key"_s));
    QVERIFY(!d.isSecretConfigurationKey(u"site.address"_s));
    QVERIFY(!d.isSecretConfigurationKey(u"base.url"_s));
    // By the key the platform answers with, too.
    QByteArray text(CredentialsText);
    text.replace(R"("type": "secret", "required": true})", R"("type": "secret", "required": true, "responseKey": "credential"})");
    const auto renamed = ElementDescription::fromJson(text);
    QVERIFY(renamed);
    QCOMPARE(renamed->entry(u"api.key"_s)->responseKey, u"credential"_s);
    QVERIFY(renamed->isSecretConfigurationKey(u"api.key"_s));
    QVERIFY(renamed->isSecretConfigurationKey(u"credential"_s));
    QVERIFY(!renamed->isSecretConfigurationKey(u"subdomain"_s));
}

void TstElementDescription::grantParameters()
{
    QCOMPARE(ElementDescription::fromJson(QByteArray(OAuth2Text))->grantParameters(), QStringList{u"code"_s});
    QCOMPARE(ElementDescription::fromJson(oauth1Text())->grantParameters(), QStringList{u"oauth_verifier"_s});
    // More callback entries marked secret carry the grant too; those that are not do not.
    QByteArray text(OAuth2Text);
    text.replace(R"({"key": "code", "source": "callback", "required": true, "secret": true})",
                 R"({"key": "code", "source": "callback", "required": true, "secret": true}, )"
                 R"({"key": "realmId", "source": "callback", "required": true}, )"
                 R"({"key": "id_token", "source": "callback", "secret": true})");
    const auto d = ElementDescription::fromJson(text);
    QVERIFY(d);
    QCOMPARE(d->grantParameters(), (QStringList{u"code"_s, u"id_token"_s}));
    QVERIFY(ElementDescription::fromJson(QByteArray(CredentialsText))->grantParameters().isEmpty());
}

void TstElementDescription::refusals_data()
{
    QTest::addColumn<Base>("base");
    QTest::addColumn<QByteArray>("from");  // a text of the base, found once
    QTest::addColumn<QByteArray>("to");    // its replacement (on the same line)
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const auto row = [](const char *name, Base base, const QByteArray &from, const QByteArray &to, int line,
                        const QString &field, const QStringList &mentions = {}) {
        QTest::newRow(name) << base << from << to << line << field << mentions;
    };
    const Base O2 = Base::OAuth2;
    const Base O1 = Base::OAuth1;
    const Base C = Base::Credentials;

    // The top level
    row("not json", O2, R"("name": "Demo",)", R"("name": "Demo",,)", 5, {}, {u"JSON"_s});
    row("schema 1", O2, R"("schemaVersion": 2)", R"("schemaVersion": 1)", 2, u"schemaVersion"_s, {u"version 1"_s});
    row("schema 3", O2, R"("schemaVersion": 2)", R"("schemaVersion": 3)", 2, u"schemaVersion"_s, {u"3"_s});
    row("schema as text", O2, R"("schemaVersion": 2)", R"("schemaVersion": "2")", 2, u"schemaVersion"_s);
    row("no schema", O2, R"("schemaVersion": 2,)", "", 1, u"schemaVersion"_s, {u"missing"_s});
    row("unknown field", O2, R"("name": "Demo",)", R"("name": "Demo", "nmae": "x",)", 5, u"nmae"_s, {u"not a field"_s});
    row("v1 authType", O2, R"("name": "Demo",)", R"("name": "Demo", "authType": "oauth2",)", 5, u"authType"_s);
    row("null", O2, R"("name": "Demo",)", R"("name": "Demo", "variant": null,)", 5, u"variant"_s, {u"null"_s});
    row("id pattern", O2, R"("id": "demo")", R"("id": "Demo_1")", 3, u"id"_s, {u"Demo_1"_s});
    row("id empty", O2, R"("id": "demo")", R"("id": "")", 3, u"id"_s, {u"empty"_s});
    row("id not a string", O2, R"("id": "demo")", R"("id": 7)", 3, u"id"_s, {u"string"_s});
    row("key pattern", O2, R"("key": "demo")", R"("key": "Demo Key")", 4, u"key"_s, {u"Demo Key"_s});
    row("no key", O2, R"("key": "demo",)", "", 1, u"key"_s, {u"missing"_s});
    row("key as id", C, R"("key": "demo")", R"("key": "demo_x")", 3, u"key"_s, {u"\"id\""_s});
    row("elementId 0", O2, R"("name": "Demo",)", R"("name": "Demo", "elementId": 0,)", 5, u"elementId"_s, {u"above 0"_s});
    row("elementId 1.5", O2, R"("name": "Demo",)", R"("name": "Demo", "elementId": 1.5,)", 5, u"elementId"_s);
    row("no name", O2, R"("name": "Demo",)", "", 1, u"name"_s, {u"missing"_s});
    row("blank name", O2, R"("name": "Demo")", R"("name": "  ")", 5, u"name"_s, {u"empty"_s});
    row("no description", O2, R"("description": "A demo element.",)", "", 1, u"description"_s);
    row("empty variant", O2, R"("name": "Demo",)", R"("name": "Demo", "variant": "",)", 5, u"variant"_s, {u"empty"_s});
    row("empty image", O2, R"("name": "Demo",)", R"("name": "Demo", "image": "",)", 5, u"image"_s);
    row("unknown authentication", O2, R"("authentication": "oauth2")", R"("authentication": "oauth3")", 7, u"authentication"_s, {u"oauth3"_s});
    row("no authentication", O2, R"("authentication": "oauth2",)", "", 1, u"authentication"_s);
    row("no sources", O2, R"("sources": ["test"])", R"("sources": [])", 8, u"sources"_s, {u"at least one"_s});
    row("empty source", O2, R"("sources": ["test"])", R"("sources": [" "])", 8, u"sources"_s, {u"sources[0]"_s});
    row("source not text", O2, R"("sources": ["test"])", R"("sources": ["test", 3])", 8, u"sources[1]"_s);
    row("empty unknown", O2, R"("name": "Demo",)", R"("name": "Demo", "unknown": "",)", 5, u"unknown"_s);
    // oauth
    row("no oauth", O2, R"("oauth": {)", R"("oauthX": {)", 1, u"oauth"_s, {u"missing"_s});
    row("oauth not an object", O2, R"("oauth": {)", R"("oauth": 1, "oauthX": {)", 9, u"oauth"_s, {u"object"_s});
    row("oauth unknown field", O2, R"("state": "random",)", R"("state": "random", "scope": "x",)", 10,
        u"oauth.scope"_s);
    row("state unknown", O2, R"("state": "random")", R"("state": "sometimes")", 10, u"oauth.state"_s,
        {u"sometimes"_s, u"elementKey"_s});
    row("state on oauth1", O1, R"("callbackState": "demo",)", R"("state": "random",)", 10, u"oauth.state"_s,
        {u"oauth2"_s});
    row("callbackState on oauth2", O2, R"("state": "random",)", R"("callbackState": "demo",)", 10,
        u"oauth.callbackState"_s, {u"oauth1"_s});
    row("requestTokenUrl on oauth2", O2, R"("state": "random",)", R"("requestTokenUrl": "https://x.test/t",)", 10,
        u"oauth.requestTokenUrl"_s, {u"oauth1"_s});
    row("accessTokenUrl on oauth2", O2, R"("state": "random",)", R"("accessTokenUrl": "https://x.test/t",)", 10,
        u"oauth.accessTokenUrl"_s, {u"oauth1"_s});
    row("url template unknown", O2, "{siteAddress}.demo", "{tenant}.demo", 11, u"oauth.authorizationUrl"_s,
        {u"{tenant}"_s});
    row("url not http", O2, "https://{siteAddress}.demo.test/authorize", "ftp://{siteAddress}.demo.test/", 11,
        u"oauth.authorizationUrl"_s, {u"https://"_s});
    row("url relative", O2, "https://{siteAddress}.demo.test/authorize", "/authorize", 11,
        u"oauth.authorizationUrl"_s);
    row("request token url template", O1, R"("callbackState": "demo",)",
        R"("callbackState": "demo", "requestTokenUrl": "https://{nope}.x.test/",)", 10, u"oauth.requestTokenUrl"_s,
        {u"{nope}"_s});
    row("refusals empty", O2, R"("state": "random",)", R"("state": "random", "refusalParameters": [],)", 10,
        u"oauth.refusalParameters"_s, {u"at least one"_s});
    row("refusals twice", O2, R"("state": "random",)", R"("state": "random", "refusalParameters": ["error", "error"],)",
        10, u"oauth.refusalParameters"_s, {u"twice"_s});
    row("refusal is provider data", O2, R"("state": "random",)",
        R"("state": "random", "refusalParameters": ["error", "code"],)", 10, u"oauth.refusalParameters"_s,
        {u"code"_s});
    row("refusal not text", O2, R"("state": "random",)", R"("state": "random", "refusalParameters": [1],)", 10,
        u"oauth.refusalParameters[0]"_s);
    // configuration
    row("no configuration", O2, R"("configuration": [)", R"("configurationX": [)", 1, u"configuration"_s,
        {u"missing"_s});
    row("configuration empty", O2, R"("configuration": [)", R"("configuration": [], "configurationX": [)", 13,
        u"configuration"_s, {u"at least one"_s});
    row("entry not an object", O2, R"({"key": "oauth.api.key")", R"("oops", {"key": "oauth.api.key")", 14,
        u"configuration[0]"_s, {u"object"_s});
    row("entry unknown field", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "secret": true,)", 18,
        u"configuration[4].secret"_s, {u"not a field"_s});
    row("entry null", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "order": null,)", 18,
        u"configuration[4].order"_s, {u"null"_s});
    row("key with space", O2, R"("key": "demo.flag")", R"("key": "demo flag")", 18, u"configuration[4].key"_s,
        {u"white space"_s});
    row("key twice", O2, R"("key": "demo.flag")", R"("key": "demo.site")", 18, u"configuration[4].key"_s,
        {u"demo.site"_s, u"twice"_s});
    row("no label", O2, R"("label": "Flag", )", "", 18, u"configuration[4].label"_s, {u"missing"_s});
    row("empty description", O2, R"("description": "A flag.")", R"("description": "")", 18,
        u"configuration[4].description"_s, {u"empty"_s});
    row("unknown type", O2, R"("type": "boolean")", R"("type": "number")", 18, u"configuration[4].type"_s,
        {u"number"_s});
    row("options on a boolean", O2, R"("type": "boolean",)", R"("type": "boolean", "options": [],)", 18,
        u"configuration[4].options"_s, {u"choice"_s});
    row("choice without options", O2, R"(, "options": [{"value": "eu", "label": "Europe"}])", "", 19,
        u"configuration[5].options"_s, {u"missing"_s});
    row("options empty", O2, R"("options": [{"value": "eu", "label": "Europe"}])", R"("options": [])", 19,
        u"configuration[5].options"_s, {u"at least one"_s});
    row("option value twice", O2, R"({"value": "eu", "label": "Europe"})",
        R"({"value": "eu", "label": "Europe"}, {"value": "eu", "label": "EU"})", 19,
        u"configuration[5].options[1].value"_s, {u"twice"_s});
    row("option unknown field", O2, R"("label": "Europe")", R"("label": "Europe", "default": true)", 19,
        u"configuration[5].options[0].default"_s);
    row("option without label", O2, R"(, "label": "Europe")", "", 19, u"configuration[5].options[0].label"_s);
    row("required not a boolean", O2, R"("required": true, "oauthParameter": "apiKey")",
        R"("required": "yes", "oauthParameter": "apiKey")", 14, u"configuration[0].required"_s, {u"true or false"_s});
    row("hidden without default", O2, R"(, "default": "oauth2")", "", 20, u"configuration[6].hidden"_s,
        {u"default"_s});
    row("secret hidden", O2, R"("type": "secret",)", R"("type": "secret", "hidden": true,)", 15,
        u"configuration[1].hidden"_s, {u"never hidden"_s});
    row("secret default", O2, R"("type": "secret",)", R"("type": "secret", "default": "s3cret",)", 15,
        u"configuration[1].default"_s, {u"no default"_s});
    row("secret format", O2, R"("type": "secret",)", R"("type": "secret", "format": "text",)", 15,
        u"configuration[1].format"_s, {u"text entries"_s});
    row("boolean default", O2, R"("default": "false")", R"("default": "no")", 18, u"configuration[4].default"_s,
        {u"\"true\" or \"false\""_s});
    row("choice default", O2, R"("type": "choice",)", R"("type": "choice", "default": "us",)", 19,
        u"configuration[5].default"_s, {u"us"_s});
    row("placeholder default", O2, R"("default": "oauth2")", R"("default": "<TYPE>")", 20,
        u"configuration[6].default"_s, {u"placeholder"_s});
    row("url default", O2, R"("default": "https://example.test/cb")", R"("default": "example.test/cb")", 16,
        u"configuration[2].default"_s, {u"https://"_s});
    row("subdomain default", O2, R"("domain": "demo.test")", R"("domain": "demo.test", "default": "a.other.test")",
        17, u"configuration[3].default"_s, {u"demo.test"_s});
    row("empty default", O2, R"("default": "false")", R"("default": "")", 18, u"configuration[4].default"_s,
        {u"empty"_s});
    row("order not whole", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "order": 1.5,)", 18,
        u"configuration[4].order"_s, {u"whole number"_s});
    row("order as text", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "order": "1",)", 18,
        u"configuration[4].order"_s, {u"whole number"_s});
    row("oauthParameter pattern", O2, R"("oauthParameter": "siteAddress")", R"("oauthParameter": "site address")",
        17, u"configuration[3].oauthParameter"_s, {u"site address"_s});
    row("oauthParameter state", O2, R"("oauthParameter": "siteAddress")", R"("oauthParameter": "state")", 17,
        u"configuration[3].oauthParameter"_s, {u"state"_s});
    row("oauthParameter requestToken", O1, R"("oauthParameter": "siteAddress")",
        R"("oauthParameter": "requestToken")", 17, u"configuration[3].oauthParameter"_s, {u"requestToken"_s});
    row("oauthParameter twice", O2, R"("oauthParameter": "siteAddress")", R"("oauthParameter": "apiKey")", 17,
        u"configuration[3].oauthParameter"_s, {u"apiKey"_s});
    row("oauthOnly alone", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "oauthOnly": true,)", 18,
        u"configuration[4].oauthOnly"_s, {u"oauthParameter"_s});
    row("unknown format", O2, R"("format": "subdomain")", R"("format": "email")", 17, u"configuration[3].format"_s,
        {u"email"_s});
    row("format on a boolean", O2, R"("type": "boolean",)", R"("type": "boolean", "format": "url",)", 18,
        u"configuration[4].format"_s);
    row("subdomain without domain", O2, R"(, "domain": "demo.test")", "", 17, u"configuration[3].domain"_s,
        {u"missing"_s});
    row("domain not a host", O2, R"("domain": "demo.test")", R"("domain": "demo")", 17,
        u"configuration[3].domain"_s, {u"host name"_s});
    row("domain without subdomain", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "domain": "x.test",)", 18,
        u"configuration[4].domain"_s, {u"subdomain"_s});
    row("placeholder pattern", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "placeholder": "INSERT_FLAG",)",
        18, u"configuration[4].placeholder"_s, {u"INSERT_FLAG"_s});
    row("placeholder lower case", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "placeholder": "<flag>",)",
        18, u"configuration[4].placeholder"_s);
    row("empty responseKey", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "responseKey": "",)", 18,
        u"configuration[4].responseKey"_s, {u"empty"_s});
    row("environmentVariable not secret", O2, R"("key": "demo.flag",)",
        R"("key": "demo.flag", "environmentVariable": "FLAG",)", 18, u"configuration[4].environmentVariable"_s,
        {u"secret"_s});
    row("environmentVariable pattern", O2, R"("type": "secret",)",
        R"("type": "secret", "environmentVariable": "lower",)", 15, u"configuration[1].environmentVariable"_s,
        {u"lower"_s});
    row("environmentVariable reserved", O2, R"("type": "secret",)",
        R"("type": "secret", "environmentVariable": "CE_USER_SECRET",)", 15,
        u"configuration[1].environmentVariable"_s, {u"CE_USER_SECRET"_s});
    row("default variable invalid", C, R"("key": "api.key")", R"("key": "1api.key")", 10, u"configuration[1].key"_s,
        {u"1API_KEY"_s, u"environmentVariable"_s});
    row("environmentVariable twice", O2, R"("type": "boolean", "default": "false")",
        R"("type": "secret", "environmentVariable": "OAUTH_API_SECRET")", 18,
        u"configuration[4].environmentVariable"_s, {u"OAUTH_API_SECRET"_s, u"oauth.api.secret"_s});
    row("unknown text empty", O2, R"("key": "demo.flag",)", R"("key": "demo.flag", "unknown": "",)", 18,
        u"configuration[4].unknown"_s);
    row("no apiKey entry", O2, R"("oauthParameter": "apiKey")", R"("oauthParameter": "clientId")", 13,
        u"configuration"_s, {u"apiKey"_s});
    row("no callbackUrl entry", O1, R"("oauthParameter": "callbackUrl", )", "", 13, u"configuration"_s,
        {u"callbackUrl"_s});
    row("apiSecret not secret", O2, R"("type": "secret", )", "", 15, u"configuration[1].oauthParameter"_s,
        {u"secret"_s});
    row("apiSecret typed text", O2, R"("type": "secret", )", R"("type": "text", )", 15, u"configuration[1].type"_s,
        {u"secret"_s});
    row("callbackUrl not a url", O2, R"("format": "url")", R"("format": "text")", 16, u"configuration[2].format"_s,
        {u"url"_s});
    // providerData
    row("no providerData", O2, R"("providerData": [)", R"("providerDataX": [)", 1, u"providerData"_s,
        {u"missing"_s});
    row("providerData empty", O2, R"("providerData": [)", R"("providerData": [], "providerDataX": [)", 22,
        u"providerData"_s, {u"at least one"_s});
    row("no code", O2, R"({"key": "code")", R"({"key": "token")", 22, u"providerData"_s, {u"code"_s});
    row("code not secret", O2, R"("required": true, "secret": true})", R"("required": true, "secret": false})", 23,
        u"providerData[0].key"_s, {u"\"secret\": true"_s});
    row("unknown source", O2, R"("source": "callback")", R"("source": "header")", 23, u"providerData[0].source"_s,
        {u"header"_s});
    row("request token in oauth2", O2, R"("source": "callback")", R"("source": "requestToken")", 23,
        u"providerData[0].source"_s, {u"oauth1"_s});
    row("state as provider data", O2, R"("secret": true})", R"("secret": true}, {"key": "state", "source": "callback"})",
        23, u"providerData[1].key"_s, {u"state"_s});
    row("provider unknown field", O2, R"("source": "callback",)", R"("source": "callback", "label": "Code",)", 23,
        u"providerData[0].label"_s);
    row("provider key twice", O2, R"("secret": true})", R"("secret": true}, {"key": "code", "source": "callback"})",
        23, u"providerData[1].key"_s, {u"twice"_s});
    row("provider placeholder", O2, R"("secret": true})", R"("secret": true, "placeholder": "code"})", 23,
        u"providerData[0].placeholder"_s);
    row("provider secret not a boolean", O2, R"("secret": true})", R"("secret": 1})", 23,
        u"providerData[0].secret"_s, {u"true or false"_s});
    row("oauth1 without verifier", O1, R"("key": "oauth_verifier")", R"("key": "verifier")", 22,
        u"providerData"_s, {u"oauth_verifier"_s});
    row("oauth1 token not required", O1, R"({"key": "oauth_token", "source": "callback", "required": true)",
        R"({"key": "oauth_token", "source": "callback", "required": false)", 23, u"providerData[0].key"_s,
        {u"required"_s});
    row("oauth1 without request token", O1, R"("source": "requestToken")", R"("source": "callback")", 22,
        u"providerData"_s, {u"requestToken"_s});
    row("oauth1 request token twice", O1, R"({"key": "secret", "source": "requestToken", "required": true, "secret": true})",
        R"({"key": "secret", "source": "requestToken", "required": true, "secret": true}, {"key": "s2", "source": "requestToken", "secret": true})",
        23, u"providerData[3].source"_s, {u"only one"_s});
    row("oauth1 request token not secret", O1,
        R"({"key": "secret", "source": "requestToken", "required": true, "secret": true})",
        R"({"key": "secret", "source": "requestToken", "required": true})", 23, u"providerData[2].source"_s,
        {u"\"secret\": true"_s});
    // instanceDefaults
    row("instance default number", O2, R"("x": null)", R"("x": 5)", 25, u"instanceDefaults"_s, {u"instanceDefaults.x"_s});
    row("instanceDefaults not an object", O2, R"("instanceDefaults": {"base.url": "https://{demo.site}/api", "x": null})",
        R"("instanceDefaults": "none")", 25, u"instanceDefaults"_s, {u"object"_s});
    // events
    const QByteArray defaults = R"("instanceDefaults": {"base.url": "https://{demo.site}/api", "x": null})";
    row("events not an object", O2, defaults, defaults + R"(, "events": ["webhook"])", 25, u"events"_s, {u"object"_s});
    row("events without methods", O2, defaults, defaults + R"(, "events": {})", 25, u"events.methods"_s,
        {u"missing"_s});
    row("events with no method", O2, defaults, defaults + R"(, "events": {"methods": []})", 25, u"events.methods"_s,
        {u"at least one"_s});
    row("events method unknown", O2, defaults, defaults + R"(, "events": {"methods": ["push"]})", 25,
        u"events.methods"_s, {u"push"_s, u"webhook"_s});
    row("events method twice", O2, defaults, defaults + R"(, "events": {"methods": ["polling", "polling"]})", 25,
        u"events.methods"_s, {u"twice"_s});
    row("events unknown field", O2, defaults, defaults + R"(, "events": {"methods": ["webhook"], "interval": "5"})",
        25, u"events.interval"_s, {u"not a field"_s});
    // credentials
    row("credentials with oauth", C, R"("sources": ["test"],)", R"("sources": ["test"], "oauth": {},)", 7,
        u"oauth"_s, {u"credentials"_s});
    row("credentials with providerData", C, R"("sources": ["test"],)", R"("sources": ["test"], "providerData": [],)",
        7, u"providerData"_s, {u"credentials"_s});
    row("credentials with oauthParameter", C, R"("key": "subdomain",)",
        R"("key": "subdomain", "oauthParameter": "siteAddress",)", 9, u"configuration[0].oauthParameter"_s,
        {u"credentials"_s});
    row("credentials with oauthOnly", C, R"("key": "subdomain",)", R"("key": "subdomain", "oauthOnly": false,)", 9,
        u"configuration[0].oauthOnly"_s, {u"credentials"_s});
}

// Each rule of the format refuses the descriptor with a sentence naming the line and the field.
void TstElementDescription::refusals()
{
    QFETCH(Base, base);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    QByteArray text = baseText(base);
    QCOMPARE(text.count(from), 1);
    text.replace(from, to);
    QString error;
    ElementDescription::Problem problem;
    QVERIFY(!ElementDescription::fromJson(text, &error, &problem));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.field, field);
    QVERIFY2(error.startsWith(u"Line %1: "_s.arg(line)), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
    QCOMPARE(error, problem.text());
    if (!field.isEmpty())
        QVERIFY2(error.contains(field), qPrintable(u"\"%1\" does not name %2"_s.arg(error, field)));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"\"%1\" does not mention %2"_s.arg(error, m)));
    // No pointers: still refused.
    QVERIFY(!ElementDescription::fromJson(text));
}

void TstElementDescription::refusalsWithoutLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("blank") << QByteArray(" \n ") << u"empty"_s;
    QTest::newRow("array") << QByteArray("[]") << u"object"_s;
    QTest::newRow("string") << QByteArray("\"x\"") << u"JSON"_s;  // Qt's parser takes objects and arrays only
    QTest::newRow("truncated") << QByteArray(OAuth2Text).chopped(4) << u"JSON"_s;
}

void TstElementDescription::refusalsWithoutLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    QString error;
    ElementDescription::Problem problem;
    QVERIFY(!ElementDescription::fromJson(json, &error, &problem));
    QVERIFY2(error.contains(mention), qPrintable(error));
    QVERIFY(problem.line >= 1);
}

void TstElementDescription::exportRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QString &file : shippedFiles())
        QTest::newRow(qPrintable(file)) << readFile(elementsDir() + u'/' + file);
    QTest::newRow("oauth2 base") << QByteArray(OAuth2Text);
    QTest::newRow("oauth1 base") << oauth1Text();
    QTest::newRow("credentials base") << QByteArray(CredentialsText);
    QByteArray odd(OAuth2Text);
    odd.replace(R"("state": "random",)", R"("state": "elementKey", "refusalParameters": ["error", "denied"],)");
    // JSON escapes in a text (a normal literal: moc misreads a backslash in a raw string).
    odd.replace(R"("key": "demo.flag",)", "\"key\": \"demo.flag\", \"order\": -3, \"unknown\": \"Quotes \\\" and \\\\ and \u00fc\",");
    odd.replace(R"("type": "secret",)", R"("type": "secret", "environmentVariable": "DEMO_SECRET", "placeholder": "<SECRET>",)");
    QTest::newRow("explicit values") << odd;
    QByteArray withEvents(CredentialsText);
    withEvents.replace(R"("sources": ["test"],)", R"("sources": ["test"], "events": {"methods": ["polling", "webhook"]},)");
    QTest::newRow("events") << withEvents;
}

// Export writes what the parser reads back the same, and writing that again gives the same text.
void TstElementDescription::exportRoundTrip()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto d = ElementDescription::fromJson(json, &error);
    QVERIFY2(d, qPrintable(error));
    const QByteArray exported = d->toJson();
    const auto back = ElementDescription::fromJson(exported, &error);
    QVERIFY2(back, qPrintable(error + u"\n"_s + QString::fromUtf8(exported)));
    QCOMPARE(*back, *d);
    QCOMPARE(back->toJson(), exported);
    QVERIFY(QJsonDocument::fromJson(exported).isObject());
    // Nothing is lost: every field the file gives is still there (or its default).
    QCOMPARE(back->configuration.size(), d->configuration.size());
    QCOMPARE(back->instanceDefaults, d->instanceDefaults);
    QCOMPARE(back->eventMethods, d->eventMethods);
}

void TstElementDescription::exportLeavesDefaultsOut()
{
    const auto d = ElementDescription::fromJson(QByteArray(CredentialsText));
    QVERIFY(d);
    const QJsonObject o = QJsonDocument::fromJson(d->toJson()).object();
    QVERIFY(!o.contains("id"_L1));  // the key
    QVERIFY(!o.contains("oauth"_L1) && !o.contains("providerData"_L1) && !o.contains("instanceDefaults"_L1));
    const QJsonObject secret = o.value("configuration"_L1).toArray().at(1).toObject();
    QCOMPARE(secret.value("type"_L1).toString(), u"secret"_s);
    QVERIFY(!secret.contains("environmentVariable"_L1));  // API_KEY, from the key
    QVERIFY(!secret.contains("placeholder"_L1));
    QVERIFY(!secret.contains("responseKey"_L1));
    QVERIFY(!secret.contains("order"_L1));
    // The built-in FreshBooks writes its oauth1 fields and its explicit values.
    const QJsonObject fb = QJsonDocument::fromJson(ElementDescription::builtin(u"freshbooks"_s)->toJson()).object();
    QCOMPARE(fb.value("elementId"_L1).toInt(), 172);
    QCOMPARE(fb.value("oauth"_L1).toObject().value("requestTokenUrl"_L1).toString(),
             u"https://{siteAddress}.freshbooks.com/oauth/oauth_request.php"_s);
    QVERIFY(!fb.value("oauth"_L1).toObject().contains("callbackState"_L1));  // the key
}

void TstElementDescription::builtinRefusesBadIds_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("parent") << u"../x"_s;
    QTest::newRow("parent freshbooks") << u"../elements/freshbooks"_s;
    QTest::newRow("up and back") << u"freshbooks/../freshbooks"_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("resource path") << u":/elements/freshbooks"_s;
    QTest::newRow("with extension") << u"freshbooks.json"_s;
    QTest::newRow("backslash") << u"..\\x"_s;
    QTest::newRow("trailing newline") << u"freshbooks\n"_s;
    QTest::newRow("nul") << QString(u"freshbooks"_s + QChar(0));
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"salesforce"_s;
    QTest::newRow("a key, not an id") << u"HubSpot"_s;
}

void TstElementDescription::builtinRefusesBadIds()
{
    QFETCH(QString, id);
    QCOMPARE(ElementDescription::builtin(id), nullptr);
}

void TstElementDescription::normaliseSubdomain_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString acme = u"acme"_s;
    QTest::newRow("bare") << u"acme"_s << acme;
    QTest::newRow("full host") << u"acme.freshbooks.com"_s << acme;
    QTest::newRow("https url") << u"https://acme.freshbooks.com/"_s << acme;
    QTest::newRow("everything") << u"HTTP://Acme.FreshBooks.com:443/path?q#f"_s << acme;
    QTest::newRow("spaces") << u" acme "_s << acme;
    QTest::newRow("tabs and newline") << u"\tacme\n"_s << acme;
    QTest::newRow("upper case") << u"ACME"_s << acme;
    QTest::newRow("trailing dot") << u"acme.freshbooks.com."_s << acme;
    QTest::newRow("http no slash") << u"http://acme.freshbooks.com"_s << acme;
    QTest::newRow("port") << u"acme.freshbooks.com:8443"_s << acme;
    QTest::newRow("query") << u"acme.freshbooks.com?x=1"_s << acme;
    QTest::newRow("fragment") << u"https://acme.freshbooks.com#x"_s << acme;
    QTest::newRow("hyphen") << u"https://my-co.freshbooks.com/"_s << u"my-co"_s;
    QTest::newRow("empty") << QString() << QString();
    // Found by fuzz_instancejson: one pass left these half-normalised (not idempotent).
    QTest::newRow("domain twice") << u"acme.freshbooks.com.freshbooks.com"_s << acme;
    QTest::newRow("space before domain") << u"acme .freshbooks.com"_s << acme;
    QTest::newRow("space before path") << u"acme.freshbooks.com /x"_s << acme;
}

void TstElementDescription::normaliseSubdomain()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = ce::normaliseSubdomain(input, u"freshbooks.com"_s);
    QCOMPARE(result, expected);
    if (!expected.isEmpty())
        QCOMPARE(ce::checkSubdomain(result, u"freshbooks.com"_s), QString());
    // Idempotent.
    QCOMPARE(ce::normaliseSubdomain(result, u"freshbooks.com"_s), result);
}

void TstElementDescription::checkSubdomain_data()
{
    QTest::addColumn<QString>("input");     // as typed; normalised first, as the model does
    QTest::addColumn<bool>("accepted");

    QTest::newRow("acme") << u"acme"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("digits") << u"123"_s << true;
    QTest::newRow("hyphen inside") << u"my-co-2"_s << true;
    QTest::newRow("63 chars") << QString(63, u'a') << true;
    QTest::newRow("64 chars") << QString(64, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("leading hyphen") << u"-acme"_s << false;
    QTest::newRow("trailing hyphen") << u"acme-"_s << false;
    QTest::newRow("underscore") << u"ac_me"_s << false;
    QTest::newRow("space inside") << u"ac me"_s << false;
    QTest::newRow("non-ascii") << u"acmé"_s << false;
    QTest::newRow("other domain") << u"acme.example.com"_s << false;
    QTest::newRow("other domain url") << u"https://acme.example.com/"_s << false;
    QTest::newRow("domain as suffix of host") << u"acme.freshbooks.com.evil.test"_s << false;
    QTest::newRow("domain glued") << u"acmefreshbooks.com"_s << false;
    QTest::newRow("domain only") << u"freshbooks.com"_s << false;
    QTest::newRow("dot domain") << u".freshbooks.com"_s << false;
    QTest::newRow("nested") << u"a.b.freshbooks.com"_s << false;
    QTest::newRow("user info") << u"https://me@acme.freshbooks.com"_s << false;
    QTest::newRow("user info trick") << u"https://acme.freshbooks.com@evil.test/"_s << false;
    QTest::newRow("path trick") << u"https://evil.test/acme.freshbooks.com"_s << false;
}

void TstElementDescription::checkSubdomain()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);

    const QString domain = u"freshbooks.com"_s;
    const QString normalised = ce::normaliseSubdomain(input, domain);
    const QString problem = ce::checkSubdomain(normalised, domain);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(normalised + u" -> "_s + problem));
    if (!accepted)
        QVERIFY(problem.endsWith(u'.'));
    // acme.example.com must not turn into acme.
    if (input.contains(u"example.com"_s) || input.contains(u"evil"_s))
        QVERIFY(normalised != u"acme"_s);
}

void TstElementDescription::checkHttpUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << u"https://www.mycoolapp.com/auth"_s << true;
    QTest::newRow("http") << u"http://www.demonstrab.ly"_s << true;
    QTest::newRow("localhost port") << u"http://localhost:8080/callback"_s << true;
    QTest::newRow("query allowed") << u"https://www.mycoolapp.com/auth?x=1"_s << true;
    QTest::newRow("surrounding spaces") << u"  https://www.mycoolapp.com/auth  "_s << true;
    QTest::newRow("upper-case scheme") << u"HTTPS://www.mycoolapp.com/auth"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u" \t "_s << false;
    QTest::newRow("no scheme") << u"www.mycoolapp.com/auth"_s << false;
    QTest::newRow("relative") << u"/auth"_s << false;
    QTest::newRow("ftp") << u"ftp://www.mycoolapp.com/auth"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html,hi"_s << false;
    QTest::newRow("custom scheme") << u"myapp://callback"_s << false;
    QTest::newRow("no host") << u"https:///auth"_s << false;
    QTest::newRow("user") << u"https://me@www.mycoolapp.com/auth"_s << false;
    QTest::newRow("user and password") << u"https://me:pw@www.mycoolapp.com/auth"_s << false;
    QTest::newRow("fragment") << u"https://www.mycoolapp.com/auth#x"_s << false;
    QTest::newRow("space in host") << u"https://www.my coolapp.com/auth"_s << false;
}

void TstElementDescription::checkHttpUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = ce::checkHttpUrl(url);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(url + u" -> "_s + problem));
    if (!accepted)
        QVERIFY(problem.endsWith(u'.'));
}

QTEST_GUILESS_MAIN(TstElementDescription)
#include "tst_elementdescription.moc"
