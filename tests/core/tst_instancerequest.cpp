// Unit tests of ce::InstanceRequest: validation, normalisation, instance.json in and out.
#include "core/instancerequest.h"

#include "descriptortexts.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ce::ElementDescription;
using ce::InstanceRequest;
using ce::ValidationIssue;
using ce::messageFor;
namespace field = ce::field;

namespace {

const ElementDescription &fb()
{
    return ce::test::freshbooks();
}

// Values a real exchange would produce (the doc's examples).
const QString Token = u"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7"_s;
const QString Verifier = u"ver1f1er-9a8b7c"_s;
const QString TokenSecret = u"KKSbL0J2wLGMqhMXTEh1ERkSx9tsIbAHUevF"_s;
const QString ConsumerSecret = u"c0nsumer+Secret/with=signs"_s;

InstanceRequest filled()
{
    InstanceRequest r;
    r.elementKey = u"freshbooks"_s;
    r.providerData = {{u"oauth_token"_s, Token}, {u"oauth_verifier"_s, Verifier}, {u"secret"_s, TokenSecret}};
    r.configuration = {{u"oauth.api.key"_s, u"mycompany"_s},
                       {u"oauth.api.secret"_s, ConsumerSecret},
                       {u"freshbooks.site.address"_s, u"acme"_s},
                       {u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s}};
    r.tags = {u"accounting"_s, u"test"_s};
    r.name = u"Acme books"_s;
    return r;
}

// `filled()` with one field, named as a ValidationIssue names it, set to `value`.
InstanceRequest filledWith(const QString &field, const QString &value)
{
    static const QString configuration = u"configuration."_s;
    static const QString providerData = u"providerData."_s;
    InstanceRequest r = filled();
    if (field == "name"_L1)
        r.name = value;
    else if (field == "element.key"_L1)
        r.elementKey = value;
    else if (field == "tags[1]"_L1)
        r.tags = {u"ok"_s, value};
    else if (field.startsWith(configuration))
        r.configuration.insert(field.mid(configuration.size()), value);
    else if (field.startsWith(providerData))
        r.providerData.insert(field.mid(providerData.size()), value);
    else
        qFatal("filledWith: unknown field %s", qPrintable(field));
    return r;
}

QByteArray sampleBytes()
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR "/tests/data/instance-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList fieldsOf(const QList<ValidationIssue> &issues)
{
    QStringList fields;
    for (const ValidationIssue &i : issues)
        fields.append(i.field);
    return fields;
}

const ValidationIssue *issueFor(const QList<ValidationIssue> &issues, const QString &field)
{
    for (const ValidationIssue &i : issues) {
        if (i.field == field)
            return &i;
    }
    return nullptr;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out.append(u"[%1|%2|line %3|%4]"_s.arg(i.field, i.message).arg(i.line).arg(i.missing));
    return out.join(u' ');
}

// Offset of `needle` in `text`, failing loudly when absent.
qsizetype at(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype i = text.indexOf(needle);
    if (i < 0)
        qWarning("%s not found", needle.constData());
    return i;
}

void verifyOrder(const QByteArray &text, const QByteArrayList &needles)
{
    qsizetype previous = -1;
    for (const QByteArray &n : needles) {
        const qsizetype i = at(text, n);
        QVERIFY2(i >= 0, n.constData());
        QVERIFY2(i > previous, QByteArray(n + " is out of order in:\n" + text).constData());
        previous = i;
    }
}

}  // namespace

class TstInstanceRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void filledRequestIsValid();
    void emptyRequestNamesEverything();
    void validateInputsOnly();
    void placeholdersAreNotFilledIn_data();
    void placeholdersAreNotFilledIn();
    void isPlaceholder_data();
    void isPlaceholder();
    void badValues_data();
    void badValues();
    void siteAddressFormsAreValid_data();
    void siteAddressFormsAreValid();
    void summary();

    void normaliseSiteAddress_data();
    void normaliseSiteAddress();
    void normalise();
    void whatIsSentFollowsTheDescriptor();
    void typedValuesAreChecked();

    void instanceJsonOrder();
    void instanceJsonPlaceholders();
    void instanceJsonMasked();
    void instanceJsonIncludesSecretsOnlyWhenAsked();
    void sampleParses();
    void sampleSerialisesBack();
    void sampleWithBomAndCrlf();
    void roundTrip_data();
    void roundTrip();

    void fromInstanceJsonErrors_data();
    void fromInstanceJsonErrors();
    void fromInstanceJsonNeverCrashes();
    void hostileFilesAreCountedNotListed_data();
    void hostileFilesAreCountedNotListed();
    void longKeysAreShortenedInMessages();
    void normaliseManyTags();
    void scalarsBecomeStrings();
    void tolerantShapes();
    void fieldIdsAndMessageFor();
};

void TstInstanceRequest::initTestCase()
{
    QVERIFY2(!sampleBytes().isEmpty(), "tests/data/instance-sample.json is missing");
}

void TstInstanceRequest::filledRequestIsValid()
{
    const InstanceRequest r = filled();
    QVERIFY2(r.validate(fb()).isEmpty(), qPrintable(describe(r.validate(fb()))));
    QVERIFY(r.validateInputs(fb()).isEmpty());
    QCOMPARE(InstanceRequest::summary({}), QString());

    // The optional callback may be absent, and so may tags.
    InstanceRequest minimal = r;
    minimal.configuration.remove(u"oauth.callback.url"_s);
    minimal.tags.clear();
    QVERIFY2(minimal.validate(fb()).isEmpty(), qPrintable(describe(minimal.validate(fb()))));
}

