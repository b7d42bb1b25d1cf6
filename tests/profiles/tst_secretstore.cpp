// ce::SecretStore: the job contract on MemorySecretStore, and KeychainSecretStore where no
// keychain answers: no Secret Service at all (jobs end at once, the store says so once and
// stores nothing anywhere) and a D-Bus that never answers (jobs time out, the event loop
// keeps running). The real keychain is tst_secretstore_keyring.
#include "core/elementdescription.h"
#include "core/redaction.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include "memorysecretstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Delivers everything queued so far (queued signals, deleteLater, zero timers): a second,
// wrong finished() or a premature deletion would happen here.
void drainEvents()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}
}  // namespace
using namespace std::chrono_literals;
using ce::KeychainSecretStore;
using ce::test::MemorySecretStore;
using ce::SecretJob;
using ce::SecretStore;

namespace {

// Waits for the job and keeps it (no auto-delete) so that its result can be read.
bool waitFor(SecretJob *job, int timeoutMs = 10000)
{
    job->setAutoDelete(false);
    if (job->isFinished()) {
        // The result is known; finished() is still to come from the event loop.
        QSignalSpy spy(job, &SecretJob::finished);
        return spy.wait(timeoutMs) || spy.count() == 1;
    }
    QSignalSpy spy(job, &SecretJob::finished);
    return spy.wait(timeoutMs);
}

// Files under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found.append(f.fileName());
    }
    return found;
}

}  // namespace

class TstSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void memoryRoundTrip();
    void finishedExactlyOnceAfterReturn();
    void autoDelete();
    void invalidArguments();
    void secretsAreRegisteredForRedaction();
    void delayedAnswers();
    void hangingBackendTimesOut();
    void simulatedMissingKeychain();
    void removeAllAndCopyAll();

    void keychainWithoutSecretService();
    void busWithoutSecretService();
    void keychainThatNeverAnswersTimesOut();

private:
    void neverAnsweringBus();

    QTemporaryDir m_home;
    bool m_realBus = false;
    bool m_fakeBusChild = false;
};

void TstSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Whatever gets written (QSettings, a plain-text fallback...) lands in this folder,
    // which the tests scan for secret values.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
    QStandardPaths::setTestModeEnabled(true);
    // QtKeychain picks its backend from the desktop: make it the Secret Service (libsecret)
    // whatever desktop the tests run on.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                             "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    m_realBus = qEnvironmentVariableIntValue("CEP_EXPECT_BUS_WITHOUT_SECRET_SERVICE") == 1;
    m_fakeBusChild = qEnvironmentVariableIntValue("CEP_SECRETSTORE_FAKE_BUS_CHILD") == 1;
    if (!m_realBus && !m_fakeBusChild) {
        // No D-Bus session at all, as on a server or in a container. Set before any job:
        // GLib reads it when it first connects.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ce-provisioner-test-bus");
    }
}

void TstSecretStore::cleanup()
{
    ce::redaction::forgetSecrets();
}

void TstSecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    const QString value = u"value-αβγ-🔑-\"quoted\"\n"_s;
    SecretJob *w = store.write(u"p1"_s, u"userSecret"_s, value);
    QCOMPARE(w->operation(), SecretJob::Operation::Write);
    QVERIFY(waitFor(w));
    QCOMPARE(w->error(), SecretJob::Error::None);
    QVERIFY(w->value().isEmpty());  // a write never hands the secret back
    QCOMPARE(store.entries().value(u"p1/userSecret"_s), value);

    SecretJob *r = store.read(u"p1"_s, u"userSecret"_s);
    QVERIFY(waitFor(r));
    QCOMPARE(r->error(), SecretJob::Error::None);
    QCOMPARE(r->value(), value);
    QCOMPARE(r->profileId(), u"p1"_s);
    QCOMPARE(r->key(), u"userSecret"_s);

    SecretJob *other = store.read(u"p2"_s, u"userSecret"_s);
    QVERIFY(waitFor(other));
    QCOMPARE(other->error(), SecretJob::Error::NotFound);
    QVERIFY(!other->errorString().isEmpty());

    SecretJob *del = store.remove(u"p1"_s, u"userSecret"_s);
    QVERIFY(waitFor(del));
    QCOMPARE(del->error(), SecretJob::Error::None);
    SecretJob *again = store.remove(u"p1"_s, u"userSecret"_s);  // nothing there: fine
    QVERIFY(waitFor(again));
    QCOMPARE(again->error(), SecretJob::Error::None);
    SecretJob *gone = store.read(u"p1"_s, u"userSecret"_s);
    QVERIFY(waitFor(gone));
    QCOMPARE(gone->error(), SecretJob::Error::NotFound);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(store.isAvailable());
}

