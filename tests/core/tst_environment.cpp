// Unit tests of ce::Environment: presets, parse(), checkBaseUrl() and endpoint().
#include "core/environment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ce::Environment;

Q_DECLARE_METATYPE(ce::Environment::Kind)

class TstEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void presets_data();
    void presets();
    void publicEnvironments();
    void customAndSandbox();
    void parseNames_data();
    void parseNames();
    void parseUnknownNames_data();
    void parseUnknownNames();
    void parseUrls_data();
    void parseUrls();
    void checkBaseUrlAccepts_data();
    void checkBaseUrlAccepts();
    void checkBaseUrlRejects_data();
    void checkBaseUrlRejects();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void endpoint_data();
    void endpoint();
    void equality();
    void stableNames();
};

void TstEnvironment::presets_data()
{
    QTest::addColumn<Environment::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");

    QTest::newRow("us") << Environment::Kind::UsProduction << u"us"_s
                        << u"https://api.cloud-elements.com/elements/api-v2"_s;
    QTest::newRow("eu") << Environment::Kind::EuProduction << u"eu"_s
                        << u"https://api.cloud-elements.co.uk/elements/api-v2"_s;
    QTest::newRow("staging") << Environment::Kind::UsStaging << u"staging"_s
                             << u"https://staging.cloud-elements.com/elements/api-v2"_s;
    QTest::newRow("snapshot") << Environment::Kind::Snapshot << u"snapshot"_s
                              << u"https://snapshot.cloud-elements.com/elements/api-v2"_s;
}

void TstEnvironment::presets()
{
    QFETCH(Environment::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, url);

    const Environment e = Environment::preset(kind);
    QVERIFY(e.isValid());
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.name(), name);
    QCOMPARE(e.baseUrl(), QUrl(url));
    QCOMPARE(e.baseUrl().toString(), url);
    QVERIFY(!e.displayName().isEmpty());
    // Every preset must itself pass the custom-URL check.
    QCOMPARE(Environment::checkBaseUrl(e.baseUrl()), QString());
}

void TstEnvironment::publicEnvironments()
{
    const QList<Environment> list = Environment::publicEnvironments();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).kind(), Environment::Kind::UsProduction);
    QCOMPARE(list.at(1).kind(), Environment::Kind::EuProduction);
    QCOMPARE(list.at(2).kind(), Environment::Kind::UsStaging);
    QCOMPARE(list.at(3).kind(), Environment::Kind::Snapshot);
    QStringList names;
    for (const Environment &e : list) {
        QVERIFY(e.isValid());
        QCOMPARE(e.baseUrl().scheme(), u"https"_s);
        names.append(e.displayName());
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), 4);

    // Custom and sandbox are not presets.
    QVERIFY(!Environment::preset(Environment::Kind::Custom).isValid());
    QVERIFY(!Environment::preset(Environment::Kind::Sandbox).isValid());
    QVERIFY(!Environment().isValid());
}

void TstEnvironment::customAndSandbox()
{
    const Environment custom = Environment::custom(QUrl(u"http://localhost:8080/elements/api-v2/"_s));
    QVERIFY(custom.isValid());
    QCOMPARE(custom.kind(), Environment::Kind::Custom);
    QCOMPARE(custom.name(), u"custom"_s);
    QCOMPARE(custom.baseUrl(), QUrl(u"http://localhost:8080/elements/api-v2"_s));
    QVERIFY(!custom.displayName().isEmpty());

    const Environment sandbox = Environment::sandbox(QUrl(u"http://127.0.0.1:40123/"_s));
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.kind(), Environment::Kind::Sandbox);
    QCOMPARE(sandbox.name(), u"sandbox"_s);
    QCOMPARE(sandbox.baseUrl().port(), 40123);
    QCOMPARE(sandbox.endpoint(u"/instances"_s), QUrl(u"http://127.0.0.1:40123/instances"_s));
    QVERIFY(sandbox.displayName() != custom.displayName());
}