void TstInstanceRequest::emptyRequestNamesEverything()
{
    const QList<ValidationIssue> issues = InstanceRequest().validate(fb());
    const QStringList expected = {
        u"element.key"_s,
        u"providerData.oauth_token"_s,
        u"providerData.oauth_verifier"_s,
        u"providerData.secret"_s,
        u"configuration.oauth.api.key"_s,
        u"configuration.oauth.api.secret"_s,
        u"configuration.freshbooks.site.address"_s,
        u"name"_s,
    };
    QStringList fields = fieldsOf(issues);
    QCOMPARE(fields.size(), expected.size());  // nothing twice, nothing else
    fields.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(fields, sortedExpected);
    for (const ValidationIssue &i : issues) {
        QVERIFY2(i.missing, qPrintable(i.field));
        QVERIFY(!i.message.isEmpty());
        QVERIFY2(i.message.contains(i.field), qPrintable(i.message));
        QCOMPARE(i.line, 0);
    }
    // The optional callback is not asked for.
    QVERIFY(!issueFor(issues, u"configuration.oauth.callback.url"_s));

    // Blank values are as missing as absent ones.
    InstanceRequest blank;
    blank.elementKey = u"  "_s;
    blank.name = u"\t"_s;
    for (const QString &k : fb().providerDataKeys())
        blank.providerData.insert(k, u" "_s);
    for (const QString &k : fb().configurationKeys())
        blank.configuration.insert(k, u"   "_s);
    const QList<ValidationIssue> blankIssues = blank.validate(fb());
    QCOMPARE(blankIssues.size(), expected.size());
    for (const ValidationIssue &i : blankIssues)
        QVERIFY2(i.missing, qPrintable(i.field));
}

void TstInstanceRequest::validateInputsOnly()
{
    // Before the OAuth exchange: no providerData, no complaint about it.
    InstanceRequest r = filled();
    r.providerData.clear();
    r.elementKey.clear();
    QVERIFY(r.validateInputs(fb()).isEmpty());
    QCOMPARE(r.validate(fb()).size(), 4);

    const QList<ValidationIssue> issues = InstanceRequest().validateInputs(fb());
    QStringList fields = fieldsOf(issues);
    fields.sort();
    QCOMPARE(fields, (QStringList{u"configuration.freshbooks.site.address"_s, u"configuration.oauth.api.key"_s,
                                  u"configuration.oauth.api.secret"_s, u"name"_s}));
}

void TstInstanceRequest::placeholdersAreNotFilledIn_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    for (const ce::ConfigurationEntry &p : fb().configuration) {
        if (p.required)
            QTest::newRow(qPrintable(p.key)) << u"configuration."_s + p.key << p.placeholder;
    }
    for (const ce::ProviderDataEntry &f : fb().providerData)
        QTest::newRow(qPrintable(f.key)) << u"providerData."_s + f.key << f.placeholder;
    QTest::newRow("name") << u"name"_s << u"<INSERT_INSTANCE_NAME>"_s;
    QTest::newRow("padded placeholder") << u"configuration.oauth.api.key"_s << u"  <INSERT_FRESHBOOKS_API_KEY> "_s;
}

void TstInstanceRequest::placeholdersAreNotFilledIn()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    const QList<ValidationIssue> issues = filledWith(field, value).validate(fb());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QVERIFY2(issues.first().missing, "a placeholder is not filled in");
    QVERIFY(issues.first().message.contains(value.trimmed()));
    QVERIFY(InstanceRequest::summary(issues).contains(field));
}

void TstInstanceRequest::isPlaceholder_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("placeholder");

    QTest::newRow("api key") << u"<INSERT_FRESHBOOKS_API_KEY>"_s << true;
    QTest::newRow("oauth token") << u"<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>"_s << true;
    QTest::newRow("spaces inside") << u"<INSERT USER SECRET>"_s << true;
    QTest::newRow("padded") << u"  <SECRET> "_s << true;
    QTest::newRow("plain") << u"mycompany"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("angle in text") << u"a <B> c"_s << false;
    QTest::newRow("html") << u"<b>bold</b>"_s << false;
    QTest::newRow("unclosed") << u"<INSERT_KEY"_s << false;
}

void TstInstanceRequest::isPlaceholder()
{
    QFETCH(QString, value);
    QFETCH(bool, placeholder);
    QCOMPARE(InstanceRequest::isPlaceholder(value), placeholder);
}

void TstInstanceRequest::badValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("site on other domain") << u"configuration.freshbooks.site.address"_s << u"acme.example.com"_s;
    QTest::newRow("site url on other domain") << u"configuration.freshbooks.site.address"_s
                                              << u"https://acme.example.com/"_s;
    QTest::newRow("site with underscore") << u"configuration.freshbooks.site.address"_s << u"ac_me"_s;
    QTest::newRow("site with hyphen first") << u"configuration.freshbooks.site.address"_s << u"-acme"_s;
    QTest::newRow("callback ftp") << u"configuration.oauth.callback.url"_s << u"ftp://www.mycoolapp.com/auth"_s;
    QTest::newRow("callback relative") << u"configuration.oauth.callback.url"_s << u"/auth"_s;
    QTest::newRow("callback fragment") << u"configuration.oauth.callback.url"_s
                                       << u"https://www.mycoolapp.com/auth#x"_s;
    QTest::newRow("callback user info") << u"configuration.oauth.callback.url"_s
                                        << u"https://me@www.mycoolapp.com/auth"_s;
    QTest::newRow("callback placeholder") << u"configuration.oauth.callback.url"_s << u"<INSERT_CALLBACK_URL>"_s;
    QTest::newRow("element key") << u"element.key"_s << u"salesforce"_s;
    QTest::newRow("empty tag") << u"tags[1]"_s << u" "_s;
    QTest::newRow("placeholder tag") << u"tags[1]"_s << u"<INSERT_TAGS>"_s;
}

void TstInstanceRequest::badValues()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    const QList<ValidationIssue> issues = filledWith(field, value).validate(fb());
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    const ValidationIssue &i = issues.first();
    QCOMPARE(i.field, field);
    QVERIFY(!i.missing);
    QVERIFY(!i.message.isEmpty());
    if (field.startsWith("configuration."_L1)) {
        QVERIFY2(i.message.contains(field), qPrintable(i.message));
        QVERIFY2(i.message.contains(fb().entry(field.mid(u"configuration."_s.size()))->displayLabel()), qPrintable(i.message));
    }
    // Not missing, so the summary carries the sentence itself.
    QVERIFY(InstanceRequest::summary(issues).contains(i.message));
}

void TstInstanceRequest::siteAddressFormsAreValid_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("bare") << u"acme"_s;
    QTest::newRow("host") << u"acme.freshbooks.com"_s;
    QTest::newRow("url") << u"https://acme.freshbooks.com/"_s;
    QTest::newRow("messy url") << u"HTTP://Acme.FreshBooks.com:443/path?q#f"_s;
    QTest::newRow("spaces") << u" acme "_s;
}