void TstSecretStore::finishedExactlyOnceAfterReturn()
{
    MemorySecretStore store;
    MemorySecretStore missing;
    missing.simulateNoKeychain(u"No keychain here."_s);
    QList<std::function<SecretJob *()>> calls = {
        [&] { return store.write(u"p"_s, u"k"_s, u"secret-value-1"_s); },
        [&] { return store.read(u"p"_s, u"k"_s); },
        [&] { return store.read(u"p"_s, u"absent"_s); },
        [&] { return store.remove(u"p"_s, u"k"_s); },
        [&] { return store.removeAll(u"p"_s, {u"a"_s, u"b"_s}); },
        [&] { return store.removeAll(u"p"_s, {}); },
        [&] { return store.copyAll(u"p"_s, u"q"_s, {u"a"_s}); },
        [&] { return store.probe(); },
        [&] { return store.read(QString(), u"k"_s); },       // invalid: fails at once
        [&] { return missing.write(u"p"_s, u"k"_s, u"secret-value-2"_s); },
        [&] { return missing.write(u"p"_s, u"k"_s, u"secret-value-3"_s); },  // now fast-failing
    };
    for (int i = 0; i < calls.size(); ++i) {
        SecretJob *job = calls[i]();
        job->setAutoDelete(false);
        int count = 0;
        connect(job, &SecretJob::finished, this, [&count] { ++count; });
        QCOMPARE(count, 0);  // never from inside the call
        QTRY_COMPARE(count, 1);
        drainEvents();
        QCOMPARE(count, 1);  // exactly once
        QVERIFY(job->isFinished());
        delete job;
    }
}

void TstSecretStore::autoDelete()
{
    MemorySecretStore store;
    QPointer<SecretJob> job = store.write(u"p"_s, u"k"_s, u"secret-value"_s);
    bool sawFinished = false;
    connect(job, &SecretJob::finished, this, [&] { sawFinished = job && job->error() == SecretJob::Error::None; });
    QTRY_VERIFY(sawFinished);
    QTRY_VERIFY(job.isNull());  // deletes itself after finished()

    QPointer<SecretJob> kept = store.read(u"p"_s, u"k"_s);
    kept->setAutoDelete(false);
    QVERIFY(waitFor(kept));
    drainEvents();
    QVERIFY(!kept.isNull());
    QCOMPARE(kept->value(), u"secret-value"_s);
    delete kept;
}

void TstSecretStore::invalidArguments()
{
    MemorySecretStore store;
    for (const auto &[profile, key] : {std::pair{QString(), u"k"_s}, std::pair{u"a/b"_s, u"k"_s},
                                       std::pair{u".hidden"_s, u"k"_s}, std::pair{u"p"_s, QString()}}) {
        SecretJob *job = store.write(profile, key, u"secret-value"_s);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error(), SecretJob::Error::Other);
    }
    QVERIFY(store.entries().isEmpty());
    QVERIFY(store.isAvailable());
}

