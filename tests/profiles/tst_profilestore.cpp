// ce::Profile and ce::ProfileStore: JSON round trips, ordering, rename/duplicate/remove,
// secrets kept out of the files, damaged and future files, read-only folders and failing
// writes. In every failure the files that existed are left exactly as they were. Fields
// this version does not know survive every rewrite, and two stores (in one process or in
// two: this program runs itself with --hammer) never lose each other's changes.
#include "core/apiclient.h"
#include "core/elementdescription.h"
#include "core/environment.h"
#include "core/provisioningflow.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ce::ApiClient;
using ce::CreatedInstance;
using ce::ElementDescription;
using ce::Environment;
using ce::Profile;
using ce::ProfileEntry;
using ce::ProfileStore;
using ce::ProvisioningFlow;

Q_DECLARE_METATYPE(ce::ProfileEntry::Problem)

namespace {

Profile sampleProfile(const QString &name = u"Acme production"_s)
{
    Profile p;
    p.name = name;
    p.descriptorId = u"freshbooks"_s;
    p.elementKey = u"freshbooks"_s;
    p.environment = Environment::Kind::Custom;
    p.customBaseUrl = QUrl(u"https://gateway.example.com/elements/api-v2"_s);
    p.configuration = {{u"oauth.api.key"_s, u"mycompany"_s},
                       {u"freshbooks.site.address"_s, u"acme"_s},
                       {u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s}};
    p.instanceName = u"Acme FreshBooks"_s;
    p.tags = {u"finance"_s, u"prod"_s};
    p.lastInstance = CreatedInstance{1234567890123LL, u"freshbooks"_s,
                                     QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC), {}};
    p.lastUsed = QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0, 7), Qt::UTC);
    return p;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every name in the folder, hidden ones included: temporary files must not be left behind.
QStringList folderContents(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QFileDevice::Permissions groupAndOther()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

// A store whose disk fails halfway through a write.
class FailingStore : public ProfileStore
{
public:
    using ProfileStore::ProfileStore;
    int attempts = 0;

protected:
    bool writeContents(QSaveFile &file, const QByteArray &bytes) override
    {
        ++attempts;
        file.write(bytes.left(bytes.size() / 2));
        return false;  // as write() does when the disk is full
    }
};

// A store that runs `duringWrite` once, in its first write: between reading the profile
// and replacing the file, where another store's change would be lost without the lock.
class InterleavingStore : public ProfileStore
{
public:
    using ProfileStore::ProfileStore;
    std::function<void()> duringWrite;

protected:
    bool writeContents(QSaveFile &file, const QByteArray &bytes) override
    {
        if (auto f = std::exchange(duringWrite, nullptr))
            f();
        return ProfileStore::writeContents(file, bytes);
    }
};

// A profile file as a later version or a person may have written it: members this version
// does not know at the top, in lastInstance and in configuration, and one whose name
// looks secret (never kept).
QJsonObject withUnknownFields(const Profile &p)
{
    QJsonObject o = QJsonDocument::fromJson(p.toJson()).object();
    o.insert("notes"_L1, u"written by hand"_s);
    o.insert("future"_L1, QJsonObject{{"list"_L1, QJsonArray{1, QJsonObject{{"deep"_L1, true}}}},
                                      {"none"_L1, QJsonValue::Null}});
    QJsonObject instance = o.value("lastInstance"_L1).toObject();
    instance.insert("status"_L1, u"active"_s);
    o.insert("lastInstance"_L1, instance);
    QJsonObject configuration = o.value("configuration"_L1).toObject();
    configuration.insert("freshbooks.future.setting"_L1, u"on"_s);
    o.insert("configuration"_L1, configuration);
    o.insert("apiSecret"_L1, u"s3cr3t-in-an-unknown-field"_s);
    return o;
}

// The unknown fields of withUnknownFields() are in the file (the last instance's only when
// it is the same instance).
void checkUnknownFieldsKept(const QByteArray &bytes, const QJsonObject &original, bool sameInstance)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(o.value("notes"_L1), original.value("notes"_L1));
    QCOMPARE(o.value("future"_L1), original.value("future"_L1));
    QCOMPARE(o.value("configuration"_L1).toObject().value("freshbooks.future.setting"_L1).toString(), u"on"_s);
    if (sameInstance)
        QCOMPARE(o.value("lastInstance"_L1).toObject().value("status"_L1).toString(), u"active"_s);
    QVERIFY(!o.contains("apiSecret"_L1));
    QVERIFY(!bytes.contains("s3cr3t-in-an-unknown-field"));
}

struct ProblemFile
{
    const char *name;
    QByteArray bytes;
    ProfileEntry::Problem problem;
};

QList<ProblemFile> problemFiles()
{
    const QByteArray valid = sampleProfile().toJson();
    QJsonObject future = QJsonDocument::fromJson(valid).object();
    future.insert("schemaVersion"_L1, 2);
    future.insert("somethingNew"_L1, u"from the future"_s);
    QByteArray binary(512, '\0');
    QRandomGenerator rng(42);
    for (char &c : binary)
        c = char(rng.bounded(256));
    binary[0] = '\x89';  // not even the start of JSON
    return {
        {"corrupt", "{\"schemaVersion\": 1, \"name\": oops", ProfileEntry::Problem::Corrupt},
        {"truncated", valid.left(valid.size() / 2), ProfileEntry::Problem::Corrupt},
        {"empty", QByteArray(), ProfileEntry::Problem::Corrupt},
        {"whitespace", "  \n\t\n", ProfileEntry::Problem::Corrupt},
        {"binary", binary, ProfileEntry::Problem::Corrupt},
        {"array", "[1, 2, 3]", ProfileEntry::Problem::Corrupt},
        {"noversion", "{\"name\": \"x\"}", ProfileEntry::Problem::Corrupt},
        {"badversion", "{\"schemaVersion\": \"1\"}", ProfileEntry::Problem::Corrupt},
        {"nameisnumber",
         QByteArray(valid).replace("\"name\": \"Acme production\"", "\"name\": 5"),
         ProfileEntry::Problem::Corrupt},
        {"future", QJsonDocument(future).toJson(), ProfileEntry::Problem::NewerVersion},
    };
}

}  // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultDirectory();
    void roundTrip_data();
    void roundTrip();
    void fileFormat();
    void writtenAsRead();
    void newProfileGetsIdAndModified();
    void nameIsRequiredAndTrimmed();
    void orderByLastUsedThenName();
    void markUsedKeepsModified();
    void renameDuplicateRemove();
    void changedSignal();
    void secretsNeverWritten();
    void secretsInFileAreDropped();
    void flowRoundTrip();
    void applyProfileEnvironments();
    void descriptorOfEarlierFiles();
    void problemFilesListedOthersLoad();
    void saveOverProblemFileRefused_data();
    void saveOverProblemFileRefused();
    void fileNameIsTheId();
    void invalidIdsRefused();
    void permissions();
    void readOnlyDirectory();
    void directoryIsAFile();
    void failingWriteKeepsOldFile();
    void fullDiskKeepsOldFile();
    void unknownFieldsSurviveEveryRewrite();
    void twoStoresInterleave_data();
    void twoStoresInterleave();
    void twoProcesses();
    void lockHeldElsewhere();
    void lockOfACrashedCopyTakenOver();
};

void TstProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"ce-provisioner-tests"_s);
}

void TstProfileStore::defaultDirectory()
{
    const QString dir = ProfileStore::defaultDirectory();
    QVERIFY(dir.endsWith(u"/profiles"_s));
    QVERIFY2(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(dir));
    QVERIFY2(dir.contains(u".qttest"_s), qPrintable(dir));  // test mode: never the user's real folder
}

// What is read is written back the same way and reads the same again (found by fuzzing:
// a custom URL with a '#' in its fragment came back different).
void TstProfileStore::writtenAsRead()
{
    QFile seed(QStringLiteral(CEP_SOURCE_DIR) + u"/tests/fuzz/corpus/fuzz_profile/crash-fragment-with-hash.json"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const auto first = Profile::fromJson(seed.readAll());
    QVERIFY(first);
    const QByteArray written = first->toJson();
    const auto second = Profile::fromJson(written);
    QVERIFY(second);
    QCOMPARE(second->customBaseUrl, first->customBaseUrl);
    QVERIFY(*second == *first);
    QCOMPARE(second->toJson(), written);
}

void TstProfileStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("instanceName");

    QTest::newRow("plain") << u"Acme production"_s << QStringList{u"a"_s} << u"Acme"_s;
    QTest::newRow("unicode") << u"Prüfung – 会計 – Ωmega"_s << QStringList{u"日本語"_s, u"Ünïcödé"_s}
                             << u"Société générale"_s;
    QTest::newRow("rtl") << u"ملف الإنتاج \u200F(עברית)"_s << QStringList{u"مالية"_s, u"\u202Eevil\u202C"_s}
                         << u"שלום"_s;
    QTest::newRow("emoji") << u"🚀 Prod 👩‍💻🏳️‍🌈"_s << QStringList{u"💶"_s, u"🇪🇺"_s} << u"🧾 Invoices"_s;
    QTest::newRow("very long") << QString(20000, u'n') << QStringList(500, QString(300, u't'))
                               << QString(5000, u'i');
    QString control = u"tab\there, new\nline, cr\r, bell\u0007, esc\u001b, del\u007f"_s;
    control += QChar(0x0001);
    control += u", quote \" backslash \\ slash / brace } nul:"_s;
    control += QChar(0);
    control += u"end"_s;
    QTest::newRow("control characters") << u"x "_s + control << QStringList{control, u"\n"_s} << control;
    QTest::newRow("json-looking") << u"{\"schemaVersion\": 99}"_s << QStringList{u"]"_s, u"\""_s}
                                  << u"</script><b>"_s;
}

void TstProfileStore::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tags);
    QFETCH(QString, instanceName);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"profiles"_s);
    Profile p = sampleProfile(name);
    p.tags = tags;
    p.instanceName = instanceName;
    p.configuration.insert(u"freshbooks.site.address"_s, name.left(50));
    {
        ProfileStore store(dir);
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
    }
    ProfileStore reopened(dir);  // a fresh store reads only the file
    QString error;
    const std::optional<Profile> loaded = reopened.load(p.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, name.trimmed());
    QCOMPARE(loaded->tags, tags);
    QCOMPARE(loaded->instanceName, instanceName);
    QCOMPARE(loaded->configuration, p.configuration);
    QCOMPARE(loaded->customBaseUrl, p.customBaseUrl);
    QVERIFY(loaded->lastInstance.has_value());
    QCOMPARE(loaded->lastInstance->id, 1234567890123LL);
    QCOMPARE(loaded->lastInstance->created, p.lastInstance->created);
    QCOMPARE(loaded->lastUsed, p.lastUsed);
    QCOMPARE(loaded->modified, p.modified);
    QVERIFY(*loaded == p);

    const QList<ProfileEntry> entries = reopened.entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().isValid());
    QVERIFY(*entries.first().profile == p);
}

void TstProfileStore::fileFormat()
{
    Profile p = sampleProfile();
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject o = QJsonDocument::fromJson(p.toJson()).object();
    QCOMPARE(o.value("schemaVersion"_L1).toInt(), 1);
    QCOMPARE(o.value("id"_L1).toString(), p.id);
    QCOMPARE(o.value("descriptor"_L1).toString(), u"freshbooks"_s);
    QCOMPARE(o.value("element"_L1).toString(), u"freshbooks"_s);
    QCOMPARE(o.value("environment"_L1).toString(), u"custom"_s);
    QCOMPARE(o.value("customBaseUrl"_L1).toString(), u"https://gateway.example.com/elements/api-v2"_s);
    QCOMPARE(o.value("lastInstance"_L1).toObject().value("id"_L1).toDouble(), 1234567890123.0);
    QCOMPARE(o.value("lastUsed"_L1).toString(), u"2024-03-01T08:00:00.007Z"_s);

    // Unknown fields of the same version are ignored (a later 1.x may add some).
    QJsonObject extra = o;
    extra.insert("addedLater"_L1, QJsonObject{{"x"_L1, 1}});
    QString error;
    QVERIFY2(Profile::fromJson(QJsonDocument(extra).toJson(), &error), qPrintable(error));

    // Rejections carry a reason and a kind.
    Profile::ParseFailure failure = Profile::ParseFailure::None;
    QVERIFY(!Profile::fromJson("nope", &error, &failure));
    QCOMPARE(failure, Profile::ParseFailure::Invalid);
    QVERIFY(!error.isEmpty());
    QJsonObject newer = o;
    newer.insert("schemaVersion"_L1, 7);
    QVERIFY(!Profile::fromJson(QJsonDocument(newer).toJson(), &error, &failure));
    QCOMPARE(failure, Profile::ParseFailure::NewerVersion);
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(-1), QJsonValue(1.5), QJsonValue(u"1"_s), QJsonValue()}) {
        QJsonObject b = o;
        b.insert("schemaVersion"_L1, bad);
        QVERIFY(!Profile::fromJson(QJsonDocument(b).toJson(), &error, &failure));
        QCOMPARE(failure, Profile::ParseFailure::Invalid);
    }
    const QList<std::pair<QLatin1StringView, QJsonValue>> invalidFields = {
        {"name"_L1, QJsonValue(u"   "_s)},      {"name"_L1, QJsonValue(5)},
        {"element"_L1, QJsonValue()},            {"environment"_L1, QJsonValue(u"mars"_s)},
        {"customBaseUrl"_L1, QJsonValue(u"not a url"_s)}, {"configuration"_L1, QJsonValue(u"x"_s)},
        {"configuration"_L1, QJsonObject{{"oauth.api.key"_L1, 5}}}, {"tags"_L1, QJsonValue(u"a,b"_s)},
        {"tags"_L1, QJsonArray({1, 2})},          {"lastInstance"_L1, QJsonObject{{"id"_L1, u"12"_s}}},
        {"lastInstance"_L1, QJsonObject{{"id"_L1, 1.5}}}, {"lastUsed"_L1, QJsonValue(u"yesterday"_s)},
        {"modified"_L1, QJsonValue(12)},
        // In the year 10000 once in UTC: could not be written back (found by fuzz_profile).
        {"lastUsed"_L1, QJsonValue(u"9999-12-31T23:59:59.999-01:00"_s)},
    };
    for (const auto &[field, value] : invalidFields) {
        QJsonObject b = o;
        b.insert(field, value);
        QVERIFY2(!Profile::fromJson(QJsonDocument(b).toJson(), &error), qPrintable(QString(field)));
        QVERIFY(!error.isEmpty());
    }
    QJsonObject noUrl = o;
    noUrl.remove("customBaseUrl"_L1);
    QVERIFY(!Profile::fromJson(QJsonDocument(noUrl).toJson(), &error));
}