void TstInstanceRequest::siteAddressFormsAreValid()
{
    QFETCH(QString, value);
    InstanceRequest r = filled();
    r.configuration.insert(u"freshbooks.site.address"_s, value);
    QVERIFY2(r.validate(fb()).isEmpty(), qPrintable(describe(r.validate(fb()))));
}

void TstInstanceRequest::summary()
{
    const QList<ValidationIssue> issues = InstanceRequest().validate(fb());
    const QString text = InstanceRequest::summary(issues);
    QVERIFY(text.startsWith(u"Missing required entries: "_s));
    for (const ValidationIssue &i : issues)
        QVERIFY2(text.contains(i.field), qPrintable(i.field));
    QVERIFY(text.endsWith(u'.'));

    // Missing entries and other problems together: one list, then the sentences.
    InstanceRequest r = filled();
    r.name.clear();
    r.configuration.remove(u"oauth.api.key"_s);
    r.configuration.insert(u"freshbooks.site.address"_s, u"acme.example.com"_s);
    const QList<ValidationIssue> mixed = r.validate(fb());
    QCOMPARE(mixed.size(), 3);
    const QString mixedText = InstanceRequest::summary(mixed);
    QVERIFY(mixedText.contains(u"Missing required entries: configuration.oauth.api.key, name."_s));
    const ValidationIssue *site = issueFor(mixed, u"configuration.freshbooks.site.address"_s);
    QVERIFY(site);
    QVERIFY(mixedText.contains(site->message));

    // The sample file: every placeholder is listed as missing.
    const auto sample = InstanceRequest::fromInstanceJson(sampleBytes());
    QVERIFY(sample);
    const QList<ValidationIssue> sampleIssues = sample->validate(fb());
    const QString sampleText = InstanceRequest::summary(sampleIssues);
    const QStringList mustBeMissing = {u"providerData.oauth_token"_s, u"providerData.oauth_verifier"_s,
                                       u"providerData.secret"_s,      u"configuration.oauth.api.key"_s,
                                       u"configuration.oauth.api.secret"_s,
                                       u"configuration.freshbooks.site.address"_s, u"name"_s};
    for (const QString &field : mustBeMissing) {
        const ValidationIssue *i = issueFor(sampleIssues, field);
        QVERIFY2(i, qPrintable(field + u" not reported: "_s + describe(sampleIssues)));
        QVERIFY2(i->missing, qPrintable(field));
        QVERIFY2(sampleText.contains(field), qPrintable(sampleText));
    }
    QVERIFY2(issueFor(sampleIssues, u"tags[0]"_s), qPrintable(describe(sampleIssues)));
    QVERIFY(!issueFor(sampleIssues, u"element.key"_s));
}

void TstInstanceRequest::normaliseSiteAddress_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare") << u"acme"_s << u"acme"_s;
    QTest::newRow("host") << u"acme.freshbooks.com"_s << u"acme"_s;
    QTest::newRow("url") << u"https://acme.freshbooks.com/"_s << u"acme"_s;
    QTest::newRow("messy url") << u"HTTP://Acme.FreshBooks.com:443/path?q#f"_s << u"acme"_s;
    QTest::newRow("spaces") << u" acme "_s << u"acme"_s;
    QTest::newRow("other domain kept") << u"acme.example.com"_s << u"acme.example.com"_s;
    QTest::newRow("placeholder kept") << u"<INSERT_FRESHBOOKS_SITE_ADDRESS>"_s
                                      << u"<INSERT_FRESHBOOKS_SITE_ADDRESS>"_s;
}

void TstInstanceRequest::normaliseSiteAddress()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    InstanceRequest r = filled();
    r.configuration.insert(u"freshbooks.site.address"_s, value);
    r.normalise(fb());
    QCOMPARE(r.configuration.value(u"freshbooks.site.address"_s), expected);
}