void TstSecretStore::secretsAreRegisteredForRedaction()
{
    MemorySecretStore store;
    const QString written = u"written-secret-7f3a"_s;
    QVERIFY(waitFor(store.write(u"p"_s, u"k"_s, written)));
    QVERIFY(!ce::redaction::scrub(u"log: "_s + written).contains(written));

    ce::redaction::forgetSecrets();  // as in a new run of the app
    QVERIFY(ce::redaction::scrub(written).contains(written));
    SecretJob *r = store.read(u"p"_s, u"k"_s);
    QVERIFY(waitFor(r));
    QCOMPARE(r->value(), written);
    QCOMPARE(ce::redaction::scrub(u"log: "_s + written), u"log: "_s + ce::redaction::Mask);
}

void TstSecretStore::delayedAnswers()
{
    MemorySecretStore store;
    store.setDelay(150ms);
    QElapsedTimer t;
    t.start();
    SecretJob *job = store.write(u"p"_s, u"k"_s, u"secret-value"_s);
    QVERIFY(!job->isFinished());
    QVERIFY(waitFor(job));
    QVERIFY(t.elapsed() >= 135);  // a coarse timer may fire 5% early
    QCOMPARE(job->error(), SecretJob::Error::None);
    QVERIFY(store.isAvailable());
}

void TstSecretStore::hangingBackendTimesOut()
{
    MemorySecretStore store;
    store.setTimeout(400ms);
    QCOMPARE(store.timeout(), 400ms);
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    store.setHanging(true);

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);

    QElapsedTimer t;
    t.start();
    SecretJob *job = store.write(u"p"_s, u"k"_s, u"late-secret"_s);
    QVERIFY(waitFor(job));
    const qint64 elapsed = t.elapsed();
    QCOMPARE(job->error(), SecretJob::Error::Timeout);
    QVERIFY2(elapsed >= 370 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 8, qPrintable(QString::number(ticks)));  // the event loop kept running
    QVERIFY(!store.isAvailable());
    QVERIFY2(store.unavailableReason().contains(u"did not answer"_s), qPrintable(store.unavailableReason()));
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.first().first().toBool(), false);

    // Later calls do not queue up behind the hanging one: they fail at once.
    t.restart();
    SecretJob *next = store.write(u"p"_s, u"k2"_s, u"other-secret"_s);
    QVERIFY(waitFor(next));
    QCOMPARE(next->error(), SecretJob::Error::Unavailable);
    QCOMPARE(next->errorString(), store.unavailableReason());
    QVERIFY(t.elapsed() < 300);
    QCOMPARE(availability.count(), 1);

    // The late answer changes nothing for the job that timed out; a backend that answers
    // again makes the store available again.
    store.setHanging(false);
    store.releaseHeld();
    QTRY_COMPARE(availability.count(), 2);
    drainEvents();
    QCOMPARE(job->error(), SecretJob::Error::Timeout);
    QVERIFY(store.isAvailable());
    QCOMPARE(availability.count(), 2);
    QCOMPARE(availability.last().first().toBool(), true);
    QVERIFY(!store.entries().contains(u"p/k2"_s));  // the fast-failed one stored nothing
    delete job;
    delete next;
}

void TstSecretStore::simulatedMissingKeychain()
{
    MemorySecretStore store;
    const QString reason = u"No keychain is available on this computer."_s;
    store.simulateNoKeychain(reason);
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    for (int i = 0; i < 3; ++i) {
        SecretJob *job = store.write(u"p"_s, u"k"_s, u"secret-value"_s);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error(), SecretJob::Error::Unavailable);
        QCOMPARE(job->errorString(), reason);
    }
    QVERIFY(!store.isAvailable());
    QCOMPARE(store.unavailableReason(), reason);
    QCOMPARE(availability.count(), 1);  // said once
    QVERIFY(store.entries().isEmpty());

    // A probe ("try again") finds it back.
    store.simulateNoKeychain({});
    SecretJob *probe = store.probe();
    QVERIFY(waitFor(probe));
    QCOMPARE(probe->error(), SecretJob::Error::None);
    QVERIFY(store.isAvailable());
    QCOMPARE(availability.count(), 2);
}

