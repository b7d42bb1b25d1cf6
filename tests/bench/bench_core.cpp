// Benchmarks of the GUI-free core: the pure functions the app runs on every navigation,
// every log line and every answer, and the import of a hostile instance.json. Prints time per call (QBENCHMARK); asserts only that
// each benchmark computes what it should, never how fast.
//
// Repeatable instruction counts instead of wall time: run it with -callgrind (valgrind
// must be installed), e.g. `bench_core -callgrind matchCallback`.
#include "core/apitypes.h"
#include "core/callbackmatcher.h"
#include "core/elementdescription.h"
#include "core/instancefile.h"
#include "core/instancerequest.h"
#include "core/instancesfiltermodel.h"
#include "core/instancesmodel.h"
#include "core/redaction.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using Outcome = CallbackMatch::Outcome;

Q_DECLARE_METATYPE(ce::CallbackMatch::Outcome)

namespace {

const QUrl Callback(u"https://www.mycoolapp.com/auth"_s);
const QString Token = u"qyprd1Twij60MH06lKGUZTJwx7tbzpPQx6aZnvKe0xI7"_s;
const QString TokenSecret = u"KKSbL0J2wLGMqhMXTEh1ERkSx9tsIbAHUevF"_s;
const QString Verifier = u"Vq3kXh9dWm2pRb7Tz"_s;
const QString ConsumerSecret = u"c0nsumer&secret+9f/8e=7d%20x"_s;
const QString UserSecret = u"Xh2mQ9vT4kLp8sDf3wZr6yBn1cJg5aHe"_s;
const QString OrganizationSecret = u"7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c2e"_s;

QByteArray readSource(const char *relative)
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR) + u'/' + QString::fromLatin1(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The "successful JSON response" of POST /instances in Cloud Elements' FreshBooks page.
QByteArray documentedCreateResponse()
{
    const QByteArray page = readSource("tests/data/freshbooks-create-instance.md");
    const qsizetype heading = page.indexOf("Below is a successful JSON response:");
    if (heading < 0)
        return {};
    const qsizetype start = page.indexOf("```json\n", heading);
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf("\n```", start + 8);
    return end < 0 ? QByteArray() : page.mid(start + 8, end - start - 8);
}

}  // namespace

class BenchCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matchCallback_data();
    void matchCallback();
    void instanceJsonRoundTrip();
    void importHostileInstanceJson_data();
    void importHostileInstanceJson();
    void scrub_data();
    void scrub();
    void body4KiB();
    void instanceFromJson_data();
    void instanceFromJson();
    void instancesModelFill();
    void instancesModelFilter_data();
    void instancesModelFilter();

private:
    // 10,000 instances as GET /instances would list them: names, tags and dates that differ.
    static QList<Instance> manyInstances();

    QByteArray m_sample;          // tests/data/instance-sample.json
    QByteArray m_createResponse;  // the documented POST /instances answer
    QByteArray m_body4k;          // a 4 KiB JSON answer, secrets inside
};

void BenchCore::initTestCase()
{
    m_sample = readSource("tests/data/instance-sample.json");
    QVERIFY2(!m_sample.isEmpty(), "tests/data/instance-sample.json is missing");
    m_createResponse = documentedCreateResponse();
    QVERIFY2(!m_createResponse.isEmpty(), "no JSON response in tests/data/freshbooks-create-instance.md");

    // A few registered secrets, as in a session after the OAuth exchange.
    redaction::forgetSecrets();
    for (const QString &secret : {UserSecret, OrganizationSecret, ConsumerSecret, Token, TokenSecret, Verifier})
        redaction::registerSecret(secret);

    // The documented instance, its configuration grown to 4 KiB: what GET /instances/{id}
    // of an instance with many settings returns.
    QJsonObject instance = QJsonDocument::fromJson(m_createResponse).object();
    instance.insert(u"token"_s, Token);
    QJsonObject configuration = instance.value("configuration"_L1).toObject();
    configuration.insert(u"oauth.user.token"_s, Token);
    configuration.insert(u"oauth.user.token.secret"_s, TokenSecret);
    for (int i = 0; QJsonDocument(instance).toJson(QJsonDocument::Compact).size() < 4096; ++i) {
        configuration.insert(u"extra.setting.%1"_s.arg(i, 3, 10, QChar(u'0')), u"value number %1 of the instance"_s.arg(i));
        instance.insert(u"configuration"_s, configuration);
    }
    m_body4k = QJsonDocument(instance).toJson(QJsonDocument::Compact);
    qInfo("redaction::body input: %lld bytes", qlonglong(m_body4k.size()));
}