void TstEnvironment::parseNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Environment::Kind>("kind");

    QTest::newRow("us") << u"us"_s << Environment::Kind::UsProduction;
    QTest::newRow("US") << u"US"_s << Environment::Kind::UsProduction;
    QTest::newRow(" us ") << u"  us \t"_s << Environment::Kind::UsProduction;
    QTest::newRow("prod") << u"prod"_s << Environment::Kind::UsProduction;
    QTest::newRow("production") << u"production"_s << Environment::Kind::UsProduction;
    QTest::newRow("us-production") << u"us-production"_s << Environment::Kind::UsProduction;
    QTest::newRow("eu") << u"eu"_s << Environment::Kind::EuProduction;
    QTest::newRow("Eu") << u"Eu"_s << Environment::Kind::EuProduction;
    QTest::newRow("eu-production") << u"EU-Production"_s << Environment::Kind::EuProduction;
    QTest::newRow("staging") << u"staging"_s << Environment::Kind::UsStaging;
    QTest::newRow("STAGING") << u"STAGING"_s << Environment::Kind::UsStaging;
    QTest::newRow("snapshot") << u"snapshot"_s << Environment::Kind::Snapshot;
}

void TstEnvironment::parseNames()
{
    QFETCH(QString, input);
    QFETCH(Environment::Kind, kind);

    QString error = u"untouched"_s;
    const auto e = Environment::parse(input, &error);
    QVERIFY2(e.has_value(), qPrintable(error));
    QCOMPARE(e->kind(), kind);
    QCOMPARE(*e, Environment::preset(kind));
    // Works without an error pointer too.
    QVERIFY(Environment::parse(input).has_value());
}

void TstEnvironment::parseUnknownNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("unknown word") << u"mars"_s << u"mars"_s;
    QTest::newRow("typo") << u"stagin"_s << u"stagin"_s;
    QTest::newRow("empty") << QString() << u"us"_s;
    QTest::newRow("blank") << u"   "_s << u"us"_s;
    QTest::newRow("sandbox") << u"sandbox"_s << u"serve-sandbox"_s;
}

void TstEnvironment::parseUnknownNames()
{
    QFETCH(QString, input);
    QFETCH(QString, errorMentions);

    QString error;
    const auto e = Environment::parse(input, &error);
    QVERIFY(!e.has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY(!Environment::parse(input).has_value());  // no crash without an error pointer
}

void TstEnvironment::parseUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("https custom") << u"https://ce.example.com/elements/api-v2"_s << true
                                  << u"https://ce.example.com/elements/api-v2"_s;
    QTest::newRow("trailing slash dropped") << u"https://ce.example.com/elements/api-v2/"_s << true
                                            << u"https://ce.example.com/elements/api-v2"_s;
    QTest::newRow("spaces trimmed") << u"  https://ce.example.com/elements/api-v2  "_s << true
                                    << u"https://ce.example.com/elements/api-v2"_s;
    QTest::newRow("local http") << u"http://localhost:8080/elements/api-v2"_s << true
                                << u"http://localhost:8080/elements/api-v2"_s;
    QTest::newRow("loopback ip") << u"http://127.0.0.1:9000"_s << true << u"http://127.0.0.1:9000"_s;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:9000/api"_s << true << u"http://[::1]:9000/api"_s;
    QTest::newRow("preset url") << u"https://api.cloud-elements.com/elements/api-v2"_s << true
                                << u"https://api.cloud-elements.com/elements/api-v2"_s;
    QTest::newRow("remote http") << u"http://ce.example.com/elements/api-v2"_s << false << QString();
    QTest::newRow("ftp") << u"ftp://ce.example.com/"_s << false << QString();
    QTest::newRow("query") << u"https://ce.example.com/api?x=1"_s << false << QString();
    QTest::newRow("fragment") << u"https://ce.example.com/api#top"_s << false << QString();
    QTest::newRow("user info") << u"https://me:pw@ce.example.com/api"_s << false << QString();
    QTest::newRow("relative path") << u"/elements/api-v2"_s << false << QString();
    QTest::newRow("no scheme") << u"ce.example.com/elements/api-v2"_s << false << QString();
    QTest::newRow("host:port only") << u"localhost:8080"_s << false << QString();
    QTest::newRow("space in host") << u"https://ce example.com/"_s << false << QString();
    QTest::newRow("no host") << u"https:///elements"_s << false << QString();
}