void TstSecretStore::removeAllAndCopyAll()
{
    MemorySecretStore store;
    const QStringList keys = ce::Profile::secretKeys(ce::test::freshbooks());
    for (const QString &key : {u"userSecret"_s, u"organizationSecret"_s, u"oauth.api.secret"_s})
        QVERIFY(waitFor(store.write(u"p1"_s, key, u"p1-"_s + key)));
    QVERIFY(waitFor(store.write(u"p2"_s, u"userSecret"_s, u"p2-userSecret"_s)));

    SecretJob *copy = store.copyAll(u"p1"_s, u"p3"_s, keys);
    QVERIFY(waitFor(copy));
    QCOMPARE(copy->error(), SecretJob::Error::None);
    QCOMPARE(copy->operation(), SecretJob::Operation::CopyAll);
    QCOMPARE(store.entries().value(u"p3/oauth.api.secret"_s), u"p1-oauth.api.secret"_s);
    QVERIFY(!store.entries().contains(u"p3/instanceToken"_s));  // nothing to copy

    SecretJob *removeAll = store.removeAll(u"p1"_s, keys);
    QVERIFY(waitFor(removeAll));
    QCOMPARE(removeAll->error(), SecretJob::Error::None);
    QCOMPARE(store.entries().keys(),
             (QStringList{u"p2/userSecret"_s, u"p3/oauth.api.secret"_s, u"p3/organizationSecret"_s,
                          u"p3/userSecret"_s}));

    store.simulateNoKeychain(u"gone"_s);
    QVERIFY(waitFor(store.read(u"p2"_s, u"userSecret"_s)));
    SecretJob *failing = store.removeAll(u"p2"_s, keys);
    QVERIFY(waitFor(failing));
    QCOMPARE(failing->error(), SecretJob::Error::Unavailable);
    QVERIFY(store.entries().contains(u"p2/userSecret"_s));
}

void TstSecretStore::keychainWithoutSecretService()
{
    if (m_realBus)
        QSKIP("Runs without any D-Bus session (the default ctest run).");
    KeychainSecretStore store;
    QCOMPARE(store.serviceName(), u"ce-provisioner"_s);
    QVERIFY(store.isAvailable());  // unknown until asked
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    const QString secret = u"keychain-secret-never-stored-4e1b"_s;

    QElapsedTimer t;
    t.start();
    SecretJob *job = store.write(u"profile-1"_s, QString(ce::Profile::UserSecretKey), secret);
    QVERIFY(!job->isFinished());
    QVERIFY(waitFor(job));
    QVERIFY2(t.elapsed() < store.timeout().count(), "ended by the error, not by the timeout");
    QCOMPARE(job->error(), SecretJob::Error::Unavailable);
    QCOMPARE(job->errorString(), KeychainSecretStore::noKeychainReason());
    QVERIFY(!store.isAvailable());
    QCOMPARE(store.unavailableReason(), KeychainSecretStore::noKeychainReason());
    QCOMPARE(store.unavailableReason(),
             u"No keychain is available on this computer (no Secret Service is running), so secrets are not "
             "saved: you will enter them again next time."_s);
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.first().first().toBool(), false);

    // Later calls fail at once, and the store says it only once.
    const QList<std::function<SecretJob *()>> calls = {
        [&] { return store.write(u"profile-1"_s, u"organizationSecret"_s, secret + u"-2"_s); },
        [&] { return store.read(u"profile-1"_s, u"userSecret"_s); },
        [&] { return store.remove(u"profile-1"_s, u"userSecret"_s); },
        [&] { return store.removeAll(u"profile-1"_s, {u"userSecret"_s}); },
        [&] { return store.copyAll(u"profile-1"_s, u"profile-2"_s, {u"userSecret"_s}); },
    };
    for (const auto &call : calls) {
        t.restart();
        SecretJob *next = call();
        QVERIFY(waitFor(next));
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(next->error(), SecretJob::Error::Unavailable);
        QCOMPARE(next->errorString(), KeychainSecretStore::noKeychainReason());
    }
    // Asking again ("try again") asks the system again, and it still has none.
    SecretJob *probe = store.probe();
    QVERIFY(waitFor(probe));
    QCOMPARE(probe->error(), SecretJob::Error::Unavailable);
    QCOMPARE(availability.count(), 1);

    // Nothing went anywhere else: no plain-text fallback file holds the secret.
    QCOMPARE(filesContaining(m_home.path(), secret.toUtf8()), QStringList());
    QCOMPARE(filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), secret.toUtf8()),
             QStringList());
}