void TstProfileStore::newProfileGetsIdAndModified()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    QVERIFY(p.id.isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(store.save(p));
    QVERIFY(!QUuid::fromString(p.id).isNull());
    QVERIFY(QFile::exists(tmp.filePath(p.id + u".json"_s)));
    QVERIFY(p.modified >= before);
    const QString id = p.id;
    const QDateTime firstModified = p.modified;
    QTRY_VERIFY(QDateTime::currentDateTimeUtc() > firstModified);  // the clock moved on
    p.instanceName = u"Changed"_s;
    QVERIFY(store.save(p));
    QCOMPARE(p.id, id);  // stable
    QVERIFY(p.modified > firstModified);
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.load(id)->instanceName, u"Changed"_s);
}

void TstProfileStore::nameIsRequiredAndTrimmed()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    for (const QString &name : {QString(), u"   "_s, u"\t\n"_s}) {
        Profile p = sampleProfile(name);
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(p.id.isEmpty());  // untouched on failure
    }
    QVERIFY(folderContents(tmp.path()).isEmpty());
    Profile p = sampleProfile(u"  padded  "_s);
    QVERIFY(store.save(p));
    QCOMPARE(p.name, u"padded"_s);
    QCOMPARE(store.load(p.id)->name, u"padded"_s);
    // Names need not be unique.
    Profile twin = sampleProfile(u"padded"_s);
    QVERIFY(store.save(twin));
    QVERIFY(twin.id != p.id);
    QCOMPARE(store.entries().size(), 2);
}

void TstProfileStore::orderByLastUsedThenName()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    const QDateTime t0(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    const auto add = [&store](const QString &name, const QDateTime &lastUsed) {
        Profile p = sampleProfile(name);
        p.lastUsed = lastUsed;
        return store.save(p) ? p.id : QString();
    };
    add(u"never b"_s, {});
    add(u"old"_s, t0);
    add(u"newest"_s, t0.addDays(3));
    add(u"Same time beta"_s, t0.addDays(1));
    add(u"same time alpha"_s, t0.addDays(1));
    add(u"never a"_s, {});
    QVERIFY(writeBytes(tmp.filePath(u"broken.json"_s), "{"));
    QVERIFY(writeBytes(tmp.filePath(u"a-broken.json"_s), ""));

    QStringList order;
    for (const ProfileEntry &e : store.entries())
        order.append(e.profile ? e.profile->name : u"!"_s + e.id);
    QCOMPARE(order, (QStringList{u"newest"_s, u"same time alpha"_s, u"Same time beta"_s, u"old"_s,
                                 u"never a"_s, u"never b"_s, u"!a-broken"_s, u"!broken"_s}));
}

void TstProfileStore::markUsedKeepsModified()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile a = sampleProfile(u"a"_s);
    Profile b = sampleProfile(u"b"_s);
    a.lastUsed = QDateTime::currentDateTimeUtc().addDays(-1);
    b.lastUsed = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    QCOMPARE(store.entries().first().id, a.id);
    // The clock moves past b's save, so that a markUsed() touching `modified` would show.
    QTRY_VERIFY(QDateTime::currentDateTimeUtc() > b.modified);
    QVERIFY(store.markUsed(b.id));
    QCOMPARE(store.entries().first().id, b.id);
    const Profile reloaded = *store.load(b.id);
    QCOMPARE(reloaded.modified, b.modified);
    QVERIFY(reloaded.lastUsed > a.lastUsed);
    QVERIFY(!store.markUsed(u"no-such-profile"_s));
}

void TstProfileStore::renameDuplicateRemove()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile(u"Original"_s);
    QVERIFY(store.save(p));

    QString error;
    QVERIFY2(store.rename(p.id, u"  Renamed ✓ "_s, &error), qPrintable(error));
    Profile renamed = *store.load(p.id);
    QCOMPARE(renamed.name, u"Renamed ✓"_s);
    QCOMPARE(renamed.configuration, p.configuration);
    QCOMPARE(renamed.lastInstance, p.lastInstance);
    QVERIFY(!store.rename(p.id, u"  "_s, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.load(p.id)->name, u"Renamed ✓"_s);
    QVERIFY(!store.rename(u"missing"_s, u"x"_s, &error));

    const QString copyId = store.duplicate(p.id, &error);
    QVERIFY2(!copyId.isEmpty(), qPrintable(error));
    QVERIFY(copyId != p.id);
    const Profile copy = *store.load(copyId);
    QCOMPARE(copy.name, u"Renamed ✓ (copy)"_s);
    QCOMPARE(copy.configuration, p.configuration);
    QCOMPARE(copy.environment, p.environment);
    QCOMPARE(copy.customBaseUrl, p.customBaseUrl);
    QCOMPARE(copy.tags, p.tags);
    QCOMPARE(copy.instanceName, p.instanceName);
    QVERIFY(!copy.lastInstance);      // the original created it
    QVERIFY(!copy.lastUsed.isValid());
    QCOMPARE(*store.load(p.id), renamed);  // the original is unchanged
    QCOMPARE(store.entries().size(), 2);

    QVERIFY(store.remove(copyId, &error));
    QVERIFY(!QFile::exists(store.pathFor(copyId)));
    QVERIFY(!store.remove(copyId, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.entries().size(), 1);
}

void TstProfileStore::changedSignal()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    QSignalSpy spy(&store, &ProfileStore::changed);
    Profile p = sampleProfile();
    QVERIFY(store.save(p));
    QCOMPARE(spy.count(), 1);
    QVERIFY(store.rename(p.id, u"x"_s));
    const QString copy = store.duplicate(p.id);
    QVERIFY(store.markUsed(copy));
    QVERIFY(store.remove(copy));
    QCOMPARE(spy.count(), 5);
    Profile nameless = sampleProfile(u" "_s);
    QVERIFY(!store.save(nameless));
    QVERIFY(!store.remove(u"missing"_s));
    QCOMPARE(spy.count(), 5);  // failures change nothing
}