void TstEnvironment::parseUrls()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, baseUrl);

    QString error;
    const auto e = Environment::parse(input, &error);
    QCOMPARE(e.has_value(), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(e->kind(), Environment::Kind::Custom);
        QCOMPARE(e->name(), u"custom"_s);
        QCOMPARE(e->baseUrl().toString(), baseUrl);
    } else {
        QVERIFY2(!error.isEmpty(), "a refusal must say why");
    }
}

void TstEnvironment::checkBaseUrlAccepts_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("https preset-like") << u"https://api.cloud-elements.com/elements/api-v2"_s;
    QTest::newRow("https any host") << u"https://gateway.corp.example/elements/api-v2"_s;
    QTest::newRow("https with port") << u"https://ce.example.com:8443/elements/api-v2"_s;
    QTest::newRow("https ip") << u"https://203.0.113.7/elements/api-v2"_s;
    QTest::newRow("https no path") << u"https://ce.example.com"_s;
    QTest::newRow("HTTPS upper case") << u"HTTPS://CE.EXAMPLE.COM/elements/api-v2"_s;
    QTest::newRow("http localhost") << u"http://localhost/elements/api-v2"_s;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:8080/elements/api-v2"_s;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/elements/api-v2"_s;
    QTest::newRow("http 127.5.5.5") << u"http://127.5.5.5/elements/api-v2"_s;
    QTest::newRow("http [::1]") << u"http://[::1]:8080/elements/api-v2"_s;
}

void TstEnvironment::checkBaseUrlAccepts()
{
    QFETCH(QString, url);
    QCOMPARE(Environment::checkBaseUrl(QUrl(url)), QString());
    QCOMPARE(Environment::checkBaseUrl(QUrl(url, QUrl::StrictMode)), QString());
}

void TstEnvironment::checkBaseUrlRejects_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("http remote") << u"http://example.com/elements/api-v2"_s;
    QTest::newRow("http localhost as subdomain") << u"http://localhost.evil.test/elements/api-v2"_s;
    QTest::newRow("http loopback ip as subdomain") << u"http://127.0.0.1.nip.io/elements/api-v2"_s;
    QTest::newRow("http name under .localhost") << u"http://api.localhost/elements/api-v2"_s;
    QTest::newRow("http private ip") << u"http://192.168.1.10/elements/api-v2"_s;
    QTest::newRow("http any address") << u"http://0.0.0.0:8080/"_s;
    QTest::newRow("user") << u"https://me@ce.example.com/elements/api-v2"_s;
    QTest::newRow("user and password") << u"https://me:pw@ce.example.com/elements/api-v2"_s;
    QTest::newRow("user on localhost") << u"http://me:pw@localhost:8080/"_s;
    QTest::newRow("query") << u"https://ce.example.com/elements/api-v2?debug=1"_s;
    QTest::newRow("empty query") << u"https://ce.example.com/elements/api-v2?"_s;
    QTest::newRow("fragment") << u"https://ce.example.com/elements/api-v2#x"_s;
    QTest::newRow("empty fragment") << u"https://ce.example.com/elements/api-v2#"_s;
    QTest::newRow("ftp") << u"ftp://ce.example.com/elements/api-v2"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("relative path") << u"/elements/api-v2"_s;
    QTest::newRow("relative host") << u"ce.example.com/elements/api-v2"_s;
    QTest::newRow("no host") << u"https:///elements/api-v2"_s;
    QTest::newRow("scheme only") << u"https://"_s;
}

void TstEnvironment::checkBaseUrlRejects()
{
    QFETCH(QString, url);
    const QString tolerant = Environment::checkBaseUrl(QUrl(url));
    QVERIFY2(!tolerant.isEmpty(), qPrintable(url));
    QVERIFY(tolerant.endsWith(u'.'));  // a sentence
    QVERIFY(!Environment::checkBaseUrl(QUrl(url, QUrl::StrictMode)).isEmpty());
    QVERIFY(!Environment::parse(url).has_value());
}

