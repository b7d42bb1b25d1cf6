// KeychainSecretStore against a real Secret Service: GNOME Keyring in a private D-Bus
// session with a throw-away keyring (tests/keyring_session.sh, which ctest uses).
#include "core/elementdescription.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using ce::KeychainSecretStore;
using ce::SecretJob;
using ce::SecretStore;

namespace {

bool waitFor(SecretJob *job, int timeoutMs = 15000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &SecretJob::finished);
    return spy.wait(timeoutMs);
}

// What `secret-tool search --all server ce-provisioner` prints (QtKeychain stores the
// service name in the "server" attribute and the key in "user").
QString secretToolSearch()
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, QString(KeychainSecretStore::DefaultServiceName)});
    if (!p.waitForFinished(10000))
        return u"<secret-tool did not finish>"_s;
    // secret-tool prints the attributes on stderr and the secret on stdout.
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

}  // namespace

class TstSecretStoreKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probe();
    void roundTrip();
    void perProfileKeysDoNotCollide();
    void secretToolSeesTheEntries();
    void removeAllAndCopyAll();
    void manyCallsInARow();

private:
    void write(KeychainSecretStore &store, const QString &profile, const QString &key, const QString &value);
    QString read(KeychainSecretStore &store, const QString &profile, const QString &key,
                 SecretJob::Error expected = SecretJob::Error::None);
};

void TstSecretStoreKeyring::initTestCase()
{
    // Never against the user's own keyring: only inside the private session.
    if (qEnvironmentVariable("CEP_PRIVATE_KEYRING") != u"1"_s)
        QSKIP("Run through ctest (tests/keyring_session.sh starts a private D-Bus session and keyring).");
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                             "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(), "libsecret-tools is not installed");
}

void TstSecretStoreKeyring::write(KeychainSecretStore &store, const QString &profile, const QString &key,
                                  const QString &value)
{
    SecretJob *job = store.write(profile, key, value);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error(), SecretJob::Error::None);
    delete job;
}

QString TstSecretStoreKeyring::read(KeychainSecretStore &store, const QString &profile, const QString &key,
                                    SecretJob::Error expected)
{
    SecretJob *job = store.read(profile, key);
    if (!waitFor(job))
        return u"<no answer>"_s;
    const QString value = job->value();
    const bool ok = job->error() == expected;
    const QString error = job->errorString();
    delete job;
    return ok ? value : u"<unexpected error: "_s + error + u">"_s;
}

void TstSecretStoreKeyring::probe()
{
    KeychainSecretStore store;
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    SecretJob *job = store.probe();
    QVERIFY(waitFor(job));
    QCOMPARE(job->error(), SecretJob::Error::None);
    QVERIFY(store.isAvailable());
    QVERIFY(store.unavailableReason().isEmpty());
    QCOMPARE(availability.count(), 0);
    delete job;
}

void TstSecretStoreKeyring::roundTrip()
{
    KeychainSecretStore store;
    const QString profile = u"0b6f3c1e-roundtrip"_s;
    const QString value = u"keyring-secret-αβγ-🔑 with spaces & \"quotes\""_s;
    QElapsedTimer t;
    t.start();
    write(store, profile, u"userSecret"_s, value);
    QVERIFY2(t.elapsed() < store.timeout().count(), "answered well within the timeout");
    QCOMPARE(read(store, profile, u"userSecret"_s), value);

    write(store, profile, u"userSecret"_s, u"replaced-value"_s);  // overwrite
    QCOMPARE(read(store, profile, u"userSecret"_s), u"replaced-value"_s);

    SecretJob *del = store.remove(profile, u"userSecret"_s);
    QVERIFY(waitFor(del));
    QCOMPARE(del->error(), SecretJob::Error::None);
    delete del;
    QCOMPARE(read(store, profile, u"userSecret"_s, SecretJob::Error::NotFound), QString());
    SecretJob *again = store.remove(profile, u"userSecret"_s);  // nothing left: still fine
    QVERIFY(waitFor(again));
    QCOMPARE(again->error(), SecretJob::Error::None);
    delete again;
    QVERIFY(store.isAvailable());
}

