#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>

class QTimer;

namespace ce {

class SecretStore;

// One asynchronous operation of a SecretStore. finished() is emitted exactly once, and
// always after the call that created the job has returned (connect to it right away).
// The job deletes itself after finished() unless setAutoDelete(false); the store owns
// jobs that have not finished (deleting the store deletes them without a signal).
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove, RemoveAll, CopyAll, Probe };
    Q_ENUM(Operation)
    enum class Error {
        None,
        NotFound,     // read: nothing stored under that key
        Unavailable,  // no keychain (see SecretStore::unavailableReason()); nothing stored
        Timeout,      // the keychain did not answer in time; a late answer is ignored
        Other,        // refused, locked, invalid arguments...
    };
    Q_ENUM(Error)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    QString key() const { return m_key; }

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The secret, for a successful Read.
    QString value() const { return m_value; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QString &profileId, const QString &key, SecretStore *store);
    // Records the result (only the first call counts) and emits finished() from the event loop.
    bool finish(Error error, const QString &errorString, const QString &value = {});
    void emitFinished();

    Operation m_operation;
    QString m_profileId;
    QString m_key;
    QString m_input;  // Write: the value to store (never logged)
    bool m_finished = false;
    bool m_autoDelete = true;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_value;
    QTimer *m_timer = nullptr;
};

// Secrets of profiles (user secret, organization secret, consumer secret, instance token),
// keyed by profile id and key name (Profile::UserSecretKey, ...). Every value read or
// written is registered with ce::redaction::registerSecret; no value is ever logged.
//
// Every job ends within timeout(): a job that gets no answer finishes with Timeout. A
// store that turns out to have no working keychain (or that times out) becomes
// unavailable: availabilityChanged(false) is emitted once, unavailableReason() says why
// in one plain sentence, and every later job except probe() fails at once with
// Unavailable, storing nothing anywhere.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{5000};

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    SecretJob *read(const QString &profileId, const QString &key);
    SecretJob *write(const QString &profileId, const QString &key, const QString &value);
    // Removing a key that holds nothing succeeds.
    SecretJob *remove(const QString &profileId, const QString &key);
    // Removes each key in turn; the error is the first failure, if any.
    SecretJob *removeAll(const QString &profileId, const QStringList &keys);
    // Copies the keys that hold a value from one profile to another (a duplicated profile).
    SecretJob *copyAll(const QString &fromProfileId, const QString &toProfileId, const QStringList &keys);
    // Asks the keychain whether it works, even when the store is unavailable (a "try
    // again"); updates the availability either way. Error None when it works.
    SecretJob *probe();

    // True until the keychain is known not to work.
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_unavailableReason; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // "<profileId>/<key>", the name of an entry in the keychain.
    static QString entryName(const QString &profileId, const QString &key);

Q_SIGNALS:
    void availabilityChanged(bool available);

protected:
    // Starts the operation of `job` (Read, Write, Remove or Probe; job->key() and
    // secretToWrite(job)). The implementation answers with complete(), now or later,
    // at most once per job; the job may have timed out and been deleted meanwhile (use
    // a QPointer).
    virtual void start(SecretJob *job) = 0;

    // The answer to a started job (null: it timed out and was deleted). Late answers are
    // ignored, except that a backend that answers again makes a store that had timed
    // out available again.
    void complete(SecretJob *job, SecretJob::Error error, const QString &errorString, const QString &value = {});
    static QString secretToWrite(const SecretJob *job) { return job->m_input; }

    void setUnavailable(const QString &reason);
    void setAvailable();

private:
    SecretJob *createJob(SecretJob::Operation operation, const QString &profileId, const QString &key);
    SecretJob *startJob(SecretJob *job);
    void jobTimedOut(SecretJob *job);
    void runSequence(SecretJob *parent, QStringList keys, const QString &toProfileId);

    bool m_available = true;
    bool m_unavailableBecauseOfTimeout = false;
    QString m_unavailableReason;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

// The operating system's keychain through QtKeychain (Secret Service on Linux, e.g.
// GNOME Keyring or KWallet). Entries are stored under the service name
// (attribute "server" in the Secret Service) and the key "<profileId>/<key>".
// The insecure plain-text fallback of QtKeychain is never used.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView DefaultServiceName{"ce-provisioner"};

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &serviceName, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString serviceName() const { return m_serviceName; }

    // The sentence for a machine with no keychain at all.
    static QString noKeychainReason();

protected:
    void start(SecretJob *job) override;

private:
    QString m_serviceName;
};

}  // namespace ce