void TstProfileStore::secretsNeverWritten()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    const QStringList secretValues = {u"CONSUMER-SECRET-value-1"_s, u"PASSWORD-value-2"_s, u"TOKEN-value-3"_s,
                                      u"APISECRET-value-4"_s, u"OAUTH-TOKEN-value-5"_s, u"VERIFIER-value-6"_s};
    p.configuration.insert(u"oauth.api.secret"_s, secretValues[0]);  // secret by the element
    p.configuration.insert(u"password"_s, secretValues[1]);          // secret by its name
    p.configuration.insert(u"some.token"_s, secretValues[2]);
    p.configuration.insert(u"apiSecret"_s, secretValues[3]);
    p.configuration.insert(u"oauth_token"_s, secretValues[4]);
    p.configuration.insert(u"oauth_verifier"_s, secretValues[5]);
    QVERIFY(store.save(p));
    const QByteArray bytes = readBytes(store.pathFor(p.id));
    for (const QString &value : secretValues)
        QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
    for (const char *key : {"oauth.api.secret", "\"password\"", "some.token", "apiSecret", "oauth_token", "oauth_verifier"})
        QVERIFY2(!bytes.contains(key), key);
    QVERIFY(!bytes.contains("VALUE") && !bytes.contains("value-"));
    const Profile loaded = *store.load(p.id);
    QCOMPARE(loaded.configuration.keys(),
             (QStringList{u"freshbooks.site.address"_s, u"oauth.api.key"_s, u"oauth.callback.url"_s}));
}

void TstProfileStore::secretsInFileAreDropped()
{
    // A file edited by hand (or written by something else) with secrets in it: they are
    // not loaded, so they never reach the flow or a later save.
    QTemporaryDir tmp;
    QJsonObject o = QJsonDocument::fromJson(sampleProfile().toJson()).object();
    QJsonObject config = o.value("configuration"_L1).toObject();
    config.insert("oauth.api.secret"_L1, u"hand-written-secret"_s);
    config.insert("client_secret"_L1, u"another-secret"_s);
    o.insert("configuration"_L1, config);
    QVERIFY(writeBytes(tmp.filePath(u"handmade.json"_s), QJsonDocument(o).toJson()));
    ProfileStore store(tmp.path());
    std::optional<Profile> p = store.load(u"handmade"_s);
    QVERIFY(p);
    QVERIFY(!p->configuration.contains(u"oauth.api.secret"_s));
    QVERIFY(!p->configuration.contains(u"client_secret"_s));
    QCOMPARE(p->configuration.value(u"oauth.api.key"_s), u"mycompany"_s);
    QVERIFY(store.save(*p));
    QVERIFY(!readBytes(store.pathFor(u"handmade"_s)).contains("secret\""));
}