void TstSecretStoreKeyring::perProfileKeysDoNotCollide()
{
    KeychainSecretStore store;
    write(store, u"profile-a"_s, u"userSecret"_s, u"a-user-secret"_s);
    write(store, u"profile-b"_s, u"userSecret"_s, u"b-user-secret"_s);
    write(store, u"profile-a"_s, u"organizationSecret"_s, u"a-org-secret"_s);
    write(store, u"profile-a"_s, u"oauth.api.secret"_s, u"a-consumer-secret"_s);
    QCOMPARE(read(store, u"profile-a"_s, u"userSecret"_s), u"a-user-secret"_s);
    QCOMPARE(read(store, u"profile-b"_s, u"userSecret"_s), u"b-user-secret"_s);
    QCOMPARE(read(store, u"profile-a"_s, u"organizationSecret"_s), u"a-org-secret"_s);
    QCOMPARE(read(store, u"profile-b"_s, u"organizationSecret"_s, SecretJob::Error::NotFound), QString());
    QCOMPARE(read(store, u"profile-a"_s, u"oauth.api.secret"_s), u"a-consumer-secret"_s);

    // Another service name is another namespace.
    KeychainSecretStore other(u"ce-provisioner-other"_s);
    QCOMPARE(read(other, u"profile-a"_s, u"userSecret"_s, SecretJob::Error::NotFound), QString());
}

void TstSecretStoreKeyring::secretToolSeesTheEntries()
{
    KeychainSecretStore store;
    write(store, u"profile-tool-1"_s, u"userSecret"_s, u"tool-visible-secret-1"_s);
    write(store, u"profile-tool-2"_s, u"instanceToken"_s, u"tool-visible-secret-2"_s);
    const QString listing = secretToolSearch();
    QVERIFY2(listing.contains(u"attribute.user = profile-tool-1/userSecret"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"attribute.user = profile-tool-2/instanceToken"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"attribute.server = ce-provisioner"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"secret = tool-visible-secret-1"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"schema = org.qt.keychain"_s), qPrintable(listing));
}

void TstSecretStoreKeyring::removeAllAndCopyAll()
{
    KeychainSecretStore store;
    const QStringList keys = ce::Profile::secretKeys(ce::test::freshbooks());
    write(store, u"profile-src"_s, u"userSecret"_s, u"src-user"_s);
    write(store, u"profile-src"_s, u"organizationSecret"_s, u"src-org"_s);
    write(store, u"profile-src"_s, u"instanceToken"_s, u"src-token"_s);

    SecretJob *copy = store.copyAll(u"profile-src"_s, u"profile-dst"_s, keys);
    QVERIFY(waitFor(copy));
    QCOMPARE(copy->error(), SecretJob::Error::None);
    delete copy;
    QCOMPARE(read(store, u"profile-dst"_s, u"organizationSecret"_s), u"src-org"_s);
    QCOMPARE(read(store, u"profile-dst"_s, u"instanceToken"_s), u"src-token"_s);
    QCOMPARE(read(store, u"profile-dst"_s, u"oauth.api.secret"_s, SecretJob::Error::NotFound), QString());

    SecretJob *removeAll = store.removeAll(u"profile-src"_s, keys);
    QVERIFY(waitFor(removeAll));
    QCOMPARE(removeAll->error(), SecretJob::Error::None);
    delete removeAll;
    for (const QString &key : keys)
        QCOMPARE(read(store, u"profile-src"_s, key, SecretJob::Error::NotFound), QString());
    QCOMPARE(read(store, u"profile-dst"_s, u"userSecret"_s), u"src-user"_s);
    const QString listing = secretToolSearch();
    QVERIFY2(!listing.contains(u"profile-src/"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"profile-dst/userSecret"_s), qPrintable(listing));
}

void TstSecretStoreKeyring::manyCallsInARow()
{
    // Started together, answered one after the other, each exactly once.
    KeychainSecretStore store;
    QList<SecretJob *> jobs;
    for (int i = 0; i < 20; ++i) {
        SecretJob *job = store.write(u"profile-many"_s, u"key"_s + QString::number(i), u"value-"_s + QString::number(i));
        job->setAutoDelete(false);
        jobs.append(job);
    }
    int finished = 0;
    for (SecretJob *job : jobs)
        connect(job, &SecretJob::finished, this, [&finished] { ++finished; });
    QTRY_COMPARE_WITH_TIMEOUT(finished, 20, 20000);
    for (SecretJob *job : jobs)
        QCOMPARE(job->error(), SecretJob::Error::None);
    qDeleteAll(jobs);
    QCOMPARE(read(store, u"profile-many"_s, u"key17"_s), u"value-17"_s);
}

QTEST_GUILESS_MAIN(TstSecretStoreKeyring)
#include "tst_secretstore_keyring.moc"