void TstInstanceRequest::normalise()
{
    InstanceRequest r;
    r.elementKey = u" freshbooks "_s;
    r.name = u"  Acme books \n"_s;
    r.providerData = {{u"oauth_token"_s, u" "_s + Token + u"\t"_s},
                      {u"oauth_verifier"_s, Verifier + u"  "_s},
                      {u"secret"_s, TokenSecret},
                      {u"refresh_token"_s, u"  "_s}};  // not in the description, empty: dropped
    r.configuration = {{u"oauth.api.key"_s, u"  mycompany "_s},
                       {u"oauth.api.secret"_s, u" "_s + ConsumerSecret + u" "_s},
                       {u"freshbooks.site.address"_s, u" https://ACME.freshbooks.com/ "_s},
                       {u"oauth.callback.url"_s, u"   "_s},  // optional, empty: dropped
                       {u"custom.extra"_s, QString()}};    // unknown, empty: dropped
    r.tags = {u" a "_s, QString(), u"a"_s, u"b"_s, u"  "_s, u"b "_s, u"c"_s};

    r.normalise(fb());
    QCOMPARE(r.elementKey, u"freshbooks"_s);
    QCOMPARE(r.name, u"Acme books"_s);
    QCOMPARE(r.providerData, (QMap<QString, QString>{{u"oauth_token"_s, Token},
                                                     {u"oauth_verifier"_s, Verifier},
                                                     {u"secret"_s, TokenSecret}}));
    QCOMPARE(r.configuration, (QMap<QString, QString>{{u"oauth.api.key"_s, u"mycompany"_s},
                                                      {u"oauth.api.secret"_s, ConsumerSecret},
                                                      {u"freshbooks.site.address"_s, u"acme"_s}}));
    QCOMPARE(r.tags, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY2(r.validate(fb()).isEmpty(), qPrintable(describe(r.validate(fb()))));

    // Idempotent.
    InstanceRequest again = r;
    again.normalise(fb());
    QCOMPARE(again, r);

    // A required entry that is empty stays, so that validate() can name it.
    InstanceRequest empty;
    empty.configuration.insert(u"oauth.api.key"_s, u"  "_s);
    empty.normalise(fb());
    QVERIFY(empty.configuration.contains(u"oauth.api.key"_s));
    QVERIFY(issueFor(empty.validate(fb()), u"configuration.oauth.api.key"_s)->missing);
}

namespace {

// The demo descriptor of the element tests, with its choice entry feeding only oauth/url.
ElementDescription demo()
{
    QByteArray text(ce::test::OAuth2Text);
    text.replace(R"("type": "choice",)", R"("type": "choice", "required": true, "oauthParameter": "scope", "oauthOnly": true,)");
    QString error;
    const auto d = ElementDescription::fromJson(text, &error);
    if (!d)
        qFatal("The demo descriptor does not load: %s", qPrintable(error));
    return *d;
}

}  // namespace

// resources/elements/README.md, "What the app sends": a hidden entry sends its default, an
// oauthOnly entry is left out, a boolean the user may leave alone only when it differs from
// its default; keys the descriptor does not know are kept.
void TstInstanceRequest::whatIsSentFollowsTheDescriptor()
{
    const ElementDescription d = demo();
    InstanceRequest r;
    r.elementKey = u"demo"_s;
    r.name = u"Demo"_s;
    r.providerData = {{u"code"_s, u"c0de"_s}};
    r.configuration = {{u"oauth.api.key"_s, u" key "_s},
                       {u"oauth.api.secret"_s, u"s3cret"_s},
                       {u"oauth.callback.url"_s, u"https://example.test/cb"_s},
                       {u"demo.site"_s, u"https://Acme.demo.test/"_s},
                       {u"demo.flag"_s, u"false"_s},
                       {u"demo.region"_s, u"eu"_s},
                       {u"authentication.type"_s, u"tampered"_s},
                       {u"not.described"_s, u" kept "_s}};
    // The inputs are complete: the oauthOnly entry is one of them.
    QVERIFY(r.validateInputs(d).isEmpty());
    r.normalise(d);
    QCOMPARE(r.configuration, (QMap<QString, QString>{{u"oauth.api.key"_s, u"key"_s},
                                                      {u"oauth.api.secret"_s, u"s3cret"_s},
                                                      {u"oauth.callback.url"_s, u"https://example.test/cb"_s},
                                                      {u"demo.site"_s, u"acme"_s},
                                                      {u"authentication.type"_s, u"oauth2"_s},
                                                      {u"not.described"_s, u"kept"_s}}));
    // The body is complete without the oauthOnly entry it never holds.
    QVERIFY2(r.validate(d).isEmpty(), qPrintable(InstanceRequest::summary(r.validate(d))));
    QVERIFY(!r.toInstanceJson(d, InstanceRequest::Secrets::Include).contains("demo.region"));

    // A boolean that differs from its default is sent; a hidden entry is sent even when not given.
    InstanceRequest flagged;
    flagged.configuration = {{u"demo.flag"_s, u"true"_s}};
    flagged.normalise(d);
    QCOMPARE(flagged.configuration, (QMap<QString, QString>{{u"demo.flag"_s, u"true"_s},
                                                            {u"authentication.type"_s, u"oauth2"_s}}));
}

void TstInstanceRequest::typedValuesAreChecked()
{
    const ElementDescription d = demo();
    InstanceRequest r;
    r.name = u"Demo"_s;
    r.configuration = {{u"oauth.api.key"_s, u"k"_s},
                       {u"oauth.api.secret"_s, u"s"_s},
                       {u"oauth.callback.url"_s, u"https://example.test/cb"_s},
                       {u"demo.flag"_s, u"yes"_s},
                       {u"demo.region"_s, u"us"_s}};
    const QList<ValidationIssue> issues = r.validateInputs(d);
    QCOMPARE(issues.size(), 2);
    QVERIFY2(messageFor(issues, field::configuration(u"demo.flag"_s)).contains(u"true or false"_s),
             qPrintable(InstanceRequest::summary(issues)));
    QVERIFY2(messageFor(issues, field::configuration(u"demo.region"_s)).contains(u"\"us\""_s),
             qPrintable(InstanceRequest::summary(issues)));
    // A required oauthOnly entry left empty is missing from the inputs.
    r.configuration.remove(u"demo.region"_s);
    r.configuration.insert(u"demo.flag"_s, u"true"_s);
    const QList<ValidationIssue> missing = r.validateInputs(d);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().field, field::configuration(u"demo.region"_s));
    QVERIFY(missing.first().missing);
}

void TstInstanceRequest::instanceJsonOrder()
{
    InstanceRequest r = filled();
    r.configuration.insert(u"zzz.extra"_s, u"1"_s);
    r.configuration.insert(u"aaa.extra"_s, u"2"_s);
    const QByteArray text = r.toInstanceJson(fb(), InstanceRequest::Secrets::Include);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object(), r.toJsonObject());

    verifyOrder(text, {"\n  \"element\": {", "\n  \"providerData\": {", "\n  \"configuration\": {",
                       "\n  \"tags\": [", "\n  \"name\": "});
    verifyOrder(text, {"\"oauth_token\"", "\"oauth_verifier\"", "\"secret\""});
    verifyOrder(text, {"\"oauth.api.key\"", "\"oauth.api.secret\"", "\"freshbooks.site.address\"",
                       "\"oauth.callback.url\"", "\"aaa.extra\"", "\"zzz.extra\""});
    QVERIFY(text.startsWith("{\n  \"element\": {\n    \"key\": \"freshbooks\"\n  },\n"));
    QVERIFY(text.endsWith("}\n"));
    QVERIFY(!text.contains('\t'));

    // Empty sections are still written, as empty objects and lists.
    InstanceRequest bare;
    bare.elementKey = u"freshbooks"_s;
    const QJsonObject o = QJsonDocument::fromJson(bare.toInstanceJson(fb(), InstanceRequest::Secrets::Include)).object();
    QVERIFY(o.value("providerData"_L1).isObject());
    QVERIFY(o.value("configuration"_L1).isObject());
    QVERIFY(o.value("tags"_L1).isArray());
    QCOMPARE(o.value("name"_L1).toString(), QString());
}

void TstInstanceRequest::instanceJsonMasked()
{
    const InstanceRequest r = filled();
    const QByteArray text = r.toInstanceJson(fb(), InstanceRequest::Secrets::Masked);
    for (const QString &secret : {Token, Verifier, TokenSecret, ConsumerSecret})
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value("providerData"_L1).toObject().value("oauth_verifier"_L1).toString(), u"********"_s);
    QCOMPARE(o.value("configuration"_L1).toObject().value("oauth.api.secret"_L1).toString(), u"********"_s);
    QCOMPARE(o.value("configuration"_L1).toObject().value("oauth.api.key"_L1).toString(), u"mycompany"_s);
    // Same shape and order as the other modes: only the secret values differ.
    QCOMPARE(text.count('\n'), r.toInstanceJson(fb(), InstanceRequest::Secrets::Include).count('\n'));
}