void TstProfileStore::flowRoundTrip()
{
    using namespace ce;
    ApiClient client;
    ProvisioningFlow flow(&client, ce::test::freshbooks());
    flow.setEnvironment(Environment::custom(QUrl(u"https://ce.example.org/elements/api-v2"_s)));
    flow.setCredentials({u"flow-user-secret-1"_s, u"flow-org-secret-2"_s});
    flow.setConfiguration(u"oauth.api.key"_s, u"mycompany"_s);
    flow.setConfiguration(u"oauth.api.secret"_s, u"flow-consumer-secret-3"_s);
    flow.setConfiguration(u"freshbooks.site.address"_s, u"https://acme.freshbooks.com/"_s);
    flow.setConfiguration(u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s);
    flow.setName(u"Acme – FreshBooks"_s);
    flow.setTags({u"finance"_s, u"🇪🇺"_s});

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Profile p = profileFromFlow(flow, u" From the flow "_s);
    QCOMPARE(p.name, u"From the flow"_s);
    QCOMPARE(p.descriptorId, u"freshbooks"_s);
    QCOMPARE(p.elementKey, u"freshbooks"_s);
    QCOMPARE(p.environment, Environment::Kind::Custom);
    QCOMPARE(p.customBaseUrl, QUrl(u"https://ce.example.org/elements/api-v2"_s));
    // Kept as the platform got it: normalised.
    QCOMPARE(p.configuration.value(u"freshbooks.site.address"_s), u"acme"_s);
    QVERIFY(!p.configuration.contains(u"oauth.api.secret"_s));
    QCOMPARE(p.instanceName, u"Acme – FreshBooks"_s);
    QCOMPARE(p.tags, (QStringList{u"finance"_s, u"🇪🇺"_s}));
    QVERIFY(!p.lastInstance);  // nothing created yet
    QVERIFY(p.lastUsed >= before);

    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    QVERIFY(store.save(p));
    const QByteArray bytes = readBytes(store.pathFor(p.id));
    for (const char *secret : {"flow-user-secret-1", "flow-org-secret-2", "flow-consumer-secret-3"})
        QVERIFY2(!bytes.contains(secret), secret);

    const QMap<QString, QString> secrets = secretsFromFlow(flow);
    QCOMPARE(secrets.value(u"userSecret"_s), u"flow-user-secret-1"_s);
    QCOMPARE(secrets.value(u"organizationSecret"_s), u"flow-org-secret-2"_s);
    QCOMPARE(secrets.value(u"oauth.api.secret"_s), u"flow-consumer-secret-3"_s);
    QVERIFY(!secrets.contains(u"instanceToken"_s));
    QCOMPARE(Profile::secretKeys(ce::test::freshbooks()),
             (QStringList{u"userSecret"_s, u"organizationSecret"_s, u"oauth.api.secret"_s, u"instanceToken"_s,
                          u"event.notification.signature.key"_s}));

    // Into a fresh flow: the same inputs, secrets only through applySecrets.
    ProvisioningFlow other(&client, ce::test::freshbooks());
    other.setConfiguration(u"oauth.api.secret"_s, u"typed-before"_s);
    other.setConfiguration(u"oauth.callback.url"_s, u"https://default.example/cb"_s);
    QString problem;
    QVERIFY(applyProfile(*store.load(p.id), &other, &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(other.environment(), flow.environment());
    for (const QString &key : {u"oauth.api.key"_s, u"freshbooks.site.address"_s, u"oauth.callback.url"_s})
        QCOMPARE(other.configuration(key), flow.request().configuration.value(key));  // as sent
    QCOMPARE(other.configuration(u"oauth.api.secret"_s), u"typed-before"_s);  // secrets untouched
    QCOMPARE(other.name(), flow.name());
    QCOMPARE(other.tags(), flow.tags());
    QVERIFY(other.credentials().userSecret.isEmpty());
    applySecrets(secrets, &other);
    QCOMPARE(other.credentials().userSecret, u"flow-user-secret-1"_s);
    QCOMPARE(other.credentials().organizationSecret, u"flow-org-secret-2"_s);
    QCOMPARE(other.configuration(u"oauth.api.secret"_s), u"flow-consumer-secret-3"_s);
    QCOMPARE(other.request().toJsonObject(), flow.request().toJsonObject());
}

void TstProfileStore::applyProfileEnvironments()
{
    using namespace ce;
    ApiClient client;
    ProvisioningFlow flow(&client, ce::test::freshbooks());
    const Environment sandbox = Environment::sandbox(QUrl(u"http://127.0.0.1:4711/elements/api-v2"_s));

    Profile p = sampleProfile();
    p.environment = Environment::Kind::EuProduction;
    p.customBaseUrl.clear();
    QVERIFY(applyProfile(p, &flow));
    QCOMPARE(flow.environment(), Environment::preset(Environment::Kind::EuProduction));
    for (const Environment::Kind kind :
         {Environment::Kind::UsProduction, Environment::Kind::UsStaging, Environment::Kind::Snapshot}) {
        p.environment = kind;
        QVERIFY(applyProfile(p, &flow));
        QCOMPARE(flow.environment().kind(), kind);
    }

    // The sandbox's port changes every run: the caller picks the running one.
    flow.setEnvironment(sandbox);
    p.environment = Environment::Kind::Sandbox;
    QString problem;
    QVERIFY(applyProfile(p, &flow, &problem));
    QCOMPARE(flow.environment(), sandbox);
    QVERIFY(problem.isEmpty());

    // A custom URL the app no longer accepts is reported and not applied.
    p.environment = Environment::Kind::Custom;
    p.customBaseUrl = QUrl(u"http://remote.example.com/elements/api-v2"_s);
    QVERIFY(applyProfile(p, &flow, &problem));
    QCOMPARE(flow.environment(), sandbox);
    QVERIFY(!problem.isEmpty());

    // Another element: nothing changes.
    Profile other = sampleProfile();
    other.descriptorId = u"quickbooks"_s;
    other.elementKey = u"quickbooks"_s;
    other.instanceName = u"Not applied"_s;
    QVERIFY(!applyProfile(other, &flow, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(flow.name() != u"Not applied"_s);
}

// Profiles remember the descriptor's id; a file written before descriptors had ids names
// only the element key, which finds the descriptor when it is the only one of that key.
void TstProfileStore::descriptorOfEarlierFiles()
{
    QJsonObject earlier = QJsonDocument::fromJson(sampleProfile().toJson()).object();
    earlier.remove("descriptor"_L1);
    QString error;
    const auto fb = Profile::fromJson(QJsonDocument(earlier).toJson(), &error);
    QVERIFY2(fb, qPrintable(error));
    QCOMPARE(fb->descriptorId, u"freshbooks"_s);
    QVERIFY(fb->descriptor());
    QCOMPARE(*fb->descriptor(), *ElementDescription::builtin(u"freshbooks"_s));
    QCOMPARE(QJsonDocument::fromJson(fb->toJson()).object().value("descriptor"_L1).toString(), u"freshbooks"_s);

    // Two descriptors share the key hubspot: the key alone does not say which.
    earlier.insert("element"_L1, u"hubspot"_s);
    const auto ambiguous = Profile::fromJson(QJsonDocument(earlier).toJson(), &error);
    QVERIFY2(ambiguous, qPrintable(error));
    QVERIFY(ambiguous->descriptorId.isEmpty());
    QCOMPARE(ambiguous->descriptor(), nullptr);
    QVERIFY(!QJsonDocument::fromJson(ambiguous->toJson()).object().contains("descriptor"_L1));

    QJsonObject named = earlier;
    named.insert("descriptor"_L1, u"hubspot-apikey"_s);
    const auto apiKey = Profile::fromJson(QJsonDocument(named).toJson(), &error);
    QVERIFY2(apiKey, qPrintable(error));
    QVERIFY(apiKey->descriptor());
    QCOMPARE(apiKey->descriptor()->id, u"hubspot-apikey"_s);

    // A profile is applied to the flow of its descriptor only, not to another mode of its element.
    ApiClient client;
    ProvisioningFlow flow(&client, *ElementDescription::builtin(u"hubspot"_s));
    QString problem;
    QVERIFY(!ce::applyProfile(*apiKey, &flow, &problem));
    QVERIFY2(problem.contains(u"hubspot-apikey"_s), qPrintable(problem));
    // One that names no descriptor goes by its key.
    QVERIFY2(ce::applyProfile(*ambiguous, &flow, &problem), qPrintable(problem));
}

void TstProfileStore::problemFilesListedOthersLoad()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile good1 = sampleProfile(u"good one"_s);
    Profile good2 = sampleProfile(u"good two"_s);
    good2.lastUsed = good1.lastUsed.addSecs(-60);
    QVERIFY(store.save(good1));
    QVERIFY(store.save(good2));

    QMap<QString, ProblemFile> expected;
    for (const ProblemFile &f : problemFiles()) {
        QVERIFY(writeBytes(tmp.filePath(QLatin1StringView(f.name) + u".json"_s), f.bytes));
        expected.insert(QLatin1StringView(f.name), f);
    }
    QVERIFY(QDir(tmp.path()).mkdir(u"folder.json"_s));
    QVERIFY(QFile::link(tmp.filePath(u"nowhere"_s), tmp.filePath(u"dangling.json"_s)));
    QVERIFY(writeBytes(tmp.filePath(u"notes.txt"_s), "not a profile"));  // ignored: not *.json
    QStringList before = folderContents(tmp.path());

    QString error;
    const QList<ProfileEntry> entries = store.entries(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(entries.size(), 2 + expected.size() + 2);
    QCOMPARE(entries.at(0).id, good1.id);  // good ones first, whatever the bad ones
    QCOMPARE(entries.at(1).id, good2.id);
    QVERIFY(*entries.at(0).profile == good1);
    QVERIFY(*entries.at(1).profile == good2);
    for (const ProfileEntry &e : entries.mid(2)) {
        QVERIFY(!e.isValid());
        QVERIFY(!e.profile);
        QVERIFY2(!e.reason.isEmpty(), qPrintable(e.id));
        QCOMPARE(e.path, tmp.filePath(e.id + u".json"_s));
        if (e.id == u"folder"_s || e.id == u"dangling"_s) {
            QCOMPARE(e.problem, ProfileEntry::Problem::Unreadable);
            continue;
        }
        QVERIFY2(expected.contains(e.id), qPrintable(e.id));
        QCOMPARE(e.problem, expected.value(e.id).problem);
        if (e.problem == ProfileEntry::Problem::NewerVersion)
            QVERIFY2(e.reason.contains(u"newer CE Provisioner"_s), qPrintable(e.reason));
        // Listing never changes a file.
        QCOMPARE(readBytes(e.path), expected.value(e.id).bytes);
    }
    QCOMPARE(folderContents(tmp.path()), before);

    // A file far too large to be a profile is not even read.
    QVERIFY(writeBytes(tmp.filePath(u"huge.json"_s), QByteArray(5 * 1024 * 1024, ' ') + "{}"));
    const ProfileEntry huge = store.entry(u"huge"_s);
    QCOMPARE(huge.problem, ProfileEntry::Problem::Corrupt);
    QVERIFY2(huge.reason.contains(u"too large"_s), qPrintable(huge.reason));
    QVERIFY(QFile::remove(tmp.filePath(u"huge.json"_s)));

    // The bad files are deleted only on request.
    QVERIFY(store.remove(u"binary"_s));
    QVERIFY(!QFile::exists(tmp.filePath(u"binary.json"_s)));
    QCOMPARE(store.entries().size(), entries.size() - 1);
}

void TstProfileStore::saveOverProblemFileRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const ProblemFile &f : problemFiles())
        QTest::newRow(f.name) << f.bytes;
}

void TstProfileStore::saveOverProblemFileRefused()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    const QString id = u"3f1c2a9e-0000-4000-8000-000000000001"_s;
    const QString path = store.pathFor(id);
    QVERIFY(writeBytes(path, bytes));
    const QStringList before = folderContents(tmp.path());

    Profile p = sampleProfile();
    p.id = id;
    QString error;
    QVERIFY(!store.save(p, &error));
    QVERIFY2(error.contains(u"not overwritten"_s), qPrintable(error));
    QVERIFY(!store.rename(id, u"new name"_s, &error));
    QVERIFY(!store.markUsed(id, &error));
    QVERIFY(store.duplicate(id, &error).isEmpty());
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(folderContents(tmp.path()), before);

    // Deleting it, as the user may, frees the name.
    QVERIFY(store.remove(id));
    QVERIFY(store.save(p, &error));
    QVERIFY(store.load(id));
}

void TstProfileStore::fileNameIsTheId()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    QVERIFY(store.save(p));
    QVERIFY(QFile::copy(store.pathFor(p.id), tmp.filePath(u"backup copy.json"_s)));
    const std::optional<Profile> copy = store.load(u"backup copy"_s);
    QVERIFY(copy);
    QCOMPARE(copy->id, u"backup copy"_s);
    QCOMPARE(store.entries().size(), 2);
    Profile edited = *copy;
    edited.instanceName = u"edited"_s;
    QVERIFY(store.save(edited));
    QCOMPARE(store.load(p.id)->instanceName, p.instanceName);  // the original is untouched
    QCOMPARE(store.load(u"backup copy"_s)->instanceName, u"edited"_s);
}

