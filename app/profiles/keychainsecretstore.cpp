#include "secretstore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// The entry the availability probe reads; never written. Profile ids never start with a dot.
constexpr QLatin1StringView ProbeEntry{".availability-probe"};

// QtKeychain reports a missing Secret Service (no D-Bus session, nothing owning
// org.freedesktop.secrets, no wallet daemon) as OtherError with GLib's or QtDBus's message.
bool meansNoSecretService(const QString &message)
{
    static const QLatin1StringView patterns[] = {
        "org.freedesktop.secrets"_L1, "could not connect"_L1, "autolaunch"_L1,
        "dbus_session_bus_address"_L1, "not provided by any"_L1, "serviceunknown"_L1,
        "service unknown"_L1, "no such file or directory"_L1, "connection refused"_L1,
        "d-bus is not running"_L1, "no keychain service"_L1, "no keyring daemon"_L1,
        "dbus-launch"_L1, "failed to execute"_L1, "no such interface"_L1,
    };
    for (const QLatin1StringView pattern : patterns) {
        if (message.contains(pattern, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString(DefaultServiceName), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent), m_serviceName(serviceName)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::noKeychainReason()
{
    return tr("No keychain is available on this computer (no Secret Service is running), "
              "so secrets are not saved: you will enter them again next time.");
}

void KeychainSecretStore::start(SecretJob *job)
{
    const SecretJob::Operation operation = job->operation();
    const QString entry = operation == SecretJob::Operation::Probe ? QString(ProbeEntry)
                                                                   : entryName(job->profileId(), job->key());
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case SecretJob::Operation::Read:
    case SecretJob::Operation::Probe:
        keychainJob = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case SecretJob::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_serviceName);
        writeJob->setTextData(secretToWrite(job));
        keychainJob = writeJob;
        break;
    }
    case SecretJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    case SecretJob::Operation::RemoveAll:
    case SecretJob::Operation::CopyAll:
        complete(job, SecretJob::Error::Other, tr("Unsupported operation."));
        return;
    }
    // No parent: a job that hangs must outlive everything (QtKeychain's callbacks point to
    // it); it deletes itself once it answers.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);  // never plain text
    keychainJob->setKey(entry);

    const QPointer<SecretJob> guard(job);
    connect(keychainJob, &QKeychain::Job::finished, this,
            [this, guard, operation, entry](QKeychain::Job *answer) {
        const QKeychain::Error error = answer->error();
        const QString message = answer->errorString();
        qCDebug(lcProfiles).noquote() << "Keychain" << operation << entry << "->" << int(error) << message;
        const bool write = operation == SecretJob::Operation::Write || operation == SecretJob::Operation::Probe;
        switch (error) {
        case QKeychain::NoError: {
            QString value;
            if (operation == SecretJob::Operation::Read)
                value = static_cast<QKeychain::ReadPasswordJob *>(answer)->textData();
            complete(guard.data(), SecretJob::Error::None, {}, value);
            return;
        }
        case QKeychain::EntryNotFound:
            complete(guard.data(), SecretJob::Error::NotFound, tr("No secret is stored under this name."));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            setUnavailable(noKeychainReason());
            complete(guard.data(), SecretJob::Error::Unavailable, noKeychainReason());
            return;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            if (write) {
                const QString reason = tr("The keychain is locked or refused access, so secrets are "
                                          "not saved: you will enter them again next time.");
                setUnavailable(reason);
                complete(guard.data(), SecretJob::Error::Unavailable, reason);
            } else {
                complete(guard.data(), SecretJob::Error::Other,
                         tr("The keychain is locked or refused access (%1).").arg(message));
            }
            return;
        case QKeychain::CouldNotDeleteEntry:
            complete(guard.data(), SecretJob::Error::Other, tr("The keychain could not delete the secret (%1).").arg(message));
            return;
        case QKeychain::OtherError:
            break;
        }
        if (meansNoSecretService(message)) {
            setUnavailable(noKeychainReason());
            complete(guard.data(), SecretJob::Error::Unavailable, noKeychainReason());
            return;
        }
        const QString reason = tr("The keychain does not work (%1), so secrets are not saved: "
                                  "you will enter them again next time.")
                                   .arg(message);
        setUnavailable(reason);
        complete(guard.data(), SecretJob::Error::Unavailable, reason);
    });
    keychainJob->start();
}

}  // namespace ce