void TstInstanceRequest::instanceJsonPlaceholders()
{
    InstanceRequest r = filled();
    const QString extraSecret = u"another-s3cret-value"_s;
    const QString refresh = u"refresh-t0ken-value"_s;
    r.configuration.insert(u"custom.token"_s, extraSecret);        // unknown, secret by name
    r.configuration.insert(u"custom.region"_s, u"north"_s);        // unknown, not secret
    r.providerData.insert(u"refresh_token"_s, refresh);            // unknown provider data

    const QByteArray text = r.toInstanceJson(fb(), InstanceRequest::Secrets::Placeholders);
    for (const QString &secret : {Token, Verifier, TokenSecret, ConsumerSecret, extraSecret, refresh}) {
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!text.contains(secret.left(12).toUtf8()));
    }

    const QJsonObject o = QJsonDocument::fromJson(text).object();
    const QJsonObject provider = o.value("providerData"_L1).toObject();
    QCOMPARE(provider.value("oauth_token"_L1).toString(), u"<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>"_s);
    QCOMPARE(provider.value("oauth_verifier"_L1).toString(), u"<OAUTH_VERIFIER_RETURNED_IN_OAUTH_EXCHANGE>"_s);
    QCOMPARE(provider.value("secret"_L1).toString(), u"<SECRET_RETURNED_IN_OAUTH_EXCHANGE>"_s);
    QVERIFY(InstanceRequest::isPlaceholder(provider.value("refresh_token"_L1).toString()));

    const QJsonObject config = o.value("configuration"_L1).toObject();
    QCOMPARE(config.value("oauth.api.secret"_L1).toString(), u"<INSERT_FRESHBOOKS_API_SECRET>"_s);
    QVERIFY(InstanceRequest::isPlaceholder(config.value("custom.token"_L1).toString()));
    // What is not secret stays.
    QCOMPARE(config.value("oauth.api.key"_L1).toString(), u"mycompany"_s);
    QCOMPARE(config.value("freshbooks.site.address"_L1).toString(), u"acme"_s);
    QCOMPARE(config.value("oauth.callback.url"_L1).toString(), u"https://www.mycoolapp.com/auth"_s);
    QCOMPARE(config.value("custom.region"_L1).toString(), u"north"_s);
    QCOMPARE(o.value("name"_L1).toString(), r.name);
    QCOMPARE(o.value("tags"_L1).toArray(), QJsonArray::fromStringList(r.tags));
    QCOMPARE(o.value("element"_L1).toObject().value("key"_L1).toString(), u"freshbooks"_s);

    // Read back, the placeholders are reported as not filled in.
    const auto back = InstanceRequest::fromInstanceJson(text);
    QVERIFY(back);
    const QList<ValidationIssue> issues = back->validate(fb());
    QVERIFY(issueFor(issues, u"configuration.oauth.api.secret"_s));
    QVERIFY(issueFor(issues, u"providerData.secret"_s));
}

void TstInstanceRequest::instanceJsonIncludesSecretsOnlyWhenAsked()
{
    const InstanceRequest r = filled();
    const QByteArray text = r.toInstanceJson(fb(), InstanceRequest::Secrets::Include);
    for (const QString &secret : {Token, Verifier, TokenSecret, ConsumerSecret})
        QVERIFY2(text.contains(secret.toUtf8()), qPrintable(secret));
}

void TstInstanceRequest::sampleParses()
{
    QList<ValidationIssue> issues;
    const auto r = InstanceRequest::fromInstanceJson(sampleBytes(), &issues);
    QVERIFY2(r, qPrintable(describe(issues)));
    QVERIFY(issues.isEmpty());
    QCOMPARE(r->elementKey, u"freshbooks"_s);
    QCOMPARE(r->providerData, (QMap<QString, QString>{
                                  {u"oauth_token"_s, u"<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>"_s},
                                  {u"oauth_verifier"_s, u"<OAUTH_VERIFIER_RETURNED_IN_OAUTH_EXCHANGE>"_s},
                                  {u"secret"_s, u"<SECRET_RETURNED_IN_OAUTH_EXCHANGE>"_s}}));
    QCOMPARE(r->configuration, (QMap<QString, QString>{
                                   {u"oauth.api.key"_s, u"<INSERT_FRESHBOOKS_API_KEY>"_s},
                                   {u"oauth.api.secret"_s, u"<INSERT_FRESHBOOKS_API_SECRET>"_s},
                                   {u"freshbooks.site.address"_s, u"<INSERT_FRESHBOOKS_SITE_ADDRESS>"_s}}));
    QCOMPARE(r->tags, QStringList{u"<INSERT_TAGS>"_s});
    QCOMPARE(r->name, u"<INSERT_INSTANCE_NAME>"_s);

    // The description's placeholders are the documented ones.
    for (auto it = r->configuration.cbegin(); it != r->configuration.cend(); ++it)
        QCOMPARE(fb().entry(it.key())->placeholder, it.value());
    for (auto it = r->providerData.cbegin(); it != r->providerData.cend(); ++it)
        QCOMPARE(fb().providerDataEntry(it.key())->placeholder, it.value());
}

void TstInstanceRequest::sampleSerialisesBack()
{
    const QByteArray bytes = sampleBytes();
    const QJsonDocument original = QJsonDocument::fromJson(bytes);
    QVERIFY(original.isObject());
    const auto r = InstanceRequest::fromInstanceJson(bytes);
    QVERIFY(r);

    for (auto secrets : {InstanceRequest::Secrets::Placeholders, InstanceRequest::Secrets::Include}) {
        const QByteArray out = r->toInstanceJson(fb(), secrets);
        const QJsonDocument written = QJsonDocument::fromJson(out);
        QVERIFY(written.isObject());
        QCOMPARE(written, original);
        // Same key order as the documentation's text.
        verifyOrder(out, {"\"element\"", "\"key\"", "\"providerData\"", "\"oauth_token\"", "\"oauth_verifier\"",
                          "\"secret\"", "\"configuration\"", "\"oauth.api.key\"", "\"oauth.api.secret\"",
                          "\"freshbooks.site.address\"", "\"tags\"", "\"<INSERT_TAGS>\"", "\"name\""});
        verifyOrder(bytes, {"\"element\"", "\"key\"", "\"providerData\"", "\"oauth_token\"", "\"oauth_verifier\"",
                            "\"secret\"", "\"configuration\"", "\"oauth.api.key\"", "\"oauth.api.secret\"",
                            "\"freshbooks.site.address\"", "\"tags\"", "\"<INSERT_TAGS>\"", "\"name\""});
    }
}