void TstProfileStore::invalidIdsRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"profiles"_s);
    ProfileStore store(dir);
    for (const QString &id : {u"../escape"_s, u"a/b"_s, u".hidden"_s, u"back\\slash"_s}) {
        Profile p = sampleProfile();
        p.id = id;
        QString error;
        QVERIFY2(!store.save(p, &error), qPrintable(id));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.remove(id));
        QVERIFY(!store.load(id));
    }
    QVERIFY(!QFile::exists(tmp.filePath(u"escape.json"_s)));
    QVERIFY(folderContents(tmp.path()).size() <= 1);
}

void TstProfileStore::permissions()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"app/profiles"_s);
    ProfileStore store(dir);
    QCOMPARE(store.entries().size(), 0);  // a missing folder is no error
    Profile p = sampleProfile();
    QVERIFY(store.save(p));
    const QFileDevice::Permissions dirPermissions = QFileInfo(dir).permissions();
    QVERIFY(dirPermissions & QFileDevice::WriteOwner);
    QCOMPARE(dirPermissions & groupAndOther(), QFileDevice::Permissions());
    const QString path = store.pathFor(p.id);
    QFileDevice::Permissions filePermissions = QFile::permissions(path);
    QVERIFY(filePermissions & QFileDevice::ReadOwner);
    QVERIFY(filePermissions & QFileDevice::WriteOwner);
    QCOMPARE(filePermissions & (groupAndOther() | QFileDevice::ExeOwner), QFileDevice::Permissions());

    // A file someone made world-readable is narrowed on the next save.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QVERIFY(store.save(p));
    filePermissions = QFile::permissions(path);
    QCOMPARE(filePermissions & groupAndOther(), QFileDevice::Permissions());
    QCOMPARE(folderContents(dir), QStringList{p.id + u".json"_s});
}

void TstProfileStore::readOnlyDirectory()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"profiles"_s);
    ProfileStore store(dir);
    Profile existing = sampleProfile(u"existing"_s);
    QVERIFY(store.save(existing));
    const QByteArray bytes = readBytes(store.pathFor(existing.id));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));  // 0500
    const auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });

    // Root ignores directory permissions: find out rather than assume.
    {
        QFile probe(dir + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("Running with privileges that ignore a read-only folder (root): chmod 0500 does not stop "
                  "writes here. The failure paths are covered by directoryIsAFile, failingWriteKeepsOldFile and "
                  "fullDiskKeepsOldFile, which work as root too.");
        }
    }

    QString error;
    Profile fresh = sampleProfile(u"new"_s);
    QVERIFY(!store.save(fresh, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(fresh.id.isEmpty());
    Profile edited = existing;
    edited.instanceName = u"edited"_s;
    QVERIFY(!store.save(edited, &error));
    QVERIFY(!store.rename(existing.id, u"renamed"_s, &error));
    QVERIFY(store.duplicate(existing.id, &error).isEmpty());
    QCOMPARE(readBytes(store.pathFor(existing.id)), bytes);
    QCOMPARE(folderContents(dir), QStringList{existing.id + u".json"_s});
    // Reading still works.
    QCOMPARE(store.entries().size(), 1);
    QVERIFY(store.entries().first().isValid());
}

void TstProfileStore::directoryIsAFile()
{
    QTemporaryDir tmp;
    const QString notADir = tmp.filePath(u"profiles"_s);
    QVERIFY(writeBytes(notADir, "I am a file"));
    for (const QString &dir : QStringList{notADir, notADir + u"/below"_s}) {
        ProfileStore store(dir);
        QString error;
        QVERIFY(store.entries(&error).isEmpty());
        Profile p = sampleProfile();
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(dir)), qPrintable(error));
        QVERIFY(p.id.isEmpty());
    }
    QCOMPARE(readBytes(notADir), QByteArray("I am a file"));
    QCOMPARE(folderContents(tmp.path()), QStringList{u"profiles"_s});
}