void TstSecretStore::busWithoutSecretService()
{
    // ctest's tst_secretstore_nosecretservice runs this inside a private D-Bus session
    // whose bus knows no services at all: a headless session without a keyring.
    if (!m_realBus)
        QSKIP("Only inside tst_secretstore_nosecretservice (a D-Bus session without a Secret Service).");
    KeychainSecretStore store;
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    SecretJob *probe = store.probe();
    QVERIFY(waitFor(probe));
    QCOMPARE(probe->error(), SecretJob::Error::Unavailable);
    SecretJob *job = store.write(u"profile-1"_s, u"userSecret"_s, u"session-secret-never-stored"_s);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error(), SecretJob::Error::Unavailable);
    QCOMPARE(store.unavailableReason(), KeychainSecretStore::noKeychainReason());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(filesContaining(m_home.path(), "session-secret-never-stored"), QStringList());
}

void TstSecretStore::keychainThatNeverAnswersTimesOut()
{
    if (m_fakeBusChild) {
        neverAnsweringBus();
        return;
    }
    if (m_realBus)
        QSKIP("Runs in the default ctest run only.");
    // In a process of its own: GLib keeps a process's session bus connection (even a
    // failed one, for a while) and QtKeychain's job queue is process-wide and serial, so
    // the hanging job would block every later keychain call of this process.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CEP_SECRETSTORE_FAKE_BUS_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"keychainThatNeverAnswersTimesOut"_s});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TstSecretStore::keychainThatNeverAnswersTimesOut()"), output.constData());
}

void TstSecretStore::neverAnsweringBus()
{
    // A "D-Bus session" that accepts the connection and then never says a word.
    QTemporaryDir dir;
    QLocalServer server;
    QVERIFY(server.listen(dir.filePath(u"bus"_s)));
    QList<QLocalSocket *> connections;
    connect(&server, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *s = server.nextPendingConnection())
            connections.append(s);  // kept open, never answered
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(server.fullServerName()));

    KeychainSecretStore store;
    store.setTimeout(1500ms);
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);

    QElapsedTimer t;
    t.start();
    SecretJob *job = store.write(u"profile-1"_s, u"userSecret"_s, u"hanging-secret-value"_s);
    QVERIFY(waitFor(job, 15000));
    const qint64 elapsed = t.elapsed();
    QCOMPARE(job->error(), SecretJob::Error::Timeout);
    // (A coarse timer may fire 5% early.)
    QVERIFY2(elapsed >= 1400 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));  // the UI thread never blocked
    QVERIFY2(!connections.isEmpty(), "the keychain really tried the fake bus");
    QVERIFY(!store.isAvailable());
    QVERIFY2(store.unavailableReason().contains(u"did not answer within 2 seconds"_s),
             qPrintable(store.unavailableReason()));
    QCOMPARE(availability.count(), 1);

    t.restart();
    SecretJob *next = store.read(u"profile-1"_s, u"userSecret"_s);
    QVERIFY(waitFor(next));
    QCOMPARE(next->error(), SecretJob::Error::Unavailable);
    QVERIFY(t.elapsed() < 500);
}

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