void TstInstanceRequest::sampleWithBomAndCrlf()
{
    const auto plain = InstanceRequest::fromInstanceJson(sampleBytes());
    QVERIFY(plain);

    QByteArray crlf = sampleBytes();
    crlf.replace("\n", "\r\n");
    const auto fromCrlf = InstanceRequest::fromInstanceJson(crlf);
    QVERIFY(fromCrlf);
    QCOMPARE(*fromCrlf, *plain);

    const auto fromBom = InstanceRequest::fromInstanceJson("\xEF\xBB\xBF" + sampleBytes());
    QVERIFY(fromBom);
    QCOMPARE(*fromBom, *plain);

    // Line numbers still count lines with CRLF endings: not JSON at line 18...
    QByteArray broken = crlf;
    broken.replace("\"<INSERT_INSTANCE_NAME>\"", "<INSERT_INSTANCE_NAME>");
    QList<ValidationIssue> issues;
    QVERIFY(!InstanceRequest::fromInstanceJson(broken, &issues));
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().line, 18);
    QVERIFY(issues.first().message.contains(u"Line 18"_s));
    // ...and a wrong type at line 18.
    QByteArray wrongType = crlf;
    wrongType.replace("\"<INSERT_INSTANCE_NAME>\"", "18");
    issues.clear();
    QVERIFY(!InstanceRequest::fromInstanceJson(wrongType, &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"name"_s);
    QCOMPARE(issues.first().line, 18);
}

void TstInstanceRequest::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("value");  // goes into configuration and providerData

    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    controls += QChar(0x7f);
    controls += QChar(0x2028);  // line separator
    const QString quotes = uR"("quoted" 'single' \backslash\ \"escaped\" \u0041 \n not-a-newline / </script>)"_s;
    const QString rtl = u"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u202Egnp.exe\u202C \u200F"_s;
    const QString emoji = u"\U0001F9FE\U0001F4B8 \U0001F469\u200D\U0001F4BB \U0001F1E8\U0001F1E6 caf\u00E9"_s;
    const QString injection = uR"(x", "name": "injected", "y": ")"_s;

    QTest::newRow("plain") << u"Acme books"_s << QStringList{u"accounting"_s} << u"value"_s;
    QTest::newRow("long") << QString(100000, u'n') << QStringList{QString(70000, u't'), u"b"_s}
                          << QString(200000, u'v');
    QTest::newRow("control characters") << controls << QStringList{controls, u"tab\there"_s}
                                        << u"a\nb\r\nc"_s + controls;
    QTest::newRow("quotes and backslashes") << quotes << QStringList{quotes, u"\\"_s, u"\""_s} << quotes;
    QTest::newRow("json injection") << injection << QStringList{injection} << injection;
    QTest::newRow("rtl") << rtl << QStringList{rtl, u"\u05D0"_s} << rtl;
    QTest::newRow("emoji") << emoji << QStringList{emoji, u"\U0001F600"_s} << emoji;
    QTest::newRow("no tags") << u"n"_s << QStringList{} << u"v"_s;
    QTest::newRow("empty values") << QString() << QStringList{QString()} << QString();
}

void TstInstanceRequest::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tags);
    QFETCH(QString, value);

    InstanceRequest r = filled();
    r.name = name;
    r.tags = tags;
    r.configuration.insert(u"oauth.api.key"_s, value);
    r.configuration.insert(u"custom \"weird\" key\\"_s, value);
    r.providerData.insert(u"oauth_verifier"_s, value);

    const QByteArray text = r.toInstanceJson(fb(), InstanceRequest::Secrets::Include);
    QList<ValidationIssue> issues;
    const auto back = InstanceRequest::fromInstanceJson(text, &issues);
    QVERIFY2(back, qPrintable(describe(issues)));
    QVERIFY(issues.isEmpty());
    QCOMPARE(back->name, r.name);
    QCOMPARE(back->tags, r.tags);
    QCOMPARE(back->configuration, r.configuration);
    QCOMPARE(back->providerData, r.providerData);
    QCOMPARE(*back, r);
    // And it is the same JSON as the body that would be posted.
    QCOMPARE(QJsonDocument::fromJson(text).object(), r.toJsonObject());
}