void TstProfileStore::failingWriteKeepsOldFile()
{
    QTemporaryDir tmp;
    FailingStore failing(tmp.path());
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    QVERIFY(store.save(p));
    const QString path = store.pathFor(p.id);
    const QByteArray bytes = readBytes(path);

    Profile edited = p;
    edited.instanceName = QString(10000, u'x');
    QString error;
    QVERIFY(!failing.save(edited, &error));
    QCOMPARE(failing.attempts, 1);
    QVERIFY2(error.contains(u"previous version is unchanged"_s), qPrintable(error));
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(folderContents(tmp.path()), QStringList{p.id + u".json"_s});  // no temporary file left

    Profile fresh = sampleProfile(u"fresh"_s);
    QVERIFY(!failing.save(fresh, &error));
    QVERIFY(fresh.id.isEmpty());
    QVERIFY(!failing.rename(p.id, u"renamed"_s, &error));
    QVERIFY(failing.duplicate(p.id, &error).isEmpty());
    QVERIFY(!failing.markUsed(p.id, &error));
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(folderContents(tmp.path()), QStringList{p.id + u".json"_s});
    QCOMPARE(store.load(p.id)->instanceName, p.instanceName);
}

void TstProfileStore::fullDiskKeepsOldFile()
{
    // A real write failure from the kernel, as root too: a file size limit (RLIMIT_FSIZE)
    // makes write(2) fail with EFBIG halfway, as a full disk makes it fail with ENOSPC.
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    QVERIFY(store.save(p));
    const QString path = store.pathFor(p.id);
    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.size() > 200);

    Profile edited = p;
    edited.tags = QStringList(200, u"a longer tag"_s);
    QString error;
    bool saved = true;
    {
        struct rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 100;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        saved = store.save(edited, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, oldHandler);
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(u"previous version is unchanged"_s), qPrintable(error));
    QVERIFY2(error.contains(u"File too large"_s), qPrintable(error));  // the kernel's reason, passed on
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(folderContents(tmp.path()), QStringList{p.id + u".json"_s});
    QCOMPARE(*store.load(p.id), p);
    // And once there is room again, the same save works.
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    QCOMPARE(store.load(p.id)->tags.size(), 200);
}

void TstProfileStore::unknownFieldsSurviveEveryRewrite()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile sample = sampleProfile(u"Kept"_s);
    sample.id = u"kept"_s;
    const QJsonObject original = withUnknownFields(sample);
    QVERIFY(writeBytes(store.pathFor(sample.id), QJsonDocument(original).toJson()));
    const QString path = store.pathFor(sample.id);
    QString error;

    // Choosing the profile in the wizard.
    QVERIFY2(store.markUsed(sample.id, &error), qPrintable(error));
    CHECK(checkUnknownFieldsKept(readBytes(path), original, true));

    // Loaded, changed, saved.
    Profile loaded = *store.load(sample.id);
    QCOMPARE(loaded.unknown.value("notes"_L1).toString(), u"written by hand"_s);
    loaded.instanceName = u"Changed"_s;
    QVERIFY2(store.save(loaded, &error), qPrintable(error));
    CHECK(checkUnknownFieldsKept(readBytes(path), original, true));
    QCOMPARE(store.load(sample.id)->instanceName, u"Changed"_s);

    // Saved from the wizard's inputs, as "Save as profile" does: a profile made anew, which
    // never saw the file's unknown fields.
    Profile fresh = sampleProfile(u"From the inputs"_s);
    fresh.id = sample.id;
    QVERIFY2(store.save(fresh, &error), qPrintable(error));
    CHECK(checkUnknownFieldsKept(readBytes(path), original, true));
    QCOMPARE(store.load(sample.id)->name, u"From the inputs"_s);
    QCOMPARE(fresh.unknown, store.load(sample.id)->unknown);  // the caller's copy is what was written

    // Renamed.
    QVERIFY2(store.rename(sample.id, u"Renamed"_s, &error), qPrintable(error));
    CHECK(checkUnknownFieldsKept(readBytes(path), original, true));

    // A new last instance: the old one's unknown fields went with it.
    Profile created = *store.load(sample.id);
    created.lastInstance = CreatedInstance{42, u"freshbooks"_s, QDateTime::currentDateTimeUtc(), {}};
    QVERIFY2(store.save(created, &error), qPrintable(error));
    CHECK(checkUnknownFieldsKept(readBytes(path), original, false));
    QVERIFY(!QJsonDocument::fromJson(readBytes(path)).object().value("lastInstance"_L1).toObject().contains("status"_L1));

    // Duplicated: the copy has them too.
    const QString copy = store.duplicate(sample.id, &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    CHECK(checkUnknownFieldsKept(readBytes(store.pathFor(copy)), original, false));

    // Written as read, read as written.
    const Profile again = *store.load(copy);
    QCOMPARE(*Profile::fromJson(again.toJson()), again);
}

void TstProfileStore::twoStoresInterleave_data()
{
    QTest::addColumn<bool>("firstRenames");  // else the first marks used, the second renames
    QTest::newRow("rename while markUsed writes") << false;
    QTest::newRow("markUsed while rename writes") << true;
}

// Two stores on one folder (two windows, or two copies of the app): the second changes the
// profile while the first is between reading it and writing it back. Without the lock the
// first writes back what it read and the second's change is lost. Deterministic: the first
// store starts the second's change from inside its own write.
void TstProfileStore::twoStoresInterleave()
{
    QFETCH(bool, firstRenames);
    QTemporaryDir tmp;
    Profile p = sampleProfile(u"Before"_s);
    p.lastUsed = QDateTime();
    {
        ProfileStore setup(tmp.path());
        QVERIFY(setup.save(p));
    }
    const QString dir = tmp.path();
    const QString id = p.id;

    InterleavingStore first(dir);
    std::unique_ptr<QThread> other;
    std::atomic<bool> otherOk{false};
    bool otherFinishedDuringWrite = true;
    first.duringWrite = [&] {
        other.reset(QThread::create([&] {
            ProfileStore second(dir);
            otherOk = firstRenames ? second.markUsed(id) : second.rename(id, u"Renamed"_s);
        }));
        other->start();
        // Without a lock the second change is done at once; with it, it waits for this write.
        otherFinishedDuringWrite = other->wait(QDeadlineTimer(300));
    };
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(firstRenames ? first.rename(id, u"Renamed"_s, &error) : first.markUsed(id, &error), qPrintable(error));
    QVERIFY(other);
    QVERIFY(other->wait(QDeadlineTimer(20000)));
    QVERIFY(otherOk);

    // Both changes are there: the second waited for the first's write to end.
    const Profile after = *ProfileStore(dir).load(id);
    QCOMPARE(after.name, u"Renamed"_s);
    QVERIFY2(after.lastUsed.isValid() && after.lastUsed >= before, qPrintable(after.lastUsed.toString(Qt::ISODateWithMs)));
    QVERIFY2(!otherFinishedDuringWrite, "the second store changed the profile while the first was writing it");
    QCOMPARE(folderContents(dir), QStringList{id + u".json"_s});  // the lock file is gone
}