void BenchCore::cleanupTestCase()
{
    redaction::forgetSecrets();
}

// Every navigation of the embedded browser goes through matchCallback.
void BenchCore::matchCallback_data()
{
    QTest::addColumn<QUrl>("navigation");
    QTest::addColumn<Outcome>("expected");
    const QString query = u"?state=freshbooks&oauth_token="_s + Token + u"&oauth_verifier="_s + Verifier;
    QTest::newRow("typical callback") << QUrl(u"https://www.mycoolapp.com/auth"_s + query) << Outcome::Authorized;
    QTest::newRow("look-alike host") << QUrl(u"https://www.mycoolapp.com.evil.example/auth"_s + query) << Outcome::NearMiss;
    QTest::newRow("provider page")
        << QUrl(u"https://acme.freshbooks.com/oauth/oauth_authorize.php?oauth_token="_s + Token
                + u"&oauth_callback=https%3A%2F%2Fwww.mycoolapp.com%2Fauth%3Fstate%3Dfreshbooks"_s)
        << Outcome::NotCallback;
}

void BenchCore::matchCallback()
{
    QFETCH(QUrl, navigation);
    QFETCH(Outcome, expected);
    CallbackMatch m;
    QBENCHMARK {
        m = ce::matchCallback(Callback, navigation, Token);
    }
    QCOMPARE(m.outcome, expected);
}

// Importing an instance.json: read, validate (the sample is all placeholders, so
// every required entry is reported), write back as documented.
void BenchCore::instanceJsonRoundTrip()
{
    const ElementDescription &element = ce::test::freshbooks();
    QByteArray written;
    qsizetype issues = 0;
    QBENCHMARK {
        const std::optional<InstanceRequest> request = InstanceRequest::fromInstanceJson(m_sample);
        QVERIFY(request);
        issues = request->validate(element).size();
        written = request->toInstanceJson(element, InstanceRequest::Secrets::Placeholders);
    }
    QVERIFY(issues > 0);
    QVERIFY(written.contains("<INSERT_FRESHBOOKS_API_SECRET>"));
}

// Importing a hostile instance.json (valid JSON under the 1 MiB cap, every entry
// wrong), as the wizard does on its GUI thread: read, refuse, describe. It took 13 to
// 22 seconds when each problem's line was searched from the start of the file.
void BenchCore::importHostileInstanceJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("problems");
    QTest::newRow("60k bad tags, 938 KiB") << test::hostile::badTags(60000) << 60000;
    QTest::newRow("50k bad configuration values, 879 KiB") << test::hostile::badConfiguration(50000) << 50000;
}

void BenchCore::importHostileInstanceJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, problems);
    QString text;
    QBENCHMARK {
        QList<ValidationIssue> issues;
        const std::optional<InstanceRequest> request = InstanceRequest::fromInstanceJson(json, &issues);
        QVERIFY(!request);
        text = instancefile::describe(u"instance.json"_s, issues);
    }
    QVERIFY2(text.size() < 500, qPrintable(text.left(600)));
    QVERIFY2(text.contains(QLocale().toString(problems - 3)), qPrintable(text));
}

// Every Qt message goes through scrub().
void BenchCore::scrub_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("hasSecret");
    QTest::newRow("clean line")
        << u"-> requestToken GET http://127.0.0.1:41234/elements/api-v2/elements/freshbooks/oauth/token"
           u"?apiKey=mycompany&apiSecret=<redacted>&callbackUrl=https%3A%2F%2Fwww.mycoolapp.com%2Fauth"
           u"&siteAddress=acme"_s
        << false;
    QTest::newRow("secrets in it")
        << u"-> requestToken GET http://127.0.0.1:41234/elements/api-v2/elements/freshbooks/oauth/url"
           u"?apiKey=mycompany&apiSecret=c0nsumer%26secret%2B9f%2F8e%3D7d%2520x&requestToken="_s
               + Token + u" Authorization: User "_s + UserSecret + u", Organization "_s + OrganizationSecret
        << true;
    QTest::newRow("no secret name in it")
        << u"stage Stage::Authorizing -> Stage::AwaitingAuthorization after 143 ms, the page shows the provider"_s
        << false;
    QTest::newRow("JSON with secret names in it")
        << u"<- createInstance http 400 in 12 ms: It said: \"rejected {\"requestTokenSecret\":\"unregistered-1\","
           u"\"oauth.verifier\":\"unregistered-2\",\"name\":\"Acme books\"}\"."_s
        << true;
}