void TstInstanceRequest::fromInstanceJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    // Whole-file problems (empty, not an object) need not cite a line in the text.

    QTest::newRow("invalid json: missing comma")
        << QByteArray("{\n  \"name\": \"x\"\n  \"tags\": []\n}\n") << QString() << 3;
    QTest::newRow("invalid json: unclosed list")
        << QByteArray("{\n  \"name\": \"x\",\n  \"tags\": [\n}\n") << QString() << 4;
    QTest::newRow("invalid json: trailing comma")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"name\": \"x\",\n}\n") << QString() << 4;
    QTest::newRow("invalid json: single quotes")
        << QByteArray("{\n\n  'name': 'x'\n}") << QString() << 3;
    QTest::newRow("configuration is a list")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"providerData\": {},\n  \"name\": \"x\",\n"
                      "  \"configuration\": []\n}\n")
        << u"configuration"_s << 5;
    QTest::newRow("configuration value is an object")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"configuration\": {\n"
                      "    \"oauth.api.key\": \"k\",\n    \"oauth.api.secret\": {\"value\": \"s\"}\n  }\n}\n")
        << u"configuration.oauth.api.secret"_s << 5;
    QTest::newRow("configuration value is a list")
        << QByteArray("{\"element\": {\"key\": \"freshbooks\"},\n\"configuration\": {\"oauth.api.key\": [\"k\"]}}")
        << u"configuration.oauth.api.key"_s << 2;
    QTest::newRow("providerData value is an object")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"providerData\": {\n    \"secret\": {}\n  }\n}")
        << u"providerData.secret"_s << 4;
    QTest::newRow("providerData is a string")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n\n  \"providerData\": \"oauth_token=x\"\n}")
        << u"providerData"_s << 4;
    QTest::newRow("tags not strings")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"name\": \"x\",\n  \"tags\": [\"a\", 5]\n}")
        << u"tags[1]"_s << 4;
    QTest::newRow("tags is an object")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"tags\": {\"a\": 1}\n}") << u"tags"_s << 3;
    QTest::newRow("name is a number")
        << QByteArray("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"tags\": [],\n  \"name\": 42\n}")
        << u"name"_s << 4;
    QTest::newRow("element missing") << QByteArray("{\n  \"name\": \"x\"\n}") << u"element"_s << 1;
    QTest::newRow("element is a string")
        << QByteArray("{\n  \"name\": \"x\",\n  \"element\": \"freshbooks\"\n}") << u"element"_s << 3;
    QTest::newRow("element key missing")
        << QByteArray("{\n  \"name\": \"x\",\n  \"element\": {\"id\": 172}\n}") << u"element.key"_s << 3;
    QTest::newRow("element key empty")
        << QByteArray("{\n  \"element\": {\n    \"key\": \"  \"\n  }\n}") << u"element.key"_s << 3;
    QTest::newRow("empty file") << QByteArray() << QString() << 1;
    QTest::newRow("blank file") << QByteArray(" \n\t\r\n") << QString() << 1;
    QTest::newRow("json array") << QByteArray("[\n  {\"element\": {\"key\": \"freshbooks\"}}\n]") << QString() << 1;
    QTest::newRow("json string") << QByteArray("\"freshbooks\"") << QString() << 1;
    QTest::newRow("json null") << QByteArray("null") << QString() << 1;
    QTest::newRow("binary garbage") << QByteArray::fromHex("00ff13379c0a0b0cfffe4142") << QString() << 1;
    QTest::newRow("png header") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") << QString() << 1;
}

void TstInstanceRequest::fromInstanceJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(int, line);

    QList<ValidationIssue> issues;
    const auto r = InstanceRequest::fromInstanceJson(json, &issues);
    QVERIFY(!r.has_value());
    QVERIFY(!issues.isEmpty());
    const ValidationIssue &i = issues.first();
    QVERIFY2(i.field == field, qPrintable(describe(issues)));
    QVERIFY2(i.line == line, qPrintable(describe(issues)));
    QVERIFY(!i.message.isEmpty());
    const bool wholeFile = json.trimmed().isEmpty() || QJsonDocument::fromJson(json).isArray()
        || json == "null" || json.startsWith('"');
    if (!wholeFile)
        QVERIFY2(i.message.contains(u"Line %1"_s.arg(line)), qPrintable(i.message));
    if (!field.isEmpty()) {
        // The message names the field (its first part at least, as written in the file).
        const QString top = field.section(u'.', 0, 0).section(u'[', 0, 0);
        QVERIFY2(i.message.contains(top), qPrintable(i.message));
    }
    // Without an issue list: still refused, no crash.
    QVERIFY(!InstanceRequest::fromInstanceJson(json).has_value());
}

void TstInstanceRequest::fromInstanceJsonNeverCrashes()
{
    QList<QByteArray> inputs;
    const QByteArray sample = sampleBytes();
    for (qsizetype n = 0; n <= sample.size(); ++n)
        inputs.append(sample.left(n));
    QRandomGenerator random(20240611);  // fixed seed: the same inputs on every run
    for (int n = 0; n < 300; ++n) {
        QByteArray garbage(random.bounded(1, 400), Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        inputs.append(garbage);
        // Sample with a few bytes flipped.
        QByteArray flipped = sample;
        for (int k = 0; k < 3; ++k)
            flipped[random.bounded(int(flipped.size()))] = char(random.bounded(256));
        inputs.append(flipped);
    }
    inputs.append(QByteArray(100000, '['));
    inputs.append(QByteArray(100000, '{'));
    inputs.append("{\"name\": \"\xff\xfe\xc3\x28\", \"element\": {\"key\": \"freshbooks\"}}");
    static const char withNul[] = "{\"element\": {\"key\": \"freshbooks\"}, \"name\": \"a\0b\"}";
    inputs.append(QByteArray(withNul, sizeof(withNul) - 1));
    inputs.append("{\"element\": {\"key\": \"freshbooks\"}, \"configuration\": {\"n\": 1e400}}");
    inputs.append("{\"element\": {\"key\": \"freshbooks\"}, \"configuration\": {\"n\": 123456789012345678901234567890}}");

    int accepted = 0;
    for (const QByteArray &input : std::as_const(inputs)) {
        QList<ValidationIssue> issues;
        const auto r = InstanceRequest::fromInstanceJson(input, &issues);
        if (r) {
            ++accepted;
            QVERIFY(issues.isEmpty());
            r->validate(fb());  // must not crash either
            r->toInstanceJson(fb(), InstanceRequest::Secrets::Placeholders);
        } else {
            QVERIFY(!issues.isEmpty());
            for (const ValidationIssue &i : std::as_const(issues)) {
                QVERIFY(!i.message.isEmpty());
                QVERIFY(i.line >= 0);
                QVERIFY(i.line <= input.count('\n') + 1);
            }
        }
    }
    QVERIFY(accepted >= 1);  // the whole sample at least
}

void TstInstanceRequest::hostileFilesAreCountedNotListed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("problems");
    QTest::addColumn<int>("firstLine");  // of the first problem; each next one is a line further, or the same
    QTest::addColumn<bool>("sameLine");
    // Each bad tag is cited at its own line (the list starts on line 18006).
    QTest::newRow("60k bad tags") << ce::test::hostile::badTags(60000) << 60000 << 18007 << false;
    QTest::newRow("50k bad configuration values") << ce::test::hostile::badConfiguration(50000) << 50000 << 4 << false;
    QTest::newRow("21 bad tags") << ce::test::hostile::badTags(21) << 21 << 18007 << false;
    QTest::newRow("20 bad tags") << ce::test::hostile::badTags(20) << 20 << 18007 << false;
}