void TstEnvironment::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost") << u"LocalHost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.5.5.5") << u"127.5.5.5"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("localhost.evil.test") << u"localhost.evil.test"_s << false;
    QTest::newRow("evillocalhost") << u"evillocalhost"_s << false;
    QTest::newRow("api.localhost") << u"api.localhost"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("::2") << u"::2"_s << false;
}

void TstEnvironment::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Environment::isLoopbackHost(host), loopback);
}

void TstEnvironment::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    const QString us = u"https://api.cloud-elements.com/elements/api-v2"_s;
    QTest::newRow("leading slash") << us << u"/instances"_s << us + u"/instances"_s;
    QTest::newRow("no leading slash") << us << u"instances"_s << us + u"/instances"_s;
    QTest::newRow("base with slash") << us + u"/"_s << u"/instances"_s << us + u"/instances"_s;
    QTest::newRow("base with slash, no leading") << us + u"/"_s << u"instances"_s << us + u"/instances"_s;
    QTest::newRow("base with slashes") << us + u"///"_s << u"/instances"_s << us + u"/instances"_s;
    QTest::newRow("nested") << us << u"/elements/freshbooks/oauth/token"_s
                            << us + u"/elements/freshbooks/oauth/token"_s;
    QTest::newRow("trailing slash kept") << us << u"/instances/"_s << us + u"/instances/"_s;
    QTest::newRow("id") << us << u"/instances/123/configuration"_s << us + u"/instances/123/configuration"_s;
    QTest::newRow("no base path") << u"http://localhost:8080"_s << u"/instances"_s
                                  << u"http://localhost:8080/instances"_s;
    QTest::newRow("root base path") << u"http://localhost:8080/"_s << u"instances"_s
                                    << u"http://localhost:8080/instances"_s;
    QTest::newRow("ipv6 port kept") << u"http://[::1]:9000/api"_s << u"/instances"_s
                                    << u"http://[::1]:9000/api/instances"_s;
}

void TstEnvironment::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);

    // Through custom() (which drops trailing slashes) and through sandbox().
    const Environment custom = Environment::custom(QUrl(base));
    QCOMPARE(custom.endpoint(path).toString(), expected);
    QCOMPARE(Environment::sandbox(QUrl(base)).endpoint(path).toString(), expected);
    // The base itself is not changed by endpoint().
    QVERIFY(!custom.baseUrl().path().endsWith(u'/'));
}

void TstEnvironment::equality()
{
    const Environment us = Environment::preset(Environment::Kind::UsProduction);
    QVERIFY(us == Environment::preset(Environment::Kind::UsProduction));
    QVERIFY(us != Environment::preset(Environment::Kind::EuProduction));
    // Same URL, different kind: not the same environment.
    QVERIFY(us != Environment::custom(us.baseUrl()));
    QVERIFY(Environment::custom(QUrl(u"http://localhost:1/"_s)) == Environment::custom(QUrl(u"http://localhost:1"_s)));
}

// The names profiles store: one for each kind, and back, exactly (no aliases, no case).
void TstEnvironment::stableNames()
{
    using Kind = Environment::Kind;
    const QList<std::pair<Kind, QString>> names = {
        {Kind::UsProduction, u"us"_s}, {Kind::EuProduction, u"eu"_s},     {Kind::UsStaging, u"staging"_s},
        {Kind::Snapshot, u"snapshot"_s}, {Kind::Custom, u"custom"_s}, {Kind::Sandbox, u"sandbox"_s},
    };
    for (const auto &[kind, name] : names) {
        QCOMPARE(Environment::nameOf(kind), name);
        QCOMPARE(Environment::kindNamed(name), kind);
        QVERIFY(!Environment::displayNameOf(kind).isEmpty());
    }
    QCOMPARE(Environment::preset(Kind::EuProduction).name(), u"eu"_s);
    QCOMPARE(Environment::sandbox(QUrl(u"http://127.0.0.1:1/x"_s)).displayName(), Environment::displayNameOf(Kind::Sandbox));
    for (const QString &other : {u"US"_s, u"prod"_s, u"mars"_s, QString(), u" us"_s})
        QCOMPARE(Environment::kindNamed(other), std::nullopt);
}

QTEST_GUILESS_MAIN(TstEnvironment)
#include "tst_environment.moc"