void BenchCore::scrub()
{
    QFETCH(QString, line);
    QFETCH(bool, hasSecret);
    QString out;
    QBENCHMARK {
        out = redaction::scrub(line);
    }
    QCOMPARE(out != line, hasSecret);
    for (const QString &secret : {UserSecret, OrganizationSecret, Token})
        QVERIFY(!out.contains(secret));
}

// Response bodies are redacted before they reach the request log.
void BenchCore::body4KiB()
{
    QByteArray out;
    QBENCHMARK {
        out = redaction::body(m_body4k);
    }
    QVERIFY(!out.contains(Token.toUtf8()));
    QVERIFY(!out.contains(TokenSecret.toUtf8()));
}

// Reading the created instance: from the bytes of the answer, and from parsed JSON.
void BenchCore::instanceFromJson_data()
{
    QTest::addColumn<bool>("fromBytes");
    QTest::newRow("bytes -> Instance") << true;
    QTest::newRow("QJsonValue -> Instance") << false;
}

void BenchCore::instanceFromJson()
{
    QFETCH(bool, fromBytes);
    const QJsonValue parsed = QJsonDocument::fromJson(m_createResponse).object();
    std::optional<Instance> instance;
    if (fromBytes) {
        QBENCHMARK {
            instance = Instance::fromJson(QJsonDocument::fromJson(m_createResponse).object());
        }
    } else {
        QBENCHMARK {
            instance = Instance::fromJson(parsed);
        }
    }
    QVERIFY(instance);
    QCOMPARE(instance->id, qint64(123));
    QCOMPARE(instance->elementKey, u"freshbooks"_s);
}

QList<Instance> BenchCore::manyInstances()
{
    const QStringList customers = {u"acme"_s, u"beta"_s, u"gamma"_s, u"delta"_s, u"epsilon"_s, u"zeta"_s, u"eta"_s};
    QList<Instance> list;
    list.reserve(10000);
    for (int n = 1; n <= 10000; ++n) {
        Instance i;
        i.id = 100000 + (n * 7919) % 10000;  // not in order
        const QString customer = customers.at(n % customers.size());
        i.name = u"%1 books %2"_s.arg(customer).arg(n);
        i.elementKey = u"freshbooks"_s;
        i.elementName = u"FreshBooks"_s;
        i.tags = {u"customer-"_s + customer, n % 3 ? u"finance"_s : u"sandbox"_s};
        i.valid = n % 11 != 0;
        i.disabled = n % 13 == 0;
        i.createdDate = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)
                            .addSecs(qint64(n) * 7777 % 100000000)
                            .toString(Qt::ISODateWithMs);
        list.append(i);
    }
    return list;
}

// The Instances window after GET /instances: 10,000 rows into the model, sorted by
// creation date through the filter model in front of it.
void BenchCore::instancesModelFill()
{
    const QList<Instance> many = manyInstances();
    InstancesModel model;
    InstancesFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InstancesModel::CreatedColumn, Qt::DescendingOrder);
    QBENCHMARK {
        model.setInstances(many);
    }
    QCOMPARE(proxy.rowCount(), 10000);
    const QDateTime first = proxy.index(0, 0).data(InstancesModel::CreatedRole).toDateTime();
    const QDateTime second = proxy.index(1, 0).data(InstancesModel::CreatedRole).toDateTime();
    QVERIFY(first >= second);
}

void BenchCore::instancesModelFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::newRow("10,000 rows, one word") << u"acme"_s << QString();
    QTest::newRow("10,000 rows, two words") << u"acme 77"_s << QString();
    QTest::newRow("10,000 rows, a tag") << QString() << u"sandbox"_s;
}

// Typing in the filter field: each change filters the 10,000 rows again (sorted by date).
void BenchCore::instancesModelFilter()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    InstancesModel model;
    model.setInstances(manyInstances());
    InstancesFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InstancesModel::CreatedColumn, Qt::DescendingOrder);
    int round = 0;
    int shown = 0;
    QBENCHMARK {
        // Every round a different filter, so each one filters every row.
        const bool on = round++ % 2 == 0;
        proxy.setFilterText(on ? text : text + u'x');
        proxy.setTagFilter(on ? tag : QString());
        if (on)
            shown = proxy.rowCount();
    }
    QVERIFY(shown > 0 && shown < 10000);
}

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