// The first MaxListedIssues problems are described with their line; the rest are one
// entry that counts them. Quick: the bound is generous, the old search for each line
// took 13 to 22 seconds on these files.
void TstInstanceRequest::hostileFilesAreCountedNotListed()
{
    QFETCH(QByteArray, json);
    QFETCH(int, problems);
    QFETCH(int, firstLine);
    QFETCH(bool, sameLine);
    QElapsedTimer timer;
    timer.start();
    QList<ValidationIssue> issues;
    QVERIFY(!InstanceRequest::fromInstanceJson(json, &issues));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    const int listed = qMin(problems, InstanceRequest::MaxListedIssues);
    QCOMPARE(issues.size(), listed + (problems > listed ? 1 : 0));
    for (int i = 0; i < listed; ++i) {
        const ValidationIssue &issue = issues.at(i);
        QCOMPARE(issue.omitted, 0);
        QCOMPARE(issue.line, sameLine ? firstLine : firstLine + i);
        QVERIFY2(issue.message.startsWith(u"Line %1: "_s.arg(issue.line)), qPrintable(issue.message));
    }
    if (problems > listed) {
        const ValidationIssue &more = issues.last();
        QCOMPARE(more.omitted, qsizetype(problems - listed));
        QCOMPARE(more.message, InstanceRequest::moreProblems(problems - listed));
        QVERIFY2(more.message.contains(QLocale().toString(problems - listed)), qPrintable(more.message));
    }
    // Without a list to fill, the answer is the same.
    QVERIFY(!InstanceRequest::fromInstanceJson(json));
}

void TstInstanceRequest::longKeysAreShortenedInMessages()
{
    const QString key(200000, u'k');
    const QByteArray json = "{\"element\": {\"key\": \"freshbooks\"}, \"configuration\": {\"" + key.toLatin1() + "\": []}}";
    QList<ValidationIssue> issues;
    QVERIFY(!InstanceRequest::fromInstanceJson(json, &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"configuration."_s + key);  // the whole name for a program
    QVERIFY2(issues.first().message.size() < 150, qPrintable(issues.first().message.left(300)));
    QVERIFY(issues.first().message.contains(u"kkk\u2026\" must be a string"_s));
}

// A file may hold 100,000 distinct tags that are strings: dropping duplicates stays linear.
void TstInstanceRequest::normaliseManyTags()
{
    InstanceRequest r = filled();
    r.tags.clear();
    for (int i = 0; i < 100000; ++i)
        r.tags.append(u" tag %1 "_s.arg(i % 60000));
    QElapsedTimer timer;
    timer.start();
    r.normalise(fb());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(r.tags.size(), 60000);
    QCOMPARE(r.tags.first(), u"tag 0"_s);
    QCOMPARE(r.tags.last(), u"tag 59999"_s);
}

void TstInstanceRequest::scalarsBecomeStrings()
{
    const QByteArray json = R"({
      "element": {"key": "freshbooks"},
      "providerData": {"oauth_verifier": 12345, "secret": null},
      "configuration": {
        "pagination.max": 100,
        "event.notification.enabled": false,
        "filter.response.nulls": true,
        "ratio": 0.1,
        "negative": -3,
        "big": 1e20,
        "event.notification.callback.url": null
      },
      "name": "x"
    })";
    QList<ValidationIssue> issues;
    const auto r = InstanceRequest::fromInstanceJson(json, &issues);
    QVERIFY2(r, qPrintable(describe(issues)));
    QCOMPARE(r->configuration.value(u"pagination.max"_s), u"100"_s);
    QCOMPARE(r->configuration.value(u"event.notification.enabled"_s), u"false"_s);
    QCOMPARE(r->configuration.value(u"filter.response.nulls"_s), u"true"_s);
    QCOMPARE(r->configuration.value(u"ratio"_s), u"0.1"_s);
    QCOMPARE(r->configuration.value(u"negative"_s), u"-3"_s);
    QCOMPARE(r->configuration.value(u"big"_s), u"1e+20"_s);
    QCOMPARE(r->providerData.value(u"oauth_verifier"_s), u"12345"_s);
    // null means "not given".
    QVERIFY(!r->configuration.contains(u"event.notification.callback.url"_s));
    QVERIFY(!r->providerData.contains(u"secret"_s));
}

void TstInstanceRequest::tolerantShapes()
{
    // A single tag as a string; no tags, name, providerData or configuration at all.
    const auto one = InstanceRequest::fromInstanceJson(R"({"element": {"key": "freshbooks"}, "tags": "solo"})");
    QVERIFY(one);
    QCOMPARE(one->tags, QStringList{u"solo"_s});
    QVERIFY(one->providerData.isEmpty());
    QVERIFY(one->configuration.isEmpty());
    QVERIFY(one->name.isEmpty());
    // ...which validate() then reports, all at once.
    QCOMPARE(one->validate(fb()).size(), 7);

    // Unknown top-level members are ignored.
    const auto extra = InstanceRequest::fromInstanceJson(
        R"({"element": {"key": "freshbooks", "id": 172}, "name": "n", "disabled": false, "tags": null})");
    QVERIFY(extra);
    QCOMPARE(extra->name, u"n"_s);
    QVERIFY(extra->tags.isEmpty());
}

// The field ids the core names its issues by, and how a page finds a field's message.
void TstInstanceRequest::fieldIdsAndMessageFor()
{
    QCOMPARE(field::configuration(u"oauth.api.key"_s), u"configuration.oauth.api.key"_s);
    QCOMPARE(field::providerData(u"oauth_verifier"_s), u"providerData.oauth_verifier"_s);
    QCOMPARE(field::tag(2), u"tags[2]"_s);

    InstanceRequest r = filled();
    r.name.clear();
    r.configuration.insert(u"freshbooks.site.address"_s, u"not a site"_s);
    r.tags = {u"a"_s, u" "_s};
    const QList<ValidationIssue> issues = r.validateInputs(fb());
    QVERIFY(messageFor(issues, field::Name).contains(u"name"_s));
    QVERIFY(messageFor(issues, field::configuration(u"freshbooks.site.address"_s)).contains(u"Site address"_s));
    QVERIFY(!messageFor(issues, field::tag(1)).isEmpty());
    QCOMPARE(messageFor(issues, field::tag(0)), QString());
    QCOMPARE(messageFor(issues, field::configuration(u"oauth.api.key"_s)), QString());
    // The first issue of a field is its message.
    const QList<ValidationIssue> two = {{field::Name, u"first"_s}, {field::Name, u"second"_s}};
    QCOMPARE(messageFor(two, field::Name), u"first"_s);
}

QTEST_GUILESS_MAIN(TstInstanceRequest)
#include "tst_instancerequest.moc"