// Two processes hammer the same profile: one renames it ("R-1", "R-2", ...), the other marks
// it used. Each checks before every change that its own last change is still there (only
// it renames; only the other sets lastUsed); this process reads the file all along. The
// children widen the window between reading and writing (2 ms in writeContents, as a slow
// disk would), so that without the lock their changes overlap on every round.
void TstProfileStore::twoProcesses()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile(u"R-0"_s);
    p.lastUsed = QDateTime();
    p.id = u"shared"_s;
    QJsonObject o = QJsonDocument::fromJson(p.toJson()).object();
    o.insert("notes"_L1, u"written by hand"_s);
    QVERIFY(writeBytes(store.pathFor(p.id), QJsonDocument(o).toJson()));

    constexpr int Rounds = 100;
    QList<QProcess *> children;
    auto cleanup = qScopeGuard([&children] {
        for (QProcess *child : children) {
            child->kill();
            child->waitForFinished();
            delete child;
        }
    });
    for (const QString &mode : {u"rename"_s, u"mark"_s}) {
        auto *child = new QProcess;
        children.append(child);
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
                     {u"--hammer"_s, mode, tmp.path(), p.id, QString::number(Rounds)});
        QVERIFY2(child->waitForStarted(10000), qPrintable(child->errorString()));
    }
    // Every state of the file, as another program sees it: whole, valid, notes kept.
    int reads = 0;
    const auto running = [&children] {
        return std::any_of(children.cbegin(), children.cend(),
                           [](const QProcess *c) { return c->state() != QProcess::NotRunning; });
    };
    QDeadlineTimer deadline(60000);
    while (running() && !deadline.hasExpired()) {
        const QByteArray bytes = readBytes(store.pathFor(p.id));
        QString why;
        const auto read = Profile::fromJson(bytes, &why);
        QVERIFY2(read, qPrintable(why + u": "_s + QString::fromUtf8(bytes)));
        QCOMPARE(read->unknown.value("notes"_L1).toString(), u"written by hand"_s);
        ++reads;
        for (QProcess *child : std::as_const(children)) {
            if (child->state() != QProcess::NotRunning)
                child->waitForFinished(1);  // paces the reads; notices the end
        }
    }
    QVERIFY(!running());
    for (QProcess *child : std::as_const(children)) {
        const QByteArray out = child->readAllStandardOutput().trimmed();
        qInfo("%s", out.constData());
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QVERIFY2(child->exitCode() == 0, out.constData());
    }
    qInfo("the file read %d times while they ran", reads);
    const Profile after = *store.load(p.id);
    QCOMPARE(after.name, u"R-%1"_s.arg(Rounds));
    QVERIFY(after.lastUsed.isValid());
    QCOMPARE(after.unknown.value("notes"_L1).toString(), u"written by hand"_s);
    QCOMPARE(folderContents(tmp.path()), QStringList{p.id + u".json"_s});
}

// Another store (or program) holds the lock: a change waits for it, and gives up with a
// clear error, changing nothing, when it is not released in time.
void TstProfileStore::lockHeldElsewhere()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    QVERIFY(store.save(p));
    const QByteArray bytes = readBytes(store.pathFor(p.id));

    QLockFile held(store.lockFilePath());
    QVERIFY(held.tryLock(0));
    store.setLockWaitMs(300);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!store.markUsed(p.id, &error));
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY2(error.contains(u"another CE Provisioner"_s), qPrintable(error));
    Profile edited = p;
    edited.instanceName = u"edited"_s;
    QVERIFY(!store.save(edited, &error));
    QVERIFY(!store.rename(p.id, u"x"_s, &error));
    QVERIFY(store.duplicate(p.id, &error).isEmpty());
    QVERIFY(!store.remove(p.id, &error));
    QCOMPARE(readBytes(store.pathFor(p.id)), bytes);

    // Released while a change waits: the change goes through.
    store.setLockWaitMs(ProfileStore::DefaultLockWaitMs);
    std::unique_ptr<QThread> releaser(QThread::create([&held] {
        QThread::msleep(200);  // the holder's own work, not a wait in the test
        held.unlock();
    }));
    releaser->start();
    QVERIFY2(store.markUsed(p.id, &error), qPrintable(error));
    QVERIFY(releaser->wait(QDeadlineTimer(10000)));
    QVERIFY(store.load(p.id)->lastUsed > p.lastUsed);
}

// A copy of the app that crashed holding the lock leaves the lock file behind, naming a
// process that is gone: the next change takes it over at once.
void TstProfileStore::lockOfACrashedCopyTakenOver()
{
    QTemporaryDir tmp;
    ProfileStore store(tmp.path());
    Profile p = sampleProfile();
    QVERIFY(store.save(p));

    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForStarted(10000));
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished(10000));
    // QLockFile's format: pid, program, host name.
    QVERIFY(writeBytes(store.lockFilePath(), QByteArray::number(pid) + "\ntst_profilestore\n"
                                                 + QSysInfo::machineHostName().toUtf8() + "\n"));
    store.setLockWaitMs(ProfileStore::DefaultLockWaitMs);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(store.markUsed(p.id, &error), qPrintable(error));
    QVERIFY2(timer.elapsed() < ProfileStore::DefaultLockWaitMs / 2, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(folderContents(tmp.path()), QStringList{p.id + u".json"_s});
}

// The other side of twoProcesses(): `--hammer rename|mark <folder> <id> <rounds>`.
// Prints what it found and exits 1 when a change of its own was lost.
int hammer(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    const QString mode = args.at(0);
    const QString id = args.at(2);
    const int rounds = args.at(3).toInt();
    class SlowStore : public ProfileStore
    {
    public:
        using ProfileStore::ProfileStore;

    protected:
        bool writeContents(QSaveFile &file, const QByteArray &bytes) override
        {
            QThread::msleep(2);  // between reading the profile and replacing it: a slow disk
            return ProfileStore::writeContents(file, bytes);
        }
    };
    SlowStore store(args.at(1));
    store.setLockWaitMs(30000);
    int lost = 0;
    int failed = 0;
    QDateTime marked;
    for (int round = 1; round <= rounds; ++round) {
        const std::optional<Profile> p = store.load(id);
        if (!p || !p->unknown.contains("notes"_L1)) {
            ++lost;
        } else if (mode == "rename"_L1) {
            if (p->name != u"R-%1"_s.arg(round - 1))
                ++lost;  // only this process renames: its last name must still be there
        } else if (marked.isValid() && !(p->lastUsed >= marked)) {
            ++lost;  // only this process marks it used
        }
        QString error;
        marked = QDateTime::currentDateTimeUtc();
        const bool ok = mode == "rename"_L1 ? store.rename(id, u"R-%1"_s.arg(round), &error) : store.markUsed(id, &error);
        if (!ok) {
            ++failed;
            std::fprintf(stderr, "hammer %s: %s\n", qPrintable(mode), qPrintable(error));
        }
    }
    std::printf("hammer %s: %d rounds, %d lost updates, %d failures\n", qPrintable(mode), rounds, lost, failed);
    return lost == 0 && failed == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--hammer") == 0)
        return hammer(app.arguments().mid(2));
    TstProfileStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profilestore.moc"
